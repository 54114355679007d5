"""Real published PDFs: what a reader of each sees, pinned.

The files are in ../shared/realfiles/pdf (see its PROVENANCE.tsv): a notice
laid out as a red-head 公文 with "— 1 —" page numbers, and a county's annual
report on government information disclosure whose text layer reports font
sizes of 300 and more for 16-point text and whose statistics sit in ruled
tables.  The expectations were written by reading the PDFs page by page.
Both backends must give the same.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

import policyparse
from policyparse.readers.pdf import read_pdf

REAL = Path(__file__).resolve().parents[2] / "shared" / "realfiles" / "pdf"
BACKENDS = ["pdfium", "pdfplumber"]


def real(prefix: str) -> Path:
    found = sorted(REAL.glob(f"{prefix}_*.pdf"))
    if not found:
        pytest.skip(f"real files not found beside the project ({REAL})")
    return found[0]


def outline(doc) -> list[tuple]:
    """The top two levels: (style, number, title) with the children under each."""
    return [((s.style, s.number, s.title), [(c.style, c.number, c.title) for c in s.children])
            for s in doc.sections]


def parse(path: Path, backend: str, monkeypatch):
    monkeypatch.setenv("POLICYPARSE_PDF_BACKEND", backend)
    result = policyparse.parse(path)
    assert len(result.documents) == 1
    return result


@pytest.mark.parametrize("backend", BACKENDS)
def test_notice_with_red_head(backend, monkeypatch):
    result = parse(real("01"), backend, monkeypatch)
    doc = result.documents[0]
    m = doc.metadata
    assert (m.doc_number, m.title, m.date) == ("发改办财金规〔2019〕860号", "关于加强个人所得税纳税信用建设的通知", date(2019, 8, 20))
    assert m.issuers == ["国家发展改革委办公厅", "税务总局办公厅"]
    assert m.recipients[0] == "各省、自治区、直辖市、新疆生产建设兵团社会信用体系建设牵头部门"
    assert outline(doc) == [
        (("cn_dun", 1, "总体要求"), []),
        (("cn_dun", 2, "建立个人所得税纳税信用管理机制"), [
            ("paren_cn", 1, "全面实施个人所得税申报信用承诺制"),
            ("paren_cn", 2, "建立健全个人所得税纳税信用记录"),
            ("paren_cn", 3, "建立自然人失信行为认定机制")]),
        (("cn_dun", 3, "完善守信联合激励和失信联合惩戒机制"), [
            ("paren_cn", 1, "对个人所得税守信纳税人提供更多便利和机会"),
            ("paren_cn", 2, "对个人所得税严重失信当事人实施联合惩戒")]),
        (("cn_dun", 4, "加强信息安全和权益维护"), [
            ("paren_cn", 1, "强化信息安全和隐私保护"),
            ("paren_cn", 2, "建立异议解决和失信修复机制")]),
        (("cn_dun", 5, "强化组织实施"), [
            ("paren_cn", 1, "加强组织领导和统筹协调"),
            ("paren_cn", 2, "加强纳税人诚信教育")]),
    ]
    # the page numbers "— 1 —" are gone; a soft hyphen in a year range is a hyphen
    assert "— 1 —" not in result.text and "—1—" not in result.text
    assert "社会信用体系建设规划纲要（2014-2020年）" in result.text


@pytest.mark.parametrize("backend", BACKENDS)
def test_annual_report_reads_in_order(backend, monkeypatch):
    result = parse(real("02"), backend, monkeypatch)
    doc = result.documents[0]
    assert doc.metadata.title == "洪泽区人民政府2023年政府信息公开工作年度报告"
    assert outline(doc) == [
        (("cn_dun", 1, "总体情况"), [
            ("paren_cn", 1, "主动公开情况"),
            ("paren_cn", 2, "依申请公开情况"),
            ("paren_cn", 3, "政府信息管理情况"),
            ("paren_cn", 4, "政府信息公开平台建设情况"),
            ("paren_cn", 5, "政府信息公开监督保障情况")]),
        (("cn_dun", 2, "主动公开政府信息情况"), []),
        (("cn_dun", 3, "收到和处理政府信息公开申请情况"), []),
        (("cn_dun", 4, "政府信息公开行政复议、行政诉讼情况"), []),
        (("cn_dun", 5, "存在的主要问题及改进情况"), []),
        (("cn_dun", 6, "其他需要报告的事项"), []),
    ]
    lines = result.text.split("\n")
    # the first paragraph, whole and in order
    assert lines[1].startswith("本报告由淮安市洪泽区人民政府办公室根据《中华人民共和国政府信息公开条例》（国令第711号）")
    assert lines[1].endswith("电子邮箱：hzzwgk@126.com）。")
    # the statistics tables, row by row, cells separated by tabs
    assert "信息内容\t本年制发件数\t本年废止件数\t现行有效件数" in lines
    assert "行政规范性文件\t0\t5\t5" in lines
    assert "行政事业性收费\t7730.28" in lines
    assert any(line.endswith("2.没有现成信息需要另行制作\t3\t0\t0\t0\t0\t0\t3") for line in lines)


def test_implausible_font_sizes_are_reported():
    path = real("02")
    decoded = read_pdf(path.read_bytes(), str(path), backend="pdfium")
    assert decoded.warnings == ("PDF (pdfium): implausible font sizes on page(s) 1-5; "
                                "lines grouped by the glyph boxes instead",)
    assert read_pdf(path.read_bytes(), str(path), backend="pdfplumber").warnings == ()
