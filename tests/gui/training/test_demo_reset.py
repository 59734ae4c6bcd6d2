"""Help > Reset demo: the demo data goes back to how it was built; the user's data never moves."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from pathlib import Path

import pytest

from promise_tracker.app import open_data
from promise_tracker.domain.entities import Answer
from promise_tracker.errors import ValidationError
from promise_tracker.gui.app_shell.main_window import MainWindow
from promise_tracker.gui.shared.settings import Settings
from promise_tracker.paths import AppPaths, resolve_paths
from promise_tracker.services.demo import demo_id
from promise_tracker.services.demo_reset import rebuild_demo
from promise_tracker.services.workspace import Workspace, open_workspace

DRAFT_ROUND = demo_id("norrvik", "round", 3)


def _fingerprint(paths: AppPaths) -> dict[str, str]:
    """Every file of the user's database, by name, with a hash of its bytes."""
    folder = paths.database.parent
    return {
        item.name: hashlib.sha256(item.read_bytes()).hexdigest()
        for item in sorted(folder.iterdir())
        if item.name.startswith(paths.database.name)
    }


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    """A data folder holding the user's own unit, and the demo built beside it."""
    paths = resolve_paths(tmp_path / "data")
    with open_workspace(paths) as workspace:
        workspace.assessment.create_unit("Our own Barnahus", country="SE")
    open_data(paths, demo=True).close()
    return paths


def _team_answer(workspace: Workspace, criterion_id: str) -> Answer:
    return next(
        a
        for a in workspace.assessment.answers(DRAFT_ROUND)
        if a.criterion_id == criterion_id and a.respondent_id is None
    )


def _change_an_answer(workspace: Workspace) -> tuple[str, Answer]:
    criterion = workspace.assessment.round_result(DRAFT_ROUND).pack.criteria()[0].id
    original = _team_answer(workspace, criterion)
    other = "no" if original.value == "yes" else "yes"
    workspace.assessment.set_answer(replace(original, value=other, note="Changed in training"))
    assert _team_answer(workspace, criterion).value == other
    return criterion, original


def _window(qtbot, paths: AppPaths, demo: bool) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(
        open_data(paths, demo=demo),
        settings=Settings(paths.settings_file),
        open_workspace=lambda want_demo: open_data(paths, demo=want_demo),
        is_demo=demo,
    )
    qtbot.addWidget(window)
    window.show()
    return window


def test_reset_in_the_demo_restores_a_changed_answer(qtbot, paths: AppPaths) -> None:  # type: ignore[no-untyped-def]
    own = _fingerprint(paths)
    window = _window(qtbot, paths, demo=True)
    assert window.windowTitle().endswith("[Demo]")
    assert window.workspace is not None
    criterion, original = _change_an_answer(window.workspace)
    window.unit_combo.setCurrentIndex(window.unit_combo.findText("Barnahus Norrvik (demo)"))
    assert window.controller is not None

    actions = window.training_actions
    asked: list[str] = []
    actions.confirm = lambda parent, title, text: asked.append(text) or True
    actions.reset_demo_action.trigger()

    assert asked
    assert "Your own data is not touched" in asked[0]
    assert window.is_demo
    assert window.windowTitle().endswith("[Demo]")
    restored = _team_answer(window.workspace, criterion)
    assert (restored.value, restored.note) == (original.value, original.note)
    # The window shows the rebuilt data: the demo units, a round open on the new database.
    names = [window.unit_combo.itemText(i) for i in range(window.unit_combo.count())]
    assert "Barnahus Norrvik (demo)" in names
    assert "Our own Barnahus" not in names
    assert window.controller is not None
    assert window.controller.session.answer(criterion).value == original.value  # type: ignore[union-attr]
    window.close()
    window.workspace.close()
    assert _fingerprint(paths) == own  # the user's database, byte for byte


def test_reset_from_the_users_data_leaves_it_alone(qtbot, paths: AppPaths) -> None:  # type: ignore[no-untyped-def]
    with open_data(paths, demo=True) as demo:
        criterion, original = _change_an_answer(demo)
    own = _fingerprint(paths)
    window = _window(qtbot, paths, demo=False)
    assert not window.windowTitle().endswith("[Demo]")
    window.training_actions.confirm = lambda *_: True
    assert window.training_actions.reset_demo()
    # Still on the user's data, which is still there and unchanged.
    assert not window.is_demo
    assert [u.name for u in window.service.units()] == ["Our own Barnahus"]
    window.close()
    assert window.workspace is not None
    window.workspace.close()
    assert _fingerprint(paths) == own
    with open_data(paths, demo=True) as demo:
        restored = _team_answer(demo, criterion)
    assert (restored.value, restored.note) == (original.value, original.note)


def test_cancel_keeps_the_demo_as_it_is(qtbot, paths: AppPaths) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, paths, demo=True)
    assert window.workspace is not None
    criterion, original = _change_an_answer(window.workspace)
    window.training_actions.confirm = lambda *_: False
    assert not window.training_actions.reset_demo()
    assert _team_answer(window.workspace, criterion).value != original.value
    window.close()
    window.workspace.close()


def test_only_a_demo_folder_can_be_rebuilt(paths: AppPaths) -> None:
    own = _fingerprint(paths)
    with open_workspace(paths) as workspace:
        packs = workspace.packs
    with pytest.raises(ValidationError, match="not a demo data folder"):
        rebuild_demo(paths, packs)
    assert _fingerprint(paths) == own
