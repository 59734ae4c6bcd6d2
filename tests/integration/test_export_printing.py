"""An export printed as a person prints it: LibreOffice converts the workbook to PDF, and the
pages are read back (pdftotext): which sheets print, how many pages, page numbers, and
whether the text of the Criteria, the History of criteria, the History and the Summary is
large enough to read (9 points or more)."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path
from xml.etree import ElementTree

import pytest
from openpyxl import Workbook

from promise_tracker.domain.entities import Answer
from promise_tracker.exchange.round_export import export_round
from promise_tracker.paths import resolve_paths
from promise_tracker.services.workspace import open_workspace
from tests.integration.office import find_soffice

SOFFICE = find_soffice()
pytestmark = pytest.mark.skipif(
    SOFFICE is None or shutil.which("pdftotext") is None or shutil.which("pdfinfo") is None,
    reason="LibreOffice (soffice) or poppler-utils (pdftotext, pdfinfo) is not installed",
)

READABLE_POINTS = 9.0
DEFAULT_POINTS = 11.0  # the size of the workbook's default font
XHTML = "{http://www.w3.org/1999/xhtml}"


def to_pdf(files: list[Path], folder: Path) -> None:
    assert SOFFICE is not None
    subprocess.run(
        [SOFFICE, "--headless", "--convert-to", "pdf", "--outdir", str(folder), *map(str, files)],
        check=True,
        timeout=240,
        capture_output=True,
        env={"HOME": str(folder / "home"), "PATH": "/usr/bin:/bin"},
    )


def pages(pdf: Path) -> list[list[tuple[float, str]]]:
    """Every page's words as (height of the word's box, text)."""
    xhtml = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    root = ElementTree.fromstring(re.sub(r"<!DOCTYPE[^>]*>", "", xhtml))
    return [
        [
            (float(w.get("yMax", 0)) - float(w.get("yMin", 0)), w.text or "")
            for w in page.iter(f"{XHTML}word")
        ]
        for page in root.iter(f"{XHTML}page")
    ]


def page_texts(pdf: Path) -> list[str]:
    """Every page's text in reading order, lines joined by spaces."""
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    return [" ".join(page.split()) for page in text.split("\f")[:-1]]


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A round without respondents or actions, printed; and an 11-point reference cell
    printed at 100 %, whose word height is what 11 points measure in this PDF."""
    folder = tmp_path_factory.mktemp("printing")
    with open_workspace(resolve_paths(str(folder / "data"), None)) as workspace:
        service = workspace.assessment
        pack = workspace.packs.latest("promise-bqs-2017")
        unit = service.create_unit("Barnahus Print", country="SE", region="Norr")
        rnd = service.create_round(unit.id, "Printed round", dt.date(2026, 3, 1), pack)
        service.add_answers(
            [
                Answer(rnd.id, c.id, None, "yes" if n % 3 else "no", note="Minutes of May")
                for n, c in enumerate(pack.criteria())
            ]
        )
        export = export_round(service, rnd.id, folder / "round.xlsx")
    reference = Workbook()
    sheet = reference.active
    assert sheet is not None
    sheet["A1"] = "Reference"
    reference.save(folder / "reference.xlsx")
    to_pdf([export, folder / "reference.xlsx"], folder)
    return folder / "round.pdf", folder / "reference.pdf"


def test_every_page_is_numbered_and_no_empty_sheet_prints(printed: tuple[Path, Path]) -> None:
    pdf, _ = printed
    texts = page_texts(pdf)
    count = len(texts)
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True)
    assert re.search(rf"^Pages:\s+{count}$", info.stdout, re.MULTILINE)
    for number, text in enumerate(texts, start=1):
        assert text.endswith(f"Page {number} of {count}")
    # No respondents and no actions: neither sheet prints (not even its heading).
    assert not any("Alias" in text or "What will be done" in text for text in texts)
    # Summary (with its chart), the Criteria, the History of criteria and the History.
    criteria = [t for t in texts if t.startswith("Round date Criterion Statement")]
    history = [t for t in texts if t.startswith("Standard Criterion Statement")]
    assert texts[0].startswith("PROMISE tracker: self-assessment export")
    # The History: its scores per standard over two pages across, the round on both.
    assert texts[-2].startswith("Date Round Status Overall")
    assert texts[-1].startswith("Date Round Standard")
    assert len(criteria) + len(history) + 4 == count
    # The Criteria print one page wide: the printed columns on every page, none of the rest.
    assert all("Barrier" in t and "Answer code" not in t for t in criteria)
    # (pack 1.1.0's statements are a little longer than 1.0.0's)
    assert 6 <= len(criteria) <= 18
    assert 6 <= len(history) <= 18


def test_the_criteria_print_at_9_points_or_more(printed: tuple[Path, Path]) -> None:
    """Before, the Criteria sheet printed all its columns fit to width: about 5 points."""
    pdf, reference = printed
    at_100 = next(height for height, text in pages(reference)[0] if text == "Reference")
    criteria = [
        page
        for page, text in zip(pages(pdf), page_texts(pdf), strict=True)
        if text.startswith("Round date Criterion")
    ]
    assert criteria
    for page in criteria:
        statement = [h for h, text in page if text == "written"]  # body text, not headings
        heights = statement or [h for h, text in page if text == "Minutes"]
        assert heights
        points = DEFAULT_POINTS * min(heights) / at_100
        assert points >= READABLE_POINTS, points


ROUNDS = 6  # side by side more than one readable page holds: before, all were squeezed on one
PERCENT_CELL = re.compile(r"^\d+\.\d%$")  # a score in a cell ("66.7%"), not a chart's "60%"


@pytest.fixture(scope="module")
def printed_history(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The last of six rounds of a unit printed (with its History of criteria, six rounds side
    by side), and the 11-point reference printed at 100 %."""
    folder = tmp_path_factory.mktemp("printing-history")
    with open_workspace(resolve_paths(str(folder / "data"), None)) as workspace:
        service = workspace.assessment
        pack = workspace.packs.latest("promise-bqs-2017")
        unit = service.create_unit("Barnahus Rounds", country="SE", region="Norr")
        for number in range(ROUNDS):
            title = "Follow-up after the new protocol" if number == 1 else f"Round {number + 1}"
            rnd = service.create_round(unit.id, title, dt.date(2020 + number, 3, 1), pack)
            service.add_answers(
                Answer(rnd.id, c.id, None, "yes" if (n + number) % 3 else "no")
                for n, c in enumerate(pack.criteria())
            )
        export = export_round(service, rnd.id, folder / "rounds.xlsx")
    reference = Workbook()
    sheet = reference.active
    assert sheet is not None
    sheet["A1"] = "Reference"
    reference.save(folder / "reference.xlsx")
    to_pdf([export, folder / "reference.xlsx"], folder)
    return folder / "rounds.pdf", folder / "reference.pdf"


def sheet_pages(pdf: Path, heading: str) -> list[tuple[list[tuple[float, str]], str]]:
    """The pages (words, text) of the sheet whose header row starts with `heading`."""
    return [
        (words, text)
        for words, text in zip(pages(pdf), page_texts(pdf), strict=True)
        if text.startswith(heading)
    ]


def test_the_history_of_criteria_prints_at_9_points_or_more(
    printed_history: tuple[Path, Path],
) -> None:
    """Before, six rounds side by side printed fit to one page's width: about 8 points."""
    pdf, reference = printed_history
    at_100 = next(height for height, text in pages(reference)[0] if text == "Reference")
    history = sheet_pages(pdf, "Standard Criterion Statement")
    assert history
    for words, text in history:
        answers = [h for h, word in words if word in ("Yes", "No")]
        assert answers
        points = DEFAULT_POINTS * min(answers) / at_100
        assert points >= READABLE_POINTS, points
        # Every page shows which criterion a row is, and is numbered.
        assert "BQS-" in text
        assert re.search(r"Page \d+ of \d+$", text)
    # Every round prints, with its title, and every criterion on as many pages for each.
    printed = " ".join(text for _, text in history)
    for year in range(2020, 2020 + ROUNDS):
        assert f"{year}-03-01" in printed
    assert "Follow-up" in printed
    for criterion in ("BQS-1.1-01", "BQS-10-01"):
        with_rounds = [t for _, t in history if criterion in t]
        assert len(with_rounds) == 2  # the first three rounds, then the other three
        assert "2020-03-01" in with_rounds[0]
        assert "2025-03-01" in with_rounds[1]


def test_the_history_prints_at_9_points_or_more(printed_history: tuple[Path, Path]) -> None:
    """Before, the History printed every standard's column on one page: about 5 points."""
    pdf, reference = printed_history
    at_100 = next(height for height, text in pages(reference)[0] if text == "Reference")
    history = sheet_pages(pdf, "Date Round")
    assert history
    for words, _ in history:
        cells = [h for h, word in words if PERCENT_CELL.match(word) or word == "draft"]
        assert cells
        points = DEFAULT_POINTS * min(cells) / at_100
        assert points >= READABLE_POINTS, points
    # The round's date and title, then its scores over two pages across.
    assert len(history) == 2
    first, second = (text for _, text in history)
    assert "Standard 1.1" in first
    assert "Score shown" in second
    for text in (first, second):  # the round's title on both (wrapped in its column)
        assert "Follow-up" in text
    # The chart prints once, on the first page: nothing drawn over the repeated columns.
    assert "Overall score over rounds" in first
    assert "Overall score" not in second


def test_the_summary_prints_at_9_points_or_more(printed_history: tuple[Path, Path]) -> None:
    """Before, the Summary's table of scores was wider than a readable page: 8.7 points."""
    pdf, reference = printed_history
    at_100 = next(height for height, text in pages(reference)[0] if text == "Reference")
    summary = pages(pdf)[0]
    keys = [h for h, word in summary if word in ("Region", "Provenance", "Completeness")]
    assert keys
    points = DEFAULT_POINTS * min(keys) / at_100
    assert points >= READABLE_POINTS, points
