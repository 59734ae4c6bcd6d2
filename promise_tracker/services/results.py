"""A unit's results over all its rounds: the one data source of the Results view and charts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, replace

from promise_tracker.domain.entities import Event, Round, Unit
from promise_tracker.domain.progress import (
    Progress,
    RoundSnapshot,
    VersionBridge,
    bridge_between,
    consensus_statuses,
    since_last_round,
)
from promise_tracker.domain.scoring import CriterionStatus, PerspectiveScores, RoundScores
from promise_tracker.services.assessment import AssessmentService, RoundResult
from promise_tracker.standards.model import Pack


@dataclass(frozen=True)
class HistoryRound:
    """One round of a unit with its scores and the status of each criterion (consensus)."""

    result: RoundResult
    statuses: Mapping[str, CriterionStatus]
    # From this round's pack version to the latest round's: which criteria still mean the
    # same (None: the same version, or no later round).
    to_latest: VersionBridge | None = None
    # From the round before this one to this one (None: the first round, or the same version).
    from_previous: VersionBridge | None = None

    @property
    def round(self) -> Round:
        return self.result.round

    @property
    def pack(self) -> Pack:
        return self.result.pack

    @property
    def date(self) -> dt.date:
        return self.result.round.date

    @property
    def label(self) -> str:
        return self.result.round.title

    @property
    def consensus(self) -> RoundScores:
        return self.result.consensus

    @property
    def perspectives(self) -> PerspectiveScores:
        return self.result.perspectives

    @property
    def snapshot(self) -> RoundSnapshot:
        return RoundSnapshot(self.result.consensus, self.statuses)


@dataclass(frozen=True)
class UnitHistory:
    """A unit, its rounds (oldest first) and its events (oldest first)."""

    unit: Unit
    rounds: tuple[HistoryRound, ...]
    events: tuple[Event, ...]

    @property
    def latest(self) -> HistoryRound | None:
        return self.rounds[-1] if self.rounds else None

    def progress(self, index: int = -1) -> Progress | None:
        """Changes from the round before `index` to the round at `index` (default: latest).

        None when that round has no earlier round.
        """
        if not self.rounds:
            return None
        position = index % len(self.rounds)
        if position == 0:
            return None
        current = self.rounds[position]
        previous = self.rounds[position - 1]
        return since_last_round(
            current.pack, previous.snapshot, current.snapshot, current.from_previous
        )


def _bridge(service: AssessmentService, earlier: Pack | None, later: Pack) -> VersionBridge | None:
    """None when both rounds use the same pack content (every criterion is itself)."""
    return None if earlier is None else bridge_between(earlier, later, service.packs.crosswalk)


def unit_history(service: AssessmentService, unit_id: str) -> UnitHistory:
    """Read a unit's rounds with their scores and statuses, and its events.

    Rounds are sorted by date (then title, so equal dates keep a stable order).
    """
    unit = service.unit(unit_id)
    rounds = sorted(service.rounds(unit_id), key=lambda r: (r.date, r.title, r.id))
    history_rounds: list[HistoryRound] = []
    for assessment_round in rounds:
        result = service.round_result(assessment_round.id)
        # The round's answers are read once: the result holds them all, consensus included.
        statuses = consensus_statuses(result.pack, result.answers)
        previous = history_rounds[-1].pack if history_rounds else None
        history_rounds.append(
            HistoryRound(
                result=result,
                statuses=statuses,
                from_previous=_bridge(service, previous, result.pack),
            )
        )
    if history_rounds:
        latest = history_rounds[-1].pack
        history_rounds = [
            replace(r, to_latest=_bridge(service, r.pack, latest)) for r in history_rounds
        ]
    events = sorted(service.events(unit_id), key=lambda e: (e.date, e.title, e.id))
    return UnitHistory(unit=unit, rounds=tuple(history_rounds), events=tuple(events))
