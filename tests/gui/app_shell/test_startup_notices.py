"""The notices at startup are read out by a screen reader when they appear."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from promise_tracker.gui.app_shell.startup_notices import (
    show_low_space_notice,
    show_pack_problems_notice,
    show_read_only_notice,
)
from promise_tracker.gui.shared.accessibility import announcer


def window(qtbot) -> QWidget:  # type: ignore[no-untyped-def]
    widget = QWidget()
    widget.setWindowTitle("PROMISE tracker")
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_the_read_only_notice_is_read_out(qtbot) -> None:  # type: ignore[no-untyped-def]
    parent = window(qtbot)
    with qtbot.waitSignal(announcer().announced) as said:
        box = show_read_only_notice(parent, "The data folder cannot be written to.")
    assert said.args[0].startswith("Opened read-only. The data folder cannot be written to.")
    assert "refuses every change" in said.args[0]
    box.close()


def test_the_low_space_notice_is_read_out(qtbot) -> None:  # type: ignore[no-untyped-def]
    parent = window(qtbot)
    with qtbot.waitSignal(announcer().announced) as said:
        box = show_low_space_notice(parent, "Only 20 MB are free on the drive of your data.")
    assert said.args == ["The drive is nearly full. Only 20 MB are free on the drive of your data."]
    box.close()


def test_the_pack_problems_notice_is_read_out(qtbot) -> None:  # type: ignore[no-untyped-def]
    parent = window(qtbot)
    with qtbot.waitSignal(announcer().announced) as said:
        box = show_pack_problems_notice(parent, ["broken.yaml: line 3: not valid YAML"])
    assert said.args[0].startswith("Some standards packs were not loaded. ")
    assert "broken.yaml: line 3: not valid YAML" in said.args[0]
    box.close()
