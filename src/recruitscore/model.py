"""The calibrated linear model, its training, and safe persistence (skops + JSON manifest).

The classifier is a logistic regression over :class:`~recruitscore.features.ApproachFeaturizer`
features, followed by Platt scaling (``risk = sigmoid(a * logit + b)``). Because both steps are
linear in the features, every score splits exactly into per-feature contributions.

A model is two files: ``NAME.skops`` (the estimator, written with :mod:`skops.io`, loaded
with an explicit allow-list of types, never with pickle) and ``NAME.json`` (the manifest:
sha256 of the ``.skops`` file, versions, signal names, training data, metrics, thresholds).
:func:`load_model` refuses a file whose hash, signal names or versions do not match.
"""

from __future__ import annotations

import hashlib
import json
import os
import platform
import tempfile
import unicodedata
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import scipy.sparse as sp
import sklearn
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import StratifiedKFold, cross_val_predict
from sklearn.utils.validation import check_is_fitted

from . import __version__
from .errors import InputError, ModelError
from .features import ApproachFeaturizer
from .labels import normalize_labels
from .signals import SIGNAL_NAMES, Batch

__all__ = [
    "MODEL_FORMAT",
    "Model",
    "RiskModel",
    "choose_threshold",
    "default_model_path",
    "load_model",
    "train",
]

#: Version of the on-disk model format; bump when the estimator's structure changes.
MODEL_FORMAT = 1
#: Types a model file may contain (checked against ``skops.io.get_untrusted_types``).
TRUSTED_TYPES: tuple[str, ...] = (
    "recruitscore.features.ApproachFeaturizer",
    "recruitscore.model.RiskModel",
    "sklearn.feature_extraction.text.TfidfTransformer",
    "sklearn.feature_extraction.text.TfidfVectorizer",
    "sklearn.linear_model._logistic.LogisticRegression",
    "builtins.slice",
    "numpy.float64",
    "numpy.int64",
    "numpy.dtype",
    "numpy.ndarray",
    "scipy.sparse._csr.csr_matrix",
    "scipy.sparse._csr.csr_array",
)
_PICKLE_SUFFIXES = {".pkl", ".pickle", ".joblib", ".jbl", ".sav"}


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(z, -40, 40)))


def _platt(decision: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    """Fit ``p = sigmoid(a * d + b)`` (Platt scaling, with Platt's label smoothing)."""
    n_pos = float(np.sum(y == 1))
    n_neg = float(np.sum(y == 0))
    target = np.where(y == 1, (n_pos + 1) / (n_pos + 2), 1 / (n_neg + 2))
    a, b = 1.0, 0.0
    d = np.asarray(decision, dtype=float)
    for _ in range(100):  # Newton's method on the smoothed log-loss
        p = _sigmoid(a * d + b)
        g_a = np.sum((p - target) * d)
        g_b = np.sum(p - target)
        w = p * (1 - p) + 1e-12
        h_aa = np.sum(w * d * d) + 1e-9
        h_ab = np.sum(w * d)
        h_bb = np.sum(w) + 1e-9
        det = h_aa * h_bb - h_ab * h_ab
        if abs(det) < 1e-12:
            break
        da = (h_bb * g_a - h_ab * g_b) / det
        db = (h_aa * g_b - h_ab * g_a) / det
        a, b = a - da, b - db
        if abs(da) < 1e-9 and abs(db) < 1e-9:
            break
    return float(a), float(b)


class RiskModel(ClassifierMixin, BaseEstimator):
    """Featurizer + logistic regression + Platt calibration, as one scikit-learn estimator.

    Parameters
    ----------
    C : float
        Inverse regularisation strength of the logistic regression.
    class_weight : "balanced" or None
        Class weighting of the logistic regression.
    text, ngram_range, min_df, max_features, interactions :
        Passed to :class:`~recruitscore.features.ApproachFeaturizer`.
    calibration_cv : int
        Folds for the out-of-fold decisions that Platt scaling is fitted on (0 = fit it on the
        training decisions; :meth:`calibrate` refits it on other data).
    random_state : int
        Seed for the folds.
    """

    def __init__(
        self,
        C: float = 1.0,
        class_weight: str | None = "balanced",
        text: bool = True,
        ngram_range: tuple[int, int] = (1, 2),
        min_df: int = 3,
        max_features: int | None = 50_000,
        interactions: bool = True,
        calibration_cv: int = 5,
        random_state: int = 0,
    ) -> None:
        self.C = C
        self.class_weight = class_weight
        self.text = text
        self.ngram_range = ngram_range
        self.min_df = min_df
        self.max_features = max_features
        self.interactions = interactions
        self.calibration_cv = calibration_cv
        self.random_state = random_state

    def _featurizer(self) -> ApproachFeaturizer:
        return ApproachFeaturizer(
            text=self.text, ngram_range=self.ngram_range, min_df=self.min_df,
            max_features=self.max_features, interactions=self.interactions,
        )

    def _classifier(self) -> LogisticRegression:
        return LogisticRegression(
            C=self.C, class_weight=self.class_weight, solver="liblinear", max_iter=1000,
            random_state=self.random_state,
        )

    def fit(
        self,
        X: pd.DataFrame,
        y: Sequence[int] | np.ndarray,
        sample_weight: np.ndarray | None = None,
    ) -> RiskModel:
        """Fit the featurizer, the classifier and the calibration."""
        y = np.asarray(y, dtype=np.int64)
        Z, params = self._fit_base(X, y, sample_weight)
        if self.calibration_cv and self.calibration_cv > 1 and min(np.bincount(y)) >= 2:
            decision = self._oof_decision(Z, y, params)
        else:
            decision = self.classifier_.decision_function(Z)
        self.calibration_ = _platt(decision, y)
        return self

    def _fit_base(
        self, X: pd.DataFrame, y: np.ndarray, sample_weight: np.ndarray | None
    ) -> tuple[sp.csr_matrix, dict[str, Any]]:
        """Fit the featurizer and the classifier; return the training features and fit params."""
        self.featurizer_ = self._featurizer().fit(X)
        Z = self.featurizer_.transform(X)
        params = {} if sample_weight is None else {"sample_weight": sample_weight}
        self.classifier_ = self._classifier().fit(Z, y, **params)
        self.classes_ = np.array([0, 1])
        self.signal_names_ = list(SIGNAL_NAMES)
        return Z, params

    def _oof_decision(
        self, Z: sp.csr_matrix, y: np.ndarray, params: dict[str, Any]
    ) -> np.ndarray:
        """Out-of-fold logits (stratified folds seeded by ``random_state``)."""
        folds = min(self.calibration_cv or 5, int(min(np.bincount(y))))
        cv = StratifiedKFold(folds, shuffle=True, random_state=self.random_state)
        return cross_val_predict(self._classifier(), Z, y, cv=cv, method="decision_function",
                                 params=params)

    def calibrate(self, X: pd.DataFrame, y: Sequence[int] | np.ndarray) -> RiskModel:
        """Refit only the Platt calibration on other data (e.g. a development set)."""
        check_is_fitted(self, "classifier_")
        self.calibration_ = _platt(self.decision_function(X), np.asarray(y, dtype=np.int64))
        return self

    def features_batch(self, batch: Batch) -> sp.csr_matrix:
        """Feature matrix of a prepared batch."""
        check_is_fitted(self, "classifier_")
        return self.featurizer_.transform_batch(batch)

    def decision_function(self, X: pd.DataFrame) -> np.ndarray:
        """The classifier's logit (before calibration)."""
        check_is_fitted(self, "classifier_")
        return self.classifier_.decision_function(self.featurizer_.transform(X))

    def risk_from_features(self, Z: sp.csr_matrix) -> np.ndarray:
        """Calibrated risk from a feature matrix."""
        a, b = self.calibration_
        clf = self.classifier_
        # the classifier's decision function without scikit-learn's input validation, which
        # costs more than the product itself on one row
        logit = np.asarray(Z @ clf.coef_[0]).ravel() + clf.intercept_[0]
        return _sigmoid(a * logit + b)

    def predict_proba(self, X: pd.DataFrame) -> np.ndarray:
        """Columns: probability of legitimate, probability of hostile (the risk)."""
        check_is_fitted(self, "classifier_")
        p = self.risk_from_features(self.featurizer_.transform(X))
        return np.column_stack([1 - p, p])

    def predict(self, X: pd.DataFrame) -> np.ndarray:
        """0/1 at a risk of 0.5 (use :class:`Model` for the chosen threshold)."""
        return (self.predict_proba(X)[:, 1] >= 0.5).astype(np.int64)

    def feature_weights(self) -> pd.DataFrame:
        """Learned weight of every feature, on the calibrated logit scale."""
        check_is_fitted(self, "classifier_")
        a, _ = self.calibration_
        names = self.featurizer_.get_feature_names_out()
        kinds = [n.split("__", 1)[0] for n in names]
        kind_map = {"sig": "signal", "and": "interaction", "prof": "profile", "ngram": "ngram"}
        return pd.DataFrame({
            "feature": [n.split("__", 1)[1] for n in names],
            "kind": [kind_map[k] for k in kinds],
            "weight": a * self.classifier_.coef_[0],
        })


def choose_threshold(y: np.ndarray, risk: np.ndarray) -> float:
    """The risk threshold that maximises F1 on ``(y, risk)`` (ties: the higher threshold).

    Examples
    --------
    >>> choose_threshold(np.array([0, 0, 1, 1]), np.array([0.1, 0.4, 0.35, 0.9]))
    0.35
    """
    order = np.unique(risk)
    best, best_f1 = 0.5, -1.0
    for t in order:
        pred = risk >= t
        tp = float(np.sum(pred & (y == 1)))
        fp = float(np.sum(pred & (y == 0)))
        fn = float(np.sum(~pred & (y == 1)))
        f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        if f1 >= best_f1:
            best, best_f1 = float(t), f1
    return round(best, 6)


def recall_threshold(y: np.ndarray, risk: np.ndarray, recall: float = 0.9) -> float:
    """The highest threshold that keeps at least ``recall`` of the positives."""
    pos = np.sort(risk[y == 1])[::-1]
    if pos.size == 0:
        return 0.5
    k = max(int(np.ceil(recall * pos.size)) - 1, 0)
    return round(float(pos[k]), 6)


def versions() -> dict[str, str]:
    """Versions that a model file depends on."""
    import skops

    return {
        "recruitscore": __version__,
        "scikit-learn": sklearn.__version__,
        "numpy": np.__version__,
        "scipy": __import__("scipy").__version__,
        "pandas": pd.__version__,
        "skops": skops.__version__,
        "python": platform.python_version(),
        "unicodedata": unicodedata.unidata_version,
    }


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def data_hash(df: pd.DataFrame, columns: Sequence[str]) -> str:
    """A sha256 over the given columns of a training frame (order-sensitive)."""
    h = hashlib.sha256()
    for col in columns:
        if col in df.columns:
            h.update(col.encode())
            h.update(pd.util.hash_pandas_object(df[col].astype(str), index=False).values.tobytes())
    return h.hexdigest()


@dataclass
class Model:
    """A trained model and its manifest.

    Attributes
    ----------
    estimator : RiskModel
        The fitted estimator.
    manifest : dict
        Thresholds, versions, signal names, training data, metrics (see ``save``).
    path : Path or None
        Where the model was loaded from or saved to.
    """

    estimator: RiskModel
    manifest: dict[str, Any] = field(default_factory=dict)
    path: Path | None = None

    @property
    def threshold(self) -> float:
        """Risk at or above which an approach is flagged (the *high* band)."""
        return float(self.manifest.get("threshold", 0.5))

    @property
    def medium_threshold(self) -> float:
        """Risk at or above which an approach is in the *medium* band."""
        return float(self.manifest.get("medium_threshold", min(self.threshold, 0.25)))

    def band(self, risk: np.ndarray) -> np.ndarray:
        """``low`` / ``medium`` / ``high`` for each risk."""
        risk = np.asarray(risk, dtype=float)
        return np.where(risk >= self.threshold, "high",
                        np.where(risk >= self.medium_threshold, "medium", "low"))

    def predict_risk(self, df: pd.DataFrame) -> np.ndarray:
        """Calibrated risk in [0, 1] for each row of a DataFrame of approaches."""
        return self.estimator.predict_proba(df)[:, 1]

    def feature_weights(self) -> pd.DataFrame:
        """Learned weight of every feature (calibrated logit scale)."""
        return self.estimator.feature_weights()

    def save(self, path: str | os.PathLike[str]) -> Path:
        """Write ``path`` (``.skops``) and its manifest (same name, ``.json``), atomically.

        Raises
        ------
        ModelError
            If the path does not end in ``.skops`` or the model holds untrusted types.
        """
        import skops.io as sio

        path = Path(path)
        if path.suffix != ".skops":
            raise ModelError(f"model files are written as .skops, got {path.name!r}")
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".skops.tmp")
        os.close(fd)
        tmp_path = Path(tmp)
        try:
            sio.dump(self.estimator, tmp_path, compression=zipfile.ZIP_DEFLATED, compresslevel=9)
            untrusted = set(sio.get_untrusted_types(file=tmp_path)) - set(TRUSTED_TYPES)
            if untrusted:
                raise ModelError(f"model holds types outside the allow-list: {sorted(untrusted)}")
            manifest = dict(self.manifest)
            manifest.update({
                "format": MODEL_FORMAT,
                "file": path.name,
                "sha256": _sha256(tmp_path),
                "versions": versions(),
                "signal_names": list(SIGNAL_NAMES),
                "n_features": int(self.estimator.featurizer_.n_features_out_),
                "calibration": {"a": self.estimator.calibration_[0],
                                "b": self.estimator.calibration_[1]},
            })
            now = datetime.now(timezone.utc).isoformat(timespec="seconds")
            manifest.setdefault("created_at", now)
            manifest_path = path.with_suffix(".json")
            fd2, tmp2 = tempfile.mkstemp(dir=path.parent, suffix=".json.tmp")
            with os.fdopen(fd2, "w", encoding="utf-8") as fh:
                json.dump(manifest, fh, indent=2, sort_keys=True, ensure_ascii=False)
                fh.write("\n")
            umask = os.umask(0)
            os.umask(umask)
            for tmp_file in (tmp_path, Path(tmp2)):
                os.chmod(tmp_file, 0o666 & ~umask)  # mkstemp creates 0600 files
            os.replace(tmp_path, path)
            os.replace(tmp2, manifest_path)
        finally:
            if tmp_path.exists():
                tmp_path.unlink()
        self.manifest = manifest
        self.path = path
        return path


def default_model_path() -> Path:
    """The shipped model: ``$RECRUITSCORE_MODEL``, else ``models/recruitscore-default.skops``.

    The ``models/`` folder is looked up inside the installed package first, then in the
    source tree (an editable install).
    """
    env = os.environ.get("RECRUITSCORE_MODEL")
    if env:
        return Path(env)
    here = Path(__file__).resolve().parent
    for candidate in (here / "models", here.parents[1] / "models"):
        p = candidate / "recruitscore-default.skops"
        if p.exists():
            return p
    return here.parents[1] / "models" / "recruitscore-default.skops"


def _check_manifest(manifest: Mapping[str, Any], path: Path) -> None:
    if manifest.get("format") != MODEL_FORMAT:
        raise ModelError(
            f"{path.name}: model format {manifest.get('format')!r} is not supported by this "
            f"recruitscore (format {MODEL_FORMAT}); retrain the model"
        )
    names = list(manifest.get("signal_names", []))
    if names != list(SIGNAL_NAMES):
        missing = sorted(set(SIGNAL_NAMES) - set(names))
        extra = sorted(set(names) - set(SIGNAL_NAMES))
        raise ModelError(
            f"{path.name}: the model's signals do not match this code (missing: "
            f"{missing or '-'}, unknown: {extra or '-'}, or a different order); retrain the model"
        )
    want = manifest.get("versions", {}).get("scikit-learn", "")
    if want.split(".")[:2] != sklearn.__version__.split(".")[:2]:
        raise ModelError(
            f"{path.name}: trained with scikit-learn {want or '?'}, this is "
            f"{sklearn.__version__}; install scikit-learn {want} or retrain the model"
        )


def load_model(path: str | os.PathLike[str] | None = None, *, unsafe: bool = False) -> Model:
    """Load a model safely.

    Parameters
    ----------
    path : path-like, optional
        A ``.skops`` file with its ``.json`` manifest beside it. ``None`` loads the shipped
        default model (see :func:`default_model_path`).
    unsafe : bool
        Allow a pickle/joblib file. Loading pickle runs arbitrary code: only for files you
        made yourself.

    Raises
    ------
    ModelError
        Missing file or manifest, hash mismatch (tampered or corrupted), signal names or
        versions that do not match this code, untrusted types, or a pickle file without
        ``unsafe=True``.
    """
    import skops.io as sio

    path = default_model_path() if path is None else Path(path)
    if not path.exists():
        raise ModelError(f"model file not found: {path}")
    if path.suffix.lower() in _PICKLE_SUFFIXES:
        if not unsafe:
            raise ModelError(
                f"{path.name} is a pickle/joblib file, which can run arbitrary code when "
                "loaded; refusing (use a .skops model, or pass unsafe=True / --unsafe for a "
                "file you made yourself)"
            )
        import joblib

        try:
            estimator = joblib.load(path)
        except Exception as exc:
            raise ModelError(f"cannot load {path.name}: {exc}") from None
        return Model(_checked_estimator(estimator, path), {"threshold": 0.5}, path)
    manifest_path = path.with_suffix(".json")
    if not manifest_path.exists():
        raise ModelError(f"no manifest beside the model: {manifest_path} is missing")
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelError(f"cannot read manifest {manifest_path.name}: {exc}") from None
    if not isinstance(manifest, dict):
        raise ModelError(f"manifest {manifest_path.name} is not a JSON object")
    if manifest.get("sha256") != _sha256(path):
        raise ModelError(
            f"{path.name} does not match its manifest (sha256 differs): the file was modified "
            "or corrupted; refusing to load it"
        )
    _check_manifest(manifest, path)
    try:
        untrusted = set(sio.get_untrusted_types(file=path))
        extra = untrusted - set(TRUSTED_TYPES)
        if extra:
            raise ModelError(
                f"{path.name} holds types outside the allow-list: {sorted(extra)}; refusing"
            )
        estimator = sio.load(path, trusted=sorted(untrusted))
    except ModelError:
        raise
    except Exception as exc:
        raise ModelError(f"cannot load {path.name}: {type(exc).__name__}: {exc}") from None
    return Model(_checked_estimator(estimator, path), manifest, path)


def _checked_estimator(estimator: object, path: Path) -> RiskModel:
    """The loaded object, if it is a RiskModel with this code's signals."""
    if not isinstance(estimator, RiskModel):
        raise ModelError(f"{path.name} does not hold a recruitscore RiskModel")
    if list(getattr(estimator, "signal_names_", [])) != list(SIGNAL_NAMES):
        raise ModelError(f"{path.name}: the model's signals do not match this code")
    return estimator


def _frame(df: object, label: str) -> pd.DataFrame:
    if not isinstance(df, pd.DataFrame):
        raise InputError(f"expected a pandas DataFrame, got {type(df).__name__}")
    if label not in df.columns:
        raise InputError(
            f"no label column {label!r} (found: {', '.join(map(str, df.columns))}); "
            "use label=... / --label-col"
        )
    if "message" not in df.columns:
        raise InputError(
            f"no 'message' column (found: {', '.join(map(str, df.columns))}); map one with --map"
        )
    return df


def select_c(
    X: pd.DataFrame, y: np.ndarray, grid: Sequence[float], *, seed: int = 0, folds: int = 5,
    **params: Any,
) -> tuple[float, dict[str, float]]:
    """Choose the regularisation by stratified cross-validated ROC-AUC.

    The featurizer is fitted once per fold and its matrices reused for every ``C``.
    """
    cv = StratifiedKFold(min(folds, int(min(np.bincount(y)))), shuffle=True, random_state=seed)
    aucs: dict[str, list[float]] = {str(C): [] for C in grid}
    base = RiskModel(calibration_cv=0, random_state=seed, **params)
    for tr, te in cv.split(X, y):
        featurizer = base._featurizer().fit(X.iloc[tr])
        Z_tr = featurizer.transform(X.iloc[tr])
        Z_te = featurizer.transform(X.iloc[te])
        for C in grid:
            clf = RiskModel(C=C, calibration_cv=0, random_state=seed, **params)._classifier()
            clf.fit(Z_tr, y[tr])
            aucs[str(C)].append(roc_auc_score(y[te], clf.decision_function(Z_te)))
    scores = {k: float(np.mean(v)) for k, v in aucs.items()}
    best = max(grid, key=lambda c: (scores[str(c)], -c))
    return float(best), scores


def train(
    df: pd.DataFrame,
    *,
    label: str = "label",
    positive: str | None = None,
    C: float | None = None,
    C_grid: Sequence[float] = (0.1, 0.3, 1.0, 3.0, 10.0),
    class_weight: str | None = "balanced",
    text: bool = True,
    seed: int = 0,
    sample_weight: np.ndarray | None = None,
    calibration_data: pd.DataFrame | None = None,
    extra_manifest: Mapping[str, Any] | None = None,
) -> Model:
    """Train a calibrated model on labelled approaches.

    Parameters
    ----------
    df : DataFrame
        Approaches with a ``message`` column (other schema columns optional) and a label.
    label : str
        The label column (1 = hostile/fraud, 0 = legitimate; see
        :func:`~recruitscore.labels.normalize_labels` for the spellings read).
    positive : str, optional
        The label value meaning 1, when it is not a usual spelling.
    C : float, optional
        Regularisation; when ``None`` it is chosen by 5-fold cross-validated ROC-AUC over
        ``C_grid``.
    class_weight : "balanced" or None
        Weight classes inversely to their frequency.
    text : bool
        Use text n-grams (signals and profile numbers are always used).
    seed : int
        Seed for folds: training is deterministic given the data and the seed.
    sample_weight : array, optional
        Per-row weights.
    calibration_data : DataFrame, optional
        Labelled data (same label column) to calibrate on and to set the thresholds; without
        it, calibration and thresholds use out-of-fold predictions on ``df``.
    extra_manifest : mapping, optional
        Extra entries for the manifest (e.g. a description of the training data).

    Returns
    -------
    Model

    Raises
    ------
    InputError
        Missing columns, missing or single-class labels.

    Examples
    --------
    >>> import pandas as pd
    >>> df = pd.DataFrame({"message": ["add me on telegram, keep it between us",
    ...                                "senior engineer role, salary 60-70k base, ref AB-1"] * 10,
    ...                    "label": [1, 0] * 10})
    >>> model = train(df, C=1.0)
    >>> bool(model.predict_risk(df.iloc[:1])[0] > model.predict_risk(df.iloc[1:2])[0])
    True
    """
    df = _frame(df, label)
    y = normalize_labels(df[label].tolist(), positive=positive, column=label)
    X = df.drop(columns=[label])
    chosen: dict[str, Any] = {}
    if C is None:
        C, cv_scores = select_c(X, y, C_grid, seed=seed, class_weight=class_weight, text=text)
        chosen["C_cv_roc_auc"] = cv_scores
    est = RiskModel(C=C, class_weight=class_weight, text=text, random_state=seed)
    Z, params = est._fit_base(X, y, sample_weight)
    if calibration_data is not None:
        cal = _frame(calibration_data, label)
        y_cal = normalize_labels(cal[label].tolist(), positive=positive, column=label)
        X_cal = cal.drop(columns=[label])
        est.calibrate(X_cal, y_cal)
        risk = est.predict_proba(X_cal)[:, 1]
        y_thr = y_cal
        chosen["calibrated_on"] = "calibration_data"
    else:
        # the same out-of-fold logits calibrate the model and set its thresholds
        decision = est._oof_decision(Z, y, params)
        est.calibration_ = _platt(decision, y)
        a, b = est.calibration_
        risk = _sigmoid(a * decision + b)
        y_thr = y
        chosen["calibrated_on"] = "out-of-fold training predictions"
    threshold = choose_threshold(y_thr, risk)
    medium = min(recall_threshold(y_thr, risk, 0.98), round(threshold / 2, 6))
    manifest: dict[str, Any] = {
        "threshold": threshold,
        "medium_threshold": medium,
        "threshold_rule": "max F1 (high band); the lower of half that and the level "
                          "keeping recall >= 0.98 (medium band)",
        "params": {"C": C, "class_weight": class_weight, "text": text, "seed": seed,
                   "ngram_range": [1, 2], "min_df": est.min_df, **chosen},
        "training": {
            "n": len(df),
            "n_positive": int(y.sum()),
            "label": label,
            "sha256": data_hash(df, [c for c in df.columns if c != "sender_name"]),
        },
    }
    if extra_manifest:
        manifest.update(extra_manifest)
    return Model(est, manifest)
