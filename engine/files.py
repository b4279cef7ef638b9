"""One safe way to write a file the user owns (scenarios, PDFs, slides, spreadsheets, plot exports), and one
bounded way to read one (:func:`read_bounded`: regular files only, at most a limit, never a wait).

:func:`atomic_output` yields an open binary file on a temporary file beside the target; when the block
ends without error the data is flushed and fsynced, the temporary file gets the mode the target should
have, and it replaces the target (then the folder is fsynced, so the rename survives a power cut). On any
error — a full disk, a writer that reports failure, an exception — the temporary file is removed and the
old file is untouched. What it keeps:

- a **symlink** stays a link: the file it points to is replaced, beside itself;
- a **hard-linked** file (more than one name) keeps its links: the new content is copied into it once it
  is complete on disk (that last copy is not atomic; a rename would split the links);
- an existing file's **mode and group**; a new file gets ``0o666`` minus the user's umask, like any program's
  (``mkstemp``'s 0600 made saved files unreadable to colleagues on a shared drive);
- **short temporary names** (``.~sp`` + 8 random characters + ``.tmp``): a target name of up to the
  file system's limit works;
- temporary files that a killed process left behind (older than :data:`STALE_TEMP_S`) are removed on the
  next write into that folder.

Writers write through the descriptor this creates (``out.file``, ``out.fileno()``), never by reopening a
path name, so a symlink swapped in by someone else in a shared folder cannot redirect the write.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
import time
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

TEMP_PREFIX = ".~sp"
TEMP_SUFFIX = ".tmp"
#: a temporary file this old is a leftover of a killed write: a real write takes well under a second here
#: (a 50 MB scenario, the largest allowed, about one), and even a slow network share is far below this
STALE_TEMP_S = 600.0


class AtomicFile:
    """What :func:`atomic_output` yields: the open temporary file and where it will go."""

    def __init__(self, target: Path, temp: Path, file: BinaryIO) -> None:
        #: the path the user named
        self.target = target
        #: the file that will be replaced (the symlink's target, resolved)
        self.real_target = target
        self.temp = temp
        self.file = file

    def fileno(self) -> int:
        return self.file.fileno()

    def write(self, data: bytes) -> int:
        return self.file.write(data)


def _umask() -> int:
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)  # elsewhere: read it by setting it (and put it back at once)
    os.umask(mask)
    return mask


def _real_target(path: Path) -> Path:
    """The file a write to ``path`` must replace: symlinks followed (a dangling link: its target)."""
    if path.is_symlink():
        return Path(os.path.realpath(path))
    return path


def remove_stale_temps(folder: Path, older_than_s: float = STALE_TEMP_S) -> int:
    """Remove temporary files of killed writes in ``folder``; returns how many were removed."""
    removed = 0
    now = time.time()
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return 0
    for entry in entries:
        name = entry.name
        if not (name.startswith(TEMP_PREFIX) and name.endswith(TEMP_SUFFIX)
                and len(name) == len(TEMP_PREFIX) + 8 + len(TEMP_SUFFIX)):
            continue
        try:
            info = entry.stat(follow_symlinks=False)
            if stat.S_ISREG(info.st_mode) and now - info.st_mtime > older_than_s:
                os.unlink(entry.path)
                removed += 1
        except OSError:
            continue
    return removed


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


@contextlib.contextmanager
def atomic_output(path: str | os.PathLike[str]) -> Iterator[AtomicFile]:
    """Write ``path`` all at once or not at all (see the module's notes). Yields an :class:`AtomicFile`;
    write to ``out.file`` (binary) or through ``out.fileno()``. Raises OSError when the data could not
    be written completely — the old file is then untouched."""
    target = Path(path)
    real = _real_target(target)
    folder = real.parent if str(real.parent) else Path(".")
    remove_stale_temps(folder)
    try:
        existing: os.stat_result | None = os.stat(real)
    except FileNotFoundError:
        existing = None
    if existing is not None and not stat.S_ISREG(existing.st_mode):
        raise IsADirectoryError(21, "not a regular file", str(target))
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    for _attempt in range(20):
        temp = folder / f"{TEMP_PREFIX}{secrets.token_hex(4)}{TEMP_SUFFIX}"
        try:
            fd = os.open(temp, flags, 0o600)
            break
        except FileExistsError:
            continue
        except OSError as exc:  # no such folder, no permission: say so of the file the user named
            raise _about(exc, target) from exc
    else:  # pragma: no cover - 20 collisions of 32 random bits
        raise FileExistsError(17, "could not create a temporary file", str(folder))
    file = os.fdopen(fd, "wb")
    out = AtomicFile(target, temp, file)
    out.real_target = real
    try:
        yield out
        file.flush()
        os.fsync(file.fileno())
        mine = os.fstat(file.fileno())
        there = os.stat(temp, follow_symlinks=False)
        if (there.st_dev, there.st_ino) != (mine.st_dev, mine.st_ino):
            raise PermissionError(1, "the temporary file was replaced by someone else; nothing was written",
                                  str(temp))
        if existing is not None:
            mode = stat.S_IMODE(existing.st_mode)
            if hasattr(os, "fchown"):
                with contextlib.suppress(OSError):  # keep the group where the user may set it
                    os.fchown(file.fileno(), -1, existing.st_gid)
        else:
            mode = 0o666 & ~_umask()
        if hasattr(os, "fchmod"):
            os.fchmod(file.fileno(), mode)
        file.close()
        if existing is not None and existing.st_nlink > 1:
            _copy_into(temp, real)  # keep the other names of a hard-linked file
            os.unlink(temp)
        else:
            if os.name != "posix":
                os.chmod(temp, mode)
            os.replace(temp, real)
        _fsync_folder(folder)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            file.close()
        with contextlib.suppress(OSError):
            os.unlink(temp)
        if isinstance(exc, OSError) and exc.filename in (None, str(temp), temp):
            raise _about(exc, target) from exc  # a full disk is reported of the target, not the temporary
        raise


def _about(exc: OSError, target: Path) -> OSError:
    """The same error (same class, errno and reason) reported of the file the user named."""
    return type(exc)(exc.errno, exc.strerror or str(exc), str(target))


def _copy_into(source: Path, target: Path) -> None:
    """Copy a complete, fsynced file over an existing one in place (its inode, links, mode kept). The
    space is reserved first, so a disk too full for the copy fails before a byte of the old file changes."""
    size = os.stat(source).st_size
    with open(source, "rb") as src, open(target, "r+b") as dst:
        if hasattr(os, "posix_fallocate"):
            try:
                os.posix_fallocate(dst.fileno(), 0, max(size, 1))
            except OSError as exc:
                if exc.errno not in (errno.EOPNOTSUPP, errno.EINVAL, errno.ENOSYS):
                    raise
        while chunk := src.read(1 << 20):
            dst.write(chunk)
        dst.truncate()
        dst.flush()
        os.fsync(dst.fileno())


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes) -> None:
    with atomic_output(path) as out:
        out.file.write(data)


def atomic_write_text(path: str | os.PathLike[str], text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))


# --------------------------------------------------------------------------------------------------
# reading: regular files only, never more than a limit
# --------------------------------------------------------------------------------------------------
class NotARegularFileError(OSError):
    """The path names a folder, a named pipe (FIFO), a device or a socket: nothing a user's file can be.
    ``kind`` says which ("folder", "named pipe", "device", "socket")."""

    def __init__(self, path: str, kind: str) -> None:
        super().__init__(f"{path} is a {kind}, not a file")
        self.kind = kind


class FileTooLargeError(OSError):
    """The file holds more than the reader's limit; ``size`` is what was found (at least limit + 1)."""

    def __init__(self, path: str, size: int, limit: int) -> None:
        super().__init__(f"{path} is {size:,} bytes; at most {limit:,} are read")
        self.size = size
        self.limit = limit


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "folder"
    if stat.S_ISFIFO(mode):
        return "named pipe"
    if stat.S_ISSOCK(mode):
        return "socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    return "special file"


def read_bounded(path: str | os.PathLike[str], limit: int) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes (symlinks followed).

    Anything else is refused before it is read: a folder, a FIFO (opening one for reading would wait for
    a writer), a device such as /dev/zero (endless) — :class:`NotARegularFileError`; a file over the limit —
    :class:`FileTooLargeError`. The file is checked with stat before it is opened, opened non-blocking, checked
    again on the descriptor (it may have been swapped meanwhile) and read up to ``limit + 1`` bytes, so no
    file, whatever it claims, makes this read more or wait. Other failures are the OSError of the system
    (FileNotFoundError, PermissionError…)."""
    name = os.fspath(path)
    info = os.stat(name)
    if not stat.S_ISREG(info.st_mode):
        raise NotARegularFileError(name, _kind(info.st_mode))
    if info.st_size > limit:
        raise FileTooLargeError(name, info.st_size, limit)
    flags = (os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
             | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0))
    fd = os.open(name, flags)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise NotARegularFileError(name, _kind(info.st_mode))
        chunks: list[bytes] = []
        total = 0
        while total <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if total > limit:  # it grew since the stat
            raise FileTooLargeError(name, total, limit)
        return b"".join(chunks)
    finally:
        os.close(fd)
