"""Python detectors for signals whose logic spans fields (domains, brands, obfuscation)."""

from __future__ import annotations

import re

from ..normalize import NormText
from ..schema import Approach
from .base import Evidence, compile_re2, find_spans
from .lexicon import EMAIL, obfuscated_term, term

__all__ = [
    "BRANDS",
    "brand_domain_mismatch",
    "corporate_contact",
    "email_domains",
    "obfuscated_text",
    "registrable_domain",
]

_EMAIL_RE = compile_re2(EMAIL)
_DOT_WORDS = re.compile(r" ?\((?:dot)\) ?| ?\[(?:dot)\] ?| ?\{(?:dot)\} ?| dot | point ", re.ASCII)
_URL_RE = re.compile(
    r"\b(?:https?://)?(?:www\.)?"
    r"((?:[a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?\.){1,6}[a-z]{2,})(?:/[^ ]{0,200})?",
    re.ASCII,
)
# Second-level labels under which a registrable domain has three labels (example.co.uk).
_SLD = {"co", "com", "org", "net", "ac", "gov", "gouv", "edu", "ltd", "plc", "asso", "nhs", "mod"}


def registrable_domain(text: str) -> str:
    """The registrable domain of a URL or host (``https://jobs.acme.co.uk/x`` -> ``acme.co.uk``).

    Examples
    --------
    >>> registrable_domain("https://careers.northwind-robotics.com/jobs?id=4")
    'northwind-robotics.com'
    >>> registrable_domain("www.acme.co.uk"), registrable_domain("not a url")
    ('acme.co.uk', '')
    """
    text = text.strip().lower()
    m = _URL_RE.search(text)
    if not m:
        return ""
    labels = m.group(1).split(".")
    if len(labels) >= 3 and labels[-2] in _SLD:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def email_domains(nt: NormText) -> list[tuple[str, int, int]]:
    """E-mail domains in a normalised text, with the span of each address in the original."""
    out = []
    for m in _EMAIL_RE.finditer(nt.text):
        domain = _DOT_WORDS.sub(".", m.group(1) or m.group(2)).replace(" ", "")
        start, end = nt.span(m.start(), m.end())
        out.append((domain, start, end))
    return out


def _same_org(domain: str, company_domain: str) -> bool:
    if not domain or not company_domain:
        return False
    return domain == company_domain or domain.endswith("." + company_domain)


def corporate_contact_fast(norms: dict[str, str], raws: dict[str, str]) -> bool:
    """Boolean twin of :func:`corporate_contact` on matching forms."""
    company = registrable_domain(norms["sender_company_url"])
    if not company or company.split(".", 1)[0] not in norms["message"]:
        return False  # an address on the domain spells its first label out in the message
    for m in _EMAIL_RE.finditer(norms["message"]):
        domain = _DOT_WORDS.sub(".", m.group(1) or m.group(2)).replace(" ", "")
        if _same_org(domain, company):
            return True
    return False


def corporate_contact(approach: Approach, norms: dict[str, NormText]) -> list[Evidence]:
    """Fires on an e-mail address in the message on the sender's own company domain."""
    company = registrable_domain(approach.sender_company_url)
    if not company:
        return []
    return [
        Evidence("message", s, e, approach.message[s:e])
        for domain, s, e in email_domains(norms["message"])
        if _same_org(domain, company)
    ]


#: Well-known employers that fake recruiters impersonate, with their official domains.
BRANDS: dict[str, tuple[str, ...]] = {
    "lockheed martin": ("lockheedmartin.com", "lmco.com"),
    "bae systems": ("baesystems.com",),
    "thales": ("thalesgroup.com", "thales.com"),
    "airbus": ("airbus.com",),
    "boeing": ("boeing.com",),
    "raytheon": ("rtx.com", "raytheon.com"),
    "northrop grumman": ("northropgrumman.com", "ngc.com"),
    "general dynamics": ("gd.com", "gdit.com", "gdms.com"),
    "collins aerospace": ("collinsaerospace.com", "rtx.com"),
    "leonardo": ("leonardo.com", "leonardo.co.uk"),
    "safran": ("safran-group.com", "safran.com"),
    "dassault": ("dassault-aviation.com", "3ds.com"),
    "mbda": ("mbda-systems.com", "mbda.co.uk"),
    "rolls-royce": ("rolls-royce.com",),
    "naval group": ("naval-group.com",),
    "google": ("google.com", "deepmind.com", "deepmind.google"),
    "deepmind": ("deepmind.com", "deepmind.google", "google.com"),
    "microsoft": ("microsoft.com",),
    "openai": ("openai.com",),
    "anthropic": ("anthropic.com",),
    "nvidia": ("nvidia.com",),
    "intel": ("intel.com",),
    "ibm": ("ibm.com",),
    "asml": ("asml.com",),
    "tsmc": ("tsmc.com",),
    "arm": ("arm.com",),
    "qualcomm": ("qualcomm.com",),
    "meta": ("meta.com", "fb.com", "facebook.com"),
    "amazon": ("amazon.com", "amazon.jobs", "aws.amazon.com"),
    "apple": ("apple.com",),
    "siemens": ("siemens.com",),
    "palantir": ("palantir.com",),
    "mckinsey": ("mckinsey.com",),
    "deloitte": ("deloitte.com", "deloitte.co.uk", "deloitte.fr"),
    "accenture": ("accenture.com",),
    "capgemini": ("capgemini.com",),
}
_BRAND_TOKEN = {b: re.sub(r"[^a-z0-9]", "", b) for b in BRANDS}
_BRAND_RE = compile_re2(
    r"\b(" + "|".join(re.escape(b).replace(r"\ ", "[ -]?") for b in BRANDS) + r")\b"
)
_TOKENS_RE = "|".join(
    "-?".join(re.escape(c) for c in tok) for tok in sorted(set(_BRAND_TOKEN.values()))
)
#: RE2 prefilters for :func:`brand_domain_mismatch`: a domain containing a brand's name.
BRAND_PREFILTER_URL = f"(?:{_TOKENS_RE})"
BRAND_PREFILTER_MESSAGE = f"(?:{_TOKENS_RE})[a-z0-9\\-.]{{0,60}}\\.[a-z]{{2,}}"


_BY_TOKEN = {token: brand for brand, token in _BRAND_TOKEN.items()}


def _brand_of(name: str) -> str:
    return _BY_TOKEN[re.sub(r"[^a-z0-9]", "", name)]


def brand_domain_mismatch(approach: Approach, norms: dict[str, NormText]) -> list[Evidence]:
    """A well-known brand named next to a look-alike domain (URL or e-mail) that is not its own."""
    brands: dict[str, Evidence] = {}
    for fname in ("sender_company", "sender_headline", "message"):
        nt = norms[fname]
        for m in _BRAND_RE.finditer(nt.text):
            s, e = nt.span(m.start(), m.end())
            brands.setdefault(_brand_of(m.group(1)), Evidence(fname, s, e, nt.original[s:e]))
    if not brands:
        return []
    domains: list[tuple[str, Evidence]] = []
    url = norms["sender_company_url"]
    d = registrable_domain(url.text)
    if d:
        domains.append((d, Evidence("sender_company_url", 0, len(url.original), url.original)))
    msg = norms["message"]
    for m in _URL_RE.finditer(msg.text):
        s, e = msg.span(m.start(), m.end())
        ev = Evidence("message", s, e, msg.original[s:e])
        domains.append((registrable_domain(m.group(0)), ev))
    for dom, s, e in email_domains(msg):
        domains.append((registrable_domain(dom), Evidence("message", s, e, msg.original[s:e])))
    out: list[Evidence] = []
    for brand, ev in brands.items():
        token = _BRAND_TOKEN[brand]
        official = BRANDS[brand]
        for dom, dev in domains:
            if not dom or any(_same_org(dom, o) or _same_org(o, dom) for o in official):
                continue
            if token in dom.replace("-", "").replace(".", ""):
                out.extend([ev, dev])
    return list(dict.fromkeys(out))


_INV = "\u200b-\u200f\u2060-\u2064\ufeff\u00ad\u180e"
_INV_CHARS = frozenset(
    "".join(chr(c) for c in (*range(0x200B, 0x2010), *range(0x2060, 0x2065), 0xFEFF, 0xAD, 0x180E))
)
_INVISIBLE_IN_WORD = re.compile(f"[^\\s{_INV}][{_INV}]{{1,8}}[^\\s{_INV}]")
_MIXED_SCRIPT = re.compile(
    "[A-Za-z][\u0400-\u04ff\u0370-\u03ff]|[\u0400-\u04ff\u0370-\u03ff][A-Za-z]"
)
#: Words worth disguising, by writers who want to slip past a keyword filter.
KEY_TERMS: tuple[str, ...] = (
    "whatsapp", "telegram", "signal", "wechat", "skype", "viber", "threema", "gmail", "proton",
    "protonmail", "outlook", "hotmail", "yahoo", "password", "confidential", "secret", "crypto",
    "bitcoin", "clearance", "habilitation", "cash", "discreet", "discret", "linkedin",
)
_KEY_RE = compile_re2("|".join(f"(?:{term(t)})" for t in KEY_TERMS))
_KEY_OBFUSCATED = "|".join(f"(?:{obfuscated_term(t)})" for t in KEY_TERMS)
_SPACED_RUN = re.compile(r"\b(?:[a-z][ .\-_*/]){4,}[a-z]\b", re.ASCII)
_SPELLED_AT = re.compile(
    r"\((?:at|dot)\)|\[(?:at|dot)\]|\{(?:at|dot)\}| arobase | dot (?:com|net|org|io|me)\b", re.ASCII
)
#: RE2 prefilters (original text, matching form) for :func:`obfuscated_text`.
OBFUSCATION_PREFILTER_ORIGINAL = _INVISIBLE_IN_WORD.pattern + "|" + _MIXED_SCRIPT.pattern
OBFUSCATION_PREFILTER_NORM = "|".join([_KEY_OBFUSCATED, _SPACED_RUN.pattern, _SPELLED_AT.pattern])
_PLAIN = re.compile(r"[a-z]+", re.ASCII)


def obfuscated_text_fast(norms: dict[str, str], raws: dict[str, str]) -> bool:
    """Boolean twin of :func:`obfuscated_text`."""
    text = raws["message"]
    if _INVISIBLE_IN_WORD.search(text) or _MIXED_SCRIPT.search(text):
        return True
    norm = norms["message"]
    if any(not _PLAIN.fullmatch(m.group(0)) for m in _KEY_RE.finditer(norm)):
        return True
    return bool(_SPACED_RUN.search(norm) or _SPELLED_AT.search(norm))


def obfuscated_text(approach: Approach, norms: dict[str, NormText]) -> list[Evidence]:
    """Writing that disguises words: invisible characters or other scripts inside a word,
    spaced or dotted letters, symbol swaps in key words, ``(at)``/``(dot)`` addresses."""
    text = approach.message
    out: list[Evidence] = []
    for rx in (_INVISIBLE_IN_WORD, _MIXED_SCRIPT):
        for k, m in enumerate(rx.finditer(text)):
            if k >= 5:
                break
            # widen to the whole word (at most 40 characters each way) for a readable snippet
            s, e = m.start(), m.end()
            lo, hi = max(0, s - 40), min(len(text), e + 40)
            while s > lo and (text[s - 1].isalnum() or text[s - 1] in _INV_CHARS):
                s -= 1
            while e < hi and (text[e].isalnum() or text[e] in _INV_CHARS):
                e += 1
            out.append(Evidence("message", s, e, text[s:e]))
    nt = norms["message"]
    found = 0
    for m in _KEY_RE.finditer(nt.text):
        if found >= 5:
            break
        if not _PLAIN.fullmatch(m.group(0)):
            s, e = nt.span(m.start(), m.end())
            out.append(Evidence("message", s, e, text[s:e]))
            found += 1
    out.extend(find_spans(_SPACED_RUN, nt, "message"))
    out.extend(find_spans(_SPELLED_AT, nt, "message"))
    # one piece of evidence per place
    seen: set[tuple[int | None, int | None]] = set()
    unique = []
    for ev in sorted(out, key=lambda x: (x.start or 0, -(x.end or 0))):
        start, end = ev.start or 0, ev.end or 0
        if any(a is not None and a <= start and end <= (b or 0) for a, b in seen):
            continue
        seen.add((ev.start, ev.end))
        unique.append(ev)
    return unique
