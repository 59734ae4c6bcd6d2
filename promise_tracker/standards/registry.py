"""The standards packs the app offers: those shipped with it and those in the user's folder."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from promise_tracker.errors import NotFoundError, PackError
from promise_tracker.standards.crosswalk import Crosswalk, chain
from promise_tracker.standards.loader import load_pack, load_pack_bytes
from promise_tracker.standards.model import Pack

SHIPPED_PACKAGE = "promise_tracker.shipped_packs"
SHIPPED_ORIGIN_PREFIX = "shipped:"
# Users name YAML files both ways; shipped packs always use .yaml.
USER_PACK_SUFFIXES = (".yaml", ".yml")
# Crosswalks between pack versions lie beside the packs; they are not packs.
CROSSWALK_SUFFIX = ".crosswalk.yaml"

_NUMBER = re.compile(r"[0-9]+")


def shipped_pack_files() -> list[Traversable]:
    """Every *.yaml shipped with the app, by name (they live in the top-level standards/ folder)."""
    folder = resources.files(SHIPPED_PACKAGE)
    entries = [
        entry
        for entry in folder.iterdir()
        if entry.name.endswith(".yaml") and not entry.name.endswith(CROSSWALK_SUFFIX)
    ]
    return sorted((entry for entry in entries if entry.is_file()), key=lambda entry: entry.name)


def version_key(version: str) -> tuple[int, ...]:
    """Orders dotted versions numerically, so "1.10.0" comes after "1.9.0".

    The loader only accepts dotted numbers; anything else sorts before every number.
    """
    return tuple(int(part) if _NUMBER.fullmatch(part) else -1 for part in version.split("."))


def _pack_order(pack: Pack) -> tuple[str, tuple[int, ...], str]:
    return (pack.id, version_key(pack.version), pack.version)


class PackRegistry:
    """The loaded packs, by id and version, and the user packs that could not be loaded."""

    def __init__(
        self,
        packs: Iterable[Pack] = (),
        load_errors: Iterable[PackError] = (),
        crosswalks: Iterable[Crosswalk] = (),
    ) -> None:
        self._packs: dict[tuple[str, str], Pack] = {}
        self.crosswalks: tuple[Crosswalk, ...] = tuple(crosswalks)
        for pack in packs:
            if pack.key in self._packs:
                raise ValueError(f"two packs with id {pack.id!r} and version {pack.version!r}")
            self._packs[pack.key] = pack
        self._ordered = tuple(sorted(self._packs.values(), key=_pack_order))
        self.load_errors: tuple[PackError, ...] = tuple(load_errors)

    @classmethod
    def load(cls, user_dir: Path | None = None, include_shipped: bool = True) -> PackRegistry:
        """Load the shipped packs and the packs in `user_dir`.

        A broken shipped pack is a bug in the app and raises PackError. A broken or conflicting
        user pack only lands in `load_errors`, so one bad file never stops the app.
        """
        packs: dict[tuple[str, str], Pack] = {}
        errors: list[PackError] = []
        if include_shipped:
            for entry in shipped_pack_files():
                pack = load_pack_bytes(entry.read_bytes(), SHIPPED_ORIGIN_PREFIX + entry.name)
                if pack.key in packs:
                    raise PackError(_conflict_message(pack, packs[pack.key]))
                packs[pack.key] = pack
        if user_dir is not None:
            for path in _user_pack_files(user_dir, errors):
                try:
                    pack = load_pack(path)
                except PackError as exc:
                    errors.append(exc)
                    continue
                existing = packs.get(pack.key)
                if existing is None:
                    packs[pack.key] = pack
                elif existing.content_hash != pack.content_hash:
                    errors.append(PackError(_conflict_message(pack, existing)))
                # else: an identical copy (say, of a shipped pack) adds nothing.
        return cls(packs.values(), errors)

    def packs(self) -> tuple[Pack, ...]:
        """All packs, by id and then by version (numerically)."""
        return self._ordered

    def get(self, pack_id: str, version: str) -> Pack:
        try:
            return self._packs[(pack_id, version)]
        except KeyError:
            versions = [pack.version for pack in self._ordered if pack.id == pack_id]
            if versions:
                hint = f"the versions available are {', '.join(versions)}"
            else:
                hint = "no version of it is available"
            raise NotFoundError(
                f"The standards pack {pack_id!r} version {version} is not available; {hint}."
            ) from None

    def find(self, pack_id: str, version: str, content_hash: str) -> Pack | None:
        """The pack with exactly this id, version and content, if it is loaded."""
        pack = self._packs.get((pack_id, version))
        if pack is None or pack.content_hash != content_hash:
            return None
        return pack

    def latest(self, pack_id: str) -> Pack:
        """The highest version of a pack."""
        candidates = [pack for pack in self._ordered if pack.id == pack_id]
        if not candidates:
            raise NotFoundError(f"No version of the standards pack {pack_id!r} is available.")
        return candidates[-1]

    def crosswalk(self, pack_id: str, start: str, end: str) -> Crosswalk | None:
        """The way from version `start` of a pack to the later version `end` (through every
        version between them), or None when no crosswalk joins them or they are the same."""
        return chain(self.crosswalks, pack_id, start, end)

    def __iter__(self) -> Iterator[Pack]:
        return iter(self._ordered)

    def __len__(self) -> int:
        return len(self._ordered)

    def __repr__(self) -> str:
        keys = ", ".join(f"{pack.id} {pack.version}" for pack in self._ordered)
        return f"PackRegistry([{keys}], load_errors={len(self.load_errors)})"


def _user_pack_files(user_dir: Path, errors: list[PackError]) -> list[Path]:
    if not user_dir.exists():
        return []  # no user packs yet
    try:
        entries = sorted(user_dir.iterdir())
    except NotADirectoryError:
        errors.append(PackError(f"The packs folder {user_dir} is a file, not a folder."))
        return []
    except OSError as exc:
        reason = exc.strerror or str(exc)
        errors.append(PackError(f"Cannot read the packs folder {user_dir}: {reason}"))
        return []
    # Hidden files include the "._name.yaml" metadata files macOS leaves on shared drives.
    return [
        entry
        for entry in entries
        if entry.suffix.lower() in USER_PACK_SUFFIXES
        and not entry.name.startswith(".")
        and not entry.name.lower().endswith(CROSSWALK_SUFFIX)
    ]


def _conflict_message(pack: Pack, existing: Pack) -> str:
    return (
        f"The standards pack {pack.origin} ({pack.id} version {pack.version}) conflicts with "
        f"{existing.origin}: both have that id and version but their content differs. "
        "Give one of them a new version."
    )
