"""A batch always finishes: outputs that cannot be written, links in OUTDIR, archives that
cost more than they should, workers out of memory, scripts without a main guard.

Every input is generated here, small: real zip and tar archives, real worker processes.
"""
from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from policyparse.batch import BatchError, run_batch
from policyparse.batch.outputs import MAX_NAME_BYTES

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
NOTICE = (SAMPLES / "001_07f7799f9f6e6fbb.txt").read_bytes()


def zip_of(members: list[tuple[str, bytes]]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members:
            zf.writestr(name, data)
    return buf.getvalue()


def manifest(outdir: Path) -> dict[str, dict]:
    lines = (outdir / "manifest.jsonl").read_text(encoding="utf-8").splitlines()
    return {e["name"]: e for e in map(json.loads, lines)}


# ---------------------------------------------------------------- outputs that cannot be written

def test_long_member_names_and_clashing_outputs_do_not_stop_the_batch(tmp_path: Path):
    long_title = "关于印发" + "市级重点产业链高质量发展专项资金管理办法的通知" * 5  # 114 characters, 342 bytes
    too_deep = "/".join(["层" * 80] * 18) + "/深.txt"  # every part fits; the whole path does not
    members = [(f"{long_title}.txt", NOTICE), ("d.txt", NOTICE), ("d.json/e.txt", NOTICE),
               (too_deep, NOTICE), ("manifest.txt", NOTICE), ("after.txt", NOTICE)]
    archive = tmp_path / "公告.zip"
    archive.write_bytes(zip_of(members))
    out = tmp_path / "out"
    summary = run_batch([archive], out, formats=["json", "jsonl"], jobs=1)
    m = manifest(out)
    assert summary.ok == 5 and summary.error == 1, summary.failures
    failed = m[f"公告.zip/{too_deep}"]
    assert failed["status"] == "error" and "cannot write" in failed["error"] and "\n" not in failed["error"]
    outputs = {name: e["output"] for name, e in m.items() if e["status"] == "ok"}
    for name, output in outputs.items():
        assert (out / output).is_file(), name
        assert all(len(part.encode()) <= MAX_NAME_BYTES for part in output.split("/"))
    long_out = outputs[f"公告.zip/{long_title}.txt"]
    assert long_out.startswith(f"公告.zip/{long_title[:60]}") and long_out.endswith(".json")
    assert outputs["公告.zip/d.json/e.txt"] == "公告.zip/d.json/e.json"
    assert outputs["公告.zip/d.txt"] == "公告.zip/d~2.json"
    assert len((out / "results.jsonl").read_text(encoding="utf-8").splitlines()) == 5

    again = run_batch([archive], out, formats=["json", "jsonl"], jobs=1, resume=True)
    assert (again.resumed, again.ok, again.error) == (5, 5, 1)


def test_outputs_stay_out_of_the_batch_state(tmp_path: Path):
    out = tmp_path / "out"
    inputs = [(".policyparse/parts/x.txt", NOTICE), ("d.json", NOTICE), ("d.json/e.txt", NOTICE)]
    summary = run_batch(inputs, out, formats=["json", "jsonl"], jobs=1)
    assert summary.ok == 3, summary.failures
    outputs = {n: e["output"] for n, e in manifest(out).items()}
    assert outputs == {".policyparse/parts/x.txt": "_policyparse/parts/x.json", "d.json": "d~2.json",
                       "d.json/e.txt": "d.json/e.json"}
    assert all(p.suffix == ".json" and len(p.stem) == 32 for p in (out / ".policyparse" / "parts").iterdir())


# ---------------------------------------------------------------- links inside OUTDIR

@pytest.mark.parametrize("link", [".policyparse", ".policyparse/parts", ".policyparse/tmp", "manifest.jsonl"])
def test_a_link_in_outdir_is_refused_and_never_followed(tmp_path: Path, link: str):
    out, elsewhere = tmp_path / "out", tmp_path / "elsewhere"
    elsewhere.mkdir()
    target = elsewhere / "x"
    if link != "manifest.jsonl":
        target.mkdir()
    (out / link).parent.mkdir(parents=True, exist_ok=True)
    (out / link).symlink_to(target)
    with pytest.raises(BatchError, match="symbolic link; refused"):
        run_batch([("a.txt", NOTICE)], out, formats=["json", "jsonl"], jobs=1)
    assert [p for p in elsewhere.rglob("*") if p != target] == []
    assert not target.is_file() or target.stat().st_size == 0
    p = subprocess.run([sys.executable, "-m", "policyparse", "batch", str(SAMPLES / "001_07f7799f9f6e6fbb.txt"),
                        "-o", str(out), "-f", "jsonl"], capture_output=True, timeout=120)
    err = p.stderr.decode()
    assert p.returncode == 1 and err.count("\n") == 1 and "symbolic link; refused" in err, err
