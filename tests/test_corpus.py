"""Run every corpus of examples under tests/corpus.

A corpus is data: short real-style lines with what they must give.  To add a
case, add one line to the corpus; this file does not change.
"""
from __future__ import annotations

import pytest

from corpus import markers
from policyparse.segment import read_heading_line


def _first_heading(line: str):
    heading = read_heading_line(line)
    if heading is None:
        return None
    marker, title, _ = heading
    return (marker.style, marker.number, title)


@pytest.mark.parametrize("line,expected", markers.EXAMPLES, ids=[e[0][:16] for e in markers.EXAMPLES])
def test_marker_examples(line, expected):
    assert _first_heading(line) == expected


@pytest.mark.parametrize("line", markers.NEGATIVES, ids=[n[:16] for n in markers.NEGATIVES])
def test_marker_negatives(line):
    assert _first_heading(line) is None
