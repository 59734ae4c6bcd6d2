"""`promise-tracker copy-data --from URL --to URL`: move all data between two databases."""

from __future__ import annotations

import argparse
from typing import Any


def add_parsers(commands: Any) -> None:
    """Add the `copy-data` command to the command-line parser."""


def run(args: argparse.Namespace) -> int:
    """Copy every row; returns the exit status."""
    raise NotImplementedError
