"""How fast a review page loads in a real browser, and the README's screenshot.

    python benchmarks/bench_report.py                       # load times at three sizes
    python benchmarks/bench_report.py --screenshot docs/report.png

A long plan is made by repeating the samples until it holds about 500, 2,000 and
8,000 records; each page is written with `policyparse.report.render` and opened
in Debian's Chromium (`/usr/bin/chromium`, driven by playwright), five times.
The figure is the median of the time from navigation start to the end of the load
event (`PerformanceNavigationTiming.loadEventEnd`), which includes parsing,
style and the first layout of the whole page.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

import policyparse  # noqa: E402
from policyparse.report import KINDS, render  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]


def records(result) -> int:
    return sum(len(getattr(d, k, [])) for d in result.documents for k in KINDS)


def long_plan(target: int):
    base = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "samples").glob("*.txt")))
    per = records(policyparse.parse_text(base))
    return policyparse.parse_text("\n\n".join([base] * max(1, round(target / per))))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--screenshot", type=Path, help="write a screenshot of sample 000's page here and stop")
    args = ap.parse_args()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p, tempfile.TemporaryDirectory() as tmp:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        if args.screenshot:
            page_file = Path(tmp) / "r.html"
            page_file.write_text(render([policyparse.parse(ROOT / "samples" / "000_ad0b7a859fe0dc26.txt")]),
                                 encoding="utf-8")
            page = browser.new_page(viewport={"width": 1280, "height": 800})
            page.goto(page_file.as_uri())
            page.locator('tr[data-kind="targets"][data-index="0"]').click()
            page.wait_for_timeout(300)
            page.screenshot(path=str(args.screenshot))
            print(f"wrote {args.screenshot}")
            return
        print(f"{'records':>8} {'page KB':>8} {'load ms (median of 5)':>22}")
        for target in (500, 2000, 8000):
            result = long_plan(target)
            page_file = Path(tmp) / f"r{target}.html"
            page_file.write_text(render([result]), encoding="utf-8")
            times = []
            for _ in range(5):
                page = browser.new_page()
                page.goto(page_file.as_uri())
                times.append(page.evaluate(
                    "() => { const n = performance.getEntriesByType('navigation')[0]; return n.loadEventEnd - n.startTime; }"))
                page.close()
            print(f"{records(result):>8} {page_file.stat().st_size // 1024:>8} {statistics.median(times):>22.0f}")
        browser.close()


if __name__ == "__main__":
    main()
