"""How every document reaches the disk: all of it through the one safe writer, or nothing.

A document (PDF, slides, PNG, SVG, CSV) is made complete first — in memory, where nothing can fail
half-way unnoticed — and then written with :func:`engine.files.atomic_output` through the descriptor it
created (``out.file``), never by reopening a name. A write that fails (a full disk, a file-size limit, a
temporary file swapped by someone else) raises :class:`OSError` naming the file the user asked for; the
temporary file is removed and the old file is untouched, so the caller never reports "wrote …" for a
file that was not written.

Why not hand Qt the descriptor (a ``QFile`` opened on it, given to ``QPdfWriter`` or ``QImage.save``)?
Qt does not report such failures dependably: on a full disk ``QPainter.end()`` returns True, and an
unbuffered ``QFile`` reports ``NoError`` after its writes failed (a later, partial write clears the
error); a buffered one reports ``WriteError`` with "Unknown error". Python's file object raises on the
first failed write, with the reason.
"""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Iterator
from pathlib import Path

from engine.files import AtomicFile, atomic_output


@contextlib.contextmanager
def document_output(path: str | os.PathLike[str]) -> Iterator[AtomicFile]:
    """:func:`engine.files.atomic_output` whose failures name ``path`` (not the hidden temporary file):
    write the document to ``out.file``."""
    target = Path(path)
    try:
        with atomic_output(target) as out:
            yield out
    except OSError as exc:
        if exc.errno is None:
            raise OSError(errno.EIO, str(exc), str(target)) from exc
        raise OSError(exc.errno, exc.strerror, str(target)) from exc  # the subclass follows the errno


def write_document(path: str | os.PathLike[str], data: bytes) -> Path:
    """``data`` as the whole content of ``path``, or ``path`` unchanged and an OSError."""
    with document_output(path) as out:
        out.file.write(data)
    return Path(path)


def failed(path: str | os.PathLike[str], what: str) -> OSError:
    """The error for a document Qt could not make (nothing has been written then)."""
    return OSError(errno.EIO, what, str(path))
