"""Snapshot how the code reads every training and evaluation row, and compare two snapshots.

    python tools/readings.py snapshot OUT.json [--root CHECKOUT]
    python tools/readings.py diff A.json B.json

A change to the normalisation, a signal or the n-gram text must say which real, development
and hand-written rows it reads differently (and a rebuild is due when a training row's
features change). ``snapshot`` writes, for each of those rows, the signals that fire with
their evidence spans and the text the n-grams see; ``--root`` runs the code of another
checkout (a git worktree, say) on this checkout's rows, so two commands compare two branches.
``diff`` prints each row that reads differently (signals gained and lost, the first
difference in the n-gram text) and the count; its exit status is 0 either way.
"""

from __future__ import annotations

import argparse
import difflib
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def snapshot(root: Path) -> dict[str, Any]:
    """The readings of every real, development and hand-written row, by a stable row key."""
    sys.path[:0] = [str(root / "src"), str(root)]
    import pandas as pd
    from training.build import load_dev, load_handwritten, load_real

    from recruitscore.schema import Approach
    from recruitscore.scoring import get_default_model
    from recruitscore.signals import extract_signals, make_batch
    from recruitscore.text import ngram_text

    frames = []
    # the rows of this checkout (the same rows for both sides of a comparison)
    sets = (("real", load_real(ROOT / "data" / "real")),
            ("hw", load_handwritten(ROOT / "data" / "handwritten")),
            ("dev", load_dev(ROOT.parent / "shared" / "datasets" / "approaches-dev"
                             / "approaches-dev.csv")))
    for name, df in sets:
        df = df.copy()
        ids = df["id"] if "id" in df.columns else df.index
        df["_key"] = [f"{name}:{i}:{str(m)[:40]}" for i, m in zip(ids, df["message"],
                                                                  strict=True)]
        frames.append(df)
    rows = pd.concat(frames, ignore_index=True)
    batch, _ = make_batch(rows)
    ngrams = ngram_text(batch, get_default_model().linear)
    out: dict[str, Any] = {}
    for i, row in enumerate(rows.to_dict("records")):
        fields = {k: v for k, v in row.items() if not (isinstance(v, float) and v != v)}
        hits = extract_signals(Approach.from_mapping(fields))
        signals = sorted([h.name, [[e.field, e.start, e.end] for e in h.evidence]] for h in hits)
        out[row["_key"]] = {"signals": signals, "ngrams": ngrams[i]}
    return out


def diff(a: dict[str, Any], b: dict[str, Any]) -> list[str]:
    """One block of lines per row that reads differently in ``b``, then the count.

    Examples
    --------
    >>> a = {"r1": {"signals": [], "ngrams": "hi there"}}
    >>> b = {"r1": {"signals": [["urgency", [["message", 0, 5]]]], "ngrams": "hi there"}}
    >>> print("\\n".join(diff(a, b)))
    == r1
       signal + ["urgency", [["message", 0, 5]]]
    rows read differently: 1 of 1
    >>> diff(a, a)
    ['rows read differently: 0 of 1']
    """
    lines = []
    changed = 0
    for key in sorted(a.keys() | b.keys()):
        ra, rb = a.get(key), b.get(key)
        if ra == rb:
            continue
        changed += 1
        lines.append(f"== {key}")
        if ra is None or rb is None:
            lines.append("   only in " + ("B" if ra is None else "A"))
            continue
        lost = {json.dumps(s) for s in ra["signals"]} - {json.dumps(s) for s in rb["signals"]}
        gained = {json.dumps(s) for s in rb["signals"]} - {json.dumps(s) for s in ra["signals"]}
        lines += [f"   signal - {s}" for s in sorted(lost)]
        lines += [f"   signal + {s}" for s in sorted(gained)]
        matcher = difflib.SequenceMatcher(None, ra["ngrams"], rb["ngrams"], autojunk=False)
        for op, i1, i2, j1, j2 in matcher.get_opcodes():
            if op != "equal":
                lines.append(f"   ngrams {op}: {ra['ngrams'][max(0, i1 - 40):i2 + 40]!r}"
                             f" -> {rb['ngrams'][max(0, j1 - 40):j2 + 40]!r}")
                break
    lines.append(f"rows read differently: {changed} of {len(a.keys() | b.keys())}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    snap = sub.add_parser("snapshot")
    snap.add_argument("out", type=Path)
    snap.add_argument("--root", type=Path, default=ROOT)
    comp = sub.add_parser("diff")
    comp.add_argument("a", type=Path)
    comp.add_argument("b", type=Path)
    args = parser.parse_args(argv)
    if args.command == "snapshot":
        readings = snapshot(args.root.resolve())
        args.out.write_text(json.dumps(readings), encoding="utf-8")
        print(f"{len(readings)} rows -> {args.out}")
    else:
        a = json.loads(args.a.read_text(encoding="utf-8"))
        b = json.loads(args.b.read_text(encoding="utf-8"))
        print("\n".join(diff(a, b)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
