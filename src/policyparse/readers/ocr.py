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

One OCR thread per process (``POLICYPARSE_OCR_THREADS`` sets another number).

What it does not do: deskew or denoise images (the detector copes with a
small rotation), find ruled tables in a scan, or read vertical text.
"""
from __future__ import annotations

import importlib.util
import io
import os
import statistics
import sys

from ..errors import InputError
from . import Decoded

INSTALL = "pip install 'policyparse[ocr]'"
DPI = 200  # scanned PDF pages are rendered at this resolution

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


def _line_boxes(quads: list, width: int) -> list[list[list[float]]]:
    """Detected boxes merged where they are pieces of one run of text.

    The detector cuts a line at the wide side-bearings of full-width
    brackets, so that （一） loses its brackets or is read with the next
    character.  Boxes of one line less than 1.2 line heights apart (the
    tallest box's height) become one
    box, widened by 0.6 of the height on the left and 0.3 on the right (not
    into its neighbours) so the brackets' ink is inside; the recogniser then
    reads the whole run at once."""
    items = [(*_extent(q), q) for q in quads]
    merged = []
    for line in _group_lines(items):
        height = max(it[1] - it[0] for it in line)
        runs = [[line[0]]]
        for it in line[1:]:
            if it[2] - runs[-1][-1][3] < 1.2 * height:
                runs[-1].append(it)
            else:
                runs.append([it])
        for k, run in enumerate(runs):
            left = max(run[0][2] - 0.6 * height, 0.0)
            right = min(run[-1][3] + 0.3 * height, float(width - 1))
            if k:
                left = max(left, runs[k - 1][-1][3] + 1)
            if k + 1 < len(runs):
                right = min(right, runs[k + 1][0][2] - 1)
            # top and bottom edges: those of the widest box, extended (a scan turned a little slants them)
            (x_tl, y_tl), (x_tr, y_tr), (x_br, y_br), (x_bl, y_bl) = max(run, key=lambda it: it[3] - it[2])[4]
            top_slope = (y_tr - y_tl) / max(x_tr - x_tl, 1.0)
            bottom_slope = (y_br - y_bl) / max(x_br - x_bl, 1.0)
            merged.append([[left, y_tl + top_slope * (left - x_tl)], [right, y_tl + top_slope * (right - x_tl)],
                           [right, y_bl + bottom_slope * (right - x_bl)], [left, y_bl + bottom_slope * (left - x_bl)]])
    return merged


def ocr_image(image, dpi: float = DPI):
    """OCR one PIL image: (glyph runs in points, in reading order; mean confidence or None)."""
    import numpy

    engine = _get_engine()
    pixels = numpy.asarray(image.convert("RGB"))
    quads, _ = engine(pixels, use_det=True, use_cls=False, use_rec=False)
    if not quads:
        return [], None
    boxes = _line_boxes([[list(map(float, p)) for p in q] for q in quads], pixels.shape[1])
    crops = engine.get_crop_img_list(pixels, [numpy.array(b, dtype=numpy.float32) for b in boxes])
    recognised, _ = engine.text_rec(crops)
    found = [(box, text, float(score)) for box, (text, score) in zip(boxes, recognised) if text.strip()]
    scores = [score for _, _, score in found]
    return order_boxes(found, 72.0 / dpi), (statistics.fmean(scores) if scores else None)


def ocr_note(pages: list[int], scores: list[float | None]) -> str:
    """The warning that says which pages were OCR'd (1-based) and how surely."""
    from .pdf import _page_list

    known = [s for s in scores if s is not None]
    mean = f"{statistics.fmean(known):.2f}" if known else "n/a (no text found)"
    return f"OCR on page(s) {_page_list(pages)} (no text layer): mean confidence {mean}"


def ocr_pdf_pages(data: bytes, numbers: list[int], pages: list) -> str:
    """Fill the glyph runs of the PDF pages *numbers* (0-based) by OCR; returns the warning."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(data)
    scores = []
    try:
        for n in numbers:
            image = doc[n].render(scale=DPI / 72.0).to_pil()
            pages[n].segs, score = ocr_image(image, DPI)
            scores.append(score)
    finally:
        doc.close()
    return ocr_note([n + 1 for n in numbers], scores)


def read_image(data: bytes, path: str) -> Decoded:
    """Reader for .png, .jpg, .jpeg, .tif and .tiff files; see the module doc."""
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
    for frame in frames:
        dpi = frame.info.get("dpi", (DPI, DPI))[0] or DPI
        try:
            dpi = float(dpi)
        except (TypeError, ValueError):
            dpi = DPI
        if not 50 <= dpi <= 1200:
            dpi = DPI
        page = _Page(frame.width * 72.0 / dpi, frame.height * 72.0 / dpi)
        page.segs, score = ocr_image(frame, dpi)
        pages.append(page)
        scores.append(score)
    if not any(p.segs for p in pages):
        raise InputError(path, "OCR found no text in the image")
    text, warnings = layout_text(pages, path)
    return Decoded(text=text, format="image", encoding=None,
                   warnings=(ocr_note(list(range(1, len(pages) + 1)), scores), *warnings))
