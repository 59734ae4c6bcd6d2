"""The user's preferences and window layout, kept in one INI file behind typed properties."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

from promise_tracker import i18n

# Every key the app stores, in one place; nothing else spells a settings key.
_WINDOW_GEOMETRY = "window/geometry"
_WINDOW_STATE = "window/state"
_SPLITTER_STATE = "window/splitterState"
_LAST_UNIT_ID = "session/lastUnitId"
_LAST_ROUND_ID = "session/lastRoundId"
# The language of the standards texts (the key is older than the interface language).
_LANGUAGE = "interface/language"
_INTERFACE_LANGUAGE = "interface/uiLanguage"
_LAST_CRITERION_GROUP = "lastCriterion"
_LAST_FOLDER_GROUP = "lastFolder"


class Settings:
    """A typed view of the settings file.

    A value that is missing, or that someone edited by hand into something the app cannot
    use, reads as the default (None) instead of raising: a damaged settings file must never
    keep the app from starting.
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._qsettings = QSettings(str(self.path), QSettings.Format.IniFormat)

    # --- window layout -------------------------------------------------------------------

    @property
    def window_geometry(self) -> QByteArray | None:
        return self._bytes(_WINDOW_GEOMETRY)

    @window_geometry.setter
    def window_geometry(self, value: QByteArray | None) -> None:
        self._set_bytes(_WINDOW_GEOMETRY, value)

    @property
    def window_state(self) -> QByteArray | None:
        return self._bytes(_WINDOW_STATE)

    @window_state.setter
    def window_state(self, value: QByteArray | None) -> None:
        self._set_bytes(_WINDOW_STATE, value)

    @property
    def splitter_state(self) -> QByteArray | None:
        return self._bytes(_SPLITTER_STATE)

    @splitter_state.setter
    def splitter_state(self, value: QByteArray | None) -> None:
        self._set_bytes(_SPLITTER_STATE, value)

    # --- where the user left off ---------------------------------------------------------

    @property
    def last_unit_id(self) -> str | None:
        return self._text(_LAST_UNIT_ID)

    @last_unit_id.setter
    def last_unit_id(self, value: str | None) -> None:
        self._set_text(_LAST_UNIT_ID, value)

    @property
    def last_round_id(self) -> str | None:
        return self._text(_LAST_ROUND_ID)

    @last_round_id.setter
    def last_round_id(self, value: str | None) -> None:
        self._set_text(_LAST_ROUND_ID, value)

    def last_criterion(self, round_id: str) -> str | None:
        """The criterion that was open when the user last left this round."""
        return self._text(_criterion_key(round_id))

    def set_last_criterion(self, round_id: str, criterion_id: str | None) -> None:
        self._set_text(_criterion_key(round_id), criterion_id)

    # --- interface -----------------------------------------------------------------------

    @property
    def language(self) -> str | None:
        """The chosen language of the standards texts; None follows the interface language."""
        return self._text(_LANGUAGE)

    @language.setter
    def language(self, value: str | None) -> None:
        self._set_text(_LANGUAGE, value)

    @property
    def standards_language(self) -> str:
        """The language to show standards texts in: the user's choice, else the interface's."""
        return self._text(_LANGUAGE) or i18n.language()

    @property
    def interface_language(self) -> str | None:
        """The interface language chosen by the user ("sv", "en"); None follows the system."""
        return self._text(_INTERFACE_LANGUAGE)

    @interface_language.setter
    def interface_language(self, value: str | None) -> None:
        self._set_text(_INTERFACE_LANGUAGE, value)

    # --- folders -------------------------------------------------------------------------

    def last_folder(self, purpose: str) -> Path:
        """The folder the user last chose for `purpose` ("export", "handout"...), if it still
        exists; else the user's documents folder (the home folder where there is none)."""
        remembered = self._text(_folder_key(purpose))
        if remembered is not None and Path(remembered).is_dir():
            return Path(remembered)
        return documents_folder()

    def remember_folder(self, purpose: str, folder: Path | str) -> None:
        """Remember `folder` (a folder, or a file whose folder is meant) for `purpose`."""
        path = Path(folder)
        if not path.is_dir():
            path = path.parent
        self._set_text(_folder_key(purpose), str(path))

    # --- file ----------------------------------------------------------------------------

    def sync(self) -> None:
        """Write pending changes to the file now (Qt also writes them on its own later)."""
        self._qsettings.sync()

    # --- helpers -------------------------------------------------------------------------

    def _text(self, key: str) -> str | None:
        value = self._qsettings.value(key)
        # A hand-edited value with commas reads as a list, a number as a string of digits:
        # only a non-empty single string is taken.
        if isinstance(value, str) and value.strip():
            return value.strip()
        return None

    def _set_text(self, key: str, value: str | None) -> None:
        if value is None or not value.strip():
            self._qsettings.remove(key)
        else:
            self._qsettings.setValue(key, value)

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._qsettings.value(key)
        if isinstance(value, QByteArray) and not value.isEmpty():
            return value
        if isinstance(value, bytes) and value:
            return QByteArray(value)
        return None

    def _set_bytes(self, key: str, value: QByteArray | None) -> None:
        if value is None or value.isEmpty():
            self._qsettings.remove(key)
        else:
            self._qsettings.setValue(key, value)


def last_folder(settings: Settings | None, purpose: str) -> Path:
    """`settings.last_folder(purpose)`, or the documents folder without settings."""
    if settings is None:
        return documents_folder()
    return settings.last_folder(purpose)


def remember_folder(settings: Settings | None, purpose: str, folder: Path | str) -> None:
    """`settings.remember_folder(purpose, folder)`; nothing without settings."""
    if settings is not None:
        settings.remember_folder(purpose, folder)


def documents_folder() -> Path:
    """The user's documents folder where a save dialog starts the first time; the home
    folder if the system has no documents folder."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


def _folder_key(purpose: str) -> str:
    safe = purpose.replace("%", "%25").replace("/", "%2F").replace("\\", "%5C")
    return f"{_LAST_FOLDER_GROUP}/{safe}"


def _criterion_key(round_id: str) -> str:
    # "/" and "\" separate groups in QSettings keys; a round id must stay one key.
    safe = round_id.replace("%", "%25").replace("/", "%2F").replace("\\", "%5C")
    return f"{_LAST_CRITERION_GROUP}/{safe}"
