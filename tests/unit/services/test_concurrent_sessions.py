"""Two app instances on one data folder: what one saves, the other never overwrites unseen.

Each instance opens the folder on its own (its own connections and in-memory copy of the
round), as two colleagues' windows or one person's two windows do.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from promise_tracker.domain.entities import Answer
from promise_tracker.errors import ConflictError
from promise_tracker.services.round_session import AnswerClashError, RoundSession
from promise_tracker.services.workspace import Workspace, open_workspace
from tests.unit.services.conftest import DataPaths

CRITERION = "BQS-2-01"


@pytest.fixture
def instances(tmp_path: Path, data_paths: DataPaths) -> Iterator[tuple[Workspace, Workspace, str]]:
    paths = data_paths(tmp_path)  # two windows, or two PCs of a network, on one database
    with open_workspace(paths) as first:
        pack = first.packs.latest("promise-bqs-2017")
        unit = first.assessment.create_unit("Barnahus Norrvik")
        round_ = first.assessment.create_round(unit.id, "2026", dt.date(2026, 3, 1), pack)
        first.assessment.set_answer(Answer(round_.id, CRITERION, value="yes"))
        with open_workspace(paths) as second:
            yield first, second, round_.id


def test_a_flag_set_in_one_window_keeps_the_note_saved_in_the_other(instances) -> None:  # type: ignore[no-untyped-def]
    first, second, round_id = instances
    window_a = RoundSession(first.assessment, round_id)
    window_b = RoundSession(second.assessment, round_id)
    window_b.set_answer(Answer(round_id, CRITERION, value="yes", note="Signed in March"))
    # Window A still shows no note; the user merely flags the criterion.
    shown = window_a.answer(CRITERION)
    assert shown.note == ""
    saved = window_a.set_answer(Answer(round_id, CRITERION, value="yes", flagged=True))
    assert (saved.note, saved.flagged) == ("Signed in March", True)
    # What A shows now is what is stored, and a third instance reads the same.
    assert window_a.answer(CRITERION) == saved
    assert RoundSession(second.assessment, round_id).answer(CRITERION) == saved


def test_two_different_notes_are_put_to_the_user(instances) -> None:  # type: ignore[no-untyped-def]
    first, second, round_id = instances
    window_a = RoundSession(first.assessment, round_id)
    window_b = RoundSession(second.assessment, round_id)
    window_b.set_answer(Answer(round_id, CRITERION, value="yes", note="B's note"))
    with pytest.raises(AnswerClashError) as clash:
        window_a.set_answer(Answer(round_id, CRITERION, value="no", note="A's note"))
    assert clash.value.clashes == ("note",)
    assert clash.value.mine.note == "A's note"
    assert clash.value.theirs.note == "B's note"
    assert "changed elsewhere" in clash.value.message
    # Nothing was written: B's answer is stored, and A still shows what it read.
    assert RoundSession(second.assessment, round_id).answer(CRITERION).note == "B's note"
    assert window_a.answer(CRITERION).note == ""

    kept = window_a.keep_mine(clash.value)
    assert (kept.value, kept.note) == ("no", "A's note")
    assert RoundSession(second.assessment, round_id).answer(CRITERION) == kept


def test_keeping_theirs_shows_their_answer(instances) -> None:  # type: ignore[no-untyped-def]
    first, second, round_id = instances
    window_a = RoundSession(first.assessment, round_id)
    RoundSession(second.assessment, round_id).set_answer(
        Answer(round_id, CRITERION, value="yes", note="B's note")
    )
    with pytest.raises(AnswerClashError) as clash:
        window_a.set_answer(Answer(round_id, CRITERION, value="yes", note="A's note"))
    window_a.keep_theirs(clash.value)
    assert window_a.answer(CRITERION).note == "B's note"
    # A's next change starts from B's answer and goes through.
    saved = window_a.set_answer(
        Answer(round_id, CRITERION, value="yes", note="B's note, seen by A")
    )
    assert saved.note == "B's note, seen by A"


def test_undo_reverts_only_what_this_window_changed(instances) -> None:  # type: ignore[no-untyped-def]
    first, second, round_id = instances
    window_a = RoundSession(first.assessment, round_id)
    before = window_a.answer(CRITERION)
    flagged = Answer(round_id, CRITERION, value="yes", flagged=True)
    window_a.set_answer(flagged)
    window_b = RoundSession(second.assessment, round_id)
    window_b.set_answer(Answer(round_id, CRITERION, value="yes", flagged=True, note="B's note"))
    # Undo in A (the flag) must not take B's note away.
    undone = window_a.revert(flagged, before)
    assert (undone.flagged, undone.note) == (False, "B's note")


def test_renaming_a_round_renamed_elsewhere_is_refused(instances) -> None:  # type: ignore[no-untyped-def]
    first, second, round_id = instances
    window_a = RoundSession(first.assessment, round_id)
    RoundSession(second.assessment, round_id).rename("Spring 2026")
    with pytest.raises(ConflictError) as refused:
        window_a.rename("2026 follow-up")
    assert "changed elsewhere" in refused.value.message
    # A now shows the stored round, and renaming it again goes through.
    assert window_a.round.title == "Spring 2026"
    window_a.rename("2026 follow-up")
    assert second.assessment.round(round_id).title == "2026 follow-up"


def test_a_respondent_edited_elsewhere_is_refused(instances) -> None:  # type: ignore[no-untyped-def]
    first, second, round_id = instances
    respondent = first.assessment.add_respondent(round_id, "Police 1", "professionals", "police")
    window_a = RoundSession(first.assessment, round_id)
    window_b = RoundSession(second.assessment, round_id)
    window_b.update_respondent(replace(window_b.respondent(respondent.id), alias="Police 2"))
    shown = window_a.respondent(respondent.id)
    with pytest.raises(ConflictError):
        window_a.update_respondent(replace(shown, alias="Police 3"))
    assert window_a.respondent(respondent.id).alias == "Police 2"
