"""`promise-tracker compare` as a coordinator runs it: folders, aliases, filters, exit codes."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

from promise_tracker.cli import main
from promise_tracker.domain.entities import Action, ActionStatus, Answer, Barrier, BarrierKind
from promise_tracker.paths import resolve_paths
from promise_tracker.services.demo import demo_id
from promise_tracker.services.workspace import open_workspace

KEYS = ("norrvik", "fjordby", "lindenau", "vecupe")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def exports(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("demo")
    assert main(["demo", "--data-dir", str(data)]) == 0
    folder = tmp_path_factory.mktemp("exports")
    for key in KEYS:
        out = folder / f"{key}.xlsx"
        assert (
            main(["export", "--data-dir", str(data), "--unit", demo_id(key), "--out", str(out)])
            == 0
        )
    return folder


def test_compare_a_folder_with_an_alias(
    capsys: pytest.CaptureFixture[str], exports: Path, tmp_path: Path
) -> None:
    junk = tmp_path / "junk.txt"
    junk.write_text("not an export")
    out_file = tmp_path / "comparison.xlsx"
    code, out, err = run(
        capsys,
        "compare",
        str(exports),
        str(junk),
        "--out",
        str(out_file),
        "--alias",
        f"{demo_id('norrvik')}=Unit North",
    )
    assert (code, err) == (0, "")
    assert "norrvik.xlsx: accepted [incomplete]" in out
    assert "fjordby.xlsx: accepted" in out
    assert "junk.txt: refused (wrong format)" in out
    assert "Unit North" in out
    assert "Norrvik" not in out.replace("norrvik.xlsx", "")
    assert f"Comparison of 4 units written to {out_file}" in out
    # The demo units record no barrier and no action: the summary says so.
    assert "\nBarriers: none recorded\nOpen actions: none\n" in out
    wb = load_workbook(out_file)
    assert wb.sheetnames == [
        "Units x standards",
        "Statistics",
        "Most often unmet",
        "Barriers",
        "Open actions",
        "Ranking",
        "Trends",
        "Files",
    ]
    assert wb["Ranking"].max_row == 5
    names = {
        row[0] for row in wb["Units x standards"].iter_rows(min_row=2, max_row=5, values_only=True)
    }
    assert "Unit North" in names
    assert "Barnahus Norrvik (demo)" not in names
    files = {row[0]: row[1] for row in wb["Files"].iter_rows(min_row=2, values_only=True)}
    assert files["junk.txt"] == "refused"


def test_country_filter(capsys: pytest.CaptureFixture[str], exports: Path, tmp_path: Path) -> None:
    out_file = tmp_path / "no.xlsx"
    code, out, _ = run(capsys, "compare", str(exports), "--out", str(out_file), "--country", "NO")
    assert code == 0
    assert "fjordby.xlsx: accepted" in out
    assert "norrvik.xlsx: excluded (filtered out): country SE" in out
    assert "Comparison of 1 units" in out
    assert load_workbook(out_file)["Ranking"].max_row == 2


def test_no_accepted_file_exits_1_and_writes_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"PK not really")
    out_file = tmp_path / "out.xlsx"
    code, out, err = run(capsys, "compare", str(junk), "--out", str(out_file))
    assert code == 1
    assert "junk.xlsx: refused (wrong format)" in out
    assert "no file was accepted" in err
    assert not out_file.exists()


def test_bad_alias_is_a_clear_error(
    capsys: pytest.CaptureFixture[str], exports: Path, tmp_path: Path
) -> None:
    code, _, err = run(
        capsys, "compare", str(exports), "--out", str(tmp_path / "x.xlsx"), "--alias", "nameonly"
    )
    assert code == 1
    assert "UNIT_ID=NAME" in err


@pytest.mark.skipif(
    not (shutil.which("soffice") or shutil.which("libreoffice")) and not os.environ.get("CI"),
    reason="LibreOffice is not installed here (scripts/setup.sh dev installs it; CI requires it)",
)
def test_libreoffice_opens_unit_exports_and_the_comparison(
    capsys: pytest.CaptureFixture[str], exports: Path, tmp_path: Path
) -> None:
    comparison = tmp_path / "comparison.xlsx"
    code, _, _ = run(capsys, "compare", str(exports), "--out", str(comparison))
    assert code == 0
    office = shutil.which("soffice") or shutil.which("libreoffice")
    assert office is not None, "the test command installs LibreOffice Calc"
    unit_export = sorted(exports.glob("*.xlsx"))[0]
    for workbook in (comparison, unit_export):
        subprocess.run(
            [office, "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(workbook)],
            check=True,
            timeout=180,
            capture_output=True,
            env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"},
        )
        pdf = tmp_path / f"{workbook.stem}.pdf"
        assert pdf.read_bytes().startswith(b"%PDF")
        assert pdf.stat().st_size > 5000


FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "xlsx"


@pytest.mark.parametrize("name", ["calc-resaved-round.xlsx", "gnumeric-resaved-round.xlsx"])
def test_an_export_saved_unchanged_by_calc_or_gnumeric_is_compared(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, name: str
) -> None:
    code, out, err = run(capsys, "compare", str(FIXTURES / name), "--out", str(tmp_path / "c.xlsx"))
    assert (code, err) == (0, "")
    assert f"{name}: accepted [incomplete]" in out
    assert "Barnahus Norrvik (demo)" in out


def test_a_formula_typed_into_a_calc_file_is_refused_as_by_an_import(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Before, the comparison read cached values and took =HYPERLINK(...) for the value it
    showed, while an import refused the file."""
    import zipfile

    typed = tmp_path / "typed.xlsx"
    with (
        zipfile.ZipFile(FIXTURES / "calc-resaved-round.xlsx") as old,
        zipfile.ZipFile(typed, "w") as new,
    ):
        for info in old.infolist():
            data = old.read(info)
            if info.filename == "xl/worksheets/sheet2.xml":
                data = data.replace(
                    b'<f aca="false">FALSE()</f><v>0</v>',
                    b'<f>HYPERLINK("http://example.org","x")</f><v>0</v>',
                    1,
                )
            new.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED)
    code, out, _ = run(capsys, "compare", str(typed), "--out", str(tmp_path / "c.xlsx"))
    assert code == 1
    assert (
        "typed.xlsx: refused (checksum mismatch): has a formula in sheet 'Criteria', cell N"
    ) in out
    code, _, err = run(capsys, "import", "--data-dir", str(tmp_path / "data"), str(typed))
    assert code == 1
    assert "typed.xlsx: refused\n  has a formula in sheet 'Criteria', cell N" in err


@pytest.fixture(scope="module")
def plan_exports(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Unit exports (by the `export` command) of three units whose latest rounds name
    barriers and whose action plans hold open, overdue and finished actions."""
    data = tmp_path_factory.mktemp("plan-data")
    with open_workspace(resolve_paths(data)) as workspace:
        service = workspace.assessment
        pack = workspace.packs.latest("promise-bqs-2017")
        first, second, third = (c.id for c in pack.criteria()[:3])
        barriers = {
            "Alpha": [(first, BarrierKind.LAW_OR_POLICY), (second, BarrierKind.FUNDING)],
            "Beta": [(first, BarrierKind.LAW_OR_POLICY), (third, BarrierKind.ORGANISATION)],
            "Gamma": [(first, BarrierKind.FUNDING)],
        }
        actions = {
            "Alpha": [
                (ActionStatus.PLANNED, dt.date(2020, 3, 1)),  # overdue
                (ActionStatus.IN_PROGRESS, dt.date(2099, 6, 30)),
                (ActionStatus.DONE, dt.date(2020, 1, 1)),  # not open
            ],
            "Beta": [(ActionStatus.PLANNED, None)],
            "Gamma": [(ActionStatus.DROPPED, dt.date(2020, 1, 1))],  # not open
        }
        units = {}
        for name in barriers:
            unit = service.create_unit(name, country="SE")
            units[name] = unit.id
            round_ = service.create_round(unit.id, "2025", dt.date(2025, 1, 1), pack)
            service.add_answers([Answer(round_.id, c.id, None, "no") for c in pack.criteria()])
            for criterion, kind in barriers[name]:
                service.set_barrier(Barrier(round_.id, criterion, kind))
            for n, (status, due) in enumerate(actions[name]):
                service.add_action(
                    Action(
                        f"{name}-{n}",
                        unit.id,
                        first,
                        f"Step {n}",
                        round_.id,
                        due_date=due,
                        status=status,
                    )
                )
        alpha_round = service.rounds(units["Alpha"])[-1].id
    folder = tmp_path_factory.mktemp("plan-exports")
    for name, unit_id in units.items():
        out = folder / f"{name}.xlsx"
        assert main(["export", "--data-dir", str(data), "--unit", unit_id, "--out", str(out)]) == 0
    # Also Alpha's only round as a round export, in a subfolder (reading the folder skips it).
    out = folder / "round" / "Alpha-round.xlsx"
    out.parent.mkdir()
    assert main(["export", "--data-dir", str(data), "--round", alpha_round, "--out", str(out)]) == 0
    return folder


def test_compare_summarises_barriers_and_open_actions_after_the_ranking(
    capsys: pytest.CaptureFixture[str], plan_exports: Path, tmp_path: Path
) -> None:
    code, out, err = run(capsys, "compare", str(plan_exports), "--out", str(tmp_path / "c.xlsx"))
    assert (code, err) == (0, "")
    lines = out.splitlines()
    ranking = lines.index(next(line for line in lines if line.strip().startswith("Rank")))
    barriers = lines.index(
        "Barriers: 5 across 3 criteria (law or policy 2, funding 2, organisation 1)"
    )
    assert barriers > ranking + 3  # after the three units of the ranking
    assert lines[barriers + 1] == "Open actions: 3 in 2 units (1 overdue)"
    assert lines[barriers + 2].startswith("Comparison of 3 units written to")


def test_the_summary_counts_only_the_units_compared(
    capsys: pytest.CaptureFixture[str], plan_exports: Path, tmp_path: Path
) -> None:
    code, out, _ = run(
        capsys, "compare", str(plan_exports / "Beta.xlsx"), "--out", str(tmp_path / "c.xlsx")
    )
    assert code == 0
    assert "\nBarriers: 2 across 2 criteria (law or policy 1, organisation 1)\n" in out
    assert "\nOpen actions: 1 in 1 unit (none overdue)\n" in out
    code, out, _ = run(
        capsys, "compare", str(plan_exports / "Gamma.xlsx"), "--out", str(tmp_path / "g.xlsx")
    )
    assert code == 0
    assert "\nBarriers: 1 across 1 criterion (funding 1)\nOpen actions: none\n" in out


def test_a_file_with_actions_is_still_read_as_the_kind_of_export_it_is(plan_exports: Path) -> None:
    """Before, reading the actions and barriers overwrote what kind of export a file is
    (which decides between a unit export and a round export of the same latest round)."""
    from promise_tracker.exchange.compare import read_export_summary

    unit = read_export_summary(plan_exports / "Alpha.xlsx")
    assert (unit.status, unit.kind, len(unit.plan)) == ("accepted", "unit", 3)
    one_round = read_export_summary(plan_exports / "round" / "Alpha-round.xlsx")
    assert (one_round.status, one_round.kind) == ("accepted", "round")
