"""Indicators: the contact points an approach gives (handles, numbers, addresses, links).

Used by :mod:`recruitscore.campaigns` to link approaches that share one, and exported to
threat-intelligence platforms as STIX indicators. Extraction runs on the matching form of the
text (:func:`recruitscore.normalize.normalize`: homoglyphs, zero-width characters and accents
undone, lower case) with the signals' own patterns for e-mail addresses (``(at)``, ``[dot]``,
``arobase``) and phone numbers, plus patterns for Telegram (``t.me/name``, also written
``t . me / name``, and ``@name`` next to the word Telegram), WhatsApp (``wa.me/<number>``),
URLs and domains.

Kinds and canonical values (what two rows must share to be linked):

=========== ==================================================================================
``email``   ``local@domain``, lower case
``phone``   digits with ``+`` for an international number (``+447700900123``); a national
            number keeps its digits (``0639981234``). ``wa.me/<number>`` gives one too.
``telegram`` the handle without ``@`` (``aurora_hr``)
``handle``  an ``@name`` with no app named next to it (links with ``telegram`` of that name)
``url``     ``host/path`` without scheme or ``www.``, lower case; only links with a path, and on
            a common platform (LinkedIn, Zoom, ...) only a path that names something
``domain``  the registrable domain of a URL or e-mail address, except common platforms and
            consumer mail providers (``gmail.com`` is never a domain indicator, but a specific
            ``someone@gmail.com`` address is an ``email`` indicator)
=========== ==================================================================================

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
from functools import lru_cache
from typing import Any, NamedTuple

from .normalize import NormText, fast_normalize, normalize
from .schema import Approach
from .signals import as_approach
from .signals.base import compile_re2
from .signals.catalog import _PHONE
from .signals.lexicon import EMAIL, FREEMAIL_DOMAINS, TLDS, term

__all__ = ["INDICATOR_FIELDS", "KINDS", "PLATFORM_DOMAINS", "Indicator", "extract_indicators",
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
_HANDLE_RE = re.compile(r"(?<![a-z0-9._%+\-])@([a-z][a-z0-9_]{3,31})\b(?![.@][a-z0-9])",
                        re.ASCII)
_WAME_RE = re.compile(r"\bwa ?\. ?me ?/ ?\+?([0-9]{6,15})\b"
                      r"|\bwhatsapp\.com/send/?\?phone=\+?([0-9]{6,15})\b", re.ASCII)
_URL_RE = compile_re2(
    r"\b(?:(https?)://|(www\.))?"
    r"((?:[a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?\.){1,6}([a-z]{2,24}))\b"
    r"(/[^ \"'<>()\[\]{}]{0,300})?"
)
_KNOWN_TLD = re.compile(rf"(?:{TLDS})", re.ASCII)
_TRAIL = ".,;:!?)]}'\"*"
_SLD = {"co", "com", "org", "net", "ac", "gov", "gouv", "edu", "ltd", "plc", "asso", "nhs", "mod"}


def _registrable(host: str) -> str:
    labels = host.split(".")
    if len(labels) >= 3 and labels[-2] in _SLD:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def _domain_indicator(domain: str) -> bool:
    return domain not in PLATFORM_DOMAINS and domain.split(".")[0] not in _FREEMAIL


def _phone_value(raw: str) -> str:
    digits = re.sub(r"[^0-9]", "", raw)
    stripped = raw.lstrip(" (")
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


def _may_have_email(text: str) -> bool:
    if "@" in text or "arobase" in text or "(at" in text or "[at" in text or "{at" in text:
        return True
    return " at " in text and ("dot" in text or "point" in text)


@lru_cache(maxsize=32768)
def indicators_of_text(text: str) -> tuple[tuple[str, str, int, int], ...]:
    """Indicators in a text already in matching form, as ``(kind, value, start, end)``.

    Spans index ``text``. Each ``(kind, value)`` appears once, at its first occurrence; kinds
    come in the order of :data:`KINDS`, values in order of appearance.

    Examples
    --------
    >>> indicators_of_text("call +44 7700 900123 or 07700 900123")
    (('phone', '+447700900123', 5, 20), ('phone', '07700900123', 24, 36))
    """
    found: list[tuple[str, str, int, int]] = []
    taken: list[tuple[int, int]] = []
    if _may_have_email(text):
        for m in _EMAIL_RE.finditer(text):
            value = _DOT_RE.sub(".", _AT_RE.sub("@", m.group(0), count=1)).replace(" ", "")
            if value.count("@") != 1:
                continue
            found.append(("email", value, m.start(), m.end()))
            taken.append((m.start(), m.end()))
            domain = _registrable(value.split("@", 1)[1])
            if _domain_indicator(domain):
                found.append(("domain", domain, m.start(), m.end()))
    if "me" in text or "whatsapp" in text:
        for m in _WAME_RE.finditer(text):
            found.append(("phone", "+" + (m.group(1) or m.group(2)), m.start(), m.end()))
            taken.append((m.start(), m.end()))
        for m in _TME_RE.finditer(text):
            found.append(("telegram", m.group(1), m.start(), m.end()))
            taken.append((m.start(), m.end()))
    if "@" in text:
        for m in _TG_HANDLE_RE.finditer(text):
            g = 1 if m.group(1) else 2
            found.append(("telegram", m.group(g), m.start(g) - 1, m.end(g)))
        tg = {f[1] for f in found if f[0] == "telegram"}
        for m in _HANDLE_RE.finditer(text):
            if m.group(1) not in tg:
                found.append(("handle", m.group(1), m.start(), m.end()))
    rest = _blank(text, taken)
    if "." in rest:
        for m in _URL_RE.finditer(rest):
            scheme, www, host, tld, path = m.groups()
            if not (scheme or www or path) and not _KNOWN_TLD.fullmatch(tld):
                continue  # "e.g", "node.js": a URL needs a scheme, www., a path or a known TLD
            if not (scheme or www or _KNOWN_TLD.fullmatch(tld)):
                continue
            path = (path or "").rstrip(_TRAIL)
            domain = _registrable(host)
            platform = domain in PLATFORM_DOMAINS
            start, end = m.start(), m.start(5) + len(path) if path else m.end(3)
            taken.append((start, end))
            if path.rstrip("/") and not (platform and path.rstrip("/") in _GENERIC_PATHS):
                found.append(("url", (host[4:] if host.startswith("www.") else host) + path,
                              start, end))
            if _domain_indicator(domain):
                found.append(("domain", domain, start, end))
    rest = _blank(text, taken)
    if _DIGIT.search(rest):
        for m in _PHONE_RE.finditer(rest):
            value = _phone_value(m.group(0))
            if 8 <= len(value.lstrip("+")) <= 15:
                found.append(("phone", value, m.start(), m.end()))
    seen: set[tuple[str, str]] = set()
    out = []
    order = {k: i for i, k in enumerate(KINDS)}
    for kind, value, s, e in sorted(found, key=lambda f: (order[f[0]], f[2])):
        if (kind, value) not in seen:
            seen.add((kind, value))
            out.append((kind, value, s, e))
    return tuple(out)


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
        nt: NormText = normalize(raw, digits_as_letters=False)  # identifiers: digits are digits
        for kind, value, s, e in indicators_of_text(nt.text):
            if (kind, value) in seen:
                continue
            seen.add((kind, value))
            start, end = nt.span(s, e)
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
        for kind, value, _, _ in indicators_of_text(fast_normalize(raw, digits_as_letters=False)):
            if (kind, value) not in out:
                out.append((kind, value))
    return out
