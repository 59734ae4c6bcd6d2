"""The navigator's filters, apart from the model so the main window can name them cheaply."""

from __future__ import annotations

from enum import Enum


class FilterMode(Enum):
    """What the navigator shows; see filter_matches for the statuses each one takes in."""

    ALL = "all"
    UNANSWERED = "unanswered"
    NOT_MET = "not-met"
    NOT_APPLICABLE = "not-applicable"
    FLAGGED = "flagged"
    TO_CONFIRM = "to-confirm"  # carried forward from an earlier round, not confirmed yet
