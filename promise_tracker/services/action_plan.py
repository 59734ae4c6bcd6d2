"""Use cases of improving: the unit's action plan, the barriers of unmet criteria, and
answers carried forward from an earlier round waiting for the team to confirm them.

`ActionPlanUseCases` is part of AssessmentService (which inherits it): the same database,
the same packs, one transaction per public method.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from promise_tracker.domain.entities import (
    Action,
    ActionStatus,
    Answer,
    Barrier,
    BarrierKind,
    Round,
)
from promise_tracker.errors import ValidationError
from promise_tracker.i18n import translate

if TYPE_CHECKING:
    from promise_tracker.standards.model import Pack
    from promise_tracker.storage.database import Database


class ActionPlanUseCases:
    _db: Database

    def pack_for(self, assessment_round: Round) -> Pack:  # provided by AssessmentService
        raise NotImplementedError

    # --- actions --------------------------------------------------------------------------

    def add_action(self, action: Action) -> Action:
        """Record a new action of a unit (a new id if it has none); returns it as stored."""
        action = self._checked_action(replace(action, id=action.id or str(uuid.uuid4())))
        with self._db.unit_of_work() as uow:
            uow.units.get(action.unit_id)  # a clear NotFoundError, not a foreign key error
            if action.round_id is not None:
                assessment_round = uow.rounds.get(action.round_id)
                self._check_round_of_unit(assessment_round, action)
                if not self.pack_for(assessment_round).has_criterion(action.criterion_id):
                    raise ValidationError(
                        translate(
                            "ActionPlan", "{criterion} is not a criterion of this round."
                        ).format(criterion=action.criterion_id)
                    )
            uow.actions.add(action)
            uow.commit()
        return replace(action, version=1)

    def update_action(self, action: Action) -> Action:
        """Save a changed action; a version other than 0 must still be the stored one
        (ConflictError otherwise, nothing written). Returns it as stored."""
        action = self._checked_action(action)
        with self._db.unit_of_work() as uow:
            stored = uow.actions.update(action)
            uow.commit()
        return stored

    def delete_action(self, action_id: str) -> None:
        with self._db.unit_of_work() as uow:
            uow.actions.delete(action_id)
            uow.commit()

    def action(self, action_id: str) -> Action:
        with self._db.unit_of_work() as uow:
            return uow.actions.get(action_id)

    def actions(self, unit_id: str) -> list[Action]:
        """Every action of the unit, across rounds, by due date (undated last)."""
        with self._db.unit_of_work() as uow:
            return uow.actions.list_for_unit(unit_id)

    def open_actions(self, unit_id: str) -> list[Action]:
        """The unit's actions still planned or in progress."""
        return [a for a in self.actions(unit_id) if a.is_open]

    def review_actions(self, changes: Iterable[Action]) -> list[Action]:
        """Save the outcome of reviewing open actions (at the start of a round) in one step."""
        checked = [self._checked_action(action) for action in changes]
        with self._db.unit_of_work() as uow:
            stored = [uow.actions.update(action) for action in checked]
            uow.commit()
        return stored

    @staticmethod
    def _checked_action(action: Action) -> Action:
        title = action.title.strip()
        if not title:
            raise ValidationError(
                translate("ActionPlan", "Say what will be done: the action needs a description.")
            )
        if not action.criterion_id.strip():
            raise ValidationError(
                translate("ActionPlan", "An action belongs to a criterion; choose one.")
            )
        return replace(
            action,
            title=title,
            responsible_role=action.responsible_role.strip(),
            lead_agency=action.lead_agency.strip(),
            status=ActionStatus(action.status),
        )

    @staticmethod
    def _check_round_of_unit(assessment_round: Round, action: Action) -> None:
        if assessment_round.unit_id != action.unit_id:
            raise ValidationError(translate("ActionPlan", "That round belongs to another unit."))

    # --- barriers -------------------------------------------------------------------------

    def set_barrier(self, barrier: Barrier) -> Barrier:
        """Record what keeps a criterion from being met in a round (replacing the earlier
        barrier of that criterion); returns it as stored. Refused in a finalised round."""
        kind = BarrierKind(barrier.kind)
        text = barrier.text.strip()
        if kind is BarrierKind.OTHER and not text:
            raise ValidationError(
                translate("ActionPlan", "Describe the barrier: “Other” needs a few words.")
            )
        with self._db.unit_of_work() as uow:
            assessment_round = uow.rounds.get(barrier.round_id)
            _refuse_finalised(assessment_round)
            if not self.pack_for(assessment_round).has_criterion(barrier.criterion_id):
                raise ValidationError(
                    translate("ActionPlan", "{criterion} is not a criterion of this round.").format(
                        criterion=barrier.criterion_id
                    )
                )
            stored = uow.barriers.upsert(replace(barrier, kind=kind, text=text))
            uow.commit()
        return stored

    def clear_barrier(self, round_id: str, criterion_id: str) -> bool:
        """Remove the criterion's barrier; returns whether there was one."""
        with self._db.unit_of_work() as uow:
            _refuse_finalised(uow.rounds.get(round_id))
            removed = uow.barriers.delete(round_id, criterion_id)
            uow.commit()
        return removed

    def barriers(self, round_id: str) -> list[Barrier]:
        """The round's barriers by criterion id."""
        with self._db.unit_of_work() as uow:
            return uow.barriers.list_for_round(round_id)

    # --- carried-forward answers ----------------------------------------------------------

    def confirm_answers(self, round_id: str, criterion_ids: Sequence[str]) -> list[Answer]:
        """Confirm the team's carried-forward answers of these criteria, as they are; returns
        the answers confirmed (as stored). Criteria without one are left alone."""
        return self._set_carried(round_id, criterion_ids, carried=False)

    def unconfirm_answers(self, round_id: str, criterion_ids: Sequence[str]) -> list[Answer]:
        """Undo a confirmation: the answers are carried forward, to confirm, again."""
        return self._set_carried(round_id, criterion_ids, carried=True)

    def _set_carried(
        self, round_id: str, criterion_ids: Sequence[str], *, carried: bool
    ) -> list[Answer]:
        wanted = set(criterion_ids)
        changed: list[Answer] = []
        with self._db.unit_of_work() as uow:
            _refuse_finalised(uow.rounds.get(round_id))
            for answer in uow.answers.list_consensus_for_round(round_id):
                if answer.criterion_id in wanted and answer.carried != carried:
                    changed.append(uow.answers.upsert(replace(answer, carried=carried)))
            uow.commit()
        return changed


def _refuse_finalised(assessment_round: Round) -> None:
    if assessment_round.is_finalised:
        raise ValidationError(
            translate(
                "ActionPlan",
                "The round “{round}” is finalised; reopen it to change its answers or barriers.",
            ).format(round=assessment_round.title)
        )


def overdue(actions: Iterable[Action], today: dt.date) -> list[Action]:
    """The actions still open after their due date."""
    return [action for action in actions if action.is_overdue(today)]


__all__ = ["ActionPlanUseCases", "overdue"]
