"""The main window as its features see it: a small protocol, and the helpers features share.

A feature (assessment, results, team, exchange, training, preferences) is installed into the
window by its own `install(host)` function: it adds its actions to the host's menus and
toolbar, and follows the host's signals to keep them current. It knows the window only
through `FeatureHost`, never through the window class or its private methods, so the window
can change without breaking its features and a feature can be tested on its own.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QMessageBox, QWidget

from promise_tracker import APP_NAME
from promise_tracker.errors import PromiseTrackerError

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

    from promise_tracker.domain.entities import Round, Unit
    from promise_tracker.gui.shared.round_controller import RoundController
    from promise_tracker.gui.shared.settings import Settings
    from promise_tracker.services.assessment import AssessmentService
    from promise_tracker.services.workspace import Workspace


class Menu(Enum):
    """The menus of the main window's menu bar, in their order."""

    FILE = "file"
    EDIT = "edit"
    VIEW = "view"
    ROUND = "round"
    TEAM = "team"
    STANDARDS = "standards"
    HELP = "help"


class FeatureHost(Protocol):
    """What the main window offers the features installed into it.

    Signals (without arguments unless said):
    - `workspaceChanged`: other data was opened or the data was let go (the demo and the
      user's data take turns); anything read from the old data must be dropped.
    - `roundChanged`: the chosen unit or round changed, a round was opened or closed, or the
      open round's details changed (renamed, finalised, reopened); actions update.
    - `dataChanged`: data was changed outside the open round's views (an import, the
      consensus meeting) and the window has read it again; views of that data refresh.
    - `languageChanged`: the standards' texts are to be shown in `language` from now on.
    - `roundCreated(round_id)`: a round was just started by the user (after it is saved and
      opened); e.g. the unit's open actions are offered for review.
    - `actionRequested(criterion_id, action_id)`: the user asked to see or edit an action of
      the action plan from elsewhere (the criterion page); an empty action_id asks for a new
      action for that criterion of the open round.
    """

    @property
    def workspaceChanged(self) -> SignalInstance: ...

    @property
    def roundChanged(self) -> SignalInstance: ...

    @property
    def dataChanged(self) -> SignalInstance: ...

    @property
    def languageChanged(self) -> SignalInstance: ...

    @property
    def roundCreated(self) -> SignalInstance: ...

    @property
    def actionRequested(self) -> SignalInstance: ...

    # --- what is open ----------------------------------------------------------------------

    @property
    def workspace(self) -> Workspace | None:
        """The open data, or None while it is being opened or replaced."""

    @property
    def service(self) -> AssessmentService:
        """The open data's assessment service (only while `workspace` is not None)."""

    @property
    def controller(self) -> RoundController | None:
        """The open round's controller, or None when no round is open."""

    @property
    def settings(self) -> Settings: ...

    @property
    def language(self) -> str:
        """The language of the standards' texts."""

    @property
    def is_demo(self) -> bool: ...

    def current_unit(self) -> Unit | None: ...

    def current_round(self) -> Round | None: ...

    # --- the window's parts ------------------------------------------------------------------

    def main_window(self) -> QMainWindow:
        """The window itself: the parent of dialogs and the owner of shortcuts."""

    def menu(self, which: Menu) -> QMenu: ...

    def toolbar(self) -> QToolBar: ...

    def show_status(self, text: str, timeout_ms: int = 5000) -> None: ...

    def show_view(self, view: QWidget) -> None:
        """Show a feature's view (e.g. the Results) in the window in place of the round."""

    def remove_view(self, view: QWidget) -> None:
        """Take a view shown by `show_view` out of the window (the caller deletes it)."""

    # --- asking the window to act ------------------------------------------------------------

    def select(self, unit_id: str | None = None, round_id: str | None = None) -> None:
        """Read the units and rounds again and show `unit_id`'s `round_id` (if still there)."""

    def reload(self) -> None:
        """Read the data again and reopen the chosen round; then emit `dataChanged`."""

    def close_round(self) -> None:
        """Close the open round's views (saving where the user was)."""

    def go_to(self, criterion_id: str) -> None:
        """Show `criterion_id` of the open round."""

    def show_round(self) -> None:
        """Show the chosen round's page again (e.g. after the Results view)."""

    def set_language(self, language: str) -> None:
        """Show the standards' texts in `language`."""

    def save_settings(self) -> None: ...

    def release_workspace(self) -> Workspace | None:
        """Let go of the open data (views closed, settings saved); the caller owns it now."""

    def attach_workspace(self, workspace: Workspace, *, is_demo: bool = False) -> None:
        """Show `workspace`, which the window owns from now on."""


def close_on_escape(window: QWidget, close: Callable[[], object] | None = None) -> QShortcut:
    """Esc closes `window` (a window of its own, not a dialog) as it closes a dialog, so
    keyboard users leave every window the same way; its close path (saving settings, asking
    about work in progress) runs as for the close button, or `close` when given (to ask
    first). A control that uses Esc itself (an open list, a popup, an editor) gets it first."""
    shortcut = QShortcut(QKeySequence(Qt.Key.Key_Escape), window)
    shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
    shortcut.setObjectName("closeOnEscape")
    shortcut.activated.connect(close if close is not None else window.close)
    return shortcut


def make_action(
    window: QWidget,
    name: str,
    text: str,
    slot: Callable[[], object],
    shortcuts: list[QKeySequence] | QKeySequence.StandardKey | QKeySequence | str | None = None,
    tip: str = "",
) -> QAction:
    """A window action whose tooltip and status tip say what it does and its shortcut.

    The action is added to `window` too, so its shortcut works wherever the focus is, even
    with the menu bar hidden.
    """
    action = QAction(text, window)
    action.setObjectName(name)
    if isinstance(shortcuts, str):
        shortcuts = QKeySequence(shortcuts)
    if isinstance(shortcuts, QKeySequence):
        action.setShortcut(shortcuts)
    elif shortcuts:
        action.setShortcuts(shortcuts)
    shown = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    plain = tip or text.replace("&", "").rstrip(".…")
    action.setToolTip(
        QCoreApplication.translate("Forms", "{tip} ({shortcut})").format(tip=plain, shortcut=shown)
        if shown
        else plain
    )
    action.setStatusTip(plain)
    action.triggered.connect(lambda _checked=False: slot())
    window.addAction(action)
    return action


def add_to_toolbar(toolbar: QToolBar, action: QAction) -> QWidget | None:
    """Put `action` on `toolbar` as a button a keyboard user reaches by Tab (Qt leaves
    toolbar buttons out of the Tab order); a click still leaves the focus where it was.
    Returns the button."""
    toolbar.addAction(action)
    button = toolbar.widgetForAction(action)
    if button is not None:
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    return button


def warn(parent: QWidget, message: str) -> None:
    """Show an expected problem (a refusal, a file that cannot be read) in a message box."""
    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, message, parent=parent)
    box.setObjectName("warningBox")
    box.exec()


def confirm(parent: QWidget, title: str, text: str, confirm_text: str) -> bool:
    """Ask before something that cannot be undone; Cancel is the default."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    box.setObjectName("confirmBox")
    yes = box.addButton(confirm_text, QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is yes


def guarded(parent: QWidget, action: Callable[[], object]) -> bool:
    """Run a user action; an expected problem is shown, never raised further."""
    try:
        action()
    except PromiseTrackerError as error:
        warn(parent, str(error))
        return False
    return True
