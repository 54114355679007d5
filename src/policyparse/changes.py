"""What changed between two versions of a policy: sections and commitments, not characters.

:func:`diff` compares two parse results (a 征求意见稿 and the final text, a plan and
its revision, a city's copy of a provincial notice) in three passes:

1. **Sections are aligned**, not matched by number.  Both section trees are
   flattened in document order and keyed by their titles, folded (whitespace gone,
   half-width punctuation as full-width); :class:`difflib.SequenceMatcher` aligns the
   two title sequences, which keeps order.  What is left is paired by title anywhere
   (a section that moved), then by similar title or body (a section that was
   retitled).  A pair whose marker changed is ``renumbered``; whose parent's title
   changed, ``moved``; whose title changed, ``retitled``; whose own text (children
   excluded, folded) changed, ``changed``.  Unpaired sections are ``added`` or
   ``removed``.  Work grows with the number of sections, and characters are
   compared only inside aligned pairs.
2. **Records are matched within aligned sections** — targets by indicator, others by
   the text just before them — and then across sections for records whose paragraph
   moved.  A matched pair whose fields differ is ``changed`` with the fields named
   (target value, unit, comparator, year; deadline date; assignment lead and units,
   compared by normalised agency names so 市卫健委 → 市卫生健康委员会 is no change;
   funding amount).  The rest are ``added`` or ``removed``.
3. **Metadata**: title, doc_number, issuer, date, and whether the text is a draft
   (征求意见稿).

The result is a :class:`DocumentDiff` (pydantic; ``policyparse schema --diff``).
"""
from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from .extractors.units import normalise_unit
from .models import Document, ParseResult, Section
from .segment import walk

SectionChangeKind = Literal["added", "removed", "renumbered", "moved", "retitled", "changed"]
RecordChangeKind = Literal["added", "removed", "changed"]
RecordKind = Literal["targets", "deadlines", "responsibilities", "funding"]

# What identifies a record of each kind, and the fields compared once two are paired.
COMPARED: dict[str, tuple[str, ...]] = {
    "targets": ("value", "value_max", "unit", "comparator", "year"),
    "deadlines": ("year", "month", "day"),
    "responsibilities": ("lead", "units"),
    "funding": ("amount", "amount_max", "per"),
}
CONTEXT = 16  # characters of text before a record that identify it within its section
SIMILAR_TITLE = 0.6  # a pair of leftover sections with titles this similar was retitled
SIMILAR_BODY = 0.75  # … or with bodies this similar
SIMILAR_CONTEXT = 0.5  # two leftover records with contexts this similar are one record changed
NEAR_CANDIDATES = 24  # a leftover section is compared with this many leftovers at about its position
DRAFT_WORDS = ("征求意见稿", "送审稿", "讨论稿", "草案")

_FOLD = str.maketrans({"(": "（", ")": "）", ",": "，", ":": "：", ";": "；", "!": "！", "?": "？",
                       "[": "［", "]": "］", "\u3000": None, " ": None, "\t": None, "\n": None, "\r": None})


def fold(s: str | None) -> str:
    """A string as compared: whitespace gone, half-width punctuation as full-width.

    >>> fold("（一） 总体要求(试行),到2025年") == fold("（一）总体要求（试行），到2025年")
    True
    """
    return (s or "").translate(_FOLD)


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class SectionChange(_Model):
    change: SectionChangeKind
    old_id: str | None = None
    new_id: str | None = None
    old_title: str | None = None
    new_title: str | None = None
    old_marker: str | None = None
    new_marker: str | None = None


class RecordChange(_Model):
    kind: RecordKind
    change: RecordChangeKind
    old: dict[str, Any] | None = Field(None, description="The old record (raw, span, section and fields).")
    new: dict[str, Any] | None = None
    fields: list[str] = Field(default_factory=list, description="The fields that differ, for a change.")
    old_section: str | None = None
    new_section: str | None = None


class MetadataChange(_Model):
    field: str
    old: Any = None
    new: Any = None


class DocumentDiff(_Model):
    """What changed from ``old`` to ``new``."""

    schema_version: str = "1"
    old: str | None = Field(None, description="The old source's path.")
    new: str | None = None
    metadata: list[MetadataChange] = Field(default_factory=list)
    sections: list[SectionChange] = Field(default_factory=list)
    records: list[RecordChange] = Field(default_factory=list)

    @property
    def unchanged(self) -> bool:
        return not (self.metadata or self.sections or self.records)


@dataclass
class _Sec:
    section: Section
    parent_title: str
    own: str  # folded own text: the section's text without its children's

    @property
    def key(self) -> str:
        return fold(self.section.title)


@dataclass
class _Side:
    result: ParseResult
    doc: Document
    sections: list[_Sec] = field(default_factory=list)


def _side(result: ParseResult) -> _Side:
    doc = result.documents[0] if result.documents else Document(span=(0, 0), metadata={})
    side = _Side(result, doc)
    text = result.text

    def visit(sections: list[Section], parent_title: str) -> None:
        for s in sections:
            pieces, pos = [], s.body_span[0]
            for c in s.children:
                pieces.append(text[pos:c.span[0]])
                pos = c.span[1]
            pieces.append(text[pos:s.span[1]])
            side.sections.append(_Sec(s, parent_title, fold("".join(pieces))))
            visit(s.children, fold(s.title))

    visit(doc.sections, "")
    return side


def _align_sections(old: _Side, new: _Side) -> list[tuple[int | None, int | None]]:
    """Pairs of indices into old.sections and new.sections (None: no partner), old order first."""
    a = [s.key for s in old.sections]
    b = [s.key for s in new.sections]
    pair_of: dict[int, int] = {}
    for block in difflib.SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks():
        for k in range(block.size):
            pair_of[block.a + k] = block.b + k
    taken = set(pair_of.values())
    # moved: the same title elsewhere
    by_title: dict[str, list[int]] = {}
    for j, key in enumerate(b):
        if j not in taken:
            by_title.setdefault(key, []).append(j)
    for i, key in enumerate(a):
        if i not in pair_of and by_title.get(key):
            j = by_title[key].pop(0)
            pair_of[i] = j
            taken.add(j)
    # retitled: a similar title or body among what is left, best first
    left_a = [i for i in range(len(a)) if i not in pair_of]
    left_b = [j for j in range(len(b)) if j not in taken]
    scored = []
    for i in left_a:
        near = sorted(left_b, key=lambda j: abs(j / max(len(b), 1) - i / max(len(a), 1)))[:NEAR_CANDIDATES]
        for j in near:
            t = difflib.SequenceMatcher(None, a[i], b[j]).ratio()
            ob, nb = old.sections[i].own, new.sections[j].own
            body = difflib.SequenceMatcher(None, ob, nb).quick_ratio() if ob and nb else 0.0
            if body >= SIMILAR_BODY:
                body = difflib.SequenceMatcher(None, ob, nb).ratio()
            if t >= SIMILAR_TITLE or body >= SIMILAR_BODY:
                scored.append((max(t, body), i, j))
    for _, i, j in sorted(scored, reverse=True):
        if i not in pair_of and j not in taken:
            pair_of[i] = j
            taken.add(j)
    pairs: list[tuple[int | None, int | None]] = [(i, pair_of.get(i)) for i in range(len(a))]
    pairs += [(None, j) for j in range(len(b)) if j not in taken]
    return pairs


def _section_changes(old: _Side, new: _Side, pairs) -> list[SectionChange]:
    out = []
    for i, j in pairs:
        o = old.sections[i] if i is not None else None
        n = new.sections[j] if j is not None else None

        def change(kind: str) -> SectionChange:
            return SectionChange(change=kind, old_id=o.section.id if o else None, new_id=n.section.id if n else None,
                                 old_title=o.section.title if o else None, new_title=n.section.title if n else None,
                                 old_marker=o.section.marker if o else None, new_marker=n.section.marker if n else None)

        if o is None:
            out.append(change("added"))
            continue
        if n is None:
            out.append(change("removed"))
            continue
        if fold(o.section.marker) != fold(n.section.marker):
            out.append(change("renumbered"))
        if o.parent_title != n.parent_title:
            out.append(change("moved"))
        if o.key != n.key:
            out.append(change("retitled"))
        if o.own != n.own:
            out.append(change("changed"))
    return out


def _fields(kind: str, record: Any) -> dict[str, Any]:
    values = {f: getattr(record, f) for f in COMPARED[kind]}
    if kind == "responsibilities":
        values["units"] = [normalise_unit(fold(u))[0] for u in record.units]
        values["lead"] = [normalise_unit(fold(u))[0] for u in record.lead]
    if kind == "targets":
        values["unit"] = fold(values["unit"])
    if kind == "funding" and values["per"]:
        values["per"] = fold(values["per"])
    return values


def _context(side: _Side, kind: str, record: Any) -> str:
    if kind == "targets":
        return fold(record.indicator)
    text = side.result.text
    s = record.span[0]
    line = text.rfind("\n", 0, s) + 1
    return fold(text[max(line, s - CONTEXT):s])[-CONTEXT:]


def _dump(record: Any) -> dict[str, Any]:
    return record.model_dump(mode="json")


def _record_changes(old: _Side, new: _Side, pairs) -> list[RecordChange]:
    section_map: dict[str | None, str | None] = {None: None}
    for i, j in pairs:
        if i is not None and j is not None:
            section_map[old.sections[i].section.id] = new.sections[j].section.id
    out: list[RecordChange] = []
    for kind in COMPARED:
        olds = list(getattr(old.doc, kind))
        news = list(getattr(new.doc, kind))
        o_keys = [(_context(old, kind, r), _fields(kind, r)) for r in olds]
        n_keys = [(_context(new, kind, r), _fields(kind, r)) for r in news]
        matched_o: set[int] = set()
        matched_n: set[int] = set()
        by_section: dict[str | None, list[int]] = {}
        for j, r in enumerate(news):
            by_section.setdefault(r.section, []).append(j)
        # 1. the same record in the aligned section, in order
        groups: dict[str | None, list[int]] = {}
        for i, r in enumerate(olds):
            groups.setdefault(r.section, []).append(i)
        for sec, o_idx in groups.items():
            n_idx = [j for j in by_section.get(section_map.get(sec, "\0"), [])]
            sm = difflib.SequenceMatcher(None, [repr(o_keys[i]) for i in o_idx], [repr(n_keys[j]) for j in n_idx],
                                         autojunk=False)
            for block in sm.get_matching_blocks():
                for k in range(block.size):
                    matched_o.add(o_idx[block.a + k])
                    matched_n.add(n_idx[block.b + k])
        # 2. the same record anywhere (its paragraph moved)
        free_n: dict[str, list[int]] = {}
        for j in range(len(news)):
            if j not in matched_n:
                free_n.setdefault(repr(n_keys[j]), []).append(j)
        for i in range(len(olds)):
            if i not in matched_o and free_n.get(repr(o_keys[i])):
                matched_o.add(i)
                matched_n.add(free_n[repr(o_keys[i])].pop(0))
        # 3. one record changed: a similar context in the aligned section
        for sec, o_idx in groups.items():
            cands = [j for j in by_section.get(section_map.get(sec, "\0"), []) if j not in matched_n]
            for i in o_idx:
                if i in matched_o or not cands:
                    continue
                best = max(cands, key=lambda j: difflib.SequenceMatcher(None, o_keys[i][0], n_keys[j][0]).ratio())
                ratio = difflib.SequenceMatcher(None, o_keys[i][0], n_keys[best][0]).ratio()
                if ratio >= SIMILAR_CONTEXT or (not o_keys[i][0] and not n_keys[best][0]):
                    cands.remove(best)
                    matched_o.add(i)
                    matched_n.add(best)
                    changed = [f for f in COMPARED[kind] if o_keys[i][1][f] != n_keys[best][1][f]]
                    if not changed:
                        continue  # the same record; only the text before it changed
                    out.append(RecordChange(kind=kind, change="changed", old=_dump(olds[i]), new=_dump(news[best]),
                                            fields=changed, old_section=olds[i].section, new_section=news[best].section))
        for i, r in enumerate(olds):
            if i not in matched_o:
                out.append(RecordChange(kind=kind, change="removed", old=_dump(r), old_section=r.section))
        for j, r in enumerate(news):
            if j not in matched_n:
                out.append(RecordChange(kind=kind, change="added", new=_dump(r), new_section=r.section))
    return out


def _is_draft(side: _Side) -> bool:
    head = side.result.text[side.doc.span[0]:side.doc.span[0] + 400]
    return any(w in head for w in DRAFT_WORDS) or any(w in (side.doc.metadata.title or "") for w in DRAFT_WORDS)


def _metadata_changes(old: _Side, new: _Side) -> list[MetadataChange]:
    out = []
    for name in ("title", "doc_number", "issuer", "date"):
        a, b = getattr(old.doc.metadata, name), getattr(new.doc.metadata, name)
        if (fold(str(a)) if a is not None else None) != (fold(str(b)) if b is not None else None):
            out.append(MetadataChange(field=name, old=None if a is None else str(a), new=None if b is None else str(b)))
    if _is_draft(old) != _is_draft(new):
        out.append(MetadataChange(field="draft", old=_is_draft(old), new=_is_draft(new)))
    return out


def diff(old: ParseResult, new: ParseResult) -> DocumentDiff:
    """What changed from ``old`` to ``new`` (the first document of each).

    >>> import policyparse
    >>> a = policyparse.parse_text("一、目标\\n到2025年，建成示范点10个。\\n二、保障\\n加强领导。")
    >>> b = policyparse.parse_text("一、目标\\n到2025年，建成示范点12个。\\n二、保障\\n加强领导。")
    >>> d = diff(a, b)
    >>> [(c.change, c.old_id) for c in d.sections], [(r.kind, r.change, r.fields) for r in d.records]
    ([('changed', '1')], [('targets', 'changed', ['value'])])
    """
    o, n = _side(old), _side(new)
    pairs = _align_sections(o, n)
    return DocumentDiff(old=old.source.path, new=new.source.path, metadata=_metadata_changes(o, n),
                        sections=_section_changes(o, n, pairs), records=_record_changes(o, n, pairs))


def own_text(result: ParseResult, section_id: str | None) -> str:
    """The text of a section without its children's (the document's text before any heading for None)."""
    doc = result.documents[0]
    if section_id is None:
        first = doc.sections[0].span[0] if doc.sections else doc.span[1]
        return result.text[doc.span[0]:first]
    for s in walk(doc.sections):
        if s.id == section_id:
            pieces, pos = [], s.span[0]
            for c in s.children:
                pieces.append(result.text[pos:c.span[0]])
                pos = c.span[1]
            pieces.append(result.text[pos:s.span[1]])
            return "".join(pieces)
    return ""


def char_diff(a: str, b: str) -> list[tuple[str, str]]:
    """``(op, text)`` pieces of the change from ``a`` to ``b``: op is ``=``, ``-`` or ``+``.

    >>> char_diff("建成10个", "建成12个")
    [('=', '建成1'), ('-', '0'), ('+', '2'), ('=', '个')]
    """
    out = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            out.append(("=", a[i1:i2]))
            continue
        if i2 > i1:
            out.append(("-", a[i1:i2]))
        if j2 > j1:
            out.append(("+", b[j1:j2]))
    return out


# ------------------------------------------------------------------ views

_LABEL = {"added": "added", "removed": "removed", "renumbered": "renumbered", "moved": "moved",
          "retitled": "retitled", "changed": "changed"}


def _number(v: Any) -> str:
    return str(int(v)) if isinstance(v, float) and v.is_integer() else str(v)


def _record_line(rc: RecordChange) -> str:
    def show(r: dict | None) -> str:
        return " ".join(str(r["raw"]).split()) if r else ""

    if rc.change == "changed":
        parts = []
        for f in rc.fields:
            a, b = rc.old.get(f), rc.new.get(f)
            if isinstance(a, list) and isinstance(b, list):
                parts.append(f"{f}: " + " ".join([f"-{x}" for x in a if x not in b] + [f"+{x}" for x in b if x not in a]))
            else:
                parts.append(f"{f}: {_number(a)} → {_number(b)}")
        return f"{rc.kind} changed  {'; '.join(parts)}  ({show(rc.new)})"
    return f"{rc.kind} {rc.change}  {show(rc.old or rc.new)}"


def render_terminal(d: DocumentDiff, old: ParseResult, new: ParseResult, console) -> None:
    """Print what changed, grouped by section, with changed characters marked in changed text."""
    from rich.text import Text

    if d.unchanged:
        console.print(Text("no changes in sections, records or metadata", style="green"))
        return
    for m in d.metadata:
        console.print(Text.assemble(("metadata ", "bold"), f"{m.field}: ", (str(m.old), "red"), " → ", (str(m.new), "green")))
    groups: dict[tuple[str | None, str | None], list] = {}
    order: list[tuple[str | None, str | None]] = []
    for c in d.sections:
        key = (c.old_id, c.new_id)
        if key not in groups:
            groups[key] = []
            order.append(key)
        groups[key].append(c)
    new_to_key = {k[1]: k for k in order if k[1] is not None}
    old_to_key = {k[0]: k for k in order if k[0] is not None}
    loose: list[RecordChange] = []
    for rc in d.records:
        key = new_to_key.get(rc.new_section) or old_to_key.get(rc.old_section)
        if key:
            groups[key].append(rc)
        else:
            loose.append(rc)
    for key in order:
        items = groups[key]
        sc = [c for c in items if isinstance(c, SectionChange)]
        first = sc[0]
        head = Text()
        head.append(f"{first.old_marker or ''}{first.old_title or ''}" if first.old_id else "", style="bold")
        if first.new_id and (not first.old_id or first.new_title != first.old_title or first.new_marker != first.old_marker):
            head.append((" → " if first.old_id else "") + f"{first.new_marker or ''}{first.new_title or ''}", style="bold")
        head.append(f"  [{', '.join(c.change for c in sc)}]  {first.old_id or '—'} → {first.new_id or '—'}", style="dim")
        console.print(head)
        if any(c.change == "changed" for c in sc):
            line = Text("  ")
            for op, piece in char_diff(" ".join(own_text(old, first.old_id).split()),
                                       " ".join(own_text(new, first.new_id).split())):
                if op == "=":
                    line.append(piece if len(piece) <= 40 else piece[:18] + " … " + piece[-18:])
                else:
                    line.append(piece, style="bold red strike" if op == "-" else "bold green underline")
            console.print(line)
        for rc in items:
            if isinstance(rc, RecordChange):
                console.print(Text("  " + _record_line(rc), style="yellow"))
    for rc in loose:
        console.print(Text(_record_line(rc), style="yellow"))


def render_html(d: DocumentDiff, old: ParseResult, new: ParseResult) -> str:
    """A self-contained HTML page: changed sections side by side, changes marked, record changes listed."""
    from .report import _esc, _page

    rows = []
    for c in d.sections:
        if c.change not in ("added", "removed", "changed"):
            rows.append(f'<tr data-change="{c.change}"><td>{_esc(c.old_marker)}{_esc(c.old_title)} <span class="sid">{_esc(c.old_id)}</span></td>'
                        f'<td>{_esc(c.new_marker)}{_esc(c.new_title)} <span class="sid">{_esc(c.new_id)}</span> '
                        f'<em>{_esc(c.change)}</em></td></tr>')
            continue
        a = " ".join(own_text(old, c.old_id).split()) if c.old_id else ""
        b = " ".join(own_text(new, c.new_id).split()) if c.new_id else ""
        left, right = [], []
        for op, piece in char_diff(a, b):
            if op == "=":
                left.append(_esc(piece))
                right.append(_esc(piece))
            elif op == "-":
                left.append(f"<del>{_esc(piece)}</del>")
            else:
                right.append(f"<ins>{_esc(piece)}</ins>")
        rows.append(f'<tr data-change="{c.change}"><td><strong>{_esc(c.old_marker)}{_esc(c.old_title)}</strong> '
                    f'<span class="sid">{_esc(c.old_id)}</span><br>{"".join(left)}</td>'
                    f'<td><strong>{_esc(c.new_marker)}{_esc(c.new_title)}</strong> <span class="sid">{_esc(c.new_id)}</span> '
                    f'<em>{_esc(c.change)}</em><br>{"".join(right)}</td></tr>')
    recs = "".join(f'<tr data-kind="{r.kind}" data-change="{r.change}"><td>{_esc(r.kind)}</td><td>{_esc(r.change)}</td>'
                   f"<td>{_esc((r.old or {}).get('raw'))}</td><td>{_esc((r.new or {}).get('raw'))}</td>"
                   f"<td>{_esc(', '.join(r.fields))}</td></tr>" for r in d.records)
    meta = "".join(f"<tr><td>{_esc(m.field)}</td><td>{_esc(m.old)}</td><td>{_esc(m.new)}</td></tr>" for m in d.metadata)
    css = ("<style>del{background:#ffd3d3;text-decoration:line-through}ins{background:#cdf2cd;text-decoration:underline}"
           "td{width:50%}</style>")
    body = (f'<header class="top"><h1>{_esc(d.old)} → {_esc(d.new)}</h1></header><main>{css}'
            f"<h3>metadata</h3><table><tbody>{meta or '<tr><td>no change</td></tr>'}</tbody></table>"
            f"<h3>sections</h3><table class=\"sections\"><tbody>{''.join(rows) or '<tr><td>no change</td></tr>'}</tbody></table>"
            f'<section class="records"><h3>records</h3><table><thead><tr><th>kind</th><th>change</th><th>old</th><th>new</th>'
            f"<th>fields</th></tr></thead><tbody>{recs}</tbody></table></section></main>")
    return _page("policyparse diff", body)
