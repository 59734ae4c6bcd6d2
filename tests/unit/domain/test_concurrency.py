"""Combining two changes made to one answer at the same time, field by field."""

from __future__ import annotations

import pytest

from promise_tracker.domain.concurrency import merge_answers
from promise_tracker.domain.entities import Answer

BASE = Answer("r", "1.1", value="yes", note="Base note")


@pytest.mark.parametrize(
    ("mine", "theirs", "merged", "clashes"),
    [
        # I flagged it, they wrote a note: both kept, nothing to ask.
        (
            {"flagged": True},
            {"note": "Their note"},
            {"flagged": True, "note": "Their note"},
            (),
        ),
        # Both changed the note differently: only the user can decide; theirs stays for now.
        ({"note": "Mine"}, {"note": "Theirs"}, {"note": "Theirs"}, ("note",)),
        # Both changed it alike: nothing to ask.
        ({"value": "no"}, {"value": "no"}, {"value": "no"}, ()),
        # I changed nothing they changed, they changed nothing: my change.
        (
            {"value": "na", "na_justification": "No cases"},
            {},
            {"value": "na", "na_justification": "No cases"},
            (),
        ),
        # Several clashing fields are all named, in the answer's order.
        (
            {"value": "no", "note": "Mine", "flagged": True},
            {"value": None, "note": "Theirs"},
            {"value": None, "note": "Theirs", "flagged": True},
            ("value", "note"),
        ),
    ],
)
def test_merge_answers(
    mine: dict[str, object],
    theirs: dict[str, object],
    merged: dict[str, object],
    clashes: tuple[str, ...],
) -> None:
    def changed(fields: dict[str, object]) -> Answer:
        values = {**BASE.__dict__, **fields}
        values.pop("version")
        return Answer(**values)  # type: ignore[arg-type]

    outcome = merge_answers(BASE, changed(mine), changed(theirs))
    assert outcome.merged == changed(merged)
    assert outcome.clashes == clashes
    assert outcome.clean is (not clashes)


def test_the_merged_answer_keeps_the_stored_version() -> None:
    theirs = Answer("r", "1.1", value="yes", note="Their note", version=7)
    outcome = merge_answers(
        BASE, Answer("r", "1.1", value="yes", note="Base note", flagged=True), theirs
    )
    assert outcome.merged.version == 7  # the next save checks against what is stored
