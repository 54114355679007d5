"""Analytics over many results: the agency × task matrix and the calendar of deadlines.

Both read parse results — of documents parsed now, saved by ``policyparse extract``,
or written by a batch into an OUTDIR (:func:`load_outdir`) — one document at a time:

* :func:`matrix` counts, for every normalised agency, the tasks it leads, the tasks it
  is assigned without leading (``partner``), their total and the documents they are
  in; optionally one column per document.  It returns a :class:`Table` (columns and
  rows), which :func:`csv_text` writes for Excel and WPS and which any other
  tabular writer can take as it is.
* :func:`calendar` writes every deadline that has a date as an all-day event of an
  iCalendar file (RFC 5545), by hand: no library is needed at run time.

The same document published in several files (a notice as .txt, .docx and .pdf) is
counted once (:func:`documents`), unless asked otherwise.  This module does not parse
files nor decide what to do with a bad one: it reads results, and says what it left out.
"""
from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date as Date, datetime, timedelta, timezone
from pathlib import Path
from typing import NamedTuple

from .models import Deadline, Document, ParseResult, Responsibility, Section, Task
from .report import load_result

MATRIX_COLUMNS = ("agency", "lead", "partner", "total", "documents")
"""Columns of :func:`matrix`; with ``by_document`` one column per document (its ``doc_id``)
comes after ``agency``."""


class Table(NamedTuple):
    """Rows of cells under named columns: what a CSV, JSON or spreadsheet writer takes."""

    columns: tuple[str, ...]
    rows: list[tuple]

    def records(self) -> list[dict]:
        """One dict per row, column name -> cell."""
        return [dict(zip(self.columns, row)) for row in self.rows]


@dataclass(frozen=True)
class Doc:
    """One document of a result, with the name of the input it came from."""

    name: str  # the input: its logical name in a batch, the path given otherwise
    index: int  # 1-based position of the document in its input
    result: ParseResult
    document: Document

    @property
    def doc_id(self) -> str:
        """``name#index``, as in the batch tables."""
        return f"{self.name}#{self.index}"



# ---------------------------------------------------------------- reading results

def load_saved(path: str | os.PathLike) -> list[ParseResult]:
    """The results in a file saved by ``policyparse extract``: one object, an array of
    them (several inputs) or JSON lines (``--format jsonl``).  Raises ValueError."""
    data = Path(path).read_text(encoding="utf-8")
    try:
        obj = json.loads(data)
    except ValueError:
        return [load_result(line) for line in data.splitlines() if line.strip()]
    objects = obj if isinstance(obj, list) else [obj]
    if not all(isinstance(o, dict) for o in objects):
        raise ValueError("not a JSON object, nor an array of them")
    return [ParseResult.model_validate({"text": "", **o}) for o in objects]


class Unread(NamedTuple):
    """An input of a batch whose result cannot be had: one line saying why."""

    message: str
    in_batch: bool  # the batch itself failed or skipped the input (its manifest says why)


def load_outdir(outdir: str | os.PathLike) -> Iterator[tuple[str, ParseResult | Unread]]:
    """``(name, result)`` for every input of the batch written into ``outdir``, in the manifest's order.

    A result is read from its JSON file (``-f json``), else from ``results.jsonl`` (``-f jsonl``),
    matched by SHA-256.  An input that the batch could not parse, whose result neither
    holds, or whose file is not a result gives an :class:`Unread` instead.
    """
    from .batch.outputs import JSONL, MANIFEST, read_manifest

    root = Path(outdir)
    lines: dict[str, str] | None = None
    for name, entry in read_manifest(root / MANIFEST).items():
        if entry.get("status") != "ok":
            reason = (entry.get("error") or str(entry.get("status"))).split(": ", 1)[-1]
            yield name, Unread(f"left out, as the batch did not parse it ({reason})", True)
            continue
        out = entry.get("output")
        try:
            if out and (root / out).is_file():
                yield name, load_result((root / out).read_bytes())
                continue
            if lines is None:
                lines = _jsonl_by_sha256(root / JSONL)
            if entry.get("sha256") in lines:
                yield name, load_result(lines[entry["sha256"]])
            else:
                yield name, Unread(f"{root}: no saved result for {name} (no JSON file, no line of {JSONL}; "
                                   f"run the batch again with --resume -f json)", False)
        except (OSError, ValueError) as exc:
            reason = getattr(exc, "strerror", None) or str(exc).splitlines()[0]
            yield name, Unread(f"{root / (out or JSONL)}: not a readable policyparse result ({reason})", False)


def _jsonl_by_sha256(path: Path) -> dict[str, str]:
    lines: dict[str, str] = {}
    if path.is_file():
        with open(path, encoding="utf-8") as f:
            for line in f:
                try:
                    sha = (json.loads(line).get("source") or {}).get("sha256")
                except (ValueError, AttributeError):
                    continue
                if sha:
                    lines.setdefault(sha, line)
    return lines


@dataclass
class Documents:
    """The documents of some results, each the same document only once; see :func:`documents`.

    ``known`` holds fingerprints (:func:`policyparse.tabular.fingerprints`) recorded
    when the results were made — a batch's manifest keeps them, with the hash of the
    text that saved results leave out — by input name; others are taken from the results.
    """

    keep_duplicates: bool = False
    known: dict[str, list[dict]] = field(default_factory=dict)
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (doc_id left out, doc_id kept)

    def __call__(self, results: Iterable[tuple[str, ParseResult]]) -> Iterator[Doc]:
        from .tabular import Duplicates, fingerprints

        seen = Duplicates()
        for name, result in results:
            repeats = {} if self.keep_duplicates else seen.add(name, self.known.get(name) or fingerprints(result))
            for i, document in enumerate(result.documents, 1):
                doc = Doc(name, i, result, document)
                if i in repeats:
                    self.duplicates.append((doc.doc_id, repeats[i]))
                    continue
                yield doc


def documents(results: Iterable[tuple[str, ParseResult]], keep_duplicates: bool = False) -> Iterator[Doc]:
    """Every document of ``results`` (``(name, result)`` pairs), a document met again in a
    later input (the same 文号 and title, the same header, or the same text: the batch's rule,
    :class:`policyparse.tabular.Duplicates`) left out unless ``keep_duplicates``.

    Use :class:`Documents` to learn which were left out."""
    return Documents(keep_duplicates)(results)


def outdir_fingerprints(outdir: str | os.PathLike) -> dict[str, list[dict]]:
    """The fingerprints of each input's documents that a batch recorded in its manifest."""
    from .batch.outputs import MANIFEST, read_manifest

    return {name: e["documents"] for name, e in read_manifest(Path(outdir) / MANIFEST).items()
            if isinstance(e.get("documents"), list)}


# ---------------------------------------------------------------- the matrix

def task_agencies(document: Document, task: Task, names: dict[str, str] | None = None) -> dict[str, bool]:
    """The normalised agencies of ``task``, each once, in order -> whether it leads the task.

    A unit is named as its assignment normalised it (``units_normalized``); units a task
    inherits from its section or from a document-wide convention are looked up among the
    document's assignments, else normalised here.  ``names`` (unit -> normalised name for
    the whole document, from :func:`unit_names`) saves building that map for every task.
    """
    from .extractors.units import normalise_unit

    names = unit_names(document.responsibilities) if names is None else names
    own = unit_names(document.responsibilities[k] for k in task.responsibilities)
    agencies: dict[str, bool] = {}
    prefix = ""
    for unit in [*task.units, *(u for u in task.shared_units if u not in task.units)]:
        norm = own.get(unit) or names.get(unit)
        if norm is None:
            norm, prefix = normalise_unit(unit, prefix)
        agencies[norm] = agencies.get(norm, False) or unit in task.lead
    return agencies


def unit_names(responsibilities: Iterable[Responsibility]) -> dict[str, str]:
    """Each unit as printed -> its normalised name, as the assignments normalised it (first seen)."""
    names: dict[str, str] = {}
    for r in responsibilities:
        for unit, norm in zip(r.units, r.units_normalized):
            names.setdefault(unit, norm)
    return names


def matrix(docs: Iterable[Doc], by_document: bool = False) -> Table:
    """The agency × task matrix of ``docs``: per agency, the tasks it leads, the tasks it is
    assigned without leading (also when the task marks no lead), their total, and the
    number of documents; with ``by_document``, a column per document with the agency's
    tasks there.  Rows are sorted by total, then lead, then name.
    """
    lead: dict[str, int] = {}
    partner: dict[str, int] = {}
    per_doc: dict[str, dict[str, int]] = {}
    doc_ids: list[str] = []
    for doc in docs:
        doc_ids.append(doc.doc_id)
        names = unit_names(doc.document.responsibilities)
        for task in doc.document.tasks:
            for agency, leads in task_agencies(doc.document, task, names).items():
                counter = lead if leads else partner
                counter[agency] = counter.get(agency, 0) + 1
                cells = per_doc.setdefault(agency, {})
                cells[doc.doc_id] = cells.get(doc.doc_id, 0) + 1
    agencies = sorted(per_doc, key=lambda a: (-(lead.get(a, 0) + partner.get(a, 0)), -lead.get(a, 0), a))
    shown = [d for d in doc_ids if any(d in per_doc[a] for a in agencies)] if by_document else []
    rows = []
    for a in agencies:
        n_lead, n_partner = lead.get(a, 0), partner.get(a, 0)
        rows.append((a, *(per_doc[a].get(d, 0) for d in shown), n_lead, n_partner, n_lead + n_partner,
                     len(per_doc[a])))
    return Table(("agency", *shown, *MATRIX_COLUMNS[1:]), rows)


def csv_text(table: Table) -> str:
    """``table`` as CSV for Excel and WPS: a BOM first, CRLF line ends, and every text cell
    that a spreadsheet would run as a formula made text (``batch.outputs.spreadsheet_cell``)."""
    import csv
    import io

    from .batch.outputs import spreadsheet_cell

    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow([spreadsheet_cell(c) for c in table.columns])
    for row in table.rows:
        writer.writerow([spreadsheet_cell(c) for c in row])
    return "\ufeff" + buf.getvalue()


# ---------------------------------------------------------------- the calendar

PRODID = "-//policyparse//policyparse deadlines//EN"
SUMMARY_CHARS = 40  # characters of the task kept in an event's summary
LINE_OCTETS = 75  # RFC 5545 3.1: content lines are folded at 75 octets
SENTENCE_ENDS = "。；;！？!?\n"


def escape_text(value: str) -> str:
    r"""A TEXT value per RFC 5545 3.3.11: ``\`` ``;`` ``,`` and line breaks escaped.

    >>> escape_text("甲，乙;丙,丁\\戊\n己")
    '甲，乙\\;丙\\,丁\\\\戊\\n己'
    """
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return value.replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n")


def fold(line: str) -> str:
    """A content line folded into lines of at most 75 octets (UTF-8), each continuation
    starting with a space, never inside a character; joined by CRLF, none at the end.

    >>> [len(x.encode()) for x in fold("SUMMARY:" + "任务" * 40).split("\\r\\n")]
    [74, 73, 73, 31]
    """
    out, current, size = [], [], 0
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > LINE_OCTETS:
            out.append("".join(current))
            current, size = [" "], 1
        current.append(ch)
        size += n
    out.append("".join(current))
    return "\r\n".join(out)


def _short(text: str, limit: int = SUMMARY_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _summary(d: Deadline, task: Task | None, heading: str) -> str:
    """The task when it is short; else the sentence of the task that holds the deadline,
    after the title of its section (``heading``) unless the sentence holds that; with no
    task, the deadline's subject (or its own text)."""
    if task is None:
        return _short(d.subject or d.raw)
    text = " ".join(task.raw.split())
    if len(text) <= SUMMARY_CHARS:
        return text
    raw, s, e = task.raw, d.span[0] - task.span[0], d.span[1] - task.span[0]
    start = max(raw.rfind(ch, 0, s) for ch in SENTENCE_ENDS) + 1
    ends = [i for i in (raw.find(ch, e) for ch in SENTENCE_ENDS) if i != -1]
    sentence = raw[start:min(ends) if ends else len(raw)].strip(" ，,")
    return _short(sentence if not heading or heading in sentence else f"{heading}：{sentence}")


def _sections(by_id: dict[str, Section], section_id: str | None) -> list[Section]:
    """The section ``section_id`` and its ancestors, outermost first (``by_id``: the document's sections)."""
    parts = section_id.split(".") if section_id else []
    return [s for s in (by_id.get(".".join(parts[:i])) for i in range(1, len(parts) + 1)) if s is not None]


def _period_note(d: Deadline) -> str:
    if d.day is not None or d.date is None:
        return ""
    if d.month is not None:
        return f"The text gives only the month ({d.year}-{d.month:02d}); the event is on its last day."
    return f"The text gives only the year ({d.date.year}); the event is on its last day."


@dataclass(frozen=True)
class Event:
    """One deadline as an all-day event."""

    uid: str
    day: Date
    summary: str
    description: str

    def lines(self, stamp: str) -> list[str]:
        """The VEVENT's content lines, unfolded."""
        return ["BEGIN:VEVENT", f"UID:{self.uid}", f"DTSTAMP:{stamp}",
                f"DTSTART;VALUE=DATE:{self.day:%Y%m%d}",
                f"DTEND;VALUE=DATE:{self.day + timedelta(days=1):%Y%m%d}",
                f"SUMMARY:{escape_text(self.summary)}", f"DESCRIPTION:{escape_text(self.description)}",
                "TRANSP:TRANSPARENT", "END:VEVENT"]


def events(docs: Iterable[Doc]) -> Iterator[Event]:
    """An event for every deadline with a date, in document order.

    The summary is the deadline's task, or when that is longer than :data:`SUMMARY_CHARS`
    the title of its section and the task's sentence that holds the deadline (with no
    task, the deadline's subject), cut to that length; the description holds the document, the section path, the lead
    and other units, the deadline as printed and the whole task.  A deadline that names
    only a year or a month is on the last day of that period (``Deadline.date``), and the
    description says so.  The UID is made from the input's SHA-256 (its name when it has
    none), the document's index and the deadline's span, so it is the same in every run.
    """
    from .segment import walk

    for doc in docs:
        document = doc.document
        owner: dict[int, Task] = {k: t for t in document.tasks for k in t.deadlines}
        by_id: dict[str, Section] = {s.id: s for s in walk(document.sections)}
        names = unit_names(document.responsibilities)
        source = doc.result.source.sha256 or doc.name
        for k, d in enumerate(document.deadlines):
            if d.date is None:
                continue
            task = owner.get(k)
            what = task.raw if task is not None else (d.subject or d.raw)
            agencies = task_agencies(document, task, names) if task is not None else {}
            m = document.metadata
            path = _sections(by_id, d.section)
            lines = [f"{m.title or doc.name}" + (f" {m.doc_number}" if m.doc_number else ""),
                     f"Section: {d.section} " + " › ".join(f"{x.marker}{x.title}" for x in path) if path else "",
                     f"Lead: {'、'.join(a for a, leads in agencies.items() if leads)}"
                     if any(agencies.values()) else "",
                     f"Units: {'、'.join(a for a, leads in agencies.items() if not leads)}"
                     if not all(agencies.values()) else "",
                     f"Deadline: {d.raw}", _period_note(d), f"Task: {' '.join(what.split())}",
                     f"Source: {doc.doc_id}"]
            uid = hashlib.sha256(f"{source}#{doc.index}:{d.span[0]}-{d.span[1]}".encode()).hexdigest()[:32]
            yield Event(f"{uid}@policyparse", d.date, _summary(d, task, path[-1].title if path else ""), "\n".join(x for x in lines if x))


def calendar(docs: Iterable[Doc], now: datetime | None = None) -> str:
    """An iCalendar file (RFC 5545: CRLF, folded lines, escaped text) with an all-day event for
    every deadline with a date in ``docs``; ``now`` (UTC, default the current time) is the DTSTAMP."""
    stamp = (now or datetime.now(timezone.utc)).astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN", "METHOD:PUBLISH"]
    for event in events(docs):
        lines += event.lines(stamp)
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)
