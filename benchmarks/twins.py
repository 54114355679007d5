"""PDF and scanned twins of a text, and how much of its parse a twin keeps.

* :func:`pdf_twins` lays texts out as PDF with LibreOffice (the layout of
  make_samples.py: 公文-like styles, tab-separated lines as ruled tables);
* :func:`scan` renders a PDF page at 200 dpi with PDFium and makes it look
  scanned: a small rotation, grey paper, speckle noise;
* :func:`parse_keys` and :func:`kept` compare what two parses found:
  headings (level, style, number, first characters of the title) and
  records (assignments, targets, funding, deadlines).

Used by tests/test_pdf_twins.py, tests/test_ocr.py and bench_ocr.py.  Needs
LibreOffice and a CJK font (Debian: libreoffice-writer fonts-noto-cjk).
"""
from __future__ import annotations

import random
import re
import shutil
import subprocess
import tempfile
from collections import Counter
from pathlib import Path

from make_samples import fodt_of_text


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def pdf_twins(texts: dict[str, str], outdir: Path) -> dict[str, Path]:
    """Write NAME.pdf in *outdir* for each NAME -> text, with one LibreOffice run."""
    outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        sources = []
        for name, text in texts.items():
            src = tmp / f"{name}.fodt"
            src.write_text(fodt_of_text(text), encoding="utf-8")
            sources.append(str(src))
        subprocess.run(
            [soffice(), f"-env:UserInstallation={(tmp / 'profile').as_uri()}", "--headless",
             "--convert-to", "pdf:writer_pdf_Export", "--outdir", str(outdir), *sources],
            check=True, capture_output=True, timeout=300,
        )
    out = {name: outdir / f"{name}.pdf" for name in texts}
    missing = [str(p) for p in out.values() if not p.exists()]
    if missing:
        raise RuntimeError(f"LibreOffice did not write {', '.join(missing)}")
    return out


def scan(pdf: Path, page: int = 0, dpi: int = 200, angle: float = 0.6, noise: float = 0.004,
         seed: int = 0, crop: float = 1.0):
    """A page of *pdf* as a scanner would give it (a PIL image, greyscale).

    *crop* keeps the top share of the page (a smaller image OCRs faster)."""
    import numpy
    import pypdfium2 as pdfium
    from PIL import Image

    doc = pdfium.PdfDocument(str(pdf))
    try:
        image = doc[page].render(scale=dpi / 72).to_pil().convert("L")
    finally:
        doc.close()
    if crop < 1.0:
        image = image.crop((0, 0, image.width, int(image.height * crop)))
    image = image.rotate(angle, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=255)
    rng = numpy.random.default_rng(seed)
    pixels = numpy.asarray(image, dtype=numpy.int16)
    pixels = pixels - 12 + rng.integers(-10, 11, pixels.shape)  # grey, uneven paper
    specks = rng.random(pixels.shape) < noise
    pixels[specks] = rng.integers(0, 120, int(specks.sum()))  # dust
    out = Image.fromarray(pixels.clip(0, 255).astype(numpy.uint8), "L")
    out.info["dpi"] = (dpi, dpi)
    return out


def _walk(sections, out):
    for s in sections:
        out.append(("heading", s.level, s.style, s.number, re.sub(r"\s+", "", s.title)[:6]))
        _walk(s.children, out)


def parse_keys(result) -> Counter:
    """What a parse found, as a multiset of comparable keys."""
    keys: list[tuple] = []
    for doc in result.documents:
        _walk(doc.sections, keys)
        keys += [("responsibility", tuple(r.units), tuple(r.lead)) for r in doc.responsibilities]
        keys += [("target", r.value, r.value_max, r.unit, r.year) for r in doc.targets]
        keys += [("funding", r.amount, r.amount_max) for r in doc.funding]
        keys += [("deadline", r.year, r.month, r.day) for r in doc.deadlines]
    return Counter(keys)


def kept(expected: Counter, got: Counter) -> float:
    """The share of *expected* keys that *got* has too."""
    total = sum(expected.values())
    return sum((expected & got).values()) / total if total else 1.0


def char_accuracy(expected: str, got: str) -> float:
    """1 - edit distance / length, over the characters without whitespace."""
    a = re.sub(r"\s+", "", expected)
    b = re.sub(r"\s+", "", got)
    if not a:
        return 1.0 if not b else 0.0
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return max(0.0, 1 - prev[-1] / len(a))


def noisy_angle(seed: int) -> float:
    """A small scanner rotation, -0.8 to 0.8 degrees."""
    return random.Random(seed).uniform(-0.8, 0.8)
