"""The Team menu's respondents and questionnaires, and "Answering as" in the toolbar: whose
answers (the team's or one respondent's) the round views show and change.

The dialogs, and the services behind them, load when first opened.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QLabel

from promise_tracker.gui.shared.eliding_combo import ElidingComboBox
from promise_tracker.gui.shared.forms import with_shortcut
from promise_tracker.gui.shared.window import FeatureHost, Menu, guarded, make_action
from promise_tracker.gui.shared.window_size import small_screen

if TYPE_CHECKING:
    from promise_tracker.gui.shared.round_controller import RoundController
    from promise_tracker.gui.team.questionnaire_dialogs import (
        QuestionnaireExportDialog,
        QuestionnaireImportDialog,
    )
    from promise_tracker.gui.team.respondents_dialog import RespondentsDialog


class TeamActions(QObject):
    """Owns the respondents' and questionnaires' actions of one window, and the "Answering as"
    box."""

    def __init__(self, host: FeatureHost) -> None:
        window = host.main_window()
        super().__init__(window)
        self.setObjectName("teamActions")
        self.host = host
        self._watched: RoundController | None = None
        # The dialog open at the moment, and the last questionnaire dialogs (for tests).
        self.respondents_dialog: RespondentsDialog | None = None
        self.questionnaire_export_dialog: QuestionnaireExportDialog | None = None
        self.questionnaire_import_dialog: QuestionnaireImportDialog | None = None

        self.respondents_action = make_action(
            window,
            "respondentsAction",
            self.tr("&Respondents…"),
            self.show_respondents,
            "Ctrl+Shift+R",
            tip=self.tr("The people answering in this round, by alias"),
        )
        self.export_questionnaires_action = make_action(
            window,
            "exportQuestionnairesAction",
            self.tr("E&xport questionnaires…"),
            self.show_questionnaire_export,
            "Ctrl+Shift+E",
            tip=self.tr(
                "Write one Excel questionnaire per respondent of this round, to fill offline"
            ),
        )
        self.import_questionnaires_action = make_action(
            window,
            "importQuestionnairesAction",
            self.tr("I&mport questionnaires…"),
            self.show_questionnaire_import,
            "Ctrl+Shift+I",
            tip=self.tr("Read filled questionnaires back into their round"),
        )
        menu = host.menu(Menu.TEAM)
        for action in (
            self.respondents_action,
            self.export_questionnaires_action,
            self.import_questionnaires_action,
        ):
            menu.addAction(action)
        # The menu greys out the questionnaires that cannot be done now; their shortcuts stay
        # live, and the handlers say in the status bar why nothing opens.
        menu.aboutToShow.connect(self._show_questionnaire_state)
        menu.aboutToHide.connect(self._questionnaires_live)
        self._build_answer_as()
        host.roundChanged.connect(self._on_round_changed)
        host.languageChanged.connect(self._fill_answer_as)
        self._on_round_changed()

    def _build_answer_as(self) -> None:
        bar = self.host.toolbar()
        bar.addSeparator()
        label = QLabel(self.tr("Ans&wering as:"), bar)
        label.setObjectName("answerAsLabel")
        # Long "alias — perspective" entries are shortened in the box, whole in the list.
        # Narrower on a small screen, like the unit and round boxes, so that the toolbar's
        # last items (Results, Action plan) stay on it.
        self.answer_as_combo = ElidingComboBox(16 if small_screen() else 26, bar)
        self.answer_as_combo.setObjectName("answerAsCombo")
        self.answer_as_combo.setAccessibleName(self.tr("Answering as"))
        label.setBuddy(self.answer_as_combo)
        self._answer_as_tip = with_shortcut(
            self.tr(
                "Whose answers you see and change: the team's agreed answers or one respondent's"
            ),
            label.text(),
        )
        bar.addWidget(label)
        bar.addWidget(self.answer_as_combo)
        self.answer_as_combo.currentIndexChanged.connect(self._on_answer_as_chosen)

    # --- state --------------------------------------------------------------------------------

    def _on_round_changed(self) -> None:
        controller = self.host.controller
        self.respondents_action.setEnabled(controller is not None)
        if controller is not self._watched:
            self._watched = controller
            if controller is not None:
                controller.respondentsChanged.connect(self._fill_answer_as)
                controller.answeringAsChanged.connect(self._fill_answer_as)
                controller.destroyed.connect(self._forget_controller)
        self._fill_answer_as()

    def _forget_controller(self, *_: object) -> None:
        self._watched = None

    def _show_questionnaire_state(self) -> None:
        self.export_questionnaires_action.setEnabled(self.host.controller is not None)
        self.import_questionnaires_action.setEnabled(self.host.workspace is not None)

    def _questionnaires_live(self) -> None:
        self.export_questionnaires_action.setEnabled(True)
        self.import_questionnaires_action.setEnabled(True)

    # --- whose answers ------------------------------------------------------------------------

    def _fill_answer_as(self) -> None:
        """The team first, then each respondent of the open round ("alias — perspective")."""
        combo = self.answer_as_combo
        combo.blockSignals(True)
        combo.setToolTip(self._answer_as_tip)
        try:
            combo.clear()
            combo.addItem(self.tr("Team (consensus)"), None)
            combo.setItemData(
                0, self.tr("The answers the team has agreed"), Qt.ItemDataRole.ToolTipRole
            )
            controller = self.host.controller
            if controller is None:
                combo.setEnabled(False)
                return
            session = controller.session
            language = self.host.language
            for respondent in session.respondents:
                try:
                    seen_from = session.pack.perspective(respondent.perspective).label.get(language)
                except KeyError:
                    seen_from = respondent.perspective
                combo.addItem(
                    self.tr("{alias} — {perspective}").format(
                        alias=respondent.alias, perspective=seen_from
                    ),
                    respondent.id,
                )
            combo.setCurrentIndex(max(combo.findData(session.respondent_id), 0))
            combo.setEnabled(True)
            # The whole entry, which the box may show shortened.
            combo.setToolTip(
                self.tr("{entry}\n{tip}").format(entry=combo.currentText(), tip=self._answer_as_tip)
            )
        finally:
            combo.blockSignals(False)

    def _on_answer_as_chosen(self, index: int) -> None:
        controller = self.host.controller
        if controller is None or index < 0:
            return
        respondent_id = self.answer_as_combo.itemData(index)
        guarded(self.host.main_window(), lambda: controller.answer_as(respondent_id))

    def answer_as(self, respondent_id: str | None) -> None:
        """Show and edit a respondent's answers (None: the team's), as the box does."""
        index = self.answer_as_combo.findData(respondent_id)
        if index < 0:
            raise KeyError(respondent_id)
        self.answer_as_combo.setCurrentIndex(index)

    # --- dialogs ------------------------------------------------------------------------------

    def show_respondents(self) -> None:
        controller = self.host.controller
        if controller is None:
            return
        from promise_tracker.gui.team.respondents_dialog import RespondentsDialog

        dialog = RespondentsDialog(controller, self.host.language, self.host.main_window())
        self.respondents_dialog = dialog
        try:
            dialog.exec()
        finally:
            self.respondents_dialog = None
            dialog.deleteLater()

    def show_questionnaire_export(self) -> QuestionnaireExportDialog | None:
        host = self.host
        controller, unit = host.controller, host.current_unit()
        if controller is None or unit is None or host.workspace is None:
            host.show_status(self.tr("Open a round first: questionnaires are per round."), 5000)
            return None
        from promise_tracker.gui.team.questionnaire_dialogs import QuestionnaireExportDialog

        session = controller.session
        dialog = QuestionnaireExportDialog(
            host.service,
            unit,
            session.round,
            session.pack,
            host.language,
            host.main_window(),
            settings=host.settings,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.questionnaire_export_dialog = dialog
        return dialog

    def show_questionnaire_import(self) -> QuestionnaireImportDialog | None:
        host = self.host
        if host.workspace is None:
            return None
        from promise_tracker.gui.team.questionnaire_dialogs import QuestionnaireImportDialog

        dialog = QuestionnaireImportDialog(host.service, host.language, host.main_window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # As after File > Import from Excel: the open round is read again from the database.
        dialog.imported.connect(host.reload)
        dialog.open()
        self.questionnaire_import_dialog = dialog
        return dialog


def install(host: FeatureHost) -> TeamActions:
    """Add Respondents and the questionnaires to the Team menu, and "Answering as" to the
    toolbar."""
    return TeamActions(host)
