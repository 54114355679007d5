"""Deadlines: absolute calendar times by or at which something is due.

``到2023年``, ``力争到2025年底``, ``2022年6月底前``, ``二〇二五年``, ``到20xx年`` (a
redacted year: listed, year null), ``6月底前`` within a year stated earlier
in the paragraph, and both ends of a phase window (``集中整治阶段（2022年6月—9月）``).  Not deadlines: past events (``2020年7月17日…审议通过``),
the document's own dates (a line that is only a date, ``…印发``), years in
document numbers (``〔2019〕``) and inside cited titles (``《…（2016-2030年）》``),
plan periods (``2021-2025年``) and durations (``5年内``, ``每年``).
"""
from __future__ import annotations

import bisect
import calendar
from datetime import date

import regex

from ..grammar.numerals import digits_to_int, cn_to_int, fullwidth_to_ascii
from ..models import Deadline, Duration
from . import CONTEXT_LIMIT, DocumentView, in_cited_title, paragraph_start

# 于 after these is part of another word (关于2023年重点工作, 对于, 由于): not a lead.
YU_IN_A_WORD = "关对由鉴属等基处归出"  # not 位: 各单位于6月底前
LEADS = ("力争到", "争取到", "到", "至", rf"(?<![{YU_IN_A_WORD}])于")
_CN_DIGIT = "〇○零一二三四五六七八九"
# Redacted years may come spaced out of a PDF's text layer (xx xx年).
_X = r"[xX×]"
YEAR = (rf"(?P<year>[12][0-9]{{3}}|[１２][０-９]{{3}}|20 ?{_X} ?{_X}|{_X} ?{_X} ?{_X} ?{_X}|20[0-9]{_X}"
        rf"|[{_CN_DIGIT}]{{4}})")
MONTH = rf"(?P<month>1[0-2]|0?[1-9]|１[０-２]|０?[１-９]|十[一二]?|[一二三四五六七八九]|[xX×])"
DAY = rf"(?P<day>[12][0-9]|3[01]|0?[1-9]|[１-３]?[０-９]|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九]|[xX×]{{1,2}})"
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
# A bare year (no 到, no 底/前) is a deadline only when its sentence commits to something.
COMMITMENT = regex.compile(
    r"达到|完成|建成|实现|力争|新增|确保|启动|推进|全面|基本|覆盖|培育|打造|提高|提升|争取|开展|建立|"
    r"形成|投入|要|将|力求|不低于|不少于|超过|达|累计|创建|建设|组建|设立|出台|制定|开工|竣工|运营|上线|"
    r"投用|落实|分别|全部|所有|控制|稳定|保持|新建|改造|降|减少|压缩|增加|筹集|建成|新增"
)
# The window of a phase in an implementation schedule: 集中整治阶段（2022年6月—9月）.
# Both ends are times at which the work is done; an end without a year takes the start's.
PHASE_BEFORE = regex.compile(r"阶段\s*[（(:：]\s*$")
PHASE_END = regex.compile(  # used with match(text, pos) right after the window's start
    rf"\s*[-—–－~～至到]\s*(?P<span>(?:{YEAR}\s*年)?\s*{MONTH}\s*月(?:\s*{DAY}\s*[日号])?(?:底|末)?)"
)
# A year that names a year's programme or the year itself, not a time something is due:
# 2023年重点工作, 第十四个五年规划和2035年远景目标纲要, 确定2020年为“攻坚年”.
YEAR_AS_NAME_AFTER = regex.compile(r"重点工作|工作要点|工作计划|工作任务|远景目标|为\s*[“\"「『]")
DEADLINE_LABEL = regex.compile(r"(?:时限|期限|完成时间|时间节点|截止时间)\s*[:：]\s*$")
PAST_FACT = regex.compile(r"同比|上年|显示|被确定|被评为|获评|获批|已经|已|共有|现有|基期|修正|修订|为\s*[0-9０-９.]+%")
# 2016年12月31日前已取得…的人员: a date inside a relative clause is a condition.
CONDITION_AFTER = regex.compile(r"^[^，。；;,\n]{0,14}的")
RANGE_BEFORE = regex.compile(r"[0-9０-９xX×〇○零一二三四五六七八九]\s*[-—–－~～至到]\s*$")
RANGE_AFTER = regex.compile(r"\s*[-—–－~～至]\s*(?:[0-9０-９]{2,4}|[xX×]{2,4})")
DURATION = regex.compile(
    r"(?<![0-9０-９月])(?:[0-9０-９]+|[一二三四五六七八九十两]+)\s*(?:个)?(?:年|月|工作日|日|天|小时|周)(?:内|以内|时间|期间)|连续\s*(?:[0-9０-９]+|[一二三四五六七八九十两]+)\s*年|用\s*[0-9０-９一二三四五六七八九十两]+\s*(?:[-—–－至~～]\s*[0-9０-９一二三四五六七八九十两]+)?\s*年(?:左右)?(?:的)?时间"
)
REDACTED = regex.compile(r"[xX×]")
PER_BEFORE = regex.compile(r"每(?:年|个)?\s*$")  # 每年底前: a recurring time, not a deadline
NUMBER_BRACKET_BEFORE = regex.compile(r"[〔\[【［]\s*$")  # 〔2019〕: a document number
SENTENCE_END = regex.compile(r"[。；;！？]")
DATE_LINE = regex.compile(r"^[^\n。；]{0,40}?[0-9０-９〇○零一二三四五六七八九]{4}\s*年[^\n。；]{0,10}日\s*(?:印发|发布)?$")


def _int(s: str | None) -> int | None:
    if not s or REDACTED.search(s):
        return None
    t = fullwidth_to_ascii(s)
    if t.isdigit():
        return int(t)
    return digits_to_int(s) if len(s) == 4 else cn_to_int(s)


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


def extract(view: DocumentView) -> list[Deadline]:
    """Every deadline of the document, in order."""
    text, start, end = view.text, view.start, view.end
    out: list[tuple[int, Deadline]] = []
    years_seen: list[tuple[int, int | None]] = []  # (position, year) of accepted years
    window_end = start  # the end of the last phase window read
    for m in DEADLINE.finditer(text, start, end):
        s, e = m.span()
        if s < window_end:
            continue  # the second end of a phase window, already listed
        ys = m.start("year")
        phase = PHASE_BEFORE.search(text, max(start, s - 8), s) is not None
        if not phase and _skip_year(text, start, end, m, m.group("lead"), view.metadata.date):
            continue
        year, month, day = _int(m.group("year")), _int(m.group("month")), _int(m.group("day"))
        if m.group("month") and month is None and not REDACTED.search(m.group("month")):
            continue
        out.append((s, _deadline(view, s, e, year, month, day)))
        years_seen.append((ys, year))
        second = PHASE_END.match(text, e, end) if phase and m.group("month") else None
        if second:
            es, ee = second.span("span")
            own_year = _int(second.group("year")) if second.group("year") else year
            out.append((es, _deadline(view, es, ee, own_year, _int(second.group("month")), _int(second.group("day")))))
            window_end = ee
    taken = [d.span for _, d in out]  # in text order: the year-led deadlines
    seen_at = [p for p, _ in years_seen]
    for m in MONTH_ONLY.finditer(text, start, end):
        s, e = m.span()
        k = bisect.bisect_right(taken, (s, float("inf"))) - 1
        if k >= 0 and taken[k][0] <= s < taken[k][1]:
            continue
        para = paragraph_start(text, start, s)
        k = bisect.bisect_left(seen_at, s) - 1
        year = years_seen[k][1] if k >= 0 and seen_at[k] >= para else None
        month, day = _int(m.group("month")), _int(m.group("day"))
        if PER_BEFORE.search(text[max(para, s - 3):s]):
            continue
        if month is None and (m.group("month") or year is None):
            continue  # 年底前 needs a year stated before it
        out.append((s, _deadline(view, s, e, year, month, day)))
    out.sort(key=lambda x: x[0])
    return [d for _, d in out]


def _deadline(view: DocumentView, s: int, e: int, year: int | None, month: int | None,
              day: int | None) -> Deadline:
    return Deadline(raw=view.text[s:e], span=(s, e), section=view.section_id(s), year=year,
                    month=month, day=day, date=_period_end(year, month, day))


def _skip_year(text: str, start: int, end: int, m: regex.Match, lead: str | None,
               signed: date | None) -> bool:
    s, e = m.span()
    ys = m.start("year")
    line_start = paragraph_start(text, start, s)
    line_end = text.find("\n", e, min(end, e + CONTEXT_LIMIT))
    line_end = min(end, e + CONTEXT_LIMIT) if line_end == -1 else line_end
    if DATE_LINE.match(text[line_start:line_end]):
        return True  # a signing or printing date
    if in_cited_title(text, start, s):
        return True  # inside a cited title
    before = text[max(line_start, ys - 6):ys]
    if NUMBER_BRACKET_BEFORE.search(before) or RANGE_BEFORE.search(text[max(line_start, ys - 3):ys]):
        return True  # a document number or the end of a period
    after = text[e:min(line_end, e + 40)]
    year_end = text.index("年", m.end("year")) + 1
    if RANGE_AFTER.match(text, year_end, max(year_end, line_end)):
        return True  # the start of a period (2021年至2025年, 2021年—2025年)
    if lead == "至" and text[max(line_start, s - 2):s].endswith(("截", "截止")):
        return True  # 截至2021年底: a status, not a deadline
    if not lead and (m.group("end") or "").endswith("前") and CONDITION_AFTER.match(after):
        return True  # 2016年12月31日前已取得…的人员
    if lead or m.group("end") or DEADLINE_LABEL.search(text[line_start:s]):
        return False
    if text[max(line_start, ys - 1):ys] in ("自", "从") and after.startswith("起"):
        return False  # 自2023年1月1日起: when a rule takes effect
    if PAST_BEFORE.search(text[max(line_start, ys - 4):ys]) or PAST_AFTER.match(after):
        return True
    if YEAR_AS_NAME_AFTER.match(after):
        return True
    if m.group("day") or after[:1] in ("第", "度", "的"):
        return True  # a full date with no 到/前 is the date of an event; 2021年第15次…
    year = _int(m.group("year"))
    if year is not None and signed is not None and year < signed.year:
        return True  # before the document was signed: a fact of the past
    head = SENTENCE_END.split(text[line_start:s])[-1]
    tail = SENTENCE_END.split(after.split("\n", 1)[0], maxsplit=1)[0]
    return bool(PAST_FACT.search(head + tail)) or not COMMITMENT.search(tail)


def durations(view: DocumentView) -> list[Duration]:
    """Stretches of time (5年内, 用5—10年时间, 连续三年); not deadlines."""
    return [Duration(raw=m.group(0), span=m.span(), section=view.section_id(m.start()))
            for m in DURATION.finditer(view.text, view.start, view.end)]
