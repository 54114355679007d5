"""Responsibility assignments: who is to do a task.

An assignment is a bracketed list of units that closes a task — labelled
(（牵头单位：X；责任单位：Y）, [牵头单位:X,配合单位:Y]) or not (（市卫健委、市民政局）) —
a ``X牵头`` / ``X负责`` tail in brackets, or a labelled clause without brackets
(``责任单位：市经信局、市财政局`` in tables and 分工 lists).  Unlabelled brackets
count only when every item reads as a unit (see :mod:`.units`), and only when
the bracket closes a task, so （此件主动公开） and （2021-2025年） never do.

Leads are the units after a lead label, the units before 牵头, or — from a
declaration such as ``排第一的为牵头单位，下同`` on — the first unit listed.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field

import regex

from ..grammar.brackets import CLOSERS, OPEN_TO_CLOSE, split_spans
from ..models import Responsibility
from . import DocumentView
from .units import looks_like_unit, normalise_unit


# label -> whether the units after it lead
ROLE_LABELS: dict[str, bool] = {
    "牵头单位": True, "牵头部门": True, "主责单位": True, "牵头": True, "主办单位": True,
    "牽頭單位": True, "牽頭部門": True, "主責單位": True,
    "责任单位": False, "责任部门": False, "配合单位": False, "配合部门": False, "参与单位": False,
    "协办单位": False, "协同单位": False, "实施主体": False, "实施单位": False, "责任主体": False,
    "责任领导": False, "参加单位": False, "支持单位": False, "协助单位": False,
    "责任": False, "配合": False, "参与": False, "协办": False, "协助": False,
    "責任單位": False, "責任部門": False, "配合單位": False, "參與單位": False, "協辦單位": False,
}
# Labels after which a declared first-listed-unit-leads convention does not apply.
SUPPORT_LABELS = frozenset({"配合单位", "配合部门", "参与单位", "协办单位", "协同单位", "参加单位",
                            "支持单位", "协助单位", "配合單位", "參與單位", "協辦單位",
                            "配合", "参与", "协办", "协助"})
LABEL = regex.compile(  # used with match(text, pos): anchored at pos
    rf"(?P<label>{'|'.join(sorted(ROLE_LABELS, key=len, reverse=True))})\s*(?:[:：]|(?<=单位|部门|單位|部門)(?=[\p{{Han}}]))\s*"
)  # a four-character label may lose its colon (some PDF exports drop it)
_CLAUSE_STOP = regex.compile("[。\n\t]")
LABEL_ANYWHERE = regex.compile(
    rf"(?<=^|[。；;\t，,：:\s])(?:{'|'.join(sorted((k for k in ROLE_LABELS if len(k) > 2), key=len, reverse=True))})\s*[:：]"
)
LEAD_CONVENTION = regex.compile(
    r"(?:排|列)(?:在|于)?(?:第一|首)(?:位|个)?(?:的|者)?(?:单位|部门)?(?:为|是)(?:牵头|牽頭)(?:单位|部门|單位)?"
)
# Tails after the units of an item: lead markers, then other duties.
LEAD_TAIL = regex.compile(r"(?:分别|共同|负责)?牵头(?:负责|落实|实施)?$")
DUTY_TAIL = regex.compile(r"(?:按职责分工|按职能分工|按照职责|根据职责|按职责)?(?:分别|共同)?(?:负责|配合|参与|协助|落实)$")
TRAILING_ETC = regex.compile(r"等(?:相关|有关)?(?:部门|单位)$")
# Items that are notes, not units: deadlines, conventions, remarks.
NOTE = regex.compile(r"时限|时间|下同|为牵头|牵头单位|排第一|排在第|其中|^[0-9０-９]|[0-9０-９]{4}|年底|月底|以前|完成|持续推进|长期")
ITEM_SEPARATORS = "、，,；;"
CLAUSE_SEPARATORS = "，,；;"
AND_SPLIT = regex.compile(r"以及|及")
TASK_END_AFTER = "。；;，,．.\n"
NAME_BEFORE = regex.compile(r"(?:人民政府|政府|委员会|管委会)$")
MAX_BRACKET = 400
MAX_CLAUSE = 2 * MAX_BRACKET  # an unbracketed list is read this far at most
# What _groups looks at: brackets and line ends, nothing else of the text.
_GROUP_CHARS = regex.compile("[" + regex.escape("".join(OPEN_TO_CLOSE) + "".join(CLOSERS)) + "\n]")


@dataclass
class _Item:
    start: int
    end: int
    lead: bool = False


@dataclass
class _Parsed:
    units: list[_Item] = field(default_factory=list)
    labelled: bool = False
    explicit_lead: bool = False
    support_only: bool = True
    tail: bool = False
    list_end: int = 0  # end of the last item that named units


def _groups(text: str, start: int, end: int):
    """Top-level bracket groups ``(open, close_end, closed)``; an unclosed one ends at its line end."""
    stack: list[int] = []
    for m in _GROUP_CHARS.finditer(text, start, end):
        ch, i = m.group(), m.start()
        if ch in OPEN_TO_CLOSE:
            stack.append(i)
        elif ch in CLOSERS and stack:
            first = stack[0]
            stack.pop()
            if not stack:
                yield first, i + 1, True
        elif ch == "\n" and stack:
            yield stack[0], _rstrip(text, stack[0], i), False
            stack.clear()
    if stack:
        yield stack[0], _rstrip(text, stack[0], end), False


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in " \t。；;":
        end -= 1
    return end


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in " \t":
        s += 1
    while e > s and text[e - 1] in " \t。":
        e -= 1
    return s, e


def _parse(text: str, start: int, end: int) -> _Parsed:
    """Units and roles of the list in ``text[start:end]`` (inside the brackets)."""
    out = _Parsed()
    role_lead = False
    role_label = None
    clause: list[_Item] = []
    for s, e, sep in split_spans(text, start, end, ITEM_SEPARATORS):
        if sep in CLAUSE_SEPARATORS:
            clause = []
        s, e = _trim(text, s, e)
        m = LABEL.match(text, s, e)
        if m:
            role_label = m.group("label")
            role_lead = ROLE_LABELS[role_label]
            out.labelled = True
            out.explicit_lead |= role_lead
            if role_label not in SUPPORT_LABELS:
                out.support_only = False
            s = m.end()
            clause = []
        if s >= e:
            continue
        piece = text[s:e]
        if NOTE.search(piece):
            continue
        lead_tail = LEAD_TAIL.search(piece)
        if lead_tail:
            e = s + lead_tail.start()
            out.tail = out.explicit_lead = True
        else:
            duty = DUTY_TAIL.search(piece)
            if duty and duty.start() > 0:
                e = s + duty.start()
                out.tail = True
        etc = TRAILING_ETC.search(text, s, e)
        if etc and etc.start() > s:
            e = etc.start()
        out.list_end = e if not etc else max(e, etc.end())
        for us, ue in _split_and(text, s, e):
            item = _Item(us, ue, lead=role_lead)
            out.units.append(item)
            clause.append(item)
        if lead_tail:
            for item in clause:
                item.lead = True
    if role_label is None:
        out.support_only = False
    return out


def _split_and(text: str, s: int, e: int):
    """Split ``A及B`` between units; never on 和 or 与, which occur inside names."""
    for m in AND_SPLIT.finditer(text, s, e):
        if looks_like_unit(text[s:m.start()]) and m.end() < e:
            yield s, m.start()
            yield from _split_and(text, m.end(), e)
            return
    yield s, e


def _closes_task(text: str, open_: int, close: int, doc_end: int) -> bool:
    before = text[open_ - 1] if open_ > 0 else "\n"
    after = text[close] if close < doc_end else "\n"
    if NAME_BEFORE.search(text, max(0, open_ - 6), open_):
        return False  # 各县区人民政府（管委会）: the bracket is part of a name in a list of addressees
    return after in TASK_END_AFTER or before in "。；;\n"


def _record(view: DocumentView, s: int, e: int, parsed: _Parsed, convention: bool) -> Responsibility:
    text = view.text
    units = [text[u.start:u.end] for u in parsed.units]
    if parsed.explicit_lead:
        lead = [text[u.start:u.end] for u in parsed.units if u.lead]
    elif convention and not parsed.support_only:
        lead = units[:1]
    else:
        lead = []
    normalized, prefix = [], ""
    for u in units:
        name, prefix = normalise_unit(u, prefix)
        normalized.append(name)
    return Responsibility(raw=text[s:e], span=(s, e), section=view.section_id(s),
                          units=units, lead=lead, units_normalized=normalized)


def _convention_start(view: DocumentView, groups: list[tuple[int, int, bool]]) -> int | None:
    m = LEAD_CONVENTION.search(view.text, view.start, view.end)
    if not m:
        return None
    for s, e, _ in groups:
        if s <= m.start() < e:
            return s
    return m.start()


def extract(view: DocumentView) -> list[Responsibility]:
    """Every responsibility assignment of the document, in order."""
    text = view.text
    groups = [g for g in _groups(text, view.start, view.end) if g[1] - g[0] <= MAX_BRACKET]
    convention_from = _convention_start(view, groups)
    found: list[tuple[int, int, _Parsed]] = []
    for s, e, closed in groups:
        inner_end = e - 1 if closed else e
        parsed = _parse(text, s + 1, inner_end)
        if not parsed.units:
            continue
        if parsed.labelled or parsed.tail:
            found.append((s, e, parsed))
        elif closed and _closes_task(text, s, e, view.end) and all(
                looks_like_unit(text[u.start:u.end]) for u in parsed.units):
            found.append((s, e, parsed))
    inside = [(s, e) for s, e, _ in groups]  # in text order, not overlapping
    clause_until = view.start  # a label inside the previous unbracketed list belongs to it
    for m in LABEL_ANYWHERE.finditer(text, view.start, view.end):
        if m.start() < clause_until or _within(inside, m.start()):
            continue
        s, e = m.start(), _clause_end(text, m.start(), view.end)
        parsed = _parse(text, s, e)
        if parsed.units:  # the raw of an unbracketed list ends with its last unit
            found.append((s, parsed.list_end, parsed))
            clause_until = e
    found.sort(key=lambda f: f[0])
    return [_record(view, s, e, p, convention_from is not None and s >= convention_from) for s, e, p in found]


def _within(spans: list[tuple[int, int]], pos: int) -> bool:
    """Whether ``pos`` lies in one of ``spans`` (sorted, not overlapping)."""
    k = bisect.bisect_right(spans, (pos, float("inf"))) - 1
    return k >= 0 and spans[k][0] <= pos < spans[k][1]


def _clause_end(text: str, start: int, end: int) -> int:
    """Where an unbracketed labelled list ends: 。, the line end, or a table cell
    that is not a label; at most ``MAX_CLAUSE`` characters on, so that a line
    of labels costs linear time."""
    end = min(end, start + MAX_CLAUSE)
    for m in _CLAUSE_STOP.finditer(text, start, end):
        if m.group() != "\t" or not LABEL.match(text, m.end()):
            end = m.start()
            break
    return _rstrip(text, start, end)
