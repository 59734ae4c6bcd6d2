"""Horizontal bars of one round's score and completeness per assessed unit."""

from __future__ import annotations

from dataclasses import dataclass

from matplotlib.figure import Figure
from matplotlib.patches import Patch
from matplotlib.transforms import blended_transform_factory

from promise_tracker.charts.colours import GRID
from promise_tracker.charts.style import (
    FONT_SIZE,
    GREY,
    TITLE_SIZE,
    Translate,
    chart_text,
    standard_colour,
    standard_label,
)
from promise_tracker.domain.scoring import RoundScores
from promise_tracker.standards.model import Pack

SCORE_GID = "score"
COMPLETENESS_GID = "completeness"


@dataclass(frozen=True)
class BarValues:
    """What one row of the bar chart shows: percents, None where there is none."""

    number: str
    score: float | None
    completeness: float | None


def bar_values(pack: Pack, scores: RoundScores) -> list[BarValues]:
    """Score and completeness per assessed unit, in pack order: the bars' lengths."""
    return [
        BarValues(number, score.percent, score.completeness)
        for number, score in scores.unit_scores(pack).items()
    ]


def bars_figure(
    pack: Pack,
    scores: RoundScores,
    language: str,
    *,
    translate: Translate = chart_text,
    font_size: float = FONT_SIZE,
    title: str | None = None,
    figsize: tuple[float, float] | None = None,
) -> Figure:
    """A bar per assessed unit, first unit on top: its score (solid, in the standard's
    colour) inside its completeness (a wider bar drawn as an outline in the same colour, so
    the score is always seen against white). Both run 0-100 %.

    A unit without a score (nothing applicable answered) gets a zero-width score bar and
    the text "no score"; the score containers carry gid "score" and "completeness".
    """
    units = bar_values(pack, scores)
    height = figsize or (11.0, 1.2 + 0.55 * len(units))
    fig = Figure(figsize=height)
    fig.set_layout_engine("constrained")
    ax = fig.add_subplot()
    positions = list(range(len(units)))
    colours = [standard_colour(pack, unit.number) for unit in units]
    completeness = [unit.completeness or 0.0 for unit in units]
    percents = [unit.score for unit in units]
    back = ax.barh(
        positions,
        completeness,
        height=0.8,
        facecolor="none",
        edgecolor=colours,
        linewidth=1.6,
        label=translate("Completeness"),
    )
    for patch in back:
        patch.set_gid(COMPLETENESS_GID)
    front = ax.barh(
        positions,
        [p or 0.0 for p in percents],
        height=0.45,
        color=colours,
        label=translate("Score"),
    )
    for patch in front:
        patch.set_gid(SCORE_GID)
    for y, percent in zip(positions, percents, strict=True):
        text = translate("no score") if percent is None else f"{percent:.0f}%"
        ax.text((percent or 0.0) + 1.0, y, text, va="center", fontsize=font_size * 0.8)

    ax.set_yticks(positions)
    ax.set_yticklabels(
        [standard_label(pack, unit.number, language) for unit in units],
        fontsize=font_size * 0.85,
    )
    ax.invert_yaxis()  # pack order from the top
    ax.set_xlim(0, 108)  # room for the "100%" text
    ax.set_xticks([0, 20, 40, 60, 80, 100])
    ax.tick_params(axis="x", labelsize=font_size * 0.8)
    # Centred on the figure rather than on the (narrower) bars: the long standard names on
    # the left leave the bars little width, and a longer language's label would be cut.
    fig.supxlabel(translate("% of applicable criteria met"), fontsize=font_size)
    ax.grid(axis="x", color=GRID)
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.legend(
        handles=[
            Patch(color=GREY, label=translate("Score")),
            Patch(facecolor="none", edgecolor=GREY, linewidth=1.6, label=translate("Completeness")),
        ],
        loc="lower center",
        bbox_to_anchor=(0.5, 1.0),
        bbox_transform=blended_transform_factory(fig.transFigure, ax.transAxes),
        ncols=2,
        fontsize=font_size * 0.8,
        frameon=False,
    )
    heading = title if title is not None else translate("Score and completeness by standard")
    # Wrapped, so a longer language (or a long custom title) stays inside the figure.
    ax.set_title(
        heading, fontsize=TITLE_SIZE * font_size / FONT_SIZE, pad=font_size * 2.2, wrap=True
    )
    return fig
