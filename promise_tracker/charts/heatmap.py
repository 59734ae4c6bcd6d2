"""Criteria (rows) by rounds (columns), coloured by the consensus status of each criterion."""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
from matplotlib.colors import BoundaryNorm, ListedColormap
from matplotlib.figure import Figure
from matplotlib.patches import Patch, Rectangle

from promise_tracker.charts.colours import (
    CHANGED_COLOUR,
    GLYPH_COLOURS,
    STATUS_COLOURS,
    STATUS_GLYPHS,
)
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
# Blue for met, dark orange for not met, ochre for partly met; light grey and a pale sky
# blue for unanswered and N/A, which carry no judgement. Each cell also carries its glyph
# (✓ ✗ ◐ ? –), so no status is told by colour alone (charts.colours gives the ratios).
STATUS_NAMES = ("Unanswered", "Not applicable", "Not met", "Partly met", "Met")
GLYPH_GID = "status-glyph"


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


def status_legend(translate: Translate = chart_text) -> list[str]:
    """The legend's texts, by status code: the glyph, then the status ("✓ Met")."""
    pairs = zip(STATUS_GLYPHS, STATUS_NAMES, strict=True)
    return [f"{glyph} {translate(name)}" for glyph, name in pairs]


def heatmap_figure(
    pack: Pack,
    history: ChartHistory,
    language: str,
    *,
    translate: Translate = chart_text,
    font_size: float = FONT_SIZE,
    title: str | None = None,
    figsize: tuple[float, float] | None = None,
    legend: bool = True,
) -> Figure:
    """One row per criterion of `pack` (matched by id in each round), one column per round.

    Row labels are criterion ids; a horizontal rule and the standard number separate the
    assessed units. The image's array is status_matrix(pack, history); each cell also shows
    its status's glyph (texts with gid "status-glyph"). Without `legend` the legend is left
    out (a window shows it apart, where it does not scroll away with the rows).
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
    for row, col in zip(*np.nonzero(~np.isnan(matrix)), strict=True):
        code = int(matrix[row, col])
        ax.text(
            col,
            row,
            STATUS_GLYPHS[code],
            ha="center",
            va="center",
            fontsize=row_font,
            color=GLYPH_COLOURS[code],
            gid=GLYPH_GID,
            in_layout=False,  # inside its cell: the layout need not measure hundreds of them
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
    if legend:
        handles = [
            Patch(facecolor=colour, edgecolor="#999999", label=text)
            for colour, text in zip(STATUS_COLOURS, status_legend(translate), strict=True)
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
