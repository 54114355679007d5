"""Deadlines: absolute calendar times by or at which something is due.

``到2023年``, ``力争到2025年底``, ``2022年6月底前``, ``二〇二五年``, ``到20xx年`` (a
redacted year: listed, year null), ``6月底前`` within a year stated earlier
in the paragraph, and both ends of a phase window (``集中整治阶段（2022年6月—9月）``).  Not deadlines: past events (``2020年7月17日…审议通过``),
the document's own dates (a line that is only a date, ``…印发``), years in
document numbers (``〔2019〕``) and inside cited titles (``《…（2016-2030年）》``),
plan periods (``2021-2025年``) and durations (``5年内``, ``每年``).  In a table, a
cell under a time column (``完成时限``, ``建设时间``) that holds only a date is
one, even a bare ``2024``.  A bare
year (no 到, no 底/前) is a deadline only when it is set off before its sentence
(``2022年，全市…``), hedged (``确保2027年…``) or followed by what is due
(``2021年完成…``, ``2021年主要预期目标``); not when it names a thing
(``关于公布2022年…名单``, ``2016年是…开局之年``) or sits under a heading that
reports what was done (``…执行情况``, ``…完成情况``).
"""
from __future__ import annotations

import bisect
import calendar
from dataclasses import dataclass
from datetime import date

import regex

from ..grammar import dates
from ..grammar.commitments import COMMITMENT, REPORT_HEADING
from ..grammar.dates import named, part_value
from ..models import Deadline, Duration
from ..rules import Context, Rule, accept, always, cached_property, decide, pattern, reject
from ..script import simplified_shadow
from ..tables import column_of, rows_under_headers
from . import DocumentView, heading_path, in_cited_title, paragraph_start

# 于 after these is part of another word (关于2023年重点工作, 对于, 由于): not a lead.
YU_IN_A_WORD = "关对由鉴属等基处归出"  # not 位: 各单位于6月底前
LEADS = ("力争到", "争取到", "到", "至", rf"(?<![{YU_IN_A_WORD}])于")
YEAR = named("year", dates.YEAR)
MONTH = named("month", dates.MONTH)
DAY = named("day", dates.DAY)
END = r"(?P<end>年?底前|年?底|年?末|以前|之前|前)?"

DEADLINE = regex.compile(
    rf"(?P<lead>{'|'.join(LEADS)})?{YEAR}\s*年(?:\s*{MONTH}\s*月(?:\s*{DAY}\s*[日号])?)?{END}"
)
# The lookahead names the characters a match can start with; without it a
# pattern that opens with a lookbehind is tried at every position (10x slower).
MONTH_ONLY = regex.compile(
    rf"(?=[到于0-9０-９十一二三四五六七八九xX×年])(?<![0-9０-９年月日])(?P<lead>到|于)?(?:{MONTH}\s*月(?:\s*{DAY}\s*[日号])?|(?<![每当今明去前])年)(?P<end>底前|底|末|前|以前)"
)
# What makes a year a fact of the past or part of a name, not a deadline.
PAST_AFTER = regex.compile(r"^(?:以来|至今|以后|[^，。；;,\n]{0,30}?(?:审议通过|印发|召开|发布|出台|获批|批准|成立|设立以来))")
PAST_BEFORE = regex.compile(r"(?:截至|截止|截止到|截|自|从|比|较|同比|与|以|依托|为)$")
# The window of a phase in an implementation schedule: 集中整治阶段（2022年6月—9月）.
# Both ends are times at which the work is done; an end without a year takes the start's.
PHASE_BEFORE = regex.compile(r"阶段\s*[（(:：]\s*$")
PHASE_END = regex.compile(  # used with match(text, pos) right after the window's start
    rf"\s*[-—–－~～至到]\s*(?P<span>(?:{YEAR}\s*年)?\s*{MONTH}\s*月(?:\s*{DAY}\s*[日号])?(?:底|末)?)"
)
# A year that names a year's programme or the year itself, not a time something is due:
# 2023年重点工作, 第十四个五年规划和2035年远景目标纲要, 确定2020年为“攻坚年”.
YEAR_AS_NAME_AFTER = regex.compile(r"重点工作|工作要点|工作计划|工作任务|远景目标|为\s*[“\"「『]")
# A bare year (no 到, no 底/前) that is a time something is due: set off before its
# sentence (2022年，全市…), led by a hedge (确保2025年…, 力争在2025年…), or followed by
# what is due (2021年完成…, 2021年全市新增…, 2021年主要预期目标, 2024年建设内容).
SET_OFF_AFTER = pattern(r"^\s*(?:[，,]|、\s*[0-9０-９]{4}\s*年)")  # 2023年、2024年分别完成…: a list of years
SCOPE = r"(?:全市|全省|全县|全区|全州|全镇|全乡|全旗|各地|我市|我省|我县|我区)"
PART_OF_YEAR = r"(?:上半年|下半年|[一二三四]季度|第[一二三四]季度|年内)"
DUE_AFTER = pattern(rf"^{PART_OF_YEAR}?{SCOPE}?(?:重点|着力|全力|继续|进一步|加快|大力)?(?:{COMMITMENT.pattern})")
GOAL_AFTER = pattern(r"^度?[\p{Han}]{0,6}?(?:目标|建设内容|建设任务)")
HEDGE_BEFORE = pattern(r"(?:确保|力争|争取|计划|预计|要|将)\s*(?:在|于)?\s*$")
# A year that dates a programme or a report, not a time something is due:
# 关于做好2023年…工作, 关于公布2022年…名单, 确定了2010年…的指导思想, 2016年是…开局之年.
PROGRAMME_BEFORE = pattern(r"(?:做好|关于|印发|公布|确定了?|下达|分解落实|指导)\s*(?:全市|全省|全县|全区)?\s*$")
YEAR_IS_AFTER = pattern(r"^(?:是|为)")
# A document that reports on a year (its title): 2023年政府信息公开工作年度报告, 关于2024年…计划执行情况….
REPORTED_YEAR = pattern(r"(?P<year>[12][0-9]{3})\s*年[^，。；]{0,40}?(?:年度报告|工作报告|工作总结|执行情况|完成情况)")
# A section or document that reports what was done: its years are facts of the past.
DEADLINE_LABEL = regex.compile(r"(?:时限|期限|完成时间|时间节点|截止时间)\s*[:：]\s*$")
PAST_FACT = regex.compile(r"同比|上年|显示|被确定|被评为|获评|获批|已经|已|共有|现有|基期|修正|修订|为\s*[0-9０-９.]+%")
# 2016年12月31日前已取得…的人员: a date inside a relative clause is a condition.
CONDITION_AFTER = regex.compile(r"^[^，。；;,\n]{0,14}的")
RANGE_BEFORE = regex.compile(r"[0-9０-９xX×〇○零一二三四五六七八九]\s*[-—–－~～至到]\s*$")
RANGE_AFTER = regex.compile(r"\s*[-—–－~～至]\s*(?:[0-9０-９]{2,4}|[xX×]{2,4})")
DURATION = regex.compile(
    r"(?<![0-9０-９月])(?:[0-9０-９]+|[一二三四五六七八九十两]+)\s*(?:个)?(?:年|月|工作日|日|天|小时|周)(?:内|以内|时间|期间)|连续\s*(?:[0-9０-９]+|[一二三四五六七八九十两]+)\s*年|用\s*[0-9０-９一二三四五六七八九十两]+\s*(?:[-—–－至~～]\s*[0-9０-９一二三四五六七八九十两]+)?\s*年(?:左右)?(?:的)?时间"
)
REDACTED = regex.compile(dates.REDACTED)
PER_BEFORE = regex.compile(r"每(?:年|个)?\s*$")  # 每年底前: a recurring time, not a deadline
NUMBER_BRACKET_BEFORE = regex.compile(r"[〔\[【［]\s*$")  # 〔2019〕: a document number
SENTENCE_END = regex.compile(r"[。；;！？]")
DATE_LINE = regex.compile(r"^[^\n。；]{0,40}?[0-9０-９〇○零一二三四五六七八九]{4}\s*年[^\n。；]{0,10}日\s*(?:印发|发布)?$")


# A table column whose cells say when each row is due: 完成时限, 建设时间, 计划完成时间.
_DOING = r"(?:计划)?(?:完成|建设|实施|办结|整改|竣工|截止)"
TIME_COLUMN = regex.compile(rf"^(?:{_DOING}?(?:时限|期限|时间节点)|{_DOING}(?:时间|年限))$")
# A cell that is a date and nothing else: 2024, 2024年底前, 2024.6, 2024年6月30日.
CELL_DATE = regex.compile(
    rf"(?P<lead>到|至)?{YEAR}\s*(?:年(?:\s*{MONTH}\s*月(?:\s*{DAY}\s*[日号])?)?"
    rf"|[.．/-]\s*{MONTH}(?:\s*[.．/-]\s*{DAY})?)?{END}"
)


def _int(s: str | None) -> int | None:
    return None if not s or REDACTED.search(s) else part_value(s)


def _period_end(year: int | None, month: int | None, day: int | None) -> date | None:
    if year is None:
        return None
    try:
        if month is None:
            return date(year, 12, 31)
        if day is None:
            return date(year, month, calendar.monthrange(year, month)[1])
        return date(year, month, day)
    except ValueError:
        return None


# Named windows: how far around a year its rules look (characters, within its line).
YEAR_BRACKET_WINDOW = 6  # 〔2019〕: the bracket of a document number right before the year
RANGE_WINDOW = 3  # 2021—2025年: the first year of a period and its dash
STATUS_WINDOW = 2  # 截至2021年底 / 截止至: the 截 before 至
SINCE_WINDOW = 1  # 自2023年1月1日起 / 从…起
PAST_WINDOW = 4  # 比2015年, 截止到2020年: a comparison or a status before the year
AFTER_WINDOW = 40  # what the year's clause says after it
PHASE_WINDOW = 8  # 集中整治阶段（2022年6月—9月）: the phase name before its window
RECURRING_WINDOW = 3  # 每年底前, 每个月底前


@dataclass
class YearContext(Context):
    """A ``…年`` time expression and what its rules read around it."""

    match: regex.Match | None = None
    signed: date | None = None  # the document's own date, when known
    reported: int | None = None  # the year the document reports on (…2023年…年度报告), when it is a report
    heading: str = ""  # the titles of the sections holding the year (extractors.heading_path)

    @cached_property
    def bare(self) -> bool:
        """No 到/于 before it, no month and no 底/前 after it: 2022年 alone."""
        return not self.group("lead") and not self.group("month") and not self.group("end")

    @cached_property
    def due(self) -> bool:
        """A bare year that sets when something is due."""
        return bool(SET_OFF_AFTER.match(self.after_window) or DUE_AFTER.match(self.after_window)
                    or GOAL_AFTER.match(self.after_window) or HEDGE_BEFORE.search(self.before(PAST_WINDOW, self.year_start)))

    def group(self, name: str) -> str | None:
        return self.match.group(name)

    @cached_property
    def year_start(self) -> int:
        return self.match.start("year")

    @cached_property
    def year(self) -> int | None:
        return _int(self.group("year"))

    @cached_property
    def after_window(self) -> str:
        return self.after(AFTER_WINDOW)

    @cached_property
    def clause_before(self) -> str:
        """The sentence up to the year."""
        return SENTENCE_END.split(self.line_before)[-1]

    @cached_property
    def clause_after(self) -> str:
        """The sentence after the time expression, within the window."""
        return SENTENCE_END.split(self.after_window, maxsplit=1)[0]

    @cached_property
    def phase(self) -> bool:
        return PHASE_BEFORE.search(self.text, max(self.doc_start, self.start - PHASE_WINDOW), self.start) is not None


def _period_start(c: YearContext) -> bool:
    year_end = c.text.index("年", c.match.end("year")) + 1
    return RANGE_AFTER.match(c.text, year_end, max(year_end, c.line_end)) is not None


def _before_signing(c: YearContext) -> bool:
    return c.year is not None and c.signed is not None and c.year < c.signed.year


# Whether a ``…年`` expression is a deadline; tried in order, the first that applies decides.
YEAR_RULES: tuple[Rule, ...] = (
    reject("not-a-month", lambda c: c.group("month") and _int(c.group("month")) is None
           and not REDACTED.search(c.group("month")), "a month number that is no month"),
    accept("phase-window", lambda c: c.phase,
           "集中整治阶段（2022年6月—9月）: both ends of a phase window are times work is done"),
    reject("date-line", lambda c: DATE_LINE.match(c.line),
           "a line that is only a date is the document's own signing or printing date"),
    reject("in-cited-title", lambda c: in_cited_title(c.text, c.doc_start, c.start),
           "a year inside the title of a cited document (《…（2016-2030年）》)"),
    reject("document-number", lambda c: NUMBER_BRACKET_BEFORE.search(c.before(YEAR_BRACKET_WINDOW, c.year_start)),
           "〔2019〕: the year of a document number"),
    reject("period-end", lambda c: RANGE_BEFORE.search(c.before(RANGE_WINDOW, c.year_start)),
           "2021—2025年: the end of a plan period, not a deadline"),
    reject("period-start", _period_start, "2021年至2025年: the start of a plan period"),
    reject("status-at", lambda c: c.group("lead") == "至" and c.before(STATUS_WINDOW).endswith(("截", "截止")),
           "截至2021年底: a status, not a deadline"),
    reject("condition-date", lambda c: not c.group("lead") and (c.group("end") or "").endswith("前")
           and CONDITION_AFTER.match(c.after_window),
           "2016年12月31日前已取得…的人员: a date inside a condition"),
    reject("reported-year", lambda c: c.reported is not None and c.year is not None and c.year <= c.reported,
           "a year up to the one a report covers (…2023年…工作年度报告, …执行情况的报告): what was done"),
    accept("to-year", lambda c: c.group("lead"), "到2025年 / 力争到 / 于: a time something is due by"),
    accept("ends-by", lambda c: c.group("end"), "2022年底前 / 6月底: the end of a period something is due by"),
    accept("labelled-time", lambda c: DEADLINE_LABEL.search(c.line_before),
           "完成时限：2023年: a time in a deadline column or label"),
    accept("takes-effect", lambda c: c.before(SINCE_WINDOW, c.year_start) in ("自", "从")
           and c.after_window.startswith("起"), "自2023年1月1日起: when a rule takes effect"),
    reject("past-marker", lambda c: PAST_BEFORE.search(c.before(PAST_WINDOW, c.year_start))
           or PAST_AFTER.match(c.after_window),
           "比2015年 / 2020年以来 / 2019年…印发: a comparison or a past event"),
    reject("year-as-name", lambda c: YEAR_AS_NAME_AFTER.match(c.after_window),
           "2023年重点工作 / 2035年远景目标: a year that names a programme"),
    reject("year-is", lambda c: c.bare and YEAR_IS_AFTER.match(c.after_window),
           "2016年是…开局之年: a statement about the year, not a time something is due"),
    reject("programme-year", lambda c: c.bare and PROGRAMME_BEFORE.search(c.before(PAST_WINDOW, c.year_start)),
           "关于做好2023年…工作 / 关于公布2022年…名单: the year of a programme or a list"),
    reject("report-year", lambda c: c.bare and REPORT_HEADING.search(c.heading),
           "2024年，… under a heading such as …执行情况 / …取得的进展: what was done, not what is due"),
    accept("goal-year", lambda c: c.bare and GOAL_AFTER.match(c.after_window),
           "2021年主要预期目标 / 2024年建设内容: the year the goals that follow are due"),
    reject("year-names-a-thing", lambda c: c.bare and not c.due,
           "2022年国家乡村振兴示范县创建名单 / 2024年国民经济和社会发展计划: a year inside a name"),
    reject("event-date", lambda c: c.group("day") or c.after_window[:1] in ("第", "度", "的"),
           "a full date with no 到/前 dates an event; 2021年第15次 / 2022年度 name things"),
    reject("before-signing", _before_signing, "a year before the document was signed: a fact of the past"),
    reject("past-fact", lambda c: PAST_FACT.search(c.clause_before + c.clause_after),
           "同比 / 已 / 现有 in the sentence: a statement of fact"),
    reject("no-commitment", lambda c: not COMMITMENT.search(c.clause_after),
           "a bare year in a sentence that commits to nothing"),
    accept("committing-year", always, "2022年，全市养老床位达到…: a bare year that sets when a commitment is due"),
)


@dataclass
class MonthContext(Context):
    """A ``6月底前`` / ``年底前`` without its own year, and the year stated before it."""

    match: regex.Match | None = None
    year: int | None = None
    taken: bool = False  # inside a year-led deadline already listed

    def group(self, name: str) -> str | None:
        return self.match.group(name)


MONTH_RULES: tuple[Rule, ...] = (
    reject("inside-deadline", lambda c: c.taken, "part of a deadline already listed"),
    reject("recurring", lambda c: PER_BEFORE.search(c.before(RECURRING_WINDOW)), "每年底前: a recurring time"),
    reject("not-a-month", lambda c: c.group("month") and _int(c.group("month")) is None,
           "a month number that is no month"),
    accept("month-in-year", always,
           "6月底前 / 年底前: a time due within the year stated earlier in the paragraph (year null when none is)"),
)


def extract(view: DocumentView) -> list[Deadline]:
    """Every deadline of the document, in order.

    Patterns and rules read the simplified shadow (達到 reads as 达到); the
    records' raw strings are sliced from the text as printed.
    """
    text, start, end = view.shadow, view.start, view.end
    out: list[tuple[int, Deadline]] = []
    years_seen: list[tuple[int, int | None]] = []  # (position, year) of accepted years
    window_end = start  # the end of the last phase window read
    report = REPORTED_YEAR.search(simplified_shadow(view.metadata.title or ""))
    reported = int(report.group("year")) if report else None
    for m in DEADLINE.finditer(text, start, end):
        s, e = m.span()
        if s < window_end:
            continue  # the second end of a phase window, already listed
        ctx = YearContext(text, s, e, start, end, match=m, signed=view.metadata.date, heading=heading_path(view, s),
                          reported=reported)
        rule = decide("deadline", YEAR_RULES, ctx)
        if rule.rejects:
            continue
        year, month, day = ctx.year, _int(m.group("month")), _int(m.group("day"))
        out.append((s, _deadline(view, s, e, year, month, day, rule.name)))
        years_seen.append((ctx.year_start, year))
        second = PHASE_END.match(text, e, end) if rule.name == "phase-window" and m.group("month") else None
        if second:
            es, ee = second.span("span")
            own_year = _int(second.group("year")) if second.group("year") else year
            out.append((es, _deadline(view, es, ee, own_year, _int(second.group("month")),
                                      _int(second.group("day")), rule.name)))
            window_end = ee
    taken = [d.span for _, d in out]  # in text order: the year-led deadlines
    seen_at = [p for p, _ in years_seen]
    for m in MONTH_ONLY.finditer(text, start, end):
        s, e = m.span()
        k = bisect.bisect_right(taken, (s, float("inf"))) - 1
        inside = k >= 0 and taken[k][0] <= s < taken[k][1]
        para = paragraph_start(text, start, s)
        k = bisect.bisect_left(seen_at, s) - 1
        year = years_seen[k][1] if k >= 0 and seen_at[k] >= para else None
        ctx = MonthContext(text, s, e, start, end, match=m, year=year, taken=inside)
        rule = decide("deadline", MONTH_RULES, ctx)
        if rule.rejects:
            continue
        out.append((s, _deadline(view, s, e, year, _int(m.group("month")), _int(m.group("day")), rule.name)))
    out.sort(key=lambda x: x[0])
    found = [d for _, d in out]
    table = _table_deadlines(view, [d.span for d in found])
    return sorted(found + table, key=lambda d: d.span) if table else found


@dataclass
class TimeCellContext(Context):
    """A table cell under a time column (完成时限, 建设时间), in the shadow."""

    listed: bool = False  # a deadline read in the text lies inside the cell

    @cached_property
    def date(self) -> regex.Match | None:
        return CELL_DATE.fullmatch(self.text, self.start, self.end)


# Whether a cell under a time column is a deadline of its row.
TIME_CELL_RULES: tuple[Rule, ...] = (
    reject("listed-in-text", lambda c: c.listed, "the cell's deadline is read in the text already"),
    reject("not-a-date", lambda c: c.date is None,
           "a cell that is more than a date (2023-2025, 长期坚持, 持续推进): no one time"),
    accept("time-column", always, "2024 under 建设时间: the time the row is due"),
)


def _table_deadlines(view: DocumentView, listed: list[tuple[int, int]]) -> list[Deadline]:
    """Dates in table columns that say when each row is due (the header names the time)."""
    out = []
    for names, header, row in rows_under_headers(view.text, view.shadow, view.start, view.end, TIME_COLUMN.match):
        for k, name in enumerate(names):
            cell = column_of(view.text, row, header, k) if TIME_COLUMN.match(name) else None
            if cell is None or cell.start == cell.end:
                continue
            i = bisect.bisect_left(listed, (cell.start, cell.start))
            inside = i < len(listed) and listed[i][0] < cell.end
            ctx = TimeCellContext(view.shadow, cell.start, cell.end, view.start, view.end, listed=inside)
            rule = decide("deadline", TIME_CELL_RULES, ctx)
            if rule.rejects:
                continue
            m = ctx.date
            out.append(_deadline(view, cell.start, cell.end, _int(m.group("year")), _int(m.group("month")),
                                 _int(m.group("day")), rule.name))
    return out


def _deadline(view: DocumentView, s: int, e: int, year: int | None, month: int | None,
              day: int | None, rule: str) -> Deadline:
    return Deadline(raw=view.text[s:e], span=(s, e), section=view.section_id(s), year=year,
                    month=month, day=day, date=_period_end(year, month, day), rule=rule)


def durations(view: DocumentView) -> list[Duration]:
    """Stretches of time (5年内, 用5—10年时间, 连续三年); not deadlines."""
    return [Duration(raw=view.text[m.start():m.end()], span=m.span(), section=view.section_id(m.start()))
            for m in DURATION.finditer(view.shadow, view.start, view.end)]
