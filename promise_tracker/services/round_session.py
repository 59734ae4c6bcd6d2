"""The round a team is assessing: its answers in memory, each change saved at once, rescored.

The GUI keeps one RoundSession per open round. Reading answers and scores never touches the
database; every change goes through AssessmentService (one transaction) before the in-memory
copy changes, so what is shown is always what is saved.

A round holds the team's consensus answers and each respondent's own. The session shows and
edits one of these answer sets at a time (`respondent_id`: None for the team); answers,
statuses and `scores` are always those of the set shown.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace

from promise_tracker.domain.concurrency import ANSWER_FIELDS, merge_answers
from promise_tracker.domain.entities import Agency, Answer, Respondent, Round
from promise_tracker.domain.scoring import (
    CriterionStatus,
    RoundScores,
    ScoreBasis,
    criterion_status,
    index_answers,
    official_basis,
    score_answer_sets,
)
from promise_tracker.errors import ConflictError, NotFoundError
from promise_tracker.i18n import translate
from promise_tracker.services.assessment import AssessmentService
from promise_tracker.standards.model import Criterion, Pack


class AnswerClashError(ConflictError):
    """My change and one saved elsewhere changed the same fields of an answer: only the user
    can say which to keep (RoundSession.keep_mine / keep_theirs)."""

    def __init__(
        self, message: str, *, mine: Answer, theirs: Answer, clashes: tuple[str, ...]
    ) -> None:
        super().__init__(message, current=theirs)
        self.mine = mine
        self.theirs = theirs
        self.clashes = clashes


def _empty(answer: Answer) -> Answer:
    return Answer(answer.round_id, answer.criterion_id, respondent_id=answer.respondent_id)


def save_answer(service: AssessmentService, shown: Answer | None, answer: Answer) -> Answer:
    """Save `answer`, a change of `shown` (the answer as read; None if there was none).

    If the answer was changed elsewhere (another window or computer) since it was read, a
    change to other fields is combined with it and saved; a change to the same fields raises
    AnswerClashError, and nothing is written. Returns the answer as saved.
    """
    base = shown or _empty(answer)
    for _attempt in range(3):  # each retry follows a change saved elsewhere meanwhile
        try:
            return service.set_answer(answer, expected_version=base.version)
        except ConflictError as conflict:
            theirs = conflict.current if isinstance(conflict.current, Answer) else None
            theirs = theirs or _empty(answer)
            outcome = merge_answers(base, answer, theirs)
            if not outcome.clean:
                raise AnswerClashError(
                    conflict.message, mine=answer, theirs=theirs, clashes=outcome.clashes
                ) from conflict
            merged = outcome.merged
            if answer.carried != base.carried:
                # Confirming (or undoing a confirmation) is my change too: it stays.
                merged = replace(merged, carried=answer.carried)
            base, answer = theirs, merged
    # The answer keeps changing elsewhere: the user tries again in a moment.
    raise ConflictError(
        translate(
            "RoundSession", "This answer keeps being changed elsewhere; try again in a moment."
        )
    )


# An answer's key within a round: (respondent id, None for the team; criterion id).
AnswerKey = tuple[str | None, str]


@dataclass(frozen=True)
class StoredRound:
    """The round as stored at one moment, read because someone changed it (read_if_changed)."""

    stamp: tuple[object, ...]
    round: Round
    answers: Mapping[AnswerKey, Answer]
    respondents: tuple[Respondent, ...]


class RoundSession:
    def __init__(self, service: AssessmentService, round_id: str) -> None:
        self._service = service
        # Read before the round itself: a change saved meanwhile is then seen at the next look.
        self.stamp: tuple[object, ...] = service.round_stamp(round_id)
        self.round: Round = service.round(round_id)
        self.pack: Pack = service.pack_for(self.round)
        # Every answer set of the round by respondent id (None: the team's consensus).
        self._sets: dict[str | None, dict[str, Answer]] = index_answers(service.answers(round_id))
        self._sets.setdefault(None, {})
        self.respondents: tuple[Respondent, ...] = tuple(service.respondents(round_id))
        self.respondent_id: str | None = None  # whose answers are shown and edited
        self._answers: dict[str, Answer] = self._sets[None]
        self.compare_round: Round | None = None
        self._previous: dict[str, Answer] = {}
        self._load_comparison()
        self._criteria = self.pack.criteria()
        self._position = {c.id: i for i, c in enumerate(self._criteria)}
        self.scores: RoundScores = self._rescore()
        self._official: tuple[ScoreBasis, RoundScores] | None = None

    def _load_comparison(self) -> None:
        if self.round.compare_round_id is None:
            return
        try:
            self.compare_round = self._service.round(self.round.compare_round_id)
        except NotFoundError:
            return
        answers = self._service.answers(self.compare_round.id)
        # Criteria are matched by their stable ids, so an earlier pack version still lines up.
        # The reference is always the team's earlier answer, whoever is answering now.
        self._previous = index_answers(answers).get(None, {})

    @property
    def service(self) -> AssessmentService:
        """The service the session saves through (for the round's barriers and actions)."""
        return self._service

    def _rescore(self) -> RoundScores:
        return score_answer_sets(self.pack, [self._answers])

    # --- reading ------------------------------------------------------------------------------

    @property
    def read_only(self) -> bool:
        return self.round.is_finalised

    def criteria(self) -> tuple[Criterion, ...]:
        return self._criteria

    def answer(self, criterion_id: str) -> Answer:
        """The answer of the set shown (an empty one when nothing is recorded yet)."""
        found = self._answers.get(criterion_id)
        if found is not None:
            return found
        return Answer(self.round.id, criterion_id, respondent_id=self.respondent_id)

    # --- whose answers ------------------------------------------------------------------------

    def respondent(self, respondent_id: str) -> Respondent:
        for respondent in self.respondents:
            if respondent.id == respondent_id:
                return respondent
        raise NotFoundError(f"No respondent with id {respondent_id} in this round")

    @property
    def answering_as(self) -> Respondent | None:
        """The respondent whose answers are shown, or None for the team's consensus."""
        return None if self.respondent_id is None else self.respondent(self.respondent_id)

    def answer_as(self, respondent_id: str | None) -> None:
        """Show and edit a respondent's answers (None: the team's consensus answers)."""
        if respondent_id is not None:
            self.respondent(respondent_id)  # a clear error for an unknown respondent
        self.respondent_id = respondent_id
        self._answers = self._sets.setdefault(respondent_id, {})
        self.scores = self._rescore()

    def answer_count(self, respondent_id: str | None) -> int:
        """How many criteria a respondent (None: the team) has answered, N/A included."""
        return sum(1 for a in self._sets.get(respondent_id, {}).values() if a.value is not None)

    @property
    def consensus_scores(self) -> RoundScores:
        """The team's agreed answers' scores, whoever's answers are shown."""
        if self.respondent_id is None:
            return self.scores
        return score_answer_sets(self.pack, [self._sets[None]])

    @property
    def basis(self) -> ScoreBasis:
        """What the round's official score is computed from (see scoring.official_basis)."""
        return self._official_scores()[0]

    @property
    def official_scores(self) -> RoundScores:
        """The round's official score: the consensus once the team has agreed any answer,
        all respondents' answers pooled before that."""
        return self._official_scores()[1]

    def _official_scores(self) -> tuple[ScoreBasis, RoundScores]:
        if self._official is None:
            everything = [a for answers in self._sets.values() for a in answers.values()]
            basis = official_basis(everything)
            if basis is ScoreBasis.RESPONDENTS:
                sets = [answers for key, answers in self._sets.items() if key is not None]
                scores = score_answer_sets(self.pack, sets)
            else:
                scores = score_answer_sets(self.pack, [self._sets[None]])
            self._official = (basis, scores)
        return self._official

    def previous_answer(self, criterion_id: str) -> Answer | None:
        """The compared-with round's answer to the same criterion, if any."""
        return self._previous.get(criterion_id)

    def status(self, criterion_id: str) -> CriterionStatus:
        return criterion_status(self._answers.get(criterion_id), self.pack.answer_scale)

    def consensus_status(self, criterion_id: str) -> CriterionStatus:
        """The status of the team's agreed answer, whoever's answers are shown."""
        return criterion_status(self._sets[None].get(criterion_id), self.pack.answer_scale)

    def to_confirm(self, criterion_ids: Iterable[str] | None = None) -> list[str]:
        """The criteria (of `criterion_ids`, or all) whose team answer is carried forward
        from an earlier round and not confirmed yet, in pack order."""
        wanted = None if criterion_ids is None else set(criterion_ids)
        team = self._sets[None]
        return [
            c.id
            for c in self._criteria
            if (wanted is None or c.id in wanted) and c.id in team and team[c.id].to_confirm
        ]

    def flagged(self) -> list[str]:
        """The criteria whose team answer is flagged for discussion, in pack order."""
        team = self._sets[None]
        return [c.id for c in self._criteria if c.id in team and team[c.id].flagged]

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
        """The next criterion that still counts as unanswered (N/A without reason and carried
        forward answers not yet confirmed included)."""
        waiting = {
            CriterionStatus.UNANSWERED,
            CriterionStatus.NEEDS_JUSTIFICATION,
            CriterionStatus.TO_CONFIRM,
        }
        return self.next_matching(criterion_id, lambda cid: self.status(cid) in waiting)

    # --- changing -----------------------------------------------------------------------------

    def set_answer(self, answer: Answer) -> Answer:
        """Save one answer (the team's, or a respondent's of this round); returns it as saved.

        The in-memory copy changes only once saved. If the answer was changed elsewhere (another
        window or computer) since it was read here, a change to other fields is combined with
        it and saved; a change to the same fields raises AnswerClashError, and nothing is written.
        """
        if answer.round_id != self.round.id:
            raise ValueError("A round session edits its own round's answers only.")
        if answer.respondent_id is not None:
            self.respondent(answer.respondent_id)
        saved = save_answer(self._service, self._stored(answer), answer)
        self._remember(saved)
        return saved

    def confirm_answers(self, criterion_ids: Iterable[str]) -> list[Answer]:
        """Confirm the team's carried-forward answers of these criteria as they are (one
        transaction); returns those confirmed. The in-memory copy changes once saved."""
        return self._set_carried(self._service.confirm_answers, criterion_ids)

    def unconfirm_answers(self, criterion_ids: Iterable[str]) -> list[Answer]:
        """Undo `confirm_answers`: these answers are carried forward, to confirm, again."""
        return self._set_carried(self._service.unconfirm_answers, criterion_ids)

    def _set_carried(
        self, change: Callable[[str, list[str]], list[Answer]], criterion_ids: Iterable[str]
    ) -> list[Answer]:
        changed = change(self.round.id, list(criterion_ids))
        for saved in changed:
            self._remember(saved)
        return changed

    def keep_mine(self, clash: AnswerClashError) -> Answer:
        """Save my side of a clash over the answer saved elsewhere (after the user chose)."""
        saved = self._service.set_answer(clash.mine, expected_version=clash.theirs.version)
        self._remember(saved)
        return saved

    def keep_theirs(self, clash: AnswerClashError) -> Answer:
        """Show the answer saved elsewhere instead of my change (after the user chose)."""
        self._remember(clash.theirs)
        return clash.theirs

    def revert(self, answer: Answer, to: Answer) -> Answer:
        """Undo or redo: change back only the fields that differ between `answer` and `to`,
        keeping what was saved elsewhere meanwhile in the other fields."""
        current = self._stored(to) or self._empty(to)
        # Whether the answer is still carried forward goes back too: undoing a confirmation,
        # or a change that confirmed it, leaves it to confirm again.
        fields = (*ANSWER_FIELDS, "carried")
        changed = {f: getattr(to, f) for f in fields if getattr(answer, f) != getattr(to, f)}
        return self.set_answer(replace(current, **changed))

    def _stored(self, answer: Answer) -> Answer | None:
        return self._sets.get(answer.respondent_id, {}).get(answer.criterion_id)

    @staticmethod
    def _empty(answer: Answer) -> Answer:
        return _empty(answer)

    def _remember(self, saved: Answer) -> None:
        self._sets.setdefault(saved.respondent_id, {})[saved.criterion_id] = saved
        self._official = None
        if saved.respondent_id == self.respondent_id:
            self.scores = self._rescore()

    # --- changes saved elsewhere --------------------------------------------------------------

    def read_if_changed(self, seen: tuple[object, ...]) -> StoredRound | None:
        """The round as stored now if anyone changed it since the stamp `seen` (None if not:
        then only one small query was made). Only reads, so it may run on a worker thread."""
        round_id = self.round.id
        stamp = self._service.round_stamp(round_id)
        if stamp == seen:
            return None
        answers = self._service.answers(round_id)
        return StoredRound(
            stamp=stamp,
            round=self._service.round(round_id),
            answers={(a.respondent_id, a.criterion_id): a for a in answers},
            respondents=tuple(self._service.respondents(round_id)),
        )

    def answer_versions(self) -> dict[AnswerKey, int]:
        """The version of every answer held here (to compare a StoredRound with later)."""
        return {
            (respondent_id, criterion_id): answer.version
            for respondent_id, answers in self._sets.items()
            for criterion_id, answer in answers.items()
        }

    def changed_elsewhere(
        self, stored: StoredRound, versions: Mapping[AnswerKey, int]
    ) -> dict[AnswerKey, Answer | None]:
        """The answers `stored` holds otherwise than they were at `versions` (None: removed),
        leaving out any changed here since (the next look compares those again)."""
        held = self.answer_versions()
        changed: dict[AnswerKey, Answer | None] = {}
        for key in set(stored.answers) | set(versions):
            theirs = stored.answers.get(key)
            seen = versions.get(key, 0)
            if (theirs.version if theirs is not None else 0) != seen and held.get(key, 0) == seen:
                changed[key] = theirs
        return changed

    def take_in(self, key: AnswerKey, answer: Answer | None) -> None:
        """Hold an answer as saved elsewhere (None: it was removed there)."""
        if answer is None:
            self._sets.get(key[0], {}).pop(key[1], None)
            self._official = None
            if key[0] == self.respondent_id:
                self.scores = self._rescore()
        else:
            self._remember(answer)

    def take_in_round(self, stored: StoredRound) -> bool:
        """Hold the round's title, status and respondents as stored; whether any changed."""
        changed = False
        if stored.round.version != self.round.version:
            self.round = stored.round
            changed = True
        if stored.respondents != self.respondents:
            self.respondents = stored.respondents
            for gone in set(self._sets) - {None, *(r.id for r in stored.respondents)}:
                self._sets.pop(gone, None)
            self._official = None
            changed = True
        self.stamp = stored.stamp
        return changed

    # --- respondents --------------------------------------------------------------------------

    def add_respondent(
        self, alias: str, perspective: str, agency: str = Agency.OTHER.value
    ) -> Respondent:
        added = self._service.add_respondent(self.round.id, alias, perspective, agency)
        self._reload_respondents()
        return added

    def update_respondent(self, respondent: Respondent) -> Respondent:
        """Save a respondent shown here; ConflictError if they changed elsewhere meanwhile
        (the list is read again either way, so it shows what is stored)."""
        try:
            return self._service.update_respondent(respondent)
        finally:
            self._reload_respondents()

    def delete_respondent(self, respondent_id: str) -> None:
        """Remove a respondent and their answers; the team's answers show if theirs did."""
        self._service.delete_respondent(respondent_id)
        self._sets.pop(respondent_id, None)
        self._official = None
        self._reload_respondents()
        if self.respondent_id == respondent_id:
            self.answer_as(None)

    def _reload_respondents(self) -> None:
        self.respondents = tuple(self._service.respondents(self.round.id))

    # Changes to the round check that it is still as shown here (ConflictError otherwise, and
    # the round is read again so that what is shown is what is stored).

    def rename(self, title: str) -> None:
        self._change_round(self._service.rename_round, title)

    def finalise(self) -> None:
        self._change_round(self._service.finalise_round)

    def reopen(self) -> None:
        self._change_round(self._service.reopen_round)

    def _change_round(self, change: Callable[..., Round], *args: object) -> None:
        try:
            self.round = change(self.round.id, *args, expected_version=self.round.version)
        except ConflictError:
            self.round = self._service.round(self.round.id)
            raise
