"""Scenario files are data (issue 10): whatever a file holds, load refuses it naming the field, or gives a
scenario that plans and saves. Each test reproduces a case that crashed, hung or was silently accepted."""

import json
import os
import stat
import threading
import time

import pytest

import engine
from engine import ScenarioError
from tests.engine.builders import doc

LAW = {"name": "ours", "E": 1.8, "A": 400.0, "B": 2000.0, "alpha": 0.33, "beta": 0.36}




def write(tmp_path, text, name="case.scaleplan.json"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    return path


def refused(tmp_path, text):
    with pytest.raises(ScenarioError) as err:
        engine.load(write(tmp_path, text))
    return err.value


# -- numbers beyond float range ------------------------------------------------------------------------
def test_integers_beyond_float_range_are_refused_naming_the_field(tmp_path):
    err = refused(tmp_path, json.dumps(doc()).replace('"count": 1024', '"count": 1' + "0" * 400))
    assert err.path.endswith("cluster.count") and err.code == "number.not_finite"
    err = refused(tmp_path, json.dumps(doc(law=LAW)).replace('"A": 400.0', '"A": 1' + "0" * 400))
    assert err.path.endswith("law.A") and err.code == "law.not_finite"
    assert len(str(err)) < 200  # not the 401 digits


@pytest.mark.parametrize("literal", ["NaN", "Infinity", "-Infinity", "1e999"])
def test_nan_and_infinity_are_refused_naming_the_field(tmp_path, literal):
    """Before: 'case.scaleplan.json: is not valid JSON: NaN is not allowed' — the file, not the field."""
    text = json.dumps(doc()).replace('"mfu": 0.4', f'"mfu": {literal}')
    err = refused(tmp_path, text)
    assert str(err).startswith(f"case.scaleplan.json: cluster.mfu: {literal} is not allowed")
    assert err.code == "json.not_finite" and err.values["value"] == literal
    err = refused(tmp_path, json.dumps(doc(law={**LAW, "samples": [[1.8, 400, 2000, 0.33, 0.36]] * 2})).replace(
        "0.36]]", f"{literal}]]"))
    assert err.path.endswith("law.samples[1][4]")


def test_nan_in_an_extension_is_refused(tmp_path):
    """Before: loaded, and every save then raised ValueError (NaN cannot be written as JSON)."""
    err = refused(tmp_path, json.dumps({**doc(), "x-gui": {"zoom": float("nan")}}))
    assert err.path.endswith("x-gui.zoom") and err.code == "json.not_finite"


# -- text ---------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("where", ["name", "notes", "law.name", "law.source", "x-gui", "key"])
def test_lone_surrogates_are_refused_at_load(tmp_path, where):
    """Before: "\\ud800" loaded, then `plan --json`, every save and every autosave raised UnicodeEncodeError."""
    d = doc(law=dict(LAW))
    if where == "key":
        d["x-\ud800"] = 1
    elif where.startswith("law."):
        d["law"][where[4:]] = "a\ud800"
    elif where == "x-gui":
        d["x-gui"] = ["ok", "b\udfff"]
    else:
        d[where] = "a\ud800"
    err = refused(tmp_path, json.dumps(d))
    assert err.code == "text.not_unicode" and "U+D" in str(err)
    expected = {"key": "x-\\ud800", "x-gui": "x-gui[1]"}.get(where, where)
    assert err.path == f"case.scaleplan.json: {expected}"
    with pytest.raises(ScenarioError, match="lone surrogate"):  # typed in the window: refused by validate
        engine.default_scenario().with_changes("name", "x\udc00").validated()


def test_the_name_length_is_the_length_written(tmp_path):
    """Before: "a" + 10,000,000 spaces passed the 200-character limit (checked after strip())."""
    err = refused(tmp_path, json.dumps(doc(name="a" + " " * 10_000_000)))
    assert err.path.endswith("name") and err.code == "text.length" and err.values["length"] == 10_000_001
    assert engine.loads(json.dumps(doc(name=" a "))).name == " a "  # kept as written
    with pytest.raises(ScenarioError, match="name: has 3 characters"):
        engine.loads(json.dumps(doc(name="   ")))


def test_duplicate_keys_are_refused_naming_the_key(tmp_path):
    """Before: silently accepted (the last value won)."""
    err = refused(tmp_path, json.dumps(doc()).replace('"mfu": 0.4', '"mfu": 0.4, "mfu": 0.9'))
    assert str(err).startswith("case.scaleplan.json: cluster.mfu: is given more than once")
    assert err.code == "json.duplicate_key"
    err = refused(tmp_path, '{"format": "scaleplan-scenario", "version": 1, "name": "a", "name": "b"}')
    assert err.path.endswith(": name")


# -- what load reads ------------------------------------------------------------------------------------------
def test_a_fifo_is_refused_at_once(tmp_path):
    """Before: opening a named pipe waited for a writer forever (a hang on start-up with it as last file)."""
    fifo = tmp_path / "pipe.scaleplan.json"
    os.mkfifo(fifo)
    result = {}

    def load():
        try:
            engine.load(fifo)
        except ScenarioError as exc:
            result["err"] = exc

    t = threading.Thread(target=load, daemon=True)
    t0 = time.perf_counter()
    t.start()
    t.join(5)
    if t.is_alive():  # unblock the reader so the test run can end
        fd = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
        os.close(fd)
        t.join(5)
        pytest.fail("engine.load blocked on a FIFO")
    assert time.perf_counter() - t0 < 1
    assert result["err"].code == "file.not_regular" and "pipe" in str(result["err"])


def test_dev_zero_is_refused_without_reading():
    """Before: /dev/zero has size 0 for stat, so it passed the size check and was read without end."""
    t0 = time.perf_counter()
    with pytest.raises(ScenarioError) as err:
        engine.load("/dev/zero")
    assert err.value.code == "file.not_regular" and time.perf_counter() - t0 < 1


def test_a_folder_is_refused(tmp_path):
    with pytest.raises(ScenarioError) as err:
        engine.load(tmp_path)
    assert err.value.code == "file.is_folder"


def test_read_bounded_reads_at_most_the_limit(tmp_path, monkeypatch):
    from engine.files import read_bounded

    path = tmp_path / "big.json"
    path.write_bytes(b"x" * 1000)
    assert read_bounded(path, 1000) == b"x" * 1000
    with pytest.raises(OSError, match="1,000 bytes"):
        read_bounded(path, 999)
    monkeypatch.setattr(engine.scenario, "MAX_FILE_BYTES", 999)
    with pytest.raises(ScenarioError) as err:
        engine.load(path)
    assert err.value.code == "file.too_large" and err.value.values["size"] == 1000


def test_a_symlink_to_a_scenario_loads(tmp_path):
    real = tmp_path / "real.scaleplan.json"
    engine.save(engine.default_scenario(), real)
    link = tmp_path / "link.scaleplan.json"
    link.symlink_to(real)
    assert engine.load(link) == engine.default_scenario()


# -- saving -----------------------------------------------------------------------------------------------
def test_save_uses_the_safe_writer(tmp_path):
    """Saves keep a symlink a link and an existing file's mode (engine.files), unlike the old writer."""
    real = tmp_path / "shared" / "plan.scaleplan.json"
    real.parent.mkdir()
    engine.save(engine.default_scenario(), real)
    real.chmod(0o664)
    link = tmp_path / "plan.scaleplan.json"
    link.symlink_to(real)
    engine.save(engine.default_scenario().with_changes("name", "changed"), link)
    assert link.is_symlink() and engine.load(real).name == "changed"
    assert stat.S_IMODE(real.stat().st_mode) == 0o664
