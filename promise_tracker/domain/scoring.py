"""Pure scoring: % of applicable answered criteria met, and completeness, at every level.

Rules (after the PROMISE Tracking Tool, where each criterion is met (1) or not (0) and the
result is the share of criteria met):
- an answer contributes its scale score (yes 1, no 0) to the numerator and 1 to the denominator;
- an answer whose option has no score (not applicable) is left out of the score but counts as
  answered; if the option requires a justification and none is written, the criterion counts
  as unanswered until one is;
- unanswered criteria are left out of the score and lower completeness instead.
Scores of several criteria are pooled (sum of met / sum of applicable), never averaged, so a
standard with more criteria weighs more, as in the Tracking Tool's overall percentage.
Sums use exact fractions so that the order of answers can never change a result.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from fractions import Fraction

from promise_tracker.domain.entities import Answer, Respondent
from promise_tracker.standards.model import AnswerOption, AnswerScale, Pack, Standard


@dataclass(frozen=True)
class Score:
    """Counts behind a score; add two Scores to pool them."""

    met: Fraction = Fraction(0)  # sum of the scale scores of applicable answers
    applicable: int = 0  # answers that count in the score
    not_applicable: int = 0  # answers left out of the score (e.g. justified N/A)
    unanswered: int = 0  # no answer, or an N/A still lacking its justification

    @property
    def answered(self) -> int:
        return self.applicable + self.not_applicable

    @property
    def total(self) -> int:
        return self.answered + self.unanswered

    @property
    def percent(self) -> float | None:
        """% of applicable answered criteria met; None when nothing applicable is answered."""
        if self.applicable == 0:
            return None
        return float(100 * self.met / self.applicable)

    @property
    def completeness(self) -> float | None:
        """% of criteria answered (N/A included); None when there are no criteria."""
        if self.total == 0:
            return None
        return 100 * self.answered / self.total

    def __add__(self, other: Score) -> Score:
        return Score(
            met=self.met + other.met,
            applicable=self.applicable + other.applicable,
            not_applicable=self.not_applicable + other.not_applicable,
            unanswered=self.unanswered + other.unanswered,
        )


def effective_option(answer: Answer | None, scale: AnswerScale) -> AnswerOption | None:
    """The option an answer counts as, or None when it counts as unanswered (also while it
    is carried forward from an earlier round, unconfirmed)."""
    if answer is None or answer.value is None or answer.carried:
        return None
    try:
        option = scale.option(answer.value)
    except KeyError:
        # A value the scale does not know (e.g. from a hand-edited import) is not guessed at.
        return None
    if option.requires_justification and not answer.na_justification.strip():
        return None
    return option


def score_answer(answer: Answer | None, scale: AnswerScale) -> Score:
    """The Score of a single criterion's answer."""
    option = effective_option(answer, scale)
    if option is None:
        return Score(unanswered=1)
    if option.score is None:
        return Score(not_applicable=1)
    return Score(met=Fraction(option.score), applicable=1)


def pooled(scores: Iterable[Score]) -> Score:
    return sum(scores, Score())


@dataclass(frozen=True)
class RoundScores:
    """Scores of one set of answers (or several pooled) for a whole pack."""

    overall: Score
    by_standard: Mapping[str, Score]  # every standard and sub-standard, by number
    by_criterion: Mapping[str, Score]
    respondents: int = 1

    def unit_scores(self, pack: Pack) -> dict[str, Score]:
        """Only the assessed units (for the BQS: 1.1, 1.2, 1.3, 2 ... 10), in pack order."""
        return {unit.number: self.by_standard[unit.number] for unit in pack.assessed_units()}


AnswerSet = Mapping[str, Answer]  # criterion id -> answer, for one respondent or the team


def index_answers(answers: Iterable[Answer]) -> dict[str | None, dict[str, Answer]]:
    """Group answers by respondent id (None: the team's consensus), then by criterion id."""
    grouped: dict[str | None, dict[str, Answer]] = {}
    for answer in answers:
        grouped.setdefault(answer.respondent_id, {})[answer.criterion_id] = answer
    return grouped


def score_answer_sets(pack: Pack, answer_sets: Sequence[AnswerSet]) -> RoundScores:
    """Pool several answer sets (respondents) over the pack; one set gives its own score.

    With no answer set at all, everything counts as unanswered once.
    """
    sets: Sequence[AnswerSet] = answer_sets or [{}]
    scale = pack.answer_scale
    by_criterion = {
        criterion.id: _tally(criterion.id, sets, scale) for criterion in pack.criteria()
    }
    by_standard: dict[str, Score] = {}

    def visit(standard: Standard) -> Score:
        score = pooled(by_criterion[c.id] for c in standard.criteria)
        score += pooled(visit(child) for child in standard.children)
        by_standard[standard.number] = score
        return score

    overall = pooled(visit(standard) for standard in pack.standards)
    return RoundScores(
        overall=overall,
        by_standard=by_standard,
        by_criterion=by_criterion,
        respondents=len(answer_sets),
    )


def _tally(criterion_id: str, sets: Sequence[AnswerSet], scale: AnswerScale) -> Score:
    """One criterion's Score over several answer sets, counted without building a Score each.

    The same rules as score_answer (which the tests hold it to), in a loop that a round with
    many respondents, rescored on every change, can afford.
    """
    met = Fraction(0)
    applicable = not_applicable = unanswered = 0
    for answer_set in sets:
        option = effective_option(answer_set.get(criterion_id), scale)
        if option is None:
            unanswered += 1
        elif option.score is None:
            not_applicable += 1
        else:
            applicable += 1
            if option.score:
                met += _exact(option.score)
    return Score(met, applicable, not_applicable, unanswered)


_EXACT: dict[float, Fraction] = {}


def _exact(value: float) -> Fraction:
    # Scale scores are few (1, 0, maybe 0.5): each is turned into a Fraction once.
    found = _EXACT.get(value)
    if found is None:
        found = _EXACT[value] = Fraction(value)
    return found


def score_consensus(pack: Pack, answers: Iterable[Answer]) -> RoundScores:
    """The team's (consensus) score of a round: its answers without a respondent."""
    consensus = index_answers(answers).get(None, {})
    return score_answer_sets(pack, [consensus])


@dataclass(frozen=True)
class PerspectiveScores:
    """Scores by perspective, pooled over that perspective's respondents."""

    by_perspective: Mapping[str, RoundScores]
    by_respondent: Mapping[str, RoundScores] = field(default_factory=dict)

    def respondents_mean(self) -> float | None:
        """Mean of the respondents' overall percentages (respondents with none left out)."""
        values = [p for s in self.by_respondent.values() if (p := s.overall.percent) is not None]
        return sum(values) / len(values) if values else None


def score_perspectives(
    pack: Pack,
    respondents: Iterable[Respondent],
    answers: Iterable[Answer],
    *,
    per_respondent: bool = True,
) -> PerspectiveScores:
    """Per perspective of the pack (those with respondents) and, unless told not to (an
    export needs only the perspectives), per respondent."""
    grouped = index_answers(answers)
    members: dict[str, list[AnswerSet]] = {}
    by_respondent: dict[str, RoundScores] = {}
    for respondent in respondents:
        answer_set = grouped.get(respondent.id, {})
        members.setdefault(respondent.perspective, []).append(answer_set)
        if per_respondent:
            by_respondent[respondent.id] = score_answer_sets(pack, [answer_set])
    by_perspective = {
        p.id: score_answer_sets(pack, members[p.id]) for p in pack.perspectives if p.id in members
    }
    return PerspectiveScores(by_perspective=by_perspective, by_respondent=by_respondent)


class ScoreBasis(StrEnum):
    """Which answers a round's official score is computed from (reports name it)."""

    # The team's agreed answers: the official score as soon as one criterion is agreed.
    CONSENSUS = "consensus"
    # No agreed answer yet, only respondents' answers: all respondents pooled.
    RESPONDENTS = "respondents"


def official_basis(answers: Iterable[Answer]) -> ScoreBasis:
    """Consensus where the team has agreed any answer; the respondents' answers before that."""
    has_respondent_answers = False
    for answer in answers:
        if answer.value is None or answer.carried:
            continue
        if answer.respondent_id is None:
            return ScoreBasis.CONSENSUS
        has_respondent_answers = True
    return ScoreBasis.RESPONDENTS if has_respondent_answers else ScoreBasis.CONSENSUS


def score_respondents(pack: Pack, answers: Iterable[Answer]) -> RoundScores:
    """All respondents' answers pooled (the team's consensus answers left out)."""
    grouped = index_answers(answers)
    grouped.pop(None, None)
    return score_answer_sets(pack, list(grouped.values()))


class CriterionStatus(StrEnum):
    """Where a criterion stands in a set of answers, for badges and filters."""

    UNANSWERED = "unanswered"
    MET = "met"
    PARTLY_MET = "partly-met"
    NOT_MET = "not-met"
    NOT_APPLICABLE = "not-applicable"
    # N/A chosen but not yet justified: counts as unanswered until the reason is written
    NEEDS_JUSTIFICATION = "needs-justification"
    # Carried forward from an earlier round and not yet confirmed: counts as unanswered
    TO_CONFIRM = "to-confirm"


def criterion_status(answer: Answer | None, scale: AnswerScale) -> CriterionStatus:
    if answer is None or answer.value is None:
        return CriterionStatus.UNANSWERED
    if answer.carried:
        return CriterionStatus.TO_CONFIRM
    option = effective_option(answer, scale)
    if option is None:
        known = answer.value in scale.ids
        if known and scale.option(answer.value).requires_justification:
            return CriterionStatus.NEEDS_JUSTIFICATION
        return CriterionStatus.UNANSWERED
    if option.score is None:
        return CriterionStatus.NOT_APPLICABLE
    if option.score >= 1:
        return CriterionStatus.MET
    if option.score <= 0:
        return CriterionStatus.NOT_MET
    return CriterionStatus.PARTLY_MET
