"""The assessment's menu entries: units and rounds (create, edit, finalise, delete), undo and
redo, search, moving between criteria and filtering them.

The dialogs load when first opened, so installing these actions costs the first paint little.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from promise_tracker.errors import ConflictError, PromiseTrackerError
from promise_tracker.gui.assessment.filter_mode import FilterMode
from promise_tracker.gui.shared.window import (
    FeatureHost,
    Menu,
    add_to_toolbar,
    confirm,
    guarded,
    make_action,
    warn,
)

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog

    from promise_tracker.domain.entities import Change, Round, Unit
    from promise_tracker.gui.assessment.round_view import RoundView
    from promise_tracker.gui.shared.round_controller import RoundController


class AssessmentActions(QObject):
    """Owns the assessment's actions of one window and what they do."""

    def __init__(self, host: FeatureHost, round_view: RoundView | None = None) -> None:
        window = host.main_window()
        super().__init__(window)
        self.setObjectName("assessmentActions")
        self.host = host
        self._watched: RoundController | None = None
        self.history_dialog: QDialog | None = None  # the criterion's history, when open
        key = QKeySequence

        def action(
            name: str,
            text: str,
            slot: Callable[[], object],
            shortcuts: list[QKeySequence] | QKeySequence.StandardKey | None = None,
            tip: str = "",
        ) -> QAction:
            return make_action(window, name, text, slot, shortcuts, tip)

        self.new_unit_action = action("newUnitAction", self.tr("New &unit…"), self.new_unit)
        # Mnemonics of their own in the File menu: Export to Excel… has the E, the demo data
        # the D.
        self.edit_unit_action = action("editUnitAction", self.tr("Edi&t unit…"), self.edit_unit)
        self.delete_unit_action = action(
            "deleteUnitAction", self.tr("De&lete unit…"), self.delete_unit
        )
        self.new_round_action = action(
            "newRoundAction", self.tr("&New round…"), self.new_round, [key("Ctrl+Shift+N")]
        )
        self.rename_round_action = action(
            "renameRoundAction", self.tr("&Rename round…"), self.rename_round
        )
        self.finalise_action = action(
            "finaliseRoundAction",
            self.tr("&Finalise round…"),
            self.finalise_round,
            tip=self.tr("Make the round read-only once the team agrees it is complete"),
        )
        self.reopen_action = action(
            "reopenRoundAction", self.tr("Re&open round…"), self.reopen_round
        )
        self.delete_round_action = action(
            "deleteRoundAction", self.tr("&Delete round…"), self.delete_round
        )
        self.upgrade_round_action = action(
            "upgradeRoundAction",
            self.tr("U&pgrade to a newer standards version…"),
            self.upgrade_round,
            tip=self.tr(
                "Move this draft round to a newer installed version of its standards, "
                "keeping the answers that still apply"
            ),
        )
        self.undo_action = action("undoAction", self.tr("&Undo"), self.undo, key.StandardKey.Undo)
        self.redo_action = action(
            "redoAction", self.tr("&Redo"), self.redo, [key("Ctrl+Shift+Z"), key("Ctrl+Y")]
        )
        self.find_action = action(
            "findAction",
            self.tr("&Find…"),
            self.focus_search,
            key.StandardKey.Find,
            tip=self.tr("Search criteria and notes"),
        )
        self.next_action = action(
            "nextCriterionAction",
            self.tr("&Next criterion"),
            lambda: self.step(1),
            [key("Ctrl+PgDown"), key("Alt+Right")],
        )
        self.previous_action = action(
            "previousCriterionAction",
            self.tr("&Previous criterion"),
            lambda: self.step(-1),
            [key("Ctrl+PgUp"), key("Alt+Left")],
        )
        self.next_unanswered_action = action(
            "nextUnansweredAction",
            self.tr("Next &unanswered criterion"),
            self.next_unanswered,
            [key("Ctrl+Return"), key("Ctrl+Enter")],
        )
        self.history_action = action(
            "criterionHistoryAction",
            self.tr("Hi&story of this criterion…"),
            self.show_history,
            [key("Ctrl+H")],
            tip=self.tr("Who changed this criterion's answers, barrier and actions, and when"),
        )
        labels = {
            FilterMode.ALL: self.tr("Show &all criteria"),
            # Letters unused by the moves above and by Results, Action plan and Language.
            FilterMode.UNANSWERED: self.tr("Show unanswered &only"),
            FilterMode.NOT_MET: self.tr("Show not &met only"),
            FilterMode.NOT_APPLICABLE: self.tr("Show not appli&cable only"),
            FilterMode.FLAGGED: self.tr("Show &flagged only"),
            FilterMode.TO_CONFIRM: self.tr("Show to conf&irm only"),
        }
        self.filter_actions: dict[FilterMode, QAction] = {
            mode: action(
                f"filter{mode.name.title().replace('_', '')}Action",
                label,
                partial(self.set_filter, mode),
                [key(f"Ctrl+{number}")],
            )
            for number, (mode, label) in enumerate(labels.items(), start=1)
        }
        self._round_view = round_view
        if round_view is not None:
            # The criterion page asks the action plan for an action; barriers and actions
            # changed elsewhere are shown again.
            round_view.actionRequested.connect(host.actionRequested)
            host.dataChanged.connect(round_view.refresh_improvement)
        self._add_to_menus()
        host.roundChanged.connect(self.update_actions)
        host.workspaceChanged.connect(self.update_actions)
        self.update_actions()

    def _add_to_menus(self) -> None:
        host = self.host
        file_menu = host.menu(Menu.FILE)
        for unit_action in (self.new_unit_action, self.edit_unit_action, self.delete_unit_action):
            file_menu.addAction(unit_action)
        edit_menu = host.menu(Menu.EDIT)
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        view_menu = host.menu(Menu.VIEW)
        view_menu.addSeparator()
        for move in (self.previous_action, self.next_action, self.next_unanswered_action):
            view_menu.addAction(move)
        view_menu.addAction(self.history_action)
        view_menu.addSeparator()
        for filter_action in self.filter_actions.values():
            view_menu.addAction(filter_action)
        round_menu = host.menu(Menu.ROUND)
        for round_action in (
            self.new_round_action,
            self.rename_round_action,
            self.finalise_action,
            self.reopen_action,
            self.delete_round_action,
            self.upgrade_round_action,
        ):
            round_menu.addAction(round_action)
        add_to_toolbar(host.toolbar(), self.new_round_action)

    # --- state --------------------------------------------------------------------------------

    def update_actions(self, *_: object) -> None:
        host = self.host
        unit = host.current_unit()
        chosen = host.current_round()
        controller = host.controller
        has_round = controller is not None
        finalised = bool(chosen and chosen.is_finalised)
        self.new_unit_action.setEnabled(host.workspace is not None)
        self.edit_unit_action.setEnabled(unit is not None)
        self.delete_unit_action.setEnabled(unit is not None)
        self.new_round_action.setEnabled(unit is not None)
        self.rename_round_action.setEnabled(has_round)
        self.delete_round_action.setEnabled(has_round)
        self.finalise_action.setEnabled(has_round and not finalised)
        self.reopen_action.setEnabled(has_round and finalised)
        self.upgrade_round_action.setEnabled(
            has_round and not finalised and bool(self._newer_versions())
        )
        for round_action in (
            self.next_action,
            self.previous_action,
            self.next_unanswered_action,
            self.find_action,
            self.history_action,
            *self.filter_actions.values(),
        ):
            round_action.setEnabled(has_round)
        self._watch(controller)
        self._update_history()

    def _watch(self, controller: RoundController | None) -> None:
        """Follow the open round's undo history (the group follows whichever answers are shown)."""
        if controller is self._watched:
            return
        self._watched = controller
        if controller is not None:
            controller.undo_group.canUndoChanged.connect(self._update_history)
            controller.undo_group.canRedoChanged.connect(self._update_history)
            controller.destroyed.connect(self._forget_controller)

    def _forget_controller(self, *_: object) -> None:
        self._watched = None

    def _update_history(self, *_: object) -> None:
        controller = self.host.controller
        stack = controller.undo_stack if controller is not None else None
        self.undo_action.setEnabled(bool(stack and stack.canUndo()))
        self.redo_action.setEnabled(bool(stack and stack.canRedo()))

    # --- moving between criteria --------------------------------------------------------------

    def _current_criterion(self) -> str | None:
        view = self._round_view
        return view.page.current_criterion() if view is not None and view.page else None

    def step(self, direction: int) -> None:
        controller = self.host.controller
        current = self._current_criterion()
        if controller is None or current is None:
            return
        target = controller.session.neighbour(current, direction)
        if target is None:
            self.host.show_status(
                self.tr("This is the last criterion.")
                if direction > 0
                else self.tr("This is the first criterion."),
                4000,
            )
            return
        self.host.go_to(target)

    def show_history(self) -> None:
        """Open the history of the criterion shown (window-modal, read when it opens)."""
        from promise_tracker.gui.assessment.history_dialog import CriterionHistoryDialog

        controller = self.host.controller
        criterion_id = self._current_criterion()
        view = self._round_view
        if controller is None or criterion_id is None or view is None or view.page is None:
            return
        session = controller.session
        window = self.host.main_window()
        changes: list[Change] = []
        if not guarded(
            window,
            lambda: changes.extend(
                session.service.criterion_history(session.round.id, criterion_id)
            ),
        ):
            return
        dialog = CriterionHistoryDialog(
            criterion_id,
            session.round.title,
            changes,
            session.pack,
            {respondent.id: respondent.alias for respondent in session.respondents},
            view.page.language,
            window,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.history_dialog = dialog
        dialog.open()

    def next_unanswered(self) -> None:
        controller = self.host.controller
        if controller is None or self._round_view is None or self._round_view.page is None:
            return
        target = controller.session.next_unanswered(self._current_criterion())
        if target is None:
            self.host.show_status(self.tr("Every criterion is answered."), 4000)
            return
        self.host.go_to(target)

    def set_filter(self, mode: FilterMode, *_: object) -> None:
        if self._round_view is not None and self._round_view.navigator is not None:
            self._round_view.navigator.set_mode(mode)

    def focus_search(self) -> None:
        if self._round_view is not None and self._round_view.navigator is not None:
            self._round_view.navigator.focus_search()

    def undo(self) -> None:
        controller = self.host.controller
        if controller is not None:
            guarded(self.host.main_window(), controller.undo_stack.undo)

    def redo(self) -> None:
        controller = self.host.controller
        if controller is not None:
            guarded(self.host.main_window(), controller.undo_stack.redo)

    # --- units --------------------------------------------------------------------------------

    def new_unit(self) -> None:
        from promise_tracker.gui.assessment.unit_dialog import UnitDialog

        host = self.host
        fields = UnitDialog.ask(host.main_window())
        if fields is None:
            return
        created: list[Unit] = []
        if guarded(
            host.main_window(),
            lambda: created.append(
                host.service.create_unit(
                    fields.name,
                    country=fields.country,
                    region=fields.region,
                    lead_agency=fields.lead_agency,
                    year_opened=fields.year_opened,
                )
            ),
        ):
            host.select(created[0].id)
            if host.current_round() is None:
                self.new_round()

    def edit_unit(self) -> None:
        from dataclasses import replace

        from promise_tracker.gui.assessment.unit_dialog import UnitDialog
        from promise_tracker.gui.shared.conflict_dialog import save_resolving_conflicts

        host = self.host
        unit = host.current_unit()
        if unit is None:
            return
        fields = UnitDialog.ask(host.main_window(), unit)
        if fields is None:
            return
        # From the unit as read (with its version): details changed meanwhile in another
        # window are shown beside these, and the user decides.
        changed = replace(
            unit,
            name=fields.name,
            country=fields.country,
            region=fields.region,
            lead_agency=fields.lead_agency,
            year_opened=fields.year_opened,
        )
        guarded(
            host.main_window(),
            lambda: save_resolving_conflicts(
                host.main_window(),
                host.service.update_unit,
                changed,
                lambda mine, theirs: replace(mine, version=theirs.version),
            ),
        )
        host.reload()  # the header and the title name the unit; what is stored is shown

    def delete_unit(self) -> None:
        host = self.host
        unit = host.current_unit()
        if unit is None:
            return
        count = len(host.service.rounds(unit.id))
        text = self.tr(
            "Delete {unit} with its %n round(s), their answers, notes and respondents?"
            "\n\nThis cannot be undone.",
            "",
            count,
        ).format(unit=unit.name)
        if not confirm(host.main_window(), self.tr("Delete unit"), text, self.tr("Delete unit")):
            return
        host.close_round()
        if guarded(host.main_window(), lambda: host.service.delete_unit(unit.id)):
            host.select()

    # --- rounds -------------------------------------------------------------------------------

    def new_round(self) -> None:
        host = self.host
        unit = host.current_unit()
        if unit is None or host.workspace is None:
            return
        from promise_tracker.gui.assessment.round_dialog import RoundDialog

        rounds = host.service.rounds(unit.id)
        previous = rounds[-1] if rounds else None
        fields = RoundDialog.ask(
            host.workspace.packs.packs(),
            host.language,
            previous is not None,
            previous.title if previous else None,
            host.main_window(),
            earlier_rounds=rounds,
        )
        if fields is None:
            return
        created: list[Round] = []
        if guarded(
            host.main_window(),
            lambda: created.append(
                host.service.create_round(
                    unit.id,
                    fields.title,
                    fields.date,
                    fields.pack,
                    compare_with_previous=fields.compare_with_previous,
                    start_from=fields.start_from,
                    carry_respondents=fields.carry_respondents,
                )
            ),
        ):
            round_id = created[0].id
            host.select(unit.id, round_id)
            controller = host.controller
            if fields.start_from is not None and controller is not None:
                waiting = len(controller.session.to_confirm())
                host.show_status(
                    self.tr(
                        "%n answer(s) carried forward: confirm (Alt+C) or change each one.",
                        "",
                        waiting,
                    ),
                    8000,
                )
            host.roundCreated.emit(round_id)

    def rename_round(self) -> None:
        controller = self.host.controller
        if controller is None:
            return
        from dataclasses import replace

        from promise_tracker.gui.assessment.round_dialog import ask_round_title

        shown = controller.session.round
        title = ask_round_title(self.host.main_window(), shown.title)
        if title:
            self._change_round(lambda: controller.rename(title), replace(shown, title=title))

    def finalise_round(self) -> None:
        from dataclasses import replace

        from promise_tracker.domain.entities import RoundStatus

        controller = self.host.controller
        if controller is None:
            return
        session = controller.session
        # The team's agreed answers are what a finalised round reports, whoever is shown.
        unanswered = session.consensus_scores.overall.unanswered
        to_confirm = session.to_confirm()
        flagged = session.flagged()
        text = self.tr("Finalise “{title}”? Its answers become read-only.").format(
            title=session.round.title
        )
        details = []
        if to_confirm:
            details.append(
                self.tr(
                    "Not confirmed yet: %n answer(s) carried forward from an earlier round, "
                    "counted as unanswered.",
                    "",
                    len(to_confirm),
                )
            )
        if flagged:
            details.append(
                self.tr("%n criterion(s) are still flagged for discussion.", "", len(flagged))
            )
        if unanswered and not to_confirm:
            details.append(self.tr("%n criterion(s) are still unanswered.", "", unanswered))
        elif unanswered > len(to_confirm):
            details.append(
                self.tr(
                    "Besides those, %n criterion(s) are still unanswered.",
                    "",
                    unanswered - len(to_confirm),
                )
            )
        if details:
            text += "\n\n" + "\n".join(details)
        if not (to_confirm or flagged):
            if not confirm(
                self.host.main_window(), self.tr("Finalise round"), text, self.tr("Finalise")
            ):
                return
        elif not self._finalise_anyway(text, to_confirm, flagged):
            return
        finalised = replace(session.round, status=RoundStatus.FINALISED)
        self._change_round(controller.finalise, finalised)

    def _finalise_anyway(self, text: str, to_confirm: list[str], flagged: list[str]) -> bool:
        """Ask about the answers still to confirm and the open flags; "Go back" (the default)
        shows the first of them. True when the user finalises anyway."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Finalise round"),
            text,
            parent=self.host.main_window(),
        )
        box.setObjectName("finaliseWarningBox")
        box.setTextFormat(Qt.TextFormat.PlainText)
        finalise = box.addButton(self.tr("Finalise anyway"), QMessageBox.ButtonRole.AcceptRole)
        back = box.addButton(self.tr("Go back"), QMessageBox.ButtonRole.RejectRole)
        finalise.setObjectName("finaliseAnywayButton")
        back.setObjectName("goBackButton")
        box.setDefaultButton(back)
        box.setEscapeButton(back)
        box.exec()
        if box.clickedButton() is finalise:
            return True
        # Back to the work left: the answers to confirm first, else the flagged ones.
        mode = FilterMode.TO_CONFIRM if to_confirm else FilterMode.FLAGGED
        first = (to_confirm or flagged)[0]
        self.set_filter(mode)
        self.host.go_to(first)
        return False

    def reopen_round(self) -> None:
        from dataclasses import replace

        from promise_tracker.domain.entities import RoundStatus

        controller = self.host.controller
        if controller is None:
            return
        text = self.tr(
            "Reopen “{title}” so that its answers can be changed again?\n\n"
            "Its scores may then change from what was reported."
        ).format(title=controller.session.round.title)
        if confirm(self.host.main_window(), self.tr("Reopen round"), text, self.tr("Reopen")):
            reopened = replace(controller.session.round, status=RoundStatus.DRAFT)
            self._change_round(controller.reopen, reopened)

    def _change_round(self, change: Callable[[], object], mine: Round) -> None:
        """Rename, finalise or reopen the open round; if it changed elsewhere meanwhile (the
        session has read it again), show both and do it again only if the user says so."""
        from promise_tracker.gui.shared import conflict_dialog

        window = self.host.main_window()
        try:
            change()
        except ConflictError as conflict:
            rows = conflict_dialog.differences(mine, conflict.current)
            if conflict_dialog.ask_keep_mine(window, conflict.message, rows):
                guarded(window, change)
        except PromiseTrackerError as error:
            warn(window, str(error))

    def delete_round(self) -> None:
        host = self.host
        chosen = host.current_round()
        unit = host.current_unit()
        if chosen is None or unit is None:
            return
        text = self.tr(
            "Delete the round “{title}” with all its answers, notes and respondents?"
            "\n\nThis cannot be undone."
        ).format(title=chosen.title)
        if not confirm(host.main_window(), self.tr("Delete round"), text, self.tr("Delete round")):
            return
        host.close_round()
        if guarded(host.main_window(), lambda: host.service.delete_round(chosen.id)):
            host.select(unit.id)

    # --- upgrading to a newer standards version ---------------------------------------------

    def _newer_versions(self) -> list[str]:
        """The newer versions the open draft round can move to ([] when none, or read-only)."""
        workspace = self.host.workspace
        controller = self.host.controller
        if workspace is None or controller is None or workspace.read_only:
            return []
        from promise_tracker.services.round_upgrade import RoundUpgradeService

        service = RoundUpgradeService.for_workspace(workspace)
        return service.newer_versions(controller.session.round)

    def upgrade_round(self) -> None:
        """Preview the move of the open draft round to a newer version, then do it."""
        from promise_tracker.gui.assessment.upgrade_dialog import UpgradeDialog
        from promise_tracker.gui.shared.forms import busy_cursor
        from promise_tracker.services.round_upgrade import RoundUpgradeService, UpgradeResult

        host = self.host
        workspace = host.workspace
        controller = host.controller
        versions = self._newer_versions()
        if workspace is None or controller is None or not versions:
            return
        window = host.main_window()
        shown = controller.session.round
        service = RoundUpgradeService.for_workspace(workspace)
        version = UpgradeDialog.ask(
            versions,
            lambda chosen: service.plan_upgrade(shown.id, chosen),
            host.language,
            workspace.paths.backups_dir,
            window,
        )
        if version is None:
            return
        done: list[UpgradeResult] = []

        def upgrade() -> None:
            with busy_cursor():
                done.append(service.upgrade_round(shown.id, version))

        if not guarded(window, upgrade):
            return
        host.reload()  # the round again, now with the new version's criteria
        result = done[0]
        if result.backup is None:  # a database on a server: its backups are pg_dump's
            upgraded = self.tr(
                "Upgraded to version {version}: %n criterion(s) to answer again.",
                "",
                len(result.plan.to_answer),
            ).format(version=result.round.pack_version)
        else:
            upgraded = self.tr(
                "Upgraded to version {version}: %n criterion(s) to answer again. The data as it "
                "was before is kept in the backup {file}.",
                "",
                len(result.plan.to_answer),
            ).format(version=result.round.pack_version, file=result.backup.name)
        host.show_status(upgraded, 15000)


def install(host: FeatureHost, round_view: RoundView | None = None) -> AssessmentActions:
    """Add the assessment's entries to the File, Edit, View and Round menus and the toolbar."""
    return AssessmentActions(host, round_view)
