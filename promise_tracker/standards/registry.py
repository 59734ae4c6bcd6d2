"""The standards packs the app offers: those shipped with it and those in the user's folder."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from importlib import resources
from importlib.resources.abc import Traversable
from itertools import pairwise
from pathlib import Path

from promise_tracker.errors import NotFoundError, PackError
from promise_tracker.standards.crosswalk import Crosswalk, chain
from promise_tracker.standards.loader import load_pack_bytes, read_pack_file
from promise_tracker.standards.model import Pack
from promise_tracker.standards.problems import PackValidationError, escape_controls
from promise_tracker.standards.verdict_cache import CACHE_FILENAME, FileStamp, VerdictCache

SHIPPED_PACKAGE = "promise_tracker.shipped_packs"
SHIPPED_ORIGIN_PREFIX = "shipped:"
# Users name YAML files both ways; shipped packs always use .yaml.
USER_PACK_SUFFIXES = (".yaml", ".yml")
# Crosswalks between pack versions lie beside the packs; they are not packs.
CROSSWALK_SUFFIX = ".crosswalk.yaml"
# The name of the packs folder inside a data folder (paths.AppPaths.user_packs_dir); the verdict
# cache of such a folder lives beside it, in the data folder.
USER_PACKS_FOLDER = "packs"

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


def is_shipped(pack: Pack) -> bool:
    """Whether the pack came with the app (rather than from the user's packs folder)."""
    return pack.origin.startswith(SHIPPED_ORIGIN_PREFIX)


def split_local_variants(packs: Iterable[Pack]) -> tuple[list[Pack], list[Pack]]:
    """`packs` as (the packs to offer, the local variants), each in the given order.

    A local variant is a user's pack that has the id of a shipped pack (with another version,
    since the same version with other content is refused): it may say something else than the
    standards the app ships, so it is used only when the user picks it explicitly.
    """
    packs = list(packs)
    shipped_ids = {pack.id for pack in packs if is_shipped(pack)}
    variants = [pack for pack in packs if not is_shipped(pack) and pack.id in shipped_ids]
    offered = [pack for pack in packs if is_shipped(pack) or pack.id not in shipped_ids]
    return offered, variants


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
    def load(
        cls,
        user_dir: Path | None = None,
        include_shipped: bool = True,
        *,
        verdict_cache: Path | None = None,
        refuse_dropped: bool = True,
    ) -> PackRegistry:
        """Load the shipped packs and the packs in `user_dir`.

        A broken shipped pack is a bug in the app and raises PackError. A broken or conflicting
        user pack only lands in `load_errors`, so one bad file never stops the app.

        A user's pack version that leaves out criteria of the version before it without a
        crosswalk is refused (not with `refuse_dropped=False`: for checking that crosswalk).

        Broken user packs are remembered in `verdict_cache` (by default, for a data folder's
        packs folder, a file in that data folder), so an unchanged broken file is not validated
        again at every start.
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
            if verdict_cache is None and user_dir.name == USER_PACKS_FOLDER:
                verdict_cache = user_dir.parent / CACHE_FILENAME
            verdicts = VerdictCache(verdict_cache)
            for path in _user_pack_files(user_dir, errors):
                try:
                    pack = _load_user_pack(path, verdicts)
                except PackError as exc:
                    errors.append(exc)
                    continue
                existing = packs.get(pack.key)
                if existing is None:
                    packs[pack.key] = pack
                elif existing.content_hash != pack.content_hash:
                    errors.append(PackError(_conflict_message(pack, existing)))
                # else: an identical copy (say, of a shipped pack) adds nothing.
            verdicts.save()
        # Imported here: the crosswalk loader builds on this module.
        from promise_tracker.standards.crosswalk_loader import discover_crosswalks

        crosswalks = discover_crosswalks(packs, user_dir, errors, include_shipped=include_shipped)
        dropping = _dropping_without_crosswalk(packs.values(), crosswalks) if refuse_dropped else []
        for refused in dropping:
            pack, missing = refused
            del packs[pack.key]
            crosswalks = [
                c
                for c in crosswalks
                if pack.version not in (c.from_version, c.to_version) or c.pack_id != pack.id
            ]
            errors.append(PackError(_dropped_message(pack, missing)))
        return cls(packs.values(), errors, crosswalks)

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
        """The highest version of a pack: of a shipped pack, the highest shipped version (a
        local variant is only used when picked explicitly)."""
        offered, _ = split_local_variants(self._ordered)
        candidates = [pack for pack in offered if pack.id == pack_id]
        if not candidates:
            raise NotFoundError(f"No version of the standards pack {pack_id!r} is available.")
        return candidates[-1]

    def local_variants(self) -> tuple[Pack, ...]:
        """The user's packs that reuse the id of a shipped pack (see split_local_variants)."""
        return tuple(split_local_variants(self._ordered)[1])

    def is_local_variant(self, pack: Pack) -> bool:
        """Whether `pack` is a user's pack with the id of a shipped pack loaded here."""
        return not is_shipped(pack) and any(
            is_shipped(other) and other.id == pack.id for other in self._ordered
        )

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
        shown = escape_controls(str(user_dir))
        errors.append(PackError(f"The packs folder {shown} is a file, not a folder."))
        return []
    except OSError as exc:
        reason = escape_controls(f"{user_dir}: {exc.strerror or exc}")
        errors.append(PackError(f"Cannot read the packs folder {reason}"))
        return []
    # Hidden files include the "._name.yaml" metadata files macOS leaves on shared drives.
    return [
        entry
        for entry in entries
        if entry.suffix.lower() in USER_PACK_SUFFIXES
        and not entry.name.startswith(".")
        and not entry.name.lower().endswith(CROSSWALK_SUFFIX)
    ]


def _load_user_pack(path: Path, verdicts: VerdictCache) -> Pack:
    """The pack in `path`; a file found broken before and unchanged since is not validated
    again: its remembered problems are raised."""
    data = read_pack_file(path)
    stamp = FileStamp.of(path, data)
    if stamp is None:
        return load_pack_bytes(data, str(path))
    known = verdicts.broken(stamp)
    if known is not None:
        raise known
    try:
        pack = load_pack_bytes(data, str(path))
    except PackValidationError as exc:
        verdicts.remember(stamp, exc)
        raise
    verdicts.remember(stamp, None)
    return pack


def _dropping_without_crosswalk(
    packs: Iterable[Pack], crosswalks: Iterable[Crosswalk]
) -> list[tuple[Pack, list[str]]]:
    """User packs that leave out criteria of the version before them with no crosswalk saying
    what became of them: the meaning of the standards would change unnoticed."""
    ordered = sorted(packs, key=_pack_order)
    steps = {(c.pack_id, c.from_version, c.to_version) for c in crosswalks}
    refused = []
    for earlier, later in pairwise(ordered):
        if earlier.id != later.id or is_shipped(later):
            continue
        if (later.id, earlier.version, later.version) in steps:
            continue
        missing = [c.id for c in earlier.criteria() if not later.has_criterion(c.id)]
        if missing:
            refused.append((later, missing))
    return refused


def _dropped_message(pack: Pack, missing: list[str]) -> str:
    shown = ", ".join(missing[:12]) + (
        f" and {len(missing) - 12} more" if len(missing) > 12 else ""
    )
    return escape_controls(
        f"The standards pack {pack.origin} ({pack.id} version {pack.version}) leaves out "
        f"criteria of the version before it ({shown}) without a crosswalk saying what became "
        "of them, so answers could silently change meaning. Add a crosswalk file beside it "
        "(see standards/README.md) or keep those criteria."
    )


def _conflict_message(pack: Pack, existing: Pack) -> str:
    return escape_controls(
        f"The standards pack {pack.origin} ({pack.id} version {pack.version}) conflicts with "
        f"{existing.origin}: both have that id and version but their content differs. "
        "Give one of them a new version."
    )
