"""The ``policyparse`` command line: a thin shell over the library.

stdout carries only the output; errors go to stderr as one line each, naming
the file and the reason.
"""
from __future__ import annotations

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
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)


class OutputFormat(str, Enum):
    json = "json"
    jsonl = "jsonl"


def _err(message: str) -> None:
    sys.stderr.write(f"policyparse: error: {message}\n")


def _warn(name: str, message: str) -> None:
    sys.stderr.write(f"policyparse: warning: {name}: {message}\n")


def _parse_one(name: str):
    from .pipeline import parse, parse_bytes

    if name == "-":
        return parse_bytes(sys.stdin.buffer.read(), "<stdin>")
    return parse(name)


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
    files: Annotated[list[str], typer.Argument(help="Files to parse (.txt, .docx, .pdf, .html); - reads stdin.")],
    output: Annotated[Optional[Path], typer.Option("-o", "--output", help="Write here instead of stdout.")] = None,
    fmt: Annotated[OutputFormat, typer.Option("--format", "-f", help="json: one object (an array for several files); jsonl: one line per file.")] = OutputFormat.json,
    with_text: Annotated[bool, typer.Option("--text", help="Include the normalised text that spans index into.")] = False,
    indent: Annotated[int, typer.Option(help="Indentation of json output (0 for compact).")] = 2,
) -> None:
    """Extract metadata, sections and records from policy documents as JSON.

    Example: policyparse extract notice.txt -o notice.json
    """
    exclude = None if with_text else {"text"}
    rendered: list[str] = []
    failed = 0
    for name in files:
        try:
            result = _parse_one(name)
        except PolicyParseError as exc:
            _err(str(exc))
            failed += 1
            continue
        for warning in result.warnings:
            _warn(result.source.path or name, warning)
        if fmt is OutputFormat.jsonl:
            rendered.append(result.model_dump_json(exclude=exclude))
        else:
            rendered.append(result.model_dump_json(exclude=exclude, indent=indent or None))
    if fmt is OutputFormat.jsonl:
        out = "".join(r + "\n" for r in rendered)
    elif len(files) == 1:
        out = rendered[0] + "\n" if rendered else ""
    else:
        out = "[" + ",\n".join(rendered) + "]\n"
    if out:
        if output:
            try:
                output.write_text(out, encoding="utf-8")
            except OSError as exc:
                _err(f"{output}: cannot write ({exc.strerror or exc})")
                raise typer.Exit(1)
        else:
            sys.stdout.write(out)
    if failed:
        raise typer.Exit(1)


@app.command()
def outline(
    file: Annotated[str, typer.Argument(help="The document to outline; - reads stdin.")],
) -> None:
    """Draw a document's section tree, to check its structure at a glance.

    Example: policyparse outline notice.txt
    """
    from rich.console import Console
    from rich.text import Text
    from rich.tree import Tree

    try:
        result = _parse_one(file)
    except PolicyParseError as exc:
        _err(str(exc))
        raise typer.Exit(1)
    console = Console()

    def add(branch, sections):
        for s in sections:
            label = Text(s.marker, style="bold cyan")
            label.append(" " + s.title)
            label.append(f"  L{s.level} {s.style} #{s.number}", style="dim")
            add(branch.add(label), s.children)

    for i, doc in enumerate(result.documents, 1):
        m = doc.metadata
        head = Text(m.title or f"document {i}", style="bold")
        if m.doc_number:
            head.append(f"  {m.doc_number}", style="green")
        if m.date:
            head.append(f"  {m.date.isoformat()}", style="green")
        tree = Tree(head)
        add(tree, doc.sections)
        console.print(tree)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the output of `policyparse extract`."""
    from .models import ParseResult

    sys.stdout.write(json.dumps(ParseResult.model_json_schema(), ensure_ascii=False, indent=2) + "\n")


@app.command()
def batch(
    inputs: Annotated[list[str], typer.Argument(metavar="INPUT", help="Files, folders and archives (.zip .tar .tar.gz .tgz) to parse.")],
    outdir: Annotated[Path, typer.Option("-o", "--output", metavar="OUTDIR", help="Output directory (created if missing).")],
    fmt: Annotated[Optional[list[str]], typer.Option(
        "--format", "-f", metavar="json|jsonl|csv|sqlite",
        help="json: one file per input; jsonl: results.jsonl; csv: one table per record kind "
             "(UTF-8 with BOM); sqlite: results.sqlite. Repeat for several. [default: json]")] = None,
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
                    with_text=with_text)
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
        with progress:
            summary = job.run(progress=advance)
    except PolicyParseError as exc:
        _err(str(exc))
        raise typer.Exit(1)
    except OSError as exc:
        _err(f"{outdir}: cannot write ({exc.strerror or exc})")
        raise typer.Exit(1)
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
