"""Read scanned pages and images by OCR (the optional extra ``policyparse[ocr]``).

The engine is RapidOCR on ONNX Runtime (``rapidocr-onnxruntime``): its
Chinese detection and recognition models ship inside the wheel, so nothing
is downloaded when it runs.  Both libraries are imported on first use only.

What this module does:

* :func:`read_image` reads .png, .jpg, .jpeg, .tif and .tiff files (every
  frame of a multi-page TIFF);
* :func:`ocr_pdf_pages` reads the pages of a PDF that have no text layer,
  rendered at 200 dpi; the PDF reader calls it.

OCR gives text boxes.  They are put in reading order here (boxes that
overlap vertically form a line, read left to right; lines top to bottom) and
handed to the PDF reader's layout as glyph runs, so scanned and text-layer
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


def order_boxes(boxes: list[tuple[list, str, float]], scale: float = 1.0):
    """Glyph runs (``pdf._Seg``) in reading order from OCR boxes.

    *boxes*: (four corner points clockwise from top-left, text, score).
    Boxes whose vertical extents overlap by more than half the smaller height
    share a line; a line reads left to right, lines top to bottom.  All runs
    of a line get the line's top and bottom, so that the PDF layout keeps
    them on one line.  Coordinates are multiplied by *scale* (pixels to
    points).
    """
    from .pdf import _Seg

    items = []
    for quad, text, _score in boxes:
        text = _squeeze(text)
        if not text:
            continue
        xs = [p[0] for p in quad]
        (_, y_tl), (_, y_tr), (_, y_br), (_, y_bl) = quad
        height = max(((y_bl - y_tl) + (y_br - y_tr)) / 2, 1.0)
        middle = (y_tl + y_tr + y_br + y_bl) / 4
        items.append((middle - height / 2, middle + height / 2, min(xs), max(xs), text))
    items.sort(key=lambda it: (it[0] + it[1]) / 2)
    lines: list[list[tuple]] = []
    for it in items:
        if lines:
            line = lines[-1]
            top = statistics.median(x[0] for x in line)
            bottom = statistics.median(x[1] for x in line)
            overlap = min(bottom, it[1]) - max(top, it[0])
            if overlap > 0.5 * min(bottom - top, it[1] - it[0]):
                line.append(it)
                continue
        lines.append([it])
    segs = []
    for line in lines:
        top = statistics.median(x[0] for x in line) * scale
        bottom = statistics.median(x[1] for x in line) * scale
        for it in sorted(line, key=lambda x: x[2]):
            segs.append(_Seg(text=it[4], x0=it[2] * scale, x1=it[3] * scale, top=top, bottom=bottom,
                             size=round((bottom - top) * 0.85, 1)))
    return segs


def ocr_image(image, dpi: float = DPI):
    """OCR one PIL image: (glyph runs in points, in reading order; mean confidence or None)."""
    import numpy

    result, _ = _get_engine()(numpy.asarray(image.convert("RGB")))
    boxes = result or []
    scores = [float(b[2]) for b in boxes]
    return order_boxes(boxes, 72.0 / dpi), (statistics.fmean(scores) if scores else None)


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
    except (UnidentifiedImageError, OSError, ValueError) as exc:
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
