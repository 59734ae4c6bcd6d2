"""`promise-tracker score` on a network's PostgreSQL database: the same report as on a file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from promise_tracker.cli import main


def _score(capsys: pytest.CaptureFixture[str], *where: str) -> str:
    capsys.readouterr()
    assert main([*where, "score", "--json"]) == 0
    out = capsys.readouterr().out
    return out


def test_score_on_a_server_reports_what_a_file_reports(
    postgres_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db-url", postgres_url, "--data-dir", str(tmp_path / "client"), "demo"]) == 0
    assert main(["demo", "--data-dir", str(tmp_path / "file")]) == 0
    on_server = _score(capsys, "--db-url", postgres_url, "--data-dir", str(tmp_path / "client"))
    on_file = _score(capsys, "--data-dir", str(tmp_path / "file"))
    report = json.loads(on_server)
    assert len(report["units"]) == 4
    assert sum(len(unit["rounds"]) for unit in report["units"]) >= 12
    assert on_server == on_file
