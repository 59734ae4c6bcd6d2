"""The perspectives chart: one bar group per assessed unit, a bar per perspective + consensus."""

from __future__ import annotations

import math
from dataclasses import dataclass

import pytest

from promise_tracker.charts.perspectives import CONSENSUS_GID, perspectives_figure
from promise_tracker.domain.scoring import (
    PerspectiveScores,
    RoundScores,
    score_answer_sets,
    score_consensus,
)
from promise_tracker.services.results import UnitHistory
from promise_tracker.standards.model import Pack
from tests.factories import answer, make_pack


def heights(ax, gid: str) -> list[float]:  # type: ignore[no-untyped-def]
    return [p.get_height() for p in ax.patches if p.get_gid() == gid]


def test_bar_heights_per_perspective(pack: Pack, history: UnitHistory) -> None:
    result = history.rounds[2].result
    fig = perspectives_figure(pack, result, "en")
    ax = fig.axes[0]
    present = [p.id for p in pack.perspectives if p.id in result.perspectives.by_perspective]
    assert present == ["management", "professionals", "clients"]
    for gid in present:
        scores = result.perspectives.by_perspective[gid].unit_scores(pack)
        expected = [math.nan if s.percent is None else s.percent for s in scores.values()]
        assert heights(ax, gid) == pytest.approx(expected, nan_ok=True)
    consensus = result.consensus.unit_scores(pack)
    assert heights(ax, CONSENSUS_GID) == pytest.approx([s.percent for s in consensus.values()])
    assert [t.get_text() for t in ax.get_legend().get_texts()] == [
        "Management",
        "Professionals",
        "Clients (children and families)",
        "Consensus",
    ]
    assert [t.get_text() for t in ax.get_xticklabels()] == [u.number for u in pack.assessed_units()]
    assert len(ax.patches) == 4 * len(pack.assessed_units())


@dataclass(frozen=True)
class Result:
    consensus: RoundScores
    perspectives: PerspectiveScores


def test_only_perspectives_with_respondents_are_drawn() -> None:
    small = make_pack()
    management = score_answer_sets(small, [{"C-2-01": answer("C-2-01", "yes", "m1")}])
    result = Result(
        consensus=score_consensus(small, [answer("C-2-01", "no")]),
        perspectives=PerspectiveScores(by_perspective={"management": management}),
    )
    fig = perspectives_figure(small, result, "sv", translate=str.upper)
    ax = fig.axes[0]
    assert {p.get_gid() for p in ax.patches} == {"management", CONSENSUS_GID}
    assert heights(ax, "management") == pytest.approx([math.nan, math.nan, 100.0], nan_ok=True)
    assert heights(ax, CONSENSUS_GID) == pytest.approx([math.nan, math.nan, 0.0], nan_ok=True)
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["Management", "CONSENSUS"]


def test_no_answers_looks_different_from_zero() -> None:
    """A perspective with nothing to count gets no bar and the words "no answers"; a score
    of 0 gets "0%": an empty slot never reads as 0 %, nor 0 % as "not asked"."""
    from promise_tracker.charts.perspectives import NO_ANSWERS_GID, ZERO_GID

    small = make_pack()
    management = score_answer_sets(small, [{"C-2-01": answer("C-2-01", "yes", "m1")}])
    result = Result(
        consensus=score_consensus(small, [answer("C-2-01", "no")]),
        perspectives=PerspectiveScores(by_perspective={"management": management}),
    )
    ax = perspectives_figure(small, result, "en").axes[0]
    width = ax.patches[0].get_width()

    def written(gid: str) -> list[tuple[int, str]]:
        # (the standard's slot, the text) for each text with this gid
        return sorted(
            (round(t.get_position()[0]), t.get_text()) for t in ax.texts if t.get_gid() == gid
        )

    # Standards 1.1 and 1.2 have no answers from anyone; standard 2's consensus is 0 %.
    assert written(NO_ANSWERS_GID) == [(0, "no answers")] * 2 + [(1, "no answers")] * 2
    assert written(ZERO_GID) == [(2, "0%")]
    zero = next(t for t in ax.texts if t.get_gid() == ZERO_GID)
    consensus_bar = [p for p in ax.patches if p.get_gid() == CONSENSUS_GID][2]
    assert zero.get_position()[0] == pytest.approx(consensus_bar.get_x() + width / 2)
