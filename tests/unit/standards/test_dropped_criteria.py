"""A user's new pack version that leaves out criteria needs a crosswalk saying what became of
them; without one it is refused, naming the missing ids."""

from __future__ import annotations

import shutil
from pathlib import Path

from promise_tracker.standards.registry import PackRegistry

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "crosswalk"
PACKS = ("made-up-standards-1.0.0.yaml", "made-up-standards-2.0.0.yaml")
CROSSWALK = "made-up-standards-1.0.0-to-2.0.0.crosswalk.yaml"


def copy(folder: Path, *names: str) -> Path:
    folder.mkdir()
    for name in names:
        shutil.copy(FIXTURES / name, folder / name)
    return folder


def test_a_version_that_drops_criteria_without_a_crosswalk_is_refused(tmp_path: Path) -> None:
    registry = PackRegistry.load(copy(tmp_path / "packs", *PACKS), include_shipped=False)
    assert [p.version for p in registry] == ["1.0.0"]
    (error,) = registry.load_errors
    message = str(error)
    assert "made-up-standards-2.0.0.yaml" in message
    assert "leaves out criteria of the version before it (M-2-02, M-2-03, M-3-01" in message
    assert "Add a crosswalk file beside it" in message


def test_with_its_crosswalk_the_new_version_loads(tmp_path: Path) -> None:
    folder = copy(tmp_path / "packs", *PACKS, CROSSWALK)
    registry = PackRegistry.load(folder, include_shipped=False)
    assert registry.load_errors == ()
    assert [p.version for p in registry] == ["1.0.0", "2.0.0"]
    assert registry.crosswalk("made-up-standards", "1.0.0", "2.0.0") is not None
