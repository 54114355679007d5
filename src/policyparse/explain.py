"""Why a candidate was accepted or rejected: the rule trace of one parse.

:func:`explain_file` parses a document with rule tracing on (see
:mod:`policyparse.rules`) and returns the decisions whose candidate overlaps
a character offset, or an occurrence of a piece of text.  Offsets are into the
normalised text, as records' spans are.
"""
from __future__ import annotations

from dataclasses import dataclass

from .rules import Decision, tracing


@dataclass(frozen=True)
class Explanation:
    """The decisions found at the places asked about, in text order."""

    text: str  # the normalised text the spans index into
    places: list[tuple[int, int]]  # the spans asked about
    decisions: list[Decision]


def explain_text(text: str, *, at: int | None = None, why: str | None = None, kind: str | None = None,
                 path: str | None = None) -> Explanation:
    """The rule decisions at ``at`` or at each occurrence of ``why`` in a document given as text.

    >>> e = explain_text("2015年，全市已建成养老机构12家。", why="2015年")
    >>> [(d.kind, d.verdict, d.rule) for d in e.decisions]
    [('deadline', 'reject', 'past-fact')]
    """
    from .pipeline import parse_text

    with tracing() as decisions:
        result = parse_text(text, path=path)
    return _select(result.text, decisions, at, why, kind)


def explain_file(path: str, *, at: int | None = None, why: str | None = None,
                 kind: str | None = None) -> Explanation:
    """The rule decisions at ``at`` or at each occurrence of ``why`` in a file (``-``: stdin)."""
    import sys

    from .pipeline import parse, parse_bytes

    with tracing() as decisions:
        result = parse_bytes(sys.stdin.buffer.read(), "<stdin>") if path == "-" else parse(path)
    return _select(result.text, decisions, at, why, kind)


def _select(text: str, decisions: list[Decision], at: int | None, why: str | None,
            kind: str | None) -> Explanation:
    if why is not None:
        places, i = [], text.find(why)
        while why and i != -1:
            places.append((i, i + len(why)))
            i = text.find(why, i + 1)
    else:
        places = [(at, at + 1)] if at is not None else []
    chosen = [d for d in decisions
              if (kind is None or d.kind == kind)
              and any(d.span[0] < e and s < max(d.span[1], d.span[0] + 1) for s, e in places)]
    chosen.sort(key=lambda d: (d.span, d.kind))
    return Explanation(text, places, chosen)
