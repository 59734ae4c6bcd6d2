"""File > Export to Excel, Import from Excel and Compare units: the menu entries and the
windows they open (loaded when first used)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSize, Qt

from promise_tracker.gui.shared.window import FeatureHost, Menu, make_action
from promise_tracker.gui.shared.window_size import fit_to_screen

if TYPE_CHECKING:
    from promise_tracker.gui.exchange.compare_window import CompareWindow
    from promise_tracker.gui.exchange.export_dialog import ExportDialog
    from promise_tracker.gui.exchange.import_dialog import ImportDialog


class ExchangeActions(QObject):
    """Owns the Excel actions of one window and the dialogs they open."""

    def __init__(self, host: FeatureHost) -> None:
        window = host.main_window()
        super().__init__(window)
        self.setObjectName("exchangeActions")
        self.host = host
        # The last dialog or window opened, kept reachable (for tests).
        self.export_dialog: ExportDialog | None = None
        self.import_dialog: ImportDialog | None = None
        self.compare_window: CompareWindow | None = None
        self.export_action = make_action(
            window,
            "exportAction",
            self.tr("&Export to Excel…"),
            self.show_export,
            "Ctrl+E",
            tip=self.tr("Write this round or the unit's history to an Excel workbook"),
        )
        self.import_action = make_action(
            window,
            "importAction",
            self.tr("&Import from Excel…"),
            self.show_import,
            "Ctrl+I",
            tip=self.tr("Bring in rounds exported by another PROMISE tracker"),
        )
        self.compare_action = make_action(
            window,
            "compareAction",
            self.tr("&Compare units…"),
            self.show_compare,
            tip=self.tr("Compare the exports of several units (for coordinators)"),
        )
        menu = host.menu(Menu.FILE)
        menu.addSeparator()
        for action in (self.export_action, self.import_action, self.compare_action):
            menu.addAction(action)
        host.roundChanged.connect(self.update_actions)
        host.workspaceChanged.connect(self.update_actions)
        self.update_actions()

    def update_actions(self) -> None:
        self.export_action.setEnabled(self.host.current_unit() is not None)
        self.import_action.setEnabled(self.host.workspace is not None)

    def show_export(self) -> None:
        host = self.host
        unit = host.current_unit()
        if unit is None or host.workspace is None:
            return
        from promise_tracker.gui.exchange.export_dialog import ExportDialog

        self.export_dialog = ExportDialog.show_for(
            host.main_window(),
            host.workspace,
            unit,
            host.current_round(),
            host.language,
            host.settings,
        )

    def show_import(self) -> None:
        host = self.host
        if host.workspace is None:
            return
        from promise_tracker.gui.exchange.import_dialog import ImportDialog

        # What was imported may belong to the open round: it is read again.
        self.import_dialog = ImportDialog.show_for(host.main_window(), host.workspace, host.reload)

    def show_compare(self) -> None:
        """A window of its own: comparing other units' files needs no data of this app; it
        may also add the units of the data open here (on a server, every unit the user's
        sign-in reaches), asked for when they are added, since the data may change."""
        from promise_tracker.gui.exchange.compare_window import CompareWindow

        host = self.host
        packs = host.workspace.packs if host.workspace is not None else None
        window = CompareWindow(
            packs, host.language, host.main_window(), workspace=lambda: host.workspace
        )
        window.setWindowFlag(Qt.WindowType.Window)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # Roomy on an office screen, never larger than a small one (1024x600).
        fit_to_screen(window, QSize(1280, 760))
        window.show()
        self.compare_window = window


def install(host: FeatureHost) -> ExchangeActions:
    """Add the Excel entries to the window's File menu."""
    return ExchangeActions(host)
