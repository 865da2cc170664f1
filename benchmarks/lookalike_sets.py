"""The shipped model on sets written by helpers who saw neither the code nor the data.

    python benchmarks/lookalike_sets.py [--json FILE]

* **Set L** (``benchmarks/lookalike/set_l.jsonl``, brief ``BRIEF_L.md`` beside it): 160
  approaches, 80 hostile and 80 legitimate look-alikes, half French, written blind for the
  eighteenth session and never read for patterns. Printed: ROC-AUC, the share of hostile and
  legitimate rows flagged and the share with a red flag, overall, per language and on the rows
  marked subtle.
* **Set P** (``benchmarks/lookalike/set_p.jsonl``, brief ``BRIEF_P.md``): 280 legitimate
  messages, 140 English and 140 French, most of them sharing words with a red flag for an
  innocent reason. Rows with an odd number were read to find wrong fires (rule R36-D of the
  notes of issue 9); rows with an even number are held out. Printed per language and half: the
  share with a red flag and the share flagged.

* **Set JK** (``benchmarks/lookalike/set_jk.jsonl``, brief ``BRIEF_JK.md``): 206 hand-written
  recruitment-fraud, lure and look-alike cases in the format of ``data/handwritten`` (English
  and French), written for the nineteenth session as batches J and K and not adopted for
  training (rule R36-J of the notes of issue 9); 34 rows that reworded rows of batches F and G
  were left out. Printed as for set L.

* **Set Q** (``benchmarks/lookalike/set_q.jsonl``, brief ``BRIEF_Q.md``): 120 approaches, 60
  hostile (most espionage-style rows subtle) and 60 legitimate look-alikes, half French, each
  with a sender profile whose numbers overlap between the labels by design; written blind for
  the twentieth session and never read. Printed as for set L, plus the whole set scored with
  the profile numbers and photo blanked (how much the score leans on them).

They sit here, not in ``data/``, because they are measurements only: nothing is trained on them
and no generated list (``tools/common_words.py`` reads ``data/``) is built from them.

No set is trained on; they measure, so read them as one more outside view, not a target.
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
from recruitscore.schema import BOOL_FIELDS, FIELDS, INT_FIELDS  # noqa: E402

PROBES = ROOT / "benchmarks" / "lookalike"
RED_FLAGS = frozenset(s.name for s in rs.list_signals() if s.polarity == "risk")


def _read(path: Path) -> pd.DataFrame:
    return pd.DataFrame([json.loads(line) for line in path.read_text("utf-8").splitlines()
                         if line.strip()])


def _scored(df: pd.DataFrame) -> pd.DataFrame:
    fields = [c for c in FIELDS if c in df.columns]
    out = rs.score_frame(df[fields])
    red = out["signals"].map(lambda s: any(n in RED_FLAGS for n in str(s).split(";")))
    return df.assign(risk=out["risk"].to_numpy(), flagged=out["flagged"].to_numpy(),
                     red=red.to_numpy())


#: The profile numbers and the photo flag, blanked for set Q's second reading.
PROFILE_NUMBERS = INT_FIELDS + BOOL_FIELDS


def labelled(name: str, blank_profile: bool = False) -> dict[str, dict[str, float]]:
    """A labelled set's figures (sets L, JK, Q): overall, per language and on the subtle
    rows; with ``blank_profile``, the profile numbers and photo left out before scoring."""
    raw = _read(PROBES / name)
    if blank_profile:
        raw = raw.drop(columns=[c for c in PROFILE_NUMBERS if c in raw.columns])
    df = _scored(raw)
    parts = {"all": np.ones(len(df), dtype=bool)}
    parts.update({lang: (df["language"] == lang).to_numpy()
                  for lang in sorted(df["language"].unique())})
    subtle = df["subtle"].fillna(False).astype(bool).to_numpy()
    legit = df["label"].astype(int).to_numpy() == 0
    # the subtle hostile rows against the legitimate ones (all of them where none is marked)
    parts["subtle"] = subtle | (legit if not (subtle & legit).any() else False)
    out = {}
    for name, mask in parts.items():
        part = df[mask]
        y = part["label"].astype(int).to_numpy()
        hostile, legit = part[y == 1], part[y == 0]
        out[name] = {"n": len(part),
                     "roc_auc": float(roc_auc_score(y, part["risk"].to_numpy())),
                     "hostile_flagged": float(hostile["flagged"].mean()),
                     "legitimate_flagged": float(legit["flagged"].mean()),
                     "hostile_red_flag": float(hostile["red"].mean()),
                     "legitimate_red_flag": float(legit["red"].mean())}
    return out


def set_p() -> dict[str, dict[str, float]]:
    """Set P's figures per language and half (odd ids read, even ids held out)."""
    df = _scored(_read(PROBES / "set_p.jsonl"))
    number = df["id"].str.extract(r"(\d+)$")[0].astype(int)
    df["half"] = np.where(number % 2 == 1, "read", "held out")
    out = {}
    for (lang, half), part in df.groupby(["language", "half"], sort=True):
        out[f"{lang} {half}"] = {"n": len(part), "red_flag": float(part["red"].mean()),
                                 "flagged": float(part["flagged"].mean())}
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--json", type=Path, help="also write the figures here")
    args = p.parse_args(argv)
    figures = {"set_l": labelled("set_l.jsonl"), "set_jk": labelled("set_jk.jsonl"),
               "set_q": labelled("set_q.jsonl"),
               "set_q_no_profile": labelled("set_q.jsonl", blank_profile=True),
               "set_p": set_p()}
    for key, title in (("set_l", "Set L (80 hostile, 80 legitimate look-alikes; blind):"),
                       ("set_jk", "Set JK (92 hostile fraud and lures, 114 legitimate "
                                  "look-alikes; not trained on):"),
                       ("set_q", "Set Q (60 hostile, 60 legitimate look-alikes, with sender "
                                 "profiles; blind):"),
                       ("set_q_no_profile", "Set Q, profile numbers and photo blanked:")):
        print(title)
        print("| part | n | ROC-AUC | hostile flagged | legitimate flagged | hostile red flag "
              "| legitimate red flag |")
        print("|---|---:|---:|---:|---:|---:|---:|")
        for name, f in figures[key].items():
            print(f"| {name} | {f['n']} | {f['roc_auc']:.3f} | {f['hostile_flagged']:.1%} | "
                  f"{f['legitimate_flagged']:.1%} | {f['hostile_red_flag']:.1%} | "
                  f"{f['legitimate_red_flag']:.1%} |")
        print()
    print("Set P (legitimate look-alikes; odd ids read for wrong fires, even ids held out):")
    print("| part | n | a red flag | flagged |")
    print("|---|---:|---:|---:|")
    for name, f in figures["set_p"].items():
        print(f"| {name} | {f['n']} | {f['red_flag']:.1%} | {f['flagged']:.1%} |")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
