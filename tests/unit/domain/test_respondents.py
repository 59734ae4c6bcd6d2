"""The alias check warns about what looks like a real name and leaves usual aliases alone."""

from __future__ import annotations

import pytest

from promise_tracker.domain.respondents import looks_like_person_name


@pytest.mark.parametrize(
    "alias",
    [
        "Anna Svensson",
        "john smith",
        "Erik",
        "anna",
        "Anna-Karin Lindqvist",
        "Karl-Johan",
        "Lars Erik Nilsson",
        "Ludwig van Beethoven",
        "A. Svensson",
        "Svensson, Anna",
        "Åsa Öberg",
        "Mohammed Ali",
        "  Maria   Garcia  ",
        "Peter O'Brien",
    ],
)
def test_names_of_people_warn(alias: str) -> None:
    assert looks_like_person_name(alias)


@pytest.mark.parametrize(
    "alias",
    [
        "R1",
        "Police 1",
        "Management A",
        "Socialsekreterare 2",
        "Unit manager",
        "Steering group chair",
        "Police liaison",
        "Prosecutor",
        "Social worker",
        "Psychologist",
        "Paediatric nurse",
        "Parent panel",
        "Youth council",
        "Polisen",
        "Barnahus Staff",
        "Team B",
        "P2",
        "Respondent 7",
        "Mark",  # also an everyday word: left out of the first names on purpose
        "",
        "   ",
        "X",
    ],
)
def test_usual_aliases_do_not_warn(alias: str) -> None:
    assert not looks_like_person_name(alias)
