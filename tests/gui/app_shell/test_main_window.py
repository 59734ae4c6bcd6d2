"""The main window on the demo data: units, rounds, scores and the pack's provenance."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from promise_tracker.gui.app_shell.main_window import MainWindow
from promise_tracker.gui.shared import window_size
from promise_tracker.gui.shared.forms import format_date
from promise_tracker.gui.shared.settings import Settings
from promise_tracker.paths import resolve_paths
from promise_tracker.services.workspace import Workspace, open_workspace


def test_demo_data_in_the_window(qtbot, demo_workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(demo_workspace, settings=Settings(demo_workspace.paths.settings_file))
    qtbot.addWidget(window)
    window.show()
    service = demo_workspace.assessment
    units = service.units()
    assert [window.unit_combo.itemText(i) for i in range(window.unit_combo.count())] == [
        u.name for u in units
    ]
    # The newest round of the first unit opens, with its official (consensus) score.
    rounds = service.rounds(units[0].id)
    assert window.round_combo.count() == len(rounds)
    assert window.controller is not None
    assert window.controller.session.round.id == rounds[-1].id
    expected = service.round_result(rounds[-1].id).consensus.overall.percent
    score = window.header.findChild(QWidget, "overallScoreLabel").text()
    assert score == f"{expected:.0f} %"

    # Choosing another round opens it.
    window.round_combo.setCurrentIndex(0)
    assert window.controller.session.round.id == rounds[0].id

    # The pack's provenance is stated where its criteria are shown.
    pack = window.controller.session.pack
    label = window.statusBar().findChild(QWidget, "packLabel")
    assert label.text() == f"{pack.title.get('en')} {pack.version}"
    assert "Criteria worded by PROMISE tracker" in label.toolTip()


def shown_window(qtbot, workspace: Workspace) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(workspace, settings=Settings(workspace.paths.settings_file))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def test_arrow_keys_in_the_round_box_choose_and_keep_the_focus(  # type: ignore[no-untyped-def]
    qtbot, demo_workspace: Workspace
) -> None:
    window = shown_window(qtbot, demo_workspace)
    rounds = demo_workspace.assessment.rounds(window.current_unit().id)
    assert len(rounds) >= 3
    window.round_combo.setFocus()
    qtbot.waitUntil(window.round_combo.hasFocus)

    for expected in (rounds[-2], rounds[-3]):
        qtbot.keyClick(window.round_combo, Qt.Key.Key_Up)
        assert window.controller.session.round.id == expected.id
        # The window takes the keyboard back a moment after a round opens (after a dialog):
        # let that happen; the next arrow must still go to the box.
        QApplication.processEvents()
        assert QApplication.focusWidget() is window.round_combo


def test_arrow_keys_in_the_unit_box_choose_and_keep_the_focus(  # type: ignore[no-untyped-def]
    qtbot, demo_workspace: Workspace
) -> None:
    window = shown_window(qtbot, demo_workspace)
    units = demo_workspace.assessment.units()
    window.unit_combo.setFocus()
    qtbot.waitUntil(window.unit_combo.hasFocus)
    qtbot.keyClick(window.unit_combo, Qt.Key.Key_Down)
    assert window.current_unit() == units[1]
    QApplication.processEvents()
    assert QApplication.focusWidget() is window.unit_combo
    qtbot.keyClick(window.unit_combo, Qt.Key.Key_Down)
    assert window.current_unit() == units[2]
    QApplication.processEvents()
    assert QApplication.focusWidget() is window.unit_combo


@pytest.fixture
def small_screen(monkeypatch: pytest.MonkeyPatch) -> QRect:
    """The screen's free area of a 1024x600 laptop with a panel: 1024x576."""
    area = QRect(0, 0, 1024, 576)
    monkeypatch.setattr(window_size, "available_area", lambda widget=None: QRect(area))
    return area


def test_the_first_start_window_fits_a_small_screen(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, small_screen: QRect
) -> None:
    with open_workspace(resolve_paths(tmp_path / "new")) as workspace:
        window = MainWindow(workspace, settings=Settings(workspace.paths.settings_file))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        assert window.pages.currentIndex() == MainWindow.PAGE_WELCOME
        # Fitted again once shown, when the frame the window manager adds is known.
        qtbot.waitUntil(lambda: small_screen.contains(window.frameGeometry()))
        assert window.width() >= 900  # still uses the room there is
        minimum = window.minimumSizeHint()
        assert minimum.width() <= small_screen.width()
        assert minimum.height() <= small_screen.height()
        window.close()


def test_a_remembered_larger_window_is_shrunk_to_the_screen(  # type: ignore[no-untyped-def]
    qtbot, demo_workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings_file = demo_workspace.paths.settings_file
    big = MainWindow(demo_workspace, settings=Settings(settings_file))
    qtbot.addWidget(big)
    big.setGeometry(0, 0, 780, 780)  # on the test platform's 800x800 screen
    big.save_settings()
    big.close()

    small = QRect(0, 0, 720, 540)  # then opened on a smaller screen
    monkeypatch.setattr(window_size, "available_area", lambda widget=None: QRect(small))
    window = MainWindow(demo_workspace, settings=Settings(settings_file))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: small.contains(window.frameGeometry()))


def test_the_first_start_is_usable_by_keyboard(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with open_workspace(resolve_paths(tmp_path / "new")) as workspace:
        window = shown_window(qtbot, workspace)
        assert window.pages.currentIndex() == MainWindow.PAGE_WELCOME
        # The keyboard starts on the first choice, not in the empty Unit box above it.
        assert QApplication.focusWidget() is window.findChild(QWidget, "createUnitButton")
        # The welcome page's two choices are in the Tab chain (not only clickable).
        visited: list[str] = []
        for _ in range(12):
            qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
            focused = QApplication.focusWidget()
            assert focused is not None
            assert focused.isVisible()
            visited.append(focused.objectName())
        assert "createUnitButton" in visited
        assert "openDemoButton" in visited
        assert visited[visited.index("createUnitButton") + 1] == "openDemoButton"
        window.close()


def test_new_round_and_results_have_keys_in_the_menus(qtbot, demo_workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(demo_workspace, settings=Settings(demo_workspace.paths.settings_file))
    qtbot.addWidget(window)
    entries = {
        action.objectName(): action
        for menu_action in window.menuBar().actions()
        if menu_action.menu() is not None
        for action in menu_action.menu().actions()
    }
    assert entries["newRoundAction"].shortcut().toString() == "Ctrl+Shift+N"
    assert entries["resultsAction"].shortcut().toString() == "Ctrl+R"
    # Menu mnemonics are unique within each menu (Edit unit and Export to Excel shared E).
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        letters = [
            action.text()[action.text().index("&") + 1].casefold()
            for action in menu.actions()
            if "&" in action.text()
        ]
        assert len(letters) == len(set(letters)), menu_action.text()


def test_round_dates_and_the_pack_are_shown_and_read_as_everywhere(  # type: ignore[no-untyped-def]
    qtbot, demo_workspace: Workspace, us_english: QLocale
) -> None:
    window = MainWindow(demo_workspace, settings=Settings(demo_workspace.paths.settings_file))
    qtbot.addWidget(window)
    window.show()
    chosen = window.current_round()
    assert window.round_combo.currentText().startswith(format_date(chosen.date, us_english) + "  ")
    assert chosen.date.isoformat() not in window.round_combo.currentText()
    label = window.statusBar().findChild(QLabel, "packLabel")
    iface = QAccessible.queryAccessibleInterface(label)
    assert iface.text(QAccessible.Text.Name) == label.text()
    assert iface.text(QAccessible.Text.Description) == "Standards pack of this round"


def test_the_unit_and_round_boxes_are_narrower_on_a_small_screen(  # type: ignore[no-untyped-def]
    qtbot, demo_workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    widths = {}
    for area in (QRect(0, 0, 1920, 1050), QRect(0, 0, 1024, 576)):
        monkeypatch.setattr(window_size, "available_area", lambda widget=None, a=area: QRect(a))
        window = MainWindow(demo_workspace, settings=Settings(demo_workspace.paths.settings_file))
        qtbot.addWidget(window)
        widths[area.width()] = (
            window.unit_combo.sizeHint().width(),
            window.round_combo.sizeHint().width(),
        )
    # Room for the toolbar's other items (Answering as, Results) at 1024 pixels.
    assert widths[1024][0] < widths[1920][0]
    assert widths[1024][1] < widths[1920][1]
    assert sum(widths[1920]) - sum(widths[1024]) >= 120


@pytest.mark.parametrize("language", ["en", "sv"])
def test_every_toolbar_item_stays_on_a_1024_pixel_wide_window(  # type: ignore[no-untyped-def]
    qtbot, demo_workspace: Workspace, monkeypatch: pytest.MonkeyPatch, language: str
) -> None:
    """At 1024x600 no toolbar item (Answering as, Results, Action plan) hides behind the
    toolbar's overflow button, in English or in (longer) Swedish."""
    from PySide6.QtWidgets import QApplication

    from tests.gui.test_translation import _install, _uninstall

    installed = _install("sv", QApplication.instance()) if language == "sv" else None
    try:
        _assert_toolbar_fits(qtbot, demo_workspace, monkeypatch)
    finally:
        if installed is not None:
            _uninstall(installed, QApplication.instance())


def _assert_toolbar_fits(qtbot, demo_workspace: Workspace, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QToolBar

    monkeypatch.setattr(window_size, "available_area", lambda widget=None: QRect(0, 0, 1024, 576))
    window = MainWindow(demo_workspace, settings=Settings(demo_workspace.paths.settings_file))
    qtbot.addWidget(window)
    window.resize(1024, 576)
    window.show()
    qtbot.waitExposed(window)
    (bar,) = [b for b in window.findChildren(QToolBar) if b.isVisible()]
    hidden = [
        action.text() or action.objectName()
        for action in bar.actions()
        if not action.isSeparator()
        and action.isVisible()
        and not bar.widgetForAction(action).isVisible()
    ]
    assert hidden == []
