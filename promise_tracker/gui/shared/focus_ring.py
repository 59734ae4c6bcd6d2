"""A focus ring that stays visible on buttons whose own look hides it: a default button
(Fusion draws a focused default button exactly like an unfocused one) and buttons with a
style sheet of their own (a style sheet drops the style's focus frame)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QAbstractButton

RING_WIDTH = 2


class _FocusRing(QObject):
    """Paints the button as usual, then a ring in the highlight colour while it has the
    keyboard focus (Qt repaints a button when it gains or loses the focus)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Paint
            and isinstance(watched, QAbstractButton)
            and isinstance(event, QPaintEvent)
            and watched.hasFocus()
        ):
            type(watched).paintEvent(watched, event)  # the button's own look first
            painter = QPainter(watched)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            colour = watched.palette().color(QPalette.ColorRole.Highlight)
            painter.setPen(QPen(colour, RING_WIDTH))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            half = RING_WIDTH / 2
            painter.drawRoundedRect(QRectF(watched.rect()).adjusted(half, half, -half, -half), 3, 3)
            # And the classic dotted rectangle inside, in the text colour: visible even where
            # the ring's colour is close to the button's border (a default button).
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            painter.setPen(
                QPen(watched.palette().color(QPalette.ColorRole.ButtonText), 1, Qt.PenStyle.DotLine)
            )
            inset = RING_WIDTH + 2
            painter.drawRect(watched.rect().adjusted(inset, inset, -inset - 1, -inset - 1))
            painter.end()
            return True
        return False


_RING: _FocusRing | None = None


def show_focus(button: QAbstractButton) -> None:
    """Make `button` show clearly when it has the keyboard focus."""
    global _RING
    if _RING is None:
        _RING = _FocusRing(QCoreApplication.instance())
    button.installEventFilter(_RING)
