"""The welcome page: what it tells a new user, and its two buttons by mouse and by keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from promise_tracker.gui.app_shell.welcome_page import WelcomePage


def _page(qtbot) -> WelcomePage:  # type: ignore[no-untyped-def]
    page = WelcomePage()
    qtbot.addWidget(page)
    page.resize(900, 650)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    return page


def test_page_explains_the_app_and_the_demo(qtbot) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot)
    heading = page.findChild(QLabel, "welcomeHeading")
    assert heading.text() == "Welcome to PROMISE tracker"
    default_size = QApplication.font().pointSizeF()
    assert heading.font().pointSizeF() >= 1.7 * default_size
    intro = page.findChild(QLabel, "welcomeIntro").text()
    assert "Barnahus Quality Standards" in intro
    assert "stays on this computer" in intro
    create = page.findChild(QPushButton, "createUnitButton")
    demo = page.findChild(QPushButton, "openDemoButton")
    assert create.text().replace("&", "") == "Create your unit"
    assert demo.text().replace("&", "") == "Open the demo data"
    note = page.findChild(QLabel, "openDemoButtonNote").text()
    assert "own database" in note
    assert "real data" in note
    assert create.accessibleName() == "Create your unit"
    assert demo.accessibleName() == "Open the demo data"
    assert "Alt+C" in create.toolTip()
    assert "Alt+D" in demo.toolTip()


def test_clicking_the_buttons_emits_their_signals(qtbot) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot)
    with qtbot.waitSignal(page.createUnitRequested, timeout=1000):
        qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(page.openDemoRequested, timeout=1000):
        qtbot.mouseClick(page.demo_button, Qt.MouseButton.LeftButton)


def test_buttons_work_from_the_keyboard(qtbot) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot)
    page.setFocus()
    qtbot.waitUntil(page.create_button.hasFocus)

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert page.demo_button.hasFocus()
    with qtbot.waitSignal(page.openDemoRequested, timeout=1000):
        qtbot.keyClick(page.demo_button, Qt.Key.Key_Space)

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    assert page.create_button.hasFocus()
    with qtbot.waitSignal(page.createUnitRequested, timeout=1000):
        qtbot.keyClick(page.create_button, Qt.Key.Key_Space)


def test_alt_shortcuts_press_the_buttons(qtbot) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot)
    with qtbot.waitSignal(page.openDemoRequested, timeout=1000):
        qtbot.keyClick(page, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    with qtbot.waitSignal(page.createUnitRequested, timeout=1000):
        qtbot.keyClick(page, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)


def test_signals_are_not_emitted_without_a_press(qtbot) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot)
    with (
        qtbot.assertNotEmitted(page.createUnitRequested, wait=50),
        qtbot.waitSignal(page.openDemoRequested, timeout=1000),
    ):
        page.demo_button.click()
