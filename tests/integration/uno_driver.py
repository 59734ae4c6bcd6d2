"""Drives a running headless LibreOffice through UNO: open, type into cells, save as .xlsx.

Run by Debian's system Python, the one python3-uno is built for (not the project's venv):

    python3 uno_driver.py --pipe NAME wait --pid PID --timeout SECONDS
    python3 uno_driver.py --pipe NAME resave IN.xlsx OUT.xlsx
    python3 uno_driver.py --pipe NAME fill IN.xlsx OUT.xlsx [--save] < edits.json
    python3 uno_driver.py --pipe NAME read IN.xlsx < cells.json
    python3 uno_driver.py --pipe NAME quit

`fill` reads a JSON list of {"sheet": NAME, "cell": "E3", "text": "..."} from standard input
and types each text into its cell the way a person would in Calc; it refuses a cell that a
protected sheet locks, since a person could not type there either. It prints, as JSON, each
edited cell's validation (its type and list formula) so the caller can check that the text
typed is one the drop-down offers. With `--save` the edits are saved as File > Save does:
into the file opened (TARGET must be SOURCE), in its format and with the password it was
opened with. `read` prints, as JSON, whether the workbook opened (with LibreOffice's
message when not) and the text each cell of a JSON list of {"sheet": NAME, "cell": "B4"}
shows.

Passwords come from the environment, never from arguments (which the process list shows):
UNO_DRIVER_PASSWORD is the one typed when LibreOffice asks for a protected file's password;
UNO_DRIVER_NEW_PASSWORD, if set, protects the .xlsx that `resave` and `fill` write (Save As
with "Save with password"), which are otherwise written without one.

Connects through a named pipe only, never a network port. Errors go to standard error with
exit status 1.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

import uno
from com.sun.star.beans import NamedValue, PropertyValue
from com.sun.star.connection import NoConnectException
from com.sun.star.io import IOException
from com.sun.star.lang import IllegalArgumentException

XLSX_FILTER = "Calc MS Excel 2007 XML"
PASSWORD_ENV = "UNO_DRIVER_PASSWORD"
NEW_PASSWORD_ENV = "UNO_DRIVER_NEW_PASSWORD"
# The only engine LibreOffice 7.4 registers for writing a protected .xlsx, and what it
# records in a document opened from one (its "Standard" ECMA-376 encryption); without a
# CryptoType, or with "Agile", the store fails with a write error.
CRYPTO_TYPE = "StrongEncryptionDataSpace"


class DriverError(Exception):
    """A problem to report on standard error."""


class NotOpenedError(DriverError):
    """LibreOffice refused to load the file (a protected file without its password, say)."""


def _url(pipe: str) -> str:
    return f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext"


def _properties(**values: Any) -> tuple[Any, ...]:
    result = []
    for name, value in values.items():
        prop = PropertyValue()
        prop.Name = name
        prop.Value = value
        result.append(prop)
    return tuple(result)


def _connect(pipe: str) -> Any:
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", local
    )
    return resolver.resolve(_url(pipe))


def _desktop(pipe: str) -> Any:
    context = _connect(pipe)
    return context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def wait(pipe: str, pid: int, timeout: float) -> None:
    """Poll until the office accepts a connection; give up when it died or time ran out."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            _desktop(pipe)
            return
        except NoConnectException:
            pass
        if not _alive(pid):
            raise DriverError(f"LibreOffice (process {pid}) exited before accepting connections")
        if time.monotonic() > deadline:
            raise DriverError(f"LibreOffice did not accept connections within {timeout:.0f} s")
        time.sleep(0.2)  # polling a starting server, bounded by the deadline


def _load(desktop: Any, path: Path) -> Any:
    """Open `path` hidden; with UNO_DRIVER_PASSWORD set, that password is given to it."""
    if not path.is_file():
        raise DriverError(f"no such file: {path}")
    options: dict[str, Any] = {"Hidden": True}
    password = os.environ.get(PASSWORD_ENV)
    if password is not None:
        options["Password"] = password
    try:
        document = desktop.loadComponentFromURL(
            path.resolve().as_uri(), "_blank", 0, _properties(**options)
        )
    except (IllegalArgumentException, IOException) as error:
        # Headless there is nobody to ask for a password: loading is aborted instead.
        raise NotOpenedError(f"LibreOffice could not open {path}: {error.Message}") from error
    if document is None:
        raise NotOpenedError(f"LibreOffice could not open {path}")
    return document


def _encryption(password: str) -> Any:
    """The EncryptionData that makes the .xlsx filter write a password-protected file.

    A `Password` property alone is ignored by the .xlsx filter: the file comes out
    unprotected, without any error.
    """
    values = []
    for name, value in (("OOXPassword", password), ("CryptoType", CRYPTO_TYPE)):
        item = NamedValue()
        item.Name = name
        item.Value = value
        values.append(item)
    return uno.Any("[]com.sun.star.beans.NamedValue", tuple(values))


def _store(document: Any, path: Path) -> None:
    """Save as .xlsx (File > Save As), protected when UNO_DRIVER_NEW_PASSWORD is set."""
    options: dict[str, Any] = {"FilterName": XLSX_FILTER, "Overwrite": True}
    password = os.environ.get(NEW_PASSWORD_ENV)
    if password is not None:
        options["EncryptionData"] = _encryption(password)
    document.storeToURL(path.resolve().as_uri(), _properties(**options))


def resave(pipe: str, source: Path, target: Path) -> None:
    """Open a workbook and save it unchanged as .xlsx, as File > Save As would."""
    document = _load(_desktop(pipe), source)
    try:
        _store(document, target)
    finally:
        document.close(True)


def read(pipe: str, source: Path, cells: list[dict[str, str]]) -> dict[str, Any]:
    """Whether the workbook opens and, if it does, the text each cell shows."""
    try:
        document = _load(_desktop(pipe), source)
    except NotOpenedError as error:
        return {"opened": False, "error": str(error), "cells": {}}
    shown = {}
    try:
        sheets = document.getSheets()
        for item in cells:
            if not sheets.hasByName(item["sheet"]):
                raise DriverError(f"the workbook has no sheet {item['sheet']!r}")
            cell = sheets.getByName(item["sheet"]).getCellRangeByName(item["cell"])
            shown[f"{item['sheet']}!{item['cell']}"] = cell.getString()
    finally:
        document.close(True)
    return {"opened": True, "error": "", "cells": shown}


def _validation(cell: Any) -> dict[str, Any]:
    validation = cell.getPropertyValue("Validation")
    return {
        "type": validation.getPropertyValue("Type").value,
        "formula1": validation.getFormula1(),
        "show_list": int(validation.getPropertyValue("ShowList")),
    }


def fill(
    pipe: str, source: Path, target: Path, edits: list[dict[str, str]], *, save: bool = False
) -> list[Any]:
    """Type each edit's text into its cell, then save as .xlsx (or, with `save`, into the
    file opened, as File > Save does); return the cells' validations."""
    if save and source.resolve() != target.resolve():
        raise DriverError("File > Save writes the file opened: give the same file twice")
    document = _load(_desktop(pipe), source)
    report = []
    try:
        sheets = document.getSheets()
        for edit in edits:
            if not sheets.hasByName(edit["sheet"]):
                raise DriverError(f"the workbook has no sheet {edit['sheet']!r}")
            sheet = sheets.getByName(edit["sheet"])
            cell = sheet.getCellRangeByName(edit["cell"])
            if sheet.isProtected() and cell.getPropertyValue("CellProtection").IsLocked:
                raise DriverError(
                    f"cell {edit['cell']} of sheet {edit['sheet']!r} is locked; "
                    "a person could not type there"
                )
            cell.setString(edit["text"])
            report.append({"cell": edit["cell"], "validation": _validation(cell)})
        if save:
            document.store()  # keeps the format and the password the file was opened with
        else:
            _store(document, target)
    finally:
        document.close(True)
    return report


def quit_office(pipe: str) -> None:
    """Ask the office to close; a connection dropped by its exit is what success looks like."""
    # The bridge dies with the office, and the caller kills what is left in any case.
    with contextlib.suppress(Exception):
        _desktop(pipe).terminate()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pipe", required=True)
    actions = parser.add_subparsers(dest="action", required=True)
    wait_parser = actions.add_parser("wait")
    wait_parser.add_argument("--pid", type=int, required=True)
    wait_parser.add_argument("--timeout", type=float, default=60.0)
    for name in ("resave", "fill"):
        action = actions.add_parser(name)
        action.add_argument("source", type=Path)
        action.add_argument("target", type=Path)
        if name == "fill":
            action.add_argument("--save", action="store_true")
    actions.add_parser("read").add_argument("source", type=Path)
    actions.add_parser("quit")
    args = parser.parse_args(argv)
    try:
        if args.action == "wait":
            wait(args.pipe, args.pid, args.timeout)
        elif args.action == "resave":
            resave(args.pipe, args.source, args.target)
        elif args.action == "fill":
            edits = json.load(sys.stdin)
            report = fill(args.pipe, args.source, args.target, edits, save=args.save)
            json.dump(report, sys.stdout)
        elif args.action == "read":
            json.dump(read(args.pipe, args.source, json.load(sys.stdin)), sys.stdout)
        else:
            quit_office(args.pipe)
    except DriverError as error:
        print(f"uno_driver: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
