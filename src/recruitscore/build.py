"""Build the shipped default model, reproducibly: ``python -m recruitscore.build``.

Steps (all seeded):

1. Load the hand-written cases (``data/handwritten/*.jsonl``) and generate the seeded corpus
   (:func:`recruitscore.corpus.generate_corpus`, 6,000 rows, seed 0).
2. Hold out 20% of each part (stratified by label and language): never used for any choice.
3. Compare candidate models on the development set written by someone else
   (``../shared/datasets/approaches-dev``): text n-grams or not, C, weight of the generated
   part. The development set is used to choose, to calibrate (Platt) and to set the
   thresholds, never to fit weights.
4. Fit the chosen model on the training parts, calibrate on the development set, evaluate on
   the development set and on both held-out splits, and write ``models/recruitscore-default``
   (``.skops`` + ``.json``) and ``models/MODEL_CARD.md``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import train_test_split

from .card import render_card
from .corpus import generate_corpus
from .evaluate import bootstrap_ci, metrics
from .features import INTERACTIONS, PROFILE_FEATURES
from .model import Model, RiskModel, choose_threshold, data_hash, recall_threshold
from .signals import SIGNAL_NAMES

__all__ = ["DEV_SHA256", "build", "load_dev", "load_handwritten", "main", "splits"]

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_DEV = ROOT.parent / "shared" / "datasets" / "approaches-dev" / "approaches-dev.csv"
DEV_SHA256 = "4e1216be449f2b67e993212766087adce7583ebf632e81e1eff8557d3461c369"
#: Candidates compared on the development set: (name, RiskModel params, weight of generated rows)
CANDIDATES: tuple[tuple[str, dict[str, Any], float], ...] = tuple(
    (f"{'text' if text else 'signals+profile'} C={C} gen_weight={w}", {"C": C, "text": text}, w)
    for text in (True, False)
    for C in (1.0, 3.0, 10.0)
    for w in (0.3, 1.0)
)


def load_handwritten(folder: Path = ROOT / "data" / "handwritten") -> pd.DataFrame:
    """All hand-written batches, in file order."""
    files = sorted(folder.glob("batch_*.jsonl"))
    if not files:
        raise FileNotFoundError(f"no hand-written batches in {folder}")
    df = pd.concat([pd.read_json(f, lines=True, dtype=False) for f in files], ignore_index=True)
    df["source"] = "handwritten"
    return df


def load_dev(path: Path = DEFAULT_DEV) -> pd.DataFrame:
    """The development set, read as written (UTF-8, no normalisation, empty = unknown)."""
    return pd.read_csv(path, encoding="utf-8", keep_default_na=False, na_values=[""],
                       dtype={"message": str})


def splits(df: pd.DataFrame, seed: int = 0) -> tuple[pd.DataFrame, pd.DataFrame]:
    """80/20 split stratified by label and language."""
    strata = df["label"].astype(str) + df["language"].astype(str)
    train, test = train_test_split(df, test_size=0.2, random_state=seed, stratify=strata)
    return train, test


def _report(name: str, y: np.ndarray, risk: np.ndarray, threshold: float,
            lang: np.ndarray | None) -> dict[str, Any]:
    m = metrics(y, risk, threshold=threshold)
    if lang is not None:
        m["per_language"] = {
            g: metrics(y[lang == g], risk[lang == g], threshold=threshold)
            for g in sorted(set(lang))
        }
    return m


def build(
    out: Path = ROOT / "models" / "recruitscore-default.skops",
    dev_path: Path = DEFAULT_DEV,
    n_generated: int = 6000,
    seed: int = 0,
    log: Any = None,
) -> Model:
    """Build, evaluate and save the default model; returns it."""
    say = (lambda msg: print(msg, file=sys.stderr, flush=True)) if log is None else log
    t0 = time.perf_counter()
    hw = load_handwritten()
    gen = generate_corpus(n_generated, seed=seed)
    dev = load_dev(dev_path)
    hw_train, hw_test = splits(hw, seed)
    gen_train, gen_test = splits(gen, seed)
    train_df = pd.concat([hw_train, gen_train], ignore_index=True)
    y_train = train_df["label"].to_numpy(dtype=np.int64)
    y_dev = dev["label"].to_numpy(dtype=np.int64)
    say(f"data: {len(hw_train)}+{len(hw_test)} hand-written, {len(gen_train)}+{len(gen_test)} "
        f"generated, {len(dev)} dev")

    results = []
    for name, params, w in CANDIDATES:
        sw = np.r_[np.ones(len(hw_train)), np.full(len(gen_train), w)]
        est = RiskModel(calibration_cv=0, random_state=seed, **params)
        est.fit(train_df, y_train, sample_weight=sw)
        d = est.decision_function(dev)
        results.append({"name": name, "params": params, "gen_weight": w,
                        "roc_auc": float(roc_auc_score(y_dev, d)),
                        "pr_auc": float(average_precision_score(y_dev, d))})
        say(f"  {name}: dev ROC-AUC {results[-1]['roc_auc']:.3f} PR-AUC "
            f"{results[-1]['pr_auc']:.3f}")
    best = max(results, key=lambda r: (round(r["pr_auc"], 3), round(r["roc_auc"], 3),
                                       -r["params"]["C"]))
    say(f"chosen: {best['name']}")

    sw = np.r_[np.ones(len(hw_train)), np.full(len(gen_train), best["gen_weight"])]
    est = RiskModel(calibration_cv=0, random_state=seed, **best["params"])
    est.fit(train_df, y_train, sample_weight=sw)
    est.calibrate(dev, y_dev)
    risk_dev = est.predict_proba(dev)[:, 1]
    threshold = choose_threshold(y_dev, risk_dev)
    medium = min(recall_threshold(y_dev, risk_dev, 0.98), round(threshold / 2, 6))

    evaluation = {
        "dev": _report("dev", y_dev, risk_dev, threshold, dev["language"].to_numpy()),
    }
    evaluation["dev"]["ci95"] = bootstrap_ci(y_dev, risk_dev, threshold=threshold, seed=seed)
    for name, part in (("handwritten_test", hw_test), ("generated_test", gen_test)):
        r = est.predict_proba(part)[:, 1]
        evaluation[name] = _report(name, part["label"].to_numpy(dtype=np.int64), r, threshold,
                                   part["language"].to_numpy())
    weights = est.feature_weights()
    sig_w = weights[weights.kind == "signal"].set_index("feature")["weight"]
    int_w = weights[weights.kind == "interaction"].set_index("feature")["weight"]
    prof_w = weights[weights.kind == "profile"].set_index("feature")["weight"]
    manifest: dict[str, Any] = {
        "threshold": threshold,
        "medium_threshold": medium,
        "threshold_rule": "max F1 on the development set (high band); the lower of half that "
                          "and the level keeping recall >= 0.98 on it (medium band)",
        "params": {**best["params"], "class_weight": "balanced", "ngram_range": [1, 2],
                   "min_df": est.min_df, "gen_weight": best["gen_weight"], "seed": seed,
                   "calibrated_on": "the development set (approaches-dev, 200 rows)"},
        "selection": {"rule": "highest PR-AUC of the raw logit on the development set "
                              "(ties: ROC-AUC, then smaller C)",
                      "results": [{k: r[k] for k in ("name", "roc_auc", "pr_auc")}
                                  for r in results]},
        "training": {
            "n": len(train_df),
            "n_positive": int(y_train.sum()),
            "sha256": data_hash(train_df, ["message", "label", "sender_headline",
                                           "sender_company", "sender_company_url",
                                           "sender_connections", "sender_account_age_days",
                                           "sender_has_photo", "target_headline"]),
            "parts": {
                "hand-written": f"{len(hw_train)} of {len(hw)} rows (data/handwritten, 20% "
                                f"held out, seed {seed})",
                "generated": f"{len(gen_train)} of {n_generated} rows "
                             f"(recruitscore.corpus, seed {seed}; 20% held out), sample "
                             f"weight {best['gen_weight']}",
            },
        },
        "dev_set": {"path": "shared/datasets/approaches-dev/approaches-dev.csv",
                    "sha256": DEV_SHA256, "n": len(dev)},
        "evaluation": evaluation,
        "signal_weights": {n: round(float(sig_w[n]), 4) for n in SIGNAL_NAMES},
        "interaction_weights": {f"{a} + {b}": round(float(int_w[f"{a}__{b}"]), 4)
                                for a, b in INTERACTIONS if f"{a}__{b}" in int_w},
        "profile_weights": {n: round(float(prof_w[n]), 4) for n in PROFILE_FEATURES},
    }
    model = Model(est, manifest)
    model.save(out)
    (out.parent / "MODEL_CARD.md").write_text(render_card(model.manifest), encoding="utf-8")
    say(f"wrote {out} ({out.stat().st_size / 1e6:.2f} MB) in {time.perf_counter() - t0:.0f}s")
    return model


def main(argv: list[str] | None = None) -> int:
    """Command line: build the default model and print its evaluation as JSON."""
    p = argparse.ArgumentParser(prog="python -m recruitscore.build", description=__doc__)
    p.add_argument("--out", type=Path, default=ROOT / "models" / "recruitscore-default.skops")
    p.add_argument("--dev", type=Path, default=DEFAULT_DEV)
    p.add_argument("--n-generated", type=int, default=6000)
    p.add_argument("--seed", type=int, default=0)
    args = p.parse_args(argv)
    if not args.dev.exists():
        print(f"error: development set not found: {args.dev}", file=sys.stderr)
        return 2
    model = build(args.out, args.dev, args.n_generated, args.seed)
    summary = {k: {m: v[m] for m in ("n", "roc_auc", "pr_auc", "recall", "fpr", "ece")}
               | {"per_language": {g: {m: lv[m] for m in ("roc_auc", "pr_auc", "recall", "fpr",
                                                          "ece")}
                                   for g, lv in v.get("per_language", {}).items()}}
               for k, v in model.manifest["evaluation"].items()}
    print(json.dumps({"threshold": model.threshold, "evaluation": summary}, indent=2))
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
