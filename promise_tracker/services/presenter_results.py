"""A unit's latest results reduced to what may be shown to an audience in presenter mode."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from promise_tracker.domain.scoring import Score
from promise_tracker.services.assessment import AssessmentService


@dataclass(frozen=True)
class PresenterResults:
    """Scores by standard and the team's answers of one round.

    Respondents' aliases and notes are only read when asked for (`include_notes`); by default
    this object holds none, so nothing personal can reach a projector by mistake.
    """

    unit_name: str
    round_title: str
    round_date: dt.date
    finalised: bool
    by_standard: Mapping[str, Score]
    team_answers: Mapping[str, str]  # criterion id -> answer id of the pack's scale
    # Filled only with include_notes: criterion id -> team note, and (alias, note) pairs.
    team_notes: Mapping[str, str] = field(default_factory=dict)
    respondent_notes: Mapping[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)
    includes_notes: bool = False


def latest_results(
    service: AssessmentService, unit_id: str, *, include_notes: bool = False
) -> PresenterResults | None:
    """The newest round of `unit_id`, or None when the unit has no round yet."""
    rounds = service.rounds(unit_id)
    if not rounds:
        return None
    newest = max(rounds, key=lambda item: item.date)
    result = service.round_result(newest.id)
    answers = service.answers(newest.id)
    team = {a.criterion_id: a.value for a in answers if a.respondent_id is None and a.value}
    team_notes: dict[str, str] = {}
    respondent_notes: dict[str, list[tuple[str, str]]] = {}
    if include_notes:
        aliases = {r.id: r.alias for r in result.respondents}
        for answer in answers:
            if not answer.note:
                continue
            if answer.respondent_id is None:
                team_notes[answer.criterion_id] = answer.note
            else:
                alias = aliases.get(answer.respondent_id, "")
                respondent_notes.setdefault(answer.criterion_id, []).append((alias, answer.note))
    return PresenterResults(
        unit_name=service.unit(unit_id).name,
        round_title=newest.title,
        round_date=newest.date,
        finalised=newest.is_finalised,
        by_standard=dict(result.official.by_standard),
        team_answers=team,
        team_notes=team_notes,
        respondent_notes={key: tuple(value) for key, value in respondent_notes.items()},
        includes_notes=include_notes,
    )
