"""The things an assessment is made of, as frozen dataclasses passed between layers."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum


class RoundStatus(StrEnum):
    DRAFT = "draft"
    FINALISED = "finalised"


class Agency(StrEnum):
    """The agency a respondent works for."""

    POLICE = "police"
    PROSECUTION = "prosecution"
    CHILD_PROTECTION = "child-protection"
    HEALTH = "health"
    MENTAL_HEALTH = "mental-health"
    BARNAHUS_STAFF = "barnahus-staff"
    OTHER = "other"


@dataclass(frozen=True)
class Unit:
    """A Barnahus that assesses itself."""

    id: str
    name: str
    country: str = ""  # ISO 3166-1 alpha-2 code, e.g. "SE"
    region: str = ""
    lead_agency: str = ""
    year_opened: int | None = None
    # The stored row's version when it was read (0: not read from the database, e.g. a new
    # record). A write checks it, so a change saved elsewhere meanwhile is never overwritten
    # unseen. Not part of what the record says: equality ignores it.
    version: int = field(default=0, compare=False)


@dataclass(frozen=True)
class Round:
    """One assessment of a unit against one exact version of a pack."""

    id: str
    unit_id: str
    title: str
    date: dt.date
    pack_id: str
    pack_version: str
    pack_hash: str
    status: RoundStatus = RoundStatus.DRAFT
    # An earlier round of the same unit whose answers are shown beside this one's, when the
    # round was started "from the previous round"; None shows no earlier answers.
    compare_round_id: str | None = None
    version: int = field(default=0, compare=False)  # as Unit.version

    @property
    def is_finalised(self) -> bool:
        return self.status is RoundStatus.FINALISED


@dataclass(frozen=True)
class Respondent:
    """A person answering in a round, known only by an alias (never a real name)."""

    id: str
    round_id: str
    alias: str
    perspective: str  # a perspective id of the round's pack
    agency: str = Agency.OTHER.value
    version: int = field(default=0, compare=False)  # as Unit.version


@dataclass(frozen=True)
class Answer:
    """One answer to one criterion: a respondent's, or the team's consensus (respondent_id None)."""

    round_id: str
    criterion_id: str
    respondent_id: str | None = None
    value: str | None = None  # an answer id of the pack's scale; None = unanswered
    note: str = ""
    na_justification: str = ""
    flagged: bool = False
    # A view that differs from the agreed answer, recorded in a consensus meeting (consensus
    # answers only; the agreed answer's rationale is its note).
    dissent: str = ""
    # Copied from an earlier round when the round was started from it, and not yet confirmed
    # by the team: shown as "carried forward, to confirm" and counted as unanswered (in the
    # score and in completeness) until confirmed or changed.
    carried: bool = False
    version: int = field(default=0, compare=False)  # as Unit.version

    @property
    def is_consensus(self) -> bool:
        return self.respondent_id is None

    @property
    def to_confirm(self) -> bool:
        """Carried forward with an answer the team has not confirmed yet."""
        return self.carried and self.value is not None


@dataclass(frozen=True)
class Event:
    """Something that happened to a unit and may explain a change, drawn on timelines."""

    id: str
    unit_id: str
    date: dt.date
    title: str
    description: str = ""
    version: int = field(default=0, compare=False)  # as Unit.version


class ActionStatus(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in-progress"
    DONE = "done"
    DROPPED = "dropped"


OPEN_ACTION_STATUSES = frozenset({ActionStatus.PLANNED, ActionStatus.IN_PROGRESS})


@dataclass(frozen=True)
class Action:
    """Something a unit's team will do to meet a criterion: the action plan's entries.

    An action belongs to the unit (it outlives the round it was planned in, which
    `round_id` names; None once that round is deleted) and to one criterion of the pack.
    `responsible_role` names a role ("Barnahus coordinator"), never a person.
    """

    id: str
    unit_id: str
    criterion_id: str
    title: str
    round_id: str | None = None
    lead_agency: str = ""  # an Agency value, or "" when not decided
    responsible_role: str = ""
    due_date: dt.date | None = None
    status: ActionStatus = ActionStatus.PLANNED
    progress_note: str = ""
    version: int = field(default=0, compare=False)  # as Unit.version

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_ACTION_STATUSES

    def is_overdue(self, today: dt.date) -> bool:
        """Still open after its due date."""
        return self.is_open and self.due_date is not None and self.due_date < today


class BarrierKind(StrEnum):
    """What stands in the way of meeting a criterion (the coordinators' advocacy list)."""

    LAW_OR_POLICY = "law-or-policy"  # national law or policy
    FUNDING = "funding"  # funding or resources
    ORGANISATION = "organisation"  # organisation or local practice
    NOT_STARTED = "not-started"
    OTHER = "other"  # described in the barrier's text


@dataclass(frozen=True)
class Barrier:
    """Why a criterion is not met in a round: at most one per criterion and round."""

    round_id: str
    criterion_id: str
    kind: BarrierKind
    text: str = ""  # required for OTHER, an optional detail for the rest
    version: int = field(default=0, compare=False)  # as Unit.version


class ChangeAction(StrEnum):
    ADDED = "added"
    CHANGED = "changed"
    REMOVED = "removed"


@dataclass(frozen=True)
class Change:
    """One saved change, recorded with who made it and when: the history of the records.

    `record` names the kind of record changed ('unit', 'round', 'respondent', 'answer',
    'event', 'action', 'barrier') and `record_id` which one; an answer's respondent_id None
    is the team's answer. `summary` says what changed in a few words (domain.history), never
    copying free text such as notes. `changed_by` is the database role on a server and the
    person's login name on their own computer; `changed_at` is naive UTC.
    """

    id: int
    unit_id: str
    round_id: str | None
    criterion_id: str | None
    respondent_id: str | None
    record: str
    record_id: str
    action: ChangeAction
    summary: str
    changed_by: str
    changed_at: dt.datetime
