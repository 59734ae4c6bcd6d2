"""Passwords in the dialogs: asking for the password of a protected file, remembering the
ones that opened a file while a dialog is open, and the option to protect an export."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from promise_tracker.gui.shared.forms import with_shortcut
from promise_tracker.gui.shared.look import set_secondary_text

# Times the password of one file is asked for before the file is left refused.
MAX_ATTEMPTS = 3


# --- asking for the password of a file -------------------------------------------------------


class PasswordPromptDialog(QDialog):
    """Asks for the password of one file; Skip leaves the file out (refused)."""

    def __init__(self, path: Path, retry: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passwordPromptDialog")
        self.setWindowTitle(self.tr("Password needed"))
        if retry:
            text = self.tr(
                "{file} is protected with a password, and the password you gave does not "
                "open it. Check it (capital letters count) and type it again."
            )
        else:
            text = self.tr("{file} is protected with a password. Type its password to open it.")
        self.message_label = QLabel(text.format(file=path.name), self)
        self.message_label.setObjectName("passwordPromptMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setToolTip(str(path))
        # Two returned files may share a name; the folder tells them apart.
        folder = QLabel(self.tr("Folder: {folder}").format(folder=path.parent), self)
        folder.setObjectName("passwordPromptFolder")
        folder.setWordWrap(True)
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        set_secondary_text(folder)

        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("passwordPromptEdit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setAccessibleName(self.tr("Password of {file}").format(file=path.name))
        form = QFormLayout()
        label_text = self.tr("&Password:")
        form.addRow(label_text, self.password_edit)
        self.password_edit.setToolTip(
            with_shortcut(self.tr("The password the file was protected with."), label_text)
        )
        skip_hint = QLabel(
            self.tr("Skip this file to leave it out: it stays in the list as refused."), self
        )
        skip_hint.setObjectName("passwordPromptSkipHint")
        skip_hint.setWordWrap(True)
        set_secondary_text(skip_hint)

        buttons = QDialogButtonBox(self)
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.open_button.setObjectName("passwordPromptOpenButton")
        self.open_button.setAccessibleName(self.tr("Open the file with this password"))
        self.open_button.setDefault(True)
        self.skip_button = QPushButton(self.tr("&Skip this file"), self)
        self.skip_button.setObjectName("passwordPromptSkipButton")
        self.skip_button.setAccessibleName(self.tr("Skip this file"))
        self.skip_button.setAutoDefault(False)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.skip_button, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.password_edit.textChanged.connect(self._update_buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(self.message_label)
        layout.addWidget(folder)
        layout.addLayout(form)
        layout.addWidget(skip_hint)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 72)
        self._update_buttons()
        self.password_edit.setFocus()

    def password(self) -> str:
        return self.password_edit.text()

    def _update_buttons(self) -> None:
        self.open_button.setEnabled(bool(self.password_edit.text()))

    def accept(self) -> None:
        if self.password_edit.text():  # Enter in an empty field does nothing
            super().accept()


def ask_file_password(parent: QWidget | None, path: Path, retry: bool = False) -> str | None:
    """The password typed for `path`, or None when the user skips the file."""
    dialog = PasswordPromptDialog(path, retry, parent)
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.password()
        return None
    finally:
        dialog.password_edit.clear()
        dialog.deleteLater()


class PasswordKeeper:
    """The passwords given while a dialog or window is open, and which protected files
    were asked for how often.

    Only a password that opened a file is kept (in memory, never saved): every file is
    read with each kept password, and each try costs a noticeable fraction of a second, so
    mistyped ones are dropped. A coordinator with one password for many files types it
    once: it is tried on the other locked files before they are asked for.

    The reading is the owner's (at once or on a worker thread): `begin` with the files a
    read left locked, then, while `next_file` names one, ask for it, give the answer to
    `answer`, read the files it returns with that password alone and report the files
    still locked to `read_with`.
    """

    def __init__(self, attempts: int = MAX_ATTEMPTS) -> None:
        self.attempts = attempts
        self.passwords: list[str] = []
        self._asked: dict[Path, int] = {}
        self._given_up: set[Path] = set()
        self._pending: list[Path] = []

    def begin(self, locked: Iterable[Path]) -> None:
        """The files a read with `passwords` left locked; those skipped before stay so."""
        self._pending = [p for p in dict.fromkeys(locked) if p not in self._given_up]

    def next_file(self) -> tuple[Path, bool] | None:
        """The next file to ask for, and whether its last password was wrong; None when
        every file opened, was skipped or used up its tries."""
        while self._pending:
            path = self._pending[0]
            asked = self._asked.get(path, 0)
            if asked < self.attempts:
                return path, asked > 0
            self._give_up(path)
        return None

    def answer(self, path: Path, password: str | None) -> list[Path]:
        """The user's answer for `path`: None (skipped) leaves it refused and returns [];
        a password returns the locked files to read again with it, `path` first."""
        if not password:
            self._give_up(path)
            return []
        self._asked[path] = self._asked.get(path, 0) + 1
        return list(self._pending)

    def read_with(self, password: str, still_locked: Iterable[Path]) -> None:
        """The files `answer` returned were read with `password`; `still_locked` did not
        open. The password is kept when it opened any of them."""
        locked = set(still_locked)
        if any(path not in locked for path in self._pending) and password not in self.passwords:
            self.passwords.append(password)
        self._pending = [path for path in self._pending if path in locked]

    def forget_files(self, keep: Collection[Path] = ()) -> None:
        """Forget the tries and skips of every file but `keep` (the files still listed),
        so a file added again is asked for again. The passwords stay."""
        self._asked = {p: n for p, n in self._asked.items() if p in keep}
        self._given_up &= set(keep)
        self._pending = [p for p in self._pending if p in keep]

    @property
    def is_asking(self) -> bool:
        return bool(self._pending)

    def _give_up(self, path: Path) -> None:
        self._given_up.add(path)
        self._pending = [p for p in self._pending if p != path]


def unlock_files(
    keeper: PasswordKeeper,
    locked: Iterable[Path],
    read_locked: Callable[[Sequence[Path], Sequence[str]], Iterable[Path]],
    ask: Callable[[Path, bool], str | None],
) -> bool:
    """Ask for the password of each of `locked` in turn, reading at once:
    `read_locked(paths, passwords)` reads `paths` and returns those still locked; `ask(path,
    retry)` returns the password typed or None to skip. Whether a password was kept, so the
    caller reads its files again with `keeper.passwords`."""
    kept = len(keeper.passwords)
    keeper.begin(locked)
    while (request := keeper.next_file()) is not None:
        path, retry = request
        password = ask(path, retry)
        paths = keeper.answer(path, password)
        if paths and password:
            keeper.read_with(password, read_locked(paths, [password]))
    return len(keeper.passwords) > kept


# --- protecting an export --------------------------------------------------------------------


class PasswordOption(QWidget):
    """The "Protect with a password" option of an export dialog: a check box that shows two
    password fields and a hint. The dialog shows `problem()` and keeps its action disabled
    while it is not empty; `password()` is what to protect the files with (None: not
    protected)."""

    changed = Signal()  # ticked or unticked, or a field edited

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passwordOption")
        check_text = self.tr("Protect with a pass&word")
        self.check = QCheckBox(check_text, self)
        self.check.setObjectName("passwordProtectCheck")
        self.check.setAccessibleName(self.tr("Protect with a password"))
        self.check.setToolTip(
            with_shortcut(
                self.tr("Excel and LibreOffice ask for the password before opening the file."),
                check_text,
            )
        )

        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("passwordEdit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setAccessibleName(self.tr("Password to protect the file with"))
        self.repeat_edit = QLineEdit(self)
        self.repeat_edit.setObjectName("passwordRepeatEdit")
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_edit.setAccessibleName(self.tr("The same password again"))
        self.hint_label = QLabel(
            self.tr(
                "The password cannot be recovered: without it nobody can open the file, not "
                "even you. Give it to the recipient another way (by phone, say), never in "
                "the same email as the file."
            ),
            self,
        )
        self.hint_label.setObjectName("passwordHint")
        self.hint_label.setWordWrap(True)
        self.check.setAccessibleDescription(self.hint_label.text())

        self.fields = QWidget(self)
        self.fields.setObjectName("passwordFields")
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        for edit in (self.password_edit, self.repeat_edit):
            edit.setMinimumWidth(self.fontMetrics().averageCharWidth() * 32)
        password_label = self.tr("Pa&ssword:")
        form.addRow(password_label, self.password_edit)
        self.password_edit.setToolTip(
            with_shortcut(self.tr("The password to protect the file with."), password_label)
        )
        repeat_label = self.tr("Repeat passwor&d:")
        form.addRow(repeat_label, self.repeat_edit)
        self.repeat_edit.setToolTip(
            with_shortcut(self.tr("The same password again, to be sure of it."), repeat_label)
        )
        fields_layout = QVBoxLayout(self.fields)
        # Indented under the check box, so they read as that option's fields.
        indent = self.style().pixelMetric(self.style().PixelMetric.PM_IndicatorWidth)
        fields_layout.setContentsMargins(indent + 6, 0, 0, 0)
        fields_layout.addLayout(form)
        fields_layout.addWidget(self.hint_label)
        self.fields.setVisible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.fields)

        self.check.toggled.connect(self._on_toggled)
        self.check.clicked.connect(self._on_clicked)
        self.password_edit.textChanged.connect(self.changed)
        self.repeat_edit.textChanged.connect(self.changed)
        self.setTabOrder(self.check, self.password_edit)
        self.setTabOrder(self.password_edit, self.repeat_edit)

    @property
    def protects(self) -> bool:
        """Whether the option is ticked (and available)."""
        return self.check.isChecked() and self.isEnabled()

    def problem(self) -> str:
        """Why the files cannot be protected yet, in words; empty when they can (or when
        the option is off)."""
        if not self.protects:
            return ""
        if not self.password_edit.text():
            return self.tr("Type the password to protect the file with.")
        if not self.repeat_edit.text():
            return self.tr("Type the password again under Repeat password, to be sure of it.")
        if self.password_edit.text() != self.repeat_edit.text():
            return self.tr("The two passwords differ: type the same password in both fields.")
        return ""

    def password(self) -> str | None:
        """The password to protect the files with; None when unprotected or not ready."""
        if not self.protects or self.problem():
            return None
        return self.password_edit.text()

    def last_widget(self) -> QWidget:
        """The last control in the tab order, for the dialog to continue from."""
        return self.repeat_edit

    def _on_toggled(self, checked: bool) -> None:
        before = self._needed_height()
        self.fields.setVisible(checked)
        self.changed.emit()  # the dialog shows or hides its problem text first
        self._fit_window(before)

    def _needed_height(self) -> int:
        """The height the dialog's controls need at its current width (0: not shown)."""
        window = self.window()
        if window is self or not window.isVisible():
            return 0
        # Showing or hiding the fields only posts a layout request; settle it now.
        for widget in (self, window):
            layout = widget.layout()
            if layout is not None:
                layout.invalidate()
                layout.activate()
        needed = window.heightForWidth(window.width())
        return needed if needed >= 0 else window.sizeHint().height()

    def _fit_window(self, before: int) -> None:
        """Make the dialog tall enough for the fields and the hint when they appear (a
        dialog with a minimum width of its own does not grow by itself), and give back
        the height they took when they go."""
        after = self._needed_height()
        if not after:
            return
        window = self.window()
        height = window.height()
        if after < before:
            height -= before - after
        # Qt keeps the dialog at least as tall as its layout's minimum.
        window.resize(window.width(), max(height, after))

    def _on_clicked(self, checked: bool) -> None:
        # Ticked by the user (click, Space or Alt+W): what they type next is the password.
        if checked:
            self.password_edit.setFocus()


__all__ = [
    "MAX_ATTEMPTS",
    "PasswordKeeper",
    "PasswordOption",
    "PasswordPromptDialog",
    "ask_file_password",
    "unlock_files",
]
