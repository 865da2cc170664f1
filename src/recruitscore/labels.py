"""Label columns: normalise the many ways people write a binary label.

Examples
--------
>>> normalize_labels(["spam", "ham", "Spam"], positive="spam").tolist()
[1, 0, 1]
>>> normalize_labels(["1", "0", "true", "False"]).tolist()
[1, 0, 1, 0]
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np

from .errors import InputError
from .normalize import to_text

__all__ = ["normalize_labels"]

_POS = {"1", "1.0", "true", "t", "yes", "y", "hostile", "fraud", "fraudulent", "spam",
        "smishing", "phishing", "scam", "malicious", "positive", "pos"}
_NEG = {"0", "0.0", "false", "f", "no", "n", "legit", "legitimate", "ham", "benign", "genuine",
        "negative", "neg", "real"}


def normalize_labels(
    values: Iterable[object], *, positive: str | Iterable[str] | None = None, column: str = "label"
) -> np.ndarray:
    """Turn a label column into 0/1 integers.

    Parameters
    ----------
    values : iterable
        The raw labels.
    positive : str or iterable of str, optional
        The value(s) meaning 1 (case-insensitive); every other value is 0. Without it, common
        spellings are recognised (1/0, true/false, yes/no, spam/ham, fraud/legit, ...).
    column : str
        The column name, for error messages.

    Raises
    ------
    InputError
        Missing (NaN/empty) labels, values that cannot be read, or a single class.
    """
    raw = [to_text(v).strip().lower() for v in values]
    if not raw:
        raise InputError(f"label column {column!r} is empty")
    missing = [i for i, v in enumerate(raw) if v in ("", "nan", "none", "null", "na")]
    if missing:
        raise InputError(
            f"label column {column!r} has {len(missing)} missing value(s) (first at data row "
            f"{missing[0] + 1}, counting from 1); drop or fill them"
        )
    if positive is not None:
        pos = {positive.lower()} if isinstance(positive, str) else {p.lower() for p in positive}
        out = np.array([1 if v in pos else 0 for v in raw], dtype=np.int64)
    else:
        unknown = sorted({v for v in raw if v not in _POS and v not in _NEG})
        if unknown:
            # values may be whole messages (a text column given as the label): keep it one line
            shown = ", ".join(repr(u if len(u) <= 30 else u[:29] + "…") for u in unknown[:5])
            more = f" and {len(unknown) - 5} more" if len(unknown) > 5 else ""
            raise InputError(
                f"label column {column!r} has values that are not a binary label: {shown}"
                f"{more}; name the positive value with --positive"
            )
        out = np.array([1 if v in _POS else 0 for v in raw], dtype=np.int64)
    if out.min() == out.max():
        raise InputError(
            f"label column {column!r} has a single class ({int(out[0])}); training and "
            "evaluation need both"
        )
    return out
