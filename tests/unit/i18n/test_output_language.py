"""The command line writes exports' fixed texts in the chosen language, then forgets it."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from promise_tracker import i18n
from promise_tracker.cli import main
from promise_tracker.services.demo import demo_id


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("demo")
    assert main(["demo", "--data-dir", str(folder)]) == 0
    return folder


def _texts(path: Path) -> set[str]:
    workbook = load_workbook(path, read_only=True)
    try:
        return {
            value
            for sheet in workbook.worksheets
            for row in sheet.iter_rows(values_only=True)
            for value in row
            if isinstance(value, str)
        }
    finally:
        workbook.close()


@pytest.mark.parametrize(("language", "heading"), [("sv", "Export av"), ("en", "Export of")])
def test_export_headings_follow_the_language_option(
    demo_dir: Path, tmp_path: Path, language: str, heading: str
) -> None:
    out = tmp_path / f"round-{language}.xlsx"
    argv = ["export", "--data-dir", str(demo_dir), "--round", demo_id("fjordby", "round", 1)]
    assert main([*argv, "--out", str(out), "--language", language]) == 0
    assert heading in _texts(out)
    # The process (and the next test) is back in English afterwards.
    assert i18n.language() == "en"
    assert i18n.translate("RoundExport", "Overall score") == "Overall score"
