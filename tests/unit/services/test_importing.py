"""Importing the same export again: recognised as already imported, whatever the file holds.

A round started from an earlier one names that round as the one it compares with; a round
export does not hold it, so the round is stored here without that link. Before, importing
the same file again then found "other content" and, under keep-both, added a copy.
"""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from promise_tracker.domain.entities import (
    Action,
    ActionStatus,
    Agency,
    Answer,
    Barrier,
    BarrierKind,
    ChangeAction,
)
from promise_tracker.domain.history import change_summary
from promise_tracker.exchange.round_export import export_round, export_unit
from promise_tracker.services.importing import (
    ImportPreview,
    ImportResult,
    apply_import,
    describe_result,
    preview_import,
)
from promise_tracker.services.workspace import Workspace, open_workspace
from tests.factories import snapshot
from tests.unit.services.conftest import DataPaths

PACK_ID = "promise-bqs-2017"
UNIT = "unit-reimport"
FIRST, SECOND = "round-2024", "round-2025"
PASSWORD = "Kanelbulle-2025"
ALREADY = "{name}: accepted: already imported, no changes"
NOTHING_CHANGED = "Nothing changed: everything was already imported."


def build_source(workspace: Workspace) -> None:
    """A unit with a finalised round and a second round started from it: answers carried
    over (one confirmed, one changed, two still to confirm), respondents carried over with
    answers of their own, a barrier and an action in each round, and an event."""
    service = workspace.assessment
    pack = workspace.packs.latest(PACK_ID)
    c = [criterion.id for criterion in pack.criteria()[:6]]
    service.create_unit("Barnahus Återbesök", country="SE", region="Västra", unit_id=UNIT)
    service.create_round(UNIT, "Round 2024", dt.date(2024, 3, 1), pack, round_id=FIRST)
    service.add_respondent(FIRST, "Police liaison", "professionals", Agency.POLICE.value)
    service.add_respondent(FIRST, "Unit manager", "management", Agency.BARNAHUS_STAFF.value)
    person = service.respondents(FIRST)[0].id
    service.add_answers(
        [
            Answer(FIRST, c[0], None, "yes", note="Protocol signed"),
            Answer(FIRST, c[1], None, "no", note="No room yet", flagged=True),
            Answer(FIRST, c[2], None, "na", na_justification="No such cases here"),
            Answer(FIRST, c[3], None, "yes"),
            Answer(FIRST, c[4], None, None, note="Ask the prosecutor"),
            Answer(FIRST, c[0], person, "no", note="Not in practice"),
        ]
    )
    service.set_barrier(Barrier(FIRST, c[1], BarrierKind.FUNDING, "No budget for a room"))
    service.add_action(
        Action(
            id="action-2024",
            unit_id=UNIT,
            criterion_id=c[1],
            title="Find a child-friendly room",
            round_id=FIRST,
            lead_agency=Agency.CHILD_PROTECTION.value,
            responsible_role="Barnahus coordinator",
            due_date=dt.date(2024, 12, 31),
            status=ActionStatus.IN_PROGRESS,
            progress_note="Two rooms visited",
        )
    )
    service.add_event(UNIT, dt.date(2024, 9, 1), "Moved house", event_id="event-move")
    service.finalise_round(FIRST)

    service.create_round(
        UNIT,
        "Round 2025",
        dt.date(2025, 3, 1),
        pack,
        round_id=SECOND,
        start_from=FIRST,
        carry_respondents=True,
    )
    service.confirm_answers(SECOND, [c[0]])
    changed = next(a for a in service.answers(SECOND) if a.criterion_id == c[1])
    service.set_answer(replace(changed, value="yes", note="Room opened", carried=False))
    person = service.respondents(SECOND)[0].id
    service.add_answers([Answer(SECOND, c[5], person, "yes", note="Seen it work")])
    service.set_barrier(Barrier(SECOND, c[3], BarrierKind.LAW_OR_POLICY, "National rule"))
    service.add_action(
        Action(
            id="action-2025",
            unit_id=UNIT,
            criterion_id=c[3],
            title="Ask the ministry for guidance",
            round_id=SECOND,
            responsible_role="Steering group chair",
        )
    )


FileMaker = Callable[[Workspace, Path], Path]
FILES: dict[str, FileMaker] = {
    "round export": lambda ws, folder: export_round(ws.assessment, SECOND, folder / "round.xlsx"),
    "protected round export": lambda ws, folder: export_round(
        ws.assessment, SECOND, folder / "protected.xlsx", password=PASSWORD
    ),
    "unit export": lambda ws, folder: export_unit(ws.assessment, UNIT, folder / "unit.xlsx"),
}


def preview(workspace: Workspace, *files: Path) -> ImportPreview:
    found = preview_import(workspace.database, workspace.packs, files, passwords=[PASSWORD])
    assert found.accepted, [f.reasons for f in found.files]
    return found


def imported(workspace: Workspace, *files: Path, policy: str = "keep-both") -> ImportResult:
    return apply_import(preview(workspace, *files), policy)  # type: ignore[arg-type]


def titles(workspace: Workspace) -> list[str]:
    return [r.title for r in workspace.assessment.rounds(UNIT)]


def assert_already_imported(workspace: Workspace, path: Path) -> None:
    """What a user sees when importing `path` again: the preview says it is already
    imported, the import changes nothing under any policy, and no copy appears."""
    before = snapshot(workspace)
    again = preview(workspace, path)
    assert again.files[0].describe() == [ALREADY.format(name=path.name)]
    for policy in ("keep-both", "replace", "skip"):
        result = imported(workspace, path, policy=policy)
        assert describe_result(result) == NOTHING_CHANGED, policy
    assert snapshot(workspace) == before
    assert not any("(imported)" in title for title in titles(workspace))


@pytest.fixture
def source(tmp_path: Path, data_paths: DataPaths) -> Iterator[Workspace]:
    with open_workspace(data_paths(tmp_path / "source")) as workspace:
        build_source(workspace)
        yield workspace


@pytest.fixture
def target(tmp_path: Path, data_paths: DataPaths) -> Iterator[Workspace]:
    with open_workspace(data_paths(tmp_path / "target")) as workspace:
        yield workspace


@pytest.mark.parametrize("kind", sorted(FILES))
def test_a_file_imported_into_another_data_folder_and_again_changes_nothing(
    source: Workspace, target: Workspace, tmp_path: Path, kind: str
) -> None:
    path = FILES[kind](source, tmp_path)
    first = preview(target, path)
    assert first.files[0].describe()[0] == f"{path.name}: accepted"
    assert not describe_result(apply_import(first, "keep-both")).startswith("Nothing")
    # The carried answers, still to confirm or confirmed, arrive as they are.
    stored = {(a.criterion_id, a.respondent_id): a for a in target.assessment.answers(SECOND)}
    expected = {(a.criterion_id, a.respondent_id): a for a in source.assessment.answers(SECOND)}
    assert stored == expected
    assert sum(a.to_confirm for a in stored.values()) == 2

    assert_already_imported(target, path)


@pytest.mark.parametrize("kind", sorted(FILES))
def test_a_file_imported_back_into_the_data_folder_it_came_from_changes_nothing(
    source: Workspace, tmp_path: Path, kind: str
) -> None:
    path = FILES[kind](source, tmp_path)
    assert_already_imported(source, path)


def test_a_round_whose_comparison_round_was_deleted_here_is_already_imported(
    source: Workspace, tmp_path: Path
) -> None:
    path = FILES["round export"](source, tmp_path)
    source.assessment.delete_round(FIRST)
    assert source.assessment.round(SECOND).compare_round_id is None
    assert_already_imported(source, path)


def test_the_unit_export_after_its_round_export_adds_only_what_is_missing(
    source: Workspace, target: Workspace, tmp_path: Path, data_paths: DataPaths
) -> None:
    """Round 2025 first (without the round it compares with, so without that link and with
    the 2024 action unlinked), then the unit's whole history: the earlier round is added and
    linked, nothing is a conflict, and the result is what the unit export alone gives."""
    round_file = FILES["round export"](source, tmp_path)
    unit_file = FILES["unit export"](source, tmp_path)
    imported(target, round_file)
    assert target.assessment.round(SECOND).compare_round_id is None
    assert target.assessment.action("action-2024").round_id is None

    lines = preview(target, unit_file).files[0].describe()
    assert lines == ["unit.xlsx: accepted", "  new round: Round 2024", "  unchanged: Round 2025"]
    result = imported(target, unit_file)
    assert describe_result(result) == "Imported: 1 new rounds, 1 rounds unchanged."
    assert titles(target) == ["Round 2024", "Round 2025"]
    assert target.assessment.round(SECOND).compare_round_id == FIRST
    assert target.assessment.action("action-2024").round_id == FIRST
    with open_workspace(data_paths(tmp_path / "unit-only")) as unit_only:
        imported(unit_only, unit_file)
        assert snapshot(target) == snapshot(unit_only)

    assert_already_imported(target, unit_file)
    assert_already_imported(target, round_file)


def change_answer(workspace: Workspace) -> None:
    answer = next(a for a in workspace.assessment.answers(SECOND) if a.to_confirm)
    workspace.assessment.set_answer(replace(answer, value="no", note="Changed in the other copy"))


def confirm_carried(workspace: Workspace) -> None:
    answer = next(a for a in workspace.assessment.answers(SECOND) if a.to_confirm)
    workspace.assessment.confirm_answers(SECOND, [answer.criterion_id])


def change_barrier(workspace: Workspace) -> None:
    barrier = workspace.assessment.barriers(SECOND)[0]
    workspace.assessment.set_barrier(replace(barrier, kind=BarrierKind.ORGANISATION))


CHANGES: dict[str, Callable[[Workspace], None]] = {
    "an answer edited": change_answer,
    "a carried answer confirmed": confirm_carried,
    "a barrier changed": change_barrier,
}


@pytest.mark.parametrize("change", sorted(CHANGES))
@pytest.mark.parametrize("kind", ["round export", "protected round export"])
def test_a_round_changed_in_another_copy_is_still_a_conflict(
    source: Workspace, target: Workspace, tmp_path: Path, change: str, kind: str
) -> None:
    imported(target, FILES[kind](source, tmp_path))
    CHANGES[change](source)
    changed_folder = tmp_path / "changed"
    changed_folder.mkdir()
    path = FILES[kind](source, changed_folder)

    lines = preview(target, path).files[0].describe()
    assert lines == [
        f"{path.name}: accepted",
        "  conflict: Round 2025 (exists with other content)",
    ]
    result = imported(target, path, policy="keep-both")
    assert describe_result(result) == "Imported: 1 rounds kept as imported copies."
    assert titles(target) == ["Round 2025", "Round 2025 (imported)"]


def test_each_imported_answer_shows_in_its_history_as_added_with_what_it_was_given(
    source: Workspace, target: Workspace, tmp_path: Path
) -> None:
    """What the criterion's history window lists after an import: every answer the file
    brought, once, as added, with its value and the texts it was given named; a round kept
    beside the stored one (under new ids) gets the history of its own answers."""
    imported(target, FILES["unit export"](source, tmp_path))
    change_answer(source)
    changed_folder = tmp_path / "changed"
    changed_folder.mkdir()
    imported(target, FILES["round export"](source, changed_folder), policy="keep-both")

    rounds = target.assessment.rounds(UNIT)
    assert [r.title for r in rounds] == ["Round 2024", "Round 2025", "Round 2025 (imported)"]
    record_ids: list[str] = []
    summaries: set[str] = set()
    for rnd in rounds:
        answers = target.assessment.answers(rnd.id)
        assert answers
        for answer in answers:
            history = target.assessment.criterion_history(rnd.id, answer.criterion_id)
            added = [
                c
                for c in history
                if c.record == "answer" and c.respondent_id == answer.respondent_id
            ]
            assert [(c.action, c.summary) for c in added] == [
                (ChangeAction.ADDED, change_summary(None, answer))
            ], (rnd.title, answer)
            summaries.add(added[0].summary)
            record_ids.append(added[0].record_id)
    assert len(set(record_ids)) == len(record_ids)
    # Answers given different things are recorded each with its own (a note only, a
    # justified N/A, a flagged answer, a carried one).
    assert {
        "note",
        "value: - → na; na_justification",
        "value: - → yes; note; flagged: - → yes",
        "value: - → yes; carried: - → yes",
    } <= summaries


def test_an_import_keeps_what_it_read_out_of_the_collectors_passes(
    source: Workspace, target: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The records of each file read stay out of the garbage collector's passes until the
    import is stored (with a million answers these passes took a fifth of the time), and
    go back to it after the preview and after the import."""
    import promise_tracker.services.importing as importing

    paths = [
        FILES["round export"](source, tmp_path),
        FILES["unit export"](source, tmp_path),
    ]
    frozen: list[int] = []
    read = importing.read_export

    def reading(*args: object, **kwargs: object) -> object:
        frozen.append(gc.get_freeze_count())
        return read(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(importing, "read_export", reading)
    found = preview(target, *paths)
    after_preview = gc.get_freeze_count()
    store = importing._store
    while_storing: list[int] = []

    def storing(*args: object, **kwargs: object) -> None:
        while_storing.append(gc.get_freeze_count())
        store(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(importing, "_store", storing)
    apply_import(found, "keep-both")

    assert 0 < frozen[0] < frozen[1]  # the first file's records were kept before the second
    assert all(count > frozen[1] for count in while_storing)
    assert after_preview == gc.get_freeze_count() == 0


REDACTED: dict[str, FileMaker] = {
    "redacted round export": lambda ws, folder: export_round(
        ws.assessment, SECOND, folder / "redacted-round.xlsx", redacted=True
    ),
    "redacted unit export": lambda ws, folder: export_unit(
        ws.assessment, UNIT, folder / "redacted-unit.xlsx", redacted=True
    ),
}
REDACTED_NOTE = (
    "  note: a redacted export (no notes, justifications or real aliases); "
    "those stored here are kept"
)


def texts(workspace: Workspace) -> dict[str, list[str]]:
    """Every free text a redacted export leaves out, as stored."""
    stored = snapshot(workspace)
    return {
        "notes": [a.note for a in stored["answers"]],
        "justifications": [a.na_justification for a in stored["answers"]],
        "dissents": [a.dissent for a in stored["answers"]],
        "aliases": [p.alias for p in stored["respondents"]],
        "barriers": [b.text for b in stored["barriers"]],
        "progress notes": [a.progress_note for a in stored["actions"]],
    }


@pytest.mark.parametrize("kind", sorted(REDACTED))
def test_a_redacted_export_of_what_is_stored_here_is_already_imported(
    source: Workspace, tmp_path: Path, kind: str
) -> None:
    """Its empty notes stand for notes it does not carry: they are no difference, and no
    policy wipes the notes stored here (before, it was a conflict, and "replace" emptied
    every note, justification, alias and barrier text of the round)."""
    path = REDACTED[kind](source, tmp_path)
    before = snapshot(source)
    assert preview(source, path).files[0].describe() == [ALREADY.format(name=path.name)]
    for policy in ("keep-both", "replace", "skip"):
        result = imported(source, path, policy=policy)
        assert describe_result(result) == NOTHING_CHANGED, policy
    assert snapshot(source) == before


def test_a_redacted_export_replacing_a_round_brings_its_answers_and_keeps_the_texts_here(
    source: Workspace, target: Workspace, tmp_path: Path
) -> None:
    imported(target, FILES["unit export"](source, tmp_path))
    before = texts(target)
    assert "Protocol signed" in before["notes"]
    assert "Police liaison" in before["aliases"]
    change_answer(source)  # the value changes (its note too, but the file does not carry it)
    folder = tmp_path / "redacted"
    folder.mkdir()
    path = REDACTED["redacted round export"](source, folder)
    assert preview(target, path).files[0].describe() == [
        f"{path.name}: accepted",
        "  conflict: Round 2025 (exists with other content)",
        REDACTED_NOTE,
    ]

    result = imported(target, path, policy="replace")

    assert describe_result(result) == "Imported: 1 rounds replaced."
    values = {(a.criterion_id, a.respondent_id): a.value for a in target.assessment.answers(SECOND)}
    assert values == {
        (a.criterion_id, a.respondent_id): a.value for a in source.assessment.answers(SECOND)
    }
    assert texts(target) == before  # not one text emptied
    assert "Changed in the other copy" not in texts(target)["notes"]


def test_a_redacted_export_into_another_database_brings_no_texts(
    source: Workspace, target: Workspace, tmp_path: Path
) -> None:
    imported(target, REDACTED["redacted unit export"](source, tmp_path))
    stored = texts(target)
    for name in ("notes", "justifications", "dissents", "barriers", "progress notes"):
        assert set(stored[name]) == {""}, name
    assert sorted(set(stored["aliases"])) == ["Respondent 1", "Respondent 2"]
