"""promise-tracker handout, end to end."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from promise_tracker import cli
from tests.unit.reports.conftest import flat, pdf_pages, requires_poppler

pytestmark = requires_poppler


def test_writes_a_two_language_handout_of_one_standard(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "handout.pdf"
    status = cli.main(
        [
            "--data-dir",
            str(tmp_path / "data"),
            "handout",
            "--language",
            "sv",
            "--second-language",
            "en",
            "--standard",
            "2",
            "--out",
            str(out),
        ]
    )
    assert status == cli.EXIT_OK
    assert f"written to {out}" in capsys.readouterr().out
    text = flat("\n".join(pdf_pages(out)))
    assert "BQS-2-01" in text
    assert "BQS-1.1-01" not in text
    assert "Kvalitetsstandarder för Barnahus (PROMISE, 2017)" in text
    assert "This handout covers standard 2 only." in text
    # Swedish first, as asked: its column comes before the English one.
    row = next(line for line in pdf_pages(out, layout=True)[1].splitlines() if "BQS-2-01" in line)
    assert row.index("Ett skriftligt") < row.index("A written")


def test_refuses_an_unknown_standard_without_writing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "handout.pdf"
    status = cli.main(["handout", "--standard", "99", "--out", str(out)])
    assert status == cli.EXIT_FAILED
    assert "has no standard 99" in capsys.readouterr().err
    assert not out.exists()


def test_runs_as_a_command_without_a_display(tmp_path: Path) -> None:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    out = tmp_path / "handout.pdf"
    result = subprocess.run(
        [sys.executable, "-m", "promise_tracker", "handout", "--language", "sv", "--out", str(out)],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    pages = pdf_pages(out)
    assert len(pages) >= 10
    assert "De svenska rubrikerna är PROMISE trackers översättning" in flat(pages[0])
    assert f"Page {len(pages)} of {len(pages)}" in pages[-1]
