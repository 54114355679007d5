"""Hostile and malformed inputs: each ends in the right text or one clear line,
in bounded time and memory.

Every input is generated here; nothing large is committed.  Time bounds are
generous (a hang or a blow-up is the defect); the speeds themselves are
measured in benchmarks/bench_pipeline.py.
"""
from __future__ import annotations

import io
import json
import os
import resource
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from policyparse import InputError, UnsupportedFormatError, parse_bytes, parse_text
from policyparse.readers import ReadLimits, read_bytes, sniff
from policyparse.readers.docx import read_docx
from policyparse.readers.html import read_html
from policyparse.readers.pdf import read_pdf

SAMPLES = Path(__file__).parent.parent / "samples"
DOCX = SAMPLES / "004_101cc4ddb3dd226f.docx"
MIB = 1 << 20
NOTICE = "各区人民政府，市政府各部门：现将《工作方案》印发给你们，请认真贯彻执行。"


def run(*args: str, stdin: bytes | None = None, env: dict | None = None, memory_mb: int | None = None,
        cwd: Path | None = None) -> subprocess.CompletedProcess:
    def cap() -> None:
        if memory_mb:
            resource.setrlimit(resource.RLIMIT_AS, (memory_mb * MIB, memory_mb * MIB))

    return subprocess.run([sys.executable, "-m", "policyparse", *args], input=stdin, capture_output=True,
                          timeout=120, env={**os.environ, **(env or {})}, preexec_fn=cap, cwd=cwd)


def one_line_error(p: subprocess.CompletedProcess, name: str, reason: str, status: int = 1) -> str:
    """The CLI failed as it should: one stderr line naming ``name``, no traceback, no output."""
    err = p.stderr.decode()
    assert p.returncode == status, err
    assert p.stdout == b"" and "Traceback" not in err
    assert len(err.splitlines()) == 1, err
    assert err.startswith(f"policyparse: error: {name}: ") and reason in err, err
    return err


def timed(fn, *args, **kw):
    t = time.perf_counter()
    out = fn(*args, **kw)
    return out, time.perf_counter() - t


# ------------------------------------------------------------ .docx builders

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
</Types>"""
RELS = """<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>"""
DOC_RELS = """<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>
</Relationships>"""
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def docx(paragraphs: str, numbering: str | None = None) -> bytes:
    """A .docx made from the body's paragraphs (w:p XML) and an optional numbering.xml body."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", RELS)
        z.writestr("word/document.xml", f'<?xml version="1.0" encoding="UTF-8"?><w:document {W}>'
                                        f"<w:body>{paragraphs}</w:body></w:document>")
        if numbering is not None:
            z.writestr("word/_rels/document.xml.rels", DOC_RELS)
            z.writestr("word/numbering.xml", f'<?xml version="1.0" encoding="UTF-8"?><w:numbering {W}>'
                                             f"{numbering}</w:numbering>")
    return buf.getvalue()


def numbered(text: str, ilvl: str = "0") -> str:
    return (f'<w:p><w:pPr><w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="1"/></w:numPr></w:pPr>'
            f"<w:r><w:t>{text}</w:t></w:r></w:p>")


def numbering(start: str = "1", fmt: str = "chineseCounting", lvl_text: str = "%1、", ilvl: str = "0") -> str:
    return (f'<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/>'
            f'<w:numFmt w:val="{fmt}"/><w:lvlText w:val="{lvl_text}"/></w:lvl></w:abstractNum>'
            '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>')


def bomb(member_bytes: int, name: str = "word/document.xml") -> bytes:
    """A .docx whose ``name`` member inflates to ``member_bytes`` of XML-looking filler."""
    base = zipfile.ZipFile(DOCX)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for info in base.infolist():
            if info.filename != name:
                z.writestr(info.filename, base.read(info.filename))
        info = zipfile.ZipInfo(name)
        info.compress_type = zipfile.ZIP_DEFLATED
        with z.open(info, "w", force_zip64=True) as f:
            f.write(b'<?xml version="1.0"?>')
            chunk = b"<w:p/>" * (MIB // 6)
            left = member_bytes
            while left > 0:
                f.write(chunk[:left])
                left -= len(chunk)
    return buf.getvalue()


# ------------------------------------------------------------ .docx: zip limits


def test_a_docx_zip_bomb_is_refused_from_its_directory_before_inflating():
    data = bomb(400 * MIB)  # 400 MiB of markup that compresses about 1000 times
    assert len(data) < 2 * MIB
    with pytest.raises(InputError) as exc:
        read_docx(data, "bomb.docx")
    assert "member word/document.xml inflates" in str(exc.value) and "--max-ratio" in str(exc.value)
    assert str(exc.value).startswith("bomb.docx: ")


def test_the_total_unzipped_size_is_a_limit_too():
    data = bomb(12 * MIB)
    with pytest.raises(InputError, match=r"inflates to more than 8 MiB .*--max-unzipped"):
        read_docx(data, "big.docx", ReadLimits(max_unzipped_bytes=8 * MIB, max_ratio=1e9))
    with pytest.raises(InputError, match=r"inflates (\d+) times \(the limit is 50, --max-ratio"):
        read_docx(data, "big.docx", ReadLimits(max_ratio=50))


def test_cli_refuses_a_docx_bomb_in_bounded_time_and_memory(tmp_path):
    f = tmp_path / "notice.docx"
    f.write_bytes(bomb(1024 * MIB))  # 1 GiB inside: once 11 GiB of memory and a MemoryError
    t = time.perf_counter()
    p = run("extract", str(f), memory_mb=1024)
    assert time.perf_counter() - t < 60
    one_line_error(p, str(f), "inflates")
    # the limits are options: a low --max-unzipped refuses a small, honest document
    small = tmp_path / "small.docx"
    small.write_bytes(bomb(3 * MIB))
    one_line_error(run("extract", str(small), "--max-unzipped", "2", "--max-ratio", "1000"), str(small),
                   "inflates to more than 2 MiB")


def test_a_docx_within_the_limits_still_reads():
    decoded = read_docx(DOCX.read_bytes(), "ok.docx", ReadLimits(max_unzipped_bytes=1 * MIB))
    assert len(decoded.text) > 1000


def test_a_docx_with_too_many_members_is_refused():
    buf = io.BytesIO()
    base = zipfile.ZipFile(io.BytesIO(docx("<w:p><w:r><w:t>总体要求</w:t></w:r></w:p>")))
    with zipfile.ZipFile(buf, "w") as z:
        for info in base.infolist():
            z.writestr(info.filename, base.read(info.filename))
        for i in range(300):
            z.writestr(f"customXml/item{i}.xml", "<a/>")
    with pytest.raises(InputError, match="more than 100 zip members"):
        read_docx(buf.getvalue(), "many.docx", ReadLimits(max_members=100))


# ------------------------------------------------------------ .docx: numbering.xml and w:sym


@pytest.mark.parametrize("case, numbering_xml, ilvl, label", [
    ("non-numeric start", numbering(start="x1"), "0", "零、"),
    ("superscript digit in lvlText", numbering(lvl_text="%²、"), "0", "%²、"),
    ("5,000-digit start", numbering(start="9" * 5000), "0", "零、"),
    ("non-numeric ilvl", numbering(ilvl="one"), "one", "一、"),
    ("lowerLetter from 2e10", numbering(start="20000000000", fmt="lowerLetter"), "0", "0、"),
    ("lowerLetter at the top of Word's range", numbering(start="32767", fmt="lowerLetter"), "0", "32767、"),
])
def test_absurd_numbering_values_read_as_word_shows_them(case, numbering_xml, ilvl, label):
    data = docx(numbered("总体要求", ilvl) + numbered("工作任务", ilvl), numbering_xml)
    (decoded, seconds) = timed(read_docx, data, "n.docx")
    first = decoded.text.splitlines()[0]
    assert first == f"{label}总体要求", case
    assert seconds < 10 and len(decoded.text) < 100, case


def test_lower_letter_labels_within_word_range():
    data = docx(numbered("甲") + numbered("乙"), numbering(start="27", fmt="lowerLetter", lvl_text="%1."))
    assert read_docx(data, "n.docx").text.splitlines() == ["aa. 甲", "bb. 乙"]


@pytest.mark.parametrize("char", ["110000", "FFFFFFFF", "DC00", "D800"])
def test_a_symbol_that_is_no_character_becomes_u_fffd_with_a_warning(char):
    body = f'<w:p><w:r><w:t>到2025年完成</w:t><w:sym w:font="Wingdings" w:char="{char}"/></w:r></w:p>'
    result = parse_bytes(docx(body), "sym.docx")
    assert "到2025年完成\ufffd" in result.text
    assert any("w:sym" in w for w in result.warnings)
    json.loads(result.model_dump_json())  # serialisable


def test_a_lone_surrogate_in_text_is_replaced_and_reported():
    result = parse_text("一、总体要求\n到2025年完成\udc00改造\ud83d\ude00。")
    assert "到2025年完成\ufffd改造😀。" in result.text
    assert result.warnings == ["replaced 1 lone surrogate code point with U+FFFD"]
    assert json.loads(result.model_dump_json(include={"text"}))["text"] == result.text


def test_an_encrypted_docx_is_called_encrypted(tmp_path):
    from msoffcrypto.format.ooxml import OOXMLFile  # the test extra's; encrypts as Word does

    out = io.BytesIO()
    OOXMLFile(io.BytesIO(DOCX.read_bytes())).encrypt("secret", out)
    for name in ("secret.docx", "secret.doc"):
        f = tmp_path / name
        f.write_bytes(out.getvalue())
        err = one_line_error(run("extract", str(f)), str(f), "encrypted (password-protected)")
        assert "legacy" not in err and "remove the password" in err
    one_line_error(run("extract", "-", stdin=out.getvalue()), "<stdin>", "encrypted")


# ------------------------------------------------------------ HTML charsets


@pytest.mark.parametrize("charset", ["rot13", "base64", "undefined", "hex", "no-such-charset"])
def test_a_charset_that_is_no_text_encoding_is_guessed_and_reported(charset):
    page = f'<html><head><meta charset="{charset}"></head><body><p>{NOTICE}</p></body></html>'
    decoded = read_html(page.encode("gb18030"), "p.html")
    assert decoded.text == NOTICE and decoded.encoding == "gb18030"
    assert decoded.warnings == (f"the page declares charset {charset!r}, which names no text encoding; "
                                "read as gb18030",)


@pytest.mark.parametrize("declared", ["iso-8859-1", "windows-1252", "latin1"])
@pytest.mark.parametrize("encoding", ["gbk", "utf-8"])
def test_a_chinese_page_declared_western_is_decoded_right_with_a_warning(declared, encoding):
    page = (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={declared}">'
            f"</head><body><div class='content'><p>{NOTICE}</p></div></body></html>")
    decoded = read_html(page.encode(encoding), "gbk.html")
    assert decoded.text == NOTICE
    assert len(decoded.warnings) == 1 and f"declares charset {declared!r}" in decoded.warnings[0]


def test_a_western_page_declared_western_stays_as_declared():
    page = '<html><head><meta charset="iso-8859-1"></head><body><p>Caf\xe9 cr\xe8me, d\xe9j\xe0 vu.</p></body></html>'
    decoded = read_html(page.encode("latin-1"), "fr.html")
    assert decoded.text == "Café crème, déjà vu." and decoded.warnings == ()


# ------------------------------------------------------------ PDF


def minimal_pdf(*objects: str) -> bytes:
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n{body}\nendobj\n".encode()
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


@pytest.mark.parametrize("kid", ["3 0 R", "1 0 R", "2 0 R"])  # a font, the catalog, the page tree itself
def test_a_pdf_page_tree_whose_kid_is_no_page(kid):
    data = minimal_pdf("<< /Type /Catalog /Pages 2 0 R >>", f"<< /Type /Pages /Kids [{kid}] /Count 1 >>",
                       "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    with pytest.raises(InputError, match=r"^kid\.pdf: corrupt PDF: page 1: "):
        read_pdf(data, "kid.pdf", backend="pdfium")


def test_an_unknown_pdf_backend_is_one_line(tmp_path):
    f = tmp_path / "a.pdf"
    f.write_bytes((SAMPLES / "004_101cc4ddb3dd226f.pdf").read_bytes())
    one_line_error(run("extract", str(f), env={"POLICYPARSE_PDF_BACKEND": "mupdf"}), str(f),
                   "unknown PDF backend 'mupdf' (POLICYPARSE_PDF_BACKEND)")


# ------------------------------------------------------------ size limits and options


def test_extract_dev_zero_stops_at_the_size_limit():
    one_line_error(run("extract", "/dev/zero", "--max-size", "4", memory_mb=1024), "/dev/zero",
                   "larger than 4 MiB (the input size limit; raise it with --max-size)")
    with open("/dev/zero", "rb") as zero:
        p = subprocess.run([sys.executable, "-m", "policyparse", "extract", "-", "--max-size", "4"],
                           stdin=zero, capture_output=True, timeout=120)
    one_line_error(p, "<stdin>", "larger than 4 MiB")


def test_a_file_over_the_size_limit_is_refused_before_reading(tmp_path):
    f = tmp_path / "big.txt"
    with open(f, "wb") as out:
        out.truncate(3 * MIB)  # sparse: its size is known without reading it
    one_line_error(run("extract", str(f), "--max-size", "2"), str(f), "larger than 2 MiB")
    with pytest.raises(InputError, match="larger than 1 KiB"):
        read_bytes(NOTICE.encode() * 100, "a.txt", ReadLimits(max_bytes=1024))


@pytest.mark.parametrize("option, value", [("--indent", "-3"), ("--max-size", "0"), ("--max-ratio", "0.5")])
def test_bad_option_values_are_one_line(option, value):
    p = run("extract", str(SAMPLES / "001_07f7799f9f6e6fbb.txt"), option, value)
    err = p.stderr.decode()
    assert p.returncode == 2 and p.stdout == b"" and "Traceback" not in err
    assert err.splitlines() == [f"policyparse: error: {option} must be {0 if option == '--indent' else 1} or more, "
                                f"not {value}"]


def test_dash_h_is_help():
    for args in (["-h"], ["extract", "-h"], ["batch", "-h"]):
        p = run(*args)
        out = p.stdout.decode()
        assert p.returncode == 0 and out.startswith("Usage: ") and "Show this message and exit." in out, args


# ------------------------------------------------------------ formats


def xlsx() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/workbook.xml", "<workbook/>")
        z.writestr("xl/worksheets/sheet1.xml", "<worksheet/>")
    return buf.getvalue()


@pytest.mark.parametrize("name, data, kind", [
    ("tasks.xlsx", xlsx(), "an Excel .xlsx workbook"),
    ("photo.gif", b"GIF89a" + bytes(range(256)) * 8, "a GIF image"),
    ("files.7z", b"7z\xbc\xaf\x27\x1c\x00\x04" + bytes(range(256)) * 8, "a 7-Zip archive"),
    ("notice.rtf", b"{\\rtf1\\ansi " + "通知".encode("gbk") * 10 + b"}", "an RTF document"),
    ("book.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500) + "Workbook".encode("utf-16-le"), "an Excel .xls workbook"),
    ("photo.txt", b"GIF89a" + bytes(range(256)) * 8, "a GIF image named .txt"),
])
def test_an_unsupported_format_is_named_with_what_is_supported(tmp_path, name, data, kind):
    with pytest.raises(UnsupportedFormatError) as exc:
        read_bytes(data, name)
    assert str(exc.value).startswith(f"{name}: {kind}, which policyparse does not read (supported: .txt, .docx")
    assert ".png/.jpg/.tif scans" in str(exc.value)
    f = tmp_path / name
    f.write_bytes(data)
    one_line_error(run("extract", str(f)), str(f), kind)


@pytest.mark.parametrize("name", ["notice.dat", "notice", "通知.公文"])
def test_an_unknown_extension_is_read_as_text_and_says_so(name):
    result = parse_bytes(NOTICE.encode("gb18030"), name)
    assert result.source.format == "txt" and NOTICE in result.text
    ext = Path(name).suffix
    assert result.warnings[0].startswith(f"unknown extension {ext}: read as plain text" if ext
                                         else "no extension: read as plain text")


def test_an_unknown_extension_with_a_known_format_is_read_by_its_bytes():
    result = parse_bytes(DOCX.read_bytes(), "download.bin")
    assert result.source.format == "docx" and len(result.documents[0].sections) > 3
    assert result.warnings[0] == "read as docx: the file is a Word .docx file named .bin"


@pytest.mark.parametrize("sample, fmt", [
    ("004_101cc4ddb3dd226f.docx", "docx"), ("004_101cc4ddb3dd226f.pdf", "pdf"), ("004_101cc4ddb3dd226f.txt", "txt"),
])
def test_stdin_is_read_by_the_format_its_bytes_announce(sample, fmt):
    p = run("extract", "-", stdin=(SAMPLES / sample).read_bytes())
    assert p.returncode == 0, p.stderr.decode()
    out = json.loads(p.stdout)
    assert out["source"]["format"] == fmt and out["warnings"] == []
    reference = json.loads(run("extract", str(SAMPLES / sample)).stdout)
    assert len(out["documents"][0]["sections"]) == len(reference["documents"][0]["sections"]) > 3


def test_stdin_html_and_legacy_word():
    page = f"<!DOCTYPE html><html><head><meta charset='gbk'></head><body><p>{NOTICE}</p></body></html>"
    p = run("extract", "-", "--text", stdin=page.encode("gbk"))
    out = json.loads(p.stdout)
    assert out["source"]["format"] == "html" and NOTICE in out["text"]
    assert sniff((SAMPLES / "002_6327faf7a73cc827.doc").read_bytes()) == ("doc", "a legacy Word .doc file")


@pytest.mark.skipif(not __import__("shutil").which("soffice"), reason="needs LibreOffice")
def test_stdin_legacy_word_is_converted():
    p = run("extract", "-", stdin=(SAMPLES / "002_6327faf7a73cc827.doc").read_bytes())
    assert p.returncode == 0, p.stderr.decode()
    assert json.loads(p.stdout)["source"]["format"] == "doc"


@pytest.mark.parametrize("name", ["scan.png", "scan.txt", "scan"])
def test_a_damaged_scan_is_one_line(tmp_path, name):
    """Image bytes are read by OCR whatever the name; a damaged image is one line naming it."""
    f = tmp_path / name
    f.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    p = run("extract", str(f))
    assert p.returncode == 1 and b"Traceback" not in p.stderr
    assert p.stderr.decode().strip().splitlines() == [f"policyparse: error: {f}: not a readable image "
                                                      "(the format is not recognised or the file is damaged)"]
