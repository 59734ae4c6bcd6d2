"""Repositories: every entity survives a round trip unchanged; keys, ordering and cascades."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from promise_tracker.domain.entities import (
    Action,
    Answer,
    Barrier,
    BarrierKind,
    Round,
    RoundStatus,
    Unit,
)
from promise_tracker.errors import NotFoundError
from promise_tracker.storage.database import Database
from promise_tracker.storage.models import RoundRow
from promise_tracker.storage.repositories import RoundRepository, UnitRepository
from promise_tracker.storage.uow import UnitOfWork
from tests.unit.storage.helpers import (
    count_rows,
    fill,
    sample_answer,
    sample_event,
    sample_respondent,
    sample_round,
    sample_unit,
)

# What SQLite and PostgreSQL say when a foreign key or a unique key is broken.
BROKEN_LINK = r"FOREIGN KEY constraint failed|violates foreign key constraint"
DUPLICATE = r"UNIQUE constraint failed|duplicate key value violates unique constraint"
# Every character comes back as stored but NUL, which is left out on both engines (PostgreSQL
# text cannot hold it; see test_a_nul_pasted_into_a_text_is_left_out_on_both_engines).
ANY_TEXT = st.text(st.characters(codec="utf-8", exclude_characters="\x00"))


def test_unit_round_trip(database: Database) -> None:
    unit = sample_unit()
    bare = Unit("unit-2", "Barnahus Umeå")  # defaults, year_opened None
    with database.unit_of_work() as uow:
        uow.units.add(unit)
        uow.units.add(bare)
        uow.commit()
    with database.unit_of_work() as uow:
        assert uow.units.get("unit-1") == unit
        assert uow.units.get("unit-2") == bare
    changed = replace(unit, name="Barnahus Norrköping", year_opened=None, region="")
    with database.unit_of_work() as uow:
        uow.units.update(changed)
        uow.commit()
    with database.unit_of_work() as uow:
        assert uow.units.get("unit-1") == changed
        uow.units.delete("unit-1")
        uow.commit()
    with database.unit_of_work() as uow:
        assert uow.units.list() == [bare]


def test_a_nul_pasted_into_a_text_is_left_out_on_both_engines(database: Database) -> None:
    """PostgreSQL refuses a NUL in text (the save failed), SQLite keeps it: both now store
    the text without it, so the same data saves on both and copies between them."""
    unit = replace(sample_unit(), name="Barnahus\x00 Umeå", region="Väst\x00erbotten")
    answer = replace(sample_answer(), note="Seen in the\x00 routine\x00.")
    with database.unit_of_work() as uow:
        uow.units.add(unit)
        uow.rounds.add(sample_round())
        uow.answers.upsert(answer)
        uow.respondents.add(sample_respondent())
        uow.answers.add_many([replace(answer, respondent_id="resp-1", dissent="\x00Not I.")])
        uow.commit()
    with database.unit_of_work() as uow:
        many = uow.answers.get("round-1", "1.1", "resp-1")
        assert (many.note, many.dissent) == ("Seen in the routine.", "Not I.")
        stored = uow.units.get("unit-1")
        assert (stored.name, stored.region) == ("Barnahus Umeå", "Västerbotten")
        assert uow.answers.get("round-1", "1.1").note == "Seen in the routine."
    with database.unit_of_work() as uow:
        uow.units.update(replace(stored, name="Barnahus\x00\x00 Luleå"))
        uow.commit()
    with database.unit_of_work() as uow:
        assert uow.units.get("unit-1").name == "Barnahus Luleå"


def test_units_are_listed_by_name(database: Database) -> None:
    names = ["Barnahus Stockholm", "Barnahus Falun", "Barnahus Umeå", "Barnahus Borås"]
    with database.unit_of_work() as uow:
        for number, name in enumerate(names):
            uow.units.add(sample_unit(f"unit-{number}", name))
        uow.commit()
    with database.unit_of_work() as uow:
        assert [unit.name for unit in uow.units.list()] == sorted(names)


def test_round_round_trip_and_ordering(database: Database) -> None:
    later = Round(
        "round-b", "unit-1", "Follow-up", dt.date(2027, 1, 5), "promise-bqs", "1.1.0", "sha256:1"
    )
    same_day = replace(later, id="round-c", title="Audit")
    with database.unit_of_work() as uow:
        uow.units.add(sample_unit())
        uow.units.add(sample_unit("unit-2", "Other"))
        uow.rounds.add(later)
        uow.rounds.add(same_day)
        uow.rounds.add(sample_round())
        uow.rounds.add(sample_round("round-x", "unit-2"))
        uow.commit()
    with database.unit_of_work() as uow:
        assert uow.rounds.get("round-1") == sample_round()
        assert uow.rounds.list_for_unit("unit-1") == [sample_round(), same_day, later]
        assert [r.id for r in uow.rounds.list_all()] == ["round-1", "round-x", "round-c", "round-b"]
    finalised = replace(later, status=RoundStatus.FINALISED, pack_hash="sha256:2")
    with database.unit_of_work() as uow:
        uow.rounds.update(finalised)
        uow.commit()
    with database.unit_of_work() as uow:
        stored = uow.rounds.get("round-b")
        assert stored == finalised
        assert stored.status is RoundStatus.FINALISED
        uow.rounds.delete("round-b")
        uow.commit()
    with database.unit_of_work() as uow:
        assert [r.id for r in uow.rounds.list_for_unit("unit-1")] == ["round-1", "round-c"]


def follow_up(compare_round_id: str | None = "round-1") -> Round:
    """A later round of unit-1 that shows round-1's answers beside its own."""
    return replace(
        sample_round("round-2"),
        title="Follow-up",
        date=dt.date(2027, 3, 1),
        compare_round_id=compare_round_id,
    )


def test_round_compare_round_id_round_trip(database: Database) -> None:
    fill(database)
    compared = follow_up()
    with database.unit_of_work() as uow:
        uow.rounds.add(compared)
        uow.commit()
    with database.unit_of_work() as uow:
        assert uow.rounds.get("round-1") == sample_round()
        assert uow.rounds.get("round-1").compare_round_id is None
        assert uow.rounds.get("round-2") == compared
        assert uow.rounds.list_for_unit("unit-1") == [sample_round(), compared]
        assert uow.rounds.list_all() == [sample_round(), compared]
        uow.rounds.update(follow_up(None))
        uow.commit()
    with database.unit_of_work() as uow:
        assert uow.rounds.get("round-2") == follow_up(None)
        uow.rounds.update(compared)
        uow.commit()
    with database.unit_of_work() as uow:
        assert uow.rounds.get("round-2").compare_round_id == "round-1"


def test_deleting_the_compared_round_keeps_the_later_round_and_its_answers(
    database: Database,
) -> None:
    fill(database)
    later_answer = replace(sample_answer(), round_id="round-2", value="partly")
    with database.unit_of_work() as uow:
        uow.rounds.add(follow_up())
        uow.answers.upsert(later_answer)
        uow.commit()
    assert count_rows(database) == {
        "units": 1,
        "rounds": 2,
        "respondents": 1,
        "answers": 3,
        "events": 1,
    }
    with database.unit_of_work() as uow:
        uow.rounds.delete("round-1")
        # Within the same unit of work the link is already gone.
        assert uow.rounds.get("round-2") == follow_up(None)
        uow.commit()
    assert count_rows(database) == {
        "units": 1,
        "rounds": 1,
        "respondents": 0,
        "answers": 1,
        "events": 1,
    }
    with database.unit_of_work() as uow:
        assert uow.rounds.list_all() == [follow_up(None)]
        assert uow.answers.list_for_round("round-2") == [later_answer]


def test_a_row_still_held_by_the_session_rereads_a_link_cleared_by_a_delete(
    database: Database,
) -> None:
    # SET NULL happens in the database; a row the session still holds must not keep the
    # old compare_round_id (a SELECT does not overwrite attributes already loaded).
    fill(database)
    with database.session_factory() as session:
        rounds = RoundRepository(session)
        rounds.add(follow_up())
        held = session.scalars(select(RoundRow).where(RoundRow.id == "round-2")).one()
        assert held.compare_round_id == "round-1"
        rounds.delete("round-1")
        assert rounds.get("round-2").compare_round_id is None
        assert held.compare_round_id is None
        session.rollback()


def test_deleting_a_unit_clears_links_to_its_rounds_held_by_the_session(
    database: Database,
) -> None:
    # Links are meant to stay within a unit, but the database does not insist on that.
    fill(database)
    with database.session_factory() as session:
        UnitRepository(session).add(sample_unit("unit-2", "Other"))
        rounds = RoundRepository(session)
        rounds.add(replace(sample_round("round-x", "unit-2"), compare_round_id="round-1"))
        held = session.scalars(select(RoundRow).where(RoundRow.id == "round-x")).one()
        UnitRepository(session).delete("unit-1")
        assert rounds.list_all() == [sample_round("round-x", "unit-2")]
        assert held.compare_round_id is None
        session.rollback()


def test_a_compare_round_id_of_no_round_is_refused(database: Database) -> None:
    # The same as any other unknown parent: the flush in the call fails the foreign key.
    fill(database)
    rows_before = count_rows(database)
    with (
        pytest.raises(IntegrityError, match=BROKEN_LINK),
        database.unit_of_work() as uow,
    ):
        uow.rounds.add(follow_up("round-404"))
    assert count_rows(database) == rows_before
    with (
        pytest.raises(IntegrityError, match=BROKEN_LINK),
        database.unit_of_work() as uow,
    ):
        uow.rounds.update(replace(sample_round(), compare_round_id="round-404"))
    assert count_rows(database) == rows_before
    with database.unit_of_work() as uow:
        assert uow.rounds.list_all() == [sample_round()]


def test_a_round_of_no_unit_is_refused_the_same_way(database: Database) -> None:
    fill(database)
    rows_before = count_rows(database)
    with (
        pytest.raises(IntegrityError, match=BROKEN_LINK),
        database.unit_of_work() as uow,
    ):
        uow.rounds.add(sample_round("round-2", "unit-404"))
    assert count_rows(database) == rows_before


def test_round_update_refreshes_updated_at_but_not_created_at(database: Database) -> None:
    fill(database)
    with database.engine.connect() as connection:
        before = connection.exec_driver_sql("SELECT created_at, updated_at FROM rounds").one()
    time.sleep(0.01)  # timestamps have microseconds; make sure the clock moved
    with database.unit_of_work() as uow:
        uow.rounds.update(replace(sample_round(), title="Renamed"))
        uow.commit()
    with database.engine.connect() as connection:
        after = connection.exec_driver_sql("SELECT created_at, updated_at FROM rounds").one()
    assert after[0] == before[0]
    assert after[1] > before[1]


def test_respondent_round_trip_and_ordering(database: Database) -> None:
    fill(database)
    zed = replace(sample_respondent("resp-2"), alias="Zed", agency="police")
    alma = replace(sample_respondent("resp-3"), alias="Alma", perspective="child")
    with database.unit_of_work() as uow:
        uow.respondents.add(zed)
        uow.respondents.add(alma)
        uow.commit()
    with database.unit_of_work() as uow:
        assert uow.respondents.get("resp-2") == zed
        assert uow.respondents.list_for_round("round-1") == [alma, sample_respondent(), zed]
        uow.respondents.update(replace(zed, alias="Yngve"))
        uow.commit()
    with database.unit_of_work() as uow:
        assert uow.respondents.get("resp-2").alias == "Yngve"
        uow.respondents.delete("resp-2")
        uow.commit()
    with database.unit_of_work() as uow:
        assert [r.id for r in uow.respondents.list_for_round("round-1")] == ["resp-3", "resp-1"]


def test_event_round_trip_and_ordering(database: Database) -> None:
    fill(database)
    early = replace(sample_event("event-0"), date=dt.date(2020, 1, 1), description="")
    with database.unit_of_work() as uow:
        uow.events.add(early)
        uow.commit()
    with database.unit_of_work() as uow:
        assert uow.events.get("event-1") == sample_event()
        assert uow.events.list_for_unit("unit-1") == [early, sample_event()]
        uow.events.update(replace(early, title="Opened"))
        uow.commit()
    with database.unit_of_work() as uow:
        assert uow.events.get("event-0").title == "Opened"
        uow.events.delete("event-0")
        uow.commit()
    with database.unit_of_work() as uow:
        assert uow.events.list_for_unit("unit-1") == [sample_event()]


def test_answer_round_trip(database: Database) -> None:
    fill(database)
    with database.unit_of_work() as uow:
        assert uow.answers.get("round-1", "1.1") == sample_answer()
        assert uow.answers.get("round-1", "1.1", "resp-1") == sample_answer("resp-1")
        assert uow.answers.get("round-1", "9.9") is None
        assert uow.answers.get("round-1", "1.1", "resp-404") is None


def test_answers_are_listed_by_criterion_consensus_first(database: Database) -> None:
    fill(database)
    with database.unit_of_work() as uow:
        uow.answers.upsert(sample_answer("resp-1", "0.5"))
        uow.answers.upsert(sample_answer(None, "0.5"))
        uow.commit()
    with database.unit_of_work() as uow:
        keys = [(a.criterion_id, a.respondent_id) for a in uow.answers.list_for_round("round-1")]
    assert keys == [("0.5", None), ("0.5", "resp-1"), ("1.1", None), ("1.1", "resp-1")]


@pytest.mark.parametrize("respondent_id", [None, "resp-1"])
def test_upsert_replaces_the_answer_with_the_same_key(
    database: Database, respondent_id: str | None
) -> None:
    fill(database)
    revised = Answer("round-1", "1.1", respondent_id, None, "", "Not relevant here.", False)
    with database.unit_of_work() as uow:
        uow.answers.upsert(revised)
        uow.commit()
    with database.unit_of_work() as uow:
        uow.answers.upsert(revised)  # twice: still one row
        uow.commit()
    with database.unit_of_work() as uow:
        assert uow.answers.get("round-1", "1.1", respondent_id) == revised
    assert count_rows(database)["answers"] == 2  # consensus + resp-1, as filled


def test_two_consensus_answers_cannot_exist_even_bypassing_upsert(database: Database) -> None:
    fill(database)
    with pytest.raises(IntegrityError, match=DUPLICATE), database.unit_of_work() as uow:
        uow.answers.add_many([sample_answer()])


def test_answer_delete_reports_whether_there_was_one(database: Database) -> None:
    fill(database)
    with database.unit_of_work() as uow:
        assert uow.answers.delete("round-1", "1.1") is True
        assert uow.answers.delete("round-1", "1.1") is False
        uow.commit()
    with database.unit_of_work() as uow:
        assert uow.answers.list_for_round("round-1") == [sample_answer("resp-1")]


def test_add_many_inserts_every_answer(database: Database) -> None:
    fill(database)
    many = [
        Answer("round-1", f"{major}.{minor}", respondent, "partly", f"note {major}.{minor}")
        for major in range(2, 12)
        for minor in range(1, 21)
        for respondent in (None, "resp-1")
    ]
    with database.unit_of_work() as uow:
        assert uow.answers.add_many(many) == 400
        assert uow.answers.add_many([]) == 0
        uow.commit()
    with database.unit_of_work() as uow:
        stored = uow.answers.list_for_round("round-1")
    assert set(stored) == {*many, sample_answer(), sample_answer("resp-1")}


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    value=st.none() | st.text(st.characters(codec="utf-8", exclude_characters="\x00"), max_size=20),
    note=ANY_TEXT,
    na_justification=ANY_TEXT,
    flagged=st.booleans(),
    respondent_id=st.sampled_from([None, "resp-1"]),
)
def test_any_answer_text_survives_a_round_trip(
    database: Database,
    value: str | None,
    note: str,
    na_justification: str,
    flagged: bool,
    respondent_id: str | None,
) -> None:
    with database.unit_of_work() as uow:
        if uow.units.list() == []:
            uow.units.add(sample_unit())
            uow.rounds.add(sample_round())
            uow.respondents.add(sample_respondent())
        answer = Answer("round-1", "1.1", respondent_id, value, note, na_justification, flagged)
        uow.answers.upsert(answer)
        uow.commit()
    with database.unit_of_work() as uow:
        assert uow.answers.get("round-1", "1.1", respondent_id) == answer


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda uow: uow.units.get("nope"), "No unit with id nope"),
        (lambda uow: uow.units.update(sample_unit("nope")), "No unit with id nope"),
        (lambda uow: uow.units.delete("nope"), "No unit with id nope"),
        (lambda uow: uow.rounds.get("nope"), "No round with id nope"),
        (lambda uow: uow.rounds.update(sample_round("nope")), "No round with id nope"),
        (lambda uow: uow.rounds.delete("nope"), "No round with id nope"),
        (lambda uow: uow.respondents.get("nope"), "No respondent with id nope"),
        (lambda uow: uow.respondents.delete("nope"), "No respondent with id nope"),
        (lambda uow: uow.events.get("nope"), "No event with id nope"),
        (lambda uow: uow.events.update(sample_event("nope")), "No event with id nope"),
        (lambda uow: uow.events.delete("nope"), "No event with id nope"),
    ],
)
def test_missing_records_raise_not_found(
    database: Database, call: Callable[[UnitOfWork], object], message: str
) -> None:
    fill(database)
    with database.unit_of_work() as uow, pytest.raises(NotFoundError) as caught:
        call(uow)
    assert str(caught.value) == message


def test_adding_a_duplicate_id_fails_at_the_call(database: Database) -> None:
    fill(database)
    with pytest.raises(IntegrityError), database.unit_of_work() as uow:
        uow.units.add(sample_unit(name="Another name, same id"))
    with database.unit_of_work() as uow:
        assert uow.units.list() == [sample_unit()]


def test_deleting_a_unit_leaves_no_orphans(database: Database) -> None:
    fill(database)
    with database.unit_of_work() as uow:
        uow.units.add(sample_unit("unit-2", "Kept"))
        uow.rounds.add(sample_round("round-2", "unit-2"))
        uow.events.add(sample_event("event-2", "unit-2"))
        uow.commit()
    assert count_rows(database) == {
        "units": 2,
        "rounds": 2,
        "respondents": 1,
        "answers": 2,
        "events": 2,
    }
    with database.unit_of_work() as uow:
        uow.units.delete("unit-1")
        # Within the same unit of work, the cascaded rows are gone too.
        with pytest.raises(NotFoundError):
            uow.rounds.get("round-1")
        assert uow.answers.list_for_round("round-1") == []
        uow.commit()
    assert count_rows(database) == {
        "units": 1,
        "rounds": 1,
        "respondents": 0,
        "answers": 0,
        "events": 1,
    }


def test_deleting_a_round_or_respondent_cascades(database: Database) -> None:
    fill(database)
    with database.unit_of_work() as uow:
        uow.respondents.delete("resp-1")
        uow.commit()
    assert count_rows(database) == {
        "units": 1,
        "rounds": 1,
        "respondents": 0,
        "answers": 1,
        "events": 1,
    }
    with database.unit_of_work() as uow:
        uow.rounds.delete("round-1")
        uow.commit()
    assert count_rows(database) == {
        "units": 1,
        "rounds": 0,
        "respondents": 0,
        "answers": 0,
        "events": 1,
    }


def test_text_comes_back_in_the_same_order_on_every_engine(database: Database) -> None:
    # The server database of these tests has a Swedish collation, which alone would put
    # "barnahus Arvika" first and "10.1" between "1.1" and "2.1" ignoring the dot.
    names = ["Barnahus Örebro", "barnahus Arvika", "Barnahus Zeta", "BARNAHUS B", "Barnahus Å"]
    criteria = ["10.1", "2.1", "1.10", "1.2", "1.1", "1-1"]
    aliases = ["zoë", "Zoe", "anna", "Åsa", "Anna"]
    with database.unit_of_work() as uow:
        for number, name in enumerate(names):
            uow.units.add(sample_unit(f"unit-{number}", name))
        uow.rounds.add(sample_round("round-1", "unit-0"))
        for number, alias in enumerate(aliases):
            uow.respondents.add(replace(sample_respondent(f"resp-{number}"), alias=alias))
        for criterion in criteria:
            uow.answers.upsert(Answer("round-1", criterion, None, "yes"))
            uow.answers.upsert(Answer("round-1", criterion, "resp-1", "no"))
            uow.barriers.upsert(Barrier("round-1", criterion, BarrierKind.FUNDING, "Money"))
            uow.actions.add(Action(f"action-{criterion}", "unit-0", criterion, "Ask"))
        uow.commit()
    with database.unit_of_work() as uow:
        assert [unit.name for unit in uow.units.list()] == sorted(names)
        assert [r.alias for r in uow.respondents.list_for_round("round-1")] == sorted(aliases)
        listed = [(a.criterion_id, a.respondent_id) for a in uow.answers.list_for_round("round-1")]
        assert listed == [(c, r) for c in sorted(criteria) for r in (None, "resp-1")]
        consensus = uow.answers.list_consensus_for_round("round-1")
        assert [a.criterion_id for a in consensus] == sorted(criteria)
        barriers = uow.barriers.list_for_round("round-1")
        assert [b.criterion_id for b in barriers] == sorted(criteria)
        actions = uow.actions.list_for_unit("unit-0")
        assert [a.criterion_id for a in actions] == sorted(criteria)
