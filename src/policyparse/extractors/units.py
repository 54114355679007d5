"""The vocabulary of responsible units, as data.

``UNIT_SUFFIXES`` (the endings kept in :mod:`policyparse.grammar.organisations`)
tells a list of units (（市卫健委、市民政局）) from other bracketed text
(（征求意见稿）, （2021-2025年）).  The alias table (``data/unit_aliases.tsv``) maps
common short names to full names so that analysts can count by agency across
documents.
"""
from __future__ import annotations

from functools import cache
from importlib import resources

import regex

from ..grammar.organisations import ENDINGS, alternation

UNIT_SUFFIXES: tuple[str, ...] = ENDINGS  # grammar/organisations.py: the one lexicon of endings
_SUFFIX_RE = regex.compile(
    rf"(?:{alternation(UNIT_SUFFIXES)})"
    r"(?:[（(〔［\[][^（）()〔〕［］\[\]]{1,12}[）)〕］\]])?$"
)
# Bracketed notes that look like lists but never name units.
NOT_UNITS = regex.compile(r"^(?:以下简称|简称|含|不含|试行|暂行|征求意见稿|送审稿|此件|第[一二三四五六七八九十\d]|[0-9０-９])")
NOT_IN_A_NAME = regex.compile(r"[0-9０-９%。；]")
AGENCY_END = regex.compile(r"(?:局|委|办|厅|部)$")  # 财政局 after 市发展改革委 inherits 市
ADMIN_PREFIX = regex.compile(r"^(?:各?(?:省|市|区|县|州|盟|旗))")


def looks_like_unit(name: str) -> bool:
    """Whether a name reads as a responsible unit.

    >>> [looks_like_unit(x) for x in ("市卫健委", "相关县〔市、区〕政府", "江西景德中药股份有限公司", "征求意见稿", "市", "含")]
    [True, True, True, False, False, False]
    """
    name = name.strip()
    if len(name) < 3 or NOT_UNITS.match(name) or NOT_IN_A_NAME.search(name):
        return False
    return bool(_SUFFIX_RE.search(name))


# Brackets inside a name, printed 〔〕, () or （）, are one: full-width round brackets.
_BRACKETS = str.maketrans("()〔〕", "（）（）")


@cache
def _aliases() -> dict[str, str]:
    table: dict[str, str] = {}
    text = resources.files("policyparse").joinpath("data/unit_aliases.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line and not line.startswith("#"):
            alias, canonical = line.split("\t")[:2]
            table[alias] = canonical
    return table


def normalise_unit(name: str, previous_prefix: str = "") -> tuple[str, str]:
    """A unit's canonical name, and the administrative prefix it carries (or inherits).

    A name listed after others that share their prefix (市发展改革委、财政局) inherits it.

    >>> normalise_unit("市卫健委")
    ('市卫生健康委员会', '市')
    >>> normalise_unit("财政局", "市")
    ('市财政局', '市')
    >>> normalise_unit("江西景德中药股份有限公司")
    ('江西景德中药股份有限公司', '')
    >>> normalise_unit("各县〔市、区〕人民政府")[0] == normalise_unit("各县(市、区)人民政府")[0]  # one bracket
    True
    """
    name = name.translate(_BRACKETS)
    aliases = _aliases()
    m = ADMIN_PREFIX.match(name)
    if m and len(name) > len(m.group(0)) + 1:
        prefix, stem = m.group(0), name[m.end():]
        if stem in aliases:
            return prefix + aliases[stem], prefix
        if name in aliases:  # 市场监管局: the 市 is part of the stem
            return previous_prefix + aliases[name], previous_prefix
        return name, prefix
    if name in aliases:
        return previous_prefix + aliases[name], previous_prefix
    if previous_prefix and AGENCY_END.search(name):
        return previous_prefix + name, previous_prefix
    return name, ""
