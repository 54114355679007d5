"""How long `policyparse matrix` and `policyparse calendar` take on a large archive.

    python benchmarks/bench_analytics.py

The five samples' .txt files are parsed once; their results are copied, each copy a
document of its own (its title numbered, so no copy is counted once as a duplicate),
into archives of 1,000 and 5,000 documents, saved as a batch OUTDIR with ``-f json``
holds them (one JSON file per input and a manifest).  Timed: the two commands on the
OUTDIR, each in a process of its own (seconds and peak resident memory; the results are
read one at a time, so memory should not grow with the archive), and the matrix and the
calendar alone on documents already in memory.  Parsing is not timed.
"""
from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

import policyparse  # noqa: E402
from policyparse.analytics import calendar, documents, matrix  # noqa: E402

SIZES = (1_000, 5_000)
# Runs one command and prints its peak resident memory (MiB) on the last line of stderr.
RUN = ("import resource, sys\nfrom policyparse.cli import app\ntry:\n    app(sys.argv[1:], prog_name='policyparse')\n"
       "except SystemExit:\n    pass\n"
       "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024, file=sys.stderr)")

def copies(results, n):
    """``n`` documents: the samples' results in turn, each document's title numbered."""
    out, k = [], 0
    while k < n:
        for name, r in results:
            docs = [d.model_copy(update={"metadata": d.metadata.model_copy(
                update={"title": f"{d.metadata.title or 'untitled'}（{k + i}）"})}) for i, d in enumerate(r.documents)]
            out.append((f"copy{len(out):06d}/{name}", r.model_copy(update={"documents": docs})))
            k += len(docs)
            if k >= n:
                break
    return out


def save(pairs, root: Path) -> None:
    """The files a batch with -f json writes: one JSON file per input and the manifest."""
    with open(root / "manifest.jsonl", "w", encoding="utf-8") as manifest:
        for name, r in pairs:
            target = root / (name + ".json")
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(r.model_dump_json(exclude={"text"}), encoding="utf-8")
            manifest.write(json.dumps({"name": name, "output": name + ".json", "sha256": r.source.sha256,
                                       "status": "ok"}) + "\n")


def command(*args: str) -> tuple[float, int]:
    """Seconds and peak resident MiB of ``policyparse ARGS`` in a fresh process."""
    start = time.perf_counter()
    p = subprocess.run([sys.executable, "-c", RUN, *args], capture_output=True, text=True, check=True)
    return time.perf_counter() - start, int(p.stderr.splitlines()[-1])


def timed(f):
    start = time.perf_counter()
    value = f()
    return time.perf_counter() - start, value


def main() -> None:
    results = [(p.name, policyparse.parse(p)) for p in sorted((ROOT / "samples").glob("0*.txt"))]
    print(f"{'documents':>10} {'tasks':>7} {'deadlines':>9} | {'matrix OUTDIR':>17} {'calendar OUTDIR':>17} |"
          f" {'in memory: matrix':>17} {'calendar':>9}")
    for n in SIZES:
        pairs = copies(results, n)
        docs = list(documents(pairs))
        matrix_s, _ = timed(lambda: matrix(docs))
        calendar_s, _ = timed(lambda: calendar(docs))
        with tempfile.TemporaryDirectory() as tmp:
            save(pairs, Path(tmp))
            m_s, m_mb = command("matrix", tmp, "-f", "csv", "-o", str(Path(tmp) / "matrix.csv"))
            c_s, c_mb = command("calendar", tmp, "-o", str(Path(tmp) / "due.ics"))
        tasks = sum(len(d.document.tasks) for d in docs)
        deadlines = sum(len(d.document.deadlines) for d in docs)
        print(f"{len(docs):>10} {tasks:>7} {deadlines:>9} | {m_s:>7.1f} s {m_mb:>5} MiB {c_s:>7.1f} s {c_mb:>5} MiB |"
              f" {matrix_s:>15.2f} s {calendar_s:>7.2f} s")


if __name__ == "__main__":
    main()
