"""Invariants of every pack shipped with the app, and of the Barnahus Quality Standards pack."""

from __future__ import annotations

from importlib.resources.abc import Traversable

import pytest
import yaml

from promise_tracker.standards.loader import load_pack_bytes, load_pack_text
from promise_tracker.standards.model import LocalizedText, Pack
from promise_tracker.standards.registry import PackRegistry, shipped_pack_files

BQS_ID = "promise-bqs-2017"
BQS_UNITS = ["1.1", "1.2", "1.3", "2", "3", "4", "5", "6", "7", "8", "9", "10"]


def shipped(entry: Traversable) -> Pack:
    return load_pack_bytes(entry.read_bytes(), f"shipped:{entry.name}")


def all_texts(pack: Pack) -> list[tuple[str, LocalizedText]]:
    """Every text in a pack, with a label saying where it is."""
    texts = [
        ("title", pack.title),
        ("publisher", pack.publisher),
        ("provenance", pack.provenance),
        ("source.citation", pack.source.citation),
    ]
    texts += [(f"answer {o.id}", o.label) for o in pack.answer_scale.options]
    for perspective in pack.perspectives:
        texts.append((f"perspective {perspective.id}", perspective.label))
        if perspective.description is not None:
            texts.append((f"perspective {perspective.id} description", perspective.description))
    texts += [(f"concern {c.id}", c.label) for c in pack.concerns]

    stack = list(pack.standards)
    while stack:
        standard = stack.pop()
        texts.append((f"standard {standard.number}", standard.title))
        if standard.summary is not None:
            texts.append((f"standard {standard.number} summary", standard.summary))
        stack.extend(standard.children)
        for criterion in standard.criteria:
            texts.append((f"{criterion.id} statement", criterion.statement))
            texts.append((f"{criterion.id} evidence", criterion.evidence))
    return texts


@pytest.fixture(scope="module")
def bqs() -> Pack:
    registry = PackRegistry.load()
    if not any(pack.id == BQS_ID for pack in registry):
        pytest.skip(f"{BQS_ID}.yaml is not in standards/ yet")
    return registry.latest(BQS_ID)


# -- every shipped pack ---------------------------------------------------------------------------


def test_the_shipped_packs_load_into_a_registry_without_errors() -> None:
    registry = PackRegistry.load()
    assert registry.load_errors == ()
    assert len(registry) == len(shipped_pack_files())


@pytest.mark.parametrize("entry", shipped_pack_files(), ids=lambda entry: entry.name)
def test_shipped_pack_is_named_after_its_id(entry: Traversable) -> None:
    assert entry.name.startswith(shipped(entry).id)


@pytest.mark.parametrize("entry", shipped_pack_files(), ids=lambda entry: entry.name)
def test_shipped_pack_has_every_text_in_every_language(entry: Traversable) -> None:
    pack = shipped(entry)
    # The app falls back to English, so every shipped pack must have it.
    assert "en" in pack.languages
    for where, text in all_texts(pack):
        assert text.languages == tuple(sorted(pack.languages)), where
        assert all(value.strip() == value and value for _, value in text.values), where


@pytest.mark.parametrize("entry", shipped_pack_files(), ids=lambda entry: entry.name)
def test_shipped_pack_criteria_sit_in_assessed_units(entry: Traversable) -> None:
    pack = shipped(entry)
    units = {unit.number: unit for unit in pack.assessed_units()}
    for criterion in pack.criteria():
        assert criterion in units[criterion.standard].criteria
    assert all(unit.criteria for unit in units.values())
    assert not set(pack.retired_ids) & {criterion.id for criterion in pack.criteria()}


@pytest.mark.parametrize("entry", shipped_pack_files(), ids=lambda entry: entry.name)
def test_shipped_pack_hash_does_not_depend_on_layout(entry: Traversable) -> None:
    text = entry.read_text(encoding="utf-8")
    rewritten = yaml.safe_dump(yaml.safe_load(text), allow_unicode=True, sort_keys=False)
    assert load_pack_text(rewritten, "rewritten").content_hash == shipped(entry).content_hash


# -- the Barnahus Quality Standards ---------------------------------------------------------------


def test_bqs_is_in_english_and_swedish(bqs: Pack) -> None:
    assert {"en", "sv"} <= set(bqs.languages)
    assert bqs.default_language == "en"


def test_bqs_assessed_units_are_the_twelve_units_in_order(bqs: Pack) -> None:
    assert [unit.number for unit in bqs.assessed_units()] == BQS_UNITS
    assert [standard.number for standard in bqs.standards] == [str(n) for n in range(1, 11)]
    assert [child.number for child in bqs.standard("1").children] == ["1.1", "1.2", "1.3"]


@pytest.mark.parametrize("unit", BQS_UNITS)
def test_bqs_unit_has_four_to_eight_criteria(bqs: Pack, unit: str) -> None:
    criteria = bqs.standard(unit).criteria
    assert 4 <= len(criteria) <= 8


def test_bqs_criteria_have_statement_and_evidence_in_en_and_sv_and_a_concern(bqs: Pack) -> None:
    concern_ids = {concern.id for concern in bqs.concerns}
    for criterion in bqs.criteria():
        for text in (criterion.statement, criterion.evidence):
            assert text.as_dict().get("en"), criterion.id
            assert text.as_dict().get("sv"), criterion.id
        assert criterion.concerns, criterion.id
        assert set(criterion.concerns) <= concern_ids
        # The README's convention: the id names its unit, e.g. BQS-1.1-01.
        assert criterion.id.startswith(f"BQS-{criterion.standard}-"), criterion.id


def test_bqs_every_concern_is_used_by_some_criterion(bqs: Pack) -> None:
    # A concern no criterion names would be an empty choice in the filter.
    used = {concern for criterion in bqs.criteria() for concern in criterion.concerns}
    assert {concern.id for concern in bqs.concerns} == used


def test_bqs_provenance_says_the_criteria_are_worded_by_promise_tracker(bqs: Pack) -> None:
    provenance = bqs.provenance
    assert "worded by PROMISE tracker" in provenance.get("en")
    assert "PROMISE tracker" in provenance.get("sv")
    assert "authoritative" in provenance.get("en")


def test_bqs_answer_scale_is_yes_no_not_applicable(bqs: Pack) -> None:
    scale = bqs.answer_scale
    assert scale.ids == ("yes", "no", "na")
    assert scale.option("yes").score == 1
    assert scale.option("no").score == 0
    assert scale.option("na").score is None
    assert scale.option("na").requires_justification
    assert not scale.option("yes").requires_justification
    assert not scale.option("no").requires_justification


def test_bqs_perspectives_are_management_professionals_and_clients(bqs: Pack) -> None:
    assert {p.id for p in bqs.perspectives} == {"management", "professionals", "clients"}
