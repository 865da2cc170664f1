"""Worker processes for batch scoring, which can be started before the scoring stack is imported.

This module imports nothing heavy, so ``recruitscore score`` can start its workers first thing:
their imports (scikit-learn, pandas, the model) then overlap this process's own.
"""

from __future__ import annotations

import contextlib
import os
import threading
import time
from concurrent.futures import Future
from typing import Any

from .errors import InputError

__all__ = ["executor", "n_jobs", "ready", "shutdown", "start", "started", "submit",
           "usable_cpus", "watch_parent"]

#: Inputs at least this large (bytes) start their workers before anything else is imported
#: (about 20,000 rows of typical messages; smaller inputs are scored in-process anyway).
EARLY_START_BYTES = 8 * 2**20


#: What ``--jobs`` accepts, for its help and its error line (one rule, joblib's: rule R35-D).
JOBS_RULE = ("a positive number of processes, or a negative one counting back from all cores "
             "(-1: all, -2: all but one; at least one)")


def n_jobs(jobs: int | None) -> int:
    """Number of scoring processes for ``--jobs``, as joblib counts them: ``None`` or ``-1``
    all cores, ``-2`` all but one, ``-N`` all but ``N - 1`` (at least one); a positive number
    at most the usable CPUs (more processes than CPUs only cost memory and time).

    Raises
    ------
    InputError
        ``jobs`` is 0 (or not a whole number).

    Examples
    --------
    >>> n_jobs(1), n_jobs(None) == usable_cpus(), n_jobs(10_000) == usable_cpus()
    (1, True, True)
    >>> n_jobs(-1) == usable_cpus(), n_jobs(-2) == max(1, usable_cpus() - 1), n_jobs(-10_000)
    (True, True, 1)
    """
    cores = usable_cpus()
    if jobs is None:
        return max(1, cores)
    if isinstance(jobs, bool) or not isinstance(jobs, int) or jobs == 0:
        raise InputError(f"--jobs must be {JOBS_RULE}, got {jobs!r}")
    return max(1, cores + 1 + jobs) if jobs < 0 else min(jobs, cores)


def usable_cpus() -> int:
    """CPUs this process may run on: its CPU affinity (``os.sched_getaffinity``), and no more
    than joblib counts (which also reads container CPU quotas)."""
    import joblib

    cores = joblib.cpu_count()
    with contextlib.suppress(AttributeError, OSError):
        cores = min(cores, len(os.sched_getaffinity(0)))
    return max(1, cores)


_POOL: list[Any] = []  # the executor, once this process has started one


def executor(n_workers: int) -> Any:
    """The (reusable) pool of worker processes; creating it starts them in the background."""
    from joblib.externals.loky import get_reusable_executor

    with _spawning():
        # (the initializer too: loky restarts idle or crashed workers from its own threads,
        # where _spawning cannot change the signal; review45, rule R34-G)
        pool = get_reusable_executor(max_workers=n_workers, timeout=30,
                                     initializer=_ignore_sigint)
    _POOL[:] = [pool]
    return pool


def _ignore_sigint() -> None:
    """In a worker, once started: SIGINT ignored (see :func:`_spawning`)."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


@contextlib.contextmanager
def _spawning() -> Any:
    """While worker processes may be started: SIGINT ignored in this process, from the main
    thread, so that the workers inherit it ignored (an ignored signal stays ignored across
    ``exec``, where a blocked one does not with loky). Ctrl-C, which a terminal sends to the
    whole process group, then reaches only this process, which stops them: they printed
    KeyboardInterrupt tracebacks when it came while they were importing (rule R34-C). This
    is the usual recipe for process pools; a Ctrl-C in the few milliseconds of a start is
    not seen (press it again)."""
    import signal

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def submit(pool: Any, fn: Any, *args: Any, **kwargs: Any) -> Future[Any]:
    """``pool.submit(fn, *args, **kwargs)``, starting any worker it starts as
    :func:`_spawning` says."""
    with _spawning():
        return pool.submit(fn, *args, **kwargs)


def started() -> bool:
    """Whether this process has started worker processes (which may be reused)."""
    return bool(_POOL)


def shutdown() -> None:
    """Stop this process's worker processes now, if it started any (after an interruption)."""
    for pool in _POOL:
        with contextlib.suppress(Exception):
            pool.shutdown(wait=True, kill_workers=True)
    _POOL.clear()


_WATCHED: list[int] = []


def watch_parent(interval: float = 0.5) -> None:
    """In a worker process: exit as soon as the parent process is gone (killed, even with
    SIGKILL, which gives it no chance to stop its workers). A daemon thread checks every
    ``interval`` seconds whether this process was handed to another parent."""
    if _WATCHED:
        return
    parent = os.getppid()
    _WATCHED.append(parent)

    def check() -> None:
        while True:
            time.sleep(interval)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=check, daemon=True, name="recruitscore-parent-watch").start()


def ready(model_file: str | None = None) -> int:
    """Run in a worker: watch the parent process, import the scoring stack and, with
    ``model_file``, load (and verify) the model before any chunk arrives."""
    watch_parent()
    from .io import _worker_model

    if model_file is not None:
        _worker_model(model_file)
    return os.getpid()


def start(n_workers: int) -> list[Future[int]]:
    """Start ``n_workers`` worker processes now and have them import the scoring stack."""
    pool = executor(n_workers)
    return [submit(pool, ready) for _ in range(n_workers)]
