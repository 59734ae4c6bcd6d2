"""The About dialog: versions, data folders and where each standards pack's words come from."""

from __future__ import annotations

import platform

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from promise_tracker import APP_NAME, __version__
from promise_tracker.gui.shared.accessibility import announce, content_label
from promise_tracker.gui.shared.focus_ring import show_focus
from promise_tracker.gui.shared.look import app_icon, scaled_font
from promise_tracker.paths import AppPaths
from promise_tracker.standards.model import Pack
from promise_tracker.standards.registry import PackRegistry


def _selectable(text: str, parent: QWidget, name: str) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    # The text shown (a version, a folder) is what a screen reader reads; the caption is
    # its description.
    content_label(label, name)
    return label


class AboutDialog(QDialog):
    """What this copy of the app is, where it keeps its data, and the packs it offers."""

    def __init__(
        self,
        paths: AppPaths,
        packs: PackRegistry,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.paths = paths
        self.packs = packs
        self.language = language
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About {app}").format(app=APP_NAME))
        char = self.fontMetrics().averageCharWidth()
        line = self.fontMetrics().height()
        self.setMinimumWidth(char * 60)

        layout = QVBoxLayout(self)
        layout.addLayout(self._header())

        description = QLabel(
            self.tr(
                "{app} helps a Barnahus team assess its work against the Barnahus Quality "
                "Standards, one criterion at a time, and see how it develops from one round "
                "to the next. It works without an internet connection and keeps every answer "
                "in a database on this computer; nothing is sent anywhere."
            ).format(app=APP_NAME),
            self,
        )
        description.setObjectName("aboutDescriptionLabel")
        description.setWordWrap(True)
        layout.addWidget(description)

        details = QFormLayout()
        details.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        details.addRow(
            self.tr("Python:"), _selectable(platform.python_version(), self, self.tr("Python"))
        )
        details.addRow(self.tr("Qt:"), _selectable(qVersion(), self, self.tr("Qt")))
        details.addRow(
            self.tr("PySide6:"), _selectable(PySide6.__version__, self, self.tr("PySide6"))
        )
        self.data_folder_label = _selectable(str(paths.data_dir), self, self.tr("Data folder"))
        self.data_folder_label.setObjectName("dataFolderLabel")
        details.addRow(self.tr("Data folder:"), self.data_folder_label)
        self.log_folder_label = _selectable(str(paths.log_dir), self, self.tr("Log folder"))
        self.log_folder_label.setObjectName("logFolderLabel")
        details.addRow(self.tr("Log folder:"), self.log_folder_label)
        layout.addSpacing(line // 2)
        layout.addLayout(details)

        heading = QLabel(self.tr("Standards packs"), self)
        heading.setFont(scaled_font(self.font(), 1.15, bold=True))
        layout.addSpacing(line // 2)
        layout.addWidget(heading)

        self.packs_area = QScrollArea(self)
        self.packs_area.setObjectName("aboutPacksArea")
        self.packs_area.setAccessibleName(self.tr("Installed standards packs"))
        self.packs_area.setWidgetResizable(True)
        # Not a Tab stop of its own (it would show no focus): Tab goes to the texts in it,
        # and the area scrolls to show the one with the focus.
        self.packs_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.packs_area.setFrameShape(QFrame.Shape.StyledPanel)
        self.packs_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.packs_area.setWidget(self._packs_widget())
        self.packs_area.setMinimumHeight(line * 8)
        layout.addWidget(self.packs_area, 1)

        self.copied_label = QLabel(self)
        self.copied_label.setObjectName("copiedLabel")
        content_label(self.copied_label, self.tr("Copy status"))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self.tr("&Copy details"), self)
        self.copy_button.setObjectName("copyDetailsButton")
        self.copy_button.setAccessibleName(self.tr("Copy details"))
        self.copy_button.setAutoDefault(False)
        shortcut = QKeySequence.mnemonic(self.copy_button.text()).toString(
            QKeySequence.SequenceFormat.NativeText
        )
        tip = self.tr("Copy the versions and folders, to paste into a message for support.")
        if shortcut:
            tip = self.tr("{tip} ({shortcut})").format(tip=tip, shortcut=shortcut)
        self.copy_button.setToolTip(tip)
        self.copy_button.clicked.connect(self.copy_details)
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close_button.setObjectName("aboutCloseButton")
        close_button.setDefault(True)
        show_focus(close_button)  # a default button shows its focus too

        bottom = QHBoxLayout()
        bottom.addWidget(self.copied_label, 1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)

        # Never larger than the screen (large fonts on a projector); the pack list scrolls.
        width, height = char * 100, line * 38
        screen = self.screen()
        if screen is not None:
            available = screen.availableGeometry()
            width = min(width, available.width() * 9 // 10)
            height = min(height, available.height() * 9 // 10)
        self.resize(width, height)
        close_button.setFocus()

    def _header(self) -> QHBoxLayout:
        header = QHBoxLayout()
        icon = app_icon(self.fontMetrics().height() * 4)
        if icon is not None:
            icon_label = QLabel(self)
            icon_label.setPixmap(icon)
            icon_label.setAccessibleName(self.tr("{app} logo").format(app=APP_NAME))
            header.addWidget(icon_label, 0, Qt.AlignmentFlag.AlignTop)
        titles = QVBoxLayout()
        name = QLabel(APP_NAME, self)
        name.setObjectName("aboutAppNameLabel")
        name.setFont(scaled_font(self.font(), 1.8, bold=True))
        titles.addWidget(name)
        self.version_label = _selectable(
            self.tr("Version {version}").format(version=__version__), self, self.tr("Version")
        )
        self.version_label.setObjectName("aboutVersionLabel")
        titles.addWidget(self.version_label)
        titles.addStretch(1)
        header.addLayout(titles, 1)
        return header

    def _packs_widget(self) -> QWidget:
        container = QWidget(self)
        container.setObjectName("aboutPacksContainer")
        column = QVBoxLayout(container)
        line = self.fontMetrics().height()
        self.pack_labels: list[QLabel] = []
        for index, pack in enumerate(self.packs.packs()):
            if index:
                separator = QFrame(container)
                separator.setFrameShape(QFrame.Shape.HLine)
                column.addWidget(separator)
            column.addWidget(self._pack_section(pack, container))
        if not self.packs.packs():
            column.addWidget(QLabel(self.tr("No standards pack is installed."), container))
        if self.packs.load_errors:
            problems = QLabel(self.tr("Packs that could not be loaded:"), container)
            problems.setFont(scaled_font(self.font(), 1.0, bold=True))
            column.addSpacing(line // 2)
            column.addWidget(problems)
            for error in self.packs.load_errors:
                column.addWidget(_selectable(str(error), container, self.tr("Pack problem")))
        column.addStretch(1)
        return container

    def _pack_section(self, pack: Pack, parent: QWidget) -> QWidget:
        lang = self.language
        section = QWidget(parent)
        section.setObjectName(f"aboutPack-{pack.id}-{pack.version}")
        box = QVBoxLayout(section)
        box.setContentsMargins(0, 0, 0, 0)
        title = _selectable(pack.title.get(lang), section, self.tr("Pack title"))
        title.setFont(scaled_font(self.font(), 1.0, bold=True))
        box.addWidget(title)
        box.addWidget(
            _selectable(
                self.tr("Version {version} · identifier {id} · content {hash}").format(
                    version=pack.version, id=pack.id, hash=pack.short_hash
                ),
                section,
                self.tr("Pack version"),
            )
        )
        provenance = _selectable(
            pack.provenance.get(lang), section, self.tr("Provenance of the pack")
        )
        provenance.setObjectName("aboutProvenanceLabel")
        self.pack_labels.append(provenance)
        box.addWidget(provenance)
        source = pack.source
        citation = self.tr("Source: {citation}").format(citation=source.citation.get(lang))
        if source.url:
            citation = self.tr("{citation}\n{url}").format(citation=citation, url=source.url)
        citation_label = _selectable(citation, section, self.tr("Source of the pack"))
        citation_label.setObjectName("aboutCitationLabel")
        self.pack_labels.append(citation_label)
        box.addWidget(citation_label)
        return section

    def details_text(self) -> str:
        """The facts support needs, as plain text."""
        lines = [
            self.tr("{app} {version}").format(app=APP_NAME, version=__version__),
            self.tr("Python {version}").format(version=platform.python_version()),
            self.tr("Qt {version}").format(version=qVersion()),
            self.tr("PySide6 {version}").format(version=PySide6.__version__),
            self.tr("System: {system}").format(system=platform.platform()),
            self.tr("Data folder: {folder}").format(folder=self.paths.data_dir),
            self.tr("Log folder: {folder}").format(folder=self.paths.log_dir),
            self.tr("Settings file: {file}").format(file=self.paths.settings_file),
        ]
        for pack in self.packs.packs():
            lines.append(
                self.tr("Pack: {id} {version} ({hash})").format(
                    id=pack.id, version=pack.version, hash=pack.short_hash
                )
            )
        for error in self.packs.load_errors:
            lines.append(self.tr("Pack problem: {error}").format(error=error))
        return "\n".join(lines)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details_text())
        self.copied_label.setText(self.tr("Details copied to the clipboard."))
        announce(self.copied_label, self.copied_label.text())
