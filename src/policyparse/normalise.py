"""Normalise decoded text into the one text every span indexes into.

Note [One text]
~~~~~~~~~~~~~~~
Extractors never normalise again: they read ``ParseResult.text`` and report
spans into it, so ``text[start:end] == raw`` always.  What this stage changes
is therefore limited to what is not document text, and to whitespace:

* line ends become ``\\n``; zero-width characters and byte-order marks go;
* web page chrome (当前位置…, 时间:…浏览次数, 推荐访问, 猜你喜欢, 热门标签 and
  the link lists after them), base64-like signature blobs, Word artefacts such
  as ``[bookmark: _GoBack]``, page-number lines (— 3 —, 第3页 共12页) and lines
  left with no letter or digit are removed;
* each line is stripped; inside a line a single space next to a CJK
  character is dropped (``到 2023 年`` reads ``到2023年``), a single space between
  two Latin letters or digits is kept, and a wider gap (two or more spaces,
  a tab, an ideographic space) becomes one tab — it separates fields such as
  two issuers on one line or a table's cells;
* runs of blank lines become one blank line, which keeps the paragraph breaks.

Characters of the document are never rewritten otherwise.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

_ZERO_WIDTH = dict.fromkeys(map(ord, "\ufeff\u200b\u200c\u200d\u2060\u00ad"), None)

WORD_ARTEFACTS: tuple[str, ...] = (
    r"\[bookmark:[^\]\n]*\]",  # pandoc/textutil rendering of Word bookmarks
    r"\[image:[^\]\n]*\]",
    r"\{\s*(?:PAGE|NUMPAGES|HYPERLINK|MERGEFIELD)[^}\n]*\}",  # Word field codes
)

# A base64-like run: long, no spaces, letters mixed with digits or + / =.
BLOB = r"[A-Za-z0-9+/=]{60,}"

# Whole lines of web-page chrome.
CHROME_LINES: tuple[str, ...] = (
    r"^(?:当前位置|您的位置|您现在的位置|您当前的位置|所在位置)\s*[:：]",
    r"^(?:发布)?时间\s*[:：].{0,40}(?:浏览|阅读|点击|来源|作者)",
    r"(?:浏览次数|阅读次数|点击次数|访问次数|浏览量)\s*[:：]?\s*\d*\s*$",
    r"^(?:来源|作者|编辑|责任编辑|信息来源)\s*[:：].{0,40}$",
    r"^(?:推荐访问|推荐阅读|分享到|扫一扫|打印本页|关闭窗口|上一篇|下一篇|返回顶部|收藏本页)",
    r"^【?\s*(?:字体|字号)\s*[:：]?\s*[大中小]",
    r"^(?:【打印】|【关闭】|\[打印\]|\[关闭\])",
)

# Headers of the link lists at the foot of a web page; what follows them is chrome.
LINK_LIST_HEADERS: tuple[str, ...] = (
    "猜你喜欢", "热门标签", "相关推荐", "相关阅读", "相关文章", "热门文章", "最新文章",
    "推荐文章", "相关链接", "延伸阅读", "热门推荐", "精彩推荐",
)

PAGE_NUMBER_LINES: tuple[str, ...] = (
    r"^[-—–－─]+\s*\d{1,4}\s*[-—–－─]+$",
    r"^第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?$",
    r"^共\s*\d{1,4}\s*页\s*第\s*\d{1,4}\s*页$",
    r"^\d{1,4}\s*/\s*\d{1,4}$",
)

_ARTEFACT_RE = regex.compile("|".join(WORD_ARTEFACTS) + "|" + BLOB)
_CHROME_RE = regex.compile("|".join(CHROME_LINES))
_PAGE_RE = regex.compile("|".join(PAGE_NUMBER_LINES))
_LINK_HEADER_RE = regex.compile(rf"^(?:{'|'.join(LINK_LIST_HEADERS)})\s*[:：]?")
_HSPACE = regex.compile(r"[^\S\n]+")
_HAS_WORD = regex.compile(r"[\p{L}\p{N}]")
_SENTENCE_LINE = regex.compile(r"[。！？；]\s*$")


@dataclass(frozen=True)
class Normalised:
    """The normalised text and what normalisation dropped."""

    text: str
    removed_lines: int


def _is_wide(ch: str) -> bool:
    return ord(ch) > 0x2E7F


def _gap(run: str, left: str, right: str) -> str:
    if len(run) >= 2 or run in ("\t", "\u3000"):
        return "\t"
    if left and right and not _is_wide(left) and not _is_wide(right):
        return " "
    return ""


def normalise_line(line: str) -> str:
    """One line with its whitespace normalised.

    >>> normalise_line(" 到 2023 年，力争 80%的中医馆 ")
    '到2023年，力争80%的中医馆'
    >>> normalise_line("中共巴中市委办公室  巴中市人民政府办公室")
    '中共巴中市委办公室\\t巴中市人民政府办公室'
    >>> normalise_line("GMP 要求 and O2O mode")  # spaces between Latin words stay
    'GMP要求and O2O mode'
    """
    line = line.strip(" \t\u3000\xa0\u2002\u2003\u2009\v\f")
    out = []
    last = 0
    for m in _HSPACE.finditer(line):
        out.append(line[last:m.start()])
        left = line[m.start() - 1] if m.start() else ""
        right = line[m.end()] if m.end() < len(line) else ""
        out.append(_gap(m.group(0), left, right))
        last = m.end()
    out.append(line[last:])
    return "".join(out)


def _cut_link_lists(lines: list[str]) -> list[str]:
    """Drop a trailing link list (猜你喜欢…) when no sentence of prose follows it."""
    for i, line in enumerate(lines):
        if _LINK_HEADER_RE.match(line.strip()):
            rest = lines[i + 1:]
            if not any(len(x) > 60 and _SENTENCE_LINE.search(x) for x in rest):
                return lines[:i]
    return lines


def normalise(raw: str) -> Normalised:
    """Normalise decoded text (see Note [One text] above)."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n").translate(_ZERO_WIDTH)
    text = _ARTEFACT_RE.sub("", text)
    lines = _cut_link_lists(text.split("\n"))
    kept: list[str] = []
    removed = 0
    for line in lines:
        line = normalise_line(line)
        if not line:
            if kept and kept[-1] != "":
                kept.append("")
            continue
        if _CHROME_RE.search(line) or _PAGE_RE.match(line) or not _HAS_WORD.search(line):
            removed += 1
            continue
        kept.append(line)
    while kept and kept[-1] == "":
        kept.pop()
    return Normalised("\n".join(kept), removed)
