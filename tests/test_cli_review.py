"""The review commands as a user runs them: report, outline with ids, explain."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SAMPLES = Path(__file__).parent.parent / "samples"
SAMPLE = SAMPLES / "000_ad0b7a859fe0dc26.txt"


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "policyparse", *args], capture_output=True, timeout=300)


def test_report_writes_one_self_contained_page(tmp_path):
    out = tmp_path / "r.html"
    p = run("report", str(SAMPLE), str(SAMPLES / "004_101cc4ddb3dd226f.txt"), "-o", str(out))
    assert p.returncode == 0, p.stderr
    page = out.read_text(encoding="utf-8")
    assert page.count('<div class="doc"') == 2 and "<script src" not in page and "<link" not in page
    assert 'data-kind="responsibilities"' in page and 'id="s-1"' in page


def test_report_of_a_missing_file_is_one_line(tmp_path):
    p = run("report", str(tmp_path / "nope.txt"), "-o", str(tmp_path / "r.html"))
    assert p.returncode == 1 and p.stderr.decode().count("\n") == 1 and b"Traceback" not in p.stderr


def test_report_of_a_batch_writes_an_index_linking_every_page(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    for name in ("000_ad0b7a859fe0dc26.txt", "001_07f7799f9f6e6fbb.txt"):
        (src / name).write_bytes((SAMPLES / name).read_bytes())
    (src / "broken.pdf").write_bytes(b"%PDF-1.4 not really")
    outdir = tmp_path / "out"
    run("batch", str(src), "-o", str(outdir), "--text", "-j", "1")
    p = run("report", str(outdir))
    assert p.returncode == 0, p.stderr
    index = (outdir / "report" / "index.html").read_text(encoding="utf-8")
    pages = sorted((outdir / "report").glob("0*.html"))
    assert len(pages) == 2
    assert all(f'href="{pg.name}"' in index for pg in pages)
    assert 'data-status="error"' in index and "broken.pdf" in index
    assert "mark class=\"hl" in pages[0].read_text(encoding="utf-8")


def test_outline_shows_section_ids_and_records():
    p = run("outline", str(SAMPLE), "--records")
    text = p.stdout.decode()
    assert p.returncode == 0
    assert "3.1" in text and "responsibilities[0]" in text


def test_extract_explain_adds_rules_and_default_output_has_none():
    plain = json.loads(run("extract", str(SAMPLE)).stdout)
    explained = json.loads(run("extract", str(SAMPLE), "--explain").stdout)
    assert "rule" not in plain["documents"][0]["deadlines"][0]
    assert explained["documents"][0]["deadlines"][0]["rule"]


def test_explain_names_the_rejecting_rule(tmp_path):
    f = tmp_path / "n.txt"
    f.write_text("一、工作目标\n2019年，全市已建成养老机构12家。到2025年，全市养老床位达到5000张。\n", encoding="utf-8")
    p = run("explain", str(f), "--why", "2019年", "--kind", "deadline")
    assert p.returncode == 0, p.stderr
    assert "reject" in p.stdout.decode() and "past-fact" in p.stdout.decode()
    p = run("explain", str(f), "--why", "不存在的文字")
    assert p.returncode == 1 and "does not occur" in p.stderr.decode()


def test_tasks_as_csv_and_jsonl(tmp_path):
    import csv

    out = tmp_path / "t.csv"
    p = run("tasks", str(SAMPLES / "002_6327faf7a73cc827.txt"), "-f", "csv", "-o", str(out))
    assert p.returncode == 0, p.stderr
    raw = out.read_bytes()
    assert raw.startswith("\ufeff".encode())
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    led = [r for r in rows if json.loads(r["lead"])]
    assert led and all(json.loads(r["lead"])[0] in json.loads(r["units"]) for r in led)
    p = run("tasks", str(SAMPLES / "002_6327faf7a73cc827.txt"), "-f", "jsonl")
    lines = [json.loads(x) for x in p.stdout.decode().splitlines()]
    assert len(lines) == len(rows) and lines[0]["file"].endswith("002_6327faf7a73cc827.txt")


def test_tasks_table_in_the_terminal():
    p = run("tasks", str(SAMPLE))
    assert p.returncode == 0 and "tasks" in p.stdout.decode() and "市农业农村局" in p.stdout.decode()
