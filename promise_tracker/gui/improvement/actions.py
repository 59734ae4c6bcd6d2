"""View > Action plan (Ctrl+Shift+A), the action editor asked for from elsewhere, and the review
of open actions when a round starts, wired to the main window.

The view and the dialogs are imported when first used, so startup does not pay for them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction

from promise_tracker.errors import NotFoundError, PromiseTrackerError
from promise_tracker.gui.shared.window import (
    FeatureHost,
    Menu,
    add_to_toolbar,
    confirm,
    make_action,
    warn,
)

if TYPE_CHECKING:
    from promise_tracker.domain.entities import Action
    from promise_tracker.gui.improvement.action_plan_view import ActionPlanView
    from promise_tracker.gui.improvement.review_dialog import ReviewDialog
    from promise_tracker.gui.shared.action_dialog import ActionDialog
    from promise_tracker.standards.model import Criterion

ACTION_PLAN_SHORTCUT = "Ctrl+Shift+A"
# Views shown in the window in place of the round: one at a time is checked.
_OTHER_VIEW_ACTIONS = ("resultsAction",)


class ImprovementActions(QObject):
    """Owns the Action plan entry of one window, its view, the editor and the review."""

    def __init__(self, host: FeatureHost) -> None:
        window = host.main_window()
        super().__init__(window)
        self.setObjectName("improvementActions")
        self.host = host
        # What counts as overdue is measured against this day (tests fix it).
        self.today: Callable[[], dt.date] = dt.date.today
        self.view: ActionPlanView | None = None
        self.editor: ActionDialog | None = None
        self.review: ReviewDialog | None = None

        self.action = make_action(
            window,
            "actionPlanAction",
            self.tr("Ac&tion plan"),
            self._on_toggled,
            ACTION_PLAN_SHORTCUT,
            tip=self.tr(
                "Every action of the unit across rounds, by due date (press again to go back)"
            ),
        )
        self.action.setCheckable(True)
        view_menu = host.menu(Menu.VIEW)
        entries = view_menu.actions()
        names = [entry.objectName() for entry in entries]
        if "resultsAction" in names and names.index("resultsAction") + 1 < len(entries):
            view_menu.insertAction(entries[names.index("resultsAction") + 1], self.action)
        elif entries:
            view_menu.insertAction(entries[0], self.action)
        else:
            view_menu.addAction(self.action)
        add_to_toolbar(host.toolbar(), self.action)
        for name in _OTHER_VIEW_ACTIONS:
            other = window.findChild(QAction, name)
            if other is not None:
                other.toggled.connect(self._on_other_view_toggled)

        host.roundChanged.connect(self._on_round_changed)
        host.workspaceChanged.connect(self._drop)
        host.dataChanged.connect(self._refresh)
        host.languageChanged.connect(self._on_language_changed)
        host.actionRequested.connect(self.open_action)
        host.roundCreated.connect(self.offer_review)
        self._on_round_changed()

    # --- the view -------------------------------------------------------------------------

    def _on_toggled(self) -> None:
        if self.action.isChecked():
            self.show_plan()
        else:
            self.host.show_round()

    def _on_other_view_toggled(self, checked: bool) -> None:
        if checked:
            self.action.setChecked(False)

    def _on_round_changed(self) -> None:
        self.action.setEnabled(
            self.host.workspace is not None and self.host.current_unit() is not None
        )
        if self.action.isChecked():
            self.show_plan()

    def show_plan(self) -> ActionPlanView | None:
        """Show the chosen unit's action plan in place of the round."""
        host = self.host
        unit = host.current_unit() if host.workspace is not None else None
        if unit is None:
            self.action.setChecked(False)
            return None
        # Another view that was in front is not any more (its action must not bring it back).
        window = host.main_window()
        for name in _OTHER_VIEW_ACTIONS:
            other = window.findChild(QAction, name)
            if other is not None and other.isChecked():
                other.setChecked(False)
        self.action.setChecked(True)
        if self.view is None:
            from promise_tracker.gui.improvement.action_plan_view import ActionPlanView

            view = ActionPlanView(host.service, unit.id, host.language, self._today)
            view.newRequested.connect(self.new_action)
            view.openRequested.connect(lambda action_id: self.open_action("", action_id))
            view.deleteRequested.connect(self.delete_action)
            view.goToRequested.connect(self.go_to_criterion)
            self.view = view
        else:
            self.view.set_unit(unit.id)
        self.view.set_can_add(self._round_for_new(unit.id) is not None)
        host.show_view(self.view)
        self.view.table.setFocus()
        return self.view

    def _today(self) -> dt.date:
        return self.today()

    def _refresh(self) -> None:
        if self.view is not None and self.host.workspace is not None:
            try:
                self.view.refresh()
            except NotFoundError:  # the unit was deleted: the window chooses another one
                return

    def _on_language_changed(self) -> None:
        if self.view is not None:
            self.view.set_language(self.host.language)

    def _drop(self) -> None:
        """Other data was opened: what was read from the old data goes."""
        for dialog in (self.editor, self.review):
            if dialog is not None:
                dialog.close()
        self.editor = None
        self.review = None
        if self.view is not None:
            self.host.remove_view(self.view)
            self.view.deleteLater()
            self.view = None
        self.action.setChecked(False)

    def _round_for_new(self, unit_id: str) -> str | None:
        """The round a new action is planned in: the chosen round, if it is the unit's."""
        chosen = self.host.current_round()
        return chosen.id if chosen is not None and chosen.unit_id == unit_id else None

    # --- editing ----------------------------------------------------------------------------

    def _criteria(self, round_id: str | None, unit_id: str) -> list[Criterion]:
        """The criteria to show (and choose from): the round's pack, else the unit's newest."""
        service = self.host.service
        try:
            if round_id is not None:
                return list(service.pack_for(service.round(round_id)).criteria())
        except PromiseTrackerError:
            pass
        from promise_tracker.gui.improvement.plan_data import unit_criteria

        return list(unit_criteria(service, unit_id, self.host.language).criteria.values())

    def new_action(self, criterion_id: str = "") -> ActionDialog | None:
        """A new action of the chosen unit, planned in the chosen round; with no criterion
        the editor asks for one."""
        unit = self.host.current_unit()
        if self.host.workspace is None or unit is None:
            return None
        round_id = self._round_for_new(unit.id)
        if round_id is None:
            warn(
                self.host.main_window(),
                self.tr("An action is planned in a round. Start a round for this unit first."),
            )
            return None
        from promise_tracker.domain.entities import Action

        criteria = self._criteria(round_id, unit.id)
        draft = Action(id="", unit_id=unit.id, criterion_id="", title="", round_id=round_id)
        dialog = self._edit(draft, criteria)
        index = dialog.criterion_combo.findData(criterion_id)
        if index >= 0:
            dialog.criterion_combo.setCurrentIndex(index)
        return dialog

    def open_action(self, criterion_id: str, action_id: str) -> ActionDialog | None:
        """Open the editor on an action, or (empty `action_id`) on a new action for
        `criterion_id` of the open round (host.actionRequested)."""
        host = self.host
        if host.workspace is None:
            return None
        service = host.service
        from promise_tracker.domain.entities import Action

        if action_id:
            try:
                action = service.action(action_id)
            except NotFoundError:
                warn(
                    host.main_window(),
                    self.tr(
                        "That action is no longer in the plan: it was deleted, perhaps in "
                        "another window."
                    ),
                )
                self._refresh()
                return None
            return self._edit(action, self._criteria(action.round_id, action.unit_id))
        controller = host.controller
        if controller is None:
            host.show_status(self.tr("Open a round to add an action to it."))
            return None
        open_round = controller.session.round
        draft = Action(
            id="",
            unit_id=open_round.unit_id,
            criterion_id=criterion_id,
            title="",
            round_id=open_round.id,
        )
        return self._edit(draft, list(controller.session.pack.criteria()))

    def _edit(self, action: Action, criteria: list[Criterion]) -> ActionDialog:
        from promise_tracker.gui.shared.action_dialog import ActionDialog

        if self.editor is not None:
            self.editor.close()
        dialog = ActionDialog(
            self.host.service, action, criteria, self.host.language, self.host.main_window()
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._after_save)
        dialog.deleted.connect(self._after_delete)
        dialog.finished.connect(lambda _result, shown=dialog: self._forget_editor(shown))
        self.editor = dialog
        dialog.open()
        return dialog

    def _forget_editor(self, dialog: ActionDialog) -> None:
        if self.editor is dialog:
            self.editor = None

    def _after_save(self, stored: Action) -> None:
        self.host.dataChanged.emit()
        if self.view is not None:
            self.view.select(stored.id)
        self.host.show_status(self.tr("Action saved."))

    def _after_delete(self, _action_id: str) -> None:
        self.host.dataChanged.emit()
        self.host.show_status(self.tr("Action deleted."))

    def delete_action(self, action_id: str) -> bool:
        """Delete an action after asking (from the plan's Delete button or key)."""
        host = self.host
        if host.workspace is None:
            return False
        window = host.main_window()
        try:
            action = host.service.action(action_id)
        except NotFoundError:
            self._refresh()
            return False
        if not confirm(
            window,
            self.tr("Delete action"),
            self.tr("Delete the action “{title}” from the plan?\n\nThis cannot be undone.").format(
                title=action.title
            ),
            self.tr("Delete"),
        ):
            return False
        try:
            host.service.delete_action(action_id)
        except NotFoundError:
            pass  # deleted elsewhere meanwhile: what the user wanted
        except PromiseTrackerError as error:
            warn(window, str(error))
            return False
        self._after_delete(action_id)
        if self.view is not None:
            self.view.table.setFocus()
        return True

    def go_to_criterion(self, criterion_id: str) -> None:
        """Show the criterion in the open round (the chosen round of the unit)."""
        host = self.host
        window = host.main_window()
        if host.current_round() is None:
            warn(window, self.tr("This unit has no round to show the criterion in yet."))
            return
        if self.action.isChecked():
            self.action.setChecked(False)
            host.show_round()
        controller = host.controller
        if controller is None:
            return
        if not controller.session.pack.has_criterion(criterion_id):
            warn(
                window,
                self.tr(
                    "{criterion} is not a criterion of the open round's standards; choose a "
                    "round that has it."
                ).format(criterion=criterion_id),
            )
            return
        host.go_to(criterion_id)
        window.activateWindow()

    # --- review at the start of a round ------------------------------------------------------

    def offer_review(self, round_id: str) -> ReviewDialog | None:
        """When the unit of a new round has open actions, offer to review them."""
        host = self.host
        if host.workspace is None:
            return None
        service = host.service
        try:
            new_round = service.round(round_id)
            unit = service.unit(new_round.unit_id)
        except NotFoundError:
            return None
        open_actions = service.open_actions(unit.id)
        if not open_actions:
            return None
        from promise_tracker.gui.improvement.plan_data import unit_criteria
        from promise_tracker.gui.improvement.review_dialog import ReviewDialog

        if self.review is not None:
            self.review.close()
        dialog = ReviewDialog(
            service,
            unit.name,
            open_actions,
            unit_criteria(service, unit.id, host.language),
            host.language,
            self.today(),
            host.main_window(),
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.goToRequested.connect(self.go_to_criterion)
        dialog.saved.connect(self._after_review)
        dialog.finished.connect(lambda _result, shown=dialog: self._forget_review(shown))
        self.review = dialog
        dialog.show()
        dialog.activateWindow()
        return dialog

    def _forget_review(self, dialog: ReviewDialog) -> None:
        if self.review is dialog:
            self.review = None

    def _after_review(self, stored: list[Action]) -> None:
        self.host.dataChanged.emit()
        self.host.show_status(self.tr("Review saved: %n action(s) updated.", "", len(stored)))


def install(host: FeatureHost) -> ImprovementActions:
    """Add View > Action plan, and follow the requests to edit actions and review them."""
    return ImprovementActions(host)
