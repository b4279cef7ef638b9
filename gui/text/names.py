"""Scenario names that say what the scenario is, in the reader's language, and follow it as it changes.

A name is *automatic* while it is what :func:`auto_name` says of the scenario (in the interface language or
in English, with or without a " (2)" that tells duplicates apart) or the engine's old default
"1,024 H100 for 30 days". An automatic name follows every edit; once the user types a name of their own it
is theirs and never changes by itself. No flag is stored: the scenario format stays as it was.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import replace
from functools import lru_cache

from engine.catalogue import accelerators
from engine.scenario import Scenario

from .i18n import QT_TR_NOOP, tr
from .numbers import short

_TEMPLATES = {
    "compute_optimal": QT_TR_NOOP("{count} × {accelerator}, {days} days"),
    "fixed_params": QT_TR_NOOP("{params} model on {count} × {accelerator}, {days} days"),
    "fixed_run": QT_TR_NOOP("{params} model, {tokens} tokens on {count} × {accelerator}"),
    "target_loss": QT_TR_NOOP("Loss {target} on {count} × {accelerator}"),
}
_VENDORS = re.compile(r"^(NVIDIA|AMD|Google|Intel)\s+")
_MEMORY = re.compile(r"\d+GB")
_ASIDE = re.compile(r"\s*\([^)]*\)")
_NUMBERED = re.compile(r"\s\((\d+)\)$")
_MAX = 200  # the schema's longest name


def accelerator_short(s: Scenario) -> str:
    """"H100 SXM5" for the catalogue's "NVIDIA H100 SXM5 80GB": no vendor, and no memory size unless it is
    what tells two catalogue parts apart (A100 40GB SXM / A100 80GB SXM)."""
    acc = accelerators().get(s.cluster.accelerator)
    if acc is None:
        return tr("custom accelerator")
    return _short_names()[acc.id]


@lru_cache(maxsize=1)
def _short_names() -> dict[str, str]:
    plain = {a.id: _VENDORS.sub("", a.name).replace(" (per chip)", "") for a in accelerators().values()}
    bare = {i: " ".join(w for w in _ASIDE.sub("", name).split() if not _MEMORY.fullmatch(w)) or name
            for i, name in plain.items()}
    taken = Counter(bare.values())
    return {i: bare[i] if taken[bare[i]] == 1 else plain[i] for i in plain}


def auto_name(s: Scenario, translate: Callable[[str], str] = tr) -> str:
    """What the scenario is, in a line: "1,024 × H100 SXM5, 30 days" (inputs of its objective)."""
    m = s.model
    values = {"count": f"{s.cluster.count:,}", "accelerator": accelerator_short(s),
              "days": f"{s.schedule.days:,.4g}", "params": short(m.n_params), "tokens": short(m.n_tokens),
              "target": "—" if m.target_loss is None else f"{m.target_loss:g}"}
    template = _TEMPLATES.get(m.objective, _TEMPLATES["compute_optimal"])
    return translate(template).format(**values)[:_MAX]


def _legacy(s: Scenario) -> str:
    """The engine's default name's pattern ("1,024 H100 for 30 days"), which older files carry."""
    acc = accelerators().get(s.cluster.accelerator)
    first = _VENDORS.sub("", acc.name).split()[0] if acc else ""
    return f"{s.cluster.count:,} {first} for {s.schedule.days:g} days"


def is_automatic(name: str, s: Scenario) -> bool:
    """Whether ``name`` is one ScalePlan gave ``s`` (so it may follow the scenario), not the user's."""
    bare = _NUMBERED.sub("", name)
    return bare in (auto_name(s), auto_name(s, lambda text: text), _legacy(s), Scenario.name)


def follow(before: Scenario, after: Scenario) -> Scenario:
    """``after`` with its name following the edit from ``before``: a new automatic name when the old one was
    automatic and the edit did not touch the name; else ``after`` as it is."""
    if after.name != before.name or not is_automatic(before.name, before):
        return after
    name = auto_name(after)
    return after if name == after.name else replace(after, name=name)


def numbered(name: str, taken: Iterable[str]) -> str:
    """``name`` told apart from the names ``taken``: "Plan A (2)", "Plan A (3)"… (a number reads the same
    in every language, unlike "(copy)")."""
    taken = set(taken)
    if name not in taken:
        return name
    bare = _NUMBERED.sub("", name)
    n = 2
    while f"{bare} ({n})" in taken:
        n += 1
    return f"{bare[:_MAX - 8]} ({n})"


def new_scenario() -> Scenario:
    """The default scenario, named in the interface language (File → New, the first window)."""
    s = Scenario()
    return replace(s, name=auto_name(s))
