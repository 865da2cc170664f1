"""Extra rows for the text part: what they buy against padding and short messages, and what
they cost on real messages.

    python benchmarks/augmentation.py

Trains the shipped pipeline (its hyper-parameters, from its manifest) on the build's rows, as
``python -m training.build`` does, with and without the extra rows of
:attr:`recruitscore.model.TrainParams.mixes` (each hostile row with a legitimate passage) and
:attr:`~recruitscore.model.TrainParams.fragments` (pieces of the legitimate rows). Prints, per
variant: the real messages' leave-source-out ROC-AUC (overall, French), recall and recruiter
false-positive rate at the variant's own threshold (means over the shipped number of repeats
of the grouped folds); the development set's ROC-AUC and ECE; and three robustness measures on
development data only: how many of the development set's hostile messages stay flagged with a
legitimate-looking recruiter paragraph appended (``benchmarks/hostile_input.py``), the share of
runs of one or two sentences of its legitimate messages that are flagged, and the share of
benign ``dev`` threads of ``data/conversations/`` flagged. Needs ``../shared/datasets``; about
a minute.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import conversations_eval  # noqa: E402
import hostile_input  # noqa: E402
from training.build import (  # noqa: E402
    DEFAULT_DEV,
    REAL_WEIGHT,
    RECRUITER_KINDS,
    _auc,
    hw_training_rows,
    load_dev,
    load_handwritten,
    load_real,
    splits,
)

import recruitscore as rs  # noqa: E402
from recruitscore.evaluate import expected_calibration_error  # noqa: E402
from recruitscore.model import TrainParams, load_model, train  # noqa: E402
from recruitscore.text import sentences  # noqa: E402

VARIANTS = (("none", 0, 0), ("mixes", 0, 1), ("fragments", 2, 0), ("both", 2, 1))


def pieces(messages: pd.Series) -> list[str]:
    """Runs of one or two sentences (three words or more) of each message, shorter than it."""
    out = []
    for msg in messages:
        parts = sentences(msg)
        for k in (1, 2):
            for i in range(len(parts) - k + 1):
                text = " ".join(parts[i:i + k])
                if k < len(parts) and len(text.split()) >= 3:
                    out.append(text)
    return out


def main() -> int:
    if not DEFAULT_DEV.exists():
        print(f"development set not found at {DEFAULT_DEV}")
        return 1
    shipped = load_model()
    base = {k: v for k, v in shipped.manifest["params"].items()
            if k in TrainParams.__dataclass_fields__}
    real = load_real()
    hw_train, _ = splits(load_handwritten(), 0)
    hw_train = hw_training_rows(hw_train)
    df = pd.concat([real, hw_train], ignore_index=True)
    y = df["label"].to_numpy(dtype=np.int64)
    is_real = (df["source"] == "real").to_numpy()
    recruiter = is_real & df["kind"].isin(RECRUITER_KINDS).to_numpy() & (y == 0)
    fr = (df["language"] == "fr").to_numpy()[is_real]
    y_real = y[is_real]
    dev = load_dev(DEFAULT_DEV)
    y_dev = dev["label"].to_numpy(dtype=np.int64)
    hostile = dev[dev["label"] == 1].reset_index(drop=True)
    padded = hostile.assign(message=hostile_input.with_paragraph(hostile["message"],
                                                                 hostile["language"]))
    runs = pd.DataFrame({"message": pieces(dev.loc[dev["label"] == 0, "message"])})
    print("| extra rows | real ROC-AUC | French | recall | recruiters flagged | dev ROC-AUC | "
          "dev ECE | dev hostile flagged: alone, with the paragraph | dev legitimate pieces "
          f"flagged ({len(runs)}) | benign dev threads flagged |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as tmp:
        for name, fragments, mixes in VARIANTS:
            params = TrainParams(**{**base, "fragments": fragments, "mixes": mixes})
            model = train(df, params=params, groups=df["group"].astype(str).tolist(),
                          sample_weight=np.where(is_real, REAL_WEIGHT, 1.0),
                          fpr_mask=recruiter)
            thr = model.threshold
            reps = model.oof_repeats[:, is_real]
            r_dev = model.predict_risk(dev)
            alone = int(rs.score_frame(hostile, model=model)["flagged"].sum())
            with_pad = int(rs.score_frame(padded, model=model)["flagged"].sum())
            piece_rate = float(rs.score_frame(runs, model=model)["flagged"].mean())
            path = model.save(Path(tmp) / f"{name}.npz")
            threads = conversations_eval.evaluate(str(path))["dev"]["risk"]["fpr"]
            print(f"| {name} | {np.mean([_auc(y_real, r) for r in reps]):.3f} "
                  f"| {np.mean([_auc(y_real[fr], r[fr]) for r in reps]):.3f} "
                  f"| {np.mean([(r[y_real == 1] >= thr).mean() for r in reps]):.2f} "
                  f"| {np.mean([(r[recruiter[is_real]] >= thr).mean() for r in reps]):.3f} "
                  f"| {_auc(y_dev, r_dev):.3f} | {expected_calibration_error(y_dev, r_dev):.3f} "
                  f"| {alone}, {with_pad} | {piece_rate:.1%} | {threads:.0%} |", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
