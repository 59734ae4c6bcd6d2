"""What a saved change says: the summary of the differences between a record before and after.

A summary lists the fields that changed, separated by "; ". A field with a short coded value
(an answer, a status, a date, a flag) reads "field: old → new", with "-" for nothing; a field
of free text (a note, a title, an alias) is only named, so the history never copies what
people wrote. Added records list what they were given, removed ones what they had. The
history window reads summaries back with `summary_parts` to show them in the interface
language.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import Enum
from typing import Final

from promise_tracker.domain.entities import (
    Action,
    Answer,
    Barrier,
    Event,
    Respondent,
    Round,
    Unit,
)

NOTHING: Final = "-"
ARROW: Final = " → "
SEPARATOR: Final = "; "

CODED: Final = "coded"
TEXT: Final = "text"

Record = Unit | Round | Respondent | Answer | Event | Action | Barrier

# The fields a change summary mentions, per kind of record: coded values are shown, free text
# only named. Keys and versions are left out (the change row holds the keys).
FIELDS: Final[dict[type, dict[str, str]]] = {
    Unit: {
        "name": TEXT,
        "country": CODED,
        "region": TEXT,
        "lead_agency": TEXT,
        "year_opened": CODED,
    },
    Round: {
        "title": TEXT,
        "date": CODED,
        "pack_id": CODED,
        "pack_version": CODED,
        "status": CODED,
        "compare_round_id": TEXT,
    },
    Respondent: {"alias": TEXT, "perspective": CODED, "agency": CODED},
    Answer: {
        "value": CODED,
        "note": TEXT,
        "na_justification": TEXT,
        "flagged": CODED,
        "dissent": TEXT,
        "carried": CODED,
    },
    Event: {"date": CODED, "title": TEXT, "description": TEXT},
    Action: {
        "criterion_id": CODED,
        "title": TEXT,
        "lead_agency": CODED,
        "responsible_role": TEXT,
        "due_date": CODED,
        "status": CODED,
        "progress_note": TEXT,
    },
    Barrier: {"kind": CODED, "text": TEXT},
}

RECORD_NAMES: Final[dict[type, str]] = {
    Unit: "unit",
    Round: "round",
    Respondent: "respondent",
    Answer: "answer",
    Event: "event",
    Action: "action",
    Barrier: "barrier",
}


@dataclass(frozen=True)
class SummaryPart:
    """One field of a change summary; old and new are None for free text (not copied)."""

    field: str
    old: str | None = None
    new: str | None = None

    @property
    def is_text(self) -> bool:
        return self.old is None and self.new is None


def record_name(record: Record) -> str:
    """The changes table's name for this kind of record ('answer', 'round'...)."""
    return RECORD_NAMES[type(record)]


def change_summary(before: Record | None, after: Record | None) -> str:
    """The summary of a change from `before` to `after` (None: added, or removed).

    Empty when nothing a person would see changed (then nothing is recorded for a change).
    """
    record = after if after is not None else before
    if record is None:
        return ""
    parts: list[str] = []
    for name, kind in FIELDS[type(record)].items():
        old = _value(before, name)
        new = _value(after, name)
        if old == new or (_is_empty(old) and _is_empty(new)):
            continue
        parts.append(name if kind == TEXT else f"{name}: {_token(old)}{ARROW}{_token(new)}")
    return SEPARATOR.join(parts)


def added_summary(record: Record, known: dict[tuple[object, ...], str]) -> str:
    """change_summary(None, record), looked up in `known` (filled as it goes) for records
    many of which are added together: an added record's summary depends only on its coded
    values and on which of its texts are empty (texts are only named), which an import's
    thousands of answers share in a handful of combinations."""
    shape = (
        type(record),
        *(
            getattr(record, name) if kind == CODED else _is_empty(getattr(record, name))
            for name, kind in FIELDS[type(record)].items()
        ),
    )
    summary = known.get(shape)
    if summary is None:
        summary = known[shape] = change_summary(None, record)
    return summary


def moved_summary(old_criterion: str, new_criterion: str) -> str:
    """The summary of records moved to another criterion (a round on a new pack version)."""
    return f"criterion_id: {_token(old_criterion)}{ARROW}{_token(new_criterion)}"


def summary_parts(summary: str) -> list[SummaryPart]:
    """A summary read back into its fields (what change_summary wrote)."""
    parts: list[SummaryPart] = []
    for part in summary.split(SEPARATOR) if summary else []:
        name, colon, values = part.partition(": ")
        old, arrow, new = values.partition(ARROW)
        if colon and arrow:
            parts.append(SummaryPart(name, _from_token(old), _from_token(new)))
        else:
            parts.append(SummaryPart(part))
    return parts


def _value(record: Record | None, name: str) -> object:
    if record is None:
        return None
    value: object = getattr(record, name)
    return value


def _is_empty(value: object) -> bool:
    return value is None or value == "" or value is False


def _token(value: object) -> str:
    if _is_empty(value) and not isinstance(value, bool):
        return NOTHING
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, Enum):
        value = value.value
    if isinstance(value, dt.date):
        value = value.isoformat()
    # Coded values are ids and codes; anything that could break the summary apart goes.
    return str(value).replace(";", ",").replace("→", "->").strip() or NOTHING


def _from_token(token: str) -> str:
    return "" if token == NOTHING else token


@dataclass(frozen=True)
class ChangeKeys:
    """Where a change of a record is filed: unit_id None means the round's unit."""

    unit_id: str | None
    round_id: str | None
    criterion_id: str | None
    respondent_id: str | None


def change_keys(record: Record, *, removed: bool = False) -> ChangeKeys:
    """The keys of the change row for a change of `record`.

    A removed round's change names no round: the round's own history goes with it.
    """
    if isinstance(record, Unit):
        return ChangeKeys(record.id, None, None, None)
    if isinstance(record, Round):
        return ChangeKeys(record.unit_id, None if removed else record.id, None, None)
    if isinstance(record, Respondent):
        return ChangeKeys(None, record.round_id, None, record.id)
    if isinstance(record, Event):
        return ChangeKeys(record.unit_id, None, None, None)
    if isinstance(record, Action):
        return ChangeKeys(record.unit_id, record.round_id, record.criterion_id, None)
    if isinstance(record, Answer):
        return ChangeKeys(None, record.round_id, record.criterion_id, record.respondent_id)
    return ChangeKeys(None, record.round_id, record.criterion_id, None)
