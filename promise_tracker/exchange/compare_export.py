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
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from promise_tracker import APP_NAME
from promise_tracker.exchange.cells import clean_text, write_number, write_percent, write_text
from promise_tracker.exchange.compare import Comparison
from promise_tracker.exchange.saving import save_atomically
from promise_tracker.exchange.sheets import print_settings, straight_lines, write_date, write_header
from promise_tracker.i18n import QT_TRANSLATE_NOOP, language, translate
from promise_tracker.standards.model import Pack
from promise_tracker.standards.registry import SHIPPED_ORIGIN_PREFIX

if TYPE_CHECKING:
    from openpyxl.workbook.workbook import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

# Sheet names in English; the workbook shows them in the interface language (nothing reads
# a comparison workbook back, so its names need not stay fixed).
UNITS_SHEET = QT_TRANSLATE_NOOP("CompareExport", "Units x standards")
STATISTICS_SHEET = QT_TRANSLATE_NOOP("CompareExport", "Statistics")
UNMET_SHEET = QT_TRANSLATE_NOOP("CompareExport", "Most often unmet")
RANKING_SHEET = QT_TRANSLATE_NOOP("CompareExport", "Ranking")
TRENDS_SHEET = QT_TRANSLATE_NOOP("CompareExport", "Trends")
FILES_SHEET = QT_TRANSLATE_NOOP("CompareExport", "Files")
BARRIERS_SHEET = QT_TRANSLATE_NOOP("CompareExport", "Barriers")
ACTIONS_SHEET = QT_TRANSLATE_NOOP("CompareExport", "Open actions")
SHEETS = (
    UNITS_SHEET,
    STATISTICS_SHEET,
    UNMET_SHEET,
    BARRIERS_SHEET,
    ACTIONS_SHEET,
    RANKING_SHEET,
    TRENDS_SHEET,
    FILES_SHEET,
)


def write_comparison(
    comparison: Comparison, path: Path | str, packs: Iterable[Pack] | None = None
) -> Path:
    """Write the comparison workbook to `path` atomically; returns the path. `packs` are
    where the reference pack's provenance is looked up (the shipped packs by default)."""
    path = Path(path)
    return save_atomically(build_comparison_workbook(comparison, packs), path)


def build_comparison_workbook(
    comparison: Comparison, packs: Iterable[Pack] | None = None
) -> Workbook:
    from openpyxl import Workbook

    workbook = Workbook()
    first = workbook.active
    assert first is not None  # a new workbook always has one sheet
    first.title = sheet_name(UNITS_SHEET)
    _units_sheet(first, comparison, _reference_pack(comparison, packs))
    _statistics_sheet(workbook.create_sheet(sheet_name(STATISTICS_SHEET)), comparison)
    _unmet_sheet(workbook.create_sheet(sheet_name(UNMET_SHEET)), comparison)
    _barriers_sheet(workbook.create_sheet(sheet_name(BARRIERS_SHEET)), comparison)
    _actions_sheet(workbook.create_sheet(sheet_name(ACTIONS_SHEET)), comparison)
    _ranking_sheet(workbook.create_sheet(sheet_name(RANKING_SHEET)), comparison)
    _trends_sheet(workbook.create_sheet(sheet_name(TRENDS_SHEET)), comparison)
    _files_sheet(workbook.create_sheet(sheet_name(FILES_SHEET)), comparison)
    workbook.active = 0
    workbook.properties.creator = APP_NAME
    workbook.properties.title = clean_text(
        translate("CompareExport", "{app}: comparison of {count} units").format(
            app=APP_NAME, count=len(comparison.units)
        )
    )
    return workbook


_NOT_IN_SHEET_NAMES = frozenset("[]:*?/\\")


def sheet_name(english: str) -> str:
    """A sheet name in the interface language; the English one if the translation is not a
    valid sheet name (at most 31 characters, none of []:*?/\\)."""
    name = translate("CompareExport", english)
    if not name.strip() or len(name) > 31 or _NOT_IN_SHEET_NAMES & set(name):
        return english
    return name


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


def _reference_pack(comparison: Comparison, packs: Iterable[Pack] | None) -> Pack | None:
    """The pack most units were assessed with, if it is among `packs` (by default the packs
    shipped with the app) with the same content."""
    pack_id, version, content = comparison.reference_pack
    if not pack_id:
        return None
    if packs is None:
        from promise_tracker.errors import PackError
        from promise_tracker.standards.registry import PackRegistry

        try:
            packs = PackRegistry.load().packs()
        except PackError:
            return None  # the line then names the pack without claiming who worded it
    for pack in packs:
        if pack.id == pack_id and pack.version == version and pack.content_hash == content:
            return pack
    return None


def provenance_notes(comparison: Comparison, pack: Pack | None) -> list[str]:
    """Who worded the criteria the units were compared on, for the first sheet's notes."""
    if pack is not None and pack.origin.startswith(SHIPPED_ORIGIN_PREFIX):
        lang = language()
        return [
            translate(
                "CompareExport",
                "Criteria worded by PROMISE tracker under {title}, pack version {version}; "
                "the publication is the authoritative text.",
            ).format(title=pack.title.get(lang), version=pack.version),
            translate("CompareExport", "Provenance: {statement}").format(
                statement=pack.provenance.get(lang).strip()
            ),
        ]
    pack_id, version, _content = comparison.reference_pack
    return [
        translate(
            "CompareExport",
            "Criteria of the standards pack {pack} {version}, which is not shipped with "
            "PROMISE tracker: who worded them is said in the units' exports (sheet Summary, "
            "row Provenance).",
        ).format(pack=pack_id, version=version)
    ]


def _units_sheet(ws: Worksheet, comparison: Comparison, pack: Pack | None) -> None:
    from openpyxl.formatting.rule import ColorScaleRule
    from openpyxl.utils import get_column_letter

    fixed = [
        translate("CompareExport", "Unit"),
        translate("CompareExport", "Country"),
        translate("CompareExport", "Lead agency"),
        translate("CompareExport", "Round"),
        translate("CompareExport", "Date"),
        translate("CompareExport", "Overall"),
        translate("CompareExport", "Completeness"),
    ]
    standards = comparison.standards
    standard = translate("CompareExport", "Standard {number}")
    titles = [
        *fixed,
        *(standard.format(number=n) for n in standards),
        translate("CompareExport", "Flags"),
    ]
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
    none = translate("CompareExport", "none")
    anything = translate("CompareExport", "any")
    notes = [
        translate("CompareExport", "Reference pack: {pack} (content {content})").format(
            pack=" ".join(comparison.reference_pack[:2]),
            content=comparison.reference_pack[2][:12],
        ),
        translate("CompareExport", "Standards not shared by every unit (left out): {list}").format(
            list=", ".join(comparison.not_shared_standards) or none
        ),
        translate("CompareExport", "Criteria not shared by every unit (left out): {list}").format(
            list=", ".join(comparison.not_shared_criteria) or none
        ),
        translate(
            "CompareExport",
            "Criteria whose meaning changed between the versions of the standards the units "
            "use (counted only for the units on version {version}): {list}",
        ).format(
            version=comparison.reference_pack[1] or none,
            list=", ".join(comparison.changed_criteria) or none,
        ),
        translate("CompareExport", "Filters: country {country}, lead agency {agency}").format(
            country=comparison.country or anything, agency=comparison.lead_agency or anything
        ),
        translate(
            "CompareExport",
            "Scores are each unit's score as exported: the team's agreed score, or all "
            "respondents pooled where a round has no agreed answers yet.",
        ),
        *provenance_notes(comparison, pack),
    ]
    for offset, note in enumerate(notes):
        write_text(ws, row + offset, 1, note)


def _statistics_sheet(ws: Worksheet, comparison: Comparison) -> None:
    from openpyxl.chart import BarChart, Reference
    from openpyxl.chart.data_source import AxDataSource, StrRef

    titles = [
        translate("CompareExport", "Standard"),
        translate("CompareExport", "Title"),
        translate("CompareExport", "Units"),
        translate("CompareExport", "Minimum"),
        translate("CompareExport", "Median"),
        translate("CompareExport", "Maximum"),
    ]
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
    chart.title = translate("CompareExport", "Minimum, median and maximum per standard")
    chart.y_axis.title = translate("CompareExport", "Score")
    chart.y_axis.number_format = "0%"
    chart.y_axis.scaling.min = 0
    chart.y_axis.scaling.max = 1
    chart.x_axis.title = translate("CompareExport", "Standard")
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
    titles = [
        translate("CompareExport", "Criterion"),
        translate("CompareExport", "Standard"),
        translate("CompareExport", "Units unmet"),
        translate("CompareExport", "Units compared"),
        translate("CompareExport", "Share"),
        translate("CompareExport", "Units"),
    ]
    _header(ws, 1, titles, [14, 10, 12, 15, 10, 70])
    for row, item in enumerate(comparison.most_unmet, start=2):
        write_text(ws, row, 1, item.criterion_id)
        write_text(ws, row, 2, item.standard)
        write_number(ws, row, 3, item.count)
        write_number(ws, row, 4, item.units)
        write_percent(ws, row, 5, 100 * item.share)
        write_text(ws, row, 6, "; ".join(item.unit_names))
    _filter(ws, 1, len(titles), 1 + len(comparison.most_unmet))


def _barriers_sheet(ws: Worksheet, comparison: Comparison) -> None:
    """Criteria x kind of barrier: how many units name each, across the compared rounds."""
    from promise_tracker.exchange.compare import BARRIER_KINDS
    from promise_tracker.exchange.names import barrier_kind_name

    titles = [
        translate("CompareExport", "Criterion"),
        translate("CompareExport", "Standard"),
        *(barrier_kind_name(kind) for kind in BARRIER_KINDS),
        translate("CompareExport", "Units"),
        translate("CompareExport", "Named by"),
    ]
    _header(ws, 1, titles, [14, 10, *(14 for _ in BARRIER_KINDS), 8, 50])
    for row, item in enumerate(comparison.barriers, start=2):
        write_text(ws, row, 1, item.criterion_id)
        write_text(ws, row, 2, item.standard)
        for column, kind in enumerate(BARRIER_KINDS, start=3):
            write_number(ws, row, column, item.by_kind.get(kind, 0))
        write_number(ws, row, 3 + len(BARRIER_KINDS), item.total)
        write_text(ws, row, 4 + len(BARRIER_KINDS), "; ".join(item.unit_names))
    _filter(ws, 1, len(titles), 1 + len(comparison.barriers))


def _actions_sheet(ws: Worksheet, comparison: Comparison) -> None:
    """Each unit's open actions and how many of them are overdue."""
    titles = [
        translate("CompareExport", "Unit"),
        translate("CompareExport", "Open actions"),
        translate("CompareExport", "Overdue"),
    ]
    _header(ws, 1, titles, [40, 14, 12])
    for row, item in enumerate(comparison.actions, start=2):
        write_text(ws, row, 1, item.name)
        write_number(ws, row, 2, item.open)
        write_number(ws, row, 3, item.overdue)
    _filter(ws, 1, len(titles), 1 + len(comparison.actions))


def _ranking_sheet(ws: Worksheet, comparison: Comparison) -> None:
    titles = [
        translate("CompareExport", "Rank"),
        translate("CompareExport", "Unit"),
        translate("CompareExport", "Overall"),
    ]
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

    titles = [
        translate("CompareExport", "Unit"),
        translate("CompareExport", "Date"),
        translate("CompareExport", "Round"),
        translate("CompareExport", "Overall"),
    ]
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
    write_text(ws, 1, first_column, translate("CompareExport", "Round number"))
    for number in range(1, rounds + 1):
        write_number(ws, 1 + number, first_column, number)
    for offset, trend in enumerate(comparison.trends, start=1):
        write_text(ws, 1, first_column + offset, trend.name)
        for number, point in enumerate(trend.points, start=1):
            write_percent(ws, 1 + number, first_column + offset, point.overall)
    chart = LineChart()
    chart.title = translate("CompareExport", "Overall score per round")
    chart.y_axis.title = translate("CompareExport", "Overall score")
    chart.y_axis.number_format = "0%"
    chart.y_axis.scaling.min = 0
    chart.y_axis.scaling.max = 1
    chart.x_axis.title = translate("CompareExport", "Round number")
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
    straight_lines(chart)
    chart.width, chart.height = 22, 11
    ws.add_chart(chart, f"G{rounds + 4}")


def _files_sheet(ws: Worksheet, comparison: Comparison) -> None:
    titles = [
        translate("CompareExport", "File"),
        translate("CompareExport", "Status"),
        translate("CompareExport", "Reason"),
        translate("CompareExport", "Detail"),
        translate("CompareExport", "Unit"),
        translate("CompareExport", "Round"),
        translate("CompareExport", "Warnings"),
    ]
    _header(ws, 1, titles, [44, 10, 18, 50, 30, 22, 24])
    for row, report in enumerate(comparison.files, start=2):
        write_text(ws, row, 1, report.name)
        write_text(ws, row, 2, report.status)
        write_text(ws, row, 3, report.reason)
        write_text(ws, row, 4, report.detail)
        write_text(ws, row, 5, report.unit_name)
        write_text(ws, row, 6, report.round_title)
        write_text(ws, row, 7, ", ".join(report.warnings))
    _filter(ws, 1, len(titles), 1 + len(comparison.files))


__all__ = ["SHEETS", "build_comparison_workbook", "sheet_name", "write_comparison"]
