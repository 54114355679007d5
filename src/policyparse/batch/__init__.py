"""Batch conversion of folders and document archives.

    items = discover(["notices/", "2023.zip"])          # what there is to parse
    summary = run_batch(["notices/", "2023.zip"], "out", formats=["csv"], jobs=4)
    for name, result in parse_many(["notices/"], jobs=4): ...

One module per job, in the order a batch runs them: ``discover`` (inputs and
archives), ``work`` (the items and the work unit), ``pool`` (the local engine),
``dask_engine``, ``outputs`` (tables, files, the manifest) and ``run`` (the
task loop that :class:`Batch` and :func:`parse_many` share).  The names below
are re-exported here.

**Discovery** (:func:`discover`) turns the inputs into :class:`Item` s: files,
directories (walked recursively, hidden entries skipped, files kept when their
name matches one of the glob patterns), and ``.zip`` / ``.tar`` / ``.tar.gz`` /
``.tgz`` (``.tar.bz2``, ``.tar.xz``) archives, whose members are read in memory
and never extracted to disk (members of a zip file on disk when they are
parsed, others at discovery).  Each item has a *logical name* that is unique in
the batch and is where its outputs go: ``notices/a.txt`` for a file found in the
folder ``notices``, ``2023.zip/通知/a.txt`` for a member of an archive.

Archives are untrusted.  Member names are decoded the way the archiver meant
them (zip names without the UTF-8 flag are CP437-decoded by :mod:`zipfile`;
they are re-encoded and decoded as UTF-8, else GB18030, as Chinese Windows tools
write GBK), and only names that stay inside the archive are used: absolute
names, drive letters and ``..`` components are refused.  Links and special
members are never followed.  The :class:`Limits` bound what archives may
cost: the size of a member, and of all members of the batch together
(uncompressed), the compression ratio of a member and of each top-level
archive with what is nested in it (zip bombs), the number of entries in the
batch, and how deep archives inside archives are opened; a zip whose entries
overlap is refused whole.  Every refusal is an item of its
own with status ``error`` (unsafe or over a limit) or ``skipped`` (links,
archives nested too deep) and a one-line reason, so it shows in the manifest.
Outputs are only ever written by the parent process, under OUTDIR, at paths
made from sanitised logical names (each part at most 255 bytes), and checked
to stay inside OUTDIR; links in OUTDIR's own state are refused.

**The work unit** is :func:`process`: a pure, picklable, top-level function of
one item (bytes and a name) that returns an :class:`Outcome`: status, one-line
error, record counts, seconds and the result JSON.  It catches every exception
from parsing, so one bad file never stops the rest.

**Engines** run :func:`process` over the items:

* ``local`` (default): :class:`WorkerPool`, a pool of ``multiprocessing``
  worker processes (``forkserver`` on POSIX, ``spawn`` elsewhere) that the
  parent feeds one task at a time over a pipe.  The parent knows which task
  each worker holds and since when, so it can *kill* a worker whose task runs
  past the timeout (its whole process group, which takes helpers such as
  LibreOffice along), notice a worker that died (segfault, OOM killer, the
  ``RLIMIT_AS`` memory cap set in every worker), record that one task as
  failed and start a fresh worker.  ``concurrent.futures.ProcessPoolExecutor``
  cannot do this: it cannot cancel a running task, and a dead worker breaks
  the whole executor (``BrokenProcessPool``) and every task in flight with it.
  A subprocess per file would isolate as well but pays an interpreter start
  and the imports for every file; the pool pays them once per worker.
  ``forkserver`` rather than ``fork`` because the parent has threads (the
  progress display), and forking a threaded process can copy held locks.
* ``dask``: the same :func:`process` on a ``dask.distributed`` cluster (a
  ``LocalCluster`` when no scheduler address is given).  Dask's nanny restarts
  a worker that crashes or outgrows its memory limit; the task then ends as
  ``KilledWorker`` and is recorded as failed.  A dask worker cannot kill a
  running task, so the timeout runs the parse in a thread and gives up on it:
  the file is recorded as a timeout and the batch goes on, but the thread runs
  on in that worker until the parse ends.

**Outputs** under OUTDIR, written by the parent only, each atomically (a
temporary file in ``OUTDIR/.policyparse/tmp`` then :func:`os.replace`):

* ``json``: one file per input, ``OUTDIR/<logical name with .json>``;
* ``jsonl``: ``results.jsonl``, one line per parsed input;
* ``csv``: ``documents.csv``, ``sections.csv`` and one file per kind of record
  in :data:`~policyparse.models.RECORD_KINDS` (``responsibilities.csv`` has one
  row per unit), in UTF-8 with a BOM, so that Excel and WPS open them as UTF-8;
  the rows are :func:`policyparse.tabular.table_rows` (ids that stay text, lists
  as JSON arrays), the headers English or Chinese (``lang``);
* ``sqlite``: ``results.sqlite`` with the same tables, keys and indexes;
* ``xlsx``: ``results.xlsx``, one sheet per table (:func:`policyparse.xlsx.write_workbook`).

Inputs that repeat the document of an earlier input (same 发文字号 and title, or
the same text) are marked ``duplicate_of`` in the manifest and the documents table.

The combined outputs are assembled at the end of the run, in discovery order,
from one *part* file per input (``OUTDIR/.policyparse/parts``) written as soon
as that input is parsed.  A batch killed at any moment therefore leaves only
whole files, and a run resumed with ``resume=True`` writes exactly what an
uninterrupted run writes.

**The manifest** ``OUTDIR/manifest.jsonl`` gets one line per input as soon as
it is done (the output is written first), and is rewritten at the end of the
run with one line per input in discovery order.  With ``resume=True`` an input
whose name already has an ``ok`` line with the same SHA-256, and whose outputs
exist, is not parsed again.
"""
from __future__ import annotations

from .discover import Limits, archive_kind, discover, safe_member_path, zip_member_name
from .outputs import MANIFEST, JSONL, SQLITE, STATE_DIR, TABLES, json_output_names, read_manifest, table_rows
from .pool import TaskResult, WorkerPool
from .run import Batch, parse_many, run_batch, run_items
from .work import (
    DEFAULT_GLOBS, DEFAULT_MEMORY_LIMIT_MB, ENGINES, FORMATS, BatchError, BatchItemError, BatchSummary,
    Item, Outcome, process,
)

__all__ = [
    "DEFAULT_GLOBS", "FORMATS", "Limits", "Item", "Outcome", "BatchSummary", "BatchError",
    "BatchItemError", "discover", "process", "WorkerPool", "Batch", "run_batch", "parse_many",
]
