"""A user's pack that reuses a shipped pack's id is a local variant: listed apart, never the
default, and a round made with one keeps pointing at it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from promise_tracker.errors import PackError
from promise_tracker.paths import resolve_paths
from promise_tracker.services.workspace import open_workspace
from promise_tracker.standards.registry import PackRegistry, shipped_pack_files

SHIPPED_ID = "promise-bqs-2017"
SHIPPED_FILE = "promise-bqs-2017.yaml"


def shipped_text() -> str:
    entry = next(entry for entry in shipped_pack_files() if entry.name == SHIPPED_FILE)
    return entry.read_text(encoding="utf-8")


def write_variant(folder: Path, version: str, name: str = "our-bqs.yaml") -> Path:
    """The shipped pack under its own id with another version and one criterion reworded."""
    folder.mkdir(parents=True, exist_ok=True)
    text = shipped_text()
    current = 'version: "1.1.0"'
    assert current in text
    text = text.replace(current, f'version: "{version}"', 1)
    text = text.replace(
        'title:\n  en: "Barnahus Quality Standards (PROMISE, 2017)"',
        'title:\n  en: "Barnahus Quality Standards (PROMISE, 2017), our wording"',
        1,
    )
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_latest_is_the_highest_shipped_version_not_a_higher_local_variant(
    tmp_path: Path,
) -> None:
    variant_file = write_variant(tmp_path / "packs", "9.0.0")
    registry = PackRegistry.load(tmp_path / "packs")
    assert registry.load_errors == ()
    latest = registry.latest(SHIPPED_ID)
    assert latest.version == "1.1.0"
    assert latest.origin.startswith("shipped:")
    variants = registry.local_variants()
    assert [(pack.id, pack.version, pack.origin) for pack in variants] == [
        (SHIPPED_ID, "9.0.0", str(variant_file))
    ]
    assert registry.is_local_variant(variants[0])
    assert not registry.is_local_variant(latest)
    # Still there for whoever picks it explicitly (and for rounds made with it).
    assert registry.get(SHIPPED_ID, "9.0.0").origin == str(variant_file)


def test_a_user_pack_with_its_own_id_is_no_variant_and_is_the_latest_of_its_id(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "packs"
    folder.mkdir()
    text = shipped_text().replace(f"id: {SHIPPED_ID}", "id: our-own-pack", 1)
    (folder / "own.yaml").write_text(text, encoding="utf-8")
    registry = PackRegistry.load(folder)
    own = registry.latest("our-own-pack")
    assert own.origin == str(folder / "own.yaml")
    assert not registry.is_local_variant(own)
    assert registry.local_variants() == ()


def test_same_id_and_version_with_other_content_is_still_refused(tmp_path: Path) -> None:
    path = write_variant(tmp_path / "packs", "1.1.0")
    registry = PackRegistry.load(tmp_path / "packs")
    assert registry.local_variants() == ()
    assert registry.get(SHIPPED_ID, "1.1.0").origin.startswith("shipped:")
    [error] = registry.load_errors
    assert isinstance(error, PackError)
    assert str(path) in str(error)
    assert "conflicts with shipped:" in str(error)


def test_a_round_made_with_a_variant_keeps_pointing_at_the_variant(tmp_path: Path) -> None:
    paths = resolve_paths(tmp_path)
    write_variant(paths.user_packs_dir, "9.0.0")
    with open_workspace(paths) as workspace:
        variant = workspace.packs.get(SHIPPED_ID, "9.0.0")
        service = workspace.assessment
        unit = service.create_unit("Barnahus Test")
        made = service.create_round(unit.id, "With our wording", dt.date(2026, 4, 1), variant)
        default = service.create_round(
            unit.id, "Shipped", dt.date(2026, 5, 1), workspace.packs.latest(SHIPPED_ID)
        )
    with open_workspace(paths) as reopened:
        service = reopened.assessment
        stored = next(r for r in service.rounds(unit.id) if r.id == made.id)
        assert (stored.pack_id, stored.pack_version, stored.pack_hash) == (
            SHIPPED_ID,
            "9.0.0",
            variant.content_hash,
        )
        pack = service.pack_for(stored)
        assert pack.origin == str(paths.user_packs_dir / "our-bqs.yaml")
        assert reopened.packs.is_local_variant(pack)
        other = next(r for r in service.rounds(unit.id) if r.id == default.id)
        assert other.pack_version == "1.1.0"
        assert not reopened.packs.is_local_variant(service.pack_for(other))


@pytest.mark.parametrize("version", ["0.9.0", "1.0.1"])
def test_a_lower_or_between_version_is_a_variant_too(tmp_path: Path, version: str) -> None:
    write_variant(tmp_path / "packs", version)
    registry = PackRegistry.load(tmp_path / "packs")
    assert [pack.version for pack in registry.local_variants()] == [version]
    assert registry.latest(SHIPPED_ID).version == "1.1.0"
