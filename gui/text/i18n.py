"""Translation without Qt: ``tr`` looks a string up through whatever translator the application installed.

The Qt layer (:mod:`gui.app.i18n`) installs Qt's translation system here when it loads a language, so
tables, findings and number formats in :mod:`gui.text` are translated without importing Qt themselves;
before that (the headless CLI) every string is its English source. Qt's ``lupdate`` extracts calls of
module-level ``tr(...)`` and ``QT_TR_NOOP(...)`` under the empty context.
"""

from __future__ import annotations

from collections.abc import Callable

from engine.findings import QT_TR_NOOP

__all__ = ["QT_TR_NOOP", "current_language", "install", "tr"]

_state: dict[str, object] = {"lang": "en", "translate": None}


def tr(text: str) -> str:
    """The user-visible ``text`` in the interface language (unchanged when no translator is installed)."""
    translate = _state["translate"]
    return translate(text) if callable(translate) else text


def current_language() -> str:
    """'en' or 'ja': the language of the interface, for number conventions (¥3.4億 against ¥342M)."""
    return str(_state["lang"])


def install(lang: str, translate: Callable[[str], str] | None) -> None:
    """Called by the Qt layer when a language is loaded: its code and the function that translates."""
    _state["lang"] = lang
    _state["translate"] = translate
