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

from .work import DEFAULT_MEMORY_LIMIT_MB, MIB, BatchError, Item, Outcome, failed, one_line, out_of_memory

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


_SAMPLE_SECONDS = 1.0
"""How often the parent notes the memory of busy workers."""
_PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") and os.path.exists("/proc/self/statm") else 0

OUT_OF_MEMORY_EXIT = 86
"""The status a worker exits with when memory runs out outside the task (receiving or answering)."""


def _worker_main(conn, func: Callable[[Any], Any], memory_limit_mb: int | None) -> None:
    """The loop of one worker process: receive a task, send back what ``func`` made of it."""
    try:
        _serve(conn, func, memory_limit_mb)
    except MemoryError:  # not enough left even to report it: the exit status says it
        os._exit(OUT_OF_MEMORY_EXIT)


def _serve(conn, func: Callable[[Any], Any], memory_limit_mb: int | None) -> None:
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
        except MemoryError:
            msg = ("raised", f"MemoryError: {out_of_memory()}")
        except BaseException as exc:  # noqa: BLE001 - reported to the parent, which goes on
            msg = ("raised", one_line(f"{type(exc).__name__}: {exc}"))
        del task
        try:
            conn.send(msg)
        except MemoryError:
            raise
        except Exception as exc:  # e.g. an unpicklable value
            conn.send(("raised", one_line(f"cannot send the result back: {type(exc).__name__}: {exc}")))


MAIN_GUARD_EXIT = 87
"""The status a starting worker exits with when it finds itself re-running the script's batch."""


def refuse_in_starting_worker() -> None:
    """End a worker that, while it starts, re-runs the parent's script and reaches a batch.

    Worker processes import the ``__main__`` script as they start (``forkserver``
    and ``spawn``); a script without ``if __name__ == "__main__":`` would start
    a batch again in every worker.  Such a worker exits at once with
    :data:`MAIN_GUARD_EXIT`, and the parent says what to add to the script.
    """
    import multiprocessing as mp

    if getattr(mp.current_process(), "_inheriting", False):  # set while a child prepares
        os._exit(MAIN_GUARD_EXIT)


def _main_guard_advice() -> str:
    main = sys.modules.get("__main__")
    script = getattr(main, "__file__", None) or "the main script"
    return (f"worker processes re-run {script} as they start, and it starts the batch again; "
            f"put the code that starts the batch under `if __name__ == \"__main__\":`")


def _mp_context():
    import multiprocessing as mp

    refuse_in_starting_worker()
    if "forkserver" in mp.get_all_start_methods():
        ctx = mp.get_context("forkserver")
        ctx.set_forkserver_preload(["policyparse.batch", "policyparse.pipeline"])
        return ctx
    return mp.get_context("spawn")


def _describe_exit(code: int | None, memory_limit_mb: int | None = None,
                   rss_mib: int | None = None) -> str:
    """Why a worker ended: its exit status or signal, with what memory it had when that tells."""
    if code is None:
        return "worker process vanished"
    if code == MAIN_GUARD_EXIT:
        return _main_guard_advice()
    if code == OUT_OF_MEMORY_EXIT:
        cap = f" at {memory_limit_mb} MiB (the worker's memory cap)" if memory_limit_mb else ""
        return f"out of memory{cap}; worker process ended"
    if code < 0:
        import signal

        try:
            name = signal.Signals(-code).name
        except ValueError:
            name = f"signal {-code}"
        hint = ""
        if name == "SIGKILL":  # not by us (a timeout is reported as one): most likely the OOM killer
            hint = f" (out of memory at {rss_mib} MiB?)" if rss_mib else " (out of memory?)"
        elif name == "SIGABRT" and memory_limit_mb:  # native code (Rust, C++) aborts when it cannot allocate
            hint = f" (out of memory at {memory_limit_mb} MiB, the worker's memory cap?)"
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
        self.rss_mib: int | None = None  # resident memory when last looked at (Linux)

    def sample(self) -> None:
        """Note the worker's resident memory, to tell what it had if the OOM killer takes it."""
        with contextlib.suppress(OSError, ValueError, IndexError):
            with open(f"/proc/{self.proc.pid}/statm", "rb") as f:
                self.rss_mib = int(f.read().split()[1]) * _PAGE // MIB

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
                wait_for = _SAMPLE_SECONDS if busy and _PAGE else None
                if self.timeout and busy:
                    now = time.monotonic()
                    deadline = max(0.0, min(w.started + self.timeout - now for w in busy))
                    wait_for = min(deadline, wait_for) if wait_for else deadline
                wait([w.conn for w in workers] + [w.proc.sentinel for w in workers], wait_for)
                now = time.monotonic()
                for w in busy:
                    w.sample()
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
                            yield TaskResult(w.task, "crash", message=_describe_exit(
                                             w.proc.exitcode, self.memory_limit_mb, w.rss_mib),
                                             seconds=now - w.started)
                        elif not w.ready:
                            failed_starts += 1
                            if failed_starts > 3 or w.proc.exitcode == MAIN_GUARD_EXIT:
                                raise BatchError("cannot start worker processes: "
                                                 f"{_describe_exit(w.proc.exitcode)}")
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
