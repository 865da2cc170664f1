"""The scoring model: weights-only, sign-constrained, with a bounded text part.

A :class:`LinearModel` is arrays and a few numbers, nothing else, so scoring needs numpy, Arrow,
RE2 and this package only, and a model file (``.npz``, read with ``allow_pickle=False``) can
never run code nor depend on scikit-learn's private layout or version.

The log-odds of an approach are a sum of exact contributions::

    logit = intercept
          + sum of signal weights (risk signals >= 0, benign signals <= 0, context signals 0)
          + sum of conjunction weights (>= 0)
          + w_text * counted(conf) * clip(s, lo, hi)

* ``s`` is the text model's log-odds: a logistic regression over TF-IDF word 1-2 grams
  (:mod:`recruitscore.text`), trained apart and strongly regularised.
* ``clip(s, lo, hi)`` bounds what wording alone can do; ``w_text >= 0``.
* ``conf = known / (known + prior)`` is how familiar the wording is: it grows with the number of
  the message's content tokens (words that are not function words) that the vocabulary knows.
  Unknown words do not lower it, so filler or gibberish appended by an attacker cannot dilute
  the evidence of the rest. Unfamiliar or very
  short text is not evidence: its text part is close to 0, so the risk stays near the base rate.
  Below ``text_floor`` it is exactly 0 (``counted(conf)`` is 0, else ``conf``): the wording of
  such a message is not counted and it is scored on its signals and profile alone (with the
  shipped prior of 5 and floor of 0.4, a message of at most three known words; with a prior of
  10, up to six). The *uncertain* band uses the same floor.

Calibration is Platt scaling, ``risk = sigmoid(a * logit + b)`` with ``a > 0``, so every
contribution is ``a * weight * value`` on the calibrated log-odds scale and a red flag can never
lower the risk: its weight is constrained to be >= 0 when the model is trained.
"""

from __future__ import annotations

import json
import math
import os
import stat
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from .errors import ModelError
from .text import Counts, Rows, Vocabulary, term_counts, tfidf

__all__ = ["FORMAT", "LinearModel", "pair_columns", "read_npz", "sigmoid"]

#: Version of the weights-only file format (``.npz`` + JSON manifest). 4: the manifest is
#: sealed (``seal``, see :func:`recruitscore.model.manifest_seal`).
FORMAT = 4
#: The arrays a model file holds, and nothing else.
ARRAYS = ("signal_names", "polarity", "interactions", "w_signal", "w_interaction", "terms",
          "idf", "text_coef", "scalars", "text_config")
#: The numbers in ``scalars``, in order.
SCALARS = ("intercept", "text_intercept", "w_text", "text_lo", "text_hi", "text_prior",
           "text_floor", "cal_a", "cal_b")
#: Largest model file read (bytes), and largest total of its arrays once decompressed.
MAX_FILE_BYTES = 64 << 20
MAX_ARRAY_BYTES = 512 << 20


def sigmoid(z: np.ndarray | float) -> np.ndarray:
    """The logistic function, clipped so that it never overflows.

    Examples
    --------
    >>> float(sigmoid(0.0)), float(sigmoid(1e9))
    (0.5, 1.0)
    """
    return 1.0 / (1.0 + np.exp(-np.clip(z, -40.0, 40.0)))


@dataclass(eq=False)
class LinearModel:
    """Every number the scoring needs (see the module docstring for the formula).

    Attributes
    ----------
    signal_names : tuple of str
        Signals in feature order (must equal this code's registry).
    polarity : tuple of str
        ``risk``, ``context`` or ``benign`` for each signal (the sign its weight may take).
    interactions : tuple of (str, str)
        Conjunctions of two signals, each a feature.
    w_signal, w_interaction : numpy.ndarray
        Weights (log-odds, before calibration).
    vocab : Vocabulary or None
        The text part's n-grams (``None``: no text part).
    text_coef : numpy.ndarray
        The text model's weight of each n-gram.
    intercept, text_intercept, w_text, text_lo, text_hi, text_prior, text_floor, cal_a, cal_b
        : float
        See the module docstring.
    """

    signal_names: tuple[str, ...]
    polarity: tuple[str, ...]
    interactions: tuple[tuple[str, str], ...]
    w_signal: np.ndarray
    w_interaction: np.ndarray
    vocab: Vocabulary | None
    text_coef: np.ndarray
    intercept: float
    text_intercept: float = 0.0
    w_text: float = 0.0
    text_lo: float = -2.0
    text_hi: float = 2.0
    text_prior: float = 10.0
    text_floor: float = 0.0
    cal_a: float = 1.0
    cal_b: float = 0.0
    _cache: dict[str, Any] = field(default_factory=dict, repr=False)

    # -- derived -------------------------------------------------------------------------------
    @property
    def index(self) -> dict[str, int]:
        """Signal name -> column."""
        if "index" not in self._cache:
            self._cache["index"] = {n: i for i, n in enumerate(self.signal_names)}
        return self._cache["index"]  # type: ignore[no-any-return]

    @property
    def pairs(self) -> tuple[np.ndarray, np.ndarray]:
        """Column indices of the two signals of each conjunction."""
        if "pairs" not in self._cache:
            self._cache["pairs"] = pair_columns(self.signal_names, self.interactions)
        return self._cache["pairs"]  # type: ignore[no-any-return]

    @property
    def baseline(self) -> float:
        """Calibrated log-odds of an approach with no signal and no familiar wording."""
        return self.cal_a * self.intercept + self.cal_b

    # -- features and log-odds -----------------------------------------------------------------
    def text_rows(self, texts: list[str]) -> Rows | None:
        """TF-IDF rows of messages in n-gram form (``None`` without a text part)."""
        if self.vocab is None:
            return None
        return tfidf(self.vocab, texts, self._cache)

    def text_counts(self, texts: list[str]) -> Counts | None:
        """Term counts of messages in n-gram form, before weighting (``None`` without a text
        part): :func:`~recruitscore.text.window_counts` adds them up, and
        :func:`~recruitscore.text.rows_from_counts` turns them into TF-IDF rows."""
        if self.vocab is None:
            return None
        return term_counts(self.vocab, texts, self._cache)

    def text_parts(self, rows: Rows | None, n: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Per row: the text log-odds ``s``, the familiarity ``conf`` and the factor that turns
        an n-gram's ``coef * x`` into its share of the (uncalibrated) logit (0 where ``conf``
        is below ``text_floor``)."""
        if rows is None or self.w_text == 0.0:
            zero = np.zeros(n)
            return zero, zero.copy(), zero.copy()
        counts = np.diff(rows.indptr)
        row_of = np.repeat(np.arange(n), counts)
        s = self.text_intercept + np.bincount(
            row_of, weights=rows.data * self.text_coef[rows.indices], minlength=n)
        conf = rows.n_known / (rows.n_known + self.text_prior)
        clipped = np.clip(s, self.text_lo, self.text_hi)
        ratio = np.divide(clipped, s, out=np.zeros(n), where=s != 0)
        return s, conf, self.w_text * self.counted(conf) * ratio

    def counted(self, conf: np.ndarray) -> np.ndarray:
        """The familiarity the text part is weighed by (:func:`counted_familiarity` with this
        model's ``text_floor``)."""
        return counted_familiarity(conf, self.text_floor)

    def logit(self, signals: np.ndarray, rows: Rows | None) -> np.ndarray:
        """Uncalibrated log-odds from a (rows x signals) 0/1 matrix and the TF-IDF rows."""
        signals = np.asarray(signals, dtype=np.float64)
        n = signals.shape[0]
        out = self.intercept + signals @ self.w_signal
        if len(self.interactions):
            left, right = self.pairs
            out = out + (signals[:, left] * signals[:, right]) @ self.w_interaction
        s, conf, _ = self.text_parts(rows, n)
        return out + self.w_text * self.counted(conf) * np.clip(s, self.text_lo, self.text_hi)

    def risk(self, signals: np.ndarray, rows: Rows | None) -> np.ndarray:
        """Calibrated risk in [0, 1]."""
        return sigmoid(self.cal_a * self.logit(signals, rows) + self.cal_b)

    # -- persistence ---------------------------------------------------------------------------
    def arrays(self) -> dict[str, np.ndarray]:
        """The arrays written to a model file."""
        vocab = self.vocab
        return {
            "signal_names": np.array(self.signal_names, dtype=str),
            "polarity": np.array(self.polarity, dtype=str),
            "interactions": np.array(self.interactions, dtype=str).reshape(-1, 2),
            "w_signal": np.asarray(self.w_signal, dtype=np.float64),
            "w_interaction": np.asarray(self.w_interaction, dtype=np.float64),
            "terms": np.array([] if vocab is None else list(vocab.terms), dtype=str),
            "idf": np.asarray([] if vocab is None else vocab.idf, dtype=np.float64),
            "text_coef": np.asarray(self.text_coef, dtype=np.float64),
            "scalars": np.array([float(getattr(self, k)) for k in SCALARS], dtype=np.float64),
            "text_config": np.array([1, 2, 0] if vocab is None else
                                    [*vocab.ngram_range, vocab.prefix], dtype=np.int64),
        }

    @classmethod
    def from_arrays(cls, arrays: Mapping[str, np.ndarray], where: str = "model") -> LinearModel:
        """Build a model from its arrays, checking every type, shape and value.

        Raises
        ------
        ModelError
            If an array is missing, of the wrong type or shape, or holds a value out of range.
        """
        def bad(msg: str) -> ModelError:
            return ModelError(f"{where}: {msg}; refusing to load it")

        missing = [k for k in ARRAYS if k not in arrays]
        if missing:
            raise bad(f"arrays missing: {', '.join(missing)}")
        names, pol, inter = arrays["signal_names"], arrays["polarity"], arrays["interactions"]
        for key, arr in (("signal_names", names), ("polarity", pol), ("interactions", inter),
                         ("terms", arrays["terms"])):
            if arr.dtype.kind != "U":
                raise bad(f"{key} is not text")
        if arrays["terms"].ndim != 1:  # (a 2-D vocabulary loaded, then failed in scoring)
            raise bad(f"terms has shape {arrays['terms'].shape}, expected one dimension")
        n_sig = names.shape[0] if names.ndim == 1 else -1
        if n_sig < 1 or pol.shape != (n_sig,):
            raise bad("signal names and polarity do not match")
        if not set(pol.tolist()) <= {"risk", "context", "benign"}:
            raise bad("unknown signal polarity")
        if inter.ndim != 2 or inter.shape[1:] != (2,) or not set(inter.ravel().tolist()) <= set(
                names.tolist()):
            raise bad("conjunctions name unknown signals")
        floats = {}
        for key, shape in (("w_signal", (n_sig,)), ("w_interaction", (inter.shape[0],)),
                           ("idf", arrays["terms"].shape), ("text_coef", arrays["terms"].shape),
                           ("scalars", (len(SCALARS),))):
            arr = arrays[key]
            if arr.dtype != np.float64 or arr.shape != shape:
                raise bad(f"{key} has type {arr.dtype} and shape {arr.shape}, expected "
                          f"float64 {shape}")
            if not np.all(np.isfinite(arr)):
                raise bad(f"{key} holds values that are not finite")
            # finite but absurd (1e308) would overflow in scoring: no fitted value comes near
            if arr.size and float(np.abs(arr).max()) > MAX_ABS_VALUE:
                raise bad(f"{key} holds values beyond +/-{MAX_ABS_VALUE:g}")
            floats[key] = arr
        ngr = arrays["text_config"]
        if ngr.dtype.kind not in "iu" or ngr.shape != (3,) or not 1 <= ngr[0] <= ngr[1] <= 5 \
                or not 0 <= ngr[2] <= 50:
            raise bad("text_config is not a valid n-gram range and prefix length")
        scal = dict(zip(SCALARS, floats["scalars"].tolist(), strict=True))
        if scal["cal_a"] <= 0 or scal["w_text"] < 0 or scal["text_lo"] > 0 or \
                scal["text_hi"] < 0 or scal["text_prior"] <= 0 or not 0 <= scal["text_floor"] < 1:
            raise bad("calibration slope, text weight, bounds, prior or floor out of range")
        polarity = np.array(pol.tolist())
        w = floats["w_signal"]
        if np.any(w[polarity != "benign"] < 0) or np.any(w[polarity == "benign"] > 0):
            raise bad("a signal weight has the wrong sign for its polarity")
        if np.any(w[polarity == "context"] != 0):
            raise bad("a context signal has a weight of its own (it may only act through "
                      "conjunctions)")
        if np.any(floats["w_interaction"] < 0):
            raise bad("a conjunction weight is negative")
        if np.any(floats["idf"] < 0):
            raise bad("idf values are negative")
        terms = arrays["terms"].tolist()
        vocab = (Vocabulary(tuple(terms), floats["idf"], (int(ngr[0]), int(ngr[1])), int(ngr[2]))
                 if terms else None)
        return cls(
            signal_names=tuple(names.tolist()),
            polarity=tuple(pol.tolist()),
            interactions=tuple((str(a), str(b)) for a, b in inter.tolist()),
            w_signal=w,
            w_interaction=floats["w_interaction"],
            vocab=vocab,
            text_coef=floats["text_coef"],
            **scal,
        )

    def save(self, path: Path) -> None:
        """Write the arrays to ``path`` (an ``.npz`` file, compressed)."""
        with path.open("wb") as fh:
            np.savez_compressed(fh, **self.arrays())


def check_model_file(path: Path) -> None:
    """A model file must be a regular file of at most :data:`MAX_FILE_BYTES` (checked before
    anything reads it: no FIFO, device or huge file is ever opened).

    Raises
    ------
    ModelError
        Otherwise.
    """
    try:
        st = os.stat(path)
    except OSError as exc:
        raise ModelError(f"cannot read model file {path}: {exc.strerror}") from None
    if not stat.S_ISREG(st.st_mode):
        raise ModelError(f"{path} is not a regular file; refusing to read it as a model")
    if st.st_size > MAX_FILE_BYTES:
        raise ModelError(f"{path.name} is {st.st_size} bytes, more than a model file can be "
                         f"({MAX_FILE_BYTES}); refusing to read it")


#: The largest magnitude a model's weight, idf or scalar may have (fitted ones stay far below;
#: a larger one would overflow to inf or NaN in scoring).
MAX_ABS_VALUE = 1e6


def read_npz(path: Path) -> dict[str, np.ndarray]:
    """Read a model file's arrays safely.

    Only a regular file of at most :data:`MAX_FILE_BYTES`; only the members in :data:`ARRAYS`;
    their declared sizes are checked before anything is decompressed (no zip bomb); arrays are
    read with ``allow_pickle=False``, so no code can run.

    Raises
    ------
    ModelError
        For anything else.
    """
    check_model_file(path)
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            names = sorted(i.filename for i in infos)
            expected = sorted(f"{k}.npy" for k in ARRAYS)
            if names != expected:
                raise ModelError(f"{path.name} holds unexpected members "
                                 f"({', '.join(sorted(set(names) ^ set(expected)))}); refusing")
            if sum(i.file_size for i in infos) > MAX_ARRAY_BYTES:
                raise ModelError(f"{path.name} decompresses to more than {MAX_ARRAY_BYTES} "
                                 "bytes; refusing")
            for info in infos:  # a header may declare a shape far larger than its data
                _check_declared_size(zf, info, path.name)
        with np.load(path, allow_pickle=False) as npz:
            return {k: npz[k] for k in ARRAYS}
    except ModelError:
        raise
    except MemoryError:
        raise ModelError(f"cannot read {path.name}: an array does not fit in memory") from None
    except (OSError, ValueError, zipfile.BadZipFile, EOFError) as exc:
        raise ModelError(f"cannot read {path.name}: {type(exc).__name__}: {exc}") from None


def _check_declared_size(zf: zipfile.ZipFile, info: zipfile.ZipInfo, where: str) -> None:
    """Refuse an ``.npy`` member whose header declares more data than the member holds (numpy
    would allocate the declared size before reading)."""
    from numpy.lib import format as npy

    with zf.open(info) as fh:
        version = npy.read_magic(fh)
        if version == (1, 0):
            shape, _, dtype = npy.read_array_header_1_0(fh)
        elif version == (2, 0):
            shape, _, dtype = npy.read_array_header_2_0(fh)
        else:
            raise ModelError(f"{where}: {info.filename} has .npy format {version}; refusing")
    declared = math.prod(shape) * dtype.itemsize
    if declared > info.file_size:
        raise ModelError(f"{where}: {info.filename} declares {declared} bytes of data in a "
                         f"member of {info.file_size}; refusing")


def check_threshold(value: object, name: str, where: str) -> float:
    """A threshold read from a manifest: a number in [0, 1], else :class:`ModelError`.

    Examples
    --------
    >>> check_threshold(0.4, "threshold", "m.json")
    0.4
    >>> check_threshold("abc", "threshold", "m.json")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    recruitscore.errors.ModelError: m.json: threshold is 'abc', not a number in [0, 1]; ...
    """
    if isinstance(value, bool) or not isinstance(value, (int, float)) or \
            not math.isfinite(value) or not 0.0 <= value <= 1.0:
        raise ModelError(f"{where}: {name} is {value!r}, not a number in [0, 1]; refusing to "
                         "load it")
    return float(value)


def read_manifest(path: Path, max_bytes: int = 4 << 20) -> dict[str, Any]:
    """The JSON manifest beside a model, read with a size limit.

    Raises
    ------
    ModelError
        Missing, too large, not JSON, or not an object.
    """
    try:
        st = os.stat(path)
    except OSError:
        raise ModelError(f"no manifest beside the model: {path} is missing") from None
    if not stat.S_ISREG(st.st_mode) or st.st_size > max_bytes:
        raise ModelError(f"manifest {path.name} is not a regular file of at most {max_bytes} "
                         "bytes; refusing")
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelError(f"cannot read manifest {path.name}: {exc}") from None
    except RecursionError:  # JSON nested deeper than Python's stack
        raise ModelError(f"cannot read manifest {path.name}: nested too deeply") from None
    if not isinstance(manifest, dict):
        raise ModelError(f"manifest {path.name} is not a JSON object")
    return manifest


def pair_columns(names: Sequence[str], pairs: Sequence[tuple[str, str]]
                 ) -> tuple[np.ndarray, np.ndarray]:
    """Column indices of the two signals of each conjunction.

    Examples
    --------
    >>> [c.tolist() for c in pair_columns(["a", "b", "c"], [("a", "c"), ("b", "c")])]
    [[0, 1], [2, 2]]
    """
    index = {n: i for i, n in enumerate(names)}
    return (np.array([index[a] for a, _ in pairs], dtype=np.int64),
            np.array([index[b] for _, b in pairs], dtype=np.int64))


def counted_familiarity(conf: np.ndarray, floor: float) -> np.ndarray:
    """The familiarity the text part is weighed by: ``conf``, or 0 below ``floor``. Training
    (the out-of-fold text feature) and scoring both use it, so they cannot drift apart.

    Examples
    --------
    >>> counted_familiarity(np.array([0.2, 0.25, 0.5]), 0.25).tolist()
    [0.0, 0.25, 0.5]
    """
    return np.where(conf >= floor, conf, 0.0)


def polarity_bounds(polarity: Sequence[str]) -> list[tuple[float | None, float | None]]:
    """Bounds of each signal weight for a constrained fit: a risk signal weighs >= 0, a benign
    one <= 0, and a context signal (the target's sector, a Web3 pitch), a prior that makes other
    signals weigh more and never a trigger on its own, 0: it acts through the conjunctions only.

    Examples
    --------
    >>> polarity_bounds(["risk", "benign", "context"])
    [(0.0, None), (None, 0.0), (0.0, 0.0)]
    """
    return [(None, 0.0) if p == "benign" else (0.0, 0.0) if p == "context" else (0.0, None)
            for p in polarity]
