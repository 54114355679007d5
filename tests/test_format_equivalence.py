"""One document, three formats, one section tree and the same records.

Each sample text was also laid out by LibreOffice as .docx (typed numbers
and, for "_autonum", Word automatic numbering) and .pdf (see
benchmarks/make_samples.py).  Parsed from any of them, it must give the same
sections: level, style, number and title, in the same tree.
"""
from __future__ import annotations

from pathlib import Path

import pytest

import policyparse

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


def tree(sections, out=None, depth=1):
    out = [] if out is None else out
    for s in sections:
        out.append((depth, s.level, s.style, s.number, s.title))
        tree(s.children, out, depth + 1)
    return out


def sections_of(path: Path):
    result = policyparse.parse(path)
    return [tree(doc.sections) for doc in result.documents]


VARIANTS = sorted(
    p.name for p in SAMPLES.iterdir()
    if p.name[:3].isdigit() and p.suffix in (".docx", ".pdf")
)


@pytest.mark.parametrize("name", VARIANTS)
def test_same_section_tree_as_the_txt(name):
    path = SAMPLES / name
    txt = SAMPLES / (path.stem.removesuffix("_autonum") + ".txt")
    expected = sections_of(txt)
    assert sum(len(t) for t in expected) > 5
    assert sections_of(path) == expected


def records_of(path: Path):
    """The normalised fields of every record and the metadata, per document."""
    out = []
    for doc in policyparse.parse(path).documents:
        m = doc.metadata
        out.append({
            "metadata": (m.doc_number, m.title, m.issuer, m.date),
            "responsibilities": [(r.units, r.lead) for r in doc.responsibilities],
            "funding": [(r.amount, r.amount_max, r.per) for r in doc.funding],
            "deadlines": [(r.year, r.month, r.day) for r in doc.deadlines],
            "targets": [(r.value, r.value_max, r.unit, r.comparator, r.year) for r in doc.targets],
        })
    return out


@pytest.mark.parametrize("name", VARIANTS)
def test_same_records_and_metadata_as_the_txt(name):
    path = SAMPLES / name
    txt = SAMPLES / (path.stem.removesuffix("_autonum") + ".txt")
    expected = records_of(txt)
    assert any(d["responsibilities"] or d["targets"] for d in expected)
    assert records_of(path) == expected
