"""The trend chart: overall and chosen standards over the round dates, events as markers."""

from __future__ import annotations

import math

import pytest

from promise_tracker.charts.style import BLACK
from promise_tracker.charts.trend import (
    EVENT_GID,
    OVERALL_GID,
    PROVISIONAL_GID,
    VERSION_GID,
    date_number,
    trend_figure,
)
from promise_tracker.services.results import UnitHistory


def test_overall_line_standards_and_events(history: UnitHistory) -> None:
    fig = trend_figure(history, ["1.1", "8"], "en")
    ax = fig.axes[0]
    lines = {line.get_gid(): line for line in ax.get_lines()}
    overall = lines[OVERALL_GID]
    assert list(overall.get_xdata()) == [date_number(r.date) for r in history.rounds]
    assert list(overall.get_ydata()) == pytest.approx(
        [r.consensus.overall.percent for r in history.rounds]
    )
    assert overall.get_color() == BLACK
    eight = list(lines["standard-8"].get_ydata())
    assert eight[:3] == pytest.approx(
        [r.consensus.by_standard["8"].percent for r in history.rounds[:3]]
    )
    assert math.isnan(eight[3])  # the draft has no score for 8 yet: a gap
    assert lines["standard-1.1"].get_label() == "1.1  Best interests of the child"

    events = [line for line in ax.get_lines() if line.get_gid() == EVENT_GID]
    assert len(events) == len(history.events) == 3
    assert [e.get_xdata()[0] for e in events] == [date_number(e.date) for e in history.events]
    event_texts = [t.get_text().strip() for t in ax.texts if t.get_gid() == EVENT_GID]
    assert event_texts == [e.title for e in history.events]
    # Every event and round falls inside the time axis.
    low, high = ax.get_xlim()
    assert all(low < date_number(e.date) < high for e in history.events)
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend == [
        "Overall",
        "Draft or incomplete round",
        "1.1  Best interests of the child",
        "8  Therapeutic services",
    ]


def test_overall_only_and_translation(history: UnitHistory) -> None:
    fig = trend_figure(history, None, "en", translate=str.upper)
    ax = fig.axes[0]
    assert {line.get_gid() for line in ax.get_lines()} == {
        OVERALL_GID,
        EVENT_GID,
        PROVISIONAL_GID,
        VERSION_GID,
    }
    assert ax.get_ylabel() == "% OF APPLICABLE CRITERIA MET"
    assert ax.get_title() == "SCORES OVER TIME"
    point_labels = [t.get_text() for t in ax.texts if t.get_gid() not in (EVENT_GID, VERSION_GID)]
    assert point_labels == [f"{r.consensus.overall.percent:.0f}%" for r in history.rounds]


def test_draft_and_incomplete_rounds_are_marked_hollow(history: UnitHistory) -> None:
    """Norrvik's 2025 round is a partly answered draft: its point is hollow, and the legend
    says what a hollow point means; the finalised, complete rounds are not marked."""
    assert [r.round.is_finalised for r in history.rounds] == [True, True, True, False]
    fig = trend_figure(history, None, "en")
    ax = fig.axes[0]
    (marked,) = [line for line in ax.get_lines() if line.get_gid() == PROVISIONAL_GID]
    draft = history.rounds[-1]
    assert list(marked.get_xdata()) == [date_number(draft.date)]
    assert list(marked.get_ydata()) == pytest.approx([draft.consensus.overall.percent])
    assert marked.get_markerfacecolor() == "#FFFFFF"  # hollow
    assert marked.get_linestyle() == "None"
    legend = dict(
        zip(
            [t.get_text() for t in ax.get_legend().get_texts()],
            ax.get_legend().legend_handles,
            strict=True,
        )
    )
    assert legend["Draft or incomplete round"].get_markerfacecolor() == "#FFFFFF"


def test_the_round_on_a_new_version_of_the_standards_is_marked(history: UnitHistory) -> None:
    """Norrvik's rounds up to 2023 were assessed with version 1.0.0 of the standards and the
    2025 draft with 1.1.0: its score counts criteria that changed
    meaning: a dotted line half-way between the 2023 and 2025 rounds says so; no
    other round is marked, and the mark is not a legend entry."""
    assert [r.pack.version for r in history.rounds] == ["1.0.0"] * 3 + ["1.1.0"]
    ax = trend_figure(history, None, "en").axes[0]
    (line,) = [line for line in ax.get_lines() if line.get_gid() == VERSION_GID]
    half_way = (date_number(history.rounds[-2].date) + date_number(history.rounds[-1].date)) / 2
    assert list(line.get_xdata()) == [half_way] * 2
    assert line.get_linestyle() == ":"
    texts = [t.get_text().strip() for t in ax.texts if t.get_gid() == VERSION_GID]
    assert texts == ["Standards 1.1.0"]
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert not any("1.1.0" in text for text in legend)


def test_the_version_name_and_an_event_title_do_not_overlap(history: UnitHistory) -> None:
    """The Results at 1024x600 draw the trend about 4 inches wide: Norrvik's event of
    September 2024 is a few pixels right of the version boundary of March 2024, and its
    title was written over "Standards 1.1.0". The version's name runs down from the top,
    the events' titles up from the bottom."""
    fig = trend_figure(history, None, "en", font_size=9.0, figsize=(4.2, 4.2))
    fig.draw_without_rendering()  # lays the texts out, as drawing does
    ax = fig.axes[0]
    renderer = fig._get_renderer()  # type: ignore[attr-defined]
    (version,) = [t.get_window_extent(renderer) for t in ax.texts if t.get_gid() == VERSION_GID]
    events = [t.get_window_extent(renderer) for t in ax.texts if t.get_gid() == EVENT_GID]
    assert len(events) == 3
    assert not any(version.overlaps(event) for event in events)


def test_rounds_on_one_version_are_not_marked(history: UnitHistory) -> None:
    """Without the 2025 round every round used 1.0.0: nothing is marked."""

    class Earlier:
        rounds = history.rounds[:3]
        events = history.events

    ax = trend_figure(Earlier(), None, "en").axes[0]
    assert [line for line in ax.get_lines() if line.get_gid() == VERSION_GID] == []
    assert [t for t in ax.texts if t.get_gid() == VERSION_GID] == []
