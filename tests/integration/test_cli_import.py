"""`promise-tracker import` as a user runs it: preview, apply, re-import, refusal, conflicts."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from promise_tracker.cli import main
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
