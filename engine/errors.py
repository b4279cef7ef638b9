"""Errors the engine raises at its boundary.

Everything a user can get wrong (a field out of range, a malformed file, a target the law cannot reach)
becomes a :class:`ScenarioError` that names *where* the problem is and *what is allowed*. No other
exception type is meant to escape ``engine.load`` / ``engine.plan`` for bad input.
"""

from __future__ import annotations


class ScenarioError(ValueError):
    """Bad input: names the field path (``cluster.mfu``) or the file, and what is allowed."""

    def __init__(self, path: str, message: str, allowed: str | None = None) -> None:
        self.path = path
        self.message = message
        self.allowed = allowed
        text = f"{path}: {message}" if path else message
        if allowed:
            text += f" (allowed: {allowed})"
        super().__init__(text)
