"""Decode plain-text files whatever their encoding.

Chinese text files come as UTF-8 (with or without BOM), GB18030/GBK, Big5 or
UTF-16.  Byte-order marks settle it when present.  Otherwise UTF-8 is tried
strictly first (it almost never decodes anything else by accident), then
UTF-16 when NUL bytes sit at alternate positions, and last GB18030 and Big5.
Big5 byte sequences are nearly always valid GBK too, so when both decode the
one whose characters are common Chinese characters wins.
"""
from __future__ import annotations

import codecs

from ..errors import InputError
from . import Decoded

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# The most frequent characters of Chinese government text, in simplified and
# traditional forms.  A wrong decoding of the same bytes lands on rare
# characters instead.
_COMMON = frozenset(
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研质率界"
    "責任單位牽頭區縣機關務與會實發業經濟進設計劃標準應規則體現開學習資料權點當對時間問題報導團員長東門車書聽說讀寫將從們個這來後見議選關總統黨國際財務醫療衛廣電視農產輔導組織監辦區"
)


def _common_ratio(text: str) -> float:
    cjk = [c for c in text if "\u4e00" <= c <= "\u9fff"]
    if not cjk:
        return 0.0
    return sum(c in _COMMON for c in cjk) / len(cjk)


def _looks_utf16(data: bytes) -> str | None:
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > len(odd) * 0.3 and even.count(0) < len(even) * 0.05:
        return "utf-16-le"
    if even.count(0) > len(even) * 0.3 and odd.count(0) < len(odd) * 0.05:
        return "utf-16-be"
    return None


def _is_binary(text: str) -> bool:
    bad = sum(1 for c in text[:20000] if (c < " " and c not in "\t\n\r\f\v") or c == "\ufffd")
    return bad > max(2, len(text[:20000]) // 100)


def decode(data: bytes, path: str) -> tuple[str, str]:
    """Decode bytes; returns (text, encoding name) or raises InputError.

    >>> decode("到2023年".encode("gb18030"), "a.txt")
    ('到2023年', 'gb18030')
    >>> decode("責任單位".encode("big5"), "a.txt")
    ('責任單位', 'big5')
    """
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(data.decode(enc), enc, path)
            except UnicodeDecodeError:
                raise InputError(path, f"cannot decode text: invalid {enc} after its byte-order mark") from None
    utf16 = _looks_utf16(data)
    if utf16:
        try:
            return _checked(data.decode(utf16), "utf-16", path)
        except UnicodeDecodeError:
            pass
    if b"\x00" in data:
        raise InputError(path, "binary data, not text (NUL bytes)")
    try:
        return _checked(data.decode("utf-8"), "utf-8", path)
    except UnicodeDecodeError:
        pass
    candidates = []
    for enc in ("gb18030", "big5"):
        try:
            candidates.append((data.decode(enc), enc))
        except UnicodeDecodeError:
            continue
    if not candidates:
        raise InputError(path, "cannot decode text: not valid UTF-8, GB18030, Big5 or UTF-16")
    text, enc = max(candidates, key=lambda c: _common_ratio(c[0]))
    if _common_ratio(text) < 0.15 and len(text) > 40:
        raise InputError(path, f"cannot decode text reliably: as {enc} it reads as rare characters (wrong encoding or binary data)")
    return _checked(text, enc, path)


def _checked(text: str, enc: str, path: str) -> tuple[str, str]:
    if _is_binary(text):
        raise InputError(path, "binary data, not text")
    return text, enc


def read_text(data: bytes, path: str) -> Decoded:
    """Reader for .txt files."""
    text, enc = decode(data, path)
    if not text.strip():
        raise InputError(path, "file holds no text")
    return Decoded(text=text, format="txt", encoding=enc)
