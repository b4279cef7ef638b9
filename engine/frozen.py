"""Immutable, hashable JSON values for the parts of a scenario that are free-form JSON (a custom law,
``x-`` extensions) and for the named values of an error.

:class:`FrozenDict` is a read-only ``dict`` (a subclass, so ``isinstance(v, dict)``, ``json.dumps`` and
``dict(v)`` keep working for callers written against plain dicts) whose values are frozen recursively —
lists become tuples — and whose hash is computed once. :func:`thaw` turns a frozen value back into plain
``dict``/``list`` for writing, so a file round-trips byte for byte.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, NoReturn

import numpy as np


class FrozenDict(dict[str, Any]):
    """A read-only dict with a cached hash; values are frozen on construction (see :func:`freeze`).

    Equality is a dict's (order-insensitive), and so is the hash. Mutating methods raise TypeError;
    ``copy()`` (inherited from dict) returns an ordinary, mutable dict.
    """

    __slots__ = ("_hash",)

    def __init__(self, items: Mapping[str, Any] | Iterable[tuple[str, Any]] = (), /) -> None:
        pairs = items.items() if isinstance(items, Mapping) else items
        dict.__init__(self, ((k, freeze(v)) for k, v in pairs))
        self._hash: int | None = None

    # dict declares __hash__ = None (it is mutable); this one is not, so it has a hash
    def __hash__(self) -> int:  # type: ignore[override]
        if self._hash is None:
            self._hash = hash(frozenset(self.items()))
        return self._hash

    def _read_only(self, *args: Any, **kwargs: Any) -> NoReturn:
        raise TypeError(f"{type(self).__name__} is read-only")

    __setitem__ = _read_only
    __delitem__ = _read_only
    __ior__ = _read_only
    clear = _read_only
    pop = _read_only
    popitem = _read_only
    setdefault = _read_only
    update = _read_only

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (dict(self),))

    def __copy__(self) -> FrozenDict:
        return self

    def __deepcopy__(self, memo: dict[int, Any]) -> FrozenDict:
        return self

    def __repr__(self) -> str:
        return f"{type(self).__name__}({dict.__repr__(self)})"


def freeze(value: Any) -> Any:
    """The immutable form of a JSON-like value: dicts become FrozenDict, lists and tuples tuples (both
    recursively), numpy arrays and scalars plain Python values; anything else is returned as it is."""
    if isinstance(value, FrozenDict):
        return value
    if isinstance(value, Mapping):
        return FrozenDict(value)
    if isinstance(value, (list, tuple)):
        return tuple(freeze(v) for v in value)
    if isinstance(value, np.ndarray):
        return freeze(value.tolist())
    if isinstance(value, np.generic):
        return value.item()
    return value


def thaw(value: Any) -> Any:
    """Plain JSON containers again: mappings become dicts and tuples lists (recursively, in order)."""
    if isinstance(value, Mapping):
        return {k: thaw(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [thaw(v) for v in value]
    return value


EMPTY: FrozenDict = FrozenDict()
