"""What the window says at startup about the data folder: opened read-only, or a drive that is
nearly full. Both are shown over the window without holding up the start."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def show_read_only_notice(window: QWidget, problem: str) -> QMessageBox:
    """Say why the data cannot be changed, that it is shown read-only, and what to do."""
    text = QCoreApplication.translate(
        "StartupNotice",
        "{problem}\n\nYour data is shown read-only: you can look at it and export it, but "
        "PROMISE tracker refuses every change until it can save in that folder.",
    ).format(problem=problem)
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("StartupNotice", "Opened read-only"),
        text,
        QMessageBox.StandardButton.Ok,
        window,
    )
    box.setObjectName("readOnlyNotice")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()  # modal to the window, without waiting: the data loads behind it
    return box


def show_low_space_notice(window: QWidget, message: str) -> QMessageBox:
    """Warn that the drive is nearly full, once per start, without blocking the window."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("StartupNotice", "The drive is nearly full"),
        message,
        QMessageBox.StandardButton.Ok,
        window,
    )
    box.setObjectName("lowDiskSpaceNotice")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.show()
    return box
