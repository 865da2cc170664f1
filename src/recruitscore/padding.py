"""Padding: invisible characters, blank stretches and filler that hide a message.

An attacker can put 100,000 zero-width spaces, a megabyte of spaces or a long run of dots before
(or around) a hostile message. Two things keep that from working:

* :func:`find_padding` finds heavy padding, for the ``padded_text`` signal (an evasion red flag):
  a run of at least 32 invisible characters (white space between them allowed), a blank
  stretch of at least 256 invisible or white-space characters, one character repeated at
  least 256 times, or heavy repetition (a sentence or line found 256 times, a piece repeated
  256 times in a row);
* :func:`compact` shortens a padded or over-long text *before* the length limit applies: every
  padding run is cut to a couple of characters (the longest run keeps its first
  :data:`TRACE_CHARS` characters, so that the signal still sees it), short pieces repeated many
  times are cut to three repeats, so are sentences, lines and longer pieces
  (:func:`repeated_pieces`), and only if the text is still longer than the limit are its head
  and its tail kept (half the limit each). The cost is linear in the text.

What is invisible is one definition, :func:`invisible_ranges` (Unicode's
Default_Ignorable_Code_Point plus every format character), which the matching form
(:mod:`recruitscore.normalize`, step 0) and ``obfuscated_text`` use too.

The compacted text is made of pieces of the original text; ``index[i]`` is the position in the
original text of character ``i`` of the compacted text, so that evidence found in the compacted
text maps back to the original text.

Examples
--------
>>> padded = "\\u200b" * 100_000 + "Add me on WhatsApp"
>>> find_padding(padded)
(0, 64)
>>> c = compact(padded, limit=1000)
>>> len(c.text) < 400, c.text.endswith("Add me on WhatsApp"), c.note
(True, True, 'message: 99,700 invisible or repeated characters removed before scoring')
>>> int(c.index[-1]) == len(padded) - 1
True
>>> compact("Hello", limit=1000).index is None
True
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from itertools import accumulate
from operator import add

import numpy as np

__all__ = [
    "MAX_LONG_PERIOD",
    "OTHER_DEFAULT_IGNORABLE",
    "TRACE_CHARS",
    "VARIATION_SELECTORS",
    "Compacted",
    "compact",
    "find_padding",
    "invisible_class",
    "invisible_ranges",
    "is_invisible",
    "merge_ranges",
    "ranges_class",
    "repeated_pieces",
]

#: The longest padding run keeps this many characters in a compacted text (evidence).
TRACE_CHARS = 300
#: Invisible characters in a row (white space between them allowed) that count as padding.
MIN_INVISIBLE = 32
#: Blank characters (invisible or white space) in a row that count as padding.
MIN_BLANK = 256
#: Repeats of one character that count as padding.
MIN_REPEAT = 256
#: Longest repeated piece that compaction cuts to three repeats.
_MAX_PERIOD = 64
#: The most characters of one text field :func:`compact` reads: a longer text is read as its
#: first and last halves of this (rule R34-C). Compacting costs about 37 bytes of memory a
#: character (a 50 MB field took 1.5 GB); beyond this, the middle of a text that is not
#: padding was never scored anyway (at most the limit of :func:`compact`, 100,000
#: characters in scoring, is), and a message hidden in the middle of this much padding leaves
#: the padding in the halves read, where ``padded_text`` fires.
MAX_READ_CHARS = 4_000_000
#: Longest evidence snippet reported for a padding run.
_SNIPPET = 64

#: Letters and symbols that render as nothing although Unicode does not call them format
#: characters (Hangul fillers, the braille blank), often used as padding; the matching form
#: reads them as spaces (:mod:`recruitscore.normalize`) and ``obfuscated_text`` fires on one
#: used as a space.
BLANK_LOOKING = "\u115f\u1160\u3164\uffa0\u2800"


#: Unicode's Other_Default_Ignorable_Code_Point property (``PropList.txt`` of Unicode 14.0.0,
#: the version of Python 3.11's :mod:`unicodedata`), which :mod:`unicodedata` does not expose:
#: CGJ, Hangul fillers, Khmer inherent vowels, U+2065, U+FFF0-FFF8 and the unassigned parts of
#: the tag block (E0000, E0002-E001F, E0080-E0FFF). Unicode reserves these code points as
#: ignorable, so a renderer shows nothing for them even while they are unassigned.
#: ``tests/test_properties.py`` checks their general categories against :mod:`unicodedata`.
OTHER_DEFAULT_IGNORABLE: tuple[tuple[int, int], ...] = (
    (0x034F, 0x034F), (0x115F, 0x1160), (0x17B4, 0x17B5), (0x2065, 0x2065), (0x3164, 0x3164),
    (0xFFA0, 0xFFA0), (0xFFF0, 0xFFF8), (0xE0000, 0xE0000), (0xE0002, 0xE001F),
    (0xE0080, 0xE00FF), (0xE01F0, 0xE0FFF))
#: Unicode's Variation_Selector property (``PropList.txt`` of Unicode 14.0.0): Mongolian free
#: variation selectors, VS1-VS16, VS17-VS256.
VARIATION_SELECTORS: tuple[tuple[int, int], ...] = (
    (0x180B, 0x180D), (0x180F, 0x180F), (0xFE00, 0xFE0F), (0xE0100, 0xE01EF))
#: The planes that hold format characters (Cf): the BMP, the SMP (U+1BCA0, U+13430...) and
#: plane 14 (tags); the others hold ideographs and private use only (tested over all planes).
_CF_PLANES = (0x00000, 0x10000, 0xE0000)


def merge_ranges(codes: list[int]) -> tuple[tuple[int, int], ...]:
    """Code points as sorted ranges ``(first, last)``.

    Examples
    --------
    >>> merge_ranges([0x42, 0x41, 0x43, 0x200B])
    ((65, 67), (8203, 8203))
    """
    out: list[tuple[int, int]] = []
    for code in sorted(set(codes)):
        if out and out[-1][1] == code - 1:
            out[-1] = (out[-1][0], code)
        else:
            out.append((code, code))
    return tuple(out)


@cache
def invisible_ranges() -> tuple[tuple[int, int], ...]:
    """The code points that render as nothing, as ranges ``(first, last)``: Unicode's
    Default_Ignorable_Code_Point property plus every format character (Cf).

    Default_Ignorable_Code_Point is derived (``DerivedCoreProperties.txt``) from
    Other_Default_Ignorable_Code_Point, the format characters and the variation selectors,
    less white space and a few format characters (prepended concatenation marks such as the
    Arabic number signs U+0600-0605, the interlinear annotation characters U+FFF9-FFFB,
    Egyptian hieroglyph format controls); those are added back here as every other format
    character is: none of them belongs in a word or comes in a run in real text. The format
    characters are read from :mod:`unicodedata` (so a newer Python adds the new ones), the
    other two properties from :data:`OTHER_DEFAULT_IGNORABLE` and :data:`VARIATION_SELECTORS`.

    Not in it: white space, combining marks that show (accents), and unassigned code points
    that are not default-ignorable (a renderer draws them as a box, or they are characters
    newer than Python's Unicode data, such as new emoji: visible either way).

    Examples
    --------
    >>> r = invisible_ranges()
    >>> def inside(c):
    ...     return any(lo <= ord(c) <= hi for lo, hi in r)
    >>> [inside(c) for c in "\\u200b\\u2065\\u206a\\ufff0\\U0001bca0\\U000e0080\\u034f\\ufe0f"]
    [True, True, True, True, True, True, True, True]
    >>> [inside(c) for c in " a\\u0301\\u00a0\\U0001fae8"]
    [False, False, False, False, False]
    """
    codes = [code for plane in _CF_PLANES for code in range(plane, plane + 0x10000)
             if unicodedata.category(chr(code)) == "Cf"]
    for lo, hi in OTHER_DEFAULT_IGNORABLE + VARIATION_SELECTORS:
        codes.extend(range(lo, hi + 1))
    return merge_ranges([c for c in codes if not chr(c).isspace()])


def is_invisible(ch: str) -> bool:
    """Whether the character ``ch`` is in :func:`invisible_ranges`.

    Examples
    --------
    >>> is_invisible("\\u2065"), is_invisible("\\U0001bca1"), is_invisible("e")
    (True, True, False)
    """
    return ch in _invisible_set()


@cache
def _invisible_set() -> frozenset[str]:
    return frozenset(chr(c) for lo, hi in invisible_ranges() for c in range(lo, hi + 1))


def ranges_class(ranges: tuple[tuple[int, int], ...]) -> str:
    """A regex character class body (for :mod:`re` and RE2) for code point ranges.

    Examples
    --------
    >>> ranges_class(((0x41, 0x43), (0x200B, 0x200B)))
    'A-C\\u200b'
    """
    return "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
                   for a, b in ranges)


@cache
def invisible_class() -> str:
    """A regex character class body of the characters that count as invisible padding (not white
    space): the invisible characters of :func:`invisible_ranges`, and in the BMP also control
    characters, combining marks and private use; and the blank-looking letters
    (:data:`BLANK_LOOKING`).

    Examples
    --------
    >>> import re
    >>> bool(re.fullmatch(f"[{invisible_class()}]+", "\\u200b\\u2060\\ufeff\\x00\\u3164"))
    True
    >>> bool(re.fullmatch(f"[{invisible_class()}]+", "\\u2065\\ufff3\\U0001bca2\\U000e0080"))
    True
    >>> re.search(f"[{invisible_class()}]", "a b\\tc\\n\\U0001fae8") is None
    True
    """
    codes = [code for code in range(0x10000)
             if not 0xD800 <= code < 0xE000 and not chr(code).isspace()
             and (unicodedata.category(chr(code)) in ("Cc", "Mn", "Co")
                  or chr(code) in BLANK_LOOKING)]
    for lo, hi in invisible_ranges():
        codes.extend(range(lo, hi + 1))
    return ranges_class(merge_ranges(codes))


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    inv = invisible_class()
    invisible = re.compile(f"(?:[{inv}]\\s*){{{MIN_INVISIBLE},}}")
    blank = re.compile(f"[{inv}\\s]{{{MIN_BLANK},}}")
    # a run for compaction: blank characters, one character or a short piece repeated
    run = re.compile(f"[{inv}\\s]{{3,}}|(.)\\1{{7,}}", re.S)
    # what every padding run leaves in every 8th character: a run of 32 blank characters shows
    # as 4 blank ones, 256 repeats of a character as 31 equal ones
    sampled3 = re.compile(f"[{inv}\\s]{{10,}}|(.)\\1{{29,}}", re.S)
    # heavy padding as one run, for the first pass over a text beyond MAX_READ_CHARS: a blank
    # stretch (``blank``) or one character repeated (:data:`_REPEAT`)
    heavy = re.compile(f"{blank.pattern}|{_REPEAT.pattern}", re.S)
    return invisible, blank, run, sampled3, heavy


# blank bytes (any other character became "?") -> 0, the rest -> 1
_BLANK_BYTES = bytes(0 if b <= 0x20 or b in (0x7F, ord("?")) else 1 for b in range(256))
_BLANK4 = b"\0\0\0\0"
_REPEAT_BYTES = re.compile(rb"(.)\1{29}", re.S)
# what padding leaves in every 3rd character (ASCII text: a small character class is faster)
_SAMPLED3_ASCII = re.compile("[\x00-\x20\x7f]{10,}|(.)\\1{29,}", re.S)


_REPEAT = re.compile(f"(.)\\1{{{MIN_REPEAT - 1},}}", re.S)


def find_padding(text: str) -> tuple[int, int] | None:
    """The span of the first heavy padding in ``text`` (at most 64 characters of it), or
    ``None``: :data:`MIN_INVISIBLE` invisible characters in a row (white space between them
    allowed), :data:`MIN_BLANK` blank characters in a row, one character repeated
    :data:`MIN_REPEAT` times, or heavy repetition: a sentence or line, or a piece of at most
    :data:`MAX_LONG_PERIOD` characters repeated in a row, :data:`MIN_REPEAT` times (the span
    is then that of its first copy; see :func:`repeated_pieces`).

    Examples
    --------
    >>> find_padding("Hi" + " " * 300 + "there"), find_padding("Best regards,\\n\\n-- \\nAnna")
    ((2, 66), None)
    >>> find_padding("=" * 80), find_padding("." * 500)
    (None, (0, 64))
    >>> job = "We have a senior data engineer role in Lyon, hybrid. Interested in a call? "
    >>> find_padding("Hello! " + job * 300), find_padding(job * 3 + "Best, Anna")
    ((7, 59), None)
    >>> find_padding("Merci. " * 255 + "Bonjour"), find_padding("Merci. " * 256 + "Bonjour")
    (None, (0, 6))
    >>> find_padding("\U0001f600\U0001f601\U0001f602" * 300 + " Add me on Telegram")
    (0, 64)
    """
    n = len(text)
    if n < MIN_INVISIBLE:
        return None
    span = _blank_padding(text)
    if span is None and n >= 2 * MIN_REPEAT:
        span = _heavy_repetition(text, {})
    return span


def _blank_padding(text: str) -> tuple[int, int] | None:
    """:func:`find_padding` without heavy repetition."""
    n = len(text)
    invisible, blank = _patterns()[:2]
    # the cheap test that nearly every message stops at: every 8th character, as ASCII bytes
    # (any other character becomes "?", so that this test can only say yes too often)
    sample = text[::8].encode("ascii", "replace")
    if _BLANK4 not in sample.translate(_BLANK_BYTES) and (
            n < MIN_REPEAT or not _REPEAT_BYTES.search(sample)):
        return None
    # ordinary text passes it when every 8th character is a space 4 times in a row (3.75% of
    # generated messages); every 3rd character is a space 10 times in a row in none
    sample = text[::3]
    if not (_SAMPLED3_ASCII if sample.isascii() else _patterns()[3]).search(sample):
        return None
    found: list[tuple[int, int]] = []
    for rx in (invisible, blank, _REPEAT):
        m = rx.search(text)
        if m:
            found.append((m.start(), m.end()))
    if not found:
        return None
    start, end = min(found)
    return start, min(end, start + _SNIPPET)


def _heavy_repetition(text: str, memo: dict[str, _Pieces]) -> tuple[int, int] | None:
    """The first copy (at most 64 characters) of a sentence or line found :data:`MIN_REPEAT`
    times, or of a piece repeated :data:`MIN_REPEAT` times in a row, whose copies make up half
    the text or more, or ``None``. The pieces
    of ``text``, when found, are left in ``memo`` (for :func:`compact`)."""
    # a text with fewer than MIN_REPEAT sentence or line ends has fewer pieces (str.count on
    # each end character: a few microseconds, where nearly every message stops)
    if sum(map(text.count, _PIECE_END_CHARS)) >= MIN_REPEAT:
        starts, ends, keys = memo[text] = _pieces(text)
        heavy = [k for k, c in Counter(keys).items() if c >= MIN_REPEAT and k]
        if heavy:  # padding only when the copies make up half the text or more (review31:
            # a digest of 300 roles, each with its "Easy Apply" line, is not padding)
            size = Counter()
            for k, a, b in zip(keys, starts, ends, strict=True):
                size[k] += b - a
            heavy = [k for k in heavy if 2 * size[k] >= len(text)]
        if heavy:
            first = dict(zip(reversed(keys), range(len(keys) - 1, -1, -1), strict=True))
            i = min(first[k] for k in heavy)
            at, to = starts[i], starts[i] + len(text[starts[i]:ends[i]].rstrip())
            return at, min(to, at + _SNIPPET)
    stretches = [(start, end) for start, end, _ in _repeated_stretches(text, MIN_REPEAT)]
    if stretches and 2 * sum(end - start for start, end in stretches) >= len(text):
        start, end = stretches[0]  # (the same rule, over every stretch)
        return start, min(end, start + _SNIPPET)
    return None


#: Longest period of a piece repeated in a row that :func:`find_padding` and :func:`compact`
#: look for beyond :data:`_MAX_PERIOD` (longer pieces are found as sentences or lines).
MAX_LONG_PERIOD = 8192
#: A stretch repeated in a row is looked for from one sample every this many characters.
_SAMPLE_STEP = 1024
#: Characters of a sample looked for again to find the period, and how many times.
_GRAM = 16
_TRIES = 4
#: The end of a sentence (end marks and the white space after them) or of a line.
_PIECE_END = re.compile("[.!?\u2026]+(?=\\s)\\s*|[\u3002\uff01\uff1f]\\s*"
                        "|[\n\r\u2028\u2029\x0b\x0c\x85]\\s*")
_PIECE_SPLIT = re.compile(f"({_PIECE_END.pattern})")
_PIECE_END_CHARS = ".!?\u2026\u3002\uff01\uff1f\n\r\u2028\u2029\x0b\x0c\x85"


_Pieces = tuple[list[int], list[int], list[str]]


def _pieces(text: str) -> _Pieces:
    """The sentences and lines of ``text`` (each with the white space after it): their starts,
    ends and keys, the key being the piece's words, casefolded, with single spaces between
    them (copies that differ only in case or white space are one; a piece of white space only
    has the key ``""``). Built with C-level maps: about 0.1 s for 1 MB of distinct short
    sentences."""
    parts = _PIECE_SPLIT.split(text)  # text, end, text, end, ..., text
    pieces = list(map(add, parts[0::2], [*parts[1::2], ""]))
    ends = list(accumulate(map(len, pieces)))
    starts = [0, *ends[:-1]]
    keys = list(map(str.casefold, map(" ".join, map(str.split, pieces))))
    return starts, ends, keys


def repeated_pieces(text: str, keep: int = 3) -> list[tuple[int, int]]:
    """The spans of ``text`` that repeat what it has already said ``keep`` times, in order:
    every copy of a sentence or line after its first ``keep`` (in any order, whatever its
    length), and a stretch that repeats a piece of at most :data:`MAX_LONG_PERIOD` characters
    in a row after its first ``keep`` copies (a piece with no sentence end, such as a cycle of
    emoji). Cutting them leaves ``keep`` copies of everything the text says. The cost is
    linear: sentences are looked up in a dictionary by their words, and a repeated stretch is
    found from one sample every 1,024 characters (so a stretch is found once it holds
    ``keep + 1`` copies and a sample; pieces longer than :data:`MAX_LONG_PERIOD` only as
    sentences or lines).

    Examples
    --------
    >>> repeated_pieces("Hi. Hi. hi.  Hi. Bye. HI.")
    [(13, 17), (22, 25)]
    >>> repeated_pieces("Hi. Hi. Hi.\\nBest, Anna\\nBest, Anna")
    []
    >>> text = "\U0001f600\U0001f601\U0001f602" * 30 + "Add me"
    >>> repeated_pieces(text), len(text)
    ([(9, 90)], 96)
    """
    spans = sorted(_stretch_cuts(text, keep) + _piece_cuts(text, keep))
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _stretch_cuts(text: str, keep: int, memo: object = None) -> list[tuple[int, int]]:
    """The stretches repeated in a row of :func:`repeated_pieces`, after ``keep`` copies."""
    # whole copies only: what follows the kept copies reads on as it did (a partial copy, then
    # the rest of the text)
    return [(start + keep * p, start + (end - start) // p * p)
            for start, end, p in _repeated_stretches(text, keep + 1)]


def _piece_cuts(text: str, keep: int, memo: dict[str, _Pieces] | None = None
                ) -> list[tuple[int, int]]:
    """The sentences and lines of :func:`repeated_pieces` after their first ``keep`` copies
    (``memo``: the pieces of ``text`` if already found)."""
    starts, ends, keys = (memo or {}).get(text) or _pieces(text)
    counts = Counter(keys)
    if all(c <= keep for c in counts.values()):
        return []  # (distinct sentences: the common case, without a loop in Python)
    seen: dict[str, int] = {}
    spans = []
    for start, end, key in zip(starts, ends, keys, strict=True):
        if counts[key] > keep and key:
            count = seen[key] = seen.get(key, 0) + 1
            if count > keep:
                spans.append((start, end))
    return spans


def _period_at(text: str, i: int) -> int:
    """A period ``p`` (at most :data:`MAX_LONG_PERIOD`) with ``text[i:i + p] == text[i + p:i +
    2 * p]``, found where the :data:`_GRAM` characters at ``i`` come again; 0 if none."""
    n = len(text)
    gram = text[i:i + _GRAM]
    stop = min(n, i + MAX_LONG_PERIOD + _GRAM)
    j = i
    for _ in range(_TRIES):
        j = text.find(gram, j + 1, stop)
        if j < 0:
            return 0
        p = j - i
        # (the first 64 characters first: a quick no for nearly every candidate)
        if (j + p <= n and text.startswith(text[j:j + min(p, 64)], i)
                and text[i:j] == text[j:j + p]):
            return p
    return 0


def _run_end(text: str, i: int, p: int) -> int:
    """The end of the stretch from ``i`` that repeats with period ``p``: the first ``x >= i +
    p`` with ``text[x] != text[x - p]`` (``len(text)`` if none). The cost is linear in the
    stretch: blocks of doubling length compared at once, then halved in the block that
    differs."""
    n = len(text)
    x, block = i + p, 256
    while x < n:
        hi = min(n, x + block)
        if text[x:hi] == text[x - p:hi - p]:
            x, block = hi, 2 * block
            continue
        while hi - x > 1:  # text[.. x] repeats, a difference in [x, hi)
            mid = (x + hi) // 2
            if text[x:mid] == text[x - p:mid - p]:
                x = mid
            else:
                hi = mid
        return x
    return n


def _repeated_stretches(text: str, copies: int) -> Iterator[tuple[int, int, int]]:
    """Stretches ``text[start:end]`` that repeat a piece of ``p`` characters (at most
    :data:`MAX_LONG_PERIOD`) at least ``copies`` times in a row: ``(start, end, p)``, looked for
    from one sample every :data:`_SAMPLE_STEP` characters."""
    n = len(text)
    i = 0
    while i + _GRAM <= n:
        p = _period_at(text, i)
        if not p:
            i += _SAMPLE_STEP
            continue
        end = _run_end(text, i, p)
        if end - i >= copies * p:
            yield i, end, p
            i = end
        else:  # (two copies at least: the next sample moves half the stretch on, or more)
            i = max(i + _SAMPLE_STEP, end - p)


@dataclass(frozen=True)
class Compacted:
    """A text with its padding cut (see :func:`compact`).

    Attributes
    ----------
    text : str
        The compacted text (the original text itself when nothing was cut).
    index : numpy array of int or None
        Position in the original text of each character of ``text``; ``None`` when ``text`` is
        the original text.
    removed : int
        Characters of padding removed.
    truncated : int
        Characters left out from the middle because the text was still over the limit.
    note : str
        What was done, for the row's ``error``/``problems`` (empty when nothing was cut).
    padded : bool
        Whether :func:`find_padding` found heavy padding in the original text.
    """

    text: str
    index: np.ndarray | None = None
    removed: int = 0
    truncated: int = 0
    note: str = ""
    padded: bool = False


def compact(text: str, limit: int, field: str = "message") -> Compacted:
    """Cut the padding out of ``text`` and keep at most ``limit`` characters (head and tail).

    Nothing changes for a text of at most ``limit`` characters without heavy padding (see
    :func:`find_padding`).

    Examples
    --------
    >>> c = compact("Keep it between us." + "." * 5000 + " Add me on Telegram.", limit=100_000)
    >>> len(c.text), c.removed, c.text.endswith("... Add me on Telegram.")
    (338, 4701, True)
    >>> compact("Thanks! " * 50_000 + "Add me on Telegram.", limit=100_000).text
    'Thanks! Thanks! Thanks! Add me on Telegram.'
    """
    n = len(text)
    if n > MAX_READ_CHARS:
        return _compact_halves(text, limit, field)
    memo: dict[str, _Pieces] = {}  # the pieces of text, if the padding test found them
    padded = n >= MIN_INVISIBLE and (_blank_padding(text) is not None or (
        n >= 2 * MIN_REPEAT and _heavy_repetition(text, memo) is not None))
    if n <= limit and not padded:
        return Compacted(text)
    run = _patterns()[2]
    # +1 where a dropped range starts, -1 where it ends (a running sum > 0 means dropped)
    delta = np.zeros(n + 1, dtype=np.int64)
    protect: tuple[int, int] = (0, 0)
    for m in run.finditer(text):
        s, e = m.span()
        keep = 2 if m.group(1) is None else 3
        delta[s + keep] += 1
        delta[e] -= 1
        if e - s > protect[1] - protect[0]:
            protect = (s, e)
    drop = np.cumsum(delta[:n]) > 0
    # the longest blank or one-character run keeps TRACE_CHARS characters: evidence of padding
    trace_end = min(protect[1], protect[0] + TRACE_CHARS)
    drop[protect[0]:trace_end] = False
    index = np.flatnonzero(~drop)
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)[index]
    m = index.size
    delta = np.zeros(m + 1, dtype=np.int64)
    for period in range(2, min(_MAX_PERIOD, m // 4) + 1):
        # a piece of `period` characters repeated 4+ times: keep 3 repeats
        same = np.zeros(m - period + 2, dtype=np.int8)
        same[1:-1] = codes[period:] == codes[:-period]
        edges = np.diff(same)
        starts, ends = np.flatnonzero(edges == 1), np.flatnonzero(edges == -1)
        long = (ends - starts) >= 3 * period
        np.add.at(delta, starts[long] + 3 * period, 1)
        np.add.at(delta, ends[long] + period, -1)
    keep = np.cumsum(delta[:m]) <= 0
    keep[(index >= protect[0]) & (index < trace_end)] = True
    index = index[keep]
    # sentences and lines repeated (in any order) and longer pieces repeated in a row: three
    # copies kept (red-team round 7, F2: a 129-character sentence 426 times on each side hid
    # the message beyond the cut)
    for cuts_of in (_stretch_cuts, _piece_cuts):  # (the second reads what the first left)
        kept = text if index.size == n else "".join(_slices(text, index))
        cuts = cuts_of(kept, 3, memo)
        if cuts:
            delta = np.zeros(index.size + 1, dtype=np.int64)
            for start, end in cuts:
                delta[start] += 1
                delta[end] -= 1
            keep = np.cumsum(delta[:index.size]) <= 0
            keep[(index >= protect[0]) & (index < trace_end)] = True
            index = index[keep]
    removed = n - index.size
    truncated = 0
    if index.size > limit:
        half = limit // 2
        truncated = int(index.size - 2 * half)
        index = np.concatenate([index[:half], index[index.size - half:]])
    if index.size == n:
        return Compacted(text, padded=padded)
    notes = []
    if removed:
        notes.append(f"{removed:,} invisible or repeated characters removed before scoring")
    if truncated:
        notes.append(f"{truncated:,} characters in the middle not scored (only the first and "
                     f"last {limit // 2:,} of {index.size + truncated:,} are)")
    out = "".join(_slices(text, index))
    return Compacted(out, index, removed, truncated, f"{field}: " + "; ".join(notes), padded)


def _compact_halves(text: str, limit: int, field: str) -> Compacted:
    """:func:`compact` of a text longer than :data:`MAX_READ_CHARS`: its long padding runs (blank
    or invisible characters, one character repeated) cut first in one pass, the longest
    keeping :data:`TRACE_CHARS` characters (review45 H4: a lure between two runs of 2,500,000
    invisible characters fell in the middle that was not read), then, if still longer, its
    first and last ``MAX_READ_CHARS // 2`` characters, with positions into ``text`` and the
    characters not read counted as left out from the middle (rules R34-C, R34-G)."""
    runs = [m.span() for m in _patterns()[4].finditer(text)]
    longest = max(runs, key=lambda r: r[1] - r[0], default=(0, 0))
    pieces: list[str] = []
    kept_at: list[int] = []  # where each kept piece starts in the stripped text
    orig_at: list[int] = []  # ... and in ``text``
    pos = size = 0
    for start, end in runs:
        stop = start + (TRACE_CHARS if (start, end) == longest else 3)
        kept_at.append(size)
        orig_at.append(pos)
        pieces.append(text[pos:stop])
        size += stop - pos
        pos = end
    kept_at.append(size)
    orig_at.append(pos)
    pieces.append(text[pos:])
    stripped = "".join(pieces)
    del pieces
    half = MAX_READ_CHARS // 2
    unread = max(0, len(stripped) - 2 * half)
    inner = compact(stripped[:half] + stripped[-half:] if unread else stripped, limit, field)
    index = (inner.index if inner.index is not None
             else np.arange(len(inner.text), dtype=np.int64))
    if unread:
        index = np.where(index < half, index, index + unread)
    starts = np.asarray(kept_at, dtype=np.int64)
    k = np.searchsorted(starts, index, side="right") - 1
    index = np.asarray(orig_at, dtype=np.int64)[k] + (index - starts[k])
    notes = []
    if len(text) > len(stripped):
        notes.append(f"{len(text) - len(stripped):,} characters of padding removed first")
    if unread:
        notes.append(f"{unread:,} characters in the middle not read (only the first and last "
                     f"{half:,} of {len(stripped):,} are)")
    if inner.note:
        notes.append(inner.note.removeprefix(f"{field}: "))
    return Compacted(inner.text, index, inner.removed + len(text) - len(stripped),
                     inner.truncated + unread, f"{field}: " + "; then ".join(notes),
                     inner.padded or bool(runs))


def _slices(text: str, index: np.ndarray) -> list[str]:
    """The pieces of ``text`` at the (increasing) positions ``index``, one slice per run of
    consecutive positions."""
    if index.size == 0:
        return []
    breaks = np.flatnonzero(np.diff(index) != 1) + 1
    starts = np.concatenate([[0], breaks])
    ends = np.concatenate([breaks, [index.size]])
    return [text[int(index[a]):int(index[b - 1]) + 1] for a, b in zip(starts.tolist(),
                                                                      ends.tolist(), strict=True)]
