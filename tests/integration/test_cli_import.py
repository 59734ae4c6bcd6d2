"""`promise-tracker import` as a user runs it: preview, apply, re-import, refusal, conflicts."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from promise_tracker.cli import main
from promise_tracker.domain.entities import Answer
from promise_tracker.paths import resolve_paths
from promise_tracker.services.demo import demo_id
from promise_tracker.services.workspace import open_workspace

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "xlsx"


@pytest.fixture(scope="module")
def unit_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("demo")
    assert main(["demo", "--data-dir", str(folder)]) == 0
    out = folder / "fjordby.xlsx"
    assert (
        main(["export", "--data-dir", str(folder), "--unit", demo_id("fjordby"), "--out", str(out)])
        == 0
    )
    return out


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def scores(capsys: pytest.CaptureFixture[str], folder: Path) -> str:
    code, out, _ = run(capsys, "score", "--data-dir", str(folder), "--json")
    assert code == 0
    return out


def test_import_then_reimport(
    capsys: pytest.CaptureFixture[str], unit_file: Path, tmp_path: Path
) -> None:
    capsys.readouterr()
    data = tmp_path / "data"
    code, out, err = run(capsys, "import", "--data-dir", str(data), str(unit_file))
    assert (code, err) == (0, "")
    assert "fjordby.xlsx: accepted" in out
    assert "new unit: Barnahus Fjordby (demo)" in out
    assert "Imported: 1 new units, 3 new rounds" in out
    imported = scores(capsys, data)
    assert "Barnahus Fjordby (demo)" in imported

    code, out, err = run(capsys, "import", "--data-dir", str(data), str(unit_file))
    assert (code, err) == (0, "")
    assert "fjordby.xlsx: accepted: already imported, no changes" in out
    assert "Nothing changed" in out
    assert scores(capsys, data) == imported


@pytest.mark.parametrize("protected", [False, True], ids=["plain", "protected"])
def test_a_round_export_imported_again_is_already_imported(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    unit_file: Path,
    tmp_path: Path,
    protected: bool,
) -> None:
    """The round compares with the unit's previous round, which a round export does not
    hold; before, the second import found a conflict and kept an "(imported)" copy."""
    monkeypatch.setenv("PROMISE_TRACKER_PASSWORD", "Kanelbulle-2025")
    capsys.readouterr()
    out_file = tmp_path / "fjordby-round.xlsx"
    export = ["export", "--data-dir", str(unit_file.parent), "--round"]
    export += [demo_id("fjordby", "round", 2), "--out", str(out_file)]
    assert run(capsys, *export, *(["--encrypt"] if protected else []))[0] == 0
    data = tmp_path / "data"
    code, out, err = run(capsys, "import", "--data-dir", str(data), str(out_file))
    assert (code, err) == (0, "")
    assert "Imported: 1 new units, 1 new rounds" in out
    imported = scores(capsys, data)

    for policy in ("keep-both", "replace", "skip"):
        code, out, err = run(
            capsys, "import", "--data-dir", str(data), "--on-conflict", policy, str(out_file)
        )
        assert (code, err) == (0, "")
        assert out == (
            "fjordby-round.xlsx: accepted: already imported, no changes\n"
            "Nothing changed: everything was already imported.\n"
        ), policy
    assert scores(capsys, data) == imported
    assert "(imported)" not in imported


def test_one_refused_file_refuses_the_whole_import(
    capsys: pytest.CaptureFixture[str], unit_file: Path, tmp_path: Path
) -> None:
    capsys.readouterr()
    data = tmp_path / "data"
    assert (
        run(capsys, "import", "--data-dir", str(data), str(FIXTURES / "valid-round.xlsx"))[0] == 0
    )
    before = scores(capsys, data)
    code, out, err = run(
        capsys,
        "import",
        "--data-dir",
        str(data),
        str(unit_file),
        str(FIXTURES / "tampered.xlsx"),
        str(FIXTURES / "zip-bomb.xlsx"),
    )
    assert code == 1
    assert "fjordby.xlsx: accepted" in out
    assert "tampered.xlsx: refused\n  the file was changed after export" in err
    assert "zip-bomb.xlsx: refused\n  is too large when unpacked" in err
    assert "nothing was imported: 2 of 3 files refused" in err
    assert "Imported" not in out
    assert scores(capsys, data) == before


def test_on_conflict_option(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    data = tmp_path / "data"
    valid = str(FIXTURES / "valid-round.xlsx")
    assert run(capsys, "import", "--data-dir", str(data), valid)[0] == 0
    with pytest.raises(SystemExit):
        main(["import", "--data-dir", str(data), "--on-conflict", "bogus", valid])
    assert "invalid choice: 'bogus'" in capsys.readouterr().err
    with open_workspace(resolve_paths(str(data), None)) as workspace:
        answer = workspace.assessment.answers("fixture-round")[0]
        workspace.assessment.set_answer(replace(answer, value="no", note="changed here"))
    changed = scores(capsys, data)

    code, out, _ = run(capsys, "import", "--data-dir", str(data), "--on-conflict", "skip", valid)
    assert code == 0
    assert "conflict: Fixture round 2024 (exists with other content)" in out
    assert "1 conflicting rounds skipped" in out
    assert scores(capsys, data) == changed

    code, out, _ = run(capsys, "import", "--data-dir", str(data), "--on-conflict", "replace", valid)
    assert code == 0
    assert "1 rounds replaced" in out
    code, out, _ = run(capsys, "import", "--data-dir", str(data), valid)
    assert "already imported, no changes" in out

    with open_workspace(resolve_paths(str(data), None)) as workspace:
        answer = workspace.assessment.answers("fixture-round")[0]
        workspace.assessment.set_answer(replace(answer, note="changed again"))
    code, out, _ = run(capsys, "import", "--data-dir", str(data), valid)  # keep-both default
    assert code == 0
    assert "1 rounds kept as imported copies" in out
    assert "Fixture round 2024 (imported)" in scores(capsys, data)


# --- files from other programs, the wrong file, damaged files ---------------------------------


@pytest.mark.parametrize("name", ["calc-resaved-round.xlsx", "gnumeric-resaved-round.xlsx"])
def test_an_export_saved_unchanged_by_calc_or_gnumeric_imports(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, name: str
) -> None:
    """Calc writes the Flagged cells as FALSE()/TRUE() formulas; before, the file was
    refused as edited."""
    data = tmp_path / "data"
    code, out, err = run(capsys, "import", "--data-dir", str(data), str(FIXTURES / name))
    assert (code, err) == (0, "")
    assert f"{name}: accepted\n  new unit: Barnahus Norrvik (demo)\n" in out
    assert "Imported: 1 new units, 1 new rounds" in out


def test_a_questionnaire_given_to_import_names_the_command_that_imports_it(
    capsys: pytest.CaptureFixture[str], unit_file: Path, tmp_path: Path
) -> None:
    folder = unit_file.parent
    code, _, _ = run(
        capsys,
        "questionnaire",
        "export",
        "--data-dir",
        str(folder),
        "--round",
        demo_id("fjordby", "round", 2),
        "--out",
        str(tmp_path / "out"),
    )
    assert code == 0
    questionnaire = sorted((tmp_path / "out").glob("*.xlsx"))[0]
    code, _, err = run(capsys, "import", "--data-dir", str(tmp_path / "data"), str(questionnaire))
    assert code == 1
    assert (
        f"{questionnaire.name}: refused\n  is a respondent's questionnaire, not a round or unit "
        "export; import it into its round with Team > Import questionnaires… in the app, or "
        "with the command “promise-tracker questionnaire import”\n"
    ) in err
    assert "no known format" not in err


def rewritten(source: Path, target: Path, change: dict[str, bytes | None]) -> Path:
    """A copy of `source` with zip members replaced (bytes) or left out (None)."""
    import zipfile

    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for info in old.infolist():
            data = change.get(info.filename, old.read(info))
            if data is not None:
                new.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED)
    return target


def with_a_cut_record(source: Path, target: Path) -> Path:
    """The unit record of the Data sheet cut in half, the checksum made to match again: what
    a program that cuts long cells would leave of a long record."""
    from openpyxl import load_workbook

    from promise_tracker.exchange.round_export import data_checksum

    workbook = load_workbook(source)
    cell = workbook["Data"]["B2"]
    cell.value = cell.value[: len(cell.value) // 2]
    meta = workbook["Metadata"]
    row = next(r for r in meta.iter_rows() if r[0].value == "data_checksum")
    row[1].value = data_checksum(workbook)
    workbook.save(target)
    return target


DAMAGES = {
    # json: "Unterminated string starting at: line 1 column 60 (char 59)"
    "cut-record": lambda source, target: with_a_cut_record(source, target),
    # ElementTree: "ParseError: no element found: line 1, column 2048"
    "broken-xml": lambda source, target: rewritten(
        source,
        target,
        {"xl/worksheets/sheet1.xml": b'<?xml version="1.0"?><worksheet xmlns="http://schemas.'},
    ),
    # zipfile: "KeyError: There is no item named 'xl/workbook.xml' in the archive"
    "missing-part": lambda source, target: rewritten(source, target, {"xl/workbook.xml": None}),
}
RAW_TEXTS = (
    "Error",
    "Unterminated",
    "Expecting",
    "line 1",
    "column 2",
    "no element found",
    "There is no item",
    "archive",
    "Traceback",
)


@pytest.mark.parametrize("damage", sorted(DAMAGES))
def test_damaged_files_are_refused_in_plain_words_by_every_command(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, damage: str
) -> None:
    path = DAMAGES[damage](FIXTURES / "valid-round.xlsx", tmp_path / f"{damage}.xlsx")
    data = str(tmp_path / "data")
    outputs = {
        "import": run(capsys, "import", "--data-dir", data, str(path)),
        "questionnaire import": run(
            capsys, "questionnaire", "import", "--data-dir", data, str(path)
        ),
        "compare": run(capsys, "compare", str(path), "--out", str(tmp_path / "c.xlsx")),
    }
    for command, (code, out, err) in outputs.items():
        if command != "compare" or damage != "cut-record":  # compare reads no answer record
            assert code == 1, command
        for raw in RAW_TEXTS:
            assert raw not in out + err, (command, raw, out + err)
    import_err = outputs["import"][2]
    expected = {
        "cut-record": "has a damaged record in the Data sheet, row 2: it is cut short or not "
        "in the export's format; export the file again",
        "broken-xml": "cannot be read as an Excel workbook: a part of it is damaged, or it was "
        "not saved as an Excel workbook (.xlsx)",
        "missing-part": "cannot be read as an Excel workbook: a part of it is damaged",
    }
    assert expected[damage] in import_err


# --- long notes through real spreadsheet programs --------------------------------------------

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
SSCONVERT = shutil.which("ssconvert")
MEGABYTE_NOTE = "".join(
    f"Evidence line {n}: minutes of the steering group \x7f ✓ 😀, signed by all agencies.\n"
    for n in range(13_000)
)[:1_000_000]
CYRILLIC_NOTE = ("Протокол заседания рабочей группы подписан всеми ведомствами. " * 900)[:50_000]


def resave_with_calc(source: Path, folder: Path) -> Path:
    assert SOFFICE is not None
    subprocess.run(
        [SOFFICE, "--headless", "--convert-to", "xlsx", "--outdir", str(folder), str(source)],
        check=True,
        timeout=180,
        capture_output=True,
        env={"HOME": str(folder), "PATH": "/usr/bin:/bin"},
    )
    return folder / source.name


def resave_with_gnumeric(source: Path, folder: Path) -> Path:
    assert SSCONVERT is not None
    target = folder / source.name
    subprocess.run(
        [SSCONVERT, str(source), str(target)],
        check=True,
        timeout=120,
        capture_output=True,
        env={"HOME": str(folder), "PATH": "/usr/bin:/bin"},
    )
    return target


PROGRAMS = [
    pytest.param(
        resave_with_calc,
        id="calc",
        marks=pytest.mark.skipif(
            SOFFICE is None and not os.environ.get("CI"),
            reason="LibreOffice is not installed here (scripts/setup.sh dev installs it)",
        ),
    ),
    pytest.param(
        resave_with_gnumeric,
        id="gnumeric",
        marks=pytest.mark.skipif(
            SSCONVERT is None, reason="Gnumeric's ssconvert is not installed (Debian: gnumeric)"
        ),
    ),
]


@pytest.mark.parametrize("resave", PROGRAMS)
def test_long_notes_survive_a_spreadsheet_program_saving_the_export(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    resave: Callable[[Path, Path], Path],
) -> None:
    """A 1 MB note and a 50,000-character Cyrillic one (a dissenting view too), exported,
    saved unchanged by Calc or Gnumeric (which keep at most 32,767 characters per cell and
    Gnumeric drops DEL characters), then imported: every text comes back whole."""
    source = tmp_path / "source"
    with open_workspace(resolve_paths(str(source), None)) as workspace:
        service = workspace.assessment
        pack = workspace.packs.latest("promise-bqs-2017")
        unit = service.create_unit("Barnahus Långnot", country="SE", unit_id="long-unit")
        service.create_round(unit.id, "Long notes", dt.date(2026, 2, 1), pack, round_id="r-long")
        first, second = (c.id for c in pack.criteria()[:2])
        service.add_answers(
            [
                Answer("r-long", first, None, "yes", note=MEGABYTE_NOTE, flagged=True),
                Answer("r-long", second, None, "no", note=CYRILLIC_NOTE, dissent=CYRILLIC_NOTE),
            ]
        )
    export = tmp_path / "long.xlsx"
    code, _, _ = run(
        capsys, "export", "--data-dir", str(source), "--unit", "long-unit", "--out", str(export)
    )
    assert code == 0
    folder = tmp_path / "resaved"
    folder.mkdir()
    resaved = resave(export, folder)
    target = tmp_path / "target"
    code, out, err = run(capsys, "import", "--data-dir", str(target), str(resaved))
    assert (code, err) == (0, "")
    assert "long.xlsx: accepted" in out
    with open_workspace(resolve_paths(str(target), None)) as workspace:
        answers = {a.criterion_id: a for a in workspace.assessment.answers("r-long")}
    assert answers[first].note == MEGABYTE_NOTE
    assert answers[first].flagged is True
    assert answers[second].note == answers[second].dissent == CYRILLIC_NOTE
