"""Each chart's data table holds the numbers its chart draws (the text alternative)."""

from __future__ import annotations

import math

import numpy as np
import pytest

from promise_tracker.charts.bars import COMPLETENESS_GID, SCORE_GID, bars_figure
from promise_tracker.charts.heatmap import STATUS_NAMES, heatmap_figure
from promise_tracker.charts.perspectives import CONSENSUS_GID, perspectives_figure
from promise_tracker.charts.radar import radar_figure
from promise_tracker.charts.tables import (
    bars_table,
    heatmap_table,
    perspectives_table,
    radar_table,
    trend_table,
)
from promise_tracker.charts.trend import OVERALL_GID, trend_figure
from promise_tracker.services.results import UnitHistory
from promise_tracker.standards.model import Pack


def _numbers(cells: list, missing: str) -> list[float]:  # type: ignore[type-arg]
    """A table column as the chart's values: NaN where the table says there is none."""
    assert all(isinstance(c, float) or c == missing for c in cells), cells
    return [math.nan if c == missing else c for c in cells]


def test_radar_table_is_what_the_radar_draws(pack: Pack, history: UnitHistory) -> None:
    series = [(r.label, r.consensus) for r in (history.rounds[-1], history.rounds[1])]
    fig = radar_figure(pack, series, "en")
    table = radar_table(pack, series, "en")
    assert table.headers == ("Standard", history.rounds[-1].label, history.rounds[1].label)
    assert [row[0] for row in table.rows][:2] == [
        "1.1  Best interests of the child",
        "1.2  Right to be heard and to receive information",
    ]
    for column, line in enumerate(fig.axes[0].get_lines(), start=1):
        drawn = [float(v) for v in line.get_ydata()][:-1]
        values = _numbers([row[column] for row in table.rows], "no score")
        assert values == pytest.approx(drawn, nan_ok=True)
    # The draft has no score yet for 7-10: the table says so, the radar leaves a gap.
    assert [row[1] for row in table.rows][-4:] == ["no score"] * 4


def test_bars_table_is_what_the_bars_draw(pack: Pack, history: UnitHistory) -> None:
    scores = history.rounds[-1].consensus
    ax = bars_figure(pack, scores, "en").axes[0]
    table = bars_table(pack, scores, "sv", translate=lambda s: f"<{s}>")
    assert table.headers == ("<Standard>", "<Score (%)>", "<Completeness (%)>")
    assert table.rows[0][0] == "1.1  Barnets bästa"
    widths = [p.get_width() for p in ax.patches if p.get_gid() == SCORE_GID]
    scores_in_table = _numbers([row[1] for row in table.rows], "<no score>")
    assert [0.0 if math.isnan(v) else v for v in scores_in_table] == pytest.approx(widths)
    complete = [p.get_width() for p in ax.patches if p.get_gid() == COMPLETENESS_GID]
    assert [row[2] for row in table.rows] == pytest.approx(complete)


def test_trend_table_is_what_the_trend_draws(pack: Pack, history: UnitHistory) -> None:
    ax = trend_figure(history, ["1.1", "8"], "en", pack=pack).axes[0]
    table = trend_table(history, ["1.1", "8"], "en", pack=pack)
    assert table.headers == (
        "Round",
        "Date",
        "State",
        "Answered (%)",
        "Overall (%)",
        "1.1  Best interests of the child",
        "8  Therapeutic services",
        "Version of the standards",
    )
    assert [row[0] for row in table.rows] == [r.label for r in history.rounds]
    assert [row[1] for row in table.rows] == [r.date for r in history.rounds]
    # The draft, marked hollow on the chart, is named as one in the table.
    assert [row[2] for row in table.rows] == ["Finalised"] * 3 + ["Draft"]
    # The rounds before 2025 used version 1.0.0; the chart's dotted line at 2025 is here too,
    # with the number of criteria whose meaning changed.
    changed = len(history.rounds[-1].from_previous.not_comparable)
    assert changed == 15
    assert [row[7] for row in table.rows] == ["1.0.0"] * 3 + [
        f"1.1.0, new: criteria with a changed meaning: {changed}"
    ]
    assert [row[3] for row in table.rows][:3] == [100.0] * 3
    assert table.rows[3][3] < 100
    lines = {line.get_gid(): line for line in ax.get_lines()}
    for column, gid in ((4, OVERALL_GID), (5, "standard-1.1"), (6, "standard-8")):
        drawn = [float(v) for v in lines[gid].get_ydata()]
        values = _numbers([row[column] for row in table.rows], "no score")
        assert values == pytest.approx(drawn, nan_ok=True), gid


def test_perspectives_table_is_what_the_bars_draw(pack: Pack, history: UnitHistory) -> None:
    result = history.rounds[2].result
    ax = perspectives_figure(pack, result, "en").axes[0]
    table = perspectives_table(pack, result, "en")
    assert table.headers == (
        "Standard",
        "Management",
        "Professionals",
        "Clients (children and families)",
        "Consensus",
    )
    for column, gid in enumerate(("management", "professionals", "clients", CONSENSUS_GID), 1):
        drawn = [p.get_height() for p in ax.patches if p.get_gid() == gid]
        values = _numbers([row[column] for row in table.rows], "no answers")
        assert values == pytest.approx(drawn, nan_ok=True), gid


def test_heatmap_table_is_what_the_heat_map_draws(pack: Pack, history: UnitHistory) -> None:
    ax = heatmap_figure(pack, history, "en").axes[0]
    (image,) = ax.get_images()
    array = np.ma.filled(np.ma.asarray(image.get_array(), dtype=float), np.nan)
    table = heatmap_table(pack, history)
    assert table.headers == ("Criterion", *(r.label for r in history.rounds))
    assert [row[0] for row in table.rows] == [t.get_text() for t in ax.get_yticklabels()]
    hatched = {
        (round(p.get_y() + 0.5), round(p.get_x() + 0.5)) for p in ax.patches if p.get_hatch()
    }
    assert hatched
    for r, row in enumerate(table.rows):
        for c, cell in enumerate(row[1:]):
            assert isinstance(cell, str)
            name = STATUS_NAMES[int(array[r, c])]
            if (r, c) in hatched:
                assert cell == f"{name}, changed meaning since (not comparable)"
            else:
                assert cell == name
