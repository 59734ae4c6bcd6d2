"""Two changes to one record made at the same time (two windows, two computers): what can be
combined without asking, and what only the user can decide."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Generic, TypeVar

from promise_tracker.domain.entities import Answer

Record = TypeVar("Record")

# What a person edits in an answer; the key fields (round, criterion, respondent) never change.
ANSWER_FIELDS: tuple[str, ...] = ("value", "note", "na_justification", "flagged", "dissent")


@dataclass(frozen=True)
class Merge(Generic[Record]):
    """The outcome of combining my change and theirs, both made to the same `base`.

    `merged` is theirs with every field that only I changed taken from mine; `clashes` names
    the fields both changed, to different values (there `merged` still holds theirs).
    """

    merged: Record
    clashes: tuple[str, ...]

    @property
    def clean(self) -> bool:
        return not self.clashes


def merge(base: Record, mine: Record, theirs: Record, fields: Sequence[str]) -> Merge[Record]:
    """Three-way merge of `mine` and `theirs`, field by field, against what both started from."""
    taken: dict[str, object] = {}
    clashes: list[str] = []
    for name in fields:
        was, my_value, their_value = (getattr(r, name) for r in (base, mine, theirs))
        if my_value in (was, their_value):
            continue  # I did not change it, or we changed it alike
        if their_value == was:
            taken[name] = my_value  # only I changed it
        else:
            clashes.append(name)
    merged = replace(theirs, **taken) if taken else theirs  # type: ignore[type-var]
    return Merge(merged=merged, clashes=tuple(clashes))


def merge_answers(base: Answer, mine: Answer, theirs: Answer) -> Merge[Answer]:
    """`merge` for answers (the fields a person edits)."""
    return merge(base, mine, theirs, ANSWER_FIELDS)
