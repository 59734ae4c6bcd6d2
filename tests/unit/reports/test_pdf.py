"""Printing HTML to PDF: the Qt application, running title and page numbers, atomic writing."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

import promise_tracker.reports
from promise_tracker import i18n
from promise_tracker.reports import pdf
from promise_tracker.reports.pdf import (
    Flow,
    PdfMetadata,
    ReportError,
    ensure_gui_application,
    render_pdf,
    write_atomically,
)
from tests.unit.reports.conftest import flat, pdf_pages, requires_poppler

REPORTS = Path(promise_tracker.reports.__file__).parent


def test_the_running_application_is_reused(qapp: object) -> None:
    assert ensure_gui_application() is qapp


def test_without_a_display_a_gui_application_is_made_offscreen(tmp_path: Path) -> None:
    # A fresh process as the command line starts it: no display, no platform chosen.
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from promise_tracker.reports.pdf import PdfMetadata, ensure_gui_application\n"
        "from promise_tracker.reports.pdf import render_pdf, write_atomically\n"
        "app = ensure_gui_application()\n"
        "assert ensure_gui_application() is app\n"
        "write_atomically(render_pdf('<p>Hej då</p>', PdfMetadata('T')), Path(sys.argv[1]))\n"
        "print(type(app).__name__, app.platformName(), 'PySide6.QtWidgets' in sys.modules)\n"
    )
    out = tmp_path / "out.pdf"
    result = subprocess.run(
        [sys.executable, "-c", script, str(out)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["QGuiApplication", "offscreen", "False"]
    assert out.read_bytes().startswith(b"%PDF")


def test_reports_never_import_qt_widgets() -> None:
    # import-linter cannot forbid a submodule of PySide6, so the rule is checked here: the
    # documents need QtGui only, and the command line must not load the widgets.
    for source in sorted(REPORTS.glob("*.py")):
        tree = ast.parse(source.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""] + [f"{node.module}.{a.name}" for a in node.names]
            else:
                continue
            assert not [n for n in names if n.startswith("PySide6.QtWidgets")], source.name
            assert not [n for n in names if n.split(".")[0] in ("sqlalchemy", "matplotlib")]


@requires_poppler
def test_every_page_has_the_title_on_top_and_its_number_below(tmp_path: Path) -> None:
    body = "".join(f"<p>Paragraph {n} with å ä ö</p>" for n in range(150))
    path = write_atomically(render_pdf(body, PdfMetadata("Title <b>ÅÄÖ</b>")), tmp_path / "p.pdf")
    pages = pdf_pages(path)
    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        lines = [line for line in page.splitlines() if line.strip()]
        assert lines[0] == "Title <b>ÅÄÖ</b>"
        assert lines[-1] == f"Page {number} of {len(pages)}"
    assert "Paragraph 149 with å ä ö" in flat(pages[-1])


@requires_poppler
def test_flows_go_on_where_the_last_one_ended_or_on_a_new_page(tmp_path: Path) -> None:
    long = "".join(f"<p>Long {n}</p>" for n in range(60))  # more than a page
    flows = [
        Flow("<p>First stretch</p>"),
        Flow("<p>Second stretch</p>"),
        Flow(long),
        Flow("<p>After the long one</p>"),
        Flow("<p>On a page of its own</p>", new_page=True),
    ]
    pages = pdf_pages(write_atomically(render_pdf(flows, PdfMetadata("T")), tmp_path / "f.pdf"))
    assert len(pages) == 3
    lines = [[line.strip() for line in page.splitlines() if line.strip()] for page in pages]
    assert lines[0][1:4] == ["First stretch", "Second stretch", "Long 0"]
    assert "After the long one" in lines[1]
    assert lines[1].index("After the long one") == lines[1].index("Long 59") + 1
    assert lines[2] == ["T", "On a page of its own", "Page 3 of 3"]


def test_a_continuing_flow_starts_below_the_last_one_on_the_same_page(qapp: object) -> None:
    from PySide6.QtCore import QSizeF

    page = QSizeF(600, 400)
    first = "".join(f"<p>One {n}</p>" for n in range(20))  # a page and a bit
    placed = pdf.lay_out_flows([Flow(first), Flow("<h2>Two</h2><p>Two</p>")], page)
    assert [(p.first_page, p.pages) for p in placed] == [(0, 2), (1, 1)]
    end_of_first = pdf.content_bottom(placed[0].document) - page.height()
    layout = placed[1].document.documentLayout()
    heading = placed[1].document.findBlockByNumber(1)
    assert heading.text() == "Two"
    top = layout.blockBoundingRect(heading).top()
    assert end_of_first <= top < end_of_first + 40  # below the first one, with a heading's gap


@requires_poppler
def test_page_numbers_follow_the_interface_language(tmp_path: Path) -> None:
    swedish = {"Page %1 of %2": "Sida %1 av %2"}
    i18n.install(lambda context, text, *rest: swedish.get(text, text), "sv")
    try:
        path = write_atomically(render_pdf("<p>x</p>", PdfMetadata("T")), tmp_path / "sv.pdf")
    finally:
        i18n.reset()
    assert "Sida 1 av 1" in pdf_pages(path)[0]


def test_a_failed_write_leaves_the_old_file_and_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "handout.pdf"
    target.write_bytes(b"old")

    def refuse(source: str, destination: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(pdf.os, "replace", refuse)
    with pytest.raises(ReportError, match="No space left on device"):
        write_atomically(b"%PDF-new", target)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["handout.pdf"]


def test_a_failed_write_of_a_new_file_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(descriptor: int, mode: str) -> object:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(pdf.os, "fdopen", refuse)
    with pytest.raises(ReportError, match="Input/output error"):
        write_atomically(b"%PDF-new", tmp_path / "new.pdf")
    assert list(tmp_path.iterdir()) == []


def test_a_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ReportError, match="Cannot write to"):
        write_atomically(b"%PDF", tmp_path / "missing" / "x.pdf")


def test_a_written_file_is_complete_and_readable_by_others(tmp_path: Path) -> None:
    target = tmp_path / "x.pdf"
    target.write_bytes(b"old")
    data = render_pdf("<p>Hello</p>", PdfMetadata("T"))
    write_atomically(data, target)
    assert target.read_bytes() == data
    assert data.rstrip().endswith(b"%%EOF")
    umask = os.umask(0)
    os.umask(umask)
    # The usual mode of a new file, not the private one of a temporary file.
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask


@requires_poppler
def test_a_document_can_be_made_in_a_worker_thread(tmp_path: Path) -> None:
    # The export dialogs write documents off the GUI thread; Qt must not warn there (the
    # test fails on any Qt warning).
    from PySide6.QtCore import QRunnable, QThreadPool

    target = tmp_path / "worker.pdf"
    failures: list[BaseException] = []

    class Job(QRunnable):
        def run(self) -> None:
            try:
                body = "".join(f"<table><tr><td>Row {n} åäö</td></tr></table>" for n in range(200))
                write_atomically(render_pdf(body, PdfMetadata("Worker")), target)
            except BaseException as error:  # handed to the test thread
                failures.append(error)

    pool = QThreadPool()
    pool.start(Job())
    assert pool.waitForDone(60_000)
    assert failures == []
    assert "Row 199 åäö" in flat("\n".join(pdf_pages(target)))
