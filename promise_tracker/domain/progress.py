"""What changed between two rounds of a unit: gains by standard and criteria met or lost.

Pure functions over scores and criterion statuses. Within one pack version criteria are
matched by id. Across versions a bridge says which criteria still mean the same: those the
crosswalk marks unchanged or reworded (under their new id); without a crosswalk, those whose
statement is word for word the same. A criterion that changed meaning is not compared but
named, so that nobody reads a changed criterion as progress or loss. A standard whose score
is missing (nothing applicable answered) in either round has no gain.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from promise_tracker.domain.entities import Answer
from promise_tracker.domain.scoring import (
    CriterionStatus,
    RoundScores,
    criterion_status,
    index_answers,
)
from promise_tracker.standards.crosswalk import Crosswalk
from promise_tracker.standards.model import Pack


def consensus_statuses(pack: Pack, answers: Iterable[Answer]) -> dict[str, CriterionStatus]:
    """The status of every criterion of the pack in the team's (consensus) answers."""
    consensus = index_answers(answers).get(None, {})
    scale = pack.answer_scale
    return {c.id: criterion_status(consensus.get(c.id), scale) for c in pack.criteria()}


@dataclass(frozen=True)
class VersionBridge:
    """How the criteria of an earlier round's pack version meet those of a later one."""

    carried: Mapping[str, str]  # earlier id -> later id, for criteria that mean the same
    not_comparable: frozenset[str]  # later ids whose earlier answers do not mean the same

    def statuses(self, earlier: Mapping[str, CriterionStatus]) -> dict[str, CriterionStatus]:
        """Earlier statuses under the later version's ids (comparable criteria only)."""
        return {new: earlier[old] for old, new in self.carried.items() if old in earlier}


def version_bridge(earlier: Pack, later: Pack, crosswalk: Crosswalk | None) -> VersionBridge:
    """The bridge from the pack `earlier` to the pack `later`.

    The same pack content: every criterion is itself. Another version of it with a crosswalk:
    what the crosswalk carries. Otherwise (no crosswalk, or another pack): only criteria with
    the same id and the same statement in every language count as the same.
    """
    later_ids = [c.id for c in later.criteria()]
    if earlier.content_hash == later.content_hash:
        return VersionBridge({i: i for i in later_ids}, frozenset())
    if crosswalk is not None:
        carried = {old: new for old, new in crosswalk.carried().items() if later.has_criterion(new)}
    else:
        carried = {
            c.id: c.id
            for c in earlier.criteria()
            if later.has_criterion(c.id) and later.criterion(c.id).statement == c.statement
        }
    reached = set(carried.values())
    return VersionBridge(carried, frozenset(i for i in later_ids if i not in reached))


def bridge_between(
    source: Pack, target: Pack, crosswalk: Callable[[str, str, str], Crosswalk | None]
) -> VersionBridge | None:
    """The bridge from the criteria of `source` to those of `target`, whichever is newer;
    None when they are the same content. `crosswalk(pack_id, older, newer)` finds the way
    between two versions of a pack (PackRegistry.crosswalk)."""
    from promise_tracker.standards.registry import version_key

    if source.content_hash == target.content_hash:
        return None
    if source.id != target.id or source.version == target.version:
        return version_bridge(source, target, None)
    if version_key(source.version) < version_key(target.version):
        return version_bridge(source, target, crosswalk(source.id, source.version, target.version))
    backward = crosswalk(source.id, target.version, source.version)
    if backward is None:
        return version_bridge(source, target, None)
    carried = {
        new: old
        for old, new in backward.carried().items()
        if source.has_criterion(new) and target.has_criterion(old)
    }
    reached = set(carried.values())
    return VersionBridge(carried, frozenset(c.id for c in target.criteria() if c.id not in reached))


@dataclass(frozen=True)
class RoundSnapshot:
    """A round's consensus scores and criterion statuses: what since_last_round compares."""

    scores: RoundScores
    statuses: Mapping[str, CriterionStatus]


@dataclass(frozen=True)
class StandardGain:
    """An assessed unit whose percentage rose, in percentage points."""

    number: str
    previous: float
    current: float

    @property
    def gain(self) -> float:
        return self.current - self.previous


@dataclass(frozen=True)
class Progress:
    """Changes from one round to the next, all in the current pack's order."""

    overall_previous: float | None
    overall_current: float | None
    most_improved: tuple[StandardGain, ...]  # gains > 0 only, largest first
    newly_met: tuple[str, ...]  # criterion ids: not met before (any other status), met now
    newly_unmet: tuple[str, ...]  # met before, not met now
    persistent_gaps: tuple[str, ...]  # not met in both rounds
    # Criteria of the current version whose meaning changed since the earlier round's
    # version (or that are new): not compared, in the current pack's order.
    not_comparable: tuple[str, ...] = ()

    @property
    def overall_change(self) -> float | None:
        if self.overall_previous is None or self.overall_current is None:
            return None
        return self.overall_current - self.overall_previous


def since_last_round(
    pack: Pack,
    previous: RoundSnapshot,
    current: RoundSnapshot,
    bridge: VersionBridge | None = None,
) -> Progress:
    """Compare two rounds of a unit; `pack` is the current round's pack. `bridge` leads from
    the previous round's pack version to this one (None: the same version)."""
    earlier = bridge.statuses(previous.statuses) if bridge is not None else previous.statuses
    gains = []
    for unit in pack.assessed_units():
        before_score = previous.scores.by_standard.get(unit.number)
        after_score = current.scores.by_standard.get(unit.number)
        before = before_score.percent if before_score else None
        after = after_score.percent if after_score else None
        if before is not None and after is not None and after > before:
            gains.append(StandardGain(unit.number, before, after))
    # sorted() is stable, so equal gains keep the pack's order
    gains.sort(key=lambda g: g.gain, reverse=True)

    newly_met: list[str] = []
    newly_unmet: list[str] = []
    gaps: list[str] = []
    for criterion in pack.criteria():
        before_status = earlier.get(criterion.id)
        after_status = current.statuses.get(criterion.id)
        if before_status is None or after_status is None:
            continue
        if after_status is CriterionStatus.MET and before_status is not CriterionStatus.MET:
            newly_met.append(criterion.id)
        elif before_status is CriterionStatus.MET and after_status is CriterionStatus.NOT_MET:
            newly_unmet.append(criterion.id)
        elif before_status is CriterionStatus.NOT_MET and after_status is CriterionStatus.NOT_MET:
            gaps.append(criterion.id)
    return Progress(
        overall_previous=previous.scores.overall.percent,
        overall_current=current.scores.overall.percent,
        most_improved=tuple(gains),
        newly_met=tuple(newly_met),
        newly_unmet=tuple(newly_unmet),
        persistent_gaps=tuple(gaps),
        not_comparable=tuple(
            c.id for c in pack.criteria() if bridge is not None and c.id in bridge.not_comparable
        ),
    )


class MessageKind(StrEnum):
    """What a progress sentence says; the GUI picks a translated sentence per kind."""

    OVERALL_UP = "overall-up"  # numbers: (previous %, current %, change)
    OVERALL_DOWN = "overall-down"  # numbers: (previous %, current %, change)
    OVERALL_SAME = "overall-same"  # numbers: (current %,)
    MOST_IMPROVED = "most-improved"  # ids: standard numbers; numbers: their gains
    NEWLY_MET = "newly-met"  # ids: criterion ids; numbers: (count,)
    NEWLY_UNMET = "newly-unmet"  # ids: criterion ids; numbers: (count,)
    PERSISTENT_GAPS = "persistent-gaps"  # ids: criterion ids; numbers: (count,)
    NOT_COMPARABLE = "not-comparable"  # ids: criterion ids; numbers: (count,)


@dataclass(frozen=True)
class ProgressMessage:
    """One sentence as data, so that the interface can word it in the user's language."""

    kind: MessageKind
    ids: tuple[str, ...] = ()
    numbers: tuple[float, ...] = ()


def progress_messages(progress: Progress, *, top: int = 3) -> list[ProgressMessage]:
    """The sentences worth saying about a Progress, most important first.

    `top` limits the most improved standards named. Kinds with nothing to say are left out.
    """
    messages: list[ProgressMessage] = []
    change = progress.overall_change
    if change is not None and progress.overall_previous is not None:
        current = progress.overall_current
        assert current is not None  # overall_change is None otherwise
        if round(change, 1) > 0:
            kind = MessageKind.OVERALL_UP
        elif round(change, 1) < 0:
            kind = MessageKind.OVERALL_DOWN
        else:
            kind = MessageKind.OVERALL_SAME
        numbers = (
            (current,)
            if kind is MessageKind.OVERALL_SAME
            else (
                progress.overall_previous,
                current,
                change,
            )
        )
        messages.append(ProgressMessage(kind, numbers=numbers))
    if progress.most_improved:
        best = progress.most_improved[:top]
        messages.append(
            ProgressMessage(
                MessageKind.MOST_IMPROVED,
                ids=tuple(g.number for g in best),
                numbers=tuple(g.gain for g in best),
            )
        )
    for kind, ids in (
        (MessageKind.NEWLY_MET, progress.newly_met),
        (MessageKind.NEWLY_UNMET, progress.newly_unmet),
        (MessageKind.PERSISTENT_GAPS, progress.persistent_gaps),
        (MessageKind.NOT_COMPARABLE, progress.not_comparable),
    ):
        if ids:
            messages.append(ProgressMessage(kind, ids=ids, numbers=(float(len(ids)),)))
    return messages


def _count(n: float, one: str, many: str) -> str:
    return f"{n:.0f} {one if n == 1 else many}"


def render_english(message: ProgressMessage) -> str:
    """A plain English sentence for a message (for tests, the command line and logs)."""
    ids = ", ".join(message.ids)
    n = message.numbers
    match message.kind:
        case MessageKind.OVERALL_UP:
            return f"The overall score rose from {n[0]:.0f}% to {n[1]:.0f}% (+{n[2]:.1f} points)."
        case MessageKind.OVERALL_DOWN:
            return f"The overall score fell from {n[0]:.0f}% to {n[1]:.0f}% ({n[2]:.1f} points)."
        case MessageKind.OVERALL_SAME:
            return f"The overall score stayed at {n[0]:.0f}%."
        case MessageKind.MOST_IMPROVED:
            parts = ", ".join(f"{i} (+{g:.0f})" for i, g in zip(message.ids, n, strict=True))
            return f"Most improved standards (percentage points): {parts}."
        case MessageKind.NEWLY_MET:
            return f"{_count(n[0], 'criterion', 'criteria')} newly met: {ids}."
        case MessageKind.NEWLY_UNMET:
            return f"{_count(n[0], 'criterion', 'criteria')} no longer met: {ids}."
        case MessageKind.PERSISTENT_GAPS:
            return f"{_count(n[0], 'criterion', 'criteria')} still not met: {ids}."
        case MessageKind.NOT_COMPARABLE:
            verb = "was" if n[0] == 1 else "were"
            return (
                f"{_count(n[0], 'criterion', 'criteria')} changed meaning in the new version "
                f"of the standards and {verb} not compared: {ids}."
            )


def render_english_all(progress: Progress) -> list[str]:
    return [render_english(m) for m in progress_messages(progress)]
