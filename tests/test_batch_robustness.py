"""A batch always finishes: outputs that cannot be written, links in OUTDIR, archives that
cost more than they should, workers out of memory, scripts without a main guard.

Every input is generated here, small: real zip and tar archives, real worker processes.
"""
from __future__ import annotations

import collections
import io
import json
import struct
import subprocess
import sys
import tarfile
import time
import zipfile
from pathlib import Path

import pytest

from policyparse.batch import BatchError, Limits, WorkerPool, discover, run_batch
from policyparse.batch.discover import MemberReader
from policyparse.batch.outputs import MAX_NAME_BYTES
from policyparse.errors import InputError

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


# ---------------------------------------------------------------- archive limits that add up

def overlapping_zip(copies: int, member: bytes) -> bytes:
    """A zip of one deflated member whose central directory lists it ``copies`` times,
    every entry pointing at the same compressed stream (a full-overlap zip bomb)."""
    data = zip_of([("a.txt", member)])
    cd_start, eocd = data.index(b"PK\x01\x02"), data.index(b"PK\x05\x06")
    record = data[cd_start:eocd]
    directory = record * copies
    end = b"PK\x05\x06" + struct.pack("<HHHHIIH", 0, 0, copies, copies, len(directory), cd_start, 0)
    return data[:cd_start] + directory + end


def held(items) -> int:
    return sum(len(i.data or b"") for i in items)


def test_overlapping_zip_entries_are_refused_before_inflating(tmp_path: Path):
    bomb = tmp_path / "overlap.zip"
    bomb.write_bytes(overlapping_zip(1000, b"\xe3\x80\x80" * (300 << 10)))  # 900 KiB each, 1000 times
    assert bomb.stat().st_size < 100_000
    with zipfile.ZipFile(bomb) as zf:  # zipfile itself would read every entry in full
        assert len(zf.infolist()) == 1000 and zf.read(zf.infolist()[999]) == zf.read(zf.infolist()[0])
    items = discover([bomb])
    assert len(items) == 1 and items[0].status == "error" and held(items) == 0
    assert "overlap" in items[0].reason and "zip bomb" in items[0].reason


def test_the_size_budget_is_for_the_whole_batch(tmp_path: Path):
    d = tmp_path / "in"
    d.mkdir()
    for k in range(3):  # each alone is within the budget; together they are not
        (d / f"copy{k}.zip").write_bytes(zip_of([(f"n{j}.txt", NOTICE) for j in range(8)]))
    budget = 20 * len(NOTICE)
    items = discover([d], limits=Limits(max_total_bytes=budget))
    assert held(items) <= budget
    refused = [i for i in items if i.status]
    assert refused and all("total size limit" in i.reason for i in refused)
    assert sum(i.status is None for i in items) == 20
    assert [i.name for i in items if i.status is None][-1].startswith("in/copy2.zip/")


def test_nested_members_just_under_the_member_ratio_floor_still_add_up(tmp_path: Path):
    inner = zip_of([(f"m{k:04d}.txt", b"0" * (1 << 20)) for k in range(300)])  # 300 MiB of zeros
    outer = tmp_path / "nested.zip"
    outer.write_bytes(zip_of([("inner.zip", inner), ("ok.txt", NOTICE)]))
    assert outer.stat().st_size < 200_000
    started = time.perf_counter()
    items = discover([outer])
    assert time.perf_counter() - started < 30
    assert held(items) < 8 << 20  # the parent never holds more than a few members
    refused = [i for i in items if i.status]
    assert refused and "ratio limit" in refused[-1].reason


def test_every_tar_entry_counts_directories_included(tmp_path: Path):
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as tf:
        for k in range(2000):
            info = tarfile.TarInfo(f"d{k}")
            info.type = tarfile.DIRTYPE
            tf.addfile(info)
        info = tarfile.TarInfo("late.txt")
        info.size = len(NOTICE)
        tf.addfile(info, io.BytesIO(NOTICE))
    t = tmp_path / "dirs.tar.gz"
    t.write_bytes(buf.getvalue())
    items = discover([t], limits=Limits(max_members=1000))
    assert len(items) == 1 and items[0].status == "error" and "member count limit" in items[0].reason


def test_a_zip_declaring_too_many_entries_is_refused_from_its_end_record(tmp_path: Path):
    z = tmp_path / "many.zip"
    z.write_bytes(zip_of([(f"n{k}.txt", b"x") for k in range(50)]))
    first = tmp_path / "first.zip"
    first.write_bytes(zip_of([(f"f{k}.txt", NOTICE) for k in range(30)]))
    items = discover([first, z], limits=Limits(max_members=60))
    assert sum(i.status is None for i in items) == 30
    assert items[-1].name == "many.zip" and "50 entries, over the limit of 60 for the batch" in items[-1].reason


# ---------------------------------------------------------------- workers out of memory

class Bloat:
    """A task that takes 8 GiB to unpickle: the worker runs out of memory receiving it."""

    def __reduce__(self):
        return (bytearray, (8 << 30,))


def _echo(task):
    return len(task)


def _allocate(task):
    return len(bytearray(task << 30))


def test_a_worker_out_of_memory_says_so_with_its_cap():
    pool = WorkerPool(_allocate, jobs=1, memory_limit_mb=1024)
    [hog] = list(pool.imap_unordered([8]))
    assert hog.kind == "raised" and hog.message == "MemoryError: out of memory at 1024 MiB (the worker's memory cap)"
    pool = WorkerPool(_echo, jobs=1, memory_limit_mb=1024)
    results = list(pool.imap_unordered([Bloat(), b"abc"]))
    crash = next(r for r in results if isinstance(r.task, Bloat))
    assert crash.kind == "crash" and crash.message.startswith("out of memory at 1024 MiB"), crash.message
    assert next(r for r in results if r.task == b"abc").value == 3  # a fresh worker took the next task


# ---------------------------------------------------------------- parse_many from a plain script

SCRIPT = """import policyparse

{indent}for name, result in policyparse.parse_many([{paths}], jobs=2):
{indent}    print(name, type(result).__name__)
{indent}print("done")
"""


@pytest.mark.parametrize("guarded", [False, True])
def test_parse_many_in_a_plain_script(tmp_path: Path, guarded: bool):
    paths = ", ".join(repr(str(p)) for p in sorted(SAMPLES.glob("00[01]_*.txt")))
    body = SCRIPT.format(indent="    " if guarded else "", paths=paths)
    if guarded:
        body = body.replace("\n    for name", '\nif __name__ == "__main__":\n    for name', 1)
    script = tmp_path / "convert.py"
    script.write_text(body, encoding="utf-8")
    p = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120, cwd=tmp_path)
    if guarded:
        assert p.returncode == 0 and p.stdout.count("ParseResult") == 2 and "done" in p.stdout, p.stderr
        return
    assert p.returncode == 1 and "done" not in p.stdout
    last = p.stderr.strip().splitlines()[-1]
    assert last.endswith('put the code that starts the batch under `if __name__ == "__main__":`'), p.stderr
    assert str(script) in last and "RuntimeError" not in p.stderr and len(p.stderr.splitlines()) < 20


# ---------------------------------------------------------------- default patterns

def test_default_patterns_take_every_format_read_and_the_rest_is_reported(tmp_path: Path):
    from policyparse.readers import READERS

    d = tmp_path / "site"
    d.mkdir()
    for ext in (".doc", ".wps", ".md", ".shtml", ".htm", ".txt", ".png", ".xlsx", ".PNG"):
        (d / f"n{ext}").write_bytes(NOTICE)
    (d / "README").write_bytes(b"x")
    unmatched: collections.Counter = collections.Counter()
    items = discover([d], unmatched=unmatched)
    assert {Path(i.name).suffix for i in items} == {".doc", ".wps", ".md", ".shtml", ".htm", ".txt"}
    assert {Path(i.name).suffix for i in items} <= set(READERS)
    assert unmatched == {".png": 2, ".xlsx": 1, "(no extension)": 1}
    for ext in (".doc", ".wps"):
        (d / f"n{ext}").unlink()  # LibreOffice is slow; discovery above is what matters for them
    p = subprocess.run([sys.executable, "-m", "policyparse", "batch", str(d), "-o", str(tmp_path / "out"),
                        "-f", "jsonl"], capture_output=True, text=True, timeout=180)
    assert p.returncode == 0, p.stderr
    assert "not parsed, as no --glob pattern takes them: 2 .png, 1 (no extension), 1 .xlsx" in p.stderr
    assert len((tmp_path / "out" / "results.jsonl").read_text(encoding="utf-8").splitlines()) == 4


# ---------------------------------------------------------------- members read when their turn comes

def test_members_of_a_zip_on_disk_are_read_when_parsed_and_a_bad_one_fails_alone(tmp_path: Path):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as zf:
        for name in ("a.txt", "b.txt", "c.txt"):
            zf.writestr(name, NOTICE)
    data = bytearray(buf.getvalue())
    second = data.index(b"b.txt") + len(b"b.txt")  # the stored bytes of b.txt follow its local header
    data[second + 100] ^= 0xFF  # one flipped byte: its CRC no longer matches
    z = tmp_path / "three.zip"
    z.write_bytes(bytes(data))
    items = discover([z])
    assert [i.name for i in items] == ["three.zip/a.txt", "three.zip/b.txt", "three.zip/c.txt"]
    assert all(i.data is None and i.entry is not None for i in items)  # nothing held from discovery on
    out = tmp_path / "out"
    summary = run_batch([z], out, formats=["jsonl"], jobs=1)
    m = manifest(out)
    assert summary.ok == 2 and m["three.zip/b.txt"]["status"] == "error"
    assert m["three.zip/b.txt"]["error"] == f"{z}/b.txt: cannot read archive member (Bad CRC-32 for file 'b.txt')"


def test_a_zip_that_changes_after_discovery_is_not_misread(tmp_path: Path):
    z = tmp_path / "moving.zip"
    z.write_bytes(zip_of([("a.txt", NOTICE), ("b.txt", NOTICE)]))
    items = discover([z])
    z.write_bytes(zip_of([("b.txt", NOTICE), ("a.txt", b"other")]))
    reader = MemberReader()
    try:
        with pytest.raises(InputError, match="the archive changed since it was listed"):
            reader.read(items[0])
    finally:
        reader.close()
