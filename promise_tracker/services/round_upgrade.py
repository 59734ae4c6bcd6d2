"""Moving a draft round to a newer version of its standards pack, through the crosswalk.

A round records the exact pack version it is assessed with. When a newer version is installed
with a crosswalk leading to it, a draft round can move to it: the crosswalk says, criterion by
criterion, which answers still mean the same (unchanged, reworded: kept, under the new id
where the criterion was renamed) and which do not (changed, split, merged: answered again;
retired: no successor). `plan_upgrade` shows that beforehand and writes nothing;
`upgrade_round` backs up the database first, then rewrites the round in one transaction.

What happens to everything keyed by criterion in the round:

- answers (the team's and every respondent's, with their evidence notes, N/A reasons, flags,
  dissent and "to confirm" state): kept and renamed when comparable, removed otherwise, since
  an answer to another question would be counted as if it answered the new one;
- barriers (what keeps a criterion from being met): they explain an answer, so they follow it:
  moved with a kept answer, removed with a removed one;
- actions planned in this round: an action is part of the unit's plan, not of the answer, so it
  is never removed; it follows its criterion when that leads to exactly one criterion of the new
  version (renamed, merged), and keeps its id otherwise (split, retired), where the action plan
  still lists it. Actions planned in other rounds are not touched.

Finalised rounds are never rewritten: they stay on the version they were assessed with, so
what was reported stays what the database holds. The backup made first is a manual backup in
the data folder's backups (never rotated away): restoring it undoes the upgrade.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from promise_tracker.domain.entities import Round
from promise_tracker.errors import PackError, ValidationError
from promise_tracker.i18n import translate
from promise_tracker.standards.crosswalk import Change, CriterionChange, Crosswalk
from promise_tracker.standards.model import LocalizedText, Pack
from promise_tracker.standards.registry import PackRegistry, version_key
from promise_tracker.storage.database import Database

if TYPE_CHECKING:
    from promise_tracker.domain.entities import Answer
    from promise_tracker.services.workspace import Workspace
    from promise_tracker.storage.uow import UnitOfWork

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CriterionLine:
    """One criterion of the preview: its id and statement (in the new version, or the old one
    for a retired criterion), where it comes from and how many answers it keeps or loses."""

    criterion_id: str
    statement: LocalizedText
    # The old criteria it comes from, with what became of each; () for a new criterion.
    sources: tuple[CriterionChange, ...]
    answers: int  # kept: answers carried over; to answer again / retired: answers removed

    @property
    def renamed_from(self) -> str | None:
        """The old id when a kept criterion now has another id."""
        if len(self.sources) == 1 and self.sources[0].old_id != self.criterion_id:
            return self.sources[0].old_id
        return None


@dataclass(frozen=True)
class UpgradePlan:
    """What upgrading the round would do; nothing is written to make it."""

    round: Round
    from_pack: Pack
    to_pack: Pack
    crosswalk: Crosswalk
    kept: tuple[CriterionLine, ...]  # comparable criteria, whose answers carry over
    to_answer: tuple[CriterionLine, ...]  # changed, split, merged and new criteria
    retired: tuple[CriterionLine, ...]  # old criteria without a successor
    moves: Mapping[str, str]  # old id -> new id of every kept criterion
    answers_kept: int
    answers_removed: int
    barriers_removed: int

    @property
    def removed_ids(self) -> frozenset[str]:
        """The old criteria whose answers leave the round."""
        return frozenset(
            change.old_id
            for line in (*self.to_answer, *self.retired)
            for change in line.sources
            if change.old_id not in self.moves
        )


@dataclass(frozen=True)
class UpgradeResult:
    """What upgrade_round did."""

    plan: UpgradePlan
    round: Round  # as stored now, on the new version
    # The database as it was before (restoring it undoes the upgrade); None on a server,
    # whose backups are made with pg_dump by its administrator.
    backup: Path | None
    answers_kept: int
    answers_removed: int
    barriers_moved: int
    barriers_removed: int
    actions_moved: int


class RoundUpgradeService:
    """Previews and performs the move of a draft round to a newer pack version."""

    def __init__(
        self, database: Database, packs: PackRegistry, make_backup: Callable[[], Path | None]
    ) -> None:
        self._db = database
        self.packs = packs
        self._make_backup = make_backup

    @classmethod
    def for_workspace(cls, workspace: Workspace) -> RoundUpgradeService:
        """The service for an open data folder; backups go to its backups folder (none for
        a database on a server: its backups are its administrator's, made with pg_dump)."""
        from promise_tracker.services.backups import make_backup

        paths = workspace.paths
        if workspace.database.path is None:
            return cls(workspace.database, workspace.packs, lambda: None)
        return cls(workspace.database, workspace.packs, lambda: make_backup(paths))

    def newer_versions(self, assessment_round: Round) -> list[str]:
        """The installed versions of the round's pack a draft round can move to, oldest first
        (each newer than the round's and reached by a crosswalk); [] for a finalised round."""
        if assessment_round.is_finalised:
            return []
        current = version_key(assessment_round.pack_version)
        return [
            pack.version
            for pack in self.packs.packs()
            if pack.id == assessment_round.pack_id
            and version_key(pack.version) > current
            and self.packs.crosswalk(pack.id, assessment_round.pack_version, pack.version)
            is not None
        ]

    def plan_upgrade(self, round_id: str, to_version: str) -> UpgradePlan:
        """What moving the round to `to_version` of its pack would keep, ask again and remove.

        Raises ValidationError (finalised round, version not newer, no crosswalk) or PackError
        (a pack not installed) with a message saying what to do; nothing is written.
        """
        with self._db.unit_of_work() as uow:
            return self._plan(uow, round_id, to_version)

    def upgrade_round(self, round_id: str, to_version: str) -> UpgradeResult:
        """Back up the database, then move the round to `to_version` in one transaction.

        Refused as plan_upgrade refuses, before any backup is made. If the backup fails,
        nothing is changed.
        """
        self.plan_upgrade(round_id, to_version)  # refuse before making a backup
        backup = self._make_backup()
        with self._db.unit_of_work() as uow:
            # Planned again inside the transaction: the answers are those rewritten.
            plan = self._plan(uow, round_id, to_version)
            old = plan.round
            removed = plan.removed_ids
            answers_removed = 0
            for answer in uow.answers.list_for_round(round_id):
                if answer.criterion_id not in plan.moves:
                    answers_removed += uow.answers.delete(
                        round_id, answer.criterion_id, answer.respondent_id
                    )
            barriers_removed = 0
            for barrier in uow.barriers.list_for_round(round_id):
                if barrier.criterion_id not in plan.moves:
                    barriers_removed += uow.barriers.delete(round_id, barrier.criterion_id)
            answers_kept = len(uow.answers.list_for_round(round_id))
            uow.answers.move_criteria(round_id, plan.moves)
            barriers_moved = uow.barriers.move_criteria(round_id, plan.moves)
            actions_moved = 0
            successors = _single_successors(plan.crosswalk)
            for action in uow.actions.list_for_unit(old.unit_id):
                target = successors.get(action.criterion_id)
                if action.round_id == round_id and target and target != action.criterion_id:
                    uow.actions.update(replace(action, criterion_id=target))
                    actions_moved += 1
            stored = uow.rounds.update(
                replace(old, pack_version=plan.to_pack.version, pack_hash=plan.to_pack.content_hash)
            )
            uow.commit()
        log.info(
            "Round %s moved from %s %s to %s: %d answers kept, %d removed (%s), backup %s",
            round_id,
            old.pack_id,
            old.pack_version,
            stored.pack_version,
            answers_kept,
            answers_removed,
            ", ".join(sorted(removed)) or "none",
            backup,
        )
        return UpgradeResult(
            plan=plan,
            round=stored,
            backup=backup,
            answers_kept=answers_kept,
            answers_removed=answers_removed,
            barriers_moved=barriers_moved,
            barriers_removed=barriers_removed,
            actions_moved=actions_moved,
        )

    # --- planning ---------------------------------------------------------------------------

    def _plan(self, uow: UnitOfWork, round_id: str, to_version: str) -> UpgradePlan:
        assessment_round = uow.rounds.get(round_id)
        title, pack_id, current = (
            assessment_round.title,
            assessment_round.pack_id,
            assessment_round.pack_version,
        )
        if assessment_round.is_finalised:
            raise ValidationError(
                translate(
                    "RoundUpgrade",
                    "The round “{title}” is finalised. Finalised rounds stay on the version "
                    "they were assessed with; to assess with version {version}, start a new "
                    "round with it. Nothing was changed.",
                ).format(title=title, version=to_version)
            )
        if version_key(to_version) <= version_key(current):
            raise ValidationError(
                translate(
                    "RoundUpgrade",
                    "The round “{title}” uses version {current} of {pack}; choose a newer "
                    "version than that to upgrade to. Nothing was changed.",
                ).format(title=title, current=current, pack=pack_id)
            )
        from_pack = self._installed_pack(assessment_round)
        to_pack = self._target_pack(pack_id, to_version)
        crosswalk = self.packs.crosswalk(pack_id, current, to_version)
        if crosswalk is None:
            raise ValidationError(
                translate(
                    "RoundUpgrade",
                    "No crosswalk leads from version {current} to version {version} of {pack}, "
                    "so it is not known which answers still apply. Add the crosswalk file that "
                    "comes with the new version to the packs folder, or start a new round with "
                    "version {version}. Nothing was changed.",
                ).format(current=current, version=to_version, pack=pack_id)
            )
        _check_crosswalk(crosswalk, from_pack, to_pack)
        answers = uow.answers.list_for_round(round_id)
        _check_answers_fit(answers, to_pack)
        _check_perspectives(uow, round_id, to_pack)
        barriers = {b.criterion_id for b in uow.barriers.list_for_round(round_id)}
        return _build_plan(assessment_round, from_pack, to_pack, crosswalk, answers, barriers)

    def _installed_pack(self, assessment_round: Round) -> Pack:
        found = self.packs.find(
            assessment_round.pack_id, assessment_round.pack_version, assessment_round.pack_hash
        )
        if found is None:
            raise PackError(
                translate(
                    "RoundUpgrade",
                    "The round “{title}” was made with {pack} {version}, which is not installed "
                    "here, so its answers cannot be matched to the new version. Add that pack "
                    "file to the packs folder, then try again. Nothing was changed.",
                ).format(
                    title=assessment_round.title,
                    pack=assessment_round.pack_id,
                    version=assessment_round.pack_version,
                )
            )
        return found

    def _target_pack(self, pack_id: str, version: str) -> Pack:
        for pack in self.packs.packs():
            if pack.id == pack_id and pack.version == version:
                return pack
        raise PackError(
            translate(
                "RoundUpgrade",
                "Version {version} of the standards pack {pack} is not installed. Add its "
                "file to the packs folder, then try again. Nothing was changed.",
            ).format(version=version, pack=pack_id)
        )


def _build_plan(
    assessment_round: Round,
    from_pack: Pack,
    to_pack: Pack,
    crosswalk: Crosswalk,
    answers: list[Answer],
    barriers: set[str],
) -> UpgradePlan:
    per_criterion = Counter(answer.criterion_id for answer in answers)
    carried = crosswalk.carried()
    # Two old criteria reworded into one new id would be a merge written as rewording: their
    # answers could not both be kept, so that criterion is answered again.
    targets = Counter(carried.values())
    moves = {old: new for old, new in carried.items() if targets[new] == 1}
    kept = tuple(
        CriterionLine(
            new,
            to_pack.criterion(new).statement,
            (_change_of(crosswalk, old),),
            per_criterion[old],
        )
        for old, new in moves.items()
    )
    kept_new = set(moves.values())
    again_ids = [i for i in crosswalk.not_comparable() if i not in kept_new]
    again_ids += [i for i in targets if targets[i] > 1 and i not in again_ids]
    # A criterion of the new version the crosswalk forgot is still there to be answered.
    again_ids += [
        c.id for c in to_pack.criteria() if c.id not in kept_new and c.id not in again_ids
    ]
    to_answer = tuple(
        CriterionLine(
            new_id,
            to_pack.criterion(new_id).statement,
            crosswalk.sources(new_id),
            sum(
                per_criterion[s.old_id] for s in crosswalk.sources(new_id) if s.old_id not in moves
            ),
        )
        for new_id in again_ids
    )
    retired = tuple(
        CriterionLine(
            change.old_id,
            from_pack.criterion(change.old_id).statement,
            (change,),
            per_criterion[change.old_id],
        )
        for change in crosswalk.changes
        if not change.into
    )
    answers_kept = sum(per_criterion[old] for old in moves)
    return UpgradePlan(
        round=assessment_round,
        from_pack=from_pack,
        to_pack=to_pack,
        crosswalk=crosswalk,
        kept=kept,
        to_answer=to_answer,
        retired=retired,
        moves=moves,
        answers_kept=answers_kept,
        answers_removed=len(answers) - answers_kept,
        barriers_removed=len(barriers - set(moves)),
    )


def _change_of(crosswalk: Crosswalk, old_id: str) -> CriterionChange:
    change = crosswalk.change_of(old_id)
    assert change is not None  # carried() only names criteria the crosswalk knows
    return change


def _single_successors(crosswalk: Crosswalk) -> dict[str, str]:
    """Old id -> the one new criterion it leads to (renamed, reworded, changed, merged)."""
    return {
        c.old_id: c.into[0]
        for c in crosswalk.changes
        if len(c.into) == 1 and c.change != Change.SPLIT
    }


def _check_crosswalk(crosswalk: Crosswalk, from_pack: Pack, to_pack: Pack) -> None:
    """A crosswalk that does not fit the installed packs would lose or misplace answers."""
    wrong = [c.old_id for c in crosswalk.changes if not from_pack.has_criterion(c.old_id)]
    wrong += [
        i
        for c in crosswalk.changes
        for i in c.into
        if not to_pack.has_criterion(i) and i not in wrong
    ]
    wrong += [i for i in crosswalk.new_ids if not to_pack.has_criterion(i) and i not in wrong]
    known = {c.old_id for c in crosswalk.changes}
    wrong += [c.id for c in from_pack.criteria() if c.id not in known and c.id not in wrong]
    if wrong:
        raise PackError(
            translate(
                "RoundUpgrade",
                "The crosswalk from version {current} to {version} of {pack} does not fit the "
                "installed packs (it does not account for {ids}). Check it with "
                "“promise-tracker validate”, or get it again with the pack. Nothing was "
                "changed.",
            ).format(
                current=from_pack.version,
                version=to_pack.version,
                pack=to_pack.id,
                ids=", ".join(wrong[:10]),
            )
        )


def _check_answers_fit(answers: list[Answer], to_pack: Pack) -> None:
    odd = sorted({a.value for a in answers if a.value and a.value not in to_pack.answer_scale.ids})
    if odd:
        raise ValidationError(
            translate(
                "RoundUpgrade",
                "Version {version} of {pack} has no answer “{answers}”, which this round uses. "
                "Change those answers first, or start a new round with version {version}. "
                "Nothing was changed.",
            ).format(version=to_pack.version, pack=to_pack.id, answers="”, “".join(odd))
        )


def _check_perspectives(uow: UnitOfWork, round_id: str, to_pack: Pack) -> None:
    known = {p.id for p in to_pack.perspectives}
    missing = sorted({r.perspective for r in uow.respondents.list_for_round(round_id)} - known)
    if missing:
        raise ValidationError(
            translate(
                "RoundUpgrade",
                "Version {version} of {pack} has no perspective “{perspectives}”, which "
                "respondents of this round answer from. Give them another perspective first, "
                "or start a new round with version {version}. Nothing was changed.",
            ).format(version=to_pack.version, pack=to_pack.id, perspectives="”, “".join(missing))
        )
