"""Batch conversion of folders and document archives.

    items = discover(["notices/", "2023.zip"])          # what there is to parse
    summary = run_batch(["notices/", "2023.zip"], "out", formats=["csv"], jobs=4)
    for name, result in parse_many(["notices/"], jobs=4): ...

The pieces, in the order a batch runs them:

**Discovery** (:func:`discover`) turns the inputs into :class:`Item` s: files,
directories (walked recursively, hidden entries skipped, files kept when their
name matches one of the glob patterns), and ``.zip`` / ``.tar`` / ``.tar.gz`` /
``.tgz`` (``.tar.bz2``, ``.tar.xz``) archives, whose members are read into memory
and never extracted to disk.  Each item has a *logical name* that is unique in
the batch and is where its outputs go: ``notices/a.txt`` for a file found in the
folder ``notices``, ``2023.zip/通知/a.txt`` for a member of an archive.

Archives are untrusted.  Member names are decoded the way the archiver meant
them (zip names without the UTF-8 flag are CP437-decoded by :mod:`zipfile`;
they are re-encoded and decoded as UTF-8, else GB18030, as Chinese Windows tools
write GBK), and only names that stay inside the archive are used: absolute
names, drive letters and ``..`` components are refused.  Links and special
members are never followed.  The :class:`Limits` bound what one top-level
archive may cost: the size of a member and of all members together
(uncompressed), the compression ratio (zip bombs), the number of members and
how deep archives inside archives are opened.  Every refusal is an item of its
own with status ``error`` (unsafe or over a limit) or ``skipped`` (links,
archives nested too deep) and a one-line reason, so it shows in the manifest.
Outputs are only ever written by the parent process, under OUTDIR, at paths
made from sanitised logical names, and checked to stay inside OUTDIR.

**The work unit** is :func:`process`: a pure, picklable, top-level function of
one item (bytes and a name) that returns an :class:`Outcome`: status, one-line
error, record counts, seconds and the result JSON.  It catches every exception
from parsing, so one bad file never stops the rest.

**Engines** run :func:`process` over the items:

* ``local`` (default): :class:`WorkerPool`, a pool of ``multiprocessing``
  worker processes (``forkserver`` on POSIX, ``spawn`` elsewhere) that the
  parent feeds one task at a time over a pipe.  The parent knows which task
  each worker holds and since when, so it can *kill* a worker whose task runs
  past the timeout (its whole process group, which takes helpers such as
  LibreOffice along), notice a worker that died (segfault, OOM killer, the
  ``RLIMIT_AS`` memory cap set in every worker), record that one task as
  failed and start a fresh worker.  ``concurrent.futures.ProcessPoolExecutor``
  cannot do this: it cannot cancel a running task, and a dead worker breaks
  the whole executor (``BrokenProcessPool``) and every task in flight with it.
  A subprocess per file would isolate as well but pays an interpreter start
  and the imports for every file; the pool pays them once per worker.
  ``forkserver`` rather than ``fork`` because the parent has threads (the
  progress display), and forking a threaded process can copy held locks.
* ``dask``: the same :func:`process` on a ``dask.distributed`` cluster (a
  ``LocalCluster`` when no scheduler address is given).  Dask's nanny restarts
  a worker that crashes or outgrows its memory limit; the task then ends as
  ``KilledWorker`` and is recorded as failed.  A dask worker cannot kill a
  running task, so the timeout runs the parse in a thread and gives up on it:
  the file is recorded as a timeout and the batch goes on, but the thread runs
  on in that worker until the parse ends.

**Outputs** under OUTDIR, written by the parent only, each atomically (a
temporary file in ``OUTDIR/.policyparse/tmp`` then :func:`os.replace`):

* ``json``: one file per input, ``OUTDIR/<logical name with .json>``;
* ``jsonl``: ``results.jsonl``, one line per parsed input;
* ``csv``: ``documents.csv``, ``sections.csv``, ``responsibilities.csv`` (one
  row per unit), ``funding.csv``, ``deadlines.csv``, ``targets.csv`` in UTF-8
  with a BOM, so that Excel and WPS open them as UTF-8;
* ``sqlite``: ``results.sqlite`` with the same tables, keys and indexes.

The combined outputs are assembled at the end of the run, in discovery order,
from one *part* file per input (``OUTDIR/.policyparse/parts``) written as soon
as that input is parsed.  A batch killed at any moment therefore leaves only
whole files, and a run resumed with ``resume=True`` writes exactly what an
uninterrupted run writes.

**The manifest** ``OUTDIR/manifest.jsonl`` gets one line per input as soon as
it is done (the output is written first), and is rewritten at the end of the
run with one line per input in discovery order.  With ``resume=True`` an input
whose name already has an ``ok`` line with the same SHA-256, and whose outputs
exist, is not parsed again.
"""
from __future__ import annotations

import collections
import contextlib
import fnmatch
import hashlib
import io
import json
import os
import re
import stat
import sys
import time
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

from .errors import InputError, PolicyParseError

if TYPE_CHECKING:  # the archive, table and thread modules are imported where they are used
    import zipfile

__all__ = [
    "DEFAULT_GLOBS", "FORMATS", "Limits", "Item", "Outcome", "BatchSummary", "BatchError",
    "BatchItemError", "discover", "process", "WorkerPool", "Batch", "run_batch", "parse_many",
]

DEFAULT_GLOBS: tuple[str, ...] = ("*.txt", "*.docx", "*.pdf", "*.html", "*.htm")
FORMATS: tuple[str, ...] = ("json", "jsonl", "csv", "sqlite")
ENGINES: tuple[str, ...] = ("local", "dask")
DEFAULT_MEMORY_LIMIT_MB = 2048
"""Address space allowed to one local worker (``RLIMIT_AS``)."""

MANIFEST = "manifest.jsonl"
JSONL = "results.jsonl"
SQLITE = "results.sqlite"
STATE_DIR = ".policyparse"

_ARCHIVE_SUFFIXES = {
    ".zip": "zip", ".tar": "tar", ".tar.gz": "tar", ".tgz": "tar", ".tar.bz2": "tar",
    ".tbz2": "tar", ".tar.xz": "tar", ".txz": "tar",
}
_MIB = 1 << 20


class BatchError(PolicyParseError):
    """A batch that cannot run at all: no inputs, OUTDIR not writable, engine missing."""


class BatchItemError(InputError):
    """One input of a batch that failed; ``kind`` is ``error``, ``timeout``, ``crash`` or ``skipped``.

    >>> str(BatchItemError("a.zip/b.txt", "timeout after 5 s", kind="timeout"))
    'a.zip/b.txt: timeout after 5 s'
    """

    def __init__(self, path: str, reason: str, kind: str = "error") -> None:
        super().__init__(path, reason)
        self.kind = kind

    def __reduce__(self):  # keep it picklable with its extra argument
        return (type(self), (self.path, self.reason, self.kind))


@dataclass(frozen=True)
class Limits:
    """What one top-level archive may cost before it is refused (a zip bomb, say).

    Sizes are uncompressed bytes.  The ratio is checked once a member (zip) or
    the archive so far (tar) has produced more than ``ratio_floor`` bytes; tar
    members count whether they are read or skipped, as the stream has to be
    decompressed through them.
    """

    max_member_bytes: int = 100 * _MIB
    max_total_bytes: int = 1024 * _MIB
    max_ratio: float = 100.0
    max_members: int = 50_000
    max_depth: int = 2
    ratio_floor: int = 1 * _MIB


@dataclass(frozen=True)
class Item:
    """One input of a batch.

    ``name`` is the logical, relative, unique name that outputs are placed by;
    ``input`` the file on disk; ``member`` the path inside the archive (nested
    archives joined by ``/``).  ``data`` is set for archive members and loaded
    from ``input`` otherwise.  Items refused during discovery carry their
    ``status`` (``error`` or ``skipped``) and ``reason`` and are never parsed.
    """

    name: str
    input: str
    member: str | None = None
    data: bytes | None = field(default=None, repr=False)
    sha256: str | None = None
    status: str | None = None
    reason: str | None = None

    @property
    def path(self) -> str:
        """How errors and ``source.path`` name it: the file, or ``archive/member``."""
        return f"{self.input}/{self.member}" if self.member else self.input


@dataclass
class Outcome:
    """What became of one item; picklable, one manifest line."""

    name: str
    input: str
    member: str | None
    sha256: str | None
    status: str  # ok | error | skipped
    error: str | None = None
    counts: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    json: str | None = field(default=None, repr=False)   # indented, for the json format
    line: str | None = field(default=None, repr=False)   # one line, for parts and parse_many
    kind: str | None = None  # error | timeout | crash | skipped, when not ok
    resumed: bool = False
    warnings: list[str] = field(default_factory=list)  # the result's: what reading had to repair

    def manifest_entry(self, output: str | None = None) -> dict[str, Any]:
        return {"name": self.name, "input": self.input, "member": self.member, "output": output,
                "sha256": self.sha256, "status": self.status, "error": self.error,
                "counts": self.counts, "warnings": self.warnings, "seconds": round(self.seconds, 4)}


@dataclass
class BatchSummary:
    """Counts of a finished batch; ``failures`` are (name, error) of inputs with status error."""

    outdir: str
    total: int = 0
    ok: int = 0
    error: int = 0
    skipped: int = 0
    resumed: int = 0
    bytes: int = 0
    seconds: float = 0.0
    failures: list[tuple[str, str]] = field(default_factory=list)
    skips: list[tuple[str, str]] = field(default_factory=list)
    outputs: list[str] = field(default_factory=list)
    worker_peak_rss_kb: list[int] = field(default_factory=list)


def _one_line(message: str) -> str:
    return " ".join(str(message).split()) or "unknown error"


def _failed(item: Item, kind: str, reason: str, seconds: float = 0.0,
            status: str = "error") -> Outcome:
    return Outcome(name=item.name, input=item.input, member=item.member, sha256=item.sha256,
                   status=status, error=_one_line(f"{item.path}: {reason}"), seconds=seconds,
                   kind=kind)


# ------------------------------------------------------------------ work unit

def _counts(result) -> dict[str, int]:
    def n_sections(sections) -> int:
        return sum(1 + n_sections(s.children) for s in sections)

    docs = result.documents
    return {
        "documents": len(docs),
        "sections": sum(n_sections(d.sections) for d in docs),
        "responsibilities": sum(len(d.responsibilities) for d in docs),
        "funding": sum(len(d.funding) for d in docs),
        "deadlines": sum(len(d.deadlines) for d in docs),
        "targets": sum(len(d.targets) for d in docs),
    }


def process(item: Item, *, with_text: bool = False, pretty: bool = True,
            line: bool = False) -> Outcome:
    """Parse one item; never raises for a bad file.

    Returns an :class:`Outcome` with status ``ok`` and the result as indented
    JSON (``pretty``) and/or one JSON line (``line``), or status ``error`` and
    the one-line error.  The normalised text is left out unless ``with_text``.
    Top-level and picklable, so that worker processes and dask can run it.
    """
    from .pipeline import parse_bytes

    start = time.perf_counter()
    data = item.data or b""
    sha = item.sha256 or hashlib.sha256(data).hexdigest()
    item = replace(item, sha256=sha)
    try:
        result = parse_bytes(data, item.path)
        exclude = None if with_text else {"text"}
        out = Outcome(name=item.name, input=item.input, member=item.member, sha256=sha,
                      status="ok", counts=_counts(result), warnings=list(result.warnings),
                      json=result.model_dump_json(exclude=exclude, indent=2) if pretty else None,
                      line=result.model_dump_json(exclude=exclude) if line else None)
    except PolicyParseError as exc:
        out = Outcome(name=item.name, input=item.input, member=item.member, sha256=sha,
                      status="error", error=_one_line(str(exc)), kind="error")
    except MemoryError:
        out = _failed(item, "crash", "out of memory")
    except Exception as exc:  # a bug in policyparse: report it, keep the batch going
        out = _failed(item, "error", f"internal error: {type(exc).__name__}: {exc}")
    out.seconds = time.perf_counter() - start
    return out


# ------------------------------------------------------------------ discovery

class _Refused(Exception):
    """A member or archive refused by a safety rule; ``stop`` ends the archive."""

    def __init__(self, reason: str, status: str = "error", stop: bool = False) -> None:
        super().__init__(reason)
        self.reason, self.status, self.stop = reason, status, stop


@dataclass
class _Budget:
    """What one top-level archive (with everything nested in it) has used."""

    limits: Limits
    total: int = 0
    members: int = 0

    def add_member(self) -> None:
        self.members += 1
        if self.members > self.limits.max_members:
            raise _Refused(f"more than {self.limits.max_members} members; rest not read "
                           f"(member count limit)", stop=True)

    def add_bytes(self, n: int) -> None:
        self.total += n
        if self.total > self.limits.max_total_bytes:
            raise _Refused(f"uncompressed size over {_size(self.limits.max_total_bytes)}; rest not "
                           f"read (total size limit, zip bomb?)", stop=True)


def _size(n: float) -> str:
    for unit in ("B", "KiB", "MiB", "GiB"):
        if n < 1024 or unit == "GiB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n} B"


def archive_kind(name: str) -> str | None:
    """``zip`` or ``tar`` for a name with an archive extension, else None."""
    low = name.lower()
    for suffix, kind in _ARCHIVE_SUFFIXES.items():
        if low.endswith(suffix):
            return kind
    return None


def _matches(rel: str, globs: Sequence[str]) -> bool:
    base = rel.rsplit("/", 1)[-1].lower()
    return any(fnmatch.fnmatchcase(rel.lower() if "/" in g else base, g.lower()) for g in globs)


def _hidden(rel: str) -> bool:
    return any(p.startswith(".") or p == "__MACOSX" for p in rel.split("/"))


_DRIVE = re.compile(r"^[A-Za-z]:")


def safe_member_path(name: str) -> str | None:
    """The member name as a relative POSIX path, or None when it could escape.

    >>> safe_member_path("通知\\\\a.txt"), safe_member_path("./a//b.txt")
    ('通知/a.txt', 'a/b.txt')
    >>> [safe_member_path(n) for n in ("../evil.txt", "/abs.txt", "C:/x.txt", "a/../../b")]
    [None, None, None, None]
    """
    n = name.replace("\\", "/")
    if not n or n.startswith("/") or _DRIVE.match(n) or any(ord(c) < 32 for c in n):
        return None
    parts = [p for p in n.split("/") if p not in ("", ".")]
    if not parts or ".." in parts:
        return None
    return "/".join(parts)


def zip_member_name(info: zipfile.ZipInfo) -> str:
    """The member's name as its archiver meant it.

    Names with the UTF-8 flag (0x800) are what :mod:`zipfile` gives.  Others
    were CP437-decoded by :mod:`zipfile`: an Info-ZIP Unicode Path extra field
    (0x7075) wins when its CRC matches; else the raw bytes are decoded as UTF-8
    (tools that omit the flag) and then GB18030 (GBK/CP936 from Chinese Windows).
    """
    if info.flag_bits & 0x800:
        return info.orig_filename
    raw = info.orig_filename.encode("cp437")
    extra = info.extra
    i = 0
    while i + 4 <= len(extra):
        tag, size = int.from_bytes(extra[i:i + 2], "little"), int.from_bytes(extra[i + 2:i + 4], "little")
        body = extra[i + 4:i + 4 + size]
        if tag == 0x7075 and len(body) > 5 and body[0] == 1 \
                and int.from_bytes(body[1:5], "little") == zlib.crc32(raw):
            with contextlib.suppress(UnicodeDecodeError):
                return body[5:].decode("utf-8")
        i += 4 + size
    for encoding in ("utf-8", "gb18030"):
        with contextlib.suppress(UnicodeDecodeError):
            return raw.decode(encoding)
    return info.orig_filename


def _tar_member_name(name: str) -> str:
    # tarfile decodes with utf-8 + surrogateescape: GBK bytes survive as surrogates.
    raw = name.encode("utf-8", "surrogateescape")
    for encoding in ("utf-8", "gb18030"):
        with contextlib.suppress(UnicodeDecodeError):
            return raw.decode(encoding)
    return name


def _read_bounded(f, limit: int, limit_reason: str, compressed: int | None,
                  limits: Limits, stop: bool = False) -> bytes:
    buf = bytearray()
    while True:
        chunk = f.read(_MIB)
        if not chunk:
            return bytes(buf)
        buf += chunk
        if len(buf) > limit:
            raise _Refused(limit_reason, stop=stop)
        if compressed is not None and len(buf) > limits.ratio_floor \
                and len(buf) / max(compressed, 1) > limits.max_ratio:
            raise _Refused(f"compression ratio over {limits.max_ratio:g}:1 (zip bomb?)")


class _Discovery:
    def __init__(self, globs: Sequence[str], limits: Limits, exclude: Path | None) -> None:
        self.globs = tuple(globs)
        self.limits = limits
        self.exclude = exclude.resolve() if exclude else None
        self.items: list[Item] = []

    # An archive-level or member-level refusal.
    def refuse(self, name: str, input: str, member: str | None, reason: str,
               status: str = "error") -> None:
        self.items.append(Item(name=name, input=input, member=member, status=status,
                               reason=_one_line(reason)))

    def add_path(self, arg: str) -> None:
        p = Path(arg)
        if p.is_dir():
            base = p.resolve().name or "root"
            self.walk(p, base)
        elif p.is_file():
            name = p.name
            if archive_kind(name):
                self.archive(name, arg, None, None, depth=1, budget=_Budget(self.limits))
            else:
                self.items.append(Item(name=name, input=arg))
        elif p.exists():
            self.refuse(p.name or arg, arg, None, "not a regular file", "skipped")
        else:
            self.refuse(p.name or arg, arg, None, "no such file or directory")

    def walk(self, top: Path, base: str) -> None:
        for dirpath, dirnames, filenames in os.walk(top, followlinks=False):
            here = Path(dirpath)
            dirnames[:] = sorted(d for d in dirnames if not d.startswith(".")
                                 and (self.exclude is None or (here / d).resolve() != self.exclude))
            for fname in sorted(filenames):
                if fname.startswith("."):
                    continue
                path = here / fname
                rel = path.relative_to(top).as_posix()
                name = f"{base}/{rel}"
                if not path.is_file():
                    continue
                if archive_kind(fname):
                    self.archive(name, str(path), None, None, depth=1, budget=_Budget(self.limits))
                elif _matches(rel, self.globs):
                    self.items.append(Item(name=name, input=str(path)))

    def archive(self, name: str, input: str, member: str | None, data: bytes | None,
                depth: int, budget: _Budget) -> None:
        """Add the members of the archive ``name`` (on disk when ``data`` is None)."""
        import tarfile
        import zipfile

        kind = archive_kind(name)
        try:
            if kind == "zip":
                self.zip(name, input, member, data, depth, budget)
            else:
                self.tar(name, input, member, data, depth, budget)
        except _Refused as exc:
            self.refuse(name, input, member, exc.reason, exc.status)
        except (zipfile.BadZipFile, tarfile.TarError, EOFError, OSError, zlib.error) as exc:
            detail = _one_line(str(exc)) if str(exc) else type(exc).__name__
            self.refuse(name, input, member, f"cannot read {kind} archive ({detail})")

    def member(self, arch_name: str, input: str, arch_member: str | None, rel: str,
               data: bytes, depth: int, budget: _Budget) -> None:
        name = f"{arch_name}/{rel}"
        member = f"{arch_member}/{rel}" if arch_member else rel
        if archive_kind(rel):
            if depth >= self.limits.max_depth:
                self.refuse(name, input, member, f"archive nested more than {self.limits.max_depth} "
                            f"levels deep; not opened (depth limit)", "skipped")
            else:
                self.archive(name, input, member, data, depth + 1, budget)
        else:
            self.items.append(Item(name=name, input=input, member=member, data=data))

    def wanted(self, rel: str) -> bool:
        return not _hidden(rel) and (bool(archive_kind(rel)) or _matches(rel, self.globs))

    def zip(self, arch: str, input: str, arch_member: str | None, data: bytes | None,
            depth: int, budget: _Budget) -> None:
        import zipfile

        lim = self.limits
        with zipfile.ZipFile(io.BytesIO(data) if data is not None else input) as zf:
            infos = zf.infolist()
            if budget.members + len(infos) > lim.max_members:
                raise _Refused(f"{len(infos)} members, over the limit of {lim.max_members} "
                               f"(member count limit)")
            for info in infos:
                raw = zip_member_name(info)
                if info.is_dir() or raw.endswith(("/", "\\")):
                    continue
                budget.add_member()
                rel = safe_member_path(raw)
                shown = f"{arch_member}/{raw}" if arch_member else raw
                if rel is None:
                    self.refuse(f"{arch}/{raw}", input, shown,
                                f"unsafe member name {raw!r} (absolute or '..'); refused")
                    continue
                mode = info.external_attr >> 16
                if info.create_system == 3 and stat.S_ISLNK(mode):
                    self.refuse(f"{arch}/{rel}", input, shown, "symbolic link member; not followed", "skipped")
                    continue
                if not self.wanted(rel):
                    continue
                where = (f"{arch}/{rel}", input, f"{arch_member}/{rel}" if arch_member else rel)
                if info.flag_bits & 0x1:
                    self.refuse(*where, "encrypted member; decrypt the archive first")
                    continue
                if info.file_size > lim.max_member_bytes:
                    self.refuse(*where, f"member of {_size(info.file_size)} over the limit of "
                                f"{_size(lim.max_member_bytes)} (member size limit)")
                    continue
                if info.file_size > lim.ratio_floor and info.file_size / max(info.compress_size, 1) > lim.max_ratio:
                    self.refuse(*where, f"compression ratio {info.file_size / max(info.compress_size, 1):.0f}:1 "
                                f"over {lim.max_ratio:g}:1 (zip bomb?)")
                    continue
                remaining = lim.max_total_bytes - budget.total
                try:
                    with zf.open(info) as f:
                        if remaining < lim.max_member_bytes:
                            body = _read_bounded(f, remaining, f"uncompressed size over "
                                                 f"{_size(lim.max_total_bytes)} (total size limit, zip bomb?)",
                                                 info.compress_size, lim, stop=True)
                        else:
                            body = _read_bounded(f, lim.max_member_bytes, f"member over "
                                                 f"{_size(lim.max_member_bytes)} (member size limit)",
                                                 info.compress_size, lim)
                    budget.add_bytes(len(body))
                except _Refused as exc:
                    self.refuse(*where, exc.reason)
                    if exc.stop:
                        raise _Refused("archive not read to the end: " + exc.reason) from None
                    continue
                except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as exc:
                    self.refuse(*where, f"corrupt member ({_one_line(str(exc))})")
                    continue
                except NotImplementedError as exc:
                    self.refuse(*where, f"unsupported zip member ({_one_line(str(exc))})")
                    continue
                self.member(arch, input, arch_member, rel, body, depth, budget)

    def tar(self, arch: str, input: str, arch_member: str | None, data: bytes | None,
            depth: int, budget: _Budget) -> None:
        import tarfile

        lim = self.limits
        compressed = len(data) if data is not None else os.path.getsize(input)
        fileobj = io.BytesIO(data) if data is not None else None
        seen = 0  # uncompressed bytes this archive streamed through
        with tarfile.open(name=None if fileobj else input, fileobj=fileobj, mode="r:*",
                          encoding="utf-8", errors="surrogateescape") as tf:
            for info in tf:
                if info.isdir():
                    continue
                budget.add_member()
                seen += max(info.size, 0)
                if seen > lim.ratio_floor and seen / max(compressed, 1) > lim.max_ratio:
                    raise _Refused(f"compression ratio over {lim.max_ratio:g}:1; rest not read (zip bomb?)")
                raw = _tar_member_name(info.name)
                rel = safe_member_path(raw)
                shown = f"{arch_member}/{raw}" if arch_member else raw
                if rel is None:
                    self.refuse(f"{arch}/{raw}", input, shown,
                                f"unsafe member name {raw!r} (absolute or '..'); refused")
                    budget.add_bytes(max(info.size, 0))
                    continue
                where = (f"{arch}/{rel}", input, f"{arch_member}/{rel}" if arch_member else rel)
                if info.issym() or info.islnk():
                    self.refuse(*where, f"link member (to {info.linkname!r}); not followed", "skipped")
                    continue
                if not info.isfile():
                    if self.wanted(rel):
                        self.refuse(*where, "special member (device, fifo); ignored", "skipped")
                    continue
                if not self.wanted(rel):
                    budget.add_bytes(info.size)
                    continue
                if info.size > lim.max_member_bytes:
                    self.refuse(*where, f"member of {_size(info.size)} over the limit of "
                                f"{_size(lim.max_member_bytes)} (member size limit)")
                    budget.add_bytes(info.size)
                    continue
                budget.add_bytes(info.size)
                f = tf.extractfile(info)
                body = f.read() if f is not None else b""
                self.member(arch, input, arch_member, rel, body, depth, budget)


def _dedupe(items: list[Item]) -> list[Item]:
    """Make logical names unique: a second ``a.txt`` becomes ``a~2.txt``."""
    seen: set[str] = set()
    out = []
    for item in items:
        name = item.name
        if name in seen:
            p = PurePosixPath(name)
            k = 2
            while str(p.with_name(f"{p.stem}~{k}{p.suffix}")) in seen:
                k += 1
            name = str(p.with_name(f"{p.stem}~{k}{p.suffix}"))
            item = replace(item, name=name)
        seen.add(name)
        out.append(item)
    return out


def discover(inputs: Iterable[str | os.PathLike | tuple[str, bytes]],
             globs: Sequence[str] | None = None, limits: Limits | None = None,
             exclude: str | os.PathLike | None = None) -> list[Item]:
    """The items of a batch, in a stable order.

    ``inputs`` are paths (files, directories, archives) or ``(name, bytes)``
    pairs.  Directories are walked recursively (hidden entries and ``exclude``
    skipped, files sorted by name) keeping files whose name matches one of
    ``globs`` (``*.txt``; a pattern with ``/`` matches the relative path) and
    every archive.  A file named explicitly is always kept.  Archive members
    are read into memory under ``limits``; refusals are items with a status.
    """
    d = _Discovery(globs or DEFAULT_GLOBS, limits or Limits(), Path(exclude) if exclude else None)
    for arg in inputs:
        if isinstance(arg, tuple):
            name, data = arg
            base = safe_member_path(str(name)) or "input"
            if archive_kind(base):
                d.archive(base, str(name), None, bytes(data), depth=1, budget=_Budget(d.limits))
            else:
                d.items.append(Item(name=base, input=str(name), data=bytes(data)))
        else:
            d.add_path(os.fspath(arg))
    return _dedupe(d.items)


# ------------------------------------------------------------------ local engine

@dataclass
class TaskResult:
    """What a :class:`WorkerPool` made of one task."""

    task: Any
    kind: str  # ok | timeout | crash | raised
    value: Any = None
    message: str | None = None
    seconds: float = 0.0


def _limit_memory(megabytes: int | None) -> None:
    if not megabytes:
        return
    try:
        import resource
    except ImportError:  # Windows
        return
    limit = int(megabytes) * _MIB
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def _peak_rss_kb() -> int:
    try:
        import resource
    except ImportError:
        return 0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss // 1024 if sys.platform == "darwin" else rss


def _worker_main(conn, func: Callable[[Any], Any], memory_limit_mb: int | None) -> None:
    """The loop of one worker process: receive a task, send back what ``func`` made of it."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and kills us
    if hasattr(os, "setpgid"):
        with contextlib.suppress(OSError):
            os.setpgid(0, 0)  # our own group: a timeout kill takes helper processes along
    _limit_memory(memory_limit_mb)
    conn.send(("ready", os.getpid()))
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            conn.send(("bye", _peak_rss_kb()))
            return
        try:
            msg = ("done", func(task))
        except BaseException as exc:  # noqa: BLE001 - reported to the parent, which goes on
            msg = ("raised", _one_line(f"{type(exc).__name__}: {exc}"))
        del task
        try:
            conn.send(msg)
        except Exception as exc:  # e.g. an unpicklable value
            conn.send(("raised", _one_line(f"cannot send the result back: {type(exc).__name__}: {exc}")))


def _mp_context():
    import multiprocessing as mp

    if "forkserver" in mp.get_all_start_methods():
        ctx = mp.get_context("forkserver")
        ctx.set_forkserver_preload(["policyparse.batch", "policyparse.pipeline"])
        return ctx
    return mp.get_context("spawn")


def _describe_exit(code: int | None) -> str:
    if code is None:
        return "worker process vanished"
    if code < 0:
        import signal

        try:
            name = signal.Signals(-code).name
        except ValueError:
            name = f"signal {-code}"
        hint = " (out of memory?)" if name == "SIGKILL" else ""
        return f"worker process killed by {name}{hint}"
    return f"worker process exited with status {code}"


class _Worker:
    def __init__(self, ctx, func, memory_limit_mb) -> None:
        self.conn, child = ctx.Pipe(duplex=True)
        self.proc = ctx.Process(target=_worker_main, args=(child, func, memory_limit_mb),
                                daemon=True, name="policyparse-worker")
        self.proc.start()
        child.close()
        self.ready = False
        self.task: Any = None
        self.started = 0.0

    def send(self, task) -> None:
        self.task = task
        self.started = time.monotonic()
        self.conn.send(task)

    def kill(self) -> None:
        pid = self.proc.pid
        if pid and hasattr(os, "killpg"):
            with contextlib.suppress(OSError):
                if os.getpgid(pid) == pid:
                    os.killpg(pid, 9)
        with contextlib.suppress(Exception):
            self.proc.kill()
        self.proc.join(5)
        with contextlib.suppress(Exception):
            self.conn.close()

    def stop(self) -> int | None:
        """Ask an idle worker to exit; its peak RSS in KiB when it answers."""
        rss = None
        with contextlib.suppress(Exception):
            self.conn.send(None)
            if self.conn.poll(5):
                msg = self.conn.recv()
                if msg[0] == "bye":
                    rss = msg[1]
        self.proc.join(2)
        if self.proc.is_alive():
            self.kill()
        with contextlib.suppress(Exception):
            self.conn.close()
        return rss


class WorkerPool:
    """Worker processes that run ``func`` on one task at a time, and can be killed.

    ``imap_unordered(tasks)`` pulls tasks lazily (one per idle worker, so a
    long input stream is never held in memory) and yields a
    :class:`TaskResult` per task as it finishes: ``ok`` with ``func``'s value,
    ``timeout`` (the worker ran past ``timeout`` seconds and was killed),
    ``crash`` (the worker died: a signal, the OOM killer, ``os._exit``) or
    ``raised`` (``func`` raised).  A killed or dead worker is replaced and the
    other tasks go on.  Each worker gets an ``RLIMIT_AS`` of
    ``memory_limit_mb`` (POSIX), so a runaway allocation raises MemoryError in
    that worker instead of bringing down the machine.  ``peak_rss_kb`` lists the
    peak resident memory of every worker that exited normally.
    """

    def __init__(self, func: Callable[[Any], Any], jobs: int | None = None, *,
                 timeout: float | None = None,
                 memory_limit_mb: int | None = DEFAULT_MEMORY_LIMIT_MB) -> None:
        self.func = func
        self.jobs = max(1, jobs or _cpu_count())
        self.timeout = timeout if timeout and timeout > 0 else None
        self.memory_limit_mb = memory_limit_mb
        self.peak_rss_kb: list[int] = []

    def imap_unordered(self, tasks: Iterable[Any]) -> Iterator[TaskResult]:
        from multiprocessing.connection import wait

        ctx = _mp_context()
        source = iter(tasks)
        lookahead: collections.deque[Any] = collections.deque()  # pulled, not yet sent
        exhausted = False
        workers: list[_Worker] = []
        failed_starts = 0

        def pull() -> bool:
            nonlocal exhausted
            if not exhausted:
                try:
                    lookahead.append(next(source))
                    return True
                except StopIteration:
                    exhausted = True
            return False

        try:
            while True:
                # Hand tasks to idle workers, then start workers (up to jobs) for
                # tasks that no starting worker will take: never more than needed.
                for w in list(workers):
                    if w.ready and w.task is None and (lookahead or pull()):
                        task = lookahead.popleft()
                        try:
                            w.send(task)
                        except OSError:  # it died while idle: the task waits for another
                            w.task = None
                            lookahead.appendleft(task)
                            workers.remove(w)
                            w.kill()
                starting = sum(not w.ready for w in workers)
                while len(workers) < self.jobs and (len(lookahead) > starting or pull()):
                    workers.append(_Worker(ctx, self.func, self.memory_limit_mb))
                    starting += 1
                busy = [w for w in workers if w.task is not None]
                if not busy and exhausted and not lookahead:
                    break
                wait_for = None
                if self.timeout:
                    now = time.monotonic()
                    deadlines = [w.started + self.timeout - now for w in busy]
                    wait_for = max(0.0, min(deadlines)) if deadlines else None
                wait([w.conn for w in workers] + [w.proc.sentinel for w in workers], wait_for)
                now = time.monotonic()
                for w in list(workers):
                    msg, dead = None, False
                    try:
                        if w.conn.poll():
                            msg = w.conn.recv()
                    except (EOFError, OSError):
                        dead = True
                    if msg is not None:
                        if msg[0] == "ready":
                            w.ready, failed_starts = True, 0
                        elif msg[0] in ("done", "raised"):
                            task, seconds = w.task, now - w.started
                            w.task = None
                            if msg[0] == "done":
                                yield TaskResult(task, "ok", value=msg[1], seconds=seconds)
                            else:
                                yield TaskResult(task, "raised", message=msg[1], seconds=seconds)
                        continue
                    if dead or not w.proc.is_alive():
                        w.proc.join(1)
                        workers.remove(w)
                        w.kill()
                        if w.task is not None:
                            yield TaskResult(w.task, "crash", message=_describe_exit(w.proc.exitcode),
                                             seconds=now - w.started)
                        elif not w.ready:
                            failed_starts += 1
                            if failed_starts > 3:
                                raise BatchError("cannot start worker processes "
                                                 f"({_describe_exit(w.proc.exitcode)})")
                    elif self.timeout and w.task is not None and now - w.started >= self.timeout:
                        workers.remove(w)
                        w.kill()
                        yield TaskResult(w.task, "timeout", message=f"timeout after {self.timeout:g} s; "
                                         "worker killed", seconds=now - w.started)
        finally:
            for w in workers:
                if w.task is None and w.ready:
                    rss = w.stop()
                    if rss:
                        self.peak_rss_kb.append(rss)
                else:
                    w.kill()


def _cpu_count() -> int:
    if hasattr(os, "sched_getaffinity"):
        with contextlib.suppress(OSError):
            return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


def _local_outcomes(func, items: Iterable[Item], *, jobs, timeout, memory_limit_mb,
                    peaks: list[int]) -> Iterator[Outcome]:
    pool = WorkerPool(func, jobs, timeout=timeout, memory_limit_mb=memory_limit_mb)
    try:
        for r in pool.imap_unordered(items):
            yield _outcome_of(r)
    finally:
        peaks.extend(pool.peak_rss_kb)


def _outcome_of(r: TaskResult) -> Outcome:
    item: Item = r.task
    if r.kind == "ok":
        return r.value
    if r.kind == "raised":
        return _failed(item, "error", f"internal error: {r.message}", r.seconds)
    return _failed(item, r.kind, r.message or r.kind, r.seconds)


# ------------------------------------------------------------------ dask engine

def _dask_run(func, item: Item, timeout: float | None) -> Outcome:
    """Run ``func(item)`` in a dask worker, giving up after ``timeout`` seconds."""
    import threading

    if not timeout:
        return func(item)
    box: dict[str, Outcome] = {}
    start = time.perf_counter()
    thread = threading.Thread(target=lambda: box.setdefault("out", func(item)), daemon=True,
                              name="policyparse-parse")
    thread.start()
    thread.join(timeout)
    if "out" in box:
        return box["out"]
    return _failed(item, "timeout", f"timeout after {timeout:g} s (the parse goes on in its "
                   "dask worker until it ends)", time.perf_counter() - start)


def _dask_outcomes(func, items: Iterable[Item], *, scheduler, jobs, timeout,
                   memory_limit_mb) -> Iterator[Outcome]:
    try:
        from distributed import Client, LocalCluster, as_completed
    except ImportError:
        raise BatchError("the dask engine needs dask.distributed: pip install 'policyparse[dask]'") from None
    import logging

    cluster = None
    try:
        if scheduler:
            client = Client(scheduler, timeout="10s")
        else:
            cluster = LocalCluster(n_workers=max(1, jobs or _cpu_count()), threads_per_worker=1,
                                   processes=True, dashboard_address=None,
                                   memory_limit=f"{memory_limit_mb}MiB" if memory_limit_mb else "auto",
                                   silence_logs=logging.ERROR)
            client = Client(cluster)
    except OSError as exc:
        raise BatchError(f"cannot reach the dask scheduler {scheduler or '(local)'}: {_one_line(str(exc))}") from None
    try:
        window = max(4, 2 * (sum(client.nthreads().values()) or 1))
        source = iter(items)
        pending: dict[str, Item] = {}
        done = as_completed()

        def submit() -> bool:
            item = next(source, None)
            if item is None:
                return False
            fut = client.submit(_dask_run, func, item, timeout, pure=False)
            pending[fut.key] = item
            done.add(fut)
            return True

        for _ in range(window):
            if not submit():
                break
        for fut in done:
            item = pending.pop(fut.key)
            try:
                out = fut.result()
            except Exception as exc:  # KilledWorker, CancelledError, ...
                out = _failed(item, "crash", f"dask task failed: {type(exc).__name__}: {_one_line(str(exc))}")
            fut.release()
            yield out
            submit()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


# ------------------------------------------------------------------ outputs

TABLES: dict[str, list[tuple[str, str]]] = {
    "documents": [
        ("doc_id", "TEXT NOT NULL PRIMARY KEY"), ("name", "TEXT NOT NULL"), ("input", "TEXT NOT NULL"),
        ("member", "TEXT"), ("doc_index", "INTEGER NOT NULL"), ("format", "TEXT"), ("sha256", "TEXT"),
        ("doc_number", "TEXT"), ("title", "TEXT"), ("issuer", "TEXT"), ("issuers", "TEXT"),
        ("recipients", "TEXT"), ("date", "TEXT"), ("printed_by", "TEXT"), ("printed_date", "TEXT"),
        ("cc", "TEXT"), ("publicity", "TEXT"), ("span_start", "INTEGER"), ("span_end", "INTEGER"),
        ("n_sections", "INTEGER"), ("n_responsibilities", "INTEGER"), ("n_funding", "INTEGER"),
        ("n_deadlines", "INTEGER"), ("n_targets", "INTEGER"),
    ],
    "sections": [
        ("doc_id", "TEXT NOT NULL"), ("section_id", "TEXT NOT NULL"), ("parent_id", "TEXT"),
        ("level", "INTEGER"), ("style", "TEXT"), ("number", "INTEGER"), ("marker", "TEXT"),
        ("title", "TEXT"), ("span_start", "INTEGER"), ("span_end", "INTEGER"),
        ("body_start", "INTEGER"), ("body_end", "INTEGER"),
    ],
    "responsibilities": [
        ("doc_id", "TEXT NOT NULL"), ("record_index", "INTEGER NOT NULL"),
        ("unit_index", "INTEGER NOT NULL"), ("section_id", "TEXT"), ("unit", "TEXT"),
        ("unit_normalized", "TEXT"), ("lead", "INTEGER"), ("raw", "TEXT"),
        ("span_start", "INTEGER"), ("span_end", "INTEGER"),
    ],
    "funding": [
        ("doc_id", "TEXT NOT NULL"), ("record_index", "INTEGER NOT NULL"), ("section_id", "TEXT"),
        ("amount", "REAL"), ("amount_max", "REAL"), ("per", "TEXT"), ("comparator", "TEXT"),
        ("period", "TEXT"), ("raw", "TEXT"), ("span_start", "INTEGER"), ("span_end", "INTEGER"),
    ],
    "deadlines": [
        ("doc_id", "TEXT NOT NULL"), ("record_index", "INTEGER NOT NULL"), ("section_id", "TEXT"),
        ("year", "INTEGER"), ("month", "INTEGER"), ("day", "INTEGER"), ("date", "TEXT"),
        ("raw", "TEXT"), ("span_start", "INTEGER"), ("span_end", "INTEGER"),
    ],
    "targets": [
        ("doc_id", "TEXT NOT NULL"), ("record_index", "INTEGER NOT NULL"), ("section_id", "TEXT"),
        ("indicator", "TEXT"), ("comparator", "TEXT"), ("value", "REAL"), ("value_max", "REAL"),
        ("unit", "TEXT"), ("year", "INTEGER"), ("raw", "TEXT"), ("span_start", "INTEGER"),
        ("span_end", "INTEGER"),
    ],
}
"""Columns of the csv files and sqlite tables, with their sqlite types."""

_SQL_KEYS = {
    "documents": [],
    "sections": ["PRIMARY KEY (doc_id, section_id)",
                 "FOREIGN KEY (doc_id) REFERENCES documents(doc_id)",
                 "FOREIGN KEY (doc_id, parent_id) REFERENCES sections(doc_id, section_id)"],
    "responsibilities": ["PRIMARY KEY (doc_id, record_index, unit_index)"],
    "funding": ["PRIMARY KEY (doc_id, record_index)"],
    "deadlines": ["PRIMARY KEY (doc_id, record_index)"],
    "targets": ["PRIMARY KEY (doc_id, record_index)"],
}
for _t in ("responsibilities", "funding", "deadlines", "targets"):
    _SQL_KEYS[_t] += ["FOREIGN KEY (doc_id) REFERENCES documents(doc_id)",
                      "FOREIGN KEY (doc_id, section_id) REFERENCES sections(doc_id, section_id)"]

_SQL_INDEXES = [
    "CREATE INDEX documents_name ON documents(name)",
    "CREATE INDEX documents_issuer ON documents(issuer)",
    "CREATE INDEX documents_date ON documents(date)",
    "CREATE INDEX responsibilities_section ON responsibilities(doc_id, section_id)",
    "CREATE INDEX responsibilities_unit ON responsibilities(unit_normalized)",
    "CREATE INDEX funding_section ON funding(doc_id, section_id)",
    "CREATE INDEX deadlines_section ON deadlines(doc_id, section_id)",
    "CREATE INDEX deadlines_date ON deadlines(date)",
    "CREATE INDEX targets_section ON targets(doc_id, section_id)",
    "CREATE INDEX targets_indicator ON targets(indicator)",
]


def _joined(values) -> str | None:
    return "、".join(values) if values else None


def table_rows(item: Item, result: dict) -> dict[str, list[tuple]]:
    """The rows one parse result (as JSON data) adds to each table."""
    rows: dict[str, list[tuple]] = {t: [] for t in TABLES}
    src = result.get("source") or {}
    for i, doc in enumerate(result.get("documents", []), 1):
        doc_id = f"{item.name}#{i}"
        md = doc.get("metadata") or {}
        n_sections = 0

        def walk(sections, parent):
            nonlocal n_sections
            for s in sections:
                n_sections += 1
                rows["sections"].append((
                    doc_id, s["id"], parent, s["level"], s["style"], s["number"], s["marker"],
                    s["title"], s["span"][0], s["span"][1], s["body_span"][0], s["body_span"][1]))
                walk(s.get("children") or [], s["id"])

        walk(doc.get("sections") or [], None)
        rows["documents"].append((
            doc_id, item.name, item.input, item.member, i, src.get("format"), src.get("sha256"),
            md.get("doc_number"), md.get("title"), md.get("issuer"), _joined(md.get("issuers")),
            _joined(md.get("recipients")), md.get("date"), md.get("printed_by"),
            md.get("printed_date"), _joined(md.get("cc")), md.get("publicity"),
            doc["span"][0], doc["span"][1], n_sections, len(doc.get("responsibilities", [])),
            len(doc.get("funding", [])), len(doc.get("deadlines", [])), len(doc.get("targets", []))))
        for j, r in enumerate(doc.get("responsibilities", []), 1):
            units, norm, lead = r.get("units") or [], r.get("units_normalized") or [], r.get("lead") or []
            for k, unit in enumerate(units or [None], 1 if units else 0):
                rows["responsibilities"].append((
                    doc_id, j, k, r.get("section"), unit,
                    norm[k - 1] if 0 < k <= len(norm) else None, int(unit in lead) if unit else 0,
                    r["raw"], r["span"][0], r["span"][1]))
        for j, r in enumerate(doc.get("funding", []), 1):
            rows["funding"].append((
                doc_id, j, r.get("section"), r.get("amount"), r.get("amount_max"), r.get("per"),
                r.get("comparator"), r.get("period"), r["raw"], r["span"][0], r["span"][1]))
        for j, r in enumerate(doc.get("deadlines", []), 1):
            rows["deadlines"].append((
                doc_id, j, r.get("section"), r.get("year"), r.get("month"), r.get("day"), r.get("date"),
                r["raw"], r["span"][0], r["span"][1]))
        for j, r in enumerate(doc.get("targets", []), 1):
            rows["targets"].append((
                doc_id, j, r.get("section"), r.get("indicator"), r.get("comparator"), r.get("value"),
                r.get("value_max"), r.get("unit"), r.get("year"), r["raw"], r["span"][0], r["span"][1]))
    return rows


class _OutDir:
    """OUTDIR: paths, atomic writes, the lock that keeps a second batch out."""

    def __init__(self, root: str | os.PathLike) -> None:
        self.root = Path(root)
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            self.state = self.root / STATE_DIR
            self.tmp = self.state / "tmp"
            self.parts = self.state / "parts"
            for d in (self.tmp, self.parts):
                d.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise BatchError(f"{root}: cannot create the output directory ({exc.strerror or exc})") from None
        self.real = self.root.resolve()
        self._lock = None

    def lock(self) -> None:
        self._lock = open(self.state / "lock", "a+b")
        try:
            import fcntl
        except ImportError:  # Windows: no lock
            return
        try:
            fcntl.flock(self._lock.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            self._lock.close()
            self._lock = None
            raise BatchError(f"{self.root}: another batch is writing to this directory") from None
        for stale in self.tmp.iterdir():  # left by a killed run
            with contextlib.suppress(OSError):
                stale.unlink()

    def unlock(self) -> None:
        if self._lock is not None:
            self._lock.close()
            self._lock = None

    def inside(self, rel: str) -> Path:
        """``OUTDIR/rel``, refusing anything that would land outside OUTDIR."""
        path = self.root / rel
        real = path.resolve()
        if os.path.commonpath([real, self.real]) != str(self.real):
            raise BatchError(f"{rel}: output path outside {self.root}; refused")
        return path

    @contextlib.contextmanager
    def writing(self, target: Path, mode: str = "w", **kw):
        """Open a temporary file that replaces ``target`` when the block ends without error."""
        import tempfile

        fd, tmp = tempfile.mkstemp(dir=self.tmp, prefix="part-")
        try:
            with open(fd, mode, **kw) as f:
                yield f
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(tmp, target)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise

    def write_text(self, target: Path, text: str) -> None:
        with self.writing(target, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)

    def temp_path(self) -> Path:
        import tempfile

        fd, tmp = tempfile.mkstemp(dir=self.tmp, prefix="db-")
        os.close(fd)
        return Path(tmp)


def json_output_names(items: Sequence[Item]) -> dict[str, str]:
    """Where each item's JSON goes, relative to OUTDIR: ``a.txt`` → ``a.json``,
    or ``a.txt.json`` when two inputs (``a.txt``, ``a.pdf``) would share ``a.json``."""
    def short(name: str) -> str:
        p = PurePosixPath(name)
        return str(p.with_suffix(".json")) if p.suffix else name + ".json"

    shorts = collections.Counter(short(i.name) for i in items)
    names = {i.name for i in items}
    out = {}
    for i in items:
        s = short(i.name)
        out[i.name] = s if shorts[s] == 1 and (s == i.name or s not in names) else i.name + ".json"
    return out


def _ends_with_newline(path: Path) -> bool:
    with open(path, "rb") as f:
        f.seek(0, os.SEEK_END)
        if f.tell() == 0:
            return True
        f.seek(-1, os.SEEK_END)
        return f.read(1) == b"\n"


def read_manifest(path: str | os.PathLike) -> dict[str, dict]:
    """The last entry of each name in a manifest; broken lines (a killed run) are ignored."""
    entries: dict[str, dict] = {}
    try:
        with open(path, encoding="utf-8") as f:
            for line in f:
                try:
                    e = json.loads(line)
                except ValueError:
                    continue
                if isinstance(e, dict) and isinstance(e.get("name"), str):
                    entries[e["name"]] = e
    except FileNotFoundError:
        pass
    return entries


# ------------------------------------------------------------------ the batch

class Batch:
    """One batch run: the items found at construction, outputs written by :meth:`run`.

    >>> b = Batch(["samples/"], "out", formats=["json", "csv"], jobs=2)   # doctest: +SKIP
    >>> len(b.items), b.run().ok                                           # doctest: +SKIP
    """

    def __init__(self, inputs: Iterable[str | os.PathLike | tuple[str, bytes]],
                 outdir: str | os.PathLike, *,
                 formats: Sequence[str] | str = ("json",), jobs: int | None = None,
                 timeout: float | None = None, resume: bool = False,
                 globs: Sequence[str] | None = None, limits: Limits | None = None,
                 engine: str = "local", scheduler: str | None = None,
                 memory_limit_mb: int | None = DEFAULT_MEMORY_LIMIT_MB,
                 with_text: bool = False) -> None:
        formats = [formats] if isinstance(formats, str) else list(dict.fromkeys(formats))
        bad = [f for f in formats if f not in FORMATS]
        if bad or not formats:
            raise BatchError(f"unknown output format {', '.join(bad) or '(none)'}; "
                             f"choose from {', '.join(FORMATS)}")
        if engine not in ENGINES:
            raise BatchError(f"unknown engine {engine}; choose from {', '.join(ENGINES)}")
        self.formats = formats
        self.outdir = Path(outdir)
        self.jobs = max(1, jobs or _cpu_count())
        self.timeout = timeout if timeout and timeout > 0 else None
        self.resume = resume
        self.engine = engine
        self.scheduler = scheduler
        self.memory_limit_mb = memory_limit_mb or None
        self.with_text = with_text
        self.items = discover(inputs, globs, limits, exclude=self.outdir)
        self.json_names = json_output_names([i for i in self.items if not i.status])
        self._ran = False

    def __len__(self) -> int:
        return len(self.items)

    def _part(self, out: _OutDir, name: str) -> Path:
        key = hashlib.sha256(f"{name}\0{int(self.with_text)}".encode()).hexdigest()[:32]
        return out.parts / f"{key}.json"

    def _outputs_exist(self, out: _OutDir, item: Item) -> bool:
        if "json" in self.formats and not (out.root / self.json_names[item.name]).is_file():
            return False
        if set(self.formats) - {"json"} and not self._part(out, item.name).is_file():
            return False
        return True

    def run(self, progress: Callable[[Outcome], None] | None = None) -> BatchSummary:
        """Parse every item and write the outputs; ``progress`` is called once per item.

        A batch runs once (archive members are dropped from memory as they are
        sent to the workers); make a new :class:`Batch` to run again.
        """
        if self._ran:
            raise BatchError("this batch has run already; make a new Batch to run again")
        self._ran = True
        started = time.perf_counter()
        out = _OutDir(self.outdir)
        out.lock()
        try:
            return self._run(out, progress, started)
        finally:
            out.unlock()

    def _tasks(self, out: _OutDir, old: dict[str, dict], direct: collections.deque,
               summary: BatchSummary) -> Iterator[Item]:
        for index, item in enumerate(self.items):
            if item.status:
                direct.append(_failed(item, item.status, item.reason or item.status,
                                      status=item.status))
                continue
            data = item.data
            if data is not None:  # an archive member: from now on only its task holds the bytes
                self.items[index] = replace(item, data=None)
            if data is None:
                try:
                    data = Path(item.input).read_bytes()
                except OSError as exc:
                    direct.append(_failed(item, "error", f"cannot read file ({exc.strerror or exc})"))
                    continue
            sha = hashlib.sha256(data).hexdigest()
            prev = old.get(item.name)
            if self.resume and prev and prev.get("status") == "ok" and prev.get("sha256") == sha \
                    and self._outputs_exist(out, item):
                direct.append(Outcome(name=item.name, input=item.input, member=item.member,
                                      sha256=sha, status="ok", counts=prev.get("counts") or {},
                                      warnings=prev.get("warnings") or [],
                                      seconds=float(prev.get("seconds") or 0.0), resumed=True))
                continue
            summary.bytes += len(data)
            yield replace(item, data=data, sha256=sha)

    def _outcomes(self, out, old, summary) -> Iterator[Outcome]:
        direct: collections.deque[Outcome] = collections.deque()
        func = partial(process, with_text=self.with_text, pretty="json" in self.formats,
                       line=bool(set(self.formats) - {"json"}))
        tasks = self._tasks(out, old, direct, summary)
        if self.engine == "dask":
            results = _dask_outcomes(func, tasks, scheduler=self.scheduler, jobs=self.jobs,
                                     timeout=self.timeout, memory_limit_mb=self.memory_limit_mb)
        else:
            results = _local_outcomes(func, tasks, jobs=self.jobs, timeout=self.timeout,
                                      memory_limit_mb=self.memory_limit_mb,
                                      peaks=summary.worker_peak_rss_kb)
        for outcome in results:
            while direct:
                yield direct.popleft()
            yield outcome
        while direct:
            yield direct.popleft()

    def _run(self, out: _OutDir, progress, started) -> BatchSummary:
        summary = BatchSummary(outdir=str(self.outdir), total=len(self.items))
        manifest_path = out.root / MANIFEST
        old = read_manifest(manifest_path)
        entries: dict[str, dict] = {}
        with open(manifest_path, "a", encoding="utf-8", newline="\n") as manifest:
            if not _ends_with_newline(manifest_path):  # a line cut short by a kill
                manifest.write("\n")
            for o in self._outcomes(out, old, summary):
                json_name = self.json_names.get(o.name) if "json" in self.formats else None
                if o.resumed:
                    entries[o.name] = old[o.name]
                else:
                    self._store(out, o, json_name)
                    entry = o.manifest_entry(json_name if o.status == "ok" else None)
                    entries[o.name] = entry
                    manifest.write(json.dumps(entry, ensure_ascii=False) + "\n")
                    manifest.flush()
                self._count(summary, o)
                if progress:
                    progress(o)
        self._assemble(out, entries, summary)
        # The manifest, compacted: this run's inputs in order, then other names seen before.
        lines = [entries[i.name] for i in self.items if i.name in entries]
        lines += [e for n, e in old.items() if n not in entries]
        out.write_text(manifest_path, "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in lines))
        summary.seconds = time.perf_counter() - started
        return summary

    @staticmethod
    def _count(summary: BatchSummary, o: Outcome) -> None:
        if o.status == "ok":
            summary.ok += 1
            summary.resumed += o.resumed
        elif o.status == "skipped":
            summary.skipped += 1
            summary.skips.append((o.name, o.error or ""))
        else:
            summary.error += 1
            summary.failures.append((o.name, o.error or ""))

    def _store(self, out: _OutDir, o: Outcome, json_name: str | None) -> None:
        """Write one input's outputs, or remove stale ones of an input that now fails."""
        target = out.inside(json_name) if json_name else None
        part = self._part(out, o.name)
        if o.status == "ok":
            if target is not None and o.json is not None:
                out.write_text(target, o.json + "\n")
            if o.line is not None:
                out.write_text(part, o.line + "\n")
        else:
            for stale in (target, part):
                if stale is not None:
                    with contextlib.suppress(FileNotFoundError):
                        stale.unlink()

    def _ok_parts(self, out: _OutDir, entries: dict[str, dict]) -> Iterator[tuple[Item, str]]:
        for item in self.items:
            e = entries.get(item.name)
            if e and e.get("status") == "ok":
                try:
                    yield item, self._part(out, item.name).read_text(encoding="utf-8").rstrip("\n")
                except FileNotFoundError:
                    continue

    def _assemble(self, out: _OutDir, entries: dict[str, dict], summary: BatchSummary) -> None:
        if "json" in self.formats:
            summary.outputs.append(str(out.root))
        if "jsonl" in self.formats:
            target = out.root / JSONL
            with out.writing(target, "w", encoding="utf-8", newline="\n") as f:
                for _, line in self._ok_parts(out, entries):
                    f.write(line + "\n")
            summary.outputs.append(str(target))
        if "csv" in self.formats:
            summary.outputs += self._write_csv(out, entries)
        if "sqlite" in self.formats:
            summary.outputs.append(self._write_sqlite(out, entries))

    def _write_csv(self, out: _OutDir, entries) -> list[str]:
        import csv

        with contextlib.ExitStack() as stack:
            writers = {}
            for table, cols in TABLES.items():
                f = stack.enter_context(out.writing(out.root / f"{table}.csv", "w",
                                                    encoding="utf-8-sig", newline=""))
                w = csv.writer(f)
                w.writerow([c for c, _ in cols])
                writers[table] = w
            for item, line in self._ok_parts(out, entries):
                for table, rows in table_rows(item, json.loads(line)).items():
                    writers[table].writerows(rows)
        return [str(out.root / f"{t}.csv") for t in TABLES]

    def _write_sqlite(self, out: _OutDir, entries) -> str:
        import sqlite3

        target = out.root / SQLITE
        tmp = out.temp_path()
        try:
            db = sqlite3.connect(tmp)
            try:
                db.execute("PRAGMA journal_mode=OFF")
                db.execute("PRAGMA synchronous=OFF")
                for table, cols in TABLES.items():
                    body = [f"{c} {t}" for c, t in cols] + _SQL_KEYS[table]
                    db.execute(f"CREATE TABLE {table} ({', '.join(body)})")
                inserts = {t: f"INSERT INTO {t} VALUES ({', '.join('?' * len(c))})" for t, c in TABLES.items()}
                for item, line in self._ok_parts(out, entries):
                    for table, rows in table_rows(item, json.loads(line)).items():
                        db.executemany(inserts[table], rows)
                for sql in _SQL_INDEXES:
                    db.execute(sql)
                db.commit()
                db.execute("PRAGMA journal_mode=DELETE")
            finally:
                db.close()
            os.replace(tmp, target)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
        return str(target)


def run_batch(inputs: Iterable[str | os.PathLike | tuple[str, bytes]], outdir: str | os.PathLike,
              *, progress: Callable[[Outcome], None] | None = None, **options) -> BatchSummary:
    """Find the items in ``inputs``, parse them and write the outputs under ``outdir``.

    Options are those of :class:`Batch`: ``formats``, ``jobs``, ``timeout``,
    ``resume``, ``globs``, ``limits``, ``engine``, ``scheduler``,
    ``memory_limit_mb``, ``with_text``.
    """
    return Batch(inputs, outdir, **options).run(progress)


def parse_many(inputs: Iterable[str | os.PathLike | tuple[str, bytes]], jobs: int | None = None,
               timeout: float | None = None, *, globs: Sequence[str] | None = None,
               limits: Limits | None = None, engine: str = "local", scheduler: str | None = None,
               memory_limit_mb: int | None = DEFAULT_MEMORY_LIMIT_MB,
               ) -> Iterator[tuple[str, Any]]:
    """Parse many inputs in worker processes; yield ``(name, result)`` as each finishes.

    ``inputs`` are files, directories and archives (found as :func:`discover`
    does) or ``(name, bytes)`` pairs.  ``name`` is the file, or
    ``archive/member``; ``result`` a :class:`~policyparse.models.ParseResult`
    (text included) or, for an input that failed, a :class:`BatchItemError`
    (a :class:`~policyparse.errors.PolicyParseError`; ``kind`` says ``error``,
    ``timeout``, ``crash`` or ``skipped``) -- it is yielded, not raised.  A file
    that hangs or crashes its worker fails alone.

    >>> for name, r in parse_many(["samples/"], jobs=2):          # doctest: +SKIP
    ...     print(name, "error" if isinstance(r, Exception) else len(r.documents))
    """
    from .models import ParseResult

    if engine not in ENGINES:
        raise BatchError(f"unknown engine {engine}; choose from {', '.join(ENGINES)}")
    items = discover(inputs, globs, limits)
    paths = {i.name: i.path for i in items}
    direct: collections.deque[Outcome] = collections.deque()

    def tasks() -> Iterator[Item]:
        for item in items:
            if item.status:
                direct.append(_failed(item, item.status, item.reason or "", status=item.status))
                continue
            if item.data is None:
                try:
                    item = replace(item, data=Path(item.input).read_bytes())
                except OSError as exc:
                    direct.append(_failed(item, "error", f"cannot read file ({exc.strerror or exc})"))
                    continue
            yield item

    func = partial(process, with_text=True, pretty=False, line=True)
    if engine == "dask":
        results = _dask_outcomes(func, tasks(), scheduler=scheduler, jobs=jobs, timeout=timeout,
                                 memory_limit_mb=memory_limit_mb)
    else:
        results = _local_outcomes(func, tasks(), jobs=jobs, timeout=timeout,
                                  memory_limit_mb=memory_limit_mb, peaks=[])

    def convert(o: Outcome):
        path = paths.get(o.name, o.name)
        if o.status == "ok" and o.line is not None:
            return path, ParseResult.model_validate_json(o.line)
        message = o.error or o.status
        prefix = f"{path}: "
        reason = message[len(prefix):] if message.startswith(prefix) else message
        return path, BatchItemError(path, reason, o.kind or o.status)

    for o in results:
        while direct:
            yield convert(direct.popleft())
        yield convert(o)
    while direct:
        yield convert(direct.popleft())
