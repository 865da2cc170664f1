"""The model: training (scikit-learn, scipy) and safe, weights-only persistence.

Training fits, in two stages (see :mod:`recruitscore.linear` for the scoring formula):

1. **Text part**: a strongly regularised logistic regression over TF-IDF word 1-2 grams.
   Its out-of-fold log-odds (folds grouped by source when sources are given, so that no source
   is in both parts) become one bounded, familiarity-weighted feature.
2. **Decision**: a logistic regression over the signals, their conjunctions and that text
   feature, fitted with L-BFGS-B under sign constraints: a risk signal and every conjunction
   weigh >= 0, a benign counter-signal <= 0, a context signal 0 (it acts only through its
   conjunctions), the text feature >= 0.

Optionally (:attr:`TrainParams.fragments`, :attr:`TrainParams.mixes`; off in the shipped model,
see ``docs/hostile-input.md`` for what they cost and buy) the text part also learns from pieces of
the legitimate rows and from hostile rows with a legitimate passage added.

The whole pipeline is then run out of fold once more to calibrate it (Platt scaling) and to set
the thresholds on predictions it did not train on.

A model is two files: ``NAME.npz`` (arrays only, read with ``allow_pickle=False``) and
``NAME.json`` (the manifest: sha256 of the ``.npz``, format, signal names, thresholds, training
data, metrics). :func:`load_model` checks all of it and refuses anything that does not match.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import platform
import shutil
import tempfile
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from . import __version__
from .errors import InputError, ModelError, naming
from .linear import (
    FORMAT,
    LinearModel,
    check_model_file,
    check_threshold,
    counted_familiarity,
    read_manifest,
    read_npz,
    sigmoid,
)
from .signals import _WEAK, REGISTRY, SIGNAL_NAMES

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from .signals import Batch

__all__ = [
    "INTERACTIONS",
    "MODEL_FORMAT",
    "Model",
    "TrainParams",
    "choose_threshold",
    "default_model_path",
    "load_model",
    "manifest_seal",
    "train",
]

#: Red flags the guidance calls weak on their own (RED-FLAGS P1-P3: a new account, few
#: connections, no photo; and the text signals that never void a counter-signal,
#: ``signals._WEAK``: urgency, flattery, a templated greeting, a generic company name): the
#: guidance prior (:attr:`TrainParams.signal_prior`) does not pull their weights up; the data
#: alone weigh them, still never below 0 (rule R37-B).
GUIDANCE_WEAK = _WEAK | {"new_account", "few_connections", "no_photo"}

#: Version of the on-disk model format.
MODEL_FORMAT = FORMAT
#: File name ending of model files.
SUFFIX = ".npz"
#: Conjunctions of signals that public guidance describes together (RED-FLAGS.md sections 4
#: and 1f). Only pairs of signals this code has are used.
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
    ("offer_without_interview", "early_identity_request"),
    ("offer_without_interview", "pay_to_work"),
    ("low_skill_remote_role", "cheque_forwarding"),
    ("task_scam", "easy_money"),
    ("run_our_code", "web3_pitch"),
    ("run_our_code", "adhoc_code_hosting"),
    # L6 raises the weight of L1-L5 (RED-FLAGS 1e): a context signal acts only in conjunctions
    ("adhoc_code_hosting", "web3_pitch"),
    ("interview_software_download", "web3_pitch"),
    ("paste_command", "web3_pitch"),
)
#: Words that speak through signals only, never as n-grams: a CV request alone is what every
#: recruiter writes (RED-FLAGS M11: high false-positive risk), and its risky forms (a CV that
#: lists current projects, clearance...) are read by ``personal_data_request``.
SIGNAL_ONLY_WORDS: tuple[str, ...] = ("cv", "cvs", "resume", "resumes", "curriculum", "vitae")
#: Markup, never wording: the names of HTML tags and attributes and of image formats. A message
#: holding HTML is read with its tags in its stored reading (their addresses are evidence for
#: the red flags), so '<img src="cid:qr.png">' showed the n-grams "src" (rule R41-F). The
#: n-gram text now cuts tags (:data:`~recruitscore.text.TAG`, rule R41-G); these words also
#: stay out of the vocabulary where they are written outside a tag ("src/index.ts"), so that
#: none is ever cited as a reason. Words that are also content ("style", "display", "html",
#: "table") stay.
MARKUP_WORDS: tuple[str, ...] = (
    "src", "href", "img", "div", "nbsp", "br", "td", "tr", "tbody", "thead", "ul", "ol", "li",
    "px", "cid", "png", "jpg", "jpeg", "gif", "svg", "webp", "utf", "charset", "noopener",
    "noreferrer", "mailto")
_PICKLE_SUFFIXES = {".pkl", ".pickle", ".joblib", ".jbl", ".sav", ".skops"}
_DEFAULT_NAME = "recruitscore-default.npz"


def interactions() -> tuple[tuple[str, str], ...]:
    """The conjunctions whose two signals this code has."""
    have = set(SIGNAL_NAMES)
    return tuple((a, b) for a, b in INTERACTIONS if a in have and b in have)


def _replace_pair(npz_tmp: Path, npz: Path, json_tmp: Path, manifest: Path) -> None:
    """Move a model file and its manifest into place as a pair: the manifest first, then the
    model file. The earlier manifest is kept aside (copied, or renamed when it cannot be read)
    and put back if the model file cannot be moved, so the earlier model still loads (a new
    manifest beside an old model file would be refused). If it can be neither copied nor
    renamed, replacing it fails too and nothing changes."""
    aside: Path | None = None
    if manifest.exists():
        with naming(manifest):
            fd, name = tempfile.mkstemp(dir=manifest.parent, suffix=".json.old")
            os.close(fd)
        aside = Path(name)
        try:
            shutil.copy2(manifest, aside)
        except OSError:
            try:  # an unreadable manifest can still be renamed aside
                os.replace(manifest, aside)
            except OSError:
                aside.unlink(missing_ok=True)
                aside = None
    try:
        with naming(manifest):
            os.replace(json_tmp, manifest)
        try:
            with naming(npz):
                os.replace(npz_tmp, npz)
        except BaseException:
            if aside is not None:
                os.replace(aside, manifest)
                aside = None
            else:  # there was no earlier manifest to put back
                manifest.unlink(missing_ok=True)
            raise
    except BaseException:
        if aside is not None and not manifest.exists():  # renamed aside, then refused
            os.replace(aside, manifest)
            aside = None
        raise
    finally:
        if aside is not None:
            aside.unlink(missing_ok=True)


# -- the model object ---------------------------------------------------------------------------
@dataclass
class Model:
    """A trained model and its manifest.

    Attributes
    ----------
    linear : LinearModel
        The weights.
    manifest : dict
        Thresholds, versions, signal names, training data, metrics (see :meth:`save`).
    path : Path or None
        Where the model was loaded from or saved to.

    Examples
    --------
    >>> import recruitscore as rs
    >>> model = rs.load_model()  # the shipped model
    >>> 0 < model.threshold < 1, model.manifest["format"] == rs.model.MODEL_FORMAT
    (True, True)
    >>> rs.score("Add me on WhatsApp, my client pays USD 2000 per report", model=model).flagged
    True
    """

    linear: LinearModel
    manifest: dict[str, Any] = field(default_factory=dict)
    path: Path | None = None
    #: Out-of-fold risks of the training rows (set by :func:`train`, never saved): the first
    #: repeat of the folds.
    oof: np.ndarray | None = field(default=None, repr=False)
    #: Out-of-fold risks of every repeat of the folds, ``(repeats, rows)`` (never saved).
    oof_repeats: np.ndarray | None = field(default=None, repr=False)

    @property
    def threshold(self) -> float:
        """Risk at or above which an approach is flagged (the *high* band)."""
        return float(self.manifest.get("threshold", 0.5))

    @property
    def medium_threshold(self) -> float:
        """Risk at or above which an approach is in the *medium* band."""
        return float(self.manifest.get("medium_threshold", min(self.threshold, 0.25)))

    @property
    def uncertain_familiarity(self) -> float:
        """Below this familiarity of the wording, with no red flag, the band is *uncertain*:
        the wording is not counted (:attr:`LinearModel.text_floor`), so the risk is the base
        rate moved by benign signals only."""
        return float(self.linear.text_floor)

    def band(self, risk: np.ndarray, uncertain: np.ndarray | None = None) -> np.ndarray:
        """``low`` / ``medium`` / ``high`` for each risk; ``uncertain`` where given."""
        risk = np.asarray(risk, dtype=float)
        out = np.where(risk >= self.threshold, "high",
                       np.where(risk >= self.medium_threshold, "medium", "low"))
        if uncertain is not None:
            out = np.where(np.asarray(uncertain, dtype=bool) & (risk < self.threshold),
                           "uncertain", out)
        return out

    def predict_risk(self, df: pd.DataFrame) -> np.ndarray:
        """Calibrated risk in [0, 1] for each row of a DataFrame of approaches."""
        from .signals import make_batch

        batch, _ = make_batch(df)
        signals, rows = features(self.linear, batch)
        return self.linear.risk(signals, rows)

    def feature_weights(self) -> pd.DataFrame:
        """Every weight on the calibrated log-odds scale: signals, conjunctions, text, n-grams.

        An n-gram's weight is that of the text model (its effect is bounded, see
        :mod:`recruitscore.linear`).
        """
        import pandas as pd

        lin = self.linear
        a = lin.cal_a
        rows = [(n, "signal", a * w) for n, w in zip(lin.signal_names, lin.w_signal, strict=True)]
        rows += [(f"{x}+{y}", "interaction", a * w)
                 for (x, y), w in zip(lin.interactions, lin.w_interaction, strict=True)]
        rows.append(("text", "text", a * lin.w_text))
        if lin.vocab is not None:
            rows += [(str(t), "ngram", float(c)) for t, c in zip(lin.vocab.terms, lin.text_coef,
                                                                 strict=True)]
        return pd.DataFrame(rows, columns=["feature", "kind", "weight"])

    def save(self, path: str | os.PathLike[str]) -> Path:
        """Write ``path`` (``.npz``) and its manifest (same name, ``.json``), atomically.

        Raises
        ------
        ModelError
            If the path does not end in ``.npz``.
        """
        path = Path(path)
        if path.suffix != SUFFIX:
            raise ModelError(f"model files are written as {SUFFIX}, got {path.name!r}")
        path.parent.mkdir(parents=True, exist_ok=True)
        with naming(path):  # the model file the user named, not a temporary one
            fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".npz.tmp")
            os.close(fd)
        tmp_path = Path(tmp)
        try:
            with naming(path):
                fd2, tmp2 = tempfile.mkstemp(dir=path.parent, suffix=".json.tmp")
                os.close(fd2)
        except BaseException:
            tmp_path.unlink(missing_ok=True)
            raise
        try:
            self.linear.save(tmp_path)
            manifest = dict(self.manifest)
            manifest.update({
                "format": MODEL_FORMAT,
                "file": path.name,
                "sha256": _sha256(tmp_path),
                "signal_names": list(self.linear.signal_names),
                "n_ngrams": 0 if self.linear.vocab is None else len(self.linear.vocab),
                "calibration": {"a": self.linear.cal_a, "b": self.linear.cal_b},
            })
            manifest.setdefault("versions", versions())
            manifest.setdefault("created_at",
                                datetime.now(UTC).isoformat(timespec="seconds"))
            manifest["seal"] = manifest_seal(manifest)
            Path(tmp2).write_text(json.dumps(manifest, indent=2, sort_keys=True,
                                             ensure_ascii=False) + "\n", encoding="utf-8")
            from .io import open_mode  # (io imports this module)

            for tmp_file in (tmp_path, Path(tmp2)):
                open_mode(tmp_file)
            _replace_pair(tmp_path, path, Path(tmp2), path.with_suffix(".json"))
        finally:
            for leftover in (tmp_path, Path(tmp2)):
                if leftover.exists():
                    leftover.unlink()
        self.manifest = manifest
        self.path = path
        return path


def features(lin: LinearModel, batch: Batch) -> tuple[np.ndarray, Any]:
    """The signal matrix and the TF-IDF rows of a prepared batch, for ``lin``."""
    from .signals import frame_from_batch
    from .text import ngram_text

    signals = frame_from_batch(batch).to_numpy(dtype=np.float64)
    rows = lin.text_rows(ngram_text(batch, lin)) if lin.vocab is not None else None
    return signals, rows


def versions() -> dict[str, str]:
    """Versions of what made a model file (recorded, never required to load it)."""
    out = {"recruitscore": __version__, "numpy": np.__version__,
           "python": platform.python_version(), "unicodedata": unicodedata.unidata_version}
    try:
        import sklearn

        out["scikit-learn"] = sklearn.__version__
    except ImportError:  # pragma: no cover - training always has it
        pass
    return out


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def data_hash(df: pd.DataFrame, columns: Sequence[str]) -> str:
    """A sha256 over the given columns of a training frame (order-sensitive)."""
    import pandas as pd

    h = hashlib.sha256()
    for col in columns:
        if col in df.columns:
            h.update(col.encode())
            h.update(pd.util.hash_pandas_object(df[col].astype(str), index=False).values.tobytes())
    return h.hexdigest()


# -- loading ------------------------------------------------------------------------------------
def default_model_path() -> Path:
    """The shipped model: ``$RECRUITSCORE_MODEL``, else the one inside the installed package.

    Examples
    --------
    >>> default_model_path().name
    'recruitscore-default.npz'
    """
    env = os.environ.get("RECRUITSCORE_MODEL")
    if env:
        return Path(env)
    from importlib.resources import files

    return Path(str(files("recruitscore") / "models" / _DEFAULT_NAME))


def load_model(path: str | os.PathLike[str] | None = None) -> Model:
    """Load a model safely.

    Parameters
    ----------
    path : path-like, optional
        A ``.npz`` file with its ``.json`` manifest beside it. ``None`` loads the shipped
        default model (see :func:`default_model_path`).

    Raises
    ------
    ModelError
        Missing file or manifest; not a regular file or too large; hash mismatch (tampered or
        corrupted); a manifest whose threshold, calibration or signal list was edited (its
        seal, :func:`manifest_seal`); unexpected members, types, shapes or values; signal names
        or format that do not match this code; a threshold that is not a number in [0, 1]; a
        pickle, joblib or skops file.

    Examples
    --------
    >>> m = load_model()
    >>> 0.0 < m.threshold < 1.0 and m.manifest["format"] == 4
    True
    """
    given = path is not None
    path = default_model_path() if path is None else Path(path)
    if path.suffix.lower() in _PICKLE_SUFFIXES:
        raise ModelError(
            f"{path.name}: {path.suffix} model files are no longer read (pickle and skops files "
            "can run code or depend on one scikit-learn version); recruitscore reads weights-only "
            "'.npz' models: retrain yours with `recruitscore train DATA -o MODEL.npz`"
        )
    if path.is_dir():
        raise ModelError(f"{path}: is a directory, not a model file (give the .npz file)")
    if not path.exists():
        how = ("check the path given with --model / model=" if given else
               "check the RECRUITSCORE_MODEL environment variable, which names it"
               if os.environ.get("RECRUITSCORE_MODEL") else
               "the shipped model is missing from this installation; reinstall recruitscore, or "
               "point --model or the RECRUITSCORE_MODEL environment variable at a model file")
        raise ModelError(f"model file not found: {path} ({how})")
    manifest = read_manifest(path.with_suffix(".json"))
    check_model_file(path)  # before hashing: a FIFO, a device or a huge file is never read
    if manifest.get("sha256") != _sha256(path):
        raise ModelError(
            f"{path.name} does not match its manifest (sha256 differs): the file was modified "
            "or corrupted; refusing to load it"
        )
    _check_manifest(manifest, path)
    linear = LinearModel.from_arrays(read_npz(path), where=path.name)
    if list(linear.signal_names) != list(manifest["signal_names"]):
        raise ModelError(f"{path.name}: the arrays' signal names differ from the manifest's; "
                         "refusing to load it")
    if tuple(linear.polarity) != tuple(s.polarity for s in REGISTRY):
        raise ModelError(f"{path.name}: the signals' polarity differs from this code's; retrain "
                         "the model")
    if "uncertain_familiarity" in manifest and not math.isclose(
            float(manifest["uncertain_familiarity"]), linear.text_floor, abs_tol=1e-9):
        raise ModelError(f"{path.name}: the manifest's uncertain_familiarity "
                         f"{manifest['uncertain_familiarity']} differs from the model's text "
                         f"floor {linear.text_floor}; refusing to load it")
    return Model(linear, manifest, path)


#: The manifest fields that decide a score or say which arrays the file holds: the seal
#: (:func:`manifest_seal`) covers them, so that editing one of them in the JSON (a threshold
#: of 1.0 silences every alert) is refused like an edited ``.npz``.
SEALED = ("format", "sha256", "signal_names", "threshold", "medium_threshold",
          "uncertain_familiarity", "calibration")


def manifest_seal(manifest: Mapping[str, Any]) -> str:
    """The sha256 of the manifest's :data:`SEALED` fields (canonical JSON).

    It detects a manifest edited by hand or corrupted, not a forger: whoever can write both
    files can also write a new seal, as they could replace the code that reads them. Keep model
    directories writable only by their owner.

    Examples
    --------
    >>> a = manifest_seal({"format": 4, "threshold": 0.57, "versions": {"numpy": "2"}})
    >>> a == manifest_seal({"threshold": 0.57, "format": 4})  # unsealed fields do not count
    True
    >>> a == manifest_seal({"format": 4, "threshold": 1.0})
    False
    """
    sealed = {k: manifest[k] for k in SEALED if k in manifest}
    text = json.dumps(sealed, sort_keys=True, ensure_ascii=True, allow_nan=False)
    return hashlib.sha256(text.encode("ascii")).hexdigest()


def _check_manifest(manifest: Mapping[str, Any], path: Path) -> None:
    where = path.with_suffix(".json").name
    if manifest.get("format") != MODEL_FORMAT:
        raise ModelError(
            f"{path.name}: model format {manifest.get('format')!r} is not supported by this "
            f"recruitscore (format {MODEL_FORMAT}); retrain the model"
        )
    try:
        sealed = manifest.get("seal") == manifest_seal(manifest)
    except (TypeError, ValueError):  # a value JSON cannot hold again (NaN): not as written
        sealed = False
    if not sealed:
        raise ModelError(
            f"{where}: the manifest's threshold, calibration or signal list is not the one "
            "written with the model (its seal differs): it was edited or corrupted; refusing "
            "to load it"
        )
    names = manifest.get("signal_names")
    if not isinstance(names, list) or names != list(SIGNAL_NAMES):
        names = names if isinstance(names, list) else []
        missing = sorted(set(SIGNAL_NAMES) - set(map(str, names)))
        extra = sorted(set(map(str, names)) - set(SIGNAL_NAMES))
        raise ModelError(
            f"{path.name}: the model's signals do not match this code (missing: "
            f"{missing or '-'}, unknown: {extra or '-'}, or a different order); retrain the model"
        )
    threshold = check_threshold(manifest.get("threshold"), "threshold", where)
    if "medium_threshold" in manifest:
        medium = check_threshold(manifest["medium_threshold"], "medium_threshold", where)
        if medium > threshold:
            raise ModelError(f"{where}: medium_threshold {medium} is above threshold "
                             f"{threshold}; refusing to load it")
    if "uncertain_familiarity" in manifest:
        check_threshold(manifest["uncertain_familiarity"], "uncertain_familiarity", where)
    for key in _MANIFEST_OBJECTS:
        if key in manifest and not isinstance(manifest[key], dict):
            raise ModelError(f"{where}: {key!r} must be a JSON object, got "
                             f"{type(manifest[key]).__name__}; refusing to load it")


#: Optional manifest fields that must be JSON objects when present (``info``, reports read them).
_MANIFEST_OBJECTS = ("versions", "training", "evaluation")


# -- training -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class TrainParams:
    """Hyper-parameters of :func:`train` (chosen on a development set, never fitted on it).

    Attributes
    ----------
    C_text : float
        Inverse L2 strength of the text model (small = strongly regularised).
    C : float
        Inverse L2 strength of the decision stage.
    signal_prior : float
        Where the decision stage's L2 penalty pulls each *risk* signal's weight: a red flag
        the guidance names is evidence of risk unless the data say otherwise, so with no
        training row that fires it, it weighs this, and rows that fire it move it (a Gaussian
        prior; rule R17-E of the notes). Benign signals, conjunctions and the text weight are
        pulled to 0 (an attacker can write a benign phrase), and so are the red flags the
        guidance calls weak on their own (:data:`GUIDANCE_WEAK`: a new account, few
        connections, no photo, urgency, flattery, a templated greeting, a generic company
        name; rule R37-B). 0 gives the data alone; the default is what the build chose for the
        shipped model (``training.build.PRIORS``).
    text : bool
        Use the text part at all.
    text_bound : float
        The text model's log-odds are clipped to ``[-text_bound, text_bound]``.
    text_cap : float
        The most the text part can add to or take from the log-odds (before calibration):
        its weight is bounded by ``text_cap / text_bound``.
    text_prior : float
        The familiarity of a message's wording is ``known / (known + prior)``, ``known`` being
        its content tokens that the vocabulary knows.
    text_floor : float
        Below this familiarity the wording is not evidence: the text part is 0 (and without a
        red flag the band is *uncertain*). 0.4 with the prior 5: a message of at most three
        known content words (1/3, at most two, until rule R36-I of December 2026).
    prefix : int
        Length of the word prefixes added to the n-grams (0: none; see
        :func:`recruitscore.text.analyze`).
    min_df : int
        Fewest training messages an n-gram must be in.
    max_features : int
        Largest vocabulary.
    folds : int
        Folds for the out-of-fold predictions that calibrate the model and set its threshold
        (grouped by source when sources are given).
    repeats : int
        How many assignments of rows (or sources) to those folds: the calibration and the
        threshold are fitted on the out-of-fold predictions of every repeat, pooled, so that
        they depend less on which sources happened to share a fold. Repeat 0 uses the folds
        of ``seed``; :attr:`Model.oof` holds its predictions, :attr:`Model.oof_repeats` all.
    inner_folds : int
        Folds for the out-of-fold text feature the decision stage is fitted on.
    seed : int
        Seed for the folds (and for the pieces of ``fragments`` and ``mixes``).
    fragments : int
        Extra rows for the text part only: this many random runs of 1 to 3 sentences of each
        legitimate row (of 2 sentences or more), labelled legitimate, each at half the row's
        weight. A piece of a legitimate message is legitimate: the text part must not learn
        that a short message is hostile because the hostile examples are short quotes.
    mixes : int
        Extra rows for the text part only: this many copies of each hostile row with a run of
        2 to 4 sentences of a random legitimate row after it (or before it, half of the
        time), labelled hostile, each at half the row's weight. Legitimate wording added to a
        hostile message does not make it legitimate.

    Extra rows never choose the vocabulary and never fit the decision stage, the calibration
    or the threshold; in a fold they are used only when every row they come from is in that
    fold's training part. See :func:`augment`.
    """

    C_text: float = 3.0
    C: float = 1.0
    signal_prior: float = 1.0
    text: bool = True
    text_bound: float = 1.5
    text_cap: float = 3.0
    text_prior: float = 5.0
    text_floor: float = 0.4
    prefix: int = 6
    min_df: int = 2
    max_features: int = 50_000
    folds: int = 5
    repeats: int = 1
    inner_folds: int = 3
    seed: int = 0
    fragments: int = 0
    mixes: int = 0


@dataclass
class _Prepared:
    """What training needs of every row, computed once: the signals, the n-gram counts over
    all rows (scikit-learn's ``CountVectorizer``, the same n-grams as :func:`~recruitscore.text.
    analyze`), which columns are content unigrams, and the terms that may never be n-grams.
    Each fold's vocabulary, TF-IDF and familiarity are then column sums and slices of it,
    equal to what :func:`~recruitscore.text.tfidf` computes from the text (a test checks)."""

    signals: np.ndarray
    texts: list[str]
    counts: Any  # scipy.sparse.csr_matrix, rows x all n-grams
    terms: np.ndarray  # every n-gram, in column order
    allowed: np.ndarray  # bool: the n-gram holds no excluded token
    content: np.ndarray  # float: 1 where the column is a unigram that is not a function word
    # extra rows of the text part (:func:`augment`), after the original rows: their labels,
    # weights and the original rows they come from (-1: none)
    extra_y: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    extra_w: np.ndarray = field(default_factory=lambda: np.zeros(0))
    extra_from: np.ndarray = field(default_factory=lambda: np.zeros((0, 2), dtype=np.int64))

    def with_extra(self, idx: np.ndarray) -> np.ndarray:
        """The rows of the extra rows (after the originals) whose original rows are all in
        ``idx``."""
        if not len(self.extra_y):
            return np.zeros(0, dtype=np.int64)
        n = len(self.texts) - len(self.extra_y)
        inside = np.zeros(n + 1, dtype=bool)  # index -1 (no second row) is the last: True
        inside[idx] = True
        inside[-1] = True
        ok = inside[self.extra_from[:, 0]] & inside[self.extra_from[:, 1]]
        return n + np.flatnonzero(ok)


def _prepare(X: pd.DataFrame, prefix: int, exclude_tokens: Sequence[str] = (),
             extra_texts: Sequence[str] = ()) -> _Prepared:
    import scipy.sparse as sp
    from sklearn.feature_extraction.text import CountVectorizer

    from .protected import NAME_PARTICLES, ORIGIN_WORDS, addressed_names
    from .signals import frame_from_batch, make_batch
    from .signals.detectors import KEY_TERMS
    from .stopwords import FUNCTION_WORDS
    from .text import analyze, name_tokens, ngram_text

    batch, _ = make_batch(X)
    texts = ngram_text(batch)
    if extra_texts:  # rows of the text part only (:func:`augment`): no signals needed
        import pandas as pd

        texts += ngram_text(make_batch(pd.DataFrame({"message": list(extra_texts)}))[0])
    # names (and family-name particles), origin words, the key words of signals and markup
    # (:data:`MARKUP_WORDS`) never become n-grams: names and origin are protected, and the key
    # words speak through their signals only (a WhatsApp request must never be able to lower a
    # risk through its wording)
    excluded = name_tokens([*ORIGIN_WORDS, *NAME_PARTICLES, *exclude_tokens, *KEY_TERMS,
                            *SIGNAL_ONLY_WORDS, *MARKUP_WORDS])
    if "sender_name" in X.columns:
        excluded |= name_tokens(X["sender_name"].tolist())
    # and the names the messages show: the people written to, the names in signatures
    excluded |= name_tokens(addressed_names(X["message"].tolist()))
    vec = CountVectorizer(analyzer=partial(analyze, ngram_range=(1, 2), prefix=prefix),
                          dtype=np.float64)
    try:
        counts = sp.csr_matrix(vec.fit_transform(texts))
        terms = vec.get_feature_names_out().astype(str)
    except ValueError:  # no token anywhere
        counts = sp.csr_matrix((len(texts), 0))
        terms = np.zeros(0, dtype=str)
    parts = [t.lstrip("~").split() for t in terms.tolist()]
    allowed = np.array([not (set(p) & excluded) for p in parts], dtype=bool)
    if prefix:  # a prefix of an excluded word is excluded too
        heads = {"~" + w[:prefix] for w in excluded if len(w) > prefix}
        allowed &= np.array([t not in heads for t in terms.tolist()], dtype=bool)
    content = np.array([len(p) == 1 and not t.startswith("~") and p[0] not in FUNCTION_WORDS
                        for p, t in zip(parts, terms.tolist(), strict=True)], dtype=float)
    return _Prepared(frame_from_batch(batch).to_numpy(dtype=np.float64), texts, counts, terms,
                     allowed, content)


def augment(messages: Sequence[str], y: np.ndarray, w: np.ndarray, fragments: int, mixes: int,
            seed: int) -> tuple[list[str], np.ndarray, np.ndarray, np.ndarray]:
    """Extra rows for the text part (:attr:`TrainParams.fragments` and ``mixes``).

    Returns their texts, labels, weights and, for each, the two original rows it comes from
    (-1 when only one).

    Examples
    --------
    >>> texts, y, w, src = augment(["Hi. We hire. Call me.", "Pay 50 USD now."],
    ...                            np.array([0, 1]), np.ones(2), 1, 1, seed=0)
    >>> y.tolist(), w.tolist(), src[:, 1].tolist()
    ([0, 1], [0.5, 0.5], [-1, 0])
    """
    from .text import sentences as split

    if not (fragments or mixes):
        return [], np.zeros(0, dtype=np.int64), np.zeros(0), np.zeros((0, 2), dtype=np.int64)
    rng = np.random.default_rng(seed)
    sentences = [split(m) for m in messages]
    legit = [i for i in range(len(messages)) if y[i] == 0 and len(sentences[i]) >= 2]
    texts: list[str] = []
    labels: list[int] = []
    weights: list[float] = []
    origin: list[tuple[int, int]] = []

    def run(parts: list[str], lo: int, hi: int) -> str:
        size = int(rng.integers(lo, min(hi, len(parts)) + 1))
        start = int(rng.integers(0, len(parts) - size + 1))
        return " ".join(parts[start:start + size])

    for i in legit:
        for _ in range(fragments):
            texts.append(run(sentences[i], 1, min(3, len(sentences[i]) - 1)))
            labels.append(0)
            weights.append(0.5 * float(w[i]))
            origin.append((i, -1))
    if legit:
        for i in np.flatnonzero(y == 1).tolist():
            for _ in range(mixes):
                j = legit[int(rng.integers(len(legit)))]
                piece = run(sentences[j], 2, 4)
                before = bool(rng.integers(2))
                texts.append(f"{piece}\n\n{messages[i]}" if before else f"{messages[i]}\n\n{piece}")
                labels.append(1)
                weights.append(0.5 * float(w[i]))
                origin.append((i, j))
    return (texts, np.array(labels, dtype=np.int64), np.array(weights, dtype=np.float64),
            np.array(origin, dtype=np.int64).reshape(-1, 2))


def _fit_vocab(P: _Prepared, idx: np.ndarray, params: TrainParams) -> Any:
    """The vocabulary of rows ``idx``: n-grams in at least ``min_df`` of them (the
    ``max_features`` most frequent), scikit-learn's smoothed idf."""
    from .text import Vocabulary

    if not len(P.terms) or not len(idx):
        return None, None
    sub = P.counts[idx]
    df = np.asarray((sub > 0).sum(axis=0)).ravel()
    keep = (df >= min(params.min_df, len(idx))) & P.allowed
    cols = np.flatnonzero(keep)
    if cols.size > params.max_features:
        total = np.asarray(sub.sum(axis=0)).ravel()[cols]
        order = np.lexsort((cols, -total))[:params.max_features]  # most frequent, then by term
        cols = np.sort(cols[order])
    if not cols.size:
        return None, None
    idf = np.log((1.0 + len(idx)) / (1.0 + df[cols])) + 1.0
    return Vocabulary(tuple(P.terms[cols].tolist()), idf, (1, 2), params.prefix), cols


def _tfidf_rows(P: _Prepared, rows: np.ndarray, vocab: Any, cols: np.ndarray) -> tuple[Any, ...]:
    """TF-IDF matrix and known content tokens of ``rows`` for a vocabulary."""
    from sklearn.preprocessing import normalize

    sub = P.counts[rows]
    X = sub[:, cols].tocsr()
    X.data = (np.log(X.data) + 1.0) * vocab.idf[X.indices]
    X = normalize(X, norm="l2", copy=False)
    n_known = np.asarray(sub[:, cols] @ P.content[cols]).ravel()
    return X, n_known


def _balanced(y: np.ndarray, w: np.ndarray) -> np.ndarray:
    """Sample weights that give both classes the same total weight."""
    out = w.astype(np.float64).copy()
    grand = float(w.sum())
    for c in (0, 1):
        m = y == c
        total = float(w[m].sum())
        if total > 0:
            out[m] *= grand / (2 * total)
    return out


def _fit_text(P: _Prepared, idx: np.ndarray, y: np.ndarray, w: np.ndarray,
              params: TrainParams) -> tuple[Any, Any, np.ndarray, float]:
    """Vocabulary (and its columns) and text logistic regression fitted on rows ``idx``."""
    from sklearn.linear_model import LogisticRegression

    vocab, cols = _fit_vocab(P, idx, params)
    if vocab is None or len(np.unique(y[idx])) < 2:
        return None, None, np.zeros(0), 0.0
    extra = P.with_extra(idx)
    n = len(y)
    rows = np.r_[idx, extra]
    y_fit = np.r_[y[idx], P.extra_y[extra - n]]
    w_fit = np.r_[w[idx], P.extra_w[extra - n]]
    Xt, _ = _tfidf_rows(P, rows, vocab, cols)
    clf = LogisticRegression(C=params.C_text, solver="lbfgs", max_iter=2000)
    clf.fit(Xt, y_fit, sample_weight=_balanced(y_fit, w_fit))
    return vocab, cols, clf.coef_[0].astype(np.float64), float(clf.intercept_[0])


def _text_feature(P: _Prepared, rows: np.ndarray, fitted: tuple[Any, Any, np.ndarray, float],
                  params: TrainParams) -> np.ndarray:
    """``conf * clip(s)`` for each row (0 without a text part)."""
    vocab, cols, coef, intercept = fitted
    if vocab is None:
        return np.zeros(len(rows))
    Xt, n_known = _tfidf_rows(P, rows, vocab, cols)
    s = intercept + Xt @ coef
    conf = counted_familiarity(n_known / (n_known + params.text_prior), params.text_floor)
    return conf * np.clip(s, -params.text_bound, params.text_bound)


def _folds(y: np.ndarray, groups: np.ndarray | None, k: int, seed: int) -> list[tuple[Any, Any]]:
    from sklearn.model_selection import StratifiedGroupKFold, StratifiedKFold

    n_min = int(np.bincount(y, minlength=2).min())
    if groups is not None and len(np.unique(groups)) >= 2:
        k = min(k, len(np.unique(groups)))
        if k < 2:
            return []
        cv = StratifiedGroupKFold(k, shuffle=True, random_state=seed)
        return list(cv.split(np.zeros(len(y)), y, groups))
    k = min(k, n_min)
    if k < 2:
        return []
    return list(StratifiedKFold(k, shuffle=True, random_state=seed).split(np.zeros(len(y)), y))


def _decision_matrix(signals: np.ndarray, pairs: tuple[np.ndarray, np.ndarray],
                     t: np.ndarray) -> np.ndarray:
    left, right = pairs
    return np.hstack([signals, signals[:, left] * signals[:, right], t[:, None]])


def _fit_constrained(D: np.ndarray, y: np.ndarray, w: np.ndarray, bounds: list[Any],
                     C: float, center: np.ndarray | None = None) -> tuple[np.ndarray, float]:
    """Weighted, L2-penalised logistic regression with bounds on the weights (L-BFGS-B); the
    penalty pulls the weights to ``center`` (0 when ``None``)."""
    from scipy.optimize import minimize

    w = _balanced(y, w)
    w = w / w.sum()
    sign = 2.0 * y - 1.0
    lam = 1.0 / (C * len(y))
    mu = np.zeros(D.shape[1]) if center is None else np.asarray(center, dtype=np.float64)

    def loss(theta: np.ndarray) -> tuple[float, np.ndarray]:
        coef, b = theta[:-1], theta[-1]
        z = D @ coef + b
        m = sign * z
        # log(1 + exp(-m)) and its derivative, stably
        value = np.logaddexp(0.0, -m)
        g = -sign * sigmoid(-m)
        d = coef - mu
        grad = np.r_[D.T @ (w * g) + lam * d, np.sum(w * g)]
        return float(np.dot(w, value) + 0.5 * lam * np.dot(d, d)), grad

    theta0 = np.zeros(D.shape[1] + 1)
    res = minimize(loss, theta0, jac=True, method="L-BFGS-B",
                   bounds=[*bounds, (None, None)], options={"maxiter": 5000, "gtol": 1e-10})
    theta = np.asarray(res.x, dtype=np.float64)
    return theta[:-1], float(theta[-1])


def _fit_all(P: _Prepared, idx: np.ndarray, y: np.ndarray, w: np.ndarray,
             groups: np.ndarray | None, params: TrainParams) -> LinearModel:
    """The whole pipeline on rows ``idx`` (uncalibrated: ``cal_a = 1, cal_b = 0``)."""
    from .linear import pair_columns, polarity_bounds

    pairs_names = interactions()
    pairs = pair_columns(SIGNAL_NAMES, pairs_names)
    # text feature out of fold, so the decision stage sees it as strong as on new text
    t = np.zeros(idx.size)
    vocab, coef, intercept = (None, np.zeros(0), 0.0)
    if params.text:
        g = None if groups is None else groups[idx]
        for tr, te in _folds(y[idx], g, params.inner_folds, params.seed):
            t[te] = _text_feature(P, idx[te], _fit_text(P, idx[tr], y, w, params), params)
        vocab, _, coef, intercept = _fit_text(P, idx, y, w, params)
    polarity = tuple(s.polarity for s in REGISTRY)
    bounds = polarity_bounds(polarity) + [(0.0, None)] * len(pairs_names) + [
        (0.0, params.text_cap / params.text_bound)]
    D = _decision_matrix(P.signals[idx], pairs, t)
    center = np.zeros(D.shape[1])
    center[:len(polarity)] = params.signal_prior * (np.array(polarity) == "risk") * np.array(
        [s.name not in GUIDANCE_WEAK for s in REGISTRY])
    weights, b0 = _fit_constrained(D, y[idx], w[idx], bounds, params.C, center)
    n_sig, n_int = len(SIGNAL_NAMES), len(pairs_names)
    return LinearModel(
        signal_names=tuple(SIGNAL_NAMES), polarity=polarity, interactions=pairs_names,
        w_signal=np.maximum(weights[:n_sig], 0) * (np.array(polarity) == "risk")
        + np.minimum(weights[:n_sig], 0) * (np.array(polarity) == "benign"),
        w_interaction=np.maximum(weights[n_sig:n_sig + n_int], 0),
        vocab=vocab, text_coef=coef, intercept=b0, text_intercept=intercept,
        w_text=max(float(weights[-1]), 0.0) if vocab is not None else 0.0,
        text_lo=-params.text_bound, text_hi=params.text_bound, text_prior=params.text_prior,
        text_floor=params.text_floor,
    )


#: Distance between the fold seeds of two repeats (:attr:`TrainParams.repeats`), so that the
#: repeats of one seed do not reuse the folds of the next seeds.
REPEAT_STRIDE = 1000


def oof_logits(P: _Prepared, y: np.ndarray, w: np.ndarray, groups: np.ndarray | None,
               params: TrainParams, repeat: int = 0) -> np.ndarray:
    """Out-of-fold log-odds of the whole pipeline (grouped by source when given), with the
    folds of repeat ``repeat``."""
    from .text import tfidf

    out = np.full(len(y), np.nan)
    idx_all = np.arange(len(y))
    for tr, te in _folds(y, groups, params.folds, params.seed + 1 + REPEAT_STRIDE * repeat):
        lin = _fit_all(P, idx_all[tr], y, w, groups, params)
        rows = tfidf(lin.vocab, [P.texts[i] for i in te]) if lin.vocab is not None else None
        out[te] = lin.logit(P.signals[te], rows)
    return out


def _platt(decision: np.ndarray, y: np.ndarray, w: np.ndarray | None = None) -> tuple[float, float]:
    """Fit ``p = sigmoid(a * d + b)`` (Platt scaling with Platt's label smoothing; ``a > 0``)."""
    w = np.ones(len(y)) if w is None else np.asarray(w, dtype=float)
    n_pos = float(np.sum(w * (y == 1)))
    n_neg = float(np.sum(w * (y == 0)))
    target = np.where(y == 1, (n_pos + 1) / (n_pos + 2), 1 / (n_neg + 2))
    a, b = 1.0, 0.0
    d = np.asarray(decision, dtype=float)
    for _ in range(200):  # Newton's method on the smoothed, weighted log-loss
        p = sigmoid(a * d + b)
        g_a = np.sum(w * (p - target) * d)
        g_b = np.sum(w * (p - target))
        h = w * p * (1 - p) + 1e-12
        h_aa, h_ab, h_bb = np.sum(h * d * d) + 1e-9, np.sum(h * d), np.sum(h) + 1e-9
        det = h_aa * h_bb - h_ab * h_ab
        if abs(det) < 1e-12:
            break
        da = (h_bb * g_a - h_ab * g_b) / det
        db = (h_aa * g_b - h_ab * g_a) / det
        a, b = a - da, b - db
        if abs(da) < 1e-10 and abs(db) < 1e-10:
            break
    if not a > 0:  # a model whose log-odds do not rank: keep the order, say nothing more
        a, b = 1e-3, float(np.log((n_pos + 1) / (n_neg + 1)))
    return float(a), float(b)


def choose_threshold(y: np.ndarray, risk: np.ndarray) -> float:
    """The risk threshold that maximises F1 on ``(y, risk)`` (ties: the higher threshold).

    Examples
    --------
    >>> choose_threshold(np.array([0, 0, 1, 1]), np.array([0.1, 0.4, 0.35, 0.9]))
    0.35
    """
    best, best_f1 = 0.5, -1.0
    for t in np.unique(risk):
        pred = risk >= t
        tp = float(np.sum(pred & (y == 1)))
        fp = float(np.sum(pred & (y == 0)))
        fn = float(np.sum(~pred & (y == 1)))
        f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        if f1 >= best_f1:
            best, best_f1 = float(t), f1
    return round(best, 6)


def fpr_threshold(risk_negative: np.ndarray, max_fpr: float) -> float:
    """The lowest threshold that flags at most ``max_fpr`` of the given negatives.

    Examples
    --------
    >>> fpr_threshold(np.array([0.1, 0.2, 0.3, 0.9]), 0.25)
    0.300001
    """
    r = np.sort(np.asarray(risk_negative, dtype=float))
    if r.size == 0:
        return 0.5
    allowed = int(np.floor(max_fpr * r.size))  # negatives that may be flagged
    level = r[r.size - allowed - 1]  # flag strictly above this one
    return round(min(float(level) + 1e-6, 1.0), 6)


def recall_threshold(y: np.ndarray, risk: np.ndarray, recall: float = 0.9) -> float:
    """The highest threshold that keeps at least ``recall`` of the positives."""
    pos = np.sort(risk[y == 1])[::-1]
    if pos.size == 0:
        return 0.5
    k = max(int(np.ceil(recall * pos.size)) - 1, 0)
    return round(float(pos[k]), 6)


def _frame(df: object, label: str) -> pd.DataFrame:
    import pandas as pd

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


#: Fewest rows of each class :func:`train` accepts.
MIN_PER_CLASS = 5


def train(
    df: pd.DataFrame,
    *,
    label: str = "label",
    positive: str | None = None,
    params: TrainParams | None = None,
    groups: Sequence[object] | np.ndarray | None = None,
    sample_weight: np.ndarray | None = None,
    calibrate_mask: np.ndarray | None = None,
    fpr_mask: np.ndarray | None = None,
    max_fpr: float = 0.05,
    fpr_name: str = "designated legitimate rows",
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
    params : TrainParams, optional
        Hyper-parameters (defaults: :class:`TrainParams`).
    groups : sequence, optional
        The source of each row: out-of-fold predictions never have a source on both sides.
    sample_weight : array, optional
        Per-row weights (classes are balanced on top of them).
    calibrate_mask : array of bool, optional
        Rows whose out-of-fold predictions calibrate the model (default: all).
    fpr_mask : array of bool, optional
        Legitimate rows whose false-positive rate sets the threshold (at most ``max_fpr``);
        default: the threshold that maximises F1 on the calibration rows.
    max_fpr : float
        See ``fpr_mask``.
    fpr_name : str
        What the ``fpr_mask`` rows are, for the manifest's threshold rule.
    extra_manifest : mapping, optional
        Extra entries for the manifest (e.g. a description of the training data).

    Returns
    -------
    Model

    Raises
    ------
    InputError
        Missing columns, labels that are missing or of one class, or fewer than
        :data:`MIN_PER_CLASS` rows of a class.

    Examples
    --------
    >>> import pandas as pd
    >>> df = pd.DataFrame({"message": ["add me on telegram, keep it between us",
    ...                                "senior engineer role, salary 60-70k base, ref AB-1"] * 10,
    ...                    "label": [1, 0] * 10})
    >>> model = train(df)
    >>> bool(model.predict_risk(df.iloc[:1])[0] > model.predict_risk(df.iloc[1:2])[0])
    True
    """
    from .labels import normalize_labels

    df = _frame(df, label)
    params = TrainParams() if params is None else params
    if params.repeats < 1:
        raise InputError(f"repeats must be at least 1, got {params.repeats}")
    if not 0 <= params.text_floor < 1 or params.text_prior <= 0:
        raise InputError(f"text_floor must be in [0, 1) and text_prior above 0, got "
                         f"{params.text_floor} and {params.text_prior}")
    if not (params.text_bound > 0 and params.text_cap >= 0):
        raise InputError(f"text_bound must be above 0 and text_cap at least 0, got "
                         f"{params.text_bound} and {params.text_cap}")
    y = normalize_labels(df[label].tolist(), positive=positive, column=label)
    counts = np.bincount(y, minlength=2)
    if counts.min() < MIN_PER_CLASS:
        raise InputError(
            f"too few labelled rows to train: {counts[1]} hostile and {counts[0]} legitimate; "
            f"at least {MIN_PER_CLASS} of each are needed (and many more for a useful model)"
        )
    X = df.drop(columns=[label])
    w = np.ones(len(y)) if sample_weight is None else np.asarray(sample_weight, dtype=float)
    g = None if groups is None else np.asarray(pd_codes(groups))
    extra_texts, extra_y, extra_w, extra_from = augment(
        X["message"].fillna("").astype(str).tolist(), y, w, params.fragments, params.mixes,
        params.seed)
    P = _prepare(X, params.prefix, extra_texts=extra_texts)
    P.extra_y, P.extra_w, P.extra_from = extra_y, extra_w, extra_from
    if not any(t.strip() for t in P.texts) and not P.signals.any():
        raise InputError("every message is empty and no signal fires: nothing to learn from")
    idx = np.arange(len(y))
    lin = _fit_all(P, idx, y, w, g, params)
    # out-of-fold log-odds, one row per repeat of the folds; calibration and threshold are
    # fitted on all repeats pooled (each row counts once per repeat)
    decisions = np.vstack([oof_logits(P, y, w, g, params, repeat=r)
                           for r in range(params.repeats)])
    cal = np.ones(len(y), dtype=bool) if calibrate_mask is None else np.asarray(calibrate_mask,
                                                                                  dtype=bool)
    cal = cal[None, :] & np.isfinite(decisions)
    y_all = np.broadcast_to(y, decisions.shape)
    if cal[0].sum() < 2 * MIN_PER_CLASS or len(np.unique(y[cal[0]])) < 2:
        raise InputError("too few rows for out-of-fold calibration; add labelled rows")
    lin.cal_a, lin.cal_b = _platt(decisions[cal], y_all[cal])
    risks = sigmoid(lin.cal_a * decisions + lin.cal_b)
    pooled = (f" (each row once in each of {params.repeats} repeats of the folds, pooled)"
              if params.repeats > 1 else "")
    if fpr_mask is not None and np.any(np.asarray(fpr_mask, dtype=bool) & np.isfinite(
            decisions[0])):
        neg = np.asarray(fpr_mask, dtype=bool)[None, :] & np.isfinite(decisions) & (y_all == 0)
        threshold = fpr_threshold(risks[neg], max_fpr)
        rule = (f"the lowest risk that flags at most {max_fpr:.0%} of the "
                f"{int(neg[0].sum())} {fpr_name}, out of fold{pooled}")
    else:
        threshold = choose_threshold(y_all[cal], risks[cal])
        rule = f"max F1 on out-of-fold predictions{pooled}"
    threshold = float(np.clip(threshold, 0.01, 0.99))
    medium = min(recall_threshold(y_all[cal], risks[cal], 0.9), round(threshold / 2, 6))
    auc = _auc(y[cal[0]], decisions[0][cal[0]])
    manifest: dict[str, Any] = {
        "threshold": round(threshold, 6),
        "medium_threshold": round(medium, 6),
        "uncertain_familiarity": params.text_floor,
        "threshold_rule": f"{rule} (high band); the lower of half that and the level keeping "
                          "recall >= 0.9 out of fold (medium band)",
        "params": {**params.__dict__, "calibrated_on": f"{int(cal[0].sum())} out-of-fold "
                   "predictions" + (" grouped by source" if g is not None else "") + pooled},
        "training": {
            "n": len(df),
            "n_positive": int(y.sum()),
            "label": label,
            "oof_roc_auc": auc,
            "sha256": data_hash(df, [c for c in df.columns if c != "sender_name"]),
        },
    }
    if extra_manifest:
        manifest.update(extra_manifest)
    return Model(lin, manifest, oof=risks[0], oof_repeats=risks)


def pd_codes(values: Sequence[object] | np.ndarray) -> np.ndarray:
    """Integer codes of group labels (first-seen order).

    Examples
    --------
    >>> pd_codes(["b", "a", "b"]).tolist()
    [0, 1, 0]
    """
    seen: dict[object, int] = {}
    return np.array([seen.setdefault(v, len(seen)) for v in values], dtype=np.int64)


def _auc(y: np.ndarray, score: np.ndarray) -> float | None:
    from sklearn.metrics import roc_auc_score

    return float(roc_auc_score(y, score)) if len(np.unique(y)) == 2 else None
