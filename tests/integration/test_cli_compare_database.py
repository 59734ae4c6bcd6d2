"""`promise-tracker compare --from-database`: the units straight from the database, on SQLite
and on a network's PostgreSQL server, where the role signed in decides what is compared."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from promise_tracker.cli import main
from promise_tracker.paths import resolve_paths
from promise_tracker.services.demo import build_demo, demo_id
from promise_tracker.services.workspace import open_workspace
from promise_tracker.storage import server_setup
from tests.integration.server_network import PASSWORD, Network, network_database
from tests.postgres import ThrowawayServer

KEYS = ("norrvik", "fjordby", "lindenau", "vecupe")
FILES_SHEET = "Files"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def cells(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every sheet's values; the Files sheet without its first column (file or database)."""
    workbook = load_workbook(path, read_only=True)
    try:
        return {
            sheet.title: [
                row[1:] if sheet.title == FILES_SHEET else row
                for row in sheet.iter_rows(values_only=True)
            ]
            for sheet in workbook.worksheets
        }
    finally:
        workbook.close()


def ranking_table(out: str) -> str:
    """What the command prints after the list of files: the ranking and the plan summary."""
    return out.split("\n\n", 1)[1].rsplit("Comparison of", 1)[0]


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("data")
    assert main(["demo", "--data-dir", str(folder)]) == 0
    return folder


@pytest.fixture(scope="module")
def unit_exports(data: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("exports")
    for key in KEYS:
        out = folder / f"{key}.xlsx"
        argv = ["export", "--data-dir", str(data), "--unit", demo_id(key), "--out", str(out)]
        assert main(argv) == 0
    return folder


def test_the_database_gives_the_workbook_its_exports_give(
    capsys: pytest.CaptureFixture[str], data: Path, unit_exports: Path, tmp_path: Path
) -> None:
    from_files, from_database = tmp_path / "files.xlsx", tmp_path / "database.xlsx"
    code, files_out, err = run(capsys, "compare", str(unit_exports), "--out", str(from_files))
    assert (code, err) == (0, "")
    code, database_out, err = run(
        capsys,
        "compare",
        "--from-database",
        "--include-drafts",  # a unit export's summary is the unit's latest round
        "--data-dir",
        str(data),
        "--out",
        str(from_database),
    )
    assert (code, err) == (0, "")

    assert cells(from_database) == cells(from_files)
    assert ranking_table(database_out) == ranking_table(files_out)
    assert "Database promise-tracker.sqlite: Barnahus Norrvik (demo): accepted [incomplete]" in (
        database_out
    )
    assert f"Comparison of 4 units written to {from_database}" in database_out
    workbook = load_workbook(from_database, read_only=True)
    names = [row[0] for row in workbook[FILES_SHEET].iter_rows(min_row=2, values_only=True)]
    workbook.close()
    assert names == ["Database promise-tracker.sqlite"] * 4


def test_by_default_each_unit_on_its_latest_finalised_round(
    capsys: pytest.CaptureFixture[str], data: Path, tmp_path: Path
) -> None:
    code, out, err = run(
        capsys,
        "compare",
        "--from-database",
        "--data-dir",
        str(data),
        "--out",
        str(tmp_path / "c.xlsx"),
        "--alias",
        f"{demo_id('fjordby')}=Unit West",
    )
    assert (code, err) == (0, "")
    # Norrvik's latest round is in progress: its finalised one, on the older standards.
    assert "Barnahus Norrvik (demo): accepted [other pack version]" in out
    assert "Unit West: accepted" in out
    workbook = load_workbook(tmp_path / "c.xlsx", read_only=True)
    rounds = {
        row[4]: row[5] for row in workbook[FILES_SHEET].iter_rows(min_row=2, values_only=True)
    }
    workbook.close()
    assert rounds["Barnahus Norrvik (demo)"] == "Self-assessment 2023"
    assert "Barnahus Fjordby (demo)" not in rounds


def test_a_round_by_title_and_the_units_without_it(
    capsys: pytest.CaptureFixture[str], data: Path, tmp_path: Path
) -> None:
    code, out, err = run(
        capsys,
        "compare",
        "--from-database",
        "--round-title",
        "self-assessment 2021",
        "--data-dir",
        str(data),
        "--out",
        str(tmp_path / "c.xlsx"),
    )
    assert (code, err) == (0, "")
    lines = [line for line in out.splitlines() if line.startswith("Database")]
    assert len(lines) == 4
    assert sum(": accepted" in line for line in lines) == 3
    # Fjordby assessed itself in 2020, 2022 and 2024.
    assert (
        "Database promise-tracker.sqlite: Barnahus Fjordby (demo): excluded (no round): "
        "no finalised round titled “self-assessment 2021”"
    ) in lines


def test_nothing_to_compare_is_said_plainly(
    capsys: pytest.CaptureFixture[str], data: Path, tmp_path: Path
) -> None:
    out_file = tmp_path / "c.xlsx"
    code, _, err = run(capsys, "compare", "--out", str(out_file))
    assert code == 1
    assert "Name the export files or folders to compare, or compare the units" in err
    code, _, err = run(capsys, "compare", "x.xlsx", "--round-title", "2021", "--out", "c.xlsx")
    assert code == 1
    assert "--from-database" in err

    code, _, err = run(
        capsys, "compare", "--from-database", "--data-dir", str(tmp_path), "--out", str(out_file)
    )
    assert (code, err) == (1, f"promise-tracker: No database in {tmp_path}; no units to compare.\n")

    code, out, err = run(
        capsys,
        "compare",
        "--from-database",
        "--round-title",
        "Round 1999",
        "--data-dir",
        str(data),
        "--out",
        str(out_file),
    )
    assert code == 1
    assert err == "promise-tracker: no file or unit was accepted; nothing to compare.\n"
    assert out.count("no finalised round titled “Round 1999”") == 4
    assert not out_file.exists()

    with pytest.raises(SystemExit) as exit_status:
        main(["compare", "--from-database", "--on-or-before", "31/12/2024", "--out", "c.xlsx"])
    assert exit_status.value.code == 2
    assert "'31/12/2024' is not a date written YYYY-MM-DD" in capsys.readouterr().err


# --------------------------------------------------------------------------- on a server


@pytest.fixture(scope="module")
def network(
    postgres_server: ThrowawayServer, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Network]:
    """The demo's units on a network's server; carl coordinates, anna is a member of
    Norrvik."""
    with network_database(postgres_server) as network:
        server_setup.init_server(network.owner_url, network.roles.prefix)
        folder = tmp_path_factory.mktemp("owner")
        with open_workspace(resolve_paths(str(folder), network.owner_url)) as workspace:
            build_demo(workspace.assessment, workspace.packs.latest("promise-bqs-2017"))
        server_setup.add_to_group(network.owner_url, network.role("carl"), "coordinator", PASSWORD)
        server_setup.add_member(
            network.owner_url, network.role("anna"), [demo_id("norrvik")], PASSWORD
        )
        yield network


def test_a_coordinator_compares_every_unit_of_the_server(
    capsys: pytest.CaptureFixture[str], network: Network, unit_exports: Path, tmp_path: Path
) -> None:
    from_files, from_server = tmp_path / "files.xlsx", tmp_path / "server.xlsx"
    assert run(capsys, "compare", str(unit_exports), "--out", str(from_files))[0] == 0
    code, out, err = run(
        capsys,
        "compare",
        "--from-database",
        "--include-drafts",
        "--db-url",
        network.url(network.role("carl")),
        "--data-dir",
        str(tmp_path / "carl"),
        "--out",
        str(from_server),
    )
    assert (code, err) == (0, "")
    assert f"Comparison of 4 units written to {from_server}" in out
    assert cells(from_server) == cells(from_files)
    assert PASSWORD not in out


def test_a_member_compares_only_the_units_the_server_lets_them_read(
    capsys: pytest.CaptureFixture[str], network: Network, tmp_path: Path
) -> None:
    code, out, err = run(
        capsys,
        "compare",
        "--from-database",
        "--db-url",
        network.url(network.role("anna")),
        "--data-dir",
        str(tmp_path / "anna"),
        "--out",
        str(tmp_path / "anna.xlsx"),
    )
    assert (code, err) == (0, "")
    assert "Barnahus Norrvik (demo): accepted" in out
    assert "Fjordby" not in out
    assert "Lindenau" not in out
    assert "Vecupe" not in out
    assert "Comparison of 1 units written to" in out
