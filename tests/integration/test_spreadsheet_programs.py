"""Round trips through real spreadsheet programs, as people use them: LibreOffice, Gnumeric.

A respondent fills a questionnaire in Calc or Gnumeric and saves it as .xlsx; a coordinator
opens an export and saves it unchanged. What comes back must be accepted and hold exactly
what was typed or exported. LibreOffice runs headless on a private pipe and is driven
through UNO by tests/integration/uno_driver.py under the Python that has python3-uno.
scripts/setup.sh dev installs both programs, so these tests fail (not skip) without them,
unless PROMISE_TRACKER_ALLOW_SKIP_OFFICE=1.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from promise_tracker.cli import main
from promise_tracker.exchange.questionnaire import (
    COL_ANSWER,
    COL_CRITERION,
    COL_JUSTIFICATION,
    COL_NOTE,
    FIRST_ROW,
)
from promise_tracker.paths import resolve_paths
from promise_tracker.services.demo import demo_id
from promise_tracker.services.workspace import open_workspace
from tests.integration.office import (
    CellEdit,
    Office,
    find_ssconvert,
    gnumeric_fill,
    list_entries,
    missing,
    running_office,
    ssconvert,
)

pytestmark = pytest.mark.slow

UNIT = demo_id("norrvik")
DRAFT = demo_id("norrvik", "round", 3)
RESPONDENT = demo_id("norrvik", "round", 3, "Social worker")
QUESTIONNAIRE = "Barnahus Norrvik (demo) - Self-assessment 2025 - Social worker.xlsx"
ANSWER, NOTE, REASON = (get_column_letter(c) for c in (COL_ANSWER, COL_NOTE, COL_JUSTIFICATION))

Stored = dict[str, tuple[str | None, str, str]]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Office]:
    with running_office(tmp_path_factory.mktemp("office")) as running:
        yield running


@pytest.fixture(scope="module")
def gnumeric() -> None:
    if find_ssconvert() is None:
        missing("Gnumeric (ssconvert)", "gnumeric")


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("demo")
    assert main(["demo", "--data-dir", str(folder)]) == 0
    return folder


@pytest.fixture
def data(template: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    shutil.copytree(template, folder)
    return folder


# --- questionnaires ---------------------------------------------------------------------------


def stored(data: Path) -> Stored:
    with open_workspace(resolve_paths(data)) as workspace:
        answers = workspace.assessment.answers(DRAFT)
    return {
        a.criterion_id: (a.value, a.note, a.na_justification)
        for a in answers
        if a.respondent_id == RESPONDENT
    }


def export_questionnaire(
    capsys: pytest.CaptureFixture[str], data: Path, folder: Path, language: str
) -> Path:
    code, _, err = run(
        capsys,
        "questionnaire",
        "export",
        "--data-dir",
        str(data),
        "--round",
        DRAFT,
        "--respondent",
        RESPONDENT,
        "--language",
        language,
        "--out",
        str(folder),
    )
    assert (code, err) == (0, "")
    return folder / QUESTIONNAIRE


def unanswered_rows(path: Path, count: int) -> tuple[str, list[tuple[int, str]]]:
    """The criteria sheet's name, and the first rows (number, criterion) left blank."""
    workbook = load_workbook(path, read_only=True)
    try:
        sheet = workbook.worksheets[1]
        rows = [
            (number, row[COL_CRITERION - 1])
            for number, row in enumerate(
                sheet.iter_rows(min_row=FIRST_ROW, values_only=True), start=FIRST_ROW
            )
            if row[COL_ANSWER - 1] is None and row[COL_NOTE - 1] is None
        ]
        return sheet.title, rows[:count]
    finally:
        workbook.close()


def fill_plan(
    path: Path, answers: list[tuple[str, str, str]]
) -> tuple[list[CellEdit], dict[str, tuple[str, str, str]]]:
    """Edits typing each (answer label, note, reason) into a blank row; what was typed where."""
    sheet, rows = unanswered_rows(path, len(answers))
    assert len(rows) == len(answers), "the respondent has enough unanswered criteria"
    edits: list[CellEdit] = []
    typed: dict[str, tuple[str, str, str]] = {}
    for (number, criterion), (label, note, reason) in zip(rows, answers, strict=True):
        edits.append({"sheet": sheet, "cell": f"{ANSWER}{number}", "text": label})
        if note:
            edits.append({"sheet": sheet, "cell": f"{NOTE}{number}", "text": note})
        if reason:
            edits.append({"sheet": sheet, "cell": f"{REASON}{number}", "text": reason})
        typed[criterion] = (label, note, reason)
    return edits, typed


def assert_offered(report: list[dict[str, Any]], edits: list[CellEdit]) -> None:
    """Every answer typed is one the cell's drop-down list offers, as the program shows it."""
    by_cell = {item["cell"]: item["validation"] for item in report}
    for edit in edits:
        if edit["cell"].startswith(ANSWER):
            validation = by_cell[edit["cell"]]
            assert validation["type"] == "LIST", validation
            assert edit["text"] in list_entries(validation["formula1"]), validation


ENGLISH = [
    ("No", "Typed in Calc: the protocol is still a draft.\nSecond line, “quoted”, 50 %.", ""),
    ("Not applicable", "", "We have no court of our own; cases go to the district court."),
    ("Yes", "=1+1 is how the form counts visits (typed as text)", ""),
]
SWEDISH = [
    ("Nej", "Skrivet i Gnumeric: rutinen är ännu ett utkast.\nAndra raden, åäö.", ""),
    ("Ej tillämpligt", "", "Vi har ingen egen domstol; målen går till tingsrätten."),
    ("Ja", "Protokollet från mötet i maj", ""),
]
IDS = {"Yes": "yes", "No": "no", "Not applicable": "na"}
IDS |= {"Ja": "yes", "Nej": "no", "Ej tillämpligt": "na"}


def import_and_check(
    capsys: pytest.CaptureFixture[str],
    data: Path,
    filled: Path,
    before: Stored,
    typed: dict[str, tuple[str, str, str]],
) -> None:
    code, out, err = run(capsys, "questionnaire", "import", "--data-dir", str(data), str(filled))
    assert (code, err) == (0, ""), out + err
    assert f"{filled.name} (Social worker): new" in out
    assert f"Questionnaires imported: 1; answers saved: {len(typed)}, cleared: 0." in out
    after = stored(data)
    expected = dict(before)
    for criterion, (label, note, reason) in typed.items():
        expected[criterion] = (IDS[label], note, reason)
    assert {c: after.get(c) for c in typed} == {c: expected[c] for c in typed}
    assert after == expected  # and nothing else changed


def test_questionnaire_filled_in_calc_is_imported_as_typed(
    capsys: pytest.CaptureFixture[str], office: Office, data: Path, tmp_path: Path
) -> None:
    exported = export_questionnaire(capsys, data, tmp_path / "out", "en")
    before = stored(data)
    edits, typed = fill_plan(exported, ENGLISH)
    filled = tmp_path / "filled in Calc.xlsx"
    assert_offered(office.fill(exported, filled, edits), edits)
    import_and_check(capsys, data, filled, before, typed)


def test_questionnaire_filled_in_gnumeric_is_imported_as_typed(
    capsys: pytest.CaptureFixture[str], gnumeric: None, data: Path, tmp_path: Path
) -> None:
    exported = export_questionnaire(capsys, data, tmp_path / "out", "sv")
    before = stored(data)
    edits, typed = fill_plan(exported, SWEDISH)
    filled = tmp_path / "ifyllt i Gnumeric.xlsx"
    assert_offered(gnumeric_fill(exported, filled, edits, tmp_path), edits)
    import_and_check(capsys, data, filled, before, typed)


def test_questionnaire_filled_in_calc_and_saved_again_by_gnumeric_is_imported_as_typed(
    capsys: pytest.CaptureFixture[str],
    office: Office,
    gnumeric: None,
    data: Path,
    tmp_path: Path,
) -> None:
    exported = export_questionnaire(capsys, data, tmp_path / "out", "en")
    before = stored(data)
    edits, typed = fill_plan(exported, ENGLISH)
    in_calc = tmp_path / "filled in Calc.xlsx"
    assert_offered(office.fill(exported, in_calc, edits), edits)
    filled = ssconvert(in_calc, tmp_path / "saved by Gnumeric.xlsx", tmp_path)
    import_and_check(capsys, data, filled, before, typed)


# --- exports ----------------------------------------------------------------------------------

PROGRAMS = ["unchanged", "calc", "gnumeric"]  # "unchanged": the file as exported, for contrast
KINDS = ["round", "unit"]


@pytest.fixture(scope="module")
def exports(template: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("exports")
    files = {"round": folder / "round.xlsx", "unit": folder / "unit.xlsx"}
    for kind, option, ident in (("round", "--round", DRAFT), ("unit", "--unit", UNIT)):
        args = ["export", "--data-dir", str(template), option, ident, "--out", str(files[kind])]
        assert main(args) == 0
    return files


@pytest.fixture(scope="module")
def resaved(
    request: pytest.FixtureRequest,
    exports: dict[str, Path],
    tmp_path_factory: pytest.TempPathFactory,
) -> Callable[[str, str], Path]:
    """An export opened and saved unchanged by a program, each made once per module."""
    made: dict[tuple[str, str], Path] = {}
    folder = tmp_path_factory.mktemp("resaved")

    def get(program: str, kind: str) -> Path:
        if (program, kind) not in made:
            source = exports[kind]
            target = folder / f"{kind} saved by {program}.xlsx"
            if program == "unchanged":
                shutil.copyfile(source, target)
            elif program == "calc":
                office: Office = request.getfixturevalue("office")
                office.resave(source, target)
            else:
                request.getfixturevalue("gnumeric")
                ssconvert(source, target, folder)
            made[program, kind] = target
        return made[program, kind]

    return get


def score_report(capsys: pytest.CaptureFixture[str], data: Path) -> dict[str, Any]:
    code, out, err = run(capsys, "score", "--data-dir", str(data), "--json")
    assert (code, err) == (0, "")
    units = {unit["id"]: unit for unit in json.loads(out)["units"]}
    return units[UNIT]  # type: ignore[no-any-return]


def contents(data: Path, round_ids: list[str]) -> dict[str, Any]:
    """Everything a round holds, for comparing an import with the original."""

    def key(item: Any) -> str:
        return repr(item)

    with open_workspace(resolve_paths(data)) as workspace:
        service = workspace.assessment
        return {
            round_id: (
                sorted(service.respondents(round_id), key=key),
                sorted(service.answers(round_id), key=key),
            )
            for round_id in round_ids
        }


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("program", PROGRAMS)
def test_export_saved_unchanged_by_a_program_is_imported_with_the_same_scores(
    capsys: pytest.CaptureFixture[str],
    resaved: Callable[[str, str], Path],
    template: Path,
    tmp_path: Path,
    program: str,
    kind: str,
) -> None:
    workbook = resaved(program, kind)
    fresh = tmp_path / "fresh"
    code, out, err = run(capsys, "import", "--data-dir", str(fresh), str(workbook))
    assert (code, err) == (0, ""), out + err
    assert f"{workbook.name}: accepted" in out

    original = score_report(capsys, template)
    imported = score_report(capsys, fresh)
    wanted = [r["id"] for r in original["rounds"]] if kind == "unit" else [DRAFT]
    assert [r["id"] for r in imported["rounds"]] == wanted
    original["rounds"] = [r for r in original["rounds"] if r["id"] in wanted]
    assert imported == original
    assert contents(fresh, wanted) == contents(template, wanted)


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("program", PROGRAMS)
def test_export_saved_unchanged_by_a_program_is_compared_like_the_original(
    capsys: pytest.CaptureFixture[str],
    resaved: Callable[[str, str], Path],
    exports: dict[str, Path],
    tmp_path: Path,
    program: str,
    kind: str,
) -> None:
    workbook = resaved(program, kind)
    first = tmp_path / "of the export.xlsx"
    code, original_out, _ = run(capsys, "compare", str(exports[kind]), "--out", str(first))
    assert code == 0
    comparison = tmp_path / "comparison.xlsx"
    code, out, err = run(capsys, "compare", str(workbook), "--out", str(comparison))
    assert (code, err) == (0, ""), out + err
    assert f"{workbook.name}: accepted" in out
    assert comparison.is_file()
    # The same table of scores as for the file as exported, apart from the files' names.
    expected = original_out.replace(exports[kind].name, "FILE").replace(str(first), "OUT")
    assert out.replace(workbook.name, "FILE").replace(str(comparison), "OUT") == expected
    load_workbook(comparison, read_only=True).close()
