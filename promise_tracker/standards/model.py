"""Frozen, typed objects a standards pack is read into (no I/O, no Qt, no SQL)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Literal

FALLBACK_LANGUAGE = "en"

ConcernKind = Literal["room", "agency"]


@dataclass(frozen=True)
class LocalizedText:
    """One text in several languages, e.g. {"en": "Yes", "sv": "Ja"}."""

    values: tuple[tuple[str, str], ...]

    @classmethod
    def of(cls, mapping: Mapping[str, str]) -> LocalizedText:
        return cls(tuple(sorted(mapping.items())))

    def as_dict(self) -> dict[str, str]:
        return dict(self.values)

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(lang for lang, _ in self.values)

    def get(self, language: str, fallback: str = FALLBACK_LANGUAGE) -> str:
        """The text in `language`, else in `fallback`, else in any language there is."""
        texts = self.as_dict()
        if language in texts:
            return texts[language]
        if fallback in texts:
            return texts[fallback]
        return self.values[0][1] if self.values else ""


@dataclass(frozen=True)
class AnswerOption:
    """One answer a respondent can give, e.g. yes (1), no (0), not applicable (excluded)."""

    id: str
    label: LocalizedText
    # Contribution to the score, 0..1; None means the answer is left out of the score.
    score: float | None
    requires_justification: bool = False

    @property
    def counts_in_score(self) -> bool:
        return self.score is not None


@dataclass(frozen=True)
class AnswerScale:
    options: tuple[AnswerOption, ...]

    def option(self, option_id: str) -> AnswerOption:
        for option in self.options:
            if option.id == option_id:
                return option
        raise KeyError(option_id)

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(option.id for option in self.options)


@dataclass(frozen=True)
class Perspective:
    """A point of view a respondent answers from (management, professionals, clients...)."""

    id: str
    label: LocalizedText
    description: LocalizedText | None = None


@dataclass(frozen=True)
class Concern:
    """A Barnahus room or an agency that criteria can concern (for filtering and browsing)."""

    id: str
    kind: ConcernKind
    label: LocalizedText


@dataclass(frozen=True)
class Criterion:
    """A checkable statement a unit meets or not. Its id is stable forever."""

    id: str
    standard: str  # number of the assessed standard unit it belongs to, e.g. "1.2"
    statement: LocalizedText
    evidence: LocalizedText
    concerns: tuple[str, ...] = ()


@dataclass(frozen=True)
class Standard:
    """A standard ("2") or sub-standard ("1.1"). Leaves hold criteria; parents hold children."""

    number: str
    title: LocalizedText
    summary: LocalizedText | None = None
    children: tuple[Standard, ...] = ()
    criteria: tuple[Criterion, ...] = ()

    @property
    def is_assessed_unit(self) -> bool:
        """True for the units a score is given for (standards without sub-standards)."""
        return not self.children

    def all_criteria(self) -> Iterator[Criterion]:
        yield from self.criteria
        for child in self.children:
            yield from child.all_criteria()

    def assessed_units(self) -> Iterator[Standard]:
        if self.is_assessed_unit:
            yield self
        for child in self.children:
            yield from child.assessed_units()


@dataclass(frozen=True)
class SourceReference:
    citation: LocalizedText
    url: str | None = None
    isbn: str | None = None
    published: str | None = None  # ISO date


@dataclass(frozen=True)
class Pack:
    """A versioned set of standards and criteria, with its answer scale and perspectives."""

    id: str
    version: str
    title: LocalizedText
    publisher: LocalizedText
    source: SourceReference
    provenance: LocalizedText
    languages: tuple[str, ...]
    default_language: str
    answer_scale: AnswerScale
    perspectives: tuple[Perspective, ...]
    concerns: tuple[Concern, ...]
    standards: tuple[Standard, ...]
    retired_ids: tuple[str, ...] = ()
    # sha256 of the canonical JSON form of the pack's content (not of its formatting)
    content_hash: str = ""
    # Where it was read from: a file path, or "shipped:<name>" for packs bundled with the app
    origin: str = ""
    _criteria_index: dict[str, Criterion] = field(
        default_factory=dict, init=False, repr=False, compare=False, hash=False
    )

    def __post_init__(self) -> None:
        index = {c.id: c for s in self.standards for c in s.all_criteria()}
        object.__setattr__(self, "_criteria_index", index)

    @property
    def key(self) -> tuple[str, str]:
        return (self.id, self.version)

    @property
    def short_hash(self) -> str:
        return self.content_hash[:12]

    def criteria(self) -> tuple[Criterion, ...]:
        """All criteria in pack order."""
        return tuple(self._criteria_index.values())

    def criterion(self, criterion_id: str) -> Criterion:
        return self._criteria_index[criterion_id]

    def has_criterion(self, criterion_id: str) -> bool:
        return criterion_id in self._criteria_index

    def assessed_units(self) -> tuple[Standard, ...]:
        """The standards a score is given for, in order (for the BQS: 1.1, 1.2, 1.3, 2 ... 10)."""
        return tuple(unit for s in self.standards for unit in s.assessed_units())

    def standard(self, number: str) -> Standard:
        def walk(items: tuple[Standard, ...]) -> Standard | None:
            for item in items:
                if item.number == number:
                    return item
                found = walk(item.children)
                if found is not None:
                    return found
            return None

        found = walk(self.standards)
        if found is None:
            raise KeyError(number)
        return found

    def perspective(self, perspective_id: str) -> Perspective:
        for perspective in self.perspectives:
            if perspective.id == perspective_id:
                return perspective
        raise KeyError(perspective_id)

    def concern(self, concern_id: str) -> Concern:
        for concern in self.concerns:
            if concern.id == concern_id:
                return concern
        raise KeyError(concern_id)
