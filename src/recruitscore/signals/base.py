"""The signal abstraction: named detectors that return evidence, never a score.

A :class:`Signal` looks at an :class:`~recruitscore.schema.Approach` and returns a tuple of
:class:`Evidence` (empty = did not fire). It carries no weight: the model learns how much each
signal matters. Each signal has two code paths that must agree:

* :meth:`Signal.detect` on one approach, with evidence spans into the original text;
* :meth:`Signal.detect_frame` on a whole batch (a :class:`Batch`), returning one boolean per row,
  vectorised with RE2 over Arrow arrays (``pyarrow.compute``) and numpy.

Regular expressions are written once, in RE2 syntax (no look-around, no back-references; ``\\b``
and ``\\w`` are ASCII), over the *matching form* of the text (see :mod:`recruitscore.normalize`):
lower case, no accents, one space between words. Both paths run them with RE2: the span path
and small batches through ``google-re2`` (patterns compiled once), large batches through
``pyarrow.compute`` (a pass over few rows or of a large pattern through ``google-re2`` too:
``_re2_match``). RE2 matches in linear time, so a hostile message cannot make a pattern
backtrack for ever, and it is an order of magnitude faster than :mod:`re` on these patterns.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Literal, Protocol

import numpy as np
import re2

from ..normalize import NormText, normalize
from ..schema import TEXT_FIELDS, Approach
from .lexicon import ABBREVIATION_ANY, ABBREVIATION_STEP, GAP, TLDS_NOT_WORDS

if TYPE_CHECKING:  # pragma: no cover
    import pyarrow as pa


__all__ = [
    "PROFILE_GAP",
    "PROFILE_TEXT",
    "Batch",
    "CallableSignal",
    "Evidence",
    "Example",
    "PatternSignal",
    "ProfileSignal",
    "Signal",
    "SignalHit",
]

Polarity = Literal["risk", "benign", "context"]

#: The sender's profile texts that LinkedIn shows beside every message (rule R26-C): a red flag
#: an attacker moves there from the message is read there too, by the narrower patterns each
#: such signal gives these fields (a headline or a company name describes the sender:
#: "Recruiter at WhatsApp", "Signal Processing Engineer", "Writing reports on energy markets"
#: are no requests). They never enter the n-gram text (:mod:`recruitscore.text`).
PROFILE_TEXT: tuple[str, ...] = ("sender_headline", "sender_company")
#: :data:`~recruitscore.signals.lexicon.GAP` inside one statement of a profile text: never
#: across "|", which separates a headline's statements ("Recruiter at WhatsApp | +44 7700
#: 900123", "Clone Wars fan | before the interview"), on either side of an abbreviation.
PROFILE_GAP = GAP.replace("[^.!?;]", "[^.!?;|]")
assert PROFILE_GAP.count("[^.!?;|]") == 2, (
    "lexicon.GAP changed shape: say what a profile text's gap is")
#: A bullet, a middle dot or a vertical bar standing alone between spaces in a profile text
#: separates its statements as "|" does ("Recruiter at WhatsApp • +44 7700 900123"); the
#: matching form reads such a symbol as a space (in a message it starts a list item), so a
#: profile text gets "|" in its place first, one character for one (rule R27-D1).
_PROFILE_MARK = re.compile(
    r"(?<=\s)[\u00b7\u2022\u2027\u2219\u22c5\u25aa\u25ab\u25cf\u25e6\u2981\u2502\u2503"
    r"\u2758\u01c0\u2223](?=\s)")


def profile_form(text: str) -> str:
    """A profile text with its statement marks written as "|" (same length, same offsets).

    Examples
    --------
    >>> profile_form("Recruiter at WhatsApp \u2022 +44 7700 900123")
    'Recruiter at WhatsApp | +44 7700 900123'
    >>> profile_form("Senior\u2022Engineer")  # not standing alone: as written
    'Senior\u2022Engineer'
    """
    return _PROFILE_MARK.sub("|", text) if not text.isascii() else text


@dataclass(frozen=True)
class Evidence:
    """Where a signal fired.

    Attributes
    ----------
    field : str
        The input field (``message``, ``target_headline``, ``sender_account_age_days``, ...).
    start, end : int or None
        For text fields, the span in the *original* text, so ``text[start:end] == snippet``.
        ``None`` for numeric or boolean fields.
    snippet : str
        The matched text, or a short description of the value for profile fields.

    Examples
    --------
    >>> import recruitscore as rs
    >>> text = "Add me on WhatsApp"
    >>> ev = rs.extract_signals(text)[0].evidence[0]
    >>> ev.field, text[ev.start:ev.end] == ev.snippet, ev.to_dict()["snippet"]
    ('message', True, 'WhatsApp')
    """

    field: str
    start: int | None
    end: int | None
    snippet: str

    def to_dict(self) -> dict[str, Any]:
        """A JSON-friendly dict."""
        return {"field": self.field, "start": self.start, "end": self.end, "snippet": self.snippet}


@dataclass(frozen=True)
class SignalHit:
    """A signal that fired on one approach, with its evidence.

    Examples
    --------
    >>> import recruitscore as rs
    >>> hit = rs.extract_signals("Add me on WhatsApp")[0]
    >>> hit.name, hit.polarity, [e.snippet for e in hit.evidence]
    ('off_platform_request', 'risk', ['WhatsApp'])
    """

    name: str
    description: str
    category: str
    polarity: str
    evidence: tuple[Evidence, ...]

    def to_dict(self) -> dict[str, Any]:
        """A JSON-friendly dict."""
        return {
            "name": self.name,
            "description": self.description,
            "category": self.category,
            "polarity": self.polarity,
            "evidence": [e.to_dict() for e in self.evidence],
        }


@dataclass(frozen=True)
class Example:
    """A documented case for a signal: an approach and the snippets expected as evidence.

    ``spans`` lists snippets of the original text that must appear among the evidence (empty for
    counterexamples, which must not fire at all).
    """

    message: str
    fields: Mapping[str, Any] = field(default_factory=dict)
    spans: tuple[str, ...] = ()
    lang: str = "en"
    note: str = ""

    def approach(self) -> Approach:
        """The example as an :class:`Approach`."""
        return Approach.from_mapping({"message": self.message, **self.fields})


class Batch:
    """Columns of many approaches prepared once and shared by every signal.

    Text fields are normalised lazily (one pass per field) and kept both as Python lists and as
    Arrow arrays; numeric fields are float arrays with NaN for unknown.
    """

    def __init__(self, columns: Mapping[str, list[str]], numbers: Mapping[str, np.ndarray]):
        self._raw = dict(columns)
        self.numbers = dict(numbers)
        self._norm: dict[str, list[str]] = {}
        self._arrow: dict[tuple[str, bool], pa.Array] = {}
        self.n = len(next(iter(self._raw.values()))) if self._raw else 0
        #: per text field, the rows that :func:`~recruitscore.signals.make_batch` compacted or
        #: found padded; the other rows hold no padding (a field not listed was not checked)
        self.compacted: dict[str, frozenset[int]] = {}
        #: per text field, the rows whose text as given holds heavy padding
        #: (:func:`~recruitscore.padding.find_padding`), which compaction may have cut to a few
        #: copies (a sentence repeated 800 times keeps three)
        self.padded: dict[str, frozenset[int]] = {}

    def raw(self, name: str) -> list[str]:
        """The original text of a field."""
        return self._raw[name]

    def norm(self, name: str) -> list[str]:
        """The matching form of a field."""
        if name not in self._norm:
            from ..normalize import fast_normalize

            raw = self._raw[name]
            if name == "message" and self.n > SMALL_BATCH:
                from ..normalize import (
                    STEP0_ANY,
                    STEP0_SUSPECT,
                    STEP4_SUSPECT,
                    UNGLUE_HINT,
                    digits_as_letters_all,
                    fast_normalize_all,
                )

                # column-wise RE2 passes find the rows that step 0 may rewrite (any part of it,
                # then, among those, spaced, dotted or joined writing...), and, over the text
                # through step 3, those that step 4 may (digits for letters); the others skip
                # those checks (the same result, a few us less each)
                original = self.arrow(name, original=True)
                touched = _re2_match(original, STEP0_ANY)
                rows = np.flatnonzero(touched)
                suspects = np.zeros(self.n, dtype=bool)
                unglue = np.zeros(self.n, dtype=bool)
                if rows.size:
                    touched_rows = original.take(rows)
                    suspects[rows] = _re2_match(touched_rows, STEP0_SUSPECT)
                    unglue[rows] = _re2_match(touched_rows, UNGLUE_HINT)
                forms = fast_normalize_all(raw, suspects, digits_as_letters=False,
                                           touched=touched, unglue=unglue)
                arr = _to_arrow(forms)
                leet = _re2_match(arr, STEP4_SUSPECT)
                norm = digits_as_letters_all(forms, leet)
                changed = np.zeros(self.n, dtype=bool)
                for i in np.flatnonzero(leet).tolist():
                    changed[i] = norm[i] != forms[i]
                if changed.any():  # (the few rows step 4 changed, in place of a new array)
                    import pyarrow as pa
                    import pyarrow.compute as pc

                    arr = pc.replace_with_mask(arr, pa.array(changed), _to_arrow(
                        [norm[i] for i in np.flatnonzero(changed).tolist()]))
                self._norm[name] = norm
                self._arrow[(name, False)] = arr
            elif name == "message":
                from ..normalize import fast_normalize_all

                self._norm[name] = fast_normalize_all(raw)
            else:  # short profile texts repeat (company names, headlines): each once
                form = profile_form if name in PROFILE_TEXT else str
                seen = {t: fast_normalize(form(t)) if t else "" for t in set(raw)}
                self._norm[name] = [seen[t] for t in raw]
        return self._norm[name]

    def arrow(self, name: str, original: bool = False) -> pa.Array:
        """The field as an Arrow string array (matching form unless ``original``)."""
        key = (name, original)
        if key not in self._arrow:
            values = self._raw[name] if original else self.norm(name)
            if key not in self._arrow:  # (norm() leaves the message's matching form here)
                self._arrow[key] = _to_arrow(values)
        return self._arrow[key]


def _to_arrow(values: list[str]) -> pa.Array:
    """Texts as an Arrow string array."""
    import pyarrow as pa

    try:
        return pa.array(values, type=pa.large_string())
    except UnicodeEncodeError:
        # lone surrogates cannot be UTF-8: one '?' each keeps every offset unchanged
        values = [v.encode("utf-8", "replace").decode("utf-8") for v in values]
        return pa.array(values, type=pa.large_string())


_GAP = re.compile(r"\{0,(?:[2-9][0-9]|[1-9][0-9]{2,})\}")


def _has_gap(pattern: str) -> bool:
    """Does a pattern hold a bounded repetition (>= 20) long enough to blow up RE2's DFA?"""
    return bool(_GAP.search(pattern))


def _unbounded(pattern: str) -> str:
    """A superset of a gapped pattern for a column's first pass: its long gaps unbounded, and
    the abbreviation a :data:`~recruitscore.signals.lexicon.GAP` may hold read as any of the
    abbreviations with its dot (shorter, which keeps the union of a gate group small; rule
    R26-B)."""
    return _GAP.sub("*", pattern.replace(ABBREVIATION_STEP, ABBREVIATION_ANY))


class MatchLike(Protocol):
    """What the detectors use of a match (``re.Match`` and ``re2`` matches both have it)."""

    def start(self, group: int = 0) -> int: ...

    def end(self, group: int = 0) -> int: ...

    def group(self, group: int = 0) -> Any: ...


class Regex(Protocol):
    """A compiled pattern (``re.Pattern`` or an ``re2`` pattern)."""

    pattern: str

    def search(self, text: str) -> MatchLike | None: ...

    def finditer(self, text: str) -> Iterator[MatchLike]: ...


#: RE2's memory budget per compiled pattern (its default is 8 MB). The lazily built automaton of
#: a signal's one-text alternation (``off_platform_request`` is about 21,000 characters, most of
#: it the free-mail domains written as the obfuscation-tolerant terms) can outgrow the default
#: on some texts; RE2 then logs "DFA out of memory" on standard error and falls back to a
#: slower engine (same matches). The budget is an upper bound, allocated only as the automaton
#: grows (rule R19-F).
RE2_MAX_MEM = 64 << 20
_RE2_OPTIONS = re2.Options()
_RE2_OPTIONS.max_mem = RE2_MAX_MEM


@lru_cache(maxsize=4096)
def compile_re2(pattern: str) -> Regex:
    """Compile ``pattern`` with RE2 once (cached), with :data:`RE2_MAX_MEM` of memory budget.

    Examples
    --------
    >>> [m.span() for m in compile_re2(r"\\bw[h]ats ?app\\b").finditer("add me on whats app")]
    [(10, 19)]
    """
    return re2.compile(pattern, _RE2_OPTIONS)  # type: ignore[no-any-return]


#: Up to this many rows, a pass over a column runs ``google-re2`` row by row, with the pattern
#: compiled once (:func:`compile_re2`, which keeps its automaton between calls), instead of
#: ``pyarrow.compute``, which parses and compiles the pattern and builds its automaton again on
#: every call: a millisecond or more for a large pattern, whatever the rows. Most passes after
#: a superset's or a gate group's are over a few dozen rows (rule R29-S). Same RE2, same
#: matches.
SUB_BATCH = 128
#: From this length on (in characters), a pattern runs over a column row by row as above
#: whatever the rows: pyarrow's compilation and new automaton then cost more than Python's
#: loop (callgrind, 1,107 messages: 26 and 29 million instructions a pass at 2,000 characters,
#: 49 and 31 at 4,500, 96 and 31 at 8,000, pyarrow and the loop; rule R29-S). The automata
#: kept cost memory: three extractions of the 1,107 real messages peak at 233 MB, not 177.
BIG_PATTERN = 2500
#: ... but only over as many rows as pyarrow's compilation costs: it is paid once a call,
#: while the loop costs more than pyarrow's scan on every row, so past about half a row per
#: character of the pattern pyarrow is cheaper again (20,000 real messages at one core: 4,150
#: messages/s with every large pattern row by row, 4,900 before rule R29-S).
ROWS_PER_CHAR = 0.5

#: ... and up to this many rows, a pattern with characters beyond ASCII (written or as
#: "\\x{...}") runs row by row whatever its length: RE2 writes a class of such characters as
#: UTF-8 byte sequences, and the automaton pyarrow builds anew on every call grows with them,
#: while the loop keeps its automaton between calls (the 1,194 real messages: the prefilter
#: of ``obfuscated_text`` on the text as written 22 ms in pyarrow, 2 ms row by row; a salary
#: range of ``specific_role`` 10 and 2.4; the unglue hint 2.8 and 1.8). Past about 4,000 rows
#: pyarrow's scan costs less than the loop's calls again. Speed only: the same RE2, the same
#: matches.
WIDE_ROWS = 4096


def _wide(pattern: str) -> bool:
    """Whether ``pattern`` holds a character beyond ASCII, written or escaped."""
    return not pattern.isascii() or "\\x{" in pattern


def _re2_match(arr: pa.Array, pattern: str) -> np.ndarray:
    """One boolean per row of ``arr`` (an Arrow string array; a null is no match): does
    ``pattern`` match it (RE2, unanchored)?"""
    import pyarrow.compute as pc  # Arrow only for batches: single messages never load it

    n = len(arr)
    if n > SUB_BATCH and not arr.null_count and not pc.max(pc.binary_length(arr)).as_py():
        # every row "" (a column the input does not have): one search, not a compilation
        return np.full(n, compile_re2(pattern).search("") is not None)
    if (n <= SUB_BATCH or (len(pattern) >= BIG_PATTERN and n <= len(pattern) * ROWS_PER_CHAR)
            or (n <= WIDE_ROWS and _wide(pattern))):
        return _re2_rows(arr, pattern)
    mask = pc.match_substring_regex(arr, pattern)
    return np.asarray(mask.to_numpy(zero_copy_only=False), dtype=bool)


def _re2_rows(arr: pa.Array, pattern: str) -> np.ndarray:
    """:func:`_re2_match` row by row, with the pattern compiled once (the same matches:
    ``tests/test_column_passes.py``)."""
    import pyarrow as pa

    rx = compile_re2(pattern)
    # speed: the rows as UTF-8 bytes (Arrow's own buffer viewed as binary, no copy) and RE2's
    # own Match on them, for a yes or no: google-re2's ``search`` on a str encodes it, maps
    # character offsets to bytes and back, and builds a match object, which took about a
    # third of this loop's time; the same RE2 search, the same answer
    # (google-re2's compiled RE2 and its anchor enum are private: without either, its public
    # search on the rows as str, as before; tests/test_column_passes.py runs both ways)
    engine = getattr(rx, "_regexp", None)
    anchor = getattr(getattr(re2, "_Anchor", None), "UNANCHORED", None)
    if engine is None or anchor is None:
        return _re2_rows_public(arr, rx)
    binary = pa.large_binary() if pa.types.is_large_string(arr.type) else pa.binary()
    return np.fromiter((t is not None and engine.Match(anchor, t, 0, len(t))[0][0] >= 0
                        for t in arr.cast(binary).to_pylist()), bool, len(arr))


def _re2_rows_public(arr: pa.Array, rx: Any) -> np.ndarray:
    """:func:`_re2_rows` through google-re2's public ``search`` on each row as a str."""
    return np.fromiter((t is not None and rx.search(t) is not None for t in arr.to_pylist()),
                       bool, len(arr))


def re2_safe(text: str) -> str:
    """``text`` with each lone surrogate (not encodable as UTF-8, so not searchable by RE2)
    replaced by ``?``: one character for one, so every offset stays valid.

    Examples
    --------
    >>> re2_safe("a\\ud800b")
    'a?b'
    """
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "replace").decode("utf-8")
    return text


#: A disclaimer cancels a match within this many characters, inside the same sentence.
_SENTENCE_REACH = 160
#: How many cancelled matches of a signal one text may hold before the rest go unchecked
#: (:meth:`PatternSignal._kept`).
MAX_CANCELLED = 32
#: The same for matches a closed formula holds (:attr:`PatternSignal.unless_template`): a
#: meeting block's dial-in list may hold dozens of numbers (review35), and a formula is found
#: once per text, so each check costs a bisection.
MAX_TEMPLATE_CANCELLED = 256
#: How far before a match a negation may end and still govern it (``unless_scope="near"``).
NEAR_REACH = 3
_SENTENCE_END = ".!?;"
#: Contrastive conjunctions (matching form): a disclaimer before one does not cancel a match
#: after it.
_CONTRAST = re.compile(r"\b(?:but|however|yet|except|mais|cependant|pourtant|toutefois|sauf)\b")
#: Where a clause ends inside a sentence (``PatternSignal.firm``): a comma that is not a digit
#: group ("$1,500"), a colon, a dash, or a contrastive conjunction.
_CLAUSE_BREAK = re.compile(r",(?![0-9]{3})|[:\u2013\u2014]| - |" + _CONTRAST.pattern)
_CLAUSE_OR_AND = re.compile(_CLAUSE_BREAK.pattern + r"|\b(?:and|et)\b")


#: A host of a web address whose top-level domain is not also an ordinary word
#: (``lexicon.TLDS_NOT_WORDS``: "be", "de", "me", "us", "co", "net", "info", "jobs", "uk", "gov",
#: "dev" are left out, so that "costs.Be", "costs.Net" and "fees.UK applicants" stay two
#: sentences), with an optional scheme or "www."; or an e-mail address, whose "@" leaves no
#: doubt (rules R19-B, R19-H, R19-I, R19-J). Only the address's own dots are exempt, never a
#: path's: "acme.com/faq.The fee ..." ends at "faq.".
_HOST = (r"(?:\b(?:https?|ftp)://|\bwww\.)?\b[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*"
         r"\.(?:" + TLDS_NOT_WORDS + r")\b"
         r"|\b[a-z0-9][a-z0-9_%+-]*(?:\.[a-z0-9_%+-]+)*@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\b")


@lru_cache(maxsize=4)
def _host_dots(text: str) -> frozenset[int]:
    """Positions of the dots inside the hosts of ``text``: one RE2 pass (linear time; a Python
    regex per dot took seconds on a long dotted text, rule R19-I), cached for the text, which
    every match of every signal in it shares.

    Examples
    --------
    >>> sorted(_host_dots("see acme.com/faq.the fee, www.x.fr"))
    [8, 29, 31]
    """
    out: set[int] = set()
    for m in compile_re2(_HOST).finditer(text):
        k = text.find(".", m.start(), m.end())
        while k >= 0:
            out.add(k)
            k = text.find(".", k + 1, m.end())
    return frozenset(out)


def _ends_sentence(text: str, k: int) -> bool:
    """Does the character ``text[k]`` (one of :data:`_SENTENCE_END`) end a sentence?

    A dot followed by a letter or digit inside a host ("hackerrank.com", "www.x.fr") or between
    two digits ("3.5") does not; any other does, so a writer cannot join two sentences by
    leaving out a space ("no fee.pay $90", "costs.be aware", "acme.com/faq.the" are two).

    Examples
    --------
    >>> text = "an invite from hackerrank.com within 24h. v3.5 no fee.pay"
    >>> [k for k, c in enumerate(text) if c == "." and _ends_sentence(text, k)]
    [40, 53]
    >>> text = "see acme.com/faq.the fee"
    >>> [k for k, c in enumerate(text) if c == "." and _ends_sentence(text, k)]
    [16]
    """
    if text[k] != "." or k + 1 >= len(text) or not text[k + 1].isalnum():
        return True
    if text[k + 1].isdigit() and k > 0 and text[k - 1].isdigit():
        return False
    return k not in _host_dots(text)


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """Bounds of the sentence that holds ``text[start:end]``, at most :data:`_SENTENCE_REACH`
    characters on either side of it.

    Examples
    --------
    >>> text = "First one. We cover it, you need to pay. Last"
    >>> lo, hi = _sentence_around(text, 24, 39)
    >>> text[lo:hi]
    ' We cover it, you need to pay'
    >>> text = "Hi. You'll get a link from hackerrank.com within 24h. Bye"
    >>> lo, hi = _sentence_around(text, 42, 52)
    >>> text[lo:hi]
    " You'll get a link from hackerrank.com within 24h"
    """
    lo = max(0, start - _SENTENCE_REACH)
    cut = start
    while True:
        cut = max(text.rfind(c, lo, cut) for c in _SENTENCE_END)
        if cut < 0 or _ends_sentence(text, cut):
            break
    lo = cut + 1 if cut >= 0 else lo
    reach = min(len(text), end + _SENTENCE_REACH)
    hi = end
    while True:
        stops = [k for k in (text.find(c, hi, reach) for c in _SENTENCE_END) if k >= 0]
        if not stops:
            return lo, reach
        hi = min(stops)
        if _ends_sentence(text, hi):
            return lo, hi
        hi += 1


#: Below this many rows, ``google-re2`` row by row (patterns compiled once) beats pyarrow,
#: which compiles every pattern again on every call.
SMALL_BATCH = 32


def batch_match(batch: Batch, field_name: str, pattern: str, original: bool = False) -> np.ndarray:
    """One boolean per row: does ``pattern`` match the field (matching form or original)?"""
    if batch.n <= SMALL_BATCH:
        texts = [re2_safe(t) for t in batch.raw(field_name)] if original else batch.norm(field_name)
        rx = compile_re2(pattern)
        return np.fromiter((rx.search(t) is not None for t in texts), bool, batch.n)
    return _re2_match(batch.arrow(field_name, original=original), pattern)


@dataclass(frozen=True)
class Signal:
    """A named red-flag (or benign) detector. Subclasses implement the detection.

    Attributes
    ----------
    name : str
        Stable snake_case identifier; persisted in models (a public contract).
    description : str
        One sentence a user understands, in the vocabulary of the public guidance.
    category : str
        ``contact``, ``employer``, ``inducement``, ``elicitation``, ``secrecy``, ``lure``,
        ``fraud``, ``vulnerability``, ``evasion``, ``profile``, ``context`` or ``benign``.
    polarity : {"risk", "benign", "context"}
        What the guidance says the signal points to. It bounds the weight the model learns: a
        risk signal weighs >= 0, a benign one <= 0, a context one 0 on its own (it acts only
        through the conjunctions that pair it with a red flag); the loader refuses a model
        file that breaks these bounds.
    source : str
        The guidance the signal comes from (see ``RED-FLAGS.md``).
    examples, counterexamples : tuple of Example
        English and French cases that must and must not fire; the tests run them.
    """

    name: str
    description: str
    category: str
    polarity: Polarity
    source: str
    examples: tuple[Example, ...] = ()
    counterexamples: tuple[Example, ...] = ()

    @property
    def fields(self) -> tuple[str, ...]:
        """The input fields this signal reads."""
        raise NotImplementedError

    def detect(
        self, approach: Approach, norms: dict[str, NormText] | None = None
    ) -> tuple[Evidence, ...]:
        """Evidence that the signal fires on one approach (empty tuple = no)."""
        raise NotImplementedError

    def detect_frame(self, batch: Batch) -> np.ndarray:
        """One boolean per row of ``batch``: the vectorised twin of :meth:`detect`."""
        raise NotImplementedError

    def info(self) -> dict[str, Any]:
        """A JSON-friendly description (for ``recruitscore signals --json``)."""
        return {
            "name": self.name,
            "description": self.description,
            "category": self.category,
            "polarity": self.polarity,
            "source": self.source,
            "fields": list(self.fields),
            "examples": [
                {"lang": e.lang, "message": e.message, "fields": dict(e.fields)}
                for e in self.examples
            ],
            "counterexamples": [
                {"lang": e.lang, "message": e.message, "fields": dict(e.fields)}
                for e in self.counterexamples
            ],
        }


def _norm_of(approach: Approach, name: str, norms: dict[str, NormText] | None) -> NormText:
    if norms is not None and name in norms:
        return norms[name]
    raw = getattr(approach, name)
    if name in PROFILE_TEXT and raw and not raw.isascii():
        form = normalize(profile_form(raw))
        nt = NormText(raw, form.text, form.index)  # (evidence is cut from the text as given)
    else:
        nt = normalize(raw)
    if norms is not None:
        norms[name] = nt
    return nt


def find_spans(
    pattern: Regex, nt: NormText, field_name: str, limit: int = 5
) -> list[Evidence]:
    """Evidence for every (non-overlapping) match of ``pattern`` in a normalised text."""
    out: list[Evidence] = []
    for m in pattern.finditer(nt.text):
        if m.end() == m.start():
            continue
        start, end = nt.span(m.start(), m.end())
        out.append(Evidence(field_name, start, end, nt.original[start:end]))
        if len(out) >= limit:
            break
    return out


@dataclass(frozen=True)
class PatternSignal(Signal):
    """Fires when any regex matches a field.

    ``patterns`` maps a field name to regexes over its matching form (or over the original text
    for fields listed in ``on_original``, used to see invisible characters and mixed scripts).
    """

    patterns: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    on_original: tuple[str, ...] = ()
    #: optional RE2 pattern (matching form) that cancels a match: a disclaimer such as "do not
    #: share any confidential information" or "we never charge a fee". It cancels a match when it
    #: starts in the same sentence before the match (``unless_scope="before"``), anywhere in
    #: that sentence (``"sentence"``), or before the match and ending at most
    #: :data:`NEAR_REACH` characters before it (``"near"``: a negation of the very action, "do
    #: not run it on your work laptop", so that "never use a VPN, and run it on your work
    #: laptop" still fires), or anywhere before it in its clause (``"clause"``: "Nothing we
    #: discuss will be published", "not be livestreamed or recorded"; rule R20-F).
    unless: str = ""
    unless_scope: Literal["before", "sentence", "near", "clause"] = "before"
    #: optional RE2 pattern (matching form) that, found anywhere in a field's text, cancels
    #: every match of that text: what a whole message says of itself, whichever sentence says
    #: it ("Thanks for your time at the final interview. We'd like to offer you the role" is
    #: no offer without an interview; rule R33-I). :attr:`firm` matches are cancelled too.
    unless_text: str = ""
    #: optional RE2 pattern (matching form): where it is found in a text, :attr:`unless_text`
    #: cancels nothing ("no interview needed", an interview to come: review44 M2, rule R33-N)
    unless_text_void: str = ""
    #: optional regex (Python ``re``, matching form) that, found right after a disclaimer,
    #: says that it is about something else: "we never charge candidates *for interviews*"
    #: does not cancel a training fee
    unless_except: str = ""
    #: optional regex (Python ``re``, matching form) that, found inside a disclaimer, makes it
    #: none: "you'll receive the contract and must sign it within 24 hours" is not a delivery
    #: delay, as it puts an obligation on the reader (rule R19-I)
    unless_void: str = ""
    #: optional RE2 pattern (matching form): a closed formula that holds a match whole, which
    #: it cancels whatever its words (no :attr:`unless_void` applies, as the formula's words
    #: are a closed list, from its start to its own end): the "notify the sender immediately"
    #: of a misdelivery disclaimer is a template's, not a demand on the reader (rule R27-D2). A
    #: match outside the formula, even right after it ("..., still contact us immediately"),
    #: is kept. It is looked for in the whole text, not the match's sentence.
    unless_template: str = ""
    #: optional RE2 pattern (matching form): the only matches :attr:`unless_template` cancels
    #: are those it matches whole (a bare dial-in number of a meeting block: the app, e-mail
    #: address or request phrase a sender writes into one is kept; rule R28-G)
    template_cancels: str = ""
    #: optional RE2 pattern (matching form) that, found inside a formula of
    #: :attr:`unless_template`, makes it none: a sender's own request written into a meeting
    #: block's dial-in list ("+44 7700 900123 (text me)"; rules R28-A, R28-G)
    template_void: str = ""
    #: optional RE2 pattern (matching form): a match in a clause that holds it is never
    #: cancelled by :attr:`unless`. For a match that *is* the red flag whatever is said beside
    #: it: "you need to pay a $90 deposit" stays a fee the candidate pays after "we'll provide
    #: the laptop", while a fee only named ("there is a training fee, but it is covered by us")
    #: may be cancelled. The clause is the stretch of the match's sentence between commas,
    #: colons, dashes and contrast words ("Please pay the $120 onboarding fee, there are no
    #: other costs": the match is the fee, the instruction is in its clause); a firm match is
    #: void where :attr:`firm_except` comes before it in that clause (a warning or a negation:
    #: "if anyone tells you that you need to pay a fee, it is a scam").
    firm: str = ""
    #: optional regex (Python ``re``, matching form): before a :attr:`firm` match in that match's
    #: own clause, it makes it an ordinary one, which a disclaimer may cancel
    firm_except: str = ""
    #: patterns of :attr:`patterns` (the same strings) that a column checks in a pass of their
    #: own, after the field's superset and only on the rows it left, instead of inside it: a
    #: superset at the edge of RE2's DFA memory (``off_platform_request``'s) fell back to the
    #: far slower NFA when a few more patterns joined it (rule R28-F). Each should begin with
    #: a rare word ("scan", an app's name), so that its pass is cheap.
    own_pass: tuple[str, ...] = ()
    #: optional predicate on a match (matching form, start, end): False when the match is
    #: written inside a link it does not count in. A known platform's name is a counter-signal
    #: only on a link to the platform's own domain, never in another host's user part, path,
    #: query or labels ("https://hackerrank.com@skills-check.xyz"; rule R32-F:
    #: :func:`~recruitscore.signals.detectors.platform_link`).
    in_link: Callable[[str, int, int], bool] | None = None
    #: RE2 pattern (matching form) that every text holding a match :attr:`in_link` drops
    #: matches: the rows the column path checks again match by match (as for :attr:`unless`)
    in_link_rows: str = ""

    def __post_init__(self) -> None:
        # one text (spans, small batches): one alternation per field, compiled once
        combined = {f: "|".join(f"(?:{p})" for p in ps) for f, ps in self.patterns.items()}
        object.__setattr__(self, "_combined", combined)
        # RE2 over a column: one pass over every row with a superset (the simple patterns and
        # each gapped pattern with its long bounded gap unbounded, which keeps the automaton
        # small), then the exact patterns only on the rows it lets through
        plans = {}
        own = {}
        for f, ps in self.patterns.items():
            own[f] = [p for p in ps if p in self.own_pass]
            ps = tuple(p for p in ps if p not in self.own_pass)
            gapped = [p for p in ps if _has_gap(p)]
            simple = "|".join(f"(?:{p})" for p in ps if not _has_gap(p)) or None
            superset = None
            if gapped:
                superset = "|".join(
                    f"(?:{p})" for p in [*([simple] if simple else []),
                                         *(_unbounded(p) for p in gapped)])
            plans[f] = (superset, simple, gapped)
        object.__setattr__(self, "_re2_plan", plans)
        # (the own passes: a superset of them, long gaps unbounded, then each exact pattern)
        object.__setattr__(self, "_own_plan", {
            f: ("|".join(f"(?:{_unbounded(p)})" for p in ps), ps) for f, ps in own.items() if ps})
        object.__setattr__(self, "_compiled", {f: compile_re2(p) for f, p in combined.items()})
        object.__setattr__(self, "_unless", compile_re2(self.unless) if self.unless else None)
        object.__setattr__(self, "_unless_text",
                           compile_re2(self.unless_text) if self.unless_text else None)
        object.__setattr__(self, "_unless_text_void", compile_re2(self.unless_text_void)
                           if self.unless_text_void else None)
        object.__setattr__(self, "_template",
                           compile_re2(self.unless_template) if self.unless_template else None)
        object.__setattr__(self, "_template_cancels", compile_re2(
            f"^(?:{self.template_cancels})$") if self.template_cancels else None)
        object.__setattr__(self, "_template_void",
                           compile_re2(self.template_void) if self.template_void else None)
        # (the rows a batch checks again match by match: those holding either)
        object.__setattr__(self, "_unless_any", "|".join(
            f"(?:{p})" for p in (self.unless, self.unless_template, self.in_link_rows,
                                 self.unless_text) if p))
        object.__setattr__(self, "_void",
                           re.compile(self.unless_void) if self.unless_void else None)
        object.__setattr__(self, "_except",
                           re.compile(self.unless_except) if self.unless_except else None)
        object.__setattr__(self, "_firm", compile_re2(self.firm) if self.firm else None)
        object.__setattr__(self, "_firm_except",
                           re.compile(self.firm_except) if self.firm_except else None)

    @property
    def fields(self) -> tuple[str, ...]:
        return tuple(self.patterns)

    def _is_firm(self, text: str, start: int, end: int, lo: int, hi: int) -> bool:
        """Does the clause holding ``text[start:end]`` (in the sentence ``text[lo:hi]``) hold an
        unhedged :attr:`firm` match?"""
        firm: Regex | None = self._firm  # type: ignore[attr-defined]
        if firm is None:
            return False
        lo = max((m.end() for m in _CLAUSE_BREAK.finditer(text, lo, start)), default=lo)
        after = _CLAUSE_BREAK.search(text, end, hi)
        hi = after.start() if after else hi
        clause = text[lo:hi]
        hedge: re.Pattern[str] | None = self._firm_except  # type: ignore[attr-defined]
        if hedge is None:
            return firm.search(clause) is not None
        # a hedge counts in the firm match's own clause: a match may span a break ("details,
        # of course: just which programmes you are cleared for")
        for m in firm.finditer(clause):
            own = max((b.end() for b in _CLAUSE_BREAK.finditer(clause, 0, m.start())), default=0)
            if hedge.search(clause, own, m.start()) is None:
                return True
        return False

    def _template_spans(self, text: str) -> list[tuple[int, int]]:
        """The formulas of :attr:`unless_template` in ``text`` that :attr:`template_void` does
        not make none: looked for in the whole text, as the batch path's row filter reads it
        (a formula closes itself, and "$" is then the end of the text in both paths;
        review34), once per text (review35)."""
        template: Regex | None = self._template  # type: ignore[attr-defined]
        if template is None:
            return []
        void: Regex | None = self._template_void  # type: ignore[attr-defined]
        return [(m.start(), m.end()) for m in template.finditer(text)
                if void is None or void.search(text[m.start():m.end()]) is None]

    def _held(self, text: str, start: int, end: int, formulas: list[tuple[int, int]]) -> bool:
        """Does a formula of ``formulas`` (in text order, not overlapping) hold the match
        ``text[start:end]`` whole, one that :attr:`template_cancels` lets it cancel?"""
        i = bisect.bisect_right(formulas, (start, len(text) + 1)) - 1
        if i < 0 or formulas[i][1] < end:
            return False
        cancels: Regex | None = self._template_cancels  # type: ignore[attr-defined]
        return cancels is None or cancels.search(text[start:end]) is not None

    def _cancelled(self, text: str, start: int, end: int,
                   formulas: list[tuple[int, int]] | None = None) -> int:
        """Is the match ``text[start:end]`` cancelled: 1 when held by a formula of
        :attr:`unless_template` (anywhere in the text; ``formulas``, when the caller has them:
        :meth:`_template_spans`) or written in a link :attr:`in_link` does not count it in, 2
        by :attr:`unless` in its sentence, 0 when kept."""
        if self.in_link is not None and not self.in_link(text, start, end):
            return 1
        lo, hi = _sentence_around(text, start, end)
        if self._is_firm(text, start, end, lo, hi):
            return 0
        if formulas is None:
            formulas = self._template_spans(text)
        if formulas and self._held(text, start, end, formulas):
            return 1
        unless: Regex | None = self._unless  # type: ignore[attr-defined]
        if unless is None:
            return 0
        if self.unless_scope in ("before", "clause"):
            hi = end
        if self.unless_scope == "clause":
            # a clause here also ends at "and" / « et »: "there is no registration fee and the
            # programme is online" negates the fee, not the programme (rule R20-K)
            lo = max((m.end() for m in _CLAUSE_OR_AND.finditer(text, lo, start)), default=lo)
        # a disclaimer before "but" does not reach past it: "we never charge a fee, but the
        # kit costs $150, pay it via Zelle" keeps the fee
        turn = max((m.end() for m in _CONTRAST.finditer(text, lo, start)), default=lo)
        lo = max(lo, turn)
        window = text[lo:hi]
        about_else: re.Pattern[str] | None = self._except  # type: ignore[attr-defined]
        void: re.Pattern[str] | None = self._void  # type: ignore[attr-defined]
        # a void word counts between the disclaimer's start and the match it would cancel
        # (what follows a disclaimer is read in the whole text: « ne seront publiés qu'en juin »
        # says "only" after the match's end)
        found = [m for m in unless.finditer(window)
                 if (about_else is None or about_else.match(text, lo + m.end()) is None)
                 and (void is None or void.search(
                     window, m.start(), max(m.start(), min(m.end(), start - lo))) is None)]
        if self.unless_scope == "near":
            return 2 * any(m.start() < start - lo and m.end() >= start - lo - NEAR_REACH
                           for m in found)
        return 2 * any(m.start() < start - lo or self.unless_scope == "sentence" for m in found)

    def _kept(self, pattern: Regex, text: str) -> Iterator[MatchLike]:
        """The matches of ``pattern`` that :attr:`unless`, :attr:`unless_template` and
        :attr:`unless_text` do not cancel. Past :data:`MAX_CANCELLED` matches cancelled by a
        disclaimer (or :data:`MAX_TEMPLATE_CANCELLED` by a formula) in one text the rest are
        not checked (a text of thousands of negated phrases took seconds; rule R20-F): a risk
        signal then keeps the next match, as padding must not buy a lower score, and a benign
        one keeps none."""
        whole: Regex | None = self._unless_text  # type: ignore[attr-defined]
        void: Regex | None = self._unless_text_void  # type: ignore[attr-defined]
        if whole is not None and whole.search(text) is not None and (
                void is None or void.search(text) is None):
            return  # (the text cancels all its matches: one search, whatever their number)
        cancelled = [0, 0, 0]  # (kept,) by a formula, by a disclaimer
        formulas: list[tuple[int, int]] | None = None
        for m in pattern.finditer(text):
            if m.end() == m.start():
                continue
            if cancelled[2] >= MAX_CANCELLED or cancelled[1] >= MAX_TEMPLATE_CANCELLED:
                if self.polarity == "risk":
                    yield m
                return
            if formulas is None:
                formulas = self._template_spans(text)
            how = self._cancelled(text, m.start(), m.end(), formulas)
            if how:
                cancelled[how] += 1
                continue
            yield m

    def _kept_spans(self, pattern: Regex, nt: NormText, field_name: str) -> list[Evidence]:
        if not self._unless_any:  # type: ignore[attr-defined]
            return find_spans(pattern, nt, field_name)
        out: list[Evidence] = []
        for m in self._kept(pattern, nt.text):
            start, end = nt.span(m.start(), m.end())
            out.append(Evidence(field_name, start, end, nt.original[start:end]))
            if len(out) >= 5:
                break
        return out

    def _fires_on(self, pattern: Regex, text: str) -> bool:
        return next(self._kept(pattern, text), None) is not None

    def detect(
        self, approach: Approach, norms: dict[str, NormText] | None = None
    ) -> tuple[Evidence, ...]:
        out: list[Evidence] = []
        compiled: dict[str, Regex] = self._compiled  # type: ignore[attr-defined]
        for fname, pat in compiled.items():
            if fname in self.on_original:
                text = getattr(approach, fname)
                nt = NormText(text, re2_safe(text), tuple(range(len(text))))
                out.extend(find_spans(pat, nt, fname))
            else:
                out.extend(self._kept_spans(pat, _norm_of(approach, fname, norms), fname))
        return tuple(out)

    def detect_frame(self, batch: Batch) -> np.ndarray:
        return self.detect_frame_in(batch, self.fields)

    def detect_frame_in(self, batch: Batch, fields: tuple[str, ...]) -> np.ndarray:
        """:meth:`detect_frame` on some of the signal's fields only: one boolean per row, does
        the signal fire on one of ``fields``? (The reasons of a score say which profile texts
        a red flag was read in; rule R26-C.)"""
        patterns = {f: self.patterns[f] for f in fields}
        unless_any: str = self._unless_any  # type: ignore[attr-defined]
        if not unless_any:
            return self._match_frame(batch, patterns)
        # fields without a disclaimer check run as usual; on the others, the rows that match
        # and hold a disclaimer anywhere are checked again match by match, as detect does
        compiled: dict[str, Regex] = self._compiled  # type: ignore[attr-defined]
        result = np.zeros(batch.n, dtype=bool)
        for fname in patterns:
            hit = self._match_frame(batch, {fname: patterns[fname]})
            rows = np.flatnonzero(hit)
            if fname not in self.on_original and rows.size:
                texts = batch.norm(fname)
                if batch.n > SMALL_BATCH:  # the disclaimer pattern only on the rows that match
                    sub = batch.arrow(fname).take(rows)
                    rows = rows[_re2_match(sub, unless_any)]
                unless = compile_re2(unless_any)
                for i in rows:
                    if batch.n <= SMALL_BATCH and unless.search(texts[i]) is None:
                        continue
                    hit[i] = self._fires_on(compiled[fname], texts[i])
            result |= hit
        return result

    def _match_frame(self, batch: Batch, patterns: Mapping[str, tuple[str, ...]]) -> np.ndarray:
        result = np.zeros(batch.n, dtype=bool)
        if batch.n <= SMALL_BATCH:
            compiled: dict[str, Regex] = self._compiled  # type: ignore[attr-defined]
            for fname in patterns:
                rx = compiled[fname]
                original = fname in self.on_original
                texts = [re2_safe(t) for t in batch.raw(fname)] if original else batch.norm(fname)
                result |= np.fromiter((rx.search(t) is not None for t in texts), bool, batch.n)
            return result
        plans: dict[str, tuple[str | None, str | None, list[str]]] = (
            self._re2_plan  # type: ignore[attr-defined]
        )
        for fname in patterns:
            superset, simple, gapped = plans[fname]
            arr = batch.arrow(fname, original=fname in self.on_original)
            if superset is None:
                if simple is not None:
                    result |= _re2_match(arr, simple)
                continue
            rows = np.flatnonzero(_re2_match(arr, superset) & ~result)
            if not rows.size:
                continue
            sub = arr.take(rows)
            hit = _re2_match(sub, simple) if simple is not None else np.zeros(rows.size, bool)
            for pattern in gapped:
                rest = np.flatnonzero(~hit)
                if not rest.size:
                    break
                hit[rest] = _re2_match(sub.take(rest), pattern)
            result[rows] |= hit
        own_plans: dict[str, tuple[str, list[str]]] = self._own_plan  # type: ignore[attr-defined]
        for fname in patterns:
            if fname not in own_plans:
                continue
            own_superset, own = own_plans[fname]
            arr = batch.arrow(fname, original=fname in self.on_original)
            rows = np.flatnonzero(~result)
            if not rows.size:
                continue
            sub = arr.take(rows)
            rows = rows[_re2_match(sub, own_superset)]
            for pattern in own:
                rest = rows[~result[rows]]
                if not rest.size:
                    break
                result[rest] |= _re2_match(arr.take(rest), pattern)
        return result


@dataclass(frozen=True)
class ProfileSignal(Signal):
    """Fires on a *known* numeric or boolean profile value that meets a condition.

    Unknown values (missing, empty, garbage) never fire.
    """

    field_name: str = ""
    below: float | None = None
    equals: float | None = None
    unit: str = ""

    @property
    def fields(self) -> tuple[str, ...]:
        return (self.field_name,)

    def _test(self, values: np.ndarray) -> np.ndarray:
        with np.errstate(invalid="ignore"):
            if self.below is not None:
                return np.asarray(values < self.below, dtype=bool) & ~np.isnan(values)
            return np.asarray(values == self.equals, dtype=bool) & ~np.isnan(values)

    def detect(
        self, approach: Approach, norms: dict[str, NormText] | None = None
    ) -> tuple[Evidence, ...]:
        value = getattr(approach, self.field_name)
        if value is None or value != value:  # unknown never fires
            return ()
        x = float(value)
        if not (x < self.below if self.below is not None else x == self.equals):
            return ()
        shown = int(value)
        return (Evidence(self.field_name, None, None, f"{self.field_name} = {shown}{self.unit}"),)

    def detect_frame(self, batch: Batch) -> np.ndarray:
        return self._test(batch.numbers[self.field_name])


@dataclass(frozen=True)
class CallableSignal(Signal):
    """A detector written in Python for logic that spans fields (e.g. e-mail vs company domain).

    ``prefilter`` lists ``(field, RE2 pattern, on_original)``: every row on which the signal fires
    must match at least one of them (over the matching form, or the original text when
    ``on_original``). The Python ``detector`` then runs only on those rows, so the batch path is
    exactly ``bool(detect(row))`` and stays fast.
    """

    detector: Callable[[Approach, dict[str, NormText]], list[Evidence]] | None = None
    prefilter: tuple[tuple[str, str, bool], ...] = ()
    #: optional boolean twin of ``detector``: (matching forms, original texts) -> fires?
    fast: Callable[[dict[str, str], dict[str, str]], bool] | None = None
    #: fields that must all be non-empty for the signal to fire (checked before the prefilter)
    requires: tuple[str, ...] = ()
    reads: tuple[str, ...] = ()

    @property
    def fields(self) -> tuple[str, ...]:
        return self.reads

    def detect(
        self, approach: Approach, norms: dict[str, NormText] | None = None
    ) -> tuple[Evidence, ...]:
        norms = {} if norms is None else norms
        for fname in self.requires:
            if not _norm_of(approach, fname, norms).text:
                return ()
        for fname in self.reads:
            if fname in TEXT_FIELDS:
                _norm_of(approach, fname, norms)
        if self.prefilter and not any(
            compile_re2(pat).search(re2_safe(getattr(approach, fname)) if original
                                    else _norm_of(approach, fname, norms).text)
            for fname, pat, original in self.prefilter
        ):
            return ()  # the prefilter is necessary for the signal to fire (see the class doc)
        assert self.detector is not None
        return tuple(self.detector(approach, norms))

    def detect_frame(self, batch: Batch) -> np.ndarray:
        result = np.zeros(batch.n, dtype=bool)
        present = np.ones(batch.n, dtype=bool)
        for fname in self.requires:
            present &= np.fromiter((bool(t) for t in batch.norm(fname)), bool, batch.n)
        if not present.any():  # (a required column empty or absent: no prefilter pass)
            return result
        candidates = np.zeros(batch.n, dtype=bool)
        for fname, pat, original in self.prefilter:
            candidates |= batch_match(batch, fname, pat, original)
        candidates &= present
        idx = np.flatnonzero(candidates)
        if idx.size == 0:
            return result
        if self.fast is not None:
            norms = {f: batch.norm(f) for f in self.reads}
            raws = {f: batch.raw(f) for f in self.reads}
            for i in idx:
                result[i] = self.fast({f: norms[f][i] for f in self.reads},
                                      {f: raws[f][i] for f in self.reads})
            return result
        texts = {f: batch.raw(f) for f in self.reads if f in batch._raw}
        for i in idx:
            row: dict[str, Any] = {f: texts[f][i] for f in texts}
            for f, arr in batch.numbers.items():
                v = arr[i]
                row[f] = None if np.isnan(v) else v
            result[i] = bool(self.detect(Approach.from_mapping(row)))
        return result
