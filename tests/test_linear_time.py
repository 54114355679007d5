"""Hostile shapes that once took quadratic time or blew the stack: a line of
responsibility labels, stray and deeply nested HTML tags.

Inputs are generated here.  The bounds are generous (a blow-up is the
defect); the scaling itself is measured at three sizes by
``benchmarks/bench_pipeline.py --adversarial``.
"""
from __future__ import annotations

import time

import pytest

from policyparse import parse_text
from policyparse.readers.html import read_html

NOTICE = "各区人民政府，市政府各部门：现将《工作方案》印发给你们，请认真贯彻执行。"


def timed(fn, *args, **kw):
    t = time.perf_counter()
    out = fn(*args, **kw)
    return out, time.perf_counter() - t


def test_a_line_of_labels_costs_linear_time():
    result, seconds = timed(parse_text, "牵头单位：" * 16_000)  # 97 s when each label scanned to the line end
    assert seconds < 30
    assert result.documents[0].responsibilities == []


def test_labels_in_a_long_line_still_find_their_units():
    line = "；".join(f"任务{i}（牵头单位：市财政局）" for i in range(2000)) + "。责任单位：市民政局、市卫健委。"
    result = parse_text(line)
    resp = result.documents[0].responsibilities
    assert len(resp) == 2001 and resp[-1].units == ["市民政局", "市卫健委"]


def test_a_page_that_lost_its_line_breaks_builds_its_tasks_in_linear_time():
    line = "到2025年，全市建成示范基地5个（责任单位：市民政局、市财政局）。一、总体要求。" * 12_000
    result, seconds = timed(parse_text, line)  # 63 s when each task scanned its whole line; 7 s now
    assert seconds < 40
    assert len(result.documents[0].tasks) == len(result.documents[0].responsibilities) == 12_000


def test_html_stray_end_tags_cost_linear_time():
    page = "<html><body>" + "<b>" * 50_000 + "<p>第一条</p>" * 50_000 + "</body></html>"
    decoded, seconds = timed(read_html, page.encode(), "stray.html")
    assert seconds < 60  # 246 s when each tag walked the stack
    assert decoded.text.count("第一条") == 50_000


@pytest.mark.parametrize("shape, page", [
    ("1,000 nested div", "<div>" * 1000 + "各区人民政府：" + "</div>" * 1000),
    ("400 nested tables", "<table><tr><td>" * 400 + "各区人民政府：" + "</td></tr></table>" * 400),
    ("100,000 nested div", "<div>" * 100_000 + "各区人民政府：" + "</div>" * 100_000),
])
def test_deeply_nested_html_reads_its_text(shape, page):
    html = f"<html><body>{page}<p>{NOTICE}</p></body></html>"
    decoded, seconds = timed(read_html, html.encode(), "deep.html")
    assert "各区人民政府：" in decoded.text and NOTICE in decoded.text, shape
    assert seconds < 60, shape
