"""What is wrong with a standards pack: one Problem per finding, all raised together."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from promise_tracker.errors import PackError

# The path shown for problems with the pack as a whole (empty file, not a mapping...).
PACK_PATH = "(pack)"


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a pack, located by file, line and path inside the document."""

    file: str
    line: int | None
    path: str  # e.g. "standards[1].children[0].criteria[2].statement.sv", or "(pack)"
    message: str

    def __str__(self) -> str:
        if self.line is None:
            return f"{self.file}: {self.path}: {self.message}"
        return f"{self.file}:{self.line}: {self.path}: {self.message}"


class PackValidationError(PackError):
    """A pack has problems; `problems` lists every one found, in file order."""

    def __init__(self, origin: str, problems: Iterable[Problem]) -> None:
        self.origin = origin
        self.problems: tuple[Problem, ...] = tuple(problems)
        count = len(self.problems)
        noun = "problem" if count == 1 else "problems"
        listing = "\n".join(f"  {problem}" for problem in self.problems)
        super().__init__(f"The standards pack {origin} has {count} {noun}:\n{listing}")
