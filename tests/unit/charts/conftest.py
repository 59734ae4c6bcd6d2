"""The demo data set, built once for the chart tests, and Norrvik's history from it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from promise_tracker.paths import resolve_paths
from promise_tracker.services.demo import build_demo, demo_id
from promise_tracker.services.results import UnitHistory, unit_history
from promise_tracker.services.workspace import open_workspace
from promise_tracker.standards.model import Pack


@pytest.fixture(scope="module")
def demo_data(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Pack, UnitHistory]]:
    folder: Path = tmp_path_factory.mktemp("charts-demo")
    with open_workspace(resolve_paths(folder)) as workspace:
        pack = workspace.packs.latest("promise-bqs-2017")
        build_demo(workspace.assessment, pack)
        yield pack, unit_history(workspace.assessment, demo_id("norrvik"))


@pytest.fixture
def pack(demo_data: tuple[Pack, UnitHistory]) -> Pack:
    return demo_data[0]


@pytest.fixture
def history(demo_data: tuple[Pack, UnitHistory]) -> UnitHistory:
    """Norrvik: finalised rounds 2019, 2021, 2023 and a partly answered draft 2025."""
    return demo_data[1]
