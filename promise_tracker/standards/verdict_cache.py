"""Remembers which user packs were found broken, so a large broken pack is not validated again
at every start while its file stays the same.

Only "broken" verdicts are kept: a cache can at worst make a pack look broken, never make a
broken pack load. An entry counts only while the file's path, size, modification time and the
SHA-256 of its bytes all match; the bytes are hashed at every start (milliseconds even for a
large file), so an edited file is always validated again, whatever the modification time says.
A cache that is corrupt, written by another app version or not ours is ignored and rewritten.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from promise_tracker import __version__
from promise_tracker.standards.problems import PackValidationError, Problem
from promise_tracker.standards.validation import FORMAT_VERSION

log = logging.getLogger(__name__)

CACHE_FILENAME = "pack-verdicts.json"
CACHE_KIND = "promise-tracker pack verdicts"
CACHE_FORMAT = 1
# A cache holds the problems of every broken pack (a 5 MB pack with a problem on each of its
# 14,600 criteria took 1.8 MB); anything much larger is not ours.
MAX_CACHE_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class FileStamp:
    """What identifies one state of a pack file."""

    path: str
    size: int
    mtime_ns: int
    sha256: str

    @classmethod
    def of(cls, path: Path, data: bytes) -> FileStamp | None:
        """The stamp of `path` whose bytes are `data`; None if the file cannot be looked at."""
        try:
            status = path.stat()
        except OSError:
            return None
        return cls(str(path), status.st_size, status.st_mtime_ns, hashlib.sha256(data).hexdigest())


class VerdictCache:
    """The verdicts kept in `file` (None: remember nothing); `save()` writes them back."""

    def __init__(self, file: Path | None) -> None:
        self.file = file
        self._entries: dict[str, dict[str, Any]] = _read(file) if file is not None else {}
        self._seen: set[str] = set()
        self._changed = False

    def broken(self, stamp: FileStamp) -> PackValidationError | None:
        """The problems found in exactly this file before, or None if it must be validated."""
        self._seen.add(stamp.path)
        entry = self._entries.get(stamp.path)
        if entry is None or not _matches(entry, stamp):
            return None
        problems = [
            Problem(stamp.path, item["line"], item["path"], item["message"])
            for item in entry["problems"]
        ]
        return PackValidationError(stamp.path, problems)

    def remember(self, stamp: FileStamp, error: PackValidationError | None) -> None:
        """Record the verdict on a file just validated: its problems, or None when it is fine."""
        self._seen.add(stamp.path)
        if error is None:
            if self._entries.pop(stamp.path, None) is not None:
                self._changed = True
            return
        self._entries[stamp.path] = {
            "size": stamp.size,
            "mtime_ns": stamp.mtime_ns,
            "sha256": stamp.sha256,
            "problems": [
                {"line": problem.line, "path": problem.path, "message": problem.message}
                for problem in error.problems
            ],
        }
        self._changed = True

    def save(self) -> None:
        """Write the verdicts of the files seen in this load (others are gone), if any changed.

        Never fails: a cache that cannot be written only means validating again next time.
        """
        stale = set(self._entries) - self._seen
        for path in stale:
            del self._entries[path]
        if self.file is None or not (self._changed or stale):
            return
        document = {
            "kind": CACHE_KIND,
            "format": CACHE_FORMAT,
            "app_version": __version__,
            "pack_format": FORMAT_VERSION,
            "verdicts": self._entries,
        }
        try:
            _write_atomically(self.file, json.dumps(document, ensure_ascii=True, indent=1))
        except OSError as exc:
            log.info("Could not write the pack verdict cache %s: %s", self.file, exc)
        else:
            self._changed = False


def _read(file: Path) -> dict[str, dict[str, Any]]:
    try:
        with file.open("rb") as stream:
            data = stream.read(MAX_CACHE_BYTES + 1)
    except OSError:
        return {}  # none yet, or unreadable: start afresh
    try:
        if len(data) > MAX_CACHE_BYTES:
            raise ValueError("too large")
        document = json.loads(data.decode("utf-8"))
        return _valid_entries(document)
    except (ValueError, UnicodeDecodeError) as exc:
        log.info("Ignoring the pack verdict cache %s: %s", file, exc)
        return {}


def _valid_entries(document: object) -> dict[str, dict[str, Any]]:
    """The verdicts of a cache document, checked field by field; ValueError if anything is off
    (or if another app version wrote it: its validator may judge differently)."""
    if not isinstance(document, dict) or document.get("kind") != CACHE_KIND:
        raise ValueError("not a pack verdict cache")
    if (
        document.get("format") != CACHE_FORMAT
        or document.get("app_version") != __version__
        or document.get("pack_format") != FORMAT_VERSION
    ):
        raise ValueError("written by another version")
    verdicts = document.get("verdicts")
    if not isinstance(verdicts, dict):
        raise ValueError("no verdicts")
    for path, entry in verdicts.items():
        if not (isinstance(path, str) and _valid_entry(entry)):
            raise ValueError("a malformed verdict")
    return verdicts


def _valid_entry(entry: object) -> bool:
    if not isinstance(entry, dict) or set(entry) != {"size", "mtime_ns", "sha256", "problems"}:
        return False
    numbers = [entry["size"], entry["mtime_ns"]]
    if not all(type(number) is int for number in numbers):
        return False
    digest = entry["sha256"]
    if not (isinstance(digest, str) and len(digest) == 64):
        return False
    problems = entry["problems"]
    if not isinstance(problems, list) or not problems:
        return False
    return all(
        isinstance(item, dict)
        and set(item) == {"line", "path", "message"}
        and (item["line"] is None or type(item["line"]) is int)
        and isinstance(item["path"], str)
        and isinstance(item["message"], str)
        for item in problems
    )


def _matches(entry: dict[str, Any], stamp: FileStamp) -> bool:
    stored = (entry["sha256"], entry["size"], entry["mtime_ns"])
    return bool(stored == (stamp.sha256, stamp.size, stamp.mtime_ns))


def _write_atomically(file: Path, text: str) -> None:
    """Write `text` to `file` under a temporary name, then move it into place (private, 0600)."""
    temporary = file.with_name(f".{file.name}.{os.getpid()}.tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, file)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
