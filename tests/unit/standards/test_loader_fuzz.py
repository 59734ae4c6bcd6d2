"""Property tests: whatever a pack file holds, the loader answers with a Pack or a PackError."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from promise_tracker.standards.loader import PackValidationError, Problem, load_pack_text

MINIMAL = Path(__file__).resolve().parents[2] / "fixtures" / "packs" / "valid" / "minimal.yaml"
BASE: dict[str, Any] = yaml.safe_load(MINIMAL.read_text(encoding="utf-8"))

FIELD_NAMES = ["id", "number", "title", "children", "criteria", "score", "en", "sv", "concerns"]

scalars = (
    st.none()
    | st.booleans()
    | st.integers(-3, 300)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=6)
    | st.sampled_from(["", "  ", "yes", "1.1", "police", "T-2-01", "en", "sv"])
)
values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(st.sampled_from(FIELD_NAMES) | st.text(max_size=4), inner, max_size=3)
    ),
    max_leaves=8,
)


def paths(value: object, prefix: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    """Every path to a value inside a document, the document itself included."""
    found = [prefix]
    if isinstance(value, dict):
        for key, item in value.items():
            found += paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += paths(item, (*prefix, index))
    return found


BASE_PATHS = paths(BASE)[1:]


class Remove:
    """Stands for "remove the value" among generated values (None is a value: YAML null)."""

    def __repr__(self) -> str:
        return "REMOVE"


REMOVE = Remove()


def replaced(document: dict[str, Any], path: tuple[Any, ...], value: object) -> object:
    """A copy of `document` with the value at `path` replaced, or removed for REMOVE."""
    result = copy.deepcopy(document)
    parent: Any = result
    for part in path[:-1]:
        parent = parent[part]
    if value is REMOVE:
        del parent[path[-1]]
    else:
        parent[path[-1]] = value
    return result


def check_answer(text: str) -> None:
    # YAML also breaks lines at \r, NEL and the Unicode separators; splitlines knows them all.
    lines = len(text.splitlines()) + 1
    problems: tuple[Problem, ...] = ()
    try:
        pack = load_pack_text(text, "fuzz.yaml")
    except PackValidationError as error:
        problems = error.problems
        assert problems, "an error without problems"
    else:
        assert len(pack.content_hash) == 64
    for problem in problems:
        assert problem.file == "fuzz.yaml"
        assert problem.message
        assert problem.line is None or 1 <= problem.line <= lines


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(path=st.sampled_from(BASE_PATHS), value=st.just(REMOVE) | values)
def test_a_changed_value_gives_a_pack_or_problems(path: tuple[Any, ...], value: object) -> None:
    document = replaced(BASE, path, value)
    check_answer(yaml.safe_dump(document, allow_unicode=True))


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=200))
def test_any_text_gives_problems_not_a_crash(text: str) -> None:
    check_answer(text)


@settings(max_examples=200, deadline=None)
@given(
    pieces=st.lists(
        st.sampled_from(
            [
                "a: 1\n",
                "- x\n",
                "  b: [\n",
                "]\n",
                "{",
                "}",
                "&a ",
                "*a ",
                "<<: *a\n",
                "'",
                '"',
                "\t",
                "---\n",
                "? [x]\n",
                ": y\n",
                "!!binary AAAA\n",
                "format: 1\n",
                "x: !!set {}\n",
            ]
        ),
        max_size=12,
    )
)
def test_yaml_shaped_text_gives_problems_not_a_crash(pieces: list[str]) -> None:
    check_answer("".join(pieces))


def test_valid_base_survives_a_round_trip() -> None:
    # The mutations above start from a document that is itself valid.
    check_answer(yaml.safe_dump(BASE, allow_unicode=True))
    assert load_pack_text(yaml.safe_dump(BASE, allow_unicode=True), "base").id == "test-pack"
