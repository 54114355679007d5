"""How long `policyparse.diff` takes on two long plans.

    python benchmarks/bench_diff.py

A plan of about 50, 100 and 200 pages (750 characters a page) is built from sample
000's tasks, repeated under chapters 一、二、…; its revision changes one number in
twenty, deletes one section and inserts one.  Parsing is not timed, only the diff
(section alignment, record matching, metadata), best of three.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

import regex  # noqa: E402

import policyparse  # noqa: E402
from policyparse.changes import diff  # noqa: E402

CN = "一二三四五六七八九十"


def cn(n: int) -> str:
    if n <= 10:
        return CN[n - 1]
    tens, ones = divmod(n, 10)
    return (CN[tens - 1] if tens > 1 else "") + "十" + (CN[ones - 1] if ones else "")


def plan(pages: int) -> str:
    sample = (ROOT / "samples" / "000_ad0b7a859fe0dc26.txt").read_text(encoding="utf-8")
    tasks = sample[sample.index("（一）提升"):sample.index("\n", sample.index("（十一）")) + 1]
    chapters, k = [], 1
    while sum(map(len, chapters)) < pages * 750:
        chapters.append(f"{cn(k)}、第{cn(k)}部分重点任务\n{tasks}")
        k += 1
    return "关于印发某市长期规划的通知\n" + "".join(chapters)


def revise(text: str) -> str:
    count = [0]

    def bump(m):
        count[0] += 1
        return str(int(m.group(0)) + 1) if count[0] % 20 == 0 else m.group(0)

    text = regex.sub(r"(?<![0-9])[0-9]{2,4}(?=亩|个|家|%|万)", bump, text)
    i = text.index("（三）", len(text) // 2)
    j = text.index("\n（", i + 1)
    text = text[:i] + text[j + 1:]
    k = text.index("（五）", len(text) // 3)
    return text[:k] + "（五）新增一项任务。建立工作台账。\n" + text[k:]


def main() -> None:
    print(f"{'pages':>6} {'sections':>9} {'records':>8} {'diff s':>8} {'changes':>8}")
    for pages in (50, 100, 200):
        old_text = plan(pages)
        old, new = policyparse.parse_text(old_text), policyparse.parse_text(revise(old_text))
        best = float("inf")
        for _ in range(3):
            t = time.perf_counter()
            d = diff(old, new)
            best = min(best, time.perf_counter() - t)
        doc = old.documents[0]
        n_sections = sum(1 for _ in policyparse.segment.walk(doc.sections))
        n_records = sum(len(getattr(doc, k)) for k in ("responsibilities", "funding", "deadlines", "targets"))
        print(f"{pages:>6} {n_sections:>9} {n_records:>8} {best:>8.3f} {len(d.sections) + len(d.records):>8}")


if __name__ == "__main__":
    main()
