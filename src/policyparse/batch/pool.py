"""The local engine: a pool of worker processes that can be killed.

:class:`WorkerPool` feeds worker processes one task at a time over a pipe and
knows which task each worker holds and since when, so it can kill a worker
whose task runs past the timeout, notice one that died, record that one task
as failed and start a fresh worker.  It runs any picklable function; it knows
nothing of documents or outputs.
"""
from __future__ import annotations

import collections
import contextlib
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from .work import DEFAULT_MEMORY_LIMIT_MB, MIB, BatchError, Item, Outcome, failed, one_line

@dataclass
class TaskResult:
    """What a :class:`WorkerPool` made of one task."""

    task: Any
    kind: str  # ok | timeout | crash | raised
    value: Any = None
    message: str | None = None
    seconds: float = 0.0


def _limit_memory(megabytes: int | None) -> None:
    if not megabytes:
        return
    try:
        import resource
    except ImportError:  # Windows
        return
    limit = int(megabytes) * MIB
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def _peak_rss_kb() -> int:
    try:
        import resource
    except ImportError:
        return 0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss // 1024 if sys.platform == "darwin" else rss


def _worker_main(conn, func: Callable[[Any], Any], memory_limit_mb: int | None) -> None:
    """The loop of one worker process: receive a task, send back what ``func`` made of it."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and kills us
    if hasattr(os, "setpgid"):
        with contextlib.suppress(OSError):
            os.setpgid(0, 0)  # our own group: a timeout kill takes helper processes along
    _limit_memory(memory_limit_mb)
    conn.send(("ready", os.getpid()))
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            conn.send(("bye", _peak_rss_kb()))
            return
        try:
            msg = ("done", func(task))
        except BaseException as exc:  # noqa: BLE001 - reported to the parent, which goes on
            msg = ("raised", one_line(f"{type(exc).__name__}: {exc}"))
        del task
        try:
            conn.send(msg)
        except Exception as exc:  # e.g. an unpicklable value
            conn.send(("raised", one_line(f"cannot send the result back: {type(exc).__name__}: {exc}")))


def _mp_context():
    import multiprocessing as mp

    if "forkserver" in mp.get_all_start_methods():
        ctx = mp.get_context("forkserver")
        ctx.set_forkserver_preload(["policyparse.batch", "policyparse.pipeline"])
        return ctx
    return mp.get_context("spawn")


def _describe_exit(code: int | None) -> str:
    if code is None:
        return "worker process vanished"
    if code < 0:
        import signal

        try:
            name = signal.Signals(-code).name
        except ValueError:
            name = f"signal {-code}"
        hint = " (out of memory?)" if name == "SIGKILL" else ""
        return f"worker process killed by {name}{hint}"
    return f"worker process exited with status {code}"


class _Worker:
    def __init__(self, ctx, func, memory_limit_mb) -> None:
        self.conn, child = ctx.Pipe(duplex=True)
        self.proc = ctx.Process(target=_worker_main, args=(child, func, memory_limit_mb),
                                daemon=True, name="policyparse-worker")
        self.proc.start()
        child.close()
        self.ready = False
        self.task: Any = None
        self.started = 0.0

    def send(self, task) -> None:
        self.task = task
        self.started = time.monotonic()
        self.conn.send(task)

    def kill(self) -> None:
        pid = self.proc.pid
        if pid and hasattr(os, "killpg"):
            with contextlib.suppress(OSError):
                if os.getpgid(pid) == pid:
                    os.killpg(pid, 9)
        with contextlib.suppress(Exception):
            self.proc.kill()
        self.proc.join(5)
        with contextlib.suppress(Exception):
            self.conn.close()

    def stop(self) -> int | None:
        """Ask an idle worker to exit; its peak RSS in KiB when it answers."""
        rss = None
        with contextlib.suppress(Exception):
            self.conn.send(None)
            if self.conn.poll(5):
                msg = self.conn.recv()
                if msg[0] == "bye":
                    rss = msg[1]
        self.proc.join(2)
        if self.proc.is_alive():
            self.kill()
        with contextlib.suppress(Exception):
            self.conn.close()
        return rss


class WorkerPool:
    """Worker processes that run ``func`` on one task at a time, and can be killed.

    ``imap_unordered(tasks)`` pulls tasks lazily (one per idle worker, so a
    long input stream is never held in memory) and yields a
    :class:`TaskResult` per task as it finishes: ``ok`` with ``func``'s value,
    ``timeout`` (the worker ran past ``timeout`` seconds and was killed),
    ``crash`` (the worker died: a signal, the OOM killer, ``os._exit``) or
    ``raised`` (``func`` raised).  A killed or dead worker is replaced and the
    other tasks go on.  Each worker gets an ``RLIMIT_AS`` of
    ``memory_limit_mb`` (POSIX), so a runaway allocation raises MemoryError in
    that worker instead of bringing down the machine.  ``peak_rss_kb`` lists the
    peak resident memory of every worker that exited normally.
    """

    def __init__(self, func: Callable[[Any], Any], jobs: int | None = None, *,
                 timeout: float | None = None,
                 memory_limit_mb: int | None = DEFAULT_MEMORY_LIMIT_MB) -> None:
        self.func = func
        self.jobs = max(1, jobs or cpu_count())
        self.timeout = timeout if timeout and timeout > 0 else None
        self.memory_limit_mb = memory_limit_mb
        self.peak_rss_kb: list[int] = []

    def imap_unordered(self, tasks: Iterable[Any]) -> Iterator[TaskResult]:
        from multiprocessing.connection import wait

        ctx = _mp_context()
        source = iter(tasks)
        lookahead: collections.deque[Any] = collections.deque()  # pulled, not yet sent
        exhausted = False
        workers: list[_Worker] = []
        failed_starts = 0

        def pull() -> bool:
            nonlocal exhausted
            if not exhausted:
                try:
                    lookahead.append(next(source))
                    return True
                except StopIteration:
                    exhausted = True
            return False

        try:
            while True:
                # Hand tasks to idle workers, then start workers (up to jobs) for
                # tasks that no starting worker will take: never more than needed.
                for w in list(workers):
                    if w.ready and w.task is None and (lookahead or pull()):
                        task = lookahead.popleft()
                        try:
                            w.send(task)
                        except OSError:  # it died while idle: the task waits for another
                            w.task = None
                            lookahead.appendleft(task)
                            workers.remove(w)
                            w.kill()
                starting = sum(not w.ready for w in workers)
                while len(workers) < self.jobs and (len(lookahead) > starting or pull()):
                    workers.append(_Worker(ctx, self.func, self.memory_limit_mb))
                    starting += 1
                busy = [w for w in workers if w.task is not None]
                if not busy and exhausted and not lookahead:
                    break
                wait_for = None
                if self.timeout:
                    now = time.monotonic()
                    deadlines = [w.started + self.timeout - now for w in busy]
                    wait_for = max(0.0, min(deadlines)) if deadlines else None
                wait([w.conn for w in workers] + [w.proc.sentinel for w in workers], wait_for)
                now = time.monotonic()
                for w in list(workers):
                    msg, dead = None, False
                    try:
                        if w.conn.poll():
                            msg = w.conn.recv()
                    except (EOFError, OSError):
                        dead = True
                    if msg is not None:
                        if msg[0] == "ready":
                            w.ready, failed_starts = True, 0
                        elif msg[0] in ("done", "raised"):
                            task, seconds = w.task, now - w.started
                            w.task = None
                            if msg[0] == "done":
                                yield TaskResult(task, "ok", value=msg[1], seconds=seconds)
                            else:
                                yield TaskResult(task, "raised", message=msg[1], seconds=seconds)
                        continue
                    if dead or not w.proc.is_alive():
                        w.proc.join(1)
                        workers.remove(w)
                        w.kill()
                        if w.task is not None:
                            yield TaskResult(w.task, "crash", message=_describe_exit(w.proc.exitcode),
                                             seconds=now - w.started)
                        elif not w.ready:
                            failed_starts += 1
                            if failed_starts > 3:
                                raise BatchError("cannot start worker processes "
                                                 f"({_describe_exit(w.proc.exitcode)})")
                    elif self.timeout and w.task is not None and now - w.started >= self.timeout:
                        workers.remove(w)
                        w.kill()
                        yield TaskResult(w.task, "timeout", message=f"timeout after {self.timeout:g} s; "
                                         "worker killed", seconds=now - w.started)
        finally:
            for w in workers:
                if w.task is None and w.ready:
                    rss = w.stop()
                    if rss:
                        self.peak_rss_kb.append(rss)
                else:
                    w.kill()


def cpu_count() -> int:
    if hasattr(os, "sched_getaffinity"):
        with contextlib.suppress(OSError):
            return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


def local_outcomes(func, items: Iterable[Item], *, jobs, timeout, memory_limit_mb,
                    peaks: list[int]) -> Iterator[Outcome]:
    pool = WorkerPool(func, jobs, timeout=timeout, memory_limit_mb=memory_limit_mb)
    try:
        for r in pool.imap_unordered(items):
            yield _outcome_of(r)
    finally:
        peaks.extend(pool.peak_rss_kb)


def _outcome_of(r: TaskResult) -> Outcome:
    item: Item = r.task
    if r.kind == "ok":
        return r.value
    if r.kind == "raised":
        return failed(item, "error", f"internal error: {r.message}", r.seconds)
    return failed(item, r.kind, r.message or r.kind, r.seconds)
