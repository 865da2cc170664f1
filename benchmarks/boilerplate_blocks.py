"""Machine-inserted blocks appended to the development set (rules R26-A and R26-E).

For each block of ``data/probes/blocks_set1.json`` and ``blocks_set2.json`` (meeting join
instructions, equal-opportunity statements, disclaimers, mail footers, written by helpers who
had not seen the list of :data:`recruitscore.text.BOILERPLATE`), appends it to each of the 100
legitimate and 100 hostile development messages and counts how many the shipped model flags.
Prints, per set and kind, the mean number flagged over the kind's blocks (and the counts as
given): a block that reads as wording moves them away from the counts as given.

The development set chooses models only; this measures, it fits nothing.

With ``--attacks``, also wraps the 100 hostile messages in blocks' first words, as an attacker
would to have hostile wording cut with them (review33): every chunk of about 90 characters
as a reply attribution ("On Mon, ... wrote:", « Le mar. ... a écrit : »), and the whole
message as parentheses after "Join Zoom Meeting"; prints how many stay flagged.

Usage::

    python benchmarks/boilerplate_blocks.py [--sets 1 2] [--attacks]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from training.build import DEFAULT_DEV, load_dev  # noqa: E402

import recruitscore as rs  # noqa: E402

COLUMNS = ["message", "sender_headline", "sender_company", "sender_company_url",
           "sender_connections", "sender_account_age_days", "sender_has_photo",
           "target_headline"]


def flagged(frame: pd.DataFrame, block: str | None = None) -> int:
    """How many rows of ``frame`` the shipped model flags, with ``block`` appended."""
    rows = frame.copy()
    if block is not None:
        rows["message"] = [m + "\n\n" + block for m in rows["message"]]
    return int(rs.score_frame(rows)["flagged"].sum())


def chunks(message: str, size: int = 90) -> list[str]:
    """``message`` in chunks of at most ``size`` characters, sentence ends made commas."""
    out: list[str] = []
    current: list[str] = []
    for word in re.sub(r"[.!?]", ",", message).split():
        if current and len(" ".join([*current, word])) > size:
            out.append(" ".join(current))
            current = []
        current.append(word)
    return [*out, " ".join(current)] if current else out


ATTACKS = {
    "reply attributions (EN)": lambda m: " ".join(f"On Mon, {c} wrote:" for c in chunks(m)),
    "reply attributions (FR)": lambda m: " ".join(f"Le mar. {c} a écrit :" for c in chunks(m)),
    "parentheses after a meeting": lambda m: "Join Zoom Meeting " + " ".join(
        f"({c})" for c in chunks(m, 38)),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", nargs="+", default=["1", "2"])
    parser.add_argument("--attacks", action="store_true")
    args = parser.parse_args()
    dev = load_dev(DEFAULT_DEV)
    frames = {label: dev[dev["label"] == label][COLUMNS].reset_index(drop=True)
              for label in (0, 1)}
    print(f"as given: legitimate {flagged(frames[0])} of {len(frames[0])} flagged, "
          f"hostile {flagged(frames[1])} of {len(frames[1])}")
    print("set | kind | blocks | legitimate flagged (mean) | hostile flagged (mean)")
    for name in args.sets:
        blocks = json.loads((ROOT / "data" / "probes" / f"blocks_set{name}.json")
                            .read_text(encoding="utf-8"))
        for kind, items in blocks.items():
            legit = [flagged(frames[0], b) for b in items]
            hostile = [flagged(frames[1], b) for b in items]
            print(f"{name} | {kind} | {len(items)} | {sum(legit) / len(legit):.1f} {legit} | "
                  f"{sum(hostile) / len(hostile):.1f} {hostile}")
    if args.attacks:
        for name, wrap in ATTACKS.items():
            rows = frames[1].copy()
            rows["message"] = [wrap(m) for m in rows["message"]]
            print(f"attack | {name} | hostile flagged {flagged(rows)} of {len(rows)}")


if __name__ == "__main__":
    main()
