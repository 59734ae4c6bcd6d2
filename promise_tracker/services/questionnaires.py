"""Questionnaires for a team round: one file per respondent out, the filled files back in.

`export_questionnaires` writes one .xlsx (and, with a PDF writer passed in, a PDF) per
respondent, prefilled with what the respondent has answered so far. `preview_questionnaires`
reads and checks filled files and compares each with the stored answers without writing:
new, unchanged, changed (with every difference) or rejected (with every problem).
`apply_questionnaires` then writes the new files, and the changed ones the user accepted, in
ONE unit of work: either every accepted file is stored or, on any error, nothing is.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Literal

from promise_tracker.domain.entities import Answer, Respondent, Round, Unit
from promise_tracker.errors import NotFoundError, PromiseTrackerError, ValidationError
from promise_tracker.exchange.questionnaire import (
    FilledAnswer,
    QuestionnaireContent,
    Translate,
    check_questionnaire,
    cut_text_state,
    questionnaire_file_name,
    read_questionnaire,
    write_questionnaire,
)
from promise_tracker.exchange.safe_xlsx import ImportFileError, PasswordNeededError
from promise_tracker.i18n import translate
from promise_tracker.services.assessment import AssessmentService
from promise_tracker.standards.model import Pack
from promise_tracker.storage.database import Database
from promise_tracker.storage.uow import UnitOfWork

Status = Literal["new", "unchanged", "changed", "rejected"]
# (path, pack, unit, round, respondent, language): reports.questionnaire_pdf's writer, which
# the window passes in (it draws with Qt, which this layer does not import).
PdfWriter = Callable[[Path, Pack, Unit, Round, Respondent, str], object]


# --- export --------------------------------------------------------------------------------


@dataclass(frozen=True)
class ExportedQuestionnaire:
    respondent: Respondent
    paths: tuple[Path, ...]


def export_questionnaires(
    service: AssessmentService,
    round_id: str,
    folder: Path | str,
    *,
    respondent_ids: Sequence[str] | None = None,
    language: str | None = None,
    excel: bool = True,
    pdf: PdfWriter | None = None,
    texts: Translate | None = None,
    progress: Callable[[int, int], bool] | None = None,
    password: str | None = None,
) -> list[ExportedQuestionnaire]:
    """Write one questionnaire per respondent (all, or those named) into `folder`.

    Files are named "<unit> - <round> - <alias>.xlsx" (and .pdf, written by `pdf` when
    given). `progress(done, total)`
    is called before each respondent; returning False stops early (what was written stays).
    With a `password` every .xlsx is protected by it (the PDF forms are not: they are
    printed, not sent).
    """
    assessment_round = service.round(round_id)  # NotFoundError for an unknown round
    pack = service.pack_for(assessment_round)
    unit = service.unit(assessment_round.unit_id)
    language = language or pack.default_language
    if language not in pack.languages:
        raise ValidationError(
            translate(
                "Questionnaire", "The pack {pack} has no texts in “{language}”; choose {choices}."
            ).format(pack=pack.id, language=language, choices=", ".join(pack.languages))
        )
    respondents = service.respondents(round_id)
    if respondent_ids is not None:
        by_id = {r.id: r for r in respondents}
        unknown = [rid for rid in respondent_ids if rid not in by_id]
        if unknown:
            raise NotFoundError(
                translate(
                    "Questionnaire", "The round “{round}” has no respondent with the id {id}."
                ).format(round=assessment_round.title, id=unknown[0])
            )
        respondents = [by_id[rid] for rid in respondent_ids]
    if not respondents:
        raise ValidationError(
            translate(
                "Questionnaire",
                "The round “{round}” has no respondents yet; add them before handing out "
                "questionnaires.",
            ).format(round=assessment_round.title)
        )
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    answers = service.answers(round_id)
    written: list[ExportedQuestionnaire] = []
    names: set[str] = set()
    for done, respondent in enumerate(respondents):
        if progress is not None and not progress(done, len(respondents)):
            break
        name = questionnaire_file_name(unit, assessment_round, respondent)
        if name.casefold() in names:  # two respondents with the same alias
            name = f"{name} ({respondent.id[:8]})"
        names.add(name.casefold())
        paths: list[Path] = []
        if excel:
            content = QuestionnaireContent(
                pack=pack,
                unit=unit,
                round=assessment_round,
                respondent=respondent,
                language=language,
                answers={a.criterion_id: a for a in answers if a.respondent_id == respondent.id},
            )
            paths.append(
                write_questionnaire(
                    content, folder / f"{name}.xlsx", translate=texts, password=password
                )
            )
        if pdf is not None:
            pdf_path = folder / f"{name}.pdf"
            pdf(pdf_path, pack, unit, assessment_round, respondent, language)
            paths.append(pdf_path)
        written.append(ExportedQuestionnaire(respondent, tuple(paths)))
    if progress is not None and len(written) == len(respondents):
        progress(len(respondents), len(respondents))
    return written


# --- preview -------------------------------------------------------------------------------


@dataclass(frozen=True)
class AnswerChange:
    """How one criterion's answer would change: before (stored) and after (the file)."""

    criterion_id: str
    before: Answer | None
    after: Answer | None

    def describe(self, pack: Pack, language: str) -> str:
        """E.g. "BQS-1-01: answer Yes → No; notes changed"."""
        parts = []
        before_value = self.before.value if self.before else None
        after_value = self.after.value if self.after else None
        if before_value != after_value:
            parts.append(
                translate("Questionnaire", "answer {before} → {after}").format(
                    before=_label(pack, before_value, language),
                    after=_label(pack, after_value, language),
                )
            )
        for name, before, after in (
            (
                translate("Questionnaire", "notes"),
                self.before.note if self.before else "",
                self.after.note if self.after else "",
            ),
            (
                translate("Questionnaire", "justification"),
                self.before.na_justification if self.before else "",
                self.after.na_justification if self.after else "",
            ),
        ):
            if before != after:
                parts.append(
                    translate("Questionnaire", "{field} “{before}” → “{after}”").format(
                        field=name, before=_short(before), after=_short(after)
                    )
                )
        return translate("Questionnaire", "{criterion}: {changes}").format(
            criterion=self.criterion_id, changes="; ".join(parts)
        )


def _label(pack: Pack, value: str | None, language: str) -> str:
    if value is None:
        return translate("Questionnaire", "(no answer)")
    try:
        return pack.answer_scale.option(value).label.get(language)
    except KeyError:
        return value


def _short(text: str, limit: int = 60) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


@dataclass(frozen=True)
class QuestionnaireFilePreview:
    """What importing one file would do, or why it is rejected."""

    path: Path
    status: Status
    problems: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    respondent: Respondent | None = None
    round: Round | None = None
    pack: Pack | None = field(default=None, repr=False)
    language: str = ""
    # Differences from what is stored (all of them for a new file, none when unchanged).
    changes: tuple[AnswerChange, ...] = ()
    answers: tuple[FilledAnswer, ...] = field(default=(), repr=False)
    # Rejected only for want of its password: ask for it and preview again.
    needs_password: bool = False

    @property
    def rejected(self) -> bool:
        return self.status == "rejected"

    def describe(self) -> list[str]:
        """Lines a person reads: the status, then the problems, warnings or differences."""
        name = self.path.name
        who = self.respondent.alias if self.respondent else ""
        if self.status == "rejected":
            lines = [translate("Questionnaire", "{file}: rejected").format(file=name)]
            lines += [f"  {problem}" for problem in self.problems]
            return lines
        if self.status == "unchanged":
            lines = [
                translate(
                    "Questionnaire", "{file} ({respondent}): unchanged, already imported"
                ).format(file=name, respondent=who)
            ]
        elif self.status == "new":
            lines = [
                translate("Questionnaire", "{file} ({respondent}): new, answers: {count}").format(
                    file=name, respondent=who, count=len(self.changes)
                )
            ]
        else:
            lines = [
                translate(
                    "Questionnaire",
                    "{file} ({respondent}): changed, differences from what is stored: {count}",
                ).format(file=name, respondent=who, count=len(self.changes))
            ]
            if self.pack is not None:
                lines += [f"  {c.describe(self.pack, self.language)}" for c in self.changes]
        lines += [
            translate("Questionnaire", "  warning: {text}").format(text=w) for w in self.warnings
        ]
        return lines


@dataclass(frozen=True)
class QuestionnairePreview:
    files: tuple[QuestionnaireFilePreview, ...]

    @property
    def rejected(self) -> tuple[QuestionnaireFilePreview, ...]:
        return tuple(f for f in self.files if f.rejected)

    @property
    def changed(self) -> tuple[QuestionnaireFilePreview, ...]:
        return tuple(f for f in self.files if f.status == "changed")

    @property
    def new(self) -> tuple[QuestionnaireFilePreview, ...]:
        return tuple(f for f in self.files if f.status == "new")


def preview_questionnaires(
    service: AssessmentService, files: Iterable[Path | str], *, passwords: Sequence[str] = ()
) -> QuestionnairePreview:
    """Read and check every file, compare it with the stored answers; writes nothing.

    A password-protected file is opened with the first of `passwords` that fits.
    """
    previews: list[QuestionnaireFilePreview] = []
    claimed: dict[str, Path] = {}  # respondent id -> first file of this import for them
    with _database(service).unit_of_work() as uow:
        for file in files:
            preview = _preview_one(service, uow, Path(file), passwords)
            if preview.respondent is not None and not preview.rejected:
                first = claimed.setdefault(preview.respondent.id, preview.path)
                if first != preview.path:
                    preview = QuestionnaireFilePreview(
                        path=preview.path,
                        status="rejected",
                        problems=(
                            translate(
                                "Questionnaire",
                                "is a second questionnaire of {respondent} in this import "
                                "(the first is {file}); import one of them at a time",
                            ).format(respondent=preview.respondent.alias, file=first.name),
                        ),
                        respondent=preview.respondent,
                        round=preview.round,
                    )
            previews.append(preview)
    return QuestionnairePreview(tuple(previews))


def _database(service: AssessmentService) -> Database:
    # The service owns its database; one import spans several of its use cases in one
    # transaction, which no single public method of the service offers.
    return service._db


def _rejected(
    path: Path,
    *problems: str,
    round: Round | None = None,
    respondent: Respondent | None = None,
) -> QuestionnaireFilePreview:
    return QuestionnaireFilePreview(
        path=path, status="rejected", problems=problems, round=round, respondent=respondent
    )


def _preview_one(
    service: AssessmentService, uow: UnitOfWork, path: Path, passwords: Sequence[str]
) -> QuestionnaireFilePreview:
    try:
        file = read_questionnaire(path, passwords=passwords)
    except PasswordNeededError as error:
        return QuestionnaireFilePreview(
            path=path, status="rejected", problems=(error.reason,), needs_password=True
        )
    except ImportFileError as error:
        return _rejected(path, error.reason)
    try:
        assessment_round = uow.rounds.get(file.round_id)
    except NotFoundError:
        return _rejected(
            path,
            translate(
                "Questionnaire",
                "is for a round that is not in this database (round id {id}); it was handed "
                "out from other data, or the round was deleted",
            ).format(id=file.round_id or "?"),
        )
    try:
        respondent = uow.respondents.get(file.respondent_id)
    except NotFoundError:
        respondent = None
    if respondent is None or respondent.round_id != assessment_round.id:
        return _rejected(
            path,
            translate(
                "Questionnaire",
                "is for a respondent who is not in the round “{round}” (respondent id {id}); "
                "the respondent may have been removed",
            ).format(round=assessment_round.title, id=file.respondent_id or "?"),
            round=assessment_round,
        )
    pack_id, version, content_hash = file.pack_key
    if (pack_id, version, content_hash) != (
        assessment_round.pack_id,
        assessment_round.pack_version,
        assessment_round.pack_hash,
    ):
        return _rejected(
            path,
            translate(
                "Questionnaire",
                "was made for the standards pack {pack} {version} (content {hash}), but the "
                "round “{round}” uses {round_pack} {round_version} (content {round_hash}); "
                "hand out a new questionnaire",
            ).format(
                pack=pack_id,
                version=version,
                hash=content_hash[:12],
                round=assessment_round.title,
                round_pack=assessment_round.pack_id,
                round_version=assessment_round.pack_version,
                round_hash=assessment_round.pack_hash[:12],
            ),
            round=assessment_round,
            respondent=respondent,
        )
    try:
        pack = service.pack_for(assessment_round)
    except PromiseTrackerError as error:
        return _rejected(path, str(error), round=assessment_round, respondent=respondent)
    checked = check_questionnaire(file, pack)
    problems = list(checked.problems)
    stored = {
        a.criterion_id: a
        for a in uow.answers.list_for_round(assessment_round.id)
        if a.respondent_id == respondent.id
    }
    problems += _edited_cut_texts(checked.answers, stored)
    if assessment_round.is_finalised:
        problems.insert(
            0,
            translate(
                "Questionnaire",
                "is for the round “{round}”, which is finalised; reopen the round to import "
                "answers into it",
            ).format(round=assessment_round.title),
        )
    language = file.language if file.language in pack.languages else pack.default_language
    if problems:
        return QuestionnaireFilePreview(
            path=path,
            status="rejected",
            problems=tuple(problems),
            warnings=checked.warnings,
            respondent=respondent,
            round=assessment_round,
            pack=pack,
            language=language,
        )
    changes = _changes(assessment_round.id, respondent.id, stored, checked.answers)
    return QuestionnaireFilePreview(
        path=path,
        status=_status(changes),
        warnings=checked.warnings,
        respondent=respondent,
        round=assessment_round,
        pack=pack,
        language=language,
        changes=tuple(changes),
        answers=checked.answers,
    )


def _edited_cut_texts(filled: Sequence[FilledAnswer], stored: dict[str, Answer]) -> list[str]:
    """A problem for every note or justification that the questionnaire showed cut (too long
    for a cell) and that was then edited: storing it would lose the rest of the text."""
    problems = []
    for item in filled:
        before = stored.get(item.criterion_id)
        if before is None:
            continue
        for cell, text in (
            (item.note, before.note),
            (item.na_justification, before.na_justification),
        ):
            if cut_text_state(cell, text) == "edited":
                problems.append(
                    translate(
                        "Questionnaire",
                        "row {row} ({criterion}): this text was too long for a spreadsheet "
                        "cell, so the questionnaire showed only its beginning, and that cut "
                        "text was edited; importing it would lose the rest. Undo the edit in "
                        "the file, or change the text in PROMISE tracker",
                    ).format(row=item.row, criterion=item.criterion_id)
                )
                break
    return problems


def _whole_texts(filled: FilledAnswer, before: Answer | None) -> FilledAnswer:
    """`filled` with a note or justification that the questionnaire showed cut, and that
    came back unchanged, replaced by the whole stored text."""
    if before is None:
        return filled
    note, reason = filled.note, filled.na_justification
    if cut_text_state(note, before.note) == "cut":
        note = before.note
    if cut_text_state(reason, before.na_justification) == "cut":
        reason = before.na_justification
    if (note, reason) == (filled.note, filled.na_justification):
        return filled
    return replace(filled, note=note, na_justification=reason)


def _as_answer(round_id: str, respondent_id: str, filled: FilledAnswer) -> Answer | None:
    if filled.value is None and not filled.note and not filled.na_justification:
        return None
    return Answer(
        round_id=round_id,
        criterion_id=filled.criterion_id,
        respondent_id=respondent_id,
        value=filled.value,
        note=filled.note,
        na_justification=filled.na_justification,
    )


def _same(before: Answer | None, after: Answer | None) -> bool:
    def key(answer: Answer | None) -> tuple[str | None, str, str]:
        if answer is None:
            return (None, "", "")
        return (answer.value, answer.note, answer.na_justification)

    return key(before) == key(after)


def _changes(
    round_id: str,
    respondent_id: str,
    stored: dict[str, Answer],
    filled: Sequence[FilledAnswer],
) -> list[AnswerChange]:
    changes = []
    for item in filled:
        before = stored.get(item.criterion_id)
        after = _as_answer(round_id, respondent_id, _whole_texts(item, before))
        if not _same(before, after):
            changes.append(AnswerChange(item.criterion_id, before, after))
    return changes


def _status(changes: Sequence[AnswerChange]) -> Status:
    if not changes:
        return "unchanged"
    # Only filling in what was empty is new; overwriting or clearing a stored answer is a
    # change the user confirms.
    if all(c.before is None or _same(c.before, None) for c in changes):
        return "new"
    return "changed"


# --- apply ---------------------------------------------------------------------------------


@dataclass
class QuestionnaireImportSummary:
    files_imported: list[Path] = field(default_factory=list)
    files_unchanged: list[Path] = field(default_factory=list)
    files_skipped: list[Path] = field(default_factory=list)  # changed, not accepted
    files_rejected: list[Path] = field(default_factory=list)
    answers_written: int = 0
    answers_cleared: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.files_imported)

    def describe(self) -> str:
        if not self.files_imported:
            text = translate("Questionnaire", "Nothing was imported.")
        else:
            text = translate(
                "Questionnaire",
                "Questionnaires imported: {files}; answers saved: {answers}, cleared: {cleared}.",
            ).format(
                files=len(self.files_imported),
                answers=self.answers_written,
                cleared=self.answers_cleared,
            )
        extras = [
            (self.files_unchanged, translate("Questionnaire", "unchanged: {count}")),
            (
                self.files_skipped,
                translate("Questionnaire", "changed but not accepted: {count}"),
            ),
            (self.files_rejected, translate("Questionnaire", "rejected: {count}")),
        ]
        details = [label.format(count=len(items)) for items, label in extras if items]
        return f"{text} ({'; '.join(details)})" if details else text


def apply_questionnaires(
    service: AssessmentService,
    preview: QuestionnairePreview,
    *,
    accept_changed: bool | Collection[Path | str] = False,
) -> QuestionnaireImportSummary:
    """Store the new files and the accepted changed ones in one transaction, all or nothing.

    `accept_changed` is True (every changed file), False (none) or the paths accepted.
    Each file is compared with the database again inside the transaction, so answers saved
    since the preview are never overwritten without that acceptance. Rejected files are never
    written.
    """
    if isinstance(accept_changed, bool):
        accepted = {f.path for f in preview.changed} if accept_changed else set()
    else:
        accepted = {Path(p) for p in accept_changed}
    summary = QuestionnaireImportSummary()
    try:
        with _database(service).unit_of_work() as uow:
            for file in preview.files:
                if file.rejected or file.respondent is None or file.round is None:
                    summary.files_rejected.append(file.path)
                    continue
                _write_file(uow, file, file.path in accepted, summary)
            uow.commit()
    except PromiseTrackerError:
        raise
    except Exception as error:  # a database failure: nothing was stored
        from sqlalchemy.exc import SQLAlchemyError

        if isinstance(error, SQLAlchemyError):
            # The database's own words (SQL, constraint names) mean nothing to the user.
            raise PromiseTrackerError(
                translate(
                    "Questionnaire",
                    "Nothing was imported: the database could not store the answers (it may "
                    "be in use by another program, or damaged). Try again; if it happens "
                    "again, see the log file.",
                )
            ) from error
        raise
    return summary


def _write_file(
    uow: UnitOfWork,
    file: QuestionnaireFilePreview,
    accepted: bool,
    summary: QuestionnaireImportSummary,
) -> None:
    assert file.round is not None
    assert file.respondent is not None
    current_round = uow.rounds.get(file.round.id)
    if current_round.is_finalised:
        raise ValidationError(
            translate(
                "Questionnaire",
                "Nothing was imported: the round “{round}” was finalised meanwhile.",
            ).format(round=current_round.title)
        )
    respondent_id = file.respondent.id
    uow.respondents.get(respondent_id)  # removed since the preview: NotFoundError, rollback
    stored = {
        a.criterion_id: a
        for a in uow.answers.list_for_round(current_round.id)
        if a.respondent_id == respondent_id
    }
    changes = _changes(current_round.id, respondent_id, stored, file.answers)
    status = _status(changes)
    if status == "unchanged":
        summary.files_unchanged.append(file.path)
        return
    if status == "changed" and not accepted:
        summary.files_skipped.append(file.path)
        return
    for change in changes:
        if change.after is None:
            uow.answers.delete(current_round.id, change.criterion_id, respondent_id)
            summary.answers_cleared += 1
            continue
        after = change.after
        if change.before is not None:  # keep what the questionnaire does not carry
            after = Answer(
                round_id=after.round_id,
                criterion_id=after.criterion_id,
                respondent_id=after.respondent_id,
                value=after.value,
                note=after.note,
                na_justification=after.na_justification,
                flagged=change.before.flagged,
                dissent=change.before.dissent,
            )
        uow.answers.upsert(after)
        summary.answers_written += 1
    summary.files_imported.append(file.path)


__all__ = [
    "AnswerChange",
    "ExportedQuestionnaire",
    "QuestionnaireFilePreview",
    "QuestionnaireImportSummary",
    "QuestionnairePreview",
    "apply_questionnaires",
    "export_questionnaires",
    "preview_questionnaires",
]
