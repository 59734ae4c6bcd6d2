"""Work that takes a while, run off the GUI thread behind a busy indicator."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEventLoop, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

T = TypeVar("T")


class _Done(QObject):
    finished = Signal()


def run_with_progress(parent: QWidget, label: str, work: Callable[[], T]) -> T:
    """Run `work` on a worker thread while a busy indicator keeps the window responsive.

    `work` must not touch widgets. Its exception, if any, is raised here.
    """
    outcome: dict[str, object] = {}
    done = _Done()
    loop = QEventLoop()
    done.finished.connect(loop.quit, Qt.ConnectionType.QueuedConnection)

    def target() -> None:
        try:
            outcome["value"] = work()
        except BaseException as error:  # handed to the GUI thread, raised there
            outcome["error"] = error
        done.finished.emit()

    progress = QProgressDialog(label, "", 0, 0, parent)
    progress.setObjectName("trainingProgress")
    progress.setCancelButton(None)  # a rebuild cannot stop half-way
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)
    thread = threading.Thread(target=target, name="training-work", daemon=True)
    thread.start()
    loop.exec()  # ends when the worker's queued signal arrives, even if it came first
    thread.join()
    progress.close()
    progress.deleteLater()
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["value"]  # type: ignore[return-value]
