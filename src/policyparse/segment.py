"""Segment a document into its section tree.

Levels come from nesting, not from a fixed table.  Walking the headings in
order, a stack holds the numbering sequences open above the current point: a
marker whose sequence is on the stack closes everything below it and becomes
the next sibling there; a marker of a sequence not on the stack opens a new
level under the innermost open heading.  So a document that starts at （一）
has （一） at level 1, and one that puts 1. directly under 一、 has 1. at level 2.

Numbering continuity is the evidence that a marker is a heading:

* a marker at a line start is a heading when its number continues its
  sequence (allowing a short skip: some documents drop a （三）), restarts
  at 1 under a new parent, or continues the same style's count from an
  earlier parent (plans that number （一）…（三十） straight through);
* a marker inside a line (text whose line breaks were lost,
  ``…制定本方案。一、指导思想…``) is a heading only after a sentence end and
  only when it continues an open sequence exactly;
* quantities (``1.5万亩``, ``2020年``), dashes, 一是/二是, table rows and the
  attachment list (``附件：1.…``) never start a heading.

A box (专栏1) sits one level below the heading whose text it appears in: the
innermost open heading that stands on a line of its own.  Items whose body
runs on after the title (``1.支持…。强化…``) are paragraphs, and a box closes
them: under （一） with items 1. 2. 3., 专栏1 is at the items' level.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field

import regex

from .grammar.markers import MarkerMatch, match_marker
from .models import Section

MAX_SKIP = 2  # numbers a sequence may skip (（二） followed by （四）)
MAX_FRESH_START = 3  # a new sequence may start at 1…3 (an excerpt that starts at 二、)
TITLE_END = "。；;"
INLINE_AFTER = "。；;：:！？!?）)"
INLINE_STYLES = frozenset({"cn_dun", "paren_cn", "arabic_dot", "paren_arabic", "chapter", "section", "article"})
ATTACHMENT_LINE = regex.compile(r"^附\s*件\s*[0-9０-９]*\s*[:：]?")


@dataclass
class _Node:
    match: MarkerMatch
    line_start: int
    title: str
    title_end: int
    standalone: bool = False  # the heading's line holds nothing but the heading
    level: int = 0
    body_start: int = 0
    parent: "_Node | None" = None
    children: list["_Node"] = field(default_factory=list)
    end: int = 0


MAX_TITLE_SCAN = 300  # a "title" that runs longer without 。 is cut here
_TITLE_END_RE = regex.compile(f"[{TITLE_END}]")
_INLINE_AFTER_RE = regex.compile(f"[{regex.escape(INLINE_AFTER)}]")


def _title(line: str, after_marker: int) -> tuple[str, int]:
    """The heading title after the marker and where its sentence ends (offset in line)."""
    i = after_marker
    while i < len(line) and line[i] in " \t\u3000":
        i += 1
    limit = min(len(line), i + MAX_TITLE_SCAN)
    m = _TITLE_END_RE.search(line, i, limit)
    j = m.start() if m else limit
    title = line[i:j].strip(" \t：:")
    return title, (j + 1 if m else j)


def read_heading_line(line: str) -> tuple[MarkerMatch, str, int] | None:
    """The marker, title and title end of a line that starts with a heading marker.

    Only what the line itself shows is checked here; whether the marker is a
    heading also depends on the numbering around it (see :func:`segment`).

    >>> m, title, _ = read_heading_line("（一）指导思想。以习近平…")
    >>> m.style, m.number, title
    ('paren_cn', 1, '指导思想')
    >>> read_heading_line("——坚持融合互动。") is None
    True
    """
    if _is_table_row(line):
        return None
    m = match_marker(line, 0)
    if not m:
        return None
    title, title_end = _title(line, m.end)
    if not title or title.startswith(("——", "—")):
        return None
    return m, title, title_end


def _lines(text: str, start: int, end: int):
    pos = start
    for line in text[start:end].split("\n"):
        yield pos, line
        pos += len(line) + 1


def _is_table_row(line: str) -> bool:
    return line.count("\t") >= 2


class _Builder:
    def __init__(self) -> None:
        self.stack: list[_Node] = []
        self.roots: list[_Node] = []
        self.last_number: dict[tuple[str, str], int] = {}
        self.nodes: list[_Node] = []

    def _index(self, key) -> int | None:
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i].match.key == key:
                return i
        return None

    def place(self, m: MarkerMatch, inline: bool) -> int | None:
        """Where the marker goes: the stack depth it will occupy, or None to reject it."""
        if m.style == "box":
            i = self._index(m.key)
            if i is not None:
                return i
            depth = len(self.stack)
            while depth and not self.stack[depth - 1].standalone:
                depth -= 1  # items whose body runs on after the title are closed by a box
            return depth
        i = self._index(m.key)
        if i is not None:
            last = self.stack[i].match.number
            if m.number == last + 1:
                return i
            if inline:
                return None
            if last < m.number <= last + 1 + MAX_SKIP or m.number == 1:
                return i
            return None
        continued = self.last_number.get(m.key)
        if m.number == 1:
            return len(self.stack)
        if continued is not None and m.number == continued + 1:
            return len(self.stack)
        if inline:
            return None
        if continued is None and m.number <= MAX_FRESH_START:
            return len(self.stack)
        return None

    def push(self, node: _Node, depth: int) -> None:
        del self.stack[depth:]
        node.parent = self.stack[-1] if self.stack else None
        node.level = depth + 1
        (node.parent.children if node.parent else self.roots).append(node)
        self.stack.append(node)
        self.last_number[node.match.key] = node.match.number
        self.nodes.append(node)


def _candidates(text: str, start: int, end: int, lost_breaks: bool):
    """Marker matches in document order: (absolute line start, line, match, inline)."""
    in_attachments = False
    for pos, line in _lines(text, start, end):
        if not line:
            continue  # web copies put a blank line between the items of an attachment list too
        if ATTACHMENT_LINE.match(line):
            in_attachments = True
            continue
        if _is_table_row(line):
            continue
        heading = read_heading_line(line)
        m = heading[0] if heading else None
        if in_attachments and m and m.style in ("arabic_dot", "paren_arabic") and "。" not in line:
            continue
        in_attachments = False
        if m:
            yield pos, line, m, False
        # Markers inside the line, after a sentence end.
        for k in _INLINE_AFTER_RE.finditer(line):
            j = k.end()
            if j >= len(line) or (m and j <= m.end):
                continue
            im = match_marker(line, j)
            if im and im.style in INLINE_STYLES and (lost_breaks or im.style in ("cn_dun", "chapter", "article")):
                yield pos, line, im, True


def _lost_breaks(text: str, start: int, end: int) -> bool:
    """Whether the text reads as if its line breaks were lost (few, very long lines)."""
    lines = [x for x in text[start:end].split("\n") if x]
    if not lines:
        return False
    long_chars = sum(len(x) for x in lines if len(x) > 1500)
    return long_chars > 0.5 * (end - start)


def segment(text: str, start: int, end: int, shadow: str | None = None) -> list[Section]:
    """The section tree of ``text[start:end]``, with spans into ``text``.

    ``shadow`` is the text in simplified script (:func:`policyparse.script.simplified_shadow`).
    """
    builder = _Builder()
    lost = _lost_breaks(text, start, end)
    for line_pos, line, m, inline in _candidates(text, start, end, lost):
        title, title_end = _title(line, m.end)
        if not title or title.startswith(("——", "—")):
            continue
        depth = builder.place(m, inline)
        if depth is None:
            continue
        node = _Node(m, line_pos + m.start, title, line_pos + title_end,
                     standalone=not inline and not line[title_end:].strip())
        builder.push(node, depth)
    _close(builder.nodes, text, end)
    return _to_models(builder.roots, "")


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
            body_span=(n.body_start, n.end), children=_to_models(n.children, sid + "."),
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
