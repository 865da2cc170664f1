"""Python detectors for signals whose logic spans fields (domains, brands, obfuscation)."""

from __future__ import annotations

import bisect
import functools
import html
import ipaddress
import itertools
import re
import unicodedata
from collections.abc import Iterator
from typing import Any, NamedTuple

from ..normalize import (
    DIGRAPHS,
    GAP_LETTERS,
    JOINING_RANGES,
    LATIN_LETTERS,
    NARROW_SPACES,
    TURNED_HINT,
    NormText,
    fast_normalize,
    i_as_l,
    i_for_l_spans,
    in_word_gaps,
    normalize,
    upside_down_span,
)
from ..padding import BLANK_LOOKING, merge_ranges, ranges_class
from ..schema import Approach
from .base import Evidence, MatchLike, compile_re2, find_spans, re2_safe
from .lexicon import EMAIL, FREEMAIL, TLDS, obfuscated_term, term

__all__ = [
    "BRANDS",
    "brand_domain_mismatch",
    "corporate_contact",
    "email_domains",
    "lookalike_domain",
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
#: _URL_RE for long texts: the same matches (leftmost-first, as Perl and Python's re), found
#: about twice as fast: re tries the host's labels at every word of a message.
_URL_RE2 = compile_re2(_URL_RE.pattern)
# Second-level labels under which a registrable domain has three labels (example.co.uk).
_SLD = {"co", "com", "org", "net", "ac", "gov", "gouv", "edu", "ltd", "plc", "asso", "nhs", "mod"}


#: The user part of a URL ("https://brand.com@look-alike.fr/jobs"): a browser goes to the host
#: after the "@", so it is no host (red-team round 9, F7; rule R27-J3)
_USERINFO = re.compile(r"^(?:[a-z][a-z0-9+.\-]*://)?[^/?#\s@]*@(?=[^/?#\s@]*[.][^/?#\s@])")


def registrable_domain(text: str) -> str:
    """The registrable domain of a URL or host (``https://jobs.acme.co.uk/x`` -> ``acme.co.uk``).

    Examples
    --------
    >>> registrable_domain("https://careers.northwind-robotics.com/jobs?id=4")
    'northwind-robotics.com'
    >>> registrable_domain("www.acme.co.uk"), registrable_domain("not a url")
    ('acme.co.uk', '')
    >>> registrable_domain("https://thalesgroup.com@thales-recrutement.fr/offres")
    'thales-recrutement.fr'
    """
    host = _url_host(text)
    return _host_registrable(host) if host else ""


def _url_host(text: str) -> str:
    """The host of the first link of a text (lower case, a user part before "@" left out), or
    ``""``."""
    m = _URL_RE.search(_USERINFO.sub("", text.strip().lower(), count=1))
    return m.group(1) if m else ""


def _host_registrable(host: str) -> str:
    """The registrable domain of a host the link pattern found (as :func:`registrable_domain`
    reads it, without searching for it again)."""
    labels = host.split(".")
    return ".".join(labels[-3:] if len(labels) >= 3 and labels[-2] in _SLD else labels[-2:])


def email_domains(nt: NormText) -> list[tuple[str, int, int]]:
    """E-mail domains in a normalised text, with the span of each address in the original."""
    out = []
    for m, domain in _email_domains_of(nt.text):
        start, end = nt.span(m.start(), m.end())
        out.append((domain, start, end))
    return out


def _email_domains_of(text: str) -> Iterator[tuple[MatchLike, str]]:
    """The e-mail addresses of a matching form, each with its domain."""
    for m in _EMAIL_RE.finditer(text):
        yield m, _DOT_WORDS.sub(".", m.group(1) or m.group(2)).replace(" ", "")


def _same_org(domain: str, company_domain: str) -> bool:
    if not domain or not company_domain:
        return False
    return domain == company_domain or domain.endswith("." + company_domain)


def corporate_contact_fast(norms: dict[str, str], raws: dict[str, str]) -> bool:
    """Boolean twin of :func:`corporate_contact` on matching forms (the company's domain as
    written, as the detector reads it)."""
    company = _company_domain_as_written(raws["sender_company_url"])
    if not company or company.split(".", 1)[0] not in norms["message"]:
        return False  # an address on the domain spells its first label out in the message
    own = False
    for m, domain in _email_domains_of(norms["message"]):
        if not _same_org(domain, company):
            return False  # an address on another domain (rule R32-C3)
        own = own or not _glued_at(norms["message"], m.end())
    if not own or not _company_plain(raws["sender_company_url"], company):
        return False
    raw = raws["message"]
    if raw.isascii() and "<" not in raw and "[" not in raw and _MAILTO.search(raw) is None:
        return True
    # (rare: an address on the domain in a text beyond ASCII, or one that may be the shown
    # text of another target or sit beside a mailto: that sends elsewhere: rules R32-C,
    # R32-C3) where it is written
    return bool(_own_addresses(normalize(raw), raw, company))


def _own_addresses(nt: NormText, message: str, company: str) -> list[tuple[int, int]]:
    """The spans of the addresses of ``message`` on the domain ``company``, written plainly:
    in ASCII, so that no invisible or look-alike character hides in them
    ("hr@acme\u200b.com", "hr@\uff41cme.com" are no address of acme.com; R31-L), and not the
    shown text of another target (:func:`_shown_for_other`; rule R32-C); and none at all
    where the message also gives an address on another domain (rule R32-C3): beside
    ``recruit@gmail.com``, or behind a display name or a link that sends mail elsewhere,
    ``hr@acme.com`` is no evidence that replies reach the company."""
    found = list(_email_domains_of(nt.text))
    if any(not _same_org(domain, company) for _, domain in found):
        return []
    links: list[tuple[int, int, str]] | None = None
    if "<" in message or "[" in message:
        links = _link_texts(message)
    # the addresses a link or a mailto: sends to, decoded as a mail client reads them (an
    # anchor's tag is no text of the matching form; "%40" and "&#64;" are "@"; review42 M1)
    if "mailto" in message.lower() or links:
        targets = [t for _, _, t in links or ()]
        targets += [m.group(0) for m in _MAILTO.finditer(message)]
        if any(not _same_org(domain, company) for t in targets
               for domain in _decoded_address_domains(t)):
            return []
    out = []
    for m, _domain in found:
        if _glued_at(nt.text, m.end()):
            continue
        s, e = nt.span(m.start(), m.end())
        if not message[s:e].isascii() or (
                message[e:e + 1] in _IDNA_DOTS and message[e + 1:e + 2].isalnum()):
            continue
        if not _shown_for_other(message, s, e, company, links or []):
            out.append((s, e))
    return out


def _glued_at(text: str, end: int) -> bool:
    """Is the address ending at ``end`` of a matching form the user part of another, an "@"
    and a label glued to it ("hr@acme.com@evil.io": a mail client reads the last "@"; rule
    R32-C)?"""
    return text[end:end + 1] == "@" and text[end + 1:end + 2].isalnum()


#: What a mail client or a browser goes to when an address is only shown (rule R32-C): a
#: display name's address after it (``"hr@acme.com (HR)" <x@evil.io>``), the target of a
#: Markdown link (inline or by reference) or of an HTML anchor whose text holds it. Links are
#: found in one linear pass over the message (:func:`_link_texts`), whatever their length, so
#: padding inside a link's text does not take the address out of it (review41 M2).
_ANGLE_AFTER = re.compile(
    r"""(?:[^<>\n"]{0,200}["'\u201d\u2019\u00bb])?[\s\u00a0]*[<\u2039\uff1c][ \t]*"""
    r"((?:mailto:)?[^<>\s@/]+@[^<>\s\u203a\uff1e]+)", re.I)
_MD_INLINE = re.compile(r"\[([^\[\]]*)\]\(\s*<?([^()\s<>]+)")
_MD_REFERENCE = re.compile(r"\[([^\[\]]*)\]\[([^\[\]]*)\]")
# a shortcut reference ("[label]" alone, not followed by a link's "(", a definition's ":" or
# a full reference's "[")
_MD_SHORTCUT = re.compile(r"\[([^\[\]]+)\](?![(:\[])")
# a definition, its destination on the same line or the next (CommonMark)
_MD_DEFINITION = re.compile(r"^[ \t]{0,3}\[([^\[\]]+)\]:[ \t]*\n?[ \t]*<?([^\s<>]+)", re.M)
_A_OPEN = re.compile(r"<a\b([^<>]*)>", re.I)
_A_CLOSE = re.compile(r"</a\s*>", re.I)
# an href attribute, not data-href (review42 M2)
_HREF = re.compile(r"""(?<![\w-])href\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.I)
_MAILTO = re.compile(r"mailto:[^\s\"'<>()\[\]]+", re.I)
_DECODED_ADDRESS = re.compile(r"[^\s@,;:?&=/<>]+@([^\s@,;:?&=/<>]+)")


def _decoded_address_domains(target: str) -> list[str]:
    """The domains of the addresses a ``mailto:`` target sends to (its recipients, "cc" and
    "bcc" included), entity- and percent-decoded as a mail client reads them; none for a
    target that is not a ``mailto:``.

    Examples
    --------
    >>> _decoded_address_domains("mailto:hr@acme.com?bcc=x%40gmail.com")
    ['acme.com', 'gmail.com']
    >>> _decoded_address_domains("https://acme.com/jobs")
    []
    """
    from urllib.parse import unquote

    text = unquote(html.unescape(target)).strip()
    if not text.lower().startswith("mailto:"):
        return []
    return [m.group(1).lower().rstrip(".") for m in _DECODED_ADDRESS.finditer(text[7:])]


def _link_texts(message: str) -> list[tuple[int, int, str]]:
    """The (start, end, target) of the shown text of every Markdown link (inline, or by a
    reference defined in the message) and HTML anchor of ``message``: an anchor's text runs to
    its ``</a>``, or to the next anchor or the end where it has none, as a browser reads it.
    One pass each, linear in the message's length."""
    out = [(m.start(1), m.end(1), m.group(2)) for m in _MD_INLINE.finditer(message)]
    if "]:" in message:
        defined: dict[str, str] = {}
        for m in _MD_DEFINITION.finditer(message):
            defined[m.group(1).strip().lower()] = m.group(2)
            out.append((m.start(1), m.end(1), m.group(2)))  # its label is no shown text
        for m in _MD_REFERENCE.finditer(message):
            target = defined.get((m.group(2) or m.group(1)).strip().lower())
            if target is not None:
                out.append((m.start(1), m.end(1), target))
        for m in _MD_SHORTCUT.finditer(message):
            target = defined.get(m.group(1).strip().lower())
            if target is not None:
                out.append((m.start(1), m.end(1), target))
    if "<" in message:
        opens = list(_A_OPEN.finditer(message))
        closes = [m.start() for m in _A_CLOSE.finditer(message)]
        for k, m in enumerate(opens):
            nxt = opens[k + 1].start() if k + 1 < len(opens) else len(message)
            i = bisect.bisect_left(closes, m.end())
            end = min(closes[i], nxt) if i < len(closes) else nxt
            href = _HREF.search(m.group(1))
            if href is not None:
                target = html.unescape(next(g for g in href.groups() if g is not None)).strip()
                out.append((m.end(), end, target))
    return out


def _shown_for_other(message: str, start: int, end: int, company: str,
                     links: list[tuple[int, int, str]]) -> bool:
    """Is the address at ``message[start:end]`` only the shown text of a target that is not on
    the company's domain (rule R32-C)? Mail goes to the address in angle brackets after a
    display name, and a click to a link's target, not to the text shown: ``"hr@acme.com"
    <recruit@evil.io>``, ``[hr@acme.com](https://evil.io/cv)`` and ``<a
    href="https://evil.io/cv">hr@acme.com</a>`` give no address of acme.com. ``links`` are the
    message's link texts (:func:`_link_texts`).

    Examples
    --------
    >>> m = '"hr@acme.com" <jobs@evil.io>'
    >>> _shown_for_other(m, 1, 12, "acme.com", _link_texts(m))
    True
    >>> m = '[hr@acme.com](mailto:hr@acme.com)'
    >>> _shown_for_other(m, 1, 12, "acme.com", _link_texts(m))
    False
    """
    m = _ANGLE_AFTER.match(message, end)
    if m is not None and not _target_on(m.group(1), company):
        return True
    return any(a <= start and end <= b and not _target_on(target, company)
               for a, b, target in links)


def _target_on(target: str, company: str) -> bool:
    """Is a link's or display name's target on the company's domain: an address (with or
    without ``mailto:``) or a URL whose registrable domain is the company's?"""
    target = unicodedata.normalize("NFKC", target).lower()
    if target.startswith("mailto:"):
        target = target[len("mailto:"):]
    if "@" in target.split("?", 1)[0].split("/", 1)[0] and "://" not in target:
        domain = target.split("?", 1)[0].rsplit("@", 1)[1].rstrip(".")
        return target.isascii() and _same_org(domain, company)
    # a URL: its host as a browser reads it (the authority ends at / ? # \, the host after
    # the last "@" of the user part)
    host = re.split(r"[/?#\\\s]", _SCHEME.sub("", target, count=1), maxsplit=1)[0]
    host = host.rpartition("@")[2].partition(":")[0].rstrip(".")
    return target.isascii() and "." in host and _same_org(_host_registrable(host), company)


#: Dots beyond ASCII that IDNA (browsers, mail clients) reads as label separators: an address
#: followed by one and a label ("hr@acme.com\u3002evil.io") is on evil.io, whatever its
#: matching form reads; one that ends a sentence is not (review40 H2).
_IDNA_DOTS = frozenset("\u3002\uff0e\uff61")


def _company_domain_as_written(raw_url: str) -> str:
    """The registrable domain of a company URL as a browser reads it (NFKC, lower case:
    full-width letters are ASCII, a capital I is an i), not as its matching form reads it.

    Examples
    --------
    >>> _company_domain_as_written("https://www.DataIku.com"), _company_domain_as_written(
    ...     "https://\uff41\uff43\uff4d\uff45.io")
    ('dataiku.com', 'acme.io')
    """
    return registrable_domain(unicodedata.normalize("NFKC", raw_url))


def _company_plain(raw_url: str, company: str) -> bool:
    """Is a company URL written in ASCII as a browser reads it, not in punycode? One written
    beyond ASCII ("https://\u0430cmetech.io") or in punycode ("xn--cmetech-1fg.io") is a
    look-alike of the domain its matching form reads, never the company's own (rule R31-H)."""
    return "xn--" not in company and not _homograph(raw_url)


def corporate_contact(approach: Approach, norms: dict[str, NormText]) -> list[Evidence]:
    """Fires on an e-mail address in the message on the sender's own company domain, written
    plainly (in ASCII), the company URL written in ASCII too (rule R31-H). The company's
    domain is read from its URL as written, lower-cased, in both paths: its matching form may
    read a capital I as "l" ("https://www.DataIku.com" is dataiku.com, not datalku.com;
    review40 H3)."""
    company = _company_domain_as_written(approach.sender_company_url)
    if not company or not _company_plain(approach.sender_company_url, company):
        return []
    return [Evidence("message", s, e, approach.message[s:e])
            for s, e in _own_addresses(norms["message"], approach.message, company)]


#: Well-known employers that fake recruiters impersonate, with their official domains: the
#: brand's sites and, where it is sure they are the brand's (rule R33-H (3)), the sites of its
#: careers pages and of the group companies that carry its name and recruit under it
#: (metacareers.com, lockheedmartinjobs.com, amazon.science, thalesaleniaspace.com,
#: leonardodrs.com, siemens-energy.com, siemens-healthineers.com, capgemini-engineering.com).
BRANDS: dict[str, tuple[str, ...]] = {
    "lockheed martin": ("lockheedmartin.com", "lmco.com", "lockheedmartinjobs.com"),
    "bae systems": ("baesystems.com",),
    "thales": ("thalesgroup.com", "thales.com", "thalesaleniaspace.com"),
    "airbus": ("airbus.com",),
    "boeing": ("boeing.com",),
    "raytheon": ("rtx.com", "raytheon.com"),
    "northrop grumman": ("northropgrumman.com", "ngc.com"),
    "general dynamics": ("gd.com", "gdit.com", "gdms.com"),
    "collins aerospace": ("collinsaerospace.com", "rtx.com"),
    "leonardo": ("leonardo.com", "leonardo.co.uk", "leonardodrs.com"),
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
    "meta": ("meta.com", "fb.com", "facebook.com", "metacareers.com"),
    "amazon": ("amazon.com", "amazon.jobs", "aws.amazon.com", "amazon.science"),
    "apple": ("apple.com",),
    "siemens": ("siemens.com", "siemens-energy.com", "siemens-healthineers.com"),
    "palantir": ("palantir.com",),
    "mckinsey": ("mckinsey.com",),
    "deloitte": ("deloitte.com", "deloitte.co.uk", "deloitte.fr"),
    "accenture": ("accenture.com",),
    "capgemini": ("capgemini.com", "capgemini-engineering.com"),
    # job boards, which recruitment phishing poses as (rule R21-I)
    "linkedin": ("linkedin.com", "lnkd.in", "licdn.com"),
    "indeed": ("indeed.com", "indeed.fr", "indeed.co.uk", "indeed.jobs", "indeedflex.com"),
    "glassdoor": ("glassdoor.com", "glassdoor.fr", "glassdoor.co.uk"),
    "welcome to the jungle": ("welcometothejungle.com", "wttj.co"),
    "france travail": ("francetravail.fr", "francetravail.org", "pole-emploi.fr"),
    "hellowork": ("hellowork.com",),
    "apec": ("apec.fr",),
}
_BRAND_TOKEN = {b: re.sub(r"[^a-z0-9]", "", b) for b in BRANDS}
_BRAND_RE = compile_re2(
    r"\b(" + "|".join(re.escape(b).replace(r"\ ", "[ -]?") for b in BRANDS) + r")\b"
)
#: Recruiting and corporate words that a look-alike domain glues to a brand's name
#: ("thalesgroup-hr", "amazonjobs", "careersmeta"; rule R33-H (2)): beside one of them, or
#: alone between a label's ends and "-", a brand's name in a domain's label is the brand's; in
#: any other word it is not ("pharmaron" is no Arm, "intellias" no Intel, "applebyglobal" no
#: Apple, "metaview" no Meta).
BRAND_GLUE_WORDS: tuple[str, ...] = (
    "careers", "career", "jobs", "job", "hr", "rh", "recruit", "recruiting", "recruitment",
    "recrutement", "talent", "talents", "hiring", "hire", "group", "groupe", "corp", "inc",
    "global", "team", "people", "work", "portal", "apply", "official", "hq", "intl", "emploi",
    "carriere", "carrieres", "recruiter", "recruiters", "recruteur", "recruteurs",
)
_GLUE = "(?:" + "|".join(sorted(BRAND_GLUE_WORDS, key=len, reverse=True)) + ")"
#: A brand's name in a domain's label (its letters, "-" allowed between them as a brand's own
#: domains write it: "lockheed-martin", "rolls-royce"): anywhere, or, for the names of
#: :data:`_WORD_LIKE_BRANDS`, between the label's ends or "-" and nothing but
#: :data:`BRAND_GLUE_WORDS` (rules R33-H (2), R33-N).
#: Each brand's letters as its domains may write them ("-" allowed between them)
_BRAND_LETTERS = {b: "-?".join(re.escape(c) for c in tok) for b, tok in _BRAND_TOKEN.items()}
#: The brand names that are short or common words, found inside unrelated words of a domain
#: ("pharmaron", "intellias", "applebyglobal", "metaview", "philanthropic", "friendindeed"):
#: only these need to stand as a word of their own there; every other name counts anywhere in
#: a label, glued to whatever word ("careersatamazon", "thalesdefense", "lockheedmartinemployment":
#: review44 H1 of R33-H (2); rule R33-N).
_WORD_LIKE_BRANDS = frozenset(b for b, tok in _BRAND_TOKEN.items()
                              if len(tok) <= 5 or tok in {"indeed", "leonardo", "anthropic"})
_BRAND_IN_LABEL = {
    b: re.compile(r"(?:^|-)" + _GLUE + "*" + letters + _GLUE + r"*(?:-|$)", re.ASCII)
    if b in _WORD_LIKE_BRANDS else re.compile(letters, re.ASCII)
    for b, letters in _BRAND_LETTERS.items()}
_TOKENS_RE = "|".join(sorted(set(_BRAND_LETTERS.values())))
#: RE2 prefilters for :func:`brand_domain_mismatch`: a domain containing a brand's name.
BRAND_PREFILTER_URL = f"(?:{_TOKENS_RE})"
BRAND_PREFILTER_MESSAGE = f"(?:{_TOKENS_RE})[a-z0-9\\-.]{{0,60}}\\.[a-z]{{2,}}"


_BY_TOKEN = {token: brand for brand, token in _BRAND_TOKEN.items()}


def _brand_of(name: str) -> str:
    return _BY_TOKEN[re.sub(r"[^a-z0-9]", "", name)]


_LISTED = frozenset(o for own in BRANDS.values() for o in own)
#: Country-code top-level domains sold or given away as generic names (free: tk ml ga cf gq;
#: vanity: io co ai me tv cc ws to ly gg pw su sh la fm gl vc nu), which fraudsters and
#: start-ups register as they would a .com: a brand's name under one of them is never its own
#: (rule R33-H (1)). Under any other two-letter (national) one it is.
VANITY_CCTLDS = frozenset(
    "tk ml ga cf gq io co ai me tv cc ws to ly gg pw su sh la fm gl vc nu"
    # (and cm, a typo of com; st im bz ms mn ac cx sold as words; eu, no country: review44 M5,
    # rule R33-N)
    " cm st im bz ms mn ac cx eu".split())
#: The second levels under which a country's own registry registers companies' names
#: (amazon.co.uk, amazon.com.au; rule R33-H (1)); an open second level that a company sells
#: (com.de, com.se, com.ru) is no country's (review44 M5, rule R33-N).
_NATIONAL_SLD = frozenset(
    "co.uk com.au co.jp com.br co.nz co.in co.za com.mx com.ar com.tr com.cn com.sg com.hk"
    " com.tw co.kr co.il com.my com.ph co.id com.vn ac.uk gov.uk org.uk net.au org.au".split())
#: Their first labels: a domain under one of these but not in that list is no country's
_SECOND_LEVELS = frozenset(sld.split(".")[0] for sld in _NATIONAL_SLD)
#: The registrable labels of each brand's listed domains (amazon of aws.amazon.com, thalesgroup
#: and thales of Thales's), its own under a national country code (rule R33-H (1)).
_OWN_LABELS = {b: frozenset(_host_registrable(o).split(".")[0] for o in own)
               for b, own in BRANDS.items()}
#: A brand's listed domain followed by more of a host: "capgemini.com.evil.io",
#: "capgemini.com-jobs.io" (review40 M4, rule R31-M4).
_LISTED_THEN_MORE = re.compile(
    r"(?:^|\.)(?:" + "|".join(re.escape(o) for o in sorted(_LISTED, key=len, reverse=True))
    + r")[.-]")


def _brand_domain(registrable: str, host: str) -> str:
    """The domain :func:`brand_domain_mismatch` compares with a brand's: the registrable one,
    or the whole host where it holds one of the brands' listed domains followed by more of it
    while its registrable domain is none of theirs: "capgemini.com.evil.io" (registrable
    evil.io) is read whole, so it holds the brand's name and is not its own. A host that holds
    the brand's *name* as a subdomain of another registrable one stays read by that one:
    applicant tracking systems host genuine pages so (capgemini.wd3.myworkdayjobs.com).

    Examples
    --------
    >>> _brand_domain("evil.io", "capgemini.com.evil.io"), _brand_domain(
    ...     "myworkdayjobs.com", "capgemini.wd3.myworkdayjobs.com")
    ('capgemini.com.evil.io', 'myworkdayjobs.com')
    >>> _brand_domain("capgemini.com", "careers.capgemini.com")
    'capgemini.com'
    """
    if registrable and _LISTED_THEN_MORE.search(host) is not None and not any(
            _same_org(registrable, o) for o in _LISTED):
        return host
    return registrable


def _url_brand_domain(url: str) -> str:
    """:func:`_brand_domain` of a company URL (its matching form)."""
    host = _url_host(url)
    return _brand_domain(_host_registrable(host), host) if host else ""


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
    domains: list[tuple[str, Evidence, bool]] = []
    url = norms["sender_company_url"]
    d = _url_brand_domain(url.text)
    if d:
        domains.append((d, Evidence("sender_company_url", 0, len(url.original), url.original),
                        _homograph(url.original)))
    domains += _brand_hosts(norms["message"])
    out: list[Evidence] = []
    for brand, ev in brands.items():
        for dom, dev, idn in domains:
            if _looks_alike(brand, dom, idn):
                out.extend([ev, dev])
    return list(dict.fromkeys(out))


def _brand_hosts(msg: NormText) -> list[tuple[str, Evidence, bool]]:
    """The registrable domains of the message's URLs and e-mail addresses, each with its
    evidence and whether its host, as written, holds letters beyond ASCII (a look-alike of the
    domain the matching form reads, as in the company URL: rule R28-C, review34 L4)."""
    out = []
    for m in _URL_RE2.finditer(msg.text):
        s, e = msg.span(m.start(), m.end())
        raw = msg.original[s:e]
        out.append((_host_or_user(m, msg.text), Evidence("message", s, e, raw),
                    not raw.isascii() and _homograph(raw)))
    for m, dom in _email_domains_of(msg.text):
        s, e = msg.span(m.start(), m.end())
        group = 1 if m.group(1) else 2
        hs, he = msg.span(m.start(group), m.end(group))
        host = msg.original[hs:he]
        out.append((_brand_domain(registrable_domain(dom), dom),
                    Evidence("message", s, e, msg.original[s:e]), not _ascii_host(host)))
    return out


def _host_or_user(m: MatchLike, text: str) -> str:
    """The domain of a link of a matching form that :func:`brand_domain_mismatch` compares
    (:func:`_brand_domain`), or, for an address's user part that the link pattern reads as a
    host ("capgemini.rh" in "capgemini.rh@gmail.com"), the part itself with a leading "@": no
    registrable domain, so no brand's own either (a free-mail address that claims the brand;
    rule R31-B)."""
    if _AT_NEXT.match(text, m.end()) is not None:
        return "@" + registrable_domain(m.group(0))
    return _brand_domain(registrable_domain(m.group(0)), m.group(1))


def _ascii_host(host: str) -> bool:
    """A host as a browser reads it (NFKC, lower case: "ＴＨＡＬＥＳ.com" is thales.com) is
    ASCII."""
    return host.isascii() or unicodedata.normalize("NFKC", host).lower().isascii()


def _homograph(raw_url: str) -> bool:
    """Does a URL's host hold letters beyond ASCII (the matching form reads ``thаlesgroup.com``,
    with a Cyrillic а, as the brand's own domain; rule R27-J3)?"""
    host = _USERINFO.sub("", raw_url.strip().lower(), count=1)
    host = re.split(r"[/?#\s]", host.split("://", 1)[-1], maxsplit=1)[0]
    return not _ascii_host(host)


def _looks_alike(brand: str, domain: str, homograph: bool = False) -> bool:
    """A domain that holds a brand's name as a word of a label (:func:`_names_brand`) and is
    none of the brand's own; or, written with letters beyond ASCII (``homograph``), one that
    reads as the brand's own. An address's user part read as a host ("@" first:
    :func:`_host_or_user`) is no domain of the brand's. The brand's own: the domains
    :data:`BRANDS` lists and their subdomains, and the registrable label of one of them under a
    national country code (amazon.co.uk, siemens.de, capgemini.fr; :func:`_national_own`,
    rule R33-H (1)). Under another suffix the brand's name is not its own: a fraudster
    registers capgemini.tk, capgemini.io or capgemini.careers as cheaply as a generic name
    (rule R31-B3, which R33-H narrows to those suffixes)."""
    if not domain:
        return False
    if not homograph and domain[0] != "@" and (any(
            _same_org(domain, o) or _same_org(o, domain) for o in BRANDS[brand])
            or _national_own(brand, domain)):
        return False
    return _names_brand(brand, domain)


def _national_own(brand: str, domain: str) -> bool:
    """Is ``domain`` (or the domain it is a host of) the registrable label of one of the brand's
    listed domains, exactly, under a national country code: two letters, none of
    :data:`VANITY_CCTLDS`, or a second level of :data:`_NATIONAL_SLD` (rules R33-H (1), R33-N)?

    Examples
    --------
    >>> [_national_own(b, d) for b, d in (("amazon", "amazon.co.uk"), ("siemens", "siemens.de"),
    ...  ("amazon", "www.amazon.com.au"), ("thales", "thalesgroup.fr"),
    ...  ("capgemini", "capgemini.fr"))]
    [True, True, True, True, True]
    >>> [_national_own(b, d) for b, d in (("amazon", "amazon.tk"), ("thales", "thales.io"),
    ...  ("capgemini", "capgemini-recrutement.fr"), ("thales", "thalesgroup-hr.fr"),
    ...  ("capgemini", "capgemini.com.evil.io"), ("amazon", "amazon.com"),
    ...  ("amazon", "amazon.cm"), ("amazon", "amazon.com.de"))]
    [False, False, False, False, False, False, False, False]
    """
    labels = domain.split(".")
    tld = labels[-1]
    if len(labels) < 2 or len(tld) != 2 or not (tld.isascii() and tld.isalpha()) \
            or tld in VANITY_CCTLDS:
        return False
    if len(labels) >= 3 and labels[-2] in _SECOND_LEVELS:
        if ".".join(labels[-2:]) not in _NATIONAL_SLD:
            return False
        return labels[-3] in _OWN_LABELS[brand]
    return labels[-2] in _OWN_LABELS[brand]


def _names_brand(brand: str, domain: str) -> bool:
    """Does a label of ``domain`` hold the brand's name: anywhere, or, for a name that is a
    short or common word (:data:`_WORD_LIKE_BRANDS`), as a word of its own (rule R33-H (2)):
    the whole label, or at its start or end or between "-", alone or glued to
    :data:`BRAND_GLUE_WORDS` only, never inside another word (rule R33-N)?

    Examples
    --------
    >>> [_names_brand("thales", d) for d in ("thales-careers.com", "thalesgroup-hr.fr",
    ...  "careers-thales-group.com", "@thales.hr", "thalesdefense.fr")]
    [True, True, True, True, True]
    >>> [_names_brand("amazon", d) for d in ("careersatamazon.com", "amazonstaffing.net")]
    [True, True]
    >>> [_names_brand(b, d) for b, d in (("arm", "pharmaron.com"), ("intel", "intellias.com"),
    ...  ("apple", "applebyglobal.com"), ("meta", "metaview.ai"), ("meta", "metacareers.io"))]
    [False, False, False, False, True]
    >>> _names_brand("lockheed martin", "lockheed-martin-jobs.com")
    True
    """
    pattern = _BRAND_IN_LABEL[brand]
    return any(pattern.search(label) is not None for label in domain.lstrip("@").split("."))


def brand_domain_mismatch_fast(norms: dict[str, str], raws: dict[str, str]) -> bool:
    """Boolean twin of :func:`brand_domain_mismatch` on matching forms (the brands and the
    domains are read there; only the evidence needs the original texts)."""
    brands = {_brand_of(m.group(1)) for fname in ("sender_company", "sender_headline", "message")
              for m in _BRAND_RE.finditer(norms[fname])}
    if not brands:
        return False
    msg = norms["message"]
    company = _url_brand_domain(norms["sender_company_url"])
    idn = bool(company) and not raws["sender_company_url"].isascii() and _homograph(
        raws["sender_company_url"])
    domains = [_host_or_user(m, msg) for m in _URL_RE2.finditer(msg)]
    domains += [_brand_domain(registrable_domain(dom), dom) for _, dom in _email_domains_of(msg)]
    if any(_looks_alike(brand, company, idn) for brand in brands) or any(
            _looks_alike(brand, dom) for brand in brands for dom in domains):
        return True
    # a host of the message that reads as a brand's own domain, written beyond ASCII: read as
    # the per-message path reads it, with the spans of the original (rare: a brand named, its
    # own domain in the message and a text beyond ASCII)
    return not raws["message"].isascii() and any(
        _looks_alike(brand, dom, True) for brand in brands for dom in domains) and any(
        _looks_alike(brand, dom, idn) for brand in brands
        for dom, _, idn in _brand_hosts(normalize(raws["message"])))


# --------------------------------------------------------------------------------------------
# look-alike domains (RED-FLAGS F9: "a single letter changed in the domain"; rule R30-D)
# --------------------------------------------------------------------------------------------
_TLD_AFTER = r"[a-z0-9](?:\.| ?\(dot\) ?| ?\[dot\] ?| ?\{dot\} ?| dot | point )[a-z]{2,}"
#: The end of a host: a label, a dot or a spelled-out one, the top-level domain, then neither
#: a letter, a digit, "-" nor a dot and a label (the host goes on: "www.acseo-conseil.fr"
#: ends once), nor "@" ("a.sokolova@" is the user part of an address).
_HOST_END = _TLD_AFTER + r"(?:[^a-z0-9@.-]|\.(?:[^a-z0-9-]|$)|$)"
#: RE2 prefilters of :func:`lookalike_domain`, which reads the domains of a message that holds
#: two host ends, or one beside a company URL: a message of one link and no company URL costs
#: this pass over the column and nothing more, one without a link one more search.
LOOKALIKE_PREFILTER_MESSAGE = f"{_HOST_END}[\\s\\S]*{_HOST_END}"
LOOKALIKE_PREFILTER_URL = r"[a-z0-9]\.[a-z]{2}"
_ONE_HOST = compile_re2(_HOST_END)
#: A top-level domain followed by neither a letter nor "@" (every link's; a user part's is
#: followed by "@"), or an "@" (or a spelled-out one) before a domain (every address's): what
#: :func:`_only_company_hosts` finds no more once the company's domain is taken out.
_HOST_OR_ADDRESS = compile_re2(
    _TLD_AFTER + r"(?:[^a-z@]|$)|(?:@|[(\[{]at[)\]}]| arobase ) ?[a-z0-9]")
#: A host or an address's domain going on after a company domain written in full ("acme.com.fr",
#: "acme.com dot fr").
_HOST_GOES_ON = re.compile(r"\.[a-z0-9]| ?[(\[{]dot[)\]}]| dot | point ", re.ASCII)
_LABEL_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789-")
#: A run of host characters, as written, with a dot between two of them and a digit beside a
#: letter, not the user part of an address (no "@" after it; not "70k." either): where the
#: matching form may read a digit of a host as a letter ("g00gle.com" reads "google.com").
#: :func:`lookalike_domain` puts a field's digits back (:func:`_as_written`) only when its
#: matching form reads one such run otherwise ("5by5.tv", "consei1.fr" read as written), so
#: that its boolean twin needs the index map of :func:`~recruitscore.normalize.normalize`
#: only then. A run is as long as it goes (the stars are greedy), so the "@" after it is
#: looked at in Python, and the runs are found in one pass (rule R31-D2).
_HOST_DIGIT = compile_re2(
    r"(?i)(?:^|[^a-z0-9.-])([a-z0-9.-]*(?:(?:[a-z][0-9]|[0-9][a-z])[a-z0-9.-]*\.[a-z0-9]"
    r"|[a-z0-9]\.[a-z0-9.-]*(?:[a-z][0-9]|[0-9][a-z]))[a-z0-9.-]*)")
#: The runs of host characters with a digit beside a letter, whole (Python's re), and the
#: pieces :func:`_digit_runs` looks for in them to tell the runs of :data:`_HOST_DIGIT`.
_DIGIT_RUN = re.compile(r"(?<![a-z0-9.-])(?=([a-z0-9.-]*?)(?:[a-z][0-9]|[0-9][a-z]))[a-z0-9.-]+",
                        re.ASCII | re.IGNORECASE)
_DIGIT_LETTER = re.compile(r"[a-z][0-9]|[0-9][a-z]", re.ASCII | re.IGNORECASE)
_ALNUM_DOT = re.compile(r"[a-z0-9]\.", re.ASCII | re.IGNORECASE)
_DOT_ALNUM = re.compile(r"\.[a-z0-9]", re.ASCII | re.IGNORECASE)
#: The most distinct domains of one approach compared with each other for a one-letter edit,
#: in reading order (the company URL first). The first domain is compared with every other,
#: and folded names are compared through a dictionary, whatever their number: only a pair of
#: two of the message's own domains past the first 200 is not read. No recruiter's message
#: names hundreds of domains; the cap keeps a hostile one of thousands linear (rule R30-D).
LOOKALIKE_MAX_DOMAINS = 200
#: The most look-alike pairs a hit gives as evidence.
_LOOKALIKE_MAX_PAIRS = 4
#: The shortest name of a pair one edit apart against the company's domain (rule R30-D) ...
LOOKALIKE_MIN_NAME = 5
#: ... and of a pair of two other domains of the message (rule R31-D2): short names one letter
#: apart are often two real organisations named side by side (ensae.fr and ensai.fr,
#: gmail.com and ymail.com, recruitee.com and recruiter.com); long ones rarely are. Names that
#: fold to the same one (micr0soft, acrnetech) are look-alikes at any length from 4.
LOOKALIKE_MIN_NAME_APART = 10
#: Characters read alike, folded in this order before two names are compared (rule R30-D). A
#: hyphen is not among them (rule R31-D2): em-lyon.com and emlyon.com, bnp-paribas.com and
#: bnpparibas.com are the same organisation's.
_FOLD = (("rn", "m"), ("vv", "w"), ("1", "l"), ("0", "o"))
#: What follows the user part of an e-mail address ("jane.doe" in "jane.doe@acme.fr"), which
#: the link pattern reads as a host: it is no domain (and often a person's name).
_AT_NEXT = re.compile(r"@| ?[(\[{]at[)\]}]| arobase ", re.ASCII)
#: The top-level domains a host written bare (no scheme, no "www.", no path) must end in to be
#: read as one here (``lexicon.TLDS``, as ``indicators`` reads bare hosts): not "marie.dupont",
#: "daniel.martin" nor "lib0.core" (rule R31-D2).
_KNOWN_TLDS = frozenset(TLDS.split("|"))
#: Last labels of document, image, audio, video, archive and executable file names: never a
#: top-level domain here, however the name is written ("contract.pdf" and "contract2.pdf",
#: "setup.exe"; rule R31-D2).
_FILE_TLDS = frozenset(
    "pdf doc docx docm dot odt ods odp rtf xls xlsx xlsm ppt pptx pps ppsx jpg jpeg png gif bmp"
    " svg webp heic tif tiff psd mp3 mp4 m4a wav avi mov mkv wmv zip rar 7z tar gz tgz bz2 xz"
    " exe msi dmg apk bat cmd scr iso jar vbs ps1 lnk".split())
#: Where a link's path stops before another host, for this signal (rule R31-D2, the review's
#: M2): at a quote, "<", ">" or "|" (an HTML anchor's href and its text, "a|b"), and at "," or
#: ";" right before a host ("/about,https://x.com"). The link pattern reads a path up to the
#: next space.
_PATH_STOP = re.compile(r"[\"'<>|]|[,;](?=(?:https?://)?[a-z0-9-]+\.[a-z])", re.ASCII)
#: Punctuation a link's path takes from the sentence around it ("/jobs,", "(/offres)"): not
#: part of the evidence.
_PATH_TRAIL = ".,;:!?)]}'\"*"


def _digits_read_as_letters(original: str, text: str) -> bool:
    """Does ``text`` (the matching form of ``original``) read a host that ``original`` writes
    with a digit beside a letter otherwise?

    Examples
    --------
    >>> from recruitscore.normalize import fast_normalize
    >>> [_digits_read_as_letters(t, fast_normalize(t))
    ...  for t in ("see g00gle.com", "see 5by5.tv", "j.smith2@acme.com", "5g. Next")]
    [True, False, False, False]
    """
    runs = _digit_runs(re2_safe(original))
    return bool(runs) and not {run.lower() for run in runs} <= set(_digit_runs(text))


def _digit_runs(text: str) -> list[str]:
    """The runs of :data:`_HOST_DIGIT` in a text not followed by "@", in one pass: searching
    again from each run's end would cost the whole text each time (the RE2 binding encodes the
    text and counts its characters on every call: 7 s for 100 kB of "abcd5efgh.com", rule
    R31-D2). Python's re finds the runs with a digit beside a letter (a lazy look-ahead from
    each run's start only: linear), and the dots of :data:`_HOST_DIGIT` are looked for in each.

    Examples
    --------
    >>> _digit_runs("see g00gle.com, j.smith2@acme.com and 5by5.tv;x1.io v2 a.b2")
    ['g00gle.com', '5by5.tv', 'x1.io', 'a.b2']
    """
    if _HOST_DIGIT.search(text) is None:
        return []  # (one RE2 pass, linear: most messages hold no such run)
    runs = []
    for m in _DIGIT_RUN.finditer(text):
        run, p = m.group(0), len(m.group(1))  # (p: where its first digit beside a letter is)
        if text[m.end():m.end() + 1] == "@":
            continue
        dot = _ALNUM_DOT.search(run)
        if _DOT_ALNUM.search(run, p + 2) is not None or (
                dot is not None and _DIGIT_LETTER.search(run, dot.end()) is not None):
            runs.append(run)
    return runs


def _reads_hosts_otherwise(original: str, text: str) -> bool:
    """May the matching form ``text`` read a host of ``original`` otherwise than it is written:
    a digit beside a letter read as a letter ("g00gle.com"), or a capital I read as "l", which
    makes the matching form read the text twice ("BigIdeas.io": "bigldeas.io", then
    "bigideas.io"; rule R31-D2)? Then :func:`lookalike_domain` reads its hosts as written."""
    return bool(i_for_l_spans(original)) or _digits_read_as_letters(original, text)


def _company_domain(original: str, read: str) -> str:
    """The registrable domain of a company URL as written (lower-cased), when it is ASCII and
    holds one; else as its matching form reads it. A URL written "TechImpact.org" is read
    twice by the matching form (above), and "micr0soft.com" as "microsoft.com"; neither is the
    company's domain (rule R31-D2)."""
    written = registrable_domain(original) if original.isascii() else ""
    return written or registrable_domain(read)


def _only_company_hosts(text: str, company: str) -> bool:
    """Is every host a matching form names the company's registrable domain, written in full
    ("acme.com", "jobs.acme.com", "jo@acme.com"; not "xacme.com" or "acme.com.fr")? Once these
    are taken out, no host end and no address's domain may be left (a user part may be:
    "jo.smith@"). A shortcut of the boolean twin: the company's own domain is what most
    messages beside a company URL name.

    Examples
    --------
    >>> _only_company_hosts("see jobs.acme.com or write to jo.smith@acme.com.", "acme.com")
    True
    >>> [_only_company_hosts(t, "acme.com") for t in ("xacme.com", "acme.com.fr", "gmail.com")]
    [False, False, False]
    """
    if company.partition(".")[0] in _SLD:
        return False  # ("co.uk": acme.co.uk is another domain)
    left, at = text, text.find(company)
    if at >= 0:
        rest, start = [], 0
        while at >= 0:
            end = at + len(company)
            if (not at or text[at - 1] not in _LABEL_CHARS) and (
                    end == len(text) or text[end] not in _LABEL_CHARS) and (
                    _HOST_GOES_ON.match(text, end) is None):
                rest.append(text[start:at])
                start = end
            at = text.find(company, end if start == end else at + 1)
        rest.append(text[start:])
        left = " ".join(rest)
    return _HOST_OR_ADDRESS.search(left) is None and not (" at " in left and _spelled_dot(left))


def _spelled_dot(text: str) -> bool:
    return (" dot " in text or " point " in text or "(dot)" in text or "[dot]" in text
            or "{dot}" in text)


def _as_written(read: str, original: str) -> str:
    """``read`` (a host in its matching form) with the digits that ``original`` (its text as
    written) has where the matching form reads letters ("g00gle.com" for "google.com"), and the
    "i" of a capital I it reads as "l" ("bigideas.io" for "bigldeas.io", rule R31-D2); each
    such digit must stand beside a letter, and ``original`` must be ASCII, as long as ``read``
    and otherwise the same in lower case; else ``read``.

    Examples
    --------
    >>> _as_written("google.com", "G00gle.com"), _as_written("google.com", "gооgle.com")
    ('g00gle.com', 'google.com')
    >>> _as_written("bigldeas.io", "BigIdeas.io")
    'bigideas.io'
    """
    if len(read) != len(original) or not original.isascii():
        return read
    low = original.lower()
    if low == read:
        return read
    for i, (r, o) in enumerate(zip(read, low, strict=True)):
        if r != o and not (r == "l" and original[i] == "I") and not (
                o.isdigit() and r.isalpha() and ((i > 0 and low[i - 1].isalpha())
                                                 or (i + 1 < len(low) and low[i + 1].isalpha()))):
            return read
    return low


class _Host(NamedTuple):
    """A link or an e-mail address of a matching form: its span, its host's span (an address's
    domain), its registrable domain, and whether it is an address."""

    start: int
    end: int
    host_start: int
    host_end: int
    domain: str
    address: bool = False


def _message_hosts(text: str) -> list[_Host]:
    """The links and e-mail addresses of a matching form in reading order, with their hosts and
    registrable domains (links as :func:`assessment_portal` reads them, less the user parts of
    addresses, which the link pattern reads as hosts and which are often people's names:
    "jo.smith@acme.fr", "iryna.rudenko at eastwick dot ac dot uk"). For this signal (rule
    R31-D2), a host written bare (no scheme, no "www.", no path) ends in a known top-level
    domain ("marie.dupont" is a name), no host ends in a file's extension ("offer.pdf"), a
    link's path stops before another host (:data:`_PATH_STOP`), and a link's span leaves out
    the punctuation after it.

    Examples
    --------
    >>> [h.domain for h in _message_hosts(
    ...     "see acme.com; jo.smith2@gmail.com, t.li at x dot fr, marie.dupont, cv.pdf")]
    ['acme.com', 'gmail.com', 'x.fr']
    >>> [text[h.start:h.end] for text in ['<a href="https://acrne.com/x">acme.com</a>']
    ...  for h in _message_hosts(text)]
    ['https://acrne.com/x', 'acme.com']
    """
    emails = [_Host(m.start(), m.end(), m.start(g), m.end(g), registrable_domain(dom), True)
              for m, dom in _email_domains_of(text)
              for g in (1 if m.group(1) else 2,)
              if dom.rpartition(".")[2] not in _FILE_TLDS] if _may_hold_address(text) else []
    found, k = [], 0
    for start, end, hs, he in _link_pieces(text):
        while k < len(emails) and emails[k].host_start <= start:
            k += 1  # (addresses whose user part ends before the link: both lists in order)
        host = text[hs:he]
        tld = host.rpartition(".")[2]
        if _AT_NEXT.match(text, end) is None and not (
                k < len(emails) and emails[k].start <= start) and tld not in _FILE_TLDS and (
                tld in _KNOWN_TLDS or _country_code(tld) or start < hs or end > he):
            if end > he:
                end = he + len(text[he:end].rstrip(_PATH_TRAIL))
            found.append(_Host(start, end, hs, he, _host_registrable(host)))
    if emails:
        found += emails
        found.sort(key=lambda h: h.start)
    return found


def _country_code(tld: str) -> bool:
    """Is a last label two letters, which every country's code is (.ma, .lu, .tn, .sn, .re):
    a known top-level domain for a bare host, as :data:`_KNOWN_TLDS` (rule R31-D3)?"""
    return len(tld) == 2 and tld.isalpha()


#: Up to this many dots, :func:`_link_pieces` reads links with RE2, above with Python's re.
_FEW_DOTS = 64


def _link_pieces(text: str) -> Iterator[tuple[int, int, int, int]]:
    """The links of a matching form (those of :func:`_links`) as (start, end, host start, host
    end), a path cut at :data:`_PATH_STOP` and the links after the cut read on. Python's re
    finds the same links as :data:`_URL_RE2`, and costs less a link: this signal reads the
    messages that hold hosts (3 times less on 100 kB of hosts, rule R31-D2)."""
    # (RE2 finds the same links as re, faster on a message of a few links; re costs less a
    # link where there are many, as in 100 kB of hosts: the binding pays the text's length at
    # every match)
    for m in (_URL_RE2 if text.count(".") <= _FEW_DOTS else _URL_RE).finditer(text):
        if _is_link(text, m):
            yield from _cut_link(text, m)


def _cut_link(text: str, m: MatchLike) -> Iterator[tuple[int, int, int, int]]:
    start, end = m.span()
    hs, he = m.span(1)
    stop = _PATH_STOP.search(text, he, end) if end > he else None
    yield start, (end if stop is None else stop.start()), hs, he
    if stop is not None:
        for after in _URL_RE.finditer(text, stop.end(), end):
            if _is_link(text, after):
                yield from _cut_link(text, after)


def _may_hold_address(text: str) -> bool:
    """Does a matching form hold what every e-mail address (``lexicon.EMAIL``) holds: an "@" or
    a spelled-out one, and with " at " a spelled-out dot? (A string search: most messages hold
    none, and an RE2 search costs more.)"""
    return "@" in text or "(at)" in text or "[at]" in text or "{at}" in text or (
        " arobase " in text) or (" at " in text and _spelled_dot(text))


def _name_suffix(domain: str) -> tuple[str, str]:
    """The name and the public suffix of a registrable domain (``acme.co.uk``: acme, co.uk)."""
    name, _, suffix = domain.partition(".")
    return name, suffix


def _fold(name: str) -> str:
    for a, b in _FOLD:
        name = name.replace(a, b)
    return name


def _one_edit(a: str, b: str) -> bool:
    """Do two names differ by exactly one edit: a letter inserted, deleted or substituted, or
    two adjacent letters swapped? A digit for a digit ("event2024", "event2025"), a digit or a
    hyphen inserted or dropped ("univ-rennes1", "univ-rennes"; "em-lyon", "emlyon") is a
    numbering or a spelling of the same name, not an edit (rule R31-D2).

    Examples
    --------
    >>> [_one_edit("acmetech", b) for b in ("acmetehc", "acmtech", "acmetecn", "acmetech")]
    [True, True, True, False]
    >>> _one_edit("event2024", "event2025"), _one_edit("acme", "acme-hr")
    (False, False)
    >>> [_one_edit(a, b) for a, b in (("univ-rennes1", "univ-rennes"), ("annexe", "annexe1"),
    ...                               ("em-lyon", "emlyon"), ("micr0soft", "microsoft"))]
    [False, False, False, True]
    """
    return _edit(a, b) is not None


def _edit(a: str, b: str) -> bool | None:
    """``None`` unless two names are one edit apart (:func:`_one_edit`); else whether the edit
    is a look-alike one (rule R31-D3): a letter doubled or a doubled letter dropped
    ("gooogle", "deloite"), or l for i or m for n and back ("linkedln", "paypai", "amazom").

    Examples
    --------
    >>> [_edit(a, b) for a, b in (("google", "gooogle"), ("deloitte", "deloite"),
    ...     ("linkedin", "linkedln"), ("amazon", "amazom"), ("talent", "talents"),
    ...     ("ensae", "ensai"), ("acme", "acme"))]
    [True, True, True, True, False, False, None]
    """
    if a == b or abs(len(a) - len(b)) > 1:
        return None
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) < len(b):
        if a[i:] != b[i + 1:] or b[i].isdigit() or b[i] == "-":
            return None
        # (the first difference: b[i] is no a[i], which is b[i + 1]; doubled, it is b[i - 1])
        return i > 0 and b[i - 1] == b[i]
    if a[i + 1:] == b[i + 1:]:
        if a[i].isdigit() and b[i].isdigit():
            return None
        return {a[i], b[i]} in _ALIKE_LETTERS
    if (i + 1 < len(a) and a[i] == b[i + 1] and a[i + 1] == b[i]
            and a[i + 2:] == b[i + 2:]):
        return False
    return None


#: Letters substituted for each other in a look-alike edit (rule R31-D3).
_ALIKE_LETTERS = ({"l", "i"}, {"m", "n"})


def _edit_alike(a: str, b: str, shortest: int) -> bool:
    """Are two names one edit apart, the shorter of ``shortest`` characters or more, or of
    :data:`LOOKALIKE_MIN_NAME` or more and the edit a look-alike one (rule R31-D3)?"""
    short = min(len(a), len(b))
    if short < LOOKALIKE_MIN_NAME:
        return False
    edit = _edit(a, b)
    return edit is not None and (edit or short >= shortest)


def _names_alike(a: tuple[str, str], b: tuple[str, str], shortest: int) -> bool:
    """Two (name, suffix) pairs of different registrable domains that read alike: names one edit
    apart under the same suffix, the shorter of ``shortest`` characters or more, or of
    :data:`LOOKALIKE_MIN_NAME` or more by a look-alike edit (:func:`_edit`); or names that
    fold to the same one (1 and l, 0 and o, rn and m, vv and w; 4 letters or more), whatever
    the suffix. The same name under another suffix (acme.com, acme.fr) is one organisation."""
    (na, sa), (nb, sb) = a, b
    if na == nb:
        return False
    if sa == sb and _edit_alike(na, nb, shortest):
        return True
    fa = _fold(na)
    return len(fa) >= 4 and fa == _fold(nb)


def _lookalike_pairs(domains: list[str], company: bool = False) -> Iterator[tuple[int, int]]:
    """Pairs ``(i, j)``, ``i < j``, of look-alike domains in a list of distinct registrable
    domains, at most one for each ``j``: against the first domain, against the names that fold
    to its own (a dictionary), and, among the first :data:`LOOKALIKE_MAX_DOMAINS`, against the
    names of its suffix one letter shorter, as long or one longer. Linear in the domains past
    the cap. One edit apart, a name of :data:`LOOKALIKE_MIN_NAME` characters reads like the
    first domain when that is the company's (``company``), and one of
    :data:`LOOKALIKE_MIN_NAME_APART` like any other (rule R31-D2); by a look-alike edit
    (:func:`_edit`), one of :data:`LOOKALIKE_MIN_NAME` like any (rule R31-D3).

    Examples
    --------
    >>> list(_lookalike_pairs(["acmetech.io", "gmail.com", "acrnetech.io", "acme.fr"]))
    [(0, 2)]
    >>> [list(_lookalike_pairs(["ensae.fr", "ensai.fr"], c)) for c in (True, False)]
    [[(0, 1)], []]
    >>> list(_lookalike_pairs(["gmail.com", "amazon.com", "amazom.com"]))
    [(1, 2)]
    """
    shortest = LOOKALIKE_MIN_NAME if company else LOOKALIKE_MIN_NAME_APART
    names = [_name_suffix(dom) for dom in domains]
    folded: dict[str, dict[str, int]] = {}
    near: dict[tuple[str, int], list[int]] = {}
    for j, (name, suffix) in enumerate(names):
        found = 0 if j and _names_alike(names[0], names[j], shortest) else None
        key = _fold(name)
        same = folded.setdefault(key, {})
        if found is None and len(key) >= 4:
            found = next((i for other, i in same.items() if other != name), None)
        same.setdefault(name, j)
        if j < LOOKALIKE_MAX_DOMAINS and len(name) >= LOOKALIKE_MIN_NAME:
            for size in (len(name) - 1, len(name), len(name) + 1):
                if found is not None:
                    break
                found = next((i for i in near.get((suffix, size), ())
                              if _edit_alike(names[i][0], name, LOOKALIKE_MIN_NAME_APART)),
                             None)
            near.setdefault((suffix, len(name)), []).append(j)
        if found is not None:
            yield found, j


def lookalike_domain(approach: Approach, norms: dict[str, NormText]) -> list[Evidence]:
    """Two different domains of one approach (the company URL, the message's links and e-mail
    addresses) whose names read alike: one letter changed, added, dropped or swapped
    (orvalis-conseil.fr, orvalis-consei1.fr), or the same once look-alike characters are folded
    (acmetech.io, acrnetech.io); hosts are read as written, digits included (rule R30-D).

    Examples
    --------
    >>> from recruitscore.normalize import normalize
    >>> a = Approach(message="Send your CV to hr@acrnetech.io",
    ...              sender_company_url="https://www.acmetech.io")
    >>> [e.snippet for e in lookalike_domain(a, {f: normalize(getattr(a, f))
    ...                                          for f in ("message", "sender_company_url")})]
    ['https://www.acmetech.io', 'hr@acrnetech.io']
    """
    url, msg = norms["sender_company_url"], norms["message"]
    company = _company_domain(url.original, url.text)
    if company and _ONE_HOST.search(msg.text) is None:
        return []  # (the boolean twin's gate: no host end beside the company URL; with none,
        # the signal's prefilter asks two host ends of the message, and the hosts decide)
    hosts = _message_hosts(msg.text)
    if len(hosts) + bool(company) < 2:
        return []
    first: dict[str, Evidence] = {}
    # the first span of each domain written in ASCII, and of each written beyond ASCII or in
    # punycode, by the domain its matching form reads (rule R31-H)
    plain: dict[str, Evidence] = {}
    beyond: dict[str, Evidence] = {}
    if company:
        ev = Evidence("sender_company_url", 0, len(url.original), url.original)
        skeleton = _punycode_skeleton(company)
        if skeleton or _homograph(url.original):
            beyond[skeleton or company] = ev
        else:
            plain[company] = ev
        first[company] = ev
    as_written = _reads_hosts_otherwise(msg.original, msg.text)
    wide = not msg.original.isascii()
    for host in hosts:
        dom = host.domain
        hs, he = msg.span(host.host_start, host.host_end)
        if as_written:
            written = _as_written(msg.text[host.host_start:host.host_end], msg.original[hs:he])
            if host.address:  # its spelled-out dots read as _email_domains_of does
                written = registrable_domain(_DOT_WORDS.sub(".", written).replace(" ", ""))
            dom = (_host_registrable(written) if written else "") or dom
        if not dom:
            continue
        s, e = msg.span(host.start, host.end)
        ev = Evidence("message", s, e, msg.original[s:e])
        skeleton = _punycode_skeleton(dom)
        if skeleton or (wide and not _ascii_host(msg.original[hs:he])):
            beyond.setdefault(skeleton or dom, ev)
        else:
            plain.setdefault(dom, ev)
        first.setdefault(dom, ev)
    # a host beyond ASCII that reads as a domain written in ASCII, the company's first
    pairs = [(ev, plain[dom]) if ev.field == "sender_company_url" else (plain[dom], ev)
             for dom, ev in beyond.items() if dom in plain]
    # one-edit and folded names only between domains written in ASCII (rule R31-D3: müller.de
    # and mueller.de, björk.se and bjoerk.se are one name, transliterated)
    ascii_first = {dom: plain[dom] for dom in first if dom in plain}
    evidence = list(ascii_first.values())
    pairs += [(evidence[i], evidence[j]) for i, j in itertools.islice(
        _lookalike_pairs(list(ascii_first), bool(company) and company in plain),
        _LOOKALIKE_MAX_PAIRS)]
    return list(dict.fromkeys(ev for pair in pairs[:_LOOKALIKE_MAX_PAIRS] for ev in pair))


def _punycode_skeleton(domain: str) -> str:
    """The matching form of a registrable domain whose name is written in punycode, when it
    reads as an ASCII name (``xn--cmetech-1fg.io``, "\u0430cmetech.io", reads
    ``acmetech.io``); else ``""`` (rule R31-H).

    Examples
    --------
    >>> _punycode_skeleton("xn--cmetech-1fg.io"), _punycode_skeleton("acmetech.io")
    ('acmetech.io', '')
    """
    if not domain.startswith("xn--"):
        return ""
    name, _, suffix = domain.partition(".")
    try:
        label = name[4:].encode("ascii").decode("punycode")
    except (UnicodeError, ValueError):
        return ""
    read = fast_normalize(label, digits_as_letters=False)
    if not read or not set(read) <= _LABEL_CHARS or read == name:
        return ""
    return f"{read}.{suffix}"


def lookalike_domain_fast(norms: dict[str, str], raws: dict[str, str]) -> bool:
    """Boolean twin of :func:`lookalike_domain`: the domains of the matching forms, and the
    detector itself where it may read a host otherwise than the matching form does (read as
    written, which needs the index map of :func:`~recruitscore.normalize.normalize`): digits
    read as letters or a capital I as "l" (:func:`_reads_hosts_otherwise`), punycode, a company
    URL written beyond ASCII, or a host of the message that may be (:func:`_beyond_ascii_host`)
    where the matching form shows a domain twice or a pair (rule R31-H). A message that names
    the company's own domain alone, in ASCII, is told by string searches.

    A host written beyond ASCII pairs only with the ASCII spelling of its own matching form
    (the same domain twice there) and takes part in no other pair (rule R31-D3), so where the
    matching form shows neither a domain twice nor a pair, the detector finds none for such a
    host: it is not called for one (speed: the gate on text beyond ASCII came first and
    called it on most French messages with two links). Digits read as letters are another
    matter (g0ogle.fr and g0og1e.com fold alike as written; the matching form reads one name
    under two suffixes): the detector reads those.
    """
    msg, raw, url = norms["message"], raws["message"], raws["sender_company_url"]
    fields = ("message", "sender_company_url")
    company = _company_domain(url, norms["sender_company_url"])
    if company and _ONE_HOST.search(msg) is None:
        return False
    # (with no company URL, the column's prefilter passed this row on two host ends: the
    # count of hosts below decides, as the detector's)

    def detector() -> bool:
        return bool(lookalike_domain(Approach(**{f: raws[f] for f in fields}),
                                     {f: normalize(raws[f]) for f in fields}))

    if "xn--" in msg or "xn--" in norms["sender_company_url"] or (
            not url.isascii() and _homograph(url)):
        return detector()  # punycode, or a company URL beyond ASCII (rare)
    otherwise: bool | None = None  # _reads_hosts_otherwise, read once at most
    if company and raw.isascii() and _only_company_hosts(msg, company):
        otherwise = _reads_hosts_otherwise(raw, msg)
        if not otherwise:
            return False  # the company's own domain alone, as written
    hosts = _message_hosts(msg)
    if len(hosts) + bool(company) < 2:
        return False
    named = [dom for dom in (company, *(h.domain for h in hosts)) if dom]
    domains = list(dict.fromkeys(named))
    pair = len(domains) > 1 and next(_lookalike_pairs(domains, bool(company)), None) is not None
    if (pair or len(domains) < len(named)) and not raw.isascii() and _beyond_ascii_host(raw, msg):
        return detector()  # a host that may be written beyond ASCII (rule R31-H)
    if otherwise is None:
        otherwise = _reads_hosts_otherwise(raw, msg)
    if otherwise:
        return detector()
    return pair


#: A letter beyond ASCII within a label's length of a dot of the same run of host characters
#: ("hr@\u0430cmetech.io", "acmetech.\u0456o"), a dot written beyond ASCII between two
#: letters ("acmetech\uff0eio"), or a host's spelled-out dot beside an address: where the
#: boolean twin of :func:`lookalike_domain` calls the detector (rule R31-H). Between the
#: letter and the dot, only ASCII host characters, at most a label's 63 (the letter beyond
#: ASCII nearest to the dot is enough), so the search stays linear and cheap on a long text
#: beyond ASCII with no space (CJK).
_DOTS = "\u2024\ufe52\uff0e"
_LABEL_RUN = "[^\\s/?#@<>()\\[\\]{}\"',;:.\\x80-\\U0010ffff]{0,63}"
#: (Not quotes, guillemets, an em dash, an ellipsis or a no-break space, which the matching
#: form reads as no host character.)
_BEYOND = "[^\\x00-\\x7f\u00a0\u00ab\u00bb\u2014\u2018\u2019\u201c\u201d\u2026\u202f]"
_HOST_BEYOND = re.compile(f"{_BEYOND}{_LABEL_RUN}[.{_DOTS}]\\w"
                          f"|\\w[.{_DOTS}]{_LABEL_RUN}{_BEYOND}"
                          f"|[A-Za-z0-9][{_DOTS}][A-Za-z0-9]")


def _beyond_ascii_host(raw: str, norm: str) -> bool:
    """May a message hold a host written beyond ASCII or in punycode (``xn--``)?"""
    return "xn--" in norm or (not raw.isascii() and (
        _HOST_BEYOND.search(raw) is not None or (_spelled_dot(norm) and _may_hold_address(norm))))


# invisible characters, and control characters (NUL, DEL...: no message needs one between two
# letters; normalisation reads them as spaces, so they are a disguise either way), as code point
# ranges: the regex class body and the set are both made from them
_INV_RANGES = ((0x200B, 0x200F), (0x2060, 0x2064), (0xFEFF, 0xFEFF), (0xAD, 0xAD),
               (0x180E, 0x180E), (0x00, 0x08), (0x0E, 0x1B), (0x7F, 0x7F))


def _class_char(code: int) -> str:
    # an escape below U+0100 (no NUL in a pattern; RE2 and re both read \xHH), else the letter
    return f"\\x{code:02x}" if code < 0x100 else chr(code)


_INV = "".join(_class_char(lo) + (f"-{_class_char(hi)}" if hi > lo else "")
               for lo, hi in _INV_RANGES)
_INV_CHARS = frozenset(chr(c) for lo, hi in _INV_RANGES for c in range(lo, hi + 1))
#: every character a snippet widens over: the invisible ones, and the other characters the
#: matching form reads as a space between two letters (``normalize.JOINING_RANGES``), which
#: _SELECTOR_IN_WORD looks for between Latin letters only
_HIDDEN_CHARS = _INV_CHARS | frozenset(
    chr(c) for lo, hi in JOINING_RANGES for c in range(lo, hi + 1))
_INVISIBLE_IN_WORD = re.compile(f"[^\\s{_INV}][{_INV}]{{1,8}}[^\\s{_INV}]")
# variation selectors, the combining grapheme joiner, tag characters, bidi embeddings and
# isolates, Mongolian and Khmer invisibles between two Latin letters (after an emoji a variation
# selector is how the emoji is drawn: "❤️!"; rules R21-E, R21-J)
_SELECTORS = ranges_class(merge_ranges([ord(c) for c in _HIDDEN_CHARS - _INV_CHARS]))
_SELECTOR_IN_WORD = re.compile(f"[{LATIN_LETTERS}][{_SELECTORS}]{{1,8}}[{LATIN_LETTERS}]")
# Styled letters that normalisation reads as plain ones: small capitals (a plain letter may sit
# between them, as "s" in "ᴡʜᴀᴛsᴀᴘᴘ"), mathematical bold/italic/script, circled, squared and
# full-width letters; three in a row are a disguise, not typography.
_SMALL_CAPS = "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘꞯʀꜱᴛᴜᴠᴡʏᴢ"
_STYLED = re.compile(
    f"[{_SMALL_CAPS}](?:[a-z]?[{_SMALL_CAPS}]){{2,}}"
    "|[\U0001d400-\U0001d7ff]{3,}|[\u24b6-\u24e9]{3,}|[\U0001f130-\U0001f189]{3,}"
    "|[\uff21-\uff3a\uff41-\uff5a]{3,}"
)
_MIXED_SCRIPT = re.compile(
    "[A-Za-z][\u0400-\u04ff\u0370-\u03ff]|[\u0400-\u04ff\u0370-\u03ff][A-Za-z]"
)
#: A Latin letter drawn as two letters ("Flighʦ", « instaỻation »: the matching form reads
#: them as their two letters, red-team round 9 F6) beside a letter of a word; not æ, œ or ß,
#: which French, Danish and German write.
_DIGRAPH_IN_WORD = re.compile(f"[A-Za-z][{DIGRAPHS}]|[{DIGRAPHS}][A-Za-z]")
# Characters that each pattern above needs: in the boolean twin, a pattern runs only on a text
# that holds one (a search for one class skips along the text; each pattern starts with a
# class that nearly every character is in, or with an alternation, which Python's re tries at
# every position: 8-19 us each on a 500-character message, against 2-4 us)
_INVISIBLE_CHAR = re.compile(f"[{_INV}]")
_SELECTOR_CHAR = re.compile(f"[{_SELECTORS}]")
_STYLED_CHAR = re.compile(f"[{_SMALL_CAPS}\U0001d400-\U0001d7ff\u24b6-\u24e9"
                          "\U0001f130-\U0001f189\uff21-\uff3a\uff41-\uff5a]")
_MIXED_CHAR = re.compile("[\u0400-\u04ff\u0370-\u03ff]")
_DIGRAPH_CHAR = re.compile(f"[{DIGRAPHS}]")
_TURNED_CHAR = re.compile(TURNED_HINT)  # (upside-down writing: normalize.upside_down_span)
#: Words worth disguising, by writers who want to slip past a keyword filter.
KEY_TERMS: tuple[str, ...] = (
    "whatsapp", "telegram", "signal", "wechat", "skype", "viber", "threema", "gmail", "proton",
    "protonmail", "outlook", "hotmail", "yahoo", "password", "confidential", "secret", "crypto",
    "bitcoin", "clearance", "habilitation", "cash", "discreet", "discret", "linkedin",
)
_KEY_RE = compile_re2("|".join(f"(?:{term(t)})" for t in KEY_TERMS))
_KEY_OBFUSCATED = "|".join(f"(?:{obfuscated_term(t)})" for t in KEY_TERMS)
#: Messaging apps written backwards ("ppastahw").
_REVERSED = re.compile(
    r"\b(?:" + "|".join(w[::-1] for w in ("whatsapp", "telegram", "wechat", "skype", "viber",
                                           "threema", "protonmail", "gmail")) + r")\b",
    re.ASCII,
)
_SPACED_RUN = re.compile(r"\b(?:[a-z][ .\-_*/]){4,}[a-z]\b", re.ASCII)
#: Letters that display as a blank (Hangul fillers, the Braille blank) between two characters:
#: used as spaces, they look like ordinary text (the matching form reads them as spaces).
_BLANK_AS_SPACE = re.compile(f"[^\\s{BLANK_LOOKING}][{BLANK_LOOKING}]+[^\\s{BLANK_LOOKING}]")
_BLANK_CHAR = re.compile(f"[{BLANK_LOOKING}]")
#: A narrow space (hair, thin...) or U+FFFC between two letters: drawn as letter spacing or as
#: nothing, it cuts the word for a filter (the matching form reads the word joined, and the
#: blank-looking letters are _BLANK_AS_SPACE's; rule R28-B1). Not the narrow space that a text
#: without ordinary spaces uses as its word gap (``normalize.in_word_gaps``).
_GAP_IN_WORD = re.compile(f"(?<=[{GAP_LETTERS}])[{NARROW_SPACES}\ufffc]{{1,8}}(?=[{GAP_LETTERS}])")
_GAP_CHAR = re.compile(f"[{NARROW_SPACES}\ufffc]")


def _gaps_in_words(text: str) -> Iterator[re.Match[str]]:
    """The matches of _GAP_IN_WORD whose gaps all join two letters of ``text`` (the pattern
    runs only on a text that holds such a character, see _INVISIBLE_CHAR below)."""
    if _GAP_CHAR.search(text) is None:
        return iter(())
    joining = in_word_gaps(text)
    return (m for m in _GAP_IN_WORD.finditer(text) if all(c in joining for c in m.group()))


def _word_around(text: str, start: int, end: int, hidden: frozenset[str] | str,
                 cut: str = "") -> tuple[int, int]:
    """``[start, end)`` widened to the whole word (at most 40 characters each way): over
    letters, digits and ``hidden`` characters, and over ``cut`` characters between two
    letters."""
    lo, hi = max(0, start - 40), min(len(text), end + 40)
    while start > lo and (text[start - 1].isalnum() or text[start - 1] in hidden or (
            text[start - 1] in cut and start > 1 and text[start - 2].isalpha())):
        start -= 1
    while end < hi and (text[end].isalnum() or text[end] in hidden or (
            text[end] in cut and end + 1 < len(text) and text[end + 1].isalpha())):
        end += 1
    return start, end


#: A right-to-left override (U+202E) and the run it reverses: text made to display other than
#: as stored (the matching form reads it both ways, :mod:`recruitscore.normalize`).
_OVERRIDE = re.compile("\u202e[^\u202c\n\r\u2029]{0,200}")
#: Five or more letters spaced or dotted one by one in the original text: the matching form
#: reads spaced writing as words (:mod:`recruitscore.normalize`, step 0), so it is looked for
#: here.
_SPACED_RAW = re.compile(
    "(?<![^\\W_])(?:[^\\W\\d_][ .\\-_*/\u00b7\u2022]){4,}[^\\W\\d_](?![^\\W_])")
_SPELLED_AT = re.compile(
    r"\((?:at|dot)\)|\[(?:at|dot)\]|\{(?:at|dot)\}| arobase | dot (?:com|net|org|io|me)\b", re.ASCII
)
#: RE2 prefilters (original text, matching form) for :func:`obfuscated_text`. A key word with
#: digits for letters ("Wh4tsApp", "T3légram") reads plainly in the matching form, which turns
#: such digits into letters (:mod:`recruitscore.normalize`, step 4): the original text is
#: searched for a digit of that kind between two letters.
OBFUSCATION_PREFILTER_ORIGINAL = "|".join(
    [_INVISIBLE_IN_WORD.pattern, _SELECTOR_IN_WORD.pattern, _MIXED_SCRIPT.pattern,
     _STYLED.pattern, _DIGRAPH_IN_WORD.pattern, TURNED_HINT,
     r"\pL[013457]{1,2}\pL", "(?:\\pL[ .\\-_*/\u00b7\u2022]){4}\\pL", "\u202e",
     f"[{BLANK_LOOKING}]", f"[\\pL\\pN][{NARROW_SPACES}\ufffc]{{1,8}}[\\pL\\pN]"])
OBFUSCATION_PREFILTER_NORM = "|".join([_KEY_OBFUSCATED, _SPACED_RUN.pattern, _SPELLED_AT.pattern,
                                       _REVERSED.pattern])
#: Ordinary spellings of a key word that are not a disguise: "Linked-In" and "Linked In" are
#: how many people write the platform's name, which no one needs to hide from a filter (nor
#: "Linked/In", "Linked·In").
_ORDINARY = re.compile("|".join(KEY_TERMS) + r"|linked[^a-z0-9]{0,4}in")


def _disguised(word: str) -> bool:
    """A key word written other than plainly or in one of its ordinary spellings (letters
    alone can be a disguise: "vvhatsapp", "telegrarn")."""
    return _ORDINARY.fullmatch(word) is None


#: the same as the last prefilter, for Python's ``re`` (which has no ``\pL``)
_DIGIT_IN_WORD = re.compile(r"[^\W\d_][013457]{1,2}[^\W\d_]")


def _key_words(norm: str, raw: str) -> Iterator[tuple[Any, str]]:
    """The key words of a matching form, each with its spelling before digits were read as
    letters (the same span of ``fast_normalize(raw, digits_as_letters=False)``)."""
    before: str | None = None
    for m in _KEY_RE.finditer(norm):
        if before is None:
            before = (fast_normalize(raw, digits_as_letters=False)
                      if _DIGIT_IN_WORD.search(raw) else norm)
        yield m, before[m.start():m.end()]


def obfuscated_text_fast(norms: dict[str, str], raws: dict[str, str]) -> bool:
    """Boolean twin of :func:`obfuscated_text`."""
    text = raws["message"]
    # (each pattern only on a text that holds a character it needs, see _INVISIBLE_CHAR)
    if ((_INVISIBLE_CHAR.search(text) and _INVISIBLE_IN_WORD.search(text))
            or (_SELECTOR_CHAR.search(text) and _SELECTOR_IN_WORD.search(text))
            or (_MIXED_CHAR.search(text) and _MIXED_SCRIPT.search(text))
            or (_DIGRAPH_CHAR.search(text) and _DIGRAPH_IN_WORD.search(text))
            or (_TURNED_CHAR.search(text) and upside_down_span(text) is not None)
            or (_STYLED_CHAR.search(text) and _STYLED.search(text))
            or _SPACED_RAW.search(text) or "\u202e" in text
            or (_BLANK_CHAR.search(text) and _BLANK_AS_SPACE.search(text))
            or next(_gaps_in_words(text), None)):
        return True
    norm = norms["message"]
    spans = i_for_l_spans(text)
    if spans:  # key words as read with a capital I as an l (rule R29-N)
        text = i_as_l(text, spans)
        norm = fast_normalize(text)
    if any(_disguised(spelt) for _, spelt in _key_words(norm, text)):
        return True
    return bool(_SPACED_RUN.search(norm) or _SPELLED_AT.search(norm) or _REVERSED.search(norm))


def obfuscated_text(approach: Approach, norms: dict[str, NormText]) -> list[Evidence]:
    """Writing that disguises words: invisible characters or other scripts inside a word,
    styled letters (small capitals, full-width), spaced or dotted letters, symbol swaps in key
    words, app names written backwards, ``(at)``/``(dot)`` addresses, a right-to-left
    override, blank-looking letters used as spaces."""
    text = approach.message
    out: list[Evidence] = []
    for rx in (_INVISIBLE_IN_WORD, _SELECTOR_IN_WORD, _MIXED_SCRIPT, _STYLED, _DIGRAPH_IN_WORD,
               _SPACED_RAW, _OVERRIDE, _BLANK_AS_SPACE, _GAP_IN_WORD):
        found_by = _gaps_in_words(text) if rx is _GAP_IN_WORD else rx.finditer(text)
        cut = ""
        for k, m in enumerate(found_by):
            if k >= 5:
                break
            if rx is _OVERRIDE:  # the override and the run it reverses, as stored
                out.append(Evidence("message", m.start(), m.end(), m.group()))
                continue
            if rx is _GAP_IN_WORD and not cut:  # (read once per text, on its first gap)
                cut = in_word_gaps(text)
            # widen to the whole word (at most 40 characters each way) for a readable snippet
            s, e = _word_around(text, m.start(), m.end(), _HIDDEN_CHARS, cut)
            out.append(Evidence("message", s, e, text[s:e]))
    span = upside_down_span(text) if _TURNED_CHAR.search(text) else None
    if span is not None:  # upside-down writing (red-team round 9, F4)
        out.append(Evidence("message", span[0], span[1], text[span[0]:span[1]]))
    nt = norms["message"]
    spans = i_for_l_spans(text)
    if spans:
        # a capital I written for an l is no disguise of its own (rule R29-N: the legitimate
        # messages so written must read as written plainly); the key words are judged on the
        # text read with it as an l, one character for one (the same spans)
        nt = normalize(i_as_l(text, spans))
    found = 0
    for m, spelt in _key_words(nt.text, nt.original):
        if found >= 5:
            break
        if _disguised(spelt):
            s, e = nt.span(m.start(), m.end())
            out.append(Evidence("message", s, e, text[s:e]))
            found += 1
    out.extend(find_spans(_SPACED_RUN, nt, "message"))
    out.extend(find_spans(_SPELLED_AT, nt, "message"))
    out.extend(find_spans(_REVERSED, nt, "message"))
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


# --------------------------------------------------------------------------------------------
# recruitment fraud and developer lures (RED-FLAGS 1d/1e)
# --------------------------------------------------------------------------------------------
_FREEMAIL_RE = compile_re2(FREEMAIL)
_HR_WORDS = compile_re2(
    r"\b(?:hr|human resources?|recruitment (?:team|department|office|officer|manager)|talent"
    r" acquisition|hiring (?:manager|team|department)|personnel (?:department|office)"
    r"|recruiter|recruiting (?:team|manager|officer)|on behalf of (?:the|our) (?:company|firm)"
    r"|recruteur|recruteuse|au nom de (?:la|notre) (?:societe|entreprise)"
    r"|ressources humaines|rh|service (?:du |de )?recrutement|drh|charge(?:e)? de recrutement)\b"
)


def freemail_company_contact(approach: Approach, norms: dict[str, NormText]) -> list[Evidence]:
    """A consumer e-mail address given in the name of a company: the message speaks as its HR
    or recruiting team, yet gives a gmail/outlook/... address. (The message alone decides: an
    unknown profile must not change whether it fires.)"""
    msg = norms["message"]
    if not _HR_WORDS.search(msg.text):
        return []
    found = find_spans(_FREEMAIL_RE, msg, "message")
    return [*found, *find_spans(_HR_WORDS, msg, "message", limit=1)] if found else []


def freemail_company_contact_fast(norms: dict[str, str], raws: dict[str, str]) -> bool:
    """Boolean twin of :func:`freemail_company_contact` on matching forms."""
    return bool(_FREEMAIL_RE.search(norms["message"]) and _HR_WORDS.search(norms["message"]))


#: A package runner that fetches a package and runs it at once (rule R28-F, red-team round 10
#: F9): ``npx``, ``bunx``, ``pnpx``, ``uvx`` or ``pipx run`` with a package name (flags
#: allowed: "npx --yes acme-assess@1.2.0"), ``go run`` of a remote module at a version ("go run
#: github.com/acme-hr/assess@latest"; not "go run the numbers"), ``deno run`` of a script, a URL
#: or a package ("deno run -A https://acme-hr.dev/assess.ts"; not "Deno" as a name). Read as
#: ``npm install`` is: what runs is a package the sender names.
_RUNNER_FLAGS = r"(?: --?[a-z][a-z\-]*(?:=[^ ]+)?)*"
#: a package name: scoped ("@acme/assess"), holding a sign ("acme-assess", "assess@1.2",
#: "jsr:@acme/assess", "main.ts") or of five characters or more, so that a word after the
#: runner ("npx and yarn", "uvx is fast") is none
_PACKAGE = (r"(?:@[a-z0-9]|[a-z0-9]+[._/:@^~\-]+[a-z0-9]|[a-z0-9]{5})(?:[a-z0-9._/:@^~\-]*"
            r"[a-z0-9])?")
PACKAGE_RUNNER = (
    r"\b(?:npx|bunx|pnpx|uvx|pipx run)" + _RUNNER_FLAGS + r" " + _PACKAGE
    + r"|\bgo run [a-z0-9][a-z0-9\-]*(?:\.[a-z0-9\-]+)*\.[a-z]{2,}/[a-z0-9._/\-]*@[a-z0-9]"
    r"(?:[a-z0-9.\-]*[a-z0-9])?"
    + r"|\bdeno run" + _RUNNER_FLAGS + r" (?:https?://[^ ]*[^ .,;:!?)]|" + _PACKAGE + r")"
)
#: Public tools a take-home's README runs through a package runner on the candidate's own code
#: ("run your tests with npx jest", "npx create-react-app my-solution"): a closed formula
#: (``unless_template`` of run_our_code) that holds such a runner match whole.
KNOWN_RUNNER_TOOLS = (
    r"\b(?:npx|bunx|pnpx|uvx|pipx run)" + _RUNNER_FLAGS + r" (?:jest|vitest|mocha|jasmine|ava"
    r"|eslint|prettier|tsc|typescript|ts-node|tsx|playwright|cypress|nodemon|http-server|serve"
    r"|vite|webpack|rollup|esbuild|parcel|nx|turbo|lerna|husky|lint-staged|storybook"
    r"|create-react-app|create-next-app|create-vite|degit|prisma|knex|sequelize-cli|pytest|ruff"
    r"|black|mypy|flake8|pylint|tox|nox|pre-commit|poetry|cookiecutter|hatch"
    # (and words of prose after a runner: "we use npx instead of global installs")
    r"|instead|rather|which|where|there|these|those|often|every|before|after|scripts|commands"
    r"|packages|binaries|plutot|avant|apres)"
    r"(?:@[a-z0-9](?:[a-z0-9.^~\-]*[a-z0-9])?)?(?: |[,;:)!?]|\.(?: |$)|$)"
)

#: L1/L2: install and run (or review, debug, extend) the sender's existing code.
RUN_CODE_PATTERNS: tuple[str, ...] = (
    PACKAGE_RUNNER,
    r"\bgit clone\b|\bnpm (?:i|install|start|ci|run(?: (?:dev|start|build|test|serve))?)\b"
    r"|\byarn (?:install|start|dev)\b|\bpnpm (?:i|install|dev|start)\b|\bpip install -r\b"
    r"|\bdocker[- ]compose up\b|\bnode (?:index|server|app|main)\.js\b"
    r"|\bpython3? (?:main|app|run|setup|manage)\.py\b",
    r"\b(?:clone|fork|download|pull|check out|checkout|grab|unzip|open) (?:the|this|our|my|a|that)"
    r" (?:private |test |demo |sample )?(?:repo|repository|project|codebase|code base|source code"
    r"|git repo)\b",
    r"\b(?:run|install|set up|setup|build|launch|start|deploy|execute|spin up|get) (?:it|the"
    r" (?:project|app|application|repo|code|codebase|dapp|backend|frontend|platform|mvp"
    r"|prototype|poc|demo)|our (?:project|app|application|code|codebase|dapp|platform|mvp"
    r"|prototype|poc|demo|backend|frontend))(?: up)? (?:locally|on your (?:machine|computer"
    r"|laptop|pc|local|side|end)"
    r"|before (?:the|our|your) (?:call|interview|meeting|chat)|beforehand|in advance|ahead of"
    r" (?:the|our|your) (?:call|interview|meeting|chat))",
    r"\b(?:take a look at|look at|review|check|debug|fix|extend|improve|refactor|audit|test)"
    r" (?:our|the|this|my) (?:codebase|code base|existing (?:code|project|codebase|app|repo)"
    r"|repo|repository|proof of concept|poc|mvp|smart contracts?|dapp)\b",
    r"\b(?:fix|resolve|debug|solve) (?:a |the |some |an |this |that |these |those )?(?:bugs?"
    r"|issues?|errors?|problems?) (?:in|on|with) (?:our|the|this|my) (?:[a-z\-]+ )?(?:project|repo"
    r"|repository|codebase|app|code|dapp|backend|frontend|api)\b",
    r"\b(?:deprecated|outdated) (?:node |npm )?(?:modules|packages|dependencies)\b",
    r"\b(?:implement|add|build|write) (?:a |an |the |one )?(?:(?:new|crud|rest|api|small|simple)"
    r"\s){0,2}(?:feature|endpoint|module|function|page|component)s? (?:in|into|to|on) (?:our|the"
    r"|this|my) (?:existing )?"
    r"(?:project|repo|repository|codebase|app|code|backend)\b",
    r"\bdebugging (?:exercise|task|test|challenge|assignment)\b",
    r"\binstall (?:the |all |its |our )?(?:dependencies|node modules|npm packages)\b",
    r"\b(?:run|execute) (?:the|our|this|my) (?:repo|codebase|code|script|dapp)\b",
    r"\b(?:review|go through|study) (?:our|the) (?:initial |existing |current |company'?s? )?"
    r"(?:project|code|codebase|repo|repository)(?: (?:repo|repository|code|codebase|files))?"
    r" (?:first |beforehand )?(?:before|ahead of|prior to) (?:the|your|our|a) (?:technical "
    r"|tech |next )?(?:meeting|interview|call|round)\b",
    r"\b(?:open|load|run) (?:it|the project|the repo|the folder|the code) in (?:vs ?code|visual"
    r" studio(?: code)?|your ide|cursor)\b",
    # French
    r"\bclone[zr]? (?:le|ce|notre|mon) (?:depot|repo|projet|code)\b",
    r"\binstalle[zr]? (?:les dependances|les modules|les paquets)\b",
    # an imperative ("lancez le projet") is a demand; an infinitive needs a place or a time,
    # as in English ("run it locally", "before our call"): "les instructions pour lancer
    # l'application" in a take-home brief is about the candidate's own code
    r"\b(?:installez|lancez|executez|demarrez) (?:le projet|l'application|notre projet"
    r"|notre application|le code|le depot|le repo)\b",
    r"\b(?:installer|lancer|executer|demarrer) (?:le projet|l'application|notre projet"
    r"|notre application|le code|le depot|le repo)(?: [\w'-]+){0,5} (?:en local|localement"
    r"|chez (?:vous|toi)|sur (?:votre|ta|ton) (?:machine|ordinateur|poste|pc|portable)"
    r"|(?:avant|pendant|durant) (?:l'|le |la |notre |votre |ton |ta )?(?:entretien|appel"
    r"|reunion|rendez-vous|call|echange|visio|visioconference)|demain)\b",
    # a pronoun for the project just named: « récupérez le projet et le lancer sur votre poste »
    r"\b(?:le|la|les) (?:lancer|installer|executer|demarrer|faire tourner|deployer)(?: [\w'-]+)"
    r"{0,5} (?:en local|localement|chez (?:vous|toi)|sur (?:votre|ta|ton) (?:machine|ordinateur"
    r"|poste|pc|portable)|(?:avant|pendant|durant) (?:l'|le |la |notre |votre |ton |ta )?"
    r"(?:entretien|appel|reunion|rendez-vous|call|echange|visio|visioconference))\b",
    r"\bfai(?:re|tes|s) tourner (?:le projet|l'application|notre projet|notre application"
    r"|le code|notre code|le depot|le repo|notre mvp|le mvp)\b",
    r"\b(?:corrige[zr]?|debugge[zr]?|deboguer|deboguez|revoir|relire|ameliorer|reparer)"
    r" (?:un |le |les |des |quelques |ce |cette )?(?:bugs?|bogues?|erreurs?) (?:dans|de|sur)"
    r" (?:notre|le|ce|mon) (?:projet|code|depot|repo|application|backend|frontend|api)\b",
    r"\brevue de (?:notre|ce|leur|mon) (?:code|projet|depot)\b",
    r"\b(?:(?:examine[zr]?|etudie[zr]?|revoir|revoyez|consulte[zr]?|parcourir|parcourez"
    r"|relire|relisez)(?: (?:bien|attentivement))?|(?:jete[zr]?|jette) un (?:oeil|coup d'oeil)"
    r" (?:a|sur)) (?:notre|le|ce) (?:projet|code|depot)(?: (?:github|gitlab|git))? (?:avant"
    r"|en amont de) (?:la|le|votre|notre|l') ?(?:reunion|entretien|appel|rendez-vous)\b",
)
_RUN_CODE = compile_re2("|".join(f"(?:{p})" for p in RUN_CODE_PATTERNS))
#: A link to a code host or a file-sharing site (group 1 the host, group 2 the organisation)
_CODE_LINK_PATTERN = (
    r"\b(?:https?://)?(?:www\.)?(bitbucket\.org|gitlab\.com|github\.com|gist\.github\.com"
    r"|raw\.githubusercontent\.com|codesandbox\.io|replit\.com|glitch\.com|stackblitz\.com"
    r"|limewire\.com|mega\.nz|dropbox\.com|drive\.google\.com|docs\.google\.com|wetransfer\.com"
    r"|we\.tl|1drv\.ms|onedrive\.live\.com|gofile\.io|mediafire\.com|transfer\.sh|file\.io)"
    r"(?:/([a-z0-9_.\-]{1,60}))?[^ ]{0,200}"
)
_CODE_HOST_PATTERN = (
    _CODE_LINK_PATTERN
    + r"|\b(?:invite|add) you (?:to|as a collaborator (?:on|to)) (?:our |my |the |a )?(?:private )?"
    r"(?:repo|repository|github|gitlab|bitbucket|organi[sz]ation|org|workspace)\b"
    r"|\bprivate (?:repo|repository|github repo)\b"
    r"|\b(?:invite|invitation|access) to your (?:github|gitlab|bitbucket)\b"
    r"|\b(?:your|ur) (?:github|gitlab|bitbucket) (?:username|user name|handle|id|e-?mail)\b"
    r"|\bshare (?:our|the|my) (?:company'?s? )?(?:github |gitlab |bitbucket )?(?:repo|repository)"
    r" with you\b"
    r"|\b(?:from|on|in|via|at) (?:our |my |the |a )?(?:bitbucket|gitlab)\b"
    r"|\b(?:depot|repo) prive\b"
    r"|\b(?:votre|ton) (?:identifiant|pseudo|nom d'utilisateur) (?:github|gitlab|bitbucket)\b"
    # code sent as a file through a sharing link (RED-FLAGS L3: a ZIP download; R29-G)
    r"|\bfile[- ]?sharing (?:link|site|service)\b|\blien de (?:partage|telechargement)\b"
)
_CODE_HOST = compile_re2(_CODE_HOST_PATTERN)
#: The sender's code for the test named, or moved to another host, which gates
#: :func:`adhoc_code_hosting` as a request to run or work on it does: "the test project",
#: "I've mirrored the project to a Bitbucket workspace", « le dépôt de test », « le projet du
#: test » (rule R29-G, set E)
_TEST_CODE = compile_re2(
    r"\b(?:the|our|this) (?:test|assessment|assignment|interview|take-home|challenge)"
    r" (?:project|repo|repository|codebase|code base)\b"
    r"|\b(?:mirrored|moved|migrated|re-?uploaded|copied|pushed) (?:the |our )?(?:project|repo"
    r"|repository|code|codebase) (?:to|on|onto)\b"
    r"|\b(?:le|ce|notre) (?:depot|repo|projet)(?: git)? (?:de test|du test|de l'exercice"
    r"|de l'epreuve|d'evaluation)\b"
)
#: RE2 prefilter for :func:`adhoc_code_hosting`.
CODE_HOST_PREFILTER = _CODE_HOST_PATTERN
_REPO_HOSTS = frozenset({"bitbucket.org", "gitlab.com", "github.com"})


def _org_token(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


#: The preposition phrase of :data:`_CODE_HOST` ("on gitlab", "from our bitbucket")
_HOST_PHRASE = re.compile(r"(?:from|on|in|via|at) (?:our |my |the |a )?(bitbucket|gitlab)$")
_NEXT_LABEL = re.compile(r"\.[a-z0-9]")
#: :data:`_CODE_LINK_PATTERN` read from a given position, with Python's ``re``: google-re2's
#: ``match`` at a position converts offsets over the whole text before it, which made a text
#: of many such phrases quadratic (review58 S1)
_CODE_LINK_AT = re.compile(_CODE_LINK_PATTERN)


def _link_after_phrase(text: str, m: MatchLike) -> MatchLike:
    """The link a preposition phrase of :data:`_CODE_HOST` ends in, when there is one: "on
    gitlab" in "on gitlab.com/helixq/app" is the link "gitlab.com/helixq/app", whose
    organisation :func:`adhoc_code_hosting` checks (rule R39-E; review57). Else the match
    itself (an invitation's "collaborator on gitlab" stays an invitation: review58 S2).

    Examples
    --------
    >>> text = "the brief is on gitlab.com/helixq/app"
    >>> _link_after_phrase(text, _CODE_HOST.search(text)).group(0)
    'gitlab.com/helixq/app'
    >>> text = "the brief is on gitlab, in our workspace"
    >>> _link_after_phrase(text, _CODE_HOST.search(text)).group(0)
    'on gitlab'
    """
    phrase = _HOST_PHRASE.fullmatch(m.group(0)) if m.group(1) is None else None
    if phrase is None or _NEXT_LABEL.match(text, m.end()) is None:
        return m
    link = _CODE_LINK_AT.match(text, m.start() + phrase.start(1))
    return m if link is None else link


_DOT_DOT = frozenset({"..", ".%2e", "%2e.", "%2e%2e"})
_DOT = frozenset({".", "%2e"})


def _resolved_org(path: str) -> str:
    """The first segment of a link's path (``path`` starts after the host) once its dot
    segments are resolved as a browser resolves them ("\\" is "/", "%2e" is ".", a query or a
    fragment ends it), so that "helixq/app/../../devs-x" is under "devs-x" and "helixq/app/..."
    (an ellipsis) under "helixq" (review59 P1).

    Examples
    --------
    >>> [_resolved_org(p) for p in ("/helixq/app", "/helixq/app/../../devs-x",
    ...  "/helixq/app/...", "/helixq/%2e%2e/x?r=/..", "/helixq/./app")]
    ['helixq', 'devs-x', 'helixq', 'x', 'helixq']
    """
    kept: list[str] = []
    for seg in re.split(r"[/\\]", re.split(r"[?#]", path, maxsplit=1)[0])[1:]:
        if seg.split(";", 1)[0] in _DOT_DOT:
            if kept:
                kept.pop()
        elif seg not in _DOT:
            kept.append(seg)
    return kept[0] if kept else ""


def adhoc_code_hosting(approach: Approach, norms: dict[str, NormText]) -> list[Evidence]:
    """Code or a brief on ad-hoc hosting (Bitbucket, GitLab, a GitHub repo, a file-sharing link,
    a private-repo invitation), in a message that also asks to run or work on the sender's
    code (L1/L2). A repository under the sender's own organisation does not count."""
    msg = norms["message"]
    if not _RUN_CODE.search(msg.text) and not _TEST_CODE.search(msg.text):
        return []
    company = {_org_token(norms["sender_company"].text)}
    domain = registrable_domain(norms["sender_company_url"].text)
    if domain:
        company.add(_org_token(domain.split(".", 1)[0]))
    company.discard("")
    out: list[Evidence] = []
    read_to = 0
    for m in _CODE_HOST.finditer(msg.text):
        if m.start() < read_to:
            continue  # (inside the link read below)
        m = _link_after_phrase(msg.text, m)
        read_to = m.end()
        host, org = m.group(1), m.group(2)
        if host in _REPO_HOSTS and org and _org_token(_resolved_org(
                msg.text[m.end(1):m.end()])) in company and platform_link(
                _REPO_HOSTS, msg.text, m.start(1), m.end(1)):
            # the company's own organisation: a verifiable home for the code (on the code
            # host itself, not in another host's path or user part: rule R32-F; its path as a
            # browser resolves it: "helixq/x/../../other" is another's, review58 S3, review59
            # P1); what is glued after the organisation is read on (a phrase's link: review58)
            read_to = m.end(2)
            continue
        s, e = msg.span(m.start(), m.end())
        out.append(Evidence("message", s, e, msg.original[s:e]))
        if len(out) >= 5:
            break
    return out


_ASSESS_PATTERN = (
    r"\b(?:skills?|technical|tech|coding|online|aptitude|psychometric|programming|pre-employment"
    r"|candidate|recruitment|hiring|competency|qualification) (?:assessment|test|testing|challenge"
    r"|exam|evaluation|quiz)s?\b|\bassessment (?:portal|platform|link|page|site)\b"
    r"|\b(?:quiz|test|exercice|epreuve)s? (?:de code|de programmation|de competences)\b"
    r"|\b(?:test|evaluation|examen) (?:technique|en ligne|d'aptitude|de competences)s?\b"
    r"|\b(?:complete|completing|start|begin|take|taking|finish|do|passer|passez|completer"
    r"|completez) (?:the |this |your |an |our |le |l'|votre )?(?:[0-9]{1,3}[- ]?(?:minutes?|min"
    r"|hours?|questions?|parts?|steps?) )?(?:online |video |short |quick )?"
    r"(?:assessment|evaluation|questionnaire)s?\b"
    # the test said to take place somewhere: « le test se fait sur notre portail maison »
    # (rule R29-G, set E)
    r"|\b(?:the|our|le|notre) (?:test|exam|examen|assessment|exercice)s? (?:se fait|se passe"
    r"|se deroule|a lieu|is done|is taken|takes place|runs|is hosted|is run) (?:sur|on|via|dans"
    r"|in|en ligne|online)\b"
)
_ASSESS = compile_re2(_ASSESS_PATTERN)
#: RE2 prefilter for :func:`assessment_portal`.
ASSESS_PREFILTER = _ASSESS_PATTERN
_PORTAL = compile_re2(
    r"\b(?:our|the|a|your|notre|le|la|votre) (?:own |candidate |candidates |assessment |testing"
    r" |skills |evaluation |recruitment |hiring |talent |career |careers |online |secure )?"
    r"(?:portal|portail)\b|\b(?:testing|test|assessment|evaluation) hub\b"
    r"|\bplateforme (?:d'evaluation|de test|de tests|d'examen)\b"
    r"|\b(?:register|sign up|create (?:an|your) account|open an account)\b"
    r"|\b(?:creez|creer|cree|crees|ouvrez|ouvrir) (?:un|votre|ton) compte\b|\b(?:cree-toi"
    r"|creez-vous) un compte\b|\binscrivez-vous\b"
    # a password-protected test site (L8: Sapphire Sleet's portals; R29-G, set E)
    r"|\bpassword[- ]protected\b|\bprotegee? par (?:un )?(?:mot de passe|mdp)\b"
)
#: Assessment, scheduling and applicant-tracking platforms in common use (RED-FLAGS L8: the
#: signal is a portal on a domain *not* known; an allowlist, never a verdict on the vendor).
#: Applicant-tracking systems, which send both assessments and onboarding links (one list for
#: :data:`KNOWN_PLATFORMS` and :data:`HR_PLATFORMS`)
ATS_PLATFORMS: frozenset[str] = frozenset({
    "greenhouse.io", "lever.co", "myworkdayjobs.com", "workday.com", "smartrecruiters.com",
    "ashbyhq.com", "teamtailor.com",
})
KNOWN_PLATFORMS: frozenset[str] = ATS_PLATFORMS | frozenset({
    "hackerrank.com", "codility.com", "coderpad.io", "codesignal.com", "testgorilla.com",
    "hackerearth.com", "leetcode.com", "devskiller.com", "qualified.io", "karat.com",
    "codingame.com", "codesubmit.io", "testdome.com", "mettl.com", "shl.com", "hirevue.com",
    "canditech.io", "interviewing.io", "imocha.io", "welcometothejungle.com", "linkedin.com",
    "indeed.com", "zoom.us", "microsoft.com", "google.com", "github.com", "calendly.com",
})


#: Last labels of file and framework names that read like a host ("Node.js", "index.ts"):
#: without a scheme, "www." or a path they are not taken for a link. None is a top-level
#: domain. Four suffixes are also country domains (.md, .py, .rs, .sh), so a bare name ending
#: in one of them is skipped only when it is a usual file name ("README.md", "setup.py"):
#: "skills-check.sh" stays a link.
_FILE_SUFFIXES = frozenset(
    "js ts jsx tsx mjs cjs json yml yaml txt html htm css scss java rb php vue go kt swift lock"
    " toml env cfg ini xml csv log sql sol ipynb".split())
_CCTLD_SUFFIXES = frozenset(("md", "py", "rs", "sh"))
_HAS_IP = compile_re2(r"[0-9]\.[0-9]{1,3}\.[0-9]")
_CCTLD_FILES = frozenset(
    "readme changelog contributing license setup main index manage requirements install"
    " cargo".split())


def _message_domains(nt: NormText) -> list[tuple[str, Evidence]]:
    """The hosts of the links in a message, each with its evidence.

    Examples
    --------
    >>> from recruitscore.normalize import normalize
    >>> msg = normalize("Write it in Next.js with a README.md, then book talent-eval.io/slot")
    >>> [(d, e.snippet) for d, e in _message_domains(msg)]
    [('talent-eval.io', 'talent-eval.io/slot')]
    >>> [d for d, _ in _message_domains(normalize("Run setup.py, then go to skills-check.sh"))]
    ['skills-check.sh']
    """
    out = []
    for m, domain in _links(nt.text):
        s, e = nt.span(m.start(), m.end())
        snippet = nt.original[s:e]
        written = _written_host(snippet)
        if _odd_host(written):  # (rule R32-F: as written, never as its matching form reads it)
            domain = written if written.startswith("[") or _IPV4_HOST.fullmatch(
                written) else _host_registrable(written)
        out.append((domain, Evidence("message", s, e, snippet)))
    return out


_SCHEME = re.compile(r"^[a-z][a-z0-9+.\-]*://")
#: Where a link's authority (user part, host, port) ends, as WHATWG reads a web link: "\\" is
#: "/" there ("https://skills-check.xyz\\@hackerrank.com" is on skills-check.xyz; rule R32-J)
_AUTHORITY_END = re.compile(r"[/?#\\\s]")


def _written_host(link: str) -> str:
    """The host of a link as a browser reads it from its original text (NFKC, lower case, the
    user part before "@" and a port left out, IDNA's dots read as dots).

    Examples
    --------
    >>> _written_host("https://Calendly.com:x@соб.рф:8080/book")
    'соб.рф'
    >>> _written_host("https://[2001:db8::7]/x"), _written_host("203.0.113.7/b")
    ('[2001:db8::7]', '203.0.113.7')
    """
    text = _SCHEME.sub("", unicodedata.normalize("NFKC", link).lower(), count=1)
    cut = _AUTHORITY_END.search(text)
    host = (text[:cut.start()] if cut else text).rpartition("@")[2]
    if host.startswith("["):
        return host.partition("]")[0] + "]"
    host = host.partition(":")[0]
    for dot in _IDNA_DOTS:
        host = host.replace(dot, ".")
    return host.strip(".,;:!?)]}'\"*")


def _odd_host(host: str) -> bool:
    """Is a host (:func:`_written_host`) written with a letter beyond ASCII or in punycode, or
    an IP literal? None is a listed platform's domain or the company's own (rules R31-H,
    R32-F); invisible characters, which the matching form drops, are no letter."""
    return ("xn--" in host or host.startswith("[") or _IPV4_HOST.fullmatch(host) is not None
            or any(not c.isascii() and unicodedata.category(c)[0] in "LMN" for c in host))


#: A link a browser reads otherwise than :data:`_URL_RE` (rule R32-F, red-team round 11 H2): a
#: user part before "@" (the host is after it), an IPv4 or bracketed IPv6 literal, or a host
#: beyond ASCII (an IDN, as its matching form reads it: "coбeceдobahиe.pф") or in punycode
#: ("xn--"). Groups: scheme and user part, "www." and user part (without a scheme), host, then
#: port and path. :func:`_special_link` says which matches are links (a plain ASCII host counts
#: here only after a user part). After a scheme
#: the user part is, as WHATWG's URL parser reads it, every character but white space and
#: ``/ ? # \`` up to the last "@" of the authority ("https://calendly.com^@evil.xyz",
#: ``{x}@``, ``[x]@``, ``"@`` are on evil.xyz; rule R32-J, review41 H3), at most
#: :data:`_USER_MAX` characters (each match reads a bounded stretch: linear); without one,
#: only the characters of an e-mail address's local part (a user part without a scheme is
#: read before a path only).
_IDN_CHAR = r"(?:[a-z0-9\-]|[^\x00-\x7f\p{P}\p{Z}\p{S}\p{C}])"
_NON_ASCII_LETTER = r"[^\x00-\x7f\p{P}\p{Z}\p{S}\p{C}]"
_IDN_ODD = f"(?:[a-z0-9\\-]*{_NON_ASCII_LETTER}{_IDN_CHAR}*|xn--{_IDN_CHAR}+)"
_IPV4_PART = r"(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])"
#: (unbounded runs, not counted ones, which RE2 writes out letter by letter: a counted run of
#: letters beyond ASCII outgrew its memory; the user part's one class is small enough)
_USER_MAX = 1000  # (the largest count RE2 takes)
_SPECIAL_LINK_RE2 = compile_re2(
    f"(?:(\\b(?:https?|ftp)://)(?:([^\\s/?#\\\\]{{1,{_USER_MAX}}})@)?"
    r"|(\bwww\.)?(?:([a-z0-9._~%!$&'*+,;=:\-]+)@)?)("
    f"{_IPV4_PART}(?:\\.{_IPV4_PART}){{3}}"
    r"|\[[0-9a-f:.]+\]"
    f"|(?:{_IDN_CHAR}+\\.)*{_IDN_ODD}(?:\\.{_IDN_CHAR}+)*"
    r"|(?:[a-z0-9][a-z0-9\-]*\.)+[a-z]{2,})"
    r"(:[0-9]{1,5})?([/?#\\][^ ]{0,200})?"
)
_IPV4_HOST = re.compile(f"{_IPV4_PART}(?:\\.{_IPV4_PART}){{3}}", re.ASCII)
#: A link whose host is all numbers after a scheme ("http://3405803783/", "http://0xCB.0.0x71.7/"):
#: WHATWG's URL parser reads such a host as an IPv4 address (:func:`ipv4_of`; rule R33-E).
#: Groups as :data:`_SPECIAL_LINK_RE2`'s first two and its last three.
_NUMBER_LINK_RE2 = compile_re2(
    f"(\\b(?:https?|ftp)://)(?:([^\\s/?#\\\\]{{1,{_USER_MAX}}})@)?()()"
    r"((?:0x[0-9a-f]*|[0-9]+)(?:\.(?:0x[0-9a-f]*|[0-9]+)){0,3}\.?)"
    r"(:[0-9]{1,5})?([/?#\\][^ ]{0,200})?"
)
_NUMBER_LINK_HINT = compile_re2(r"://(?:[^\s/?#@]*@)?(?:0x|[0-9])")
_HEX = frozenset("0123456789abcdef")


def ipv4_of(host: str) -> str | None:
    """The dotted IPv4 address that WHATWG's URL parser makes of a host of numbers (one to four
    parts, each decimal, hexadecimal after "0x" or octal after a leading "0", the last filling
    the bytes left), or ``None`` when the host is no such address (rule R33-E). Written out
    (twelve lines) as the standard library has no parser of these forms but
    :func:`socket.inet_aton`, whose forms depend on the platform's C library; a test holds the
    two equal on the forms both accept.

    Examples
    --------
    >>> [ipv4_of(h) for h in ("3405803783", "0xcb.0x00.0x71.0x07", "0313.0.0161.07", "1.2",
    ...                       "203.0.113.7.", "256.1.1.1", "1.2.3.4.5", "08.1.1.1", "acme.com")]
    ['203.0.113.7', '203.0.113.7', '203.0.113.7', '1.0.0.2', '203.0.113.7', None, None, None, None]
    """
    parts = host.split(".")
    if len(parts) > 1 and parts[-1] == "":
        parts.pop()  # (a trailing dot)
    if not 1 <= len(parts) <= 4:
        return None
    numbers = []
    for part in parts:
        if part[:2] == "0x":
            if not set(part[2:]) <= _HEX:
                return None
            numbers.append(int(part[2:] or "0", 16))
        elif part.isdigit() and part.isascii():
            if len(part) > 1 and part[0] == "0":
                if not set(part) <= set("01234567"):
                    return None
                numbers.append(int(part, 8))
            else:
                numbers.append(int(part))
        else:
            return None
    if any(n > 255 for n in numbers[:-1]) or numbers[-1] >= 256 ** (5 - len(numbers)):
        return None
    value = numbers[-1] + sum(n << 8 * (3 - i) for i, n in enumerate(numbers[:-1]))
    return str(ipaddress.IPv4Address(value))


_PREFIX_LENGTH = re.compile(r"/[0-9]{1,2}[.,;:!?)]*")
_VERSION_BEFORE = re.compile(r"(?:\bv|\bversion |\brelease |\bbuild )$")


def _global_ipv4(host: str) -> bool:
    """Is a dotted IPv4 address one of the public internet's (not private, shared, reserved,
    loopback or documentation)?"""
    return ipaddress.IPv4Address(host).is_global
#: The user part of a link that the link pattern read as a host ("jane.doe" of
#: "jane.doe@acme.com", "calendly.com" of "calendly.com:x@evil.io"): no host
_USER_TAIL = re.compile(r"(?::[^\s/?#@]*)?@")


def _special_link(text: str, m: MatchLike) -> str:
    """The host of a match of :data:`_SPECIAL_LINK_RE2` when a browser would go there, or
    ``""``: a plain ASCII host only after a user part; an IP literal only after a scheme (a
    dotted number with a port or a path, "192.168.1.1/24", "10.0.0.12:8080", is a network
    address in prose: rule R32-J, review41 L1); a host beyond ASCII or in punycode with a
    scheme, "www." or a path; a user part without a scheme only before a path (else it is an
    e-mail address)."""
    scheme, user, host, path = m.group(1), m.group(2), m.group(5), m.group(7)
    if scheme is None:  # ("www." or none, and a user part of an e-mail address's letters)
        scheme, user = m.group(3), m.group(4)
    if (m.start() and text[m.start() - 1] in "@.-_") or (
            m.end() < len(text) and text[m.end()] == "@"):
        return ""
    ip = host.startswith("[") or _IPV4_HOST.fullmatch(host) is not None
    plain = not ip and host.isascii() and "xn--" not in host
    if plain and user is None:
        return ""
    if scheme and scheme.endswith("://"):
        return host
    if ip:
        # a public address with a path is a link as pasted ("185.23.44.10/interview",
        # "185.23.44.10/2024/meet"); a private one, a network's prefix length ("/24") or a
        # version number ("v1.2.3.4/beta") is prose (rules R33-E, R33-O)
        return host if (not host.startswith("[") and path and len(path) > 1
                        and _PREFIX_LENGTH.fullmatch(path) is None and _global_ipv4(host)
                        and _VERSION_BEFORE.search(text, max(0, m.start() - 9), m.start())
                        is None) else ""
    if user is not None:
        return host if path else ""
    return host if scheme or path or host.startswith("xn--") or ".xn--" in host else ""


def _opaque_host(host: str) -> bool:
    """Is a host one whose name no word list reads: an IP literal, a punycode label, or a
    registrable name with no ASCII letter ("собеседование.рф")? Beside meeting words, a link
    there is a meeting page whatever its path (rule R32-F)."""
    if host.startswith("[") or _IPV4_HOST.fullmatch(host) or "xn--" in host:
        return True
    name = _host_registrable(host).split(".")[0]
    return re.search(r"[a-z]", name, re.ASCII) is None


def _links(text: str) -> Iterator[tuple[MatchLike, str]]:
    """The links of a matching form (see :func:`_message_domains`), each with its registrable
    domain, as a browser reads it (rule R32-F): the host after a user part
    ("https://calendly.com@evil.io/x" is on evil.io), an IP literal (the address itself, an
    unknown domain), a host beyond ASCII or in punycode.

    Examples
    --------
    >>> [d for _, d in _links("see https://calendly.com@meet-hr.xyz/b, https://203.0.113.7/b")]
    ['meet-hr.xyz', '203.0.113.7']
    >>> [d for _, d in _links("mail jane.doe@acme.com or see https://xn--80a.xn--p1ai/x")]
    ['xn--80a.xn--p1ai']
    """
    if "](" not in text:
        yield from _read_links(text)
        return
    # a Markdown link's destination is a link of its own, also where the pattern of a link
    # before it runs on over "](" ("[https://calendly.com/x](https://evil.xyz/b)" goes to
    # evil.xyz; rule R33-K): the text is read as it is, then, for the destinations that
    # reading did not start a link at, with "](" as "] " (the same length, so every span
    # stays the caller's)
    starts = set()
    for m, domain in _read_links(text):
        starts.add(m.start())
        yield m, domain
    split = text.replace("](", "] ")
    for m, domain in _read_links(split):
        if m.start() not in starts and (text.startswith("](", m.start() - 2)
                                        or text.startswith("](<", m.start() - 3)):
            yield m, domain


def _read_links(text: str) -> Iterator[tuple[MatchLike, str]]:
    """:func:`_links` of a text as it is written."""
    special: list[tuple[MatchLike, str]] = []
    if "://" in text and _NUMBER_LINK_HINT.search(text):
        for m in _NUMBER_LINK_RE2.finditer(text):
            host, after = m.group(5), text[m.end(5):m.end(5) + 1]
            address = None if _IPV4_HOST.fullmatch(host) else ipv4_of(host)
            if address and not (after.isalnum() or after in ".-@") and not (
                    m.start() and text[m.start() - 1] in "@.-_"):
                special.append((m, address))
    if "@" in text or "[" in text or not text.isascii() or "xn--" in text or _HAS_IP.search(text):
        for m in _SPECIAL_LINK_RE2.finditer(text):
            rest = _markdown_rest(m)
            if rest >= 0:  # adjacent Markdown links: the rest read on its own (rule R32-K)
                m = _SPECIAL_LINK_RE2.search(text, rest, m.end())
                if m is None:
                    continue
            host = _special_link(text, m)
            if host:
                ip = host.startswith("[") or _IPV4_HOST.fullmatch(host) is not None
                special.append((m, host if ip else _host_registrable(host.rstrip("."))))
    special.sort(key=lambda link: link[0].start())
    k = 0
    for m in _URL_RE2.finditer(text):
        while k < len(special) and special[k][0].end() <= m.start():
            yield special[k]
            k += 1
        if k < len(special) and special[k][0].start() < m.end() and not _ends_quoted(
                special[k][0]):
            continue  # (read above, as a browser does)
        if _is_link(text, m) and _USER_TAIL.match(text, m.end()) is None:
            yield m, registrable_domain(m.group(0))
    yield from special[k:]


def _ends_quoted(m: MatchLike) -> bool:
    """Does the user part of a match of :data:`_SPECIAL_LINK_RE2` hold a quote or an angle
    bracket, where a link in an attribute or between brackets ends (``<a
    href="https://evil.xyz">hr@acme.com</a>``), or a Markdown boundary (:func:`_md_boundary`)?
    Then :func:`_links` reads both: the link up to it and the host after the "@" (rules R32-J,
    R32-K)."""
    user = m.group(2)
    return user is not None and ('"' in user or "<" in user or ">" in user
                                 or _md_boundary(user) >= 0)


def _md_boundary(user: str) -> int:
    """Where the first Markdown boundary of a link's user part starts, or -1 (review42 M4, rule
    R32-K): "](" (a link text's end and a destination's start), or a ")" (a destination's end)
    with a "[" or "(" after it (")[", ")|[", ")(": no white space in a user part). Found with
    ``find`` and ``rfind`` (linear: a lookahead per ")" read a user part once per ")").

    Examples
    --------
    >>> [_md_boundary(u) for u in ("c.com)|[m](mailto:j", "c.com](mailto:j", "c.com)x", "c^")]
    [5, 5, -1, -1]
    """
    close = user.find(")")
    if close >= 0 and max(user.rfind("["), user.rfind("(")) < close:
        close = -1
    dest = user.find("](")
    return min(close, dest) if close >= 0 and dest >= 0 else max(close, dest)


#: What follows a Markdown destination's "(" up to the "@" when it is another link: an e-mail
#: address's local part, with a scheme of its own or none ("mailto:jane", "jane.doe").
_MD_REST = re.compile(r"[a-z0-9._~%!$&'*+,;=:\-]+")


def _markdown_rest(m: MatchLike) -> int:
    """Where another link starts in the user part of a match of :data:`_SPECIAL_LINK_RE2`
    after a Markdown boundary (:func:`_md_boundary`), or -1 (rule R32-K, review42 M4).

    A Markdown renderer ends a destination at the ")" that closes "](", so
    ``[Calendly](https://calendly.com)|[mail](mailto:jane@acme-careers.com)`` is two links:
    Calendly and an e-mail address; a plain-text reader's browser reads the whole run as one
    link on acme-careers.com. Which is right depends on the reader, so the choice is made so
    that neither reading can be used: where the user part after its last Markdown "(" is
    another link (an e-mail address's local part, "mailto:jane"), the links are read as the
    renderer reads them: the link up to the boundary (by :func:`_links`'s plain pattern, as
    :func:`_ends_quoted` says) and the rest on its own, so an e-mail address stays one and
    "jane@evil.xyz/book" stays a link on evil.xyz (as the whole run reads). Anywhere else
    (``)[x]@evil.xyz``, ``)[x](@evil.xyz``, a boundary and more "@" after the last "("), both
    readings count, as for a quote: a known platform's name before the boundary never hides
    the host after the "@". They still differ on one form: a rest without a path, which the
    renderer shows as an e-mail address and a plain-text reader's browser would open on its
    host's root page (``)|[mail](mailto:jane@evil.xyz``): read as the renderer reads it, an
    e-mail address, as two legitimate adjacent links must be (docs/hostile-input.md).

    Examples
    --------
    >>> ms = [_SPECIAL_LINK_RE2.search(t) for t in (
    ...     "[slot](https://calendly.com)|[mail](mailto:jane@acme-careers.com)",
    ...     "https://calendly.com)[x]@evil.xyz/b", "https://calendly.com^@evil.xyz/b")]
    >>> [_markdown_rest(m) for m in ms]
    [36, -1, -1]
    """
    user = m.group(2)
    if user is None:
        return -1
    boundary = _md_boundary(user)
    if boundary < 0:
        return -1
    paren = user.rfind("(")
    if paren < boundary or _MD_REST.fullmatch(user, paren + 1) is None:
        return -1
    return m.start(2) + paren + 1


def _is_link(text: str, m: MatchLike) -> bool:
    """Is a match of the link pattern a link: not the domain of an e-mail address or the tail
    of a longer host, nor a file or framework name (:data:`_FILE_SUFFIXES`)?"""
    if m.start() and text[m.start() - 1] in "@.":
        return False
    stem, _, suffix = m.group(1).rpartition(".")
    return "/" in m.group(0) or m.group(0).startswith("www.") or not (
        suffix in _FILE_SUFFIXES or (suffix in _CCTLD_SUFFIXES and stem in _CCTLD_FILES))


def assessment_portal(approach: Approach, norms: dict[str, NormText]) -> list[Evidence]:
    """A skills test on an unknown portal: assessment words with a link to a domain that is
    neither a known assessment platform nor the sender's own, or with 'register on our
    portal' and no known link."""
    msg = norms["message"]
    ctx = find_spans(_ASSESS, msg, "message", limit=1)
    if not ctx:
        return []
    company = registrable_domain(norms["sender_company_url"].text)
    known, unknown = [], []
    for dom, ev in _message_domains(msg):
        if not dom:
            continue
        (known if _known_link(dom, company, KNOWN_PLATFORMS) else unknown).append(ev)
    if unknown:
        return [*ctx, *unknown[:4]]
    if not known:
        portal = find_spans(_PORTAL, msg, "message", limit=1)
        if portal:
            return [*ctx, *portal]
    return []


def assessment_portal_fast(norms: dict[str, str], raws: dict[str, str]) -> bool:
    """Boolean twin of :func:`assessment_portal` on matching forms."""
    msg = norms["message"]
    if _ASSESS.search(msg) is None:
        return False
    company = registrable_domain(norms["sender_company_url"])
    known = False
    for _, dom in _links(msg):
        if not dom:
            continue
        if _known_link(dom, company, KNOWN_PLATFORMS):
            known = True
        else:
            return True  # a link to an unknown domain
    if known and _beyond_ascii_host(raws["message"], msg):
        # a known host's original may be written beyond ASCII, which the detector reads
        fields = ("message", "sender_company_url")
        return bool(assessment_portal(Approach(**{f: raws[f] for f in fields}),
                                      {f: normalize(raws[f]) for f in fields}))
    return not known and _PORTAL.search(msg) is not None


_LINK_LEAD = "(<[{\"'*«"
_HOSTISH = re.compile(r"[a-z0-9]\.[a-z0-9]", re.ASCII)
_PLAIN_HOST = re.compile(r"[a-z0-9.\-]+", re.ASCII)
_TOKEN = re.compile(r"\S+")
_SCHEME_AT = re.compile(r"[a-z][a-z0-9+.\-]*://", re.ASCII)
_SCHEME_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789+.-")


class _Tokens(NamedTuple):
    """The runs without white space of a text (starts, ends), and what :func:`platform_link`
    read of each link it looked at (by its start and list of platforms)."""

    starts: list[int]
    ends: list[int]
    read: dict[tuple[int, frozenset[str]], tuple[bool | None, int, bool]]


@functools.lru_cache(maxsize=8)
def _tokens(text: str) -> _Tokens:
    """:class:`_Tokens` of a text, found once (one pass): the matches of one text look each
    other's up (rule R32-J)."""
    starts, ends = [], []
    for m in _TOKEN.finditer(text):
        starts.append(m.start())
        ends.append(m.end())
    return _Tokens(starts, ends, {})


def _link_host(text: str, lo: int, hi: int) -> tuple[bool, str]:
    """Is ``text[lo:hi]`` (no white space) read as a link from ``lo`` (a scheme, a user part or
    a dotted host), and its host as a browser reads it?"""
    scheme = _SCHEME_AT.match(text, lo, hi)
    q = scheme.end() if scheme else lo
    cut = _AUTHORITY_END.search(text, q, hi)
    authority = text[q:cut.start() if cut else hi]
    host = authority.rpartition("@")[2].partition(":")[0].strip(".,;:!?)]}'\"*")
    return bool(scheme or "@" in authority or _HOSTISH.search(host)), host


def _on_platform(host: str, platforms: frozenset[str]) -> bool:
    return _PLAIN_HOST.fullmatch(host) is not None and _host_registrable(host) in platforms


#: The longest Markdown link text read around a platform's name (rule R33-D)
_LABEL_MAX = 200


def _markdown_destination(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The bounds of the destination of the Markdown link whose text holds ``text[start:end]``
    ("[...name...](destination)", on one line, at most :data:`_LABEL_MAX` characters of text
    on each side of the name), or ``None`` (rule R33-D)."""
    close = text.find("](", end, end + _LABEL_MAX)
    if close < 0 or any(c in "[]\n" for c in text[end:close]):
        return None
    opening = text.rfind("[", max(0, start - _LABEL_MAX), start)
    if opening < 0 or any(c in "]\n" for c in text[opening + 1:start]):
        return None
    lo = close + 2
    if text.startswith("<", lo):
        lo += 1
    hi = lo
    while hi < len(text) and not text[hi].isspace() and text[hi] not in ")>":
        hi += 1
    return lo, hi


def platform_link(platforms: frozenset[str], text: str, start: int, end: int) -> bool:
    """Does a match ``text[start:end]`` (a matching form) count as a platform's name: not
    written inside a link (a run without white space with a scheme, a user part or a dotted
    host), or inside a link whose host, as a browser reads it, is on one of ``platforms``
    (rule R32-F)? The link is read from the start of its run whatever its length (rule R32-J,
    review41 M6: a path of 330 characters before the name hid the host); a run that is no
    link from its start ("see:https://", Markdown's "slot](https://") is read from its first
    scheme, for a name after it. Each run is read once a text (:func:`_tokens`): linear. A name
    in a Markdown link's text counts only when the link's destination is on one of
    ``platforms`` (rule R33-D, review42 M5: "[HackerRank](https://skills-check.xyz/t)" is a
    link to skills-check.xyz).

    Examples
    --------
    >>> ok = frozenset({"hackerrank.com"})
    >>> [platform_link(ok, t, t.find("hackerrank"), t.find("hackerrank") + 10) for t in (
    ...     "a hackerrank test", "https://www.hackerrank.com/t/1", "(hackerrank.com).",
    ...     "https://hackerrank.com@skills.xyz/t", "skills.xyz/hackerrank.com/t",
    ...     "hackerrank.com.skills.xyz", "hackerrank.com-skills.xyz", "x.xyz/t?ref=hackerrank",
    ...     "https://x.xyz\\\\@hackerrank.com/t", "[test](https://x.xyz/hackerrank)",
    ...     "[hackerrank](https://x.xyz/t)", "https://x.xyz/" + "a" * 400 + "/hackerrank",
    ...     "[our hackerrank test](https://www.hackerrank.com/t/9)")]
    [True, True, True, False, False, False, False, False, False, False, False, False, True]
    """
    if "](" in text:
        destination = _markdown_destination(text, start, end)
        if destination is not None:
            is_link, host = _link_host(text, *destination)
            return is_link and _on_platform(host, platforms)
    if any(c.isspace() for c in text[start:end]):
        return True
    tokens = _tokens(text)
    i = bisect.bisect_right(tokens.starts, start) - 1
    lo, hi = tokens.starts[i], tokens.ends[i]
    key = (lo, platforms)
    read = tokens.read.get(key)
    if read is None:
        p = lo
        while p < hi and text[p] in _LINK_LEAD:
            p += 1
        is_link, host = _link_host(text, p, hi)
        first, inner = -1, False
        if is_link:
            verdict: bool | None = _on_platform(host, platforms)
        else:
            verdict = None  # not a link from its start: the name in running text, unless...
            first = text.find("://", p, hi)
            if first >= 0:  # ... after a scheme inside the run
                j = first
                while j > p and (text[j - 1] in _SCHEME_CHARS):
                    j -= 1
                while j < first and not text[j].isalpha():
                    j += 1
                inner = _on_platform(_link_host(text, j, hi)[1], platforms)
        read = tokens.read[key] = (verdict, first, inner)
    verdict, first, inner = read
    if verdict is not None:
        return verdict
    return inner if 0 <= first < start else True


def _known_link(domain: str, company: str, platforms: frozenset[str]) -> bool:
    """Is a link's domain a listed platform's or the sender's own? Never one in punycode
    (rules R31-H, R32-F: a company URL in punycode is no company's own either)."""
    return "xn--" not in domain and (domain in platforms or bool(
        company and _same_org(domain, company)))


# --------------------------------------------------------------------------------------------
# meeting or booking link on an unknown domain (RED-FLAGS L4, L3: Calendly-style invitations)
# --------------------------------------------------------------------------------------------
MEETING_PREFILTER = (
    r"\b(?:book|schedule|arrange|set up|reserve) (?:a |an |your |the |our |my )?(?:quick |short "
    r"|first |introductory |intro |video |phone )?(?:call|meeting|interview|chat|time|slot"
    r"|appointment|session)s?\b"
    r"|\b(?:select|choose|pick) (?:a |an |your |the )?(?:available |convenient |suitable )?"
    r"(?:time ?slots?|times?|dates?|slots?)\b|\btime ?slots?\b"
    r"|\b(?:calendar|booking|scheduling|meeting|interview|invitation|zoom|teams|video call"
    r"|video) (?:link|page|invite|url)s?\b|\bmeeting request\b"
    r"|\bjoin (?:the |our |this |my |your )?(?:meeting|interview|call|video call|session)\b"
    # French
    r"|\b(?:reserve[rz]?|choisisse[zr]|choisir|selectionne[rz]?|prene[zr]|prendre|fixe[rz]?)"
    r" (?:un |une |votre |le |la )?(?:creneau|rendez-vous|rdv|date|horaire|appel|entretien)\b"
    r"|\bcreneaux?\b|\blien (?:de |du |d')?(?:calendrier|rendez-vous|rdv|reunion|visio"
    r"(?:conference)?|l'entretien|entretien|invitation|connexion)\b"
    r"|\brejoi(?:ndre|gnez|ns) (?:la |l'|notre |votre |ta |ton )?(?:reunion|entretien"
    r"|visio(?:conference)?|appel)\b"
)
_MEETING_CONTEXT = compile_re2(MEETING_PREFILTER)
#: A meeting vendor's name followed by a host's characters and a dot ("zoom.usweb01.us",
#: "us05web.zoom-us.live", "us05webzoom.live", "ms-teams.app"): the second prefilter of
#: :func:`unknown_meeting_link`, which reads such a link with or without meeting words
#: (RED-FLAGS L4: "meeting domain against an allowlist"; a malware lure's fake Zoom page came
#: as a bare link after "join here"; rule R37-A). :func:`_poses_as_vendor` decides.
VENDOR_HOST_PREFILTER = (
    r"(?:zoom|webex|skype|gotomeet|goto-meeting|msteams|ms-teams|google-?meet|meet-?google"
    r"|microsoft-?teams|teams-(?:microsoft|live|meeting|join))[a-z0-9-]*\.[a-z]")
_VENDOR_HOST = compile_re2(VENDOR_HOST_PREFILTER)
#: The vendors' names as a host's words, alone or glued to meeting words or a number
#: ("zoom", "zoomus", "zoom-meeting", "us05webzoom", "microsoftteams"), and the pairs of words
#: that name one ("google-meet", "ms-teams", "teams-live").
_VENDOR_WORD = re.compile(
    r"(?:us[0-9]{0,2}web)?(?:zoom|webex|skype|gotomeeting|gotomeet|msteams|microsoftteams"
    r"|googlemeet|meetgoogle)(?:us|meet|meeting|meetings|call|calls|video|videocall|join|web|app"
    r"|apps|online|conf|conference|room|rooms|interview|live|secure|[0-9]+){0,3}", re.ASCII)
_VENDOR_PAIRS = frozenset({("google", "meet"), ("meet", "google"), ("microsoft", "teams"),
                           ("teams", "microsoft"), ("ms", "teams"), ("teams", "live"),
                           ("goto", "meeting"), ("teams", "meeting"), ("teams", "join")})
_VENDOR_NAMES = frozenset({"zoom", "webex", "skype", "gotomeeting"})
#: The path of a link to a meeting as the vendors write it: a Zoom "/j/<id>", Teams
#: "/l/meetup-join/", a "/join/" or "/meet/" room, a Google Meet code ("abc-defg-hij"), a
#: GoTo number ("812-331-907"), a meeting ID in the query: what a vendor-named host on another
#: domain must show to be read without meeting words (review50 H1, rule R37-A).
_MEETING_ID_PATH = re.compile(
    r"/(?:j|w|s|wc|my|join|meet|meeting|room|rooms|webinar|rec|invite)/[0-9a-z]|/l/meetup"
    r"|/meetup-join|/[a-z]{3}-[a-z]{4}-[a-z]{3}(?![a-z0-9-])|/[0-9]{3}-?[0-9]{3}-?[0-9]{3,5}"
    r"(?![0-9])|[?&](?:mtid|pwd|meetingid|confno)=", re.ASCII | re.IGNORECASE)
#: A host that starts with a vendor's own domain and goes on to another one
#: ("zoom.us.j84512345678.live", "zoom.us-meeting.app"): posing whatever its path (review51 M3).
_VENDOR_DOMAIN_FIRST = re.compile(
    r"^(?:[a-z0-9-]+\.)?(?:zoom\.us|zoom\.com|webex\.com|skype\.com|teams\.microsoft\.com"
    r"|meet\.google\.com|gotomeeting\.com)[.-]", re.ASCII)
#: Registrable domains under which an institution's own meeting redirect is plausible
#: ("zoom.univ-example.edu/j/...", a French university's "univ-*.fr"), and the suffix of a
#: proxy that rewrites every link (Microsoft Defender for Cloud Apps: "acme.zoom.us.mcas.ms"):
#: a vendor named in such a host is no sign (review51 M1).
_INSTITUTION_SUFFIX = re.compile(
    r"\.(?:edu|gov|mil|int)$|\.(?:ac|edu|gov|gouv|govt)\.[a-z]{2}$|\.gouv\.fr$"
    r"|^(?:univ|u)-[a-z0-9-]+\.fr$|^mcas\.ms$",
    re.ASCII)


#: Meeting, scheduling and hiring platforms in common use: a link to one of them (or to the
#: sender's own domain) is never this red flag. An allowlist, not a verdict on any other vendor.
MEETING_PLATFORMS: frozenset[str] = KNOWN_PLATFORMS | frozenset({
    "calendly.com", "cal.com", "hubspot.com", "oncehub.com", "youcanbook.me", "doodle.com",
    "when2meet.com", "framadate.org", "zcal.co", "savvycal.com", "tidycal.com",
    "acuityscheduling.com", "setmore.com", "appointlet.com", "chilipiper.com", "goodtime.io",
    "modernloop.io", "reclaim.ai", "vimcal.com", "zoom.com", "webex.com", "gotomeeting.com",
    "goto.com", "whereby.com", "jit.si", "bluejeans.com", "skype.com", "office.com",
    "office365.com", "live.com", "outlook.com", "microsoft365.com", "gem.com", "workable.com",
    "recruitee.com", "jobvite.com", "icims.com", "bamboohr.com", "personio.com", "personio.de",
    "breezy.hr", "jazzhr.com", "paradox.ai", "sparkhire.com", "willo.video", "myinterview.com",
    "livestorm.co", "zohorecruit.com", "zoho.com", "apple.com", "proton.me", "zoomgov.com",
    "cisco.com",
    # the vendors' own short and booking-page domains (Google Calendar appointment pages,
    # GitHub and LinkedIn short links), and the short domains of the meeting blocks' own help
    # and dial-in links, which only their vendors can register links on (Microsoft's aka.ms,
    # Google's g.co and tel.meet, Poly's plcm.vc for Teams video rooms; rule R28-A)
    "app.google", "gh.io", "lnkd.in", "aka.ms", "g.co", "tel.meet", "plcm.vc",
})
_MEETING_LONG = ("calendar", "calendly", "meeting", "interview", "schedul", "booking",
                 "appointment", "webex", "conference", "agenda", "reunion", "entretien")
_MEETING_SHORT = frozenset({"book", "meet", "zoom", "teams", "call", "rdv", "slot", "visio",
                            "invite", "join", "video", "cal"})
_URL_TOKENS = re.compile(r"[a-z0-9]+", re.ASCII)


def _meeting_url(url: str) -> bool:
    """Does a URL name a meeting or booking page, in its host or path?"""
    tokens = _URL_TOKENS.findall(url.lower())
    return any(t in _MEETING_SHORT or any(w in t for w in _MEETING_LONG) for t in tokens)


def _vendor_own(domain: str) -> bool:
    """Is a registrable domain a meeting vendor's name under ".com", ".us", a national country
    code (not one sold as a generic name: ``VANITY_CCTLDS``) or a national second level
    ("zoom.de", "webex.co.uk"), which the vendor may hold? Under a vanity suffix ("zoom.cx") it
    is no vendor's."""
    name, _, suffix = domain.partition(".")
    if name not in _VENDOR_NAMES:
        return False
    return suffix in {"com", "us"} or suffix in _NATIONAL_SLD or (
        len(suffix) == 2 and suffix.isalpha() and suffix not in VANITY_CCTLDS)


def _poses_as_vendor(host: str, domain: str) -> bool:
    """Does a link's host name a meeting vendor as a word of a label while its registrable
    ``domain`` is another one ("zoom.usweb01.us", "us05web.zoom-us.live"; rule R37-A)?

    Examples
    --------
    >>> [_poses_as_vendor(h, d) for h, d in (("zoom.usweb01.us", "usweb01.us"),
    ...  ("us05web.zoom-us.live", "zoom-us.live"), ("join.ms-teams.app", "ms-teams.app"),
    ...  ("google-meet.online", "google-meet.online"), ("zoom.cx", "zoom.cx"),
    ...  ("us05webzoom.live", "us05webzoom.live"))]
    [True, True, True, True, True, True]
    >>> [_poses_as_vendor(h, d) for h, d in (("zoominfo.com", "zoominfo.com"),
    ...  ("zoomcar.in", "zoomcar.in"), ("zoom.de", "zoom.de"), ("myzoom.live", "myzoom.live"),
    ...  ("teams.acme.com", "acme.com"), ("zoom.univ-example.edu", "univ-example.edu"),
    ...  ("acme.zoom.us.mcas.ms", "mcas.ms"))]
    [False, False, False, False, False, False, False]
    """
    if _vendor_own(domain) or _INSTITUTION_SUFFIX.search(domain) is not None:
        return False
    for label in host.split("."):
        parts = label.split("-")
        if any(_VENDOR_WORD.fullmatch(part) for part in parts) or any(
                pair in _VENDOR_PAIRS for pair in itertools.pairwise(parts)):
            return True
    return False


def unknown_meeting_link(approach: Approach, norms: dict[str, NormText]) -> list[Evidence]:
    """A meeting or booking link ('select a time slot', 'join the interview') on a domain that
    is neither a known meeting or scheduling platform nor the sender's own; or, without
    meeting words, a link to a meeting's path ("/j/88121") on a host that names a meeting
    vendor it does not belong to ("https://zoom.usweb01.us/j/88121", rule R37-A).

    Examples
    --------
    >>> from recruitscore.normalize import normalize
    >>> msg = "Please select a time slot: https://hr-booking.app/calendar/x1"
    >>> a = Approach(message=msg)
    >>> [e.snippet for e in unknown_meeting_link(a, {"message": normalize(msg),
    ...                                               "sender_company_url": normalize("")})]
    ['select a time slot', 'https://hr-booking.app/calendar/x1']
    """
    msg = norms["message"]
    ctx = find_spans(_MEETING_CONTEXT, msg, "message", limit=1)
    if not ctx and _VENDOR_HOST.search(msg.text) is None:
        return []
    company = registrable_domain(norms["sender_company_url"].text)
    unknown = []
    for dom, ev in _message_domains(msg):
        if not _unknown_meeting_domain(dom, company):
            continue
        host = _written_host(ev.snippet)
        if ctx and (_meeting_url(ev.snippet) or _opaque_host(host)):
            unknown.append(ev)
        elif _poses_as_vendor(host, dom) and (_MEETING_ID_PATH.search(
                _SCHEME.sub("", ev.snippet.lower(), count=1)) is not None
                or _VENDOR_DOMAIN_FIRST.match(host) is not None):
            unknown.append(ev)  # (no meeting words: a vendor-named host with a meeting's path)
    return [*ctx, *unknown[:4]] if unknown else []


def _unknown_meeting_domain(domain: str, company: str) -> bool:
    """A link's domain that is neither a meeting platform nor the sender's own."""
    return bool(domain) and not _known_link(domain, company, MEETING_PLATFORMS)


def unknown_meeting_link_fast(norms: dict[str, str], raws: dict[str, str]) -> bool:
    """Boolean twin of :func:`unknown_meeting_link`.

    Most messages with meeting words link to no unknown domain, which the matching form tells
    alone; for the others the detector itself decides, as whether a link names a meeting page
    is read in its original text (its evidence snippet), which needs the index map of
    :func:`~recruitscore.normalize.normalize`.
    """
    if _MEETING_CONTEXT.search(norms["message"]) is None and _VENDOR_HOST.search(
            norms["message"]) is None:
        return False
    company = registrable_domain(norms["sender_company_url"])
    if not any(_unknown_meeting_domain(dom, company) for _, dom in _links(norms["message"])) \
            and not _beyond_ascii_host(raws["message"], norms["message"]):
        return False  # (a host written beyond ASCII is unknown, whatever its matching form)
    fields = ("message", "sender_company_url")
    return bool(unknown_meeting_link(Approach(**{f: raws[f] for f in fields}),
                                     {f: normalize(raws[f]) for f in fields}))


# --------------------------------------------------------------------------------------------
# identity or bank details after an offer, through HR or payroll (RED-FLAGS 1f, F7 counter)
# --------------------------------------------------------------------------------------------
POST_OFFER_PREFILTER = (
    r"\b(?:after|once|when|now that) (?:you(?:'ve| have)? )?(?:signed|sign|signing|accepted"
    r"|accept|accepting|returned|return) (?:your|the|our) (?:written |formal |signed |employment "
    r"|job )?(?:offer|contract|offer letter|employment contract|employment agreement)\b"
    r"|\b(?:after|once|when|now that) (?:your|the) (?:written |signed |employment |job )?"
    r"(?:offer|contract|offer letter|employment contract) (?:is|has been|was|have been) (?:signed"
    r"|accepted|countersigned|returned)\b"
    r"|\b(?:congratulations|congrats|thank you|thanks) (?:on|for) (?:signing|accepting)"
    r" (?:your|the|our) (?:[a-z]+ )?(?:offer|contract)\b"
    r"|\b(?:on|before|ahead of) (?:your|the) (?:first day|start date)\b|\bon day one\b"
    # (rule R36-D) "thanks for returning your signed contract", "as part of your conditional
    # offer"
    r"|\b(?:thanks|thank you) for (?:returning|sending back|signing) (?:your|the) (?:signed )?"
    r"(?:offer|contract|offer letter|employment contract)\b"
    r"|\bas part of (?:your|the|our) (?:conditional |formal |written )?offer\b"
    # "following the signing of your contract", as « suite à la signature de votre contrat »
    # (rule R33-I)
    r"|\b(?:after|following|upon|on) (?:the )?(?:signing|signature) of (?:your|the) (?:written "
    r"|formal |employment |job )?(?:offer|contract|offer letter|employment contract"
    r"|employment agreement)\b"
    # French
    r"|\b(?:une fois|des que|apres que|maintenant que) (?:votre|le|ton) (?:contrat|offre"
    r"|promesse d'embauche)(?: de travail)? (?:est |a ete |sera )?(?:signee?|acceptee?)\b"
    r"|\b(?:votre|ton) (?:contrat|offre|promesse d'embauche)(?: de travail)? (?:est|a ete"
    r"|etant) (?:desormais |maintenant |bien )?(?:signee?|acceptee?)\b"
    # « (que) vous ayez accepté notre offre » (rule R36-D)
    r"|\b(?:vous avez|vous ayez|tu as|tu aies) (?:bien )?accepte (?:notre|votre|ton|cette|l')"
    r" ?(?:offre|proposition)\b"
    # « après (la) signature », « (à la) suite (à / de) la signature », « dès la signature »
    # (rule R33-I)
    r"|\b(?:apres|suite a|a la suite de|des) (?:la )?signature (?:de (?:votre|ton|l')|du) ?"
    r"(?:contrat|offre|promesse d'embauche)\b"
    r"|\b(?:lors de|des|avant|pour) (?:votre|ton) (?:premier jour|premiere journee|journee"
    r" d'integration|arrivee|prise de poste|entree en fonctions?|prise de fonctions?)\b"
    r"|\bpreparer (?:votre|ton) (?:arrivee|entree en fonctions?|prise de (?:poste|fonctions?))\b"
)
_POST_OFFER = compile_re2(POST_OFFER_PREFILTER)
_HR_CHANNEL = compile_re2(
    r"\bpayroll(?: (?:system|portal|provider|team|department|platform|software|office))?\b"
    r"|\b(?:hr|hris|people|onboarding|employee|self-service) (?:system|portal|platform|app"
    r"|software)\b|\b(?:workday|bamboohr|personio|rippling|gusto|deel|adp|successfactors)\b"
    r"|\b(?:hr|human resources|the people team|people ops|our people team) will (?:carry out"
    r"|run|complete|do|check|verify|ask|collect|need)\b|\bright[- ]to[- ]work (?:check|documents)"
    r"\b|\bi-9\b|\b(?:checked|verified|seen|sighted) in person\b|\bin person (?:on|at|during)"
    r" (?:your|the) (?:first day|start date|induction|onboarding)\b"
    # the originals shown in person: "bring your passport to your induction" (rule R36-D)
    r"|\bbring (?:your |the |an? |both )?(?:original |originals of |physical )?(?:passport|id"
    r"|identity|documents?|right[- ]to[- ]work|driving licen[cs]e|birth certificate|p45|proof of"
    r" address|utility bill)\b[^.!?]{0,60}\b(?:to|on|at) (?:your|the) (?:induction|first day"
    r"|start date|onboarding)\b"
    # French
    # (« via le portail RH », « le portail des ressources humaines »; rule R33-I)
    r"|\b(?:service|gestionnaire|responsable|portail|logiciel|outil|espace|direction|departement"
    r"|pole) (?:de |des )?(?:la )?"
    r"(?:paie|rh|ressources humaines|salarie|collaborateur)\b|\bsirh\b"
    r"|\b(?:le service|les) (?:rh|ressources humaines) (?:vous )?(?:demandera|demanderont"
    r"|collectera|recueillera|verifiera)\b|\b(?:verifiee?s?|controlee?s?|vue?s?) en personne\b"
)


#: HR, payroll, e-signature and applicant-tracking platforms that send real onboarding links
#: (rule R34-B; a closed list). Not general hosts where anyone makes a form or a file request
#: (Google, Dropbox, GitHub: review45 M3, rule R34-G).
HR_PLATFORMS: frozenset[str] = ATS_PLATFORMS | frozenset({
    "bamboohr.com", "adp.com", "personio.com", "personio.de", "rippling.com", "gusto.com",
    "deel.com", "remote.com", "oysterhr.com", "successfactors.com", "successfactors.eu",
    "sapsf.com", "sapsf.eu", "docusign.com", "docusign.net", "adobesign.com", "echosign.com",
    "hellosign.com", "yousign.com", "payfit.com", "lucca.fr", "ilucca.net",
    "workable.com", "bamboohr.co.uk", "namely.com", "paylocity.com", "paycom.com",
    "paychex.com", "ukg.com", "ultipro.com", "zenefits.com", "hibob.com", "myworkday.com",
})
#: How far from the HR channel's words a link counts as the portal (R34-G)
_PORTAL_REACH = 200


def post_offer_onboarding(approach: Approach, norms: dict[str, NormText]) -> list[Evidence]:
    """Identity or bank details asked only after an offer, through HR or payroll: a signed
    offer or contract (or the first day) and an HR or payroll channel in the same message.

    Examples
    --------
    >>> from recruitscore.normalize import normalize
    >>> msg = "Once your contract is signed, enter your bank details in the payroll portal."
    >>> a = Approach(message=msg)
    >>> norms = {"message": normalize(msg), "sender_company_url": normalize("")}
    >>> [e.snippet for e in post_offer_onboarding(a, norms)]
    ['Once your contract is signed', 'payroll portal']
    >>> portal = msg + " https://hr-onboard-portal.xyz/start"
    >>> post_offer_onboarding(Approach(message=portal), {"message": normalize(portal),
    ...                                                  "sender_company_url": normalize("")})
    []
    """
    msg = norms["message"]
    marker = find_spans(_POST_OFFER, msg, "message", limit=1)
    if not marker:
        return []
    channel = find_spans(_HR_CHANNEL, msg, "message", limit=1)
    if not channel:
        return []
    # documents sent to a host that is neither the company's nor a known HR, payroll or
    # e-signature platform do not go "through HR" (rule R34-B, review44 M4: a fake onboarding
    # portal after "following the signing of your contract"): a link near the HR channel (a
    # company blog or a map further on is no portal: review45 M2, rule R34-G)
    company = registrable_domain(norms["sender_company_url"].text)
    near = channel[0].start - _PORTAL_REACH, channel[0].end + _PORTAL_REACH
    for domain, ev in _message_domains(msg):
        if (domain and near[0] <= ev.start <= near[1]
                and not _known_link(domain, company, HR_PLATFORMS)):
            return []
    return [*marker, *channel]
