"""Every command that takes --db-url, run as a user runs it against a PostgreSQL server.

The demo is written into a server database; export, import, questionnaires, the report, score
and upgrade-round then work on it as on a file; backup and restore refuse a server database,
pointing to pg_dump; PROMISE_TRACKER_DB_URL stands for --db-url, and a URL without a password
takes it from libpq's own password file (~/.pgpass) as PostgreSQL users expect.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook

from promise_tracker.cli import main
from promise_tracker.paths import resolve_paths
from promise_tracker.services.demo import demo_id
from promise_tracker.services.workspace import open_workspace
from tests.postgres import SUPERUSER, ThrowawayServer
from tests.unit.services.test_round_upgrade import (
    fill_unit,
    install_made_up_packs,
    made_up_registry,
)
from tests.unit.storage.helpers import count_rows, server_database_url

PASSWORD = "Höst 2026: rum 4"
FJORDBY_ROUND = demo_id("fjordby", "round", 1)
NORRVIK_DRAFT = demo_id("norrvik", "round", 3)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def demo_url(
    postgres_server: ThrowawayServer, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    """A server database holding the demo, written by `promise-tracker demo --db-url`."""
    folder = tmp_path_factory.mktemp("demo-on-server")
    with server_database_url(postgres_server) as url:
        assert main(["demo", "--data-dir", str(folder), "--db-url", url]) == 0
        yield url


@pytest.fixture
def empty_url(postgres_server: ThrowawayServer) -> Iterator[str]:
    with server_database_url(postgres_server) as url:
        yield url


def test_demo_is_written_into_an_empty_server_database_only(
    capsys: pytest.CaptureFixture[str], empty_url: str, tmp_path: Path
) -> None:
    code, out, err = run(capsys, "demo", "--db-url", empty_url)
    assert (code, err) == (0, "")
    assert "4 units" in out
    counts = count_rows(empty_url)
    assert counts["units"] == 4
    assert counts["answers"] > 1000
    # Into the server, not into a demo file of the user's data folder.
    assert not list(Path(os.environ["XDG_DATA_HOME"]).rglob("*.sqlite"))
    # Written once; a second time it is refused, and nothing is added.
    code, _out, err = run(capsys, "demo", "--db-url", empty_url)
    assert code == 1
    assert "promise-tracker:" in err
    assert "Traceback" not in err
    assert count_rows(empty_url) == counts


def test_packs_and_score_read_the_server_database(
    capsys: pytest.CaptureFixture[str], demo_url: str, tmp_path: Path
) -> None:
    code, out, err = run(capsys, "packs", "--data-dir", str(tmp_path), "--db-url", demo_url)
    assert (code, err) == (0, "")
    assert "promise-bqs-2017" in out
    code, out, err = run(
        capsys, "score", "--data-dir", str(tmp_path), "--db-url", demo_url, "--json"
    )
    assert (code, err) == (0, "")
    report = json.loads(out)
    assert "Barnahus Fjordby (demo)" in json.dumps(report, ensure_ascii=False)


def test_export_and_import_between_server_databases(
    capsys: pytest.CaptureFixture[str], demo_url: str, empty_url: str, tmp_path: Path
) -> None:
    exported = tmp_path / "round.xlsx"
    code, out, err = run(
        capsys, "export", "--data-dir", str(tmp_path), "--db-url", demo_url,
        "--round", FJORDBY_ROUND, "--out", str(exported),
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert load_workbook(exported)["Summary"]["B4"].value == "Barnahus Fjordby (demo)"

    code, out, err = run(
        capsys, "import", "--data-dir", str(tmp_path), "--db-url", empty_url, str(exported)
    )
    assert (code, err) == (0, "")
    assert "Imported: 1 new units, 1 new rounds" in out
    with open_workspace(resolve_paths(tmp_path, empty_url)) as workspace:
        assert [unit.name for unit in workspace.assessment.units()] == ["Barnahus Fjordby (demo)"]
        assert workspace.assessment.answers(FJORDBY_ROUND)


def test_questionnaires_go_out_and_come_back(
    capsys: pytest.CaptureFixture[str], empty_url: str, tmp_path: Path
) -> None:
    assert main(["demo", "--db-url", empty_url]) == 0
    out_dir = tmp_path / "out"
    code, out, err = run(
        capsys, "questionnaire", "export", "--data-dir", str(tmp_path), "--db-url", empty_url,
        "--round", NORRVIK_DRAFT, "--out", str(out_dir),
    )  # fmt: skip
    assert (code, err) == (0, "")
    files = sorted(out_dir.glob("*.xlsx"))
    assert len(files) == 8
    social = out_dir / "Barnahus Norrvik (demo) - Self-assessment 2025 - Social worker.xlsx"
    workbook = load_workbook(social)
    sheet = workbook.worksheets[1]
    row = next(r for r in range(2, sheet.max_row + 1) if sheet[f"E{r}"].value == "Yes")
    sheet[f"E{row}"] = "no"
    workbook.save(social)
    code, out, err = run(
        capsys, "questionnaire", "import", "--data-dir", str(tmp_path), "--db-url", empty_url,
        "--accept-changed", str(social),
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert "Questionnaires imported: 1; answers saved: 1" in out


def test_a_report_of_a_round_on_the_server(
    capsys: pytest.CaptureFixture[str], demo_url: str, tmp_path: Path
) -> None:
    out_file = tmp_path / "report.docx"
    code, out, err = run(
        capsys, "report", "--data-dir", str(tmp_path), "--db-url", demo_url,
        "--round", FJORDBY_ROUND, "--out", str(out_file),
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert f"Report written to {out_file}" in out
    assert out_file.stat().st_size > 10_000


def test_upgrade_round_on_the_server_says_where_backups_are(
    capsys: pytest.CaptureFixture[str], empty_url: str, tmp_path: Path
) -> None:
    packs_folder = install_made_up_packs(tmp_path).data_dir
    paths = resolve_paths(packs_folder, empty_url)
    with open_workspace(paths, made_up_registry()) as workspace:
        draft = fill_unit(workspace).draft
    code, out, err = run(
        capsys, "upgrade-round", "--data-dir", str(packs_folder), "--db-url", empty_url,
        draft, "--to", "2.0.0",
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert "Upgraded: 5 answers kept, 6 removed; 5 criteria to answer again." in out
    assert "its backups are made with pg_dump" in out
    assert not list(paths.backups_dir.glob("*.sqlite"))
    with open_workspace(paths) as workspace:
        assert workspace.assessment.round(draft).pack_version == "2.0.0"


@pytest.mark.parametrize(
    "argv", [["backup"], ["backup", "--out", "{tmp}/copy.sqlite"], ["restore", "{tmp}/x.sqlite"]]
)
def test_backup_and_restore_refuse_a_server_database_and_name_pg_dump(
    capsys: pytest.CaptureFixture[str], demo_url: str, tmp_path: Path, argv: list[str]
) -> None:
    (tmp_path / "x.sqlite").write_bytes(b"")
    filled = [part.format(tmp=tmp_path) for part in argv]
    code, out, err = run(capsys, *filled, "--data-dir", str(tmp_path), "--db-url", demo_url)
    assert code == 1
    assert out == ""
    assert "is on the database server on this computer" in err
    assert "pg_dump" in err
    assert "docs/server.md" in err
    assert "Traceback" not in err
    assert count_rows(demo_url)["units"] == 4


def test_the_environment_variable_stands_for_db_url(
    capsys: pytest.CaptureFixture[str],
    demo_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("PROMISE_TRACKER_DB_URL", demo_url)
    code, out, err = run(capsys, "score", "--data-dir", str(tmp_path))
    assert (code, err) == (0, "")
    assert "Barnahus Fjordby (demo)" in out
    assert not (tmp_path / "promise-tracker.sqlite").exists()


def escaped(field: str) -> str:
    """A field of a .pgpass line: colons and backslashes escaped with a backslash."""
    return field.replace("\\", "\\\\").replace(":", "\\:")


def test_a_url_without_a_password_takes_it_from_pgpass(
    capsys: pytest.CaptureFixture[str],
    postgres_server: ThrowawayServer,
    demo_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    database = demo_url.split("@/", 1)[1].split("?", 1)[0]
    member = f"reader_{database}"
    postgres_server.execute(f"""CREATE ROLE "{member}" LOGIN PASSWORD '{PASSWORD}'""")
    try:
        postgres_server.execute(
            f'GRANT SELECT ON ALL TABLES IN SCHEMA public TO "{member}"', database=database
        )
        url = postgres_server.url(database, member)  # no password in it
        code, _out, err = run(capsys, "score", "--data-dir", str(tmp_path), "--db-url", url)
        assert code == 1
        assert "asks for the password" in err
        # The password file in the user's home folder, as libpq reads it (private to them).
        fields = [str(postgres_server.socket_dir), "5432", database, member, PASSWORD]
        pgpass = Path.home() / ".pgpass"
        pgpass.write_text(":".join(escaped(field) for field in fields) + "\n", encoding="utf-8")
        pgpass.chmod(0o600)
        code, out, err = run(capsys, "score", "--data-dir", str(tmp_path), "--db-url", url)
        assert (code, err) == (0, "")
        assert "Barnahus Fjordby (demo)" in out
        assert PASSWORD not in out
    finally:
        postgres_server.execute(f'DROP OWNED BY "{member}"', database=database)
        postgres_server.execute(f'DROP ROLE "{member}"')
    assert SUPERUSER not in err
