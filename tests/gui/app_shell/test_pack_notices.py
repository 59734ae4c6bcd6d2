"""Broken user packs are shown at startup and in About, with hostile characters escaped; a round
made with a local variant says so in the status bar."""

from __future__ import annotations

import datetime as dt
import logging
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

from promise_tracker import app as app_module
from promise_tracker.gui.app_shell import startup_notices
from promise_tracker.gui.app_shell.about_dialog import AboutDialog
from promise_tracker.gui.app_shell.main_window import MainWindow
from promise_tracker.gui.shared.settings import Settings
from promise_tracker.paths import resolve_paths
from promise_tracker.services.workspace import open_workspace
from promise_tracker.standards.registry import PackRegistry
from tests.gui.app_runs import undo_run_gui
from tests.gui.test_startup import _ready_at_once
from tests.unit.standards.test_local_variants import write_variant

PACKS = Path(__file__).resolve().parents[2] / "fixtures" / "packs"
MINIMAL_TEXT = (PACKS / "valid" / "minimal.yaml").read_text(encoding="utf-8")
RLO = "\u202e"  # RIGHT-TO-LEFT OVERRIDE: shows "exe.yaml" reversed
HOSTILE_NAME = f"evil{RLO}lmay.yaml"


def write_hostile_pack(folder: Path) -> Path:
    """A pack whose file name and id hold a bidi override, and whose id holds a NUL."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / HOSTILE_NAME
    text = MINIMAL_TEXT.replace("id: test-pack", 'id: "test\\u202epack\\0"', 1)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture(autouse=True)
def _no_quit_left_behind(qapp: QApplication):  # type: ignore[no-untyped-def]
    """A run_gui leaves its window and a quit queued after its loop ended, which would make
    later dialogs' exec() return at once: close the window and clear the quit in a short loop
    (see tests/gui/app_runs.py)."""
    yield
    undo_run_gui(qapp)


def assert_escaped(text: str) -> None:
    assert RLO not in text
    assert "\x00" not in text
    assert "evil\\u202elmay.yaml" in text
    assert "test\\u202epack\\x00" in text


def test_broken_user_packs_get_a_notice_at_startup_that_does_not_block(
    qtbot,  # type: ignore[no-untyped-def]
    demo_template: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    data = tmp_path / "data"
    shutil.copytree(demo_template, data)
    paths = resolve_paths(data)
    write_hostile_pack(paths.user_packs_dir)
    (paths.user_packs_dir / "not-yaml.yaml").write_text("id: [unclosed", encoding="utf-8")
    _ready_at_once(monkeypatch)
    seen: list[tuple[str, str, bool, Qt.WindowModality, int, Qt.TextFormat]] = []
    real_notice = startup_notices.show_pack_problems_notice

    def record(window: MainWindow, problems: list[str]) -> QMessageBox:
        box = real_notice(window, problems)
        seen.append(
            (
                box.text(),
                box.detailedText(),
                box.isVisible(),
                box.windowModality(),
                window.unit_combo.count(),
                box.textFormat(),
            )
        )
        box.close()  # seen; a box left open would take the keyboard from later tests
        return box

    monkeypatch.setattr(startup_notices, "show_pack_problems_notice", record)
    with caplog.at_level(logging.WARNING, logger="promise_tracker"):
        assert app_module.run_gui(paths) == 0
    assert len(seen) == 1
    text, details, visible, modality, units, text_format = seen[0]
    assert text.startswith("These standards packs in your packs folder were not loaded.")
    assert str(paths.user_packs_dir / "not-yaml.yaml") in text
    assert_escaped(text)
    assert "pack id 'test\\u202epack\\x00' is not valid" in text
    assert_escaped(details)
    assert visible
    assert modality == Qt.WindowModality.NonModal  # the window stays usable
    assert text_format == Qt.TextFormat.PlainText
    assert units == 4  # the data loaded behind it
    logged = [record.getMessage() for record in caplog.records]
    assert any(
        message.startswith("Standards pack not loaded:") and "not-yaml.yaml" in message
        for message in logged
    )
    hostile = [message for message in logged if "evil" in message]
    assert len(hostile) == 1
    assert_escaped(hostile[0])


def test_without_broken_packs_there_is_no_pack_notice(
    qtbot,  # type: ignore[no-untyped-def]
    demo_template: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data = tmp_path / "data"
    shutil.copytree(demo_template, data)
    _ready_at_once(monkeypatch)
    calls: list[object] = []
    monkeypatch.setattr(
        startup_notices, "show_pack_problems_notice", lambda *args: calls.append(args)
    )
    assert app_module.run_gui(resolve_paths(data)) == 0
    assert calls == []


def test_the_notice_names_each_file_with_its_first_problem_and_details_have_all(
    qtbot,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    shutil.copy(PACKS / "broken" / "several-problems.yaml", tmp_path / "several.yaml")
    registry = PackRegistry.load(tmp_path, include_shipped=False)
    [error] = registry.load_errors
    lines = str(error).split("\n")
    assert len(lines) > 3
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    box = startup_notices.show_pack_problems_notice(window, [str(error)])
    assert box.objectName() == "packProblemsNotice"
    assert box.windowTitle() == "Some standards packs were not loaded"
    assert f"{lines[0]}\n{lines[1]}\n  …" in box.text()
    assert lines[2] not in box.text()
    assert box.detailedText() == str(error)
    box.close()


def test_about_lists_a_hostile_pack_problem_escaped(qtbot, demo_workspace) -> None:  # type: ignore[no-untyped-def]
    folder = demo_workspace.paths.user_packs_dir
    write_hostile_pack(folder)
    registry = PackRegistry.load(folder)
    dialog = AboutDialog(demo_workspace.paths, registry, "en")
    qtbot.addWidget(dialog)
    problems = [label.text() for label in dialog.findChildren(QLabel) if "evil" in label.text()]
    assert len(problems) == 1
    assert_escaped(problems[0])
    assert_escaped(dialog.details_text())


def test_the_status_bar_says_when_a_round_uses_a_local_variant(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    paths = resolve_paths(tmp_path)
    variant_file = write_variant(paths.user_packs_dir, "9.0.0")
    with open_workspace(paths) as workspace:
        service = workspace.assessment
        unit = service.create_unit("Barnahus Test")
        variant = workspace.packs.get("promise-bqs-2017", "9.0.0")
        service.create_round(
            unit.id, "Shipped", dt.date(2026, 3, 1), workspace.packs.latest("promise-bqs-2017")
        )
        service.create_round(unit.id, "Our wording", dt.date(2026, 4, 1), variant)
        window = MainWindow(workspace, settings=Settings(paths.settings_file))
        qtbot.addWidget(window)
        window.show()
        label = window.statusBar().findChild(QWidget, "packLabel")
        assert window.controller is not None
        assert window.controller.session.round.title == "Our wording"
        assert label.text() == (f"{variant.title.get('en')} 9.0.0 (local variant: {variant_file})")
        window.round_combo.setCurrentIndex(0)
        assert window.controller.session.round.title == "Shipped"
        assert label.text() == f"{variant.title.get('en').removesuffix(', our wording')} 1.1.0"
        window.close()
