"""Small in-memory packs and answers for tests that need no YAML file."""

from __future__ import annotations

from typing import Any

from promise_tracker.domain.entities import Answer
from promise_tracker.services.workspace import Workspace
from promise_tracker.standards.model import (
    AnswerOption,
    AnswerScale,
    Criterion,
    LocalizedText,
    Pack,
    Perspective,
    SourceReference,
    Standard,
)


def text(value: str) -> LocalizedText:
    return LocalizedText.of({"en": value, "sv": value})


SCALE = AnswerScale(
    (
        AnswerOption("yes", text("Yes"), 1.0),
        AnswerOption("no", text("No"), 0.0),
        AnswerOption("na", text("Not applicable"), None, requires_justification=True),
    )
)


def make_pack(layout: dict[str, dict[str, int]] | None = None) -> Pack:
    """A pack whose standards hold sub-standards with the given numbers of criteria.

    layout maps a standard number to {sub-standard number: criteria count}; a sub-standard
    number equal to the standard's own makes the standard itself an assessed unit.
    """
    layout = layout or {"1": {"1.1": 2, "1.2": 3}, "2": {"2": 4}}
    standards = []
    for number, units in layout.items():
        leaves = []
        for unit_number, count in units.items():
            criteria = tuple(
                Criterion(f"C-{unit_number}-{i:02d}", unit_number, text(f"c{i}"), text("ev"))
                for i in range(1, count + 1)
            )
            leaves.append(Standard(unit_number, text(f"S{unit_number}"), criteria=criteria))
        if list(units) == [number]:
            standards.append(leaves[0])
        else:
            standards.append(Standard(number, text(f"S{number}"), children=tuple(leaves)))
    return Pack(
        id="test-pack",
        version="1.0.0",
        title=text("Test pack"),
        publisher=text("Tests"),
        source=SourceReference(text("none")),
        provenance=text("Written for tests."),
        languages=("en", "sv"),
        default_language="en",
        answer_scale=SCALE,
        perspectives=(
            Perspective("management", text("Management")),
            Perspective("professionals", text("Professionals")),
            Perspective("clients", text("Clients")),
        ),
        concerns=(),
        standards=tuple(standards),
        content_hash="0" * 64,
    )


def answer(
    criterion_id: str,
    value: str | None,
    respondent_id: str | None = None,
    justification: str = "",
    round_id: str = "r1",
) -> Answer:
    return Answer(
        round_id=round_id,
        criterion_id=criterion_id,
        respondent_id=respondent_id,
        value=value,
        na_justification=justification,
    )


def snapshot(workspace: Workspace) -> dict[str, Any]:
    """Everything stored, ids included, in a comparable form."""
    service = workspace.assessment
    units = service.units()
    rounds = [r for u in units for r in service.rounds(u.id)]
    return {
        "units": units,
        "rounds": rounds,
        "respondents": [p for r in rounds for p in service.respondents(r.id)],
        "answers": [a for r in rounds for a in service.answers(r.id)],
        "events": [e for u in units for e in service.events(u.id)],
        "actions": [a for u in units for a in service.actions(u.id)],
        "barriers": [b for r in rounds for b in service.barriers(r.id)],
    }
