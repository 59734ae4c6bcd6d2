"""Contrast (WCAG 2.1 AA): text at least 4.5:1, chart marks at least 3:1.

Checked for the palette the app installs at startup, on Qt's own light palette (Fusion, as
the offscreen platform and many Linux desktops use), a dark desktop palette and a
high-contrast one: the subdued secondary text on the window and in empty fields, links, and
the selected row of lists and trees. Then the labels of the main window as drawn, and the chart
colours of promise_tracker.charts.colours.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from promise_tracker.gui.shared import look
from promise_tracker.gui.shared.look import contrast_ratio, readable_palette, set_secondary_text
from promise_tracker.gui.shared.settings import Settings
from promise_tracker.services.workspace import Workspace
from tests.gui.app_runs import undo_run_gui
from tests.gui.conftest import DRAFT_ROUND_ID

Role = QPalette.ColorRole
Group = QPalette.ColorGroup
TEXT = 4.5
MARKS = 3.0


def seen_ratio(front: QColor, back: QColor) -> float:
    """WCAG contrast of `front` as seen drawn on opaque `back` (alpha blended), computed
    here independently of the code under test."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    def luminance(rgb: tuple[float, float, float]) -> float:
        red, green, blue = (channel(v) for v in rgb)
        return 0.2126 * red + 0.7152 * green + 0.0722 * blue

    alpha = front.alphaF()
    mixed = tuple(
        alpha * f + (1 - alpha) * b
        for f, b in zip(
            (front.redF(), front.greenF(), front.blueF()),
            (back.redF(), back.greenF(), back.blueF()),
            strict=True,
        )
    )
    red, green, blue = mixed
    one, other = (
        luminance((red, green, blue)),
        luminance((back.redF(), back.greenF(), back.blueF())),
    )
    return (max(one, other) + 0.05) / (min(one, other) + 0.05)


def _palette(colours: dict[Role, str], placeholder_alpha: int = 128) -> QPalette:
    palette = QPalette()
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    # Themes commonly derive the placeholder from the text colour at half opacity.
    placeholder = QColor(colours[Role.Text])
    placeholder.setAlpha(placeholder_alpha)
    palette.setColor(Role.PlaceholderText, placeholder)
    return palette


def dark_palette() -> QPalette:
    """A dark desktop palette (KDE's Breeze Dark colours): light text on #31363B, its blue
    selection under light text only 2.3:1."""
    return _palette(
        {
            Role.Window: "#31363B",
            Role.WindowText: "#EFF0F1",
            Role.Base: "#232629",
            Role.AlternateBase: "#31363B",
            Role.Text: "#EFF0F1",
            Role.Button: "#31363B",
            Role.ButtonText: "#EFF0F1",
            Role.Highlight: "#3DAEE9",
            Role.HighlightedText: "#EFF0F1",
            Role.Link: "#2980B9",
            Role.LinkVisited: "#7F8C8D",
        }
    )


def high_contrast_palette() -> QPalette:
    """Windows' "High Contrast Black": white on black, the selection black on cyan."""
    return _palette(
        {
            Role.Window: "#000000",
            Role.WindowText: "#FFFFFF",
            Role.Base: "#000000",
            Role.AlternateBase: "#000000",
            Role.Text: "#FFFFFF",
            Role.Button: "#000000",
            Role.ButtonText: "#FFFFFF",
            Role.Highlight: "#1AEBFF",
            Role.HighlightedText: "#000000",
            Role.Link: "#FFFF00",
            Role.LinkVisited: "#FFFF00",
        }
    )


def _light_palette(qapp: QApplication) -> QPalette:
    return qapp.style().standardPalette()


PALETTES = {
    "light (Fusion)": _light_palette,
    "dark": lambda _app: dark_palette(),
    "high contrast": lambda _app: high_contrast_palette(),
}


def _problems(palette: QPalette) -> list[str]:
    found = []
    for group in (Group.Active, Group.Inactive):
        for front in (Role.PlaceholderText, Role.Link, Role.LinkVisited):
            for back in (Role.Window, Role.Base):
                ratio = seen_ratio(palette.color(group, front), palette.color(group, back))
                if ratio < TEXT:
                    found.append(f"{group.name}: {front.name} on {back.name} {ratio:.1f}:1")
        ratio = seen_ratio(
            palette.color(group, Role.HighlightedText), palette.color(group, Role.Highlight)
        )
        if ratio < TEXT:
            found.append(f"{group.name}: the selected row's text {ratio:.1f}:1")
    return found


def test_qt_palettes_fall_short_as_the_issue_measured(qapp: QApplication) -> None:
    """The starting point: Qt's placeholder is half-transparent black (3.9:1 on Fusion's
    window once blended), the selection white on #308CC6 (3.7:1)."""
    light = _light_palette(qapp)
    placeholder = light.color(Role.PlaceholderText)
    assert placeholder.alpha() < 255
    assert round(contrast_ratio(placeholder, light.color(Role.Window)), 1) == 3.9
    assert (
        round(contrast_ratio(light.color(Role.HighlightedText), light.color(Role.Highlight)), 1)
        == 3.7
    )
    assert _problems(dark_palette())  # the dark one falls short too


@pytest.mark.parametrize("which", list(PALETTES))
def test_the_readable_palette_reaches_4_5_to_1(qapp: QApplication, which: str) -> None:
    original = PALETTES[which](qapp)
    palette = readable_palette(original)
    assert _problems(palette) == []
    # Only what fell short is changed, and as little as possible: the selection keeps its
    # hue, the subdued text stays quieter than the normal text.
    for group in (Group.Active, Group.Inactive):
        before, after = original.color(group, Role.Highlight), palette.color(group, Role.Highlight)
        if contrast_ratio(original.color(group, Role.HighlightedText), before) >= TEXT:
            assert after.rgb() == before.rgb()
        elif before.hsvSaturation() > 40:
            assert abs(after.hsvHue() - before.hsvHue()) <= 3
        assert palette.color(group, Role.Text).rgb() == original.color(group, Role.Text).rgb()
        window = palette.color(group, Role.Window)
        assert (
            contrast_ratio(palette.color(group, Role.PlaceholderText), window)
            < (contrast_ratio(palette.color(group, Role.WindowText), window))
            or which == "high contrast"
        )


@pytest.fixture
def app_palette(qapp: QApplication) -> Iterator[None]:
    """The application palette as a test leaves it: put back afterwards."""
    saved = QPalette(qapp.palette())
    yield
    qapp.setPalette(saved)


@pytest.mark.parametrize("which", list(PALETTES))
def test_secondary_text_in_the_main_window_is_readable(
    qtbot,  # type: ignore[no-untyped-def]
    qapp: QApplication,
    app_palette: None,
    demo_workspace: Workspace,
    which: str,
) -> None:
    """Every visible label drawn in the subdued colour (set_secondary_text and the header's
    captions) reaches 4.5:1 on the window, with the palette the app installs at startup."""
    from promise_tracker.gui.app_shell.main_window import MainWindow

    qapp.setPalette(PALETTES[which](qapp))
    look.install_readable_palette(qapp)
    window = MainWindow(demo_workspace, settings=Settings(demo_workspace.paths.settings_file))
    qtbot.addWidget(window)
    window.show()
    draft = demo_workspace.assessment.round(DRAFT_ROUND_ID)
    window.select(draft.unit_id, draft.id)
    QApplication.processEvents()
    checked, low = _label_contrast(window)
    assert checked >= 3, "no subdued label found: the test would pass without looking"
    assert not low, "\n".join(low)


def test_the_palette_stays_readable_when_the_desktop_turns_dark(
    qtbot,  # type: ignore[no-untyped-def]
    qapp: QApplication,
    app_palette: None,
) -> None:
    """The desktop switches to its dark theme while the app runs: the colours the app made
    readable for the light theme are worked out again for the dark one."""
    from PySide6.QtCore import Qt

    qapp.setPalette(_light_palette(qapp))
    look.install_readable_palette(qapp)
    assert _problems(qapp.palette()) == []
    dark = QPalette(qapp.palette())  # the theme's dark colours; ours stay as they were
    for role, colour in (
        (Role.Window, "#31363B"),
        (Role.WindowText, "#EFF0F1"),
        (Role.Base, "#232629"),
        (Role.Text, "#EFF0F1"),
        (Role.HighlightedText, "#EFF0F1"),
    ):
        dark.setColor(role, QColor(colour))
    qapp.setPalette(dark)
    assert _problems(qapp.palette())  # the light theme's subdued grey on the dark window
    qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    qtbot.waitUntil(lambda: _problems(qapp.palette()) == [])


def _label_contrast(top: QWidget) -> tuple[int, list[str]]:
    checked, low = 0, []
    for label in top.findChildren(QLabel):
        if not label.isVisible() or not label.text():
            continue
        if label.foregroundRole() != Role.PlaceholderText:
            continue
        palette = label.palette()
        ratio = seen_ratio(palette.color(Role.PlaceholderText), palette.color(Role.Window))
        checked += 1
        if ratio < TEXT:
            low.append(f"{label.objectName() or label.text()[:30]!r}: {ratio:.1f}:1")
    return checked, low


def test_secondary_text_falls_back_to_the_text_colour_when_too_faint(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A widget with a palette of its own where the subdued colour is unreadable (here the
    half-transparent default on grey) is drawn in the normal text colour instead."""
    label = QLabel("BQS-2-01")
    qtbot.addWidget(label)
    palette = QPalette(label.palette())
    faint = QColor("black")
    faint.setAlpha(110)
    palette.setColor(Role.PlaceholderText, faint)
    palette.setColor(Role.Window, QColor("#EFEFEF"))
    label.setPalette(palette)
    set_secondary_text(label)
    assert label.foregroundRole() == Role.WindowText


@pytest.fixture
def run_gui_cleanup(qapp: QApplication, app_palette: None) -> Iterator[None]:
    """run_gui installs the interface language and leaves a window: undo both."""
    yield
    undo_run_gui(qapp)


@pytest.mark.usefixtures("run_gui_cleanup")
def test_the_app_installs_the_readable_palette_at_startup(
    qapp: QApplication,
    demo_template: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import shutil

    from promise_tracker import app as app_module
    from promise_tracker.paths import resolve_paths
    from tests.gui.test_startup import _ready_at_once

    qapp.setPalette(qapp.style().standardPalette())
    assert _problems(qapp.palette())
    data = tmp_path / "data"
    shutil.copytree(demo_template, data)
    _ready_at_once(monkeypatch)
    assert app_module.run_gui(resolve_paths(data)) == 0
    assert _problems(qapp.palette()) == []


def test_chart_colours_reach_3_to_1_on_white_and_between_rounds() -> None:
    """The chart colours (promise_tracker.charts.colours): every mark 3:1 on the white chart
    background, the compared round 3:1 against the selected one, each heat-map glyph 4.5:1
    on its cell."""
    from promise_tracker.charts import colours

    background = QColor(colours.BACKGROUND)
    marks = {
        "round": colours.ROUND_COLOUR,
        "compared round": colours.COMPARE_COLOUR,
        **{f"series {i + 1}": c for i, c in enumerate(colours.SERIES)},
        **{f"standard {i + 1}": c for i, c in enumerate(colours.STANDARD_COLOURS)},
        **{f"perspective {i + 1}": c for i, c in enumerate(colours.PERSPECTIVE_COLOURS)},
        "consensus": colours.CONSENSUS_COLOUR,
    }
    low = [
        f"{name} {colour}: {contrast_ratio(QColor(colour), background):.1f}:1"
        for name, colour in marks.items()
        if contrast_ratio(QColor(colour), background) < MARKS
    ]
    compared = contrast_ratio(QColor(colours.ROUND_COLOUR), QColor(colours.COMPARE_COLOUR))
    if compared < MARKS:
        low.append(f"compared round against the round: {compared:.1f}:1")
    for cell, glyph in zip(colours.STATUS_COLOURS, colours.GLYPH_COLOURS, strict=True):
        ratio = contrast_ratio(QColor(glyph), QColor(cell))
        if ratio < TEXT:
            low.append(f"heat-map glyph {glyph} on {cell}: {ratio:.1f}:1")
    assert not low, "\n".join(low)
