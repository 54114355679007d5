"""Comparators: the words that say how a number bounds what it measures.

One table for targets and funding.  The comparator values follow the
annotation guide (section "targets": ``>=`` for 达到 / 不低于 / 以上 …, ``<=``
for 不超过 / 以内 / 以下, ``<`` for 低于 / 少于 / 不到, ``=`` for 稳定在 /
控制在 / 保持在, ``~`` for 左右 / 约); the verbs of change (提高到, 压缩至 …)
and the funding qualifiers (最高, 最低, 上限 …) come from the samples.

A word is a comparator only where it stands as a word: a short word that is
also part of other words (约 in 约定 or 制约, 近 in 近期) counts only right
before the number, so ``按照约定给予奖励1000元`` has no comparator.  This module
does not decide whether a number is a target or an amount; it only names
the comparator its words state.
"""
from __future__ import annotations

import regex

# Words printed before a number, and the comparator each states.
PREFIX_COMPARATORS: tuple[tuple[str, str], ...] = (
    ("不低于", ">="), ("不少于", ">="), ("不小于", ">="), ("至少", ">="), ("超过", ">="),
    ("高于", ">="), ("突破", ">="), ("达到", ">="), ("达", ">="), ("提高到", ">="), ("提升到", ">="),
    ("提高至", ">="), ("提升至", ">="), ("增加到", ">="), ("增加至", ">="), ("增至", ">="),
    ("占到", ">="), ("力争", ">="), ("提高", ">="), ("提升", ">="), ("增长", ">="), ("增加", ">="),
    ("下降", ">="), ("降低", ">="), ("减少", ">="), ("最低", ">="),
    ("压缩至", "<="), ("压缩到", "<="), ("压减至", "<="), ("缩小至", "<="), ("缩小到", "<="),
    ("不超过", "<="), ("不高于", "<="), ("精确到", "<="), ("缩短到", "<="),
    ("缩短至", "<="), ("降低到", "<="), ("降至", "<="), ("下降到", "<="), ("减少到", "<="),
    ("最高", "<="), ("上限", "<="), ("最多", "<="),
    ("低于", "<"), ("少于", "<"), ("不到", "<"),
    ("控制在", "="), ("稳定在", "="), ("保持在", "="), ("维持在", "="), ("保持", "="), ("维持", "="),
    ("约", "~"), ("大约", "~"), ("近", "~"),
)
PREFIX_COMPARATOR: dict[str, str] = dict(PREFIX_COMPARATORS)

# Words printed right after a number (an explicit suffix wins over a prefix: 稳定在60亿斤以上 is >=).
SUFFIX_COMPARATORS: dict[str, str] = {"以上": ">=", "以内": "<=", "以下": "<=", "左右": "~"}

# Short words that are also parts of other words (约定, 制约, 近期): comparators only right before the number.
ADJACENT_ONLY: frozenset[str] = frozenset({"约", "大约", "近"})

_WORDS = "|".join(sorted((regex.escape(w) for w, _ in PREFIX_COMPARATORS), key=len, reverse=True))
PREFIX_WORD = regex.compile(rf"(?:{_WORDS})")
"""Any comparator word (longest first)."""

PARTICLE = regex.compile(r"(?:到|至|为|在|有)$")
"""A particle after a verb of change: 提高到 reads as 提高."""


def comparator_of(word: str) -> str | None:
    """The comparator a word states, with a trailing particle read off (增长到 → 增长).

    >>> comparator_of("不低于"), comparator_of("增长到"), comparator_of("大约"), comparator_of("约定")
    ('>=', '>=', '~', None)
    """
    word = word.strip()
    return PREFIX_COMPARATOR.get(word) or PREFIX_COMPARATOR.get(PARTICLE.sub("", word))


def comparator_within(before: str) -> str | None:
    """The comparator of the last comparator word in ``before`` (the text right before a
    number, in a window the caller chooses); a word of :data:`ADJACENT_ONLY` counts only
    at its very end.

    >>> comparator_within("给予最高"), comparator_within("按照约定给予奖励"), comparator_within("奖励约")
    ('<=', None, '~')
    """
    found = None
    for m in PREFIX_WORD.finditer(before):
        if m.group(0) in ADJACENT_ONLY and m.end() != len(before.rstrip()):
            continue
        found = m
    return PREFIX_COMPARATOR[found.group(0)] if found else None


def suffix_comparator(after: str) -> str | None:
    """The comparator of a 以上 / 以内 / 以下 / 左右 that ``after`` starts with.

    >>> suffix_comparator("以上的企业"), suffix_comparator("的企业")
    ('>=', None)
    """
    return next((c for word, c in SUFFIX_COMPARATORS.items() if after.startswith(word)), None)
