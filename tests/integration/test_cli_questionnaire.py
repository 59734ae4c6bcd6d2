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
