"""Regenerate the .docx / .pdf / .doc sample files from the sample texts.

    python benchmarks/make_samples.py            # all samples
    python benchmarks/make_samples.py --keep     # also keep the .fodt sources

Needs LibreOffice and a CJK font (``apt-get install -y libreoffice-writer
fonts-noto-cjk``) and, for the encrypted PDF, qpdf.  Tests never run this
script: they read the files it wrote into samples/.

How: each samples/NNN_*.txt is laid out as a Flat ODT (.fodt) document with
公文-like styles (Noto Serif CJK SC, justified body with a 2em first-line
indent, centred title, "— N —" page numbers in the footer, a running header
on some), then LibreOffice converts that to .docx, .pdf and .doc.  The
"_autonum" variants take the visible numbers off the headings and let the
word processor number them (outline numbering on the heading styles, plus a
list style for the "1." level), so the .docx carries Word automatic numbering
(numbering.xml with chineseCounting etc.).  Two artefacts of how the .txt
files were made are undone: "[bookmark: X]" becomes a real bookmark, and
base64 blobs of embedded images (long lines with no CJK) are dropped.
"""
from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"

CN = "一二三四五六七八九十"
H1 = re.compile(rf"^([{CN}]+)、")
H2 = re.compile(rf"^[（(]([{CN}]+)[）)]")
H3 = re.compile(r"^(\d+)[.．](?!\d)")
BOX = re.compile(r"^专栏\s*\d+")
BOOKMARK = re.compile(r"\[bookmark: ([^\]]+)\]")

# which samples become which files
PLAIN_DOCX = ["000", "002", "004"]
PDF = ["000", "002", "003", "004"]
DOC = ["002"]
# autonum variants: level -> "outline" (numbered by the heading style) or
# "list" (a list continuing through the document) or "list-restart" (a new
# list under each higher heading)
AUTONUM = {
    "002": {1: "outline", 2: "outline", 3: "list"},
    "000": {1: "outline", 2: "list"},
}
RUNNING_HEADER = {"004": "长治市屯留区中医药健康服务发展规划（2021-2025年）", "003": "健康产业运营方案范文"}


def sample_txt(prefix: str) -> Path:
    (path,) = SAMPLES.glob(f"{prefix}_*.txt")
    return path


# ----------------------------------------------------------------- layout

def classify(lines: list[str]) -> list[tuple[str, str]]:
    """(kind, text) blocks: title, body, right, h1, h2, h3, box."""
    out: list[tuple[str, str]] = []
    seen_salutation = False
    for raw in lines:
        line = raw.strip(" \t\u3000\xa0")
        line = re.sub(r"[ \t\u3000\xa0]{2,}", "  ", line)
        if not line:
            continue
        if len(line) > 200 and not re.search(r"[\u4e00-\u9fff]", line):
            continue  # base64 of an embedded image in the .txt dump
        plain = BOOKMARK.sub("", line)
        if "\t" in raw.strip():
            out.append(("row", raw.strip(" \u3000\xa0")))  # a table row: tab-separated cells
        elif BOX.match(plain):
            out.append(("box", line))
        elif H1.match(plain):
            out.append(("h1", line))
        elif H2.match(plain):
            out.append(("h2", line))
        elif H3.match(plain):
            out.append(("h3", line))
        elif not seen_salutation and len(plain) <= 40 and not plain.endswith(("：", ":")) and not re.search(r"[。；]", plain):
            out.append(("title", line))
        elif len(plain) <= 30 and re.search(r"\d{4}年\s*\d{1,2}\s*月\s*\d{1,2}\s*日", plain):
            out.append(("right", line))
        else:
            out.append(("body", line))
        if plain.endswith(("：", ":")) or len(plain) > 40:
            seen_salutation = True
    return out


def inline(text: str) -> str:
    """Escape text for ODF, turning [bookmark: X] into a real bookmark."""
    parts = []
    pos = 0
    for m in BOOKMARK.finditer(text):
        parts.append(escape(text[pos:m.start()]))
        parts.append(f'<text:bookmark text:name="{escape(m.group(1))}"/>')
        pos = m.end()
    parts.append(escape(text[pos:]))
    s = "".join(parts)
    return re.sub(r"  ", '<text:s text:c="2"/>', s)


def strip_number(kind: str, text: str) -> str:
    bm = ""
    m = BOOKMARK.match(text)
    if m:
        bm, text = m.group(), text[m.end():]
    rx = {"h1": H1, "h2": H2, "h3": H3}[kind]
    return bm + rx.sub("", text, count=1).lstrip()


def body_xml(blocks: list[tuple[str, str]], autonum: dict[int, str] | None) -> str:
    out: list[str] = []
    i = 0
    list_started: dict[int, bool] = {}
    while i < len(blocks):
        kind, text = blocks[i]
        if kind == "box":
            rows = []
            j = i + 1
            while j < len(blocks) and blocks[j][0] in ("body", "title", "right"):
                t = blocks[j][1]
                if t.endswith("。") and rows:
                    rows[-1][1].append(t)
                else:
                    rows.append([t, []])
                j += 1
            out.append(box_xml(text, rows, len(out)))
            i = j
            continue
        if kind == "row":
            j = i
            while j < len(blocks) and blocks[j][0] == "row":
                j += 1
            out.append(table_xml([b[1].split("\t") for b in blocks[i:j]], len(out)))
            i = j
            continue
        level = {"h1": 1, "h2": 2, "h3": 3}.get(kind)
        if autonum and level in autonum:
            mode = autonum[level]
            content = inline(strip_number(kind, text))
            if mode == "outline":
                out.append(f'<text:h text:style-name="H{level}" text:outline-level="{level}">{content}</text:h>')
            else:
                # a lower level restarts; this list continues unless "list-restart"
                for deeper in [lv for lv in list_started if lv > level]:
                    if autonum.get(deeper) == "list-restart":
                        list_started[deeper] = False
                if list_started.get(level) and mode == "list":
                    attr = f'text:continue-list="list{level}"'
                elif list_started.get(level):
                    attr = 'text:continue-numbering="false"'
                else:
                    attr = f'xml:id="list{level}"'
                list_started[level] = True
                style = "H3Body" if level == 3 else f"H{level}Body"
                out.append(
                    f'<text:list text:style-name="L{level}" {attr}><text:list-item>'
                    f'<text:p text:style-name="{style}">{content}</text:p></text:list-item></text:list>'
                )
            i += 1
            continue
        style = {"title": "Title1", "body": "Body", "right": "Right", "h1": "H1", "h2": "H2", "h3": "Body"}[kind]
        if kind in ("h1", "h2"):
            out.append(f'<text:h text:style-name="{style}" text:outline-level="{level}">{inline(text)}</text:h>')
        else:
            out.append(f'<text:p text:style-name="{style}">{inline(text)}</text:p>')
        i += 1
    return "\n".join(out)


def box_xml(title: str, rows: list[list], n: int) -> str:
    cells = [
        f'<table:table table:name="Box{n}" table:style-name="BoxTable">',
        '<table:table-column table:style-name="BoxCol1"/><table:table-column table:style-name="BoxCol2"/>',
        '<table:table-row><table:table-cell table:style-name="Cell" table:number-columns-spanned="2" office:value-type="string">'
        f'<text:p text:style-name="BoxTitle">{inline(title)}</text:p></table:table-cell><table:covered-table-cell/></table:table-row>',
    ]
    for name, descs in rows:
        paras = "".join(f'<text:p text:style-name="CellText">{inline(d)}</text:p>' for d in descs) or '<text:p text:style-name="CellText"/>'
        cells.append(
            '<table:table-row>'
            f'<table:table-cell table:style-name="Cell" office:value-type="string"><text:p text:style-name="CellText">{inline(name)}</text:p></table:table-cell>'
            f'<table:table-cell table:style-name="Cell" office:value-type="string">{paras}</table:table-cell>'
            '</table:table-row>'
        )
    cells.append("</table:table>")
    return "".join(cells)


def table_xml(rows: list[list[str]], n: int) -> str:
    """A ruled table, one row per tab-separated line."""
    width = max(len(r) for r in rows)
    out = [f'<table:table table:name="Table{n}" table:style-name="BoxTable">',
           f'<table:table-column table:number-columns-repeated="{width}"/>']
    for row in rows:
        out.append("<table:table-row>")
        for cell in row + [""] * (width - len(row)):
            out.append(f'<table:table-cell table:style-name="Cell" office:value-type="string">'
                       f'<text:p text:style-name="CellText">{inline(cell.strip())}</text:p></table:table-cell>')
        out.append("</table:table-row>")
    out.append("</table:table>")
    return "".join(out)


FODT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:xml="http://www.w3.org/XML/1998/namespace"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>
 <style:font-face style:name="Noto Serif CJK SC" svg:font-family="'Noto Serif CJK SC'"/>
 <style:font-face style:name="Noto Sans CJK SC" svg:font-family="'Noto Sans CJK SC'"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:line-height="150%" style:line-break="strict"/>
  <style:text-properties style:font-name="Noto Serif CJK SC" style:font-name-asian="Noto Serif CJK SC" fo:font-size="14pt" style:font-size-asian="14pt" fo:language="zh" fo:country="CN" style:language-asian="zh" style:country-asian="CN"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
 <style:style style:name="Body" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="justify" fo:text-indent="28pt"/>
 </style:style>
 <style:style style:name="H1Body" style:family="paragraph" style:parent-style-name="Body">
  <style:text-properties style:font-name="Noto Sans CJK SC" style:font-name-asian="Noto Sans CJK SC"/>
 </style:style>
 <style:style style:name="H2Body" style:family="paragraph" style:parent-style-name="Body">
  <style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/>
 </style:style>
 <style:style style:name="H3Body" style:family="paragraph" style:parent-style-name="Body"/>
 <style:style style:name="Right" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="end"/>
 </style:style>
 <style:style style:name="Title1" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center" fo:margin-bottom="6pt"/>
  <style:text-properties style:font-name="Noto Sans CJK SC" style:font-name-asian="Noto Sans CJK SC" fo:font-size="18pt" style:font-size-asian="18pt"/>
 </style:style>
 <style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" style:class="text"/>
 <style:style style:name="H1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Body" style:default-outline-level="1" style:class="text">
  <style:text-properties style:font-name="Noto Sans CJK SC" style:font-name-asian="Noto Sans CJK SC"/>
 </style:style>
 <style:style style:name="H2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Body" style:default-outline-level="2" style:class="text">
  <style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/>
 </style:style>
 <style:style style:name="H3" style:display-name="Heading 3" style:family="paragraph" style:parent-style-name="Body" style:default-outline-level="3" style:class="text"/>
 <style:style style:name="BoxTitle" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center"/>
  <style:text-properties style:font-name="Noto Sans CJK SC" style:font-name-asian="Noto Sans CJK SC" fo:font-size="12pt" style:font-size-asian="12pt"/>
 </style:style>
 <style:style style:name="CellText" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="justify" fo:line-height="130%"/>
  <style:text-properties fo:font-size="11pt" style:font-size-asian="11pt"/>
 </style:style>
 <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center"/>
  <style:text-properties fo:font-size="12pt" style:font-size-asian="12pt"/>
 </style:style>
 <style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center"/>
  <style:text-properties fo:font-size="10.5pt" style:font-size-asian="10.5pt"/>
 </style:style>
 <text:outline-style style:name="Outline">
  <text:outline-level-style text:level="1" style:num-format="{fmt_cn}" style:num-suffix="{sfx1}">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="nothing" fo:text-indent="28pt" fo:margin-left="0pt"/></style:list-level-properties>
  </text:outline-level-style>
  <text:outline-level-style text:level="2" style:num-format="{fmt_cn}" style:num-prefix="{pfx2}" style:num-suffix="{sfx2}">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="nothing" fo:text-indent="28pt" fo:margin-left="0pt"/></style:list-level-properties>
  </text:outline-level-style>
  <text:outline-level-style text:level="3" style:num-format="{fmt_1}" style:num-suffix="{sfx3}">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="nothing" fo:text-indent="28pt" fo:margin-left="0pt"/></style:list-level-properties>
  </text:outline-level-style>
 </text:outline-style>
 <text:list-style style:name="L2">
  <text:list-level-style-number text:level="1" style:num-format="一, 二, 三, ..." style:num-prefix="（" style:num-suffix="）">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="nothing" fo:text-indent="28pt" fo:margin-left="0pt"/></style:list-level-properties>
  </text:list-level-style-number>
 </text:list-style>
 <text:list-style style:name="L3">
  <text:list-level-style-number text:level="1" style:num-format="1" style:num-suffix=".">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="nothing" fo:text-indent="28pt" fo:margin-left="0pt"/></style:list-level-properties>
  </text:list-level-style-number>
 </text:list-style>
</office:styles>
<office:automatic-styles>
 <style:style style:name="BoxTable" style:family="table"><style:table-properties style:width="15.4cm" table:align="center" fo:margin-top="6pt" fo:margin-bottom="6pt"/></style:style>
 <style:style style:name="BoxCol1" style:family="table-column"><style:table-column-properties style:column-width="4.4cm"/></style:style>
 <style:style style:name="BoxCol2" style:family="table-column"><style:table-column-properties style:column-width="11cm"/></style:style>
 <style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000"/></style:style>
 <style:page-layout style:name="A4">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2.5cm" fo:margin-bottom="2.0cm" fo:margin-left="2.8cm" fo:margin-right="2.6cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.4cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.4cm"/></style:footer-style>
 </style:page-layout>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="A4">
  {header}
  <style:footer><text:p text:style-name="Footer">— <text:page-number text:select-page="current">1</text:page-number> —</text:p></style:footer>
 </style:master-page>
</office:master-styles>
<office:body><office:text>
{body}
</office:text></office:body>
</office:document>
"""


def fodt(prefix: str, autonum: dict[int, str] | None = None) -> str:
    text = sample_txt(prefix).read_text(encoding="utf-8")
    return fodt_of_text(text, RUNNING_HEADER.get(prefix), autonum)


def fodt_of_text(text: str, header: str | None = None, autonum: dict[int, str] | None = None) -> str:
    """A text laid out as a Flat ODT document (tab-separated lines become a ruled table)."""
    blocks = classify(text.splitlines())
    header_xml = f'<style:header><text:p text:style-name="Header">{escape(header)}</text:p></style:header>' if header else ""
    doc = FODT.replace("{header}", header_xml).replace("{body}", body_xml(blocks, autonum))
    # outline numbering only in the autonum variants: elsewhere the numbers are typed
    on = bool(autonum)
    for key, val in {"{fmt_cn}": "一, 二, 三, ...", "{fmt_1}": "1", "{sfx1}": "、", "{pfx2}": "（", "{sfx2}": "）", "{sfx3}": "."}.items():
        doc = doc.replace(key, val if on else "")
    return doc


# ----------------------------------------------------------------- convert

def soffice(src: Path, target: str, outdir: Path, profile: Path) -> Path:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if not exe:
        sys.exit("needs LibreOffice: apt-get install -y libreoffice-writer fonts-noto-cjk")
    subprocess.run(
        [exe, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", target, "--outdir", str(outdir), str(src)],
        check=True, capture_output=True, timeout=300,
    )
    ext = target.split(":")[0]
    out = outdir / f"{src.stem}.{ext}"
    if not out.exists():
        raise RuntimeError(f"soffice did not write {out}")
    return out


def make_bad(tmp: Path, profile: Path) -> None:
    """Bad inputs that need tools to make: an encrypted PDF and an image-only PDF."""
    bad = SAMPLES / "bad"
    bad.mkdir(exist_ok=True)
    src = SAMPLES / "002_6327faf7a73cc827.pdf"
    qpdf = shutil.which("qpdf")
    if qpdf:
        subprocess.run([qpdf, "--encrypt", "secret", "owner-secret", "256", "--", str(src), str(bad / "encrypted.pdf")], check=True)
    else:
        print("qpdf not found: samples/bad/encrypted.pdf not made", file=sys.stderr)
    # a "scan": the first lines of sample 002 drawn into an image, saved as PDF
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", 36)
    img = Image.new("L", (1240, 1754), 255)
    draw = ImageDraw.Draw(img)
    lines = sample_txt("002").read_text(encoding="utf-8").splitlines()[:8]
    y = 150
    for line in lines:
        line = BOOKMARK.sub("", line).strip()
        for k in range(0, len(line), 28):
            draw.text((120, y), line[k:k + 28], font=font, fill=0)
            y += 56
    img.save(bad / "scanned.pdf", "PDF", resolution=150)


TRACKED = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:styles>
 <style:default-style style:family="paragraph"><style:text-properties style:font-name-asian="Noto Serif CJK SC" fo:font-size="14pt"/></style:default-style>
</office:styles>
<office:automatic-styles><style:page-layout style:name="pm1"/></office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">
 <style:header><text:p>页眉文字不应出现</text:p></style:header>
 <style:footer><text:p>页脚文字不应出现</text:p></style:footer>
</style:master-page></office:master-styles>
<office:body><office:text>
<text:tracked-changes>
 <text:changed-region text:id="ct1"><text:deletion><office:change-info><dc:creator>审核人</dc:creator><dc:date>2023-03-01T10:00:00</dc:date></office:change-info><text:p>已删除的文字</text:p></text:deletion></text:changed-region>
 <text:changed-region text:id="ct2"><text:insertion><office:change-info><dc:creator>审核人</dc:creator><dc:date>2023-03-01T10:01:00</dc:date></office:change-info></text:insertion></text:changed-region>
</text:tracked-changes>
<text:p>一、修订说明</text:p>
<text:p>本段保留<text:change text:change-id="ct1"/>原文，<text:change-start text:change-id="ct2"/>并新增插入的文字<text:change-end text:change-id="ct2"/>。<text:note text:id="n1" text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>脚注内容不应出现</text:p></text:note-body></text:note></text:p>
<text:p>软换行之前<text:line-break/>软换行之后</text:p>
<table:table table:name="T1"><table:table-column table:number-columns-repeated="2"/>
 <table:table-row><table:table-cell office:value-type="string"><text:p>项目名称</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>建设内容</text:p></table:table-cell></table:table-row>
 <table:table-row><table:table-cell office:value-type="string"><text:p>中医馆建设</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>覆盖率达到100%。</text:p><text:p>第二段。</text:p></table:table-cell></table:table-row>
</table:table>
<text:p>二、表格之后的段落</text:p>
</office:text></office:body></office:document>
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--keep", action="store_true", help="keep the .fodt sources in samples/")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        profile = tmp / "profile"
        jobs: list[tuple[Path, str, str]] = []  # (fodt, target, final name)
        for prefix in sorted(set(PLAIN_DOCX + PDF + DOC)):
            stem = sample_txt(prefix).stem
            src = tmp / f"{stem}.fodt"
            src.write_text(fodt(prefix), encoding="utf-8")
            if prefix in PLAIN_DOCX:
                jobs.append((src, "docx:MS Word 2007 XML", f"{stem}.docx"))
            if prefix in PDF:
                jobs.append((src, "pdf:writer_pdf_Export", f"{stem}.pdf"))
            if prefix in DOC:
                jobs.append((src, "doc:MS Word 97", f"{stem}.doc"))
        for prefix, levels in AUTONUM.items():
            stem = sample_txt(prefix).stem + "_autonum"
            src = tmp / f"{stem}.fodt"
            src.write_text(fodt(prefix, levels), encoding="utf-8")
            jobs.append((src, "docx:MS Word 2007 XML", f"{stem}.docx"))
        for src, target, name in jobs:
            outdir = tmp / "out"
            outdir.mkdir(exist_ok=True)
            out = soffice(src, target, outdir, profile)
            shutil.move(str(out), SAMPLES / name)
            print("wrote", (SAMPLES / name).relative_to(ROOT))
            if args.keep:
                shutil.copy(src, SAMPLES / src.name)
        src = tmp / "tracked_changes.fodt"
        src.write_text(TRACKED, encoding="utf-8")
        outdir = tmp / "out"
        shutil.move(str(soffice(src, "docx:MS Word 2007 XML", outdir, profile)), SAMPLES / "tracked_changes.docx")
        print("wrote samples/tracked_changes.docx")
        make_bad(tmp, profile)
        print("wrote samples/bad/")


if __name__ == "__main__":
    main()
