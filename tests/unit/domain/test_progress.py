"""since_last_round and its sentences, on a handcrafted pack and on the demo data."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from promise_tracker.domain.progress import (
    MessageKind,
    ProgressMessage,
    RoundSnapshot,
    StandardGain,
    consensus_statuses,
    progress_messages,
    render_english,
    render_english_all,
    since_last_round,
)
from promise_tracker.domain.scoring import CriterionStatus, score_consensus
from promise_tracker.paths import resolve_paths
from promise_tracker.services.demo import build_demo, demo_id
from promise_tracker.services.results import UnitHistory, unit_history
from promise_tracker.services.workspace import open_workspace
from tests.factories import answer, make_pack

PACK = make_pack()  # 1.1: 2 criteria, 1.2: 3, 2: 4

BEFORE = {
    "C-1.1-01": "yes",
    "C-1.1-02": "no",
    "C-1.2-01": "yes",
    "C-1.2-02": "no",
    "C-1.2-03": "no",
    "C-2-01": "yes",
    "C-2-02": "yes",
    "C-2-03": "no",
    # C-2-04 unanswered
}
AFTER = {
    "C-1.1-01": "yes",
    "C-1.1-02": "yes",  # newly met
    "C-1.2-01": "no",  # no longer met
    "C-1.2-02": "no",  # still not met
    "C-1.2-03": "yes",  # newly met
    "C-2-01": "yes",
    "C-2-02": "yes",
    "C-2-03": "no",  # still not met
    "C-2-04": "yes",  # newly met (was unanswered)
}


def snapshot(values: dict[str, str]) -> RoundSnapshot:
    answers = [answer(cid, value) for cid, value in values.items()]
    return RoundSnapshot(score_consensus(PACK, answers), consensus_statuses(PACK, answers))


def test_consensus_statuses_cover_every_criterion_and_ignore_respondents() -> None:
    answers = [answer("C-1.1-01", "yes"), answer("C-1.1-02", "no", respondent_id="r1")]
    statuses = consensus_statuses(PACK, answers)
    assert list(statuses) == [c.id for c in PACK.criteria()]
    assert statuses["C-1.1-01"] is CriterionStatus.MET
    assert statuses["C-1.1-02"] is CriterionStatus.UNANSWERED  # a respondent's, not the team's


def test_since_last_round_table() -> None:
    progress = since_last_round(PACK, snapshot(BEFORE), snapshot(AFTER))
    # 1.1: 50 -> 100; 1.2: 33.3 -> 33.3 (no gain, left out); 2: 66.7 -> 75
    assert [g.number for g in progress.most_improved] == ["1.1", "2"]
    assert progress.most_improved[0].gain == pytest.approx(50.0)
    assert progress.most_improved[1].previous == pytest.approx(200 / 3)
    assert progress.most_improved[1].current == pytest.approx(75.0)
    assert progress.newly_met == ("C-1.1-02", "C-1.2-03", "C-2-04")
    assert progress.newly_unmet == ("C-1.2-01",)
    assert progress.persistent_gaps == ("C-1.2-02", "C-2-03")
    assert progress.overall_previous == pytest.approx(100 * 4 / 8)
    assert progress.overall_current == pytest.approx(100 * 6 / 9)
    assert progress.overall_change == pytest.approx(100 * 6 / 9 - 50)


def test_losses_are_not_gains_and_missing_scores_are_not_compared() -> None:
    before = {"C-1.1-01": "yes", "C-1.1-02": "yes", "C-2-01": "yes"}
    after = {"C-1.1-01": "yes", "C-1.1-02": "no", "C-1.2-01": "yes", "C-2-01": "yes"}
    progress = since_last_round(PACK, snapshot(before), snapshot(after))
    # 1.1 fell, 1.2 had no score before, 2 stayed at 100: nothing improved
    assert progress.most_improved == ()
    assert progress.newly_unmet == ("C-1.1-02",)
    assert progress.newly_met == ("C-1.2-01",)


def test_justified_na_to_met_is_newly_met_but_unjustified_na_stays_unanswered() -> None:
    before = [answer("C-1.1-01", "na", justification="No such service"), answer("C-1.1-02", "na")]
    after = [answer("C-1.1-01", "yes"), answer("C-1.1-02", "no")]
    previous = RoundSnapshot(score_consensus(PACK, before), consensus_statuses(PACK, before))
    current = RoundSnapshot(score_consensus(PACK, after), consensus_statuses(PACK, after))
    assert previous.statuses["C-1.1-02"] is CriterionStatus.NEEDS_JUSTIFICATION
    progress = since_last_round(PACK, previous, current)
    assert progress.newly_met == ("C-1.1-01",)
    assert progress.persistent_gaps == ()  # C-1.1-02 was not "not met" before
    assert progress.overall_change is None  # nothing applicable answered before


def test_criteria_are_matched_by_id_across_pack_versions() -> None:
    # The previous round's pack had fewer criteria: only 1.1 existed, with one criterion.
    old_pack = make_pack({"1": {"1.1": 1}})
    old_answers = [answer("C-1.1-01", "no")]
    previous = RoundSnapshot(
        score_consensus(old_pack, old_answers), consensus_statuses(old_pack, old_answers)
    )
    current = snapshot({"C-1.1-01": "yes", "C-1.1-02": "yes", "C-2-01": "no"})
    progress = since_last_round(PACK, previous, current)
    assert progress.newly_met == ("C-1.1-01",)  # C-1.1-02 is new in this version: not compared
    assert progress.persistent_gaps == ()
    assert progress.most_improved == (StandardGain("1.1", 0.0, 100.0),)


def test_equal_gains_keep_pack_order() -> None:
    before = {"C-1.1-01": "no", "C-1.1-02": "no", "C-2-01": "no", "C-2-02": "no"}
    after = {"C-1.1-01": "yes", "C-1.1-02": "no", "C-2-01": "yes", "C-2-02": "no"}
    progress = since_last_round(PACK, snapshot(before), snapshot(after))
    assert [(g.number, g.gain) for g in progress.most_improved] == [("1.1", 50.0), ("2", 50.0)]


def test_messages_as_data_and_in_english() -> None:
    progress = since_last_round(PACK, snapshot(BEFORE), snapshot(AFTER))
    messages = progress_messages(progress, top=1)
    assert [m.kind for m in messages] == [
        MessageKind.OVERALL_UP,
        MessageKind.MOST_IMPROVED,
        MessageKind.NEWLY_MET,
        MessageKind.NEWLY_UNMET,
        MessageKind.PERSISTENT_GAPS,
    ]
    assert messages[1] == ProgressMessage(MessageKind.MOST_IMPROVED, ("1.1",), (50.0,))
    assert messages[4] == ProgressMessage(
        MessageKind.PERSISTENT_GAPS, ("C-1.2-02", "C-2-03"), (2.0,)
    )
    assert [render_english(m) for m in messages] == [
        "The overall score rose from 50% to 67% (+16.7 points).",
        "Most improved standards (percentage points): 1.1 (+50).",
        "3 criteria newly met: C-1.1-02, C-1.2-03, C-2-04.",
        "1 criterion no longer met: C-1.2-01.",
        "2 criteria still not met: C-1.2-02, C-2-03.",
    ]


def test_messages_for_a_fall_and_for_no_change() -> None:
    fall = since_last_round(PACK, snapshot(AFTER), snapshot(BEFORE))
    assert render_english_all(fall)[0] == "The overall score fell from 67% to 50% (-16.7 points)."
    same = since_last_round(PACK, snapshot(BEFORE), snapshot(BEFORE))
    assert render_english_all(same) == [
        "The overall score stayed at 50%.",
        "4 criteria still not met: C-1.1-02, C-1.2-02, C-1.2-03, C-2-03.",
    ]
    assert (
        progress_messages(since_last_round(PACK, snapshot({}), snapshot({}))) == []
    )  # nothing answered: nothing to say


# --- the demo data ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def norrvik(tmp_path_factory: pytest.TempPathFactory) -> Iterator[UnitHistory]:
    folder: Path = tmp_path_factory.mktemp("progress-demo")
    with open_workspace(resolve_paths(folder)) as workspace:
        build_demo(workspace.assessment, workspace.packs.latest("promise-bqs-2017"))
        yield unit_history(workspace.assessment, demo_id("norrvik"))


def test_demo_norrvik_2021_to_2023(norrvik: UnitHistory) -> None:
    before, after = norrvik.rounds[1], norrvik.rounds[2]
    assert (before.label, after.label) == ("Self-assessment 2021", "Self-assessment 2023")
    progress = since_last_round(after.pack, before.snapshot, after.snapshot)

    assert progress.overall_previous == pytest.approx(before.consensus.overall.percent)
    assert progress.overall_current == pytest.approx(after.consensus.overall.percent)
    assert progress.overall_change == pytest.approx(78.481 - 69.620, abs=0.01)
    # Every reported gain matches the rounds' own scores, largest first, and none is missed.
    for gain in progress.most_improved:
        assert gain.previous == before.consensus.by_standard[gain.number].percent
        assert gain.current == after.consensus.by_standard[gain.number].percent
    gains = [g.gain for g in progress.most_improved]
    assert gains == sorted(gains, reverse=True)
    assert all(g > 0 for g in gains)
    improved = {
        u.number
        for u in after.pack.assessed_units()
        if (after.consensus.by_standard[u.number].percent or 0)
        > (before.consensus.by_standard[u.number].percent or 0)
    }
    assert {g.number for g in progress.most_improved} == improved
    assert [g.number for g in progress.most_improved[:3]] == ["10", "8", "1.1"]

    for cid in progress.newly_met:
        assert before.statuses[cid] is not CriterionStatus.MET
        assert after.statuses[cid] is CriterionStatus.MET
    for cid in progress.newly_unmet:
        assert before.statuses[cid] is CriterionStatus.MET
        assert after.statuses[cid] is CriterionStatus.NOT_MET
    for cid in progress.persistent_gaps:
        assert before.statuses[cid] is after.statuses[cid] is CriterionStatus.NOT_MET
    met_change = len(progress.newly_met) - len(progress.newly_unmet)
    assert after.consensus.overall.met - before.consensus.overall.met == met_change
    assert len(progress.newly_met) == 9
    assert progress.newly_unmet == ("BQS-5-04", "BQS-6-06")
    assert len(progress.persistent_gaps) == 15


def test_demo_draft_round_statuses_agree_with_its_score(norrvik: UnitHistory) -> None:
    latest = norrvik.rounds[-1]
    counted_unanswered = {CriterionStatus.UNANSWERED, CriterionStatus.NEEDS_JUSTIFICATION}
    unanswered = [s for s in latest.statuses.values() if s in counted_unanswered]
    assert latest.consensus.overall.unanswered == len(unanswered) > 0
