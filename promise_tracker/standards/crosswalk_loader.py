"""Reads crosswalk files (safe YAML) and checks them against the two pack versions they join."""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from promise_tracker.errors import PackError
from promise_tracker.standards.crosswalk import Change, CriterionChange, Crosswalk
from promise_tracker.standards.loader import _decode
from promise_tracker.standards.model import Pack
from promise_tracker.standards.problems import PACK_PATH, PackValidationError, Problem
from promise_tracker.standards.registry import (
    CROSSWALK_SUFFIX,
    SHIPPED_ORIGIN_PREFIX,
    SHIPPED_PACKAGE,
    version_key,
)
from promise_tracker.standards.validation import (
    CRITERION_ID,
    CRITERION_ID_RULE,
    DOTTED_NUMBER,
    PackReader,
    describe,
    render_path,
)
from promise_tracker.standards.yaml_source import Locator, PathPart, YamlSyntaxError, parse_yaml

__all__ = [
    "CROSSWALK_PATH",
    "CrosswalkValidationError",
    "check_crosswalk",
    "crosswalk_problems",
    "discover_crosswalks",
    "is_crosswalk_file",
    "load_crosswalk",
    "load_crosswalk_bytes",
    "load_crosswalk_text",
    "shipped_crosswalk_files",
]

# The path shown for problems with the crosswalk as a whole (empty file, not a mapping...).
CROSSWALK_PATH = "(crosswalk)"

TOP_REQUIRED = ("format", "pack", "from", "to", "criteria")
TOP_OPTIONAL = ("new",)

# Changes written as one word: the criterion keeps its id (or, retired, leads nowhere).
BARE_CHANGES = {
    "unchanged": Change.UNCHANGED,
    "reworded": Change.REWORDED,
    "changed": Change.CHANGED,
    "retired": Change.RETIRED,
}
# Changes written as {change: target}.
TARGETED_CHANGES = {
    "reworded": Change.REWORDED,
    "changed": Change.CHANGED,
    "split": Change.SPLIT,
    "merged": Change.MERGED,
}
CHANGE_WORDS = ("unchanged", "reworded", "changed", "split", "merged", "retired")
CHANGE_RULE = (
    "use unchanged, reworded, changed or retired, {split: [ID, ID]}, {merged: ID}, "
    "or {reworded: ID} / {changed: ID} for another id"
)

Path_ = tuple[str | int, ...]


class CrosswalkValidationError(PackValidationError):
    """A crosswalk has problems; `problems` lists every one found, in file order."""

    def __init__(self, origin: str, problems: Iterable[Problem]) -> None:
        self.origin = origin
        self.problems = tuple(problems)
        count = len(self.problems)
        noun = "problem" if count == 1 else "problems"
        listing = "\n".join(f"  {problem}" for problem in self.problems)
        PackError.__init__(self, f"The crosswalk {origin} has {count} {noun}:\n{listing}")


def is_crosswalk_file(name: str) -> bool:
    """Whether a file name is a crosswalk's (`*.crosswalk.yaml`), not a pack's."""
    return name.lower().endswith(CROSSWALK_SUFFIX)


# -- reading ------------------------------------------------------------------------------------


def load_crosswalk(path: Path) -> Crosswalk:
    """Read the crosswalk in `path` (its origin is the path), checking its structure only.

    Raises PackError when the file cannot be read, CrosswalkValidationError when it is not a
    well-formed crosswalk. Whether it fits its two packs is `check_crosswalk`'s business.
    """
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise PackError(f"Crosswalk not found: {path}") from exc
    except IsADirectoryError as exc:
        raise PackError(f"Cannot read the crosswalk {path}: it is a folder") from exc
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise PackError(f"Cannot read the crosswalk {path}: {reason}") from exc
    return load_crosswalk_bytes(data, str(path))


def load_crosswalk_bytes(data: bytes, origin: str) -> Crosswalk:
    """Read a crosswalk given as the bytes of a file (which must be UTF-8)."""
    try:
        text = _decode(data, origin)
    except PackValidationError as exc:
        raise CrosswalkValidationError(origin, _as_crosswalk_problems(exc.problems)) from exc
    return load_crosswalk_text(text, origin)


def load_crosswalk_text(text: str, origin: str) -> Crosswalk:
    """Read a crosswalk given as YAML text; `origin` names it in problems."""
    try:
        return _load(text, origin, fast=True)
    except CrosswalkValidationError:
        # Problems are described from the pure-Python parser's nodes, so parse again.
        return _load(text, origin, fast=False)


def _load(text: str, origin: str, *, fast: bool) -> Crosswalk:
    try:
        parsed = parse_yaml(text, fast=fast)
    except YamlSyntaxError as exc:
        message = exc.message.replace("a pack may not", "a crosswalk may not")
        raise CrosswalkValidationError(
            origin, [Problem(origin, exc.line, CROSSWALK_PATH, message)]
        ) from exc
    problems: list[Problem] = []
    for duplicate in parsed.duplicates:
        path = _render((*duplicate.path, duplicate.key))
        if duplicate.path == ("criteria",):
            message = (
                f"'{duplicate.key}' is listed twice (first at line {duplicate.first_line}); "
                "say once what it became"
            )
        else:
            message = (
                f"duplicate key '{duplicate.key}' (first given at line "
                f"{duplicate.first_line}); YAML would silently keep only the last one"
            )
        problems.append(Problem(origin, duplicate.line, path, message))
    reader = _CrosswalkReader(origin, parsed.locator)
    crosswalk = reader.read_crosswalk(parsed.data)
    problems.extend(reader.problems)
    if problems or crosswalk is None:
        problems.sort(key=lambda problem: problem.line or 0)
        raise CrosswalkValidationError(origin, problems)
    return crosswalk


def _render(path: Sequence[str | int]) -> str:
    rendered = render_path(path)
    return CROSSWALK_PATH if rendered == PACK_PATH else rendered


def _as_crosswalk_problems(problems: Iterable[Problem]) -> list[Problem]:
    return [
        replace(problem, path=CROSSWALK_PATH) if problem.path == PACK_PATH else problem
        for problem in problems
    ]


class _CrosswalkReader(PackReader):
    """Reads one parsed crosswalk document, collecting every problem instead of stopping."""

    KIND = "crosswalk"

    def __init__(self, origin: str, locator: Locator) -> None:
        super().__init__(origin, locator)
        self._lines_from = locator
        self.lines: dict[str, int] = {}  # rendered path -> line, kept for later checks

    def problem(self, path: Path_, message: str, *, at: Sequence[PathPart] | None = None) -> None:
        super().problem(path, message, at=at)
        if not path:
            self.problems[-1] = replace(self.problems[-1], path=CROSSWALK_PATH)

    def _note_line(self, path: Path_) -> None:
        line = self._lines_from.line(path)
        if line is not None:
            self.lines[render_path(path)] = line

    def read_crosswalk(self, data: object) -> Crosswalk | None:
        """The crosswalk, or None when there are problems (see `problems`)."""
        root: Path_ = ()
        mapping = self._root_mapping(data, "format, pack, from, to, criteria")
        if mapping is None:
            return None
        data = mapping
        if not self._format_understood(data):
            return None
        fields = self._fields(data, root, TOP_REQUIRED, TOP_OPTIONAL)
        assert fields is not None  # data is a dict
        for name in (*TOP_REQUIRED, *TOP_OPTIONAL):
            if name in fields:
                self._note_line((name,))
        pack_id = self._field(fields, root, "pack", self._slug("pack id", "promise-bqs-2017"))
        start = self._field(fields, root, "from", self._read_version) or ""
        end = self._field(fields, root, "to", self._read_version) or ""
        if (
            DOTTED_NUMBER.fullmatch(start)
            and DOTTED_NUMBER.fullmatch(end)
            and version_key(start) >= version_key(end)
        ):
            self.problem(
                ("to",),
                f"version {end} is not later than version {start} given under from: a "
                "crosswalk leads from a version of a pack to a later one",
            )
        changes = self._field(fields, root, "criteria", self._read_changes) or ()
        new_ids = self._field(fields, root, "new", self._read_new) or ()
        if self.problems:
            return None
        return Crosswalk(
            pack_id=pack_id or "",
            from_version=start,
            to_version=end,
            changes=tuple(changes),
            new_ids=tuple(new_ids),
            origin=self.origin,
            lines=dict(self.lines),
        )

    def _read_changes(self, value: object, path: Path_) -> list[CriterionChange]:
        if not isinstance(value, dict):
            self._wrong_type(
                value, path, "a mapping from each criterion id of the old version to what it became"
            )
            return []
        if not value:
            self.problem(
                path, "no criteria listed: say what each criterion of the old version became"
            )
            return []
        changes: list[CriterionChange] = []
        for key, item in value.items():
            if not isinstance(key, str):
                where = (*path, key)
                message = self._type_message(
                    key, where, "a criterion id", key=True, text_expected=True
                )
                self.problem(path, message, at=where)
                continue
            where = (*path, key)
            self._note_line(where)
            valid_id = self._criterion_id(key, where)
            change = self._read_change(key, item, where)
            if change is not None and valid_id:
                changes.append(change)
        return changes

    def _criterion_id(self, value: str, path: Path_) -> bool:
        if CRITERION_ID.fullmatch(value):
            return True
        self.problem(path, f"criterion id '{value}' is not valid: {CRITERION_ID_RULE}")
        return False

    def _read_change(self, old_id: str, value: object, where: Path_) -> CriterionChange | None:
        if isinstance(value, str):
            if value in BARE_CHANGES:
                kind = BARE_CHANGES[value]
                kept: tuple[str, ...] = () if kind == Change.RETIRED else (old_id,)
                return CriterionChange(old_id, kind, kept)
            if value == "split":
                self.problem(where, "split needs the ids it became, like {split: [ID, ID]}")
            elif value == "merged":
                self.problem(where, "merged needs the id it became part of, like {merged: ID}")
            else:
                self.problem(where, f"unknown change '{value}'{_suggestion(value)}: {CHANGE_RULE}")
            return None
        if not isinstance(value, dict):
            self.problem(
                where, f"say what '{old_id}' became ({CHANGE_RULE}); found {describe(value)}"
            )
            return None
        if len(value) != 1:
            written = ", ".join(str(key) for key in value) or "none"
            self.problem(
                where, f"give exactly one change for '{old_id}', found {len(value)} ({written})"
            )
            return None
        ((word, target),) = value.items()
        at = (*where, word)
        if word in ("unchanged", "retired"):
            hint = (
                "unchanged keeps the criterion's id and takes none; under another id write "
                "{reworded: ID}"
                if word == "unchanged"
                else "retired leads to no criterion and takes no id; write retired alone"
            )
            self.problem(at, hint)
            return None
        if not isinstance(word, str) or word not in TARGETED_CHANGES:
            self.problem(at, f"unknown change '{word}'{_suggestion(str(word))}: {CHANGE_RULE}")
            return None
        kind = TARGETED_CHANGES[word]
        if kind == Change.SPLIT:
            parts = self._read_split(target, at)
            return None if parts is None else CriterionChange(old_id, kind, parts)
        if not isinstance(target, str):
            self.problem(
                at,
                f"{word} names one criterion id, like {{{word}: ID}}; found {describe(target)}",
            )
            return None
        self._note_line(at)
        if not self._criterion_id(target, at):
            return None
        return CriterionChange(old_id, kind, (target,))

    def _read_split(self, value: object, path: Path_) -> tuple[str, ...] | None:
        if not isinstance(value, list):
            self.problem(
                path,
                f"split needs a list of two or more ids, like {{split: [ID, ID]}}; "
                f"found {describe(value)}",
            )
            return None
        into: list[str] = []
        valid = True
        for index, item in enumerate(value):
            where = (*path, index)
            self._note_line(where)
            target = self._str(item, where)
            if target is None or not self._criterion_id(target, where):
                valid = False
            elif target in into:
                self.problem(where, f"'{target}' is listed twice")
                valid = False
            else:
                into.append(target)
        if valid and len(into) < 2:
            self.problem(
                path, "split needs two or more ids; for one, use reworded or changed with its id"
            )
            return None
        return tuple(into) if valid else None

    def _read_new(self, value: object, path: Path_) -> list[str]:
        items = self._list(value, path)
        if items is None:
            return []
        new_ids: list[str] = []
        first: dict[str, int | None] = {}
        for index, item in enumerate(items):
            where = (*path, index)
            self._note_line(where)
            new_id = self._str(item, where)
            if new_id is None or not self._criterion_id(new_id, where):
                continue
            if new_id in first:
                self.problem(where, f"'{new_id}' is listed twice (first at line {first[new_id]})")
                continue
            first[new_id] = self._lines_from.line(where)
            new_ids.append(new_id)
        return new_ids


def _suggestion(name: str) -> str:
    matches = difflib.get_close_matches(name, CHANGE_WORDS, n=1, cutoff=0.6)
    return f" (did you mean '{matches[0]}'?)" if matches else ""


# -- checking against the packs -----------------------------------------------------------------


def check_crosswalk(crosswalk: Crosswalk, old_pack: Pack, new_pack: Pack) -> None:
    """Raise CrosswalkValidationError listing every way `crosswalk` does not fit the two packs."""
    problems = crosswalk_problems(crosswalk, old_pack, new_pack)
    if problems:
        raise CrosswalkValidationError(crosswalk.origin, problems)


def crosswalk_problems(crosswalk: Crosswalk, old_pack: Pack, new_pack: Pack) -> list[Problem]:
    """Every way `crosswalk` does not lead from `old_pack` to `new_pack`, in file order."""
    return _Checker(crosswalk, old_pack, new_pack).run()


class _Checker:
    def __init__(self, crosswalk: Crosswalk, old_pack: Pack, new_pack: Pack) -> None:
        self.crosswalk = crosswalk
        self.old = old_pack
        self.new = new_pack
        self.problems: list[Problem] = []

    def problem(self, path: str, message: str) -> None:
        line = self.crosswalk.lines.get(path)
        self.problems.append(Problem(self.crosswalk.origin, line, path, message))

    def line(self, path: str) -> str:
        line = self.crosswalk.lines.get(path)
        return f"line {line}" if line is not None else path

    def run(self) -> list[Problem]:
        if self._identity_fits():
            self._old_ids()
            self._targets()
            self._new_ids()
        self.problems.sort(key=lambda problem: problem.line or 0)
        return self.problems

    def _identity_fits(self) -> bool:
        crosswalk, old, new = self.crosswalk, self.old, self.new
        fits = True
        for pack_id in dict.fromkeys((old.id, new.id)):
            if pack_id != crosswalk.pack_id:
                self.problem(
                    "pack",
                    f"the crosswalk is for the pack '{crosswalk.pack_id}', but it was checked "
                    f"against the pack '{pack_id}'",
                )
                fits = False
        for field, pack, version in (
            ("from", old, crosswalk.from_version),
            ("to", new, crosswalk.to_version),
        ):
            if pack.version != version:
                self.problem(
                    field,
                    f"the crosswalk's {field} version is {version}, but it was checked against "
                    f"version {pack.version} ({pack.origin})",
                )
                fits = False
        return fits

    def _old_ids(self) -> None:
        listed = {change.old_id for change in self.crosswalk.changes}
        old_ids = [criterion.id for criterion in self.old.criteria()]
        missing = [criterion_id for criterion_id in old_ids if criterion_id not in listed]
        if missing:
            noun = "criterion" if len(missing) == 1 else "criteria"
            self.problem(
                "criteria",
                f"{noun} of version {self.old.version} not listed: {', '.join(missing)}; "
                f"say what {'it' if len(missing) == 1 else 'each'} became",
            )
        for change in self.crosswalk.changes:
            if not self.old.has_criterion(change.old_id):
                self.problem(
                    f"criteria.{change.old_id}",
                    f"'{change.old_id}' is not a criterion of version {self.old.version}",
                )

    def _targets(self) -> None:
        sources: dict[str, list[CriterionChange]] = {}
        for change in self.crosswalk.changes:
            if not self.old.has_criterion(change.old_id):
                continue  # reported already; what it leads to is beside the point
            for index, target in enumerate(change.into):
                if self.new.has_criterion(target):
                    sources.setdefault(target, []).append(change)
                    continue
                path = self._into_path(change, index)
                if path == f"criteria.{change.old_id}":
                    self.problem(
                        path,
                        f"'{target}' is not in version {self.new.version}: say what it became "
                        "(another id, split, merged or retired)",
                    )
                else:
                    self.problem(
                        path, f"'{target}' is not a criterion of version {self.new.version}"
                    )
            if change.change == Change.UNCHANGED and self.new.has_criterion(change.old_id):
                self._same_statement(change.old_id)
        for target, leading in sources.items():
            self._sources_of(target, leading)

    def _same_statement(self, criterion_id: str) -> None:
        before = self.old.criterion(criterion_id).statement.as_dict()
        after = self.new.criterion(criterion_id).statement.as_dict()
        differing = [
            language
            for language in sorted(set(before) | set(after))
            if before.get(language) != after.get(language)
        ]
        if differing:
            self.problem(
                f"criteria.{criterion_id}",
                f"'{criterion_id}' is marked unchanged but its statement differs in version "
                f"{self.new.version} ({', '.join(differing)}): use reworded when the meaning "
                "is the same, changed when it is not",
            )

    def _sources_of(self, target: str, leading: list[CriterionChange]) -> None:
        merged = [change for change in leading if change.change == Change.MERGED]
        if len(leading) > 1 and len(merged) < len(leading):
            for change in leading:
                if change.change == Change.MERGED:
                    continue
                others = ", ".join(
                    f"'{other.old_id}' ({self.line('criteria.' + other.old_id)})"
                    for other in leading
                    if other is not change
                )
                self.problem(
                    f"criteria.{change.old_id}",
                    f"'{target}' is also reached from {others}: several criteria may lead to "
                    f"one only when each is merged into it ({{merged: {target}}})",
                )
        elif len(merged) == 1:
            change = merged[0]
            self.problem(
                f"criteria.{change.old_id}",
                f"'{change.old_id}' is the only criterion merged into '{target}': a merge "
                "joins two or more criteria; use reworded or changed",
            )

    def _new_ids(self) -> None:
        reached: dict[str, str] = {}
        for change in self.crosswalk.changes:
            for target in change.into:
                reached.setdefault(target, change.old_id)
        new_ids = [criterion.id for criterion in self.new.criteria()]
        for index, new_id in enumerate(self.crosswalk.new_ids):
            path = f"new[{index}]"
            if not self.new.has_criterion(new_id):
                self.problem(path, f"'{new_id}' is not a criterion of version {self.new.version}")
            elif new_id in reached:
                source = reached[new_id]
                self.problem(
                    path,
                    f"'{new_id}' is reached from '{source}' "
                    f"({self.line('criteria.' + source)}), so it is not new; remove it from new",
                )
            elif self.old.has_criterion(new_id):
                self.problem(
                    path,
                    f"'{new_id}' is already a criterion of version {self.old.version}: an id is "
                    f"never reused for a new criterion; under criteria, say what '{new_id}' "
                    "became",
                )
        listed = set(self.crosswalk.new_ids)
        unreached = [i for i in new_ids if i not in reached and i not in listed]
        if unreached:
            noun = "criterion" if len(unreached) == 1 else "criteria"
            path = "new" if "new" in self.crosswalk.lines else "criteria"
            self.problem(
                path,
                f"{noun} of version {self.new.version} that no criterion leads to: "
                f"{', '.join(unreached)}; list {'it' if len(unreached) == 1 else 'them'} "
                "under new, or say under criteria which criterion became "
                f"{'it' if len(unreached) == 1 else 'each'}",
            )

    def _into_path(self, change: CriterionChange, index: int) -> str:
        base = f"criteria.{change.old_id}"
        candidates = ([f"{base}.split[{index}]"] if change.change == Change.SPLIT else []) + [
            f"{base}.{change.change.value}"
        ]
        for candidate in candidates:
            if candidate in self.crosswalk.lines:
                return candidate
        return base


# -- finding them -------------------------------------------------------------------------------


def shipped_crosswalk_files() -> list[Traversable]:
    """Every crosswalk shipped with the app (beside the shipped packs), by name."""
    folder = resources.files(SHIPPED_PACKAGE)
    entries = [entry for entry in folder.iterdir() if entry.name.endswith(CROSSWALK_SUFFIX)]
    return sorted((entry for entry in entries if entry.is_file()), key=lambda entry: entry.name)


def discover_crosswalks(
    packs: Mapping[tuple[str, str], Pack],
    user_dir: Path | None,
    errors: list[PackError],
    *,
    include_shipped: bool = True,
) -> list[Crosswalk]:
    """The shipped crosswalks and those in `user_dir`, each checked against its two packs.

    A broken shipped crosswalk, or one whose packs are not shipped, is a bug in the app and
    raises. A broken user crosswalk, or one whose packs are not installed, lands in `errors`.
    """
    found: dict[tuple[str, str, str], Crosswalk] = {}
    if include_shipped:
        for entry in shipped_crosswalk_files():
            origin = SHIPPED_ORIGIN_PREFIX + entry.name
            crosswalk = load_crosswalk_bytes(entry.read_bytes(), origin)
            old, new = _packs_of(crosswalk, packs)
            if (
                old is None
                or new is None
                or not old.origin.startswith(SHIPPED_ORIGIN_PREFIX)
                or not new.origin.startswith(SHIPPED_ORIGIN_PREFIX)
            ):
                raise PackError(
                    f"The shipped crosswalk {origin} leads from {crosswalk.pack_id} "
                    f"{crosswalk.from_version} to {crosswalk.to_version}, but those two "
                    "versions are not both shipped."
                )
            check_crosswalk(crosswalk, old, new)
            found[_step(crosswalk)] = crosswalk
    if user_dir is not None:
        for path in _user_crosswalk_files(user_dir):
            try:
                crosswalk = load_crosswalk(path)
                old, new = _packs_of(crosswalk, packs)
                if old is None or new is None:
                    raise PackError(_unmatched_message(crosswalk, old, new))
                check_crosswalk(crosswalk, old, new)
            except PackError as exc:
                errors.append(exc)
                continue
            existing = found.get(_step(crosswalk))
            if existing is None:
                found[_step(crosswalk)] = crosswalk
            elif (existing.changes, existing.new_ids) != (crosswalk.changes, crosswalk.new_ids):
                errors.append(PackError(_conflict_message(crosswalk, existing)))
            # else: an identical copy adds nothing.
    return list(found.values())


def _step(crosswalk: Crosswalk) -> tuple[str, str, str]:
    return (crosswalk.pack_id, crosswalk.from_version, crosswalk.to_version)


def _packs_of(
    crosswalk: Crosswalk, packs: Mapping[tuple[str, str], Pack]
) -> tuple[Pack | None, Pack | None]:
    return (
        packs.get((crosswalk.pack_id, crosswalk.from_version)),
        packs.get((crosswalk.pack_id, crosswalk.to_version)),
    )


def missing_versions(
    crosswalk: Crosswalk, old: Pack | None, new: Pack | None, pack_name: str
) -> str:
    """Which of the crosswalk's two pack versions were not found (`old` or `new` is None),
    as the subject of a sentence: "version 1.0.0 of <pack_name> is" or "versions ... are"."""
    missing = [
        version
        for version, pack in ((crosswalk.from_version, old), (crosswalk.to_version, new))
        if pack is None
    ]
    if len(missing) == 1:
        return f"version {missing[0]} of {pack_name} is"
    return f"versions {' and '.join(missing)} of {pack_name} are"


def _unmatched_message(crosswalk: Crosswalk, old: Pack | None, new: Pack | None) -> str:
    which = missing_versions(crosswalk, old, new, "that pack")
    return (
        f"The crosswalk {crosswalk.origin} leads from {crosswalk.pack_id} "
        f"{crosswalk.from_version} to {crosswalk.to_version}, but {which} not installed; add "
        "the pack to the packs folder, or remove the crosswalk."
    )


def _conflict_message(crosswalk: Crosswalk, existing: Crosswalk) -> str:
    return (
        f"The crosswalk {crosswalk.origin} conflicts with {existing.origin}: both lead from "
        f"{crosswalk.pack_id} {crosswalk.from_version} to {crosswalk.to_version} but say "
        "different things. Remove one of them."
    )


def _user_crosswalk_files(user_dir: Path) -> list[Path]:
    # An unreadable or missing folder is reported by the packs' own discovery.
    try:
        entries = sorted(user_dir.iterdir())
    except OSError:
        return []
    return [
        entry
        for entry in entries
        if is_crosswalk_file(entry.name) and not entry.name.startswith(".") and entry.is_file()
    ]
