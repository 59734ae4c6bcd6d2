"""Composition root: builds paths, logging, packs, database and services, then the window."""

from __future__ import annotations

import logging
import signal
import sys

from promise_tracker.paths import AppPaths

log = logging.getLogger(__name__)


def run_gui(paths: AppPaths) -> int:
    """Open the main window on the data folder in `paths`; returns the exit code."""
    from PySide6.QtWidgets import QApplication

    from promise_tracker import APP_NAME, __version__
    from promise_tracker.gui.crash import install_crash_handler, show_startup_error
    from promise_tracker.gui.main_window import MainWindow
    from promise_tracker.logging_setup import setup_logging

    paths.ensure()
    log_path = setup_logging(paths.log_dir)
    log.info("Starting %s %s with data in %s", APP_NAME, __version__, paths.data_dir)

    # Ctrl+C in the terminal ends the app (Qt's event loop would otherwise swallow it).
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    install_crash_handler(log_path)

    from promise_tracker.errors import PromiseTrackerError
    from promise_tracker.services.workspace import open_workspace

    try:
        workspace = open_workspace(paths)
    except PromiseTrackerError as error:
        # An expected problem (a newer or damaged database, ...): say what it is and stop
        # before anything can be written.
        log.error("Could not open the data folder: %s", error)
        show_startup_error(str(error))
        return 1
    window = MainWindow(workspace)
    window.show()
    try:
        return app.exec()
    finally:
        workspace.close()
