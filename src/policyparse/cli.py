"""The ``policyparse`` command line: a thin shell over the library.

stdout carries only the output; errors go to stderr as one line each, naming
the file and the reason.
"""
from __future__ import annotations

import contextlib
import json
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from . import __version__
from .errors import PolicyParseError

app = typer.Typer(
    name="policyparse",
    help="Turn Chinese government policy documents (公文) into structured JSON.\n\n"
    "Examples:\n\n"
    "  policyparse extract notice.txt\n\n"
    "  policyparse extract a.txt b.txt --format jsonl -o out.jsonl\n\n"
    "  cat notice.txt | policyparse extract -\n\n"
    "  policyparse outline notice.txt\n\n"
    "  policyparse schema > policyparse.schema.json",
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)


class OutputFormat(str, Enum):
    json = "json"
    jsonl = "jsonl"
    xlsx = "xlsx"


class Lang(str, Enum):
    en = "en"
    zh = "zh"


def _err(message: str) -> None:
    sys.stderr.write(f"policyparse: error: {message}\n")


def _warn(name: str, message: str) -> None:
    sys.stderr.write(f"policyparse: warning: {name}: {message}\n")


def _parse_one(name: str, limits=None, progress=None):
    from .pipeline import parse, parse_bytes
    from .readers import DEFAULT_LIMITS, STDIN, read_stream

    limits = limits or DEFAULT_LIMITS
    if name == "-":
        return parse_bytes(read_stream(sys.stdin.buffer, STDIN, limits), STDIN, limits=limits, progress=progress)
    return parse(name, limits=limits, progress=progress)


class _PageBar:
    """A progress bar on stderr while OCR reads a scan of ``MIN_PAGES`` pages
    or more, when stderr is a terminal (nothing otherwise); a progress
    callback for :func:`policyparse.parse`."""

    MIN_PAGES = 3

    def __init__(self, name: str) -> None:
        self.name = name
        self.bar = None

    def __call__(self, done: int, total: int) -> None:
        if self.bar is None:
            if total < self.MIN_PAGES or not sys.stderr.isatty():
                return
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

            self.bar = Progress(TextColumn("OCR"), TextColumn(Path(self.name).name[-40:], markup=False), BarColumn(),
                                MofNCompleteColumn(), TextColumn("pages"), TimeElapsedColumn(), TextColumn("ETA"),
                                TimeRemainingColumn(), console=Console(stderr=True, highlight=False), transient=True)
            self.bar.add_task("ocr", total=total)
            self.bar.start()
        self.bar.update(self.bar.task_ids[0], completed=done, total=total)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.stop()
            self.bar = None


def _parse_each(names: list[str], failed: list[str], limits=None):
    """Parse each name in turn and yield ``(name, result)``; the names that failed go into ``failed``.

    A file that cannot be read is one error line; a result's warnings are one line each;
    a long scan shows its OCR progress bar (on a terminal) while it is read."""
    for name in names:
        bar = _PageBar(name)
        try:
            try:
                result = _parse_one(name, limits, bar)
            finally:
                bar.close()  # before any error or warning line
        except PolicyParseError as exc:
            _err(str(exc))
            failed.append(name)
            continue
        for warning in result.warnings:
            _warn(result.source.path or name, warning)
        yield name, result


def _parse_all(names: list[str], limits=None) -> tuple[list[tuple[str, "object"]], int]:
    """Parse each name; ``(name, result)`` of those that parsed, and how many failed (see :func:`_parse_each`)."""
    failed: list[str] = []
    parsed = list(_parse_each(names, failed, limits))
    return parsed, len(failed)


def _write(data: str, output: Optional[Path]) -> None:
    """Write ``data`` to ``output`` (UTF-8), or to stdout; a file that cannot be written is one line."""
    if output is None:
        sys.stdout.write(data)
        return
    try:
        output.write_text(data, encoding="utf-8")
    except OSError as exc:
        _err(f"{output}: cannot write ({exc.strerror or exc})")
        raise typer.Exit(1)


@contextlib.contextmanager
def _one_line_errors(target: Path):
    """A PolicyParseError, or an OSError writing ``target``, as one error line and exit status 1."""
    try:
        yield
    except PolicyParseError as exc:
        _err(str(exc))
        raise typer.Exit(1)
    except OSError as exc:
        _err(f"{target}: cannot write ({exc.strerror or exc})")
        raise typer.Exit(1)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"policyparse {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[Optional[bool], typer.Option("--version", callback=_version, is_eager=True,
                                                    help="Show the version and exit.")] = None,
) -> None:
    """Turn Chinese government policy documents (公文) into structured JSON."""


@app.command()
def extract(
    files: Annotated[list[str], typer.Argument(help="Files to parse (.txt, .docx, .pdf, .html, .doc, .wps); - reads stdin.")],
    output: Annotated[Optional[Path], typer.Option("-o", "--output", help="Write here instead of stdout.")] = None,
    fmt: Annotated[OutputFormat, typer.Option("--format", "-f", help="json: one object (an array for several files); jsonl: one line per file; xlsx: a workbook of tables, one sheet per table (needs -o and the xlsx extra).")] = OutputFormat.json,
    lang: Annotated[Lang, typer.Option("--lang", help="Headers of the xlsx tables: en (column names) or zh (Chinese).")] = Lang.en,
    with_text: Annotated[bool, typer.Option("--text", help="Include the normalised text that spans index into.")] = False,
    indent: Annotated[int, typer.Option(help="Indentation of json output (0 for compact).")] = 2,
    explain: Annotated[bool, typer.Option("--explain", help="Add to every record and section the name of the rule that accepted it.")] = False,
    max_size: Annotated[int, typer.Option("--max-size", metavar="MIB", help="Refuse an input larger than this, in MiB (stdin and devices are read no further).")] = 256,
    max_unzipped: Annotated[int, typer.Option("--max-unzipped", metavar="MIB", help="Refuse a .docx whose zip members inflate to more than this, in MiB.")] = 256,
    max_ratio: Annotated[float, typer.Option("--max-ratio", metavar="N", help="Refuse a .docx member over 1 MiB that inflates more than N times.")] = 100.0,
) -> None:
    """Extract metadata, sections and records from policy documents as JSON.

    The format comes from the extension; stdin and unknown extensions are
    recognised by their first bytes.  Example: policyparse extract notice.txt -o notice.json
    """
    from .readers import ReadLimits

    for option, value, low in (("--indent", indent, 0), ("--max-size", max_size, 1),
                               ("--max-unzipped", max_unzipped, 1), ("--max-ratio", max_ratio, 1)):
        if value < low:
            _err(f"{option} must be {low} or more, not {value:g}")
            raise typer.Exit(2)
    limits = ReadLimits(max_bytes=max_size << 20, max_unzipped_bytes=max_unzipped << 20, max_ratio=max_ratio)
    if fmt is OutputFormat.xlsx:
        _extract_xlsx(files, output, lang.value, limits)
        return
    exclude = None if with_text else {"text"}
    context = {"explain": True} if explain else None
    rendered: list[str] = []
    failed: list[str] = []
    for _name, result in _parse_each(files, failed, limits):  # each result rendered, then let go
        if fmt is OutputFormat.jsonl:
            rendered.append(result.model_dump_json(exclude=exclude, context=context))
        else:
            rendered.append(result.model_dump_json(exclude=exclude, indent=indent or None, context=context))
    if fmt is OutputFormat.jsonl:
        out = "".join(r + "\n" for r in rendered)
    elif len(files) == 1:
        out = rendered[0] + "\n" if rendered else ""
    else:
        out = "[" + ",\n".join(rendered) + "]\n"
    if out:
        _write(out, output)
    if failed:
        raise typer.Exit(1)


def _extract_xlsx(files: list[str], output: Optional[Path], lang: str, limits) -> None:
    """``extract --format xlsx``: the tables of every file that parsed, in one workbook."""
    from .dataframes import result_tables
    from .xlsx import require_xlsxwriter, write_workbook

    if output is None:
        _err("--format xlsx writes a workbook: give the file with -o, e.g. -o notice.xlsx")
        raise typer.Exit(2)
    with _one_line_errors(output):
        require_xlsxwriter()  # before any parsing
    parsed, failed = _parse_all(files, limits)
    results = [result for _, result in parsed]
    if results:
        with _one_line_errors(output):
            write_workbook(output, result_tables(results, lang=lang))
    if failed:
        raise typer.Exit(1)


@app.command()
def outline(
    file: Annotated[str, typer.Argument(help="The document to outline; - reads stdin.")],
    records: Annotated[bool, typer.Option("--records", help="List each section's records under it.")] = False,
) -> None:
    """Draw a document's section tree with section ids and record counts, to check it at a glance.

    Example: policyparse outline notice.txt --records
    """
    from rich.console import Console
    from rich.text import Text
    from rich.tree import Tree

    from .report import KINDS

    try:
        result = _parse_one(file)
    except PolicyParseError as exc:
        _err(str(exc))
        raise typer.Exit(1)
    console = Console()

    for i, doc in enumerate(result.documents, 1):
        kinds = [k for k in KINDS if k in type(doc).model_fields]
        by_section: dict[str | None, list] = {}
        for kind in kinds:
            for j, rec in enumerate(getattr(doc, kind)):
                by_section.setdefault(rec.section, []).append((kind, j, rec))

        def add(branch, sections):
            for s in sections:
                label = Text(s.marker, style="bold cyan")
                label.append(" " + s.title)
                label.append(f"  {s.id}", style="magenta")
                label.append(f"  L{s.level} {s.style} #{s.number}", style="dim")
                own = by_section.get(s.id, [])
                counts = {k: sum(1 for kk, _, _ in own if kk == k) for k in kinds}
                if any(counts.values()):
                    label.append("  " + " ".join(f"{k}:{n}" for k, n in counts.items() if n), style="yellow")
                node = branch.add(label)
                if records:
                    add_records(node, own)
                add(node, s.children)

        def add_records(branch, items):
            for kind, j, rec in items:
                line = Text(f"{kind}[{j}] ", style="yellow")
                line.append(" ".join(rec.raw.split()))
                branch.add(line)

        m = doc.metadata
        head = Text(m.title or f"document {i}", style="bold")
        if m.doc_number:
            head.append(f"  {m.doc_number}", style="green")
        if m.date:
            head.append(f"  {m.date.isoformat()}", style="green")
        tree = Tree(head)
        if records:
            add_records(tree, by_section.get(None, []))
        add(tree, doc.sections)
        console.print(tree)


class TaskFormat(str, Enum):
    table = "table"
    csv = "csv"
    jsonl = "jsonl"


TASK_COLUMNS = ("file", "document", "task", "section", "lead", "units", "inherited", "deadlines", "targets",
                "funding", "text")


def _target_text(t) -> str:
    value = f"{t.value:g}" + (f"-{t.value_max:g}" if t.value_max is not None else "")
    return f"{t.indicator} {t.comparator} {value}{t.unit}" + (f" ({t.year})" if t.year else "")


def _task_rows(name: str, result):
    for n, doc in enumerate(result.documents, 1):
        for i, t in enumerate(doc.tasks):
            yield {
                "file": name, "document": n, "task": i, "section": t.section,
                "lead": t.lead, "units": t.units + [u for u in t.shared_units if u not in t.units],
                "inherited": t.inherited,
                "deadlines": [str(doc.deadlines[k].date or doc.deadlines[k].raw) for k in t.deadlines],
                "targets": [_target_text(doc.targets[k]) for k in t.targets],
                "funding": [doc.funding[k].raw for k in t.funding],
                "text": " ".join(t.raw.split()),
            }


@app.command()
def tasks(
    files: Annotated[list[str], typer.Argument(help="Documents to read; - reads stdin.")],
    fmt: Annotated[TaskFormat, typer.Option("--format", "-f", help="table: a table in the terminal; csv (UTF-8 with BOM) or jsonl.")] = TaskFormat.table,
    output: Annotated[Optional[Path], typer.Option("-o", "--output", help="Write here instead of stdout.")] = None,
) -> None:
    """List who does what, by when, with how much: one row per task.

    Example: policyparse tasks plan.docx -f csv -o tasks.csv
    """
    import csv
    import io

    parsed, failed = _parse_all(files)
    rows = [row for name, result in parsed for row in _task_rows(result.source.path or name, result)]
    if fmt is TaskFormat.table and output is None:
        from rich.console import Console
        from rich.table import Table

        table = Table(title=f"{len(rows)} tasks", title_justify="left", show_lines=True)
        for col in ("section", "task", "lead", "units", "deadline", "targets"):
            table.add_column(col, overflow="fold")
        for r in rows:
            table.add_row(r["section"] or "", r["text"][:80] + ("…" if len(r["text"]) > 80 else ""),
                          "、".join(r["lead"]), "、".join(u for u in r["units"] if u not in r["lead"]),
                          "、".join(r["deadlines"]), "；".join(r["targets"]))
        Console().print(table)
    else:
        buf = io.StringIO()
        if fmt is TaskFormat.jsonl:
            for r in rows:
                buf.write(json.dumps(r, ensure_ascii=False) + "\n")
        else:
            from .tabular import cell, section_path, spreadsheet_cell

            w = csv.writer(buf)
            w.writerow(TASK_COLUMNS)
            for r in rows:  # lists as JSON arrays (items contain 、); s1.10, never the number 1.1
                r = {**r, "section": section_path(r["section"])}
                w.writerow([spreadsheet_cell(cell(r[c]) if isinstance(r[c], list) else r[c]) for c in TASK_COLUMNS])
        _write(("\ufeff" if fmt is TaskFormat.csv else "") + buf.getvalue(), output)
    if failed:
        raise typer.Exit(1)


@app.command()
def report(
    inputs: Annotated[list[str], typer.Argument(metavar="INPUT", help="Documents to parse, or a batch OUTDIR (with manifest.jsonl).")],
    output: Annotated[Optional[Path], typer.Option("-o", "--output", help="The HTML file to write (for a batch OUTDIR: a folder, default OUTDIR/report).")] = None,
    explain: Annotated[bool, typer.Option("--explain", help="Show on hover the rule that made each record.")] = False,
) -> None:
    """Write a self-contained HTML review page: the text with every record highlighted.

    Example: policyparse report notice.txt -o notice.html
    """
    from .report import render

    if len(inputs) == 1 and Path(inputs[0]).is_dir() and (Path(inputs[0]) / "manifest.jsonl").is_file():
        _report_batch(Path(inputs[0]), output)
        return
    parsed, failed = _parse_all(inputs)
    results = [result for _, result in parsed]
    if results:
        target = output or Path((Path(inputs[0]).stem if inputs[0] != "-" else "stdin") + ".report.html")
        page = render(results, explain=explain)
        try:
            target.write_text(page, encoding="utf-8")
        except OSError as exc:
            _err(f"{target}: cannot write ({exc.strerror or exc})")
            raise typer.Exit(1)
        sys.stderr.write(f"policyparse: wrote {target}\n")
    if failed:
        raise typer.Exit(1)


def _report_batch(outdir: Path, output: Optional[Path]) -> None:
    import json as _json

    from .report import load_result, render, render_index

    target = output or outdir / "report"
    entries = []
    for line in (outdir / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
        try:
            entries.append(_json.loads(line))
        except ValueError:
            continue
    pages: dict[str, str] = {}
    try:
        target.mkdir(parents=True, exist_ok=True)
        for n, e in enumerate(entries, 1):
            out = e.get("output")
            if e.get("status") != "ok" or not out or not (outdir / out).is_file():
                continue
            try:
                result = load_result((outdir / out).read_bytes())
            except ValueError as exc:
                _err(f"{outdir / out}: not a policyparse result ({str(exc).splitlines()[0]})")
                continue
            page = f"{n:05d}.html"
            (target / page).write_text(render([result]), encoding="utf-8")
            pages[e["name"]] = page
        (target / "index.html").write_text(render_index(entries, pages), encoding="utf-8")
    except OSError as exc:
        _err(f"{target}: cannot write ({exc.strerror or exc})")
        raise typer.Exit(1)
    sys.stderr.write(f"policyparse: wrote {target / 'index.html'} and {len(pages)} pages\n")


@app.command()
def explain(
    file: Annotated[str, typer.Argument(help="The document; - reads stdin.")],
    at: Annotated[Optional[int], typer.Option("--at", metavar="OFFSET", help="A character offset into the normalised text (as in a record's span).")] = None,
    why: Annotated[Optional[str], typer.Option("--why", metavar="TEXT", help="Explain the candidates that overlap each occurrence of TEXT.")] = None,
    kind: Annotated[Optional[str], typer.Option("--kind", help="Only candidates of this kind (deadline, target, responsibility, funding, heading, metadata).")] = None,
) -> None:
    """Say which rule accepted or rejected each candidate at a place in a document.

    Example: policyparse explain notice.txt --why "2020年"
    """
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from .explain import explain_file

    if (at is None) == (why is None):
        raise typer.BadParameter("give exactly one of --at OFFSET and --why TEXT", param_hint="'--at' / '--why'")
    try:
        found = explain_file(file, at=at, why=why, kind=kind)
    except PolicyParseError as exc:
        _err(str(exc))
        raise typer.Exit(1)
    if not found.decisions:
        where = f"offset {at}" if at is not None else repr(why)
        if why is not None and not found.places:
            _err(f"{file}: {why!r} does not occur in the normalised text")
        else:
            _err(f"{file}: no candidate of any extractor at {where}")
        raise typer.Exit(1)
    table = Table(title=f"{file}: rules at {'offset ' + str(at) if at is not None else repr(why)}",
                  title_justify="left")
    for col in ("kind", "span", "text", "verdict", "rule", "reason"):
        table.add_column(col, overflow="fold")
    for d in found.decisions:
        style = "green" if d.verdict == "accept" else "red"
        table.add_row(d.kind, f"{d.span[0]}-{d.span[1]}", Text(found.text[d.span[0]:d.span[1]]),
                      Text(d.verdict, style=style), d.rule, d.reason)
    Console().print(table)


@app.command()
def schema(
    of_diff: Annotated[bool, typer.Option("--diff", help="The schema of `policyparse diff --json` instead.")] = False,
) -> None:
    """Print the JSON Schema of the output of `policyparse extract` (or of `diff --json`)."""
    if of_diff:
        from .changes import DocumentDiff as Model
    else:
        from .models import ParseResult as Model

    sys.stdout.write(json.dumps(Model.model_json_schema(), ensure_ascii=False, indent=2) + "\n")


@app.command()
def diff(
    old: Annotated[str, typer.Argument(help="The old version (any supported file).")],
    new: Annotated[str, typer.Argument(help="The new version.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the changes as JSON (see `policyparse schema --diff`).")] = False,
    html_out: Annotated[Optional[Path], typer.Option("--html", metavar="FILE", help="Also write a side-by-side HTML view.")] = None,
) -> None:
    """Show what changed between two versions of a policy: sections, targets, deadlines, assignments.

    Example: policyparse diff 征求意见稿.docx 正式稿.pdf
    """
    from rich.console import Console

    from .changes import diff as compare, render_html, render_terminal

    results = []
    for name in (old, new):
        try:
            results.append(_parse_one(name))
        except PolicyParseError as exc:
            _err(str(exc))
            raise typer.Exit(1)
    d = compare(*results)
    if html_out:
        try:
            html_out.write_text(render_html(d, *results), encoding="utf-8")
        except OSError as exc:
            _err(f"{html_out}: cannot write ({exc.strerror or exc})")
            raise typer.Exit(1)
    if as_json:
        sys.stdout.write(d.model_dump_json(indent=2) + "\n")
    else:
        render_terminal(d, *results, Console(highlight=False))


def _analysed(inputs: list[str], failed: list[str], keep_duplicates: bool):
    """The documents of ``inputs`` for ``matrix`` and ``calendar``: batch OUTDIRs, results
    saved by ``extract`` (.json, .jsonl) and documents to parse.  A bad input is one line
    on stderr and its name goes into ``failed``; the rest go on."""
    from .analytics import Documents, Unread, load_outdir, load_saved, outdir_fingerprints

    documents = Documents(keep_duplicates)

    def results():
        for name in inputs:
            path = Path(name)
            if name != "-" and path.is_dir():
                if not (path / "manifest.jsonl").is_file():
                    _err(f"{name}: a folder, not a batch OUTDIR (no manifest.jsonl); "
                         f"run policyparse batch {name} -o OUTDIR first")
                    failed.append(name)
                    continue
                documents.known.update(outdir_fingerprints(path))
                for item, result in load_outdir(path):
                    if isinstance(result, Unread) and result.in_batch:
                        _warn(item, result.message)  # the batch reported it already
                    elif isinstance(result, Unread):
                        _err(result.message)
                        failed.append(item)
                    else:
                        yield item, result
            elif name != "-" and path.suffix.lower() in (".json", ".jsonl") and path.is_file():
                try:
                    saved = load_saved(path)
                except (OSError, ValueError) as exc:
                    _err(f"{name}: not a policyparse result ({str(exc).splitlines()[0]})")
                    failed.append(name)
                    continue
                yield from ((name if len(saved) == 1 else f"{name}[{i}]", r) for i, r in enumerate(saved, 1))
            else:
                parsed, n = _parse_all([name])
                failed.extend([name] * n)
                yield from parsed

    yield from documents(results())
    for left, kept in documents.duplicates:
        _warn(left, f"counted once, as the same document as {kept} (same 文号 and title, same header, or same text)")


OUT_OR_FILES = Annotated[list[str], typer.Argument(
    metavar="OUT_OR_FILES",
    help="Batch OUTDIRs, results saved by extract (.json, .jsonl) or documents to parse; - reads stdin.")]
KEEP_DUPLICATES = Annotated[bool, typer.Option(
    "--keep-duplicates", help="Count a document found again in another file (same 文号 and title, "
                              "same header, or same text) each time, not once.")]


class MatrixFormat(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"


@app.command()
def matrix(
    inputs: OUT_OR_FILES,
    output: Annotated[Optional[Path], typer.Option("-o", "--output", help="Write here instead of stdout.")] = None,
    fmt: Annotated[Optional[MatrixFormat], typer.Option(
        "--format", "-f", help="table: a table in the terminal; csv (UTF-8 with BOM) or json. "
                               "[default: table, or from the extension of -o]")] = None,
    by: Annotated[Optional[str], typer.Option("--by", metavar="document", help="document: one column per document.")] = None,
    top: Annotated[int, typer.Option("--top", min=0, metavar="N", help="Only the N agencies with the most tasks; 0: all.")] = 0,
    keep_duplicates: KEEP_DUPLICATES = False,
) -> None:
    """Count tasks per agency: as lead, as partner, in total, and in how many documents.

    Example: policyparse matrix out/ -o matrix.csv
    """
    from .analytics import csv_text, matrix as agency_matrix

    if by not in (None, "document"):
        raise typer.BadParameter(f"{by!r} is not 'document'", param_hint="'--by'")
    if fmt is None:
        suffix = output.suffix.lower() if output else ""
        fmt = MatrixFormat.json if suffix == ".json" else MatrixFormat.csv if output else MatrixFormat.table
    failed: list[str] = []
    table = agency_matrix(_analysed(inputs, failed, keep_duplicates), by_document=by == "document")
    agencies = len(table.rows)
    table = table._replace(rows=table.rows[:top or None])
    if fmt is MatrixFormat.table:
        import io

        from rich.console import Console
        from rich.table import Table

        shown = Table(title=f"{agencies} agencies" + (f", the {len(table.rows)} with the most tasks" if top else ""),
                      title_justify="left")
        for col in table.columns:
            shown.add_column(col, justify="left" if col == "agency" else "right", overflow="fold")
        for row in table.rows:
            shown.add_row(*(str(c) for c in row))
        if output is None:
            Console().print(shown)
        else:
            console = Console(record=True, width=200, file=io.StringIO())
            console.print(shown)
            _write(console.export_text(), output)
    elif fmt is MatrixFormat.csv:
        _write(csv_text(table), output)
    else:
        _write(json.dumps(table.records(), ensure_ascii=False, indent=2) + "\n", output)
    if failed:
        raise typer.Exit(1)


@app.command()
def calendar(
    inputs: OUT_OR_FILES,
    output: Annotated[Optional[Path], typer.Option("-o", "--output", help="The .ics file to write; stdout when omitted.")] = None,
    keep_duplicates: KEEP_DUPLICATES = False,
) -> None:
    """Write every deadline with a date as an all-day event of an iCalendar (.ics) file.

    Example: policyparse calendar out/ -o due.ics
    """
    from .analytics import calendar as ics

    failed: list[str] = []
    data = ics(_analysed(inputs, failed, keep_duplicates))
    if output is None:
        sys.stdout.buffer.write(data.encode("utf-8"))
    else:
        _write(data, output)  # the text holds its CRLFs, written as they are
        sys.stderr.write(f"policyparse: wrote {output} ({data.count('BEGIN:VEVENT')} events)\n")
    if failed:
        raise typer.Exit(1)


@app.command()
def batch(
    inputs: Annotated[list[str], typer.Argument(metavar="INPUT", help="Files, folders and archives (.zip .tar .tar.gz .tgz) to parse.")],
    outdir: Annotated[Path, typer.Option("-o", "--output", metavar="OUTDIR", help="Output directory (created if missing).")],
    fmt: Annotated[Optional[list[str]], typer.Option(
        "--format", "-f", metavar="json|jsonl|csv|sqlite|xlsx",
        help="json: one file per input; jsonl: results.jsonl; csv: one table per record kind "
             "(UTF-8 with BOM); sqlite: results.sqlite; xlsx: results.xlsx, one sheet per table "
             "(the xlsx extra). Repeat for several. [default: json]")] = None,
    jobs: Annotated[Optional[int], typer.Option("--jobs", "-j", min=1, metavar="N", help="Worker processes. [default: CPU count]")] = None,
    timeout: Annotated[float, typer.Option(metavar="SECONDS", help="Seconds allowed per file, then it fails as a timeout; 0: no limit.")] = 300.0,
    resume: Annotated[bool, typer.Option("--resume", help="Skip inputs that an earlier run into OUTDIR already parsed (same SHA-256).")] = False,
    glob: Annotated[Optional[list[str]], typer.Option(
        "--glob", metavar="PATTERN",
        help="Files to take from folders and archives, e.g. '*.txt'; repeat or separate by commas. "
             "[default: every extension policyparse reads]")] = None,
    engine: Annotated[str, typer.Option(metavar="local|dask", help="local: worker processes on this machine; dask: a Dask cluster.")] = "local",
    scheduler: Annotated[Optional[str], typer.Option(metavar="ADDRESS", help="Dask scheduler, e.g. tcp://host:8786; a local cluster when omitted.")] = None,
    max_memory: Annotated[int, typer.Option("--max-memory", metavar="MIB", help="Memory (address space) allowed per worker, in MiB; 0: no cap.")] = 2048,
    with_text: Annotated[bool, typer.Option("--text", help="Include the normalised text that spans index into.")] = False,
    lang: Annotated[Lang, typer.Option("--lang", help="Headers of the csv and xlsx tables: en (column names) or zh (Chinese).")] = Lang.en,
) -> None:
    """Parse folders and archives of documents in parallel into OUTDIR.

    Writes the outputs and OUTDIR/manifest.jsonl (one line per input: status,
    error, record counts, seconds). A file that fails, hangs or crashes fails
    alone; the exit status is 1 when any did.

    Example: policyparse batch notices/ 2023.zip -o out --format csv --jobs 4
    """
    import re
    import time

    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn
    from rich.table import Table
    from rich.text import Text

    from .batch import DEFAULT_GLOBS, ENGINES, FORMATS, Batch

    formats = [f.strip().lower() for spec in (fmt or ["json"]) for f in spec.split(",") if f.strip()]
    for f in formats:
        if f not in FORMATS:
            raise typer.BadParameter(f"{f!r} is not one of {', '.join(FORMATS)}", param_hint="'--format'")
    if engine not in ENGINES:
        raise typer.BadParameter(f"{engine!r} is not one of {', '.join(ENGINES)}", param_hint="'--engine'")
    if scheduler and engine != "dask":
        raise typer.BadParameter("--scheduler needs --engine dask", param_hint="'--scheduler'")
    globs = [g for spec in (glob or []) for g in re.split(r"[,\s]+", spec) if g] or None
    try:
        job = Batch(inputs, outdir, formats=formats, jobs=jobs, timeout=timeout or None, resume=resume,
                    globs=globs, engine=engine, scheduler=scheduler, memory_limit_mb=max_memory or None,
                    with_text=with_text, lang=lang.value)
    except PolicyParseError as exc:
        _err(str(exc))
        raise typer.Exit(1)
    left_out = ", ".join(f"{n} {ext}" for ext, n in sorted(job.unmatched.items(), key=lambda e: (-e[1], e[0])))
    if not job.items:
        _err(f"no input files found (looking for {' '.join(globs or DEFAULT_GLOBS)})"
             + (f"; left out: {left_out}" if left_out else ""))
        raise typer.Exit(1)

    console = Console(stderr=True, highlight=False)
    progress = Progress(TextColumn("parsing"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[rate]}"),
                        TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(), console=console)
    task = progress.add_task("parsing", total=len(job.items), rate="")
    started = time.perf_counter()

    def advance(_outcome) -> None:
        done = progress.tasks[0].completed + 1
        rate = done / max(time.perf_counter() - started, 1e-9)
        progress.update(task, advance=1, rate=f"{rate:.1f} files/s")

    try:
        with _one_line_errors(outdir), progress:
            summary = job.run(progress=advance)
    except KeyboardInterrupt:
        _err(f"interrupted; run again with --resume to finish ({outdir})")
        raise typer.Exit(130)

    table = Table(title=f"policyparse batch → {outdir}", title_justify="left")
    table.add_column("status")
    table.add_column("files", justify="right")
    table.add_row("ok", f"{summary.ok}" + (f" ({summary.resumed} from an earlier run)" if summary.resumed else ""))
    table.add_row("error", str(summary.error), style="red" if summary.error else None)
    table.add_row("skipped", str(summary.skipped), style="yellow" if summary.skipped else None)
    table.add_row("total", f"{summary.total} in {summary.seconds:.1f} s "
                  f"({summary.total / max(summary.seconds, 1e-9):.1f} files/s)")
    console.print(table)
    if left_out:
        console.print(Text(f"not parsed, as no --glob pattern takes them: {left_out}"))
    shown = 20
    if summary.duplicates:
        console.print(Text(f"{len(summary.duplicates)} input(s) repeat an earlier one (duplicate_of in "
                           f"the manifest and documents table): "
                           + "; ".join(f"{n} = {o}" for n, o in summary.duplicates[:shown])
                           + (" …" if len(summary.duplicates) > shown else "")))
    problems = [("error", n, e) for n, e in summary.failures] + [("skipped", n, e) for n, e in summary.skips]
    if problems:
        fails = Table(title="failures and skips", title_justify="left", show_lines=False)
        fails.add_column("status")
        fails.add_column("input")
        fails.add_column("reason", overflow="fold")
        for status, name, error in problems[:shown]:
            reason = error.split(": ", 1)[-1]
            fails.add_row(status, Text(name), Text(reason))
        console.print(fails)
        if len(problems) > shown:
            console.print(Text(f"… and {len(problems) - shown} more; see {outdir / 'manifest.jsonl'}"))
    if summary.error:
        raise typer.Exit(1)


def main() -> None:
    """Entry point of the console script."""
    app()
