"""Translation of fixed texts outside the Qt widgets (exports, charts, messages).

The core layers must not import Qt, yet their fixed texts (sheet headings, chart labels,
messages) follow the interface language. They call `translate(context, text)`, which
pyside6-lupdate extracts like QCoreApplication.translate; the composition root (the app or
the command line) installs Qt's translator here once the language is known. Until then,
and in tests that install nothing, texts stay in English.
"""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str, str, "str | None", int], str]

FALLBACK_LANGUAGE = "en"
SUPPORTED_LANGUAGES: tuple[str, ...] = ("en", "sv")


def _identity(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return text


_translator: Translator = _identity
_language: str = FALLBACK_LANGUAGE


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the interface language; `n` selects a plural form where the text has %n."""
    result = _translator(context, text, disambiguation, n)
    return result.replace("%n", str(n)) if n >= 0 and "%n" in result else result


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate knows)
    """Mark `text` for extraction where it is defined; translate it where it is shown."""
    return text


def install(translator: Translator, language: str) -> None:
    """Route translate() through `translator` (e.g. QCoreApplication.translate)."""
    global _translator, _language
    _translator = translator
    _language = language


def reset() -> None:
    """Back to English without a translator (tests)."""
    install(_identity, FALLBACK_LANGUAGE)


def language() -> str:
    """The interface language code, e.g. "sv"; pack texts default to it."""
    return _language
