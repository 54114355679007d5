"""Output files written whole, with the permissions the user's umask gives.

A file is written to a temporary file beside it (or in a given folder on the
same file system), given mode ``0o666 & ~umask`` (``tempfile.mkstemp`` makes
``0o600``), then renamed over the target, so a reader or a crash never sees
half a file.  This module does not decide what is written or where.
"""
from __future__ import annotations

import contextlib
import functools
import os
from collections.abc import Iterator
from pathlib import Path


@functools.cache
def _umask_by_setting() -> int:
    mask = os.umask(0o022)  # the only portable way to read it is to set it
    os.umask(mask)
    return mask


def umask() -> int:
    """This process's umask: read from ``/proc/self/status`` where it is there, else
    read once by setting and restoring it."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    return _umask_by_setting()


def file_mode() -> int:
    """The mode a new file gets from ``open()``: ``0o666`` less the umask (``0o644`` under 022)."""
    return 0o666 & ~umask()


@contextlib.contextmanager
def atomic_path(target: str | os.PathLike, tmp_dir: str | os.PathLike | None = None) -> Iterator[Path]:
    """A temporary path to write; it replaces ``target`` when the block ends without error.

    ``tmp_dir`` (default: ``target``'s folder) must be on the same file system.
    """
    import tempfile

    target = Path(target)
    fd, tmp = tempfile.mkstemp(dir=tmp_dir or target.parent, prefix=".part-")
    os.close(fd)
    try:
        yield Path(tmp)
        os.chmod(tmp, file_mode())
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
