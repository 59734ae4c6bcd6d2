"""The interface in Swedish for one test, from the app's compiled catalogue (.qm): Qt's
translators and the core layers' translate() both, then back to English."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QLocale

from promise_tracker import i18n
from promise_tracker.gui.shared import translation


@contextmanager
def swedish_interface() -> Iterator[None]:
    app = QCoreApplication.instance()
    assert app is not None, "needs pytest-qt's qapp"
    translators = translation.load_translators("sv")
    for translator in translators:
        app.installTranslator(translator)
    i18n.install(translation._qt_translate, "sv")
    QLocale.setDefault(translation.locale_for("sv"))
    try:
        yield
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        i18n.reset()
        QLocale.setDefault(QLocale.c())
