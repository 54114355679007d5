"""Properties every result has: spans point at their raw text, records sit in
their section, and no input makes the parser raise."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import policyparse
from policyparse.segment import walk

SAMPLES = sorted((Path(__file__).parent.parent / "samples").glob("*.txt"))
RECORD_FIELDS = ("responsibilities", "funding", "deadlines", "durations", "targets")


def check_result(result: policyparse.ParseResult) -> int:
    """Assert the span properties of a result; returns the number of records checked."""
    text = result.text
    checked = 0
    for doc in result.documents:
        sections = {s.id: s for s in walk(doc.sections)}
        for field in RECORD_FIELDS:
            for rec in getattr(doc, field):
                s, e = rec.span
                assert 0 <= s <= e <= len(text)
                assert text[s:e] == rec.raw
                assert doc.span[0] <= s and e <= doc.span[1]
                if rec.section is not None:
                    sec = sections[rec.section]
                    assert sec.span[0] <= s < sec.span[1]
                    # no child of that section holds the record's start: it is the innermost
                    assert not any(c.span[0] <= s < c.span[1] for c in sec.children)
                checked += 1
    return checked


@pytest.mark.parametrize("path", SAMPLES, ids=[p.stem for p in SAMPLES])
def test_every_record_of_every_sample(path):
    assert check_result(policyparse.parse(path)) > 0


FRAGMENTS = st.sampled_from([
    "一、", "（一）", "(二)", "1.", "2、", "（1）", "①", "第一章", "第三条", "专栏1", "。", "；", "\n", "\t",
    "（责任单位：", "牵头单位:", "市卫健委、", "各县（市、区）人民政府", "）", "〔", "〕", "[", "]", "【",
    "到2025年", "20xx年底前", "6月底前", "达到", "80%", "1-2家", "不低于", "50万元", "1000元/亩", "每人每月",
    "建成", "示范基地5个", "排第一的为牵头单位，下同", "《", "》", "二〇二一年八月十五日", "关于", "的通知",
    "屯政办发〔2021〕 号", "抄送：", "当前位置:", "ZUMoY14gcGUxYRAla2Hfc18xYBAgalPfc2AyOC83aVvfclUxb1kuaizhLR3v",
])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(FRAGMENTS, st.text(max_size=12)), max_size=60).map("".join))
def test_parse_text_never_raises_and_keeps_span_properties(text):
    check_result(policyparse.parse_text(text))


BRACKETS = [("（", "）"), ("(", ")"), ("[", "]"), ("【", "】"), ("〔", "〕"), ("《", "》")]
NESTED = st.recursive(
    st.one_of(FRAGMENTS, st.text(max_size=6)),
    lambda inner: st.tuples(st.sampled_from(BRACKETS), st.lists(inner, max_size=4), st.booleans()).map(
        lambda t: t[0][0] + "".join(t[1]) + (t[0][1] if t[2] else "")),  # closed or left open
    max_leaves=80,
)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(NESTED, min_size=1, max_size=8).map("".join))
def test_nested_and_unbalanced_brackets_keep_span_properties(text):
    check_result(policyparse.parse_text(text))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(FRAGMENTS.filter(lambda f: f != "\n"), st.text(max_size=12).map(lambda t: t.replace("\n", ""))),
                min_size=200, max_size=1500).map("".join))
def test_very_long_lines_keep_span_properties(text):
    check_result(policyparse.parse_text(text))


def test_a_target_clause_that_runs_across_an_inline_heading_starts_at_the_heading():
    # found by hypothesis: the clause began before the heading, the record's section after it
    r = policyparse.parse_text("一、总体要求\n全市养老服务（试点）二、重点任务覆盖率达到80%。")
    target, = r.documents[0].targets
    assert target.raw == "二、重点任务覆盖率达到80%" and target.section == "2"
    check_result(r)


@pytest.mark.parametrize("text, warning", [
    ("", "no text"),
    (" \n\t\u3000" * 100, "no text"),
    ("当前位置：首页 > 政务公开\n", "no document text left"),
])
def test_text_with_nothing_to_parse_gives_an_empty_valid_result_and_says_why(text, warning):
    r = policyparse.parse_text(text)
    assert r.documents == []
    assert len(r.warnings) == 1 and r.warnings[0].startswith(warning)
    assert policyparse.ParseResult.model_validate_json(r.model_dump_json()) == r


def test_markers_without_titles_are_no_headings_and_give_no_records():
    r = policyparse.parse_text("一、\n（一）\n1.\n（1）\n①\n第一章\n")
    doc, = r.documents
    assert doc.sections == []
    assert all(not getattr(doc, f) for f in RECORD_FIELDS)


LONG_LINE = "到2025年，全市建成示范基地5个（责任单位：市民政局、市财政局）。一、总体要求。"

# At the sizes the parser promises to handle in linear time (timings are in
# benchmarks/bench_pipeline.py, not asserted here); the regular expressions
# are checked for catastrophic backtracking in test_patterns.py.
ADVERSARIAL = {
    "100k open brackets": "（" * 100_000,
    "100k mixed brackets": "（[【〔《(" * 17_000,
    "unbalanced brackets": "（责任单位：市民政局）" * 2_000 + "（" * 50_000 + "）" * 50_000,
    "100k nested brackets": "（" * 50_000 + "市民政局" + "）" * 50_000,
    "100k marker lines": "\n".join(f"{i % 50 + 1}.任务" for i in range(100_000)),
    "100k markers in one line": "（一）（二）（三）" * 33_334,
    "only markers": "一、（一）1.（1）①第一章第一条专栏1" * 10_000,
    "1 MB line": LONG_LINE * (1_000_000 // len(LONG_LINE.encode())),
    "100k digits": "1" * 100_000 + "元",
    "100k years": "2025年" * 20_000,
    "1 MB of whitespace": " \n\t\u3000" * 250_000,
    "NUL and controls": "一、总体要求\x00\x01\x02到2025年完成。",
}


@pytest.mark.parametrize("name", list(ADVERSARIAL))
def test_adversarial_text_parses_with_span_properties(name):
    check_result(policyparse.parse_text(ADVERSARIAL[name]))
