"""Throughput, cold start and peak memory of the text pipeline.

    python benchmarks/bench_pipeline.py            # prints a table
    python benchmarks/bench_pipeline.py --quick    # 1 MB only
    python benchmarks/bench_pipeline.py --adversarial   # the adversarial inputs only

Throughput is measured on the samples and on concatenations of them of about
1, 5 and 10 MB of UTF-8 (normalise, split, segment, metadata and every
extractor); it should grow linearly with size.  Cold start runs whole
processes (`policyparse --help`, `policyparse extract` on a small sample).
Peak memory is the maximum resident size of a child process that parses the
10 MB text.  Adversarial inputs (brackets, markers, one long line, a line of
labels, hostile HTML) are timed at three sizes: time should double when the
input does.
"""
from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "samples").glob("*.txt"))
PY = sys.executable


def corpus(size_mb: float) -> str:
    base = "\n\n".join(p.read_text(encoding="utf-8") for p in SAMPLES)
    n = max(1, int(size_mb * 1_000_000 // len(base.encode("utf-8"))) + 1)
    return base * n


def best_of(fn, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def throughput(sizes: list[float]) -> list[tuple[str, float, float]]:
    import policyparse

    rows = []
    for p in SAMPLES:
        text = p.read_text(encoding="utf-8")
        dt = best_of(lambda: policyparse.parse_text(text))
        rows.append((p.name, len(text.encode()) / 1e6, dt))
    for mb in sizes:
        text = corpus(mb)
        dt = best_of(lambda: policyparse.parse_text(text), repeat=1 if mb > 2 else 3)
        rows.append((f"concatenation {mb:g} MB", len(text.encode()) / 1e6, dt))
    return rows


def cold_start() -> list[tuple[str, float]]:
    small = min(SAMPLES, key=lambda p: p.stat().st_size)
    script = Path(PY).parent / "policyparse"  # the installed console script, as users run it
    command = [str(script)] if script.exists() else [PY, "-m", "policyparse"]
    commands = {
        "policyparse --help": command + ["--help"],
        f"policyparse extract {small.name}": command + ["extract", str(small)],
    }
    out = []
    for name, cmd in commands.items():
        dt = best_of(lambda: subprocess.run(cmd, capture_output=True, check=True), repeat=5)
        out.append((name, dt))
    return out


def dense(size_mb: float) -> str:
    """Text dense with records: a deadline, a target, a responsibility and a heading every 45 characters."""
    return LONG_LINE * int(size_mb * 1_000_000 // len(LONG_LINE.encode("utf-8")) + 1)


def peak_memory(mb: float, make: str = "corpus") -> tuple[float, float]:
    """(input MB, peak resident MB) of a fresh process that parses ``mb`` MB of text
    made by ``make`` (``corpus``: the samples; ``dense``: :func:`dense`).

    The child reports its own high-water mark: on Linux the rusage of a child
    also counts what it held as a fork of this (large) process before exec.
    """
    code = (
        "import resource, sys, policyparse; "
        f"sys.path.insert(0, {str(ROOT / 'benchmarks')!r}); import bench_pipeline as b; "
        f"t = b.{make}({mb}); policyparse.parse_text(t); print(len(t.encode()), b.own_peak_kb())"
    )
    size, peak_kb = subprocess.run([PY, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    return int(size) / 1e6, int(peak_kb) / 1024


def own_peak_kb() -> int:
    """This process's peak resident size in KiB (VmHWM, which exec resets, where there is one)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


LONG_LINE = "到2025年，全市建成示范基地5个（责任单位：市民政局、市财政局）。一、总体要求。"
# name -> input of about n units (characters, markers, brackets, labels or tags);
# names starting "html" are web pages read by the HTML reader, the rest text.
ADVERSARIAL = {
    "open brackets": lambda n: "（" * n,
    "nested brackets": lambda n: "（" * (n // 2) + "市民政局" + "）" * (n // 2),
    "marker lines": lambda n: "\n".join(f"{i % 50 + 1}.任务" for i in range(n)),
    "markers in one line": lambda n: "（一）（二）（三）" * (n // 3),
    "one long line (n chars x 10)": lambda n: LONG_LINE * (n * 10 // len(LONG_LINE)),
    "whitespace": lambda n: " \n\t\u3000" * (n // 4),
    "labels in one line (n/6 x 牵头单位：)": lambda n: "牵头单位：" * (n // 6),
    "html stray end tags (n/2 <b>, n/2 <p></p>)": lambda n: "<b>" * (n // 2) + "<p>第一条</p>" * (n // 2),
    "html nested div (n/10)": lambda n: "<div>" * (n // 10) + "各区人民政府：" + "</div>" * (n // 10),
    "html nested tables (n/25)": lambda n: "<table><tr><td>" * (n // 25) + "通知" + "</td></tr></table>" * (n // 25),
}
SIZES = (25_000, 50_000, 100_000)


def adversarial(sizes: tuple[int, ...] = SIZES) -> list[tuple[str, list[float]]]:
    import policyparse

    def run(name: str, data: str) -> None:
        if name.startswith("html"):
            policyparse.parse_bytes(f"<html><body>{data}</body></html>".encode(), "page.html")
        else:
            policyparse.parse_text(data)

    run("html", "<p>通知</p>")  # load the parser and rules before timing
    run("text", LONG_LINE)
    rows = []
    for name, make in ADVERSARIAL.items():
        inputs = [make(n) for n in sizes]
        rows.append((name, [best_of(lambda: run(name, data), repeat=1) for data in inputs]))
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="1 MB only, no memory run")
    ap.add_argument("--adversarial", action="store_true", help="the adversarial inputs only")
    a = ap.parse_args()
    sizes = [1.0] if a.quick else [1.0, 5.0, 10.0]
    print(f"cores: {os.cpu_count()}  python: {sys.version.split()[0]}  date: {time.strftime('%Y-%m-%d')}")
    if a.adversarial:
        print_adversarial()
        print_dense_memory()
        return
    print(f"\n{'input':<34}{'MB':>8}{'seconds':>10}{'MB/s':>8}")
    for name, mb, dt in throughput(sizes):
        print(f"{name:<34}{mb:>8.2f}{dt:>10.3f}{mb / dt:>8.2f}")
    print(f"\n{'cold start (whole process)':<50}{'seconds':>10}")
    for name, dt in cold_start():
        print(f"{name:<50}{dt:>10.3f}")
    print_adversarial()
    if not a.quick:
        mb, peak = peak_memory(10.0)
        print(f"\npeak memory parsing {mb:.1f} MB: {peak:.0f} MB resident ({peak / mb:.1f}x the input)")
    print_dense_memory()


def print_dense_memory(mb: float = 2.0) -> None:
    size, peak = peak_memory(mb, "dense")
    print(f"peak memory parsing {size:.1f} MB of dense text: {peak:.0f} MB resident ({peak / size:.1f}x the input)")


def print_adversarial() -> None:
    head = "".join(f"{f'n={n // 1000}k s':>10}" for n in SIZES)
    print(f"\n{'adversarial input':<44}{head}{'ratio':>8}")
    for name, times in adversarial():
        cells = "".join(f"{t:>10.3f}" for t in times)
        print(f"{name:<44}{cells}{times[-1] / max(times[0], 1e-9):>8.2f}")


if __name__ == "__main__":
    main()
