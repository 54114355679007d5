"""Responsibility assignments: who is to do a task.

An assignment is a bracketed list of units that closes a task — labelled
(（牵头单位：X；责任单位：Y）, [牵头单位:X,配合单位:Y]) or not (（市卫健委、市民政局）) —
a ``X牵头`` / ``X负责`` tail in brackets, a labelled clause without brackets
(``责任单位：市经信局、市财政局`` in 分工 lists, ``【责任单位】X、Y``), labelled
lines that follow each other under one task (``牵头单位：X`` then
``责任单位：Y、Z``: one assignment), or the cells of a table under a
牵头单位 / 责任单位 / 配合单位 column (one assignment per row).  Unlabelled
brackets count only when every item reads as a unit (see :mod:`.units`) and
the bracket closes a task, so （此件主动公开） and （2021-2025年） never do.

Leads are the units after a lead label or under a lead column, the units
before 牵头 or marked （牵头）, or — from a declaration such as ``排第一的为牵头单位，下同`` on —
the first unit listed.  Declarations and notes inside a bracket are not units.
Patterns match on the document's simplified shadow, so traditional-script
copies (牽頭單位, X牽頭, 及) read the same; strings are sliced from the text as
printed.  A record never runs past the end of the section it starts in.

Each decision is a named rule (:mod:`policyparse.rules`, kind
``responsibility``): :data:`ITEM_RULES` (is an item of a list a unit?),
:data:`BRACKET_RULES` (is a bracket an assignment?), :data:`CLAUSE_RULES`
(an unbracketed labelled list), :data:`CELL_RULES` (a table cell) and
:data:`PROSE_RULES` (由X牵头 in running text, never an assignment).
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field

import regex

from ..grammar.brackets import CLOSERS, OPEN_TO_CLOSE, split_spans
from ..models import Responsibility
from ..rules import Context, Rule, accept, always, cached_property, decide, pattern, reject
from ..tables import column_of, rows_under_headers
from . import DocumentView
from .units import looks_like_unit, normalise_unit

KIND = "responsibility"

# Role labels (simplified: patterns match on the shadow) -> whether the units after them lead.
# Source: the labels of 分工 brackets, task tables and 分工 lists in national to county documents.
ROLE_LABELS: dict[str, bool] = {
    "牵头单位": True, "牵头部门": True, "主责单位": True, "牵头": True, "主办单位": True,
    "责任单位": False, "责任部门": False, "配合单位": False, "配合部门": False, "参与单位": False,
    "协办单位": False, "协同单位": False, "实施主体": False, "实施单位": False, "责任主体": False,
    "责任领导": False, "参加单位": False, "支持单位": False, "协助单位": False,
    "责任": False, "配合": False, "参与": False, "协办": False, "协助": False,
}
# Labels after which a declared first-listed-unit-leads convention does not apply.
SUPPORT_LABELS = frozenset({"配合单位", "配合部门", "参与单位", "协办单位", "协同单位", "参加单位",
                            "支持单位", "协助单位", "配合", "参与", "协办", "协助"})
# Verbs of a duty after the units of an item (X负责, X按职责分工负责落实).
# Source: the tails of 分工 brackets in provincial and municipal task lists.
DUTY_VERBS = ("负责", "配合", "参与", "协助", "落实", "督导", "实施", "推进", "承担", "组织")
_LABELS = "|".join(sorted(ROLE_LABELS, key=len, reverse=True))
LABEL = regex.compile(  # used with match(shadow, pos): anchored at pos
    rf"(?P<label>{_LABELS})\s*(?:[:：]|(?<=单位|部门)(?=[\p{{Han}}]))\s*"
)  # a four-character label may lose its colon (some PDF exports drop it)
_CLAUSE_STOP = regex.compile("[。\n\t]")
LABEL_ANYWHERE = pattern(
    rf"(?<=^|[。；;\t，,：:\s])(?:{'|'.join(sorted((k for k in ROLE_LABELS if len(k) > 2), key=len, reverse=True))})\s*[:：]"
)
LEAD_CONVENTION = pattern(
    r"(?:排|列)(?:在|于)?(?:第一|首)(?:位|个)?(?:的|者)?(?:单位|部门)?(?:为|是)牵头(?:单位|部门)?"
)
# Tails after the units of an item: lead markers (X牵头, X牵头督导), then other duties.
LEAD_TAIL = pattern(r"(?:分别|共同|负责)?牵头[\p{Han}]{0,2}$")
DUTY_TAIL = pattern(
    rf"(?:(?:按职责分工|按职能分工|按照职责|根据职责|按职责)(?:分别|共同)?[\p{{Han}}]{{1,2}}"
    rf"|(?:分别|共同)?(?:{'|'.join(DUTY_VERBS)})+)$"
)
# A note after one unit that gives its role: 市教育局（牵头）, 市财政局（配合）.
ROLE_NOTE = pattern(r"[（(](?P<role>牵头|主责|配合|参与|协助|协办)(?:单位|部门)?[）)]$")
TRAILING_ETC = pattern(r"等(?:相关|有关)?(?:部门|单位)?$")
# Notes inside a bracket that are not units.
DEADLINE_NOTE = pattern(r"时限|时间|年底|月底|以前|[0-9０-９]{4}|^[0-9０-９]")
OTHER_NOTE = pattern(r"下同|其中|完成|持续推进|长期")
# Brackets that hold something other than units, by what they start with.
PUBLICITY_NOTE = pattern(r"^\s*此件")
DRAFT_MARKER = pattern(r"^\s*(?:征求意见稿|送审稿|讨论稿|试行|暂行)")
PLAN_PERIOD = pattern(r"^\s*[0-9０-９]{4}\s*[-—–－~～至到]\s*[0-9０-９]{4}\s*年?")
ALIAS_DEFINITION = pattern(r"^\s*(?:以下简称|下称|简称)")
THRESHOLD_NOTE = pattern(r"^\s*(?:含|不含)")
# A bracket that is a label for the list after it, the way web pages print fields:
# 【政策落实单位】市工信局、市财政局 at the start of a line.
BRACKET_LABEL = pattern(r"^[\p{Han}]{0,8}(?:单位|部门)$")  # at the start of a line
LEAD_WORD = pattern(r"牵头|主责")
# A role label right before a bracket: 共7个牵头单位（A、B…）.
LABEL_BEFORE = pattern(rf"(?:{_LABELS})\s*$")
ITEM_SEPARATORS = "、，,；;"
CLAUSE_SEPARATORS = "，,；;"
AND_SPLIT = pattern(r"以及|及")
TASK_END_AFTER = "。；;，,．.\n"
NAME_BEFORE = pattern(r"(?:人民政府|政府|委员会|管委会)$")
PROSE_LEAD = pattern(r"由[^，。；;,\n（）()]{2,24}?牵头")
# Table columns, by their header cell (whitespace removed): who does the task, and who does not.
ROLE_COLUMN = pattern(r"^(?:牵头|责任|配合|协办|参与|主责|协助|协同)[\p{Han}]{0,4}(?:单位|部门)$")
UNIT_COLUMN = pattern(r"(?:单位|部门|领导|责任人)$")  # columns whose cells are judged at all
# A header row names a role, an owner or a leader in one of its cells.
HEADER_CELL = pattern(r"^(?:(?:牵头|责任|配合|协办|参与|主责|协助|协同)[\p{Han}]{0,4}(?:单位|部门)"
                      r"|[\p{Han}]{0,4}(?:业主单位|建设单位|项目单位)|分管[\p{Han}]{0,3}领导|责任人)$")
OWNER_COLUMN = pattern(r"业主|建设单位|项目单位|管理单位")
PERSON_COLUMN = pattern(r"领导|责任人|联系人")
MAX_BRACKET = 400
MAX_CLAUSE = 2 * MAX_BRACKET  # an unbracketed list is read this far at most
WRAPPED_AFTER = "、，,；;：:"  # a line that ends inside a list goes on
MAX_PROSE = 1000  # prose 牵头 candidates decided per document
# What _groups looks at: brackets and line ends, nothing else of the text.
_GROUP_CHARS = regex.compile("[" + regex.escape("".join(OPEN_TO_CLOSE) + "".join(CLOSERS)) + "\n]")
_WHITESPACE = regex.compile(r"\s+")

# Named windows (characters).
NAME_WINDOW = 6  # 各县区人民政府（管委会）: the end of a name right before the bracket
LABEL_WINDOW = 6  # 牵头单位（…）: a role label right before the bracket


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
    rule: str = ""


# --------------------------------------------------------------------------- items of a list

@dataclass
class ItemContext(Context):
    """One item of a list (between separators), its label removed."""

    shadow: str = ""
    stopped: bool = False  # the list ended at a sentence end before this item

    @cached_property
    def piece(self) -> str:
        return self.shadow[self.start:self.end]


ITEM_RULES: tuple[Rule, ...] = (
    reject("after-sentence-end", lambda c: c.stopped,
           "a sentence after 。 inside the bracket is a note (以下各项工作均需…落实), not units"),
    reject("lead-declaration", lambda c: LEAD_CONVENTION.search(c.piece) or "为牵头" in c.piece
           or "牵头单位" in c.piece or "排第一" in c.piece or "排在第" in c.piece,
           "列第一位者为牵头单位: a declaration that sets leads, not a unit"),
    reject("deadline-note", lambda c: DEADLINE_NOTE.search(c.piece),
           "完成时限：2022年底: a deadline inside the bracket, not a unit"),
    reject("other-note", lambda c: OTHER_NOTE.search(c.piece), "下同 / 其中 / 长期: a note, not a unit"),
    accept("unit", always, "an item of the list names a unit"),
)


def _parse(view: DocumentView, start: int, end: int) -> _Parsed:
    """Units and roles of the list in ``text[start:end]`` (inside the brackets)."""
    text, shadow = view.text, view.shadow
    out = _Parsed()
    role_lead = False
    role_label = None
    clause: list[_Item] = []
    stop = next(split_spans(shadow, start, end, "。"))[1]  # a sentence end inside ends the list
    for s, e, sep in split_spans(shadow, start, end, ITEM_SEPARATORS):
        if sep in CLAUSE_SEPARATORS:
            clause = []
        s, e = _trim(text, s, min(e, stop) if s < stop else e)
        m = LABEL.match(shadow, s, e) if s < stop else None
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
        ctx = ItemContext(text, s, e, view.start, view.end, shadow=shadow, stopped=s >= stop)
        if decide(KIND, ITEM_RULES, ctx).rejects:
            continue
        note = ROLE_NOTE.search(shadow, s, e)
        if note and note.start() > s:
            e = note.start()  # the note is not part of the unit's name
        piece = shadow[s:e]
        lead_tail = LEAD_TAIL.search(piece)
        if lead_tail:
            e = s + lead_tail.start()
            out.tail = out.explicit_lead = True
        else:
            duty = DUTY_TAIL.search(piece)
            if duty and duty.start() > 0:
                e = s + duty.start()
                out.tail = True
        etc = TRAILING_ETC.search(shadow, s, e)
        if etc and etc.start() > s:
            e = etc.start()
        out.list_end = e if not etc else max(e, etc.end())
        for us, ue in _split_and(shadow, s, e):
            item = _Item(us, ue, lead=role_lead)
            out.units.append(item)
            clause.append(item)
        if note and LEAD_WORD.match(note.group("role")):
            item.lead = out.explicit_lead = True
        if lead_tail:
            for item in clause:
                item.lead = True
    if role_label is None:
        out.support_only = False
    return out


def _split_and(shadow: str, s: int, e: int):
    """Split ``A及B`` between units; never on 和 or 与, which occur inside names."""
    for m in AND_SPLIT.finditer(shadow, s, e):
        if looks_like_unit(shadow[s:m.start()]) and m.end() < e:
            yield s, m.start()
            yield from _split_and(shadow, m.end(), e)
            return
    yield s, e


# --------------------------------------------------------------------------- brackets

@dataclass
class BracketContext(Context):
    """A top-level bracket group: ``start`` at its opening bracket, ``end`` after its close."""

    shadow: str = ""
    closed: bool = True
    parsed: _Parsed | None = None

    @cached_property
    def inner(self) -> str:
        return self.shadow[self.start + 1:self.end - 1 if self.closed else self.end]

    @cached_property
    def all_units(self) -> bool:
        return all(looks_like_unit(self.shadow[u.start:u.end]) for u in self.parsed.units)

    @cached_property
    def label_before(self) -> regex.Match | None:
        return LABEL_BEFORE.search(self.shadow, max(self.doc_start, self.start - LABEL_WINDOW), self.start)

    @cached_property
    def closes_task(self) -> bool:
        before = self.shadow[self.start - 1] if self.start > self.doc_start else "\n"
        after = self.shadow[self.end] if self.end < self.doc_end else "\n"
        return after in TASK_END_AFTER or before in "。；;\n"

    @cached_property
    def cut_off(self) -> bool:
        """Left open at the end of the document: the excerpt ends inside it."""
        return not self.closed and not self.text[self.end:self.doc_end].strip()


BRACKET_RULES: tuple[Rule, ...] = (
    reject("across-cells", lambda c: "\t" in c.inner,
           "a bracket that runs on across table cells: the cell's text was cut, not a list of units"),
    reject("publicity-note", lambda c: PUBLICITY_NOTE.search(c.inner), "（此件主动公开）: a publicity note"),
    reject("draft-marker", lambda c: DRAFT_MARKER.search(c.inner), "（征求意见稿） / （试行）: a mark of the title"),
    reject("plan-period", lambda c: PLAN_PERIOD.search(c.inner), "（2021-2025年）: a plan period"),
    reject("alias-definition", lambda c: ALIAS_DEFINITION.search(c.inner), "（以下简称…）: a short name defined"),
    reject("threshold-note", lambda c: THRESHOLD_NOTE.search(c.inner), "（含） / （不含…）: a threshold note"),
    reject("no-units", lambda c: not c.parsed.units, "nothing in the bracket names a unit"),
    reject("cut-off", lambda c: c.cut_off, "the text ends inside the bracket: its list is incomplete"),
    accept("labelled", lambda c: c.parsed.labelled, "（牵头单位：X；责任单位：Y）: a labelled list of units"),
    accept("lead-tail", lambda c: c.parsed.tail and c.parsed.explicit_lead, "（X牵头，Y配合）: units marked as leading"),
    accept("duty-tail", lambda c: c.parsed.tail, "（X、Y按职责分工负责）: units given a duty"),
    reject("label-bracket", lambda c: c.start == c.line_start and c.closed and BRACKET_LABEL.match(c.inner),
           "【责任单位】: a label for the list after it, not a unit"),
    reject("not-all-units", lambda c: not c.all_units, "an item of the bracket does not read as a unit"),
    accept("role-label-before", lambda c: c.closed and c.label_before,
           "牵头单位（A、B）: the bracket lists the units of the label before it"),
    reject("part-of-a-name", lambda c: NAME_BEFORE.search(c.shadow, max(c.doc_start, c.start - NAME_WINDOW), c.start),
           "各县区人民政府（管委会）: the bracket is part of a name in a list of addressees"),
    reject("mid-sentence", lambda c: not (c.closed and c.closes_task),
           "a bracket of unit names inside a sentence is an alias or an example, not an assignment"),
    accept("unit-list", always, "（市卫健委、市民政局）: a bracket of units that closes a task"),
)


# --------------------------------------------------------------------------- unbracketed lists

@dataclass
class ClauseContext(Context):
    """An unbracketed labelled list: ``start`` at its label."""

    parsed: _Parsed | None = None


CLAUSE_RULES: tuple[Rule, ...] = (
    reject("no-units", lambda c: not c.parsed.units, "the label is followed by no unit"),
    accept("labelled-clause", always, "责任单位：市经信局、市财政局: a labelled list without brackets"),
)

PROSE_RULES: tuple[Rule, ...] = (
    reject("prose", always, "由市委宣传部牵头制作…: prose that says who leads, not an assignment"),
)


# --------------------------------------------------------------------------- table cells

@dataclass
class CellContext(Context):
    """A table cell under a column whose header names units or people."""

    shadow: str = ""
    header: str = ""  # the column's header, whitespace removed, in the shadow

    @cached_property
    def items(self) -> list[str]:
        s = self.shadow[self.start:self.end]
        return [TRAILING_ETC.sub("", p) or p for p in regex.split(r"[、，,；;\s]+", s) if p]


CELL_RULES: tuple[Rule, ...] = (
    reject("owner-column", lambda c: OWNER_COLUMN.search(c.header), "业主单位: a project owner, not an assignment"),
    reject("person-column", lambda c: PERSON_COLUMN.search(c.header), "分管市领导: a person, not a unit"),
    reject("other-column", lambda c: not ROLE_COLUMN.match(c.header), "a column that assigns no task"),
    reject("empty-cell", lambda c: not c.items, "an empty cell"),
    reject("not-units", lambda c: not all(looks_like_unit(i) for i in c.items), "the cell does not name units"),
    accept("lead-column", lambda c: LEAD_WORD.match(c.header), "a cell under a 牵头单位 column: lead units"),
    accept("role-column", always, "a cell under a 责任单位 / 配合单位 column"),
)


def _table_rows(view: DocumentView) -> list[tuple[int, int, _Parsed]]:
    """One assignment per table row: its accepted role cells, from the first to the last."""
    text, shadow = view.text, view.shadow
    found = []
    for names, header, row in rows_under_headers(text, shadow, view.start, view.end, HEADER_CELL.match):
        cells = []
        for k, name in enumerate(names):
            cell = column_of(text, row, header, k) if UNIT_COLUMN.search(name) else None
            if cell is None:
                continue
            ctx = CellContext(text, cell.start, cell.end, view.start, view.end, shadow=shadow, header=name)
            rule = decide(KIND, CELL_RULES, ctx)
            if rule.accepts:
                cells.append((cell, rule))
        if cells:
            found.append(_cells_record(view, cells))
    return found


def _cells_record(view: DocumentView, cells) -> tuple[int, int, _Parsed]:
    out = _Parsed(labelled=True, support_only=False, rule=cells[0][1].name)
    for cell, rule in cells:
        parsed = _parse(view, cell.start, cell.end)
        for item in parsed.units:
            item.lead = rule.name == "lead-column"
            out.units.append(item)
        out.explicit_lead |= rule.name == "lead-column"
    return cells[0][0].start, cells[-1][0].end, out


# --------------------------------------------------------------------------- the document

def _groups(text: str, start: int, end: int):
    """Top-level bracket groups ``(open, close_end, closed)``.

    A bracket left open at a line end continues on the next line when the line
    ends inside its list (after 、 ， ； or ：: a list wrapped by a PDF's line
    breaks); otherwise it ends at its line end, unclosed.
    """
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
            line_end = _rstrip_spaces(text, stack[0], i)
            if line_end > stack[0] + 1 and text[line_end - 1] in WRAPPED_AFTER and i - stack[0] < MAX_BRACKET:
                continue
            yield stack[0], _rstrip(text, stack[0], i), False
            stack.clear()
    if stack:
        yield stack[0], _rstrip(text, stack[0], end), False


def _rstrip_spaces(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in " \t\u3000":
        end -= 1
    return end


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in " \t。；;":
        end -= 1
    return end


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in " \t\n\u3000":
        s += 1
    while e > s and text[e - 1] in " \t\n\u3000。":
        e -= 1
    return s, e


def _section_end(view: DocumentView, s: int, e: int) -> int:
    """``e``, or the end of the section that holds ``s`` when that comes first: a record
    never runs past its section, nor over the heading of a section nested in it."""
    home = view.sections.at(s)
    if home is not None:
        e = min(e, home.span[1])
    while e > s:
        sec = view.sections.at(e - 1)
        if sec is None or sec is home or sec.span[0] <= s:
            break
        e = sec.span[0]
    return e


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
    for u in parsed.units:
        name, prefix = normalise_unit(view.shadow[u.start:u.end], prefix)
        normalized.append(name)
    return Responsibility(raw=text[s:e], span=(s, e), section=view.section_id(s),
                          units=units, lead=lead, units_normalized=normalized, rule=parsed.rule or None)


def _convention_start(view: DocumentView, groups: list[tuple[int, int, bool]]) -> int | None:
    m = LEAD_CONVENTION.search(view.shadow, view.start, view.end)
    if not m:
        return None
    for s, e, _ in groups:
        if s <= m.start() < e:
            return s
    return m.start()


def _brackets(view: DocumentView, groups) -> tuple[list, list]:
    """Assignments in brackets, and the labels in brackets that head a list (【责任单位】X、Y)."""
    text, shadow = view.text, view.shadow
    found, label_brackets = [], []
    for s, e, closed in groups:
        clipped = _section_end(view, s, e)
        if clipped < e:
            e, closed = _rstrip(text, s, clipped), False
        parsed = _parse(view, s + 1, e - 1 if closed else e)
        ctx = BracketContext(text, s, e, view.start, view.end, shadow=shadow, closed=closed, parsed=parsed)
        rule = decide(KIND, BRACKET_RULES, ctx)
        if rule.name == "label-bracket":
            label_brackets.append((s, e))
        if rule.rejects:
            continue
        parsed.rule = rule.name
        if rule.name == "role-label-before":
            lead = ROLE_LABELS[_WHITESPACE.sub("", ctx.label_before.group())]
            for item in parsed.units:
                item.lead = lead
            parsed.explicit_lead = lead
        found.append((s, e, parsed))
    return found, label_brackets


def _clauses(view: DocumentView, groups, label_brackets) -> list[tuple[int, int, _Parsed]]:
    """Unbracketed labelled lists, consecutive label lines of one task joined."""
    text, shadow = view.text, view.shadow
    inside = [(s, e) for s, e, _ in groups]  # in text order, not overlapping
    starts = [(m.start(), m.end()) for m in LABEL_ANYWHERE.finditer(shadow, view.start, view.end)
              if not _within(inside, m.start())]
    starts += [(s, e) for s, e in label_brackets]
    starts.sort()
    found: list[tuple[int, int, _Parsed, set[str]]] = []
    clause_until = view.start  # a label inside the previous unbracketed list belongs to it
    for s, label_end in starts:
        if s < clause_until:
            continue
        e = _section_end(view, s, _clause_end(shadow, label_end if shadow[s] in OPEN_TO_CLOSE else s, view.end))
        clause_until = e
        if shadow[s] in OPEN_TO_CLOSE:  # 【政策落实单位】X、Y: the bracket is the label
            parsed = _parse(view, label_end, e)
            parsed.labelled = True
            lead = bool(LEAD_WORD.search(shadow, s, label_end))
            for item in parsed.units:
                item.lead = lead
            parsed.explicit_lead, parsed.support_only = lead, False
        else:
            parsed = _parse(view, s, e)
        rule = decide(KIND, CLAUSE_RULES, ClauseContext(text, s, e, view.start, view.end, parsed=parsed))
        if rule.rejects:
            continue
        parsed.rule = rule.name
        labels = {_WHITESPACE.sub("", x).rstrip(":：") for x in LABEL_ANYWHERE.findall(shadow, s, e)}
        if found and _next_line(text, found[-1][1], s) and not labels & found[-1][3]:
            ps, _, prev, prev_labels = found[-1]  # 牵头单位：X / 责任单位：Y、Z: one task's labels
            prev.units.extend(parsed.units)
            prev.explicit_lead |= parsed.explicit_lead
            prev.support_only &= parsed.support_only
            prev.rule = "consecutive-labels"
            found[-1] = (ps, parsed.list_end, prev, prev_labels | labels)
        else:
            found.append((s, parsed.list_end, parsed, labels))
    return [(s, e, p) for s, e, p, _ in found]


def _next_line(text: str, end: int, start: int) -> bool:
    """Whether ``start`` begins the line right after the one ``end`` closes."""
    gap = text[end:start]
    return gap.count("\n") == 1 and not gap.strip(" \t。；;\n")


def _prose(view: DocumentView, taken: list[tuple[int, int]]) -> None:
    """Decide 由X牵头 in running text (rejected: traced, never a record)."""
    for n, m in enumerate(PROSE_LEAD.finditer(view.shadow, view.start, view.end)):
        if n >= MAX_PROSE:
            break
        if not _within(taken, m.start()):
            decide(KIND, PROSE_RULES, Context(view.text, m.start(), m.end(), view.start, view.end))


def extract(view: DocumentView) -> list[Responsibility]:
    """Every responsibility assignment of the document, in order."""
    text = view.text
    groups = [g for g in _groups(text, view.start, view.end) if g[1] - g[0] <= MAX_BRACKET]
    convention_from = _convention_start(view, groups)
    found, label_brackets = _brackets(view, groups)
    found += _clauses(view, groups, label_brackets)
    taken = sorted((s, e) for s, e, _ in found)
    found += [r for r in _table_rows(view) if not _within(taken, r[0])]
    found.sort(key=lambda f: f[0])
    _prose(view, [(s, e) for s, e, _ in groups])
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
