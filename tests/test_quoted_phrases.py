"""Quote marks around a phrase read as nothing (rule R33-L, red-team round 12 #3 #7): the
phrase keeps its red flag in both paths, and quoted ordinary words fire nothing new."""

from __future__ import annotations

import pandas as pd
import pytest

import recruitscore as rs
from recruitscore.normalize import fast_normalize, normalize

ROWS = [
    ('Hi Tom, I enjoyed your talk on grid security. Please keep this "between us" for now.',
     "secrecy"),
    ("Please keep this \u201cbetween us\u201d for now.", "secrecy"),
    ("Please keep this 'between us' for now.", "secrecy"),
    ("Please keep this \u2018between us\u2019 for now.", "secrecy"),
    ("Gardez cela \u00ab entre nous \u00bb, mon client insiste.", "secrecy"),
    ("Gardez cela \u00ab\u202fentre nous\u202f\u00bb, mon client insiste.", "secrecy"),
    ("Gardez cela \u00abentre nous\u00bb, mon client insiste.", "secrecy"),
    ('Please "clone" our repo and "run" it before our call tomorrow.', "run_our_code"),
    ("Merci de \u00ab cloner \u00bb notre d\u00e9p\u00f4t et de le \u00ab lancer \u00bb "
     "avant notre appel.", "run_our_code"),
    ('Add me on "WhatsApp", my client pays USD 2,000 for a short report.', "off_platform_request"),
    # review43 M3, M8 (rule R33-O): no-break spaces, more quote kinds, nested and spaced marks
    ('Please\xa0keep\xa0this\xa0"between\xa0us"\xa0for\xa0now.', "secrecy"),
    ("Please keep this \u201ebetween us\u201c for now.", "secrecy"),
    ("Please keep this \"'between us'\" for now.", "secrecy"),
    ('Please keep this " between us " for now.', "secrecy"),
    ("Please keep this \u300cbetween us\u300d for now.", "secrecy"),
    ("Gardez\xa0cela\xa0\u00ab\xa0entre\xa0nous\xa0\u00bb, mon client insiste.", "secrecy"),
]


@pytest.mark.parametrize(("text", "flag"), ROWS)
def test_a_quoted_phrase_keeps_its_red_flag(text: str, flag: str) -> None:
    assert flag in {h.name for h in rs.score(text).hits}
    frame = rs.score_frame(pd.DataFrame({"message": [text] * 40}))  # (the Arrow path: > 32)
    assert all(flag in s.split(";") for s in frame["signals"])
    assert normalize(text).text == fast_normalize(text)


@pytest.mark.parametrize("text", [
    "L'entretien est pr\u00e9vu, don't worry, the students' work is good.",
    'The role is described as "confidential" by the client; salary EUR 70k, CDI in Lyon.',
    "Le poste \u00ab Ing\u00e9nieur data \u00bb est ouvert \u00e0 Lyon, CDI, 55 k\u20ac.",
    "He said \u201cwe will get back to you\u201d after the interview.",
])
def test_quoted_ordinary_words_fire_no_red_flag(text: str) -> None:
    risky = {s.name for s in rs.list_signals() if s.polarity == "risk"}
    assert not {h.name for h in rs.score(text).hits} & risky
    assert normalize(text).text == fast_normalize(text)


def test_an_apostrophe_inside_a_word_stays() -> None:
    assert "l'entretien" in normalize("Pour l'entretien de mardi").text
    assert "don't" in normalize("Please don't worry").text


def test_quote_edges_mark_by_mark_equal_the_class_pattern():
    """``_quote_cuts`` finds the marks of :data:`_QUOTE_EDGE` mark by mark (a fast scan for
    each mark a text holds): the same positions, on texts of marks, spaces, letters and
    punctuation mixed at random."""
    import random

    from recruitscore.normalize import _PHRASE_QUOTES, _QUOTE_EDGE, _QUOTE_EDGES

    rng = random.Random(34)
    chars = list(_PHRASE_QUOTES) + list("ab1 (.,)!\n\u00e9\u2019\u202f") + ["\U0001f600"]
    for _ in range(20000):
        text = "".join(rng.choice(chars) for _ in range(rng.randint(0, 12)))
        found = sorted(m.start() for q in _PHRASE_QUOTES if q in text
                       for m in _QUOTE_EDGES[q].finditer(text))
        assert found == [m.start() for m in _QUOTE_EDGE.finditer(text)], text
