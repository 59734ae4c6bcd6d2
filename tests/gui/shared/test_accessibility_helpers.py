"""The shared helpers for screen readers and dates that every view uses."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLabel

from promise_tracker.gui.shared.accessibility import announce, announcer, content_label, describe
from promise_tracker.gui.shared.forms import format_date


def test_an_announcement_is_made_once_with_its_text(qtbot) -> None:  # type: ignore[no-untyped-def]
    label = QLabel("x")
    qtbot.addWidget(label)
    heard: list[str] = []
    announcer().announced.connect(heard.append)
    try:
        announce(label, "  Answer: Yes  ")
        announce(label, "   ")  # nothing to say: nothing said
    finally:
        announcer().announced.disconnect(heard.append)
    assert heard == ["Answer: Yes"]


def test_a_content_label_exposes_its_text_and_keeps_the_caption_as_description(qtbot) -> None:  # type: ignore[no-untyped-def]
    label = QLabel("78 %")
    qtbot.addWidget(label)
    label.setAccessibleName("Overall score")
    content_label(label, "Overall score")
    assert label.accessibleName() == ""
    assert label.accessibleDescription() == "Overall score"
    from PySide6.QtGui import QAccessible

    iface = QAccessible.queryAccessibleInterface(label)
    assert iface.text(QAccessible.Text.Name) == "78 %"
    describe(label, "A warning")
    assert iface.text(QAccessible.Text.Description) == "A warning"


@pytest.mark.parametrize(
    ("locale", "shown"),
    [("sv_SE", "2027-06-01"), ("en_GB", "01/06/2027"), ("en_US", "6/1/2027")],
)
def test_dates_are_shown_as_the_date_fields_read_them(locale: str, shown: str) -> None:
    assert format_date(date(2027, 6, 1), QLocale(locale)) == shown
