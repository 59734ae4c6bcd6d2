"""What is wrong with a standards pack: one Problem per finding, all raised together."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from promise_tracker.errors import PackError

# The path shown for problems with the pack as a whole (empty file, not a mapping...).
PACK_PATH = "(pack)"

# Characters that reorder text (U+202E turns "yaml.exe" into "exe.lmay") or do not show, which
# a pack could use to make a problem text say something else than it does.
_BIDI_CONTROLS = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
_HIDDEN_CATEGORIES = frozenset({"Cc", "Zl", "Zp"})


def escape_controls(text: str) -> str:
    """`text` with control, line-separating and bidi characters written as escapes (a NUL as
    \\x00, U+202E as \\u202e), so a problem text shows what is really in the file."""
    if text.isprintable():
        return text  # the common case: nothing to escape (bidi marks are not printable)
    return "".join(_escaped(char) for char in text)


def _escaped(char: str) -> str:
    if char in _BIDI_CONTROLS or unicodedata.category(char) in _HIDDEN_CATEGORIES:
        code = ord(char)
        return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
    return char


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a pack, located by file, line and path inside the document."""

    file: str
    line: int | None
    path: str  # e.g. "standards[1].children[0].criteria[2].statement.sv", or "(pack)"
    message: str

    def __str__(self) -> str:
        file, path, message = (
            escape_controls(part) for part in (self.file, self.path, self.message)
        )
        if self.line is None:
            return f"{file}: {path}: {message}"
        return f"{file}:{self.line}: {path}: {message}"


class PackValidationError(PackError):
    """A pack has problems; `problems` lists every one found, in file order."""

    def __init__(self, origin: str, problems: Iterable[Problem]) -> None:
        self.origin = origin
        self.problems: tuple[Problem, ...] = tuple(problems)
        count = len(self.problems)
        noun = "problem" if count == 1 else "problems"
        listing = "\n".join(f"  {problem}" for problem in self.problems)
        super().__init__(
            f"The standards pack {escape_controls(origin)} has {count} {noun}:\n{listing}"
        )
