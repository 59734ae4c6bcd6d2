"""Small helpers for the app's look shared by several widgets: its icon, scaled fonts, and
colours readable by everyone (the palette's subdued text and selection, WCAG contrast)."""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette, QPixmap
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


# WCAG 2.1 AA (1.4.3): text at least 4.5:1 against what it is drawn on.
MINIMUM_TEXT_CONTRAST = 4.5
# The colour groups a user reads (a disabled control is exempt from the contrast rule).
_READ_GROUPS = (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive)


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def over(colour: QColor, background: QColor) -> QColor:
    """The opaque colour seen where `colour` (perhaps see-through) is drawn on `background`."""
    alpha = colour.alphaF()
    if alpha >= 1.0:
        return QColor(colour.red(), colour.green(), colour.blue())
    return mix(background, colour, alpha)


def mix(one: QColor, other: QColor, share: float) -> QColor:
    """`one` moved `share` (0 to 1) of the way to `other`, opaque."""
    return QColor.fromRgbF(
        one.redF() + (other.redF() - one.redF()) * share,
        one.greenF() + (other.greenF() - one.greenF()) * share,
        one.blueF() + (other.blueF() - one.blueF()) * share,
    )


def contrast_ratio(one: QColor, other: QColor) -> float:
    """WCAG contrast ratio of two colours, 1 (none) to 21 (black on white).

    `one` is taken as drawn on `other`: a see-through colour (Qt's placeholder text is black
    at half opacity) counts as the colour it makes there.
    """
    one = over(one, over(other, QColor("white")))
    light, dark = sorted((_luminance(one), _luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def readable_on(
    colour: QColor, backgrounds: list[QColor], towards: QColor, minimum: float
) -> QColor:
    """`colour` as little changed as possible (moved towards `towards`) so that it reaches
    `minimum` contrast on every one of `backgrounds`; `towards` itself if nothing less does."""
    start = over(colour, backgrounds[0])
    for step in range(0, 41):
        candidate = mix(start, towards, step / 40)
        if all(contrast_ratio(candidate, back) >= minimum for back in backgrounds):
            return candidate
    return over(towards, backgrounds[0])


def readable_palette(palette: QPalette) -> QPalette:
    """`palette` with the colours the app relies on made readable (4.5:1), in the light and
    dark palettes of any desktop theme:

    - the subdued text colour (PlaceholderText: secondary text and the hints in empty
      fields), on both the window and the fields' background: Qt's is black at half
      opacity, 3.9:1 on Fusion's grey window;
    - links ("About the wording…"), on the window and in fields: a dark theme's blue link
      can be 3:1 on its grey;
    - the selected row (HighlightedText on Highlight): Fusion's white on #308CC6 is 3.7:1.
      The highlight is darkened (or, under dark text, lightened), its hue kept.
    """
    result = QPalette(palette)
    role = QPalette.ColorRole
    for group in _READ_GROUPS:
        window = palette.color(group, role.Window)
        base = palette.color(group, role.Base)
        text = palette.color(group, role.Text)
        subdued = readable_on(
            palette.color(group, role.PlaceholderText),
            [window, base],
            text,
            MINIMUM_TEXT_CONTRAST,
        )
        result.setColor(group, role.PlaceholderText, subdued)
        for link in (role.Link, role.LinkVisited):
            readable_link = readable_on(
                palette.color(group, link), [window, base], text, MINIMUM_TEXT_CONTRAST
            )
            result.setColor(group, link, readable_link)
        selected_text = palette.color(group, role.HighlightedText)
        away = QColor("black") if _luminance(selected_text) > 0.18 else QColor("white")
        highlight = readable_on(
            palette.color(group, role.Highlight), [selected_text], away, MINIMUM_TEXT_CONTRAST
        )
        result.setColor(group, role.Highlight, highlight)
    return result


def install_readable_palette(app: QCoreApplication) -> None:
    """Make the application's palette readable now and after the desktop switches between
    light and dark (called once, right after the application is created)."""
    if not isinstance(app, QGuiApplication):
        return  # no windows, nothing drawn

    def apply() -> None:
        app.setPalette(readable_palette(app.palette()))

    apply()
    # After the switch Qt has the theme's new palette in place once the event loop turns
    # (the signal may come first); the colours we set are then worked out again from it.
    app.styleHints().colorSchemeChanged.connect(lambda _scheme: QTimer.singleShot(0, apply))


def set_secondary_text(widget: QWidget) -> None:
    """Draw `widget`'s text in the theme's subdued colour, unless that would be hard to read.

    The application's palette makes the subdued colour readable (install_readable_palette);
    where a widget's palette leaves it close to the background (a high-contrast theme, a
    palette of its own) the normal text colour is used, since being readable matters more
    than looking quiet.
    """
    palette = widget.palette()
    subdued = palette.color(QPalette.ColorRole.PlaceholderText)
    background = palette.color(QPalette.ColorRole.Window)
    readable = contrast_ratio(subdued, background) >= MINIMUM_TEXT_CONTRAST
    role = QPalette.ColorRole.PlaceholderText if readable else QPalette.ColorRole.WindowText
    widget.setForegroundRole(role)
