"""Colours, fonts and labels shared by every chart, so a standard looks the same everywhere."""

from __future__ import annotations

import re
from collections.abc import Callable

from promise_tracker.charts import colours
from promise_tracker.charts.colours import MARKERS, SERIES, STANDARD_COLOURS
from promise_tracker.i18n import QT_TRANSLATE_NOOP, translate
from promise_tracker.standards.model import Pack

Translate = Callable[[str], str]

# Okabe & Ito (2008), "Color Universal Design": distinguishable with the common colour
# vision deficiencies (used by the spread bars of the team views).
OKABE_ITO: tuple[str, ...] = (
    "#0072B2",  # blue
    "#E69F00",  # orange
    "#009E73",  # bluish green
    "#D55E00",  # vermillion
    "#56B4E9",  # sky blue
    "#CC79A7",  # reddish purple
    "#F0E442",  # yellow
)
# The charts' own colours, held to WCAG contrast ratios, are in charts.colours.
STANDARD_PALETTE: tuple[str, ...] = STANDARD_COLOURS
BLACK = colours.BLACK
GREY = colours.NEUTRAL
LINE_STYLES: tuple[str, ...] = colours.LINE_STYLES

# Default sizes in points, chosen to stay readable on a projector.
FONT_SIZE = 14.0
TITLE_SIZE = 17.0


# The charts' fixed texts, listed so that lupdate puts them in the "Charts" context; the
# builders translate them through their `translate` argument (by default `chart_text`).
CHART_TEXTS = (
    QT_TRANSLATE_NOOP("Charts", "Score by standard (%)"),
    QT_TRANSLATE_NOOP("Charts", "Score and completeness by standard"),
    QT_TRANSLATE_NOOP("Charts", "Score"),
    QT_TRANSLATE_NOOP("Charts", "Completeness"),
    QT_TRANSLATE_NOOP("Charts", "no score"),
    QT_TRANSLATE_NOOP("Charts", "% of applicable criteria met"),
    QT_TRANSLATE_NOOP("Charts", "Scores over time"),
    QT_TRANSLATE_NOOP("Charts", "Overall"),
    QT_TRANSLATE_NOOP("Charts", "Round date"),
    QT_TRANSLATE_NOOP("Charts", "Scores by perspective"),
    QT_TRANSLATE_NOOP("Charts", "Consensus"),
    QT_TRANSLATE_NOOP("Charts", "Standard"),
    QT_TRANSLATE_NOOP("Charts", "Criteria by round"),
    QT_TRANSLATE_NOOP("Charts", "Unanswered"),
    QT_TRANSLATE_NOOP("Charts", "Not applicable"),
    QT_TRANSLATE_NOOP("Charts", "Not met"),
    QT_TRANSLATE_NOOP("Charts", "Partly met"),
    QT_TRANSLATE_NOOP("Charts", "Met"),
    QT_TRANSLATE_NOOP("Charts", "Changed meaning since (not comparable)"),
)
ENGLISH_MONTHS = (
    *("Jan", "Feb", "Mar", "Apr", "May", "Jun"),
    *("Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
)
_MONTH_PATTERN = re.compile(r"\b(" + "|".join(ENGLISH_MONTHS) + r")\b")


def chart_text(text: str) -> str:
    """The default `translate`: a chart text in the interface language (English if none)."""
    return translate("Charts", text)


def month_names() -> tuple[str, ...]:
    """Short month names in the interface language, January first."""
    return (
        translate("Charts", "Jan", "short month name"),
        translate("Charts", "Feb", "short month name"),
        translate("Charts", "Mar", "short month name"),
        translate("Charts", "Apr", "short month name"),
        translate("Charts", "May", "short month name"),
        translate("Charts", "Jun", "short month name"),
        translate("Charts", "Jul", "short month name"),
        translate("Charts", "Aug", "short month name"),
        translate("Charts", "Sep", "short month name"),
        translate("Charts", "Oct", "short month name"),
        translate("Charts", "Nov", "short month name"),
        translate("Charts", "Dec", "short month name"),
    )


def local_months(label: str) -> str:
    """`label` (a date axis label) with English short month names in the interface language."""
    names = dict(zip(ENGLISH_MONTHS, month_names(), strict=True))
    return _MONTH_PATTERN.sub(lambda match: names[match.group(1)], label)


def series_colour(index: int) -> str:
    """The colour of the index-th line (a round, a standard over time): 3:1 on white."""
    return SERIES[index % len(SERIES)]


def series_style(index: int) -> str:
    """The index-th line's style: lines differ in style too, not only in colour."""
    return LINE_STYLES[index % len(LINE_STYLES)]


def series_marker(index: int) -> str:
    """The index-th line's marker shape."""
    return MARKERS[index % len(MARKERS)]


def standard_colour(pack: Pack, number: str) -> str:
    """The colour of a standard and its sub-standards: one per top-level standard."""
    top = number.split(".")[0]
    numbers = [s.number for s in pack.standards]
    index = numbers.index(top) if top in numbers else 0
    return STANDARD_COLOURS[index % len(STANDARD_COLOURS)]


def standard_label(pack: Pack, number: str, language: str, *, width: int = 34) -> str:
    """ "1.2 Right to be heard and to ..." : number and title, shortened for an axis."""
    title = pack.standard(number).title.get(language)
    text = f"{number}  {title}"
    if len(text) > width:
        text = text[: width - 1].rstrip() + "…"
    return text
