"""The chart host: replacing figures, saving and copying them, tooltips with exact numbers."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QPushButton

from promise_tracker.charts.bars import SCORE_GID, bars_figure
from promise_tracker.charts.radar import radar_figure
from promise_tracker.charts.style import standard_label
from promise_tracker.gui.results.chart_canvas import ChartCanvas, hover_text
from promise_tracker.services.assessment import RoundResult
from promise_tracker.services.workspace import Workspace
from tests.gui.conftest import FINALISED_ROUND_ID


@pytest.fixture
def result(demo_workspace: Workspace) -> RoundResult:
    return demo_workspace.assessment.round_result(FINALISED_ROUND_ID)


@pytest.fixture
def chart(qtbot, result: RoundResult) -> ChartCanvas:  # type: ignore[no-untyped-def]
    canvas = ChartCanvas()
    qtbot.addWidget(canvas)
    canvas.set_figure(
        bars_figure(result.pack, result.consensus, "en", figsize=(8, 6)),
        "Bar chart of scores",
        file_stem="bars",
    )
    canvas.resize(900, 700)
    canvas.show()
    qtbot.waitExposed(canvas)
    return canvas


def _number(value: float) -> str:
    return QLocale().toString(value, "f", 1)


def test_set_figure_replaces_the_shown_figure(qtbot, chart: ChartCanvas, result) -> None:  # type: ignore[no-untyped-def]
    first = chart.figure
    assert chart.canvas.accessibleName() == "Bar chart of scores"
    second = radar_figure(result.pack, [("2023", result.consensus)], "en")
    chart.set_figure(second, "Radar chart")
    assert chart.figure is second
    assert chart.canvas.figure is second
    assert chart.canvas.accessibleName() == "Radar chart"
    assert first is not second
    # Only one canvas is shown: the old one is gone from the layout.
    qtbot.waitUntil(lambda: len(chart.findChildren(type(chart.canvas))) == 1)


@pytest.mark.parametrize(
    ("suffix", "signatures"),
    [(".png", (b"\x89PNG",)), (".svg", (b"<svg", b"<?xml")), (".pdf", (b"%PDF",))],
)
def test_save_as_writes_the_chosen_format(  # type: ignore[no-untyped-def]
    qtbot, chart: ChartCanvas, tmp_path: Path, monkeypatch, suffix: str, signatures
) -> None:
    target = tmp_path / f"my chart{suffix}"
    monkeypatch.setattr(chart, "_ask_save_path", lambda: target)
    button = chart.findChild(QPushButton, "saveChartButton")
    assert button.text() == "Save as…"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    data = target.read_bytes()
    assert len(data) > 1000
    assert data.startswith(signatures)


def test_cancelled_save_writes_nothing(qtbot, chart: ChartCanvas, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "charts"
    folder.mkdir()
    monkeypatch.setattr(chart, "_ask_save_path", lambda: None)
    qtbot.mouseClick(chart.findChild(QPushButton, "saveChartButton"), Qt.MouseButton.LeftButton)
    assert list(folder.iterdir()) == []


def test_copy_puts_an_image_on_the_clipboard(qtbot, chart: ChartCanvas) -> None:  # type: ignore[no-untyped-def]
    clipboard = QApplication.clipboard()
    clipboard.clear()
    qtbot.mouseClick(chart.findChild(QPushButton, "copyChartButton"), Qt.MouseButton.LeftButton)
    button = chart.findChild(QPushButton, "copyChartButton")
    assert button.text() == "Copied ✓"
    image = clipboard.image()
    assert not image.isNull()
    # Rendered from the figure at 150 dpi: 8 x 6 inches as built, resized to the widget.
    width, height = chart.figure.get_size_inches()
    assert image.width() == pytest.approx(width * 150, abs=2)
    assert image.height() == pytest.approx(height * 150, abs=2)


def test_hover_over_a_bar_names_the_standard_and_its_score(chart: ChartCanvas, result) -> None:  # type: ignore[no-untyped-def]
    chart.canvas.draw()
    ax = chart.figure.axes[0]
    score_bars = [p for p in ax.patches if p.get_gid() == SCORE_GID]
    bar = score_bars[3]  # the fourth assessed unit: standard 2
    x0, y0, x1, y1 = bar.get_window_extent().extents
    percent = result.consensus.by_standard["2"].percent
    expected = f"Score — {standard_label(result.pack, '2', 'en')}: {_number(percent)} %"
    assert hover_text(chart.figure, (x0 + x1) / 2, (y0 + y1) / 2) == expected
    # Right of the score, over the light completeness bar behind it, the completeness is named.
    completeness = result.consensus.by_standard["2"].completeness
    assert completeness is not None
    assert completeness > percent + 5
    label = standard_label(result.pack, "2", "en")
    assert hover_text(chart.figure, x1 + 5, (y0 + y1) / 2) == (
        f"Completeness — {label}: {_number(completeness)} %"
    )
    # Far from everything: no tooltip.
    assert hover_text(chart.figure, 1, 1) is None


def test_hover_near_a_radar_point_gives_the_exact_percent(qtbot, result) -> None:  # type: ignore[no-untyped-def]
    canvas = ChartCanvas()
    qtbot.addWidget(canvas)
    fig = radar_figure(result.pack, [("Self-assessment 2023", result.consensus)], "en")
    canvas.set_figure(fig, "Radar chart", names={"2": "2  Multidisciplinary work"})
    canvas.resize(700, 700)
    canvas.canvas.draw()
    line = next(line for line in fig.axes[0].get_lines() if line.get_gid() == "round-0")
    points = np.column_stack([line.get_xdata(), line.get_ydata()])
    x, y = line.get_transform().transform(points[3])
    percent = result.consensus.by_standard["2"].percent
    expected = f"Self-assessment 2023 — 2  Multidisciplinary work: {_number(percent)} %"
    assert hover_text(fig, x + 3, y - 2, {"2": "2  Multidisciplinary work"}) == expected
    assert hover_text(fig, x + 3, y - 2) == f"Self-assessment 2023 — 2: {_number(percent)} %"
    assert hover_text(fig, x + 30, y + 30, {"2": "x"}) != expected


def test_buttons_are_accessible(chart: ChartCanvas) -> None:
    for name in ("saveChartButton", "copyChartButton"):
        button = chart.findChild(QPushButton, name)
        assert button.accessibleName()
        assert button.toolTip()
    assert chart.canvas.minimumWidth() >= 300
