"""Use cases of assessing a unit: units, rounds, respondents, answers and their scores.

Each public method is one user action and owns one transaction.
"""

from __future__ import annotations

import datetime as dt
import sys
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from functools import cached_property
from typing import TYPE_CHECKING

from promise_tracker.domain.entities import (
    Agency,
    Answer,
    Change,
    Event,
    Respondent,
    Round,
    RoundStatus,
    Unit,
)
from promise_tracker.domain.scoring import (
    PerspectiveScores,
    RoundFigures,
    RoundScores,
    ScoreBasis,
    official_basis,
    score_consensus,
    score_perspectives,
    score_respondents,
    score_rows,
)
from promise_tracker.errors import NotFoundError, PackError, ValidationError
from promise_tracker.services.action_plan import ActionPlanUseCases
from promise_tracker.standards.model import Pack
from promise_tracker.standards.registry import PackRegistry
from promise_tracker.storage.conflicts import answer_conflict
from promise_tracker.storage.database import Database

if TYPE_CHECKING:
    from promise_tracker.storage.uow import UnitOfWork


def new_id() -> str:
    return str(uuid.uuid4())


@dataclass(frozen=True)
class RoundResult:
    """Everything needed to show a round's scores: the official score and the rest.

    Scores are computed from the answers on first use, so a caller that needs only the
    official score (a history of ten rounds) does not pay for every respondent's.
    """

    round: Round
    pack: Pack
    answers: tuple[Answer, ...]
    respondents: tuple[Respondent, ...]

    @cached_property
    def consensus(self) -> RoundScores:
        return score_consensus(self.pack, self.answers)

    @cached_property
    def perspectives(self) -> PerspectiveScores:
        return score_perspectives(self.pack, self.respondents, self.answers)

    @cached_property
    def by_perspective(self) -> Mapping[str, RoundScores]:
        """The perspectives' pooled scores alone (cheaper than `perspectives`)."""
        if "perspectives" in self.__dict__:
            return self.perspectives.by_perspective
        return score_perspectives(
            self.pack, self.respondents, self.answers, per_respondent=False
        ).by_perspective

    @cached_property
    def basis(self) -> ScoreBasis:
        """What `official` is computed from; reports say so next to the score."""
        return official_basis(self.answers)

    @cached_property
    def pooled_respondents(self) -> RoundScores | None:
        """All respondents pooled (None when the round has no respondents)."""
        return score_respondents(self.pack, self.answers) if self.respondents else None

    @property
    def official(self) -> RoundScores:
        """The round's score: the consensus once agreed, the respondents' pooled before."""
        if self.basis is ScoreBasis.RESPONDENTS and self.pooled_respondents is not None:
            return self.pooled_respondents
        return self.consensus


@dataclass(frozen=True)
class RoundOutline:
    """A round's official score and its basis, without per-respondent detail (histories)."""

    round: Round
    basis: ScoreBasis
    official: RoundScores
    # The team's agreed answers, read for the score anyway (a history of rounds side by
    # side shows them).
    consensus_answers: tuple[Answer, ...] = ()


class AssessmentService(ActionPlanUseCases):
    def __init__(self, database: Database, packs: PackRegistry) -> None:
        self._db = database
        self.packs = packs

    # --- units --------------------------------------------------------------------------

    def create_unit(
        self,
        name: str,
        *,
        country: str = "",
        region: str = "",
        lead_agency: str = "",
        year_opened: int | None = None,
        unit_id: str | None = None,
    ) -> Unit:
        unit = Unit(
            id=unit_id or new_id(),
            name=_required(name, "The unit needs a name."),
            country=country.strip().upper(),
            region=region.strip(),
            lead_agency=lead_agency.strip(),
            year_opened=year_opened,
        )
        with self._db.unit_of_work() as uow:
            uow.units.add(unit)
            uow.commit()
        return replace(unit, version=1)

    def update_unit(self, unit: Unit) -> Unit:
        """Save a unit's details; refused (ConflictError) if they changed since `unit` was read."""
        unit = replace(unit, name=_required(unit.name, "The unit needs a name."))
        with self._db.unit_of_work() as uow:
            stored = uow.units.update(unit)
            uow.commit()
        return stored

    def delete_unit(self, unit_id: str) -> None:
        """Delete a unit with its rounds, respondents, answers and events."""
        with self._db.unit_of_work() as uow:
            uow.units.delete(unit_id)
            uow.commit()

    def units(self) -> list[Unit]:
        with self._db.unit_of_work() as uow:
            return uow.units.list()

    def unit(self, unit_id: str) -> Unit:
        with self._db.unit_of_work() as uow:
            return uow.units.get(unit_id)

    # --- rounds -------------------------------------------------------------------------

    def create_round(
        self,
        unit_id: str,
        title: str,
        date: dt.date,
        pack: Pack,
        *,
        compare_with_previous: bool = False,
        round_id: str | None = None,
        start_from: str | None = None,
        carry_respondents: bool = False,
    ) -> Round:
        """Start a round; with compare_with_previous, the unit's latest earlier round's
        answers are shown beside the new ones.

        `start_from` (an earlier round of the unit) starts the round from that one instead:
        its answers are shown beside the new ones, and each of the team's answers (value,
        evidence note, N/A reason, flag) is copied as carried forward, to confirm. Criteria
        or answer codes the new round's pack lacks are not copied. With `carry_respondents`
        the earlier round's respondents (alias, perspective, agency) are added too, without
        their answers. All in one transaction.
        """
        previous = self.latest_round_before(unit_id, date) if compare_with_previous else None
        source = self.round(start_from) if start_from is not None else None
        if source is not None:
            if source.unit_id != unit_id:
                raise ValidationError("The round to start from belongs to another unit.")
            previous = source
        new_round = Round(
            id=round_id or new_id(),
            unit_id=unit_id,
            title=_required(title, "The round needs a title."),
            date=date,
            pack_id=pack.id,
            pack_version=pack.version,
            pack_hash=pack.content_hash,
            compare_round_id=previous.id if previous else None,
        )
        with self._db.unit_of_work() as uow:
            uow.units.get(unit_id)  # a clear NotFoundError rather than a foreign key error
            uow.rounds.add(new_round)
            if source is not None:
                uow.answers.add_many(self._carried_answers(uow, source, new_round.id, pack))
                if carry_respondents:
                    for respondent in uow.respondents.list_for_round(source.id):
                        if respondent.perspective in {p.id for p in pack.perspectives}:
                            uow.respondents.add(
                                replace(respondent, id=new_id(), round_id=new_round.id, version=0)
                            )
            uow.commit()
        return replace(new_round, version=1)

    @staticmethod
    def _carried_answers(uow: UnitOfWork, source: Round, round_id: str, pack: Pack) -> list[Answer]:
        """The team's answers of `source` as carried-forward answers of the new round."""
        carried: list[Answer] = []
        for answer in uow.answers.list_consensus_for_round(source.id):
            if not pack.has_criterion(answer.criterion_id):
                continue
            value = answer.value if answer.value in pack.answer_scale.ids else None
            if value is None and not (answer.note or answer.na_justification or answer.flagged):
                continue
            carried.append(
                replace(
                    answer,
                    round_id=round_id,
                    value=value,
                    dissent="",  # a meeting's dissent belongs to that meeting
                    carried=value is not None,
                    version=0,
                )
            )
        return carried

    def rounds(self, unit_id: str) -> list[Round]:
        with self._db.unit_of_work() as uow:
            return uow.rounds.list_for_unit(unit_id)

    def latest_round_before(self, unit_id: str, date: dt.date) -> Round | None:
        """The unit's most recent round dated on or before `date`, if any."""
        earlier = [r for r in self.rounds(unit_id) if r.date <= date]
        return earlier[-1] if earlier else None

    def round(self, round_id: str) -> Round:
        with self._db.unit_of_work() as uow:
            return uow.rounds.get(round_id)

    # `expected_version`: the version of the round the caller shows (0: do not check); when
    # the round changed since, ConflictError and nothing is written.

    def rename_round(self, round_id: str, title: str, *, expected_version: int = 0) -> Round:
        title = _required(title, "The round needs a title.")
        return self._change_round(round_id, expected_version, title=title)

    def finalise_round(self, round_id: str, *, expected_version: int = 0) -> Round:
        return self._change_round(round_id, expected_version, status=RoundStatus.FINALISED)

    def reopen_round(self, round_id: str, *, expected_version: int = 0) -> Round:
        return self._change_round(round_id, expected_version, status=RoundStatus.DRAFT)

    def delete_round(self, round_id: str) -> None:
        with self._db.unit_of_work() as uow:
            uow.rounds.delete(round_id)
            uow.commit()

    def _change_round(self, round_id: str, expected_version: int, **changes: object) -> Round:
        with self._db.unit_of_work() as uow:
            stored = uow.rounds.get(round_id)
            changed = replace(stored, **changes, version=expected_version or stored.version)  # type: ignore[arg-type]
            stored = uow.rounds.update(changed)
            uow.commit()
        return stored

    def pack_for(self, assessment_round: Round) -> Pack:
        """The exact pack a round was made with; refuses a pack whose content differs."""
        found = self.packs.find(
            assessment_round.pack_id, assessment_round.pack_version, assessment_round.pack_hash
        )
        if found is None:
            raise PackError(
                f"The round '{assessment_round.title}' was made with the standards pack "
                f"{assessment_round.pack_id} {assessment_round.pack_version} "
                f"(content {assessment_round.pack_hash[:12]}), which is not installed here. "
                "Add that pack file to the packs folder to work with this round."
            )
        return found

    # --- respondents ----------------------------------------------------------------------

    def add_respondent(
        self,
        round_id: str,
        alias: str,
        perspective: str,
        agency: str = Agency.OTHER.value,
        *,
        respondent_id: str | None = None,
    ) -> Respondent:
        respondent = Respondent(
            id=respondent_id or new_id(),
            round_id=round_id,
            alias=alias,
            perspective=perspective,
            agency=agency,
        )
        with self._db.unit_of_work() as uow:
            assessment_round = uow.rounds.get(round_id)
            _refuse_finalised(assessment_round)
            respondent = self._checked_respondent(assessment_round, respondent)
            uow.respondents.add(respondent)
            uow.commit()
        return replace(respondent, version=1)

    def update_respondent(self, respondent: Respondent) -> Respondent:
        """Change a respondent's alias, perspective or agency (their answers stay theirs);
        refused (ConflictError) if the respondent changed since `respondent` was read."""
        with self._db.unit_of_work() as uow:
            stored = uow.respondents.get(respondent.id)
            if stored.round_id != respondent.round_id:
                raise ValidationError("A respondent cannot move to another round.")
            assessment_round = uow.rounds.get(stored.round_id)
            _refuse_finalised(assessment_round)
            respondent = self._checked_respondent(assessment_round, respondent)
            stored = uow.respondents.update(respondent)
            uow.commit()
        return stored

    def delete_respondent(self, respondent_id: str) -> None:
        """Remove a respondent together with every answer they gave."""
        with self._db.unit_of_work() as uow:
            stored = uow.respondents.get(respondent_id)
            _refuse_finalised(uow.rounds.get(stored.round_id))
            uow.respondents.delete(respondent_id)  # their answers go by ON DELETE CASCADE
            uow.commit()

    def _checked_respondent(self, assessment_round: Round, respondent: Respondent) -> Respondent:
        pack = self.pack_for(assessment_round)
        if respondent.perspective not in {p.id for p in pack.perspectives}:
            raise ValidationError(
                f"'{respondent.perspective}' is not a perspective of {pack.id}; choose one of "
                + ", ".join(p.id for p in pack.perspectives)
                + "."
            )
        if respondent.agency not in {a.value for a in Agency}:
            raise ValidationError(f"'{respondent.agency}' is not a known agency.")
        return replace(
            respondent, alias=_required(respondent.alias, "The respondent needs an alias.")
        )

    def respondents(self, round_id: str) -> list[Respondent]:
        with self._db.unit_of_work() as uow:
            return uow.respondents.list_for_round(round_id)

    # --- answers --------------------------------------------------------------------------

    def set_answer(self, answer: Answer, *, expected_version: int | None = None) -> Answer:
        """Save one answer (the team's when respondent_id is None), checked against the pack;
        returns it as stored.

        An N/A without its justification is saved as written, so nothing typed is lost, but it
        counts as unanswered until the justification is there. With expected_version (the
        version of the answer the caller showed; 0 when there was none), a change saved
        elsewhere since is never overwritten: ConflictError carries the stored answer.
        """
        try:
            with self._db.unit_of_work() as uow:
                assessment_round = uow.rounds.get(answer.round_id)
                _refuse_finalised(assessment_round)
                self._check_answer(self.pack_for(assessment_round), answer)
                if answer.respondent_id is not None:
                    respondent = uow.respondents.get(answer.respondent_id)
                    if respondent.round_id != answer.round_id:
                        raise ValidationError("That respondent belongs to another round.")
                stored = uow.answers.upsert(answer, expected_version=expected_version)
                uow.commit()
        except Exception as exc:
            if expected_version is None or not _is_integrity_error(exc):
                raise
            # Another window or computer gave this answer first, after it was read here and
            # before this insert (a server lets both see that there was none yet): the same
            # conflict as one seen when reading.
            with self._db.unit_of_work() as uow:
                key = (answer.round_id, answer.criterion_id, answer.respondent_id)
                current = uow.answers.get(*key)
            raise answer_conflict(current) from exc
        return stored

    def add_answers(self, answers: Iterable[Answer]) -> int:
        """Insert many new answers in one transaction (all or none); returns how many."""
        rows = list(answers)
        with self._db.unit_of_work() as uow:
            rounds = {r: uow.rounds.get(r) for r in {a.round_id for a in rows}}
            for answer in rows:
                assessment_round = rounds[answer.round_id]
                if assessment_round.is_finalised:
                    raise ValidationError(f"The round '{assessment_round.title}' is finalised.")
                self._check_answer(self.pack_for(assessment_round), answer)
            uow.answers.add_many(rows)
            uow.commit()
        return len(rows)

    @staticmethod
    def _check_answer(pack: Pack, answer: Answer) -> None:
        if not pack.has_criterion(answer.criterion_id):
            raise ValidationError(
                f"{answer.criterion_id} is not a criterion of {pack.id} {pack.version}."
            )
        if answer.value is not None and answer.value not in pack.answer_scale.ids:
            raise ValidationError(
                f"'{answer.value}' is not an answer of {pack.id}; allowed: "
                + ", ".join(pack.answer_scale.ids)
                + "."
            )

    def answers(self, round_id: str) -> list[Answer]:
        with self._db.unit_of_work() as uow:
            return uow.answers.list_for_round(round_id)

    def criterion_history(self, round_id: str, criterion_id: str) -> list[Change]:
        """Every saved change of a criterion in a round (the team's and each respondent's
        answers, the barrier, the actions planned in the round), newest first."""
        with self._db.unit_of_work() as uow:
            return uow.changes.for_criterion(round_id, criterion_id)

    def round_stamp(self, round_id: str) -> tuple[object, ...]:
        """Changes whenever anyone changes the round, its respondents, answers or barriers
        (see RoundRepository.change_stamp): one small query, to poll for others' changes."""
        with self._db.unit_of_work() as uow:
            return uow.rounds.change_stamp(round_id)

    # --- events ---------------------------------------------------------------------------

    def add_event(
        self,
        unit_id: str,
        date: dt.date,
        title: str,
        description: str = "",
        *,
        event_id: str | None = None,
    ) -> Event:
        event = Event(
            id=event_id or new_id(),
            unit_id=unit_id,
            date=date,
            title=_required(title, "The event needs a title."),
            description=description.strip(),
        )
        with self._db.unit_of_work() as uow:
            uow.units.get(unit_id)
            uow.events.add(event)
            uow.commit()
        return replace(event, version=1)

    def events(self, unit_id: str) -> list[Event]:
        with self._db.unit_of_work() as uow:
            return uow.events.list_for_unit(unit_id)

    def update_event(self, event: Event) -> Event:
        """Save an event; refused (ConflictError) if it changed since `event` was read."""
        event = replace(
            event,
            title=_required(event.title, "The event needs a title."),
            description=event.description.strip(),
        )
        with self._db.unit_of_work() as uow:
            stored = uow.events.update(event)
            uow.commit()
        return stored

    def delete_event(self, event_id: str) -> None:
        with self._db.unit_of_work() as uow:
            uow.events.delete(event_id)
            uow.commit()

    # --- scores ---------------------------------------------------------------------------

    def round_outline(self, round_id: str) -> RoundOutline:
        """The official score only: reads the agreed answers, and the respondents' only when
        the team has agreed none yet. The same figures as round_result(...).official."""
        with self._db.unit_of_work() as uow:
            assessment_round = uow.rounds.get(round_id)
            agreed = uow.answers.list_consensus_for_round(round_id)
            answers = agreed
            respondents: tuple[Respondent, ...] = ()
            if not any(a.value is not None and not a.carried for a in answers):
                answers = uow.answers.list_for_round(round_id)
                respondents = tuple(uow.respondents.list_for_round(round_id))
        result = RoundResult(
            round=assessment_round,
            pack=self.pack_for(assessment_round),
            answers=tuple(answers),
            respondents=respondents,
        )
        return RoundOutline(
            round=assessment_round,
            basis=result.basis,
            official=result.official,
            consensus_answers=tuple(agreed),
        )

    def round_figures(self, assessment_round: Round) -> RoundFigures:
        """The round's consensus score, its perspectives' and the respondents' mean (the same
        figures as round_result's), read as plain rows: for summaries of many rounds."""
        with self._db.unit_of_work() as uow:
            respondents = uow.respondents.list_for_round(assessment_round.id)
            rows = uow.answers.score_rows_for_round(assessment_round.id)
        return score_rows(self.pack_for(assessment_round), respondents, rows)

    def round_result(self, round_id: str) -> RoundResult:
        with self._db.unit_of_work() as uow:
            assessment_round = uow.rounds.get(round_id)
            answers = uow.answers.list_for_round(round_id)
            respondents = tuple(uow.respondents.list_for_round(round_id))
        pack = self.pack_for(assessment_round)
        return RoundResult(
            round=assessment_round, pack=pack, answers=tuple(answers), respondents=respondents
        )


def _refuse_finalised(assessment_round: Round) -> None:
    if assessment_round.is_finalised:
        raise ValidationError(
            f"The round '{assessment_round.title}' is finalised; reopen it to change answers."
        )


def _required(value: str, message: str) -> str:
    value = value.strip()
    if not value:
        raise ValidationError(message)
    return value


__all__ = ["AssessmentService", "NotFoundError", "RoundResult", "new_id"]


def _is_integrity_error(exc: BaseException) -> bool:
    """Whether exc is the database refusing a row that breaks a constraint (a duplicate key)."""
    # SQLAlchemy is imported only once something needed it (see storage/light.py), and only
    # then can exc be one of its errors.
    sqlalchemy_exc = sys.modules.get("sqlalchemy.exc")
    return sqlalchemy_exc is not None and isinstance(exc, sqlalchemy_exc.IntegrityError)
