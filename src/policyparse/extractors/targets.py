"""Targets: quantitative commitments — things to build, cultivate, train or
select, and levels, rates, areas or shares to reach.

A candidate is a number with a unit of the lexicon below (``1000亩``, ``80%``,
``1-2家``, ``1.8万张``), a count in Chinese numerals (``三所``, ``两个``), or a
rate or ratio printed without a unit after a comparator (``医护比不低于1:1.2``,
``控制在0.011以内``).  Its clause decides whether it is a commitment:

* a comparator right before it (达到, 不低于, 控制在 …) or after it (以上, 左右);
* a verb of building or cultivating before it in its clause (建成, 培育, 打造 …);
* a list that shares one verb: ``建成市级园区20个、省级园区5个`` gives two;
* ``80%的中医馆…`` in a sentence that commits (力争, 到2023年 …);
* a measured level in a sentence that commits (``确保粮食播种面积8000万亩``) and
  its breakdown after ``其中``;
* a doubling (``比2010年翻一番``: 1 番), a service's time limit (``5个工作日内办结``:
  at most 5 个工作日; ``5个工作日内报送`` is a step of a procedure), ``至少`` before the
  verb of a count (``每年至少开展2次``);
* a value under a table column that states the row's target (``2026年目标``,
  ``全年目标``; the row's 指标 or 项目 cell names it when the cell holds only the value,
  and a caption such as ``表一 2024年…`` dates it).

Each candidate is decided by the first rule of :data:`TARGET_RULES` that
applies; the accepting rule's name is the record's ``rule``.

Before that, :data:`QUANTITY_RULES` set aside what is no quantity: money
(``500万元``), stretches of time (``3个月``), numbers in names (``206国道``).

Not targets: results reported under ``完成情况``, in a progress cell of a
table or under a ``全年完成`` / ``实际完成`` column, money (funding), conditions and thresholds
(``建筑面积在500平方米以下的``), numbers that only qualify a noun before the
counted one (``建成500亩以上…基地5个``), subsidy caps, counts of what exists
(``现有养老机构12家``), staffing changes (``调整为5名``), ages and durations
(岁, 年 and 个月 are not units here), and numbers in names (``第66次``).
"""
from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import dataclass

import regex

from ..grammar.brackets import is_open_at
from ..grammar.commitments import (
    BUILD_VERBS, COMMIT_VERBS, GOAL_WORDS, HEDGES, LEADING_ONLY, LEADING_VERB, ACHIEVEMENT_HEADING, words,
)
from ..grammar.comparators import PREFIX_WORD, SUFFIX_COMPARATORS, comparator_of
from ..grammar.markers import match_marker
from ..grammar.numerals import CN_NUMERAL_CHARS, number_value
from ..models import Deadline, Target
from ..rules import Context, Rule, accept, always, cached_property, decide, pattern, reject
from ..tables import ColumnCell, column_cells
from . import CONTEXT_LIMIT, DocumentView, heading_path, paragraph_start

# Units of measure and count, as printed in the targets of published plans and notices
# (area, length, weight, counts, shares, concentrations); longest first when compiled.
UNITS: tuple[str, ...] = (
    "%", "％", "‰", "个百分点", "百分点",
    "亩", "公顷", "平方米", "平方公里", "㎡", "立方米", "公里", "千米", "米", "吨", "千瓦", "兆瓦",
    "个学时", "学时", "课时", "小时", "分钟", "个工作日", "工作日", "场次", "人次", "人", "名", "位", "户",
    "家", "个", "所", "项", "部", "分", "斤", "公斤", "千克", "微克/立方米", "毫克/升", "微克每立方米", "毫克每升", "/10万", "/十万", "岁",
    "次", "处", "座", "条", "支", "批", "台", "套", "种", "类", "场", "期", "床", "张", "间", "栋",
    "辆", "本", "册", "篇", "件", "门", "株", "头", "只", "对", "村", "镇", "条", "级", "倍",
)
UNIT_PREFIXES = ("万", "亿", "千", "百")
NUMBER = r"[0-9０-９]+(?:[.．][0-9０-９]+)?"
RANGE_SEP = r"\s*(?:[-—–－~～]|至|到)\s*"
UNITLESS_AFTER = "不低于|不高于|不超过|控制在|保持在|稳定在|低于|达到"
CN_COUNT = r"(?:[二两三四五六七八九]|十[一二三四五六七八九]?|[二三四五六七八九]十[一二三四五六七八九]?)"
# Not 大: 十九大, 三大攻坚战, 七大药材生产基地 name things more often than they count them.
CN_COUNT_UNITS = ("个", "所", "家", "项", "座", "处", "条", "支")
CANDIDATE = regex.compile(
    rf"(?<![0-9０-９.．A-Za-z第/:：+\-—])(?P<n1>{NUMBER})(?:{RANGE_SEP}(?P<n2>{NUMBER}))?(?:余|多)?"
    rf"(?P<unit>(?:{'|'.join(UNIT_PREFIXES)})?(?:{'|'.join(sorted(map(regex.escape, UNITS), key=len, reverse=True))}))"
    r"(?P<per>/人|/户|/千人|/10万|/十万|/万人|/千名)?"
    r"(?P<included>[（(]含[）)])?(?P<suffix>以上|以内|以下|左右|(?<=工作日)内)?"  # 85分(含)以上, 14个工作日内
    # 三所学校, 两大产业集群: a count in Chinese numerals (from two up: 一个 is "a")
    rf"|(?<![{CN_NUMERAL_CHARS}第每几这那前后头])(?P<n1>{CN_COUNT})(?P<unit>{'|'.join(CN_COUNT_UNITS)})"
    rf"(?=[\p{{Han}}“\"])"
    # 比2010年翻一番: doubling (翻两番: quadrupling), counted in 番
    r"|(?<=翻)(?P<n1>[一两二三])(?P<unit>番)"
    # 医护比不低于1:1.2, 死亡率控制在0.011以内: a rate or ratio printed without a unit
    rf"|(?<=(?:{UNITLESS_AFTER})\s*)(?:1\s*[:：∶]\s*)?(?P<n1>{NUMBER})(?P<unit>)(?P<suffix>以上|以内|以下)?"
    r"(?=[，,。；;、)）\s]|$)"
)
NOT_A_UNIT_AFTER = regex.compile(r"^(?:月|周岁|年|天|日|百分比|号|楼|层|国道|省道|线)")
MONEY_AFTER = regex.compile(r"^(?:元|余元|万元|亿元)")

_PREFIX_RE = regex.compile(rf"{PREFIX_WORD.pattern}(?:到|至|为|在|有)?\s*$")
EXISTING = regex.compile(r"现有|已有|已建成|已建|已经|共有|目前|截至|截止|去年|上年|原有|同比|比上年|增长了|为基期")
CONDITION_BEFORE = regex.compile(r"(?:在|为|面积|规模|总量)\s*$")
CAP_CONTEXT = regex.compile(r"(?:补贴|补助|奖补|奖励|资助).{0,10}(?:最高|不超过)|(?:最高|不超过).{0,6}(?:补贴|补助|奖补|奖励)")
STAFFING = regex.compile(r"(?:调整为|核定为?|编制为?|定编为?|核减|核增)\s*$")
# 年产1万吨…: the capacity of a project, not a target.
CAPACITY = regex.compile(r"(?:年产|日产|年产能|年处理|日处理|年加工|年吞吐|设计产能|产能)\s*$")
# 占到GDP的10%, 占服务业增加值比重超过13%
SHARE = regex.compile(r"占(?:到)?[^，。；,;]{1,20}的\s*$")
TIME_UNITS = frozenset({"小时", "学时", "个学时", "课时", "分钟"})
PAST_CONTEXT = regex.compile(r"同比|上年|基期|增长了")
COMMITTING_SENTENCE = regex.compile(
    rf"{words(HEDGES, GOAL_WORDS, ('实现', '达到', '建成', '创建'))}|到\s*(?:[0-9０-９]{{4}}|20[xX]{{2}}|[xX]{{4}})\s*年"
)
SCOPE_WORDS = regex.compile(r"^(?:全市|全区|全县|全省|全州|全镇|各县（区）|各县\(区\)|各县区|各地|其中|力争|争取|确保|并|同时|要|将|，|、|\s)+")
CLAUSE_SEPARATORS = "，,；;。：:！？\n|\t"  # | and tabs split table cells
SENTENCE_END = regex.compile(r"[。！？\n]")
NOUN_START = regex.compile(r"[\p{Han}“\"A-Za-z]")
LEADING_BRACKET = regex.compile(r"^(?:[（(][^（）()]*[）)]|[）)]+)")  # a note right after the number
DIGIT = regex.compile(r"[0-9０-９]")
NOT_A_LIST_CLAUSE = regex.compile(r"[0-9０-９]|是|要|将|和")
JOINED = regex.compile(r"[和及与、并]")  # 500亩和5个: two counts, not a qualifier and its count
# Where the counted noun after a number ends: a separator, the next number, or the verb
# of what it is counted for (遴选2家机构开展试点, 选派5名教师到乡村学校支教).
NOUN_END = regex.compile(r"[、，,；;。（(]|(?<=.)(?:和|及)?(?=[0-9０-９])|(?<=.)(?=(?:开展|到|参加|参与|进行)\p{Han})|$")
NOUN_NOISE = regex.compile(r"^的|建设$")
TO_LEAD = regex.compile(r"力争到|争取到|到|至")
# 到2025年 / 力争2025年: a year a target is due by, which a review of the past does not name.
FUTURE_YEAR = pattern(r"(?:到|至|力争|争取|确保)\s*(?:[0-9０-９]{4}|20[xX]{2})\s*年")
SET_OFF = regex.compile(r"\s*[，,]")  # used with match(text, pos) right after a time: 2025年，


@dataclass
class _Candidate:
    start: int
    end: int
    match: regex.Match
    item_start: int  # start of its 、-separated item
    clause_start: int
    clause_end: int
    quoted: bool = False  # inside “…” within its clause: part of a slogan or name


def _clause_bounds(text: str, start: int, end: int, pos: int) -> tuple[int, int]:
    s = pos
    depth = 0
    start = max(start, pos - 300)  # clauses are short; this keeps long runs linear
    end = min(end, pos + 300)
    while s > start:
        ch = text[s - 1]
        if ch in "）)":
            depth += 1
        elif ch in "（(":
            if depth == 0:
                break
            depth -= 1
        elif ch in CLAUSE_SEPARATORS and depth == 0:
            break
        s -= 1
    e = pos
    while e < end and text[e] not in CLAUSE_SEPARATORS:
        e += 1
    return s, e


def _item_start(text: str, clause_start: int, pos: int) -> int:
    i = pos
    depth = 0
    while i > clause_start:
        ch = text[i - 1]
        if ch in "）)":
            depth += 1
        elif ch in "（(":
            depth = max(0, depth - 1)
        elif ch == "、" and depth == 0:
            break
        i -= 1
    return i


@dataclass
class NumberContext(Context):
    """A number with a unit, before it is read as a count or level: what follows it."""

    match: regex.Match | None = None

    @cached_property
    def unit(self) -> str:
        return self.match.group("unit")

    @cached_property
    def following(self) -> str:
        return self.text[self.end:self.end + UNIT_WINDOW]


UNIT_WINDOW = 4  # how far after a number its rules read (个|月, 万|元, 206|国道)

# Whether a number with a unit is a quantity at all; the targets' first question.
QUANTITY_RULES: tuple[Rule, ...] = (
    reject("months-or-workdays", lambda c: c.unit == "个" and c.following.startswith(("月", "工作日", "百分点")),
           "3个月 / 15个工作日: a stretch of time, not a count"),
    reject("money", lambda c: MONEY_AFTER.match(c.following) and not c.match.group("suffix"),
           "500万元: money is funding, not a target"),
    reject("in-a-name", lambda c: NOT_A_UNIT_AFTER.match(c.following) and not c.match.group("suffix"),
           "206国道 / 3号楼 / 65周岁 / 5年: a number in a name, an age or a time, not a quantity"),
    reject("points", lambda c: c.unit == "分" and not c.match.group("suffix"),
           "扣2分 / 5分钟: 分 is a score only with 以上/以下 (85分以上)"),
    accept("quantity", always, "a number with a unit of measure or count"),
)


def _candidates(view: DocumentView) -> list[_Candidate]:
    text = view.shadow
    out = []
    for m in CANDIDATE.finditer(text, view.start, view.end):
        if decide("target", QUANTITY_RULES, NumberContext(text, m.start(), m.end(), view.start, view.end,
                                                          match=m)).rejects:
            continue
        cs, ce = _clause_bounds(text, view.start, view.end, m.start())
        out.append(_Candidate(m.start(), m.end(), m, _item_start(text, cs, m.start()), cs, ce,
                              quoted=is_open_at(text[cs:m.start()], "“", "”")))
    return out


# A comparison with a named reference between it and the number: 高于城镇居民1个百分点.
COMPARISON_AHEAD = pattern(r"(?P<word>高于|低于)[^，。；、0-9０-９]{1,12}$")
# What a service's time limit is for (14个工作日内完成审批, 5个工作日内办结): a standard the
# service commits to; 5个工作日内报送 is a step of a procedure, not a target.
SERVICE_DONE = pattern(r"办结|审批|审核|完成|办理|答复|作出|出具|兑现|拨付|发放|受理|处理")
# An adverb of at least before the verb of the count: 每年至少开展2次, 每天至少参加1小时.
AT_LEAST_BEFORE_VERB = pattern(r"(?:至少|最少)[\p{Han}]{1,2}$")
# 设一等奖3名: a clause that opens with 设 and names a prize sets up places to award
# (设主任1名 is staffing, 设施 a facility).
SET_UP = pattern(r"^\s*(?:共|拟|每年|各)?设(?=[^，。；、设]{0,8}?奖)")
HEDGE = pattern(r"确保|力争|争取|努力")
# A measured quantity named right before its number: 播种面积8000万亩, 年产量50万吨.
MEASURE_BEFORE = pattern(r"(?:面积|产量|总量|规模|数量|人数|里程|长度|容量)\s*$")
# A result reported, not a commitment: a 完成情况： line, or a table cell that
# reports progress (1-9月份…, 目前正在…, 已全部竣工).
REPORT_LABEL = pattern(r"^\s*(?:完成情况|进展情况|工作成效|取得成效|落实情况)\s*[:：]")
REPORT_IN_CELL = pattern(r"完成情况|进展情况|取得成效|目前|正在|已全部|已完成|已经|[0-9０-９]+(?:\s*[-—–－至]\s*[0-9０-９]+)?\s*月份")
TABLE_CELL_SEP = "|\t"
# A table column that reports what was achieved: 全年完成, 完成情况, 实际完成值 (not 完成时限).
RESULT_COLUMN = pattern(r"完成(?!时限|时间|期限)|实际|执行情况|进展")
# A table column that states what each row is to reach: 2026年目标, 目标值, 预期目标.
TARGET_COLUMN = pattern(r"目标|预期")
CLAUSE_PUNCTUATION = pattern(r"[，,。；;：:]")
# 对全市34所学校实行…: the scope a measure applies to, not a count to reach.
SCOPE_OF_MEASURE = pattern(r"^\s*对(?!于)")
THRESHOLD_SUFFIXES = ("以上", "以下", "以内")
TARGET_SUFFIXES = {**SUFFIX_COMPARATORS, "内": "<="}  # 14个工作日内: a time limit, at most
PERCENT = ("%", "％")


@dataclass
class TargetContext(Context):
    """A number with a unit, and what the target rules read around it (in the shadow)."""

    cand: _Candidate | None = None
    later_in_item: bool = False  # another number follows in its 、-item
    list_verb: bool = False  # it continues a list whose first item was a target
    sentence: str = ""  # its paragraph up to the end of its sentence
    heading: str = ""  # the titles of the sections holding it (extractors.heading_path)
    column: ColumnCell | None = None  # the table cell holding it, under a header of column names

    @cached_property
    def left(self) -> str:
        return self.text[self.cand.clause_start:self.start]

    @cached_property
    def item_left(self) -> str:
        return self.text[self.cand.item_start:self.start]

    @cached_property
    def clause(self) -> str:
        return self.text[self.cand.clause_start:self.cand.clause_end]

    @cached_property
    def rest(self) -> str:
        """Its clause after it, without a note in brackets right after the number."""
        return LEADING_BRACKET.sub("", self.text[self.end:self.cand.clause_end])

    @cached_property
    def sentence_after(self) -> str:
        """Its sentence after it (at most :data:`CONTEXT_LIMIT` characters)."""
        end = SENTENCE_END.search(self.text, self.end, min(self.doc_end, self.end + CONTEXT_LIMIT))
        return self.text[self.end:end.start() if end else min(self.doc_end, self.end + CONTEXT_LIMIT)]

    @cached_property
    def unit(self) -> str:
        return self.cand.match.group("unit")

    @cached_property
    def suffix(self) -> str | None:
        return self.cand.match.group("suffix")

    @cached_property
    def share(self) -> bool:
        return self.unit in PERCENT

    @cached_property
    def share_of_what_follows(self) -> bool:
        """80%的中医馆…: a share of the noun after it."""
        return self.share and self.text.startswith("的", self.end)

    @cached_property
    def prefix(self) -> regex.Match | None:
        return _PREFIX_RE.search(self.item_left)

    @cached_property
    def comparator(self) -> str | None:
        """The comparator its words state: a suffix (以上, 左右) wins over a prefix (达到, 控制在)."""
        if self.suffix:
            return TARGET_SUFFIXES[self.suffix]
        if self.prefix:
            return comparator_of(self.prefix.group(0)) or ">="
        ahead = COMPARISON_AHEAD.search(self.item_left)
        if ahead:  # 增速高于城镇居民1个百分点
            return comparator_of(ahead.group("word"))
        return ">=" if SHARE.search(self.item_left) or AT_LEAST_BEFORE_VERB.search(self.item_left) else None

    @cached_property
    def cell(self) -> str:
        """The table cell (between | or tabs) or line that holds it."""
        lo = max(self.line_start, *(self.text.rfind(ch, self.line_start, self.start) + 1 for ch in TABLE_CELL_SEP))
        ends = [i for i in (self.text.find(ch, self.end, self.line_end) for ch in TABLE_CELL_SEP) if i >= 0]
        return self.text[lo:min(ends, default=self.line_end)]

    @cached_property
    def in_table(self) -> bool:
        return any(ch in self.line for ch in TABLE_CELL_SEP)


def _qualifies_a_noun(c: TargetContext) -> bool:
    nxt = c.text[c.end:c.end + 1]
    return c.later_in_item and bool(c.suffix) and bool(nxt) and NOUN_START.match(nxt) is not None and nxt not in "和及与、的"


# Whether a number with a unit is a target; tried in order, the first that applies decides.
TARGET_RULES: tuple[Rule, ...] = (
    reject("review-section", lambda c: ACHIEVEMENT_HEADING.search(c.heading) and not FUTURE_YEAR.search(c.sentence),
           "under …取得的工作进展 / 主要成效 (a review of the last period), with no 到YYYY年 in the sentence: a result"),
    reject("reported-result", lambda c: REPORT_LABEL.match(c.line)
           or (c.in_table and REPORT_IN_CELL.search(c.cell)),
           "完成情况：全市培训10万人次 / a table cell on progress: a result reported, not a commitment"),
    reject("result-column", lambda c: c.column and RESULT_COLUMN.search(c.column.column),
           "a cell under 全年完成 / 实际完成: a result reported beside its target, not a commitment"),
    reject("in-quotes", lambda c: c.cand.quoted,
           "“两个屏障” / “四个一百”: a number inside a quoted slogan or name"),
    reject("past-comparison", lambda c: PAST_CONTEXT.search(c.left), "同比 / 上年 / 基期: a change already measured"),
    reject("staffing", lambda c: STAFFING.search(c.left), "调整为5名 / 核定编制: a staffing change"),
    reject("capacity", lambda c: CAPACITY.search(c.item_left), "年产1万吨: the capacity of a project"),
    reject("subsidy-cap", lambda c: CAP_CONTEXT.search(c.clause), "最高补贴不超过500张床位: a subsidy cap"),
    reject("threshold", lambda c: not c.share and c.suffix in THRESHOLD_SUFFIXES and c.rest.startswith("的"),
           "建筑面积500平方米以下的: a threshold that sets a condition"),
    reject("condition", lambda c: not c.share and c.suffix and CONDITION_BEFORE.search(c.item_left)
           and c.rest.startswith("的"), "面积在500平方米左右的: a condition on what it applies to"),
    reject("qualifier", _qualifies_a_noun, "建成500亩以上…基地5个: qualifies a noun before the counted one"),
    reject("age", lambda c: c.unit == "岁" and (c.suffix or not c.prefix),
           "65岁以上老年人: an age that qualifies people (寿命达到80岁 is a target)"),
    reject("share-condition", lambda c: c.share_of_what_follows and not COMMITTING_SENTENCE.search(c.sentence),
           "对参保率达到90%以上的地区…: a share that sets a condition"),
    reject("procedure-step", lambda c: c.suffix == "内" and not SERVICE_DONE.search(c.sentence_after),
           "于5个工作日内报送: a step of a procedure, not a time limit a service commits to"),
    accept("comparator", lambda c: c.comparator, "达到 / 不低于 / 以上 / 控制在 / 左右: a level to reach"),
    accept("doubling", lambda c: c.unit == "番", "比2020年翻一番 / 翻两番: a level to double or quadruple"),
    reject("scope-of-measure", lambda c: SCOPE_OF_MEASURE.match(c.item_left),
           "对全市34所学校实行…: the scope a measure applies to"),
    reject("existing", lambda c: EXISTING.search(c.left), "现有养老机构12家: a count of what exists"),
    reject("time-qualifier", lambda c: c.unit in TIME_UNITS, "提供24小时服务: a time that qualifies a service"),
    accept("build-verb", lambda c: COMMIT_VERBS.search(c.left), "建成 / 培育 / 新增 …: a count of things to build"),
    accept("places-set", lambda c: SET_UP.match(c.left),
           "设一等奖3名: prizes set up to be awarded"),
    accept("hedged-level", lambda c: HEDGE.search(c.left) and MEASURE_BEFORE.search(c.item_left),
           "确保全省粮食播种面积8000万亩: a level the sentence commits to"),
    accept("list-item", lambda c: c.list_verb, "建成市级园区20个、省级园区5个: a list that shares one verb"),
    accept("committed-share", lambda c: c.share_of_what_follows,
           "力争80%的中医馆…: a share in a sentence that commits"),
    accept("target-column", lambda c: c.column and TARGET_COLUMN.search(c.column.column),
           "12座 under 2026年目标 / 目标值: what the table's row is to reach"),
    reject("no-commitment", always, "a number in a clause that commits to nothing"),
)


# 比2020年 / 较上年 after the indicator: the base a change is measured from, not part of it.
COMPARISON_BASE = pattern(r"(?:比|较)\s*(?:[0-9０-９]{4}\s*年(?:末|底|度)?|上年|去年|基期)\s*翻?$")
BREAKDOWN = pattern(r"其中")  # used with match(text, pos) at a clause start


def _continues_list(text: str, previous_clause_end: int, c: _Candidate) -> bool:
    """``累计培育国家高新技术企业5家，各类科技型企业30家，初创企业50家``: a clause that
    follows a target's clause after a comma, names a noun and ends with its count,
    shares that target's verb."""
    if text[previous_clause_end:previous_clause_end + 1] not in "，,":
        return False
    if c.clause_start != previous_clause_end + 1:
        return False
    if BREAKDOWN.match(text, c.clause_start):
        return True  # …8000万亩，其中大豆播种面积300万亩: a breakdown of the target before
    tail = text[c.end:c.clause_end]
    return not tail.strip() and not NOT_A_LIST_CLAUSE.search(text[c.clause_start:c.start])


# Verbs that lead a target clause and are not part of what it counts
# (新增/新建/新培育 are: 新增中医类诊所20家 counts new clinics).
LEADING_VERBS = regex.compile(
    r"^(?:(?:力争|争取|确保|累计|全面|基本|逐步|进一步|努力|重点|大力|积极|加快|推动|支持|鼓励|引导|"
    r"计划|预计|要|将|并|再|共|各|使|让|在[^，。；、]{1,8}?(?=建|培|打|设|新|创))+)?"
    rf"(?:{LEADING_VERB})?"
)
QUALIFIER = regex.compile(rf"^{NUMBER}(?:{RANGE_SEP}{NUMBER})?[^\p{{Han}}]?[\p{{Han}}]{{0,3}}?(?:以上|以下|左右)")
PLACE_SCOPE = regex.compile(r"^(?:全市|全区|全县|全省|全州|我市|我区|我县|各县（区）|各县\(区\)|各县区|各县（市、区）|各地)")


DEADLINE_LEAD = regex.compile(r"^(?:力争|争取)?(?:到|至|在)?(?:[0-9０-９]{4}|20[xX]{2}|[xX]{4})年(?:底|末)?(?:前)?[，,]?")
PERIODIC_LEAD = regex.compile(r"^(?:每年|每月|每季度|每学期|年均|每天|全年)")


# A hedge left between the indicator and its comparator (…床位至少需达到, …企业力争突破).
TRAILING_HEDGE = regex.compile(r"(?:至少需?|力争|努力|争取|确保|需要|需|要|在)$")


def _clean_noun(noun: str) -> str:
    noun = _without_list_marker(noun.strip(" \t，、：:"))
    noun = TRAILING_HEDGE.sub("", noun)
    noun = noun.strip(" \t，、：:")
    noun = DEADLINE_LEAD.sub("", noun)
    noun = PLACE_SCOPE.sub("", noun)
    noun = PERIODIC_LEAD.sub("", noun)
    noun = LEADING_VERBS.sub("", noun, count=1)
    noun = SET_UP.sub("", noun, count=1)
    noun = QUALIFIER.sub("", noun)
    noun = COMPARISON_BASE.sub("", noun)
    return NOUN_NOISE.sub("", noun).strip(" \t，、")


def _without_list_marker(noun: str) -> str:
    """The noun without the list marker or dash that opens its clause (1.努力实现…, ——全市…)."""
    marker = match_marker(noun)
    if marker:
        noun = noun[marker.end:]
    return noun.lstrip("—－- \t")


# What is left of the text before a count when it names no noun: a verb (创作3部…),
# a distributive scope (每个乡镇至少建成1个…) or both; the counted noun follows the number.
VERB_OR_SCOPE_ONLY = regex.compile(
    rf"(?:每[^，。；、]{{1,8}}?(?:至少|都|均)?(?:{words(BUILD_VERBS, LEADING_ONLY, ('有', '建有'))})?"
    rf"|(?:{words(BUILD_VERBS, LEADING_ONLY)})"
    r"|[^，。；、]{1,8}?每(?:年|半年|季度|月|周|天|日))"  # 各乡镇每年 (至少开展2次演练): who and how often
)


def _followed_by_noun(text: str, c: _Candidate) -> bool:
    """Whether a noun (the counted thing) starts right after the number and its unit."""
    nxt = text[c.end:c.end + 1]
    return not c.match.group("suffix") and bool(nxt) and NOUN_START.match(nxt) is not None and nxt not in "的和及与"


def _indicator(text: str, c: _Candidate, alone_in_clause: bool) -> tuple[str, int, int]:
    """The indicator and the span of the record's raw."""
    left_start = c.clause_start if alone_in_clause else c.item_start
    while left_start < c.start and text[left_start] in " \t":
        left_start += 1
    left = text[left_start:c.start]
    scope = SCOPE_WORDS.match(left)
    lead = left[scope.end():] if scope else left
    comp = _PREFIX_RE.search(lead) or COMPARISON_AHEAD.search(lead) or AT_LEAST_BEFORE_VERB.search(lead)
    noun_left = _clean_noun(lead[: comp.start()] if comp else lead)
    if noun_left and not comp and DIGIT.search(noun_left):
        noun_left = ""
    if noun_left and not (VERB_OR_SCOPE_ONLY.fullmatch(noun_left) and _followed_by_noun(text, c)):
        return noun_left, left_start, c.end
    # the counted noun follows the number: 建成1家医养结合示范单位
    rest = text[c.end:c.clause_end]
    cut = NOUN_END.search(rest)
    noun = _clean_noun(rest[: cut.start()] if cut else rest)
    return noun or text[c.start:c.end], left_start, c.end + (cut.start() if cut else len(rest))


def _as_printed(shadow: str, printed: str, found: str, lo: int, hi: int) -> str:
    """``found`` (read from the shadow between ``lo`` and ``hi``) in the script printed."""
    i = shadow.find(found, lo, hi)
    return printed[i:i + len(found)] if i >= 0 else found


def _years(text: str, deadlines: list[Deadline]):
    """(position, year, dates the paragraph) of every deadline, to date targets.

    A deadline dates the rest of its paragraph when it is led by 到 (到2025年)
    or stands set off before its sentence (``2025年，森林覆盖率达到…``)."""
    return [(d.span[0], d.year, bool(TO_LEAD.match(text, d.span[0]) or SET_OFF.match(text, d.span[1])))
            for d in deadlines]


def _year_for(text: str, start: int, pos: int, anchors, positions: list[int]) -> int | None:
    """The year of the deadline before ``pos`` in its sentence, else of the nearest
    preceding 到YYYY年 in its paragraph (anchors sorted by position)."""
    para_start = paragraph_start(text, start, pos)
    sentence_start = max([para_start] + [text.rfind(ch, para_start, pos) + 1 for ch in "。！？"])
    k = bisect.bisect_left(positions, pos) - 1
    if k >= 0 and positions[k] >= max(sentence_start, start):
        return anchors[k][1]
    while k >= 0 and positions[k] >= para_start:
        if anchors[k][2]:
            return anchors[k][1]
        k -= 1
    return _header_year(text, start, pos)


# A table's column header that dates its rows: 2024年建设内容, 2022年度任务目标.
HEADER_YEAR_CELL = regex.compile(
    r"(?:^|[|\t])\s*(?P<year>[12][0-9]{3})\s*年度?[^|\t\n]{0,6}?(?:建设内容|任务目标|目标任务|工作目标|建设任务|目标)\s*(?=[|\t]|$)",
    regex.MULTILINE,
)
TABLE_ROW = regex.compile(r"[|\t]")
HEADER_WINDOW = 4000  # how far back a table's header is looked for (characters)


def _header_year(text: str, start: int, pos: int) -> int | None:
    """The year of the column header above a target in a table row (cells split by | or tabs)."""
    line_start = paragraph_start(text, start, pos)
    line_end = text.find("\n", pos)
    if not TABLE_ROW.search(text, line_start, len(text) if line_end < 0 else line_end):
        return None
    found = list(HEADER_YEAR_CELL.finditer(text, max(start, pos - HEADER_WINDOW), pos))
    return int(found[-1].group("year")) if found else None


def extract(view: DocumentView, deadlines: list[Deadline] | None = None) -> list[Target]:
    """Every quantitative target of the document, in order; years come from ``deadlines``.

    Patterns and rules read the simplified shadow (達到 reads as 达到); raw,
    indicator and unit are sliced from the text as printed (億立方米 stays).
    """
    text, printed = view.shadow, view.text
    cands = _candidates(view)
    if deadlines is None:  # called on its own, not from the pipeline
        from .deadlines import extract as extract_deadlines

        deadlines = extract_deadlines(view)
    anchors = _years(text, deadlines)
    positions = [a[0] for a in anchors]
    out: list[Target] = []
    cells = column_cells(printed, text, view.start, view.end) if cands else []
    cell_starts = [cell.start for cell in cells]
    per_clause = Counter(c.clause_start for c in cands)
    accepted_in_clause: dict[int, bool] = {}
    last_accepted_clause_end: int | None = None
    for i, c in enumerate(cands):
        later_in_item = any(o.item_start == c.item_start and o.start > c.start and not o.quoted
                            and not JOINED.search(text[c.end:o.start]) for o in cands[i + 1:i + 4])
        list_verb = (accepted_in_clause.get(c.clause_start, False) and c.item_start > c.clause_start) or (
            last_accepted_clause_end is not None and _continues_list(text, last_accepted_clause_end, c))
        # What commits a share (80%的中医馆…): the paragraph so far, or a verb after it.
        para_start = paragraph_start(text, view.start, c.start)
        sent_end = SENTENCE_END.search(text, c.end, min(view.end, c.end + CONTEXT_LIMIT))
        sentence = text[para_start:sent_end.start() if sent_end else min(view.end, c.end + CONTEXT_LIMIT)]
        k = bisect.bisect_right(cell_starts, c.start) - 1
        column = cells[k] if k >= 0 and c.start < cells[k].end else None
        ctx = TargetContext(text, c.start, c.end, view.start, view.end, cand=c, later_in_item=later_in_item,
                            list_verb=list_verb, sentence=sentence, heading=heading_path(view, c.start),
                            column=column)
        rule = decide("target", TARGET_RULES, ctx)
        if rule.rejects:
            continue
        comparator = ctx.comparator or ">="
        accepted_in_clause[c.clause_start] = True
        last_accepted_clause_end = c.clause_end
        m = c.match
        value = number_value(m.group("n1"))
        value_max = number_value(m.group("n2")) if m.group("n2") else None
        if value is None:
            continue
        unit = printed[m.start("unit"):m.end("unit")] + (printed[m.start("per"):m.end("per")] if m.group("per") else "")
        unit = unit.replace("％", "%")
        alone = per_clause[c.clause_start] == 1
        indicator, rs, re_ = _indicator(text, c, alone)
        indicator = _as_printed(text, printed, indicator, rs, max(re_, c.clause_end))
        if column and column.label and indicator == printed[c.start:c.end] \
                and not CLAUSE_PUNCTUATION.search(text, column.start, column.end):
            indicator = column.label.text(printed)  # a value alone in its cell: its row says what it measures
        heading = view.sections.last_start(c.start)
        if heading is not None and rs < heading:
            rs = heading  # a clause that runs on across a heading: the record starts at the heading
        if m.group("suffix") and re_ < m.end():
            re_ = m.end()
        out.append(Target(
            raw=printed[rs:re_], span=(rs, re_), section=view.section_id(c.start), indicator=indicator,
            comparator=comparator, value=value, value_max=value_max, unit=unit,
            year=_year_for(text, view.start, c.start, anchors, positions) or (column and column.caption_year),
            rule=rule.name,
        ))
    return out
