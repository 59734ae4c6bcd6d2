"""A team assesses its unit in the real main window, by keyboard, as a person would."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from promise_tracker.app import open_data
from promise_tracker.gui.app_shell.main_window import MainWindow
from promise_tracker.gui.assessment.navigator import FilterMode
from promise_tracker.gui.shared.settings import Settings
from promise_tracker.paths import AppPaths, resolve_paths
from promise_tracker.services.round_session import RoundSession
from promise_tracker.services.workspace import open_workspace


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return resolve_paths(tmp_path / "data")


def open_window(qtbot, paths: AppPaths) -> MainWindow:  # type: ignore[no-untyped-def]
    workspace = open_workspace(paths)
    window = MainWindow(
        workspace,
        settings=Settings(paths.settings_file),
        open_workspace=lambda demo: open_data(paths, demo=demo),
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def window(qtbot, paths: AppPaths) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    opened = open_window(qtbot, paths)
    yield opened
    opened.workspace.close()


def when_modal(qtbot, handler: Callable[[QWidget], None], name: str | None = None) -> None:  # type: ignore[no-untyped-def]
    """Run handler on the next modal dialog (named `name`, if given) once it is shown.

    exec() blocks the test, so the handler runs from a timer inside the dialog's event loop.
    """

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        wanted = dialog is not None and dialog.isVisible()
        if wanted and name is not None:
            wanted = dialog.objectName() == name
        if not wanted:
            QTimer.singleShot(10, poll)
            return
        handler(dialog)

    QTimer.singleShot(0, poll)


def click_ok(dialog: QWidget) -> None:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    box.button(QDialogButtonBox.StandardButton.Ok).click()


def click_button(dialog: QWidget, text: str) -> None:
    assert isinstance(dialog, QMessageBox)
    for button in dialog.buttons():
        if button.text().replace("&", "") == text:
            button.click()
            return
    raise AssertionError(f"no button {text!r} in {[b.text() for b in dialog.buttons()]}")


def press(qtbot, widget: QWidget, sequence: str) -> None:  # type: ignore[no-untyped-def]
    """Press a key combination like 'Ctrl+Return' with the focus where the user has it."""
    from PySide6.QtGui import QKeySequence

    combo = QKeySequence(sequence)[0]
    qtbot.keyClick(widget, combo.key(), combo.keyboardModifiers())


def create_unit_and_round(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    def fill_unit(dialog: QWidget) -> None:
        name = dialog.findChild(QLineEdit, "unitNameEdit")
        qtbot.keyClicks(name, "Barnahus Test")
        click_ok(dialog)

    def fill_round(dialog: QWidget) -> None:
        title = dialog.findChild(QLineEdit, "roundTitleEdit")
        title.selectAll()
        qtbot.keyClicks(title, "Spring review")
        click_ok(dialog)

    # Creating the unit goes straight on to its first round.
    when_modal(qtbot, fill_unit, "unitDialog")
    when_modal(qtbot, fill_round, "roundDialog")
    qtbot.mouseClick(
        window.welcome.findChild(QWidget, "createUnitButton"), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: window.controller is not None)
    # Back in the main window once the dialogs are gone: its shortcuts reach it again.
    qtbot.waitUntil(lambda: not window.findChildren(QDialog))
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.waitUntil(lambda: window.page is not None and window.page.hasFocus())


def saved(paths: AppPaths, window: MainWindow, criterion_id: str):  # type: ignore[no-untyped-def]
    """Read back from a fresh connection what the database holds."""
    assert window.controller is not None
    with open_workspace(paths) as other:
        return RoundSession(other.assessment, window.controller.session.round.id).answer(
            criterion_id
        )


def test_first_start_shows_the_welcome_page(window: MainWindow) -> None:
    assert window.pages.currentIndex() == window.PAGE_WELCOME
    assert window.welcome.findChild(QWidget, "createUnitButton").isVisible()
    assert window.welcome.findChild(QWidget, "openDemoButton").isVisible()
    assert not window.assessment.new_round_action.isEnabled()


def test_a_whole_assessment_by_keyboard(qtbot, window: MainWindow, paths: AppPaths) -> None:  # type: ignore[no-untyped-def]
    create_unit_and_round(qtbot, window)
    assert window.pages.currentIndex() == window.PAGE_ASSESS
    assert "Barnahus Test" in window.windowTitle()
    controller = window.controller
    assert controller is not None
    page = window.page
    assert page is not None
    session = controller.session
    first = session.criteria()[0].id
    assert page.current_criterion() == first

    # Yes by keyboard; the header shows 100 % and the answer is in the database.
    press(qtbot, page, "Alt+1")
    assert saved(paths, window, first).value == "yes"
    header = window.header
    assert header is not None
    assert header.findChild(QWidget, "overallScoreLabel").text().startswith("100")

    # A note, typed; saved keystroke by keystroke.
    note = page.findChild(QPlainTextEdit, "noteEdit")
    note.setFocus()
    qtbot.keyClicks(note, "Routine seen in the shared folder")
    assert saved(paths, window, first).note == "Routine seen in the shared folder"

    # Ctrl+Return from inside the note goes on to the next unanswered criterion.
    press(qtbot, note, "Ctrl+Return")
    second = session.criteria()[1].id
    assert page.current_criterion() == second
    assert window.navigator.current_criterion() == second

    # No, then the third criterion N/A: it only counts once a reason is written.
    press(qtbot, page, "Alt+2")
    press(qtbot, page, "Ctrl+PgDown")
    third = session.criteria()[2].id
    assert page.current_criterion() == third
    press(qtbot, page, "Alt+3")
    assert session.scores.overall.answered == 2
    warning = page.findChild(QWidget, "justificationWarning")
    assert warning.isVisible()
    justification = page.findChild(QPlainTextEdit, "justificationEdit")
    justification.setFocus()
    qtbot.keyClicks(justification, "National law sends this elsewhere")
    assert not warning.isVisible()
    assert session.scores.overall.answered == 3
    assert session.scores.overall.not_applicable == 1
    assert saved(paths, window, third).na_justification == "National law sends this elsewhere"
    # 1 met of 2 applicable.
    assert header.findChild(QWidget, "overallScoreLabel").text().startswith("50")

    # Undo the justification (one step for the typing), then redo it.
    press(qtbot, page, "Ctrl+Z")
    assert saved(paths, window, third).na_justification == ""
    assert session.scores.overall.answered == 2
    press(qtbot, page, "Ctrl+Shift+Z")
    assert saved(paths, window, third).na_justification == "National law sends this elsewhere"

    # Filter: only the "not met" criterion is left, besides the one the user is on (kept in
    # view so that the page and the list never disagree).
    window.assessment.filter_actions[FilterMode.NOT_MET].trigger()
    tree = window.navigator.findChild(QWidget, "criteriaTree")
    shown = _visible_criteria(tree)
    assert set(shown) - {page.current_criterion()} == {second}
    window.go_to(second)
    window.assessment.filter_actions[FilterMode.NOT_MET].trigger()
    assert _visible_criteria(tree) == [second]
    window.assessment.filter_actions[FilterMode.ALL].trigger()
    assert len(_visible_criteria(tree)) == len(session.criteria())

    # Finalise (confirming), after which nothing can be changed.
    when_modal(qtbot, lambda box: click_button(box, "Finalise"))
    window.assessment.finalise_action.trigger()
    assert session.read_only
    assert window.assessment.reopen_action.isEnabled()
    assert page.findChild(QWidget, "readOnlyBanner").isVisible()
    assert "finalised" in window.round_combo.currentText()
    round_id = session.round.id

    # A new window on the same data folder finds everything as it was left.
    window.close()
    window.workspace.close()
    again = open_window(qtbot, paths)
    try:
        assert again.current_unit().name == "Barnahus Test"
        assert again.controller is not None
        reopened = again.controller.session
        assert reopened.round.id == round_id
        assert reopened.read_only
        assert reopened.answer(first).value == "yes"
        assert reopened.answer(first).note == "Routine seen in the shared folder"
        assert reopened.answer(second).value == "no"
        assert reopened.answer(third).na_justification == "National law sends this elsewhere"
        assert reopened.scores == session.scores
    finally:
        again.workspace.close()


def _visible_criteria(tree) -> list[str]:  # type: ignore[no-untyped-def]
    from promise_tracker.gui.assessment.criteria_model import CriterionIdRole

    model = tree.model()
    found: list[str] = []

    def walk(parent) -> None:  # type: ignore[no-untyped-def]
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            cid = index.data(CriterionIdRole)
            if cid:
                found.append(cid)
            walk(index)

    from PySide6.QtCore import QModelIndex

    walk(QModelIndex())
    return found


def test_reopening_asks_first(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    create_unit_and_round(qtbot, window)
    when_modal(qtbot, lambda box: click_button(box, "Finalise"))
    window.assessment.finalise_action.trigger()
    when_modal(qtbot, lambda box: box.reject())
    window.assessment.reopen_action.trigger()
    assert window.controller.session.read_only
    when_modal(qtbot, lambda box: click_button(box, "Reopen"))
    window.assessment.reopen_action.trigger()
    assert not window.controller.session.read_only


def test_deleting_a_unit_asks_and_leaves_nothing(
    qtbot, window: MainWindow, paths: AppPaths
) -> None:  # type: ignore[no-untyped-def]
    create_unit_and_round(qtbot, window)
    when_modal(qtbot, lambda box: box.reject())
    window.assessment.delete_unit_action.trigger()
    assert len(window.workspace.assessment.units()) == 1
    when_modal(qtbot, lambda box: click_button(box, "Delete unit"))
    window.assessment.delete_unit_action.trigger()
    assert window.workspace.assessment.units() == []
    assert window.pages.currentIndex() == window.PAGE_WELCOME
    import sqlite3

    with sqlite3.connect(paths.database) as connection:
        for table in ("rounds", "answers", "respondents", "events"):
            assert connection.execute(f"SELECT COUNT(*) FROM {table}").fetchone() == (0,)


def test_the_demo_opens_in_its_own_database(qtbot, window: MainWindow, paths: AppPaths) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(window.welcome.findChild(QWidget, "openDemoButton"), Qt.MouseButton.LeftButton)
    assert window.is_demo
    assert "[Demo]" in window.windowTitle()
    assert window.unit_combo.count() == 4
    assert window.workspace.paths.database == paths.demo().database
    assert window.workspace.paths.database != paths.database
    # The user's own database holds no demo unit.
    with open_workspace(paths) as own:
        assert own.assessment.units() == []
    window.demo_action.trigger()
    assert not window.is_demo
    assert window.pages.currentIndex() == window.PAGE_WELCOME


def test_window_geometry_and_place_are_remembered(qtbot, paths: AppPaths) -> None:  # type: ignore[no-untyped-def]
    with open_workspace(paths.demo()) as _:
        pass
    first = open_window(qtbot, paths)
    first.toggle_demo()
    first.resize(760, 560)  # the offscreen screen is 800x600
    target = first.controller.session.criteria()[10].id
    first.go_to(target)
    round_id = first.controller.session.round.id
    first.close()
    first.workspace.close()

    second = MainWindow(
        open_data(paths, demo=True),
        settings=Settings(paths.settings_file),
        open_workspace=lambda demo: open_data(paths, demo=demo),
        is_demo=True,
    )
    qtbot.addWidget(second)
    second.show()
    try:
        assert second.size().width() == 760
        assert second.controller.session.round.id == round_id
        assert second.page.current_criterion() == target
    finally:
        second.workspace.close()


def test_editing_a_unit_renaming_and_deleting_rounds(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    create_unit_and_round(qtbot, window)
    service = window.workspace.assessment

    def rename_unit(dialog: QWidget) -> None:
        name = dialog.findChild(QLineEdit, "unitNameEdit")
        name.selectAll()
        qtbot.keyClicks(name, "Barnahus Renamed")
        click_ok(dialog)

    when_modal(qtbot, rename_unit, "unitDialog")
    window.assessment.edit_unit_action.trigger()
    assert [u.name for u in service.units()] == ["Barnahus Renamed"]
    assert window.unit_combo.currentText() == "Barnahus Renamed"
    assert window.controller is not None  # the round stays open

    def rename_round(dialog: QWidget) -> None:
        title = dialog.findChild(QLineEdit, "renameRoundTitleEdit")
        title.selectAll()
        qtbot.keyClicks(title, "Autumn review")
        click_ok(dialog)

    when_modal(qtbot, rename_round, "roundTitleDialog")
    window.assessment.rename_round_action.trigger()
    unit_id = service.units()[0].id
    assert [r.title for r in service.rounds(unit_id)] == ["Autumn review"]
    assert "Autumn review" in window.round_combo.currentText()
    assert "Autumn review" in window.windowTitle()

    when_modal(qtbot, lambda box: box.reject())
    window.assessment.delete_round_action.trigger()
    assert len(service.rounds(unit_id)) == 1
    when_modal(qtbot, lambda box: click_button(box, "Delete round"))
    window.assessment.delete_round_action.trigger()
    assert service.rounds(unit_id) == []
    assert window.pages.currentIndex() == window.PAGE_NO_ROUND
    assert window.findChild(QWidget, "startFirstRoundButton").isVisible()


def test_moving_on_from_a_box_the_next_criterion_hides_keeps_the_focus_on_the_page(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    """The barrier box (shown for a criterion not met) and the reason box (for not
    applicable) are hidden on a criterion without them: moving on from inside them leaves
    the keyboard on the new criterion's answer, not on the toolbar."""
    create_unit_and_round(qtbot, window)
    page = window.page
    assert page is not None
    criteria = [c.id for c in window.controller.session.criteria()]

    press(qtbot, page, "Alt+2")  # not met: the Improvement section asks what stands in the way
    barrier = page.findChild(QComboBox, "barrierCombo")
    assert barrier.isVisible()
    barrier.setFocus()
    qtbot.waitUntil(barrier.hasFocus)
    press(qtbot, barrier, "Ctrl+PgDown")
    assert page.current_criterion() == criteria[1]
    assert not barrier.isVisible()
    focus = QApplication.focusWidget()
    assert focus is page.findChild(QWidget, "answer_yes"), focus.objectName()

    press(qtbot, page, "Alt+3")  # not applicable: the reason box
    reason = page.findChild(QPlainTextEdit, "justificationEdit")
    reason.setFocus()
    qtbot.waitUntil(reason.hasFocus)
    press(qtbot, reason, "Ctrl+PgDown")
    assert page.current_criterion() == criteria[2]
    assert not reason.isVisible()
    focus = QApplication.focusWidget()
    assert focus is page.findChild(QWidget, "answer_yes"), focus.objectName()
