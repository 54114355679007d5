"""Traditional script and pinyin glosses: what web converters do to a document.

Copies of mainland documents are often run through a script converter: the
text comes out in traditional characters (辦公廳, 第三條, 牽頭單位), and some
converters print a pinyin gloss after many characters (``發(fā)``, ``關(guān)于``,
``一(yī)、``).  Both hide the words every rule looks for.

* :func:`strip_glosses` removes the glosses.  They are the converter's, not the
  document's: a bracket after a Han character holding one valid pinyin syllable
  (with tone marks or a tone digit), in a text that has several of them.  The
  pipeline reports how many it removed in ``warnings``.
* :func:`simplified_shadow` gives a text of the same length with every
  traditional character replaced by its simplified form (one character for one,
  from OpenCC's character table), for rules to match on; records keep the
  characters as printed, since offsets into the shadow are offsets into the text.
  A text that is not written in traditional script is its own shadow.
"""
from __future__ import annotations

import unicodedata
from functools import cache
from importlib import resources

import regex

_INITIALS = ("zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x",
             "r", "z", "c", "s", "y", "w", "")
_FINALS = ("a", "o", "e", "i", "u", "v", "ai", "ei", "ao", "ou", "an", "en", "ang", "eng", "ong", "er",
           "ia", "ie", "iao", "iu", "ian", "in", "iang", "ing", "iong", "ua", "uo", "uai", "ui", "uan", "un",
           "uang", "ue", "ve", "van", "vn", "io")
PINYIN_SYLLABLE = regex.compile(rf"(?:{'|'.join(i for i in _INITIALS if i)})?(?:{'|'.join(sorted(_FINALS, key=len, reverse=True))})")
"""A toneless pinyin syllable (ü written v); checked with fullmatch."""

GLOSS = regex.compile(r"(?<=[\p{Han}])[（(](?P<py>[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê]{1,6})[1-5]?[）)]")
MIN_GLOSSES = 3  # fewer look-alikes are more likely a document's own bracket: 手机(app)


def _toneless(syllable: str) -> str:
    base = unicodedata.normalize("NFD", syllable)
    base = "".join(ch for ch in base if not unicodedata.combining(ch) or ch == "\u0308")
    return unicodedata.normalize("NFC", base).replace("ü", "v")


def is_pinyin(syllable: str) -> bool:
    """Whether a string is one pinyin syllable, with or without tone marks.

    >>> [is_pinyin(s) for s in ("fā", "zhuàng", "lǜ", "app", "gdp")]
    [True, True, True, False, False]
    """
    return PINYIN_SYLLABLE.fullmatch(_toneless(syllable)) is not None


def strip_glosses(text: str) -> tuple[str, int]:
    """The text without pinyin glosses, and how many were removed.

    >>> strip_glosses("關(guān)于印發(fā)的通知，一(yī)、總體要求")
    ('關于印發的通知，一、總體要求', 3)
    >>> strip_glosses("下載手机(app)")
    ('下載手机(app)', 0)
    """
    found = [m for m in GLOSS.finditer(text) if is_pinyin(m.group("py"))]
    if len(found) < MIN_GLOSSES:
        return text, 0
    out, last = [], 0
    for m in found:
        out.append(text[last:m.start()])
        last = m.end()
    out.append(text[last:])
    return "".join(out), len(found)


@cache
def character_table() -> dict[int, str]:
    data = resources.files("policyparse").joinpath("data/ts_characters.tsv").read_text(encoding="utf-8")
    table = {}
    for line in data.splitlines():
        if line and not line.startswith("#"):
            trad, simp = line.split("\t")
            table[ord(trad)] = simp
    return table


@cache
def _traditional_characters() -> frozenset[str]:
    return frozenset(map(chr, character_table()))


TRADITIONAL_SHARE = 0.02
"""The share of Han characters that must be traditional-only for a text to be read as traditional."""


def is_traditional(text: str) -> bool:
    """Whether a text is written in traditional script.

    >>> is_traditional("廣州市人民政府辦公廳關於印發實施方案的通知"), is_traditional("广州市人民政府办公厅关于印发的通知")
    (True, False)
    """
    traditional = _traditional_characters().intersection(text)  # the distinct ones, found in C
    if not traditional:
        return False
    han = len(_NOT_HAN.sub("", text))
    trad = sum(map(text.count, traditional))
    return han > 0 and trad >= max(2, TRADITIONAL_SHARE * han)


_NOT_HAN = regex.compile(r"[^\u3400-\u9fff]+")


def simplified_shadow(text: str) -> str:
    """``text`` with traditional characters simplified one for one (same length), when it is
    written in traditional script; else ``text`` itself.

    >>> simplified_shadow("第三條　牽頭單位：市財政局")
    '第三条　牵头单位：市财政局'
    """
    if not is_traditional(text):
        return text
    return text.translate(character_table())  # every value is one character: offsets carry over
