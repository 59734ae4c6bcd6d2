"""The questionnaire file: what a respondent sees and may change, and how it is read back."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

from promise_tracker.domain.entities import Answer, Respondent, Round, Unit
from promise_tracker.exchange.questionnaire import (
    FORMAT_NAME,
    QuestionnaireContent,
    check_questionnaire,
    read_questionnaire,
    write_questionnaire,
)
from promise_tracker.exchange.safe_xlsx import ImportFileError
from promise_tracker.standards.model import Pack
from promise_tracker.standards.registry import PackRegistry

UNIT = Unit(id="unit-1", name="Barnahus Åby", country="SE")


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    registry = PackRegistry.load(tmp_path_factory.mktemp("packs"))
    return registry.latest("promise-bqs-2017")


@pytest.fixture
def round_(pack: Pack) -> Round:
    return Round(
        id="round-1",
        unit_id=UNIT.id,
        title="Självskattning 2026",
        date=dt.date(2026, 3, 1),
        pack_id=pack.id,
        pack_version=pack.version,
        pack_hash=pack.content_hash,
    )


RESPONDENT = Respondent(
    id="resp-1", round_id="round-1", alias="Socialsekreterare", perspective="professionals"
)


def write(
    tmp_path: Path,
    pack: Pack,
    round_: Round,
    language: str = "sv",
    answers: dict[str, Answer] | None = None,
    respondent: Respondent = RESPONDENT,
) -> Path:
    content = QuestionnaireContent(pack, UNIT, round_, respondent, language, answers or {})
    return write_questionnaire(content, tmp_path / "q.xlsx")


def fill(path: Path, rows: dict[int, tuple[object, object, object]]) -> None:
    """Type into the answer, notes and justification cells as Excel would save them."""
    workbook = load_workbook(path)
    ws = workbook["Criteria"]
    for row, values in rows.items():
        for column, value in zip(("E", "F", "G"), values, strict=True):
            if value is not None:
                ws[f"{column}{row}"] = value
    workbook.save(path)


def read_and_check(path: Path, pack: Pack):  # type: ignore[no-untyped-def]
    return check_questionnaire(read_questionnaire(path), pack)


# --- what the respondent sees -------------------------------------------------------------


def test_sheets_rows_and_hidden_metadata(tmp_path: Path, pack: Pack, round_: Round) -> None:
    path = write(tmp_path, pack, round_)
    workbook = load_workbook(path)
    assert workbook.sheetnames == ["Instructions", "Criteria", "Metadata"]
    assert workbook.active.title == "Instructions"
    assert workbook["Metadata"].sheet_state == "veryHidden"
    assert workbook.security.lockStructure
    ws = workbook["Criteria"]
    header = [c.value for c in ws[1]]
    assert header == [
        "Standard",
        "Criterion ID",
        "Statement",
        "Evidence that may support the answer",
        "Answer",
        "Notes (what the answer is based on)",
        "Why not applicable",
    ]
    criteria = pack.criteria()
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    assert len(rows) == len(criteria) == 79
    for row, criterion in zip(rows, criteria, strict=True):
        assert row[:4] == (
            criterion.standard,
            criterion.id,
            criterion.statement.get("sv"),
            criterion.evidence.get("sv"),
        )
        assert row[4:] == (None, None, None)
    assert ws.freeze_panes == "C2"
    assert ws.print_title_rows == "$1:$1"
    assert ws["C2"].alignment.wrap_text
    meta = {r[0]: r[1] for r in workbook["Metadata"].iter_rows(values_only=True)}
    assert meta["format"] == FORMAT_NAME
    assert (meta["round_id"], meta["respondent_id"], meta["language"]) == (
        "round-1",
        "resp-1",
        "sv",
    )
    assert (meta["pack_id"], meta["pack_version"], meta["pack_content_hash"]) == (
        pack.id,
        pack.version,
        pack.content_hash,
    )
    assert meta["format_version"] == "1"
    assert len(meta["checksum"]) == 64


def test_answer_column_only_accepts_the_pack_labels(
    tmp_path: Path, pack: Pack, round_: Round
) -> None:
    ws = load_workbook(write(tmp_path, pack, round_, "sv"))["Criteria"]
    validations = ws.data_validations.dataValidation
    assert len(validations) == 1
    validation = validations[0]
    assert validation.type == "list"
    assert validation.formula1 == '"Ja,Nej,Ej tillämpligt"'
    assert str(validation.sqref) == "E2:E80"
    assert validation.showErrorMessage
    english = load_workbook(write(tmp_path, pack, round_, "en"))["Criteria"]
    assert english.data_validations.dataValidation[0].formula1 == '"Yes,No,Not applicable"'


def test_only_answer_and_note_cells_are_unlocked(tmp_path: Path, pack: Pack, round_: Round) -> None:
    ws = load_workbook(write(tmp_path, pack, round_))["Criteria"]
    assert ws.protection.sheet
    for row in (1, 2, 40, 80):
        for column in "ABCD":
            assert ws[f"{column}{row}"].protection.locked, f"{column}{row}"
    for row in (2, 40, 80):
        for column in "EFG":
            assert not ws[f"{column}{row}"].protection.locked, f"{column}{row}"
    assert ws["E1"].protection.locked


def test_instructions_name_the_respondent_in_the_chosen_language(
    tmp_path: Path, pack: Pack, round_: Round
) -> None:
    ws = load_workbook(write(tmp_path, pack, round_, "sv"))["Instructions"]
    facts = {r[0]: r[1] for r in ws.iter_rows(min_row=3, max_row=9, values_only=True)}
    assert facts["Unit"] == "Barnahus Åby"
    assert facts["Round"] == "Självskattning 2026"
    assert facts["Respondent (alias)"] == "Socialsekreterare"
    assert facts["Perspective"] == "Yrkesverksamma"
    assert facts["Standards pack"] == f"{pack.title.get('sv')}, version {pack.version}"
    text = "\n".join(str(c) for r in ws.iter_rows(values_only=True) for c in r if c)
    assert "Ja, Nej, Ej tillämpligt" in text
    assert pack.provenance.get("sv") in text
    assert ws.protection.sheet


def test_stored_answers_are_prefilled_and_hostile_text_stays_text(
    tmp_path: Path, pack: Pack, round_: Round
) -> None:
    first, second, third = (c.id for c in pack.criteria()[:3])
    answers = {
        first: Answer("round-1", first, "resp-1", "yes", note='=HYPERLINK("http://x")'),
        second: Answer("round-1", second, "resp-1", "na", na_justification="@SUM(A1)\tx"),
        third: Answer("round-1", third, "resp-1", None, note="+1 line\nsecond"),
    }
    path = write(tmp_path, pack, round_, "en", answers)
    ws = load_workbook(path)["Criteria"]
    assert [ws["E2"].value, ws["F2"].value] == ["Yes", '=HYPERLINK("http://x")']
    assert ws["F2"].data_type == "s"
    assert [ws["E3"].value, ws["G3"].value] == ["Not applicable", "@SUM(A1)\tx"]
    assert [ws["E4"].value, ws["F4"].value] == [None, "+1 line\nsecond"]
    checked = read_and_check(path, pack)
    assert checked.problems == ()
    by_id = {a.criterion_id: a for a in checked.answers}
    assert (by_id[first].value, by_id[first].note) == ("yes", '=HYPERLINK("http://x")')
    assert by_id[second].na_justification == "@SUM(A1)\tx"
    assert by_id[third].note == "+1 line\nsecond"


# --- reading back -------------------------------------------------------------------------


def test_labels_match_in_any_language_and_case(tmp_path: Path, pack: Pack, round_: Round) -> None:
    path = write(tmp_path, pack, round_, "sv")
    fill(
        path,
        {
            2: ("ja", "Rutin finns – se pärm 3\nrad två 🙂", None),
            3: ("NO", None, None),
            4: ("  Ej Tillämpligt ", None, "Vi har inga sådana ärenden"),
            5: ("not applicable", None, "None here"),
            6: ("Yes", 42, None),
        },
    )
    checked = read_and_check(path, pack)
    assert checked.problems == ()
    assert checked.warnings == ()
    got = {a.row: (a.value, a.note, a.na_justification) for a in checked.answers}
    assert got[2] == ("yes", "Rutin finns – se pärm 3\nrad två 🙂", "")
    assert got[3] == ("no", "", "")
    assert got[4] == ("na", "", "Vi har inga sådana ärenden")
    assert got[5] == ("na", "", "None here")
    assert got[6] == ("yes", "42", "")
    assert got[7] == (None, "", "")
    assert len(checked.answers) == 79


def test_invalid_answers_are_listed_by_row(tmp_path: Path, pack: Pack, round_: Round) -> None:
    path = write(tmp_path, pack, round_, "en")
    fill(path, {3: ("Maybe", None, None), 10: ("Yess", None, None)})
    criteria = pack.criteria()
    problems = read_and_check(path, pack).problems
    assert problems == (
        f"row 3 ({criteria[1].id}): “Maybe” is not an answer; choose one of Yes, No, "
        "Not applicable",
        f"row 10 ({criteria[8].id}): “Yess” is not an answer; choose one of Yes, No, "
        "Not applicable",
    )


def test_na_without_justification_is_a_warning(tmp_path: Path, pack: Pack, round_: Round) -> None:
    path = write(tmp_path, pack, round_, "en")
    fill(path, {2: ("Not applicable", None, None)})
    checked = read_and_check(path, pack)
    assert checked.problems == ()
    assert checked.warnings == (
        f"row 2 ({pack.criteria()[0].id}): answered “Not applicable” without saying why; "
        "it counts as unanswered until a justification is added",
    )
    assert checked.answers[0].value == "na"


def test_formula_cells_are_refused(tmp_path: Path, pack: Pack, round_: Round) -> None:
    path = write(tmp_path, pack, round_, "en")
    workbook = load_workbook(path)
    ws = workbook["Criteria"]
    ws["F5"] = "=cmd|' /C calc'!A0"  # openpyxl, like a spreadsheet, stores it as a formula
    ws["E6"] = '=IF(1,"Yes","No")'
    workbook.save(path)
    problems = read_and_check(path, pack).problems
    assert any(p.startswith("row 5: the notes cell F5 holds a formula") for p in problems)
    assert any(p.startswith("row 6: the answer cell E6 holds a formula") for p in problems)


def test_text_starting_with_equals_typed_as_text_is_kept(
    tmp_path: Path, pack: Pack, round_: Round
) -> None:
    path = write(tmp_path, pack, round_, "en")
    workbook = load_workbook(path)
    cell = workbook["Criteria"]["F5"]
    cell.value = "=1+1 is what we wrote"
    cell.data_type = "s"  # what Excel saves for '=1+1 typed with a leading apostrophe
    workbook.save(path)
    checked = read_and_check(path, pack)
    assert checked.problems == ()
    assert checked.answers[3].note == "=1+1 is what we wrote"


def test_edited_criterion_ids_are_named_by_row(tmp_path: Path, pack: Pack, round_: Round) -> None:
    path = write(tmp_path, pack, round_, "en")
    workbook = load_workbook(path)
    ws = workbook["Criteria"]
    criteria = pack.criteria()
    ws["B4"] = "BQS-X-99"
    ws["B6"], ws["B7"] = criteria[5].id, criteria[4].id
    workbook.save(path)
    problems = read_and_check(path, pack).problems
    assert problems[0] == (
        f"row 4: the criterion ID “BQS-X-99” is not a criterion of {pack.id} {pack.version} "
        f"(it should be {criteria[2].id}); criterion IDs may not be edited"
    )
    assert problems[1] == (
        f"row 6: holds criterion {criteria[5].id} where {criteria[4].id} should be; rows "
        "were moved, sorted or their IDs edited"
    )
    assert len(problems) == 3


def test_edited_statement_or_metadata_breaks_the_checksum(
    tmp_path: Path, pack: Pack, round_: Round
) -> None:
    path = write(tmp_path, pack, round_, "en")
    workbook = load_workbook(path)
    workbook["Criteria"]["C2"] = "We always meet this"
    workbook.save(path)
    assert read_and_check(path, pack).problems == (
        "was changed after it was handed out: the parts that identify the questionnaire "
        "(round, respondent, criteria, statements) no longer match its checksum; hand out a "
        "new questionnaire",
    )
    path = write(tmp_path, pack, round_, "en")
    workbook = load_workbook(path)
    meta = workbook["Metadata"]
    for row in meta.iter_rows():
        if row[0].value == "respondent_id":
            row[1].value = "someone-else"
    workbook.save(path)
    assert "no longer match its checksum" in read_and_check(path, pack).problems[0]


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"Alias;Answer\nAnna;Yes\n", "is not an Excel .xlsx file, or it is damaged or incomplete"),
        (None, "is not an Excel .xlsx file, or it is damaged or incomplete"),
    ],
    ids=["not-an-xlsx", "truncated"],
)
def test_unreadable_files_are_refused(
    tmp_path: Path, pack: Pack, round_: Round, content: bytes | None, reason: str
) -> None:
    path = write(tmp_path, pack, round_)
    data = path.read_bytes()
    path.write_bytes(content if content is not None else data[: len(data) // 2])
    with pytest.raises(ImportFileError) as caught:
        read_questionnaire(path)
    assert caught.value.reason == reason


def test_a_round_export_is_not_a_questionnaire(tmp_path: Path) -> None:
    export = Path(__file__).parents[2] / "fixtures" / "xlsx" / "valid-round.xlsx"
    with pytest.raises(ImportFileError) as caught:
        read_questionnaire(export)
    assert caught.value.reason == (
        "is a round or unit export, not a respondent's questionnaire; import it with File > "
        "Import from Excel… in the app, or with the command “promise-tracker import”"
    )


def test_newer_format_is_refused(tmp_path: Path, pack: Pack, round_: Round) -> None:
    path = write(tmp_path, pack, round_)
    workbook = load_workbook(path)
    for row in workbook["Metadata"].iter_rows():
        if row[0].value == "format_version":
            row[1].value = "7"
    workbook.save(path)
    with pytest.raises(ImportFileError, match="newer version of PROMISE tracker"):
        read_questionnaire(path)


@pytest.mark.skipif(
    not (shutil.which("soffice") or shutil.which("libreoffice")) and not os.environ.get("CI"),
    reason="LibreOffice is not installed here (scripts/setup.sh dev installs it; CI requires "
    "it); the zip and XML checks still run",
)
def test_libreoffice_prints_the_questionnaire(tmp_path: Path, pack: Pack, round_: Round) -> None:
    office = shutil.which("soffice") or shutil.which("libreoffice")
    assert office is not None
    first = pack.criteria()[0].id
    answers = {first: Answer("round-1", first, "resp-1", "yes", note="Rutin finns\nrad två")}
    path = write(tmp_path, pack, round_, "sv", answers)
    subprocess.run(
        [office, "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(path)],
        check=True,
        timeout=180,
        capture_output=True,
        env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"},
    )
    pdf = tmp_path / "q.pdf"
    assert pdf.stat().st_size > 5000
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True
        ).stdout
        assert "Socialsekreterare" in text
        assert pack.criteria()[0].statement.get("sv")[:30] in " ".join(text.split())


def test_hostile_alias_stays_text_and_makes_a_safe_file_name(
    tmp_path: Path, pack: Pack, round_: Round
) -> None:
    from promise_tracker.exchange.questionnaire import questionnaire_file_name

    hostile = Respondent("resp-1", "round-1", '=HYPERLINK("x")/..\\:*?', "management")
    assert questionnaire_file_name(UNIT, round_, hostile) == (
        "Barnahus Åby - Självskattning 2026 - =HYPERLINK(-x-)"
    )
    path = write(tmp_path, pack, round_, "en", respondent=hostile)
    workbook = load_workbook(path)
    cell = workbook["Instructions"]["B6"]
    assert (cell.value, cell.data_type) == (hostile.alias, "s")
    assert read_and_check(path, pack).problems == ()


def test_extra_rows_beyond_the_sheets_stated_size_are_counted_before_reading(
    tmp_path: Path, pack: Pack, round_: Round
) -> None:
    """A sheet's dimension may understate its rows (openpyxl then silently skips the rest):
    the rows in the XML are counted, and too many refuse the file before a cell is read."""
    import zipfile

    path = write(tmp_path, pack, round_)
    with zipfile.ZipFile(path) as source:
        members = [(info, source.read(info)) for info in source.infolist()]
    rows = "".join(
        f'<row r="{n}"><c r="B{n}" t="inlineStr"><is><t>X</t></is></c></row>'
        for n in range(81, 10_081)
    ).encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info, data in members:
            if info.filename == "xl/worksheets/sheet2.xml":
                assert b'<dimension ref="A1:G80"' in data  # left as it was
                data = data.replace(b"</sheetData>", rows + b"</sheetData>", 1)
            out.writestr(info, data)
    with pytest.raises(ImportFileError) as caught:
        read_questionnaire(path)
    assert caught.value.reason.startswith("is too large: the sheet ")
    assert "has 10,080 rows (at most 5,000 are accepted); refused" in caught.value.reason
