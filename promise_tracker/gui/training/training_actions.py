"""The trainers' menu entries: standards browser, two-language view, presenter mode, handout,
and putting the demo data back as it was."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from promise_tracker.errors import PromiseTrackerError
from promise_tracker.gui.shared.progress import run_with_progress
from promise_tracker.gui.shared.window import FeatureHost, Menu, make_action
from promise_tracker.gui.shared.window_size import fit_to_screen

if TYPE_CHECKING:
    from promise_tracker.gui.training.presenter import PresenterWindow
    from promise_tracker.gui.training.standards_browser import StandardsBrowser
    from promise_tracker.services.presenter_results import PresenterResults
    from promise_tracker.standards.model import Pack

# (parent, title, text) -> True when the user confirms.
Confirm = Callable[[QWidget, str, str], bool]


def _ask(parent: QWidget, title: str, text: str) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    box.setObjectName("resetDemoConfirmBox")
    label = QCoreApplication.translate("TrainingActions", "Reset demo")
    yes = box.addButton(label, QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is yes


class TrainingActions(QObject):
    """Owns the trainers' actions of one main window and the windows they open."""

    def __init__(self, host: FeatureHost) -> None:
        window = host.main_window()
        super().__init__(window)
        self.setObjectName("trainingActions")
        self.host = host
        self.confirm: Confirm = _ask
        self.browser: StandardsBrowser | None = None
        self.presenter: PresenterWindow | None = None
        self.browse_action = make_action(
            window,
            "browseStandardsAction",
            self.tr("&Browse standards…"),
            self.show_browser,
            QKeySequence("Ctrl+B"),
            self.tr("Read the standards and criteria of the installed packs"),
        )
        self.bilingual_action = make_action(
            window,
            "bilingualViewAction",
            self.tr("B&ilingual view…"),
            self.show_bilingual,
            QKeySequence("Ctrl+Shift+B"),
            self.tr("Two languages side by side, criterion by criterion"),
        )
        self.presenter_action = make_action(
            window,
            "presenterModeAction",
            self.tr("&Presenter mode"),
            self.start_presenter,
            QKeySequence("F5"),
            self.tr("The standards full screen, one per slide, for a room or a projector"),
        )
        self.handout_action = make_action(
            window,
            "exportHandoutAction",
            self.tr("Export &handout (PDF)…"),
            self.export_handout,
            None,
            self.tr("Write the standards to a PDF handout in one or two languages"),
        )
        self.reset_demo_action = make_action(
            window,
            "resetDemoAction",
            self.tr("&Reset demo…"),
            self.reset_demo,
            None,
            self.tr("Put the demo data back as it was; your own data is not touched"),
        )
        menu = host.menu(Menu.STANDARDS)
        for action in (self.browse_action, self.bilingual_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.presenter_action)
        menu.addAction(self.handout_action)
        # Help > Reset demo… comes right after the entry that opens the demo data, if any.
        help_menu = host.menu(Menu.HELP)
        actions = help_menu.actions()
        demo = window.findChild(QAction, "openDemoAction")
        after = actions.index(demo) + 1 if demo in actions else 0
        before = actions[after] if after < len(actions) else None
        help_menu.insertAction(before, self.reset_demo_action)  # type: ignore[arg-type]

    # --- packs ---------------------------------------------------------------------------

    def packs(self) -> tuple[Pack, ...]:
        """The installed packs; before the data is open, the packs shipped with the app."""
        workspace = self.host.workspace
        if workspace is not None:
            return workspace.packs.packs()
        from promise_tracker.standards.registry import PackRegistry

        return PackRegistry.load(None).packs()

    # --- browser -------------------------------------------------------------------------

    def show_browser(self) -> StandardsBrowser:
        from promise_tracker.gui.training.standards_browser import StandardsBrowser

        if self.browser is None:
            browser = StandardsBrowser(
                self.packs(),
                self.host.language,
                self.host.main_window(),
                settings=self.host.settings,
            )
            browser.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            browser.destroyed.connect(self._forget_browser)
            browser.presentRequested.connect(self._present_from_browser)
            self.browser = browser
            browser.show()
            fit_to_screen(browser)  # again, now that its frame is known
        self.browser.show()
        if QGuiApplication.platformName() != "offscreen":  # nothing to raise there (tests)
            self.browser.raise_()
        self.browser.activateWindow()
        return self.browser

    def _forget_browser(self, *_: object) -> None:
        self.browser = None

    def show_bilingual(self) -> StandardsBrowser:
        browser = self.show_browser()
        browser.show_bilingual()
        return browser

    def export_handout(self) -> None:
        self.show_browser().export_handout()

    # --- presenter -----------------------------------------------------------------------

    def start_presenter(self, start_standard: str | None = None) -> PresenterWindow | None:
        from promise_tracker.gui.training.presenter import PresenterSetupDialog
        from promise_tracker.gui.training.standards_browser import preferred_language
        from promise_tracker.services.demo import UNITS, demo_id

        packs = self.packs()
        pack = self.browser.pack if self.browser is not None else packs[-1]
        units = [(demo_id(plan.key), plan.name) for plan in UNITS]
        dialog = PresenterSetupDialog(
            packs,
            pack,
            preferred_language(pack, self.host.language),
            units,
            start_standard,
            self.host.main_window(),
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return self.open_presenter(dialog.pack(), dialog.language(), dialog)

    def open_presenter(
        self, pack: Pack, language: str, dialog: object | None = None
    ) -> PresenterWindow | None:
        from promise_tracker.gui.training.presenter import PresenterOptions, PresenterWindow

        options = dialog.options() if dialog is not None else PresenterOptions()  # type: ignore[attr-defined]
        results: PresenterResults | None = None
        if options.show_results and options.unit_id:
            try:
                results = self.demo_results(options.unit_id, include_notes=options.show_notes)
            except PromiseTrackerError as error:
                QMessageBox.warning(self.host.main_window(), self.tr("Presenter mode"), str(error))
        presenter = PresenterWindow(pack, language, options=options, results=results)
        presenter.destroyed.connect(self._forget_presenter)
        self.host.main_window().destroyed.connect(presenter.close)
        self.presenter = presenter
        screens = QGuiApplication.screens()
        if options.screen_index is not None and 0 <= options.screen_index < len(screens):
            screen = screens[options.screen_index]
            presenter.setScreen(screen)
            presenter.move(screen.geometry().topLeft())
        presenter.showFullScreen()
        presenter.activateWindow()
        presenter.setFocus()
        return presenter

    def _forget_presenter(self, *_: object) -> None:
        self.presenter = None

    def _present_from_browser(
        self, pack_id: str, version: str, language: str, standard: str
    ) -> None:
        self.start_presenter(standard or None)

    def demo_results(self, unit_id: str, *, include_notes: bool) -> PresenterResults | None:
        """The newest round of a demo unit, read from the demo data (built if missing)."""
        from promise_tracker.services.presenter_results import latest_results

        workspace = self.host.workspace
        if workspace is not None and self.host.is_demo:
            return latest_results(workspace.assessment, unit_id, include_notes=include_notes)
        from promise_tracker.services.demo_reset import demo_paths_of, rebuild_demo
        from promise_tracker.services.workspace import open_workspace
        from promise_tracker.standards.registry import PackRegistry

        if workspace is None:
            return None
        demo_paths = demo_paths_of(workspace.paths, is_demo=False)
        packs = workspace.packs if workspace is not None else PackRegistry.load(None)
        if not demo_paths.database.exists():
            run_with_progress(
                self.host.main_window(),
                self.tr("Preparing the demo data…"),
                lambda: rebuild_demo(demo_paths, packs),
            )
        with open_workspace(demo_paths, packs) as demo:
            return latest_results(demo.assessment, unit_id, include_notes=include_notes)

    # --- demo ----------------------------------------------------------------------------

    def reset_demo(self) -> bool:
        """After confirmation, put the demo data back as first built; True when done."""
        host = self.host
        window = host.main_window()
        workspace = host.workspace
        if workspace is None:
            return False
        text = self.tr(
            "Put the demo data back as it was first built? Every change made in the demo "
            "(answers, notes, units, rounds) is lost.\n\nYour own data is not touched."
        )
        if not self.confirm(window, self.tr("Reset demo"), text):
            return False
        from promise_tracker.services.demo_reset import demo_paths_of, rebuild_demo
        from promise_tracker.services.workspace import open_workspace

        was_demo = host.is_demo
        demo_paths = demo_paths_of(workspace.paths, is_demo=was_demo)
        packs = workspace.packs
        if was_demo:
            # The demo database is replaced: let go of everything that reads it first.
            released = host.release_workspace()
            if released is not None:
                released.close()
        error: PromiseTrackerError | None = None
        try:
            run_with_progress(
                window,
                self.tr("Rebuilding the demo data…"),
                lambda: rebuild_demo(demo_paths, packs),
            )
        except PromiseTrackerError as problem:
            error = problem
        if was_demo:
            host.attach_workspace(open_workspace(demo_paths, packs), is_demo=True)
        if error is not None:
            QMessageBox.warning(window, self.tr("Reset demo"), str(error))
            return False
        host.show_status(self.tr("The demo data is as it was first built."), 6000)
        return True


def install(host: FeatureHost) -> TrainingActions:
    """Add the trainers' entries to the host's Standards and Help menus."""
    return TrainingActions(host)
