"""The dask engine: :func:`~policyparse.batch.work.process` on a ``dask.distributed`` cluster.

A ``LocalCluster`` when no scheduler address is given.  Dask's nanny restarts a
worker that crashes or outgrows its memory limit; the task then ends as
``KilledWorker`` and is recorded as failed.  A dask worker cannot kill a
running task, so the timeout runs the parse in a thread and gives up on it.
"""
from __future__ import annotations

import time
from collections.abc import Iterable, Iterator

from .pool import cpu_count
from .work import BatchError, Item, Outcome, failed, one_line

def _dask_run(func, item: Item, timeout: float | None) -> Outcome:
    """Run ``func(item)`` in a dask worker, giving up after ``timeout`` seconds."""
    import threading

    if not timeout:
        return func(item)
    box: dict[str, Outcome] = {}
    start = time.perf_counter()
    thread = threading.Thread(target=lambda: box.setdefault("out", func(item)), daemon=True,
                              name="policyparse-parse")
    thread.start()
    thread.join(timeout)
    if "out" in box:
        return box["out"]
    return failed(item, "timeout", f"timeout after {timeout:g} s (the parse goes on in its "
                   "dask worker until it ends)", time.perf_counter() - start)


def dask_outcomes(func, items: Iterable[Item], *, scheduler, jobs, timeout,
                   memory_limit_mb) -> Iterator[Outcome]:
    try:
        from distributed import Client, LocalCluster, as_completed
    except ImportError:
        raise BatchError("the dask engine needs dask.distributed: pip install 'policyparse[dask]'") from None
    import logging

    cluster = None
    try:
        if scheduler:
            client = Client(scheduler, timeout="10s")
        else:
            cluster = LocalCluster(n_workers=max(1, jobs or cpu_count()), threads_per_worker=1,
                                   processes=True, dashboard_address=None,
                                   memory_limit=f"{memory_limit_mb}MiB" if memory_limit_mb else "auto",
                                   silence_logs=logging.ERROR)
            client = Client(cluster)
    except OSError as exc:
        raise BatchError(f"cannot reach the dask scheduler {scheduler or '(local)'}: {one_line(str(exc))}") from None
    try:
        window = max(4, 2 * (sum(client.nthreads().values()) or 1))
        source = iter(items)
        pending: dict[str, Item] = {}
        done = as_completed()

        def submit() -> bool:
            item = next(source, None)
            if item is None:
                return False
            fut = client.submit(_dask_run, func, item, timeout, pure=False)
            pending[fut.key] = item
            done.add(fut)
            return True

        for _ in range(window):
            if not submit():
                break
        for fut in done:
            item = pending.pop(fut.key)
            try:
                out = fut.result()
            except Exception as exc:  # KilledWorker, CancelledError, ...
                out = failed(item, "crash", f"dask task failed: {type(exc).__name__}: {one_line(str(exc))}")
            fut.release()
            yield out
            submit()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
