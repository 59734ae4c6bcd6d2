"""Window sizes that fit: never larger than the screen's free area (a 1024x600 laptop or
projector), and dialogs that grow when a message appears instead of squashing their fields."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSize, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QStyle, QWidget

# Below this width of the screen's free area, toolbars use narrower boxes.
SMALL_SCREEN_WIDTH = 1200


def small_screen(widget: QWidget | None = None) -> bool:
    """Whether the screen is narrow (a 1024x600 laptop or projector): toolbar boxes narrower,
    so that every toolbar item stays on it instead of behind its overflow button."""
    return available_area(widget).width() < SMALL_SCREEN_WIDTH


def available_area(widget: QWidget | None = None) -> QRect:
    """The free area (without panels and docks) of the screen `widget` is on, or of the
    primary screen."""
    screen = widget.screen() if widget is not None else None
    if screen is None:
        screen = QGuiApplication.primaryScreen()
    if screen is None:  # no screen at all (should not happen): a common small size
        return QRect(0, 0, 1024, 600)
    return screen.availableGeometry()


def _frame_extra(window: QWidget) -> QSize:
    """What the window manager's frame adds to the window's own size: measured once shown,
    before that a title bar's height as the style draws one (the frame is not known yet)."""
    if window.isVisible():
        frame, inner = window.frameGeometry(), window.geometry()
        if frame != inner:
            return QSize(
                max(0, frame.width() - inner.width()), max(0, frame.height() - inner.height())
            )
    if not window.isWindow():
        return QSize(0, 0)
    title = window.style().pixelMetric(QStyle.PixelMetric.PM_TitleBarHeight, None, window)
    return QSize(0, max(0, title))


def largest_size(window: QWidget) -> QSize:
    """The largest size `window` may have so that it, with its frame, fits the free area."""
    area = available_area(window)
    extra = _frame_extra(window)
    return QSize(area.width() - extra.width(), area.height() - extra.height())


class _FitWhenShown(QObject):
    """Fits a window again once it is shown, when its real frame is known, unless it was
    given another size meanwhile (that size was meant)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.size = window.size()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget):
            watched.removeEventFilter(self)
            if watched.size() == self.size:
                # The window manager adds the frame after the show event.
                QTimer.singleShot(0, watched, lambda: _fit(watched, None))
            self.deleteLater()
        return False


def fit_to_screen(window: QWidget, wanted: QSize | None = None) -> None:
    """Resize `window` to `wanted` (default: its current size), made smaller where the
    screen's free area is smaller, and move it back inside that area if it sticks out.

    Before the window is shown its frame is estimated; it is fitted again once shown."""
    _fit(window, wanted)
    if not window.isVisible() and window.isWindow():
        for earlier in window.findChildren(_FitWhenShown):
            window.removeEventFilter(earlier)
            earlier.deleteLater()
        window.installEventFilter(_FitWhenShown(window))


def _fit(window: QWidget, wanted: QSize | None) -> None:
    size = QSize(wanted) if wanted is not None else window.size()
    largest = largest_size(window)
    size = size.boundedTo(largest).expandedTo(QSize(1, 1))
    # A layout's minimum can be larger than a small screen: the window then keeps its
    # minimum (Qt would refuse a smaller size anyway) rather than clipping its fields.
    window.resize(size)
    if window.isVisible() or window.isWindow():
        area = available_area(window)
        frame = window.frameGeometry()
        x = min(max(frame.x(), area.left()), max(area.left(), area.right() + 1 - frame.width()))
        y = min(max(frame.y(), area.top()), max(area.top(), area.bottom() + 1 - frame.height()))
        if (x, y) != (frame.x(), frame.y()):
            window.move(x, y)


def grow_to_fit(window: QWidget) -> None:
    """Make `window` tall enough for what its layout now shows (a message that appeared,
    a wrapped path), at its current width, but never taller than the screen's free area;
    a window that then runs off the bottom of that area is moved up into it.

    A dialog does not grow by itself when a word-wrapped label appears: Qt squeezes the
    other fields instead. Call this right after showing the new content.
    """
    layout = window.layout()
    if layout is None:
        return
    # Showing a widget only posts a layout request; settle it now to measure.
    for widget in [window, *window.findChildren(QWidget)]:
        inner = widget.layout()
        if inner is not None and widget.isVisibleTo(window):
            inner.invalidate()
            inner.activate()
    needed = layout.totalHeightForWidth(window.width()) if layout.hasHeightForWidth() else -1
    if needed < 0:
        needed = layout.totalSizeHint().height()
    needed = max(needed, layout.totalMinimumSize().height())
    if needed <= window.height():
        return
    height = min(needed, largest_size(window).height())
    _fit(window, QSize(window.width(), max(height, window.height())))
