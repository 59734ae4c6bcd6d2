"""Reads a standards pack file (safe YAML) into a validated Pack, or raises with every problem."""

from __future__ import annotations

import codecs
import datetime as dt
import hashlib
import json
from dataclasses import replace
from pathlib import Path

from promise_tracker.errors import PackError
from promise_tracker.standards.model import Pack
from promise_tracker.standards.problems import (
    PACK_PATH,
    PackValidationError,
    Problem,
    escape_controls,
)
from promise_tracker.standards.validation import FORMAT_VERSION, PackReader, render_path
from promise_tracker.standards.yaml_source import YamlSyntaxError, parse_yaml

__all__ = [
    "FORMAT_VERSION",
    "PackValidationError",
    "Problem",
    "content_hash",
    "load_pack",
    "load_pack_bytes",
    "load_pack_text",
    "read_pack_file",
]


def load_pack(path: Path) -> Pack:
    """Read and validate the pack in `path`; its origin is the path.

    Raises PackError when the file cannot be read, PackValidationError when it is not a
    valid pack.
    """
    return load_pack_bytes(read_pack_file(path), str(path))


def read_pack_file(path: Path) -> bytes:
    """The bytes of the pack file `path`; PackError naming the file if it cannot be read."""
    shown = escape_controls(str(path))  # a file name may hold control or bidi characters
    try:
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise PackError(f"Standards pack not found: {shown}") from exc
    except IsADirectoryError as exc:
        raise PackError(f"Cannot read the standards pack {shown}: it is a folder") from exc
    except OSError as exc:
        reason = escape_controls(exc.strerror or str(exc))
        raise PackError(f"Cannot read the standards pack {shown}: {reason}") from exc


def load_pack_bytes(data: bytes, origin: str) -> Pack:
    """Validate a pack given as the bytes of a file (which must be UTF-8)."""
    return load_pack_text(_decode(data, origin), origin)


def load_pack_text(text: str, origin: str) -> Pack:
    """Validate a pack given as YAML text; `origin` names it in problems and in Pack.origin."""
    try:
        return _load(text, origin, fast=True)
    except PackValidationError:
        # Problems are described from the pure-Python parser's nodes, so parse again.
        return _load(text, origin, fast=False)


def _load(text: str, origin: str, *, fast: bool) -> Pack:
    try:
        parsed = parse_yaml(text, fast=fast)
    except YamlSyntaxError as exc:
        raise PackValidationError(
            origin, [Problem(origin, exc.line, PACK_PATH, exc.message)]
        ) from exc
    problems = [
        Problem(
            origin,
            duplicate.line,
            render_path((*duplicate.path, duplicate.key)),
            f"duplicate key '{duplicate.key}' (first given at line {duplicate.first_line}); "
            "YAML would silently keep only the last one",
        )
        for duplicate in parsed.duplicates
    ]
    reader = PackReader(origin, parsed.locator)
    pack = reader.read(parsed.data)
    problems.extend(reader.problems)
    if problems or pack is None:
        problems.sort(key=lambda problem: problem.line or 0)
        raise PackValidationError(origin, problems)
    # Hashed only once valid: then every key is text, so the canonical form always exists.
    return replace(pack, content_hash=content_hash(parsed.data))


def content_hash(data: object) -> str:
    """SHA-256 (hex) of a parsed document in canonical JSON: layout and comments do not count."""
    canonical = json.dumps(
        data,
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
        default=_json_value,
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _json_value(value: object) -> str:
    # Unquoted dates (published: 2017-06-14) are the only non-JSON values a valid pack holds.
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} has no canonical JSON form")


def _decode(data: bytes, origin: str) -> str:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        message = "the file is UTF-16 text; save it as UTF-8"
        raise PackValidationError(origin, [Problem(origin, 1, PACK_PATH, message)])
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        message = (
            f"the file is not UTF-8 text (byte 0x{data[exc.start]:02X} cannot be read); "
            "save it as UTF-8"
        )
        raise PackValidationError(origin, [Problem(origin, line, PACK_PATH, message)]) from exc
