"""`promise-tracker server ...`: set up and run a network's shared PostgreSQL database.

See docs/server.md for the whole procedure an IT department follows.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any


def add_parsers(
    commands: Any, data_options: Callable[[argparse.ArgumentParser, bool], None]
) -> None:
    """Add the `server` command and its actions to the command-line parser."""


def run(args: argparse.Namespace) -> int:
    """Run the `server` action chosen on the command line; returns the exit status."""
    raise NotImplementedError
