"""The round report's two charts (the radar and the bars) drawn as PNG images.

The report layer and the charts sit side by side and do not import each other; the window
and the command line hand this function to the report. It uses no Qt: matplotlib draws
with its Agg canvas, so it runs in a worker thread or without a display.

The figures are drawn at the size they are printed (the report places the radar about
82 mm wide and the bars about 95 mm), so their 8 pt texts print at 8 pt; their titles are
printed by the report above them, as text. The report's layout is fixed and known, so the
margins are set here once instead of by matplotlib's constrained layout, which measures
every text several times and made the charts cost about twice as much.
"""

from __future__ import annotations

import io
import struct
from collections.abc import Sequence
from typing import TYPE_CHECKING

from promise_tracker.reports.round_report import ChartImage, ChartRequest

if TYPE_CHECKING:
    from matplotlib.figure import Figure

DPI = 220  # about 200 dots per inch once the report fits both charts on the page width
FONT_SIZE = 8.0
MM = 1 / 25.4  # inches
RADAR_SIZE = (82 * MM, 90 * MM)
BARS_WIDTH = 95 * MM
# PNG compression: level 3 writes files about as small as the default (6) in half the time.
PNG_OPTIONS = {"compress_level": 3}


def report_charts(request: ChartRequest) -> Sequence[ChartImage]:
    """The radar of the round (and the compared round) and the bars of the round."""
    from promise_tracker.charts.bars import bars_figure
    from promise_tracker.charts.radar import radar_figure

    rounds = [request.current] + ([request.compared] if request.compared else [])
    translate = request.translate
    radar = radar_figure(
        request.pack,
        rounds,
        request.language,
        translate=translate,
        font_size=FONT_SIZE,
        title="",  # the report prints the title above the picture, as text
        figsize=RADAR_SIZE,
    )
    _radar_margins(radar)
    units = len(request.pack.assessed_units())
    bars = bars_figure(
        request.pack,
        request.current[1],
        request.language,
        translate=translate,
        font_size=FONT_SIZE,
        title="",
        figsize=(BARS_WIDTH, 0.8 + 0.2 * units),
    )
    _bars_margins(bars)
    return [
        _png(radar, translate("Score by standard (%)")),
        _png(bars, translate("Score and completeness by standard")),
    ]


def _radar_margins(figure: Figure) -> None:
    """Room for the legend below and the standards' numbers around the circle."""
    width, height = figure.get_size_inches()
    _place(figure, left=0.38 / width, right=0.38 / width, top=0.3 / height, bottom=0.5 / height)


def _bars_margins(figure: Figure) -> None:
    """Room for the longest standard's name on the left, the legend above and the axis
    numbers and their label below."""
    from matplotlib.font_manager import FontProperties
    from matplotlib.textpath import TextToPath

    axes = figure.axes[0]
    measure = TextToPath()
    longest = 0.0
    for label in axes.get_yticklabels():
        font = FontProperties(size=label.get_fontsize())
        width, _height, _descent = measure.get_text_width_height_descent(
            label.get_text(), font, ismath=False
        )
        longest = max(longest, width / 72)  # points to inches
    width, height = figure.get_size_inches()
    _place(
        figure,
        left=min(0.6, (longest + 0.12) / width),
        right=0.3 / width,
        top=0.3 / height,
        bottom=0.45 / height,
    )


def _place(figure: Figure, *, left: float, right: float, top: float, bottom: float) -> None:
    """Put the figure's one axes inside these margins (fractions of the figure) and switch
    the layout engine off, so saving draws the figure once."""
    figure.set_layout_engine("none")
    figure.axes[0].set_position((left, bottom, 1 - left - right, 1 - top - bottom))


def _png(figure: Figure, description: str) -> ChartImage:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=DPI, pil_kwargs=PNG_OPTIONS)
    data = buffer.getvalue()
    width, height = struct.unpack(">II", data[16:24])  # the PNG's header chunk (IHDR)
    return ChartImage(data, int(width), int(height), description)
