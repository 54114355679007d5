"""Read Word .docx files (and legacy .doc/.wps through LibreOffice).

The body is walked in document order: each paragraph (``w:p``) is one line,
each table row (``w:tr``) one line of its cell texts joined by tabs.  Headers,
footers, footnotes and comments are not part of the body and are left out.
Soft line breaks (``w:br``, ``w:cr``) stay as newlines.  Tracked changes are
read as accepted: inserted text is kept, deleted text dropped.

Word's automatic numbering is rendered the way Word shows it, so a heading
numbered by a list style reads "一、总体要求" as in the printed document:
``numbering.xml`` gives each ``w:num`` an abstract definition whose levels
have a number format (decimal, chineseCounting, ideographTraditional, ...)
and a label template ("%1、", "（%1）", "%1.%2").  Counters are kept per
list, a level restarts when a higher level advances (or as ``w:lvlRestart``
says), and numbering may come from the paragraph's style as well as from the
paragraph itself.
"""
from __future__ import annotations

import io
import os
import shutil
import signal
import subprocess
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError
from . import _OLE2, DEFAULT_LIMITS, Decoded, ReadLimits, ole_kind, size_text, unreadable

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

# ---------------------------------------------------------------- numbers

_CN_DIGITS = "零一二三四五六七八九"
_CN_LEGAL = "零壹贰叁肆伍陆柒捌玖"
_TW_LEGAL = "零壹貳參肆伍陸柒捌玖"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_PAREN = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇"
_FULLSTOP = "⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛"
_TIANGAN = "甲乙丙丁戊己庚辛壬癸"
_DIZHI = "子丑寅卯辰巳午未申酉戌亥"


def _cjk_count(n: int, digits: str = _CN_DIGITS, units: str = "十百千", big: str = "万亿") -> str:
    """Chinese counting as Word shows it: 1→一, 10→十, 11→十一, 20→二十, 105→一百零五."""
    if n <= 0:
        return digits[0] if n == 0 else str(n)
    if n >= 10**8:
        return str(n)
    if n >= 10**4:
        high, low = divmod(n, 10**4)
        rest = _cjk_count(low, digits, units, big) if low else ""
        if low and low < 1000:
            rest = digits[0] + rest
        return _cjk_count(high, digits, units, big) + big[0] + rest
    out = []
    s = str(n)
    zero = False
    for i, ch in enumerate(s):
        d = int(ch)
        pos = len(s) - 1 - i
        if d == 0:
            zero = True
            continue
        if zero and out:
            out.append(digits[0])
        zero = False
        unit = units[pos - 1] if pos else ""
        if not (d == 1 and pos == 1 and i == 0):  # 十一, not 一十一
            out.append(digits[d])
        out.append(unit)
    return "".join(out)


def _roman(n: int) -> str:
    if not 0 < n < 4000:
        return str(n)
    vals = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
            (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    out = []
    for v, s in vals:
        while n >= v:
            out.append(s)
            n -= v
    return "".join(out)


def _letters(n: int) -> str:
    # Word: a..z, aa..zz, aaa.. (to 780, thirty letters; beyond, digits)
    if not 0 < n <= 780:
        return str(n)
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def format_number(n: int, fmt: str) -> str:
    """Render counter *n* in Word number format *fmt* (``w:numFmt``).

    >>> [format_number(k, "chineseCounting") for k in (1, 10, 11, 20, 21)]
    ['一', '十', '十一', '二十', '二十一']
    >>> format_number(3, "decimalEnclosedCircle"), format_number(2, "ideographTraditional")
    ('③', '乙')
    """
    if fmt in ("decimal", "", None):
        return str(n)
    if fmt in ("chineseCounting", "chineseCountingThousand", "taiwaneseCounting",
               "taiwaneseCountingThousand", "japaneseCounting", "koreanCounting"):
        return _cjk_count(n)
    if fmt == "chineseLegalSimplified":
        return _cjk_count(n, _CN_LEGAL, "拾佰仟", "万亿")
    if fmt in ("ideographLegalTraditional", "japaneseLegal"):
        return _cjk_count(n, _TW_LEGAL, "拾佰仟", "萬億")
    if fmt in ("ideographDigital", "taiwaneseDigital", "japaneseDigitalTenThousand"):
        return "".join("〇一二三四五六七八九"[int(c)] for c in str(n))
    if fmt == "ideographTraditional":
        return _TIANGAN[(n - 1) % 10] if n > 0 else str(n)
    if fmt == "ideographZodiac":
        return _DIZHI[(n - 1) % 12] if n > 0 else str(n)
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese", "ideographEnclosedCircle"):
        return _CIRCLED[n - 1] if 1 <= n <= 20 else str(n)
    if fmt == "decimalEnclosedParen":
        return _PAREN[n - 1] if 1 <= n <= 20 else f"({n})"
    if fmt == "decimalEnclosedFullstop":
        return _FULLSTOP[n - 1] if 1 <= n <= 20 else f"{n}."
    if fmt == "decimalFullWidth" or fmt == "decimalFullWidth2":
        return "".join(chr(ord(c) + 0xFEE0) for c in str(n))
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "lowerLetter":
        return _letters(n)
    if fmt == "upperLetter":
        return _letters(n).upper()
    if fmt == "lowerRoman":
        return _roman(n).lower()
    if fmt == "upperRoman":
        return _roman(n)
    if fmt == "none":
        return ""
    return str(n)


@dataclass
class _Level:
    start: int = 0
    fmt: str = "decimal"
    text: str = ""
    restart: int | None = None  # w:lvlRestart: 0 = never
    legal: bool = False
    suffix: str = "tab"
    style: str | None = None


@dataclass
class _Numbering:
    """numbering.xml: w:num -> abstract levels, with counters per list."""

    abstract: dict[str, dict[int, _Level]] = field(default_factory=dict)
    nums: dict[str, tuple[str, dict[int, int], dict[int, _Level]]] = field(default_factory=dict)
    counters: dict[object, dict[int, int]] = field(default_factory=dict)
    links: dict[str, str] = field(default_factory=dict)  # abstractNumId -> w:numStyleLink style

    @classmethod
    def parse(cls, root) -> "_Numbering":
        self = cls()
        if root is None:
            return self
        for an in root.iter(f"{W}abstractNum"):
            aid = an.get(f"{W}abstractNumId")
            levels = {}
            for lvl in an.findall(f"{W}lvl"):
                levels[_int(lvl.get(f"{W}ilvl"), 0)] = _parse_level(lvl)
            link = an.find(f"{W}numStyleLink")
            if link is not None and not levels:
                self.links[aid] = link.get(f"{W}val")
            self.abstract[aid] = levels
        for num in root.iter(f"{W}num"):
            nid = num.get(f"{W}numId")
            a = num.find(f"{W}abstractNumId")
            aid = a.get(f"{W}val") if a is not None else None
            starts: dict[int, int] = {}
            overrides: dict[int, _Level] = {}
            for ov in num.findall(f"{W}lvlOverride"):
                ilvl = _int(ov.get(f"{W}ilvl"), 0)
                so = ov.find(f"{W}startOverride")
                if so is not None:
                    starts[ilvl] = _int(so.get(f"{W}val"), 0)
                lvl = ov.find(f"{W}lvl")
                if lvl is not None:
                    overrides[ilvl] = _parse_level(lvl)
            self.nums[nid] = (aid, starts, overrides)
        return self

    def resolve_style_link(self, styles: "_Styles") -> None:
        # abstractNum with w:numStyleLink: its levels live in the abstractNum
        # of the numbering style's own w:num (w:styleLink)
        for aid, style_id in self.links.items():
            num_id, _ = styles.num_pr(style_id)
            if num_id and num_id in self.nums:
                target = self.nums[num_id][0]
                if target in self.abstract and target != aid:
                    self.abstract[aid] = self.abstract[target]

    def levels(self, num_id: str) -> dict[int, _Level]:
        aid, _, overrides = self.nums.get(num_id, (None, {}, {}))
        base = self.abstract.get(aid, {})
        if overrides:
            base = {**base, **overrides}
        return base

    def level_for_style(self, num_id: str, style_id: str) -> int | None:
        for ilvl, lvl in self.levels(num_id).items():
            if lvl.style == style_id:
                return ilvl
        return None

    def label(self, num_id: str, ilvl: int) -> str:
        """Advance the list's counter at *ilvl* and render the label."""
        if num_id not in self.nums:
            return ""
        aid, starts, _ = self.nums[num_id]
        levels = self.levels(num_id)
        lvl = levels.get(ilvl)
        if lvl is None:
            return ""
        # Lists that share an abstract definition continue each other in
        # Word, unless a w:num restarts with a startOverride.
        key: object = ("num", num_id) if starts else ("abstract", aid)
        counters = self.counters.setdefault(key, {})

        def start_of(k: int) -> int:
            if k in starts:
                return starts[k]
            lv = levels.get(k)
            return lv.start if lv else 1

        counters[ilvl] = counters[ilvl] + 1 if ilvl in counters else start_of(ilvl)
        for deeper in [k for k in counters if k > ilvl]:
            restart = levels[deeper].restart if deeper in levels else None
            if restart is None:
                restart = deeper  # default: any higher level restarts it
            if restart != 0 and ilvl < restart:
                del counters[deeper]
        if lvl.fmt == "bullet":
            return ""  # bullets carry no number; their glyphs are often private-use symbols
        text = lvl.text
        if "%" in text:
            out = []
            i = 0
            while i < len(text):
                ch = text[i]
                if ch == "%" and i + 1 < len(text) and text[i + 1] in "123456789":
                    k = int(text[i + 1]) - 1
                    value = counters.get(k, start_of(k))
                    fmt = levels[k].fmt if k in levels else "decimal"
                    if lvl.legal and k != ilvl:
                        fmt = "decimal"
                    if lvl.legal and k == ilvl and fmt not in ("decimal", "decimalZero"):
                        fmt = "decimal"
                    out.append(format_number(value, fmt))
                    i += 2
                else:
                    out.append(ch)
                    i += 1
            text = "".join(out)
        if not text:
            return ""
        if lvl.suffix != "nothing" and not text.endswith(("、", "）", ")", "】", "〕", "．", "　", " ")) and not _is_cjk(text[-1]):
            text += " "
        return text


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


_MAX_COUNT = 32767  # the largest start value Word accepts


def _int(value: str | None, default: int) -> int:
    """A numeric attribute of numbering.xml; ``default`` when it is missing,
    not a decimal number or outside 0..32767, as Word ignores such values.

    >>> _int("3", 0), _int("x1", 1), _int("9" * 5000, 1), _int("one", 0)
    (3, 1, 1, 0)
    """
    if value is None or not value.strip().isascii() or not value.strip().isdigit() or len(value.strip()) > 5:
        return default
    n = int(value)
    return n if n <= _MAX_COUNT else default


def _parse_level(lvl) -> _Level:
    def val(tag: str, default=None):
        el = lvl.find(f"{W}{tag}")
        return el.get(f"{W}val", default) if el is not None else default

    restart = val("lvlRestart")
    return _Level(
        start=_int(val("start"), 0),
        fmt=val("numFmt", "decimal") or "decimal",
        text=val("lvlText", "") or "",
        restart=_int(restart, 1) if restart is not None else None,
        legal=lvl.find(f"{W}isLgl") is not None and val("isLgl", "1") not in ("0", "false", "off"),
        suffix=val("suff", "tab") or "tab",
        style=val("pStyle"),
    )


class _Styles:
    """styles.xml: paragraph style -> numPr, following w:basedOn."""

    def __init__(self, root) -> None:
        self.styles: dict[str, tuple[str | None, str | None, str | None]] = {}
        self.default: str | None = None
        if root is None:
            return
        for st in root.iter(f"{W}style"):
            if st.get(f"{W}type", "paragraph") not in ("paragraph", "numbering"):
                continue
            sid = st.get(f"{W}styleId")
            based = st.find(f"{W}basedOn")
            num_id = ilvl = None
            ppr = st.find(f"{W}pPr")
            if ppr is not None:
                npr = ppr.find(f"{W}numPr")
                if npr is not None:
                    n = npr.find(f"{W}numId")
                    lv = npr.find(f"{W}ilvl")
                    num_id = n.get(f"{W}val") if n is not None else None
                    ilvl = lv.get(f"{W}val") if lv is not None else None
            self.styles[sid] = (based.get(f"{W}val") if based is not None else None, num_id, ilvl)
            if st.get(f"{W}default") in ("1", "true", "on") and st.get(f"{W}type", "paragraph") == "paragraph":
                self.default = sid

    def num_pr(self, style_id: str | None) -> tuple[str | None, int | None]:
        seen = set()
        num_id = ilvl = None
        while style_id and style_id not in seen and style_id in self.styles:
            seen.add(style_id)
            based, n, lv = self.styles[style_id]
            if num_id is None and n is not None:
                num_id = n
            if ilvl is None and lv is not None:
                ilvl = _int(lv, 0)
            if num_id is not None and ilvl is not None:
                break
            style_id = based
        return num_id, ilvl


# ---------------------------------------------------------------- body walk

_SKIP_IN_PARAGRAPH = {f"{W}del", f"{W}moveFrom", f"{W}pPr", f"{W}rPr", f"{W}commentReference",
                      f"{W}proofErr", f"{W}bookmarkStart", f"{W}bookmarkEnd"}


class _Walker:
    def __init__(self, numbering: _Numbering, styles: _Styles) -> None:
        self.numbering = numbering
        self.styles = styles
        self.lines: list[str] = []
        self.bad_symbols = 0  # w:sym code points that are not characters

    # blocks -------------------------------------------------------------
    def blocks(self, parent, out: list[str]) -> None:
        for el in parent:
            tag = el.tag
            if tag == f"{W}p":
                text = self.paragraph(el)
                if text.strip():
                    out.append(text)
            elif tag == f"{W}tbl":
                self.table(el, out)
            elif tag in (f"{W}sdt",):
                content = el.find(f"{W}sdtContent")
                if content is not None:
                    self.blocks(content, out)
            elif tag in (f"{W}customXml", f"{W}ins", f"{W}moveTo", f"{W}sdtContent"):
                self.blocks(el, out)
            # w:del at block level, w:sectPr, bookmarks...: nothing to read

    def table(self, tbl, out: list[str]) -> None:
        for tr in _iter_children(tbl, f"{W}tr"):
            trpr = tr.find(f"{W}trPr")
            if trpr is not None and trpr.find(f"{W}del") is not None:
                continue
            cells = []
            for tc in _iter_children(tr, f"{W}tc"):
                inner: list[str] = []
                self.blocks(tc, inner)
                cells.append(" ".join(" ".join(s.split("\n")).strip() for s in inner if s.strip()))
            while cells and not cells[-1]:
                cells.pop()
            if any(cells):
                out.append("\t".join(cells))

    # paragraphs ---------------------------------------------------------
    def paragraph(self, p) -> str:
        parts: list[str] = []
        self.inline(p, parts)
        text = "".join(parts)
        label = self.label(p)
        if label and text.strip():
            text = label + text.lstrip()
        return text

    def label(self, p) -> str:
        ppr = p.find(f"{W}pPr")
        style_id = None
        num_id = ilvl = None
        if ppr is not None:
            ps = ppr.find(f"{W}pStyle")
            style_id = ps.get(f"{W}val") if ps is not None else None
            npr = ppr.find(f"{W}numPr")
            if npr is not None:
                n = npr.find(f"{W}numId")
                lv = npr.find(f"{W}ilvl")
                if n is not None:
                    num_id = n.get(f"{W}val")
                if lv is not None:
                    ilvl = _int(lv.get(f"{W}val"), 0)
        if style_id is None:
            style_id = self.styles.default
        if num_id is None or ilvl is None:
            s_num, s_ilvl = self.styles.num_pr(style_id)
            if num_id is None:
                num_id = s_num
            if ilvl is None and num_id is not None:
                ilvl = s_ilvl
                if ilvl is None and style_id:
                    ilvl = self.numbering.level_for_style(num_id, style_id)
        if not num_id or num_id == "0":
            return ""
        if ppr is not None:
            rpr = ppr.find(f"{W}rPr")
            if rpr is not None and rpr.find(f"{W}vanish") is not None:
                return ""
        return self.numbering.label(num_id, ilvl or 0)

    def inline(self, parent, parts: list[str]) -> None:
        for el in parent:
            tag = el.tag
            if tag == f"{W}r":
                self.run(el, parts)
            elif tag in _SKIP_IN_PARAGRAPH:
                continue
            elif tag == f"{W}sdt":
                content = el.find(f"{W}sdtContent")
                if content is not None:
                    self.inline(content, parts)
            elif tag in (f"{W}ins", f"{W}moveTo", f"{W}hyperlink", f"{W}smartTag", f"{W}customXml",
                         f"{W}fldSimple", f"{W}dir", f"{W}bdo", f"{W}sdtContent"):
                self.inline(el, parts)
            elif tag.endswith("}oMath") or tag.endswith("}oMathPara"):
                parts.append("".join(t.text or "" for t in el.iter() if t.tag.endswith("}t")))

    def run(self, r, parts: list[str]) -> None:
        rpr = r.find(f"{W}rPr")
        if rpr is not None and rpr.find(f"{W}vanish") is not None:
            v = rpr.find(f"{W}vanish").get(f"{W}val")
            if v not in ("0", "false", "off"):
                return
        for el in r:
            tag = el.tag
            if tag == f"{W}t":
                parts.append(el.text or "")
            elif tag in (f"{W}tab", f"{W}ptab"):
                parts.append("\t")
            elif tag in (f"{W}br", f"{W}cr"):
                parts.append("\n")
            elif tag == f"{W}noBreakHyphen":
                parts.append("-")
            elif tag == f"{W}sym":
                ch = el.get(f"{W}char", "")
                try:
                    code = int(ch, 16)
                except ValueError:
                    continue
                if code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
                    parts.append("\ufffd")
                    self.bad_symbols += 1
                elif code < 0xE000 or code > 0xF8FF:  # private-use = symbol-font glyph
                    parts.append(chr(code))
            # w:delText, w:instrText, w:softHyphen, drawings, footnote refs: no text


def _iter_children(el, tag: str):
    """Children named *tag*, looking through content controls and custom XML."""
    for child in el:
        if child.tag == tag:
            yield child
        elif child.tag in (f"{W}sdt", f"{W}customXml", f"{W}sdtContent", f"{W}ins", f"{W}moveTo"):
            inner = child.find(f"{W}sdtContent") if child.tag == f"{W}sdt" else child
            if inner is not None:
                yield from _iter_children(inner, tag)


# ---------------------------------------------------------------- readers

def zip_kind(data: bytes) -> str | None:
    """What a zip archive holds, from its member names: ``None`` for a Word
    document (``word/document.xml``), else a description of what it is."""
    try:
        if _entry_count(data) > DEFAULT_LIMITS.max_members:
            return "a zip archive"
        names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
    except (zipfile.BadZipFile, OSError, EOFError, ValueError):
        return "a damaged zip archive"
    if "word/document.xml" in names:
        return None
    if "xl/workbook.xml" in names:
        return "an Excel .xlsx workbook"
    if "ppt/presentation.xml" in names:
        return "a PowerPoint .pptx presentation"
    if "mimetype" in names and "content.xml" in names:
        return "an OpenDocument file"
    return "a zip archive"


def _entry_count(data: bytes) -> int:
    """Entries the zip's end-of-directory record announces, read before the
    directory itself (whose entries each cost memory once listed)."""
    try:
        end = zipfile._EndRecData(io.BytesIO(data))  # the standard library's end-record reader, zip64 included
    except (OSError, ValueError):
        end = None
    if not end:
        raise zipfile.BadZipFile("no end-of-directory record")
    return int(end[zipfile._ECD_ENTRIES_TOTAL])


def _check_limits(zf: zipfile.ZipFile, path: str, limits: ReadLimits) -> None:
    """Refuse a zip bomb from its directory, before anything is inflated.

    Inflating a member never yields more than its directory size (zipfile
    stops there and fails the CRC check), so the sizes listed bound the work.
    """
    total = 0
    for info in zf.infolist():
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise InputError(path, f"corrupt .docx: member {info.filename} uses a compression Word never writes")
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > limits.ratio_floor and ratio > limits.max_ratio:
            raise InputError(path, f"member {info.filename} inflates {ratio:.0f} times "
                             f"(the limit is {limits.max_ratio:g}, --max-ratio; a zip bomb?)")
        total += info.file_size
        if total > limits.max_unzipped_bytes:
            raise InputError(path, f"inflates to more than {size_text(limits.max_unzipped_bytes)} "
                             "(the .docx size limit, --max-unzipped; a zip bomb?)")


def _check_package(data: bytes, path: str, limits: ReadLimits = DEFAULT_LIMITS) -> None:
    if data.startswith(_OLE2):
        if ole_kind(data) is not None:
            raise InputError(path, unreadable(f"{ole_kind(data)} named .docx"))
        raise InputError(path, "a legacy Word .doc (OLE2) file named .docx; save it as .docx or rename it to .doc")
    if data.lstrip()[:5].lower() in (b"{\\rtf",):
        raise InputError(path, "an RTF file named .docx; save it as .docx")
    if not data.startswith(b"PK"):
        raise InputError(path, "not a Word .docx file (not a zip archive)")
    try:
        members = _entry_count(data)
        if members > limits.max_members:
            raise InputError(path, f"more than {limits.max_members} zip members (a zip bomb?)")
        zf = zipfile.ZipFile(io.BytesIO(data))
        names = set(zf.namelist())
    except zipfile.BadZipFile:
        raise InputError(path, "corrupt .docx: truncated or damaged zip archive") from None
    if "word/document.xml" not in names:
        kind = zip_kind(data)
        raise InputError(path, f"not a Word .docx file ({kind} without word/document.xml)")
    _check_limits(zf, path, limits)
    try:
        bad = zf.testzip()
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
        raise InputError(path, f"corrupt .docx: {exc}") from None
    except Exception as exc:  # zlib.error and friends
        raise InputError(path, f"corrupt .docx: {type(exc).__name__}: {exc}".splitlines()[0]) from None
    if bad:
        raise InputError(path, f"corrupt .docx: damaged member {bad}")


def read_docx(data: bytes, path: str, limits: ReadLimits = DEFAULT_LIMITS) -> Decoded:
    """Reader for .docx files; ``limits`` bound how far the zip may inflate."""
    _check_package(data, path, limits)
    try:
        import docx  # python-docx; imported here so `import policyparse` stays light
        from docx.opc.exceptions import PackageNotFoundError
    except ImportError:  # pragma: no cover - it is a dependency
        raise InputError(path, "reading .docx needs python-docx (pip install python-docx)") from None
    try:
        document = docx.Document(io.BytesIO(data))
    except PackageNotFoundError:
        raise InputError(path, "not a Word .docx file (no main document part)") from None
    except KeyError as exc:
        raise InputError(path, f"corrupt .docx: missing part {exc}") from None
    except Exception as exc:  # lxml XMLSyntaxError, ValueError from bad content types, ...
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise InputError(path, f"corrupt .docx: {reason}") from None
    part = document.part
    try:
        numbering_root = part.numbering_part.element
    except (NotImplementedError, KeyError):
        numbering_root = None
    try:
        styles_root = part.styles.element
    except Exception:  # a package without styles.xml
        styles_root = None
    styles = _Styles(styles_root)
    numbering = _Numbering.parse(numbering_root)
    numbering.resolve_style_link(styles)
    walker = _Walker(numbering, styles)
    lines: list[str] = []
    body = document.element.body
    walker.blocks(body, lines)
    text = "\n".join(lines)
    if not text.strip():
        raise InputError(path, "the .docx holds no text")
    n = walker.bad_symbols
    warnings = (f"replaced {n} symbol{'s' if n > 1 else ''} (w:sym) that {'are' if n > 1 else 'is'} not "
                "a Unicode character with U+FFFD",) if n else ()
    return Decoded(text=text, format="docx", encoding=None, warnings=warnings)


INSTALL_LIBREOFFICE = ("install LibreOffice (Debian/Ubuntu: apt-get install libreoffice-writer; "
                       "Fedora: dnf install libreoffice-writer; macOS: brew install --cask libreoffice; "
                       "Windows: https://www.libreoffice.org) and put soffice on PATH")
CONVERT_TIMEOUT = 180  # seconds LibreOffice may take to convert one .doc/.wps


def read_legacy_word(data: bytes, path: str, limits: ReadLimits = DEFAULT_LIMITS,
                     timeout: float = CONVERT_TIMEOUT) -> Decoded:
    """Reader for legacy .doc / .wps files: converts them with LibreOffice.

    Needs ``soffice`` (LibreOffice) on PATH; the conversion runs in a
    temporary folder with its own LibreOffice profile, so concurrent calls
    do not fight over a lock, and is stopped after ``timeout`` seconds.
    """
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    suffix = Path(path).suffix.lower() or ".doc"
    if not exe:
        raise InputError(path, f"reading {suffix} needs LibreOffice, and soffice is not on PATH: {INSTALL_LIBREOFFICE}")
    if data.startswith(b"PK"):
        return read_docx(data, path, limits)  # a .docx with the wrong name
    kind = ole_kind(data) if data.startswith(_OLE2) else None
    if kind:
        raise InputError(path, unreadable(f"{kind} named {suffix}"))
    with tempfile.TemporaryDirectory(prefix="policyparse-") as tmp:
        src = Path(tmp) / f"input{suffix}"
        src.write_bytes(data)
        out = Path(tmp) / "out"
        profile = Path(tmp) / "profile"
        cmd = [exe, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
               "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(out), str(src)]
        # A process group of its own, so that a timeout ends soffice.bin too, not only its launcher.
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
                                env={**os.environ, "HOME": tmp})
        try:
            stdout, stderr = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            if hasattr(os, "killpg"):
                os.killpg(proc.pid, signal.SIGKILL)
            else:
                proc.kill()
            proc.communicate()
            raise InputError(path, f"LibreOffice took more than {timeout:g} s to convert the {suffix} file") from None
        result = out / "input.docx"
        if proc.returncode != 0 or not result.exists():
            msg = (stderr or stdout).decode("utf-8", "replace").strip().splitlines()
            detail = f" ({msg[-1]})" if msg else ""
            raise InputError(path, f"LibreOffice could not convert the {suffix} file{detail}")
        decoded = read_docx(result.read_bytes(), path, limits)
    return Decoded(text=decoded.text, format=suffix.lstrip("."), encoding=None, warnings=decoded.warnings)
