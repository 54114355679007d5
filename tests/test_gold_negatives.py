"""Every "not" of the annotation guide is a named rejecting rule, and rejects what it names.

docs/annotation-guide.md ends each field with what does not count (the list of
attachments is not headings, a publicity note is not an assignment, a year in a
document number is not a deadline …).  Each such item here names the rule list and
the rejecting rule that stands for it, with a passage in the genre: the parse gives no
record (or heading) there, and, where the candidate reaches the rule list, the trace
shows that rule rejecting it.  A few items never become candidates at all, because
the grammar that finds candidates cannot match them; they are listed apart.
"""
from __future__ import annotations

import importlib

import pytest

import policyparse
from policyparse.rules import tracing
from policyparse.segment import walk

# guide item, rule list, rejecting rule, passage, the text the rule must reject
RULED = [
    ("headings: the list of attachments", "segment.HEADING_RULES", "attachment-list",
     "关于印发方案的通知\n各单位：\n现将方案印发给你们。\n附件：1.实施方案\n2.任务分工表\n", "2."),
    ("headings: a table of contents", "segment.HEADING_RULES", "table-of-contents",
     "目录\n一、总体要求……1\n二、重点任务……3\n一、总体要求\n坚持统筹推进。\n二、重点任务\n加快建设。\n", "一、"),
    ("headings: a line that starts with a quantity", "segment.HEADING_RULES", "quantity",
     "一、目标\n1.5万亩高标准农田全部建成。\n", "1.5"),
    ("headings: dashes", "segment.HEADING_RULES", "dash-item", "一、原则\n1.——坚持统筹推进。\n", "1."),
    ("responsibilities: a publicity note", "extractors.responsibilities.BRACKET_RULES", "publicity-note",
     "关于做好工作的通知\n（此件主动公开）\n", "（此件主动公开）"),
    ("responsibilities: a draft mark", "extractors.responsibilities.BRACKET_RULES", "draft-marker",
     "某市养老服务实施方案（征求意见稿）\n", "（征求意见稿）"),
    ("responsibilities: a plan period", "extractors.responsibilities.BRACKET_RULES", "plan-period",
     "某市十四五规划（2021-2025年）\n", "（2021-2025年）"),
    ("responsibilities: a short name defined", "extractors.responsibilities.BRACKET_RULES", "alias-definition",
     "市卫生健康委员会（以下简称市卫健委）负责组织实施。\n", "（以下简称市卫健委）"),
    ("responsibilities: prose naming a lead", "extractors.responsibilities.PROSE_RULES", "prose",
     "由市委宣传部牵头制作宣传片。\n", "市委宣传部牵头"),
    ("responsibilities: a project owner's column", "extractors.responsibilities.CELL_RULES", "owner-column",
     "序号\t项目名称\t业主单位\n1\t污水处理厂\t市城投公司\n", "市城投公司"),
    ("funding: an amount that is part of a name", "extractors.funding.FUNDING_RULES", "part-of-a-name",
     "年收入超过10万元户的家庭。\n", "10万元"),
    ("deadlines: a past event", "extractors.deadlines.YEAR_RULES", "past-marker",
     "2020年以来，全市累计建成养老机构12家。\n", "2020年"),
    ("deadlines: the document's own date", "extractors.deadlines.YEAR_RULES", "date-line",
     "某市人民政府\n2023年5月10日\n", "2023年5月10日"),
    ("deadlines: a year in a document number", "extractors.deadlines.YEAR_RULES", "document-number",
     "根据《通知》（某政发〔2019年〕12号）要求。\n", "2019年"),
    ("deadlines: a year in a cited title", "extractors.deadlines.YEAR_RULES", "in-cited-title",
     "根据《某省养老服务发展规划（2016-2030年）》，到2025年建成养老床位5000张。\n", "2030年"),
    ("deadlines: a plan period", "extractors.deadlines.YEAR_RULES", "period-start",
     "某市2021年至2025年养老服务发展规划\n", "2021年"),
    ("targets: an eligibility threshold", "extractors.targets.TARGET_RULES", "threshold",
     "对建筑面积500平方米以下的养老机构给予补助。\n", "500平方米"),
    ("targets: a subsidy cap", "extractors.targets.TARGET_RULES", "subsidy-cap",
     "每家机构最高补贴不超过500张床位。\n", "500张"),
    ("targets: an age", "extractors.targets.TARGET_RULES", "age", "为65岁以上老年人提供健康管理服务。\n", "65岁"),
    ("targets: a staffing change", "extractors.targets.TARGET_RULES", "staffing", "将编制调整为5名。\n", "5名"),
    ("targets: a count of what exists", "extractors.targets.TARGET_RULES", "existing",
     "全市现有养老机构12家，到2025年建成养老床位5000张。\n", "12家"),
    ("targets: money", "extractors.targets.QUANTITY_RULES", "money", "全市共设5处万元以上项目。\n", "5处"),
    ("targets: a number in a name", "extractors.targets.QUANTITY_RULES", "in-a-name", "沿线共5条国道。\n", "5条"),
]

# guide items the candidate grammar never matches: the passage gives no record of the kind
GRAMMAR = [
    ("headings: list items in running text", "sections", "一、任务\n一是加强领导，二是完善制度。\n", 1),
    ("deadlines: durations", "deadlines", "一、任务\n5年内完成改造，连续三年开展评估。\n", 0),
    ("funding: counts of other things", "funding", "新增养老床位500张。\n", 0),
    ("targets: a road's number", "targets", "沿206国道建设绿化带。\n", 0),
]

KIND = {"segment": "heading", "responsibilities": "responsibility", "funding": "funding",
        "deadlines": "deadline", "targets": "target"}


def _rules(dotted: str):
    module, name = dotted.rsplit(".", 1)
    return getattr(importlib.import_module(f"policyparse.{module}"), name)


@pytest.mark.parametrize("item,rules,rule,text,at", RULED, ids=[c[0] for c in RULED])
def test_each_not_of_the_guide_is_a_named_rejecting_rule(item, rules, rule, text, at):
    named = {r.name: r for r in _rules(rules)}
    assert rule in named and named[rule].rejects, f"{rules} has no rejecting rule {rule!r}"
    kind = KIND[rules.split(".")[-2]]
    with tracing() as decisions:
        result = policyparse.parse_text(text)
    start = result.text.index(at)
    here = [d for d in decisions if d.kind == kind and d.span[0] <= start < max(d.span[1], d.span[0] + 1)]
    assert any(d.rule == rule and d.verdict == "reject" for d in here), [(d.rule, d.verdict) for d in here]


@pytest.mark.parametrize("item,field,text,expected", GRAMMAR, ids=[c[0] for c in GRAMMAR])
def test_what_the_grammar_never_matches(item, field, text, expected):
    doc = policyparse.parse_text(text).documents[0]
    found = list(walk(doc.sections)) if field == "sections" else getattr(doc, field)
    assert len(found) == expected
