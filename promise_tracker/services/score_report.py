"""Scores of every unit, round and standard as plain data (for `score --json` and tests)."""

from __future__ import annotations

import json
from typing import Any, cast

from promise_tracker.domain.scoring import Score
from promise_tracker.services.assessment import AssessmentService
from promise_tracker.standards.model import Pack


def score_dict(score: Score) -> dict[str, Any]:
    return {
        "percent": None if score.percent is None else round(score.percent, 2),
        "completeness": None if score.completeness is None else round(score.completeness, 2),
        "met": float(score.met),
        "applicable": score.applicable,
        "not_applicable": score.not_applicable,
        "unanswered": score.unanswered,
    }


class _Shown:
    """score_dict of each Score once: a network's rounds share most of their Scores (the
    scoring functions hand out one object per distinct score)."""

    def __init__(self) -> None:
        self._seen: dict[int, tuple[Score, dict[str, Any]]] = {}

    def __call__(self, score: Score) -> dict[str, Any]:
        found = self._seen.get(id(score))
        if found is None or found[0] is not score:
            found = self._seen[id(score)] = (score, score_dict(score))
        return dict(found[1])  # a copy: no two places of the report share a dict


def build_score_report(service: AssessmentService, language: str = "en") -> dict[str, Any]:
    """Every unit with its rounds; each round's consensus score overall and per standard."""
    shown = _Shown()
    # per pack, its assessed standards' numbers and titles
    titles: dict[int, tuple[Pack, list[tuple[str, str]]]] = {}
    units = []
    for unit in service.units():
        rounds = []
        for assessment_round in service.rounds(unit.id):
            # Plain rows scored in one pass: a network's thousands of rounds would otherwise
            # build an Answer of every row and score every respondent apart for one mean.
            figures = service.round_figures(assessment_round)
            pack = service.pack_for(assessment_round)
            known = titles.get(id(pack))
            if known is None or known[0] is not pack:
                named = [(s.number, s.title.get(language)) for s in pack.assessed_units()]
                known = titles[id(pack)] = (pack, named)
            by_standard = figures.consensus.by_standard
            standards = [
                {"number": number, "title": title, **shown(by_standard[number])}
                for number, title in known[1]
            ]
            perspectives = {
                perspective: {
                    "respondents": scores.respondents,
                    **shown(scores.overall),
                }
                for perspective, scores in figures.by_perspective.items()
            }
            mean = figures.respondents_mean
            rounds.append(
                {
                    "id": assessment_round.id,
                    "title": assessment_round.title,
                    "date": assessment_round.date.isoformat(),
                    "status": assessment_round.status.value,
                    "pack": {
                        "id": assessment_round.pack_id,
                        "version": assessment_round.pack_version,
                        "hash": assessment_round.pack_hash,
                    },
                    "score_basis": "consensus",
                    "overall": shown(figures.consensus.overall),
                    "standards": standards,
                    "perspectives": perspectives,
                    "respondents_mean": None if mean is None else round(mean, 2),
                }
            )
        units.append(
            {
                "id": unit.id,
                "name": unit.name,
                "country": unit.country,
                "region": unit.region,
                "lead_agency": unit.lead_agency,
                "year_opened": unit.year_opened,
                "rounds": rounds,
            }
        )
    return {"units": units}


def report_json(report: dict[str, Any]) -> str:
    """`json.dumps(report, ensure_ascii=False, indent=2)`, text for text, written faster.

    The standard library writes indented JSON in pure Python, one piece at a time; a
    network's report (2,000 rounds) is 10 MB of it. Dicts whose values are all plain (the
    scores, most of the report) are written in one go here. Anything the report never holds
    (a tuple, a key that is not text, NaN...) and json writes the whole of it, as before.
    """
    out: list[str] = []
    try:
        _write(report, 0, out)
    except _UnusualError:
        return json.dumps(report, ensure_ascii=False, indent=2)
    return "".join(out)


class _UnusualError(Exception):
    """Something report_json leaves to json."""


_text = json.encoder.encode_basestring  # ensure_ascii=False: only quotes and controls escaped


def _scalar(value: object) -> str | None:
    """A plain value as JSON, or None for a dict or list (_UnusualError for anything else)."""
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    kind = type(value)
    if kind is str:
        return _text(cast(str, value))
    if kind is int:
        return int.__repr__(cast(int, value))
    if kind is float:
        number = cast(float, value)
        if number != number or number in (float("inf"), float("-inf")):
            raise _UnusualError
        return float.__repr__(number)
    if kind is dict or kind is list:
        return None
    raise _UnusualError


def _write(value: object, level: int, out: list[str]) -> None:
    plain = _scalar(value)
    if plain is not None:
        out.append(plain)
        return
    if not value:
        out.append("{}" if type(value) is dict else "[]")
        return
    inner = "\n" + "  " * (level + 1)
    end = "\n" + "  " * level
    if isinstance(value, dict):
        if not all(type(key) is str for key in value):
            raise _UnusualError
        pieces = [(_text(key), _scalar(item)) for key, item in value.items()]
        if all(item is not None for _, item in pieces):
            out.append("{" + inner + ("," + inner).join(f"{k}: {v}" for k, v in pieces) + end + "}")
            return
        out.append("{")
        for number, (key, item) in enumerate(value.items()):
            out.append(("," if number else "") + inner + _text(key) + ": ")
            _write(item, level + 1, out)
        out.append(end + "}")
        return
    assert isinstance(value, list)  # _scalar let only exact dicts and lists through
    out.append("[")
    for number, item in enumerate(value):
        out.append(("," if number else "") + inner)
        _write(item, level + 1, out)
    out.append(end + "]")
