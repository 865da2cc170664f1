"""Synthetic training corpus: seeded, deterministic generation of recruiter approaches.

This is the "volume and coverage" half of the training corpus (the hand-written cases in
``data/handwritten`` are the other half). Messages are composed from moves with
label-conditional, overlapping variant probabilities, in English and French.

Examples
--------
>>> from training.corpus import generate_corpus
>>> df = generate_corpus(10, seed=3)
>>> sorted(df["label"].unique().tolist())
[0, 1]
"""

from __future__ import annotations

from training.corpus.generator import (
    COLUMNS,
    FAMILIES_HOSTILE,
    KINDS_LEGIT,
    generate_corpus,
)

__all__ = ["COLUMNS", "FAMILIES_HOSTILE", "KINDS_LEGIT", "generate_corpus"]
