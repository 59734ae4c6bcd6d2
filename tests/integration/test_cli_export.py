"""`promise-tracker export` as a user runs it: a round, a unit, redacted, errors."""

from __future__ import annotations

import shutil
import subprocess
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
    assert wb.sheetnames == [
        "Summary",
        "Criteria",
        "History of criteria",
        "Action plan",
        "Respondents",
        "History",
        "Metadata",
        "Data",
    ]
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
    assert wb["Criteria"]["D2"].value in ("Ja", "Nej", "Ej tillämpligt")
    assert wb["Respondents"]["C2"].value == "Respondent 1"
    assert all(
        row == (None, None)
        # The evidence notes and N/A justifications (columns E and F)
        for row in wb["Criteria"].iter_rows(min_row=2, min_col=5, max_col=6, values_only=True)
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


# --- what Gnumeric shows -----------------------------------------------------------------------

SSCONVERT = shutil.which("ssconvert")
needs_gnumeric = pytest.mark.skipif(
    SSCONVERT is None, reason="Gnumeric's ssconvert is not installed (Debian package gnumeric)"
)


def ssconvert(source: Path, target: Path, *options: str) -> None:
    assert SSCONVERT is not None
    subprocess.run(
        [SSCONVERT, *options, str(source), str(target)],
        check=True,
        timeout=120,
        capture_output=True,
        env={"HOME": str(target.parent), "PATH": "/usr/bin:/bin"},
    )


@pytest.fixture(scope="module")
def unit_export(demo_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("unit") / "norrvik.xlsx"
    assert (
        main(
            ["export", "--data-dir", str(demo_dir), "--unit", demo_id("norrvik"), "--out", str(out)]
        )
        == 0
    )
    return out


@needs_gnumeric
def test_gnumeric_shows_met_counts_as_whole_numbers(unit_export: Path, tmp_path: Path) -> None:
    """Before, the number format "0.##" made Gnumeric (and Excel) show 5 as "5."."""
    ssconvert(
        unit_export,
        tmp_path / "summary.csv",
        "--export-type=Gnumeric_stf:stf_assistant",
        "-O",
        "sheet=Summary format=preserve separator=; quoting-mode=never",
    )
    rows = [line.split(";") for line in (tmp_path / "summary.csv").read_text().splitlines()]
    header = next(i for i, row in enumerate(rows) if row[0] == "Standard")
    assert rows[header][4] == "Met"
    table = rows[header + 1 :]
    shown = [row[4] for row in table[: next(i for i, row in enumerate(table) if not row[0])]]
    assert len(shown) == 12
    assert all(value.isdigit() for value in shown), shown


def statements_as_printed(pdf: Path) -> list[str]:
    """The Statement column of a printed Criteria sheet, one text per row, from the words'
    positions on the pages: a row too low for its statement lets the last lines run into
    the next row (or cuts them off), so a statement is whole only if its row holds it."""
    import re
    from xml.etree import ElementTree

    xhtml = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    root = ElementTree.fromstring(re.sub(r"<!DOCTYPE[^>]*>", "", xhtml))
    namespace = "{http://www.w3.org/1999/xhtml}"
    shown: list[str] = []
    left = right = 0.0
    for page in root.iter(f"{namespace}page"):
        words = [
            (float(w.get("xMin", 0)), float(w.get("yMin", 0)), w.text or "")
            for w in page.iter(f"{namespace}word")
        ]
        heading = [w for w in words if w[2] == "Statement"]
        if heading:  # Gnumeric prints the heading row on the first page only
            left = heading[0][0] - 1
            right = min(w[0] for w in words if w[2] == "Answer" and w[0] > left) - 1
        tops = sorted(
            {w[1] for w in words if w[0] < left and re.fullmatch(r"\d{4}-\d\d-\d\d", w[2])}
        )
        for index, top in enumerate(tops):
            bottom = tops[index + 1] if index + 1 < len(tops) else float("inf")
            inside = sorted(
                (w for w in words if left <= w[0] < right and top - 1 <= w[1] < bottom - 1),
                key=lambda w: (round(w[1]), w[0]),
            )
            shown.append(" ".join(w[2] for w in inside))
    return shown


@needs_gnumeric
def test_gnumeric_shows_every_statement_whole(unit_export: Path, tmp_path: Path) -> None:
    """Before, rows were sized for Excel's narrower font: in Gnumeric some statements ran
    past their row's height and were cut off."""
    ssconvert(unit_export, tmp_path / "criteria.pdf", "-O", "sheet=Criteria")
    shown = statements_as_printed(tmp_path / "criteria.pdf")
    rows = load_workbook(unit_export, read_only=True)["Criteria"].iter_rows(
        min_row=2, values_only=True
    )
    expected = [str(row[2]) for row in rows]  # the Statement column
    assert len(shown) == len(expected) == 316

    def letters(text: str) -> str:  # Gnumeric breaks lines after hyphens too
        return "".join(text.split())

    cut = [(e, s) for e, s in zip(expected, shown, strict=True) if letters(e) != letters(s)]
    assert cut == []
