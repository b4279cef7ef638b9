"""The one safe writer: all or nothing, links and modes kept, short temporary names, leftovers cleaned."""

import os
import stat
import subprocess
import time
import uuid

import pytest

from engine.files import STALE_TEMP_S, TEMP_PREFIX, atomic_output, atomic_write_bytes, remove_stale_temps


def _temps(folder):
    return [p for p in folder.iterdir() if p.name.startswith(TEMP_PREFIX)]


def test_new_file_honours_the_umask(tmp_path):
    old = os.umask(0o022)
    try:
        atomic_write_bytes(tmp_path / "a.json", b"{}")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "a.json").stat().st_mode) == 0o644  # mkstemp's 0600 before


def test_replacing_keeps_mode_and_group(tmp_path):
    target = tmp_path / "shared.json"
    target.write_bytes(b"old")
    target.chmod(0o664)
    gid = os.getgid()
    atomic_write_bytes(target, b"new")
    info = target.stat()
    assert target.read_bytes() == b"new" and stat.S_IMODE(info.st_mode) == 0o664 and info.st_gid == gid


def test_symlink_stays_a_link_and_its_target_gets_the_content(tmp_path):
    real = tmp_path / "real" / "plan.json"
    real.parent.mkdir()
    real.write_bytes(b"old")
    link = tmp_path / "plan.json"
    link.symlink_to(real)
    atomic_write_bytes(link, b"new")
    assert link.is_symlink() and real.read_bytes() == b"new"
    assert not _temps(tmp_path) and not _temps(real.parent)


def test_hard_linked_file_keeps_its_links(tmp_path):
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    a.write_bytes(b"old")
    os.link(a, b)
    atomic_write_bytes(a, b"new content")
    assert b.read_bytes() == b"new content" and a.stat().st_ino == b.stat().st_ino
    assert not _temps(tmp_path)


@pytest.mark.parametrize("name", ["a" * 240 + ".scaleplan.json", "日本語の計画" * 12 + "あいう" + ".scaleplan.json"])
def test_names_up_to_the_file_system_limit(tmp_path, name):
    assert len(name.encode()) <= 255
    atomic_write_bytes(tmp_path / name, b"x")
    assert (tmp_path / name).read_bytes() == b"x"


def test_an_error_leaves_the_old_file_and_no_temporary(tmp_path):
    target = tmp_path / "r.pdf"
    target.write_bytes(b"good old report")
    with pytest.raises(RuntimeError), atomic_output(target) as out:
        out.file.write(b"half a rep")
        raise RuntimeError("the writer failed")
    assert target.read_bytes() == b"good old report" and not _temps(tmp_path)


def test_leftovers_of_killed_writes_are_removed_on_the_next_write(tmp_path):
    stale = tmp_path / f"{TEMP_PREFIX}deadbeef.tmp"
    fresh = tmp_path / f"{TEMP_PREFIX}0badf00d.tmp"  # another write in progress: kept
    mine = tmp_path / ".~spXXXX-notours.tmp"
    for p in (stale, fresh, mine):
        p.write_bytes(b"partial")
    old = time.time() - STALE_TEMP_S - 10
    os.utime(stale, (old, old))
    os.utime(mine, (old, old))
    atomic_write_bytes(tmp_path / "plan.json", b"{}")
    assert not stale.exists() and fresh.exists() and mine.exists()
    assert remove_stale_temps(tmp_path, older_than_s=-1) == 1  # only names of our exact shape


def test_writes_go_through_the_descriptor_not_the_name(tmp_path):
    """A symlink swapped in at the temporary name (in a shared folder) can neither redirect the write nor
    be renamed into place: the write is refused and nothing is touched."""
    victim = tmp_path / "victim"
    victim.write_bytes(b"precious")
    target = tmp_path / "out.json"
    with pytest.raises(PermissionError, match="replaced by someone else"), atomic_output(target) as out:
        out.temp.unlink()
        out.temp.symlink_to(victim)  # the swap
        out.file.write(b"data")
    assert victim.read_bytes() == b"precious" and not target.exists() and not target.is_symlink()


@pytest.fixture
def tiny_disk(tmp_path):
    mount = tmp_path / "tiny"
    mount.mkdir()
    r = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mount)], capture_output=True)
    if r.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here ({r.stderr.decode().strip() or 'not root'}); "
                    "the disk-full case is checked where the machine allows it")
    yield mount
    subprocess.run(["umount", str(mount)], check=False)


def test_disk_full_keeps_the_old_file(tiny_disk):
    target = tiny_disk / "report.pdf"
    target.write_bytes(b"good old report " * 100)
    with pytest.raises(OSError), atomic_output(target) as out:
        for _ in range(100):
            out.file.write(uuid.uuid4().bytes * 1000)  # 1.6 MB on a 64 kB disk
    assert target.read_bytes() == b"good old report " * 100
    assert not _temps(tiny_disk)
