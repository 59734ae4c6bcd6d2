"""Colours, fonts and labels shared by every chart, so a standard looks the same everywhere."""

from __future__ import annotations

from collections.abc import Callable

from promise_tracker.standards.model import Pack

Translate = Callable[[str], str]

# Okabe & Ito (2008), "Color Universal Design": distinguishable with the common colour
# vision deficiencies. Black is kept apart for the consensus / overall line.
OKABE_ITO: tuple[str, ...] = (
    "#0072B2",  # blue
    "#E69F00",  # orange
    "#009E73",  # bluish green
    "#D55E00",  # vermillion
    "#56B4E9",  # sky blue
    "#CC79A7",  # reddish purple
    "#F0E442",  # yellow
)
# Standards need ten colours, more than Okabe & Ito offer: Paul Tol's "muted" scheme, also
# designed to stay distinct with colour vision deficiencies, plus a dark grey for the tenth.
STANDARD_PALETTE: tuple[str, ...] = (
    "#332288",  # indigo
    "#88CCEE",  # cyan
    "#44AA99",  # teal
    "#117733",  # green
    "#999933",  # olive
    "#DDCC77",  # sand
    "#CC6677",  # rose
    "#882255",  # wine
    "#AA4499",  # purple
    "#555555",  # dark grey
)
BLACK = "#000000"
GREY = "#7F7F7F"
# Line styles that tell apart series which have to share a colour (more than 7 of them).
LINE_STYLES: tuple[str, ...] = ("-", "--", ":", "-.")

# Default sizes in points, chosen to stay readable on a projector.
FONT_SIZE = 14.0
TITLE_SIZE = 17.0


def identity(text: str) -> str:
    """The default `translate`: interface texts as written (English)."""
    return text


def series_colour(index: int) -> str:
    return OKABE_ITO[index % len(OKABE_ITO)]


def series_style(index: int) -> str:
    return LINE_STYLES[(index // len(OKABE_ITO)) % len(LINE_STYLES)]


def standard_colour(pack: Pack, number: str) -> str:
    """The colour of a standard and its sub-standards: one per top-level standard."""
    top = number.split(".")[0]
    numbers = [s.number for s in pack.standards]
    index = numbers.index(top) if top in numbers else 0
    return STANDARD_PALETTE[index % len(STANDARD_PALETTE)]


def standard_label(pack: Pack, number: str, language: str, *, width: int = 34) -> str:
    """ "1.2 Right to be heard and to ..." : number and title, shortened for an axis."""
    title = pack.standard(number).title.get(language)
    text = f"{number}  {title}"
    if len(text) > width:
        text = text[: width - 1].rstrip() + "…"
    return text
