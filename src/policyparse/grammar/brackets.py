"""Brackets of Chinese official text, and lists split outside them.

Units (各县（市、区）人民政府), recipients and responsibility lists nest brackets
of every kind; a list separator inside a bracket never splits the list.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

OPEN_TO_CLOSE: dict[str, str] = {"（": "）", "(": ")", "〔": "〕", "[": "]", "【": "】", "［": "］", "｛": "｝"}
CLOSERS = frozenset(OPEN_TO_CLOSE.values())
TITLE_MARKS = {"《": "》"}  # book-title marks: a cited document's title


@lru_cache(maxsize=32)
def _specials(separators: str, openers: str, closers: str) -> re.Pattern[str]:
    """The characters :func:`split_spans` acts on; the scan skips the rest at C speed."""
    return re.compile("[" + re.escape(openers + closers + separators) + "]")


def split_spans(text: str, start: int, end: int, separators: str,
                pairs: dict[str, str] = OPEN_TO_CLOSE) -> Iterator[tuple[int, int, str]]:
    """Items of ``text[start:end]`` between separators outside brackets:
    ``(start, end, separator before the item)``.

    >>> t = "市财政局、各县（市、区）人民政府"
    >>> [t[s:e] for s, e, _ in split_spans(t, 0, len(t), "、")]
    ['市财政局', '各县（市、区）人民政府']
    """
    closers = set(pairs.values())
    depth, item_start, sep = 0, start, ""
    for m in _specials(separators, "".join(pairs), "".join(pairs.values())).finditer(text, start, end):
        ch, i = m.group(), m.start()
        if ch in pairs:
            depth += 1
        elif ch in closers:
            depth = max(0, depth - 1)
        elif depth == 0 and ch in separators:
            yield item_start, i, sep
            item_start, sep = i + 1, ch
    yield item_start, end, sep


def split_top_level(s: str, separators: str = "，,、；;") -> list[str]:
    """Split a list on separators that are not inside brackets or 《》; items stripped.

    >>> split_top_level("各县（市、区）人民政府，市政府各部门，市直有关单位")
    ['各县（市、区）人民政府', '市政府各部门', '市直有关单位']
    """
    items = (s[a:b].strip(" \t。") for a, b, _ in split_spans(s, 0, len(s), separators,
                                                              OPEN_TO_CLOSE | TITLE_MARKS))
    return [x for x in items if x]


def is_open_at(before: str, open_: str, close: str) -> bool:
    """Whether the end of ``before`` lies inside an open…close pair.

    >>> is_open_at("根据《规划（2016-", "《", "》"), is_open_at("《规划》2025", "《", "》")
    (True, False)
    """
    return before.count(open_) > before.count(close)
