"""Parse results as tables: the columns, the rows, their headers, and duplicate documents.

One table for documents, one for sections and one per kind of record in
:data:`~policyparse.models.RECORD_KINDS`.  :func:`table_rows` turns one result
(its JSON data) into rows; the batch's CSV, SQLite and xlsx files and
:func:`policyparse.frames` are all made from these rows, so they hold the same
columns and keys.  Rows keep Python values (lists stay lists); :func:`cell`
turns a value into what a file stores.

Ids are made so that no reader takes them for numbers: ``doc_id`` is
``name#1``; a section is ``section_path`` ``s1.10`` (its tree id after an
``s``), never ``1.10``, which pandas and Excel read as the number 1.1.  The
integer keys ``section_index`` (1-based, in document order) and
``record_index`` join the tables within a document.

:func:`fingerprints` and :class:`Duplicates` (:func:`find_duplicates` for a whole batch) notice one document given in
several inputs (a notice published as .html and .pdf).  This module writes no
files and parses nothing.
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from typing import get_args, get_origin

from .models import EXPLAIN_FIELDS, RECORD_KINDS, RecordKind

PER_UNIT = "responsibilities"
"""The kind that gets one row per unit (``unit``, ``unit_normalized``, ``lead``), not per record."""
_SPECIAL_FIELDS = ("raw", "span", "section", *EXPLAIN_FIELDS)  # rule names only with --explain
_KIND_NAMES = {k.name for k in RECORD_KINDS}

_DOCUMENT_COLUMNS = [
    ("doc_id", "TEXT NOT NULL PRIMARY KEY"), ("name", "TEXT NOT NULL"), ("input", "TEXT NOT NULL"),
    ("member", "TEXT"), ("doc_index", "INTEGER NOT NULL"), ("format", "TEXT"), ("sha256", "TEXT"),
    ("duplicate_of", "TEXT"), ("doc_number", "TEXT"), ("title", "TEXT"), ("issuer", "TEXT"),
    ("issuers", "TEXT"), ("recipients", "TEXT"), ("date", "TEXT"), ("published", "TEXT"),
    ("printed_by", "TEXT"), ("printed_date", "TEXT"), ("cc", "TEXT"), ("publicity", "TEXT"),
    ("effective", "TEXT"), ("expires", "TEXT"), ("span_start", "INTEGER"), ("span_end", "INTEGER"),
    ("n_sections", "INTEGER"),
]
_SECTION_COLUMNS = [
    ("doc_id", "TEXT NOT NULL"), ("doc_title", "TEXT"), ("section_index", "INTEGER NOT NULL"),
    ("section_path", "TEXT NOT NULL"), ("parent_index", "INTEGER"), ("level", "INTEGER"),
    ("style", "TEXT"), ("number", "INTEGER"), ("marker", "TEXT"), ("title", "TEXT"),
    ("span_start", "INTEGER"), ("span_end", "INTEGER"), ("body_start", "INTEGER"), ("body_end", "INTEGER"),
]
_IN_SECTION = [("section_index", "INTEGER"), ("section_path", "TEXT"), ("section_title", "TEXT")]


def _sql_type(annotation) -> str:
    if get_origin(annotation) is list:
        return "TEXT"  # a JSON array
    types = {a for a in (get_args(annotation) or (annotation,)) if a is not type(None)}
    if types and types <= {int, bool}:
        return "INTEGER"
    if types and types <= {int, float}:
        return "REAL"
    return "TEXT"


def _fields(kind: RecordKind) -> list[str]:
    """The model's own fields, in order, that become columns of their own."""
    return [f for f in kind.model.model_fields if f not in _SPECIAL_FIELDS]


def _kind_columns(kind: RecordKind) -> list[tuple[str, str]]:
    fields = kind.model.model_fields
    cols = [("doc_id", "TEXT NOT NULL"), ("doc_title", "TEXT"), ("record_index", "INTEGER NOT NULL")]
    if kind.name == PER_UNIT:
        cols += [("unit_index", "INTEGER NOT NULL"), *_IN_SECTION, ("unit", "TEXT"),
                 ("unit_normalized", "TEXT"), ("lead", "INTEGER")]
    else:
        cols += _IN_SECTION if "section" in fields else []
        cols += [(f, _sql_type(fields[f].annotation)) for f in _fields(kind)]
    cols += [("raw", "TEXT")] if "raw" in fields else []
    return cols + [("span_start", "INTEGER"), ("span_end", "INTEGER")]


TABLES: dict[str, list[tuple[str, str]]] = {
    "documents": _DOCUMENT_COLUMNS + [(f"n_{k.name}", "INTEGER") for k in RECORD_KINDS],
    "sections": _SECTION_COLUMNS,
    **{k.name: _kind_columns(k) for k in RECORD_KINDS},
}
"""Columns of every table, with their SQLite types: documents, sections and one
table per record kind of :data:`~policyparse.models.RECORD_KINDS`."""

# ---------------------------------------------------------------- headers

_ZH = {
    "doc_id": "文档ID", "doc_title": "文件标题", "name": "输入名称", "input": "输入文件",
    "member": "压缩包内路径", "doc_index": "文件内序号", "format": "格式", "sha256": "SHA-256",
    "duplicate_of": "重复于", "doc_number": "发文字号", "title": "标题", "issuer": "发文机关",
    "issuers": "发文机关列表", "recipients": "主送机关", "date": "成文日期", "published": "发布日期",
    "printed_by": "印发机关", "printed_date": "印发日期", "cc": "抄送机关", "publicity": "公开属性",
    "effective": "施行日期", "expires": "失效日期", "span_start": "起始位置", "span_end": "结束位置",
    "n_sections": "章节数", "section_index": "章节序号", "section_path": "章节编号",
    "parent_index": "上级章节序号", "level": "层级", "style": "标号样式", "number": "序数",
    "marker": "标号", "body_start": "正文起始位置", "body_end": "正文结束位置",
    "section_title": "章节标题", "record_index": "记录序号", "raw": "原文",
    "unit_index": "单位序号", "unit": "责任单位", "unit_normalized": "规范单位名称",
    "units": "责任单位", "lead": "牵头单位", "units_normalized": "规范单位名称",
    "inherited": "分工承自章节", "shared_units": "共同责任单位", "responsibilities": "分工记录序号",
    "deadlines": "时限记录序号", "targets": "目标记录序号", "funding": "资金记录序号",
    "amount": "金额（元）", "amount_max": "金额上限（元）", "per": "计量基数", "comparator": "比较符",
    "period": "周期", "purpose": "用途", "kind": "类别", "year": "年", "month": "月", "day": "日",
    "subject": "事项", "indicator": "指标", "value": "数值", "value_max": "数值上限",
}
_ZH_BY_TABLE = {
    "responsibilities": {"lead": "是否牵头"},
    "deadlines": {"date": "完成时限"},
    "targets": {"unit": "计量单位", "year": "目标年份"},
    "cited_documents": {"title": "引用文件名称", "doc_number": "引用文件文号"},
}
_ZH_KINDS = {"responsibilities": "分工", "funding": "资金", "deadlines": "时限", "durations": "期限",
             "targets": "目标", "tasks": "任务", "cited_documents": "引用文件"}
LANGS = ("en", "zh")


def headers(table: str, lang: str = "en") -> list[str]:
    """The header row of ``table``: the column names (``en``), or Chinese ones (``zh``).

    A column with no Chinese name (a kind added to the models later) keeps its English one.

    >>> headers("deadlines", "zh")[:6]
    ['文档ID', '文件标题', '记录序号', '章节序号', '章节编号', '章节标题']
    """
    names = [c for c, _ in TABLES[table]]
    if lang == "en":
        return names
    if lang != "zh":
        raise ValueError(f"unknown header language {lang!r}; choose from {', '.join(LANGS)}")
    own = _ZH_BY_TABLE.get(table, {})

    def zh(c: str) -> str:
        if c.startswith("n_") and c[2:] in _ZH_KINDS:
            return _ZH_KINDS[c[2:]] + "数"
        return own.get(c) or _ZH.get(c) or c

    return [zh(c) for c in names]


# ---------------------------------------------------------------- rows

def cell(value):
    """A row value as a file stores it: lists as JSON arrays, booleans as 0/1.

    >>> cell(["各县（市、区）人民政府", "市财政局"]), cell([]), cell(True), cell("1.10")
    ('["各县（市、区）人民政府", "市财政局"]', '[]', 1, '1.10')
    """
    if isinstance(value, list):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, bool):
        return int(value)
    return value


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_cell(value):
    """A cell that Excel and WPS show as text, never run as a formula (OWASP's rule).

    >>> [spreadsheet_cell(v) for v in ("=SUM(A1)", "-1", "@A1", "市财政局", -1.5, None)]
    ["'=SUM(A1)", "'-1", "'@A1", '市财政局', -1.5, None]
    """
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def section_path(section_id: str | None) -> str | None:
    """A section's tree id in a form no reader takes for a number: ``1.10`` → ``s1.10``."""
    return None if section_id is None else f"s{section_id}"


def _record_value(kind: RecordKind, field: str, value):
    # A task's record lists hold 0-based indices into the document's lists; in the
    # tables they are the record_index (1-based) of the rows of those tables.
    if field in _KIND_NAMES and kind.name == "tasks" and isinstance(value, list):
        return [i + 1 for i in value]
    return value


def _kind_rows(kind: RecordKind, doc_id: str, doc_title, records: list[dict], where) -> Iterable[tuple]:
    has_section, has_raw = "section" in kind.model.model_fields, "raw" in kind.model.model_fields
    fields = _fields(kind)
    for j, r in enumerate(records, 1):
        tail = ((r["raw"],) if has_raw else ()) + (r["span"][0], r["span"][1])
        head = (doc_id, doc_title, j)
        if kind.name == PER_UNIT:
            units, norm, lead = r.get("units") or [], r.get("units_normalized") or [], r.get("lead") or []
            for k, unit in enumerate(units or [None], 1 if units else 0):
                yield head + (k, *where(r.get("section")), unit,
                              norm[k - 1] if 0 < k <= len(norm) else None,
                              int(unit in lead) if unit else 0) + tail
        else:
            yield (head + (where(r.get("section")) if has_section else ())
                   + tuple(_record_value(kind, f, r.get(f)) for f in fields) + tail)


def table_rows(name: str, result: Mapping, *, input: str | None = None, member: str | None = None,
               duplicates: Mapping[int, str] | None = None) -> dict[str, list[tuple]]:
    """The rows one parse result (its JSON data) adds to each table of :data:`TABLES`.

    ``name`` names the input (a batch's logical name); each document's ``doc_id`` is
    ``name#1``, ``name#2`` …  ``input`` and ``member`` fill the documents table
    (``input`` defaults to ``name``); ``duplicates`` maps a document's 1-based index to
    the ``doc_id`` of the document it repeats (:func:`find_duplicates`).  Values are as
    in the JSON (lists stay lists; :func:`cell` makes them file cells), in the order of
    each table's columns.

    >>> from policyparse import parse_text
    >>> data = parse_text("关于建设示范基地的通知\\n\\n一、工作目标\\n到2025年，建成示范基地5个。")
    >>> rows = table_rows("a.txt", data.model_dump(mode="json"))
    >>> rows["sections"][0][:4]
    ('a.txt#1', '关于建设示范基地的通知', 1, 's1')
    >>> rows["deadlines"][0][2:6]
    (1, 1, 's1', '工作目标')
    """
    rows: dict[str, list[tuple]] = {t: [] for t in TABLES}
    src = result.get("source") or {}
    duplicates = duplicates or {}
    for i, doc in enumerate(result.get("documents", []), 1):
        doc_id = f"{name}#{i}"
        md = doc.get("metadata") or {}
        title = md.get("title")
        by_id: dict[str, tuple[int, str]] = {}

        def walk(sections, parent):
            for s in sections:
                index = len(by_id) + 1
                by_id[s["id"]] = (index, s["title"])
                rows["sections"].append((
                    doc_id, title, index, section_path(s["id"]), parent, s["level"], s["style"],
                    s["number"], s["marker"], s["title"], s["span"][0], s["span"][1],
                    s["body_span"][0], s["body_span"][1]))
                walk(s.get("children") or [], index)

        def where(section_id):
            index, section_title = by_id.get(section_id, (None, None))
            return index, section_path(section_id), section_title

        walk(doc.get("sections") or [], None)
        counts = []
        for kind in RECORD_KINDS:
            records = kind.records(doc)
            counts.append(len(records))
            rows[kind.name] += _kind_rows(kind, doc_id, title, records, where)
        rows["documents"].append((
            doc_id, name, input or name, member, i, src.get("format"), src.get("sha256"),
            duplicates.get(i), md.get("doc_number"), title, md.get("issuer"),
            md.get("issuers") or [], md.get("recipients") or [], md.get("date"), md.get("published"),
            md.get("printed_by"), md.get("printed_date"), md.get("cc") or [], md.get("publicity"),
            md.get("effective"), md.get("expires"), doc["span"][0], doc["span"][1], len(by_id), *counts))
    return rows


# ---------------------------------------------------------------- duplicates

def _squeeze(text: str | None) -> str:
    return "".join((text or "").split())


def fingerprints(result) -> list[dict]:
    """Per document of a result: its ``doc_number``, ``title``, ``issuer``, ``date`` and ``text_sha256``.

    ``text_sha256`` is the SHA-256 of the document's normalised text with all
    whitespace removed, or None when the result holds no text (loaded from JSON
    written without ``--text``).  ``result`` is a :class:`~policyparse.models.ParseResult`.
    """
    text = result.text or ""
    out = []
    for doc in result.documents:
        body = _squeeze(text[doc.span[0]:doc.span[1]])
        md = doc.metadata
        out.append({"doc_number": md.doc_number, "title": md.title, "issuer": md.issuer,
                    "date": md.date.isoformat() if md.date else None,
                    "text_sha256": hashlib.sha256(body.encode()).hexdigest() if body else None})
    return out


class Duplicates:
    """Documents met again, input after input: :meth:`add` each input's fingerprints in order.

    A document repeats an earlier one when both have the same ``doc_number`` and title
    (whitespace aside), the same header — title, number, issuer and date, the title
    printed and the others alike even where absent (a document without a 文号 read from
    two formats whose texts differ in layout) — or the same ``text_sha256``.
    Documents of one input are never duplicates of each other.
    """

    def __init__(self) -> None:
        self._first: dict[tuple, str] = {}

    def add(self, name: str, docs: list[dict]) -> dict[int, str]:
        """The documents of input ``name`` that repeat an earlier one: their 1-based
        index → the ``doc_id`` (``name#i``) of the first document they repeat."""
        found: dict[int, str] = {}
        mine: dict[tuple, str] = {}
        for i, fp in enumerate(docs, 1):
            keys = []
            if fp.get("doc_number") and fp.get("title"):
                keys.append(("number", _squeeze(fp["doc_number"]), _squeeze(fp["title"])))
            if fp.get("title") and ("issuer" in fp or "date" in fp):  # older manifests have neither
                keys.append(("header", _squeeze(fp["title"]), _squeeze(fp.get("doc_number")),
                             _squeeze(fp.get("issuer")), fp.get("date")))
            if fp.get("text_sha256"):
                keys.append(("text", fp["text_sha256"]))
            original = next((self._first[k] for k in keys if k in self._first), None)
            if original is not None:
                found[i] = original
            for k in keys:
                mine.setdefault(k, original or f"{name}#{i}")
        for k, v in mine.items():
            self._first.setdefault(k, v)
        return found


def find_duplicates(inputs: Iterable[tuple[str, list[dict]]]) -> dict[str, dict[int, str]]:
    """Which documents repeat a document of an earlier input (see :class:`Duplicates`).

    ``inputs`` are ``(name, fingerprints)`` in input order.  Returns, for each name
    with repeats, its document's 1-based index → the ``doc_id`` of the first one.

    >>> find_duplicates([("a.txt", [{"doc_number": "X〔2024〕1号", "title": "关于…的通知"}]),
    ...                  ("a.pdf", [{"doc_number": "X〔2024〕1号", "title": "关于…的通知"}]),
    ...                  ("b.txt", [{"doc_number": None, "title": "关于…的通知"}])])
    {'a.pdf': {1: 'a.txt#1'}}
    """
    seen = Duplicates()
    return {name: found for name, docs in inputs if (found := seen.add(name, docs))}
