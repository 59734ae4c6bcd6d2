"""Standards browser for trainers: read a pack's standards and criteria, search, filter, compare
two languages side by side and export a handout. Needs no unit or round."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QSize,
    Qt,
    QTimer,
    QUrl,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from promise_tracker import i18n
from promise_tracker.gui.shared.focus_ring import show_focus
from promise_tracker.gui.shared.settings import Settings, last_folder, remember_folder
from promise_tracker.gui.shared.window import close_on_escape
from promise_tracker.gui.shared.window_size import fit_to_screen
from promise_tracker.gui.training.standards_models import (
    COLUMN_ID,
    KEY_ROLE,
    KIND_ROLE,
    BilingualModel,
    StandardsFilterProxy,
    StandardsTreeModel,
    criterion_matches,
    language_name,
    standard_matches,
    walk_standards,
)
from promise_tracker.standards.model import FALLBACK_LANGUAGE, Criterion, Pack, Standard

# (parent, caption, suggested path, filter) -> chosen path, "" when cancelled.
SaveFileDialog = Callable[[QWidget, str, str, str], str]

# The settings key of the folder handouts were last saved to.
HANDOUT_FOLDER = "handout"


def _qt_save_dialog(parent: QWidget, caption: str, path: str, filters: str) -> str:
    chosen, _ = QFileDialog.getSaveFileName(parent, caption, path, filters)
    return chosen


def preferred_language(pack: Pack, wanted: str | None = None) -> str:
    """`wanted` if the pack has it, else the interface language, else English, else its default."""
    for code in (wanted, i18n.language(), FALLBACK_LANGUAGE, pack.default_language):
        if code and code in pack.languages:
            return code
    return pack.languages[0] if pack.languages else FALLBACK_LANGUAGE


def source_lines(pack: Pack, language: str) -> list[str]:
    """The pack's source as plain lines: citation, web address, ISBN (never a live link)."""
    lines = [pack.source.citation.get(language)]
    if pack.source.url:
        lines.append(
            QCoreApplication.translate("StandardsBrowser", "Web address: {url}").format(
                url=pack.source.url
            )
        )
    if pack.source.isbn:
        lines.append(
            QCoreApplication.translate("StandardsBrowser", "ISBN: {isbn}").format(
                isbn=pack.source.isbn
            )
        )
    return lines


class PackHeader(QFrame):
    """The pack's title, provenance statement and source, shown above its texts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("packHeader")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#packHeader { background: #fff8e1; border: 1px solid #c9a227; border-radius: 4px; }"
            "#packHeader QLabel { color: #1f1a0a; }"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(4)
        self.title_label = self._label("packTitleLabel")
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title_label.setFont(font)
        self.provenance_label = self._label("provenanceLabel")
        self.source_label = self._label("sourceLabel")
        self.source_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for label in (self.title_label, self.provenance_label, self.source_label):
            layout.addWidget(label)

    def _label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)  # pack texts are shown as they are
        return label

    def show_pack(self, pack: Pack, language: str) -> None:
        self.title_label.setText(
            self.tr("{title} (version {version})").format(
                title=pack.title.get(language), version=pack.version
            )
        )
        self.provenance_label.setText(pack.provenance.get(language))
        self.source_label.setText(
            self.tr("Source: {lines}").format(lines="\n".join(source_lines(pack, language)))
        )
        self.setAccessibleDescription(
            "\n".join((self.title_label.text(), pack.provenance.get(language)))
        )


class HandoutDialog(QDialog):
    """What to put in the handout: the whole pack or one standard, in one or two languages."""

    def __init__(
        self, pack: Pack, language: str, standard: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("handoutDialog")
        self.setWindowTitle(self.tr("Export handout (PDF)"))
        self.pack = pack
        form = QFormLayout(self)
        self.whole_radio = QRadioButton(self.tr("The &whole pack"), self)
        self.whole_radio.setObjectName("handoutWholePack")
        self.standard_radio = QRadioButton(self)
        self.standard_radio.setObjectName("handoutOneStandard")
        self._standard = standard
        if standard is not None:
            self.standard_radio.setText(
                self.tr("&Only standard {number}: {title}").format(
                    number=standard, title=pack.standard(standard).title.get(language)
                )
            )
        else:
            self.standard_radio.setText(self.tr("&Only the selected standard (none selected)"))
            self.standard_radio.setEnabled(False)
        group = QButtonGroup(self)
        group.addButton(self.whole_radio)
        group.addButton(self.standard_radio)
        (self.standard_radio if standard is not None else self.whole_radio).setChecked(True)
        scope = QVBoxLayout()
        scope.addWidget(self.whole_radio)
        scope.addWidget(self.standard_radio)
        scope_label = QLabel(self.tr("Contents:"), self)
        form.addRow(scope_label, scope)

        self.first_combo = QComboBox(self)
        self.first_combo.setObjectName("handoutFirstLanguage")
        self.first_combo.setAccessibleName(self.tr("Language"))
        self.second_combo = QComboBox(self)
        self.second_combo.setObjectName("handoutSecondLanguage")
        self.second_combo.setAccessibleName(self.tr("Second language"))
        self.second_combo.addItem(self.tr("None (one language)"), "")
        for code in pack.languages:
            self.first_combo.addItem(language_name(code), code)
            self.second_combo.addItem(language_name(code), code)
        self.first_combo.setCurrentIndex(max(0, self.first_combo.findData(language)))
        first_label = QLabel(self.tr("&Language:"), self)
        first_label.setBuddy(self.first_combo)
        second_label = QLabel(self.tr("&Second language:"), self)
        second_label.setBuddy(self.second_combo)
        form.addRow(first_label, self.first_combo)
        form.addRow(second_label, self.second_combo)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Export…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        for button in self.findChildren(QPushButton):
            show_focus(button)  # a default button shows its focus too

    def languages(self) -> list[str]:
        chosen = [str(self.first_combo.currentData())]
        second = str(self.second_combo.currentData() or "")
        if second and second not in chosen:
            chosen.append(second)
        return chosen

    def standard(self) -> str | None:
        return self._standard if self.standard_radio.isChecked() else None


class StandardsBrowser(QMainWindow):
    """A window to read the installed standards packs: tree, details, search, filter, two
    languages side by side; its handout action writes a PDF for the audience."""

    # The user asks to present: pack id, version, language, standard number or "".
    presentRequested = Signal(str, str, str, str)

    TAB_BROWSE, TAB_BILINGUAL = range(2)

    def __init__(
        self,
        packs: Sequence[Pack],
        language: str | None = None,
        parent: QWidget | None = None,
        *,
        save_file_dialog: SaveFileDialog | None = None,
        settings: Settings | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        # The notice after a handout was written (tests reach it here).
        self.saved_box: QMessageBox | None = None
        if parent is not None:
            self.setWindowFlag(Qt.WindowType.Window)
        self.setObjectName("standardsBrowser")
        close_on_escape(self)
        self.packs = tuple(packs)
        if not self.packs:
            raise ValueError("the browser needs at least one standards pack")
        self._wanted_language = language
        self.save_file_dialog: SaveFileDialog = save_file_dialog or _qt_save_dialog
        self.pack = self.packs[-1]
        self.language = preferred_language(self.pack, language)
        self.tree_model: StandardsTreeModel | None = None
        self.proxy = StandardsFilterProxy(self)
        self.bilingual_model: BilingualModel | None = None
        self._build()
        self.set_pack(self.pack)
        # Roomy where the screen allows; never larger than its free area (1024x600).
        fit_to_screen(self, QSize(1200, 800))
        for button in self.findChildren(QPushButton):
            show_focus(button)  # a default button shows its focus too

    # --- construction -------------------------------------------------------------------

    def _build(self) -> None:
        self._build_actions()
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(8, 8, 8, 8)

        choices = QHBoxLayout()
        self.pack_combo = QComboBox(central)
        self.pack_combo.setObjectName("packCombo")
        self.pack_combo.setAccessibleName(self.tr("Standards pack"))
        for pack in self.packs:
            self.pack_combo.addItem(f"{pack.id} {pack.version}", pack.key)
        pack_label = QLabel(self.tr("&Pack:"), central)
        pack_label.setBuddy(self.pack_combo)
        self.language_combo = QComboBox(central)
        self.language_combo.setObjectName("languageCombo")
        self.language_combo.setAccessibleName(self.tr("Language of the standards"))
        language_label = QLabel(self.tr("&Language:"), central)
        language_label.setBuddy(self.language_combo)
        choices.addWidget(pack_label)
        choices.addWidget(self.pack_combo)
        choices.addSpacing(12)
        choices.addWidget(language_label)
        choices.addWidget(self.language_combo)
        choices.addStretch(1)
        self.present_button = QPushButton(self.tr("P&resent…"), central)
        self.present_button.setObjectName("presentButton")
        self.present_button.setToolTip(
            self.tr("Show the standards full screen, from the selected one (F5)")
        )
        self.present_button.clicked.connect(self._request_present)
        self.handout_button = QPushButton(self.handout_action.text(), central)
        self.handout_button.setObjectName("handoutButton")
        self.handout_button.setToolTip(self.handout_action.toolTip())
        self.handout_button.setEnabled(self.handout_action.isEnabled())
        self.handout_button.clicked.connect(self.handout_action.trigger)
        choices.addWidget(self.present_button)
        choices.addWidget(self.handout_button)
        layout.addLayout(choices)

        self.header = PackHeader(central)
        layout.addWidget(self.header)

        self.tabs = QTabWidget(central)
        self.tabs.setObjectName("browserTabs")
        self.tabs.setAccessibleName(self.tr("Views of the standards"))
        self.tabs.addTab(self._build_browse_tab(), self.tr("&Browse"))
        self.tabs.addTab(self._build_bilingual_tab(), self.tr("Two lan&guages"))
        self.tabs.currentChanged.connect(lambda _index: QTimer.singleShot(0, self._fit_rows))
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)

        self.pack_combo.currentIndexChanged.connect(self._on_pack_chosen)
        self.language_combo.currentIndexChanged.connect(self._on_language_chosen)
        self.setTabOrder(self.pack_combo, self.language_combo)
        self.setTabOrder(self.language_combo, self.present_button)
        self.setTabOrder(self.present_button, self.handout_button)
        self.setTabOrder(self.handout_button, self.tabs)

    def _build_actions(self) -> None:
        toolbar = QToolBar(self)  # not shown: the actions' shortcuts need a home
        toolbar.hide()
        self.handout_action = QAction(self.tr("Export &handout (PDF)…"), self)
        self.handout_action.setObjectName("browserHandoutAction")
        self.handout_action.triggered.connect(self.export_handout)
        self.handout_action.setToolTip(
            self.tr("Write the pack or the selected standard to a PDF for the audience")
        )
        self.find_action = QAction(self.tr("&Find"), self)
        self.find_action.setShortcuts(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.focus_search)
        self.close_action = QAction(self.tr("&Close"), self)
        self.close_action.setShortcuts(QKeySequence.StandardKey.Close)
        self.close_action.triggered.connect(self.close)
        for action in (self.handout_action, self.find_action, self.close_action):
            self.addAction(action)

    def _build_browse_tab(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        filters = QHBoxLayout()
        self.search_edit = QLineEdit(page)
        self.search_edit.setObjectName("searchEdit")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("Search statements, evidence and numbers"))
        self.search_edit.setAccessibleName(self.tr("Search"))
        shortcut = QKeySequence(QKeySequence.StandardKey.Find).toString(
            QKeySequence.SequenceFormat.NativeText
        )
        self.search_edit.setToolTip(self.tr("Search ({shortcut})").format(shortcut=shortcut))
        search_label = QLabel(self.tr("&Search:"), page)
        search_label.setBuddy(self.search_edit)
        self.concern_combo = QComboBox(page)
        self.concern_combo.setObjectName("concernCombo")
        self.concern_combo.setAccessibleName(self.tr("Room or agency"))
        concern_label = QLabel(self.tr("&Concerns:"), page)
        concern_label.setBuddy(self.concern_combo)
        self.count_label = QLabel(page)
        self.count_label.setObjectName("matchCountLabel")
        filters.addWidget(search_label)
        filters.addWidget(self.search_edit, 2)
        filters.addWidget(concern_label)
        filters.addWidget(self.concern_combo, 1)
        filters.addWidget(self.count_label)
        layout.addLayout(filters)

        splitter = QSplitter(Qt.Orientation.Horizontal, page)
        splitter.setObjectName("browserSplitter")
        splitter.setChildrenCollapsible(False)
        self.tree = QTreeView(splitter)
        self.tree.setObjectName("standardsTree")
        self.tree.setAccessibleName(self.tr("Standards and criteria"))
        self.tree.setModel(self.proxy)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.detail = QTextBrowser(splitter)
        self.detail.setObjectName("detailView")
        self.detail.setAccessibleName(self.tr("Details of the selected standard or criterion"))
        self.detail.setOpenLinks(False)  # the app opens no web page
        self.detail.setOpenExternalLinks(False)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.detail)
        splitter.setSizes([560, 640])
        layout.addWidget(splitter, 1)

        self.search_edit.textChanged.connect(self._apply_filter)
        self.concern_combo.currentIndexChanged.connect(self._apply_filter)
        self.setTabOrder(self.search_edit, self.concern_combo)
        self.setTabOrder(self.concern_combo, self.tree)
        self.setTabOrder(self.tree, self.detail)
        return page

    def _build_bilingual_tab(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        row = QHBoxLayout()
        self.first_combo = QComboBox(page)
        self.first_combo.setObjectName("firstLanguageCombo")
        self.first_combo.setAccessibleName(self.tr("Left language"))
        self.second_combo = QComboBox(page)
        self.second_combo.setObjectName("secondLanguageCombo")
        self.second_combo.setAccessibleName(self.tr("Right language"))
        first_label = QLabel(self.tr("L&eft:"), page)
        first_label.setBuddy(self.first_combo)
        second_label = QLabel(self.tr("R&ight:"), page)
        second_label.setBuddy(self.second_combo)
        self.evidence_check = QCheckBox(self.tr("Include e&vidence hints"), page)
        self.evidence_check.setObjectName("evidenceCheck")
        self.missing_label = QLabel(page)
        self.missing_label.setObjectName("missingLabel")
        row.addWidget(first_label)
        row.addWidget(self.first_combo)
        row.addWidget(second_label)
        row.addWidget(self.second_combo)
        row.addSpacing(12)
        row.addWidget(self.evidence_check)
        row.addStretch(1)
        row.addWidget(self.missing_label)
        layout.addLayout(row)
        self.bilingual_view = QTableView(page)
        self.bilingual_view.setObjectName("bilingualView")
        self.bilingual_view.setAccessibleName(self.tr("Texts in two languages, side by side"))
        self.bilingual_view.setWordWrap(True)
        self.bilingual_view.setAlternatingRowColors(False)
        self.bilingual_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.bilingual_view.verticalHeader().hide()
        layout.addWidget(self.bilingual_view, 1)
        self.first_combo.currentIndexChanged.connect(self._on_bilingual_languages)
        self.second_combo.currentIndexChanged.connect(self._on_bilingual_languages)
        self.evidence_check.toggled.connect(self._on_evidence_toggled)
        return page

    # --- pack and language --------------------------------------------------------------

    def set_pack(self, pack: Pack) -> None:
        self.pack = pack
        self.pack_combo.blockSignals(True)
        self.pack_combo.setCurrentIndex(max(0, self.pack_combo.findData(pack.key)))
        self.pack_combo.blockSignals(False)
        self.language = preferred_language(pack, self._wanted_language or self.language)
        for combo in (self.language_combo, self.first_combo, self.second_combo):
            combo.blockSignals(True)
            combo.clear()
            for code in pack.languages:
                combo.addItem(language_name(code), code)
            combo.blockSignals(False)
        self.language_combo.blockSignals(True)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(self.language)))
        self.language_combo.blockSignals(False)
        self.tree_model = StandardsTreeModel(pack, self.language, self)
        self.proxy.setSourceModel(self.tree_model)
        self._fill_concerns()
        self._set_bilingual_defaults()
        self.tree.header().setSectionResizeMode(COLUMN_ID, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(True)
        self.tree.selectionModel().currentChanged.connect(self._on_current_changed)
        self._retext()
        self._apply_filter()
        first = self.proxy.index(0, COLUMN_ID)
        if first.isValid():
            self.tree.setCurrentIndex(first)

    def set_language(self, language: str) -> None:
        if language not in self.pack.languages:
            return
        self.language = language
        self._wanted_language = language
        self.language_combo.blockSignals(True)
        self.language_combo.setCurrentIndex(self.language_combo.findData(language))
        self.language_combo.blockSignals(False)
        if self.tree_model is not None:
            self.tree_model.set_language(language)
        self._fill_concerns()
        self._retext()
        self._apply_filter()
        self._show_current()

    def _retext(self) -> None:
        self.header.show_pack(self.pack, self.language)
        self.setWindowTitle(
            self.tr("Standards – {title} {version}").format(
                title=self.pack.title.get(self.language), version=self.pack.version
            )
        )

    @Slot(int)
    def _on_pack_chosen(self, index: int) -> None:
        key = self.pack_combo.itemData(index)
        for pack in self.packs:
            if pack.key == tuple(key):
                self.set_pack(pack)
                return

    @Slot(int)
    def _on_language_chosen(self, index: int) -> None:
        code = self.language_combo.itemData(index)
        if code:
            self.set_language(str(code))

    # --- search and filter --------------------------------------------------------------

    def _fill_concerns(self) -> None:
        current = self.concern_combo.currentData()
        self.concern_combo.blockSignals(True)
        self.concern_combo.clear()
        self.concern_combo.addItem(self.tr("Any room or agency"), "")
        rooms = [c for c in self.pack.concerns if c.kind == "room"]
        agencies = [c for c in self.pack.concerns if c.kind == "agency"]
        for concerns, heading in (
            (rooms, self.tr("Rooms")),
            (agencies, self.tr("Agencies")),
        ):
            if not concerns:
                continue
            self.concern_combo.insertSeparator(self.concern_combo.count())
            self.concern_combo.addItem(heading, None)
            item = self.concern_combo.model().item(self.concern_combo.count() - 1)  # type: ignore[attr-defined]
            item.setEnabled(False)
            for concern in concerns:
                self.concern_combo.addItem("    " + concern.label.get(self.language), concern.id)
        found = self.concern_combo.findData(current) if current else 0
        self.concern_combo.setCurrentIndex(max(0, found))
        self.concern_combo.blockSignals(False)

    def set_concern(self, concern_id: str | None) -> None:
        """Show only the criteria that concern this room or agency (None: all)."""
        index = self.concern_combo.findData(concern_id or "")
        self.concern_combo.setCurrentIndex(max(0, index))

    def focus_search(self) -> None:
        self.tabs.setCurrentIndex(self.TAB_BROWSE)
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def matching_criteria(self) -> list[Criterion]:
        search, concern = self.search_edit.text(), self._concern()
        return [
            c for c in self.pack.criteria() if criterion_matches(c, search, concern, self.language)
        ]

    def _concern(self) -> str | None:
        data = self.concern_combo.currentData()
        return str(data) if data else None

    @Slot()
    def _apply_filter(self, *_: object) -> None:
        search, concern = self.search_edit.text(), self._concern()
        self.proxy.set_filter(search, concern)
        total = len(self.pack.criteria())
        if self.proxy.is_filtering():
            count = len(self.matching_criteria())
            standards = (
                sum(
                    1
                    for s in walk_standards(self.pack.standards)
                    if standard_matches(s, search, self.language)
                )
                if not concern
                else 0
            )
            text = self.tr("{count} of {total} criteria match").format(count=count, total=total)
            if standards:
                text = self.tr("{criteria}; {count} standard title(s) match").format(
                    criteria=text, count=standards
                )
            self.count_label.setText(text)
            self.tree.expandAll()
        else:
            self.count_label.setText(self.tr("{total} criteria").format(total=total))
            self.tree.collapseAll()
            for row in range(self.proxy.rowCount()):
                self.tree.expand(self.proxy.index(row, COLUMN_ID))
        if not self.tree.currentIndex().isValid():
            self._select_first_criterion()
        self._show_current()

    def _select_first_criterion(self) -> None:
        """After a filter hid the selection: the first criterion still shown, if any."""
        index = self.proxy.index(0, COLUMN_ID)
        while index.isValid() and index.data(KIND_ROLE) != "criterion":
            index = (
                self.proxy.index(0, COLUMN_ID, index)
                if self.proxy.hasChildren(index)
                else QModelIndex()
            )
        if index.isValid():
            self.tree.setCurrentIndex(index)

    # --- selection and details ----------------------------------------------------------

    def select(self, kind: str, key: str) -> bool:
        """Select a standard ("standard", "1.2") or criterion ("criterion", "BQS-1.2-01")."""
        if self.tree_model is None:
            return False
        index = self.proxy.mapFromSource(self.tree_model.index_of(kind, key))
        if not index.isValid():
            return False
        self.tree.scrollTo(index)
        self.tree.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        return True

    def current_item(self) -> tuple[str, str] | None:
        index = self.tree.currentIndex()
        if not index.isValid():
            return None
        first = index.siblingAtColumn(COLUMN_ID)
        return str(first.data(KIND_ROLE)), str(first.data(KEY_ROLE))

    def current_standard(self) -> str | None:
        """The selected standard's number, or the standard of the selected criterion."""
        item = self.current_item()
        if item is None:
            return None
        kind, key = item
        return key if kind == "standard" else self.pack.criterion(key).standard

    @Slot(QModelIndex, QModelIndex)
    def _on_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        self._show_current()

    def _show_current(self) -> None:
        item = self.current_item()
        if item is None:
            self.detail.setHtml(
                "<p>{}</p>".format(html.escape(self.tr("Choose a standard or criterion.")))
            )
            return
        kind, key = item
        if kind == "standard":
            self.detail.setHtml(self._standard_html(self.pack.standard(key)))
        else:
            self.detail.setHtml(self._criterion_html(self.pack.criterion(key)))

    def _mark(self, text: str) -> str:
        """`text` escaped for HTML, with the search words highlighted."""
        needle = self.search_edit.text().strip()
        if not needle:
            return html.escape(text)
        parts: list[str] = []
        lowered, folded = text.casefold(), needle.casefold()
        start = 0
        if len(lowered) != len(text):  # casefold changed lengths (ß...): no highlight
            return html.escape(text)
        while True:
            found = lowered.find(folded, start)
            if found < 0:
                parts.append(html.escape(text[start:]))
                break
            parts.append(html.escape(text[start:found]))
            hit = html.escape(text[found : found + len(needle)])
            parts.append(f'<span style="background-color:#ffe066; color:#000">{hit}</span>')
            start = found + len(needle)
        return "".join(parts)

    def _heading(self, text: str) -> str:
        return f'<h3 style="margin-top:14px">{html.escape(text)}</h3>'

    def _criterion_html(self, criterion: Criterion) -> str:
        lang = self.language
        standard = self.pack.standard(criterion.standard)
        parts = [
            f"<h2>{self._mark(criterion.id)}</h2>",
            "<p style='color:#333'>{}</p>".format(
                html.escape(
                    self.tr("Standard {number}: {title}").format(
                        number=standard.number, title=standard.title.get(lang)
                    )
                )
            ),
            self._heading(self.tr("Statement")),
            f"<p style='font-size:large'>{self._mark(criterion.statement.get(lang))}</p>",
            self._heading(self.tr("Evidence to look for")),
            f"<p>{self._mark(criterion.evidence.get(lang))}</p>",
        ]
        rooms = [self.pack.concern(c) for c in criterion.concerns]
        for kind, heading in (("room", self.tr("Rooms")), ("agency", self.tr("Agencies"))):
            names = [c.label.get(lang) for c in rooms if c.kind == kind]
            if names:
                parts.append(self._heading(heading))
                parts.append(
                    "<ul>" + "".join(f"<li>{html.escape(n)}</li>" for n in names) + "</ul>"
                )
        if standard.summary is not None:
            parts.append(self._heading(self.tr("About the standard")))
            parts.append(f"<p>{html.escape(standard.summary.get(lang))}</p>")
        return "".join(parts)

    def _standard_html(self, standard: Standard) -> str:
        lang = self.language
        parts = ["<h2>{}</h2>".format(self._mark(f"{standard.number} {standard.title.get(lang)}"))]
        if standard.summary is not None:
            parts.append(self._heading(self.tr("Summary")))
            parts.append(
                f"<p style='font-size:large'>{html.escape(standard.summary.get(lang))}</p>"
            )
        if standard.children:
            parts.append(self._heading(self.tr("Sub-standards")))
            parts.append(
                "<ul>"
                + "".join(
                    f"<li>{html.escape(child.number)} {html.escape(child.title.get(lang))}</li>"
                    for child in standard.children
                )
                + "</ul>"
            )
        count = sum(1 for _ in standard.all_criteria())
        parts.append(
            "<p>{}</p>".format(html.escape(self.tr("%n criterion(s) in this standard.", "", count)))
        )
        return "".join(parts)

    # --- two languages ------------------------------------------------------------------

    def _set_bilingual_defaults(self) -> None:
        languages = list(self.pack.languages)
        first = self.language
        others = [code for code in languages if code != first]
        second = others[0] if others else first
        # Keep the usual reading order: English on the left when it is one of the two.
        if second == FALLBACK_LANGUAGE:
            first, second = second, first
        self.bilingual_model = BilingualModel(
            self.pack, first, second, with_evidence=self.evidence_check.isChecked(), parent=self
        )
        self.bilingual_view.setModel(self.bilingual_model)
        header = self.bilingual_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.set_bilingual_languages(first, second)

    def set_bilingual_languages(self, first: str, second: str) -> None:
        for combo, code in ((self.first_combo, first), (self.second_combo, second)):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(code)))
            combo.blockSignals(False)
        if self.bilingual_model is not None:
            self.bilingual_model.set_languages(first, second)
        self._after_bilingual_change()

    @Slot()
    def _on_bilingual_languages(self, *_: object) -> None:
        first = str(self.first_combo.currentData() or "")
        second = str(self.second_combo.currentData() or "")
        if first and second and self.bilingual_model is not None:
            self.bilingual_model.set_languages(first, second)
            self._after_bilingual_change()

    @Slot(bool)
    def _on_evidence_toggled(self, checked: bool) -> None:
        if self.bilingual_model is not None:
            self.bilingual_model.set_with_evidence(checked)
            self._after_bilingual_change()

    def _after_bilingual_change(self) -> None:
        if self.bilingual_model is None:
            return
        missing = self.bilingual_model.missing_count()
        self.missing_label.setText(
            self.tr("%n text(s) missing a translation", "", missing)
            if missing
            else self.tr("Every text is in both languages")
        )
        QTimer.singleShot(0, self._fit_rows)

    def show_bilingual(self) -> None:
        self.tabs.setCurrentIndex(self.TAB_BILINGUAL)
        self.bilingual_view.setFocus()

    @Slot()
    def _fit_rows(self, *_: object) -> None:
        # Wrapped rows need their height again once the columns have their real widths.
        if self.tabs.currentIndex() == self.TAB_BILINGUAL and self.bilingual_view.isVisible():
            self.bilingual_view.resizeRowsToContents()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, self._fit_rows)

    # --- present and handout ------------------------------------------------------------

    @Slot()
    def _request_present(self) -> None:
        self.presentRequested.emit(
            self.pack.id, self.pack.version, self.language, self.current_standard() or ""
        )

    def export_handout(self) -> Path | None:
        """Ask what to include and where, then write the PDF; the path written or None."""
        dialog = HandoutDialog(self.pack, self.language, self.current_standard(), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        languages = dialog.languages()
        standard = dialog.standard()
        dialog.deleteLater()  # one dialog per handout, not one more child each time
        suggested = f"{self.pack.id}-{'-'.join(languages)}"
        if standard is not None:
            suggested += f"-standard-{standard}"
        chosen = self.save_file_dialog(
            self,
            self.tr("Export handout (PDF)"),
            # The folder used last time, else the user's Documents.
            str(last_folder(self.settings, HANDOUT_FOLDER) / f"{suggested}.pdf"),
            self.tr("PDF documents (*.pdf)"),
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        from promise_tracker.errors import PromiseTrackerError

        try:
            from PySide6.QtGui import QGuiApplication

            from promise_tracker.reports.handout import write_handout  # loads the PDF writer

            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                write_handout(path, self.pack, languages, standard=standard)
            finally:
                QGuiApplication.restoreOverrideCursor()
        except PromiseTrackerError as error:
            QMessageBox.warning(
                self,
                self.tr("Export handout (PDF)"),
                self.tr("The handout could not be written: {reason}").format(reason=error.message),
            )
            return None
        except OSError:
            QMessageBox.warning(
                self,
                self.tr("Export handout (PDF)"),
                self.tr(
                    "The handout could not be saved as {path}. Check that the folder exists, "
                    "that you may save files there and that the file is not open in another "
                    "program, then try again."
                ).format(path=path),
            )
            return None
        remember_folder(self.settings, HANDOUT_FOLDER, path.parent)
        self._show_saved(path)
        return path

    def _show_saved(self, path: Path) -> None:
        """Say where the handout was saved (it stays until closed), with Open folder."""
        text = self.tr("The handout was saved as “{name}” in {folder}.").format(
            name=path.name, folder=path.parent
        )
        self.statusBar().showMessage(text, 8000)
        if self.saved_box is not None:
            self.saved_box.close()
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Handout saved"), text, parent=self)
        box.setObjectName("handoutSavedBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        open_button = box.addButton(self.tr("&Open folder"), QMessageBox.ButtonRole.ActionRole)
        open_button.setObjectName("handoutOpenFolderButton")
        open_button.setAccessibleDescription(self.tr("Open the folder the handout was saved in"))
        # Clicking it opens the folder and, as any message box button, closes the box.
        open_button.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))
        )
        close = box.addButton(QMessageBox.StandardButton.Close)
        box.setDefaultButton(close)
        box.setEscapeButton(close)
        box.finished.connect(self._forget_saved_box)
        self.saved_box = box
        box.open()

    def _forget_saved_box(self, *_: object) -> None:
        self.saved_box = None
