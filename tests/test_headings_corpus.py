"""The heading corpus (tests/corpus/headings.py): whole passages and their outlines.

Also checks what every section carries: the rule that accepted it, a span that
starts at its marker, and records inside an attachment that belong to it.
"""
from __future__ import annotations

import pytest

import policyparse
from corpus import headings
from policyparse.rules import tracing
from policyparse.segment import HEADING_RULES, walk


def outline(text: str) -> list[tuple[int, str, int, str]]:
    doc = policyparse.parse_text(text).documents[0]
    return [(s.level, s.style, s.number, s.title) for s in walk(doc.sections)]


def _params():
    out = [pytest.param(text, expected, id=text[:18]) for text, expected in headings.EXAMPLES]
    out += [pytest.param(text, expected, id=text[:18], marks=pytest.mark.xfail(strict=True, reason=reason))
            for text, expected, reason in headings.KNOWN_MISSES]
    return out


@pytest.mark.parametrize("text,expected", _params())
def test_outline(text, expected):
    assert outline(text) == expected


@pytest.mark.parametrize("text", [t for t, _ in headings.EXAMPLES], ids=[t[:18] for t, _ in headings.EXAMPLES])
def test_every_section_names_its_rule_and_starts_at_its_marker(text):
    r = policyparse.parse_text(text)
    for s in walk(r.documents[0].sections):
        assert s.rule, s
        assert r.text[s.span[0]:].startswith(s.marker)
        assert s.span[0] <= s.body_span[0] <= s.body_span[1] == s.span[1]
        for child in s.children:
            assert s.span[0] < child.span[0] and child.span[1] <= s.span[1]


def test_rule_names_are_unique_and_the_list_ends_with_a_rule_that_always_applies():
    names = [r.name for r in HEADING_RULES]
    assert len(names) == len(set(names))
    assert HEADING_RULES[-1].when(object())


def test_a_rejected_marker_names_the_rule_that_rejected_it():
    text = "一、目标\n主要包括：1.加强领导；2.完善机制。\n（九）这是正文里的一行"
    with tracing() as decisions:
        policyparse.parse_text(text)
    verdicts = {(d.rule, d.verdict) for d in decisions if d.kind == "heading"}
    assert ("restarts-under-new-parent", "accept") in verdicts
    assert ("list-in-paragraph", "reject") in verdicts
    assert ("breaks-sequence", "reject") in verdicts


def test_records_in_an_attachment_belong_to_it():
    text = ("一、工作目标\n完成改造。\n某市人民政府\n2024年3月1日\n附件1\n资金安排表\n一、市级资金\n"
            "市财政安排500万元。")
    doc = policyparse.parse_text(text).documents[0]
    attachment = doc.sections[-1]
    assert (attachment.style, attachment.marker, attachment.title) == ("attachment", "附件1", "资金安排表")
    [funding] = doc.funding
    assert funding.section == attachment.children[0].id == "2.1"


def test_explain_shows_the_rule_of_each_section():
    r = policyparse.parse_text("一、目标\n（一）甲\n（二）乙")
    dumped = r.model_dump(context={"explain": True})
    rules = [s["rule"] for s in dumped["documents"][0]["sections"][0]["children"]]
    assert rules == ["restarts-under-new-parent", "continues-sequence"]
    assert "rule" not in r.model_dump()["documents"][0]["sections"][0]
