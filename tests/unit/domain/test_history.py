"""What an added record's history says, worked out once per kind of content (imports)."""

from __future__ import annotations

import datetime as dt
import itertools

from promise_tracker.domain.entities import Answer, Event, Round
from promise_tracker.domain.history import added_summary, change_summary


def test_an_added_answer_says_the_same_as_its_change_summary_and_texts_are_only_named() -> None:
    answers = [
        Answer("round-1", f"1.{index}", respondent, value, note, na, flagged, dissent, carried)
        for index, (respondent, value, note, na, flagged, dissent, carried) in enumerate(
            itertools.product(
                (None, "resp-1"),
                (None, "yes", "no", "na", "partly"),
                ("", "Minutes of 3 May", "Other words"),
                ("", "Not our mandate"),
                (False, True),
                ("", "Police disagree"),
                (False, True),
            )
        )
    ]
    known: dict[tuple[object, ...], str] = {}

    assert [added_summary(a, known) for a in answers] == [change_summary(None, a) for a in answers]
    # Worked out once per kind of content: 5 values x whether each of the 3 texts is given
    # x 2 flags x 2 carried (the words of a text and who answered never count).
    assert len(known) == 5 * 2**3 * 2 * 2
    assert added_summary(Answer("r", "2.1", "resp-9", "no", "Other words", "", True), known) == (
        "value: - → no; note; flagged: - → yes"
    )
    assert len(known) == 160


def test_records_of_other_kinds_are_kept_apart() -> None:
    known: dict[tuple[object, ...], str] = {}
    event = Event("event-1", "unit-1", dt.date(2026, 3, 1), "New premises")
    rnd = Round("round-1", "unit-1", "Baseline", dt.date(2026, 3, 1), "bqs", "1.0.0", "sha:1")
    assert added_summary(event, known) == "date: - → 2026-03-01; title"
    assert added_summary(rnd, known) == change_summary(None, rnd)
    assert added_summary(Answer("round-1", "1.1", None, "yes"), known) == "value: - → yes"
    assert len(known) == 3
