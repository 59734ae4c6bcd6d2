"""Small helpers for the app's look shared by several widgets: its icon, scaled fonts."""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette, QPixmap
from PySide6.QtWidgets import QWidget

_ICON_RESOURCE = "icons/promise-tracker-128.png"


def scaled_font(font: QFont, factor: float, bold: bool = False) -> QFont:
    """`font` made `factor` times larger (works for point- and pixel-sized fonts)."""
    scaled = QFont(font)
    if font.pointSizeF() > 0:
        scaled.setPointSizeF(font.pointSizeF() * factor)
    elif font.pixelSize() > 0:
        scaled.setPixelSize(round(font.pixelSize() * factor))
    scaled.setBold(bold)
    return scaled


def app_icon(size: int) -> QPixmap | None:
    """The app's icon at `size` pixels, or None if the resource is missing."""
    try:
        data = resources.files("promise_tracker.resources").joinpath(_ICON_RESOURCE).read_bytes()
    except (FileNotFoundError, ModuleNotFoundError):
        return None
    pixmap = QPixmap()
    if not pixmap.loadFromData(data):
        return None
    return pixmap.scaled(
        size,
        size,
        Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast_ratio(one: QColor, other: QColor) -> float:
    """WCAG contrast ratio of two colours, 1 (none) to 21 (black on white)."""
    light, dark = sorted((_luminance(one), _luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def set_secondary_text(widget: QWidget) -> None:
    """Draw `widget`'s text in the theme's subdued colour, unless that would be hard to read.

    Some high-contrast themes leave the placeholder colour close to the background; then the
    normal text colour is used, since being readable matters more than looking quiet.
    """
    palette = widget.palette()
    subdued = palette.color(QPalette.ColorRole.PlaceholderText)
    background = palette.color(QPalette.ColorRole.Window)
    readable = contrast_ratio(subdued, background) >= 4.5
    role = QPalette.ColorRole.PlaceholderText if readable else QPalette.ColorRole.WindowText
    widget.setForegroundRole(role)
