"""The section tree: levels from nesting, numbering continuity, guards."""
from __future__ import annotations

import policyparse
from policyparse.segment import walk


def outline(text: str) -> list[tuple[int, str, int, str]]:
    doc = policyparse.parse_text(text).documents[0]
    return [(s.level, s.style, s.number, s.title) for s in walk(doc.sections)]


def test_levels_follow_nesting_not_a_fixed_table():
    # 1. directly under 一、 is level 2; （一） is level 1 when a document starts there.
    assert outline("一、总体要求\n1.指导思想\n2.基本原则\n二、主要任务\n1.健全体系") == [
        (1, "cn_dun", 1, "总体要求"), (2, "arabic_dot", 1, "指导思想"), (2, "arabic_dot", 2, "基本原则"),
        (1, "cn_dun", 2, "主要任务"), (2, "arabic_dot", 1, "健全体系"),
    ]
    assert outline("（一）指导思想\n1.坚持党的领导\n（二）基本原则") == [
        (1, "paren_cn", 1, "指导思想"), (2, "arabic_dot", 1, "坚持党的领导"), (1, "paren_cn", 2, "基本原则"),
    ]


def test_three_levels_and_restarts_under_new_parents():
    text = "一、甲\n（一）子一\n1.孙一\n2.孙二\n（二）子二\n1.孙三\n二、乙\n（一）子三"
    assert [(lvl, n) for lvl, _, n, _ in outline(text)] == [(1, 1), (2, 1), (3, 1), (3, 2), (2, 2), (3, 1), (1, 2), (2, 1)]


def test_numbers_continue_across_parents():
    text = "一、甲\n（一）子一\n（二）子二\n二、乙\n（三）子三\n（四）子四\n三、丙\n（五）子五"
    got = outline(text)
    assert [(lvl, style, n) for lvl, style, n, _ in got] == [
        (1, "cn_dun", 1), (2, "paren_cn", 1), (2, "paren_cn", 2), (1, "cn_dun", 2),
        (2, "paren_cn", 3), (2, "paren_cn", 4), (1, "cn_dun", 3), (2, "paren_cn", 5),
    ]


def test_a_skipped_number_keeps_the_tree():
    got = outline("一、目标\n（一）甲\n（二）乙\n（四）丁\n二、任务\n（一）戊")
    assert [(lvl, n) for lvl, _, n, _ in got] == [(1, 1), (2, 1), (2, 2), (2, 4), (1, 2), (2, 1)]


def test_a_marker_that_jumps_is_not_a_heading():
    got = outline("一、目标\n（一）甲\n（二）乙\n（九）这是正文里的一行\n（三）丙")
    assert [n for _, _, n, _ in got] == [1, 1, 2, 3]


def test_box_sits_one_level_below_the_heading_it_appears_in():
    # Items 1. 2. carry their body on their own line, so the box closes them;
    # （二） stands alone on its line, so the box under it is its child.
    text = "一、任务\n（一）养生\n1.甲。加强建设。\n2.乙。完善机制。\n专栏1  建设项目\n治未病\n（二）医疗\n专栏2 能力建设"
    assert outline(text) == [
        (1, "cn_dun", 1, "任务"), (2, "paren_cn", 1, "养生"), (3, "arabic_dot", 1, "甲"),
        (3, "arabic_dot", 2, "乙"), (3, "box", 1, "建设项目"), (2, "paren_cn", 2, "医疗"),
        (3, "box", 2, "能力建设"),
    ]


def test_inline_headings_when_line_breaks_were_lost():
    text = "为推进工作，制定本方案。一、指导思想以习近平新时代中国特色社会主义思想为指导。二、主要任务（一）健全体系。加强建设。"
    got = outline(text)
    assert [(lvl, style, n) for lvl, style, n, _ in got][:2] == [(1, "cn_dun", 1), (1, "cn_dun", 2)]
    assert got[0][3].startswith("指导思想")


def test_list_items_in_running_text_are_not_headings():
    got = outline("一、任务\n主要包括：1.加强领导；2.完善机制。一是加强宣传，二是强化督导。")
    assert got == [(1, "cn_dun", 1, "任务")]


def test_attachment_list_is_not_headings():
    got = outline("一、任务\n完成。\n\n附件：1.重点项目表\n2.责任分工表")
    assert got == [(1, "cn_dun", 1, "任务")]
    # web copies separate the items by blank lines
    got = outline("一、任务\n完成。\n\n附件：1.联络员登记表\n\n2.宣传申报单\n\n3.采访通知单\n\n附件1：\n二、其他")
    assert got == [(1, "cn_dun", 1, "任务"), (1, "cn_dun", 2, "其他")]


def test_spans_cover_children_and_body_follows_the_title():
    text = "一、总体要求\n（一）指导思想。以人民为中心。\n二、任务"
    r = policyparse.parse_text(text)
    first = r.documents[0].sections[0]
    assert r.text[first.span[0]:first.span[1]] == "一、总体要求\n（一）指导思想。以人民为中心。"
    child = first.children[0]
    assert child.id == "1.1"
    assert r.text[child.body_span[0]:child.body_span[1]] == "以人民为中心。"
    assert first.span[0] <= child.span[0] < child.span[1] <= first.span[1]
