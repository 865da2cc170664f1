"""Scoring: a calibrated risk with the signals and words behind it.

Examples
--------
>>> import recruitscore as rs
>>> result = rs.score("Add me on WhatsApp, my client prefers to remain anonymous. "
...                   "Keep it between us.", target_headline="Quantum engineer")
>>> result.band in {"low", "medium", "high"} and 0.0 <= result.risk <= 1.0
True
>>> "off_platform_request" in [h.name for h in result.hits]
True
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, NamedTuple

import numpy as np
import pandas as pd
import scipy.sparse as sp

from .errors import InputError
from .features import PROFILE_FEATURES
from .model import Model, _sigmoid, load_model
from .normalize import NormText, fast_normalize
from .signals import REGISTRY, SIGNAL_NAMES, SignalHit, as_approach, hits_and_norms, make_batch

__all__ = ["OUTPUT_COLUMNS", "Contribution", "ScoreResult", "get_default_model", "input_renames",
           "score", "score_frame"]

#: Columns that :func:`score_frame` appends to the input columns.
OUTPUT_COLUMNS: tuple[str, ...] = ("risk", "band", "flagged", "signals", "reasons", "error")

_DEFAULT: dict[str, Model] = {}


def input_renames(columns: Any) -> dict[str, str]:
    """New names for input columns that clash with :data:`OUTPUT_COLUMNS`: ``input_<name>``,
    prefixed again while that name is taken, so that no output column name repeats.

    Examples
    --------
    >>> input_renames(["id", "risk", "input_risk", "error"])
    {'risk': 'input_input_risk', 'error': 'input_error'}
    """
    names = [str(c) for c in columns]
    taken = set(names) | set(OUTPUT_COLUMNS)
    out: dict[str, str] = {}
    for c in names:
        if c in OUTPUT_COLUMNS:
            new = f"input_{c}"
            while new in taken:
                new = f"input_{new}"
            taken.add(new)
            out[c] = new
    return out


def get_default_model() -> Model:
    """The shipped model, loaded once per process."""
    if "model" not in _DEFAULT:
        _DEFAULT["model"] = load_model()
    return _DEFAULT["model"]


class Contribution(NamedTuple):
    """How much one feature moved the score, on the calibrated log-odds scale.

    A named tuple (immutable, cheap to create: one approach has a hundred of them).
    """

    feature: str
    kind: str
    value: float
    description: str = ""


@dataclass(frozen=True)
class ScoreResult:
    """The score of one approach.

    Attributes
    ----------
    risk : float
        Calibrated probability that the approach is hostile (covert approach or fraud).
    band : str
        ``low``, ``medium`` or ``high`` (the model's thresholds).
    flagged : bool
        ``risk >= threshold``.
    hits : list of SignalHit
        The signals that fired, with evidence.
    contributions : list of Contribution
        Every non-zero feature contribution, largest first (log-odds).
    reasons : list of str
        The top three reasons that raised the risk, in plain words.
    threshold : float
        The model's decision threshold.
    """

    risk: float
    band: str
    flagged: bool
    hits: list[SignalHit]
    contributions: list[Contribution]
    reasons: list[str]
    threshold: float
    baseline: float = 0.0
    problems: tuple[str, ...] = field(default=())

    def signal_contribution(self, name: str) -> float:
        """Total contribution of a signal, including its share of conjunctions."""
        total = 0.0
        for c in self.contributions:
            if c.kind == "signal" and c.feature == name:
                total += c.value
            elif c.kind == "interaction" and name in c.feature.split("+"):
                total += c.value / 2
        return total

    def explain(self) -> str:
        """A human-readable explanation (several lines)."""
        lines = [
            f"risk {self.risk:.2f} ({self.band}; flagged at >= {self.threshold:.2f}: "
            f"{'yes' if self.flagged else 'no'})"
        ]
        if self.reasons:
            lines.append("why: " + "; ".join(self.reasons))
        lines.extend(f"note: {p}" for p in self.problems)
        for h in self.hits:
            ev = ", ".join(repr(e.snippet) for e in h.evidence[:3])
            lines.append(f"  {h.name} ({self.signal_contribution(h.name):+.2f}): {ev}")
        words = [c for c in self.contributions if c.kind == "ngram"][:5]
        if words:
            lines.append("  words: " + ", ".join(f"{c.feature!r} {c.value:+.2f}" for c in words))
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return {
            "risk": self.risk,
            "band": self.band,
            "flagged": self.flagged,
            "threshold": self.threshold,
            "reasons": list(self.reasons),
            "signals": [
                {**h.to_dict(), "contribution": round(self.signal_contribution(h.name), 4)}
                for h in self.hits
            ],
            "contributions": [
                {"feature": c.feature, "kind": c.kind, "value": round(c.value, 4)}
                for c in self.contributions[:20]
            ],
            "problems": list(self.problems),
        }


_KIND = {"sig": "signal", "and": "interaction", "prof": "profile", "ngram": "ngram"}
# Function words carry weight in the model but explain nothing to a reader: reasons skip
# n-grams made only of them (the contributions still list them).
_FUNCTION_WORDS = frozenset("""
a an and are as at be been but by can could do for from had has have he her his i if in is it
its me my of on or our she so that the their them they this to us was we were what which who
will with would you your yours au aux avec ce ces dans de des du elle en est et il ils je la le
les leur mais me mon ne nous on ou par pas pour qu que qui sa se ses son sur ta te tes ton tu un
une vos votre vous y
""".split())


@lru_cache(maxsize=65536)
def _readable(feature: str) -> bool:
    return not all(w in _FUNCTION_WORDS for w in feature.split())


_TABLES: weakref.WeakKeyDictionary[Any, tuple[list[str], list[str], list[str]]] = (
    weakref.WeakKeyDictionary()
)


def _feature_table(est: Any) -> tuple[list[str], list[str], list[str]]:
    """Per feature column: display name, kind and description (computed once per fitted
    featurizer; refitting makes a new one)."""
    fz = est.featurizer_
    if fz not in _TABLES:
        signal_text = {s.name: s.description for s in REGISTRY}
        feats, kinds, descs = [], [], []
        for name in fz.get_feature_names_out():
            prefix, feat = str(name).split("__", 1)
            if prefix == "and":
                feat = feat.replace("__", "+")
            feats.append(feat)
            kinds.append(_KIND[prefix])
            descs.append(signal_text.get(feat, "") if prefix == "sig" else "")
        _TABLES[fz] = (feats, kinds, descs)
    return _TABLES[fz]


def _contributions(model: Model, cols: np.ndarray, x: np.ndarray) -> list[Contribution]:
    """Every non-zero contribution of one row (feature columns ``cols`` with values ``x``),
    largest first."""
    est = model.estimator
    a, _ = est.calibration_
    feats, kinds, descs = _feature_table(est)
    values = a * est.classifier_.coef_[0][cols] * x
    keep = np.flatnonzero(values != 0.0)
    keep = keep[np.argsort(-np.abs(values[keep]), kind="stable")]
    return [Contribution(feats[j], kinds[j], v, descs[j])
            for j, v in zip(cols[keep].tolist(), values[keep].tolist(), strict=True)]


def _reason(c: Contribution, hits: dict[str, SignalHit]) -> str:
    if c.kind == "signal":
        hit = hits.get(c.feature)
        snippet = f" ({hit.evidence[0].snippet!r})" if hit and hit.evidence else ""
        return f"{c.feature}{snippet}"
    if c.kind == "interaction":
        return f"{c.feature.replace('+', ' together with ')}"
    if c.kind == "profile":
        return f"sender profile: {c.feature}"
    return f"wording: {c.feature!r}"


def _reasons(contribs: list[Contribution], hits: list[SignalHit], k: int = 3) -> list[str]:
    by_name = {h.name: h for h in hits}
    return [_reason(c, by_name) for c in contribs
            if c.value > 0 and (c.kind != "ngram" or _readable(c.feature))][:k]


def score(
    text_or_approach: Any = None, *, model: Model | None = None, **fields: Any
) -> ScoreResult:
    """Score one approach.

    Parameters
    ----------
    text_or_approach : str, mapping or Approach
        The message, or all fields.
    model : Model, optional
        A loaded model (default: the shipped model).
    **fields
        Schema fields such as ``target_headline`` or ``sender_company_url``.

    Returns
    -------
    ScoreResult

    Raises
    ------
    InputError
        If the input is not usable as an approach.
    ModelError
        If the default model cannot be loaded.
    """
    model = get_default_model() if model is None else model
    approach = as_approach(text_or_approach, **fields)
    norms: dict[str, NormText] = {}
    hits = hits_and_norms(approach, norms)
    message = norms["message"].text if "message" in norms else fast_normalize(approach.message)
    est = model.estimator
    numbers = {f: getattr(approach, f) for f in PROFILE_FEATURES}
    cols, values = est.featurizer_.one_row([h.name for h in hits], numbers, message)
    a, b = est.calibration_
    coef = est.classifier_.coef_[0]
    logit = float(np.dot(coef[cols], values)) + float(est.classifier_.intercept_[0])
    risk = float(_sigmoid(np.float64(a * logit + b)))
    contribs = _contributions(model, cols, values)
    return ScoreResult(
        risk=risk,
        band=str(model.band(np.array([risk]))[0]),
        flagged=risk >= model.threshold,
        hits=hits,
        contributions=contribs,
        reasons=_reasons(contribs, hits),
        threshold=model.threshold,
        baseline=float(a * model.estimator.classifier_.intercept_[0] + b),
        problems=approach.problems,
    )


def _top_reasons(model: Model, Z: sp.csr_matrix, k: int = 3) -> list[str]:
    """Top-k positive contributions per row, as a ``;``-joined string (vectorised).

    Same order as :func:`score`'s reasons: largest first, ties in column order; n-grams made
    only of function words are skipped.
    """
    est = model.estimator
    a, _ = est.calibration_
    feats, kinds, _ = _feature_table(est)
    shown = np.array([kind != "ngram" or _readable(f) for f, kind in zip(feats, kinds,
                                                                         strict=True)])
    C = Z.multiply(a * est.classifier_.coef_[0] * shown).tocsr()
    C.sort_indices()
    rows = np.repeat(np.arange(C.shape[0]), np.diff(C.indptr))
    pos = C.data > 0
    rows, cols, vals = rows[pos], C.indices[pos], C.data[pos]
    order = np.lexsort((-vals, rows))  # by row, then largest first (stable: column order)
    rows, cols = rows[order], cols[order]
    starts = np.searchsorted(rows, np.arange(C.shape[0]))
    rank = np.arange(rows.size) - starts[rows]
    top = rank < k
    rows, cols = rows[top], cols[top]
    out = [""] * C.shape[0]
    bounds = np.searchsorted(rows, np.arange(C.shape[0] + 1))
    names = np.array(feats, dtype=object)
    for i in np.flatnonzero(np.diff(bounds)):
        out[i] = "; ".join(names[cols[bounds[i]:bounds[i + 1]]])
    return out


def score_frame(df: pd.DataFrame, *, model: Model | None = None) -> pd.DataFrame:
    """Score every row of a DataFrame.

    Returns a new DataFrame with all input columns, in order, plus ``risk`` (float in [0, 1]),
    ``band``, ``flagged`` (risk >= the model's threshold), ``signals`` (fired signal names,
    ``;``-separated), ``reasons`` (top three positive contributions) and ``error`` (empty unless
    the row could not be fully used). The input is never modified and no row is dropped.

    Raises
    ------
    InputError
        If ``df`` is not a DataFrame, has no ``message`` column, or has duplicate schema columns.

    Examples
    --------
    >>> import pandas as pd, recruitscore as rs
    >>> out = rs.score_frame(pd.DataFrame({"id": [1, 2], "message": ["Add me on WhatsApp", None]}))
    >>> list(out.columns)
    ['id', 'message', 'risk', 'band', 'flagged', 'signals', 'reasons', 'error']
    >>> out.loc[1, "error"]
    'empty message; scored on profile fields only'
    """
    if not isinstance(df, pd.DataFrame):
        raise InputError(f"expected a pandas DataFrame, got {type(df).__name__}")
    if "message" not in df.columns:
        found = ", ".join(map(str, df.columns)) or "none"
        raise InputError(f"no 'message' column (found: {found}); map one with --map SRC=message")
    clash = input_renames(df.columns)
    model = get_default_model() if model is None else model
    batch, problems = make_batch(df)
    out = df.copy()
    if clash:
        out = out.rename(columns=clash)
    n = len(df)
    if n == 0:
        for col, dtype in (("risk", float), ("band", object), ("flagged", bool),
                           ("signals", object), ("reasons", object), ("error", object)):
            out[col] = pd.Series([], dtype=dtype)
        return out
    Z = model.estimator.features_batch(batch)
    risk = model.estimator.risk_from_features(Z)
    sig = Z[:, : len(SIGNAL_NAMES)].toarray().astype(bool)
    names = np.array(SIGNAL_NAMES, dtype=object)
    messages = batch.raw("message")
    errors = []
    for i in range(n):
        err = problems[i]
        if not messages[i].strip():
            err = "empty message; scored on profile fields only" + (f"; {err}" if err else "")
        errors.append(err)
    out["risk"] = np.round(risk, 6)
    out["band"] = model.band(risk)
    out["flagged"] = risk >= model.threshold
    out["signals"] = [";".join(names[row]) for row in sig]
    out["reasons"] = _top_reasons(model, Z)
    out["error"] = errors
    return out
