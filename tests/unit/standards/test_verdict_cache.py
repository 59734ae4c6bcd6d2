"""The verdict cache: an unchanged broken user pack is not validated again at every start, and
the cache is never trusted beyond the file it describes."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from promise_tracker.standards import registry as registry_module
from promise_tracker.standards.registry import PackRegistry
from promise_tracker.standards.verdict_cache import CACHE_FILENAME

PACKS = Path(__file__).resolve().parents[2] / "fixtures" / "packs"
BROKEN = PACKS / "broken" / "several-problems.yaml"
MINIMAL = PACKS / "valid" / "minimal.yaml"


class Counter:
    """Counts the user packs validated, by wrapping the registry's validation entry point."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.origins: list[str] = []
        real = registry_module.load_pack_bytes

        def counting(data: bytes, origin: str):  # type: ignore[no-untyped-def]
            if not origin.startswith("shipped:"):
                self.origins.append(origin)
            return real(data, origin)

        monkeypatch.setattr(registry_module, "load_pack_bytes", counting)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    (tmp_path / "packs").mkdir()
    return tmp_path


def load(data_dir: Path) -> PackRegistry:
    return PackRegistry.load(data_dir / "packs", include_shipped=False)


def put(data_dir: Path, source: Path, name: str) -> Path:
    target = data_dir / "packs" / name
    target.write_bytes(source.read_bytes())
    return target


def test_an_unchanged_broken_pack_is_validated_once_and_reported_alike(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = put(data_dir, BROKEN, "broken.yaml")
    put(data_dir, MINIMAL, "good.yaml")
    counter = Counter(monkeypatch)
    first = load(data_dir)
    assert sorted(counter.origins) == sorted([str(broken), str(data_dir / "packs" / "good.yaml")])
    cache = data_dir / CACHE_FILENAME
    assert cache.is_file()
    if os.name == "posix":
        assert stat.S_IMODE(cache.stat().st_mode) == 0o600

    counter.origins.clear()
    second = load(data_dir)
    # The good pack is read again (the app needs its content); the broken one is not.
    assert counter.origins == [str(data_dir / "packs" / "good.yaml")]
    assert [str(error) for error in second.load_errors] == [
        str(error) for error in first.load_errors
    ]
    assert str(broken) in str(second.load_errors[0])
    assert [pack.id for pack in second] == ["test-pack"]


def test_a_changed_file_is_validated_again_even_with_the_same_size_and_time(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = put(data_dir, BROKEN, "broken.yaml")
    load(data_dir)
    before = broken.stat()
    # Same length, same modification time: only the hash of the bytes tells.
    data = bytearray(broken.read_bytes())
    index = data.index(b"#")
    data[index : index + 1] = b" "
    broken.write_bytes(bytes(data))
    os.utime(broken, ns=(before.st_atime_ns, before.st_mtime_ns))
    counter = Counter(monkeypatch)
    load(data_dir)
    assert counter.origins == [str(broken)]


def test_a_fixed_pack_loads_and_leaves_the_cache(data_dir: Path) -> None:
    broken = put(data_dir, BROKEN, "mine.yaml")
    assert load(data_dir).load_errors
    broken.write_bytes(MINIMAL.read_bytes())
    registry = load(data_dir)
    assert registry.load_errors == ()
    assert [pack.origin for pack in registry] == [str(broken)]
    document = json.loads((data_dir / CACHE_FILENAME).read_text(encoding="utf-8"))
    assert document["verdicts"] == {}


@pytest.mark.parametrize(
    "content",
    [
        b"{not json",
        b"\xff\xfe\x00",
        b"[]",
        json.dumps({"kind": "something else", "verdicts": {}}).encode(),
        json.dumps(
            {
                "kind": "promise-tracker pack verdicts",
                "format": 1,
                "app_version": "0.0.0-another",
                "pack_format": 1,
                "verdicts": {},
            }
        ).encode(),
    ],
    ids=["corrupt", "not-utf8", "not-a-mapping", "foreign", "other-version"],
)
def test_a_corrupt_or_foreign_cache_is_ignored_and_rebuilt(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, content: bytes
) -> None:
    broken = put(data_dir, BROKEN, "broken.yaml")
    cache = data_dir / CACHE_FILENAME
    cache.write_bytes(content)
    counter = Counter(monkeypatch)
    registry = load(data_dir)
    assert counter.origins == [str(broken)]
    assert len(registry.load_errors) == 1
    document = json.loads(cache.read_text(encoding="utf-8"))
    assert list(document["verdicts"]) == [str(broken)]


def test_a_forged_verdict_for_other_bytes_is_not_trusted(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    good = put(data_dir, BROKEN, "good.yaml")
    load(data_dir)  # a genuine cache entry for the broken file
    cache = data_dir / CACHE_FILENAME
    document = json.loads(cache.read_text(encoding="utf-8"))
    # Someone makes the file valid and keeps the stale verdict (size and time made to match).
    good.write_bytes(MINIMAL.read_bytes())
    entry = document["verdicts"][str(good)]
    entry["size"] = good.stat().st_size
    entry["mtime_ns"] = good.stat().st_mtime_ns
    cache.write_text(json.dumps(document), encoding="utf-8")
    counter = Counter(monkeypatch)
    registry = load(data_dir)
    assert counter.origins == [str(good)]
    assert registry.load_errors == ()
    assert [pack.id for pack in registry] == ["test-pack"]


def test_an_unwritable_cache_only_means_validating_again(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    put(data_dir, BROKEN, "broken.yaml")
    (data_dir / CACHE_FILENAME).mkdir()  # a folder in the way: the cache cannot be written
    registry = load(data_dir)
    assert len(registry.load_errors) == 1
    counter = Counter(monkeypatch)
    load(data_dir)
    assert len(counter.origins) == 1


def test_a_folder_that_is_not_a_data_folders_packs_folder_writes_no_cache(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    (folder / "broken.yaml").write_bytes(BROKEN.read_bytes())
    assert PackRegistry.load(folder, include_shipped=False).load_errors
    assert not (tmp_path / CACHE_FILENAME).exists()
    assert sorted(path.name for path in folder.iterdir()) == ["broken.yaml"]
