"""Shared pieces of the PDF tests: the shipped pack, and reading a PDF as a reader would."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from promise_tracker.domain.entities import Respondent, Round, Unit
from promise_tracker.standards.model import Pack
from promise_tracker.standards.registry import PackRegistry

requires_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdfinfo") is None,
    reason="poppler-utils (pdftotext, pdfinfo) is not installed",
)


@pytest.fixture(autouse=True)
def _gui_application(qapp: object) -> None:
    """Reuse pytest-qt's application, as the app's own QApplication would be reused."""


@pytest.fixture(scope="session")
def bqs_pack() -> Pack:
    return PackRegistry.load(None).latest("promise-bqs-2017")


@pytest.fixture
def unit() -> Unit:
    return Unit("unit-1", "Barnahus Göteborg", country="SE")


@pytest.fixture
def round_(bqs_pack: Pack) -> Round:
    return Round(
        "round-1",
        "unit-1",
        "Vårens självskattning",
        dt.date(2026, 3, 14),
        bqs_pack.id,
        bqs_pack.version,
        bqs_pack.content_hash,
    )


@pytest.fixture
def respondent() -> Respondent:
    return Respondent("resp-1", "round-1", "Åsa <b>x</b>&amp;", "professionals")


def pdf_pages(path: Path, *, layout: bool = False) -> list[str]:
    """The text of every page, as pdftotext reads it (with -layout: as placed on the page)."""
    command = ["pdftotext", "-enc", "UTF-8", *(["-layout"] if layout else []), str(path), "-"]
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    pages = output.split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


def column_text(path: Path, left: float, width: float) -> str:
    """The text printed between `left` and `left + width` points from the page's left edge."""
    command = ["pdftotext", "-enc", "UTF-8", "-r", "72", "-x", str(int(left)), "-y", "0"]
    command += ["-W", str(int(width)), "-H", "842", str(path), "-"]
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout


def flat(value: str) -> str:
    """Whitespace folded to single spaces, so wrapped lines compare with the source text."""
    return " ".join(value.split())


def loose(value: str) -> str:
    """`flat`, also without hyphens between words, to compare long texts with pdftotext's.

    pdftotext joins a word ending in "-" at the end of a line with the next one ("follow-" /
    "up" becomes "followup", "hälso-" / "och" becomes "hälsooch"), so both sides drop them.
    """
    return re.sub(r"(?<=\w)-\s*(?=\w)", "", flat(value))


def page_count(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    for line in info.splitlines():
        if line.startswith("Pages:"):
            return int(line.split()[1])
    raise AssertionError(f"pdfinfo gave no page count: {info}")
