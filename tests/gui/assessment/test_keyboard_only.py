"""The criterion page and the assessment's menus by keyboard alone: typing never changes an
answer, the note is a shortcut and few Tab stops away, the options are entered on the answer
given, and New round and Edit unit are reachable and keep their own keys."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QToolBar, QToolButton, QWidget

from promise_tracker.domain.scoring import CriterionStatus
from promise_tracker.gui.app_shell.main_window import MainWindow
from promise_tracker.gui.shared.round_controller import RoundController
from promise_tracker.paths import AppPaths
from promise_tracker.services.workspace import Workspace
from tests.gui.assessment.test_assessment_window import open_window
from tests.gui.assessment.test_criterion_page import (
    checked_option,
    first_with_status,
    open_screen,
    saved_answer,
)
from tests.gui.conftest import DRAFT_ROUND_ID


def tab(qtbot, times: int = 1) -> QWidget:  # type: ignore[no-untyped-def]
    """Press Tab `times` times where the focus is; the widget that has the focus then."""
    for _ in range(times):
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    focused = QApplication.focusWidget()
    assert focused is not None
    return focused


def test_after_answering_tab_goes_to_the_note_and_a_space_never_clears_the_answer(
    qtbot, controller: RoundController, demo_workspace: Workspace
) -> None:  # type: ignore[no-untyped-def]
    cid = first_with_status(controller.session, CriterionStatus.UNANSWERED)
    screen = open_screen(qtbot, controller, cid)
    page = screen.page
    yes = page.findChild(QWidget, "answer_yes")
    qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)
    yes.setFocus()
    qtbot.waitUntil(yes.hasFocus)

    assert tab(qtbot) is page.note_edit
    qtbot.keyClicks(page.note_edit, " Routine")

    stored = saved_answer(demo_workspace, DRAFT_ROUND_ID, cid)
    assert stored is not None
    assert stored.value == "yes"
    assert stored.note == " Routine"
    assert checked_option(page) == "answer_yes"
    assert page.clear_button.focusPolicy() == Qt.FocusPolicy.NoFocus


def test_clear_answer_stays_a_click_and_alt_0_away(
    qtbot, controller: RoundController, demo_workspace: Workspace
) -> None:  # type: ignore[no-untyped-def]
    cid = first_with_status(controller.session, CriterionStatus.MET)
    screen = open_screen(qtbot, controller, cid)
    page = screen.page
    qtbot.mouseClick(page.clear_button, Qt.MouseButton.LeftButton)
    assert checked_option(page) is None
    qtbot.keyClick(page.statement_label, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(page.statement_label, Qt.Key.Key_0, Qt.KeyboardModifier.AltModifier)
    stored = saved_answer(demo_workspace, DRAFT_ROUND_ID, cid)
    assert stored is not None
    assert stored.value is None
    assert "Alt+0" in page.clear_button.toolTip()


def test_the_note_has_a_shortcut_and_is_three_tab_stops_from_the_statement(
    qtbot, controller: RoundController
) -> None:  # type: ignore[no-untyped-def]
    cid = first_with_status(controller.session, CriterionStatus.MET)
    screen = open_screen(qtbot, controller, cid)
    page = screen.page

    assert page.note_box.title() == "Ev&idence note"
    assert "Alt+I" in page.note_edit.toolTip()
    # Statement, "About the wording…", the answer given, then the note.
    assert tab(qtbot, 3) is page.note_edit

    page.flag_check.setFocus()
    qtbot.waitUntil(page.flag_check.hasFocus)
    qtbot.keyClick(page.flag_check, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)
    assert page.note_edit.hasFocus()


def test_the_options_are_entered_on_the_answer_given(
    qtbot, controller: RoundController, draft_session
) -> None:  # type: ignore[no-untyped-def]
    session = controller.session
    cid = first_with_status(session, CriterionStatus.UNANSWERED)
    answer = replace(session.answer(cid), value="na", na_justification="No court nearby")
    controller.set_answer(answer, "value")
    screen = open_screen(qtbot, controller, cid)
    page = screen.page
    page.provenance_line.button.setFocus()
    qtbot.waitUntil(page.provenance_line.button.hasFocus)

    entered = tab(qtbot)
    assert entered is page.findChild(QWidget, "answer_na")
    # Backwards from the reason box, too, on the answer given.
    page.justification_edit.setFocus()
    qtbot.waitUntil(page.justification_edit.hasFocus)
    qtbot.keyClick(page.justification_edit, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is page.findChild(QWidget, "answer_na")


def test_unanswered_options_are_entered_on_the_first(qtbot, controller: RoundController) -> None:  # type: ignore[no-untyped-def]
    cid = first_with_status(controller.session, CriterionStatus.UNANSWERED)
    screen = open_screen(qtbot, controller, cid)
    page = screen.page
    page.provenance_line.button.setFocus()
    qtbot.waitUntil(page.provenance_line.button.hasFocus)

    assert tab(qtbot) is page.findChild(QWidget, "answer_yes")
    assert checked_option(page) is None  # entering the options chooses nothing


@pytest.fixture
def demo_window(qtbot, paths: AppPaths, demo_template) -> MainWindow:  # type: ignore[no-untyped-def]
    import shutil

    shutil.copytree(demo_template, paths.data_dir, dirs_exist_ok=True)
    window = open_window(qtbot, paths)
    yield window
    window.workspace.close()


@pytest.fixture
def paths(tmp_path) -> AppPaths:  # type: ignore[no-untyped-def]
    from promise_tracker.paths import resolve_paths

    return resolve_paths(tmp_path / "data")


def test_every_toolbar_button_is_reached_by_tab(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    actions = demo_window.findChild(QObject, "assessmentActions")
    assert actions is not None
    assert actions.new_round_action.shortcut() == QKeySequence("Ctrl+Shift+N")
    toolbar = demo_window.findChild(QToolBar)
    buttons = {
        action.text().replace("&", "").rstrip("…"): toolbar.widgetForAction(action)
        for action in toolbar.actions()
        if not action.isSeparator() and isinstance(toolbar.widgetForAction(action), QToolButton)
    }
    assert {"New round", "Results", "Action plan"} <= set(buttons)
    # Tab from the Unit box, as a keyboard user goes along the toolbar (of a window wide
    # enough to show every button: hidden ones are in the toolbar's overflow menu).
    demo_window.resize(1366, 768)
    demo_window.activateWindow()
    demo_window.unit_combo.setFocus()
    qtbot.waitUntil(demo_window.unit_combo.hasFocus)
    reached = []
    for _ in range(12):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    missing = [text for text, button in buttons.items() if button not in reached]
    assert not missing, f"not reached by Tab: {missing}"


def mnemonics(menu) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """Each entry's object name and the Alt+letter its mnemonic gives."""
    return {
        action.objectName() or action.text(): QKeySequence.mnemonic(action.text()).toString()
        for action in menu.actions()
        if action.isVisible() and not action.isSeparator()
    }


def test_edit_unit_has_a_mnemonic_of_its_own_in_the_file_menu(demo_window: MainWindow) -> None:
    menus = {
        action.objectName() or action.text(): action.menu()
        for action in demo_window.menuBar().actions()
    }
    file_keys = mnemonics(menus["&File"])
    assert file_keys["editUnitAction"] == "Alt+T"
    others = [key for name, key in file_keys.items() if "Unit" not in name]
    for mine in ("newUnitAction", "editUnitAction", "deleteUnitAction"):
        assert file_keys[mine] not in others, mine
    assert len({file_keys[m] for m in ("newUnitAction", "editUnitAction", "deleteUnitAction")}) == 3


def test_the_view_menus_moves_and_filters_have_mnemonics_of_their_own(
    demo_window: MainWindow,
) -> None:
    menus = {
        action.objectName() or action.text(): action.menu()
        for action in demo_window.menuBar().actions()
    }
    view_keys = mnemonics(menus["&View"])
    keys = [key for key in view_keys.values() if key]
    assert len(keys) == len(set(keys)), view_keys


@pytest.fixture(params=["en", "sv"])
def language_window(request, qtbot, paths: AppPaths, demo_template):  # type: ignore[no-untyped-def]
    """The demo window in English, then in Swedish (the translators taken away after)."""
    if request.param == "en":
        yield request.getfixturevalue("demo_window")
        return
    from tests.gui.test_translation import _install, _uninstall

    installed = _install("sv", QApplication.instance())
    try:
        yield request.getfixturevalue("demo_window")
    finally:
        _uninstall(installed, QApplication.instance())


def test_alt_letters_on_the_answering_screen_are_each_used_once(
    qtbot, language_window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    """In English and in Swedish: each Alt+letter of the menus, the labelled fields, the
    boxes and the page's own shortcuts is used once (the Swedish letters are the
    translator's, so they are checked too)."""
    from PySide6.QtWidgets import QGroupBox, QLabel

    demo_window = language_window
    controller = demo_window.controller
    assert controller is not None
    session = controller.session
    not_met = next(c.id for c in session.criteria() if session.answer(c.id).value == "no")
    demo_window.go_to(not_met)
    qtbot.waitUntil(lambda: demo_window.findChild(QWidget, "improvementBox").isVisible())

    keys: dict[str, list[str]] = {}

    def add(text: str) -> None:
        key = QKeySequence.mnemonic(text).toString()
        if key:
            keys.setdefault(key, []).append(text)

    for action in demo_window.menuBar().actions():
        add(action.text())
    for label in demo_window.findChildren(QLabel):
        if label.isVisible() and label.buddy() is not None:
            add(label.text())
    for box in demo_window.findChildren(QGroupBox):
        if box.isVisible():
            add(box.title())
    for fixed in ("Alt+0", "Alt+1", "Alt+2", "Alt+3", "Alt+C", "Alt+D"):
        add(f"&{fixed[-1]}")  # the page's own Alt shortcuts
    if demo_window.menuBar().actions()[0].text() == "&File":  # English
        assert "Alt+Y" in keys  # What stands in the way
        assert "Alt+I" in keys  # the evidence note
    assert {key: texts for key, texts in keys.items() if len(texts) > 1} == {}


def test_the_page_takes_the_focus_on_its_statement(qtbot, controller: RoundController) -> None:  # type: ignore[no-untyped-def]
    screen = open_screen(qtbot, controller, controller.session.criteria()[0].id)
    screen.search.setFocus()
    qtbot.waitUntil(screen.search.hasFocus)

    screen.page.setFocus()  # what the window does when a round opens

    assert QApplication.focusWidget() is screen.page.statement_label
