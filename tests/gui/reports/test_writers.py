"""Every document ScalePlan writes (PDF, slides, PNG, SVG, CSV) goes through the one safe writer and
writes through the descriptor it created: a full disk or a failing writer leaves the old file and no
temporary, a killed write never leaves half a file, links and modes are kept, a swapped-in symlink
cannot redirect the write, long names work and leftovers of killed writes are cleaned up."""

from __future__ import annotations

import contextlib
import csv
import os
import random
import resource
import shutil
import signal
import stat
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import engine
from engine.files import STALE_TEMP_S, TEMP_PREFIX

SCALEPLAN = Path(sys.executable).parent / "scaleplan"
EXAMPLES = Path(__file__).resolve().parents[3] / "resources" / "examples"
FORMATS = ("pdf", "pptx", "png", "svg", "csv")
OLD = b"good old bytes that must survive\n"


# --- helpers -------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def loss_plot(qapp):
    """The report's loss plot (its PNG, SVG and CSV are each over 64 kB: larger than the tiny disk)."""
    from gui.reports.render import plots_for_document

    plots = plots_for_document(engine.plan(engine.default_scenario()))
    yield plots[0]
    for plot in plots:
        plot.close()
        plot.deleteLater()


@pytest.fixture
def write(loss_plot):
    """write(fmt, path): the format's writer, as the window's Export and `scaleplan report` call it."""
    from gui.reports.figures import export_csv, export_png, export_svg
    from gui.reports.pdf import write_pdf
    from gui.reports.slides import write_pptx

    scenario = engine.default_scenario()
    writers = {"pdf": lambda p: write_pdf([scenario], p), "pptx": lambda p: write_pptx([scenario], p),
               "png": lambda p: export_png(loss_plot, p), "svg": lambda p: export_svg(loss_plot, p),
               "csv": lambda p: export_csv(loss_plot, p)}
    return lambda fmt, path: writers[fmt](path)


def assert_complete(fmt: str, path: Path) -> None:
    """The file at ``path`` is a whole document of its format."""
    if fmt == "pdf":
        data = path.read_bytes()
        assert data.startswith(b"%PDF") and data.rstrip().endswith(b"%%EOF"), f"{path}: no %%EOF trailer"
        info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True)
        assert info.returncode == 0 and "Pages:" in info.stdout, info.stderr
    elif fmt == "pptx":
        from pptx import Presentation

        assert len(Presentation(str(path)).slides) >= 1
    elif fmt == "png":
        from PySide6.QtGui import QImage

        assert not QImage(str(path)).isNull()
    elif fmt == "svg":
        ET.parse(path)
    else:
        with open(path, newline="", encoding="utf-8") as fh:
            assert next(csv.reader(fh))[0] == "series"


def others(folder: Path, *expected: Path) -> list[str]:
    """Names in ``folder`` besides ``expected``: temporaries left behind."""
    keep = {p.name for p in expected}
    return sorted(p.name for p in folder.iterdir() if p.name not in keep)


@contextlib.contextmanager
def umask(mask: int):
    old = os.umask(mask)
    try:
        yield
    finally:
        os.umask(old)


@pytest.fixture
def small_disk(tmp_path):
    """small_disk(size): a tmpfs of that size (skipped, with the reason, where mounting is not allowed)."""
    mounts = []

    def mount(size: str = "64k") -> Path:
        folder = tmp_path / f"disk{len(mounts)}"
        folder.mkdir()
        r = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)], capture_output=True)
        if r.returncode != 0:
            pytest.skip(f"cannot mount a small tmpfs here ({r.stderr.decode().strip() or 'not root'}); "
                        "the disk-full case is checked where the machine allows it")
        mounts.append(folder)
        return folder

    yield mount
    for folder in mounts:
        subprocess.run(["umount", str(folder)], check=False)


@pytest.fixture
def tiny_disk(small_disk):
    """A 64 kB tmpfs: every document is larger."""
    return small_disk("64k")


def fill(disk: Path, leave: int = 16 * 1024) -> Path:
    """Fill ``disk`` up to about ``leave`` free bytes (a writer then gets part of its file out, then ENOSPC)."""
    filler = disk / "filler"
    free = shutil.disk_usage(disk).free
    if free > leave:
        filler.write_bytes(b"\0" * (free - leave))
    return filler


# --- a full disk ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("fmt", FORMATS)
def test_disk_full_keeps_the_old_file_and_leaves_no_temporary(tiny_disk, write, fmt):
    target = tiny_disk / f"plan.{fmt}"
    target.write_bytes(OLD)
    filler = fill(tiny_disk)
    with pytest.raises(OSError):
        write(fmt, target)
    assert target.read_bytes() == OLD
    assert others(tiny_disk, target, filler) == []


def test_disk_full_keeps_an_old_hard_linked_file(small_disk, write, tmp_path):
    """The new PDF fits once (the temporary file) but not twice (the copy into the linked file)."""
    size = write("pdf", tmp_path / "sized.pdf").stat().st_size
    disk = small_disk(f"{(3 * size) // 1024 + 64}k")
    a, b = disk / "a.pdf", disk / "b.pdf"
    a.write_bytes(OLD)
    os.link(a, b)
    filler = fill(disk, leave=size + size // 2)
    with pytest.raises(OSError):
        write("pdf", a)
    assert b.read_bytes() == OLD and a.stat().st_ino == b.stat().st_ino
    assert others(disk, a, b, filler) == []


def run(*args, **kwargs):
    env = dict(os.environ)
    env.pop("QT_QPA_PLATFORM", None)  # the command must not need a display
    return subprocess.run([str(SCALEPLAN), *map(str, args)], capture_output=True, text=True, env=env,
                          timeout=180, **kwargs)


def test_disk_full_report_pdf_fails_clearly_and_keeps_the_old_pdf(tiny_disk):
    """`scaleplan report --pdf` on a full disk: a non-zero exit, a message naming the file and the reason,
    no "wrote …", and the old PDF untouched (before: exit 0, "wrote … (2 pages)", a truncated PDF)."""
    target = tiny_disk / "report.pdf"
    target.write_bytes(OLD)
    filler = fill(tiny_disk)
    r = run("report", EXAMPLES / "default.scaleplan.json", EXAMPLES / "llama-3.1-405b-replica.scaleplan.json",
            "--pdf", target)
    assert r.returncode != 0, r.stderr
    assert "wrote" not in r.stderr and "Traceback" not in r.stderr
    assert "report.pdf" in r.stderr and "No space left on device" in r.stderr, r.stderr
    assert target.read_bytes() == OLD
    assert others(tiny_disk, target, filler) == []


def _file_size_limit(limit: int):
    def limit_file_size() -> None:  # in the child: a write past ``limit`` bytes fails with EFBIG
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return limit_file_size


@pytest.mark.parametrize("option, name", [("--pdf", "report.pdf"), ("--pptx", "slides.pptx")])
def test_a_failing_write_fails_the_report_command_without_root(tmp_path, option, name):
    """The same without a small disk (any machine): a file-size limit makes the writes fail part-way."""
    target = tmp_path / name
    target.write_bytes(OLD)
    r = run("report", EXAMPLES / "default.scaleplan.json", option, target, preexec_fn=_file_size_limit(20_000))
    assert r.returncode != 0 and "wrote" not in r.stderr and "Traceback" not in r.stderr, r.stderr
    assert name in r.stderr, r.stderr
    assert target.read_bytes() == OLD
    assert others(tmp_path, target) == []


def test_a_painter_that_fails_to_finish_is_not_a_report(tmp_path, qapp, monkeypatch):
    """QPainter.end() reporting failure (what a PDF device that could not write does) raises OSError; the
    old PDF stays."""
    from PySide6.QtGui import QPainter

    from gui.reports.pdf import write_pdf

    target = tmp_path / "r.pdf"
    target.write_bytes(OLD)
    real_end = QPainter.end
    monkeypatch.setattr(QPainter, "end", lambda self: real_end(self) and False)
    with pytest.raises(OSError, match=r"r\.pdf"):
        write_pdf([engine.default_scenario()], target)
    assert target.read_bytes() == OLD and others(tmp_path, target) == []


# --- links, modes, names -------------------------------------------------------------------------------

@pytest.mark.parametrize("fmt", FORMATS)
def test_a_symlinked_target_stays_a_link(tmp_path, write, fmt):
    real = tmp_path / "shared" / f"plan.{fmt}"
    real.parent.mkdir()
    real.write_bytes(OLD)
    link = tmp_path / f"plan.{fmt}"
    link.symlink_to(real)
    write(fmt, link)
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert_complete(fmt, real)
    assert others(tmp_path, link, real.parent) == [] and others(real.parent, real) == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_hard_linked_target_keeps_its_links(tmp_path, write, fmt):
    a, b = tmp_path / f"a.{fmt}", tmp_path / f"b.{fmt}"
    a.write_bytes(OLD)
    os.link(a, b)
    write(fmt, a)
    assert a.stat().st_ino == b.stat().st_ino and b.read_bytes() == a.read_bytes() != OLD
    assert_complete(fmt, b)
    assert others(tmp_path, a, b) == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_modes_an_existing_file_keeps_its_own_a_new_one_follows_the_umask(tmp_path, write, fmt):
    old = tmp_path / f"old.{fmt}"
    old.write_bytes(OLD)
    old.chmod(0o644)
    new = tmp_path / f"new.{fmt}"
    with umask(0o022):
        write(fmt, old)
    with umask(0o027):
        write(fmt, new)
    assert stat.S_IMODE(old.stat().st_mode) == 0o644  # 0600 before
    assert stat.S_IMODE(new.stat().st_mode) == 0o640
    assert_complete(fmt, old)
    assert_complete(fmt, new)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_name_at_the_file_system_limit(tmp_path, write, fmt):
    target = tmp_path / ("r" * (254 - len(fmt)) + "." + fmt)
    assert len(target.name.encode()) == 255
    write(fmt, target)
    assert_complete(fmt, target)
    assert others(tmp_path, target) == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_symlink_swapped_in_for_the_temporary_cannot_redirect_the_write(tmp_path, write, fmt, monkeypatch):
    """Someone in a shared folder replaces the temporary file by a symlink to a file of theirs (or ours)
    while the document is written: that file is untouched, the write is refused, the old target stays."""
    import gui.reports.output as module

    real_atomic_output = module.atomic_output
    victim = tmp_path / "victim"
    victim.write_bytes(b"precious")

    @contextlib.contextmanager
    def swapped(path):
        with real_atomic_output(path) as out:
            out.temp.unlink()
            out.temp.symlink_to(victim)
            yield out

    monkeypatch.setattr(module, "atomic_output", swapped)
    target = tmp_path / f"plan.{fmt}"
    target.write_bytes(OLD)
    with pytest.raises(OSError):
        write(fmt, target)
    assert victim.read_bytes() == b"precious"
    assert target.read_bytes() == OLD and not target.is_symlink()
    assert others(tmp_path, target, victim) == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_leftovers_of_killed_writes_are_cleaned_up_by_the_next_write(tmp_path, write, fmt):
    stale = tmp_path / f"{TEMP_PREFIX}deadbeef.tmp"
    stale.write_bytes(b"half a document")
    aged = time.time() - STALE_TEMP_S - 60
    os.utime(stale, (aged, aged))
    target = tmp_path / f"plan.{fmt}"
    write(fmt, target)
    assert not stale.exists()
    assert others(tmp_path, target) == []


# --- kill -9 while writing -----------------------------------------------------------------------------

def _temporaries(folder: Path) -> list[Path]:
    return [p for p in folder.iterdir() if p.name.startswith(TEMP_PREFIX)]


@pytest.mark.slow
def test_kill_during_report_never_leaves_half_a_document(tmp_path):
    """`scaleplan report --pdf --pptx` killed (SIGKILL) at 40 random moments, seeded: a third at any
    moment of the run, the rest within 3 ms of a temporary file appearing (the document is complete in
    memory by then, so that is its write: data, fsync, rename). The targets are always either the old
    bytes or a complete new document; what the kills leave behind are temporaries of the writer's own
    short names, which the next write removes once they are stale."""
    rng = random.Random(20240610)
    scenario = EXAMPLES / "llama-3.1-405b-replica.scaleplan.json"
    pdf, pptx = tmp_path / "plan.pdf", tmp_path / "plan.pptx"
    env = dict(os.environ)
    env.pop("QT_QPA_PLATFORM", None)
    args = [str(SCALEPLAN), "report", str(scenario), "--pdf", str(pdf), "--pptx", str(pptx)]
    started = time.monotonic()
    assert subprocess.run(args, env=env, capture_output=True, timeout=180).returncode == 0
    full_run = time.monotonic() - started
    old = {pdf: pdf.read_bytes(), pptx: pptx.read_bytes()}
    kills = replaced = in_write = 0
    for i in range(40):
        before = set(_temporaries(tmp_path))
        proc = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        begun = time.monotonic()
        if i % 3 == 0:
            time.sleep(rng.uniform(0.0, full_run))
        else:  # wait for a new temporary file (busy: the write takes milliseconds), then kill
            while (proc.poll() is None and not set(_temporaries(tmp_path)) - before
                   and time.monotonic() - begun < 120):
                pass
            time.sleep(rng.uniform(0.0, 0.003))
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            kills += 1
        proc.wait(timeout=60)
        for target, fmt in ((pdf, "pdf"), (pptx, "pptx")):
            assert target.exists(), f"kill {i}: {target.name} is gone"
            if target.read_bytes() != old[target]:
                assert_complete(fmt, target)
                old[target] = target.read_bytes()
                replaced += 1
        leftovers = [p.name for p in tmp_path.iterdir() if p not in (pdf, pptx)]
        assert all(n.startswith(TEMP_PREFIX) and n.endswith(".tmp") for n in leftovers), leftovers
        in_write += len(set(_temporaries(tmp_path)) - before)
    print(f"{kills} kills, {in_write} while a document was being written, {replaced} targets replaced")
    assert kills >= 30, f"only {kills} of 40 runs were killed before they finished"
    # what the kills left is removed by the next write once stale (a real write takes seconds, not an hour)
    aged = time.time() - STALE_TEMP_S - 60
    for temp in _temporaries(tmp_path):
        os.utime(temp, (aged, aged))
    assert subprocess.run(args, env=env, capture_output=True, timeout=180).returncode == 0
    assert _temporaries(tmp_path) == []
    assert_complete("pdf", pdf)
    assert_complete("pptx", pptx)
