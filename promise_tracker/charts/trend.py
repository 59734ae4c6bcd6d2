"""Scores over time: the overall line across rounds, chosen standards, and the unit's events."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence

from matplotlib.dates import AutoDateLocator, ConciseDateFormatter, date2num
from matplotlib.figure import Figure

from promise_tracker.charts.data import ChartHistory
from promise_tracker.charts.style import (
    BLACK,
    FONT_SIZE,
    GREY,
    TITLE_SIZE,
    Translate,
    chart_text,
    local_months,
    series_colour,
    series_style,
    standard_label,
)
from promise_tracker.standards.model import Pack

OVERALL_GID = "overall"
EVENT_GID = "event"


def date_number(day: dt.date) -> float:
    """matplotlib's number for a date (days since its epoch): the x-data of the lines."""
    return float(date2num(day))  # type: ignore[no-untyped-call]


def _percent(value: float | None) -> float:
    return math.nan if value is None else value


def trend_figure(
    history: ChartHistory,
    standards: Sequence[str] | None = None,
    language: str = "en",
    *,
    pack: Pack | None = None,
    translate: Translate = chart_text,
    font_size: float = FONT_SIZE,
    title: str | None = None,
    figsize: tuple[float, float] = (13.0, 7.0),
) -> Figure:
    """The overall consensus percent at each round's date (black, gid "overall"), then one
    line per chosen standard number (gid "standard-<number>"), and a dashed vertical line per
    event (gid "event") with its title written along it.

    A missing score is NaN (a gap). Standard labels use `pack` (default: the latest round's
    pack when the history's rounds have one, else the bare number).
    """
    rounds = list(history.rounds)
    dates = [date_number(r.date) for r in rounds]
    fig = Figure(figsize=figsize)
    fig.set_layout_engine("constrained")
    ax = fig.add_subplot()
    overall = [_percent(r.consensus.overall.percent) for r in rounds]
    (line,) = ax.plot(
        dates,
        overall,
        color=BLACK,
        linewidth=3.5,
        marker="o",
        markersize=9,
        label=translate("Overall"),
        zorder=3,
    )
    line.set_gid(OVERALL_GID)
    for x, y in zip(dates, overall, strict=True):
        if not math.isnan(y):
            ax.annotate(
                f"{y:.0f}%",
                (x, y),
                textcoords="offset points",
                xytext=(0, 10),
                ha="center",
                fontsize=font_size * 0.8,
            )

    label_pack = pack if pack is not None else getattr(rounds[-1], "pack", None) if rounds else None
    for index, number in enumerate(standards or ()):
        values = [
            _percent(s.percent if (s := r.consensus.by_standard.get(number)) else None)
            for r in rounds
        ]
        label = (
            standard_label(label_pack, number, language) if isinstance(label_pack, Pack) else number
        )
        (std_line,) = ax.plot(
            dates,
            values,
            color=series_colour(index),
            linestyle=series_style(index),
            linewidth=2.2,
            marker="s",
            markersize=6,
            label=label,
        )
        std_line.set_gid(f"standard-{number}")

    for event in history.events:
        marker = ax.axvline(
            date_number(event.date), color=GREY, linestyle="--", linewidth=1.2, zorder=1
        )
        marker.set_gid(EVENT_GID)
        ax.text(
            date_number(event.date),
            0.02,
            " " + event.title,
            transform=ax.get_xaxis_transform(),
            rotation=90,
            ha="right",
            va="bottom",
            fontsize=font_size * 0.7,
            color="#444444",
            gid=EVENT_GID,
        )

    everything = [r.date for r in rounds] + [e.date for e in history.events]
    if everything:
        first, last = min(everything), max(everything)
        margin = max((last - first) / 12, dt.timedelta(days=90))
        ax.set_xlim(date_number(first - margin), date_number(last + margin))
    locator = AutoDateLocator(minticks=3, maxticks=10)  # type: ignore[no-untyped-call]
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(_LocalDateFormatter(locator))  # type: ignore[no-untyped-call]
    ax.set_ylim(0, 105)
    ax.set_ylabel(translate("% of applicable criteria met"), fontsize=font_size)
    ax.set_xlabel(translate("Round date"), fontsize=font_size)
    ax.tick_params(labelsize=font_size * 0.8)
    ax.grid(axis="y", color="#DDDDDD")
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=font_size * 0.8, frameon=False)
    heading = title if title is not None else translate("Scores over time")
    ax.set_title(heading, fontsize=TITLE_SIZE * font_size / FONT_SIZE)
    return fig


class _LocalDateFormatter(ConciseDateFormatter):
    """matplotlib's concise date labels with month names in the interface language."""

    def format_ticks(self, values: object) -> list[str]:
        return [local_months(label) for label in super().format_ticks(values)]  # type: ignore[no-untyped-call]

    def get_offset(self) -> str:
        return local_months(super().get_offset())  # type: ignore[no-untyped-call]
