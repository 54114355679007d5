"""Discovery: the inputs of a batch as a list of :class:`~policyparse.batch.work.Item` s.

Files, directories (walked recursively, hidden entries skipped, files kept when
their name matches one of the glob patterns), and ``.zip`` / ``.tar`` /
``.tar.gz`` / ``.tgz`` (``.tar.bz2``, ``.tar.xz``) archives, whose members are
read in memory and never extracted to disk: a member of a zip file on disk when
it is parsed (:class:`MemberReader`), the members of tars, of nested archives
and of archives given as bytes now.  Archives are untrusted: member
names are decoded the way the archiver meant them and refused when they could
escape; links and special members are never followed; :class:`Limits` bound
what archives may cost.  Every refusal is an item of its own with a status and
a one-line reason.  Nothing here parses a document or writes a file.
"""
from __future__ import annotations

import collections
import contextlib
import fnmatch
import io
import os
import re
import stat
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

from ..errors import InputError
from .work import DEFAULT_GLOBS, MIB, Item, one_line

if TYPE_CHECKING:  # the archive modules are imported where they are used
    import zipfile

_ARCHIVE_SUFFIXES = {
    ".zip": "zip", ".tar": "tar", ".tar.gz": "tar", ".tgz": "tar", ".tar.bz2": "tar",
    ".tbz2": "tar", ".tar.xz": "tar", ".txz": "tar",
}


@dataclass(frozen=True)
class Limits:
    """What the archives of a batch may cost before they are refused (zip bombs, say).

    Sizes are uncompressed bytes.  ``max_total_bytes`` and ``max_members`` are
    a budget for the whole batch (every archive, everything nested in them,
    every entry, directories included), so that many archives cannot add up to
    what one may not cost.  The ratio is checked for a zip member once it is
    over ``ratio_floor`` bytes, and for each top-level archive, nested archives
    included, once it has produced more than ``ratio_floor`` bytes: what it
    inflates to against its size on disk.  Tar members count whether they are
    read or skipped, as the stream has to be decompressed through them.  A zip
    whose entries overlap (several entries sharing one compressed stream, the
    way the smallest zip bombs are built) is refused whole.
    """

    max_member_bytes: int = 100 * MIB
    max_total_bytes: int = 1024 * MIB
    max_ratio: float = 100.0
    max_members: int = 50_000
    max_depth: int = 2
    ratio_floor: int = 1 * MIB


class _Refused(Exception):
    """A member or archive refused by a safety rule; ``stop`` ends the archive."""

    def __init__(self, reason: str, status: str = "error", stop: bool = False) -> None:
        super().__init__(reason)
        self.reason, self.status, self.stop = reason, status, stop


@dataclass
class _Budget:
    """What the archives of the batch have used so far."""

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


@dataclass
class _Tree:
    """One top-level archive with everything nested in it: its size on disk, what it inflated to."""

    limits: Limits
    compressed: int
    produced: int = 0

    def add(self, n: int) -> None:
        """Count ``n`` more bytes inflated; refuse the rest once the ratio is over the limit."""
        self.produced += n
        lim = self.limits
        if self.produced > lim.ratio_floor and self.produced / max(self.compressed, 1) > lim.max_ratio:
            raise _Refused(f"inflates to over {self.produced / max(self.compressed, 1):.0f} times its size "
                           f"on disk, over {lim.max_ratio:g}:1; rest not read (ratio limit, zip bomb?)",
                           stop=True)


def _zip_overlap(infos: list[zipfile.ZipInfo]) -> str | None:
    """The first entry whose local header lies inside an earlier entry's data, if any."""
    end, previous = -1, None
    for info in sorted(infos, key=lambda i: i.header_offset):
        if info.header_offset < end:
            return f"entries {previous!r} and {info.filename!r} overlap"
        if info.header_offset + 30 + info.compress_size > end:
            end, previous = info.header_offset + 30 + info.compress_size, info.filename
    return None


def _zip_entry_count(f) -> int | None:
    """The number of entries the zip's end record declares, read before its directory is."""
    import zipfile

    try:
        endrec = zipfile._EndRecData(f)  # noqa: SLF001 - the one reader of the end record
    except (AttributeError, OSError, ValueError):
        return None
    return endrec[zipfile._ECD_ENTRIES_TOTAL] if endrec else None  # noqa: SLF001


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
        chunk = f.read(MIB)
        if not chunk:
            return bytes(buf)
        buf += chunk
        if len(buf) > limit:
            raise _Refused(limit_reason, stop=stop)
        if compressed is not None and len(buf) > limits.ratio_floor \
                and len(buf) / max(compressed, 1) > limits.max_ratio:
            raise _Refused(f"compression ratio over {limits.max_ratio:g}:1 (zip bomb?)")


class MemberReader:
    """Reads the bytes of an item: given, from its file, or from its zip when it is parsed.

    Members of a zip file on disk are not held from discovery on: each is read
    (under the member size limit) when its turn comes, so that the parent holds
    only the members in flight.  One zip is kept open at a time, as the items
    of an archive come one after the other.
    """

    def __init__(self, limits: Limits | None = None) -> None:
        self.limits = limits or Limits()
        self._zip: tuple[str, zipfile.ZipFile] | None = None

    def read(self, item: Item) -> bytes:
        """The item's bytes; raises :class:`~policyparse.errors.InputError` with a one-line reason."""
        import zipfile

        if item.data is not None:
            return item.data
        try:
            if item.entry is None:
                return Path(item.input).read_bytes()
            if self._zip is None or self._zip[0] != item.input:
                self.close()
                self._zip = (item.input, zipfile.ZipFile(item.input))
            info = self._zip[1].infolist()[item.entry]
            if safe_member_path(zip_member_name(info)) != item.member:
                raise InputError(item.path, "the archive changed since it was listed; run again")
            lim = self.limits
            with self._zip[1].open(info) as f:
                return _read_bounded(f, lim.max_member_bytes, f"member over {_size(lim.max_member_bytes)} "
                                     f"(member size limit)", info.compress_size, lim)
        except _Refused as exc:
            raise InputError(item.path, exc.reason) from None
        except (OSError, zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, IndexError) as exc:
            what = "file" if item.entry is None else "archive member"
            detail = getattr(exc, "strerror", None) or one_line(str(exc)) or type(exc).__name__
            raise InputError(item.path, f"cannot read {what} ({detail})") from None

    def close(self) -> None:
        if self._zip is not None:
            self._zip[1].close()
            self._zip = None


class _Discovery:
    def __init__(self, globs: Sequence[str], limits: Limits, exclude: Path | None) -> None:
        self.globs = tuple(globs)
        self.limits = limits
        self.exclude = exclude.resolve() if exclude else None
        self.items: list[Item] = []
        self.budget = _Budget(limits)  # one for the whole batch
        self.unmatched: collections.Counter[str] | None = None

    # An archive-level or member-level refusal.
    def refuse(self, name: str, input: str, member: str | None, reason: str,
               status: str = "error") -> None:
        self.items.append(Item(name=name, input=input, member=member, status=status,
                               reason=one_line(reason)))

    def add_path(self, arg: str) -> None:
        p = Path(arg)
        if p.is_dir():
            base = p.resolve().name or "root"
            self.walk(p, base)
        elif p.is_file():
            name = p.name
            if archive_kind(name):
                self.archive(name, arg, None, None, depth=1)
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
                    self.archive(name, str(path), None, None, depth=1)
                elif _matches(rel, self.globs):
                    self.items.append(Item(name=name, input=str(path)))
                else:
                    self.not_matched(rel)

    def not_matched(self, rel: str) -> None:
        """Count a file left out by the patterns, by extension, so that the batch can say so."""
        if self.unmatched is not None:
            self.unmatched[PurePosixPath(rel).suffix.lower() or "(no extension)"] += 1

    def archive(self, name: str, input: str, member: str | None, data: bytes | None,
                depth: int, tree: _Tree | None = None) -> None:
        """Add the members of the archive ``name`` (on disk when ``data`` is None).

        ``tree`` is the top-level archive this one is nested in; None for a top-level one.
        """
        import tarfile
        import zipfile

        kind = archive_kind(name)
        try:
            if tree is None:
                size = len(data) if data is not None else os.path.getsize(input)
                tree = _Tree(self.limits, size)
            if kind == "zip":
                self.zip(name, input, member, data, depth, tree)
            else:
                self.tar(name, input, member, data, depth, tree)
        except _Refused as exc:
            self.refuse(name, input, member, exc.reason, exc.status)
        except (zipfile.BadZipFile, tarfile.TarError, EOFError, OSError, zlib.error) as exc:
            detail = one_line(str(exc)) if str(exc) else type(exc).__name__
            self.refuse(name, input, member, f"cannot read {kind} archive ({detail})")

    def member(self, arch_name: str, input: str, arch_member: str | None, rel: str,
               data: bytes, depth: int, tree: _Tree) -> None:
        name = f"{arch_name}/{rel}"
        member = f"{arch_member}/{rel}" if arch_member else rel
        if archive_kind(rel):
            if depth >= self.limits.max_depth:
                self.refuse(name, input, member, f"archive nested more than {self.limits.max_depth} "
                            f"levels deep; not opened (depth limit)", "skipped")
            else:
                self.archive(name, input, member, data, depth + 1, tree)
        else:
            self.items.append(Item(name=name, input=input, member=member, data=data))

    def wanted(self, rel: str) -> bool:
        return not _hidden(rel) and (bool(archive_kind(rel)) or _matches(rel, self.globs))

    def zip(self, arch: str, input: str, arch_member: str | None, data: bytes | None,
            depth: int, tree: _Tree) -> None:
        import zipfile

        lim, budget = self.limits, self.budget
        with io.BytesIO(data) if data is not None else open(input, "rb") as f:
            declared = _zip_entry_count(f)
            if declared is not None and budget.members + declared > lim.max_members:
                raise _Refused(f"{declared} entries, over the limit of {lim.max_members} for the batch "
                               f"(member count limit)")
            f.seek(0)
            with zipfile.ZipFile(f) as zf:
                self.zip_members(zf, arch, input, arch_member, depth, tree, on_disk=data is None)

    def zip_members(self, zf: zipfile.ZipFile, arch: str, input: str, arch_member: str | None,
                    depth: int, tree: _Tree, on_disk: bool = False) -> None:
        """Add the members of an open zip.  Those of a zip file on disk that are not
        archives themselves are read when they are parsed (:class:`MemberReader`), not now."""
        import zipfile

        lim, budget = self.limits, self.budget
        infos = zf.infolist()
        if budget.members + len(infos) > lim.max_members:
            raise _Refused(f"{len(infos)} entries, over the limit of {lim.max_members} for the batch "
                           f"(member count limit)")
        overlap = _zip_overlap(infos)
        if overlap:
            raise _Refused(f"{overlap}: several entries share one compressed stream "
                           f"(overlapping zip bomb); refused")
        for index, info in enumerate(infos):
            budget.add_member()
            raw = zip_member_name(info)
            if info.is_dir() or raw.endswith(("/", "\\")):
                continue
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
                if not _hidden(rel):
                    self.not_matched(rel)
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
            later = on_disk and not archive_kind(rel)
            try:
                tree.add(info.file_size)  # refuses before inflating what the ratio forbids
                if later:  # the size is the directory's, which the reader cannot exceed
                    if info.file_size > remaining:
                        raise _Refused(f"uncompressed size over {_size(lim.max_total_bytes)} "
                                       f"(total size limit, zip bomb?)", stop=True)
                    budget.add_bytes(info.file_size)
                    self.items.append(Item(name=where[0], input=input, member=rel, entry=index))
                    continue
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
                tree.produced += len(body) - info.file_size  # what it really gave
            except _Refused as exc:
                self.refuse(*where, exc.reason)
                if exc.stop:
                    raise _Refused("archive not read to the end: " + exc.reason) from None
                continue
            except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as exc:
                self.refuse(*where, f"corrupt member ({one_line(str(exc))})")
                continue
            except NotImplementedError as exc:
                self.refuse(*where, f"unsupported zip member ({one_line(str(exc))})")
                continue
            self.member(arch, input, arch_member, rel, body, depth, tree)

    def tar(self, arch: str, input: str, arch_member: str | None, data: bytes | None,
            depth: int, tree: _Tree) -> None:
        import tarfile

        lim, budget = self.limits, self.budget
        fileobj = io.BytesIO(data) if data is not None else None
        with tarfile.open(name=None if fileobj else input, fileobj=fileobj, mode="r:*",
                          encoding="utf-8", errors="surrogateescape") as tf:
            for info in tf:
                budget.add_member()  # every entry, directories too
                if info.isdir():
                    continue
                tree.add(max(info.size, 0))  # streamed through, read or skipped
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
                    if not _hidden(rel):
                        self.not_matched(rel)
                    continue
                if info.size > lim.max_member_bytes:
                    self.refuse(*where, f"member of {_size(info.size)} over the limit of "
                                f"{_size(lim.max_member_bytes)} (member size limit)")
                    budget.add_bytes(info.size)
                    continue
                budget.add_bytes(info.size)
                f = tf.extractfile(info)
                body = f.read() if f is not None else b""
                self.member(arch, input, arch_member, rel, body, depth, tree)


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
             exclude: str | os.PathLike | None = None,
             unmatched: collections.Counter[str] | None = None) -> list[Item]:
    """The items of a batch, in a stable order.

    ``inputs`` are paths (files, directories, archives) or ``(name, bytes)``
    pairs.  Directories are walked recursively (hidden entries and ``exclude``
    skipped, files sorted by name) keeping files whose name matches one of
    ``globs`` (``*.txt``; a pattern with ``/`` matches the relative path) and
    every archive.  A file named explicitly is always kept.  Archive members
    are checked (and, but for members of a zip file on disk, read into memory)
    under ``limits``; refusals are items with a status.
    Files and members left out by ``globs`` are counted by extension into
    ``unmatched`` when it is given.
    """
    d = _Discovery(globs or DEFAULT_GLOBS, limits or Limits(), Path(exclude) if exclude else None)
    d.unmatched = unmatched
    for arg in inputs:
        if isinstance(arg, tuple):
            name, data = arg
            base = safe_member_path(str(name)) or "input"
            if archive_kind(base):
                d.archive(base, str(name), None, bytes(data), depth=1)
            else:
                d.items.append(Item(name=base, input=str(name), data=bytes(data)))
        else:
            d.add_path(os.fspath(arg))
    return _dedupe(d.items)
