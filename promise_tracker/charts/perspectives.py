"""Grouped bars comparing perspectives (management, professionals, clients) and consensus."""

from __future__ import annotations

import math

from matplotlib.figure import Figure

from promise_tracker.charts.data import ChartRoundResult
from promise_tracker.charts.style import (
    BLACK,
    FONT_SIZE,
    TITLE_SIZE,
    Translate,
    chart_text,
    series_colour,
)
from promise_tracker.domain.scoring import RoundScores
from promise_tracker.standards.model import Pack

CONSENSUS_GID = "consensus"


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
    then the consensus bar (black). Heights are percents; a missing score is NaN (no bar).

    Each BarContainer's gid is the perspective id, or "consensus".
    """
    units = pack.assessed_units()
    series: list[tuple[str, str, str, RoundScores]] = []
    by_perspective = round_result.perspectives.by_perspective
    for index, perspective in enumerate(pack.perspectives):
        if perspective.id in by_perspective:
            series.append(
                (
                    perspective.id,
                    perspective.label.get(language),
                    series_colour(index),
                    by_perspective[perspective.id],
                )
            )
    series.append((CONSENSUS_GID, translate("Consensus"), BLACK, round_result.consensus))

    fig = Figure(figsize=figsize)
    fig.set_layout_engine("constrained")
    ax = fig.add_subplot()
    group = 0.82
    width = group / len(series)
    for index, (gid, label, colour, scores) in enumerate(series):
        unit_scores = scores.unit_scores(pack)
        heights = [math.nan if (p := unit_scores[u.number].percent) is None else p for u in units]
        offset = -group / 2 + width * (index + 0.5)
        bars = ax.bar(
            [i + offset for i in range(len(units))], heights, width=width, color=colour, label=label
        )
        for patch in bars:
            patch.set_gid(gid)
    ax.set_xticks(list(range(len(units))))
    ax.set_xticklabels([u.number for u in units], fontsize=font_size)
    ax.set_xlabel(translate("Standard"), fontsize=font_size)
    ax.set_ylim(0, 100)
    ax.set_ylabel(translate("% of applicable criteria met"), fontsize=font_size)
    ax.tick_params(axis="y", labelsize=font_size * 0.8)
    ax.grid(axis="y", color="#DDDDDD")
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.legend(
        loc="lower center",
        bbox_to_anchor=(0.5, 1.0),
        ncols=len(series),
        fontsize=font_size * 0.85,
        frameon=False,
    )
    heading = title if title is not None else translate("Scores by perspective")
    ax.set_title(heading, fontsize=TITLE_SIZE * font_size / FONT_SIZE, pad=font_size * 2.4)
    return fig
