"""promise-tracker upgrade-round as a user runs it: the dry run shows the preview and writes
nothing, the real run upgrades and names the backup, refusals exit 1 with the reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from promise_tracker.cli import main
from promise_tracker.paths import AppPaths
from promise_tracker.services.workspace import open_workspace
from tests.unit.services.test_round_upgrade import (
    Rounds,
    fill_unit,
    install_made_up_packs,
    round_rows,
)


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    # The made-up pack pair and its crosswalk file in the packs folder, as a user adds them.
    return install_made_up_packs(tmp_path)


@pytest.fixture
def rounds(paths: AppPaths) -> Rounds:
    with open_workspace(paths) as workspace:
        return fill_unit(workspace)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_a_dry_run_shows_the_preview_and_changes_nothing(
    capsys: pytest.CaptureFixture[str], paths: AppPaths, rounds: Rounds
) -> None:
    before = round_rows(paths.database, rounds.draft)

    code, out, err = run(
        capsys, "upgrade-round", rounds.draft, "--to", "2.0.0", "--dry-run",
        "--data-dir", str(paths.data_dir),
    )  # fmt: skip

    assert (code, err) == (0, "")
    assert "Round “Review 2025”: upgrade-test 1.0.0 -> 2.0.0" in out
    assert "Kept: 5 answers of 4 criteria" in out
    assert "  U-3-05  Staff have been trained.  (was U-3-02)" in out
    assert "To answer again: 5 criteria" in out
    assert "  U-2-05  Toys and books are available.  (merged from U-2-02, merged from U-2-03, " \
        "2 answers removed)" in out  # fmt: skip
    assert "  U-4-01  Cases are followed up.  (new)" in out
    assert "  U-3-01  Staff wear uniforms.  (1 answer removed)" in out
    assert "Dry run: nothing was changed." in out
    assert round_rows(paths.database, rounds.draft) == before
    assert not list(paths.backups_dir.glob("*.sqlite"))


def test_the_real_run_upgrades_and_names_the_backup(
    capsys: pytest.CaptureFixture[str], paths: AppPaths, rounds: Rounds
) -> None:
    code, out, err = run(
        capsys, "upgrade-round", "--data-dir", str(paths.data_dir), rounds.draft, "--to", "2.0.0"
    )

    assert (code, err) == (0, "")
    assert "Upgraded: 5 answers kept, 6 removed; 5 criteria to answer again." in out
    [backup] = paths.backups_dir.glob("*.sqlite")
    assert f"The data as it was before is kept in {backup}" in out
    assert "promise-tracker restore FILE" in out
    with open_workspace(paths) as workspace:
        assert workspace.assessment.round(rounds.draft).pack_version == "2.0.0"
        kept = {a.criterion_id for a in workspace.assessment.answers(rounds.draft)}
    assert kept == {"U-1-01", "U-1-02", "U-3-02", "U-3-05"}


def test_a_finalised_round_is_refused_with_exit_1(
    capsys: pytest.CaptureFixture[str], paths: AppPaths, rounds: Rounds
) -> None:
    before = round_rows(paths.database, rounds.finalised)

    code, out, err = run(
        capsys, "upgrade-round", "--data-dir", str(paths.data_dir), rounds.finalised,
        "--to", "2.0.0",
    )  # fmt: skip

    assert (code, out) == (1, "")
    assert err.startswith("promise-tracker: The round “Review 2024” is finalised.")
    assert "Finalised rounds stay on the version they were assessed with" in err
    assert "Traceback" not in err
    assert round_rows(paths.database, rounds.finalised) == before
    assert not list(paths.backups_dir.glob("*.sqlite"))


def test_an_unknown_version_is_refused_with_exit_1(
    capsys: pytest.CaptureFixture[str], paths: AppPaths, rounds: Rounds
) -> None:
    code, _, err = run(
        capsys, "upgrade-round", "--data-dir", str(paths.data_dir), rounds.draft,
        "--to", "3.0.0", "--dry-run",
    )  # fmt: skip

    assert code == 1
    assert "Version 3.0.0 of the standards pack upgrade-test is not installed" in err
