"""The errors both storage implementations raise when a row changed since it was read."""

from __future__ import annotations

from collections.abc import Callable

from promise_tracker.domain.entities import Answer
from promise_tracker.errors import ConflictError
from promise_tracker.i18n import translate


def record_conflict(noun: str, *, current: object | None) -> ConflictError:
    """A unit, round, respondent or event was changed or removed elsewhere since it was read."""
    messages = {
        "unit": translate(
            "Storage",
            "The unit's details were changed elsewhere (in another window or on another "
            "computer) since they were opened here. Your change was not saved.",
        ),
        "round": translate(
            "Storage",
            "The round was changed elsewhere (in another window or on another computer) since "
            "it was opened here. Your change was not saved.",
        ),
        "respondent": translate(
            "Storage",
            "The respondent was changed elsewhere (in another window or on another computer) "
            "since they were shown here. Your change was not saved.",
        ),
        "event": translate(
            "Storage",
            "The event was changed elsewhere (in another window or on another computer) since "
            "it was shown here. Your change was not saved.",
        ),
        "action": translate(
            "Storage",
            "The action was changed elsewhere (in another window or on another computer) since "
            "it was shown here. Your change was not saved.",
        ),
        "barrier": translate(
            "Storage",
            "The barrier was changed elsewhere (in another window or on another computer) "
            "since it was shown here. Your change was not saved.",
        ),
    }
    return ConflictError(messages[noun], current=current)


def answer_conflict(current: Answer | None) -> ConflictError:
    """An answer was changed, added or removed elsewhere since it was read."""
    return ConflictError(
        translate(
            "Storage",
            "This answer was changed elsewhere (in another window or on another computer) "
            "since it was shown here. Your change was not saved.",
        ),
        current=current,
    )


def check_version(expected: int, stored: int, current: Callable[[], object], noun: str) -> None:
    """Refuse a write of a record read at version `expected` (0: not read, no check)."""
    if expected and expected != stored:
        raise record_conflict(noun, current=current())
