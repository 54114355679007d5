"""The .docx, .pdf and .html readers, on real files made by real tools.

samples/*.docx, *.pdf and *.doc were made by LibreOffice from the sample
texts samples/NNN_*.txt (benchmarks/make_samples.py tells how); the bad PDFs
in samples/bad/ by qpdf (encrypted) and Pillow (an image-only "scan").  Other
bad inputs are cut or renamed from those files here.
"""
from __future__ import annotations

import io
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from policyparse.errors import InputError
from policyparse.readers import read_bytes
from policyparse.readers.docx import format_number, read_docx, read_legacy_word
from policyparse.readers.html import read_html
from policyparse.readers.pdf import read_pdf

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
HEADING = re.compile(
    r"^(第[一二三四五六七八九十百零〇\d]+[章节]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]"
    r"|\d+[.．](?!\d)|[（(]\d+[）)]|[①-⑳]|专栏\s*\d+)"
)
BOOKMARK = re.compile(r"\[bookmark: [^\]]*\]")  # how the .txt dump shows Word bookmarks


def sample(name: str) -> Path:
    (path,) = SAMPLES.glob(name)
    return path


def heading_lines(text: str, width: int | None = None) -> list[str]:
    """Lines that start with a heading marker, whitespace removed (first *width* chars)."""
    out = []
    for line in text.split("\n"):
        line = re.sub(r"\s+", "", BOOKMARK.sub("", line))
        if HEADING.match(line):
            out.append(line[:width] if width else line)
    return out


def txt_of(path: Path) -> str:
    stem = path.stem.removesuffix("_autonum")
    return (SAMPLES / f"{stem}.txt").read_text(encoding="utf-8")


def read(path: Path, **kw):
    reader = {".docx": read_docx, ".pdf": read_pdf}[path.suffix]
    return reader(path.read_bytes(), str(path), **kw)


DOCX = sorted(p.name for p in SAMPLES.glob("[0-9]*.docx"))
PDF = sorted(p.name for p in SAMPLES.glob("[0-9]*.pdf"))


def test_the_samples_are_there():
    assert len(DOCX) >= 3 and len(PDF) >= 2
    assert any("_autonum" in n for n in DOCX)


# ------------------------------------------------------------------ docx

@pytest.mark.parametrize("name", DOCX)
def test_docx_has_the_heading_lines_of_the_txt(name):
    path = SAMPLES / name
    decoded = read(path)
    assert decoded.format == "docx"
    assert heading_lines(decoded.text) == heading_lines(txt_of(path))


def test_autonumbered_headings_come_out_numbered():
    path = sample("002_*_autonum.docx")
    with zipfile.ZipFile(path) as zf:
        body = zf.read("word/document.xml").decode("utf-8")
        numbering = zf.read("word/numbering.xml").decode("utf-8")
        styles = zf.read("word/styles.xml").decode("utf-8")
    # the numbers are not in the text: Word numbering draws them
    assert ">总体要求<" in body and "一、总体要求" not in body
    assert 'w:numFmt w:val="taiwaneseCountingThousand"' in numbering  # LibreOffice's Chinese counting
    assert 'w:lvlText w:val="（%2）"' in numbering and 'w:lvlText w:val="%1."' in numbering
    assert "<w:numPr>" in styles  # levels 1-2 numbered through the heading styles
    lines = read(path).text.split("\n")
    assert "一、总体要求" in lines and "二、推进措施" in lines and "三、强化保障" in lines
    assert any(l.startswith("（一）指导思想。") for l in lines)
    assert any(l.startswith("（三）强化中医药产业融合发展支撑") for l in lines)
    # the "1." list runs on across （一）（二）（三）, as in the original
    assert any(l.startswith("5.促进“中医药+文化”融合发展") for l in lines)
    assert any(l.startswith("13.深化产业开放合作") for l in lines)


def test_autonumbered_list_continues_past_ten():
    lines = read(sample("000_*_autonum.docx")).text.split("\n")
    assert "四、保障措施" in lines
    # (八) follows 四、 because the （N） list continues across the 一、 level
    i = lines.index("四、保障措施")
    assert lines[i + 1] == "（八）优化热敏灸产业发展环境。"
    assert "（十一）保障热敏灸产业人才需求。" in lines


@pytest.mark.parametrize("n, fmt, expected", [
    (1, "chineseCounting", "一"), (10, "chineseCounting", "十"), (11, "chineseCounting", "十一"),
    (20, "chineseCountingThousand", "二十"), (23, "japaneseCounting", "二十三"),
    (105, "chineseCountingThousand", "一百零五"), (3, "decimalEnclosedCircle", "③"),
    (2, "ideographTraditional", "乙"), (12, "decimal", "12"), (3, "chineseLegalSimplified", "叁"),
    (4, "upperRoman", "IV"), (27, "lowerLetter", "aa"), (7, "decimalZero", "07"),
])
def test_word_number_formats(n, fmt, expected):
    assert format_number(n, fmt) == expected


def test_docx_tracked_changes_tables_breaks_and_no_header_footer():
    text = read(SAMPLES / "tracked_changes.docx").text
    lines = text.split("\n")
    assert "本段保留原文，并新增插入的文字。" in lines  # insertion kept, deletion dropped
    assert "已删除的文字" not in text
    assert "软换行之前\n软换行之后" in text  # a soft line break stays a line break
    assert "项目名称\t建设内容" in lines  # a table row is one line, cells joined by tabs
    assert "中医馆建设\t覆盖率达到100%。 第二段。" in lines
    assert lines.index("二、表格之后的段落") > lines.index("项目名称\t建设内容")  # document order
    for absent in ("页眉文字不应出现", "页脚文字不应出现", "脚注内容不应出现"):
        assert absent not in text


def test_docx_table_rows_of_a_real_sample():
    lines = read(sample("004_*[0-9a-f].docx")).text.split("\n")
    assert "专栏1  中医养生保健服务建设项目" in lines
    assert any(l.startswith("治未病服务能力建设\t在中医医院及有条件的综合医院") for l in lines)


# ------------------------------------------------------------------ bad docx

def one_line_error(exc_info, *words):
    msg = str(exc_info.value)
    assert "\n" not in msg
    for w in words:
        assert w in msg, msg
    return msg


def test_truncated_docx(tmp_path):
    data = sample("002_*[0-9a-f].docx").read_bytes()
    with pytest.raises(InputError) as e:
        read_docx(data[: len(data) // 2], "cut.docx")
    one_line_error(e, "cut.docx", "corrupt .docx")


def test_zip_that_is_not_a_word_file():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("report.csv", "year,amount\n2023,100\n")
    with pytest.raises(InputError) as e:
        read_docx(buf.getvalue(), "renamed.docx")
    one_line_error(e, "renamed.docx", "not a Word .docx file")


def test_text_named_docx():
    with pytest.raises(InputError) as e:
        read_docx(sample("002_*.txt").read_bytes(), "notes.docx")
    one_line_error(e, "not a Word .docx file (not a zip archive)")


def test_legacy_doc_named_docx():
    with pytest.raises(InputError) as e:
        read_docx(sample("002_*.doc").read_bytes(), "old.docx")
    one_line_error(e, "legacy Word .doc")


@pytest.mark.parametrize("name", ["empty.docx", "empty.pdf", "empty.html"])
def test_empty_files(name):
    with pytest.raises(InputError) as e:
        read_bytes(b"", name)
    one_line_error(e, name, "empty")


def test_damaged_member_in_docx():
    data = bytearray(sample("002_*[0-9a-f].docx").read_bytes())
    zf = zipfile.ZipFile(io.BytesIO(bytes(data)))
    info = zf.getinfo("word/document.xml")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra) + 50
    for i in range(start, start + 40):
        data[i] ^= 0x5A
    with pytest.raises(InputError) as e:
        read_docx(bytes(data), "damaged.docx")
    one_line_error(e, "corrupt .docx")


# ------------------------------------------------------------------ legacy .doc

@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice (soffice) not installed")
def test_legacy_doc_through_libreoffice():
    path = sample("002_*.doc")
    decoded = read_legacy_word(path.read_bytes(), str(path))
    assert decoded.format == "doc"
    assert heading_lines(decoded.text) == heading_lines(txt_of(path))


def test_legacy_doc_without_libreoffice(monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))  # an empty folder: no soffice on PATH
    with pytest.raises(InputError) as e:
        read_legacy_word(b"\xd0\xcf\x11\xe0", "old.doc")
    one_line_error(e, "old.doc", "needs LibreOffice", "apt-get install libreoffice-writer")


# ------------------------------------------------------------------ pdf

@pytest.mark.parametrize("name", PDF)
def test_pdf_has_the_heading_lines_of_the_txt(name):
    path = SAMPLES / name
    decoded = read(path)
    assert decoded.format == "pdf"
    # LibreOffice does not draw a few ASCII colons at line ends, so compare
    # the start of each heading line (and its full sequence)
    assert heading_lines(decoded.text, 30) == heading_lines(txt_of(path), 30)


@pytest.mark.parametrize("stem", ["000_*", "002_*", "004_*"])
def test_pdf_paragraphs_match_the_docx(stem):
    """Lines broken by layout are joined back: same paragraphs as the .docx."""
    pdf = read(sample(f"{stem}.pdf")).text.split("\n")
    docx = read(sample(f"{stem}[0-9a-f].docx")).text.split("\n")
    assert [re.sub(r"\s", "", l) for l in pdf] == [re.sub(r"\s", "", l) for l in docx]


@pytest.mark.parametrize("name", PDF)
def test_pdf_has_no_page_chrome_and_no_spaces_inside_cjk(name):
    text = read(SAMPLES / name).text
    for line in text.split("\n"):
        assert not re.fullmatch(r"\s*[—\-]\s*\d+\s*[—\-]\s*", line), line
        assert not re.search(r"[\u4e00-\u9fff，。、] +[\u4e00-\u9fff，。、]", line), line
    assert "长治市屯留区中医药健康服务发展规划（2021-2025年）" not in text.split("\n")  # running header


def test_pdf_table_rows_are_tab_separated():
    lines = read(sample("004_*.pdf")).text.split("\n")
    assert "名医培养项目\t区级名中医广泛开展名师带徒工作。培养2名区级名中医。" in lines
    assert any(l.startswith("基层中医药服务能力建设\t强化乡(镇)卫生院“中医馆”建设") for l in lines)


@pytest.mark.parametrize("stem", ["002_*", "004_*"])
def test_pdf_backends_agree(stem):
    path = sample(f"{stem}.pdf")
    assert read(path, backend="pdfium").text == read(path, backend="pdfplumber").text


@pytest.mark.parametrize("backend", ["pdfium", "pdfplumber"])
def test_encrypted_pdf(backend):
    path = SAMPLES / "bad" / "encrypted.pdf"
    with pytest.raises(InputError) as e:
        read_pdf(path.read_bytes(), "secret.pdf", backend=backend)
    one_line_error(e, "secret.pdf", "encrypted PDF; decrypt it first")


@pytest.mark.parametrize("backend", ["pdfium", "pdfplumber"])
def test_scanned_pdf_without_the_ocr_extra(backend, monkeypatch):
    monkeypatch.setitem(sys.modules, "rapidocr_onnxruntime", None)  # as if not installed
    path = SAMPLES / "bad" / "scanned.pdf"
    with pytest.raises(InputError) as e:
        read_pdf(path.read_bytes(), "scan.pdf", backend=backend)
    one_line_error(e, "scan.pdf", "no text layer (a scanned PDF); to read it by OCR: pip install 'policyparse[ocr]'")


@pytest.mark.parametrize("cut", [0.5, 0.98])
def test_truncated_pdf(cut):
    data = sample("002_*.pdf").read_bytes()
    with pytest.raises(InputError) as e:
        read_pdf(data[: int(len(data) * cut)], "cut.pdf")
    one_line_error(e, "cut.pdf", "truncated")


def test_text_named_pdf():
    with pytest.raises(InputError) as e:
        read_pdf(sample("002_*.txt").read_bytes(), "notes.pdf")
    one_line_error(e, "notes.pdf", "not a PDF file")


@pytest.mark.parametrize("backend", ["pdfium", "pdfplumber"])
def test_corrupt_pdf_body(backend):
    data = sample("002_*.pdf").read_bytes()
    broken = data[:4096] + bytes(range(256)) * 16 + data[-1024:]  # head and tail of a real PDF, no middle
    with pytest.raises(InputError) as e:
        read_pdf(broken, "broken.pdf", backend=backend)
    one_line_error(e, "broken.pdf")


# ------------------------------------------------------------------ html

GOV_PAGE = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>关于加快推进中医药产业融合发展的意见_巴中市人民政府</title>
<script type="text/javascript">var _hmt = _hmt || []; document.write("<p>统计代码</p>");</script>
<style>.zoom p { text-indent: 2em; }</style>
</head>
<body>
<form id="form1" name="form1" method="post" action="./index.aspx">
<div class="header"><div class="logo"><img src="logo.png" alt="巴中市人民政府门户网站"/></div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li></ul>
</div>
<nav class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 政策文件</nav>
<div class="main">
 <div class="sidebar"><h3>相关文件</h3><ul><li><a href="a.html">关于印发巴中市卫生健康事业发展规划的通知</a></li>
 <li><a href="b.html">关于加强基层医疗卫生服务体系建设的意见</a></li></ul></div>
 <div class="article">
  <h1 class="title">关于加快推进中医药产业融合发展的意见</h1>
  <div class="info">发布时间：2022-05-10 &nbsp; 来源：市政府办公室 &nbsp; 浏览次数：<span id="hits">1234</span></div>
  <div id="zoom" class="zoom">
   <div class="TRS_Editor">
    <p style="text-align:center">巴中府办发〔2022〕12号</p>
    <p>各县（区）人民政府，市政府各部门：</p>
    <p>为加快推进我市中医药产业融合发展，不断提升我市中医药产业
    发展水平和市场竞争力，现提出如下意见。</p>
    <p><strong>一、总体要求</strong></p>
    <p>（一）指导思想。以习近平新时代中国特色社会主义思想为指导，深入贯彻落实党中央、国务院决策部署。</p>
    <p>（二）基本原则。坚持融合互动、市场导向、创新驱动。
    <p><strong>二、推进措施</strong></p>
    <p>1.做&ldquo;实&rdquo;中医药种养殖。加强道地药材种质资源和原产地生态保护。<br/>（牵头单位：市中医药产业促进中心）</p>
    <table border="1"><tr><td>专栏1</td><td>中医药重点项目</td></tr><tr><td>项目</td><td>建设内容 &amp; 规模</td></tr></table>
    <div>2.做&#8220;强&#8221;中医药加工。按照就近、保质、高效、生态的原则。</div>
   </div>
  </div>
  <div class="share">分享到：<a href="#">微信</a><a href="#">微博</a></div>
 </div>
</div>
<div class="footer"><p>主办：巴中市人民政府办公室 &nbsp; 版权所有 &copy; 2022</p><p>网站标识码：5119000001 &nbsp; 蜀ICP备05001234号</p></div>
<footer>技术支持：某某科技有限公司</footer>
<input type="hidden" name="__VIEWSTATE" value="abc"/>
</form>
<script>window.onload=function(){}</script>
</body></html>
"""

GOV_CONTENT = [
    "关于加快推进中医药产业融合发展的意见",
    "巴中府办发〔2022〕12号",
    "各县（区）人民政府，市政府各部门：",
    "为加快推进我市中医药产业融合发展，不断提升我市中医药产业发展水平和市场竞争力，现提出如下意见。",
    "一、总体要求",
    "（一）指导思想。以习近平新时代中国特色社会主义思想为指导，深入贯彻落实党中央、国务院决策部署。",
    "（二）基本原则。坚持融合互动、市场导向、创新驱动。",
    "二、推进措施",
    "1.做“实”中医药种养殖。加强道地药材种质资源和原产地生态保护。",
    "（牵头单位：市中医药产业促进中心）",
    "专栏1\t中医药重点项目",
    "项目\t建设内容 & 规模",
    "2.做“强”中医药加工。按照就近、保质、高效、生态的原则。",
]


def test_html_government_page_gives_the_content_only():
    decoded = read_html(GOV_PAGE.encode("gb18030"), "page.html")
    assert decoded.format == "html" and decoded.encoding == "gb18030"
    assert decoded.text.split("\n") == GOV_CONTENT
    for chrome in ("首页", "当前位置", "相关文件", "分享到", "版权所有", "技术支持", "统计代码", "浏览次数", "_hmt"):
        assert chrome not in decoded.text


@pytest.mark.parametrize("meta, encoding", [
    ('<meta charset="GBK">', "gb18030"),
    ('<meta http-equiv="content-type" content="text/html;charset=GB2312">', "gb18030"),
    ('<meta charset="utf-8">', "utf-8"),
    ("", None),  # no declaration: the text decoder guesses
])
def test_html_charsets(meta, encoding):
    page = f"<html><head>{meta}</head><body><div id='content'><p>一、总体要求</p><p>到2025年，建成示范基地5个。</p></div></body></html>"
    data = page.encode("utf-8" if encoding == "utf-8" else "gb18030")
    decoded = read_html(data, "p.htm")
    assert decoded.text.split("\n") == ["一、总体要求", "到2025年，建成示范基地5个。"]
    if encoding:
        assert decoded.encoding == encoding


def test_html_utf8_bom_and_lying_meta():
    page = "<meta charset='gb2312'><p>（一）指导思想。</p><p>坚持市场导向。</p>"
    decoded = read_html(b"\xef\xbb\xbf" + page.encode("utf-8"), "p.html")
    assert decoded.text.split("\n") == ["（一）指导思想。", "坚持市场导向。"]


def test_html_old_layout_table_page():
    page = (
        "<html><head><meta charset='gbk'></head><body>"
        "<table width='100%'><tr><td><a href='/'>网站首页</a> | <a href='/xxgk/'>信息公开</a></td></tr></table>"
        "<table><tr><td class='bt_content'>"
        "<p>一、工作目标</p><p>到2025年，全市建成中医药特色示范基地5个。</p>"
        "<p>二、重点任务</p><p>（一）大力发展艾草种植。依托现有基础，扩大种植规模。</p>"
        "</td></tr></table>"
        "<table><tr><td>版权所有：某市人民政府办公室</td><td>联系电话：0797-1234567</td></tr></table>"
        "</body></html>"
    )
    decoded = read_html(page.encode("gb18030"), "old.htm")
    assert decoded.text.split("\n") == [
        "一、工作目标", "到2025年，全市建成中医药特色示范基地5个。",
        "二、重点任务", "（一）大力发展艾草种植。依托现有基础，扩大种植规模。",
    ]


def test_html_through_read_bytes():
    decoded = read_bytes(GOV_PAGE.encode("gb18030"), "zwgk/t20220510_123.shtml")
    assert decoded.format == "html" and "一、总体要求" in decoded.text.split("\n")


# ------------------------------------------------------------------ imports

def test_import_policyparse_loads_no_docx_or_pdf_library():
    code = (
        "import sys, policyparse, policyparse.readers.docx, policyparse.readers.pdf, policyparse.readers.html; "
        "print([m for m in ('docx', 'pdfplumber', 'pdfminer', 'pypdfium2', 'lxml') if m in sys.modules])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
