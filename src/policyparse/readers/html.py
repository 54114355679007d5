"""Read saved web pages (.html/.htm/.shtml), keeping the article only.

Standard library only.  Steps:

1. Charset: byte-order mark, then ``<meta charset>`` / ``http-equiv``
   content-type / XML declaration in the first bytes (GB2312 and GBK are
   decoded as their superset GB18030), else the .txt decoder's guess.
2. Parse into a light element tree (``html.parser`` with the usual implied
   end tags) and drop what is never content: script, style, noscript,
   iframe, template, svg, form controls; and page chrome: nav, header,
   footer, aside, form - unless such an element wraps most of the page
   (ASP.NET pages put everything inside one ``<form>``).
3. Pick the main content: the element whose paragraph-like children hold the
   most CJK text outside links, with a bonus for the containers government
   CMSs use (``zoom``, ``content``, ``article``, ``TRS_Editor``,
   ``pages_content``, ``Custom_UnionStyle`` ...).  A headline (``h1``-``h3``)
   just before it is kept as the first line.
4. Render it as text: block elements and ``<br>`` end lines, table cells are
   joined by tabs, whitespace inside the HTML source collapses (and vanishes
   between CJK characters), entities are unescaped.
"""
from __future__ import annotations

import codecs
import re
from html.parser import HTMLParser

from ..errors import InputError
from . import Decoded
from .text import TextDecoding, _common_ratio, decode

_DROP = {"script", "style", "noscript", "iframe", "template", "svg", "object", "embed", "canvas",
         "select", "option", "button", "textarea", "input", "head", "title", "meta", "link", "map"}
_CHROME = {"nav", "header", "footer", "aside", "form", "menu"}
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
         "source", "track", "wbr", "keygen"}
_BLOCK = {"address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "dir",
          "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
          "h4", "h5", "h6", "header", "hr", "html", "li", "main", "nav", "ol", "p", "pre", "section",
          "table", "tbody", "thead", "tfoot", "tr", "ul", "caption", "summary", "menu"}
_PARA = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "pre", "blockquote", "td", "th", "dd", "dt", "center"}
_HINT = re.compile(
    r"zoom|content|article|artibody|trs_editor|pages_content|custom_unionstyle|main|detail|text|"
    r"zw|zhengwen|news_?con|con_?text|view|ewb|wzy|article_con|show", re.I)
_ANTI_HINT = re.compile(r"nav|menu|footer|header|sidebar|side|breadcrumb|crumb|share|related|comment|"
                        r"copyright|links|banner|toolbar|search|login|foot|top|bottom|friend", re.I)
_CHARSET_META = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.I)
_XML_DECL = re.compile(rb"""^<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_\-.]+)""", re.I)
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


class _El:
    __slots__ = ("tag", "attrs", "children", "parent")

    def __init__(self, tag: str, attrs: dict[str, str], parent: "_El | None") -> None:
        self.tag = tag
        self.attrs = attrs
        self.children: list["_El | str"] = []
        self.parent = parent

    def hint(self) -> str:
        return f"{self.attrs.get('id', '')} {self.attrs.get('class', '')}"


MAX_DEPTH = 256  # elements nested deeper are read as siblings at this depth (their text is kept)


class _TreeBuilder(HTMLParser):
    """A light element tree.  Work per tag is bounded: the stack of open
    elements is at most ``MAX_DEPTH`` deep, and an end tag with no open
    element of its name is found stray by a count, not a walk of the stack."""

    # tags that an opening tag closes implicitly
    _CLOSES = {
        "p": {"p"}, "li": {"li"}, "dt": {"dt", "dd"}, "dd": {"dt", "dd"},
        "tr": {"tr", "td", "th"}, "td": {"td", "th"}, "th": {"td", "th"},
        "option": {"option"}, "thead": {"tbody", "thead", "tr", "td", "th"},
        "tbody": {"tbody", "thead", "tr", "td", "th"}, "tfoot": {"tbody", "thead", "tr", "td", "th"},
    }

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = _El("#root", {}, None)
        self.stack = [self.root]
        self.open: dict[str, int] = {}  # tag -> elements of that name on the stack
        self.flat: dict[str, int] = {}  # tag -> elements read flat past MAX_DEPTH, still open

    def _push(self, el: _El) -> None:
        if len(self.stack) > MAX_DEPTH:
            self.flat[el.tag] = self.flat.get(el.tag, 0) + 1
            return
        self.stack.append(el)
        self.open[el.tag] = self.open.get(el.tag, 0) + 1

    def _pop_to(self, i: int) -> None:
        for el in self.stack[i:]:
            self.open[el.tag] -= 1
        del self.stack[i:]

    def handle_starttag(self, tag: str, attrs) -> None:
        tag = tag.lower()
        closes = self._CLOSES.get(tag, set())
        if tag in _BLOCK and tag not in ("li", "tr", "td", "th"):
            closes = closes | {"p"}
        if closes and len(self.stack) <= MAX_DEPTH and any(self.open.get(t) for t in closes):
            # close the nearest open element of those kinds, if no table/list boundary is in between
            for i in range(len(self.stack) - 1, 0, -1):
                t = self.stack[i].tag
                if t in closes:
                    self._pop_to(i)
                    break
                if t in ("table", "ul", "ol", "dl", "div", "body", "td", "th") and not (t in ("td", "th") and tag in ("tr",)):
                    break
        el = _El(tag, {k.lower(): (v or "") for k, v in attrs}, self.stack[-1])
        self.stack[-1].children.append(el)
        if tag not in _VOID:
            self._push(el)

    def handle_startendtag(self, tag: str, attrs) -> None:
        self.handle_starttag(tag, attrs)
        tag = tag.lower()
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        tag = tag.lower()
        if self.flat.get(tag):
            self.flat[tag] -= 1
            return
        if self.open.get(tag):
            for i in range(len(self.stack) - 1, 0, -1):
                if self.stack[i].tag == tag:
                    self._pop_to(i)
                    return
        # a stray end tag: ignore (but </p> without <p> is an empty paragraph)
        if tag == "p":
            self.stack[-1].children.append(_El("br", {}, self.stack[-1]))

    def handle_data(self, data: str) -> None:
        if data:
            self.stack[-1].children.append(data)


# -------------------------------------------------------------- charset

# Python codecs that are no web page's charset: declaring one means nothing
_NOT_CHARSETS = {"undefined", "idna", "punycode", "raw-unicode-escape", "unicode-escape", "utf-7"}


def _charset_decode(data: bytes, path: str) -> TextDecoding:
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return decode(data, path)
    head = data[:4096]
    m = _XML_DECL.search(head) or _CHARSET_META.search(head)
    if not m:
        return decode(data, path)
    declared = m.group(1).decode("ascii", "replace").lower()
    name = declared
    if name in ("gb2312", "gbk", "x-gbk", "gb_2312-80", "euc-cn", "cp936", "x-euc-cn", "hz-gb-2312"):
        name = "gb18030"
    if name in ("big5", "big5-hkscs", "x-x-big5"):
        name = "big5hkscs"
    try:
        codec = codecs.lookup(name)
    except LookupError:
        codec = None
    if codec is None or not codec._is_text_encoding or codec.name in _NOT_CHARSETS:
        guess = decode(data, path)
        note = f"the page declares charset {declared!r}, which names no text encoding; read as {guess.encoding}"
        return guess._replace(warnings=(note, *guess.warnings))
    if name.startswith("utf-16"):
        return decode(data, path)
    try:
        text = data.decode(name)
    except (UnicodeError, ValueError):  # the page lies about its charset: guess instead
        guess = decode(data, path)
        note = f"the page declares charset {declared!r} but is not valid {name}; read as {guess.encoding}"
        return guess._replace(warnings=(note, *guess.warnings))
    if not data.isascii() and not _CJK.search(text):
        # declared Western (iso-8859-1, windows-1252...) but the bytes may be GBK or UTF-8
        try:
            guess = decode(data, path)
        except InputError:
            guess = None
        if guess is not None and _CJK.search(guess.text) and _common_ratio(guess.text) >= 0.5:
            note = f"the page declares charset {declared!r} but its text is Chinese in {guess.encoding}; read as {guess.encoding}"
            return guess._replace(warnings=(note, *guess.warnings))
    return TextDecoding(text, name)


# -------------------------------------------------------------- content

def _cjk_len(s: str) -> int:
    return len(_CJK.findall(s))


def _all_text(el: _El, skip_links: bool = False) -> str:
    out: list[str] = []

    def walk(e: _El) -> None:
        for c in e.children:
            if isinstance(c, str):
                out.append(c)
            elif not (skip_links and c.tag == "a"):
                walk(c)

    walk(el)
    return "".join(out)


class _Counts:
    """CJK characters under each element, all and outside links, and whether
    it has block children: one pass from the leaves up, so that scoring every
    element costs linear time however deep the tree."""

    def __init__(self, root: _El) -> None:
        self.all: dict[int, int] = {}
        self.unlinked: dict[int, int] = {}
        self.has_block: dict[int, bool] = {}
        for el in reversed([root, *_iter(root)]):
            total = unlinked = 0
            block = False
            for c in el.children:
                if isinstance(c, str):
                    n = _cjk_len(c)
                    total += n
                    unlinked += n
                else:
                    total += self.all[id(c)]
                    unlinked += 0 if c.tag == "a" else self.unlinked[id(c)]
                    block = block or c.tag in _BLOCK
            self.all[id(el)], self.unlinked[id(el)], self.has_block[id(el)] = total, unlinked, block


def _prune(root: _El) -> None:
    counts = _Counts(root)
    total = max(counts.all[id(root)], 1)

    def walk(e: _El) -> None:
        keep: list[_El | str] = []
        for c in e.children:
            if isinstance(c, str):
                keep.append(c)
                continue
            if c.tag in _DROP or c.tag.startswith("!"):
                continue
            if c.tag in _CHROME and counts.all[id(c)] < 0.5 * total:
                continue
            style = c.attrs.get("style", "").replace(" ", "").lower()
            if "display:none" in style or "hidden" in c.attrs:
                continue
            walk(c)
            keep.append(c)
        e.children = keep

    walk(root)


def _iter(el: _El):
    """The elements under ``el`` in document order (without recursion)."""
    todo = [iter(el.children)]
    while todo:
        for c in todo[-1]:
            if not isinstance(c, str):
                yield c
                todo.append(iter(c.children))
                break
        else:
            todo.pop()


def _main(root: _El, counts: _Counts) -> _El:
    """The element holding the article text."""
    best, best_score = root, 0.0
    scores: dict[int, float] = {}
    for el in [root, *_iter(root)]:
        own = 0
        for c in el.children:
            if isinstance(c, str):
                own += _cjk_len(c)
            elif c.tag in _PARA or (c.tag in ("div", "span", "font", "strong", "b") and not counts.has_block[id(c)]):
                own += counts.unlinked[id(c)]
        if not own:
            continue
        score = float(own)
        hint = el.hint()
        if _HINT.search(hint):
            score *= 1.5
        if _ANTI_HINT.search(hint) and not _HINT.search(hint):
            score *= 0.3
        scores[id(el)] = own
        if score > best_score:
            best, best_score = el, score
    if best.tag in _PARA - {"td", "th"} and best.parent is not None:
        best = best.parent  # a lone paragraph: its container holds the text
    # content split between a container and its child: take the container
    while best.parent is not None:
        parent_own = scores.get(id(best.parent), 0)
        if parent_own >= 0.2 * scores.get(id(best), 0) and parent_own > 50:
            best = best.parent
        else:
            break
    return best


def _headline(root: _El, main: _El, counts: _Counts) -> str | None:
    """The last h1-h3 before *main* in document order, if *main* has none."""
    if any(e.tag in ("h1", "h2") for e in _iter(main)):
        return None
    found = None
    for el in _iter(root):
        if el is main:
            break
        if el.tag in ("h1", "h2", "h3") and counts.all[id(el)] >= 4:
            found = el
    return " ".join(_all_text(found).split()) if found is not None else None


# -------------------------------------------------------------- rendering

def _render(el: _El) -> list[str]:
    lines: list[str] = []
    buf: list[str] = []

    def flush() -> None:
        text = _clean("".join(buf))
        buf.clear()
        if text.strip():
            lines.append(text)

    def walk(e: _El, pre: bool = False) -> None:
        for c in e.children:
            if isinstance(c, str):
                buf.append(c if pre else re.sub(r"[ \t\r\n\f]+", " ", c))
                continue
            tag = c.tag
            if tag == "br":
                flush()
            elif tag == "tr":
                flush()
                stray = _El("#stray", {}, None)  # what a row holds outside its cells; browsers show it first
                stray.children = [x for x in c.children if isinstance(x, str) or x.tag not in ("td", "th")]
                lines.extend(_render(stray))
                rendered = [_render(cell) for cell in c.children
                            if not isinstance(cell, str) and cell.tag in ("td", "th")]
                filled = [r for r in rendered if r]
                if len(filled) == 1 and len(filled[0]) > 1:
                    lines.extend(filled[0])  # a layout table: one cell holding the article
                    continue
                cells = [" ".join(s.strip() for s in r) for r in rendered]
                while cells and not cells[-1]:
                    cells.pop()
                if any(cells):
                    lines.append("\t".join(cells))
            elif tag == "img":
                alt = c.attrs.get("alt", "")
                if _cjk_len(alt) >= 2:
                    buf.append(alt)
            elif tag in _BLOCK or tag in ("td", "th"):
                flush()
                walk(c, pre or tag == "pre")
                flush()
            else:
                walk(c, pre)

    walk(el)
    flush()
    return lines


_CJK_SPACE = re.compile(r"(?<=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef“”‘’—…]) (?=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef“”‘’—…])")


def _clean(text: str) -> str:
    """Collapse source whitespace; drop the single spaces source line breaks leave between CJK."""
    text = text.strip(" ")
    return _CJK_SPACE.sub("", text)


def read_html(data: bytes, path: str) -> Decoded:
    """Reader for .html/.htm/.shtml files."""
    html, enc, warnings = _charset_decode(data, path)
    builder = _TreeBuilder()
    try:
        builder.feed(html)
        builder.close()
    except Exception as exc:  # html.parser is lenient; this is a safety net
        raise InputError(path, f"cannot parse HTML: {exc}".splitlines()[0]) from None
    root = builder.root
    _prune(root)
    counts = _Counts(root)
    main = _main(root, counts)
    lines = _render(main)
    head = _headline(root, main, counts)
    if head and (not lines or re.sub(r"\s", "", lines[0]) != re.sub(r"\s", "", head)):
        lines.insert(0, head)
    text = "\n".join(lines)
    if not text.strip():
        raise InputError(path, "the HTML page holds no text")
    return Decoded(text=text, format="html", encoding=enc, warnings=warnings)
