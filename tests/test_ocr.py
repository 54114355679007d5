"""OCR of scanned PDFs and images: the optional extra ``policyparse[ocr]``.

The scan is made here: a short excerpt written for this test is laid out by
LibreOffice, its page rendered at 200 dpi, turned by a fraction of a degree,
greyed and speckled (benchmarks/twins.py), then saved as an image-only PDF.
Its parse must keep >= 90% of the headings and records of the .txt.  The
page is cut to the part with text so that OCR stays quick.

The repairs are shown on lines typeset here with Pillow as OCR misreads
them (景府办字[2021]7号, 一）…, 10一15个, dust before a line), a task table
is scanned from LibreOffice's ruled layout, and the progress callback and bar
are watched on a three-frame TIFF of one-line pages.
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


# What OCR misreads in ways the shape of the text makes certain; written as
# misread, so that the rendered page shows them whatever OCR makes of it.
MISREAD = [
    "景府办字[2021]7号",
    "一）加强组织领导",
    "到2026年建成示范基地10一15个。",
    "由相关县[市、区]政府负责。",
    "坚持问题导向。",
    "强化责任落实。",
]


# A task table: LibreOffice rules it (benchmarks/make_samples.py), one row per line.
TASK_TABLE = """\
关于下达2026年民生实事任务的通知
各街道办事处，区直各部门：
现将2026年民生实事任务下达给你们，请抓好落实。
序号\t工作任务\t牵头单位\t责任单位\t完成时限
1\t改造城镇老旧小区45个\t区住建局\t各街道办事处\t2026年9月底
2\t新增普惠托育服务托位800个\t区卫健委\t区教育局、区妇联\t2026年11月底
3\t建设口袋公园12个\t区城管局\t区自然资源局\t2026年10月底
"""


def cjk_font() -> str | None:
    """A CJK font file (fonts-noto-cjk), found by fontconfig."""
    try:
        found = subprocess.run(["fc-match", "-f", "%{file}", "Noto Serif CJK SC:lang=zh"],
                               capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    return found if "CJK" in found else None


needs_font = pytest.mark.skipif(not cjk_font(), reason="no CJK font (Debian: fonts-noto-cjk)")


def render(lines: list[str], specks: dict[int, tuple[float, int]] | None = None, size: int = 40, seed: int = 0):
    """A page image at 200 dpi with *lines* typeset in a CJK font (*size*
    pixels, 14.4 pt), turned 0.4 degrees, on grey paper; *specks* puts a
    square of dust of side s before line i, at x from its start (in ems),
    on its baseline."""
    import numpy
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype(cjk_font(), size)
    top, bottom = font.getbbox("国")[1::2]
    image = Image.new("L", (1200, int((len(lines) + 1) * size * 1.8)), 255)
    draw = ImageDraw.Draw(image)
    for i, line in enumerate(lines):
        x, y = 2 * size, size + int(i * size * 1.8)
        draw.text((x, y), line, font=font, fill=20)
        if specks and i in specks:
            dx, side = specks[i]
            sx, sy = x + dx * size, y + bottom - side
            draw.rectangle((sx, sy, sx + side - 1, sy + side - 1), fill=40)
    image = image.rotate(0.4, resample=Image.Resampling.BICUBIC, fillcolor=255)
    noise = numpy.random.default_rng(seed).integers(-10, 11, (image.height, image.width))
    pixels = numpy.asarray(image, dtype=numpy.int16) - 12 + noise
    out = Image.fromarray(pixels.clip(0, 255).astype(numpy.uint8), "L")
    out.info["dpi"] = (200, 200)
    return out


@pytest.fixture(scope="module")
def scan_pdf(tmp_path_factory):
    """(image-only PDF of the scanned excerpt, the text-layer PDF it was made from, the scan)."""
    if not twins.soffice():
        pytest.skip("LibreOffice (soffice) not installed")
    tmp = tmp_path_factory.mktemp("scan")
    pdf = twins.pdf_twins({"excerpt": EXCERPT, "misread": "\n".join(MISREAD) + "\n", "table": TASK_TABLE}, tmp)["excerpt"]
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
    calls = []
    result = policyparse.parse(scanned, progress=lambda done, total: calls.append((done, total)))
    assert calls == [(0, 1), (1, 1)]
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


# ------------------------------------------------------------ repairs

def run_of(text: str, confs: list[float] | None = None, first: bool = True, pitch: float = 40.0):
    """A recognised run as OCR gives it: characters one pitch apart, all inside the detected ink."""
    xs = [100 + pitch * i for i in range(len(text))]
    return ocr._Run(box=[[80, 0], [xs[-1] + 30, 0], [xs[-1] + 30, 40], [80, 40]], ink=[(80, xs[-1] + 20)],
                    first=first, text=text, confs=confs or [0.99] * len(text), xs=xs)


@pytest.mark.parametrize("text, confs, first, repaired, counted", [
    ("景府办字〔2020]45号", None, True, "景府办字〔2020〕45号", {"〔〕": 1}),
    ("府厅发〔2019】15号）精神", None, True, "府厅发〔2019〕15号）精神", {"〔〕": 1}),
    ("片区（相关县[市、区]政府）", None, True, "片区（相关县〔市、区〕政府）", {"〔〕": 1}),
    ("【政策解读】关于", None, True, "【政策解读】关于", {}),  # a true pair of 【】 stays
    ("一）提升种植能力", None, True, "（一）提升种植能力", {"（": 1}),
    ("(十二）强化保障", None, True, "（十二）强化保障", {"（": 1}),
    ("一）不在行首", None, False, "一）不在行首", {}),  # not the start of a line: left alone
    ("一是提升能力", None, True, "一是提升能力", {}),
    ("研发10一15个产品，用5一10年", None, True, "研发10—15个产品，用5—10年", {"—": 2}),
    ("第一批", None, True, "第一批", {}),
    ("，坚持问题导向", [0.46] + [0.99] * 6, True, "坚持问题导向", {"specks": 1}),
    ("，坚持问题导向", [0.95] + [0.99] * 6, True, "，坚持问题导向", {}),  # read surely: kept
    ("项目。：（市文旅局）", [0.99] * 3 + [0.78] + [0.99] * 6, True, "项目。（市文旅局）", {"specks": 1}),
    ("本市中药.", [0.99] * 4 + [0.44], True, "本市中药", {"specks": 1}),
    ("设施、、科研", [0.99] * 3 + [0.68] + [0.99] * 2, True, "设施、科研", {"specks": 1}),
    ("培育壮大，推动", [0.99] * 4 + [0.8] + [0.99] * 2, True, "培育壮大，推动", {}),  # a real comma mid-line
])
def test_repairs_are_certain_from_the_shape_and_counted(text, confs, first, repaired, counted):
    from collections import Counter

    run = run_of(text, confs, first)
    counts: Counter = Counter()
    ocr.repair(run, counts)
    assert run.text == repaired
    assert +counts == Counter(counted)


def test_a_speck_squeezed_between_two_characters_is_dropped():
    """A mark needs an em of its own: one read with low confidence in less room is dust."""
    from collections import Counter

    run = run_of("坚持，以人", [0.99, 0.99, 0.5, 0.99, 0.99])
    run.xs = [100, 140, 160, 180, 220]  # the comma sits in the gap between 持 and 以
    counts: Counter = Counter()
    ocr.repair(run, counts)
    assert run.text == "坚持以人" and counts == Counter({"specks": 1})
    roomy = run_of("坚持，以人", [0.99, 0.99, 0.5, 0.99, 0.99])  # a comma with its own em
    ocr.repair(roomy, counts)
    assert roomy.text == "坚持，以人"


def test_repairs_note_names_each_kind():
    from collections import Counter

    assert ocr.repairs_note(Counter()) is None
    assert ocr.repairs_note(Counter({"〔〕": 3, "（": 2, "specks": 1})) == \
        "OCR repairs: 3 〔〕, 2 （, 1 specks read as punctuation dropped"


@needs_ocr
@needs_font
def test_misreads_on_a_rendered_scan_are_repaired_and_reported():
    specks = {4: (-0.5, 3), 5: (-0.5, 4)}  # dust before 坚持 and 强化, read as marks
    result = policyparse.parse_bytes(png_bytes(render(MISREAD, specks)), "misread.png")
    lines = result.text.splitlines()
    assert "景府办字〔2021〕7号" in lines
    assert "（一）加强组织领导" in lines
    assert "到2026年建成示范基地10—15个。" in lines
    assert "由相关县〔市、区〕政府负责。" in lines
    assert "坚持问题导向。" in lines and "强化责任落实。" in lines
    assert result.warnings[1] == "OCR repairs: 2 〔〕, 1 （, 1 —, 2 specks read as punctuation dropped"
    doc = result.documents[0]
    assert doc.metadata.doc_number == "景府办字〔2021〕7号"
    assert [(t.value, t.value_max) for t in doc.targets] == [(10.0, 15.0)]
    assert [(s.style, s.number, s.title) for s in doc.sections][:1] == [("paren_cn", 1, "加强组织领导")]


@needs_soffice
def test_text_layer_is_never_repaired(scan_pdf):
    """The same misreads typed into a text-layer PDF are the document's own text: kept as they are."""
    _, text_pdf, _ = scan_pdf
    layer = text_pdf.parent / "misread.pdf"  # made with the excerpt's
    decoded = read_pdf(layer.read_bytes(), "misread.pdf")
    assert "景府办字[2021]7号" in decoded.text and "10一15个" in decoded.text
    assert not any("OCR" in w for w in decoded.warnings)


# ------------------------------------------------------------ progress

@pytest.fixture(scope="module")
def three_page_tiff():
    """A three-frame TIFF, a short line on each page."""
    if not cjk_font():
        pytest.skip("no CJK font (Debian: fonts-noto-cjk)")
    frames = [render([line], seed=k).crop((0, 0, 700, 110)) for k, line in enumerate(
        ["一、总体要求", "二、重点任务", "三、保障措施"])]
    buf = io.BytesIO()
    frames[0].save(buf, "TIFF", save_all=True, append_images=frames[1:], dpi=(200, 200))
    return buf.getvalue()


@needs_ocr
def test_progress_is_called_for_each_page(three_page_tiff, scan_pdf):
    calls = []
    result = policyparse.parse_bytes(three_page_tiff, "pages.tif", progress=lambda done, total: calls.append((done, total)))
    assert calls == [(0, 3), (1, 3), (2, 3), (3, 3)]
    assert [s.title for s in result.documents[0].sections] == ["总体要求", "重点任务", "保障措施"]
    calls.clear()
    policyparse.parse(scan_pdf[1], progress=lambda done, total: calls.append((done, total)))
    assert calls == []  # a text layer: nothing read by OCR


@needs_ocr
def test_extract_shows_no_bar_when_stderr_is_not_a_terminal(three_page_tiff, tmp_path):
    tiff = tmp_path / "pages.tif"
    tiff.write_bytes(three_page_tiff)
    p = subprocess.run([sys.executable, "-m", "policyparse", "extract", str(tiff)], capture_output=True, timeout=300)
    assert p.returncode == 0
    lines = p.stderr.decode().splitlines()
    assert lines and all(line.startswith(f"policyparse: warning: {tiff}: ") for line in lines), lines
    assert b"\x1b" not in p.stderr and b"\r" not in p.stderr


@needs_ocr
def test_extract_shows_a_page_bar_in_a_terminal(three_page_tiff, tmp_path):
    import os
    import pty

    tiff = tmp_path / "pages.tif"
    tiff.write_bytes(three_page_tiff)
    master, slave = pty.openpty()
    try:
        p = subprocess.Popen([sys.executable, "-m", "policyparse", "extract", str(tiff), "-o", str(tmp_path / "out.json")],
                             stderr=slave, stdout=subprocess.DEVNULL, env={**os.environ, "TERM": "xterm", "COLUMNS": "100"})
        os.close(slave)
        seen = b""
        while True:
            try:
                chunk = os.read(master, 65536)
            except OSError:  # the child closed the terminal
                break
            if not chunk:
                break
            seen += chunk
        assert p.wait(timeout=300) == 0
    finally:
        os.close(master)
    text = seen.decode("utf-8", "replace")
    assert "OCR" in text and "/3" in text and "pages" in text
    assert "policyparse: warning:" in text  # the warnings follow the bar
    assert (tmp_path / "out.json").exists()


# ------------------------------------------------------------ tables

def test_a_page_without_a_table_has_no_rulings(scan_pdf):
    _, _, image = scan_pdf
    turned, horizontal, vertical = ocr.find_table_rulings(image, 200)
    assert (horizontal, vertical) == ([], []) and turned is image


@needs_ocr
def test_scanned_task_table_gives_its_assignments(scan_pdf, tmp_path):
    """A ruled table in a scan turned 0.6 degrees is read row by row, cells
    tab-separated as in text-layer PDFs: the assignments come out."""
    table_pdf = scan_pdf[1].parent / "table.pdf"
    scanned = tmp_path / "table-scan.pdf"
    twins.scan(table_pdf, angle=0.6, crop=0.55, seed=7).save(scanned, "PDF", resolution=200)
    result = policyparse.parse(scanned)
    rows = [line.split("\t") for line in result.text.splitlines() if "\t" in line]
    assert rows[0] == ["序号", "工作任务", "牵头单位", "责任单位", "完成时限"]
    assert [row[-4:] for row in rows[1:]] == [line.split("\t")[-4:] for line in TASK_TABLE.splitlines()[4:]]

    def tasks(r):
        doc = r.documents[0]
        return ([(x.lead, x.units) for x in doc.responsibilities],
                [(d.year, d.month) for d in doc.deadlines])

    expected = tasks(policyparse.parse_text(TASK_TABLE))
    assert len(expected[0]) == 3
    assert tasks(result) == expected
