"""The radar chart plots each round's assessed-unit percents, gaps where there is no score."""

from __future__ import annotations

import math

import pytest

from promise_tracker.charts.colours import SERIES
from promise_tracker.charts.radar import radar_figure, radar_values
from promise_tracker.domain.scoring import score_consensus
from promise_tracker.services.results import UnitHistory
from promise_tracker.standards.model import Pack
from tests.factories import answer, make_pack


def expected(pack: Pack, scores) -> list[float]:  # type: ignore[no-untyped-def]
    return [math.nan if s.percent is None else s.percent for s in scores.unit_scores(pack).values()]


def test_lines_are_the_rounds_unit_percents(pack: Pack, history: UnitHistory) -> None:
    rounds = [(r.label, r.consensus) for r in reversed(history.rounds)]
    fig = radar_figure(pack, rounds, "en")
    ax = fig.axes[0]
    assert ax.name == "polar"
    lines = ax.get_lines()
    assert len(lines) == len(rounds) == 4
    for line, (label, scores) in zip(lines, rounds, strict=True):
        assert line.get_label() == label
        y = list(line.get_ydata())
        assert y[-1] == y[0] or (math.isnan(y[-1]) and math.isnan(y[0]))  # closed polygon
        assert y[:-1] == pytest.approx(expected(pack, scores), nan_ok=True)
    # The draft 2025 round (first line) has no score for 7-10 yet: gaps, not zeros.
    draft = list(lines[0].get_ydata())[:-1]
    numbers = [u.number for u in pack.assessed_units()]
    assert [n for n, v in zip(numbers, draft, strict=True) if math.isnan(v)] == [
        "7",
        "8",
        "9",
        "10",
    ]
    assert [t.get_text() for t in ax.get_xticklabels()] == numbers
    assert ax.get_ylim() == (0, 100)
    assert [line.get_color() for line in lines] == list(SERIES[:4])
    # Lines differ in style and marker too, not only in colour.
    assert len({(line.get_linestyle(), line.get_marker()) for line in lines}) == 4
    (legend,) = fig.legends
    assert [t.get_text() for t in legend.get_texts()] == [r[0] for r in rounds]


def test_single_round_titles_and_translation(pack: Pack, history: UnitHistory) -> None:
    fig = radar_figure(
        pack, [("2023", history.rounds[2].consensus)], "sv", titles=True, translate=str.upper
    )
    ax = fig.axes[0]
    assert len(ax.get_lines()) == 1
    labels = [t.get_text() for t in ax.get_xticklabels()]
    assert labels[0] == "1.1  Barnets\nbästa"
    assert ax.get_title() == "SCORE BY STANDARD (%)"


def test_radar_values_on_a_small_pack() -> None:
    small = make_pack()
    scores = score_consensus(small, [answer("C-1.1-01", "yes"), answer("C-2-01", "no")])
    assert radar_values(small, scores) == pytest.approx([100.0, math.nan, 0.0], nan_ok=True)
    fig = radar_figure(small, [("r", scores)], "en")
    assert list(fig.axes[0].get_lines()[0].get_xdata()) == pytest.approx(
        [0, 2 * math.pi / 3, 4 * math.pi / 3, 0]
    )
