"""Moving a draft round to a newer pack version: kept and re-asked exactly as the crosswalk
says, notes and N/A reasons carried, a backup first, finalised rounds never rewritten.

Uses a made-up pack pair (tests/fixtures/upgrade) and a crosswalk built with the model, so it
does not depend on the shipped pack's versions. The command line and window tests install the
same packs and the crosswalk file in the packs folder (`install_made_up_packs`), as a user would.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import pytest

from promise_tracker.domain.entities import Action, Answer, Barrier, BarrierKind
from promise_tracker.errors import PackError, ValidationError
from promise_tracker.paths import AppPaths, is_server_url, resolve_paths
from promise_tracker.services.round_upgrade import RoundUpgradeService
from promise_tracker.services.workspace import Workspace, open_workspace
from promise_tracker.standards.crosswalk import Change, CriterionChange, Crosswalk
from promise_tracker.standards.loader import load_pack
from promise_tracker.standards.registry import PackRegistry
from promise_tracker.storage.models import Base
from tests.unit.services.conftest import DataPaths
from tests.unit.services.helpers import table_rows

FIXTURES = Path(__file__).parents[2] / "fixtures" / "upgrade"
PACK_ID = "upgrade-test"


def made_up_crosswalk() -> Crosswalk:
    """1.0.0 -> 2.0.0 of the made-up pack: one criterion of every kind of change."""

    def c(old: str, change: Change, *into: str) -> CriterionChange:
        return CriterionChange(old, change, tuple(into))

    return Crosswalk(
        PACK_ID,
        "1.0.0",
        "2.0.0",
        (
            c("U-1-01", Change.UNCHANGED, "U-1-01"),
            c("U-1-02", Change.REWORDED, "U-1-02"),
            c("U-1-03", Change.CHANGED, "U-1-03"),
            c("U-2-01", Change.SPLIT, "U-2-01", "U-2-04"),
            c("U-2-02", Change.MERGED, "U-2-05"),
            c("U-2-03", Change.MERGED, "U-2-05"),
            c("U-3-01", Change.RETIRED),
            # Renamed both ways round: U-3-02 becomes U-3-05 while U-3-03 takes U-3-02.
            c("U-3-02", Change.REWORDED, "U-3-05"),
            c("U-3-03", Change.REWORDED, "U-3-02"),
        ),
        new_ids=("U-4-01",),
        origin="made up in the tests",
    )


def install_made_up_packs(tmp_path: Path) -> AppPaths:
    """A data folder whose packs folder holds the made-up pack pair and its crosswalk file."""
    paths = resolve_paths(tmp_path / "data")
    paths.user_packs_dir.mkdir(parents=True)
    for source in FIXTURES.glob("upgrade-test-*.yaml"):
        (paths.user_packs_dir / source.name).write_bytes(source.read_bytes())
    return paths


def test_the_crosswalk_file_says_what_the_model_says(tmp_path: Path) -> None:
    registry = PackRegistry.load(install_made_up_packs(tmp_path).user_packs_dir)
    assert registry.load_errors == ()
    loaded = registry.crosswalk(PACK_ID, "1.0.0", "2.0.0")
    assert loaded is not None
    assert replace(loaded, origin="") == replace(made_up_crosswalk(), origin="")


def made_up_registry(*, with_crosswalk: bool = True) -> PackRegistry:
    packs = [load_pack(FIXTURES / f"upgrade-test-{v}.yaml") for v in ("1.0.0", "2.0.0")]
    return PackRegistry(packs, crosswalks=[made_up_crosswalk()] if with_crosswalk else [])


@dataclass
class Rounds:
    unit: str
    draft: str
    finalised: str
    respondent: str


def fill_unit(workspace: Workspace) -> Rounds:
    """A unit with a finalised round and a draft round on 1.0.0, both answered."""
    service = workspace.assessment
    pack = workspace.packs.get(PACK_ID, "1.0.0")
    unit = service.create_unit("Barnahus Upgrade")
    finalised = service.create_round(unit.id, "Review 2024", dt.date(2024, 4, 1), pack)
    draft = service.create_round(unit.id, "Review 2025", dt.date(2025, 4, 1), pack)
    respondent = service.add_respondent(draft.id, "Coordinator A", "management")
    old_respondent = service.add_respondent(finalised.id, "Coordinator B", "professionals")
    for round_id in (finalised.id, draft.id):
        for answer in (
            Answer(round_id, "U-1-01", value="yes", note="Agreement in the shared folder"),
            Answer(round_id, "U-1-02", value="na", na_justification="The region signs it"),
            Answer(round_id, "U-1-03", value="no", note="Reviewed once a year"),
            Answer(round_id, "U-2-01", value="yes"),
            Answer(round_id, "U-2-02", value="yes"),
            Answer(round_id, "U-2-03", value="no"),
            Answer(round_id, "U-3-01", value="no"),
            Answer(round_id, "U-3-02", value="yes", note="Trained in 2024", flagged=True),
            Answer(round_id, "U-3-03", value="no", note="Supervision planned"),
        ):
            service.set_answer(answer)
        service.set_barrier(Barrier(round_id, "U-1-03", BarrierKind.FUNDING, "No budget"))
        service.set_barrier(Barrier(round_id, "U-3-03", BarrierKind.NOT_STARTED))
        for criterion in ("U-3-03", "U-2-02", "U-2-01", "U-3-01"):
            service.add_action(
                Action("", unit.id, criterion, f"Act on {criterion}", round_id=round_id)
            )
    service.set_answer(Answer(draft.id, "U-1-02", respondent.id, value="yes", note="Seen it"))
    service.set_answer(Answer(draft.id, "U-2-01", respondent.id, value="no"))
    service.set_answer(Answer(finalised.id, "U-2-01", old_respondent.id, value="no"))
    service.finalise_round(finalised.id)
    return Rounds(unit.id, draft.id, finalised.id, respondent.id)


@pytest.fixture(params=["sqlite3", "sqlalchemy", "postgresql"])
def storage(request: pytest.FixtureRequest) -> str:
    """An SQLite file on both storage paths (plain sqlite3, the app's everyday one, and
    SQLAlchemy), and a database on a PostgreSQL server."""
    return str(request.param)


@pytest.fixture
def backend(storage: str) -> str:
    return "postgresql" if storage == "postgresql" else "sqlite"


@pytest.fixture
def paths(tmp_path: Path, data_paths: DataPaths) -> AppPaths:
    return data_paths(tmp_path / "data")


@pytest.fixture
def workspace(paths: AppPaths, storage: str) -> Iterator[Workspace]:
    with open_workspace(paths, made_up_registry()) as opened:
        if storage == "sqlalchemy":
            assert opened.database.engine is not None  # from now on units of work use it
            assert opened.database.uses_sqlalchemy
        yield opened


@pytest.fixture
def rounds(workspace: Workspace) -> Rounds:
    return fill_unit(workspace)


@pytest.fixture
def upgrades(workspace: Workspace) -> RoundUpgradeService:
    return RoundUpgradeService.for_workspace(workspace)


def round_rows(database: Path | AppPaths, round_id: str) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table that belongs to the round, read with plain sqlite3 from a
    file (or with SQLAlchemy Core from the database of the data's paths, on any engine)."""
    if isinstance(database, AppPaths):
        if not is_server_url(database.database_url_override):
            return round_rows(database.database, round_id)
        found: dict[str, list[tuple[object, ...]]] = {}
        for name, rows_of_table in table_rows(database).items():
            columns = Base.metadata.tables[name].c
            key = "id" if name == "rounds" else "round_id" if "round_id" in columns else None
            if key is not None:
                found[name] = sorted(
                    (tuple(row.values()) for row in rows_of_table if row[key] == round_id),
                    key=repr,
                )
        return found
    with contextlib.closing(sqlite3.connect(database)) as connection:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name"
            )
        ]
        rows: dict[str, list[tuple[object, ...]]] = {}
        for table in tables:
            columns = [row[1] for row in connection.execute(f"PRAGMA table_info({table})")]
            key = "id" if table == "rounds" else "round_id" if "round_id" in columns else None
            if key is None:
                continue
            rows[table] = sorted(
                connection.execute(f"SELECT * FROM {table} WHERE {key} = ?", (round_id,)),
                key=repr,
            )
        return rows


def answers_by_key(workspace: Workspace, round_id: str) -> dict[tuple[str, str | None], Answer]:
    return {(a.criterion_id, a.respondent_id): a for a in workspace.assessment.answers(round_id)}


# --- the preview ------------------------------------------------------------------------------


def test_the_preview_says_what_is_kept_asked_again_and_retired(
    upgrades: RoundUpgradeService, rounds: Rounds, paths: AppPaths
) -> None:
    before = round_rows(paths, rounds.draft)

    plan = upgrades.plan_upgrade(rounds.draft, "2.0.0")

    assert [(line.criterion_id, line.renamed_from, line.answers) for line in plan.kept] == [
        ("U-1-01", None, 1),
        ("U-1-02", None, 2),  # the team's and the respondent's
        ("U-3-05", "U-3-02", 1),
        ("U-3-02", "U-3-03", 1),
    ]
    assert plan.kept[2].statement.get("en") == "Staff have been trained."
    assert [line.criterion_id for line in plan.to_answer] == [
        "U-1-03",
        "U-2-01",
        "U-2-04",
        "U-2-05",
        "U-4-01",
    ]
    again = {line.criterion_id: line for line in plan.to_answer}
    assert again["U-2-05"].statement.get("en") == "Toys and books are available."
    assert [s.old_id for s in again["U-2-05"].sources] == ["U-2-02", "U-2-03"]
    assert again["U-2-05"].answers == 2
    assert again["U-4-01"].sources == ()
    assert [(line.criterion_id, line.answers) for line in plan.retired] == [("U-3-01", 1)]
    assert plan.retired[0].statement.get("en") == "Staff wear uniforms."
    assert (plan.answers_kept, plan.answers_removed, plan.barriers_removed) == (5, 6, 1)
    assert round_rows(paths, rounds.draft) == before  # a preview writes nothing
    assert not list(paths.backups_dir.glob("*.sqlite"))


def test_the_versions_offered_are_newer_and_reached_by_a_crosswalk(
    upgrades: RoundUpgradeService, workspace: Workspace, rounds: Rounds
) -> None:
    assert upgrades.newer_versions(workspace.assessment.round(rounds.draft)) == ["2.0.0"]
    assert upgrades.newer_versions(workspace.assessment.round(rounds.finalised)) == []
    without = RoundUpgradeService(
        workspace.database, made_up_registry(with_crosswalk=False), lambda: Path()
    )
    assert without.newer_versions(workspace.assessment.round(rounds.draft)) == []


# --- upgrading ----------------------------------------------------------------------------------


def test_upgrading_keeps_and_asks_again_exactly_as_the_crosswalk_says(
    upgrades: RoundUpgradeService, workspace: Workspace, rounds: Rounds
) -> None:
    result = upgrades.upgrade_round(rounds.draft, "2.0.0")

    stored = workspace.assessment.round(rounds.draft)
    assert (stored.pack_version, stored.pack_hash) == (
        "2.0.0",
        workspace.packs.get(PACK_ID, "2.0.0").content_hash,
    )
    answers = answers_by_key(workspace, rounds.draft)
    team = {
        c: (a.value, a.note, a.na_justification, a.flagged)
        for (c, r), a in answers.items()
        if r is None
    }
    assert team == {
        "U-1-01": ("yes", "Agreement in the shared folder", "", False),
        "U-1-02": ("na", "", "The region signs it", False),
        # U-3-02's answer now under U-3-05, U-3-03's under U-3-02.
        "U-3-05": ("yes", "Trained in 2024", "", True),
        "U-3-02": ("no", "Supervision planned", "", False),
    }
    mine = {c: (a.value, a.note) for (c, r), a in answers.items() if r == rounds.respondent}
    assert mine == {"U-1-02": ("yes", "Seen it")}  # U-2-01 was split: answered again
    assert (result.answers_kept, result.answers_removed) == (5, 6)

    # The scores count with the new pack: the re-asked and new criteria are unanswered.
    scores = workspace.assessment.round_result(rounds.draft).consensus
    assert scores.overall.unanswered == 5
    assert scores.by_criterion["U-4-01"].unanswered == 1
    assert scores.by_criterion["U-1-03"].unanswered == 1
    assert scores.by_criterion["U-3-05"].met == 1

    # A barrier follows its answer; actions of this round follow a single successor.
    barriers = {b.criterion_id: b.kind for b in workspace.assessment.barriers(rounds.draft)}
    assert barriers == {"U-3-02": BarrierKind.NOT_STARTED}
    assert (result.barriers_moved, result.barriers_removed) == (1, 1)
    actions = sorted(
        (a.criterion_id, a.title)
        for a in workspace.assessment.actions(rounds.unit)
        if a.round_id == rounds.draft
    )
    assert actions == [
        ("U-2-01", "Act on U-2-01"),  # split: kept where it was
        ("U-2-05", "Act on U-2-02"),  # merged
        ("U-3-01", "Act on U-3-01"),  # retired: still in the plan
        ("U-3-02", "Act on U-3-03"),  # renamed
    ]
    assert result.actions_moved == 2


def test_a_backup_of_the_data_as_it_was_is_made_first(
    upgrades: RoundUpgradeService, rounds: Rounds, paths: AppPaths, storage: str
) -> None:
    if storage == "postgresql":
        # A server's backups are its administrator's (pg_dump); none is made here.
        before = round_rows(paths, rounds.draft)
        result = upgrades.upgrade_round(rounds.draft, "2.0.0")
        assert result.backup is None
        assert not paths.backups_dir.exists() or not any(paths.backups_dir.iterdir())
        assert round_rows(paths, rounds.draft) != before
        return
    before = round_rows(paths, rounds.draft)

    result = upgrades.upgrade_round(rounds.draft, "2.0.0")

    assert result.backup is not None
    assert result.backup.parent == paths.backups_dir
    assert round_rows(result.backup, rounds.draft) == before
    assert round_rows(paths, rounds.draft) != before


def test_a_failed_backup_changes_nothing(
    workspace: Workspace, rounds: Rounds, paths: AppPaths
) -> None:
    from promise_tracker.errors import StorageError

    def broken() -> Path:
        raise StorageError("The backups folder is full.")

    before = round_rows(paths, rounds.draft)
    service = RoundUpgradeService(workspace.database, workspace.packs, broken)
    with pytest.raises(StorageError):
        service.upgrade_round(rounds.draft, "2.0.0")
    assert round_rows(paths, rounds.draft) == before


# --- refusals ----------------------------------------------------------------------------------


def test_a_finalised_round_is_never_rewritten(
    upgrades: RoundUpgradeService, rounds: Rounds, paths: AppPaths
) -> None:
    before = round_rows(paths, rounds.finalised)
    assert before["answers"]
    assert before["barriers"]
    assert before["actions"]

    with pytest.raises(ValidationError) as refused:
        upgrades.upgrade_round(rounds.finalised, "2.0.0")
    assert "Finalised rounds stay on the version they were assessed with" in str(refused.value)
    assert round_rows(paths, rounds.finalised) == before
    assert not list(paths.backups_dir.glob("*.sqlite"))

    upgrades.upgrade_round(rounds.draft, "2.0.0")  # another round of the same unit
    assert round_rows(paths, rounds.finalised) == before


@pytest.mark.parametrize(
    ("version", "error", "words"),
    [
        ("1.0.0", ValidationError, "choose a newer version"),
        ("0.9.0", ValidationError, "choose a newer version"),
        ("3.0.0", PackError, "Version 3.0.0 of the standards pack upgrade-test is not installed"),
    ],
)
def test_refused_versions_say_why_and_change_nothing(
    upgrades: RoundUpgradeService,
    rounds: Rounds,
    paths: AppPaths,
    version: str,
    error: type[Exception],
    words: str,
) -> None:
    before = round_rows(paths, rounds.draft)
    with pytest.raises(error) as refused:
        upgrades.upgrade_round(rounds.draft, version)
    assert words in str(refused.value)
    assert "Nothing was changed" in str(refused.value)
    assert round_rows(paths, rounds.draft) == before
    assert not list(paths.backups_dir.glob("*.sqlite"))


def test_without_a_crosswalk_the_upgrade_is_refused(
    workspace: Workspace, rounds: Rounds, paths: AppPaths
) -> None:
    service = RoundUpgradeService(
        workspace.database, made_up_registry(with_crosswalk=False), lambda: Path()
    )
    with pytest.raises(ValidationError) as refused:
        service.plan_upgrade(rounds.draft, "2.0.0")
    assert "No crosswalk leads from version 1.0.0 to version 2.0.0 of upgrade-test" in str(
        refused.value
    )


def test_a_crosswalk_that_does_not_fit_the_packs_is_refused(
    workspace: Workspace, rounds: Rounds
) -> None:
    walk = made_up_crosswalk()
    wrong = Crosswalk(
        walk.pack_id,
        walk.from_version,
        walk.to_version,
        walk.changes[:-1],  # U-3-03 not accounted for
        walk.new_ids,
    )
    packs = PackRegistry(list(made_up_registry().packs()), crosswalks=[wrong])
    service = RoundUpgradeService(workspace.database, packs, lambda: Path())
    with pytest.raises(PackError) as refused:
        service.plan_upgrade(rounds.draft, "2.0.0")
    assert "does not account for U-3-03" in str(refused.value)
