"""Text normalisation for matching, with a map back to the original text.

Every detector in :mod:`recruitscore.signals` matches against the *matching form* of a text:

0. markup a reader never sees taken out: a text with HTML that inline styles hide or that a
   browser never renders (``<head>``, ``<title>``, ``<style>``, ``<script>``, ``<template>``)
   read twice, as displayed and as stored; HTML character references decoded (``&#109;``,
   ``&nbsp;``, ``&amp;``, and numeric ones without their ``;``, ``&#99&#104``), asterisks
   (``**bold**``, ``*stars*``), ``~~`` and ``__`` dropped (a space between two letters), the
   inline tags ``<b>``, ``<i>``, ``<u>``, ``<s>``, ``<em>``, ``<strong>``, ``<span ...>``,
   ``<font ...>``, ``<mark>``, ``<small>``, ``<big>``, ``<sub>``, ``<sup>``, ``<ins>``,
   ``<del>``, ``<wbr>``, ``<code>``, ``<o:p>``... (opening or closing), a link without an
   address (``<a>``), any tag between two letters or digits (``Whats<img src=x>App``), BBCode
   (``[b]``) and chat spoiler bars (``rete||nu||``) and HTML comments removed, so that
   ``**clone** **our** **repo**`` reads as "clone our repo"; line breaks, paragraphs and
   table cells (``<br>``, ``</p><p>``, ``</td><td>``) read as white space; a word hyphenated
   across a line break read whole ("men-\\ntion", also with U+2010 or a soft hyphen, and a
   quoted-printable soft break "cl=\\none"); a text with a right-to-left override (U+202E, or
   one written as a reference, ``<bdo dir="rtl">`` or CSS ``unicode-bidi: bidi-override;
   direction: rtl``, up to U+202C or its end tag or the end of the line) read twice, with its
   runs as displayed and as stored (references and tags are read first); a text with
   invisible characters between two Latin letters or digits read
   twice, as stored and with them as spaces (``clone\\u200bour\\u200brepo``), and so is a text
   with a narrow space (hair, thin...), a blank-looking filler or U+FFFC between two letters
   (``What\\u200asApp``; not in numbers, nor the word gap of a text without ordinary spaces,
   see :func:`in_word_gaps`); and letters spaced or
   dotted one by one, or words joined by one character, read as words (``c l o n e  o u r  r e p
   o``, ``c.l.o.n.e o.u.r r.e.p.o``, ``Please_clone_our_repo_and_run_it`` -> "clone our repo",
   see :func:`_cuts`);
1. mojibake repaired (``ftfy``, only when the text looks broken),
2. each character mapped on its own: invisible characters dropped (zero-width spaces, soft
   hyphens, bidi marks), control characters (NUL, DEL, C1) and every kind of white space turned
   into a plain space, NFKC,
   casefold, accents stripped, confusable letters from other scripts (Cyrillic ``а``, Greek
   ``ο``, and the rarer ones in Unicode's confusables data, see :func:`_look_alikes`) mapped to
   their Latin look-alikes, dashes and quotes unified;
3. runs of spaces collapsed to one, none at either end;
4. digits written for letters inside a word read as those letters: one or two of ``0 1 3 4 5
   7`` between two letters become ``o i e a s t`` (``cl1ent`` -> ``client``, ``betw33n`` ->
   ``between``, ``rep0rt`` -> ``report``). A digit at either edge of a word stays (``web3``,
   ``covid19``, ``10k``, ``b2b``: 2, 6, 8 and 9 are never read as letters).

Steps 2 (a table) and 4 (a regular expression over the matching form) map characters one for
one, so they serve two paths that must agree:

* :func:`normalize` keeps, for every character of the matching form, the index of the original
  character it came from, so that evidence spans point into the *original* text;
* :func:`fast_normalize` uses :meth:`str.translate` with the same table and no index, for the
  vectorised path over a whole column.

What the character map cannot undo (spaced letters ``W h a t s A p p``, ``wh@tsapp``,
``Tele.gram``, ``name (at) gmail (dot) com``) is handled by the patterns themselves, see
:func:`recruitscore.signals.lexicon.term`.

Examples
--------
>>> from recruitscore.normalize import normalize
>>> n = normalize("Add me on Télégr\\u0430m\\u200b!")
>>> n.text
'add me on telegram!'
>>> start, end = n.span(10, 18)
>>> "Add me on Télégr\\u0430m\\u200b!"[start:end]
'Télégrаm'
"""

from __future__ import annotations

import bisect
import difflib
import html
import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import filterfalse
from typing import Any

import numpy as np

from .padding import BLANK_LOOKING, invisible_ranges, merge_ranges, ranges_class
from .stopwords import FUNCTION_WORDS

__all__ = ["CHAT_APPS", "I_FOR_L_RE2", "LONE_SURROGATE", "STEP0_ANY", "STEP0_SUSPECT",
           "STEP4_SUSPECT", "UNGLUE_HINT", "NormText", "digits_as_letters_all", "fast_normalize",
           "fast_normalize_all", "i_as_l", "i_for_l_spans", "may_hide_text", "normalize",
           "surrogate_note", "surrogate_rows", "to_text", "without_surrogates"]

# Letters from other scripts that look like Latin letters (after casefolding). Only letters that
# are commonly used to disguise words are listed; the rest of those scripts is left alone.
_CONFUSABLES: dict[str, str] = {
    # Cyrillic
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p",
    "с": "c", "т": "t", "у": "y", "х": "x", "ѕ": "s", "і": "i", "ї": "i", "ј": "j", "һ": "h",
    "ԁ": "d", "ԛ": "q", "ԝ": "w", "ɡ": "g", "ӏ": "l", "ո": "n", "ս": "u",
    # Greek
    "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p",
    "τ": "t", "υ": "u", "χ": "x", "γ": "y", "ω": "w", "σ": "o", "ς": "c",
    # Latin small capitals ("ᴡʜᴀᴛsᴀᴘᴘ"): NFKC leaves them alone
    "ᴀ": "a", "ʙ": "b", "ᴄ": "c", "ᴅ": "d", "ᴇ": "e", "ꜰ": "f", "ɢ": "g", "ʜ": "h", "ɪ": "i",
    "ᴊ": "j", "ᴋ": "k", "ʟ": "l", "ᴍ": "m", "ɴ": "n", "ᴏ": "o", "ᴘ": "p", "ꞯ": "q", "ʀ": "r",
    "ꜱ": "s", "ᴛ": "t", "ᴜ": "u", "ᴠ": "v", "ᴡ": "w", "ʏ": "y", "ᴢ": "z",
    # Lisu letters that Unicode's confusables list as Latin capitals, and the IPA alpha
    "ꓮ": "a", "ꓐ": "b", "ꓚ": "c", "ꓓ": "d", "ꓰ": "e", "ꓝ": "f", "ꓖ": "g", "ꓧ": "h", "ꓲ": "i",
    "ꓙ": "j", "ꓗ": "k", "ꓡ": "l", "ꓟ": "m", "ꓠ": "n", "ꓳ": "o", "ꓑ": "p", "ꓣ": "r", "ꓢ": "s",
    "ꓔ": "t", "ꓴ": "u", "ꓦ": "v", "ꓪ": "w", "ꓫ": "x", "ꓬ": "y", "ꓜ": "z", "ɑ": "a",
    # Latin letters that do not decompose under NFKD
    "ø": "o", "ł": "l", "đ": "d", "ħ": "h", "ı": "i", "ŀ": "l", "æ": "ae", "œ": "oe",
    "ß": "ss", "þ": "th", "ð": "d",
}
#: Latin letters drawn as two letters, which NFKC leaves alone (red-team round 9, F6; rule
#: R27-J2): "Flighʦ", « instaỻation » (their capitals fold to them first)
_DIGRAPH_LETTERS: dict[str, str] = {
    "ȣ": "ou", "ꝏ": "oo", "ỻ": "ll", "ʦ": "ts", "ᵫ": "ue", "ꜹ": "av", "ꜻ": "av", "ꜳ": "aa",
    "ꜵ": "ao", "ꜷ": "au", "ꜽ": "ay", "ꝡ": "vy", "ʣ": "dz", "ʨ": "tc", "ʪ": "ls", "ʫ": "lz",
    "ᵺ": "th", "ȸ": "db", "ȹ": "qp", "ꜩ": "tz",
}
_CONFUSABLES.update(_DIGRAPH_LETTERS)
#: The two-letter letters and their capitals, as a regex class body (``signals.detectors``
#: calls such a letter inside a word a disguise).
DIGRAPHS = "".join(dict.fromkeys(c for k in _DIGRAPH_LETTERS for c in (k, k.upper())))


@cache
def _look_alikes() -> dict[str, str]:
    """Letters that Unicode's confusables data (UTS #39, the ``confusable_homoglyphs`` package)
    lists as look-alikes of exactly one ASCII letter (ignoring case): Cherokee ``Ꮃ``, Coptic,
    Armenian, Canadian syllabics... (about 230 beyond :data:`_CONFUSABLES`, which is looked up
    first). Loaded only when a letter that neither the table nor NFKD makes ASCII is met, so a
    message in plain Latin letters never loads the data (about 10 ms)."""
    from confusable_homoglyphs import confusables

    out: dict[str, str] = {}
    for ch, homoglyphs in confusables.confusables_data.items():
        targets = {h["c"].lower() for h in homoglyphs
                   if len(h["c"]) == 1 and h["c"].isascii() and h["c"].isalpha()}
        if len(ch) == 1 and ch.isalpha() and len(targets) == 1:
            out[ch] = targets.pop()
    return out


_DASHES = "‐‑‒–—―−﹘﹣－"
_QUOTES = {"‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'", "´": "'",
           "“": '"', "”": '"', "„": '"', "‟": '"', "″": '"', "«": '"', "»": '"',
           # apostrophe look-alikes in elisions (« nʼen parlez pas »; a review, December
           # 2026); the backtick is left alone: it marks code in markdown
           "\u02bc": "'", "\u02bb": "'", "\u02b9": "'", "\ua78c": "'", "\u02c8": "'",
           "\u055a": "'", "\u1fbf": "'"}


#: Signs read as a space: trademark and service-mark signs, superscript digits (footnote
#: markers). ``®`` is left to NFKC, which keeps it apart from the word already; subscript
#: digits stay digits ("CO₂").
_MARKERS = frozenset("\u2122\u2120\u00b9\u00b2\u00b3\u2070\u2074\u2075\u2076\u2077\u2078"
                     "\u2079")
_LATIN_WITH = re.compile(r"LATIN (?:SMALL|CAPITAL) LETTER (?:(?:BARRED|DOTLESS) ([A-Z])"
                         r"|([A-Z]) (?:WITH [A-Z ]+|BAR))$")


def _latin_base(ch: str) -> str:
    """The base letter of a Latin letter with a stroke, bar, hook, tail or curl that NFKD does
    not decompose (``ȼ`` -> ``c``, ``ɇ`` -> ``e``, ``ƚ`` -> ``l``, ``Ŧ`` -> ``t``), read from its
    Unicode name; ``""`` for any other character. Such letters look like their base letter with
    a mark, so a word written in them reads as the word (red-team round 7, F5).

    Examples
    --------
    >>> _latin_base("ȼ"), _latin_base("Ɍ"), _latin_base("ɓ"), _latin_base("ʉ"), _latin_base("ɵ")
    ('c', 'r', 'b', 'u', 'o')
    >>> _latin_base("ə"), _latin_base("ɐ"), _latin_base("a")  # schwa, turned a: not read
    ('', '', '')
    """
    m = _LATIN_WITH.match(unicodedata.name(ch, ""))
    return (m.group(1) or m.group(2)).lower() if m else ""


@cache
def _map_char(ch: str) -> str:
    """Return the matching form of a single character (possibly empty or several chars)."""
    if ch.isspace() or ch in BLANK_LOOKING:  # a blank-looking letter used as a space
        return " "
    if "\U0001f150" <= ch <= "\U0001f169" or "\U0001f170" <= ch <= "\U0001f189":
        # negative circled and squared letters (🅒, 🅲), which NFKC leaves alone
        return chr(ord("a") + (ord(ch) - 0x1F150) % 32)
    cat = unicodedata.category(ch)
    if cat == "Cc":
        # a control character (NUL, DEL, C1 ...) separates words: used between the words of a
        # message it would otherwise join them all and hide every red flag; inside an app name
        # the name is still read (the lexicon allows a space in it)
        return " "
    if cat in ("Cf", "Cs", "Co", "Cn", "Mn", "Me"):
        # format (zero-width, bidi, soft hyphen), lone surrogates, private use, unassigned, and
        # stray combining marks, enclosing ones too (c⃝, the keycap)
        return ""
    if ch in _DASHES:
        return "-"
    if ch in _QUOTES:
        return _QUOTES[ch]
    if ch in _MARKERS:
        # a trademark sign or a footnote number glued to a word ("WhatsApp™", "Signal¹"):
        # NFKC would glue "tm" or "1" to the word ("whatsapptm"), which then reads as no key
        # word at all (red-team round 7, F10)
        return " "
    out = []
    for c in unicodedata.normalize("NFKC", ch).casefold():
        for d in unicodedata.normalize("NFKD", c):
            if unicodedata.category(d) in ("Mn", "Me"):
                continue
            d = _CONFUSABLES.get(d, d)
            if not d.isascii() and d.isalpha():
                d = _look_alikes().get(d, d)
            if not d.isascii() and d.isalpha():
                d = _latin_base(d) or d
            if not d.isascii() and d.isdecimal():
                # a digit of another script (Arabic-Indic, Devanagari...), which NFKC keeps:
                # "$٣٠٠٠" is "$3000" (red-team round 9, F8; rule R27-J1)
                d = str(unicodedata.decimal(d))
            if d in _DASHES:
                d = "-"
            out.append(_QUOTES.get(d, d))
    res = "".join(out).lower()  # stable under lower(), which the fast path applies after it
    if len(res) == 3 and res[0] == "(" and res[2] == ")" and res[1].isalpha():
        return res[1]  # a parenthesised letter ('⒲' is '(w)' under NFKC) is that letter
    # NFKC of some symbols yields spaces (e.g. U+00A0 handled above, U+2002 etc.)
    return " " if res.isspace() else res


class _Table(dict):  # type: ignore[type-arg]
    """A ``str.translate`` table that fills itself lazily from :func:`_map_char`."""

    def __missing__(self, key: int) -> str:
        val = _map_char(chr(key))
        self[key] = val
        return val


_TABLE = _Table()
_ASCII_TABLE = {i: " " for i in range(32)}  # control characters separate words (see _map_char)
_ASCII_TABLE[127] = " "


def to_text(value: object) -> str:
    """Coerce a cell value to text: ``None``/NaN become ``""``; bytes are decoded leniently.

    Examples
    --------
    >>> to_text(None), to_text(float("nan")), to_text(42), to_text(b"caf\\xc3\\xa9")
    ('', '', '42', 'café')
    """
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, (bytes, bytearray)):
        return bytes(value).decode("utf-8", errors="replace")
    if isinstance(value, float) and value != value:  # NaN
        return ""
    try:
        import pandas as pd

        if value is pd.NA or value is pd.NaT:
            return ""
    except ImportError:  # pragma: no cover - pandas is a dependency
        pass
    return str(value)


#: A lone surrogate (U+D800 to U+DFFF on its own, as a ``"\\ud800"`` escape or a Python string
#: can hold it): not a character, and not writable as UTF-8 (pandas' Arrow strings, RE2 and
#: every UTF-8 output refuse it).
LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def surrogate_note(count: int) -> str:
    """The note of a value whose lone surrogates were read as U+FFFD (the API's ``problems``,
    the ``error`` column; the command line adds the line number).

    Examples
    --------
    >>> surrogate_note(2)
    '2 lone surrogate(s) replaced with U+FFFD'
    """
    return f"{count} lone surrogate(s) replaced with U+FFFD"


def without_surrogates(text: str) -> tuple[str, int]:
    """``text`` with each lone surrogate replaced by U+FFFD, one character for one (every
    offset stays valid), and how many were replaced: a surrogate is read as the replacement
    character, as an undecodable byte is (review36, R30-R).

    Examples
    --------
    >>> without_surrogates("hello \\ud800 world")
    ('hello \ufffd world', 1)
    >>> without_surrogates("caf\u00e9")
    ('caf\u00e9', 0)
    """
    if text.isascii():
        return text, 0
    return LONE_SURROGATE.subn("\ufffd", text)


def surrogate_rows(texts: Sequence[str]) -> list[int]:
    """The positions of the texts that hold a lone surrogate: the texts that are not ASCII
    (an ASCII text costs one flag check) searched without a Python loop, then, only when one
    holds a surrogate, each text (about 17 ms for 20,776 messages, half of them not ASCII).

    Examples
    --------
    >>> surrogate_rows(["ok", "a\\udc80b", "caf\u00e9", "\\ud83d"])
    [1, 3]
    >>> surrogate_rows(["ok", "caf\u00e9"])
    []
    """
    if not any(map(LONE_SURROGATE.search, filterfalse(str.isascii, texts))):
        return []
    return [i for i, t in enumerate(texts) if LONE_SURROGATE.search(t)]


# UTF-8 read as Windows-1252/Latin-1: a lead character followed by a continuation look-alike
_MOJIBAKE_HINT = re.compile(
    "[\u00c2-\u00c6\u00d0\u00d1\u00d8\u00e2\u00ef][\u0080-\u00bf\u0152\u0153\u0160"
    "\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022"
    "\u2026\u2030\u2039\u203a\u20ac\u2122]"
)
_NON_ASCII_OR_CONTROL = re.compile("[^\x20-\x7e]")


def _sub_char(match: re.Match[str]) -> str:
    return _TABLE[ord(match.group())]


def _repair(text: str) -> str:
    """Repair mojibake when ftfy judges the text broken; otherwise return it unchanged."""
    if text.isascii() or not _MOJIBAKE_HINT.search(text):
        return text
    import ftfy  # only for text that looks broken: importing it costs start-up time

    try:
        if ftfy.is_bad(text):
            return ftfy.fix_text(text, normalization=None, unescape_html=False)
    except Exception:  # ftfy must never make a row fail  # pragma: no cover
        return text
    return text


# Step 4. One character for one, so that the index map of :func:`normalize` stays valid. A
# regular expression over the matching form, not a table: whether a digit stands for a letter
# depends on its neighbours. The plain definition is ``(?<=[a-z])[013457]{1,2}(?=[a-z])``.
# Leet writing (rule R16-C of the notes, December 2026): a text with two words or more in which
# a digit of these or '@' stands between two letters ("cl0n3", "p@rlez"; '@' not in an address
# or a link) writes letters as signs everywhere, at a word's edges too ("0ur", "r3p0"): there,
# each such sign next to a letter reads as its letter ("d0 n0t"), in every word with a letter,
# no other digit, and no address or link, but not in a word a signal knows with its digit
# ("web3", ".7z") nor in one with a currency sign or a quantity, a time or an ordinal ("5k",
# "$1k/report", "10am", "1st", "3h").
# Elsewhere a digit at a word's edge stays a digit ("web3", "mp4", "10am"). One pattern finds
# both kinds of sign: it starts with the sign and the letter before is checked in Python,
# about twice as fast as a lookbehind first (tried at every position); a test holds the whole
# step equal to its plain definition.
_AS_LETTERS = str.maketrans("013457@", "oieasta")
_LEET_BETWEEN = re.compile(r"[013457@]{1,2}(?=[a-z])")
_LEET_SIGN = re.compile(r"[013457@]")
_LINKISH = re.compile(r"://|www\.|@[^\s@]*\.[a-z]|\.[a-z]{2,6}/")  # ("c@ll." ends a sentence)
_OTHER_DIGIT = re.compile(r"[2689]")
# (a word with a currency sign, or a quantity anywhere in it, stays: "$1k/report" must not read
# "$ik/report", a review found; so does an amount glued to its currency code, "USD3k", "EUR5k"
# (rule R26-B))
#: Currency codes written before or after a figure ("USD3k", "3000 CHF"): the matching form
#: keeps a figure glued to one, and ``signals.lexicon`` reads them as money (one list for both)
CURRENCY_CODES = "usd|eur|gbp|chf|jpy|cad|aud|usdt|usdc"
_CURRENCY_CODE = "(?:" + CURRENCY_CODES + ")"
_KEEP_AS_WRITTEN = re.compile(r"web3|\.7z|[$\u20ac\u00a3]|(?:^|[^a-z0-9])[013457]+"
                              r"(?:[.,][013457]+)?(?:k|m|h|d|x|g|am|pm|st|nd|rd|th|min|hrs?|yrs?)"
                              r"(?:$|[^a-z0-9])|(?:^|[^a-z0-9])" + _CURRENCY_CODE + "[0-9]")
# a currency code right before a digit between letters: the amount stays ("usd3k", not "usdek")
_CODE_BEFORE = re.compile(r"(?:^|[^a-z0-9])" + _CURRENCY_CODE + r"$")


def _token_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the run without white space (any) that holds ``text[start:end]``."""
    n = len(text)
    while start and not text[start - 1].isspace():
        start -= 1
    while end < n and not text[end].isspace():
        end += 1
    return start, end


def _token_at(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the space-separated token holding ``text[start:end]``."""
    b = text.find(" ", end)
    return text.rfind(" ", 0, start) + 1, len(text) if b < 0 else b


def _leet_writing(text: str, hits: list[re.Match[str]]) -> bool:
    """Whether a text through steps 1-3 is in leet writing (two words with a sign between
    letters, '@' only outside an address or a link), given its signs between letters."""
    words: set[int] = set()
    # the hits come in order: a token's bounds and address shape are found once for all its
    # hits ("a@" * 47500, one 95 kB token, took 5.2 s when each '@' looked again; rule R20-K)
    a, b, linkish = 0, -1, False
    for m in hits:
        if m.start() >= b:
            a, b = _token_at(text, m.start(), m.end())
            linkish = _LINKISH.search(text[a:b]) is not None
        if a in words or ("@" in m.group() and linkish):
            continue
        words.add(a)
        if len(words) >= 2:
            return True
    return False


def _leet_word(word: str) -> str:
    if (not any("a" <= c <= "z" for c in word) or _OTHER_DIGIT.search(word)
            or _LINKISH.search(word) or _KEEP_AS_WRITTEN.search(word)):
        return word
    out = list(word)
    for m in _LEET_SIGN.finditer(word):
        i = m.start()
        if (i and "a" <= word[i - 1] <= "z") or (i + 1 < len(word) and "a" <= word[i + 1] <= "z"):
            out[i] = m.group().translate(_AS_LETTERS)
    return "".join(out)


def _digits_as_letters(text: str) -> str:
    """Step 4 of the matching form on a text already through steps 1-3.

    >>> _digits_as_letters("add me on wh4tsapp, my cl1ent pays 2000 per rep0rt (web3, b2b)")
    'add me on whatsapp, my client pays 2000 per report (web3, b2b)'
    >>> _digits_as_letters("pl3as3 cl0n3 0ur r3p0 d0 it (web3, 10am, 5k, j@x.io)")
    'please clone our repo do it (web3, 10am, 5k, j@x.io)'
    >>> _digits_as_letters("my client pays usd3k per r3port, cl0ne (eur5k)")
    'my client pays usd3k per report, clone (eur5k)'
    """
    # one pass finds every digit or '@' after a letter and before one: the digits read as
    # letters in any text, the rest only in leet writing
    hits = [m for m in _LEET_BETWEEN.finditer(text)
            if m.start() and "a" <= text[m.start() - 1] <= "z"
            and not _CODE_BEFORE.search(text, max(0, m.start() - 6), m.start())]
    if not hits:
        return text
    pieces: list[str] = []
    pos = 0
    for m in hits:
        if "@" not in m.group():
            pieces.extend([text[pos:m.start()], m.group().translate(_AS_LETTERS)])
            pos = m.end()
    pieces.append(text[pos:])
    inner = "".join(pieces)
    if not _leet_writing(text, hits):
        return inner
    return " ".join(_leet_word(w) if _LEET_SIGN.search(w) else w for w in inner.split(" "))


# Step 0. One pass finds character references and the markup that is dropped; what a reference
# decodes to is mapped back to the reference's first character (NormText.span extends a span
# that ends there over the whole reference). A numeric reference needs no closing ';' (as in
# the HTML5 parser and html.unescape: "&#99&#104" shows "ch"; round 7, F15); a named one does
# (the legacy names a browser reads without it, "&copy 2024", "&amp" in "AT&amp;T", are left as
# written: "R&D", "AT&T" must stay), except "&nbsp" in lower case, which a browser shows as a
# space even before a letter and which is no literal text ("Can&nbspwe&nbspmove": red-team
# round 9, F3).
_REFERENCE = (r"&(?:#[0-9]{1,7};?|#[xX][0-9a-fA-F]{1,6};?|[a-zA-Z][a-zA-Z0-9]{1,31};"
              r"|(?-i:nbsp))")
#: Inline tags dropped wherever they stand (a reader sees only their text).
_INLINE_TAGS = frozenset(
    "b i u s em strong span font mark small big sub sup ins del wbr code abbr o:p bdi tt strike"
    " label q nobr var kbd cite dfn samp"
    # elements a browser does not render or shows inline (round 9, F2: "WhatsApp<math>...")
    " svg math semantics annotation annotation-xml mrow mi mo mn desc ruby rb rt rtc rp canvas"
    " iframe video audio picture datalist noembed noframes".split())
#: Tags that a browser shows as a line break or a gap between cells: they read as white space
#: (round 7, F8: "clone<br>our<br>repo" glued the words). Cells read as a space, the rest as a
#: line break.
_BLOCK_TAGS = frozenset(
    "br p div li ul ol dl dt dd tr td th table thead tbody tfoot caption h1 h2 h3 h4 h5 h6 hr"
    " blockquote pre center section article header footer nav aside main figure figcaption"
    " address html body details summary dialog".split())
_CELL_TAGS = frozenset({"td", "th"})
#: BBCode tags dropped (an opening one only when the text closes it: "x[i]" is code)
_BBCODE = "b|i|u|s|em|strong|sub|sup|spoiler|color|size|font|highlight|mark"
#: A single "_" as Markdown emphasis: an opening mark (after the start, white space, an
#: opening bracket or quote or a dash, before a letter or digit) or a closing one (after a
#: letter or digit, before anything but a letter, digit or "_": "_Signal_—", review42 H3); not
#: between two letters or digits (snake_case, first_last@x.com) nor joining words after a full
#: stop ("it._Keep_it"; rule R32-I). Each alternative starts with its "_", then looks back (a
#: lookbehind first is tried at every position of every text the pattern reads).
_EMPHASIS_LOW_LINE = ("|_(?<![^\\s(\\[{\"'\u00ab\u201c\u2018\\-\u2013\u2014]_)(?=[^\\W_])"
                      "|_(?<=[^\\W_]_)(?!\\w)")
_MARKUP_PARTS = (
    _REFERENCE
    # a comment, up to the first "-->" or "--!>"; "<!-->" and "<!--->" are empty comments that
    # a browser ends at once (a second review: pairing one with a later "-->" deleted the
    # visible text between them)
    + r"|<!---?>|<!--.{0,500}?--!?>"  # (bounded: 25,000 unclosed "<!--" took 0.8 s at 2,000)
    + r"|\*+|~~|__|\|\|",
    # a tag: (1) "/" of an end tag, (2) its name, (3) its attributes
    r"|<(/?)([a-zA-Z][a-zA-Z0-9:-]{0,40})((?:\s|/)[^<>]{0,2000})?>"
    # a BBCode tag: (4) "/" of an end tag, (5) its name (not a markdown link's label)
    + r"|\[(/?)(" + _BBCODE + r")(?:=[^\[\]\n]{0,100})?\](?!\()",
)
_MARKUP = re.compile(_MARKUP_PARTS[0] + _EMPHASIS_LOW_LINE + _MARKUP_PARTS[1],
                     re.IGNORECASE | re.DOTALL)
#: The same without the emphasis low line, for a text with no "_" (which it cannot match):
#: its two alternatives cost every other text about a tenth of this pass (speed, rule R32-S)
_MARKUP_NO_LOW_LINE = re.compile(_MARKUP_PARTS[0] + _MARKUP_PARTS[1], re.IGNORECASE | re.DOTALL)
_ENTITY_AT = re.compile(_REFERENCE)
_BBCODE_END = re.compile(r"\[/(" + _BBCODE + r")\]", re.IGNORECASE)
_BIDI_OVERRIDE = re.compile(r"unicode-bidi\s*:\s*(?:bidi|isolate)-override", re.IGNORECASE)


def _may_hold_markup(text: str) -> bool:
    return ("&" in text or "*" in text or "~" in text or "_" in text or "<" in text
            or "||" in text or "[" in text)


def _overrides_rtl(tag: str, raw: str) -> bool:
    """Whether a start tag's attributes ``raw`` display its text right to left, overriding the
    letters' own direction: ``<bdo dir="rtl">``, or a style with ``unicode-bidi:
    bidi-override`` (or ``isolate-override``) and ``direction: rtl`` (round 7, F4).

    >>> _overrides_rtl("bdo", ' dir="rtl"'), _overrides_rtl("p", ' dir="rtl"')
    (True, False)
    >>> _overrides_rtl("span", ' style="direction:rtl; unicode-bidi:bidi-override"')
    True
    """
    low = raw.lower()
    if "rtl" not in low:
        return False
    attrs = _attributes(raw)
    if tag == "bdo":
        return attrs.get("dir", "").strip().lower() == "rtl"
    if "bidi" not in low:
        return False
    style = _style(attrs)
    return (style.get("direction") == "rtl"
            and _BIDI_OVERRIDE.search("unicode-bidi:" + style.get("unicode-bidi", "")) is not None)


def _markup_cuts(text: str, displayed: bool = False) -> Iterator[tuple[int, int, str]]:
    """The (start, end, replacement) of every piece of markup step 0 takes out or rewrites, in
    order: references decoded, emphasis marks, spoiler bars, BBCode and inline tags dropped,
    block tags read as white space, any tag between two letters or digits dropped
    (``Whats<img src=x>App``, ``rete<a>nu</a>``; round 7, F11), a right-to-left override
    written as a tag (``<bdo dir="rtl">``, CSS bidi-override) read as U+202E ... U+202C. A link
    with an address stays (the address is evidence) and so does any other tag, unless
    ``displayed``: then every tag goes (the text as a browser shows it, attributes unseen).

    >>> [c[2] for c in _markup_cuts("a<br>b &#99&#104 rete<a>nu</a> [b]x[/b] y||z||")]
    ['\\n', 'c', 'h', '', '', '', '', '', '']
    """
    closed = ({m.group(1).lower() for m in _BBCODE_END.finditer(text)}
              if "[/" in text else set())
    overriding: dict[str, int] = {}  # tag name -> open elements that override (rtl)
    bare_links = 0  # open links without an address ("<a>"), whose end tags go too
    for match in (_MARKUP if "_" in text else _MARKUP_NO_LOW_LINE).finditer(text):
        token = match.group()
        start, end = match.span()
        first = token[0]
        if first == "&":
            decoded = html.unescape(token)
            if decoded != token:
                yield start, end, decoded
            continue
        if first in "*~_":
            # between two letters or digits an emphasis mark parts two words ("clone*our"): a
            # space, or the words would be glued together (a second review, December 2026)
            gap = start and end < len(text) and text[start - 1].isalnum() and text[end].isalnum()
            yield start, end, " " if gap else ""
            continue
        if first == "|":
            # a chat spoiler ("rete||nu||"): bars touching a word go; " || " (a shell's or) stays
            if ((start and text[start - 1] not in "| \t\r\n")
                    or (end < len(text) and text[end] not in "| \t\r\n")):
                yield start, end, ""
            continue
        if first == "[":
            if match.group(4) or match.group(5).lower() in closed:
                yield start, end, ""
            continue
        if match.group(2) is None:  # a comment
            # read as hidden HTML text is (rules R34-D, R34-G; red-team round 13 H1, review45
            # H3: a whole lure in a comment scored as an empty message, in plain text, where
            # the reader sees it, or behind a fake tag): its words count for the red flags and
            # for the wording's reading that weighs more, not in the displayed reading, where
            # counter-signals come from; one token or none inside a word goes whole, so that
            # the word reads whole ("o<!-- x -->ur")
            inside = (start and end < len(text) and text[start - 1].isalnum()
                      and text[end].isalnum()
                      and len(token[4:].split()) <= 2)  # (one word or none, then "-->")
            if not displayed and len(token) > 7 and not inside:  # (not "<!-->": empty)
                close = 4 if token.endswith("--!>") else 3
                yield start, start + 4, " "
                yield end - close, end, " "
            else:
                yield start, end, ""
            continue
        name = match.group(2).lower()
        if name.endswith(":"):
            continue  # an address in angle brackets ("<https://x.y>", "<mailto:a@b.c>")
        closing = bool(match.group(1))
        raw = match.group(3) or ""
        block = "\n" if name in _BLOCK_TAGS and name not in _CELL_TAGS else ""
        space = " " if name in _CELL_TAGS else block
        if closing and overriding.get(name):
            overriding[name] -= 1
            yield start, end, "\u202c" + space
            continue
        if not closing and (name == "bdo" or "rtl" in raw.lower()) and _overrides_rtl(name, raw):
            overriding[name] = overriding.get(name, 0) + 1
            yield start, end, space + "\u202e"
            continue
        if space:
            yield start, end, space
        elif name in _INLINE_TAGS or name == "bdo" or (displayed and not (
                name == "a" and not closing and "href" in _attributes(raw))):
            # (a link's opening tag stays in the displayed reading too: its address is where
            # the link goes, evidence for counter-signals as for red flags; review31)
            yield start, end, ""
        elif name == "a" and not closing and "href" not in _attributes(raw):
            bare_links += 1
            yield start, end, ""  # a link without an address shows only its label
        elif name == "a" and closing and bare_links:
            bare_links -= 1
            yield start, end, ""
        elif (start and end < len(text) and text[start - 1].isalnum() and text[end].isalnum()
              and not (name == "a" and not closing)):
            yield start, end, ""  # inside a word: the reader sees the word whole


def _unmarkup(text: str, displayed: bool = False) -> str:
    """Step 0 without an index map (see :func:`_unmarkup_indexed`)."""
    if not _may_hold_markup(text):
        return text
    pieces: list[str] = []
    pos = 0
    for start, end, replacement in _markup_cuts(text, displayed):
        pieces.extend([text[pos:start], replacement])
        pos = end
    if not pieces:
        return text
    pieces.append(text[pos:])
    return "".join(pieces)


def _unmarkup_indexed(text: str, displayed: bool = False) -> tuple[str, list[int]] | None:
    """Step 0: the text without markup, and for each of its characters the index in ``text``;
    ``None`` when there is nothing to take out."""
    if not _may_hold_markup(text):
        return None
    pieces: list[str] = []  # empty while nothing is taken out
    index: list[int] = []
    pos = 0
    for start, end, replacement in _markup_cuts(text, displayed):
        pieces.append(text[pos:start])
        index.extend(range(pos, start))
        pieces.append(replacement)
        index.extend([start] * len(replacement))
        pos = end
    if not pieces:
        return None
    pieces.append(text[pos:])
    index.extend(range(pos, len(text)))
    return "".join(pieces), index


def _read_twice(first: str, first_index: list[int], second: str, second_index: list[int],
                joint: int) -> tuple[str, list[int]]:
    """Two readings of one text as one text, parted by ". " (which maps to ``joint``): step 0
    reads a text twice where one way of reading it could hide what the other shows (overrides,
    hidden HTML, markdown links)."""
    return first + ". " + second, [*first_index, joint, joint, *second_index]


# Step 0, text hidden by inline CSS (rules R16-G of the notes and its review, December 2026):
# "clone <span style="display:none">zq</span> our repo" shows "clone our repo" in HTML mail
# ("salting"). A text with markup and a hiding declaration is read twice, whole, as an override
# is: without the elements its styles hide, ". ", then as stored (each hidden element set apart
# by spaces, "merci<span ...>zq</span> de" shows the word "merci"). Never once: what a browser
# shows depends on more than this reads (style sheets, invalid values, quirks), and a single
# reading that dropped an element a browser shows took whole hostile messages away (a review:
# `<p style="display:none">Preview<p>` + the message).
# The reading of a style: attribute values with their character references decoded, the first
# style attribute, comments dropped, CSS escapes decoded ("display:\6e one"), an !important
# declaration wins, else the last one; a class's declarations from a <style> rule whose
# selector is that class alone (round 9, F2) under the inline ones. An element is hidden with
# all inside it by display:none, an opacity at or below 5% (0.05 or "0%"), the `hidden`
# attribute (unless the style sets display), content-visibility:hidden, Outlook's
# mso-hide:all, a zero height or width with the overflow hidden, a position far off screen, a
# zero clip or clip-path, a large negative text-indent or a zero scale; so are the elements a
# browser does not render (<rp>, <noembed>, <noframes>, <iframe>, <canvas>, <datalist>,
# <video>, <audio>, <annotation>, SVG <desc>, <dialog> without `open`, <object> with data,
# the content of a <details> without `open` beyond its <summary>). Text (each run of it
# between two tags) is hidden by what it inherits: visibility hidden or collapse, a font size under
# 2px, a transparent colour, or a colour within 16 per channel of the background behind it (its own
# or an ancestor's, else the white of an e-mail body unless a style sheet sets a background; an
# unknown background, an image, a text-shadow hide nothing). A <p> ends at the next block as in a
# browser, an <rp> at the next <rp> or <rt>. The displayed reading alone
# (normalize(displayed=True)) is what benign counter-signals read.
# The tags are found by a small regular-expression tokenizer,
# not the standard library's html.parser, which takes quadratic time on unclosed tags (88 s
# on 99 kB of "<a "); a test holds the two equal on well-formed markup.
_HIDING_HINT = re.compile(r"style|color|\shidden|<(?:head|title|script|template|rp|noembed"
                          r"|noframes|iframe|canvas|datalist|object|dialog|details|annotation"
                          r"|desc|video|audio)\b", re.IGNORECASE)
_TAG = re.compile(r"<!--.{0,500}?-->|<(/?)([a-zA-Z][a-zA-Z0-9:-]{0,40})([^<>]{0,2000})>",
                  re.DOTALL)
_ATTR = re.compile(r"""([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?""")
def _strip_comments(css: str) -> str:
    r"""``css`` without its comments, in one pass (an unclosed one runs to the end, as in CSS;
    a lazy ``/\*.*?\*/`` took quadratic time on many unclosed ones: review34).

    Examples
    --------
    >>> _strip_comments("a/* x */b /* y")
    'ab '
    """
    out: list[str] = []
    pos = 0
    while True:
        i = css.find("/*", pos)
        if i < 0:
            out.append(css[pos:])
            break
        out.append(css[pos:i])
        j = css.find("*/", i + 2)
        if j < 0:
            break
        pos = j + 2
    return "".join(out)


_CSS_ESCAPE = re.compile(r"\\(?:([0-9a-fA-F]{1,6})[ \t\r\n\f]?|([^\r\n\f0-9a-fA-F]))")
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                   "source", "track", "wbr"})
#: Elements a browser parses but does not show (with all inside them).
_HIDDEN_TAGS = frozenset({"rp", "noembed", "noframes", "iframe", "canvas", "datalist",
                          "annotation", "annotation-xml", "desc", "video", "audio"})
#: Start tags that end an open <p> (as the HTML parser does).
_CLOSES_P = frozenset(
    "address article aside blockquote center details dialog dir div dl fieldset figcaption"
    " figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr main menu nav ol p pre section"
    " summary ul li dd dt".split())
_ZERO_SIZE = re.compile(r"(?:0+\.?0*|\.0+)(?:px|pt|em|rem|%)?")


def _attributes(raw: str) -> dict[str, str]:
    """A tag's attributes, lower-case names, values with character references decoded (as a
    browser reads them: ``style="display:n&#111;ne"``); the first of a name counts."""
    out: dict[str, str] = {}
    for m in _ATTR.finditer(raw):
        name = m.group(1).lower()
        if name not in out:
            value = next((g for g in m.groups()[1:] if g is not None), "")
            out[name] = html.unescape(value) if "&" in value else value
    return out


def _css_unescape(text: str) -> str:
    r"""``text`` with its CSS escapes decoded.

    >>> _css_unescape(r"\6e one"), _css_unescape(r"n\o\00006Ee")
    ('none', 'none')
    """
    if "\\" not in text:
        return text

    def one(m: re.Match[str]) -> str:
        if m.group(2) is not None:
            return m.group(2)
        code = int(m.group(1), 16)
        return chr(code) if 0 < code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else "\ufffd"

    return _CSS_ESCAPE.sub(one, text)


def _declarations(css: str) -> tuple[dict[str, str], set[str]]:
    """The declarations of a style attribute or rule, property -> value, and the properties
    declared !important (an !important declaration wins, then the last one)."""
    style: dict[str, str] = {}
    important: set[str] = set()
    for declaration in _strip_comments(css).split(";"):
        prop, _, val = declaration.partition(":")
        prop, val = _css_unescape(prop).strip().lower(), _css_unescape(val).strip().lower()
        strong = val.endswith("!important")
        val = val.removesuffix("!important").strip()
        if prop and (strong or prop not in important):
            style[prop] = val
            if strong:
                important.add(prop)
    return style, important


#: The declarations of a style sheet's rules, by class (see :func:`_sheet_classes`).
_Rules = dict[str, list[tuple[str, dict[str, str], set[str]]]]


def _style(attrs: dict[str, str], rules: list[tuple[dict[str, str], set[str]]] | None = None
           ) -> dict[str, str]:
    """An element's style, property -> value: its inline style over the declarations of the
    style sheet's ``rules`` that apply to it (an !important one of a rule wins over a plain
    inline one)."""
    inline, strong = _declarations(attrs.get("style", ""))
    if not rules:
        return inline
    style: dict[str, str] = {}
    sheet_strong: set[str] = set()
    for declarations, important in rules:
        for prop, val in declarations.items():
            if prop in important or prop not in sheet_strong:
                style[prop] = val
                if prop in important:
                    sheet_strong.add(prop)
    for prop, val in inline.items():
        if prop in strong or prop not in sheet_strong:
            style[prop] = val
    return style


# The style sheets are read in one pass each (review34: patterns such as
# ``([^{}]*)\{([^{}]*)\}`` or a lazy body up to ``</style>`` took quadratic time on a sheet
# without braces or on thousands of unclosed <style> tags: 62 s for 56 kB).
_STYLE_OPEN = re.compile(r"<style(?=[\s>])[^<>]{0,2000}>", re.IGNORECASE)
_STYLE_CLOSE = re.compile(r"</style\s*>", re.IGNORECASE)
_SHEET_MAX = 100_000
_AT_DELIMITER = re.compile(r"[{};]")
_BRACE = re.compile(r"[{}]")


def _sheets(text: str) -> Iterator[str]:
    """The bodies of the <style> elements of ``text`` (at most 100,000 characters each)."""
    pos = 0
    close: re.Match[str] | None = None
    for m in _STYLE_OPEN.finditer(text):
        if m.start() < pos:
            continue
        if close is None or close.start() < m.end():
            close = _STYLE_CLOSE.search(text, m.end())
            if close is None:
                return
        if close.start() - m.end() <= _SHEET_MAX:
            yield text[m.end():close.start()]
            pos = close.end()


def _at_rules(css: str) -> list[tuple[int, int]]:
    r"""Spans of a sheet's at-rules: ``@import ...;`` and ``@media ... { ... }`` with rules
    inside it (one level), as ``@[^{};]*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}|@[^{};]*;`` finds them.

    Examples
    --------
    >>> css = "@import x; .a{b:c} @media print { .z{display:none} } .y{}"
    >>> [css[a:b] for a, b in _at_rules(css)]
    ['@import x;', '@media print { .z{display:none} }']
    """
    spans: list[tuple[int, int]] = []
    pos = 0
    while (at := css.find("@", pos)) >= 0:
        delimiter = _AT_DELIMITER.search(css, at)
        if delimiter is None:
            break
        d = delimiter.start()
        if css[d] == ";":
            spans.append((at, d + 1))
            pos = d + 1
            continue
        pos = d + 1  # (every "@" before a "}" fails there alike)
        if css[d] == "}":
            continue
        k = d + 1
        while (brace := _BRACE.search(css, k)) is not None:
            if css[brace.start()] == "}":
                spans.append((at, brace.end()))
                pos = brace.end()
                break
            inner = _BRACE.search(css, brace.end())  # an inner rule closes before any "{"
            if inner is None or css[inner.start()] == "{":
                break
            k = inner.end()
    return spans


def _css_rules(css: str) -> Iterator[tuple[str, str]]:
    r"""``(selector, declarations)`` of each ``selector { declarations }`` with no brace in
    either, as ``([^{}]*)\{([^{}]*)\}`` finds them.

    Examples
    --------
    >>> list(_css_rules(".a{x:1} b{{ .c { y:2 }"))
    [('.a', 'x:1'), (' .c ', ' y:2 ')]
    """
    before, last = -1, -1
    for m in _BRACE.finditer(css):
        k = m.start()
        if css[k] == "}" and last >= 0 and css[last] == "{":
            yield css[before + 1:last], css[last + 1:k]
        before, last = last, k


_CLASS_RULE = re.compile(r"\s*([a-z][a-z0-9]*)?\.(-?[_a-z][-_a-z0-9]*)\s*")
_CLASS_NAME = re.compile(r"\.(-?[_a-zA-Z][-_a-zA-Z0-9]*)")


def _sheet_classes(text: str) -> tuple[_Rules, bool]:
    """The rules of the style sheets of ``text`` whose selector is one class (``.z``,
    ``span.z``), by class name: ``[(tag or "", declarations, important)]`` in order; and
    whether a sheet sets a background. A class named in any other rule or selector (an
    ``@media`` block, ``.a .z``, ``.z:hover``) is left out: a browser may show it again."""
    rules: _Rules = {}
    contested: set[str] = set()
    background = False
    for body in _sheets(text):
        css = _strip_comments(body)
        background = background or "background" in css.lower()
        pieces, pos = [], 0
        for start, end in _at_rules(css):
            contested.update(_CLASS_NAME.findall(css, start, end))
            pieces.append(css[pos:start])
            pos = end
        pieces.append(css[pos:])
        for selectors, body_ in _css_rules("".join(pieces)):
            declarations, important = _declarations(body_)
            for selector in selectors.split(","):
                one = _CLASS_RULE.fullmatch(selector.lower())
                if one is None:
                    contested.update(_CLASS_NAME.findall(selector))
                else:
                    rules.setdefault(one.group(2), []).append(
                        (one.group(1) or "", declarations, important))
    for name in contested:
        rules.pop(name, None)
        rules.pop(name.lower(), None)
    return rules, background


def _rules_for(tag: str, attrs: dict[str, str], sheet: _Rules
               ) -> list[tuple[dict[str, str], set[str]]]:
    """The sheet's declarations that apply to an element, in the sheet's order."""
    return [(declarations, important) for name in attrs.get("class", "").lower().split()
            for only, declarations, important in sheet.get(name, ()) if not only or only == tag]


#: CSS colour names read (white and the near-white ones, black, transparent).
_NAMED_COLOURS = {"white": "#ffffff", "black": "#000000", "snow": "#fffafa",
                  "ghostwhite": "#f8f8ff", "whitesmoke": "#f5f5f5", "ivory": "#fffff0",
                  "floralwhite": "#fffaf0", "mintcream": "#f5fffa", "azure": "#f0ffff",
                  "aliceblue": "#f0f8ff", "seashell": "#fff5ee", "honeydew": "#f0fff0",
                  "lavenderblush": "#fff0f5", "transparent": "transparent"}
_HEX = re.compile(r"#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})")
_RGB = re.compile(r"rgba?\(\s*(\d{1,3})\s*[,\s]\s*(\d{1,3})\s*[,\s]\s*(\d{1,3})\s*"
                  r"(?:[,/]\s*(\d*\.?\d+)(%?)\s*)?\)")
_COLOUR_IN = re.compile(r"rgba?\([^()]*\)|#[0-9a-f]{3,8}\b|[a-z]+")
_OFFSCREEN = re.compile(r"-\s*(?:(?:\d{4,}|999)(?:\.\d*)?(?:px|pt)|\d{3,}(?:\.\d*)?r?em)")
_SCALE_ZERO = re.compile(r"scale[xy]?\(\s*0+(?:\.0*)?\s*(?:,[^)]*)?\)")
_RECT = re.compile(r"rect\(\s*" + r"\s*,?\s*".join([r"(-?\d*\.?\d+)(?:px)?"] * 4) + r"\s*\)")
_NO_CLIP_PATH = re.compile(r"inset\(\s*(?:[5-9]\d|100)(?:\.\d*)?%\s*\)"
                           r"|circle\(\s*0+(?:\.0*)?(?:px|%)?\s*(?:at [^)]*)?\)")
_OPACITY = re.compile(r"(-?(?:\d+\.?\d*|\.\d+))(%?)")


def _colour(value: str) -> str | None:
    """A CSS colour as ``#rrggbb`` or ``"transparent"`` (a zero alpha) where this reads it,
    else ``None``.

    >>> _colour("#FFF"), _colour("rgb(255, 255, 255)"), _colour("white !important")
    ('#ffffff', '#ffffff', '#ffffff')
    >>> _colour("rgba(0,0,0,0)"), _colour("#fff0"), _colour("navy")
    ('transparent', 'transparent', None)
    """
    value = value.removesuffix("!important").strip().lower()
    if value in _NAMED_COLOURS:
        return _NAMED_COLOURS[value]
    hexa = _HEX.fullmatch(value)
    if hexa is not None:
        digits = hexa.group(1)
        if len(digits) <= 4:
            digits = "".join(c * 2 for c in digits)
        if len(digits) == 8 and digits[6:] == "00":
            return "transparent"
        return "#" + digits[:6]
    rgb = _RGB.fullmatch(value)
    if rgb is not None:
        if rgb.group(4) is not None and float(rgb.group(4)) == 0:
            return "transparent"
        return "#" + "".join(f"{min(int(g), 255):02x}" for g in rgb.groups()[:3])
    return None


def _background(attrs: dict[str, str], style: dict[str, str]) -> str | None:
    """The colour an element sets behind its text: ``""`` when it sets none (or a transparent
    one), ``None`` when it sets one this cannot read (an image, a gradient, a name)."""
    if style.get("background-image", "none") not in ("none", "initial", "unset"):
        return None
    value = style.get("background-color") or style.get("background")
    if value is None:
        if "background" in attrs:
            return None
        value = attrs.get("bgcolor", "")
    value = value.removesuffix("!important").strip().lower()
    if value in ("", "none", "transparent", "inherit", "initial", "unset"):
        return ""
    if "url(" in value or "gradient" in value or "var(" in value:
        return None
    colour = _colour(value)
    if colour is None:  # the shorthand: its colour among its other parts
        colour = next((c for c in map(_colour, _COLOUR_IN.findall(value)) if c), None)
    return "" if colour == "transparent" else colour


def _clips(value: str) -> bool:
    return value in ("hidden", "clip")


def _out_of_sight(style: dict[str, str]) -> bool:
    """Whether a style puts an element's box out of sight (round 7, F14; round 9, F2): a zero
    height or width with the overflow hidden (as e-mail preheaders are written), a position
    far off screen, a zero clip or clip-path, a text indented far off screen, or a zero
    scale."""
    overflow = style.get("overflow", "").split()
    across = style.get("overflow-x", overflow[0] if overflow else "")
    down = style.get("overflow-y", overflow[-1] if overflow else "")
    if ((_clips(down) and any(_ZERO_SIZE.fullmatch(style.get(p, ""))
                              for p in ("max-height", "height")))
            or (_clips(across) and any(_ZERO_SIZE.fullmatch(style.get(p, ""))
                                       for p in ("max-width", "width")))):
        return True
    if style.get("position") in ("absolute", "fixed"):
        if any(_OFFSCREEN.fullmatch(style.get(p, "")) for p in ("left", "top", "right")):
            return True
        rect = _RECT.fullmatch(style.get("clip", ""))
        if rect is not None:
            top, right, bottom, left = map(float, rect.groups())
            if bottom <= top or right <= left:
                return True
    if _OFFSCREEN.fullmatch(style.get("text-indent", "")):
        return True
    if _NO_CLIP_PATH.fullmatch(style.get("clip-path", "")):
        return True
    return _SCALE_ZERO.fullmatch(style.get("transform", "")) is not None


def _faded(value: str) -> bool:
    """Whether an opacity is at or below 5% (``0``, ``0.01``, ``0%``)."""
    m = _OPACITY.fullmatch(value)
    return m is not None and float(m.group(1)) / (100 if m.group(2) else 1) <= 0.05


def _hiding(tag: str, attrs: dict[str, str], style: dict[str, str]) -> str:
    """How an element hides its content whatever is inside: ``"all"`` (its style or
    attributes), ``"tag"`` (an element a browser does not render), ``"details"`` (a closed
    <details>: all but its summary), ``""`` (it does not)."""
    if (style.get("display") == "none" or ("hidden" in attrs and "display" not in style)
            or _faded(style.get("opacity", "")) or style.get("content-visibility") == "hidden"
            or style.get("mso-hide") == "all" or _out_of_sight(style)):
        return "all"
    if (tag in _HIDDEN_TAGS or (tag == "dialog" and "open" not in attrs)
            or (tag == "object" and "data" in attrs)):
        return "tag"
    return "details" if tag == "details" and "open" not in attrs else ""


#: What text inherits: (colour, background, font size in px, visibility hidden); a colour,
#: background or size this cannot read is None.
_Look = tuple[str | None, str | None, float | None, bool]
_LENGTH = re.compile(r"(\d+\.?\d*|\.\d+)(px|pt|pc|em|rem|ex|ch|%|in|cm|mm|q|vw|vh)?")
_UNIT_PX = {"px": 1.0, "pt": 4 / 3, "pc": 16.0, "rem": 16.0, "in": 96.0, "cm": 37.8,
            "mm": 3.78, "q": 0.945}
_RELATIVE = {"em": 1.0, "ex": 0.5, "ch": 0.5, "%": 0.01}
_SIZE_WORDS = {"xx-small": 9.0, "x-small": 10.0, "small": 13.0, "medium": 16.0, "large": 18.0,
               "x-large": 24.0, "xx-large": 32.0, "xxx-large": 48.0}
_FONT_TAG_SIZES = (10.0, 13.0, 16.0, 18.0, 24.0, 32.0, 48.0)


def _length(value: str, parent: float | None) -> float | None:
    """A font size in px (``parent`` the inherited one); ``None`` when unknown."""
    value = value.removesuffix("!important").strip()
    if value in ("inherit", "unset", ""):
        return parent
    if value in _SIZE_WORDS:
        return _SIZE_WORDS[value]
    m = _LENGTH.fullmatch(value)
    if m is None:
        return None
    number, unit = float(m.group(1)), m.group(2) or "px"
    if number == 0:
        return 0.0
    if unit in _UNIT_PX:
        return number * _UNIT_PX[unit]
    if unit in _RELATIVE:
        return None if parent is None else number * _RELATIVE[unit] * parent
    return None


def _font_size(tag: str, attrs: dict[str, str], style: dict[str, str],
               parent: float | None) -> float | None:
    """The font size an element's text has, in px (None when unknown)."""
    if "font-size" in style:
        return _length(style["font-size"], parent)
    if "font" in style:  # the shorthand: the size is the part with a unit or a "/"
        for part in style["font"].split():
            size = part.split("/")[0]
            if "/" in part or ((size[-1:].isalpha() or size.endswith("%"))
                               and size[:1] in "0123456789."):
                return _length(size, parent)
        return parent if style["font"].strip() in ("inherit", "unset") else None
    if tag == "font" and "size" in attrs:
        size = attrs["size"].strip()
        try:
            n = int(size)
        except ValueError:
            return parent
        n = 3 + n if size[:1] in "+-" else n
        return _FONT_TAG_SIZES[min(max(n, 1), 7) - 1]
    return parent


def _look(tag: str, attrs: dict[str, str], style: dict[str, str], parent: _Look) -> _Look:
    """What an element's text inherits (see :data:`_Look`), from its parent's."""
    colour, background, size, unseen = parent
    own = _background(attrs, style)
    if own != "":
        background = own
    fill = (style.get("-webkit-text-fill-color") or style.get("color")
            or (attrs.get("color", "") if tag == "font" else ""))
    if fill and fill not in ("inherit", "unset", "currentcolor"):
        colour = _colour(fill)
    if (style.get("text-shadow", "none") != "none"
            or "text" in style.get("background-clip", "")
            or "text" in style.get("-webkit-background-clip", "")):
        colour = None  # a shadow or a background drawn in the letters shows them
    size = _font_size(tag, attrs, style, size)
    visibility = style.get("visibility")
    if visibility in ("hidden", "collapse"):
        unseen = True
    elif visibility == "visible":
        unseen = False
    return colour, background, size, unseen


def _unseen(look: _Look) -> bool:
    """Whether text with that look is out of sight."""
    colour, background, size, unseen = look
    if unseen or (size is not None and size < 2) or colour == "transparent":
        return True
    if colour is None or background is None:
        return False
    return max(abs(int(colour[i:i + 2], 16) - int(background[i:i + 2], 16))
               for i in (1, 3, 5)) <= 16


# Elements a browser never renders (round 7, F14: a salary band in a <title> or a <style>
# took an off-platform request from 0.748 to 0.062, through the counter-signal it fired): the
# document's <head>, <title>, <style>, <script> and <template>, each up to its end tag (the head
# also up to <body>). An unclosed one hides the rest of the text only in a text that closes
# some tag (HTML); elsewhere "<title>" is a placeholder ("your talk <title> was chosen").
_UNRENDERED = re.compile(r"<(head|title|style|script|template)(?=[\s/>])[^<>]{0,2000}>",
                         re.IGNORECASE)
_UNRENDERED_END = {name: re.compile(f"</{name}\\s*>|<body(?=[\\s/>])" if name == "head"
                                    else f"</{name}\\s*>", re.IGNORECASE)
                   for name in ("head", "title", "style", "script", "template")}
_END_TAG = re.compile(r"</[a-zA-Z]")


def _unrendered_ranges(text: str) -> list[tuple[int, int]]:
    """The (start, end) of every element a browser never renders, in order; linear (each end
    tag is looked for once per name: after an unclosed one, none is looked for again).

    >>> text = "<head><title>Role, 70-85k</title></head>Hi"
    >>> [text[a:b] for a, b in _unrendered_ranges(text)]
    ['<head><title>Role, 70-85k</title></head>']
    >>> _unrendered_ranges("Your talk <title> was chosen")
    []
    """
    ranges: list[tuple[int, int]] = []
    unclosed: set[str] = set()
    html_like: bool | None = None
    pos = 0
    while (m := _UNRENDERED.search(text, pos)) is not None:
        name = m.group(1).lower()
        pos = m.end()
        end = None if name in unclosed else _UNRENDERED_END[name].search(text, m.end())
        if end is not None:
            # (an end tag ends the element; "<body" ends the head before it)
            stop = end.start() if end.group().lower().startswith("<body") else end.end()
            ranges.append((m.start(), stop))
            pos = stop
            continue
        unclosed.add(name)
        if name == "head":
            continue
        if html_like is None:
            html_like = _END_TAG.search(text) is not None
        if html_like:
            ranges.append((m.start(), len(text)))
            break
    return ranges


@dataclass(slots=True)
class _Open:
    """An open element while :func:`_hidden_ranges` reads a text."""

    tag: str
    start: int
    hiding: str
    look: _Look
    unseen: bool
    summary: tuple[int, int] | None = None  # (a closed <details>) its summary
    details: _Open | None = None  # (a <summary>) the closed <details> it is the summary of


def _hidden_ranges(text: str) -> list[tuple[int, int]]:
    """The (start, end) of every element of ``text`` that its attributes or styles hide, with
    its content, to its end tag (or the end of the text), of every run of text out of sight
    by what it inherits, and of every element a browser never renders
    (:func:`_unrendered_ranges`); merged, in order. Linear in the text: each element is pushed
    and popped at most once."""
    ranges: list[tuple[int, int]] = _unrendered_ranges(text)
    sheet, sheet_background = (_sheet_classes(text) if "<style" in text.lower()
                               else ({}, False))
    root: _Look = ("#000000", None if sheet_background else "#ffffff", 16.0, False)
    stack: list[_Open] = []
    open_tags: dict[str, int] = {}
    html_like: bool | None = None

    def close(element: _Open, end: int) -> None:
        open_tags[element.tag] -= 1
        if element.hiding in ("all", "tag"):
            ranges.append((element.start, end))
        elif element.hiding == "details":
            if element.summary is None:
                ranges.append((element.start, end))
            else:
                ranges.extend([(element.start, element.summary[0]), (element.summary[1], end)])
        if element.details is not None and element.details.summary is None:
            element.details.summary = (element.start, end)

    def pop_to(name: str, end: int) -> None:
        while stack:
            element = stack.pop()
            close(element, end)
            if element.tag == name:
                break

    pos = 0
    for m in _TAG.finditer(text):
        if pos < m.start() and stack and stack[-1].unseen and text[pos:m.start()].strip():
            ranges.append((pos, m.start()))  # a run of text out of sight
        pos = m.end()
        if m.group(2) is None:  # a comment
            continue
        tag = m.group(2).lower()
        if m.group(1):  # an end tag
            if open_tags.get(tag):
                pop_to(tag, m.end())
            continue
        if tag in _CLOSES_P and open_tags.get("p"):
            pop_to("p", m.start())  # a block ends an open paragraph
        elif tag in ("rp", "rt") and stack and stack[-1].tag in ("rp", "rt"):
            pop_to(stack[-1].tag, m.start())
        if tag in _VOID or m.group(3).rstrip().endswith("/"):
            continue
        attrs = _attributes(m.group(3))
        style = _style(attrs, _rules_for(tag, attrs, sheet) if sheet else None)
        look = _look(tag, attrs, style, stack[-1].look if stack else root)
        element = _Open(tag, m.start(), _hiding(tag, attrs, style), look, _unseen(look))
        if tag == "summary" and stack and stack[-1].hiding == "details":
            element.details = stack[-1]
        stack.append(element)
        open_tags[tag] = open_tags.get(tag, 0) + 1
    if pos < len(text) and stack and stack[-1].unseen and text[pos:].strip():
        ranges.append((pos, len(text)))
    while stack:  # unclosed: hidden to the end (an element hidden by its name only in HTML)
        element = stack.pop()
        if element.hiding in ("tag", "details"):
            if html_like is None:
                html_like = _END_TAG.search(text) is not None
            if not html_like:
                continue
        close(element, len(text))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(ranges):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


_TAG_START = re.compile(r"</?[a-zA-Z]|<!--")  # (a comment too: rule R34-G)


def may_hide_text(text: str) -> bool:
    """Whether ``text`` may hold HTML whose displayed reading (``normalize(text,
    displayed=True)``) differs from its matching form: a tag, or a comment (whose words the
    matching form reads, rule R34-G). Benign counter-signals are read again from the displayed
    reading in such a text only (round 7, F14).

    Examples
    --------
    >>> may_hide_text("Salary 5 < 6"), may_hide_text('<span hidden>CDI</span>')
    (False, True)
    """
    return "<" in text and _TAG_START.search(text) is not None


def _unhide_indexed(text: str, displayed: bool = False) -> tuple[str, list[int]] | None:
    """Step 0: the text without the elements its inline styles hide (and those never
    rendered), ". ", the text as stored, with an index map (``None`` when nothing is hidden);
    only the first reading when ``displayed``."""
    if "<" not in text or _HIDING_HINT.search(text) is None:
        return None
    ranges = _hidden_ranges(text)
    if not ranges:
        return None
    shown: list[str] = []
    index: list[int] = []
    stored: list[str] = []
    stored_index: list[int] = []
    pos = 0
    # (the spaces and the ". " that part the readings map to the tag that hides a range: a
    # run of text hidden by its colour or size starts after that tag's ">")
    anchors = [start if text[start] == "<" else max(text.rfind("<", 0, start), 0)
               for start, _ in ranges]
    for (start, end), anchor in zip(ranges, anchors, strict=True):
        # a hidden element reads as nothing, as the reader sees it
        shown.append(text[pos:start])
        index.extend(range(pos, start))
        stored.extend([text[pos:start], " ", text[start:end], " "])
        stored_index.extend([*range(pos, start), anchor, *range(start, end), anchor])
        pos = end
    for pieces, idx in ((shown, index), (stored, stored_index)):
        pieces.append(text[pos:])
        idx.extend(range(pos, len(text)))
    if displayed:
        return "".join(shown), index
    # (". " stands for the first hidden element)
    return _read_twice("".join(shown), index, "".join(stored), stored_index, anchors[0])


# Step 0, text inside a right-to-left override: U+202E makes the letters after it display right
# to left, up to U+202C (pop) or the end of the paragraph, so "\u202eoper ruo enolc" shows
# "clone our repo". Where the override is honoured the reader sees each run backwards; where it
# is stripped (many platforms do), as stored. A text with an override is read twice, whole: with
# its runs as displayed, then ". ", then as stored, so that neither way of writing hides a word
# and no run, even an empty one, breaks the phrase around it (a second review, December 2026:
# reading both ways inside the text split phrases at every override).
_OVERRIDE = re.compile("\u202e([^\u202c\n\r\u2029]*)\u202c?")


def _unoverride_indexed(text: str) -> tuple[str, list[int]] | None:
    """Step 0: the text with its override runs as displayed, ". ", the text with them as
    stored, with an index map (``None`` without an override). The map is not monotone: a
    reversed run maps backwards, and the second reading maps the text a second time."""
    if "\u202e" not in text:
        return None
    shown: list[str] = []
    shown_index: list[int] = []
    stored: list[str] = []
    stored_index: list[int] = []
    pos = 0
    for match in _OVERRIDE.finditer(text):
        start, end = match.span(1)
        for pieces, index, run, run_index in (
                (shown, shown_index, match.group(1)[::-1], range(end - 1, start - 1, -1)),
                (stored, stored_index, match.group(1), range(start, end))):
            pieces.extend([text[pos:match.start()], run])
            index.extend(range(pos, match.start()))
            index.extend(run_index)
        pos = match.end()
    for pieces, index in ((shown, shown_index), (stored, stored_index)):
        pieces.append(text[pos:])
        index.extend(range(pos, len(text)))
    # (". " stands for the first override character)
    return _read_twice("".join(shown), shown_index, "".join(stored), stored_index,
                       text.index("\u202e"))


# Step 0, upside-down writing (red-team round 9, F4; rule R27-K): "upside-down text" generators
# write each letter as a turned look-alike (ɐ ɔ ǝ ɟ ƃ ɥ ᴉ ɾ ʞ ɯ ɹ ʇ ʌ ʍ ʎ, and for the letters
# whose turned form is another ASCII letter b<->q, d<->p, n<->u) and usually reverse the text:
# "ddɐsʇɐɥʍ uo ǝɯ ppɐ" is "add me on whatsapp". A word with a turned letter is read with its
# turned letters turned back, and its b/q, d/p and n/u swapped too when it is mostly turned
# (two turned letters, or a third of its letters: "dɐʎs" is "pays", but "dǝposit" is
# "deposit" and "Sᴉgnal" "Signal"; review34 M3); other words as written. Where three words or
# more hold a turned letter and they are at least half of the words from the first of them to
# the last, that stretch is upside down (:func:`upside_down_span`) and is also read backwards,
# every letter of it turned back, after ". ", as an override is; the rest of the text is not
# (an attacker's upside-down sign-off as long as the message turned every plain word of it:
# review34 H1).
_TURNED: dict[str, str] = {
    "ɐ": "a", "ɔ": "c", "ǝ": "e", "ɟ": "f", "ƃ": "g", "ɥ": "h", "ᴉ": "i", "ɾ": "j", "ʞ": "k",
    "ɯ": "m", "ɹ": "r", "ʇ": "t", "ʌ": "v", "ʍ": "w", "ʎ": "y", "∀": "a", "ᗺ": "b", "Ɔ": "c",
    "ᗡ": "d", "Ǝ": "e", "Ⅎ": "f", "⅁": "g", "˥": "l", "Ԁ": "p", "ᴚ": "r", "⊥": "t", "∩": "u",
    "⅄": "y", "˙": ".", "¿": "?", "¡": "!",
}
#: the ASCII letters whose turned form is another ASCII letter
_TURNED_ASCII = {"b": "q", "q": "b", "d": "p", "p": "d", "n": "u", "u": "n", "B": "Q", "Q": "B",
                 "D": "P", "P": "D", "N": "U", "U": "N"}
_TURNED_LETTERS = "".join(k for k in _TURNED if k.isalpha() or k in "∀Ⅎ⅁˥⊥∩⅄")
#: a turned letter (RE2 and re alike: a class of characters beyond ASCII)
TURNED_HINT = f"[{_TURNED_LETTERS}]"
_TURNED_WORD = re.compile(f"\\S*[{_TURNED_LETTERS}]\\S*")
_TURNED_CHAR = re.compile(TURNED_HINT)


#: a word whose letters all turn into letters (b d l n o p q s u x z: "uo", "sn", "pun"), which
#: an upside-down stretch may begin or end with
_TURNABLE_WORD = re.compile(r"[^\sA-Za-z]*[bdlnopqsuxzBDNOPQSUXZ]+[^\sA-Za-z]*")


def upside_down_span(text: str) -> tuple[int, int] | None:
    """The stretch of ``text`` written upside down, from the first word with a turned letter
    to the last (and the words around them whose letters all turn into letters), when three
    words or more hold one and they are at least half of its words.

    Examples
    --------
    >>> text = "Hi! .sn uǝǝʍʇǝq sᴉɥʇ dǝǝʞ"
    >>> lo, hi = upside_down_span(text)
    >>> text[lo:hi]
    '.sn uǝǝʍʇǝq sᴉɥʇ dǝǝʞ'
    >>> upside_down_span("Kɔfi and Ɔkɔmfo sent the report") is None  # two words
    True
    """
    found = list(_TURNED_WORD.finditer(text)) if _TURNED_CHAR.search(text) else []
    if len(found) < 3:
        return None
    lo, hi = found[0].start(), found[-1].end()
    if 2 * len(found) < len(text[lo:hi].split()):
        return None
    tokens = list(_TOKEN.finditer(text))
    first = next(i for i, t in enumerate(tokens) if t.start() == lo)
    last = next(i for i, t in enumerate(tokens) if t.end() == hi)
    while first > 0 and _TURNABLE_WORD.fullmatch(tokens[first - 1].group()):
        first -= 1
    while last + 1 < len(tokens) and _TURNABLE_WORD.fullmatch(tokens[last + 1].group()):
        last += 1
    return tokens[first].start(), tokens[last].end()


def _turned_back(word: str) -> str:
    """A word with a turned letter, read turned back (see above)."""
    turned = sum(ch in _TURNED_LETTERS for ch in word)
    swap = turned >= 2 or 3 * turned >= sum(ch.isalpha() for ch in word)
    return "".join(_TURNED.get(ch) or (_TURNED_ASCII.get(ch, ch) if swap else ch) for ch in word)


def _unturn_indexed(text: str) -> tuple[str, list[int]] | None:
    """Step 0: words in turned letters read turned back, and an upside-down stretch also read
    backwards (see above); ``None`` when no word has a turned letter.

    Examples
    --------
    >>> _unturn_indexed("ddɐsʇɐɥʍ uo ǝɯ ppɐ")[0]
    'ppastahw no em dda. add me on whatsapp'
    >>> _unturn_indexed("Kɔfi sent the dǝposit")[0]  # read in place, not backwards
    'Kcfi sent the deposit'
    """
    if _TURNED_CHAR.search(text) is None:
        return None
    span = upside_down_span(text)
    lo, hi = span if span is not None else (len(text), len(text))
    # (inside an upside-down stretch every letter is turned back: "uo" is "on" though no
    # letter of it shows it; outside it, only the words with a turned letter)
    stretch = "".join(_TURNED.get(ch) or _TURNED_ASCII.get(ch, ch) for ch in text[lo:hi])
    pieces: list[str] = []
    pos = 0
    for m in _TURNED_WORD.finditer(text, 0, lo):
        pieces.extend([text[pos:m.start()], _turned_back(m.group())])
        pos = m.end()
    pieces.extend([text[pos:lo], stretch])
    pos = hi
    for m in _TURNED_WORD.finditer(text, hi):
        pieces.extend([text[pos:m.start()], _turned_back(m.group())])
        pos = m.end()
    pieces.append(text[pos:])
    forward = "".join(pieces)
    index = list(range(len(text)))
    if span is None:
        return forward, index
    return _read_twice(forward, index, stretch[::-1], list(range(hi - 1, lo - 1, -1)), lo)


# Step 0, words joined by invisible characters (rule R21-E of the notes, December 2026):
# "clone\u200bour\u200brepo" shows "cloneourrepo", and a variation selector, the combining
# grapheme joiner or a tag character in place of every space hid a whole message (0.98 -> 0.34,
# no signal). Such a character between two Latin letters or digits ("USD\u200b2,000") may stand
# for a space ("clone|our") or cut a key word ("Whats|App", "cl|one"); which, only the reader
# knows, so a text with one is read twice, as an override is: as stored (step 2 drops the
# characters), ". ", then with each run of them read as a space. The characters: zero-width
# ones, word joiners, variation selectors, U+034F, tags, bidi marks, embeddings and isolates,
# the soft hyphen, Mongolian and Khmer invisibles, the musical formatting ones (a review added
# the second half: a left-to-right mark beside each zero-width space took the lure back to
# 0.66). Not combining accents, which show ("Pleasé"), and which NFD text puts between two
# letters: step 2 drops those. A hand list of them missed U+2065, U+206A-206F, U+FFF0-FFFB,
# U+1BCA0-1BCA3, tags past U+E007F and U+13430-13438 (red-team round 7, F3: every red flag
# lost, no obfuscated_text); they are now the one definition of padding.invisible_ranges()
# (Unicode's Default_Ignorable_Code_Point and every format character), less the right-to-left
# override (read as displayed above) and the blank-looking Hangul fillers (step 2 reads those
# as spaces already).
#: (as code point ranges: ``signals.detectors`` builds its disguise classes from the same ones)
JOINING_RANGES: tuple[tuple[int, int], ...] = merge_ranges(
    [c for lo, hi in invisible_ranges() for c in range(lo, hi + 1)
     if c != 0x202E and chr(c) not in BLANK_LOOKING])
_JOINING_INVISIBLE = ranges_class(JOINING_RANGES)
#: Latin letters, as a regex class body (ASCII, Latin-1 and Latin Extended-A/B letters)
LATIN_LETTERS = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"
_LATIN_ALNUM = "0-9" + LATIN_LETTERS

# Step 0, words cut by a narrow space or a blank-looking filler (rule R28-B1; red-team round 10,
# F1 and F6): a hair, thin, six-per-em, punctuation, four-per-em, medium mathematical or narrow
# no-break space inside every word ("What\u200asApp") draws as letter spacing, not as a gap, and
# reading it as a space took the development set's hostile messages flagged from 97 to 51; the
# Hangul fillers (default-ignorable), the braille blank and U+FFFC inside a word took them to
# 79 and 65. Such a character between two Latin, Greek or Cyrillic letters (never two digits:
# "3\u202f000 \u20ac") is read as the invisible characters are: the text twice, first with it
# removed (the word joined), ". ", then with it as a space (as before), and obfuscated_text
# fires on it. French typography puts U+202F before ; : ! ? \u00bb, after \u00ab and inside
# numbers, never between two letters: it reads as before. A text whose only white space is
# narrow spaces uses them as its word gaps: there the commonest narrow space is a gap,
# read as a space only and no disguise (joining every word of such a text would call a
# typesetting choice a disguise); any other one between two letters still joins, so a text
# spaced with thin spaces and cut with hair spaces is read whole.
#: narrow spaces: four-per-em, six-per-em, punctuation, thin, hair, narrow no-break, medium
#: mathematical
NARROW_SPACES = "\u2005\u2006\u2008\u2009\u200a\u202f\u205f"
#: what a reader does not see as a word gap between two letters: the narrow spaces, the
#: blank-looking letters and U+FFFC OBJECT REPLACEMENT CHARACTER (``signals.detectors``
#: calls one there a disguise)
IN_WORD_GAPS = NARROW_SPACES + BLANK_LOOKING + "\ufffc"
_GAP_CHAR = re.compile(f"[{IN_WORD_GAPS}]")  # (a pre-check, as _JOINING_CHAR)
#: the letters a gap of IN_WORD_GAPS joins (a regex class body): Latin, and the Greek and
#: Cyrillic letters that stand in for Latin ones; not CJK text, where a thin space may part
#: a Latin word from the Han characters around it
GAP_LETTERS = LATIN_LETTERS + "\u0370-\u03ff\u0400-\u04ff"
#: white space other than the narrow spaces: a text with some has its ordinary word gaps
_WIDE_SPACE = re.compile(f"[^\\S{NARROW_SPACES}]")


@cache
def _join_re(gaps: str) -> re.Pattern[str]:
    """A run to join: invisible characters between two Latin letters or digits, or one of
    ``gaps`` or more (with invisible characters around them) between two of GAP_LETTERS."""
    return re.compile(f"(?<=[{_LATIN_ALNUM}])[{_JOINING_INVISIBLE}]+(?=[{_LATIN_ALNUM}])"
                      f"|(?<=[{GAP_LETTERS}])(?:[{_JOINING_INVISIBLE}]*[{gaps}])+"
                      f"[{_JOINING_INVISIBLE}]*(?=[{GAP_LETTERS}])")


_INVISIBLE_JOIN = _join_re(IN_WORD_GAPS)
_JOINING_CHAR = re.compile(f"[{_JOINING_INVISIBLE}]")  # (a pre-check: a class alone is fast)


def has_word_gaps(text: str) -> bool:
    """Does ``text`` hold white space other than the narrow spaces (its ordinary word gaps)?

    Examples
    --------
    >>> has_word_gaps("Add me"), has_word_gaps("Add\u2009me")
    (True, False)
    """
    return " " in text or _WIDE_SPACE.search(text) is not None


def in_word_gaps(text: str) -> str:
    """The characters of :data:`IN_WORD_GAPS` that join two letters of ``text`` (as a regex
    class body): all of them, but in a text whose only white space is narrow spaces its
    commonest narrow space, which is its word gap (rule R28-B1).

    Examples
    --------
    >>> in_word_gaps("Add me on What\u200asApp") == IN_WORD_GAPS
    True
    >>> "\u2009" in in_word_gaps("Add\u2009me\u2009on\u2009What\u200asApp")
    False
    """
    if has_word_gaps(text):
        return IN_WORD_GAPS
    counts = [(text.count(c), c) for c in NARROW_SPACES]
    most, gap = max(counts)
    return IN_WORD_GAPS.replace(gap, "") if most else IN_WORD_GAPS


def _unjoin_indexed(text: str) -> tuple[str, list[int]] | None:
    """Step 0: the text with every narrow space or filler between two letters removed (the
    invisible characters are left to step 2, which drops them), ". ", the text with every run
    of invisible characters between two Latin letters or digits, and of such gaps between two
    letters, read as a space, with an index map (``None`` without such a run)."""
    if text.isascii() or (_JOINING_CHAR.search(text) is None
                          and _GAP_CHAR.search(text) is None):
        return None
    gaps = in_word_gaps(text)
    join = _INVISIBLE_JOIN if gaps == IN_WORD_GAPS else _join_re(gaps)
    first = join.search(text)
    if first is None:
        return None
    stored: list[str] = []
    stored_index: list[int] = []
    pieces: list[str] = []
    index: list[int] = []
    pos = 0
    for match in join.finditer(text, first.start()):
        start, end = match.span()
        kept = [i for i in range(start, end) if text[i] not in gaps]
        stored.extend([text[pos:start], *(text[i] for i in kept)])
        stored_index.extend([*range(pos, start), *kept])
        pieces.extend([text[pos:start], " "])
        index.extend(range(pos, start))
        index.append(start)
        pos = end
    stored.append(text[pos:])
    stored_index.extend(range(pos, len(text)))
    pieces.append(text[pos:])
    index.extend(range(pos, len(text)))
    return _read_twice("".join(stored), stored_index, "".join(pieces), index, first.start())


# Step 0, a capital I written for a lower-case l (rule R29-N; red-team round 10, F5): "cIient",
# "PIease", "emaiI" look alike in the sans-serif fonts of most mail and chat clients, and the
# matching form lower-cases, so "cIient" read "ciient" (the development set's hostile messages
# with every l so written: 97 flagged -> 90). The Roman numeral U+2160 (NFKC gives "I"), the
# full-width, script and mathematical capitals I, and the Cyrillic and Greek capitals that look
# like it count as capital I.
# A text holds the disguise when a capital I (one, or two for "ll") stands where ordinary
# writing has none (i_for_l_spans):
# * between two lower-case letters ("cIient", "aIIow"), but not before "n" (camel case and
#   names: "LinkedIn", "isInvalid", "McIntosh", "MacIntyre"), nor as the last part of an
#   identifier ("getId", "useIds", "getItem", "onIdle", "setImage"...: _IDENTIFIER_TAILS), nor
#   after "Mc" or "Mac" ("McIlroy");
# * after a lower-case letter at a word's end ("emaiI", "wiII");
# * second in a word after a capital that starts a cluster with "l" (b c f g k p s v: "PIease",
#   "CIient") before a vowel, or after a capital vowel ("AIso", "EIse"), with at least two
#   lower-case letters and no other capital after it ("AIs", "AIaaS", "AIOps" stay).
# Ordinary writing keeps its capital I elsewhere: "I", "AI", "IT", "IBM", "II", "XIII",
# "OpenAI", "iPhone", « Il », « IA ». Such a text is read twice, as the invisible characters
# are: first with every capital I next to a lower-case letter inside or at the edge of a word
# read "l" (there the text is known to write l so: "Iet's", « Ies », "AIs" too; not before "n",
# "LinkedIn" and "Interview" stay, nor at a word's start before a consonant, "It", "If"), ". ",
# then as stored, so that no red flag of the text as written can be lost; obfuscated_text
# fires on the words with such an I.
_CAPITAL_I = ("I\u2160\u2110\u2111\uff29\u0406\u0399\U0001d408\U0001d43c\U0001d470\U0001d4d8"
              "\U0001d540\U0001d574\U0001d5a8\U0001d5dc\U0001d610\U0001d644\U0001d678")
#: lower-case Latin letters (ASCII, Latin-1, Latin Extended-A and B)
_LOWER_SET = frozenset(c for c in map(chr, range(0x250)) if c.islower() and c.isalpha())
_CAPITAL_I_SET = frozenset(_CAPITAL_I)
# The candidates: a capital I after a letter (after a lower-case one or a capital that may start
# the word, in ASCII text: a pattern that starts with the literal "I", 0.5 us a message, where
# one class of every capital I and lower-case letter took 23 us); the rest is checked in Python
_I_CANDIDATE_ASCII = re.compile("I(?<=[a-zBCFGKPSVAEOU]I)")
_I_CANDIDATE = re.compile(f"[{_CAPITAL_I}](?<=[^\\W\\d_].)")
# (a class of non-ASCII characters is searched slowly, 2 to 18 us a message: the text is
# searched for "I" alone, after a letter, unless it holds one of the others)
_I_AFTER_LETTER = re.compile("I(?<=[^\\W\\d_]I)")
_OTHER_CAPITAL_I = _CAPITAL_I[1:]
_WORD_END = frozenset("_'\u2019-")
#: what follows a capital I in camel-case identifiers ("getId", "useIds", "getItem"...): read as
#: written (lower case, to the end of the word or its next capital)
_IDENTIFIER_TAILS = frozenset({"d", "ds", "tem", "tems", "con", "cons", "dle", "mage", "mages",
                               "mport", "mports", "mpl", "ssue", "ssues", "dentity",
                               "dentifier", "gnore", "terator", "terable"})
_CLUSTER_STARTS = frozenset("BCFGKPSV")
_VOWELS = frozenset("aeiouyàâäéèêëîïôöùûüÿ")


def _lower_run(text: str, pos: int) -> str:
    """The lower-case letters of ``text`` from ``pos`` (to the first other character)."""
    end = pos
    while end < len(text) and text[end] in _LOWER_SET:
        end += 1
    return text[pos:end]


def _after_mc(text: str, pos: int) -> bool:
    """Is ``pos`` right after a word that is "Mc" or "Mac" ("McIlroy")? In constant time: a
    walk back to the word's start made a long token of such I's quadratic (review36)."""
    for name in ("Mc", "Mac"):
        start = pos - len(name)
        if text[max(start, 0):pos] == name and (start == 0 or not text[start - 1].isalpha()):
            return True
    return False


def i_for_l_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each capital I (or two) that ``text`` writes for a lower-case l, in
    the places ordinary writing has none (rule R29-N; see above): ``[]`` for most texts.

    Examples
    --------
    >>> i_for_l_spans("PIease keep it between us, my cIient wiII call.")
    [(1, 2), (31, 32), (39, 41)]
    >>> i_for_l_spans("I saw AI, IT and iPhone news on LinkedIn; getId() and McIntosh.")
    []
    """
    if text.isascii():
        if "I" not in text:
            return []
        found = _I_CANDIDATE_ASCII.finditer(text)
    else:
        other = any(c in text for c in _OTHER_CAPITAL_I)
        if not other and "I" not in text:
            return []  # (no capital I of any kind: a string search, not a regex pass)
        found = (_I_CANDIDATE if other else _I_AFTER_LETTER).finditer(text)
    spans: list[tuple[int, int]] = []
    for m in found:
        s = m.start()
        e = s + 2 if s + 1 < len(text) and text[s + 1] in _CAPITAL_I_SET else s + 1
        before = text[s - 1]
        tail = _lower_run(text, e)
        after = e + len(tail)
        if after < len(text) and (text[after].isalnum() or text[after] == "_") and (
                not tail or text[after] in _CAPITAL_I_SET):
            continue  # ("aIB", "aI2", "aIII"; a tail may end at a capital: "getIdFor")
        if before in _LOWER_SET:
            # (not before "n": "LinkedIn"; an identifier's last part, "getId"; a name, "McIlroy")
            if (tail[:1] == "n" or tail in _IDENTIFIER_TAILS
                    or _after_mc(text, s)):
                continue
        elif before in _CLUSTER_STARTS or before in "AEOU":  # second, after the word's capital
            if s >= 2 and (text[s - 2].isalnum() or text[s - 2] in _WORD_END):
                continue
            if len(tail) < 2 or (after < len(text) and text[after].isalnum()):
                continue
            if before in _CLUSTER_STARTS and tail[0] not in _VOWELS:
                continue
        else:
            continue
        spans.append((s, e))
    return spans


_CAPITAL_I_RUN = re.compile(f"[{_CAPITAL_I}]+")
#: An RE2 superset of the texts :func:`i_for_l_spans` finds a capital I for an l in (in
#: :data:`STEP0_ANY`, and ``signals.detectors``' prefilter): Latin lower-case letters read as
#: ``[a-z\x{df}-\x{24f}]``, and "I" beside a lower-case letter but before "n" as any
I_FOR_L_RE2 = (f"[a-z\\x{{df}}-\\x{{24f}}][{_CAPITAL_I}]{{1,2}}(?:[^n]|$)"
               f"|[BCFGKPSVAEOU][{_CAPITAL_I}]{{1,2}}[a-z\\x{{df}}-\\x{{24f}}]{{2}}")


def i_as_l(text: str, spans: list[tuple[int, int]] | None = None) -> str:
    """``text`` with every capital I (or two) beside a lower-case letter of its word read "l"
    when it writes one for an l (``spans``: :func:`i_for_l_spans` of ``text``, when known),
    else ``text`` as it is; one character for one (rule R29-N).

    Examples
    --------
    >>> i_as_l("PIease caII me on LinkedIn. It is aIso on my emaiI: Iet's taIk, I'm free.")
    "Please call me on LinkedIn. It is also on my email: let's talk, I'm free."
    >>> i_as_l("Ne pas en parIer avant I'entretien.")
    "Ne pas en parler avant l'entretien."
    >>> i_as_l("I read it on LinkedIn: AI, IT and getId()")
    'I read it on LinkedIn: AI, IT and getId()'
    """
    if not (i_for_l_spans(text) if spans is None else spans):
        return text
    chars = list(text)
    for m in _CAPITAL_I_RUN.finditer(text):
        s, e = m.span()
        if e - s > 2:  # "XIII", "IIII": numerals
            continue
        before = text[s - 1] if s else " "
        after = text[e] if e < len(text) else " "
        if after == "n":  # "LinkedIn", "Interview": no word has "ln" but "kiln"
            continue
        if before in _LOWER_SET:
            if after.isalnum() and after not in _LOWER_SET:
                continue
        elif (after in "'\u2019" and e - s == 1 and not before.isalnum()
              and text[e + 1:e + 2] in _VOWELS | {"h"}):
            pass  # French « I'entretien » ("I'm", "I've", "I'll", "I'd" stay)
        elif after not in _LOWER_SET:
            continue
        elif not before.isalnum():  # a word's first letter: "l" before a vowel only ("Iet's")
            if after not in _VOWELS:
                continue
        elif not (before.isupper() and (s < 2 or not text[s - 2].isalnum())):
            continue
        chars[s:e] = "l" * (e - s)
    return "".join(chars)


def _i_as_l_indexed(text: str) -> tuple[str, list[int]] | None:
    """Step 0: a text that writes a capital I for an l (:func:`i_for_l_spans`) read as
    :func:`i_as_l` gives it, ". ", then as stored, with an index map (``None`` for any other
    text)."""
    spans = i_for_l_spans(text)
    if not spans:
        return None
    index = list(range(len(text)))
    return _read_twice(i_as_l(text, spans), index, text, index, spans[0][0])


# Step 0, markdown links on every word (rule R16-D of the notes, December 2026): "[clone](u)
# [our](u) [repo](u)" shows "clone our repo" where markdown is rendered, and the addresses
# where it is not. A text with two markdown links in a row is read twice, whole, as an
# override is: every link as its label, ". ", then the text as stored.
_MD_LINK = re.compile(r"\[([^\[\]\n]{1,300})\]\([^()\s]{0,2000}\)")
_MD_PAIR = re.compile(r"\]\([^()\s]{0,2000}\)[^\S\r\n]+\[[^\[\]\n]{1,300}\]\(")


def _unlink_indexed(text: str) -> tuple[str, list[int]] | None:
    """Step 0: the text with its markdown links as their labels, ". ", the text as stored, with
    an index map (``None`` without two markdown links in a row)."""
    if "](" not in text or _MD_PAIR.search(text) is None:
        return None
    shown: list[str] = []
    index: list[int] = []
    pos = 0
    first = -1
    for match in _MD_LINK.finditer(text):
        start, end = match.span(1)
        shown.extend([text[pos:match.start()], match.group(1)])
        index.extend(range(pos, match.start()))
        index.extend(range(start, end))
        pos = match.end()
        first = match.start() if first < 0 else first
    shown.append(text[pos:])
    index.extend(range(pos, len(text)))
    return _read_twice("".join(shown), index, text, list(range(len(text))), first)


# Step 0, letters spaced or dotted one by one (two ways of writing a word that a reader reads
# as the word), and words joined by one character (below, _JOINS):
#
# * spaced writing: a run of lone letters or digits (none touching another) separated by white
#   space is a region. A text is in spaced writing when a region has 8 lone characters or more
#   with a single space between two of them and a wider gap (two or more white-space
#   characters, or one that is not U+0020) between two others. Then, in every region, a single
#   space joins letters and a wider gap parts words: "c l o n e  o u r  r e p o" -> "clone our
#   repo", "l'e n t r e t i e n" -> "l'entretien" (punctuation cuts regions). Without a wider
#   gap the word boundaries are unknown (joining would glue the words together); the patterns
#   themselves read spaced key words (signals.lexicon.term);
# * dotted writing: lone letters or digits joined by one of . - _ * / · • make a dotted word
#   ("c.l.o.n.e", "w-h-a-t-s-a-p-p"). A text with a dotted word of 5 characters or more that are
#   not all digits is in dotted writing, and then every such dotted word reads without its
#   joining characters ("e.g." too); digits alone ("3-4", "1/2") and dotted words inside an
#   address or a link stay as written.
_SPACED_REGION = re.compile(r"(?<![^\W_])[^\W_](?:\s{1,4}[^\W_])+(?![^\W_])")
_GAP = re.compile(r"\s+")
_JOINER = "[.\\-_*/\u00b7\u2022]"
_DOTTED_WORD = re.compile(f"(?<![^\\W_])[^\\W_](?:{_JOINER}[^\\W_])+(?![^\\W_])")
_JOINER_RE = re.compile(_JOINER)
# (the letter before the hyphen is checked in Python: a pattern that starts with the literal
# hyphen is found much faster than one that starts with a lookbehind)
# (also U+2010 HYPHEN and the soft hyphen, which word processors show at a line's end, and a
# quoted-printable soft break "=" left in a body, "cl=\none": round 7, F12)
_HYPHEN_BREAK = re.compile(r"[-\u2010\u00ad][ \t]*\r?\n[ \t]*(?=[^\W\d_])"
                           # a quoted-printable soft break is '=' at the very end of the line:
                           # what follows the line break is text, a space too (review31)
                           r"|=\r?\n(?=[^\W\d_])")
# Single words in quotes, two in a row ("'clone' 'our'"), and pipes between single words, two
# in a row ("clone | our | repo"): a reader skips them
_QUOTES_CLASS = "'\"\u2018\u2019\u201c\u201d"
_QUOTED_WORD = re.compile(f"(?<![^\\s])[{_QUOTES_CLASS}][^\\s{_QUOTES_CLASS}]+"
                          f"(?:[{_QUOTES_CLASS}][^\\s{_QUOTES_CLASS}]+)*"  # "'l'entretien'"
                          f"[{_QUOTES_CLASS}](?=[\\s.,;:!?]|$)")
_QUOTED_PAIR = re.compile(f"[{_QUOTES_CLASS}][^\\s{_QUOTES_CLASS}]+[{_QUOTES_CLASS}]\\s+"
                          f"[{_QUOTES_CLASS}][^\\s{_QUOTES_CLASS}]+[{_QUOTES_CLASS}]")
_PIPED_PAIR = re.compile(r" \| [^\s|]+ \| ")
_PIPE_GAP = re.compile(r"(?<=\S) \|(?= (?!(?:bash|sh|zsh|sudo|python3?|node|iex|powershell"
                       r"|pwsh)\b)\S)")
#: Arrows, bullets, mathematical and technical signs, geometric shapes, dingbats and emoji
#: (with their variation selectors and joiners), alone between two spaces; not the enclosed
#: letters of U+1F100-1F1FF (🅒, 🄰: letters, see _map_char) nor flags, nor the ASCII pipe
#: (a shell pipe, "curl ... | bash", is evidence)
# (not the Enclosed Alphanumerics U+2460-U+24FF: a word in parenthesised or circled letters,
# "⒞⒧⒪⒩⒠", is read as letters by step 2, not as a gap; red-team round 7, F6)
_SYMBOLS = ("\u2022\u00b7\u2190-\u245f\u2500-\u2bff\U0001f000-\U0001f0ff\U0001f200-\U0001faff"
            "\ufe0f\u200d")
_SYMBOL_GAP = re.compile(f"[^\\S\\r\\n][{_SYMBOLS}]+(?=[^\\S\\r\\n])")
_TOKEN = re.compile(r"\S+")
# Separators between single words, two in a row ("clone / our / repo", "clone… our… repo",
# "clone 🇫🇷 our 🇫🇷 repo"): a run of characters that are not letters, digits, white space,
# sentence punctuation, quotes, brackets, currency signs or the ASCII pipe (which has its own
# rule: a shell pipe is evidence), after optional sentence punctuation and before white space.
# The run and its white space read as one space, the sentence punctuation stays ("call. / Do"
# -> "call. Do"), except between two words without a letter ("3 - 4 - 5", "12 / 05 / 2026").
# All parts are disjoint classes, so the search is linear.
#: (what a separator is not, but for '.': a separator or a dot is any other character; the
#: enclosed letters U+2460-U+24FF are letters, not separators: red-team round 7, F6)
_NOT_SEPARATOR_OR_DOT = ("\\w\\s,;:!?'\"\u2018\u2019\u201c\u201d\u00ab\u00bb()\\[\\]{}<>@#$%&|"
                         "\u00a2-\u00a5\u20a0-\u20cf\u2460-\u24ff")
_SEPARATOR = f"[^.{_NOT_SEPARATOR_OR_DOT}]"
_SEP_WORD_BODY = "[^\\W_]+(?:[,.'\u2019][^\\W_]+)*"  # ("2,000", "l'exécuter")
_SEP_WORD = "(?<![^\\W_])" + _SEP_WORD_BODY
# a gap: sentence punctuation (kept), then what reads as one space (group 1 of _SEP_GAP_RE)
_SEP_CUT = f"[^\\S\\r\\n]*{_SEPARATOR}+[^\\S\\r\\n]+"
# (or two ASCII dots or more and white space, all of which read as one space: R17-A)
_SEP_DOTS = "\\.{2,}[^\\S\\r\\n]+"
_SEP_GAP = f"(?:[.,;:!?]*{_SEP_CUT}|{_SEP_DOTS})"
_SEPARATED = re.compile(f"{_SEP_WORD}(?:{_SEP_GAP}{_SEP_WORD}){{2,}}")
_SEP_GAP_RE = re.compile(f"[.,;:!?]*({_SEP_CUT})|({_SEP_DOTS})")
# (a necessary condition, _SEP_HINT_PLAIN, that starts with the separator class, which fails
# at once on letters, against 50 us for _SEPARATED, whose lookbehind is tried at every
# position; written to start with one class, a separator or a dot, and the rest of the run
# after it, as Python's re then skips to that class's characters at once, where it tried the
# alternation at every position: 2 us on a suspect message, not 13; the same matches)
_SEP_HINT_PLAIN = f"(?:{_SEPARATOR}+|\\.{{2,}})[^\\S\\r\\n]+{_SEP_WORD_BODY}{_SEP_GAP}"
_SEP_HINT = re.compile(f"[^{_NOT_SEPARATOR_OR_DOT}]"
                       f"(?:(?<={_SEPARATOR}){_SEPARATOR}*|(?<=\\.)\\.+)"
                       f"[^\\S\\r\\n]+{_SEP_WORD_BODY}{_SEP_GAP}")
# A mark on every word (rule R29-N; red-team round 10, F7): "Please, keep, this, between, us,",
# "#keep #this", "@keep @this", "[keep] [this]", "«keep» «this»", backticks, "keep! this!"...
# is read, yet it cut every phrase (the development set's hostile messages flagged 97 -> 89-92,
# 78 with "@" on the words of four letters or more). A text is in marked writing, for one kind
# of mark, when single words carry it ("," after the word, "#" or "@" before it, "«»", "``",
# "[]" or "()" around it; one word, or words joined by an apostrophe or a hyphen), three of
# them in a row somewhere (two for "#" and "@"), and on four words or more that are three
# tenths or more of the text's words (white-space tokens), two of them function words
# ("this", "us", « de »: a sentence, not a list); then every such mark reads as nothing.
# Ordinary writing carries a mark on fewer of its words (a list "Python, Go, Rust, C++", hashtags or
# handles at a post's end, placeholders "[NAME] [ROLE]": at most a quarter in the 2,597 real,
# hand-written and development rows; "@" on the words of four letters or more, a third or
# more), and reads as before; so do an @handle with a digit, "_" or "." ("my
# Telegram is @aurora_hr"), an e-mail address and a phrase in « guillemets ». A "!", "?", ";"
# or ":" on every word is not read so: they end sentences and clauses, and taken out they
# joined a marked disclaimer to the plain request after it ("Quick! note! we! never! ask! for!
# your! ID! Send me your passport copy", whose red flags the cut cancelled; review36).
_MARK_WORD = "[^\\W_]+(?:['\u2019-][^\\W_]+)*"
_MARK_LETTERS = "[^\\W\\d_]+(?:['\u2019-][^\\W\\d_]+)*"  # (for "#" and "@": no digit)
_MARK_END = "[.,;:!?]*(?=\\s|$)"  # (sentence punctuation may follow a wrapped word)
_INNER = "[^\\S\\r\\n]?"  # (« guillemets » with a space inside, as French sets them)
_LONE_GUILLEMET = re.compile("(?<!\\S)[\u00ab\u00bb](?!\\S)")
#: for each kind of mark, the character to count first and a marked word (group "m": the marks)
_MARKED: dict[str, tuple[str, re.Pattern[str]]] = {
    **{c: (c, re.compile(f"(?<!\\S)(?P<w>{_MARK_WORD})(?P<m>{re.escape(c)})(?=\\s|$)"))
       for c in ","},
    **{c: (c, re.compile(f"(?<!\\S)(?P<m>{c})(?P<w>{_MARK_LETTERS}){_MARK_END}"))
       for c in "#@"},
    **{a + b: (a, re.compile(f"(?<!\\S)(?P<m>{re.escape(a)}{_INNER})(?P<w>{_MARK_WORD})"
                           f"(?P<n>{_INNER}{re.escape(b)}){_MARK_END}"))
       for a, b in ("\u00ab\u00bb", "``", "[]", "()")},
}


def _marked_cuts(text: str) -> list[tuple[int, int, str]]:
    """The marks of a text in marked writing (see above) to take out, as cuts."""
    cuts: list[tuple[int, int, str]] = []
    tokens = -1
    for count, rx in _MARKED.values():
        n = text.count(count)
        if n < 4:
            continue
        if tokens < 0:  # (white-space tokens, less guillemets standing alone: « keep »)
            tokens = len(text.split())
            if "\u00ab" in text:
                tokens -= len(_LONE_GUILLEMET.findall(text))
        if 10 * n < 3 * tokens:  # (a count of the mark first: most texts stop here)
            continue
        found = list(rx.finditer(text))
        if len(found) < 4 or 10 * len(found) < 3 * tokens:
            continue
        # (in a row somewhere: two for "#" and "@", which mark the longer words only in
        # "@Please @keep this @between us", three for the others, as two are any list's:
        # "Python, Go, Rust", "(Paris) (remote)")
        run = 2 if count in "#@" else 3
        if not any(all(text[a.end():b.start()].isspace()
                       for a, b in zip(found[i:i + run - 1], found[i + 1:i + run], strict=True))
                   for i in range(len(found) - run + 1)):
            continue
        if sum(1 for m in found if m.group("w").lower() in FUNCTION_WORDS) < 2:
            continue  # (a list, tags, placeholders: no sentence)
        for m in found:
            cuts.append((m.start("m"), m.end("m"), ""))
            if "n" in rx.groupindex:
                cuts.append((m.start("n"), m.end("n"), ""))
    return cuts


# Ellipses, dashes and arrows between words (R17-A): two ASCII dots or more, or "…", right
# after a word and before white space and a word in lower case (the sentence goes on: "clone...
# our repo", "merci… de") read as one space; an em dash or a horizontal bar between two letters
# with no space ("Please—clone—our—repo") reads as one; " > " between single words, two in a
# row ("clone > our > repo", and a menu path "Settings > Privacy"), reads as one. Each pattern
# starts with its literal and checks the character before it in Python (as _JOINS does).
_ELLIPSIS_GAP = re.compile(r"(?:\.{2,}|\u2026)[^\S\r\n]+(?=[^\W\d_])")
_DASH_GAP = re.compile(r"[\u2014\u2015](?=[^\W\d_])")
_ARROW_PAIR = re.compile(r" > [^\s>]+ > ")
_ARROW_GAP = re.compile(r"(?<=\S) >(?= [^\s>])")
# Words joined by one character in place of the spaces: "Please_clone_our_repo_and_run_it". A
# text is in joined writing when one of _ . - + ~ / stands between two letters 5 times or more,
# and more often than the text has gaps of white space; then that character reads as a space
# everywhere but in an e-mail address or a link. In ordinary text such characters are fewer
# than the spaces (identifiers, file names, compounds: "state-of-the-art", "run_our_code.py",
# "CI/CD", « candidat·e·s »). Runs of symbols (middle dots, bullets, arrows, emoji: _SYMBOLS)
# count as one such character: "add·me·on·WhatsApp", "add🙂me👉on✅WhatsApp" (rule R27-A).
# Each kind is counted only in a text that shows its hint: two words of two letters or more,
# each between two such characters (_JOINED_HINT for _ . - + ~, _SYMBOL_JOIN_HINT for symbols,
# _SLASH_HINT for slashes, which must also be the first of their token with no dot or colon
# before them, so that the paths of links, "github.com/acme/app/tree/", do not count).
# The low line counts with every connector punctuation that looks like one (full-width and
# presentation forms, ties: NFKC reads most as "_"; red-team round 11, H1, rule R32-E), and
# the letters that look like a dash or a low line (the prolonged sound mark, the Arabic
# tatweel, modifier macrons) are one more kind, "dashlike", between two ASCII letters only:
# inside Japanese or Arabic words they are letters.
_LOW_LINES = "_\u203f\u2040\u2054\ufe33\ufe34\ufe4d-\ufe4f\uff3f"
_DASHLIKE = "\u02c9\u02cd\u0640\u30fc\uff70"
_JOIN_SYMBOLS = f"[{_SYMBOLS}]+"
_JOIN = f"[.\\-+~{_LOW_LINES}{_DASHLIKE}{_SYMBOLS}]+"  # (RE2, STEP0_SUSPECT)
_JOINED_HINT = re.compile(f"[.\\-+~{_LOW_LINES}][^\\W\\d_]{{2,}}[.\\-+~{_LOW_LINES}]"
                          f"[^\\W\\d_]{{2,}}[.\\-+~{_LOW_LINES}]")
_DASHLIKE_HINT = re.compile(f"[{_DASHLIKE}][A-Za-z]{{2,}}[{_DASHLIKE}][A-Za-z]{{2,}}[{_DASHLIKE}]")
_SYMBOL_JOIN_HINT = re.compile(
    f"{_JOIN_SYMBOLS}[^\\W\\d_]{{2,}}{_JOIN_SYMBOLS}[^\\W\\d_]{{2,}}{_JOIN_SYMBOLS}")
# (the pattern starts with its literal, which Python's re finds fast; the token before it is
# checked in Python: a pattern that starts at a token's start is tried at every position)
_SLASH_HINT = re.compile(r"/[^\W\d_]{2,}/[^\W\d_]{2,}/")
_NOT_BEFORE_SLASH = frozenset("./:")  # (and a slash: the token's first one)
# Slashes and symbols in turn ("We/pay•you/in•cash", "contact·me/on·Signal/now"; rule R28-C)
# are one more kind, "mixed", counted as one joining character outside links, when neither
# kind alone makes the text joined writing; its hint is the symbols' with slashes among them
_MIXED_JOINS = f"[/{_SYMBOLS}]+"
_MIXED_JOIN_HINT = re.compile(
    f"{_MIXED_JOINS}[^\\W\\d_]{{2,}}{_MIXED_JOINS}[^\\W\\d_]{{2,}}{_MIXED_JOINS}")


def _slash_hint(text: str) -> bool:
    """Whether ``text`` has two words of two letters or more, each between two slashes, after
    the first slash of a token with no dot or colon before it ("The/password/is/", not
    "github.com/acme/app/" nor "https://a/bc/de/")."""
    for m in _SLASH_HINT.finditer(text):
        i = m.start() - 1
        while i >= 0 and not text[i].isspace() and text[i] not in _NOT_BEFORE_SLASH:
            i -= 1
        if i < 0 or text[i].isspace():
            return True
    return False


def _joined_kinds(text: str) -> list[str]:
    """The joining characters whose hint ``text`` shows (keys of ``_JOINS``): each pattern
    is looked for only where it can match, as the symbol class and the slashes' token are
    slow to search for in Python (RE2 looks for a superset of the symbol hint first)."""
    kinds = list("_.-+~") if _JOINED_HINT.search(text) is not None else []
    if not text.isascii() and _DASHLIKE_HINT.search(text) is not None:
        kinds.append("dashlike")
    if (not text.isascii() and _may_join_by_symbols(text)
            and _SYMBOL_JOIN_HINT.search(text) is not None):
        kinds.append("symbols")
    if text.count("/") >= 5 and _slash_hint(text):
        kinds.append("/")
    if "/" in text and not text.isascii() and _MIXED_JOIN_HINT.search(text) is not None:
        kinds.append("mixed")
    return kinds


@cache
def _symbol_join_re2() -> Any:
    import re2

    return re2.compile(f"{_JOIN_SYMBOLS}{_W}{{2,}}{_JOIN_SYMBOLS}{_W}{{2,}}{_JOIN_SYMBOLS}")


def _may_join_by_symbols(text: str) -> bool:
    """Whether ``text`` may show :data:`_SYMBOL_JOIN_HINT`: one RE2 search of a superset
    (about 3 us on a 800-character message, against 8 us for Python's search)."""
    try:
        return _symbol_join_re2().search(text) is not None
    except UnicodeEncodeError:  # a lone surrogate: RE2 reads UTF-8 only
        return True


# (each separator followed by a letter; the letter before it is checked in Python: a pattern
# that starts with the literal is found much faster than one that starts with a lookbehind)
_JOINS = {sep: re.compile(f"{re.escape(sep)}(?=[^\\W\\d_])") for sep in ".-+~/"}
_JOINS["_"] = re.compile(f"[{_LOW_LINES}](?=[^\\W\\d_])")
_JOINS["symbols"] = re.compile(f"{_JOIN_SYMBOLS}(?=[^\\W\\d_])")
_JOINS["mixed"] = re.compile(f"{_MIXED_JOINS}(?=[^\\W\\d_])")
_JOINS["dashlike"] = re.compile(f"(?<=[A-Za-z])[{_DASHLIKE}]+(?=[A-Za-z])")
_JOIN_RUNS = {sep: re.compile(re.escape(sep)) for sep in ".-+~/"}
_JOIN_RUNS["_"] = re.compile(f"[{_LOW_LINES}]")
_JOIN_RUNS["symbols"] = re.compile(_JOIN_SYMBOLS)
_JOIN_RUNS["mixed"] = re.compile(_MIXED_JOINS)
_JOIN_RUNS["dashlike"] = _JOINS["dashlike"]
_ADDRESS = re.compile(r"@|://|www\.|\.(?:com|net|org|io|fr|me)\b", re.IGNORECASE)
_LINK = re.compile(r"@|://|www\.|\.[a-z]{2,6}/", re.IGNORECASE)  # (and "t.me/", "wa.me/")
# Part of the definition, not only a shortcut (both paths use it): a text is in spaced writing
# only if it has four lone characters between single spaces (" l o n e " in "c l o n e"; "il y
# a à" has three), and in dotted writing only if it has one joined by the same character on
# both sides (".l." in "c.l.o.n.e"). Each pattern starts with a literal, which Python's re
# finds fast (about 2 us each on a 540-character message, against 15 us for the region
# pattern).
_SPACED_HINT = re.compile(r" [^\W_] [^\W_] [^\W_] [^\W_] ")
_DOTTED_HINT = re.compile(r"\.[^\W_]\.|-[^\W_]-|_[^\W_]_|\*[^\W_]\*|/[^\W_]/|\u00b7[^\W_]\u00b7"
                          r"|\u2022[^\W_]\u2022")


def _join_count(text: str, sep: str) -> int:
    """How many times a joining character of kind ``sep`` stands between two letters."""
    return sum(1 for m in _JOINS[sep].finditer(text)
               if m.start() and text[m.start() - 1].isalpha() and not text[m.start() - 1].isdigit())


# Words glued by a low line in an ordinary text (rules R33-C, R33-C2): "keep_it_between_us",
# "WhatsApp_asap". Fewer than five such joins do not make a text joined writing (above), and a
# low line is a word character, so a keyword glued to another word by "_" had no word boundary
# for the patterns. In a token (a run without white space) that glues a function word
# (:data:`~recruitscore.stopwords.FUNCTION_WORDS`) or a chat app's name (:data:`CHAT_APPS`,
# and "signal") to another word, as prose glued together does, a run of low lines between two
# characters that are not white space, one of them a letter or a digit, reads as a space
# ("USD_2000_per_report", "a_$90_deposit"). Identifiers and handles with neither
# ("board_member", "zara_recruits", "siliconhires_max") stay as written: they are evidence as
# they stand, and so does a handle ("@pharma_conseil_eu") but in a text in joined writing
# ("@Sarah_Add_me_on_WhatsApp,_keep_it_between_us,..." is read). A run in a link's path or
# before an address's last local-part piece stays ("first_last@acme.com",
# "acme.com/how_to_apply"; words glued after an address are read: "jane@acme.com_keep_it_
# between_us"). A whole token stays glued when it is a file name (a known extension at its
# end: "Offre_de_poste.zip"), or a placeholder or code: enclosed in brackets,
# braces, "%", backquotes, colons or angle brackets ("[NAME_OF_THE_CONTACT]", "${FIRST_NAME}",
# ":face_with_tears_of_joy:"; brackets, backquotes and "%" only with a capital inside), inside
# "{{ }}", "name=value", or an attribute's dot, an identifier after it
# ("sender.name_of_the_user"; a sentence's dot is read: "entre_nous.Merci",
# "between_us.thanks"; rule R33-O). A text with no low line costs one test.
#: The chat apps whose names the contact signals read (``signals.catalog``), lower case.
CHAT_APPS = ("whatsapp", "telegram", "wechat", "weixin", "skype", "viber", "threema", "wickr",
             "kakaotalk")
_GLUE_WORDS = FUNCTION_WORDS | frozenset(CHAT_APPS) | {"signal"}
# (written "[...][...]*", not "[...]+": re scans fast for a pattern that starts with a class,
# but tries one that starts with a repeat at every position, several times as slow here)
_LOW_LINE_RUN = re.compile(f"[{_LOW_LINES}][{_LOW_LINES}]*")
#: The low lines beyond ASCII, one by one (the members of :data:`_LOW_LINES` but "_")
_OTHER_LOW_LINES = "\u203f\u2040\u2054\ufe33\ufe34\ufe4d\ufe4e\ufe4f\uff3f"
_UNDERSCORE_RUN = re.compile("__*")


def _low_line_run(text: str) -> re.Pattern[str]:
    """:data:`_LOW_LINE_RUN`, or, for a text whose low lines are all "_" (nearly every one), a
    pattern that finds the same runs there faster: re finds a literal first character with a
    fast scan, but tests a class with characters beyond Latin-1 one character at a time."""
    if text.isascii() or not any(c in text for c in _OTHER_LOW_LINES):
        return _UNDERSCORE_RUN
    return _LOW_LINE_RUN


def _low_line_count(text: str) -> int:
    """How many low lines (:data:`_LOW_LINES`) ``text`` holds (``str.count``: a fast scan)."""
    count = text.count("_")
    if not text.isascii() and any(c in text for c in _OTHER_LOW_LINES):  # (rare: then count)
        count += sum(map(text.count, _OTHER_LOW_LINES))
    return count


_LOW_LINE_PARTS = re.compile("[^\\W\\d_]+")
_ASSIGNMENT = re.compile(r"^[(\"'«]*[^\W\d][\w.]*=+[\w\"']")
# attribute access: what follows the dot is an identifier ("sender.display_name",
# "obj.method(", "a.b.c"), not a word ending a sentence ("between_us.thanks": review43 M4)
_ATTRIBUTE = re.compile(r"[^\W\d_]\.[a-z][a-z0-9]*(?:_|\(|\.[a-z])")
#: The closing mark of each opening one of a placeholder or code ("${", "%{", "{", "[", "%",
#: "`", ":", "<"), and whether the enclosure keeps a token whole only with a capital in it (a
#: placeholder: "[NAME_OF_THE_CONTACT]", "[Candidate_name]", "%%ARTICLE_ID%%"; prose all in
#: lower case in brackets or backquotes is read: review43 M5, rule R33-O)
_ENCLOSURES = (("${", "}", False), ("%{", "}", False), ("{", "}", False), ("[", "]", True),
               ("%", "%", True), ("`", "`", True), (":", ":", False), ("<", ">", False))
_AFTER_ENCLOSURE = re.compile(r"(?:</?[a-z]+>|[)\]}>\"'».,;:!?`])*")
_VARIABLE = re.compile(r"\$[^\W\d]\w*[)\]}>\"'».,;:!?]*")


def _enclosed(word: str) -> bool:
    """Whether a token is a placeholder or code in an enclosure ("${FIRST_NAME}",
    "(#%%ARTICLE_ID%%", ":heart_eyes:", "%%TITLE%%</i>"), read in linear time (a pattern with
    ``.*`` between the marks backtracked on one long token: review43 H1, rule R33-O)."""
    body = word.lstrip("(\"'«#`")
    if not body.startswith(("{", "${", "%{", "$")) and word.lstrip("(\"'«#").startswith("`"):
        body = word.lstrip("(\"'«#")  # (backquotes around words, not around a placeholder)
    if _VARIABLE.fullmatch(body):
        return True
    for opening, closing, capitals in _ENCLOSURES:
        if body.startswith(opening):
            close = body.rfind(closing, len(opening))
            if close < 0 or _AFTER_ENCLOSURE.fullmatch(body, close + len(closing)) is None:
                return False
            inner = body[len(opening):close]
            if opening == ":" and (not inner or ":" in inner):
                return False
            return not (capitals and not any(c.isupper() for c in inner))
    return False


_FILE_EXTENSIONS = frozenset(
    "zip rar 7z tar gz tgz bz2 xz iso img dmg pkg apk msi exe bat cmd com scr lnk ps1 vbs jar"
    " pdf doc docx docm dot dotm xls xlsx xlsm ppt pptx pptm odt ods odp rtf txt csv tsv json"
    " xml yml yaml toml ini cfg env log md html htm css js mjs ts jsx tsx py ipynb sh rb go rs"
    " java kt php sql sol png jpg jpeg gif svg webp mp3 mp4 mov wav avi".split())
_FILE_END = re.compile(r"\.([^\W_]{1,5})[)\]}>\"'.,;:!?]*$")
# a part of a token that starts a link, whose path runs to the token's end: a scheme, "www."
# or a host and a path (a top-level domain in lower case: "us.Thanks" ends a sentence)
_URL_PART = re.compile(r"://|^[Ww][Ww][Ww]\.|\.[a-z]{2,6}/")
_LINK_PART = re.compile(r"@|" + _URL_PART.pattern.replace("^", "") + r"|\.[a-z]{2,6}$")


def _kept_glued(text: str, start: int, end: int, joined: bool) -> bool:
    """Whether the token ``text[start:end]`` stays glued whole: a file name, a placeholder or
    code, a handle ("@pharma_conseil_eu") unless the whole text is in joined writing, or a
    token that glues no function word or chat app's name (rule R33-C2)."""
    word = text[start:end]
    ext = _FILE_END.search(word)
    return bool((ext and ext.group(1).lower() in _FILE_EXTENSIONS)
                or (not joined and word.lstrip("([\"'«").startswith("@"))
                or _enclosed(word) or _ASSIGNMENT.match(word)
                or (_ATTRIBUTE.search(word) and not _LINK_PART.search(word))
                or text.endswith("{{ ", 0, start) or text.startswith(" }}", end)
                or not any(w.lower() in _GLUE_WORDS for w in _LOW_LINE_PARTS.findall(word)))


def _low_line_cuts(text: str, joined: bool = False) -> Iterator[tuple[int, int, str]]:
    """The runs of low lines that read as a space (rules R33-C, R33-C2), as cuts: one pass
    over the text's low lines, each token's verdict found once (linear). ``joined``: the text
    is in joined writing by low lines (:func:`_glued_by_low_lines`), where a handle is read
    too."""
    if "_" not in text and (text.isascii() or not any(c in text for c in _LOW_LINES[1:])):
        return
    lo = hi = part = -1
    kept = in_link = True
    runs = _low_line_run(text)
    for m in runs.finditer(text):
        a, b = m.span()
        if a >= hi:  # a new token: its bounds and verdict
            lo, hi = _token_bounds(text, a, b)
            kept, in_link = _kept_glued(text, lo, hi, joined), False
            part = lo
        left, part = text[part:a], b  # (the part before this run, from the last one's end)
        if kept or a == lo or b == hi:
            continue
        before, after = text[a - 1], text[b]
        if not (before.isalnum() or after.isalnum()):
            continue
        # a link's path goes on to the token's end; an address's last local-part piece and a
        # handle's next piece may hold a low line: those runs stay
        in_link = in_link or _URL_PART.search(left) is not None
        right = runs.search(text, b, hi)
        if in_link or "@" in text[b:right.start() if right else hi]:
            continue
        yield a, b, " "


def _has_letter(word: str) -> bool:
    return any(ch.isalpha() for ch in word)


def _gaps(match: re.Match[str]) -> list[tuple[int, int, str]]:
    base = match.start()
    return [(base + m.start(), base + m.end(), m.group()) for m in _GAP.finditer(match.group())]


def _spaced_writing(gaps: list[tuple[int, int, str]]) -> bool:
    """Whether the gaps of one region show spaced writing (see above)."""
    return (len(gaps) >= 7 and any(g == " " for _, _, g in gaps)
            and any(g != " " for _, _, g in gaps))


# Quote marks around a phrase (rule R33-L): 'keep this "between us"', « entre nous »,
# 'Please "clone" our repo and "run" it'. A mark that opens a phrase (after white space, "("
# or the start, before a letter or a digit) or closes one (after a letter, a digit or closing
# punctuation, before white space, punctuation or the end) reads as nothing, so the phrase is
# read as the reader reads it; a guillemet with the space inside it too ("« entre nous »"). An
# apostrophe inside a word ("l'entretien", "don't") is no such mark. Quote marks never make
# n-gram tokens, so only the signals read the difference.
_PHRASE_QUOTES = ("\"'\u2018\u2019\u201c\u201d\u00ab\u00bb\u2039\u203a\u201e\u201a\u201f\u201b"
                  "\u300c\u300d\u300e\u300f")
_QUOTE_MARK = re.compile(f"[{_PHRASE_QUOTES}]")
# (the marks that may open or close a phrase: beside white space, "(", another mark, closing
# punctuation or an end, so an apostrophe inside a word is never looked at in Python; the
# whole pattern starts with the marks' class, which re finds fast, and looks back after it:
# one that starts with a lookbehind, or an alternation with "^" first, is tried at every
# position, 2.5 times as slow here; "(?<=^[...])" is a mark at the start)
_QUOTE_EDGE = re.compile(f"[{_PHRASE_QUOTES}](?:(?<=^[{_PHRASE_QUOTES}])"
                         f"|(?<=[\\s({_PHRASE_QUOTES}][{_PHRASE_QUOTES}])"
                         f"|(?=[\\s{_PHRASE_QUOTES}.,;:!?)\\]}}\u2026]|$))")
# (its matches, found mark by mark, for the marks a text holds: re finds a pattern's first
# literal character with a fast scan, but tests a class with characters beyond Latin-1 one
# character at a time, several times as slow; tests/test_quoted_phrases.py holds them equal)
_QUOTE_EDGES = {q: re.compile(f"{q}(?:(?<=^{q})|(?<=[\\s({_PHRASE_QUOTES}]{q})"
                              f"|(?=[\\s{_PHRASE_QUOTES}.,;:!?)\\]}}\u2026]|$))")
                for q in _PHRASE_QUOTES}
_CLOSING_PUNCT = frozenset(".,;:!?)]}…")
_ENCODED_DOT = re.compile(r"(?<=[^\W_])%2[eE](?=[^\W_])")
#: French inclusive writing after a word (rule R34-D2, red-team round 13 H2): « sélectionné·e »,
#: « retenu.e.s », « embauché-e », « candidat/e » read as the word's first form (« sélectionné »,
#: which the patterns and the n-grams know): the marks and the endings after them go. A middle
#: dot before e, es, s or e·s; a full stop before e or e.s, or es after "é" (« ejemplo.es » is
#: a host); a hyphen or slash before e, es, e-s or e/s. The ending ends its token (a full stop
#: then only before white space or the end).
_INCLUSIVE_END = "(?=[\\s,;:!?)\u00bb\"'\u2026\u2019\\]\u2014]|\\.(?:\\s|$)|$)"
# (each pattern starts with its mark, which re finds with a fast scan, and looks back after it
# for the two letters: a pattern that starts with a lookbehind is tried at every position)
_INCLUSIVE = re.compile(
    "[./-](?<=[^\\W\\d_]{2}.)(?:(?<=\\.)(?:e(?:\\.s)?|(?<=\u00e9\\.)es)|(?<=[-/])(?:e|es)"
    "(?:[-/]s)?)" + _INCLUSIVE_END, re.IGNORECASE)
_MIDDLE_DOTS = "\u00b7\u2022\u2027\u22c5\u2219"
_INCLUSIVE_DOT = re.compile(f"[{_MIDDLE_DOTS}](?<=[^\\W\\d_]{{2}}.)(?:e|es|s)(?:[{_MIDDLE_DOTS}]s)?"
                            + _INCLUSIVE_END, re.IGNORECASE)
#: A backtick for the apostrophe of a French elision (« n`a », « d`identité »; rule R34-D2, M1)
_ELISION_BACKTICK = re.compile(r"(?<![^\W_])(?:[nNdDlLjJmMtTsScC]|[qQ][uU])(`)(?=[^\W\d_])")
_ADDRESS_TOKEN = re.compile(r"@|://|www\.", re.IGNORECASE)


def _inclusive_cuts(text: str) -> Iterator[tuple[int, int, str]]:
    """The cuts that read French inclusive writing as the word and an elision's backtick as an
    apostrophe (rule R34-D2); never inside an address or a link.

    >>> t = "Vous êtes sélectionné·e, retenu.e.s, recruté-e, n`a, x-e.com, ejemplo.es"
    >>> [t[a:b] + "->" + r for a, b, r in _inclusive_cuts(t)]
    ['\u00b7e->', '.e.s->', '-e->', "`->'"]
    """
    found = list(_INCLUSIVE.finditer(text)) if ("e" in text or "E" in text) else []
    if not text.isascii() and any(c in text for c in _MIDDLE_DOTS):
        found = sorted([*found, *_INCLUSIVE_DOT.finditer(text)], key=lambda m: m.start())
    for m in found:
        # the token (between white spaces of any kind: review45 M4, a link after a line
        # break kept the cut from reading the word)
        lo, hi = _token_bounds(text, m.start(), m.end())
        if _ADDRESS_TOKEN.search(text, lo, hi):
            continue
        yield m.start(), m.end(), ""  # (the word's own form: the n-grams know it best)
    if "`" in text:
        for m in _ELISION_BACKTICK.finditer(text):
            yield m.start(1), m.end(1), "'"


def _quote_cuts(text: str) -> Iterator[tuple[int, int, str]]:
    """The quote marks that open or close a phrase, as cuts that drop them (rule R33-L)."""
    n = len(text)
    edges = sorted(m.start() for q in _PHRASE_QUOTES if q in text
                   for m in _QUOTE_EDGES[q].finditer(text))  # (_QUOTE_EDGE's matches)
    for i in edges:
        j = i + 1
        # « mot » : the space inside goes with the mark (any space: "«\u202fmot\u202f»"; and
        # '" between us "', review43 M8)
        if j + 1 < n and text[j].isspace() and text[j + 1].isalnum() and (
                not i or text[i - 1].isspace() or text[i - 1] == "("):
            j += 1
        elif i >= 2 and text[i - 1].isspace() and (j == n or text[j].isspace()
                                                   or text[j] in _CLOSING_PUNCT) and (
                text[i - 2].isalnum() or text[i - 2] in _CLOSING_PUNCT):
            i -= 1
        before = text[i - 1] if i else " "
        after = text[j] if j < n else " "
        # (after another mark only where that one opens: "'x'" inside '"..."', not "l''equipe")
        opens = (before.isspace() or before == "(" or (
            before in _PHRASE_QUOTES and (i < 2 or text[i - 2].isspace() or text[i - 2] == "("))
        ) and (after.isalnum() or after in _PHRASE_QUOTES)
        closes = (before.isalnum() or before in _CLOSING_PUNCT or before in _PHRASE_QUOTES) and (
            after.isspace() or after in _CLOSING_PUNCT or after in _PHRASE_QUOTES)
        if opens or closes:
            yield i, j, ""


# An ideographic full stop (U+3002, or U+FF61) between two ASCII letters or digits (rules
# R33-E, R33-O): IDNA and browsers read it as the dot of a host ("meet-hr-portal。xyz/book"), so
# it is one in a token with "://", "www." or "@", or before two to four lower-case letters that
# end the token or a label; elsewhere it ends a sentence typed on a Chinese or Japanese keyboard,
# which puts no space after it ("interview。Regards"), and reads as ". " (review43 H2). Beside
# other characters it stays as written.
_FULL_STOP = re.compile("[\u3002\uff61]")
_TLD_AFTER_STOP = re.compile(r"[a-z]{2,4}(?:[/:?#.,;)]|\s|$)")


def _full_stop_cuts(text: str) -> Iterator[tuple[int, int, str]]:
    """The ideographic full stops between two ASCII letters or digits, as a dot or a sentence's
    end (rule R33-O)."""
    n = len(text)
    for m in _FULL_STOP.finditer(text):
        i = m.start()
        if not (i and i + 1 < n and text[i - 1].isascii() and text[i - 1].isalnum()
                and text[i + 1].isascii() and text[i + 1].isalnum()):
            continue
        lo, hi = _token_bounds(text, i, i + 1)
        token = text[lo:hi]
        host = ("://" in token or "www." in token.lower() or "@" in token
                or _TLD_AFTER_STOP.match(text, i + 1) is not None)
        yield i, i + 1, "." if host else ". "


def _glued_by_low_lines(text: str) -> bool:
    """Whether a text is in joined writing by low lines (:func:`_cuts`' rule for that kind:
    its hint, five joins between letters or more, and more than its gaps of white space)."""
    # (the count of low lines first: a fast scan that turns most texts away, where the hint
    # tries a match at every dot, hyphen and low line)
    if _low_line_count(text) < 5 or _JOINED_HINT.search(text) is None:
        return False
    joins = _join_count(text, "_")
    return joins >= 5 and joins > len(_GAP.findall(text))


def _unglue_indexed(text: str, hint: bool | None = None) -> tuple[str, list[int]] | None:
    """:func:`_unglue_cuts` made, with an index map (``None`` when the text has none)."""
    cuts = _unglue_cuts(text, hint)
    return None if cuts is None else _apply_cuts(text, cuts)


def _unglued(text: str, hint: bool | None = None) -> str | None:
    """:func:`_unglue_cuts` made, without an index map (step 0 without one needs none)."""
    cuts = _unglue_cuts(text, hint)
    if cuts is None:
        return None
    pieces: list[str] = []
    pos = 0
    for start, end, replacement in cuts:
        pieces.append(text[pos:start])
        pieces.append(replacement)
        pos = end
    pieces.append(text[pos:])
    return "".join(pieces)


def _unglue_cuts(text: str, hint: bool | None = None) -> list[tuple[int, int, str]] | None:
    """Step 0's cuts (in order, none overlapping) that read words glued by low lines (rules
    R33-C, R33-C2), quote marks around a phrase (R33-L), ideographic full stops (R33-O) and
    percent-encoded dots (R33-M) as the reader reads them (``None`` when the text has none). A
    step of its own, with its own one-search hint, so that texts with a quote or a low line do
    not pay for the hint searches of :func:`_cuts` (which cost 8% of signal extraction when
    these were among them).
    ``hint``: whether ``text`` matches :data:`UNGLUE_HINT`, when the caller knows it
    (column-wise); else one RE2 search finds out."""
    if (hint is None and not any(c in text for c in _HINT_CHARS)
            and not any(p in text for p in _HINT_PAIRS)):
        return None  # (no character that the hint starts from: half the texts, no RE2 search)
    if hint is None:
        try:  # (one RE2 search, a few microseconds on a long message, spares the Python scans)
            hint = _unglue_re2().search(text) is not None
        except UnicodeEncodeError:  # a lone surrogate: RE2 reads UTF-8 only; the scans decide
            hint = True
    if not hint:
        return None
    ascii_text = text.isascii()
    low = "_" in text or (not ascii_text and any(c in text for c in _OTHER_LOW_LINES))
    stops = not ascii_text and ("\u3002" in text or "\uff61" in text)
    cuts = list(_low_line_cuts(text, _glued_by_low_lines(text))) if low else []
    if '"' in text or "'" in text or not ascii_text:  # (the marks: ASCII ones or beyond)
        cuts.extend(_quote_cuts(text))
    if stops:
        cuts.extend(_full_stop_cuts(text))
    if "%2" in text:
        # a percent-encoded dot between two letters or digits is a dot: browsers decode a
        # link's host so ("meet-hr-portal%2exyz"; rule R33-M)
        cuts.extend((m.start(), m.end(), ".") for m in _ENCODED_DOT.finditer(text))
    cuts.extend(_inclusive_cuts(text))  # (French inclusive writing, backticks; R34-D2)
    if not cuts:
        return None
    out: list[tuple[int, int, str]] = []
    for cut in sorted(cuts):  # one cut per place (the first that claims it)
        if not out or cut[0] >= out[-1][1]:
            out.append(cut)
    return out


def _apply_cuts(text: str, cuts: list[tuple[int, int, str]]) -> tuple[str, list[int]]:
    """``text`` with its cuts ((start, end, replacement), in order, none overlapping) made,
    and the index map into ``text``."""
    pieces: list[str] = []
    index: list[int] = []
    pos = 0
    for start, end, replacement in cuts:
        pieces.append(text[pos:start])
        index.extend(range(pos, start))
        pieces.append(replacement)
        index.extend([start] * len(replacement))
        pos = end
    pieces.append(text[pos:])
    index.extend(range(pos, len(text)))
    return "".join(pieces), index


def _cuts(text: str) -> list[tuple[int, int, str]]:
    """The (start, end, replacement) of every separator step 0 takes out or narrows, and of the
    letters it takes out of a stretched run, in order."""
    cuts: list[tuple[int, int, str]] = []
    # stretched letters: a run reads as its first letter (R17-H)
    cuts.extend((a + 1, b, "") for a, b in _stretched_runs(text))
    if _SPACED_HINT.search(text) is not None:
        regions = [_gaps(m) for m in _SPACED_REGION.finditer(text)]
        if any(_spaced_writing(gaps) for gaps in regions):
            for gaps in regions:
                # a single space is dropped, a wider gap is one space (a line break if it
                # holds one)
                cuts.extend((a, b, "" if g == " " else ("\n" if "\n" in g else " "))
                            for a, b, g in gaps)
    if _DOTTED_HINT.search(text) is not None:
        words = [m for m in _DOTTED_WORD.finditer(text)
                 if not _JOINER_RE.sub("", m.group()).isdigit()]
        if any(len(_JOINER_RE.sub("", m.group())) >= 5 for m in words):
            # an address or a link is evidence as written ("j.d.s.m.i.t.h@...", "a.b.c.io")
            addresses = [t.span() for t in _TOKEN.finditer(text) if _ADDRESS.search(t.group())]
            starts = [a for a, _ in addresses]
            for m in words:
                k = bisect.bisect_right(starts, m.start()) - 1  # the token it may be in
                if k >= 0 and m.start() < addresses[k][1]:
                    continue
                cuts.extend((m.start() + j.start(), m.start() + j.end(), "")
                            for j in _JOINER_RE.finditer(m.group()))
    gaps = -1
    joined: set[str] = set()
    for sep in _joined_kinds(text):
        if len(sep) == 1 and (text.count(sep) if sep != "_" else _low_line_count(text)) < 5:
            continue
        if sep == "mixed":
            if "/" in joined or "symbols" in joined:
                continue
            # (the slashes of a link's path are no joins: counted outside links only)
            joins = sum(_join_count(t.group(), sep) for t in _TOKEN.finditer(text)
                        if not _LINK.search(t.group()))
        else:
            joins = _join_count(text, sep)
        if gaps < 0 and joins >= 5:
            gaps = len(_GAP.findall(text))
        if joins >= 5 and joins > gaps:  # joined writing: the character stands for spaces
            joined.add(sep)
            for token in _TOKEN.finditer(text):
                # (only a sure sign of an address: in "add.me.on.whatsapp" '.me' is a word)
                if not _LINK.search(token.group()):
                    cuts.extend((token.start() + m.start(), token.start() + m.end(), " ")
                                for m in _JOIN_RUNS[sep].finditer(token.group()))
    if not text.isascii():
        # symbols standing alone between words ("clone 👉 our 👉 repo", " • ") read as a
        # space: the reader skips them (a review, December 2026)
        cuts.extend((m.start(), m.end(), " ") for m in _SYMBOL_GAP.finditer(text))
    if ("'" in text or '"' in text or not text.isascii()) and _QUOTED_PAIR.search(text):
        # single words each in quotes ("'clone' 'our' 'repo'"): the quotes go
        for m in _QUOTED_WORD.finditer(text):
            cuts.extend([(m.start(), m.start() + 1, ""), (m.end() - 1, m.end(), "")])
    if "|" in text and _PIPED_PAIR.search(text):
        # pipes between single words ("clone | our | repo") read as spaces; not a shell pipe
        cuts.extend((m.start(), m.end(), " ") for m in _PIPE_GAP.finditer(text))
    if _SEP_HINT.search(text) is not None:
        # separators between single words, two in a row: they read as spaces (R16-B)
        for m in _SEPARATED.finditer(text):
            run = m.group()
            gaps = list(_SEP_GAP_RE.finditer(run))
            ends = [0, *(g.end() for g in gaps)]
            starts = [g.start() for g in gaps] + [len(run)]
            words = [run[a:b] for a, b in zip(ends, starts, strict=True)]
            for k, g in enumerate(gaps):
                if _has_letter(words[k]) or _has_letter(words[k + 1]):
                    cut = 1 if g.group(1) is not None else 2
                    cuts.append((m.start() + g.start(cut), m.start() + g.end(cut), " "))
    # a mark on every word ("Please, keep, this,", "#keep #this"): the marks go (R29-N)
    cuts.extend(_marked_cuts(text))
    if ".." in text or "\u2026" in text:
        # an ellipsis within a sentence reads as a space (R17-A)
        cuts.extend((m.start(), m.end(), " ") for m in _ELLIPSIS_GAP.finditer(text)
                    if m.start() and not _GAP.match(text, m.start() - 1)
                    and text[m.start() - 1] not in ".\u2026" and text[m.end()].islower())
    if "\u2014" in text or "\u2015" in text:
        # an em dash between two letters reads as a space (R17-A)
        cuts.extend((m.start(), m.end(), " ") for m in _DASH_GAP.finditer(text)
                    if m.start() and text[m.start() - 1].isalpha()
                    and not text[m.start() - 1].isdigit())
    if " > " in text and _ARROW_PAIR.search(text):
        # " > " between single words, two in a row, reads as a space (R17-A)
        cuts.extend((m.start(), m.end(), " ") for m in _ARROW_GAP.finditer(text))
    if "\n" in text and ("-" in text or "=" in text or "\u2010" in text or "\u00ad" in text):
        # a word hyphenated across a line break ("men-\ntion", "men\u2010\ntion"): the hyphen
        # and the break go; so does a quoted-printable soft break inside a word ("cl=\none":
        # "=" right after a letter, with no white space before the break)
        cuts.extend((m.start(), m.end(), "") for m in _HYPHEN_BREAK.finditer(text)
                    if m.start() and text[m.start() - 1].isalpha()
                    and (text[m.start()] != "=" or text[m.start() + 1] in "\r\n"))
    out: list[tuple[int, int, str]] = []
    for cut in sorted(cuts):  # one cut per place (the first kind that claims it)
        if not out or cut[0] >= out[-1][1]:
            out.append(cut)
    return out


# Step 0, stretched letters (rule R17-H of the notes): "clooone our repooo", "WhatsAaapp",
# "dépôôôt". Every run of three or more of one letter (any case) in a stretched word reads as
# one letter: stretching is mostly on letters that are single in the word, and app names
# accept one dropped letter ("whatsap"); a stretched double letter stays short ("calll" reads
# "cal"). Read once, not twice (which would count a stretched message's wording twice): the
# letters after the first of a run are cuts of :func:`_cuts`. A stretched word is a token with
# such a run and another letter, and no digit, '/', '@', ':' or inner '.': "xxx", "iii",
# "dd/mm/yyyy", "9400xxxx" and addresses stay as written.
_STRETCH = re.compile(r"([^\W\d_])\1{2,}", re.IGNORECASE)
_NOT_STRETCHED = re.compile(r"[\d/@:]|\.(?=\S)")


def _stretched_runs(text: str) -> list[tuple[int, int]]:
    """The (start, end) of every run of three or more of one letter in a stretched word."""
    runs: list[tuple[int, int]] = []
    try:  # an ASCII letter three times (as in STEP0_SUSPECT): RE2, 5 times faster than _STRETCH
        if _triple_re2().search(text) is None:
            return runs
    except UnicodeEncodeError:  # a lone surrogate: RE2 reads UTF-8 only
        pass
    # one search over the text, then the few tokens that hold a run (a search per token took
    # ten times as long on the texts the pre-check lets through)
    by_token: dict[tuple[int, int], list[tuple[int, int]]] = {}
    token = (-1, -1)
    for m in _STRETCH.finditer(text):
        if m.start() >= token[1]:  # (each token is walked once: linear on one huge token)
            token = _word_at(text, m.start())
        by_token.setdefault(token, []).append(m.span())
    for (a, b), found in by_token.items():
        word = text[a:b]
        if _NOT_STRETCHED.search(word.rstrip(".,;:!?)\"'")):
            continue
        letters = sum(1 for ch in word if ch.isalpha())
        if letters > sum(e - s for s, e in found):  # another letter: not "xxx"
            runs.extend(found)
    return runs


_TRIPLES = "(?i:" + "|".join(c * 3 for c in "abcdefghijklmnopqrstuvxyz") + ")"


@cache
def _triple_re2() -> Any:
    import re2

    return re2.compile(_TRIPLES)


def _word_at(text: str, pos: int) -> tuple[int, int]:
    """The bounds of the white-space token holding ``text[pos]``."""
    start = pos
    while start and not text[start - 1].isspace():
        start -= 1
    end = pos
    while end < len(text) and not text[end].isspace():
        end += 1
    return start, end


def _despace_indexed(text: str) -> tuple[str, list[int]] | None:
    """Step 0: spaced, dotted and joined writing read as words, words hyphenated across a line
    break read whole and stretched letters read once, with an index map (``None`` when the text
    has none of them). The
    caller has checked :func:`_may_be_written_apart` (or knows it, column-wise)."""
    cuts = _cuts(text)
    if not cuts:
        return None
    return _apply_cuts(text, cuts)


def _step0_indexed(text: str, displayed: bool = False) -> tuple[str, list[int]] | None:
    """Step 0 (hidden HTML, markup, overrides, markdown links, invisible joins, then the cuts of
    :func:`_cuts`: spaced, dotted and joined writing, symbols between words, hyphenation,
    stretched letters) with an index map into ``text``; ``None`` when it changes nothing.
    ``displayed``: hidden HTML and tags read only as a browser shows them (see
    :func:`normalize`).

    References and tags are read before overrides: an override written as a reference
    (``&#x202E;``) or as a tag (``<bdo dir="rtl">``) is one only once decoded (round 7, F4)."""
    out: str = text
    index: list[int] | None = None
    for step in (_unhide_indexed, _unmarkup_indexed, _unoverride_indexed, _unlink_indexed,
                 _unturn_indexed, _unjoin_indexed, _unglue_indexed, _i_as_l_indexed,
                 _despace_indexed):
        if step is _despace_indexed and not _may_be_written_apart(out):
            break
        done = (step(out, displayed)  # type: ignore[operator]
                if step is _unhide_indexed or step is _unmarkup_indexed else step(out))
        if done is not None:
            out, inner = done
            index = inner if index is None else [index[i] for i in inner]
    return None if index is None else (out, index)


def _step0(text: str, suspect: bool | None = None, displayed: bool = False,
           unglue: bool | None = None) -> str:
    """Step 0 without an index map. ``suspect`` is whether ``text`` matches
    :data:`STEP0_SUSPECT` when the caller knows it (column-wise), ``None`` when it does not;
    the override and markup steps can make new matches, so after they change the text it is
    looked for again; ``unglue`` the same for :data:`UNGLUE_HINT`."""
    given = text
    if "<" in text:
        unhidden = _unhide_indexed(text, displayed)
        if unhidden is not None:
            text, suspect = unhidden[0], None
    if _may_hold_markup(text):
        unmarked = _unmarkup(text, displayed)
        if unmarked != text:
            text, suspect = unmarked, None
    if "\u202e" in text:
        text = _unoverride_indexed(text)[0]  # type: ignore[index]
        suspect = None
    if "](" in text:
        linked = _unlink_indexed(text)
        if linked is not None:
            text, suspect = linked[0], None
    if not text.isascii() and _TURNED_CHAR.search(text):
        text, suspect = _unturn_indexed(text)[0], None  # type: ignore[index]
    unjoined = _unjoin_indexed(text)
    if unjoined is not None:
        text, suspect = unjoined[0], None
    unglued = _unglued(text, unglue if text is given else None)
    if unglued is not None:
        text, suspect = unglued, None
    as_l = _i_as_l_indexed(text)
    if as_l is not None:
        text, suspect = as_l[0], None
    if suspect is None:
        suspect = _may_be_written_apart(text)
    if not suspect:
        return text
    despaced = _despace_indexed(text)
    return text if despaced is None else despaced[0]


#: An RE2 pattern that every text in spaced, dotted or joined writing, or with a word
#: hyphenated across a line break or symbols between words, matches: a superset of the hints
#: above, with ``[0-9A-Za-z\x{80}-\x{10ffff}]`` (ASCII letters and digits, and any other
#: character) for their letters and digits (``[^\W_]``). Unicode letter classes would make the
#: automaton so large that RE2 runs out of DFA memory on ordinary text. For finding such texts
#: column-wise: see :func:`fast_normalize_all`.
_W = r"[0-9A-Za-z\x{80}-\x{10ffff}]"
#: Python's white space (``\s`` in a str pattern) for RE2, whose ``\s`` is ASCII only
_SPACE_RE2 = (r"[\t-\r \x{1c}-\x{1f}\x{85}\x{a0}\x{1680}\x{2000}-\x{200a}\x{2028}\x{2029}"
              r"\x{202f}\x{205f}\x{3000}]")
_NOT_SPACE_RE2 = "[^" + _SPACE_RE2[1:]
#: a superset of _SEPARATOR's characters (any character but ASCII letters, digits, white space
#: and the characters _SEPARATOR leaves out)
_SEP_RE2 = (r"[^0-9A-Za-z\t-\r .,;:!?'\"\x{2018}\x{2019}\x{201c}\x{201d}\x{ab}\x{bb}"
            r"()\[\]{}<>@#$%&|\x{a2}-\x{a5}\x{20a0}-\x{20cf}]")
STEP0_SUSPECT = (f" {_W} {_W} {_W} {_W} |\\.{_W}\\.|-{_W}-|_{_W}_|\\*{_W}\\*|/{_W}/"
                 f"|\\x{{b7}}{_W}\\x{{b7}}|\\x{{2022}}{_W}\\x{{2022}}"
                 f"|{_JOIN}{_W}{{2,}}{_JOIN}{_W}{{2,}}{_JOIN}"
                 # (slashes: a superset of _SLASH_HINT, which looks at the token's start in
                 # Python; written with that start, the pattern made this whole search 25%
                 # slower, for 11 suspect rows of 1,107 real messages fewer: 294, not 305)
                 f"|/{_W}{{2,}}/{_W}{{2,}}/"
                 # (slashes and symbols in turn, "mixed": a slash then a symbol, or a symbol
                 # then a slash, in one token; _W holds the symbols)
                 + f"|/{_W}*[{_SYMBOLS}]|[{_SYMBOLS}]{_W}*/"
                 f"|[-=\\x{{2010}}\\x{{ad}}][ \\t]*\\r?\\n"
                 # (the symbol and quote classes are those of the Python patterns, written as
                 # characters, which RE2 reads as UTF-8)
                 + f"|{_SPACE_RE2}[{_SYMBOLS}]+{_SPACE_RE2}"
                 + f"|[{_QUOTES_CLASS}]{_SPACE_RE2}+[{_QUOTES_CLASS}]| \\| [^\\s|]+ \\| "
                 # separators between single words (_SEPARATED): a gap, a word (any characters
                 # but white space: "2,000", "l'entretien"), a gap
                 + f"|{_SEP_RE2}+{_SPACE_RE2}+{_NOT_SPACE_RE2}+{_SPACE_RE2}*{_SEP_RE2}+"
                 + _SPACE_RE2
                 # three words in a row that carry a comma or a bracket, two a "#" or "@"
                 # (marked writing, R29-N): a superset
                 + f"|,{_SPACE_RE2}+{_NOT_SPACE_RE2}+,{_SPACE_RE2}+{_NOT_SPACE_RE2}+,"
                 + f"(?:{_SPACE_RE2}|$)"
                 + f"|[#@]{_NOT_SPACE_RE2}*{_SPACE_RE2}+[#@]"
                 + f"|[\\x{{bb}}`\\])]{_SPACE_RE2}+[\\x{{ab}}`\\[(][^\\x{{bb}}`\\])\\n]{{1,60}}"
                 + f"[\\x{{bb}}`\\])]{_SPACE_RE2}+[\\x{{ab}}`\\[(]"
                 # ellipses, dashes and arrows between words (R17-A)
                 + rf"|(?:\.\.|\x{{2026}}){_SPACE_RE2}|[\x{{2014}}\x{{2015}}]{_W}"
                 + "| > "
                 # a letter three times (stretched letters, R17-H; ASCII, any case, not 'w')
                 + "|" + _TRIPLES)


#: An RE2 pattern that every text :func:`_unglue_indexed` changes matches (a superset): a low
#: line between two characters that are not white space, a quote mark at a word's edge (an
#: apostrophe inside a word is none), an ideographic full stop, a percent-encoded dot (rules
#: R33-C to R33-O).
UNGLUE_HINT = (f"{_NOT_SPACE_RE2}[{_LOW_LINES}]+{_NOT_SPACE_RE2}"
               f"|(?:^|{_SPACE_RE2}|[(]|[{_PHRASE_QUOTES}])[{_PHRASE_QUOTES}]"
               f"|[{_PHRASE_QUOTES}](?:{_SPACE_RE2}|$|[{_PHRASE_QUOTES}.,;:!?)\\]}}\\x{{2026}}])"
               "|[\\x{3002}\\x{ff61}]|%2[eE]"
               # French inclusive writing and an elision's backtick (rule R34-D2)
               # (the "e" ends its word, or "es" does: "front-end", "www.example" do not
               # enter the step)
               "|\\pL\\pL(?:[" + "".join(f"\\x{{{ord(c):x}}}" for c in _MIDDLE_DOTS) + "]"
               "|[./-][eE][sS]?(?:[^\\pL]|$))|`")


#: The characters one of which every text matching :data:`UNGLUE_HINT` holds (or one of
#: :data:`_HINT_PAIRS`): the quote marks, low lines, ideographic full stops, and the middle dots
#: and backtick of R34-D2
_HINT_CHARS = _PHRASE_QUOTES + "_" + _OTHER_LOW_LINES + "\u3002\uff61" + "`" + _MIDDLE_DOTS
#: ... or one of these pairs: an encoded dot, and the marks of French inclusive writing before
#: an "e" (R34-D2)
_HINT_PAIRS = ("%2", ".e", "-e", "/e", ".E", "-E", "/E")


@cache
def _unglue_re2() -> Any:
    import re2

    return re2.compile(UNGLUE_HINT)


#: An RE2 pattern that every text that step 0 can change matches: :data:`STEP0_SUSPECT`, or a
#: character that one of the other parts of step 0 starts from (a right-to-left override, '<'
#: of a tag, '&' of a character reference, an emphasis mark, '[' of BBCode, '||' of a spoiler,
#: "](" of a markdown link, an invisible joining character); :func:`_step0` returns any other
#: text as it is. For finding such texts column-wise: see :func:`fast_normalize_all`.
STEP0_ANY = (STEP0_SUSPECT + "|" + TURNED_HINT + r"|[\x{202e}<&*~\[]|__|\|\||\]\(|["
             + "".join(f"\\x{{{lo:x}}}" + (f"-\\x{{{hi:x}}}" if hi > lo else "")
                       for lo, hi in JOINING_RANGES) + "]"
             # a narrow space or a filler between two letters (R28-B1)
             + rf"|[A-Za-z\x{{80}}-\x{{10ffff}}][{IN_WORD_GAPS}]+[A-Za-z\x{{80}}-\x{{10ffff}}]"
             # a capital I written for an l (R29-N)
             + "|" + I_FOR_L_RE2
             # a single "_" as emphasis, a superset: no ASCII letter, digit or "_" on one side
             # (rule R32-I)
             + r"|(?:^|[^0-9A-Za-z_])_|_(?:$|[^0-9A-Za-z_])"
             # what :func:`_unglue_indexed` reads (:data:`UNGLUE_HINT`)
             + "|" + UNGLUE_HINT)


@cache
def _suspect_re2() -> Any:
    import re2

    return re2.compile(STEP0_SUSPECT)


def _may_be_written_apart(text: str) -> bool:
    """Whether ``text`` matches :data:`STEP0_SUSPECT`: one RE2 search (about 3 us on a
    540-character message) spares most texts the hint searches of :func:`_cuts` (about 12
    us), which run only on the texts it lets through."""
    try:
        return _suspect_re2().search(text) is not None
    except UnicodeEncodeError:  # a lone surrogate: RE2 reads UTF-8 only; the hints decide
        return True


def fast_normalize_all(texts: list[str], suspects: np.ndarray | None = None, *,
                       digits_as_letters: bool = True,
                       touched: np.ndarray | None = None,
                       unglue: np.ndarray | None = None) -> list[str]:
    """:func:`fast_normalize` of each text (``""`` for an empty one).

    ``suspects``, one boolean per text, is whether it matches :data:`STEP0_SUSPECT` (found
    column-wise, e.g. with Arrow's RE2): a text that does not is not checked for spaced,
    dotted or joined writing, which saves the hint searches of step 0 (about 8 us on a
    540-character message). ``touched``, one boolean per text (with ``suspects``), is whether
    it matches :data:`STEP0_ANY`: a text that does not skips step 0 whole (about 5 us). The
    result is the same. ``digits_as_letters=False`` leaves out step 4, as in
    :func:`fast_normalize` (see :func:`digits_as_letters_all` for it).

    Examples
    --------
    >>> fast_normalize_all(["c l o n e  o u r  r e p o", "Hi"], np.array([True, False]))
    ['clone our repo', 'hi']
    """
    if suspects is None:
        return [fast_normalize(t, digits_as_letters=digits_as_letters) if t else ""
                for t in texts]
    if touched is None:
        return [_fast_normalize(t, digits_as_letters, bool(k)) if t else ""
                for t, k in zip(texts, suspects, strict=True)]
    if unglue is None:
        return [_fast_normalize(t, digits_as_letters, bool(k), bool(z)) if t else ""
                for t, k, z in zip(texts, suspects, touched, strict=True)]
    return [_fast_normalize(t, digits_as_letters, bool(k), bool(z), unglue=bool(u)) if t else ""
            for t, k, z, u in zip(texts, suspects, touched, unglue, strict=True)]


#: An RE2 pattern that a text through steps 0-3 matches whenever step 4 can change it: a sign
#: read as a letter is one of one or two between two letters (in leet writing too, which needs
#: such a sign), :func:`_digits_as_letters` returns any other text as it is. For finding such
#: texts column-wise: see :func:`digits_as_letters_all`.
STEP4_SUSPECT = r"[a-z][013457@]{1,2}[a-z]"


def digits_as_letters_all(forms: list[str], suspects: np.ndarray) -> list[str]:
    """Step 4 of the matching form (digits written for letters) on texts through steps 0-3
    (``fast_normalize_all(..., digits_as_letters=False)``).

    ``suspects``, one boolean per text, is whether it matches :data:`STEP4_SUSPECT` (found
    column-wise, e.g. with Arrow's RE2): a text that does not is returned as it is (step 4
    finds nothing in it; about 6 us on a 540-character message). The result is the same as
    step 4 on every text.

    Examples
    --------
    >>> forms = fast_normalize_all(["Wh4tsApp me", "Hi 10am"], digits_as_letters=False)
    >>> digits_as_letters_all(forms, np.array([True, False]))
    ['whatsapp me', 'hi 10am']
    """
    out = list(forms)
    for i in np.flatnonzero(suspects).tolist():
        out[i] = _digits_as_letters(forms[i])
    return out


def fast_normalize(text: str, *, digits_as_letters: bool = True,
                   displayed: bool = False) -> str:
    """Return the matching form of ``text`` (no index map): the vectorised path.

    ``digits_as_letters=False`` leaves out step 4 (for detectors that look for disguised
    writing); the result has the same length and alignment. ``displayed=True``: the
    displayed reading of HTML (see :func:`normalize`).

    Examples
    --------
    >>> fast_normalize("Wh\\u0430tsApp\\u200b ME")
    'whatsapp me'
    >>> fast_normalize("cl0ne the REP0"), fast_normalize("cl0ne", digits_as_letters=False)
    ('clone the rep0', 'cl0ne')
    >>> fast_normalize('Hi<span hidden>CDI, 70k</span> <img alt="Senior role">there',
    ...                displayed=True)
    'hi there'
    """
    return _fast_normalize(text, digits_as_letters, None, displayed=displayed)


def _fast_normalize(text: str, digits_as_letters: bool, suspect: bool | None,
                    step0: bool = True, displayed: bool = False,
                    unglue: bool | None = None) -> str:
    if step0:
        text = _step0(text, suspect, displayed, unglue)
    if text.isascii():
        out = " ".join(text.lower().translate(_ASCII_TABLE).split())
    else:
        # only non-ASCII and control characters need the table; ASCII letters need lower()
        out = " ".join(_NON_ASCII_OR_CONTROL.sub(_sub_char, _repair(text)).lower().split())
    return _digits_as_letters(out) if digits_as_letters else out


@dataclass(frozen=True)
class NormText:
    """A text in matching form plus, for each of its characters, the original index.

    Attributes
    ----------
    original : str
        The text as given.
    text : str
        The matching form (see module docstring).
    index : tuple of int
        ``index[i]`` is the index in ``original`` of the character that produced ``text[i]``.
    """

    original: str
    text: str
    index: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a span ``[start, end)`` of the matching form back to the original text."""
        if not self.text or end <= start:
            o = self.index[start] if start < len(self.index) else len(self.original)
            return o, o
        # (the least and the greatest index: a right-to-left override, U+202E or one written
        # as a reference or a tag, maps its run backwards in step 0; elsewhere the map is
        # monotone and they are the first and the last)
        window = self.index[start:end]
        o_start, last = min(window), max(window)
        # extend to the end of the original character (and any characters dropped right after
        # it that belong to the same grapheme, such as combining accents)
        o_end = last + 1
        if self.original[last] == "&":  # a character reference decoded in step 0: all of it
            ref = _ENTITY_AT.match(self.original, last)
            if ref is not None:
                o_end = ref.end()
        while o_end < len(self.original) and unicodedata.category(self.original[o_end]) == "Mn":
            o_end += 1
        return o_start, o_end


def _align(original: str, repaired: str) -> list[int]:
    """For each char of ``repaired``, an index into ``original`` (used after mojibake repair).

    The repair keeps the white space, so the two texts are aligned piece by piece (words and
    the white space between them) when they have as many pieces, each pair with
    :class:`difflib.SequenceMatcher`; whose cost grows with the square of the length, so that
    one matcher over a whole long text took 94 s on 9 kB of mojibake (a review, December
    2026). A piece longer than :data:`_ALIGN_MAX` characters, or texts whose pieces differ in
    number, are aligned in proportion to their lengths."""
    o_parts = _PIECES.findall(original)
    r_parts = _PIECES.findall(repaired)
    if len(o_parts) != len(r_parts):
        return _align_piece(original, repaired, 0, len(original))
    idx: list[int] = []
    pos = 0
    for o, r in zip(o_parts, r_parts, strict=True):
        idx.extend(_align_piece(o, r, pos, len(original)))
        pos += len(o)
    return idx


_PIECES = re.compile(r"\s+|\S+")
#: Longest piece aligned character by character (longer ones: in proportion).
_ALIGN_MAX = 400


def _align_piece(original: str, repaired: str, offset: int, total: int) -> list[int]:
    """:func:`_align` of one piece, its indices shifted by ``offset`` (``total``: the length
    of the whole original text)."""
    last = max(total - 1, 0)
    if not original:
        return [min(offset, last)] * len(repaired)
    if len(original) > _ALIGN_MAX or len(repaired) > _ALIGN_MAX:
        n = max(len(repaired), 1)
        return [min(offset + (k * len(original)) // n, last) for k in range(len(repaired))]
    idx = [0] * len(repaired)
    sm = difflib.SequenceMatcher(None, original, repaired, autojunk=False)
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        for k in range(j2 - j1):
            if tag == "equal":
                idx[j1 + k] = offset + i1 + k
            else:
                span = max(i2 - i1, 1)
                idx[j1 + k] = min(offset + i1 + (k * span) // max(j2 - j1, 1), last)
    return idx


def normalize(text: str, *, digits_as_letters: bool = True,
              displayed: bool = False) -> NormText:
    """Return the matching form of ``text`` with an index map back to ``text``.

    The matching form equals :func:`fast_normalize` of the same text (with the same
    ``digits_as_letters``: ``False`` for identifiers such as handles and addresses, whose
    digits are not letters).

    ``displayed=True`` reads HTML only as a browser displays it: without the elements that
    inline styles hide or that are never rendered (``<head>``, ``<title>``, ``<style>``,
    ``<script>``, ``<template>``), and without any tag or attribute (a link's address, an
    image's ``alt``, a ``<meta>``'s content). The matching form reads hidden HTML twice, as
    displayed and as stored, so that a red flag cannot be hidden; benign counter-signals
    count only from this displayed reading, so that one cannot be hidden either (round 7,
    F14; see :func:`may_hide_text`).

    Examples
    --------
    >>> n = normalize("Call me on W\\u0068\\u0430ts\\u00adApp")
    >>> n.text  # (a soft hyphen between letters: read as stored, then as a space)
    'call me on whatsapp. call me on whats app'
    >>> fast_normalize(n.original) == n.text
    True
    >>> text = 'Add me on WhatsApp<span style="display:none"> CDI, 70-85k</span>'
    >>> normalize(text).text
    'add me on whatsapp. add me on whatsapp cdi, 70-85k'
    >>> normalize(text, displayed=True).text
    'add me on whatsapp'
    """
    unmarked = _step0_indexed(text, displayed)
    if unmarked is not None:  # step 0 changed the text: compose the two index maps
        # (step 0 runs once, as in fast_normalize: '_**_' leaves '__')
        inner = _normalize_steps_1_to_4(unmarked[0], digits_as_letters)
        outer = unmarked[1]
        return NormText(original=text, text=inner.text,
                        index=tuple(outer[i] for i in inner.index))
    return _normalize_steps_1_to_4(text, digits_as_letters)


def _normalize_steps_1_to_4(text: str, digits_as_letters: bool) -> NormText:
    nt = _normalize_steps_1_to_3(text)
    if digits_as_letters and nt.text:
        read = _digits_as_letters(nt.text)
        if read != nt.text:  # one character for one: the index map is unchanged
            return NormText(original=text, text=read, index=nt.index)
    return nt


def _normalize_steps_1_to_3(text: str) -> NormText:
    if not text:
        return NormText(original=text, text="", index=())
    if text.isascii() and text.isprintable() and "  " not in text and text.strip() == text:
        return NormText(original=text, text=text.lower(), index=tuple(range(len(text))))
    repaired = _repair(text)
    if repaired is text:
        fast = _normalize_codes(text)
        if fast is not None:
            return fast
    # mojibake repaired, or a character that maps to several (ligatures, "œ", "ß"): rare
    return _normalize_per_character(text, repaired)


# What each ASCII character becomes: itself in lower case, or a space (white space and control
# characters)
_ASCII_CODES = np.array(
    [ord(" ") if chr(i).isspace() or i < 32 or i == 127 else ord(chr(i).lower())
     for i in range(128)], dtype=np.int64)
_SPACE = ord(" ")


def _normalize_codes(text: str) -> NormText | None:
    """:func:`normalize` with numpy over the code points, when every character maps to at most
    one character (nearly always); ``None`` otherwise."""
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    mapped = np.empty(codes.size, dtype=np.int64)
    low = codes < 128
    mapped[low] = _ASCII_CODES[codes[low]]
    if not low.all():
        high = ~low
        unique, inverse = np.unique(codes[high], return_inverse=True)
        repl = np.empty(unique.size, dtype=np.int64)
        for k, code in enumerate(unique.tolist()):
            piece = _TABLE[code]
            if len(piece) > 1:
                return None
            repl[k] = ord(piece) if piece else -1
        mapped[high] = repl[inverse]
    kept = np.flatnonzero(mapped >= 0)
    values = mapped[kept]
    space = values == _SPACE
    # a space right after a space (or at the start) goes: runs collapse to one, none leading
    previous = np.empty(space.size, dtype=bool)
    previous[:1] = True
    previous[1:] = space[:-1]
    keep = ~(space & previous)
    kept, values = kept[keep], values[keep]
    if values.size and values[-1] == _SPACE:
        kept, values = kept[:-1], values[:-1]
    out = values.astype(np.uint32).tobytes().decode("utf-32-le")
    return NormText(original=text, text=out, index=tuple(kept.tolist()))


def _normalize_per_character(text: str, repaired: str | None = None) -> NormText:
    """The plain definition of :func:`normalize`, one character at a time: used where the
    numpy path does not apply, and by the tests as the reference (``repaired``: the text after
    :func:`_repair`, when already known)."""
    repaired = _repair(text) if repaired is None else repaired
    base = list(range(len(text))) if repaired is text else _align(text, repaired)
    out: list[str] = []
    index: list[int] = []
    if repaired.isascii():
        pieces = [_ASCII_TABLE.get(ord(ch), ch) for ch in repaired.lower()]
    else:
        pieces = [_TABLE[ord(ch)] if not " " <= ch <= "~" else ch.lower() for ch in repaired]
    for i, piece in enumerate(pieces):
        for c in piece:
            if c == " " and (not out or out[-1] == " "):
                continue  # runs of white space collapse to one space, none at the start
            out.append(c)
            index.append(base[i])
    if out and out[-1] == " ":
        out.pop()
        index.pop()
    return NormText(original=text, text="".join(out), index=tuple(index))
