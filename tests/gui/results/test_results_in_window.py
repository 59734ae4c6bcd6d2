"""The Results view inside the main window: opened from the View menu, following the choices."""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtWidgets import QWidget

from promise_tracker.gui.app_shell.main_window import MainWindow
from promise_tracker.gui.shared.settings import Settings
from promise_tracker.services.workspace import Workspace


def test_startup_does_not_load_matplotlib() -> None:
    code = (
        "import sys; import promise_tracker.app, promise_tracker.gui.app_shell.main_window; "
        "print('matplotlib' in sys.modules, 'sqlalchemy' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split()
    assert out == ["False", "False"]


def test_results_open_from_the_view_menu_and_follow_the_round(
    qtbot, demo_workspace: Workspace
) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(demo_workspace, settings=Settings(demo_workspace.paths.settings_file))
    qtbot.addWidget(window)
    window.show()
    assert window.results.view is None  # nothing of matplotlib until asked for
    window.results.action.trigger()
    assert window.results.action.isChecked()
    assert window.pages.currentWidget() is window.results.view
    view = window.results.view
    assert view is not None
    assert view.findChild(QWidget, "resultsTabs").isVisible()

    # Another round chosen in the toolbar is shown in the results.
    window.round_combo.setCurrentIndex(0)
    assert window.pages.currentWidget() is window.results.view
    assert window.results.view is view
    assert view.round_id == window.current_round().id

    # Pressed again, back to the criteria of that round.
    window.results.action.trigger()
    assert not window.results.action.isChecked()
    assert window.pages.currentIndex() == window.PAGE_ASSESS
    assert window.controller.session.round.id == window.current_round().id


def test_compare_units_opens_its_own_window(qtbot, demo_workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(demo_workspace, settings=Settings(demo_workspace.paths.settings_file))
    qtbot.addWidget(window)
    window.show()
    window.exchange.compare_action.trigger()
    compare = window.exchange.compare_window
    assert compare.isVisible()
    assert compare.objectName() == "compareWindow"
    assert compare.isWindow()
    compare.close()


def test_export_and_import_from_the_file_menu(qtbot, demo_workspace: Workspace, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from promise_tracker.paths import resolve_paths
    from promise_tracker.services.workspace import open_workspace

    window = MainWindow(demo_workspace, settings=Settings(demo_workspace.paths.settings_file))
    qtbot.addWidget(window)
    window.show()
    window.exchange.export_action.trigger()
    export = window.exchange.export_dialog
    target = tmp_path / "unit.xlsx"
    export._ask_save_path = lambda suggested: str(target)  # the file dialog
    export.findChild(QWidget, "exportUnitRadio").click()
    export.findChild(QWidget, "exportButton").click()
    assert target.exists()
    export.close()

    with open_workspace(resolve_paths(tmp_path / "other")) as other:
        receiver = MainWindow(other, settings=Settings(other.paths.settings_file))
        qtbot.addWidget(receiver)
        receiver.show()
        assert receiver.unit_combo.count() == 0
        receiver.exchange.import_action.trigger()
        dialog = receiver.exchange.import_dialog
        dialog.add_paths([str(target)])
        dialog.findChild(QWidget, "runImportButton").click()
        # The window reloads: the imported unit is there with its rounds.
        assert receiver.unit_combo.currentText() == window.current_unit().name
        assert receiver.round_combo.count() == window.round_combo.count()
        dialog.close()


def test_results_is_reached_by_tab_and_opens_with_space(qtbot, demo_workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QToolButton

    window = MainWindow(demo_workspace, settings=Settings(demo_workspace.paths.settings_file))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    button = window.toolbar().widgetForAction(window.results.action)
    assert isinstance(button, QToolButton)
    window.unit_combo.setFocus()
    qtbot.waitUntil(window.unit_combo.hasFocus)
    for _ in range(80):
        if button.hasFocus():
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert button.hasFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert window.results.action.isChecked()
    assert window.pages.currentWidget() is window.results.view
