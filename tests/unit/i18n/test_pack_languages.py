"""Every text of the shipped standards packs exists in Swedish (and English, the fallback)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest

from promise_tracker.standards.model import LocalizedText, Pack
from promise_tracker.standards.registry import PackRegistry


def _texts(value: object, path: str) -> Iterator[tuple[str, LocalizedText]]:
    """Every LocalizedText reachable from `value`, with where it is."""
    if isinstance(value, LocalizedText):
        yield path, value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            yield from _texts(getattr(value, field.name), f"{path}.{field.name}")
    elif isinstance(value, tuple | list):
        for index, item in enumerate(value):
            yield from _texts(item, f"{path}[{index}]")
    elif isinstance(value, dict):
        for name, item in value.items():
            yield from _texts(item, f"{path}[{name!r}]")


def _packs() -> list[Pack]:
    return list(PackRegistry.load(include_shipped=True).packs())


@pytest.mark.parametrize("pack", _packs(), ids=lambda p: f"{p.id}-{p.version}")  # type: ignore[attr-defined]
def test_every_pack_text_has_swedish_and_english(pack: Pack) -> None:
    texts = list(_texts(pack, "pack"))
    assert len(texts) > 50  # statements, evidence, titles, labels...
    missing = [
        f"{path}: {language}"
        for path, text in texts
        for language in ("en", "sv")
        if not text.as_dict().get(language, "").strip()
    ]
    assert not missing, "pack texts without a translation:\n" + "\n".join(missing[:40])
