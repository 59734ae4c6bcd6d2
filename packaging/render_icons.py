"""Render the app icon's PNG, ICO and ICNS files from resources/icons/promise-tracker.svg.

Run after changing the SVG, then commit the results:

    .venv/bin/python packaging/render_icons.py

Needs `rsvg-convert` (Debian: librsvg2-bin) or the cairosvg package, and Pillow (an app
dependency). Neither renderer is needed to build the bundle: the rendered files are committed.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
from pathlib import Path

from PIL import Image

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SOURCE = ICONS / "promise-tracker.svg"
# The sizes desktops look for (hicolor theme, Windows, macOS).
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def png_path(size: int) -> Path:
    return ICONS / f"promise-tracker-{size}.png"


def render_png(size: int) -> bytes:
    """The SVG rendered at size x size pixels, as PNG bytes."""
    if shutil.which("rsvg-convert"):
        return subprocess.run(
            ["rsvg-convert", "--width", str(size), "--height", str(size), str(SOURCE)],
            check=True,
            capture_output=True,
        ).stdout
    try:
        import cairosvg  # type: ignore[import-not-found]
    except ImportError:
        sys.exit("render_icons: install rsvg-convert (librsvg2-bin) or cairosvg first")
    data: bytes = cairosvg.svg2png(url=str(SOURCE), output_width=size, output_height=size)
    return data


def main() -> int:
    images: dict[int, Image.Image] = {}
    for size in PNG_SIZES:
        data = render_png(size)
        image = Image.open(io.BytesIO(data)).convert("RGBA")
        if image.size != (size, size):
            sys.exit(f"render_icons: {size}px rendering came out {image.size}")
        # Saved through Pillow so that the files do not depend on the renderer's metadata.
        image.save(png_path(size), optimize=True)
        images[size] = image
        print(f"wrote {png_path(size).relative_to(ICONS.parent.parent)}")

    largest = images[max(ICO_SIZES)]
    ico = ICONS / "promise-tracker.ico"
    largest.save(
        ico,
        format="ICO",
        sizes=[(size, size) for size in ICO_SIZES],
        append_images=[images[size] for size in ICO_SIZES if size != max(ICO_SIZES)],
    )
    print(f"wrote {ico.relative_to(ICONS.parent.parent)}")

    icns = ICONS / "promise-tracker.icns"
    # macOS wants 512x512@2x too, so the largest image is rendered at 1024 pixels.
    retina = Image.open(io.BytesIO(render_png(1024))).convert("RGBA")
    retina.save(
        icns,
        format="ICNS",
        append_images=[images[size] for size in (16, 32, 64, 128, 256, 512)],
    )
    print(f"wrote {icns.relative_to(ICONS.parent.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
