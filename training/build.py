"""Build the shipped default model, reproducibly: ``python -m training.build``.

Steps (all seeded, single-threaded numerics, data read in a fixed order):

1. Load the real messages (``data/real/*.jsonl``: every row a message actually sent or
   published, with its source), the hand-written cases (``data/handwritten/*.jsonl``; 20% held
   out, stratified by label and language, never used for any choice) and the development set
   written by someone else (``../shared/datasets/approaches-dev``), which only chooses models.
2. Compare a few candidates (strength of the text model, cap on what wording can add) by the
   mean of two ROC-AUCs: on the development set, and out of fold on the real messages with no
   source on both sides (leave-source-out). Candidates within :data:`TIE` of the best are
   tied; of those (the ones meeting :data:`DEV_FLOOR` on the development set, when any does)
   the strongest regularisation, then the tightest cap, is taken.
3. Fit the chosen candidate on the real messages and the training hand-written cases (their
   sender profile numbers blanked: :data:`HW_PROFILE_BLANKED`); calibrate
   it (Platt) on its own out-of-fold predictions grouped by source, and set the threshold so that
   at most 5% of the real legitimate recruiter and headhunter messages are flagged out of fold.
4. Evaluate on the development set, the held-out hand-written cases and the real messages
   (leave-source-out), per language and per kind, against a plain TF-IDF + logistic regression
   trained on the same rows and against the previous model's stored scores; write the model
   (inside the package) and ``models/MODEL_CARD.md``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import sys
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import numpy as np
import pandas as pd

from recruitscore.evaluate import bootstrap_ci, metrics
from recruitscore.model import (
    REPEAT_STRIDE,
    Model,
    TrainParams,
    _folds,
    _platt,
    data_hash,
    pd_codes,
    train,
)
from recruitscore.schema import BOOL_FIELDS, INT_FIELDS
from recruitscore.signals import SIGNAL_NAMES, frame_from_batch, make_batch
from training.card import render_card

__all__ = [
    "DEV_SHA256",
    "build",
    "hw_groups",
    "hw_training_rows",
    "load_dev",
    "load_handwritten",
    "load_real",
    "main",
    "source_group",
    "splits",
]

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DEV = ROOT.parent / "shared" / "datasets" / "approaches-dev" / "approaches-dev.csv"
DEFAULT_OUT = ROOT / "src" / "recruitscore" / "models" / "recruitscore-default.npz"
DEV_SHA256 = "4e1216be449f2b67e993212766087adce7583ebf632e81e1eff8557d3461c369"
#: Kinds of real legitimate messages whose false-positive rate sets the threshold.
RECRUITER_KINDS = ("recruiter", "headhunter")
#: Candidates: (C of the text model, cap on the text part's log-odds; the text model's log-odds
#: are clipped at half the cap, so the text weight is at most 2). The small caps keep the text
#: part bounded tightly, as the design asks of it; the selection rule decides (caps 2 and 3 were
#: added in December 2026, under a rule written before building).
CANDIDATES: tuple[tuple[float, float], ...] = tuple(
    (c, cap) for c in (3.0, 10.0) for cap in (2.0, 3.0, 4.0, 6.0, 10.0, 20.0))
#: Weight of a real message against a hand-written one: real text is what the model must
#: work on, and it is the smaller part.
REAL_WEIGHT = 3.0
#: Profile fields of the hand-written training rows that the build blanks (rule R38-A: the
#: connection count, the account's age and the photo flag, the schema's count and yes/no
#: fields): we wrote those numbers knowing each row's label (accounts under 180 days on 37% of
#: hostile and 13% of legitimate rows), so the weights learnt from them were our own writing's,
#: not evidence (new account 1.40, more than an off-platform request): on the development set,
#: written by someone else, blanking the profile numbers took the shipped model from ROC-AUC
#: 0.973 to 0.981 and its false alarms from 14% to 8%. No real row has them, so the three
#: profile red flags, which get no guidance prior (:data:`recruitscore.model.GUIDANCE_WEAK`),
#: weigh 0 until real profile data does; they are still detected and shown. The held-out
#: hand-written rows keep their profiles: they are scored as a user would give them.
HW_PROFILE_BLANKED: tuple[str, ...] = INT_FIELDS + BOOL_FIELDS
#: Repeats of the grouped folds (another assignment of sources to folds each time): the
#: calibration and the threshold are fitted on all of them pooled, the candidates are compared
#: on their mean ROC-AUC, and the card gives the spread, so that no figure rests on one draw.
REPEATS = 5
#: Candidates whose selection score is within this of the best are tied (the real figure
#: spreads by about 0.02 over the fold repeats, the development set's 95% interval is about
#: +/-0.02): of those the build takes the strongest regularisation and the tightest cap, as
#: issue 10 asks for "a bounded, strongly regularised" text part.
TIE = 0.005
#: Issue 10's floor for the development set's ROC-AUC ("no big loss on the cases the old model
#: handled"): of the tied candidates, those that meet it are preferred. Added in December 2026,
#: after a rebuild on 672 real messages chose the tightest cap at 0.969 while the next cap, tied
#: with it, had 0.973.
DEV_FLOOR = 0.97
#: Candidates for the guidance prior of the red flags (``TrainParams.signal_prior``, rule R17-E
#: of the notes), compared at the chosen C_text and cap by the same score; of those tied, the
#: largest is taken: a red flag the guidance names decides unless the data say otherwise, and
#: where the figures cannot tell the candidates apart, that principle does.
PRIORS: tuple[float, ...] = (0.0, 0.5, 1.0)
REAL_COLUMNS = ("id", "message", "label", "kind", "language", "evidence", "source_url",
                "source_title", "source_type", "retrieved")


def load_handwritten(folder: Path = ROOT / "data" / "handwritten") -> pd.DataFrame:
    """All hand-written batches, in file order."""
    files = sorted(folder.glob("batch_*.jsonl"))
    if not files:
        raise FileNotFoundError(f"no hand-written batches in {folder}")
    df = pd.concat([pd.read_json(f, lines=True, dtype=False) for f in files], ignore_index=True)
    df["source"] = "handwritten"
    return df


def hw_training_rows(hw_train: pd.DataFrame) -> pd.DataFrame:
    """The hand-written training rows as the build trains on them: each batch a source of its
    own (written apart, case by case: grouped folds then hold out one batch at a time, as they
    hold out one real source at a time), the family as the kind, and the sender's profile
    numbers and photo blanked (:data:`HW_PROFILE_BLANKED`).

    Examples
    --------
    >>> rows = pd.DataFrame({"case_id": ["HW-A-0001"], "family": ["elicitation"], "label": [1],
    ...                      "message": ["hi"], "sender_connections": [12],
    ...                      "sender_account_age_days": [30], "sender_has_photo": [False]})
    >>> out = hw_training_rows(rows)
    >>> out[["group", "kind"]].iloc[0].tolist()
    ['handwritten-A', 'elicitation']
    >>> out[list(HW_PROFILE_BLANKED)].isna().all(axis=None)
    np.True_
    """
    return hw_train.assign(group=hw_groups(hw_train), kind=hw_train.get("family", "handwritten"),
                           **{c: pd.NA for c in HW_PROFILE_BLANKED})


def hw_groups(hw: pd.DataFrame) -> list[str]:
    """The source of each hand-written row: its batch (``HW-A-0001`` -> ``handwritten-A``).

    Examples
    --------
    >>> hw_groups(pd.DataFrame({"case_id": ["HW-A-0001", "HW-E-0210"]}))
    ['handwritten-A', 'handwritten-E']
    """
    return ["handwritten-" + str(c).split("-")[1] for c in hw["case_id"]]


def source_group(url: str) -> str:
    """The source a real row belongs to, for leave-source-out folds: the site, or the
    repository (or gist) on GitHub, so that two pages of one blog are one source.

    Examples
    --------
    >>> source_group("https://www.example.com/blog/a?x=1")
    'example.com'
    >>> source_group("https://github.com/owner/repo/issues/3")
    'github.com/owner/repo'
    """
    parts = urlsplit(url.strip())
    host = parts.netloc.lower().removeprefix("www.")
    path = [p for p in parts.path.split("/") if p]
    if host in ("github.com", "gitlab.com", "bitbucket.org") and len(path) >= 2:
        return f"{host}/{path[0]}/{path[1]}".lower()
    if host == "gist.github.com" and path:
        return f"{host}/{path[-1]}".lower()
    return host


def load_real(folder: Path = ROOT / "data" / "real") -> pd.DataFrame:
    """The real-message corpus: every ``*.jsonl`` file in ``folder``, checked.

    Raises
    ------
    ValueError
        A row without a required field, a label other than 0/1, a language other than en/fr,
        or a duplicate id or message.
    """
    files = sorted(folder.glob("*.jsonl"))
    if not files:
        return pd.DataFrame(columns=[*REAL_COLUMNS, "source", "group"])
    df = pd.concat([pd.read_json(f, lines=True, dtype=False) for f in files], ignore_index=True)
    missing = [c for c in REAL_COLUMNS if c not in df.columns]
    if missing:
        raise ValueError(f"real corpus: columns missing: {missing}")
    blank = df[list(REAL_COLUMNS)].isna().any(axis=1) | (df["message"].astype(str).str.strip()
                                                          == "")
    if blank.any():
        raise ValueError(f"real corpus: rows with empty fields: {df.loc[blank, 'id'].tolist()}")
    if not set(df["label"].tolist()) <= {0, 1} or not set(df["language"]) <= {"en", "fr"}:
        raise ValueError("real corpus: labels must be 0/1 and languages en/fr")
    for col in ("id", "message"):
        dup = df[col].duplicated()
        if dup.any():
            raise ValueError(f"real corpus: duplicate {col}: {df.loc[dup, 'id'].tolist()[:5]}")
    df["label"] = df["label"].astype(np.int64)
    df["source"] = "real"
    df["group"] = df["source_url"].map(source_group)
    return df


def load_dev(path: Path = DEFAULT_DEV) -> pd.DataFrame:
    """The development set, read as written (UTF-8, no normalisation, empty = unknown)."""
    return pd.read_csv(path, encoding="utf-8", keep_default_na=False, na_values=[""],
                       dtype={"message": str})


#: The first hand-written batches, split together; every later batch is split on its own, so
#: adding one moves no earlier row between training and the held-out part (rule R22-B).
FIRST_BATCHES = frozenset("ABCDE")


def splits(df: pd.DataFrame, seed: int = 0) -> tuple[pd.DataFrame, pd.DataFrame]:
    """80/20 split stratified by label and language: batches A-E together, as they always
    were, and each later batch on its own (rows without a ``case_id`` go with A-E).

    Examples
    --------
    >>> df = pd.DataFrame({"case_id": [f"HW-{b}-{i:04d}" for b in "AF" for i in range(20)],
    ...                    "label": [0, 1] * 20, "language": "en"})
    >>> train_part, test = splits(df)
    >>> test["case_id"].str[3].value_counts().sort_index().to_dict()
    {'A': 4, 'F': 4}
    """
    from sklearn.model_selection import train_test_split

    batch = (df["case_id"].astype(str).str.split("-").str[1] if "case_id" in df.columns
             else pd.Series("A", index=df.index))
    batch = batch.where(~batch.isin(FIRST_BATCHES) & batch.notna(), "A")
    parts_train, parts_test = [], []
    for _, part in df.groupby(batch.to_numpy(), sort=True):
        strata = part["label"].astype(str) + part["language"].astype(str)
        tr, te = train_test_split(part, test_size=0.2, random_state=seed, stratify=strata)
        parts_train.append(tr)
        parts_test.append(te)
    return pd.concat(parts_train), pd.concat(parts_test)


# -- baselines ----------------------------------------------------------------------------------
def _tfidf_lr(train_text: list[str], y: np.ndarray, test_text: list[str]) -> np.ndarray:
    """Plain TF-IDF word 1-2 grams + logistic regression (the reference to beat)."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)
    X = vec.fit_transform(train_text)
    clf = LogisticRegression(C=10.0, class_weight="balanced", max_iter=5000).fit(X, y)
    return clf.predict_proba(vec.transform(test_text))[:, 1]


def _signals_only(train_sig: np.ndarray, y: np.ndarray, test_sig: np.ndarray) -> np.ndarray:
    from sklearn.linear_model import LogisticRegression

    clf = LogisticRegression(C=1.0, class_weight="balanced", max_iter=5000).fit(train_sig, y)
    return clf.predict_proba(test_sig)[:, 1]


def signal_matrix(df: pd.DataFrame) -> np.ndarray:
    """The 0/1 signal matrix of a frame of approaches."""
    batch, _ = make_batch(df)
    return frame_from_batch(batch).to_numpy(dtype=np.float64)


def loso_baselines(real: pd.DataFrame, extra: pd.DataFrame, seed: int = 0, repeats: int = 1
                   ) -> list[dict[str, np.ndarray]]:
    """Leave-source-out risks of the two baselines on the real rows (trained on the other real
    sources plus ``extra``), one dict per repeat of the folds (drawn as
    :attr:`~recruitscore.model.TrainParams.repeats` draws them); the texts and signals are
    read once for all repeats."""
    y = real["label"].to_numpy(dtype=np.int64)
    groups = pd_codes(real["group"].tolist())
    text = real["message"].astype(str).tolist()
    sig = signal_matrix(real)
    ex_text = extra["message"].astype(str).tolist()
    ex_y = extra["label"].to_numpy(dtype=np.int64)
    ex_sig = signal_matrix(extra) if len(extra) else np.zeros((0, sig.shape[1]))
    runs = []
    for repeat in range(repeats):
        out = {"tfidf_lr": np.full(len(y), np.nan), "signals_only": np.full(len(y), np.nan)}
        for tr, te in _folds(y, groups, 5, seed + 1 + REPEAT_STRIDE * repeat):
            yy = np.r_[y[tr], ex_y]
            out["tfidf_lr"][te] = _tfidf_lr([text[i] for i in tr] + ex_text, yy,
                                            [text[i] for i in te])
            out["signals_only"][te] = _signals_only(np.vstack([sig[tr], ex_sig]), yy, sig[te])
        runs.append(out)
    return runs


# -- reports ------------------------------------------------------------------------------------
def report(y: np.ndarray, risk: np.ndarray, threshold: float,
           by: dict[str, np.ndarray] | None = None, ci: bool = False, seed: int = 0
           ) -> dict[str, Any]:
    """Metrics at ``threshold``, with per-group breakdowns (``per_language``, ``per_kind``)."""
    m = metrics(y, risk, threshold=threshold)
    for name, groups in (by or {}).items():
        m[f"per_{name}"] = {str(g): metrics(y[groups == g], risk[groups == g],
                                            threshold=threshold)
                            for g in sorted(set(groups.tolist()))}
    if ci:
        m["ci95"] = bootstrap_ci(y, risk, threshold=threshold, seed=seed)
    return m


def repeat_spread(risks: np.ndarray, y: np.ndarray, lang: np.ndarray, recruiter: np.ndarray,
                  threshold: float) -> dict[str, dict[str, float]]:
    """Mean, min and max over the repeats of the folds (rows of ``risks``) of the ROC-AUC
    (overall, English, French), the recall at ``threshold`` and the false-positive rate on the
    ``recruiter`` rows."""
    per = [loso_figures(r, y, lang, recruiter, threshold) for r in risks]
    return {k: spread([f[k] for f in per]) for k in per[0]}


def loso_figures(risk: np.ndarray, y: np.ndarray, lang: np.ndarray, recruiter: np.ndarray,
                 threshold: float) -> dict[str, float]:
    """ROC-AUC (overall, English, French) of one set of out-of-fold risks, its recall at
    ``threshold`` and its false-positive rate on the ``recruiter`` rows."""
    return {"roc_auc": _auc(y, risk),
            **{f"roc_auc_{g}": _auc(y[lang == g], risk[lang == g]) for g in ("en", "fr")},
            "recall": float(np.mean(risk[y == 1] >= threshold)),
            "recruiter_fpr": float(np.mean(risk[recruiter] >= threshold))
            if recruiter.any() else float("nan")}


def spread(values: list[float]) -> dict[str, float]:
    """Mean, min, max and number of ``values``."""
    return {"mean": float(np.mean(values)), "min": float(np.min(values)),
            "max": float(np.max(values)), "n": len(values)}


def _auc(y: np.ndarray, r: np.ndarray) -> float:
    from sklearn.metrics import roc_auc_score

    ok = np.isfinite(r)
    return float(roc_auc_score(y[ok], r[ok])) if len(np.unique(y[ok])) == 2 else float("nan")


def _auc_diff_ci(y: np.ndarray, a: np.ndarray, b: np.ndarray, seed: int = 0,
                 n_boot: int = 1000) -> list[float]:
    """95% bootstrap interval of ROC-AUC(a) - ROC-AUC(b) on the same rows."""
    rng = np.random.default_rng(seed)
    diffs = []
    for _ in range(n_boot):
        idx = rng.integers(0, len(y), len(y))
        if y[idx].min() == y[idx].max():
            continue
        diffs.append(_auc(y[idx], a[idx]) - _auc(y[idx], b[idx]))
    return [float(np.percentile(diffs, 2.5)), float(np.percentile(diffs, 97.5))]


def _previous_scores(path: Path) -> pd.Series | None:
    """Risks of the previous model on the same rows, by message hash (``benchmarks/v1_scores.csv``,
    made once with the v1 code), or ``None``."""
    if not path.exists():
        return None
    table = pd.read_csv(path, comment="#", dtype={"key": str})
    return table.set_index("key")["risk"]


def message_key(text: str) -> str:
    """First 16 hex digits of the sha256 of a message (how stored scores are keyed).

    Examples
    --------
    >>> message_key("hi")
    '8f434346648f6b96'
    """
    return hashlib.sha256(str(text).encode("utf-8")).hexdigest()[:16]


def select(results: list[dict[str, Any]], tie: float = TIE,
           dev_floor: float = DEV_FLOOR) -> dict[str, Any]:
    """The candidate the build takes: of those whose ``mean`` is within ``tie`` of the best
    (and, when any of them has it, a development-set ROC-AUC of at least ``dev_floor``), the
    strongest regularisation (smallest ``C_text``), then the smallest ``text_cap``.

    Examples
    --------
    >>> r = [{"C_text": 10.0, "text_cap": 6.0, "mean": 0.9520},
    ...      {"C_text": 3.0, "text_cap": 6.0, "mean": 0.9515},
    ...      {"C_text": 3.0, "text_cap": 4.0, "mean": 0.9510},
    ...      {"C_text": 1.0, "text_cap": 4.0, "mean": 0.9400}]
    >>> best = select(r)
    >>> best["C_text"], best["text_cap"]
    (3.0, 4.0)
    >>> select(r, tie=0.0)["C_text"]
    10.0
    >>> r[2]["dev_roc_auc"], r[1]["dev_roc_auc"] = 0.969, 0.973
    >>> select(r)["text_cap"]
    6.0

    Candidates with no score (NaN: no development set and no real row) are left out; with none
    scored there is nothing to tell them apart, and the strongest regularisation is taken.
    """
    return min(_tied(results, tie, dev_floor), key=lambda r: (r["C_text"], r["text_cap"]))


def _tied(results: list[dict[str, Any]], tie: float, dev_floor: float) -> list[dict[str, Any]]:
    """The candidates the build chooses among: those whose ``mean`` is within ``tie`` of the
    best, of them those with a development-set ROC-AUC of at least ``dev_floor`` when any has
    it; all of them when none has a score (NaN)."""
    scored = [r for r in results if not math.isnan(r["mean"])]
    if not scored:
        return results
    top = max(r["mean"] for r in scored)
    tied = [r for r in scored if r["mean"] >= top - tie]
    return [r for r in tied if r.get("dev_roc_auc", math.nan) >= dev_floor] or tied


def select_prior(results: list[dict[str, Any]], tie: float = TIE,
                 dev_floor: float = DEV_FLOOR) -> dict[str, Any]:
    """The guidance prior the build takes (see :data:`PRIORS`): of the candidates whose
    ``mean`` is within ``tie`` of the best (and, when any of them has it, a development-set
    ROC-AUC of at least ``dev_floor``), the largest ``signal_prior``.

    Examples
    --------
    >>> r = [{"signal_prior": 0.0, "mean": 0.9520, "dev_roc_auc": 0.972},
    ...      {"signal_prior": 0.5, "mean": 0.9500, "dev_roc_auc": 0.972},
    ...      {"signal_prior": 1.0, "mean": 0.9400, "dev_roc_auc": 0.975}]
    >>> select_prior(r)["signal_prior"]
    0.5
    >>> select_prior(r, tie=0.0)["signal_prior"]
    0.0
    """
    scored = [r for r in results if not math.isnan(r["mean"])]
    if not scored:  # nothing tells them apart: the data alone
        return min(results, key=lambda r: r["signal_prior"])
    return max(_tied(results, tie, dev_floor), key=lambda r: r["signal_prior"])


def build(
    out: Path = DEFAULT_OUT,
    dev_path: Path = DEFAULT_DEV,
    seed: int = 0,
    log: Any = None,
    candidates: tuple[tuple[float, float], ...] = CANDIDATES,
    card: Path | None = ROOT / "models" / "MODEL_CARD.md",
) -> Model:
    """Build, evaluate and save the default model; returns it."""
    say = (lambda msg: print(msg, file=sys.stderr, flush=True)) if log is None else log
    t0 = time.perf_counter()
    hw = load_handwritten()
    real = load_real()
    dev = load_dev(dev_path)
    hw_train, hw_test = splits(hw, seed)
    hw_train = hw_training_rows(hw_train)
    train_df = pd.concat([real, hw_train], ignore_index=True)
    y_train = train_df["label"].to_numpy(dtype=np.int64)
    groups = train_df["group"].astype(str).to_numpy()
    is_real = (train_df["source"] == "real").to_numpy()
    recruiter = is_real & train_df["kind"].isin(RECRUITER_KINDS).to_numpy() & (y_train == 0)
    y_dev = dev["label"].to_numpy(dtype=np.int64)
    say(f"data: {len(real)} real ({real['group'].nunique()} sources), {len(hw_train)}+"
        f"{len(hw_test)} hand-written, {len(dev)} dev")
    cols = [c for c in train_df.columns if c not in ("label",)]

    def fit(c_text: float, cap: float, prior: float = 0.0) -> Model:
        params = TrainParams(C_text=c_text, text_cap=cap, text_bound=cap / 2, text_prior=5.0,
                             signal_prior=prior,
                             seed=seed, repeats=REPEATS)
        return train(train_df[[*cols, "label"]], params=params, groups=groups,
                     sample_weight=np.where(is_real, REAL_WEIGHT, 1.0),
                     fpr_mask=recruiter if recruiter.any() else None,
                     fpr_name="real legitimate recruiter and headhunter messages")

    def score(m: Model) -> tuple[float, float, float]:
        auc_dev = _auc(y_dev, m.predict_risk(dev))
        auc_real = float(np.mean([_auc(y_train[is_real], r[is_real]) for r in m.oof_repeats])
                         ) if is_real.sum() else float("nan")
        return auc_dev, auc_real, float(np.nanmean([auc_dev, auc_real]))

    results = []
    fitted: dict[tuple[float, float, float], Model] = {}
    for c_text, cap in candidates:
        m = fitted[c_text, cap, 0.0] = fit(c_text, cap)
        auc_dev, auc_real, key = score(m)
        results.append({"C_text": c_text, "text_cap": cap, "signal_prior": 0.0,
                        "dev_roc_auc": auc_dev, "real_loso_roc_auc": auc_real, "mean": key})
        say(f"  C_text={c_text} cap={cap}: dev {auc_dev:.3f} real LOSO {auc_real:.3f}")
    best = select(results)
    say(f"chosen: C_text={best['C_text']} cap={best['text_cap']}")
    # then the red flags' guidance prior at that C_text and cap (rule R17-E)
    priors = [best]
    for prior in PRIORS:
        if prior == 0.0:
            continue
        m = fitted[best["C_text"], best["text_cap"], prior] = fit(best["C_text"],
                                                                   best["text_cap"], prior)
        auc_dev, auc_real, key = score(m)
        priors.append({"C_text": best["C_text"], "text_cap": best["text_cap"],
                       "signal_prior": prior, "dev_roc_auc": auc_dev,
                       "real_loso_roc_auc": auc_real, "mean": key})
        say(f"  signal_prior={prior}: dev {auc_dev:.3f} real LOSO {auc_real:.3f}")
    results += priors[1:]
    best = select_prior(priors)
    say(f"chosen: signal_prior={best['signal_prior']}")
    model = fitted[best["C_text"], best["text_cap"], best["signal_prior"]]
    thr = model.threshold
    lang_tr = train_df["language"].astype(str).to_numpy()
    kind_tr = train_df["kind"].astype(str).to_numpy()

    evaluation: dict[str, Any] = {}
    r_dev = model.predict_risk(dev)
    evaluation["dev"] = report(y_dev, r_dev, thr, {"language": dev["language"].to_numpy()},
                               ci=True, seed=seed)
    r_hw = model.predict_risk(hw_test)
    y_hw = hw_test["label"].to_numpy(dtype=np.int64)
    hw_by = {"language": hw_test["language"].to_numpy()}
    hw_part = np.where(hw_test["case_id"].astype(str).str.split("-").str[1]
                       .isin(FIRST_BATCHES).to_numpy(), "batches A-E", "later batches")
    if len(set(hw_part.tolist())) > 1:  # covert approaches (A-E) apart from the later ones
        hw_by["part"] = hw_part
    evaluation["handwritten_test"] = report(y_hw, r_hw, thr, hw_by)
    comparison: dict[str, Any] = {}
    if is_real.sum():
        y_real = y_train[is_real]
        r_real = model.oof[is_real]
        evaluation["real_loso"] = report(y_real, r_real, thr, {"language": lang_tr[is_real],
                                                               "kind": kind_tr[is_real]},
                                         ci=True, seed=seed)
        evaluation["real_loso"]["recruiter_fpr"] = float(np.mean(r_real[
            recruiter[is_real]] >= thr)) if recruiter.any() else float("nan")
        evaluation["real_loso"]["repeats"] = repeat_spread(
            model.oof_repeats[:, is_real], y_real, lang_tr[is_real], recruiter[is_real], thr)
        # the baselines over the same number of repeats of their folds (mean ROC-AUC); the
        # first repeat is reported in full
        runs = loso_baselines(real.reset_index(drop=True), hw_train, seed, REPEATS)
        for name, risk in runs[0].items():
            # the baselines are calibrated like the model: Platt on their own out-of-fold risks
            logit = np.log(np.clip(risk, 1e-9, 1 - 1e-9) / np.clip(1 - risk, 1e-9, 1))
            a, b = _platt(logit, y_real)
            cal = 1 / (1 + np.exp(-(a * logit + b)))
            comparison[name] = {
                "real_loso": report(y_real, cal, thr, {"language": lang_tr[is_real],
                                                       "kind": kind_tr[is_real]}),
                "roc_auc_difference_ci95": _auc_diff_ci(y_real, r_real, risk, seed),
                "real_loso_repeats_roc_auc": spread([_auc(y_real, run[name]) for run in runs]),
            }
    hw_sig, dev_sig = signal_matrix(hw_train), signal_matrix(dev)
    tf_dev = _tfidf_lr(train_df["message"].astype(str).tolist(), y_train,
                       dev["message"].astype(str).tolist())
    tf_hw = _tfidf_lr(train_df["message"].astype(str).tolist(), y_train,
                      hw_test["message"].astype(str).tolist())
    comparison.setdefault("tfidf_lr", {})
    comparison["tfidf_lr"]["dev_roc_auc"] = _auc(y_dev, tf_dev)
    comparison["tfidf_lr"]["handwritten_test_roc_auc"] = _auc(y_hw, tf_hw)
    real_sig = signal_matrix(real) if len(real) else None
    full_sig = np.vstack([real_sig, hw_sig]) if real_sig is not None else hw_sig
    comparison.setdefault("signals_only", {})
    comparison["signals_only"]["dev_roc_auc"] = _auc(
        y_dev, _signals_only(full_sig, y_train, dev_sig))
    previous = _previous_scores(ROOT / "benchmarks" / "v1_scores.csv")
    if previous is not None:
        comparison["v1"] = _v1_report(previous, dev, hw_test, real)
    weights = model.feature_weights()
    sig_w = weights[weights.kind == "signal"].set_index("feature")["weight"]
    int_w = weights[weights.kind == "interaction"].set_index("feature")["weight"]
    coverage = {}
    if real_sig is not None:
        rs = real_sig.astype(bool)
        yr = real["label"].to_numpy()
        risky = np.array([p == "risk" for p in model.linear.polarity])
        rec = (yr == 0) & real["kind"].isin(RECRUITER_KINDS).to_numpy()
        coverage = {
            "hostile_with_any_red_flag": float(np.mean(rs[yr == 1][:, risky].any(axis=1))),
            "recruiter_with_any_red_flag": float(np.mean(rs[rec][:, risky].any(axis=1)))
            if rec.any() else float("nan"),
            "per_signal": {n: {"hostile": float(rs[yr == 1, j].mean()),
                               "legitimate": float(rs[yr == 0, j].mean())}
                           for j, n in enumerate(SIGNAL_NAMES)},
        }
    model.manifest.update({
        "selection": {"rule": "highest mean of the development-set ROC-AUC and the real "
                              "messages' leave-source-out ROC-AUC (mean over the "
                              f"{REPEATS} repeats of the folds); candidates within {TIE} of "
                              "the best are tied; of those (keeping only the ones with a "
                              f"development-set ROC-AUC of at least {DEV_FLOOR}, when any has "
                              "it) the strongest regularisation (smallest C_text), then the "
                              "smallest cap, is taken; then, at that C_text and cap, the red "
                              f"flags' guidance prior (signal_prior, one of {list(PRIORS)}) by the "
                              "same score and ties, of the tied the largest",
                      "results": results},
        "training": {
            **model.manifest["training"],
            "parts": {"real": f"{len(real)} real messages from {real['group'].nunique()} "
                              "sources (sites, or repositories on GitHub; data/real), sample "
                              f"weight {REAL_WEIGHT}",
                      "hand-written": f"{len(hw_train)} of {len(hw)} rows (data/handwritten, "
                                      f"20% held out, seed {seed})"},
            "sha256": data_hash(train_df, ["message", "label", "sender_headline",
                                           "sender_company", "sender_company_url",
                                           "sender_connections", "sender_account_age_days",
                                           "sender_has_photo", "target_headline"]),
        },
        "dev_set": {"path": "shared/datasets/approaches-dev/approaches-dev.csv",
                    "sha256": DEV_SHA256, "n": len(dev)},
        "evaluation": evaluation,
        "comparison": comparison,
        "signal_coverage": coverage,
        "signal_weights": {n: round(float(sig_w[n]), 4) for n in SIGNAL_NAMES},
        "interaction_weights": {k.replace("+", " + "): round(float(v), 4)
                                for k, v in int_w.items()},
        "created_at": "reproducible build (see training.sha256)",
    })
    model.save(out)
    if card is not None:
        card.write_text(render_card(model.manifest), encoding="utf-8")
    say(f"wrote {out} ({out.stat().st_size / 1e6:.2f} MB) in {time.perf_counter() - t0:.0f}s")
    return model


def _v1_report(previous: pd.Series, dev: pd.DataFrame, hw_test: pd.DataFrame,
               real: pd.DataFrame) -> dict[str, Any]:
    """ROC-AUC of the previous model's stored risks on the same rows (the shipped v1 model,
    not retrained per fold: its training data had no real message)."""
    out: dict[str, Any] = {"note": "the v1 model as shipped (benchmarks/v1_scores.csv), not "
                                   "retrained per fold; it saw no real message"}
    for name, part in (("dev", dev), ("handwritten_test", hw_test), ("real", real)):
        r = part["message"].map(message_key).map(previous).to_numpy(dtype=float)
        y = part["label"].to_numpy(dtype=np.int64)
        ok = np.isfinite(r)
        if ok.sum() and len(np.unique(y[ok])) == 2:
            out[f"{name}_roc_auc"] = _auc(y[ok], r[ok])
            lang = part["language"].to_numpy()
            out[f"{name}_roc_auc_per_language"] = {
                g: _auc(y[ok & (lang == g)], r[ok & (lang == g)]) for g in ("en", "fr")
                if len(np.unique(y[ok & (lang == g)])) == 2}
    return out


def main(argv: list[str] | None = None) -> int:
    """Command line: build the default model and print its evaluation as JSON."""
    p = argparse.ArgumentParser(prog="python -m training.build", description=__doc__)
    p.add_argument("--out", type=Path, default=DEFAULT_OUT)
    p.add_argument("--dev", type=Path, default=DEFAULT_DEV)
    p.add_argument("--seed", type=int, default=0)
    args = p.parse_args(argv)
    if not args.dev.exists():
        print(f"error: development set not found: {args.dev}", file=sys.stderr)
        return 2
    from threadpoolctl import threadpool_limits

    with threadpool_limits(1):  # one thread: the same sums in the same order on every machine
        model = build(args.out, args.dev, args.seed)
    ev = model.manifest["evaluation"]
    summary = {k: {m: v.get(m) for m in ("n", "roc_auc", "pr_auc", "recall", "fpr", "ece")}
               for k, v in ev.items()}
    print(json.dumps({"threshold": model.threshold, "evaluation": summary}, indent=2))
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
