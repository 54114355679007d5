"""Running a batch: :class:`Batch`, :func:`run_batch` and :func:`parse_many`.

Both run the same task loop (:func:`run_items`): items refused during discovery
and files that cannot be read come out directly, the others go to an engine
(the local :class:`~policyparse.batch.pool.WorkerPool` or dask).  :class:`Batch`
adds the outputs, the manifest and resume; :func:`parse_many` yields results.
"""
from __future__ import annotations

import collections
import contextlib
import errno
import hashlib
import json
import os
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import Any

from ..errors import PolicyParseError
from ..tabular import LANGS, find_duplicates
from ..xlsx import require_xlsxwriter
from .dask_engine import dask_outcomes
from .discover import Limits, MemberReader, discover
from .outputs import (
    JSONL, MANIFEST, OutDir, ends_with_newline, json_output_names, read_manifest, write_csv,
    write_sqlite, write_xlsx,
)
from .pool import cpu_count, local_outcomes, refuse_in_starting_worker
from .work import (
    DEFAULT_MEMORY_LIMIT_MB, ENGINES, FORMATS, BatchError, BatchItemError, BatchSummary, Item, Outcome,
    failed, one_line, process,
)

_NAME_ERRNOS = {errno.ENAMETOOLONG, errno.EEXIST, errno.ENOTDIR, errno.EISDIR, errno.EINVAL,
                errno.EILSEQ, errno.ENOENT}
"""Errors of writing one output that come from its name, not from the disk."""


class Batch:
    """One batch run: the items found at construction, outputs written by :meth:`run`.

    >>> b = Batch(["samples/"], "out", formats=["json", "csv"], jobs=2)   # doctest: +SKIP
    >>> len(b.items), b.run().ok                                           # doctest: +SKIP
    """

    def __init__(self, inputs: Iterable[str | os.PathLike | tuple[str, bytes]],
                 outdir: str | os.PathLike, *,
                 formats: Sequence[str] | str = ("json",), jobs: int | None = None,
                 timeout: float | None = None, resume: bool = False,
                 globs: Sequence[str] | None = None, limits: Limits | None = None,
                 engine: str = "local", scheduler: str | None = None,
                 memory_limit_mb: int | None = DEFAULT_MEMORY_LIMIT_MB,
                 with_text: bool = False, lang: str = "en") -> None:
        refuse_in_starting_worker()
        formats = [formats] if isinstance(formats, str) else list(dict.fromkeys(formats))
        bad = [f for f in formats if f not in FORMATS]
        if bad or not formats:
            raise BatchError(f"unknown output format {', '.join(bad) or '(none)'}; "
                             f"choose from {', '.join(FORMATS)}")
        if engine not in ENGINES:
            raise BatchError(f"unknown engine {engine}; choose from {', '.join(ENGINES)}")
        if lang not in LANGS:
            raise BatchError(f"unknown header language {lang}; choose from {', '.join(LANGS)}")
        if "xlsx" in formats:
            try:
                require_xlsxwriter()
            except PolicyParseError as exc:
                raise BatchError(str(exc)) from None
        self.formats = formats
        self.lang = lang
        self.outdir = Path(outdir)
        self.jobs = max(1, jobs or cpu_count())
        self.timeout = timeout if timeout and timeout > 0 else None
        self.resume = resume
        self.engine = engine
        self.scheduler = scheduler
        self.memory_limit_mb = memory_limit_mb or None
        self.with_text = with_text
        self.unmatched: collections.Counter[str] = collections.Counter()
        """Files in folders and archives that no pattern took, by extension."""
        self.limits = limits or Limits()
        self.items = discover(inputs, globs, self.limits, exclude=self.outdir, unmatched=self.unmatched)
        self.json_names = json_output_names([i for i in self.items if not i.status])
        self._out = OutDir(self.outdir)  # its links checked before anything runs
        self._ran = False

    def __len__(self) -> int:
        return len(self.items)

    def _part(self, out: OutDir, name: str) -> Path:
        key = hashlib.sha256(f"{name}\0{int(self.with_text)}".encode()).hexdigest()[:32]
        return out.parts / f"{key}.json"

    def _outputs_exist(self, out: OutDir, item: Item) -> bool:
        if "json" in self.formats and not (out.root / self.json_names[item.name]).is_file():
            return False
        if set(self.formats) - {"json"} and not self._part(out, item.name).is_file():
            return False
        return True

    def run(self, progress: Callable[[Outcome], None] | None = None) -> BatchSummary:
        """Parse every item and write the outputs; ``progress`` is called once per item.

        A batch runs once (archive members are dropped from memory as they are
        sent to the workers); make a new :class:`Batch` to run again.
        """
        if self._ran:
            raise BatchError("this batch has run already; make a new Batch to run again")
        self._ran = True
        started = time.perf_counter()
        out = self._out
        out.create()
        out.lock()
        try:
            return self._run(out, progress, started)
        finally:
            out.unlock()

    def _outcomes(self, out: OutDir, old: dict[str, dict], summary: BatchSummary) -> Iterator[Outcome]:
        def settle(item: Item) -> Outcome | None:
            """The outcome of an input that an earlier run into OUTDIR already parsed."""
            prev = old.get(item.name)
            if self.resume and prev and prev.get("status") == "ok" \
                    and prev.get("sha256") == item.sha256 and self._outputs_exist(out, item):
                return Outcome(name=item.name, input=item.input, member=item.member,
                               sha256=item.sha256, status="ok", counts=prev.get("counts") or {},
                               warnings=prev.get("warnings") or [],
                               seconds=float(prev.get("seconds") or 0.0), resumed=True)
            summary.bytes += len(item.data or b"")
            return None

        func = partial(process, with_text=self.with_text, pretty="json" in self.formats,
                       line=bool(set(self.formats) - {"json"}))
        return run_items(self.items, func, engine=self.engine, scheduler=self.scheduler,
                         jobs=self.jobs, timeout=self.timeout, memory_limit_mb=self.memory_limit_mb,
                         peaks=summary.worker_peak_rss_kb, limits=self.limits, settle=settle)

    def _run(self, out: OutDir, progress, started) -> BatchSummary:
        summary = BatchSummary(outdir=str(self.outdir), total=len(self.items))
        manifest_path = out.root / MANIFEST
        old = read_manifest(manifest_path)
        entries: dict[str, dict] = {}
        with out.open_append(manifest_path) as manifest:
            if not ends_with_newline(manifest_path):  # a line cut short by a kill
                manifest.write("\n")
            for o in self._outcomes(out, old, summary):
                json_name = self.json_names.get(o.name) if "json" in self.formats else None
                if o.resumed:
                    entries[o.name] = old[o.name]
                else:
                    o = self._store(out, o, json_name)
                    entry = o.manifest_entry(json_name if o.status == "ok" else None)
                    entries[o.name] = entry
                    manifest.write(json.dumps(entry, ensure_ascii=False) + "\n")
                    manifest.flush()
                self._count(summary, o)
                if progress:
                    progress(o)
        duplicates = self._duplicates(entries, summary)
        self._assemble(out, entries, summary, duplicates)
        # The manifest, compacted: this run's inputs in order, then other names seen before.
        lines = [entries[i.name] for i in self.items if i.name in entries]
        lines += [e for n, e in old.items() if n not in entries]
        out.write_text(manifest_path, "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in lines))
        summary.seconds = time.perf_counter() - started
        return summary

    @staticmethod
    def _count(summary: BatchSummary, o: Outcome) -> None:
        if o.status == "ok":
            summary.ok += 1
            summary.resumed += o.resumed
        elif o.status == "skipped":
            summary.skipped += 1
            summary.skips.append((o.name, o.error or ""))
        else:
            summary.error += 1
            summary.failures.append((o.name, o.error or ""))

    def _store(self, out: OutDir, o: Outcome, json_name: str | None) -> Outcome:
        """Write one input's outputs, or remove stale ones of an input that fails; the outcome.

        An output that cannot be written where its name says (a name the file
        system refuses, a file where a directory is needed) makes that input an
        error and the batch goes on; a full or read-only disk stops the batch.
        """
        if o.status == "ok":
            try:
                target = out.inside(json_name) if json_name else None
                if target is not None and o.json is not None:
                    out.write_text(target, o.json + "\n")
                if o.line is not None:
                    out.write_text(self._part(out, o.name), o.line + "\n")
                return o
            except BatchError as exc:
                reason = str(exc)
            except OSError as exc:
                if exc.errno not in _NAME_ERRNOS:
                    raise
                reason = f"cannot write {json_name or 'its output'} ({exc.strerror or exc})"
            o = replace(o, status="error", kind="error", json=None, line=None,
                        error=one_line(f"{o.path}: {reason}"))
        for stale in (out.root / json_name if json_name else None, self._part(out, o.name)):
            if stale is not None:
                with contextlib.suppress(OSError):  # gone already, or a directory of that name
                    stale.unlink()
        return o

    def _ok_parts(self, out: OutDir, entries: dict[str, dict]) -> Iterator[tuple[Item, str]]:
        for item in self.items:
            e = entries.get(item.name)
            if e and e.get("status") == "ok":
                try:
                    yield item, self._part(out, item.name).read_text(encoding="utf-8").rstrip("\n")
                except FileNotFoundError:
                    continue

    def _ok_results(self, out: OutDir, entries: dict[str, dict]) -> Iterator[tuple[Item, dict]]:
        for item, line in self._ok_parts(out, entries):
            yield item, json.loads(line)

    def _duplicates(self, entries: dict[str, dict], summary: BatchSummary) -> dict[str, dict[int, str]]:
        """Mark the inputs that repeat an earlier input (``duplicate_of`` in their manifest
        entry and in the summary); each repeated document's ``doc_id`` → the original's."""
        ok = [(i.name, entries[i.name]) for i in self.items
              if i.name in entries and entries[i.name].get("status") == "ok"]
        found = find_duplicates((name, e.get("documents") or []) for name, e in ok)
        for name, e in ok:
            repeats, n_docs = found.get(name, {}), len(e.get("documents") or [])
            whole = bool(repeats) and len(repeats) == n_docs
            e["duplicate_of"] = repeats[1].rpartition("#")[0] if whole else None
            if e["duplicate_of"]:
                summary.duplicates.append((name, e["duplicate_of"]))
        return found

    def _assemble(self, out: OutDir, entries: dict[str, dict], summary: BatchSummary,
                  duplicates: dict[str, dict[int, str]]) -> None:
        if "json" in self.formats:
            summary.outputs.append(str(out.root))
        if "jsonl" in self.formats:
            target = out.root / JSONL
            with out.writing(target, "w", encoding="utf-8", newline="\n") as f:
                for _, line in self._ok_parts(out, entries):
                    f.write(line + "\n")
            summary.outputs.append(str(target))
        if "csv" in self.formats:
            summary.outputs += write_csv(out, self._ok_results(out, entries), duplicates=duplicates,
                                         lang=self.lang)
        if "sqlite" in self.formats:
            summary.outputs.append(write_sqlite(out, self._ok_results(out, entries), duplicates=duplicates))
        if "xlsx" in self.formats:
            summary.outputs.append(write_xlsx(out, self._ok_results(out, entries),
                                              duplicates=duplicates, lang=self.lang))


def run_batch(inputs: Iterable[str | os.PathLike | tuple[str, bytes]], outdir: str | os.PathLike,
              *, progress: Callable[[Outcome], None] | None = None, **options) -> BatchSummary:
    """Find the items in ``inputs``, parse them and write the outputs under ``outdir``.

    Options are those of :class:`Batch`: ``formats``, ``jobs``, ``timeout``,
    ``resume``, ``globs``, ``limits``, ``engine``, ``scheduler``,
    ``memory_limit_mb``, ``with_text``, ``lang`` (``zh``: Chinese headers in csv and xlsx).
    """
    return Batch(inputs, outdir, **options).run(progress)


def parse_many(inputs: Iterable[str | os.PathLike | tuple[str, bytes]], jobs: int | None = None,
               timeout: float | None = None, *, globs: Sequence[str] | None = None,
               limits: Limits | None = None, engine: str = "local", scheduler: str | None = None,
               memory_limit_mb: int | None = DEFAULT_MEMORY_LIMIT_MB,
               ) -> Iterator[tuple[str, Any]]:
    """Parse many inputs in worker processes; yield ``(name, result)`` as each finishes.

    ``inputs`` are files, directories and archives (found as :func:`discover`
    does) or ``(name, bytes)`` pairs.  ``name`` is the file, or
    ``archive/member``; ``result`` a :class:`~policyparse.models.ParseResult`
    (text included) or, for an input that failed, a :class:`BatchItemError`
    (a :class:`~policyparse.errors.PolicyParseError`; ``kind`` says ``error``,
    ``timeout``, ``crash`` or ``skipped``) -- it is yielded, not raised.  A file
    that hangs or crashes its worker fails alone.

    >>> for name, r in parse_many(["samples/"], jobs=2):          # doctest: +SKIP
    ...     print(name, "error" if isinstance(r, Exception) else len(r.documents))
    """
    from ..models import ParseResult

    refuse_in_starting_worker()
    if engine not in ENGINES:
        raise BatchError(f"unknown engine {engine}; choose from {', '.join(ENGINES)}")
    items = discover(inputs, globs, limits)
    paths = {i.name: i.path for i in items}
    func = partial(process, with_text=True, pretty=False, line=True)
    results = run_items(items, func, engine=engine, scheduler=scheduler, jobs=jobs, timeout=timeout,
                        memory_limit_mb=memory_limit_mb, peaks=[], limits=limits)

    def convert(o: Outcome):
        path = paths.get(o.name, o.name)
        if o.status == "ok" and o.line is not None:
            return path, ParseResult.model_validate_json(o.line)
        message = o.error or o.status
        prefix = f"{path}: "
        reason = message[len(prefix):] if message.startswith(prefix) else message
        return path, BatchItemError(path, reason, o.kind or o.status)

    for o in results:
        yield convert(o)


def run_items(items: list[Item], func: Callable[[Item], Outcome], *, engine: str,
              scheduler: str | None, jobs: int | None, timeout: float | None,
              memory_limit_mb: int | None, peaks: list[int], limits: Limits | None = None,
              settle: Callable[[Item], Outcome | None] | None = None) -> Iterator[Outcome]:
    """Run ``func`` over ``items`` on an engine; yield an :class:`Outcome` per item.

    Items refused during discovery, files that cannot be read and items that
    ``settle`` answers for (given the item with its bytes and SHA-256) come out
    directly, between the engine's outcomes.  Bytes are read as each item's turn
    comes (:class:`~policyparse.batch.discover.MemberReader`), and an archive
    member's bytes held since discovery are dropped from ``items`` as it is
    handed on, so that only its task holds them.
    """
    direct: collections.deque[Outcome] = collections.deque()

    reader = MemberReader(limits)

    def tasks() -> Iterator[Item]:
        try:
            for index, item in enumerate(items):
                if item.status:
                    direct.append(failed(item, item.status, item.reason or item.status, status=item.status))
                    continue
                if item.data is not None:
                    items[index] = replace(item, data=None)
                try:
                    data = reader.read(item)
                except PolicyParseError as exc:
                    direct.append(failed(item, "error", str(exc).removeprefix(f"{item.path}: ")))
                    continue
                item = replace(item, data=data, sha256=hashlib.sha256(data).hexdigest())
                settled = settle(item) if settle else None
                if settled is not None:
                    direct.append(settled)
                    continue
                yield item
        finally:
            reader.close()

    if engine == "dask":
        results = dask_outcomes(func, tasks(), scheduler=scheduler, jobs=jobs, timeout=timeout,
                                memory_limit_mb=memory_limit_mb)
    else:
        results = local_outcomes(func, tasks(), jobs=jobs, timeout=timeout,
                                 memory_limit_mb=memory_limit_mb, peaks=peaks)
    for outcome in results:
        while direct:
            yield direct.popleft()
        yield outcome
    while direct:
        yield direct.popleft()
