"""Every subpackage of promise_tracker is installed: pyproject.toml lists packages by hand."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_package_folder_is_listed_in_pyproject() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    on_disk = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "promise_tracker").rglob("__init__.py")
    }
    missing = sorted(on_disk - listed)
    assert missing == [], f"add to [tool.setuptools] packages: {missing}"
