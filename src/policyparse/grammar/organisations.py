"""The endings of the names of organisations, kept once for every reader of names.

A name such as 市卫生健康委员会, 各县（市、区）人民政府 or 国网十堰供电公司 ends with
the kind of body it names.  Two readers need these endings: the responsibility
extractor, to tell a list of units (（市卫健委、市民政局）) from other bracketed
text, and the metadata reader, to tell an issuer's line (景德镇市人民政府办公室)
from other header lines.  The issuer's line is held to the endings of bodies
that issue 公文 (a 科 or a 站 does not); a unit in a 分工 list may be any body.

This module holds the vocabulary only; it does not decide what a name is.
"""
from __future__ import annotations

# ending, whether a body with this ending issues documents (an issuer's line may end with it).
# Source: the names of government bodies, Party organs, mass organisations, public
# institutions and companies as they appear in the headers, signatures and 分工 brackets
# of national, provincial, municipal and county documents (GB/T 9704 发文机关标志).
ORGANISATION_ENDINGS: tuple[tuple[str, bool], ...] = (
    # government and Party bodies
    ("人民政府", True), ("政府", True), ("委员会", True), ("管委会", True), ("管理委员会", True),
    ("办事处", True), ("办公室", True), ("办公厅", True), ("党委", True), ("党组", True),
    ("委", True), ("局", True), ("厅", True), ("部", True), ("办", True), ("署", True), ("院", True),
    ("中心", True), ("街道", True), ("领导小组", True), ("小组", True), ("指挥部", True),
    ("法院", True), ("检察院", True),
    ("处", False), ("科", False), ("室", False), ("所", False), ("站", False), ("队", False),
    ("庭", False), ("分局", False), ("支队", False), ("大队", False), ("乡镇", False), ("镇", False),
    ("乡", False), ("场", False),
    # mass organisations
    ("联合会", True), ("总工会", True), ("团委", True), ("妇联", True), ("协会", True),
    ("工会", False), ("残联", False), ("科协", False), ("侨联", False), ("文联", False),
    ("红十字会", False), ("学会", False), ("商会", False), ("联社", False), ("供销社", False),
    ("社", False), ("台", False), ("馆", False),
    # institutions and companies
    ("公司", True), ("集团", True),
    ("学校", False), ("大学", False), ("学院", False), ("医院", False), ("银行", False),
    ("支行", False), ("分行", False), ("园区", False), ("基地", False),
    # the generic words of a list (有关单位, 相关部门)
    ("单位", False), ("部门", False),
)

ENDINGS: tuple[str, ...] = tuple(e for e, _ in ORGANISATION_ENDINGS)
"""Every ending: what a responsible unit's name may end with."""

ISSUER_ENDINGS: tuple[str, ...] = tuple(e for e, issues in ORGANISATION_ENDINGS if issues)
"""The endings of bodies that issue documents: what an issuer's line may end with."""


def alternation(endings: tuple[str, ...]) -> str:
    """A regular-expression alternation of ``endings``, longest first (so 人民政府 wins over 政府).

    >>> alternation(("政府", "人民政府", "局"))
    '人民政府|政府|局'
    """
    return "|".join(sorted(endings, key=len, reverse=True))
