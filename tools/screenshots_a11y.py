"""Render the main window and the Results the way some users see them: on a 1024x600 screen (in
English and Swedish), at Qt's 200 % scale, and in a dark desktop palette; PNGs to
docs/screenshots/.

Run: .venv/bin/python tools/screenshots_a11y.py [--out docs/screenshots] [--only small|scale|dark]
Each look runs in its own process, since the screen size and QT_SCALE_FACTOR must be set
before Qt starts. Uses Qt's offscreen platform, so it needs no display. Writes
assessment-1024x600-en.png, results-overview-1024x600-en.png (and -sv), assessment-200pct.png,
results-overview-200pct.png, assessment-dark.png and results-overview-dark.png.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from screenshots import show_discussed_criterion  # next to this file

# name: (logical width, height, scale factor, dark palette?, languages)
LOOKS: dict[str, tuple[int, int, int, bool, tuple[str, ...]]] = {
    "small": (1024, 600, 1, False, ("en", "sv")),
    "scale": (1366, 768, 2, False, ("en",)),
    "dark": (1366, 768, 1, True, ("en",)),
}


def _screen_config(folder: Path, width: int, height: int) -> Path:
    """An offscreen screen of `width` x `height` device pixels."""
    config = folder / f"offscreen-{width}x{height}.json"
    screen = {
        "name": "Screen",
        "x": 0,
        "y": 0,
        "width": width,
        "height": height,
        "logicalDpi": 96,
        "logicalDpiRatio": 1.0,
        "dpr": 1.0,
    }
    config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    return config


def dark_palette():  # type: ignore[no-untyped-def]
    """A dark desktop palette (the colours of KDE's Breeze Dark), as a user's system may set."""
    from PySide6.QtGui import QColor, QPalette

    role = QPalette.ColorRole
    colours = {
        role.Window: "#31363B",
        role.WindowText: "#EFF0F1",
        role.Base: "#232629",
        role.AlternateBase: "#31363B",
        role.Text: "#EFF0F1",
        role.Button: "#31363B",
        role.ButtonText: "#EFF0F1",
        role.BrightText: "#FFFFFF",
        role.ToolTipBase: "#31363B",
        role.ToolTipText: "#EFF0F1",
        role.Highlight: "#3DAEE9",
        role.HighlightedText: "#EFF0F1",
        role.Link: "#2980B9",
        role.Light: "#474D54",
        role.Midlight: "#3B4045",
        role.Mid: "#2B2F33",
        role.Dark: "#1C1F22",
        role.Shadow: "#101214",
    }
    palette = QPalette()
    for which, colour in colours.items():
        palette.setColor(which, QColor(colour))
    placeholder = QColor("#EFF0F1")
    placeholder.setAlpha(128)
    palette.setColor(role.PlaceholderText, placeholder)
    for which in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, which, QColor("#6E7175"))
    return palette


def render(look: str, language: str, out: Path, data: Path) -> list[Path]:
    """In this process (Qt configured by the caller): the window and the Results as PNGs."""
    width, height, _scale, dark, _ = LOOKS[look]
    from PySide6.QtWidgets import QApplication

    from promise_tracker.app import open_data
    from promise_tracker.gui.app_shell.main_window import MainWindow
    from promise_tracker.gui.shared.look import install_readable_palette
    from promise_tracker.gui.shared.settings import Settings
    from promise_tracker.gui.shared.translation import install_language
    from promise_tracker.paths import resolve_paths

    app = QApplication.instance() or QApplication([sys.argv[0]])
    if dark:
        app.setStyle("Fusion")
        app.setPalette(dark_palette())
    install_readable_palette(app)
    paths = resolve_paths(data).ensure()
    settings = Settings(paths.settings_file)
    settings.interface_language = language
    install_language(app, settings)
    workspace = open_data(paths, demo=True)
    window = MainWindow(workspace, settings=settings, is_demo=True)
    window.resize(width, height)
    window.show()
    note = (
        "Avtalet nämner polisen men inte sjukhuset."
        if language == "sv"
        else "The agreement names the police, but not the hospital."
    )
    show_discussed_criterion(app, window, note)
    suffix = {"small": f"{width}x{height}-{language}", "scale": "200pct", "dark": "dark"}[look]
    written = []
    path = out / f"assessment-{suffix}.png"
    window.grab().save(str(path))
    written.append(path)

    window.round_combo.setCurrentIndex(window.round_combo.count() - 2)  # the last finalised
    window.results.action.trigger()
    app.processEvents()
    view = window.results.view
    assert view is not None
    view._redraw_for_size()  # what the resize timer does a moment later
    app.processEvents()
    path = out / f"results-overview-{suffix}.png"
    window.grab().save(str(path))
    written.append(path)
    window.close()
    workspace.close()
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--only", choices=sorted(LOOKS), action="append")
    # Used by this script for each look's own process.
    parser.add_argument("--look", choices=sorted(LOOKS), help=argparse.SUPPRESS)
    parser.add_argument("--language", default="en", help=argparse.SUPPRESS)
    parser.add_argument("--data", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    out: Path = args.out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    if args.look:
        for path in render(args.look, args.language, out, args.data):
            print(path)
        return 0

    failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        for look in args.only or list(LOOKS):
            width, height, scale, _dark, languages = LOOKS[look]
            for language in languages:
                env = dict(os.environ)
                # The screen in device pixels: at 200 %, 2732x1536 shows 1366x768 of layout.
                config = _screen_config(Path(tmp), width * scale, height * scale)
                env["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
                env["QT_SCALE_FACTOR"] = str(scale)
                env["MPLCONFIGDIR"] = env.get("MPLCONFIGDIR", str(Path(tmp) / "mpl"))
                data = Path(tmp) / f"data-{look}-{language}"
                command = [
                    sys.executable,
                    __file__,
                    "--out",
                    str(out),
                    "--look",
                    look,
                    "--language",
                    language,
                    "--data",
                    str(data),
                ]
                done = subprocess.run(command, env=env, check=False)
                failed += done.returncode != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
