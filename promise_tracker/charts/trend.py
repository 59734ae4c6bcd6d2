"""Scores over time: the overall line across rounds, chosen standards, and the unit's events."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass

from matplotlib.dates import AutoDateLocator, ConciseDateFormatter, date2num
from matplotlib.figure import Figure

from promise_tracker.charts.colours import GRID, WHITE
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
    series_marker,
    series_style,
    standard_label,
)
from promise_tracker.standards.model import Pack

OVERALL_GID = "overall"
EVENT_GID = "event"
# The hollow markers over the overall line at draft or incomplete rounds.
PROVISIONAL_GID = "provisional"
# The dotted line (and its text) at the first round on another version of the standards.
VERSION_GID = "version-change"


@dataclass(frozen=True)
class TrendRow:
    """One round as the trend chart draws it: percents are None where there is no score."""

    label: str
    date: dt.date
    finalised: bool
    completeness: float | None  # percent of the criteria answered
    overall: float | None
    standards: tuple[float | None, ...]  # in the order of the chosen standards
    # The version of the standards the round was assessed with (None: not known), and
    # whether it differs from the round before's; then how many of its criteria do not mean
    # what they meant in that round (None: not known).
    version: str | None = None
    new_version: bool = False
    changed_meaning: int | None = None

    @property
    def provisional(self) -> bool:
        """A draft, or a round with criteria left unanswered: its score may still change."""
        return not self.finalised or (self.completeness or 0.0) < 100.0


def trend_rows(history: ChartHistory, standards: Sequence[str] | None = None) -> list[TrendRow]:
    """The rounds oldest first, with the overall percent and the chosen standards' percents."""
    rows = []
    previous_version: str | None = None
    for item in history.rounds:
        overall = item.consensus.overall
        by_standard = item.consensus.by_standard
        version = _version(item)
        new_version = previous_version is not None and version not in (None, previous_version)
        bridge = getattr(item, "from_previous", None)
        changed = len(bridge.not_comparable) if new_version and bridge is not None else None
        previous_version = version or previous_version
        rows.append(
            TrendRow(
                label=item.label,
                date=item.date,
                finalised=item.round.is_finalised,
                completeness=overall.completeness,
                overall=overall.percent,
                standards=tuple(
                    s.percent if (s := by_standard.get(number)) else None
                    for number in standards or ()
                ),
                version=version,
                new_version=new_version,
                changed_meaning=changed,
            )
        )
    return rows


def _version(item: object) -> str | None:
    """The version of the pack a history round was assessed with, if it says."""
    pack = getattr(item, "pack", None)
    return pack.version if isinstance(pack, Pack) else None


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

    A missing score is NaN (a gap). A draft or incomplete round's point on the overall line
    is hollow (gid "provisional"), with its own legend entry. The first round on another
    version of the standards than the round before is set apart by a dotted vertical line
    half-way from that round, with the version's name (gid "version-change"): its score
    counts other criteria. Standard labels
    use `pack` (default: the latest round's pack when the history's rounds have one, else the
    bare number). The values are those of trend_rows(history, standards).
    """
    rounds = list(history.rounds)
    rows = trend_rows(history, standards)
    dates = [date_number(row.date) for row in rows]
    fig = Figure(figsize=figsize)
    fig.set_layout_engine("constrained")
    ax = fig.add_subplot()
    overall = [_percent(row.overall) for row in rows]
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
    provisional = [
        (x, y) for x, y, row in zip(dates, overall, rows, strict=True) if row.provisional
    ]
    marker_handle = None
    if provisional:
        (marker_handle,) = ax.plot(
            [x for x, _ in provisional],
            [y for _, y in provisional],
            linestyle="none",
            marker="o",
            markersize=9,
            markerfacecolor=WHITE,
            markeredgecolor=BLACK,
            markeredgewidth=2.2,
            label=translate("Draft or incomplete round"),
            zorder=4,
        )
        marker_handle.set_gid(PROVISIONAL_GID)
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
        values = [_percent(row.standards[index]) for row in rows]
        label = (
            standard_label(label_pack, number, language) if isinstance(label_pack, Pack) else number
        )
        (std_line,) = ax.plot(
            dates,
            values,
            # The black overall line comes first: the standards take the next styles.
            color=series_colour(index + 1),
            linestyle=series_style(index + 1),
            linewidth=2.2,
            marker=series_marker(index + 1),
            markersize=6,
            label=label,
        )
        std_line.set_gid(f"standard-{number}")

    for event in history.events:
        marker = ax.axvline(
            date_number(event.date), color=GREY, linestyle="--", linewidth=1.2, zorder=1
        )
        marker.set_gid(EVENT_GID)
        ax.annotate(
            event.title,
            (date_number(event.date), 0.02),
            xycoords=ax.get_xaxis_transform(),
            xytext=(-3, 0),  # beside the dashed line, not through it
            textcoords="offset points",
            rotation=90,
            ha="right",
            va="bottom",
            fontsize=font_size * 0.7,
            color="#444444",
            gid=EVENT_GID,
        )

    # Between the last round on one version and the first on the next: a boundary, named
    # along its right side from the top down. The events' titles run up from the bottom on
    # their lines' left side, so an event a few months after the boundary does not write
    # its title over the version's name in a narrow window.
    for before, row in zip(dates, rows[1:], strict=False):
        if row.new_version:
            boundary = (before + date_number(row.date)) / 2
            change = ax.axvline(boundary, color=BLACK, linestyle=":", linewidth=1.6, zorder=1)
            change.set_gid(VERSION_GID)
            ax.annotate(
                translate("Standards {version}").replace("{version}", row.version or ""),
                (boundary, 0.98),
                xycoords=ax.get_xaxis_transform(),
                xytext=(3, 0),  # beside the dotted line, not through it
                textcoords="offset points",
                rotation=90,
                ha="left",
                va="top",
                fontsize=font_size * 0.7,
                color=BLACK,
                gid=VERSION_GID,
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
    ax.grid(axis="y", color=GRID)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    handles = [h for h in ax.get_lines() if (h.get_gid() or "") not in ("", EVENT_GID, VERSION_GID)]
    # The hollow marker's entry after the overall line it belongs to.
    if marker_handle is not None:
        handles.remove(marker_handle)
        handles.insert(1, marker_handle)
    ax.legend(
        handles=handles,
        loc="upper left",
        bbox_to_anchor=(1.01, 1.0),
        fontsize=font_size * 0.8,
        frameon=False,
    )
    heading = title if title is not None else translate("Scores over time")
    ax.set_title(heading, fontsize=TITLE_SIZE * font_size / FONT_SIZE)
    return fig


class _LocalDateFormatter(ConciseDateFormatter):
    """matplotlib's concise date labels with month names in the interface language."""

    def format_ticks(self, values: object) -> list[str]:
        return [local_months(label) for label in super().format_ticks(values)]  # type: ignore[no-untyped-call]

    def get_offset(self) -> str:
        return local_months(super().get_offset())  # type: ignore[no-untyped-call]
