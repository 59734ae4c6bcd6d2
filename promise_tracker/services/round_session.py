"""The round a team is assessing: its answers in memory, each change saved at once, rescored.

The GUI keeps one RoundSession per open round. Reading answers and scores never touches the
database; every change goes through AssessmentService (one transaction) before the in-memory
copy changes, so what is shown is always what is saved.
"""

from __future__ import annotations

from collections.abc import Callable

from promise_tracker.domain.entities import Answer, Round
from promise_tracker.domain.scoring import (
    CriterionStatus,
    RoundScores,
    criterion_status,
    index_answers,
    score_answer_sets,
)
from promise_tracker.errors import NotFoundError
from promise_tracker.services.assessment import AssessmentService
from promise_tracker.standards.model import Criterion, Pack


class RoundSession:
    def __init__(self, service: AssessmentService, round_id: str) -> None:
        self._service = service
        self.round: Round = service.round(round_id)
        self.pack: Pack = service.pack_for(self.round)
        self._answers: dict[str, Answer] = index_answers(service.answers(round_id)).get(None, {})
        self.compare_round: Round | None = None
        self._previous: dict[str, Answer] = {}
        self._load_comparison()
        self._criteria = self.pack.criteria()
        self._position = {c.id: i for i, c in enumerate(self._criteria)}
        self.scores: RoundScores = self._rescore()

    def _load_comparison(self) -> None:
        if self.round.compare_round_id is None:
            return
        try:
            self.compare_round = self._service.round(self.round.compare_round_id)
        except NotFoundError:
            return
        answers = self._service.answers(self.compare_round.id)
        # Criteria are matched by their stable ids, so an earlier pack version still lines up.
        self._previous = index_answers(answers).get(None, {})

    def _rescore(self) -> RoundScores:
        return score_answer_sets(self.pack, [self._answers])

    # --- reading ------------------------------------------------------------------------------

    @property
    def read_only(self) -> bool:
        return self.round.is_finalised

    def criteria(self) -> tuple[Criterion, ...]:
        return self._criteria

    def answer(self, criterion_id: str) -> Answer:
        """The team's answer (an empty one when nothing is recorded yet)."""
        found = self._answers.get(criterion_id)
        return found if found is not None else Answer(self.round.id, criterion_id)

    def previous_answer(self, criterion_id: str) -> Answer | None:
        """The compared-with round's answer to the same criterion, if any."""
        return self._previous.get(criterion_id)

    def status(self, criterion_id: str) -> CriterionStatus:
        return criterion_status(self._answers.get(criterion_id), self.pack.answer_scale)

    # --- moving around ------------------------------------------------------------------------

    def neighbour(self, criterion_id: str, step: int) -> str | None:
        """The next (step 1) or previous (step -1) criterion in pack order, or None at an end."""
        index = self._position[criterion_id] + step
        if 0 <= index < len(self._criteria):
            return self._criteria[index].id
        return None

    def next_matching(
        self, criterion_id: str | None, predicate: Callable[[str], bool]
    ) -> str | None:
        """The first criterion after criterion_id (wrapping around) for which predicate holds."""
        start = -1 if criterion_id is None else self._position[criterion_id]
        count = len(self._criteria)
        for offset in range(1, count + 1):
            candidate = self._criteria[(start + offset) % count].id
            if predicate(candidate):
                return candidate
        return None

    def next_unanswered(self, criterion_id: str | None) -> str | None:
        """The next criterion that still counts as unanswered (N/A without reason included)."""
        waiting = {CriterionStatus.UNANSWERED, CriterionStatus.NEEDS_JUSTIFICATION}
        return self.next_matching(criterion_id, lambda cid: self.status(cid) in waiting)

    # --- changing -----------------------------------------------------------------------------

    def set_answer(self, answer: Answer) -> None:
        """Save the team's answer to one criterion; the in-memory copy changes only once saved."""
        if answer.round_id != self.round.id or answer.respondent_id is not None:
            raise ValueError("A round session edits its own round's team answers only.")
        self._service.set_answer(answer)
        self._answers[answer.criterion_id] = answer
        self.scores = self._rescore()

    def rename(self, title: str) -> None:
        self.round = self._service.rename_round(self.round.id, title)

    def finalise(self) -> None:
        self.round = self._service.finalise_round(self.round.id)

    def reopen(self) -> None:
        self.round = self._service.reopen_round(self.round.id)
