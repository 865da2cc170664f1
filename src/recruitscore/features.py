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
from collections.abc import Iterable

import numpy as np
import pandas as pd
import scipy.sparse as sp
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.utils.validation import check_is_fitted

from .errors import InputError
from .normalize import fast_normalize, to_text
from .protected import ORIGIN_WORDS
from .signals import SIGNAL_NAMES, Batch, frame_from_batch, make_batch
from .signals.base import batch_match
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

_TOKEN = r"(?u)\b[^\W\d_][^\W_]+\b"
_TOKEN_RE = re.compile(_TOKEN)
_DEOBFUSCATE = re.compile("|".join(f"(?P<t{i}>{term(t)})" for i, t in enumerate(KEY_TERMS)),
                          re.ASCII)
_SPACED = re.compile(r"\b(?:[a-z][ .\-_*/]){3,}[a-z]\b", re.ASCII)


def _plain(match: re.Match[str]) -> str:
    return KEY_TERMS[int(match.lastgroup[1:])]  # type: ignore[index]


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
    suspects = np.flatnonzero(batch_match(batch, "message", OBFUSCATION_PREFILTER_NORM))
    for i in suspects:
        text = _DEOBFUSCATE.sub(_plain, texts[i])
        texts[i] = _SPACED.sub(lambda m: re.sub(r"[ .\-_*/]", "", m.group(0)), text)
    return texts


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

    def _profile(self, batch: Batch) -> np.ndarray:
        cols = []
        for i, name in enumerate(PROFILE_FEATURES):
            values = batch.numbers[name]
            if name != "sender_has_photo":
                values = np.log1p(np.clip(values, 0, 1e9))
            centred = (values - self.profile_mean_[i]) / self.profile_scale_[i]
            cols.append(np.where(np.isnan(values), 0.0, centred))
        return np.column_stack(cols) if cols else np.zeros((batch.n, 0))

    def _dense(self, batch: Batch) -> np.ndarray:
        signals = frame_from_batch(batch).to_numpy(dtype=np.float64)
        parts = [signals]
        if self.interactions:
            idx = {n: i for i, n in enumerate(SIGNAL_NAMES)}
            inter = [signals[:, idx[a]] * signals[:, idx[b]] for a, b in INTERACTIONS]
            parts.append(np.column_stack(inter))
        parts.append(self._profile(batch))
        return np.hstack(parts)

    # -- sklearn API --------------------------------------------------------------------------
    def fit(self, X: pd.DataFrame, y: object = None) -> ApproachFeaturizer:
        """Learn the profile centring and the n-gram vocabulary."""
        X = self._check(X)
        batch, _ = make_batch(X)
        means, scales = [], []
        for name in PROFILE_FEATURES:
            values = batch.numbers[name]
            if name != "sender_has_photo":
                values = np.log1p(np.clip(values, 0, 1e9))
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
        return sp.hstack([dense, self.vectorizer_.transform(ngram_text(batch))], format="csr")

    def transform(self, X: pd.DataFrame) -> sp.csr_matrix:
        """Features of a DataFrame of approaches (sparse CSR matrix)."""
        X = self._check(X)
        batch, _ = make_batch(X)
        return self.transform_batch(batch)

    # -- compact persistence: the vocabulary as two arrays, not a 20k-entry dict ---------------
    def __getstate__(self) -> dict[str, object]:
        state = dict(self.__dict__)
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
