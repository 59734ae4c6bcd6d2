"""The training handout: title page with the source and provenance, then the criteria."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from promise_tracker.reports.handout import write_handout
from promise_tracker.reports.pdf import ReportError
from promise_tracker.standards.model import LocalizedText, Pack
from tests.factories import make_pack
from tests.unit.reports.conftest import (
    column_text,
    flat,
    loose,
    page_count,
    pdf_pages,
    requires_poppler,
)

pytestmark = requires_poppler


@pytest.fixture(scope="module")
def bilingual_pdf(tmp_path_factory: pytest.TempPathFactory, bqs_pack: Pack) -> Path:
    path = tmp_path_factory.mktemp("handout") / "handout.pdf"
    write_handout(path, bqs_pack, ["en", "sv"])
    return path


def test_bilingual_handout_is_a_pdf_of_a_sensible_length(bilingual_pdf: Path) -> None:
    assert bilingual_pdf.read_bytes().startswith(b"%PDF")
    assert 12 <= page_count(bilingual_pdf) <= 30


def test_title_page_names_the_source_and_says_where_the_wording_comes_from(
    bilingual_pdf: Path, bqs_pack: Pack
) -> None:
    title_page = flat(pdf_pages(bilingual_pdf)[0])
    assert "Barnahus Quality Standards (PROMISE, 2017)" in title_page
    assert "Kvalitetsstandarder för Barnahus (PROMISE, 2017)" in title_page
    assert "Version 1.1.0" in title_page
    assert "Östersjöstaternas råds sekretariat (CBSS) och Child Circle" in title_page
    assert "ISBN 978-91-980572-9-4" in title_page
    assert "https://childrenatrisk.cbss.org/publications/" in title_page
    assert "About this text" in title_page
    # The provenance statement, in both languages, on the title page: the criteria are the
    # project's wording, not the official text.
    assert loose(bqs_pack.provenance.get("en")) in loose(title_page)
    assert loose(bqs_pack.provenance.get("sv")) in loose(title_page)
    # The criteria start on the next page.
    assert "BQS-1.1-01" not in title_page


# Where the columns of a two-language page are, in points from the left edge of an A4 page
# (595 pt wide, 18 mm margins): the id column takes 16 % of the text width, each language 42 %.
ENGLISH_COLUMN = (132.0, 203.0)
SWEDISH_COLUMN = (339.0, 203.0)


def test_every_criterion_is_there_in_both_languages_each_in_its_column(
    bilingual_pdf: Path, bqs_pack: Pack
) -> None:
    english = loose(column_text(bilingual_pdf, *ENGLISH_COLUMN))
    swedish = loose(column_text(bilingual_pdf, *SWEDISH_COLUMN))
    everything = flat("\n".join(pdf_pages(bilingual_pdf)))
    for criterion in bqs_pack.criteria():
        assert everything.count(criterion.id) == 1
        assert loose(criterion.statement.get("en")) in english
        assert loose(criterion.evidence.get("en")) in english
        assert loose(criterion.statement.get("sv")) in swedish
        assert loose(criterion.evidence.get("sv")) in swedish
    assert loose(bqs_pack.criterion("BQS-1.1-01").statement.get("sv")) not in english
    assert loose(bqs_pack.criterion("BQS-1.1-01").statement.get("en")) not in swedish
    summary = bqs_pack.standard("1").summary
    assert summary is not None
    for language in ("en", "sv"):
        assert flat(bqs_pack.standard("1.2").title.get(language)) in everything
        assert loose(summary.get(language)) in loose(everything)


def test_languages_stand_side_by_side_criterion_by_criterion(
    bilingual_pdf: Path, bqs_pack: Pack
) -> None:
    lines = "\n".join(pdf_pages(bilingual_pdf, layout=True)).splitlines()
    for criterion_id in ("BQS-1.1-01", "BQS-5-03", "BQS-10-01"):
        criterion = bqs_pack.criterion(criterion_id)
        english = " ".join(criterion.statement.get("en").split()[:2])
        swedish = " ".join(criterion.statement.get("sv").split()[:2])
        # The id and the first words of both statements on one printed line, English first.
        row = [line for line in lines if criterion_id in line]
        assert len(row) == 1
        assert english in row[0]
        assert swedish in row[0]
        assert row[0].index(criterion_id) < row[0].index(english) < row[0].index(swedish)


def test_each_criterion_names_the_rooms_and_agencies_it_concerns(
    bilingual_pdf: Path, bqs_pack: Pack
) -> None:
    text = flat("\n".join(pdf_pages(bilingual_pdf)))
    criterion = bqs_pack.criterion("BQS-1.1-01")
    for language in ("en", "sv"):
        labels = ", ".join(bqs_pack.concern(c).label.get(language) for c in criterion.concerns)
        assert f"Concerns: {labels}" in text
    assert "Concerns: Barnahus staff, Police, Prosecution" in text
    assert "Concerns: Barnahusets personal, Polis, Åklagare" in text


def test_pages_are_numbered_with_the_handout_title_on_top(bilingual_pdf: Path) -> None:
    pages = pdf_pages(bilingual_pdf)
    total = len(pages)
    for number, page in enumerate(pages, start=1):
        assert page.splitlines()[0] == "Handout: Barnahus Quality Standards (PROMISE, 2017)"
        assert f"Page {number} of {total}" in page


def test_one_language_runs_in_one_column(tmp_path: Path, bqs_pack: Pack) -> None:
    path = tmp_path / "handout-sv.pdf"
    write_handout(path, bqs_pack, ["sv"])
    text = loose("\n".join(pdf_pages(path)))
    first = bqs_pack.criterion("BQS-1.1-01")
    assert loose(first.statement.get("sv")) in text
    assert loose(first.statement.get("en")) not in text
    assert loose(bqs_pack.provenance.get("sv")) in text
    assert loose(bqs_pack.provenance.get("en")) not in text
    # Each criterion's id starts a line whose text runs into the wide single column.
    row = next(
        line for line in pdf_pages(path, layout=True)[1].splitlines() if "BQS-1.1-01" in line
    )
    assert len(row.split("BQS-1.1-01", 1)[1].strip()) > 60


def test_one_standard_only_when_chosen(tmp_path: Path, bqs_pack: Pack) -> None:
    path = tmp_path / "standard-3.pdf"
    write_handout(path, bqs_pack, ["en", "sv"], standard="3")
    pages = pdf_pages(path)
    text = flat("\n".join(pages))
    expected = [c.id for c in bqs_pack.standard("3").all_criteria()]
    assert all(criterion_id in text for criterion_id in expected)
    others = [c.id for c in bqs_pack.criteria() if c.id not in expected]
    assert not [criterion_id for criterion_id in others if criterion_id in text]
    assert "This handout covers standard 3 only." in flat(pages[0])
    assert loose(bqs_pack.provenance.get("en")) in loose(pages[0])
    assert pages[0].splitlines()[0].endswith(", standard 3")
    assert 2 <= len(pages) <= 4


def test_a_sub_standard_can_be_chosen(tmp_path: Path, bqs_pack: Pack) -> None:
    path = tmp_path / "standard-1.2.pdf"
    write_handout(path, bqs_pack, ["en"], standard="1.2")
    text = flat("\n".join(pdf_pages(path)))
    assert "BQS-1.2-01" in text
    assert "BQS-1.1-01" not in text
    assert "BQS-1.3-01" not in text


def test_pack_text_that_looks_like_html_is_printed_literally(tmp_path: Path) -> None:
    hostile = LocalizedText.of({"en": "<b>x</b>&amp; <i>Pack</i>", "sv": "<b>x</b>&amp; å ä ö"})
    pack = dataclasses.replace(make_pack(), title=hostile, provenance=hostile)
    path = tmp_path / "hostile.pdf"
    write_handout(path, pack, ["en", "sv"])
    title_page = flat(pdf_pages(path)[0])
    assert "<b>x</b>&amp; <i>Pack</i>" in title_page
    assert "<b>x</b>&amp; å ä ö" in title_page


@pytest.mark.parametrize(
    ("languages", "standard", "message"),
    [
        (["de"], None, "has no texts in de; it has en, sv"),
        (["en", "sv", "de"], None, "one language or in two"),
        ([], None, "one language or in two"),
        (["en"], "42", "has no standard 42"),
    ],
)
def test_refused_requests_leave_an_existing_file_alone(
    tmp_path: Path, bqs_pack: Pack, languages: list[str], standard: str | None, message: str
) -> None:
    path = tmp_path / "handout.pdf"
    path.write_bytes(b"the previous handout")
    with pytest.raises(ReportError, match=message):
        write_handout(path, bqs_pack, languages, standard)
    assert path.read_bytes() == b"the previous handout"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["handout.pdf"]
