"""Disagreement between respondents: spreads, the measure, what needs discussion, scores."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from promise_tracker.domain.disagreement import (
    Spread,
    compare_scores,
    criterion_spreads,
    disagreement,
    discussion_order,
    needs_discussion,
    respondent_notes,
    spread_of,
    standard_disagreement,
)
from promise_tracker.domain.entities import Answer, Respondent
from promise_tracker.domain.scoring import ScoreBasis, score_perspectives
from tests.factories import SCALE, answer, make_pack

PACK = make_pack()  # 1 -> 1.1 (2 criteria), 1.2 (3 criteria); 2 (4 criteria): 9 in all
IDS = [c.id for c in PACK.criteria()]
OPTIONS = list(SCALE.ids)  # yes, no, na

TEAM = [
    Respondent("m1", "r1", "Manager", "management"),
    Respondent("m2", "r1", "Chair", "management"),
    Respondent("p1", "r1", "Police", "professionals"),
    Respondent("p2", "r1", "Prosecutor", "professionals"),
    Respondent("c1", "r1", "Parents", "clients"),
]


def spread(yes: int = 0, no: int = 0, na: int = 0, unanswered: int = 0) -> Spread:
    return Spread((("yes", yes), ("no", no), ("na", na)), unanswered)


@pytest.mark.parametrize(
    ("counts", "expected"),
    [
        ((0, 0, 0, 0), 0.0),  # nobody answered
        ((1, 0, 0, 0), 0.0),  # one voice cannot disagree
        ((5, 0, 0, 3), 0.0),  # all who answered agree; the silent ones do not count
        ((0, 0, 4, 0), 0.0),  # agreeing that it does not apply is agreement
        ((2, 2, 2, 0), 1.0),  # evenly over every option
        ((3, 3, 0, 0), math.log(2) / math.log(3)),  # a 50/50 split over two of three options
        ((3, 0, 3, 0), math.log(2) / math.log(3)),  # N/A counts as an option of its own
    ],
)
def test_disagreement_table(counts: tuple[int, int, int, int], expected: float) -> None:
    assert disagreement(spread(*counts)) == pytest.approx(expected)


def test_uneven_split_disagrees_less_than_even_split() -> None:
    assert disagreement(spread(5, 1)) < disagreement(spread(4, 2)) < disagreement(spread(3, 3))
    # A three-way split disagrees more than a two-way split of the same size.
    assert disagreement(spread(4, 2, 2)) > disagreement(spread(4, 4, 0))


COUNTS = st.tuples(*(st.integers(0, 30) for _ in range(4)))


@given(COUNTS)
def test_disagreement_is_between_zero_and_one(counts: tuple[int, int, int, int]) -> None:
    assert 0.0 <= disagreement(spread(*counts)) <= 1.0


@given(COUNTS)
def test_zero_exactly_when_everyone_who_answered_agrees(counts: tuple[int, int, int, int]) -> None:
    chosen = sum(1 for n in counts[:3] if n)
    assert (disagreement(spread(*counts)) == 0.0) == (chosen <= 1)


@given(COUNTS, st.permutations([0, 1, 2]))
def test_which_option_is_which_does_not_matter(
    counts: tuple[int, int, int, int], order: list[int]
) -> None:
    shuffled = [counts[i] for i in order]
    assert disagreement(spread(*shuffled, counts[3])) == pytest.approx(
        disagreement(spread(*counts))
    )


@given(COUNTS, st.integers(2, 5), st.integers(0, 10))
def test_same_shares_same_measure(
    counts: tuple[int, int, int, int], factor: int, silent: int
) -> None:
    # A bigger team splitting the same way disagrees as much; the unanswered never count.
    bigger = spread(*(n * factor for n in counts[:3]), silent)
    assert disagreement(bigger) == pytest.approx(disagreement(spread(*counts)))


@given(st.integers(1, 20))
def test_even_split_over_every_option_is_the_maximum(n: int) -> None:
    assert disagreement(spread(n, n, n)) == pytest.approx(1.0)


def test_spread_of_counts_options_in_scale_order_and_unanswered() -> None:
    found = spread_of(["no", "yes", None, "na", "yes", "maybe"], SCALE)
    assert found.counts == (("yes", 2), ("no", 1), ("na", 1))
    assert found.unanswered == 2  # blank and the unknown "maybe"
    assert (found.answered, found.total) == (4, 6)
    assert found.share("yes") == 0.5
    assert found.leading == ("yes",)
    assert spread_of([], SCALE).leading == ()


def answers_for(cid: str, **values: str | None) -> list[Answer]:
    return [answer(cid, value, respondent_id=rid) for rid, value in values.items()]


def test_criterion_spread_overall_and_by_perspective() -> None:
    cid = IDS[0]
    rows = answers_for(cid, m1="yes", m2="yes", p1="no", p2=None, c1="na")
    rows.append(answer(cid, "no"))  # the team's consensus is not part of the spread
    found = criterion_spreads(PACK, TEAM, rows)[cid]
    assert found.overall.counts == (("yes", 2), ("no", 1), ("na", 1))
    assert found.overall.unanswered == 1
    assert list(found.by_perspective) == ["management", "professionals", "clients"]
    assert found.by_perspective["management"].count("yes") == 2
    professionals = found.by_perspective["professionals"]
    assert (professionals.count("no"), professionals.unanswered) == (1, 1)
    assert found.by_perspective["clients"].count("na") == 1
    assert found.disagreement == pytest.approx(disagreement(found.overall))
    # Management says yes, professionals no: the perspectives disagree; clients' N/A is no
    # contrary view. The gap between the perspectives' mean scores is 1 - 0.
    assert found.perspectives_disagree
    assert found.perspective_gap == pytest.approx(1.0)


def test_perspectives_agree_when_their_leading_answers_overlap() -> None:
    cid = IDS[1]
    rows = answers_for(cid, m1="yes", m2="no", p1="yes", p2="yes", c1="na")
    found = criterion_spreads(PACK, TEAM, rows)[cid]
    assert not found.perspectives_disagree  # management's tie includes "yes"
    assert found.disagreement > 0
    assert found.perspective_gap == pytest.approx(0.5)


def test_every_criterion_has_a_spread_even_unanswered() -> None:
    found = criterion_spreads(PACK, TEAM, [])
    assert list(found) == IDS
    assert all(s.overall.unanswered == len(TEAM) and s.disagreement == 0 for s in found.values())
    assert all(s.perspective_gap is None for s in found.values())


def test_standard_disagreement_is_the_mean_of_answered_criteria() -> None:
    rows = answers_for(IDS[0], m1="yes", p1="no")  # 1.1: one split criterion (ln2/ln3)
    rows += answers_for(IDS[1], m1="yes", p1="yes")  # 1.1: agreed (0)
    found = standard_disagreement(PACK, criterion_spreads(PACK, TEAM, rows))
    half = math.log(2) / math.log(3) / 2
    assert found["1.1"] == pytest.approx(half)
    assert found["1.2"] is None  # nobody answered there
    assert found["1"] == pytest.approx(half)  # the parent pools its answered criteria
    assert found["2"] is None


def test_needs_discussion_orders_by_disagreement_then_pack_order() -> None:
    rows = answers_for(IDS[0], m1="yes", p1="no")  # 0.63
    rows += answers_for(IDS[2], m1="yes", p1="no", c1="na")  # 1.0
    rows += answers_for(IDS[4], m1="yes", p1="no")  # 0.63, later in pack order
    rows += answers_for(IDS[5], m1="yes", m2="yes", p1="yes")  # agreed: left out
    rows += answers_for(IDS[6], m1="yes", m2="yes", p1="no", p2="no")  # 0.63, views clash
    spreads = criterion_spreads(PACK, TEAM, rows)
    items = needs_discussion(PACK, spreads)
    assert [i.criterion_id for i in items] == [IDS[2], IDS[0], IDS[4], IDS[6]]
    assert [i.perspectives_disagree for i in items] == [True, True, True, True]
    order = discussion_order(PACK, spreads)
    assert order[:4] == [IDS[2], IDS[0], IDS[4], IDS[6]]
    assert sorted(order) == sorted(IDS)


def test_perspective_clash_alone_puts_a_criterion_on_the_list() -> None:
    # Impossible with one option per perspective and no spread, so use a threshold instead.
    rows = answers_for(IDS[0], m1="yes", m2="yes", p1="yes", p2="no")
    spreads = criterion_spreads(PACK, TEAM, rows)
    assert needs_discussion(PACK, spreads, threshold=0.9) == []
    rows += answers_for(IDS[1], m1="yes", p1="no", p2="no", c1="no")
    spreads = criterion_spreads(PACK, TEAM, rows)
    listed = needs_discussion(PACK, spreads, threshold=0.9)
    assert [(i.criterion_id, i.perspectives_disagree) for i in listed] == [(IDS[1], True)]


@given(
    st.lists(
        st.tuples(
            st.sampled_from(IDS),
            st.sampled_from([r.id for r in TEAM]),
            st.sampled_from([*OPTIONS, None]),
        ),
        max_size=40,
    )
)
def test_needs_discussion_is_sorted_and_complete(
    triples: list[tuple[str, str, str | None]],
) -> None:
    rows = [answer(cid, value, respondent_id=rid) for cid, rid, value in triples]
    spreads = criterion_spreads(PACK, TEAM, rows)
    items = needs_discussion(PACK, spreads)
    keys = [(-i.disagreement, i.position) for i in items]
    assert keys == sorted(keys)
    listed = {i.criterion_id for i in items}
    for cid, found in spreads.items():
        assert (cid in listed) == (found.disagreement > 0 or found.perspectives_disagree)
        assert 0 <= found.disagreement <= 1
        assert found.overall.total == len(TEAM)


def test_compare_scores_side_by_side() -> None:
    rows = []
    for cid in IDS:
        rows += answers_for(cid, m1="yes", m2="yes", p1="no", p2="yes", c1="na")
    rows += [answer(cid, "yes") for cid in IDS[:5]]  # the team agreed standard 1 as met
    rows.append(answer(IDS[5], "no"))
    found = compare_scores(PACK, TEAM, rows)
    assert found.perspectives == ("management", "professionals", "clients")
    assert [r.number for r in found.rows] == ["1.1", "1.2", "2"]
    first = found.rows[0]
    # Clients answered N/A only: no score of theirs, shown as such.
    assert first.by_perspective == {"management": 100.0, "professionals": 50.0, "clients": None}
    assert first.respondents_mean == pytest.approx((100 + 100 + 0 + 100) / 4)
    assert first.consensus == 100.0
    assert found.rows[2].consensus == 0.0  # 1 of 4 answered, not met
    assert found.overall.consensus == pytest.approx(100 * 5 / 6)
    assert found.basis is ScoreBasis.CONSENSUS
    # The overall respondents' mean is the one scoring reports.
    expected = score_perspectives(PACK, TEAM, rows).respondents_mean()
    assert found.overall.respondents_mean == pytest.approx(expected)
    assert first.disagreement == pytest.approx(disagreement(spread(3, 1, 1)))


def test_compare_scores_before_any_agreement() -> None:
    rows = answers_for(IDS[0], m1="yes", p1="no")
    found = compare_scores(PACK, TEAM, rows)
    assert found.basis is ScoreBasis.RESPONDENTS
    assert found.overall.consensus is None
    assert found.rows[2].disagreement is None


def test_respondent_notes_in_round_order_with_numbers() -> None:
    cid = IDS[0]
    rows = [
        Answer("r1", cid, "p1", "no", note="  Not in the routine.  "),
        Answer("r1", cid, "m1", "yes", note="Agreed in 2024."),
        Answer("r1", cid, "c1", "na", na_justification="We cannot judge this."),
        Answer("r1", cid, "m2", "yes"),  # nothing written: left out
        Answer("r1", cid, None, "yes", note="Team rationale"),  # consensus: left out
        Answer("r1", IDS[1], "p2", "no", note="Other criterion"),
    ]
    found = respondent_notes(cid, TEAM, rows)
    assert [(n.number, n.alias, n.value) for n in found] == [
        (1, "Manager", "yes"),
        (3, "Police", "no"),
        (5, "Parents", "na"),
    ]
    assert found[1].note == "Not in the routine."
    assert found[2].na_justification == "We cannot judge this."
