"""View > Language of the standards, and the open round's pack (with its provenance) in the
status bar: both follow the round that is open."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel

from promise_tracker.gui.shared.accessibility import content_label
from promise_tracker.gui.shared.window import FeatureHost, Menu
from promise_tracker.standards.problems import escape_controls

LANGUAGE_NAMES = {"en": "English", "sv": "Svenska"}


class StandardsLanguage(QObject):
    """Offers the open round's pack languages and names the pack the round is assessed with."""

    def __init__(self, host: FeatureHost) -> None:
        window = host.main_window()
        super().__init__(window)
        self.setObjectName("standardsLanguage")
        self.host = host
        view_menu = host.menu(Menu.VIEW)
        view_menu.addSeparator()
        self.menu = view_menu.addMenu(self.tr("&Language of the standards"))
        self.menu.setObjectName("languageMenu")
        self.actions: dict[str, QAction] = {}
        self.pack_label = QLabel(window)
        self.pack_label.setObjectName("packLabel")
        content_label(self.pack_label, self.tr("Standards pack of this round"))
        window.statusBar().addPermanentWidget(self.pack_label)
        self._pack_shown: object = None
        host.roundChanged.connect(self._on_round_changed)
        host.languageChanged.connect(self._on_language_changed)

    def _on_round_changed(self) -> None:
        controller = self.host.controller
        pack = controller.session.pack if controller is not None else None
        if pack is self._pack_shown:
            return
        self._pack_shown = pack
        if pack is None:
            self.pack_label.clear()
            return
        self.menu.clear()
        self.actions.clear()
        for code in pack.languages:
            action = QAction(LANGUAGE_NAMES.get(code, code), self.host.main_window())
            action.setCheckable(True)
            action.setChecked(code == self.host.language)
            action.setObjectName(f"language_{code}")
            action.triggered.connect(lambda _=False, code=code: self.host.set_language(code))
            self.menu.addAction(action)
            self.actions[code] = action
        self._show_pack()

    def _on_language_changed(self) -> None:
        for code, action in self.actions.items():
            action.setChecked(code == self.host.language)
        self._show_pack()

    def _show_pack(self) -> None:
        # The provenance statement goes wherever the pack's criteria are shown.
        controller = self.host.controller
        if controller is None:
            return
        pack = controller.session.pack
        language = self.host.language
        text = f"{pack.title.get(language)} {pack.version}"
        workspace = self.host.workspace
        if workspace is not None and workspace.packs.is_local_variant(pack):
            # Not the shipped standards: the user's own file with the same id says otherwise.
            text = self.tr("{pack} (local variant: {file})").format(
                pack=text, file=escape_controls(pack.origin)
            )
        self.pack_label.setText(text)
        self.pack_label.setToolTip(
            self.tr("{provenance}\n\nSource: {citation}\nContent: {hash}").format(
                provenance=pack.provenance.get(language),
                citation=pack.source.citation.get(language),
                hash=pack.short_hash,
            )
        )


def install(host: FeatureHost) -> StandardsLanguage:
    """Add View > Language of the standards and the pack label of the status bar."""
    return StandardsLanguage(host)
