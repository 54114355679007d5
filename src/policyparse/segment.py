"""Segment a document into its section tree.

Levels come from nesting, not from a fixed table.  Walking the headings in
order, a stack holds the numbering sequences open above the current point: a
marker whose sequence is on the stack closes everything below it and becomes
the next sibling there; a marker of a sequence not on the stack opens a new
level under the innermost open heading.  So a document that starts at （一）
has （一） at level 1, and one that puts 1. directly under 一、 has 1. at level 2.
Only a style that by convention is outer to every open heading (二、 after the
（三） （四） an excerpt starts with) does not nest: it opens at the top level.
A decimal marker (``2.3``) is ``arabic_dot`` numbered by its last component.

Numbering continuity is the evidence that a marker is a heading.  Each
candidate marker is decided by :data:`HEADING_RULES` (kind ``heading``), and
an accepted section keeps the name of the rule that placed it in ``rule``:

* a marker continues its sequence (``continues-sequence``), skips a number or
  two (``skips-within-limit``: some documents drop a （三）, excerpts leave
  items out), restarts at 1 under a new parent (``restarts-under-new-parent``),
  continues the same style's count from an earlier parent
  (``continues-from-earlier-parent``: plans number （一）…（三十） straight
  through), or opens the text at 1…3 (``starts-mid-way``: the page starts there;
  ``excerpt-starts-mid-way``: a first 第十二条 or 五、 at a line start may open it);
* a marker may begin inside a line where line breaks were lost or columns were
  run together: after a sentence end or a closing bracket, after a run of spaces
  (``第一章 总则 第一条 为了…``), or glued to the short title of the heading it is
  nested in (``一、明确目标任务1、学前三年教育发展目标。``: the title of 一、 ends
  where 1、 begins).  One-character-style markers (（1） 1.) count inside a line
  only in text whose line breaks were lost; elsewhere they are a list in a paragraph;
* never headings: quantities (``1.5万亩``, ``2020年``), dashes, table cells
  (a line with tabs or ``|`` between cells, or one between two such lines), the attachment list (``附件：1.…``), a table of contents (the lines under
  ``目录``, titles followed by page numbers), a document-sharing site's numbered
  notices and the page numbers it prints into the text (``…50公里3、飛行…``).

A box (专栏1) sits one level below the heading whose text it appears in: the
innermost open heading that stands on a line of its own.  Items whose body
runs on after the title (``1.支持…。强化…``) are paragraphs, and a box closes
them: under （一） with items 1. 2. 3., 专栏1 is at the items' level.

An attachment printed after the main text (a line ``附件1`` with or followed by
the attachment's title, after the signing date or an attachment list) is a
part of its own: a top-level section of style ``attachment`` whose children
are the attachment's own tree, numbered afresh (:data:`ATTACHMENT_RULES`).

Markers and the words rules look for are matched on the simplified shadow of
the text (``第三條`` is an article); titles and markers are sliced from the
text, in the script printed.
"""
from __future__ import annotations

import bisect
import dataclasses
import heapq
from dataclasses import dataclass, field

import regex

from .grammar.markers import MARKER_FIRST_CHARS, STYLE_BY_NAME, MarkerMatch, match_marker
from .grammar.numerals import cn_to_int, fullwidth_to_ascii
from .models import Section
from .rules import Context, Rule, accept, always, cached_property, decide, pattern, reject
from .script import simplified_shadow

MAX_SKIP = 2  # numbers a sequence may skip (（二） followed by （四）)
MAX_FRESH_START = 3  # a new sequence may start at 1…3 (an excerpt that starts at 二、)
MAX_EXCERPT_START = 99  # the first heading of an excerpt may be 第十二条 or 五、
SHORT_TITLE = 40  # how long a parent's title may run before a child marker glued to it
MAX_TITLE_SCAN = 300  # a "title" that runs longer without 。 is cut here
LOST_LINE = 300  # a line this long is a run of paragraphs whose breaks were lost
TOC_LINE = 60  # lines of a table of contents are shorter than this
SENTENCE_WINDOW = 300  # how far back the start of a sentence is looked for
SITE_CHROME_WINDOW = 500  # a document-sharing site's chrome stands at the top of the page
TITLE_END = "。；;"

# Styles whose marker is a word of its own (一、 第一条): they begin a heading inside a
# line after a sentence end or a run of spaces in any text.  第X章/节/条 need only one space.
STRONG_STYLES = frozenset({"cn_dun", "chapter", "section", "article"})
WORD_STYLES = frozenset({"chapter", "section", "article"})
# Styles whose marker is closed in itself ((1) 1、 ① 第一条): the only ones that can be
# glued to the end of their parent's title (一、 glued to a word would read 统一、).
GLUED_STYLES = frozenset({"arabic_dot", "paren_arabic", "paren_cn", "circled", "section", "article"})
DASHES = ("——", "—", "-", "－")

# Where a marker may begin inside a line: after a sentence end or closing bracket
# (and the spaces after it), or after a run of spaces, right before a character
# a marker can start with.
_MARKER_FIRST = "[" + "".join(map(regex.escape, sorted(MARKER_FIRST_CHARS))) + "]"
_BREAK = pattern(rf"(?:[。；;：:！？!?）)][ \t\u3000]*|[ \t\u3000]+)(?={_MARKER_FIRST})")
_TITLE_END_RE = pattern(f"[{TITLE_END}]|\t")
_NON_BLANK = pattern(r"[^ \t\u3000]")
# Vocabulary, matched on the shadow (simplified script):
# the heading of a table of contents (目录 / 目次) — GB/T 1.1 and printed plans;
TOC_HEAD = pattern(r"^\s*目\s*[录次]\s*$")
# a title followed by a page number: dot leaders or spaces, then 1–3 digits;
PAGE_NUMBER_END = pattern(r"(?:[.．·…⋯_\-—]{2,}\s?|\s)[0-9０-９]{1,3}\s*$")
# the notices that document-sharing sites (doc88, docin, 原创力, 人人文库) print with a
# download: their header line, and words only such notices use;
SITE_NOTICE_HEAD = pattern(r"^\s*[【\[]?(?:下载说明|下载提示|下载须知|温馨提示|免责声明|版权声明|特别提示|特别说明|文档说明)")
SITE_WORDS = pattern(r"本站|本网站|本文档|本资料|本平台|上传|下载|侵权|VIP|付费阅读")
# the page chrome of such a site: what it says about the file (上传人, 文档页数, 33.20KB).
SITE_CHROME = pattern(r"下载文档|上传人|上传者|文档页数|文档格式|[0-9]+(?:\.[0-9]+)?\s*[KMkm]B\b")
# a run of digits no title holds: the cells of a statistics table read as one line.
TABLE_DIGITS = pattern(r"[0-9０-９]{8,}")
# a wiki's edit link after a heading (维基文库: 第一章 总体形势[编辑]);
WIKI_EDIT = pattern(r"\s*[\[［【](?:编辑|编辑源代码|edit)[\]］】]\s*$")
# a line of a table flattened into text: cells separated by | or box-drawing bars.
TABLE_BAR = pattern(r"[|│┃]")
# the attachment header: 附件 / 附件1 / 附件2： (a title may follow on the line).
ATTACHMENT_HEAD = pattern(r"^\s*附\s*件(?:\s*(?P<n>[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3}))?(?:\s*[:：]|\s|$)")
# a line that is only a date (the signing date that closes the main text).
DATE_LINE = pattern(r"^\s*[0-9０-９〇○零一二三四五六七八九十]{4}\s*年\s*[0-9０-９一二三四五六七八九十]{1,2}\s*月"
                    r"\s*[0-9０-９一二三四五六七八九十]{1,3}\s*日\s*$")
SENTENCE_END = "。；;！？!?"


@dataclass
class _Node:
    match: MarkerMatch  # offsets absolute
    title: str
    title_start: int
    title_end: int
    rule: str
    standalone: bool = False  # the heading's line holds nothing but the heading
    level: int = 0
    body_start: int = 0
    parent: "_Node | None" = None
    children: list["_Node"] = field(default_factory=list)
    end: int = 0

    @property
    def line_start(self) -> int:
        return self.match.start


def _title_span(text: str, shadow: str, pos: int, limit: int) -> tuple[int, int]:
    """Where a heading title that starts at ``pos`` lies: up to 。 ； a tab or ``limit``."""
    while pos < limit and text[pos] in " \t\u3000：:":
        pos += 1
    m = _TITLE_END_RE.search(text, pos, min(limit, pos + MAX_TITLE_SCAN))
    end = m.start() if m else min(limit, pos + MAX_TITLE_SCAN)
    edit = WIKI_EDIT.search(shadow, pos, end)
    return pos, (edit.start() if edit else end)


def _clean(title: str) -> str:
    return title.strip(" \t\u3000：:")


def read_heading_line(line: str) -> tuple[MarkerMatch, str, int] | None:
    """The marker, title and title end of a line that starts with a heading marker.

    Only what the line itself shows is checked here; whether the marker is a
    heading also depends on the numbering around it (see :func:`segment`).

    >>> m, title, _ = read_heading_line("（一）指导思想。以习近平…")
    >>> m.style, m.number, title
    ('paren_cn', 1, '指导思想')
    >>> read_heading_line("——坚持融合互动。") is None
    True
    >>> m, title, _ = read_heading_line("第三條　本辦法自發布之日起施行。")
    >>> m.style, m.marker, title
    ('article', '第三條', '本辦法自發布之日起施行')
    """
    if _table_row(line):
        return None
    shadow = simplified_shadow(line)
    m = match_marker(shadow, 0)
    if not m:
        return None
    m = dataclasses.replace(m, marker=line[m.start:m.end])
    s, e = _title_span(line, shadow, m.end, len(line))
    title = _clean(line[s:e])
    if not title or title.startswith(DASHES):
        return None
    return m, title, e + 1 if e < len(line) and line[e] in TITLE_END else e


def _table_row(line: str) -> bool:
    return line.count("\t") >= 2 or TABLE_BAR.search(line) is not None


def _lines(text: str, start: int, end: int):
    pos = start
    for line in text[start:end].split("\n"):
        yield pos, line
        pos += len(line) + 1


class _Builder:
    """The stack of open headings and the last number of every sequence seen."""

    def __init__(self) -> None:
        self.stack: list[_Node] = []
        self.roots: list[_Node] = []
        self.last_number: dict[tuple[str, str], int] = {}
        self.nodes: list[_Node] = []

    def index(self, key) -> int | None:
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i].match.key == key:
                return i
        return None

    def push(self, node: _Node, depth: int) -> None:
        del self.stack[depth:]
        node.parent = self.stack[-1] if self.stack else None
        node.level = depth + 1
        (node.parent.children if node.parent else self.roots).append(node)
        self.stack.append(node)
        self.last_number[node.match.key] = node.match.number
        self.nodes.append(node)


# Where a candidate marker stands.
LINE_START = "line-start"
AFTER_SENTENCE = "after-sentence"  # after 。 ； ： or a closing bracket (and spaces)
AFTER_SPACES = "after-spaces"  # after a run of spaces or a tab
AFTER_TITLE = "after-title"  # glued to the end of the title of the heading just opened


@dataclass
class MarkerContext(Context):
    """A candidate heading marker, where it stands, and the numbering open around it.

    ``text`` is the shadow (simplified script); offsets are those of the text.
    """

    m: MarkerMatch | None = None  # offsets absolute
    where: str = LINE_START
    spaces: str = ""  # the run of spaces before an after-spaces marker
    title: str = ""
    line: str = ""  # the whole line (shadow)
    table_row: bool = False  # the line is a row or cell of a flattened table
    builder: _Builder | None = None
    lost: bool = False  # the text's line breaks were lost
    in_toc: bool = False
    in_notice: bool = False
    in_attachment_list: bool = False
    page_mark: bool = False
    glued_after: int = 0  # after-title: how far into the parent's title the marker stands
    style: str = field(init=False, default="")
    same: int | None = field(init=False, default=None)
    last: int = field(init=False, default=0)
    continued: int | None = field(init=False, default=None)

    def __post_init__(self) -> None:
        # Read by most rules: computed once, here, rather than as cached properties.
        self.style = self.m.style
        self.same = self.builder.index(self.m.key)  # the stack depth of this sequence, when open
        self.last = self.builder.stack[self.same].match.number if self.same is not None else 0
        self.continued = self.builder.last_number.get(self.m.key)  # its last number anywhere before

    @property
    def may_skip(self) -> bool:
        """Whether the evidence of place allows a gap in the numbering or a start past 1."""
        return self.where == LINE_START or (self.where == AFTER_SENTENCE and self.style in STRONG_STYLES)

    @cached_property
    def box_depth(self) -> int:
        depth = len(self.builder.stack)
        while depth and not self.builder.stack[depth - 1].standalone:
            depth -= 1  # items whose body runs on after the title are closed by a box
        return depth

    @property
    def parent_missing(self) -> bool:
        """A decimal marker (3.2) none of whose open headings carries its first component."""
        return (self.m.variant == "decimal" and bool(self.builder.stack) and self.same is None
                and all(n.match.number != self.m.parent_number for n in self.builder.stack))


def _is_box(c: MarkerContext) -> bool:
    return c.style == "box"


# Whether a marker begins a heading; tried in order, the first that applies decides.
HEADING_RULES: tuple[Rule, ...] = (
    reject("table-cell", lambda c: c.table_row, "a line of a table flattened into text (tabs or |) is a cell"),
    reject("quantity", lambda c: c.m.quantity, "1.5万亩 / 3、5年 / 80%: a number that goes on, not a marker"),
    reject("no-title", lambda c: not c.title, "a marker with nothing after it"),
    reject("dash-item", lambda c: c.title.startswith(DASHES), "——坚持…: an item of a dashed list"),
    reject("table-numbers", lambda c: TABLE_DIGITS.search(c.title),
           "a title with a long run of digits: the cells of a statistics table read as one line"),
    reject("full-stop-inside-line", lambda c: c.m.marker.endswith("。") and c.where != LINE_START,
           "3。 inside a line ends a sentence with a number"),
    reject("attachment-list", lambda c: c.in_attachment_list, "附件：1.… 2.…: the list of attachments"),
    reject("table-of-contents", lambda c: c.in_toc or (c.where == LINE_START and PAGE_NUMBER_END.search(c.line)),
           "a line of a table of contents (under 目录, or a title followed by its page number)"),
    reject("site-notice", lambda c: c.in_notice or SITE_WORDS.search(c.title),
           "a document-sharing site's numbered notice (download instructions, copyright)"),
    reject("page-number", lambda c: c.page_mark,
           "…50公里3、飛行…: a count a document-sharing site prints into the text at page breaks"),
    reject("list-in-paragraph", lambda c: c.where in (AFTER_SENTENCE, AFTER_SPACES) and not c.lost
           and c.style not in STRONG_STYLES, "（1）…；（2）… inside a paragraph: a list, not headings"),
    reject("single-space", lambda c: c.where == AFTER_SPACES and c.spaces == " " and c.style not in WORD_STYLES,
           "one space inside a line separates words, not headings (第一条 excepted)"),
    reject("glued-to-long-title", lambda c: c.where == AFTER_TITLE and c.glued_after > SHORT_TITLE,
           "a number far into a heading's title is part of the title"),
    reject("decimal-parent-missing", lambda c: c.parent_missing,
           "3.2 where no open heading is numbered 3: a number, not a section"),
    accept("box-continues", lambda c: _is_box(c) and c.same is not None, "专栏2 after 专栏1: the next box"),
    accept("box-in-heading", _is_box, "专栏1 sits one level below the heading whose text it appears in"),
    accept("continues-sequence", lambda c: c.same is not None and c.m.number == c.last + 1,
           "（三） after （二）: the next number of an open sequence"),
    accept("restarts-in-place", lambda c: c.same is not None and c.m.number == 1 and c.where == LINE_START,
           "1. again at a line start: a new list at the same level"),
    accept("skips-within-limit", lambda c: c.same is not None and c.last < c.m.number <= c.last + 1 + MAX_SKIP
           and c.may_skip, "（四） after （二）: a skipped number (a dropped item, an excerpt)"),
    accept("restarts-under-new-parent", lambda c: c.same is None and c.m.number == 1,
           "1. under a new heading: a sequence starts"),
    accept("continues-from-earlier-parent", lambda c: c.same is None and c.continued == c.m.number - 1,
           "（三） under 二、 after （二） under 一、: a count that runs through the parts"),
    accept("starts-mid-way", lambda c: c.same is None and c.continued is None and c.m.number <= MAX_FRESH_START
           and c.may_skip, "二、 opening the text: the page starts mid-way"),
    accept("excerpt-starts-mid-way", lambda c: not c.builder.nodes and c.where == LINE_START
           and c.style in STRONG_STYLES and c.m.number <= MAX_EXCERPT_START,
           "第十二条 / 五、 at a line start before any heading: an excerpt that starts there"),
    reject("breaks-sequence", always, "a number that neither continues nor starts a sequence"),
)
SIBLING_RULES = frozenset({"continues-sequence", "restarts-in-place", "skips-within-limit", "box-continues"})


def _depth(rule: Rule, c: MarkerContext) -> int:
    if rule.name in SIBLING_RULES:
        return c.same
    if rule.name == "box-in-heading":
        return c.box_depth
    stack = c.builder.stack
    if stack and all(_rank(c.style) < _rank(n.match.style) for n in stack):
        return 0  # 二、 after （三）（四） of an excerpt, or after a notice's 1. 2.: it nests under none of them
    return len(stack)


def _rank(style: str) -> int:
    return STYLE_BY_NAME[style].rank


def _lost_breaks(text: str, start: int, end: int) -> bool:
    """Whether the text reads as if its line breaks were lost (few, very long lines)."""
    lines = [x for x in text[start:end].split("\n") if x]
    if not lines:
        return False
    long_chars = sum(len(x) for x in lines if len(x) > LOST_LINE)
    return long_chars > 0.5 * (end - start)


def _toc_lines(shadow: str, start: int, end: int) -> set[int]:
    """Line starts of the tables of contents: the short lines under 目录, up to the first
    line of body text or the first marker that comes round again (the body's 第一章)."""
    out: set[int] = set()
    inside, opening = False, None
    for pos, line in _lines(shadow, start, end):
        if TOC_HEAD.match(line):
            inside, opening = True, None
            continue
        if not inside or not line.strip():
            continue
        m = match_marker(line.lstrip(), 0)
        key = (m.style, m.variant, m.number) if m else None
        if len(line.strip()) > TOC_LINE or any(ch in line for ch in SENTENCE_END) or (key and key == opening):
            inside = False
            continue
        opening = opening or key
        out.add(pos)
    return out


_ARABIC_START = pattern(r"(?<![0-9０-９.．])[0-9０-９]{1,3}[、.．]")


def _page_marks(shadow: str, start: int, end: int) -> set[int]:
    """Starts of the page numbers a document-sharing site printed into the text.

    Such a site puts ``N、`` where each page begins, so one of them lands inside a
    sentence (``…50公里3、飛行半徑…``): on a page that shows the site's chrome
    (上传人, 文档页数, 33.20KB), a count 1、 2、 3、 with a member glued to the word
    before it, in a sentence that no heading opens, is a count of pages.
    """
    if not SITE_CHROME.search(shadow, start, min(end, start + SITE_CHROME_WINDOW)):
        return set()
    found: list[tuple[int, int]] = []  # (start, number) of arabic markers in order
    glued: list[int] = []
    for k in _ARABIC_START.finditer(shadow, start, end):
        m = match_marker(shadow, k.start())
        if not m or m.style != "arabic_dot" or m.variant == "decimal":
            continue
        found.append((k.start(), m.number))
        before = shadow[k.start() - 1] if k.start() > start else "\n"
        if before.isspace() or before in SENTENCE_END + "：:）)" or not (before.isalnum()):
            continue
        floor = max(start, k.start() - SENTENCE_WINDOW)
        sentence = max(floor - 1, *(shadow.rfind(ch, floor, k.start()) for ch in SENTENCE_END + "\n")) + 1
        opener = shadow[sentence:k.start()].lstrip()
        head = match_marker(opener, 0) if opener else None
        if head and not opener[head.end:].lstrip().startswith(DASHES):
            continue  # glued to the title of the heading that opens the sentence
        glued.append(len(found) - 1)
    marks: set[int] = set()
    for i in glued:
        chain, want = [found[i][0]], found[i][1] - 1
        for j in range(i - 1, -1, -1):
            if want == 0:
                break
            if found[j][1] == want:
                chain.append(found[j][0])
                want -= 1
        if want == 0 and len(chain) > 1:
            marks.update(chain)
    return marks


class _Segmenter:
    """Reads the headings of one stretch of text (the main text or one attachment)."""

    def __init__(self, text: str, shadow: str, start: int, end: int) -> None:
        self.text, self.shadow, self.start, self.end = text, shadow, start, end
        self.builder = _Builder()
        self.lost = _lost_breaks(text, start, end)
        self.toc = _toc_lines(shadow, start, end)
        self.pages = _page_marks(shadow, start, end)
        self.last: _Node | None = None  # the last heading accepted
        self.table_row = False  # the line being read is a table row

    def run(self) -> _Builder:
        in_list = in_notice = False
        lines = [(pos, line) for pos, line in _lines(self.shadow, self.start, self.end) if line.strip()]
        rows = [_table_row(line) for _, line in lines]
        for i, (pos, line) in enumerate(lines):
            if i and pos > lines[i - 1][0] + len(lines[i - 1][1]) + 1:
                in_notice = False  # a blank line ends a notice (an attachment list runs on across them)
            if ATTACHMENT_HEAD.match(line) and not _table_row(line):
                in_list = True
                continue
            if SITE_NOTICE_HEAD.match(line):
                in_notice = True
            lead = len(line) - len(line.lstrip(" \t\u3000"))
            first = match_marker(line, lead, quantities=True)
            if in_list and not (first and first.style in ("arabic_dot", "paren_arabic") and "。" not in line):
                in_list = False
            # A line between two table rows, or after the last row of a page cut off there,
            # is a cell whose separator was lost.
            self.table_row = rows[i] or (i > 0 and rows[i - 1] and (i + 1 == len(lines) or rows[i + 1]))
            self._line(pos, line, lead, first, in_list, in_notice, pos in self.toc)
        _close(self.builder.nodes, self.text, self.end)
        return self.builder

    def _line(self, pos: int, line: str, lead: int, first: MarkerMatch | None, in_list: bool,
              in_notice: bool, in_toc: bool) -> None:
        queue: list[tuple[int, str, str]] = []  # (offset in line, where, spaces)
        if first:
            queue.append((lead, LINE_START, ""))
        for k in _BREAK.finditer(line, lead):
            spaces = k.group(0)
            where = AFTER_SPACES if spaces[0] in " \t\u3000" else AFTER_SENTENCE
            queue.append((k.end(), where, spaces))
        if self.last and pos <= self.last.title_start < pos + len(line):
            queue.extend((g - pos, AFTER_TITLE, "") for g in self._glued_positions(line, self.last))
        heapq.heapify(queue)
        done = lead if not first else -1  # candidates must start after the last marker read
        while queue:
            off, where, spaces = heapq.heappop(queue)
            if off < done:
                continue
            m = match_marker(line, off, quantities=True)
            if not m or (where == AFTER_TITLE and m.style not in GLUED_STYLES):
                continue
            done = m.end
            node = self._decide(pos, line, m, where, spaces, in_list, in_notice, in_toc)
            if node is not None and pos <= node.title_start < pos + len(line):
                for glue in self._glued_positions(line, node):
                    heapq.heappush(queue, (glue - pos, AFTER_TITLE, ""))

    def _decide(self, pos: int, line: str, m: MarkerMatch, where: str, spaces: str, in_list: bool,
                in_notice: bool, in_toc: bool) -> _Node | None:
        text = self.text
        s, e = pos + m.start, pos + m.end
        am = MarkerMatch(m.style, m.number, text[s:e], s, e, m.variant, m.parent_number, m.quantity)
        line_end = pos + len(line)
        t_start, t_end = _title_span(text, self.shadow, e, line_end)
        title = _clean(text[t_start:t_end])
        if not title and not _NON_BLANK.search(line, m.end):
            t_start, t_end = self._title_below(line_end)
            title = _clean(text[t_start:t_end])
        parent = self.last
        glued_after = s - parent.title_start if where == AFTER_TITLE and parent else 0
        ctx = MarkerContext(self.shadow, s, e, self.start, self.end, m=am, where=where, spaces=spaces,
                            title=title, line=line, table_row=self.table_row, builder=self.builder, lost=self.lost, in_toc=in_toc,
                            in_notice=in_notice, in_attachment_list=in_list and where == LINE_START,
                            page_mark=s in self.pages, glued_after=glued_after)
        rule = decide("heading", HEADING_RULES, ctx)
        if rule.rejects:
            return None
        depth = _depth(rule, ctx)
        if parent and parent.title_start <= s < parent.title_end:
            parent.title_end = s  # the earlier heading's title ends where this one begins
            parent.title = _clean(text[parent.title_start:s])
        standalone = where == LINE_START and t_end <= line_end and not text[t_end:line_end].strip(TITLE_END + " \t")
        node = _Node(am, title, t_start, t_end, rule.name, standalone=standalone)
        self.builder.push(node, depth)
        self.last = node
        return node

    def _title_below(self, line_end: int) -> tuple[int, int]:
        """The title of a marker that stands alone on its line: the next line (第二章 / 考核内容)."""
        nxt = line_end + 1
        while nxt < self.end and self.text[nxt] in " \t\u3000\n":
            nxt += 1
        if nxt >= self.end or match_marker(self.shadow, nxt):
            return line_end, line_end
        stop = self.text.find("\n", nxt, self.end)
        return _title_span(self.text, self.shadow, nxt, self.end if stop == -1 else stop)

    def _glued_positions(self, line: str, node: _Node) -> list[int]:
        """Where, inside a heading's short title, a child marker may be glued to it."""
        shadow = self.shadow
        out = []
        for i in range(node.title_start + 1, min(node.title_end, node.title_start + SHORT_TITLE + 1)):
            ch, before = shadow[i], shadow[i - 1]
            if (ch.isdigit() or ch in "（(第" or "\u2460" <= ch <= "\u249b") and not before.isdigit() \
                    and not before.isspace() and before not in "（(.．第":  # 第二十条第（一）项 cites
                out.append(i)
        return out


def _attachments(text: str, shadow: str, start: int, end: int) -> list[tuple[int, int, int, int, int, Rule]]:
    """The attachment parts after the main text:
    (start, marker end, title start, title end, number, rule)."""
    out = []
    dated = listed = False
    for pos, line in _lines(shadow, start, end):
        if DATE_LINE.match(line):
            dated = True
            continue
        m = ATTACHMENT_HEAD.match(line)
        if not m or _table_row(line):
            continue
        rest = line[m.end():]
        line_end = pos + len(line)
        if rest.strip(" \t\u3000|│"):
            t_start, t_end = _title_span(text, shadow, pos + m.end(), line_end)
        else:
            t_start, t_end = _next_title(text, shadow, line_end, end)
        ctx = _AttachmentContext(shadow, pos + m.start(), line_end, start, end, rest=rest,
                                 title=shadow[t_start:t_end], dated=dated, listed=listed)
        rule = decide("heading", ATTACHMENT_RULES, ctx)
        listed = True
        if rule.rejects:
            continue
        marker_end = pos + len(line[:m.end()].rstrip(" \t\u3000：:"))
        out.append((pos + len(line) - len(line.lstrip()), marker_end, t_start, t_end,
                    _attachment_number(m.group("n")), rule))
    return out


def _next_title(text: str, shadow: str, line_end: int, end: int) -> tuple[int, int]:
    """The first line below that holds words (a table's title line may carry its | bars)."""
    for pos, line in _lines(shadow, min(line_end + 1, end), end):
        words = line.strip(" \t\u3000|│")
        if words:
            s = pos + line.index(words)
            return s, s + len(words)
    return line_end, line_end


@dataclass
class _AttachmentContext(Context):
    rest: str = ""  # what follows 附件1： on its line
    title: str = ""  # the title it carries or the line below holds
    dated: bool = False  # a signing date stands above
    listed: bool = False  # an attachment line stands above (the list of attachments)


ATTACHMENT_RULES: tuple[Rule, ...] = (
    reject("attachment-list-item", lambda c: match_marker(c.rest.lstrip(), 0) is not None,
           "附件：1.… : the list of attachments, not an attachment"),
    reject("attachment-without-title", lambda c: not c.title or match_marker(c.title, 0) is not None,
           "附件1 with no title after it (the next line is a heading) starts no attachment"),
    reject("attachment-in-body", lambda c: not (c.dated or c.listed),
           "附件：… before the signing date names the attachments, it does not start one"),
    accept("attachment-after-body", always, "附件1 after the signing date or the list: a part of its own"),
)


def _attachment_number(raw: str | None) -> int:
    if not raw:
        return 1
    digits = fullwidth_to_ascii(raw)
    return int(digits) if digits.isdigit() else (cn_to_int(raw) or 1)


def segment(text: str, start: int, end: int, shadow: str | None = None) -> list[Section]:
    """The section tree of ``text[start:end]``, with spans into ``text``.

    ``shadow`` is the text in simplified script (:func:`policyparse.script.simplified_shadow`);
    markers and rule words are matched on it.
    """
    shadow = text if shadow is None else shadow
    parts = _attachments(text, shadow, start, end)
    main_end = _rstrip(text, start, parts[0][0]) if parts else end
    roots = _Segmenter(text, shadow, start, main_end).run().roots
    sections = _to_models(roots, "")
    for i, (p_start, marker_end, t_start, t_end, number, rule) in enumerate(parts):
        p_end = _rstrip(text, p_start, parts[i + 1][0]) if i + 1 < len(parts) else end
        body = max(marker_end, t_end)
        while body < p_end and text[body] in " \t\n|│":
            body += 1
        sid = str(len(sections) + 1)
        inner = _Segmenter(text, shadow, body, p_end).run()
        for node in inner.nodes:
            node.level += 1
        sections.append(Section(
            id=sid, level=1, style="attachment", number=number, marker=text[p_start:marker_end],
            title=_clean(text[t_start:t_end]), span=(p_start, p_end), body_span=(body, p_end),
            children=_to_models(inner.roots, sid + "."), rule=rule.name,
        ))
    return sections


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in " \t\n":
        end -= 1
    return end


def _close(nodes: list[_Node], text: str, end: int) -> None:
    """Set each section's end (the next heading at its level or above) and body start."""
    open_: list[_Node] = []
    for node in nodes:
        while open_ and open_[-1].level >= node.level:
            done = open_.pop()
            done.end = _rstrip(text, done.line_start, node.line_start)
        open_.append(node)
    for node in open_:
        node.end = _rstrip(text, node.line_start, end)
    for node in nodes:
        b = min(node.title_end, node.end)
        if b < node.end and text[b] in TITLE_END:
            b += 1
        while b < node.end and text[b] in " \t\n":
            b += 1
        node.body_start = b


def _to_models(nodes: list[_Node], prefix: str) -> list[Section]:
    out = []
    for i, n in enumerate(nodes, 1):
        sid = f"{prefix}{i}"
        out.append(Section(
            id=sid, level=n.level, style=n.match.style, number=n.match.number,
            marker=n.match.marker, title=n.title, span=(n.line_start, n.end),
            body_span=(n.body_start, n.end), children=_to_models(n.children, sid + "."), rule=n.rule,
        ))
    return out


def walk(sections: list[Section]):
    """Every section of a tree, in document order."""
    for s in sections:
        yield s
        yield from walk(s.children)


class SectionIndex:
    """Finds the innermost section that holds a character offset."""

    def __init__(self, sections: list[Section]) -> None:
        self._flat = list(walk(sections))
        self._starts = [s.span[0] for s in self._flat]
        self._by_id = {s.id: s for s in self._flat}

    def path(self, offset: int) -> list[Section]:
        """The sections that hold ``offset``, outermost first."""
        inner = self.at(offset)
        if inner is None:
            return []
        parts = inner.id.split(".")
        return [self._by_id[".".join(parts[:k])] for k in range(1, len(parts) + 1) if ".".join(parts[:k]) in self._by_id]

    def at(self, offset: int) -> Section | None:
        """The innermost section whose span holds ``offset``, or None."""
        i = bisect.bisect_right(self._starts, offset) - 1
        while i >= 0:
            s = self._flat[i]
            if s.span[0] <= offset < s.span[1]:
                return s
            i -= 1
        return None

    def last_start(self, offset: int) -> int | None:
        """The start of the last section that starts at or before ``offset``: a
        record that holds ``offset`` begins no earlier, or it would straddle a heading."""
        i = bisect.bisect_right(self._starts, offset) - 1
        return self._starts[i] if i >= 0 else None

    def id_at(self, offset: int) -> str | None:
        s = self.at(offset)
        return s.id if s else None
