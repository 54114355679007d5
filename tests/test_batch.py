"""Batch conversion: discovery, archive safety, isolation of bad files, outputs, resume.

Everything runs on real files: the sample texts (copied and varied), real zip
and tar.gz archives built here, worker processes that really hang, crash or
get killed, and a real ``python -m policyparse batch`` killed with SIGKILL.
"""
from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
import signal
import sqlite3
import stat
import subprocess
import sys
import tarfile
import time
import zipfile
from pathlib import Path

import pytest

import policyparse
from policyparse.batch import (
    BatchItemError, Limits, WorkerPool, discover, json_output_names, parse_many, process,
    run_batch, safe_member_path, zip_member_name,
)
from policyparse.errors import PolicyParseError
from policyparse.models import RECORD_KINDS

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
TEXTS = sorted(SAMPLES.glob("*.txt"))
SMALL = [p for p in TEXTS if p.stat().st_size < 30_000]  # all but the 138 KB one
TABLES = ("documents", "sections", *(k.name for k in RECORD_KINDS))


def text(p: Path) -> str:
    return p.read_text(encoding="utf-8")


def vary(src: str, k: int) -> str:
    """A different but equally valid notice: other years and amounts, units swapped."""
    out = re.sub(r"20(2\d)年", lambda m: f"20{int(m.group(1)) + k % 5}年", src)
    out = re.sub(r"(\d+)(万元|亿元|亩|个)", lambda m: f"{int(m.group(1)) + k}{m.group(2)}", out)
    if k % 2:
        out = out.replace("市财政局", "市审计局").replace("市卫健委", "市民政局")
    return out


def manifest(outdir: Path) -> dict[str, dict]:
    lines = (outdir / "manifest.jsonl").read_text(encoding="utf-8").splitlines()
    entries = [json.loads(line) for line in lines]
    assert len({e["name"] for e in entries}) == len(entries), "one line per input"
    return {e["name"]: e for e in entries}


def files_under(root: Path) -> dict[str, bytes]:
    """Every output file under root, by relative path (the batch's own state left out)."""
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file() and ".policyparse" not in p.parts and p.name != "manifest.jsonl"
            and p.suffix != ".sqlite"}


def sqlite_records(path: Path) -> dict[str, list[tuple]]:
    db = sqlite3.connect(path)
    try:
        return {t: db.execute(f"SELECT * FROM {t} ORDER BY 1, 2, 3").fetchall() for t in TABLES}
    finally:
        db.close()


class GBKZipInfo(zipfile.ZipInfo):
    """Writes its name as GBK bytes without the UTF-8 flag, as Chinese Windows tools do."""

    def _encodeFilenameFlags(self):
        return self.filename.encode("gbk"), self.flag_bits & ~0x800


def zip_bytes(members: list[tuple[str, bytes]], gbk: bool = False) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members:
            info = (GBKZipInfo if gbk else zipfile.ZipInfo)(name, date_time=(2024, 1, 2, 3, 4, 5))
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, data)
    return buf.getvalue()


def tar_gz_bytes(members: list[tuple[str, bytes]], links: dict[str, str] | None = None) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz", format=tarfile.GNU_FORMAT, encoding="utf-8") as tf:
        for name, data in members:
            info = tarfile.TarInfo(name)
            info.size, info.mtime = len(data), 1_700_000_000
            tf.addfile(info, io.BytesIO(data))
        for name, target in (links or {}).items():
            info = tarfile.TarInfo(name)
            info.type, info.linkname = tarfile.SYMTYPE, target
            tf.addfile(info)
    return buf.getvalue()


@pytest.fixture
def notices(tmp_path: Path) -> Path:
    """A folder of notices: the small samples, varied copies in a subfolder, a .docx, noise."""
    d = tmp_path / "notices"
    (d / "2023").mkdir(parents=True)
    for p in SMALL:
        (d / p.name).write_text(text(p), encoding="utf-8")
        (d / "2023" / f"v_{p.name}").write_text(vary(text(p), 3), encoding="utf-8")
    (d / "report.docx").write_bytes((SAMPLES / "004_101cc4ddb3dd226f.docx").read_bytes())
    (d / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n not a notice")
    (d / ".hidden.txt").write_text("一、隐藏", encoding="utf-8")
    return d


# ---------------------------------------------------------------- pieces

def test_member_paths_that_could_escape_are_refused():
    assert safe_member_path("通知\\a.txt") == "通知/a.txt"
    assert safe_member_path("./a//b.txt") == "a/b.txt"
    for bad in ("../evil.txt", "/abs.txt", "a/../../b.txt", "C:\\x.txt", "\\\\server\\x.txt", "", "a/\x00b"):
        assert safe_member_path(bad) is None, bad


def test_gbk_zip_names_are_decoded():
    name = "通知/关于印发热敏灸产业发展实施方案的通知.txt"
    data = zip_bytes([(name, "一、目标".encode())], gbk=True)
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        info = zf.infolist()[0]
        assert not info.flag_bits & 0x800 and info.filename != name  # zipfile sees CP437 mojibake
        assert zip_member_name(info) == name
    with zipfile.ZipFile(io.BytesIO(zip_bytes([(name, b"x")]))) as zf:  # the UTF-8 flag
        assert zip_member_name(zf.infolist()[0]) == name


def test_json_output_names_keep_the_extension_only_when_needed():
    items = discover([("a.txt", b"x"), ("a.pdf", b"x"), ("b.txt", b"x")])
    assert json_output_names(items) == {"a.txt": "a.txt.json", "a.pdf": "a.pdf.json", "b.txt": "b.json"}
    twice = discover([("a.txt", b"1"), ("a.txt", b"2")])
    assert [i.name for i in twice] == ["a.txt", "a~2.txt"]


def test_process_is_a_picklable_pure_function():
    import pickle

    item = discover([("x/notice.txt", SMALL[0].read_bytes())])[0]
    out = pickle.loads(pickle.dumps(process(pickle.loads(pickle.dumps(item)))))
    assert out.status == "ok" and out.error is None
    assert out.sha256 == hashlib.sha256(SMALL[0].read_bytes()).hexdigest()
    assert out.counts["documents"] >= 1 and out.counts["responsibilities"] > 0
    assert json.loads(out.json)["source"]["path"] == "x/notice.txt"
    bad = process(discover([("broken.docx", b"PK\x03\x04 not really")])[0])
    assert bad.status == "error" and bad.error.startswith("broken.docx: ") and "\n" not in bad.error


# ---------------------------------------------------------------- folders and archives

def test_folder_outputs_mirror_relative_paths(notices: Path, tmp_path: Path):
    out = tmp_path / "out"
    summary = run_batch([notices], out, jobs=2, timeout=60)
    assert summary.error == 0 and summary.ok == summary.total == 2 * len(SMALL) + 1
    m = manifest(out)
    for p in SMALL:
        e = m[f"notices/{p.name}"]
        assert e["status"] == "ok" and e["sha256"] == hashlib.sha256(p.read_bytes()).hexdigest()
        assert e["output"] == f"notices/{p.stem}.json" and e["counts"]["documents"] >= 1
        written = (out / "notices" / f"{p.stem}.json").read_text(encoding="utf-8")
        expected = policyparse.parse(notices / p.name).model_dump_json(exclude={"text"}, indent=2)
        assert written == expected + "\n"
        assert (out / "notices" / "2023" / f"v_{p.stem}.json").is_file()
    assert (out / "notices" / "report.json").is_file()
    assert not any("photo" in n or "hidden" in n for n in m)  # glob filter, hidden files


def test_glob_filter(notices: Path, tmp_path: Path):
    out = tmp_path / "out"
    summary = run_batch([notices], out, globs=["2023/*.txt"], jobs=1)
    assert summary.ok == len(SMALL) and all(n.startswith("notices/2023/") for n in manifest(out))


def test_zip_and_tar_gz_members_are_read_in_memory(tmp_path: Path):
    gbk_name = "通知/关于印发实施方案的通知.txt"
    inner = tar_gz_bytes([("内层/b.txt", vary(text(SMALL[1]), 2).encode("gb18030"))])
    (tmp_path / "in").mkdir()
    z = tmp_path / "in" / "文件.zip"
    z.write_bytes(_merge_zip([(gbk_name, text(SMALL[0]).encode(), True),
                              ("utf8/规划.txt", text(SMALL[2]).encode(), False),
                              ("inner.tar.gz", inner, False),
                              ("readme.png", b"not a notice", False)]))
    t = tmp_path / "in" / "more.tgz"
    t.write_bytes(tar_gz_bytes([("a/通知一.txt", vary(text(SMALL[3]), 1).encode()),
                                ("b/通知二.txt", "一、总体要求".encode("gbk"))]))
    before = sorted(p.name for p in (tmp_path / "in").iterdir())
    out = tmp_path / "out"
    summary = run_batch([z, t], out, formats=["json", "jsonl"], jobs=2)
    m = manifest(out)
    assert summary.error == 0, summary.failures
    assert m[f"文件.zip/{gbk_name}"]["member"] == gbk_name
    assert (out / "文件.zip" / "通知" / "关于印发实施方案的通知.json").is_file()
    assert (out / "文件.zip" / "utf8" / "规划.json").is_file()
    assert m["文件.zip/inner.tar.gz/内层/b.txt"]["member"] == "inner.tar.gz/内层/b.txt"
    assert (out / "文件.zip" / "inner.tar.gz" / "内层" / "b.json").is_file()
    assert (out / "more.tgz" / "a" / "通知一.json").is_file() and m["more.tgz/b/通知二.txt"]["status"] == "ok"
    assert not any("readme" in n for n in m)
    lines = [json.loads(x) for x in (out / "results.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [x["source"]["path"] for x in lines] == [
        f"{z}/{gbk_name}", f"{z}/utf8/规划.txt", f"{z}/inner.tar.gz/内层/b.txt",
        f"{t}/a/通知一.txt", f"{t}/b/通知二.txt"]
    # nothing was extracted next to the archives
    assert sorted(p.name for p in (tmp_path / "in").iterdir()) == before


def _merge_zip(members: list[tuple[str, bytes, bool]]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data, gbk in members:
            info = (GBKZipInfo if gbk else zipfile.ZipInfo)(name, date_time=(2024, 1, 2, 3, 4, 5))
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, data)
    return buf.getvalue()


def test_zip_slip_and_links_are_refused_and_nothing_lands_outside(tmp_path: Path):
    work = tmp_path / "a" / "b"
    work.mkdir(parents=True)
    good = text(SMALL[0]).encode()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("../evil.txt", good)
        zf.writestr("../../../../../../tmp/evil2.txt", good)
        zf.writestr("/abs.txt", good)
        zf.writestr("ok/../../sneaky.txt", good)
        zf.writestr("ok.txt", good)
        link = zipfile.ZipInfo("link.txt")
        link.create_system = 3
        link.external_attr = (stat.S_IFLNK | 0o777) << 16
        zf.writestr(link, "/etc/passwd")
    (work / "slip.zip").write_bytes(buf.getvalue())
    (work / "slip.tar.gz").write_bytes(tar_gz_bytes(
        [("../evil3.txt", good), ("/abs2.txt", good), ("fine.txt", good)],
        links={"passwd.txt": "/etc/passwd", "up.txt": "../../../evil4.txt"}))
    before = {p for p in tmp_path.rglob("*")}
    out = work / "out"
    summary = run_batch([work / "slip.zip", work / "slip.tar.gz"], out, formats=["json", "csv"], jobs=1)
    m = manifest(out)
    assert m["slip.zip/ok.txt"]["status"] == "ok" and m["slip.tar.gz/fine.txt"]["status"] == "ok"
    refused = {e["member"]: e for e in m.values() if e["status"] != "ok"}
    for member in ("../evil.txt", "../../../../../../tmp/evil2.txt", "/abs.txt", "ok/../../sneaky.txt",
                   "../evil3.txt", "/abs2.txt"):
        assert refused[member]["status"] == "error" and "unsafe member name" in refused[member]["error"]
    for member in ("link.txt", "passwd.txt", "up.txt"):
        assert refused[member]["status"] == "skipped" and "not followed" in refused[member]["error"]
    assert summary.error == 6 and summary.skipped == 3 and summary.ok == 2
    created = {p for p in tmp_path.rglob("*")} - before
    assert created and all(p == out or out in p.parents for p in created), created
    assert not Path("/abs.txt").exists() and not Path("/tmp/evil2.txt").exists()


def test_zip_bomb_and_limits(tmp_path: Path):
    bomb = tmp_path / "bomb.zip"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("ok.txt", text(SMALL[0]))
        info = zipfile.ZipInfo("bomb.txt")
        info.compress_type = zipfile.ZIP_DEFLATED
        with zf.open(info, "w", force_zip64=True) as f:
            chunk = b"0" * (1 << 20)
            for _ in range(64):  # 64 MiB of zeros, about 64 KiB compressed
                f.write(chunk)
        zf.writestr("after.txt", text(SMALL[1]))
    assert bomb.stat().st_size < 1 << 20
    out = tmp_path / "out"
    started = time.perf_counter()
    summary = run_batch([bomb], out, jobs=1)
    m = manifest(out)
    assert m["bomb.zip/bomb.txt"]["status"] == "error" and "zip bomb" in m["bomb.zip/bomb.txt"]["error"]
    assert m["bomb.zip/ok.txt"]["status"] == m["bomb.zip/after.txt"]["status"] == "ok"
    assert summary.error == 1 and time.perf_counter() - started < 20

    # total size and member count, per top-level archive
    many = tmp_path / "many.zip"
    many.write_bytes(zip_bytes([(f"n{i}.txt", text(SMALL[i % len(SMALL)]).encode()) for i in range(6)]))
    items = discover([many], limits=Limits(max_total_bytes=30_000))
    assert [i.status for i in items][-1] == "error" and "total size limit" in items[-1].reason
    assert 0 < sum(i.status is None for i in items) < 6
    items = discover([many], limits=Limits(max_members=3))
    assert len(items) == 1 and "member count limit" in items[0].reason

    # archives nested deeper than max_depth are not opened
    level3 = zip_bytes([("deep.txt", text(SMALL[0]).encode())])
    level2 = zip_bytes([("l3.zip", level3), ("two.txt", text(SMALL[0]).encode())])
    nested = tmp_path / "nested.zip"
    nested.write_bytes(zip_bytes([("l2.zip", level2), ("one.txt", text(SMALL[0]).encode())]))
    by_name = {i.name: i for i in discover([nested])}
    assert by_name["nested.zip/l2.zip/two.txt"].status is None
    assert by_name["nested.zip/l2.zip/l3.zip"].status == "skipped"
    assert "depth limit" in by_name["nested.zip/l2.zip/l3.zip"].reason


def test_corrupt_inputs_fail_alone(tmp_path: Path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "good.txt").write_text(text(SMALL[0]), encoding="utf-8")
    (d / "cut.docx").write_bytes((SAMPLES / "004_101cc4ddb3dd226f.docx").read_bytes()[:3000])
    (d / "cut.pdf").write_bytes((SAMPLES / "004_101cc4ddb3dd226f.pdf").read_bytes()[:5000])
    (d / "empty.txt").write_bytes(b"")
    (d / "broken.zip").write_bytes(b"PK\x03\x04" + os.urandom(200))
    (d / "also_good.txt").write_text(vary(text(SMALL[1]), 1), encoding="utf-8")
    out = tmp_path / "out"
    summary = run_batch([d], out, jobs=2)
    m = manifest(out)
    assert {n for n, e in m.items() if e["status"] == "ok"} == {"in/good.txt", "in/also_good.txt"}
    for name in ("in/cut.docx", "in/cut.pdf", "in/empty.txt", "in/broken.zip"):
        e = m[name]
        assert e["status"] == "error" and "\n" not in e["error"] and e["error"], e
    assert summary.error == 4 and not (out / "in" / "cut.json").exists()


def test_a_file_that_runs_too_long_times_out_alone(tmp_path: Path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "huge.txt").write_text(text(SAMPLES / "003_35d0fd290feb9fa4.txt") * 60, encoding="utf-8")  # 8 MB: seconds
    for i, p in enumerate(SMALL):
        (d / f"small{i}.txt").write_text(vary(text(p), i), encoding="utf-8")
    out = tmp_path / "out"
    started = time.perf_counter()
    summary = run_batch([d], out, jobs=2, timeout=2.0)
    elapsed = time.perf_counter() - started
    m = manifest(out)
    assert m["in/huge.txt"]["status"] == "error" and "timeout" in m["in/huge.txt"]["error"]
    assert all(e["status"] == "ok" for n, e in m.items() if n != "in/huge.txt")
    assert summary.ok == len(SMALL) and elapsed < 15


# Tasks for WorkerPool that misbehave the way real parses can (top-level: they are pickled).
def _misbehave(task: str):
    if task == "segfault":
        os.kill(os.getpid(), signal.SIGSEGV)
    if task == "exit":
        os._exit(3)
    if task == "hog":
        return len(bytearray(8 << 30))  # 8 GiB: over the worker's address-space cap
    if task == "hang":
        time.sleep(600)
    if task == "raise":
        raise ValueError("bad value")
    return task.upper()


def test_worker_pool_isolates_crashes_hangs_and_memory_hogs():
    tasks = ["a", "segfault", "b", "hog", "exit", "hang", "raise", "c", "d"]
    pool = WorkerPool(_misbehave, jobs=2, timeout=2, memory_limit_mb=1024)
    results = {r.task: r for r in pool.imap_unordered(tasks)}
    assert set(results) == set(tasks)
    assert [results[t].value for t in "abcd"] == ["A", "B", "C", "D"]
    assert results["segfault"].kind == "crash" and "SIGSEGV" in results["segfault"].message
    assert results["exit"].kind == "crash" and "status 3" in results["exit"].message
    assert results["hog"].kind == "raised" and "MemoryError" in results["hog"].message
    assert results["hang"].kind == "timeout"
    assert results["raise"].kind == "raised" and "bad value" in results["raise"].message
    assert pool.peak_rss_kb and all(kb > 0 for kb in pool.peak_rss_kb)


# ---------------------------------------------------------------- formats

def test_csv_has_a_bom_and_one_row_per_unit(tmp_path: Path):
    src = SAMPLES / "000_ad0b7a859fe0dc26.txt"
    out = tmp_path / "out"
    run_batch([src, SAMPLES / "003_35d0fd290feb9fa4.txt"], out, formats=["csv"], jobs=2)
    result = policyparse.parse(src)
    for table in TABLES:
        assert (out / f"{table}.csv").read_bytes().startswith(b"\xef\xbb\xbfdoc_id,")
    with open(out / "responsibilities.csv", encoding="utf-8-sig", newline="") as f:
        rows = [r for r in csv.DictReader(f) if r["doc_id"].startswith(src.name + "#")]
    units = [(j, u, n, u in r.lead) for j, r in enumerate(result.documents[0].responsibilities, 1)
             for u, n in zip(r.units, r.units_normalized)]
    assert len(rows) == len(units) > 0
    assert [(int(r["record_index"]), r["unit"], r["unit_normalized"], r["lead"] == "1") for r in rows] == units
    with open(out / "documents.csv", encoding="utf-8-sig", newline="") as f:
        docs = list(csv.DictReader(f))
    assert [d["doc_id"] for d in docs][:2] == [f"{src.name}#1", "003_35d0fd290feb9fa4.txt#1"]
    assert docs[0]["doc_number"] == result.documents[0].metadata.doc_number
    with open(out / "sections.csv", encoding="utf-8-sig", newline="") as f:
        secs = {(r["doc_id"], r["section_index"], r["section_path"]) for r in csv.DictReader(f)}
    with open(out / "targets.csv", encoding="utf-8-sig", newline="") as f:
        for r in csv.DictReader(f):  # every record's section is a row of sections.csv
            assert not r["section_path"] or (r["doc_id"], r["section_index"], r["section_path"]) in secs


def test_sqlite_tables_keys_and_queries(tmp_path: Path):
    out = tmp_path / "out"
    run_batch([SAMPLES / p.name for p in TEXTS], out, formats=["sqlite"], jobs=2)
    db = sqlite3.connect(out / "results.sqlite")
    assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    n_docs = sum(len(policyparse.parse(p).documents) for p in TEXTS)
    assert db.execute("SELECT count(*) FROM documents").fetchone()[0] == n_docs
    pk = [r[1] for r in db.execute("PRAGMA table_info(sections)") if r[5]]
    assert pk == ["doc_id", "section_index"]
    assert db.execute("PRAGMA foreign_key_list(targets)").fetchall()
    assert any(r[1] == "responsibilities_unit" for r in db.execute("PRAGMA index_list(responsibilities)"))
    top = db.execute("""
        SELECT r.unit_normalized, count(*) FROM responsibilities r
        JOIN sections s ON s.doc_id = r.doc_id AND s.section_index = r.section_index
        JOIN documents d ON d.doc_id = r.doc_id
        GROUP BY 1 ORDER BY 2 DESC LIMIT 3""").fetchall()
    assert len(top) == 3 and all(n > 1 for _, n in top)
    db.close()


# ---------------------------------------------------------------- resume after a real kill

def _kill_inputs(tmp_path: Path) -> Path:
    d = tmp_path / "many"
    (d / "part2").mkdir(parents=True)
    for k in range(60):
        p = SMALL[k % len(SMALL)]
        sub = d / "part2" if k % 3 == 0 else d
        (sub / f"n{k:02d}_{p.stem[:3]}.txt").write_text(vary(text(p), k), encoding="utf-8")
    archive = [(f"z/{k}.txt", vary(text(SMALL[k % len(SMALL)]), 100 + k).encode()) for k in range(6)]
    (d / "bundle.zip").write_bytes(zip_bytes(archive))
    return d


def _cli(*args: str, **kw) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "policyparse", "batch", *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)


def test_resume_after_sigkill_gives_the_outputs_of_an_uninterrupted_run(tmp_path: Path):
    d = _kill_inputs(tmp_path)
    fmts = ["-f", "json", "-f", "jsonl", "-f", "csv", "-f", "sqlite"]
    killed, ref = tmp_path / "killed", tmp_path / "ref"

    proc = _cli(str(d), "-o", str(killed), *fmts, "-j", "1")
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len(list(killed.rglob("n*.json"))) < 12:
        time.sleep(0.02)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(10)
    assert proc.returncode == -signal.SIGKILL
    outputs = list(killed.rglob("n*.json"))
    assert 12 <= len(outputs) < 66, "the kill landed mid-run"
    # inputs recorded as done (the kill may fall between an output and its manifest line)
    done = {e["output"] for e in map(json.loads, (killed / "manifest.jsonl").read_text(
        encoding="utf-8").splitlines()[:-1]) if e["status"] == "ok"}
    done_before = {p: p.stat().st_mtime_ns for p in outputs if p.relative_to(killed).as_posix() in done}
    assert len(done_before) >= 10
    assert not (killed / "results.jsonl").exists() and not (killed / "results.sqlite").exists()

    resumed = _cli(str(d), "-o", str(killed), *fmts, "-j", "2", "--resume")
    reference = _cli(str(d), "-o", str(ref), *fmts, "-j", "2")
    for p in (resumed, reference):
        _, err = p.communicate(timeout=120)
        assert p.returncode == 0, err.decode()
    # inputs done before the kill were not parsed again
    assert all(p.stat().st_mtime_ns == t for p, t in done_before.items())

    got, want = files_under(killed), files_under(ref)
    assert sorted(got) == sorted(want) and len(want) == 66 + 1 + len(TABLES)
    for name in want:
        assert got[name] == want[name], name
    assert sqlite_records(killed / "results.sqlite") == sqlite_records(ref / "results.sqlite")
    strip = lambda m: {n: {k: v for k, v in e.items() if k != "seconds"} for n, e in m.items()}  # noqa: E731
    assert strip(manifest(killed)) == strip(manifest(ref))
    assert list(manifest(killed)) == list(manifest(ref))  # same order too
    assert not list((killed / ".policyparse" / "tmp").iterdir())


def test_resume_skips_only_unchanged_inputs(tmp_path: Path):
    d = tmp_path / "in"
    d.mkdir()
    for i, p in enumerate(SMALL[:3]):
        (d / f"{i}.txt").write_text(text(p), encoding="utf-8")
    out = tmp_path / "out"
    run_batch([d], out, formats=["jsonl"], jobs=1)
    first = (out / "results.jsonl").read_bytes()
    (d / "1.txt").write_text(vary(text(SMALL[1]), 7), encoding="utf-8")
    seen = []
    summary = run_batch([d], out, formats=["jsonl"], jobs=1, resume=True, progress=seen.append)
    assert summary.resumed == 2 and summary.ok == 3
    assert [o.name for o in seen if not o.resumed] == ["in/1.txt"]
    assert (out / "results.jsonl").read_bytes() != first
    run_batch([d], tmp_path / "fresh", formats=["jsonl"], jobs=1)
    assert (out / "results.jsonl").read_bytes() == (tmp_path / "fresh" / "results.jsonl").read_bytes()


def test_repairs_reading_made_are_in_the_manifest_and_survive_resume(tmp_path: Path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "clean.txt").write_text(text(SMALL[0]), encoding="utf-8")
    (d / "padded.txt").write_bytes(text(SMALL[0]).encode("utf-8") + b"\x00" * 2)
    out = tmp_path / "out"
    run_batch([d], out, jobs=1)
    cleaning = manifest(out)["in/clean.txt"]["warnings"]  # what normalisation removed, if much
    warned = ["removed 2 NUL bytes from the text"] + cleaning
    assert manifest(out)["in/padded.txt"]["warnings"] == warned
    assert all(w.startswith("cleaning removed") for w in cleaning)
    summary = run_batch([d], out, jobs=1, resume=True)
    assert summary.resumed == 2
    assert manifest(out)["in/padded.txt"]["warnings"] == warned


# ---------------------------------------------------------------- library API and CLI

def test_parse_many_yields_results_and_errors(tmp_path: Path):
    good = tmp_path / "good.txt"
    good.write_text(text(SMALL[0]), encoding="utf-8")
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"PK\x03\x04 truncated")
    z = tmp_path / "pack.zip"
    z.write_bytes(zip_bytes([("a.txt", text(SMALL[1]).encode()), ("../up.txt", b"x")]))
    got = dict(parse_many([good, bad, z, ("memory.txt", text(SMALL[2]).encode()),
                           tmp_path / "missing.txt"], jobs=2, timeout=60))
    assert set(got) == {str(good), str(bad), f"{z}/a.txt", f"{z}/../up.txt", "memory.txt",
                        str(tmp_path / "missing.txt")}
    for name in (str(good), f"{z}/a.txt", "memory.txt"):
        assert isinstance(got[name], policyparse.ParseResult) and got[name].documents, name
        assert got[name].text  # the whole result, text included
    for name in (str(bad), f"{z}/../up.txt", str(tmp_path / "missing.txt")):
        err = got[name]
        assert isinstance(err, BatchItemError) and isinstance(err, PolicyParseError)
        assert str(err).startswith(f"{name}: ") and err.kind == "error"
    assert policyparse.parse_many is parse_many and "parse_many" in policyparse.__all__


def test_cli_batch_reports_failures_and_exits_1(notices: Path, tmp_path: Path):
    (notices / "broken.pdf").write_bytes(b"%PDF-1.7 broken")
    out = tmp_path / "out"
    p = subprocess.run([sys.executable, "-m", "policyparse", "batch", str(notices), "-o", str(out),
                        "--format", "jsonl", "--jobs", "2", "--timeout", "60"],
                       capture_output=True, timeout=120)
    assert p.returncode == 1 and p.stdout == b""
    err = p.stderr.decode()
    assert "broken.pdf" in err and re.search(r"ok\s*│\s*%d" % (2 * len(SMALL) + 1), err), err
    assert len((out / "results.jsonl").read_text(encoding="utf-8").splitlines()) == 2 * len(SMALL) + 1

    ok = subprocess.run([sys.executable, "-m", "policyparse", "batch", str(SAMPLES / TEXTS[0].name),
                         "-o", str(tmp_path / "o2"), "-f", "csv,sqlite"], capture_output=True, timeout=120)
    assert ok.returncode == 0 and (tmp_path / "o2" / "results.sqlite").is_file(), ok.stderr.decode()
    usage = subprocess.run([sys.executable, "-m", "policyparse", "batch", str(notices), "-o", str(out),
                            "--format", "xml"], capture_output=True, timeout=120)
    assert usage.returncode == 2 and b"xml" in usage.stderr
    none = subprocess.run([sys.executable, "-m", "policyparse", "batch", str(tmp_path / "nothing"),
                           "-o", str(out)], capture_output=True, timeout=120)
    assert none.returncode == 1 and b"no such file" in none.stderr


def test_dask_local_cluster_gives_the_same_outputs(notices: Path, tmp_path: Path):
    pytest.importorskip("distributed")
    z = tmp_path / "pack.zip"
    z.write_bytes(zip_bytes([(f"d/{k}.txt", vary(text(SMALL[k % len(SMALL)]), k).encode()) for k in range(5)]
                            + [("../bad.txt", b"x")]))
    inputs = [notices, z]
    local, dask = tmp_path / "local", tmp_path / "dask"
    fmts = ["json", "jsonl", "csv", "sqlite"]
    a = run_batch(inputs, local, formats=fmts, jobs=2)
    b = run_batch(inputs, dask, formats=fmts, jobs=2, engine="dask", timeout=60)
    assert (a.ok, a.error) == (b.ok, b.error) == (2 * len(SMALL) + 1 + 5, 1)
    assert files_under(local) == files_under(dask)
    assert sqlite_records(local / "results.sqlite") == sqlite_records(dask / "results.sqlite")
    b2 = run_batch(inputs, dask, formats=fmts, jobs=2, engine="dask", resume=True)
    assert b2.resumed == b.ok
