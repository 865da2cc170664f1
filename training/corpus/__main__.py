"""Command line: ``python -m training.corpus --n 6000 --seed 0 -o data/generated.csv``.

Writes the corpus as UTF-8 CSV (standard :mod:`csv` quoting) and prints a single summary
line to standard error.
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from training.corpus.generator import generate_corpus, to_csv_rows


def main(argv: Sequence[str] | None = None) -> int:
    """Parse arguments, generate the corpus and write it.

    Parameters
    ----------
    argv : sequence of str, optional
        Arguments (defaults to ``sys.argv[1:]``).

    Returns
    -------
    int
        Process exit code (0 on success).
    """
    parser = argparse.ArgumentParser(
        prog="python -m training.corpus",
        description="Generate the synthetic recruiter-approach corpus as CSV.",
    )
    parser.add_argument("--n", type=int, default=6000, help="number of rows (default 6000)")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    parser.add_argument("--fr-share", type=float, default=0.35, help="share of French rows")
    parser.add_argument("-o", "--output", type=Path, required=True, help="output CSV path")
    args = parser.parse_args(argv)

    start = time.perf_counter()
    frame = generate_corpus(args.n, seed=args.seed, fr_share=args.fr_share)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    with args.output.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerows(to_csv_rows(frame))
    elapsed = time.perf_counter() - start
    print(
        f"training.corpus: wrote {len(frame)} rows ({int(frame['label'].sum())} hostile, "
        f"{int((frame['language'] == 'fr').sum())} fr, {int(frame['subtle'].sum())} subtle) "
        f"to {args.output} in {elapsed:.2f}s (seed={args.seed})",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
