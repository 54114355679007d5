"""Pinyin glosses go, traditional script is matched through a same-length simplified shadow."""
from __future__ import annotations

import pytest

import policyparse
from policyparse.script import is_pinyin, simplified_shadow, strip_glosses


@pytest.mark.parametrize("text,expected", [
    ("廣州市人民政府辦(bàn)公廳(tīng)關(guān)於印發(fā)", "廣州市人民政府辦公廳關於印發"),
    ("責(zé)任單(dān)位(wèi)：市財政局", "責任單位：市財政局"),
    ("一(yi1)、總(zong3)體要求(qiu2)", "一、總體要求"),
])
def test_glosses_removed(text, expected):
    assert strip_glosses(text)[0] == expected


@pytest.mark.parametrize("text", [
    "推广手机(app)应用，建设(app)平台，下载(app)",  # not pinyin
    "发(fā)展",  # one look-alike is the document's own
])
def test_not_glosses(text):
    assert strip_glosses(text) == (text, 0)


def test_pinyin_syllables():
    assert all(is_pinyin(s) for s in ("zhuāng", "nǚ", "lüè", "er", "xiong", "yuan"))
    assert not any(is_pinyin(s) for s in ("app", "pdf", "gdp", "xyz"))


def test_shadow_keeps_offsets_and_only_changes_traditional_text():
    trad = "第三條　各縣（市、區）人民政府辦公室牽頭，責任單位：市財政局。到2025年建設示範點15個"
    shadow = simplified_shadow(trad)
    assert len(shadow) == len(trad)
    assert shadow.startswith("第三条　各县（市、区）人民政府办公室牵头，责任单位：市财政局")
    simp = "第三条 著力推进，显著提高"
    assert simplified_shadow(simp) is simp


def test_pipeline_reports_removed_glosses():
    result = policyparse.parse_text("關(guān)於印發(fā)實(shí)施方案的通知\n一、總體要求")
    assert "關於印發實施方案的通知" in result.text
    assert any("3 pinyin glosses" in w for w in result.warnings)
