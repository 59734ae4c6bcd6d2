"""Crosswalks chained over several versions: comparable only when comparable at every step."""

from __future__ import annotations

from promise_tracker.standards.crosswalk import Change, CriterionChange, Crosswalk, chain
from promise_tracker.standards.registry import PackRegistry


def step(start: str, end: str, *changes: tuple[str, Change, tuple[str, ...]], new=()) -> Crosswalk:
    return Crosswalk(
        "p", start, end, tuple(CriterionChange(*c) for c in changes), tuple(new), f"{start}.yaml"
    )


FIRST = step(
    "1.0",
    "1.1",
    ("A", Change.UNCHANGED, ("A",)),
    ("B", Change.REWORDED, ("B",)),
    ("C", Change.SPLIT, ("C1", "C2")),
    ("D", Change.RETIRED, ()),
    new=("N",),
)
SECOND = step(
    "1.1",
    "1.2",
    ("A", Change.REWORDED, ("A",)),
    ("B", Change.CHANGED, ("B",)),
    ("C1", Change.UNCHANGED, ("C1",)),
    ("C2", Change.MERGED, ("C1",)),
    ("N", Change.UNCHANGED, ("N",)),
)


def test_two_steps_make_one_crosswalk() -> None:
    both = chain([SECOND, FIRST], "p", "1.0", "1.2")
    assert both is not None
    assert (both.from_version, both.to_version) == ("1.0", "1.2")
    assert {c.old_id: (c.change, c.into) for c in both.changes} == {
        "A": (Change.REWORDED, ("A",)),  # unchanged then reworded: still comparable
        "B": (Change.CHANGED, ("B",)),  # reworded then changed: answered again
        "C": (Change.SPLIT, ("C1",)),
        "D": (Change.RETIRED, ()),
    }
    assert both.carried() == {"A": "A"}
    assert both.not_comparable() == ("B", "C1", "N")
    assert both.new_ids == ("N",)


def test_one_step_backwards_or_none_at_all() -> None:
    assert chain([FIRST, SECOND], "p", "1.0", "1.1") is FIRST
    assert chain([FIRST, SECOND], "p", "1.1", "1.0") is None  # only forwards
    assert chain([FIRST, SECOND], "p", "1.0", "1.0") is None
    assert chain([FIRST], "p", "1.0", "1.2") is None  # a missing step
    assert chain([FIRST], "other", "1.0", "1.1") is None
    registry = PackRegistry(crosswalks=[FIRST, SECOND])
    assert registry.crosswalk("p", "1.1", "1.2") is SECOND
