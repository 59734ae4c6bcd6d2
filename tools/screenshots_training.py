"""Render the trainers' views (standards browser, two languages, presenter) to PNG files.

Run: .venv/bin/python tools/screenshots_training.py [--language sv] [--out docs/screenshots]
Writes browser-<lang>.png, bilingual-<lang>.png (English beside Swedish) and
presenter-<lang>.png. Uses Qt's offscreen platform with a 1920x1080 virtual screen, so it needs
no display. The interface follows --language when its translations are installed; the
standards texts follow it in any case.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import tempfile
from pathlib import Path

from screenshots import offscreen_screen  # next to this file

WIDTH, HEIGHT = 1920, 1080


def _install_interface_language(app: object, language: str, settings_file: Path) -> None:
    """The interface language, through the app's own loader when this copy has it."""
    if importlib.util.find_spec("promise_tracker.gui.shared.translation") is None:
        return
    from promise_tracker.gui.shared import translation
    from promise_tracker.gui.shared.settings import Settings

    settings = Settings(settings_file)
    settings.interface_language = language
    translation.install_language(app, settings)  # type: ignore[arg-type]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--language", choices=("en", "sv"), default="en")
    args = parser.parse_args()
    out: Path = args.out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    language: str = args.language
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        offscreen_screen(Path(tmp))
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QApplication

        from promise_tracker.app import open_data
        from promise_tracker.gui.training.presenter import PresenterOptions, PresenterWindow
        from promise_tracker.gui.training.standards_browser import StandardsBrowser
        from promise_tracker.paths import resolve_paths
        from promise_tracker.services.demo import demo_id
        from promise_tracker.services.presenter_results import latest_results

        app = QApplication.instance() or QApplication(sys.argv)

        from promise_tracker.gui.shared.look import install_readable_palette

        install_readable_palette(app)  # the colours the app itself sets up at start
        paths = resolve_paths(Path(tmp) / "data").ensure()
        _install_interface_language(app, language, paths.settings_file)
        workspace = open_data(paths, demo=True)
        pack = workspace.packs.latest("promise-bqs-2017")

        browser = StandardsBrowser(workspace.packs.packs(), language)
        browser.resize(WIDTH, HEIGHT)
        browser.show()
        app.processEvents()
        # A trainer preparing a session with the police: their criteria about interviews.
        browser.set_concern("police")
        browser.search_edit.setText("förhör" if language == "sv" else "interview")
        browser.select("criterion", "BQS-6-01")
        app.processEvents()
        path = out / f"browser-{language}.png"
        browser.grab().save(str(path))
        written.append(path)

        browser.search_edit.clear()
        browser.set_concern(None)
        browser.show_bilingual()
        browser.set_bilingual_languages("en", "sv")
        browser.evidence_check.setChecked(True)
        app.processEvents()
        browser._fit_rows()  # what the timer does once the table has its width
        app.processEvents()
        path = out / f"bilingual-{language}.png"
        browser.grab().save(str(path))
        written.append(path)
        browser.close()

        results = latest_results(workspace.assessment, demo_id("fjordby"))
        options = PresenterOptions(show_results=True, unit_id=demo_id("fjordby"))
        presenter = PresenterWindow(pack, language, options=options, results=results)
        presenter.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        presenter.resize(WIDTH, HEIGHT)
        presenter.show()
        # Criterion BQS-6-01 on its slide: what a room full of new staff would look at.
        target = next(
            number
            for number, slide in enumerate(presenter.slides)
            if slide.criterion is not None and slide.criterion.id == "BQS-6-01"
        )
        presenter.go_to(target)
        app.processEvents()
        path = out / f"presenter-{language}.png"
        presenter.grab().save(str(path))
        written.append(path)
        presenter.close()
        workspace.close()
    for path in written:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
