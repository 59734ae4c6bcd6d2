"""Preferences (Edit > Preferences…): the interface language and the standards texts' language."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from promise_tracker import APP_NAME, i18n
from promise_tracker.gui.shared.translation import LANGUAGE_NAMES, choose_language, system_language
from promise_tracker.gui.shared.window import FeatureHost, Menu

if TYPE_CHECKING:
    from promise_tracker.gui.shared.settings import Settings

PREFERENCES_SHORTCUT = "Ctrl+,"


class PreferencesDialog(QDialog):
    """Choose the interface language and the default language of the standards texts."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.settings = settings

        self.interface_combo = QComboBox(self)
        self.interface_combo.setObjectName("interfaceLanguageCombo")
        self.interface_combo.setAccessibleName(self.tr("Interface language"))
        system_name = LANGUAGE_NAMES[system_language()]
        self.interface_combo.addItem(
            self.tr("System default ({language})").format(language=system_name), None
        )
        for code, name in LANGUAGE_NAMES.items():
            self.interface_combo.addItem(name, code)
        self._select(self.interface_combo, settings.interface_language)

        self.standards_combo = QComboBox(self)
        self.standards_combo.setObjectName("standardsLanguageCombo")
        self.standards_combo.setAccessibleName(self.tr("Language of the standards texts"))
        self.standards_combo.addItem(self.tr("Same as the interface"), None)
        for code, name in LANGUAGE_NAMES.items():
            self.standards_combo.addItem(name, code)
        self._select(self.standards_combo, settings.language)

        form = QFormLayout()
        interface_label = QLabel(self.tr("&Interface language:"), self)
        interface_label.setBuddy(self.interface_combo)
        standards_label = QLabel(self.tr("&Standards texts:"), self)
        standards_label.setBuddy(self.standards_combo)
        form.addRow(interface_label, self.interface_combo)
        form.addRow(standards_label, self.standards_combo)

        note = QLabel(
            self.tr(
                "Texts of the standards that are not available in the chosen language are "
                "shown in English."
            ),
            self,
        )
        note.setWordWrap(True)
        self.restart_note = QLabel(
            self.tr("The new interface language is used after you restart {app}.").format(
                app=APP_NAME
            ),
            self,
        )
        self.restart_note.setObjectName("restartNote")
        self.restart_note.setWordWrap(True)
        self.restart_note.setVisible(False)
        self.interface_combo.currentIndexChanged.connect(self._update_restart_note)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.setObjectName("preferencesButtons")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.restart_note)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)

    @staticmethod
    def _select(combo: QComboBox, code: str | None) -> None:
        index = combo.findData(code) if code is not None else 0
        combo.setCurrentIndex(max(index, 0))

    def interface_language(self) -> str | None:
        """The chosen interface language, None for the system's."""
        value = self.interface_combo.currentData()
        return value if isinstance(value, str) else None

    def standards_language(self) -> str | None:
        """The chosen standards language, None for the interface's."""
        value = self.standards_combo.currentData()
        return value if isinstance(value, str) else None

    def needs_restart(self) -> bool:
        """True if the chosen interface language differs from the one in use."""
        return choose_language(self.interface_language()) != i18n.language()

    def _update_restart_note(self) -> None:
        self.restart_note.setVisible(self.needs_restart())

    def save(self) -> None:
        """Write the choices to the settings file."""
        self.settings.interface_language = self.interface_language()
        self.settings.language = self.standards_language()
        self.settings.sync()


def open_preferences(host: FeatureHost) -> bool:
    """Show the dialog; apply and save the choices if accepted. True if accepted."""
    parent = host.main_window()
    dialog = PreferencesDialog(host.settings, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    restart = dialog.needs_restart()
    dialog.save()
    chosen = dialog.standards_language()
    # The standards texts change at once; "same as the interface" is kept as no choice.
    host.set_language(chosen or host.settings.standards_language)
    host.settings.language = chosen
    if restart:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("PreferencesDialog", "Preferences"),
            QCoreApplication.translate(
                "PreferencesDialog", "The new interface language is used after you restart {app}."
            ).format(app=APP_NAME),
        )
    return True


def install(host: FeatureHost) -> QAction:
    """Add Edit > Preferences… (Ctrl+,) to the host's Edit menu."""
    window = host.main_window()
    action = QAction(QCoreApplication.translate("PreferencesDialog", "&Preferences…"), window)
    action.setObjectName("preferencesAction")
    action.setShortcut(QKeySequence(PREFERENCES_SHORTCUT))
    action.setMenuRole(QAction.MenuRole.PreferencesRole)
    action.setToolTip(
        QCoreApplication.translate(
            "PreferencesDialog", "Interface language and language of the standards texts ({key})"
        ).format(
            key=QKeySequence(PREFERENCES_SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText)
        )
    )
    action.triggered.connect(lambda: open_preferences(host))
    window.addAction(action)
    edit_menu = host.menu(Menu.EDIT)
    edit_menu.addSeparator()
    edit_menu.addAction(action)
    return action
