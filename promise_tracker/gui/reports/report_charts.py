"""The round report's two charts (the radar and the bars) drawn as PNG images.

The report layer and the charts sit side by side and do not import each other; the window
and the command line hand this function to the report. It uses no Qt: matplotlib draws
with its Agg canvas, so it runs in a worker thread or without a display.
"""

from __future__ import annotations

import io
import struct
from collections.abc import Sequence
from typing import TYPE_CHECKING

from promise_tracker.reports.round_report import ChartImage, ChartRequest

if TYPE_CHECKING:
    from matplotlib.figure import Figure

DPI = 150
FONT_SIZE = 10.0


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
        figsize=(5.4, 5.6),
    )
    units = len(request.pack.assessed_units())
    bars = bars_figure(
        request.pack,
        request.current[1],
        request.language,
        translate=translate,
        font_size=FONT_SIZE,
        figsize=(6.4, 1.6 + 0.36 * units),
    )
    return [
        _png(radar, translate("Score by standard (%)")),
        _png(bars, translate("Score and completeness by standard")),
    ]


def _png(figure: Figure, description: str) -> ChartImage:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=DPI)
    data = buffer.getvalue()
    width, height = struct.unpack(">II", data[16:24])  # the PNG's header chunk (IHDR)
    return ChartImage(data, int(width), int(height), description)
