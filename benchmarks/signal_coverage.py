"""Red-flag coverage of the signals on the real-message corpus (``data/real/*.jsonl``).

Coverage is the share of messages on which at least one signal of polarity ``risk`` fires.
The corpus is split by source into two halves, so that patterns can be studied on one half and
checked on the other: a row is in the DEVELOPMENT half when
``int(sha256(source_group(source_url)).hexdigest(), 16) % 2 == 0``, else in the CHECK half.

Printed per half: hostile coverage (target >= 80%), the red-flag rate on legitimate recruiter
and headhunter messages (target <= 20%) and on all legitimate messages; the same two rates
counted as the model card counts them (``*_card``: context signals such as ``web3_pitch`` count
too); then per kind (risk signals only).

Usage::

    python benchmarks/signal_coverage.py [--misses dev|check] [--fires dev|check] [--json FILE]

``--misses dev`` also lists the hostile rows of that half with no red flag; ``--fires dev``
lists the legitimate rows of that half with a red flag, and which signals fired. Only the
DEVELOPMENT half is meant to be read when writing patterns.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # training/
sys.path.insert(0, str(ROOT / "src"))

from training.build import load_real, source_group  # noqa: E402

from recruitscore.schema import FIELDS  # noqa: E402
from recruitscore.signals import REGISTRY, extract_signals_frame  # noqa: E402

RISK = [s.name for s in REGISTRY if s.polarity == "risk"]
#: Risk and context signals together (an older measure; the card now counts risk signals only).
NOT_BENIGN = [s.name for s in REGISTRY if s.polarity != "benign"]
RECRUITER_KINDS = ("recruiter", "headhunter")


def half(url: str) -> str:
    """``"dev"`` or ``"check"``: the half of the corpus a source belongs to."""
    digest = hashlib.sha256(source_group(url).encode()).hexdigest()
    return "dev" if int(digest, 16) % 2 == 0 else "check"


def load(folder: Path) -> pd.DataFrame:
    df = load_real(folder)
    df["half"] = df["source_url"].map(half)
    frame = extract_signals_frame(df[[c for c in FIELDS if c in df.columns]],
                                  signals=NOT_BENIGN)
    flags = frame[RISK]
    df["n_risk"] = flags.sum(axis=1).to_numpy()
    df["n_not_benign"] = frame.sum(axis=1).to_numpy()
    df["risk_signals"] = [",".join(c for c in RISK if row[c]) for _, row in flags.iterrows()]
    return df


def rate(mask: pd.Series) -> tuple[float, int, int]:
    n = int(mask.size)
    k = int(mask.sum())
    return (k / n if n else float("nan")), k, n


def summary(df: pd.DataFrame) -> dict[str, dict[str, list[float | int]]]:
    out: dict[str, dict[str, list[float | int]]] = {}
    for name, part in [("dev", df[df.half == "dev"]), ("check", df[df.half == "check"]),
                       ("all", df)]:
        fired = part["n_risk"] > 0
        hostile = part["label"] == 1
        legit = part["label"] == 0
        recruiter = legit & part["kind"].isin(RECRUITER_KINDS)
        wider = part["n_not_benign"] > 0
        row = {
            "hostile_covered": list(rate(fired[hostile])),
            "hostile_covered_card": list(rate(wider[hostile])),
            "recruiter_flagged_card": list(rate(wider[recruiter])),
            "recruiter_flagged": list(rate(fired[recruiter])),
            "legitimate_flagged": list(rate(fired[legit])),
        }
        for kind, sub in part.groupby("kind"):
            row[f"kind:{kind}"] = list(rate(sub["n_risk"] > 0))
        out[name] = row
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--folder", type=Path,
                    default=Path(__file__).resolve().parents[1] / "data" / "real")
    ap.add_argument("--misses", choices=("dev", "check"))
    ap.add_argument("--fires", choices=("dev", "check"))
    ap.add_argument("--json", type=Path)
    args = ap.parse_args(argv)
    df = load(args.folder)
    res = summary(df)
    print(f"{len(RISK)} risk signals; {len(df)} real rows "
          f"({(df.half == 'dev').sum()} dev, {(df.half == 'check').sum()} check)")
    print(f"{'':22s}" + "".join(f"{h:>18s}" for h in res))
    keys = ["hostile_covered", "recruiter_flagged", "legitimate_flagged", "hostile_covered_card",
            "recruiter_flagged_card"]
    keys += sorted({k for r in res.values() for k in r if k.startswith("kind:")})
    for key in keys:
        cells = []
        for h in res:
            if key in res[h]:
                p, k, n = res[h][key]
                cells.append(f"{100 * p:6.1f}% ({k:3d}/{n:3d})")
            else:
                cells.append(" " * 18)
        print(f"{key:22s}" + "".join(f"{c:>18s}" for c in cells))
    if args.misses:
        miss = df[(df.half == args.misses) & (df.label == 1) & (df.n_risk == 0)]
        print(f"\n# hostile rows of {args.misses} with no red flag: {len(miss)}")
        for _, r in miss.iterrows():
            print(f"- {r['id']} [{r['kind']}] {r['message'][:400]!r}")
    if args.fires:
        fp = df[(df.half == args.fires) & (df.label == 0) & (df.n_risk > 0)]
        print(f"\n# legitimate rows of {args.fires} with a red flag: {len(fp)}")
        for _, r in fp.iterrows():
            print(f"- {r['id']} [{r['kind']}] {r['risk_signals']}: {r['message'][:300]!r}")
    if args.json:
        args.json.write_text(json.dumps(res, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
