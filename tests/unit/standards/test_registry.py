"""Tests for the pack registry: shipped packs, the user's packs folder, lookups and versions."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import yaml

from promise_tracker.errors import NotFoundError, PackError
from promise_tracker.standards.loader import PackValidationError, load_pack, load_pack_text
from promise_tracker.standards.registry import PackRegistry, shipped_pack_files, version_key

PACKS = Path(__file__).resolve().parents[2] / "fixtures" / "packs"
MINIMAL = PACKS / "valid" / "minimal.yaml"
MINIMAL_TEXT = MINIMAL.read_text(encoding="utf-8")


def write_pack(
    folder: Path, name: str, *, version: str = "1.0.0", title: str = "Test pack"
) -> Path:
    text = MINIMAL_TEXT.replace('version: "1.0.0"', f'version: "{version}"').replace(
        "en: Test pack,", f"en: {title},"
    )
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_shipped_pack_files_are_the_yaml_files_of_the_standards_folder() -> None:
    names = [entry.name for entry in shipped_pack_files()]
    assert names == sorted(names)
    assert all(name.endswith(".yaml") for name in names)
    assert "pack.schema.json" not in names
    assert not [name for name in names if name.endswith(".crosswalk.yaml")]


def test_shipped_packs_load_with_shipped_origin() -> None:
    registry = PackRegistry.load()
    assert registry.load_errors == ()
    assert len(registry) == len(shipped_pack_files())
    for pack in registry:
        assert pack.origin.startswith("shipped:")
        assert pack.content_hash


def test_without_shipped_packs_an_empty_or_missing_folder_gives_an_empty_registry(
    tmp_path: Path,
) -> None:
    assert len(PackRegistry.load(tmp_path, include_shipped=False)) == 0
    registry = PackRegistry.load(tmp_path / "not-created-yet", include_shipped=False)
    assert list(registry) == []
    assert registry.load_errors == ()


def test_user_folder_packs_load(tmp_path: Path) -> None:
    write_pack(tmp_path, "a.yaml", version="1.0.0")
    write_pack(tmp_path, "b.yml", version="1.1.0")
    (tmp_path / "notes.txt").write_text("not a pack", encoding="utf-8")
    (tmp_path / "._a.yaml").write_bytes(b"\x00\x05\x16\x07")  # macOS metadata, not a pack
    (tmp_path / "test-pack-1.0.0-to-1.1.0.crosswalk.yaml").write_text(  # a crosswalk, no pack
        'format: 1\npack: test-pack\nfrom: "1.0.0"\nto: "1.1.0"\n'
        "criteria: {T-1.1-01: unchanged, T-2-01: unchanged}\n"
    )

    registry = PackRegistry.load(tmp_path, include_shipped=False)

    assert [pack.key for pack in registry.packs()] == [
        ("test-pack", "1.0.0"),
        ("test-pack", "1.1.0"),
    ]
    assert registry.get("test-pack", "1.1.0").origin == str(tmp_path / "b.yml")
    assert registry.load_errors == ()


def test_user_packs_come_after_shipped_ones(tmp_path: Path) -> None:
    write_pack(tmp_path, "mine.yaml")
    registry = PackRegistry.load(tmp_path)
    assert len(registry) == len(shipped_pack_files()) + 1
    assert registry.get("test-pack", "1.0.0").origin == str(tmp_path / "mine.yaml")


def test_a_broken_user_pack_is_kept_as_load_error_and_others_still_load(tmp_path: Path) -> None:
    shutil.copy(PACKS / "broken" / "missing-language.yaml", tmp_path / "a-broken.yaml")
    write_pack(tmp_path, "b-good.yaml")
    (tmp_path / "c-unreadable.yaml").mkdir()

    registry = PackRegistry.load(tmp_path, include_shipped=False)

    assert [pack.key for pack in registry] == [("test-pack", "1.0.0")]
    assert len(registry.load_errors) == 2
    broken, unreadable = registry.load_errors
    assert isinstance(broken, PackValidationError)
    assert broken.problems[0].message == "missing language 'sv'"
    assert str(tmp_path / "a-broken.yaml") in str(broken)
    assert "c-unreadable.yaml" in str(unreadable)


def test_same_id_and_version_with_other_content_is_a_conflict(tmp_path: Path) -> None:
    write_pack(tmp_path, "a.yaml")
    write_pack(tmp_path, "b.yaml", title="Edited title")

    registry = PackRegistry.load(tmp_path, include_shipped=False)

    assert registry.get("test-pack", "1.0.0").origin == str(tmp_path / "a.yaml")
    [error] = registry.load_errors
    assert not isinstance(error, PackValidationError)
    message = str(error)
    assert f"{tmp_path / 'b.yaml'} (test-pack version 1.0.0) conflicts with" in message
    assert str(tmp_path / "a.yaml") in message


def test_an_identical_copy_is_not_a_conflict(tmp_path: Path) -> None:
    write_pack(tmp_path, "a.yaml")
    shutil.copy(PACKS / "valid" / "minimal-reformatted.yaml", tmp_path / "b.yaml")

    registry = PackRegistry.load(tmp_path, include_shipped=False)

    assert len(registry) == 1
    assert registry.load_errors == ()


def test_a_user_copy_of_a_shipped_pack_that_differs_conflicts(tmp_path: Path) -> None:
    entries = shipped_pack_files()
    if not entries:
        pytest.skip("no shipped pack yet")
    entry = entries[0]
    text = entry.read_text(encoding="utf-8")
    shipped = load_pack_text(text, "shipped")
    (tmp_path / "copy.yaml").write_text("# my copy\n" + text, encoding="utf-8")
    document = yaml.safe_load(text)
    document["provenance"]["en"] += " Edited."
    (tmp_path / "edited.yaml").write_text(yaml.safe_dump(document), encoding="utf-8")

    registry = PackRegistry.load(tmp_path)

    assert registry.get(shipped.id, shipped.version).origin == f"shipped:{entry.name}"
    assert len(registry) == len(entries)  # the identical copy adds nothing
    [error] = registry.load_errors
    assert str(tmp_path / "edited.yaml") in str(error)
    assert f"conflicts with shipped:{entry.name}" in str(error)


def test_a_file_where_the_folder_should_be_is_a_load_error(tmp_path: Path) -> None:
    not_a_folder = tmp_path / "packs"
    not_a_folder.write_text("", encoding="utf-8")
    registry = PackRegistry.load(not_a_folder, include_shipped=False)
    assert len(registry) == 0
    [error] = registry.load_errors
    assert "is a file, not a folder" in str(error)


def test_latest_compares_versions_numerically(tmp_path: Path) -> None:
    for version in ("1.9.0", "1.10.0", "1.2.0", "0.99"):
        write_pack(tmp_path, f"pack-{version}.yaml", version=version)

    registry = PackRegistry.load(tmp_path, include_shipped=False)

    assert registry.latest("test-pack").version == "1.10.0"
    assert [pack.version for pack in registry.packs()] == ["0.99", "1.2.0", "1.9.0", "1.10.0"]


def test_version_key_orders_dotted_numbers() -> None:
    assert version_key("1.10.0") > version_key("1.9.0")
    assert version_key("2") > version_key("1.99.99")
    assert version_key("1.0") < version_key("1.0.1")


def test_packs_are_sorted_by_id_then_version() -> None:
    minimal = load_pack(MINIMAL)
    full = load_pack(PACKS / "valid" / "full.yaml")
    registry = PackRegistry([minimal, full])
    assert [pack.id for pack in registry.packs()] == ["full-pack", "test-pack"]
    assert list(registry) == list(registry.packs())


def test_get_unknown_pack_or_version_raises_not_found() -> None:
    registry = PackRegistry([load_pack(MINIMAL)])
    with pytest.raises(
        NotFoundError, match=re.escape("'no-such-pack' version 1.0.0 is not available")
    ):
        registry.get("no-such-pack", "1.0.0")
    with pytest.raises(NotFoundError, match=re.escape("the versions available are 1.0.0")):
        registry.get("test-pack", "9.9.9")
    with pytest.raises(NotFoundError, match="No version of the standards pack 'nope'"):
        registry.latest("nope")


def test_find_matches_id_version_and_hash() -> None:
    pack = load_pack(MINIMAL)
    registry = PackRegistry([pack])
    assert registry.find("test-pack", "1.0.0", pack.content_hash) is pack
    assert registry.find("test-pack", "1.0.0", "0" * 64) is None
    assert registry.find("test-pack", "2.0.0", pack.content_hash) is None


def test_registry_built_directly_refuses_two_packs_with_one_key() -> None:
    pack = load_pack(MINIMAL)
    with pytest.raises(ValueError, match="two packs with id 'test-pack'"):
        PackRegistry([pack, load_pack(PACKS / "valid" / "minimal-reformatted.yaml")])


def test_registries_share_nothing(tmp_path: Path) -> None:
    write_pack(tmp_path, "a.yaml")
    with_user = PackRegistry.load(tmp_path, include_shipped=False)
    without = PackRegistry.load(None, include_shipped=False)
    assert len(with_user) == 1
    assert len(without) == 0


def test_load_errors_are_pack_errors(tmp_path: Path) -> None:
    shutil.copy(PACKS / "broken" / "not-utf8.yaml", tmp_path / "latin1.yaml")
    registry = PackRegistry.load(tmp_path, include_shipped=False)
    assert all(isinstance(error, PackError) for error in registry.load_errors)
    assert "not UTF-8" in str(registry.load_errors[0])
