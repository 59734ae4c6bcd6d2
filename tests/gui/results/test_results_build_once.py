"""Opening Results builds each chart once (issue 17), and a real change of size redraws."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from PySide6.QtCore import QCoreApplication

from promise_tracker.gui.app_shell.main_window import MainWindow
from promise_tracker.gui.results import results_view
from promise_tracker.gui.results.chart_canvas import ChartCanvas
from promise_tracker.gui.results.results_view import ResultsView
from promise_tracker.gui.shared.settings import Settings
from promise_tracker.services.demo import demo_id
from promise_tracker.services.workspace import Workspace
from tests.gui.conftest import FINALISED_ROUND_ID

NORRVIK = demo_id("norrvik")


@pytest.fixture
def builds(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """How many times the view called each chart builder."""
    counts: Counter[str] = Counter()

    def counting(name: str, builder: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            counts[name] += 1
            return builder(*args, **kwargs)

        return wrapper

    for name in ("radar_figure", "bars_figure", "trend_figure", "heatmap_figure"):
        monkeypatch.setattr(results_view, name, counting(name, getattr(results_view, name)))
    return counts


def _settled(qtbot, view: ResultsView) -> None:  # type: ignore[no-untyped-def]
    """Let a pending redraw for a new size happen (if one was armed, it runs now)."""
    qtbot.waitUntil(lambda: not view._resize_timer.isActive(), timeout=3000)


def test_first_open_at_1366_builds_each_chart_once(qtbot, demo_workspace, builds) -> None:  # type: ignore[no-untyped-def]
    view = ResultsView(demo_workspace.assessment, NORRVIK, FINALISED_ROUND_ID, "en")
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    qtbot.waitExposed(view)
    _settled(qtbot, view)
    assert builds == Counter({"radar_figure": 1, "bars_figure": 1})
    assert view.radar_canvas.figure.axes  # and the charts are there


def test_first_open_from_the_main_window_builds_each_chart_once(
    qtbot, demo_workspace: Workspace, builds
) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(demo_workspace, settings=Settings(demo_workspace.paths.settings_file))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.results.action.trigger()
    view = window.results.view
    assert view is not None
    qtbot.waitUntil(lambda: bool(view.radar_canvas.figure.axes), timeout=3000)
    _settled(qtbot, view)
    assert builds == Counter({"radar_figure": 1, "bars_figure": 1})


def test_a_real_change_of_size_draws_again(qtbot, demo_workspace, builds) -> None:  # type: ignore[no-untyped-def]
    view = ResultsView(demo_workspace.assessment, NORRVIK, FINALISED_ROUND_ID, "en")
    qtbot.addWidget(view)
    view.resize(1024, 600)
    view.show()
    qtbot.waitExposed(view)
    _settled(qtbot, view)
    before = view.radar_canvas.figure
    small = before.axes[0].title.get_fontsize()
    with qtbot.waitSignal(view._resize_timer.timeout, timeout=3000):
        view.resize(1900, 1000)
    assert view.radar_canvas.figure is not before
    assert view.radar_canvas.figure.axes[0].title.get_fontsize() > small
    assert builds["radar_figure"] == builds["bars_figure"] == 2


def test_first_open_draws_only_the_charts_in_view(qtbot, demo_workspace, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The charts of the tabs not shown are drawn when their tab is first shown, and the
    empty figure a chart holds before its own is never drawn."""
    drawn: list[tuple[str, int]] = []
    draw = FigureCanvasAgg.draw

    def recording(canvas: FigureCanvasAgg) -> None:
        host = canvas.parent()
        while host is not None and not isinstance(host, ChartCanvas):
            host = host.parent()
        drawn.append((host.objectName() if host else "", len(canvas.figure.axes)))
        draw(canvas)

    monkeypatch.setattr(FigureCanvasAgg, "draw", recording)
    view = ResultsView(demo_workspace.assessment, NORRVIK, FINALISED_ROUND_ID, "en")
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: {"radarChart", "barsChart"} <= {name for name, _ in drawn})
    _settled(qtbot, view)
    for _ in range(3):  # any draw already asked for happens now
        QCoreApplication.processEvents()
    assert sorted(drawn) == [("barsChart", 1), ("radarChart", 1)]

    view.tabs.setCurrentIndex(results_view.PROGRESS_TAB)
    qtbot.waitUntil(lambda: ("trendChart", 1) in drawn)
    assert all(axes for _, axes in drawn)
