"""Where a team's respondents disagree: spread of answers, a disagreement measure, what to discuss.

Rules:
- A respondent's answer counts as the option they chose, even an N/A whose justification is
  still missing (it is their view all the same). N/A is an option of its own. A blank answer,
  or a value the scale does not know, counts as unanswered and is left out of the measure.
- Disagreement of a criterion is the normalised Shannon entropy of its answers over the k
  options of the scale: H / ln(k), where H = -sum(p_i ln p_i) over the shares p_i of the
  options chosen. It is 0 when everyone who answered chose the same option (or at most one
  person answered), grows as answers spread, and is 1 when the answers split evenly over every
  option. Entropy, unlike "1 - share of the most common answer", also tells a 4-4-0 split
  (0.63) from a 4-2-2 split (0.95). It depends only on the shares, so a larger team that splits
  the same way scores the same.
- Perspectives disagree with each other when two perspectives' leading answers (the options
  most of their respondents chose, ties kept) have nothing in common. Only answers that count
  in the score are compared: a perspective answering "not applicable" mostly says it cannot
  judge, which is no contrary view. The perspective gap is the largest difference between the
  perspectives' mean scale scores (0..1).
- A standard's disagreement is the mean of its criteria's, over criteria somebody answered.
- The needs-discussion list holds every criterion with some disagreement or with perspectives
  disagreeing, most disagreement first; ties keep pack order.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from promise_tracker.domain.entities import Answer, Respondent
from promise_tracker.domain.scoring import (
    RoundScores,
    Score,
    ScoreBasis,
    index_answers,
    official_basis,
    score_consensus,
    score_perspectives,
)
from promise_tracker.standards.model import AnswerScale, Pack, Standard


@dataclass(frozen=True)
class Spread:
    """How many chose each option of the scale (in scale order), and how many did not answer."""

    counts: tuple[tuple[str, int], ...]
    unanswered: int = 0

    def count(self, option_id: str) -> int:
        return dict(self.counts).get(option_id, 0)

    @property
    def answered(self) -> int:
        return sum(n for _, n in self.counts)

    @property
    def total(self) -> int:
        return self.answered + self.unanswered

    def share(self, option_id: str) -> float:
        """Share of those who answered that chose the option (0 when nobody answered)."""
        answered = self.answered
        return self.count(option_id) / answered if answered else 0.0

    @property
    def leading(self) -> tuple[str, ...]:
        """The option(s) chosen most often, in scale order; empty when nobody answered."""
        top = max((n for _, n in self.counts), default=0)
        return tuple(option for option, n in self.counts if n == top and n > 0)

    @property
    def disagreement(self) -> float:
        return disagreement(self)


def spread_of(values: Iterable[str | None], scale: AnswerScale) -> Spread:
    """Tally answer values (None or unknown values count as unanswered)."""
    counts = dict.fromkeys(scale.ids, 0)
    unanswered = 0
    for value in values:
        if value is not None and value in counts:
            counts[value] += 1
        else:
            unanswered += 1
    return Spread(tuple(counts.items()), unanswered)


def disagreement(spread: Spread) -> float:
    """Normalised entropy of the answers over the scale's options, in [0, 1] (see module doc)."""
    answered = spread.answered
    k = len(spread.counts)
    if answered <= 1 or k <= 1:
        return 0.0
    entropy = 0.0
    for _, n in spread.counts:
        if n:
            p = n / answered
            entropy -= p * math.log(p)
    value = entropy / math.log(k)
    # Rounding may leave 1e-16 below 0 or above 1; the measure is defined in [0, 1].
    return min(1.0, max(0.0, value))


@dataclass(frozen=True)
class CriterionSpread:
    """One criterion's answers across the team: overall, by perspective, how much they differ."""

    criterion_id: str
    overall: Spread
    by_perspective: Mapping[str, Spread]  # perspectives with respondents, in pack order
    disagreement: float
    perspectives_disagree: bool
    perspective_gap: float | None  # None when fewer than two perspectives have scored answers

    @property
    def answered(self) -> int:
        return self.overall.answered


def _mean_score(spread: Spread, scale: AnswerScale) -> float | None:
    scored = [(scale.option(o).score, n) for o, n in spread.counts if n]
    pairs = [(s, n) for s, n in scored if s is not None]
    weight = sum(n for _, n in pairs)
    if not weight:
        return None
    return sum(s * n for s, n in pairs) / weight


def _scored_leading(spread: Spread, scale: AnswerScale) -> frozenset[str]:
    scored = [(o, n) for o, n in spread.counts if scale.option(o).counts_in_score and n]
    top = max((n for _, n in scored), default=0)
    return frozenset(o for o, n in scored if n == top)


def criterion_spreads(
    pack: Pack, respondents: Sequence[Respondent], answers: Iterable[Answer]
) -> dict[str, CriterionSpread]:
    """Every criterion of the pack (in pack order) with its respondents' spread of answers.

    The team's consensus answers (respondent_id None) are not part of the spread.
    """
    scale = pack.answer_scale
    grouped = index_answers(answers)
    perspective_order = [p.id for p in pack.perspectives]
    members: dict[str, list[Respondent]] = {}
    for respondent in respondents:
        members.setdefault(respondent.perspective, []).append(respondent)
    ordered = sorted(
        members,
        key=lambda p: (
            perspective_order.index(p) if p in perspective_order else len(perspective_order)
        ),
    )
    result: dict[str, CriterionSpread] = {}
    for criterion in pack.criteria():
        cid = criterion.id

        def values(people: Iterable[Respondent], cid: str = cid) -> list[str | None]:
            found = []
            for person in people:
                own = grouped.get(person.id, {}).get(cid)
                found.append(own.value if own is not None else None)
            return found

        overall = spread_of(values(respondents), scale)
        by_perspective = {p: spread_of(values(members[p]), scale) for p in ordered}
        leading = [_scored_leading(s, scale) for s in by_perspective.values()]
        leading = [lead for lead in leading if lead]
        clash = any(not (a & b) for i, a in enumerate(leading) for b in leading[i + 1 :])
        means = [m for s in by_perspective.values() if (m := _mean_score(s, scale)) is not None]
        gap = max(means) - min(means) if len(means) >= 2 else None
        result[cid] = CriterionSpread(
            criterion_id=cid,
            overall=overall,
            by_perspective=by_perspective,
            disagreement=disagreement(overall),
            perspectives_disagree=clash,
            perspective_gap=gap,
        )
    return result


def standard_disagreement(
    pack: Pack, spreads: Mapping[str, CriterionSpread]
) -> dict[str, float | None]:
    """Mean disagreement of every standard and sub-standard (by number) over its answered
    criteria; None where nobody answered any of them."""
    result: dict[str, float | None] = {}
    stack: list[Standard] = list(pack.standards)
    while stack:
        standard = stack.pop()
        stack.extend(standard.children)
        values = [
            spreads[c.id].disagreement
            for c in standard.all_criteria()
            if c.id in spreads and spreads[c.id].answered
        ]
        result[standard.number] = sum(values) / len(values) if values else None
    return result


@dataclass(frozen=True)
class DiscussionItem:
    """A criterion the team should talk about, with why."""

    criterion_id: str
    disagreement: float
    perspectives_disagree: bool
    position: int  # index in pack order


def needs_discussion(
    pack: Pack, spreads: Mapping[str, CriterionSpread], threshold: float = 0.0
) -> list[DiscussionItem]:
    """Criteria whose disagreement exceeds `threshold` or whose perspectives disagree, most
    disagreement first; ties keep pack order."""
    items = []
    for position, criterion in enumerate(pack.criteria()):
        spread = spreads.get(criterion.id)
        if spread is None:
            continue
        if spread.disagreement > threshold or spread.perspectives_disagree:
            items.append(
                DiscussionItem(
                    criterion.id, spread.disagreement, spread.perspectives_disagree, position
                )
            )
    items.sort(key=lambda item: (-item.disagreement, item.position))
    return items


def discussion_order(pack: Pack, spreads: Mapping[str, CriterionSpread]) -> list[str]:
    """Every criterion: those needing discussion first (in that list's order), then the rest
    in pack order (the order a consensus meeting can walk through)."""
    first = [item.criterion_id for item in needs_discussion(pack, spreads)]
    chosen = set(first)
    return first + [c.id for c in pack.criteria() if c.id not in chosen]


# --- scores side by side ------------------------------------------------------------------------


@dataclass(frozen=True)
class ScoreRow:
    """One standard's (or the whole round's) scores as percentages, side by side."""

    number: str  # "" for the whole round
    by_perspective: Mapping[str, float | None]
    respondents_mean: float | None  # mean of the respondents' own percentages
    consensus: float | None
    disagreement: float | None


@dataclass(frozen=True)
class ScoreComparison:
    perspectives: tuple[str, ...]  # perspective ids with respondents, in pack order
    rows: tuple[ScoreRow, ...]  # the assessed units, in pack order
    overall: ScoreRow
    basis: ScoreBasis  # what the round's official score is computed from


def _mean(values: Iterable[float | None]) -> float | None:
    found = [v for v in values if v is not None]
    return sum(found) / len(found) if found else None


def compare_scores(
    pack: Pack,
    respondents: Sequence[Respondent],
    answers: Iterable[Answer],
    spreads: Mapping[str, CriterionSpread] | None = None,
) -> ScoreComparison:
    """Per-perspective scores beside the respondents' mean and the consensus, per standard."""
    rows_of_answers = list(answers)
    perspectives = score_perspectives(pack, respondents, rows_of_answers)
    consensus = score_consensus(pack, rows_of_answers)
    if spreads is None:
        spreads = criterion_spreads(pack, respondents, rows_of_answers)
    by_standard = standard_disagreement(pack, spreads)
    ids = tuple(perspectives.by_perspective)
    overall_disagreement = _mean(s.disagreement for s in spreads.values() if s.answered)

    def row(number: str) -> ScoreRow:
        def pick(scores: RoundScores) -> Score:
            return scores.by_standard[number] if number else scores.overall

        return ScoreRow(
            number=number,
            by_perspective={p: pick(perspectives.by_perspective[p]).percent for p in ids},
            respondents_mean=_mean(pick(s).percent for s in perspectives.by_respondent.values()),
            consensus=pick(consensus).percent,
            disagreement=by_standard.get(number) if number else overall_disagreement,
        )

    return ScoreComparison(
        perspectives=ids,
        rows=tuple(row(unit.number) for unit in pack.assessed_units()),
        overall=row(""),
        basis=official_basis(rows_of_answers),
    )


# --- respondents' notes -------------------------------------------------------------------------


@dataclass(frozen=True)
class RespondentNote:
    """What one respondent answered to a criterion, with their note or N/A reason."""

    respondent_id: str
    number: int  # 1-based position of the respondent in the round, for "Respondent 3"
    alias: str
    perspective: str
    value: str | None
    note: str
    na_justification: str


def respondent_notes(
    criterion_id: str, respondents: Sequence[Respondent], answers: Iterable[Answer]
) -> list[RespondentNote]:
    """The respondents who wrote something about a criterion (a note or an N/A reason), in the
    round's respondent order."""
    mine = {
        a.respondent_id: a
        for a in answers
        if a.criterion_id == criterion_id and a.respondent_id is not None
    }
    found = []
    for number, respondent in enumerate(respondents, start=1):
        answer = mine.get(respondent.id)
        if answer is None:
            continue
        note, reason = answer.note.strip(), answer.na_justification.strip()
        if not note and not reason:
            continue
        found.append(
            RespondentNote(
                respondent.id,
                number,
                respondent.alias,
                respondent.perspective,
                answer.value,
                note,
                reason,
            )
        )
    return found
