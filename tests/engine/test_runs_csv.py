"""CSV files of runs and the fit (issue 10): limits, line-numbered messages, the exports people really make,
and a fitter whose memory is linear in the runs. Each test reproduces a case that crashed, hung, ran out
of memory or printed a meaningless law with exit 0."""

import itertools
import json
import os
import threading
import time
import tracemalloc
from pathlib import Path

import numpy as np
import pytest

import engine.fit as fitmod
from engine import ScenarioError
from engine.fit import Runs, bootstrap, fit, read_runs_csv
from gui import cli

#: Eight noisy runs (seed 110 of a 5 % noise sweep): math.exp overflowed in fit() before.
NOISY_8 = """params,tokens,loss
7.261e+08,1.91e+09,3.142
1.01e+08,3.978e+08,3.938
1.373e+07,5.709e+09,4.218
7.787e+07,2.049e+09,3.357
1.345e+07,3.903e+09,3.811
1.906e+08,1.244e+09,3.211
2.537e+08,9.136e+08,3.144
4.858e+08,1.484e+09,3.3
"""


def runs_rows(k=6):
    n = 1e8 * 2.0 ** np.arange(k)
    d = 20 * n * 1.3 ** np.arange(k)[::-1]
    return n, d, 1.8 + 480 / n**0.35 + 2100 / d**0.37


def write(tmp_path, text, name="runs.csv", encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding) if isinstance(text, str) else text)
    return str(path)


def plain_csv(k=6):
    n, d, loss = runs_rows(k)
    return "params,tokens,loss\n" + "".join(f"{a:.6g},{b:.6g},{c:.6g}\n" for a, b, c in zip(n, d, loss, strict=True))


def refused(path, columns=None):
    with pytest.raises(ScenarioError) as err:
        read_runs_csv(path, columns)
    return err.value


def run_cli(*argv):
    import contextlib
    import io

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.main(list(map(str, argv)))
    return code, out.getvalue(), err.getvalue()


# -- limits -----------------------------------------------------------------------------------------------
def test_a_million_rows_are_refused_at_once(tmp_path):
    """Before: read entirely, then fitted with starts × runs arrays — MemoryError after 14 s."""
    row = "1.0e8,2.0e9,3.1\n"
    path = write(tmp_path, "params,tokens,loss\n" + row * 1_000_000)
    t0 = time.perf_counter()
    err = refused(path)
    assert err.code == "csv.too_many_rows" and "more than 10,000 runs" in str(err)
    assert time.perf_counter() - t0 < 5


def test_a_file_over_the_size_limit_is_refused_before_reading(tmp_path, monkeypatch):
    monkeypatch.setattr(fitmod, "MAX_CSV_BYTES", 100)
    err = refused(write(tmp_path, plain_csv()))
    assert err.code == "csv.too_large" and err.values["size"] > 100


@pytest.mark.slow  # ~15 s: the screen of 10,000 runs
def test_the_fitters_memory_is_linear_in_the_runs():
    """Before: every array was 5,076 starts × runs (10,000 runs: 400 MB each, 5.6 GB at the peak). The
    screen of 10,000 runs now peaks at a few hundred MB (batches of BATCH_ELEMENTS numbers)."""
    rng = np.random.default_rng(0)
    k = 10_000
    n, d = 10 ** rng.uniform(7, 10, k), 10 ** rng.uniform(8.5, 12, k)
    runs = Runs(n, d, 1.8 + 480 / n**0.35 + 2100 / d**0.37)
    tracemalloc.start()
    try:
        fit(runs, screen_iter=1, keep=2, max_iter=2)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 600e6, f"{peak / 1e6:.0f} MB"


def isoflop_runs(noise=0.01, seed=3):
    """5 budgets × 4 sizes, tokens from C = 6ND (a design that determines the law)."""
    c = np.logspace(18, 21, 4)
    n = (np.sqrt(c / 120)[:, None] * np.logspace(-0.6, 0.6, 5)[None, :]).ravel()
    d = np.repeat(c, 5) / (6 * n)
    loss = (1.8 + 480 / n**0.35 + 2100 / d**0.37) * np.exp(noise * np.random.default_rng(seed).standard_normal(n.size))
    return Runs(n, d, loss)


def test_batching_changes_no_result(monkeypatch):
    """The batches are independent starts (and resamples): cut small, the fit and the bootstrap are the same."""
    runs = isoflop_runs()
    whole = bootstrap(runs, fit(runs), 40, seed=2)
    monkeypatch.setattr(fitmod, "BATCH_ELEMENTS", 20 * 7)  # 7 starts or resamples per batch
    cut = bootstrap(runs, fit(runs), 40, seed=2)
    assert cut.params() == whole.params() and cut.objective == whole.objective
    assert np.array_equal(cut.samples, whole.samples)


def test_fit_reports_progress_and_can_be_cancelled():
    runs = isoflop_runs()
    seen = []
    fit(runs, progress=lambda f: seen.append(f) or True)
    assert seen and seen[-1] == 1.0 and all(0 <= a <= b <= 1 for a, b in itertools.pairwise(seen))
    with pytest.raises(InterruptedError):
        fit(runs, progress=lambda f: False)


# -- messages with their line ----------------------------------------------------------------------------
def test_a_huge_field_names_its_line(tmp_path):
    """Before: csv.Error 'field larger than field limit (131072)' with no line — exit 1, a crash dialog."""
    text = plain_csv().replace("\n", ",notes\n", 1)
    lines = text.splitlines()
    lines[3] += "," + "x" * 200_000
    err = refused(write(tmp_path, "\n".join(lines) + "\n"))
    assert err.code == "csv.malformed" and err.path.endswith("runs.csv:4") and "field limit" in str(err)
    assert len(str(err)) < 300


def test_a_stray_quote_names_its_line(tmp_path):
    """Before: the quote swallowed the rest of the file into one cell, shown whole in the message."""
    lines = plain_csv(8).splitlines()
    lines[2] = lines[2].replace(",", ',"', 1)
    err = refused(write(tmp_path, "\n".join(lines) + "\n"))
    assert err.code == "csv.unclosed_quote" and err.path.endswith("runs.csv:3")
    assert "to line 9" in str(err) and len(str(err)) < 300


def test_a_nul_byte_names_its_line(tmp_path):
    lines = plain_csv().splitlines()
    lines[4] = lines[4] + "\x00"
    err = refused(write(tmp_path, "\n".join(lines) + "\n"))
    assert err.code == "csv.not_a_number" and err.path.endswith("runs.csv:5") and "\\x00" in str(err)


@pytest.mark.parametrize("cell, code, needle", [
    ("1e-320", "csv.tokens_out_of_range", "tokens for"),   # before: 'All-NaN slice' from the fitter
    ("1e40", "csv.tokens_out_of_range", "outside 1 to 1 × 10¹⁸"),
])
def test_a_flop_cell_giving_no_meaningful_tokens_names_its_line(tmp_path, cell, code, needle):
    n, d, loss = runs_rows()
    text = "params,flop,loss\n" + "".join(f"{a:.6g},{6 * a * b:.6g},{c:.6g}\n"
                                          for a, b, c in zip(n, d, loss, strict=True))
    lines = text.splitlines()
    lines[3] = lines[3].split(",")[0] + f",{cell}," + lines[3].split(",")[2]
    err = refused(write(tmp_path, "\n".join(lines) + "\n"))
    assert err.code == code and err.path.endswith("runs.csv:4") and needle in str(err)


@pytest.mark.parametrize("column, cell", [("params", "0.5"), ("params", "1e17"), ("tokens", "1e19"),
                                          ("loss", "25"), ("loss", "1e300")])
def test_cells_outside_a_runs_range_name_line_and_column(tmp_path, column, cell):
    lines = plain_csv().splitlines()
    j = ["params", "tokens", "loss"].index(column)
    parts = lines[2].split(",")
    parts[j] = cell
    lines[2] = ",".join(parts)
    err = refused(write(tmp_path, "\n".join(lines) + "\n"))
    assert err.code == "csv.out_of_range" and err.path.endswith("runs.csv:3")
    assert f"column '{column}' is {cell}" in str(err)


# -- data that cannot determine a law ---------------------------------------------------------------------------
def test_identical_runs_are_refused_naming_the_data(tmp_path):
    """Before: 50 identical runs printed α = −0.031 with exit 0 (and --into said 'law.alpha: out of range')."""
    path = write(tmp_path, "params,tokens,loss\n" + "1e8,2e9,3.1\n" * 50)
    code, out, err = run_cli("fit", path, "--json")
    assert code == 2 and out == "" and "law.alpha" not in err
    assert "runs.csv: every run has the same number of parameters" in err


def test_a_noisy_handful_is_fitted_or_refused_by_name(tmp_path):
    """Before: OverflowError in math.exp (exit 1, a crash dialog in the window)."""
    code, out, err = run_cli("fit", write(tmp_path, NOISY_8), "--json")
    assert code in (0, 2) and "Traceback" not in err and "unexpected" not in err
    if code == 0:
        json.loads(out, parse_constant=lambda c: pytest.fail(f"{c} in JSON"))
    else:
        assert err.startswith("scaleplan: ") and "runs.csv" in err


def test_extreme_rows_never_give_infinity_in_json(tmp_path):
    """Before: rows of 1e-200 parameters were read and fitted to A = inf, printed as Infinity (not JSON)."""
    n, d, loss = runs_rows(8)
    n[:4] = 1e-200
    text = "params,tokens,loss\n" + "".join(f"{a:.6g},{b:.6g},{c:.6g}\n" for a, b, c in zip(n, d, loss, strict=True))
    code, _out, err = run_cli("fit", write(tmp_path, text), "--json")
    assert code == 2 and "runs.csv:2: column 'params' is 1e-200, outside 1 to 1e+16" in err


# -- what is read ------------------------------------------------------------------------------------------------
def test_a_fifo_is_refused_at_once(tmp_path):
    """Before: open() on a named pipe waited for a writer forever (the fit dialog hung)."""
    fifo = tmp_path / "runs.csv"
    os.mkfifo(fifo)
    result = {}

    def read():
        try:
            read_runs_csv(str(fifo))
        except ScenarioError as exc:
            result["err"] = exc

    t = threading.Thread(target=read, daemon=True)
    t.start()
    t.join(5)
    if t.is_alive():
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        t.join(5)
        pytest.fail("read_runs_csv blocked on a FIFO")
    assert result["err"].code == "csv.not_regular"


def test_dev_zero_and_a_folder_are_refused_without_reading(tmp_path):
    """Before: /dev/zero was read without end."""
    t0 = time.perf_counter()
    assert refused("/dev/zero").code == "csv.not_regular"
    assert refused(str(tmp_path)).code == "csv.not_regular"
    assert time.perf_counter() - t0 < 1


def _same_runs(a, b):
    return (np.allclose(a.n_params, b.n_params) and np.allclose(a.n_tokens, b.n_tokens)
            and np.allclose(a.loss, b.loss))


@pytest.mark.parametrize("variant", ["semicolon decimal comma", "semicolon", "excel unicode text (utf-16, tabs)",
                                     "utf-16 big endian", "utf-16 without bom", "sep line", "sep=; with decimal comma",
                                     "utf-8 bom crlf", "windows-1252 header", "tabs"])
def test_the_exports_people_make_are_read(tmp_path, variant):
    """Before: every one of these was refused ('missing column(s)' or 'cannot be read ... utf-8')."""
    n, d, loss = runs_rows()
    plain = read_runs_csv(write(tmp_path, plain_csv(), "plain.csv"))

    def table(sep, comma=False, header=("params", "tokens", "loss")):
        rows = [sep.join(header)] + [sep.join(f"{v:.6g}" for v in r) for r in zip(n, d, loss, strict=True)]
        text = "\n".join(rows) + "\n"
        return text.replace(".", ",") if comma else text

    data = {
        "semicolon decimal comma": table(";", comma=True).encode(),
        "semicolon": table(";").encode(),
        "excel unicode text (utf-16, tabs)": table("\t").replace("\n", "\r\n").encode("utf-16"),
        "utf-16 big endian": b"\xfe\xff" + table(",").encode("utf-16-be"),
        "utf-16 without bom": table(",").encode("utf-16-le"),
        "sep line": ("sep=,\n" + table(",")).encode(),
        "sep=; with decimal comma": ("sep=;\n" + table(";", comma=True)).encode(),
        "utf-8 bom crlf": b"\xef\xbb\xbf" + table(",").replace("\n", "\r\n").encode(),
        "windows-1252 header": table(";", header=("Modellgröße", "Tokens", "Verlust")).encode("cp1252"),
        "tabs": table("\t").encode(),
    }[variant]
    columns = ({"n_params": "Modellgröße", "n_tokens": "Tokens", "loss": "Verlust"}
               if variant == "windows-1252 header" else None)
    runs = read_runs_csv(write(tmp_path, data), columns)
    assert _same_runs(runs, plain)
    if variant.startswith("sep"):
        assert runs.lines[0] == 3  # the sep line counts: messages name the line a spreadsheet shows


def test_a_comma_file_with_a_quoted_comma_number_is_refused(tmp_path):
    """In a comma-separated file "1,500" may be a thousands separator: refused, not guessed."""
    lines = plain_csv().splitlines()
    lines[2] = '"1,500",' + ",".join(lines[2].split(",")[1:])
    err = refused(write(tmp_path, "\n".join(lines) + "\n"))
    assert err.code == "csv.not_a_number" and "'1,500'" in str(err)


# -- the bootstrap a law can carry ------------------------------------------------------------------------------
def test_fit_bootstrap_is_capped_at_what_a_law_carries(tmp_path):
    """Before: --bootstrap 100000 --into wrote a 100,000-row law (4.3 s per edit in the window)."""
    code, _out, err = run_cli("fit", write(tmp_path, plain_csv()), "--bootstrap", 100_000)
    assert code == 2 and "--bootstrap: 100000 is out of range (allowed: 0 (none) or 2 to 10,000)" in err


def test_law_dict_keeps_at_most_10000_samples():
    result = fit(isoflop_runs())
    from dataclasses import replace

    many = replace(result, samples=np.tile(np.array(list(result.params().values())), (12_000, 1)))
    assert len(many.law_dict("x")["samples"]) == 10_000


def test_reading_is_bounded_for_the_cli_too(tmp_path):
    code, _out, err = run_cli("fit", "/dev/zero")
    assert code == 2 and "/dev/zero: is a folder, device, pipe or socket, not a file" in err


def test_runs_know_where_they_came_from(tmp_path):
    runs = read_runs_csv(write(tmp_path, plain_csv()))
    assert runs.source.endswith("runs.csv") and Path(runs.source).name == "runs.csv"
    assert runs.drop_top(1).source == runs.source
