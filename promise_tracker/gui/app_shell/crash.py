"""Unexpected errors reach a dialog with copyable details and the log path, not a silent exit."""

from __future__ import annotations

import logging
import sqlite3
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger(__name__)


def format_details(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> str:
    from promise_tracker import __version__

    lines = traceback.format_exception(exc_type, exc, tb)
    return f"PROMISE tracker {__version__}\nPython {sys.version.split()[0]}\n\n" + "".join(lines)


def is_database_damage(exc: BaseException) -> bool:
    """Whether exc (or what caused it) is SQLite finding the database file damaged."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, sqlite3.DatabaseError):
            text = str(current).lower()
            if "malformed" in text or "not a database" in text:
                return True
        orig = getattr(current, "orig", None)  # SQLAlchemy's wrapper of a driver error
        current = (
            orig if isinstance(orig, BaseException) else (current.__cause__ or current.__context__)
        )
    return False


def crash_message(exc: BaseException, log_path: Path | None) -> str:
    """What the crash dialog says: never that the answers are safe when the file is damaged."""
    if is_database_damage(exc):
        if log_path is None:
            return QCoreApplication.translate(
                "CrashDialog",
                "PROMISE tracker found that its database file is damaged and cannot go on "
                "safely. Close PROMISE tracker: when it starts again it says which backup to "
                "restore.\n\nThe details below help to fix it.",
            )
        return QCoreApplication.translate(
            "CrashDialog",
            "PROMISE tracker found that its database file is damaged and cannot go on "
            "safely. Close PROMISE tracker: when it starts again it says which backup to "
            "restore.\n\nThe details below and the log file help to fix it:\n{path}",
        ).format(path=log_path)
    if log_path is None:
        return QCoreApplication.translate(
            "CrashDialog",
            "Something went wrong that PROMISE tracker did not expect. "
            "Your saved answers are safe.\n\nThe details below help to fix it.",
        )
    return QCoreApplication.translate(
        "CrashDialog",
        "Something went wrong that PROMISE tracker did not expect. "
        "Your saved answers are safe.\n\nThe details below and the "
        "log file help to fix it:\n{path}",
    ).format(path=log_path)


def install_crash_handler(log_path: Path | None) -> None:
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
            QCoreApplication.translate("CrashDialog", "Unexpected error"),
            crash_message(exc, log_path),
        )
        box.setObjectName("crashDialog")
        box.setDetailedText(details)
        box.setTextInteractionFlags(box.textInteractionFlags())
        box.exec()

    sys.excepthook = handle


def show_startup_error(message: str) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("CrashDialog", "Cannot open the data"),
        message,
    )
    box.setObjectName("startupErrorDialog")
    box.exec()
