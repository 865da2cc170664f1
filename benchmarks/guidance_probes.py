"""Signal and model coverage on the guidance probe sets (``data/probes/set_*.jsonl``).

Two helpers who never saw the signal code or any corpus each wrote, from ``RED-FLAGS.md`` only,
nine phrasings (five English, four French) of each of 36 text-measurable red flags plus one
legitimate counterexample per language. Set A was used to find the signals' misses and broaden
their patterns (written for the concept, with their own examples); set B was never read for
that and is the held-out measure. A third helper wrote set C in December 2026 from the same guide
(three English and three French hits per red flag, one counterexample per language; brief in
``data/probes/BRIEF_C.md``); its misses were read to broaden patterns as set A's were, so it is
not a held-out measure either. Another helper wrote set D from the same brief at the same time;
it is held out like set B (before the set C patterns its expected signals fired on 84.7% of its
hits, after them on 85.6%). Sets M and N (December 2026) were written the same way by two more
helpers, French first (four French and two English hits per red flag,
``data/probes/BRIEF_M.md``): M was read for misses, N is held out. See ``data/DATASHEET.md``,
part 4.

Printed per set and language: the share of hits on which one of the expected signals fires, the
share on which any red flag fires, the counterexamples on which an expected signal fires, and
the share of hits and counterexamples the shipped model flags (risk >= its threshold). With
``--per-flag``, the same per red flag.

Usage::

    python benchmarks/guidance_probes.py [--per-flag] [--misses A|C] [--json FILE]

``--misses A`` (or ``C``, ``M``) lists the hits of that set that no expected signal catches. Do
not list the misses of set B, D or N to write patterns from them: it would stop being a
held-out measure.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from recruitscore import load_model, score_frame  # noqa: E402
from recruitscore.signals import REGISTRY, extract_signals_frame  # noqa: E402

RISK = [s.name for s in REGISTRY if s.polarity == "risk"]
SETS = {name: ROOT / "data" / "probes" / f"set_{name.lower()}.jsonl" for name in "ABCDMN"}
#: How each set is used: A and C were read to write patterns from their misses; B and D never.
ROLES = {"A": "patterns written from its misses", "B": "held out",
         "C": "patterns written from its misses (December 2026)",
         "D": "held out (December 2026, a second helper with set C's brief)",
         "M": "patterns written from its misses (December 2026, French first)",
         "N": "held out (December 2026, a second helper with set M's brief)"}


def load(path: Path) -> pd.DataFrame:
    """One probe set: columns ``id, flag, kind, lang, expect, text``."""
    return pd.read_json(path, lines=True, dtype=False)


def evaluate(df: pd.DataFrame) -> pd.DataFrame:
    """Add ``expected_fires``, ``any_risk`` and ``flagged`` (the shipped model) to a probe set."""
    signals = extract_signals_frame(pd.DataFrame({"message": df["text"]}))
    df = df.copy()
    df["expected_fires"] = [bool(signals.loc[i, [n for n in exp if n in signals]].any())
                            for i, exp in zip(signals.index, df["expect"], strict=True)]
    df["any_risk"] = signals[[n for n in RISK if n in signals]].any(axis=1).to_numpy()
    model = load_model()
    scored = score_frame(pd.DataFrame({"id": df["id"], "message": df["text"]}), model=model)
    df["flagged"] = scored["flagged"].to_numpy()
    return df


def summary(df: pd.DataFrame, by: str | None = None) -> pd.DataFrame:
    """Rates per language (and per ``by`` column): hits caught, hits flagged, counters fired."""
    keys = ["lang"] if by is None else [by]
    hits, counters = df[df.kind == "hit"], df[df.kind == "counter"]
    out = pd.DataFrame({
        "hits": hits.groupby(keys).size(),
        "expected_signal": hits.groupby(keys)["expected_fires"].mean(),
        "any_red_flag": hits.groupby(keys)["any_risk"].mean(),
        "model_flags_hit": hits.groupby(keys)["flagged"].mean(),
        "counters": counters.groupby(keys).size(),
        "counter_signal_fires": counters.groupby(keys)["expected_fires"].sum(),
        "model_flags_counter": counters.groupby(keys)["flagged"].mean(),
    })
    if by is None:
        out.loc["all"] = [len(hits), hits.expected_fires.mean(), hits.any_risk.mean(),
                          hits.flagged.mean(), len(counters), counters.expected_fires.sum(),
                          counters.flagged.mean()]
    return out


def show(table: pd.DataFrame) -> str:
    """The table with rates as percentages and counts as integers."""
    shown = table.copy().astype(object)
    for col in table:
        rate = col not in ("hits", "counters", "counter_signal_fires")
        shown[col] = [f"{v:.1%}" if rate else f"{int(v)}" for v in table[col]]
    return shown.to_string()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--per-flag", action="store_true", help="also print the rates per red flag")
    ap.add_argument("--misses", choices=["A", "C", "M"],
                    help="list the hits of set A, C or M that no expected signal catches")
    ap.add_argument("--json", help="write the per-language figures to this file")
    args = ap.parse_args(argv)
    figures = {}
    pd.set_option("display.width", 140)
    for name, path in SETS.items():
        df = evaluate(load(path))
        table = summary(df)
        figures[name] = json.loads(table.to_json(orient="index"))
        print(f"\n# set {name} ({ROLES[name]})")
        print(show(table))
        if args.per_flag:
            print(show(summary(df, by="flag")))
        if args.misses == name:
            for r in df[(df.kind == "hit") & ~df.expected_fires].itertuples():
                print(f"- {r.id} [{r.lang}] expects {','.join(r.expect)}: {r.text!r}")
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
