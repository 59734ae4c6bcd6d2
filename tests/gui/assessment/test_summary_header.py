"""The summary header shows the round's own scores and follows every change."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtWidgets import QLabel, QProgressBar

from promise_tracker.domain.scoring import CriterionStatus
from promise_tracker.gui.assessment.summary_header import SummaryHeader
from promise_tracker.gui.shared.round_controller import RoundController
from promise_tracker.services.round_session import RoundSession
from promise_tracker.services.workspace import Workspace
from tests.gui.conftest import DRAFT_ROUND_ID, FINALISED_ROUND_ID

UNIT = "Barnahus Norrvik (demo)"


def make_header(qtbot, controller: RoundController) -> SummaryHeader:  # type: ignore[no-untyped-def]
    header = SummaryHeader(controller, UNIT)
    qtbot.addWidget(header)
    header.resize(1366, header.sizeHint().height())
    header.show()
    qtbot.waitExposed(header)
    return header


def label(header: SummaryHeader, name: str) -> str:
    found = header.findChild(QLabel, name)
    assert found is not None, name
    return found.text()


def test_header_shows_the_session_scores(qtbot, controller: RoundController) -> None:  # type: ignore[no-untyped-def]
    header = make_header(qtbot, controller)
    session = controller.session
    overall = session.scores.overall
    assert overall.percent is not None

    assert label(header, "unitNameLabel") == UNIT
    assert label(header, "roundTitleLabel") == "Self-assessment 2025 · 2025-03-20"
    assert session.round.title == "Self-assessment 2025"
    assert label(header, "statusLabel") == "Draft"
    assert label(header, "overallScoreLabel") == f"{overall.percent:.0f} %"
    assert "applicable, answered criteria that are met" in header.overall_score_label.toolTip()
    assert label(header, "countsLabel") == (
        f"{overall.met} of {overall.applicable} met · {overall.not_applicable} not applicable · "
        f"{overall.unanswered} unanswered"
    )
    assert overall.unanswered > 0  # the demo's draft round is only partly answered
    bar = header.findChild(QProgressBar, "completenessBar")
    assert bar is not None
    assert (bar.value(), bar.maximum()) == (overall.answered, overall.total)
    assert overall.completeness is not None
    assert bar.text() == (
        f"{overall.answered} of {overall.total} answered ({round(overall.completeness)} %)"
    )
    assert label(header, "savedIndicator") == ""
    # Compact: one or two lines of text, within a 1366 pixel wide window.
    assert header.sizeHint().height() < 4 * header.fontMetrics().lineSpacing()
    assert header.minimumSizeHint().width() <= 1366


def test_header_follows_a_saved_answer(qtbot, controller: RoundController) -> None:  # type: ignore[no-untyped-def]
    header = make_header(qtbot, controller)
    session = controller.session
    cid = next(
        c.id for c in session.criteria() if session.status(c.id) is CriterionStatus.UNANSWERED
    )
    unanswered = session.scores.overall.unanswered

    with qtbot.waitSignal(controller.saved):
        controller.set_answer(replace(session.answer(cid), value="yes"))

    overall = session.scores.overall
    assert overall.unanswered == unanswered - 1
    assert overall.percent is not None
    assert label(header, "overallScoreLabel") == f"{overall.percent:.0f} %"
    assert f"· {unanswered - 1} unanswered" in label(header, "countsLabel")
    assert header.completeness_bar.value() == overall.answered
    assert label(header, "savedIndicator").startswith("✓ Saved ")


def test_header_follows_the_round_status(qtbot, controller: RoundController) -> None:  # type: ignore[no-untyped-def]
    header = make_header(qtbot, controller)
    controller.finalise()
    assert label(header, "statusLabel") == "Finalised"
    controller.reopen()
    assert label(header, "statusLabel") == "Draft"
    controller.rename("Spring review 2025")
    assert label(header, "roundTitleLabel") == "Spring review 2025 · 2025-03-20"


def test_an_unanswered_round_has_no_score(qtbot, demo_workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    service = demo_workspace.assessment
    draft = service.round(DRAFT_ROUND_ID)
    fresh = service.create_round(
        draft.unit_id, "Fresh start", dt.date(2026, 1, 15), service.pack_for(draft)
    )
    header = make_header(qtbot, RoundController(RoundSession(service, fresh.id)))
    assert label(header, "overallScoreLabel") == "–"
    assert label(header, "countsLabel") == "0 of 0 met · 0 not applicable · 79 unanswered"
    assert header.completeness_bar.text() == "0 of 79 answered (0 %)"


def test_switching_rounds_follows_only_the_new_one(
    qtbot, controller: RoundController, demo_workspace: Workspace
) -> None:  # type: ignore[no-untyped-def]
    header = make_header(qtbot, controller)
    finalised = RoundController(RoundSession(demo_workspace.assessment, FINALISED_ROUND_ID))
    header.set_controller(finalised, UNIT)
    overall = finalised.session.scores.overall
    assert overall.percent is not None
    assert label(header, "statusLabel") == "Finalised"
    assert label(header, "roundTitleLabel") == "Self-assessment 2023 · 2023-03-16"
    assert label(header, "overallScoreLabel") == f"{overall.percent:.0f} %"

    # The round shown before no longer changes the header.
    session = controller.session
    cid = next(
        c.id for c in session.criteria() if session.status(c.id) is CriterionStatus.UNANSWERED
    )
    controller.set_answer(replace(session.answer(cid), value="yes"))
    assert label(header, "roundTitleLabel") == "Self-assessment 2023 · 2023-03-16"
    assert label(header, "savedIndicator") == ""


def _header_texts(header: SummaryHeader) -> str:
    labels = [header.answers_shown_label, header.overall_score_label, header.score_caption]
    return "\n".join(
        text
        for label in labels
        for text in (label.text(), label.toolTip(), label.accessibleDescription())
    )


def test_the_teams_score_is_called_agreed_never_official(
    qtbot, controller: RoundController
) -> None:  # type: ignore[no-untyped-def]
    from tests.swedish import swedish_interface

    header = make_header(qtbot, controller)
    english = _header_texts(header)
    assert "Score shown: the team's agreed score" in header.answers_shown_label.text()
    assert "the team's agreed score" in header.overall_score_label.toolTip()
    assert "official" not in english.casefold()

    with swedish_interface():
        swedish_header = make_header(qtbot, controller)
        swedish = _header_texts(swedish_header)
    assert "Visat resultat: teamets överenskomna resultat" in swedish
    assert "teamets överenskomna resultat" in swedish_header.overall_score_label.toolTip()
    assert "officiell" not in swedish.casefold()
