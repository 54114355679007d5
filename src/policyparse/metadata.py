"""Read the GB/T 9704 header and footer of a document.

The header of a 公文 holds, top to bottom: the issuer's name, the document
number (发文字号), the title (often broken over lines, ``关于…的通知``) and the
recipients (主送机关, a line ending with ``：``).  The footer holds the
signature (issuer and 成文日期 on lines of their own), the publicity note
(``（此件主动公开）``), 抄送 and the printing line (``…秘书科  2020年8月12日印发``).
Web copies put the number after the title in brackets; collections of sample
plans have none of this, only a label line.
"""
from __future__ import annotations

from datetime import date

import regex

from .grammar.brackets import split_top_level
from .grammar.dates import full_date
from .grammar.numerals import cn_to_int, digits_to_int, fullwidth_to_ascii
from .models import CitedDocument, Metadata, Section

# Words a document title ends with (the kind of document).
DOC_TYPES: tuple[str, ...] = (
    "通知", "意见", "实施意见", "方案", "规划", "办法", "决定", "报告", "批复", "函", "通报",
    "公告", "通告", "细则", "规定", "纲要", "计划", "措施", "要点", "请示", "纪要", "条例",
    "指导意见", "指引", "清单", "章程", "守则", "制度", "标准", "议案", "命令", "令",
)
# Suffixes of the names of issuing bodies.
ORG_SUFFIXES: tuple[str, ...] = (
    "办公室", "办公厅", "人民政府", "政府", "委员会", "党委", "党组", "委", "局", "厅", "部",
    "院", "署", "办", "中心", "管委会", "管理委员会", "办事处", "街道", "公司", "集团", "协会",
    "领导小组", "小组", "指挥部", "法院", "检察院", "联合会", "总工会", "团委", "妇联",
)

DOC_NUMBER = regex.compile(
    r"(?P<n>[\p{Han}]{1,12}\s*[〔\[【［(（]\s*(?:[0-9０-９]{4}|[xX]{4})\s*[〕\]】］)）]\s*(?:第\s*)?[0-9０-９]{0,5}\s*号)"
)
DATE = regex.compile(full_date("y", "m", "d"))  # the one date grammar, shared with deadlines
PUBLICITY = regex.compile(r"^[（(]\s*(?P<p>此件[^）)]{0,12}|不予公开|依申请公开)\s*[）)]$")
CC_LINE = regex.compile(r"^(?:抄\s*送|抄报|抄送单位)\s*[:：]\s*(?P<list>.+)$")
CITED = regex.compile(r"《(?P<t>[^《》\n]{2,100})》(?:\s*[（(](?P<n>[^（）()\n]{2,30}?号)[）)])?")
HEADER_LINES = 25  # lines searched for the header when a document has no headings

_ORG_RE = regex.compile(
    rf"^[\p{{Han}}（）()〔〕、\t·]{{2,80}}(?:{'|'.join(sorted(ORG_SUFFIXES, key=len, reverse=True))})$"
)
_TITLE_END_RE = regex.compile(
    rf"(?:{'|'.join(sorted(DOC_TYPES, key=len, reverse=True))})[》」”）)]*$"
)
_PERIOD_LINE = regex.compile(r"^[（(][0-9０-９xX]{4}\s*[-—–－~～至]\s*[0-9０-９xX]{4}年?[）)]$")


def _date_value(m: regex.Match) -> date | None:
    def part(s: str) -> int | None:
        t = fullwidth_to_ascii(s)
        if t.isdigit():
            return int(t)
        return digits_to_int(s) if len(s) == 4 else cn_to_int(s)

    y, mo, d = part(m.group("y")), part(m.group("m")), part(m.group("d"))
    try:
        return date(y, mo, d) if y and mo and d else None
    except ValueError:
        return None


_SPACE = regex.compile(r"\s+")
_GAP = regex.compile(r"[\t ]+")


def _squash(s: str) -> str:
    return _SPACE.sub("", s)


def _lines(text: str, start: int, end: int) -> list[tuple[int, str]]:
    out, pos = [], start
    for line in text[start:end].split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out


_RUN_TOGETHER = regex.compile(r".{4,}?(?:办公室|办公厅|人民政府(?!办公)|委员会(?!办公))")


def split_issuers(s: str) -> list[str]:
    """Issuers printed on one line: split on gaps, and where names run together.

    >>> split_issuers("中共巴中市委办公室巴中市人民政府办公室")
    ['中共巴中市委办公室', '巴中市人民政府办公室']
    >>> split_issuers("长治市屯留区人民政府办公室")
    ['长治市屯留区人民政府办公室']
    """
    out = []
    for part in (p for p in _GAP.split(s) if p):
        pieces = _RUN_TOGETHER.findall(part)
        if len(pieces) > 1 and "".join(pieces) == part:
            out.extend(pieces)
        else:
            out.append(part)
    return out


def is_org_name(s: str) -> bool:
    """Whether a line reads as the name of an issuing body (or several, tab-separated)."""
    s = s.strip()
    if not s or "关于" in s or s.endswith("印发") or len(s) > 80:
        return False
    return all(_ORG_RE.match(part) for part in s.split("\t") if part)


def _doc_number(header: list[tuple[int, str]]) -> str | None:
    for _, line in header:
        for m in DOC_NUMBER.finditer(line):
            before = line[: m.start()].rstrip(" \t（(")
            if before.endswith("》"):
                continue  # the number of a cited document
            return _squash(m.group("n"))
    return None


def _title_lines(lines: list[tuple[int, str]], first: int) -> tuple[str, int]:
    """Join a title broken over lines, starting at ``lines[first]``; returns it and its last line."""
    parts, i = [], first
    while i < len(lines) and len(parts) < 5:
        line = lines[i][1]
        if not line:
            i += 1
            continue
        if parts and (line.endswith(("：", ":")) or DATE.search(line) or len(line) > 60):
            break
        parts.append(line)
        joined = "".join(parts)
        balanced = joined.count("《") == joined.count("》")
        if balanced and _TITLE_END_RE.search(_strip_number(joined)):
            break
        i += 1
    return _strip_number("".join(parts)), i


_BRACKETED_NUMBER_AT_END = regex.compile(r"\s*[（(]\s*" + DOC_NUMBER.pattern + r"\s*[）)]\s*$")


def _strip_number(title: str) -> str:
    """Drop a trailing bracketed document number: ``…的通知 (宜府办字[2020]13号)``."""
    m = _BRACKETED_NUMBER_AT_END.search(title)
    if m:
        return title[: m.start()]
    m = DOC_NUMBER.search(title)
    if m and m.end() == len(title.rstrip()) and m.start() > 0:
        return title[: m.start()].rstrip()
    return title


# A piece of a 、-list that names no body of its own but shares the head noun
# after the list: 各省、自治区、直辖市人民政府; 区政府相关委、办、局.
SHARED_HEAD_PIECE = regex.compile(
    r"各?(?:省|自治区|直辖市|市|州|盟|地|县|区|旗|乡|镇|街道|市州|县市|县市区|县区|中央|委|办|局|处|室|部|厅|委办局)"
)
_BRACKETED = regex.compile(r"[（(][^（）()]*[）)]")
# A word that every 主送 line holds: 各县（市、区）人民政府，市政府各部门：
ADDRESSEE = regex.compile(r"政府|部门|单位|机构|机关|委|局|办|厅|处|室|院|会|镇|乡|街道|区|县|市|省|企业|学校|团体")


def split_addressees(s: str) -> list[str]:
    """主送 and 抄送 lists: split on commas and semicolons, and on 、 unless a piece
    shares the head noun that ends the list.

    >>> split_addressees("各省、自治区、直辖市人民政府，国务院各部委、各直属机构")
    ['各省、自治区、直辖市人民政府', '国务院各部委', '各直属机构']
    >>> split_addressees("各县（市、区）人民政府、市政府各部门")
    ['各县（市、区）人民政府', '市政府各部门']
    """
    out = []
    for group in split_top_level(s, "，,；;"):
        pieces = split_top_level(group, "、")
        if any(SHARED_HEAD_PIECE.fullmatch(_BRACKETED.sub("", p)) for p in pieces):
            out.append(group)
        else:
            out.extend(pieces)
    return out


# A sentence of the body, never a title: 根据《关于…的通知》精神，现将有关事项通知如下：
_BODY_SENTENCE = regex.compile(r"^(?:根据|按照|依据|为了?|经|现将|现就)|[：:]$")
# What follows the issuers in a title: 关于…, 印发《…》, 转发…
_ISSUING_VERB = regex.compile(r"关于|印发|转发|批转")


# The title row of a government site's 信息公开 table: 名 称：\t…的通知\t文 号：…
SITE_TITLE_ROW = regex.compile(r"^(?:名\s*称|标\s*题|题\s*名)\s*[:：]?\s*[\t|｜]\s*(?P<title>[^\t|｜]+)")


def _issuers_in_title(title: str) -> list[str]:
    """The issuers a title names before 关于/印发/转发 (中共…办公室…人民政府办公室印发《…》的通知)."""
    head = _ISSUING_VERB.split(title, 1)[0]
    return split_issuers(head) if head and is_org_name(head) else []


def _title_and_issuer(header: list[tuple[int, str]]) -> tuple[str | None, list[str]]:
    for _, line in header:
        m = SITE_TITLE_ROW.match(line)
        if m and _TITLE_END_RE.search(m.group("title")):
            title = _squash(m.group("title"))
            return title, _issuers_in_title(title)
    for i, (_, line) in enumerate(header):
        body = _strip_number(line)
        if "关于" not in line or len(body) > 100 or body.endswith(("。", "；")) or _BODY_SENTENCE.search(body):
            continue
        title, _ = _title_lines(header, i)
        above, j = [], i - 1
        while j >= 0 and not header[j][1]:
            j -= 1  # blank lines between the issuer and the title
        while j >= 0 and header[j][1] and is_org_name(header[j][1]):
            above.insert(0, header[j][1])
            j -= 1
        issuers = [p for line_ in above for p in split_issuers(line_)]
        if title.startswith("关于") and above:
            title = "".join(issuers) + title
        elif not issuers:
            issuers = _issuers_in_title(title)
        return _squash(title), issuers
    for i, (_, line) in enumerate(header):
        if line and len(line) <= 60 and _TITLE_END_RE.search(line) and not line.endswith(("：", ":")):
            title = line
            nxt = next((x for _, x in header[i + 1:] if x), "")
            if _PERIOD_LINE.match(nxt):
                title += nxt
            return _squash(title), []
    return None, []


def _recipients(header: list[tuple[int, str]], after: int) -> list[str]:
    """主送: the first line after ``after`` that ends with ： and names addressees."""
    for pos, line in header:
        if pos > after and line.endswith(("：", ":")) and len(line) < 200 and "关于" not in line \
                and ADDRESSEE.search(line):
            return split_addressees(line[:-1])
    return []


def _signature(lines: list[tuple[int, str]], body_from: int):
    """成文日期 and the organisations signing above it; the printing line (印发)."""
    signed = printed = printed_by = None
    signers: list[str] = []
    for i, (pos, line) in enumerate(lines):
        if pos < body_from or not line or len(line) > 60:
            continue
        m = DATE.search(line)
        if not m:
            continue
        rest = line[m.end():].strip()
        head = line[: m.start()].strip()
        if rest.startswith("印发") or rest == "印":
            printed = printed or _date_value(m)
            printed_by = printed_by or (head or None)
            continue
        if rest or (head and not is_org_name(head)):
            continue
        if signed is None:
            signed = _date_value(m)
            signers = [head] if head else _signers_above(lines, i)
    return signed, signers, printed, printed_by


def _signers_above(lines: list[tuple[int, str]], i: int) -> list[str]:
    """The organisations signing above line ``i``: one per line, blank lines between
    them allowed (党政联合发文 stacks 中共…委办公室 over …人民政府办公室)."""
    out: list[str] = []
    k = i - 1
    while k >= 0:
        line = lines[k][1]
        if line and not is_org_name(line):
            break
        if line:
            out.insert(0, line)
        k -= 1
    return out


def read_metadata(text: str, start: int, end: int, sections: list[Section], label: str | None = None,
                  shadow: str | None = None) -> Metadata:
    """The metadata of the document at ``text[start:end]``."""
    lines = _lines(text, start, end)
    header_end = sections[0].span[0] if sections else None
    if header_end is None:
        header = [x for x in lines[:HEADER_LINES]]
    else:
        header = [x for x in lines if x[0] < header_end]
    doc_number = _doc_number(header)
    if label is not None:
        title, issuers = label, []
    else:
        title, issuers = _title_and_issuer(header)
    title_pos = start
    for pos, line in header:
        if title and line and _squash(line) and _squash(line)[:8] in title:
            title_pos = pos
            break
    signed, signer, printed, printed_by = _signature(lines, title_pos)
    if signed is None and title_pos > start:
        # A web copy without the notice's title: the title found is the attached
        # plan's, and the cover notice's signature stands above it.
        signed, signer, _, _ = _signature(lines, start)
    if not issuers and signer:
        issuers = [p for line in signer for p in split_issuers(line)]
    recipients = _recipients(header, title_pos) or _recipients(header, start - 1)
    cc: list[str] = []
    publicity = None
    for _, line in lines:
        m = CC_LINE.match(line)
        if m:
            cc = split_addressees(m.group("list"))
        p = PUBLICITY.match(line)
        if p and publicity is None:
            publicity = _squash(p.group("p"))
    cited = []
    seen = set()
    for m in CITED.finditer(text, start, end):
        t = m.group("t")
        if t in seen or (title and t in title and not m.group("n")):
            continue
        seen.add(t)
        cited.append(CitedDocument(title=t, doc_number=_squash(m.group("n")) if m.group("n") else None,
                                   span=(m.start(), m.end())))
    return Metadata(
        doc_number=doc_number,
        title=title,
        issuer="、".join(issuers) or None,
        issuers=issuers,
        recipients=recipients,
        date=signed or printed,
        printed_by=_squash(printed_by) if printed_by else None,
        printed_date=printed,
        cc=cc,
        publicity=publicity,
        cited_documents=cited,
    )
