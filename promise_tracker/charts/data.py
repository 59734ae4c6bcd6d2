"""What the chart builders need to read, as protocols (charts sit below the services layer).

services.results.UnitHistory / HistoryRound and services.assessment.RoundResult satisfy
these; tests may pass any object with the same attributes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Protocol

from promise_tracker.domain.entities import Event
from promise_tracker.domain.progress import VersionBridge
from promise_tracker.domain.scoring import CriterionStatus, PerspectiveScores, RoundScores


class RoundState(Protocol):
    @property
    def is_finalised(self) -> bool: ...


class ChartRound(Protocol):
    @property
    def round(self) -> RoundState:
        """The round itself (domain.entities.Round): whether it is finalised."""
        ...

    @property
    def date(self) -> dt.date: ...

    @property
    def label(self) -> str: ...

    @property
    def consensus(self) -> RoundScores: ...

    @property
    def statuses(self) -> Mapping[str, CriterionStatus]: ...

    @property
    def to_latest(self) -> VersionBridge | None:
        """From the round's pack version to the latest round's (None: the same version)."""
        ...


class ChartHistory(Protocol):
    @property
    def rounds(self) -> Sequence[ChartRound]: ...

    @property
    def events(self) -> Sequence[Event]: ...


class ChartRoundResult(Protocol):
    @property
    def consensus(self) -> RoundScores: ...

    @property
    def perspectives(self) -> PerspectiveScores: ...
