"""Outputs under OUTDIR: the tables, atomic writes, output names and the manifest.

Written by the parent process only, each file atomically (a temporary file in
``OUTDIR/.policyparse/tmp`` then :func:`os.replace`).  This module turns parse
results into rows and files; it does not decide what to parse.
"""
from __future__ import annotations

import collections
import contextlib
import json
import os
from collections.abc import Iterable, Sequence
from pathlib import Path, PurePosixPath

from .work import BatchError, Item

MANIFEST = "manifest.jsonl"
JSONL = "results.jsonl"
SQLITE = "results.sqlite"
STATE_DIR = ".policyparse"

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


class OutDir:
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


def write_csv(out: OutDir, results: Iterable[tuple[Item, dict]]) -> list[str]:
    """Write one CSV file per table from the parse results (as JSON data); their paths."""
    import csv

    with contextlib.ExitStack() as stack:
        writers = {}
        for table, cols in TABLES.items():
            f = stack.enter_context(out.writing(out.root / f"{table}.csv", "w",
                                                encoding="utf-8-sig", newline=""))
            w = csv.writer(f)
            w.writerow([c for c, _ in cols])
            writers[table] = w
        for item, result in results:
            for table, rows in table_rows(item, result).items():
                writers[table].writerows(rows)
    return [str(out.root / f"{t}.csv") for t in TABLES]


def write_sqlite(out: OutDir, results: Iterable[tuple[Item, dict]]) -> str:
    """Write ``results.sqlite`` with every table, its keys and indexes; its path."""
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
            for item, result in results:
                for table, rows in table_rows(item, result).items():
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
