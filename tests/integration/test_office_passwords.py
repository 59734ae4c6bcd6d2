"""Password-protected exports and questionnaires in real spreadsheet programs.

LibreOffice Calc opens a protected round export only with its password and shows what was
exported; saved again without a password it is an ordinary export that imports and compares
like the original. A respondent opens a protected questionnaire with its password, fills it
and saves it with a password again (File > Save, or Save As with a new password): the
import reads it with that password and stores what was typed. Gnumeric cannot open a
protected workbook at all. LibreOffice runs headless and is driven as in
test_spreadsheet_programs.py, whose questionnaire helpers these tests share.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import olefile  # type: ignore[import-untyped]
import pytest
from openpyxl import load_workbook

from promise_tracker.cli import main
from promise_tracker.exchange.encryption import is_encrypted_workbook
from promise_tracker.exchange.round_export import export_round
from promise_tracker.paths import resolve_paths
from promise_tracker.services.questionnaires import (
    apply_questionnaires,
    export_questionnaires,
    preview_questionnaires,
)
from promise_tracker.services.workspace import open_workspace
from tests.integration.office import (
    CellRef,
    Office,
    run_ssconvert,
    running_office,
    ssconvert,
)
from tests.integration.test_spreadsheet_programs import (
    DRAFT,
    ENGLISH,
    IDS,
    RESPONDENT,
    assert_offered,
    contents,
    fill_plan,
    run,
    score_report,
    stored,
)

pytestmark = pytest.mark.slow

# Spaces and letters outside ASCII, as a Swedish office would choose: the key is derived
# from the password's UTF-16 text, which both sides must agree on.
PASSWORD = "Vår rutin 2025 – Norrvik"
NEW_PASSWORD = "Hösten är här, ny kod"
OLE_SIGNATURE = bytes.fromhex("D0CF11E0A1B11AE1")
ZIP_SIGNATURE = b"PK\x03\x04"
# What a reader of the export looks at first: the unit and round on the Summary (labels in
# column A), and the first criterion's row on Criteria (headings in row 1).
SUMMARY_LABELS = ("Unit", "Round")
CRITERIA_HEADINGS = ("Criterion", "Statement", "Answer", "Evidence note")


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Office]:
    with running_office(tmp_path_factory.mktemp("office")) as running:
        yield running


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("demo")
    assert main(["demo", "--data-dir", str(folder)]) == 0
    return folder


@pytest.fixture
def data(template: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    shutil.copytree(template, folder)
    return folder


@pytest.fixture(scope="module")
def exports(template: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The draft round exported twice: without a password and protected with PASSWORD."""
    folder = tmp_path_factory.mktemp("exports")
    files = {"plain": folder / "round.xlsx", "protected": folder / "round protected.xlsx"}
    with open_workspace(resolve_paths(template)) as workspace:
        export_round(workspace.assessment, DRAFT, files["plain"])
        export_round(workspace.assessment, DRAFT, files["protected"], password=PASSWORD)
    assert files["protected"].read_bytes()[:8] == OLE_SIGNATURE
    return files


def first_seen(path: Path) -> dict[str, tuple[CellRef, str]]:
    """Where the unprotected export shows SUMMARY_LABELS' values and the first criterion's
    CRITERIA_HEADINGS, and the text there, as openpyxl reads it (found by their labels, so
    a change of layout moves the cells, not the test)."""
    workbook = load_workbook(path, read_only=True)
    try:
        found: dict[str, tuple[CellRef, str]] = {}
        for row in workbook["Summary"].iter_rows(min_col=1, max_col=2):
            if row[0].value in SUMMARY_LABELS:
                cell = row[1]
                ref: CellRef = {"sheet": "Summary", "cell": cell.coordinate}
                found[str(row[0].value)] = (ref, str(cell.value))
        headings, first = workbook["Criteria"].iter_rows(min_row=1, max_row=2)
        for heading, cell in zip(headings, first, strict=True):
            if heading.value in CRITERIA_HEADINGS:
                ref = {"sheet": "Criteria", "cell": cell.coordinate}
                found[str(heading.value)] = (ref, str(cell.value))
    finally:
        workbook.close()
    assert sorted(found) == sorted(SUMMARY_LABELS + CRITERIA_HEADINGS)
    return found


def encryption_kind(path: Path) -> str:
    """ECMA-376 "agile" or "standard" encryption, from the EncryptionInfo stream's version."""
    with olefile.OleFileIO(str(path)) as ole:
        head = ole.openstream("EncryptionInfo").read(4)
    major, minor = int.from_bytes(head[:2], "little"), int.from_bytes(head[2:4], "little")
    if (major, minor) == (4, 4):
        return "agile"
    if major in (2, 3, 4) and minor == 2:
        return "standard"
    return f"unknown {major}.{minor}"


# --- exports ----------------------------------------------------------------------------------


def test_protected_export_opens_in_calc_with_its_password_showing_what_was_exported(
    office: Office, exports: dict[str, Path]
) -> None:
    where = first_seen(exports["plain"])
    cells = [ref for ref, _ in where.values()]
    shown = office.read(exports["protected"], cells, password=PASSWORD)
    seen = {label: shown[f"{ref['sheet']}!{ref['cell']}"] for label, (ref, _) in where.items()}
    assert seen["Unit"] == "Barnahus Norrvik (demo)"
    assert seen["Round"] == "Self-assessment 2025"
    assert (seen["Criterion"], seen["Answer"]) == ("BQS-1.1-01", "Yes")
    assert seen == {label: text for label, (_, text) in where.items()}


@pytest.mark.parametrize(
    "password",
    [None, "wrong", PASSWORD.upper()],
    ids=["without a password", "with a wrong password", "in capitals"],
)
def test_protected_export_does_not_open_in_calc_without_its_password(
    office: Office, exports: dict[str, Path], password: str | None
) -> None:
    assert office.refusal(exports["protected"], password=password)


@pytest.mark.parametrize("saving", ["save as without a password", "save"])
def test_protected_export_saved_by_calc_imports_and_compares_like_the_original(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    office: Office,
    exports: dict[str, Path],
    template: Path,
    tmp_path: Path,
    saving: str,
) -> None:
    monkeypatch.delenv("PROMISE_TRACKER_PASSWORD", raising=False)
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)  # nobody to ask for a password
    saved = tmp_path / "saved by Calc.xlsx"
    if saving == "save":  # opened to look at, then File > Save: it keeps its password
        shutil.copyfile(exports["protected"], saved)
        office.fill_and_save(saved, [], password=PASSWORD)
        assert saved.read_bytes()[:8] == OLE_SIGNATURE
        assert saved.read_bytes() != exports["protected"].read_bytes()  # Calc wrote it anew
        monkeypatch.setenv("PROMISE_TRACKER_PASSWORD", PASSWORD)
    else:  # File > Save As .xlsx without "Save with password"
        office.resave(exports["protected"], saved, password=PASSWORD)
        assert saved.read_bytes()[:4] == ZIP_SIGNATURE

    fresh = tmp_path / "fresh"
    code, out, err = run(capsys, "import", "--data-dir", str(fresh), str(saved))
    assert (code, err) == (0, ""), out + err
    assert f"{saved.name}: accepted" in out
    original = score_report(capsys, template)
    original["rounds"] = [r for r in original["rounds"] if r["id"] == DRAFT]
    assert score_report(capsys, fresh) == original
    assert contents(fresh, [DRAFT]) == contents(template, [DRAFT])

    comparison = tmp_path / "comparison.xlsx"
    code, out, err = run(capsys, "compare", str(saved), "--out", str(comparison))
    assert (code, err) == (0, ""), out + err
    monkeypatch.setenv("PROMISE_TRACKER_PASSWORD", PASSWORD)
    first = tmp_path / "of the export.xlsx"
    code, original_out, _ = run(capsys, "compare", str(exports["protected"]), "--out", str(first))
    assert code == 0
    assert f"{exports['protected'].name}: accepted" in original_out
    # The same table of scores as for the protected file as exported, apart from the names.
    expected = original_out.replace(exports["protected"].name, "FILE").replace(str(first), "OUT")
    assert out.replace(saved.name, "FILE").replace(str(comparison), "OUT") == expected


def test_gnumeric_cannot_open_a_protected_export(exports: dict[str, Path], tmp_path: Path) -> None:
    result = run_ssconvert(exports["protected"], tmp_path / "by Gnumeric.xlsx", tmp_path)
    assert result.returncode != 0
    assert not (tmp_path / "by Gnumeric.xlsx").exists()
    # The same export without a password converts: the password is what stops Gnumeric.
    ssconvert(exports["plain"], tmp_path / "plain by Gnumeric.xlsx", tmp_path)


# --- questionnaires ---------------------------------------------------------------------------


def export_protected_questionnaire(data: Path, folder: Path) -> tuple[Path, Path]:
    """The respondent's questionnaire protected with PASSWORD, and the same one without a
    password (only for finding blank rows to fill: openpyxl cannot read a protected file)."""
    with open_workspace(resolve_paths(data)) as workspace:
        service = workspace.assessment
        [protected], [plain] = (
            export_questionnaires(
                service, DRAFT, out, respondent_ids=[RESPONDENT], language="en", password=secret
            )
            for out, secret in ((folder, PASSWORD), (folder / "plain", None))
        )
    assert protected.paths[0].read_bytes()[:8] == OLE_SIGNATURE
    return protected.paths[0], plain.paths[0]


@pytest.mark.parametrize("saving", ["save", "save as with a new password"])
def test_protected_questionnaire_filled_in_calc_and_saved_with_a_password_is_imported(
    office: Office, data: Path, tmp_path: Path, saving: str
) -> None:
    protected, plain = export_protected_questionnaire(data, tmp_path / "sent")
    before = stored(data)
    edits, typed = fill_plan(plain, ENGLISH)
    if saving == "save":  # File > Save keeps the password the file was opened with
        filled = protected
        report = office.fill_and_save(filled, edits, password=PASSWORD)
        password, other = PASSWORD, NEW_PASSWORD
    else:
        filled = tmp_path / "filled in Calc.xlsx"
        report = office.fill(protected, filled, edits, password=PASSWORD, new_password=NEW_PASSWORD)
        password, other = NEW_PASSWORD, PASSWORD
    assert_offered(report, edits)
    # Calc wrote a protected workbook (LibreOffice 7.4: "standard" encryption, AES-128).
    assert filled.read_bytes()[:8] == OLE_SIGNATURE
    assert is_encrypted_workbook(filled)
    assert encryption_kind(filled) in {"standard", "agile"}

    with open_workspace(resolve_paths(data)) as workspace:
        service = workspace.assessment
        [locked] = preview_questionnaires(service, [filled], passwords=[other]).files
        assert (locked.status, locked.needs_password) == ("rejected", True)
        assert locked.describe() == [
            f"{filled.name}: rejected",
            "  is protected with a password, and the password given does not open it",
        ]
        preview = preview_questionnaires(service, [filled], passwords=[other, password])
        [file] = preview.files
        assert file.describe()[0] == f"{filled.name} (Social worker): new, answers: {len(typed)}"
        summary = apply_questionnaires(service, preview)
    assert summary.describe() == (
        f"Questionnaires imported: 1; answers saved: {len(typed)}, cleared: 0."
    )
    expected = dict(before)
    for criterion, (label, note, reason) in typed.items():
        expected[criterion] = (IDS[label], note, reason)
    assert stored(data) == expected
