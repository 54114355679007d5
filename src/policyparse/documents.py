"""Split one text into its logical documents.

Almost every file is one document (a cover notice and the plan it issues are
one document).  Web pages that collect sample documents label each one with a
line such as ``健康产业运营方案范文(精选5篇)1``: a shared prefix and an ordinal
that counts 1, 2, 3 …  Pages also use ``篇一`` / ``第2篇`` / ``范文三`` labels.  The
text before the first label (the page's introduction) belongs to no document.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from .grammar.numerals import cn_to_int, fullwidth_to_ascii

_ORD = r"[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3}"
LABEL_PATTERNS: tuple[str, ...] = (
    # 健康产业运营方案范文(精选5篇)1 — a prefix shared by every label, then the ordinal
    rf"^(?P<prefix>.{{4,60}}?)(?P<ord>{_ORD})$",
    # 篇一：… / 【篇二】… / 第3篇 … / 范文四 …
    rf"^[【\[]?(?P<prefix>篇|第|范文)(?P<ord>{_ORD})篇?[】\]]?(?:[:：\s].{{0,60}})?$",
)
_LABEL_RES = tuple(regex.compile(p) for p in LABEL_PATTERNS)
MAX_LABEL_LENGTH = 80


@dataclass(frozen=True)
class DocumentSlice:
    """Where one logical document lies in the text."""

    start: int
    end: int
    label: str | None = None  # the collection label line that starts it


def _ordinal(s: str) -> int | None:
    t = fullwidth_to_ascii(s)
    return int(t) if t.isdigit() else cn_to_int(s)


def _lines(text: str):
    pos = 0
    for line in text.split("\n"):
        yield pos, line
        pos += len(line) + 1


def _collection_labels(text: str) -> list[tuple[int, str]]:
    groups: dict[tuple[int, str], list[tuple[int, int, str]]] = {}
    for pos, line in _lines(text):
        if not line or len(line) > MAX_LABEL_LENGTH or "。" in line:
            continue
        for kind, rx in enumerate(_LABEL_RES):
            m = rx.match(line)
            if m:
                n = _ordinal(m.group("ord"))
                if n is not None:
                    groups.setdefault((kind, m.group("prefix")), []).append((n, pos, line))
                break
    best: list[tuple[int, str]] = []
    for members in groups.values():
        run: list[tuple[int, str]] = []
        expected = 1
        for n, pos, line in members:
            if n == expected:
                run.append((pos, line))
                expected += 1
        if len(run) >= 2 and len(run) > len(best):
            best = run
    return best


def split_documents(text: str) -> list[DocumentSlice]:
    """The logical documents of a text, in order.

    >>> t = "范文(精选2篇)\\n范文(精选2篇)1\\n一、甲\\n范文(精选2篇)2\\n一、乙"
    >>> [(d.label, t[d.start:d.end]) for d in split_documents(t)]
    [('范文(精选2篇)1', '范文(精选2篇)1\\n一、甲'), ('范文(精选2篇)2', '范文(精选2篇)2\\n一、乙')]
    """
    labels = _collection_labels(text)
    if not labels:
        return [DocumentSlice(0, len(text))]
    slices = []
    for i, (pos, line) in enumerate(labels):
        end = labels[i + 1][0] if i + 1 < len(labels) else len(text)
        while end > pos and text[end - 1] in "\n\t ":
            end -= 1
        slices.append(DocumentSlice(pos, end, line))
    return slices
