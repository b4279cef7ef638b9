"""Findings in the reader's language: the engine's templates rendered with numbers in their conventions."""

from __future__ import annotations

from engine.findings import Finding, render
from engine.fmt import MoneyIn

from .i18n import tr
from .laws import law_name


def localized(finding: Finding, lang: str) -> tuple[str, str]:
    """A finding's message and fix in the interface language, numbers in its conventions: ¥3.4億, and 933億
    where the template says ``{x:short}`` (the money function carries the language to engine.fmt.Formatter)."""
    if not finding.template:
        return finding.message, finding.fix
    money_fn = MoneyIn(lang)
    values = dict(finding.values)
    if isinstance(values.get("law"), str):  # a preset's name in the reader's language (a custom law's as it is)
        values["law"] = law_name(values["law"], lang)
    return (render(finding.template, values, tr, money_fn),
            render(finding.fix_template, values, tr, money_fn))
