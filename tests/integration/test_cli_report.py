"""`promise-tracker report` as a user runs it: PDF and Word, Swedish, redacted, errors."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from docx import Document

from promise_tracker.cli import main
from promise_tracker.paths import resolve_paths
from promise_tracker.reports.round_report import percent
from promise_tracker.services.workspace import open_workspace
from tests.unit.reports.conftest import flat, pdf_pages, requires_poppler


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("demo")
    assert main(["demo", "--data-dir", str(folder)]) == 0
    return folder


@pytest.fixture(scope="module")
def rounds(demo_dir: Path) -> dict[str, tuple[str, str, float | None]]:
    """Unit name -> (latest round id, first round id, the latest round's overall percent)."""
    found = {}
    with open_workspace(resolve_paths(str(demo_dir), None)) as workspace:
        service = workspace.assessment
        for unit in service.units():
            ids = [r.id for r in service.rounds(unit.id)]
            score = service.round_result(ids[-1]).official.overall.percent
            found[unit.name] = (ids[-1], ids[0], score)
    return found


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@requires_poppler
def test_a_pdf_report_of_a_round(
    capsys: pytest.CaptureFixture[str], demo_dir: Path, rounds: dict, tmp_path: Path
) -> None:
    latest, _, score = rounds["Barnahus Fjordby (demo)"]
    out = tmp_path / "report.pdf"
    code, printed, err = run(
        capsys, "report", "--data-dir", str(demo_dir), "--round", latest, "--out", str(out)
    )
    assert (code, err) == (0, "")
    assert f"Report written to {out}" in printed
    text = flat("\n".join(pdf_pages(out)))
    assert "Barnahus Fjordby (demo)" in text
    assert f"Overall score: {flat(percent(score))}" in text
    assert "Perspectives and discussion" in text
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]


def test_a_redacted_swedish_word_report_on_letter_compared_with_the_first_round(
    capsys: pytest.CaptureFixture[str], demo_dir: Path, rounds: dict, tmp_path: Path
) -> None:
    latest, first, _ = rounds["Barnahus Norrvik (demo)"]
    out = tmp_path / "rapport.docx"
    code, printed, err = run(
        capsys,
        "--data-dir",
        str(demo_dir),
        "report",
        "--round",
        latest,
        "--out",
        str(out),
        "--language",
        "sv",
        "--redacted",
        "--paper",
        "letter",
        "--compare-with",
        first,
    )
    assert (code, err) == (0, "")
    assert "(redacted)" in printed
    document = Document(str(out))
    assert round(document.sections[0].page_width.inches, 2) == 8.5
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Self-assessment 2019 (2019-" in text  # compared with the first round, as asked
    assert "Barnahus Norrvik (demo)" in text
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert "1.1 Barnets bästa" in headings  # the standards in Swedish


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--round", "no-such-round", "--out", "{out}.pdf"], "no-such-round"),
        (["--round", "{latest}", "--out", "{out}.txt"], "PDF (.pdf) or Word (.docx)"),
        (
            ["--round", "{latest}", "--out", "{out}.pdf", "--compare-with", "{other}"],
            "belongs to another unit",
        ),
    ],
)
def test_refusals_name_the_problem_and_write_nothing(
    capsys: pytest.CaptureFixture[str],
    demo_dir: Path,
    rounds: dict,
    tmp_path: Path,
    argv: list[str],
    message: str,
) -> None:
    latest = rounds["Barnahus Fjordby (demo)"][0]
    other = rounds["Barnahus Vecupe (demo)"][0]
    filled = [a.format(latest=latest, other=other, out=tmp_path / "report") for a in argv]
    code, _, err = run(capsys, "report", "--data-dir", str(demo_dir), *filled)
    assert code == 1
    assert message in err
    assert "Traceback" not in err
    assert list(tmp_path.iterdir()) == []


def test_runs_as_a_command_without_a_display(demo_dir: Path, rounds: dict, tmp_path: Path) -> None:
    latest = rounds["Barnahus Lindenau (demo)"][0]
    out = tmp_path / "report.pdf"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "promise_tracker",
            "report",
            "--data-dir",
            str(demo_dir),
            "--round",
            latest,
            "--out",
            str(out),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        env={
            key: value
            for key, value in os.environ.items()
            if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
        },
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert out.read_bytes().startswith(b"%PDF")
