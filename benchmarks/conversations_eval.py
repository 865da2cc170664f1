"""Evaluate conversation scoring on the hand-written threads of data/conversations/.

    python benchmarks/conversations_eval.py [--model MODEL] [--json]

The threads carry a fixed ``split`` (every third thread of each label and language is ``dev``,
the rest ``test``). Nothing is fitted on them: the dev split is only where the way of combining
the per-message and cumulative scores was compared; every figure printed for ``test`` is on
threads that were not looked at for that choice.

Figures: ROC-AUC of the conversation risk (hostile vs benign), recall and false-positive rate at
the model's threshold, recall on exactly the hostile threads whose first message alone is not
flagged, the median escalation turn, and the expected calibration error (5 equal-width bins),
next to baselines and alternatives: the first message alone, the riskiest single message, the
riskiest cumulative window, and that window with the message alone counted only when it is the
first or carries a red flag (``alone_if_flagged``, compared on the dev threads and not adopted).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.metrics import roc_auc_score

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import recruitscore as rs  # noqa: E402
from recruitscore.conversations import score_threads  # noqa: E402
from recruitscore.evaluate import expected_calibration_error  # noqa: E402

PROFILE = {"headline": "sender_headline", "company": "sender_company",
           "connections": "sender_connections", "account_age_days": "sender_account_age_days",
           "has_photo": "sender_has_photo"}


RULES = ("risk", "first_message", "max_message", "max_cumulative", "alone_if_flagged")


def load_threads(path: Path = ROOT / "data" / "conversations" / "threads.jsonl") -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def messages_frame(threads: list[dict]) -> pd.DataFrame:
    """One row per message; the counterpart's profile on every row (only inbound rows are
    scored); names never enter."""
    rows = []
    for th in threads:
        prof = {dst: th["counterpart"].get(src) for src, dst in PROFILE.items()}
        for m in th["messages"]:
            rows.append({"conversation_id": th["thread_id"], "date": m["date"],
                         "message": m["text"], "inbound": m["from"] == "them",
                         "target_headline": th["target_headline"], **prof})
    df = pd.DataFrame(rows)
    for col in ("sender_connections", "sender_account_age_days", "sender_has_photo"):
        df[col] = df[col].astype("object").where(df[col].notna(), None)
    return df


def evaluate(model_path: str | None = None) -> dict:
    model = rs.load_model(model_path) if model_path else rs.scoring.get_default_model()
    thr = model.threshold
    threads = load_threads()
    meta = pd.DataFrame([{k: th[k] for k in ("thread_id", "label", "language", "split",
                                              "opener_innocent")} for th in threads])
    msgs, conv = score_threads(messages_frame(threads), model=model)
    inb = msgs[msgs["inbound"]]
    from recruitscore.signals import REGISTRY

    # a rule compared on the dev threads and not adopted (docs/conversations.md): the
    # cumulative window, and the message alone only when it is the first or has a red flag
    risky = {s.name for s in REGISTRY if s.polarity == "risk"}
    inb = inb.assign(_k=inb.groupby("conversation_id", sort=False).cumcount(),
                     _flag=inb["signals"].map(lambda v: bool(set(str(v).split(";")) & risky)))
    inb = inb.assign(_b=np.where((inb["_k"] == 0) | inb["_flag"],
                                 np.fmax(inb["risk"], inb["cumulative_risk"]),
                                 inb["cumulative_risk"]))
    first = inb.groupby("conversation_id", sort=False)["risk"].first()
    per_msg_max = inb.groupby("conversation_id", sort=False)["risk"].max()
    cum_max = inb.groupby("conversation_id", sort=False)["cumulative_risk"].max()
    c = conv.set_index("conversation_id")
    meta["risk"] = meta["thread_id"].map(c["risk"])
    meta["escalation_turn"] = meta["thread_id"].map(c["escalation_turn"])
    meta["first_message"] = meta["thread_id"].map(first)
    meta["max_message"] = meta["thread_id"].map(per_msg_max)
    meta["max_cumulative"] = meta["thread_id"].map(cum_max)
    meta["alone_if_flagged"] = meta["thread_id"].map(
        inb.groupby("conversation_id", sort=False)["_b"].max())
    out: dict = {"threshold": thr, "n_threads": len(meta)}
    for split in ("dev", "test"):
        s = meta[meta["split"] == split]
        y = s["label"].to_numpy()
        res: dict = {"n": len(s), "n_hostile": int(y.sum())}
        for rule in RULES:
            p = s[rule].to_numpy(dtype=float)
            res[rule] = {
                "roc_auc": round(float(roc_auc_score(y, p)), 4),
                "recall": round(float((p[y == 1] >= thr).mean()), 4),
                "fpr": round(float((p[y == 0] >= thr).mean()), 4),
                "ece": round(expected_calibration_error(y, p, bins=5), 4),
            }
        hidden = s[(s["label"] == 1) & (s["first_message"] < thr)]
        res["first_message_not_flagged"] = {
            "n": len(hidden),
            "recall": (round(float((hidden["risk"] >= thr).mean()), 4) if len(hidden)
                       else None),
            "median_escalation_turn": (float(hidden["escalation_turn"].dropna().median())
                                       if hidden["escalation_turn"].notna().any() else None),
        }
        for lang in ("en", "fr"):
            sl = s[s["language"] == lang]
            res[f"roc_auc_{lang}"] = round(float(roc_auc_score(sl["label"], sl["risk"])), 4)
        out[split] = res
    out["missed_test"] = meta[(meta["split"] == "test") & (meta["label"] == 1)
                              & (meta["risk"] < thr)]["thread_id"].tolist()
    out["false_alarms_test"] = meta[(meta["split"] == "test") & (meta["label"] == 0)
                                    & (meta["risk"] >= thr)]["thread_id"].tolist()
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", default=None)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    res = evaluate(args.model)
    if args.json:
        print(json.dumps(res, indent=2))
        return
    print(f"threshold {res['threshold']:.3f}, {res['n_threads']} threads")
    for split in ("dev", "test"):
        r = res[split]
        print(f"\n{split}: {r['n']} threads ({r['n_hostile']} hostile); ROC-AUC EN "
              f"{r['roc_auc_en']:.3f}, FR {r['roc_auc_fr']:.3f}")
        print(f"  {'rule':<18}{'ROC-AUC':>9}{'recall':>8}{'FPR':>7}{'ECE':>7}")
        for rule in RULES:
            m = r[rule]
            name = "conversation" if rule == "risk" else rule
            print(f"  {name:<18}{m['roc_auc']:>9.3f}{m['recall']:>8.3f}{m['fpr']:>7.3f}"
                  f"{m['ece']:>7.3f}")
        h = r["first_message_not_flagged"]
        print(f"  hostile threads whose first message alone is not flagged: {h['n']}; "
              f"caught by the conversation score: {h['recall']}; median escalation turn "
              f"{h['median_escalation_turn']}")
    print(f"\ntest misses: {res['missed_test']}\ntest false alarms: {res['false_alarms_test']}")


if __name__ == "__main__":
    main()
