"""Reads an .xlsx file defensively: zip checks before openpyxl, then plain cell values out.

openpyxl has no guard against zip bombs, macro-enabled or encrypted files, and raises a
handful of unrelated exceptions for broken ones; every such problem here becomes one
`ImportFileError` whose message names the file. XML entity attacks are refused twice: a
DTD in any part is refused before parsing, and openpyxl parses through defusedxml.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path
from xml.etree.ElementTree import ParseError

from promise_tracker.errors import PromiseTrackerError
from promise_tracker.i18n import translate

OLE_SIGNATURE = bytes.fromhex("D0CF11E0A1B11AE1")
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


@dataclass(frozen=True)
class SheetData:
    """One worksheet as plain values, with the cells that hold formulas."""

    name: str
    rows: tuple[tuple[object, ...], ...]
    formulas: tuple[str, ...]  # cell coordinates, e.g. "G2"


@dataclass(frozen=True)
class WorkbookData:
    sheets: dict[str, SheetData]

    @property
    def sheetnames(self) -> list[str]:
        return list(self.sheets)


def check_container(path: Path) -> None:
    """Refuse, before any XML is parsed, what is not a plain, reasonably sized .xlsx."""
    try:
        with path.open("rb") as handle:
            head = handle.read(8)
    except OSError as error:
        raise ImportFileError(
            path,
            translate("ImportFile", "cannot be read: {error}").format(
                error=error.strerror or error
            ),
        ) from error
    if head == OLE_SIGNATURE:
        raise ImportFileError(
            path,
            translate(
                "ImportFile",
                "is password-protected (encrypted) or an old .xls workbook; save it in Excel "
                "as an .xlsx workbook without a password and import that",
            ),
        )
    if not zipfile.is_zipfile(path):
        raise ImportFileError(
            path,
            translate("ImportFile", "is not an Excel .xlsx file, or it is damaged or incomplete"),
        )
    try:
        with zipfile.ZipFile(path) as archive:
            _check_members(path, archive)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, KeyError) as error:
        raise ImportFileError(
            path,
            translate(
                "ImportFile", "is not an Excel .xlsx file, or it is damaged or incomplete ({error})"
            ).format(error=error),
        ) from error


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


def read_workbook(path: Path | str) -> WorkbookData:
    """Check the file, then read every sheet's values (formulas noted, never evaluated)."""
    path = Path(path)
    check_container(path)
    from defusedxml import (  # type: ignore[import-untyped]  # openpyxl parses through it
        DefusedXmlException,
    )
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        workbook = load_workbook(path, read_only=True, keep_links=False)
        try:
            sheets = {ws.title: _read_sheet(path, ws) for ws in workbook.worksheets}
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
            translate("ImportFile", "cannot be read as an Excel workbook ({error})").format(
                error=f"{type(error).__name__}: {error}"
            ),
        ) from error
    return WorkbookData(sheets)


def _read_sheet(path: Path, ws: object) -> SheetData:
    from openpyxl.utils import get_column_letter

    claimed_rows = getattr(ws, "max_row", None) or 0
    claimed_columns = getattr(ws, "max_column", None) or 0
    title = getattr(ws, "title", "?")
    if claimed_rows > MAX_ROWS or claimed_columns > MAX_COLUMNS:
        raise _size_error(path, title, claimed_rows, claimed_columns)
    rows: list[tuple[object, ...]] = []
    formulas: list[str] = []
    for number, cells in enumerate(ws.iter_rows(), start=1):  # type: ignore[attr-defined]
        if number > MAX_ROWS or len(cells) > MAX_COLUMNS:
            raise _size_error(path, title, number, len(cells))
        values = []
        for column, cell in enumerate(cells, start=1):
            if getattr(cell, "data_type", None) == "f":
                formulas.append(f"{get_column_letter(column)}{number}")
            values.append(getattr(cell, "value", None))
        rows.append(tuple(values))
    return SheetData(title, tuple(rows), tuple(formulas))


def _size_error(path: Path, sheet: str, rows: int, columns: int) -> ImportFileError:
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
            max_rows=f"{MAX_ROWS:,}",
            max_columns=MAX_COLUMNS,
        ),
    )


__all__ = ["ImportFileError", "SheetData", "WorkbookData", "check_container", "read_workbook"]
