"""Read the GB/T 9704 header and footer of a document, and the furniture of its web copy.

The header of a 公文 holds, top to bottom: the issuer's name, the document
number (发文字号), the title (often broken over lines, ``关于…的通知``) and the
recipients (主送机关, a line ending with ``：``).  The footer holds the
signature (issuer and 成文日期 on lines of their own), the publicity note
(``（此件主动公开）``), 抄送 and the printing line (``…秘书科  2020年8月12日印发``).
Web copies put the number after the title in brackets; collections of sample
plans have none of this, only a label line.

Web copies add their own furniture: a site's disclosure table (``发文机关 |
成文日期 | 文号 | 标题``, ``【制定机关】…``) that gives the fields under labels;
the page's own publication date (``发布时间：2023-04-03``), which is reported as
``published`` and never as the 成文日期; site prefixes and markdown before a
title (``XX政策:``, ``（转载）``, ``#``, ``**``); the law databases' layout (title,
issuer on a line of its own, title again); and pages that lost their line
breaks, where the header runs on (``…〔2021〕19号关于印发…的通知伊犁…``).

Each field is found by an ordered list of strategies of kind ``metadata``
(:data:`NUMBER_RULES`, :data:`TITLE_RULES`, :data:`ISSUER_RULES`,
:data:`DATE_RULES`, :data:`PUBLISHED_RULES`): the first that finds a value
decides, and ``Metadata.rules`` keeps its name.  Candidate dates, title lines and
numbers are accepted or rejected by rules of their own
(:data:`DATE_CANDIDATE_RULES`, :data:`TITLE_LINE_RULES`,
:data:`NUMBER_CANDIDATE_RULES`).  Patterns match the simplified shadow of the
text (traditional-script copies: ``關於``, ``辦公廳``, ``號``); strings are sliced
from the text, so they stay in the script printed.

Not read here: the sections (segment.py) and the records of the body (extractors/).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import NamedTuple

import regex

from .grammar.brackets import split_top_level
from .grammar.dates import full_date
from .grammar.numerals import cn_to_int, digits_to_int, fullwidth_to_ascii
from .grammar.organisations import ISSUER_ENDINGS, alternation
from .models import CitedDocument, Metadata, Section
from .rules import Context, Rule, accept, always, cached_property, decide, first, note, pattern, reject

# Words a document title ends with (the kind of document).  From GB/T 9704 and the
# 《党政机关公文处理工作条例》 list of kinds, plus the kinds of plans and rules that
# local governments publish (方案, 规划, 细则, 清单 …).
DOC_TYPES: tuple[str, ...] = (
    "通知", "意见", "实施意见", "方案", "规划", "办法", "决定", "报告", "批复", "函", "通报",
    "公告", "通告", "细则", "规定", "纲要", "计划", "措施", "要点", "请示", "纪要", "条例",
    "指导意见", "指引", "清单", "章程", "守则", "制度", "标准", "议案", "命令", "令",
)

DOC_NUMBER = regex.compile(
    r"(?P<n>[\p{Han}]{1,12}\s*[〔\[【［(（]\s*(?:[0-9０-９]{4}|[xX]{4})\s*[〕\]】］)）]\s*(?:第\s*)?[0-9０-９]{0,5}\s*号)"
)
DATE = regex.compile(full_date("y", "m", "d"))  # the one date grammar, shared with deadlines
PUBLICITY = regex.compile(r"^[（(]\s*(?P<p>此件[^）)]{0,12}|不予公开|依申请公开)\s*[）)]$")
CC_LINE = regex.compile(r"^(?:抄\s*送|抄报|抄送单位)\s*[:：]\s*(?P<list>.+)$")
CITED = regex.compile(r"《(?P<t>[^《》\n]{2,100})》(?:\s*[（(](?P<n>[^（）()\n]{2,30}?号)[）)])?")
HEADER_LINES = 25  # lines searched for the header when a document has no headings

_ORG_RE = regex.compile(rf"^[\p{{Han}}（）()〔〕、\t·]{{2,80}}(?:{alternation(ISSUER_ENDINGS)})$")

# ---------------------------------------------------------------- vocabulary

# The labels of a government site's disclosure table (信息公开目录, 法规库 pages), by
# the field they give; from the tables of gov.cn sites and law databases.
DISCLOSURE_LABELS: dict[str, tuple[str, ...]] = {
    "doc_number": ("发文字号", "文号", "字号", "文件编号", "发文编号"),
    "title": ("标题", "名称", "题名", "文件名称"),
    "issuer": ("发文机关", "发文单位", "发布单位", "制定机关"),
    "date": ("成文日期", "发文日期", "生成日期"),  # dates of the document itself
    "published": ("发布时间", "发布日期", "公开日期", "日期", "时间"),  # the page's own date
    "source": ("来源",),  # names the issuer when it is an organisation, else a website
    "other": ("索引号", "主题分类", "信息分类", "公开类型", "公开方式", "发布机构", "是否有效", "时效性",
              "效力级别", "效力等级", "施行日期", "公布日期", "实施日期", "废止日期", "作者", "浏览次数",
              "浏览", "主题词", "分类", "体裁分类", "组配分类", "服务对象"),
}
# Words before a 关于 line that make it a sentence of the body, not a title.
BODY_OPENERS = ("根据", "按照", "依据", "为了", "为", "经", "现将", "现就")
# Words that open a news report's lead, which names the document but is not its title.
NEWS_OPENERS = ("日前", "近日", "近期", "刚刚", "今天", "今日", "昨天", "昨日", "记者")
# Qualifiers a title may end with, in brackets: (试行), (2019-2020年).
TITLE_QUALIFIERS = ("试行", "暂行", "修订", "修正")

# ---------------------------------------------------------------- patterns

_DOC_TYPE_ALT = "|".join(sorted(DOC_TYPES, key=len, reverse=True))
_QUALIFIER = rf"(?:[（(](?:{'|'.join(TITLE_QUALIFIERS)}|[0-9０-９]{{4}}\s*[-—–－~～至]\s*[0-9０-９]{{4}}年?)[）)])"
TITLE_END = pattern(rf"(?:{_DOC_TYPE_ALT})[」”）)]*{_QUALIFIER}?$")
QUOTED_TITLE = pattern(rf"^《(?P<t>[^《》]{{2,200}}?(?:{_DOC_TYPE_ALT}))》$")
PERIOD_LINE = pattern(r"^[（(][0-9０-９xX]{4}\s*[-—–－~～至]\s*[0-9０-９xX]{4}年?[）)]$")
ISSUING_VERB = pattern(r"关于|印发|转发|批转")
TITLE_VERB_START = pattern(r"^(?:关于|印发|转发|批转)")
BODY_SENTENCE = pattern(rf"^(?:{'|'.join(BODY_OPENERS)})|[：:]$")
NEWS_LEAD = pattern(rf"^(?:{'|'.join(NEWS_OPENERS)})|[，,].*(?:印发|发布|出台)")
SENTENCE_PUNCT = pattern(r"[。；;，,：:！？]")
# A title that runs on into the text after it, in a page that lost its line breaks:
# 关于印发…的通知伊犁哈萨克自治州，… — from 关于/印发 (with the issuers before it) to 的+kind.
KIND_QUALIFIER = 4  # 的若干意见, 的实施细则, 的暂行办法: words between 的 and the kind
RUN_ON_TITLE = pattern(
    rf"(?P<t>[\p{{Han}}]{{0,40}}?(?:关于|印发|转发)[^。；;：:\n]{{2,150}}?"
    rf"的[\p{{Han}}]{{0,{KIND_QUALIFIER}}}?(?:{_DOC_TYPE_ALT}){_QUALIFIER}?)"
)
# A title whose line runs on into the preamble (行动计划(2021-2022年)为提高…), in a page that lost
# its line breaks; a document-sharing site may print its page number (1、) before it.
RUN_ON_KIND_TITLE = pattern(
    rf"^\s*(?:[0-9０-９]{{1,3}}[、.．]\s*)?(?P<t>[\p{{Han}}]{{4,60}}?(?:{_DOC_TYPE_ALT}){_QUALIFIER}?)"
    rf"(?=(?:{'|'.join(BODY_OPENERS)})[\p{{Han}}])"
)
RUN_ON_FROM = pattern(r"(?:[0-9０-９]号\s*[)）]?|文件|正文)\s*$")  # where a run-on title may start
# Site prefixes and markdown that are never part of a title.
SITE_PREFIX = pattern(r"^(?:[（(【\[]\s*转载\s*[）)】\]]|#+|\*\*|(?!附件|抄送|主送|主题词|关键词)[^：:《》。，,（(]{2,24}[：:])")
MARKDOWN_END = pattern(r"\*\*$")
TRAILING_PAGE_DATE = pattern(r"[（(]\s*[0-9０-９]{4}\s*[年\-./][^（）()]{0,12}[）)]$")
# 内蒙古自治区人民政府令 / 第82号: a government order's number, printed over two lines.
ORDER_LINE = pattern(r"^(?P<org>[\p{Han}]{2,30})令$")
ORDER_NUMBER = pattern(r"^第\s*[0-9０-９]{1,5}\s*号$")
ORDER_ONE_LINE = pattern(r"^(?P<org>[\p{Han}]{2,30})令\s*第\s*[0-9０-９]{1,5}\s*号$")
# 新疆维吾尔自治区人民政府文件: the red header names the issuer.
RED_HEADER = pattern(r"^(?P<org>[\p{Han}（）()、]{2,60}?)文件(?=$|[\s\p{Han}]{0,14}[〔\[【［(（][0-9０-９]{4})")
RED_HEADER_WORD = pattern(r"文件\s*")
# Dates printed with the letter O for 〇 (二OO六年二月二十日): read as 〇, same length.
LETTER_ZERO = pattern(r"(?<=[二〇○零一OoＯｏ])[OoＯｏ](?=[OoＯｏ〇○零一二三四五六七八九]{0,2}年)")
NUMERIC_DATE = pattern(
    r"(?<![0-9０-９])(?P<y>[12][0-9]{3})\s*[-./]\s*(?P<m>1[0-2]|0?[1-9])\s*[-./]\s*"
    r"(?P<d>3[01]|[12][0-9]|0?[1-9])(?![0-9])"
)
CLOCK_TIME = pattern(r"^\s*[0-9]{1,2}\s*[:：]\s*[0-9]{2}")
FILE_NAME = pattern(r"\.(?:docx?|pdf|wps|txt|html?|xlsx?)$", regex.IGNORECASE)  # a download page's file name
PAGE_TITLE_START = pattern(r"[\p{Han}XxＸ]|[0-9０-９]{4}年")  # not a list item (1、) or a number
NOT_IN_PAGE_TITLE = pattern(r"[|｜\t┌│>»›/]")  # table cells, breadcrumbs (首页 > 政策文件), paths
URL_LINE = pattern(r"^\s*(?:https?://|www\.)")
RULE_LINE = pattern(r"^\s*[-—－=_─━]{3,}")
PUBLICITY_AFTER = pattern(r"^\s*[（(]\s*(?:此件|不予公开|依申请公开)")
ADOPTION_CLOSE = pattern(r"^[^（）()]{0,60}?(?:通过|公布|批准|发布)\s*[）)]")
ADOPTION_LINE = pattern(r"^[^。，,；;（）()\n]{0,60}?(?:通过|公布|批准)\s*$")
ADOPTION_ORDER = pattern(r"^[^。；\n]{0,20}?令第\s*[0-9０-９]+\s*号公布")
PRINTED_AFTER = pattern(r"^\s*(?:印发|印)\s*$")

_ORG_SUFFIX_AT_END = regex.compile(rf"(?:{alternation(ISSUER_ENDINGS)})$")
_ORG_SUFFIX_AT_START = regex.compile(rf"^(?:{alternation(ISSUER_ENDINGS)})")


def _label_alt(labels) -> str:
    # labels may come spaced out of a table (标 题, 文 号)
    return "|".join(r"\s*".join(regex.escape(ch) for ch in lab) for lab in sorted(labels, key=len, reverse=True))


_ALL_LABELS = _label_alt([lab for labs in DISCLOSURE_LABELS.values() for lab in labs])
# A labelled cell: 【制定机关】X, 发文机关: X |, 名 称：\tX, 索引号: | X |, 發文機關X (alone on its line).
TABLE_CELL = pattern(
    rf"(?:(?<=^|[|｜\t•】\s])【\s*(?P<label>{_ALL_LABELS})\s*】"
    rf"|(?<=^|[|｜\t•】\s\p{{Han}}*])(?P<label>{_ALL_LABELS})(?:\*\*)?\s*[:：]\s*(?:[|｜\t]\s*)?"
    rf"|(?<=^|[|｜\t•】])(?P<label>{_ALL_LABELS})\s*[|｜\t]\s*"
    rf"|^(?P<label>{_ALL_LABELS})(?=[\p{{Han}}0-9０-９]))"
)
CELL_SEPARATOR = pattern(r"[|｜\t•】]")
# A page's byline runs its labels together (来源:某办公厅时间:2021-12-16): these may follow a word.
GLUED_LABEL_KINDS = ("published", "source")
LABEL_BEFORE = pattern(rf"(?:【\s*)?(?P<label>{_ALL_LABELS})\s*】?\s*[:：]?\s*(?:[|｜\t]\s*)?$")
LABEL_LINE = pattern(rf"^\s*(?:【\s*)?(?P<label>{_ALL_LABELS})\s*】?\s*[:：|｜]?\s*$")  # a label alone
LABEL_MARK = pattern(r"[:：|｜\t】]")  # what separates a label from its value, when anything does
OPEN_BRACKET_BEFORE = pattern(r"[（(]\s*$")
_CELL_END = pattern(rf"[|｜\t•【\n]|(?:{_ALL_LABELS})\s*[:：]")

_SPACE = regex.compile(r"\s+")


def _squash(s: str) -> str:
    return _SPACE.sub("", s)


def _date_value(m: regex.Match) -> date | None:
    def part(s: str) -> int | None:
        t = fullwidth_to_ascii(s)
        if t.isdigit():
            return int(t)
        return digits_to_int(s) if len(s) == 4 else cn_to_int(s)

    y, mo, d = part(m.group("y")), part(m.group("m")), part(m.group("d"))
    try:
        return date(y, mo, d) if y and mo and d else None
    except ValueError:
        return None


class Line(NamedTuple):
    """One line of the document: where it starts, as printed, and its simplified shadow."""

    pos: int
    text: str
    shadow: str


class Found(NamedTuple):
    """A field's value and where it was read."""

    value: object
    span: tuple[int, int]


def _lines(text: str, shadow: str, start: int, end: int) -> list[Line]:
    out, pos = [], start
    for line in text[start:end].split("\n"):
        out.append(Line(pos, line, shadow[pos:pos + len(line)]))
        pos += len(line) + 1
    return out


# ---------------------------------------------------------------- organisations

_RUN_TOGETHER = regex.compile(r".{4,}?(?:办公室|办公厅|人民政府(?!办公)|委员会(?!办公))")
MIN_ORG = 4  # a joint issuer split off a run of names has at least this many characters
# A joint issuer split off a run names its own place or level (国家乡村振兴局, 通化县人民政府);
# a piece without one is an office of the body before it (迪庆州人民政府法制办公室).
OWN_NAME = regex.compile(r"^(?:中共|中国|中央|国家|国务院)|[省市县区州盟旗乡镇]")


def _split_run(s: str) -> list[tuple[int, int]]:
    """Spans of the names in a run of issuers printed together (中共某县委某县人民政府)."""
    pieces = _RUN_TOGETHER.findall(s)
    if len(pieces) > 1 and "".join(pieces) == s and all(OWN_NAME.search(p) for p in pieces[1:]):
        out, pos = [], 0
        for p in pieces:
            out.append((pos, pos + len(p)))
            pos += len(p)
        return out
    for cut in range(MIN_ORG, len(s) - MIN_ORG + 1):
        left, right = s[:cut], s[cut:]
        if _ORG_SUFFIX_AT_END.search(left) and not _ORG_SUFFIX_AT_START.match(right) \
                and _ORG_RE.match(left) and _ORG_RE.match(right) and OWN_NAME.search(right):
            return [(0, cut)] + [(cut + a, cut + b) for a, b in _split_run(right)]
    return [(0, len(s))]


def split_issuers(s: str, shadow: str | None = None) -> list[str]:
    """Issuers printed on one line: split on gaps, and where names run together;
    ``shadow`` (same length) is matched, ``s`` is sliced.

    >>> split_issuers("中共巴中市委办公室巴中市人民政府办公室")
    ['中共巴中市委办公室', '巴中市人民政府办公室']
    >>> split_issuers("农业农村部国家乡村振兴局")
    ['农业农村部', '国家乡村振兴局']
    >>> split_issuers("长治市屯留区人民政府办公室")
    ['长治市屯留区人民政府办公室']
    """
    shadow = s if shadow is None else shadow
    out = []
    for m in regex.finditer(r"[^\t ]+", shadow):
        for a, b in _split_run(m.group()):
            out.append(s[m.start() + a:m.start() + b])
    return out


def is_org_name(s: str) -> bool:
    """Whether a line reads as the name of an issuing body (or several, tab-separated)."""
    s = s.strip()
    if not s or "关于" in s or s.endswith("印发") or len(s) > 80:
        return False
    return all(_ORG_RE.match(part) for part in regex.split(r"[\t ]+", s) if part)


# ---------------------------------------------------------------- addressees

# A piece of a 、-list that names no body of its own but shares the head noun
# after the list: 各省、自治区、直辖市人民政府; 区政府相关委、办、局.
SHARED_HEAD_PIECE = regex.compile(
    r"各?(?:省|自治区|直辖市|市|州|盟|地|县|区|旗|乡|镇|街道|市州|县市|县市区|县区|中央|委|办|局|处|室|部|厅|委办局)"
)
_BRACKETED = regex.compile(r"[（(][^（）()]*[）)]")
# A word that every 主送 line holds: 各县（市、区）人民政府，市政府各部门：
ADDRESSEE = regex.compile(r"政府|部门|单位|机构|机关|委|局|办|厅|处|室|院|会|镇|乡|街道|区|县|市|省|企业|学校|团体")


def split_addressees(s: str) -> list[str]:
    """主送 and 抄送 lists: split on commas and semicolons, and on 、 unless a piece
    shares the head noun that ends the list.

    >>> split_addressees("各省、自治区、直辖市人民政府，国务院各部委、各直属机构")
    ['各省、自治区、直辖市人民政府', '国务院各部委', '各直属机构']
    >>> split_addressees("各县（市、区）人民政府、市政府各部门")
    ['各县（市、区）人民政府', '市政府各部门']
    """
    out = []
    for group in split_top_level(s, "，,；;"):
        pieces = split_top_level(group, "、")
        if any(SHARED_HEAD_PIECE.fullmatch(_BRACKETED.sub("", p)) for p in pieces):
            out.append(group)
        else:
            out.extend(pieces)
    return out


# ---------------------------------------------------------------- candidates

# Named windows (characters).
LABEL_WINDOW = 12  # a table label right before a date or number: 成文日期: | 2022-10-08
ADOPTION_REACH = 80  # how far after an adoption date its bracket closes (line breaks aside)
ADOPTION_WINDOW = 4  # the bracket that opens right before an adoption date: （2025年1月15日…通过）
TITLE_MIN = 5  # 关于 / 令 alone is no title: the shortest is a place and a kind (某县条例)
TITLE_MAX = 100  # a title line is at most this long; longer lines are sentences or run-on pages
TITLE_PART_MAX = 60  # a line that continues a title broken over lines
TITLE_FRAGMENT_MIN = 8  # the first line of a broken title fills most of the line: 鄂尔多斯市进一步完善医疗卫生
RUN_ON_HEAD = 600  # how far into a run-on page its title is looked for
FIRST_LINE_TITLE_MAX = 40  # a bare first line that titles a page (漯河市2024年民生实事完成情况)


@dataclass
class DateContext(Context):
    """A date in the document (``text`` is the date-reading shadow) and what its rules read."""

    match: regex.Match | None = None
    numeric: bool = False  # 2022-10-08 rather than 2022年10月8日

    @cached_property
    def label(self) -> str | None:
        """The table label right before the date (发布时间：, 成文日期: |, 【公布日期】), or
        alone on the line above it (a table flattened one cell per line)."""
        found = _label_before(self.before(LABEL_WINDOW))
        if found is None and not self.line_before.strip() and self.line_start > self.doc_start:
            above = self.text[self.text.rfind("\n", self.doc_start, self.line_start - 1) + 1:self.line_start - 1]
            m = LABEL_LINE.match(above)
            found = _squash(m.group("label")) if m else None
        return found

    @cached_property
    def head(self) -> str:
        return self.line_before.strip()

    @cached_property
    def rest(self) -> str:
        return self.line_after

    @cached_property
    def next_line(self) -> str:
        i = self.line_end
        if i >= self.doc_end or self.text[i] != "\n":
            return ""
        ceiling = min(self.doc_end, i + 1 + self.LINE_LIMIT)
        j = self.text.find("\n", i + 1, ceiling)
        return self.text[i + 1:ceiling if j == -1 else j]

    @cached_property
    def adoption(self) -> bool:
        opened = OPEN_BRACKET_BEFORE.search(self.text[max(self.doc_start, self.start - ADOPTION_WINDOW):self.start])
        after = self.text[self.end:min(self.doc_end, self.end + 2 * ADOPTION_REACH)].replace("\n", "")
        if opened and ADOPTION_CLOSE.match(after[:ADOPTION_REACH]):
            return True
        if not self.head and ADOPTION_LINE.match(self.rest):
            return True  # 2022年6月1日广东省…常务委员会第四十三次会议通过, on a line of its own
        return bool(ADOPTION_ORDER.match(self.rest))

    @property
    def value(self) -> date | None:
        return _date_value(self.match)


def _label_before(s: str) -> str | None:
    m = LABEL_BEFORE.search(s)
    return _squash(m.group("label")) if m else None


def _labelled(kind: str):
    labels = DISCLOSURE_LABELS[kind]
    return lambda c: c.label in labels


DATE_CANDIDATE_RULES: tuple[Rule, ...] = (
    reject("page-publication-date", _labelled("published"),
           "发布时间：2023-04-03: a web page's own publication date is not the 成文日期"),
    reject("timestamp", lambda c: CLOCK_TIME.match(c.rest),
           "2022-12-02 08:54:33: a site's timestamp, not the date the document was signed"),
    accept("disclosure-date-row", _labelled("date"), "成文日期 / 发文日期 in a site's table dates the document"),
    reject("other-labelled-date", lambda c: c.label is not None,
           "施行日期 / 公布日期 in a site's table: the date of something else"),
    reject("source-citation", lambda c: URL_LINE.match(c.next_line),
           "a date over the address of the page it was copied from dates the copy"),
    reject("numeric-date", lambda c: c.numeric,
           "2024-05-20 without a label: a site's upload or page date; the 成文日期 is written in words"),
    accept("adoption-date", lambda c: c.adoption,
           "（2025年1月15日…会议通过）/ …令第746号公布: the date a rule was adopted"),
    accept("printing-date", lambda c: PRINTED_AFTER.match(c.rest), "…2020年8月12日印发: the printing date (印发日期)"),
    accept("publicity-date", lambda c: PUBLICITY_AFTER.match(c.rest),
           "the date right before （此件公开发布） is the signing date"),
    reject("in-sentence", lambda c: (c.rest.strip() and not RULE_LINE.match(c.rest))
           or (c.head and not is_org_name(c.head)),
           "a date inside a sentence dates an event (2020年7月17日…审议通过), not the document"),
    accept("signature-date", always, "a date on a line of its own (after the signing office) is the 成文日期"),
)


IN_SENTENCE = next(r for r in DATE_CANDIDATE_RULES if r.name == "in-sentence")
SENTENCE_GOES_ON = pattern(r"[ \t]*[，,、。；;的起]")  # what follows a date inside a sentence


@dataclass
class TitleLineContext(Context):
    """A header line that holds 关于 / 印发 / 转发, a candidate title (``text`` is the shadow)."""

    @cached_property
    def body(self) -> str:
        return _strip_number(self.line).strip()


TITLE_LINE_RULES: tuple[Rule, ...] = (
    reject("too-short", lambda c: len(_squash(c.body)) < TITLE_MIN, "关于 alone is no title"),
    reject("too-long", lambda c: len(c.body) > TITLE_MAX,
           "a line this long is a sentence or a page that lost its line breaks"),
    reject("sentence-end", lambda c: c.body.endswith(("。", "；")), "a line that ends a sentence is body text"),
    reject("body-sentence", lambda c: BODY_SENTENCE.search(c.body),
           "根据《关于…的通知》精神，现将…：: a sentence of the body that cites a title"),
    reject("news-lead", lambda c: NEWS_LEAD.search(c.body),
           "日前，某市印发《…》: a news lead names the document, it is not its title"),
    reject("cited-title", lambda c: c.body.startswith("《") and not QUOTED_TITLE.match(_strip_site_prefix(c.body)),
           "a line that opens with a cited title (《…》已经…) is body text"),
    accept("title-line", always, "关于…的通知 on a line of its own: the title"),
)


@dataclass
class NumberContext(Context):
    """A document number in the header (``text`` is the shadow)."""

    match: regex.Match | None = None

    @cached_property
    def label(self) -> str | None:
        prefix = _squash(self.match.group("n"))
        for labels in DISCLOSURE_LABELS.values():
            for lab in labels:
                if prefix.startswith(lab):
                    return lab
        return _label_before(self.before(LABEL_WINDOW))


NUMBER_CANDIDATE_RULES: tuple[Rule, ...] = (
    reject("cited-number", lambda c: c.line_before.rstrip(" \t（(").endswith("》"),
           "《…》（国发〔2020〕6号）: the number of a cited document"),
    reject("labelled-number", lambda c: c.label is not None,
           "发文字号 / 【字号】 in a site's table: read by the table rule, the document's own number first"),
    accept("number", always, "〔2021〕88号 in the header: the document's own number"),
)


# ---------------------------------------------------------------- the document

@dataclass
class MetaContext(Context):
    """One document's header and footer, and the strategies that read its fields.

    ``text`` is the shadow (rules match on it); :meth:`cut` slices the text as printed.
    """

    printed: str = ""
    lines: list[Line] = field(default_factory=list)
    header: list[Line] = field(default_factory=list)
    label: str | None = None

    def cut(self, s: int, e: int) -> str:
        return self.printed[s:e]

    # -- the disclosure table

    @cached_property
    def table(self) -> dict[str, Found]:
        """The first value under each label of a site's disclosure table."""
        out: dict[str, Found] = {}
        for i, ln in enumerate(self.lines):
            if ln.pos >= self.header_end and not CELL_SEPARATOR.search(ln.shadow):
                continue  # below the header only a table's row (cells between |) is read
            for m in TABLE_CELL.finditer(ln.shadow):
                lab = _squash(m.group("label"))
                kind = next((k for k, labs in DISCLOSURE_LABELS.items() if lab in labs), None)
                if kind is None or kind in out:
                    continue
                glued = m.start() > 0 and "\u3400" <= ln.shadow[m.start() - 1] <= "\u9fff"
                if glued and kind not in GLUED_LABEL_KINDS:
                    continue  # 项目名称：…: a word that ends with a label is no label
                rest = ln.shadow[m.end():]
                if m.start() == 0 and not LABEL_MARK.search(m.group(0)):
                    end = len(rest)  # 發文機關國務院辦公廳: the value runs to the end of the line
                else:
                    e = _CELL_END.search(rest)
                    end = e.start() if e else len(rest)
                s = ln.pos + m.end()
                value = self.cut(s, s + end).strip()
                nxt = self.lines[i + 1] if i + 1 < len(self.lines) else None
                if not value and LABEL_LINE.match(ln.shadow) and nxt and not LABEL_LINE.match(nxt.shadow):
                    s, end = nxt.pos, len(nxt.text)  # 成文日期： / 2023年03月01日: the value on the next line
                    value = nxt.text.strip()
                if value:
                    lead = len(self.cut(s, s + end)) - len(self.cut(s, s + end).lstrip())
                    out[kind] = Found(value, (s + lead, s + lead + len(value)))
        return out

    def _table(self, kind: str) -> Found | None:
        return self.table.get(kind)

    # -- numbers

    @cached_property
    def header_number(self) -> Found | None:
        for ln in self.header:
            for m in DOC_NUMBER.finditer(ln.shadow):
                ctx = NumberContext(self.text, ln.pos + m.start(), ln.pos + m.end(), self.doc_start, self.doc_end,
                                    match=m)
                if decide("metadata", NUMBER_CANDIDATE_RULES, ctx).accepts:
                    s, e = ctx.start, ctx.end
                    red = RED_HEADER_WORD.search(self.text[s:e])
                    if red and red.end() < e - s:
                        s += red.end()  # 某市人民政府文件 新政发〔2021〕19号: the red header is no part of it
                    return Found(_squash(self.cut(s, e)), (s, e))
        return None

    @cached_property
    def order(self) -> tuple[Found, Found] | None:
        """某人民政府令 / 第82号 (on one line or two): the order's number, and the government issuing it."""
        for a, b in zip(self.header, self.header[1:] + [Line(self.doc_end, "", "")]):
            one = ORDER_ONE_LINE.match(a.shadow.strip())
            two = ORDER_LINE.match(a.shadow.strip()) and ORDER_NUMBER.match(b.shadow.strip())
            if not (one or two):
                continue
            m = one or ORDER_LINE.match(a.shadow.strip())
            s = a.pos + len(a.shadow) - len(a.shadow.lstrip())
            org = m.group("org")
            if not is_org_name(org):
                return None
            end = b.pos + len(b.text) if two else a.pos + len(a.text)
            return (Found(_squash(self.cut(s, end)), (s, end)),
                    Found(split_issuers(self.cut(s, s + len(org)), org), (s, s + len(org))))
        return None

    @cached_property
    def table_number(self) -> Found | None:
        f = self._table("doc_number")
        if f and DOC_NUMBER.search(_squash(self.text[f.span[0]:f.span[1]])):
            return Found(_squash(f.value), f.span)
        return None

    # -- titles

    @cached_property
    def title_line(self) -> tuple[int, Found] | None:
        """The first header line that holds 关于/印发/转发 and reads as a title, joined across lines."""
        for i, ln in enumerate(self.header):
            verb = ISSUING_VERB.search(ln.shadow)
            if not verb or ("关于" not in ln.shadow and ln.shadow[:verb.start()].strip()
                            and not is_org_name(ln.shadow[:verb.start()])):
                continue  # 印发 / 转发 start a title, or follow its issuers
            ctx = TitleLineContext(self.text, ln.pos, ln.pos + len(ln.text), self.doc_start, self.doc_end)
            if decide("metadata", TITLE_LINE_RULES, ctx).rejects:
                continue
            title, last = _title_lines(self.header, i)
            return i, Found(title, (ln.pos, self.header[last].pos + len(self.header[last].text)))
        return None

    @cached_property
    def issuers_above(self) -> list[str]:
        if not self.title_line:
            return []
        j = self.title_line[0] - 1
        while j >= 0 and not self.header[j].shadow.strip():
            j -= 1  # blank lines between the issuer and the title
        above = []
        while j >= 0 and self.header[j].shadow.strip() and is_org_name(self.header[j].shadow):
            above.insert(0, self.header[j])
            j -= 1
        return [p for ln in above for p in split_issuers(ln.text.strip(), ln.shadow.strip())]

    @cached_property
    def guanyu_title(self) -> Found | None:
        if not self.title_line:
            return None
        title = self.title_line[1]
        value = title.value
        if TITLE_VERB_START.match(_shadow_of(value, self)) and self.issuers_above:
            value = "".join(self.issuers_above) + value
        return Found(_squash(value), title.span)

    @cached_property
    def run_on_title(self) -> Found | None:
        for ln in self.header:
            head_end = min(len(ln.shadow), RUN_ON_HEAD)
            for m in RUN_ON_TITLE.finditer(ln.shadow, 0, head_end, overlapped=True):
                before = ln.shadow[:m.start()]
                if before and not RUN_ON_FROM.search(before):
                    continue
                t = m.group("t")
                if t.count("《") != t.count("》") or before.count("《") != before.count("》"):
                    continue
                if BODY_SENTENCE.search(t) or t.startswith(BODY_OPENERS):
                    continue
                s, e = ln.pos + m.start(), ln.pos + m.end()
                return Found(_squash(self.cut(s, e)), (s, e))
        return None

    @cached_property
    def run_on_kind_title(self) -> Found | None:
        """A line that starts with a title ending in its kind and runs on into the preamble."""
        for ln in self.header:
            m = RUN_ON_KIND_TITLE.match(ln.shadow)
            if m and not BODY_SENTENCE.search(m.group("t")) and not m.group("t").startswith(BODY_OPENERS):
                s, e = ln.pos + m.start("t"), ln.pos + m.end("t")
                return Found(_squash(self.cut(s, e)), (s, e))
        return None

    @cached_property
    def quoted_title(self) -> Found | None:
        """《…的通知》 on a line of its own (after the number), as web copies print the title."""
        for ln in self.header:
            body = _strip_number_before(ln.shadow.strip())
            m = QUOTED_TITLE.match(body)
            if m:
                off = ln.shadow.index(body) + 1
                s = ln.pos + off
                return Found(_squash(self.cut(s, s + len(m.group("t")))), (s, s + len(m.group("t"))))
        return None

    @cached_property
    def table_title(self) -> Found | None:
        f = self._table("title")
        if f and TITLE_END.search(_squash(self.text[f.span[0]:f.span[1]])):
            return Found(_squash(f.value), f.span)
        return None

    @cached_property
    def kind_title(self) -> Found | None:
        """A short line ending with the kind of document, joined with the line above
        when the title was broken over lines (鄂尔多斯市进一步完善医疗卫生 / 服务体系实施方案)."""
        hdr = self.header
        for i, ln in enumerate(hdr):
            body = _strip_site_prefix(ln.shadow.strip())
            if len(body) < TITLE_MIN or len(body) > TITLE_PART_MAX or body.endswith(("：", ":")) \
                    or not TITLE_END.search(body) or ORDER_LINE.match(body):
                continue
            if SENTENCE_PUNCT.search(body):
                continue  # 附件：… / a sentence
            body_start = s = ln.pos + ln.shadow.index(body)
            e = ln.pos + len(ln.text.rstrip())
            j = i - 1
            while j >= 0 and not hdr[j].shadow.strip():
                j -= 1
            fragment = ""  # the first part of a title broken over lines
            if j >= 0 and _title_fragment(hdr[j].shadow.strip()):
                fragment, s = _squash(hdr[j].text), hdr[j].pos + len(hdr[j].shadow) - len(hdr[j].shadow.lstrip())
            value = fragment + _squash(self.cut(body_start, e))
            nxt = next((x.shadow.strip() for x in hdr[i + 1:] if x.shadow.strip()), "")
            if PERIOD_LINE.match(nxt):
                value += _squash(nxt)
            return Found(value, (s, e))
        return None

    @cached_property
    def first_line_title(self) -> Found | None:
        """A short first line with no sentence punctuation that titles the page (…完成情况, …进度表)."""
        lines = [ln for ln in self.lines if ln.shadow.strip()]
        if len(lines) < 2:
            return None
        ln = lines[0]
        body = ln.shadow.strip()
        if not TITLE_MIN <= len(body) <= FIRST_LINE_TITLE_MAX or not PAGE_TITLE_START.match(body) \
                or SENTENCE_PUNCT.search(body) or NOT_IN_PAGE_TITLE.search(body) or FILE_NAME.search(body) \
                or ORDER_LINE.match(body) or is_org_name(body) or DOC_NUMBER.search(body) or DATE.search(body) \
                or NUMERIC_DATE.search(body):
            return None
        s = ln.pos + ln.shadow.index(body)
        return Found(_squash(self.cut(s, s + len(body))), (s, s + len(body)))

    # -- issuers

    @cached_property
    def title(self) -> Found | None:
        rule = first(TITLE_RULES, self)
        return rule.when(self) if rule and rule.accepts else None

    @cached_property
    def issuer_below_title(self) -> Found | None:
        """Law databases print the title, the issuer on a line of its own, then the title again."""
        if not self.title:
            return None
        hdr = [ln for ln in self.header if ln.shadow.strip()]
        for k, ln in enumerate(hdr[:-2]):
            if not _ends_title(ln.shadow.strip()):
                continue
            k += 1
            if hdr[k].shadow.lstrip().startswith(("（", "(")):  # （2025年1月15日…会议通过）
                while k < len(hdr) - 2 and not hdr[k].shadow.rstrip().endswith(("）", ")")):
                    k += 1
                k += 1
            org, after = hdr[k], hdr[k + 1] if k + 1 < len(hdr) else None
            if is_org_name(org.shadow) and after is not None and not DATE.search(_zero(after.shadow)):
                s = org.pos + len(org.text) - len(org.text.lstrip())
                return Found(split_issuers(org.text.strip(), org.shadow.strip()), (s, s + len(org.text.strip())))
        return None

    @cached_property
    def red_header_issuer(self) -> Found | None:
        for ln in self.header[:3]:
            m = RED_HEADER.match(ln.shadow.strip())
            if m and is_org_name(m.group("org")):
                s = ln.pos + len(ln.shadow) - len(ln.shadow.lstrip())
                return Found(split_issuers(self.cut(s, s + len(m.group("org"))), m.group("org")),
                             (s, s + len(m.group("org"))))
        return None

    @cached_property
    def table_issuer(self) -> Found | None:
        f = self._table("issuer")
        if f and is_org_name(self.text[f.span[0]:f.span[1]]):
            return Found(split_issuers(f.value, self.text[f.span[0]:f.span[1]]), f.span)
        return None

    @cached_property
    def source_issuer(self) -> Found | None:
        f = self._table("source")
        if f and is_org_name(self.text[f.span[0]:f.span[1]]):
            return Found([_squash(f.value)], f.span)
        return None

    @cached_property
    def title_issuers(self) -> Found | None:
        """The issuers a title names before 关于/印发/转发 (中共…办公室…人民政府办公室印发《…》的通知)."""
        if not self.title:
            return None
        title = self.title.value
        sh = _shadow_of(title, self)
        head = ISSUING_VERB.split(sh, 1)[0]
        if head and is_org_name(head):
            return Found(split_issuers(title[:len(head)], head), self.title.span)
        return None

    # -- dates

    @cached_property
    def dates(self) -> list[tuple[Rule, DateContext]]:
        """Every date of the document with the rule that decided it, in order."""
        reading = _zero(self.text)
        out = []
        for rx, numeric in ((DATE, False), (NUMERIC_DATE, True)):
            for m in rx.finditer(reading, self.doc_start, self.doc_end):
                if SENTENCE_GOES_ON.match(reading, m.end(), min(m.end() + LABEL_WINDOW, self.doc_end)) \
                        and not LABEL_BEFORE.search(reading, max(self.doc_start, m.start() - LABEL_WINDOW), m.start()):
                    note("metadata", m.span(), IN_SENTENCE)  # 2020年7月17日，…: decided without reading more
                    continue
                ctx = DateContext(reading, m.start(), m.end(), self.doc_start, self.doc_end, match=m, numeric=numeric)
                if ctx.value is None:
                    continue
                out.append((decide("metadata", DATE_CANDIDATE_RULES, ctx), ctx))
        out.sort(key=lambda x: x[1].start)
        return out

    def _date(self, rule_names: tuple[str, ...], after: int | None = None, before: int | None = None) -> Found | None:
        for rule, ctx in self.dates:
            if rule.name in rule_names and (after is None or ctx.start >= after) \
                    and (before is None or ctx.start < before):
                return Found(ctx.value, ctx.span)
        return None

    @cached_property
    def header_end(self) -> int:
        last = self.header[-1] if self.header else None
        return last.pos + len(last.text) if last else self.doc_start

    @cached_property
    def body_from(self) -> int:
        """Where the signature may start: after the title, when one is printed."""
        if self.title and self.title.span[0] > self.doc_start:
            return self.title.span[0]
        return self.doc_start

    @cached_property
    def signature(self) -> Found | None:
        return (self._date(("signature-date", "publicity-date"), self.body_from)
                or self._date(("signature-date", "publicity-date")))

    @cached_property
    def signers(self) -> Found | None:
        if not self.signature:
            return None
        s = self.signature.span[0]
        ln_i = next(i for i, ln in enumerate(self.lines) if ln.pos <= s <= ln.pos + len(ln.text))
        ln = self.lines[ln_i]
        head = ln.shadow[:s - ln.pos].strip()
        if head and is_org_name(head):
            a = ln.pos + len(ln.shadow) - len(ln.shadow.lstrip())
            return Found(split_issuers(self.cut(a, a + len(head)), head), (a, a + len(head)))
        if head:
            return None
        above = _signers_above(self.lines, ln_i)
        if not above:
            return None
        names = [p for x in above for p in split_issuers(x.text.strip(), x.shadow.strip())]
        return Found(names, (above[0].pos, above[-1].pos + len(above[-1].text)))

    @cached_property
    def printing(self) -> tuple[date | None, str | None]:
        for rule, ctx in self.dates:
            if rule.name == "printing-date":
                head = self.printed[ctx.line_start:ctx.start].strip()
                return ctx.value, (_squash(head) or None)
        return None, None


@lru_cache(maxsize=2)
def _zero(s: str) -> str:
    """The text with 二OO六年's letter O read as 〇 (same length); once per text, not per document."""
    return LETTER_ZERO.sub("〇", s)


def _shadow_of(value: str, ctx: MetaContext) -> str:
    """The simplified form of a string read from a traditional-script document (same length)."""
    from .script import character_table  # the table the document's shadow was made with

    return value.translate(character_table()) if ctx.text is not ctx.printed else value


def _title_fragment(s: str) -> bool:
    """Whether a line reads as the first part of a title broken over lines."""
    return (TITLE_FRAGMENT_MIN <= len(s) <= TITLE_PART_MAX and not SENTENCE_PUNCT.search(s)
            and not s.startswith(("（", "(", "【", "[")) and not PUBLICITY.match(s)
            and not TITLE_END.search(s) and not is_org_name(s) and not DATE.search(s) and not DOC_NUMBER.search(s)
            and not regex.search(r"[|｜\t《》]", s) and not NUMERIC_DATE.search(s))


def _signers_above(lines: list[Line], i: int) -> list[Line]:
    """The organisations signing above line ``i``: one per line, blank lines between
    them allowed (党政联合发文 stacks 中共…委办公室 over …人民政府办公室)."""
    out: list[Line] = []
    k = i - 1
    while k >= 0:
        ln = lines[k]
        if ln.shadow.strip() and not is_org_name(ln.shadow):
            break
        if ln.shadow.strip():
            out.insert(0, ln)
        k -= 1
    return out


def _title_lines(lines: list[Line], first_i: int) -> tuple[str, int]:
    """Join a title broken over lines, starting at ``lines[first_i]``; returns it and its last line."""
    parts, shadows, i, last = [], [], first_i, first_i
    while i < len(lines) and len(parts) < 5:
        ln = lines[i]
        if not ln.shadow.strip():
            i += 1
            continue
        sh = ln.shadow.strip()
        if parts and (sh.endswith(("：", ":")) or DATE.search(sh) or len(sh) > TITLE_PART_MAX
                      or SENTENCE_PUNCT.search(sh) or DOC_NUMBER.search(sh) or is_org_name(sh)):
            break
        off = len(ln.shadow) - len(ln.shadow.lstrip())
        parts.append(ln.text.strip())
        shadows.append(ln.shadow[off:off + len(sh)])
        last = i
        joined = "".join(shadows)
        balanced = joined.count("《") == joined.count("》")
        if balanced and (_ends_title(_strip_number(joined)) or _ends_title(_strip_page_date(joined))):
            break
        i += 1
    text, shadow = "".join(parts), "".join(shadows)
    return _strip_title(text, shadow), last


def _ends_title(s: str) -> bool:
    """Whether a (shadow) string ends a title: the kind of document, not a cited title's 》."""
    s = s.rstrip()
    if s.endswith("》") and not s.startswith("《"):
        return False
    return bool(TITLE_END.search(s.rstrip("》")))


def _strip_title(text: str, shadow: str) -> str:
    """A title without the site's prefix, markdown, a trailing number or page date."""
    a, b = _site_span(shadow)
    body, text = shadow[a:b], text[a:b]
    stripped = _strip_number(body)
    text = text[:len(stripped)]
    return text[:len(_strip_page_date(stripped))].rstrip()


def _strip_page_date(s: str) -> str:
    """``关于…的报告 ( 2025年01月23日 )``: the title without the date a site printed after it."""
    m = TRAILING_PAGE_DATE.search(s)
    return s[:m.start()].rstrip() if m and _ends_title(s[:m.start()]) else s


def _strip_site_prefix(s: str) -> str:
    """``XX政策:关于…`` / ``（转载）…`` / ``# **…**``: the title without what the site put around it."""
    a, b = _site_span(s)
    return s[a:b]


def _site_span(s: str) -> tuple[int, int]:
    """Where a title lies inside what the site put around it (prefixes, markdown, spaces)."""
    a, b = 0, len(s.rstrip())
    while a < b and s[a].isspace():
        a += 1
    for _ in range(3):
        m = SITE_PREFIX.match(s[a:b])
        if not m:
            break
        after = s[a + m.end():b]
        rest = a + m.end() + len(after) - len(after.lstrip())
        if b - rest < 4:
            break
        a = rest
    m = MARKDOWN_END.search(s, a, b)
    if m:
        b = len(s[:m.start()].rstrip())
    return a, b


_BRACKETED_NUMBER_AT_END = regex.compile(r"\s*[（(]\s*" + DOC_NUMBER.pattern + r"\s*[）)]\s*$")


def _strip_number(title: str) -> str:
    """Drop a trailing bracketed document number: ``…的通知 (宜府办字[2020]13号)``."""
    m = _BRACKETED_NUMBER_AT_END.search(title)
    if m:
        return title[: m.start()]
    m = DOC_NUMBER.search(title)
    if m and m.end() == len(title.rstrip()) and m.start() > 0:
        return title[: m.start()].rstrip()
    return title


def _strip_number_before(s: str) -> str:
    """Drop a leading document number: ``京政办发〔2016〕26号《…的通知》``."""
    m = DOC_NUMBER.match(s)
    return s[m.end():].strip() if m else s


# ---------------------------------------------------------------- field strategies

NUMBER_RULES: tuple[Rule, ...] = (
    accept("header-number", lambda c: c.header_number, "〔2021〕88号 in the header or after the title"),
    accept("order-number", lambda c: c.order and c.order[0], "某人民政府令第82号: the number of a government order"),
    accept("disclosure-table-number", lambda c: c.table_number, "文号 / 发文字号 in a site's disclosure table"),
    reject("no-number", always, "no 发文字号 is printed"),
)
TITLE_RULES: tuple[Rule, ...] = (
    accept("collection-label", lambda c: c.label and Found(c.label, (c.doc_start, c.doc_start + len(c.label))),
           "a page of sample documents: the label line that starts each"),
    accept("disclosure-table-title", lambda c: c.table_title, "标题 / 名称 in a site's disclosure table"),
    accept("quoted-title-line", lambda c: c.quoted_title, "《…的通知》 on a line of its own in a web copy"),
    accept("title-line-guanyu", lambda c: c.guanyu_title,
           "关于…的通知, joined with the issuer printed right above it"),
    accept("kind-ending-title", lambda c: c.kind_title,
           "a line ending with the kind of document (…实施方案): the title, or the issued document's"),
    accept("run-on-title", lambda c: c.run_on_title, "…〔2021〕19号关于印发…的通知各县: a header whose line breaks were lost"),
    accept("run-on-kind-title", lambda c: c.run_on_kind_title,
           "…行动计划(2021-2022年)为提高…: a title that runs on into the preamble (a site's 1、 before it)"),
    accept("first-line-title", lambda c: c.first_line_title, "a short first line without punctuation titles the page"),
    reject("no-title", always, "no title is printed"),
)
ISSUER_RULES: tuple[Rule, ...] = (
    accept("issuer-above-title", lambda c: c.issuers_above
           and (not c.title_issuers or c.title_issuers.value == c.issuers_above)
           and Found(c.issuers_above, c.title_line[1].span),
           "the issuing offices printed on the lines right above the title (unless the title names others)"),
    accept("issuer-below-title", lambda c: c.issuer_below_title,
           "a law database's layout: title, the issuer on a line of its own, the title again"),
    accept("red-header-issuer", lambda c: c.red_header_issuer, "某市人民政府文件: the red header names the issuer"),
    accept("disclosure-table-issuer", lambda c: c.table_issuer, "发文机关 / 发布单位 in a site's disclosure table"),
    accept("signature-issuer", lambda c: c.signers, "the offices signing above the 成文日期"),
    accept("order-issuer", lambda c: c.order and c.order[1], "某人民政府令第82号: the government that issues the order"),
    accept("title-issuer", lambda c: c.title_issuers, "the issuers a title names before 关于 / 印发"),
    accept("source-row-issuer", lambda c: c.source_issuer, "来源：某市人民政府办公厅: the page names the issuing office"),
    reject("no-issuer", always, "no issuer in the header, the signature or the title (a news lead does not count)"),
)
DATE_RULES: tuple[Rule, ...] = (
    accept("signature-date", lambda c: c.signature, "the 成文日期 under the signature"),
    accept("disclosure-date-row", lambda c: c._date(("disclosure-date-row",)), "成文日期 in a site's table"),
    accept("adoption-date", lambda c: c._date(("adoption-date",)), "the date a rule was adopted"),
    accept("printing-date", lambda c: c._date(("printing-date",)), "only the printing date is printed"),
    reject("undated", always, "nothing dates the document (a page's own date does not)"),
)
PUBLISHED_RULES: tuple[Rule, ...] = (
    accept("page-publication-date", lambda c: c._date(("page-publication-date",), before=c.header_end),
           "发布时间 / 发布日期 / 日期： of the web page, above the text (a 完成时间： in the body is no page date)"),
    reject("no-page-date", always, "the page prints no date of its own"),
)


def _field(rules: tuple[Rule, ...], ctx: MetaContext, name: str, chosen: dict[str, str]) -> Found | None:
    """The value the first applicable strategy finds; traced at the span it was read from."""
    rule = first(rules, ctx)
    found = rule.when(ctx) if rule.accepts else None
    if found:  # a field left empty has no place in the text to explain
        note("metadata", found.span, rule)
        chosen[name] = rule.name
    return found


def _recipients(header: list[Line], after: int) -> list[str]:
    """主送: the first line after ``after`` that ends with ： and names addressees."""
    for ln in header:
        line, sh = ln.text, ln.shadow
        if ln.pos > after and sh.endswith(("：", ":")) and len(sh) < 200 and "关于" not in sh \
                and ADDRESSEE.search(sh):
            return split_addressees(line[:-1])
    return []


def read_metadata(text: str, start: int, end: int, sections: list[Section], label: str | None = None,
                  shadow: str | None = None) -> Metadata:
    """The metadata of the document at ``text[start:end]``; patterns match ``shadow``
    (the text in simplified script, same length) when given."""
    shadow = text if shadow is None else shadow
    lines = _lines(text, shadow, start, end)
    header_end = sections[0].span[0] if sections else None
    header = lines[:HEADER_LINES] if header_end is None else [x for x in lines if x.pos < header_end]
    ctx = MetaContext(shadow, start, start, start, end, printed=text, lines=lines, header=header, label=label)
    chosen: dict[str, str] = {}
    number = _field(NUMBER_RULES, ctx, "doc_number", chosen)
    title = _field(TITLE_RULES, ctx, "title", chosen)
    issuer = _field(ISSUER_RULES, ctx, "issuer", chosen)
    signed = _field(DATE_RULES, ctx, "date", chosen)
    published = _field(PUBLISHED_RULES, ctx, "published", chosen)
    issuers = list(issuer.value) if issuer else []
    title_pos = title.span[0] if title else start
    recipients = _recipients(header, title_pos) or _recipients(header, start - 1)
    printed, printed_by = ctx.printing
    cc: list[str] = []
    publicity = None
    for ln in lines:
        m = CC_LINE.match(ln.shadow)
        if m:
            cc = split_addressees(ln.text[m.start("list"):m.end("list")])
        p = PUBLICITY.match(ln.shadow)
        if p and publicity is None:
            publicity = _squash(ln.text[p.start("p"):p.end("p")])
    title_value = title.value if title else None
    cited = []
    seen = set()
    for m in CITED.finditer(text, start, end):
        t = m.group("t")
        if t in seen or (title_value and t in title_value and not m.group("n")):
            continue
        seen.add(t)
        cited.append(CitedDocument(title=t, doc_number=_squash(m.group("n")) if m.group("n") else None,
                                   span=(m.start(), m.end())))
    return Metadata(
        doc_number=number.value if number else None,
        title=title_value,
        issuer="、".join(issuers) or None,
        issuers=issuers,
        recipients=recipients,
        date=signed.value if signed else None,
        published=published.value if published else None,
        printed_by=printed_by,
        printed_date=printed,
        cc=cc,
        publicity=publicity,
        cited_documents=cited,
        rules=chosen,
    )
