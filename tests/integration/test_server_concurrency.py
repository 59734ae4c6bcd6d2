"""Several processes editing the same round's answers on one PostgreSQL server at once.

Each process is a client PC of the network: its own workspace, engine and connections,
saving through the app's services as the GUI does (read the answer, change it, save it with
the version read). The server must lose no saved change, and every change refused because
another client saved first must be refused as a ConflictError (the app's conflict dialog),
never as a database error or by silently overwriting.

Two phases in each process:
- in step: every process reads the same answer, waits for the others, then all save at once,
  so exactly one save wins and every other one is a conflict; the first time on an answer
  nobody has given yet (all insert it at once), then on answers that exist;
- free: each process reads and saves as fast as it can, in whatever order the server lets it.

The clients run once for the module (starting processes is what takes the time); each test
checks one promise against what they did.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import random
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, func, select

from promise_tracker.domain.entities import Answer
from promise_tracker.errors import ConflictError
from promise_tracker.paths import resolve_paths
from promise_tracker.services.workspace import open_workspace
from promise_tracker.storage.models import AnswerRow
from tests.postgres import ThrowawayServer

PACK = "promise-bqs-2017"
PROCESSES = 4
IN_STEP_ROUNDS = 5
FREE_SAVES = 20
# Every process waits at most this long for the others at a meeting point: far more than
# starting a process takes; a process that died makes the others fail rather than hang.
MEETING_TIMEOUT_S = 60.0

Key = tuple[str, str | None]  # criterion, respondent (None: the team's answer)


@dataclass(frozen=True)
class Save:
    """One save a process tried: what it read, and what came of it."""

    process: int
    phase: str
    criterion: str
    respondent: str | None
    read_version: int
    note: str
    outcome: str  # "saved", "conflict" or "error: <type>: <message>"
    saved_version: int = 0

    @property
    def key(self) -> Key:
        return (self.criterion, self.respondent)


def _edit(
    url: str,
    data_dir: str,
    number: int,
    round_id: str,
    keys: list[Key],
    in_step_keys: list[Key],
    free_saves: int,
    meeting: Any,
    results: Any,
) -> None:
    """One client: the in-step rounds, then free saves; puts its list of Saves on `results`."""
    saves: list[Save] = []
    try:
        with open_workspace(resolve_paths(data_dir, url)) as workspace:
            service = workspace.assessment

            def read(key: Key) -> int:
                with workspace.database.unit_of_work() as uow:
                    answer = uow.answers.get(round_id, key[0], key[1])
                return 0 if answer is None else answer.version

            def save(phase: str, key: Key, version: int, note: str) -> None:
                answer = Answer(round_id, key[0], key[1], value="yes", note=note)
                try:
                    saved = service.set_answer(answer, expected_version=version)
                except ConflictError as conflict:
                    outcome = "conflict" if "changed elsewhere" in conflict.message else "odd"
                    saves.append(Save(number, phase, *key, version, note, outcome))
                except Exception as exc:  # what the test is about: none may happen
                    error = f"error: {type(exc).__name__}: {exc}"
                    saves.append(Save(number, phase, *key, version, note, error))
                else:
                    saves.append(Save(number, phase, *key, version, note, "saved", saved.version))

            meeting.wait(MEETING_TIMEOUT_S)  # everyone is connected
            for step, key in enumerate(in_step_keys):
                version = read(key)
                meeting.wait(MEETING_TIMEOUT_S)  # everyone has read the same version
                save("in step", key, version, f"p{number} step {step}")
                meeting.wait(MEETING_TIMEOUT_S)  # everyone has saved (or been refused)
            rng = random.Random(number)
            for index in range(free_saves):
                key = rng.choice(keys)
                save("free", key, read(key), f"p{number} free {index}")
    except BaseException as exc:
        meeting.abort()
        saves.append(Save(number, "setup", "", None, 0, "", f"error: {type(exc).__name__}: {exc}"))
    results.put(saves)


def _run_clients(
    url: str, tmp_path: Path, round_id: str, keys: list[Key], in_step_keys: list[Key]
) -> list[Save]:
    context = multiprocessing.get_context("spawn")
    meeting = context.Barrier(PROCESSES)
    results = context.Queue()
    processes = [
        context.Process(
            target=_edit,
            args=(
                url,
                str(tmp_path / f"client-{number}"),
                number,
                round_id,
                keys,
                in_step_keys,
                FREE_SAVES,
                meeting,
                results,
            ),
        )
        for number in range(PROCESSES)
    ]
    for process in processes:
        process.start()
    saves: list[Save] = []
    try:
        for _process in processes:
            saves.extend(results.get(timeout=MEETING_TIMEOUT_S * 2))
    finally:
        for process in processes:
            process.join(timeout=MEETING_TIMEOUT_S)
            if process.is_alive():
                process.kill()
    assert [process.exitcode for process in processes] == [0] * PROCESSES
    return saves


@dataclass(frozen=True)
class Edits:
    """What the clients did to a round on the server, and what it holds afterwards."""

    saves: list[Save]
    keys: list[Key]  # answered before the clients started
    unanswered: Key  # answered by every client at once, first thing
    before: dict[Key, tuple[int, str]]
    after: dict[Key, tuple[int, str]]


@pytest.fixture(scope="module")
def edits(
    postgres_server: ThrowawayServer, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Edits]:
    """A round on the server with two answered criteria (the team's and one respondent's
    answer to one, the team's to the other) and one nobody has answered, edited by the
    clients: in step first on the unanswered one, then on each answered one, then freely."""
    tmp_path = tmp_path_factory.mktemp("clients")
    database = postgres_server.new_database()
    url = postgres_server.url(database)
    with pytest.MonkeyPatch.context() as environment:
        # The clients inherit the environment: nothing of theirs goes to the real home.
        environment.setenv("HOME", str(tmp_path / "home"))
        with open_workspace(resolve_paths(tmp_path / "setup", url)) as workspace:
            service = workspace.assessment
            pack = workspace.packs.latest(PACK)
            criteria = [criterion.id for criterion in pack.criteria()]
            unit = service.create_unit("Barnahus Nätverket")
            round_ = service.create_round(unit.id, "2026", dt.date(2026, 3, 1), pack)
            person = service.add_respondent(round_.id, "Polis 1", "professionals", "police")
            keys: list[Key] = [(criteria[0], None), (criteria[0], person.id), (criteria[1], None)]
            for criterion, respondent in keys:
                service.set_answer(Answer(round_.id, criterion, respondent, "no", note="start"))
        unanswered: Key = (criteria[2], None)
        before = _stored(url, round_.id)
        in_step = [unanswered, *(keys[step % len(keys)] for step in range(IN_STEP_ROUNDS - 1))]
        saves = _run_clients(url, tmp_path, round_.id, [*keys, unanswered], in_step)
    yield Edits(saves, keys, unanswered, before, _stored(url, round_.id))
    postgres_server.drop_database(database)


def _stored(url: str, round_id: str) -> dict[Key, tuple[int, str]]:
    """Each answer of the round as stored: its version and note; every key once."""
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            per_key = connection.execute(
                select(AnswerRow.criterion_id, AnswerRow.respondent_id, func.count())
                .where(AnswerRow.round_id == round_id)
                .group_by(AnswerRow.criterion_id, AnswerRow.respondent_id)
            ).all()
            assert {count for *_key, count in per_key} == {1}, "one answer per key"
            rows = connection.execute(
                select(
                    AnswerRow.criterion_id,
                    AnswerRow.respondent_id,
                    AnswerRow.version,
                    AnswerRow.note,
                ).where(AnswerRow.round_id == round_id)
            ).all()
    finally:
        engine.dispose()
    return {(row[0], row[1]): (row[2], row[3]) for row in rows}


def _check_no_update_lost(saves: list[Save], stored: dict[Key, tuple[int, str]]) -> None:
    """Every successful save of a key read the version the previous one wrote; the last
    is what is stored, and the version went up by exactly the number of successful saves."""
    by_key: dict[Key, list[Save]] = defaultdict(list)
    for save in saves:
        if save.outcome == "saved":
            by_key[save.key].append(save)
    for key, saved in by_key.items():
        saved.sort(key=lambda save: save.saved_version)
        versions = [save.saved_version for save in saved]
        first = saved[0].read_version
        # No two saves wrote the same version (one of them would be lost)...
        assert versions == list(range(first + 1, first + 1 + len(saved))), key
        # ...each one read what the one before it wrote...
        assert all(save.saved_version == save.read_version + 1 for save in saved), key
        # ...and the last one is what the server holds.
        assert stored[key] == (saved[-1].saved_version, saved[-1].note), key


def test_clients_answering_a_criterion_first_at_once_get_one_answer_and_conflicts(
    edits: Edits,
) -> None:
    first = [save for save in edits.saves if save.note.endswith(" step 0")]
    assert len(first) == PROCESSES
    assert {(save.key, save.read_version) for save in first} == {(edits.unanswered, 0)}
    assert Counter(save.outcome for save in first) == {"saved": 1, "conflict": PROCESSES - 1}
    winner = next(save for save in first if save.outcome == "saved")
    assert winner.saved_version == 1


def test_no_saved_change_is_lost(edits: Edits) -> None:
    assert set(edits.after) == {*edits.keys, edits.unanswered}  # one answer per key
    _check_no_update_lost(edits.saves, edits.after)
    for key in edits.keys:
        saved = sum(1 for save in edits.saves if save.key == key and save.outcome == "saved")
        assert saved > 0, key
        assert edits.after[key][0] == edits.before[key][0] + saved, key


def test_every_refused_save_is_told_as_a_conflict(edits: Edits) -> None:
    assert len(edits.saves) == PROCESSES * (IN_STEP_ROUNDS + FREE_SAVES)
    errors = [save.outcome for save in edits.saves if save.outcome not in ("saved", "conflict")]
    assert errors == []
    # In step: each time exactly one client's save won and every other one was refused.
    for step in range(IN_STEP_ROUNDS):
        outcomes = Counter(
            save.outcome for save in edits.saves if save.note.endswith(f"step {step}")
        )
        assert outcomes == {"saved": 1, "conflict": PROCESSES - 1}, step
    # Conflicts counted per client: each met some, and all were told as conflicts.
    conflicts = Counter(save.process for save in edits.saves if save.outcome == "conflict")
    assert set(conflicts) == set(range(PROCESSES))
    assert sum(conflicts.values()) >= IN_STEP_ROUNDS * (PROCESSES - 1)
