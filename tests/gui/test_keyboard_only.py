"""Keyboard only: answer a criterion, write its evidence note, move on, open the Results and
every window the menus open, and close each with Esc, with the focus always on a visible,
named control.

Keys are sent as a user presses them: to the focused control (QApplication.focusWidget()),
or to the open menu. After every step the test checks where the focus is (tests/gui/a11y.py
`focus_problem`). The steps go on after a problem, so one run lists them all.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu, QRadioButton, QWidget
from shiboken6 import isValid

from promise_tracker.gui.app_shell.main_window import MainWindow
from promise_tracker.gui.shared.settings import Settings
from promise_tracker.services.workspace import Workspace
from tests.gui import a11y
from tests.gui.conftest import DRAFT_ROUND_ID

Key = Qt.Key
Mod = Qt.KeyboardModifier

# Windows opened by a shortcut: (what, key, modifiers).
BY_SHORTCUT: list[tuple[str, Key, Qt.KeyboardModifier]] = [
    ("Export to Excel (Ctrl+E)", Key.Key_E, Mod.ControlModifier),
    ("Import from Excel (Ctrl+I)", Key.Key_I, Mod.ControlModifier),
    ("Report (Ctrl+Shift+P)", Key.Key_P, Mod.ControlModifier | Mod.ShiftModifier),
    ("Preferences (Ctrl+,)", Key.Key_Comma, Mod.ControlModifier),
    ("New round (Ctrl+Shift+N)", Key.Key_N, Mod.ControlModifier | Mod.ShiftModifier),
    ("Respondents (Ctrl+Shift+R)", Key.Key_R, Mod.ControlModifier | Mod.ShiftModifier),
    ("Export questionnaires (Ctrl+Shift+E)", Key.Key_E, Mod.ControlModifier | Mod.ShiftModifier),
    ("Import questionnaires (Ctrl+Shift+I)", Key.Key_I, Mod.ControlModifier | Mod.ShiftModifier),
    ("Disagreement (Ctrl+Shift+D)", Key.Key_D, Mod.ControlModifier | Mod.ShiftModifier),
    ("Consensus meeting (F9)", Key.Key_F9, Mod.NoModifier),
    ("Browse standards (Ctrl+B)", Key.Key_B, Mod.ControlModifier),
    ("Bilingual view (Ctrl+Shift+B)", Key.Key_B, Mod.ControlModifier | Mod.ShiftModifier),
    ("Presenter mode (F5)", Key.Key_F5, Mod.NoModifier),
]
# Windows without a shortcut, through the menus: (what, menu mnemonic, entry's objectName).
BY_MENU: list[tuple[str, str, str]] = [
    ("File > New unit", "F", "newUnitAction"),
    ("File > Edit unit", "F", "editUnitAction"),
    ("File > Compare units", "F", "compareAction"),
    ("File > Backups", "F", "backupsAction"),
    ("Round > Rename round", "R", "renameRoundAction"),
    ("Standards > Export handout", "N", "exportHandoutAction"),
    ("Help > About", "H", "aboutAction"),
]


def _mnemonic(text: str) -> str | None:
    cleaned = text.replace("&&", "")
    index = cleaned.find("&")
    return cleaned[index + 1].upper() if 0 <= index < len(cleaned) - 1 else None


class _EscapeEachWindow(QObject):
    """For each window that appears: check the focus in it, press Esc on the focused control,
    and note whether it closed (a window Esc does not close is closed for the test to go on)."""

    def __init__(self, keep: QWidget, problems: list[str]) -> None:
        super().__init__()
        self.keep = keep
        self.problems = problems
        self.opened: list[str] = []
        self.step = ""
        self._pending: list[QWidget] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            event.type() == QEvent.Type.Show
            and isinstance(watched, QWidget)
            and watched.isWindow()
            and watched is not self.keep
            and watched.windowType() in (Qt.WindowType.Window, Qt.WindowType.Dialog)
            and watched not in self._pending
        ):
            self._pending.append(watched)
            QTimer.singleShot(0, self._handle)
        return False

    def _handle(self) -> None:
        waiting, self._pending = self._pending, []
        for window in waiting:
            if not isValid(window) or not window.isVisible():
                continue
            modal = QApplication.activeModalWidget()
            if modal is not None and modal is not window:
                # A dialog was opened over this window (the handout over the standards
                # browser): it has the keyboard; this window's turn comes once it closed.
                self._pending.append(window)
                QTimer.singleShot(0, self._handle)
                continue
            if QApplication.activeWindow() is None:
                window.activateWindow()  # what the window manager does (offscreen has none)
                QApplication.processEvents()
            title = f"{type(window).__name__} {window.windowTitle()!r}"
            self.opened.append(title)
            if a11y.is_file_dialog(window):
                window.close()  # Qt's own: not ours to check
                continue
            QApplication.processEvents()
            focus = QApplication.focusWidget()
            if focus is None or focus.window() is not window:
                where = "nothing" if focus is None else f"{type(focus).__name__} elsewhere"
                self.problems.append(f"{self.step}: {title} opened without the focus ({where})")
            else:
                problem = a11y.focus_problem(focus)
                if problem:
                    self.problems.append(f"{self.step}: {title}: {problem}")
            target = QApplication.focusWidget() or window
            QTest.keyClick(target, Key.Key_Escape)
            QApplication.processEvents()
            if isValid(window) and window.isVisible():  # deleted on close is closed
                self.problems.append(f"{self.step}: {title} did not close on Esc")
                a11y.close_like_a_user(window)


@pytest.fixture
def window(qtbot, demo_workspace: Workspace) -> MainWindow:  # type: ignore[no-untyped-def]
    main = MainWindow(demo_workspace, settings=Settings(demo_workspace.paths.settings_file))
    qtbot.addWidget(main)
    main.resize(1280, 760)
    main.show()
    qtbot.waitExposed(main)
    draft = demo_workspace.assessment.round(DRAFT_ROUND_ID)
    main.select(draft.unit_id, draft.id)
    main.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    return main


def _press(
    key: Key, modifiers: Qt.KeyboardModifier = Mod.NoModifier, main: QWidget | None = None
) -> None:
    """A key pressed by the user: it goes to the open menu, else the focused control (else,
    when the focus was lost, which the steps' checks report, to the active or main window)."""
    target = (
        QApplication.activePopupWidget()
        or QApplication.focusWidget()
        or QApplication.activeWindow()
        or main
    )
    assert target is not None, "no window to type into"
    QTest.keyClick(target, key, modifiers)
    QApplication.processEvents()


def _type(text: str) -> None:
    target = QApplication.focusWidget()
    assert target is not None
    QTest.keyClicks(target, text)
    QApplication.processEvents()


# Menus opened with Alt+letter ask the platform to raise them and grab the keyboard, which
# the offscreen platform cannot do (it says so); the menus work all the same.
@pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)
def test_answer_note_move_on_and_every_window_by_keyboard_only(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
) -> None:
    problems: list[str] = []

    def press(key: Key, modifiers: Qt.KeyboardModifier = Mod.NoModifier) -> None:
        _press(key, modifiers, window)

    def check(step: str) -> None:
        problem = a11y.focus_problem(QApplication.focusWidget())
        if problem:
            problems.append(f"{step}: {problem}")

    controller = window.controller
    assert controller is not None
    session = controller.session
    unanswered = next(c.id for c in session.criteria() if session.answer(c.id).value is None)
    check("the round opened")  # where the window put the keyboard itself
    window.go_to(unanswered)
    QApplication.processEvents()

    # Answer: Alt+1 is the first option (yes).
    press(Key.Key_1, Mod.AltModifier)
    assert session.answer(unanswered).value == "yes", "Alt+1 did not answer yes"
    check("answered with Alt+1")

    # Tab to the chosen answer, Tab on and type a space: whatever has the focus then,
    # typing never changes the answer (a space on "Clear answer" used to clear it).
    page = window.page
    assert page is not None
    for _ in range(6):
        focused = QApplication.focusWidget()
        if isinstance(focused, QRadioButton) and page.isAncestorOf(focused):
            break
        press(Key.Key_Tab)
    else:
        problems.append("Tab did not reach the answer options")
    check("Tab to the answer")
    press(Key.Key_Tab)
    check("Tab on from the answer")
    landed = QApplication.focusWidget()
    _type(" ")
    if QApplication.activeModalWidget() is not None:
        press(Key.Key_Escape)  # the space pressed a button that opened a box
    if session.answer(unanswered).value != "yes":
        where = type(landed).__name__ + f"({landed.objectName()})" if landed else "nothing"
        problems.append(f"a space typed after Tab ({where}) changed the answer")
        press(Key.Key_1, Mod.AltModifier)

    # The evidence note by its shortcut (Alt+I), then typing: the answer must not change.
    press(Key.Key_I, Mod.AltModifier)
    if QApplication.focusWidget() is not page.note_edit:
        problems.append("Alt+I did not put the cursor in the evidence note")
        page.note_edit.setFocus()
    _type(" The policy is signed by all agencies.")
    assert session.answer(unanswered).note.strip() == "The policy is signed by all agencies."
    assert session.answer(unanswered).value == "yes", "typing the note changed the answer"
    check("typed the note")

    # Move on, from the note, to the next criterion; answer it "no" (Alt+2).
    press(Key.Key_PageDown, Mod.ControlModifier)
    moved_to = page.current_criterion()
    assert moved_to is not None
    assert moved_to != unanswered, "Ctrl+PgDown did not move on"
    check("moved on with Ctrl+PgDown")
    press(Key.Key_2, Mod.AltModifier)
    assert session.answer(moved_to).value == "no", "Alt+2 did not answer no"
    check("answered with Alt+2")

    # The Results (Ctrl+R), each tab (Ctrl+Tab), and back (Ctrl+R).
    press(Key.Key_R, Mod.ControlModifier)
    view = window.results.view
    if view is None or not view.isVisible():
        problems.append("Ctrl+R did not show the Results")
    else:
        check("Results shown with Ctrl+R")
        tabs = view.tabs
        if not tabs.isAncestorOf(QApplication.focusWidget()):
            tabs.tabBar().setFocus()  # noted by check() above if the focus was lost
        for _ in range(tabs.count() - 1):
            before = tabs.currentIndex()
            press(Key.Key_Tab, Mod.ControlModifier)
            if tabs.currentIndex() == before:
                problems.append(f"Ctrl+Tab did not leave the Results tab {before}")
                tabs.setCurrentIndex(before + 1)
            check(f"Results tab {tabs.tabText(tabs.currentIndex())!r}")
        press(Key.Key_R, Mod.ControlModifier)
        if view.isVisible():
            problems.append("Ctrl+R did not go back from the Results")
            window.results.action.trigger()
        check("back from the Results")

    escape = _EscapeEachWindow(window, problems)
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(escape)
    try:
        for what, key, modifiers in BY_SHORTCUT:
            _open(escape, what, problems, check, lambda k=key, m=modifiers: press(k, m))
        for what, mnemonic, action_name in BY_MENU:
            _open(
                escape,
                what,
                problems,
                check,
                lambda m=mnemonic, a=action_name: _through_menu(window, m, a),
            )
    finally:
        app.removeEventFilter(escape)
    assert not problems, "keyboard-only problems:\n  " + "\n  ".join(problems)


def _open(
    escape: _EscapeEachWindow,
    what: str,
    problems: list[str],
    check: Callable[[str], None],
    keys: Callable[[], None],
) -> None:
    """Press `keys`; the window that opens is checked and closed with Esc by `escape`."""
    escape.step = what
    before = len(escape.opened)
    keys()
    QApplication.processEvents()
    QApplication.processEvents()
    if len(escape.opened) == before:
        problems.append(f"{what}: no window opened")
    # Non-modal windows are handled on the next turns; wait until every one has gone.
    for _ in range(20):
        others = [w for w in QApplication.topLevelWidgets() if _other_window(w, escape.keep)]
        if not others:
            break
        QApplication.processEvents()
    if QApplication.activeWindow() is None:
        # What a window manager does when a window closes (the offscreen platform has none):
        # the window below becomes active again, with the focus where it was.
        escape.keep.activateWindow()
        QApplication.processEvents()
    check(f"back from {what}")


def _other_window(widget: QWidget, main: QWidget) -> bool:
    return (
        widget is not main
        and widget.isVisible()
        and widget.isWindow()
        and widget.windowType() in (Qt.WindowType.Window, Qt.WindowType.Dialog)
    )


def _through_menu(window: MainWindow, mnemonic: str, action_name: str) -> None:
    """Alt+letter opens the menu; the entry's own letter chooses it."""
    _press(getattr(Key, f"Key_{mnemonic}"), Mod.AltModifier, window)
    menu = QApplication.activePopupWidget()
    if not isinstance(menu, QMenu):
        return  # "no window opened" is reported for the step
    action = next(a for a in menu.actions() if a.objectName() == action_name)
    letter = _mnemonic(action.text())
    assert letter is not None, f"{action.text()!r} has no mnemonic"
    QTest.keyClick(menu, getattr(Key, f"Key_{letter}"))
    QApplication.processEvents()
