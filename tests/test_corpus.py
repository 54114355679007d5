"""Run every corpus of examples under tests/corpus.

A corpus is data: short real-style lines with what they must give.  To add a
case, add one line to the corpus; this file does not change.
"""
from __future__ import annotations

import pytest

import policyparse
from corpus import markers
from policyparse.segment import read_heading_line


def _first_heading(line: str):
    heading = read_heading_line(line)
    if heading is None:
        return None
    marker, title, _ = heading
    return (marker.style, marker.number, title)


@pytest.mark.parametrize("line,expected", markers.EXAMPLES, ids=[e[0][:16] for e in markers.EXAMPLES])
def test_marker_examples(line, expected):
    assert _first_heading(line) == expected


@pytest.mark.parametrize("line", markers.NEGATIVES, ids=[n[:16] for n in markers.NEGATIVES])
def test_marker_negatives(line):
    assert _first_heading(line) is None


# ---------------------------------------------------------------- extractors
#
# Each extractor corpus holds EXAMPLES (passage, expected records) and
# NEGATIVES (passages that must give no record of that kind).  A record
# matches when every field the corpus states is equal and its raw is the
# text at its span; whitespace inside raw is ignored, as in docs/annotation-guide.md.

import importlib  # noqa: E402

import regex  # noqa: E402

EXTRACTOR_CORPORA = ("responsibilities", "funding", "deadlines", "targets")
_WS = regex.compile(r"\s+")


def _records(kind: str, passage: str) -> list[dict]:
    result = policyparse.parse_text(passage)
    out = []
    for doc in result.documents:
        for rec in getattr(doc, kind):
            assert result.text[rec.span[0]:rec.span[1]] == rec.raw
            out.append(rec.model_dump())
    return out


def _comparable(expected: dict, got: dict) -> dict:
    out = {}
    for key, value in expected.items():
        have = got.get(key)
        if key == "raw":
            value, have = _WS.sub("", value), _WS.sub("", have or "")
        elif isinstance(value, (int, float)) and isinstance(have, (int, float)):
            value, have = round(float(value), 6), round(float(have), 6)
        out[key] = (value, have)
    return out


# Known failures, by the start of the passage (here and in a corpus module's own
# KNOWN_FAILURES): they stay visible, and a fix
# turns the suite red (strict xfail) until the entry is removed here.
KNOWN_FAILURES: dict[str, str] = {
    "“十三五”期间，累计完成农村危房改造": "a plan period that has ended is not known to be past",
}


def _cases(kind: str, attr: str):
    module = importlib.import_module(f"corpus.{kind}")
    params = []
    known = {**KNOWN_FAILURES, **getattr(module, "KNOWN_FAILURES", {})}
    for item in getattr(module, attr, []):
        passage = item[0] if attr == "EXAMPLES" else item
        reason = next((r for start, r in known.items() if passage.startswith(start)), None)
        marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
        params.append(pytest.param(kind, item, id=f"{kind}:{passage[:20]}", marks=marks))
    return params


# Fields a corpus checks only loosely (that the record lies over the expected raw); none
# today: target rows compare raw and indicator exactly, their known misses listed as
# strict xfails in the corpus module.
LOOSE_FIELDS: dict[str, set[str]] = {}


@pytest.mark.parametrize("kind,example", [c for k in EXTRACTOR_CORPORA for c in _cases(k, "EXAMPLES")])
def test_extractor_examples(kind, example):
    passage, expected = example
    got = _records(kind, passage)
    assert len(got) == len(expected), [g["raw"] for g in got]
    text = policyparse.parse_text(passage).text
    for exp, rec in zip(expected, got):
        loose = LOOSE_FIELDS.get(kind, set())
        pairs = _comparable({k: v for k, v in exp.items() if k not in loose}, rec)
        assert {k: v[1] for k, v in pairs.items()} == {k: v[0] for k, v in pairs.items()}
        if "raw" in loose:
            where = text.find(_WS.sub("", exp["raw"]))
            assert where >= 0 and rec["span"][0] < where + len(exp["raw"]) and where < rec["span"][1]


@pytest.mark.parametrize("kind,passage", [c for k in EXTRACTOR_CORPORA for c in _cases(k, "NEGATIVES")])
def test_extractor_negatives(kind, passage):
    assert [r["raw"] for r in _records(kind, passage)] == []


@pytest.mark.parametrize("passage,durations", [
    ("一般性信息要在3天内报送，突发事件发生后2小时内报送。", ["3天内", "2小时内"]),
    ("受理机关收到申请后15个工作日内作出决定。", ["15个工作日内"]),
    ("力争用3-5年时间，5年内基本建成。", ["用3-5年时间", "5年内"]),
    ("请于6月30日前报送。", []),  # a date, not a stretch of time
])
def test_durations_of_procedures_and_plans(passage, durations):
    doc = policyparse.parse_text(passage).documents[0]
    assert [d.raw for d in doc.durations] == durations


@pytest.mark.parametrize("passage,indicator", [
    ("1.努力实现地区生产总值增长6.2%左右。", "地区生产总值"),
    ("——全市机构养老床位至少需达到15800张以上。", "机构养老床位"),
    ("规模以上工业企业力争突破2200家。", "规模以上工业企业"),
])
def test_list_markers_dashes_and_hedges_stay_out_of_the_indicator(passage, indicator):
    target, = policyparse.parse_text(passage).documents[0].targets
    assert target.indicator == indicator


# ---------------------------------------------------------------- documents

from corpus import documents  # noqa: E402


@pytest.mark.parametrize("passage,labels", documents.EXAMPLES, ids=[e[0][:16] for e in documents.EXAMPLES])
def test_document_splitting_examples(passage, labels):
    result = policyparse.parse_text(passage)
    assert [_label(result, d) for d in result.documents] == labels


@pytest.mark.parametrize("passage", documents.NEGATIVES, ids=[n[:16] for n in documents.NEGATIVES])
def test_document_splitting_negatives(passage):
    assert len(policyparse.parse_text(passage).documents) == 1


def _label(result, doc):
    """The collection label that starts a document, or None."""
    from policyparse.documents import split_documents

    labels = {d.start: d.label for d in split_documents(result.text)}
    return labels.get(doc.span[0])
