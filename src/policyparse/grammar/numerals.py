"""Chinese numerals to integers.

Covers the forms headings, dates and amounts use: 一…九十九, 百/千/万/亿,
〇 and 零, 两, 廿 (20) and 卅 (30), the financial forms 壹贰叁…拾佰仟, and
digit-by-digit years such as 二〇二一.
"""
from __future__ import annotations

DIGITS: dict[str, int] = {
    "〇": 0, "○": 0, "零": 0, "洞": 0, "Ｏ": 0, "O": 0,
    "一": 1, "壹": 1, "幺": 1,
    "二": 2, "贰": 2, "貳": 2, "两": 2, "兩": 2,
    "三": 3, "叁": 3, "參": 3,
    "四": 4, "肆": 4,
    "五": 5, "伍": 5,
    "六": 6, "陆": 6, "陸": 6,
    "七": 7, "柒": 7,
    "八": 8, "捌": 8,
    "九": 9, "玖": 9,
}
SMALL_UNITS: dict[str, int] = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
LARGE_UNITS: dict[str, int] = {"万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000}
TENS: dict[str, int] = {"廿": 20, "卅": 30, "卌": 40}

CN_NUMERAL_CHARS = "".join(DIGITS) + "".join(SMALL_UNITS) + "".join(LARGE_UNITS) + "".join(TENS)
"""Every character that can appear in a Chinese numeral."""

HEADING_NUMERAL_CHARS = "〇零一二三四五六七八九十百廿卅两"
"""Characters of the numerals used in heading markers (一、 （十一） 第二十条)."""

_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


def fullwidth_to_ascii(s: str) -> str:
    """Full-width digits to ASCII digits (length is kept).

    >>> fullwidth_to_ascii("２０２５")
    '2025'
    """
    return s.translate(_FULLWIDTH_DIGITS)


def _section(s: str) -> int | None:
    """Value of a numeral below 10 000 (no 万/亿 inside)."""
    total, digit, seen_unit = 0, None, False
    for ch in s:
        if ch in DIGITS:
            if digit is not None and digit != 0 and not seen_unit:
                return None  # 二三 without a unit between: not a cardinal
            digit = DIGITS[ch]
            seen_unit = False
        elif ch in SMALL_UNITS:
            total += (1 if digit is None else digit) * SMALL_UNITS[ch]
            digit, seen_unit = None, True
        elif ch in TENS:
            total += TENS[ch]
            digit, seen_unit = None, True
        else:
            return None
    if digit is not None:
        total += digit
    return total


def cn_to_int(s: str) -> int | None:
    """Value of a Chinese cardinal numeral, or None when it is not one.

    >>> [cn_to_int(x) for x in ("一", "十", "十一", "二十", "九十九", "一百零五", "廿三", "两", "壹佰")]
    [1, 10, 11, 20, 99, 105, 23, 2, 100]
    >>> cn_to_int("三千万"), cn_to_int("一亿五千万"), cn_to_int("甲")
    (30000000, 150000000, None)
    """
    if not s:
        return None
    total = 0
    rest = s
    for unit_char, unit in sorted(LARGE_UNITS.items(), key=lambda kv: -kv[1]):
        if unit_char in rest:
            head, rest = rest.split(unit_char, 1)
            value = _section(head) if head else 1
            if value is None:
                return None
            total += value * unit
    if rest:
        value = _section(rest)
        if value is None:
            return None
        total += value
    elif total == 0:
        return None
    return total


def digits_to_int(s: str) -> int | None:
    """Digit-by-digit numerals, as in years: 二〇二一 → 2021.

    >>> digits_to_int("二〇二一"), digits_to_int("二○二五"), digits_to_int("二十")
    (2021, 2025, None)
    """
    if not s or any(ch not in DIGITS for ch in s):
        return None
    return int("".join(str(DIGITS[ch]) for ch in s))


def number_value(s: str) -> float | None:
    """Value of a number as printed: Arabic (with , separators), full-width or Chinese.

    >>> number_value("1,500"), number_value("１.５"), number_value("五十"), number_value("x")
    (1500.0, 1.5, 50.0, None)
    """
    t = fullwidth_to_ascii(s).replace(",", "").replace("，", "").replace("．", ".")
    try:
        return float(t)
    except ValueError:
        pass
    v = cn_to_int(s)
    return None if v is None else float(v)
