"""Campaigns: approaches that share a template or an indicator.

Two approaches are linked when

* their messages are near-duplicates once greetings, names, capitalised words (target
  companies, places), numbers and indicators are masked: MinHash over word shingles, with
  locality-sensitive hashing (bands) at a Jaccard ``similarity`` threshold, or
* they share an indicator (:mod:`recruitscore.indicators`): the same e-mail address, phone
  number, Telegram handle, URL or domain (common platforms and mail providers excepted).

Campaigns are the connected components over both kinds of link. Grouping never changes a
score: ``risk`` and ``flagged`` are the model's, row by row; names are masked for grouping only
and sender or target columns are only counted, never read by the model.

LSH gives candidates; a candidate link is kept only when the Jaccard similarity estimated from
the two signatures reaches ``similarity`` (otherwise, among a million messages that share
stock sentences, chance collisions chain unrelated messages into giant groups).

How it stays flat in memory: per row, only the LSH band hashes (spooled to a temporary file in
the streaming path), a b-bit signature (the low 8 bits of each MinHash value, ``num_perm``
bytes), the risk, and 64-bit hashes of the indicators, sender, target and date are kept; groups
are found band by band with :func:`scipy.sparse.csgraph.connected_components`.
The MinHash is datasketch's (its ``legacy`` permutation scheme, ``num_perm`` permutations from
``seed``), computed for a block of rows at once with numpy; ``tests/test_campaigns.py`` checks
that signatures and LSH candidates equal datasketch's ``MinHash`` and ``MinHashLSH``.

Examples
--------
>>> import pandas as pd, recruitscore as rs
>>> df = pd.DataFrame({"message": [
...     "Hi Anna, a client in Geneva seeks a quantum engineer. Budget 250000. "
...     "Discretion is key, so message me on Telegram @nova_talent.",
...     "Hello Peter, a client in Zurich seeks a quantum engineer. Budget 180000. "
...     "Discretion is key, so message me on Telegram @nova_talent.",
...     "We are hiring data analysts at our Leeds office; apply on our careers page."]})
>>> rows, summary = rs.find_campaigns(df)
>>> rows["campaign_id"].tolist(), rows["campaign_size"].tolist()
(['C000001', 'C000001', ''], [2, 2, 1])
>>> summary.loc[0, "shared_indicators"]
'telegram:nova_talent'
"""

from __future__ import annotations

import contextlib
import csv
import io
import os
import re
import shutil
import tempfile
import time
import unicodedata
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, BinaryIO

import numpy as np
import pandas as pd

from ._common_words import COMMON_WORDS
from .errors import InputError, check_threshold_arg
from .indicators import INDICATOR_FIELDS, brand_owned, field_indicators, indicators_of_text
from .normalize import (
    IN_WORD_GAPS,
    JOINING_RANGES,
    digits_as_letters_all,
    fast_normalize,
    has_word_gaps,
    i_as_l,
    in_word_gaps,
    to_text,
)
from .padding import ranges_class
from .stopwords import FUNCTION_WORDS

__all__ = [
    "CAMPAIGN_COLUMNS",
    "SUMMARY_COLUMNS",
    "CampaignSummary",
    "bundle_json",
    "campaigns_file",
    "find_campaigns",
    "lsh_params",
    "mask_message",
    "shingles",
    "signatures",
    "stix_bundle",
    "stix_objects",
    "write_stix",
]

#: Columns added after the input columns of every row.
CAMPAIGN_COLUMNS: tuple[str, ...] = ("campaign_id", "campaign_size", "risk", "flagged",
                                     "indicators", "error")
#: Columns of the summary (one row per campaign).
SUMMARY_COLUMNS: tuple[str, ...] = (
    "campaign_id", "size", "senders", "targets", "first_date", "last_date", "shared_indicators",
    "flagged_rows", "mean_risk", "max_risk", "flagged_indicators", "low_risk_indicators",
    "representative",
)
DATE_COLUMNS = ("date", "sent_at", "sent_date", "timestamp", "created_at", "received_at",
                "datetime")
SENDER_COLUMNS = ("sender_id", "sender_profile_url", "sender_url", "sender_name", "sender")
TARGET_COLUMNS = ("target_id", "target_profile_url", "target_url", "target_name",
                  "recipient_id", "recipient", "target")

_MERSENNE = np.uint64((1 << 61) - 1)
_MAX_HASH = np.uint64((1 << 32) - 1)
_S61 = np.uint64(61)
_LOW32 = np.uint64(0xFFFFFFFF)
_BLOCK = 512  # shingles per numpy block: fits the (block x num_perm) buffers in cache


# -- masking ------------------------------------------------------------------------------------
_GREETING = re.compile(
    r"^\W*(?:hi|hello|hey|dear|good (?:morning|afternoon|evening|day)|greetings|bonjour|bonsoir"
    r"|salut|cher|chere|hola|hallo|guten tag)\b[^,!:;\n.?]{0,40}[,!:;.?]?",
    re.ASCII,
)
_CAPITAL = re.compile(r"([.!?:;\n]\s*|^\s*)?\b([A-ZÀ-ÖØ-Þ][^\W\d_]*(?:['’\-][^\W\d_]+)*)")
_TOKEN = re.compile(r"\x00|[^\W\d_]+(?:'[^\W\d_]+)*|\d+")
_NAME_PART = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=65536)
def _word_parts(word: str) -> tuple[tuple[str, ...], bool]:
    """A capitalised word's parts in matching form, and whether they are all everyday words."""
    parts = tuple(_NAME_PART.findall(fast_normalize(word)))
    return parts, all(p in COMMON_WORDS for p in parts)


def _names(text: str, extra: Iterable[str] = ()) -> set[str]:
    """Matching forms of capitalised words inside sentences that name something (people,
    companies, places): not everyday words (:data:`COMMON_WORDS`), except beside such a name
    ("BAE Systems"); and the words of ``extra`` (the name columns), always.

    A capital on an everyday word says nothing: "My Client, an advisory Firm" is the template
    "my client, an advisory firm" (red-team round 10, F8).
    """
    out: set[str] = set()
    prev_end, prev_parts, prev_common = -1, (), True
    for m in _CAPITAL.finditer(text):
        word = m.group(2)
        if m.group(1) is not None or len(word) < 2:
            prev_end = -1
            continue
        parts, common = _word_parts(word)
        beside = prev_end >= 0 and not text[prev_end:m.start(2)].strip()
        if not common:
            out.update(parts)
            if beside and prev_common:
                out.update(prev_parts)  # "Naval Group": an everyday word before a name
        elif beside and not prev_common:
            out.update(parts)  # "BAE Systems": an everyday word after a name (one word only)
        prev_end, prev_parts, prev_common = m.end(2), parts, common
    for value in extra:
        out.update(_NAME_PART.findall(fast_normalize(value)))
    return out


# -- one reading of a message (red-team round 11, M1; rule R32-G) ------------------------------
# The matching form reads a text twice where one reading could hide what the other shows (an
# invisible character between two letters: joined, then as a space; a right-to-left override:
# as displayed, then as stored; markdown links: their labels, then as stored). Signals need
# both; a template needs one, or a copy with a zero-width space at a random place in each word
# shares half its shingles with the plain copy (40 such copies were 40 campaigns of one).
_INVISIBLE_RUN = re.compile(f"[{ranges_class(JOINING_RANGES)}]+")
_UNSEEN = re.compile(f"[{ranges_class(JOINING_RANGES)}{IN_WORD_GAPS}]")  # (a pre-check)
_OVERRIDE_RUN = re.compile("\u202e([^\u202c\n\r\u2029]*)\u202c?")
_MD_LINK = re.compile(r"(!?)\[([^\[\]\n]{1,300})\]\([^()\s]{0,2000}\)")
_PIECE = r"[^\W\d_]+(?:['\u2019][^\W\d_]+)*"  # a piece of a word ("let's" is one)


@lru_cache(maxsize=8)
def _gapped_words(gaps: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Runs of word pieces parted only by characters a reader may not see as a word gap:
    invisible ones, and ``gaps`` (narrow spaces, blank fillers)."""
    sep = f"[{ranges_class(JOINING_RANGES)}{gaps}]+"
    return re.compile(f"{_PIECE}(?:{sep}{_PIECE})+"), re.compile(sep)


#: elided words before an apostrophe (« l'affaire », « qu'ici »)
_ELIDED = frozenset({"l", "d", "s", "t", "m", "n", "j", "c", "qu", "jusqu", "lorsqu", "puisqu"})


@lru_cache(maxsize=65536)
def _known(piece: str) -> bool:
    """Whether a word (in any writing the matching form undoes) is an everyday word."""
    # (letters only: an ASCII word's matching form is its lower case)
    form = piece.lower() if piece.isascii() else fast_normalize(piece).replace("\u2019", "'")
    return all(p in COMMON_WORDS or p in FUNCTION_WORDS or (p in _ELIDED and i < 2)
               for i, p in enumerate(form.split("'")))


_MAX_JOIN = 6  # pieces at most in one word
#: gaps a reader does not see (invisible characters, U+FFFC); the narrow spaces, down to the
#: hair space, and the blank fillers draw as a (small) gap
_UNSEEN_GAP = re.compile(f"[{ranges_class(JOINING_RANGES)}\ufffc]+")


def _segment(pieces: list[str], seen: list[bool], vocabulary: set[str]) -> list[str]:
    """The words a reader sees in ``pieces``; ``seen[i]`` is whether the gap after piece ``i``
    draws as a word gap (rule R35-E). The reading with the fewest (and shortest) words that are
    neither everyday words nor words the text writes whole wins ("client\u2009is" is two words,
    "cli\u200bent" one); where the words do not decide, what the gap looks like does (joining
    across a visible gap, or parting at an unseen one, costs a little: "quan\u200btum" is
    one word, "report\u2009geopolitical" two); a capital after a lower-case letter starts a
    word ("on\u2009Telegram")."""
    n = len(pieces)
    best: list[tuple[float, int]] = [(0.0, 0)] + [(float("inf"), 0)] * n  # (cost, start)
    for end in range(1, n + 1):
        # parting after piece end-1 (at the gap that follows it, if any)
        part = 0.3 if end < n and not seen[end - 1] else 0.0
        for start in range(max(0, end - _MAX_JOIN), end):
            word = "".join(pieces[start:end])
            cost = part if (word.lower() in vocabulary or _known(word)) else (
                1.0 + 0.1 * len(word) + part)  # (an unknown word, more so a long one)
            for i in range(start, end - 1):  # the gaps joined inside the word
                if seen[i]:
                    cost += 0.3
                if pieces[i + 1][:1].isupper() and pieces[i][-1:].islower():
                    cost += 2.0
            total = best[start][0] + cost
            if total < best[end][0] - 1e-9:
                best[end] = (total, start)
    words: list[str] = []
    end = n
    while end:
        start = best[end][1]
        words.append("".join(pieces[start:end]))
        end = start
    return words[::-1]


def _read_gaps(text: str) -> str:
    """``text`` with each run of word pieces parted by invisible characters or narrow gaps
    read as the words a reader sees (:func:`_segment`); the other invisible characters
    removed."""
    gaps = has_word_gaps(text)
    joining = in_word_gaps(text)  # (without other gaps, the commonest narrow space is one)
    if not gaps and not any(c in text for c in joining):
        return _INVISIBLE_RUN.sub(" ", text)  # a text spaced with invisible characters
    runs, sep = _gapped_words(joining)
    vocabulary: set[str] | None = None
    pieces_out: list[str] = []
    pos = 0
    for m in runs.finditer(text):
        if vocabulary is None:  # the words the text writes whole (lower case)
            vocabulary = {w.lower() for w in re.findall(_PIECE, runs.sub(" ", text))}
        pieces_out.append(text[pos:m.start()])
        run = m.group()
        seen = [_UNSEEN_GAP.fullmatch(g) is None for g in sep.findall(run)]
        pieces_out.append(" ".join(_segment(sep.split(run), seen, vocabulary)))
        pos = m.end()
    pieces_out.append(text[pos:])
    text = "".join(pieces_out)
    if not gaps:
        return _INVISIBLE_RUN.sub(" ", text)
    # beside punctuation: a word gap after a sentence's punctuation ("tank,\u200bis",
    # "trends.\u200bIt", not "t.\u200bme"), nothing elsewhere ("anna\u200b.k@gmail.com")
    return _INVISIBLE_RUN.sub(_outside_word, text)


def _outside_word(m: re.Match[str]) -> str:
    text, s, e = m.string, m.start(), m.end()
    before = text[s - 1] if s else " "
    after = text[e] if e < len(text) else " "
    if before in ",;!?" or (before == "." and after.isupper()):
        return " "
    return ""


def one_reading(text: str) -> str:
    """``text`` as a reader sees it, read once: right-to-left override runs as displayed,
    markdown links and images as their labels, composed accents (NFC), a capital I written for
    an l read as l (:func:`recruitscore.normalize.i_as_l`), and words parted or cut by
    characters a reader does not see as a word gap (zero-width and other invisible characters,
    hair, thin and other narrow spaces, blank fillers) read as the words a reader sees: a gap
    between two whole words is a word gap, one inside a word is not (rule R35-E; red-team
    round 11, M1, and round 13, H6).

    Examples
    --------
    >>> one_reading("My cli\u200bent pays [USD](x.io) 3,000 for a sh\u00adort re\u2060port")
    'My client pays USD 3,000 for a short report'
    >>> one_reading("Keep it \u202eneewteb\u202c us")
    'Keep it between us'
    >>> one_reading("ping\u200bme\u200bon\u200bTelegram")
    'ping me on Telegram'
    >>> one_reading("My client\u2009is looking\u200afor a quan\u200atum engineer")
    'My client is looking for a quantum engineer'
    >>> one_reading("Mon cIient paie bien")
    'Mon client paie bien'
    """
    if "\u202e" in text:
        text = _OVERRIDE_RUN.sub(lambda m: m.group(1)[::-1], text)
    if "](" in text:
        text = _MD_LINK.sub(lambda m: m.group(2), text)
    if text.isascii():
        return i_as_l(text) if "I" in text else text
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    if _UNSEEN.search(text) is not None:
        text = _read_gaps(text)
    return i_as_l(text)


def mask_message(message: str, names: Iterable[str] = ()) -> list[str]:
    """The tokens of a message as the template comparison sees them.

    The message is read once (:func:`one_reading`); the opening greeting is dropped;
    indicators become ``<ind>``, numbers ``<num>``, words written with a capital inside a
    sentence (names, companies, places) and the words of ``names`` (e.g. the sender and target
    name columns) ``<name>``; runs of one mask collapse.

    Examples
    --------
    >>> " ".join(mask_message("Dear Maria, our client Helix Labs pays 120,000 EUR. "
    ...                       "Write to jo@helix-labs.io"))
    'our client <name> pays <num> <name> write to <ind>'
    """
    text = one_reading(to_text(message))
    if not text.strip():
        return []
    masked = _names(text, names)
    # indicators are found where digits are still digits ("@nova_talent" in a text that writes
    # "cl1ent"), then digits written for letters are read (the same length and alignment)
    norm = fast_normalize(text, digits_as_letters=False)
    spans = [(s, e) for _, _, s, e in indicators_of_text(norm)]
    norm = digits_as_letters_all([norm], np.ones(1, dtype=bool))[0]
    if spans:
        chars = list(norm)
        for s, e in spans:
            chars[s:e] = [" "] * (e - s)
            chars[s] = "\x00"
        norm = "".join(chars)
    norm = _GREETING.sub(" ", norm, count=1)
    out: list[str] = []
    for tok in _TOKEN.findall(norm):
        if tok == "\x00":
            tok = "<ind>"
        elif tok.isdigit():
            tok = "<num>"
        elif tok in masked:
            tok = "<name>"
        if tok[0] == "<" and out and out[-1] == tok:
            continue
        out.append(tok)
    return out


def shingles(tokens: Sequence[str], k: int = 3) -> list[str]:
    """Word ``k``-shingles (a shorter text gives one shingle of all its tokens).

    Examples
    --------
    >>> shingles(["a", "b", "c", "d"], 3), shingles(["a"], 3), shingles([], 3)
    (['a b c', 'b c d'], ['a'], [])
    """
    if not tokens:
        return []
    if len(tokens) <= k:
        return [" ".join(tokens)]
    return [" ".join(tokens[i:i + k]) for i in range(len(tokens) - k + 1)]


# -- MinHash and LSH ----------------------------------------------------------------------------
def hash32(values: Sequence[str]) -> np.ndarray:
    """32-bit hashes of strings (pandas' SipHash, low 32 bits), as ``uint64``; the hash
    function given to datasketch in the tests is ``lambda s: int(hash32([s])[0])``."""
    arr = np.asarray(values, dtype=object)
    return pd.util.hash_array(arr, categorize=False) & _LOW32


def permutations(num_perm: int, seed: int = 1) -> np.ndarray:
    """datasketch's legacy permutation parameters ``(2, num_perm)`` for ``seed``."""
    gen = np.random.RandomState(seed)
    return np.array([(gen.randint(1, _MERSENNE, dtype=np.uint64),
                      gen.randint(0, _MERSENNE, dtype=np.uint64)) for _ in range(num_perm)],
                    dtype=np.uint64).T


def signatures(shingle_lists: Sequence[Sequence[str]], num_perm: int = 128, seed: int = 1,
               perms: np.ndarray | None = None) -> np.ndarray:
    """MinHash signatures ``(n, num_perm)`` of many shingle sets at once.

    Equal to datasketch's ``MinHash(num_perm, seed, hashfunc=..., scheme="legacy")`` after
    ``update_batch`` with the same shingles; a row without shingles is all ``2**32 - 1``.

    Examples
    --------
    >>> sig = signatures([["a b", "b c"], ["b c", "a b"], []], num_perm=4)
    >>> bool((sig[0] == sig[1]).all()), int(sig[2, 0]) == 2**32 - 1
    (True, True)
    """
    a, b = permutations(num_perm, seed) if perms is None else perms
    n = len(shingle_lists)
    sig = np.full((n, num_perm), _MAX_HASH, dtype=np.uint64)
    lengths = np.fromiter((len(s) for s in shingle_lists), dtype=np.int64, count=n)
    total = int(lengths.sum())
    if total == 0:
        return sig
    hv = hash32([s for lst in shingle_lists for s in lst])
    owner = np.repeat(np.arange(n), lengths)
    x = np.empty((_BLOCK, num_perm), dtype=np.uint64)
    y = np.empty_like(x)
    for lo in range(0, total, _BLOCK):
        hi = min(lo + _BLOCK, total)
        m = hi - lo
        xb, yb = x[:m], y[:m]
        # (h * a + b) mod (2**61 - 1), as datasketch computes it (uint64 wrap-around first),
        # with the Mersenne reduction instead of a division
        np.multiply(hv[lo:hi, None], a, out=xb)
        xb += b
        np.bitwise_and(xb, _MERSENNE, out=yb)
        xb >>= _S61
        yb += xb
        over = yb >= _MERSENNE
        if over.any():
            yb[over] -= _MERSENNE
        yb &= _MAX_HASH
        rows = owner[lo:hi]
        starts = np.flatnonzero(np.r_[True, rows[1:] != rows[:-1]])
        mins = np.minimum.reduceat(yb, starts, axis=0)
        r = rows[starts]
        sig[r] = np.minimum(sig[r], mins)
    return sig


def lsh_params(similarity: float, num_perm: int) -> tuple[int, int]:
    """Bands and rows per band for a Jaccard threshold (datasketch's choice, equal weights to
    false positives and negatives).

    Examples
    --------
    >>> lsh_params(0.5, 128)
    (25, 5)
    """
    from datasketch.lsh import _optimal_param

    b, r = _optimal_param(similarity, num_perm, 0.5, 0.5)
    return int(b), int(r)


def _mix(x: np.ndarray) -> np.ndarray:
    """splitmix64 finaliser (vectorised, wraps modulo 2**64)."""
    x = (x ^ (x >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
    x = (x ^ (x >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
    return x ^ (x >> np.uint64(31))


def band_hashes(sig: np.ndarray, bands: int, rows: int) -> np.ndarray:
    """One 64-bit hash per band ``(n, bands)``: equal exactly when the band's values are equal
    (up to a 2**-64 chance)."""
    out = np.empty((sig.shape[0], bands), dtype=np.uint64)
    for j in range(bands):
        h = np.full(sig.shape[0], j + 1, dtype=np.uint64)
        for c in range(j * rows, (j + 1) * rows):
            h = _mix(h ^ sig[:, c])
        out[:, j] = h
    return out


def estimated_jaccard(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Jaccard similarity estimated from b-bit signatures (the low 8 bits of each MinHash
    value): matches happen with probability ``J + (1 - J) / 256``.

    Examples
    --------
    >>> s = np.array([[1, 2, 3, 4], [1, 2, 9, 9]], dtype=np.uint8)
    >>> estimated_jaccard(s[:1], s[1:]).round(3).tolist()
    [0.498]
    """
    match = (a == b).mean(axis=1)
    return (match - 1 / 256) / (1 - 1 / 256)


def _merge(labels: np.ndarray, keys: np.ndarray, rows: np.ndarray,
           verify: Callable[[np.ndarray, np.ndarray], np.ndarray] | None = None) -> np.ndarray:
    """Connected components of the current grouping plus links between rows with equal keys
    (each row is linked to the first row with its key; ``verify(first, member)`` may reject
    links)."""
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    if keys.size < 2:
        return labels
    order = np.argsort(keys, kind="stable")
    k = keys[order]
    same = np.r_[False, k[1:] == k[:-1]]
    if not same.any():
        return labels
    run = np.cumsum(~same) - 1
    first = rows[order][np.flatnonzero(~same)][run]
    members = rows[order]
    link = first != members
    first, members = first[link], members[link]
    if verify is not None and first.size:
        keep = np.concatenate([verify(first[i:i + 65536], members[i:i + 65536])
                               for i in range(0, first.size, 65536)])
        first, members = first[keep], members[keep]
    if not first.size:
        return labels
    n = labels.size
    rep = np.full(n, -1, dtype=np.int64)
    rep[labels[::-1]] = np.arange(n - 1, -1, -1)  # the first row of each current group
    src = np.concatenate([np.arange(n), first])
    dst = np.concatenate([rep[labels], members])
    graph = coo_matrix((np.ones(src.size, dtype=np.int8), (src, dst)), shape=(n, n))
    _, new = connected_components(graph, directed=False)
    return new.astype(np.int64)


# -- accumulating rows --------------------------------------------------------------------------
def _column_text(frame: pd.DataFrame, name: str) -> list[str]:
    if name not in frame.columns:
        return [""] * len(frame)
    return [to_text(v) if not (v is None or (isinstance(v, float) and v != v)) else ""
            for v in frame[name].tolist()]


def _hash_or_zero(values: list[str]) -> np.ndarray:
    arr = np.array([v.strip().lower() for v in values], dtype=object)
    h = pd.util.hash_array(arr, categorize=False)
    h[arr == ""] = 0
    return h


def _dates(frame: pd.DataFrame, name: str | None) -> np.ndarray:
    nat = np.iinfo(np.int64).min
    if name is None or name not in frame.columns:
        return np.full(len(frame), nat, dtype=np.int64)
    values = pd.to_datetime(pd.Series(_column_text(frame, name), dtype=object), errors="coerce",
                            utc=True, format="ISO8601")
    return values.to_numpy(dtype="datetime64[ns]").view(np.int64).copy()


def _risk(frame: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    risk = pd.to_numeric(frame["risk"], errors="coerce").to_numpy(dtype=float)
    flagged = np.array([v is True or v == 1 or v == "True" for v in frame["flagged"].tolist()],
                       dtype=bool)
    return risk.astype(np.float32), flagged


#: The kind of an indicator on a well-known brand's own domain is prefixed with this
#: (``brand-domain:thalesgroup.com``): listed in the rows, never a link between rows, never in
#: the summary's indicators nor in STIX (rule R32-G).
BRAND_PREFIX = "brand-"


def _row_indicators(frame: pd.DataFrame) -> list[list[tuple[str, str]]]:
    """The ``(kind, value)`` pairs of each row, values as written
    (:func:`recruitscore.indicators.field_indicators`)."""
    cols = {f: _column_text(frame, f) for f in INDICATOR_FIELDS}
    out = []
    for i in range(len(frame)):
        row: list[tuple[str, str]] = []
        for f in INDICATOR_FIELDS:
            raw = cols[f][i]
            if raw:
                for kind, value, _, _ in field_indicators(raw):
                    if brand_owned(kind, value):
                        kind = BRAND_PREFIX + kind
                    if (kind, value) not in row:
                        row.append((kind, value))
        out.append(row)
    return out


def _links(kind: str) -> bool:
    """Whether an indicator of this kind links rows (not one on a brand's own domain)."""
    return not kind.startswith(BRAND_PREFIX)


#: Kinds through which a message may name another party (a firm's address, a colleague's, a
#: site) rather than give its own channel (rule R35-E).
NAMING_KINDS = frozenset({"email", "url", "domain"})
#: Kinds that are the channel a lure moves its target to.
CHANNEL_KINDS = frozenset({"telegram", "handle", "phone"})
_FLAGGED_SIDE = np.uint64(0x9E3779B97F4A7C15)
_LOW_RISK_SIDE = np.uint64(0xC2B2AE3D27D4EB4F)


def _link_entries(rows: list[list[tuple[str, str]]], keys: np.ndarray, flagged: list[bool],
                  first_row: int) -> tuple[np.ndarray, np.ndarray]:
    """The (row, key) entries that link rows (rule R35-E). A chat handle or phone number links
    any two rows that hold it. An e-mail address, URL or domain in a flagged row that also
    gives a chat handle or phone number is named there, not its channel: it links that row
    to flagged rows only; everywhere else it is the row's channel too and links flagged and
    low-risk rows alike. So a lure that names a firm's address beside its Telegram handle does
    not pull in the firm's genuine messages, and flagged rows still link through anything
    they share."""
    out_rows: list[int] = []
    out_keys: list[int] = []
    at = 0
    for i, row in enumerate(rows):
        named = flagged[i] and any(k in CHANNEL_KINDS for k, _ in row)
        for kind, _ in row:
            key = int(keys[at])
            at += 1
            if kind not in NAMING_KINDS:
                out_rows.append(first_row + i)
                out_keys.append(key)
                continue
            if flagged[i]:
                out_rows.append(first_row + i)
                out_keys.append(key ^ int(_FLAGGED_SIDE))
            if not named:
                out_rows.append(first_row + i)
                out_keys.append(key ^ int(_LOW_RISK_SIDE))
    return (np.array(out_rows, dtype=np.int64),
            _mix(np.array(out_keys, dtype=np.uint64)) if out_keys else np.zeros(0, np.uint64))


def _indicator_keys(values: list[tuple[str, str]]) -> np.ndarray:
    """64-bit keys that link rows; a Telegram handle and the same bare ``@handle`` link.

    Values are compared in NFKC and case-folded (``Anna.K@gmail.com`` is
    ``anna.k@gmail.com``, ``bit.ly/3xYzAb`` is ``bit.ly/3xyzab``); a host is in its IDNA form,
    so a look-alike of a domain never shares its key."""
    arr = np.array([f"{'handle' if k == 'telegram' else k}:"
                    f"{v if v.isascii() else unicodedata.normalize('NFKC', v)}".casefold()
                    for k, v in values], dtype=object)
    return pd.util.hash_array(arr, categorize=False) if len(arr) else np.zeros(0, np.uint64)


@dataclass
class _Options:
    similarity: float = 0.5
    shingle_size: int = 3
    num_perm: int = 128
    seed: int = 1
    date_col: str | None = None
    sender_col: str | None = None
    target_col: str | None = None
    name_cols: tuple[str, ...] = ()


class _BandStore:
    """Band hashes per chunk, in memory or spooled to files (band-major, read band by band)."""

    def __init__(self, bands: int, spool: str | None) -> None:
        self.bands = bands
        self.spool = spool
        self.parts: list[np.ndarray | tuple[str, int]] = []

    def add(self, hashes: np.ndarray) -> None:
        if self.spool is None:
            self.parts.append(hashes)
            return
        path = os.path.join(self.spool, f"bands-{len(self.parts):06d}.u64")
        np.ascontiguousarray(hashes.T).tofile(path)
        self.parts.append((path, hashes.shape[0]))

    def band(self, j: int) -> np.ndarray:
        cols = []
        for part in self.parts:
            if isinstance(part, np.ndarray):
                cols.append(part[:, j])
            else:
                path, n = part
                cols.append(np.fromfile(path, dtype=np.uint64, count=n, offset=j * n * 8))
        return np.concatenate(cols) if cols else np.zeros(0, np.uint64)


class _RowSpool:
    """Fixed-width rows per chunk, in memory or spooled to files; read back into one array
    allocated once (no second copy while concatenating)."""

    def __init__(self, width: int, dtype: Any, spool: str | None, name: str) -> None:
        self.width, self.dtype, self.spool, self.name = width, np.dtype(dtype), spool, name
        self.parts: list[np.ndarray | tuple[str, int]] = []

    def add(self, rows: np.ndarray) -> None:
        rows = np.ascontiguousarray(rows, dtype=self.dtype)
        if self.spool is None:
            self.parts.append(rows)
            return
        path = os.path.join(self.spool, f"{self.name}-{len(self.parts):06d}.bin")
        rows.tofile(path)
        self.parts.append((path, rows.shape[0]))

    def take(self, n: int) -> np.ndarray:
        """All rows as one ``(n, width)`` array; the parts are released."""
        out = np.empty((n, self.width), dtype=self.dtype)
        at = 0
        for part in self.parts:
            if isinstance(part, np.ndarray):
                out[at:at + part.shape[0]] = part
                at += part.shape[0]
            else:
                path, m = part
                out[at:at + m] = np.fromfile(path, dtype=self.dtype).reshape(m, self.width)
                at += m
        self.parts = []
        return out


class _Grouper:
    """Pass 1: the per-row arrays that grouping and the summary need."""

    def __init__(self, opts: _Options, spool: str | None = None) -> None:
        self.opts = opts
        self.bands, self.rows_per_band = lsh_params(opts.similarity, opts.num_perm)
        self.perms = permutations(opts.num_perm, opts.seed)
        self.store = _BandStore(self.bands, spool)
        self.sig8 = _RowSpool(opts.num_perm, np.uint8, spool, "sig8")
        self.n = 0
        self.parts: dict[str, list[np.ndarray]] = {k: [] for k in (
            "has_sig", "risk", "flagged", "sender", "target", "date", "ind_row",
            "ind_key", "link_row", "link_key")}

    def add(self, frame: pd.DataFrame, indicators: list[list[tuple[str, str]]]) -> None:
        o = self.opts
        messages = _column_text(frame, "message")
        extra = [_column_text(frame, c) for c in o.name_cols]
        lists = [shingles(mask_message(m, [e[i] for e in extra]), o.shingle_size)
                 for i, m in enumerate(messages)]
        sig = signatures(lists, o.num_perm, o.seed, self.perms)
        self.store.add(band_hashes(sig, self.bands, self.rows_per_band))
        p = self.parts
        p["has_sig"].append(np.array([bool(s) for s in lists], dtype=bool))
        self.sig8.add((sig & np.uint64(0xFF)).astype(np.uint8))
        risk, flagged = _risk(frame)
        p["risk"].append(risk)
        p["flagged"].append(flagged)
        for key, col in (("sender", o.sender_col), ("target", o.target_col)):
            if col is not None and col in frame.columns:
                p[key].append(_hash_or_zero(_column_text(frame, col)))
            else:
                p[key].append(np.zeros(len(frame), dtype=np.uint64))
        p["date"].append(_dates(frame, o.date_col))
        linking = [[kv for kv in r if _links(kv[0])] for r in indicators]
        lengths = [len(r) for r in linking]
        p["ind_row"].append(np.repeat(np.arange(self.n, self.n + len(frame)), lengths))
        values = [kv for r in linking for kv in r]
        keys = _indicator_keys(values)
        p["ind_key"].append(keys)
        link_row, link_key = _link_entries(linking, keys, flagged.tolist(), self.n)
        p["link_row"].append(link_row)
        p["link_key"].append(link_key)
        self.n += len(frame)

    def column(self, key: str) -> np.ndarray:
        return np.concatenate(self.parts[key]) if self.parts[key] else np.zeros(0)

    def finish(self) -> _Groups:
        n = self.n
        labels = np.arange(n, dtype=np.int64)
        has_sig = self.column("has_sig").astype(bool)
        sig_rows = np.flatnonzero(has_sig)
        sig8 = self.sig8.take(n)
        threshold = self.opts.similarity

        def similar(a: np.ndarray, b: np.ndarray) -> np.ndarray:
            return estimated_jaccard(sig8[a], sig8[b]) >= threshold

        for j in range(self.bands):
            keys = self.store.band(j)[sig_rows]
            labels = _merge(labels, keys, sig_rows, similar)
        ind_row = self.column("ind_row").astype(np.int64, copy=False)
        ind_key = self.column("ind_key").astype(np.uint64, copy=False)
        labels = _merge(labels, self.column("link_key").astype(np.uint64, copy=False),
                        self.column("link_row").astype(np.int64, copy=False))
        self.parts["link_key"], self.parts["link_row"] = [], []
        return _Groups(self, labels, ind_key, ind_row)


class _Groups:
    """Pass 2: campaign ids per row, and what the summary collects while rows go by."""

    def __init__(self, grouper: _Grouper, labels: np.ndarray, ind_key: np.ndarray,
                 ind_row: np.ndarray) -> None:
        n = labels.size
        sizes = np.bincount(labels, minlength=n) if n else np.zeros(0, np.int64)
        in_campaign = sizes[labels] >= 2 if n else np.zeros(0, bool)
        # campaign numbers in order of the first member
        number = np.full(n, -1, dtype=np.int64)
        first_rows = np.flatnonzero(in_campaign)
        roots, first_idx = np.unique(labels[first_rows], return_index=True)
        order = np.argsort(first_rows[first_idx], kind="stable")
        number[roots[order]] = np.arange(roots.size)
        self.campaign = np.where(in_campaign, number[labels], -1)
        self.size = np.where(in_campaign, sizes[labels], 1)
        self.k = roots.size
        g = grouper
        self.risk = g.column("risk").astype(float)
        self.flagged = g.column("flagged").astype(bool)
        self.sender = g.column("sender").astype(np.uint64)
        self.target = g.column("target").astype(np.uint64)
        self.date = g.column("date").astype(np.int64)
        self.has_sender = g.opts.sender_col is not None
        self.has_target = g.opts.target_col is not None
        self.has_date = g.opts.date_col is not None
        uniq, counts = np.unique(ind_key, return_counts=True)
        self.shared_keys = uniq[counts >= 2]
        self.shared: list[dict[str, None]] = [{} for _ in range(self.k)]
        self.flagged_ind: list[dict[str, None]] = [{} for _ in range(self.k)]
        self.low_risk_ind: list[dict[str, None]] = [{} for _ in range(self.k)]
        self.low_risk_campaigns = self._low_risk_campaigns(ind_key, ind_row)
        self.representative: list[str] = [""] * self.k
        self.flagged_campaign = np.zeros(self.k, dtype=bool)
        if self.k:
            members = self.campaign >= 0
            np.logical_or.at(self.flagged_campaign, self.campaign[members], self.flagged[members])

    def _low_risk_campaigns(self, ind_key: np.ndarray,
                            ind_row: np.ndarray) -> dict[int, tuple[int, int]]:
        """For each indicator key held by flagged and by low-risk rows: the least and the
        greatest campaign number of its low-risk rows (-1 for a row alone)."""
        if not ind_key.size:
            return {}
        low = ~self.flagged[ind_row]
        both = np.intersect1d(ind_key[low], ind_key[~low])
        if not both.size:
            return {}
        pick = low & np.isin(ind_key, both)
        keys, camps = ind_key[pick], self.campaign[ind_row[pick]]
        order = np.lexsort((camps, keys))
        keys, camps = keys[order], camps[order]
        starts = np.flatnonzero(np.r_[True, keys[1:] != keys[:-1]])
        ends = np.r_[starts[1:], keys.size] - 1
        return {int(keys[a]): (int(camps[a]), int(camps[b]))
                for a, b in zip(starts.tolist(), ends.tolist(), strict=True)}

    def annotate(self, frame: pd.DataFrame, start: int,
                 indicators: list[list[tuple[str, str]]]) -> pd.DataFrame:
        """The output columns of a chunk of rows (``frame`` has the scored columns)."""
        n = len(frame)
        camp = self.campaign[start:start + n]
        out = frame.drop(columns=[c for c in ("band", "signals", "reasons") if c in frame],
                         errors="ignore")
        for c in ("campaign_id", "campaign_size", "indicators"):
            if c in out.columns:
                out = out.rename(columns={c: f"input_{c}"})
        err = out.pop("error") if "error" in out.columns else pd.Series([""] * n)
        risk = out.pop("risk")
        out.pop("flagged")
        added = pd.DataFrame({  # at once: one insert per column fragments a wide frame
            "campaign_id": [f"C{c + 1:06d}" if c >= 0 else "" for c in camp.tolist()],
            "campaign_size": self.size[start:start + n],
            "risk": pd.to_numeric(risk, errors="coerce").to_numpy(),
            "flagged": self.flagged[start:start + n],
            "indicators": ["; ".join(f"{k}:{v}" for k, v in r) for r in indicators],
            "error": [to_text(e) if isinstance(e, str) else "" for e in err.tolist()],
        }, index=out.index)
        out = pd.concat([out, added], axis=1)
        messages = _column_text(frame, "message")
        members = np.flatnonzero(camp >= 0).tolist()
        pairs = [kv for i in members for kv in indicators[i] if _links(kv[0])]
        pair_keys = _indicator_keys(pairs)
        shared = iter(np.isin(pair_keys, self.shared_keys).tolist())
        held_low = iter(pair_keys.tolist())
        for i in members:
            c = int(camp[i])
            if not self.representative[c]:
                self.representative[c] = messages[i][:500] or " "
            for kind, value in indicators[i]:
                if not _links(kind):
                    continue  # a brand's own domain: listed in the row only
                key = next(held_low)
                if next(shared):
                    self.shared[c].setdefault(f"{kind}:{value}")
                if self.flagged[start + i]:
                    self.flagged_ind[c].setdefault(f"{kind}:{value}")
                    # also held by a low-risk row outside the campaign: still exported (a
                    # colleague's warning or a victim's reply names the lure's address too;
                    # review47 H1, rule R35-G), but listed apart so that an analyst checks it
                    # before blocking (a genuine recruiter's address that a lure names)
                    lo, hi = self.low_risk_campaigns.get(key, (c, c))
                    if not lo == hi == c:
                        self.low_risk_ind[c].setdefault(f"{kind}:{value}")
        return out

    def summary(self) -> pd.DataFrame:
        k = self.k
        members = np.flatnonzero(self.campaign >= 0)
        camp = self.campaign[members]
        size = np.bincount(camp, minlength=k)
        risk = np.nan_to_num(self.risk[members], nan=0.0)
        mean_risk = np.bincount(camp, weights=risk, minlength=k) / np.maximum(size, 1)
        max_risk = np.zeros(k)
        np.maximum.at(max_risk, camp, risk)
        flagged = np.bincount(camp, weights=self.flagged[members], minlength=k).astype(int)

        def distinct(values: np.ndarray, present: bool) -> list[Any]:
            if not present:
                return [None] * k
            v = values[members]
            ok = v != 0
            pairs = np.unique(np.stack([camp[ok].astype(np.uint64), v[ok]]), axis=1)
            return np.bincount(pairs[0].astype(np.int64), minlength=k).tolist()

        first: list[Any] = [None] * k
        last: list[Any] = [None] * k
        if self.has_date:
            d = self.date[members]
            ok = d != np.iinfo(np.int64).min
            lo = np.full(k, np.iinfo(np.int64).max)
            hi = np.full(k, np.iinfo(np.int64).min)
            np.minimum.at(lo, camp[ok], d[ok])
            np.maximum.at(hi, camp[ok], d[ok])
            for c in range(k):
                if hi[c] != np.iinfo(np.int64).min:
                    first[c] = pd.Timestamp(int(lo[c]), tz="UTC").strftime("%Y-%m-%d")
                    last[c] = pd.Timestamp(int(hi[c]), tz="UTC").strftime("%Y-%m-%d")
        return pd.DataFrame({
            "campaign_id": [f"C{c + 1:06d}" for c in range(k)],
            "size": size.astype(int),
            "senders": distinct(self.sender, self.has_sender),
            "targets": distinct(self.target, self.has_target),
            "first_date": first,
            "last_date": last,
            "shared_indicators": ["; ".join(s) for s in self.shared],
            "flagged_rows": flagged,
            "mean_risk": np.round(mean_risk, 6),
            "max_risk": np.round(max_risk, 6),
            "flagged_indicators": ["; ".join(s) for s in self.flagged_ind],
            "low_risk_indicators": ["; ".join(low) for low in self.low_risk_ind],
            "representative": [r.strip() for r in self.representative],
        }, columns=list(SUMMARY_COLUMNS))


def _pick(columns: Sequence[str], given: str | None, candidates: Sequence[str],
          what: str) -> str | None:
    if given is not None:
        if given not in columns:
            raise InputError(f"{what} column {given!r} is not a column "
                             f"(found: {', '.join(map(repr, columns[:20]))})")
        return given
    return next((c for c in candidates if c in columns), None)


def _options(columns: Sequence[str], similarity: float, shingle_size: int, num_perm: int,
             date_col: str | None, sender_col: str | None,
             target_col: str | None) -> _Options:
    if not (0.0 < similarity < 1.0):
        raise InputError(f"similarity must be between 0 and 1 (exclusive), got {similarity}")
    if not (isinstance(shingle_size, int) and 1 <= shingle_size <= 10):
        raise InputError(f"shingle size must be a whole number from 1 to 10, got {shingle_size!r}")
    if not (isinstance(num_perm, int) and 16 <= num_perm <= 1024):
        raise InputError(f"num_perm must be a whole number from 16 to 1024, got {num_perm!r}")
    cols = [str(c) for c in columns]
    names = tuple(c for c in cols if c in ("sender_name", "target_name", "recipient_name"))
    return _Options(similarity, shingle_size, num_perm, 1,
                    _pick(cols, date_col, DATE_COLUMNS, "date"),
                    _pick(cols, sender_col, SENDER_COLUMNS, "sender"),
                    _pick(cols, target_col, TARGET_COLUMNS, "target"), names)


# -- the DataFrame API --------------------------------------------------------------------------
def find_campaigns(
    df: pd.DataFrame,
    *,
    model: Any = None,
    similarity: float = 0.5,
    shingle_size: int = 3,
    num_perm: int = 128,
    date_col: str | None = None,
    sender_col: str | None = None,
    target_col: str | None = None,
    threshold: float | None = None,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Group approaches into campaigns (shared template or shared indicator).

    Parameters
    ----------
    df : DataFrame
        Approaches with a ``message`` column (and any other columns, carried through).
    model : Model, optional
        The model that gives ``risk`` and ``flagged`` (default: the shipped model).
    similarity : float
        Jaccard similarity of the masked word shingles at which two messages share a template.
    shingle_size : int
        Words per shingle.
    num_perm : int
        MinHash permutations.
    date_col, sender_col, target_col : str, optional
        Columns for the summary's first/last date (ISO 8601) and distinct senders/targets;
        by default the first present of :data:`DATE_COLUMNS`, :data:`SENDER_COLUMNS`,
        :data:`TARGET_COLUMNS`. They are counted, never scored.
    threshold : float, optional
        Risk at which a row is flagged (default: the model's).

    Returns
    -------
    rows : DataFrame
        Every input row, in order, with :data:`CAMPAIGN_COLUMNS` added (``campaign_id`` empty
        for an approach that belongs to no campaign).
    summary : DataFrame
        One row per campaign with :data:`SUMMARY_COLUMNS`.

    Raises
    ------
    InputError
        If ``df`` is not a DataFrame with a ``message`` column, or an option is out of range.

    Examples
    --------
    >>> import pandas as pd
    >>> msgs = ["Hi Ana, add me on Telegram @talent_jm for a paid report.",
    ...         "Hi Bob, add me on Telegram @talent_jm for a paid report.",
    ...         "We are hiring in Lyon."]
    >>> rows, summary = find_campaigns(pd.DataFrame({"message": msgs}))
    >>> rows["campaign_id"].tolist(), rows["campaign_size"].tolist()
    (['C000001', 'C000001', ''], [2, 2, 1])
    >>> int(summary.loc[0, "size"]), summary.loc[0, "shared_indicators"]
    (2, 'telegram:talent_jm')
    """
    from .scoring import apply_threshold, score_frame

    if not isinstance(df, pd.DataFrame):
        raise InputError(f"expected a pandas DataFrame, got {type(df).__name__}")
    opts = _options(list(df.columns), similarity, shingle_size, num_perm, date_col, sender_col,
                    target_col)
    threshold = check_threshold_arg(threshold)
    scored = score_frame(df, model=model)
    if threshold is not None:
        apply_threshold(scored, model, threshold)
    scored.index = pd.RangeIndex(len(scored))
    grouper = _Grouper(opts)
    inds = _row_indicators(scored)
    grouper.add(scored, inds)
    groups = grouper.finish()
    rows = groups.annotate(scored, 0, inds)
    rows.index = df.index
    return rows, groups.summary()


# -- STIX ---------------------------------------------------------------------------------------
_NAMESPACE = uuid.UUID("6f1e4f0c-2d0e-5b7a-9c55-1c0a5e7b3a10")


def _sid(kind: str, *parts: str) -> str:
    return f"{kind}--{uuid.uuid5(_NAMESPACE, '|'.join((kind, *parts)))}"


_HTML_TAG = re.compile(r"<!--.{0,2000}?-->|<[^<>]{0,2000}>", re.DOTALL)
# a Markdown autolink, "<https://evil-hr.xyz/apply>" or "<x@evil.io>" (CommonMark): its text is
# kept, it is no tag (review41 L6)
_AUTOLINK = re.compile(r"<([a-z][a-z0-9+.\-]{1,31}:[^\s<>]{0,2000}"
                       r"|[a-z0-9.!#$%&'*+/=?^_`{|}~\-]{1,64}@[a-z0-9][a-z0-9.\-]{0,253})>",
                       re.IGNORECASE)
_BIDI_CONTROL = re.compile("[\u202a-\u202e\u2066-\u2069]")
_LIVE_MARKUP = re.compile(r"([\\`\[\]<>!])")


def plain_text(text: str) -> str:
    """Free text for a STIX description, which MISP and OpenCTI render as Markdown: read once
    (:func:`one_reading`: a markdown image or link is its label), autolinks as their text
    (``<https://…>``, ``<x@evil.io>``; review41 L6), HTML tags and comments and bidi controls
    removed, white space collapsed, and the characters that could open markup (backslash,
    backtick, brackets, angle brackets, ``!``) escaped with a backslash (red-team round 11,
    L4).

    Examples
    --------
    >>> plain_text('Hi ![logo](https://t.example/p.png) <img src=x onerror="alert(1)">there')
    'Hi logo there'
    >>> print(plain_text("see [x] or <b"))
    see \\[x\\] or \\<b
    >>> plain_text("apply at <https://evil-hr.xyz/apply> or <hr@evil.io>")  # autolinks' text
    'apply at https://evil-hr.xyz/apply or hr@evil.io'
    """
    text = _BIDI_CONTROL.sub("", _HTML_TAG.sub(" ", _AUTOLINK.sub(r" \1 ", one_reading(text))))
    return _LIVE_MARKUP.sub(r"\\\1", " ".join(text.split()))


def _pattern(kind: str, value: str) -> str | None:
    quoted = value.replace("\\", "\\\\").replace("'", "\\'")
    if kind == "email":
        return f"[email-addr:value = '{quoted}']"
    if kind == "domain":
        return f"[domain-name:value = '{quoted}']"
    if kind == "url":
        return f"[url:value = 'https://{quoted}']"
    if kind == "telegram":
        return f"[url:value = 'https://t.me/{quoted}']"
    return None  # phone numbers and bare handles: no STIX 2.1 observable (see stix_bundle)


@dataclass
class CampaignSummary:
    """What :func:`campaigns_file` did."""

    rows: int = 0
    campaigns: int = 0
    in_campaigns: int = 0
    flagged_campaigns: int = 0
    seconds: float = 0.0
    warnings: list[str] = field(default_factory=list)

    def line(self) -> str:
        """One line for the terminal."""
        return (f"read {self.rows:,} rows; {self.campaigns:,} campaigns holding "
                f"{self.in_campaigns:,} rows, {self.flagged_campaigns:,} with flagged members, "
                f"in {self.seconds:.1f} s")


def stix_bundle(summary: pd.DataFrame, *, created: str | pd.Timestamp | None = None,
                producer: str = "recruitscore") -> Any:
    """A STIX 2.1 bundle: one ``campaign`` per group with flagged members, an ``indicator``
    per indicator of its flagged members with an ``indicates`` relationship to it, and an
    ``identity`` (the producer) that created them all.

    Ids are UUIDv5 of the content, so the same input gives the same ids; pass ``created`` to
    make the whole bundle byte-for-byte reproducible (default: now). Phone numbers (and
    ``@handles`` whose platform is not named) have no STIX 2.1 cyber-observable, so they are
    listed in the campaign's description, not as patterns; Telegram handles become
    ``url:value = 'https://t.me/<handle>'``.

    Parameters
    ----------
    summary : DataFrame
        The summary from :func:`find_campaigns` (or read back from ``--summary``).
    created : str or Timestamp, optional
        ``created``/``modified`` of every object, and ``valid_from`` of indicators whose
        campaign has no date.
    producer : str
        Name of the producer identity.

    Returns
    -------
    stix2.Bundle

    Examples
    --------
    >>> s = pd.DataFrame([{"campaign_id": "C000001", "size": 3, "flagged_rows": 2,
    ...     "flagged_indicators": "telegram:nova_talent; phone:+447700900123",
    ...     "first_date": None, "last_date": None, "max_risk": 0.9, "mean_risk": 0.8,
    ...     "representative": "Discretion is key"}])
    >>> b = stix_bundle(s, created="2026-01-01T00:00:00Z")
    >>> sorted(o.type for o in b.objects)
    ['campaign', 'identity', 'indicator', 'relationship']
    >>> [o.pattern for o in b.objects if o.type == "indicator"]
    ["[url:value = 'https://t.me/nova_talent']"]
    """
    import stix2

    objects = list(stix_objects(summary, created=created, producer=producer))
    return stix2.Bundle(objects=objects, id=_sid("bundle", "|".join(o.id for o in objects)),
                        allow_custom=False)


def stix_stamp(created: str | pd.Timestamp | None = None) -> str:
    """A STIX timestamp (UTC, milliseconds) for ``created``, now when ``None``.

    Raises
    ------
    InputError
        ``created`` is not a date and time between the years 1 and 9999 that pandas reads.

    Examples
    --------
    >>> stix_stamp("2026-01-01T10:00:00+01:00")
    '2026-01-01T09:00:00.000Z'
    >>> stix_stamp("notadate")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    recruitscore.errors.InputError: the STIX creation time must be an ISO 8601 date ...
    """
    try:
        when = pd.Timestamp(created if created is not None else pd.Timestamp.now(tz="UTC"))
        if pd.isna(when):
            raise ValueError("no date")
        when = when.tz_localize("UTC") if when.tzinfo is None else when.tz_convert("UTC")
        stamp = when.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"
        if not stamp[:4].isdigit() or stamp[:4] == "0000":
            raise ValueError("year out of range")
    except (ValueError, TypeError, OverflowError, NotImplementedError):
        raise InputError("the STIX creation time must be an ISO 8601 date and time such as "
                         f"2026-01-01T00:00:00Z, got {created!r}") from None
    return stamp


def stix_objects(summary: pd.DataFrame, *, created: str | pd.Timestamp | None = None,
                 producer: str = "recruitscore") -> Iterator[Any]:
    """The objects of :func:`stix_bundle`, one at a time (each id once)."""
    import stix2

    stamp = stix_stamp(created)
    identity = stix2.Identity(id=_sid("identity", producer), name=producer,
                              identity_class="organization", created=stamp, modified=stamp,
                              description="Recruiter-approach campaigns found by recruitscore.")
    yield identity
    seen: set[str] = set()  # an indicator shared by two campaigns appears once
    common = {"created": stamp, "modified": stamp, "created_by_ref": identity.id}
    for rec in summary.to_dict("records"):
        if not rec.get("flagged_rows"):
            continue
        # (a brand's own domain is no indicator, rule R32-G; also in a summary written before)
        values = [(k, v) for k, v in (item.split(":", 1) for item in to_text(
            rec.get("flagged_indicators")).split("; ") if ":" in item)
                  if _links(k) and not brand_owned(k, v)]
        first = to_text(rec.get("first_date")) or None
        last = to_text(rec.get("last_date")) or None
        phones = [v for k, v in values if k == "phone"]
        handles = [f"@{v}" for k, v in values if k == "handle"]
        key = "|".join(sorted(f"{k}:{v}" for k, v in values)) or to_text(rec["representative"])
        cid = _sid("campaign", to_text(rec["campaign_id"]), key)
        desc = (f"{int(rec['size'])} approaches sharing a template or an indicator, "
                f"{int(rec['flagged_rows'])} flagged (max risk {float(rec['max_risk']):.2f}). "
                f"Representative message: {plain_text(to_text(rec['representative']))[:300]}")
        if phones:
            desc += " Phone numbers used: " + ", ".join(phones) + "."
        if handles:
            desc += " Handles used (platform not named): " + ", ".join(handles) + "."
        low = [item for item in to_text(rec.get("low_risk_indicators")).split("; ")
               if ":" in item]
        if low:  # (rules R35-E, R35-G)
            desc += (" Also named by low-risk approaches outside this campaign (exported; check"
                     " that they are the sender's before blocking): "
                     + plain_text(", ".join(low)) + ".")
        extra: dict[str, Any] = {}
        if first:
            extra["first_seen"] = f"{first}T00:00:00Z"
        if last:
            extra["last_seen"] = f"{last}T23:59:59Z"
        yield stix2.Campaign(id=cid, name=f"recruitscore campaign {rec['campaign_id']}",
                             description=desc, **extra, **common)
        valid_from = f"{first}T00:00:00Z" if first else stamp
        for kind, value in values:
            pattern = _pattern(kind, value)
            if pattern is None:
                continue
            iid = _sid("indicator", pattern)
            if iid not in seen:
                seen.add(iid)
                note = (" Also named by low-risk approaches outside it: check that it is the"
                        " sender's before blocking." if f"{kind}:{value}" in low else "")
                yield stix2.Indicator(
                    id=iid, name=f"{kind} {value}", pattern=pattern, pattern_type="stix",
                    valid_from=valid_from, indicator_types=["malicious-activity"],
                    description=f"Used in recruiter approaches of campaign "
                    f"{rec['campaign_id']}.{note}", **common)
            yield stix2.Relationship(
                id=_sid("relationship", iid, cid), relationship_type="indicates",
                source_ref=iid, target_ref=cid, **common)


def write_stix(sink: Any, summary: pd.DataFrame, *, created: str | pd.Timestamp | None = None,
               producer: str = "recruitscore") -> None:
    """Write the bundle of :func:`stix_bundle` to a text stream object by object (the same
    ids; the bundle's ``id`` comes last), without holding the objects in memory.

    Examples
    --------
    >>> import io, stix2
    >>> buf = io.StringIO()
    >>> write_stix(buf, pd.DataFrame(columns=list(SUMMARY_COLUMNS)), created="2026-01-01")
    >>> stix2.parse(buf.getvalue()).id == stix_bundle(
    ...     pd.DataFrame(columns=list(SUMMARY_COLUMNS)), created="2026-01-01").id
    True
    """
    import json

    sink.write('{\n  "type": "bundle",\n  "objects": [')
    ids = []
    for i, obj in enumerate(stix_objects(summary, created=created, producer=producer)):
        text = json.dumps(json.loads(obj.serialize()), indent=2, ensure_ascii=False)
        sink.write(("\n    " if i == 0 else ",\n    ") + text.replace("\n", "\n    "))
        ids.append(obj.id)
    sink.write(f'\n  ],\n  "id": "{_sid("bundle", "|".join(ids))}"\n}}\n')


def bundle_json(bundle: Any) -> str:
    """A bundle as indented JSON, object by object (stix2's ``pretty`` serialisation of a whole
    bundle takes time quadratic in its size).

    Examples
    --------
    >>> import stix2
    >>> text = bundle_json(stix_bundle(pd.DataFrame(columns=list(SUMMARY_COLUMNS)),
    ...                                created="2026-01-01T00:00:00Z"))
    >>> stix2.parse(text).objects[0].type
    'identity'
    """
    import json

    objects = [json.loads(o.serialize()) for o in bundle.objects]
    return json.dumps({"type": "bundle", "id": bundle.id, "objects": objects}, indent=2,
                      ensure_ascii=False) + "\n"


# -- the streaming file path --------------------------------------------------------------------
#: The working folder of a run (``recruitscore-campaigns-<pid>-<random>`` in the temporary
#: directory); a later run removes those of processes that no longer exist (killed runs).
_STALE_FOLDER = re.compile(r"recruitscore-campaigns-([0-9]+)-[a-z0-9_]{8}")


def _chunks(path: str, fmt: str, chunk_size: int) -> Iterator[Any]:
    from .io import iter_csv_chunks, iter_jsonl_chunks, open_input

    with open_input(path) as stream:
        if fmt == "jsonl":
            yield from iter_jsonl_chunks(stream, chunk_size=chunk_size)
        else:
            yield from iter_csv_chunks(stream, fmt="csv", chunk_size=chunk_size)


def _write_summary(sink: Any, summary: pd.DataFrame) -> None:
    from .io import format_chunk

    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow(summary.columns)
    sink.write(buf.getvalue())
    sink.write(format_chunk(summary, "csv"))


def campaigns_file(
    input: str | os.PathLike[str] | BinaryIO,
    output: str | os.PathLike[str] | None,
    *,
    summary_path: str | os.PathLike[str] | None = None,
    stix_path: str | os.PathLike[str] | None = None,
    model: Any = None,
    model_path: str | os.PathLike[str] | None = None,
    fmt_in: str | None = None,
    fmt_out: str | None = None,
    sep: str | None = None,
    column_map: Mapping[str, str] | None = None,
    chunk_size: int = 10_000,
    jobs: int | None = None,
    encoding_errors: str = "strict",
    threshold: float | None = None,
    similarity: float = 0.5,
    shingle_size: int = 3,
    num_perm: int = 128,
    date_col: str | None = None,
    sender_col: str | None = None,
    target_col: str | None = None,
    stix_created: str | None = None,
    warn: Callable[[str], None] | None = None,
) -> CampaignSummary:
    """Find campaigns in a CSV/TSV/JSON Lines file of any size, streaming.

    Three passes over the data, each a chunk at a time: the input is scored by
    :func:`recruitscore.io.score_file` (all cores) into a temporary file; that file is read
    for signatures, indicators and the per-row arrays; groups are formed; the file is read
    again to write every row, in order, with its campaign. The outputs (``output``,
    ``summary_path``, ``stix_path``) are published all or none
    (:func:`recruitscore.io.atomic_outputs`): if one cannot be written or moved into place,
    every one is left as it was before the run (standard output excepted).

    Parameters are those of :func:`recruitscore.io.score_file` and :func:`find_campaigns`;
    ``stix_created`` fixes the bundle's timestamps (see :func:`stix_bundle`).

    Returns
    -------
    CampaignSummary

    Raises
    ------
    InputError
        Unusable input, options or output paths.
    ModelError
        The model cannot be loaded.
    OSError
        An output that cannot be written or moved into place (it names the output).
    """
    from .io import (
        _TEMPORARY,
        _output_format,
        _remove_stale,
        _same_file,
        _to_stdout,
        atomic_outputs,
        format_chunk,
        refuse_overwrite,
        score_file,
    )
    from .scoring import OUTPUT_COLUMNS
    from .tables import detect_format

    t0 = time.perf_counter()
    result = CampaignSummary()
    if not isinstance(chunk_size, int) or chunk_size < 1:
        raise InputError(f"chunk size must be a positive number of rows, got {chunk_size!r}")
    if stix_created is not None:
        stix_stamp(stix_created)  # before any work
    for path in (summary_path, stix_path):
        if path is not None and _to_stdout(path):  # (-o - --stix /dev/stdout; review30)
            raise InputError("--summary and --stix need a file name, not '-' (standard "
                             "output)")
    is_stream = hasattr(input, "read")
    name = str(getattr(input, "name", "-")) if is_stream else str(input)
    if not is_stream:
        for path, option in ((output, "-o"), (summary_path, "--summary"), (stix_path, "--stix")):
            refuse_overwrite(name, path, option)
    named = [(path, option) for path, option in ((output, "-o"), (summary_path, "--summary"),
                                                 (stix_path, "--stix"))
             if path is not None and str(path) != "-"]
    for i, (path, option) in enumerate(named):
        for other, other_option in named[i + 1:]:
            if _same_file(path, other):
                raise InputError(f"{option} and {other_option} name the same file ({path}); "
                                 "each output needs its own")
    fmt_in = detect_format(name, fmt_in)
    fmt_out = _output_format(output, fmt_out, fmt_in)
    tmp_fmt = "jsonl" if fmt_in == "jsonl" else "csv"
    _remove_stale(Path(tempfile.gettempdir()), _STALE_FOLDER)
    folder = tempfile.mkdtemp(prefix=f"recruitscore-campaigns-{os.getpid()}-")
    _TEMPORARY.add(folder)  # removed by remove_temporary() when a signal stops the run

    def _warn(message: str) -> None:
        result.warnings.append(message)
        if warn is not None:
            warn(message)

    try:
        with contextlib.ExitStack() as stack:
            # the outputs first: a bad path fails before any work; all are published or none
            sinks = iter(stack.enter_context(atomic_outputs(
                [output, *(p for p in (summary_path, stix_path) if p is not None)])))
            sink = next(sinks)
            summary_sink = next(sinks) if summary_path is not None else None
            stix_sink = next(sinks) if stix_path is not None else None
            scored = os.path.join(folder, f"scored.{tmp_fmt}")
            score_file(input, scored, model=model, model_path=model_path,
                       fmt_in=fmt_in, fmt_out=tmp_fmt, sep=sep, column_map=column_map,
                       chunk_size=chunk_size, jobs=jobs, encoding_errors=encoding_errors,
                       threshold=threshold, warn=_warn)
            grouper: _Grouper | None = None
            for chunk in _chunks(scored, tmp_fmt, chunk_size):
                frame = chunk.frame
                if grouper is None:
                    # the input's columns, not the score columns score_file added (review25)
                    cols = [str(c) for c in frame.columns if c not in OUTPUT_COLUMNS]
                    opts = _options(cols, similarity, shingle_size, num_perm, date_col,
                                    sender_col, target_col)
                    grouper = _Grouper(opts, spool=folder)
                grouper.add(frame, _row_indicators(frame))
            assert grouper is not None  # score_file wrote at least a header
            groups = grouper.finish()
            header: list[str] | None = None
            for chunk in _chunks(scored, tmp_fmt, chunk_size):
                out = groups.annotate(chunk.frame, chunk.start, _row_indicators(chunk.frame))
                if header is None and fmt_out != "jsonl":
                    header = [str(c) for c in out.columns]
                    buf = io.StringIO()
                    csv.writer(buf, delimiter="\t" if fmt_out == "tsv" else ",",
                               lineterminator="\n").writerow(header)
                    sink.write(buf.getvalue())
                sink.write(format_chunk(out, fmt_out, header,
                                        missing_keys=tmp_fmt != "jsonl"))
            table = groups.summary()
            if summary_sink is not None:
                _write_summary(summary_sink, table)
            if stix_sink is not None:
                write_stix(stix_sink, table, created=stix_created)
        result.rows = grouper.n
        result.campaigns = groups.k
        result.in_campaigns = int((groups.campaign >= 0).sum())
        result.flagged_campaigns = int(groups.flagged_campaign.sum())
    finally:
        shutil.rmtree(folder, ignore_errors=True)
        _TEMPORARY.discard(folder)
    result.seconds = time.perf_counter() - t0
    return result
