"""The rule layer: rule lists are well formed, decisions are traced, --explain names them."""
from __future__ import annotations

import importlib
import json
import pkgutil
from pathlib import Path

import pytest
import regex

import policyparse
from policyparse.rules import Context, Rule, accept, always, decide, pattern, reject, tracing
from policyparse.segment import walk

ROOT = Path(__file__).parent.parent
SAMPLES = sorted((ROOT / "samples").glob("*.txt"))
NAME = regex.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def rule_lists() -> dict[str, tuple[Rule, ...]]:
    found = {}
    for info in pkgutil.walk_packages(policyparse.__path__, "policyparse."):
        if info.name.endswith("__main__"):
            continue
        for name, value in vars(importlib.import_module(info.name)).items():
            if isinstance(value, tuple) and value and all(isinstance(r, Rule) for r in value):
                found[f"{info.name}.{name}"] = value
    return found


RULE_LISTS = rule_lists()


def test_there_are_rule_lists():
    assert len(RULE_LISTS) >= 2


@pytest.mark.parametrize("name", sorted(RULE_LISTS))
def test_rule_list_is_well_formed(name):
    rules = RULE_LISTS[name]
    names = [r.name for r in rules]
    assert len(set(names)) == len(names), f"{name}: a rule name is used twice"
    for r in rules:
        assert NAME.fullmatch(r.name), f"{name}: {r.name!r} is not a kebab-case name"
        assert r.verdict in ("accept", "reject") and r.reason.strip()
    assert rules[-1].when is always, f"{name} must end with a rule that always applies"
    assert all(r.when is not always for r in rules[:-1]), f"{name}: a rule before the last always applies"


def test_first_matching_rule_decides_and_is_traced():
    rules = (reject("too-short", lambda c: len(c.raw) < 2, "short"), accept("rest", always, "the rest"))
    text = "a bc"
    with tracing() as decisions:
        assert decide("demo", rules, Context(text, 0, 1, 0, len(text))).name == "too-short"
        assert decide("demo", rules, Context(text, 2, 4, 0, len(text))).accepts
    assert [(d.span, d.rule, d.verdict) for d in decisions] == [((0, 1), "too-short", "reject"), ((2, 4), "rest", "accept")]
    decide("demo", rules, Context(text, 0, 1, 0, len(text)))  # outside a trace nothing is kept
    assert len(decisions) == 2


def test_a_list_without_a_default_is_an_error():
    with pytest.raises(LookupError):
        decide("demo", (reject("never", lambda c: False, "never"),), Context("x", 0, 1, 0, 1))


@pytest.mark.parametrize("source", [r"(?:以上)?", r"\s*", r"a*", r"(?=年)", r"^", r"[0-9]*年?"])
def test_patterns_that_match_empty_are_refused(source):
    with pytest.raises(ValueError, match="empty string"):
        pattern(source)


def test_windows_stay_in_the_line():
    text = "第一行\n到2025年底前完成"
    c = Context(text, 4, 12, 0, len(text))
    assert c.line == "到2025年底前完成" and c.before(10) == "" and c.after(2) == "完成"


def _records(doc):
    for kind in ("responsibilities", "funding", "deadlines", "targets"):
        for i, rec in enumerate(getattr(doc, kind)):
            yield kind, i, rec


def test_default_json_has_no_rule_fields():
    result = policyparse.parse(SAMPLES[0])
    data = json.loads(result.model_dump_json())
    assert '"rule"' not in json.dumps(data) and '"rules"' not in json.dumps(data)
    explained = json.loads(result.model_dump_json(context={"explain": True}))
    assert "rule" in explained["documents"][0]["deadlines"][0]


# Kinds whose every record names its rule; the others are converted one module at a time.
EXPLAINED = {"sections", "responsibilities", "funding", "deadlines", "targets"}


@pytest.mark.parametrize("kind", ["sections", "responsibilities", "funding", "deadlines", "targets"])
def test_every_record_and_section_on_the_samples_names_its_rule(kind):
    if kind not in EXPLAINED:
        pytest.xfail(f"{kind}: not yet decided by named rules")
    for path in SAMPLES:
        for doc in policyparse.parse(path).documents:
            items = list(walk(doc.sections)) if kind == "sections" else getattr(doc, kind)
            assert all(item.rule for item in items), f"{path.name}: a {kind} item without its rule"
