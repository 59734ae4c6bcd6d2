"""File > Report…: the menu entry of the round report (its dialog loads when first used)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from promise_tracker.gui.shared.window import FeatureHost, Menu, make_action

if TYPE_CHECKING:
    from promise_tracker.gui.reports.report_dialog import ReportDialog


class ReportActions(QObject):
    """Owns the Report action of one window and the dialog it opens."""

    def __init__(self, host: FeatureHost) -> None:
        window = host.main_window()
        super().__init__(window)
        self.setObjectName("reportActions")
        self.host = host
        self.dialog: ReportDialog | None = None  # the last one opened (for tests)
        self.report_action = make_action(
            window,
            "reportAction",
            self.tr("&Report…"),
            self.show_report,
            "Ctrl+Shift+P",
            tip=self.tr("Write this round's report for the steering group (PDF or Word)"),
        )
        menu = host.menu(Menu.FILE)
        menu.addSeparator()
        menu.addAction(self.report_action)
        host.roundChanged.connect(self.update_actions)
        host.workspaceChanged.connect(self.update_actions)
        self.update_actions()

    def update_actions(self) -> None:
        self.report_action.setEnabled(
            self.host.workspace is not None and self.host.current_round() is not None
        )

    def show_report(self) -> None:
        host = self.host
        chosen = host.current_round()
        if host.workspace is None or chosen is None:
            return
        from promise_tracker.gui.reports.report_dialog import ReportDialog

        self.dialog = ReportDialog.show_for(
            host.main_window(), host.workspace.assessment, chosen, host.language, host.settings
        )


def install(host: FeatureHost) -> ReportActions:
    """Add File > Report… to the window."""
    return ReportActions(host)
