"""The README's field table is the schema's (engine/fields.py), not a copy that drifts."""

from pathlib import Path

from engine.fields import markdown_table

README = Path(__file__).resolve().parents[2] / "README.md"


def test_readme_field_table_is_current():
    text = README.read_text(encoding="utf-8")
    shown = text.split("<!-- field-table:start -->\n", 1)[1].split("\n<!-- field-table:end -->", 1)[0]
    assert shown.strip() == markdown_table().strip(), "run `python3 scripts/field_table.py` into README.md"
