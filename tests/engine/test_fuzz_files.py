"""Fuzzed scenario files: whatever the bytes, load() returns a Scenario or raises ScenarioError — nothing else.

2,000 structured mutations of a valid file (wrong types, out-of-range numbers, missing and extra keys,
nested junk) plus 500 raw byte strings. Every scenario that loads must also plan without any exception
other than ScenarioError, and give finite numbers.
"""

import json
import math

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import engine
from engine import ScenarioError
from engine.scenario import to_dict

BASE = to_dict(engine.default_scenario())
PATHS = [(section, key) for section, body in BASE.items() if isinstance(body, dict) for key in body]
PATHS += [(key, None) for key in BASE]

json_scalars = st.one_of(
    st.none(), st.booleans(), st.integers(min_value=-10**30, max_value=10**30),
    st.floats(allow_nan=False, allow_infinity=False), st.floats(min_value=-1e3, max_value=1e3),
    st.sampled_from([0, 1, -1, 0.5, 1e-300, 1e300, 1e25, 1e13, 700, 1024, 30]),
    st.text(max_size=20), st.sampled_from(["h100-sxm", "custom", "epoch-2024", "target_loss", "fixed_run",
                                           "fixed_params", "kaplan-2020", "muennighoff-2023", "JPY"]),
)
json_values = st.recursive(json_scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)), max_leaves=8)

mutation = st.tuples(st.sampled_from(["set", "delete", "add"]), st.sampled_from(PATHS), json_values,
                     st.text(max_size=10))


def apply(doc, mutations):
    doc = json.loads(json.dumps(doc))
    for op, (section, key), value, new_key in mutations:
        target = doc if key is None else doc.get(section)
        name = section if key is None else key
        if not isinstance(target, dict):
            continue
        if op == "set":
            target[name] = value
        elif op == "delete":
            target.pop(name, None)
        else:
            target[new_key] = value
    return doc


def check_loads_or_refuses(text, tmp_path):
    path = tmp_path / "fuzz.scaleplan.json"
    path.write_text(text, encoding="utf-8", errors="surrogatepass") if isinstance(text, str) else path.write_bytes(text)
    try:
        s = engine.load(path)
    except ScenarioError as exc:
        assert str(exc)  # a message, never empty
        return
    try:
        p = engine.plan(s)
    except ScenarioError:
        return
    for key, value in p.to_dict().items():
        if isinstance(value, float):
            assert math.isfinite(value), (key, value)
    json.dumps(p.to_dict(), allow_nan=False)


@settings(max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                    HealthCheck.too_slow])
@given(st.lists(mutation, min_size=1, max_size=4))
def test_structured_mutations(tmp_path, mutations):
    check_loads_or_refuses(json.dumps(apply(BASE, mutations), allow_nan=True), tmp_path)


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.one_of(st.binary(max_size=200),
                 st.builds(lambda cut: json.dumps(BASE)[:cut], st.integers(0, 600))))
def test_raw_bytes_and_truncations(tmp_path, blob):
    check_loads_or_refuses(blob.encode() if isinstance(blob, str) else blob, tmp_path)
