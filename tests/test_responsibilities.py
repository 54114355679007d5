"""Responsibility assignments beyond the corpus: records stay inside their section,
tables are read under their header, rules are named, and one lexicon of organisation
endings serves units and issuers."""
from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import policyparse
from policyparse.explain import explain_text
from policyparse.extractors import responsibilities
from policyparse.grammar import organisations
from policyparse.rules import REJECT
from policyparse.segment import walk
from policyparse.tables import tables


def _records_end_inside_their_section(text: str) -> list:
    result = policyparse.parse_text(text)
    records = []
    for doc in result.documents:
        sections = {s.id: s for s in walk(doc.sections)}
        for rec in doc.responsibilities:
            s, e = rec.span
            assert result.text[s:e] == rec.raw
            if rec.section is not None:
                sec = sections[rec.section]
                assert sec.span[0] <= s and e <= sec.span[1], (rec.raw, sec.span)
                # nor does it run over the heading of a section nested in its own
                assert not any(s < c.span[0] < e for c in sec.children), rec.raw
            else:  # before the first heading: it ends before any section starts
                assert all(e <= x.span[0] or x.span[1] <= s for x in walk(doc.sections)), rec.raw
            records.append(rec)
    return records


def test_an_unclosed_bracket_stops_at_the_next_heading():
    # an unclosed labelled bracket runs to its line end, which here lies past 二、
    assert _records_end_inside_their_section("一、[牵头单位:二、毹") == []
    text = "一、总体要求。（牵头单位：市民政局、市财政局；二、重点任务。推进改革。\n三、保障措施\n"
    rec, = _records_end_inside_their_section(text)
    assert rec.raw == "（牵头单位：市民政局、市财政局" and rec.units == ["市民政局", "市财政局"]


PIECES = st.sampled_from([
    "一、", "二、", "（一）", "（二）", "1.", "2.", "第一条", "第二条", "总体要求", "重点任务", "。", "；", "\n",
    "（", "）", "[", "]", "【", "】", "〔", "〕", "牵头单位：", "牵头单位:", "责任单位：", "配合单位：",
    "市民政局", "、", "，", "市财政局", "牵头", "负责", "|", "\t", "序号", "1", "2",
])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(PIECES, st.text(max_size=3)), max_size=40).map("".join))
def test_no_record_runs_past_its_section(text):
    _records_end_inside_their_section(text)


@pytest.mark.parametrize("n", [2_000, 8_000])
def test_many_labels_in_one_line_stay_linear(n):
    # each label used to scan to the line end again: quadratic (a hang is the defect here)
    t0 = time.perf_counter()
    policyparse.parse_text("牵头单位：" * n)
    assert time.perf_counter() - t0 < 30


def test_tables_rows_and_cells_of_each_flattened_form():
    tabbed = "序号\t任务\t牵头单位\n1\t建设平台\t市发改委\n"
    piped = "| 序号 | 任务 | 牵头单位 |\n| 1 | 建设平台 | 市发改委 |\n"
    per_line = "序号 |\n任务 |\n牵头单位 |\n||\n1 |\n建设平台 |\n市发改委 |\n|||\n"
    for text in (tabbed, piped, per_line):
        table, = tables(text, 0, len(text))
        assert [[c.text(text) for c in row] for row in table] == [["序号", "任务", "牵头单位"],
                                                                 ["1", "建设平台", "市发改委"]], text
    assert tables("一、总体要求\n推进改革。", 0, 12) == []
    assert tables("甲|乙\n正文", 0, 7) == []  # one row is not a table


def test_a_header_printed_again_on_each_page_starts_the_rows_again():
    page = "序号|\n工作任务|\n牵头单位|\n1|\n建设平台|\n市发改委|\n2|\n推进改造|\n市住建局|\n"
    recs = policyparse.parse_text(page * 3).documents[0].responsibilities
    assert [r.lead for r in recs] == [["市发改委"], ["市住建局"]] * 3


def test_a_table_cell_that_is_a_labelled_list_is_read_once():
    text = "序号\t任务\t责任单位\n1\t建设平台\t牵头单位：市发改委；配合单位：市财政局\n"
    rec, = policyparse.parse_text(text).documents[0].responsibilities
    assert rec.units == ["市发改委", "市财政局"] and rec.lead == ["市发改委"]


def test_every_rule_list_ends_with_a_rule_that_always_applies_and_names_are_unique():
    lists = (responsibilities.ITEM_RULES, responsibilities.BRACKET_RULES, responsibilities.CLAUSE_RULES,
             responsibilities.CELL_RULES, responsibilities.PROSE_RULES)
    for rules in lists:
        assert rules[-1].when(None) is True
        names = [r.name for r in rules]
        assert len(names) == len(set(names))


@pytest.mark.parametrize("text, why, rule", [
    ("（此件主动公开）", "此件主动公开", "publicity-note"),
    ("关于推进医养结合的意见（征求意见稿）", "征求意见稿", "draft-marker"),
    ("某市养老服务发展规划（2021-2025年）", "2021-2025", "plan-period"),
    ("市医疗保障局（以下简称市医保局）负责实施。", "以下简称", "alias-definition"),
    ("二级以上（含）公立医院", "（含）", "threshold-note"),
    ("由市委宣传部牵头制作公益广告。", "市委宣传部", "prose"),
    ("加强督查。（牵头单位：市政府办；排第一的为牵头单位，下同）", "排第一", "lead-declaration"),
    ("序号\t项目\t业主单位\n1\t新建水厂\t市水务集团\n", "市水务集团", "owner-column"),
    ("序号\t项目\t分管市领导\n1\t新建水厂\t王某某\n", "王某某", "person-column"),
])
def test_each_kind_of_non_assignment_is_rejected_by_a_named_rule(text, why, rule):
    decisions = [d for d in explain_text(text, why=why, kind="responsibility").decisions]
    assert (rule, REJECT) in [(d.rule, d.verdict) for d in decisions]


def test_accepted_records_name_their_rule():
    r = policyparse.parse_text("推进改革。（牵头单位：市发改委；配合单位：市财政局）\n责任单位：市民政局\n")
    assert [x.rule for x in r.documents[0].responsibilities] == ["labelled", "labelled-clause"]


def test_units_and_issuers_read_one_lexicon_of_endings():
    from policyparse import metadata
    from policyparse.extractors import units

    assert units.UNIT_SUFFIXES == organisations.ENDINGS
    assert set(organisations.ISSUER_ENDINGS) <= set(organisations.ENDINGS)
    for ending in organisations.ISSUER_ENDINGS:
        assert metadata._ORG_RE.match("某某市" + ending), ending
    for ending in set(organisations.ENDINGS) - set(organisations.ISSUER_ENDINGS):
        if not ending.endswith(organisations.ISSUER_ENDINGS):  # 分局 ends with 局
            assert not metadata._ORG_RE.match("某某市" + ending), ending
        assert units.looks_like_unit("某某市" + ending), ending
