"""`policyparse matrix` and `policyparse calendar`, on real batch runs of the samples and of
plans written here, read back as a user reads them (csv, json, the icalendar package)."""
from __future__ import annotations

import csv
import io
import json
import random
import re
import shutil
import subprocess
import sys
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import icalendar
import pytest
from hypothesis import given, strategies as st

from policyparse.analytics import LINE_OCTETS, calendar, documents, escape_text, fold, matrix
from policyparse.pipeline import parse_text

SAMPLES = Path(__file__).parent.parent / "samples"

# Units as a plan prints them, and the canonical name each is counted under.
AGENCIES = [("市卫健委", "市卫生健康委员会"), ("市卫生健康委员会", "市卫生健康委员会"),
            ("市发展改革委", "市发展和改革委员会"), ("市财政局", "市财政局"), ("市民政局", "市民政局"),
            ("市人社局", "市人力资源和社会保障局"), ("市教育局", "市教育局")]
NUMERALS = "一二三四五六七八九十"


def plan(seed: int, title: str, items: int = 8) -> tuple[str, dict[str, list[int]], list[date]]:
    """A 工作方案 of numbered items, each with a lead, two partners and a month's deadline;
    the counts ``{agency: [lead, partner]}`` it must give, and its deadlines' dates."""
    rng = random.Random(seed)
    lines = [title, "", "各县（区）人民政府，市直各有关单位：", "　　现将改革任务分工如下，请认真抓好落实。", "一、重点任务"]
    counts: dict[str, list[int]] = {}
    dates = []
    for i in range(1, items + 1):
        chosen: list[tuple[str, str]] = []
        for unit in rng.sample(AGENCIES, len(AGENCIES)):  # three different agencies, spelt either way
            if all(unit[1] != c[1] for c in chosen):
                chosen.append(unit)
        lead, partners = chosen[0], chosen[1:3]
        counts.setdefault(lead[1], [0, 0])[0] += 1
        for p in partners:
            counts.setdefault(p[1], [0, 0])[1] += 1
        month = rng.randint(1, 12)
        dates.append(date(2027, month, 1))
        lines.append(f"（{NUMERALS[i - 1]}）推进第{i}项改革。加强统筹协调，2027年{month}月底前完成。"
                     f"（牵头单位：{lead[0]}；责任单位：{'、'.join(p[0] for p in partners)}）")
    return "\n".join(lines) + "\n", counts, dates


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "policyparse", *args], capture_output=True, text=True,
                          timeout=600)


def error_lines(p: subprocess.CompletedProcess) -> list[str]:
    assert "Traceback" not in p.stderr, p.stderr
    return [line for line in p.stderr.splitlines() if line.startswith("policyparse: error:")]


@pytest.fixture(scope="module")
def plans(tmp_path_factory) -> Path:
    """Two plans, one of them also saved under a second name, and a .docx that is no zip."""
    folder = tmp_path_factory.mktemp("plans")
    (folder / "a.txt").write_text(plan(1, "某市人民政府办公室关于印发某市养老服务改革工作方案的通知")[0], encoding="utf-8")
    (folder / "b.txt").write_text(plan(2, "某市人民政府办公室关于印发某市教育医疗改革工作方案的通知")[0], encoding="utf-8")
    shutil.copy(folder / "a.txt", folder / "a-copy.txt")
    (folder / "broken.docx").write_bytes(b"PK\x03\x04 not really a zip")
    return folder


@pytest.fixture(scope="module")
def plans_out(plans, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("plans_out")
    p = run("batch", str(plans), "-o", str(out), "-f", "json,jsonl", "--jobs", "2")
    assert p.returncode == 1 and "broken.docx" in p.stderr  # the bad file fails alone
    return out


@pytest.fixture(scope="module")
def samples_out(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("samples_out")
    p = run("batch", str(SAMPLES), "-o", str(out), "-f", "json", "--jobs", "2")
    assert p.returncode == 1, p.stderr  # samples/bad holds an encrypted and a scanned PDF
    return out


def expected_counts() -> dict[str, list[int]]:
    total: dict[str, list[int]] = {}
    for seed, title in ((1, "养老"), (2, "教育医疗")):
        for agency, (lead, partner) in plan(seed, title)[1].items():
            total.setdefault(agency, [0, 0])
            total[agency][0] += lead
            total[agency][1] += partner
    return total


# ---------------------------------------------------------------- matrix

def test_matrix_counts_tasks_per_canonical_agency(plans, plans_out):
    p = run("matrix", str(plans_out), "-f", "json")
    assert p.returncode == 0, p.stderr
    rows = json.loads(p.stdout)
    got = {r["agency"]: [r["lead"], r["partner"]] for r in rows}
    assert got == expected_counts()  # 市卫健委 and 市卫生健康委员会 are one row
    for r in rows:
        assert r["total"] == r["lead"] + r["partner"]
        assert r["documents"] == sum(r["agency"] in plan(s, "")[1] for s in (1, 2))
    assert [r["total"] for r in rows] == sorted((r["total"] for r in rows), reverse=True)
    # the copy of a.txt is counted once, and said so; the batch's failure is named, not fatal
    folder = plans.name  # logical names start with the folder given to the batch
    assert f"warning: {folder}/a.txt#1: counted once, as the same document as {folder}/a-copy.txt#1" in p.stderr
    assert re.search(r"warning: .*broken\.docx: left out, as the batch did not parse it", p.stderr)
    assert error_lines(p) == []


def test_keep_duplicates_counts_every_copy(plans_out):
    rows = json.loads(run("matrix", str(plans_out), "-f", "json", "--keep-duplicates").stdout)
    once = {a: c for a, c in plan(1, "")[1].items()}
    expected = expected_counts()
    for agency, (lead, partner) in once.items():  # a.txt's tasks counted twice
        expected[agency] = [expected[agency][0] + lead, expected[agency][1] + partner]
    assert {r["agency"]: [r["lead"], r["partner"]] for r in rows} == expected


def test_matrix_of_files_of_saved_results_and_of_results_jsonl_agree(plans, plans_out, tmp_path):
    from_outdir = run("matrix", str(plans_out), "-f", "json").stdout
    files = run("matrix", str(plans / "a.txt"), str(plans / "b.txt"), "-f", "json")
    assert files.returncode == 0 and files.stdout == from_outdir
    saved = tmp_path / "saved.json"
    assert run("extract", str(plans / "a.txt"), str(plans / "b.txt"), "-o", str(saved)).returncode == 0
    assert run("matrix", str(saved), "-f", "json").stdout == from_outdir
    # a batch whose JSON files are gone is read from results.jsonl
    jsonl_only = tmp_path / "jsonl_only"
    shutil.copytree(plans_out, jsonl_only)
    for f in (jsonl_only / plans.name).glob("*.json"):
        f.unlink()
    p = run("matrix", str(jsonl_only), "-f", "json")
    assert p.returncode == 0 and p.stdout == from_outdir
    # … and one without either says so, per input
    (jsonl_only / "results.jsonl").unlink()
    p = run("matrix", str(jsonl_only), "-f", "json")
    assert p.returncode == 1 and json.loads(p.stdout) == []
    assert len(error_lines(p)) == 3 and all("no saved result for" in line for line in error_lines(p))


def test_matrix_by_document_cells_add_up(plans, plans_out):
    p = run("matrix", str(plans_out), "--by", "document", "-f", "json")
    rows = json.loads(p.stdout)
    doc_columns = [c for c in rows[0] if c.endswith("#1")]
    assert sorted(doc_columns) == [f"{plans.name}/a-copy.txt#1", f"{plans.name}/b.txt#1"]
    for r in rows:
        assert sum(r[c] for c in doc_columns) == r["total"]
        assert sum(1 for c in doc_columns if r[c]) == r["documents"]


def test_matrix_csv_opens_as_text_in_a_spreadsheet(tmp_path):
    doc = tmp_path / "injection.txt"
    doc.write_text("某区关于开展安全检查的通知\n\n一、重点任务\n"
                   "（一）开展隐患排查。2026年底前完成。（牵头单位：=市财政局；责任单位：-市民政局、@市教育局）\n"
                   "（二）健全长效机制。（牵头单位：+区卫健委）\n", encoding="utf-8")
    out = tmp_path / "matrix.csv"
    p = run("matrix", str(doc), "-o", str(out))  # the format follows the extension
    assert p.returncode == 0, p.stderr
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data and data.count(b"\n") == data.count(b"\r\n")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert rows[0] == ["agency", "lead", "partner", "total", "documents"]
    agencies = {r[0]: r[1:] for r in rows[1:]}
    assert agencies == {"'=市财政局": ["1", "0", "1", "1"], "'-市民政局": ["0", "1", "1", "1"],
                        "'@市教育局": ["0", "1", "1", "1"], "'+区卫健委": ["1", "0", "1", "1"]}


def test_matrix_on_a_sample_agrees_with_its_assignment_lists(samples_out):
    """Sample 002 names its units in （牵头单位：…；责任单位：…） after each item: count one
    agency in those lists by hand and compare with its row."""
    text = (SAMPLES / "002_6327faf7a73cc827.txt").read_text(encoding="utf-8")
    agency, lead, partner = "市中医药产业促进中心", 0, 0
    for leads, units in re.findall(r"牵头单位：([^；]*)；责任单位：([^）]*)）", text):
        lead += agency in leads.split("、")
        partner += agency not in leads.split("、") and agency in units.split("、")
    assert lead >= 5 and partner >= 3
    rows = json.loads(run("matrix", str(samples_out), "-f", "json", "--by", "document").stdout)
    row = next(r for r in rows if r["agency"] == agency)
    assert (row["lead"], row["partner"]) == (lead, partner)
    assert row["samples/002_6327faf7a73cc827.doc#1"] == lead + partner  # the .doc came first; its copies not counted


def test_matrix_table_on_the_terminal(samples_out):
    p = run("matrix", str(samples_out))
    assert p.returncode == 0, p.stderr
    header = next(line for line in p.stdout.splitlines() if "agency" in line)
    assert re.findall(r"\w+", header) == ["agency", "lead", "partner", "total", "documents"]
    assert re.search(r"^\d+ agencies", p.stdout)
    assert "市卫生健康委员会" in p.stdout
    everyone = json.loads(run("matrix", str(samples_out), "-f", "json").stdout)
    top = run("matrix", str(samples_out), "--top", "3")
    assert f"{len(everyone)} agencies, the 3 with the most tasks" in top.stdout
    assert [line.split()[1] for line in top.stdout.splitlines() if line.startswith("│")] == \
        [r["agency"] for r in everyone[:3]]


def test_bad_inputs_are_one_line_each_and_the_rest_go_in(plans, plans_out, tmp_path):
    broken_out = tmp_path / "broken_out"
    shutil.copytree(plans_out, broken_out)
    (broken_out / plans.name / "b.json").write_text("{not json", encoding="utf-8")
    not_result = tmp_path / "other.json"
    not_result.write_text('{"a": 1}', encoding="utf-8")
    folder = tmp_path / "folder"
    folder.mkdir()
    p = run("matrix", str(broken_out), str(tmp_path / "missing.txt"), str(not_result), str(folder),
            str(plans / "broken.docx"), str(plans / "b.txt"), "-f", "json")
    assert p.returncode == 1
    errors = error_lines(p)
    assert len(errors) == 5, p.stderr
    for needle in ("b.json: not a readable policyparse result", "missing.txt", "other.json: not a policyparse result",
                   "folder: a folder, not a batch OUTDIR", "broken.docx"):
        assert sum(needle in line for line in errors) == 1, (needle, errors)
    # a.txt (from the batch) and b.txt (parsed now) are both in
    assert {r["agency"]: [r["lead"], r["partner"]] for r in json.loads(p.stdout)} == expected_counts()
    p = run("calendar", str(broken_out), str(folder), "-o", str(tmp_path / "due.ics"))
    assert p.returncode == 1 and len(error_lines(p)) == 2
    assert len(icalendar.Calendar.from_ical((tmp_path / "due.ics").read_bytes()).walk("VEVENT")) == 8


# ---------------------------------------------------------------- calendar

def read_ics(path: Path) -> tuple[bytes, icalendar.Calendar]:
    data = path.read_bytes()
    return data, icalendar.Calendar.from_ical(data)


def check_rfc5545_lines(data: bytes) -> None:
    assert data.endswith(b"\r\n") and data.count(b"\n") == data.count(b"\r\n")
    for line in data.split(b"\r\n")[:-1]:
        assert len(line) <= LINE_OCTETS
        line.decode("utf-8")  # folding never splits a character


def test_calendar_of_the_samples(samples_out, tmp_path):
    ics = tmp_path / "due.ics"
    p = run("calendar", str(samples_out), "-o", str(ics))
    assert p.returncode == 0, p.stderr
    data, cal = read_ics(ics)
    check_rfc5545_lines(data)
    assert cal["VERSION"] == "2.0" and cal["PRODID"]
    # one event per deadline with a date, in the documents counted once
    results = [(e["name"], json.loads((samples_out / e["output"]).read_text(encoding="utf-8")))
               for e in map(json.loads, (samples_out / "manifest.jsonl").read_text(encoding="utf-8").splitlines())
               if e["status"] == "ok"]
    from policyparse.analytics import Documents, load_result, outdir_fingerprints

    once = Documents(known=outdir_fingerprints(samples_out))  # the batch's fingerprints, text hash included
    docs = list(once((name, load_result(json.dumps(r))) for name, r in results))
    deadlines = [d for doc in docs for d in doc.document.deadlines if d.date]
    events = cal.walk("VEVENT")
    assert len(events) == len(deadlines) >= 10
    assert sorted(e["DTSTART"].dt for e in events) == sorted(d.date for d in deadlines)
    uids = [str(e["UID"]) for e in events]
    assert len(set(uids)) == len(uids)
    titles = tuple({doc.document.metadata.title for doc in docs})
    for e in events:
        assert isinstance(e["DTSTART"].dt, date) and not isinstance(e["DTSTART"].dt, datetime)
        assert (e["DTEND"].dt - e["DTSTART"].dt).days == 1
        assert e["DTSTAMP"].dt.tzinfo is not None
        assert 0 < len(str(e["SUMMARY"])) <= 40
        description = str(e["DESCRIPTION"])
        assert description.startswith(titles)
        assert "\nDeadline: " in description and "\nSource: samples/" in description
    # a deadline that names only a year is on the 31st of December, and says so
    year_only = [e for e in events if "gives only the year" in str(e["DESCRIPTION"])]
    assert year_only and all(e["DTSTART"].dt.month == 12 and e["DTSTART"].dt.day == 31 for e in year_only)
    # the same input gives the same UIDs in the next run
    again = tmp_path / "again.ics"
    assert run("calendar", str(samples_out), "-o", str(again)).returncode == 0
    assert [str(e["UID"]) for e in read_ics(again)[1].walk("VEVENT")] == uids


def test_calendar_events_carry_task_section_and_lead(plans_out):
    p = subprocess.run([sys.executable, "-m", "policyparse", "calendar", str(plans_out)], capture_output=True,
                       timeout=600)
    cal = icalendar.Calendar.from_ical(p.stdout)
    events = cal.walk("VEVENT")
    dates = plan(1, "")[2] + plan(2, "")[2]  # a-copy.txt (a.txt is its copy), then b.txt
    assert [(e["DTSTART"].dt.year, e["DTSTART"].dt.month) for e in events] == [(d.year, d.month) for d in dates]
    for e in events:
        day = e["DTSTART"].dt
        assert (day + timedelta(days=1)).day == 1  # the last day of the month
        summary, description = str(e["SUMMARY"]), str(e["DESCRIPTION"])
        assert summary == f"推进第{summary[3]}项改革：加强统筹协调，2027年{day.month}月底前完成", summary
        assert "gives only the month" in description
        assert re.search(r"\nSection: 1\.\d 一、重点任务 › （[一二三四五六七八]）推进第\d项改革\n", description)
        assert re.search(r"\nLead: 市\w+\nUnits: 市\w+、市\w+\n", description)


def test_calendar_escapes_and_folds_long_chinese_text(tmp_path):
    long_item = "，".join(f"第{i}批老旧小区完成改造" for i in range(1, 30))
    doc = tmp_path / "escape.txt"
    doc.write_text("某区关于做好城市更新工作的通知\n\n一、重点任务\n"
                   "（一）推进“一网通办,一次办结;全程\\网办”。2026年9月30日前完成。（牵头单位：区政务服务中心）\n"
                   f"（二）{long_item}。2026年12月31日前完成。（牵头单位：区住建局）\n", encoding="utf-8")
    ics = tmp_path / "due.ics"
    assert run("calendar", str(doc), "-o", str(ics)).returncode == 0
    data, cal = read_ics(ics)
    check_rfc5545_lines(data)
    assert "一网通办\\,一次办结\\;全程\\\\网办".encode() in data.replace(b"\r\n ", b"")
    first, second = cal.walk("VEVENT")
    assert first["DTSTART"].dt == date(2026, 9, 30) and second["DTSTART"].dt == date(2026, 12, 31)
    assert str(first["SUMMARY"]) == "推进“一网通办,一次办结：2026年9月30日前完成"  # a title ends at ;
    assert "Task: （一）推进“一网通办,一次办结;全程\\网办”。2026年9月30日前完成。（牵头单位：区政务服务中心）" \
        in str(first["DESCRIPTION"])
    assert f"Task: （二）{long_item}。2026年12月31日前完成。" in str(second["DESCRIPTION"])
    assert "gives only" not in str(first["DESCRIPTION"])
    lines = data.split(b"\r\n")
    folds = [(line, after) for line, after in zip(lines, lines[1:]) if after.startswith(b" ")]
    assert len(folds) > 10
    for line, after in folds:  # every line is as full as it can be without splitting the next character
        assert len(line) + len(after[1:].decode("utf-8")[0].encode("utf-8")) > LINE_OCTETS


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")) | st.sampled_from(",;:\\\n\""),
               max_size=300))
def test_fold_keeps_every_character_and_escape_round_trips(value):
    line = "DESCRIPTION:" + escape_text(value)
    folded = fold(line)
    parts = folded.encode("utf-8").split(b"\r\n")
    assert all(len(p) <= LINE_OCTETS for p in parts)
    assert folded.replace("\r\n ", "") == line
    event = icalendar.Event.from_ical(f"BEGIN:VEVENT\r\n{folded}\r\nEND:VEVENT\r\n")
    assert str(event["DESCRIPTION"]) == value.replace("\r\n", "\n").replace("\r", "\n")


def test_calendar_stamp_and_library_use():
    result = parse_text(plan(3, "某县人民政府办公室关于印发某县农村改革工作方案的通知", items=3)[0])
    text = calendar(documents([("plan.txt", result)]), now=datetime(2026, 1, 2, 3, 4, 5, tzinfo=timezone.utc))
    cal = icalendar.Calendar.from_ical(text)
    assert [str(e["DTSTAMP"].to_ical(), "ascii") for e in cal.walk("VEVENT")] == ["20260102T030405Z"] * 3
    table = matrix(documents([("plan.txt", result)]))
    assert table.columns == ("agency", "lead", "partner", "total", "documents")
    assert sum(r[1] for r in table.rows) == 3 and sum(r[2] for r in table.rows) == 6
