"""Unexpected errors reach a dialog with copyable details and the log path, not a silent exit."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("CrashDialog", text)


def format_details(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> str:
    from promise_tracker import __version__

    lines = traceback.format_exception(exc_type, exc, tb)
    return f"PROMISE tracker {__version__}\nPython {sys.version.split()[0]}\n\n" + "".join(lines)


def install_crash_handler(log_path: Path) -> None:
    """Route uncaught exceptions (also those raised inside Qt slots) to a dialog."""

    def handle(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        details = format_details(exc_type, exc, tb)
        log.critical("Unexpected error\n%s", details)
        if QApplication.instance() is None:
            sys.__excepthook__(exc_type, exc, tb)
            return
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            _tr("Unexpected error"),
            _tr(
                "Something went wrong that PROMISE tracker did not expect. "
                "Your saved answers are safe.\n\nThe details below and the "
                "log file help to fix it:\n{path}"
            ).format(path=log_path),
        )
        box.setObjectName("crashDialog")
        box.setDetailedText(details)
        box.setTextInteractionFlags(box.textInteractionFlags())
        box.exec()

    sys.excepthook = handle


def show_startup_error(message: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, _tr("Cannot open the data"), message)
    box.setObjectName("startupErrorDialog")
    box.exec()
