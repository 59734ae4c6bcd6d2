"""Render the main views with the demo data to PNG files in docs/screenshots/.

Run: .venv/bin/python tools/screenshots.py [--out docs/screenshots]
Uses Qt's offscreen platform with a 1920x1080 virtual screen, so it needs no display.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported when run, after the screen is set up
    from PySide6.QtCore import QCoreApplication

    from promise_tracker.gui.app_shell.main_window import MainWindow

SIZES = ((1366, 768), (1920, 1080))


def offscreen_screen(folder: Path) -> None:
    """Qt's offscreen platform with one 1920x1080 screen (also used by the other tools)."""
    config = folder / "offscreen.json"
    screen = {
        "name": "Screen",
        "x": 0,
        "y": 0,
        "width": 1920,
        "height": 1080,
        "logicalDpi": 96,
        "logicalDpiRatio": 1.0,
        "dpr": 1.0,
    }
    config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"


def show_discussed_criterion(app: QCoreApplication, window: MainWindow, note: str) -> None:
    """`window` (the main window on the demo data) on the criterion the screenshots show:
    in Norrvik's round still being answered, one the team is discussing, answered N/A with
    the reason still missing, with `note`, flagged, and an earlier answer to compare with."""
    from promise_tracker.domain.entities import Answer

    window.unit_combo.setCurrentIndex(window.unit_combo.findText("Barnahus Norrvik (demo)"))
    window.round_combo.setCurrentIndex(window.round_combo.count() - 1)  # its newest round
    app.processEvents()
    controller = window.controller
    assert controller is not None
    session = controller.session
    target = next(c.id for c in session.criteria()[3:] if session.previous_answer(c.id))
    if not session.read_only:
        controller.set_answer(Answer(session.round.id, target, value="na", note=note, flagged=True))
    window.go_to(target)
    app.processEvents()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    args = parser.parse_args()
    out: Path = args.out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        offscreen_screen(Path(tmp))
        from PySide6.QtWidgets import QApplication, QTabWidget

        from promise_tracker.app import open_data
        from promise_tracker.gui.app_shell.main_window import MainWindow
        from promise_tracker.gui.shared.settings import Settings
        from promise_tracker.paths import resolve_paths

        app = QApplication.instance() or QApplication(sys.argv)
        from promise_tracker.gui.shared.look import install_readable_palette

        install_readable_palette(app)  # the colours the app itself sets up at start
        paths = resolve_paths(Path(tmp) / "data").ensure()
        written = []
        for width, height in SIZES:
            workspace = open_data(paths, demo=True)
            window = MainWindow(workspace, settings=Settings(paths.settings_file), is_demo=True)
            window.resize(width, height)
            window.show()
            show_discussed_criterion(
                app, window, "The agreement names the police, but not the hospital."
            )
            path = out / f"assessment-{width}x{height}.png"
            window.grab().save(str(path))
            written.append(path)

            window.navigator.set_mode(window.navigator.mode().__class__.UNANSWERED)
            app.processEvents()
            path = out / f"assessment-unanswered-filter-{width}x{height}.png"
            window.grab().save(str(path))
            written.append(path)

            # The Results view of the same unit, on its last finalised round.
            window.round_combo.setCurrentIndex(window.round_combo.count() - 2)
            window.results.action.trigger()
            app.processEvents()
            window.results.view._redraw_for_size()  # what the resize timer does a moment later
            tabs = window.findChild(QTabWidget, "resultsTabs")
            for index, name in enumerate(("overview", "progress", "perspectives", "criteria")):
                tabs.setCurrentIndex(index)
                app.processEvents()
                path = out / f"results-{name}-{width}x{height}.png"
                window.grab().save(str(path))
                written.append(path)
            window.results.action.trigger()
            window.close()
            workspace.close()
            # Start the next size from fresh demo data.
            import shutil

            shutil.rmtree(paths.demo().data_dir)

        for width, height in SIZES:
            empty = resolve_paths(Path(tmp) / f"empty-{width}").ensure()
            from promise_tracker.services.workspace import open_workspace

            workspace = open_workspace(empty)
            window = MainWindow(workspace, settings=Settings(empty.settings_file))
            window.resize(width, height)
            window.show()
            app.processEvents()
            path = out / f"welcome-{width}x{height}.png"
            window.grab().save(str(path))
            written.append(path)
            window.close()
            workspace.close()
    for path in written:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
