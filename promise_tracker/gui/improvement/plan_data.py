"""What the action plan shows besides the actions: the criteria and standards of the unit's
rounds (an action may be for a criterion of an older pack), and how dates are written."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from promise_tracker.errors import PromiseTrackerError
from promise_tracker.gui.shared.forms import format_date

if TYPE_CHECKING:
    from promise_tracker.services.assessment import AssessmentService
    from promise_tracker.standards.model import Criterion, Pack


@dataclass(frozen=True)
class UnitCriteria:
    """The criteria of every pack the unit's rounds use (the newest round's wording first),
    and the scored standards of the newest pack, for the filter."""

    criteria: dict[str, Criterion] = field(default_factory=dict)
    standards: list[tuple[str, str]] = field(default_factory=list)  # (number, title)
    newest_pack: Pack | None = None

    def standard_of(self, criterion_id: str) -> str | None:
        criterion = self.criteria.get(criterion_id)
        return criterion.standard if criterion is not None else None


def unit_criteria(service: AssessmentService, unit_id: str, language: str) -> UnitCriteria:
    """Read the packs of the unit's rounds; a round whose pack is not installed is skipped."""
    criteria: dict[str, Criterion] = {}
    standards: list[tuple[str, str]] = []
    newest: Pack | None = None
    seen: set[tuple[str, str, str]] = set()
    for assessment_round in reversed(service.rounds(unit_id)):
        key = (assessment_round.pack_id, assessment_round.pack_version, assessment_round.pack_hash)
        if key in seen:
            continue
        seen.add(key)
        try:
            pack = service.pack_for(assessment_round)
        except PromiseTrackerError:
            continue
        if newest is None:
            newest = pack
            standards = [(s.number, s.title.get(language)) for s in pack.assessed_units()]
        for criterion in pack.criteria():
            criteria.setdefault(criterion.id, criterion)
    return UnitCriteria(criteria, standards, newest)


def date_text(day: dt.date) -> str:
    """A date as every date of the interface is shown (the date fields' format)."""
    return format_date(day)
