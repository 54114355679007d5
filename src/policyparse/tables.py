"""Tables flattened into text: their rows and cells, as spans.

Readers print a table of a .docx or .html file one row per line with its cells
joined by tabs; web copies print them with ``|`` between cells
(``序号 | 工作任务 | 牵头单位 |``), or one cell per line, each ended by ``|``,
with a line of bare ``|`` closing each row.  :func:`tables` finds the runs of
such lines and returns their rows, each a list of :class:`Cell` spans into the
text (trimmed; an empty cell has an empty span), so that extractors can read
a cell under the header of its column.

Copies of statistics tables also print each cell on a line of its own with no
separator at all (``指标名称`` / ``属性`` / ``全年目标`` / ``全年完成`` / ``全市生产总值`` / …).
Such a table is recognised by its header — a first cell such as 指标名称 or 序号
followed by short column names (:data:`COLUMN_NAME`) — and its rows are the
lines that follow, as many to a row as the header has cells, up to the first
line that cannot be a cell (a sentence, a heading, the next table's caption).

A row that spans several rows of a column (a merged cell) is printed once;
the rows below it have fewer cells.  :func:`column_of` reads a short row as
missing its first cells, which is where merged cells sit in these tables.

This module finds rows and cells only; it does not decide what a cell holds.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache

import regex

from .grammar.numerals import cn_to_int, fullwidth_to_ascii

SEPARATORS = ("\t", "|")
"""Cell separators: tabs (the readers' tables), ``|`` (web copies)."""


@dataclass(frozen=True)
class Cell:
    start: int
    end: int

    def text(self, text: str) -> str:
        return text[self.start:self.end]


Row = list[Cell]


def _trimmed(text: str, s: int, e: int) -> Cell:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return Cell(s, e)


def _split(text: str, s: int, e: int, sep: str) -> Row:
    cells, at = [], s
    while True:
        i = text.find(sep, at, e)
        if i == -1:
            cells.append(_trimmed(text, at, e))
            return cells
        cells.append(_trimmed(text, at, i))
        at = i + 1


def _line_row(text: str, s: int, e: int) -> tuple[str, Row]:
    """How a line takes part in a table: ``("row", cells)``, ``("cell", [cell])``,
    ``("end", [])`` (a line of bare ``|``) or ``("text", [])``."""
    line = text[s:e]
    stripped = line.strip()
    if not stripped:
        return "text", []
    if "\t" in line:
        cells = _split(text, s, e, "\t")
        if sum(1 for c in cells if c.end > c.start) >= 2:
            return "row", _drop_trailing_empty(cells)
    if "|" not in line:
        return "text", []
    if not stripped.strip("|"):
        return "end", []
    cells = _split(text, s, e, "|")
    if cells and cells[0].end == cells[0].start:
        cells = cells[1:]  # a border before the first cell
    cells = _drop_trailing_empty(cells)
    if len(cells) == 1 and stripped.endswith("|"):
        return "cell", cells
    if len(cells) >= 2:
        return "row", cells
    return "text", []


def _drop_trailing_empty(cells: Row) -> Row:
    while cells and cells[-1].end == cells[-1].start:
        cells = cells[:-1]
    return cells


@lru_cache(maxsize=4)  # the extractors of one document read the same tables
def tables(text: str, start: int, end: int) -> list[list[Row]]:
    r"""The flattened tables in ``text[start:end]``: each a list of rows of cells, in text order.

    >>> t = "说明\n序号|任务|牵头单位|\n1|建设平台|市发改委|\n结束"
    >>> [[c.text(t) for c in row] for row in tables(t, 0, len(t))[0]]
    [['序号', '任务', '牵头单位'], ['1', '建设平台', '市发改委']]
    >>> t = "序号|\n任务|\n牵头单位|\n1|\n建设平台|\n市发改委|\n2|\n建设园区|\n市商务局|"
    >>> [[c.text(t) for c in row] for row in tables(t, 0, len(t))[0]][2]
    ['2', '建设园区', '市商务局']

    The result is cached for the next reader of the same text: read it, do not change it.
    """
    end = min(end, len(text))
    found = _separated_tables(text, start, end) if any(sep in text[start:end] for sep in SEPARATORS) else []
    bare = _bare_tables(text, start, end)
    return sorted(found + bare, key=lambda t: t[0][0].start) if bare else found


def _separated_tables(text: str, start: int, end: int) -> list[list[Row]]:
    """Tables whose cells are split by tabs or ``|``."""
    found: list[list[Row]] = []
    table: list[Row] = []
    run: list[Row] = []  # cells printed one per line; a line of bare | closes a row
    ended = False  # whether the run has such lines

    def close_run() -> None:
        nonlocal run, ended
        rows = [r for r in run if r]
        table.extend(rows if ended else _rows_by_ordinal(text, [c for r in rows for c in r]))
        run, ended = [], False

    at = start
    while at < end:
        nl = text.find("\n", at, end)
        line_end = end if nl == -1 else nl
        kind, cells = _line_row(text, at, line_end)
        if kind == "cell":
            if not run:
                run.append([])
            run[-1].extend(cells)
        elif kind == "end":
            ended = True
            run.append([])
        else:
            close_run()
            if kind == "row":
                table.append(cells)
            else:
                if len(table) >= 2:
                    found.append(table)
                table = []
        at = line_end + 1
    close_run()
    if len(table) >= 2:
        found.append(table)
    return found


# The first cell of a header printed one cell per line, without separators.
_FIRST_COLUMNS = r"(?:序号|序號|编号|編號|(?:主要)?指标(?:名称)?|指標(?:名稱)?|项目(?:名称)?|項目(?:名稱)?|工作任务|任务|类别|類別)"
FIRST_COLUMN = regex.compile(rf"^{_FIRST_COLUMNS}$")
_FIRST_COLUMN_LINE = regex.compile(rf"^[ \t\u3000]*{_FIRST_COLUMNS}[ \t\u3000]*$", regex.MULTILINE)
# The other column names of such a header: short, and ending as column names do.
COLUMN_NAME = regex.compile(
    r"^(?:[12][0-9]{3}年度?)?[\p{Han}]{0,8}?(?:目标|目標|完成|属性|屬性|单位|單位|时限|時限|时间|時間|备注|備註|"
    r"进度|進度|情况|情況|内容|內容|目标值|完成值|预期|預期|实际|實際|指标|指標|类型|類型|名称|名稱|部门|部門|序号|序號|"
    r"地点|地點|规模|規模|金额|金額|投资|投資|数量|數量|标准|標準|措施|责任人|責任人|联系人|聯繫人|领导|領導)"
    r"(?:[（(][^）)\n]{1,6}[）)])?$"
)
MAX_BARE_CELL = 60  # a longer line is prose, not a cell
BARE_STOP = regex.compile(r"^(?:表\s*[0-9０-９一二三四五六七八九十]|[一二三四五六七八九十]+、|第[一二三四五六七八九十百]+[章节条])")


def _bare_tables(text: str, start: int, end: int) -> list[list[Row]]:
    r"""Tables printed one cell per line with no separator, found by their header.

    >>> t = "表一 目标完成情况\n指标名称\n属性\n全年目标\n全年完成\n生产总值\n预期性\n增长5%\n增长5.2%\n二、下一步工作"
    >>> [[c.text(t) for c in row] for row in _bare_tables(t, 0, len(t))[0]]
    [['指标名称', '属性', '全年目标', '全年完成'], ['生产总值', '预期性', '增长5%', '增长5.2%']]
    """
    if not _FIRST_COLUMN_LINE.search(text, start, end):
        return []
    lines = [_trimmed(text, s, e) for s, e in _line_spans(text, start, end)]
    lines = [c for c in lines if c.end > c.start]
    found: list[list[Row]] = []
    i = 0
    while i < len(lines):
        if not FIRST_COLUMN.match(lines[i].text(text)):
            i += 1
            continue
        j = i + 1
        while j < len(lines) and COLUMN_NAME.match(lines[j].text(text)) and not FIRST_COLUMN.match(lines[j].text(text)):
            j += 1
        width = j - i
        if width < 3:
            i += 1
            continue
        k = j
        while k < len(lines) and _bare_cell(lines[k].text(text)) and not FIRST_COLUMN.match(lines[k].text(text)):
            k += 1
        rows = [lines[i:j]] + [lines[r:r + width] for r in range(j, k - width + 1, width)]
        if len(rows) >= 2:
            found.append(rows)
        i = j + (len(rows) - 1) * width
    return found


def _bare_cell(line: str) -> bool:
    return len(line) <= MAX_BARE_CELL and not line.endswith(("。", "：", ":")) and not BARE_STOP.match(line) \
        and not any(sep in line for sep in SEPARATORS)


def _line_spans(text: str, start: int, end: int):
    at = start
    while at < end:
        nl = text.find("\n", at, end)
        line_end = end if nl == -1 else nl
        yield at, line_end
        at = line_end + 1


_NUMBER_HEADER = regex.compile(r"^(?:序号|序號|编号|編號)$")
_ORDINAL = regex.compile(r"^(?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})$")


def _rows_by_ordinal(text: str, cells: Row) -> list[Row]:
    """Rows of a table printed one cell per line with nothing between rows.

    When its first column is a 序号 column, a row begins at each cell that holds
    the next number (1, 2, 3 / 一, 二, 三); the cells before the first are the header
    (and before the 序号 cell, a caption, left out); a 序号 cell again starts a
    new header.  Without a 序号 column the rows cannot be told apart: no rows.
    """
    first = next((k for k, c in enumerate(cells) if _NUMBER_HEADER.match(c.text(text))), None)
    if first is None:
        return []
    cells = cells[first:]  # what comes before the header is a caption
    rows: list[Row] = [[cells[0]]]
    expected: int | None = None
    for cell in cells[1:]:
        if _NUMBER_HEADER.match(cell.text(text)):  # the header printed again: a new table
            rows.append([cell])
            expected = None
            continue
        value = _ordinal(cell.text(text))
        if value is not None and (expected is None or value == expected):
            rows.append([])
            expected = value + 1
        rows[-1].append(cell)
    return rows if len(rows) >= 2 else []


def _ordinal(s: str) -> int | None:
    if not _ORDINAL.match(s):
        return None
    digits = fullwidth_to_ascii(s)
    return int(digits) if digits.isdigit() else cn_to_int(s)


def column_of(text: str, row: Row, header: Row, column: int) -> Cell | None:
    """The cell of ``row`` in ``column`` of ``header``.

    A row as wide as the header (or wider), or one that begins with its number
    under a 序号 header, is read from its first cell; a shorter one is read as
    missing its first cells (merged cells above it).

    >>> t = "序号任务单位2单位"
    >>> header = [Cell(0, 2), Cell(2, 4), Cell(4, 6)]
    >>> column_of(t, [Cell(7, 9)], header, 2), column_of(t, [Cell(6, 7), Cell(7, 9)], header, 1)
    (Cell(start=7, end=9), Cell(start=7, end=9))
    """
    numbered = bool(row) and _NUMBER_HEADER.match(header[0].text(text)) and _ordinal(row[0].text(text)) is not None
    k = column if numbered or len(row) >= len(header) else column - (len(header) - len(row))
    return row[k] if 0 <= k < len(row) else None


_SPACES = regex.compile(r"\s+")


def header_name(shadow: str, cell: Cell) -> str:
    """A header cell as rules read it: in the simplified shadow, whitespace removed."""
    return _SPACES.sub("", shadow[cell.start:cell.end])


def rows_under_headers(text: str, shadow: str, start: int, end: int,
                       is_header: Callable[[str], object]) -> Iterator[tuple[list[str], Row, Row]]:
    r"""Each row of the flattened tables in ``text[start:end]`` that sits under a header row:
    ``(names, header, row)``, ``names`` being the header's cells by :func:`header_name`.

    A header row is one with a cell that ``is_header`` accepts; rows before the first
    header of a table are left out, and a later header row replaces the one before.

    >>> t = "序号|项目|投资（万元）|\n1|修路|300|\n2|建桥|120|"
    >>> [(names[2], row[2].text(t)) for names, _, row in rows_under_headers(t, t, 0, len(t), lambda n: "万元" in n)]
    [('投资（万元）', '300'), ('投资（万元）', '120')]
    """
    for table in tables(text, start, end):
        header: Row | None = None
        names: list[str] = []
        for row in table:
            row_names = [header_name(shadow, c) for c in row]
            if any(is_header(n) for n in row_names):
                header, names = row, row_names
            elif header is not None:
                yield names, header, row


def is_column_name(name: str) -> bool:
    """Whether a header cell (by :func:`header_name`) reads as the name of a column.

    >>> [is_column_name(n) for n in ("序号", "全年目标", "2024年建设内容", "牵头单位", "全市生产总值")]
    [True, True, True, True, False]
    """
    return bool(FIRST_COLUMN.match(name) or COLUMN_NAME.match(name))


_CAPTION = regex.compile(r"^\s*表\s*[0-9０-９一二三四五六七八九十]")
_CAPTION_YEAR = regex.compile(r"(?<![0-9０-９])(?P<year>[12][0-9]{3})\s*年(?!\s*[-—–－~～至到])")


# The column that names what each row is about: 指标名称, 项目, 重点任务, 民生事项名称.
NAME_COLUMN = regex.compile(r"^(?:(?:主要|重点|工作|民生)?(?:指标|指標|项目|項目|任务|任務|事项|事項)(?:名称|名稱)?|名称|名稱)$")


@dataclass(frozen=True)
class ColumnCell:
    """A data cell of a table, the name of its column, the year its caption states, and the
    cell of its row under the name column (:data:`NAME_COLUMN`), when there is one."""

    start: int
    end: int
    column: str
    caption_year: int | None
    label: Cell | None = None


def column_cells(text: str, shadow: str, start: int, end: int) -> list[ColumnCell]:
    r"""Every data cell under a header of column names, in text order.

    ``caption_year`` is the one year of the table's caption (the line right above
    its header that starts with 表), when the caption names one year only.

    >>> t = "表一 2024年主要目标完成情况\n指标名称\n属性\n全年目标\n全年完成\n生产总值\n预期性\n增长5%\n增长5.2%"
    >>> [(t[c.start:c.end], c.column, c.caption_year) for c in column_cells(t, t, 0, len(t))][2:]
    [('增长5%', '全年目标', 2024), ('增长5.2%', '全年完成', 2024)]
    """
    out = []
    for names, header, row in rows_under_headers(text, shadow, start, end, is_column_name):
        year = _caption_year(shadow, start, header[0].start)
        named = next((k for k, name in enumerate(names) if NAME_COLUMN.match(name)), None)
        label = column_of(text, row, header, named) if named is not None else None
        for k, name in enumerate(names):
            cell = column_of(text, row, header, k)
            if cell is not None and cell.end > cell.start:
                out.append(ColumnCell(cell.start, cell.end, name, year, label if label != cell else None))
    return sorted(out, key=lambda c: c.start)


def _caption_year(shadow: str, start: int, header_start: int) -> int | None:
    def line_before(pos: int) -> tuple[int, str]:
        """The start and text of the line that ends at the line break before ``pos``."""
        end = shadow.rfind("\n", start, pos)
        begin = max(start, shadow.rfind("\n", start, end) + 1) if end >= 0 else -1
        return begin, shadow[begin:end] if end >= 0 else ""

    begin, caption = line_before(header_start)
    while begin > start and not caption.strip():  # blank lines between caption and header
        begin, caption = line_before(begin)
    if not _CAPTION.match(caption):
        return None
    years = {m.group("year") for m in _CAPTION_YEAR.finditer(caption)}
    return int(years.pop()) if len(years) == 1 else None
