"""The output contract: the JSON Schema validates what extract and batch write, and it loads back."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema

from policyparse.models import ParseResult

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "policyparse", *args], capture_output=True, text=True,
                          timeout=600)


def validator() -> jsonschema.Draft202012Validator:
    p = cli("schema")
    assert p.returncode == 0, p.stderr
    schema = json.loads(p.stdout)
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


def check(v: jsonschema.Draft202012Validator, text: str, where: str) -> None:
    errors = sorted(v.iter_errors(json.loads(text)), key=lambda e: list(e.path))
    assert not errors, f"{where}: {errors[0].message} at {list(errors[0].path)}"
    loaded = ParseResult.model_validate_json(text)
    assert loaded.text == "" and loaded.documents is not None
    assert json.loads(loaded.model_dump_json(exclude={"text"})) == json.loads(text), where


def test_the_schema_validates_extract_output_of_every_sample_and_it_loads_back():
    v = validator()
    files = sorted(p for p in SAMPLES.iterdir() if p.is_file() and p.suffix != ".md")
    p = cli("extract", *map(str, files), "--format", "jsonl")
    errors = [line for line in p.stderr.splitlines() if ": error: " in line]
    lines = p.stdout.splitlines()
    assert len(lines) + len(errors) == len(files) and len(lines) >= len(files) - 1, p.stderr
    for line in lines:
        check(v, line, json.loads(line)["source"]["path"])
    p = cli("extract", str(files[0]))  # the indented default as well
    check(v, p.stdout, str(files[0]))
    p = cli("extract", str(files[0]), "--text")  # with --text the text is there and valid
    assert not list(v.iter_errors(json.loads(p.stdout))) and ParseResult.model_validate_json(p.stdout).text
    p = cli("extract", str(files[0]), "--explain")  # the rule names are in the schema too
    assert '"rule":' in p.stdout and not list(v.iter_errors(json.loads(p.stdout)))
    assert ParseResult.model_validate_json(p.stdout).documents[0].sections[0].rule


def test_the_schema_validates_batch_json_and_jsonl_and_they_load_back(tmp_path: Path):
    v = validator()
    out = tmp_path / "out"
    files = sorted(p for p in SAMPLES.iterdir() if p.is_file())  # bad/ is left out: it fails on purpose
    p = cli("batch", *map(str, files), "-o", str(out), "-f", "json,jsonl", "-j", "2")
    entries = [json.loads(line) for line in (out / "manifest.jsonl").read_text(encoding="utf-8").splitlines()]
    ok = [e for e in entries if e["status"] == "ok"]
    assert len(ok) == len(entries) == len(files), p.stderr
    for e in ok:
        check(v, (out / e["output"]).read_text(encoding="utf-8"), e["output"])
    lines = (out / "results.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(ok)
    for line in lines:
        check(v, line, "results.jsonl")
