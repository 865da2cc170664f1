"""Scoring: a calibrated risk with the signals and words behind it, on both sides.

:func:`score` scores one approach (numpy, RE2 and this package only: no scikit-learn, scipy or
pandas); :func:`score_frame` scores a DataFrame column by column. Both give the same risk, band,
signals and reasons (one wording, built by :func:`reasons_from`).

Examples
--------
>>> import recruitscore as rs
>>> result = rs.score("Add me on WhatsApp, my client prefers to remain anonymous. "
...                   "Keep it between us.", target_headline="Quantum engineer")
>>> result.band in {"low", "medium", "high", "uncertain"} and 0.0 <= result.risk <= 1.0
True
>>> "off_platform_request" in [h.name for h in result.hits]
True
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any, NamedTuple

import numpy as np

from .errors import InputError
from .linear import sigmoid
from .model import Model, load_model
from .normalize import NormText, fast_normalize
from .schema import EMPTY_MESSAGE, join_notes, replace_surrogates
from .signals import (
    PROFILE_TEXT,
    REGISTRY,
    SIGNAL_NAMES,
    SignalHit,
    as_approach,
    counted,
    hits_and_norms,
    places_of,
    profile_places,
)
from .stopwords import FUNCTION_WORDS
from .text import Rows, _one_row, higher_reading, ngram_form

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = ["OUTPUT_COLUMNS", "Contribution", "ScoreResult", "apply_threshold",
           "get_default_model", "input_renames", "reasons_from", "score", "score_frame"]

#: Columns that :func:`score_frame` appends to the input columns.
OUTPUT_COLUMNS: tuple[str, ...] = ("risk", "band", "flagged", "signals", "reasons", "error")
#: Reason shown when a message has no red flag and wording the model hardly knows.
UNCERTAIN_REASON = "no red flag and unfamiliar wording: the risk stays near the base rate"

_DEFAULT: dict[str, Model] = {}
_DESCRIPTION = {s.name: s.description for s in REGISTRY}
_POLARITY = {s.name: s.polarity for s in REGISTRY}
_RISK_SIGNALS = np.array([s.polarity == "risk" for s in REGISTRY], dtype=bool)


def apply_threshold(out: pd.DataFrame, model: Model | None, threshold: float) -> None:
    """Set ``out["flagged"]`` at ``threshold`` (a caller's, not the model's): a row it flags is
    never ``uncertain``, its band is then the model's band of its risk (review27).

    Examples
    --------
    >>> import pandas as pd
    >>> out = score_frame(pd.DataFrame({"message": ["hello"]}))
    >>> out["band"].tolist()
    ['uncertain']
    >>> apply_threshold(out, None, 0.0)
    >>> out["flagged"].tolist(), out["band"].tolist()
    ([True], ['medium'])
    """
    model = use_model(model)
    risk = out["risk"].to_numpy(dtype=float)
    flagged = np.nan_to_num(risk, nan=-1.0) >= threshold
    out["flagged"] = flagged
    band = out["band"].to_numpy(dtype=object).copy()
    fix = flagged & (band == "uncertain")
    if fix.any():
        band[fix] = model.band(risk[fix])
        out["band"] = band


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


def use_model(model: Model | None) -> Model:
    """``model``, or the shipped model when it is ``None``.

    Raises
    ------
    TypeError
        If ``model`` is anything else (a path, say: load it with :func:`load_model` first).

    Examples
    --------
    >>> use_model(None) is get_default_model()
    True
    >>> use_model("model.npz")
    Traceback (most recent call last):
    ...
    TypeError: model= takes a Model loaded with recruitscore.load_model(path) or None, not str
    """
    if model is None:
        return get_default_model()
    if not isinstance(model, Model):
        raise TypeError("model= takes a Model loaded with recruitscore.load_model(path) or None, "
                        f"not {type(model).__name__}")
    return model


class Contribution(NamedTuple):
    """How much one feature moved the score, on the calibrated log-odds scale.

    ``kind`` is ``signal``, ``interaction``, ``ngram`` or ``text`` (the text model's own
    baseline, the part of the wording's effect no single n-gram carries).
    """

    feature: str
    kind: str
    value: float
    description: str = ""


_FUNCTION_PREFIXES = frozenset(w[:i] for w in FUNCTION_WORDS for i in range(1, len(w) + 1))


@lru_cache(maxsize=65536)
def _content(ngram: str) -> bool:
    """An n-gram a reader learns from: no function word in it (and a word prefix ``~x`` that
    could begin a function word is not one either)."""
    if ngram.startswith("~"):
        return ngram[1:] not in _FUNCTION_PREFIXES
    return not any(w in FUNCTION_WORDS for w in ngram.split())


def shown(term: str) -> str:
    """An n-gram as a reader sees it: a word prefix ``~recrut`` as ``recrut…``.

    Examples
    --------
    >>> shown("~recrut"), shown("paid report")
    ('recrut…', 'paid report')
    """
    return term[1:] + "…" if term.startswith("~") else term


def shown_signal(name: str, places: Mapping[str, tuple[str, ...]] | None = None) -> str:
    """A signal as a reason names it: with the profile texts its evidence is in, if any (a red
    flag read in the sender's headline is not in the message the reader sees; rule R26-C).

    Examples
    --------
    >>> shown_signal("secrecy", {"secrecy": ("sender_headline",)})
    'secrecy (in sender_headline)'
    >>> shown_signal("secrecy")
    'secrecy'
    """
    where = places.get(name) if places else None
    return f"{name} (in {', '.join(where)})" if where else name


def reasons_from(contribs: list[Contribution], *, low: bool, uncertain: bool,
                 k: int = 3, text: float | None = None,
                 places: Mapping[str, tuple[str, ...]] | None = None) -> list[str]:
    """The reasons of one score, in the one wording the API, the CLI and the CSV share.

    Red flags (and conjunctions) that raised the risk, then at most ``k`` content words grouped as
    wording like known hostile approaches; what lowered it (benign signals, then wording like
    legitimate messages). A low risk lists what lowered it first. Function words are never
    cited. ``text`` is the wording's total contribution (default: the sum of the ``ngram`` and
    ``text`` contributions). ``places`` gives, for a signal with evidence in the sender's
    profile texts, those fields (:func:`~recruitscore.signals.places_of`): its reason names
    them (:func:`shown_signal`).

    Examples
    --------
    >>> cs = [Contribution("paid_report", "signal", 1.2), Contribution("corporate_contact",
    ...       "signal", -0.8), Contribution("per report", "ngram", 0.3),
    ...       Contribution("consultancy", "ngram", 0.2)]
    >>> for reason in reasons_from(cs, low=False, uncertain=False):
    ...     print(reason)
    paid_report
    wording like known hostile approaches: 'consultancy'
    lowered by corporate_contact
    """
    up = [shown_signal(c.feature, places) if c.kind == "signal"
          else c.feature.replace("+", " together with ") for c in contribs
          if c.value > 0 and c.kind in ("signal", "interaction")][:k]
    down = [f"lowered by {shown_signal(c.feature, places)}" for c in contribs
            if c.value < 0 and c.kind == "signal"][:k]
    if text is None:
        text = sum(c.value for c in contribs if c.kind in ("ngram", "text"))
    words_up = [c.feature for c in contribs if c.kind == "ngram" and c.value > 0
                and _content(c.feature)][:k]
    words_down = [c.feature for c in contribs if c.kind == "ngram" and c.value < 0
                  and _content(c.feature)][:k]
    if text > 0 and words_up:
        up.append("wording like known hostile approaches: "
                  + ", ".join(f"'{shown(w)}'" for w in words_up))
    if text < 0 and words_down:
        down.append("wording like legitimate messages: "
                    + ", ".join(f"'{shown(w)}'" for w in words_down))
    out = [UNCERTAIN_REASON] if uncertain else []
    return out + (down + up if low else up + down)


@dataclass(frozen=True)
class ScoreResult:
    """The score of one approach.

    Attributes
    ----------
    risk : float
        Calibrated probability that the approach is hostile (covert approach or fraud).
    band : str
        ``low``, ``medium``, ``high`` (the model's thresholds) or ``uncertain`` (no red flag
        and wording the model hardly knows: the risk is near the base rate and says little).
    flagged : bool
        ``risk >= threshold``.
    hits : list of SignalHit
        The signals that fired, with evidence.
    contributions : list of Contribution
        Every non-zero contribution, largest first (calibrated log-odds); they add up to
        ``logit(risk) - baseline``.
    reasons : list of str
        What raised and what lowered the risk, in plain words (see :func:`reasons_from`).
    threshold : float
        The model's decision threshold.
    baseline : float
        Calibrated log-odds of an approach with no signal and no familiar wording.
    familiarity : float
        How much of the wording the model knows (0 to 1).
    problems : tuple of str
        What could not be used in the input.

    Examples
    --------
    >>> import recruitscore as rs
    >>> r = rs.score("Add me on WhatsApp, my client pays $500 for a short report.")
    >>> r.flagged, r.band, [h.name for h in r.hits]
    (True, 'high', ['off_platform_request', 'paid_report'])
    >>> sorted(r.reasons[:2])  # (the larger contribution first: the model's order)
    ['off_platform_request', 'paid_report']
    """

    risk: float
    band: str
    flagged: bool
    hits: list[SignalHit]
    contributions: list[Contribution]
    reasons: list[str]
    threshold: float
    baseline: float = 0.0
    familiarity: float = 0.0
    problems: tuple[str, ...] = field(default=())

    @property
    def uncertain(self) -> bool:
        """No red flag and unfamiliar wording (the band is ``uncertain``)."""
        return self.band == "uncertain"

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
        """A human-readable explanation: what raised the risk and what lowered it."""
        lines = [
            f"risk {self.risk:.2f} ({self.band}; flagged at >= {self.threshold:.2f}: "
            f"{'yes' if self.flagged else 'no'}; familiar wording {self.familiarity:.0%})"
        ]
        if self.reasons:
            lines.append("why: " + "; ".join(self.reasons))
        lines.extend(f"note: {p}" for p in self.problems)
        up = [h for h in self.hits if self.signal_contribution(h.name) > 0]
        down = [h for h in self.hits if self.signal_contribution(h.name) < 0]
        zero = [h for h in self.hits if self.signal_contribution(h.name) == 0]
        for title, group in (("raised by", up), ("lowered by", down),
                             ("also seen (no weight)", zero)):
            if group:
                lines.append(f"{title}:")
            for h in group:
                # evidence outside the message names its field, as ``recruitscore explain``
                ev = ", ".join((f"{e.field}: " if e.field != "message" else "") + repr(e.snippet)
                               for e in h.evidence[:3])
                lines.append(f"  {h.name} ({self.signal_contribution(h.name):+.2f}): {ev}")
        words = [c for c in self.contributions if c.kind == "ngram" and _content(c.feature)]
        pos = [c for c in words if c.value > 0][:5]
        neg = [c for c in words if c.value < 0][:5]
        text = sum(c.value for c in self.contributions if c.kind in ("ngram", "text"))
        if pos or neg:
            lines.append(f"wording (all words together {text:+.2f}):")
        if pos:
            lines.append("  like hostile approaches: "
                         + ", ".join(f"{shown(c.feature)!r} {c.value:+.2f}" for c in pos))
        if neg:
            lines.append("  like legitimate messages: "
                         + ", ".join(f"{shown(c.feature)!r} {c.value:+.2f}" for c in neg))
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return {
            "risk": self.risk,
            "band": self.band,
            "flagged": self.flagged,
            "threshold": self.threshold,
            "familiarity": round(self.familiarity, 4),
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


def _row_contributions(model: Model, fired: np.ndarray, cols: np.ndarray, x: np.ndarray,
                       factor: float) -> list[Contribution]:
    """Every non-zero contribution of one row, largest first (ties: signals, then columns)."""
    lin = model.linear
    a = lin.cal_a
    feats: list[str] = []
    kinds: list[str] = []
    values: list[float] = []
    sig_idx = np.flatnonzero(fired)
    for j in sig_idx.tolist():
        feats.append(lin.signal_names[j])
        kinds.append("signal")
        values.append(a * float(lin.w_signal[j]))
    if len(lin.interactions):
        left, right = lin.pairs
        on = np.flatnonzero(fired[left] & fired[right])
        for j in on.tolist():
            feats.append("+".join(lin.interactions[j]))
            kinds.append("interaction")
            values.append(a * float(lin.w_interaction[j]))
    if factor != 0.0 and lin.vocab is not None:
        terms = lin.vocab.terms
        ng = a * factor * lin.text_coef[cols] * x
        for j, v in zip(cols.tolist(), ng.tolist(), strict=True):
            feats.append(str(terms[j]))
            kinds.append("ngram")
            values.append(v)
        feats.append("(all wording)")
        kinds.append("text")
        values.append(a * factor * lin.text_intercept)
    arr = np.array(values, dtype=np.float64)
    keep = np.flatnonzero(arr != 0.0)
    keep = keep[np.argsort(-np.abs(arr[keep]), kind="stable")]
    return [Contribution(feats[i], kinds[i], float(arr[i]),
                         _DESCRIPTION.get(feats[i], "") if kinds[i] == "signal" else "")
            for i in keep.tolist()]


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

    Examples
    --------
    >>> import recruitscore as rs
    >>> rs.score("hello there").flagged
    False
    """
    model = use_model(model)
    lin = model.linear
    approach = as_approach(text_or_approach, **fields)
    norms: dict[str, NormText] = {}
    hits = hits_and_norms(approach, norms)
    message = norms["message"].text if "message" in norms else fast_normalize(approach.message)
    fired = np.zeros(len(lin.signal_names), dtype=bool)
    index = lin.index
    for h in hits:
        fired[index[h.name]] = True
    rows: Rows | None = None
    cols, x = np.zeros(0, dtype=np.int64), np.zeros(0)
    if lin.vocab is not None:
        rows = _one_row(lin.vocab, higher_reading(lin, approach.message, ngram_form(message)))
        cols, x = rows.indices, rows.data
    s_text, conf, factor = lin.text_parts(rows, 1)
    logit = float(lin.logit(fired[None, :].astype(np.float64), rows)[0])
    risk = float(sigmoid(lin.cal_a * logit + lin.cal_b))
    familiarity = float(conf[0]) if rows is not None else 0.0
    uncertain = bool(not (fired & _RISK_SIGNALS).any()
                     and familiarity < model.uncertain_familiarity)
    contribs = _row_contributions(model, fired, cols, x, float(factor[0]))
    band = str(model.band(np.array([risk]), np.array([uncertain]))[0])
    return ScoreResult(
        risk=risk,
        band=band,
        flagged=risk >= model.threshold,
        hits=hits,
        contributions=contribs,
        reasons=reasons_from(contribs, low=risk < model.medium_threshold,
                             uncertain=band == "uncertain",
                             text=float(lin.cal_a * factor[0] * s_text[0]),
                             places=places_of(hits)),
        threshold=model.threshold,
        baseline=lin.baseline,
        familiarity=familiarity,
        problems=approach.notes,  # the empty-message note too, as the CSV (review25)
    )


def _top_k(rows: np.ndarray, keys: np.ndarray, order: np.ndarray, k: int) -> np.ndarray:
    """Positions of the first ``k`` items of each row when items are sorted by row, then by
    ``keys`` (ascending), then by ``order`` (stable): the order :func:`reasons_from` sees."""
    idx = np.lexsort((order, keys, rows))
    r = rows[idx]
    starts = np.searchsorted(r, r, side="left")
    return idx[(np.arange(r.size) - starts) < k]


def _frame_reasons(model: Model, fired: np.ndarray, rows: Rows | None, factor: np.ndarray,
                   text: np.ndarray, low: np.ndarray, uncertain: np.ndarray,
                   k: int = 3, places: Mapping[int, Mapping[str, tuple[str, ...]]] | None = None
                   ) -> list[str]:
    """:func:`reasons_from` for every row at once (the same strings, tested): signals and
    conjunctions weigh the same in every row, so their order is fixed; the words are the top
    ``k`` content n-grams of each row, selected with one sort over the column. ``places``
    holds, for the rows that have any, the profile texts of each signal's evidence
    (:func:`~recruitscore.signals.profile_places`)."""
    lin = model.linear
    n = fired.shape[0]
    a = lin.cal_a
    left, right = lin.pairs
    on = np.hstack([fired, fired[:, left] & fired[:, right]])
    weights = a * np.r_[lin.w_signal, lin.w_interaction]
    names = [*lin.signal_names, *(f"{x} together with {y}" for x, y in lin.interactions)]
    is_signal = np.r_[np.ones(len(lin.signal_names), bool), np.zeros(len(lin.interactions), bool)]
    pos = np.flatnonzero(weights > 0)
    pos = pos[np.argsort(-weights[pos], kind="stable")]
    neg = np.flatnonzero((weights < 0) & is_signal)
    neg = neg[np.argsort(weights[neg], kind="stable")]
    up: list[list[str]] = [[] for _ in range(n)]
    down: list[list[str]] = [[] for _ in range(n)]
    n_signals = len(lin.signal_names)
    places = places or {}
    for cols, target, label in ((pos, up, "{}"), (neg, down, "lowered by {}")):
        if not cols.size:
            continue
        hit = on[:, cols]
        keep = hit & (np.cumsum(hit, axis=1) <= k)
        for i, j in zip(*np.nonzero(keep), strict=True):
            c = cols[j]
            name = shown_signal(names[c], places.get(i)) if c < n_signals else names[c]
            target[i].append(label.format(name))
    words_up: list[list[str]] = [[] for _ in range(n)]
    words_down: list[list[str]] = [[] for _ in range(n)]
    if rows is not None and lin.vocab is not None and rows.indices.size:
        content = lin._cache.get("content")
        if content is None:
            content = np.array([_content(str(t)) for t in lin.vocab.terms], dtype=bool)
            lin._cache["content"] = content
        row_of = np.repeat(np.arange(n), np.diff(rows.indptr))
        value = a * factor[row_of] * lin.text_coef[rows.indices] * rows.data
        terms = lin.vocab.terms
        for sign, target in ((1.0, words_up), (-1.0, words_down)):
            m = np.flatnonzero(content[rows.indices] & (sign * value > 0)
                               & (sign * text[row_of] > 0))
            if not m.size:
                continue
            top = m[_top_k(row_of[m], -sign * value[m], rows.indices[m], k)]
            for i, j in zip(row_of[top].tolist(), rows.indices[top].tolist(), strict=True):
                target[i].append(str(terms[j]))
    out = []
    for i in range(n):
        u, d = up[i], down[i]
        if words_up[i]:
            u = [*u, "wording like known hostile approaches: "
                 + ", ".join(f"'{shown(w)}'" for w in words_up[i])]
        if words_down[i]:
            d = [*d, "wording like legitimate messages: "
                 + ", ".join(f"'{shown(w)}'" for w in words_down[i])]
        parts = ([UNCERTAIN_REASON] if uncertain[i] else []) + (d + u if low[i] else u + d)
        out.append("; ".join(parts))
    return out


def score_frame(df: pd.DataFrame, *, model: Model | None = None) -> pd.DataFrame:
    """Score every row of a DataFrame.

    Returns a new DataFrame with all input columns, in order, plus ``risk`` (float in [0, 1]),
    ``band``, ``flagged`` (risk >= the model's threshold), ``signals`` (fired signal names,
    ``;``-separated), ``reasons`` (as :func:`score` words them, ``;``-separated) and ``error``
    (empty unless the row could not be fully used). The input is never modified and no row is
    dropped. A lone surrogate in a text cell (a Python string can hold one; UTF-8 cannot) is
    read, and returned, as U+FFFD, as the command line reads one, and the row's ``error``
    says so (:func:`score` reads it the same way and says so in ``problems``).

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
    from .model import features

    model, batch, problems, out = _prepared(df, model)
    if len(df) == 0:
        return _empty_out(out)
    signals, rows = features(model.linear, batch)
    return _frame_out(out, model, batch, problems, signals, rows)


def _prepared(df: pd.DataFrame, model: Model | None
              ) -> tuple[Model, Any, list[str], pd.DataFrame]:
    """The checks and preparation :func:`score_frame` and :func:`score_windows` share: the
    model, the prepared batch, its per-row problems and the output frame (a copy of ``df``
    with clashing result columns renamed)."""
    import pandas as pd

    from .signals import make_batch

    if not isinstance(df, pd.DataFrame):
        raise InputError(f"expected a pandas DataFrame, got {type(df).__name__}")
    if "message" not in df.columns:
        found = ", ".join(map(str, df.columns)) or "none"
        raise InputError(f"no 'message' column (found: {found}); map one with --map SRC=message")
    clash = input_renames(df.columns)
    model = use_model(model)
    # a lone surrogate is read, and returned, as U+FFFD (as the command line reads it); the
    # row's error says so (review36, R30-R)
    clean, replaced = replace_surrogates(df)
    batch, problems = make_batch(clean, surrogates_read=True)
    for i, note in replaced.items():
        problems[i] = join_notes(problems[i], note)
    out = clean.copy()
    if clash:
        out = out.rename(columns=clash)
    return model, batch, problems, out


def _empty_out(out: pd.DataFrame) -> pd.DataFrame:
    """``out`` (no rows) with the result columns of :func:`score_frame`."""
    import pandas as pd

    for col, dtype in (("risk", float), ("band", object), ("flagged", bool),
                       ("signals", object), ("reasons", object), ("error", object)):
        out[col] = pd.Series([], dtype=dtype)
    return out


def _judge(model: Model, signals: np.ndarray, rows: Rows | None,
           places: Mapping[int, Mapping[str, tuple[str, ...]]] | None = None
           ) -> tuple[np.ndarray, np.ndarray, list[str], list[str]]:
    """Risk, band, fired signal names and reasons of feature rows (``places``: see
    :func:`_frame_reasons`)."""
    lin = model.linear
    n = signals.shape[0]
    risk = lin.risk(signals, rows)
    s_text, conf, factor = lin.text_parts(rows, n)
    fired = signals.astype(bool)
    uncertain = ~(fired & _RISK_SIGNALS).any(axis=1) & (conf < model.uncertain_familiarity)
    band = model.band(risk, uncertain)
    names = np.array(SIGNAL_NAMES, dtype=object)
    reasons = _frame_reasons(model, fired, rows, factor, lin.cal_a * factor * s_text,
                             risk < model.medium_threshold, band == "uncertain",
                             places=places)
    return risk, band, [";".join(names[row]) for row in fired], reasons


def _frame_out(out: pd.DataFrame, model: Model, batch: Any, problems: list[str],
               signals: np.ndarray, rows: Rows | None,
               places: Mapping[int, Mapping[str, tuple[str, ...]]] | None = None
               ) -> pd.DataFrame:
    """``out`` with the result columns of :func:`score_frame` added (``places``: see
    :func:`_frame_reasons`; default: those of ``batch``)."""
    n = len(out)
    if places is None:
        places = profile_places(batch)
    risk, band, fired_names, reasons = _judge(model, signals, rows, places)
    messages = batch.raw("message")
    errors = []
    for i in range(n):
        err = problems[i]
        if not messages[i].strip():
            err = EMPTY_MESSAGE + (f"; {err}" if err else "")
        errors.append(err)
    out["risk"] = np.round(risk, 6)
    out["band"] = band
    out["flagged"] = risk >= model.threshold
    out["signals"] = fired_names
    out["reasons"] = reasons
    out["error"] = errors
    return out


def _window_rows(lin: Any, counts: Any, shown: dict[int, str], owner: np.ndarray,
                 member: np.ndarray, n_windows: int) -> Rows:
    """TF-IDF rows of the windows (their members' term ``counts`` added up).

    A window holding messages read two ways (HTML whose n-gram text kept its hidden words:
    ``shown`` holds their displayed readings, :func:`~recruitscore.text.ngram_readings`) is
    also read with all of those as displayed, and keeps the reading whose text part weighs
    more, as :func:`~recruitscore.text.higher_reading` does for one message: hidden words
    that raise a message's risk alone may lower the risk of its window's wording, and must not
    (rule R25-B)."""
    from .text import rows_from_counts, stack_counts, window_counts

    vocab = lin.vocab
    kept = rows_from_counts(vocab, window_counts(counts, owner, member, n_windows, len(vocab)))
    n = counts.n_tokens.size
    if not shown or not owner.size:
        return kept
    ids = np.array(sorted(shown), dtype=np.int64)
    both = stack_counts(counts, lin.text_counts([shown[i] for i in ids.tolist()]))
    where = np.full(n, -1, dtype=np.int64)
    where[ids] = n + np.arange(ids.size)
    displayed = np.where(where[member] >= 0, where[member], member)
    if (displayed == member).all():
        return kept
    other = rows_from_counts(vocab, window_counts(both, owner, displayed, n_windows,
                                                  len(vocab)))
    s_kept, _, f_kept = lin.text_parts(kept, n_windows)
    s_other, _, f_other = lin.text_parts(other, n_windows)
    better = s_other * f_other > s_kept * f_kept
    if not better.any():
        return kept
    chosen = np.where(better[owner], displayed, member)
    return rows_from_counts(vocab, window_counts(both, owner, chosen, n_windows, len(vocab)))


#: The red flags of words and a link, which may lie in two messages (rules R33-G, R33-N):
#: their evidence in two messages' parts counts; any other flag's must cross a join itself
#: (an offer's words in one message and a second's cut part read at the join are no flag:
#: review44 M1).
_WORDS_AND_LINK = frozenset({"unknown_meeting_link", "assessment_portal"})
#: Red flags that one message holds or not, whatever is written around it: padding, a web
#: or e-mail address, a phone number, the greeting that opens it (a word disguised letter by
#: letter, "W h a t s A p p", can be cut over two messages: ``obfuscated_text`` is read). A
#: meeting or assessment link on an unknown host is read across messages: its words may end
#: one message and the link open the next (rule R33-G, review41 M5).
_ONE_MESSAGE = frozenset({
    "padded_text", "lookalike_domain", "freemail_company_contact", "brand_domain_mismatch",
    "adhoc_code_hosting", "templated_greeting", "premium_rate_number"})
#: The red flags read on a window's joined text (rule R32-H): the message's, less those of
#: :data:`_ONE_MESSAGE` (the profile's are the same in every message of a window).
_JOINED_RED_FLAGS: tuple[str, ...] = tuple(
    s.name for s in REGISTRY if s.polarity == "risk" and "message" in s.fields
    and s.name not in _ONE_MESSAGE)
#: How a window's messages are joined when its text is read as one (and explained:
#: :func:`~recruitscore.conversations.score_conversation`'s ``peak``).
WINDOW_JOIN = " "


def _rows_subset(rows: Rows, keep: np.ndarray) -> Rows:
    """The rows ``keep`` of ``rows`` (CSR), in that order."""
    lo, hi = rows.indptr[keep], rows.indptr[keep + 1]
    take = (np.concatenate([np.arange(a, b) for a, b in zip(lo.tolist(), hi.tolist(),
                                                            strict=True)])
            if keep.size else np.array([], dtype=np.int64)).astype(np.int64)
    indptr = np.r_[0, np.cumsum(hi - lo)].astype(rows.indptr.dtype)
    return Rows(indptr, rows.indices[take], rows.data[take], rows.n_tokens[keep],
                rows.n_known[keep])


def _window_members(owner: np.ndarray, member: np.ndarray, n_windows: int
                    ) -> list[tuple[int, ...]]:
    """The members of each window, in the order given."""
    order = np.argsort(owner, kind="stable")
    ranks = np.arange(n_windows)
    sorted_owner = owner[order]
    lo = np.searchsorted(sorted_owner, ranks, side="left")
    hi = np.searchsorted(sorted_owner, ranks, side="right")
    mem = member[order].tolist()
    return [tuple(mem[a:b]) for a, b in zip(lo.tolist(), hi.tolist(), strict=True)]


#: A window's joined text is read near its joins: a message up to twice this many characters
#: whole, a longer one by this many characters at each end (cut between words), the middle of
#: a long message ending one piece of text and beginning the next.
SEAM = 100


def _edges(text: str) -> tuple[str, str]:
    """The first and last :data:`SEAM` characters of a long ``text``, cut between words.

    Examples
    --------
    >>> head, tail = _edges("word " * 60)
    >>> len(head) <= SEAM and head.endswith("word") and tail.startswith("word")
    True
    """
    head, tail = text[:SEAM], text[-SEAM:]
    if not text[SEAM:SEAM + 1].isspace():
        head = head.rsplit(None, 1)[0] if len(head.split(None, 1)) > 1 else ""
    if not text[-SEAM - 1:-SEAM].isspace():
        tail = tail.split(None, 1)[1] if len(tail.split(None, 1)) > 1 else ""
    return head, tail


#: The parts of a message a piece of joined text holds: the whole message, its head, its tail
_WHOLE, _HEAD, _TAIL = 0, 1, 2


def _seam_parts(lengths: Sequence[int]) -> list[tuple[tuple[int, int], ...]]:
    """The pieces of the joined text of messages of ``lengths`` that hold a join (see
    :data:`SEAM`), each as its ``(message position, part)`` in order, part one of ``_WHOLE``,
    ``_HEAD``, ``_TAIL``."""
    out: list[tuple[tuple[int, int], ...]] = []
    cur: list[tuple[int, int]] = []
    for i, n in enumerate(lengths):
        if n <= 2 * SEAM:
            cur.append((i, _WHOLE))
            continue
        cur.append((i, _HEAD))
        if len(cur) > 1:
            out.append(tuple(cur))
        cur = [(i, _TAIL)]
    if len(cur) > 1:
        out.append(tuple(cur))
    return out


def _part(text: str, part: int) -> str:
    return text if part == _WHOLE else _edges(text)[part - 1]


def _seams(texts: list[str]) -> list[str]:
    """The pieces of the joined text of ``texts`` that hold a join (see :data:`SEAM`)."""
    return [WINDOW_JOIN.join(_part(texts[i], part) for i, part in piece)
            for piece in _seam_parts([len(t) for t in texts])]


def _crossing_flags(piece: str, starts: Sequence[int], fields: dict[str, Any],
                    names: Iterable[str]) -> set[str]:
    """The red flags of ``names`` that ``piece`` (messages' parts beginning at ``starts``,
    joined with :data:`WINDOW_JOIN`) has with evidence that crosses a join: a span that starts
    in one message's part and ends in another's (rule R32-J), or, for the flags of words and a
    link (:data:`_WORDS_AND_LINK`), spans in two messages' parts (meeting words ending one
    message, the link opening the next; rules R33-G, R33-N). A flag whose
    evidence lies within one message is that message's, or the seam's cut made it (a cut drops
    the context a disclaimer of a detector reads: review41 L2)."""
    from .signals import extract_signals

    wanted = set(names)
    out: set[str] = set()
    for hit in extract_signals({"message": piece, **fields}):
        if hit.name not in wanted:
            continue
        seen: set[int] = set()  # (the parts the evidence of a words-and-link flag lies in)
        for e in hit.evidence:
            if e.field != "message":
                continue
            if e.start is None or e.end is None:
                out.add(hit.name)  # (no span: read as crossing, as before)
                break
            parts = {bisect.bisect_right(starts, e.start),
                     bisect.bisect_right(starts, max(e.start, e.end - 1))}
            if hit.name in _WORDS_AND_LINK:
                seen |= parts
            if len(parts) > 1 or len(seen) > 1:
                out.add(hit.name)
                break
    return out


def _joined_red_flags(out: pd.DataFrame, owner: np.ndarray, member: np.ndarray,
                      n_windows: int, have: np.ndarray) -> np.ndarray:
    """The red flags (message signals) that a window's joined text has and none of its
    messages (``have``: the window's signals from its messages), as a 0/1 matrix windows x
    :data:`~recruitscore.signals.SIGNAL_NAMES` (rules R32-H, R32-J).

    The joined text (its messages joined with :data:`WINDOW_JOIN`) is read near its joins
    (:data:`SEAM`), and a red flag counts only where its evidence crosses a join (it starts in
    one message and ends in another): a red flag of one message is that message's, and one
    that the seam's cut alone creates is none (review41 L2). Each window is read on its own
    messages only, so a later message never changes what an earlier window finds (review41
    M1: a thread's longest window was read for the shorter ones, and its own messages' flags
    hid theirs). A piece of text near the joins is read once however many windows hold it (a
    run of short messages ends at a window's first message, so a join between short messages
    is read in up to :data:`~recruitscore.conversations.WINDOW` windows). A window of one
    message is not read again.
    """
    import pandas as pd

    from .schema import FIELDS
    from .signals import frame_from_batch, make_batch

    added = np.zeros((n_windows, len(SIGNAL_NAMES)))
    windows = _window_members(owner, member, n_windows)
    text = [v if isinstance(v, str) else "" for v in out["message"].tolist()]
    # the distinct pieces near the joins, as (message, part) keys, and each window's pieces
    index: dict[tuple[tuple[int, int], ...], int] = {}
    of_window: list[list[int]] = []
    for w in windows:
        ids: list[int] = []
        if len(w) > 1:
            for piece in _seam_parts([len(text[m]) for m in w]):
                key = tuple((w[i], part) for i, part in piece)
                ids.append(index.setdefault(key, len(index)))
        of_window.append(ids)
    if not index:
        return added
    keys = list(index)
    parts = [[_part(text[m], part) for m, part in key] for key in keys]
    pieces = [WINDOW_JOIN.join(p) for p in parts]
    fields = [c for c in FIELDS if c != "message" and c in out.columns]
    # (the profile given with the piece's last message)
    last = [key[-1][0] for key in keys]
    frame = (out.iloc[last][fields].reset_index(drop=True) if fields
             else pd.DataFrame(index=range(len(keys))))
    frame.insert(0, "message", pieces)
    batch, _ = make_batch(frame, surrogates_read=True)
    found = frame_from_batch(batch, _JOINED_RED_FLAGS).to_numpy(dtype=bool)
    cols = np.array([SIGNAL_NAMES.index(n) for n in _JOINED_RED_FLAGS], dtype=np.int64)
    # the flags a window's pieces find and none of its messages has: checked piece by piece
    flat = np.array([p for ids in of_window for p in ids], dtype=np.int64)
    at = np.repeat(np.arange(n_windows), [len(ids) for ids in of_window])
    in_window = np.zeros((n_windows, cols.size), dtype=np.uint8)
    np.maximum.at(in_window, at, found[flat].astype(np.uint8))
    fresh = (in_window > 0) & ~(have[:, cols] > 0)
    crossing: dict[int, set[str]] = {}
    for k in np.flatnonzero(fresh.any(axis=1)).tolist():
        new = fresh[k]
        for p in of_window[k]:
            wanted = [_JOINED_RED_FLAGS[j] for j in np.flatnonzero(found[p] & new).tolist()]
            if not wanted:
                continue
            if p not in crossing:
                starts = np.cumsum([0] + [len(x) + len(WINDOW_JOIN) for x in parts[p][:-1]])
                profile = {c: v for c, v in frame.iloc[p].items()
                           if c != "message" and not (v is None or (
                               np.ndim(v) == 0 and bool(pd.isna(v))))}
                crossing[p] = _crossing_flags(pieces[p], starts.tolist(), profile,
                                              [n for n, hit in zip(_JOINED_RED_FLAGS, found[p],
                                                                   strict=True) if hit])
            for name in wanted:
                if name in crossing[p]:
                    added[k, SIGNAL_NAMES.index(name)] = 1.0
    return added


def score_windows(df: pd.DataFrame, owner: np.ndarray, member: np.ndarray, n_windows: int,
                  *, model: Model | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Score every row of ``df`` (as :func:`score_frame`) and the combined evidence of windows
    of its rows.

    The evidence of a window is that of its messages taken together: a signal fires in the
    window when it fires in one of its messages (so the model's conjunctions fire across
    messages; a benign counter-signal is voided by a red flag of another message, as within
    one, :data:`~recruitscore.signals.VOIDED_BY`), and its n-gram counts are theirs added up.
    Each message is read once, however many windows hold it, so scoring a thread's windows
    costs little beyond its messages. A message holding HTML is read as :func:`score` reads it;
    a window holding such messages keeps, of their n-gram readings (each as kept alone, or all
    as displayed), the one whose wording weighs more, so hidden words lower no window's risk.

    Parameters
    ----------
    df : DataFrame
        Messages, as for :func:`score_frame`.
    owner, member : array of int
        Window ``owner[k]`` holds row ``member[k]`` (a position in ``df``).
    n_windows : int
        The number of windows.
    model : Model, optional
        Default: the shipped model.

    Returns
    -------
    messages, windows : DataFrame
        ``messages`` is ``score_frame(df)``; ``windows`` has one row per window with ``risk``,
        ``band``, ``flagged``, ``signals`` and ``reasons``.

    Raises
    ------
    InputError
        As :func:`score_frame`; or a window position out of range.

    Examples
    --------
    >>> import numpy as np, pandas as pd
    >>> df = pd.DataFrame({"message": ["Great profile, we should talk.",
    ...                                "Add me on WhatsApp, my client pays for a short report."]})
    >>> msgs, win = score_windows(df, np.array([0, 0]), np.array([0, 1]), 1)
    >>> sorted(win.loc[0, "signals"].split(";")) == sorted(
    ...     set(msgs.loc[0, "signals"].split(";") + msgs.loc[1, "signals"].split(";")) - {""})
    True
    """
    import pandas as pd

    from .signals import frame_from_batch
    from .text import ngram_readings, rows_from_counts

    model, batch, problems, out = _prepared(df, model)
    lin = model.linear
    owner = np.asarray(owner, dtype=np.int64)
    member = np.asarray(member, dtype=np.int64)
    if n_windows < 0 or owner.shape != member.shape or (owner.size and (
            owner.min() < 0 or owner.max() >= n_windows or member.min() < 0
            or member.max() >= len(df))):
        raise InputError("score_windows: window positions out of range")
    signals = frame_from_batch(batch).to_numpy(dtype=np.float64)
    texts, shown = ngram_readings(batch, lin)
    counts = lin.text_counts(texts)
    rows = rows_from_counts(lin.vocab, counts) if counts is not None else None
    places = profile_places(batch) if len(df) else {}
    scored = (_frame_out(out, model, batch, problems, signals, rows, places) if len(df)
              else _empty_out(out))
    win_signals = np.zeros((n_windows, len(SIGNAL_NAMES)))
    joined = np.zeros((n_windows, len(SIGNAL_NAMES)))
    if owner.size:
        np.maximum.at(win_signals, owner, signals[member])
        # the red flags of the window's joined text that none of its messages has: a flag
        # written over several messages, its evidence across a join (rules R32-H, R32-J)
        joined = _joined_red_flags(out, owner, member, n_windows, win_signals)
    gained = joined.any(axis=1)
    alone = counted(win_signals) if gained.any() else None
    # a counter-signal of one message is voided by a red flag of another (rule R20-H)
    win_signals = counted(np.maximum(win_signals, joined))
    win_rows = None
    if counts is not None:
        win_rows = _window_rows(lin, counts, shown, owner, member, n_windows)
    # a window's red flag is read in the profile texts its messages' evidence is in
    win_places: dict[int, dict[str, tuple[str, ...]]] = {}
    for k in (np.flatnonzero(np.isin(member, list(places))).tolist() if places else ()):
        w, m = int(owner[k]), int(member[k])
        for name, where in places[m].items():
            have = win_places.setdefault(w, {}).get(name, ())
            win_places[w][name] = tuple(f for f in PROFILE_TEXT if f in have or f in where)
    risk, band, fired_names, reasons = _judge(model, win_signals, win_rows, win_places)
    if alone is not None:
        # a red flag never lowers a window's risk: where the joined text's flags would, the
        # window keeps its messages' evidence
        k = np.flatnonzero(gained)
        sub = _rows_subset(win_rows, k) if win_rows is not None else None
        sub_places = {i: win_places[int(w)] for i, w in enumerate(k.tolist())
                      if int(w) in win_places}
        r2, b2, f2, why2 = _judge(model, alone[k], sub, sub_places)
        for i, w in enumerate(k.tolist()):
            if r2[i] > risk[w]:
                risk[w], band[w], fired_names[w], reasons[w] = r2[i], b2[i], f2[i], why2[i]
    windows = pd.DataFrame({"risk": np.round(risk, 6), "band": band,
                            "flagged": risk >= model.threshold, "signals": fired_names,
                            "reasons": reasons})
    return scored, windows
