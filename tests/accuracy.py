"""Score parse results against a folder of gold files with the project's scorer."""
from __future__ import annotations

import json
from pathlib import Path

import scorer

TALLIES = scorer.FIELDS + ("heading_markers", "assignments", "target_year", "documents") + tuple(
    "meta_" + f for f in scorer.META)


def score(results: dict, gold_dir: Path, pred_dir: Path) -> dict:
    """Tallies by field for ``results`` (stem -> ParseResult) against ``gold_dir/<stem>.json``."""
    for stem, result in results.items():
        (pred_dir / f"{stem}.json").write_text(result.model_dump_json(exclude={"text"}), encoding="utf-8")
    tallies = {n: scorer.Tally() for n in TALLIES}
    for gpath in sorted(gold_dir.glob("*.json")):
        gold = json.loads(gpath.read_text(encoding="utf-8"))
        out = json.loads((pred_dir / gpath.name).read_text(encoding="utf-8"))
        scorer.score_file(scorer.documents(gold), scorer.documents(out), tallies, None)
    return tallies
