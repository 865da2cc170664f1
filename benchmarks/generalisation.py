"""Generalisation to real messages: leave-source-out evaluation on the real corpus.

    python benchmarks/generalisation.py [--json out.json] [--seeds 5] [--without REGEX]

Every real message (``data/real``) is scored by models that never saw a row of its source
(sources: a site, or a repository on GitHub; folds stratified and grouped by source, seed 0,
and the shipped number of repeats of them: the first is tabled, all are summarised).
Each fold trains on the other real sources plus the training part of the hand-written cases,
exactly as ``python -m training.build`` does, and compares:

(a) the shipped model's pipeline (its hyper-parameters, read from its manifest; sign-constrained
    decision stage, bounded text part; calibrated out of fold);
(b) a plain TF-IDF word 1-2 grams + logistic regression trained on the same rows;
(c) the signals alone (a logistic regression over the 0/1 signals).

It prints ROC-AUC overall, per language and per kind (for each kind: the mean risk, since a kind
holds one label), the recall on hostile messages and the false-positive rate on legitimate
recruiter and headhunter messages at the shipped threshold, the share of real legitimate
messages flagged by length (at most 30 words, 31-60, more), and how often each signal fires on
real hostile and real legitimate messages (signal coverage).

With ``--seeds N`` it also refits the shipped pipeline with the folds drawn with seeds 0..N-1
(the same sources, another assignment of sources to folds; the threshold set again on each
seed's out-of-fold risks) and prints the spread of ROC-AUC, French ROC-AUC, recall and the
recruiters' false-positive rate: how much of a difference between two figures is fold noise.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "src"))

from training.build import (  # noqa: E402
    REAL_WEIGHT,
    RECRUITER_KINDS,
    _auc,
    hw_training_rows,
    load_handwritten,
    load_real,
    loso_baselines,
    loso_figures,
    repeat_spread,
    signal_matrix,
    splits,
    spread,
)

from recruitscore.model import Model, TrainParams, load_model, train  # noqa: E402
from recruitscore.signals import SIGNAL_NAMES  # noqa: E402


def fmt(v: float) -> str:
    return f"{v:.3f}"


def without(pattern: str, real: pd.DataFrame, hw_train: pd.DataFrame, model: Model,
            is_real: np.ndarray, rec: np.ndarray, thr: float) -> dict[str, float]:
    """The model's and TF-IDF's figures on the real rows whose id does not match
    ``pattern``, means over the repeats of the folds (each trained on every row)."""
    rx = re.compile(pattern)
    keep = np.array([rx.search(i) is None for i in real["id"].astype(str)], dtype=bool)
    y = real["label"].to_numpy(dtype=np.int64)
    lang = real["language"].to_numpy()
    reps = model.oof_repeats[:, is_real] if model.oof_repeats is not None else (
        model.oof[is_real][None, :])
    runs = loso_baselines(real, hw_train, 0, len(reps))

    def mean_auc(mask: np.ndarray, rows: list[np.ndarray]) -> float:
        return float(np.mean([_auc(y[mask], r[mask]) for r in rows]))

    return {"n": int(keep.sum()), "repeats": len(reps),
            "roc_auc": mean_auc(keep, list(reps)),
            "en": mean_auc(keep & (lang == "en"), list(reps)),
            "fr": mean_auc(keep & (lang == "fr"), list(reps)),
            "tfidf_roc_auc": mean_auc(keep, [run["tfidf_lr"] for run in runs]),
            "recall": float(np.mean([np.mean(r[keep & (y == 1)] >= thr) for r in reps])),
            "recruiter_fpr": float(np.mean([np.mean(r[keep & rec] >= thr) for r in reps]))}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--json", type=Path, help="also write the figures here")
    p.add_argument("--seeds", type=int, default=0,
                   help="also refit with the folds drawn with this many seeds (spread)")
    p.add_argument("--without", metavar="REGEX",
                   help="also report on the rows whose id does not match REGEX (e.g. the "
                        "corpus before a collection round: '^(SP16|FR16|EH16)-'), training "
                        "on every row as usual")
    args = p.parse_args(argv)
    shipped = load_model()
    params = {k: v for k, v in shipped.manifest["params"].items()
              if k in TrainParams.__dataclass_fields__}
    real = load_real().reset_index(drop=True)
    hw_train, _ = splits(load_handwritten(), 0)
    hw_train = hw_training_rows(hw_train)
    df = pd.concat([real, hw_train], ignore_index=True)
    is_real = (df["source"] == "real").to_numpy()
    y = df["label"].to_numpy(dtype=np.int64)
    recruiter = is_real & df["kind"].isin(RECRUITER_KINDS).to_numpy() & (y == 0)

    def fit(seed: int) -> Model:
        return train(df, params=TrainParams(**{**params, "seed": seed}),
                     groups=df["group"].astype(str).tolist(),
                     sample_weight=np.where(is_real, REAL_WEIGHT, 1.0), fpr_mask=recruiter)

    model = fit(int(params.get("seed", 0)))
    risks = {"shipped pipeline": model.oof[is_real]}
    risks.update({{"tfidf_lr": "TF-IDF + LR", "signals_only": "signals only"}[k]: v
                  for k, v in loso_baselines(real, hw_train)[0].items()})
    yr = real["label"].to_numpy(dtype=np.int64)
    lang = real["language"].to_numpy()
    kind = real["kind"].to_numpy()
    rec = (yr == 0) & np.isin(kind, RECRUITER_KINDS)
    thr = model.threshold
    out: dict[str, object] = {"n": len(real), "n_hostile": int(yr.sum()),
                              "sources": int(real["group"].nunique()), "threshold": thr,
                              "models": {}}
    lines = [f"Real messages: {len(real)} ({int(yr.sum())} hostile) from "
             f"{real['group'].nunique()} sources; leave-source-out, 5 grouped folds.", "",
             "| model | ROC-AUC | EN | FR | recall (hostile) | FPR (recruiters) |",
             "|---|---:|---:|---:|---:|---:|"]
    for name, r in risks.items():
        row = {"roc_auc": _auc(yr, r), "en": _auc(yr[lang == "en"], r[lang == "en"]),
               "fr": _auc(yr[lang == "fr"], r[lang == "fr"])}
        if name == "shipped pipeline":
            row["recall"] = float(np.mean(r[yr == 1] >= thr))
            row["recruiter_fpr"] = float(np.mean(r[rec] >= thr))
        row["mean_risk_per_kind"] = {k: float(np.mean(r[kind == k])) for k in sorted(set(kind))}
        out["models"][name] = row  # type: ignore[index]
        lines.append(f"| {name} | {fmt(row['roc_auc'])} | {fmt(row['en'])} | {fmt(row['fr'])} | "
                     + (f"{fmt(row['recall'])} | {fmt(row['recruiter_fpr'])} |"
                        if "recall" in row else "- | - |"))
    reps = model.oof_repeats
    if reps is not None and len(reps) > 1:
        summary = repeat_spread(reps[:, is_real], yr, lang, rec, thr)
        out["repeats"] = summary
        lines += ["", f"Shipped pipeline over its {len(reps)} repeats of the grouped folds "
                  "(the threshold is fitted on them pooled; the table above is the first):", "",
                  "| measure | mean | min | max |", "|---|---:|---:|---:|"]
        lines += [f"| {k} | {fmt(v['mean'])} | {fmt(v['min'])} | {fmt(v['max'])} |"
                  for k, v in summary.items()]
    # the length confound (data/DATASHEET.md): legitimate messages flagged by length
    words = real["message"].astype(str).str.split().str.len().to_numpy()
    bins = (("<= 30 words", words <= 30), ("31-60 words", (words > 30) & (words <= 60)),
            ("> 60 words", words > 60))
    runs = reps[:, is_real] if reps is not None else model.oof[is_real][None, :]
    by_length = {}
    for name, m in bins:
        legit = m & (yr == 0)
        by_length[name] = {"n": int(legit.sum()), "flagged": float(np.mean(
            [np.mean(r[legit] >= thr) for r in runs])) if legit.any() else float("nan")}
    out["legitimate_flagged_by_length"] = by_length
    lines += ["", f"Real legitimate messages flagged, by length (mean over {len(runs)} "
              "repeats):", "", "| length | n | flagged |", "|---|---:|---:|"]
    lines += [f"| {k} | {v['n']} | {v['flagged']:.1%} |" for k, v in by_length.items()]
    lines += ["", "Mean risk per kind (out of fold):", "",
              "| kind | label | n | " + " | ".join(risks) + " |",
              "|---|---:|---:|" + "---:|" * len(risks)]
    for k in sorted(set(kind)):
        lab = int(yr[kind == k][0])
        lines.append(f"| {k} | {lab} | {int(np.sum(kind == k))} | " + " | ".join(
            f"{out['models'][n]['mean_risk_per_kind'][k]:.3f}" for n in risks) + " |")  # type: ignore[index]
    sig = signal_matrix(real).astype(bool)
    risky = np.array([p == "risk" for p in shipped.linear.polarity])
    cov = {"hostile_any_red_flag": float(sig[yr == 1][:, risky].any(axis=1).mean()),
           "recruiter_any_red_flag": float(sig[rec][:, risky].any(axis=1).mean()),
           "legitimate_any_red_flag": float(sig[yr == 0][:, risky].any(axis=1).mean()),
           "per_signal": {n: [float(sig[yr == 1, j].mean()), float(sig[yr == 0, j].mean())]
                          for j, n in enumerate(SIGNAL_NAMES)}}
    out["signal_coverage"] = cov
    lines += ["", f"At least one red flag fires on {cov['hostile_any_red_flag']:.0%} of the real "
              f"hostile messages, {cov['recruiter_any_red_flag']:.0%} of the real recruiter and "
              f"headhunter messages and {cov['legitimate_any_red_flag']:.0%} of all real "
              "legitimate ones.", "", "| signal | hostile | legitimate |", "|---|---:|---:|"]
    for n, (h, lg) in sorted(cov["per_signal"].items(), key=lambda kv: -kv[1][0]):
        if h or lg:
            lines.append(f"| `{n}` | {h:.0%} | {lg:.0%} |")
    if args.without:
        out["without"] = without(args.without, real, hw_train, model, is_real, rec, thr)
        w = out["without"]
        lines += ["", f"On the {w['n']} rows whose id does not match {args.without!r} (trained "
                  f"on all rows; means over {w['repeats']} repeats of the folds): ROC-AUC "
                  f"{w['roc_auc']:.3f} (EN {w['en']:.3f}, FR {w['fr']:.3f}), TF-IDF + LR "
                  f"{w['tfidf_roc_auc']:.3f}, difference {w['roc_auc'] - w['tfidf_roc_auc']:+.3f}; "
                  f"recall {w['recall']:.3f} and recruiters flagged {w['recruiter_fpr']:.3f} at "
                  f"the threshold {thr:.3f}."]
    if args.seeds:
        per_seed = []
        for seed in range(args.seeds):
            m = model if seed == model.manifest["params"].get("seed", 0) else fit(seed)
            per_seed.append({"seed": seed, **loso_figures(m.oof[is_real], yr, lang, rec,
                                                          m.threshold)})
        out["fold_seeds"] = per_seed
        lines += ["", f"Shipped pipeline refitted with the folds of seeds 0-{args.seeds - 1} "
                  "(threshold set again each time):", "",
                  "| seed | ROC-AUC | FR | recall (hostile) | FPR (recruiters) |",
                  "|---:|---:|---:|---:|---:|"]
        lines += [f"| {x['seed']} | {fmt(x['roc_auc'])} | {fmt(x['roc_auc_fr'])} | "
                  f"{fmt(x['recall'])} | {fmt(x['recruiter_fpr'])} |" for x in per_seed]
        for key, name in (("roc_auc", "roc_auc"), ("roc_auc_fr", "fr"), ("recall", "recall")):
            v = spread([x[key] for x in per_seed])
            lines.append(f"{name}: mean {v['mean']:.3f}, min {v['min']:.3f}, max {v['max']:.3f}")
    print("\n".join(lines))
    if args.json:
        args.json.write_text(json.dumps(out, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
