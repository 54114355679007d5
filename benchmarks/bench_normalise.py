"""Cleaning (normalise) on hostile lines, at three sizes.

    python benchmarks/bench_normalise.py

Each shape is one line of n characters that a page-chrome, blob, markdown or
whitespace rule looks at: brackets and digits with no word in them, repeated
chrome fields, breadcrumbs, comments, page numbers, letter-spaced characters.
Time should grow linearly: x4 from n=250k to n=1M.  The samples' cleaning
throughput is given for scale.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_pipeline import SAMPLES, best_of  # noqa: E402

SHAPES = {
    "brackets": lambda n: "(" * n,
    "digits": lambda n: "1" * n,
    "base64-like": lambda n: "aB1+" * (n // 4),
    "来源： repeated": lambda n: "来源：" * (n // 3),
    "发布时间: repeated": lambda n: "发布时间:" * (n // 5),
    " 【打印】 repeated": lambda n: " 【打印】" * (n // 5),
    "breadcrumb of n crumbs": lambda n: "当前位置：" + "首页>" * (n // 3),
    "<!-- unclosed": lambda n: "<!--" * (n // 4),
    "—1— repeated": lambda n: "—1— " * (n // 4),
    "letter-spaced 总 ": lambda n: "总 " * (n // 2),
    " 猜你喜欢 repeated": lambda n: " 猜你喜欢" * (n // 5),
    "# then spaces": lambda n: "# " + " " * n + "x",
}
SIZES = (250_000, 500_000, 1_000_000)


def main() -> None:
    from policyparse.normalise import normalise

    text = "\n".join(p.read_text(encoding="utf-8") for p in SAMPLES)
    dt = best_of(lambda: normalise(text))
    print(f"samples: {len(text.encode('utf-8')) / 1e6:.2f} MB in {dt:.3f} s ({len(text.encode('utf-8')) / 1e6 / dt:.1f} MB/s)")
    print(f"\n{'one line of n characters':<28}" + "".join(f"{f'n={n // 1000}k s':>11}" for n in SIZES) + f"{'ratio':>8}")
    for name, make in SHAPES.items():
        times = []
        for n in SIZES:
            line = make(n)
            times.append(best_of(lambda: normalise(line), repeat=1))
        print(f"{name:<28}" + "".join(f"{t:>11.3f}" for t in times) + f"{times[-1] / times[0]:>8.2f}")


if __name__ == "__main__":
    main()
