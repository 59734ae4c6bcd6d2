"""Checks a parsed pack document against format 1 and builds the typed model, noting problems."""

from __future__ import annotations

import datetime as dt
import difflib
import math
import re
from collections.abc import Callable, Sequence
from typing import TypeVar

from yaml.nodes import ScalarNode

from promise_tracker.standards.model import (
    AnswerOption,
    AnswerScale,
    Concern,
    ConcernKind,
    Criterion,
    LocalizedText,
    Pack,
    Perspective,
    SourceReference,
    Standard,
)
from promise_tracker.standards.problems import PACK_PATH, Problem
from promise_tracker.standards.yaml_source import Locator, PathPart

FORMAT_VERSION = 1

# Standards nest as standard > sub-standard; far deeper nesting is a mistake (or a recursive
# alias), and stopping early keeps the walk finite.
MAX_STANDARD_DEPTH = 6

# Forms of the ids a pack declares. Criterion ids are upper case so that two ids can never
# differ only in case once they end up in spreadsheets and file names.
SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
CRITERION_ID = re.compile(r"[A-Z][A-Z0-9]*(?:[-.][A-Z0-9]+)*")
DOTTED_NUMBER = re.compile(r"[0-9]+(?:\.[0-9]+)*")
LANGUAGE_CODE = re.compile(r"[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*")

SLUG_RULE = "use lower-case letters, digits and single dashes"
CRITERION_ID_RULE = (
    "use upper-case letters and digits, separated by dashes or dots, "
    "starting with a letter, like BQS-1.1-01"
)

CONCERN_KINDS: tuple[ConcernKind, ...] = ("room", "agency")

TOP_REQUIRED = (
    "format",
    "id",
    "version",
    "languages",
    "default_language",
    "title",
    "publisher",
    "source",
    "provenance",
    "answer_scale",
    "perspectives",
    "standards",
)
TOP_OPTIONAL = ("concerns", "retired_ids")

Path = tuple[str | int, ...]
T = TypeVar("T")

_EMPTY_TEXT = LocalizedText(())
_TEXTS_EXPECTED = 'texts per language, like {en: "...", sv: "..."}'


def render_path(path: Sequence[str | int]) -> str:
    """ "standards[1].criteria[0].statement" for ("standards", 1, "criteria", 0, "statement")."""
    rendered = ""
    for part in path:
        if isinstance(part, int):
            rendered += f"[{part}]"
        else:
            rendered += f".{part}" if rendered else part
    return rendered or PACK_PATH


def describe(value: object) -> str:
    """What a YAML value is, in words a pack author knows."""
    if value is None:
        return "nothing (null)"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, dt.datetime):
        return "a date and time"
    if isinstance(value, dt.date):
        return "a date"
    return type(value).__name__


class PackReader:
    """Reads one parsed document into a Pack, collecting every problem instead of stopping."""

    KIND = "pack"  # what the file is, in messages

    def __init__(self, origin: str, locator: Locator) -> None:
        self.origin = origin
        self.problems: list[Problem] = []
        self._locator = locator
        self._languages: tuple[str, ...] | None = None  # None: unknown, so texts are not checked
        self._concern_ids: set[str] = set()
        self._retired_ids: set[str] = set()
        self._criterion_ids: dict[str, Path] = {}
        self._standard_numbers: dict[str, Path] = {}

    # -- reporting -----------------------------------------------------------------------------

    def problem(self, path: Path, message: str, *, at: Sequence[PathPart] | None = None) -> None:
        line = self._locator.line(path if at is None else at)
        self.problems.append(Problem(self.origin, line, render_path(path), message))

    def _wrong_type(
        self, value: object, path: Path, expected: str, *, text_expected: bool = False
    ) -> None:
        self.problem(path, self._type_message(value, path, expected, text_expected=text_expected))

    def _type_message(
        self,
        value: object,
        at: Sequence[PathPart],
        expected: str,
        *,
        key: bool = False,
        text_expected: bool = False,
    ) -> str:
        located = self._locator.locate(at)
        node = located.key_node if key else located.node
        # Where text was meant, unquoted yes/no/on/off, 1.0 or 2017-06-14 were read as
        # booleans, numbers and dates; the fix is always the same: quote the value.
        if (
            text_expected
            and isinstance(value, bool | int | float | dt.date)
            and isinstance(node, ScalarNode)
            and node.style is None
        ):
            written = str(node.value)
            return (
                f"expected {expected}, but YAML read the unquoted {written} as "
                f'{describe(value)}; put it in quotes: "{written}"'
            )
        return f"expected {expected}, found {describe(value)}"

    def _where(self, path: Path) -> str:
        line = self._locator.line(path)
        return f"line {line}" if line is not None else render_path(path)

    # -- building blocks -----------------------------------------------------------------------

    def _fields(
        self, value: object, path: Path, required: Sequence[str], optional: Sequence[str] = ()
    ) -> dict[str, object] | None:
        """The known fields of a mapping; reports missing, unknown and non-text field names."""
        if not isinstance(value, dict):
            self._wrong_type(value, path, "a mapping of fields")
            return None
        known = (*required, *optional)
        fields: dict[str, object] = {}
        for key, item in value.items():
            if not isinstance(key, str):
                message = self._type_message(
                    key, (*path, key), "a field name", key=True, text_expected=True
                )
                self.problem(path, message, at=(*path, key))
            elif key not in known:
                self.problem((*path, key), f"unknown field '{key}'{_suggestion(key, known)}")
            else:
                fields[key] = item
        for name in required:
            if name not in value:
                self.problem(path, f"missing required field '{name}'")
        return fields

    def _field(
        self,
        fields: dict[str, object],
        path: Path,
        name: str,
        read: Callable[[object, Path], T],
    ) -> T | None:
        """Reads a field that is there; a missing one was reported by _fields already."""
        if name not in fields:
            return None
        return read(fields[name], (*path, name))

    def _list(self, value: object, path: Path) -> list[object] | None:
        if not isinstance(value, list):
            self._wrong_type(value, path, "a list")
            return None
        return value

    def _str(self, value: object, path: Path) -> str | None:
        if not isinstance(value, str):
            self._wrong_type(value, path, "text", text_expected=True)
            return None
        return value

    def _bool(self, value: object, path: Path) -> bool:
        if not isinstance(value, bool):
            self._wrong_type(value, path, "true or false")
            return False
        return value

    def _ident(
        self, value: object, path: Path, pattern: re.Pattern[str], what: str, rule: str
    ) -> str:
        text = self._str(value, path)
        if text is None:
            return ""
        if not pattern.fullmatch(text):
            self.problem(path, f"{what} '{text}' is not valid: {rule}")
        return text

    def _slug(self, what: str, example: str) -> Callable[[object, Path], str]:
        def read(value: object, path: Path) -> str:
            return self._ident(value, path, SLUG, what, f"{SLUG_RULE}, like {example}")

        return read

    def _unique(self, seen: dict[str, Path], value: str, path: Path, what: str) -> None:
        if not value:
            return
        if value in seen:
            self.problem(
                path, f"duplicate {what} '{value}' (already used at {self._where(seen[value])})"
            )
        else:
            seen[value] = path

    def _text(self, value: object, path: Path) -> LocalizedText:
        """A text in every declared language: {en: "...", sv: "..."}, stripped of whitespace."""
        if not isinstance(value, dict):
            self._wrong_type(value, path, _TEXTS_EXPECTED)
            return _EMPTY_TEXT
        declared = self._languages
        texts: dict[str, str] = {}
        for language, text in value.items():
            where = (*path, language)
            if not isinstance(language, str):
                message = self._type_message(
                    language, where, "a language code", key=True, text_expected=True
                )
                self.problem(path, message, at=where)
                continue
            if declared is not None and language not in declared:
                self.problem(
                    (*path, language),
                    f"language '{language}' is not declared in languages ({', '.join(declared)})",
                )
                continue
            if not isinstance(text, str):
                self._wrong_type(text, (*path, language), "text", text_expected=True)
                continue
            stripped = text.strip()
            if not stripped:
                self.problem((*path, language), "empty text")
                continue
            texts[language] = stripped
        for language in declared or ():
            if language not in value:
                self.problem(path, f"missing language '{language}'")
        return LocalizedText.of(texts)

    # -- the pack ------------------------------------------------------------------------------

    def read(self, data: object) -> Pack | None:
        """The pack (without content hash), or None when there are problems (see `problems`)."""
        pack = self._read(data)
        return pack if not self.problems else None

    def _root_mapping(self, data: object, fields: str) -> dict[object, object] | None:
        """The document as a mapping, or None (with the problem noted) when it is empty or
        something else; `fields` names the main ones, for the message."""
        if data is None:
            self.problem((), "the file is empty")
            return None
        if not isinstance(data, dict):
            self.problem(
                (), f"a {self.KIND} is a mapping of fields ({fields}), found {describe(data)}"
            )
            return None
        return data

    def _read(self, data: object) -> Pack | None:
        root: Path = ()
        mapping = self._root_mapping(data, "format, id, version, ...")
        if mapping is None:
            return None
        data = mapping
        if not self._format_understood(data):
            return None
        fields = self._fields(data, root, TOP_REQUIRED, TOP_OPTIONAL)
        assert fields is not None  # data is a dict
        # Languages first: every text is checked against them.
        self._languages = self._field(fields, root, "languages", self._read_languages)
        default_language = (
            self._field(fields, root, "default_language", self._read_default_language) or ""
        )
        pack_id = self._field(fields, root, "id", self._slug("pack id", "promise-bqs-2017")) or ""
        version = self._field(fields, root, "version", self._read_version) or ""
        title = self._field(fields, root, "title", self._text) or _EMPTY_TEXT
        publisher = self._field(fields, root, "publisher", self._text) or _EMPTY_TEXT
        source = self._field(fields, root, "source", self._read_source)
        provenance = self._field(fields, root, "provenance", self._text) or _EMPTY_TEXT
        scale = self._field(fields, root, "answer_scale", self._read_scale) or AnswerScale(())
        perspectives = self._field(fields, root, "perspectives", self._read_perspectives) or ()
        # Concerns and retired ids before the standards, whose criteria are checked against them.
        concerns = self._field(fields, root, "concerns", self._read_concerns) or ()
        retired = self._field(fields, root, "retired_ids", self._read_retired) or ()
        standards = self._field(fields, root, "standards", self._read_top_standards) or ()
        return Pack(
            id=pack_id,
            version=version,
            title=title,
            publisher=publisher,
            source=source or SourceReference(_EMPTY_TEXT),
            provenance=provenance,
            languages=self._languages or (),
            default_language=default_language,
            answer_scale=scale,
            perspectives=perspectives,
            concerns=concerns,
            standards=standards,
            retired_ids=retired,
            origin=self.origin,
        )

    def _format_understood(self, data: dict[object, object]) -> bool:
        """False when the file is in a format this app cannot read; nothing else is checked then."""
        if "format" not in data:
            return True  # reported as a missing field; check the rest as format 1
        value = data["format"]
        path: Path = ("format",)
        if isinstance(value, bool) or not isinstance(value, int):
            self._wrong_type(value, path, f"a whole number ({FORMAT_VERSION})")
            return True
        if value > FORMAT_VERSION:
            self.problem(
                path,
                f"format {value} is newer than this app understands (it reads format "
                f"{FORMAT_VERSION}); update PROMISE tracker to use this {self.KIND}",
            )
            return False
        if value < FORMAT_VERSION:
            self.problem(
                path, f"format {value} is not supported (this app reads format {FORMAT_VERSION})"
            )
            return False
        return True

    def _read_languages(self, value: object, path: Path) -> tuple[str, ...] | None:
        items = self._list(value, path)
        if items is None:
            return None
        if not items:
            self.problem(path, "a pack needs at least one language")
            return None
        languages: list[str] = []
        valid = True
        for index, item in enumerate(items):
            where = (*path, index)
            code = self._str(item, where)
            if code is None:
                valid = False
            elif not LANGUAGE_CODE.fullmatch(code):
                self.problem(
                    where, f"language code '{code}' is not valid: use a code like en, sv or pt-BR"
                )
                valid = False
            elif code in languages:
                self.problem(where, f"language '{code}' is listed twice")
            else:
                languages.append(code)
        # With a broken list every text would be reported too; check texts only against a good one.
        return tuple(languages) if valid else None

    def _read_default_language(self, value: object, path: Path) -> str:
        language = self._str(value, path)
        if language is None:
            return ""
        if self._languages is not None and language not in self._languages:
            self.problem(
                path,
                f"default language '{language}' is not one of the pack's languages "
                f"({', '.join(self._languages)})",
            )
        return language

    def _read_version(self, value: object, path: Path) -> str:
        return self._ident(
            value, path, DOTTED_NUMBER, "version", "use numbers separated by dots, like 1.0.0"
        )

    def _read_source(self, value: object, path: Path) -> SourceReference | None:
        fields = self._fields(value, path, ("citation",), ("url", "isbn", "published"))
        if fields is None:
            return None
        citation = self._field(fields, path, "citation", self._text) or _EMPTY_TEXT
        url = self._field(fields, path, "url", self._read_url)
        isbn = self._field(fields, path, "isbn", self._str)
        published = self._field(fields, path, "published", self._read_date)
        return SourceReference(citation=citation, url=url, isbn=isbn, published=published)

    def _read_url(self, value: object, path: Path) -> str | None:
        url = self._str(value, path)
        if url is not None and not url.startswith(("https://", "http://")):
            self.problem(path, f"url '{url}' must start with https:// or http://")
        return url

    def _read_date(self, value: object, path: Path) -> str | None:
        # An unquoted 2017-06-14 arrives as a date; a quoted one as text. Both are fine.
        if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
            return value.isoformat()
        if isinstance(value, str):
            try:
                return dt.date.fromisoformat(value).isoformat()
            except ValueError:
                pass
        self.problem(path, f"expected a date like 2017-06-14, found {describe(value)}")
        return None

    def _read_scale(self, value: object, path: Path) -> AnswerScale:
        items = self._list(value, path)
        if items is None:
            return AnswerScale(())
        options: list[AnswerOption] = []
        seen: dict[str, Path] = {}
        counting = False
        score_unknown = False  # a broken score: whether the option counts cannot be known
        for index, item in enumerate(items):
            where: Path = (*path, index)
            fields = self._fields(
                item, where, ("id", "label", "score"), ("requires_justification",)
            )
            if fields is None:
                score_unknown = True
                continue
            option_id = self._field(fields, where, "id", self._slug("answer id", "yes")) or ""
            self._unique(seen, option_id, (*where, "id"), "answer id")
            label = self._field(fields, where, "label", self._text) or _EMPTY_TEXT
            if "score" in fields:
                score, ok = self._read_score(fields["score"], (*where, "score"))
                counting = counting or score is not None
                score_unknown = score_unknown or not ok
            else:
                score, score_unknown = None, True
            justification = (
                self._field(fields, where, "requires_justification", self._bool) or False
            )
            options.append(AnswerOption(option_id, label, score, justification))
        if not items:
            self.problem(path, "the answer scale is empty: it needs at least one answer")
        elif not counting and not score_unknown:
            self.problem(
                path,
                "no answer counts in the score: give at least one answer a score from 0 to 1 "
                "(score: null leaves an answer out of the score)",
            )
        return AnswerScale(tuple(options))

    def _read_score(self, value: object, path: Path) -> tuple[float | None, bool]:
        """The score and whether it was valid."""
        if value is None:
            return None, True
        if isinstance(value, bool) or not isinstance(value, int | float):
            self._wrong_type(value, path, "a number from 0 to 1, or null")
            return None, False
        if not 0 <= value <= 1:  # also false for NaN
            self.problem(path, f"score {value} is outside 0..1")
            return float(value) if not math.isnan(value) else 0.0, True
        return float(value), True

    def _read_perspectives(self, value: object, path: Path) -> tuple[Perspective, ...]:
        items = self._list(value, path)
        if items is None:
            return ()
        if not items:
            self.problem(path, "a pack needs at least one perspective to answer from")
        perspectives: list[Perspective] = []
        seen: dict[str, Path] = {}
        for index, item in enumerate(items):
            where: Path = (*path, index)
            fields = self._fields(item, where, ("id", "label"), ("description",))
            if fields is None:
                continue
            read_id = self._slug("perspective id", "professionals")
            perspective_id = self._field(fields, where, "id", read_id) or ""
            self._unique(seen, perspective_id, (*where, "id"), "perspective id")
            label = self._field(fields, where, "label", self._text) or _EMPTY_TEXT
            description = self._field(fields, where, "description", self._text)
            perspectives.append(Perspective(perspective_id, label, description))
        return tuple(perspectives)

    def _read_concerns(self, value: object, path: Path) -> tuple[Concern, ...]:
        items = self._list(value, path)
        if items is None:
            return ()
        concerns: list[Concern] = []
        seen: dict[str, Path] = {}
        for index, item in enumerate(items):
            where: Path = (*path, index)
            fields = self._fields(item, where, ("id", "kind", "label"))
            if fields is None:
                continue
            read_id = self._slug("concern id", "child-protection")
            concern_id = self._field(fields, where, "id", read_id) or ""
            self._unique(seen, concern_id, (*where, "id"), "concern id")
            kind = self._field(fields, where, "kind", self._read_kind) or "room"
            label = self._field(fields, where, "label", self._text) or _EMPTY_TEXT
            concerns.append(Concern(concern_id, kind, label))
        self._concern_ids = set(seen)
        return tuple(concerns)

    def _read_kind(self, value: object, path: Path) -> ConcernKind:
        text = self._str(value, path)
        for kind in CONCERN_KINDS:
            if text == kind:
                return kind
        if text is not None:
            self.problem(path, f"kind '{text}' is not valid: use room or agency")
        return "room"

    def _read_retired(self, value: object, path: Path) -> tuple[str, ...]:
        items = self._list(value, path)
        if items is None:
            return ()
        retired: dict[str, Path] = {}
        for index, item in enumerate(items):
            where: Path = (*path, index)
            criterion_id = self._ident(
                item, where, CRITERION_ID, "retired criterion id", CRITERION_ID_RULE
            )
            self._unique(retired, criterion_id, where, "retired id")
        self._retired_ids = set(retired)
        return tuple(retired)

    def _read_top_standards(self, value: object, path: Path) -> tuple[Standard, ...]:
        if isinstance(value, list) and not value:
            self.problem(path, "a pack needs at least one standard")
        return self._read_standards(value, path, None, 1)

    def _read_standards(
        self, value: object, path: Path, parent: str | None, depth: int
    ) -> tuple[Standard, ...]:
        items = self._list(value, path)
        if items is None:
            return ()
        standards: list[Standard] = []
        for index, item in enumerate(items):
            standard = self._read_standard(item, (*path, index), parent, depth)
            if standard is not None:
                standards.append(standard)
        return tuple(standards)

    def _read_standard(
        self, value: object, path: Path, parent: str | None, depth: int
    ) -> Standard | None:
        fields = self._fields(value, path, ("number", "title"), ("summary", "children", "criteria"))
        if fields is None:
            return None
        number = self._field(fields, path, "number", self._read_number) or ""
        # An invalid number cannot serve as a parent number, nor be checked against one.
        valid_number = number if DOTTED_NUMBER.fullmatch(number) else None
        if valid_number and parent and not _is_direct_child(valid_number, parent):
            self.problem(
                (*path, "number"),
                f"sub-standard '{number}' is not numbered under its parent '{parent}' "
                f"(expected {parent}.<n>)",
            )
        self._unique(self._standard_numbers, number, (*path, "number"), "standard number")
        title = self._field(fields, path, "title", self._text) or _EMPTY_TEXT
        summary = self._field(fields, path, "summary", self._text)
        children: tuple[Standard, ...] = ()
        if "children" in fields:
            if depth >= MAX_STANDARD_DEPTH:
                self.problem(
                    (*path, "children"),
                    f"standards are nested too deeply (more than {MAX_STANDARD_DEPTH} levels)",
                )
            else:
                children = self._read_standards(
                    fields["children"], (*path, "children"), valid_number, depth + 1
                )
        criteria: tuple[Criterion, ...] = ()
        if "criteria" in fields:
            criteria = self._read_criteria(fields["criteria"], (*path, "criteria"), number)
        has_children = _non_empty_list(fields.get("children"))
        has_criteria = _non_empty_list(fields.get("criteria"))
        label = f"standard '{number}'" if number else "this standard"
        if has_children and has_criteria:
            self.problem(
                path,
                f"{label} has both children (sub-standards) and criteria; give it one or the other",
            )
        elif not has_children and not has_criteria and _kinds_fine(fields):
            self.problem(path, f"{label} is empty: give it children (sub-standards) or criteria")
        return Standard(number, title, summary, children, criteria)

    def _read_number(self, value: object, path: Path) -> str:
        return self._ident(
            value, path, DOTTED_NUMBER, "standard number", "use numbers separated by dots, like 1.2"
        )

    def _read_criteria(self, value: object, path: Path, unit: str) -> tuple[Criterion, ...]:
        items = self._list(value, path)
        if items is None:
            return ()
        criteria: list[Criterion] = []
        for index, item in enumerate(items):
            criterion = self._read_criterion(item, (*path, index), unit)
            if criterion is not None:
                criteria.append(criterion)
        return tuple(criteria)

    def _read_criterion(self, value: object, path: Path, unit: str) -> Criterion | None:
        fields = self._fields(value, path, ("id", "statement", "evidence"), ("concerns",))
        if fields is None:
            return None
        criterion_id = self._field(fields, path, "id", self._read_criterion_id) or ""
        if criterion_id in self._retired_ids:
            self.problem(
                (*path, "id"),
                f"criterion id '{criterion_id}' is retired (listed in retired_ids) and must not "
                "be used again; give this criterion a new id",
            )
        self._unique(self._criterion_ids, criterion_id, (*path, "id"), "criterion id")
        statement = self._field(fields, path, "statement", self._text) or _EMPTY_TEXT
        evidence = self._field(fields, path, "evidence", self._text) or _EMPTY_TEXT
        concerns = self._field(fields, path, "concerns", self._read_concern_refs) or ()
        return Criterion(criterion_id, unit, statement, evidence, concerns)

    def _read_criterion_id(self, value: object, path: Path) -> str:
        return self._ident(value, path, CRITERION_ID, "criterion id", CRITERION_ID_RULE)

    def _read_concern_refs(self, value: object, path: Path) -> tuple[str, ...]:
        items = self._list(value, path)
        if items is None:
            return ()
        refs: list[str] = []
        for index, item in enumerate(items):
            where: Path = (*path, index)
            ref = self._str(item, where)
            if ref is None:
                continue
            if ref not in self._concern_ids:
                hint = _suggestion(ref, sorted(self._concern_ids))
                self.problem(where, f"unknown concern '{ref}'{hint}; declare it under concerns")
            elif ref in refs:
                self.problem(where, f"concern '{ref}' is listed twice")
            else:
                refs.append(ref)
        return tuple(refs)


def _suggestion(name: str, known: Sequence[str]) -> str:
    matches = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
    return f" (did you mean '{matches[0]}'?)" if matches else ""


def _is_direct_child(number: str, parent: str) -> bool:
    prefix = parent + "."
    return number.startswith(prefix) and "." not in number[len(prefix) :]


def _non_empty_list(value: object) -> bool:
    return isinstance(value, list) and bool(value)


def _kinds_fine(fields: dict[str, object]) -> bool:
    """Whether children and criteria, where given, are lists (else a type problem says it all)."""
    return all(isinstance(fields.get(name, []), list) for name in ("children", "criteria"))
