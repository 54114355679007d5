"""Speed of the .pdf and .docx readers next to the libraries' raw extraction.

    python benchmarks/bench_readers.py [--repeat N]

For each sample PDF: pages/s of read_pdf with the pypdfium2 backend (the
default), read_pdf with the pdfplumber backend, pdfplumber's own
``page.extract_text()`` and pypdfium2's own ``get_text_range()``.
For each sample .docx: paragraphs/s of read_docx and of python-docx's own
``[p.text for p in Document(...).paragraphs]``.  Best of N runs.
"""
from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from policyparse.readers.docx import read_docx  # noqa: E402
from policyparse.readers.pdf import read_pdf  # noqa: E402

from bench_pipeline import best_of  # noqa: E402  (this folder is on sys.path when run as a script)


def raw_pdfplumber(data: bytes) -> None:
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            page.extract_text()


def raw_pdfium(data: bytes) -> None:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(data)
    for i in range(len(doc)):
        doc[i].get_textpage().get_text_range()
    doc.close()


def raw_docx(data: bytes) -> None:
    import docx

    [p.text for p in docx.Document(io.BytesIO(data)).paragraphs]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    import docx
    import pypdfium2 as pdfium

    rows = []
    for path in sorted((ROOT / "samples").glob("*.pdf")):
        data = path.read_bytes()
        pages = len(pdfium.PdfDocument(data))
        timings = {
            "read_pdf (pdfium)": best_of(lambda: read_pdf(data, path.name, backend="pdfium"), args.repeat),
            "read_pdf (pdfplumber)": best_of(lambda: read_pdf(data, path.name, backend="pdfplumber"), args.repeat),
            "pdfplumber extract_text": best_of(lambda: raw_pdfplumber(data), args.repeat),
            "pypdfium2 get_text_range": best_of(lambda: raw_pdfium(data), args.repeat),
        }
        for name, t in timings.items():
            rows.append((path.name, pages, "pages", name, t))
    for path in sorted((ROOT / "samples").glob("*.docx")):
        data = path.read_bytes()
        paras = len(docx.Document(io.BytesIO(data)).paragraphs)
        timings = {
            "read_docx": best_of(lambda: read_docx(data, path.name), args.repeat),
            "python-docx paragraphs": best_of(lambda: raw_docx(data), args.repeat),
        }
        for name, t in timings.items():
            rows.append((path.name, paras, "paras", name, t))
    w = max(len(r[0]) for r in rows)
    print(f"{'file':<{w}}  {'units':>9}  {'method':<26} {'seconds':>8}  {'units/s':>9}")
    for name, n, unit, method, t in rows:
        print(f"{name:<{w}}  {n:>4} {unit:<4}  {method:<26} {t:>8.3f}  {n / t:>9.0f}")


if __name__ == "__main__":
    main()
