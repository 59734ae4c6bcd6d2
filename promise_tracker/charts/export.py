"""Write a chart to a PNG, SVG or PDF file, chosen by the file's suffix (no GUI needed)."""

from __future__ import annotations

from pathlib import Path

from matplotlib.figure import Figure

from promise_tracker.errors import ValidationError
from promise_tracker.i18n import translate

FORMATS = {".png": "png", ".svg": "svg", ".pdf": "pdf"}


def save_figure(fig: Figure, path: Path, *, dpi: float = 150) -> Path:
    """Save `fig` to `path` in the format its suffix names; other suffixes are refused.

    Figure.savefig picks a non-GUI canvas (Agg, SVG, PDF) for the format by itself, so this
    works without pyplot and leaves a canvas the GUI attached untouched.
    """
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise ValidationError(
            translate(
                "Charts", "Cannot save a chart as '{suffix}'; use .png, .svg or .pdf."
            ).format(suffix=path.suffix or path.name)
        )
    fig.savefig(path, format=fmt, dpi=dpi)
    return path
