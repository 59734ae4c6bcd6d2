"""Runs the real spreadsheet programs for round-trip tests: LibreOffice Calc, Gnumeric."""

from __future__ import annotations

import contextlib
import gzip
import json
import os
import re
import shutil
import signal
import subprocess
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn, TypedDict

import pytest

ALLOW_SKIP = "PROMISE_TRACKER_ALLOW_SKIP_OFFICE"
UNO_PYTHON = "PROMISE_TRACKER_UNO_PYTHON"  # overrides the search for the Python with UNO
DRIVER = Path(__file__).with_name("uno_driver.py")
PASSWORD_ENV = "UNO_DRIVER_PASSWORD"  # what uno_driver.py types when asked for a password
NEW_PASSWORD_ENV = "UNO_DRIVER_NEW_PASSWORD"  # the password uno_driver.py saves a file with
START_TIMEOUT = 90.0  # seconds for a cold start with a fresh profile on a busy machine
CALL_TIMEOUT = 180.0  # seconds for one open-edit-save; a hang fails instead of blocking CI
GNUMERIC_NS = "http://www.gnumeric.org/v10.dtd"
GNUMERIC_STRING = "60"  # Gnumeric's ValueType of a text cell


class CellEdit(TypedDict):
    """Text a person types into one cell of a named sheet."""

    sheet: str
    cell: str
    text: str


class CellRef(TypedDict):
    """One cell of a named sheet, as in "Summary" "B4"."""

    sheet: str
    cell: str


def missing(what: str, package: str) -> NoReturn:
    """Fail (or skip, when explicitly allowed) because a program the tests drive is absent."""
    if os.environ.get(ALLOW_SKIP) == "1":
        pytest.skip(f"{what} is not installed and {ALLOW_SKIP}=1 allows skipping")
    pytest.fail(
        f"{what} is not installed, so the round trips through real spreadsheet programs "
        f"cannot run. `bash scripts/setup.sh dev` installs it (Debian package {package}); "
        f"it did not here. Run it, or set {ALLOW_SKIP}=1 to skip these tests on purpose.",
        pytrace=False,
    )


def _quiet_env(home: Path) -> dict[str, str]:
    """A small environment: no venv variables, settings kept in a throwaway home."""
    home.mkdir(parents=True, exist_ok=True)
    return {
        "HOME": str(home),
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "LANG": "C.UTF-8",
        "TMPDIR": str(home),
        "GSETTINGS_BACKEND": "memory",  # Gnumeric keeps its settings in memory, not dconf
    }


def find_uno_python() -> str | None:
    """The first Python for which `import uno` works (Debian's python3-uno is for /usr/bin)."""
    candidates = [os.environ.get(UNO_PYTHON, ""), "/usr/bin/python3"]
    candidates += [f"/usr/bin/python3.{minor}" for minor in range(20, 7, -1)]
    candidates.append("/usr/lib/libreoffice/program/python")  # LibreOffice's own builds
    for candidate in candidates:
        if not candidate or not os.access(candidate, os.X_OK):
            continue
        probe = subprocess.run(
            [candidate, "-c", "import uno"],
            capture_output=True,
            timeout=60,
            env={"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"},
            check=False,
        )
        if probe.returncode == 0:
            return candidate
    return None


def find_soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def find_ssconvert() -> str | None:
    return shutil.which("ssconvert")


def list_entries(formula: str) -> list[str]:
    """The choices of a list validation, as Calc ("a";"b") or Gnumeric ("a,b") reports them."""
    items = [item.replace('""', '"') for item in re.findall(r'"((?:[^"]|"")*)"', formula)]
    if len(items) == 1 and "," in items[0]:
        items = items[0].split(",")
    return [item.strip() for item in items]


@dataclass
class Office:
    """A headless LibreOffice listening on a private pipe, driven by uno_driver.py."""

    python: str
    pipe: str
    process: subprocess.Popen[bytes]
    env: dict[str, str]
    log: Path

    def _driver(
        self,
        *args: str,
        stdin: str | None = None,
        password: str | None = None,
        new_password: str | None = None,
    ) -> str:
        """Run one driver action; `password` opens a protected file, `new_password`
        protects the file saved (both through the environment, never the command line)."""
        env = dict(self.env)
        for name, value in ((PASSWORD_ENV, password), (NEW_PASSWORD_ENV, new_password)):
            if value is not None:
                env[name] = value
        try:
            result = subprocess.run(
                [self.python, str(DRIVER), "--pipe", self.pipe, *args],
                input=stdin,
                capture_output=True,
                text=True,
                timeout=CALL_TIMEOUT,
                env=env,
                check=False,
            )
        except subprocess.TimeoutExpired:
            pytest.fail(f"LibreOffice did not finish {args[0]} within {CALL_TIMEOUT:.0f} s")
        if result.returncode != 0:
            pytest.fail(
                f"LibreOffice could not {args[0]}: {result.stderr.strip()}\n"
                f"soffice log: {self.log_tail()}",
                pytrace=False,
            )
        return result.stdout

    def log_tail(self) -> str:
        try:
            return self.log.read_text(errors="replace")[-2000:]
        except OSError:
            return ""

    def resave(self, source: Path, target: Path, *, password: str | None = None) -> Path:
        """Open in Calc (with the file's `password` if it has one) and save unchanged as
        Excel 2007-365 (.xlsx), without a password."""
        self._driver("resave", str(source), str(target), password=password)
        return target

    def fill(
        self,
        source: Path,
        target: Path,
        edits: Sequence[CellEdit],
        *,
        password: str | None = None,
        new_password: str | None = None,
    ) -> list[dict[str, Any]]:
        """Type texts into cells in Calc and save as .xlsx (Save As, protected with
        `new_password` if one is given); each cell's validation returned."""
        report: list[dict[str, Any]] = json.loads(
            self._driver(
                "fill",
                str(source),
                str(target),
                stdin=json.dumps(list(edits)),
                password=password,
                new_password=new_password,
            )
        )
        return report

    def fill_and_save(
        self, path: Path, edits: Sequence[CellEdit], *, password: str | None = None
    ) -> list[dict[str, Any]]:
        """Open `path` in Calc, type texts into cells and press File > Save: the file is
        overwritten in its format, with the password it was opened with."""
        report: list[dict[str, Any]] = json.loads(
            self._driver(
                "fill",
                str(path),
                str(path),
                "--save",
                stdin=json.dumps(list(edits)),
                password=password,
            )
        )
        return report

    def read(
        self, source: Path, cells: Sequence[CellRef], *, password: str | None = None
    ) -> dict[str, str]:
        """The text Calc shows in each cell ("Sheet!B4": text); the test fails if Calc
        cannot open the file."""
        result = self._open(source, cells, password)
        if not result["opened"]:
            pytest.fail(f"LibreOffice did not open {source.name}: {result['error']}")
        shown: dict[str, str] = result["cells"]
        return shown

    def refusal(self, source: Path, *, password: str | None = None) -> str:
        """LibreOffice's message on failing to open the file; the test fails if it opens."""
        result = self._open(source, [], password)
        if result["opened"]:
            pytest.fail(f"LibreOffice opened {source.name}, which it should not have")
        message: str = result["error"]
        return message

    def _open(self, source: Path, cells: Sequence[CellRef], password: str | None) -> dict[str, Any]:
        result: dict[str, Any] = json.loads(
            self._driver("read", str(source), stdin=json.dumps(list(cells)), password=password)
        )
        return result


def _end(process: subprocess.Popen[bytes]) -> None:
    """Kill what is left of the office's process group (oosplash and soffice.bin)."""
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(process.pid, signal.SIGKILL)
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.wait(timeout=30)


@contextlib.contextmanager
def running_office(workdir: Path) -> Iterator[Office]:
    """Start a headless soffice with a throwaway profile; always stopped when the block ends."""
    soffice = find_soffice()
    if soffice is None:
        missing("LibreOffice Calc (soffice)", "libreoffice-calc-nogui")
    python = find_uno_python()
    if python is None:
        missing("LibreOffice's Python bindings (import uno)", "python3-uno")
    profile = workdir / "profile"
    env = _quiet_env(workdir / "home")
    pipe = f"promise_tracker_tests_{os.getpid()}_{uuid.uuid4().hex[:12]}"
    log = workdir / "soffice.log"
    with log.open("wb") as log_file:
        process = subprocess.Popen(
            [
                soffice,
                "--headless",
                "--invisible",
                "--nologo",
                "--nodefault",
                "--norestore",
                "--nolockcheck",
                f"--accept=pipe,name={pipe};urp;StarOffice.ComponentContext",
                f"-env:UserInstallation={profile.as_uri()}",
            ],
            stdin=subprocess.DEVNULL,
            stdout=log_file,
            stderr=subprocess.STDOUT,
            env=env,
            start_new_session=True,  # its own process group, so teardown reaches every child
        )
    office = Office(python, pipe, process, env, log)
    try:
        office._driver("wait", "--pid", str(process.pid), "--timeout", str(START_TIMEOUT))
        yield office
    finally:
        with contextlib.suppress(subprocess.TimeoutExpired):
            subprocess.run(
                [python, str(DRIVER), "--pipe", pipe, "quit"],
                capture_output=True,
                timeout=30,
                env=env,
                check=False,
            )
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.wait(timeout=30)
        _end(process)


def run_ssconvert(source: Path, target: Path, workdir: Path) -> subprocess.CompletedProcess[str]:
    """Run `ssconvert IN OUT` and return what it did, whether it succeeded or not."""
    program = find_ssconvert()
    if program is None:
        missing("Gnumeric (ssconvert)", "gnumeric")
    return subprocess.run(
        [program, str(source), str(target)],
        capture_output=True,
        text=True,
        timeout=CALL_TIMEOUT,
        env=_quiet_env(workdir / "gnumeric-home"),
        check=False,
    )


def ssconvert(source: Path, target: Path, workdir: Path) -> Path:
    """Open in Gnumeric and save as the target's format, as `ssconvert IN OUT` does."""
    result = run_ssconvert(source, target, workdir)
    if result.returncode != 0 or not target.is_file():
        pytest.fail(
            f"ssconvert could not convert {source.name}: {result.stderr.strip()}", pytrace=False
        )
    return target


def _cell_position(cell: str) -> tuple[int, int]:
    """'E12' -> (row 11, column 4), zero-based as Gnumeric counts."""
    match = re.fullmatch(r"([A-Z]+)([0-9]+)", cell)
    assert match, cell
    column = 0
    for letter in match.group(1):
        column = column * 26 + ord(letter) - ord("A") + 1
    return int(match.group(2)) - 1, column - 1


def _style_at(sheet: ET.Element, row: int, col: int) -> ET.Element | None:
    for region in sheet.iterfind(f"{{{GNUMERIC_NS}}}Styles/{{{GNUMERIC_NS}}}StyleRegion"):
        if int(region.get("startRow", "0")) <= row <= int(region.get("endRow", "-1")) and int(
            region.get("startCol", "0")
        ) <= col <= int(region.get("endCol", "-1")):
            return region.find(f"{{{GNUMERIC_NS}}}Style")
    return None


def _type_into(sheet: ET.Element, edit: CellEdit) -> dict[str, Any]:
    """Set one cell of a Gnumeric sheet to text, as typing it in Gnumeric stores it."""
    row, col = _cell_position(edit["cell"])
    style = _style_at(sheet, row, col)
    locked = style is None or style.get("Locked", "1") == "1"
    if sheet.get("Protected") == "1" and locked:
        pytest.fail(f"cell {edit['cell']} is locked in Gnumeric; a person could not type there")
    cells = sheet.find(f"{{{GNUMERIC_NS}}}Cells")
    assert cells is not None
    for old in cells.findall(f"{{{GNUMERIC_NS}}}Cell"):
        if (old.get("Row"), old.get("Col")) == (str(row), str(col)):
            cells.remove(old)
    cell = ET.SubElement(
        cells,
        f"{{{GNUMERIC_NS}}}Cell",
        {"Row": str(row), "Col": str(col), "ValueType": GNUMERIC_STRING},
    )
    cell.text = edit["text"]
    cells[:] = sorted(cells, key=lambda c: (int(c.get("Row", "0")), int(c.get("Col", "0"))))
    validation = style.find(f"{{{GNUMERIC_NS}}}Validation") if style is not None else None
    if validation is None:
        return {"cell": edit["cell"], "validation": {"type": "ANY", "formula1": ""}}
    expression = validation.findtext(f"{{{GNUMERIC_NS}}}Expression0", default="")
    kind = validation.get("Type", "").removeprefix("GNM_VALIDATION_TYPE_")
    return {
        "cell": edit["cell"],
        "validation": {"type": "LIST" if kind == "IN_LIST" else kind, "formula1": expression},
    }


def gnumeric_fill(
    source: Path, target: Path, edits: Sequence[CellEdit], workdir: Path
) -> list[dict[str, Any]]:
    """Open in Gnumeric, type texts into cells, save as .xlsx; each cell's validation returned.

    Gnumeric has no scripting interface here, so the typing happens in its own file format:
    ssconvert reads the workbook into Gnumeric and writes a .gnumeric file, the texts go
    into its cells as text cells (what typing stores), and ssconvert writes the .xlsx.
    """
    native = workdir / f"{source.stem}.gnumeric"
    ssconvert(source, native, workdir)
    with gzip.open(native) as stream:
        for _, (prefix, uri) in ET.iterparse(stream, events=["start-ns"]):
            ET.register_namespace(prefix, uri)  # keep Gnumeric's prefixes when writing back
    with gzip.open(native) as stream:
        tree = ET.parse(stream)
    sheets = {
        sheet.findtext(f"{{{GNUMERIC_NS}}}Name", default=""): sheet
        for sheet in tree.getroot().iterfind(f"{{{GNUMERIC_NS}}}Sheets/{{{GNUMERIC_NS}}}Sheet")
    }
    report = []
    for edit in edits:
        if edit["sheet"] not in sheets:
            pytest.fail(f"Gnumeric shows no sheet {edit['sheet']!r}; it has {sorted(sheets)}")
        report.append(_type_into(sheets[edit["sheet"]], edit))
    with gzip.open(native, "wb") as stream:
        tree.write(stream, encoding="UTF-8", xml_declaration=True)
    ssconvert(native, target, workdir)
    return report
