"""Read PDF files: the text layer, and scanned pages by OCR.

Text is taken page by page as *segments* (runs of glyphs without a gap) with
their boxes, and the page's drawn lines and rectangles, from one of two
backends that give the same segments:

* ``pypdfium2`` (default): PDFium's text layer; about 20x faster than
  pdfplumber on the sample documents (see benchmarks/bench_readers.py);
* ``pdfplumber``: pdfminer's characters, grouped the same way.  Used when
  pypdfium2 is missing, on request (``read_pdf(..., backend="pdfplumber")``
  or ``POLICYPARSE_PDF_BACKEND=pdfplumber``), or when PDFium's geometry of a
  document is unreliable (below).

Pages that draw images and have no text layer are scanned pages: they are
read by OCR (readers/ocr.py) when the ``ocr`` extra is installed, and named
in the warnings otherwise.

Then, independently of the backend:

1. Geometry is checked.  Font sizes that do not match the glyph boxes
   (PDFium reports 300+ for some 16-point text) are replaced by the box
   heights; if a page's lines still overlap, the other backend reads the
   document.  Both are said in the warnings.
2. Ruled tables (drawn lines that touch each other) are read row by row, one
   tab-separated cell per column.
3. Other segments on one baseline form a line.  Gaps between them decide
   what goes in between: nothing next to a CJK character (the gap is layout,
   not a space: CJK/Latin auto-spacing, justification), a space between
   Latin words, a tab for a wide gap (unruled table cells, columns).
4. Running headers and footers go: page numbers at the top or bottom of a
   page (``— 3 —``, ``-3-``, ``第3页 共12页``, a bare number ...) and lines
   repeated at the top or bottom of most pages.
5. Lines that layout broke are joined back into paragraphs.  A line that
   reaches the right margin and does not end a sentence continues into the
   next one unless that one is indented (first-line indent), starts with a
   heading or list marker or a label (牵头单位：), is a table row, has
   another font size, or sits after a larger vertical gap.  Centred title
   lines are joined; a table row cut by a page break is joined cell by cell.

Not handled: multi-column pages, rotated and vertical text.
"""
from __future__ import annotations

import io
import os
import re
import statistics
from collections import Counter
from dataclasses import dataclass, field, replace

from ..errors import InputError
from ..grammar.markers import match_marker
from . import Decoded

# -------------------------------------------------------------- text helpers

_CJK_RANGES = (
    ("\u2e80", "\u2fff"), ("\u3000", "\u303f"), ("\u3040", "\u30ff"), ("\u3100", "\u312f"),
    ("\u3200", "\u33ff"), ("\u3400", "\u4dbf"), ("\u4e00", "\u9fff"), ("\uf900", "\ufaff"),
    ("\ufe30", "\ufe4f"), ("\uff00", "\uffef"), ("\u2014", "\u2026"),
)


def _is_cjk(ch: str) -> bool:
    """CJK characters, CJK and full-width punctuation (。，“”（）— …)."""
    return any(lo <= ch <= hi for lo, hi in _CJK_RANGES) or "\U00020000" <= ch <= "\U0003134f"


_SENTENCE_END = set("。；：！？!?;:…") | set("）)”’」』】〕")
# A line that starts like this begins an item of its own: never a continuation.
_LABEL = re.compile(
    r"^(?:[\u4e00-\u9fff]{2,4}(?:单位|部门|时限|时间|期限|节点|主体)|责任人|联系人|责任领导)\s*[:：]"
)


def _starts_item(text: str, before: str) -> bool:
    """A heading or list marker (一、 （一） 1. 第三条 ①), or a label
    (牵头单位：) unless the text *before* leaves a bracket open around it."""
    if match_marker(text) is not None:
        return True
    return bool(_LABEL.match(text)) and before.count("（") + before.count("(") <= before.count("）") + before.count(")")


_PAGE_NUMBER = re.compile(
    r"^(?:[—–\-－~～·•_]*\d{1,4}[—–\-－~～·•_]*"
    r"|第\d{1,4}页(?:[,，/／]?共\d{1,4}页)?"
    r"|共\d{1,4}页[,，]?第\d{1,4}页"
    r"|\d{1,4}[/／]\d{1,4}"
    r"|(?:page)?\d{1,4}(?:of\d{1,4})?"
    r"|[—–\-－]*[一二三四五六七八九十百]+[—–\-－]+)$",
    re.IGNORECASE,
)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\ufffe\uffff\u00ad]")
_NUMBER_RANGE_HYPHEN = re.compile(r"(?<=\d)\u00ad(?=\d)")  # 2014\u00ad2020: a range, not a hyphenation point


def _clean(text: str) -> str:
    """Drop control characters and hyphenation points; a soft hyphen between
    digits is the hyphen of a range (2014-2020), which some exporters encode so."""
    return _CONTROL.sub("", _NUMBER_RANGE_HYPHEN.sub("-", text))


@dataclass
class _Seg:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float


@dataclass
class _Line:
    cells: list[list]  # [text, x0] per cell (tab-separated column)
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    page: int
    row: bool = False  # a row of a ruled table: complete, never joined to other lines

    @property
    def text(self) -> str:
        return "\t".join(c[0] for c in self.cells)


@dataclass
class _Page:
    width: float
    height: float
    segs: list[_Seg] = field(default_factory=list)
    lines: list[_Line] = field(default_factory=list)
    rules: list[tuple[float, float, float, float]] = field(default_factory=list)  # x0, top, x1, bottom
    images: int = 0  # how many images the page draws: a page of images and no text is a scan


def _add_rule(page: _Page, x0: float, top: float, x1: float, bottom: float, stroked: bool) -> None:
    """Keep a drawn line or box as table rulings: a thin one as it is, an
    outlined rectangle as its four edges (a filled one is a background)."""
    w, h = x1 - x0, bottom - top
    if max(w, h) < 5:
        return
    if min(w, h) <= 2.5:
        page.rules.append((x0, top, x1, bottom))
    elif stroked:
        page.rules.extend([(x0, top, x1, top), (x0, bottom, x1, bottom), (x0, top, x0, bottom), (x1, top, x1, bottom)])


def _sep(left: str, right: str, gap: float, em: float, column: bool = False) -> str:
    """What a horizontal gap between two glyph runs stands for.

    *column*: the right run starts where other lines of the page start, so a
    gap before it that is wider than any spacing inside a line is a column
    (table cell) boundary.
    """
    if gap >= 2.5 * em or (column and gap >= 0.45 * em):
        return "\t"
    if not left or not right:
        return ""
    if _is_cjk(left[-1]) or _is_cjk(right[0]):
        return " " if gap >= 0.8 * em else ""
    return " " if gap >= 0.15 * em else ""


# -------------------------------------------------------------- backends

def _open_error(path: str, exc: Exception) -> InputError:
    msg = str(exc)
    low = msg.lower()
    if "password" in low or "encrypt" in low:
        return InputError(path, "encrypted PDF; decrypt it first")
    first = msg.splitlines()[0] if msg else type(exc).__name__
    return InputError(path, f"corrupt PDF: {first}")


def _pages_pdfium(data: bytes, path: str) -> list[_Page]:
    import ctypes

    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    try:
        doc = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise _open_error(path, exc) from None
    pages: list[_Page] = []
    index = 0
    try:
        for index in range(len(doc)):
            page = doc[index]
            width, height = page.get_size()
            out = _Page(width, height)
            pages.append(out)
            objects = (raw.FPDFPage_GetObject(page.raw, i) for i in range(raw.FPDFPage_CountObjects(page.raw)))
            for kind, obj in _drawn(raw, objects):
                if kind == raw.FPDF_PAGEOBJ_IMAGE:
                    out.images += 1
                    continue
                box = [ctypes.c_float() for _ in range(4)]
                fill, stroke = ctypes.c_int(), ctypes.c_int()
                raw.FPDFPageObj_GetBounds(obj, *box)
                raw.FPDFPath_GetDrawMode(obj, fill, stroke)
                if raw.FPDFPath_CountSegments(obj) <= 6:  # lines and rectangles, not curves
                    left, bottom, right, top = (v.value for v in box)
                    _add_rule(out, left, height - top, right, height - bottom, bool(stroke.value))
            tp = page.get_textpage()
            n = tp.count_chars()
            if n <= 0:
                continue
            text = tp.get_text_range(0, n)
            if len(text) != n:  # surrogate pairs: fall back to one call per char
                text = "".join(chr(raw.FPDFText_GetUnicode(tp.raw, i)) for i in range(n))
            spans: list[tuple[int, int]] = []
            start = None
            for i in range(n + 1):
                ch = text[i] if i < n else " "
                if ch.isspace() or ch == "\ufffe":
                    if start is not None:
                        spans.append((start, i))
                        start = None
                elif start is None:
                    start = i
            out.segs = [_seg_pdfium(tp, raw, text, a, b, height) for a, b in spans]
    except pdfium.PdfiumError as exc:  # a page tree whose kid is no page, say
        raise InputError(path, f"corrupt PDF: page {index + 1}: {exc}".splitlines()[0]) from None
    finally:
        doc.close()
    return pages


def _drawn(raw, objects, depth: int = 0):
    """(type, handle) of the paths and images among PDFium page objects, those
    inside form objects included.  Raw handles: wrapping every text object in
    a Python object would cost more than reading the page."""
    for obj in objects:
        kind = raw.FPDFPageObj_GetType(obj)
        if kind in (raw.FPDF_PAGEOBJ_PATH, raw.FPDF_PAGEOBJ_IMAGE):
            yield kind, obj
        elif kind == raw.FPDF_PAGEOBJ_FORM and depth < 4:
            inner = (raw.FPDFFormObj_GetObject(obj, i) for i in range(raw.FPDFFormObj_CountObjects(obj)))
            yield from _drawn(raw, inner, depth + 1)


def _seg_pdfium(tp, raw, text: str, start: int, end: int, height: float) -> _Seg:
    l0, b0, r0, t0 = tp.get_charbox(start, loose=True)
    if end - 1 > start:
        l1, b1, r1, t1 = tp.get_charbox(end - 1, loose=True)
    else:
        l1, b1, r1, t1 = l0, b0, r0, t0
    size = raw.FPDFText_GetFontSize(tp.raw, start) or (t0 - b0)
    return _Seg(
        text=_clean(text[start:end]),
        x0=min(l0, l1), x1=max(r0, r1),
        top=height - max(t0, t1), bottom=height - min(b0, b1), size=round(size, 1),
    )


def _pages_pdfplumber(data: bytes, path: str) -> list[_Page]:
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError

    pages: list[_Page] = []
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except Exception as exc:  # PdfminerException wraps the real cause
        cause = exc.args[0] if exc.args and isinstance(exc.args[0], Exception) else exc
        if isinstance(cause, PDFPasswordIncorrect):
            raise InputError(path, "encrypted PDF; decrypt it first") from None
        raise _open_error(path, cause if not isinstance(cause, PDFSyntaxError) else exc) from None
    with pdf:
        try:
            for page in pdf.pages:
                out = _Page(float(page.width), float(page.height))
                pages.append(out)
                out.images = len(page.images)
                for obj in page.lines + page.rects:
                    _add_rule(out, obj["x0"], obj["top"], obj["x1"], obj["bottom"], bool(obj.get("stroke")))
                cur: dict | None = None
                for c in page.chars:
                    ch = c["text"]
                    size = float(c.get("size") or (c["bottom"] - c["top"]))
                    if not ch or ch.isspace():
                        if cur:
                            out.segs.append(_Seg(**cur))
                            cur = None
                        continue
                    if cur is not None:
                        gap = c["x0"] - cur["x1"]
                        same_line = abs(c["bottom"] - cur["bottom"]) < 0.3 * size
                        if same_line and -0.5 * size < gap < 0.15 * size:
                            cur["text"] += ch
                            cur["x1"] = max(cur["x1"], c["x1"])
                            cur["top"] = min(cur["top"], c["top"])
                            cur["bottom"] = max(cur["bottom"], c["bottom"])
                            continue
                        out.segs.append(_Seg(**cur))
                    cur = dict(text=ch, x0=c["x0"], x1=c["x1"], top=c["top"], bottom=c["bottom"], size=round(size, 1))
                if cur:
                    out.segs.append(_Seg(**cur))
                for s in out.segs:
                    s.text = _clean(s.text)
        except Exception as exc:
            cause = exc.args[0] if exc.args and isinstance(exc.args[0], Exception) else exc
            if isinstance(cause, PDFPasswordIncorrect):
                raise InputError(path, "encrypted PDF; decrypt it first") from None
            raise _open_error(path, cause) from None
    return pages


# -------------------------------------------------------------- layout

def _cluster(values: list[float], tol: float = 2.0) -> list[float]:
    """Sorted values with near-equal ones (within *tol*) merged."""
    out: list[float] = []
    for v in sorted(values):
        if out and v - out[-1] <= tol:
            continue
        out.append(v)
    return out


def _grids(page: _Page) -> list[tuple[list, list]]:
    """The ruled tables of a page: (horizontal rules, vertical rules) of each
    group of rules that touch each other, when it has at least two of each."""
    tol = 2.0
    hs = [r for r in page.rules if r[3] - r[1] <= 2.5 and r[2] - r[0] > 5]
    vs = [r for r in page.rules if r[2] - r[0] <= 2.5 and r[3] - r[1] > 5]
    if len(hs) < 2 or len(vs) < 2 or len(hs) * len(vs) > 250_000:
        return []
    parent = list(range(len(hs) + len(vs)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, h in enumerate(hs):
        y = (h[1] + h[3]) / 2
        for j, v in enumerate(vs):
            x = (v[0] + v[2]) / 2
            if h[0] - tol <= x <= h[2] + tol and v[1] - tol <= y <= v[3] + tol:
                parent[find(i)] = find(len(hs) + j)
    groups: dict[int, tuple[list, list]] = {}
    for i, h in enumerate(hs):
        groups.setdefault(find(i), ([], []))[0].append(h)
    for j, v in enumerate(vs):
        groups.setdefault(find(len(hs) + j), ([], []))[1].append(v)
    return [(h, v) for h, v in groups.values()
            if len(_cluster([(r[1] + r[3]) / 2 for r in h])) >= 2 and len(_cluster([(r[0] + r[2]) / 2 for r in v])) >= 2]


def _cell_text(segs: list[_Seg]) -> str:
    """The text of one table cell: its lines joined as a wrapped paragraph."""
    segs = sorted(segs, key=lambda s: (s.bottom, s.x0))
    rows: list[list[_Seg]] = []
    for s in segs:
        if rows and abs(s.bottom - rows[-1][0].bottom) <= 0.35 * max(rows[-1][0].size, s.size, 1.0):
            rows[-1].append(s)
        else:
            rows.append([s])
    text = ""
    for row in rows:
        row.sort(key=lambda s: s.x0)
        line = row[0].text
        for prev, s in zip(row, row[1:]):
            sep = _sep(prev.text, s.text, s.x0 - prev.x1, statistics.median(x.size for x in row) or 10.0)
            line += (" " if sep == "\t" else sep) + s.text
        text = _join(text, line)
    return text


def _table_rows(page: _Page, number: int) -> list[_Line]:
    """Rows of the page's ruled tables, cells in tab-separated columns; the
    segments they hold are taken off ``page.segs``."""
    rows: list[_Line] = []
    for hs, vs in _grids(page):
        # the vertical rules' ends close the rows too: a table that a page
        # break cuts may have no rule under its last row
        ys = _cluster([(r[1] + r[3]) / 2 for r in hs] + [min(v[1] for v in vs), max(v[3] for v in vs)])
        x_min = min(r[0] for r in hs)
        x_max = max(r[2] for r in hs)
        taken: set[int] = set()
        for y0, y1 in zip(ys, ys[1:]):
            if y1 - y0 < 3:
                continue
            mid = (y0 + y1) / 2
            xs = _cluster([(v[0] + v[2]) / 2 for v in vs if v[1] - 2 <= mid <= v[3] + 2] + [x_min, x_max])
            cells: list[list[_Seg]] = [[] for _ in xs[1:]]
            for k, s in enumerate(page.segs):
                cx, cy = (s.x0 + s.x1) / 2, (s.top + s.bottom) / 2
                if k in taken or not (y0 <= cy < y1 and xs[0] <= cx < xs[-1]):
                    continue
                col = next(c for c in range(len(xs) - 1) if cx < xs[c + 1])
                cells[col].append(s)
                taken.add(k)
            texts = [_cell_text(c) for c in cells]
            while texts and not texts[-1]:
                texts.pop()
            if not any(texts):
                continue
            segs = [s for c in cells for s in c]
            rows.append(_Line(
                cells=[[t, x] for t, x in zip(texts, xs)], x0=xs[0], x1=xs[-1], top=y0, bottom=y1,
                size=statistics.median(s.size for s in segs), page=number, row=True,
            ))
        page.segs = [s for k, s in enumerate(page.segs) if k not in taken]
    return rows


def _main_size(segs: list[_Seg]) -> float:
    """The size most of a line's characters have (ties: the larger)."""
    weight: Counter[float] = Counter()
    for s in segs:
        weight[s.size] += len(s.text)
    return max(weight.items(), key=lambda kv: (kv[1], kv[0]))[0]


def _lines(page: _Page, number: int) -> list[_Line]:
    """Group a page's segments into lines, top to bottom; ruled tables row by row."""
    page.segs = [s for s in page.segs if s.text]
    table_rows = _table_rows(page, number)
    segs = list(page.segs)
    segs.sort(key=lambda s: (s.bottom, s.x0))
    rows: list[list[_Seg]] = []
    for s in segs:
        if rows:
            last = rows[-1]
            ref = last[0]
            tol = 0.35 * max(ref.size, s.size, 1.0)
            if abs(s.bottom - ref.bottom) <= tol:
                last.append(s)
                continue
        rows.append([s])
    # x positions where several lines start: column (table cell) edges
    starts = Counter(round(row[0].x0) for row in rows for _ in [row.sort(key=lambda s: s.x0)])
    columns = {x for x, c in starts.items() if c >= 2}
    lines = []
    for row in rows:
        em = statistics.median(s.size for s in row) or 10.0
        cells: list[list] = [[row[0].text, row[0].x0]]
        for prev, s in zip(row, row[1:]):
            column = any(abs(s.x0 - x) <= 1.5 for x in columns)
            sep = _sep(prev.text, s.text, s.x0 - prev.x1, em, column)
            if sep == "\t":
                cells.append([s.text, s.x0])
            else:
                cells[-1][0] += sep + s.text
        lines.append(_Line(
            cells=cells, x0=row[0].x0, x1=max(s.x1 for s in row),
            top=min(s.top for s in row), bottom=max(s.bottom for s in row),
            size=_main_size(row),
            page=number,
        ))
    return sorted(lines + table_rows, key=lambda l: l.top)


def _strip_running(pages: list[_Page]) -> None:
    """Drop page numbers and running headers/footers from each page's lines."""
    def key(line: _Line) -> str:
        return re.sub(r"\d+", "#", re.sub(r"\s+", "", line.text))

    def edges(lines: list[_Line]) -> list[_Line]:
        lines = [l for l in lines if not l.row]  # a table's header row repeats on purpose
        return lines[:2] + lines[-2:] if len(lines) > 4 else lines

    n = len(pages)
    counts: Counter[str] = Counter()
    for p in pages:
        counts.update({key(l) for l in edges(p.lines)})
    repeated = {k for k, c in counts.items() if c >= 2 and c >= 0.5 * n and k.strip("#")}
    for p in pages:
        drop: set[int] = set()
        for l in edges(p.lines):
            if key(l) in repeated:
                drop.add(id(l))
        # page numbers: the top-most or bottom-most remaining lines
        remaining = [l for l in p.lines if id(l) not in drop]
        for l in remaining[:1] + remaining[-1:]:
            if _PAGE_NUMBER.match(re.sub(r"\s+", "", l.text)):
                drop.add(id(l))
        p.lines = [l for l in p.lines if id(l) not in drop]


@dataclass
class _Layout:
    left: float
    right: float
    pitch: dict[float, float]
    uses_indent: bool
    body_size: float = 0.0
    centres: dict[int, float] = field(default_factory=dict)  # page number -> x of its middle


def _layout(lines: list[_Line], centres: dict[int, float] | None = None) -> _Layout:
    lines = [l for l in lines if not l.row] or lines
    body_size = Counter(round(l.size) for l in lines).most_common(1)[0][0]
    body = [l for l in lines if round(l.size) == body_size] or lines
    # the margins: where most lines near the leftmost start and near the rightmost end
    # (not simply the commonest: in a short text, headings and indents outnumber full lines)
    em = float(body_size) or 10.0
    low = min(l.x0 for l in body) + 0.5 * em
    left = Counter(round(l.x0) for l in body if l.x0 <= low).most_common(1)[0][0]
    high = max(l.x1 for l in body) - 1.5 * em
    right = Counter(round(l.x1) for l in body if l.x1 >= high).most_common(1)[0][0]
    pitches: dict[float, list[float]] = {}
    for a, b in zip(lines, lines[1:]):
        if a.page == b.page and round(a.size) == round(b.size) and b.top > a.top:
            pitches.setdefault(round(a.size), []).append(b.top - a.top)
    pitch = {k: statistics.median(v) for k, v in pitches.items()}
    indented = sum(1 for l in body if left + 0.5 * l.size < l.x0 < left + 4.5 * l.size)
    return _Layout(left, right, pitch, uses_indent=indented >= max(2, 0.03 * len(body)),
                   body_size=float(body_size), centres=centres or {})


def _title_goes_on(a: _Line, b: _Line, lay: _Layout) -> bool:
    """Whether *b* is the next line of a centred title (or issuer and title:
    洪泽区人民政府 / 2023年政府信息公开工作年度报告): both centred on the page,
    in one size larger than the body text, one line pitch apart.  A red-head
    line (…文件) ends its block."""
    centre = lay.centres.get(a.page)
    if centre is None or a.page != b.page or a.size != b.size or a.size < lay.body_size + 1:
        return False
    if not all(abs((l.x0 + l.x1) / 2 - centre) < 1.5 * a.size for l in (a, b)):
        return False
    ta = a.text.rstrip()
    return 0 < b.top - a.top <= 1.6 * a.size and not ta.endswith("文件") and not _starts_item(b.text.lstrip(), ta)


def _continues(a: _Line, b: _Line, lay: _Layout) -> str | None:
    """How line *b* continues the paragraph ending with line *a*: None (it
    does not), "text" (append to the paragraph or a table row's last cell) or
    "cells" (append cell by cell)."""
    ta, tb = a.text.rstrip(), b.text.lstrip()
    if a.row and b.row and a.page != b.page and not b.cells[0][0] and len(b.cells) <= len(a.cells) \
            and all(abs(c[1] - d[1]) <= 2 for c, d in zip(a.cells, b.cells)) \
            and not _starts_item(tb, ""):
        return "cells"  # a row that a page break cut: the rest of its cells, the first one empty
    if not ta or not tb or a.row or b.row:
        return None
    if _title_goes_on(a, b, lay):
        return "text"
    em = max(a.size, 1.0)
    ends = ta[-1] in _SENTENCE_END
    heading = _starts_item(tb, ta)
    if abs(a.size - b.size) > 1.0:
        return None
    if a.page == b.page:
        normal = lay.pitch.get(round(a.size))
        if normal and b.top - a.top > 1.2 * normal:
            return None
    if len(a.cells) >= 2:
        xs = [c[1] for c in a.cells]
        if all(any(abs(c[1] - x) < 0.6 * em for x in xs) for c in b.cells) and not heading:
            if a.page != b.page and abs(b.cells[0][1] - xs[0]) < 0.6 * em:
                return None  # a new row at the top of the next page
            return "cells"
        return None
    far = b.x0 >= lay.left + 4.5 * em
    if far:
        if abs(b.x0 - a.cells[-1][1]) < 0.6 * em and len(b.cells) == 1 and not ends and not heading:
            return "text"
        return None
    if lay.left + 0.5 * em < b.x0:
        return None  # first-line indent: a new paragraph
    if heading or a.x1 < lay.right - 1.5 * em:
        return None  # a new item, or a line that ends short of the margin
    if ends and not lay.uses_indent:
        return None
    return "text"


def _join(ta: str, tb: str) -> str:
    if ta and tb and not _is_cjk(ta[-1]) and not _is_cjk(tb[0]) and ta[-1].isalnum() and tb[0].isalnum():
        if not (ta[-1].isdigit() and tb[0].isdigit()):
            return ta + " " + tb
    return ta + tb


def _paragraphs(lines: list[_Line], lay: _Layout) -> list[str]:
    paras: list[_Line] = []
    for line in lines:
        if paras:
            a = paras[-1]
            how = _continues(a, line, lay)
            if how is not None:
                if how == "cells":
                    for cell in line.cells:
                        i = min(range(len(a.cells)), key=lambda k: abs(a.cells[k][1] - cell[1]))
                        a.cells[i][0] = _join(a.cells[i][0], cell[0])
                else:  # into the paragraph, or the last cell of a table row
                    a.cells[-1][0] = _join(a.cells[-1][0], line.text)
                # the paragraph's geometry is now that of its last line
                a.x1, a.top, a.bottom, a.page = line.x1, line.top, line.bottom, line.page
                continue
        paras.append(replace(line, cells=[list(c) for c in line.cells]))
    return [p.text for p in paras]


# -------------------------------------------------------------- reader

def _check_bytes(data: bytes, path: str) -> None:
    head = data[:1024]
    if b"%PDF-" not in head:
        sniff = head.lstrip()[:200].lower()
        if sniff.startswith((b"<!doctype html", b"<html")) or b"<html" in sniff:
            kind = "; it is an HTML page"
        elif data.startswith(b"PK"):
            kind = "; it is a zip archive (.docx?)"
        else:
            try:
                head.decode("utf-8")
                kind = "; it looks like plain text"
            except UnicodeDecodeError:
                kind = ""
        raise InputError(path, f"not a PDF file (no %PDF header{kind})")
    tail = data[-1024:].rstrip(b"\r\n\t \x00")
    if b"%%EOF" not in tail:
        raise InputError(path, "truncated or damaged PDF (no %%EOF marker at the end); download it again or repair it")


def _implausible_sizes(page: _Page) -> bool:
    """Whether the font sizes a backend reports for a page's glyphs are not
    those of their boxes (PDFium gives 300+ for some text that is 16 points
    high: grouping lines by such sizes merges several lines into one)."""
    ratios = [s.size / (s.bottom - s.top) for s in page.segs if s.bottom - s.top > 0.5]
    return bool(ratios) and not 0.5 <= statistics.median(ratios) <= 2.0


def _overlapping_lines(lines: list[_Line]) -> bool:
    """Whether a page's lines cover each other: the sign of segments grouped
    with the wrong line (characters out of reading order)."""
    if len(lines) < 4:
        return False
    bad = 0
    for a, b in zip(lines, lines[1:]):
        height = min(a.bottom - a.top, b.bottom - b.top)
        if height > 0 and a.bottom - b.top > 0.6 * height:
            bad += 1
    return bad > 0.1 * (len(lines) - 1)


def _page_list(numbers: list[int]) -> str:
    """1-based page numbers as ranges: ``1-3, 5``."""
    out: list[str] = []
    for n in sorted(numbers):
        if out and out[-1][1] == n - 1:
            out[-1][1] = n
        else:
            out.append([n, n])
    return ", ".join(str(a) if a == b else f"{a}-{b}" for a, b in out)


def _layout_pages(pages: list[_Page], backend: str) -> tuple[list[str], list[str]]:
    """Lines of every page (sizes from glyph boxes where the backend's are
    implausible); the pages whose lines still overlap; warnings."""
    warnings: list[str] = []
    fixed = [n for n, page in enumerate(pages, 1) if _implausible_sizes(page)]
    for n in fixed:
        # the reported sizes still tell apart the text of one size from another:
        # each becomes the typical height of the glyph boxes reported with it
        heights: dict[float, list[float]] = {}
        for s in pages[n - 1].segs:
            heights.setdefault(s.size, []).append(s.bottom - s.top)
        typical = {size: round(statistics.median(h)) for size, h in heights.items()}
        for s in pages[n - 1].segs:
            s.size = typical[s.size]
    if fixed:
        warnings.append(f"PDF ({backend}): implausible font sizes on page(s) {_page_list(fixed)}; "
                        "lines grouped by the glyph boxes instead")
    for number, page in enumerate(pages):
        page.lines = _lines(page, number)
    overlapping = [n for n, page in enumerate(pages, 1) if _overlapping_lines(page.lines)]
    return overlapping, warnings


def _ocr_blank_pages(data: bytes, path: str, pages: list[_Page], progress=None) -> list[str]:
    """OCR the pages that are images without a text layer, when the OCR
    extra is installed; the warnings that say so, or that they were not read.
    *progress* (pages done, pages to read) is called after each page."""
    blank = [n for n, p in enumerate(pages) if not p.segs and p.images]
    if not blank:
        return []
    from . import ocr

    if ocr.available():
        return ocr.ocr_pdf_pages(data, blank, pages, progress)
    if len(blank) == len(pages) or not any(p.segs for p in pages):
        raise InputError(path, f"no text layer (a scanned PDF); to read it by OCR: {ocr.INSTALL}")
    return [f"page(s) {_page_list([n + 1 for n in blank])} have no text layer (scanned) and were not read; "
            f"to read them by OCR: {ocr.INSTALL}"]


def layout_text(pages: list[_Page], path: str) -> tuple[str, list[str]]:
    """The text of pages whose glyph runs are known (from OCR): lines,
    running headers and page numbers dropped, paragraphs joined."""
    _, warnings = _layout_pages(pages, "ocr")
    return _text_of(pages, path), warnings


def _text_of(pages: list[_Page], path: str) -> str:
    _strip_running(pages)
    lines = [l for p in pages for l in p.lines]
    if not lines:
        raise InputError(path, "no text layer (scanned PDF?); run OCR first")
    centres = {n: p.width / 2 for n, p in enumerate(pages)}
    return "\n".join(_paragraphs(lines, _layout(lines, centres)))


def read_pdf(data: bytes, path: str, backend: str | None = None, progress=None) -> Decoded:
    """Reader for .pdf files; see the module doc.  *progress*: called with
    (pages done, pages to read) after each page that OCR reads."""
    _check_bytes(data, path)
    chosen = backend or os.environ.get("POLICYPARSE_PDF_BACKEND") or "pdfium"
    if chosen not in _BACKENDS:
        raise InputError(path, f"unknown PDF backend {chosen!r} (POLICYPARSE_PDF_BACKEND): use pdfium or pdfplumber")
    if chosen == "pdfium":
        try:
            import pypdfium2  # noqa: F401
        except ImportError:
            chosen = "pdfplumber"
    pages = _BACKENDS[chosen](data, path)
    if not pages:
        raise InputError(path, "PDF has no pages")
    chars = sum(len(s.text) for p in pages for s in p.segs)
    odd = sum(1 for p in pages for s in p.segs for ch in s.text if "\ue000" <= ch <= "\uf8ff" or ch == "\ufffd")
    if chars and odd > 0.3 * chars:
        raise InputError(path, "the text layer cannot be decoded (fonts without Unicode maps); run OCR first")
    ocr_warnings = _ocr_blank_pages(data, path, pages, progress)
    if not any(s.text for p in pages for s in p.segs):
        raise InputError(path, "no text: neither a text layer nor text that OCR could read" if ocr_warnings
                         else "no text layer (scanned PDF?); run OCR first")
    overlapping, warnings = _layout_pages(pages, chosen)
    if overlapping:
        other = "pdfplumber" if chosen == "pdfium" else "pdfium"
        reason = f"lines overlap on page(s) {_page_list(overlapping)} as {chosen} places them"
        try:
            other_pages = _BACKENDS[other](data, path)
        except (ImportError, InputError):
            other_pages = []
        if len(other_pages) == len(pages):
            for mine, theirs in zip(pages, other_pages):
                if mine.images and not theirs.segs:  # keep what OCR read
                    theirs.segs = mine.segs
            still, other_warnings = _layout_pages(other_pages, other)
            if len(still) < len(overlapping):
                pages, chosen, overlapping = other_pages, other, still
                warnings = [f"PDF read with {other}: {reason}", *other_warnings]
        if overlapping:
            warnings.append(f"PDF ({chosen}): lines overlap on page(s) {_page_list(overlapping)}; "
                            "the reading order there may be wrong")
    text = _text_of(pages, path)
    return Decoded(text=text, format="pdf", encoding=None, warnings=(*ocr_warnings, *warnings))


_BACKENDS = {"pdfium": _pages_pdfium, "pdfplumber": _pages_pdfplumber}
