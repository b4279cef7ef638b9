"""Scaling-law names and notes in the reader's language (no Qt).

The engine knows a preset by its English ``name`` and ``notes`` (resources/laws.json); the same entry
carries ``name_ja``, ``notes_ja`` and a short name for legends (``short_name``, ``short_name_ja``). A source
is a citation and stays in its original language: where it is shown, label it with :func:`source_label`.
A custom law's name, notes and source are the user's data and are shown as they are.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from engine.laws import AnyLaw
from engine.resources import load_json_resource

from .i18n import current_language, tr

__all__ = ["law_name", "law_notes", "law_short_name", "source_label"]


@cache
def _entries() -> dict[str, dict[str, Any]]:
    return {e["id"]: e for e in load_json_resource("laws.json")["presets"]}


def _preset_entry(law: AnyLaw | str) -> dict[str, Any] | None:
    """The laws.json entry of a preset (by its id, its English name — what a finding's ``{law}`` holds — or
    the preset itself); None for a custom law."""
    if isinstance(law, str):
        return _entries().get(law) or next((e for e in _entries().values() if e.get("name") == law), None)
    entry = _entries().get(law.id)  # a custom law's id is "custom"; its name is the user's
    return entry if entry is not None and entry.get("name") == law.name else None


def _localized(law: AnyLaw | str, key: str, fallback: str, lang: str | None) -> str:
    entry = _preset_entry(law)
    if entry is None:
        return fallback
    lang = lang or current_language()
    text = entry.get(f"{key}_{lang}") if lang != "en" else None
    return str(text or entry.get(key) or fallback)


def law_name(law: AnyLaw | str, lang: str | None = None) -> str:
    """The law's full name in ``lang`` (default: the interface language), e.g. "Epoch AIによる再現
    （Besiroglu et al. 2024）", of a law, a preset id or a preset's English name (a finding's ``{law}``
    value); a custom law's own name, and any other text, as it is."""
    fallback = law if isinstance(law, str) else law.name
    return _localized(law, "name", fallback, lang)


def law_short_name(law: AnyLaw | str, lang: str | None = None) -> str:
    """A short name for legends and tight labels ("Chinchilla（丸めた定数）", "Kaplan 2020"), never the id;
    a custom law's own name."""
    entry = _preset_entry(law)
    if entry is None:
        return law if isinstance(law, str) else law.name
    return _localized(law, "short_name", law_name(law, lang), lang)


def law_notes(law: AnyLaw | str, lang: str | None = None) -> str:
    """What to know about the law, in ``lang``; a custom law's (or an unknown id's) notes as they are."""
    fallback = "" if isinstance(law, str) else law.notes
    return _localized(law, "notes", fallback, lang)


def source_label(source: str) -> str:
    """A law's source as cited (its original language), labelled as such: "出典（原文）：…" / "Source: …"."""
    return tr("Source: ") + source
