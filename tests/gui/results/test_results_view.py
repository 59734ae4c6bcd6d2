"""The Results view on the demo unit Norrvik: charts, comparison, events, since last round."""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, QPoint, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QWidget,
)

from promise_tracker.charts.radar import radar_figure
from promise_tracker.charts.trend import EVENT_GID, OVERALL_GID
from promise_tracker.gui.results.chart_canvas import ChartCanvas
from promise_tracker.gui.results.event_dialog import EventDialog
from promise_tracker.gui.results.results_view import (
    CRITERIA_TAB,
    OVERVIEW_TAB,
    PERSPECTIVES_TAB,
    PROGRESS_TAB,
    ResultsView,
)
from promise_tracker.services.demo import demo_id
from promise_tracker.services.results import unit_history
from promise_tracker.services.workspace import Workspace
from tests.gui.conftest import FINALISED_ROUND_ID

NORRVIK = demo_id("norrvik")
FIRST_ROUND_ID = demo_id("norrvik", "round", 0)
ROUND_2021_ID = demo_id("norrvik", "round", 1)
SCREENSHOTS = Path("/tmp")


@pytest.fixture
def view(qtbot, demo_workspace: Workspace) -> ResultsView:  # type: ignore[no-untyped-def]
    widget = ResultsView(demo_workspace.assessment, NORRVIK, FINALISED_ROUND_ID, "en")
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _tabs(view: ResultsView) -> QTabWidget:
    return view.findChild(QTabWidget, "resultsTabs")


def _open_tab(qtbot, view: ResultsView, index: int) -> None:  # type: ignore[no-untyped-def]
    bar = _tabs(view).tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert _tabs(view).currentIndex() == index


def _lines(canvas: ChartCanvas, prefix: str) -> list:  # type: ignore[type-arg]
    return [
        line
        for ax in canvas.figure.axes
        for line in ax.get_lines()
        if (line.get_gid() or "").startswith(prefix)
    ]


def _unit_percents(workspace: Workspace, round_id: str) -> list[float]:
    result = workspace.assessment.round_result(round_id)
    return [
        math.nan if s.percent is None else s.percent
        for s in result.consensus.unit_scores(result.pack).values()
    ]


def _radar_values(view: ResultsView, index: int) -> list[float]:
    (line,) = _lines(view.radar_canvas, f"round-{index}")
    values = [float(v) for v in line.get_ydata()]
    assert values[0] == values[-1]  # the polygon is closed
    return values[:-1]


def _choose(qtbot, combo: QComboBox, text: str) -> None:  # type: ignore[no-untyped-def]
    """Pick an entry by keyboard, as a user would: focus, then Down until it is current."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentText().startswith(text):
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    raise AssertionError(f"{text!r} not in the combo")


# --- Overview -------------------------------------------------------------------------------


def test_radar_shows_the_round_and_by_default_the_one_before(view, demo_workspace) -> None:  # type: ignore[no-untyped-def]
    combo = view.findChild(QComboBox, "compareCombo")
    assert combo.currentText().startswith("Self-assessment 2021")
    assert [combo.itemText(i).split(" (")[0] for i in range(combo.count())] == [
        "None",
        "Self-assessment 2025",
        "Self-assessment 2021",
        "Self-assessment 2019",
    ]
    assert len(_lines(view.radar_canvas, "round-")) == 2
    assert _radar_values(view, 0) == pytest.approx(
        _unit_percents(demo_workspace, FINALISED_ROUND_ID), nan_ok=True
    )
    assert _radar_values(view, 1) == pytest.approx(
        _unit_percents(demo_workspace, ROUND_2021_ID), nan_ok=True
    )
    assert view.radar_canvas.canvas.accessibleName() == "Radar chart of scores per standard"


def test_compare_with_none_then_another_round(qtbot, view, demo_workspace) -> None:  # type: ignore[no-untyped-def]
    combo = view.findChild(QComboBox, "compareCombo")
    _choose(qtbot, combo, "None")
    assert len(_lines(view.radar_canvas, "round-")) == 1
    assert _radar_values(view, 0) == pytest.approx(
        _unit_percents(demo_workspace, FINALISED_ROUND_ID), nan_ok=True
    )
    _choose(qtbot, combo, "Self-assessment 2019")
    assert len(_lines(view.radar_canvas, "round-")) == 2
    assert _radar_values(view, 1) == pytest.approx(
        _unit_percents(demo_workspace, FIRST_ROUND_ID), nan_ok=True
    )
    (legend,) = view.radar_canvas.figure.legends
    assert [t.get_text() for t in legend.get_texts()] == [
        "Self-assessment 2023",
        "Self-assessment 2019",
    ]


def test_bars_show_the_selected_round(view, demo_workspace) -> None:  # type: ignore[no-untyped-def]
    ax = view.bars_canvas.figure.axes[0]
    widths = [p.get_width() for p in ax.patches if p.get_gid() == "score"]
    expected = [
        0.0 if math.isnan(p) else p for p in _unit_percents(demo_workspace, FINALISED_ROUND_ID)
    ]
    assert widths == pytest.approx(expected)


def test_swedish_labels_on_the_radar(view) -> None:  # type: ignore[no-untyped-def]
    def ticks() -> list[str]:
        return [t.get_text() for t in view.radar_canvas.figure.axes[0].get_xticklabels()]

    english = ticks()
    view.set_language("sv")
    selected = view.selected_round
    built = radar_figure(selected.pack, [("x", selected.consensus)], "sv", titles=True)
    swedish = ticks()
    assert swedish == [t.get_text() for t in built.axes[0].get_xticklabels()]
    assert swedish != english
    assert swedish[-1].startswith("10  Förebyggande")
    assert english[-1].startswith("10  Prevention")
    # The comparison choice survives the change of language.
    assert (
        view.findChild(QComboBox, "compareCombo").currentText().startswith("Self-assessment 2021")
    )


# --- Progress -------------------------------------------------------------------------------


def test_trend_is_built_when_its_tab_is_first_shown(qtbot, view, demo_workspace) -> None:  # type: ignore[no-untyped-def]
    assert view.trend_canvas.figure.axes == []  # not built before the tab is shown
    _open_tab(qtbot, view, PROGRESS_TAB)
    (overall,) = _lines(view.trend_canvas, OVERALL_GID)
    history = unit_history(demo_workspace.assessment, NORRVIK)
    assert len(overall.get_xdata()) == len(history.rounds) == 4
    assert [float(v) for v in overall.get_ydata()] == pytest.approx(
        [r.consensus.overall.percent for r in history.rounds]
    )
    assert len(_lines(view.trend_canvas, EVENT_GID)) == len(history.events) == 3
    events = view.findChild(QListWidget, "eventsList")
    assert [events.item(i).text().split("  ", 1)[1] for i in range(events.count())] == [
        "Moved to new premises",
        "New interview protocol",
        "Therapy team extended",
    ]
    assert not view.findChild(QPushButton, "editEventButton").isEnabled()
    assert not view.findChild(QPushButton, "removeEventButton").isEnabled()


def test_ticking_a_standard_adds_its_line(qtbot, view, demo_workspace) -> None:  # type: ignore[no-untyped-def]
    _open_tab(qtbot, view, PROGRESS_TAB)
    standards = view.findChild(QListWidget, "trendStandards")
    assert standards.count() == 12
    item = standards.item(standards.count() - 1)
    assert item.text().startswith("10  Prevention")
    rect = standards.visualItemRect(item)
    # The check box sits at the left of the row.
    qtbot.mouseClick(
        standards.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(rect.left() + rect.height() // 2, rect.center().y()),
    )
    assert item.checkState() == Qt.CheckState.Checked
    (line,) = _lines(view.trend_canvas, "standard-10")
    history = unit_history(demo_workspace.assessment, NORRVIK)
    assert [float(v) for v in line.get_ydata()] == pytest.approx(
        [
            math.nan if (score := r.consensus.by_standard["10"].percent) is None else score
            for r in history.rounds
        ],
        nan_ok=True,
    )


def _fill_event_dialog(qtbot, title: str, day: QDate | None = None, description: str = "") -> None:  # type: ignore[no-untyped-def]
    """When the event dialog opens, type into it and press OK, as a user would."""

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, EventDialog)
        if day is not None:
            dialog.findChild(QDateEdit, "eventDateEdit").setDate(day)
        title_edit = dialog.findChild(QLineEdit, "eventTitleEdit")
        title_edit.selectAll()
        qtbot.keyClick(title_edit, Qt.Key.Key_Delete)
        qtbot.keyClicks(title_edit, title)
        if description:
            qtbot.keyClicks(dialog.findChild(QPlainTextEdit, "eventDescriptionEdit"), description)
        ok = dialog.findChild(QDialogButtonBox, "eventButtons").button(
            QDialogButtonBox.StandardButton.Ok
        )
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, fill)


def _answer_confirmation(qtbot, button: QMessageBox.StandardButton) -> list[str]:  # type: ignore[no-untyped-def]
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        assert box.objectName() == "removeEventConfirm"
        seen.append(box.text())
        qtbot.mouseClick(box.button(button), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)
    return seen


def _select_event(qtbot, view: ResultsView, title: str) -> None:  # type: ignore[no-untyped-def]
    events = view.findChild(QListWidget, "eventsList")
    for row in range(events.count()):
        item = events.item(row)
        if item.text().endswith(title):
            rect = events.visualItemRect(item)
            qtbot.mouseClick(events.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            return
    raise AssertionError(f"no event {title!r}")


def _event_titles_on_chart(view: ResultsView) -> list[str]:
    ax = view.trend_canvas.figure.axes[0]
    return [t.get_text().strip() for t in ax.texts if t.get_gid() == EVENT_GID]


def test_add_an_event(qtbot, view, demo_workspace) -> None:  # type: ignore[no-untyped-def]
    _open_tab(qtbot, view, PROGRESS_TAB)
    _fill_event_dialog(qtbot, "New unit manager", QDate(2024, 2, 1), "Anna took over.")
    with qtbot.waitSignal(view.eventsChanged):
        qtbot.mouseClick(view.findChild(QPushButton, "addEventButton"), Qt.MouseButton.LeftButton)
    events = demo_workspace.assessment.events(NORRVIK)
    added = [e for e in events if e.title == "New unit manager"]
    assert len(events) == 4
    assert added[0].date == dt.date(2024, 2, 1)
    assert added[0].description == "Anna took over."
    assert len(_lines(view.trend_canvas, EVENT_GID)) == 4
    assert "New unit manager" in _event_titles_on_chart(view)
    assert view.findChild(QListWidget, "eventsList").count() == 4


def test_edit_an_event(qtbot, view, demo_workspace) -> None:  # type: ignore[no-untyped-def]
    _open_tab(qtbot, view, PROGRESS_TAB)
    _select_event(qtbot, view, "New interview protocol")
    edit = view.findChild(QPushButton, "editEventButton")
    assert edit.isEnabled()
    _fill_event_dialog(qtbot, "Interview protocol (NICHD)")
    with qtbot.waitSignal(view.eventsChanged):
        qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    titles = sorted(e.title for e in demo_workspace.assessment.events(NORRVIK))
    assert titles == [
        "Interview protocol (NICHD)",
        "Moved to new premises",
        "Therapy team extended",
    ]
    edited = next(
        e for e in demo_workspace.assessment.events(NORRVIK) if e.title.startswith("Interview")
    )
    assert edited.date == dt.date(2022, 5, 2)  # untouched fields keep their values
    assert "Interview protocol (NICHD)" in _event_titles_on_chart(view)
    assert "New interview protocol" not in _event_titles_on_chart(view)
    assert len(_lines(view.trend_canvas, EVENT_GID)) == 3


def test_remove_an_event_after_confirming(qtbot, view, demo_workspace) -> None:  # type: ignore[no-untyped-def]
    _open_tab(qtbot, view, PROGRESS_TAB)
    _select_event(qtbot, view, "Therapy team extended")
    remove = view.findChild(QPushButton, "removeEventButton")

    seen = _answer_confirmation(qtbot, QMessageBox.StandardButton.No)
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    assert "Therapy team extended" in seen[0]
    assert len(demo_workspace.assessment.events(NORRVIK)) == 3  # "No" keeps it

    _answer_confirmation(qtbot, QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(view.eventsChanged):
        qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    assert [e.title for e in demo_workspace.assessment.events(NORRVIK)] == [
        "Moved to new premises",
        "New interview protocol",
    ]
    assert len(_lines(view.trend_canvas, EVENT_GID)) == 2
    assert "Therapy team extended" not in _event_titles_on_chart(view)
    assert view.findChild(QListWidget, "eventsList").count() == 2


# --- Since last round -----------------------------------------------------------------------


def test_since_last_round_names_the_real_changes(view, demo_workspace) -> None:  # type: ignore[no-untyped-def]
    text = view.findChild(QTextBrowser, "sinceLastRoundPanel").toPlainText()
    history = unit_history(demo_workspace.assessment, NORRVIK)
    progress = history.progress(2)  # 2023 compared with 2021
    assert progress is not None
    before = QLocale("en").toString(progress.overall_previous, "f", 0)
    after = QLocale("en").toString(progress.overall_current, "f", 0)
    assert (before, after) == ("70", "78")
    assert f"Overall score rose from {before} % to {after} %" in text
    assert "Self-assessment 2023 compared with Self-assessment 2021" in text
    assert [g.number for g in progress.most_improved[:2]] == ["10", "8"]
    assert "Most improved: 10 Prevention (+33 points), 8 Therapeutic services (+29 points)" in text
    assert f"Newly met: {len(progress.newly_met)} criteria" in text
    assert "BQS-1.1-05 A written routine" in text
    assert f"and {len(progress.newly_met) - 5} more" in text
    assert f"No longer met: {len(progress.newly_unmet)} criteria" in text
    assert f"Still not met: {len(progress.persistent_gaps)} criteria" in text


def test_first_round_has_nothing_to_compare(view) -> None:  # type: ignore[no-untyped-def]
    view.set_selection(NORRVIK, FIRST_ROUND_ID)
    text = view.findChild(QTextBrowser, "sinceLastRoundPanel").toPlainText()
    assert "no earlier round to compare with" in text
    assert "Overall score" not in text
    assert (
        view.findChild(QLabel, "resultsHeading")
        .text()
        .startswith("Barnahus Norrvik (demo): Self-assessment 2019")
    )
    # With nothing before it, the radar shows the round alone.
    assert view.findChild(QComboBox, "compareCombo").currentText() == "None"
    assert len(_lines(view.radar_canvas, "round-")) == 1


def test_a_round_without_scores_shows_an_empty_state(qtbot, demo_workspace) -> None:  # type: ignore[no-untyped-def]
    service = demo_workspace.assessment
    unit = service.create_unit("Barnahus Test")
    pack = service.pack_for(service.round(FINALISED_ROUND_ID))
    new_round = service.create_round(unit.id, "First look", dt.date(2026, 1, 10), pack)
    view = ResultsView(service, unit.id, new_round.id, "en")
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    qtbot.waitExposed(view)
    empty = view.findChild(QLabel, "overviewEmptyLabel")
    assert empty.isVisible()
    assert "No scores yet for First look" in empty.text()
    assert view.radar_canvas.figure.axes == []
    assert "no earlier round" in view.since_panel.toPlainText()
    _open_tab(qtbot, view, PERSPECTIVES_TAB)
    assert view.findChild(QLabel, "perspectivesEmptyLabel").isVisible()


# --- Layout ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("width", "height"), [(1366, 768), (1920, 1080)])
def test_renders_every_tab_at_common_sizes(qtbot, view, width: int, height: int) -> None:  # type: ignore[no-untyped-def]
    """Each tab at laptop and full-HD size; the images are kept in /tmp to be looked at."""
    hint = view.minimumSizeHint()
    assert hint.width() <= 1366
    assert hint.height() <= 700
    view.resize(width, height)
    for index in (OVERVIEW_TAB, PROGRESS_TAB, PERSPECTIVES_TAB, CRITERIA_TAB):
        _open_tab(qtbot, view, index)
        image = view.grab()
        assert image.width() == width
        image.save(str(SCREENSHOTS / f"results_view_{width}x{height}_tab{index}.png"))
    assert view.perspectives_canvas.figure.axes
    assert view.heatmap_canvas.figure.axes


def test_controls_are_named_for_assistive_technology(view) -> None:  # type: ignore[no-untyped-def]
    for name in (
        "compareCombo",
        "trendStandards",
        "eventsList",
        "addEventButton",
        "editEventButton",
        "removeEventButton",
        "sinceLastRoundPanel",
        "resultsTabs",
    ):
        widget = view.findChild(QWidget, name)
        assert widget is not None, name
        assert widget.accessibleName(), name


def test_chart_text_grows_on_a_large_screen(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    def title_size() -> float:
        canvas = view.findChild(ChartCanvas, "radarChart")
        return float(canvas.figure.axes[0].title.get_fontsize())

    small = title_size()
    with qtbot.waitSignal(view._resize_timer.timeout, timeout=3000):
        view.resize(1900, 1000)
    assert title_size() > small * 1.3


def test_a_line_near_the_scores_says_who_worded_the_criteria(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    pack = view.selected_round.pack
    line = view.findChild(QWidget, "resultsProvenance")
    assert line is not None
    assert line.isVisible()
    assert view.provenance_line.text() == (
        "Scores of criteria worded by PROMISE tracker under Barnahus Quality Standards "
        f"(PROMISE, 2017), pack version {pack.version}"
    )
    # Above the charts, so it is read with the scores.
    assert line.geometry().bottom() < view.splitter.geometry().top()
    qtbot.mouseClick(view.provenance_line.button, Qt.MouseButton.LeftButton)
    box = view.provenance_line.box
    qtbot.waitUntil(lambda: box is not None and box.isVisible())
    assert box is not None
    assert pack.provenance.get("en").strip() in box.informativeText()
    box.close()
    # The standards' language applies to the pack's title.
    view.set_language("sv")
    assert "Kvalitetsstandarder för Barnahus (PROMISE, 2017)" in view.provenance_line.text()


def test_criteria_over_time_marks_what_changed_meaning_in_the_newer_standards(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    """Norrvik's earlier rounds are on pack 1.0.0, its draft on 1.1.0: whichever round is
    shown, the heat map has the latest version's rows and hatches the earlier answers to
    criteria whose meaning changed (BQS-2-02 lost its fixed interval)."""
    from matplotlib.patches import Rectangle

    assert view.selected_round.pack.version == "1.0.0"
    _open_tab(qtbot, view, CRITERIA_TAB)
    (ax, *_) = view.heatmap_canvas.figure.axes
    rows = [t.get_text() for t in ax.get_yticklabels()]
    hatched = {
        (rows[round(p.get_y() + 0.5)], round(p.get_x() + 0.5))
        for p in ax.patches
        if isinstance(p, Rectangle) and p.get_hatch()
    }
    assert ("BQS-2-02", 0) in hatched  # 2019, on 1.0.0
    assert ("BQS-2-02", 2) in hatched  # 2023, on 1.0.0
    assert not [cell for cell in hatched if cell[1] == 3]  # 2025 is on 1.1.0 itself
    assert ("BQS-1.1-01", 0) not in hatched  # only reworded: still compared
    # The key is above the scrolling rows, so it is always in view.
    legend = view.findChild(QLabel, "heatmapLegend")
    assert legend.isVisible()
    assert "Changed meaning since (not comparable)" in legend.text()
