"""Every chart of the demo data renders to a real file; save_figure picks the format."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from promise_tracker.charts.bars import bars_figure
from promise_tracker.charts.export import save_figure
from promise_tracker.charts.heatmap import heatmap_figure
from promise_tracker.charts.perspectives import perspectives_figure
from promise_tracker.charts.radar import radar_figure
from promise_tracker.charts.trend import trend_figure
from promise_tracker.errors import ValidationError
from promise_tracker.services.results import UnitHistory
from promise_tracker.standards.model import Pack


def demo_figures(pack: Pack, history: UnitHistory) -> dict[str, Figure]:
    rounds = history.rounds
    return {
        "radar": radar_figure(pack, [(r.label, r.consensus) for r in reversed(rounds[:3])], "en"),
        "radar-titles": radar_figure(
            pack, [(r.label, r.consensus) for r in rounds], "sv", titles=True
        ),
        "bars": bars_figure(pack, rounds[-1].consensus, "en"),
        "trend": trend_figure(history, ["1.1", "6", "8"], "en"),
        "perspectives": perspectives_figure(pack, rounds[2].result, "sv"),
        "heatmap": heatmap_figure(pack, history, "en"),
    }


@pytest.mark.parametrize(
    "name", ["radar", "radar-titles", "bars", "trend", "perspectives", "heatmap"]
)
def test_demo_chart_renders_to_png(
    name: str, pack: Pack, history: UnitHistory, tmp_path: Path
) -> None:
    fig = demo_figures(pack, history)[name]
    assert fig.get_layout_engine() is not None  # labels are laid out, not clipped
    path = save_figure(fig, tmp_path / f"{name}.png")
    data = path.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    assert len(data) > 20_000
    # Not blank: the canvas holds many distinct colours.
    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    pixels = np.asarray(canvas.buffer_rgba())
    assert len(np.unique(pixels.reshape(-1, 4), axis=0)) > 50
    # Everything drawn (labels, legends, titles) stays inside the figure: nothing clipped.
    drawn = fig.get_tightbbox(canvas.get_renderer())  # in inches
    width, height = fig.get_size_inches()
    assert drawn.x0 >= -0.01
    assert drawn.y0 >= -0.01
    assert drawn.x1 <= width + 0.01
    assert drawn.y1 <= height + 0.01


@pytest.mark.parametrize(
    ("suffix", "magic"), [(".png", b"\x89PNG"), (".svg", b"<?xml"), (".PDF", b"%PDF")]
)
def test_format_follows_the_suffix(
    suffix: str, magic: bytes, pack: Pack, history: UnitHistory, tmp_path: Path
) -> None:
    fig = bars_figure(pack, history.rounds[0].consensus, "en")
    path = save_figure(fig, tmp_path / f"chart{suffix}")
    assert path.read_bytes().startswith(magic)


def test_unknown_suffix_is_refused(pack: Pack, history: UnitHistory, tmp_path: Path) -> None:
    fig = bars_figure(pack, history.rounds[0].consensus, "en")
    with pytest.raises(ValidationError, match=r"\.jpg"):
        save_figure(fig, tmp_path / "chart.jpg")
    assert list(tmp_path.iterdir()) == []
