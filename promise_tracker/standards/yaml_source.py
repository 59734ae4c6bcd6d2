"""Safe YAML parsing that keeps the node tree, for line numbers and duplicate-key detection."""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

# `<<: *anchor` merges another mapping in; it is not a key of its own.
_MERGE_TAG = "tag:yaml.org,2002:merge"
# A bare `=` key; PyYAML's constructor turns it into the text "=" when flattening a mapping.
_VALUE_TAG = "tag:yaml.org,2002:value"

# One step of a path into the document: a mapping key or a list index.
PathPart = object


class YamlSyntaxError(Exception):
    """The text is not one well-formed, safely constructible YAML document."""

    def __init__(self, message: str, line: int | None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line


@dataclass(frozen=True)
class DuplicateKey:
    """A key given twice in one mapping (PyYAML would silently keep only the last value)."""

    path: tuple[str | int, ...]  # of the mapping the key is in
    key: str  # as written in the file
    line: int
    first_line: int


@dataclass(frozen=True)
class Located:
    """Where a path points: the nodes found along it and the line to report."""

    key_node: Node | None  # the mapping key of the last step, if the last step is a key
    node: Node | None  # the value the whole path leads to; None when the path is incomplete
    line: int | None  # of the key (or list item) reached last


class Locator:
    """Finds the line for a path like ("standards", 1, "criteria", 0, "id")."""

    def __init__(self, root: Node | None, key_values: Mapping[int, object]) -> None:
        self._root = root
        # id(key node) -> the key as constructed, so paths can hold real keys (True, 1, "en")
        self._key_values = key_values

    def locate(self, path: Sequence[PathPart]) -> Located:
        node = self._root
        if node is None:
            return Located(None, None, None)
        line = _line(node)
        key_node: Node | None = None
        for part in path:
            key_node = None
            if isinstance(node, MappingNode):
                entry = self._entry(node, part)
                if entry is None:
                    return Located(None, None, line)
                key_node, node = entry
                line = _line(key_node)
            elif (
                isinstance(node, SequenceNode)
                and isinstance(part, int)
                and not isinstance(part, bool)
                and 0 <= part < len(node.value)
            ):
                node = node.value[part]
                line = _line(node)
            else:
                return Located(None, None, line)
        return Located(key_node, node, line)

    def line(self, path: Sequence[PathPart]) -> int | None:
        return self.locate(path).line

    def _entry(self, node: MappingNode, wanted: object) -> tuple[Node, Node] | None:
        found: tuple[Node, Node] | None = None
        # The last entry wins, as it does in the constructed data.
        for key_node, value_node in node.value:
            key = self._key_values.get(id(key_node), _NO_KEY)
            if type(key) is type(wanted) and key == wanted:
                found = (key_node, value_node)
        return found


_NO_KEY = object()


@dataclass(frozen=True)
class ParsedYaml:
    data: object  # None for an empty document
    duplicates: tuple[DuplicateKey, ...]
    locator: Locator


def parse_yaml(text: str, *, fast: bool = False) -> ParsedYaml:
    """Parse `text` with the safe loader, keeping what is needed to report problems by line.

    With fast=True, libyaml's loader (when PyYAML has it) is tried first: it parses a pack
    several times faster, which matters at startup. Its nodes do not keep everything the
    problem reports use, so a caller that finds problems must parse again without it.
    """
    loader_class = getattr(yaml, "CSafeLoader", None) if fast else None
    if loader_class is not None:
        try:
            return _parse_with(loader_class, text)
        except Exception:  # reported below, in the pure-Python loader's words
            pass
    return _parse_reporting(text)


def _parse_with(loader_class: type[yaml.SafeLoader], text: str) -> ParsedYaml:
    loader = loader_class(text)
    try:
        root = loader.get_single_node()
        if root is None:
            return ParsedYaml(None, (), Locator(None, {}))
        key_values, duplicates = _scan_keys(loader, root)
        data = loader.construct_document(root)
    finally:
        loader.dispose()
    return ParsedYaml(data, tuple(duplicates), Locator(root, key_values))


def _parse_reporting(text: str) -> ParsedYaml:
    try:
        # The reader checks the whole text for forbidden characters as the loader is made.
        loader = yaml.SafeLoader(text)
        try:
            root = loader.get_single_node()
            if root is None:
                return ParsedYaml(None, (), Locator(None, {}))
            key_values, duplicates = _scan_keys(loader, root)
            data = loader.construct_document(root)
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        raise YamlSyntaxError(_describe_marked_error(exc), _error_line(exc)) from exc
    except yaml.reader.ReaderError as exc:
        line = text.count("\n", 0, exc.position) + 1 if isinstance(exc.position, int) else None
        what = f"U+{exc.character:04X}" if isinstance(exc.character, int) else repr(exc.character)
        message = f"not valid YAML: the character {what} is not allowed in a YAML file"
        raise YamlSyntaxError(message, line) from exc
    except yaml.YAMLError as exc:
        raise YamlSyntaxError(f"not valid YAML: {exc}", None) from exc
    except RecursionError as exc:
        # PyYAML composes recursively; thousands of nested brackets exhaust the stack.
        raise YamlSyntaxError("not valid YAML: the document is nested too deeply", None) from exc
    return ParsedYaml(data, tuple(duplicates), Locator(root, key_values))


def _scan_keys(loader: yaml.SafeLoader, root: Node) -> tuple[dict[int, object], list[DuplicateKey]]:
    """Construct every mapping key and find duplicates, before construction merges them away.

    Each node is visited once even when aliases reuse it, so alias-heavy files stay cheap.
    """
    key_values: dict[int, object] = {}
    duplicates: list[DuplicateKey] = []
    seen: set[int] = set()
    stack: list[tuple[Node, tuple[str | int, ...]]] = [(root, ())]
    while stack:
        node, path = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, MappingNode):
            first_lines: dict[Hashable, int] = {}
            for key_node, value_node in node.value:
                if key_node.tag == _MERGE_TAG:
                    stack.append((value_node, path))
                    continue
                if not isinstance(key_node, ScalarNode):
                    # The constructor rejects lists and mappings as keys with its own error.
                    stack.append((value_node, path))
                    continue
                key: object = (
                    "=" if key_node.tag == _VALUE_TAG else loader.construct_object(key_node)
                )
                key_values[id(key_node)] = key
                written = str(key_node.value)
                if isinstance(key, Hashable):
                    if key in first_lines:
                        duplicates.append(
                            DuplicateKey(path, written, _line(key_node), first_lines[key])
                        )
                    else:
                        first_lines[key] = _line(key_node)
                child = key if isinstance(key, str) else written
                stack.append((value_node, (*path, child)))
        elif isinstance(node, SequenceNode):
            for index, item in enumerate(node.value):
                stack.append((item, (*path, index)))
    duplicates.sort(key=lambda duplicate: duplicate.line)
    return key_values, duplicates


def _line(node: Node) -> int:
    return int(node.start_mark.line) + 1


def _error_line(exc: yaml.MarkedYAMLError) -> int | None:
    mark = exc.problem_mark or exc.context_mark
    return None if mark is None else mark.line + 1


def _describe_marked_error(exc: yaml.MarkedYAMLError) -> str:
    problem = exc.problem or "the text cannot be read"
    context = exc.context or ""
    if context.startswith("expected"):
        # Composer errors read "expected a single document ..., but found another document".
        return f"not valid YAML: {context}, {problem}"
    message = f"not valid YAML: {problem}"
    if context:
        # Say where the context began when it is elsewhere (an unclosed quote or bracket).
        if (
            exc.context_mark is not None
            and exc.problem_mark is not None
            and exc.context_mark.line != exc.problem_mark.line
        ):
            context += f" that starts at line {exc.context_mark.line + 1}"
        message += f" ({context})"
    if isinstance(exc, yaml.constructor.ConstructorError) and "constructor for the tag" in problem:
        # The safe loader refuses tags that would build arbitrary Python objects.
        message += "; a pack may not use tags like this"
    elif "'\\t'" in problem:
        message += "; indent with spaces, not tabs"
    elif "block" in problem or "mapping values are not allowed" in problem:
        message += "; check the indentation"
    return message
