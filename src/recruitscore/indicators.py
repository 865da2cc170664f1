"""Indicators: the contact points an approach gives (handles, numbers, addresses, links).

Used by :mod:`recruitscore.campaigns` to link approaches that share one, and exported to
threat-intelligence platforms as STIX indicators. Indicators are *found* in the matching form
of the text (:func:`recruitscore.normalize.normalize`: homoglyphs, zero-width characters and
accents undone, lower case) with the signals' own patterns for e-mail addresses (``(at)``,
``[dot]``, ``arobase``) and phone numbers, plus patterns for Telegram (``t.me/name``, also
written ``t . me / name``, and ``@name`` next to the word Telegram), WhatsApp
(``wa.me/<number>``), URLs and domains. The values of e-mail addresses, URLs and domains are
then *read* from the text as written (rule R32-G): a look-alike host is its own IDNA form,
never the domain it imitates (``th\u0430lesgroup.com`` with a Cyrillic ``а`` is
``xn--thlesgroup-0qi.com``), see :func:`field_indicators`.

Kinds and values:

=========== ==================================================================================
``email``   ``local@host``: the mailbox as written (case, accents, ``o'brien``), the host in
            IDNA form, lower case
``phone``   digits with ``+`` for an international number (``+447700900123``); a national
            number keeps its digits (``0639981234``). ``wa.me/<number>`` gives one too.
``telegram`` the handle without ``@`` (``aurora_hr``)
``handle``  an ``@name`` with no app named next to it (links with ``telegram`` of that name)
``url``     ``host[:port]/path`` without scheme, user information or ``www.``, the host in IDNA
            form and lower case, the path (or a query, a fragment: ``evil.io?@x.com/y``) as
            written; only links with a path, and on a common
            platform (LinkedIn, Zoom, ...) only a path that names something
``domain``  the registrable domain of a URL or e-mail address (IDNA form), except common
            platforms and consumer mail providers (``gmail.com`` is never a domain indicator, but
            a specific ``someone@gmail.com`` address is an ``email`` indicator)
=========== ==================================================================================

Two rows are linked by an equal value compared in NFKC and case-folded
(:mod:`recruitscore.campaigns`); indicators on an employer's own domain
(:data:`BRAND_DOMAINS`: those :data:`recruitscore.signals.detectors.BRANDS` lists, less the
social sites and job boards of :data:`HOSTING_DOMAINS`; and not on a host of user content
under an employer's domain, :data:`HOSTING_HOSTS`; :func:`brand_owned`) link nothing.

Examples
--------
>>> [(i.kind, i.value) for i in extract_indicators(
...     "Ping me on Telegram @aurora_hr or t . me / aurora_hr, mail anna.k(at)gmail(dot)com")]
[('email', 'anna.k@gmail.com'), ('telegram', 'aurora_hr')]
>>> for i in extract_indicators("WhatsApp me: wa.me/447700900123, "
...                             "or see https://careers.acme-defence.net/roles/77"):
...     print(i.kind, i.value)
phone +447700900123
url careers.acme-defence.net/roles/77
domain acme-defence.net
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any, NamedTuple

from .normalize import (  # (_step0, _fast_normalize: see field_indicators)
    IN_WORD_GAPS,
    JOINING_RANGES,
    NARROW_SPACES,
    NormText,
    _fast_normalize,
    _step0,
    fast_normalize,
    has_word_gaps,
    in_word_gaps,
    normalize,
)
from .padding import ranges_class
from .schema import Approach
from .signals import as_approach
from .signals.base import compile_re2
from .signals.catalog import _PHONE
from .signals.detectors import BRANDS
from .signals.lexicon import EMAIL, FREEMAIL_CORPORATE, FREEMAIL_DOMAINS, TLDS, term
from .stopwords import FUNCTION_WORDS

__all__ = ["BRAND_DOMAINS", "HOSTING_DOMAINS", "HOSTING_HOSTS", "INDICATOR_FIELDS",
           "JOB_BOARD_DOMAINS", "KINDS", "PLATFORM_DOMAINS", "Indicator", "brand_owned",
           "extract_indicators", "field_indicators", "idna_host", "indicator_form",
           "indicators_of_text"]

#: Indicator kinds, in the order they are reported.
KINDS: tuple[str, ...] = ("email", "phone", "telegram", "handle", "url", "domain")
#: Fields read for indicators (the target's headline is the target's, not the sender's).
INDICATOR_FIELDS: tuple[str, ...] = ("message", "sender_headline", "sender_company",
                                     "sender_company_url")

#: Registrable domains that many unrelated people use: never a ``domain`` indicator, and a
#: ``url`` indicator on them only with a path that names something (a profile, a meeting).
PLATFORM_DOMAINS: frozenset[str] = frozenset("""
linkedin.com lnkd.in zoom.us zoom.com microsoft.com live.com office.com office365.com outlook.com
sharepoint.com skype.com google.com goo.gl youtube.com youtu.be gstatic.com calendly.com
t.me telegram.me telegram.org wa.me whatsapp.com whatsapp.net signal.org signal.me
facebook.com fb.com messenger.com instagram.com twitter.com x.com github.com gitlab.com
indeed.com glassdoor.com monster.com welcometothejungle.com apec.fr dropbox.com wetransfer.com
apple.com icloud.com amazon.com webex.com gotomeeting.com bit.ly tinyurl.com
example.com example.org example.net
""".split())
_FREEMAIL = frozenset(FREEMAIL_DOMAINS)
#: (a provider's own corporate domain is no consumer provider's: orange.com; rule R33-I)
_FREEMAIL_CORPORATE = frozenset(FREEMAIL_CORPORATE)
# Paths that name nothing in particular on a platform.
_GENERIC_PATHS = frozenset({"", "/", "/jobs", "/careers", "/feed", "/home", "/login", "/signin",
                            "/messaging", "/in", "/company", "/download", "/join", "/meet"})


class Indicator(NamedTuple):
    """One indicator found in an approach.

    Attributes
    ----------
    kind : str
        One of :data:`KINDS`.
    value : str
        The canonical value (what links two approaches).
    field : str
        The field it was found in.
    start, end : int
        Span in the original text of that field.
    snippet : str
        The original text of the span.
    """

    kind: str
    value: str
    field: str = "message"
    start: int = 0
    end: int = 0
    snippet: str = ""


# RE2 (linear time) where a pattern allows it; Python's engine backtracks on these
_EMAIL_RE = compile_re2(EMAIL)
_AT_RE = re.compile(r" ?\((?:at)\) ?| ?\[(?:at)\] ?| ?\{(?:at)\} ?| arobase | at ", re.ASCII)
_DOT_RE = re.compile(r" ?\((?:dot)\) ?| ?\[(?:dot)\] ?| ?\{(?:dot)\} ?| dot | point ", re.ASCII)
_PHONE_RE = compile_re2("|".join(f"(?:{p})" for p in _PHONE[:4]))
_TME_RE = re.compile(r"\b(?:t|telegram) ?\. ?me ?/ ?\+?([a-z0-9_]{3,32})\b", re.ASCII)
_TG = term("telegram")
_TG_HANDLE_RE = re.compile(
    rf"{_TG}[^.!?\n@]{{0,40}}(?<![a-z0-9._%+\-])@([a-z][a-z0-9_]{{3,31}})\b(?!\.[a-z])"
    rf"|(?<![a-z0-9._%+\-])@([a-z][a-z0-9_]{{3,31}})\b(?!\.[a-z])[^.!?\n@]{{0,25}}{_TG}",
    re.ASCII,
)
# (not after "?", "#" or "\\": "https://evil-rh.fr#@boutique-innocente.fr/offre" is one URL;
# review41 H2)
_HANDLE_RE = re.compile(r"(?<![a-z0-9._%+\-?#\\])@([a-z][a-z0-9_]{3,31})\b(?![.@][a-z0-9])",
                        re.ASCII)
_WAME_RE = re.compile(r"\bwa ?\. ?me ?/ ?\+?([0-9]{6,15})\b"
                      r"|\bwhatsapp\.com/send/?\?phone=\+?([0-9]{6,15})\b", re.ASCII)
# scheme and the user information of a URL, which is never its host ("https://user:pw@host",
# "https://thalesgroup.com@evil.io": evil.io), the host, its top-level domain (also an IDNA
# one, "xn--p1ai"), a port, the path (red-team round 11, L3). The user information holds no
# "/", "?", "#" or "\\", which end the authority in a browser: the host of
# "https://evil-hr.xyz?@thalesgroup.com/careers" is evil-hr.xyz, and what follows it is its
# query (also a fragment, or a path begun with "\\", which a browser reads as "/"), part of
# the URL (review41 H2)
_URL_RE = compile_re2(
    r"\b(?:(https?)://(?:[^\s/?#\\@]{1,64}@)?|(www\.))?"
    r"((?:[a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?\.){1,6}(xn--[a-z0-9\-]{1,59}|[a-z]{2,24}))\b"
    r"(?::([0-9]{1,5})\b)?"
    r"([/?#\\][^ \"'<>()\[\]{}]{0,300})?"
)
_KNOWN_TLD = re.compile(rf"(?:{TLDS})", re.ASCII)
_TRAIL = ".,;:!?)]}'\"*"
_SLD = {"co", "com", "org", "net", "ac", "gov", "gouv", "edu", "ltd", "plc", "asso", "nhs", "mod"}


def _registrable(host: str) -> str:
    labels = host.split(".")
    if len(labels) >= 3 and labels[-2] in _SLD:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def _platform(domain: str) -> bool:
    # (a whole domain where anybody publishes is a platform too: "indeed.fr", "lnkd.in";
    # review41 H1; by its whole name only, "indeed.xyz" is none: review42 H1)
    return domain in PLATFORM_DOMAINS or domain in HOSTING_DOMAINS


def _domain_indicator(domain: str) -> bool:
    return not _platform(domain) and (domain.split(".")[0] not in _FREEMAIL
                                      or domain in _FREEMAIL_CORPORATE)


_TRUNK = re.compile(r"\( ?0 ?\)")


def _phone_value(raw: str) -> str:
    stripped = raw.lstrip(" (")
    if stripped.startswith(("+", "00")):
        # "+44 (0) 7700 900123": the trunk 0 is dialled only from inside the country
        raw = _TRUNK.sub("", raw, count=1)
    digits = re.sub(r"[^0-9]", "", raw)
    if stripped.startswith("+"):
        return "+" + digits
    if digits.startswith("00"):
        return "+" + digits[2:]
    return digits


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    if not spans:
        return text
    chars = list(text)
    for s, e in spans:
        chars[s:e] = " " * (e - s)
    return "".join(chars)


_DIGIT = re.compile(r"[0-9]")
# "+44 77OO 9OO123": the letter o inside a number that holds digits reads as zero, for phone
# numbers only (a word next to the number keeps its letters)
_O_NEAR_DIGIT = re.compile(r"[0-9]o|o[0-9]")
_O_NUMBER = re.compile(r"(?<![a-z0-9])(?=[0-9o]*[0-9])[0-9o]*o[0-9o]*(?![a-z0-9])")


def _o_as_zero(text: str) -> str:
    """``text`` with the letter ``o`` read as ``0`` in the runs of digits and ``o`` that hold a
    digit (same length, so spans stay)."""
    if _O_NEAR_DIGIT.search(text) is None:
        return text
    return _O_NUMBER.sub(lambda m: m.group(0).replace("o", "0"), text)


# "anna.k @ gmail . com", "anna.k(@)gmail(.)com" (the latter made "anna.k@gmail.com" by
# indicator_form): an at-sign with a space beside it, and dots written " . " (a sentence's end,
# ". ", is no dot here), before a known top-level domain; not after a function word ("me @
# home.com", "write to us @ acme.com" name no mailbox)
_SPACED_EMAIL_RE = re.compile(
    r"(?<![a-z0-9._%+\-@])([a-z0-9][a-z0-9._%+\-]{0,63})(?: @ ?|@ )"
    r"((?:[a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?(?:\.| \. )){1,6}"
    rf"(?:{TLDS}))\b(?!\.[a-z0-9])", re.ASCII)


def _may_have_email(text: str) -> bool:
    if "@" in text or "arobase" in text or "(at" in text or "[at" in text or "{at" in text:
        return True
    return " at " in text and ("dot" in text or "point" in text)


# -- disguises undone before the matching form (red-team round 10, F11; rule R29-C) ------------
# A hair space or a Hangul filler inside a handle ("t.me/aurora\u200a_hr") cut it ("aurora"): the
# normaliser reads such a character between two letters twice, joined and as a space, and not
# at all beside "_" or "."; an indicator is one token, so inside a token (between two of
# _TOKEN_CHARS, not between two digits, which phone numbers space) the narrow spaces, fillers
# and invisible characters that in_word_gaps calls no word gap are removed. Defanged and
# look-alike punctuation is read: "t\u3002me" and "evil-hr[.]xyz" (also "(.)", "{.}") have a
# dot, "anna.k(@)gmail" an at-sign, "hxxps://" is "https://"; a number in Arabic-Indic or
# Persian digits typed with its plus sign last ("\u0664\u0664 ... +", as right-to-left text
# shows it) has it first. Digits of other scripts are read by the normaliser (rule R27-J1).
_TOKEN_CHARS = r"\w.\-/"
_ARABIC_DIGITS = "\u0660-\u0669\u06f0-\u06f9"
_FORM_EDITS = (
    rf"|(?P<stop>(?<=[0-9A-Za-z])[\u3002\uff61](?=[0-9A-Za-z]))"
    r"|(?P<dot>(?<=[^\W_]) ?[\[({]\.[\])}] ?(?=[^\W_]))"
    r"|(?P<at>(?<=[^\W_]) ?[\[({]@[\])}] ?(?=[^\W_]))"
    r"|(?P<hxxp>\b[hH][xX]{2}[pP](?P<s>[sS]?)(?:\[:\]|:)//)"
    rf"|(?P<rtl>[{_ARABIC_DIGITS}](?:[{_ARABIC_DIGITS} .\-]{{0,24}}[{_ARABIC_DIGITS}])?\+)"
)
_INVISIBLE = ranges_class(JOINING_RANGES)
_INVISIBLE_RUN = re.compile(f"[{_INVISIBLE}]+")
_ASCII_HINT = re.compile(r"[\[({][.@][\])}]|[hH][xX]{2}[pP]")
_DIGIT_CHAR = re.compile(r"\d")
# (a pre-check: a class alone is fast)
_HINT = re.compile(f"[{IN_WORD_GAPS}{_INVISIBLE}\u3002\uff61{_ARABIC_DIGITS}]")


def _in_a_number(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` parts two digits of a number (not of a handle: "ab1|2")."""
    if not (_DIGIT_CHAR.match(text[start - 1]) and _DIGIT_CHAR.match(text[end])):
        return False
    i = start - 1
    while i > 0 and _DIGIT_CHAR.match(text[i - 1]):
        i -= 1
    return i == 0 or not (text[i - 1].isalpha() or text[i - 1] == "_")


# A host after "@" or "://" with its invisible characters (R31-L): "anna.k@gm\u200bail.com"
_HOST = re.compile(rf"(?:@|://)[\w.\-{_INVISIBLE}]+")


def _without_host_runs(text: str) -> tuple[str, list[int] | None]:
    """``text`` without the runs of invisible characters inside the host of an address or a
    URL, and the index of each character kept (``None`` when there is none).

    A run is inside a host when the host goes on to a dot after it, and it is in the first
    label (after an optional ``www.``) or beside a dot or a hyphen: "anna.k@gm\u200bail.com",
    "hr@acme\u200b.com", "hr@\u2060gmail.com", "https://gi\u200bthub.com/x". A run after
    the first label and between two letters ("@acme.com\u200bor\u200bcall.me") may be the
    gap of a text spaced with invisible characters, and stays.
    """
    cut: list[tuple[int, int]] = []
    for m in _HOST.finditer(text):
        host = m.group(0)
        lead = 1 if host[0] == "@" else 3
        if host.startswith("www.", lead):
            lead += 4
        # (the first and the last dot, found once: slicing the host at every run was
        # quadratic on one long host of many runs; review40 H4)
        first_dot, last_dot = host.find(".", lead), host.rfind(".")
        for run in _INVISIBLE_RUN.finditer(host, lead):
            a, b = run.span()
            if last_dot < b:
                break  # no dot after it
            if not lead <= first_dot < a or host[a - 1] in ".-" or host[b] in ".-":
                cut.append((m.start() + a, m.start() + b))
    if not cut:
        return text, None
    pieces: list[str] = []
    index: list[int] = []
    pos = 0
    for a, b in cut:
        pieces.append(text[pos:a])
        index.extend(range(pos, a))
        pos = b
    pieces.append(text[pos:])
    index.extend(range(pos, len(text)))
    return "".join(pieces), index


@lru_cache(maxsize=64)
def _form_re(gaps: str) -> re.Pattern[str]:
    return re.compile(rf"(?P<gap>(?<=[{_TOKEN_CHARS}])[{gaps}]+(?=[{_TOKEN_CHARS}]))"
                      + _FORM_EDITS)


def indicator_form(text: str) -> tuple[str, list[int] | None]:
    """``text`` with the disguises of indicators undone, and for each of its characters the
    index of the character of ``text`` it comes from (``None`` when nothing changed).

    Narrow spaces, blank-looking fillers and invisible characters inside a token are removed
    (not between two digits, nor the word gap of a text spaced with them: see
    :func:`recruitscore.normalize.in_word_gaps`; a text with no other gaps and several runs
    of invisible characters keeps them, which the normaliser reads both ways); ``。``,
    ``[.]``, ``(.)`` and ``{.}`` between two letters or digits read as a dot, ``(@)``, ``[@]``
    and ``{@}`` as an at-sign, ``hxxp`` and ``hxxps`` before ``://`` as ``http`` and
    ``https``; an Arabic-Indic number typed with its plus sign last has it first. Everything
    else is left as written.

    Parameters
    ----------
    text : str
        A field as written.

    Returns
    -------
    form : str
        The text to put in matching form for indicators.
    index : list of int or None
        ``index[i]`` is the position in ``text`` of ``form[i]``.

    Examples
    --------
    >>> indicator_form("t.me/aurora\u200a_hr or evil-hr[.]xyz")[0]
    't.me/aurora_hr or evil-hr.xyz'
    >>> indicator_form("hxxps://x[.]io, anna.k(@)gmail(.)com")[0]
    'https://x.io, anna.k@gmail.com'
    >>> indicator_form("Python (3.11), at the office.")
    ('Python (3.11), at the office.', None)
    >>> indicator_form("anna\u200b.k@gmail.com")[0]  # with or without spaces in the text
    'anna.k@gmail.com'
    >>> indicator_form("anna\u200b.k@gm\u200bail.com")[0]  # inside a host, whatever the text
    'anna.k@gmail.com'
    """
    if _ASCII_HINT.search(text) is None and (text.isascii() or _HINT.search(text) is None):
        return text, None
    if has_word_gaps(text):
        # the text has word gaps: an invisible character or a narrow space is none
        gaps = IN_WORD_GAPS + _INVISIBLE
    else:
        # a text spaced with narrow spaces has them as gaps, but one alone is no spacing
        # (a handle or an address field: "t.me/aurora\u200a_hr"); so with invisible
        # characters: one run of them is none, and goes as in a text with word gaps
        # ("t.me/aurora\u200b_hr", "anna.k@gm\u200bail.com"; review36), several are the
        # text's gaps ("ping\u200bme\u200bon\u200bt.me/aurora_hr") and stay for the
        # normaliser, which reads them both ways
        several = max(text.count(c) for c in NARROW_SPACES) > 1
        gaps = in_word_gaps(text) if several else IN_WORD_GAPS
        if several or len(_INVISIBLE_RUN.findall(text)) < 2:
            gaps += _INVISIBLE
        elif "@" in text or "://" in text:
            # but an address or a URL is one token: the runs inside its host go, whatever
            # the rest of the text ("anna\u200b.k@gm\u200bail.com" is not "ail.com"; R31-L)
            host_form, host_index = _without_host_runs(text)
            if host_index is not None:
                form, index = indicator_form(host_form)
                return form, (host_index if index is None else [host_index[i] for i in index])
    pattern = _form_re(gaps)
    pieces: list[str] = []
    index: list[int] = []
    pos = 0
    for m in pattern.finditer(text):
        start, end = m.span()
        kind = m.lastgroup if m.lastgroup != "s" else "hxxp"
        if kind == "gap":
            if _in_a_number(text, start, end):
                continue  # "+44\u200a7700": a number's spacing
            new, where = "", []
        elif kind == "stop":
            new, where = ".", [start]
        elif kind == "dot":
            new, where = ".", [text.index(".", start)]
        elif kind == "at":
            new, where = "@", [text.index("@", start)]
        elif kind == "hxxp":
            new = "https://" if m.group("s") else "http://"
            where = [min(start + i, end - 1) for i in range(len(new))]
        else:  # rtl
            new, where = "+" + text[start:end - 1], [end - 1, *range(start, end - 1)]
        pieces.append(text[pos:start])
        index.extend(range(pos, start))
        pieces.append(new)
        index.extend(where)
        pos = end
    if not index and pos == 0:
        return text, None
    pieces.append(text[pos:])
    index.extend(range(pos, len(text)))
    return "".join(pieces), index


def indicator_text(text: str) -> str:
    """The matching form in which indicators are sought (the column path: no spans).

    Examples
    --------
    >>> indicator_text("Ping me on T\u3002me/Aurora_HR")
    'ping me on t.me/aurora_hr'
    """
    return fast_normalize(indicator_form(text)[0], digits_as_letters=False)


def _raw_span(index: list[int], start: int, end: int) -> tuple[int, int]:
    where = index[start:end] or index[start - 1:start]
    return min(where), max(where) + 1


class _Hit(NamedTuple):
    """One match of :func:`_scan` in a matching form (spans index that text)."""

    kind: str
    value: str  # phone, telegram, handle: the value; email and url: computed from the spans
    start: int
    end: int
    host: tuple[int, int] = (0, 0)  # email: the host after the at-sign; url: the host
    path: tuple[int, int] = (0, 0)  # url: the path (empty span without one)
    port: str = ""  # url: the port, as written


# "https://user:pw@evil-hr.xyz/x": the user information of a URL, never a mailbox (L3); only
# after a scheme a browser reads as hierarchical (http, https, ftp, ws, wss; never
# "mailto://anna.k@gmail.com"), and before any "/", "?", "#" or "\\" (review41 H2, M8)
_USERINFO_BEFORE = re.compile(r"(?<![a-z0-9+.\-])(?:https?|ftp|wss?)://[^\s/?#\\@]{0,64}$")
# "o'brien@evil-hr.xyz": a local part with an apostrophe (the e-mail pattern stops at it)
_APOSTROPHE_LOCAL = re.compile(r"(?<![a-z0-9._%+\-'])[a-z0-9][a-z0-9._%+\-]{0,30}'$")
_AT_ANY = re.compile("@|" + _AT_RE.pattern, re.ASCII)
_IDNA_TLD_REST = re.compile(r"--[a-z0-9\-]{1,59}\b", re.ASCII)


def _email_start(text: str, start: int) -> int:
    """The start of an e-mail address found at ``start``, an apostrophe in its local part
    included (``o'brien@``)."""
    if start > 1 and text[start - 1] == "'":
        m = _APOSTROPHE_LOCAL.search(text, max(0, start - 32), start)
        if m is not None:
            return m.start()
    return start


def _scan(text: str) -> list[_Hit]:
    """The indicators of a text in matching form, in the order found, not deduplicated."""
    found: list[_Hit] = []
    taken: list[tuple[int, int]] = []

    def email(start: int, end: int) -> None:
        if _USERINFO_BEFORE.search(text, max(0, start - 80), start) is not None:
            return  # "https://user:pw@host/": a URL's user information
        start = _email_start(text, start)
        if text.endswith(".xn", 0, end):  # "hr@xn--e1afmkfd.xn--p1ai": an IDNA top-level domain
            more = _IDNA_TLD_REST.match(text, end)
            end = more.end() if more is not None else end
        at = _AT_ANY.search(text, start, end)
        if at is None:
            return
        found.append(_Hit("email", "", start, end, (at.end(), end)))
        taken.append((start, end))

    if _may_have_email(text):
        for m in _EMAIL_RE.finditer(text):
            email(m.start(), m.end())
        if " @" in text or "@ " in text:
            for m in _SPACED_EMAIL_RE.finditer(_blank(text, taken)):
                if m.group(1) not in FUNCTION_WORDS:
                    email(m.start(), m.end())
    if "me" in text or "whatsapp" in text:
        for m in _WAME_RE.finditer(text):
            found.append(_Hit("phone", "+" + (m.group(1) or m.group(2)), m.start(), m.end()))
            taken.append((m.start(), m.end()))
        for m in _TME_RE.finditer(text):
            found.append(_Hit("telegram", m.group(1), m.start(), m.end()))
            taken.append((m.start(), m.end()))
    if "@" in text:
        for m in _TG_HANDLE_RE.finditer(text):
            g = 1 if m.group(1) else 2
            found.append(_Hit("telegram", m.group(g), m.start(g) - 1, m.end(g)))
        tg = {f.value for f in found if f.kind == "telegram"}
        for m in _HANDLE_RE.finditer(text):
            if m.group(1) not in tg:
                found.append(_Hit("handle", m.group(1), m.start(), m.end()))
    rest = _blank(text, taken)
    if "." in rest:
        for m in _URL_RE.finditer(rest):
            scheme, www, _, tld, port, path = m.groups()
            known = _KNOWN_TLD.fullmatch(tld) is not None or tld.startswith("xn--")
            if not (scheme or www or known):
                continue  # "e.g", "node.js": a URL needs a scheme, www. or a known TLD
            path = (path or "").rstrip(_TRAIL)
            ps = m.start(6) if path else (m.end(5) if port else m.end(3))
            start, end = m.start(), ps + len(path)
            taken.append((start, end))
            found.append(_Hit("url", "", start, end, m.span(3), (ps, end), port or ""))
    rest = _blank(text, taken)
    if _DIGIT.search(rest):
        for m in _PHONE_RE.finditer(_o_as_zero(rest)):
            value = _phone_value(m.group(0))
            if 8 <= len(value.lstrip("+")) <= 15:
                found.append(_Hit("phone", value, m.start(), m.end()))
    return found


def idna_host(host: str) -> str:
    """A host as the network reads it: lower case, each label beyond ASCII in its IDNA
    (punycode) form, invisible characters dropped; never its look-alike reading.

    Examples
    --------
    >>> idna_host("th\u0430lesgroup.com"), idna_host("B\u00fccher-Jobs.de")
    ('xn--thlesgroup-0qi.com', 'xn--bcher-jobs-9db.de')
    >>> idna_host("\uff45\uff56\uff49\uff4c.com")  # full-width letters are the ASCII ones
    'evil.com'
    """
    host = host.lower()
    if host.isascii():
        return host
    host = unicodedata.normalize("NFC", _INVISIBLE_RUN.sub("", host))
    labels = []
    for label in host.split("."):
        if label.isascii():
            labels.append(label)
            continue
        try:
            labels.append(label.encode("idna").decode("ascii"))
        except UnicodeError:  # (a label nameprep refuses: its punycode as written)
            labels.append("xn--" + label.encode("punycode").decode("ascii"))
    return ".".join(labels)


def _collect(text: str, hits: list[_Hit], units: list[str] | None = None
             ) -> tuple[tuple[str, str, int, int], ...]:
    """Values of the hits of ``text``, each ``(kind, value)`` once, in the order of
    :data:`KINDS` then of appearance. With ``units`` (for each character of ``text`` the
    characters written for it, see :func:`_written_units`) e-mail addresses, URLs and domains
    are read as written, their hosts in IDNA form; without, in matching form."""

    def read(a: int, b: int, cut: bool = False) -> str:
        if cut:  # an e-mail address: "(dot)", " dot ", "point" read as dots, spaces dropped
            out: list[str] = []
            pos = a
            for d in _DOT_RE.finditer(text, a, b):
                out.append(read(pos, d.start()).replace(" ", "") if units is None
                           else "".join(u for t, u in zip(text[pos:d.start()],
                                                          units[pos:d.start()], strict=True)
                                        if t != " "))
                out.append(".")
                pos = d.end()
            out.append(read(pos, b).replace(" ", "") if units is None
                       else "".join(u for t, u in zip(text[pos:b], units[pos:b], strict=True)
                                    if t != " "))
            return "".join(out)
        return text[a:b] if units is None else "".join(units[a:b])

    found: list[tuple[str, str, int, int]] = []
    for h in hits:
        if h.kind == "email":
            at = _AT_ANY.search(text, h.start, h.host[0])
            assert at is not None
            local = read(h.start, at.start(), cut=True)
            host = read(h.host[0], h.host[1], cut=True)
            if units is None:
                host = host.lower()
            else:
                host = idna_host(host)
                local = unicodedata.normalize("NFC", local)
            if "@" in local or "@" in host or not local or not host:
                continue
            found.append(("email", f"{local}@{host}", h.start, h.end))
            domain = _registrable(host)
            if _domain_indicator(domain):
                found.append(("domain", domain, h.start, h.end))
        elif h.kind == "url":
            host = read(*h.host)
            host = host.lower() if units is None else idna_host(host)
            path = read(*h.path)
            if units is not None:
                path = unicodedata.normalize("NFC", path)
            domain = _registrable(host)
            platform = _platform(domain)
            bare = path.rstrip("/")
            if bare and not (platform and bare.lower() in _GENERIC_PATHS):
                where = host[4:] if host.startswith("www.") else host
                port = f":{h.port}" if h.port else ""
                found.append(("url", where + port + path, h.start, h.end))
            if _domain_indicator(domain):
                found.append(("domain", domain, h.start, h.end))
        else:
            found.append((h.kind, h.value, h.start, h.end))
    seen: set[tuple[str, str]] = set()
    out = []
    order = {k: i for i, k in enumerate(KINDS)}
    for kind, value, s, e in sorted(found, key=lambda f: (order[f[0]], f[2])):
        if (kind, value) not in seen:
            seen.add((kind, value))
            out.append((kind, value, s, e))
    return tuple(out)


@lru_cache(maxsize=32768)
def indicators_of_text(text: str) -> tuple[tuple[str, str, int, int], ...]:
    """Indicators in a text already in matching form, as ``(kind, value, start, end)``, with
    the values of that form (look-alike letters read as ASCII, accents dropped: for spans,
    such as the masking of :func:`recruitscore.campaigns.mask_message`; the values to report
    or link are :func:`field_indicators`').

    Spans index ``text``. Each ``(kind, value)`` appears once, at its first occurrence; kinds
    come in the order of :data:`KINDS`, values in order of appearance.

    Examples
    --------
    >>> indicators_of_text("call +44 7700 900123 or 07700 900123")
    (('phone', '+447700900123', 5, 20), ('phone', '07700900123', 24, 36))
    """
    return _collect(text, _scan(text))


@lru_cache(maxsize=4096)
def _reading(char: str) -> str:
    return fast_normalize(char, digits_as_letters=False)


def _written_units(form: str, nt: NormText, spans: list[tuple[int, int]]) -> list[str]:
    """For each character of ``nt.text`` inside ``spans``, the characters of ``form`` written
    for it (``""`` for the second character of a letter read as two, ``"æ"`` -> ``"ae"``); the
    character of the matching form where it reads something else than the character it maps
    to (a decoded reference, the ". " between two readings)."""
    text, index = nt.text, nt.index
    units = list(text)
    for s, e in spans:
        i = s
        while i < e:
            j = index[i]
            k = i + 1
            while k < len(text) and index[k] == j:
                k += 1
            orig, group = form[j], text[i:k]
            reading = _reading(orig)
            if reading and len(reading) == len(group) and (
                    reading == group or (reading.isalpha() and group.isalpha())):
                m = j + 1
                while m < len(form) and unicodedata.combining(form[m]):
                    m += 1  # (a combining accent after it, which the matching form drops)
                units[i] = form[j:m]
                for x in range(i + 1, k):
                    units[x] = ""
            i = k
    return units


def _occurrences(text: str, piece: str) -> list[int]:
    """Where ``piece`` occurs in ``text``, each occurrence after the end of the one before (as
    :meth:`str.count` counts them)."""
    out = []
    at = text.find(piece)
    while at >= 0:
        out.append(at)
        at = text.find(piece, at + len(piece))
    return out


# (the verbatim reading searches ``text`` once for each different span: with more of them than
# this budget allows in a long text, the caller maps with the normaliser's index, linear)
_VERBATIM_BUDGET = 1 << 25


def _verbatim_units(form: str, text: str, spans: list[tuple[int, int]]) -> list[str] | None:
    """:func:`_written_units` without an index map, for a field whose step 0 changed nothing
    (the matching form is then each character's reading, spaces collapsed): each span of
    ``text`` taken from its occurrence in ``form`` written in lower case, when every occurrence
    of it in ``text`` is one in ``form`` (same count, same order; a look-alike or an accent in
    it, or another occurrence read from other letters, makes the counts differ). ``None``
    when one is not (the caller then maps with :func:`recruitscore.normalize.normalize`).

    Each different span is sought once in each text, and its occurrences paired in order
    (review41 M3: seeking them again for each span was quadratic on a repeated link)."""
    lower = form.lower()
    if len(lower) != len(form):
        return None
    pieces = {text[s:e] for s, e in spans}
    if len(pieces) * (len(text) + len(lower)) > _VERBATIM_BUDGET:
        return None
    where: dict[str, dict[int, int]] = {}
    for piece in pieces:
        if " " in piece:
            return None
        ours, theirs = _occurrences(text, piece), _occurrences(lower, piece)
        if len(ours) != len(theirs):
            return None
        where[piece] = dict(zip(ours, theirs, strict=True))
    units = list(text)
    for s, e in spans:
        piece = text[s:e]
        at = where[piece].get(s)
        if at is None:  # (inside another occurrence of itself: not one counted)
            return None
        units[s:e] = form[at:at + len(piece)]
    return units or None


@lru_cache(maxsize=32768)
def field_indicators(raw: str, spans: bool = False) -> tuple[tuple[str, str, int, int], ...]:
    """The indicators of one field as written, as ``(kind, value, start, end)``.

    Found in the matching form (disguises undone: :func:`indicator_form`, then
    :func:`recruitscore.normalize.normalize` without reading digits as letters); the values of
    e-mail addresses, URLs and domains are then read from the text as written (rule R32-G): a
    host in its IDNA form (``th\u0430lesgroup.com``, with a Cyrillic ``а``, is
    ``xn--thlesgroup-0qi.com``, never ``thalesgroup.com``), accents, the case of a mailbox and
    of a path, and a port kept, a URL's user information left out.

    Parameters
    ----------
    raw : str
        A field as written.
    spans : bool
        Whether to give spans in ``raw`` (else ``start`` and ``end`` are 0).

    Returns
    -------
    tuple of (str, str, int, int)
        Each ``(kind, value)`` once, kinds in the order of :data:`KINDS`.

    Examples
    --------
    >>> field_indicators("mail hr@th\u0430lesgroup.com")
    (('email', 'hr@xn--thlesgroup-0qi.com', 0, 0), ('domain', 'xn--thlesgroup-0qi.com', 0, 0))
    >>> field_indicators("see https://bit.ly/3xYzAb")
    (('url', 'bit.ly/3xYzAb', 0, 0),)
    """
    form, index = indicator_form(raw)
    step0 = _step0(form)
    # (= fast_normalize(form, digits_as_letters=False), step 0 kept to see whether it changed
    # anything)
    text = _fast_normalize(step0, False, None, step0=False)
    hits = _scan(text)
    if not hits:
        return ()
    nt: NormText | None = None
    written = [(h.start, h.end) for h in hits if h.kind in ("email", "url")]
    units = None
    if written and not spans and step0 == form:
        units = _verbatim_units(form, text, written)
    if (written and units is None) or spans:
        nt = normalize(form, digits_as_letters=False)
        if nt.text != text:  # (the two forms are the same; if ever not, the indexed one)
            text, hits = nt.text, _scan(nt.text)
            written = [(h.start, h.end) for h in hits if h.kind in ("email", "url")]
        units = _written_units(form, nt, written) if written else None
    found = _collect(text, hits, units)
    if not spans:
        return tuple((k, v, 0, 0) for k, v, _, _ in found)
    assert nt is not None
    out = []
    for kind, value, s, e in found:
        start, end = nt.span(s, e)
        if index is not None:
            start, end = _raw_span(index, start, end)
        out.append((kind, value, start, end))
    return tuple(out)


#: The job boards' domains, where anybody posts an offer (review42 H1, rule R32-K): those
#: :data:`recruitscore.signals.detectors.BRANDS` lists for Indeed, Glassdoor, Welcome to the
#: Jungle, France Travail, HelloWork and Apec, and their real country domains, written out. A
#: domain is one of them by its whole name, never by its first label: ``indeed.xyz``,
#: ``glassdoor.work``, ``hellowork.top``, ``apec.live`` are anybody's, and indicators.
JOB_BOARD_DOMAINS: frozenset[str] = frozenset("""
indeed.com indeed.co.uk indeed.fr indeed.de indeed.ca indeed.com.au indeed.ie indeed.be
indeed.ch indeed.lu indeed.nl indeed.es indeed.it indeed.at indeed.jobs
indeedflex.com indeedflex.co.uk
glassdoor.com glassdoor.co.uk glassdoor.fr glassdoor.de glassdoor.ca glassdoor.com.au
glassdoor.ie glassdoor.be glassdoor.ch glassdoor.nl glassdoor.es glassdoor.it glassdoor.at
welcometothejungle.com wttj.co
francetravail.fr francetravail.org pole-emploi.fr pole-emploi.org
hellowork.com apec.fr
""".split())

#: Whole domains where anybody publishes (review41 H1, review42 H2; rules R32-J, R32-K): the
#: social sites (LinkedIn's and Facebook's profiles, posts and pages, ``lnkd.in`` shortlinks,
#: ``licdn.com`` media) and :data:`JOB_BOARD_DOMAINS`. A host under one of them is never
#: brand-owned, and they are platforms (no ``domain`` indicator; a URL only with a path that
#: names something). Employers' domains (``google.com``, ``microsoft.com``, ``apple.com``,
#: ``amazon.com``, ``meta.com``, ``deepmind.google``) are not: their careers pages and their
#: staff's addresses are the employer's own; only :data:`HOSTING_HOSTS` under them are not.
HOSTING_DOMAINS: frozenset[str] = frozenset("""
linkedin.com lnkd.in licdn.com facebook.com fb.com
""".split()) | JOB_BOARD_DOMAINS

#: The hosts of user content under employers' own domains (review42 H2, rule R32-K): a shared
#: Drive file, Google Doc or Form, Google Site or Group, Colab notebook, or a post on a vendor's
#: forum is anybody's. A host under one of these (or one of them) is never brand-owned, so such
#: a link joins rows and is exported like any other indicator; every other host of the
#: employer's domain (``careers.google.com``, ``jobs.apple.com``, ``jane@google.com``) is the
#: employer's own.
HOSTING_HOSTS: frozenset[str] = frozenset("""
drive.google.com docs.google.com sites.google.com groups.google.com colab.research.google.com
answers.microsoft.com techcommunity.microsoft.com discussions.apple.com community.intel.com
forums.developer.nvidia.com community.openai.com
""".split())


def _hosting(domain: str) -> bool:
    """Whether ``domain`` (a registrable domain or a host) is, or is under, one of
    :data:`HOSTING_DOMAINS` or :data:`HOSTING_HOSTS` (by its whole name: ``indeed.fr`` and
    ``fr.indeed.com`` are, ``indeed.xyz`` and ``careers.google.com`` are not)."""
    labels = domain.split(".")
    for i in range(len(labels) - 1):
        tail = ".".join(labels[i:])
        if tail in HOSTING_DOMAINS or tail in HOSTING_HOSTS:
            return True
    return False


#: The domains :data:`recruitscore.signals.detectors.BRANDS` lists as a brand's own, less
#: :data:`HOSTING_DOMAINS` (the social sites and job boards): employers' own sites
#: (``thalesgroup.com``, ``baesystems.com``, ``google.com``, ``deepmind.google``,
#: ``microsoft.com``, ``apple.com``, ``amazon.com``, ``meta.com``, ``amazon.jobs``), where only
#: the employer publishes, except on :data:`HOSTING_HOSTS`. An indicator on one of them never
#: links strangers into a campaign, nor is it exported as a STIX indicator (rule R32-G; a lure
#: that names the genuine careers site links no genuine recruiter to it).
BRAND_DOMAINS: frozenset[str] = frozenset(d for own in BRANDS.values() for d in own
                                          if d not in HOSTING_DOMAINS)


def brand_owned(kind: str, value: str) -> bool:
    """Whether an ``email``, ``url`` or ``domain`` indicator is on a domain of
    :data:`BRAND_DOMAINS` (or a host under one), an employer's own site; never on a host of
    :data:`HOSTING_HOSTS` (user content under an employer's domain) nor under
    :data:`HOSTING_DOMAINS`, where anybody publishes.

    Examples
    --------
    >>> brand_owned("url", "www.thalesgroup.com/en/careers"), brand_owned("email", "a@thales.com")
    (True, True)
    >>> brand_owned("domain", "xn--thlesgroup-0qi.com")  # a look-alike is nobody's own
    False
    >>> brand_owned("domain", "thalesgroup.com.evil.io")
    False
    >>> brand_owned("url", "drive.google.com/file/d/1XyZ/view")  # anybody publishes there
    False
    >>> brand_owned("url", "careers.google.com/jobs/1"), brand_owned("email", "jane@google.com")
    (True, True)
    """
    if kind == "email":
        host = value.rpartition("@")[2]
    elif kind == "url":
        host = value.split("/", 1)[0].split(":", 1)[0]
    elif kind == "domain":
        host = value
    else:
        return False
    host = host.lower()
    if _hosting(host):
        return False
    labels = host.split(".")
    return any(".".join(labels[i:]) in BRAND_DOMAINS for i in range(len(labels) - 1))


def extract_indicators(text_or_approach: Any = None, **fields: Any) -> list[Indicator]:
    """The indicators of an approach: e-mail addresses, phone numbers, Telegram handles, URLs
    and domains, each with its span in the original text.

    Parameters
    ----------
    text_or_approach : str, mapping or Approach
        The message, or all fields (as for :func:`recruitscore.score`).
    **fields
        Schema fields such as ``sender_company_url``.

    Returns
    -------
    list of Indicator
        Unique by ``(kind, value)``, first occurrence kept; fields in the order of
        :data:`INDICATOR_FIELDS`.

    Raises
    ------
    InputError
        If the input is not usable as an approach.

    Examples
    --------
    >>> found = extract_indicators("Add me: j\\u200bane.doe [at] proton [dot] me")
    >>> found[0].kind, found[0].value, found[0].snippet
    ('email', 'jane.doe@proton.me', 'j\\u200bane.doe [at] proton [dot] me')
    >>> extract_indicators("Hello, nice profile!")
    []
    """
    approach: Approach = as_approach(text_or_approach, **fields)
    out: list[Indicator] = []
    seen: set[tuple[str, str]] = set()
    for name in INDICATOR_FIELDS:
        raw = getattr(approach, name)
        if not raw:
            continue
        for kind, value, start, end in field_indicators(raw, spans=True):
            if (kind, value) in seen:
                continue
            seen.add((kind, value))
            out.append(Indicator(kind, value, name, start, end, raw[start:end]))
    return out


def indicator_values(texts: dict[str, str]) -> list[tuple[str, str]]:
    """``(kind, value)`` pairs of one row from raw field texts (the column path: no spans).

    Examples
    --------
    >>> indicator_values({"message": "t.me/aurora_hr", "sender_company_url": "acme-x.io"})
    [('telegram', 'aurora_hr'), ('domain', 'acme-x.io')]
    """
    out: list[tuple[str, str]] = []
    for name in INDICATOR_FIELDS:
        raw = texts.get(name)
        if not raw:
            continue
        for kind, value, _, _ in field_indicators(raw):
            if (kind, value) not in out:
                out.append((kind, value))
    return out
