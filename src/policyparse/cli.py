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


def main() -> None:
    """Entry point of the console script."""
    app()
