"""Findings in the reader's language: the engine's templates rendered with numbers in their conventions."""

from __future__ import annotations

from engine.findings import Finding, render

from .i18n import tr
from .numbers import money


def localized(finding: Finding, lang: str) -> tuple[str, str]:
    """A finding's message and fix in the interface language, numbers in its conventions (¥3.4億)."""
    if not finding.template:
        return finding.message, finding.fix

    def money_fn(x: float, currency: str) -> str:
        return money(x, currency, lang)

    return (render(finding.template, finding.values, tr, money_fn),
            render(finding.fix_template, finding.values, tr, money_fn))
