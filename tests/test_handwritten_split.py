"""The hand-written held-out split shares no near-copy with the training split.

Batches J and K (rule R36-J of the notes of issue 9) held light rewordings of earlier batches,
nine of them of held-out rows, which inflated the held-out figures while they were in training.
This guards only the copy-edit kind of leak: no held-out message shares a third of its word
3-shingles with a training message (the current split's largest share is 0.15). It would not
have caught J and K: their rewordings shared at most 0.18 with the rows they reworded, so a
new batch still needs a reading against the earlier ones (review49) before it is split."""

from __future__ import annotations

import re
from collections import defaultdict

from training.build import load_handwritten, splits

from recruitscore.campaigns import shingles

#: The largest Jaccard similarity of word 3-shingles allowed between a held-out message and any
#: training message.
MAX_SHARED = 1 / 3


def _shingles(text: str) -> set[str]:
    return set(shingles(re.findall(r"\w+", text.lower()), 3))


def test_no_held_out_message_is_a_near_copy_of_a_training_message() -> None:
    train_part, test = splits(load_handwritten(), 0)
    train_sets = [_shingles(m) for m in train_part["message"]]
    index: dict[str, list[int]] = defaultdict(list)
    for i, s in enumerate(train_sets):
        for sh in s:
            index[sh].append(i)
    worst = []
    for case, message in zip(test["case_id"], test["message"], strict=True):
        s = _shingles(message)
        shared: dict[int, int] = defaultdict(int)
        for sh in s:
            for i in index.get(sh, ()):
                shared[i] += 1
        for i, n in shared.items():
            jaccard = n / len(s | train_sets[i])
            if jaccard > MAX_SHARED:
                worst.append((round(jaccard, 2), case, train_part["case_id"].iloc[i]))
    assert not worst, sorted(worst, reverse=True)[:10]


def test_the_guard_sees_a_copy_edit() -> None:
    a = _shingles("We are hiring remote data entry clerks, weekly pay, no interview is needed.")
    b = _shingles("We are hiring remote data entry clerks, weekly pay, no interview needed!")
    assert len(a & b) / len(a | b) > MAX_SHARED
