"""OCR of scanned PDFs and images: the optional extra ``policyparse[ocr]``.

The scan is made here: a short excerpt written for this test is laid out by
LibreOffice, its page rendered at 200 dpi, turned by a fraction of a degree,
greyed and speckled (benchmarks/twins.py), then saved as an image-only PDF.
Its parse must keep >= 90% of the headings and records of the .txt.  The
page is cut to the part with text so that OCR stays quick.
"""
from __future__ import annotations

import io
import random
import subprocess
import sys
from pathlib import Path

import pytest

import policyparse
from policyparse.errors import InputError
from policyparse.readers import ocr, read_bytes
from policyparse.readers.pdf import read_pdf

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import twins  # noqa: E402

needs_ocr = pytest.mark.skipif(not ocr.available(), reason="the OCR extra is not installed")
needs_soffice = pytest.mark.skipif(not twins.soffice(), reason="LibreOffice (soffice) not installed")

EXCERPT = """\
关于做好2024年秋冬季森林防火工作的通知
各乡镇人民政府，县直有关单位：
一、压实防火责任
（一）落实属地责任。各乡镇要在10月底前完成护林员队伍整编，专职护林员不少于120人。
牵头单位：县林业局
责任单位：各乡镇人民政府
（二）加强火源管控。重点林区入山路口设卡率达到100%。
二、强化应急保障
县财政安排森林防火专项资金150万元，用于物资储备和队伍建设。
"""


def png_bytes(image) -> bytes:
    buf = io.BytesIO()
    image.save(buf, "PNG", dpi=image.info.get("dpi", (200, 200)))
    return buf.getvalue()


@pytest.fixture(scope="module")
def scan_pdf(tmp_path_factory):
    """(image-only PDF of the scanned excerpt, the text-layer PDF it was made from, the scan)."""
    if not twins.soffice():
        pytest.skip("LibreOffice (soffice) not installed")
    tmp = tmp_path_factory.mktemp("scan")
    pdf = twins.pdf_twins({"excerpt": EXCERPT}, tmp)["excerpt"]
    image = twins.scan(pdf, angle=0.5, crop=0.5, seed=3)
    out = tmp / "excerpt-scan.pdf"
    image.save(out, "PDF", resolution=200)
    return out, pdf, image


# ------------------------------------------------------------ without the extra

def test_image_without_the_ocr_extra(monkeypatch):
    from PIL import Image

    monkeypatch.setitem(sys.modules, "rapidocr_onnxruntime", None)  # as if not installed
    with pytest.raises(InputError) as e:
        read_bytes(png_bytes(Image.new("L", (40, 20), 255)), "page-3.png")
    msg = str(e.value)
    assert "\n" not in msg and "page-3.png" in msg and "pip install 'policyparse[ocr]'" in msg


@needs_soffice
def test_scanned_page_among_text_pages_without_the_extra(scan_pdf, monkeypatch):
    """Text pages are read; the scanned one is named in warnings, not dropped silently."""
    import pypdfium2 as pdfium

    monkeypatch.setitem(sys.modules, "rapidocr_onnxruntime", None)
    scanned, text_pdf, _ = scan_pdf
    both = pdfium.PdfDocument.new()
    both.import_pages(pdfium.PdfDocument(str(text_pdf)))
    both.import_pages(pdfium.PdfDocument(str(scanned)))
    buf = io.BytesIO()
    both.save(buf)
    decoded = read_pdf(buf.getvalue(), "mixed.pdf")
    assert "一、压实防火责任" in decoded.text
    assert decoded.warnings == ("page(s) 2 have no text layer (scanned) and were not read; "
                                "to read them by OCR: pip install 'policyparse[ocr]'",)


# ------------------------------------------------------------ reading order

def test_boxes_are_read_in_lines_top_to_bottom_left_to_right():
    """Boxes in any order, a slightly skewed line and a two-cell row give lines in reading order."""
    def box(x0, y0, x1, y1, text, skew=0.0):
        return [[x0, y0], [x1, y0 + skew], [x1, y1 + skew], [x0, y1]], text, 0.95

    boxes = [
        box(100, 100, 900, 140, "一、总体要求"),
        box(100, 160, 1500, 200, "到2025年，全市森林覆盖率达到", skew=6),  # the scan is turned a little
        box(1510, 166, 1700, 206, "65%以上。"),
        box(100, 230, 400, 270, "牵头单位"),
        box(700, 228, 1100, 268, "县林业局"),
        box(100, 300, 900, 340, "二、保障措施"),
    ]
    for seed in range(5):
        shuffled = boxes[:]
        random.Random(seed).shuffle(shuffled)
        segs = ocr.order_boxes(shuffled, scale=72 / 200)
        assert [s.text for s in segs] == [b[1] for b in boxes]
        lines = {}
        for s in segs:
            lines.setdefault(s.bottom, []).append(s.text)
        assert list(lines.values()) == [["一、总体要求"], ["到2025年，全市森林覆盖率达到", "65%以上。"],
                                        ["牵头单位", "县林业局"], ["二、保障措施"]]


def test_spaces_between_cjk_characters_are_dropped():
    (seg,) = ocr.order_boxes([([[0, 0], [100, 0], [100, 20], [0, 20]], "牵头 单位： 市财政局 and GDP", 0.9)])
    assert seg.text == "牵头单位：市财政局and GDP"  # as in text-layer PDFs: no space next to CJK


# ------------------------------------------------------------ with the extra

@needs_ocr
def test_scanned_page_keeps_the_txt_headings_and_records(scan_pdf):
    scanned, _, _ = scan_pdf
    expected = twins.parse_keys(policyparse.parse_text(EXCERPT))
    result = policyparse.parse(scanned)
    got = twins.parse_keys(result)
    assert sum(expected.values()) >= 8
    assert twins.kept(expected, got) >= 0.9, sorted((expected - got).elements())
    (note,) = result.warnings
    assert note.startswith("OCR on page(s) 1 (no text layer): mean confidence 0.")
    assert float(note.rsplit(" ", 1)[1]) >= 0.9


@needs_ocr
def test_png_of_the_title_lines(scan_pdf):
    _, _, image = scan_pdf
    top = image.crop((0, 0, image.width, int(image.height * 0.32)))  # the title and the salutation
    top.info["dpi"] = (200, 200)
    result = policyparse.parse_bytes(png_bytes(top), "notice.png")
    assert result.source.format == "image"
    assert result.documents[0].metadata.title == "关于做好2024年秋冬季森林防火工作的通知"
    assert result.warnings[0].startswith("OCR on page(s) 1 (no text layer): mean confidence")


def test_reading_a_text_pdf_loads_no_ocr_library():
    sample = next((Path(__file__).resolve().parents[1] / "samples").glob("002_*.pdf"))
    probe = (f"from policyparse.readers import read_file\nread_file({str(sample)!r})\nimport sys\n"
             "print([m for m in ('onnxruntime', 'rapidocr_onnxruntime', 'cv2') if m in sys.modules])")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


@needs_ocr
@pytest.mark.parametrize("name, data", [
    ("cut.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"),
    ("text.jpg", "一、总体要求".encode("utf-8") * 20),
])
def test_bad_image_is_one_line(name, data):
    with pytest.raises(InputError) as e:
        read_bytes(data, name)
    msg = str(e.value)
    assert "\n" not in msg and msg.startswith(f"{name}: not a readable image")
