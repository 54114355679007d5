"""Throughput, cold start and peak memory of the text pipeline.

    python benchmarks/bench_pipeline.py            # prints a table
    python benchmarks/bench_pipeline.py --quick    # 1 MB only

Throughput is measured on the samples and on concatenations of them of about
1, 5 and 10 MB of UTF-8 (normalise, split, segment, metadata and every
extractor); it should grow linearly with size.  Cold start runs whole
processes (`policyparse --help`, `policyparse extract` on a small sample).
Peak memory is the maximum resident size of a child process that parses the
10 MB text.  Adversarial inputs (brackets, markers, one long line) are timed
at two sizes: time should double when the input does.
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


def peak_memory(mb: float) -> tuple[float, float]:
    """(input MB, peak resident MB) of a fresh process that parses ``mb`` MB of text.

    The child reports its own high-water mark: on Linux the rusage of a child
    also counts what it held as a fork of this (large) process before exec.
    """
    code = (
        "import resource, sys, policyparse; "
        f"sys.path.insert(0, {str(ROOT / 'benchmarks')!r}); import bench_pipeline as b; "
        f"t = b.corpus({mb}); policyparse.parse_text(t); print(len(t.encode()), b.own_peak_kb())"
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
# name -> input of about n units (characters, markers or brackets)
ADVERSARIAL = {
    "open brackets": lambda n: "（" * n,
    "nested brackets": lambda n: "（" * (n // 2) + "市民政局" + "）" * (n // 2),
    "marker lines": lambda n: "\n".join(f"{i % 50 + 1}.任务" for i in range(n)),
    "markers in one line": lambda n: "（一）（二）（三）" * (n // 3),
    "one long line (n chars x 10)": lambda n: LONG_LINE * (n * 10 // len(LONG_LINE)),
    "whitespace": lambda n: " \n\t\u3000" * (n // 4),
}


def adversarial(n: int = 100_000) -> list[tuple[str, float, float]]:
    import policyparse

    rows = []
    for name, make in ADVERSARIAL.items():
        small, large = make(n // 2), make(n)
        rows.append((name, best_of(lambda: policyparse.parse_text(small), repeat=1),
                     best_of(lambda: policyparse.parse_text(large), repeat=1)))
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="1 MB only, no memory run")
    a = ap.parse_args()
    sizes = [1.0] if a.quick else [1.0, 5.0, 10.0]
    print(f"cores: {os.cpu_count()}  python: {sys.version.split()[0]}  date: {time.strftime('%Y-%m-%d')}")
    print(f"\n{'input':<34}{'MB':>8}{'seconds':>10}{'MB/s':>8}")
    for name, mb, dt in throughput(sizes):
        print(f"{name:<34}{mb:>8.2f}{dt:>10.3f}{mb / dt:>8.2f}")
    print(f"\n{'cold start (whole process)':<50}{'seconds':>10}")
    for name, dt in cold_start():
        print(f"{name:<50}{dt:>10.3f}")
    print(f"\n{'adversarial input':<34}{'n=50k s':>10}{'n=100k s':>10}{'ratio':>8}")
    for name, t_half, t_full in adversarial():
        print(f"{name:<34}{t_half:>10.3f}{t_full:>10.3f}{t_full / t_half:>8.2f}")
    if not a.quick:
        mb, peak = peak_memory(10.0)
        print(f"\npeak memory parsing {mb:.1f} MB: {peak:.0f} MB resident ({peak / mb:.1f}x the input)")


if __name__ == "__main__":
    main()
