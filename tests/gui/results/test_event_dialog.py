"""The event dialog: required title, prefilled fields when editing, the returned fields."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QLocale, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDateEdit,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
)

from promise_tracker.domain.entities import Event
from promise_tracker.gui.results.event_dialog import EventDialog, EventFields

EVENT = Event(
    id="e1",
    unit_id="u1",
    date=dt.date(2022, 5, 2),
    title="New interview protocol",
    description="All interviewers trained.",
)


def _ok(dialog: EventDialog):  # type: ignore[no-untyped-def]
    return dialog.findChild(QDialogButtonBox, "eventButtons").button(
        QDialogButtonBox.StandardButton.Ok
    )


def test_title_is_required(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = EventDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "New event"
    title = dialog.findChild(QLineEdit, "eventTitleEdit")
    problem = dialog.findChild(QLabel, "eventProblemLabel")
    assert not _ok(dialog).isEnabled()
    assert problem.isVisible()
    assert problem.text() == "Enter a title for the event."
    qtbot.keyClicks(title, "   ")
    assert not _ok(dialog).isEnabled()
    qtbot.keyClicks(title, "Moved")
    assert _ok(dialog).isEnabled()
    assert not problem.isVisible()
    date_edit = dialog.findChild(QDateEdit, "eventDateEdit")
    assert date_edit.calendarPopup()
    today = dt.date.today()
    assert date_edit.date() == QDate(today.year, today.month, today.day)


def test_editing_starts_from_the_event(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = EventDialog(EVENT)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Edit event"
    assert dialog.findChild(QLineEdit, "eventTitleEdit").text() == "New interview protocol"
    assert dialog.findChild(QDateEdit, "eventDateEdit").date() == QDate(2022, 5, 2)
    description = dialog.findChild(QPlainTextEdit, "eventDescriptionEdit")
    assert description.toPlainText() == "All interviewers trained."
    assert _ok(dialog).isEnabled()
    assert dialog.fields() == EventFields(
        dt.date(2022, 5, 2), "New interview protocol", "All interviewers trained."
    )


def test_ask_returns_what_was_typed(qtbot) -> None:  # type: ignore[no-untyped-def]
    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, EventDialog)
        date_edit = dialog.findChild(QDateEdit, "eventDateEdit")
        date_edit.setDate(QDate(2024, 1, 31))
        qtbot.keyClicks(dialog.findChild(QLineEdit, "eventTitleEdit"), "  New manager ")
        qtbot.keyClicks(dialog.findChild(QPlainTextEdit, "eventDescriptionEdit"), "Anna started.")
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, fill)
    assert EventDialog.ask(None, None) == EventFields(
        dt.date(2024, 1, 31), "New manager", "Anna started."
    )


def test_ask_cancelled_returns_none(qtbot) -> None:  # type: ignore[no-untyped-def]
    def cancel() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, EventDialog)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    QTimer.singleShot(0, cancel)
    assert EventDialog.ask(None, EVENT) is None


@pytest.mark.parametrize(
    ("language", "country", "typed", "shown"),
    [
        (QLocale.Language.English, QLocale.Country.UnitedKingdom, "01/06/2027", "01/06/2027"),
        (QLocale.Language.English, QLocale.Country.UnitedStates, "6/1/2027", "6/1/2027"),
        (QLocale.Language.English, QLocale.Country.UnitedStates, "06/01/2027", "6/1/2027"),
        (QLocale.Language.Swedish, QLocale.Country.Sweden, "2027-06-01", "2027-06-01"),
    ],
)
def test_a_date_typed_in_full_is_read_as_shown(qtbot, language, country, typed, shown) -> None:  # type: ignore[no-untyped-def]
    """The dialog opens in the date field; typing the date with its separators, as the field
    shows dates, gives that date (a plain QDateEdit read "01/06/2027" as 1 December 2026)."""
    QLocale.setDefault(QLocale(language, country))
    dialog = EventDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    date_edit = dialog.date_edit
    assert date_edit.objectName() == "eventDateEdit"
    qtbot.waitUntil(date_edit.hasFocus)
    qtbot.keyClicks(QApplication.focusWidget(), typed)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "New premises")
    assert date_edit.text() == shown
    assert dialog.fields() == EventFields(dt.date(2027, 6, 1), "New premises", "")
