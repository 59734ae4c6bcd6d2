"""Comparing units whose latest rounds use different versions of the pack, through the
crosswalk: criteria that changed meaning are listed apart, not counted."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from promise_tracker.exchange.compare import (
    OTHER_PACK_VERSION,
    ExportSummary,
    StandardScore,
    compare,
)
from promise_tracker.standards.crosswalk import Change, CriterionChange, Crosswalk

CROSSWALK = Crosswalk(
    "bqs",
    "1.0.0",
    "1.1.0",
    (
        CriterionChange("C-1", Change.UNCHANGED, ("C-1",)),
        CriterionChange("C-2", Change.CHANGED, ("C-2",)),  # a frequency dropped, say
        CriterionChange("C-3", Change.REWORDED, ("C-4",)),  # the same criterion, a new id
    ),
)


def unit(
    name: str, version: str, answers: dict[str, str], barriers: dict[str, str]
) -> ExportSummary:
    return ExportSummary(
        Path(f"{name}.xlsx"),
        kind="round",
        unit_id=name,
        unit_name=name,
        pack_id="bqs",
        pack_version=version,
        pack_hash=version * 8,
        round_ids=(f"{name}-r",),
        round_id=f"{name}-r",
        round_title="2026",
        round_date=dt.date(2026, 1, 1),
        overall=50.0,
        completeness=100.0,
        standards=(StandardScore("1", "One", 50.0, 100.0),),
        answers=answers,
        criterion_standard={c: "1" for c in answers},
        barriers=barriers,
    )


OLD = unit("Old", "1.0.0", {"C-1": "no", "C-2": "no", "C-3": "no"}, {"C-2": "resources"})
NEW_A = unit("NewA", "1.1.0", {"C-1": "no", "C-2": "no", "C-4": "no"}, {"C-2": "resources"})
NEW_B = unit("NewB", "1.1.0", {"C-1": "yes", "C-2": "no", "C-4": "yes"}, {})


def test_units_on_an_older_version_are_compared_through_the_crosswalk() -> None:
    result = compare([OLD, NEW_A, NEW_B], crosswalks=[CROSSWALK])
    assert result.reference_pack[1] == "1.1.0"
    old_row = next(r for r in result.units if r.unit_id == "Old")
    assert OTHER_PACK_VERSION in old_row.flags
    unmet = {u.criterion_id: (u.unit_names, u.units) for u in result.most_unmet}
    # C-3 was reworded into C-4: the old unit's "no" counts under C-4.
    assert unmet["C-4"] == (("NewA", "Old"), 3)
    assert unmet["C-1"] == (("NewA", "Old"), 3)
    # C-2 changed meaning: only the units on 1.1.0 are counted, and it is named as changed.
    assert unmet["C-2"] == (("NewA", "NewB"), 2)
    assert result.changed_criteria == ("C-2",)
    assert result.not_shared_criteria == ()
    barrier = {b.criterion_id: b.unit_names for b in result.barriers}
    assert barrier["C-2"] == ("NewA",)  # the old unit's barrier under the old meaning is not


def test_without_a_crosswalk_criteria_are_matched_by_id_as_before() -> None:
    result = compare([OLD, NEW_A, NEW_B])
    unmet = {u.criterion_id: (u.unit_names, u.units) for u in result.most_unmet}
    assert unmet["C-2"] == (("NewA", "NewB", "Old"), 3)
    assert result.changed_criteria == ()
    assert result.not_shared_criteria == ("C-3", "C-4")


def test_the_workbook_names_the_criteria_that_changed_meaning(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from promise_tracker.exchange.compare_export import write_comparison

    result = compare([OLD, NEW_A, NEW_B], crosswalks=[CROSSWALK])
    path = write_comparison(result, tmp_path / "comparison.xlsx")
    notes = [str(c.value) for c in load_workbook(path)["Units x standards"]["A"] if c.value]
    assert (
        "Criteria whose meaning changed between the versions of the standards the units use "
        "(counted only for the units on version 1.1.0): C-2"
    ) in notes
