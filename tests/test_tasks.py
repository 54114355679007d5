"""Tasks: what each assignment closes, what records are about, and whether a document is in force."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import policyparse
from test_properties import FRAGMENTS

ROOT = Path(__file__).parent
FILES = sorted((ROOT.parent / "samples").glob("*.txt")) + sorted((ROOT / "devset2" / "docs").glob("*.txt"))


def check_tasks(result) -> int:
    """Every assignment is in exactly one task whose span holds it; tasks never overlap."""
    checked = 0
    for doc in result.documents:
        owner: dict[int, list[int]] = {}
        for i, t in enumerate(doc.tasks):
            assert result.text[t.span[0]:t.span[1]] == t.raw
            assert doc.span[0] <= t.span[0] < t.span[1] <= doc.span[1]
            for k in t.responsibilities:
                owner.setdefault(k, []).append(i)
            for kind in ("deadlines", "targets", "funding"):
                for k in getattr(t, kind):
                    r = getattr(doc, kind)[k]
                    assert t.span[0] <= r.span[0] and r.span[1] <= t.span[1]
        for k, r in enumerate(doc.responsibilities):
            assert len(owner.get(k, [])) == 1, r.raw
            t = doc.tasks[owner[k][0]]
            assert t.span[0] <= r.span[0] and r.span[1] <= t.span[1]
            checked += 1
        spans = sorted(t.span for t in doc.tasks)
        assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))
    return checked


def test_tasks_of_every_sample_and_devset2_document():
    assert sum(check_tasks(policyparse.parse(p)) for p in FILES) > 200


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(FRAGMENTS, st.text(max_size=8)), max_size=60).map("".join))
def test_task_properties_hold_on_any_text(text):
    check_tasks(policyparse.parse_text(text))


def tasks(text: str):
    doc = policyparse.parse_text(text).documents[0]
    return doc, [(t.rule, t.raw, t.lead, t.units, t.inherited) for t in doc.tasks]


def test_a_bracket_that_closes_a_whole_item_makes_the_item_the_task():
    doc, found = tasks("一、重点任务\n1.建设智慧停车平台。整合全市停车资源，2024年底前上线运行。（牵头单位：市城管局；责任单位：市公安局）\n"
                       "2.推广共享单车。规范停放秩序。（责任单位：市交通运输局）\n")
    assert [(r, raw[:2], lead) for r, raw, lead, _, _ in found] == [
        ("whole-item", "1.", ["市城管局"]), ("whole-item", "2.", [])]
    assert doc.tasks[0].deadlines == [0]


def test_brackets_in_one_paragraph_close_the_clauses_before_them():
    _, found = tasks("（一）改善人居环境。开展村庄清洁行动（市农业农村局）；推进厕所革命（市卫健委、市农业农村局）；"
                     "治理生活污水（市生态环境局）。\n")
    assert [(r, raw) for r, raw, *_ in found] == [
        ("clause-before", "开展村庄清洁行动（市农业农村局）"),
        ("clause-before", "推进厕所革命（市卫健委、市农业农村局）"),
        ("clause-before", "治理生活污水（市生态环境局）")]


def test_a_sentence_with_its_bracket_after_the_full_stop():
    _, found = tasks("二、工作措施\n加强宣传引导，营造良好氛围。（责任单位：市委宣传部）落实财政投入。（责任单位：市财政局）\n")
    assert [raw for _, raw, *_ in found] == ["加强宣传引导，营造良好氛围。（责任单位：市委宣传部）",
                                              "落实财政投入。（责任单位：市财政局）"]


def test_a_table_row_is_a_task():
    _, found = tasks("序号\t工作任务\t牵头单位\t完成时限\n1\t建成应急物资储备库\t市应急局\t2025年底\n"
                     "2\t开展应急演练\t市应急局\t每年\n")
    rows = [raw for rule, raw, *_ in found if rule == "table-row"]
    assert all("\n" not in r for r in rows)


def test_a_section_assignment_is_inherited_by_its_items():
    _, found = tasks("（三）加强组织领导（牵头单位：市委组织部）\n1.建立联席会议制度。\n2.完善考核评价办法。\n")
    assert found[0][0] == "section-heading" and found[0][2] == ["市委组织部"]
    items = [(raw[:2], lead, inherited) for rule, raw, lead, _, inherited in found if rule == "committing-item"]
    assert items == [("1.", ["市委组织部"], True), ("2.", ["市委组织部"], True)]


def test_items_without_assignments_are_tasks_when_they_commit():
    _, found = tasks("一、指导思想\n以人民为中心。\n二、主要任务\n1.加快建设充电设施。到2025年建成充电桩500个。\n2.总体思路。坚持统筹。\n")
    assert [(rule, raw[:2]) for rule, raw, *_ in found] == [("committing-item", "1.")]


def test_a_document_wide_convention_adds_its_units_to_every_later_task():
    doc, _ = tasks("以下各项工作均需各县（区）人民政府落实，不再列出。\n1.开展专项整治。（牵头单位：市公安局）\n"
                   "2.建立长效机制。（牵头单位：市司法局）\n")
    assert [t.shared_units for t in doc.tasks] == [["各县（区）人民政府"], ["各县（区）人民政府"]]


@pytest.mark.parametrize("text,kind,purpose", [
    ("市财政每年安排500万元，用于农村公路养护。", "investment", "农村公路养护"),
    ("对新评为国家级专精特新企业的，给予一次性奖励50万元。", "subsidy", None),
    ("对首次认定的高新技术企业给予20万元奖励。", "subsidy", "首次认定的高新技术企业"),
    ("违反规定的，由市场监管部门处1万元以上10万元以下的罚款。", "penalty", None),
    ("对年营业收入首次突破10亿元的企业，给予奖励。", "threshold", None),
    ("到2025年，全市地区生产总值达到5000亿元。", "economic_target", None),
    ("停车收费标准为每小时2元。", "fee", None),
])
def test_funding_says_its_kind_and_purpose(text, kind, purpose):
    f = policyparse.parse_text(text).documents[0].funding[0]
    assert f.kind == kind
    if purpose:
        assert f.purpose == purpose


def test_a_deadline_names_its_subject():
    doc = policyparse.parse_text("一、目标\n全面完成老旧小区改造，2023年底前完成。加强监督。\n").documents[0]
    assert doc.deadlines[0].subject == "全面完成老旧小区改造，2023年底前完成"


@pytest.mark.parametrize("text,field,value", [
    ("本办法自2024年3月1日起施行，有效期至2029年2月28日。", "expires", date(2029, 2, 28)),
    ("本办法自2024年3月1日起施行。", "effective", date(2024, 3, 1)),
    ("本通知自印发之日起施行，有效期3年。\n某市人民政府\n2023年5月10日", "expires", date(2026, 5, 9)),
    ("本通知自印发之日起施行，有效期3年。\n某市人民政府\n2023年5月10日", "valid_years", 3),
    ("本办法自2024年1月1日起施行，《某市停车管理办法》（某政发〔2015〕3号）同时废止。", "replaces", ["某市停车管理办法"]),
    ("索引号：11 \t 公开方式：主动公开\n关于印发某方案的通知", "publicity", "主动公开"),
])
def test_validity_and_publicity(text, field, value):
    assert getattr(policyparse.parse_text(text).documents[0].metadata, field) == value
