"""The navigator's item model and filter proxy: structure, texts, scores, updates, filters."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt

from promise_tracker.domain.entities import Answer
from promise_tracker.domain.scoring import CriterionStatus
from promise_tracker.gui.assessment.criteria_model import (
    CriteriaFilterProxy,
    CriteriaTreeModel,
    CriterionIdRole,
    FilterMode,
    FlaggedRole,
    SearchTextRole,
    StandardNumberRole,
    StatusRole,
)
from promise_tracker.gui.shared.round_controller import RoundController
from promise_tracker.services.round_session import RoundSession
from tests.gui.conftest import DRAFT_ROUND_ID

# Statuses each filter is expected to show, written out here rather than taken from the code.
EXPECTED_STATUSES = {
    FilterMode.UNANSWERED: {CriterionStatus.UNANSWERED, CriterionStatus.NEEDS_JUSTIFICATION},
    FilterMode.NOT_MET: {CriterionStatus.NOT_MET, CriterionStatus.PARTLY_MET},
    FilterMode.NOT_APPLICABLE: {
        CriterionStatus.NOT_APPLICABLE,
        CriterionStatus.NEEDS_JUSTIFICATION,
    },
}


def rows(model: QAbstractItemModel, parent: QModelIndex | None = None) -> list[QModelIndex]:
    parent = parent or QModelIndex()
    return [model.index(row, 0, parent) for row in range(model.rowCount(parent))]


def walk(model: QAbstractItemModel, parent: QModelIndex | None = None) -> list[QModelIndex]:
    """Every row, depth first, in the order a user reads the tree."""
    found = []
    for index in rows(model, parent):
        found.append(index)
        found += walk(model, index)
    return found


def criterion_ids(model: QAbstractItemModel) -> list[str]:
    return [i.data(CriterionIdRole) for i in walk(model) if i.data(CriterionIdRole) is not None]


def standard_numbers(model: QAbstractItemModel) -> list[str]:
    return [i.data(StandardNumberRole) for i in walk(model) if i.data(CriterionIdRole) is None]


def cell(
    model: QAbstractItemModel, index: QModelIndex, column: int, role=Qt.ItemDataRole.DisplayRole
):  # type: ignore[no-untyped-def]
    return model.index(index.row(), column, index.parent()).data(role)


def answer(controller: RoundController, criterion_id: str, **changes: object) -> None:
    """Change the team's answer as the criterion page does, through the controller."""
    current = controller.session.answer(criterion_id)
    values = {
        "round_id": DRAFT_ROUND_ID,
        "criterion_id": criterion_id,
        "value": current.value,
        "note": current.note,
        "na_justification": current.na_justification,
        "flagged": current.flagged,
    }
    values.update(changes)
    controller.set_answer(Answer(**values))  # type: ignore[arg-type]


def unanswered(session: RoundSession, count: int) -> list[str]:
    found = [c.id for c in session.criteria() if session.status(c.id) is CriterionStatus.UNANSWERED]
    assert len(found) >= count
    return found[:count]


@pytest.fixture
def model(controller: RoundController) -> CriteriaTreeModel:
    return CriteriaTreeModel(controller, "en")


@pytest.fixture
def proxy(model: CriteriaTreeModel) -> CriteriaFilterProxy:
    proxy = CriteriaFilterProxy()
    proxy.setSourceModel(model)
    return proxy


def mixed_answers(controller: RoundController) -> None:
    """Give the draft round every kind of answer: N/A with and without a reason, a flag."""
    first, second, third = unanswered(controller.session, 3)
    answer(controller, first, value="na", na_justification="There is no court in the region.")
    answer(controller, second, value="na")
    answer(controller, third, value="no", flagged=True)


# --- model checks -------------------------------------------------------------------------------


def test_model_passes_the_model_tester(qtmodeltester, model, controller) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(model)
    qtmodeltester.check(model, force_py=True)
    mixed_answers(controller)
    qtmodeltester.check(model)
    qtmodeltester.check(model, force_py=True)
    model.set_language("sv")
    qtmodeltester.check(model)
    qtmodeltester.check(model, force_py=True)


def test_proxy_passes_the_model_tester(qtmodeltester, proxy, controller) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(proxy)
    proxy.set_mode(FilterMode.UNANSWERED)
    mixed_answers(controller)
    proxy.set_search("the")
    qtmodeltester.check(proxy)


def test_tree_holds_the_pack_standards_and_criteria_in_pack_order(model, draft_session) -> None:  # type: ignore[no-untyped-def]
    pack = draft_session.pack
    top = rows(model)
    assert [i.data(StandardNumberRole) for i in top] == [s.number for s in pack.standards]
    assert [i.data(StandardNumberRole) for i in rows(model, top[0])] == ["1.1", "1.2", "1.3"]
    assert criterion_ids(model) == [c.id for c in draft_session.criteria()]
    first = model.index_for_criterion("BQS-1.1-01")
    assert model.parent(first).data(StandardNumberRole) == "1.1"
    assert model.parent(model.parent(first)).data(StandardNumberRole) == "1"
    assert model.columnCount() == 3
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)]
    assert headers == ["Standard / criterion", "Progress", "Score"]


def test_index_for_criterion_and_back(model, draft_session) -> None:  # type: ignore[no-untyped-def]
    for criterion in draft_session.criteria():
        index = model.index_for_criterion(criterion.id)
        assert model.criterion_id(index) == criterion.id
        assert index.data(StandardNumberRole) == criterion.standard
    assert not model.index_for_criterion("BQS-99-01").isValid()
    assert model.criterion_id(rows(model)[0]) is None
    assert model.criterion_id(QModelIndex()) is None


def test_standard_rows_show_titles_badges_and_scores_from_the_session(model, draft_session) -> None:  # type: ignore[no-untyped-def]
    by_number = {
        i.data(StandardNumberRole): i for i in walk(model) if i.data(CriterionIdRole) is None
    }
    for number in ("1", "1.1", "2", "6", "7"):
        index = by_number[number]
        score = draft_session.scores.by_standard[number]
        title = draft_session.pack.standard(number).title.get("en")
        assert index.data() == f"{number}  {title}"
        assert cell(model, index, 1) == f"{score.answered}/{score.total}"
        expected = "–" if score.percent is None else f"{score.percent:.0f} %"
        assert cell(model, index, 2) == expected
    # Spot checks a user would read off the screen for the demo round.
    assert cell(model, by_number["1.1"], 1) == "6/6"
    assert cell(model, by_number["1.1"], 2) == "100 %"
    assert cell(model, by_number["7"], 1) == "0/6"
    assert cell(model, by_number["7"], 2) == "–"
    tip = by_number["1.1"].data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "6 of 6 answered, score 100 %"


def test_criterion_rows_show_id_statement_answer_and_flag(model, controller, draft_session) -> None:  # type: ignore[no-untyped-def]
    pack = draft_session.pack
    flagged = model.index_for_criterion("BQS-1.1-01")  # flagged and met in the demo
    statement = pack.criterion("BQS-1.1-01").statement.get("en")
    assert flagged.data(FlaggedRole) is True
    assert flagged.data() == f"BQS-1.1-01 ⚑  {statement}"
    assert statement in flagged.data(Qt.ItemDataRole.ToolTipRole).replace("&amp;", "&")
    assert cell(model, flagged, 1) == "✓ Yes"
    assert cell(model, flagged, 2) == ""

    plain = model.index_for_criterion("BQS-1.1-02")
    assert plain.data(FlaggedRole) is False
    assert plain.data() == "BQS-1.1-02  " + pack.criterion("BQS-1.1-02").statement.get("en")

    not_met = next(c.id for c in pack.criteria() if draft_session.status(c.id) == "not-met")
    assert cell(model, model.index_for_criterion(not_met), 1) == "✗ No"

    first = unanswered(draft_session, 1)[0]
    assert cell(model, model.index_for_criterion(first), 1) == ""
    answer(controller, first, value="na")
    assert cell(model, model.index_for_criterion(first), 1) == "! Reason needed"
    assert model.index_for_criterion(first).data(StatusRole) == "needs-justification"
    answer(controller, first, na_justification="Done by the regional hospital.")
    assert cell(model, model.index_for_criterion(first), 1) == "– Not applicable"
    assert CriterionStatus(model.index_for_criterion(first).data(StatusRole)) is (
        CriterionStatus.NOT_APPLICABLE
    )


def test_search_text_holds_id_statement_evidence_note_and_standard(model, controller) -> None:  # type: ignore[no-untyped-def]
    answer(controller, "BQS-8-03", note="Ask the Kaffemaskin group")
    text = model.index_for_criterion("BQS-8-03").data(SearchTextRole)
    criterion = controller.session.pack.criterion("BQS-8-03")
    assert "bqs-8-03" in text
    assert criterion.statement.get("en").lower() in text
    assert criterion.evidence.get("en").lower() in text
    assert "kaffemaskin" in text
    assert "therapeutic services" in text


def test_answer_change_refreshes_the_criterion_and_every_standard_above(
    qtbot, model, controller
) -> None:  # type: ignore[no-untyped-def]
    cid = "BQS-1.1-02"
    changed: list[tuple[str | None, str | None, int, int]] = []

    def record(top_left: QModelIndex, bottom_right: QModelIndex, _roles: object = None) -> None:
        changed.append(
            (
                top_left.data(CriterionIdRole) or top_left.data(StandardNumberRole),
                bottom_right.data(CriterionIdRole) or bottom_right.data(StandardNumberRole),
                top_left.column(),
                bottom_right.column(),
            )
        )

    model.dataChanged.connect(record)
    with qtbot.waitSignal(model.dataChanged):
        answer(controller, cid, value="no")
    assert (cid, cid, 0, 2) in changed
    assert ("1.1", "1.1", 0, 2) in changed
    assert ("1", "1", 0, 2) in changed
    score = controller.session.scores.by_standard["1.1"]
    index = model.index_for_criterion(cid)
    assert cell(model, index, 1) == "✗ No"
    assert cell(model, model.parent(index), 2) == f"{score.percent:.0f} %"


def test_badge_and_score_follow_new_answers(model, controller) -> None:  # type: ignore[no-untyped-def]
    standard = model.parent(model.index_for_criterion("BQS-7-01"))
    assert (cell(model, standard, 1), cell(model, standard, 2)) == ("0/6", "–")
    answer(controller, "BQS-7-01", value="yes")
    answer(controller, "BQS-7-02", value="no")
    assert (cell(model, standard, 1), cell(model, standard, 2)) == ("2/6", "50 %")
    answer(controller, "BQS-7-03", value="na")  # no reason yet: still unanswered
    assert cell(model, standard, 1) == "2/6"
    controller.undo_stack.undo()
    controller.undo_stack.undo()
    assert (cell(model, standard, 1), cell(model, standard, 2)) == ("1/6", "100 %")


def test_swedish_shows_the_packs_swedish_texts(qtbot, model, draft_session) -> None:  # type: ignore[no-untyped-def]
    pack = draft_session.pack
    with qtbot.waitSignal(model.dataChanged):
        model.set_language("sv")
    standard = model.parent(model.index_for_criterion("BQS-1.1-02"))
    assert standard.data() == "1.1  " + pack.standard("1.1").title.get("sv")
    assert standard.data() == "1.1  Barnets bästa"
    criterion = model.index_for_criterion("BQS-1.1-02")
    assert criterion.data() == "BQS-1.1-02  " + pack.criterion("BQS-1.1-02").statement.get("sv")
    assert cell(model, model.index_for_criterion("BQS-1.1-01"), 1) == "✓ Ja"
    assert "barnets bästa" in criterion.data(SearchTextRole)


# --- filter proxy -------------------------------------------------------------------------------


def test_all_with_no_search_shows_everything(proxy, model) -> None:  # type: ignore[no-untyped-def]
    assert criterion_ids(proxy) == criterion_ids(model)
    assert standard_numbers(proxy) == standard_numbers(model)


@pytest.mark.parametrize(
    "mode",
    [FilterMode.UNANSWERED, FilterMode.NOT_MET, FilterMode.NOT_APPLICABLE, FilterMode.FLAGGED],
)
def test_each_mode_shows_exactly_its_criteria(proxy, controller, draft_session, mode) -> None:  # type: ignore[no-untyped-def]
    mixed_answers(controller)
    proxy.set_mode(mode)
    if mode is FilterMode.FLAGGED:
        expected = [c.id for c in draft_session.criteria() if draft_session.answer(c.id).flagged]
    else:
        wanted = EXPECTED_STATUSES[mode]
        expected = [c.id for c in draft_session.criteria() if draft_session.status(c.id) in wanted]
    assert expected  # the mixed answers leave something to show in every mode
    assert criterion_ids(proxy) == expected
    # A standard shows exactly when something below it does.
    pack = draft_session.pack
    shown = {
        s.number
        for s in (pack.standard(n) for n in draft_session.scores.by_standard)
        if any(c.id in expected for c in s.all_criteria())
    }
    assert set(standard_numbers(proxy)) == shown


def test_search_finds_statement_words_ids_and_notes_ignoring_case(proxy, controller) -> None:  # type: ignore[no-untyped-def]
    pack = controller.session.pack
    proxy.set_search("MAY FIND FRIGHTENING")
    found = criterion_ids(proxy)
    assert "BQS-4-01" in found
    assert all(
        "frightening" in pack.criterion(c).statement.get("en").lower()
        or "frightening" in pack.criterion(c).evidence.get("en").lower()
        for c in found
    )
    proxy.set_search("bqs-6-0")
    assert criterion_ids(proxy) == [f"BQS-6-0{n}" for n in range(1, 8)]
    assert standard_numbers(proxy) == ["6"]

    answer(controller, "BQS-8-03", note="Follow up with the kaffemaskin working group")
    proxy.set_search("Kaffemaskin")
    assert criterion_ids(proxy) == ["BQS-8-03"]
    assert standard_numbers(proxy) == ["8"]
    proxy.set_search("")
    assert len(criterion_ids(proxy)) == len(pack.criteria())


def test_search_words_combine_with_the_mode(proxy, controller) -> None:  # type: ignore[no-untyped-def]
    proxy.set_search("forensic interview")
    both = criterion_ids(proxy)
    proxy.set_mode(FilterMode.UNANSWERED)
    narrowed = criterion_ids(proxy)
    assert narrowed
    assert set(narrowed) < set(both)
    assert all(controller.session.status(c) is CriterionStatus.UNANSWERED for c in narrowed)
    proxy.set_search("nothing-here-at-all")
    assert proxy.rowCount() == 0


def test_answering_refilters_and_the_pinned_criterion_stays(proxy, controller) -> None:  # type: ignore[no-untyped-def]
    first, second = unanswered(controller.session, 2)
    proxy.set_mode(FilterMode.UNANSWERED)
    answer(controller, first, value="yes")
    assert first not in criterion_ids(proxy)

    proxy.set_pinned(second)
    answer(controller, second, value="yes")
    assert second in criterion_ids(proxy)  # the user is still on it
    proxy.set_pinned(None)
    assert second not in criterion_ids(proxy)
