"""The review page: one self-contained HTML file that shows what the parser found.

:func:`render` turns parse results into a page that needs nothing else — no
network, no external CSS or JavaScript — so it works opened from disk and on an
intranet.  For each document it shows

* a metadata card (文号, title, issuer, 主送, dates, publicity) and the warnings;
* the outline as a navigation pane: marker, title, section id and the records of
  each kind in that section (its own, children excluded); a click jumps to the
  section, whose anchor is ``id="s-<section id>"`` (``d<n>-s-<id>`` for the n-th
  document of a file that holds several, n ≥ 2);
* the normalised text with every record highlighted: one colour and one
  underline pattern per kind (so the kinds stay apart for colour-blind readers),
  nested where records overlap.  Each highlight carries ``data-kind`` (the
  document's list: ``targets``, ``deadlines`` …) and ``data-index`` (the index in
  that list); a record that crosses the edge of another is drawn in pieces, and
  every piece after the first also has the class ``cont``.  Hovering shows the
  record's fields (and, for a result parsed with explaining on, its rule);
* a sortable table of records per kind; clicking a row scrolls to its highlight.

:func:`render_index` writes the index of a batch: every input with its status,
counts and error, linking to its page.
"""
from __future__ import annotations

import html
import json
from collections import Counter
from typing import Any, Iterable

from .models import Document, ParseResult, Section
from .segment import walk

KINDS: tuple[str, ...] = ("responsibilities", "funding", "deadlines", "durations", "targets", "tasks")
"""Record lists shown on the page, in this order (a kind the models lack is skipped)."""

LABELS = {"responsibilities": "责任 responsibilities", "funding": "资金 funding", "deadlines": "时限 deadlines",
          "durations": "期限 durations", "targets": "目标 targets", "tasks": "任务 tasks"}

# Fields of a record shown in its table and tooltip, after its index and section.
FIELDS = {
    "responsibilities": ("lead", "units", "units_normalized"),
    "funding": ("amount", "amount_max", "per", "comparator", "period", "purpose", "kind"),
    "deadlines": ("year", "month", "day", "date", "subject"),
    "durations": (),
    "targets": ("indicator", "comparator", "value", "value_max", "unit", "year"),
    "tasks": ("lead", "units"),
}

CSS = """
:root { --rsp:#cfe3ff; --fun:#fff0a8; --ddl:#ffd3d3; --dur:#e6dcff; --tgt:#cdf2cd; --tsk:#f2f2f2; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.7 "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; color: #1d1d1f; }
header.top { padding: 10px 18px; background: #23395d; color: #fff; }
header.top h1 { font-size: 17px; margin: 0; }
.doc { display: grid; grid-template-columns: minmax(220px, 22%) 1fr; border-bottom: 4px solid #23395d; }
nav.outline { position: sticky; top: 0; align-self: start; max-height: 100vh; overflow: auto; padding: 10px; background: #f7f8fa; border-right: 1px solid #ddd; font-size: 13px; }
nav.outline ul { list-style: none; margin: 0; padding-left: 12px; }
nav.outline > ul { padding-left: 0; }
nav.outline a { color: #23395d; text-decoration: none; }
nav.outline a:hover { text-decoration: underline; }
.sid { color: #888; font-size: 11px; margin-left: 4px; }
.cnt { font-size: 11px; margin-left: 3px; padding: 0 3px; border-radius: 3px; }
main { padding: 12px 22px; min-width: 0; }
.card { border: 1px solid #ccd; border-radius: 6px; padding: 8px 14px; margin-bottom: 12px; background: #fbfbfe; }
.card dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 14px; margin: 0; }
.card dt { color: #555; }
.card dd { margin: 0; }
.warnings { color: #8a4b00; background: #fff6e5; border: 1px solid #f0c36d; border-radius: 6px; padding: 6px 12px; margin-bottom: 12px; }
.legend span { margin-right: 12px; }
.chunk, section.records { content-visibility: auto; contain-intrinsic-size: auto 1200px; }
.text { white-space: pre-wrap; word-break: break-all; border: 1px solid #e3e3e3; border-radius: 6px; padding: 10px 14px; }
.sec-anchor { scroll-margin-top: 8px; }
mark.hl { color: inherit; padding: 1px 0; border-radius: 2px; }
mark.hl mark.hl { padding: 2px 0; }
.k-responsibilities { background: var(--rsp); border-bottom: 2px solid #1f5fa8; }
.k-funding { background: var(--fun); border-bottom: 2px dotted #8c6d00; }
.k-deadlines { background: var(--ddl); border-bottom: 2px dashed #b02a2a; }
.k-durations { background: var(--dur); text-decoration: underline wavy #6a4bb5; }
.k-targets { background: var(--tgt); border-bottom: 3px double #237a3b; }
.k-tasks { background: var(--tsk); outline: 1px dashed #999; }
mark.flash { outline: 3px solid #ff8c00; }
section.records h3 { font-size: 15px; margin: 16px 0 4px; }
table { border-collapse: collapse; font-size: 13px; width: 100%; }
th, td { border: 1px solid #ddd; padding: 2px 6px; text-align: left; vertical-align: top; }
th { background: #eef1f6; cursor: pointer; user-select: none; }
tr[data-kind] { cursor: pointer; }
tr[data-kind]:hover { background: #fffbe6; }
.empty { color: #888; }
"""

JS = """
function flash(el) { el.classList.add('flash'); setTimeout(() => el.classList.remove('flash'), 1500); }
function sortBy(th) {
  const table = th.closest('table'), body = table.tBodies[0], col = th.cellIndex;
  const asc = th.dataset.dir !== 'asc'; th.dataset.dir = asc ? 'asc' : 'desc';
  const key = r => { const t = r.cells[col].dataset.v ?? r.cells[col].textContent; const n = parseFloat(t); return isNaN(n) ? t : n; };
  const rows = Array.from(body.rows).sort((a, b) => { const x = key(a), y = key(b);
    return (typeof x === typeof y ? (x < y ? -1 : x > y ? 1 : 0) : (typeof x === 'number' ? -1 : 1)) * (asc ? 1 : -1); });
  rows.forEach(r => body.appendChild(r));
}
document.addEventListener('click', e => {
  const th = e.target.closest('th'); if (th && th.closest('section.records')) { sortBy(th); return; }
  const row = e.target.closest('tr[data-kind]'); if (!row) return;
  const doc = row.closest('.doc');
  const m = doc.querySelector(`mark.hl:not(.cont)[data-kind="${row.dataset.kind}"][data-index="${row.dataset.index}"]`);
  if (m) { m.scrollIntoView({block: 'center'}); flash(m); }
});
"""


def _esc(value: Any) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _kinds(doc: Document) -> list[str]:
    return [k for k in KINDS if k in type(doc).model_fields]


def _value(record: Any, name: str) -> Any:
    v = getattr(record, name, None)
    if isinstance(v, list):
        return "、".join(map(str, v))
    if isinstance(v, float) and v.is_integer():
        return int(v)
    return v


def _fields(kind: str) -> tuple[str, ...]:
    return FIELDS.get(kind, ())


def _tooltip(kind: str, index: int, record: Any, explain: bool) -> str:
    parts = [f"{kind}[{index}]", f"section {record.section or '—'}"]
    for name in _fields(kind):
        v = _value(record, name)
        if v not in (None, ""):
            parts.append(f"{name}: {v}")
    rule = getattr(record, "rule", None)
    if explain and rule:
        parts.append(f"rule: {rule}")
    return "\n".join(parts)


def _anchor_id(prefix: str, section_id: str) -> str:
    return f"{prefix}s-{section_id}"


CHUNK_PARTS = 400
"""The text is drawn in chunks of about this many pieces, each cut where a line ends
outside every highlight; the browser lays out only the chunks on screen
(``content-visibility: auto``), so a long plan opens fast."""


def _highlighted_text(text: str, doc: Document, prefix: str, explain: bool) -> str:
    """The document's text with nested <mark> highlights and section anchors."""
    start, end = doc.span
    spans: list[tuple[int, int, str, int, str]] = []  # start, end, kind, index, tooltip
    for kind in _kinds(doc):
        for i, rec in enumerate(getattr(doc, kind)):
            s, e = rec.span
            s, e = max(s, start), min(e, end)
            if s < e:
                spans.append((s, e, kind, i, _tooltip(kind, i, rec, explain)))
    starting: dict[int, list] = {}
    for sp in spans:
        starting.setdefault(sp[0], []).append(sp)
    anchors: dict[int, list[str]] = {}
    for sec in walk(doc.sections):
        anchors.setdefault(sec.span[0], []).append(sec.id)
    bounds = sorted({start, end, *starting, *(sp[1] for sp in spans), *anchors})
    out: list[str] = []
    stack: list[tuple] = []  # open spans, outermost first
    chunk_start = [0]  # where the current chunk began in out

    def open_(sp, cont: bool) -> None:
        cls = f"hl k-{sp[2]}" + (" cont" if cont else "")
        out.append(f'<mark class="{cls}" data-kind="{sp[2]}" data-index="{sp[3]}" title="{_esc(sp[4])}">')

    for p, q in zip(bounds, bounds[1:] + [None]):
        if any(sp[1] == p for sp in stack):
            # close down to the outermost span that ends here, reopen the rest inside
            k = min(i for i, sp in enumerate(stack) if sp[1] == p)
            reopen = [sp for sp in stack[k:] if sp[1] != p]
            out.append("</mark>" * (len(stack) - k))
            del stack[k:]
            for sp in reopen:
                open_(sp, True)
                stack.append(sp)
        for sid in anchors.get(p, ()):
            out.append(f'<span class="sec-anchor" id="{_esc(_anchor_id(prefix, sid))}"></span>')
        for sp in sorted(starting.get(p, ()), key=lambda x: (-x[1], KINDS.index(x[2]), x[3])):
            open_(sp, False)
            stack.append(sp)
        if q is not None:
            piece = text[p:q]
            if not stack and len(out) - chunk_start[0] > CHUNK_PARTS and "\n" in piece:
                cut = piece.index("\n") + 1  # a line ends outside every highlight: start a new chunk
                out.append(html.escape(piece[:cut], quote=False))
                out.append('</div><div class="chunk">')
                chunk_start[0] = len(out)
                piece = piece[cut:]
            out.append(html.escape(piece, quote=False))
    out.append("</mark>" * len(stack))
    return '<div class="chunk">' + "".join(out) + "</div>"


def _own_counts(doc: Document) -> dict[str, Counter]:
    counts: dict[str, Counter] = {}
    for kind in _kinds(doc):
        for rec in getattr(doc, kind):
            if rec.section:
                counts.setdefault(rec.section, Counter())[kind] += 1
    return counts


def _outline(sections: list[Section], counts: dict[str, Counter], prefix: str) -> str:
    if not sections:
        return ""
    items = []
    for s in sections:
        badges = "".join(f'<span class="cnt k-{k}" title="{_esc(k)}">{n}</span>'
                         for k, n in sorted(counts.get(s.id, {}).items(), key=lambda kv: KINDS.index(kv[0])))
        items.append(f'<li><a href="#{_esc(_anchor_id(prefix, s.id))}" data-section="{_esc(s.id)}">'
                     f'{_esc(s.marker)} {_esc(s.title[:40])}</a><span class="sid">{_esc(s.id)}</span>{badges}'
                     f'{_outline(s.children, counts, prefix)}</li>')
    return "<ul>" + "".join(items) + "</ul>"


def _card(doc: Document) -> str:
    m = doc.metadata
    rows = [("文号 number", m.doc_number), ("标题 title", m.title), ("发文机关 issuer", m.issuer),
            ("主送 to", "、".join(m.recipients) or None), ("成文日期 date", m.date),
            ("发布 published", getattr(m, "published", None)), ("印发 printed", m.printed_date),
            ("生效 effective", getattr(m, "effective", None)), ("有效期 expires", getattr(m, "expires", None)),
            ("公开 publicity", m.publicity)]
    body = "".join(f"<dt>{_esc(k)}</dt><dd>{_esc(v)}</dd>" for k, v in rows if v not in (None, ""))
    return f'<div class="card"><dl>{body or "<dt>metadata</dt><dd>none found</dd>"}</dl></div>'


def _records_tables(doc: Document, explain: bool) -> str:
    parts = []
    for kind in _kinds(doc):
        records = getattr(doc, kind)
        cols = ("#", "section", "raw") + _fields(kind) + (("rule",) if explain else ())
        head = "".join(f"<th>{_esc(c)}</th>" for c in cols)
        rows = []
        for i, r in enumerate(records):
            cells = [f'<td data-v="{i}">{i}</td>', f"<td>{_esc(r.section)}</td>", f"<td>{_esc(r.raw)}</td>"]
            cells += [f"<td>{_esc(_value(r, c))}</td>" for c in cols[3:]]
            rows.append(f'<tr data-kind="{kind}" data-index="{i}">{"".join(cells)}</tr>')
        table = (f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>" if rows
                 else '<p class="empty">none</p>')
        parts.append(f'<h3><mark class="k-{kind}">{_esc(LABELS.get(kind, kind))}</mark> ({len(records)})</h3>{table}')
    return '<section class="records">' + "".join(parts) + "</section>"


def _document(result: ParseResult, doc: Document, n: int, has_text: bool, explain: bool) -> str:
    prefix = "" if n == 1 else f"d{n}-"
    counts = _own_counts(doc)
    warnings = "".join(f"<li>{_esc(w)}</li>" for w in result.warnings) if n == 1 else ""
    legend = "".join(f'<span><mark class="k-{k}">{_esc(LABELS[k])}</mark> {len(getattr(doc, k))}</span>'
                     for k in _kinds(doc))
    if has_text:
        body = f'<div class="text">{_highlighted_text(result.text, doc, prefix, explain)}</div>'
    else:
        body = ('<p class="empty">This result was saved without its text (run batch with --text to see '
                'the records highlighted); the records are listed below.</p>')
    return (f'<div class="doc" data-document="{n}"><nav class="outline"><strong>提纲 outline</strong>'
            f'{_outline(doc.sections, counts, prefix) or "<p class=empty>no headings</p>"}</nav><main>'
            f"{_card(doc)}{'<div class=warnings><ul>' + warnings + '</ul></div>' if warnings else ''}"
            f'<p class="legend">{legend}</p>{body}{_records_tables(doc, explain)}</main></div>')


def _page(title: str, body: str) -> str:
    return (f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{_esc(title)}</title><style>{CSS}</style></head><body>{body}"
            f"<script>{JS}</script></body></html>\n")


def render(results: Iterable[ParseResult], *, explain: bool = False) -> str:
    """One self-contained HTML page reviewing every document of ``results``; with
    ``explain``, each record's tooltip and table row name the rule that made it."""
    blocks, titles = [], []
    for result in results:
        name = result.source.path or "text"
        has_text = bool(result.text)
        docs = "".join(_document(result, d, n, has_text, explain) for n, d in enumerate(result.documents, 1))
        if not result.documents:
            docs = '<p class="empty">no document text</p>'
        title = next((d.metadata.title for d in result.documents if d.metadata.title), None) or name
        titles.append(title)
        blocks.append(f'<header class="top"><h1>{_esc(title)}</h1><div>{_esc(name)}</div></header>{docs}')
    return _page(titles[0] if len(titles) == 1 else f"policyparse report: {len(titles)} files", "".join(blocks))


def load_result(data: str | bytes) -> ParseResult:
    """A ParseResult from saved JSON, also when it was saved without its text."""
    obj = json.loads(data)
    obj.setdefault("text", "")
    return ParseResult.model_validate(obj)


def render_index(entries: list[dict], pages: dict[str, str]) -> str:
    """The index page of a batch: ``entries`` are manifest lines, ``pages`` name -> page file."""
    kinds = ("documents", "sections", "responsibilities", "funding", "deadlines", "targets")
    head = "".join(f"<th>{k}</th>" for k in ("input", "status", *kinds, "error"))
    rows = []
    for e in entries:
        name = e.get("name", "")
        link = f'<a href="{_esc(pages[name])}">{_esc(name)}</a>' if name in pages else _esc(name)
        counts = e.get("counts") or {}
        cells = "".join(f'<td data-v="{counts.get(k, 0)}">{counts.get(k, "")}</td>' for k in kinds)
        rows.append(f'<tr data-status="{_esc(e.get("status"))}"><td>{link}</td><td>{_esc(e.get("status"))}</td>'
                    f"{cells}<td>{_esc(e.get('error'))}</td></tr>")
    ok = sum(e.get("status") == "ok" for e in entries)
    body = (f'<header class="top"><h1>policyparse batch: {len(entries)} inputs, {ok} ok</h1></header>'
            f'<main><section class="records"><table><thead><tr>{head}</tr></thead>'
            f"<tbody>{''.join(rows)}</tbody></table></section></main>")
    return _page("policyparse batch report", body)
