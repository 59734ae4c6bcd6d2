"""The main window: choose a unit and round, walk through the criteria, answer each one.

It owns the menus and the layout and connects the parts; the parts themselves live in their
own modules (navigator, criterion page, summary header, dialogs).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from promise_tracker import APP_NAME
from promise_tracker.errors import PromiseTrackerError
from promise_tracker.gui.app_shell import preferences_dialog
from promise_tracker.gui.assessment.filter_mode import FilterMode
from promise_tracker.gui.shared.forms import with_shortcut
from promise_tracker.gui.shared.settings import Settings

if TYPE_CHECKING:
    from promise_tracker.domain.entities import Round, Unit
    from promise_tracker.gui.app_shell.welcome_page import WelcomePage

    # Only for type hints. What the first paint does not need (the storage layer, the round
    # views, the dialogs) is imported where it is first used, so the window shows sooner.
    from promise_tracker.gui.assessment.criterion_page import CriterionPage
    from promise_tracker.gui.assessment.navigator import NavigatorPanel
    from promise_tracker.gui.assessment.summary_header import SummaryHeader
    from promise_tracker.gui.results.results_view import ResultsView
    from promise_tracker.gui.shared.round_controller import RoundController
    from promise_tracker.gui.team.respondents_dialog import RespondentsDialog
    from promise_tracker.services.assessment import AssessmentService
    from promise_tracker.services.round_session import RoundSession
    from promise_tracker.services.workspace import Workspace

log = logging.getLogger(__name__)

WorkspaceOpener = Callable[[bool], "Workspace"]  # demo? -> an opened workspace


class _ElidingComboBox(QComboBox):
    """A combo box that ends a long current entry in "…" instead of cutting it mid-letter."""

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox,
            option,
            QStyle.SubControl.SC_ComboBoxEditField,
            self,
        )
        option.currentText = self.fontMetrics().elidedText(
            option.currentText, Qt.TextElideMode.ElideRight, field.width()
        )
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)


class MainWindow(QMainWindow):
    PAGE_WELCOME, PAGE_NO_ROUND, PAGE_ASSESS, PAGE_LOADING, PAGE_RESULTS = range(5)

    def __init__(
        self,
        workspace: Workspace | None,
        *,
        settings: Settings,
        open_workspace: WorkspaceOpener | None = None,
        is_demo: bool = False,
    ) -> None:
        """A window on `workspace`; with None it shows "opening" until attach_workspace()."""
        super().__init__()
        self.setObjectName("mainWindow")
        self.workspace: Workspace | None = None
        self.is_demo = is_demo
        self._open_workspace = open_workspace
        self.settings = settings
        self.language = self.settings.standards_language
        self.controller: RoundController | None = None
        self._units: list[Unit] = []
        self._rounds: list[Round] = []
        self.respondents_dialog: RespondentsDialog | None = None  # while open (for tests)

        self._build_actions()
        self._build_menus()
        from promise_tracker.gui.team import questionnaire_dialogs  # Team > questionnaires

        questionnaire_dialogs.install(self)
        from promise_tracker.gui.training import training_actions  # trainers' entries in the menus

        training_actions.install(self)
        preferences_dialog.install(self)
        self._build_toolbar()
        self._build_pages()
        self.pack_label = QLabel(self)
        self.pack_label.setObjectName("packLabel")
        self.pack_label.setAccessibleName(self.tr("Standards pack of this round"))
        self.statusBar().addPermanentWidget(self.pack_label)
        from promise_tracker.gui.team import team_views  # Team > Disagreement, Consensus meeting

        team_views.install(self)
        self.resize(1280, 760)
        self._restore_geometry()
        if workspace is None:
            self.pages.setCurrentIndex(self.PAGE_LOADING)
            self._update_actions()
            self._update_title()
        else:
            self.attach_workspace(workspace, is_demo=is_demo)

    def attach_workspace(self, workspace: Workspace, *, is_demo: bool = False) -> None:
        """Show the units of an opened workspace (the window owns it from now on)."""
        self.workspace = workspace
        self.is_demo = is_demo
        self.reload_units(select_unit=self.settings.last_unit_id)

    # --- construction -------------------------------------------------------------------------

    def _action(
        self,
        name: str,
        text: str,
        slot: Callable[[], object],
        shortcuts: list[QKeySequence] | QKeySequence.StandardKey | None = None,
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcuts:
            action.setShortcuts(shortcuts)
        shown = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        plain = text.replace("&", "").rstrip(".…")
        action.setToolTip(f"{tip or plain} ({shown})" if shown else (tip or plain))
        action.setStatusTip(tip or plain)
        action.triggered.connect(slot)
        self.addAction(action)  # shortcuts work even when the menu bar is hidden
        return action

    def _build_actions(self) -> None:
        key = QKeySequence
        self.new_unit_action = self._action("newUnitAction", self.tr("New &unit…"), self.new_unit)
        self.edit_unit_action = self._action(
            "editUnitAction", self.tr("&Edit unit…"), self.edit_unit
        )
        self.delete_unit_action = self._action(
            "deleteUnitAction", self.tr("&Delete unit…"), self.delete_unit
        )
        self.export_action = self._action(
            "exportAction",
            self.tr("&Export to Excel…"),
            self.show_export,
            [QKeySequence("Ctrl+E")],
            tip=self.tr("Write this round or the unit's history to an Excel workbook"),
        )
        self.import_action = self._action(
            "importAction",
            self.tr("&Import from Excel…"),
            self.show_import,
            [QKeySequence("Ctrl+I")],
            tip=self.tr("Bring in rounds exported by another PROMISE tracker"),
        )
        self.compare_action = self._action(
            "compareAction",
            self.tr("&Compare units…"),
            self.show_compare,
            tip=self.tr("Compare the exports of several units (for coordinators)"),
        )
        self.demo_action = self._action(
            "openDemoAction", self.tr("Open the &demo data"), self.toggle_demo
        )
        self.quit_action = self._action(
            "quitAction", self.tr("&Quit"), self.close, key.StandardKey.Quit
        )
        self.new_round_action = self._action(
            "newRoundAction", self.tr("&New round…"), self.new_round, [key("Ctrl+Shift+N")]
        )
        self.rename_round_action = self._action(
            "renameRoundAction", self.tr("&Rename round…"), self.rename_round
        )
        self.finalise_action = self._action(
            "finaliseRoundAction",
            self.tr("&Finalise round…"),
            self.finalise_round,
            tip=self.tr("Make the round read-only once the team agrees it is complete"),
        )
        self.reopen_action = self._action(
            "reopenRoundAction", self.tr("Re&open round…"), self.reopen_round
        )
        self.delete_round_action = self._action(
            "deleteRoundAction", self.tr("&Delete round…"), self.delete_round
        )
        self.undo_action = self._action(
            "undoAction", self.tr("&Undo"), self.undo, key.StandardKey.Undo
        )
        self.redo_action = self._action(
            "redoAction", self.tr("&Redo"), self.redo, [key("Ctrl+Shift+Z"), key("Ctrl+Y")]
        )
        self.find_action = self._action(
            "findAction",
            self.tr("&Find…"),
            self.focus_search,
            key.StandardKey.Find,
            tip=self.tr("Search criteria and notes"),
        )
        self.next_action = self._action(
            "nextCriterionAction",
            self.tr("&Next criterion"),
            lambda: self.step(1),
            [key("Ctrl+PgDown"), key("Alt+Right")],
        )
        self.previous_action = self._action(
            "previousCriterionAction",
            self.tr("&Previous criterion"),
            lambda: self.step(-1),
            [key("Ctrl+PgUp"), key("Alt+Left")],
        )
        self.next_unanswered_action = self._action(
            "nextUnansweredAction",
            self.tr("Next &unanswered criterion"),
            self.next_unanswered,
            [key("Ctrl+Return"), key("Ctrl+Enter")],
        )
        self.results_action = self._action(
            "resultsAction",
            self.tr("&Results"),
            self._on_results_toggled,
            [key("Ctrl+R")],
            tip=self.tr("Charts of the unit's scores and progress (press again to go back)"),
        )
        self.results_action.setCheckable(True)
        self.respondents_action = self._action(
            "respondentsAction",
            self.tr("&Respondents…"),
            self.show_respondents,
            [key("Ctrl+Shift+R")],
            tip=self.tr("The people answering in this round, by alias"),
        )
        self.about_action = self._action(
            "aboutAction", self.tr("&About {app}").format(app=APP_NAME), self.show_about
        )
        self.filter_actions: dict[FilterMode, QAction] = {}
        labels = {
            FilterMode.ALL: self.tr("Show &all criteria"),
            FilterMode.UNANSWERED: self.tr("Show &unanswered only"),
            FilterMode.NOT_MET: self.tr("Show &not met only"),
            FilterMode.NOT_APPLICABLE: self.tr("Show not &applicable only"),
            FilterMode.FLAGGED: self.tr("Show &flagged only"),
        }
        for number, (mode, label) in enumerate(labels.items(), start=1):
            action = self._action(
                f"filter{mode.name.title().replace('_', '')}Action",
                label,
                partial(self._set_filter, mode),
                [key(f"Ctrl+{number}")],
            )
            self.filter_actions[mode] = action
        self.language_actions: dict[str, QAction] = {}

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = self.file_menu = bar.addMenu(self.tr("&File"))
        file_menu.setObjectName("fileMenu")
        for action in (self.new_unit_action, self.edit_unit_action, self.delete_unit_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.export_action)
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.compare_action)
        file_menu.addSeparator()
        file_menu.addAction(self.demo_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        edit_menu = self.edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.setObjectName("editMenu")
        for action in (self.undo_action, self.redo_action):
            edit_menu.addAction(action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)

        view_menu = self.view_menu = bar.addMenu(self.tr("&View"))
        view_menu.setObjectName("viewMenu")
        view_menu.addAction(self.results_action)
        view_menu.addSeparator()
        for action in (self.previous_action, self.next_action, self.next_unanswered_action):
            view_menu.addAction(action)
        view_menu.addSeparator()
        for action in self.filter_actions.values():
            view_menu.addAction(action)
        view_menu.addSeparator()
        self.language_menu = view_menu.addMenu(self.tr("&Language of the standards"))
        self.language_menu.setObjectName("languageMenu")

        round_menu = self.round_menu = bar.addMenu(self.tr("&Round"))
        round_menu.setObjectName("roundMenu")
        for action in (
            self.new_round_action,
            self.rename_round_action,
            self.finalise_action,
            self.reopen_action,
            self.delete_round_action,
        ):
            round_menu.addAction(action)

        # Filled by the team features (respondents, questionnaires, consensus) and the
        # trainers' features (browser, presenter mode, handouts).
        self.team_menu = bar.addMenu(self.tr("&Team"))
        self.team_menu.setObjectName("teamMenu")
        self.team_menu.addAction(self.respondents_action)
        # Alt+N: Alt+D flags the criterion on the answer page, and one key for two things
        # does neither.
        self.standards_menu = bar.addMenu(self.tr("Sta&ndards"))
        self.standards_menu.setObjectName("standardsMenu")

        help_menu = self.help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.setObjectName("helpMenu")
        help_menu.addAction(self.demo_action)
        help_menu.addAction(self.about_action)

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Unit and round"), self)
        bar.setObjectName("unitRoundToolbar")
        bar.setMovable(False)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        unit_label = QLabel(self.tr("&Unit:"), bar)
        self.unit_combo = _ElidingComboBox(bar)
        self.unit_combo.setObjectName("unitCombo")
        self.unit_combo.setAccessibleName(self.tr("Unit"))
        self.unit_combo.setMinimumContentsLength(24)
        # A fixed width: a box that grew with its entries slid over the toolbar's next item
        # in longer languages; long entries end in "…" with the whole text as tooltip.
        self.unit_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.unit_combo.currentTextChanged.connect(self.unit_combo.setToolTip)
        unit_label.setBuddy(self.unit_combo)
        round_label = QLabel(self.tr("R&ound:"), bar)  # Alt+R opens the Round menu
        self.round_combo = _ElidingComboBox(bar)
        self.round_combo.setObjectName("roundCombo")
        self.round_combo.setAccessibleName(self.tr("Round"))
        self.round_combo.setMinimumContentsLength(28)
        # A fixed width: a box that grew with its entries slid over the toolbar's next item
        # in longer languages; long entries end in "…" with the whole text as tooltip.
        self.round_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.round_combo.currentTextChanged.connect(self.round_combo.setToolTip)
        round_label.setBuddy(self.round_combo)
        bar.addWidget(unit_label)
        bar.addWidget(self.unit_combo)
        bar.addSeparator()
        bar.addWidget(round_label)
        bar.addWidget(self.round_combo)
        bar.addAction(self.new_round_action)
        bar.addSeparator()
        # Whose answers the round views show and change: the team's or one respondent's.
        answer_as_label = QLabel(self.tr("Ans&wering as:"), bar)
        answer_as_label.setObjectName("answerAsLabel")
        self.answer_as_combo = _ElidingComboBox(bar)
        self.answer_as_combo.setObjectName("answerAsCombo")
        self.answer_as_combo.setAccessibleName(self.tr("Answering as"))
        # Long "alias — perspective" entries are shortened in the box, whole in the list.
        self.answer_as_combo.setMinimumContentsLength(26)
        self.answer_as_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        answer_as_label.setBuddy(self.answer_as_combo)
        self._answer_as_tip = with_shortcut(
            self.tr(
                "Whose answers you see and change: the team's agreed answers or one respondent's"
            ),
            answer_as_label.text(),
        )
        bar.addWidget(answer_as_label)
        bar.addWidget(self.answer_as_combo)
        bar.addSeparator()
        bar.addAction(self.results_action)
        self.unit_combo.currentIndexChanged.connect(self._on_unit_chosen)
        self.round_combo.currentIndexChanged.connect(self._on_round_chosen)
        self.answer_as_combo.currentIndexChanged.connect(self._on_answer_as_chosen)
        self._fill_answer_as()
        self.toolbar = bar

    def _build_pages(self) -> None:
        self.pages = QStackedWidget(self)
        self.pages.setObjectName("pages")
        # The welcome page is built the first time it is shown: a start with data never
        # needs it, and the first paint should not wait for it.
        self._welcome: WelcomePage | None = None
        self.pages.addWidget(QWidget(self.pages))

        no_round = QWidget(self.pages)
        layout = QVBoxLayout(no_round)
        layout.addStretch(1)
        self.no_round_label = QLabel(no_round)
        self.no_round_label.setObjectName("noRoundLabel")
        self.no_round_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_round_label.setWordWrap(True)
        layout.addWidget(self.no_round_label)
        start = QPushButton(self.tr("Start the first round…"), no_round)
        start.setObjectName("startFirstRoundButton")
        start.setAccessibleName(self.tr("Start the first round"))
        start.clicked.connect(self.new_round)
        layout.addWidget(start, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.pages.addWidget(no_round)

        self.assess_page = QWidget(self.pages)
        self.assess_layout = QVBoxLayout(self.assess_page)
        self.assess_layout.setContentsMargins(6, 6, 6, 6)
        self.header: SummaryHeader | None = None
        self.navigator: NavigatorPanel | None = None
        self.page: CriterionPage | None = None
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self.assess_page)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.assess_layout.addWidget(self.splitter, 1)
        self.pages.addWidget(self.assess_page)
        self.results_view: ResultsView | None = None  # made when first shown (matplotlib)
        loading = QLabel(self.tr("Opening your data…"), self.pages)
        loading.setObjectName("loadingLabel")
        loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages.addWidget(loading)
        self.setCentralWidget(self.pages)

    # --- geometry and settings ----------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = self.settings.window_geometry
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self.settings.window_state
        if state is not None:
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_settings()
        super().closeEvent(event)

    def save_settings(self) -> None:
        self.settings.window_geometry = QByteArray(self.saveGeometry())
        self.settings.window_state = QByteArray(self.saveState())
        if self.navigator is not None:
            self.settings.splitter_state = QByteArray(self.splitter.saveState())
        if self.controller is not None and self.page is not None:
            current = self.page.current_criterion()
            if current:
                self.settings.set_last_criterion(self.controller.session.round.id, current)
        self.settings.sync()

    # --- units and rounds ---------------------------------------------------------------------

    @property
    def service(self) -> AssessmentService:
        assert self.workspace is not None, "no data is open yet"
        return self.workspace.assessment

    def current_unit(self) -> Unit | None:
        index = self.unit_combo.currentIndex()
        return self._units[index] if 0 <= index < len(self._units) else None

    def current_round(self) -> Round | None:
        index = self.round_combo.currentIndex()
        return self._rounds[index] if 0 <= index < len(self._rounds) else None

    def reload_units(self, select_unit: str | None = None, select_round: str | None = None) -> None:
        self._units = self.service.units()
        self.unit_combo.blockSignals(True)
        self.unit_combo.clear()
        for unit in self._units:
            self.unit_combo.addItem(unit.name, unit.id)
        ids = [u.id for u in self._units]
        self.unit_combo.setCurrentIndex(ids.index(select_unit) if select_unit in ids else 0)
        self.unit_combo.blockSignals(False)
        self._on_unit_chosen(select_round=select_round or self.settings.last_round_id)

    @Slot()
    def _on_unit_chosen(self, *_: object, select_round: str | None = None) -> None:
        unit = self.current_unit()
        self._rounds = self.service.rounds(unit.id) if unit else []
        self.round_combo.blockSignals(True)
        self.round_combo.clear()
        for item in self._rounds:
            self.round_combo.addItem(self._round_label(item), item.id)
        ids = [r.id for r in self._rounds]
        if select_round in ids:
            self.round_combo.setCurrentIndex(ids.index(select_round))
        elif self._rounds:
            self.round_combo.setCurrentIndex(len(self._rounds) - 1)  # the newest
        self.round_combo.blockSignals(False)
        if unit is not None:
            self.settings.last_unit_id = unit.id
        self._on_round_chosen()

    def _round_label(self, item: Round) -> str:
        status = self.tr("finalised") if item.is_finalised else self.tr("draft")
        return self.tr("{date}  {title} ({status})").format(
            date=item.date.isoformat(), title=item.title, status=status
        )

    @Slot()
    def _on_round_chosen(self, *_: object) -> None:
        unit = self.current_unit()
        chosen = self.current_round()
        if unit is None:
            self._show_page(self.PAGE_WELCOME)
        elif chosen is None:
            self.no_round_label.setText(
                self.tr("{unit} has no assessment round yet.").format(unit=unit.name)
            )
            self._show_page(self.PAGE_NO_ROUND)
        else:
            self._open_round(unit, chosen)
        if self.results_action.isChecked():
            self._show_results()
        self._update_actions()
        self._update_title()

    @property
    def welcome(self) -> WelcomePage:
        """The welcome page (built on first use, in the place kept for it)."""
        if self._welcome is None:
            from promise_tracker.gui.app_shell.welcome_page import WelcomePage

            page = WelcomePage(self.pages)
            page.createUnitRequested.connect(self.new_unit)
            page.openDemoRequested.connect(self.toggle_demo)
            shown = self.pages.currentIndex()
            placeholder = self.pages.widget(self.PAGE_WELCOME)
            self.pages.insertWidget(self.PAGE_WELCOME, page)
            if placeholder is not None:
                self.pages.removeWidget(placeholder)
                placeholder.deleteLater()
            self.pages.setCurrentIndex(shown)
            self._welcome = page
        return self._welcome

    def _show_page(self, page: int) -> None:
        if page != self.PAGE_ASSESS:
            self._close_round()
        if page == self.PAGE_WELCOME:
            self.welcome  # noqa: B018 (builds it)
        self.pages.setCurrentIndex(page)

    def _close_round(self) -> None:
        if self.controller is None:
            return
        self.save_settings()
        for widget in (self.header, self.navigator, self.page):
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()
        self.header = self.navigator = self.page = None
        self.pack_label.clear()
        self.controller.deleteLater()
        self.controller = None
        self._fill_answer_as()

    def _open_round(self, unit: Unit, chosen: Round) -> None:
        if self.controller is not None and self.controller.session.round.id == chosen.id:
            self.pages.setCurrentIndex(self.PAGE_ASSESS)
            return
        from promise_tracker.gui.assessment.criterion_page import CriterionPage
        from promise_tracker.gui.assessment.navigator import NavigatorPanel
        from promise_tracker.gui.assessment.summary_header import SummaryHeader
        from promise_tracker.gui.shared.round_controller import RoundController
        from promise_tracker.services.round_session import RoundSession

        try:
            session = RoundSession(self.service, chosen.id)
        except PromiseTrackerError as error:
            self._show_page(self.PAGE_NO_ROUND)
            self.no_round_label.setText(str(error))
            return
        self._close_round()
        self.controller = RoundController(session, self)
        self.controller.roundChanged.connect(self._on_round_changed)
        self.controller.historyMoved.connect(self._on_history_moved)
        # The group follows the history of whichever answers are shown.
        self.controller.undo_group.canUndoChanged.connect(self._update_actions)
        self.controller.undo_group.canRedoChanged.connect(self._update_actions)
        self.controller.respondentsChanged.connect(self._fill_answer_as)
        self.controller.answeringAsChanged.connect(self._fill_answer_as)

        self.header = SummaryHeader(
            self.controller, unit.name, self.assess_page, language=self.language
        )
        self.assess_layout.insertWidget(0, self.header)
        self.navigator = NavigatorPanel(self.controller, self.language, self.splitter)
        self.page = CriterionPage(self.controller, self.language, self.splitter)
        self.splitter.addWidget(self.navigator)
        self.splitter.addWidget(self.page)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        state = self.settings.splitter_state
        if state is None or not self.splitter.restoreState(state):
            self.splitter.setSizes([480, 720])
        self.navigator.criterionSelected.connect(self._on_criterion_selected)
        self._fill_answer_as()
        self._rebuild_language_menu(session)
        self._show_pack(session)
        self.pages.setCurrentIndex(self.PAGE_ASSESS)
        self.settings.last_round_id = chosen.id
        start = self.settings.last_criterion(chosen.id) or session.next_unanswered(None)
        if start is None or not session.pack.has_criterion(start):
            start = session.criteria()[0].id
        self.go_to(start)
        # After a dialog (new unit, new round) the window must take the keyboard back once
        # the dialog is gone, or its shortcuts would not reach it.
        QTimer.singleShot(0, self._take_keyboard)

    def _take_keyboard(self) -> None:
        if self.page is None or not self.isVisible():
            return
        self.activateWindow()
        self.page.setFocus()

    # --- whose answers ------------------------------------------------------------------------

    @Slot()
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
            if self.controller is None:
                combo.setEnabled(False)
                return
            session = self.controller.session
            for respondent in session.respondents:
                try:
                    seen_from = session.pack.perspective(respondent.perspective).label.get(
                        self.language
                    )
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

    @Slot(int)
    def _on_answer_as_chosen(self, index: int) -> None:
        if self.controller is None or index < 0:
            return
        respondent_id = self.answer_as_combo.itemData(index)
        self._guarded(lambda: self.controller.answer_as(respondent_id) if self.controller else None)
        self._update_actions()

    def answer_as(self, respondent_id: str | None) -> None:
        """Show and edit a respondent's answers (None: the team's), as the combo does."""
        index = self.answer_as_combo.findData(respondent_id)
        if index < 0:
            raise KeyError(respondent_id)
        self.answer_as_combo.setCurrentIndex(index)

    def show_respondents(self) -> None:
        if self.controller is None:
            return
        from promise_tracker.gui.team.respondents_dialog import RespondentsDialog

        dialog = RespondentsDialog(self.controller, self.language, self)
        self.respondents_dialog = dialog
        try:
            dialog.exec()
        finally:
            self.respondents_dialog = None
            dialog.deleteLater()

    def _rebuild_language_menu(self, session: RoundSession) -> None:
        self.language_menu.clear()
        self.language_actions.clear()
        names = {"en": "English", "sv": "Svenska"}
        for code in session.pack.languages:
            action = QAction(names.get(code, code), self)
            action.setCheckable(True)
            action.setChecked(code == self.language)
            action.setObjectName(f"language_{code}")
            action.triggered.connect(lambda _=False, code=code: self.set_language(code))
            self.language_menu.addAction(action)
            self.language_actions[code] = action

    def _show_pack(self, session: RoundSession) -> None:
        # The provenance statement goes wherever the pack's criteria are shown.
        pack = session.pack
        self.pack_label.setText(f"{pack.title.get(self.language)} {pack.version}")
        self.pack_label.setToolTip(
            self.tr("{provenance}\n\nSource: {citation}\nContent: {hash}").format(
                provenance=pack.provenance.get(self.language),
                citation=pack.source.citation.get(self.language),
                hash=pack.short_hash,
            )
        )

    @Slot()
    def _on_results_toggled(self, *_: object) -> None:
        if self.results_action.isChecked():
            self._show_results()
        else:
            self._on_round_chosen()

    def _show_results(self) -> None:
        unit = self.current_unit()
        if unit is None:
            self.results_action.setChecked(False)
            return
        chosen = self.current_round()
        round_id = chosen.id if chosen else None
        if self.results_view is None:
            # matplotlib loads here, the first time results are shown, not at startup.
            from promise_tracker.gui.results.results_view import ResultsView

            self.results_view = ResultsView(self.service, unit.id, round_id, self.language)
            self.results_view.setObjectName("resultsView")
            self.pages.insertWidget(self.PAGE_RESULTS, self.results_view)
        else:
            self.results_view.set_selection(unit.id, round_id)
        self.pages.setCurrentIndex(self.PAGE_RESULTS)

    def _drop_results_view(self) -> None:
        if self.results_view is not None:
            self.pages.removeWidget(self.results_view)
            self.results_view.deleteLater()
            self.results_view = None
        self.results_action.setChecked(False)

    def set_language(self, language: str) -> None:
        """The language of standards texts (the interface language is a preference)."""
        self.language = language
        self.settings.language = language
        for code, action in self.language_actions.items():
            action.setChecked(code == language)
        if self.navigator is not None and self.page is not None and self.controller:
            self.navigator.set_language(language)
            self.page.set_language(language)
            if self.header is not None:
                self.header.set_language(language)
            self._fill_answer_as()
            self._show_pack(self.controller.session)
        if self.results_view is not None:
            self.results_view.set_language(language)

    @Slot()
    def _on_round_changed(self) -> None:
        if self.controller is None:
            return
        changed = self.controller.session.round
        index = self.round_combo.currentIndex()
        self._rounds[index] = changed
        self.round_combo.setItemText(index, self._round_label(changed))
        if self.page is not None and self.page.current_criterion():
            self.page.show_criterion(self.page.current_criterion())  # type: ignore[arg-type]
        self._update_actions()
        self._update_title()

    def _update_title(self) -> None:
        parts = [APP_NAME]
        unit = self.current_unit()
        if unit is not None:
            parts.append(unit.name)
        chosen = self.current_round()
        if chosen is not None:
            parts.append(chosen.title)
        title = " – ".join(parts)
        if self.is_demo:
            title = self.tr("{title} [Demo]").format(title=title)
        self.setWindowTitle(title)

    def _update_actions(self) -> None:
        unit = self.current_unit()
        chosen = self.current_round()
        has_round = self.controller is not None
        finalised = bool(chosen and chosen.is_finalised)
        self.new_unit_action.setEnabled(self.workspace is not None)
        self.edit_unit_action.setEnabled(unit is not None)
        self.results_action.setEnabled(unit is not None)
        self.export_action.setEnabled(unit is not None)
        self.import_action.setEnabled(self.workspace is not None)
        self.delete_unit_action.setEnabled(unit is not None)
        self.new_round_action.setEnabled(unit is not None)
        self.rename_round_action.setEnabled(has_round)
        self.delete_round_action.setEnabled(has_round)
        self.finalise_action.setEnabled(has_round and not finalised)
        self.reopen_action.setEnabled(has_round and finalised)
        self.respondents_action.setEnabled(has_round)
        for action in (
            self.next_action,
            self.previous_action,
            self.next_unanswered_action,
            self.find_action,
            *self.filter_actions.values(),
        ):
            action.setEnabled(has_round)
        stack = self.controller.undo_stack if self.controller else None
        self.undo_action.setEnabled(bool(stack and stack.canUndo()))
        self.redo_action.setEnabled(bool(stack and stack.canRedo()))
        self.demo_action.setText(
            self.tr("Back to &my data") if self.is_demo else self.tr("Open the &demo data")
        )
        self.demo_action.setEnabled(self._open_workspace is not None)

    # --- moving between criteria --------------------------------------------------------------

    def go_to(self, criterion_id: str) -> None:
        if self.navigator is None or self.page is None:
            return
        self.navigator.select_criterion(criterion_id)
        self.page.show_criterion(criterion_id)

    @Slot(str)
    def _on_criterion_selected(self, criterion_id: str) -> None:
        if self.page is not None and self.page.current_criterion() != criterion_id:
            self.page.show_criterion(criterion_id)

    @Slot(str)
    def _on_history_moved(self, criterion_id: str) -> None:
        # Undo and redo show the criterion they changed, so nothing changes out of sight.
        self.go_to(criterion_id)

    def step(self, direction: int) -> None:
        if self.controller is None or self.page is None:
            return
        current = self.page.current_criterion()
        if current is None:
            return
        target = self.controller.session.neighbour(current, direction)
        if target is None:
            self.statusBar().showMessage(
                self.tr("This is the last criterion.")
                if direction > 0
                else self.tr("This is the first criterion."),
                4000,
            )
            return
        self.go_to(target)

    def next_unanswered(self) -> None:
        if self.controller is None or self.page is None:
            return
        target = self.controller.session.next_unanswered(self.page.current_criterion())
        if target is None:
            self.statusBar().showMessage(self.tr("Every criterion is answered."), 4000)
            return
        self.go_to(target)

    def _set_filter(self, mode: FilterMode, *_: object) -> None:
        if self.navigator is not None:
            self.navigator.set_mode(mode)

    def focus_search(self) -> None:
        if self.navigator is not None:
            self.navigator.focus_search()

    def undo(self) -> None:
        if self.controller is not None:
            self._guarded(self.controller.undo_stack.undo)

    def redo(self) -> None:
        if self.controller is not None:
            self._guarded(self.controller.undo_stack.redo)

    # --- user actions -------------------------------------------------------------------------

    def _guarded(self, action: Callable[[], object]) -> bool:
        """Run a user action; an expected problem is shown, never raised further."""
        try:
            action()
        except PromiseTrackerError as error:
            self._warn(str(error))
            return False
        return True

    def _warn(self, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, message, parent=self)
        box.setObjectName("warningBox")
        box.exec()

    def _confirm(self, title: str, text: str, confirm: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self)
        box.setObjectName("confirmBox")
        yes = box.addButton(confirm, QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is yes

    def new_unit(self) -> None:
        from promise_tracker.gui.assessment.unit_dialog import UnitDialog

        fields = UnitDialog.ask(self)
        if fields is None:
            return
        created: list[Unit] = []
        if self._guarded(
            lambda: created.append(
                self.service.create_unit(
                    fields.name,
                    country=fields.country,
                    region=fields.region,
                    lead_agency=fields.lead_agency,
                    year_opened=fields.year_opened,
                )
            )
        ):
            self.reload_units(select_unit=created[0].id)
            if not self._rounds:
                self.new_round()

    def edit_unit(self) -> None:
        from promise_tracker.gui.assessment.unit_dialog import UnitDialog

        unit = self.current_unit()
        if unit is None:
            return
        fields = UnitDialog.ask(self, unit)
        if fields is None:
            return
        from promise_tracker.domain.entities import Unit

        changed = Unit(
            id=unit.id,
            name=fields.name,
            country=fields.country,
            region=fields.region,
            lead_agency=fields.lead_agency,
            year_opened=fields.year_opened,
        )
        if self._guarded(lambda: self.service.update_unit(changed)):
            current_round = self.current_round()
            self._close_round()
            self.reload_units(unit.id, current_round.id if current_round else None)

    def delete_unit(self) -> None:
        unit = self.current_unit()
        if unit is None:
            return
        count = len(self._rounds)
        text = self.tr(
            "Delete {unit} with its %n round(s), their answers, notes and respondents?"
            "\n\nThis cannot be undone.",
            "",
            count,
        ).format(unit=unit.name)
        if not self._confirm(self.tr("Delete unit"), text, self.tr("Delete unit")):
            return
        self._close_round()
        if self._guarded(lambda: self.service.delete_unit(unit.id)):
            self.reload_units()

    def new_round(self) -> None:
        unit = self.current_unit()
        if unit is None:
            return
        if unit is None or self.workspace is None:
            return
        from promise_tracker.gui.assessment.round_dialog import RoundDialog

        previous = self._rounds[-1] if self._rounds else None
        fields = RoundDialog.ask(
            self.workspace.packs.packs(),
            self.language,
            previous is not None,
            previous.title if previous else None,
            self,
        )
        if fields is None:
            return
        created: list[Round] = []
        if self._guarded(
            lambda: created.append(
                self.service.create_round(
                    unit.id,
                    fields.title,
                    fields.date,
                    fields.pack,
                    compare_with_previous=fields.compare_with_previous,
                )
            )
        ):
            self.reload_units(unit.id, created[0].id)

    def rename_round(self) -> None:
        if self.controller is None:
            return
        from promise_tracker.gui.assessment.round_dialog import ask_round_title

        title = ask_round_title(self, self.controller.session.round.title)
        if title:
            self._guarded(lambda: self.controller.rename(title) if self.controller else None)

    def finalise_round(self) -> None:
        if self.controller is None:
            return
        session = self.controller.session
        # The team's agreed answers are what a finalised round reports, whoever is shown.
        unanswered = session.consensus_scores.overall.unanswered
        text = self.tr("Finalise “{title}”? Its answers become read-only.").format(
            title=session.round.title
        )
        if unanswered:
            text += "\n\n" + self.tr("%n criterion(s) are still unanswered.", "", unanswered)
        if self._confirm(self.tr("Finalise round"), text, self.tr("Finalise")):
            self._guarded(self.controller.finalise)

    def reopen_round(self) -> None:
        if self.controller is None:
            return
        text = self.tr(
            "Reopen “{title}” so that its answers can be changed again?\n\n"
            "Its scores may then change from what was reported."
        ).format(title=self.controller.session.round.title)
        if self._confirm(self.tr("Reopen round"), text, self.tr("Reopen")):
            self._guarded(self.controller.reopen)

    def delete_round(self) -> None:
        chosen = self.current_round()
        unit = self.current_unit()
        if chosen is None or unit is None:
            return
        text = self.tr(
            "Delete the round “{title}” with all its answers, notes and respondents?"
            "\n\nThis cannot be undone."
        ).format(title=chosen.title)
        if not self._confirm(self.tr("Delete round"), text, self.tr("Delete round")):
            return
        self._close_round()
        if self._guarded(lambda: self.service.delete_round(chosen.id)):
            self.reload_units(unit.id)

    def toggle_demo(self) -> None:
        """Switch between the user's data and the demo data (which has its own database)."""
        if self._open_workspace is None:
            return
        self.save_settings()
        try:
            other = self._open_workspace(not self.is_demo)
        except PromiseTrackerError as error:
            self._warn(str(error))
            return
        self._close_round()
        self._drop_results_view()  # it reads the data being closed
        if self.workspace is not None:
            self.workspace.close()
        self.workspace = other
        self.is_demo = not self.is_demo
        self.reload_units()

    def show_export(self) -> None:
        unit = self.current_unit()
        if unit is None or self.workspace is None:
            return
        from promise_tracker.gui.exchange.export_dialog import ExportDialog

        self._export_dialog = ExportDialog.show_for(
            self, self.workspace, unit, self.current_round(), self.language
        )

    def show_import(self) -> None:
        if self.workspace is None:
            return
        from promise_tracker.gui.exchange.import_dialog import ImportDialog

        def reload() -> None:
            unit = self.current_unit()
            chosen = self.current_round()
            self._close_round()
            self.reload_units(unit.id if unit else None, chosen.id if chosen else None)

        self._import_dialog = ImportDialog.show_for(self, self.workspace, reload)

    def show_compare(self) -> None:
        """A window of its own: comparing other units' files needs no data of this app."""
        from promise_tracker.gui.exchange.compare_window import CompareWindow

        packs = self.workspace.packs if self.workspace is not None else None
        window = CompareWindow(packs, self.language, self)
        window.setWindowFlag(Qt.WindowType.Window)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.resize(1280, 760)
        window.show()
        self._compare_window = window  # keeps it reachable for tests

    def show_about(self) -> None:
        if self.workspace is None:
            return
        from promise_tracker.gui.app_shell.about_dialog import (
            AboutDialog,
        )  # rarely needed: load late

        dialog = AboutDialog(self.workspace.paths, self.workspace.packs, self.language, self)
        dialog.exec()
