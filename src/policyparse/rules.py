"""Rules: every accept-or-reject decision of the parser, as a name, a condition and a reason.

A module lists its decisions as a tuple of :class:`Rule` s, in the order they
are tried — no registry, no decorators, as duckling lists its rules — and asks
:func:`decide` which applies to a candidate::

    YEAR_RULES = (
        reject("date-line", lambda c: DATE_LINE.match(c.line), "a line that is only a date dates the document"),
        accept("to-year", lambda c: c.group("lead"), "到2025年: a time something is due by"),
        ...
        reject("no-commitment", always, "a bare year in a sentence that commits to nothing"),
    )
    rule = decide("deadline", YEAR_RULES, ctx)
    if rule.rejects: ...

A condition is a function of a context object that the module computes once per
candidate; :class:`Context` is the common base (the candidate's span, its line,
what comes before and after it within named windows), and a module adds the
fields its rules read.  The first rule whose condition holds decides; a rule
list should end with a rule that always applies, so every candidate gets a named
verdict.

Decisions can be traced: inside ``with tracing() as decisions:`` every call to
:func:`decide` appends a :class:`Decision` (what kind of candidate, where,
which rule, accept or reject), which is how ``policyparse explain`` answers
"why is this (not) a target?".  Outside a trace, :func:`decide` costs one
context-variable lookup.  Accepted records keep the rule's name in their
``rule`` field (shown by ``policyparse extract --explain``).

Patterns that rule conditions use are compiled with :func:`pattern`, which
refuses, at import, a pattern that can match the empty string: such a pattern
makes its condition true everywhere, silently.
"""
from __future__ import annotations

from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any, Callable, Iterator, NamedTuple

import regex

ACCEPT = "accept"
REJECT = "reject"


class Rule(NamedTuple):
    """A named decision: when ``when(ctx)`` is true, the candidate gets ``verdict``."""

    name: str
    verdict: str  # ACCEPT or REJECT
    when: Callable[[Any], object]
    reason: str

    @property
    def accepts(self) -> bool:
        return self.verdict == ACCEPT

    @property
    def rejects(self) -> bool:
        return self.verdict == REJECT


def accept(name: str, when: Callable[[Any], object], reason: str) -> Rule:
    """A rule that accepts the candidate when ``when(ctx)`` is true."""
    return Rule(name, ACCEPT, when, reason)


def reject(name: str, when: Callable[[Any], object], reason: str) -> Rule:
    """A rule that rejects the candidate when ``when(ctx)`` is true."""
    return Rule(name, REJECT, when, reason)


def always(_ctx: object) -> bool:
    """The condition of a list's last rule, which decides every candidate left."""
    return True


def first(rules: tuple[Rule, ...], ctx: object) -> Rule | None:
    """The first rule whose condition holds for ``ctx``, or None.

    >>> rules = (reject("negative", lambda n: n < 0, "below zero"), accept("rest", always, "the rest"))
    >>> first(rules, -1).name, first(rules, 3).name
    ('negative', 'rest')
    """
    for rule in rules:
        if rule.when(ctx):
            return rule
    return None


@dataclass(frozen=True)
class Decision:
    """One traced decision: a candidate of ``kind`` at ``span``, and the rule that decided it."""

    kind: str
    span: tuple[int, int]
    rule: str
    verdict: str
    reason: str


_TRACE: ContextVar[list[Decision] | None] = ContextVar("policyparse_rule_trace", default=None)


@contextmanager
def tracing() -> Iterator[list[Decision]]:
    """Record every decision made inside the ``with`` block into the list it yields."""
    decisions: list[Decision] = []
    token = _TRACE.set(decisions)
    try:
        yield decisions
    finally:
        _TRACE.reset(token)


def note(kind: str, span: tuple[int, int], rule: Rule) -> None:
    """Record a decision made without :func:`decide` (when a trace is open)."""
    trace = _TRACE.get()
    if trace is not None:
        trace.append(Decision(kind, (int(span[0]), int(span[1])), rule.name, rule.verdict, rule.reason))


def decide(kind: str, rules: tuple[Rule, ...], ctx: Any) -> Rule:
    """The rule of ``rules`` that decides ``ctx`` (a :class:`Context` or anything with ``span``).

    Raises LookupError when no rule applies: a rule list ends with one that always does.
    """
    rule = first(rules, ctx)
    if rule is None:
        raise LookupError(f"no {kind} rule applies at {ctx.span}: end the list with a rule that always applies")
    if _TRACE.get() is not None:
        note(kind, ctx.span, rule)
    return rule


# Strings a pattern is tried on to find out whether it can match the empty string.
_PROBES = ("", " ", "\n", "。", "a", "1", "一", "年", "（", "）")


def pattern(source: str, flags: int = 0) -> regex.Pattern:
    """Compile a pattern for a rule condition; one that can match the empty string is an error.

    >>> pattern(r"达到|不低于").pattern
    '达到|不低于'
    >>> pattern(r"(?:以上)?")
    Traceback (most recent call last):
    ...
    ValueError: pattern '(?:以上)?' can match the empty string
    """
    compiled = regex.compile(source, flags)
    if matches_empty(compiled):
        raise ValueError(f"pattern {source!r} can match the empty string")
    return compiled


def matches_empty(compiled: regex.Pattern) -> bool:
    """Whether a pattern matches the empty string somewhere in a few probe strings."""
    return any(m.start() == m.end() for probe in _PROBES for m in compiled.finditer(probe))


class cached_property:  # noqa: N801 - a drop-in for functools.cached_property
    """A property computed once per instance, then read from the instance's ``__dict__``.

    :func:`functools.cached_property` takes a lock on every first read in Python
    3.11, which costs more than most of the windows it caches; contexts are made
    and read by one thread.

    >>> class C:
    ...     @cached_property
    ...     def x(self):
    ...         print("computed")
    ...         return 1
    >>> c = C(); c.x, c.x
    computed
    (1, 1)
    """

    def __init__(self, func: Callable[[Any], Any]) -> None:
        self.func = func
        self.name = func.__name__
        self.__doc__ = func.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, instance: Any, owner: type | None = None) -> Any:
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.func(instance)
        return value


@dataclass
class Context:
    """What rules read about one candidate: its span and the text around it.

    ``before(n)`` / ``after(n)`` are at most ``n`` characters right before the
    candidate's start / after its end, within its line; modules name their
    windows (``YEAR_BRACKET_WINDOW = 6``) rather than passing bare numbers.
    """

    text: str
    start: int  # the candidate's span
    end: int
    doc_start: int  # the document's span: nothing is read outside it
    doc_end: int
    extra: dict[str, Any] = field(default_factory=dict)

    LINE_LIMIT = 2000
    """How far a line is read each way (text whose line breaks were lost stays linear)."""

    @property
    def span(self) -> tuple[int, int]:
        return self.start, self.end

    @property
    def raw(self) -> str:
        return self.text[self.start:self.end]

    @cached_property
    def line_start(self) -> int:
        floor = max(self.doc_start, self.start - self.LINE_LIMIT)
        return max(floor, self.text.rfind("\n", floor, self.start) + 1)

    @cached_property
    def line_end(self) -> int:
        ceiling = min(self.doc_end, self.end + self.LINE_LIMIT)
        i = self.text.find("\n", self.end, ceiling)
        return ceiling if i == -1 else i

    @cached_property
    def line(self) -> str:
        return self.text[self.line_start:self.line_end]

    def before(self, window: int, at: int | None = None) -> str:
        """Up to ``window`` characters of the line right before ``at`` (default: the start)."""
        at = self.start if at is None else at
        return self.text[max(self.line_start, at - window):at]

    def after(self, window: int, at: int | None = None) -> str:
        """Up to ``window`` characters of the line right after ``at`` (default: the end)."""
        at = self.end if at is None else at
        return self.text[at:min(self.line_end, at + window)]

    @cached_property
    def line_before(self) -> str:
        """The line up to the candidate."""
        return self.text[self.line_start:self.start]

    @cached_property
    def line_after(self) -> str:
        """The line after the candidate."""
        return self.text[self.end:self.line_end]
