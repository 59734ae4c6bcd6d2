"""Chart marks keep WCAG 1.4.11 contrast: 3:1 on the white background, and against each
other where two marks must be told apart; the heat map's glyphs 4.5:1 on their cells.

The colours are read from the figures as drawn, so a builder that stops using the palette
in charts.colours fails here too.
"""

from __future__ import annotations

import itertools

import pytest
from matplotlib.colors import to_hex

from promise_tracker.charts.bars import COMPLETENESS_GID, SCORE_GID, bars_figure
from promise_tracker.charts.colours import (
    BACKGROUND,
    COMPARE_COLOUR,
    GLYPH_COLOURS,
    RADAR_FILL_ALPHA,
    ROUND_COLOUR,
    SERIES,
    STANDARD_COLOURS,
    STATUS_COLOURS,
    blend,
    contrast_ratio,
)
from promise_tracker.charts.heatmap import GLYPH_GID, heatmap_figure
from promise_tracker.charts.perspectives import perspectives_figure
from promise_tracker.charts.radar import radar_figure
from promise_tracker.services.results import UnitHistory
from promise_tracker.standards.model import Pack

MARKS = 3.0  # WCAG 1.4.11, graphical objects
TEXT = 4.5  # WCAG 1.4.3, normal text


def test_the_ratio_is_wcags() -> None:
    assert contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast_ratio("#FFFFFF", "#FFFFFF") == pytest.approx(1.0)
    assert contrast_ratio("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio("#0072B2", "#FFFFFF") == contrast_ratio("#FFFFFF", "#0072B2")
    assert blend("#000000", 0.5) in ("#7F7F7F", "#808080")


def test_radar_round_and_comparison_lines(pack: Pack, history: UnitHistory) -> None:
    fig = radar_figure(
        pack, [("2023", history.rounds[2].consensus), ("2021", history.rounds[1].consensus)], "en"
    )
    ax = fig.axes[0]
    main, compared = (to_hex(line.get_color()).upper() for line in ax.get_lines())
    assert (main, compared) == (ROUND_COLOUR, COMPARE_COLOUR)
    fill = blend(main, RADAR_FILL_ALPHA)
    (polygon,) = ax.patches[-1:]  # the selected round's fill
    assert polygon.get_alpha() == RADAR_FILL_ALPHA
    assert contrast_ratio(main, BACKGROUND) >= MARKS
    assert contrast_ratio(compared, BACKGROUND) >= MARKS
    assert contrast_ratio(compared, fill) >= MARKS  # where it crosses the filled area
    assert contrast_ratio(main, fill) >= MARKS
    assert contrast_ratio(main, compared) >= MARKS  # told apart from each other


def test_every_line_colour_on_white() -> None:
    for colour in SERIES:
        assert contrast_ratio(colour, BACKGROUND) >= MARKS, colour


def test_score_and_completeness_bars(pack: Pack, history: UnitHistory) -> None:
    fig = bars_figure(pack, history.rounds[-1].consensus, "en")
    ax = fig.axes[0]
    for patch in ax.patches:
        if patch.get_gid() == SCORE_GID:
            colour = to_hex(patch.get_facecolor()).upper()
        elif patch.get_gid() == COMPLETENESS_GID:
            assert patch.get_facecolor()[3] == 0  # white inside: the score bar sits on white
            colour = to_hex(patch.get_edgecolor()).upper()
        else:
            continue
        assert contrast_ratio(colour, BACKGROUND) >= MARKS, colour
    for colour in STANDARD_COLOURS:
        assert contrast_ratio(colour, BACKGROUND) >= MARKS, colour


def test_perspective_bars(pack: Pack, history: UnitHistory) -> None:
    fig = perspectives_figure(pack, history.rounds[2].result, "en")
    ax = fig.axes[0]
    colours = {p.get_gid(): to_hex(p.get_facecolor()).upper() for p in ax.patches}
    assert len(colours) == 4
    for colour in colours.values():
        assert contrast_ratio(colour, BACKGROUND) >= MARKS, colour
    # Neighbouring bars differ in pattern, or else by 3:1 (the black consensus bar).
    hatches = {p.get_gid(): p.get_hatch() or "" for p in ax.patches}
    order = list(colours)
    for left, right in itertools.pairwise(order):
        assert (
            hatches[left] != hatches[right]
            or contrast_ratio(colours[left], colours[right]) >= MARKS
        ), (left, right)


def test_heat_map_statuses_are_not_told_by_colour_alone(pack: Pack, history: UnitHistory) -> None:
    # met / not met / partly met cells on white
    for code in (2, 3, 4):
        assert contrast_ratio(STATUS_COLOURS[code], BACKGROUND) >= MARKS, code
    # every glyph readable on its cell
    for cell, glyph in zip(STATUS_COLOURS, GLYPH_COLOURS, strict=True):
        assert contrast_ratio(cell, glyph) >= TEXT, (cell, glyph)
    fig = heatmap_figure(pack, history, "en")
    glyphs = {t.get_text() for t in fig.axes[0].texts if t.get_gid() == GLYPH_GID}
    assert {"✓", "✗"} <= glyphs
