"""Guards against known faults of the Qt binding that would crash the app in use."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    changed = Signal(str)


def test_emitting_signals_does_not_lose_references_to_true(qtbot) -> None:  # type: ignore[no-untyped-def]
    # PySide6 6.12.0 dropped a reference to True on each emit; on Python 3.11, where True is
    # not immortal, an app that emits a few thousand signals then dies with "deallocating
    # True". The pinned version must not do that.
    emitter = _Emitter()
    received: list[str] = []
    emitter.changed.connect(received.append)
    before = sys.getrefcount(True)
    for _ in range(500):
        emitter.changed.emit("x")
    assert len(received) == 500
    assert sys.getrefcount(True) >= before
