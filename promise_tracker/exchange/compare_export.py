"""Writes a `Comparison` of many units' exports to an .xlsx workbook for coordinators.

Sheets: "Units x standards" (latest score per unit and standard, heat-coloured with a
conditional colour scale), "Statistics" (min / median / max per standard, bar chart), "Most
often unmet", "Ranking", "Trends" (overall per round date, line chart) and "Files" (every
file read and its status). Names come from the comparison, so aliases replace unit names
everywhere; only file names (not folders) are shown. Every text goes through
`cells.write_text`: never a formula or link. The file appears atomically (temp + replace).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from promise_tracker import APP_NAME
from promise_tracker.exchange.cells import write_number, write_percent, write_text
from promise_tracker.exchange.compare import Comparison
from promise_tracker.exchange.saving import save_atomically
from promise_tracker.exchange.sheets import print_settings, write_date, write_header

if TYPE_CHECKING:
    from openpyxl.workbook.workbook import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

UNITS_SHEET = "Units x standards"
STATISTICS_SHEET = "Statistics"
UNMET_SHEET = "Most often unmet"
RANKING_SHEET = "Ranking"
TRENDS_SHEET = "Trends"
FILES_SHEET = "Files"
SHEETS = (UNITS_SHEET, STATISTICS_SHEET, UNMET_SHEET, RANKING_SHEET, TRENDS_SHEET, FILES_SHEET)


def write_comparison(comparison: Comparison, path: Path | str) -> Path:
    """Write the comparison workbook to `path` atomically; returns the path."""
    path = Path(path)
    return save_atomically(build_comparison_workbook(comparison), path)


def build_comparison_workbook(comparison: Comparison) -> Workbook:
    from openpyxl import Workbook

    workbook = Workbook()
    first = workbook.active
    assert first is not None  # a new workbook always has one sheet
    first.title = UNITS_SHEET
    _units_sheet(first, comparison)
    _statistics_sheet(workbook.create_sheet(STATISTICS_SHEET), comparison)
    _unmet_sheet(workbook.create_sheet(UNMET_SHEET), comparison)
    _ranking_sheet(workbook.create_sheet(RANKING_SHEET), comparison)
    _trends_sheet(workbook.create_sheet(TRENDS_SHEET), comparison)
    _files_sheet(workbook.create_sheet(FILES_SHEET), comparison)
    workbook.active = 0
    workbook.properties.creator = APP_NAME
    workbook.properties.title = f"{APP_NAME}: comparison of {len(comparison.units)} units"
    return workbook


def _header(ws: Worksheet, row: int, titles: Sequence[str], widths: Sequence[float]) -> None:
    write_header(ws, row, titles, widths)
    ws.freeze_panes = ws.cell(row=row + 1, column=1)
    print_settings(ws, row)


def _filter(ws: Worksheet, row: int, columns: int, last_row: int) -> None:
    from openpyxl.utils import get_column_letter

    ws.auto_filter.ref = f"A{row}:{get_column_letter(columns)}{max(last_row, row)}"


def _date(ws: Worksheet, row: int, column: int, value: dt.date | None) -> None:
    if value is not None:
        write_date(ws, row, column, value)


def _units_sheet(ws: Worksheet, comparison: Comparison) -> None:
    from openpyxl.formatting.rule import ColorScaleRule
    from openpyxl.utils import get_column_letter

    fixed = ["Unit", "Country", "Lead agency", "Round", "Date", "Overall", "Completeness"]
    standards = comparison.standards
    titles = [*fixed, *(f"Standard {n}" for n in standards), "Flags"]
    widths = [30, 9, 16, 22, 11, 10, 13, *(11 for _ in standards), 24]
    _header(ws, 1, titles, widths)
    for row, unit in enumerate(comparison.units, start=2):
        write_text(ws, row, 1, unit.name)
        write_text(ws, row, 2, unit.country)
        write_text(ws, row, 3, unit.lead_agency)
        write_text(ws, row, 4, unit.round_title)
        _date(ws, row, 5, unit.round_date)
        write_percent(ws, row, 6, unit.overall)
        write_percent(ws, row, 7, unit.completeness)
        for column, number in enumerate(standards, start=len(fixed) + 1):
            write_percent(ws, row, column, unit.scores.get(number))
        write_text(ws, row, len(titles), ", ".join(unit.flags))
    last = 1 + len(comparison.units)
    if comparison.units:
        # Red (low) through yellow to green (high) over the fixed 0..100 % range, so the
        # colours mean the same in every comparison.
        scale = ColorScaleRule(
            start_type="num",
            start_value=0,
            start_color="F8696B",
            mid_type="num",
            mid_value=0.5,
            mid_color="FFEB84",
            end_type="num",
            end_value=1,
            end_color="63BE7B",
        )
        first_column = get_column_letter(6)
        last_column = get_column_letter(len(fixed) + len(standards))
        ws.conditional_formatting.add(f"{first_column}2:{last_column}{last}", scale)
    _filter(ws, 1, len(titles), last)
    row = last + 2
    notes = [
        f"Reference pack: {' '.join(comparison.reference_pack[:2])} "
        f"(content {comparison.reference_pack[2][:12]})",
        "Standards not shared by every unit (left out): "
        + (", ".join(comparison.not_shared_standards) or "none"),
        "Criteria not shared by every unit (left out): "
        + (", ".join(comparison.not_shared_criteria) or "none"),
        f"Filters: country {comparison.country or 'any'}, "
        f"lead agency {comparison.lead_agency or 'any'}",
    ]
    for offset, note in enumerate(notes):
        write_text(ws, row + offset, 1, note)


def _statistics_sheet(ws: Worksheet, comparison: Comparison) -> None:
    from openpyxl.chart import BarChart, Reference
    from openpyxl.chart.data_source import AxDataSource, StrRef

    titles = ["Standard", "Title", "Units", "Minimum", "Median", "Maximum"]
    _header(ws, 1, titles, [10, 50, 8, 11, 11, 11])
    for row, stats in enumerate(comparison.statistics, start=2):
        write_text(ws, row, 1, stats.number)
        write_text(ws, row, 2, stats.title)
        write_number(ws, row, 3, stats.units)
        write_percent(ws, row, 4, stats.minimum)
        write_percent(ws, row, 5, stats.median)
        write_percent(ws, row, 6, stats.maximum)
    last = 1 + len(comparison.statistics)
    _filter(ws, 1, len(titles), last)
    if not comparison.statistics:
        return
    chart = BarChart()
    chart.type = "col"
    chart.title = "Minimum, median and maximum per standard"
    chart.y_axis.title = "Score"
    chart.y_axis.number_format = "0%"
    chart.y_axis.scaling.min = 0
    chart.y_axis.scaling.max = 1
    chart.x_axis.title = "Standard"
    chart.x_axis.delete = False  # openpyxl 3.1 hides new axes otherwise
    chart.y_axis.delete = False
    chart.add_data(
        Reference(ws, min_col=4, max_col=6, min_row=1, max_row=last), titles_from_data=True
    )
    labels = Reference(ws, min_col=1, min_row=2, max_row=last)
    for series in chart.series:  # text categories (set_categories would declare numbers)
        series.cat = AxDataSource(strRef=StrRef(f=str(labels)))
    chart.width, chart.height = 24, 11
    ws.add_chart(chart, "H2")


def _unmet_sheet(ws: Worksheet, comparison: Comparison) -> None:
    titles = ["Criterion", "Standard", "Units unmet", "Units compared", "Share", "Units"]
    _header(ws, 1, titles, [14, 10, 12, 15, 10, 70])
    for row, item in enumerate(comparison.most_unmet, start=2):
        write_text(ws, row, 1, item.criterion_id)
        write_text(ws, row, 2, item.standard)
        write_number(ws, row, 3, item.count)
        write_number(ws, row, 4, item.units)
        write_percent(ws, row, 5, 100 * item.share)
        write_text(ws, row, 6, "; ".join(item.unit_names))
    _filter(ws, 1, len(titles), 1 + len(comparison.most_unmet))


def _ranking_sheet(ws: Worksheet, comparison: Comparison) -> None:
    titles = ["Rank", "Unit", "Overall"]
    _header(ws, 1, titles, [8, 34, 11])
    for row, entry in enumerate(comparison.ranking, start=2):
        write_number(ws, row, 1, entry.rank)
        write_text(ws, row, 2, entry.name)
        write_percent(ws, row, 3, entry.overall)
    _filter(ws, 1, len(titles), 1 + len(comparison.ranking))


def _trends_sheet(ws: Worksheet, comparison: Comparison) -> None:
    """Long table (unit, date, round, overall) and a line chart: one series per unit over
    the round order (units assess on different dates, so the x axis is the round number)."""
    from openpyxl.chart import LineChart, Reference

    titles = ["Unit", "Date", "Round", "Overall"]
    _header(ws, 1, titles, [30, 11, 24, 10])
    row = 2
    for trend in comparison.trends:
        for point in trend.points:
            write_text(ws, row, 1, trend.name)
            _date(ws, row, 2, point.date)
            write_text(ws, row, 3, point.title)
            write_percent(ws, row, 4, point.overall)
            row += 1
    _filter(ws, 1, len(titles), row - 1)
    if not comparison.trends:
        return
    # A small wide table beside it feeds the chart: round number x unit.
    first_column = 7
    rounds = max(len(t.points) for t in comparison.trends)
    write_text(ws, 1, first_column, "Round number")
    for number in range(1, rounds + 1):
        write_number(ws, 1 + number, first_column, number)
    for offset, trend in enumerate(comparison.trends, start=1):
        write_text(ws, 1, first_column + offset, trend.name)
        for number, point in enumerate(trend.points, start=1):
            write_percent(ws, 1 + number, first_column + offset, point.overall)
    chart = LineChart()
    chart.title = "Overall score per round"
    chart.y_axis.title = "Overall score"
    chart.y_axis.number_format = "0%"
    chart.y_axis.scaling.min = 0
    chart.y_axis.scaling.max = 1
    chart.x_axis.title = "Round number"
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    data = Reference(
        ws,
        min_col=first_column + 1,
        max_col=first_column + len(comparison.trends),
        min_row=1,
        max_row=1 + rounds,
    )
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=first_column, min_row=2, max_row=1 + rounds))
    chart.width, chart.height = 22, 11
    ws.add_chart(chart, f"G{rounds + 4}")


def _files_sheet(ws: Worksheet, comparison: Comparison) -> None:
    titles = ["File", "Status", "Reason", "Detail", "Unit", "Round", "Warnings"]
    _header(ws, 1, titles, [44, 10, 18, 50, 30, 22, 24])
    for row, report in enumerate(comparison.files, start=2):
        write_text(ws, row, 1, report.path.name)
        write_text(ws, row, 2, report.status)
        write_text(ws, row, 3, report.reason)
        write_text(ws, row, 4, report.detail)
        write_text(ws, row, 5, report.unit_name)
        write_text(ws, row, 6, report.round_title)
        write_text(ws, row, 7, ", ".join(report.warnings))
    _filter(ws, 1, len(titles), 1 + len(comparison.files))


__all__ = ["SHEETS", "build_comparison_workbook", "write_comparison"]
