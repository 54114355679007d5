"""The items of a batch and the work unit that parses one of them.

An :class:`Item` is one input (a file, or a member read from an archive); an
:class:`Outcome` is what became of it; :func:`process` turns the one into the
other in a worker process and never raises for a bad file.  This module knows
nothing of archives, worker processes or output files.
"""
from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass, field, replace
from typing import Any

from ..errors import InputError, PolicyParseError
from ..readers import READERS

DEFAULT_GLOBS: tuple[str, ...] = tuple(f"*{ext}" for ext, (fmt, _, _) in READERS.items() if fmt != "image")
"""Every extension a reader takes but images: ``*.txt``, ``*.docx``, ``*.doc``, ``*.wps``, ``*.pdf``,
``*.html`` …  A folder of notices often holds photos too; scans saved as images are taken with
``--glob '*.png'`` (and read by OCR)."""
FORMATS: tuple[str, ...] = ("json", "jsonl", "csv", "sqlite", "xlsx")
ENGINES: tuple[str, ...] = ("local", "dask")
DEFAULT_MEMORY_LIMIT_MB = 2048
"""Address space allowed to one local worker (``RLIMIT_AS``)."""

MIB = 1 << 20


class BatchError(PolicyParseError):
    """A batch that cannot run at all: no inputs, OUTDIR not writable, engine missing."""


class BatchItemError(InputError):
    """One input of a batch that failed; ``kind`` is ``error``, ``timeout``, ``crash`` or ``skipped``.

    >>> str(BatchItemError("a.zip/b.txt", "timeout after 5 s", kind="timeout"))
    'a.zip/b.txt: timeout after 5 s'
    """

    def __init__(self, path: str, reason: str, kind: str = "error") -> None:
        super().__init__(path, reason)
        self.kind = kind

    def __reduce__(self):  # keep it picklable with its extra argument
        return (type(self), (self.path, self.reason, self.kind))


@dataclass(frozen=True)
class Item:
    """One input of a batch.

    ``name`` is the logical, relative, unique name that outputs are placed by;
    ``input`` the file on disk; ``member`` the path inside the archive (nested
    archives joined by ``/``).  ``data`` is set for members read at discovery
    (of tars, of nested archives, of archives given as bytes); a member of a
    zip file on disk has its index in the zip's directory in ``entry`` and is
    read when it is parsed; a file is read from ``input``.  Items refused
    during discovery carry their ``status`` (``error`` or ``skipped``) and
    ``reason`` and are never parsed.
    """

    name: str
    input: str
    member: str | None = None
    data: bytes | None = field(default=None, repr=False)
    sha256: str | None = None
    status: str | None = None
    reason: str | None = None
    entry: int | None = None

    @property
    def path(self) -> str:
        """How errors and ``source.path`` name it: the file, or ``archive/member``."""
        return f"{self.input}/{self.member}" if self.member else self.input


@dataclass
class Outcome:
    """What became of one item; picklable, one manifest line."""

    name: str
    input: str
    member: str | None
    sha256: str | None
    status: str  # ok | error | skipped
    error: str | None = None
    counts: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    json: str | None = field(default=None, repr=False)   # indented, for the json format
    line: str | None = field(default=None, repr=False)   # one line, for parts and parse_many
    kind: str | None = None  # error | timeout | crash | skipped, when not ok
    resumed: bool = False
    warnings: list[str] = field(default_factory=list)  # the result's: what reading had to repair
    documents: list[dict] = field(default_factory=list)  # per document: doc_number, title, text_sha256

    @property
    def path(self) -> str:
        """How errors name it: the file, or ``archive/member``."""
        return f"{self.input}/{self.member}" if self.member else self.input

    def manifest_entry(self, output: str | None = None) -> dict[str, Any]:
        return {"name": self.name, "input": self.input, "member": self.member, "output": output,
                "sha256": self.sha256, "status": self.status, "error": self.error,
                "counts": self.counts, "warnings": self.warnings, "documents": self.documents,
                "duplicate_of": None, "seconds": round(self.seconds, 4)}


@dataclass
class BatchSummary:
    """Counts of a finished batch; ``failures`` are (name, error) of inputs with status error."""

    outdir: str
    total: int = 0
    ok: int = 0
    error: int = 0
    skipped: int = 0
    resumed: int = 0
    bytes: int = 0
    seconds: float = 0.0
    failures: list[tuple[str, str]] = field(default_factory=list)
    skips: list[tuple[str, str]] = field(default_factory=list)
    outputs: list[str] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)
    """(name, the earlier input it repeats) of inputs whose every document repeats an earlier one."""
    worker_peak_rss_kb: list[int] = field(default_factory=list)


def one_line(message: str) -> str:
    return " ".join(str(message).split()) or "unknown error"


def out_of_memory() -> str:
    """What a MemoryError means in this process: its memory cap (``RLIMIT_AS``) when it has one."""
    try:
        import resource

        soft = resource.getrlimit(resource.RLIMIT_AS)[0]
        capped = soft not in (resource.RLIM_INFINITY, -1)
    except (ImportError, OSError, ValueError):  # Windows
        capped = False
    return f"out of memory at {soft // MIB} MiB (the worker's memory cap)" if capped else "out of memory"


def failed(item: Item, kind: str, reason: str, seconds: float = 0.0,
            status: str = "error") -> Outcome:
    return Outcome(name=item.name, input=item.input, member=item.member, sha256=item.sha256,
                   status=status, error=one_line(f"{item.path}: {reason}"), seconds=seconds,
                   kind=kind)



def _counts(result) -> dict[str, int]:
    from ..models import RECORD_KINDS

    def n_sections(sections) -> int:
        return sum(1 + n_sections(s.children) for s in sections)

    docs = result.documents
    return {"documents": len(docs), "sections": sum(n_sections(d.sections) for d in docs),
            **{k.name: sum(len(k.records(d)) for d in docs) for k in RECORD_KINDS}}


def process(item: Item, *, with_text: bool = False, pretty: bool = True,
            line: bool = False) -> Outcome:
    """Parse one item; never raises for a bad file.

    Returns an :class:`Outcome` with status ``ok`` and the result as indented
    JSON (``pretty``) and/or one JSON line (``line``), or status ``error`` and
    the one-line error.  The normalised text is left out unless ``with_text``.
    Top-level and picklable, so that worker processes and dask can run it.
    """
    from ..pipeline import parse_bytes
    from ..tabular import fingerprints

    start = time.perf_counter()
    if item.data is None and item.entry is not None:  # a zip member not read yet
        from .discover import MemberReader

        try:
            item = replace(item, data=MemberReader().read(item))
        except PolicyParseError as exc:
            return Outcome(name=item.name, input=item.input, member=item.member, sha256=None,
                           status="error", error=one_line(str(exc)), kind="error")
    data = item.data or b""
    sha = item.sha256 or hashlib.sha256(data).hexdigest()
    item = replace(item, sha256=sha)
    try:
        result = parse_bytes(data, item.path)
        exclude = None if with_text else {"text"}
        out = Outcome(name=item.name, input=item.input, member=item.member, sha256=sha,
                      status="ok", counts=_counts(result), warnings=list(result.warnings),
                      documents=fingerprints(result),
                      json=result.model_dump_json(exclude=exclude, indent=2) if pretty else None,
                      line=result.model_dump_json(exclude=exclude) if line else None)
    except PolicyParseError as exc:
        out = Outcome(name=item.name, input=item.input, member=item.member, sha256=sha,
                      status="error", error=one_line(str(exc)), kind="error")
    except MemoryError:
        out = failed(item, "crash", out_of_memory())
    except Exception as exc:  # a bug in policyparse: report it, keep the batch going
        out = failed(item, "error", f"internal error: {type(exc).__name__}: {exc}")
    out.seconds = time.perf_counter() - start
    return out
