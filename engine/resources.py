"""Locate the files under resources/, from a source checkout, an editable install or a frozen bundle."""

from __future__ import annotations

import json
import os
import sys
from functools import cache, lru_cache
from pathlib import Path
from typing import Any


@lru_cache(maxsize=1)
def resources_dir() -> Path:
    """The resources/ folder: $SCALEPLAN_RESOURCES, the PyInstaller bundle, or the repository root."""
    candidates: list[Path] = []
    env = os.environ.get("SCALEPLAN_RESOURCES")
    if env:
        candidates.append(Path(env))
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(Path(bundle) / "resources")
    candidates.append(Path(__file__).resolve().parent.parent / "resources")
    for path in candidates:
        if (path / "laws.json").is_file():
            return path
    raise FileNotFoundError(
        "ScalePlan's resources folder was not found; looked in: " + ", ".join(str(p) for p in candidates)
    )


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


@cache
def load_json_resource(name: str) -> Any:
    with resource_path(name).open(encoding="utf-8") as fh:
        return json.load(fh)
