"""Normalisation removes what is not document text and keeps all of the rest."""
from __future__ import annotations

import time
from pathlib import Path

import pytest

from policyparse import parse_text
from policyparse.normalise import normalise, normalise_line

SAMPLES = Path(__file__).parent.parent / "samples"


def test_web_chrome_is_removed_and_text_kept():
    raw = ("当前位置:文档网 > 范文 > 某某通知\n\n某某通知\n\n时间:2022-07-07 18:25:03 浏览次数:\n\n"
           " 一、工作目标\n\n  坚持以人民为中心。\n\n推荐访问:宜春市 热敏 产业发展\n\n猜你喜欢\n某文一\n某文二\n")
    text = normalise(raw).text
    assert text == "某某通知\n\n一、工作目标\n\n坚持以人民为中心。"


def test_signature_blob_and_word_bookmarks_are_removed():
    blob = "ZUMoY14gcGUxYRAla2Hfc18xYBAgalPfc2AyOC83aVvfclUxb1kuaizhLR3vHhAkalMuYFktYyzhUUQFKSfhOy3MBiw" * 3
    raw = f"请认真组织实施。\n {blob}\n)\n\n2020年8月11日\n[bookmark: _GoBack]（一）指导思想。"
    assert normalise(raw).text == "请认真组织实施。\n\n2020年8月11日\n（一）指导思想。"


def test_whitespace_inside_lines():
    raw = "到 2023 年，全市艾草种植面积达 2万亩\r\n中共巴中市委办公室  巴中市人民政府办公室\r\n　　（一）放宽市场准入。\u3000\r\n"
    assert normalise(raw).text.split("\n") == [
        "到2023年，全市艾草种植面积达2万亩", "中共巴中市委办公室\t巴中市人民政府办公室", "（一）放宽市场准入。",
    ]


def test_page_numbers_are_removed():
    raw = "一、任务\n— 3 —\n加强领导。\n第 4 页 共 12 页\n-5-\n完善机制。"
    assert normalise(raw).text == "一、任务\n加强领导。\n完善机制。"


def test_no_document_character_is_lost_on_the_samples():
    # Every Han character of the samples' document text survives normalisation,
    # except in the lines normalisation exists to drop.
    import regex
    han = regex.compile(r"\p{Han}")
    for path in sorted(SAMPLES.glob("*.txt")):
        raw = path.read_text(encoding="utf-8")
        text = normalise(raw).text
        kept = [regex.sub(r"\[bookmark:[^\]]*\]", "", ln) for ln in raw.splitlines()
                if not regex.search(r"当前位置|浏览次数|推荐访问|猜你喜欢|热门标签|^来源", ln.strip())]
        assert sum(len(han.findall(ln)) for ln in kept) == len(han.findall(text)), path.name


# ---------------------------------------------------------------- chrome is cut, the document stays
#
# Each case: a line (or lines) of a web copy with chrome on it, the chrome that must go,
# and the document text, on the same line or after it, that must stay.

BODY = "各区人民政府，市政府各部门：为做好今年汛期安全工作，现将有关事项通知如下。一、压实防汛责任。二、加强隐患排查。"

CHROME_CASES = {
    "breadcrumb": (f"当前位置：首页 > 政务公开 > 通知公告  {BODY}", "首页", BODY),
    "breadcrumb glued to the body": (f"您的位置:首页>>信息公开>>通知公告>>{BODY}", "信息公开", BODY),
    "breadcrumb line": ("您现在的位置：首页 > 政策文件 > 规范性文件\n" + BODY, "规范性文件", BODY),
    "date and view count": (f"发布时间：2024-05-08 09:30:12　浏览次数：362\n{BODY}", "浏览次数", BODY),
    "fields glued together": (f"发布日期:2024-05-08访问次数:12信息来源:市应急管理局 {BODY}", "访问次数", BODY),
    "source and author": (f"来源：市应急管理局　作者：办公室　{BODY}", "作者", BODY),
    "source line": (f"来源：市应急管理局 市防汛办\n{BODY}", "来源", BODY),
    "share, print, close": (f"{BODY}　分享到：微信 微博　【打印本页】【关闭窗口】", "分享", BODY),
    "print buttons after the body": (f"{BODY}\n【打印】 【关闭】 【返回顶部】", "打印", BODY),
    "font size": (f"【字号：大 中 小】　{BODY}", "字号", BODY),
    "previous and next": (f"{BODY}\n上一篇：关于开展消防检查的通知\n下一篇：关于做好高温天气防护的通知", "上一篇", BODY),
    "repost mark": ("（转载）某市应急管理局关于做好汛期安全工作的通知\n" + BODY, "转载", "某市应急管理局关于做好汛期安全工作的通知"),
    "link-list footer": (f"{BODY}\n相关文章：\n关于开展消防检查的通知\n关于做好高温天气防护的通知", "消防检查", BODY),
    "link list on the body's line": (f"{BODY} 猜你喜欢 防汛知识问答 台风来了怎么办", "防汛知识问答", BODY),
    "page number line": (f"一、压实防汛责任。\n— 2 —\n二、加强隐患排查。", "— 2 —", "一、压实防汛责任。\n二、加强隐患排查。"),
    "page number on the body's line": (f"- 3 - {BODY}\n{BODY} 第 3 页 共 9 页", "页", f"{BODY}\n{BODY}"),
    "base64 blob": (f"{BODY}\n" + "Qm9keUxpbmUxMjM0NTY3ODkwYWJjZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXpBQkNE" * 4 + f"\n{BODY}",
                    "Qm9k", f"{BODY}\n{BODY}"),
    "Word artefacts": (f"一、压实[bookmark: _GoBack]防汛责任。{{ PAGE }}\n[image: 图片1]{BODY}", "bookmark",
                       f"一、压实防汛责任。\n{BODY}"),
}


@pytest.mark.parametrize("name", sorted(CHROME_CASES))
def test_chrome_is_cut_and_the_document_text_stays(name):
    raw, chrome, kept = CHROME_CASES[name]
    text = normalise(raw).text
    assert chrome not in text
    assert kept in text


def test_a_notice_on_one_line_after_a_breadcrumb_keeps_its_body_and_says_what_went():
    notice = "　".join(f"{n}、任务{n}。（牵头单位：市{n}局；责任单位：各区政府）" for n in "一二三四五六七八九十")
    raw = f"当前位置：首页>政务公开>通知公告 关于印发某市防汛工作方案的通知 {notice}"
    result = parse_text(raw)
    assert notice.replace("　", "\t") in result.text
    assert len(result.documents[0].responsibilities) == 10
    warning, = result.warnings
    assert warning.startswith("cleaning removed 17 of ") and "page chrome 17 characters in 1 line" in warning


def test_small_removals_say_nothing_and_large_ones_are_counted_by_kind():
    body = "\n".join([BODY] * 20)
    assert normalise(f"当前位置：首页 > 通知公告\n{body}").warnings == ()
    n = normalise(f"当前位置：首页 > 通知公告\n{body}\n相关文章：\n" + "\n".join(["关于开展消防检查的通知"] * 30))
    assert n.removed["link list"].chars == 5 + 30 * 11 and n.removed["link list"].lines == 31
    assert n.removed["page chrome"].lines == 1 and n.removed_lines == 1
    warning, = n.warnings
    assert warning.startswith(f"cleaning removed {n.removed_chars} of {n.total_chars} characters (")
    assert "link list 335 characters in 31 lines; page chrome 12 characters in 1 line" in warning


def test_one_long_removal_is_reported_even_when_its_share_is_small():
    blob = "SGVsbG8gV29ybGQhIFRoaXMgaXMgYSBzaWduYXR1cmUgYmxvYi4xMjM0NTY3ODkw" * 5
    n = normalise("\n".join([BODY] * 200) + "\n" + blob)
    assert n.removed_chars / n.total_chars < 0.05
    assert n.warnings and "base64 blobs 320 characters in 1 line" in n.warnings[0]


# ---------------------------------------------------------------- what is not chrome stays

@pytest.mark.parametrize("line", [
    "完成时间：2024年12月31日前。",  # a deadline, not a page's date
    "发布日期：2024-05-08",  # alone it may date the document
    "资金来源：市级财政专项资金1000万元。",
    "来源：市统计局。全市生产总值增长5.2%，其中第一产业增加值增长3.1%，第二产业增加值增长6.0%。",
    "计算公式：补贴金额＝面积*单价*系数，**不含**税费。",  # asterisks inside running text
    "“十四五”时期（2021—2025年）",
    "2023/24学年",
])
def test_document_lines_that_look_like_chrome_stay(line):
    assert normalise(line).text == normalise_line(line)


def test_a_soft_hyphen_between_digits_is_a_hyphen_elsewhere_it_goes():
    assert normalise("到2014\u00ad2020年，co\u00adoperate，规\u00ad划").text == "到2014-2020年，cooperate，规划"


def test_letter_spaced_headings_close_up():
    assert normalise("第一章　总　　则\n目  录\n中共某市委办公室  某市人民政府办公室").text.split("\n") == [
        "第一章\t总则", "目录", "中共某市委办公室\t某市人民政府办公室"]


# ---------------------------------------------------------------- markdown copies

def test_markdown_that_wraps_titles_headings_and_chapters_goes():
    raw = ("# 某省促进条例\n\n2023年5月1日 某省人民代表大会常务委员会通过\n\n<!-- INFO END -->\n"
           "## 第一章 总 则\n\n第一条 为了规范。\n\n**第二章　附\t则**\n\n第二条 本条例施行。\n\n"
           "- **文档类型**：政策类\n**发布日期**: 2023年5月\n### 三、保障措施 ###\n**（一）加强领导。**各地要落实。")
    assert normalise(raw).text.split("\n") == [
        "某省促进条例", "", "2023年5月1日某省人民代表大会常务委员会通过", "", "第一章总则", "", "第一条为了规范。", "",
        "第二章\t附则", "", "第二条本条例施行。", "", "文档类型：政策类", "发布日期: 2023年5月", "三、保障措施",
        "（一）加强领导。各地要落实。"]
    doc = parse_text(raw).documents[0]
    assert doc.metadata.title == "某省促进条例"
    assert [(s.style, s.number, s.title) for s in doc.sections[:2]] == [("chapter", 1, "总则"), ("chapter", 2, "附则")]


@pytest.mark.parametrize("line", ["**注：本表数据截至2023年底", "* 注：不含港澳台", "#1号楼改造工程", "5**2 等于 25"])
def test_asterisks_and_hashes_that_are_not_markdown_stay(line):
    assert normalise(line).text == normalise_line(line)


# ---------------------------------------------------------------- hostile lines

@pytest.mark.parametrize("line", ["(" * 1_000_000, "1" * 5_000_000, "【" * 500_000 + "一、总体要求"])
def test_a_huge_line_without_words_is_kept_not_called_chrome(line):
    t = time.perf_counter()
    n = normalise(line)
    assert time.perf_counter() - t < 60  # a generous bound: linear time is measured in benchmarks/
    assert n.text == line and n.warnings == ()


@pytest.mark.parametrize("unit", ["来源：", "当前位置：首页>", " 【打印】", "<!--", "—1— ", "总 ", "发布时间:", " 猜你喜欢"])
def test_cleaning_stays_linear_on_repeated_chrome(unit):
    line = unit * (200_000 // len(unit))
    t = time.perf_counter()
    normalise(line)
    assert time.perf_counter() - t < 60


def test_a_web_page_whose_notice_follows_the_breadcrumb_in_one_element_keeps_it():
    from policyparse import parse_bytes

    items = "".join(f"{n}、落实第{n}项任务。（牵头单位：市{n}局）" for n in "一二三四五六")
    page = ("<html><head><meta charset='utf-8'></head><body><div class='main'>"
            f"当前位置：首页&gt;政务公开&gt;通知公告&nbsp;&nbsp;关于做好汛期安全工作的通知 {items}"
            "<br>【打印】 【关闭】</div></body></html>").encode("utf-8")
    result = parse_bytes(page, "notice.html")
    assert items in result.text and "当前位置" not in result.text and "打印" not in result.text
    assert len(result.documents[0].responsibilities) == 6
    assert any(w.startswith("cleaning removed") for w in result.warnings)
