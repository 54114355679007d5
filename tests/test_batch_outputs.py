"""Batch outputs: one table per record kind of the models, and cells safe to open in a spreadsheet."""
from __future__ import annotations

import csv
import json
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

from pydantic import Field

import policyparse
import policyparse.models as models
from policyparse.batch import TABLES, run_batch
from policyparse.tabular import _kind_columns
from policyparse.models import RECORD_KINDS, Document, Record, record_kinds

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
# Between them: durations, cited documents with and without a number, every other kind.
INPUTS = [SAMPLES / "002_6327faf7a73cc827.txt", SAMPLES / "003_35d0fd290feb9fa4.txt"]


def read_csv(path: Path) -> list[dict]:
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def test_the_registry_is_read_from_the_models():
    names = [k.name for k in RECORD_KINDS]
    assert names == ["responsibilities", "funding", "deadlines", "durations", "targets", "tasks", "cited_documents"]
    # every kind of Record the models define is a list of Document (none is left out)
    records = {c for c in vars(models).values()
               if isinstance(c, type) and issubclass(c, Record) and c is not Record}
    assert records == {k.model for k in RECORD_KINDS if not k.in_metadata}


def test_a_new_kind_in_the_models_gets_its_own_table():
    class Grant(Record):
        amount: float
        recipients: list[str] = Field(default_factory=list)
        year: int | None = None

    class GrantDocument(Document):
        grants: list[Grant] = Field(default_factory=list)

    kinds = {k.name: k for k in record_kinds(GrantDocument)}
    assert list(kinds) == [k.name for k in RECORD_KINDS[:-1]] + ["grants", "cited_documents"]
    assert kinds["grants"].model is Grant and not kinds["grants"].in_metadata
    assert _kind_columns(kinds["grants"]) == [
        ("doc_id", "TEXT NOT NULL"), ("doc_title", "TEXT"), ("record_index", "INTEGER NOT NULL"),
        ("section_index", "INTEGER"), ("section_path", "TEXT"), ("section_title", "TEXT"),
        ("amount", "REAL"), ("recipients", "TEXT"), ("year", "INTEGER"), ("raw", "TEXT"),
        ("span_start", "INTEGER"), ("span_end", "INTEGER")]


def test_every_kind_is_exported_by_the_package():
    for kind in RECORD_KINDS:
        name = kind.model.__name__
        assert name in policyparse.__all__ and getattr(policyparse, name) is kind.model


def test_cli_csv_and_sqlite_have_a_table_per_kind_with_every_record(tmp_path: Path):
    out = tmp_path / "out"
    p = subprocess.run([sys.executable, "-m", "policyparse", "batch", *map(str, INPUTS), "-o", str(out),
                        "-f", "csv", "-f", "sqlite", "-j", "2"], capture_output=True, timeout=180)
    assert p.returncode == 0, p.stderr.decode()
    assert set(TABLES) == {"documents", "sections", *(k.name for k in RECORD_KINDS)}
    results = {path.name: policyparse.parse(path) for path in INPUTS}
    db = sqlite3.connect(out / "results.sqlite")
    try:
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert tables == set(TABLES)
        for kind in RECORD_KINDS:
            rows = read_csv(out / f"{kind.name}.csv")
            assert list(rows[0]) == [c for c, _ in TABLES[kind.name]], kind.name
            expected = {(f"{name}#{i}", j, r.span[0], r.span[1])
                        for name, result in results.items() for i, d in enumerate(result.documents, 1)
                        for j, r in enumerate(kind.records(d), 1)}
            assert expected, f"the inputs have no {kind.name}"
            got = {(r["doc_id"], int(r["record_index"]), int(r["span_start"]), int(r["span_end"])) for r in rows}
            assert got == expected, kind.name
            in_db = set(db.execute(f"SELECT doc_id, record_index, span_start, span_end FROM {kind.name}"))
            assert in_db == expected, kind.name
            docs = read_csv(out / "documents.csv")
            assert sum(int(d[f"n_{kind.name}"]) for d in docs) == len(expected)
        cited = {(r["title"], r["doc_number"] or None) for r in read_csv(out / "cited_documents.csv")}
        assert cited == {(c.title, c.doc_number) for r in results.values() for d in r.documents
                         for c in d.metadata.cited_documents}
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        db.close()


def test_manifest_counts_every_kind(tmp_path: Path):
    summary = run_batch(INPUTS[:1], tmp_path / "out", jobs=1)
    assert summary.ok == 1
    entry = json.loads((tmp_path / "out" / "manifest.jsonl").read_text(encoding="utf-8"))
    doc = policyparse.parse(INPUTS[0]).documents[0]
    assert entry["counts"] == {"documents": 1, "sections": entry["counts"]["sections"],
                               **{k.name: len(k.records(doc)) for k in RECORD_KINDS}}
    assert entry["counts"]["durations"] == 1 and entry["counts"]["cited_documents"] == 1


FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def test_csv_cells_never_start_a_formula(tmp_path: Path):
    notice = ('=WEBSERVICE("http://example.invalid/x")关于印发示范区建设方案的通知\n\n'
              "各区县人民政府：\n\n一、工作目标\n到2025年，建成示范基地5个。\n"
              "二、保障措施\n（一）@加强统筹。由市财政局负责，每年安排资金200万元。\n")
    zipped = tmp_path / "in.zip"
    with zipfile.ZipFile(zipped, "w") as zf:
        for name in ('=WEBSERVICE("example.invalid").txt', "+cmd.txt", "-2+3.txt", "@SUM(A1).txt",
                     "plain.txt"):
            zf.writestr(name, notice)
    out = tmp_path / "out"
    summary = run_batch([zipped], out, formats=["csv", "sqlite"], jobs=1)
    assert summary.ok == 5, summary.failures
    cells = [(table, value) for table in TABLES for row in read_csv(out / f"{table}.csv")
             for value in row.values()]
    assert not [c for c in cells if c[1].startswith(FORMULA_START)]
    docs = read_csv(out / "documents.csv")
    assert {d["member"] for d in docs} == {"'=WEBSERVICE(\"example.invalid\").txt", "'+cmd.txt",
                                           "'-2+3.txt", "'@SUM(A1).txt", "plain.txt"}
    assert {d["title"] for d in docs} == {"'" + notice.split("\n")[0]}
    # the database keeps the text as it is
    db = sqlite3.connect(out / "results.sqlite")
    try:
        titles = {t for (t,) in db.execute("SELECT title FROM documents")}
    finally:
        db.close()
    assert titles == {notice.split("\n")[0]}
