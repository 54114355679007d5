"""Read scanned pages and images by OCR (the optional extra ``policyparse[ocr]``).

The engine is RapidOCR on ONNX Runtime (``rapidocr-onnxruntime``): its
Chinese detection and recognition models ship inside the wheel, so nothing
is downloaded when it runs.  Both libraries are imported on first use only.

What this module does:

* :func:`read_image` reads .png, .jpg, .jpeg, .tif and .tiff files (every
  frame of a multi-page TIFF);
* :func:`ocr_pdf_pages` reads the pages of a PDF that have no text layer,
  rendered at 200 dpi; the PDF reader calls it.

The detector gives text boxes.  Boxes that overlap vertically form a line;
pieces of a line close to each other are recognised as one run (the
detector cuts lines at the brackets of （一）).  Runs are put in reading
order (left to right, lines top to bottom) and handed to the PDF reader's
layout as glyph runs, so scanned and text-layer
pages are laid out alike: running headers and page numbers dropped, lines
joined into paragraphs.  Each result says in ``warnings`` which pages were
OCR'd and with what mean confidence.

What OCR gets wrong in ways the shape of the text makes certain is repaired
(:func:`repair`: 〔〕 read as [ ] or 【】, the lost （ of （一）, 一 for a dash
between digits, specks of dust read as punctuation), using the
recogniser's per-character confidences and positions; each repair is
counted in ``warnings``.  Ruled tables are found in the page image
(:func:`find_table_rulings`) and handed to the PDF reader's table reader
with the glyph runs, so that their rows come out as tab-separated lines.
A *progress* callback hears of each page read.

One OCR thread per process (``POLICYPARSE_OCR_THREADS`` sets another number).

What it does not do: denoise images, deskew pages without a ruled table
(the detector copes with a small rotation), read unruled tables by their
columns, or read vertical text.
"""
from __future__ import annotations

import importlib.util
import io
import os
import re
import statistics
import sys
from collections import Counter
from dataclasses import dataclass, field

from ..errors import InputError
from . import Decoded

INSTALL = "pip install 'policyparse[ocr]'"
DPI = 200  # scanned PDF pages are rendered at this resolution
_DET_MIN_SIDE = 736  # RapidOCR's detector enlarges images whose short side is shorter

_engine = None


def available() -> bool:
    """Whether the OCR extra is installed (without importing it)."""
    if "rapidocr_onnxruntime" in sys.modules:  # imported already, or blocked with None
        return sys.modules["rapidocr_onnxruntime"] is not None
    return importlib.util.find_spec("rapidocr_onnxruntime") is not None


def _get_engine():
    global _engine
    if _engine is None:
        from rapidocr_onnxruntime import RapidOCR

        # No angle classifier: it turns upside-down lines, which scans of
        # documents do not have.  One thread unless told otherwise: batch
        # workers each take a core, and spinning threads on a busy machine
        # cost more than they give.
        threads = int(os.environ.get("POLICYPARSE_OCR_THREADS") or 1)
        _engine = RapidOCR(use_cls=False, intra_op_num_threads=threads, inter_op_num_threads=1)
    return _engine


def _squeeze(text: str) -> str:
    """Drop the spaces OCR puts next to CJK characters (as the PDF layout does); keep
    those between Latin words."""
    from .pdf import _is_cjk

    chars = list(text.strip())
    out = []
    for i, ch in enumerate(chars):
        if ch == " " and out and i + 1 < len(chars) and (_is_cjk(out[-1]) or _is_cjk(chars[i + 1])):
            continue
        out.append(ch)
    return "".join(out)


def _extent(quad) -> tuple[float, float, float, float]:
    """(top, bottom, left, right) of a box given by four corners clockwise from
    top-left; top and bottom are taken at the box's middle, so that a box
    turned a little keeps the height of its text."""
    xs = [p[0] for p in quad]
    (_, y_tl), (_, y_tr), (_, y_br), (_, y_bl) = quad
    height = max(((y_bl - y_tl) + (y_br - y_tr)) / 2, 1.0)
    middle = (y_tl + y_tr + y_br + y_bl) / 4
    return middle - height / 2, middle + height / 2, min(xs), max(xs)


def _group_lines(items: list[tuple]) -> list[list[tuple]]:
    """Items (top, bottom, left, right, ...) grouped into lines, top to bottom,
    each left to right: an item joins a line when their vertical extents
    overlap by more than half the smaller height."""
    lines: list[list[tuple]] = []
    for it in sorted(items, key=lambda it: (it[0] + it[1]) / 2):
        if lines:
            line = lines[-1]
            top = statistics.median(x[0] for x in line)
            bottom = statistics.median(x[1] for x in line)
            overlap = min(bottom, it[1]) - max(top, it[0])
            if overlap > 0.5 * min(bottom - top, it[1] - it[0]):
                line.append(it)
                continue
        lines.append([it])
    return [sorted(line, key=lambda x: x[2]) for line in lines]


def order_boxes(boxes: list[tuple[list, str, float]], scale: float = 1.0):
    """Glyph runs (``pdf._Seg``) in reading order from OCR boxes.

    *boxes*: (four corner points clockwise from top-left, text, score).
    Boxes whose vertical extents overlap by more than half the smaller height
    share a line; a line reads left to right, lines top to bottom.  All runs
    of a line get the line's top and bottom, so that the PDF layout keeps
    them on one line, and sizes within a sixth of the commonest take it.  Coordinates are multiplied by *scale* (pixels to
    points).
    """
    from .pdf import _Seg

    items = [(*_extent(quad), _squeeze(text)) for quad, text, _score in boxes]
    segs = []
    for line in _group_lines([it for it in items if it[4]]):
        top = statistics.median(x[0] for x in line) * scale
        bottom = statistics.median(x[1] for x in line) * scale
        for it in line:
            segs.append(_Seg(text=it[4], x0=it[2] * scale, x1=it[3] * scale, top=top, bottom=bottom,
                             size=round((bottom - top) * 0.85, 1)))
    if segs:  # box heights vary a little from line to line: one size for the body text
        usual = statistics.median(s.size for s in segs)
        for s in segs:
            if 0.85 * usual <= s.size <= 1.18 * usual:
                s.size = usual
    return segs


@dataclass
class _Run:
    """A run of text to recognise: its box (four corners clockwise from
    top-left, in pixels), the left and right ends of the detected boxes it
    was made from (where the detector saw ink), and whether it starts its
    line.  Recognition fills in the text and, per character, its confidence
    and x position."""

    box: list
    ink: list[tuple[float, float]]
    first: bool
    text: str = ""
    score: float = 0.0
    confs: list[float] = field(default_factory=list)
    xs: list[float] = field(default_factory=list)


def _quad(run: list, left: float, right: float) -> list[list[float]]:
    """The box from *left* to *right* along the top and bottom edges of the
    widest detected box of *run* (a scan turned a little slants them)."""
    (x_tl, y_tl), (x_tr, y_tr), (x_br, y_br), (x_bl, y_bl) = max(run, key=lambda it: it[3] - it[2])[4]
    top_slope = (y_tr - y_tl) / max(x_tr - x_tl, 1.0)
    bottom_slope = (y_br - y_bl) / max(x_br - x_bl, 1.0)
    return [[left, y_tl + top_slope * (left - x_tl)], [right, y_tl + top_slope * (right - x_tl)],
            [right, y_bl + bottom_slope * (right - x_bl)], [left, y_bl + bottom_slope * (left - x_bl)]]


def _cut_at_walls(quads: list, walls) -> list:
    """Detected boxes cut where a table's vertical ruling crosses them (the
    detector joins the text of neighbouring cells), 3 pixels clear of it."""
    out = []
    for q in quads:
        top, bottom, left, right = _extent(q)
        cuts = sorted(x for x, y0, y1 in walls if left + 3 < x < right - 3 and y0 <= (top + bottom) / 2 <= y1)
        if not cuts:
            out.append(q)
            continue
        (x_tl, y_tl), (x_tr, y_tr), (x_br, y_br), (x_bl, y_bl) = q

        def at(x: float, xa: float, ya: float, xb: float, yb: float) -> float:
            return ya + (yb - ya) * (x - xa) / max(xb - xa, 1.0)

        edges = [left, *cuts, right]
        for a, b in zip(edges, edges[1:]):
            a, b = (a if a == left else a + 3), (b if b == right else b - 3)
            if b - a < 4:
                continue
            out.append([[a, at(a, x_tl, y_tl, x_tr, y_tr)], [b, at(b, x_tl, y_tl, x_tr, y_tr)],
                        [b, at(b, x_bl, y_bl, x_br, y_br)], [a, at(a, x_bl, y_bl, x_br, y_br)]])
    return out


def _line_boxes(quads: list, width: int, walls: list[tuple[float, float, float]] = ()) -> list[_Run]:
    """Detected boxes merged where they are pieces of one run of text.

    The detector cuts a line at the wide side-bearings of full-width
    brackets, so that （一） loses its brackets or is read with the next
    character.  Boxes of one line less than 1.2 line heights apart (the
    tallest box's height) become one
    box, widened by 0.6 of the height on the left and 0.3 on the right (not
    into its neighbours) so the brackets' ink is inside; the recogniser then
    reads the whole run at once.

    *walls*: the vertical rulings of tables, (x, top, bottom) in pixels.  A
    run never crosses one, and is widened up to it at most."""
    items = [(*_extent(q), q) for q in _cut_at_walls(quads, walls)]
    merged = []
    for line in _group_lines(items):
        height = max(it[1] - it[0] for it in line)
        middle = statistics.median((it[0] + it[1]) / 2 for it in line)
        xs = [x for x, top, bottom in walls if top <= middle <= bottom]
        runs = [[line[0]]]
        for it in line[1:]:
            if it[2] - runs[-1][-1][3] < 1.2 * height and not any(runs[-1][-1][3] <= x <= it[2] for x in xs):
                runs[-1].append(it)
            else:
                runs.append([it])
        for k, run in enumerate(runs):
            left = max([run[0][2] - 0.6 * height, 0.0, *(x + 3 for x in xs if x < run[0][2])])
            right = min([run[-1][3] + 0.3 * height, float(width - 1), *(x - 3 for x in xs if x > run[-1][3])])
            if k:
                left = max(left, runs[k - 1][-1][3] + 1)
            if k + 1 < len(runs):
                right = min(right, runs[k + 1][0][2] - 1)
            merged.append(_Run(_quad(run, left, right), [(it[2], it[3]) for it in run], first=k == 0))
    return merged


def _recognise(engine, pixels, runs: list[_Run]) -> None:
    """Read the runs' text, with each character's confidence and x position."""
    import numpy

    crops = engine.get_crop_img_list(pixels, [numpy.array(r.box, dtype=numpy.float32) for r in runs])
    recognised, _ = engine.text_rec(crops, return_word_box=True)
    for run, rec in zip(runs, recognised):
        run.text, run.score = rec[0], float(rec[1])
        run.confs, run.xs = [], []
        if len(rec) < 3 or not run.text:
            continue
        columns, words = rec[2][0], rec[2][2]
        cols = [c for word in words for c in word]
        if len(cols) != len(run.text):
            continue
        left, right = run.box[0][0], run.box[1][0]
        run.xs = [left + (c + 0.5) / max(columns, 1.0) * (right - left) for c in cols]
        run.confs = [float(c) for c in rec[2][4]]


# -------------------------------------------------------------- repairs

# Marks that never start a line in Chinese typesetting; specks of dust are read as them.
_NOT_AT_START = set("，、。：；,.:;·．")
_SPECK_CONF = 0.9  # a mark read with less confidence than this, where the shape says no mark can be, is a speck
_NUMERAL = "一二三四五六七八九十"
_BRACKET_PAIR = re.compile(r"([\[【〔])([^\[\]【】〔〕\n]{1,12})([\]】〕])")
_DASH = re.compile(r"(?<=\d)一(?=\d)")
_LOST_OPEN = re.compile(rf"^\(?(?=[{_NUMERAL}]{{1,3}}[）)])")


def _speck(run: _Run, i: int, pitch: float) -> bool:
    """Whether character *i* of the run is a speck read as a punctuation mark.

    A mark where a real one cannot be: at the start of a run (marks such as
    ，、。：never start a line) when read with low confidence or outside the
    ink the detector found; and, read with low confidence, at the end of a
    run outside that ink, right after another such mark (。：), as a
    half-width mark after a CJK character, or squeezed between two
    characters with less than a character's width for it (a full-width mark
    takes a whole em)."""
    ch = run.text[i]
    if ch not in _NOT_AT_START:
        return False
    x = run.xs[i]
    outside = all(x < a - 0.2 * pitch or x > b + 0.2 * pitch for a, b in run.ink)
    if i == 0 and outside:  # where the detector saw no text, and where no mark can be
        return True
    if run.confs[i] >= _SPECK_CONF:
        return False
    if i == 0 or (i == len(run.text) - 1 and outside):
        return True
    if run.text[i - 1] in _NOT_AT_START - {"."}:  # 。： 、、: two such marks never stand together
        return True
    if ch in ".,:;" and _is_cjk_char(run.text[i - 1]) and run.confs[i] < 0.6:  # a half-width mark after CJK
        return True
    if 0 < i < len(run.text) - 1 and _is_cjk_char(run.text[i - 1]) and _is_cjk_char(run.text[i + 1]):
        return run.xs[i + 1] - run.xs[i - 1] < 1.4 * pitch and run.confs[i] < 0.6
    return False


def _is_cjk_char(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _pitch(run: _Run) -> float:
    """The usual distance between neighbouring CJK characters of the run, in pixels."""
    steps = [b - a for a, b, c, d in zip(run.xs, run.xs[1:], run.text, run.text[1:])
             if _is_cjk_char(c) and _is_cjk_char(d)]
    return statistics.median(steps) if steps else run.box[3][1] - run.box[0][1]


def repair(run: _Run, counts: Counter) -> None:
    """Mend what OCR gets wrong in ways the text's shape makes certain, and
    count each repair in *counts*:

    * ``specks``: a speck of dust read as a punctuation mark (see :func:`_speck`) is dropped;
    * ``〔〕``: a bracket pair read as [ ], or as one of 〔〕 with one of
      [ ] 【】 (``相关县[市、区]``, ``〔2020]45号``), becomes 〔〕;
    * ``（``: the lost opening bracket of ``一）`` … ``十）`` at the start of
      a line is put back (``(一）`` becomes ``（一）``);
    * ``—``: 一 between two digits (``10一15个``) is a dash.
    """
    if run.confs and len(run.confs) == len(run.text):
        pitch = _pitch(run)
        keep = [i for i in range(len(run.text)) if not _speck(run, i, pitch)]
        if len(keep) < len(run.text):
            counts["specks"] += len(run.text) - len(keep)
            run.text = "".join(run.text[i] for i in keep)
            run.confs = [run.confs[i] for i in keep]
            run.xs = [run.xs[i] for i in keep]

    def pair(m: re.Match) -> str:
        opening, inner, closing = m.groups()
        if (opening, closing) in (("〔", "〕"), ("【", "】")):
            return m.group(0)
        counts["〔〕"] += 1
        return f"〔{inner}〕"

    text = _BRACKET_PAIR.sub(pair, run.text)
    if run.first:
        m = _LOST_OPEN.match(text)
        if m:
            counts["（"] += 1
            text = "（" + text[m.end():]
    text, dashes = _DASH.subn("—", text)
    counts["—"] += dashes
    if text != run.text:
        run.text, run.confs, run.xs = text, [], []  # positions no longer line up


def repairs_note(counts: Counter) -> str | None:
    """The warning that says what OCR repairs were made (None if none)."""
    names = {"〔〕": "〔〕", "（": "（", "—": "—", "specks": "specks read as punctuation dropped"}
    done = [f"{counts[k]} {name}" for k, name in names.items() if counts[k]]
    return f"OCR repairs: {', '.join(done)}" if done else None


def _reread_lost_markers(engine, pixels, runs: list[_Run]) -> None:
    """A run that starts its line with ）: the detector missed the （一 before
    it.  Read it again with its box widened to the left by three heights (not
    past the image's edge); the new reading is kept when it starts with a
    whole marker （一）…（十） and ends as the first one did."""
    redo = [r for r in runs if r.first and r.text.startswith("）")]
    if not redo:
        return
    wider = []
    for r in redo:
        height = r.box[3][1] - r.box[0][1]
        left = max(r.box[0][0] - 3 * height, 0.0)
        slope_t = (r.box[1][1] - r.box[0][1]) / max(r.box[1][0] - r.box[0][0], 1.0)
        slope_b = (r.box[2][1] - r.box[3][1]) / max(r.box[2][0] - r.box[3][0], 1.0)
        box = [[left, r.box[0][1] - slope_t * (r.box[0][0] - left)], r.box[1], r.box[2],
               [left, r.box[3][1] - slope_b * (r.box[3][0] - left)]]
        wider.append(_Run(box, r.ink, first=True))
    _recognise(engine, pixels, wider)
    for r, w in zip(redo, wider):
        m = re.match(rf"（[{_NUMERAL}]{{1,3}}）", w.text)
        if m and w.text.endswith(r.text[1:]):
            r.box, r.text, r.score, r.confs, r.xs = w.box, w.text, w.score, w.confs, w.xs


def _ink_rows(pixels, box: list) -> tuple[int, int] | None:
    """First and last pixel row of the box's bounding rectangle that hold ink
    (at least three dark pixels, and 2% of the width), or None."""
    xs = [p[0] for p in box]
    ys = [p[1] for p in box]
    x0, x1 = max(int(min(xs)), 0), int(max(xs)) + 1
    y0, y1 = max(int(min(ys)), 0), int(max(ys)) + 1
    dark = (pixels[y0:y1, x0:x1].min(axis=2) < 128).sum(axis=1)
    rows = (dark >= max(3, 0.02 * (x1 - x0))).nonzero()[0]
    return (y0 + int(rows[0]), y0 + int(rows[-1])) if len(rows) else None


def _fit_heights(pixels, runs: list[_Run]) -> None:
    """Give a box the detector made taller than the page's usual line (specks
    above or below its text, or the detector's margin around a short run) the
    usual height, centred on its ink, when its ink fits in that height.  The
    layout reads font sizes from box heights: a short last line read as larger
    type would not be joined to its paragraph."""
    heights = [r.box[3][1] - r.box[0][1] for r in runs]
    if len(heights) < 3:
        return
    usual = statistics.median(heights)
    for run, height in zip(runs, heights):
        if height <= 1.15 * usual:
            continue
        ink = _ink_rows(pixels, run.box)
        if ink is None or ink[1] - ink[0] + 1 > usual:
            continue
        shift = (ink[0] + ink[1]) / 2 - (run.box[0][1] + run.box[3][1]) / 2
        grow = (usual - height) / 2
        run.box = [[run.box[0][0], run.box[0][1] + shift - grow], [run.box[1][0], run.box[1][1] + shift - grow],
                   [run.box[2][0], run.box[2][1] + shift + grow], [run.box[3][0], run.box[3][1] + shift + grow]]


# -------------------------------------------------------------- ruled tables

def _rulings(dark, length: int) -> tuple[list, list]:
    """Straight dark lines at least *length* pixels long in the boolean image
    *dark*: (horizontal, vertical), each line as (x0, y0, x1, y1, component
    label image, label) of its connected pixels."""
    import cv2

    found = []
    for kernel in ((length, 1), (1, length)):
        mask = cv2.morphologyEx(dark, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, kernel))
        n, labels, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
        lines = []
        for i in range(1, n):
            x, y, w, h = (int(v) for v in stats[i, :4])
            if max(w, h) >= length:
                lines.append((x, y, x + w - 1, y + h - 1, labels, i))
        found.append(lines)
    return found[0], found[1]


def _skew(line) -> float:
    """The angle in degrees by which a horizontal ruling falls from left to right."""
    import numpy

    x0, y0, x1, y1, labels, i = line
    ys, xs = (labels[y0:y1 + 1, x0:x1 + 1] == i).nonzero()
    slope = numpy.polyfit(xs.astype(float), ys.astype(float), 1)[0] if len(xs) > 1 else 0.0
    return float(numpy.degrees(numpy.arctan(slope)))


def find_table_rulings(image, dpi: float):
    """The rulings of tables on a page image: (the image, turned level if a
    table's rulings slant; horizontal rulings; vertical rulings), rulings as
    (x0, top, x1, bottom) in pixels, each drawn as a line through its middle.

    A ruling is a straight dark line at least 0.35 inch long (longer than any
    character's stroke); nothing is returned unless there are at least two
    horizontal and two vertical ones (a table).  A scan turned a little is
    turned back by the slant of its longest horizontal ruling, so that the
    rulings line up with the text."""
    import numpy

    length = max(int(0.35 * dpi), 20)
    for attempt in range(2):
        grey = numpy.asarray(image.convert("L"))
        horizontal, vertical = _rulings((grey < 140).astype(numpy.uint8), length)
        if len(horizontal) < 2 or len(vertical) < 2:
            return image, [], []
        angle = _skew(max(horizontal, key=lambda l: l[2] - l[0]))
        if attempt or abs(angle) < 0.05:
            break
        from PIL import Image

        image = image.convert("RGB").rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=(255, 255, 255))
    hs = [(x0, (y0 + y1) / 2, x1, (y0 + y1) / 2) for x0, y0, x1, y1, _, _ in horizontal]
    vs = [((x0 + x1) / 2, y0, (x0 + x1) / 2, y1) for x0, y0, x1, y1, _, _ in vertical]
    return image, hs, vs


def ocr_image(image, dpi: float = DPI, counts: Counter | None = None):
    """OCR one PIL image: (glyph runs in points, in reading order; mean
    confidence or None; the rulings of its tables in points, as the PDF
    reader keeps drawn lines).

    The repairs made (see :func:`repair`) are added to *counts*."""
    import numpy

    engine = _get_engine()
    image, horizontal, vertical = find_table_rulings(image, dpi)
    scale = 72.0 / dpi
    rules = [tuple(v * scale for v in r) for r in horizontal + vertical]
    pixels = numpy.asarray(image.convert("RGB"))
    height, width = pixels.shape[:2]
    if min(height, width) < _DET_MIN_SIDE:
        # the detector scales an image up until its short side has this many
        # pixels: a strip of one line would become a huge image of huge
        # text.  White paper below and right keeps the text's size.
        padded = numpy.full((max(height, _DET_MIN_SIDE), max(width, _DET_MIN_SIDE), 3), 255, dtype=numpy.uint8)
        padded[:height, :width] = pixels
        pixels = padded
    quads, _ = engine(pixels, use_det=True, use_cls=False, use_rec=False)
    if not quads:
        return [], None, rules
    walls = [(x0, top, bottom) for x0, top, _, bottom in vertical]
    runs = _line_boxes([[list(map(float, p)) for p in q] for q in quads], pixels.shape[1], walls)
    _recognise(engine, pixels, runs)
    counts = Counter() if counts is None else counts
    for run in runs:
        repair(run, counts)
    before = {id(r): r.text for r in runs}
    _reread_lost_markers(engine, pixels, runs)
    counts["（"] += sum(1 for r in runs if r.text != before[id(r)])
    _fit_heights(pixels, runs)
    found = [(r.box, r.text, r.score) for r in runs if r.text.strip()]
    scores = [score for _, _, score in found]
    return order_boxes(found, scale), (statistics.fmean(scores) if scores else None), rules


def ocr_note(pages: list[int], scores: list[float | None]) -> str:
    """The warning that says which pages were OCR'd (1-based) and how surely."""
    from .pdf import _page_list

    known = [s for s in scores if s is not None]
    mean = f"{statistics.fmean(known):.2f}" if known else "n/a (no text found)"
    return f"OCR on page(s) {_page_list(pages)} (no text layer): mean confidence {mean}"


def ocr_pdf_pages(data: bytes, numbers: list[int], pages: list, progress=None) -> list[str]:
    """Fill the glyph runs of the PDF pages *numbers* (0-based) by OCR; returns
    the warnings.  *progress* is called with (0, len(numbers)) first, then
    with (pages done, len(numbers)) after each page."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(data)
    scores = []
    counts: Counter = Counter()
    try:
        if progress is not None:
            progress(0, len(numbers))
        for k, n in enumerate(numbers, 1):
            image = doc[n].render(scale=DPI / 72.0).to_pil()
            pages[n].segs, score, rules = ocr_image(image, DPI, counts)
            pages[n].rules.extend(rules)
            scores.append(score)
            if progress is not None:
                progress(k, len(numbers))
    finally:
        doc.close()
    repaired = repairs_note(counts)
    return [ocr_note([n + 1 for n in numbers], scores), *([repaired] if repaired else [])]


def read_image(data: bytes, path: str, progress=None) -> Decoded:
    """Reader for .png, .jpg, .jpeg, .tif and .tiff files; see the module doc.
    *progress* is called with (0, frames) first, then (frames done, frames)
    after each frame."""
    if not available():
        raise InputError(path, f"an image: to read it by OCR: {INSTALL}")
    from PIL import Image, ImageSequence, UnidentifiedImageError

    from .pdf import _Page, layout_text

    try:
        image = Image.open(io.BytesIO(data))
        frames = [frame.copy() for frame in ImageSequence.Iterator(image)]
    except UnidentifiedImageError:
        raise InputError(path, "not a readable image (the format is not recognised or the file is damaged)") from None
    except (OSError, ValueError) as exc:
        raise InputError(path, f"not a readable image ({str(exc).splitlines()[0] if str(exc) else type(exc).__name__})") from None
    pages, scores = [], []
    counts: Counter = Counter()
    if progress is not None:
        progress(0, len(frames))
    for frame in frames:
        dpi = frame.info.get("dpi", (DPI, DPI))[0] or DPI
        try:
            dpi = float(dpi)
        except (TypeError, ValueError):
            dpi = DPI
        if not 50 <= dpi <= 1200:
            dpi = DPI
        page = _Page(frame.width * 72.0 / dpi, frame.height * 72.0 / dpi)
        page.segs, score, page.rules = ocr_image(frame, dpi, counts)
        pages.append(page)
        scores.append(score)
        if progress is not None:
            progress(len(pages), len(frames))
    if not any(p.segs for p in pages):
        raise InputError(path, "OCR found no text in the image")
    text, warnings = layout_text(pages, path)
    return Decoded(text=text, format="image", encoding=None,
                   warnings=(ocr_note(list(range(1, len(pages) + 1)), scores),
                             *filter(None, [repairs_note(counts)]), *warnings))
