"""`promise-tracker questionnaire` as a coordinator runs it: hand out, collect, re-import."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook

from promise_tracker.cli import main
from promise_tracker.paths import resolve_paths
from promise_tracker.services.demo import demo_id
from promise_tracker.services.workspace import open_workspace

DRAFT = demo_id("norrvik", "round", 3)


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


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def stored(data: Path, respondent_id: str) -> dict[str, tuple[str | None, str]]:
    with open_workspace(resolve_paths(data)) as workspace:
        answers = workspace.assessment.answers(DRAFT)
    return {a.criterion_id: (a.value, a.note) for a in answers if a.respondent_id == respondent_id}


def test_export_fill_import_and_reimport(
    capsys: pytest.CaptureFixture[str], data: Path, tmp_path: Path
) -> None:
    capsys.readouterr()
    out_dir = tmp_path / "out"
    code, out, err = run(
        capsys,
        "questionnaire",
        "export",
        "--data-dir",
        str(data),
        "--round",
        DRAFT,
        "--language",
        "sv",
        "--out",
        str(out_dir),
    )
    assert (code, err) == (0, "")
    assert f"Wrote 8 questionnaires to {out_dir}" in out
    files = sorted(out_dir.glob("*.xlsx"))
    assert len(files) == 8
    social = out_dir / "Barnahus Norrvik (demo) - Self-assessment 2025 - Social worker.xlsx"
    assert social in files
    respondent = demo_id("norrvik", "round", 3, "Social worker")
    before = stored(data, respondent)

    workbook = load_workbook(social)
    ws = workbook.worksheets[1]  # the criteria, under their Swedish sheet name
    # The first criterion the respondent has answered "Ja" (prefilled): now "nej".
    row = next(r for r in range(2, ws.max_row + 1) if ws[f"E{r}"].value == "Ja")
    criterion = ws[f"B{row}"].value
    assert before[criterion][0] == "yes"
    ws[f"E{row}"] = "nej"
    ws[f"F{row}"] = "Ändrat efter mötet\nrad två"
    workbook.save(social)

    code, out, err = run(
        capsys, "questionnaire", "import", "--data-dir", str(data), *map(str, files)
    )
    assert code == 0
    assert f"{social.name} (Social worker): changed, differences from what is stored: 1" in out
    assert "Changed files not imported: 1;" in out
    assert stored(data, respondent) == before

    code, out, err = run(
        capsys, "questionnaire", "import", "--data-dir", str(data), "--accept-changed", str(social)
    )
    assert (code, err) == (0, "")
    assert "Questionnaires imported: 1; answers saved: 1, cleared: 0." in out
    assert stored(data, respondent)[criterion] == ("no", "Ändrat efter mötet\nrad två")

    code, out, _ = run(capsys, "questionnaire", "import", "--data-dir", str(data), str(social))
    assert code == 0
    assert "unchanged, already imported" in out
    assert "Nothing was imported. (unchanged: 1)" in out


def test_rejected_files_exit_with_1(
    capsys: pytest.CaptureFixture[str], data: Path, tmp_path: Path
) -> None:
    bogus = tmp_path / "answers.xlsx"
    bogus.write_text("not a workbook", encoding="utf-8")
    code, out, err = run(capsys, "questionnaire", "import", "--data-dir", str(data), str(bogus))
    assert code == 1
    assert "answers.xlsx: rejected" in err
    assert "is not an Excel .xlsx file, or it is damaged or incomplete" in err
    assert "promise-tracker: 1 of 1 questionnaires rejected" in err
    assert "Nothing was imported." in out


def test_export_of_an_unknown_round_fails(
    capsys: pytest.CaptureFixture[str], data: Path, tmp_path: Path
) -> None:
    code, _, err = run(
        capsys,
        "questionnaire",
        "export",
        "--data-dir",
        str(data),
        "--round",
        "no-such-round",
        "--out",
        str(tmp_path / "out"),
    )
    assert code == 1
    assert err.startswith("promise-tracker: ")
    assert not (tmp_path / "out").exists()


def test_a_swedish_questionnaire_has_swedish_headings_and_english_is_restored(
    capsys: pytest.CaptureFixture[str], data: Path, tmp_path: Path
) -> None:
    from promise_tracker import i18n

    out_dir = tmp_path / "sv"
    args = ["questionnaire", "export", "--data-dir", str(data), "--round", DRAFT]
    code, _, _ = run(capsys, *args, "--language", "sv", "--out", str(out_dir))
    assert code == 0
    workbook = load_workbook(sorted(out_dir.glob("*.xlsx"))[0])
    headings = [cell.value for cell in workbook.worksheets[1][1]]
    assert "Criterion ID" not in headings
    assert any(str(h).startswith("Kriterie") for h in headings), headings
    assert i18n.language() == "en"  # the command leaves the process in English


# --- the wrong file, a swollen file, long notes -----------------------------------------------

SOCIAL_WORKER = "Barnahus Norrvik (demo) - Self-assessment 2025 - Social worker.xlsx"


def export_social_worker(capsys: pytest.CaptureFixture[str], data: Path, folder: Path) -> Path:
    respondent = demo_id("norrvik", "round", 3, "Social worker")
    code, _, err = run(
        capsys,
        "questionnaire",
        "export",
        "--data-dir",
        str(data),
        "--round",
        DRAFT,
        "--respondent",
        respondent,
        "--out",
        str(folder),
    )
    assert (code, err) == (0, "")
    return folder / SOCIAL_WORKER


def test_an_export_given_to_questionnaire_import_names_the_command_that_imports_it(
    capsys: pytest.CaptureFixture[str], data: Path, tmp_path: Path
) -> None:
    export = tmp_path / "norrvik.xlsx"
    code, _, _ = run(
        capsys, "export", "--data-dir", str(data), "--round", DRAFT, "--out", str(export)
    )
    assert code == 0
    code, _, err = run(capsys, "questionnaire", "import", "--data-dir", str(data), str(export))
    assert code == 1
    assert (
        "norrvik.xlsx: rejected\n  is a round or unit export, not a respondent's questionnaire"
        in err
    )
    assert "File > Import from Excel…" in err
    assert "“promise-tracker import”" in err


def with_extra_rows(path: Path, count: int) -> None:
    """Append `count` filled rows to the criteria sheet, as a paste of a long list would."""

    import re
    import zipfile

    with zipfile.ZipFile(path) as source:
        members = [(info, source.read(info)) for info in source.infolist()]
    first = 81  # right below the last criterion
    last = first + count - 1
    rows = "".join(
        f'<row r="{n}"><c r="B{n}" t="inlineStr"><is><t>EXTRA-{n}</t></is></c></row>'
        for n in range(first, last + 1)
    ).encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info, data in members:
            if info.filename == "xl/worksheets/sheet2.xml":
                assert b'<dimension ref="A1:G80"' in data
                data = re.sub(
                    rb'<dimension ref="[^"]*"', f'<dimension ref="A1:G{last}"'.encode(), data
                )
                data = data.replace(b"</sheetData>", rows + b"</sheetData>", 1)
            out.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED)


def test_a_questionnaire_with_100000_extra_rows_is_refused_before_it_is_read(
    capsys: pytest.CaptureFixture[str], data: Path, tmp_path: Path
) -> None:
    """Before, every extra row was read and reported: 100,000 lines, 10 s and 170 MB."""
    path = export_social_worker(capsys, data, tmp_path / "out")
    with_extra_rows(path, 100_000)
    code, out, err = run(capsys, "questionnaire", "import", "--data-dir", str(data), str(path))
    assert code == 1
    assert (
        f"{SOCIAL_WORKER}: rejected\n  is too large: the sheet 'Criteria' has 100,080 rows" in err
    )
    assert "(at most 5,000 rows" in err
    assert len(err.splitlines()) == 3
    assert "Nothing was imported." in out


def test_only_the_first_twenty_problems_are_listed_with_a_count_of_the_rest(
    capsys: pytest.CaptureFixture[str], data: Path, tmp_path: Path
) -> None:
    path = export_social_worker(capsys, data, tmp_path / "out")
    with_extra_rows(path, 300)
    code, _, err = run(capsys, "questionnaire", "import", "--data-dir", str(data), str(path))
    assert code == 1
    lines = err.splitlines()
    assert lines[0] == f"{SOCIAL_WORKER}: rejected"
    problems = lines[1:-1]
    assert len(problems) == 21
    assert problems[0].startswith("  row 81: a row the questionnaire did not have (")
    assert problems[-1] == "  … and 280 more problems"
    assert lines[-1] == "promise-tracker: 1 of 1 questionnaires rejected"


LONG_NOTE = ("Протокол заседания рабочей группы подписан всеми ведомствами. " * 900)[:50_000]


def test_a_note_too_long_for_a_cell_is_shown_cut_and_kept_whole(
    capsys: pytest.CaptureFixture[str], data: Path, tmp_path: Path
) -> None:
    """Before, the cell silently held the first 32,767 characters, and importing the file
    unchanged offered to replace the stored note with the cut one."""
    from dataclasses import replace

    respondent = demo_id("norrvik", "round", 3, "Social worker")
    with open_workspace(resolve_paths(data)) as workspace:
        answer = next(
            a for a in workspace.assessment.answers(DRAFT) if a.respondent_id == respondent
        )
        workspace.assessment.set_answer(replace(answer, note=LONG_NOTE))
    criterion = answer.criterion_id
    path = export_social_worker(capsys, data, tmp_path / "out")

    workbook = load_workbook(path)
    ws = workbook.worksheets[1]
    row = next(r for r in range(2, ws.max_row + 1) if ws[f"B{r}"].value == criterion)
    shown = ws[f"F{row}"].value
    assert len(shown.encode("utf-16-le")) // 2 <= 32_767
    cut = shown.index("… [continues: ")
    assert shown[:cut] == LONG_NOTE[:cut]
    assert shown[cut:] == (
        f"… [continues: {50_000 - cut:,} more characters, kept in PROMISE tracker]"
    )
    workbook.save(path)  # opened and saved unchanged

    code, out, err = run(capsys, "questionnaire", "import", "--data-dir", str(data), str(path))
    assert (code, err) == (0, "")
    assert "(Social worker): unchanged, already imported" in out
    assert stored(data, respondent)[criterion][1] == LONG_NOTE

    ws[f"F{row}"] = "Edited at the start. " + shown  # the marker is still there
    workbook.save(path)
    code, _, err = run(capsys, "questionnaire", "import", "--data-dir", str(data), str(path))
    assert code == 1
    assert (
        f"row {row} ({criterion}): this text was too long for a spreadsheet cell, so the "
        "questionnaire showed only its beginning, and that cut text was edited"
    ) in err
    assert stored(data, respondent)[criterion][1] == LONG_NOTE

    ws[f"F{row}"] = "A new, short note."  # a note written anew replaces the long one
    workbook.save(path)
    code, out, _ = run(
        capsys, "questionnaire", "import", "--data-dir", str(data), "--accept-changed", str(path)
    )
    assert code == 0
    assert stored(data, respondent)[criterion][1] == "A new, short note."
