"""Grouped bars comparing perspectives (management, professionals, clients) and consensus."""

from __future__ import annotations

import math
from dataclasses import dataclass

from matplotlib.figure import Figure
from matplotlib.patches import Patch

from promise_tracker.charts.colours import (
    CONSENSUS_COLOUR,
    GRID,
    PERSPECTIVE_COLOURS,
    PERSPECTIVE_HATCHES,
    WHITE,
)
from promise_tracker.charts.data import ChartRoundResult
from promise_tracker.charts.style import FONT_SIZE, TITLE_SIZE, Translate, chart_text
from promise_tracker.standards.model import Pack

CONSENSUS_GID = "consensus"
# The texts written where a perspective has no answers to count for a standard, or scores 0.
NO_ANSWERS_GID = "no-answers"
ZERO_GID = "zero"


@dataclass(frozen=True)
class PerspectiveSeries:
    """One series of bars: a perspective with respondents, or the consensus."""

    gid: str
    label: str
    colour: str
    hatch: str
    values: tuple[float | None, ...]  # percent per assessed unit; None: no answers counted


def perspective_series(
    pack: Pack,
    round_result: ChartRoundResult,
    language: str,
    translate: Translate = chart_text,
) -> list[PerspectiveSeries]:
    """The perspectives that have respondents (pack order), then the consensus: the bars."""
    numbers = [unit.number for unit in pack.assessed_units()]
    by_perspective = round_result.perspectives.by_perspective
    series: list[PerspectiveSeries] = []
    for index, perspective in enumerate(pack.perspectives):
        scores = by_perspective.get(perspective.id)
        if scores is None:
            continue
        unit_scores = scores.unit_scores(pack)
        series.append(
            PerspectiveSeries(
                perspective.id,
                perspective.label.get(language),
                PERSPECTIVE_COLOURS[index % len(PERSPECTIVE_COLOURS)],
                PERSPECTIVE_HATCHES[index % len(PERSPECTIVE_HATCHES)],
                tuple(unit_scores[number].percent for number in numbers),
            )
        )
    consensus = round_result.consensus.unit_scores(pack)
    series.append(
        PerspectiveSeries(
            CONSENSUS_GID,
            translate("Consensus"),
            CONSENSUS_COLOUR,
            "",
            tuple(consensus[number].percent for number in numbers),
        )
    )
    return series


def perspectives_figure(
    pack: Pack,
    round_result: ChartRoundResult,
    language: str,
    *,
    translate: Translate = chart_text,
    font_size: float = FONT_SIZE,
    title: str | None = None,
    figsize: tuple[float, float] = (14.0, 6.5),
) -> Figure:
    """For each assessed unit, a bar per perspective that has respondents (pack order),
    then the consensus bar (black). Heights are percents.

    A perspective without answers to count for a standard gets no bar (NaN) and the words
    "no answers" written upwards in its place; a score of 0 gets "0%", so neither looks like
    the other. Each BarContainer's gid is the perspective id, or "consensus".
    """
    units = pack.assessed_units()
    series = perspective_series(pack, round_result, language, translate)

    fig = Figure(figsize=figsize)
    fig.set_layout_engine("constrained")
    ax = fig.add_subplot()
    group = 0.82
    width = group / len(series)
    small = font_size * 0.7
    for index, item in enumerate(series):
        heights = [math.nan if value is None else value for value in item.values]
        offset = -group / 2 + width * (index + 0.5)
        positions = [i + offset for i in range(len(units))]
        bars = ax.bar(
            positions,
            heights,
            width=width,
            color=item.colour,
            hatch=item.hatch or None,
            edgecolor=WHITE if item.hatch else item.colour,
            linewidth=0,
            label=item.label,
        )
        for patch in bars:
            patch.set_gid(item.gid)
        for x, value in zip(positions, item.values, strict=True):
            if value is None or value == 0:
                text = translate("no answers") if value is None else "0%"
                ax.text(
                    x,
                    1.0,
                    text,
                    rotation=90,
                    ha="center",
                    va="bottom",
                    fontsize=small,
                    color="#444444",
                    gid=NO_ANSWERS_GID if value is None else ZERO_GID,
                )
    ax.set_xticks(list(range(len(units))))
    ax.set_xticklabels([u.number for u in units], fontsize=font_size)
    ax.set_xlabel(translate("Standard"), fontsize=font_size)
    ax.set_ylim(0, 100)
    ax.set_ylabel(translate("% of applicable criteria met"), fontsize=font_size)
    ax.tick_params(axis="y", labelsize=font_size * 0.8)
    ax.grid(axis="y", color=GRID)
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.legend(
        handles=[
            Patch(
                facecolor=item.colour,
                hatch=item.hatch or None,
                edgecolor=WHITE if item.hatch else item.colour,
                label=item.label,
            )
            for item in series
        ],
        loc="lower center",
        bbox_to_anchor=(0.5, 1.0),
        ncols=len(series),
        fontsize=font_size * 0.85,
        frameon=False,
    )
    heading = title if title is not None else translate("Scores by perspective")
    ax.set_title(heading, fontsize=TITLE_SIZE * font_size / FONT_SIZE, pad=font_size * 2.4)
    return fig
