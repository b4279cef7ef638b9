"""Scenarios for tests, built as a file would hold them: the default scenario's sections with changes."""

import json
from typing import Any

import engine
from engine.scenario import from_dict, to_dict


def doc(**sections: Any) -> dict[str, Any]:
    """The default scenario as a file's dict, each named section updated (``law`` replaced whole)."""
    d = to_dict(engine.default_scenario())
    for section, changes in sections.items():
        if isinstance(d.get(section), dict) and section != "law":
            d[section].update(changes)
        else:
            d[section] = changes
    return d


def scenario(**sections: Any) -> engine.Scenario:
    """The same, loaded (validated) as a file would be."""
    return from_dict(json.loads(json.dumps(doc(**sections))))
