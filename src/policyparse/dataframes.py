"""Parse results as pandas DataFrames, and as the tables of a workbook.

:func:`frames` (``policyparse.frames``; :meth:`ParseResult.to_frames
<policyparse.models.ParseResult.to_frames>` for one result) gives one DataFrame per table of
:data:`policyparse.tabular.TABLES`, with the columns and keys of the batch's CSV
files: ``doc_id`` and ``section_path`` are text, ``section_index`` and
``record_index`` integers (``Int64``, empty where a record is outside every
section), flags such as a task's ``inherited`` booleans, list columns hold Python lists and date columns are datetimes.
Documents that repeat one of an earlier result are marked in ``duplicate_of``.

pandas is optional (``pip install 'policyparse[frames]'``) and imported only
when :func:`frames` runs.  This module parses nothing and writes no files.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from .errors import PolicyParseError
from .tabular import TABLES, find_duplicates, fingerprints, headers, table_rows

_DATE_COLUMNS = {"date", "published", "printed_date", "effective", "expires"}


def _named(results) -> Iterator[tuple[str, object]]:
    """Each result with a name unique among them: its path, else ``result1`` …"""
    from .models import ParseResult

    if isinstance(results, ParseResult):
        results = [results]
    seen: dict[str, int] = {}
    for n, result in enumerate(results, 1):
        name = result.source.path or f"result{n}"
        seen[name] = seen.get(name, 0) + 1
        yield (name if seen[name] == 1 else f"{name}~{seen[name]}"), result


def _all_rows(results) -> dict[str, list[tuple]]:
    named = list(_named(results))
    duplicates = find_duplicates((name, fingerprints(r)) for name, r in named)
    tables: dict[str, list[tuple]] = {t: [] for t in TABLES}
    for name, result in named:
        for table, rows in table_rows(name, result.model_dump(mode="json", exclude={"text"}),
                                      duplicates=duplicates.get(name)).items():
            tables[table] += rows
    return tables


def result_tables(results: Iterable, lang: str = "en") -> dict[str, tuple[list[str], list[tuple]]]:
    """Every table of ``results`` (:class:`~policyparse.models.ParseResult` s) as
    table name → (header row, rows), the form :func:`policyparse.xlsx.write_workbook` takes."""
    return {t: (headers(t, lang), rows) for t, rows in _all_rows(results).items()}


def frames(results) -> dict:
    """One pandas DataFrame per table (documents, sections, one per record kind) of ``results``.

    ``results`` is a :class:`~policyparse.models.ParseResult` or an iterable of them
    (``parse_many`` gives ``(name, result)`` pairs: pass the results).  Each
    result's documents get ``doc_id`` ``<source path>#1`` …

    >>> import policyparse
    >>> f = policyparse.parse_text("一、工作目标\\n到2025年，建成示范基地5个。").to_frames()
    >>> f["targets"][["section_path", "indicator", "value", "year"]].to_dict("records")
    [{'section_path': 's1', 'indicator': '示范基地', 'value': 5.0, 'year': 2025}]
    """
    try:
        import pandas as pd
    except ImportError:
        raise PolicyParseError("DataFrames need pandas: pip install 'policyparse[frames]'") from None
    out = {}
    for table, rows in _all_rows(results).items():
        df = pd.DataFrame.from_records(rows, columns=[c for c, _ in TABLES[table]])
        for column, sql in TABLES[table]:
            if sql.startswith("INTEGER"):
                flags = df[column].dropna().map(type).eq(bool)
                df[column] = df[column].astype("boolean" if len(flags) and flags.all() else "Int64")
            elif column in _DATE_COLUMNS:
                df[column] = pd.to_datetime(df[column])
        out[table] = df
    return out
