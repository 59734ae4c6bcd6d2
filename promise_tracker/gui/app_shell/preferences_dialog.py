"""Preferences (Edit > Preferences…): the interface language and the standards texts' language."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from promise_tracker import APP_NAME, i18n
from promise_tracker.gui.app_shell import restart
from promise_tracker.gui.shared.accessibility import announce
from promise_tracker.gui.shared.focus_ring import show_focus
from promise_tracker.gui.shared.translation import LANGUAGE_NAMES, choose_language, system_language
from promise_tracker.gui.shared.window import FeatureHost, Menu
from promise_tracker.gui.shared.window_size import grow_to_fit

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
        # Set by "Restart now": the dialog was accepted to restart with the new language.
        self.restart_requested = False

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
        restart_text = self.tr("&Restart now")
        self.restart_button = QPushButton(restart_text, self)
        self.restart_button.setObjectName("restartNowButton")
        self.restart_button.setAutoDefault(False)
        self.restart_button.setToolTip(
            self.tr("Save the choices, close {app} and open it again in the new language.").format(
                app=APP_NAME
            )
        )
        self.restart_button.setAccessibleDescription(self.restart_button.toolTip())
        self.restart_button.clicked.connect(self._restart_now)
        self.restart_row = QWidget(self)
        self.restart_row.setObjectName("restartRow")
        restart_layout = QHBoxLayout(self.restart_row)
        restart_layout.setContentsMargins(0, 0, 0, 0)
        restart_layout.addWidget(self.restart_note, 1)
        restart_layout.addWidget(self.restart_button, 0, Qt.AlignmentFlag.AlignTop)
        self.restart_row.setVisible(False)
        self.interface_combo.currentIndexChanged.connect(self._update_restart_note)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.setObjectName("preferencesButtons")
        ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok_button.setObjectName("preferencesOkButton")
        show_focus(ok_button)  # a default button shows its focus too
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.restart_row)
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
        needed = self.needs_restart()
        if needed == self.restart_row.isVisibleTo(self):
            return
        self.restart_row.setVisible(needed)
        if needed and self.isVisible():
            # Taller, not squeezed: the note wraps to more lines in longer languages.
            grow_to_fit(self)
            announce(self.restart_note, self.restart_note.text())

    def _restart_now(self) -> None:
        self.restart_requested = True
        self.accept()

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
    restart_needed = dialog.needs_restart()
    dialog.save()
    chosen = dialog.standards_language()
    # The standards texts change at once; "same as the interface" is kept as no choice.
    host.set_language(chosen or host.settings.standards_language)
    host.settings.language = chosen
    if restart_needed and dialog.restart_requested:
        host.settings.sync()
        restart.restart_app(parent)
    elif restart_needed:
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
