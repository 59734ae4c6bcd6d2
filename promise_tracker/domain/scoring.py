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
Sums are exact (integer counts over the scale's common denominator, made Fractions at the
end) so that the order of answers can never change a result.
"""

from __future__ import annotations

import math
import operator
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from fractions import Fraction
from functools import lru_cache
from typing import Final

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
        # float(100 * met / applicable) without Fraction arithmetic: Python divides integers
        # correctly rounded, so the same rational number gives the same float.
        met = self.met
        return 100 * met.numerator / (met.denominator * self.applicable)

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
    plan = _plan(pack)
    tally = _Tally(len(plan.ids))
    for answer_set in answer_sets:
        for criterion_id, answer in answer_set.items():
            position = plan.index.get(criterion_id)
            if position is not None:
                tally.add(position, _outcome(plan, answer))
    return tally.scores(plan, len(answer_sets))


# An answer's contribution to a score: the numerator of its scale score over the pack's common
# denominator (1 for yes, 0 for no), _NOT_APPLICABLE, or None when it counts as unanswered.
_NOT_APPLICABLE: Final = -1


@dataclass(frozen=True)
class _Plan:
    """What scoring needs of a pack, worked out once per pack: positions instead of ids,
    each answer option as an integer numerator over one denominator, the standards' tree."""

    ids: tuple[str, ...]
    index: Mapping[str, int]
    # option id -> (numerator or _NOT_APPLICABLE, whether it needs a written reason)
    options: Mapping[str, tuple[int, bool]]
    # each option's numerator or _NOT_APPLICABLE, in the scale's order
    kinds: tuple[int, ...]
    # (criterion id, option id) -> (position * len(kinds) + the option's place in the
    # scale, whether it needs a written reason): where score_rows counts the answer
    cells: Mapping[tuple[str, str | None], tuple[int, bool]]
    denominator: int
    # every standard and sub-standard with the positions of all criteria under it, children
    # before their parent (the order of RoundScores.by_standard)
    standards: tuple[tuple[str, tuple[int, ...]], ...]
    everything: tuple[int, ...]  # the criteria under the top standards: the overall score
    numbers: tuple[str, ...]  # the standards' numbers, in that order


_PLANS: dict[int, tuple[Pack, _Plan]] = {}


def _plan(pack: Pack) -> _Plan:
    found = _PLANS.get(id(pack))
    if found is not None and found[0] is pack:
        return found[1]
    ids = tuple(c.id for c in pack.criteria())
    index = {criterion_id: position for position, criterion_id in enumerate(ids)}
    exact = {o.id: Fraction(o.score) for o in pack.answer_scale.options if o.score is not None}
    denominator = math.lcm(1, *(value.denominator for value in exact.values()))
    options = {
        o.id: (
            _NOT_APPLICABLE if o.score is None else int(exact[o.id] * denominator),
            o.requires_justification,
        )
        for o in pack.answer_scale.options
    }

    standards: list[tuple[str, tuple[int, ...]]] = []

    def visit(standard: Standard) -> tuple[int, ...]:
        positions = tuple(index[c.id] for c in standard.criteria)
        for child in standard.children:
            positions += visit(child)
        standards.append((standard.number, positions))
        return positions

    everything = tuple(p for standard in pack.standards for p in visit(standard))
    numbers = tuple(number for number, _ in standards)
    scale = pack.answer_scale.options
    kinds = tuple(options[o.id][0] for o in scale)
    cells: dict[tuple[str, str | None], tuple[int, bool]] = {
        (criterion_id, option.id): (position * len(scale) + place, option.requires_justification)
        for criterion_id, position in index.items()
        for place, option in enumerate(scale)
    }
    plan = _Plan(
        ids, index, options, kinds, cells, denominator, tuple(standards), everything, numbers
    )
    if len(_PLANS) > 64:  # packs are few; a long session with many reloads stays bounded
        _PLANS.clear()
    _PLANS[id(pack)] = (pack, plan)
    return plan


def _outcome(plan: _Plan, answer: Answer) -> int | None:
    """The same rule as effective_option, as a number (see _NOT_APPLICABLE)."""
    return _row_outcome(plan, answer.value, answer.na_justification, answer.carried)


def _row_outcome(plan: _Plan, value: str | None, justification: str, carried: bool) -> int | None:
    if value is None or carried:
        return None
    option = plan.options.get(value)
    if option is None:
        return None  # a value the scale does not know is not guessed at
    numerator, needs_reason = option
    if needs_reason and not justification.strip():
        return None
    return numerator


class _Tally:
    """Integer counts per criterion position for one pool of answer sets."""

    __slots__ = ("applicable", "met", "not_applicable")

    def __init__(self, size: int) -> None:
        self.met = [0] * size
        self.applicable = [0] * size
        self.not_applicable = [0] * size

    def add(self, position: int, outcome: int | None) -> None:
        if outcome is None:
            return
        if outcome == _NOT_APPLICABLE:
            self.not_applicable[position] += 1
        else:
            self.applicable[position] += 1
            self.met[position] += outcome

    def scores(self, plan: _Plan, sets: int) -> RoundScores:
        """The RoundScores of `sets` answer sets pooled (no set: all unanswered once).

        Sums stay integers until the end, so the Fractions are exactly those of adding
        every answer's Score."""
        per_set = sets or 1
        met, applicable, not_applicable = self.met, self.applicable, self.not_applicable
        denominator = plan.denominator

        def pooled(positions: tuple[int, ...]) -> Score:
            a = sum(map(applicable.__getitem__, positions))
            n = sum(map(not_applicable.__getitem__, positions))
            m = sum(map(met.__getitem__, positions))
            return _score(denominator, m, a, n, per_set * len(positions) - a - n)

        def by_criterion() -> dict[str, Score]:
            return {
                criterion_id: _score(
                    denominator,
                    met[i],
                    applicable[i],
                    not_applicable[i],
                    per_set - applicable[i] - not_applicable[i],
                )
                for i, criterion_id in enumerate(plan.ids)
            }

        return RoundScores(
            overall=pooled(plan.everything),
            by_standard=_Scores(
                plan.numbers, lambda: {number: pooled(p) for number, p in plan.standards}
            ),
            by_criterion=_Scores(plan.ids, by_criterion),
            respondents=sets,
        )


class _Scores(Mapping[str, Score]):
    """Scores by standard or criterion, worked out on first use: a summary of many rounds
    reads only some of them (a perspective's overall score, the consensus' standards).
    The counts they come from are not changed afterwards."""

    def __init__(self, keys: tuple[str, ...], compute: Callable[[], dict[str, Score]]) -> None:
        self._keys = keys
        self._compute: Callable[[], dict[str, Score]] | None = compute
        self._scores: dict[str, Score] = {}

    def _all(self) -> dict[str, Score]:
        if self._compute is not None:
            self._scores, self._compute = self._compute(), None
        return self._scores

    def __getitem__(self, key: str) -> Score:
        return self._all()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)

    def __repr__(self) -> str:
        return repr(self._all())


@lru_cache(maxsize=8192)
def _score(
    denominator: int, met: int, applicable: int, not_applicable: int, unanswered: int
) -> Score:
    # Scores repeat a lot (every criterion answered "yes" by one set is the same Score).
    return Score(Fraction(met, denominator), applicable, not_applicable, unanswered)


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


# One answer as a database row holds what scoring needs of it: respondent id (None: the team's
# consensus), criterion id, value, N/A justification, carried forward.
ScoreRow = tuple[str | None, str, str | None, str, bool]


@dataclass(frozen=True)
class RoundFigures:
    """A round's consensus score, its perspectives' pooled scores and the respondents' mean:
    what a summary of many rounds shows, computed without scoring each respondent apart."""

    consensus: RoundScores
    by_perspective: Mapping[str, RoundScores]
    respondents_mean: float | None


def score_rows(
    pack: Pack, respondents: Iterable[Respondent], rows: Iterable[ScoreRow]
) -> RoundFigures:
    """The same figures as score_consensus, score_perspectives(...).by_perspective and
    .respondents_mean(), from plain rows holding at most one answer per respondent and
    criterion (as the database keeps them), in one pass and in integers."""
    plan = _plan(pack)
    people = list(respondents)
    # One block of counts per answer set (the team's first, then each respondent's): how
    # many answers of each criterion chose each option (see count_cells).
    block = len(plan.ids) * len(plan.kinds)
    start_of: dict[str | None, int] = {None: 0}
    for number, person_id in enumerate(dict.fromkeys(r.id for r in people), start=1):
        start_of[person_id] = number * block
    counts = [0] * (block * len(start_of))
    cell_of = plan.cells.get
    block_of = start_of.get
    for respondent_id, criterion_id, value, justification, carried in rows:
        found = cell_of((criterion_id, value))
        if found is None or carried:
            continue  # no answer, or one the scale or pack does not know: unanswered
        start = block_of(respondent_id)
        if start is None:
            continue  # not one of the round's respondents
        offset, needs_reason = found
        if needs_reason and not justification.strip():
            continue
        counts[start + offset] += 1
    return score_counts(pack, people, counts, start_of)


def count_cells(pack: Pack) -> Mapping[tuple[str, str | None], tuple[int, bool]]:
    """Where score_counts counts an answer: (criterion id, option id) -> (offset in an
    answer set's block of counts, whether the option counts only with a written reason)."""
    return _plan(pack).cells


def count_block(pack: Pack) -> int:
    """The length of one answer set's block of counts (see count_cells)."""
    plan = _plan(pack)
    return len(plan.ids) * len(plan.kinds)


def score_counts(
    pack: Pack,
    respondents: Iterable[Respondent],
    counts: list[int],
    start_of: Mapping[str | None, int],
) -> RoundFigures:
    """score_rows' figures from answers already counted: `counts` holds at start_of[None]
    the block of the team's answers and at start_of[respondent id] each respondent's, every
    block count_block(pack) long, each answer counted at its cell (count_cells) once it
    counts at all: not carried forward, and justified where its option needs a reason."""
    plan = _plan(pack)
    people = list(respondents)
    ids = list(dict.fromkeys(r.id for r in people))  # each respondent once, in order
    block = len(plan.ids) * len(plan.kinds)
    blocks = {key: counts[start : start + block] for key, start in start_of.items()}
    members: dict[str, list[str]] = {}
    for person in people:
        members.setdefault(person.perspective, []).append(person.id)
    by_perspective = {}
    for perspective in pack.perspectives:
        if perspective.id in members:
            first, *others = dict.fromkeys(members[perspective.id])
            pooled_counts = blocks[first]  # only read, never changed
            for member in others:
                pooled_counts = list(map(operator.add, pooled_counts, blocks[member]))
            by_perspective[perspective.id] = _tally_of(plan, pooled_counts).scores(
                plan, len(members[perspective.id])
            )
    # The mean of the respondents' overall percentages, in the respondents' order (so that
    # the float sum is the one PerspectiveScores.respondents_mean makes).
    percents = []
    for person_id in ids:
        own = blocks[person_id]
        met = applicable = 0
        for kind, numerator in enumerate(plan.kinds):
            if numerator != _NOT_APPLICABLE:
                chosen_count = sum(own[kind :: len(plan.kinds)])
                applicable += chosen_count
                met += numerator * chosen_count
        if applicable:
            # float(Fraction(100 * met, denominator * applicable)): Python divides integers
            # correctly rounded, so the same rational number gives the same float.
            percents.append(100 * met / (plan.denominator * applicable))
    mean = sum(percents) / len(percents) if percents else None
    return RoundFigures(_tally_of(plan, blocks[None]).scores(plan, 1), by_perspective, mean)


def _tally_of(plan: _Plan, counts: list[int]) -> _Tally:
    """The tally of a block of counts per criterion and option (see score_rows)."""
    tally = _Tally(len(plan.ids))
    width = len(plan.kinds)
    for kind, numerator in enumerate(plan.kinds):
        column = counts[kind::width]
        if numerator == _NOT_APPLICABLE:
            tally.not_applicable = list(map(operator.add, tally.not_applicable, column))
        else:
            tally.applicable = list(map(operator.add, tally.applicable, column))
            if numerator:
                met = [numerator * n for n in column] if numerator != 1 else column
                tally.met = list(map(operator.add, tally.met, met))
    return tally


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
