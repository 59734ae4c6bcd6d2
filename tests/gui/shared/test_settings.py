"""The typed settings: values survive a restart, and a damaged file only loses its values."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray

from promise_tracker.gui.shared.settings import (
    Settings,
    documents_folder,
    last_folder,
    remember_folder,
)


def test_values_survive_a_new_settings_object(tmp_path: Path) -> None:
    path = tmp_path / "config" / "settings.ini"
    settings = Settings(path)
    settings.window_geometry = QByteArray(b"\x01\x02geometry\x00\xff")
    settings.window_state = QByteArray(b"state")
    settings.splitter_state = QByteArray(b"\x00splitter")
    settings.last_unit_id = "unit-1"
    settings.last_round_id = "round-7"
    settings.language = "sv"
    settings.set_last_criterion("round-7", "BQS-2-01")
    settings.set_last_criterion("round-8", "BQS-10-03")
    settings.sync()
    assert path.is_file()

    again = Settings(path)
    assert again.window_geometry == QByteArray(b"\x01\x02geometry\x00\xff")
    assert again.window_state == QByteArray(b"state")
    assert again.splitter_state == QByteArray(b"\x00splitter")
    assert again.last_unit_id == "unit-1"
    assert again.last_round_id == "round-7"
    assert again.language == "sv"
    assert again.last_criterion("round-7") == "BQS-2-01"
    assert again.last_criterion("round-8") == "BQS-10-03"
    assert again.last_criterion("round-9") is None


def test_a_new_file_has_the_defaults(tmp_path: Path) -> None:
    settings = Settings(tmp_path / "settings.ini")
    assert settings.window_geometry is None
    assert settings.window_state is None
    assert settings.splitter_state is None
    assert settings.last_unit_id is None
    assert settings.last_round_id is None
    assert settings.language is None  # follow the system
    assert settings.last_criterion("any-round") is None


def test_setting_none_forgets_a_value(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    settings = Settings(path)
    settings.language = "sv"
    settings.last_unit_id = "unit-1"
    settings.window_geometry = QByteArray(b"geometry")
    settings.set_last_criterion("round-1", "BQS-1-01")
    settings.sync()

    settings.language = None
    settings.last_unit_id = None
    settings.window_geometry = None
    settings.set_last_criterion("round-1", None)
    settings.sync()

    again = Settings(path)
    assert again.language is None
    assert again.last_unit_id is None
    assert again.window_geometry is None
    assert again.last_criterion("round-1") is None
    assert "sv" not in path.read_text(encoding="utf-8")


def test_round_ids_with_separators_stay_one_key(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    settings = Settings(path)
    settings.set_last_criterion("a/b", "BQS-1-01")
    settings.set_last_criterion("a", "BQS-2-01")
    settings.set_last_criterion("a_b", "BQS-3-01")
    settings.set_last_criterion("a%2Fb", "BQS-4-01")
    settings.sync()
    again = Settings(path)
    assert again.last_criterion("a/b") == "BQS-1-01"
    assert again.last_criterion("a") == "BQS-2-01"
    assert again.last_criterion("a_b") == "BQS-3-01"
    assert again.last_criterion("a%2Fb") == "BQS-4-01"


def test_hand_edited_garbage_reads_as_defaults(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    path.write_text(
        "[window]\n"
        "geometry=not bytes at all\n"
        "state=1, 2, 3\n"
        "splitterState=\n"
        "[session]\n"
        "lastUnitId=one, two\n"
        "lastRoundId=\n"
        "[interface]\n"
        "language=@ByteArray(sv)\n"
        "[lastCriterion]\n"
        "round-1=BQS-1-01, BQS-1-02\n",
        encoding="utf-8",
    )
    settings = Settings(path)
    assert settings.window_geometry is None
    assert settings.window_state is None
    assert settings.splitter_state is None
    assert settings.last_unit_id is None
    assert settings.last_round_id is None
    assert settings.language is None
    assert settings.last_criterion("round-1") is None

    # The app can still write over the damaged values.
    settings.language = "en"
    settings.last_unit_id = "unit-2"
    settings.sync()
    again = Settings(path)
    assert again.language == "en"
    assert again.last_unit_id == "unit-2"


def test_a_file_that_is_not_ini_at_all_reads_as_defaults(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    path.write_bytes(b"\x00\xff\xfe[[[ ==== \n\x01\x02 garbage \n[window\ngeometry")
    settings = Settings(path)
    assert settings.window_geometry is None
    assert settings.last_unit_id is None
    assert settings.language is None


def test_a_save_dialog_starts_in_documents_the_first_time(tmp_path: Path) -> None:
    documents = Path.home() / "Documents"
    documents.mkdir(exist_ok=True)
    settings = Settings(tmp_path / "settings.ini")
    assert settings.last_folder("export") == documents
    assert last_folder(settings, "export") == documents
    assert last_folder(None, "export") == documents


def test_the_last_folder_is_remembered_per_purpose(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    exports = tmp_path / "exports"
    handouts = tmp_path / "handouts"
    exports.mkdir()
    handouts.mkdir()
    settings = Settings(path)
    remember_folder(settings, "export", exports / "round.xlsx")  # a file: its folder counts
    settings.remember_folder("handout", handouts)
    settings.sync()

    again = Settings(path)
    assert again.last_folder("export") == exports
    assert again.last_folder("handout") == handouts
    assert again.last_folder("questionnaires") == documents_folder()


def test_a_deleted_last_folder_falls_back_to_documents(tmp_path: Path) -> None:
    gone = tmp_path / "usb-stick"
    gone.mkdir()
    settings = Settings(tmp_path / "settings.ini")
    settings.remember_folder("export", gone)
    gone.rmdir()
    assert settings.last_folder("export") == documents_folder()
    assert documents_folder().is_dir()
