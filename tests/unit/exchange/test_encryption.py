"""Password-protected exports and questionnaires: written protected, read back only with the
password, and then checked exactly like a plain file."""

from __future__ import annotations

import dataclasses
import io
import shutil
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from promise_tracker.exchange import encryption, safe_xlsx
from promise_tracker.exchange.compare import ACCEPTED, PASSWORD_NEEDED, read_export_summary
from promise_tracker.exchange.questionnaire import read_questionnaire
from promise_tracker.exchange.round_export import export_round, export_unit
from promise_tracker.exchange.round_import import read_export
from promise_tracker.exchange.safe_xlsx import ImportFileError, PasswordNeededError, read_workbook
from promise_tracker.exchange.saving import ExportError, save_atomically
from promise_tracker.paths import resolve_paths
from promise_tracker.services.demo import build_demo, demo_id
from promise_tracker.services.importing import apply_import, preview_import
from promise_tracker.services.questionnaires import export_questionnaires, preview_questionnaires
from promise_tracker.services.workspace import Workspace, open_workspace

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "xlsx"
FIXTURE_PASSWORD = "Barnahus-2017"  # see make_fixtures.py
DRAFT_ROUND_ID = demo_id("norrvik", "round", 3)  # has respondents
PASSWORD = "Sommar 2026 – ÅÄÖ"  # spaces and letters beyond ASCII, as people choose them


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    folder = tmp_path_factory.mktemp("demo")
    with open_workspace(resolve_paths(str(folder), None)) as opened:
        build_demo(opened.assessment, opened.packs.latest("promise-bqs-2017"))
        yield opened


@pytest.fixture
def empty(tmp_path: Path) -> Iterator[Workspace]:
    with open_workspace(resolve_paths(str(tmp_path / "empty"), None)) as opened:
        yield opened


def values(workbook: safe_xlsx.WorkbookData) -> dict[str, tuple[tuple[object, ...], ...]]:
    return {name: sheet.rows for name, sheet in workbook.sheets.items()}


def test_a_protected_round_export_holds_what_the_plain_one_holds(
    demo: Workspace, tmp_path: Path
) -> None:
    round_id = demo_id("norrvik", "round", 3)
    plain = export_round(demo.assessment, round_id, tmp_path / "plain.xlsx")
    protected = export_round(
        demo.assessment, round_id, tmp_path / "protected.xlsx", password=PASSWORD
    )
    data = protected.read_bytes()
    assert data[:8] == bytes.fromhex("D0CF11E0A1B11AE1")  # not a zip: nothing readable
    assert b"Norrvik" not in data
    assert "Norrvik".encode("utf-16-le") not in data
    with pytest.raises(zipfile.BadZipFile):  # without the password no program can open it
        load_workbook(protected)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plain.xlsx", "protected.xlsx"]
    assert values(read_workbook(protected, passwords=[PASSWORD])) == values(read_workbook(plain))


def test_reading_asks_for_the_password_and_says_when_it_is_wrong(
    demo: Workspace, tmp_path: Path
) -> None:
    path = export_unit(demo.assessment, demo_id("fjordby"), tmp_path / "u.xlsx", password="pw")
    with pytest.raises(PasswordNeededError) as none_given:
        read_export(path, demo.packs)
    assert none_given.value.tried == 0
    assert str(none_given.value) == (
        "u.xlsx: is protected with a password; give its password to open it"
    )
    with pytest.raises(PasswordNeededError) as wrong:
        read_export(path, demo.packs, passwords=["PW", "pw "])
    assert wrong.value.tried == 2
    assert str(wrong.value) == (
        "u.xlsx: is protected with a password, and the password given does not open it"
    )
    content = read_export(path, demo.packs, passwords=["other", "pw"])  # the second fits
    assert content.unit.name == demo.assessment.unit(demo_id("fjordby")).name
    assert len(content.rounds) == len(demo.assessment.rounds(demo_id("fjordby")))


def test_import_previews_flag_the_file_that_needs_a_password_then_import_it(
    demo: Workspace, empty: Workspace, tmp_path: Path
) -> None:
    path = export_unit(demo.assessment, demo_id("lindenau"), tmp_path / "l.xlsx", password=PASSWORD)
    locked = preview_import(empty.database, empty.packs, [path])
    assert not locked.accepted
    assert locked.files[0].needs_password
    assert locked.files[0].describe()[0] == "l.xlsx: refused"
    opened = preview_import(empty.database, empty.packs, [path], passwords=[PASSWORD])
    assert opened.accepted
    assert not opened.files[0].needs_password
    result = apply_import(opened, "keep-both")
    assert result.units_added == 1
    assert [r.title for r in empty.assessment.rounds(demo_id("lindenau"))] == [
        r.title for r in demo.assessment.rounds(demo_id("lindenau"))
    ]


def test_the_protected_fixture_imports_with_its_password(empty: Workspace) -> None:
    path = FIXTURES / "password-protected.xlsx"
    preview = preview_import(empty.database, empty.packs, [path], passwords=[FIXTURE_PASSWORD])
    assert preview.accepted
    assert apply_import(preview, "keep-both").rounds_added == 1
    assert empty.assessment.round("fixture-round").title


def test_a_comparison_reads_a_protected_export_only_with_its_password(
    demo: Workspace, tmp_path: Path
) -> None:
    plain = export_unit(demo.assessment, demo_id("vecupe"), tmp_path / "plain.xlsx")
    path = export_unit(demo.assessment, demo_id("vecupe"), tmp_path / "v.xlsx", password="x1")
    locked = read_export_summary(path)
    assert (locked.status, locked.reason) == ("refused", PASSWORD_NEEDED)
    assert locked.detail == "is protected with a password; give its password to open it"
    opened = read_export_summary(path, passwords=["x1"])
    assert opened.status == ACCEPTED
    assert dataclasses.replace(opened, path=plain) == read_export_summary(plain)


def test_protected_questionnaires_are_read_back_with_their_password(
    demo: Workspace, tmp_path: Path
) -> None:
    service = demo.assessment
    written = export_questionnaires(
        service, DRAFT_ROUND_ID, tmp_path / "out", language="en", password=PASSWORD
    )
    assert written
    for exported in written:
        (path,) = exported.paths
        assert path.read_bytes()[:8] == bytes.fromhex("D0CF11E0A1B11AE1")
        file = read_questionnaire(path, passwords=[PASSWORD])
        assert file.respondent_id == exported.respondent.id
    files = [p for e in written for p in e.paths]
    locked = preview_questionnaires(service, files)
    assert all(f.rejected and f.needs_password for f in locked.files)
    opened = preview_questionnaires(service, files, passwords=[PASSWORD])
    assert not any(f.rejected for f in opened.files)


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("formula-in-data.xlsx", "has a formula in sheet 'Criteria', cell G2"),
        ("entity-attack.xlsx", "contains an XML document type declaration"),
        ("macro-enabled.xlsm", "is a macro-enabled workbook"),
        ("tampered.xlsx", "the file was changed after export"),
        ("zip-bomb.xlsx", "looks like a zip bomb"),
    ],
)
def test_a_hostile_file_inside_the_protection_is_refused_as_without_it(
    demo: Workspace, tmp_path: Path, name: str, words: str
) -> None:
    path = tmp_path / "protected.xlsx"
    encryption.encrypt_file(io.BytesIO((FIXTURES / name).read_bytes()), path, "pw")
    with pytest.raises(ImportFileError) as raised:
        read_export(path, demo.packs, passwords=["pw"])
    assert not isinstance(raised.value, PasswordNeededError)
    assert words in raised.value.reason


def test_an_old_xls_or_a_damaged_protected_file_is_named_as_such(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError) as junk:
        read_workbook(FIXTURES / "old-xls-or-junk.xlsx", passwords=["pw"])
    assert "is an old Excel .xls workbook or is damaged" in junk.value.reason
    # A protected file whose encrypted package was cut short: the password fits, the content
    # does not decrypt.
    good = tmp_path / "good.xlsx"
    save_atomically(Workbook(), good, password="pw")
    damaged = _cut_encrypted_package(good, tmp_path / "damaged.xlsx")
    with pytest.raises(ImportFileError) as broken:
        read_workbook(damaged, passwords=["pw"])
    assert not isinstance(broken.value, PasswordNeededError)
    assert "is protected with a password but is damaged" in broken.value.reason


def _cut_encrypted_package(source: Path, target: Path) -> Path:
    """A copy of a protected file with its EncryptedPackage stream's bytes scrambled."""
    import olefile  # type: ignore[import-untyped]

    shutil.copy(source, target)
    with olefile.OleFileIO(str(target), write_mode=True) as ole:
        size = ole.get_size("EncryptedPackage")
        ole.write_stream("EncryptedPackage", size.to_bytes(8, "little") + b"\x00" * (size - 8))
    return target


def test_an_oversized_protected_file_is_refused_before_decrypting(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "big.xlsx"
    save_atomically(Workbook(), path, password="pw")
    monkeypatch.setattr(encryption, "MAX_ENCRYPTED_BYTES", path.stat().st_size - 1)
    called: list[object] = []
    monkeypatch.setattr(encryption, "decrypt_workbook", lambda *a: called.append(a))
    with pytest.raises(ImportFileError, match="protected with a password and too large"):
        read_workbook(path, passwords=["pw"])
    assert called == []


def test_a_failed_protected_save_leaves_the_old_file_and_no_plain_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "export.xlsx"
    path.write_bytes(b"the earlier export")

    def fail(plain: object, target: Path, password: str) -> None:
        target.write_bytes(b"half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(encryption, "encrypt_file", fail)
    workbook = Workbook()
    workbook.active["A1"] = "secret"
    with pytest.raises(ExportError, match="No space left on device"):
        save_atomically(workbook, path, password="pw")
    assert path.read_bytes() == b"the earlier export"
    assert [p.name for p in tmp_path.iterdir()] == ["export.xlsx"]
