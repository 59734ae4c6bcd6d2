"""Every colour the charts draw with, chosen for contrast (WCAG 2.1, 1.4.11: 3:1 for marks).

Charts are drawn on white (#FFFFFF). Ratios below are WCAG contrast ratios, computed by
`contrast_ratio` (the formula of gui.shared.look.contrast_ratio) and checked by
tests/unit/charts/test_colours.py, which fails when one drops below what is said here.

Radar: the selected round is navy #0B2E59 (13.5:1 on white), filled with 10 % of itself
(#E7EAEE); the compared round is burnt orange #CC5500: 4.3:1 on white, 3.6:1 on the fill and
3.1:1 against the navy line. The two lines also differ in style (solid / dashed) and marker
(circle / square), so a round is never told by colour alone.

Further series (more rounds in a report, standards in the trend): every colour of SERIES is at
least 3:1 on white; beyond the first two they are told apart by line style and marker.

Bars: each standard's score bar is solid in its STANDARD_COLOURS colour (4.1:1 to 12.2:1 on
white); completeness is the outline of a wider bar in the same colour, white inside, so the
score bar is always seen against white (the same 4.1:1 or more), never against a tint.

Perspectives: management #0072B2 (5.2:1), professionals #B34700 (5.5:1), clients #00795A
(5.4:1), the consensus black (21:1); the perspectives are also hatched differently, so
neighbouring bars are told apart by pattern, not only by colour.

Heat map: met, not met and partly met are told by a glyph in each cell (✓, ✗, ◐; ? for
unanswered, – for not applicable), in a colour at least 4.5:1 on the cell (met: white on
#0072B2, 5.2:1; not met: white on #B34700, 5.5:1; partly met: black on #B87800, 5.7:1; N/A:
black on #B9DDF1, 14.7:1; unanswered: #333333 on #E8E8E8, 10.3:1). The judged cells are at
least 3:1 on white (met 5.2:1, not met 5.5:1, partly met 3.7:1).
"""

from __future__ import annotations

BACKGROUND = "#FFFFFF"
BLACK = "#000000"
WHITE = "#FFFFFF"
# Grid lines and axis furniture: not needed to read a value, so not held to 3:1.
GRID = "#DDDDDD"
# Legend swatches that stand for "a score bar" whatever the standard: 4.0:1 on white.
NEUTRAL = "#7F7F7F"

# Radar and lines over rounds.
ROUND_COLOUR = "#0B2E59"  # navy
COMPARE_COLOUR = "#CC5500"  # burnt orange
RADAR_FILL_ALPHA = 0.10
SERIES: tuple[str, ...] = (
    ROUND_COLOUR,
    COMPARE_COLOUR,
    "#00795A",  # bluish green, 5.4:1
    "#AA4499",  # purple, 5.3:1
    "#0072B2",  # blue, 5.2:1
    "#555555",  # dark grey, 7.5:1
)
# Markers and line styles that tell series apart without colour.
MARKERS: tuple[str, ...] = ("o", "s", "^", "D", "v", "P")
LINE_STYLES: tuple[str, ...] = ("-", "--", ":", "-.")

# One colour per top-level standard: Paul Tol's "muted" scheme, the light ones darkened to
# reach 3:1 on white, and a dark grey for the tenth.
STANDARD_COLOURS: tuple[str, ...] = (
    "#332288",  # indigo, 12.2:1
    "#2B7BA8",  # cyan, darkened: 4.7:1
    "#2E8B7A",  # teal, darkened: 4.1:1
    "#117733",  # green, 5.7:1
    "#808020",  # olive, darkened: 4.2:1
    "#9C6B1F",  # sand, darkened: 4.6:1
    "#CC6677",  # rose, 3.7:1
    "#882255",  # wine, 8.7:1
    "#AA4499",  # purple, 5.3:1
    "#555555",  # dark grey, 7.5:1
)

# Perspectives, in pack order, then the consensus.
PERSPECTIVE_COLOURS: tuple[str, ...] = ("#0072B2", "#B34700", "#00795A")
PERSPECTIVE_HATCHES: tuple[str, ...] = ("", "///", "...")
CONSENSUS_COLOUR = BLACK

# Heat map, by status code (0 unanswered, 1 N/A, 2 not met, 3 partly met, 4 met): the cell,
# the glyph written in it and the glyph's colour.
STATUS_COLOURS: tuple[str, ...] = ("#E8E8E8", "#B9DDF1", "#B34700", "#B87800", "#0072B2")
STATUS_GLYPHS: tuple[str, ...] = ("?", "–", "✗", "◐", "✓")
GLYPH_COLOURS: tuple[str, ...] = ("#333333", BLACK, WHITE, BLACK, WHITE)
# Hatching over a cell answered under an earlier version in which the criterion meant
# something else: 12.6:1 on white.
CHANGED_COLOUR = "#333333"


def _channel(value: float) -> float:
    return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4


def _rgb(colour: str) -> tuple[float, float, float]:
    text = colour.lstrip("#")
    red, green, blue = (int(text[i : i + 2], 16) / 255 for i in (0, 2, 4))
    return red, green, blue


def luminance(colour: str) -> float:
    """WCAG relative luminance of a "#RRGGBB" colour."""
    red, green, blue = _rgb(colour)
    return 0.2126 * _channel(red) + 0.7152 * _channel(green) + 0.0722 * _channel(blue)


def contrast_ratio(one: str, other: str) -> float:
    """WCAG contrast ratio of two "#RRGGBB" colours, 1 (none) to 21 (black on white)."""
    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def blend(colour: str, alpha: float, background: str = BACKGROUND) -> str:
    """The colour seen where `colour` is drawn with `alpha` over `background`."""
    front, back = _rgb(colour), _rgb(background)
    mixed = (round((alpha * f + (1 - alpha) * b) * 255) for f, b in zip(front, back, strict=True))
    return "#" + "".join(f"{value:02X}" for value in mixed)
