"""Problem texts show control and bidi characters as escapes, so a hostile pack cannot make a
message read differently from what the file holds."""

from __future__ import annotations

from pathlib import Path

import pytest

from promise_tracker.errors import PackError
from promise_tracker.standards.loader import load_pack, load_pack_text
from promise_tracker.standards.problems import PackValidationError, Problem, escape_controls

MINIMAL_TEXT = (
    Path(__file__).resolve().parents[2] / "fixtures" / "packs" / "valid" / "minimal.yaml"
).read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("plain text, åäö", "plain text, åäö"),
        ("a\x00b", "a\\x00b"),
        ("tab\there", "tab\\x09here"),
        ("line\nbreak\r", "line\\x0abreak\\x0d"),
        ("\x1b[31mred", "\\x1b[31mred"),
        ("\x7f\x85", "\\x7f\\x85"),
        ("abc\u202edef", "abc\\u202edef"),
        (
            "\u200e\u200f\u061c\u2066\u2067\u2068\u2069\u202a\u202b\u202c\u202d",
            ("\\u200e\\u200f\\u061c\\u2066\\u2067\\u2068\\u2069\\u202a\\u202b\\u202c\\u202d"),
        ),
        ("para\u2028graph\u2029", "para\\u2028graph\\u2029"),
        ("emoji \U0001f600 and ZWJ \u200d stay", "emoji \U0001f600 and ZWJ \u200d stay"),
    ],
)
def test_escape_controls(raw: str, shown: str) -> None:
    assert escape_controls(raw) == shown


def test_a_problem_prints_file_path_and_message_escaped() -> None:
    problem = Problem("evil\u202elmay.yaml", 3, "title.en\x00", "title 'x\u202ey' is bad\n")
    assert str(problem) == "evil\\u202elmay.yaml:3: title.en\\x00: title 'x\\u202ey' is bad\\x0a"
    # One line per problem: a newline inside a problem cannot fake another problem.
    error = PackValidationError("evil\u202elmay.yaml", [problem, problem])
    lines = str(error).split("\n")
    assert lines[0] == "The standards pack evil\\u202elmay.yaml has 2 problems:"
    assert lines[1:] == [f"  {problem}"] * 2


def test_a_hostile_pack_is_reported_escaped() -> None:
    text = MINIMAL_TEXT.replace("id: test-pack", 'id: "test\\u202epack\\0"', 1)
    with pytest.raises(PackValidationError) as caught:
        load_pack_text(text, "hostile\u2066.yaml")
    message = str(caught.value)
    assert "\u202e" not in message
    assert "\x00" not in message
    assert "\u2066" not in message
    assert "hostile\\u2066.yaml:4: id: pack id 'test\\u202epack\\x00' is not valid" in message


def test_an_unreadable_pack_file_is_named_escaped(tmp_path: Path) -> None:
    with pytest.raises(PackError) as caught:
        load_pack(tmp_path / "gone\u202e.yaml")
    assert str(caught.value) == f"Standards pack not found: {tmp_path}/gone\\u202e.yaml"
