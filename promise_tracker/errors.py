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


class NotFoundError(PromiseTrackerError):
    """A unit, round or other record asked for does not exist."""


class ValidationError(PromiseTrackerError):
    """User input breaks a rule (e.g. N/A without a justification where one is required)."""
