"""Import of exports: lossless round trips, conflict policies, re-import, old files."""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from promise_tracker.domain.entities import (
    Action,
    ActionStatus,
    Agency,
    Answer,
    Barrier,
    BarrierKind,
    Event,
    Respondent,
    Round,
    RoundStatus,
    Unit,
)
from promise_tracker.exchange.round_export import data_checksum, export_round, export_unit
from promise_tracker.exchange.round_import import read_export
from promise_tracker.exchange.safe_xlsx import ImportFileError
from promise_tracker.paths import resolve_paths
from promise_tracker.services.demo import build_demo, demo_id
from promise_tracker.services.importing import (
    IMPORTED_SUFFIX,
    ImportRefusedError,
    apply_import,
    describe_result,
    preview_import,
)
from promise_tracker.services.workspace import Workspace, open_workspace
from tests.factories import snapshot

PACK_ID = "promise-bqs-2017"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    folder = tmp_path_factory.mktemp("demo")
    with open_workspace(resolve_paths(str(folder), None)) as opened:
        build_demo(opened.assessment, opened.packs.latest(PACK_ID))
        yield opened


@pytest.fixture(scope="module")
def demo_files(demo: Workspace, tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("demo-files")
    return [
        export_unit(demo.assessment, unit.id, folder / f"{unit.name}.xlsx")
        for unit in demo.assessment.units()
    ]


@pytest.fixture
def empty(tmp_path: Path) -> Iterator[Workspace]:
    with open_workspace(resolve_paths(str(tmp_path / "empty"), None)) as opened:
        yield opened


def import_files(workspace: Workspace, files: list[Path], policy: str = "keep-both") -> Any:
    preview = preview_import(workspace.database, workspace.packs, files)
    assert preview.accepted, [f.reasons for f in preview.files]
    return apply_import(preview, policy)  # type: ignore[arg-type]


# --- round trips ----------------------------------------------------------------------------


def test_the_demo_round_trips_exactly(
    demo: Workspace, demo_files: list[Path], empty: Workspace
) -> None:
    result = import_files(empty, demo_files)
    assert result.units_added == 4
    assert result.rounds_added == len(snapshot(demo)["rounds"]) == 14
    assert snapshot(empty) == snapshot(demo)


def test_read_export_gives_plain_records(demo: Workspace, tmp_path: Path) -> None:
    round_id = demo_id("norrvik", "round", 0)
    path = export_round(demo.assessment, round_id, tmp_path / "round.xlsx")
    content = read_export(path, demo.packs)
    assert content.kind == "round"
    assert content.unit == demo.assessment.unit(demo_id("norrvik"))
    assert [r.round for r in content.rounds] == [demo.assessment.round(round_id)]
    assert list(content.rounds[0].respondents) == demo.assessment.respondents(round_id)
    assert sorted(content.rounds[0].answers, key=repr) == sorted(
        demo.assessment.answers(round_id), key=repr
    )
    assert list(content.events) == demo.assessment.events(demo_id("norrvik"))
    assert content.redacted is False


HOSTILE = ["=1+1", '=HYPERLINK("http://x","y")', "+SUM(A1)", "@cmd", "\r\n=1", "\t-2"]
# Any text but surrogates (not text at all): also controls and U+FFFE/U+FFFF, which no XML
# may hold; the visible sheets replace them and the Data sheet keeps them escaped.
TEXT = st.one_of(
    st.text(
        st.characters(blacklist_categories=("Cs",)),
        max_size=20,
    ),
    st.sampled_from(HOSTILE),
)
NONEMPTY = TEXT.filter(lambda t: t.strip() != "")
DATES = st.dates(dt.date(1990, 1, 1), dt.date(2100, 12, 31))


@st.composite
def unit_data(draw: st.DrawFn) -> dict[str, Any]:
    unit = Unit(
        id="u-" + draw(st.uuids()).hex,
        name=draw(NONEMPTY),
        country=draw(st.sampled_from(["", "SE", "NO"])),
        region=draw(TEXT),
        lead_agency=draw(TEXT),
        year_opened=draw(st.none() | st.integers(1990, 2030)),
    )
    rounds: list[Round] = []
    respondents: list[Respondent] = []
    answers: list[Answer] = []
    for number in range(draw(st.integers(1, 2))):
        rnd = Round(
            id=f"r{number}-{unit.id}",
            unit_id=unit.id,
            title=draw(NONEMPTY),
            date=draw(DATES),
            pack_id="",
            pack_version="",
            pack_hash="",
            status=draw(st.sampled_from(list(RoundStatus))),
            compare_round_id=rounds[-1].id if rounds and draw(st.booleans()) else None,
        )
        rounds.append(rnd)
        people: list[str | None] = [None]
        for index in range(draw(st.integers(0, 2))):
            respondent = Respondent(
                id=f"p{index}-{rnd.id}",
                round_id=rnd.id,
                alias=draw(NONEMPTY),
                perspective=draw(st.sampled_from(["management", "professionals", "clients"])),
                agency=draw(st.sampled_from([a.value for a in Agency])),
            )
            respondents.append(respondent)
            people.append(respondent.id)
        for person in people:
            for criterion in draw(st.sets(st.integers(0, 9), max_size=4)):
                value = draw(st.sampled_from([None, "yes", "no", "na"]))
                answers.append(
                    Answer(
                        round_id=rnd.id,
                        criterion_id=str(criterion),  # replaced by a real id below
                        respondent_id=person,
                        value=value,
                        note=draw(TEXT),
                        na_justification=draw(TEXT) if value == "na" else "",
                        flagged=draw(st.booleans()),
                        # A dissenting view is recorded with the team's agreed answer.
                        dissent=draw(TEXT) if person is None else "",
                        # Carried forward from an earlier round, not yet confirmed.
                        carried=draw(st.booleans()),
                    )
                )
    events = [
        Event(id=f"e{n}-{unit.id}", unit_id=unit.id, date=draw(DATES), title=draw(NONEMPTY))
        for n in range(draw(st.integers(0, 2)))
    ]
    barriers = [
        Barrier(
            round_id=rnd.id,
            criterion_id=str(criterion),  # replaced by a real id below
            kind=draw(st.sampled_from(list(BarrierKind))),
            text=draw(TEXT),
        )
        for rnd in rounds
        for criterion in draw(st.sets(st.integers(0, 9), max_size=3))
    ]
    actions = [
        Action(
            id=f"a{n}-{unit.id}",
            unit_id=unit.id,
            criterion_id=str(draw(st.integers(0, 9))),  # replaced by a real id below
            title=draw(NONEMPTY),
            round_id=draw(st.sampled_from([None, *(r.id for r in rounds)])),
            lead_agency=draw(st.sampled_from(["", *(a.value for a in Agency)])),
            responsible_role=draw(TEXT),
            due_date=draw(st.none() | DATES),
            status=draw(st.sampled_from(list(ActionStatus))),
            progress_note=draw(TEXT),
        )
        for n in range(draw(st.integers(0, 3)))
    ]
    return {
        "unit": unit,
        "rounds": rounds,
        "respondents": respondents,
        "answers": answers,
        "events": events,
        "barriers": barriers,
        "actions": actions,
    }


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=unit_data(), as_unit=st.booleans())
def test_generated_units_round_trip_exactly(data: dict[str, Any], as_unit: bool) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        with open_workspace(resolve_paths(str(root / "source"), None)) as source:
            pack = source.packs.latest(PACK_ID)
            criteria = [c.id for c in pack.criteria()[:10]]
            with source.database.unit_of_work() as uow:
                uow.units.add(data["unit"])
                for rnd in data["rounds"]:
                    uow.rounds.add(
                        Round(
                            **{
                                **rnd.__dict__,
                                "pack_id": pack.id,
                                "pack_version": pack.version,
                                "pack_hash": pack.content_hash,
                            }
                        )
                    )
                for respondent in data["respondents"]:
                    uow.respondents.add(respondent)
                uow.answers.add_many(
                    Answer(**{**a.__dict__, "criterion_id": criteria[int(a.criterion_id)]})
                    for a in data["answers"]
                )
                for event in data["events"]:
                    uow.events.add(event)
                for barrier in data["barriers"]:
                    uow.barriers.upsert(
                        Barrier(
                            **{
                                **barrier.__dict__,
                                "criterion_id": criteria[int(barrier.criterion_id)],
                            }
                        )
                    )
                for action in data["actions"]:
                    uow.actions.add(
                        Action(
                            **{
                                **action.__dict__,
                                "criterion_id": criteria[int(action.criterion_id)],
                            }
                        )
                    )
                uow.commit()
            if as_unit:
                files = [export_unit(source.assessment, data["unit"].id, root / "unit.xlsx")]
            else:
                files = [
                    export_round(source.assessment, r.id, root / f"{n}.xlsx")
                    for n, r in enumerate(data["rounds"])
                ]
            expected = snapshot(source)
        with open_workspace(resolve_paths(str(root / "target"), None)) as target:
            import_files(target, files)
            assert snapshot(target) == expected
            again = import_files(target, files)
            assert not again.changed
            assert snapshot(target) == expected


# --- conflicts and re-import ------------------------------------------------------------------


@pytest.fixture
def norrvik_file(demo: Workspace, tmp_path: Path) -> Path:
    return export_unit(demo.assessment, demo_id("norrvik"), tmp_path / "norrvik.xlsx")


def changed_copy(workspace: Workspace, norrvik_file: Path) -> str:
    """Import Norrvik, then change an answer of its first round; returns that round's id."""
    import_files(workspace, [norrvik_file])
    round_id = workspace.assessment.rounds(demo_id("norrvik"))[0].id
    workspace.assessment.reopen_round(round_id)
    answer = workspace.assessment.answers(round_id)[0]
    workspace.assessment.set_answer(
        Answer(answer.round_id, answer.criterion_id, answer.respondent_id, "no", note="local")
    )
    return round_id


def test_reimport_changes_nothing(empty: Workspace, norrvik_file: Path) -> None:
    import_files(empty, [norrvik_file])
    before = snapshot(empty)
    preview = preview_import(empty.database, empty.packs, [norrvik_file])
    assert preview.files[0].changes_nothing
    assert preview.files[0].describe() == ["norrvik.xlsx: accepted: already imported, no changes"]
    result = apply_import(preview, "replace")
    assert not result.changed
    assert result.rounds_unchanged == 4
    assert snapshot(empty) == before


def test_conflict_is_shown_in_the_preview(empty: Workspace, norrvik_file: Path) -> None:
    round_id = changed_copy(empty, norrvik_file)
    preview = preview_import(empty.database, empty.packs, [norrvik_file])
    states = {plan.round_id: plan.state for plan in preview.files[0].rounds}
    assert states[round_id] == "conflict"
    assert sorted(states.values()) == ["conflict", "unchanged", "unchanged", "unchanged"]
    assert any("conflict: Self-assessment 2019" in line for line in preview.files[0].describe())


def test_skip_leaves_the_local_round(empty: Workspace, norrvik_file: Path) -> None:
    changed_copy(empty, norrvik_file)
    before = snapshot(empty)
    result = import_files(empty, [norrvik_file], "skip")
    assert (result.rounds_skipped, result.changed) == (1, False)
    assert snapshot(empty) == before


def test_replace_puts_the_file_back(demo: Workspace, empty: Workspace, norrvik_file: Path) -> None:
    round_id = changed_copy(empty, norrvik_file)
    result = import_files(empty, [norrvik_file], "replace")
    assert result.rounds_replaced == 1
    demo_norrvik = [r for r in demo.assessment.rounds(demo_id("norrvik"))]
    assert empty.assessment.rounds(demo_id("norrvik")) == demo_norrvik
    assert empty.assessment.answers(round_id) == demo.assessment.answers(round_id)
    assert empty.assessment.respondents(round_id) == demo.assessment.respondents(round_id)
    # The later round that compared with the replaced one still does.
    followers = [r for r in demo_norrvik if r.compare_round_id == round_id]
    assert followers
    assert all(empty.assessment.round(r.id).compare_round_id == round_id for r in followers)


def test_keep_both_adds_an_imported_copy(
    demo: Workspace, empty: Workspace, norrvik_file: Path
) -> None:
    round_id = changed_copy(empty, norrvik_file)
    local_answers = empty.assessment.answers(round_id)
    result = import_files(empty, [norrvik_file], "keep-both")
    assert result.rounds_kept_both == 1
    rounds = empty.assessment.rounds(demo_id("norrvik"))
    assert len(rounds) == 5
    original = demo.assessment.round(round_id)
    copy = next(r for r in rounds if r.title == original.title + IMPORTED_SUFFIX)
    assert copy.id != round_id
    assert empty.assessment.answers(round_id) == local_answers  # the local round is untouched
    copied_people = empty.assessment.respondents(copy.id)
    original_people = demo.assessment.respondents(round_id)
    assert [p.alias for p in copied_people] == [p.alias for p in original_people]
    assert not {p.id for p in copied_people} & {p.id for p in original_people}
    people = {p.id: p.alias for p in copied_people}
    original_aliases = {p.id: p.alias for p in original_people}

    def key(answers: list[Answer], aliases: dict[str, str]) -> list[tuple[Any, ...]]:
        return sorted(
            (a.criterion_id, aliases.get(a.respondent_id or "", ""), a.value, a.note)
            for a in answers
        )

    assert key(empty.assessment.answers(copy.id), people) == key(
        demo.assessment.answers(round_id), original_aliases
    )
    # Importing the same file again now finds the same conflict and adds another copy only
    # under keep-both; skip changes nothing.
    assert not import_files(empty, [norrvik_file], "skip").changed


def test_the_same_round_in_two_files_is_stored_once(
    demo: Workspace, empty: Workspace, norrvik_file: Path, tmp_path: Path
) -> None:
    round_file = export_round(
        demo.assessment, demo_id("norrvik", "round", 0), tmp_path / "one-round.xlsx"
    )
    result = import_files(empty, [round_file, norrvik_file])
    assert (result.units_added, result.rounds_added, result.rounds_unchanged) == (1, 4, 1)
    assert len(empty.assessment.rounds(demo_id("norrvik"))) == 4


def test_a_refused_preview_cannot_be_applied(empty: Workspace, tmp_path: Path) -> None:
    bad = tmp_path / "bad.xlsx"
    bad.write_text("not a workbook")
    preview = preview_import(empty.database, empty.packs, [bad])
    assert not preview.accepted
    with pytest.raises(ImportRefusedError, match=r"bad\.xlsx"):
        apply_import(preview, "keep-both")


def test_a_redacted_export_imports_without_secrets(demo: Workspace, empty: Workspace) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = export_unit(
            demo.assessment, demo_id("lindenau"), Path(folder) / "r.xlsx", redacted=True
        )
        preview = preview_import(empty.database, empty.packs, [path])
        assert any("redacted" in line for line in preview.files[0].describe())
        apply_import(preview, "keep-both")
    rounds = empty.assessment.rounds(demo_id("lindenau"))
    answers = [a for r in rounds for a in empty.assessment.answers(r.id)]
    assert answers
    assert all(a.note == "" and a.na_justification == "" for a in answers)
    aliases = [p.alias for p in empty.assessment.respondents(rounds[0].id)]
    assert all(alias.startswith("Respondent ") for alias in aliases)


def test_a_file_from_before_the_data_sheet_is_refused(
    norrvik_file: Path, empty: Workspace, tmp_path: Path
) -> None:
    workbook = load_workbook(norrvik_file)
    del workbook["Data"]
    meta = workbook["Metadata"]
    row = next(r for r in meta.iter_rows() if r[0].value == "data_checksum")
    row[1].value = data_checksum(workbook)
    old = tmp_path / "old.xlsx"
    workbook.save(old)
    with pytest.raises(ImportFileError, match="older version of PROMISE tracker"):
        read_export(old, empty.packs)


# --- texts longer than a spreadsheet cell holds --------------------------------------------

CELL_TEXT_LIMIT = 32_767  # Excel's, in UTF-16 code units; LibreOffice and Gnumeric cut there too


def opened_and_saved_by_a_spreadsheet_program(path: Path) -> None:
    """What Excel, LibreOffice Calc and Gnumeric do to a file they open and save: a text
    cell keeps its first 32,767 characters (UTF-16 code units) and loses the rest."""
    workbook = load_workbook(path)
    for ws in workbook.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                value = cell.value
                if isinstance(value, str) and len(value.encode("utf-16-le")) // 2 > CELL_TEXT_LIMIT:
                    kept = value.encode("utf-16-le")[: 2 * CELL_TEXT_LIMIT]
                    cell.value = kept.decode("utf-16-le", errors="ignore")
                    cell.data_type = "s"
    workbook.save(path)


MEGABYTE_NOTE = "".join(
    f"Evidence line {n}: minutes of the steering group, signed by all five agencies.\n"
    for n in range(13_000)
)[:1_000_000]
CYRILLIC_NOTE = ("Протокол заседания рабочей группы подписан всеми ведомствами. " * 900)[:50_000]
GREEK_NOTE = ("Δεν υπάρχουν τέτοιες υποθέσεις στην περιοχή μας. " * 200)[:8_000]


def test_a_1_mb_note_and_a_50000_character_cyrillic_note_survive_export_and_import(
    tmp_path: Path,
) -> None:
    """Before, each record was one cell: Excel (or Calc, Gnumeric) cut it at 32,767
    characters and the import refused the file; a Cyrillic note was cut at about 5,500
    characters, as JSON escaped each letter as six."""
    with open_workspace(resolve_paths(str(tmp_path / "source"), None)) as source:
        service = source.assessment
        pack = source.packs.latest(PACK_ID)
        unit = service.create_unit("Barnahus Långnot", country="SE", unit_id="long-unit")
        service.create_round(unit.id, "Long notes", dt.date(2026, 2, 1), pack, round_id="r-long")
        first, second, third = (c.id for c in pack.criteria()[:3])
        service.add_respondent("r-long", "Kim", "management", respondent_id="p-long")
        service.add_answers(
            [
                Answer("r-long", first, None, "yes", note=MEGABYTE_NOTE, flagged=True),
                Answer("r-long", second, None, "no", note=CYRILLIC_NOTE, dissent=CYRILLIC_NOTE),
                Answer("r-long", third, None, "na", na_justification=GREEK_NOTE),
                Answer("r-long", first, "p-long", "no", note=CYRILLIC_NOTE),
            ]
        )
        path = export_unit(service, unit.id, tmp_path / "long.xlsx")
        expected = snapshot(source)
    assert len(MEGABYTE_NOTE) == 1_000_000
    assert len(CYRILLIC_NOTE) == 50_000

    workbook = load_workbook(path, read_only=True)
    for ws in workbook.worksheets:
        for row in ws.iter_rows(values_only=True):
            for value in row:
                if isinstance(value, str):
                    assert len(value.encode("utf-16-le")) // 2 <= CELL_TEXT_LIMIT
    criteria = list(workbook["Criteria"].iter_rows(min_row=2, max_row=3, values_only=True))
    workbook.close()
    note, cyrillic = criteria[0][4], criteria[1][4]  # the Evidence note column
    assert note.startswith(MEGABYTE_NOTE[:30_000])
    cut = note.index("… [continues: ")
    assert note[cut:] == (f"… [continues: {1_000_000 - cut:,} more characters in the full record]")
    assert cyrillic.startswith(CYRILLIC_NOTE[:30_000])
    assert cyrillic.endswith("more characters in the full record]")

    opened_and_saved_by_a_spreadsheet_program(path)
    with open_workspace(resolve_paths(str(tmp_path / "target"), None)) as target:
        import_files(target, [path])
        assert snapshot(target) == expected
        notes = {a.criterion_id: a for a in target.assessment.answers("r-long") if a.is_consensus}
        assert notes[first].note == MEGABYTE_NOTE
        assert notes[second].note == notes[second].dissent == CYRILLIC_NOTE
        assert notes[third].na_justification == GREEK_NOTE


FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "xlsx"


def test_a_file_of_the_one_cell_format_still_imports(empty: Workspace) -> None:
    """Files made before records could span cells hold each record, ASCII-escaped, in one
    cell of column B; they import as before."""
    old = FIXTURES / "format1-one-cell-records.xlsx"
    workbook = load_workbook(old, read_only=True)
    data = list(workbook["Data"].iter_rows(min_row=2, values_only=True))
    workbook.close()
    assert all(len(row) == 2 and row[1].isascii() for row in data)
    assert any("\\u00dcn\\u00ef" in row[1] for row in data)  # "Ünï" as ASCII escapes
    import_files(empty, [old])
    notes = {a.note for a in empty.assessment.answers("fixture-round")}
    assert {"=1+1 is text", "Ünïcødé ✓"} <= notes


def test_records_hold_the_formats_fields_only(demo: Workspace, tmp_path: Path) -> None:
    """What an entity carries beyond the format (a row's version, say) stays out of the
    file, and the import reads exactly the fields the export writes."""
    from promise_tracker.exchange import round_import
    from promise_tracker.exchange.round_export import RECORD_FIELDS, record_text

    assert {k: tuple(v) for k, v in round_import._SPECS.items()} == RECORD_FIELDS
    path = export_round(demo.assessment, demo_id("norrvik", "round", 0), tmp_path / "r.xlsx")
    workbook = load_workbook(path, read_only=True)
    rows = list(workbook["Data"].iter_rows(min_row=2, values_only=True))
    workbook.close()
    import json

    for row in rows:
        text = record_text(row)
        assert text is not None
        assert tuple(sorted(json.loads(text))) == tuple(sorted(RECORD_FIELDS[str(row[0])]))


# --- the action plan and barriers ----------------------------------------------------------

PROTOCOL = "Written protocol for joint interviews"


def with_action_plan(workspace: Workspace, norrvik_file: Path, folder: Path) -> tuple[Path, str]:
    """Import Norrvik, give its latest round an action and a barrier, export the unit again;
    returns the new file and the latest round's id."""
    import_files(workspace, [norrvik_file])
    service = workspace.assessment
    latest = service.rounds(demo_id("norrvik"))[-1]
    criterion = service.answers(latest.id)[0].criterion_id
    service.add_action(
        Action(
            id="act-1",
            unit_id=demo_id("norrvik"),
            criterion_id=criterion,
            title=PROTOCOL,
            round_id=latest.id,
            lead_agency=Agency.POLICE.value,
            responsible_role="Barnahus coordinator",
            due_date=dt.date(2027, 6, 30),
            progress_note="Draft sent to the prosecutor",
        )
    )
    service.set_barrier(
        Barrier(latest.id, criterion, BarrierKind.LAW_OR_POLICY, "Needs a change of the law")
    )
    return export_unit(service, demo_id("norrvik"), folder / "plan.xlsx"), latest.id


def test_actions_follow_the_conflict_policy(
    empty: Workspace, norrvik_file: Path, tmp_path: Path
) -> None:
    path, _ = with_action_plan(empty, norrvik_file, tmp_path)
    service = empty.assessment
    assert preview_import(empty.database, empty.packs, [path]).files[0].changes_nothing
    service.update_action(
        replace(service.action("act-1"), status=ActionStatus.DONE, progress_note="Signed")
    )

    preview = preview_import(empty.database, empty.packs, [path])
    lines = preview.files[0].describe()
    assert lines[0] == "plan.xlsx: accepted"
    assert lines[-1] == f"  conflict: action “{PROTOCOL}” (exists with other content)"
    assert all(line.startswith("  unchanged: ") for line in lines[1:-1])
    skipped = apply_import(preview, "skip")
    assert (skipped.actions_skipped, skipped.changed) == (1, False)
    assert service.action("act-1").status is ActionStatus.DONE

    kept = import_files(empty, [path], "keep-both")
    assert kept.actions_kept_both == 1
    by_title = {a.title: a for a in service.actions(demo_id("norrvik"))}
    assert by_title[PROTOCOL].status is ActionStatus.DONE  # the local one is untouched
    copy = by_title[PROTOCOL + IMPORTED_SUFFIX]
    assert (copy.status, copy.progress_note) == (
        ActionStatus.PLANNED,
        "Draft sent to the prosecutor",
    )
    assert copy.id != "act-1"

    replaced = import_files(empty, [path], "replace")
    assert replaced.actions_replaced == 1
    action = service.action("act-1")
    assert (action.status, action.progress_note, action.title) == (
        ActionStatus.PLANNED,
        "Draft sent to the prosecutor",
        PROTOCOL,
    )
    assert "1 actions replaced" in describe_result(replaced)


def test_replacing_a_round_puts_back_its_barriers_and_keeps_its_actions(
    empty: Workspace, norrvik_file: Path, tmp_path: Path
) -> None:
    path, latest = with_action_plan(empty, norrvik_file, tmp_path)
    service = empty.assessment
    criterion = service.barriers(latest)[0].criterion_id
    service.set_barrier(Barrier(latest, criterion, BarrierKind.FUNDING, "No money this year"))
    states = {
        p.round_id: p.state
        for p in preview_import(empty.database, empty.packs, [path]).files[0].rounds
    }
    assert states[latest] == "conflict"  # a changed barrier changes the round

    result = import_files(empty, [path], "replace")
    assert result.rounds_replaced == 1
    barrier = service.barriers(latest)[0]
    assert (barrier.kind, barrier.text) == (BarrierKind.LAW_OR_POLICY, "Needs a change of the law")
    assert service.action("act-1").round_id == latest  # still planned in the round


def test_an_action_of_a_round_not_here_gets_its_round_when_it_arrives(
    demo: Workspace, empty: Workspace, norrvik_file: Path, tmp_path: Path
) -> None:
    """A round export carries the unit's whole plan; an action planned in a round that is
    neither in the file nor stored is imported without a round, and linked to it when the
    round arrives."""
    path, latest = with_action_plan(empty, norrvik_file, tmp_path)
    first = demo_id("norrvik", "round", 0)
    round_file = export_round(empty.assessment, first, tmp_path / "first-round.xlsx")
    with open_workspace(resolve_paths(str(tmp_path / "other"), None)) as other:
        result = import_files(other, [round_file])
        assert (result.rounds_added, result.actions_added) == (1, 1)
        action = other.assessment.action("act-1")
        assert action.round_id is None
        assert action.title == PROTOCOL
        assert import_files(other, [round_file]).changed is False
        # The rest of the unit arrives later: the action gets back the round it was planned in.
        import_files(other, [path], "skip")
        assert other.assessment.barriers(latest)[0].kind is BarrierKind.LAW_OR_POLICY
        assert other.assessment.action("act-1").round_id == latest


def test_a_file_of_format_1_imports_without_actions_or_barriers(empty: Workspace) -> None:
    """Files made before actions, barriers and carried answers travelled import as before."""
    old = FIXTURES / "valid-round.xlsx"
    workbook = load_workbook(old, read_only=True)
    meta = dict(workbook["Metadata"].iter_rows(min_row=2, max_col=2, values_only=True))
    workbook.close()
    assert meta["format_version"] == 1
    result = import_files(empty, [old])
    assert result.rounds_added == 1
    assert empty.assessment.actions("fixture-unit") == []
    assert empty.assessment.barriers("fixture-round") == []
    assert not any(a.carried for a in empty.assessment.answers("fixture-round"))
