"""Score Dask DataFrames: ``pip install 'recruitscore[dask]'``.

:func:`score_dask` maps :func:`~recruitscore.scoring.score_frame` over the partitions with an
explicit ``meta`` (no partition is computed to guess the output types). Each worker process
loads the model once: :func:`score_partition` keeps loaded models in a module-level cache keyed
by the model path, so a thousand partitions on a worker cost one model load.

CSV files whose messages contain newlines must be read without splitting the files into byte
blocks, because a block boundary can fall inside a quoted message::

    ddf = dd.read_csv("approaches-*.csv", blocksize=None, dtype=str,
                      keep_default_na=False, na_values=[""])

(one partition per file: split big files beforehand, or use ``recruitscore score``, which
streams any size.) See ``docs/batch.md`` for a Spark recipe.

Examples
--------
>>> import pandas as pd
>>> output_meta(pd.DataFrame({"id": [1], "message": ["x"]})).dtypes.to_dict()
... # doctest: +ELLIPSIS
{'id': dtype('int64'), 'message': ..., 'risk': dtype('float64'), 'band': ..., 'flagged': \
dtype('bool'), 'signals': ..., 'reasons': ..., 'error': ...}
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from .errors import InputError, ModelError, check_threshold_arg
from .model import Model, load_model
from .scoring import apply_threshold, get_default_model, input_renames, score_frame

if TYPE_CHECKING:  # pragma: no cover
    import dask.dataframe as dd

__all__ = ["model_loads", "output_meta", "score_dask", "score_partition"]

_MODELS: dict[str, Model] = {}
_LOADS: list[str] = []  # one entry per model load in this process


def _cached_model(model_path: str | None) -> Model:
    """The model at ``model_path`` (default: the shipped model), loaded once per process."""
    key = model_path or ""
    model = _MODELS.get(key)
    if model is None:
        model = get_default_model() if model_path is None else load_model(model_path)
        _MODELS[key] = model
        _LOADS.append(key)
    return model


def model_loads() -> int:
    """How many models this process has loaded through :func:`score_partition` (diagnostics:
    run it on the workers with ``client.run(model_loads)``)."""
    return len(_LOADS)


def _text_dtype() -> Any:
    """pandas' default dtype for a column of strings (``object``, or ``str`` in pandas 3)."""
    return pd.Series(["a"]).dtype


def output_meta(meta: pd.DataFrame) -> pd.DataFrame:
    """The empty frame that describes :func:`score_partition`'s output for input ``meta``.

    Input columns keep their dtypes (a column named like an output column is renamed
    ``input_<name>``, as :func:`~recruitscore.scoring.score_frame` does).
    """
    out = meta.iloc[:0].rename(columns=input_renames(meta.columns))
    text = _text_dtype()
    out["risk"] = pd.Series(dtype="float64")
    out["band"] = pd.Series(dtype=text)
    out["flagged"] = pd.Series(dtype=bool)
    for col in ("signals", "reasons", "error"):
        out[col] = pd.Series(dtype=text)
    return out


def score_partition(
    df: pd.DataFrame, model_path: str | None = None, threshold: float | None = None,
) -> pd.DataFrame:
    """Score one partition (a pandas DataFrame) with the process's cached model.

    Same output as :func:`~recruitscore.scoring.score_frame`, with the output dtypes of
    :func:`output_meta`; ``threshold`` overrides the model's threshold for ``flagged``.
    """
    model = _cached_model(model_path)
    out = score_frame(df, model=model)
    if threshold is not None:
        apply_threshold(out, model, threshold)
    text = _text_dtype()
    return out.astype({"risk": "float64", "band": text, "flagged": bool, "signals": text,
                       "reasons": text, "error": text})


def score_dask(
    ddf: dd.DataFrame, model_path: str | os.PathLike[str] | None = None, *,
    threshold: float | None = None,
) -> dd.DataFrame:
    """Score every row of a Dask DataFrame, lazily.

    Parameters
    ----------
    ddf : dask.dataframe.DataFrame
        Approaches with a ``message`` column (other schema columns optional; every column is
        kept). Read text as text: ``dtype=str, keep_default_na=False, na_values=[""]``.
    model_path : path-like, optional
        A model file that every worker can read (default: the shipped model of each worker's
        recruitscore install).
    threshold : float, optional
        Flag rows at or above this risk instead of the model's threshold.

    Returns
    -------
    dask.dataframe.DataFrame
        All input columns, in order, plus ``risk``, ``band``, ``flagged``, ``signals``,
        ``reasons`` and ``error``; partitions and order unchanged.

    Raises
    ------
    ImportError
        Dask is not installed (``pip install 'recruitscore[dask]'``).
    InputError
        Not a Dask DataFrame, no ``message`` column, or a threshold outside [0, 1].
    ModelError
        ``model_path`` does not exist here (checked before any task runs).
    """
    try:
        import dask.dataframe as dd
    except ImportError as exc:  # pragma: no cover - exercised without the extra
        raise ImportError(
            "recruitscore.dask needs Dask: pip install 'recruitscore[dask]'"
        ) from exc
    if not isinstance(ddf, dd.DataFrame):
        raise InputError(f"expected a dask DataFrame, got {type(ddf).__name__}")
    columns = [str(c) for c in ddf.columns]
    if "message" not in columns:
        raise InputError(
            f"no 'message' column (found: {', '.join(columns) or 'none'}); rename one to "
            "'message' (ddf.rename(columns={...}))"
        )
    threshold = check_threshold_arg(threshold)
    path = None if model_path is None else str(Path(model_path))
    if path is not None and not Path(path).exists():
        raise ModelError(f"model file not found: {path}")
    return ddf.map_partitions(score_partition, path, threshold,
                              meta=output_meta(ddf._meta))
