"""Print the Markdown table of every scenario field — path, label, unit, allowed values, objectives — from the
one declaration in engine/fields.py (the README includes it).

    .venv/bin/python scripts/field_table.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    if str(ROOT) not in sys.path:  # run from a checkout without installing it
        sys.path.insert(0, str(ROOT))
    from engine.fields import markdown_table

    sys.stdout.write(markdown_table())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
