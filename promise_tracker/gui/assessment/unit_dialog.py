"""The dialog in which a user creates a unit (a Barnahus) or edits its details."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QCollator, QCoreApplication, QLocale, QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from promise_tracker import i18n
from promise_tracker.domain.countries import COUNTRY_NAMES
from promise_tracker.domain.countries import country_name as domain_country_name
from promise_tracker.domain.entities import Agency, Unit
from promise_tracker.gui.shared.accessibility import describe
from promise_tracker.gui.shared.focus_ring import show_focus
from promise_tracker.gui.shared.forms import (
    add_form_row,
    name_fields_by_labels,
    problem_label,
    show_problem,
)
from promise_tracker.gui.shared.labels import agency_label

FIRST_YEAR = 1990  # shown as "Unknown": no Barnahus opened before 1998

# The Council of Europe member states (ISO 3166-1 alpha-2 code, English name), from the
# domain's table, which also holds their Swedish names.
COUNTRIES: tuple[tuple[str, str], ...] = tuple(
    (code, names[0]) for code, names in COUNTRY_NAMES.items()
)

# Other names people type for the same countries (lower case).
_COUNTRY_ALIASES: dict[str, str] = {
    "czech republic": "CZ",
    "republic of moldova": "MD",
    "slovak republic": "SK",
    "turkey": "TR",
    "turkiye": "TR",
    "uk": "GB",
    "great britain": "GB",
    "britain": "GB",
    "england": "GB",
    "scotland": "GB",
    "wales": "GB",
    "northern ireland": "GB",
    "the netherlands": "NL",
    "holland": "NL",
    "macedonia": "MK",
}

_COUNTRY_CODES = frozenset(code for code, _ in COUNTRIES)


def _tr(text: str) -> str:
    return QCoreApplication.translate("UnitDialog", text)


def country_name(code: str) -> str:
    """The name of a country code in the interface language (Swedish or English); the code
    itself when the table lacks it."""
    return domain_country_name(code, i18n.language())


def countries_in_order() -> list[tuple[str, str]]:
    """(code, name in the interface language) of every country, in that language's
    alphabetical order (Swedish sorts Ö after Z)."""
    language = i18n.language()
    collator = QCollator(QLocale(language))
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    named = [(code, domain_country_name(code, language)) for code in COUNTRY_NAMES]
    return sorted(named, key=lambda item: collator.sortKey(item[1]))


def country_code(text: str) -> str | None:
    """The ISO code for a country name (English or translated), alias or code; None if unknown.

    Blank text is "" (no country given).
    """
    typed = " ".join(text.split())
    if not typed:
        return ""
    folded = typed.casefold()
    # The English and the Swedish name are both known whatever the interface language, so a
    # unit is read back the same way on any computer; the code is what is stored.
    for code, names in COUNTRY_NAMES.items():
        if folded in (*(name.casefold() for name in names), code.casefold()):
            return code
    if folded in _COUNTRY_ALIASES:
        return _COUNTRY_ALIASES[folded]
    # Any other two-letter code (a country outside the table) is taken as typed.
    if len(typed) == 2 and typed.isascii() and typed.isalpha():
        return typed.upper()
    return None


@dataclass(frozen=True)
class UnitFields:
    """What the user entered about a unit."""

    name: str
    country: str  # ISO 3166-1 alpha-2 code, or "" when not given
    region: str
    lead_agency: str  # an Agency value, or "" when not given
    year_opened: int | None


class UnitDialog(QDialog):
    """Name, country, region, lead agency and opening year of a unit."""

    def __init__(self, unit: Unit | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unitDialog")
        self.setWindowTitle(self.tr("Edit unit") if unit is not None else self.tr("New unit"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 72)

        intro = QLabel(
            self.tr(
                "A unit is the Barnahus you assess. Only the name is required; "
                "the other details help to tell units apart in reports."
            ),
            self,
        )
        intro.setWordWrap(True)

        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("unitNameEdit")
        self.name_edit.setPlaceholderText(self.tr("For example: Barnahus Norrvik"))
        self.name_edit.setMaxLength(200)

        self.country_combo = QComboBox(self)
        self.country_combo.setObjectName("unitCountryCombo")
        self.country_combo.setEditable(True)
        self.country_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for code, name in countries_in_order():
            self.country_combo.addItem(name, code)
        completer = self.country_combo.completer()
        if completer is not None:
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
        line_edit = self.country_combo.lineEdit()
        if line_edit is not None:
            line_edit.setPlaceholderText(self.tr("Not given"))
            # The text field inside the box is what a screen reader lands on.
            line_edit.setAccessibleName(self.tr("Country"))
        self.country_combo.setCurrentIndex(-1)

        self.region_edit = QLineEdit(self)
        self.region_edit.setObjectName("unitRegionEdit")
        self.region_edit.setPlaceholderText(self.tr("Region, county or city (optional)"))
        self.region_edit.setMaxLength(200)

        self.lead_agency_combo = QComboBox(self)
        self.lead_agency_combo.setObjectName("unitLeadAgencyCombo")
        # In words, not "—": a screen reader reads the chosen item as the box's value.
        self.lead_agency_combo.addItem(self.tr("Not given"), "")
        for agency in Agency:
            self.lead_agency_combo.addItem(agency_label(agency), agency.value)

        this_year = dt.date.today().year
        self.year_spin = QSpinBox(self)
        self.year_spin.setObjectName("unitYearSpin")
        self.year_spin.setRange(FIRST_YEAR, this_year)
        self.year_spin.setSpecialValueText(self.tr("Unknown"))
        self.year_spin.setValue(FIRST_YEAR)
        self.year_spin.setGroupSeparatorShown(False)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        add_form_row(
            form, self.tr("&Name:"), self.name_edit, self.tr("The name the unit is known by.")
        )
        add_form_row(
            form,
            self.tr("&Country:"),
            self.country_combo,
            self.tr("Choose from the list, or type a country's name or its two-letter code."),
        )
        add_form_row(
            form,
            self.tr("&Region:"),
            self.region_edit,
            self.tr("The region, county or city the unit serves."),
        )
        add_form_row(
            form,
            self.tr("&Lead agency:"),
            self.lead_agency_combo,
            self.tr("The agency that runs or hosts the Barnahus."),
        )
        add_form_row(
            form,
            self.tr("&Year opened:"),
            self.year_spin,
            self.tr("The year the unit first received children; leave at “Unknown” if unsure."),
        )

        name_fields_by_labels(form)
        self.problem_label = problem_label(self, "unitProblemLabel")

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.setObjectName("unitButtons")
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Save") if unit is not None else self.tr("Create unit"))
        self.ok_button.setObjectName("unitOkButton")
        show_focus(self.ok_button)  # a default button shows its focus too
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(self.fontMetrics().height() // 2)
        layout.addLayout(form)
        layout.addWidget(self.problem_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        QWidget.setTabOrder(self.name_edit, self.country_combo)
        QWidget.setTabOrder(self.country_combo, self.region_edit)
        QWidget.setTabOrder(self.region_edit, self.lead_agency_combo)
        QWidget.setTabOrder(self.lead_agency_combo, self.year_spin)
        QWidget.setTabOrder(self.year_spin, self.buttons)

        if unit is not None:
            self._fill(unit)
        self.name_edit.textChanged.connect(self._update_ok)
        self.country_combo.editTextChanged.connect(self._update_ok)
        self.country_combo.currentIndexChanged.connect(self._update_ok)
        self._update_ok()
        self.name_edit.setFocus()

    def _fill(self, unit: Unit) -> None:
        self.name_edit.setText(unit.name)
        index = self.country_combo.findData(unit.country) if unit.country else -1
        if index >= 0:
            self.country_combo.setCurrentIndex(index)
        else:
            self.country_combo.setCurrentIndex(-1)
            self.country_combo.setEditText(unit.country)
        self.region_edit.setText(unit.region)
        agency_index = self.lead_agency_combo.findData(unit.lead_agency)
        if agency_index < 0:
            # A value this version does not know: keep it rather than lose it on save.
            self.lead_agency_combo.addItem(unit.lead_agency, unit.lead_agency)
            agency_index = self.lead_agency_combo.count() - 1
        self.lead_agency_combo.setCurrentIndex(agency_index)
        if unit.year_opened is not None:
            with QSignalBlocker(self.year_spin):
                self.year_spin.setValue(unit.year_opened)

    def _country(self) -> str | None:
        return country_code(self.country_combo.currentText())

    def _update_ok(self) -> None:
        name_problem = country_problem = ""
        if not self.name_edit.text().strip():
            name_problem = self.tr("Enter a name for the unit.")
        if self._country() is None:
            country_problem = self.tr(
                "“{country}” is not a country in the list; choose one or type its two-letter code."
            ).format(country=self.country_combo.currentText().strip())
        problems = [problem for problem in (name_problem, country_problem) if problem]
        self.ok_button.setEnabled(not problems)
        show_problem(self.problem_label, "\n".join(problems))
        # Each problem is also said with the box it is about.
        describe(self.name_edit, name_problem)
        line_edit = self.country_combo.lineEdit()
        if line_edit is not None:
            describe(line_edit, country_problem)

    def fields(self) -> UnitFields:
        """The entered values (valid once OK is enabled)."""
        year = self.year_spin.value()
        return UnitFields(
            name=" ".join(self.name_edit.text().split()),
            country=self._country() or "",
            region=self.region_edit.text().strip(),
            lead_agency=str(self.lead_agency_combo.currentData() or ""),
            year_opened=None if year == self.year_spin.minimum() else year,
        )

    def accept(self) -> None:
        if not self.ok_button.isEnabled():
            return  # Enter in a field must not get round the check
        super().accept()

    @staticmethod
    def ask(parent: QWidget | None, unit: Unit | None = None) -> UnitFields | None:
        """Show the dialog; the entered fields, or None when the user cancels."""
        dialog = UnitDialog(unit, parent)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.fields()
            return None
        finally:
            dialog.deleteLater()
