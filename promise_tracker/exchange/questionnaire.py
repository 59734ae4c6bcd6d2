"""A respondent's questionnaire as an .xlsx file: written for filling offline, read back checked.

The workbook has three sheets. "Instructions" says what to do and whose questionnaire it is.
The criteria sheet has one row per criterion of the round's pack, in pack order: standard,
criterion id, statement and evidence hint (locked), then Answer (a list restricted by data
validation to the scale's labels in the chosen language), Notes and, when an answer of the
scale needs one, N/A justification (unlocked, the only cells a respondent can type in). A
"Metadata" sheet, very hidden, names the format, round, respondent, pack, language and the
criteria sheet, and ends with a checksum over the parts that identify the questionnaire: the
metadata, the header row and every row's standard, id, statement and evidence hint. Answers
and notes are not covered, so filling them in keeps the checksum valid while any change to
what identifies a row (or whose questionnaire it is) is detected on import.

The checksum is the SHA-256 of the UTF-8 encoding of
``json.dumps({"format": FORMAT_NAME, "metadata": [[key, value], ...], "header": [...],
"criteria": [[standard, id, statement, evidence], ...]}, ensure_ascii=False,
separators=(",", ":"))`` with metadata in sheet order, the checksum row left out.

A note (or justification) longer than a cell holds (see `cells.fit_text`) is shown cut,
with a marker saying how many characters follow; `cut_text_state` recognises that cut text
when the file comes back, so an import keeps the whole stored note rather than the cut.

Reading (`read_questionnaire`) refuses what is not a safe, readable questionnaire of a known
format with an `ImportFileError` (a sheet of more than `MAX_ROWS` rows before any cell is
read); `check_questionnaire` then compares it with the round's pack and lists the problems by
row in plain words, the first `MAX_LISTED_PROBLEMS` of them and a count of the rest. Nothing
here touches the database.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from promise_tracker import APP_NAME, __version__, i18n
from promise_tracker.domain.entities import Answer, Respondent, Round, Unit
from promise_tracker.exchange.cells import clean_text, cut_position, write_text
from promise_tracker.exchange.round_export import FORMAT_NAME as EXPORT_FORMAT
from promise_tracker.exchange.safe_xlsx import ImportFileError, WorkbookData, read_workbook
from promise_tracker.exchange.saving import save_atomically
from promise_tracker.exchange.sheets import ROW_LINE_HEIGHT, print_settings, wrap_rows
from promise_tracker.standards.model import Pack

if TYPE_CHECKING:
    from openpyxl.workbook.workbook import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

# (context, text) -> the text in the questionnaire's language; i18n.translate by default.
Translate = Callable[[str, str], str]

FORMAT_NAME = "promise-tracker-questionnaire"
FORMAT_VERSION = 1
METADATA = "Metadata"
CHECKSUM_KEY = "checksum"
CHECKSUM_ALGORITHM = "sha256-questionnaire-v1"
HEADER_ROW = 1
FIRST_ROW = 2
(
    COL_STANDARD,
    COL_CRITERION,
    COL_STATEMENT,
    COL_EVIDENCE,
    COL_ANSWER,
    COL_NOTE,
    COL_JUSTIFICATION,
) = range(1, 8)
WIDTHS = (10, 13, 60, 42, 18, 48, 40)
INPUT_FILL = "FFF9DB"  # the cells to fill in, pale yellow as in printed forms
# Rows per sheet a questionnaire may have: a pack has a few hundred criteria at most, so a
# sheet beyond this was not made by us and is refused before its cells are read.
MAX_ROWS = 5_000
# Problems listed per file; the rest are counted (a sheet of 4,000 pasted rows would
# otherwise print 4,000 lines).
MAX_LISTED_PROBLEMS = 20
# How a text cut to fit a cell ends, in any language (see `cells.fit_text`).
_CUT_MARKER = re.compile(r"… \[[^\[\]\n]*\]")
_SHEET_NAME_UNSAFE = re.compile(r"[\[\]:*?/\\]")
_FILE_NAME_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')


def _default_translate(context: str, text: str) -> str:
    return i18n.translate(context, text)


# --- writing -------------------------------------------------------------------------------


@dataclass(frozen=True)
class QuestionnaireContent:
    """What one respondent's questionnaire shows; `answers` (by criterion id) are prefilled."""

    pack: Pack
    unit: Unit
    round: Round
    respondent: Respondent
    language: str
    answers: Mapping[str, Answer]


def questionnaire_file_name(unit: Unit, assessment_round: Round, respondent: Respondent) -> str:
    """A file name (no extension) naming the unit, round and alias, valid on every system."""
    text = f"{unit.name} - {assessment_round.title} - {respondent.alias}"
    name = re.sub(r"\s+", " ", _FILE_NAME_UNSAFE.sub("-", text)).strip(" .-")
    return name[:150].rstrip(" .-") or "questionnaire"


def needs_justification_column(pack: Pack) -> bool:
    return any(option.requires_justification for option in pack.answer_scale.options)


def write_questionnaire(
    content: QuestionnaireContent,
    path: Path | str,
    *,
    translate: Translate | None = None,
    password: str | None = None,
) -> Path:
    """Build the questionnaire and put it in place atomically (protected with `password`
    if one is given); returns the path written."""
    return save_atomically(
        build_questionnaire(content, translate=translate), Path(path), password=password
    )


def build_questionnaire(
    content: QuestionnaireContent, *, translate: Translate | None = None
) -> Workbook:
    from openpyxl import Workbook
    from openpyxl.workbook.protection import WorkbookProtection

    translate = translate or _default_translate
    workbook = Workbook()
    instructions = workbook.active
    assert instructions is not None  # a new workbook always has one sheet
    instructions.title = _sheet_name(translate("Questionnaire", "Instructions"), "Instructions")
    criteria_name = _sheet_name(translate("Questionnaire", "Criteria"), "Criteria")
    if criteria_name == instructions.title:
        criteria_name = "Criteria"
    criteria = workbook.create_sheet(criteria_name)
    header = _header(content.pack, translate)
    _criteria_sheet(criteria, content, header, translate)
    _instructions_sheet(instructions, content, criteria_name, header, translate)
    metadata = workbook.create_sheet(METADATA)
    pairs = metadata_pairs(content, criteria_name)
    for row, (key, value) in enumerate(pairs, start=1):
        write_text(metadata, row, 1, key)
        write_text(metadata, row, 2, value)
    rows = [
        (c.standard, c.id, c.statement.get(content.language), c.evidence.get(content.language))
        for c in content.pack.criteria()
    ]
    # As the cells read back: write_text leaves empty text as an empty cell.
    checksum = identity_checksum(
        [(key, value) for key, value in pairs],
        [title or None for title in header],
        [[clean_text(v) or None for v in row] for row in rows],
    )
    write_text(metadata, len(pairs) + 1, 1, CHECKSUM_KEY)
    write_text(metadata, len(pairs) + 1, 2, checksum)
    metadata.column_dimensions["A"].width = 22
    metadata.column_dimensions["B"].width = 70
    metadata.protection.sheet = True
    # "veryHidden": Excel's Unhide menu does not list it; nobody needs to see it.
    metadata.sheet_state = "veryHidden"
    # Sheets cannot be added, renamed, moved or unhidden; the cells' own locks do the rest.
    workbook.security = WorkbookProtection(lockStructure=True)
    workbook.active = 0
    workbook.properties.creator = APP_NAME
    workbook.properties.title = clean_text(
        f"{content.unit.name}: {content.round.title}: {content.respondent.alias}"
    )
    return workbook


def metadata_pairs(content: QuestionnaireContent, criteria_sheet: str) -> list[tuple[str, str]]:
    """The identifying key/value pairs, as text (numbers would not read back alike)."""
    pack, rnd, respondent = content.pack, content.round, content.respondent
    return [
        ("format", FORMAT_NAME),
        ("format_version", str(FORMAT_VERSION)),
        ("app_version", __version__),
        ("unit_id", content.unit.id),
        ("round_id", rnd.id),
        ("respondent_id", respondent.id),
        ("respondent_alias", clean_text(respondent.alias)),
        ("perspective", respondent.perspective),
        ("pack_id", pack.id),
        ("pack_version", pack.version),
        ("pack_content_hash", pack.content_hash),
        ("language", content.language),
        ("criteria_sheet", criteria_sheet),
        ("criteria_count", str(len(pack.criteria()))),
        ("created_utc", dt.datetime.now(dt.UTC).isoformat(timespec="seconds")),
        ("checksum_algorithm", CHECKSUM_ALGORITHM),
    ]


def identity_checksum(
    pairs: Sequence[tuple[str, str]],
    header: Sequence[str | None],
    rows: Sequence[Sequence[str | None]],
) -> str:
    document = {
        "format": FORMAT_NAME,
        "metadata": [list(pair) for pair in pairs],
        "header": list(header),
        "criteria": [list(row) for row in rows],
    }
    text = json.dumps(document, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _sheet_name(text: str, fallback: str) -> str:
    name = _SHEET_NAME_UNSAFE.sub("-", text).strip("' ")[:31]
    return name if name and name != METADATA else fallback


def _header(pack: Pack, translate: Translate) -> list[str]:
    titles = [
        translate("Questionnaire", "Standard"),
        translate("Questionnaire", "Criterion ID"),
        translate("Questionnaire", "Statement"),
        translate("Questionnaire", "Evidence that may support the answer"),
        translate("Questionnaire", "Answer"),
        translate("Questionnaire", "Notes (what the answer is based on)"),
    ]
    if needs_justification_column(pack):
        titles.append(translate("Questionnaire", "Why not applicable"))
    return [clean_text(title) for title in titles]


def answer_labels(pack: Pack, language: str) -> list[str]:
    return [option.label.get(language) for option in pack.answer_scale.options]


def _criteria_sheet(
    ws: Worksheet, content: QuestionnaireContent, header: list[str], translate: Translate
) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill, Protection
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    lang, pack = content.language, content.pack
    heading_fill = PatternFill("solid", fgColor="DDE6F0")
    for column, (title, width) in enumerate(zip(header, WIDTHS, strict=False), start=1):
        cell = write_text(ws, HEADER_ROW, column, title)
        cell.font = Font(bold=True)
        cell.fill = heading_fill
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        ws.column_dimensions[get_column_letter(column)].width = width
    ws.row_dimensions[HEADER_ROW].height = ROW_LINE_HEIGHT * 2
    input_columns = list(range(COL_ANSWER, len(header) + 1))
    fill = PatternFill("solid", fgColor=INPUT_FILL)
    unlocked = Protection(locked=False)
    # A note longer than a cell holds is shown cut; the import keeps the whole stored note.
    marker = translate(
        "Questionnaire", "… [continues: {count} more characters, kept in PROMISE tracker]"
    )
    row = FIRST_ROW
    for criterion in pack.criteria():
        write_text(ws, row, COL_STANDARD, criterion.standard)
        write_text(ws, row, COL_CRITERION, criterion.id)
        write_text(ws, row, COL_STATEMENT, criterion.statement.get(lang))
        write_text(ws, row, COL_EVIDENCE, criterion.evidence.get(lang))
        answer = content.answers.get(criterion.id)
        if answer is not None:
            if answer.value is not None and answer.value in pack.answer_scale.ids:
                label = pack.answer_scale.option(answer.value).label.get(lang)
                write_text(ws, row, COL_ANSWER, label)
            write_text(ws, row, COL_NOTE, answer.note, marker=marker)
            if COL_JUSTIFICATION in input_columns:
                write_text(ws, row, COL_JUSTIFICATION, answer.na_justification, marker=marker)
        for column in input_columns:
            cell = ws.cell(row=row, column=column)
            cell.protection = unlocked
            cell.fill = fill
            # Text format: Excel keeps "1/2" or "2024-05" typed in a note as the text typed.
            cell.number_format = "@"
        row += 1
    last = row - 1
    wrap_rows(ws, [COL_STATEMENT, COL_EVIDENCE, *input_columns], FIRST_ROW)

    labels = answer_labels(pack, lang)
    validation = DataValidation(
        type="list",
        formula1=_list_formula(labels),
        allow_blank=True,
        showErrorMessage=True,
        showInputMessage=True,
    )
    validation.errorTitle = clean_text(translate("Questionnaire", "Not an answer of the list"))[:32]
    validation.error = clean_text(
        translate("Questionnaire", "Choose one of: {labels}").format(labels=", ".join(labels))
    )[:255]
    validation.promptTitle = clean_text(translate("Questionnaire", "Answer"))[:32]
    validation.prompt = clean_text(
        translate("Questionnaire", "Choose from the list: {labels}").format(
            labels=", ".join(labels)
        )
    )[:255]
    validation.add(
        f"{get_column_letter(COL_ANSWER)}{FIRST_ROW}:{get_column_letter(COL_ANSWER)}{last}"
    )
    ws.add_data_validation(validation)

    ws.freeze_panes = ws.cell(row=FIRST_ROW, column=COL_STATEMENT)
    print_settings(ws, HEADER_ROW)
    protection = ws.protection
    protection.sheet = True
    # Respondents may still resize rows and columns to read long notes.
    protection.formatRows = False
    protection.formatColumns = False
    protection.formatCells = False


def _list_formula(labels: Sequence[str]) -> str:
    """An inline list for data validation ("Yes,No,..."); quotes doubled as Excel expects."""
    inner = ",".join(label.replace('"', '""') for label in labels)
    return f'"{inner}"'


def _instructions_sheet(
    ws: Worksheet,
    content: QuestionnaireContent,
    criteria_sheet: str,
    header: list[str],
    translate: Translate,
) -> None:
    from openpyxl.styles import Alignment, Font

    lang, pack, rnd = content.language, content.pack, content.round
    try:
        perspective = pack.perspective(content.respondent.perspective).label.get(lang)
    except KeyError:
        perspective = content.respondent.perspective
    write_text(ws, 1, 1, translate("Questionnaire", "Self-assessment questionnaire")).font = Font(
        bold=True, size=14
    )
    facts = [
        (translate("Questionnaire", "Unit"), content.unit.name),
        (translate("Questionnaire", "Round"), rnd.title),
        (translate("Questionnaire", "Round date"), rnd.date.isoformat()),
        (translate("Questionnaire", "Respondent (alias)"), content.respondent.alias),
        (translate("Questionnaire", "Perspective"), perspective),
        (
            translate("Questionnaire", "Standards pack"),
            translate("Questionnaire", "{title}, version {version}").format(
                title=pack.title.get(lang), version=pack.version
            ),
        ),
        (translate("Questionnaire", "Language"), lang),
    ]
    row = 3
    for key, value in facts:
        write_text(ws, row, 1, key).font = Font(bold=True)
        write_text(ws, row, 2, value).alignment = Alignment(wrap_text=True, vertical="top")
        row += 1
    row += 1
    write_text(ws, row, 1, translate("Questionnaire", "What to do")).font = Font(bold=True, size=12)
    row += 1
    labels = answer_labels(pack, lang)
    steps = [
        translate(
            "Questionnaire",
            "Go to the sheet “{sheet}”. Each row is one criterion: read the statement and "
            "the evidence that may support it.",
        ).format(sheet=criteria_sheet),
        translate(
            "Questionnaire",
            "In the column “{answer}”, choose your answer from the list: {labels}. Leave it "
            "empty if you cannot answer.",
        ).format(answer=header[COL_ANSWER - 1], labels=", ".join(labels)),
        translate(
            "Questionnaire",
            "In the column “{notes}”, write what your answer is based on: documents, "
            "routines, examples. For a new line inside a cell press Alt+Enter (Excel) or "
            "Ctrl+Enter (LibreOffice).",
        ).format(notes=header[COL_NOTE - 1]),
    ]
    requiring = [o for o in pack.answer_scale.options if o.requires_justification]
    if requiring and len(header) >= COL_JUSTIFICATION:
        steps.append(
            translate(
                "Questionnaire",
                "If you answer “{answer}”, explain why in the column “{column}”. Without an "
                "explanation the answer counts as unanswered.",
            ).format(answer=requiring[0].label.get(lang), column=header[COL_JUSTIFICATION - 1])
        )
    steps += [
        translate(
            "Questionnaire",
            "Only the yellow cells can be changed. Do not unprotect the sheet, edit the "
            "other columns, add, remove or sort rows, or rename sheets: the file is checked "
            "when it is imported, and a changed file is refused.",
        ),
        translate(
            "Questionnaire",
            "Save the file as an Excel workbook (.xlsx), keep its name, and return it to the "
            "person who sent it to you.",
        ),
        translate(
            "Questionnaire",
            "Your answers are known only by your alias, never by your name.",
        ),
    ]
    for number, step in enumerate(steps, start=1):
        write_text(ws, row, 1, f"{number}.").alignment = Alignment(vertical="top")
        write_text(ws, row, 2, step).alignment = Alignment(wrap_text=True, vertical="top")
        row += 1
    row += 1
    write_text(ws, row, 1, translate("Questionnaire", "About the criteria")).font = Font(bold=True)
    write_text(ws, row, 2, pack.provenance.get(lang)).alignment = Alignment(
        wrap_text=True, vertical="top"
    )
    ws.column_dimensions["A"].width = 24
    ws.column_dimensions["B"].width = 90
    wrap_rows(ws, [2], 3)
    print_settings(ws, 1)
    ws.print_title_rows = None
    ws.page_setup.orientation = "portrait"
    ws.protection.sheet = True


# --- reading -------------------------------------------------------------------------------


@dataclass(frozen=True)
class QuestionnaireRow:
    """One criterion row as read: the locked identifying cells and what was filled in."""

    row: int
    standard: object
    criterion_id: object
    statement: object
    evidence: object
    answer: object
    note: object
    justification: object


@dataclass(frozen=True)
class QuestionnaireFile:
    """A questionnaire read from disk: its metadata and rows, not yet checked against a pack."""

    path: Path
    metadata: dict[str, str]
    pairs: tuple[tuple[str, str], ...]  # metadata in sheet order, checksum row left out
    stored_checksum: str
    header: tuple[object, ...]
    rows: tuple[QuestionnaireRow, ...]
    formulas: tuple[tuple[str, str], ...]  # (sheet, cell) of every formula in the file
    criteria_sheet: str

    @property
    def round_id(self) -> str:
        return self.metadata.get("round_id", "")

    @property
    def respondent_id(self) -> str:
        return self.metadata.get("respondent_id", "")

    @property
    def language(self) -> str:
        return self.metadata.get("language", "")

    @property
    def pack_key(self) -> tuple[str, str, str]:
        meta = self.metadata
        return (
            meta.get("pack_id", ""),
            meta.get("pack_version", ""),
            meta.get("pack_content_hash", ""),
        )


def read_questionnaire(path: Path | str, *, passwords: Sequence[str] = ()) -> QuestionnaireFile:
    """Read a questionnaire safely; raises ImportFileError for a file that is not one
    (PasswordNeededError for a protected file none of `passwords` opens)."""
    path = Path(path)
    workbook = read_workbook(path, max_rows=MAX_ROWS, passwords=passwords)
    meta, pairs, stored = _metadata(path, workbook)
    sheet_name = meta.get("criteria_sheet", "")
    if sheet_name not in workbook.sheets:
        raise ImportFileError(
            path,
            i18n.translate(
                "Questionnaire",
                "has no criteria sheet named “{sheet}”; sheets were renamed or removed",
            ).format(sheet=sheet_name),
        )
    sheet = workbook.sheets[sheet_name]
    header = sheet.rows[0] if sheet.rows else ()
    rows = []
    for number, values in enumerate(sheet.rows[1:], start=FIRST_ROW):
        cells = list(values) + [None] * (COL_JUSTIFICATION - len(values))
        if all(value is None or value == "" for value in cells):
            continue
        rows.append(
            QuestionnaireRow(
                row=number,
                standard=cells[COL_STANDARD - 1],
                criterion_id=cells[COL_CRITERION - 1],
                statement=cells[COL_STATEMENT - 1],
                evidence=cells[COL_EVIDENCE - 1],
                answer=cells[COL_ANSWER - 1],
                note=cells[COL_NOTE - 1],
                justification=cells[COL_JUSTIFICATION - 1],
            )
        )
    formulas = tuple((s.name, cell) for s in workbook.sheets.values() for cell in s.formulas)
    return QuestionnaireFile(
        path=path,
        metadata=meta,
        pairs=tuple(pairs),
        stored_checksum=stored,
        header=_trim(header),
        rows=tuple(rows),
        formulas=formulas,
        criteria_sheet=sheet_name,
    )


def _trim(values: Sequence[object]) -> tuple[object, ...]:
    items = list(values)
    while items and items[-1] is None:
        items.pop()
    return tuple(items)


def _metadata(
    path: Path, workbook: WorkbookData
) -> tuple[dict[str, str], list[tuple[str, str]], str]:
    if METADATA not in workbook.sheets:
        raise ImportFileError(
            path,
            i18n.translate(
                "Questionnaire",
                "is not a questionnaire made by PROMISE tracker (it has no Metadata sheet)",
            ),
        )
    pairs: list[tuple[str, str]] = []
    stored = ""
    typed = True  # every key and value is text, as written
    for row in workbook.sheets[METADATA].rows:
        if not row or row[0] is None:
            continue
        key = row[0]
        value = row[1] if len(row) > 1 else None
        typed = typed and isinstance(key, str) and isinstance(value, str | None)
        if key == CHECKSUM_KEY:
            stored = str(value or "")
            continue
        pairs.append((str(key), "" if value is None else str(value)))
    meta = dict(pairs)
    if meta.get("format") == EXPORT_FORMAT:
        raise ImportFileError(
            path,
            i18n.translate(
                "Questionnaire",
                "is a round or unit export, not a respondent's questionnaire; import it with "
                "File > Import from Excel… in the app, or with the command "
                "“promise-tracker import”",
            ),
        )
    if meta.get("format") != FORMAT_NAME:
        raise ImportFileError(
            path,
            i18n.translate(
                "Questionnaire",
                "is not a questionnaire made by PROMISE tracker (its Metadata names another "
                "format); a round export is imported with File > Import from Excel",
            ),
        )
    version = meta.get("format_version", "")
    if not version.isdigit():
        raise ImportFileError(
            path,
            i18n.translate(
                "Questionnaire", "has an unknown questionnaire format version ({version})"
            ).format(version=version or "?"),
        )
    if int(version) > FORMAT_VERSION:
        raise ImportFileError(
            path,
            i18n.translate(
                "Questionnaire",
                "was made by a newer version of PROMISE tracker (questionnaire format "
                "{version}; this version reads format {known}); update PROMISE tracker to "
                "import it",
            ).format(version=version, known=FORMAT_VERSION),
        )
    if int(version) != FORMAT_VERSION:
        raise ImportFileError(
            path,
            i18n.translate(
                "Questionnaire", "has an unknown questionnaire format version ({version})"
            ).format(version=version),
        )
    if not typed:
        raise ImportFileError(path, _tampered())
    return meta, pairs, stored


def _tampered() -> str:
    return i18n.translate(
        "Questionnaire",
        "was changed after it was handed out: the parts that identify the questionnaire "
        "(round, respondent, criteria, statements) no longer match its checksum; hand out a "
        "new questionnaire",
    )


# --- checking against the pack -------------------------------------------------------------


@dataclass(frozen=True)
class FilledAnswer:
    """One criterion's answer as filled in, with the row it came from."""

    row: int
    criterion_id: str
    value: str | None  # an answer id of the scale
    note: str
    na_justification: str


@dataclass(frozen=True)
class CheckedQuestionnaire:
    answers: tuple[FilledAnswer, ...]
    problems: tuple[str, ...]  # any problem refuses the file
    warnings: tuple[str, ...]  # stored anyway, but worth knowing


def label_lookup(pack: Pack) -> dict[str, str]:
    """Every way an answer may be written (labels in every language, ids), folded -> id."""
    lookup: dict[str, str] = {}
    for option in pack.answer_scale.options:
        for _, label in option.label.values:
            lookup.setdefault(_fold(label), option.id)
    for option in pack.answer_scale.options:
        lookup.setdefault(_fold(option.id), option.id)
    return lookup


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


def _cell_text(value: object) -> str:
    """A note or justification cell as text: numbers and dates typed into it kept readable."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ", timespec="minutes") if value.time() else str(value.date())
    if isinstance(value, dt.date):
        return value.isoformat()
    return clean_text(str(value))


def check_questionnaire(file: QuestionnaireFile, pack: Pack) -> CheckedQuestionnaire:
    """Compare a questionnaire with the round's pack; every problem named by row."""
    problems: list[str] = []
    warnings: list[str] = []
    id_problem = False
    formula_cells = set()
    from openpyxl.utils import get_column_letter

    column_names = {
        get_column_letter(COL_ANSWER): i18n.translate("Questionnaire", "answer"),
        get_column_letter(COL_NOTE): i18n.translate("Questionnaire", "notes"),
        get_column_letter(COL_JUSTIFICATION): i18n.translate("Questionnaire", "justification"),
    }
    for sheet, cell in file.formulas:
        formula_cells.add((sheet, cell))
        letters = cell.rstrip("0123456789")
        number = cell[len(letters) :]
        if sheet == file.criteria_sheet and letters in column_names:
            problems.append(
                i18n.translate(
                    "Questionnaire",
                    "row {row}: the {column} cell {cell} holds a formula; questionnaires take "
                    "typed text only (a note may not start with “=” unless typed as text)",
                ).format(row=number, column=column_names[letters], cell=cell)
            )
        else:
            problems.append(
                i18n.translate(
                    "Questionnaire",
                    "sheet “{sheet}”, cell {cell} holds a formula; questionnaires never hold "
                    "formulas",
                ).format(sheet=sheet, cell=cell)
            )

    expected = [c.id for c in pack.criteria()]
    seen: set[str] = set()
    lookup = label_lookup(pack)
    labels = ", ".join(answer_labels(pack, file.language or pack.default_language))
    answers: list[FilledAnswer] = []
    needs_reason = {o.id for o in pack.answer_scale.options if o.requires_justification}
    for index, row in enumerate(file.rows):
        found = row.criterion_id
        wanted = expected[index] if index < len(expected) else None
        if not isinstance(found, str) or found != wanted:
            id_problem = True
            if index >= len(expected):
                problems.append(
                    i18n.translate(
                        "Questionnaire",
                        "row {row}: a row the questionnaire did not have ({found}); rows may "
                        "not be added",
                    ).format(row=row.row, found=found if found is not None else "")
                )
            elif isinstance(found, str) and pack.has_criterion(found):
                problems.append(
                    i18n.translate(
                        "Questionnaire",
                        "row {row}: holds criterion {found} where {wanted} should be; rows "
                        "were moved, sorted or their IDs edited",
                    ).format(row=row.row, found=found, wanted=wanted)
                )
            else:
                problems.append(
                    i18n.translate(
                        "Questionnaire",
                        "row {row}: the criterion ID “{found}” is not a criterion of {pack} "
                        "{version} (it should be {wanted}); criterion IDs may not be edited",
                    ).format(
                        row=row.row,
                        found="" if found is None else found,
                        pack=pack.id,
                        version=pack.version,
                        wanted=wanted,
                    )
                )
            continue
        if found in seen:
            continue
        seen.add(found)
        value: str | None = None
        raw = row.answer
        if (file.criteria_sheet, f"E{row.row}") in formula_cells:
            raw = None
        if raw is not None and not (isinstance(raw, str) and not raw.strip()):
            value = lookup.get(_fold(_cell_text(raw)))
            if value is None:
                problems.append(
                    i18n.translate(
                        "Questionnaire",
                        "row {row} ({criterion}): “{value}” is not an answer; choose one of "
                        "{labels}",
                    ).format(
                        row=row.row,
                        criterion=found,
                        value=_cell_text(raw)[:80],
                        labels=labels,
                    )
                )
                continue
        note = _cell_text(row.note)
        justification = _cell_text(row.justification)
        if value in needs_reason and not justification:
            warnings.append(
                i18n.translate(
                    "Questionnaire",
                    "row {row} ({criterion}): answered “{answer}” without saying why; it "
                    "counts as unanswered until a justification is added",
                ).format(
                    row=row.row,
                    criterion=found,
                    answer=pack.answer_scale.option(value).label.get(
                        file.language or pack.default_language
                    ),
                )
            )
        answers.append(FilledAnswer(row.row, found, value, note, justification))
    missing = expected[len(file.rows) :]
    if missing:
        id_problem = True
        problems.append(
            i18n.translate(
                "Questionnaire",
                "{count} criteria are missing at the end, from {first}; rows may not be removed",
            ).format(count=len(missing), first=missing[0])
        )
    if not id_problem and _actual_checksum(file) != file.stored_checksum:
        problems.append(_tampered())
    return CheckedQuestionnaire(tuple(answers), capped(problems), tuple(warnings))


def capped(lines: Sequence[str], limit: int = MAX_LISTED_PROBLEMS) -> tuple[str, ...]:
    """The first `limit` lines and, if there are more, one line counting the rest."""
    if len(lines) <= limit:
        return tuple(lines)
    rest = len(lines) - limit
    if rest == 1:
        more = i18n.translate("Questionnaire", "… and 1 more problem")
    else:
        more = i18n.translate("Questionnaire", "… and {count} more problems").format(
            count=f"{rest:,}"
        )
    return (*lines[:limit], more)


CutState = Literal["whole", "cut", "edited"]


def cut_text_state(cell: str, stored: str) -> CutState:
    """How a note read back relates to the stored note it was written from.

    "cut": the cell is exactly the stored note as the questionnaire showed it, cut to fit a
    cell with its marker, so the stored note is meant whole. "edited": the cut text still
    carries the marker but was changed; importing it would lose the rest of the note.
    "whole": anything else (the stored note fits a cell, or the marker was removed: the
    cell's text is what the respondent wrote).
    """
    shown = clean_text(stored)
    at = cut_position(shown)
    if at is None:
        return "whole"
    count = f"{len(shown) - at:,}"
    markers = [m for m in _CUT_MARKER.finditer(cell) if count in m.group()]
    if not markers:
        return "whole"
    if markers[-1].start() == at and markers[-1].end() == len(cell) and cell[:at] == shown[:at]:
        return "cut"
    return "edited"


def _actual_checksum(file: QuestionnaireFile) -> str:
    header = [v if isinstance(v, str) or v is None else str(v) for v in file.header]
    rows = [
        [_identity_value(v) for v in (r.standard, r.criterion_id, r.statement, r.evidence)]
        for r in file.rows
    ]
    return identity_checksum(list(file.pairs), header, rows)


def _identity_value(value: object) -> str | None:
    if value is None or isinstance(value, str):
        return value
    return str(value)


__all__ = [
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "MAX_LISTED_PROBLEMS",
    "MAX_ROWS",
    "CheckedQuestionnaire",
    "FilledAnswer",
    "ImportFileError",
    "QuestionnaireContent",
    "QuestionnaireFile",
    "QuestionnaireRow",
    "build_questionnaire",
    "capped",
    "check_questionnaire",
    "cut_text_state",
    "label_lookup",
    "questionnaire_file_name",
    "read_questionnaire",
    "write_questionnaire",
]
