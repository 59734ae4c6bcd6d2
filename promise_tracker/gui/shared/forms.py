"""Helpers the app's form dialogs share: labelled rows with shortcut tooltips, problem text,
dates shown the way the user types them."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from promise_tracker.gui.shared.accessibility import announce, content_label, describe
from promise_tracker.gui.shared.window_size import grow_to_fit


def with_shortcut(tip: str, text: str) -> str:
    """`tip` followed by the Alt+letter shortcut the mnemonic in `text` gives, if any."""
    shortcut = QKeySequence.mnemonic(text).toString(QKeySequence.SequenceFormat.NativeText)
    if not shortcut:
        return tip
    return QCoreApplication.translate("Forms", "{tip} ({shortcut})").format(
        tip=tip, shortcut=shortcut
    )


def spoken_label(text: str) -> str:
    """A form label as a field's accessible name: "&Lead agency:" is "Lead agency"."""
    plain = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return plain.strip().rstrip(":").strip()


def add_form_row(form: QFormLayout, label: str, field: QWidget, tip: str) -> None:
    """A labelled row; the label becomes the field's buddy, so Alt+letter jumps to it."""
    form.addRow(label, field)
    field.setToolTip(with_shortcut(tip, label))


def name_fields_by_labels(form: QFormLayout) -> None:
    """Give every field of `form` its label's words as accessible name, so that what a
    screen reader says is what the user sees (and can say to voice control)."""
    for row in range(form.rowCount()):
        label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        label_widget = label.widget() if label is not None else None
        field_widget = field.widget() if field is not None else None
        if isinstance(label_widget, QLabel) and field_widget is not None:
            field_widget.setAccessibleName(spoken_label(label_widget.text()))


def problem_label(parent: QWidget, object_name: str) -> QLabel:
    """Says in words why OK is disabled (not only a greyed-out button); hidden when empty."""
    label = QLabel(parent)
    label.setObjectName(object_name)
    label.setWordWrap(True)
    # A screen reader reads the problem itself ("Enter a title…"); the caption describes it.
    content_label(label, QCoreApplication.translate("Forms", "What is missing"))
    return label


def show_problem(label: QLabel, text: str, field: QWidget | None = None) -> None:
    """Show `text` in a problem_label (hidden when empty); a problem that appears or changes
    while its dialog is open is also said by a screen reader, and the dialog grows to show it
    rather than squeezing its other fields. With `field` (the box the problem is about), the
    problem is also that box's accessible description while it lasts."""
    changed = text != label.text()
    label.setText(text)
    label.setVisible(bool(text))
    if field is not None:
        describe(field, text)
    window = label.window()
    if changed and text and window.isVisible():
        grow_to_fit(window)
        announce(label, text)


@contextmanager
def busy_cursor() -> Iterator[None]:
    """A wait cursor while the GUI thread does a short piece of work."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


def action_and_close_buttons(
    dialog: QDialog,
    action: QPushButton,
    role: QDialogButtonBox.ButtonRole,
    close_name: str,
) -> tuple[QDialogButtonBox, QPushButton]:
    """A button box with the dialog's action and Close, and the Close button (for the tab
    order). The action does its work and the dialog stays open to show the result; only
    Close (or Esc) leaves."""
    buttons = QDialogButtonBox(dialog)
    buttons.addButton(action, role)
    close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
    close.setObjectName(close_name)
    close.setAccessibleName(QCoreApplication.translate("Forms", "Close"))
    close.setAutoDefault(False)
    buttons.rejected.connect(dialog.reject)
    return buttons, close


def date_display_format(locale: QLocale) -> str:
    """The locale's short date format, but always with a four-digit year."""
    if locale.language() == QLocale.Language.C:
        return "yyyy-MM-dd"  # no language chosen: the unambiguous ISO form
    fmt = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in fmt:
        fmt = fmt.replace("yy", "yyyy")
    return fmt


class DateEdit(QDateEdit):
    """A date field in the interface's date format that reads a date typed in full the way
    it is shown: "01/06/2027" is 1 June 2027.

    A plain QDateEdit moves on to the next part (day, month, year) by itself once a part is
    complete, and then takes the typed separator as a second move: "01/06/2027" lands the
    "06" in the year. Here a separator typed right after such a move only confirms it.
    """

    def __init__(self, value: QDate | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat(date_display_format(self.locale()))
        if value is not None:
            self.setDate(value)
        self._moved_on_by_itself = False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if self._moved_on_by_itself and text and not text.isalnum() and not text.isspace():
            self._moved_on_by_itself = False
            if text in self.displayFormat():
                event.accept()
                return
        before = self.currentSection()
        super().keyPressEvent(event)
        self._moved_on_by_itself = text.isdigit() and self.currentSection() != before

    def focusInEvent(self, event: QFocusEvent) -> None:
        self._moved_on_by_itself = False
        super().focusInEvent(event)


def format_date(value: date, locale: QLocale | None = None) -> str:
    """`value` as every date in the interface shows it: the same format the date fields use,
    so a date reads the way the user typed it (never ISO in one place and d/M in another)."""
    shown_in = locale if locale is not None else QLocale()
    return shown_in.toString(
        QDate(value.year, value.month, value.day), date_display_format(shown_in)
    )
