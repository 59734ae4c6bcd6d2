"""Scores of every unit, round and standard as plain data (for `score --json` and tests)."""

from __future__ import annotations

from typing import Any

from promise_tracker.domain.scoring import Score
from promise_tracker.services.assessment import AssessmentService


def score_dict(score: Score) -> dict[str, Any]:
    return {
        "percent": None if score.percent is None else round(score.percent, 2),
        "completeness": None if score.completeness is None else round(score.completeness, 2),
        "met": float(score.met),
        "applicable": score.applicable,
        "not_applicable": score.not_applicable,
        "unanswered": score.unanswered,
    }


def build_score_report(service: AssessmentService, language: str = "en") -> dict[str, Any]:
    """Every unit with its rounds; each round's consensus score overall and per standard."""
    units = []
    for unit in service.units():
        rounds = []
        for assessment_round in service.rounds(unit.id):
            result = service.round_result(assessment_round.id)
            pack = result.pack
            standards = [
                {
                    "number": standard.number,
                    "title": standard.title.get(language),
                    **score_dict(result.consensus.by_standard[standard.number]),
                }
                for standard in pack.assessed_units()
            ]
            perspectives = {
                perspective: {
                    "respondents": scores.respondents,
                    **score_dict(scores.overall),
                }
                for perspective, scores in result.perspectives.by_perspective.items()
            }
            mean = result.perspectives.respondents_mean()
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
                    "overall": score_dict(result.consensus.overall),
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
