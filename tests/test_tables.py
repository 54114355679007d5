"""The batch's tables read back as analysts read them: pandas without a dtype, openpyxl, SQLite."""
from __future__ import annotations

import csv
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from openpyxl import load_workbook

import policyparse
from policyparse.tabular import TABLES, headers

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
UNIT = "各县（市、区）人民政府"  # an item that holds 、


def notice(doc_number: str, title: str, n_items: int = 12, agency: str = "市农业农村局") -> str:
    """A 实施方案 with ``n_items`` numbered items under 一、, so that section 1.10 exists."""
    items = "".join(
        f"（{'一二三四五六七八九十'[k - 1] if k <= 10 else '十' + '一二三四五六七八九'[k - 11]}）"
        f"推进第{k}片区建设。到2025年{k}月底前，建成高标准农田{k * 100}亩，"
        f"每亩补助资金{k * 10}元。（牵头单位：{agency}；责任单位：{UNIT}、市财政局）\n"
        for k in range(1, n_items + 1))
    return (f"{doc_number}\n\n{title}\n\n各县（市、区）人民政府，市直各单位：\n\n"
            f"一、重点任务\n{items}二、保障措施\n加强组织领导。\n\n某某市人民政府办公室\n2024年3月5日\n")


def batch(*args: str, umask: int | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "policyparse", "batch", *args, "-j", "2"],
                          capture_output=True, text=True, timeout=300, umask=-1 if umask is None else umask)


@pytest.fixture(scope="module")
def outdir(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("tables")
    (d / "in").mkdir()
    (d / "in" / "1.10.txt").write_text(notice("某政办发〔2024〕7号", "关于印发高标准农田建设实施方案的通知"),
                                       encoding="utf-8")
    for p in ("002_6327faf7a73cc827.txt", "003_35d0fd290feb9fa4.txt"):
        (d / "in" / p).write_bytes((SAMPLES / p).read_bytes())
    p = batch(str(d / "in"), "-o", str(d / "out"), "-f", "csv,sqlite,xlsx")
    assert p.returncode == 0, p.stderr
    return d / "out"


def read(outdir: Path, table: str) -> pd.DataFrame:
    return pd.read_csv(outdir / f"{table}.csv", encoding="utf-8-sig")  # no dtype, as a user does


def test_ids_stay_text_in_pandas(outdir: Path):
    sections = read(outdir, "sections")
    assert pd.api.types.is_integer_dtype(sections["section_index"])
    paths = sections["section_path"].tolist()
    assert all(isinstance(p, str) and p.startswith("s") for p in paths)
    mine = sections[sections["doc_id"] == "in/1.10.txt#1"]
    assert {"s1.1", "s1.10", "s1.11", "s1.12"} <= set(mine["section_path"])
    assert len(set(mine["section_path"])) == len(mine)  # 1.1 and 1.10 stay apart
    for table in TABLES:
        df = read(outdir, table)
        assert list(df.columns) == headers(table), table
        assert all(isinstance(v, str) for v in df["doc_id"]), table
        if "section_path" in df:
            assert all(isinstance(v, str) and v.startswith("s") for v in df["section_path"].dropna()), table
        assert pd.api.types.is_integer_dtype(df["span_start"]), table
    docs = read(outdir, "documents")
    assert docs.loc[docs["name"] == "in/1.10.txt", "doc_number"].tolist() == ["某政办发〔2024〕7号"]


def test_lists_split_back_with_json(outdir: Path):
    tasks = read(outdir, "tasks")
    mine = tasks[(tasks["doc_id"] == "in/1.10.txt#1") & tasks["section_path"].str.startswith("s1.")]
    assert len(mine) == 12
    for units, lead in zip(mine["units"], mine["lead"]):
        assert json.loads(units) == ["市农业农村局", UNIT, "市财政局"]
        assert json.loads(lead) == ["市农业农村局"]
    for table in TABLES:  # every list column of every table holds JSON arrays
        df = read(outdir, table)
        for column in df.columns:
            cells = df[column].dropna()
            if len(cells) and all(isinstance(v, str) and v.startswith("[") for v in cells):
                assert all(isinstance(json.loads(v), list) for v in cells), (table, column)
    # a task's record lists are record_index values of those tables
    funding = read(outdir, "funding").set_index(["doc_id", "record_index"])
    for _, t in mine.iterrows():
        for k in json.loads(t["funding"]):
            assert funding.loc[(t["doc_id"], k), "raw"] in t["raw"]


def test_joins_section_and_document_to_records(outdir: Path):
    sections = read(outdir, "sections")
    docs = read(outdir, "documents")
    for table in TABLES:
        if table in ("documents", "sections"):
            continue
        df = read(outdir, table)
        both = df.merge(docs[["doc_id", "title"]].rename(columns={"title": "of_document"}), on="doc_id",
                        how="left", validate="many_to_one")
        assert both["of_document"].fillna("").tolist() == both["doc_title"].fillna("").tolist(), table
        if "section_index" not in df:
            continue
        inside = df[df["section_index"].notna()]
        joined = inside.merge(sections, on=["doc_id", "section_index"], how="inner",
                              validate="many_to_one", suffixes=("", "_s"))
        assert len(joined) == len(inside) > 0, table
        assert (joined["section_path"] == joined["section_path_s"]).all(), table
        assert (joined["section_title"] == joined["title"]).all(), table
    # parent to child within a document
    tree = sections.merge(sections, left_on=["doc_id", "parent_index"], right_on=["doc_id", "section_index"],
                          suffixes=("", "_parent"), validate="many_to_one")
    assert len(tree) == sections["parent_index"].notna().sum() > 0
    assert all(p.startswith(q + ".") for p, q in zip(tree["section_path"], tree["section_path_parent"]))
    deadlines = read(outdir, "deadlines")
    mine = deadlines[(deadlines["doc_id"] == "in/1.10.txt#1") & (deadlines["section_path"] == "s1.10")]
    assert mine["raw"].tolist() == ["到2025年10月底前"] and mine["date"].tolist() == ["2025-10-31"]
    assert mine["section_title"].tolist() == ["推进第10片区建设"]


def test_sqlite_has_the_csv_columns(outdir: Path):
    db = sqlite3.connect(outdir / "results.sqlite")
    try:
        for table in TABLES:
            assert [r[1] for r in db.execute(f"PRAGMA table_info({table})")] == headers(table)
            n = db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            assert n == len(read(outdir, table)), table
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        units = db.execute("SELECT units FROM tasks WHERE doc_id = 'in/1.10.txt#1' "
                           "AND section_path LIKE 's1.%'").fetchall()
        assert {tuple(json.loads(u)) for (u,) in units} == {("市农业农村局", UNIT, "市财政局")}
    finally:
        db.close()


def test_xlsx_has_a_sheet_per_table_ids_as_text_and_the_csv_rows(outdir: Path):
    book = load_workbook(outdir / "results.xlsx", read_only=False)
    assert book.sheetnames == list(TABLES)
    for table in TABLES:
        sheet = book[table]
        rows = list(sheet.iter_rows(values_only=True))
        assert list(rows[0]) == headers(table)
        assert len(rows) - 1 == len(read(outdir, table)), table
        assert sheet.freeze_panes == "A2", table
        assert sheet.auto_filter.ref, table
        assert sheet.column_dimensions["A"].width and sheet.column_dimensions["A"].width > 8
        cols = headers(table)
        for name in ("doc_id", "section_path"):
            if name in cols and len(rows) > 1:
                c = cols.index(name) + 1
                cells = [sheet.cell(r, c) for r in range(2, sheet.max_row + 1)]
                assert all(x.data_type == "s" for x in cells if x.value is not None), (table, name)
    secs = book["sections"]
    paths = [r[headers("sections").index("section_path")] for r in secs.iter_rows(min_row=2, values_only=True)]
    assert "s1.10" in paths and "s1.1" in paths


def calc_to_csv(src: Path, outdir: Path, sheet: int = 1) -> list[dict]:
    """What LibreOffice Calc reads in ``src`` (a UTF-8 CSV, or sheet ``sheet`` of a workbook),
    as Calc writes it back to CSV."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    cmd = [soffice, f"-env:UserInstallation={(outdir / 'profile').as_uri()}", "--headless", "--norestore",
           "--infilter=CSV:44,34,76,1", "--convert-to",
           f"csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,{sheet}",
           "--outdir", str(outdir / "out"), str(src)]
    if src.suffix == ".xlsx":
        cmd.remove("--infilter=CSV:44,34,76,1")
    subprocess.run(cmd, check=True, capture_output=True, timeout=300)
    made = sorted((outdir / "out").glob("*.csv"))
    assert len(made) == 1, (cmd, made)
    with open(made[0], encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    made[0].unlink()
    return rows


@pytest.mark.skipif(not (shutil.which("soffice") or shutil.which("libreoffice")),
                    reason="LibreOffice not installed; scripts/install-debian-packages.sh installs it")
def test_a_spreadsheet_keeps_the_ids_as_written(outdir: Path, tmp_path: Path):
    ours = read(outdir, "sections")["section_path"].tolist()
    # Calc, as Excel does, reads a bare 1.10 as the number 1.1: the form the tables avoid.
    bare = tmp_path / "bare.csv"
    bare.write_text("\ufeffsection_id\r\n" + "".join(p[1:] + "\r\n" for p in ours), encoding="utf-8")
    got = [r["section_id"] for r in calc_to_csv(bare, tmp_path)]
    assert got.count("1.1") > [p[1:] for p in ours].count("1.1")  # 1.10 came back as 1.1
    assert [r["section_path"] for r in calc_to_csv(outdir / "sections.csv", tmp_path)] == ours
    sheet = list(TABLES).index("sections") + 1
    from_book = calc_to_csv(outdir / "results.xlsx", tmp_path, sheet)
    assert [r["section_path"] for r in from_book] == ours
    assert [r["doc_id"] for r in from_book] == read(outdir, "sections")["doc_id"].tolist()


def test_chinese_headers_for_csv_and_xlsx(tmp_path: Path):
    src = tmp_path / "a.txt"
    src.write_text(notice("某政办发〔2024〕8号", "关于印发示范区建设方案的通知", 3), encoding="utf-8")
    p = batch(str(src), "-o", str(tmp_path / "out"), "-f", "csv", "-f", "xlsx", "--lang", "zh")
    assert p.returncode == 0, p.stderr
    book = load_workbook(tmp_path / "out" / "results.xlsx", read_only=True)
    for table in TABLES:
        zh = headers(table, "zh")
        assert len(set(zh)) == len(zh), table
        assert not [h for h in zh if h.isascii() and h != "SHA-256"], table  # every column translated
        df = read(tmp_path / "out", table)
        assert list(df.columns) == zh
        assert list(next(book[table].iter_rows(max_row=1, values_only=True))) == zh
    tasks = read(tmp_path / "out", "tasks")
    assert json.loads(tasks["牵头单位"][0]) == ["市农业农村局"]
    assert UNIT in json.loads(tasks["责任单位"][0])
    assert read(tmp_path / "out", "deadlines")["完成时限"].tolist() == ["2025-01-31", "2025-02-28", "2025-03-31"]
    assert "责任单位" in headers("responsibilities", "zh")


def test_the_tasks_command_csv_keeps_sections_text(tmp_path: Path):
    src = tmp_path / "a.txt"
    src.write_text(notice("某政办发〔2024〕11号", "关于印发试点方案的通知", 11), encoding="utf-8")
    out = tmp_path / "t.csv"
    p = subprocess.run([sys.executable, "-m", "policyparse", "tasks", str(src), "-f", "csv", "-o", str(out)],
                       capture_output=True, text=True, timeout=120)
    assert p.returncode == 0, p.stderr
    df = pd.read_csv(out, encoding="utf-8-sig")
    assert {"s1.1", "s1.10"} <= set(df["section"])
    assert all(UNIT in json.loads(u) for u in df["units"][:11])


def test_extract_writes_a_workbook(tmp_path: Path):
    target = tmp_path / "x.xlsx"
    p = subprocess.run([sys.executable, "-m", "policyparse", "extract", str(SAMPLES / "002_6327faf7a73cc827.txt"),
                        "--format", "xlsx", "-o", str(target)], capture_output=True, text=True, timeout=120)
    assert p.returncode == 0, p.stderr
    book = load_workbook(target)
    result = policyparse.parse(SAMPLES / "002_6327faf7a73cc827.txt")
    assert book.sheetnames == list(TABLES)
    assert book["targets"].max_row - 1 == len(result.documents[0].targets) > 0
    assert book["tasks"].freeze_panes == "A2"
    p = subprocess.run([sys.executable, "-m", "policyparse", "extract", str(SAMPLES / "002_6327faf7a73cc827.txt"),
                        "--format", "xlsx"], capture_output=True, text=True, timeout=120)
    assert p.returncode == 2 and p.stderr.count("\n") == 1 and "-o" in p.stderr


def test_without_xlsxwriter_one_line_names_the_extra(tmp_path: Path):
    src = tmp_path / "a.txt"
    src.write_text(notice("某政办发〔2024〕9号", "关于印发试点方案的通知", 2), encoding="utf-8")
    block = "import sys; sys.modules['xlsxwriter'] = None; from policyparse.cli import main; main()"
    for args in (["batch", str(src), "-o", str(tmp_path / "out"), "-f", "xlsx"],
                 ["extract", str(src), "--format", "xlsx", "-o", str(tmp_path / "a.xlsx")]):
        p = subprocess.run([sys.executable, "-c", block, *args], capture_output=True, text=True, timeout=120)
        assert p.returncode == 1, p.stderr
        assert p.stderr.strip().count("\n") == 0 and "policyparse[xlsx]" in p.stderr, p.stderr
        assert "Traceback" not in p.stderr
    assert not (tmp_path / "a.xlsx").exists()


# ---------------------------------------------------------------- duplicates across formats

def _docx(text: str, path: Path) -> None:
    import docx

    d = docx.Document()
    for line in text.split("\n"):
        d.add_paragraph(line)
    d.save(path)


def _html(text: str, path: Path) -> None:
    body = "".join(f"<p>{line}</p>\n" for line in text.split("\n") if line)
    path.write_text(f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>通知公告</title></head>"
                    f"<body><div class='article'>{body}</div></body></html>", encoding="utf-8")


def test_the_same_notice_in_three_formats_is_marked_as_duplicate(tmp_path: Path):
    d = tmp_path / "in"
    d.mkdir()
    same = notice("某农发〔2024〕12号", "关于做好春季农田建设工作的通知", 4)
    (d / "a_notice.txt").write_text(same, encoding="utf-8")
    _docx(same, d / "b_notice.docx")
    _html(same, d / "c_notice.html")
    (d / "d_other.txt").write_text(notice("某水发〔2023〕3号", "关于加强水库安全管理的通知", 2, "市水利局"),
                                   encoding="utf-8")
    (d / "e_plain.txt").write_text("关于开展植树活动的通知\n\n一、活动时间\n3月12日。\n", encoding="utf-8")
    p = batch(str(d), "-o", str(tmp_path / "out"), "-f", "csv")
    assert p.returncode == 0, p.stderr
    entries = {e["name"]: e for e in map(json.loads, (tmp_path / "out" / "manifest.jsonl").read_text(
        encoding="utf-8").splitlines())}
    assert {n: e["duplicate_of"] for n, e in entries.items()} == {
        "in/a_notice.txt": None, "in/b_notice.docx": "in/a_notice.txt", "in/c_notice.html": "in/a_notice.txt",
        "in/d_other.txt": None, "in/e_plain.txt": None}
    docs = read(tmp_path / "out", "documents")
    marks = {d: None if pd.isna(o) else o for d, o in zip(docs["doc_id"], docs["duplicate_of"])}
    assert marks == {"in/a_notice.txt#1": None, "in/b_notice.docx#1": "in/a_notice.txt#1",
                     "in/c_notice.html#1": "in/a_notice.txt#1", "in/d_other.txt#1": None,
                     "in/e_plain.txt#1": None}
    assert "2 input(s) repeat an earlier one" in p.stderr and "in/b_notice.docx = in/a_notice.txt" in p.stderr
    # counted once when the duplicates are left out, as docs/batch.md says
    tasks = read(tmp_path / "out", "tasks")
    n = dict(zip(docs["doc_id"], docs["n_tasks"]))
    assert n["in/a_notice.txt#1"] == n["in/b_notice.docx#1"] == n["in/c_notice.html#1"] >= 4
    originals = docs.loc[docs["duplicate_of"].isna(), "doc_id"]
    assert len(tasks) == sum(n.values())
    assert len(tasks[tasks["doc_id"].isin(originals)]) == n["in/a_notice.txt#1"] + n["in/d_other.txt#1"] \
        + n["in/e_plain.txt#1"]


def test_the_same_text_without_a_number_is_a_duplicate_and_a_resume_keeps_the_marks(tmp_path: Path):
    d = tmp_path / "in"
    d.mkdir()
    text = "关于开展植树活动的通知\n\n一、活动时间\n2024年3月12日前完成。（责任单位：市林业局）\n"
    (d / "a.txt").write_text(text, encoding="utf-8")
    _docx(text, d / "b.docx")
    (d / "c.txt").write_text(text.replace("植树", "清扫"), encoding="utf-8")
    p = batch(str(d), "-o", str(tmp_path / "out"), "-f", "jsonl")
    assert p.returncode == 0, p.stderr
    p = batch(str(d), "-o", str(tmp_path / "out"), "-f", "jsonl", "--resume")
    assert p.returncode == 0, p.stderr
    entries = [json.loads(line) for line in (tmp_path / "out" / "manifest.jsonl").read_text(
        encoding="utf-8").splitlines()]
    assert [e["duplicate_of"] for e in entries] == [None, "in/a.txt", None]
    assert entries[1]["documents"][0]["text_sha256"] == entries[0]["documents"][0]["text_sha256"]
    assert entries[1]["documents"][0]["doc_number"] is None


def test_frames_mark_duplicates_too():
    a = policyparse.parse_text(notice("某农发〔2024〕12号", "关于做好春季农田建设工作的通知", 2))
    b = policyparse.parse_text(notice("某农发〔2024〕12号", "关于做好春季农田建设工作的通知", 2))
    docs = policyparse.frames([a, b])["documents"]
    assert docs["doc_id"].tolist() == ["result1#1", "result2#1"]
    assert docs["duplicate_of"].tolist()[1] == "result1#1" and docs["duplicate_of"].isna().tolist()[0]


# ---------------------------------------------------------------- frames

def test_frames_have_the_tables_and_keys_of_the_csv(outdir: Path):
    files = sorted((outdir.parent / "in").iterdir())
    frames = policyparse.frames([policyparse.parse(p) for p in files])
    assert list(frames) == list(TABLES)
    for table, df in frames.items():
        assert list(df.columns) == headers(table)
        csv_rows = read(outdir, table)
        assert len(df) == len(csv_rows), table
    secs = frames["sections"]
    assert str(secs["section_index"].dtype) == "Int64" and "s1.10" in set(secs["section_path"])
    tasks = frames["tasks"]
    assert tasks["units"].map(type).eq(list).all() and tasks["inherited"].dtype == "boolean"
    assert pd.api.types.is_datetime64_any_dtype(frames["deadlines"]["date"])
    one = policyparse.parse(files[0]).to_frames()
    assert list(one) == list(TABLES) and len(one["documents"]) == 1


def test_policyparse_frames_is_the_function_whatever_loaded_first():
    code = ("import policyparse\n"
            "policyparse.parse_text('一、总体要求\\n到2025年完成。').to_frames()\n"
            "print(callable(policyparse.frames), len(policyparse.frames([])['documents']))")
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert p.stdout.split() == ["True", "0"], p.stderr


def test_the_frames_doc_example_runs(monkeypatch):
    root = Path(__file__).resolve().parents[1]
    doc = (root / "docs" / "frames.md").read_text(encoding="utf-8")
    blocks = [b.split("```", 1)[0] for b in doc.split("```python\n")[1:]]
    assert blocks
    monkeypatch.chdir(root)
    scope: dict = {}
    for block in blocks:
        exec(compile(block, "docs/frames.md", "exec"), scope)
    by_agency = scope["funding_by_agency"]
    assert len(by_agency) > 0 and (by_agency > 0).all()
    due = scope["due"]
    assert len(due) > 0 and set(due["date"].dt.year) == {scope["year"]}


# ---------------------------------------------------------------- file permissions

@pytest.mark.parametrize("umask", [0o022, 0o027])
def test_outputs_follow_the_umask(tmp_path: Path, umask: int):
    src = tmp_path / "a.txt"
    src.write_text(notice("某政办发〔2024〕10号", "关于印发试点方案的通知", 2), encoding="utf-8")
    out = tmp_path / "out"
    p = batch(str(src), "-o", str(out), "-f", "json,jsonl,csv,sqlite,xlsx", umask=umask)
    assert p.returncode == 0, p.stderr
    written = [f for f in out.rglob("*") if f.is_file() and ".policyparse" not in f.parts]
    assert len(written) == 1 + 1 + 1 + len(TABLES) + 2  # json, manifest, jsonl, csvs, sqlite, xlsx
    assert {oct(os.stat(f).st_mode & 0o777) for f in written} == {oct(0o666 & ~umask)}
    target = tmp_path / "x.xlsx"
    p = subprocess.run([sys.executable, "-m", "policyparse", "extract", str(src), "-f", "xlsx", "-o", str(target)],
                       capture_output=True, text=True, timeout=120, umask=umask)
    assert p.returncode == 0, p.stderr
    assert os.stat(target).st_mode & 0o777 == 0o666 & ~umask
