"""The command line, run as a user runs it."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

SAMPLES = Path(__file__).parent.parent / "samples"
SAMPLE = SAMPLES / "000_ad0b7a859fe0dc26.txt"


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "policyparse", *args], input=stdin,
                          capture_output=True, timeout=120)


def test_extract_prints_the_output_contract():
    p = run("extract", str(SAMPLE))
    assert p.returncode == 0, p.stderr
    out = json.loads(p.stdout)
    assert out["schema_version"] == "1"
    assert out["source"]["format"] == "txt" and out["source"]["encoding"] == "utf-8"
    assert len(out["source"]["sha256"]) == 64
    doc = out["documents"][0]
    assert doc["metadata"]["doc_number"] == "景府办字〔2020〕45号"
    assert doc["metadata"]["date"] == "2020-08-11"
    first = doc["sections"][0]
    assert {"level", "style", "number", "marker", "title", "span", "children"} <= first.keys()
    for field in ("responsibilities", "funding", "deadlines", "targets"):
        assert isinstance(doc[field], list)
    assert "text" not in out
    # stderr holds the result's warnings (the sample's signature blob is removed), nothing else
    warned = [f"policyparse: warning: {SAMPLE}: {w}".encode() for w in out["warnings"]]
    assert p.stderr.splitlines() == warned


def test_extract_with_text_spans_index_into_it():
    out = json.loads(run("extract", "--text", str(SAMPLE)).stdout)
    s = out["documents"][0]["sections"][0]
    assert out["text"][s["span"][0]:s["span"][1]].startswith(s["marker"] + s["title"])


def test_extract_stdin_jsonl_and_output_file(tmp_path):
    p = run("extract", "-", "--format", "jsonl", stdin=SAMPLE.read_bytes())
    lines = p.stdout.decode().splitlines()
    assert p.returncode == 0 and len(lines) == 1
    assert json.loads(lines[0])["source"]["path"] == "<stdin>"
    out = tmp_path / "out.json"
    p = run("extract", str(SAMPLE), str(SAMPLES / "003_35d0fd290feb9fa4.txt"), "-o", str(out))
    assert p.returncode == 0 and p.stdout == b""
    results = json.loads(out.read_text(encoding="utf-8"))
    assert [len(r["documents"]) for r in results] == [1, 5]


@pytest.mark.parametrize("name,content,reason", [
    ("missing.txt", None, "no such file"),
    ("", None, "is a directory"),
    ("empty.txt", b"", "file is empty"),
    ("junk.txt", bytes(range(256)) * 10, "binary"),
])
def test_bad_input_one_line_error_no_traceback(tmp_path, name, content, reason):
    path = tmp_path / name if name else tmp_path
    if content is not None:
        path.write_bytes(content)
    p = run("extract", str(path))
    err = p.stderr.decode()
    assert p.returncode == 1
    assert err.count("\n") == 1 and str(path) in err and reason in err
    assert "Traceback" not in err and p.stdout == b""


def test_a_repaired_file_is_converted_with_a_warning_on_stderr(tmp_path):
    f = tmp_path / "padded.txt"
    f.write_bytes(SAMPLE.read_bytes() + b"\x00" * 3)
    p = run("extract", str(f))
    assert p.returncode == 0
    warnings = json.loads(p.stdout)["warnings"]
    assert warnings[0] == "removed 3 NUL bytes from the text"  # then what cleaning removed, if much
    assert p.stderr.decode() == "".join(f"policyparse: warning: {f}: {w}\n" for w in warnings)


def test_one_bad_file_does_not_stop_the_others(tmp_path):
    p = run("extract", "--format", "jsonl", str(tmp_path / "missing.txt"), str(SAMPLE))
    assert p.returncode == 1
    assert len(p.stdout.decode().splitlines()) == 1


def test_outline_schema_version_help():
    p = run("outline", str(SAMPLES / "004_101cc4ddb3dd226f.txt"))
    assert p.returncode == 0 and "专栏1" in p.stdout.decode() and "中医养生保健服务建设项目" in p.stdout.decode()
    schema = json.loads(run("schema").stdout)
    assert "documents" in schema["properties"] and "Section" in schema["$defs"]
    assert run("--version").stdout.decode().startswith("policyparse ")
    help_text = run("--help").stdout.decode()
    assert "policyparse extract notice.txt" in help_text
