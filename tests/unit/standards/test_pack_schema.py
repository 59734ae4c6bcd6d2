"""Tests that pack.schema.json accepts every valid pack and rejects what it can express."""

from __future__ import annotations

import datetime as dt
import json
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from promise_tracker.standards.registry import shipped_pack_files

PACKS = Path(__file__).resolve().parents[2] / "fixtures" / "packs"
BROKEN = PACKS / "broken"

# Broken fixtures whose fault the schema expresses too.
REJECTED_BY_SCHEMA = {
    "empty",
    "not-a-mapping",
    "newer-format",
    "unsupported-format",
    "missing-field",
    "wrong-type",
    "unquoted-boolean",
    "unquoted-version",
    "unquoted-standard-number",
    "unknown-field",
    "empty-text",
    "bad-pack-id",
    "bad-version",
    "bad-language-code",
    "bad-criterion-id",
    "bad-answer-id",
    "bad-perspective-id",
    "bad-concern-id",
    "bad-standard-number",
    "bad-concern-kind",
    "no-counting-answer",
    "score-out-of-range",
    "no-perspectives",
    "empty-standard",
    "children-and-criteria",
    "several-problems",
}
# Faults that need the whole document or the YAML text: only the loader finds these. The schema
# accepting them shows each of these fixtures is otherwise a well-formed pack.
BEYOND_SCHEMA = {
    "duplicate-key",
    "missing-language",
    "undeclared-language",
    "default-language-not-declared",
    "duplicate-criterion-id",
    "duplicate-standard-number",
    "duplicate-answer-id",
    "duplicate-perspective-id",
    "duplicate-concern-id",
    "retired-criterion-id",
    "unknown-concern",
    "number-not-under-parent",
}
# Not a YAML document the schema could be applied to at all.
NOT_A_DOCUMENT = {"not-yaml", "not-utf8", "several-documents", "unsafe-tag"}


def schema() -> dict[str, Any]:
    text = resources.files("promise_tracker.shipped_packs").joinpath("pack.schema.json")
    loaded: dict[str, Any] = json.loads(text.read_text(encoding="utf-8"))
    return loaded


def as_json(value: object) -> object:
    """The document as an editor's YAML plugin sees it: dates are plain strings."""
    if isinstance(value, dict):
        return {key: as_json(item) for key, item in value.items()}
    if isinstance(value, list):
        return [as_json(item) for item in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def schema_errors(text: str) -> list[str]:
    validator = jsonschema.Draft202012Validator(schema())
    document = as_json(yaml.safe_load(text))
    return [error.message for error in validator.iter_errors(document)]


def test_schema_is_a_valid_draft_2020_12_schema() -> None:
    loaded = schema()
    jsonschema.Draft202012Validator.check_schema(loaded)
    assert loaded["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert loaded["$id"]
    assert loaded["additionalProperties"] is False


def test_schema_is_shipped_next_to_the_packs() -> None:
    names = {entry.name for entry in resources.files("promise_tracker.shipped_packs").iterdir()}
    assert "pack.schema.json" in names


def test_every_broken_fixture_is_classified() -> None:
    groups = [REJECTED_BY_SCHEMA, BEYOND_SCHEMA, NOT_A_DOCUMENT]
    on_disk = {path.stem for path in BROKEN.glob("*.yaml")}
    assert set().union(*groups) == on_disk
    assert sum(len(group) for group in groups) == len(on_disk)  # no fixture in two groups


@pytest.mark.parametrize(
    "path", sorted((PACKS / "valid").glob("*.yaml")), ids=lambda path: path.name
)
def test_valid_fixture_passes_the_schema(path: Path) -> None:
    assert schema_errors(path.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize("entry", shipped_pack_files(), ids=lambda entry: entry.name)
def test_shipped_pack_passes_the_schema(entry: Any) -> None:
    assert schema_errors(entry.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize("name", sorted(REJECTED_BY_SCHEMA))
def test_schema_rejects_structural_fault(name: str) -> None:
    assert schema_errors((BROKEN / f"{name}.yaml").read_text(encoding="utf-8")) != []


@pytest.mark.parametrize("name", sorted(BEYOND_SCHEMA))
def test_schema_accepts_fault_only_the_loader_finds(name: str) -> None:
    assert schema_errors((BROKEN / f"{name}.yaml").read_text(encoding="utf-8")) == []
