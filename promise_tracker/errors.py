"""Typed errors for expected problems; each carries a message a user can act on."""

from __future__ import annotations


class PromiseTrackerError(Exception):
    """An expected problem with a message meant for the user (not a bug)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class PackError(PromiseTrackerError):
    """A standards pack could not be read or is invalid."""


class StorageError(PromiseTrackerError):
    """The database cannot be opened, migrated or written."""


class DatabaseTooNewError(StorageError):
    """The database was written by a newer version of the app."""


class DataReadOnlyError(StorageError):
    """The data folder or database may not be written (a read-only drive or folder, or no
    permission); the data can still be shown read-only if the database can be read."""


class CorruptDatabaseError(StorageError):
    """The database file is damaged (SQLite's quick_check found broken pages)."""


class NotFoundError(PromiseTrackerError):
    """A unit, round or other record asked for does not exist."""


class ValidationError(PromiseTrackerError):
    """User input breaks a rule (e.g. N/A without a justification where one is required)."""


class ConflictError(PromiseTrackerError):
    """A record was changed or removed elsewhere (another window, another computer) since it
    was read, so the change was not written: nothing saved elsewhere is overwritten unseen.

    `current` is the record as it is stored now (None when it was removed).
    """

    def __init__(self, message: str, *, current: object | None = None) -> None:
        super().__init__(message)
        self.current = current
