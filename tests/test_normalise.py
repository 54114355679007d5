"""Normalisation removes what is not document text and keeps all of the rest."""
from __future__ import annotations

from pathlib import Path

from policyparse.normalise import normalise

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
