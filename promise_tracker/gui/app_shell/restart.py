"""Restarting the app (after the interface language changed): the windows close through
their normal path, so the settings are written and the data closed, then the same command
starts the app again."""

from __future__ import annotations

import logging
import os
import sys

from PySide6.QtCore import QCoreApplication, QProcess
from PySide6.QtWidgets import QApplication, QWidget

log = logging.getLogger(__name__)


def restart_command() -> tuple[str, list[str]]:
    """The program and arguments that started this process, to start it the same way.

    A bundled app is its own program; from Python, the interpreter's original command line
    is repeated (`-m promise_tracker gui --data-dir ...` or the launcher script's path), so
    the data folder and the demo choice stay the same.
    """
    if getattr(sys, "frozen", False):
        return sys.executable, list(sys.argv[1:])
    return sys.executable, list(sys.orig_argv[1:])


def relaunch_after_quit(program: str, arguments: list[str]) -> None:
    """The launcher hook: quit the event loop and, once it has ended (after the session's
    other work at quitting, such as the backup), start `program` again, detached."""
    app = QCoreApplication.instance()
    if app is None:
        return
    folder = os.getcwd()  # relative paths on the command line keep their meaning

    def start() -> None:
        started, _pid = QProcess.startDetached(program, arguments, folder)
        if not started:
            log.error("Could not start %s again with %s", program, arguments)

    app.aboutToQuit.connect(start)
    app.quit()


def restart_app(window: QWidget) -> bool:
    """Close every window the way the user would (each saves what it holds), then start
    the app again. False, and nothing restarted, if the main window stays open."""
    program, arguments = restart_command()
    if not window.close():
        return False
    QApplication.closeAllWindows()
    log.info("Restarting: %s %s", program, " ".join(arguments))
    relaunch_after_quit(program, arguments)
    return True
