"""Throughput of ``policyparse batch`` on an archive of thousands of notices.

    python benchmarks/bench_batch.py [--docs 2000] [--jobs 1,2] [--format json]
                                     [--no-readme] [--keep DIR]
    python benchmarks/bench_batch.py --hostile [--no-readme]

Builds one .zip of ``--docs`` documents made from samples/*.txt, each one
varied so that no two are byte-identical (years and amounts changed, units
swapped for others, the paragraphs inside each section shuffled), then runs a
batch over it once per ``--jobs`` value and prints files/s, MB/s (of
uncompressed input) and the peak resident memory of each worker process (each
worker reports its own ``ru_maxrss`` when it exits) and of the parent (which
reads each member of the archive when its turn comes).  The table goes to
benchmarks/README.md under "## Batch", replacing that section only.

``--hostile`` instead builds archives made to cost more than they are worth,
each at three sizes -- a zip whose entries all share one deflate stream, a
folder of three such zips, a zip holding a zip of many 1 MiB members of zeros,
a tar.gz of empty directory entries -- and runs discovery on each in a fresh
process, printing its time, the parent's peak RSS and what was refused.  The
table goes under "## Batch: hostile archives".
"""
from __future__ import annotations

import argparse
import io
import json
import os
import platform
import random
import re
import resource
import struct
import subprocess
import sys
import tarfile
import tempfile
import time
import zipfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from policyparse.batch import Batch  # noqa: E402

UNITS = ["市财政局", "市发展改革委", "市卫健委", "市农业农村局", "市教育局", "市民政局",
         "市人力资源社会保障局", "市自然资源局", "市生态环境局", "市住房城乡建设局", "市交通运输局",
         "市商务局", "市文化广电旅游局", "市市场监管局", "市工信局", "市科技局"]
HEADING = re.compile(r"^\s*(第[一二三四五六七八九十百]+[章节条]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]"
                     r"|\d+[.．、]|[（(]\d+[）)])")
NUMBER = re.compile(r"(?<![\d.])(\d{1,6})(?![\d.]*\s*[年月日号])")


def vary(text: str, rng: random.Random) -> str:
    """Another notice like this one: other numbers, other units, paragraphs reordered."""
    swap = dict(zip(UNITS, rng.sample(UNITS, len(UNITS))))
    text = re.sub("|".join(map(re.escape, UNITS)), lambda m: swap[m.group(0)], text)
    text = NUMBER.sub(lambda m: str(max(1, int(int(m.group(1)) * rng.uniform(0.5, 1.5)))), text)
    lines, out, run = text.split("\n"), [], []
    for line in lines:  # shuffle each run of body paragraphs between two headings
        if HEADING.match(line) or not line.strip():
            rng.shuffle(run)
            out += run + [line]
            run = []
        else:
            run.append(line)
    rng.shuffle(run)
    return "\n".join(out + run)


def build_archive(path: Path, docs: int, seed: int = 2024) -> int:
    """A zip of ``docs`` varied notices in a few folders; returns their total size in bytes."""
    rng = random.Random(seed)
    samples = [(p.stem, p.read_text(encoding="utf-8")) for p in sorted((ROOT / "samples").glob("*.txt"))]
    total, seen = 0, set()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for k in range(docs):
            stem, text = samples[k % len(samples)]
            data = vary(text, rng).encode("utf-8")
            seen.add(hash(data))
            total += len(data)
            zf.writestr(f"{2019 + k % 5}/{stem[:3]}_{k:05d}.txt", data)
    assert len(seen) == docs, "every document differs"
    return total


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def run(archive: Path, jobs: int, fmt: str, workdir: Path) -> dict:
    out = workdir / f"out-j{jobs}"
    t0 = time.perf_counter()
    batch = Batch([archive], out, formats=[fmt], jobs=jobs, timeout=600)
    found = time.perf_counter() - t0
    summary = batch.run()
    seconds = time.perf_counter() - t0
    assert summary.error == 0, summary.failures[:3]
    peaks = summary.worker_peak_rss_kb
    return {"jobs": jobs, "files": summary.total, "seconds": seconds, "discovery": found,
            "files_s": summary.total / seconds, "mb_s": summary.bytes / 1e6 / seconds,
            "worker_mib": max(peaks) / 1024 if peaks else float("nan"),
            "parent_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def table(rows: list[dict]) -> str:
    head = ("| jobs | files | seconds | files/s | MB/s | peak RSS per worker | parent peak RSS |\n"
            "| ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n")
    return head + "".join(
        f"| {r['jobs']} | {r['files']} | {r['seconds']:.1f} | {r['files_s']:.1f} | {r['mb_s']:.2f} "
        f"| {r['worker_mib']:.0f} MiB | {r['parent_mib']:.0f} MiB |\n" for r in rows)


def write_readme(section: str, heading: str = "## Batch") -> Path:
    readme = ROOT / "benchmarks" / "README.md"
    old = readme.read_text(encoding="utf-8") if readme.exists() else "# Benchmarks\n"
    # Replace our own section (up to the next "## " heading) and keep every other one.
    pattern = re.compile(rf"^{re.escape(heading)}\n.*?(?=^## |\Z)", re.S | re.M)
    if pattern.search(old):
        new = pattern.sub(lambda _: section, old, count=1)
    else:
        new = old.rstrip("\n") + "\n\n" + section
    readme.write_text(new, encoding="utf-8")
    return readme


def overlapping_zip(path: Path, copies: int) -> None:
    """One deflated member listed ``copies`` times in the central directory, every entry on one stream."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("a.txt", "\u3000".encode() * (300 << 10))  # 900 KiB of ideographic spaces
    data = buf.getvalue()
    cd, end = data.index(b"PK\x01\x02"), data.index(b"PK\x05\x06")
    directory = data[cd:end] * copies
    path.write_bytes(data[:cd] + directory + b"PK\x05\x06"
                     + struct.pack("<HHHHIIH", 0, 0, copies, copies, len(directory), cd, 0))


def hostile_inputs(workdir: Path) -> list[tuple[str, int, Path]]:
    """(shape, size, path) of every hostile input, three sizes each."""
    cases = []
    for copies in (250, 500, 1000):
        overlapping_zip(p := workdir / f"overlap{copies}.zip", copies)
        cases.append(("overlapping entries (zip)", copies, p))
        folder = workdir / f"three{copies}"
        folder.mkdir()
        for k in range(3):
            overlapping_zip(folder / f"copy{k}.zip", copies)
        cases.append(("three overlapping zips in a folder", copies, folder))
    for members in (100, 300, 1000):
        inner = io.BytesIO()
        with zipfile.ZipFile(inner, "w", zipfile.ZIP_DEFLATED) as zf:
            for k in range(members):
                zf.writestr(f"m{k:05d}.txt", b"0" * (1 << 20))
        with zipfile.ZipFile(p := workdir / f"nested{members}.zip", "w", zipfile.ZIP_DEFLATED) as zf:
            zf.writestr("inner.zip", inner.getvalue())
        cases.append(("nested zip of 1 MiB members", members, p))
    for entries in (20_000, 60_000, 200_000):
        with tarfile.open(p := workdir / f"dirs{entries}.tar.gz", "w:gz") as tf:
            for k in range(entries):
                info = tarfile.TarInfo(f"d{k}")
                info.type = tarfile.DIRTYPE
                tf.addfile(info)
        cases.append(("directory entries (tar.gz)", entries, p))
    return cases


PROBE = """
import json, sys, time
from policyparse.batch import discover


def peak_mib():  # VmHWM: ru_maxrss would carry the peak of the process that started this one
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


t = time.perf_counter()
items = discover([sys.argv[1]])
seconds = time.perf_counter() - t
refused = [i.reason for i in items if i.status]
print(json.dumps({"seconds": seconds, "items": len(items), "held": sum(len(i.data or b"") for i in items),
                  "rss_mib": peak_mib(),
                  "refused": refused[-1] if refused else ""}, ensure_ascii=False))
"""


def hostile(no_readme: bool) -> None:
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for shape, size, path in hostile_inputs(Path(tmp)):
            on_disk = sum(f.stat().st_size for f in ([path] if path.is_file() else path.iterdir()))
            out = subprocess.run([sys.executable, "-c", PROBE, str(path)], capture_output=True, text=True,
                                 check=True, env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
            r = json.loads(out.stdout)
            reason = r["refused"].removeprefix("archive not read to the end: ").split(";")[0]
            reason = "overlapping entries" if "overlap" in reason else reason or "(nothing: within the limits)"
            rows.append(f"| {shape} | {size:,} | {on_disk / 1024:.0f} KiB | {r['seconds']:.2f} "
                        f"| {r['held'] / 2**20:.1f} MiB | {r['rss_mib']:.0f} MiB | {reason} |")
            print(rows[-1], file=sys.stderr)
    md = ("| input | size | on disk | discovery s | members held | parent peak RSS | refused |\n"
          "| --- | ---: | ---: | ---: | ---: | ---: | --- |\n" + "\n".join(rows) + "\n")
    print(md)
    if not no_readme:
        section = (
            "## Batch: hostile archives\n\n"
            f"`python benchmarks/bench_batch.py --hostile` on {date.today().isoformat()}: {cpu_model()}, "
            f"Python {platform.python_version()}. Discovery (reading the archives, as the batch parent "
            "does before any parsing) with the default limits, each input in a fresh process. "
            "*size* is the number of entries sharing one stream, of 1 MiB members, or of directory "
            "entries. *members held* is what the parent keeps in memory for the workers; *parent peak "
            "RSS* the peak resident memory of the whole process (VmHWM), of which about 31 MiB is "
            "Python with policyparse imported; in the tar rows the rest is tarfile's list of the "
            "entries read, which the member limit bounds. Tar entries are read one by one, so a tar costs time in proportion to "
            "its entries up to the member limit.\n\n" + md + "\n")
        print(f"wrote {write_readme(section, '## Batch: hostile archives')}", file=sys.stderr)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=2000)
    ap.add_argument("--jobs", default="1,2", help="comma-separated worker counts")
    ap.add_argument("--format", default="json", choices=["json", "jsonl", "csv", "sqlite", "xlsx"])
    ap.add_argument("--no-readme", action="store_true", help="print only")
    ap.add_argument("--keep", type=Path, help="build in this directory and keep it")
    ap.add_argument("--hostile", action="store_true", help="time discovery of hostile archives instead")
    args = ap.parse_args()
    if args.hostile:
        hostile(args.no_readme)
        return

    with tempfile.TemporaryDirectory() as tmp:
        workdir = args.keep or Path(tmp)
        workdir.mkdir(parents=True, exist_ok=True)
        archive = workdir / "notices.zip"
        t = time.perf_counter()
        size = build_archive(archive, args.docs)
        print(f"built {archive.name}: {args.docs} documents, {size / 1e6:.1f} MB "
              f"({archive.stat().st_size / 1e6:.1f} MB zipped) in {time.perf_counter() - t:.1f} s",
              file=sys.stderr)
        rows = []
        for jobs in (int(j) for j in args.jobs.split(",")):
            r = run(archive, jobs, args.format, workdir)
            print(f"jobs={jobs}: {r['files_s']:.1f} files/s, {r['mb_s']:.2f} MB/s "
                  f"(discovery {r['discovery']:.1f} s)", file=sys.stderr)
            rows.append(r)

    cores = os.cpu_count()
    avail = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else cores
    md = table(rows)
    print(md)
    if not args.no_readme:
        section = (
            "## Batch\n\n"
            f"`python benchmarks/bench_batch.py --docs {args.docs} --jobs {args.jobs} --format {args.format}`"
            f" on {date.today().isoformat()}: {cpu_model()}, {cores} cores ({avail} available), "
            f"Python {platform.python_version()}, {platform.system()}.\n\n"
            f"One zip of {args.docs} varied notices made from samples/*.txt ({size / 1e6:.1f} MB of text, "
            f"{args.docs // len(list((ROOT / 'samples').glob('*.txt')))} per sample, sizes 7-140 KB); "
            f"`--format {args.format}`; seconds include reading the archive and writing every output. "
            "MB/s counts uncompressed input. Peak RSS per worker is the largest `ru_maxrss` "
            "a worker reported; the parent reads each member when it is sent to a worker. The parent "
            "(reading the archive, writing the outputs) runs beside the workers, so with as many "
            "workers as cores the speed-up stays below the worker count; numbers vary by about "
            "20% from run to run on a shared machine.\n\n"
            + md + "\n")
        print(f"wrote {write_readme(section)}", file=sys.stderr)


if __name__ == "__main__":
    main()
