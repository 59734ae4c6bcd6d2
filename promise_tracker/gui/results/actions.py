"""View > Results (Ctrl+R): the unit's charts in place of the round, and back on a second press.

The Results view, and matplotlib with it, is made the first time it is shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from promise_tracker.gui.shared.window import FeatureHost, Menu, add_to_toolbar, make_action

if TYPE_CHECKING:
    from promise_tracker.gui.results.results_view import ResultsView


class ResultsActions(QObject):
    """Owns the Results action of one window and the view it shows."""

    def __init__(self, host: FeatureHost) -> None:
        window = host.main_window()
        super().__init__(window)
        self.setObjectName("resultsActions")
        self.host = host
        self.view: ResultsView | None = None  # made when first shown (matplotlib)
        self.action = make_action(
            window,
            "resultsAction",
            self.tr("&Results"),
            self._on_toggled,
            "Ctrl+R",
            tip=self.tr("Charts of the unit's scores and progress (press again to go back)"),
        )
        self.action.setCheckable(True)
        view_menu = host.menu(Menu.VIEW)
        view_menu.insertAction(view_menu.actions()[0] if view_menu.actions() else None, self.action)  # type: ignore[arg-type]
        host.toolbar().addSeparator()
        button = add_to_toolbar(host.toolbar(), self.action)
        if button is not None:
            button.setObjectName("resultsToolButton")
        host.roundChanged.connect(self._on_round_changed)
        host.workspaceChanged.connect(self._drop_view)
        host.languageChanged.connect(self._on_language_changed)
        self._on_round_changed()

    def _on_toggled(self) -> None:
        if self.action.isChecked():
            self.show_results()
        else:
            self.host.show_round()

    def _on_round_changed(self) -> None:
        self.action.setEnabled(self.host.current_unit() is not None)
        if self.action.isChecked():
            self.show_results()

    def show_results(self) -> None:
        """Show the charts of the chosen unit, with the chosen round marked."""
        host = self.host
        unit = host.current_unit()
        if unit is None:
            self.action.setChecked(False)
            return
        chosen = host.current_round()
        round_id = chosen.id if chosen else None
        if self.view is None:
            from promise_tracker.gui.results.results_view import ResultsView

            self.view = ResultsView(host.service, unit.id, round_id, host.language)
            self.view.setObjectName("resultsView")
        else:
            self.view.set_selection(unit.id, round_id)
        host.show_view(self.view)

    def _drop_view(self) -> None:
        """Other data was opened: the view read the data that is gone."""
        if self.view is not None:
            self.host.remove_view(self.view)
            self.view.deleteLater()
            self.view = None
        self.action.setChecked(False)

    def _on_language_changed(self) -> None:
        if self.view is not None:
            self.view.set_language(self.host.language)


def install(host: FeatureHost) -> ResultsActions:
    """Add View > Results to the window's View menu and toolbar."""
    return ResultsActions(host)
