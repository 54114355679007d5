"""How well target indicators match the gold annotations: rules versus jieba (pip install 'policyparse[jieba]').

    python benchmarks/eval_indicator.py

For every target whose value and unit match a gold target of the samples
(tests/gold), compares the indicator exactly.  "rules" is what the parser
outputs; "rules + jieba" trims the rule indicator's left edge to the longest
run of noun-like words that jieba's part-of-speech tagger finds.  The parser
uses jieba only where it measurably beats the rules; on 2026-11-23 it did not
(rules 85/142, rules + jieba 37/142: the tagger cuts compounds such as
艾草种植面积 at their verb-tagged parts).
"""
from __future__ import annotations

import json
from pathlib import Path

import policyparse

ROOT = Path(__file__).resolve().parent.parent
NOUNISH = ("n", "vn", "an", "b", "j", "nz", "nt", "ns", "nr", "ng", "a", "f", "s", "x", "q", "m")


def jieba_left_edge(phrase: str) -> str:
    import jieba
    import jieba.posseg as pseg

    jieba.setLogLevel(60)
    keep = []
    for word, flag in reversed(list(pseg.cut(phrase))):
        if not (flag.startswith(NOUNISH) or word in "、（）()“”"):
            break
        keep.append(word)
    return "".join(reversed(keep))


def main() -> None:
    rules = with_jieba = total = 0
    for gold_path in sorted((ROOT / "tests" / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        result = policyparse.parse(ROOT / "samples" / (gold_path.stem + ".txt"))
        predicted = [t for d in result.documents for t in d.targets]
        used: set[int] = set()
        for g in (t for d in gold["documents"] for t in d["targets"]):
            for i, p in enumerate(predicted):
                if i in used or (p.value, p.value_max, p.unit) != (g["value"], g["value_max"], g["unit"]):
                    continue
                used.add(i)
                total += 1
                rules += p.indicator == g["indicator"]
                with_jieba += jieba_left_edge(p.indicator) == g["indicator"]
                break
    print(f"targets matched on value and unit: {total}")
    print(f"indicator exact, rules:          {rules} ({rules / total:.2f})")
    print(f"indicator exact, rules + jieba:  {with_jieba} ({with_jieba / total:.2f})")


if __name__ == "__main__":
    main()
