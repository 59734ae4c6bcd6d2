"""Handing out questionnaires to a team and importing the filled files, against a real database."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook

from promise_tracker.domain.entities import Answer
from promise_tracker.errors import PromiseTrackerError, ValidationError
from promise_tracker.paths import resolve_paths
from promise_tracker.services.assessment import AssessmentService
from promise_tracker.services.demo import build_demo
from promise_tracker.services.questionnaires import (
    apply_questionnaires,
    export_questionnaires,
    preview_questionnaires,
)
from promise_tracker.services.workspace import Workspace, open_workspace
from promise_tracker.standards.model import Pack
from tests.unit.services.conftest import DataPaths
from tests.unit.services.helpers import table_rows

PACK_ID = "promise-bqs-2017"
ALIASES = [
    ("Unit manager", "management"),
    ("Police liaison", "professionals"),
    ("Prosecutor", "professionals"),
    ("Social worker", "professionals"),
    ("Paediatric nurse", "professionals"),
    ("Psychologist", "professionals"),
    ("Parent panel", "clients"),
    ("Youth council", "clients"),
]


def add_team_round(workspace: Workspace) -> None:
    """A new team round of eight respondents."""
    service = workspace.assessment
    pack = workspace.packs.latest(PACK_ID)
    unit = service.create_unit("Barnahus Östby", country="SE", unit_id="unit-ostby")
    service.create_round(unit.id, "Team round 2026", dt.date(2026, 5, 4), pack, round_id="r")
    for number, (alias, perspective) in enumerate(ALIASES, start=1):
        service.add_respondent("r", alias, perspective, respondent_id=f"p{number}")


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder with the demo data and the team round, copied for each SQLite test."""
    folder = tmp_path_factory.mktemp("template")
    with open_workspace(resolve_paths(folder)) as workspace:
        build_demo(workspace.assessment, workspace.packs.latest(PACK_ID))
        add_team_round(workspace)
    return folder


@pytest.fixture
def workspace(
    template: Path, tmp_path: Path, backend: str, data_paths: DataPaths
) -> Iterator[Workspace]:
    folder = tmp_path / "data"
    if backend == "sqlite":
        shutil.copytree(template, folder)
        with open_workspace(resolve_paths(folder)) as opened:
            yield opened
        return
    with open_workspace(data_paths(folder)) as opened:  # the team round alone, on a server
        add_team_round(opened)
        yield opened


@pytest.fixture
def service(workspace: Workspace) -> AssessmentService:
    return workspace.assessment


@pytest.fixture
def pack(workspace: Workspace) -> Pack:
    return workspace.packs.latest(PACK_ID)


def database_rows(workspace: Workspace) -> list[tuple[object, ...]]:
    columns = (
        "round_id",
        "criterion_id",
        "respondent_id",
        "value",
        "note",
        "na_justification",
        "flagged",
        "dissent",
    )
    rows = table_rows(workspace.paths, "answers")["answers"]
    return [tuple(row[column] for column in columns) for row in rows]


def fill(path: Path, rows: dict[int, tuple[object, object, object]]) -> None:
    """Type into the Answer, Notes and justification cells and save, as Excel would."""
    workbook = load_workbook(path)
    ws = workbook["Criteria"]
    for row, values in rows.items():
        for column, value in zip("EFG", values, strict=True):
            if value is not None:
                ws[f"{column}{row}"] = value
    workbook.save(path)


def answers_of(service: AssessmentService, respondent_id: str) -> dict[str, Answer]:
    return {a.criterion_id: a for a in service.answers("r") if a.respondent_id == respondent_id}


LABELS = {"yes": ("Ja", "yes", "YES"), "no": ("Nej", "No", "nej"), "na": ("Ej tillämpligt",)}


def plan(number: int, pack: Pack) -> dict[str, tuple[str, str, str]]:
    """What respondent `number` answers: every criterion, varied values and unicode notes."""
    values = ("yes", "no", "na", "yes", "no")
    planned = {}
    for index, criterion in enumerate(pack.criteria()):
        value = values[(index + number) % len(values)]
        note = f"Anteckning {number}/{index}: “citat” – ÅÄÖ 🙂\nandra raden" if index % 3 else ""
        reason = f"Inga sådana ärenden ({number})" if value == "na" else ""
        planned[criterion.id] = (value, note, reason)
    return planned


def test_eight_respondents_fill_in_and_every_answer_lands(
    workspace: Workspace, service: AssessmentService, pack: Pack, tmp_path: Path
) -> None:
    written = export_questionnaires(service, "r", tmp_path / "out", language="sv")
    aliases = sorted(alias for alias, _ in ALIASES)  # respondents come in alias order
    assert [w.respondent.alias for w in written] == aliases
    files = [w.paths[0] for w in written]
    assert [f.name for f in files] == [
        f"Barnahus Östby - Team round 2026 - {alias}.xlsx" for alias in aliases
    ]
    plans = {}
    for number, (exported, path) in enumerate(zip(written, files, strict=True), start=1):
        planned = plan(number, pack)
        plans[exported.respondent.id] = planned
        rows = {}
        for index, (value, note, reason) in enumerate(planned.values()):
            spellings = LABELS[value]
            rows[index + 2] = (spellings[index % len(spellings)], note or None, reason or None)
        fill(path, rows)

    preview = preview_questionnaires(service, files)
    assert [f.status for f in preview.files] == ["new"] * 8
    assert all(len(f.changes) == 79 for f in preview.files)
    assert all(f.warnings == () for f in preview.files)
    summary = apply_questionnaires(service, preview)
    assert summary.files_imported == files
    assert summary.answers_written == 8 * 79
    for respondent_id, planned in plans.items():
        stored = answers_of(service, respondent_id)
        assert {cid: (a.value, a.note, a.na_justification) for cid, a in stored.items()} == planned
    assert service.round_result("r").perspectives.by_perspective["clients"].overall.applicable


def test_reimporting_the_same_files_changes_nothing(
    workspace: Workspace, service: AssessmentService, tmp_path: Path
) -> None:
    files = [
        w.paths[0]
        for w in export_questionnaires(service, "r", tmp_path, respondent_ids=["p1"], language="en")
    ]
    fill(files[0], {2: ("Yes", "Seen the routine", None), 3: ("No", None, None)})
    apply_questionnaires(service, preview_questionnaires(service, files[:1]))
    before = database_rows(workspace)
    again = preview_questionnaires(service, files[:1])
    assert again.files[0].status == "unchanged"
    assert again.files[0].describe() == [
        f"{files[0].name} (Unit manager): unchanged, already imported"
    ]
    summary = apply_questionnaires(service, again, accept_changed=True)
    assert summary.files_imported == []
    assert summary.files_unchanged == [files[0]]
    assert database_rows(workspace) == before


def test_changed_reimport_lists_differences_and_needs_acceptance(
    workspace: Workspace, service: AssessmentService, pack: Pack, tmp_path: Path
) -> None:
    first, second, third = (c.id for c in pack.criteria()[:3])
    service.set_answer(Answer("r", first, "p2", "yes", note="old note"))
    service.set_answer(Answer("r", second, "p2", "no"))
    service.set_answer(Answer("r", second, "p2", "no", flagged=True))
    (path,) = (
        w.paths[0] for w in export_questionnaires(service, "r", tmp_path, respondent_ids=["p2"])
    )
    assert load_workbook(path)["Criteria"]["E2"].value == "Yes"  # prefilled
    fill(path, {2: ("No", "new note", None), 3: ("", None, None), 4: ("Yes", None, None)})
    ws = load_workbook(path)
    ws["Criteria"]["E3"] = None
    ws.save(path)

    preview = preview_questionnaires(service, [path])
    file = preview.files[0]
    assert file.status == "changed"
    lines = file.describe()
    assert lines[0] == f"{path.name} (Police liaison): changed, differences from what is stored: 3"
    assert lines[1:] == [
        f"  {first}: answer Yes → No; notes “old note” → “new note”",
        f"  {second}: answer No → (no answer)",
        f"  {third}: answer (no answer) → Yes",
    ]
    before = database_rows(workspace)
    skipped = apply_questionnaires(service, preview)
    assert skipped.files_skipped == [path]
    assert database_rows(workspace) == before

    summary = apply_questionnaires(service, preview, accept_changed=[path])
    assert summary.files_imported == [path]
    assert (summary.answers_written, summary.answers_cleared) == (2, 1)
    stored = answers_of(service, "p2")
    assert (stored[first].value, stored[first].note) == ("no", "new note")
    assert second not in stored
    assert stored[third].value == "yes"


def test_flag_and_dissent_survive_an_import(
    service: AssessmentService, pack: Pack, tmp_path: Path
) -> None:
    first = pack.criteria()[0].id
    service.set_answer(Answer("r", first, "p3", "yes", flagged=True))
    (path,) = export_questionnaires(service, "r", tmp_path, respondent_ids=["p3"])[0].paths
    fill(path, {2: ("No", "changed my mind", None)})
    apply_questionnaires(service, preview_questionnaires(service, [path]), accept_changed=True)
    stored = answers_of(service, "p3")[first]
    assert (stored.value, stored.note, stored.flagged) == ("no", "changed my mind", True)


def test_na_without_justification_is_imported_with_a_warning(
    service: AssessmentService, pack: Pack, tmp_path: Path
) -> None:
    (path,) = export_questionnaires(service, "r", tmp_path, respondent_ids=["p4"])[0].paths
    fill(path, {2: ("Not applicable", None, None)})
    file = preview_questionnaires(service, [path]).files[0]
    assert file.status == "new"
    assert len(file.warnings) == 1
    assert "without saying why" in file.warnings[0]
    apply_questionnaires(service, preview_questionnaires(service, [path]))
    assert answers_of(service, "p4")[pack.criteria()[0].id].value == "na"


# --- rejected files -----------------------------------------------------------------------


def _break_metadata(path: Path, key: str, value: str) -> None:
    workbook = load_workbook(path)
    for row in workbook["Metadata"].iter_rows():
        if row[0].value == key:
            row[1].value = value
    workbook.save(path)


def _edit_id(path: Path) -> None:
    workbook = load_workbook(path)
    workbook["Criteria"]["B3"] = "BQS-1.1-99"
    workbook.save(path)


def _formula(path: Path) -> None:
    workbook = load_workbook(path)
    workbook["Criteria"]["F4"] = '=HYPERLINK("http://example.invalid","click")'
    workbook.save(path)


def _truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) * 2 // 3])


def _not_xlsx(path: Path) -> None:
    path.write_text("Criterion;Answer\nBQS-1.1-01;Yes\n", encoding="utf-8")


def _invalid_value(path: Path) -> None:
    fill(path, {2: ("Yes", None, None), 5: ("Perhaps", None, None)})


def _tamper_metadata(path: Path) -> None:
    _break_metadata(path, "language", "de")


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (
            lambda p: _break_metadata(p, "round_id", "round-from-elsewhere"),
            "is for a round that is not in this database (round id round-from-elsewhere)",
        ),
        (_edit_id, "row 3: the criterion ID “BQS-1.1-99” is not a criterion of"),
        (_invalid_value, "row 5 ("),
        (_formula, "row 4: the notes cell F4 holds a formula"),
        (_truncate, "is not an Excel .xlsx file, or it is damaged or incomplete"),
        (_not_xlsx, "is not an Excel .xlsx file, or it is damaged or incomplete"),
        (_tamper_metadata, "no longer match its checksum"),
        (
            lambda p: _break_metadata(p, "pack_version", "0.9.0"),
            "was made for the standards pack promise-bqs-2017 0.9.0",
        ),
        (
            lambda p: _break_metadata(p, "respondent_id", "nobody"),
            "is for a respondent who is not in the round “Team round 2026”",
        ),
    ],
    ids=[
        "wrong-round",
        "edited-id",
        "invalid-value",
        "formula",
        "truncated",
        "not-xlsx",
        "tampered-metadata",
        "other-pack-version",
        "unknown-respondent",
    ],
)
def test_malformed_questionnaires_are_rejected_and_nothing_is_written(
    workspace: Workspace,
    service: AssessmentService,
    tmp_path: Path,
    damage,  # type: ignore[no-untyped-def]
    message: str,
) -> None:
    good, bad = (
        w.paths[0]
        for w in export_questionnaires(service, "r", tmp_path, respondent_ids=["p5", "p6"])
    )
    fill(bad, {2: ("Yes", "would be stored", None)})
    damage(bad)
    before = database_rows(workspace)
    preview = preview_questionnaires(service, [bad])
    file = preview.files[0]
    assert file.status == "rejected"
    assert any(message in problem for problem in file.problems), file.problems
    assert file.describe()[0] == f"{bad.name}: rejected"
    summary = apply_questionnaires(service, preview, accept_changed=True)
    assert summary.files_rejected == [bad]
    assert database_rows(workspace) == before

    # A rejected file does not keep the good ones of the same import out.
    fill(good, {2: ("Yes", None, None)})
    summary = apply_questionnaires(service, preview_questionnaires(service, [good, bad]))
    assert (summary.files_imported, summary.files_rejected) == ([good], [bad])
    assert len(database_rows(workspace)) == len(before) + 1


def test_finalised_round_is_refused(service: AssessmentService, tmp_path: Path) -> None:
    (path,) = export_questionnaires(service, "r", tmp_path, respondent_ids=["p1"])[0].paths
    fill(path, {2: ("Yes", None, None)})
    service.finalise_round("r")
    file = preview_questionnaires(service, [path]).files[0]
    assert file.status == "rejected"
    assert file.problems[0].startswith("is for the round “Team round 2026”, which is finalised")


def test_two_files_for_one_respondent_in_one_import(
    service: AssessmentService, tmp_path: Path
) -> None:
    (path,) = export_questionnaires(service, "r", tmp_path, respondent_ids=["p1"])[0].paths
    copy = tmp_path / "copy.xlsx"
    shutil.copy(path, copy)
    preview = preview_questionnaires(service, [path, copy])
    assert [f.status for f in preview.files] == ["unchanged", "rejected"]
    assert "is a second questionnaire of Unit manager" in preview.files[1].problems[0]


def test_apply_is_all_or_nothing(
    workspace: Workspace, service: AssessmentService, tmp_path: Path
) -> None:
    files = [
        w.paths[0]
        for w in export_questionnaires(service, "r", tmp_path, respondent_ids=["p7", "p8"])
    ]
    for path in files:
        fill(path, {2: ("Yes", "note", None)})
    preview = preview_questionnaires(service, files)
    before = database_rows(workspace)
    service.finalise_round("r")  # between preview and import
    with pytest.raises(ValidationError, match="was finalised meanwhile"):
        apply_questionnaires(service, preview)
    assert database_rows(workspace) == before


def test_export_refuses_unknown_language_and_empty_selection(
    service: AssessmentService, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    with pytest.raises(PromiseTrackerError, match="has no texts in “de”"):
        export_questionnaires(service, "r", out, language="de")
    with pytest.raises(PromiseTrackerError, match="has no respondent with the id nobody"):
        export_questionnaires(service, "r", out, respondent_ids=["nobody"])
    assert not out.exists()


def test_hostile_notes_never_become_formulas_on_reexport(
    service: AssessmentService, pack: Pack, tmp_path: Path
) -> None:
    (path,) = export_questionnaires(service, "r", tmp_path / "a", respondent_ids=["p1"])[0].paths
    workbook = load_workbook(path)
    ws = workbook["Criteria"]
    for cell, text in (("F2", "=1+2"), ("F3", "+46 70 123"), ("F4", "@SUM(A1)"), ("F5", "\tx")):
        ws[cell] = text
        ws[cell].data_type = "s"  # typed as text (Excel saves '=1+2 so)
    workbook.save(path)
    apply_questionnaires(service, preview_questionnaires(service, [path]))
    again = export_questionnaires(service, "r", tmp_path / "b", respondent_ids=["p1"])
    ws = load_workbook(again[0].paths[0])["Criteria"]
    assert [ws[c].value for c in ("F2", "F3", "F4", "F5")] == [
        "=1+2",
        "+46 70 123",
        "@SUM(A1)",
        "\tx",
    ]
    assert {ws[c].data_type for c in ("F2", "F3", "F4", "F5")} == {"s"}
