"""Funding: every money amount, in yuan.

``50万元`` → 500000, ``1.5亿元``, ``2,000元``, ``五十万元``, ``壹佰万元``; ranges
(``800-1000元``, ``4000元至10000元``, ``3-5万元``, ``3万至5万元``); a basis
attached with ``/`` (``1000元/亩``) or stated with ``每X`` before the amount
(``每张床位给予不低于1500元`` → per ``张床位``, ``每人每月200元`` → ``人每月``,
``每年安排50万元`` → ``年``); the qualifier in front (不低于, 最高 …) as a
comparator, from the one table of :mod:`policyparse.grammar.comparators`
(``按照约定给予奖励1000元`` has none).  ``过亿元`` and ``超亿元`` are amounts
without a number (一亿).  A range written in two halves
(``处1万元以上10万元以下的罚款``) is one amount with its high end.  Each
candidate is decided by the first rule of :data:`FUNDING_RULES` that applies.
Counts of other things (500张床位) have no 元 and are not funding; names such
as 万元户 or 万元GDP are not amounts.  In a table, a bare number under a column
whose header names its money unit (``年度投资金额（万元）``) is an amount in that
unit (:data:`MONEY_CELL_RULES`).
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import regex

from ..grammar.comparators import comparator_within, suffix_comparator
from ..grammar.numerals import number_value
from ..models import Funding
from ..rules import Context, Rule, accept, always, cached_property, decide, reject
from ..tables import column_of, rows_under_headers
from . import DocumentView, in_cited_title

MAGNITUDES: dict[str, int] = {
    "": 1, "十": 10, "百": 100, "千": 1_000, "万": 10_000, "十万": 100_000, "百万": 1_000_000,
    "千万": 10_000_000, "亿": 100_000_000, "十亿": 1_000_000_000, "百亿": 10_000_000_000,
    "千亿": 100_000_000_000, "萬": 10_000, "億": 100_000_000,
}
CURRENCY = r"(?:元|元人民币)"
ARABIC = r"[0-9０-９]{1,3}(?:[,，][0-9０-９]{3})+(?:[.．][0-9０-９]+)?|[0-9０-９]+(?:[.．][0-9０-９]+)?"
CHINESE = r"[零〇一二两三四五六七八九十百千壹贰叁肆伍陆柒捌玖拾佰仟]+"
NUM = rf"(?:{ARABIC}|{CHINESE})"
MAG = r"(?:十万|百万|千万|十亿|百亿|千亿|万|亿|萬|億|千)?"
RANGE_SEP = r"\s*(?:[-—–－~～]|至|到)\s*"
AMOUNT = regex.compile(
    rf"""
    # a range in two halves: 处1万元以上10万元以下的罚款
    (?P<n1>{NUM})(?P<m1>{MAG})(?P<c1>{CURRENCY})以上\s*(?P<n2>{NUM})(?P<m2>{MAG})(?P<cur>{CURRENCY})(?=以下)
    |
    (?P<n1>{NUM})(?:余|多)?(?P<m1>{MAG})(?:余|多)?(?:(?P<c1>{CURRENCY}))?  # 800 / 4000元 / 3万 / 2000余万
    (?:{RANGE_SEP}(?P<n2>{NUM})(?:余|多)?(?P<m2>{MAG})(?:余|多)?)?         # -1000 / 至10000 / 至5万
    (?P<cur>{CURRENCY})
    (?:[/／](?P<slash>[\p{{Han}}·/／]{{1,5}}?)(?=[的，,。；;、（(\s）)]|标准|给予|补贴|补助|$))?
    |
    (?<=[过超逾破])(?P<bare>亿|千万|百万|万)(?P<bare_cur>{CURRENCY})        # 年产值过亿元
    """,
    regex.VERBOSE,
)
DIGIT = regex.compile(r"[0-9０-９]")  # 一元化: a lone Chinese digit before 元 is rarely money
NAME_AFTER = regex.compile(r"(?:户|GDP|产值能耗|能耗|级|俱乐部|以上企业名单|化|结构|论|制)")  # used with match(text, pos): anchored there
PER_BEFORE = regex.compile(
    r"每(?P<per>[^，。；、,；每]{1,6}?(?:每[^，。；、,；每]{1,3}?)?)(?=给予|补助|补贴|奖励|奖补|资助|扶持|支持|拨付|投入|发放|安排|一次性|不低于|不少于|"
    r"最高|不超过|按|可|增加|提高|标准|[0-9０-９]|[一二三四五六七八九十两壹贰叁]+(?:十|百|千|万)?元|$)"
)
QUALIFIER_WINDOW = 6  # how far before an amount its qualifier (最高, 不低于 …) is read
# A table column whose header names the money unit of its cells: 年度投资金额（万元）, 总投资(亿元).
MONEY_COLUMN = regex.compile(r"[（(](?P<mag>十万|百万|千万|万|亿|千)?元[）)]")
BARE_NUMBER = regex.compile(rf"(?:{ARABIC})")  # used with fullmatch: a cell that is only a number


def _value(n: str | None, mag: str | None) -> float | None:
    if n is None:
        return None
    v = number_value(n)
    if v is None:
        return None
    # Decimal keeps 2.3亿 at 230000000, not 229999999.99999997.
    return float(Decimal(repr(v)) * MAGNITUDES.get(mag or "", 1))


def _clause_before(text: str, start: int, pos: int) -> tuple[int, str]:
    i = pos
    floor = max(start, pos - 200)
    while i > floor and text[i - 1] not in "，,。；;、\n":
        i -= 1
    return i, text[i:pos]


@dataclass
class AmountContext(Context):
    """A number before 元 and what the funding rules read around it (in the shadow)."""

    match: regex.Match | None = None

    @cached_property
    def lone_chinese_digit(self) -> bool:
        """一元化, 二元结构: one Chinese digit before 元, no magnitude."""
        n1 = self.match.group("n1")
        return bool(n1) and not DIGIT.search(n1) and len(n1) < 2 and not _magnitudes(self.match)[0]


# Whether a number before 元 is an amount of money; the first rule that applies decides.
FUNDING_RULES: tuple[Rule, ...] = (
    reject("part-of-a-name", lambda c: NAME_AFTER.match(c.text, c.end),
           "万元户 / 万元GDP能耗: an amount that is part of a name"),
    reject("in-cited-title", lambda c: in_cited_title(c.text, c.doc_start, c.start),
           "an amount inside the title of a cited document"),
    reject("lone-chinese-digit", lambda c: c.lone_chinese_digit,
           "一元化 / 二元结构: a lone Chinese digit before 元 is rarely money"),
    accept("amount", always, "a number with 元: an amount of money"),
)


@dataclass
class MoneyCellContext(Context):
    """A table cell under a column whose header names a money unit (in the shadow)."""

    header: str = ""


# Whether a cell under a money column (投资（万元）) is an amount in that unit.
MONEY_CELL_RULES: tuple[Rule, ...] = (
    reject("not-a-number", lambda c: not BARE_NUMBER.fullmatch(c.text, c.start, c.end),
           "a cell that is more than a number: an amount printed with 元 is read in the text"),
    accept("money-column", always, "300 under 年度投资金额（万元）: an amount in the column's unit"),
)


def _table_amounts(view: DocumentView) -> list[Funding]:
    """Numbers in table columns whose header names their money unit."""
    out = []
    for names, header, row in rows_under_headers(view.text, view.shadow, view.start, view.end,
                                                 MONEY_COLUMN.search):
        for k, name in enumerate(names):
            unit = MONEY_COLUMN.search(name)
            cell = column_of(view.text, row, header, k) if unit else None
            if cell is None or cell.start == cell.end:
                continue
            ctx = MoneyCellContext(view.shadow, cell.start, cell.end, view.start, view.end, header=name)
            rule = decide("funding", MONEY_CELL_RULES, ctx)
            if rule.rejects:
                continue
            s, e = cell.start, cell.end
            out.append(Funding(raw=view.text[s:e], span=(s, e), section=view.section_id(s),
                               amount=_value(view.shadow[s:e], unit.group("mag")), rule=rule.name))
    return out


def _amounts(m: regex.Match) -> tuple[float | None, float | None]:
    """The amount and the high end of a range, in yuan."""
    if m.group("bare"):
        return float(MAGNITUDES[m.group("bare")]), None
    m1, m2 = _magnitudes(m)
    return _value(m.group("n1"), m1), _value(m.group("n2"), m2)


def _magnitudes(m: regex.Match) -> tuple[str, str | None]:
    """The magnitudes (万, 亿 …) of both ends; in 3-5万元 the 万 applies to both."""
    m2 = m.group("m2")
    return m.group("m1") or ("" if m.group("c1") else m2 or ""), m2


def extract(view: DocumentView) -> list[Funding]:
    """Every money amount of the document, in order.

    Patterns read the simplified shadow (萬元 reads as 万元); raw and ``per`` are
    sliced from the text as printed.
    """
    text, printed = view.shadow, view.text
    out: list[Funding] = []
    for m in AMOUNT.finditer(text, view.start, view.end):
        s, e = m.span()
        rule = decide("funding", FUNDING_RULES, AmountContext(text, s, e, view.start, view.end, match=m))
        if rule.rejects:
            continue
        amount, amount_max = _amounts(m)
        if amount is None:
            continue
        clause_start, clause = _clause_before(text, view.start, s)
        per = printed[m.start("slash"):m.end("slash")] if m.group("slash") else None
        if not per:
            found = list(PER_BEFORE.finditer(clause))
            if found:
                ps, pe = found[-1].span("per")
                per = printed[clause_start + ps:clause_start + pe]
        comparator = comparator_within(clause[-QUALIFIER_WINDOW:])
        if comparator is None and amount_max is None:  # a range states both its ends
            comparator = suffix_comparator(text[e:e + 2])
        out.append(Funding(
            raw=printed[s:e], span=(s, e), section=view.section_id(s), amount=amount, amount_max=amount_max,
            per=per, comparator=comparator, period="年" if per and per.startswith("年") else None, rule=rule.name,
        ))
    table = _table_amounts(view)
    return sorted(out + table, key=lambda f: f.span) if table else out
