"""Since the last round across pack versions: criteria that changed meaning are not compared."""

from __future__ import annotations

import dataclasses

from promise_tracker.domain.progress import (
    MessageKind,
    RoundSnapshot,
    consensus_statuses,
    progress_messages,
    render_english,
    since_last_round,
    version_bridge,
)
from promise_tracker.domain.scoring import score_consensus
from promise_tracker.standards.crosswalk import Change, CriterionChange, Crosswalk
from promise_tracker.standards.model import LocalizedText, Pack
from tests.factories import answer, make_pack

OLD = dataclasses.replace(make_pack({"1": {"1": 4}}), content_hash="a" * 64)


def newer() -> Pack:
    """Version 2.0.0: C-1-01 the same, C-1-02 reworded, C-1-03 changed meaning, C-1-04
    renamed C-1-05 (reworded)."""
    (standard,) = OLD.standards
    first, second, third, fourth = standard.criteria
    criteria = (
        first,
        dataclasses.replace(second, statement=LocalizedText.of({"en": "c2 in other words"})),
        dataclasses.replace(third, statement=LocalizedText.of({"en": "c3, a new meaning"})),
        dataclasses.replace(fourth, id="C-1-05"),
    )
    return dataclasses.replace(
        OLD,
        version="2.0.0",
        content_hash="b" * 64,
        standards=(dataclasses.replace(standard, criteria=criteria),),
    )


NEW = newer()
CROSSWALK = Crosswalk(
    "test-pack",
    "1.0.0",
    "2.0.0",
    (
        CriterionChange("C-1-01", Change.UNCHANGED, ("C-1-01",)),
        CriterionChange("C-1-02", Change.REWORDED, ("C-1-02",)),
        CriterionChange("C-1-03", Change.CHANGED, ("C-1-03",)),
        CriterionChange("C-1-04", Change.REWORDED, ("C-1-05",)),
    ),
)


def snapshot(pack: Pack, values: dict[str, str]) -> RoundSnapshot:
    answers = [answer(criterion_id, value) for criterion_id, value in values.items()]
    return RoundSnapshot(score_consensus(pack, answers), consensus_statuses(pack, answers))


BEFORE = snapshot(OLD, {"C-1-01": "no", "C-1-02": "no", "C-1-03": "no", "C-1-04": "no"})
AFTER = snapshot(NEW, {"C-1-01": "yes", "C-1-02": "no", "C-1-03": "yes", "C-1-05": "yes"})


def test_the_crosswalk_says_which_criteria_still_mean_the_same() -> None:
    bridge = version_bridge(OLD, NEW, CROSSWALK)
    assert dict(bridge.carried) == {"C-1-01": "C-1-01", "C-1-02": "C-1-02", "C-1-04": "C-1-05"}
    assert bridge.not_comparable == {"C-1-03"}


def test_without_a_crosswalk_only_word_for_word_equal_criteria_are_compared() -> None:
    bridge = version_bridge(OLD, NEW, None)
    assert dict(bridge.carried) == {"C-1-01": "C-1-01"}
    assert bridge.not_comparable == {"C-1-02", "C-1-03", "C-1-05"}
    same = version_bridge(OLD, OLD, None)
    assert same.not_comparable == frozenset()
    assert len(same.carried) == 4


def test_a_changed_criterion_is_named_not_counted_as_progress() -> None:
    progress = since_last_round(NEW, BEFORE, AFTER, version_bridge(OLD, NEW, CROSSWALK))
    assert progress.newly_met == ("C-1-01", "C-1-05")  # C-1-05 is C-1-04 reworded
    assert progress.persistent_gaps == ("C-1-02",)
    assert progress.not_comparable == ("C-1-03",)  # met now, but it asks something else
    messages = progress_messages(progress)
    assert messages[-1].kind is MessageKind.NOT_COMPARABLE
    assert render_english(messages[-1]) == (
        "1 criterion changed meaning in the new version of the standards and was not "
        "compared: C-1-03."
    )
    # Compared by id alone (as before bridges), the changed criterion read as newly met.
    assert "C-1-03" in since_last_round(NEW, BEFORE, AFTER).newly_met
