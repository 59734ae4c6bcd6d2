"""Render the team views (disagreement window, consensus meeting) with the demo data to PNGs.

Run: .venv/bin/python tools/screenshots_team.py [--out docs/screenshots]
Uses Qt's offscreen platform with a 1920x1080 virtual screen, so it needs no display. Writes
disagreement-1920x1080.png and consensus-1920x1080.png.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from screenshots import offscreen_screen  # next to this file

WIDTH, HEIGHT = 1920, 1080


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    args = parser.parse_args()
    out: Path = args.out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        offscreen_screen(Path(tmp))
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QApplication

        from promise_tracker.app import open_data
        from promise_tracker.gui.app_shell.main_window import MainWindow
        from promise_tracker.gui.shared.settings import Settings
        from promise_tracker.paths import resolve_paths

        app = QApplication.instance() or QApplication(sys.argv)

        from promise_tracker.gui.shared.look import install_readable_palette

        install_readable_palette(app)  # the colours the app itself sets up at start
        paths = resolve_paths(Path(tmp) / "data").ensure()
        workspace = open_data(paths, demo=True)
        window = MainWindow(workspace, settings=Settings(paths.settings_file), is_demo=True)
        window.resize(1280, 760)
        window.show()
        # The unit whose newest round is still being discussed.
        window.unit_combo.setCurrentIndex(window.unit_combo.findText("Barnahus Norrvik (demo)"))
        window.round_combo.setCurrentIndex(window.round_combo.count() - 1)
        app.processEvents()
        team = window.team_views
        written = []

        view = team.show_disagreement()
        assert view is not None
        view.resize(WIDTH, HEIGHT)
        # A disputed criterion on which several respondents wrote notes.
        ids = view.discussion_ids()
        chosen = max(
            ids[:20],
            key=lambda cid: (
                sum(1 for n in view.data.notes(cid) if n.note),
                len(view.data.notes(cid)),
            ),
        )
        view.select_criterion(chosen)
        app.processEvents()
        path = out / f"disagreement-{WIDTH}x{HEIGHT}.png"
        view.grab().save(str(path))
        written.append(path)
        view.close()

        meeting = team.start_meeting()
        assert meeting is not None
        app.processEvents()
        meeting.show_criterion(chosen)
        meeting.rationale_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        meeting.choose("no")
        meeting.rationale_edit.setPlainText(
            "The routine is written but not yet signed by the health agency."
        )
        meeting.dissent_edit.setPlainText(
            "The police liaison considers it met: the routine is followed in practice."
        )
        app.processEvents()
        path = out / f"consensus-{WIDTH}x{HEIGHT}.png"
        meeting.grab().save(str(path))
        written.append(path)
        meeting.close()
        app.processEvents()
        window.close()
        workspace.close()
    for path in written:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
