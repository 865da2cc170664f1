"""Features for the model: signals, their conjunctions, profile numbers and text n-grams.

One transformer, :class:`ApproachFeaturizer`, turns a DataFrame of approaches into a sparse
matrix. It prepares each text field once (a :class:`~recruitscore.signals.Batch`) and shares it
between the signals and the n-grams, which a ``ColumnTransformer`` could not do.

* ``sig__<name>``: every registered signal (0/1).
* ``and__<a>__<b>``: conjunctions the guidance keeps describing (vague client and paid report,
  paid travel and elicitation, ...).
* ``prof__<field>``: profile numbers on a log scale, centred on the training mean of *known*
  values; an unknown value is 0, so it contributes exactly what an average profile does and can
  never push the risk up by being unknown.
* ``ngram__<text>``: TF-IDF word 1-2 grams of the message in matching form (lower case, no
  accents, confusables mapped, invisible characters removed) after obfuscated key words are
  rewritten plainly (``W h a t s A p p`` -> ``whatsapp``), so evasion does not hide them. Tokens
  of person names seen in the training data and words naming a country or nationality are
  excluded from the vocabulary.

Examples
--------
>>> import pandas as pd
>>> df = pd.DataFrame({"message": ["Add me on WhatsApp", "Ref AB-1234, salary 60-70k base"] * 3})
>>> fz = ApproachFeaturizer(min_df=1).fit(df)
>>> X = fz.transform(df)
>>> X.shape[0], "sig__off_platform_request" in fz.get_feature_names_out()
(6, True)
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import re2
import scipy.sparse as sp
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import normalize as _l2_normalize
from sklearn.utils.validation import check_is_fitted

from .errors import InputError
from .normalize import fast_normalize, to_text
from .protected import ORIGIN_WORDS
from .signals import SIGNAL_NAMES, Batch, frame_from_batch, make_batch
from .signals import base as signal_base
from .signals.base import batch_match, compile_re2
from .signals.detectors import KEY_TERMS, OBFUSCATION_PREFILTER_NORM
from .signals.lexicon import term

__all__ = ["INTERACTIONS", "PROFILE_FEATURES", "ApproachFeaturizer", "name_tokens", "ngram_text"]

#: Conjunctions of signals that public guidance describes together (RED-FLAGS.md section 4).
INTERACTIONS: tuple[tuple[str, str], ...] = (
    ("vague_employer", "paid_report"),
    ("vague_employer", "off_platform_request"),
    ("paid_report", "off_platform_request"),
    ("paid_travel", "elicitation"),
    ("secrecy", "grievance_hook"),
    ("secrecy", "target_in_transition"),
    ("elicitation", "target_sensitive_sector"),
    ("off_platform_request", "target_sensitive_sector"),
    ("think_tank_cover", "paid_travel"),
    ("flattery", "elicitation"),
)

#: Profile fields used as numbers (log scale, centred; unknown = 0).
PROFILE_FEATURES: tuple[str, ...] = (
    "sender_connections",
    "sender_account_age_days",
    "sender_has_photo",
)

_SIGNAL_INDEX = {n: i for i, n in enumerate(SIGNAL_NAMES)}
_INTERACTION_LEFT = [_SIGNAL_INDEX[a] for a, _ in INTERACTIONS]
_INTERACTION_RIGHT = [_SIGNAL_INDEX[b] for _, b in INTERACTIONS]

_TOKEN = r"(?u)\b[^\W\d_][^\W_]+\b"
_TOKEN_RE = re.compile(_TOKEN)
_DEOBFUSCATE = re2.compile("|".join(f"(?P<t{i}>{term(t)})" for i, t in enumerate(KEY_TERMS)))
_SPACED = re.compile(r"\b(?:[a-z][ .\-_*/]){3,}[a-z]\b", re.ASCII)


def _plain(match: Any) -> str:
    return KEY_TERMS[int(match.lastgroup[1:])]  # type: ignore[index]


_OBFUSCATION_SUSPECT = compile_re2(OBFUSCATION_PREFILTER_NORM)


def _unspace(match: Any) -> str:
    return re.sub(r"[ .\-_*/]", "", match.group(0))


def _rewrite(text: str) -> str:
    return _SPACED.sub(_unspace, _DEOBFUSCATE.sub(_plain, text))


def ngram_form(norm_text: str) -> str:
    """The n-gram text of one message already in matching form (see :func:`ngram_text`).

    Examples
    --------
    >>> ngram_form("add me on w h a t s a p p or s1gnal")
    'add me on whatsapp or signal'
    """
    return _rewrite(norm_text) if _OBFUSCATION_SUSPECT.search(norm_text) else norm_text


def ngram_text(batch: Batch) -> list[str]:
    """The message text the n-grams see: matching form with obfuscated key words rewritten.

    Examples
    --------
    >>> from recruitscore.signals import make_batch
    >>> b, _ = make_batch(pd.DataFrame({"message": ["Add me on W h a t s A p p or s1gnal"]}))
    >>> ngram_text(b)
    ['add me on whatsapp or signal']
    """
    texts = list(batch.norm("message"))
    if not texts:
        return texts
    for i in np.flatnonzero(batch_match(batch, "message", OBFUSCATION_PREFILTER_NORM)):
        texts[i] = _rewrite(texts[i])
    return texts


# Tokens of the n-gram vocabulary in ASCII text: maximal runs of [A-Za-z0-9_] that start with a
# letter, hold no underscore and have two characters or more, i.e. what ``_TOKEN`` finds.
_TOKEN_BYTES = np.array([b if b < 128 and (chr(b).isalnum() or chr(b) == "_") else 32
                         for b in range(256)], dtype=np.uint8)
_ASCII_TOKEN = r"^[A-Za-z][A-Za-z0-9]+$"
# A non-ASCII character that may be part of a token (not a symbol, punctuation, space or control
# character): rows holding one go through scikit-learn's own analyzer instead.
_WORDY_NON_ASCII = r"[^\x00-\x7F\p{S}\p{P}\p{Z}\p{C}]"


def _arrow_ngrams(vec: TfidfVectorizer, arr: pa.Array, fast: np.ndarray,
                  cache: dict[str, object], row_parts: list[np.ndarray],
                  col_parts: list[np.ndarray]) -> None:
    """(row, vocabulary index) of every n-gram of the ``fast`` rows of ``arr``, with Arrow."""
    if "vocab" not in cache:
        terms = sorted(vec.vocabulary_, key=vec.vocabulary_.__getitem__)
        cache["vocab"] = pa.array(terms, type=pa.large_string())
        cache["stop"] = pa.array(sorted(vec.get_stop_words() or ()), type=pa.large_string())
    vocab: pa.Array = cache["vocab"]  # type: ignore[assignment]
    stop: pa.Array = cache["stop"]  # type: ignore[assignment]
    lo, hi = vec.ngram_range
    n = len(arr)
    # every byte that cannot be part of a token becomes a space (UTF-8 bytes of non-ASCII
    # characters too: on these rows they are all separators), then split on spaces
    _, offsets, data = arr.buffers()
    spaced = _TOKEN_BYTES[np.frombuffer(data, dtype=np.uint8)] if data is not None else b""
    clean = pa.Array.from_buffers(pa.large_string(), n, [None, offsets, pa.py_buffer(spaced)])
    lists = pc.split_pattern(clean, " ")
    flat = pc.list_flatten(lists)
    parent = np.asarray(pc.list_parent_indices(lists).to_numpy())
    keep = pc.match_substring_regex(flat, _ASCII_TOKEN)
    if len(stop):
        keep = pc.and_(keep, pc.invert(pc.is_in(flat, value_set=stop)))
    mask = np.asarray(keep.to_numpy(zero_copy_only=False), dtype=bool) & fast[parent]
    tokens = flat.filter(pa.array(mask))
    rows = parent[mask]
    for size in range(lo, hi + 1):
        if len(tokens) < size:
            break
        if size == 1:
            grams, grows = tokens, rows
        else:
            m = len(tokens) - size + 1
            same = rows[:m] == rows[size - 1:]
            pieces = [tokens.slice(k, m) for k in range(size)]
            grams = pc.binary_join_element_wise(*pieces, pa.scalar(" ", pa.large_string()))
            grams = grams.filter(pa.array(same))
            grows = rows[:m][same]
        ids = pc.index_in(grams, value_set=vocab)
        found = np.asarray(pc.is_valid(ids).to_numpy(zero_copy_only=False), dtype=bool)
        row_parts.append(grows[found])
        col_parts.append(np.asarray(ids.filter(pa.array(found)).to_numpy(), dtype=np.int64))


def _row_tfidf(vec: TfidfVectorizer, grams: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """TF-IDF of one analysed row as (sorted column indices, values), without scipy."""
    vocabulary = vec.vocabulary_
    ids = np.fromiter((vocabulary.get(g, -1) for g in grams), dtype=np.int64, count=len(grams))
    cols, counts = np.unique(ids[ids >= 0], return_counts=True)
    values = counts.astype(np.float64)
    if vec.sublinear_tf:
        values = np.log(values) + 1.0
    if vec.use_idf:
        values *= vec.idf_[cols]
    if vec.norm in ("l1", "l2") and values.size:
        norm = np.sqrt(np.dot(values, values)) if vec.norm == "l2" else np.abs(values).sum()
        if norm > 0:
            values /= norm
    return cols, values


def _few_rows_tfidf(vec: TfidfVectorizer, grams: list[list[str]]) -> sp.csr_matrix:
    """TF-IDF of a few analysed rows, row by row (no Arrow set-up costs)."""
    rows = [_row_tfidf(vec, g) for g in grams]
    indptr = np.cumsum([0] + [c.size for c, _ in rows])
    indices = np.concatenate([c for c, _ in rows]) if rows else np.zeros(0, dtype=np.int64)
    data = np.concatenate([v for _, v in rows]) if rows else np.zeros(0)
    return sp.csr_matrix((data, indices, indptr), shape=(len(grams), len(vec.vocabulary_)))


def _ours(vec: TfidfVectorizer) -> bool:
    """Is ``vec`` configured the way :class:`ApproachFeaturizer` makes it (what the fast paths
    reproduce exactly)?"""
    return (vec.analyzer == "word" and not vec.lowercase and vec.token_pattern == _TOKEN
            and vec.preprocessor is None and vec.tokenizer is None and vec.strip_accents is None
            and vec.norm in (None, "l1", "l2") and np.dtype(vec.dtype) == np.float64)


def tfidf_transform(vec: TfidfVectorizer, texts: list[str],
                    cache: dict[str, object] | None = None) -> sp.csr_matrix:
    """``vec.transform(texts)``, vectorised over the column for large batches.

    scikit-learn tokenises and counts n-grams in a Python loop, row by row. Here rows whose
    letters and digits are all ASCII (the usual case once text is in matching form; emoji,
    currency signs and other symbols are separators on both sides) are split, filtered, joined
    into n-grams and looked up in the vocabulary by Arrow compute kernels; other rows go
    through the vectorizer's own analyzer. Counting, sublinear tf, idf and the l2 norm follow
    :class:`~sklearn.feature_extraction.text.TfidfTransformer` step by step, so the result
    equals ``vec.transform(texts)`` (tested on random text, including non-ASCII).

    Examples
    --------
    >>> v = TfidfVectorizer(lowercase=False, token_pattern=_TOKEN, ngram_range=(1, 2),
    ...                     sublinear_tf=True).fit(["add me on whatsapp", "été x2 add"])
    >>> texts = ["add me on whatsapp now", "été x2 add me", "add_me 1x me"] * 40
    >>> bool(abs(tfidf_transform(v, texts) - v.transform(texts)).max() < 1e-12)
    True
    """
    n = len(texts)
    if not _ours(vec):
        return sp.csr_matrix(vec.transform(texts))
    cache = {} if cache is None else cache
    if "analyzer" not in cache:
        cache["analyzer"] = vec.build_analyzer()
    analyze: Callable[[str], list[str]] = cache["analyzer"]  # type: ignore[assignment]
    vocabulary = vec.vocabulary_
    if n <= signal_base.SMALL_BATCH:
        return _few_rows_tfidf(vec, [analyze(t) for t in texts])
    row_parts: list[np.ndarray] = []
    col_parts: list[np.ndarray] = []
    arr = pa.array(texts, type=pa.large_string())
    wordy = pc.match_substring_regex(arr, _WORDY_NON_ASCII)
    fast = ~np.asarray(wordy.to_numpy(zero_copy_only=False), dtype=bool)
    if fast.any():
        _arrow_ngrams(vec, arr, fast, cache, row_parts, col_parts)
    other = np.flatnonzero(~fast)
    if other.size:
        rows_o: list[int] = []
        cols_o: list[int] = []
        for i in other:
            for gram in analyze(texts[i]):
                j = vocabulary.get(gram)
                if j is not None:
                    rows_o.append(int(i))
                    cols_o.append(j)
        row_parts.append(np.asarray(rows_o, dtype=np.int64))
        col_parts.append(np.asarray(cols_o, dtype=np.int64))

    rows_all = np.concatenate(row_parts) if row_parts else np.zeros(0, dtype=np.int64)
    cols_all = np.concatenate(col_parts) if col_parts else np.zeros(0, dtype=np.int64)
    X = sp.csr_matrix((np.ones(rows_all.size, dtype=np.float64), (rows_all, cols_all)),
                      shape=(n, len(vec.vocabulary_)))
    X.sum_duplicates()
    X.sort_indices()
    if vec.sublinear_tf:
        np.log(X.data, X.data)
        X.data += 1.0
    if vec.use_idf:
        X.data *= vec.idf_[X.indices]
    if vec.norm is not None:
        X = _l2_normalize(X, norm=vec.norm, copy=False)
    return sp.csr_matrix(X)


def name_tokens(names: Iterable[object]) -> set[str]:
    """Tokens of person names, in matching form (to keep them out of the vocabulary).

    Examples
    --------
    >>> sorted(name_tokens(["Zoë O'Brien", None, "Wei  Zhang"]))
    ['brien', 'wei', 'zhang', 'zoe']
    """
    out: set[str] = set()
    for name in names:
        out.update(_TOKEN_RE.findall(fast_normalize(to_text(name))))
    return out


def _profile_scale(name: str, values: np.ndarray) -> np.ndarray:
    """Counts on a log scale (``log1p``, clipped to [0, 1e9]); the photo flag as it is."""
    return values if name == "sender_has_photo" else np.log1p(np.clip(values, 0, 1e9))


class ApproachFeaturizer(TransformerMixin, BaseEstimator):
    """Turn approaches (a DataFrame with the schema columns) into model features.

    Parameters
    ----------
    text : bool
        Include TF-IDF n-grams of the message.
    ngram_range : tuple of int
        Word n-gram range.
    min_df : int
        Minimum number of training documents an n-gram must appear in.
    max_features : int or None
        Cap on the n-gram vocabulary.
    interactions : bool
        Include the signal conjunctions of :data:`INTERACTIONS`.
    exclude_tokens : tuple of str
        Extra tokens to keep out of the vocabulary (person names are added from the
        ``sender_name`` column at fit time, when present).
    """

    def __init__(
        self,
        text: bool = True,
        ngram_range: tuple[int, int] = (1, 2),
        min_df: int = 3,
        max_features: int | None = 50_000,
        interactions: bool = True,
        exclude_tokens: tuple[str, ...] = (),
    ) -> None:
        self.text = text
        self.ngram_range = ngram_range
        self.min_df = min_df
        self.max_features = max_features
        self.interactions = interactions
        self.exclude_tokens = exclude_tokens

    # -- helpers ------------------------------------------------------------------------------
    @staticmethod
    def _check(X: object) -> pd.DataFrame:
        if not isinstance(X, pd.DataFrame):
            raise InputError(f"expected a pandas DataFrame of approaches, got {type(X).__name__}")
        if "message" not in X.columns:
            raise InputError(
                f"no 'message' column (found: {', '.join(map(str, X.columns)) or 'none'})"
            )
        return X

    def _profile(self, numbers: Mapping[str, np.ndarray], n: int) -> np.ndarray:
        cols = []
        for i, name in enumerate(PROFILE_FEATURES):
            values = _profile_scale(name, numbers[name])
            centred = (values - self.profile_mean_[i]) / self.profile_scale_[i]
            cols.append(np.where(np.isnan(values), 0.0, centred))
        return np.column_stack(cols) if cols else np.zeros((n, 0))

    def _dense_from(self, signals: np.ndarray, numbers: Mapping[str, np.ndarray]) -> np.ndarray:
        parts = [signals]
        if self.interactions:
            parts.append(signals[:, _INTERACTION_LEFT] * signals[:, _INTERACTION_RIGHT])
        parts.append(self._profile(numbers, signals.shape[0]))
        return np.hstack(parts)

    def _dense(self, batch: Batch) -> np.ndarray:
        return self._dense_from(frame_from_batch(batch).to_numpy(dtype=np.float64), batch.numbers)

    # -- sklearn API --------------------------------------------------------------------------
    def fit(self, X: pd.DataFrame, y: object = None) -> ApproachFeaturizer:
        """Learn the profile centring and the n-gram vocabulary."""
        X = self._check(X)
        batch, _ = make_batch(X)
        means, scales = [], []
        for name in PROFILE_FEATURES:
            values = _profile_scale(name, batch.numbers[name])
            known = values[~np.isnan(values)]
            means.append(float(known.mean()) if known.size else 0.0)
            sd = float(known.std()) if known.size > 1 else 1.0
            scales.append(sd if sd > 1e-6 else 1.0)
        self.profile_mean_ = np.array(means)
        self.profile_scale_ = np.array(scales)
        if self.text:
            stop = name_tokens([*ORIGIN_WORDS, *self.exclude_tokens])
            if "sender_name" in X.columns:
                stop |= name_tokens(X["sender_name"].tolist())
            self.excluded_tokens_ = sorted(stop)
            self.vectorizer_ = TfidfVectorizer(
                lowercase=False,
                token_pattern=_TOKEN,
                ngram_range=tuple(self.ngram_range),
                min_df=self.min_df,
                max_features=self.max_features,
                sublinear_tf=True,
                stop_words=self.excluded_tokens_,
                dtype=np.float64,
            )
            self.vectorizer_.fit(ngram_text(batch))
            # the pruned n-grams are only kept for introspection and would bloat the model file
            if hasattr(self.vectorizer_, "stop_words_"):
                del self.vectorizer_.stop_words_
        names = [f"sig__{n}" for n in SIGNAL_NAMES]
        if self.interactions:
            names += [f"and__{a}__{b}" for a, b in INTERACTIONS]
        names += [f"prof__{n}" for n in PROFILE_FEATURES]
        if self.text:
            names += [f"ngram__{t}" for t in self.vectorizer_.get_feature_names_out()]
        self.feature_names_out_ = np.array(names, dtype=object)
        self.n_features_out_ = len(names)
        return self

    def transform_batch(self, batch: Batch) -> sp.csr_matrix:
        """Features of a prepared :class:`Batch`."""
        check_is_fitted(self, "feature_names_out_")
        dense = sp.csr_matrix(self._dense(batch))
        if not self.text:
            return dense
        ngrams = tfidf_transform(self.vectorizer_, ngram_text(batch), self._cache())
        return sp.hstack([dense, ngrams], format="csr")

    def transform_one(
        self,
        signal_names: Iterable[str],
        numbers: Mapping[str, float | None],
        message_norm: str,
    ) -> sp.csr_matrix:
        """Features of one approach whose signals are already known (the single-message path).

        Parameters
        ----------
        signal_names : iterable of str
            The signals that fired (from :func:`~recruitscore.signals.extract_signals`).
        numbers : mapping
            Profile values by field name (``None`` = unknown).
        message_norm : str
            The message in matching form.

        Returns
        -------
        scipy.sparse.csr_matrix
            One row, equal to :meth:`transform` of the same approach.
        """
        check_is_fitted(self, "feature_names_out_")
        cols, data = self.one_row(signal_names, numbers, message_norm)
        return sp.csr_matrix((data, cols, np.array([0, cols.size])),
                             shape=(1, self.n_features_out_))

    def one_row(
        self,
        signal_names: Iterable[str],
        numbers: Mapping[str, float | None],
        message_norm: str,
    ) -> tuple[np.ndarray, np.ndarray]:
        """:meth:`transform_one` as (sorted column indices, values): no sparse-matrix costs."""
        fired = sorted(_SIGNAL_INDEX[name] for name in signal_names)
        cols: list[int] = list(fired)
        data: list[float] = [1.0] * len(fired)
        offset = len(SIGNAL_NAMES)
        if self.interactions:
            on = set(fired)
            for k, (left, right) in enumerate(zip(_INTERACTION_LEFT, _INTERACTION_RIGHT,
                                                  strict=True)):
                if left in on and right in on:
                    cols.append(offset + k)
                    data.append(1.0)
            offset += len(INTERACTIONS)
        for i, name in enumerate(PROFILE_FEATURES):
            value = numbers.get(name)
            if value is None or value != value:  # unknown (None or NaN): contributes 0
                continue
            x = float(_profile_scale(name, np.float64(value)))
            centred = (x - float(self.profile_mean_[i])) / float(self.profile_scale_[i])
            if centred != 0.0:
                cols.append(offset + i)
                data.append(centred)
        offset += len(PROFILE_FEATURES)
        dense_cols = np.array(cols, dtype=np.int64)
        dense_data = np.array(data, dtype=np.float64)
        if not self.text:
            return dense_cols, dense_data
        cache = self._cache()
        text = ngram_form(message_norm)
        if _ours(self.vectorizer_):
            if "analyzer" not in cache:
                cache["analyzer"] = self.vectorizer_.build_analyzer()
            grams = cache["analyzer"](text)  # type: ignore[operator]
            ngram_cols, ngram_data = _row_tfidf(self.vectorizer_, grams)
        else:
            row = sp.csr_matrix(self.vectorizer_.transform([text]))
            row.sort_indices()
            ngram_cols, ngram_data = row.indices.astype(np.int64), row.data
        return (np.concatenate([dense_cols, ngram_cols + offset]),
                np.concatenate([dense_data, ngram_data]))

    def _cache(self) -> dict[str, object]:
        return self.__dict__.setdefault("_tfidf_cache", {})  # type: ignore[no-any-return]

    def transform(self, X: pd.DataFrame) -> sp.csr_matrix:
        """Features of a DataFrame of approaches (sparse CSR matrix)."""
        X = self._check(X)
        batch, _ = make_batch(X)
        return self.transform_batch(batch)

    # -- compact persistence: the vocabulary as two arrays, not a 20k-entry dict ---------------
    def __getstate__(self) -> dict[str, object]:
        state = dict(self.__dict__)
        state.pop("_tfidf_cache", None)
        vec = state.pop("vectorizer_", None)
        if vec is not None:
            terms = vec.get_feature_names_out()
            state["_vocabulary_terms"] = np.asarray(terms, dtype=str)
            state["_idf"] = np.asarray(vec.idf_, dtype=np.float64)
            state["_vectorizer_params"] = {
                k: (list(v) if isinstance(v, tuple) else v)
                for k, v in vec.get_params().items()
                if k in ("lowercase", "token_pattern", "ngram_range", "min_df", "max_features",
                         "sublinear_tf", "norm", "use_idf", "smooth_idf")
            }
        state["feature_names_out_"] = np.asarray(self.feature_names_out_, dtype=str)
        return state

    def __setstate__(self, state: dict[str, object]) -> None:
        state = dict(state)
        terms = state.pop("_vocabulary_terms", None)
        idf = state.pop("_idf", None)
        params = state.pop("_vectorizer_params", None)
        self.__dict__.update(state)
        self.feature_names_out_ = np.asarray(self.feature_names_out_, dtype=object)
        if terms is not None and isinstance(params, dict):
            params = dict(params)
            params["ngram_range"] = tuple(params["ngram_range"])
            vec = TfidfVectorizer(dtype=np.float64, stop_words=list(self.excluded_tokens_),
                                  **params)
            vec.vocabulary_ = {str(t): i for i, t in enumerate(terms)}  # type: ignore[union-attr]
            vec.fixed_vocabulary_ = False
            vec.idf_ = np.asarray(idf)
            self.vectorizer_ = vec

    def get_feature_names_out(self, input_features: object = None) -> np.ndarray:
        """Feature names: ``sig__*``, ``and__*``, ``prof__*``, ``ngram__*``."""
        check_is_fitted(self, "feature_names_out_")
        return self.feature_names_out_
