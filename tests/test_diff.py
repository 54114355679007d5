"""policyparse diff on pairs made from the samples by real kinds of edit.

Each test edits a sample as a drafter would and asserts exactly the changes expected,
and nothing else: an unchanged pair, or one whose punctuation was only normalised,
gives no change at all.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import regex

import policyparse
from policyparse.changes import diff

SAMPLES = Path(__file__).parent.parent / "samples"
PLAN = (SAMPLES / "000_ad0b7a859fe0dc26.txt").read_text(encoding="utf-8")  # 三、（一）…（七） 四、（八）…（十一）
LED = (SAMPLES / "002_6327faf7a73cc827.txt").read_text(encoding="utf-8")  # tasks with 牵头单位
CN = "一二三四五六七八九十"


def cn(n: int) -> str:
    return CN[n - 1] if n <= 10 else "十" + CN[n - 11]


def renumber(text: str, start: int, shift: int) -> str:
    """Shift every （n） with n >= start by ``shift``, at line starts."""
    def repl(m):
        n = [cn(k) for k in range(1, 20)].index(m.group(1)) + 1
        return f"（{cn(n + shift)}）" if n >= start else m.group(0)
    return regex.sub(r"(?m)^（([一二三四五六七八九十]{1,2})）", repl, text)


def section_lines(text: str, marker: str) -> tuple[int, int]:
    """Start and end offsets of the paragraph block of a （n） section at a line start."""
    s = text.index("\n" + marker) + 1
    e = regex.search(r"\n(?:（[一二三四五六七八九十]{1,2}）|[一二三四五六七八九十]、)", text[s + 1:])
    return s, s + 1 + e.start() + 1 if e else len(text)


def changes(d):
    return sorted((c.change, c.old_id, c.new_id) for c in d.sections), \
        sorted((r.kind, r.change, tuple(r.fields)) for r in d.records)


def parse(text):
    return policyparse.parse_text(text)


def test_an_unchanged_pair_gives_no_change():
    assert diff(parse(PLAN), parse(PLAN)).unchanged
    assert diff(parse(LED), parse(LED)).unchanged


def test_punctuation_normalised_to_half_width_is_no_change():
    half = PLAN.translate(str.maketrans({"，": ",", "（": "(", "）": ")", "：": ":", "；": ";"}))
    assert diff(parse(PLAN), parse(half)).unchanged


def test_sections_renumbered_after_an_insertion():
    s, e = section_lines(PLAN, "（二）")
    inserted = "（二）发展热敏灸文化旅游。培育热敏灸主题街区，讲好热敏灸故事。\n"
    new = PLAN[:s] + renumber(inserted + PLAN[s:], 2, 1)[:len(inserted)].replace("（三）", "（二）") + renumber(PLAN[s:], 2, 1)
    d = diff(parse(PLAN), parse(new))
    sections, records = changes(d)
    assert records == []
    assert [c for c in sections if c[0] == "added"] == [("added", None, "3.2")]
    renumbered = [c for c in sections if c[0] == "renumbered"]
    assert len(renumbered) == 10 and len(sections) == 11  # （二）…（十一） become （三）…（十二）
    assert not d.metadata


def test_a_section_deleted():
    old = parse(PLAN)
    s, e = section_lines(PLAN, "（五）")
    new = parse(PLAN[:s] + renumber(PLAN[e:], 6, -1))
    d = diff(old, new)
    sections, records = changes(d)
    assert ("removed", "3.5", None) in sections
    assert [c for c in sections if c[0] not in ("removed", "renumbered")] == []
    assert sum(c[0] == "renumbered" for c in sections) == 6  # （六）…（十一）
    gone = [r for r in old.documents[0].responsibilities + old.documents[0].targets
            + old.documents[0].funding + old.documents[0].deadlines if r.section == "3.5"]
    assert len(records) == len(gone) and all(r[1] == "removed" for r in records)


def test_a_paragraph_moved_changes_two_sections_and_no_record():
    s6, e6 = section_lines(PLAN, "（六）")
    s7, e7 = section_lines(PLAN, "（七）")
    block6 = PLAN[s6:e6]
    title, _, body = block6.partition("\n")
    moved = PLAN[:s6] + title + "\n" + "加强热敏灸宣传。\n" + PLAN[e6:e7] + body
    if not moved.endswith("\n"):
        moved += "\n"
    moved += PLAN[e7:]
    d = diff(parse(PLAN), parse(moved))
    sections, records = changes(d)
    assert sections == [("changed", "3.6", "3.6"), ("changed", "3.7", "3.7")]
    assert records == []


def test_a_target_value_changed():
    new = PLAN.replace("艾草种植面积达到1000亩", "艾草种植面积达到1500亩")
    assert new != PLAN
    sections, records = changes(diff(parse(PLAN), parse(new)))
    assert sections == [("changed", "3.1", "3.1")]
    assert records == [("targets", "changed", ("value",))]


def test_a_deadline_moved_also_moves_its_targets_year():
    new = PLAN.replace("到2023年艾草种植面积", "到2024年艾草种植面积")
    assert new != PLAN
    sections, records = changes(diff(parse(PLAN), parse(new)))
    assert sections == [("changed", "3.1", "3.1")]
    assert records == [("deadlines", "changed", ("year",)), ("targets", "changed", ("year",))]


def test_a_lead_agency_replaced():
    new = LED.replace("（牵头单位：市经信局；", "（牵头单位：市发展改革委；", 1)
    assert new != LED
    d = diff(parse(LED), parse(new))
    sections, records = changes(d)
    assert len(sections) == 1 and sections[0][0] == "changed"
    assert records == [("responsibilities", "changed", ("lead", "units"))]
    rc = d.records[0]
    assert rc.old["lead"] == ["市经信局"] and rc.new["lead"] == ["市发展改革委"]


def test_a_short_agency_name_for_the_same_agency_is_no_change():
    new = LED.replace("（牵头单位：市经信局；", "（牵头单位：市经济和信息化局；", 1)
    if new == LED:
        pytest.fail("the sample no longer holds the assignment this test edits")
    _, records = changes(diff(parse(LED), parse(new)))
    assert records == []


def test_the_draft_becoming_final_is_a_metadata_change():
    assert "征求意见稿" in LED
    d = diff(parse(LED), parse(LED.replace("（征求意见稿）", "")))
    assert [(m.field, m.old, m.new) for m in d.metadata if m.field == "draft"] == [("draft", True, False)]


def test_the_command_prints_json_with_its_schema(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(PLAN, encoding="utf-8")
    b.write_text(PLAN.replace("艾草种植面积达到1000亩", "艾草种植面积达到1500亩"), encoding="utf-8")
    run = lambda *args: subprocess.run([sys.executable, "-m", "policyparse", *args], capture_output=True, timeout=300)  # noqa: E731
    p = run("diff", str(a), str(b), "--json", "--html", str(tmp_path / "d.html"))
    assert p.returncode == 0, p.stderr
    out = json.loads(p.stdout)
    assert out["records"][0]["kind"] == "targets" and out["records"][0]["fields"] == ["value"]
    assert "<ins>5</ins>" in (tmp_path / "d.html").read_text(encoding="utf-8")
    schema = json.loads(run("schema", "--diff").stdout)
    assert {"sections", "records", "metadata"} <= set(schema["properties"])
    p = run("diff", str(a))
    assert p.returncode != 0
