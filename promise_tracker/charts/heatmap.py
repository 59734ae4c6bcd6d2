"""Criteria (rows) by rounds (columns), coloured by the consensus status of each criterion."""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
from matplotlib.colors import BoundaryNorm, ListedColormap
from matplotlib.figure import Figure
from matplotlib.patches import Patch, Rectangle

from promise_tracker.charts.data import ChartHistory, ChartRound
from promise_tracker.charts.style import FONT_SIZE, TITLE_SIZE, Translate, chart_text
from promise_tracker.domain.progress import VersionBridge
from promise_tracker.domain.scoring import CriterionStatus
from promise_tracker.standards.model import Pack

# Cell value per status. An N/A still lacking its justification counts as unanswered, as in
# the scores. A criterion the round's pack does not have is NaN (left blank).
STATUS_CODES: dict[CriterionStatus, int] = {
    CriterionStatus.UNANSWERED: 0,
    CriterionStatus.NEEDS_JUSTIFICATION: 0,
    CriterionStatus.TO_CONFIRM: 0,  # carried forward, not yet confirmed: unanswered
    CriterionStatus.NOT_APPLICABLE: 1,
    CriterionStatus.NOT_MET: 2,
    CriterionStatus.PARTLY_MET: 3,
    CriterionStatus.MET: 4,
}
# Okabe-Ito based: blue for met, vermillion for not met, orange for partly met; light grey
# and a pale sky blue for unanswered and N/A, which carry no judgement.
STATUS_COLOURS = ("#E8E8E8", "#B9DDF1", "#D55E00", "#E69F00", "#0072B2")
STATUS_NAMES = ("Unanswered", "Not applicable", "Not met", "Partly met", "Met")
# Hatching over a cell answered under an earlier version in which the criterion meant
# something else.
CHANGED_COLOUR = "#333333"


def status_matrix(pack: Pack, history: ChartHistory) -> np.ndarray:
    """Rows: the pack's criteria in order; columns: the rounds; values: STATUS_CODES.

    A round on an earlier version of the latest round's pack shows its answers under the
    latest version's ids where the criterion still means the same; where it changed meaning,
    the earlier answer under the same id is shown (and `changed_matrix` marks the cell).
    """
    criteria = pack.criteria()
    matrix = np.full((len(criteria), len(history.rounds)), np.nan)
    for col, history_round in enumerate(history.rounds):
        statuses = _statuses(pack, history, history_round)
        for row, criterion in enumerate(criteria):
            status = statuses.get(criterion.id)
            if status is not None:
                matrix[row, col] = STATUS_CODES[status]
    return matrix


def changed_matrix(pack: Pack, history: ChartHistory) -> np.ndarray:
    """True where a round was answered under an earlier version of the pack in which the
    criterion (row) meant something else, or did not exist: not comparable with the latest."""
    criteria = pack.criteria()
    matrix = np.zeros((len(criteria), len(history.rounds)), dtype=bool)
    for col, history_round in enumerate(history.rounds):
        bridge = _bridge(pack, history, history_round)
        if bridge is None:
            continue
        for row, criterion in enumerate(criteria):
            matrix[row, col] = criterion.id in bridge.not_comparable
    return matrix


def _bridge(pack: Pack, history: ChartHistory, history_round: ChartRound) -> VersionBridge | None:
    # The bridges lead to the latest round's pack: they apply when the chart shows that pack.
    latest = history.rounds[-1] if history.rounds else None
    if latest is None or getattr(latest, "pack", pack).content_hash != pack.content_hash:
        return None
    return history_round.to_latest


def _statuses(
    pack: Pack, history: ChartHistory, history_round: ChartRound
) -> Mapping[str, CriterionStatus]:
    bridge = _bridge(pack, history, history_round)
    if bridge is None:
        return history_round.statuses
    statuses = dict(history_round.statuses)  # changed criteria: the earlier answer, marked
    statuses.update(bridge.statuses(history_round.statuses))
    return statuses


def heatmap_figure(
    pack: Pack,
    history: ChartHistory,
    language: str,
    *,
    translate: Translate = chart_text,
    font_size: float = FONT_SIZE,
    title: str | None = None,
    figsize: tuple[float, float] | None = None,
) -> Figure:
    """One row per criterion of `pack` (matched by id in each round), one column per round.

    Row labels are criterion ids; a horizontal rule and the standard number separate the
    assessed units. The image's array is status_matrix(pack, history).
    """
    criteria = pack.criteria()
    matrix = status_matrix(pack, history)
    rows, cols = matrix.shape
    row_font = font_size * 0.55
    size = figsize or (3.5 + 1.6 * max(cols, 1), 2.2 + rows * row_font / 72 * 1.45)
    fig = Figure(figsize=size)
    fig.set_layout_engine("constrained")
    ax = fig.add_subplot()
    cmap = ListedColormap(list(STATUS_COLOURS)).with_extremes(bad="white")
    norm = BoundaryNorm([-0.5, 0.5, 1.5, 2.5, 3.5, 4.5], cmap.N)
    ax.imshow(
        np.ma.masked_invalid(matrix), cmap=cmap, norm=norm, aspect="auto", interpolation="nearest"
    )
    changed = changed_matrix(pack, history)
    for row, col in zip(*np.nonzero(changed), strict=True):
        ax.add_patch(
            Rectangle(
                (col - 0.5, row - 0.5),
                1,
                1,
                fill=False,
                hatch="////",
                edgecolor=CHANGED_COLOUR,
                linewidth=0,
            )
        )
    ax.set_xticks(range(cols))
    ax.set_xticklabels(
        [r.label for r in history.rounds], rotation=30, ha="left", fontsize=font_size * 0.75
    )
    ax.xaxis.tick_top()
    ax.set_yticks(range(rows))
    ax.set_yticklabels([c.id for c in criteria], fontsize=row_font)
    ax.tick_params(length=0)
    # Separate and name the assessed units.
    start = 0
    for unit in pack.assessed_units():
        count = sum(1 for _ in unit.all_criteria())
        if start:
            ax.axhline(start - 0.5, color="white", linewidth=2.5)
        ax.text(
            cols - 0.5 + 0.08 * max(cols, 1),
            start + (count - 1) / 2,
            unit.number,
            va="center",
            ha="left",
            fontsize=font_size * 0.8,
        )
        start += count
    ax.set_xticks(np.arange(-0.5, cols, 1), minor=True)
    ax.grid(which="minor", axis="x", color="white", linewidth=2.5)
    ax.tick_params(which="minor", length=0)
    for spine in ax.spines.values():
        spine.set_visible(False)
    handles = [
        Patch(facecolor=c, edgecolor="#999999", label=translate(n))
        for c, n in zip(STATUS_COLOURS, STATUS_NAMES, strict=True)
    ]
    if changed.any():
        handles.append(
            Patch(
                facecolor="white",
                edgecolor=CHANGED_COLOUR,
                hatch="////",
                label=translate("Changed meaning since (not comparable)"),
            )
        )
    ax.legend(
        handles=handles,
        loc="upper center",
        bbox_to_anchor=(0.5, -0.01),
        ncols=3,
        fontsize=font_size * 0.75,
        frameon=False,
    )
    heading = title if title is not None else translate("Criteria by round")
    ax.set_title(heading, fontsize=TITLE_SIZE * font_size / FONT_SIZE)
    _ = language  # criterion ids are language-neutral; kept for a uniform builder signature
    return fig
