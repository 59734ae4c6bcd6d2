"""Passwords in the dialogs: the prompt for a protected file, the rules for asking again
and keeping passwords, and the "Protect with a password" option of the export dialogs."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QLineEdit, QPushButton, QWidget

from promise_tracker.gui.shared.passwords import (
    MAX_ATTEMPTS,
    PasswordKeeper,
    PasswordOption,
    PasswordPromptDialog,
    ask_file_password,
    unlock_files,
)

FILE = Path("/home/coordinator/Returned/Barnahus Norrvik - all rounds.xlsx")


def on_prompt(qtbot, act: Callable[[PasswordPromptDialog], None]) -> list[str]:  # type: ignore[no-untyped-def]
    """Do `act` in the prompt once it is open (it blocks until answered); returns the
    prompt's message, as the user read it."""
    seen: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PasswordPromptDialog):
            QTimer.singleShot(10, answer)  # not open yet
            return
        seen.append(dialog.findChild(QLabel, "passwordPromptMessage").text())
        act(dialog)

    QTimer.singleShot(0, answer)
    return seen


def type_and_open(qtbot, password: str) -> Callable[[PasswordPromptDialog], None]:  # type: ignore[no-untyped-def]
    def act(dialog: PasswordPromptDialog) -> None:
        edit = dialog.findChild(QLineEdit, "passwordPromptEdit")
        open_button = dialog.findChild(QPushButton, "passwordPromptOpenButton")
        assert not open_button.isEnabled()  # nothing typed yet
        qtbot.keyClicks(edit, password)
        assert open_button.isEnabled()
        qtbot.mouseClick(open_button, Qt.MouseButton.LeftButton)

    return act


def test_the_prompt_names_the_file_and_returns_what_was_typed(qtbot) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    seen = on_prompt(qtbot, type_and_open(qtbot, "Sommar 2026, rum 3"))

    assert ask_file_password(parent, FILE) == "Sommar 2026, rum 3"
    assert seen == [
        "Barnahus Norrvik - all rounds.xlsx is protected with a password. Type its password "
        "to open it."
    ]


def test_the_prompt_says_when_the_last_password_did_not_open_the_file(qtbot) -> None:  # type: ignore[no-untyped-def]
    seen = on_prompt(qtbot, type_and_open(qtbot, "second try"))

    assert ask_file_password(None, FILE, retry=True) == "second try"
    assert "the password you gave does not open it" in seen[0]
    assert seen[0].startswith("Barnahus Norrvik - all rounds.xlsx is protected")


def test_skipping_the_file_returns_none(qtbot) -> None:  # type: ignore[no-untyped-def]
    def skip(dialog: PasswordPromptDialog) -> None:
        qtbot.keyClicks(dialog.findChild(QLineEdit, "passwordPromptEdit"), "typed, then skipped")
        skip_button = dialog.findChild(QPushButton, "passwordPromptSkipButton")
        assert skip_button.text() == "&Skip this file"
        qtbot.mouseClick(skip_button, Qt.MouseButton.LeftButton)

    on_prompt(qtbot, skip)
    assert ask_file_password(None, FILE) is None

    on_prompt(qtbot, lambda dialog: qtbot.keyClick(dialog, Qt.Key.Key_Escape))
    assert ask_file_password(None, FILE) is None


def test_the_prompt_hides_the_password_and_names_every_control(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = PasswordPromptDialog(FILE)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    edit = dialog.findChild(QLineEdit, "passwordPromptEdit")
    assert edit.echoMode() == QLineEdit.EchoMode.Password
    assert dialog.focusWidget() is edit
    assert edit.accessibleName() == "Password of Barnahus Norrvik - all rounds.xlsx"
    for name in ("passwordPromptOpenButton", "passwordPromptSkipButton"):
        assert dialog.findChild(QPushButton, name).accessibleName()
    # The folder, since two returned files may have the same name.
    assert str(FILE.parent) in dialog.findChild(QLabel, "passwordPromptFolder").text()
    # Enter in the empty field does not close the prompt with an empty password.
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    qtbot.keyClicks(edit, "pw")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert dialog.password() == "pw"


# --- asking file by file ------------------------------------------------------------------


class Files:
    """Protected files and their passwords; reading one with a list of passwords opens it
    when its password is in the list. Records what was read."""

    def __init__(self, passwords: dict[Path, str]) -> None:
        self.passwords = passwords
        self.reads: list[tuple[list[str], list[str]]] = []

    def still_locked(self, paths: Sequence[Path], given: Sequence[str]) -> list[Path]:
        self.reads.append(([p.name for p in paths], list(given)))
        return [p for p in paths if self.passwords[p] not in given]


class Person:
    """Answers the prompts from a script: a password, or None to skip."""

    def __init__(self, answers: list[str | None]) -> None:
        self.answers = answers
        self.asked: list[tuple[str, bool]] = []

    def __call__(self, path: Path, retry: bool) -> str | None:
        self.asked.append((path.name, retry))
        return self.answers.pop(0)


A, B, C = Path("/r/a.xlsx"), Path("/r/b.xlsx"), Path("/r/c.xlsx")


def test_one_password_for_many_files_is_typed_once() -> None:
    files = Files({A: "same", B: "same", C: "same"})
    person = Person(["same"])
    keeper = PasswordKeeper()

    assert unlock_files(keeper, [A, B, C], files.still_locked, person)

    assert person.asked == [("a.xlsx", False)]
    assert keeper.passwords == ["same"]
    # The three files were read once, with the password typed.
    assert files.reads == [(["a.xlsx", "b.xlsx", "c.xlsx"], ["same"])]


def test_a_wrong_password_is_asked_again_three_times_then_the_file_stays_locked() -> None:
    files = Files({A: "right", B: "other"})
    person = Person(["wrong", "Wrong", "wrong again", "other"])
    keeper = PasswordKeeper()

    assert unlock_files(keeper, [A, B], files.still_locked, person)

    assert MAX_ATTEMPTS == 3
    assert person.asked == [
        ("a.xlsx", False),
        ("a.xlsx", True),
        ("a.xlsx", True),
        ("b.xlsx", False),
    ]
    # Only the password that opened a file is kept (each one kept is tried on every file).
    assert keeper.passwords == ["other"]
    # Asked again later (the dialog checks its list again): a.xlsx is not asked for again.
    person.answers = []
    assert not unlock_files(keeper, [A], files.still_locked, person)
    assert len(person.asked) == 4


def test_a_skipped_file_is_not_asked_for_again_until_it_is_added_again() -> None:
    files = Files({A: "a", B: "b"})
    person = Person([None, "b"])
    keeper = PasswordKeeper()

    assert unlock_files(keeper, [A, B], files.still_locked, person)
    assert person.asked == [("a.xlsx", False), ("b.xlsx", False)]

    assert not unlock_files(keeper, [A], files.still_locked, person)
    assert len(person.asked) == 2

    keeper.forget_files(keep=[B])  # a.xlsx was taken off the list, then added again
    person.answers = ["a"]
    assert unlock_files(keeper, [A], files.still_locked, person)
    assert person.asked[-1] == ("a.xlsx", False)
    assert keeper.passwords == ["b", "a"]


def test_a_password_given_for_one_file_that_opens_another_is_kept() -> None:
    files = Files({A: "a", B: "b"})
    person = Person(["b", None])  # typed b's password at a's prompt by mistake
    keeper = PasswordKeeper()

    assert unlock_files(keeper, [A, B], files.still_locked, person)

    assert keeper.passwords == ["b"]
    assert person.asked == [("a.xlsx", False), ("a.xlsx", True)]


# --- protecting an export -------------------------------------------------------------------


def make_option(qtbot) -> PasswordOption:  # type: ignore[no-untyped-def]
    option = PasswordOption()
    qtbot.addWidget(option)
    option.show()
    qtbot.waitExposed(option)
    return option


def test_ticking_shows_the_two_fields_and_the_hint(qtbot) -> None:  # type: ignore[no-untyped-def]
    option = make_option(qtbot)
    check = option.findChild(QCheckBox, "passwordProtectCheck")
    password = option.findChild(QLineEdit, "passwordEdit")
    repeat = option.findChild(QLineEdit, "passwordRepeatEdit")
    hint = option.findChild(QLabel, "passwordHint")
    assert check.text() == "Protect with a pass&word"
    assert not password.isVisible()
    assert option.password() is None
    assert option.problem() == ""

    qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=QPoint(8, check.height() // 2))

    assert password.isVisible()
    assert repeat.isVisible()
    assert option.focusWidget() is password  # ticked: typing goes to the password
    assert password.echoMode() == repeat.echoMode() == QLineEdit.EchoMode.Password
    assert hint.isVisible()
    assert "cannot be recovered" in hint.text()
    assert "another way (by phone, say)" in hint.text()
    assert "never in the same email" in hint.text()
    for widget in (check, password, repeat):
        assert widget.accessibleName()
    assert password.accessibleName() != repeat.accessibleName()


def test_the_problems_are_said_in_words_until_both_passwords_match(qtbot) -> None:  # type: ignore[no-untyped-def]
    option = make_option(qtbot)
    emitted: list[None] = []
    option.changed.connect(lambda: emitted.append(None))
    check = option.findChild(QCheckBox, "passwordProtectCheck")
    check.setFocus()
    qtbot.keyClick(check, Qt.Key.Key_Space)
    assert emitted
    assert option.problem() == "Type the password to protect the file with."
    assert option.password() is None

    password = option.findChild(QLineEdit, "passwordEdit")
    repeat = option.findChild(QLineEdit, "passwordRepeatEdit")
    qtbot.keyClicks(password, "Sommar-2026")
    assert option.problem() == ("Type the password again under Repeat password, to be sure of it.")
    qtbot.keyClicks(repeat, "Sommar-2025")
    assert option.problem() == ("The two passwords differ: type the same password in both fields.")
    assert option.password() is None
    repeat.clear()
    qtbot.keyClicks(repeat, "Sommar-2026")
    assert option.problem() == ""
    assert option.password() == "Sommar-2026"

    qtbot.keyClick(check, Qt.Key.Key_Space)  # unticked: nothing to protect with
    assert not password.isVisible()
    assert option.password() is None
    assert option.problem() == ""

    check.setChecked(True)
    option.setEnabled(False)  # e.g. no Excel file is written
    assert option.password() is None
    assert option.problem() == ""
