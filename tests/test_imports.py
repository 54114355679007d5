"""Heavy libraries are imported only by the code paths that need them."""
import subprocess
import sys

HEAVY = ("jieba", "pdfplumber", "pypdfium2", "docx", "pandas", "pdfminer", "policyparse.batch")


def test_import_and_text_parse_load_no_heavy_library():
    code = ("import sys, policyparse; policyparse.parse_text('一、总体要求\\n到2025年完成。'); "
            f"print([m for m in {HEAVY!r} if m in sys.modules])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
