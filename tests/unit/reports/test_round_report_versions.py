"""The round report of a round on a newer pack version than the round it is compared with:
criteria whose meaning changed are named, not counted as met or lost."""

from __future__ import annotations

from pathlib import Path

from promise_tracker.paths import resolve_paths
from promise_tracker.reports.blocks import Paragraph
from promise_tracker.reports.round_report import build_round_report
from promise_tracker.services.demo import build_demo, demo_id
from promise_tracker.services.workspace import open_workspace


def test_since_the_last_round_names_the_criteria_that_changed_meaning(tmp_path: Path) -> None:
    with open_workspace(resolve_paths(tmp_path)) as workspace:
        service = workspace.assessment
        build_demo(service, workspace.packs.latest("promise-bqs-2017"))
        latest, previous = sorted(service.rounds(demo_id("norrvik")), key=lambda r: r.date)[
            -1:-3:-1
        ]
        assert (latest.pack_version, previous.pack_version) == ("1.1.0", "1.0.0")
        report = build_round_report(service, latest.id)
    texts = [b.text for b in report.blocks if isinstance(b, Paragraph)]
    changed = next(t for t in texts if t.startswith("• Changed meaning in the new version"))
    assert "BQS-2-02" in changed  # the steering group's fixed interval is gone in 1.1.0
    assert "BQS-1.1-01" not in changed  # only reworded: still compared
    listed = " ".join(t for t in texts if t.startswith(("• Newly met", "• No longer met")))
    assert "BQS-2-02" not in listed
