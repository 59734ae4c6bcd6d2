"""The bar chart: a score bar and a lighter completeness bar per assessed unit."""

from __future__ import annotations

import pytest

from promise_tracker.charts.bars import COMPLETENESS_GID, SCORE_GID, bars_figure
from promise_tracker.charts.style import standard_colour
from promise_tracker.services.results import UnitHistory
from promise_tracker.standards.model import Pack


def test_bar_widths_are_scores_and_completeness(pack: Pack, history: UnitHistory) -> None:
    scores = history.rounds[-1].consensus  # the draft: partly answered
    fig = bars_figure(pack, scores, "en")
    ax = fig.axes[0]
    units = scores.unit_scores(pack)
    score_bars = [p for p in ax.patches if p.get_gid() == SCORE_GID]
    complete_bars = [p for p in ax.patches if p.get_gid() == COMPLETENESS_GID]
    assert [b.get_width() for b in score_bars] == pytest.approx(
        [s.percent or 0.0 for s in units.values()]
    )
    assert [b.get_width() for b in complete_bars] == pytest.approx(
        [s.completeness for s in units.values()]
    )
    assert [b.get_width() for b in complete_bars][-4:] == [0.0] * 4  # 7-10 not started
    # Completeness is an outline in the standard's colour, white inside: the score bar is
    # seen against white, never against a pale tint of itself.
    for score_bar, back in zip(score_bars, complete_bars, strict=True):
        assert not back.get_facecolor()[3]  # no fill
        assert back.get_edgecolor()[:3] == score_bar.get_facecolor()[:3]
        assert back.get_linewidth() > 1
    assert score_bars[0].get_facecolor()[:3] == pytest.approx(
        tuple(int(standard_colour(pack, "1.1")[i : i + 2], 16) / 255 for i in (1, 3, 5))
    )
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert [label.split()[0] for label in labels] == list(units)
    assert labels[0] == "1.1  Best interests of the child"
    texts = [t.get_text() for t in ax.texts]
    assert texts.count("no score") == 4
    assert f"{units['1.1'].percent:.0f}%" in texts


def test_translated_texts_and_swedish_titles(pack: Pack, history: UnitHistory) -> None:
    fig = bars_figure(pack, history.rounds[0].consensus, "sv", translate=lambda s: f"<{s}>")
    ax = fig.axes[0]
    assert fig.get_supxlabel() == "<% of applicable criteria met>"
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["<Score>", "<Completeness>"]
    assert ax.get_yticklabels()[0].get_text() == "1.1  Barnets bästa"


def test_every_top_level_standard_has_its_own_colour() -> None:
    from promise_tracker.standards.registry import PackRegistry

    pack = PackRegistry.load().latest("promise-bqs-2017")
    colours = {s.number: standard_colour(pack, s.number) for s in pack.standards}
    assert len(set(colours.values())) == len(pack.standards) == 10
    # Sub-standards share their standard's colour.
    assert standard_colour(pack, "1.2") == colours["1"]
