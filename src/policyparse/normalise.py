"""Normalise decoded text into the one text every span indexes into.

Note [One text]
~~~~~~~~~~~~~~~
Extractors never normalise again: they read ``ParseResult.text`` and report
spans into it, so ``text[start:end] == raw`` always.  What this stage changes
is therefore limited to what is not document text, and to whitespace:

* line ends become ``\\n``; zero-width characters, byte-order marks and soft
  hyphens go, except that a soft hyphen between two digits (``2014\\u00ad2020``,
  where a word processor hid a hyphen) becomes ``-``;
* markup of markdown copies goes where it wraps a line: ``#`` heading marks
  (``## 第一章 总 则``), ``**`` around the start of a line
  (``**第一章总则**``, ``- **发布日期**：…``) and ``<!-- … -->`` comments.
  Asterisks inside running text stay;
* web page chrome is cut off the line it sits on, and the rest of the line
  is kept: breadcrumbs (当前位置：首页>…), runs of page fields
  (发布时间/来源/作者/浏览次数/字号/【打印】【关闭】/分享到 …), link labels
  (上一篇, 推荐访问 …), a 转载 mark, a page number at either end of a line;
  a link list at the foot of a page (猜你喜欢, 热门标签 …) goes with the lines
  after its header, unless prose follows it;
* base64-like signature blobs (long runs mixing upper case, lower case and
  digits) and Word artefacts such as ``[bookmark: _GoBack]`` go;
* lines that are only a page number (— 3 —, 第3页 共12页), and short lines
  with no letter or digit (separators, a lone bracket), go;
* each line is stripped; inside a line a single space next to a CJK
  character is dropped (``到 2023 年`` reads ``到2023年``), a single space between
  two Latin letters or digits is kept, letter-spaced single characters are
  closed up (``总　则`` reads ``总则``), and any other wider gap (two or more
  spaces, a tab, an ideographic space) becomes one tab — it separates fields
  such as two issuers on one line or a table's cells;
* runs of blank lines become one blank line, which keeps the paragraph breaks.

Characters of the document are never rewritten otherwise, and what is
removed is counted by kind: :attr:`Normalised.warnings` says what went when
it is more than a small share of the text or one long piece.  Every step is
linear in the length of a line, whatever the line holds.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import regex

_ZERO_WIDTH = dict.fromkeys(map(ord, "\ufeff\u200b\u200c\u200d\u2060\u00ad"), None)
_DIGIT_SOFT_HYPHEN = regex.compile(r"(?<=\d)\u00ad(?=\d)")

# What cleaning removes, by kind; the names appear in warnings.
CHROME = "page chrome"
LINK_LIST = "link list"
PAGE_NUMBER = "page numbers"
BLOB = "base64 blobs"
WORD = "Word artefacts"
MARKDOWN = "markdown markup"
SYMBOLS = "lines without letters or digits"

# Cleaning that removes more than this share of the text's characters, or a
# piece longer than LONG_CUT characters, says so in the warnings.
WARN_SHARE = 0.05
LONG_CUT = 200
# A line with no letter or digit longer than this is kept: it is not a separator.
SYMBOL_LINE_MAX = 80

WORD_ARTEFACTS: tuple[str, ...] = (
    r"\[bookmark:[^\]\n]{0,200}\]",  # pandoc/textutil rendering of Word bookmarks
    r"\[image:[^\]\n]{0,200}\]",
    r"\{\s*(?:PAGE|NUMPAGES|HYPERLINK|MERGEFIELD)[^}\n]{0,200}\}",  # Word field codes
)
_ARTEFACT_RE = regex.compile("|".join(WORD_ARTEFACTS))

# A base64-like run: long, no spaces, upper and lower case letters and digits mixed.
_BLOB_RUN = regex.compile(r"[A-Za-z0-9+/=]{60,}")
_UPPER, _LOWER, _DIGIT = (regex.compile(p) for p in (r"[A-Z]", r"[a-z]", r"[0-9]"))

# --- page chrome -----------------------------------------------------------

_SEP = r"(?:>>?|›|»|＞|→|/)"
_CRUMB = r"[^\s>›»＞→/]{1,30}"
_BREADCRUMB = regex.compile(
    rf"(?:(?:当前位置|您的位置|您现在的位置|您当前的位置|当前的位置|所在位置)\s*[:：]?|(?=首页\s*{_SEP}))\s*")
_CRUMB_STEP = regex.compile(rf"{_CRUMB}\s*{_SEP}\s*")  # a crumb and the separator after it
_LAST_CRUMB = regex.compile(rf"{_CRUMB}(?=\s|$)")  # the last crumb, when a gap ends it
BREADCRUMB_LINE_MAX = 60  # a breadcrumb line up to this long goes whole
_DATE = r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?"
# The labels of page fields: a field's value ends at a gap or where the next label starts
# (web copies often lose the spaces between fields).
_LABEL = (r"(?:(?:发布|更新|录入)?(?:时间|日期)|来源|信息来源|文章来源|稿源|作者|编辑|责任编辑|发布者|发布人"
          r"|发布机构|(?:浏览|阅读|点击|访问)(?:次数|量)?|字号|字体|分享到|【)")
_VALUE = rf"[^\s:：【】\[\]]{{1,30}}?(?=\s|$|\[|【|{_LABEL}\s*[:：])"
# Fields of a page's article header or footer.  "Strong" ones are chrome on
# their own; the others only next to another field (a line "日期：…" alone may
# date the document itself, "来源：…" may be part of it).
_STRONG_FIELDS = (
    r"(?:浏览|阅读|点击|访问)(?:次数|量)\s*[:：]?\s*\d*\s*次?",
    r"(?:浏览|阅读|点击|访问)\s*[:：]\s*\d+\s*次?",
    r"[【\[]?\s*(?:字体|字号)\s*[:：]?\s*[大中小][大中小 \t\u3000]{0,6}[】\]]?",
    r"[【\[](?:打印本页|打印此页|打印|关闭窗口|关闭本页|关闭|返回顶部|收藏本页|收藏|分享|纠错)[】\]]",
    r"(?:打印本页|打印此页|关闭窗口|关闭本页|返回顶部|收藏本页|加入收藏)",
    r"分享到\s*[:：]?[\s微信博新浪腾讯QQ空间朋友圈豆瓣]{0,40}",  # 分享到：微信 微博 QQ空间
    r"扫一扫(?:在手机(?:上)?(?:打开|浏览|阅读|查看)(?:当前页|本页|此页)?)?(?=\s|$)",
    rf"(?:推荐访问|推荐阅读|上一篇|下一篇)\s*[:：]?\s*(?:{_VALUE})?",
    r"[（(【\[]转载[）)】\]]",
)
_WEAK_FIELDS = (
    rf"(?:发布|更新|录入)?(?:时间|日期)\s*[:：]\s*{_DATE}",
    rf"(?:来源|信息来源|文章来源|稿源|作者|编辑|责任编辑|发布者|发布人|发布机构)\s*[:：]\s*(?:{_VALUE})?",
)
_STRONG_RE = regex.compile("|".join(_STRONG_FIELDS))
_FIELD = "(?:" + "|".join(_STRONG_FIELDS + _WEAK_FIELDS) + ")"
_FIELD_AT_GAP = regex.compile(rf"(?<=^|[\s|｜】\]]){_FIELD}")  # a field starts a line or follows a gap
_NEXT_FIELD = regex.compile(rf"\s*{_FIELD}")
# A line that is only a source or author field (its value may hold spaces).
_SOURCE_LINE = regex.compile(r"^(?:来源|作者|编辑|责任编辑|信息来源)\s*[:：].{0,40}$")
# A link label whose line is a list of link titles.
_LINK_LINE = regex.compile(r"^(?:推荐访问|推荐阅读|上一篇|下一篇|相关链接)")
LINK_LINE_MAX = 100

# Headers of the link lists at the foot of a web page; what follows them is chrome.
LINK_LIST_HEADERS: tuple[str, ...] = (
    "猜你喜欢", "热门标签", "相关推荐", "相关阅读", "相关文章", "热门文章", "最新文章",
    "推荐文章", "相关链接", "延伸阅读", "热门推荐", "精彩推荐",
)
_LINK_HEADER_RE = regex.compile(rf"(?:(?<=^|\s)(?:{'|'.join(LINK_LIST_HEADERS)})\s*[:：]?)")

PAGE_NUMBER_LINES: tuple[str, ...] = (
    r"^[-—–－─]+\s*\d{1,4}\s*[-—–－─]+$",
    r"^第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?$",
    r"^共\s*\d{1,4}\s*页\s*第\s*\d{1,4}\s*页$",
    r"^\d{1,4}\s*/\s*\d{1,4}$",
)
_PAGE_RE = regex.compile("|".join(PAGE_NUMBER_LINES))
# A page number at the start or the end of a line that goes on with text.
_PAGE_EDGE = regex.compile(
    r"(?:^|(?<=\s))(?:[-—–－─]{1,3}\s*\d{1,4}\s*[-—–－─]{1,3}|第\s*\d{1,4}\s*页\s*[,，/]?\s*共\s*\d{1,4}\s*页"
    r"|共\s*\d{1,4}\s*页\s*第\s*\d{1,4}\s*页)(?=\s|$)")
EDGE = 40  # how far from either end of a line a page number is looked for
_PAGE_HINT = regex.compile(r"[-—–－─页]")

# --- markdown --------------------------------------------------------------

_MD_HEADING = regex.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(?=\S)")
_MD_HEADING_TAIL = regex.compile(r"[ \t]+#+[ \t]*$")
_MD_BOLD = regex.compile(r"^([ \t]*)(?:[-*+][ \t]+)?\*\*(?=[^*\s])([^*\n]{1,200}?)\*\*")

_HSPACE = regex.compile(r"[^\S\n]+")
_HAS_WORD = regex.compile(r"[\p{L}\p{N}]")
_SENTENCE_LINE = regex.compile(r"[。！？；]\s*$")
# The gap between two characters that stand alone (总　则): letter-spacing, not a field separator.
_SPACED_LETTERS = regex.compile(r"(?<=(?<![^\s])\p{Han})[ \t\u3000\xa0]{1,3}(?=\p{Han}(?![^\s]))")


@dataclass
class Removed:
    """What cleaning removed of one kind: characters (whitespace not counted), lines touched, longest piece."""

    chars: int = 0
    lines: int = 0
    longest: int = 0


@dataclass(frozen=True)
class Normalised:
    """The normalised text and what normalisation removed."""

    text: str
    removed_lines: int  # lines removed whole
    removed: dict[str, Removed] = field(default_factory=dict)  # by kind (CHROME, BLOB, ...)
    total_chars: int = 0  # characters of the input, whitespace not counted

    @property
    def removed_chars(self) -> int:
        return sum(r.chars for r in self.removed.values())

    @property
    def warnings(self) -> tuple[str, ...]:
        """One warning when cleaning removed more than WARN_SHARE of the text or a piece over LONG_CUT characters."""
        share = self.removed_chars / self.total_chars if self.total_chars else 0.0
        if share <= WARN_SHARE and all(r.longest <= LONG_CUT for r in self.removed.values()):
            return ()
        parts = [f"{kind} {r.chars} character{'s' if r.chars != 1 else ''} in {r.lines} line{'s' if r.lines != 1 else ''}"
                 for kind, r in sorted(self.removed.items(), key=lambda kv: -kv[1].chars) if r.chars]
        return (f"cleaning removed {self.removed_chars} of {self.total_chars} characters "
                f"({share:.1%}): " + "; ".join(parts),)


class _Tally:
    def __init__(self) -> None:
        self.removed: dict[str, Removed] = {}
        self._touched: set[tuple[str, int]] = set()
        self.line_no = 0

    def add(self, kind: str, piece: str) -> None:
        n = len(piece) - sum(map(piece.count, " \t\u3000\xa0\n"))
        if n <= 0:
            return
        r = self.removed.setdefault(kind, Removed())
        r.chars += n
        r.longest = max(r.longest, n)
        if (kind, self.line_no) not in self._touched:
            self._touched.add((kind, self.line_no))
            r.lines += 1


def _is_wide(ch: str) -> bool:
    return ord(ch) > 0x2E7F


def _gap(run: str, left: str, right: str) -> str:
    if len(run) >= 2 and not run.strip("\t"):
        return run  # tabs alone split table cells: 县财政局\t\t2025年 has an empty cell between
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
    >>> normalise_line("第一章　总　则")  # letter-spaced characters close up
    '第一章\\t总则'
    >>> normalise_line("县财政局\\t\\t2025年")  # an empty table cell stays
    '县财政局\\t\\t2025年'
    """
    line = line.strip(" \t\u3000\xa0\u2002\u2003\u2009\v\f")
    line = _SPACED_LETTERS.sub("", line)
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


def _cut(line: str, spans: list[tuple[int, int]], kind: str, tally: _Tally, gap: str = "") -> str:
    """``line`` without the spans (sorted, disjoint), each tallied; ``gap`` takes each one's place."""
    if not spans:
        return line
    out, last = [], 0
    for start, end in spans:
        out.append(line[last:start])
        out.append(gap)
        tally.add(kind, line[start:end])
        last = end
    out.append(line[last:])
    return "".join(out)


def _strip_comments(line: str, tally: _Tally) -> str:
    """Remove ``<!-- … -->`` comments; one left open runs to the end of the line. Linear."""
    spans, pos = [], 0
    while (start := line.find("<!--", pos)) >= 0:
        end = line.find("-->", start + 4)
        end = len(line) if end < 0 else end + 3
        spans.append((start, end))
        pos = end
    return _cut(line, spans, MARKDOWN, tally)


def _strip_markdown(line: str, tally: _Tally) -> str:
    if "<!--" in line:
        line = _strip_comments(line, tally)
    if line.lstrip(" \t")[:1] not in ("#", "*", "-", "+"):
        return line
    if m := _MD_HEADING.match(line):
        tally.add(MARKDOWN, m.group(0))
        line = line[m.end():]
        if t := _MD_HEADING_TAIL.search(line, max(len(line) - 20, 0)):
            tally.add(MARKDOWN, t.group(0))
            line = line[:t.start()]
    if m := _MD_BOLD.match(line):
        tally.add(MARKDOWN, line[len(m.group(1)):m.end()].replace(m.group(2), "", 1))
        line = m.group(1) + m.group(2) + line[m.end():]
    return line


def _blobs(line: str, tally: _Tally) -> str:
    spans = [m.span() for m in _BLOB_RUN.finditer(line)
             if _UPPER.search(m.group(0)) and _LOWER.search(m.group(0)) and _DIGIT.search(m.group(0))]
    return _cut(line, spans, BLOB, tally)


def _chrome(line: str, tally: _Tally) -> str:
    """Cut breadcrumbs and runs of page fields off the line; keep the rest."""
    spans = []
    for m in _BREADCRUMB.finditer(line):
        if m.start() and not line[m.start() - 1].isspace():
            continue
        if m.start() == 0 and len(line.rstrip()) <= BREADCRUMB_LINE_MAX:
            spans.append((0, len(line)))  # a line of its own: the crumbs and the page's name
            break
        end = m.end()
        while step := _CRUMB_STEP.match(line, end):
            end = step.end()
        if last := _LAST_CRUMB.match(line, end):
            end = last.end()
        if end > m.start():
            spans.append((m.start(), end))
    pos = 0
    while m := _FIELD_AT_GAP.search(line, pos):
        end, fields = m.end(), 1
        while step := _NEXT_FIELD.match(line, end):
            end, fields = step.end(), fields + 1
        if fields >= 2 or _STRONG_RE.fullmatch(m.group(0)):
            spans.append((m.start(), end))
        pos = max(end, m.start() + 1)
    if not spans:
        return line
    spans.sort()
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and s < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return _cut(line, merged, CHROME, tally, gap="  ")  # what stood either side stays apart


def _page_edges(line: str, tally: _Tally) -> str:
    """Cut a page number off the start or the end of a line."""
    if not _PAGE_HINT.search(line[:EDGE]) and not _PAGE_HINT.search(line[-EDGE:]):
        return line
    spans = []
    if (m := _PAGE_EDGE.match(line, 0, EDGE)) and m.end() < len(line):
        spans.append(m.span())
    for m in _PAGE_EDGE.finditer(line, max(len(line) - EDGE, spans[-1][1] if spans else 0)):
        if m.end() == len(line) and m.start() > 0:
            spans.append(m.span())
    return _cut(line, spans, PAGE_NUMBER, tally, gap=" ")


def _cut_link_lists(lines: list[str], tally: _Tally) -> list[str]:
    """Drop a link list (猜你喜欢 …) from its header to the end, when no prose follows the header.

    The header starts a line or follows a gap in it; what stands before it on its line stays.
    """
    for i, line in enumerate(lines):
        m = _LINK_HEADER_RE.search(line)
        if m is None or "。" in line[m.end():]:
            continue
        rest = lines[i + 1:]
        if any(len(x) > 60 and _SENTENCE_LINE.search(x) for x in rest):
            continue
        for tally.line_no, x in enumerate([line[m.start():]] + rest, i):
            tally.add(LINK_LIST, x)
        before = line[:m.start()]
        return lines[:i] + ([before] if before.strip() else [])
    return lines


def _chrome_line(line: str) -> bool:
    """A (stripped) line that is chrome whole: a source or author field, a short list of links."""
    return bool(_SOURCE_LINE.match(line) or (_LINK_LINE.match(line) and len(line) <= LINK_LINE_MAX))


def _whole_line_kind(line: str) -> str | None:
    """The kind of a (normalised) line that goes whole, or None."""
    if _PAGE_RE.match(line):
        return PAGE_NUMBER
    if len(line) <= SYMBOL_LINE_MAX and not _HAS_WORD.search(line):
        return SYMBOLS
    return None


def normalise(raw: str) -> Normalised:
    """Normalise decoded text (see Note [One text] above)."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    if "\u00ad" in text:
        text = _DIGIT_SOFT_HYPHEN.sub("-", text)
    text = text.translate(_ZERO_WIDTH)
    tally = _Tally()
    total = len(text) - sum(map(text.count, " \t\u3000\xa0\n"))
    lines = _cut_link_lists(text.split("\n"), tally)
    kept: list[str] = []
    removed = 0
    for tally.line_no, line in enumerate(lines):
        if not line.strip():
            if kept and kept[-1] != "":
                kept.append("")  # blank lines are one paragraph break
            continue
        line = _strip_markdown(line, tally)
        line = _cut(line, [m.span() for m in _ARTEFACT_RE.finditer(line)], WORD, tally)
        line = _blobs(line, tally).strip()
        if _chrome_line(line):
            tally.add(CHROME, line)
            line = ""
        line = _page_edges(_chrome(line, tally).strip(), tally)
        line = normalise_line(line)
        kind = _whole_line_kind(line) if line else None
        if kind:
            tally.add(kind, line)
            line = ""
        if not line:
            removed += 1  # a line that was all chrome leaves no paragraph break
            continue
        kept.append(line)
    while kept and kept[-1] == "":
        kept.pop()
    return Normalised("\n".join(kept), removed, tally.removed, total)
