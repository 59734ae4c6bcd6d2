"""Small helpers for the app's look shared by several widgets: its icon, scaled fonts."""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPixmap

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
