"""Connecting to a database on a server at startup: off the GUI thread, asking for the password
when the server wants one that was not given, and saying plainly when it was wrong.

The password typed is kept in memory only, for the session (in the URL the workspace holds):
it is never written to the settings, the log or a crash report, and never shown.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from promise_tracker.errors import PromiseTrackerError
from promise_tracker.gui.shared.accessibility import announce, describe
from promise_tracker.gui.shared.forms import with_shortcut
from promise_tracker.gui.shared.look import set_secondary_text

if TYPE_CHECKING:
    from promise_tracker.services.workspace import Workspace

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ServerSide:
    """Which server, database and role (user) a login is for, as shown to people."""

    server: str
    user: str
    database: str


class Refusal(Enum):
    PASSWORD_NEEDED = "needed"  # the server wants a password and none was at hand
    PASSWORD_WRONG = "wrong"  # the server did not accept the password given


class ServerLoginRefusedError(PromiseTrackerError):
    """The server refused the login for want of the right password: the user is asked."""

    def __init__(self, refusal: Refusal, side: ServerSide) -> None:
        super().__init__(f"{refusal.value}: {side.user} on {side.server}")
        self.refusal = refusal
        self.side = side


# Opens the workspace with the password typed (None: the URL's, or libpq's own sources);
# raises ServerLoginRefusedError or another PromiseTrackerError. Runs on a worker thread.
Attempt = Callable[[str | None], "Workspace"]


class ServerPasswordDialog(QDialog):
    """Asks for the password of a role on a database server; tells when it was wrong."""

    passwordGiven = Signal(str)

    def __init__(self, side: ServerSide, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("serverPasswordDialog")
        self.setWindowTitle(self.tr("Password for the database server"))
        self.message_label = QLabel(
            self.tr(
                "The database server on {server} asks for the password of “{user}” to open "
                "the database “{database}”."
            ).format(server=side.server, user=side.user, database=side.database),
            self,
        )
        self.message_label.setObjectName("serverPasswordMessage")
        self.message_label.setWordWrap(True)

        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("serverPasswordEdit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setAccessibleName(
            self.tr("Password of {user} on {server}").format(user=side.user, server=side.server)
        )
        label_text = self.tr("&Password:")
        self.password_edit.setToolTip(
            with_shortcut(self.tr("The password of your user on the database server."), label_text)
        )
        form = QFormLayout()
        form.addRow(label_text, self.password_edit)

        self.wrong_label = QLabel(
            self.tr(
                "Wrong password: the server did not accept it for “{user}”. Check it (capital "
                "letters count) and type it again."
            ).format(user=side.user),
            self,
        )
        self.wrong_label.setObjectName("serverPasswordWrong")
        self.wrong_label.setWordWrap(True)
        self.wrong_label.hide()
        kept = QLabel(
            self.tr("The password is kept only while PROMISE tracker is open; it is never saved."),
            self,
        )
        kept.setObjectName("serverPasswordKept")
        kept.setWordWrap(True)
        set_secondary_text(kept)

        self.busy_bar = QProgressBar(self)
        self.busy_bar.setObjectName("serverPasswordBusy")
        self.busy_bar.setRange(0, 0)  # busy, with no end known
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setAccessibleName(self.tr("Connecting to the database server"))
        self.busy_bar.hide()

        buttons = QDialogButtonBox(self)
        self.connect_button = QPushButton(self.tr("&Connect"), self)
        self.connect_button.setObjectName("serverPasswordConnectButton")
        self.connect_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("serverPasswordCancelButton")
        self.cancel_button.setToolTip(self.tr("Close PROMISE tracker without opening the data."))
        self.cancel_button.setAutoDefault(False)
        buttons.addButton(self.connect_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._give)
        buttons.rejected.connect(self.reject)
        self.password_edit.textChanged.connect(self._update_buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(self.message_label)
        layout.addLayout(form)
        layout.addWidget(self.wrong_label)
        layout.addWidget(kept)
        layout.addWidget(self.busy_bar)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)
        self._busy = False
        self._update_buttons()
        self.password_edit.setFocus()

    def _give(self) -> None:
        password = self.password_edit.text()
        if not password or self._busy:  # Enter in an empty field does nothing
            return
        self.set_busy(True)
        self.passwordGiven.emit(password)

    def set_busy(self, busy: bool) -> None:
        """Connecting: the field and Connect wait; Cancel still closes the app."""
        self._busy = busy
        self.busy_bar.setVisible(busy)
        self.password_edit.setEnabled(not busy)
        self._update_buttons()

    def show_wrong_password(self) -> None:
        """The server did not accept the password: say so, and let the user type it again."""
        self.set_busy(False)
        self.wrong_label.show()
        describe(self.password_edit, self.wrong_label.text())
        self.password_edit.selectAll()
        self.password_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        announce(self.password_edit, self.wrong_label.text(), assertive=True)

    def forget(self) -> None:
        """Empty the field, so the typed password stays in no widget."""
        self.password_edit.clear()

    def _update_buttons(self) -> None:
        self.connect_button.setEnabled(bool(self.password_edit.text()) and not self._busy)


class _Relay(QObject):
    """Carries the worker's outcome (a workspace or an exception) to the GUI thread."""

    done = Signal(object)


class ServerLogin(QObject):
    """Opens the data on a server without freezing the window: the attempt runs on a worker
    thread while the window says it is connecting; a password is asked for if needed."""

    connected = Signal(object)  # the opened Workspace (the window's from now on)
    failed = Signal(str)  # why the data cannot be opened, for the user
    cancelled = Signal()  # the user chose not to give the password

    def __init__(self, window: QWidget, attempt: Attempt) -> None:
        super().__init__(window)
        self.setObjectName("serverLogin")
        self._window = window
        self._attempt = attempt
        self._relay = _Relay(self)
        self._relay.done.connect(self._on_done)
        self.dialog: ServerPasswordDialog | None = None
        self._cancelled = False
        self._working = False

    @property
    def working(self) -> bool:
        """Whether an attempt to connect is under way (on the worker thread)."""
        return self._working

    def start(self) -> None:
        """First attempt, with what the URL and libpq's own sources hold."""
        text = self.tr("Connecting to the database server…")
        show_loading = getattr(self._window, "show_loading", None)
        if show_loading is not None:
            show_loading(text)
        announce(self._window, text)
        self._try(None)

    def _try(self, password: str | None) -> None:
        self._working = True
        relay = self._relay
        attempt = self._attempt

        def work() -> None:
            try:
                outcome: object = attempt(password)
            except BaseException as error:  # handed to the GUI thread
                outcome = error
            relay.done.emit(outcome)

        threading.Thread(target=work, name="server-login", daemon=True).start()

    def _on_done(self, outcome: object) -> None:
        self._working = False
        if self._cancelled:
            close = getattr(outcome, "close", None)
            if callable(close):  # connected after all: let go of it
                close()
            return
        if isinstance(outcome, ServerLoginRefusedError):
            log.info("The database server asks for a password (%s)", outcome.refusal.value)
            self._ask(outcome)
            return
        if self.dialog is not None:
            self.dialog.forget()
            self.dialog.hide()
            self.dialog.deleteLater()
            self.dialog = None
        if isinstance(outcome, PromiseTrackerError):
            self.failed.emit(outcome.message)
        elif isinstance(outcome, BaseException):
            raise outcome  # a bug: the crash dialog shows it
        else:
            self.connected.emit(outcome)

    def _ask(self, refused: ServerLoginRefusedError) -> None:
        if self.dialog is None:
            self.dialog = ServerPasswordDialog(refused.side, self._window)
            self.dialog.passwordGiven.connect(self._try)
            self.dialog.rejected.connect(self._cancel)
            if refused.refusal is Refusal.PASSWORD_WRONG:  # e.g. an outdated ~/.pgpass
                self.dialog.show_wrong_password()
            self.dialog.open()
            return
        self.dialog.show_wrong_password()

    def _cancel(self) -> None:
        self._cancelled = True
        if self.dialog is not None:
            self.dialog.forget()
        self.cancelled.emit()
