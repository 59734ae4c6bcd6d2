"""Reads an .xlsx file defensively: zip checks before openpyxl, then plain cell values out.

openpyxl has no guard against zip bombs, macro-enabled or encrypted files, and raises a
handful of unrelated exceptions for broken ones; every such problem here becomes one
`ImportFileError` whose message names the file and says in plain words what is wrong
(never an exception's own text). XML entity attacks are refused twice: a DTD in any part is
refused before parsing, and openpyxl parses through defusedxml; a sheet read without openpyxl
(a plain sheet, see below) holds no "<!" at all, or it goes to openpyxl too. A sheet with
more rows than the reader accepts is refused from a count of its rows in the XML, before any
cell is read.
A password-protected workbook (`encryption`) is read with a password given by the caller:
it is decrypted in memory and then checked exactly like a plain file.

Formulas are never evaluated. One kind is accepted, as the value it stands for: a constant
TRUE()/FALSE() whose cached value is that boolean, which is how LibreOffice Calc saves a
boolean cell it opened (`accepted_formula_value`); every import and comparison reads through
here, so they agree on what a spreadsheet program may have written. Any other formula (one
a person typed: =1+1, =A1, =HYPERLINK(...)) is listed in `SheetData.formulas`.
"""

from __future__ import annotations

import errno
import io
import re
import warnings
import zipfile
from collections.abc import Container, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO
from xml.etree.ElementTree import ParseError

from promise_tracker.errors import PromiseTrackerError
from promise_tracker.exchange.encryption import has_ole_signature
from promise_tracker.i18n import translate

MAX_TOTAL_BYTES = 50 * 1024 * 1024  # all members, uncompressed
MAX_MEMBERS = 1_000
MAX_RATIO = 100  # uncompressed / compressed, for members big enough to matter
RATIO_FLOOR_BYTES = 1024 * 1024  # small members may compress well without being a bomb
MAX_ROWS = 200_000  # per sheet; a whole unit's export is a few thousand rows
MAX_COLUMNS = 200
MACRO_CONTENT_TYPE = b"macroenabled"


class ImportFileError(PromiseTrackerError):
    """A file offered for import is refused: unreadable, unsafe or not a valid export."""

    def __init__(self, path: Path | str, reason: str) -> None:
        super().__init__(f"{Path(path).name}: {reason}")
        self.path = Path(path)
        self.reason = reason


class PasswordNeededError(ImportFileError):
    """The file is a password-protected workbook and no password given opens it.

    `tried` is how many passwords were tried (0: none was given). Whoever offers the file
    can ask for its password and read it again.
    """

    def __init__(self, path: Path | str, *, tried: int) -> None:
        if tried:
            reason = translate(
                "ImportFile",
                "is protected with a password, and the password given does not open it",
            )
        else:
            reason = translate(
                "ImportFile", "is protected with a password; give its password to open it"
            )
        super().__init__(path, reason)
        self.tried = tried


@dataclass(frozen=True)
class SheetData:
    """One worksheet as plain values, with the cells that hold formulas not accepted."""

    name: str
    rows: tuple[tuple[object, ...], ...]
    formulas: tuple[str, ...]  # cell coordinates, e.g. "G2"


@dataclass(frozen=True)
class WorkbookData:
    sheets: dict[str, SheetData]

    @property
    def sheetnames(self) -> list[str]:
        return list(self.sheets)


def unreadable(path: Path, error: OSError) -> ImportFileError:
    """Why a file cannot be opened, in plain words (not the system's error text)."""
    if isinstance(error, FileNotFoundError):
        reason = translate("ImportFile", "cannot be read: there is no such file")
    elif isinstance(error, PermissionError):
        reason = translate("ImportFile", "cannot be read: you do not have permission to open it")
    elif isinstance(error, IsADirectoryError):
        reason = translate("ImportFile", "cannot be read: it is a folder, not a file")
    elif error.errno == errno.EIO:
        reason = translate(
            "ImportFile",
            "cannot be read: the disk or network drive it is on reported an error; copy the "
            "file to this computer and try again",
        )
    else:
        reason = translate(
            "ImportFile",
            "cannot be read; check that the file is still there and that you may open it",
        )
    return ImportFileError(path, reason)


def check_container(path: Path) -> None:
    """Refuse, before any XML is parsed, what is not a plain, reasonably sized .xlsx.

    A password-protected workbook is refused here too (`PasswordNeededError`); reading one
    goes through `read_workbook` with its password.
    """
    head = _head(path)
    if has_ole_signature(head):
        raise _ole_error(path, ())
    _check_zip(path, path)


def _head(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(8)
    except OSError as error:
        raise unreadable(path, error) from error


def _check_zip(path: Path, source: Path | BinaryIO) -> None:
    if not zipfile.is_zipfile(source):
        raise ImportFileError(
            path,
            translate("ImportFile", "is not an Excel .xlsx file, or it is damaged or incomplete"),
        )
    try:
        with zipfile.ZipFile(source) as archive:
            _check_members(path, archive)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, KeyError) as error:
        raise _damaged(path) from error


def _ole_error(path: Path, passwords: Sequence[str]) -> ImportFileError:
    """What to say about an OLE file: a protected workbook needs (another) password; any
    other OLE file is an old .xls workbook or damaged."""
    from promise_tracker.exchange.encryption import is_encrypted_workbook

    if is_encrypted_workbook(path):
        return PasswordNeededError(path, tried=len([p for p in passwords if p]))
    return ImportFileError(
        path,
        translate(
            "ImportFile",
            "is an old Excel .xls workbook or is damaged; save it in Excel as an .xlsx "
            "workbook and import that",
        ),
    )


def _decrypted(path: Path, passwords: Sequence[str]) -> BinaryIO:
    """The plain .xlsx inside a protected workbook, in memory, opened with a password."""
    from promise_tracker.exchange import encryption

    try:
        size = path.stat().st_size
    except OSError as error:
        raise unreadable(path, error) from error
    if size > encryption.MAX_ENCRYPTED_BYTES:
        raise ImportFileError(
            path,
            translate(
                "ImportFile",
                "is protected with a password and too large to be an export ({size} bytes); "
                "refused",
            ).format(size=f"{size:,}"),
        )
    try:
        return io.BytesIO(encryption.decrypt_workbook(path, passwords))
    except encryption.WrongPasswordError as error:
        raise PasswordNeededError(path, tried=error.tried) from error
    except encryption.NotEncryptedWorkbookError as error:
        raise _ole_error(path, passwords) from error
    except encryption.DamagedEncryptedFileError as error:
        raise ImportFileError(
            path,
            translate(
                "ImportFile",
                "is protected with a password but is damaged: the password fits, yet its "
                "content cannot be decrypted",
            ),
        ) from error
    except OSError as error:
        raise unreadable(path, error) from error


def _damaged(path: Path) -> ImportFileError:
    return ImportFileError(
        path,
        translate(
            "ImportFile",
            "is not an Excel .xlsx file, or it is damaged or incomplete (it cannot be unpacked)",
        ),
    )


def _check_members(path: Path, archive: zipfile.ZipFile) -> None:
    members = archive.infolist()
    if len(members) > MAX_MEMBERS:
        raise ImportFileError(
            path,
            translate("ImportFile", "holds {count} parts; too large to be an export").format(
                count=len(members)
            ),
        )
    total = 0
    for member in members:
        total += member.file_size
        ratio = member.file_size / max(member.compress_size, 1)
        if total > MAX_TOTAL_BYTES or (member.file_size > RATIO_FLOOR_BYTES and ratio > MAX_RATIO):
            raise ImportFileError(
                path,
                translate(
                    "ImportFile",
                    "is too large when unpacked and looks like a zip bomb ({part} unpacks to "
                    "{size} bytes); refused",
                ).format(part=member.filename, size=f"{member.file_size:,}"),
            )
        if member.flag_bits & 0x1:
            raise ImportFileError(
                path, translate("ImportFile", "is password-protected (encrypted); refused")
            )
        if member.filename.lower().endswith("vbaproject.bin"):
            raise _macro_error(path)
    names = {m.filename for m in members}
    if "[Content_Types].xml" not in names:
        raise ImportFileError(
            path, translate("ImportFile", "is not an Excel .xlsx file (no [Content_Types].xml)")
        )
    for member in members:
        if not member.filename.lower().endswith((".xml", ".rels", ".vml")):
            continue
        data = archive.read(member)  # bounded: sizes were checked above
        if MACRO_CONTENT_TYPE in data.lower() and member.filename == "[Content_Types].xml":
            raise _macro_error(path)
        lowered = data.lower()
        if b"<!doctype" in lowered or b"<!entity" in lowered:
            raise ImportFileError(
                path,
                translate(
                    "ImportFile",
                    "contains an XML document type declaration in {part}, which spreadsheets "
                    "never need (it may be an entity attack); refused",
                ).format(part=member.filename),
            )


def _macro_error(path: Path) -> ImportFileError:
    return ImportFileError(
        path,
        translate(
            "ImportFile",
            "is a macro-enabled workbook; PROMISE tracker never writes macros and refuses "
            "files that contain them",
        ),
    )


def read_workbook(
    path: Path | str, *, max_rows: int = MAX_ROWS, passwords: Sequence[str] = ()
) -> WorkbookData:
    """Check the file, then read every sheet's values (formulas noted, never evaluated).

    A password-protected workbook is opened with the first of `passwords` that fits
    (`PasswordNeededError` if none does) and decrypted in memory; what it holds then passes
    every check a plain file passes. A sheet with more than `max_rows` rows is refused
    before its cells are read.
    """
    path = Path(path)
    source: Path | BinaryIO = path
    if has_ole_signature(_head(path)):
        source = _decrypted(path, passwords)
    _check_zip(path, _again(source))
    from defusedxml import (  # type: ignore[import-untyped]  # openpyxl parses through it
        DefusedXmlException,
    )
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        # openpyxl warns about what it does not support (another program's styles or
        # extensions, say); none of it matters for reading values, and a warning printed
        # on the command line would only worry the user.
        with warnings.catch_warnings(), zipfile.ZipFile(_again(source)) as archive:
            warnings.simplefilter("ignore")
            workbook = load_workbook(_again(source), read_only=True, keep_links=False)
            try:
                sheets = {
                    ws.title: _read_sheet(path, archive, ws, max_rows) for ws in workbook.worksheets
                }
            finally:
                workbook.close()
    except ImportFileError:
        raise
    except (
        zipfile.BadZipFile,
        InvalidFileException,
        KeyError,
        ParseError,
        DefusedXmlException,
        ValueError,
        TypeError,
        OSError,
    ) as error:
        raise ImportFileError(
            path,
            translate(
                "ImportFile",
                "cannot be read as an Excel workbook: a part of it is damaged, or it was not "
                "saved as an Excel workbook (.xlsx)",
            ),
        ) from error
    return WorkbookData(sheets)


def _again(source: Path | BinaryIO) -> Path | BinaryIO:
    """The source for one more reader: a path as it is, bytes in memory as a new stream."""
    if isinstance(source, io.BytesIO):
        return io.BytesIO(source.getvalue())
    return source


# A row element of a sheet's XML, with or without a namespace prefix (not rowBreaks etc.).
_ROW_ELEMENT = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?row[\s>/]")


def _sheet_xml(archive: zipfile.ZipFile, ws: object) -> bytes | None:
    """The XML of a read-only worksheet of openpyxl, or None if it cannot be found."""
    name = str(getattr(ws, "_worksheet_path", "") or "").lstrip("/")
    try:
        return archive.read(name) if name else None
    except KeyError:
        return None


def _read_sheet(path: Path, archive: zipfile.ZipFile, ws: object, max_rows: int) -> SheetData:
    from openpyxl.utils import get_column_letter

    claimed_rows = getattr(ws, "max_row", None) or 0
    claimed_columns = getattr(ws, "max_column", None) or 0
    title = getattr(ws, "title", "?")
    if claimed_rows > max_rows or claimed_columns > MAX_COLUMNS:
        raise _size_error(path, title, claimed_rows, claimed_columns, max_rows)
    # The rows actually there, counted in the XML (members are size-checked already): a
    # sheet whose dimension is missing or wrong is refused before its cells are read too.
    xml = _sheet_xml(archive, ws)
    if xml is not None:
        counted = len(_ROW_ELEMENT.findall(xml))
        if counted > max_rows:
            raise _size_error(path, title, counted, None, max_rows)
    plain = None if xml is None else _plain_rows(ws, xml)
    if plain is not None:
        for number, row in enumerate(plain, start=1):
            if number > max_rows or len(row) > MAX_COLUMNS:
                raise _size_error(path, title, number, len(row), max_rows)
        return SheetData(title, tuple(plain), ())
    rows: list[tuple[object, ...]] = []
    formulas: list[str] = []
    for number, cells in enumerate(ws.iter_rows(), start=1):  # type: ignore[attr-defined]
        if number > max_rows or len(cells) > MAX_COLUMNS:
            raise _size_error(path, title, number, len(cells), max_rows)
        values = []
        for column, cell in enumerate(cells, start=1):
            if getattr(cell, "data_type", None) == "f":
                formulas.append(f"{get_column_letter(column)}{number}")
            values.append(getattr(cell, "value", None))
        rows.append(tuple(values))
    if formulas:
        rows, formulas = _accept_program_formulas(rows, formulas, xml)
    return SheetData(title, tuple(rows), tuple(formulas))


# --- plain sheets, read without openpyxl's cell objects --------------------------------------
#
# Reading a sheet through openpyxl builds an object per cell and per inline text, which is
# most of the time an import or a comparison takes. A sheet holding nothing but what an
# export writes (inline or shared texts, numbers that are not dates, booleans; no formula, no
# formatted text runs, no document type or comment) is read straight from its XML instead,
# to exactly the values openpyxl gives; anything else in it, and the sheet is left to
# openpyxl as before. Both readers see only XML that passed the checks above (no DTD in any
# part), and this one also leaves a sheet with any "<!" (a DTD, a comment, CDATA) to
# openpyxl, which parses through defusedxml.

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_ROW, _CELL, _VALUE = _MAIN + "row", _MAIN + "c", _MAIN + "v"
_FORMULA, _INLINE, _TEXT = _MAIN + "f", _MAIN + "is", _MAIN + "t"
_REFERENCE = re.compile(r"([A-Z]{1,3})[1-9][0-9]*")
_CHUNK = 1 << 16  # bytes parsed at a time: memory stays flat whatever the sheet's size


class _NotPlainError(Exception):
    """The sheet holds something the plain reader leaves to openpyxl."""


def _plain_rows(ws: object, xml: bytes) -> list[tuple[object, ...]] | None:
    """The sheet's rows as openpyxl's read-only `iter_rows()` gives their values, or None
    when the sheet is not plain (see above)."""
    shared = getattr(ws, "_shared_strings", None)
    dates = _Dates.of(getattr(ws, "parent", None))
    if shared is None or dates is None or b"<!" in xml:
        return None
    from xml.etree.ElementTree import ParseError as XmlParseError
    from xml.etree.ElementTree import XMLPullParser

    parsed: list[tuple[int, list[tuple[int, object]]]] = []
    parser: XMLPullParser[Any] = XMLPullParser(events=("end",))
    try:
        for start in range(0, len(xml), _CHUNK):
            parser.feed(xml[start : start + _CHUNK])
            _take_rows(parser, parsed, shared, dates)
        parser.close()
        _take_rows(parser, parsed, shared, dates)
    except (_NotPlainError, XmlParseError, ValueError, IndexError, TypeError):
        return None  # openpyxl reads it, or says it is damaged
    return _laid_out(parsed, getattr(ws, "max_row", None), getattr(ws, "max_column", None))


@dataclass(frozen=True)
class _Dates:
    """The workbook's date styles, and its numbers turned into dates as openpyxl does."""

    styles: Container[int]
    durations: Container[int]
    epoch: Any

    @classmethod
    def of(cls, workbook: object) -> _Dates | None:
        styles = getattr(workbook, "_date_formats", None)
        durations = getattr(workbook, "_timedelta_formats", None)
        epoch = getattr(workbook, "epoch", None)
        if styles is None or durations is None or epoch is None:
            return None
        return cls(styles, durations, epoch)

    def value(self, number: float, style: int) -> object:
        from openpyxl.utils.datetime import from_excel

        try:
            return from_excel(number, self.epoch, timedelta=style in self.durations)
        except (OverflowError, ValueError) as error:
            # openpyxl warns and reads an error value: left to it
            raise _NotPlainError from error


def _take_rows(
    parser: Any,
    parsed: list[tuple[int, list[tuple[int, object]]]],
    shared: Sequence[object],
    dates: _Dates,
) -> None:
    for _, element in parser.read_events():
        if element.tag != _ROW:
            continue
        number = element.get("r")
        if number is None:
            raise _NotPlainError  # openpyxl counts rows without a number
        cells: list[tuple[int, object]] = []
        for cell in element:
            # An export's cells are mostly inline texts: <c r=".." t="inlineStr"><is><t>..
            if len(cell) == 1 and cell.get("t") == "inlineStr" and cell.tag == _CELL:
                inline = cell[0]
                if inline.tag == _INLINE and len(inline) == 1 and inline[0].tag == _TEXT:
                    cells.append((_column_of(cell.get("r") or ""), inline[0].text or ""))
                    continue
            cells.append(_cell(cell, shared, dates))
        parsed.append((int(number), cells))
        element.clear()


def _cell(cell: Any, shared: Sequence[object], dates: _Dates) -> tuple[int, object]:
    """(column, value) of a cell element, as openpyxl's WorkSheetParser.parse_cell reads it."""
    if cell.tag != _CELL or cell.find(_FORMULA) is not None:
        raise _NotPlainError
    column = _column_of(cell.get("r") or "")
    kind = cell.get("t", "n")
    if kind == "inlineStr":
        inline = cell.find(_INLINE)
        if inline is None:
            return column, None
        if len(inline) != 1 or inline[0].tag != _TEXT:
            raise _NotPlainError  # formatted runs or phonetic text
        return column, inline[0].text or ""
    text = cell.findtext(_VALUE, None) or None
    if text is None:
        return column, None
    if kind == "n":
        number = float(text) if ("." in text or "E" in text or "e" in text) else int(text)
        style = cell.get("s")
        style_id = int(style) if style else 0
        if style_id in dates.styles:
            return column, dates.value(number, style_id)
        return column, number
    if kind == "s":
        return column, shared[int(text)]
    if kind == "b":
        return column, bool(int(text))
    if kind == "str":
        return column, text
    raise _NotPlainError  # errors, ISO dates, types openpyxl keeps as text


_COLUMNS: dict[str, int] = {}  # column letters -> number, as they are met


def _column_of(reference: str) -> int:
    """The column number of a cell reference such as "B12" (others are left to openpyxl)."""
    letters = reference.rstrip("0123456789")
    digits = reference[len(letters) :]
    found = _COLUMNS.get(letters)
    if found is None:
        if _REFERENCE.fullmatch(reference) is None:
            raise _NotPlainError
        found = 0
        for letter in letters:
            found = found * 26 + ord(letter) - 64
        _COLUMNS[letters] = found  # at most 26 + 26**2 + 26**3 entries
    if not digits or digits[0] == "0":
        raise _NotPlainError
    return found


def _laid_out(
    parsed: list[tuple[int, list[tuple[int, object]]]],
    max_row: int | None,
    max_column: int | None,
) -> list[tuple[object, ...]]:
    """Rows from row 1 as openpyxl's read-only worksheet lays them out from its claimed
    dimensions: missing rows empty, each row as wide as the dimension (or as its last cell
    when there is none), cells beyond it dropped, a row number going back skipped."""
    empty: tuple[object, ...] = (None,) * max_column if max_column is not None else ()
    rows: list[tuple[object, ...]] = []
    counter = 1
    number = 1
    for number, cells in parsed:
        if max_row is not None and number > max_row:
            break
        while counter < number:
            counter += 1
            rows.append(empty)
        if counter <= number:
            rows.append(_row_values(cells, max_column))
            counter += 1
    if max_row is not None and max_row < number:
        while counter <= max_row:
            counter += 1
            rows.append(empty)
    return rows


def _row_values(cells: list[tuple[int, object]], max_column: int | None) -> tuple[object, ...]:
    if not cells and not max_column:
        return ()
    width = max_column or cells[-1][0]
    values: list[object] = [None] * width
    for column, value in cells:
        if 1 <= column <= width:
            values[column - 1] = value
    return tuple(values)


# --- formulas a spreadsheet program writes for plain values --------------------------------

_BOOLEAN_FORMULA = re.compile(r"=?\s*(TRUE|FALSE)\s*(?:\(\s*\))?\s*", re.IGNORECASE)


def accepted_formula_value(formula: str, cached_type: str | None, cached: str | None) -> object:
    """The value a formula cell stands for if a spreadsheet program wrote it for a plain
    value, else `REFUSED`.

    LibreOffice Calc saves a boolean cell as the formula TRUE() or FALSE() with the boolean
    as its cached value (`t="b"`, `<v>1</v>` or `<v>0</v>`). Such a cell holds the boolean,
    nothing else: it refers to no cell, calls nothing and cannot change. Everything else is
    refused, and so is a TRUE()/FALSE() whose cached value does not match it.
    """
    match = _BOOLEAN_FORMULA.fullmatch(formula)
    if match is None or cached_type != "b" or cached not in ("0", "1"):
        return REFUSED
    value = match.group(1).upper() == "TRUE"
    return value if value == (cached == "1") else REFUSED


class _Refused:
    def __repr__(self) -> str:
        return "REFUSED"


REFUSED: object = _Refused()


def _accept_program_formulas(
    rows: list[tuple[object, ...]], formulas: list[str], xml: bytes | None
) -> tuple[list[tuple[object, ...]], list[str]]:
    """Put the value of every accepted formula in its cell; the rest stay listed."""
    from openpyxl.utils.cell import column_index_from_string, coordinate_from_string

    candidates = [
        cell
        for cell in formulas
        if _BOOLEAN_FORMULA.fullmatch(str(_value_at(rows, cell) or "")) is not None
    ]
    if not candidates or xml is None:
        return rows, formulas
    cached = _cached_values(xml, set(candidates))
    refused: list[str] = []
    changed = {index: list(row) for index, row in enumerate(rows)}
    for cell in formulas:
        letters, number = coordinate_from_string(cell)
        column = column_index_from_string(letters)
        formula = str(changed[number - 1][column - 1])
        cached_type, cached_value = cached.get(cell, (None, None))
        value = accepted_formula_value(formula, cached_type, cached_value)
        if value is REFUSED:
            refused.append(cell)
        else:
            changed[number - 1][column - 1] = value
    return [tuple(changed[index]) for index in range(len(rows))], refused


def _value_at(rows: list[tuple[object, ...]], cell: str) -> object:
    from openpyxl.utils.cell import column_index_from_string, coordinate_from_string

    letters, number = coordinate_from_string(cell)
    return rows[number - 1][column_index_from_string(letters) - 1]


def _cached_values(xml: bytes, cells: set[str]) -> dict[str, tuple[str | None, str | None]]:
    """(type, cached value text) of the formula cells named, read from the sheet's XML."""
    from io import BytesIO

    from defusedxml.ElementTree import iterparse  # type: ignore[import-untyped]

    found: dict[str, tuple[str | None, str | None]] = {}
    for _, element in iterparse(BytesIO(xml), events=("end",)):
        if _local(element.tag) != "c":
            continue
        reference = element.get("r")
        if reference in cells:
            value = next((child.text for child in element if _local(child.tag) == "v"), None)
            found[reference] = (element.get("t", "n"), value)
        element.clear()
    return found


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def check_no_formulas(path: Path, workbook: WorkbookData) -> None:
    """Refuse an export holding a formula that no program wrote for the export's values."""
    for sheet in workbook.sheets.values():
        if sheet.formulas:
            raise ImportFileError(
                path,
                translate(
                    "ImportFile",
                    "has a formula in sheet {sheet}, cell {cell}; exports never hold formulas, "
                    "so the file was edited; refused",
                ).format(sheet=repr(sheet.name), cell=sheet.formulas[0]),
            )


def _size_error(
    path: Path, sheet: str, rows: int, columns: int | None, max_rows: int
) -> ImportFileError:
    if columns is None:
        return ImportFileError(
            path,
            translate(
                "ImportFile",
                "is too large: the sheet {sheet} has {rows} rows (at most {max_rows} are "
                "accepted); refused",
            ).format(sheet=repr(sheet), rows=f"{rows:,}", max_rows=f"{max_rows:,}"),
        )
    return ImportFileError(
        path,
        translate(
            "ImportFile",
            "is too large: the sheet {sheet} has {rows} rows and {columns} columns "
            "(at most {max_rows} rows and {max_columns} columns are accepted); refused",
        ).format(
            sheet=repr(sheet),
            rows=f"{rows:,}",
            columns=f"{columns:,}",
            max_rows=f"{max_rows:,}",
            max_columns=MAX_COLUMNS,
        ),
    )


__all__ = [
    "ImportFileError",
    "PasswordNeededError",
    "SheetData",
    "WorkbookData",
    "accepted_formula_value",
    "check_container",
    "check_no_formulas",
    "read_workbook",
]
