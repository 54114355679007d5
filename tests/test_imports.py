"""Heavy libraries are imported only by the code paths that need them."""
import subprocess
import sys

import policyparse

HEAVY = ("jieba", "pdfplumber", "pypdfium2", "docx", "pandas", "pdfminer", "policyparse.batch")
# What `policyparse --help` and a bare `import policyparse` have no use for.
NOT_AT_START = HEAVY + ("pydantic", "regex", "policyparse.models", "policyparse.pipeline", "importlib.metadata")


def loaded(code: str, watch: tuple[str, ...]) -> list[str]:
    """The modules of ``watch`` that running ``code`` in a fresh interpreter imports."""
    probe = f"{code}\nimport sys\nprint([m for m in {watch!r} if m in sys.modules])"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    return eval(out.strip().splitlines()[-1])


def test_import_and_text_parse_load_no_heavy_library():
    assert loaded("import policyparse; policyparse.parse_text('一、总体要求\\n到2025年完成。')", HEAVY) == []


def test_tables_load_pandas_and_xlsxwriter_only_when_used():
    code = "import policyparse.dataframes, policyparse.xlsx, policyparse.batch"
    assert loaded(code, ("pandas", "xlsxwriter", "openpyxl")) == []
    code = "import policyparse; policyparse.parse_text('一、总体要求').to_frames()"
    assert loaded(code, ("pandas", "xlsxwriter")) == ["pandas"]


def test_import_alone_loads_neither_models_nor_rules():
    assert loaded("import policyparse", NOT_AT_START) == []


def run_cli(args: list[str]) -> str:
    return ("from policyparse.cli import app\n"
            f"try:\n    app({args!r}, prog_name='policyparse')\nexcept SystemExit:\n    pass")


def test_help_and_version_load_neither_models_nor_rules():
    for args in (["--help"], ["--version"]):
        assert loaded(run_cli(args), NOT_AT_START) == [], args
    # typer itself loads pydantic to build a command's options; the rules still wait.
    own = tuple(m for m in NOT_AT_START if m not in ("pydantic", "importlib.metadata"))
    assert loaded(run_cli(["extract", "--help"]), own) == []


def test_names_load_on_first_use_and_are_listed():
    from policyparse import ParseResult, parse_text

    assert isinstance(parse_text("一、总体要求"), ParseResult)
    assert {"parse", "parse_many", "Target", "InputError", "__version__"} <= set(dir(policyparse))
    assert set(policyparse.__all__) <= set(dir(policyparse))
    try:
        policyparse.no_such_name
    except AttributeError as exc:
        assert "no_such_name" in str(exc)
    else:
        raise AssertionError("unknown names must raise AttributeError")
