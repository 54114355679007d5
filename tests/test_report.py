"""The review page: every record highlighted once, anchors for every section, nothing fetched.

The browser tests drive Debian's Chromium (``/usr/bin/chromium``, installed by
``scripts/install-debian-packages.sh``) with playwright; no browser is downloaded.
"""
from __future__ import annotations

import os
import shutil
import zlib
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest

import policyparse
from policyparse.report import KINDS, render
from policyparse.segment import walk

ROOT = Path(__file__).parent.parent
SAMPLES = sorted((ROOT / "samples").glob("*.txt"))
CHROMIUM = os.environ.get("POLICYPARSE_CHROMIUM", "/usr/bin/chromium")


class _Marks(HTMLParser):
    """Counts highlights by kind, section anchors, and checks that <mark>s nest."""

    def __init__(self) -> None:
        super().__init__()
        self.first = Counter()
        self.pieces = Counter()
        self.anchors: list[str] = []
        self.depth = 0
        self.external: list[str] = []
        self.document = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "div" and "data-document" in a:
            self.document = int(a["data-document"])
        if tag == "mark" and "hl" in (a.get("class") or "").split():
            self.depth += 1
            key = (self.document, a["data-kind"], int(a["data-index"]))
            self.pieces[key] += 1
            if "cont" not in a["class"].split():
                self.first[key] += 1
        if tag == "span" and a.get("class") == "sec-anchor":
            self.anchors.append(a["id"])
        for name in ("src", "href"):
            if a.get(name) and not a[name].startswith("#"):
                self.external.append(a[name])
        if tag == "link":
            self.external.append(str(a))

    def handle_endtag(self, tag):
        if tag == "mark" and self.depth:
            self.depth -= 1


def _kinds(doc):
    return [k for k in KINDS if k in type(doc).model_fields]


@pytest.mark.parametrize("path", SAMPLES, ids=[p.stem[:3] for p in SAMPLES])
def test_every_record_is_highlighted_once_and_every_section_has_an_anchor(path):
    result = policyparse.parse(path)
    marks = _Marks()
    marks.feed(render([result]))
    for n, doc in enumerate(result.documents, 1):
        for kind in _kinds(doc):
            got = sorted(i for (d, k, i) in marks.first if d == n and k == kind)
            assert got == list(range(len(getattr(doc, kind)))), (n, kind)
        prefix = "" if n == 1 else f"d{n}-"
        assert {f"{prefix}s-{s.id}" for s in walk(doc.sections)} <= set(marks.anchors)
    assert all(c == 1 for c in marks.first.values())
    assert marks.depth == 0 and marks.external == []


def test_overlapping_records_nest_or_split_into_pieces():
    result = policyparse.parse_text("一、目标\n到2025年底前，全市新建养老床位500张以上（牵头单位：市民政局；完成时限：2025年底前）。")
    page = render([result])
    marks = _Marks()
    marks.feed(page)
    doc = result.documents[0]
    assert doc.deadlines and doc.targets and doc.responsibilities
    assert sum(marks.first.values()) == sum(len(getattr(doc, k)) for k in _kinds(doc))
    assert marks.depth == 0
    assert sum(marks.pieces.values()) >= sum(marks.first.values())


def test_saved_json_without_text_still_renders(tmp_path):
    from policyparse.report import load_result

    result = policyparse.parse(SAMPLES[0])
    saved = result.model_dump_json(exclude={"text"})
    page = render([load_result(saved)])
    assert "saved without its text" in page and "data-kind=\"responsibilities\"" in page


# ------------------------------------------------------------------ in a real browser

@pytest.fixture(scope="module")
def browser():
    if not shutil.which(CHROMIUM):
        pytest.fail(f"{CHROMIUM} not found: run `sh scripts/install-debian-packages.sh` (Debian's chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync"])
        yield b
        b.close()


@pytest.fixture(scope="module")
def sample_page(tmp_path_factory):
    path = SAMPLES[0]
    result = policyparse.parse(path)
    out = tmp_path_factory.mktemp("report") / "report.html"
    out.write_text(render([result]), encoding="utf-8")
    return result, out


def _png_is_not_blank(png: bytes) -> bool:
    """Whether a PNG has more than a sliver of non-white pixels (reads its IDAT data)."""
    i, data = 8, b""
    while i < len(png):
        length = int.from_bytes(png[i:i + 4], "big")
        if png[i + 4:i + 8] == b"IDAT":
            data += png[i + 8:i + 8 + length]
        i += 12 + length
    raw = zlib.decompress(data)
    return sum(1 for b in raw if b < 0xF0) > 0.02 * len(raw)


def test_in_chromium_highlights_match_records(browser, sample_page):
    result, path = sample_page
    page = browser.new_page()
    page.goto(path.as_uri())
    doc = result.documents[0]
    for kind in _kinds(doc):
        n = page.locator(f'.doc[data-document="1"] mark.hl:not(.cont)[data-kind="{kind}"]').count()
        assert n == len(getattr(doc, kind)), kind
    page.close()


def test_in_chromium_clicking_the_outline_scrolls_to_the_section(browser, sample_page):
    result, path = sample_page
    page = browser.new_page(viewport={"width": 1200, "height": 700})
    page.goto(path.as_uri())
    last = list(walk(result.documents[0].sections))[-1]
    anchor = page.locator(f'[id="s-{last.id}"]')
    assert anchor.bounding_box()["y"] > 700  # far down before the click
    page.locator(f'nav.outline a[data-section="{last.id}"]').click()
    page.wait_for_timeout(200)
    y = anchor.bounding_box()["y"]
    assert 0 <= y < 700
    page.close()


def test_in_chromium_clicking_a_record_row_scrolls_to_its_highlight(browser, sample_page):
    result, path = sample_page
    page = browser.new_page(viewport={"width": 1200, "height": 700})
    page.goto(path.as_uri())
    k = len(result.documents[0].targets) - 1
    page.locator(f'tr[data-kind="targets"][data-index="{k}"]').click()
    page.wait_for_timeout(200)
    box = page.locator(f'mark.hl:not(.cont)[data-kind="targets"][data-index="{k}"]').bounding_box()
    assert 0 <= box["y"] < 700
    page.close()


def test_in_chromium_a_screenshot_is_not_blank(browser, sample_page):
    _, path = sample_page
    page = browser.new_page(viewport={"width": 1200, "height": 800})
    page.goto(path.as_uri())
    assert _png_is_not_blank(page.screenshot())
    page.close()
