"""Fixtures for GUI tests: a data folder with the demo data and an open round."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from promise_tracker.paths import resolve_paths
from promise_tracker.services.demo import build_demo, demo_id
from promise_tracker.services.round_session import RoundSession
from promise_tracker.services.workspace import Workspace, open_workspace

if TYPE_CHECKING:
    from PySide6.QtCore import QLocale as QLocaleType


@pytest.fixture(autouse=True)
def _locale_restored() -> Iterator[None]:
    """Whatever a test does to the default locale (starting the whole app sets the interface
    language's), the next test starts with the one before: dates and numbers in later tests
    must not depend on the order the tests run in."""
    from PySide6.QtCore import QLocale

    before = QLocale()
    yield
    QLocale.setDefault(before)


@pytest.fixture
def us_english() -> QLocaleType:
    """Dates and numbers as the US English locale shows them (month first), for tests that
    check every date is shown one way; _locale_restored puts the locale back after."""
    from PySide6.QtCore import QLocale

    english = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    QLocale.setDefault(english)
    return english


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo data built once; each test gets its own copy."""
    folder = tmp_path_factory.mktemp("demo-template")
    with open_workspace(resolve_paths(folder)) as workspace:
        build_demo(workspace.assessment, workspace.packs.latest("promise-bqs-2017"))
    return folder


@pytest.fixture
def demo_workspace(demo_template: Path, tmp_path: Path) -> Iterator[Workspace]:
    folder = tmp_path / "data"
    shutil.copytree(demo_template, folder)
    with open_workspace(resolve_paths(folder)) as workspace:
        yield workspace


# The demo's draft round (Norrvik, 2025): partly answered, compared with the 2023 round.
DRAFT_ROUND_ID = demo_id("norrvik", "round", 3)
FINALISED_ROUND_ID = demo_id("norrvik", "round", 2)


@pytest.fixture
def draft_session(demo_workspace: Workspace) -> RoundSession:
    return RoundSession(demo_workspace.assessment, DRAFT_ROUND_ID)


@pytest.fixture
def controller(qtbot, draft_session: RoundSession):  # type: ignore[no-untyped-def]
    from promise_tracker.gui.shared.round_controller import RoundController

    return RoundController(draft_session)
