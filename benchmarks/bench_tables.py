"""Time and memory of writing a batch's tables: csv, sqlite, xlsx, and pandas DataFrames.

    python benchmarks/bench_tables.py [--inputs 2000] [--no-readme]

Parses samples/*.txt once, then hands each writer ``--inputs`` results made
from them (each under its own name, with fingerprints that all differ), as a
batch of that many inputs hands them at its end.  Each writer runs in a fresh
process, so that its peak resident memory is its own; parsing is not timed.
The table goes to benchmarks/README.md under "## Tables", replacing that
section only.
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

STEPS = ("rows", "csv", "sqlite", "xlsx", "frames")


def results(n: int) -> list[tuple[str, dict, list[dict]]]:
    """``n`` (name, result JSON, fingerprints) made from the samples."""
    import policyparse
    from policyparse.tabular import fingerprints

    parsed = [policyparse.parse(p) for p in sorted((ROOT / "samples").glob("*.txt"))]
    data = [(r.model_dump(mode="json", exclude={"text"}), fingerprints(r)) for r in parsed]
    out = []
    for k in range(n):
        d, fps = data[k % len(data)]
        fps = [dict(fp, doc_number=None, text_sha256=f"{k}-{i}") for i, fp in enumerate(fps)]
        out.append((f"{2019 + k % 5}/{k:05d}.txt", d, fps))
    return out


def step(name: str, n: int) -> dict:
    """Run one writer over ``n`` inputs in this process; seconds, rows and peak RSS."""
    from policyparse.batch.outputs import OutDir, write_csv, write_sqlite, write_xlsx
    from policyparse.batch.work import Item
    from policyparse.tabular import find_duplicates, table_rows

    inputs = results(n)
    items = [(Item(name=nm, input="bench.zip", member=nm), d) for nm, d, _ in inputs]
    with tempfile.TemporaryDirectory() as tmp:
        out = OutDir(Path(tmp) / "out")
        out.create()
        t0 = time.perf_counter()
        dups = find_duplicates((nm, fps) for nm, _, fps in inputs)
        if name == "rows":
            rows = sum(len(r) for it, d in items for r in table_rows(it.name, d).values())
        elif name == "csv":
            write_csv(out, iter(items), duplicates=dups)
        elif name == "sqlite":
            write_sqlite(out, iter(items), duplicates=dups)
        elif name == "xlsx":
            write_xlsx(out, iter(items), duplicates=dups)
        else:
            import policyparse
            from policyparse.models import ParseResult

            models = [ParseResult.model_validate(d) for _, d in items]
            t0 = time.perf_counter()
            policyparse.frames(models)
        seconds = time.perf_counter() - t0
        size = sum(p.stat().st_size for p in out.root.iterdir() if p.is_file())
        if name != "rows":
            rows = sum(len(r) for it, d in items for r in table_rows(it.name, d).values())
    return {"step": name, "inputs": n, "rows": rows, "seconds": seconds, "mb": size / 1e6,
            "rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--inputs", type=int, default=2000)
    ap.add_argument("--no-readme", action="store_true")
    ap.add_argument("--step", choices=STEPS, help=argparse.SUPPRESS)  # one step, in a child process
    args = ap.parse_args()
    if args.step:
        print(json.dumps(step(args.step, args.inputs)))
        return
    rows = []
    for name in STEPS:
        p = subprocess.run([sys.executable, __file__, "--step", name, "--inputs", str(args.inputs)],
                           capture_output=True, text=True, check=True)
        rows.append(json.loads(p.stdout.strip().splitlines()[-1]))
    text = ("| output | inputs | rows | seconds | rows/s | size | peak RSS |\n"
            "| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n" + "".join(
                f"| {r['step']} | {r['inputs']} | {r['rows']} | {r['seconds']:.1f} | {r['rows'] / r['seconds']:,.0f} "
                f"| {r['mb']:.0f} MB | {r['rss_mib']:.0f} MiB |\n" for r in rows))
    print(text)
    if not args.no_readme:
        from bench_batch import write_readme

        section = (f"## Tables\n\n`python benchmarks/bench_tables.py` — writing the tables of a batch of "
                   f"{args.inputs} inputs (made from the samples; parsing not counted), each output in a "
                   f"fresh process, on {date.today().isoformat()}, on a 2-core machine shared with other work. "
                   f"`rows` only makes the rows; `size` is what the output takes on disk. The inputs share "
                   f"the samples' parsed data, so peak RSS is about the writer's own (csv, sqlite and xlsx "
                   f"stream their rows; DataFrames hold every table).\n\n"
                   + text + "\n")
        print("wrote", write_readme(section, "## Tables"))


if __name__ == "__main__":
    main()
