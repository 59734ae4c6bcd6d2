"""Radar (spider) chart of the assessed units' scores, one polygon per round."""

from __future__ import annotations

import math
import textwrap
from collections.abc import Sequence

from matplotlib.figure import Figure
from matplotlib.projections.polar import PolarAxes

from promise_tracker.charts.colours import RADAR_FILL_ALPHA
from promise_tracker.charts.style import (
    FONT_SIZE,
    TITLE_SIZE,
    Translate,
    chart_text,
    series_colour,
    series_marker,
    series_style,
    standard_label,
)
from promise_tracker.domain.scoring import RoundScores
from promise_tracker.standards.model import Pack


def radar_values(pack: Pack, scores: RoundScores) -> list[float]:
    """Percent per assessed unit in pack order; NaN where there is no score.

    A missing score (nothing applicable answered) is drawn as a gap in the line, not as 0,
    which would read as "nothing met".
    """
    return [
        math.nan if (p := score.percent) is None else p
        for score in scores.unit_scores(pack).values()
    ]


def radar_figure(
    pack: Pack,
    scores_by_round: Sequence[tuple[str, RoundScores]],
    language: str,
    *,
    translate: Translate = chart_text,
    font_size: float = FONT_SIZE,
    title: str | None = None,
    figsize: tuple[float, float] | None = None,
    titles: bool = False,
) -> Figure:
    """One axis per assessed unit (1.1 ... 10) from 0 to 100 %, one closed line per round.

    The first entry is the main round (filled); further entries are overlaid. Each line's
    y-data is the units' percents with the first repeated at the end to close the polygon.
    The axis labels are the unit numbers; with `titles`, the shortened titles in `language`
    are added under them (for large figures only: they need room around the circle).
    """
    units = pack.assessed_units()
    count = len(units)
    angles = [2 * math.pi * i / count for i in range(count)]
    closed_angles = [*angles, angles[0]] if angles else []

    # Titles stick out sideways; polar axes keep a round shape, so give them width.
    fig = Figure(figsize=figsize or ((13.0, 10.0) if titles else (9.0, 8.0)))
    fig.set_layout_engine("constrained")
    ax = fig.add_subplot(projection="polar")
    assert isinstance(ax, PolarAxes)
    ax.set_theta_offset(math.pi / 2)  # first unit at the top
    ax.set_theta_direction(-1)  # then clockwise, like a clock face
    ax.set_ylim(0, 100)
    ax.set_yticks([20, 40, 60, 80, 100])
    ax.set_yticklabels(["20", "40", "60", "80", "100 %"], fontsize=font_size * 0.75, color="#555")
    ax.set_rlabel_position(180 / max(count, 1))  # between the first two axes
    ax.set_xticks(angles)
    if titles:
        labels = [
            textwrap.fill(
                standard_label(pack, u.number, language, width=40), 16, break_long_words=False
            )
            for u in units
        ]
    else:
        labels = [u.number for u in units]
    ax.set_xticklabels(labels, fontsize=font_size if not titles else font_size * 0.7)
    ax.tick_params(axis="x", pad=font_size * (0.6 if not titles else 1.0))
    if titles:
        # Long labels grow away from the circle instead of across it.
        for angle, tick in zip(angles, ax.get_xticklabels(), strict=True):
            side = math.sin(angle)  # clockwise from the top: > 0 on the right
            tick.set_horizontalalignment(
                "left" if side > 0.1 else "right" if side < -0.1 else "center"
            )
    ax.grid(True, color="#BBBBBB", linewidth=0.8)

    for index, (label, scores) in enumerate(scores_by_round):
        values = radar_values(pack, scores)
        closed = [*values, values[0]] if values else []
        colour = series_colour(index)
        (line,) = ax.plot(
            closed_angles,
            closed,
            color=colour,
            linestyle=series_style(index),
            linewidth=3.0 if index == 0 else 2.2,
            marker=series_marker(index),
            markersize=6,
            label=label,
        )
        line.set_gid(f"round-{index}")
        if index == 0:
            ax.fill(
                closed_angles,
                [0 if math.isnan(v) else v for v in closed],
                color=colour,
                alpha=RADAR_FILL_ALPHA,
            )
    if scores_by_round:
        # A figure legend "outside" the axes: the constrained layout keeps room for it below
        # the circle, so it never covers the standards' labels, whatever the window's size.
        fig.legend(
            handles=ax.get_lines(),
            loc="outside lower center",
            ncols=min(len(scores_by_round), 4),
            fontsize=font_size * 0.85,
            frameon=False,
        )
    heading = title if title is not None else translate("Score by standard (%)")
    ax.set_title(heading, fontsize=TITLE_SIZE * font_size / FONT_SIZE, pad=font_size * 1.5)
    return fig
