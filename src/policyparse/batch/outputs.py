"""Outputs under OUTDIR: the tables, atomic writes, output names and the manifest.

Written by the parent process only, each file atomically (a temporary file in
``OUTDIR/.policyparse/tmp`` then :func:`os.replace`), with the permissions the
user's umask gives.  This module turns parse results into files; the rows come
from :mod:`policyparse.tabular`, and it does not decide what to parse.
"""
from __future__ import annotations

import collections
import contextlib
import errno
import hashlib
import json
import os
import stat
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path, PurePosixPath

from ..files import atomic_path
from ..models import RECORD_KINDS
from ..tabular import TABLES, cell, headers, spreadsheet_cell, table_rows  # noqa: F401 (re-exported)

from .work import BatchError, Item

MANIFEST = "manifest.jsonl"
JSONL = "results.jsonl"
SQLITE = "results.sqlite"
XLSX = "results.xlsx"
STATE_DIR = ".policyparse"

_SQL_KEYS: dict[str, list[str]] = {
    "documents": [],
    "sections": ["PRIMARY KEY (doc_id, section_index)",
                 "FOREIGN KEY (doc_id) REFERENCES documents(doc_id)",
                 "FOREIGN KEY (doc_id, parent_index) REFERENCES sections(doc_id, section_index)"],
}
_SQL_INDEXES = [
    "CREATE INDEX documents_name ON documents(name)",
    "CREATE INDEX documents_issuer ON documents(issuer)",
    "CREATE INDEX documents_date ON documents(date)",
]
for _k in RECORD_KINDS:
    _cols = [c for c, _ in TABLES[_k.name]]
    _SQL_KEYS[_k.name] = [
        "PRIMARY KEY (doc_id, record_index" + (", unit_index)" if "unit_index" in _cols else ")"),
        "FOREIGN KEY (doc_id) REFERENCES documents(doc_id)"]
    if "section_index" in _cols:
        _SQL_KEYS[_k.name].append(
            "FOREIGN KEY (doc_id, section_index) REFERENCES sections(doc_id, section_index)")
        _SQL_INDEXES.append(f"CREATE INDEX {_k.name}_section ON {_k.name}(doc_id, section_index)")
_SQL_INDEXES += [  # the columns analysts filter on
    "CREATE INDEX responsibilities_unit ON responsibilities(unit_normalized)",
    "CREATE INDEX deadlines_date ON deadlines(date)",
    "CREATE INDEX targets_indicator ON targets(indicator)",
]


class OutDir:
    """OUTDIR: paths, atomic writes, the lock that keeps a second batch out.

    Made with its links checked; :meth:`create` makes the folders.
    """

    def __init__(self, root: str | os.PathLike) -> None:
        self.root = Path(root)
        self.state = self.root / STATE_DIR
        self.tmp = self.state / "tmp"
        self.parts = self.state / "parts"
        self.check_links()
        self._lock = None

    def create(self) -> None:
        """Make OUTDIR and its state folders."""
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            self.real = self.root.resolve()
            for d in (self.state, self.tmp, self.parts):
                with contextlib.suppress(FileExistsError):
                    d.mkdir()
            self.check_links()  # again: made by someone else between the check and mkdir
        except OSError as exc:
            raise BatchError(f"{self.root}: cannot create the output directory ({exc.strerror or exc})") from None

    def check_links(self) -> None:
        """Refuse OUTDIR's state folders and manifest when they are links (or the folders are not
        folders): writing through them could land outside OUTDIR.  What does not exist yet is fine."""
        for path, folder in ((self.state, True), (self.tmp, True), (self.parts, True),
                             (self.root / MANIFEST, False)):
            try:
                mode = os.lstat(path).st_mode
            except FileNotFoundError:
                continue
            if stat.S_ISLNK(mode) or (folder and not stat.S_ISDIR(mode)):
                self._refuse_link(path, "a symbolic link" if stat.S_ISLNK(mode) else "not a directory")

    def _refuse_link(self, path: Path, what: str = "a symbolic link") -> None:
        raise BatchError(f"{path}: {what}; refused, as the batch writes only inside {self.root} "
                         f"(remove it and run again)")

    def open_append(self, path: Path):
        """``path`` opened for appending text, refusing a link that could lead outside OUTDIR."""
        flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0)
        try:
            fd = os.open(path, flags, 0o666)  # less the umask
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                self._refuse_link(path)
            raise
        return open(fd, "a", encoding="utf-8", newline="\n")

    def lock(self) -> None:
        self._lock = self.open_append(self.state / "lock")
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
        with atomic_path(target, self.tmp) as tmp, open(tmp, mode, **kw) as f:
            yield f

    def write_text(self, target: Path, text: str) -> None:
        with self.writing(target, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)


MAX_NAME_BYTES = 255
"""The longest file name most file systems take (ext4, NTFS, APFS: 255 bytes or UTF-16 units)."""


def short_name(part: str, limit: int = MAX_NAME_BYTES) -> str:
    """A file name of at most ``limit`` bytes: a longer one keeps its start, a hash and its extension.

    >>> long = short_name("关于印发" * 40 + ".json")
    >>> len(long.encode()) <= 255, long[:8], long[-5:], short_name("a.json")
    (True, '关于印发关于印发', '.json', 'a.json')
    """
    raw = os.fsencode(part)
    if len(raw) <= limit:
        return part
    suffix = PurePosixPath(part).suffix
    suffix = suffix if len(os.fsencode(suffix)) <= 16 else ""
    tail = f"~{hashlib.sha256(raw).hexdigest()[:10]}{suffix}"
    head = os.fsencode(part[:len(part) - len(suffix)])[:limit - len(tail)]
    return head.decode("utf-8", "ignore") + tail  # a character cut in two is dropped


def json_output_names(items: Sequence[Item]) -> dict[str, str]:
    """Where each item's JSON goes, relative to OUTDIR: ``a.txt`` → ``a.json``.

    ``a.txt.json`` when two inputs (``a.txt``, ``a.pdf``) would share ``a.json``.
    Every part of the path is cut to :data:`MAX_NAME_BYTES` (:func:`short_name`);
    a file that would take the place of a directory other outputs need
    (``d.txt`` → ``d.json`` beside ``d.json/e.txt``) gets a suffix, ``d~2.json``;
    a path into the batch's own ``.policyparse`` starts with ``_policyparse`` instead.
    """
    def place(name: str, keep_extension: bool = False) -> str:
        p = PurePosixPath(name)
        s = name + ".json" if keep_extension or not p.suffix else str(p.with_suffix(".json"))
        s = "_" + s[1:] if s.split("/", 1)[0] == STATE_DIR else s
        return "/".join(short_name(part) for part in s.split("/"))

    shorts = collections.Counter(place(i.name) for i in items)
    names = {i.name for i in items}
    wanted = {}
    for i in items:
        s = place(i.name)
        wanted[i.name] = s if shorts[s] == 1 and (s == i.name or s not in names) else place(i.name, True)
    dirs = {"/".join(parts[:k]) for parts in (s.split("/") for s in wanted.values()) for k in range(1, len(parts))}
    taken = set(wanted.values()) | dirs
    out = {}
    for name, s in wanted.items():
        if s in dirs:
            p, k = PurePosixPath(s), 2
            while (s := str(p.with_name(short_name(f"{p.stem}~{k}{p.suffix}")))) in taken:
                k += 1
            taken.add(s)
        out[name] = s
    return out


def ends_with_newline(path: Path) -> bool:
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


def _rows(results: Iterable[tuple[Item, dict]], duplicates: Mapping[str, Mapping[int, str]]
          ) -> Iterator[dict[str, list[tuple]]]:
    for item, result in results:
        yield table_rows(item.name, result, input=item.input, member=item.member,
                         duplicates=duplicates.get(item.name))


def write_csv(out: OutDir, results: Iterable[tuple[Item, dict]], *,
              duplicates: Mapping[str, Mapping[int, str]] | None = None, lang: str = "en") -> list[str]:
    """Write one CSV file per table from the parse results (as JSON data); their paths.

    Lists are JSON arrays; text cells that a spreadsheet would take for a formula get
    a leading ``'`` (:func:`spreadsheet_cell`; the SQLite tables keep the text as it
    is).  ``lang`` ``zh`` writes Chinese headers (:func:`~policyparse.tabular.headers`).
    """
    import csv

    with contextlib.ExitStack() as stack:
        writers = {}
        for table in TABLES:
            f = stack.enter_context(out.writing(out.root / f"{table}.csv", "w",
                                                encoding="utf-8-sig", newline=""))
            w = csv.writer(f)
            w.writerow(headers(table, lang))
            writers[table] = w
        for rows_of in _rows(results, duplicates or {}):
            for table, rows in rows_of.items():
                writers[table].writerows([spreadsheet_cell(cell(v)) for v in row] for row in rows)
    return [str(out.root / f"{t}.csv") for t in TABLES]


def write_xlsx(out: OutDir, results: Iterable[tuple[Item, dict]], *,
               duplicates: Mapping[str, Mapping[int, str]] | None = None, lang: str = "en") -> str:
    """Write ``results.xlsx``, one sheet per table, in one pass over the results; its path."""
    from ..xlsx import write_rows

    def rows() -> Iterator[tuple[str, tuple]]:
        for rows_of in _rows(results, duplicates or {}):
            for table, table_rows_ in rows_of.items():
                for row in table_rows_:
                    yield table, row

    target = out.root / XLSX
    write_rows(target, {t: headers(t, lang) for t in TABLES}, rows(), tmp_dir=out.tmp)
    return str(target)


def write_sqlite(out: OutDir, results: Iterable[tuple[Item, dict]], *,
                 duplicates: Mapping[str, Mapping[int, str]] | None = None) -> str:
    """Write ``results.sqlite`` with every table, its keys and indexes; its path.

    The columns are those of the CSV files (English names), lists as JSON arrays."""
    import sqlite3

    target = out.root / SQLITE
    with atomic_path(target, out.tmp) as tmp:
        db = sqlite3.connect(tmp)
        try:
            db.execute("PRAGMA journal_mode=OFF")
            db.execute("PRAGMA synchronous=OFF")
            for table, cols in TABLES.items():
                body = [f"{c} {t}" for c, t in cols] + _SQL_KEYS[table]
                db.execute(f"CREATE TABLE {table} ({', '.join(body)})")
            inserts = {t: f"INSERT INTO {t} VALUES ({', '.join('?' * len(c))})" for t, c in TABLES.items()}
            for rows_of in _rows(results, duplicates or {}):
                for table, rows in rows_of.items():
                    db.executemany(inserts[table], ([cell(v) for v in row] for row in rows))
            for sql in _SQL_INDEXES:
                db.execute(sql)
            db.commit()
            db.execute("PRAGMA journal_mode=DELETE")
        finally:
            db.close()
    return str(target)
