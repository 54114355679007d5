"""OCR of scans made from the samples, and PDF pages/s for each backend.

    python benchmarks/bench_ocr.py [--samples 000,002,004] [--repeat 3]

Scans: every page of samples/NNN_*.pdf (laid out by LibreOffice from the
sample text, see make_samples.py) is rendered at 200 dpi, turned by a random
angle of -0.8 to 0.8 degrees, greyed and speckled (twins.scan), and the
pages are saved together as one image-only PDF.  policyparse reads that PDF
by OCR (one thread: POLICYPARSE_OCR_THREADS=1, the default).  Reported per
sample:

* character accuracy: 1 - edit distance / length between the scan's text and
  the text of the sample PDF's text layer, whitespace removed (the .txt
  itself holds no page numbers and wraps differently);
* kept: the share of the .txt output's headings and records (twins.kept)
  that the scan's output has too;
* OCR pages/s: pages / wall time of the whole parse, and pages / CPU time
  of this process (OCR runs on one thread, so that is pages/s per core even
  on a machine busy with other work).

Then read_pdf pages/s with each backend on the text-layer PDFs, best of N.
Needs the OCR extra (pip install 'policyparse[ocr]').
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import policyparse  # noqa: E402
from policyparse.readers.pdf import read_pdf  # noqa: E402

import twins  # noqa: E402  (this folder is on sys.path when run as a script)
from bench_pipeline import best_of  # noqa: E402


def scanned_copy(pdf: Path, out: Path, seed: int) -> int:
    """Write an image-only PDF of every page of *pdf*; returns the page count."""
    import pypdfium2 as pdfium

    n = len(pdfium.PdfDocument(str(pdf)))
    images = [twins.scan(pdf, page=k, angle=twins.noisy_angle(seed * 1000 + k), seed=seed * 1000 + k)
              for k in range(n)]
    images[0].save(out, "PDF", resolution=200, save_all=True, append_images=images[1:])
    return n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--samples", default="000,002,004", help="sample prefixes to scan (003 has 76 pages)")
    ap.add_argument("--repeat", type=int, default=3, help="runs of the PDF timings (best is kept)")
    args = ap.parse_args()
    os.environ.setdefault("POLICYPARSE_OCR_THREADS", "1")
    print(f"{'scan of':<28}{'pages':>6}{'chars':>8}{'char acc':>10}{'kept':>8}{'pages/s':>9}{'pages/cpu-s':>13}")
    total_pages = total_seconds = total_cpu = 0.0
    with tempfile.TemporaryDirectory() as t:
        for k, prefix in enumerate(args.samples.split(",")):
            (pdf,) = (ROOT / "samples").glob(f"{prefix}_*.pdf")
            txt = pdf.with_suffix(".txt")
            scan = Path(t) / f"{pdf.stem}-scan.pdf"
            pages = scanned_copy(pdf, scan, seed=k + 1)
            start, cpu = time.perf_counter(), time.process_time()
            result = policyparse.parse(scan)
            seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
            layer = read_pdf(pdf.read_bytes(), str(pdf)).text
            accuracy = twins.char_accuracy(layer, result.text)
            kept = twins.kept(twins.parse_keys(policyparse.parse(txt)), twins.parse_keys(result))
            total_pages += pages
            total_seconds += seconds
            total_cpu += cpu
            print(f"{pdf.name:<28}{pages:>6}{len(layer):>8}{accuracy:>10.4f}{kept:>8.3f}{pages / seconds:>9.3f}"
                  f"{pages / cpu:>13.3f}", flush=True)
    print(f"{'all':<28}{int(total_pages):>6}{'':>8}{'':>10}{'':>8}{total_pages / total_seconds:>9.3f}"
          f"{total_pages / total_cpu:>13.3f}")
    print()
    print(f"{'text-layer PDF':<28}{'pages':>6}{'pdfium p/s':>12}{'pdfplumber p/s':>16}")
    import pypdfium2 as pdfium

    for pdf in sorted((ROOT / "samples").glob("[0-9]*.pdf")) + sorted((ROOT.parent / "shared" / "realfiles" / "pdf").glob("*.pdf")):
        data = pdf.read_bytes()
        pages = len(pdfium.PdfDocument(data))
        speeds = [pages / best_of(lambda b=b: read_pdf(data, str(pdf), backend=b), args.repeat)
                  for b in ("pdfium", "pdfplumber")]
        print(f"{pdf.name[:27]:<28}{pages:>6}{speeds[0]:>12.1f}{speeds[1]:>16.1f}")


if __name__ == "__main__":
    main()
