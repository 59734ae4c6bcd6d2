"""The main window: the menus, the unit and round boxes and the pages, composed of the features.

Each feature (gui/assessment, results, team, exchange, training, and the preferences) installs
its own menu entries and toolbar items through `install(host)` and knows the window only as a
`FeatureHost` (gui/shared/window.py). What stays here is what they share: which unit and round
are chosen, the open data, the pages, the title, and the window's geometry.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from promise_tracker import APP_NAME
from promise_tracker.errors import PromiseTrackerError
from promise_tracker.gui.app_shell import preferences_dialog, standards_language
from promise_tracker.gui.assessment import actions as assessment_actions
from promise_tracker.gui.assessment.round_view import RoundView
from promise_tracker.gui.backups import actions as backups_actions
from promise_tracker.gui.exchange import actions as exchange_actions
from promise_tracker.gui.improvement import actions as improvement_actions
from promise_tracker.gui.reports import actions as reports_actions
from promise_tracker.gui.results import actions as results_actions
from promise_tracker.gui.shared import window_size
from promise_tracker.gui.shared.eliding_combo import ElidingComboBox
from promise_tracker.gui.shared.forms import format_date
from promise_tracker.gui.shared.settings import Settings
from promise_tracker.gui.shared.window import Menu, make_action, warn
from promise_tracker.gui.shared.window_size import fit_to_screen
from promise_tracker.gui.team import actions as team_actions
from promise_tracker.gui.team import team_views
from promise_tracker.gui.training import training_actions

if TYPE_CHECKING:
    from promise_tracker.domain.entities import Round, Unit
    from promise_tracker.gui.app_shell.welcome_page import WelcomePage
    from promise_tracker.gui.assessment.criterion_page import CriterionPage
    from promise_tracker.gui.assessment.navigator import NavigatorPanel
    from promise_tracker.gui.assessment.summary_header import SummaryHeader
    from promise_tracker.gui.shared.round_controller import RoundController
    from promise_tracker.services.assessment import AssessmentService
    from promise_tracker.services.workspace import Workspace

log = logging.getLogger(__name__)

WorkspaceOpener = Callable[[bool], "Workspace"]  # demo? -> an opened workspace


class MainWindow(QMainWindow):
    """The application's window; it is the `FeatureHost` of every feature."""

    PAGE_WELCOME, PAGE_NO_ROUND, PAGE_ASSESS, PAGE_LOADING = range(4)
    round_view: RoundView

    workspaceChanged = Signal()
    roundChanged = Signal()
    dataChanged = Signal()
    languageChanged = Signal()
    roundCreated = Signal(str)
    actionRequested = Signal(str, str)

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
        self._units: list[Unit] = []
        self._rounds: list[Round] = []
        self._menus: dict[Menu, QMenu] = {}

        self._build_menus()
        self._build_toolbar()
        self._build_pages()
        # The features, in the order of their menu entries and toolbar items.
        self.assessment = assessment_actions.install(self, self.round_view)
        self.exchange = exchange_actions.install(self)
        self.reports = reports_actions.install(self)
        self.backups = backups_actions.install(self)
        self.team = team_actions.install(self)
        self.team_views = team_views.install(self)
        self.results = results_actions.install(self)
        self.improvement = improvement_actions.install(self)
        self.training_actions = training_actions.install(self)
        self.preferences_action = preferences_dialog.install(self)
        self.standards_language = standards_language.install(self)
        self._finish_menus()
        # Roomy on an office screen, never larger than a small one (a 1024x600 laptop or
        # projector): the window and its frame fit the screen's free area.
        fit_to_screen(self, QSize(1280, 760))
        self._restore_geometry()
        if workspace is None:
            self.pages.setCurrentIndex(self.PAGE_LOADING)
            self._update_state()
        else:
            self.attach_workspace(workspace, is_demo=is_demo)

    # --- construction -------------------------------------------------------------------------

    def _build_menus(self) -> None:
        bar = self.menuBar()
        titles = {
            Menu.FILE: self.tr("&File"),
            Menu.EDIT: self.tr("&Edit"),
            Menu.VIEW: self.tr("&View"),
            Menu.ROUND: self.tr("&Round"),
            Menu.TEAM: self.tr("&Team"),
            # Alt+N: Alt+D already flags the criterion on the answer page.
            Menu.STANDARDS: self.tr("Sta&ndards"),
            Menu.HELP: self.tr("&Help"),
        }
        for which, title in titles.items():
            menu = bar.addMenu(title)
            menu.setObjectName(f"{which.value}Menu")
            self._menus[which] = menu
        self.demo_action = make_action(
            self, "openDemoAction", self.tr("Open the &demo data"), self.toggle_demo
        )
        self.about_action = make_action(
            self, "aboutAction", self.tr("&About {app}").format(app=APP_NAME), self.show_about
        )
        help_menu = self.menu(Menu.HELP)
        help_menu.addAction(self.demo_action)
        help_menu.addAction(self.about_action)

    def _finish_menus(self) -> None:
        """What follows the features' entries: the demo data and Quit."""
        file_menu = self.menu(Menu.FILE)
        file_menu.addSeparator()
        file_menu.addAction(self.demo_action)
        file_menu.addSeparator()
        self.quit_action = make_action(
            self, "quitAction", self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit
        )
        file_menu.addAction(self.quit_action)

    def _build_toolbar(self) -> None:
        bar = self._toolbar = QToolBar(self.tr("Unit and round"), self)
        bar.setObjectName("unitRoundToolbar")
        bar.setMovable(False)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        unit_label = QLabel(self.tr("&Unit:"), bar)
        # Narrower boxes on a small screen (1024x600), so the toolbar's other items stay on
        # it instead of behind its overflow button; a long name ends in "…", whole in the
        # tooltip.
        small = window_size.small_screen()
        self.unit_combo = ElidingComboBox(14 if small else 24, bar)
        self.unit_combo.setObjectName("unitCombo")
        self.unit_combo.setAccessibleName(self.tr("Unit"))
        self.unit_combo.currentTextChanged.connect(self.unit_combo.setToolTip)
        unit_label.setBuddy(self.unit_combo)
        round_label = QLabel(self.tr("R&ound:"), bar)  # Alt+R opens the Round menu
        self.round_combo = ElidingComboBox(18 if small else 28, bar)
        self.round_combo.setObjectName("roundCombo")
        self.round_combo.setAccessibleName(self.tr("Round"))
        self.round_combo.currentTextChanged.connect(self.round_combo.setToolTip)
        round_label.setBuddy(self.round_combo)
        bar.addWidget(unit_label)
        bar.addWidget(self.unit_combo)
        bar.addSeparator()
        bar.addWidget(round_label)
        bar.addWidget(self.round_combo)
        self.unit_combo.currentIndexChanged.connect(self._on_unit_chosen)
        self.round_combo.currentIndexChanged.connect(self._on_round_chosen)

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
        start.clicked.connect(lambda: self.assessment.new_round())
        layout.addWidget(start, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.pages.addWidget(no_round)

        self.round_view = RoundView(self.settings, self.pages)
        self.pages.addWidget(self.round_view)
        loading = self.loading_label = QLabel(self.tr("Opening your data…"), self.pages)
        loading.setObjectName("loadingLabel")
        loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        loading.setWordWrap(True)
        self.pages.addWidget(loading)
        self.setCentralWidget(self.pages)

    # --- FeatureHost: what is open ------------------------------------------------------------

    @property
    def service(self) -> AssessmentService:
        assert self.workspace is not None, "no data is open yet"
        return self.workspace.assessment

    @property
    def controller(self) -> RoundController | None:
        return self.round_view.controller

    @property
    def header(self) -> SummaryHeader | None:
        return self.round_view.header

    @property
    def navigator(self) -> NavigatorPanel | None:
        return self.round_view.navigator

    @property
    def page(self) -> CriterionPage | None:
        return self.round_view.page

    def current_unit(self) -> Unit | None:
        index = self.unit_combo.currentIndex()
        return self._units[index] if 0 <= index < len(self._units) else None

    def current_round(self) -> Round | None:
        index = self.round_combo.currentIndex()
        return self._rounds[index] if 0 <= index < len(self._rounds) else None

    # --- FeatureHost: the window's parts ------------------------------------------------------

    def main_window(self) -> QMainWindow:
        return self

    def menu(self, which: Menu) -> QMenu:
        return self._menus[which]

    def toolbar(self) -> QToolBar:
        return self._toolbar

    def show_status(self, text: str, timeout_ms: int = 5000) -> None:
        self.statusBar().showMessage(text, timeout_ms)

    def show_view(self, view: QWidget) -> None:
        """Show a feature's view (e.g. the Results) in place of the round."""
        if self.pages.indexOf(view) < 0:
            self.pages.addWidget(view)
        self.pages.setCurrentWidget(view)

    def remove_view(self, view: QWidget) -> None:
        if self.pages.indexOf(view) >= 0:
            self.pages.removeWidget(view)

    # --- FeatureHost: asking the window to act ------------------------------------------------

    def attach_workspace(self, workspace: Workspace, *, is_demo: bool = False) -> None:
        """Show the units of an opened workspace (the window owns it from now on)."""
        self.workspace = workspace
        self.is_demo = is_demo
        self.workspaceChanged.emit()
        self.select(self.settings.last_unit_id)

    def show_loading(self, text: str) -> None:
        """Say on the page shown until the data is open what is going on (connecting...)."""
        self.loading_label.setText(text)

    def release_workspace(self) -> Workspace | None:
        workspace = self.workspace
        self.save_settings()
        self.close_round()
        self.workspace = None
        self.workspaceChanged.emit()
        return workspace

    def toggle_demo(self) -> None:
        """Switch between the user's data and the demo data (which has its own database)."""
        if self._open_workspace is None:
            return
        self.save_settings()
        try:
            other = self._open_workspace(not self.is_demo)
        except PromiseTrackerError as error:
            warn(self, str(error))
            return
        previous = self.release_workspace()
        if previous is not None:
            previous.close()
        self.attach_workspace(other, is_demo=not self.is_demo)

    def select(self, unit_id: str | None = None, round_id: str | None = None) -> None:
        self._units = self.service.units()
        self.unit_combo.blockSignals(True)
        self.unit_combo.clear()
        for unit in self._units:
            self.unit_combo.addItem(unit.name, unit.id)
        ids = [u.id for u in self._units]
        self.unit_combo.setCurrentIndex(ids.index(unit_id) if unit_id in ids else 0)
        self.unit_combo.blockSignals(False)
        self._on_unit_chosen(select_round=round_id or self.settings.last_round_id)

    def reload(self) -> None:
        unit = self.current_unit()
        chosen = self.current_round()
        self.close_round()
        self.select(unit.id if unit else None, chosen.id if chosen else None)
        self.dataChanged.emit()

    def close_round(self) -> None:
        if self.round_view.controller is None:
            return
        self.save_settings()
        self.round_view.close_round()
        self.roundChanged.emit()

    def go_to(self, criterion_id: str) -> None:
        self.round_view.go_to(criterion_id)

    def show_round(self) -> None:
        self._on_round_chosen()

    def set_language(self, language: str) -> None:
        """The language of standards texts (the interface language is a preference)."""
        self.language = language
        self.settings.language = language
        self.round_view.set_language(language)
        self.languageChanged.emit()

    def save_settings(self) -> None:
        self.settings.window_geometry = QByteArray(self.saveGeometry())
        self.settings.window_state = QByteArray(self.saveState())
        self.round_view.save_state()
        self.settings.sync()

    # --- geometry -----------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = self.settings.window_geometry
        if geometry is not None:
            self.restoreGeometry(geometry)
            # Saved on a larger screen (or before a projector was plugged in): shrink it.
            fit_to_screen(self)
        state = self.settings.window_state
        if state is not None:
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_settings()
        super().closeEvent(event)

    # --- units and rounds ---------------------------------------------------------------------

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
            date=format_date(item.date), title=item.title, status=status
        )

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
        self._update_state()

    @property
    def welcome(self) -> WelcomePage:
        """The welcome page (built on first use, in the place kept for it)."""
        if self._welcome is None:
            from promise_tracker.gui.app_shell.welcome_page import WelcomePage

            page = WelcomePage(self.pages)
            page.createUnitRequested.connect(self.assessment.new_unit)
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
            self.close_round()
        if page == self.PAGE_WELCOME:
            self.welcome  # noqa: B018 (builds it)
        self.pages.setCurrentIndex(page)
        if page == self.PAGE_WELCOME:
            # The keyboard starts on "Create your unit", not in the empty Unit box.
            self.welcome.setFocus()

    def _open_round(self, unit: Unit, chosen: Round) -> None:
        controller = self.round_view.controller
        if controller is not None and controller.session.round.id == chosen.id:
            self.pages.setCurrentIndex(self.PAGE_ASSESS)
            return
        if controller is not None:
            self.save_settings()
        try:
            controller = self.round_view.open_round(
                self.service, chosen.id, unit.name, self.language, self
            )
        except PromiseTrackerError as error:
            self._show_page(self.PAGE_NO_ROUND)
            self.no_round_label.setText(str(error))
            return
        controller.roundChanged.connect(self._on_round_changed)
        # Undo and redo show the criterion they changed, so nothing changes out of sight.
        controller.historyMoved.connect(self.go_to)
        self.pages.setCurrentIndex(self.PAGE_ASSESS)
        self.settings.last_round_id = chosen.id
        start = self.round_view.start_criterion()
        if start is not None:
            self.go_to(start)
        # After a dialog (new unit, new round) the window must take the keyboard back once
        # the dialog is gone, or its shortcuts would not reach it.
        QTimer.singleShot(0, self._take_keyboard)

    def _take_keyboard(self) -> None:
        if self.page is None or not self.isVisible():
            return
        self.activateWindow()
        if self.focusWidget() in (self.unit_combo, self.round_combo):
            # The user is choosing with the arrow keys in the unit or round box: the next
            # arrow must go on choosing, not land on the criterion page.
            return
        self.page.setFocus()

    def _on_round_changed(self) -> None:
        """The open round was renamed, finalised or reopened."""
        if self.controller is None:
            return
        changed = self.controller.session.round
        index = self.round_combo.currentIndex()
        self._rounds[index] = changed
        self.round_combo.setItemText(index, self._round_label(changed))
        self.round_view.refresh_criterion()
        self._update_state()

    def _update_state(self) -> None:
        """The title and the window's own actions follow the choice; features follow the signal."""
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
        self.demo_action.setText(
            self.tr("Back to &my data") if self.is_demo else self.tr("Open the &demo data")
        )
        self.demo_action.setEnabled(self._open_workspace is not None)
        self.roundChanged.emit()

    def show_about(self) -> None:
        if self.workspace is None:
            return
        from promise_tracker.gui.app_shell.about_dialog import AboutDialog  # rarely needed

        dialog = AboutDialog(self.workspace.paths, self.workspace.packs, self.language, self)
        dialog.exec()
