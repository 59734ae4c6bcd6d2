"""The round report as a steering group reads it: the PDF (pdftotext), the Word file
(python-docx reading it back, LibreOffice opening it) and what is left out when redacted."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn

from promise_tracker.domain.entities import (
    Action,
    ActionStatus,
    Answer,
    Barrier,
    BarrierKind,
)
from promise_tracker.gui.reports.report_charts import report_charts
from promise_tracker.paths import resolve_paths
from promise_tracker.reports.round_report import (
    RoundReportError,
    build_round_report,
    percent,
    write_round_report,
)
from promise_tracker.services.assessment import AssessmentService
from promise_tracker.services.workspace import Workspace, open_workspace
from promise_tracker.standards.model import Pack
from tests.unit.reports.conftest import flat, page_count, pdf_pages, requires_poppler

NOTE = "Protocol signed by all four agencies <in 2024> & kept in the binder."
NA_REASON = "No forensic medicine unit within reach of the region."
PROGRESS = "Draft discussed with the prosecutor in May."
TODAY = dt.date(2026, 6, 1)


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    with open_workspace(resolve_paths(str(tmp_path / "data"), None)) as opened:
        yield opened


@pytest.fixture
def service(workspace: Workspace) -> AssessmentService:
    return workspace.assessment


@pytest.fixture
def pack(workspace: Workspace) -> Pack:
    return workspace.packs.latest("promise-bqs-2017")


@pytest.fixture
def round_id(service: AssessmentService, pack: Pack) -> str:
    """Two rounds of a unit; the 2026 round started from 2025, partly confirmed, with two
    respondents, a barrier, two actions (one overdue) and an event."""
    unit = service.create_unit("Barnahus Östby", country="SE", unit_id="u")
    service.create_round(unit.id, "Spring 2025", dt.date(2025, 3, 1), pack, round_id="r1")
    ids = [c.id for c in pack.criteria()]
    for index, criterion_id in enumerate(ids):
        service.set_answer(Answer("r1", criterion_id, None, "yes" if index % 3 else "no"))
    service.create_round(
        unit.id, "Spring 2026", dt.date(2026, 3, 1), pack, round_id="r2", start_from="r1"
    )
    service.confirm_answers("r2", ids[:60])  # 19 stay carried forward, to confirm
    service.set_answer(Answer("r2", ids[1], None, "yes", NOTE))
    service.set_answer(Answer("r2", ids[2], None, "na", "", NA_REASON))
    service.set_answer(Answer("r2", ids[3], None, "no", "", "", True))
    service.set_barrier(Barrier("r2", ids[3], BarrierKind.LAW_OR_POLICY))
    for alias, perspective, value in (
        ("Unit manager", "management", "yes"),
        ("Police liaison", "professionals", "no"),
    ):
        person = service.add_respondent("r2", alias, perspective, "police")
        service.set_answer(Answer("r2", ids[3], person.id, value))
    service.add_action(
        Action(
            "",
            unit.id,
            ids[3],
            "Agree a joint routine with the prosecution",
            round_id="r2",
            lead_agency="prosecution",
            responsible_role="Barnahus coordinator",
            due_date=dt.date(2026, 5, 1),
            status=ActionStatus.IN_PROGRESS,
            progress_note=PROGRESS,
        )
    )
    service.add_action(
        Action("", unit.id, ids[0], "Train the new staff", round_id="r2", status=ActionStatus.DONE)
    )
    service.add_event(unit.id, dt.date(2025, 9, 1), "Moved to new premises")
    return "r2"


def write(service: AssessmentService, round_id: str, path: Path, **options: object) -> Path:
    return write_round_report(
        service,
        round_id,
        path,
        charts=report_charts,
        today=TODAY,
        **options,  # type: ignore[arg-type]
    )


def test_the_content_carries_the_services_score_and_says_what_is_to_confirm(
    service: AssessmentService, round_id: str
) -> None:
    report = build_round_report(service, round_id, today=TODAY)
    result = service.round_result(round_id)
    assert report.overall_percent == result.official.overall.percent
    assert report.completeness == result.official.overall.completeness
    texts = [getattr(block, "text", "") for block in report.blocks]
    assert any("19 answers carried forward" in value for value in texts)


@requires_poppler
def test_the_pdf_shows_the_unit_the_score_every_standard_and_the_notes(
    service: AssessmentService, round_id: str, pack: Pack, tmp_path: Path
) -> None:
    path = write(service, round_id, tmp_path / "report.pdf")
    text = flat("\n".join(pdf_pages(path)))
    overall = service.round_result(round_id).official.overall
    assert "Barnahus Östby" in text
    assert "Country Sweden" in text  # the country by name, not its code
    assert f"Overall score: {flat(percent(overall.percent))}" in text  # "66 %"
    for standard in pack.assessed_units():
        assert flat(f"{standard.number} {standard.title.get('en')}") in text
    assert flat(NOTE) in text
    assert NA_REASON in text
    assert PROGRESS in text
    assert "National law or policy" in text
    assert "In progress, overdue" in text
    assert "Moved to new premises" in text
    assert "Compared with Spring 2025 (2025-03-01)" in text
    assert "carried forward, to confirm" in text
    assert pdf_pages(path)[0].count("Page 1 of") == 1


@requires_poppler
def test_a_redacted_pdf_leaves_out_notes_reasons_and_progress_notes(
    service: AssessmentService, round_id: str, tmp_path: Path
) -> None:
    path = write(service, round_id, tmp_path / "report.pdf", redacted=True)
    text = flat("\n".join(pdf_pages(path)))
    assert "Barnahus Östby" in text
    assert flat(NOTE) not in text
    assert NA_REASON not in text
    assert PROGRESS not in text
    assert "Agree a joint routine with the prosecution" in text  # the action itself stays


@requires_poppler
def test_a_swedish_report_on_us_letter(
    service: AssessmentService, round_id: str, pack: Pack, tmp_path: Path
) -> None:
    from promise_tracker.gui.shared.translation import output_language

    with output_language("sv"):
        path = write(service, round_id, tmp_path / "rapport.pdf", language="sv", paper="letter")
    pages = pdf_pages(path)
    text = flat("\n".join(pages))
    for standard in pack.assessed_units():
        assert flat(f"{standard.number} {standard.title.get('sv')}") in text
    assert f"Sida 1 av {len(pages)}" in flat(pages[0])
    # The report's own headings in Swedish (the lines as printed, not words in a pack text).
    lines = {line.strip() for page in pages for line in page.splitlines()}
    assert {"Sammanfattning", "Resultat per standard", "Handlingsplan"} <= lines
    assert "Land Sverige" in text  # the country by name, not its code
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
    assert "612 x 792 pts (letter)" in info


def test_no_table_row_is_split_across_pages_and_a_continued_table_repeats_its_header(
    service: AssessmentService, round_id: str
) -> None:
    from PySide6.QtCore import QSizeF
    from PySide6.QtGui import QTextDocument, QTextTable

    from promise_tracker.reports import round_report_pdf as writer

    report = build_round_report(service, round_id, today=TODAY)
    body, parts = writer._html(report.blocks)
    document = QTextDocument()
    document.setDefaultStyleSheet(writer.STYLE_SHEET)
    document.setHtml(body)
    height = 900.0
    document.setPageSize(QSizeF(650, height))
    writer._paginate(document, parts)
    layout = document.documentLayout()
    tables = [t for t in document.rootFrame().childFrames() if isinstance(t, QTextTable)]
    assert len(tables) == len(parts)
    continued = 0
    previous_page = -1
    for table, part in zip(tables, parts, strict=True):
        rect = layout.frameBoundingRect(table)
        first, last = int(rect.top() // height), int((rect.bottom() - 0.5) // height)
        assert first == last, f"a {part.kind} table runs over a page break"
        if part.kind == "row" and not part.first and first != previous_page:
            continued += 1
            header = [table.cellAt(0, c).firstCursorPosition().block().text() for c in range(2)]
            assert header == list(part.header[:2])
        previous_page = last
    assert continued >= 3


def test_the_report_is_laid_out_in_stretches_that_share_pages_without_cutting_a_row(
    service: AssessmentService, round_id: str
) -> None:
    from PySide6.QtCore import QSizeF
    from PySide6.QtGui import QTextTable

    from promise_tracker.reports import round_report_pdf as writer
    from promise_tracker.reports.pdf import content_bottom, lay_out_flows

    report = build_round_report(service, round_id, today=TODAY)
    flows = writer.flows(report.blocks)
    height = 900.0
    placed = lay_out_flows(flows, QSizeF(650, height), writer.STYLE_SHEET)
    assert len(placed) == len(flows) >= 10
    pages = placed[-1].first_page + placed[-1].pages
    assert pages < len(flows)  # short stretches go on where the last one ended
    previous_end = 0.0
    for item in placed:
        offset = item.first_page * height  # where the flow's page 0 is in the whole report
        layout = item.document.documentLayout()
        tops = []
        for table in item.document.rootFrame().childFrames():
            assert isinstance(table, QTextTable)
            rect = layout.frameBoundingRect(table)
            tops.append(rect.top())
            first, last = int(rect.top() // height), int((rect.bottom() - 0.5) // height)
            assert first == last, "a table runs over a page break"
        first_text = item.document.findBlockByNumber(1)  # after the spacer
        start = min([layout.blockBoundingRect(first_text).top(), *tops])
        if item is not placed[0] and not flows[placed.index(item)].new_page:
            assert offset + start >= previous_end - 0.5  # nothing printed over the last one
        previous_end = offset + content_bottom(item.document)


def test_the_word_file_has_heading_styles_real_tables_the_figures_and_the_charts(
    service: AssessmentService, round_id: str, pack: Pack, tmp_path: Path
) -> None:
    path = write(service, round_id, tmp_path / "report.docx")
    document = Document(str(path))
    headings = {p.text: p.style.name for p in document.paragraphs if p.style is not None}
    assert headings["Summary"] == "Heading 1"
    assert headings["Results by standard"] == "Heading 1"
    scores = service.round_result(round_id).official
    unit = pack.assessed_units()[4]
    assert headings[f"{unit.number} {unit.title.get('en')}"].startswith("Heading ")

    by_standard = next(t for t in document.tables if t.rows[0].cells[0].text == "Standard")
    figures = {row.cells[0].text: row.cells[1].text for row in by_standard.rows[1:]}
    for standard in pack.assessed_units():
        title = f"{standard.number} {standard.title.get('en')}"
        assert figures[title] == percent(scores.by_standard[standard.number].percent)
    header = by_standard.rows[0]._tr.trPr
    assert header.find(qn("w:tblHeader")) is not None
    assert all(row._tr.trPr.find(qn("w:cantSplit")) is not None for row in by_standard.rows)

    assert len(document.inline_shapes) == 2  # the radar and the bars
    footer = document.sections[0].footer._element.xml
    assert 'w:instr=" PAGE "' in footer
    assert 'w:instr=" NUMPAGES "' in footer
    text = "\n".join(p.text for p in document.paragraphs)
    assert f"Overall score: {percent(scores.overall.percent)}" in text


def test_the_word_file_on_letter_paper_redacted(
    service: AssessmentService, round_id: str, tmp_path: Path
) -> None:
    path = write(service, round_id, tmp_path / "report.docx", redacted=True, paper="letter")
    document = Document(str(path))
    section = document.sections[0]
    assert (round(section.page_width.inches, 2), round(section.page_height.inches, 2)) == (8.5, 11)
    cells = "\n".join(c.text for t in document.tables for r in t.rows for c in r.cells)
    assert "Agree a joint routine" in cells
    assert NOTE not in cells
    assert NA_REASON not in cells
    assert PROGRESS not in cells


@requires_poppler
def test_libreoffice_opens_the_word_file(
    service: AssessmentService, round_id: str, tmp_path: Path
) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    if (
        not list(Path(soffice).resolve().parent.glob("libswlo.so"))
        and not Path("/usr/lib/libreoffice/program/libswlo.so").exists()
    ):
        pytest.skip("LibreOffice Writer is not installed (Debian: libreoffice-writer-nogui)")
    path = write(service, round_id, tmp_path / "report.docx")
    subprocess.run(
        [soffice, "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(path)],
        check=True,
        timeout=180,
        capture_output=True,
        env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"},
    )
    converted = tmp_path / "report.pdf"
    text = flat("\n".join(pdf_pages(converted)))
    assert "Barnahus Östby" in text
    assert "Results by standard" in text
    assert page_count(converted) >= 8


def test_refuses_another_format_or_a_round_of_another_unit_and_writes_nothing(
    service: AssessmentService, round_id: str, pack: Pack, tmp_path: Path
) -> None:
    with pytest.raises(RoundReportError, match=r"PDF \(\.pdf\) or Word \(\.docx\)"):
        write(service, round_id, tmp_path / "report.txt")
    other = service.create_unit("Barnahus Väst", unit_id="other")
    service.create_round(other.id, "2026", dt.date(2026, 1, 1), pack, round_id="o1")
    kept = tmp_path / "report.pdf"
    kept.write_bytes(b"an earlier report")
    with pytest.raises(RoundReportError, match="belongs to another unit"):
        write(service, round_id, kept, compare_with="o1")
    assert kept.read_bytes() == b"an earlier report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "report.pdf"]


def test_progress_is_reported_to_the_end(
    service: AssessmentService, round_id: str, tmp_path: Path
) -> None:
    seen: list[tuple[int, int]] = []
    write(service, round_id, tmp_path / "r.docx", progress=lambda d, t: seen.append((d, t)))
    assert seen[0] == (0, 4)
    assert seen[-1] == (4, 4)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


@requires_poppler
def test_the_chart_titles_are_text_above_the_charts_in_both_files(
    service: AssessmentService, round_id: str, tmp_path: Path
) -> None:
    """A reader can select, search and edit the charts' titles (they were drawn into the
    images before), and each title sits above its own chart in the Word file."""
    pdf_text = flat("\n".join(pdf_pages(write(service, round_id, tmp_path / "report.pdf"))))
    assert "Score by standard (%)" in pdf_text
    assert "Score and completeness by standard" in pdf_text

    document = Document(str(write(service, round_id, tmp_path / "report.docx")))
    chart_row = next(t.rows[0] for t in document.tables if t.rows[0]._tr.xml.count("<pic:pic") == 2)
    titles = [cell.paragraphs[0] for cell in chart_row.cells]
    assert [p.text for p in titles] == [
        "Score by standard (%)",
        "Score and completeness by standard",
    ]
    assert all(p.runs[0].bold for p in titles)
    assert all("<pic:pic" in cell.paragraphs[1]._p.xml for cell in chart_row.cells)


def test_a_note_with_markup_and_control_characters_reads_back_from_the_word_file(
    service: AssessmentService, round_id: str, pack: Pack, tmp_path: Path
) -> None:
    """Word tables are written as XML text: a note's <, > and & stay what was typed, and a
    control character pasted in (which XML cannot hold) is left out instead of failing."""
    criterion = pack.criteria()[5].id
    service.set_answer(Answer(round_id, criterion, None, "yes", "Bell\x07 rang <here> & there"))
    document = Document(str(write(service, round_id, tmp_path / "report.docx")))
    cells = {cell.text for table in document.tables for row in table.rows for cell in row.cells}
    assert any("Bell rang <here> & there" in text for text in cells)


def _strings(value: object) -> list[str]:
    """Every text in a report's blocks (paragraphs, labels, table cells...)."""
    import dataclasses

    if isinstance(value, str):
        return [value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [s for f in dataclasses.fields(value) for s in _strings(getattr(value, f.name))]
    if isinstance(value, list | tuple):
        return [s for item in value for s in _strings(item)]
    return []


@pytest.mark.parametrize(
    ("language", "agreed", "official"),
    [
        ("en", "agreed", "official"),
        ("sv", "överenskom", "officiell"),
    ],
)
def test_the_report_calls_the_score_agreed_in_both_languages(
    qapp,
    service: AssessmentService,
    round_id: str,
    workspace: Workspace,
    language: str,
    agreed: str,
    official: str,
) -> None:  # type: ignore[no-untyped-def]
    from tests.swedish import swedish_interface

    if language == "sv":
        with swedish_interface():
            report = build_round_report(service, round_id, language="sv", today=TODAY)
    else:
        report = build_round_report(service, round_id, today=TODAY)
    text = "\n".join(_strings(report.blocks))
    # The packs' provenance statements rightly speak of the standards' official text.
    for pack in workspace.packs.packs():
        text = text.replace(pack.provenance.get(language), "")
    assert agreed in text
    assert official not in text.casefold()
