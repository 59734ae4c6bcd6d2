"""Scoring rules: table-driven cases and properties that must hold for any answers."""

from __future__ import annotations

from dataclasses import replace
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from promise_tracker.domain.entities import Answer, Respondent
from promise_tracker.domain.scoring import (
    CriterionStatus,
    Score,
    ScoreBasis,
    criterion_status,
    official_basis,
    score_answer,
    score_answer_sets,
    score_consensus,
    score_perspectives,
    score_respondents,
    score_rows,
)
from promise_tracker.standards.model import AnswerOption, AnswerScale, LocalizedText
from tests.factories import SCALE, answer, make_pack

PACK = make_pack()  # 1 -> 1.1 (2 criteria), 1.2 (3 criteria); 2 (4 criteria): 9 in all
IDS = [c.id for c in PACK.criteria()]


@pytest.mark.parametrize(
    ("value", "justification", "expected"),
    [
        (None, "", Score(unanswered=1)),
        ("yes", "", Score(met=Fraction(1), applicable=1)),
        ("no", "", Score(applicable=1)),
        ("na", "Law forbids it here", Score(not_applicable=1)),
        # N/A only counts once it is justified; blank or spaces are no justification.
        ("na", "", Score(unanswered=1)),
        ("na", "   ", Score(unanswered=1)),
        # A value the scale does not know is never guessed at.
        ("maybe", "", Score(unanswered=1)),
    ],
)
def test_single_answer(value: str | None, justification: str, expected: Score) -> None:
    assert score_answer(answer("C-1.1-01", value, justification=justification), SCALE) == expected


def test_no_answer_at_all_is_unanswered() -> None:
    assert score_answer(None, SCALE) == Score(unanswered=1)


@pytest.mark.parametrize(
    ("answers", "overall_percent", "completeness", "unit_percents"),
    [
        # Nothing answered: no score, 0 % complete.
        ({}, None, 0.0, {"1.1": None, "1.2": None, "2": None}),
        # Everything yes.
        ({i: "yes" for i in IDS}, 100.0, 100.0, {"1.1": 100.0, "1.2": 100.0, "2": 100.0}),
        # 1.1: yes, no -> 50 %; 1.2: yes, yes, (unanswered) -> 100 %; 2: no x4 -> 0 %.
        # Overall pooled: 3 met of 8 applicable = 37.5 %, 8 of 9 answered.
        (
            {
                "C-1.1-01": "yes",
                "C-1.1-02": "no",
                "C-1.2-01": "yes",
                "C-1.2-02": "yes",
                "C-2-01": "no",
                "C-2-02": "no",
                "C-2-03": "no",
                "C-2-04": "no",
            },
            37.5,
            100 * 8 / 9,
            {"1.1": 50.0, "1.2": 100.0, "2": 0.0},
        ),
        # Justified N/A is answered but outside the score: 1.1 = 1 of 1 = 100 %.
        (
            {"C-1.1-01": "yes", "C-1.1-02": ("na", "No medical room in this unit")},
            100.0,
            100 * 2 / 9,
            {"1.1": 100.0, "1.2": None, "2": None},
        ),
    ],
)
def test_round_scores(
    answers: dict[str, object],
    overall_percent: float | None,
    completeness: float,
    unit_percents: dict[str, float | None],
) -> None:
    rows = []
    for criterion_id, value in answers.items():
        if isinstance(value, tuple):
            rows.append(answer(criterion_id, value[0], justification=value[1]))
        else:
            assert isinstance(value, str)
            rows.append(answer(criterion_id, value))
    scores = score_consensus(PACK, rows)
    assert scores.overall.percent == pytest.approx(overall_percent)
    assert scores.overall.completeness == pytest.approx(completeness)
    assert {n: s.percent for n, s in scores.unit_scores(PACK).items()} == unit_percents


def test_parent_standard_pools_its_sub_standards() -> None:
    rows = [answer("C-1.1-01", "yes"), answer("C-1.1-02", "no"), answer("C-1.2-01", "yes")]
    scores = score_consensus(PACK, rows)
    parent = scores.by_standard["1"]
    assert (parent.met, parent.applicable, parent.unanswered) == (2, 3, 2)
    assert parent.percent == pytest.approx(200 / 3)
    # The parent is not an assessed unit: units are the leaves only.
    assert list(scores.unit_scores(PACK)) == ["1.1", "1.2", "2"]


def test_consensus_ignores_respondents_answers() -> None:
    rows = [answer("C-2-01", "yes", respondent_id="p1"), answer("C-2-01", "no")]
    scores = score_consensus(PACK, rows)
    assert scores.by_criterion["C-2-01"] == Score(applicable=1)


def test_perspective_scores_pool_their_respondents() -> None:
    respondents = [
        Respondent("m1", "r1", "Boss A", "management"),
        Respondent("m2", "r1", "Boss B", "management"),
        Respondent("p1", "r1", "Pro", "professionals"),
    ]
    rows = [
        answer("C-2-01", "yes", "m1"),
        answer("C-2-02", "yes", "m1"),
        answer("C-2-01", "no", "m2"),
        answer("C-2-01", "no", "p1"),
        answer("C-2-02", "no", "p1"),
    ]
    result = score_perspectives(PACK, respondents, rows)
    management = result.by_perspective["management"]
    # m1: 2 of 2, m2: 0 of 1 -> pooled 2 of 3; 18 criterion answers possible, 3 given.
    assert management.overall.percent == pytest.approx(200 / 3)
    assert management.overall.completeness == pytest.approx(100 * 3 / 18)
    assert management.respondents == 2
    assert result.by_perspective["professionals"].overall.percent == 0.0
    assert "clients" not in result.by_perspective
    # Mean of respondents' own percentages: (100 + 0 + 0) / 3.
    assert result.respondents_mean() == pytest.approx(100 / 3)


def test_official_basis_is_respondents_until_the_team_agrees_one_answer() -> None:
    rows = [answer("C-2-01", "yes", "m1"), answer("C-2-01", "no", "p1"), answer("C-2-02", None)]
    assert official_basis(rows) is ScoreBasis.RESPONDENTS
    assert official_basis([*rows, answer("C-2-02", "no")]) is ScoreBasis.CONSENSUS
    assert official_basis([]) is ScoreBasis.CONSENSUS


def test_respondents_pooled_leave_the_consensus_out() -> None:
    rows = [answer("C-2-01", "yes", "m1"), answer("C-2-01", "no", "p1"), answer("C-2-01", "no")]
    scores = score_respondents(PACK, rows)
    assert scores.by_criterion["C-2-01"] == Score(Fraction(1), applicable=2, unanswered=0)
    assert scores.respondents == 2
    assert scores.overall.percent == 50.0


# --- properties --------------------------------------------------------------------------

values = st.sampled_from([None, "yes", "no", "na"])
answer_maps = st.dictionaries(st.sampled_from(IDS), values)


def rows_of(mapping: dict[str, str | None], justify: bool = True) -> list:  # type: ignore[type-arg]
    return [
        answer(cid, v, justification="reason" if (v == "na" and justify) else "")
        for cid, v in mapping.items()
    ]


@given(answer_maps)
def test_scores_stay_within_bounds(mapping: dict[str, str | None]) -> None:
    scores = score_consensus(PACK, rows_of(mapping))
    for score in [scores.overall, *scores.by_standard.values(), *scores.by_criterion.values()]:
        assert score.percent is None or 0.0 <= score.percent <= 100.0
        assert score.completeness is not None
        assert 0.0 <= score.completeness <= 100.0
        assert score.total == score.answered + score.unanswered
    assert scores.overall.total == len(IDS)


@given(answer_maps, st.sampled_from(IDS))
def test_not_applicable_never_changes_the_numerator(
    mapping: dict[str, str | None], criterion_id: str
) -> None:
    without = dict(mapping)
    without.pop(criterion_id, None)
    with_na = {**without, criterion_id: "na"}
    before = score_consensus(PACK, rows_of(without)).overall
    after = score_consensus(PACK, rows_of(with_na)).overall
    assert after.met == before.met
    assert after.applicable == before.applicable
    assert after.answered == before.answered + 1


@given(answer_maps, st.randoms(use_true_random=False))
def test_order_of_answers_does_not_matter(mapping: dict[str, str | None], rnd) -> None:  # type: ignore[no-untyped-def]
    rows = rows_of(mapping)
    shuffled = list(rows)
    rnd.shuffle(shuffled)
    assert score_consensus(PACK, rows) == score_consensus(PACK, shuffled)


@given(st.lists(answer_maps, min_size=1, max_size=6), st.randoms(use_true_random=False))
def test_order_of_respondents_does_not_matter(maps, rnd) -> None:  # type: ignore[no-untyped-def]
    sets = [{r.criterion_id: r for r in rows_of(m)} for m in maps]
    shuffled = list(sets)
    rnd.shuffle(shuffled)
    assert score_answer_sets(PACK, sets).overall == score_answer_sets(PACK, shuffled).overall


@given(answer_maps, st.sampled_from(IDS))
def test_turning_a_no_into_a_yes_never_lowers_a_score(
    mapping: dict[str, str | None], criterion_id: str
) -> None:
    before = score_consensus(PACK, rows_of({**mapping, criterion_id: "no"}))
    after = score_consensus(PACK, rows_of({**mapping, criterion_id: "yes"}))
    assert before.overall.percent is not None
    assert after.overall.percent is not None
    assert after.overall.percent > before.overall.percent
    assert after.overall.completeness == before.overall.completeness


@given(answer_maps)
def test_overall_is_the_pool_of_the_assessed_units(mapping: dict[str, str | None]) -> None:
    scores = score_consensus(PACK, rows_of(mapping))
    units = scores.unit_scores(PACK).values()
    assert scores.overall.met == sum(u.met for u in units)
    assert scores.overall.applicable == sum(u.applicable for u in units)


@given(answer_maps)
def test_unjustified_na_counts_as_unanswered(mapping: dict[str, str | None]) -> None:
    justified = score_consensus(PACK, rows_of(mapping, justify=True)).overall
    unjustified = score_consensus(PACK, rows_of(mapping, justify=False)).overall
    na_count = sum(1 for v in mapping.values() if v == "na")
    assert unjustified.unanswered == justified.unanswered + na_count
    assert unjustified.met == justified.met


@pytest.mark.parametrize(
    ("value", "justification", "expected"),
    [
        (None, "", CriterionStatus.UNANSWERED),
        ("yes", "", CriterionStatus.MET),
        ("no", "", CriterionStatus.NOT_MET),
        ("na", "Not allowed by law", CriterionStatus.NOT_APPLICABLE),
        ("na", " ", CriterionStatus.NEEDS_JUSTIFICATION),
        ("maybe", "", CriterionStatus.UNANSWERED),
    ],
)
def test_criterion_status(value: str | None, justification: str, expected: str) -> None:
    row = answer("C-2-01", value, justification=justification)
    assert criterion_status(row, SCALE) is expected
    assert criterion_status(None, SCALE) is CriterionStatus.UNANSWERED


@given(st.lists(answer_maps, min_size=0, max_size=5))
def test_pooled_criterion_scores_equal_the_single_answer_rule(maps) -> None:  # type: ignore[no-untyped-def]
    from promise_tracker.domain.scoring import pooled

    sets = [{r.criterion_id: r for r in rows_of(m, justify=i % 2 == 0)} for i, m in enumerate(maps)]
    scores = score_answer_sets(PACK, sets)
    for criterion_id in IDS:
        expected = pooled(score_answer(s.get(criterion_id), SCALE) for s in (sets or [{}]))
        assert scores.by_criterion[criterion_id] == expected


# --- the fast paths against the definition -------------------------------------------------
#
# score_answer_sets and score_rows count in integers over a pack's common denominator; these
# tests hold them to the definition: every answer's Score (score_answer) added up as
# Fractions, criterion by criterion, standard by standard, the mean of the respondents'
# percentages taken in the respondents' order.


def _defined_percent(score: Score) -> float | None:
    # Score.percent as first written, with Fraction arithmetic.
    return None if score.applicable == 0 else float(100 * score.met / score.applicable)


def _defined_scores(pack, sets):  # type: ignore[no-untyped-def]
    """(overall, by_standard, by_criterion, respondents) by the definition."""
    from promise_tracker.domain.scoring import pooled

    scale = pack.answer_scale
    each = sets or [{}]
    by_criterion = {
        c.id: pooled(score_answer(s.get(c.id), scale) for s in each) for c in pack.criteria()
    }
    by_standard = {}

    def visit(standard):  # type: ignore[no-untyped-def]
        score = pooled(by_criterion[c.id] for c in standard.criteria)
        score += pooled(visit(child) for child in standard.children)
        by_standard[standard.number] = score
        return score

    overall = pooled(visit(s) for s in pack.standards)
    return overall, by_standard, by_criterion, len(sets)


def _assert_defined(scores, pack, sets) -> None:  # type: ignore[no-untyped-def]
    overall, by_standard, by_criterion, respondents = _defined_scores(pack, sets)
    assert scores.overall == overall
    assert dict(scores.by_standard) == by_standard
    assert list(scores.by_standard) == list(by_standard)
    assert dict(scores.by_criterion) == by_criterion
    assert scores.respondents == respondents
    for mine, defined in [
        (scores.overall, overall),
        *zip(scores.by_standard.values(), by_standard.values(), strict=True),
    ]:
        assert mine.percent == _defined_percent(defined)
        assert mine.completeness == defined.completeness


# A scale with scores that are not whole (a tenth is not even a finite binary fraction, so its
# Fraction has a large denominator): the common denominator must keep them exact.
_PARTS_SCALE = AnswerScale(
    (
        *SCALE.options,
        AnswerOption("partly", LocalizedText.of({"en": "Partly"}), 0.5),
        AnswerOption("a-tenth", LocalizedText.of({"en": "A tenth"}), 0.1),
        AnswerOption("third", LocalizedText.of({"en": "A third"}), 1 / 3),
    )
)
PACK_WITH_PARTS = replace(PACK, answer_scale=_PARTS_SCALE)
_ANY_VALUE = st.sampled_from([None, "yes", "no", "na", "partly", "a-tenth", "third", "maybe"])
_ANY_CRITERION = st.sampled_from([*IDS, "C-9-99"])  # C-9-99: not in the pack
_REASONS = st.sampled_from(["", "  ", "Law forbids it here"])
_ONE_ANSWER = st.tuples(_ANY_VALUE, _REASONS, st.booleans())  # value, reason, carried
_PEOPLE = ["m1", "p1", "p2", "c1", "v1"]  # v1: a perspective the pack does not have
_PERSPECTIVE = {"m1": "management", "p1": "professionals", "p2": "professionals"}
_PERSPECTIVE |= {"c1": "clients", "v1": "visitors"}


@given(
    st.sampled_from([PACK, PACK_WITH_PARTS]),
    st.lists(st.dictionaries(_ANY_CRITERION, _ONE_ANSWER), max_size=4),
)
def test_answer_sets_score_as_the_definition(pack, maps) -> None:  # type: ignore[no-untyped-def]
    sets = [
        {
            cid: Answer("r1", cid, f"s{i}", v, na_justification=why, carried=carried)
            for cid, (v, why, carried) in m.items()
        }
        for i, m in enumerate(maps)
    ]
    _assert_defined(score_answer_sets(pack, sets), pack, sets)


@given(
    st.sampled_from([PACK, PACK_WITH_PARTS]),
    # who answers (None: the team; "x9": someone who is not a respondent of the round)
    st.dictionaries(
        st.tuples(st.sampled_from([None, *_PEOPLE, "x9"]), _ANY_CRITERION), _ONE_ANSWER
    ),
    st.lists(st.sampled_from(_PEOPLE), unique=True),
)
def test_rows_score_as_the_definition(pack, answered, people) -> None:  # type: ignore[no-untyped-def]
    respondents = [Respondent(p, "r1", p.upper(), _PERSPECTIVE[p]) for p in people]
    answers = [
        Answer("r1", cid, who, v, na_justification=why, carried=carried)
        for (who, cid), (v, why, carried) in answered.items()
    ]
    rows = [
        (a.respondent_id, a.criterion_id, a.value, a.na_justification, a.carried) for a in answers
    ]
    figures = score_rows(pack, respondents, rows)

    grouped: dict[str | None, dict[str, Answer]] = {}
    for a in answers:
        grouped.setdefault(a.respondent_id, {})[a.criterion_id] = a
    _assert_defined(figures.consensus, pack, [grouped.get(None, {})])
    members: dict[str, list[dict[str, Answer]]] = {}
    for r in respondents:
        members.setdefault(r.perspective, []).append(grouped.get(r.id, {}))
    expected = [p.id for p in pack.perspectives if p.id in members]
    assert list(figures.by_perspective) == expected
    for perspective in expected:
        _assert_defined(figures.by_perspective[perspective], pack, members[perspective])
    percents = [
        p
        for r in respondents
        if (p := _defined_percent(_defined_scores(pack, [grouped.get(r.id, {})])[0])) is not None
    ]
    assert figures.respondents_mean == (sum(percents) / len(percents) if percents else None)
    # ...and the same as the figures of the whole-round path, as the Results view shows them.
    perspectives = score_perspectives(pack, respondents, answers)
    assert figures.respondents_mean == perspectives.respondents_mean()
    assert figures.by_perspective == perspectives.by_perspective
    assert figures.consensus == score_consensus(pack, answers)
