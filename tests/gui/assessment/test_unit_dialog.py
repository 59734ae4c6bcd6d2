"""The unit dialog: the name is required, countries become codes, editing shows the unit."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QLineEdit, QSpinBox

from promise_tracker.domain.entities import Agency, Unit
from promise_tracker.gui.assessment.unit_dialog import (
    COUNTRIES,
    UnitDialog,
    UnitFields,
    country_code,
)
from tests.gui.a11y import tab_to

# Typing a country opens the completer's popup; the offscreen test platform warns that it
# cannot raise the popup or grab the keyboard for it. Harmless, and not said on real screens.
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)

NORRVIK = Unit(
    id="u1",
    name="Barnahus Norrvik",
    country="SE",
    region="Norrbotten",
    lead_agency=Agency.CHILD_PROTECTION.value,
    year_opened=2012,
)


def _dialog(qtbot, unit: Unit | None = None) -> UnitDialog:  # type: ignore[no-untyped-def]
    dialog = UnitDialog(unit)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _type_country(qtbot, dialog: UnitDialog, text: str) -> None:  # type: ignore[no-untyped-def]
    combo = dialog.findChild(QComboBox, "unitCountryCombo")
    combo.lineEdit().selectAll()
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Delete)
    qtbot.keyClicks(combo.lineEdit(), text)


def test_new_unit_dialog_starts_empty_with_ok_disabled(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot)
    assert dialog.windowTitle() == "New unit"
    assert dialog.findChild(QLineEdit, "unitNameEdit").text() == ""
    assert dialog.findChild(QComboBox, "unitCountryCombo").currentText() == ""
    assert dialog.findChild(QComboBox, "unitLeadAgencyCombo").currentText() == "Not given"
    assert dialog.findChild(QSpinBox, "unitYearSpin").text() == "Unknown"
    assert not dialog.ok_button.isEnabled()
    assert dialog.problem_label.text() == "Enter a name for the unit."


def test_typing_a_name_enables_ok_and_blank_disables_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot)
    name = dialog.findChild(QLineEdit, "unitNameEdit")
    qtbot.keyClicks(name, "   ")
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(name, "Barnahus Test")
    assert dialog.ok_button.isEnabled()
    assert dialog.problem_label.isHidden()
    name.selectAll()
    qtbot.keyClick(name, Qt.Key.Key_Delete)
    assert not dialog.ok_button.isEnabled()
    # Enter in a field does not get round the disabled button.
    qtbot.keyClick(name, Qt.Key.Key_Return)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.isVisible()


def test_returned_fields(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot)
    qtbot.keyClicks(dialog.findChild(QLineEdit, "unitNameEdit"), "  Barnahus   Lund ")
    _type_country(qtbot, dialog, "sweden")
    qtbot.keyClicks(dialog.findChild(QLineEdit, "unitRegionEdit"), "Skåne ")
    agency = dialog.findChild(QComboBox, "unitLeadAgencyCombo")
    agency.setFocus()
    qtbot.keyClick(agency, Qt.Key.Key_Down)  # from "—" to the first agency
    assert agency.currentText() == "Police"
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.fields() == UnitFields(
        name="Barnahus Lund",
        country="SE",
        region="Skåne",
        lead_agency="police",
        year_opened=None,  # left at "Unknown"
    )


def test_typed_year_is_returned(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot)
    year = dialog.findChild(QSpinBox, "unitYearSpin")
    assert year.minimum() == 1990
    assert year.maximum() == dt.date.today().year
    year.lineEdit().selectAll()
    qtbot.keyClicks(year, "2015")
    assert year.value() == 2015
    assert dialog.fields().year_opened == 2015
    qtbot.keyClick(year, Qt.Key.Key_Down)
    assert dialog.fields().year_opened == 2014


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("Sweden", "SE"),
        ("  north   macedonia ", "MK"),
        ("Czech Republic", "CZ"),
        ("no", "NO"),
        ("xk", "XK"),  # a two-letter code outside the table is taken as typed
        ("", ""),
    ],
)
def test_country_is_returned_as_its_code(qtbot, typed: str, code: str) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot)
    qtbot.keyClicks(dialog.findChild(QLineEdit, "unitNameEdit"), "Barnahus")
    _type_country(qtbot, dialog, typed)
    assert dialog.ok_button.isEnabled()
    assert dialog.fields().country == code


def test_unknown_country_disables_ok_and_says_why(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot)
    qtbot.keyClicks(dialog.findChild(QLineEdit, "unitNameEdit"), "Barnahus")
    _type_country(qtbot, dialog, "Narnia")
    assert not dialog.ok_button.isEnabled()
    assert "“Narnia” is not a country in the list" in dialog.problem_label.text()


def test_each_problem_is_said_with_its_field_and_the_dialog_grows_for_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, NORRVIK)
    name = dialog.findChild(QLineEdit, "unitNameEdit")
    country = dialog.findChild(QComboBox, "unitCountryCombo").lineEdit()
    fields = [name, country, dialog.findChild(QLineEdit, "unitRegionEdit")]
    heights = [field.height() for field in fields]
    height = dialog.height()
    _type_country(qtbot, dialog, "Narnia")
    QApplication.processEvents()
    problem = "“Narnia” is not a country in the list; choose one or type its two-letter code."
    assert dialog.problem_label.isVisible()
    assert country.accessibleDescription() == problem
    assert name.accessibleDescription() == ""
    # The message gets room of its own: the fields keep their height.
    assert dialog.height() > height
    assert [field.height() for field in fields] == heights
    name.selectAll()
    qtbot.keyClick(name, Qt.Key.Key_Delete)
    assert name.accessibleDescription() == "Enter a name for the unit."
    _type_country(qtbot, dialog, "Sweden")
    assert country.accessibleDescription() == ""


def test_country_list_names_council_of_europe_states() -> None:
    codes = [code for code, _ in COUNTRIES]
    assert len(codes) == len(set(codes)) == 46
    assert all(len(code) == 2 and code.isupper() for code in codes)
    assert country_code("Iceland") == "IS"
    assert country_code("Atlantis") is None


def test_choosing_a_country_from_the_list(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot)
    combo = dialog.findChild(QComboBox, "unitCountryCombo")
    combo.setCurrentIndex(combo.findText("Norway"))
    qtbot.keyClicks(dialog.findChild(QLineEdit, "unitNameEdit"), "Barnahus")
    assert dialog.fields().country == "NO"


def test_editing_prefills_the_unit(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, NORRVIK)
    assert dialog.windowTitle() == "Edit unit"
    assert dialog.findChild(QLineEdit, "unitNameEdit").text() == "Barnahus Norrvik"
    assert dialog.findChild(QComboBox, "unitCountryCombo").currentText() == "Sweden"
    assert dialog.findChild(QLineEdit, "unitRegionEdit").text() == "Norrbotten"
    assert dialog.findChild(QComboBox, "unitLeadAgencyCombo").currentText() == "Child protection"
    assert dialog.findChild(QSpinBox, "unitYearSpin").text() == "2012"
    assert dialog.ok_button.isEnabled()
    assert dialog.fields() == UnitFields(
        "Barnahus Norrvik", "SE", "Norrbotten", "child-protection", 2012
    )


def test_editing_keeps_values_this_version_does_not_know(qtbot) -> None:  # type: ignore[no-untyped-def]
    unit = Unit(id="u2", name="Barnahus Priština", country="XK", lead_agency="ngo")
    dialog = _dialog(qtbot, unit)
    assert dialog.findChild(QComboBox, "unitCountryCombo").currentText() == "XK"
    assert dialog.findChild(QSpinBox, "unitYearSpin").text() == "Unknown"
    fields = dialog.fields()
    assert (fields.country, fields.lead_agency, fields.year_opened) == ("XK", "ngo", None)


def test_every_field_has_an_accessible_name(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot)
    for name in (
        "unitNameEdit",
        "unitCountryCombo",
        "unitRegionEdit",
        "unitLeadAgencyCombo",
        "unitYearSpin",
    ):
        widget = dialog.findChild(QLineEdit, name) or dialog.findChild(QComboBox, name)
        widget = widget or dialog.findChild(QSpinBox, name)
        assert widget is not None, name
        assert widget.accessibleName(), name
        assert "Alt+" in widget.toolTip(), name


def _when_shown(qtbot, action) -> None:  # type: ignore[no-untyped-def]
    """Run `action` on the modal dialog once its exec() loop has started."""

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, UnitDialog)
        action(dialog)

    QTimer.singleShot(0, run)


def test_ask_returns_the_fields(qtbot) -> None:  # type: ignore[no-untyped-def]
    def fill(dialog: UnitDialog) -> None:
        qtbot.keyClicks(dialog.findChild(QLineEdit, "unitNameEdit"), "Barnahus Oslo")
        _type_country(qtbot, dialog, "Norway")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    _when_shown(qtbot, fill)
    assert UnitDialog.ask(None) == UnitFields("Barnahus Oslo", "NO", "", "", None)


def test_ask_returns_none_when_cancelled(qtbot) -> None:  # type: ignore[no-untyped-def]
    def cancel(dialog: UnitDialog) -> None:
        assert dialog.windowTitle() == "Edit unit"
        dialog.reject()

    _when_shown(qtbot, cancel)
    assert UnitDialog.ask(None, NORRVIK) is None


def test_the_default_button_shows_when_it_has_the_focus(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, NORRVIK)
    assert dialog.ok_button.isDefault()
    unfocused = dialog.ok_button.grab().toImage()  # the default look, focus in the name
    tab_to(qtbot, dialog, dialog.ok_button)
    assert dialog.ok_button.grab().toImage() != unfocused
