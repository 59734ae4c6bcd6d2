"""Version 1.1.0 of the Barnahus Quality Standards pack: what the source review asked of it,
and version 1.0.0 still shipped as it was, so rounds assessed with it keep their pack."""

from __future__ import annotations

import re
from importlib import resources

import pytest
import yaml

from promise_tracker.standards.loader import load_pack_bytes
from promise_tracker.standards.model import Pack
from promise_tracker.standards.registry import SHIPPED_PACKAGE, PackRegistry

BQS_ID = "promise-bqs-2017"
# The content hash of promise-bqs-2017.yaml version 1.0.0 as committed before version 1.1.0
# (git show 3b786a3:standards/promise-bqs-2017.yaml, loaded with load_pack): rounds assessed
# with 1.0.0 recorded it, and find their pack only while it stays the same.
HASH_1_0_0 = "705fb5e8c8999aeaafd1e3afb7a5e09dcfe309049c8eff5df7780c8de8d0b3b3"
CROSSWALK_FILE = "promise-bqs-2017-1.0.0-to-1.1.0.crosswalk.yaml"

# The criteria whose fixed intervals the standards do not set (pack review, section 2).
INTERVAL_CRITERIA = [
    "BQS-1.3-02",
    "BQS-2-02",
    "BQS-2-06",
    "BQS-3-07",
    "BQS-5-07",
    "BQS-8-06",
    "BQS-9-03",
    "BQS-9-06",
    "BQS-10-01",
]
AGREED_INTERVAL = {
    "en": "at an interval the partners have agreed, and that interval is kept",
    "sv": "med ett intervall som parterna har kommit överens om, och intervallet hålls",
}
FIXED_INTERVAL = re.compile(
    r"a year|yearly|annual|twice|three years|per år|vart tredje|årlig", re.IGNORECASE
)
EXAMPLE_INTERVAL = {
    "en": re.compile(r"for example (once a year|twice a year|every three years)"),
    "sv": re.compile(r"till exempel (en gång per år|två gånger per år|vart tredje år)"),
}


def shipped_file(name: str) -> bytes:
    return resources.files(SHIPPED_PACKAGE).joinpath(name).read_bytes()


@pytest.fixture(scope="module")
def registry() -> PackRegistry:
    return PackRegistry.load()


@pytest.fixture(scope="module")
def new(registry: PackRegistry) -> Pack:
    return registry.get(BQS_ID, "1.1.0")


@pytest.fixture(scope="module")
def old(registry: PackRegistry) -> Pack:
    return registry.get(BQS_ID, "1.0.0")


def sv(pack: Pack, criterion_id: str) -> str:
    return pack.criterion(criterion_id).statement.get("sv")


def en(pack: Pack, criterion_id: str) -> str:
    return pack.criterion(criterion_id).statement.get("en")


# -- both versions ship ---------------------------------------------------------------------------


def test_both_versions_load_and_1_1_0_is_the_latest(registry: PackRegistry) -> None:
    versions = [pack.version for pack in registry if pack.id == BQS_ID]
    assert versions == ["1.0.0", "1.1.0"]
    assert registry.latest(BQS_ID).version == "1.1.0"
    assert registry.load_errors == ()


def test_1_0_0_is_shipped_with_the_content_rounds_recorded(registry: PackRegistry) -> None:
    old = load_pack_bytes(shipped_file("promise-bqs-2017-1.0.0.yaml"), "shipped")
    assert (old.id, old.version, old.content_hash) == (BQS_ID, "1.0.0", HASH_1_0_0)
    assert registry.find(BQS_ID, "1.0.0", HASH_1_0_0) is not None


def test_1_1_0_keeps_every_criterion_id_of_1_0_0(old: Pack, new: Pack) -> None:
    assert [c.id for c in new.criteria()] == [c.id for c in old.criteria()]
    assert len(new.criteria()) == 79
    assert new.content_hash != old.content_hash


def test_the_crosswalk_accounts_for_every_old_criterion_once(old: Pack, new: Pack) -> None:
    document = yaml.safe_load(shipped_file(CROSSWALK_FILE))
    assert (document["pack"], document["from"], document["to"]) == (BQS_ID, "1.0.0", "1.1.0")
    # YAML keeps the last of duplicate keys, so count the keys in the text as well.
    text = shipped_file(CROSSWALK_FILE).decode("utf-8")
    listed = re.findall(r"^  (BQS-[0-9.]+-[0-9]+):", text, flags=re.MULTILINE)
    assert listed == [c.id for c in old.criteria()]
    changes = document["criteria"]
    for criterion_id, change in changes.items():
        same = old.criterion(criterion_id).statement == new.criterion(criterion_id).statement
        assert (change == "unchanged") == same, criterion_id
    changed = sorted(i for i, change in changes.items() if change == "changed")
    # Changed meaning: fixed intervals dropped, the routine offer, the softened specifics,
    # the consent now asked of the caregiver or special representative too.
    assert changed == sorted(
        [*INTERVAL_CRITERIA, "BQS-7-01", "BQS-7-05", "BQS-8-05", "BQS-4-01", "BQS-2-01", "BQS-6-05"]
    )


# -- invented intervals ----------------------------------------------------------------------------


@pytest.mark.parametrize("criterion_id", INTERVAL_CRITERIA)
def test_a_fixed_interval_is_an_example_not_a_requirement(
    old: Pack, new: Pack, criterion_id: str
) -> None:
    assert FIXED_INTERVAL.search(en(old, criterion_id))  # what 1.1.0 set right
    criterion = new.criterion(criterion_id)
    for language in ("en", "sv"):
        statement = criterion.statement.get(language)
        assert AGREED_INTERVAL[language] in statement
        assert not FIXED_INTERVAL.search(statement), statement
        assert EXAMPLE_INTERVAL[language].search(criterion.evidence.get(language))


def test_no_statement_sets_the_interval_the_review_found_invented(new: Pack) -> None:
    for criterion in new.criteria():
        for language in ("en", "sv"):
            text = criterion.statement.get(language)
            assert not re.search(r"at least (once|twice)|minst (en|två) gång", text), criterion.id


# -- what the standards ask -----------------------------------------------------------------------


def test_medical_examination_is_offered_routinely(new: Pack) -> None:
    assert "offered routinely" in en(new, "BQS-7-01")
    assert "who need it" not in en(new, "BQS-7-01")
    assert "erbjuds rutinmässigt" in sv(new, "BQS-7-01")


def test_case_reviews_include_health_care(new: Pack) -> None:
    assert "health care included" in en(new, "BQS-5-07")
    assert "hälso- och sjukvården" in sv(new, "BQS-5-07")
    assert "health" in new.criterion("BQS-5-07").concerns


def test_therapy_does_not_wait_for_the_prosecution(new: Pack) -> None:
    statement = en(new, "BQS-8-05")
    assert "not postponed" in statement
    assert "new disclosures" in statement
    assert "agreed with the prosecution" not in statement
    assert "skjuts inte upp" in sv(new, "BQS-8-05")
    assert "nya uppgifter" in sv(new, "BQS-8-05")


def test_specifics_moved_from_statements_to_evidence_hints(new: Pack) -> None:
    premises = new.criterion("BQS-4-01")
    assert "of its own" not in premises.statement.get("en")
    assert "police station" in premises.evidence.get("en")
    agreement = new.criterion("BQS-2-01")
    assert "signed by the core agencies" in agreement.statement.get("en")
    assert "mental health services" in agreement.evidence.get("en")
    interview = new.criterion("BQS-6-05")
    assert "under national law" in interview.statement.get("en")
    assert not interview.statement.get("en").startswith("The prosecutor")
    assert "prosecutor" in interview.evidence.get("en")
    assert "åklagaren" in interview.evidence.get("sv")


# -- Swedish terms ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("criterion_id", "term"),
    [
        ("BQS-1.1-01", "vad som bedöms vara barnets bästa ska beaktas i första hand"),
        ("BQS-1.1-02", "göra en prövning av barnets bästa"),
        ("BQS-6-06", "hörs i rätten"),
        ("BQS-6-05", "följer barnförhöret via medhörning"),
        ("BQS-1.2-03", "förundersökningen"),
        ("BQS-8-05", "förundersökningen"),
        ("BQS-5-04", "om barnet är i behov av omedelbart skydd"),
        ("BQS-1.1-05", "på grund av sitt förhållande till den misstänkte"),
        ("BQS-1.1-06", "åklagaren utan dröjsmål ansöker om att särskild företrädare"),
        ("BQS-7-05", "samtycke från barnet och från vårdnadshavaren eller den särskilda"),
        ("BQS-2-01", "samverkansavtal"),
        ("BQS-7-03", "spårsäkring görs"),
        ("BQS-1.3-01", "polisanmälan eller orosanmälan"),
        ("BQS-1.3-02", "polisanmälan eller orosanmälan"),
    ],
)
def test_swedish_statement_uses_the_term_swedish_practice_uses(
    new: Pack, criterion_id: str, term: str
) -> None:
    assert term in sv(new, criterion_id)


def test_swedish_texts_drop_the_terms_the_review_found_wrong(new: Pack) -> None:
    texts = [
        text.get("sv")
        for criterion in new.criteria()
        for text in (
            criterion.statement,
            criterion.evidence,
        )
    ]
    texts += [s.summary.get("sv") for s in new.assessed_units() if s.summary is not None]
    texts += [s.summary.get("sv") for s in new.standards if s.summary is not None]
    wrong = [
        "främsta rummet",
        "brottmål",
        "samverkansöverenskommelse",
        "vittnar",
        "intilliggande rum",
        "huruvida barnet är tryggt",
        "utfallsmätning",
        "säkerhetsbedömning",
    ]
    for text in texts:
        for term in wrong:
            assert term not in text, (term, text)


def test_standard_8_is_called_as_swedish_barnahus_call_it(new: Pack) -> None:
    assert new.standard("8").title.get("sv") == "Krisstöd och behandling"
    assert new.standard("8").title.get("en") == "Therapeutic services"


# -- provenance ------------------------------------------------------------------------------------


def test_swedish_provenance_calls_the_swedish_titles_a_translation(old: Pack, new: Pack) -> None:
    before = old.provenance.get("sv")
    after = new.provenance.get("sv")
    assert "korta rubriker följer publikationen" in before
    assert "korta rubriker följer publikationen" not in after
    assert "De svenska rubrikerna är PROMISE trackers översättning" in after
    assert "exempel som PROMISE tracker har valt" in after


def test_english_provenance_says_each_thing_once_and_marks_examples(new: Pack) -> None:
    text = new.provenance.get("en")
    sentences = [s.strip() for s in text.split(". ") if s.strip()]
    assert len(sentences) == len(set(sentences))
    assert "see the publication for the authoritative text" not in text
    assert "examples chosen by PROMISE tracker" in text
