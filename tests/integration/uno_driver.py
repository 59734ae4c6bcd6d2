"""Drives a running headless LibreOffice through UNO: open, type into cells, save as .xlsx.

Run by Debian's system Python, the one python3-uno is built for (not the project's venv):

    python3 uno_driver.py --pipe NAME wait --pid PID --timeout SECONDS
    python3 uno_driver.py --pipe NAME resave IN.xlsx OUT.xlsx
    python3 uno_driver.py --pipe NAME fill IN.xlsx OUT.xlsx < edits.json
    python3 uno_driver.py --pipe NAME quit

`fill` reads a JSON list of {"sheet": NAME, "cell": "E3", "text": "..."} from standard input
and types each text into its cell the way a person would in Calc; it refuses a cell that a
protected sheet locks, since a person could not type there either. It prints, as JSON, each
edited cell's validation (its type and list formula) so the caller can check that the text
typed is one the drop-down offers. Connects through a named pipe only, never a network port.
Errors go to standard error with exit status 1.
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
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException

XLSX_FILTER = "Calc MS Excel 2007 XML"


class DriverError(Exception):
    """A problem to report on standard error."""


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
    if not path.is_file():
        raise DriverError(f"no such file: {path}")
    document = desktop.loadComponentFromURL(
        path.resolve().as_uri(), "_blank", 0, _properties(Hidden=True)
    )
    if document is None:
        raise DriverError(f"LibreOffice could not open {path}")
    return document


def _store(document: Any, path: Path) -> None:
    document.storeToURL(
        path.resolve().as_uri(), _properties(FilterName=XLSX_FILTER, Overwrite=True)
    )


def resave(pipe: str, source: Path, target: Path) -> None:
    """Open a workbook and save it unchanged as .xlsx, as File > Save As would."""
    document = _load(_desktop(pipe), source)
    try:
        _store(document, target)
    finally:
        document.close(True)


def _validation(cell: Any) -> dict[str, Any]:
    validation = cell.getPropertyValue("Validation")
    return {
        "type": validation.getPropertyValue("Type").value,
        "formula1": validation.getFormula1(),
        "show_list": int(validation.getPropertyValue("ShowList")),
    }


def fill(pipe: str, source: Path, target: Path, edits: list[dict[str, str]]) -> list[Any]:
    """Type each edit's text into its cell, then save as .xlsx; return the cells' validations."""
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
    actions.add_parser("quit")
    args = parser.parse_args(argv)
    try:
        if args.action == "wait":
            wait(args.pipe, args.pid, args.timeout)
        elif args.action == "resave":
            resave(args.pipe, args.source, args.target)
        elif args.action == "fill":
            edits = json.load(sys.stdin)
            json.dump(fill(args.pipe, args.source, args.target, edits), sys.stdout)
        else:
            quit_office(args.pipe)
    except DriverError as error:
        print(f"uno_driver: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
