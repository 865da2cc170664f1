"""Worker processes for batch scoring, which can be started before the scoring stack is imported.

This module imports nothing heavy, so ``recruitscore score`` can start its workers first thing:
their imports (scikit-learn, pandas, the model) then overlap this process's own.
"""

from __future__ import annotations

import os
from concurrent.futures import Future
from typing import Any

from .errors import InputError

__all__ = ["executor", "n_jobs", "ready", "start"]

#: Inputs at least this large (bytes) start their workers before anything else is imported
#: (about 20,000 rows of typical messages; smaller inputs are scored in-process anyway).
EARLY_START_BYTES = 8 * 2**20


def n_jobs(jobs: int | None) -> int:
    """Number of scoring processes for ``--jobs`` (``None`` or ``-1``: all cores).

    Examples
    --------
    >>> n_jobs(3), n_jobs(None) >= 1
    (3, True)
    """
    import joblib

    cores = joblib.cpu_count()
    if jobs is None:
        return max(1, cores)
    if jobs == 0:
        raise InputError("--jobs must be a positive number of processes, or -1 for all cores")
    return max(1, cores + 1 + jobs) if jobs < 0 else jobs


def executor(n_workers: int) -> Any:
    """The (reusable) pool of worker processes; creating it starts them in the background."""
    from joblib.externals.loky import get_reusable_executor

    return get_reusable_executor(max_workers=n_workers, timeout=30)


def ready(model_file: str | None = None) -> int:
    """Run in a worker: import the scoring stack and, with ``model_file``, load (and verify)
    the model before any chunk arrives."""
    from .io import _worker_model

    if model_file is not None:
        _worker_model(model_file)
    return os.getpid()


def start(n_workers: int) -> list[Future[int]]:
    """Start ``n_workers`` worker processes now and have them import the scoring stack."""
    pool = executor(n_workers)
    return [pool.submit(ready) for _ in range(n_workers)]
