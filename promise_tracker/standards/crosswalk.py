"""What became of each criterion between two versions of a standards pack (no I/O, no Qt).

A crosswalk ships beside a new pack version. For every criterion of the old version it says
what the criterion became in the new one, and it names the criteria that are new:

- unchanged: the same id, the same statement; answers carry over;
- reworded: the same meaning in other words (under the same id unless `into` names another);
  answers carry over and stay comparable;
- changed: the meaning changed (under the same id unless `into` names another); earlier answers
  are not comparable, the criterion is answered again;
- split: the criterion became several (`into` names them); each is answered again;
- merged: several criteria became one (`into` names it); it is answered again;
- retired: the criterion has no successor.

Crosswalks chain: 1.0.0 -> 1.1.0 and 1.1.0 -> 1.2.0 give 1.0.0 -> 1.2.0 (`chain`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum


class Change(StrEnum):
    UNCHANGED = "unchanged"
    REWORDED = "reworded"
    CHANGED = "changed"
    SPLIT = "split"
    MERGED = "merged"
    RETIRED = "retired"


# The changes whose earlier answers still mean the same under the new version.
COMPARABLE = frozenset({Change.UNCHANGED, Change.REWORDED})


@dataclass(frozen=True)
class CriterionChange:
    """What one criterion of the old version became."""

    old_id: str
    change: Change
    into: tuple[str, ...]  # the new version's ids it leads to; () when retired

    @property
    def comparable(self) -> bool:
        return self.change in COMPARABLE


@dataclass(frozen=True)
class Crosswalk:
    """The way from one version of a pack to another, criterion by criterion."""

    pack_id: str
    from_version: str
    to_version: str
    changes: tuple[CriterionChange, ...]  # one per criterion of the old version, in its order
    new_ids: tuple[str, ...] = ()  # criteria of the new version no old criterion leads to
    origin: str = ""  # the file it was read from, for messages
    # Where its entries were written ("criteria.BQS-2-02" -> line), for messages; empty
    # when the crosswalk was not read from a file (say, chained).
    lines: Mapping[str, int] = field(default_factory=dict, repr=False, compare=False)
    _by_old: dict[str, CriterionChange] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        self._by_old.update((change.old_id, change) for change in self.changes)

    def change_of(self, old_id: str) -> CriterionChange | None:
        """What the old criterion `old_id` became, or None when the crosswalk does not know it."""
        return self._by_old.get(old_id)

    def carried(self) -> dict[str, str]:
        """Old id -> new id, for every criterion whose answers carry over (stay comparable)."""
        return {c.old_id: c.into[0] for c in self.changes if c.comparable and len(c.into) == 1}

    def not_comparable(self) -> tuple[str, ...]:
        """The new version's ids whose answers cannot be taken from the old version."""
        carried = set(self.carried().values())
        seen: list[str] = []
        for change in self.changes:
            for new_id in change.into:
                if new_id not in carried and new_id not in seen:
                    seen.append(new_id)
        return tuple(seen) + tuple(i for i in self.new_ids if i not in seen)

    def sources(self, new_id: str) -> tuple[CriterionChange, ...]:
        """The old criteria that lead to the new criterion `new_id`."""
        return tuple(c for c in self.changes if new_id in c.into)


def chain(crosswalks: Iterable[Crosswalk], pack_id: str, start: str, end: str) -> Crosswalk | None:
    """The crosswalk from version `start` to version `end` of `pack_id`, following the
    shipped steps (each from one version to the next); None when no path joins them.

    Going back (a newer round compared with an older one) is not a crosswalk: compare the
    older round forward instead. The same version gives None too (nothing changed).
    """
    from promise_tracker.standards.registry import version_key

    steps = {
        (c.from_version, c.to_version): c
        for c in crosswalks
        if c.pack_id == pack_id and version_key(c.from_version) < version_key(c.to_version)
    }
    path = _path(steps, start, end)
    if not path:
        return None
    if len(path) == 1:
        return path[0]
    return _compose(path)


def _path(
    steps: dict[tuple[str, str], Crosswalk], start: str, end: str
) -> Sequence[Crosswalk] | None:
    if start == end:
        return None
    frontier: list[tuple[str, list[Crosswalk]]] = [(start, [])]
    seen = {start}
    while frontier:
        version, walked = frontier.pop(0)
        for (source, target), crosswalk in steps.items():
            if source != version or target in seen:
                continue
            if target == end:
                return [*walked, crosswalk]
            seen.add(target)
            frontier.append((target, [*walked, crosswalk]))
    return None


def _compose(path: Sequence[Crosswalk]) -> Crosswalk:
    """One crosswalk for several steps: comparable only if comparable at every step."""
    first, last = path[0], path[-1]
    changes: list[CriterionChange] = []
    for change in first.changes:
        current = change
        for step in path[1:]:
            if not current.into:
                break
            following = [step.change_of(i) for i in current.into]
            into: list[str] = []
            for item in following:
                for new_id in item.into if item is not None else ():
                    if new_id not in into:
                        into.append(new_id)
            if len(current.into) == 1 and following[0] is not None and len(following) == 1:
                kind = _combine(current.change, following[0].change)
            elif not into:
                kind = Change.RETIRED
            else:
                kind = (
                    current.change
                    if current.change in (Change.SPLIT, Change.MERGED)
                    else (Change.SPLIT if len(into) > 1 else Change.CHANGED)
                )
            current = CriterionChange(change.old_id, kind, tuple(into))
        changes.append(current)
    reached = {i for c in changes for i in c.into}
    new_ids = tuple(i for step in path for i in step.new_ids if i not in reached)
    return Crosswalk(
        first.pack_id,
        first.from_version,
        last.to_version,
        tuple(changes),
        tuple(dict.fromkeys(new_ids)),
        origin=" + ".join(step.origin for step in path),
    )


def _combine(first: Change, second: Change) -> Change:
    if second == Change.RETIRED:
        return Change.RETIRED
    if first == Change.UNCHANGED:
        return second
    if second == Change.UNCHANGED:
        return first
    if first in COMPARABLE and second in COMPARABLE:
        return Change.REWORDED
    order = [Change.SPLIT, Change.MERGED, Change.CHANGED]
    for kind in order:
        if kind in (first, second):
            return kind
    return Change.CHANGED
