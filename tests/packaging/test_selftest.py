"""`promise-tracker self-test` run in this process: every check passes, and failures show."""

from __future__ import annotations

import io
import os
from dataclasses import replace
from pathlib import Path

import pytest

from promise_tracker import __version__, selftest
from promise_tracker.cli import main as cli_main

CHECK_NAMES = [
    "standards packs load and validate",
    "database created and migrated",
    "answers written and read back",
    "Excel export written and read back",
    "chart renders and saves",
]


def run_self_test() -> tuple[int, list[str], str]:
    out, err = io.StringIO(), io.StringIO()
    code = selftest.main(out=out, err=err)
    return code, out.getvalue().splitlines(), err.getvalue()


def check_lines(lines: list[str]) -> dict[str, str]:
    """Check name -> status word, from the lines that report a check."""
    statuses = {}
    for line in lines:
        status, _, rest = line.partition(" ")
        name = rest.strip().split(" (")[0]
        if name in CHECK_NAMES:
            statuses[name] = status
    return statuses


def test_every_check_passes_and_prints_one_line_each() -> None:
    code, lines, err = run_self_test()
    assert code == selftest.EXIT_OK, "\n".join(lines) + err
    assert lines[0].startswith(f"PROMISE tracker {__version__} self-test (source;")
    assert check_lines(lines) == dict.fromkeys(CHECK_NAMES, "OK")
    assert lines[-1] == "self-test passed: all 5 checks OK"
    assert err == ""
    by_name = {name: line for line in lines for name in CHECK_NAMES if f" {name} (" in line}
    for version in ("1.0.0", "1.1.0"):
        assert (
            f"promise-bqs-2017 {version} (12 assessed standards, 79 criteria, en/sv)"
            in by_name["standards packs load and validate"]
        )
    assert (
        "79 answers to promise-bqs-2017 1.1.0 saved, identical after reopening"
        in by_name["answers written and read back"]
    )
    # The Excel line speaks of the real export, reopened with its checksum.
    assert "round exported (79 criteria" in by_name["Excel export written and read back"]
    assert "checksum intact" in by_name["Excel export written and read back"]
    assert "also saved as SVG and PDF" in by_name["chart renders and saves"]


def test_runs_in_a_temporary_folder_it_removes_and_never_in_the_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "real-data"
    monkeypatch.setenv("PROMISE_TRACKER_DATA_DIR", str(data))
    code, lines, _ = run_self_test()
    assert code == selftest.EXIT_OK
    assert not data.exists()
    folder = Path(lines[1].removeprefix("Temporary data folder (removed afterwards): "))
    assert folder.name.startswith("promise-tracker-self-test-")
    assert not folder.exists()


def test_sets_qt_to_offscreen_only_while_it_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    seen = []

    def record(state: selftest.SelfTestState) -> str:
        seen.append(os.environ["QT_QPA_PLATFORM"])
        return "looked"

    monkeypatch.setattr(selftest, "CHECKS", (selftest.Check("record", record),))
    assert run_self_test()[0] == selftest.EXIT_OK
    assert seen == ["offscreen"]
    assert os.environ["QT_QPA_PLATFORM"] == "xcb"


def broken(state: selftest.SelfTestState) -> str:
    raise RuntimeError("simulated breakage")


def replace_check(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    checks = tuple(
        selftest.Check(check.name, broken, check.needs) if check.name == name else check
        for check in selftest.CHECKS
    )
    assert checks != selftest.CHECKS
    monkeypatch.setattr(selftest, "CHECKS", checks)


def test_a_failing_check_fails_the_run_and_skips_the_checks_that_need_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    replace_check(monkeypatch, "database created and migrated")
    code, lines, err = run_self_test()
    assert code == selftest.EXIT_FAILED
    assert check_lines(lines) == {
        "standards packs load and validate": "OK",
        "database created and migrated": "FAIL",
        "answers written and read back": "SKIP",
        "Excel export written and read back": "SKIP",
        "chart renders and saves": "SKIP",
    }
    failed = next(line for line in lines if line.startswith("FAIL"))
    assert failed.endswith("RuntimeError: simulated breakage")
    assert "needs: database created and migrated" in lines[4]
    assert lines[-1] == "self-test FAILED: 4 of 5 checks did not pass"
    # The traceback goes to stderr, for a bug report.
    assert "Traceback" in err
    assert "simulated breakage" in err


def test_the_last_check_failing_still_fails_the_run(monkeypatch: pytest.MonkeyPatch) -> None:
    replace_check(monkeypatch, "chart renders and saves")
    code, lines, _ = run_self_test()
    assert code == selftest.EXIT_FAILED
    assert check_lines(lines)["chart renders and saves"] == "FAIL"
    assert list(check_lines(lines).values()).count("OK") == 4


def test_the_chart_check_notices_a_chart_without_bars(monkeypatch: pytest.MonkeyPatch) -> None:
    def chart_of_zero_scores(state: selftest.SelfTestState) -> str:
        state.scores = [replace(score, percent=0.0) for score in state.scores]
        return selftest.check_chart(state)

    checks = tuple(
        selftest.Check(check.name, chart_of_zero_scores, check.needs)
        if check.name == "chart renders and saves"
        else check
        for check in selftest.CHECKS
    )
    monkeypatch.setattr(selftest, "CHECKS", checks)
    code, lines, _ = run_self_test()
    assert code == selftest.EXIT_FAILED
    failed = next(line for line in lines if line.startswith("FAIL"))
    assert "chart renders and saves" in failed
    assert "SelfTestError: the PNG looks blank" in failed
    assert failed.endswith(", 0.0% bars)")


def test_the_command_line_runs_it_and_returns_its_exit_code(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    replace_check(monkeypatch, "Excel export written and read back")
    assert cli_main(["self-test"]) == 1
    out = capsys.readouterr().out
    assert "FAIL  Excel export written and read back" in out
    assert "self-test FAILED: 1 of 5 checks did not pass" in out
