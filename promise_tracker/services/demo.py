"""A deterministic demo data set: fictional Barnahus units assessed over several years.

Used by trainers to show the app, and by tests, benchmarks and screenshots. The same seed and
pack always give the same units, rounds, respondents, answers, notes and events (ids included).
The units are invented; no real service's results are implied. No person is named.

When the registry holds an earlier version of the pack joined to it by a crosswalk, each unit's
earlier rounds are assessed with that version and its latest round with the given one: the
criteria the crosswalk marks as not comparable (their meaning changed) are answered afresh, the
others as the unit's progress suggests.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from promise_tracker.domain.entities import Agency, Answer
from promise_tracker.errors import ValidationError
from promise_tracker.services.assessment import AssessmentService
from promise_tracker.standards.crosswalk import Crosswalk
from promise_tracker.standards.model import Criterion, Pack
from promise_tracker.standards.registry import PackRegistry, version_key

DEMO_NAMESPACE = uuid.UUID("6f1d2f0e-3c1b-4c55-9a51-0d5b9f1c2a77")
DEFAULT_SEED = 2017


def demo_id(*parts: object) -> str:
    """A stable id for a demo record, so every demo build has the same identifiers."""
    return str(uuid.uuid5(DEMO_NAMESPACE, "/".join(str(p) for p in parts)))


@dataclass(frozen=True)
class RespondentPlan:
    alias: str
    perspective: str
    agency: Agency


# Aliases describe a role, never a person, as the app asks of real users too.
ROSTER: tuple[RespondentPlan, ...] = (
    RespondentPlan("Unit manager", "management", Agency.BARNAHUS_STAFF),
    RespondentPlan("Steering group chair", "management", Agency.CHILD_PROTECTION),
    RespondentPlan("Police liaison", "professionals", Agency.POLICE),
    RespondentPlan("Prosecutor", "professionals", Agency.PROSECUTION),
    RespondentPlan("Social worker", "professionals", Agency.CHILD_PROTECTION),
    RespondentPlan("Psychologist", "professionals", Agency.MENTAL_HEALTH),
    RespondentPlan("Paediatric nurse", "professionals", Agency.HEALTH),
    RespondentPlan("Parent panel", "clients", Agency.OTHER),
    RespondentPlan("Youth council", "clients", Agency.OTHER),
)


@dataclass(frozen=True)
class UnitPlan:
    key: str
    name: str
    country: str
    region: str
    lead_agency: str
    year_opened: int
    start: float  # share of criteria met in the first round, roughly
    growth: float  # added per round
    round_dates: tuple[dt.date, ...]
    events: tuple[tuple[dt.date, str, str], ...]
    # standards a unit cannot meet for legal or structural reasons: answered N/A with a reason
    not_applicable: tuple[tuple[str, str], ...] = ()
    last_round_in_progress: bool = False


UNITS: tuple[UnitPlan, ...] = (
    UnitPlan(
        key="norrvik",
        name="Barnahus Norrvik (demo)",
        country="SE",
        region="Norrvik county (fictional)",
        lead_agency=Agency.CHILD_PROTECTION.value,
        year_opened=2009,
        start=0.55,
        growth=0.08,
        round_dates=(
            dt.date(2019, 3, 14),
            dt.date(2021, 3, 18),
            dt.date(2023, 3, 16),
            dt.date(2025, 3, 20),
        ),
        events=(
            (
                dt.date(2020, 1, 15),
                "Moved to new premises",
                "Own entrance, two waiting rooms and a child-sized interview suite.",
            ),
            (
                dt.date(2022, 5, 2),
                "New interview protocol",
                "All interviewers trained in an evidence-based protocol.",
            ),
            (dt.date(2024, 9, 1), "Therapy team extended", "Two psychologists joined."),
        ),
        last_round_in_progress=True,
    ),
    UnitPlan(
        key="fjordby",
        name="Barnahus Fjordby (demo)",
        country="NO",
        region="Vestkyst (fictional)",
        lead_agency=Agency.POLICE.value,
        year_opened=2013,
        start=0.62,
        growth=0.06,
        round_dates=(dt.date(2020, 10, 8), dt.date(2022, 10, 13), dt.date(2024, 10, 10)),
        events=(
            (
                dt.date(2021, 6, 1),
                "Interagency agreement renewed",
                "Health and child protection signed the revised agreement.",
            ),
            (dt.date(2023, 2, 20), "Case coordinator appointed", ""),
        ),
    ),
    UnitPlan(
        key="lindenau",
        name="Barnahus Lindenau (demo)",
        country="DE",
        region="Lindenau district (fictional)",
        lead_agency=Agency.HEALTH.value,
        year_opened=2020,
        start=0.30,
        growth=0.12,
        round_dates=(
            dt.date(2021, 5, 11),
            dt.date(2022, 11, 15),
            dt.date(2024, 5, 14),
            dt.date(2025, 11, 18),
        ),
        events=(
            (dt.date(2021, 1, 10), "Pilot started", "Two-year pilot funded by the region."),
            (
                dt.date(2023, 9, 4),
                "Recorded interviews admitted in court",
                "The first recorded interview was used as evidence.",
            ),
        ),
        not_applicable=(
            (
                "7",
                "Medical examinations are done at the university hospital by law; the unit "
                "refers children there and follows up.",
            ),
        ),
    ),
    UnitPlan(
        key="vecupe",
        name="Barnahus Vecupe (demo)",
        country="LV",
        region="Coastal region (fictional)",
        lead_agency=Agency.CHILD_PROTECTION.value,
        year_opened=2018,
        start=0.45,
        growth=0.05,
        round_dates=(dt.date(2019, 9, 24), dt.date(2021, 9, 28), dt.date(2023, 9, 26)),
        events=(
            (
                dt.date(2020, 4, 1),
                "Remote interviews introduced",
                "Interviews could be observed from the court by video link.",
            ),
        ),
    ),
)

NOTES_MET = (
    "Checked at the team meeting; the documents are in the shared folder.",
    "Written routine in place and followed; last reviewed this year.",
    "Seen in practice in recent cases; all agencies agree.",
    "In place since the agreement was renewed.",
)
NOTES_UNMET = (
    "Not yet in place; a working group is drafting the routine.",
    "Only partly done: some agencies take part, others not yet.",
    "Depends on national rules; raised with the ministry.",
    "Planned for next year, funding not yet decided.",
)
CLIENT_CANNOT_JUDGE = "Families do not see this part of the work."


@dataclass(frozen=True)
class DemoSummary:
    units: int
    rounds: int
    respondents: int
    answers: int
    events: int


def not_empty_error() -> ValidationError:
    """Why the demo is not written into a database that holds units."""
    return ValidationError(
        "This data folder already holds units; the demo is only written to an empty one."
    )


def build_demo(service: AssessmentService, pack: Pack, seed: int = DEFAULT_SEED) -> DemoSummary:
    """Write the demo data set through the service; refuses a database that holds units.

    Each unit's latest round is assessed with `pack`, its earlier rounds with the version of
    the pack before it when a crosswalk joins the two (see `earlier_version`).
    Each unit, round and set of answers is its own transaction: to get all or nothing,
    build into a new file and move it into place (services.demo_reset.write_demo).
    """
    if service.units():
        raise not_empty_error()
    step = earlier_version(service.packs, pack)
    counts = {"rounds": 0, "respondents": 0, "answers": 0, "events": 0}
    for plan in UNITS:
        unit = service.create_unit(
            plan.name,
            country=plan.country,
            region=plan.region,
            lead_agency=plan.lead_agency,
            year_opened=plan.year_opened,
            unit_id=demo_id(plan.key),
        )
        for date, title, description in plan.events:
            service.add_event(unit.id, date, title, description, event_id=demo_id(plan.key, date))
            counts["events"] += 1
        first_pack = step[0] if step is not None else pack
        thresholds = _criterion_thresholds(first_pack, plan, seed)
        latest_thresholds = (
            _thresholds_after(thresholds, pack, step[1], plan, seed)
            if step is not None
            else thresholds
        )
        for index, date in enumerate(plan.round_dates):
            latest = index == len(plan.round_dates) - 1
            in_progress = plan.last_round_in_progress and latest
            written = _build_round(
                service,
                pack if latest else first_pack,
                plan,
                index,
                date,
                latest_thresholds if latest else thresholds,
                seed,
                in_progress,
            )
            counts["rounds"] += 1
            counts["respondents"] += written[0]
            counts["answers"] += written[1]
    return DemoSummary(units=len(UNITS), **counts)


def earlier_version(packs: PackRegistry, pack: Pack) -> tuple[Pack, Crosswalk] | None:
    """The version of `pack` just before it that a crosswalk leads from, with that crosswalk;
    None when there is none (then every demo round uses `pack`)."""
    earlier = [
        other
        for other in packs
        if other.id == pack.id and version_key(other.version) < version_key(pack.version)
    ]
    for other in reversed(earlier):
        crosswalk = packs.crosswalk(pack.id, other.version, pack.version)
        if crosswalk is not None:
            return other, crosswalk
    return None


def _criterion_thresholds(pack: Pack, plan: UnitPlan, seed: int) -> dict[str, float]:
    """How hard each criterion is for this unit; fixed across rounds so progress sticks."""
    rnd = random.Random(f"{seed}:{plan.key}:thresholds")
    standard_bias = {u.number: rnd.uniform(-0.15, 0.15) for u in pack.assessed_units()}
    return {c.id: rnd.random() + standard_bias[c.standard] for c in pack.criteria()}


def _thresholds_after(
    thresholds: dict[str, float], pack: Pack, crosswalk: Crosswalk, plan: UnitPlan, seed: int
) -> dict[str, float]:
    """The thresholds under the newer `pack`: a criterion whose answers carry over keeps how
    hard it was; one whose meaning changed (or that is new) gets a fresh draw, so the team
    answers it afresh rather than as before."""
    carried = {new_id: old_id for old_id, new_id in crosswalk.carried().items()}
    rnd = random.Random(f"{seed}:{plan.key}:thresholds:{pack.version}")
    result: dict[str, float] = {}
    for criterion in pack.criteria():
        fresh = rnd.random()  # drawn for every criterion, so one change moves no other
        old_id = carried.get(criterion.id)
        result[criterion.id] = fresh if old_id is None else thresholds.get(old_id, fresh)
    return result


def _build_round(
    service: AssessmentService,
    pack: Pack,
    plan: UnitPlan,
    index: int,
    date: dt.date,
    thresholds: dict[str, float],
    seed: int,
    in_progress: bool,
) -> tuple[int, int]:
    rnd = random.Random(f"{seed}:{plan.key}:round{index}")
    round_id = demo_id(plan.key, "round", index)
    title = f"Self-assessment {date.year}"
    service.create_round(
        demo_id(plan.key), title, date, pack, compare_with_previous=index > 0, round_id=round_id
    )
    maturity = plan.start + plan.growth * index
    not_applicable = dict(plan.not_applicable)
    truth: dict[str, bool] = {}
    for criterion in pack.criteria():
        noise = rnd.uniform(-0.06, 0.06)  # the occasional slip back, as in real services
        truth[criterion.id] = thresholds[criterion.id] + noise < maturity

    # 6 to 8 respondents: the manager, four professionals and a client voice every time;
    # a nurse, the steering group chair or the youth council in some rounds.
    size = rnd.choice((6, 7, 8))
    core = [ROSTER[0], *ROSTER[2:6], ROSTER[7]]
    extra = [ROSTER[6], ROSTER[1], ROSTER[8]]
    rnd.shuffle(extra)
    chosen = core + extra[: size - len(core)]
    answers: list[Answer] = []
    votes: dict[str, list[bool]] = {c.id: [] for c in pack.criteria()}
    for person in chosen:
        respondent = service.add_respondent(
            round_id,
            person.alias,
            person.perspective,
            person.agency.value,
            respondent_id=demo_id(plan.key, "round", index, person.alias),
        )
        for criterion in pack.criteria():
            row = _respondent_answer(
                rnd, criterion, person, truth[criterion.id], not_applicable, in_progress
            )
            if row is None:
                continue
            value, note, justification = row
            if value in ("yes", "no"):
                votes[criterion.id].append(value == "yes")
            answers.append(
                Answer(round_id, criterion.id, respondent.id, value, note, justification)
            )
    answers.extend(
        _consensus_answers(rnd, pack, round_id, truth, votes, not_applicable, in_progress)
    )
    service.add_answers(answers)
    if not in_progress:
        service.finalise_round(round_id)
    return len(chosen), len(answers)


def _respondent_answer(
    rnd: random.Random,
    criterion: Criterion,
    person: RespondentPlan,
    met: bool,
    not_applicable: dict[str, str],
    in_progress: bool,
) -> tuple[str, str, str] | None:
    """(value, note, N/A justification) as this person would answer, or None if skipped."""
    if in_progress and rnd.random() < 0.45:
        return None
    standard = criterion.standard.split(".")[0]
    if standard in not_applicable and rnd.random() < 0.8:
        return ("na", "", not_applicable[standard])
    if person.perspective == "clients":
        # Families judge what they meet (rights, premises, therapy), not the back office.
        if standard not in ("1", "4", "8"):
            return ("na", "", CLIENT_CANNOT_JUDGE) if rnd.random() < 0.5 else None
        seen = met and rnd.random() > 0.25  # families notice gaps staff overlook
    elif person.perspective == "management":
        seen = met or rnd.random() < 0.18  # a rosier view from the top
    else:
        seen = met if rnd.random() > 0.1 else not met
    note = ""
    if rnd.random() < 0.12:
        note = rnd.choice(NOTES_MET if seen else NOTES_UNMET)
    return ("yes" if seen else "no", note, "")


def _consensus_answers(
    rnd: random.Random,
    pack: Pack,
    round_id: str,
    truth: dict[str, bool],
    votes: dict[str, list[bool]],
    not_applicable: dict[str, str],
    in_progress: bool,
) -> list[Answer]:
    rows: list[Answer] = []
    criteria: Sequence[Criterion] = pack.criteria()
    for position, criterion in enumerate(criteria):
        if in_progress and position > len(criteria) * 0.6:
            break  # the team is part-way through the meeting
        standard = criterion.standard.split(".")[0]
        cast = votes[criterion.id]
        share = sum(cast) / len(cast) if cast else 0.5
        flagged = bool(cast) and 0.3 <= share <= 0.7
        if standard in not_applicable:
            rows.append(
                Answer(
                    round_id, criterion.id, None, "na", "", not_applicable[standard], flagged=False
                )
            )
            continue
        # The meeting settles on the majority; a tie goes to what the evidence shows.
        met = share > 0.5 if share != 0.5 else truth[criterion.id]
        note = ""
        if rnd.random() < 0.4 or flagged:
            note = rnd.choice(NOTES_MET if met else NOTES_UNMET)
        rows.append(
            Answer(
                round_id,
                criterion.id,
                None,
                "yes" if met else "no",
                note,
                "",
                flagged=flagged and in_progress,
            )
        )
    return rows
