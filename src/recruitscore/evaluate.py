"""Evaluation metrics: discrimination, calibration, and errors at the threshold.

Examples
--------
>>> import numpy as np
>>> m = metrics(np.array([0, 0, 1, 1]), np.array([0.1, 0.6, 0.4, 0.9]), threshold=0.5)
>>> m["roc_auc"], m["recall"], m["fpr"]
(0.75, 0.5, 0.5)
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
from sklearn.metrics import average_precision_score, brier_score_loss, roc_auc_score

from .errors import InputError
from .labels import normalize_labels
from .model import Model

__all__ = [
    "bootstrap_ci",
    "evaluate",
    "evaluate_scores",
    "expected_calibration_error",
    "labels_and_risk",
    "metrics",
]


def expected_calibration_error(y: np.ndarray, risk: np.ndarray, bins: int = 10) -> float:
    """ECE with equal-width bins: the weighted mean gap between risk and observed frequency."""
    y = np.asarray(y, dtype=float)
    risk = np.asarray(risk, dtype=float)
    edges = np.linspace(0, 1, bins + 1)
    idx = np.clip(np.digitize(risk, edges[1:-1], right=False), 0, bins - 1)
    ece = 0.0
    for b in range(bins):
        mask = idx == b
        if mask.any():
            ece += mask.mean() * abs(risk[mask].mean() - y[mask].mean())
    return float(ece)


def metrics(y: np.ndarray, risk: np.ndarray, *, threshold: float) -> dict[str, Any]:
    """Every metric of :func:`evaluate` for labels ``y`` and risks ``risk``."""
    y = np.asarray(y, dtype=np.int64)
    risk = np.asarray(risk, dtype=float)
    pred = risk >= threshold
    tp = int(np.sum(pred & (y == 1)))
    fp = int(np.sum(pred & (y == 0)))
    fn = int(np.sum(~pred & (y == 1)))
    tn = int(np.sum(~pred & (y == 0)))
    both = 0 < y.sum() < len(y)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else float("nan")
    return {
        "n": len(y),
        "n_positive": int(y.sum()),
        "roc_auc": float(roc_auc_score(y, risk)) if both else float("nan"),
        "pr_auc": float(average_precision_score(y, risk)) if both else float("nan"),
        "f1": 2 * tp / (2 * tp + fp + fn) if tp else 0.0,
        "precision": precision,
        "recall": recall,
        "fpr": fp / (fp + tn) if fp + tn else float("nan"),
        "accuracy": (tp + tn) / len(y) if len(y) else float("nan"),
        "ece": expected_calibration_error(y, risk),
        "brier": float(brier_score_loss(y, risk)) if len(y) else float("nan"),
        "threshold": float(threshold),
        "mean_risk": float(risk.mean()) if len(risk) else float("nan"),
        "confusion": {"tp": tp, "fp": fp, "fn": fn, "tn": tn},
    }


def bootstrap_ci(
    y: np.ndarray, risk: np.ndarray, *, threshold: float, n_boot: int = 1000, seed: int = 0,
    keys: tuple[str, ...] = ("roc_auc", "pr_auc", "recall", "fpr"),
) -> dict[str, list[float]]:
    """95% bootstrap (percentile) intervals over rows for the given metrics."""
    rng = np.random.default_rng(seed)
    y = np.asarray(y)
    risk = np.asarray(risk)
    draws: dict[str, list[float]] = {k: [] for k in keys}
    for _ in range(n_boot):
        idx = rng.integers(0, len(y), len(y))
        if y[idx].min() == y[idx].max():
            continue
        m = metrics(y[idx], risk[idx], threshold=threshold)
        for k in keys:
            draws[k].append(m[k])
    return {k: [float(np.nanpercentile(v, 2.5)), float(np.nanpercentile(v, 97.5))]
            for k, v in draws.items() if v}


def evaluate(
    model: Model | None,
    df: pd.DataFrame,
    *,
    label: str = "label",
    positive: str | None = None,
    by: str | None = "language",
    ci: bool = False,
) -> dict[str, Any]:
    """Evaluate a model (``None``: the shipped one) on labelled approaches.

    Returns a dict with ``roc_auc``, ``pr_auc``, ``f1``, ``precision``, ``recall``, ``fpr``
    (at the model's threshold), ``ece``, ``brier``, ``n`` (and more), plus ``per_language``
    (or per ``by`` column) when that column exists, and bootstrap intervals when ``ci``.

    Raises
    ------
    InputError
        Missing label or message column, missing labels, a single class.
    TypeError
        ``model`` is not a :class:`Model` (a path, say: load it with
        :func:`recruitscore.load_model` first).

    Examples
    --------
    >>> import pandas as pd
    >>> import recruitscore as rs
    >>> df = pd.DataFrame({"message": ["Add me on WhatsApp, my client pays $500 for a report.",
    ...                                "We have a data engineer role in Lyon, 55-60k, hybrid."],
    ...                    "label": [1, 0]})
    >>> m = rs.evaluate(None, df)
    >>> m["n"], m["n_positive"], m["recall"], m["fpr"]
    (2, 1, 1.0, 0.0)
    """
    from .scoring import use_model

    model = use_model(model)  # the TypeError every API raises for a path
    y, risk = labels_and_risk(model, df, label=label, positive=positive)
    groups = df[by].astype(str).to_numpy() if by and by in df.columns else None
    return evaluate_scores(y, risk, threshold=model.threshold, groups=groups, by=by, ci=ci)


def labels_and_risk(
    model: Model, df: pd.DataFrame, *, label: str = "label", positive: str | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """Validate a labelled frame; return its 0/1 labels and the model's risks.

    Raises
    ------
    InputError
        Missing label or message column, missing labels, a single class.
    """
    if not isinstance(df, pd.DataFrame):
        raise InputError(f"expected a pandas DataFrame, got {type(df).__name__}")
    if label not in df.columns:
        raise InputError(f"no label column {label!r} (found: {', '.join(map(str, df.columns))})")
    if "message" not in df.columns:
        raise InputError(f"no 'message' column (found: {', '.join(map(str, df.columns))})")
    y = normalize_labels(df[label].tolist(), positive=positive, column=label)
    return y, model.predict_risk(df.drop(columns=[label]))


def evaluate_scores(
    y: np.ndarray,
    risk: np.ndarray,
    *,
    threshold: float,
    groups: np.ndarray | None = None,
    by: str | None = "language",
    ci: bool = False,
) -> dict[str, Any]:
    """The metrics of :func:`evaluate` from labels and risks already computed."""
    out = metrics(y, risk, threshold=threshold)
    if ci:
        out["ci95"] = bootstrap_ci(y, risk, threshold=threshold)
    if groups is not None:
        out[f"per_{by}"] = {
            g: metrics(y[groups == g], risk[groups == g], threshold=threshold)
            for g in sorted(set(groups))
        }
    return out
