"""Each chart's numbers as a table: the text alternative shown beside a chart and copied from it.

Every table is made from the same function that gives its chart the values it draws
(radar_values, bar_values, trend_rows, perspective_series, status_matrix), so the two cannot
disagree. Cells are numbers (percents), dates or texts; the window formats numbers and dates
in the user's language.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass

from promise_tracker.charts.bars import bar_values
from promise_tracker.charts.data import ChartHistory, ChartRoundResult
from promise_tracker.charts.heatmap import STATUS_NAMES, changed_matrix, status_matrix
from promise_tracker.charts.perspectives import perspective_series
from promise_tracker.charts.radar import radar_values
from promise_tracker.charts.style import Translate, chart_text
from promise_tracker.charts.trend import TrendRow, trend_rows
from promise_tracker.domain.scoring import RoundScores
from promise_tracker.i18n import QT_TRANSLATE_NOOP
from promise_tracker.standards.model import Pack

Cell = float | str | dt.date

TABLE_TEXTS = (
    QT_TRANSLATE_NOOP("Charts", "Standard"),
    QT_TRANSLATE_NOOP("Charts", "Score (%)"),
    QT_TRANSLATE_NOOP("Charts", "Completeness (%)"),
    QT_TRANSLATE_NOOP("Charts", "Round"),
    QT_TRANSLATE_NOOP("Charts", "Date"),
    QT_TRANSLATE_NOOP("Charts", "State"),
    QT_TRANSLATE_NOOP("Charts", "Finalised"),
    QT_TRANSLATE_NOOP("Charts", "Draft"),
    QT_TRANSLATE_NOOP("Charts", "Finalised, incomplete"),
    QT_TRANSLATE_NOOP("Charts", "Answered (%)"),
    QT_TRANSLATE_NOOP("Charts", "Overall (%)"),
    QT_TRANSLATE_NOOP("Charts", "Criterion"),
    QT_TRANSLATE_NOOP("Charts", "Not in this round"),
    QT_TRANSLATE_NOOP("Charts", "{status}, changed meaning since (not comparable)"),
    QT_TRANSLATE_NOOP("Charts", "no answers"),
    QT_TRANSLATE_NOOP("Charts", "Draft or incomplete round"),
    # The trend: a round on another version of the standards than the round before.
    QT_TRANSLATE_NOOP("Charts", "Standards {version}"),
    QT_TRANSLATE_NOOP("Charts", "Version of the standards"),
    QT_TRANSLATE_NOOP("Charts", "not known"),
    QT_TRANSLATE_NOOP("Charts", "{version}, new: criteria with a changed meaning: {count}"),
    QT_TRANSLATE_NOOP("Charts", "{version}, new"),
)


@dataclass(frozen=True)
class ChartTable:
    """A chart's numbers: column headers, then one row per standard, round or criterion."""

    headers: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]


def _standard_name(pack: Pack, number: str, language: str) -> str:
    return f"{number}  {pack.standard(number).title.get(language)}"


def _percent(value: float | None, missing: str) -> Cell:
    return missing if value is None or math.isnan(value) else value


def radar_table(
    pack: Pack,
    scores_by_round: Sequence[tuple[str, RoundScores]],
    language: str,
    translate: Translate = chart_text,
) -> ChartTable:
    """A row per assessed unit; a column per round of the radar (the selected, the compared)."""
    numbers = [unit.number for unit in pack.assessed_units()]
    columns = [radar_values(pack, scores) for _label, scores in scores_by_round]
    missing = translate("no score")
    return ChartTable(
        headers=(translate("Standard"), *(label for label, _scores in scores_by_round)),
        rows=tuple(
            (
                _standard_name(pack, number, language),
                *(_percent(values[row], missing) for values in columns),
            )
            for row, number in enumerate(numbers)
        ),
    )


def bars_table(
    pack: Pack, scores: RoundScores, language: str, translate: Translate = chart_text
) -> ChartTable:
    """A row per assessed unit: its score and its completeness."""
    missing = translate("no score")
    return ChartTable(
        headers=(translate("Standard"), translate("Score (%)"), translate("Completeness (%)")),
        rows=tuple(
            (
                _standard_name(pack, item.number, language),
                _percent(item.score, missing),
                _percent(item.completeness, missing),
            )
            for item in bar_values(pack, scores)
        ),
    )


def _version_cell(row: TrendRow, translate: Translate) -> str:
    """The version a round used; at a change, how many criteria changed meaning."""
    version = row.version or translate("not known")
    if row.new_version and row.changed_meaning:
        return translate("{version}, new: criteria with a changed meaning: {count}").format(
            version=version, count=row.changed_meaning
        )
    if row.new_version:
        return translate("{version}, new").format(version=version)
    return version


def trend_table(
    history: ChartHistory,
    standards: Sequence[str] | None = None,
    language: str = "en",
    *,
    pack: Pack | None = None,
    translate: Translate = chart_text,
) -> ChartTable:
    """A row per round, oldest first: its date, its state (draft; finalised; finalised but
    incomplete: the rounds the chart marks hollow are the drafts and the incomplete ones),
    how much is answered, the overall score, the chosen standards' scores and, when the
    rounds used different versions of the standards, the version."""
    numbers = list(standards or ())
    names = [
        _standard_name(pack, number, language) if pack is not None else number for number in numbers
    ]
    missing = translate("no score")
    rows = []
    trend = trend_rows(history, numbers)
    versions = {row.version for row in trend if row.version is not None}
    for row in trend:
        if not row.finalised:
            state = translate("Draft")
        elif row.provisional:
            state = translate("Finalised, incomplete")
        else:
            state = translate("Finalised")
        version: tuple[str, ...] = ()
        if len(versions) > 1:  # one column telling the versions apart, only when they differ
            version = (_version_cell(row, translate),)
        rows.append(
            (
                row.label,
                row.date,
                state,
                _percent(row.completeness, missing),
                _percent(row.overall, missing),
                *(_percent(value, missing) for value in row.standards),
                *version,
            )
        )
    return ChartTable(
        headers=(
            translate("Round"),
            translate("Date"),
            translate("State"),
            translate("Answered (%)"),
            translate("Overall (%)"),
            *names,
            # Last: its long texts would push the scores out of sight in a narrow window.
            *((translate("Version of the standards"),) if len(versions) > 1 else ()),
        ),
        rows=tuple(rows),
    )


def perspectives_table(
    pack: Pack,
    round_result: ChartRoundResult,
    language: str,
    translate: Translate = chart_text,
) -> ChartTable:
    """A row per assessed unit; a column per perspective with respondents, then consensus."""
    series = perspective_series(pack, round_result, language, translate)
    missing = translate("no answers")
    return ChartTable(
        headers=(translate("Standard"), *(item.label for item in series)),
        rows=tuple(
            (
                _standard_name(pack, unit.number, language),
                *(_percent(item.values[row], missing) for item in series),
            )
            for row, unit in enumerate(pack.assessed_units())
        ),
    )


def heatmap_table(
    pack: Pack, history: ChartHistory, translate: Translate = chart_text
) -> ChartTable:
    """A row per criterion, a column per round: the status, marked where the criterion
    changed meaning since that round."""
    matrix = status_matrix(pack, history)
    changed = changed_matrix(pack, history)
    rows = []
    for row, criterion in enumerate(pack.criteria()):
        cells: list[Cell] = [criterion.id]
        for col in range(matrix.shape[1]):
            value = matrix[row, col]
            if math.isnan(value):
                cells.append(translate("Not in this round"))
                continue
            status = translate(STATUS_NAMES[int(value)])
            if changed[row, col]:
                status = translate("{status}, changed meaning since (not comparable)").format(
                    status=status
                )
            cells.append(status)
        rows.append(tuple(cells))
    return ChartTable(
        headers=(translate("Criterion"), *(item.label for item in history.rounds)),
        rows=tuple(rows),
    )
