"""The new-round dialog and the rename helper: defaults, provenance in full, returned fields."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import QDate, QLocale, QPoint, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QLabel,
    QLineEdit,
    QRadioButton,
)

from promise_tracker.domain.entities import Round
from promise_tracker.gui.assessment.round_dialog import (
    RoundDialog,
    RoundFields,
    RoundTitleDialog,
    ask_round_title,
)
from promise_tracker.gui.shared.forms import date_display_format
from promise_tracker.standards.model import LocalizedText, Pack
from promise_tracker.standards.registry import PackRegistry
from tests.gui.a11y import tab_to


@pytest.fixture(scope="module")
def pack() -> Pack:
    # Version 1.0.0, whose title, number and provenance the tests below read.
    return PackRegistry.load().get("promise-bqs-2017", "1.0.0")


@pytest.fixture(scope="module")
def newer_pack(pack: Pack) -> Pack:
    """A later version of the same pack, with its own provenance wording."""
    return dataclasses.replace(
        pack,
        version="1.10.0",
        provenance=LocalizedText.of({"en": "Reworded in 2026 by the project.", "sv": "Omskriven."}),
    )


def _dialog(  # type: ignore[no-untyped-def]
    qtbot,
    packs: list[Pack],
    language: str = "en",
    has_previous: bool = True,
    previous_title: str | None = "Self-assessment 2023",
) -> RoundDialog:
    dialog = RoundDialog(packs, language, has_previous, previous_title)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_defaults(qtbot, pack: Pack, newer_pack: Pack) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, [pack, newer_pack])
    today = dt.date.today()
    assert dialog.windowTitle() == "New round"
    assert dialog.findChild(QLineEdit, "roundTitleEdit").text() == f"Self-assessment {today.year}"
    date_edit = dialog.findChild(QDateEdit, "roundDateEdit")
    assert date_edit.date() == QDate(today.year, today.month, today.day)
    assert date_edit.calendarPopup()
    assert "yyyy" in date_edit.displayFormat()
    combo = dialog.findChild(QComboBox, "roundPackCombo")
    # Newest first; versions compare as numbers (1.10.0 is newer than 1.0.0).
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Barnahus Quality Standards (PROMISE, 2017), version 1.10.0",
        "Barnahus Quality Standards (PROMISE, 2017), version 1.0.0",
    ]
    assert dialog.findChild(QLabel, "packProvenanceLabel").text() == newer_pack.provenance.get("en")
    compare = dialog.findChild(QCheckBox, "compareCheck")
    assert compare.isEnabled()
    assert compare.isChecked()
    assert compare.text().replace("&", "") == (
        "Show the answers of the previous round (Self-assessment 2023) beside the new ones"
    )
    assert dialog.ok_button.isEnabled()


def test_provenance_follows_the_chosen_pack_in_full(qtbot, pack: Pack, newer_pack: Pack) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, [pack, newer_pack])
    combo = dialog.findChild(QComboBox, "roundPackCombo")
    label = dialog.findChild(QLabel, "packProvenanceLabel")
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText().endswith("version 1.0.0")
    assert label.text() == pack.provenance.get("en")
    assert "Criteria worded by PROMISE tracker" in label.text()
    assert label.wordWrap()
    assert dialog.fields().pack is pack


def test_swedish_shows_the_pack_in_swedish(qtbot, pack: Pack) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, [pack], language="sv")
    combo = dialog.findChild(QComboBox, "roundPackCombo")
    assert combo.currentText() == "Kvalitetsstandarder för Barnahus (PROMISE, 2017), version 1.0.0"
    assert dialog.findChild(QLabel, "packProvenanceLabel").text() == pack.provenance.get("sv")


def test_without_a_previous_round_compare_is_off_and_explained(qtbot, pack: Pack) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, [pack], has_previous=False, previous_title=None)
    compare = dialog.findChild(QCheckBox, "compareCheck")
    assert not compare.isEnabled()
    assert not compare.isChecked()
    assert "no earlier round" in compare.toolTip()
    assert "()" not in compare.text()
    qtbot.mouseClick(compare, Qt.MouseButton.LeftButton)
    assert not compare.isChecked()
    assert dialog.fields().compare_with_previous is False


def test_blank_title_disables_ok(qtbot, pack: Pack) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, [pack])
    title = dialog.findChild(QLineEdit, "roundTitleEdit")
    title.selectAll()
    qtbot.keyClick(title, Qt.Key.Key_Delete)
    qtbot.keyClicks(title, "   ")
    assert not dialog.ok_button.isEnabled()
    assert dialog.problem_label.text() == "Enter a title for the round."
    qtbot.keyClick(title, Qt.Key.Key_Return)
    assert dialog.isVisible()
    qtbot.keyClicks(title, "Spring review")
    assert dialog.ok_button.isEnabled()


def test_a_missing_title_grows_the_dialog_and_describes_the_field(qtbot, pack: Pack) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, [pack])
    hint = dialog.findChild(QLabel, "startFromHint")
    title = dialog.findChild(QLineEdit, "roundTitleEdit")
    height, hint_height = dialog.height(), hint.height()
    title.selectAll()
    qtbot.keyClick(title, Qt.Key.Key_Delete)
    QApplication.processEvents()
    assert dialog.problem_label.isVisible()
    # The message takes new room: the dialog is taller and the wrapped hint keeps its lines.
    assert dialog.height() > height
    assert hint.height() == hint_height
    assert title.accessibleDescription() == "Enter a title for the round."
    qtbot.keyClicks(title, "Spring review")
    assert title.accessibleDescription() == ""


def test_a_date_typed_in_full_is_read_as_shown(qtbot, pack: Pack) -> None:  # type: ignore[no-untyped-def]
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    dialog = _dialog(qtbot, [pack])
    title = dialog.findChild(QLineEdit, "roundTitleEdit")
    date_edit = dialog.findChild(QDateEdit, "roundDateEdit")
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is title)
    qtbot.keyClick(title, Qt.Key.Key_Tab)  # into the date's first part, the day
    assert QApplication.focusWidget() is date_edit
    qtbot.keyClicks(date_edit, "01/06/2027")
    assert date_edit.text() == "01/06/2027"
    assert date_edit.date() == QDate(2027, 6, 1)
    assert dialog.fields().date == dt.date(2027, 6, 1)


def test_suggested_title_follows_the_year_until_edited(qtbot, pack: Pack) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, [pack])
    title = dialog.findChild(QLineEdit, "roundTitleEdit")
    date_edit = dialog.findChild(QDateEdit, "roundDateEdit")
    date_edit.setDate(QDate(2021, 5, 3))
    assert title.text() == "Self-assessment 2021"
    title.selectAll()
    qtbot.keyClicks(title, "Our own title")
    date_edit.setDate(QDate(2022, 1, 1))
    assert title.text() == "Our own title"


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("sv_SE", "yyyy-MM-dd"),
        ("en_US", "M/d/yyyy"),
        ("de_DE", "dd.MM.yyyy"),
        ("en_GB", "dd/MM/yyyy"),
        ("C", "yyyy-MM-dd"),
    ],
)
def test_dates_show_in_the_users_format_with_four_digit_years(locale: str, expected: str) -> None:
    assert date_display_format(QLocale(locale)) == expected


def test_returned_fields(qtbot, pack: Pack, newer_pack: Pack) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, [pack, newer_pack])
    title = dialog.findChild(QLineEdit, "roundTitleEdit")
    title.selectAll()
    qtbot.keyClicks(title, "  Autumn   review ")
    date_edit = dialog.findChild(QDateEdit, "roundDateEdit")
    date_edit.setDisplayFormat("yyyy-MM-dd")  # the test must not depend on the machine's locale
    date_edit.setFocus()
    date_edit.setSelectedSection(QDateEdit.Section.YearSection)
    qtbot.keyClicks(date_edit, "2025")
    date_edit.setSelectedSection(QDateEdit.Section.MonthSection)
    qtbot.keyClicks(date_edit, "10")
    date_edit.setSelectedSection(QDateEdit.Section.DaySection)
    qtbot.keyClicks(date_edit, "14")
    assert date_edit.date() == QDate(2025, 10, 14)
    compare = dialog.findChild(QCheckBox, "compareCheck")
    compare.setFocus()
    qtbot.keyClick(compare, Qt.Key.Key_Space)
    assert not compare.isChecked()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.fields() == RoundFields(
        title="Autumn review",
        date=dt.date(2025, 10, 14),
        pack=newer_pack,
        compare_with_previous=False,
    )


def _when_shown(qtbot, kind: type, action) -> None:  # type: ignore[no-untyped-def]
    """Run `action` on the modal dialog once its exec() loop has started."""

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, kind)
        action(dialog)

    QTimer.singleShot(0, run)


def test_ask_returns_the_fields(qtbot, pack: Pack) -> None:  # type: ignore[no-untyped-def]
    today = dt.date.today()
    _when_shown(
        qtbot, RoundDialog, lambda d: qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)
    )
    fields = RoundDialog.ask([pack], "en", True, "Self-assessment 2023")
    assert fields == RoundFields(f"Self-assessment {today.year}", today, pack, True)


def test_ask_returns_none_when_cancelled(qtbot, pack: Pack) -> None:  # type: ignore[no-untyped-def]
    _when_shown(qtbot, RoundDialog, lambda d: d.reject())
    assert RoundDialog.ask([pack], "en", False, None) is None


def test_rename_refuses_a_blank_title(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = RoundTitleDialog("Self-assessment 2025")
    qtbot.addWidget(dialog)
    dialog.show()
    edit = dialog.findChild(QLineEdit, "renameRoundTitleEdit")
    assert edit.text() == "Self-assessment 2025"
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    qtbot.keyClicks(edit, "Spring 2025 ")
    assert dialog.ok_button.isEnabled()
    assert dialog.title() == "Spring 2025"


def test_ask_round_title(qtbot) -> None:  # type: ignore[no-untyped-def]
    def rename(dialog: RoundTitleDialog) -> None:
        dialog.title_edit.selectAll()
        qtbot.keyClicks(dialog.title_edit, "Renamed round")
        qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)

    _when_shown(qtbot, RoundTitleDialog, rename)
    assert ask_round_title(None, "Self-assessment 2025") == "Renamed round"

    _when_shown(qtbot, RoundTitleDialog, lambda d: d.reject())
    assert ask_round_title(None, "Self-assessment 2025") is None


def _rounds() -> list[Round]:
    """A unit's rounds, oldest first, as the service lists them."""

    def made(key: str, title: str, year: int) -> Round:
        return Round(key, "unit", title, dt.date(year, 5, 1), "promise-bqs-2017", "1.0.0", "x")

    return [made("r1", "Review 2023", 2023), made("r2", "Review 2024", 2024)]


def test_a_new_round_starts_from_the_latest_by_default(qtbot, pack: Pack) -> None:  # type: ignore[no-untyped-def]
    dialog = RoundDialog([pack], "en", True, "Review 2024", earlier_rounds=_rounds())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    start_from = dialog.findChild(QRadioButton, "startFromRadio")
    chooser = dialog.findChild(QComboBox, "startFromCombo")
    respondents = dialog.findChild(QCheckBox, "carryRespondentsCheck")
    compare = dialog.findChild(QCheckBox, "compareCheck")
    assert start_from.isChecked()
    assert [chooser.itemText(i) for i in range(chooser.count())] == [
        "Review 2024 (2024-05-01)",
        "Review 2023 (2023-05-01)",
    ]
    assert respondents.isEnabled()
    assert not respondents.isChecked()
    # Started from a round, the round is compared with that one: nothing to choose.
    assert not compare.isEnabled()
    assert dialog.fields().start_from == "r2"
    assert dialog.fields().carry_respondents is False

    # An older round, with its respondents.
    chooser.setFocus()
    qtbot.keyClick(chooser, Qt.Key.Key_Down)
    qtbot.mouseClick(respondents, Qt.MouseButton.LeftButton)
    fields = dialog.fields()
    assert (fields.start_from, fields.carry_respondents) == ("r1", True)

    # Start empty: nothing carried, the comparison is the user's choice again.
    empty = dialog.findChild(QRadioButton, "startEmptyRadio")
    # On its text, as a person clicks (the button is wider than its text).
    qtbot.mouseClick(empty, Qt.MouseButton.LeftButton, pos=QPoint(8, empty.height() // 2))
    assert not chooser.isEnabled()
    assert not respondents.isEnabled()
    assert compare.isEnabled()
    assert compare.isChecked()
    fields = dialog.fields()
    assert (fields.start_from, fields.carry_respondents) == (None, False)
    assert fields.compare_with_previous is True


def test_without_an_earlier_round_a_round_starts_empty(qtbot, pack: Pack) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, [pack], has_previous=False, previous_title=None)
    start_from = dialog.findChild(QRadioButton, "startFromRadio")
    assert dialog.findChild(QRadioButton, "startEmptyRadio").isChecked()
    assert not start_from.isEnabled()
    assert "no earlier round" in start_from.toolTip()
    assert dialog.fields().start_from is None


def test_the_default_button_shows_when_it_has_the_focus(qtbot, pack: Pack) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, [pack])
    assert dialog.ok_button.isDefault()
    unfocused = dialog.ok_button.grab().toImage()  # the default look, focus in the title
    tab_to(qtbot, dialog, dialog.ok_button)
    assert dialog.ok_button.grab().toImage() != unfocused
