"""An export printed as a person prints it: LibreOffice converts the workbook to PDF, and the
pages are read back (pdftotext): which sheets print, how many pages, page numbers, and
whether the Criteria text is large enough to read (9 points or more)."""

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
    assert texts[-1].startswith("Date Round Status Overall")
    assert len(criteria) + len(history) + 3 == count
    # The Criteria print one page wide: the printed columns on every page, none of the rest.
    assert all("Barrier" in t and "Answer code" not in t for t in criteria)
    assert 6 <= len(criteria) <= 14
    assert 6 <= len(history) <= 14


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
