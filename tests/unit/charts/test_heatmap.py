"""The heatmap: criteria by rounds, the cells' values are the criteria's statuses."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

from promise_tracker.charts.colours import GLYPH_COLOURS, STATUS_GLYPHS
from promise_tracker.charts.heatmap import (
    GLYPH_GID,
    STATUS_CODES,
    heatmap_figure,
    status_matrix,
)
from promise_tracker.domain.entities import Event
from promise_tracker.domain.progress import VersionBridge, consensus_statuses
from promise_tracker.domain.scoring import CriterionStatus, RoundScores, score_consensus
from promise_tracker.services.results import UnitHistory
from promise_tracker.standards.model import Pack
from tests.factories import answer, make_pack


def test_cells_match_the_statuses(pack: Pack, history: UnitHistory) -> None:
    fig = heatmap_figure(pack, history, "en")
    ax = fig.axes[0]
    (image,) = ax.get_images()
    array = np.ma.getdata(image.get_array())
    criteria = pack.criteria()
    assert array.shape == (len(criteria), len(history.rounds))
    for col, entry in enumerate(history.rounds):
        for row, criterion in enumerate(criteria):
            assert array[row, col] == STATUS_CODES[entry.statuses[criterion.id]]
    met = STATUS_CODES[CriterionStatus.MET]
    assert [int((array[:, c] == met).sum()) for c in range(array.shape[1])] == [
        int(r.consensus.overall.met) for r in history.rounds
    ]
    assert [t.get_text() for t in ax.get_yticklabels()] == [c.id for c in criteria]
    assert [t.get_text() for t in ax.get_xticklabels()] == [r.label for r in history.rounds]
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    # Norrvik's last round is on pack 1.1.0, its earlier ones on 1.0.0: the criteria whose
    # meaning changed are marked in the earlier rounds.
    # Each status has its glyph in the legend, so none is told by colour alone.
    assert legend == [
        "? Unanswered",
        "– Not applicable",
        "✗ Not met",
        "◐ Partly met",
        "✓ Met",
        "Changed meaning since (not comparable)",
    ]
    # the standard numbers name the row blocks
    texts = [t for t in ax.texts if t.get_gid() != GLYPH_GID]
    assert [t.get_text() for t in texts] == [u.number for u in pack.assessed_units()]
    # Every cell carries its status's glyph, in a colour readable on the cell.
    glyphs = {
        (round(t.get_position()[1]), round(t.get_position()[0])): t
        for t in ax.texts
        if t.get_gid() == GLYPH_GID
    }
    assert len(glyphs) == array.size
    for (row, col), text in glyphs.items():
        code = int(array[row, col])
        assert text.get_text() == STATUS_GLYPHS[code]
        assert text.get_color() == GLYPH_COLOURS[code]
    met_row = next(r for r in range(len(criteria)) if array[r, 0] == met)
    not_met_row = next(
        r for r in range(len(criteria)) if array[r, 0] == STATUS_CODES[CriterionStatus.NOT_MET]
    )
    assert glyphs[(met_row, 0)].get_text() == "✓"
    assert glyphs[(not_met_row, 0)].get_text() == "✗"


@dataclass(frozen=True)
class Entry:
    date: dt.date
    label: str
    consensus: RoundScores
    statuses: Mapping[str, CriterionStatus]
    to_latest: VersionBridge | None = None


@dataclass(frozen=True)
class History:
    rounds: tuple[Entry, ...]
    events: tuple[Event, ...] = ()


def test_criteria_missing_from_an_older_pack_are_blank() -> None:
    old, new = make_pack({"1": {"1.1": 1}}), make_pack()
    old_answers = [answer("C-1.1-01", "no")]
    new_answers = [
        answer("C-1.1-01", "yes"),
        answer("C-1.1-02", "na", justification="no such case"),
        answer("C-1.2-01", "na"),
    ]
    history = History(
        (
            Entry(
                dt.date(2020, 1, 1),
                "old",
                score_consensus(old, old_answers),
                consensus_statuses(old, old_answers),
            ),
            Entry(
                dt.date(2022, 1, 1),
                "new",
                score_consensus(new, new_answers),
                consensus_statuses(new, new_answers),
            ),
        )
    )
    matrix = status_matrix(new, history)
    assert matrix[0].tolist() == [2, 4]  # not met, then met
    assert math.isnan(matrix[1, 0])  # not in the old pack
    assert matrix[1, 1] == 1  # justified N/A
    assert matrix[2, 1] == 0  # N/A without justification counts as unanswered
    fig = heatmap_figure(new, history, "en", translate=str.upper)
    assert fig.axes[0].get_title() == "CRITERIA BY ROUND"


def test_cells_of_a_criterion_that_changed_meaning_since_are_hatched() -> None:
    from matplotlib.patches import Rectangle

    from promise_tracker.charts.heatmap import changed_matrix
    from promise_tracker.domain.progress import version_bridge
    from tests.unit.domain.test_progress_versions import CROSSWALK, NEW, OLD

    old_answers = [answer(i, "no") for i in ("C-1-01", "C-1-02", "C-1-03", "C-1-04")]
    new_answers = [answer(i, "yes") for i in ("C-1-01", "C-1-02", "C-1-03", "C-1-05")]

    @dataclass(frozen=True)
    class Bridged(Entry):
        pack: Pack = NEW  # the latest round's pack, which the bridges lead to

    history = History(
        (
            Bridged(
                dt.date(2020, 1, 1),
                "old",
                score_consensus(OLD, old_answers),
                consensus_statuses(OLD, old_answers),
                to_latest=version_bridge(OLD, NEW, CROSSWALK),
            ),
            Bridged(
                dt.date(2022, 1, 1),
                "new",
                score_consensus(NEW, new_answers),
                consensus_statuses(NEW, new_answers),
            ),
        )
    )
    not_met, met = STATUS_CODES[CriterionStatus.NOT_MET], STATUS_CODES[CriterionStatus.MET]
    # C-1-04 was reworded into C-1-05: its old answer shows on the new row.
    assert status_matrix(NEW, history).tolist() == [[not_met, met]] * 4
    assert changed_matrix(NEW, history).tolist() == [
        [False, False],
        [False, False],
        [True, False],  # C-1-03 changed meaning: the old answer is shown, hatched
        [False, False],
    ]
    ax = heatmap_figure(NEW, history, "en").axes[0]
    hatched = [p for p in ax.patches if isinstance(p, Rectangle) and p.get_hatch()]
    assert [(p.get_x(), p.get_y()) for p in hatched] == [(-0.5, 1.5)]
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend[-1] == "Changed meaning since (not comparable)"
