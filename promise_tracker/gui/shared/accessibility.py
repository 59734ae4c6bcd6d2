"""What a screen reader is told beyond a widget's name: announcements of changes it cannot
see (an answer given by shortcut, a move to the next criterion, a warning appearing) and
descriptions that carry a caption or a warning next to the visible text."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent
from PySide6.QtWidgets import QLabel, QWidget


class _Announcer(QObject):
    """Emits every announcement the app makes, so tests (and a log) can follow them."""

    announced = Signal(str)


_ANNOUNCER: _Announcer | None = None


def announcer() -> _Announcer:
    """The app-wide announcer; `announced(text)` fires for each announcement."""
    global _ANNOUNCER
    if _ANNOUNCER is None:
        _ANNOUNCER = _Announcer()
    return _ANNOUNCER


def announce(widget: QObject, message: str, assertive: bool = False) -> None:
    """Have a screen reader say `message` (about `widget`) without moving the focus.

    Polite by default: read after what is being said now; `assertive` interrupts (for
    warnings the user must hear before typing on).
    """
    message = message.strip()
    if not message:
        return
    event = QAccessibleAnnouncementEvent(widget, message)
    if assertive:
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)
    announcer().announced.emit(message)


def describe(widget: QWidget, description: str) -> None:
    """Set `widget`'s accessible description (a warning or caption read after its name) and
    tell a screen reader that it changed."""
    if widget.accessibleDescription() == description:
        return
    widget.setAccessibleDescription(description)
    event = QAccessibleEvent(widget, QAccessible.Event.DescriptionChanged)
    QAccessible.updateAccessibility(event)


def content_label(label: QLabel, caption: str) -> None:
    """A label that shows content ("78 %", a statement): its visible text stays its accessible
    name (Qt's default for labels) and `caption` ("Overall score") becomes the description."""
    label.setAccessibleName("")
    label.setAccessibleDescription(caption)
