"""Tasks: who does what, by when, with how much.

A *task* is the smallest unit of text that an assignment closes.  Documents are
built around them — a 责任分工方案 is a list of tasks, each with its lead, its
partners, its deadline and often a number to reach — and :func:`build` finds them
after the extractors have run, from the section tree and the records:

* a **table row**: an assignment in a line whose cells are separated by tabs or ``|``
  closes that line;
* a **whole item**: an assignment that ends a numbered item with no children (only
  punctuation after it) and is the item's only assignment closes the item, from
  its marker;
* a **section's heading**: an assignment printed in a heading's own line, when the
  section has children, assigns the whole section: the heading line is a task and
  the section's items inherit its units (``inherited`` says so);
* otherwise the **clause before the bracket**: from the end of the previous task in
  the same section (or the section's body, or the paragraph) to the end of the
  assignment;
* a numbered item with no assignment is a task of its own when it carries a
  commitment (a deadline, a target or an amount in it, or a title that opens with a
  commitment verb: ``加快…``, ``建立…``): a plan with no 责任单位 still has tasks.

Every assignment belongs to exactly one task, and tasks never overlap.  A
document-wide convention (``以下各项工作均需各县（区）人民政府落实，不再列出``) adds
its units to every task after it (``shared_units``).  Deadlines, targets and funding
inside a task's span are listed by index into the document's lists.

The same pass says what records are about: a deadline's ``subject`` (the task it
is in, else its sentence), and funding's ``purpose`` (``用于…``, ``对…给予``,
``奖励…``) and ``kind`` from :data:`FUNDING_KINDS`, so an analyst can sum what a
government will pay without fines and thresholds in the total.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Any

import regex

from .extractors.units import looks_like_unit
from .models import Deadline, Funding, Responsibility, Section, Task
from .rules import Context, Rule, accept, always, decide, reject
from .segment import walk

# A document-wide convention: 以下各项工作均需各县（区）人民政府落实，不再列出.
CONVENTION = regex.compile(
    r"(?:以下|下列|上述)?(?:各项|所有)(?:工作|任务)(?:均|都)(?:需|须|要|由)?(?P<units>[^，,。；;]{2,60}?)"
    r"(?:负责|组织)?(?:落实|实施|推进)[^，,。；;]{0,6}[，,]\s*不再(?:一一|逐一)?(?:列出|列明|重复)"
)
SENTENCE_END = "。；;！？!?\n"
TRAILING = " \t。；;，,、"
ROW = regex.compile(r"\t|\|")
_LINE_BREAK = regex.compile(r"\n")
# What makes an item without an assignment a task: it commits to something.
COMMITMENT = regex.compile(
    r"建成|建设|完成|实现|推进|推动|开展|建立|健全|完善|加强|加快|提升|提高|培育|打造|落实|实施|组织|制定|出台|"
    r"确保|力争|争取|新增|新建|改造|整治|支持|鼓励|引导|扶持|保障|强化|深化|优化|创建|设立|开发"
)

# Funding kinds, tried in order on the clause around the amount (the words of 公文 about money).
FUNDING_KINDS: tuple[tuple[str, regex.Pattern], ...] = (
    ("penalty", regex.compile(r"罚款|罚金|处以?[^，。；]{0,12}$|没收|滞纳金|违约金")),
    ("threshold", regex.compile(r"(?:营业收入|主营业务收入|销售收入|产值|营收|投资额|固定资产投资|纳税|税收|资产|注册资本|规模)"
                                r"[^，。；]{0,8}(?:突破|超过|达到|达|在|不低于|不少于|以上)[^，。；]{0,4}$|^[^，。；]{0,6}(?:以上|以下)?的")),
    ("economic_target", regex.compile(r"(?:地区生产总值|生产总值|GDP|增加值|营业收入|产值|产业规模|总收入|销售额|交易额|营收)"
                                      r"[^，。；]{0,12}(?:突破|超过|达到|达|增长|实现|力争)[^，。；]{0,4}$")),
    ("fee", regex.compile(r"收费|费用|缴纳|缴费|收取|服务费|管理费|租金|价格|票价|标准为")),
    ("subsidy", regex.compile(r"补贴|补助|奖励|奖补|资助|扶持|给予|救助|慰问|发放|贴息|优惠|减免|一次性")),
    ("investment", regex.compile(r"投资|投入|安排|预算|资金|筹集|拨付|融资|基金|专项|总额|累计")),
)
FUNDING_KIND_NAMES = tuple(k for k, _ in FUNDING_KINDS) + ("other",)
PURPOSE_AFTER = regex.compile(r"^[^。；;]{0,8}?用于(?P<p>[^，,。；;]{2,40})")
PURPOSE_BEFORE = regex.compile(r"(?:对|给|向)(?P<p>[^，,。；;]{2,40}?)(?:给予|予以|一次性|按|补贴|奖励)[^，,。；;]{0,12}$")
PURPOSE_REWARD = regex.compile(r"(?:奖励|补贴|补助|资助|扶持)(?P<p>[^，,。；;0-9０-９]{2,30}?)(?:的|，|,|$)")
FUNDING_WINDOW = 40  # characters around an amount read for its kind and purpose (its clause)


@dataclass
class _Draft:
    start: int
    end: int
    section: str | None
    rule: str
    assignments: list[int] = field(default_factory=list)
    lead: list[str] = field(default_factory=list)
    units: list[str] = field(default_factory=list)
    inherited: bool = False


@dataclass
class TaskContext(Context):
    """An assignment and the section it is in."""

    section: Section | None = None
    is_row: bool = False
    in_heading: bool = False
    alone_in_item: bool = False
    closes_item: bool = False


# What text an assignment closes; the first rule that applies decides.
TASK_RULES: tuple[Rule, ...] = (
    accept("table-row", lambda c: c.is_row, "an assignment in a table row closes that row"),
    accept("section-heading", lambda c: c.in_heading and c.section is not None and c.section.children,
           "an assignment in the line of a heading with items under it assigns the whole section"),
    accept("whole-item", lambda c: c.closes_item and c.alone_in_item and c.section is not None and not c.section.children,
           "the only assignment of a numbered item, at its end, closes the whole item"),
    accept("clause-before", always, "an assignment closes the clause or sentences before it, back to the previous task"),
)


def _is_row(line: str) -> bool:
    return len(ROW.findall(line)) >= 2


def _back(text: str, pos: int, floor: int) -> int:
    while pos > floor and text[pos - 1] in TRAILING + "\n":
        pos -= 1
    return pos


def _forward(text: str, pos: int, ceiling: int) -> int:
    while pos < ceiling and text[pos] in " \t。；;":
        pos += 1
    return pos


def _convention(text: str, start: int, end: int) -> tuple[int, list[str]] | None:
    m = CONVENTION.search(text, start, end)
    if not m:
        return None
    units = [u for u in regex.split(r"[、，,和及]", m.group("units")) if looks_like_unit(u)]
    return (m.end(), units) if units else None


def build(text: str, start: int, end: int, sections: list[Section], records: dict[str, list]) -> list[Task]:
    """The tasks of the document at ``text[start:end]``, in order."""
    flat = list(walk(sections))
    starts = [s.span[0] for s in flat]

    def innermost(pos: int) -> Section | None:
        i = bisect.bisect_right(starts, pos) - 1
        while i >= 0:
            if flat[i].span[0] <= pos < flat[i].span[1]:
                return flat[i]
            i -= 1
        return None

    responsibilities: list[Responsibility] = records.get("responsibilities", [])
    per_section: dict[str | None, int] = {}
    for r in responsibilities:
        per_section[r.section] = per_section.get(r.section, 0) + 1
    # Line breaks found once: a page that lost them is one long line, read once, not per assignment.
    breaks = [m.start() for m in _LINE_BREAK.finditer(text, start, end)]
    drafts: list[_Draft] = []
    for k, r in enumerate(responsibilities):
        s, e = r.span
        sec = innermost(s)
        i = bisect.bisect_left(breaks, s)
        line_start = breaks[i - 1] + 1 if i else start
        j = bisect.bisect_left(breaks, e)
        line_end = breaks[j] if j < len(breaks) else end
        in_heading = sec is not None and s < sec.body_span[0] or (
            sec is not None and line_start <= sec.span[0])
        row = text[max(line_start, s - Context.LINE_LIMIT):min(line_end, e + Context.LINE_LIMIT)]
        ctx = TaskContext(text, s, e, start, end, section=sec, is_row=_is_row(row),
                          in_heading=bool(in_heading), alone_in_item=per_section.get(r.section, 0) == 1,
                          closes_item=sec is not None and _forward(text, e, sec.span[1]) >= sec.span[1])
        rule = decide("task", TASK_RULES, ctx)
        prev_end = drafts[-1].end if drafts else start
        if rule.name == "table-row":
            ts, te = max(line_start, prev_end), max(e, line_end)
        elif rule.name == "section-heading":
            ts, te = sec.span[0], max(e, _back(text, sec.body_span[0], e))
        elif rule.name == "whole-item":
            ts, te = sec.span[0], e
        else:
            floor = max(prev_end, sec.body_span[0] if sec else start)
            if sec is not None and sec.body_span[0] > s:
                floor = max(prev_end, sec.span[0])
            if sec is None:
                floor = max(prev_end, text.rfind("\n", start, s) + 1)
            ts, te = _forward(text, floor, s), e
        if drafts and ts < drafts[-1].end:
            ts = drafts[-1].end
        ts = min(ts, s)
        if drafts and drafts[-1].end > s:  # two assignments of one span: the second joins the task
            drafts[-1].assignments.append(k)
            drafts[-1].end = max(drafts[-1].end, e)
            continue
        drafts.append(_Draft(ts, max(te, e), r.section, rule.name, [k]))
    drafts = _with_items(text, start, end, flat, drafts, records)
    _assign(drafts, responsibilities, flat)
    convention = _convention(text, start, end)
    starts = {kind: [r.span[0] for r in records.get(kind, [])] for kind in ("deadlines", "targets", "funding")}
    tasks = []
    for d in drafts:
        shared = convention[1] if convention and d.start >= convention[0] else []
        inside = {kind: _inside(records.get(kind, []), d.start, d.end, starts[kind]) for kind in starts}
        tasks.append(Task(raw=text[d.start:d.end], span=(d.start, d.end), section=d.section, rule=d.rule,
                          lead=d.lead, units=d.units, inherited=d.inherited, shared_units=shared,
                          responsibilities=d.assignments, **inside))
    return tasks


def _with_items(text: str, start: int, end: int, flat: list[Section], drafts: list[_Draft],
                records: dict[str, list]) -> list[_Draft]:
    """Add the numbered items that hold no assignment but carry a commitment."""
    taken = sorted((d.start, d.end) for d in drafts)
    marks = sorted(r.span[0] for kind in ("deadlines", "targets", "funding") for r in records.get(kind, []))
    out = list(drafts)
    for sec in flat:
        if sec.children:
            continue
        s, e = sec.span
        k = bisect.bisect_left(taken, (e, e)) - 1  # the last task starting before the item ends
        if k >= 0 and taken[k][1] > s:  # tasks never overlap: only that one can reach into the item
            continue
        i = bisect.bisect_left(marks, s)
        has_record = i < len(marks) and marks[i] < e
        if has_record or COMMITMENT.match(sec.title):
            out.append(_Draft(s, _back(text, e, s) or e, sec.id, "committing-item"))
    out.sort(key=lambda d: d.start)
    return out


def _assign(drafts: list[_Draft], responsibilities: list[Responsibility], flat: list[Section]) -> None:
    """Units and leads of each task: its own assignments, or its section's when the section is assigned."""
    section_assignment: dict[str, _Draft] = {d.section: d for d in drafts if d.rule == "section-heading" and d.section}
    for d in drafts:
        for k in d.assignments:
            r = responsibilities[k]
            d.units += [u for u in r.units if u not in d.units]
            d.lead += [u for u in r.lead if u not in d.lead]
        if d.assignments or d.section is None:
            continue
        parent = d.section
        while parent:
            owner = section_assignment.get(parent)
            if owner is not None:
                d.units, d.lead, d.inherited = list(owner.units), list(owner.lead), True
                break
            parent = parent.rpartition(".")[0]


def _inside(found: list, start: int, end: int, starts: list[int] | None = None) -> list[int]:
    """Indices of the records of ``found`` (in text order) that lie in ``[start, end)``."""
    starts = starts if starts is not None else [r.span[0] for r in found]
    lo, hi = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
    return [i for i in range(lo, hi) if found[i].span[1] <= end]


def _sentence(text: str, start: int, end: int, s: int, e: int) -> str:
    a = s
    while a > start and text[a - 1] not in SENTENCE_END and s - a < 200:
        a -= 1
    b = e
    while b < end and text[b] not in SENTENCE_END and b - e < 200:
        b += 1
    return " ".join(text[a:b].split())


def funding_kind(before: str, after: str) -> str:
    """The kind of an amount from its clause (text right before and after it).

    >>> funding_kind("对违反规定的，处", "以上10万元以下的罚款"), funding_kind("对新建养老机构每张床位给予", "的一次性建设补贴")
    ('penalty', 'subsidy')
    >>> funding_kind("年营业收入首次突破", "的企业"), funding_kind("地区生产总值达到", "")
    ('threshold', 'economic_target')
    """
    for kind, pattern in FUNDING_KINDS:
        if kind == "penalty" and (pattern.search(before) or regex.search(r"罚款|罚金", after[:20])):
            return kind
        if kind == "threshold" and (pattern.search(before) and after.startswith(("的", "以上的", "以下的"))):
            return kind
        if kind not in ("penalty", "threshold") and (pattern.search(before) or pattern.search(after[:12])):
            return kind
    return "other"


def funding_purpose(before: str, after: str) -> str | None:
    """What an amount is for, when its clause says: 用于… after it, 对…给予 / 奖励… before it.

    >>> funding_purpose("每年安排", "用于农村道路养护，")
    '农村道路养护'
    >>> funding_purpose("对首次认定的高新技术企业给予", "奖励")
    '首次认定的高新技术企业'
    """
    m = PURPOSE_AFTER.match(after)
    if m:
        return m.group("p")
    m = PURPOSE_BEFORE.search(before)
    if m:
        return m.group("p")
    m = PURPOSE_REWARD.search(before)
    return m.group("p") if m else None


def _clause(text: str, start: int, end: int, s: int, e: int) -> tuple[str, str]:
    a = max(start, s - FUNDING_WINDOW)
    cut = max(text.rfind(ch, a, s) for ch in "。；;\n")
    before = text[cut + 1 if cut >= a else a:s]
    b = min(end, e + FUNDING_WINDOW)
    stop = [i for i in (text.find(ch, e, b) for ch in "。；;\n") if i != -1]
    after = text[e:min(stop) if stop else b]
    return before, after


def describe(text: str, start: int, end: int, records: dict[str, list], tasks: list[Task]) -> dict[str, list]:
    """Records with what they are about: deadlines' ``subject``, funding's ``purpose`` and ``kind``."""
    spans = [t.span for t in tasks]
    out = dict(records)
    deadlines: list[Deadline] = []
    for d in records.get("deadlines", []):
        i = bisect.bisect_right(spans, (d.span[0], float("inf"))) - 1
        own = tasks[i] if i >= 0 and spans[i][0] <= d.span[0] and d.span[1] <= spans[i][1] else None
        subject = " ".join(own.raw.split()) if own is not None and own.responsibilities else _sentence(
            text, start, end, *d.span)
        deadlines.append(d.model_copy(update={"subject": subject or None}))
    out["deadlines"] = deadlines
    funding: list[Funding] = []
    for f in records.get("funding", []):
        before, after = _clause(text, start, end, *f.span)
        funding.append(f.model_copy(update={"purpose": funding_purpose(before, after),
                                            "kind": funding_kind(before, after)}))
    out["funding"] = funding
    return out


def attach(text: str, start: int, end: int, sections: list[Section], records: dict[str, Any]) -> dict[str, Any]:
    """The records with ``tasks`` added and deadlines and funding described."""
    tasks = build(text, start, end, sections, records)
    out = describe(text, start, end, records, tasks)
    out["tasks"] = tasks
    return out
