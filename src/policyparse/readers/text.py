"""Decode plain-text files whatever their encoding.

Chinese text files come as UTF-8 (with or without BOM), GB18030/GBK, Big5 or
UTF-16.  Byte-order marks settle it when present.  Otherwise UTF-8 is tried
strictly first (it almost never decodes anything else by accident), then
UTF-16 when NUL bytes sit at alternate positions, and last GB18030 and Big5.
Big5 byte sequences are nearly always valid GBK too, so when both decode the
one whose characters are common Chinese characters wins.

A few NUL bytes of padding are dropped.  Files that no one encoding reads —
notices pasted together from a UTF-8 and a GBK file, UTF-8 with a character
cut in two — are read line by line, each line in the encoding it reads best
in, a broken byte sequence becoming U+FFFD.  What was done is said in the
warnings.  More than 1% of damage is an error, never mojibake.
"""
from __future__ import annotations

import codecs
from typing import NamedTuple

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


LEGACY = ("gb18030", "big5")
_CONTROL_BYTES = bytes(b for b in range(0x20) if b not in b"\t\n\r\f\v\x1a")  # 0x1A ends old DOS files
MAX_DAMAGE = 0.01  # share of NUL bytes, or of characters no encoding reads, that a text file may hold


class TextDecoding(NamedTuple):
    text: str
    encoding: str
    warnings: tuple[str, ...] = ()


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


def decode(data: bytes, path: str) -> TextDecoding:
    """Decode bytes; returns the text, the encoding's name and any warnings, or raises InputError.

    >>> decode("到2023年".encode("gb18030"), "a.txt")
    TextDecoding(text='到2023年', encoding='gb18030', warnings=())
    >>> decode("責任單位".encode("big5"), "a.txt").encoding
    'big5'
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
    warnings: tuple[str, ...] = ()
    # Below 0x20 the byte is a control character in UTF-8, GB18030 and Big5 alike.
    controls = len(data) - len(data.translate(None, _CONTROL_BYTES))
    if controls > max(2, len(data) * MAX_DAMAGE):
        raise InputError(path, "binary data, not text (control bytes)")
    nuls = data.count(0)
    if nuls:
        data = data.replace(b"\x00", b"")
        warnings = (f"removed {nuls} NUL byte{'s' if nuls > 1 else ''} from the text",)
    try:
        return _checked(data.decode("utf-8"), "utf-8", path, warnings)
    except UnicodeDecodeError:
        pass
    candidates = []
    for enc in LEGACY:
        try:
            candidates.append((data.decode(enc), enc))
        except UnicodeDecodeError:
            continue
    if not candidates:
        by_line = _decode_by_line(data)
        if by_line is None:
            raise InputError(path, "cannot decode text: not valid UTF-8, GB18030, Big5 or UTF-16")
        return _checked(by_line.text, by_line.encoding, path, warnings + by_line.warnings)
    text, enc = max(candidates, key=lambda c: _common_ratio(c[0]))
    if _common_ratio(text) < 0.15 and len(text) > 40:
        raise InputError(path, f"cannot decode text reliably: as {enc} it reads as rare characters (wrong encoding or binary data)")
    return _checked(text, enc, path, warnings)


def _decode_by_line(data: bytes) -> TextDecoding | None:
    """Each line in the encoding it reads best in (UTF-8, or the file's legacy
    encoding); None when too much of the file is readable in neither.

    A line break is the byte 0x0A in UTF-8, GB18030 and Big5 alike, so lines
    can be cut before decoding.
    """
    lines = data.split(b"\n")
    legacy = max(LEGACY, key=lambda enc: _legacy_fit(lines, enc))
    out: list[str] = []
    read_as_legacy: list[str] = []
    damaged = 0
    for line in lines:
        text, enc = _read_line(line, legacy)
        if enc == legacy and not line.isascii():
            read_as_legacy.append(text)
        damaged += text.count("\ufffd")
        out.append(text)
    text = "\n".join(out)
    if damaged > len(text) * MAX_DAMAGE:
        return None
    legacy_text = "".join(read_as_legacy)
    if len(legacy_text) > 40 and _common_ratio(legacy_text) < 0.15:
        return None  # what UTF-8 does not read reads as rare characters: not text
    in_legacy = len(read_as_legacy)
    warnings = []
    if in_legacy and in_legacy < sum(not line.isascii() for line in lines):
        encoding = f"utf-8+{legacy}"
        warnings.append(f"mixed encodings: {in_legacy} line{'s' if in_legacy > 1 else ''} read as {legacy}, "
                        "the rest as utf-8")
    else:
        encoding = legacy if in_legacy else "utf-8"
    if damaged:
        warnings.append(f"replaced {damaged} undecodable byte sequence{'s' if damaged > 1 else ''} with U+FFFD")
    return TextDecoding(text, encoding, tuple(warnings))


def _read_line(line: bytes, legacy: str) -> tuple[str, str]:
    """One line in the encoding it reads best in: of its strict readings and a
    UTF-8 reading with a few broken bytes (a character cut in two), the one of
    the most common characters; UTF-8 wins a tie."""
    readings = []
    for enc in ("utf-8", legacy):
        try:
            readings.append((line.decode(enc), enc))
        except UnicodeDecodeError:
            pass
    repaired = line.decode("utf-8", "replace")
    broken = repaired.count("\ufffd")
    if broken and sum(not c.isascii() for c in repaired) >= 5 * broken:
        readings.append((repaired, "utf-8"))
    if readings:
        return max(readings, key=lambda r: _common_ratio(r[0]))
    legacy_repaired = line.decode(legacy, "replace")
    if legacy_repaired.count("\ufffd") < broken:
        return legacy_repaired, legacy
    return repaired, "utf-8"


def _legacy_fit(lines: list[bytes], enc: str) -> tuple[int, float]:
    """How well ``enc`` reads the lines UTF-8 does not: lines read, then how common their characters are."""
    read = []
    for line in lines:
        try:
            line.decode("utf-8")
            continue
        except UnicodeDecodeError:
            pass
        try:
            read.append(line.decode(enc))
        except UnicodeDecodeError:
            pass
    return len(read), _common_ratio("".join(read))


def _checked(text: str, enc: str, path: str, warnings: tuple[str, ...] = ()) -> TextDecoding:
    if _is_binary(text):
        raise InputError(path, "binary data, not text")
    return TextDecoding(text, enc, warnings)


def read_text(data: bytes, path: str) -> Decoded:
    """Reader for .txt files."""
    decoded = decode(data, path)
    if not decoded.text.strip():
        raise InputError(path, "file holds no text")
    return Decoded(text=decoded.text, format="txt", encoding=decoded.encoding, warnings=decoded.warnings)
