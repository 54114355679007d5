"""Validity and publicity: is this document still in force, and may it be shown?

The first questions of anyone who keeps a library of policies.  Read from the text:

* ``effective``: ``自2024年1月1日起施行`` (that date), ``自印发之日起施行`` / ``自发布之日起实施``
  (the 成文日期, else the printing date);
* ``valid_years`` and ``expires``: ``有效期5年`` (and, when the document says from when it
  is effective, the day before the fifth anniversary), ``有效期至2025年12月31日``;
* ``replaces``: the titles a sentence ending ``同时废止`` / ``停止执行`` names
  (``原《…》（…号）同时废止``);
* ``publicity``: ``公开方式：主动公开`` as well as ``（此件主动公开）``.
"""
from __future__ import annotations

from datetime import date, timedelta

import regex

from .grammar.numerals import cn_to_int, fullwidth_to_ascii
from .metadata import DATE, _date_value
from .models import Metadata

EFFECTIVE_DATE = regex.compile(rf"自\s*(?P<date>{DATE.pattern})\s*起\s*(?:施行|执行|实施|生效|试行)")
EFFECTIVE_ON_ISSUE = regex.compile(r"自\s*(?:印发|发布|公布|下发|签发)之日起\s*(?:施行|执行|实施|生效|试行)")
VALID_UNTIL = regex.compile(rf"有效期(?:至|到|截至)\s*(?P<date>{DATE.pattern})")
VALID_YEARS = regex.compile(r"有效期\s*(?:为|是)?\s*(?P<n>[0-9０-９]{1,2}|[一二三四五六七八九十两]{1,3})\s*年")
REPEALED = regex.compile(r"(?P<sentence>[^。；\n]{0,200}?)同时(?:废止|停止执行|失效)")
CITED_TITLE = regex.compile(r"《(?P<t>[^《》\n]{2,100})》")
PUBLICITY_LINE = regex.compile(r"公开(?:方式|属性|类型)\s*[:：]?\s*[\t|｜]?\s*(?P<p>主动公开|依申请公开|不予公开|不公开)")


def _years(s: str) -> int | None:
    t = fullwidth_to_ascii(s)
    return int(t) if t.isdigit() else cn_to_int(s)


def _anniversary_eve(start: date, years: int) -> date | None:
    try:
        return start.replace(year=start.year + years) - timedelta(days=1)
    except ValueError:  # 29 February
        return start.replace(year=start.year + years, day=28)


def read_validity(text: str, start: int, end: int, metadata: Metadata) -> Metadata:
    """``metadata`` with effective, expires, valid_years, replaces and publicity read from the text.

    >>> from policyparse.models import Metadata
    >>> m = read_validity("本办法自2024年1月1日起施行，有效期5年。原《某市养老服务补贴办法》同时废止。", 0, 44, Metadata())
    >>> m.effective, m.expires, m.valid_years, m.replaces
    (datetime.date(2024, 1, 1), datetime.date(2028, 12, 31), 5, ['某市养老服务补贴办法'])
    """
    update: dict = {}
    m = EFFECTIVE_DATE.search(text, start, end)
    if m:
        update["effective"] = _date_value(DATE.search(m.group("date")))
    elif EFFECTIVE_ON_ISSUE.search(text, start, end):
        update["effective"] = metadata.date or metadata.printed_date
    until = VALID_UNTIL.search(text, start, end)
    years = VALID_YEARS.search(text, start, end)
    if years:
        update["valid_years"] = _years(years.group("n"))
    if until:
        update["expires"] = _date_value(DATE.search(until.group("date")))
    elif years and update.get("valid_years") and update.get("effective"):
        update["expires"] = _anniversary_eve(update["effective"], update["valid_years"])
    replaced: list[str] = []
    for r in REPEALED.finditer(text, start, end):
        replaced += [t.group("t") for t in CITED_TITLE.finditer(r.group("sentence")) if t.group("t") not in replaced]
    if replaced:
        update["replaces"] = replaced
    if metadata.publicity is None:
        p = PUBLICITY_LINE.search(text, start, end)
        if p:
            update["publicity"] = p.group("p")
    update = {k: v for k, v in update.items() if v is not None}
    return metadata.model_copy(update=update) if update else metadata
