"""The trend chart: overall and chosen standards over the round dates, events as markers."""

from __future__ import annotations

import math

import pytest

from promise_tracker.charts.style import BLACK
from promise_tracker.charts.trend import EVENT_GID, OVERALL_GID, date_number, trend_figure
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
    assert legend == ["Overall", "1.1  Best interests of the child", "8  Therapeutic services"]


def test_overall_only_and_translation(history: UnitHistory) -> None:
    fig = trend_figure(history, None, "en", translate=str.upper)
    ax = fig.axes[0]
    assert {line.get_gid() for line in ax.get_lines()} == {OVERALL_GID, EVENT_GID}
    assert ax.get_ylabel() == "% OF APPLICABLE CRITERIA MET"
    assert ax.get_title() == "SCORES OVER TIME"
    point_labels = [t.get_text() for t in ax.texts if t.get_gid() != EVENT_GID]
    assert point_labels == [f"{r.consensus.overall.percent:.0f}%" for r in history.rounds]
