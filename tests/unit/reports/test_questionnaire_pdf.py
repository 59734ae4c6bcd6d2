"""The paper questionnaire: what a respondent reads on the printed pages."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from promise_tracker.domain.entities import Respondent, Round, Unit
from promise_tracker.reports.questionnaire_pdf import write_questionnaire_pdf
from promise_tracker.standards.model import Pack
from tests.unit.reports.conftest import flat, loose, page_count, pdf_pages, requires_poppler

pytestmark = requires_poppler


@pytest.fixture
def swedish_pdf(
    tmp_path: Path, bqs_pack: Pack, unit: Unit, round_: Round, respondent: Respondent
) -> Path:
    path = tmp_path / "frågeformulär.pdf"
    write_questionnaire_pdf(path, bqs_pack, unit, round_, respondent, "sv")
    return path


def test_is_a_pdf_of_a_sensible_length(swedish_pdf: Path, bqs_pack: Pack) -> None:
    assert swedish_pdf.read_bytes().startswith(b"%PDF")
    # 79 criteria with room to write: about four a page, never crammed onto a few pages.
    assert len(bqs_pack.criteria()) == 79
    assert 15 <= page_count(swedish_pdf) <= 30


def test_shows_who_answers_what_round_and_from_which_perspective(
    swedish_pdf: Path, bqs_pack: Pack
) -> None:
    first = flat(pdf_pages(swedish_pdf)[0])
    professionals = bqs_pack.perspective("professionals").description
    assert professionals is not None
    assert loose(professionals.get("sv")) in loose(first)
    # Where the criteria's wording comes from, before the first criterion.
    assert loose(bqs_pack.provenance.get("sv")) in loose(first.split("BQS-1.1-01")[0])
    assert "Questionnaire" in first
    assert "Kvalitetsstandarder för Barnahus (PROMISE, 2017)" in first
    assert "Unit Barnahus Göteborg" in first
    assert "Round Vårens självskattning (2026-03-14)" in first
    assert "Perspective Yrkesverksamma" in first
    assert "Instructions" in first
    assert "If you tick “Ej tillämpligt”, write below the criterion why it does not apply." in first


def test_an_alias_that_looks_like_html_is_printed_literally(swedish_pdf: Path) -> None:
    pages = pdf_pages(swedish_pdf)
    assert "Respondent Åsa <b>x</b>&amp;" in flat(pages[0])
    # The running title names the respondent on every page, literally too.
    for page in pages:
        assert "Åsa <b>x</b>&amp;" in page.splitlines()[0]


def test_every_criterion_is_there_in_the_chosen_language(swedish_pdf: Path, bqs_pack: Pack) -> None:
    text = flat("\n".join(pdf_pages(swedish_pdf)))
    prose = loose(text)
    for criterion in bqs_pack.criteria():
        assert criterion.id in text
        assert loose(criterion.statement.get("sv")) in prose
        assert loose(criterion.evidence.get("sv")) in prose
    assert loose(bqs_pack.criteria()[0].statement.get("en")) not in prose
    assert "1.1 Barnets bästa" in text
    assert "10 " + bqs_pack.standard("10").title.get("sv") in text


def test_each_criterion_has_a_box_per_answer_and_lines_to_write_on(swedish_pdf: Path) -> None:
    text = flat("\n".join(pdf_pages(swedish_pdf)))
    assert text.count("Ja Nej Ej tillämpligt") == 79
    assert text.count("Notes:") == 79
    assert text.count("If “Ej tillämpligt”, why:") == 79


def test_a_criterion_is_not_split_across_pages(swedish_pdf: Path, bqs_pack: Pack) -> None:
    ids = [criterion.id for criterion in bqs_pack.criteria()]
    seen: list[str] = []
    for page in pdf_pages(swedish_pdf):
        text = flat(page)
        starts = sorted((text.index(i), i) for i in ids if re.search(rf"\b{re.escape(i)}\b", text))
        for number, (start, criterion_id) in enumerate(starts):
            end = starts[number + 1][0] if number + 1 < len(starts) else len(text)
            # The last thing of a criterion, the N/A justification line, is on its page.
            assert "why:" in text[start:end], f"{criterion_id} continues on the next page"
            seen.append(criterion_id)
        # Nothing of a criterion spills over onto the top of the next page.
        body = text.split("Page ")[0]
        if starts:
            assert "why:" not in body[: starts[0][0]]
    assert seen == ids


def test_pages_are_numbered_page_n_of_total(swedish_pdf: Path) -> None:
    pages = pdf_pages(swedish_pdf)
    total = len(pages)
    assert f"Page 1 of {total}" in pages[0]
    assert f"Page {total} of {total}" in pages[-1]


def test_english_questionnaire_has_english_texts(
    tmp_path: Path, bqs_pack: Pack, unit: Unit, round_: Round, respondent: Respondent
) -> None:
    path = tmp_path / "questionnaire.pdf"
    write_questionnaire_pdf(path, bqs_pack, unit, round_, respondent, "en")
    text = loose("\n".join(pdf_pages(path)))
    first = bqs_pack.criteria()[0]
    assert loose(first.statement.get("en")) in text
    assert loose(first.statement.get("sv")) not in text
    assert "Yes No Not applicable" in text
    assert "Perspective Professionals" in text


def test_an_unknown_perspective_is_shown_by_its_id(
    tmp_path: Path, bqs_pack: Pack, unit: Unit, round_: Round
) -> None:
    path = tmp_path / "q.pdf"
    someone = Respondent("r", "round-1", "R1", "observers")
    write_questionnaire_pdf(path, bqs_pack, unit, round_, someone, "en")
    assert "Perspective observers" in flat(pdf_pages(path)[0])
