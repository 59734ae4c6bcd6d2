"""What a test that ran the whole app in this process (app.run_gui) must undo afterwards."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication


def undo_run_gui(qapp: QApplication) -> None:
    """Take away the interface language run_gui installed (later tests expect the untranslated
    texts), close the window it left, and clear the quit it queued after its loop ended
    (otherwise later dialogs' exec() would return at once): one short loop of the app's own
    clears it, since QCoreApplication.exec resets the flag."""
    from promise_tracker import i18n
    from promise_tracker.gui.app_shell.main_window import MainWindow
    from promise_tracker.gui.shared import translation

    installed = translation._keep.pop(id(qapp), None)
    for translator in installed.translators if installed is not None else ():
        qapp.removeTranslator(translator)
    i18n.reset()
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow) and widget.isVisible():
            widget.close()
    QTimer.singleShot(0, qapp.quit)
    qapp.exec()
