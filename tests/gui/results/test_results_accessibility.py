"""The Results view for keyboard and screen-reader users (issue 16): every chart has a data
table with its numbers, copyable; the heat map scrolls by keyboard and wheel with its key in
view; focus shows; dates read as typed."""

from __future__ import annotations

import datetime as dt
import math

import numpy as np
import pytest
from PySide6.QtCore import QDate, QLocale, QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QColor, QPalette, QTextDocument, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QDateEdit,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTabWidget,
    QWidget,
)

from promise_tracker.charts.bars import COMPLETENESS_GID, SCORE_GID
from promise_tracker.charts.trend import OVERALL_GID
from promise_tracker.gui.results.chart_canvas import ChartCanvas
from promise_tracker.gui.results.data_table import ChartDataTable
from promise_tracker.gui.results.event_dialog import EventDialog
from promise_tracker.gui.results.results_view import (
    CRITERIA_TAB,
    PERSPECTIVES_TAB,
    PROGRESS_TAB,
    ResultsView,
)
from promise_tracker.services.demo import demo_id
from tests.gui.conftest import FINALISED_ROUND_ID

NORRVIK = demo_id("norrvik")
DRAFT_ROUND_ID = demo_id("norrvik", "round", 3)


@pytest.fixture
def view(qtbot, demo_workspace) -> ResultsView:  # type: ignore[no-untyped-def]
    widget = ResultsView(demo_workspace.assessment, NORRVIK, FINALISED_ROUND_ID, "en")
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def _open_tab(view: ResultsView, index: int) -> None:
    view.findChild(QTabWidget, "resultsTabs").setCurrentIndex(index)


def _tab_to(qtbot, start: QWidget, target: QWidget, limit: int = 60) -> None:  # type: ignore[no-untyped-def]
    """Press Tab from `start` until `target` has the focus, as a keyboard user would."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(start.hasFocus)
    for _ in range(limit):
        if target.hasFocus():
            return
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target.objectName()}")


def _show_data_by_keyboard(qtbot, view: ResultsView, canvas: ChartCanvas) -> ChartDataTable:  # type: ignore[no-untyped-def]
    button = canvas.findChild(QPushButton, "chartDataButton")
    _tab_to(qtbot, view.findChild(QTabWidget, "resultsTabs").tabBar(), button)
    assert button.text() == "Show data table"
    assert button.accessibleName() == "Show data table"
    qtbot.keyClick(button, Qt.Key.Key_Space)
    table = canvas.findChild(ChartDataTable, "chartDataTable")
    assert table.isVisible()
    assert button.text() == "Show chart"
    return table


def _column(table: QTableWidget, column: int) -> list[str]:
    return [table.item(row, column).text() for row in range(table.rowCount())]


def _headers(table: QTableWidget) -> list[str]:
    return [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]


def _shown(value: float) -> str:
    """A percent as the data table shows it (English: at most one decimal)."""
    rounded = round(value, 1)
    return f"{rounded:.0f}" if rounded.is_integer() else f"{rounded:.1f}"


# --- the data tables ------------------------------------------------------------------------


def test_radar_and_bars_have_their_numbers_as_tables(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    radar = _show_data_by_keyboard(qtbot, view, view.radar_canvas)
    assert radar.accessibleName() == "Radar chart of scores per standard: data table"
    assert _headers(radar) == ["Standard", "Self-assessment 2023", "Self-assessment 2021"]
    lines = view.radar_canvas.figure.axes[0].get_lines()
    for column, line in enumerate(lines, start=1):
        drawn = [float(v) for v in line.get_ydata()][:-1]
        assert _column(radar, column) == ["no score" if math.isnan(v) else _shown(v) for v in drawn]
    assert _column(radar, 0)[0] == "1.1  Best interests of the child"
    # The chart is one key press away again.
    qtbot.keyClick(view.radar_canvas.data_button, Qt.Key.Key_Space)
    assert view.radar_canvas.canvas.isVisible()
    assert not radar.isVisible()

    view.bars_canvas.show_data()
    bars = view.bars_canvas.data_table
    ax = view.bars_canvas.figure.axes[0]
    assert _headers(bars) == ["Standard", "Score (%)", "Completeness (%)"]
    assert _column(bars, 1) == [
        _shown(p.get_width()) for p in ax.patches if p.get_gid() == SCORE_GID
    ]
    assert _column(bars, 2) == [
        _shown(p.get_width()) for p in ax.patches if p.get_gid() == COMPLETENESS_GID
    ]


def test_trend_table_marks_the_draft(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    _open_tab(view, PROGRESS_TAB)
    table = _show_data_by_keyboard(qtbot, view, view.trend_canvas)
    assert _headers(table) == [
        "Round",
        "Date",
        "State",
        "Answered (%)",
        "Overall (%)",
        "Version of the standards",
    ]
    assert _column(table, 0) == [
        "Self-assessment 2019",
        "Self-assessment 2021",
        "Self-assessment 2023",
        "Self-assessment 2025",
    ]
    assert _column(table, 2) == ["Finalised", "Finalised", "Finalised", "Draft"]
    assert _column(table, 5) == ["1.0.0"] * 3 + ["1.1.0, new: criteria with a changed meaning: 15"]
    (overall,) = [
        line
        for line in view.trend_canvas.figure.axes[0].get_lines()
        if line.get_gid() == OVERALL_GID
    ]
    assert _column(table, 4) == [_shown(float(v)) for v in overall.get_ydata()]
    # A standard ticked for the chart gets its column in the table.
    standards = view.findChild(QListWidget, "trendStandards")
    standards.item(0).setCheckState(Qt.CheckState.Checked)
    assert view.trend_canvas.data_table.horizontalHeaderItem(5).text() == (
        "1.1  Best interests of the child"
    )


def test_perspectives_table_says_no_answers(qtbot, demo_workspace) -> None:  # type: ignore[no-untyped-def]
    """The draft has no answers yet for standards 7-10: the table says so instead of 0."""
    view = ResultsView(demo_workspace.assessment, NORRVIK, DRAFT_ROUND_ID, "en")
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    qtbot.waitExposed(view)
    _open_tab(view, PERSPECTIVES_TAB)
    view.perspectives_canvas.show_data()
    table = view.perspectives_canvas.data_table
    consensus = _headers(table).index("Consensus")
    assert _column(table, consensus)[-4:] == ["no answers"] * 4
    texts = [t.get_text() for t in view.perspectives_canvas.figure.axes[0].texts]
    assert "no answers" in texts


def test_heat_map_table_names_each_status(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    _open_tab(view, CRITERIA_TAB)
    view.heatmap_canvas.show_data()
    table = view.heatmap_canvas.data_table
    (image,) = view.heatmap_canvas.figure.axes[0].get_images()
    array = np.ma.filled(np.ma.asarray(image.get_array(), dtype=float), np.nan)
    assert table.rowCount() == array.shape[0]
    assert _headers(table)[0] == "Criterion"
    row = _column(table, 0).index("BQS-2-02")
    assert table.item(row, 1).text().endswith(", changed meaning since (not comparable)")
    names = ["Unanswered", "Not applicable", "Not met", "Partly met", "Met"]
    assert [table.item(0, c + 1).text() for c in range(array.shape[1])] == [
        names[int(v)] for v in array[0]
    ]


def test_copy_the_selection_or_everything_as_tab_separated_text(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    table = _show_data_by_keyboard(qtbot, view, view.bars_canvas)
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    table.setCurrentCell(1, 1)
    qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == table.item(1, 1).text()

    qtbot.keyClick(table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    lines = QApplication.clipboard().text().split("\n")
    assert lines[0] == "Standard\tScore (%)\tCompleteness (%)"
    assert len(lines) == 1 + table.rowCount()
    assert lines[1].split("\t") == [table.item(0, c).text() for c in range(3)]
    # The same two commands are in the table's context menu.
    assert [a.text() for a in table.actions()] == ["&Copy", "Select &all"]

    # With the table shown, the Copy button copies the whole table (the chart otherwise).
    QApplication.clipboard().clear()
    copy = view.bars_canvas.copy_button
    assert copy.accessibleName() == "Copy"
    assert copy.accessibleDescription() == (
        "Copy the whole table as text, to paste into a spreadsheet"
    )
    qtbot.mouseClick(copy, Qt.MouseButton.LeftButton)
    copied = QApplication.clipboard().text().split("\n")
    assert copied[0] == "Standard\tScore (%)\tCompleteness (%)"
    assert copied[1:] == [
        "\t".join(table.item(r, c).text() for c in range(3)) for r in range(table.rowCount())
    ]


# --- the heat map ---------------------------------------------------------------------------


def _focus_colour_at_edge(qtbot, widget: QWidget) -> tuple[QColor, QColor]:  # type: ignore[no-untyped-def]
    """The colour of `widget`'s left edge without and with the keyboard focus."""
    point = QPoint(0, widget.height() // 2)
    widget.clearFocus()
    qtbot.waitUntil(lambda: not widget.hasFocus())
    before = widget.grab().toImage().pixelColor(point)
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus)
    after = widget.grab().toImage().pixelColor(point)
    return before, after


def test_heat_map_scrolls_by_keyboard_and_shows_its_focus(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    _open_tab(view, CRITERIA_TAB)
    scroll = view.heatmap_canvas.findChild(QScrollArea, "chartScroll")
    assert scroll.accessibleName() == "Heat map of each criterion's status per round"
    assert scroll.focusPolicy() & Qt.FocusPolicy.TabFocus
    _tab_to(qtbot, view.heatmap_canvas.copy_button, scroll)
    highlight = scroll.palette().color(QPalette.ColorRole.Highlight)
    before, after = _focus_colour_at_edge(qtbot, scroll)
    assert after == highlight
    assert before != highlight
    bar = scroll.verticalScrollBar()
    assert bar.maximum() > 0
    scroll.setFocus()
    qtbot.keyClick(scroll, Qt.Key.Key_PageDown)
    assert bar.value() > 0


def test_mouse_wheel_scrolls_the_heat_map(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    _open_tab(view, CRITERIA_TAB)
    scroll = view.heatmap_canvas.findChild(QAbstractScrollArea, "chartScroll")
    bar = scroll.verticalScrollBar()
    assert bar.value() == 0
    canvas = view.heatmap_canvas.canvas
    centre = QPointF(canvas.width() / 2, 40)
    wheel = QWheelEvent(
        centre,
        QPointF(canvas.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, -120),  # one notch towards the user: down
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(canvas, wheel)
    assert bar.value() > 0


def test_heat_map_key_stays_in_view_while_the_rows_scroll(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    _open_tab(view, CRITERIA_TAB)
    legend = view.findChild(QLabel, "heatmapLegend")
    scroll = view.heatmap_canvas.findChild(QScrollArea, "chartScroll")
    assert legend.isVisible()
    assert not scroll.isAncestorOf(legend)
    document = QTextDocument()
    document.setHtml(legend.text())
    shown = " ".join(document.toPlainText().replace("\xa0", " ").split())
    for text in ("✓ Met", "✗ Not met", "◐ Partly met", "? Unanswered", "Changed meaning since"):
        assert text in shown
    # Nothing of the key inside the scrolling chart itself.
    assert view.heatmap_canvas.figure.axes[0].get_legend() is None


# --- layout and focus -----------------------------------------------------------------------


def test_radar_legend_does_not_cover_the_labels_at_1024x600(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    view.resize(1024, 600)
    qtbot.waitUntil(lambda: not view._resize_timer.isActive(), timeout=3000)
    canvas = view.radar_canvas.canvas
    canvas.draw()
    figure = view.radar_canvas.figure
    renderer = canvas.get_renderer()
    legend = figure.legends[0] if figure.legends else figure.axes[0].get_legend()
    box = legend.get_window_extent(renderer)
    labels = [t.get_window_extent(renderer) for t in figure.axes[0].get_xticklabels()]
    labels += [t.get_window_extent(renderer) for t in figure.axes[0].get_yticklabels()]
    assert not [label for label in labels if box.overlaps(label)]
    assert figure.bbox.contains(box.x0, box.y0)
    assert figure.bbox.contains(box.x1, box.y1)


def test_since_the_last_round_panel_shows_its_focus(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    panel = view.since_panel
    _tab_to(qtbot, view.findChild(QWidget, "compareCombo"), panel)
    highlight = panel.palette().color(QPalette.ColorRole.Highlight)
    before, after = _focus_colour_at_edge(qtbot, panel)
    assert after == highlight
    assert before != highlight


def test_an_event_is_listed_as_it_was_typed(qtbot, demo_workspace) -> None:  # type: ignore[no-untyped-def]
    """In British English 01/06/2027 is the 1st of June: the list shows 01/06/2027, not
    the American 6/1/2027."""
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    try:
        view = ResultsView(demo_workspace.assessment, NORRVIK, FINALISED_ROUND_ID, "en")
        qtbot.addWidget(view)
        view.resize(1366, 768)
        view.show()
        qtbot.waitExposed(view)
        _open_tab(view, PROGRESS_TAB)

        typed: list[QDate] = []
        shown_in_field: list[str] = []

        def fill() -> None:
            dialog = QApplication.activeModalWidget()
            assert isinstance(dialog, EventDialog)
            try:
                type_into(dialog)
            finally:
                dialog.reject() if dialog.isVisible() and not typed else None

        def type_into(dialog: EventDialog) -> None:
            date_edit = dialog.findChild(QDateEdit, "eventDateEdit")
            date_edit.setFocus()
            date_edit.setSelectedSection(date_edit.sectionAt(0))  # as a click on the day
            qtbot.keyClicks(date_edit, "01062027")  # the field moves on by itself
            qtbot.keyClicks(dialog.findChild(QLineEdit, "eventTitleEdit"), "New premises")
            ok = dialog.findChild(QDialogButtonBox, "eventButtons").button(
                QDialogButtonBox.StandardButton.Ok
            )
            typed.append(date_edit.date())
            shown_in_field.append(date_edit.text())
            qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

        QTimer.singleShot(0, fill)
        with qtbot.waitSignal(view.eventsChanged):
            qtbot.mouseClick(
                view.findChild(QPushButton, "addEventButton"), Qt.MouseButton.LeftButton
            )
        assert typed == [QDate(2027, 6, 1)]
        assert shown_in_field == ["01/06/2027"]
        added = [e for e in demo_workspace.assessment.events(NORRVIK) if e.title == "New premises"]
        assert added[0].date == dt.date(2027, 6, 1)
        events = view.findChild(QListWidget, "eventsList")
        texts = [events.item(i).text() for i in range(events.count())]
        assert "01/06/2027  New premises" in texts
        assert view.findChild(QLabel, "resultsHeading").text().endswith("(16/03/2023)")
    finally:
        QLocale.setDefault(previous)
