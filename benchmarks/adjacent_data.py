"""Do real adjacent data sets help the model on real approaches?

    python benchmarks/adjacent_data.py

Trains the shipped pipeline (its hyper-parameters, from its manifest) on the real messages and
the hand-written training split, as ``python -m training.build`` does, with and without real
job ads (EMSCAD, balanced subset: 866 fraudulent and 1,000 legitimate ads) or real SMS (Mishra &
Soni: smishing and spam against ham) added as extra rows at a lower weight, each set one source
of its own. The extra rows never calibrate the model nor set its threshold. Prints the
leave-source-out ROC-AUC on the real messages, overall and in French (the mean over the shipped
number of repeats of the grouped folds). Needs ``../shared/datasets``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "src"))
SHARED = ROOT.parent / "shared" / "datasets"

from training.build import (  # noqa: E402
    REAL_WEIGHT,
    RECRUITER_KINDS,
    _auc,
    hw_training_rows,
    load_handwritten,
    load_real,
    splits,
)

from recruitscore.model import TrainParams, load_model, train  # noqa: E402
from recruitscore.tables import read_table  # noqa: E402

#: every column the build trains on (the profile numbers too, so that "none" is the shipped
#: pipeline)
COLUMNS = ["message", "label", "group", "kind", "source", "language", "sender_headline",
           "sender_company", "sender_company_url", "sender_connections",
           "sender_account_age_days", "sender_has_photo", "target_headline", "sender_name"]


def emscad() -> pd.DataFrame:
    ads = read_table(SHARED / "emscad-balanced-text" / "train_balanced.csv",
                     column_map={"text": "message"})
    return pd.DataFrame({"message": ads["message"], "label": ads["fraudulent"].astype(int),
                         "group": "emscad", "kind": "job_ad", "source": "emscad",
                         "language": "en"})


def sms() -> pd.DataFrame:
    texts = pd.read_csv(SHARED / "sms-phishing-mishra-soni" / "Dataset_5971.csv")
    return pd.DataFrame({"message": texts["TEXT"],
                         "label": (texts["label"].str.lower() != "ham").astype(int),
                         "group": "sms", "kind": "sms", "source": "sms", "language": "en"})


def main() -> int:
    shipped = load_model()
    params = TrainParams(**{k: v for k, v in shipped.manifest["params"].items()
                            if k in TrainParams.__dataclass_fields__})
    real = load_real()
    hw_train, _ = splits(load_handwritten(), 0)
    hw_train = hw_training_rows(hw_train)
    print("| extra rows | weight | real ROC-AUC | real fr ROC-AUC |\n|---|---:|---:|---:|")
    for name, extra, weight in (("none", None, 0.0), ("EMSCAD job ads", emscad(), 0.3),
                                ("EMSCAD job ads", emscad(), 1.0), ("SMS", sms(), 0.3)):
        parts = [real, hw_train] + ([extra] if extra is not None else [])
        df = pd.concat(parts, ignore_index=True)
        df = df[[c for c in COLUMNS if c in df.columns]]
        is_real = (df["source"] == "real").to_numpy()
        adjacent = df["source"].isin(["emscad", "sms"]).to_numpy()
        y = df["label"].to_numpy(dtype=np.int64)
        recruiter = is_real & df["kind"].isin(RECRUITER_KINDS).to_numpy() & (y == 0)
        weights = np.where(is_real, REAL_WEIGHT, np.where(adjacent, weight, 1.0))
        model = train(df.drop(columns=["group", "kind", "source"]), params=params,
                      groups=df["group"].astype(str).tolist(), sample_weight=weights,
                      fpr_mask=recruiter, calibrate_mask=~adjacent)
        fr = is_real & (df["language"] == "fr").to_numpy()
        reps = model.oof_repeats
        print(f"| {name} | {weight} | {np.mean([_auc(y[is_real], r[is_real]) for r in reps]):.3f} "
              f"| {np.mean([_auc(y[fr], r[fr]) for r in reps]):.3f} |", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
