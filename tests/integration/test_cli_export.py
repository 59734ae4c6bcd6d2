"""`promise-tracker export` as a user runs it: a round, a unit, redacted, errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from promise_tracker.cli import main
from promise_tracker.services.demo import demo_id


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("demo")
    assert main(["demo", "--data-dir", str(folder)]) == 0
    return folder


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_export_a_round(capsys: pytest.CaptureFixture[str], demo_dir: Path, tmp_path: Path) -> None:
    out_file = tmp_path / "round.xlsx"
    round_id = demo_id("fjordby", "round", 1)
    code, out, err = run(
        capsys, "export", "--data-dir", str(demo_dir), "--round", round_id, "--out", str(out_file)
    )
    assert (code, err) == (0, "")
    assert str(out_file) in out
    wb = load_workbook(out_file)
    assert wb.sheetnames == ["Summary", "Criteria", "Respondents", "History", "Metadata", "Data"]
    assert wb["Summary"]["B4"].value == "Barnahus Fjordby (demo)"
    assert wb["Criteria"].max_row == 80
    meta = {k: v for k, v in wb["Metadata"].iter_rows(values_only=True)}
    assert meta["round_ids"] == round_id
    assert meta["redacted"] == "false"
    assert [p.name for p in tmp_path.iterdir()] == ["round.xlsx"]


def test_export_a_unit_redacted_in_swedish(
    capsys: pytest.CaptureFixture[str], demo_dir: Path, tmp_path: Path
) -> None:
    out_file = tmp_path / "unit.xlsx"
    code, out, _ = run(
        capsys,
        "--data-dir",
        str(demo_dir),
        "export",
        "--unit",
        demo_id("vecupe"),
        "--out",
        str(out_file),
        "--language",
        "sv",
        "--redacted",
    )
    assert code == 0
    assert "(redacted)" in out
    wb = load_workbook(out_file)
    meta = {k: v for k, v in wb["Metadata"].iter_rows(values_only=True)}
    assert (meta["export_kind"], meta["language"], meta["redacted"]) == ("unit", "sv", "true")
    assert wb["Criteria"].max_row == 1 + 3 * 79
    assert wb["Criteria"]["F2"].value in ("Ja", "Nej", "Ej tillämpligt")
    assert wb["Respondents"]["C2"].value == "Respondent 1"
    assert all(
        row[0] is None
        for row in wb["Criteria"].iter_rows(min_row=2, min_col=11, max_col=12, values_only=True)
    )


def test_unknown_id_fails_clearly_and_writes_nothing(
    capsys: pytest.CaptureFixture[str], demo_dir: Path, tmp_path: Path
) -> None:
    for option in ("--round", "--unit"):
        code, out, err = run(
            capsys,
            "export",
            "--data-dir",
            str(demo_dir),
            option,
            "no-such-id",
            "--out",
            str(tmp_path / "x.xlsx"),
        )
        assert code == 1
        assert out == ""
        assert err.startswith("promise-tracker: ")
        assert "no-such-id" in err
    assert list(tmp_path.iterdir()) == []


def test_export_without_database_says_so(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _, err = run(
        capsys, "export", "--data-dir", str(tmp_path / "empty"), "--unit", "u", "--out", "x.xlsx"
    )
    assert code == 1
    assert "No database" in err


def test_round_or_unit_is_required_and_not_both(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out_file = str(tmp_path / "x.xlsx")
    for argv in (
        ["export", "--out", out_file],
        ["export", "--round", "r", "--unit", "u", "--out", out_file],
    ):
        with pytest.raises(SystemExit) as exit_info:
            main(argv)
        assert exit_info.value.code == 2
    assert "--round" in capsys.readouterr().err
