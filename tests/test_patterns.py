"""No regular expression of the package can backtrack super-linearly.

Patterns of both engines are read: :mod:`regex` (most of the package) and :mod:`re`.

Catastrophic backtracking needs a repeated group whose body can match one
string in more than one way: a repeat inside a repeat (``(a+)+``, ``(a{1,2})+``)
or alternatives that overlap (``(a|aa)+``).  Every compiled pattern of the
package is read here, and a repeated group may hold neither a variable-length
repeat nor alternatives of which one is a prefix of another.  A pattern that
breaks the rule but was shown to split one way only is listed in REVIEWED with
the reason.
"""
from __future__ import annotations

import importlib
import pkgutil
import re

import pytest
import regex

import policyparse

# module.NAME -> why its repeated group still splits its input one way only
REVIEWED = {
    "policyparse.extractors.targets.LEADING_VERBS": (
        "the repeated adverbs are literals forming a prefix code, except 在…{1,8}?, which must end "
        "right before 建/培/打/设/新/创, characters no other adverb starts with; the pattern is "
        "anchored and only trims a short noun"
    ),
}


def package_patterns() -> dict[str, regex.Pattern]:
    found = {}
    for info in pkgutil.walk_packages(policyparse.__path__, "policyparse."):
        if info.name.endswith("__main__"):
            continue  # running it starts the command line
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if isinstance(value, (regex.Pattern, re.Pattern)):  # both engines are used
                found[f"{info.name}.{name}"] = value
    return found


QUANTIFIER = regex.compile(r"(?:[*+?]|\{(\d*),?(\d*)\})[?+]?")


def _quantifier(p: str, i: int) -> tuple[int, int | None, int] | None:
    """(min, max or None for unbounded, length) of the quantifier at ``p[i]``."""
    m = QUANTIFIER.match(p, i)
    if not m:
        return None
    q = m.group(0)
    if q[0] == "{":
        if not m.group(1) and not m.group(2):
            return None  # a literal brace
        low = int(m.group(1) or 0)
        high = int(m.group(2)) if m.group(2) else (None if "," in q else low)
        return low, high, len(q)
    return {"*": (0, None), "+": (1, None), "?": (0, 1)}[q[0]] + (len(q),)


def _skip_atom(p: str, i: int) -> int:
    """End of the character class, escape or single character at ``p[i]``."""
    if p[i] == "\\":
        if p[i + 1] in "pPNx" and p[i + 2:i + 3] == "{":
            return p.index("}", i) + 1
        return i + 2
    if p[i] != "[":
        return i + 1
    i += 1
    i += p[i] == "^"
    i += p[i] == "]"
    while p[i] != "]":
        i += 2 if p[i] == "\\" else 1
    return i + 1


GROUP_PREFIX = regex.compile(r"\?(?:P<\w+>|[:=!>]|<[=!])")
LITERAL = regex.compile(r"\\[^\w\s]|[^\\\[.]")  # one character that matches only itself


class _Group:
    def __init__(self) -> None:
        self.variable = False  # holds a repeat whose count is not fixed
        # the atoms of each alternative; None once an alternative holds a group or a repeat
        self.branches: list[list[str] | None] = [[]]

    def add(self, atom: str | None) -> None:
        if self.branches[-1] is not None:
            self.branches[-1] = None if atom is None else self.branches[-1] + [atom]


def _may_match_same(a: str, b: str) -> bool:
    """Whether two single-character atoms can match the same character (when unsure: yes)."""
    if LITERAL.fullmatch(a) and LITERAL.fullmatch(b):
        return a[-1] == b[-1]
    if LITERAL.fullmatch(a) or LITERAL.fullmatch(b):
        char, cls = (a[-1], b) if LITERAL.fullmatch(a) else (b[-1], a)
        return regex.fullmatch(cls, char) is not None
    return True


def _overlapping(branches: list[list[str] | None]) -> bool:
    """Whether one alternative can match what another starts with (then a repeat splits two ways)."""
    if len(branches) < 2:
        return False
    if any(b is None for b in branches):
        return True
    return any(
        i != j and len(a) <= len(b) and all(_may_match_same(x, y) for x, y in zip(a, b))
        for i, a in enumerate(branches) for j, b in enumerate(branches)
    )


def ambiguous_repeats(pattern: str, verbose: bool = False) -> list[str]:
    """The repeated groups of ``pattern`` whose body can split its input more than one way."""
    p = pattern
    stack = [_Group()]
    starts: list[int] = []
    bad = []
    i = 0
    while i < len(p):
        c = p[i]
        if verbose and c == "#":
            line_end = p.find("\n", i)
            i = len(p) if line_end < 0 else line_end
            continue
        if verbose and c.isspace():
            i += 1
            continue
        if c == "(":
            starts.append(i)
            stack.append(_Group())
            m = GROUP_PREFIX.match(p, i + 1)
            i = m.end() if m else i + 1
            continue
        if c == "|":
            stack[-1].branches.append([])
            i += 1
            continue
        if c == ")":
            group, start = stack.pop(), starts.pop()
            i += 1
            q = _quantifier(p, i)
            repeated = q is not None and (q[1] is None or q[1] > 1)
            if repeated and (group.variable or _overlapping(group.branches)):
                bad.append(p[start:i + q[2]])
            stack[-1].variable |= group.variable or (q is not None and q[0] != q[1])
            stack[-1].add(None)
            i += q[2] if q else 0
            continue
        end = _skip_atom(p, i)
        atom, i = p[i:end], end
        q = _quantifier(p, i)
        if q:
            stack[-1].variable |= q[0] != q[1]
            i += q[2]
        stack[-1].add(None if q else atom)
    return bad


@pytest.mark.parametrize("pattern, bad", [
    (r"(a+)+b", True), (r"(?:a{1,2})+b", True), (r"(a|aa)+b", True), (r"(?:x\s*)*", True),
    (r"(?:全市|全区|各县（区）|\s)+", False), (r"(?:ab){2,5}c+", False), (r"[（(](?:[^）)]){3}", False),
    (r"(a|b)?c*", False), (r"\p{Han}+(?:局|委)", False), (r"(?:各县|各县区)+", True),
    (r"(?:a|\w)+", True), (r"(?P<x>a|ab)+", True), (r"(?:全市|\s)+", False), (r"(?:a|(?=b)c)+", True),
])
def test_the_check_finds_nested_and_overlapping_repeats(pattern, bad):
    assert bool(ambiguous_repeats(pattern)) is bad


PATTERNS = package_patterns()


def test_the_package_has_patterns_to_check():
    assert len(PATTERNS) > 50


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_no_pattern_can_backtrack_catastrophically(name):
    pattern = PATTERNS[name]
    source = pattern.pattern.decode("latin-1") if isinstance(pattern.pattern, bytes) else pattern.pattern
    found = ambiguous_repeats(source, bool(pattern.flags & regex.VERBOSE))
    if name in REVIEWED:
        assert found, f"{name} no longer needs its review note"
    else:
        assert not found, f"{name}: repeated group {found[0]!r} can split its input more than one way"
