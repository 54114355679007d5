"""One document, three formats, one section tree and the same records.

Each sample text was also laid out by LibreOffice as .docx (typed numbers
and, for "_autonum", Word automatic numbering) and .pdf (see
benchmarks/make_samples.py).  Parsed from any of them, it must give the same
sections: level, style, number and title, in the same tree.  Texts written
for these tests (tests/twins/) are laid out as PDF at test time and must keep
what their .txt gives.
"""
from __future__ import annotations

import sys
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


# ------------------------------------------------------------ PDF twins
# Excerpts written for these tests in the genre of published notices: a task
# table whose cells carry 牵头单位/责任单位 labels, work points followed by
# short label lines (牵头单位：X / 责任单位：Y / 完成时限：Z), 第X章/第X条
# articles.  LibreOffice lays each out as PDF (benchmarks/twins.py); the PDF
# must keep >= 93% of the headings and records the .txt gives.

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import twins  # noqa: E402

TWIN_TEXTS = Path(__file__).resolve().parent / "twins"
TWIN_NAMES = sorted(p.stem for p in TWIN_TEXTS.glob("*.txt"))


@pytest.fixture(scope="module")
def twin_pdfs(tmp_path_factory):
    if not twins.soffice():
        pytest.skip("LibreOffice (soffice) not installed; scripts/install-debian-packages.sh installs it")
    texts = {name: (TWIN_TEXTS / f"{name}.txt").read_text(encoding="utf-8") for name in TWIN_NAMES}
    return twins.pdf_twins(texts, tmp_path_factory.mktemp("twins"))


@pytest.mark.parametrize("backend", ["pdfium", "pdfplumber"])
@pytest.mark.parametrize("name", TWIN_NAMES)
def test_pdf_twin_keeps_the_txt_headings_and_records(twin_pdfs, name, backend, monkeypatch):
    monkeypatch.setenv("POLICYPARSE_PDF_BACKEND", backend)
    expected = twins.parse_keys(policyparse.parse(TWIN_TEXTS / f"{name}.txt"))
    got = twins.parse_keys(policyparse.parse(twin_pdfs[name]))
    assert sum(expected.values()) >= 15
    assert twins.kept(expected, got) >= 0.93, sorted((expected - got).elements())
    assert sum((got - expected).values()) <= 0.07 * sum(expected.values()), sorted((got - expected).elements())


def test_pdf_twins_keep_table_assignments_and_label_lines(twin_pdfs):
    """The two shapes that PDF layout used to merge: table rows and short label lines."""
    table = policyparse.parse(twin_pdfs["01_tasks_table"]).documents[0]
    assert [r.lead for r in table.responsibilities] == [
        ["市市场监管局"], ["市住房城乡建设局"], ["市发展改革委"], ["市政务服务数据管理局"]]
    lines = policyparse.parse(twin_pdfs["02_label_lines"]).text.split("\n")
    assert sum(line.startswith("牵头单位：") for line in lines) == 6
    assert sum(line.startswith("完成时限：") for line in lines) == 6
