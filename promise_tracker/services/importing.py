"""Importing export files: a preview of what would change, then one all-or-nothing write.

`preview_import` reads and checks every file and compares it with the database without
writing. `apply_import` writes every accepted file in ONE unit of work: if any file is
refused, or anything fails, nothing is stored. A round that exists with other content is a
conflict, settled by the policy: "keep-both" stores the imported copy under new ids with
" (imported)" after its title, "replace" swaps the stored round for the imported one, "skip"
leaves the stored round alone. A round stored exactly as the file holds it is left alone, so
importing the same file twice changes nothing. A round's barriers travel with it (a round
whose barriers differ is a conflict like one whose answers differ).

A round's link to the round it compares with is not part of what it says: the link is set
when the round starts, and a round export does not hold the round it names, so a round
imported from one is stored without the link. It is made when that round arrives (from a
unit export, say), whatever the policy, as if the files had come in the other order.

Actions belong to the unit and follow the same policy on their own: a new id is added, an
action stored exactly as the file holds it is left alone, and one stored with other content
is a conflict: kept beside the stored one under a new id with " (imported)" after what it
says will be done (keep-both), put in its place (replace) or left out (skip). An action
linked to a round that is neither in the file nor stored keeps no link to a round (as a
round's link to an earlier round it compared with); a link missing here for that reason is
no difference either, and is made once that round arrives.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Literal

from sqlalchemy.exc import IntegrityError

from promise_tracker.bulk import records_kept
from promise_tracker.domain.entities import (
    Action,
    Answer,
    Barrier,
    Event,
    Respondent,
    Round,
    Unit,
)
from promise_tracker.errors import NotFoundError, PromiseTrackerError
from promise_tracker.exchange.round_import import (
    ExportFile,
    ImportedRound,
    PackLookup,
    read_export,
)
from promise_tracker.exchange.safe_xlsx import ImportFileError, PasswordNeededError
from promise_tracker.i18n import translate
from promise_tracker.services.assessment import new_id
from promise_tracker.storage.database import Database
from promise_tracker.storage.uow import UnitOfWork

ConflictPolicy = Literal["keep-both", "replace", "skip"]
CONFLICT_POLICIES: tuple[ConflictPolicy, ...] = ("keep-both", "replace", "skip")
IMPORTED_SUFFIX = " (imported)"
RoundState = Literal["new", "unchanged", "conflict"]


class ImportRefusedError(PromiseTrackerError):
    """An import was not applied because at least one file was refused."""


@dataclass(frozen=True)
class RoundPlan:
    round_id: str
    title: str
    state: RoundState


@dataclass(frozen=True)
class FilePreview:
    """What one file would add or change, or why it is refused."""

    path: Path
    reasons: tuple[str, ...] = ()
    content: ExportFile | None = None
    new_unit: bool = False
    unit_name: str = ""
    rounds: tuple[RoundPlan, ...] = ()
    new_events: int = 0
    new_actions: int = 0
    conflicting_actions: tuple[str, ...] = ()  # what the actions stored otherwise say
    # Refused only for want of its password: ask for it and preview again.
    needs_password: bool = False

    @property
    def accepted(self) -> bool:
        return not self.reasons and self.content is not None

    @property
    def changes_nothing(self) -> bool:
        return (
            self.accepted
            and not self.new_unit
            and not self.new_events
            and not self.new_actions
            and not self.conflicting_actions
            and all(r.state == "unchanged" for r in self.rounds)
        )

    def describe(self) -> list[str]:
        """Lines a person reads: accepted or refused, and what would change."""
        if not self.accepted:
            refused = translate("Import", "{file}: refused").format(file=self.path.name)
            return [refused, *(f"  {reason}" for reason in self.reasons)]
        if self.changes_nothing:
            return [
                translate("Import", "{file}: accepted: already imported, no changes").format(
                    file=self.path.name
                )
            ]
        lines = [translate("Import", "{file}: accepted").format(file=self.path.name)]
        if self.new_unit:
            lines.append("  " + translate("Import", "new unit: {name}").format(name=self.unit_name))
        for plan in self.rounds:
            if plan.state == "new":
                line = translate("Import", "new round: {title}")
            elif plan.state == "unchanged":
                line = translate("Import", "unchanged: {title}")
            else:
                line = translate("Import", "conflict: {title} (exists with other content)")
            lines.append("  " + line.format(title=plan.title))
        if self.new_events:
            lines.append(
                "  " + translate("Import", "new events: {count}").format(count=self.new_events)
            )
        if self.new_actions:
            lines.append(
                "  "
                + translate("Import", "new actions of the action plan: {count}").format(
                    count=self.new_actions
                )
            )
        for title in self.conflicting_actions:
            lines.append(
                "  "
                + translate(
                    "Import", "conflict: action “{title}” (exists with other content)"
                ).format(title=title)
            )
        if self.content is not None and self.content.redacted:
            lines.append(
                "  "
                + translate(
                    "Import",
                    "note: a redacted export (no notes, justifications or real aliases); "
                    "those stored here are kept",
                )
            )
        return lines


@dataclass(frozen=True)
class ImportPreview:
    files: tuple[FilePreview, ...]
    database: Database = field(repr=False, compare=False)

    @property
    def accepted(self) -> bool:
        return all(f.accepted for f in self.files)

    @property
    def refused(self) -> tuple[FilePreview, ...]:
        return tuple(f for f in self.files if not f.accepted)


@dataclass
class ImportResult:
    units_added: int = 0
    rounds_added: int = 0
    rounds_replaced: int = 0
    rounds_kept_both: int = 0
    rounds_skipped: int = 0
    rounds_unchanged: int = 0
    events_added: int = 0
    actions_added: int = 0
    actions_replaced: int = 0
    actions_kept_both: int = 0
    actions_skipped: int = 0

    @property
    def changed(self) -> bool:
        return bool(
            self.units_added
            or self.rounds_added
            or self.rounds_replaced
            or self.rounds_kept_both
            or self.events_added
            or self.actions_added
            or self.actions_replaced
            or self.actions_kept_both
        )


def preview_import(
    database: Database,
    packs: PackLookup,
    files: Iterable[Path | str],
    *,
    passwords: Sequence[str] = (),
) -> ImportPreview:
    """Read and check every file and compare it with the database; writes nothing.

    A password-protected file is opened with the first of `passwords` that fits.
    """
    previews: list[FilePreview] = []
    with records_kept() as keep:
        for file in files:
            path = Path(file)
            try:
                content = read_export(path, packs, passwords=passwords)
            except ImportFileError as error:
                previews.append(
                    FilePreview(
                        path=path,
                        reasons=(error.reason,),
                        needs_password=isinstance(error, PasswordNeededError),
                    )
                )
                continue
            keep()  # the file's records, kept to the end
            with database.unit_of_work() as uow:
                previews.append(_plan(uow, _with_stored_texts(uow, content)))
    return ImportPreview(files=tuple(previews), database=database)


def _plan(uow: UnitOfWork, content: ExportFile) -> FilePreview:
    links = _round_links(uow, content)
    states = [(a, _action_state(uow, a, links)) for a in content.actions]
    return FilePreview(
        path=content.path,
        content=content,
        new_unit=_stored_unit(uow, content.unit.id) is None,
        unit_name=content.unit.name,
        rounds=tuple(
            RoundPlan(r.round.id, r.round.title, _round_state(uow, r)) for r in content.rounds
        ),
        new_events=sum(1 for e in content.events if _stored_event(uow, e.id) is None),
        new_actions=sum(1 for _, state in states if state == "new"),
        conflicting_actions=tuple(a.title for a, state in states if state == "conflict"),
    )


def apply_import(preview: ImportPreview, conflict_policy: ConflictPolicy) -> ImportResult:
    """Store every file of the preview in one transaction: all files or nothing."""
    if conflict_policy not in CONFLICT_POLICIES:
        raise ValueError(f"unknown conflict policy {conflict_policy!r}")
    if not preview.accepted:
        names = ", ".join(f.path.name for f in preview.refused)
        raise ImportRefusedError(
            translate("Import", "Nothing was imported: refused {files}.").format(files=names)
        )
    result = ImportResult()
    try:
        with records_kept(), preview.database.unit_of_work() as uow:
            contents = [
                _with_stored_texts(uow, file.content)
                for file in preview.files
                if file.content is not None
            ]
            for content in contents:
                _store(uow, content, conflict_policy, result)
            # Actions once every file's rounds are stored: an action of one round's file may
            # be planned in a round another file brings.
            for content in contents:
                _store_actions(uow, content, conflict_policy, result)
            uow.commit()
    except IntegrityError as error:
        # The database's own words (SQL, constraint names) mean nothing to the user.
        raise ImportRefusedError(
            translate(
                "Import",
                "Nothing was imported: the files clash with data already stored (a unit, "
                "round, respondent or event with the same id but other links). Import the "
                "files one at a time to find the one that clashes.",
            )
        ) from error
    return result


# --- comparing --------------------------------------------------------------------------


def _with_stored_texts(uow: UnitOfWork, content: ExportFile) -> ExportFile:
    """A redacted file with the texts it leaves out (notes, N/A justifications, dissents,
    aliases, barrier texts, progress notes) taken from the same records stored here.

    Its empty texts stand for texts it does not carry, not for texts deleted: so they make
    no difference between a round and the one stored, and a round the file replaces keeps
    the texts stored for it. Records not stored here keep the file's (empty) texts.
    """
    if not content.redacted:
        return content
    rounds: list[ImportedRound] = []
    for imported in content.rounds:
        round_id = imported.round.id
        if _stored_round(uow, round_id) is None:
            rounds.append(imported)
            continue
        aliases = {r.id: r.alias for r in uow.respondents.list_for_round(round_id)}
        answers = {
            (a.criterion_id, a.respondent_id): a for a in uow.answers.list_for_round(round_id)
        }
        barriers = {b.criterion_id: b.text for b in uow.barriers.list_for_round(round_id)}
        rounds.append(
            replace(
                imported,
                respondents=tuple(
                    replace(r, alias=aliases.get(r.id, r.alias)) for r in imported.respondents
                ),
                answers=tuple(
                    _answer_texts(a, answers.get((a.criterion_id, a.respondent_id)))
                    for a in imported.answers
                ),
                barriers=tuple(
                    replace(b, text=barriers.get(b.criterion_id, b.text)) for b in imported.barriers
                ),
            )
        )
    notes = {a.id: a.progress_note for a in uow.actions.list_for_unit(content.unit.id)}
    actions = tuple(
        replace(a, progress_note=notes.get(a.id, a.progress_note)) for a in content.actions
    )
    return replace(content, rounds=tuple(rounds), actions=actions)


def _answer_texts(answer: Answer, stored: Answer | None) -> Answer:
    if stored is None:
        return answer
    return replace(
        answer,
        note=stored.note,
        na_justification=stored.na_justification,
        dissent=stored.dissent,
    )


def _stored_round(uow: UnitOfWork, round_id: str) -> Round | None:
    try:
        return uow.rounds.get(round_id)
    except NotFoundError:
        return None


def _stored_unit(uow: UnitOfWork, unit_id: str) -> Unit | None:
    try:
        return uow.units.get(unit_id)
    except NotFoundError:
        return None


def _stored_event(uow: UnitOfWork, event_id: str) -> Event | None:
    try:
        return uow.events.get(event_id)
    except NotFoundError:
        return None


def _round_state(uow: UnitOfWork, imported: ImportedRound) -> RoundState:
    stored = _stored_round(uow, imported.round.id)
    if stored is None:
        return "new"
    same = (
        _without_link(stored) == _without_link(imported.round)
        and _respondent_key(uow.respondents.list_for_round(stored.id))
        == _respondent_key(imported.respondents)
        and _answer_key(uow.answers.list_for_round(stored.id)) == _answer_key(imported.answers)
        and _barrier_key(uow.barriers.list_for_round(stored.id)) == _barrier_key(imported.barriers)
    )
    return "unchanged" if same else "conflict"


def _without_link(assessment_round: Round) -> Round:
    """The round as compared with the file: without the round it compares with, which a
    round export names but does not hold (so a round imported from one is stored without
    it) and which nobody edits."""
    return replace(assessment_round, compare_round_id=None)


def _barrier_key(barriers: Iterable[Barrier]) -> list[Barrier]:
    return sorted(barriers, key=lambda b: b.criterion_id)


def _stored_action(uow: UnitOfWork, action_id: str) -> Action | None:
    try:
        return uow.actions.get(action_id)
    except NotFoundError:
        return None


def _round_links(uow: UnitOfWork, content: ExportFile) -> dict[str, str]:
    """The rounds the file's actions may link to: every round of the file and every round
    already stored. A round kept beside an imported copy (keep-both) keeps its actions: the
    copy gets none, so that the preview and the import agree and a second import adds no
    second copy of every action."""
    links: dict[str, str] = {}
    file_rounds = {r.round.id for r in content.rounds}
    for action in content.actions:
        round_id = action.round_id
        if round_id is None or round_id in links:
            continue
        if round_id in file_rounds:
            links[round_id] = round_id
            continue
        try:
            uow.rounds.get(round_id)
        except NotFoundError:
            continue
        links[round_id] = round_id
    return links


def _linked(action: Action, links: dict[str, str]) -> Action:
    """The action as it is stored here: its round's stored id, or no round."""
    return replace(action, round_id=links.get(action.round_id or ""))


def _action_state(uow: UnitOfWork, action: Action, links: dict[str, str]) -> RoundState:
    stored = _stored_action(uow, action.id)
    if stored is None:
        return "new"
    return "unchanged" if _same_action(stored, _linked(action, links)) else "conflict"


def _same_action(stored: Action, linked: Action) -> bool:
    """Whether the stored action says what the file's does (`linked`: with its round as
    stored here). A stored action without a round was imported while its round was not here
    (or its round was deleted here): the round the file names is no difference."""
    if stored.round_id is None:
        linked = replace(linked, round_id=None)
    return stored == linked


def _respondent_key(respondents: Iterable[Respondent]) -> list[Respondent]:
    return sorted(respondents, key=lambda r: r.id)


def _answer_key(answers: Iterable[Answer]) -> list[Answer]:
    return sorted(answers, key=lambda a: (a.criterion_id, a.respondent_id or ""))


# --- writing ----------------------------------------------------------------------------


def _store(
    uow: UnitOfWork, content: ExportFile, policy: ConflictPolicy, result: ImportResult
) -> None:
    stored_unit = _stored_unit(uow, content.unit.id)
    if stored_unit is None:
        uow.units.add(content.unit)
        result.units_added += 1
    elif stored_unit != content.unit and policy == "replace":
        uow.units.update(content.unit)
    id_map: dict[str, str] = {}  # imported round id -> id stored under (keep-both)
    links: list[tuple[str, str]] = []  # (stored round id, imported compare_round_id)
    for imported in content.rounds:
        # Decided here, not from the preview: an earlier file of this import may have
        # stored the same round already.
        state = _round_state(uow, imported)
        rnd = imported.round
        if state == "unchanged":
            result.rounds_unchanged += 1
            if rnd.compare_round_id is not None and uow.rounds.get(rnd.id).compare_round_id is None:
                links.append((rnd.id, rnd.compare_round_id))  # made now if that round is here
            continue
        if state == "conflict":
            if policy == "skip":
                result.rounds_skipped += 1
                continue
            if policy == "replace":
                followers = [r for r in uow.rounds.list_all() if r.compare_round_id == rnd.id]
                # Respondents one by one first: the round's delete cascades in the database,
                # which would leave their rows in the session to clash with the new ones.
                for respondent in uow.respondents.list_for_round(rnd.id):
                    uow.respondents.delete(respondent.id)
                for barrier in uow.barriers.list_for_round(rnd.id):
                    uow.barriers.delete(barrier.round_id, barrier.criterion_id)
                # Actions planned in the round keep their link: unlinked first, so that the
                # session and the database agree (the delete would clear it behind the
                # session's back), and linked again below.
                planned = [
                    a for a in uow.actions.list_for_unit(rnd.unit_id) if a.round_id == rnd.id
                ]
                for action in planned:
                    uow.actions.update(replace(action, round_id=None, version=0))
                uow.rounds.delete(rnd.id)
                _insert_round(uow, imported, rnd.id, rnd.title)
                for follower in followers:  # the delete cleared their links
                    uow.rounds.update(replace(follower, compare_round_id=rnd.id))
                for action in planned:
                    uow.actions.update(replace(action, version=0))
                result.rounds_replaced += 1
            else:
                stored_id = new_id()
                id_map[rnd.id] = stored_id
                _insert_round(uow, imported, stored_id, rnd.title + IMPORTED_SUFFIX)
                result.rounds_kept_both += 1
        else:
            _insert_round(uow, imported, rnd.id, rnd.title)
            result.rounds_added += 1
        if rnd.compare_round_id is not None:
            links.append((id_map.get(rnd.id, rnd.id), rnd.compare_round_id))
    for stored_id, compare_id in links:
        target = id_map.get(compare_id, compare_id)
        try:
            uow.rounds.get(target)
        except NotFoundError:
            continue  # the round it compared with is not here; show no earlier answers
        uow.rounds.update(replace(uow.rounds.get(stored_id), compare_round_id=target))
    for event in content.events:
        stored_event = _stored_event(uow, event.id)
        if stored_event is None:
            uow.events.add(event)
            result.events_added += 1
        elif stored_event != event and policy == "replace":
            uow.events.update(event)


def _store_actions(
    uow: UnitOfWork, content: ExportFile, policy: ConflictPolicy, result: ImportResult
) -> None:
    links = _round_links(uow, content)
    for imported in content.actions:
        action = _linked(imported, links)
        state = _action_state(uow, imported, links)
        if state == "unchanged":
            stored = uow.actions.get(action.id)
            if stored.round_id is None and action.round_id is not None:
                uow.actions.update(replace(stored, round_id=action.round_id))  # now here
            continue
        if state == "new":
            uow.actions.add(action)
            result.actions_added += 1
        elif policy == "skip":
            result.actions_skipped += 1
        elif policy == "replace":
            uow.actions.update(replace(action, version=0))
            result.actions_replaced += 1
        else:
            uow.actions.add(replace(action, id=new_id(), title=action.title + IMPORTED_SUFFIX))
            result.actions_kept_both += 1


def _insert_round(uow: UnitOfWork, imported: ImportedRound, round_id: str, title: str) -> None:
    uow.rounds.add(replace(imported.round, id=round_id, title=title, compare_round_id=None))
    fresh_ids = round_id != imported.round.id
    respondent_ids: dict[str, str] = {}
    for respondent in imported.respondents:
        stored_id = new_id() if fresh_ids else respondent.id
        respondent_ids[respondent.id] = stored_id
        uow.respondents.add(replace(respondent, id=stored_id, round_id=round_id))
    uow.answers.add_many(
        imported.answers  # kept as they are when their round keeps its ids (most imports)
        if not fresh_ids
        else (
            replace(
                answer,
                round_id=round_id,
                respondent_id=None
                if answer.respondent_id is None
                else respondent_ids[answer.respondent_id],
            )
            for answer in imported.answers
        )
    )
    for barrier in imported.barriers:
        uow.barriers.upsert(replace(barrier, round_id=round_id, version=0))


def describe_result(result: ImportResult) -> str:
    if not result.changed and not result.rounds_skipped and not result.actions_skipped:
        return translate("Import", "Nothing changed: everything was already imported.")
    # Plain names as counts: pyside6-lupdate skips a translate() whose n is an attribute.
    units, added, replaced = result.units_added, result.rounds_added, result.rounds_replaced
    kept, skipped = result.rounds_kept_both, result.rounds_skipped
    unchanged, events = result.rounds_unchanged, result.events_added
    actions_added, actions_replaced = result.actions_added, result.actions_replaced
    actions_kept, actions_skipped = result.actions_kept_both, result.actions_skipped
    parts = [
        translate("Import", "%n new units", None, units),
        translate("Import", "%n new rounds", None, added),
        translate("Import", "%n rounds replaced", None, replaced),
        translate("Import", "%n rounds kept as imported copies", None, kept),
        translate("Import", "%n conflicting rounds skipped", None, skipped),
        translate("Import", "%n rounds unchanged", None, unchanged),
        translate("Import", "%n new events", None, events),
        translate("Import", "%n new actions", None, actions_added),
        translate("Import", "%n actions replaced", None, actions_replaced),
        translate("Import", "%n actions kept as imported copies", None, actions_kept),
        translate("Import", "%n conflicting actions skipped", None, actions_skipped),
    ]
    counts = [units, added, replaced, kept, skipped, unchanged, events]
    counts += [actions_added, actions_replaced, actions_kept, actions_skipped]
    listed = ", ".join(part for part, count in zip(parts, counts, strict=True) if count)
    if result.changed:
        return translate("Import", "Imported: {changes}.").format(changes=listed)
    return translate("Import", "Nothing changed: {changes}.").format(changes=listed)


__all__: Sequence[str] = [
    "CONFLICT_POLICIES",
    "ConflictPolicy",
    "FilePreview",
    "ImportPreview",
    "ImportRefusedError",
    "ImportResult",
    "RoundPlan",
    "apply_import",
    "describe_result",
    "preview_import",
]
