"""The boolean twins that the column path runs in place of a detector (``CallableSignal.fast``)
against the straightforward version: ``bool(detect(...))`` on one approach."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from recruitscore.normalize import fast_normalize, normalize
from recruitscore.schema import TEXT_FIELDS, Approach
from recruitscore.signals import REGISTRY, CallableSignal, extract_signals, extract_signals_frame
from recruitscore.signals import detectors as d

from .assertions import assert_twin_equals_detector

TWINS = [s for s in REGISTRY if isinstance(s, CallableSignal) and s.fast is not None]

# meeting words with links on known, unknown and the sender's own domains; links whose
# original text differs from their matching form (a Cyrillic letter, a zero-width space, an
# accent, upper case, an address, a file name)
MEETING = [
    ("Please select a time slot: https://hr-booking.app/calendar/x1", ""),
    ("Book a call here: https://calendly.com/jane/30 or https://acme-talent.io/about", ""),
    ("Book a call: https://acme-talent.io/meet/4", "https://careers.acme-talent.io"),
    ("Book a call: https://acme-talent.io/meet/4", "https://other.example.com"),
    ("Schedule your interview at https://talent-c\u0430l.app/x", ""),
    ("Schedule your interview at https://talent-cal.app/x", ""),
    ("Schedule your interview at https://talent-\u200bcalendar.app/x", ""),
    ("Choisissez un créneau : https://entretien-rh.app/réunion/7", ""),
    ("JOIN THE MEETING: HTTPS://ROOM-HUB.NET/JOIN/88", ""),
    ("Book a slot, then mail jane@slot-booking.io with the setup.py you ran", ""),
    ("Join the call: meet.hirelink-connect.co/room/48213 and www.zoom-talks.net", ""),
    ("Set up a meeting via teams-meeting-join.net, or book time on https://cal.com/x", ""),
    ("Pick a time slot on https://rdv-calendrier.fr/b\u043e\u043ek/2", ""),
    ("Réservez un créneau : https://visio.example.org/r/1 (ou https://c.a.l.e.n.d.a.r.io)", ""),
    # hosts a browser reads otherwise than the ASCII host pattern (rule R32-F): a user part, IP
    # literals, IDN and punycode hosts, a look-alike letter in a listed platform's domain
    ("Select a time slot: https://calendly.com@meet-hr-portal.xyz/book", ""),
    ("Join the interview here: https://zoom.us:x@203.0.113.7/room/1 or https://[2001:db8::7]/r",
     ""),
    ("Choisissez un créneau : https://собеседование.рф/rdv", "https://собеседование.рф"),
    ("Book a call: https://xn--80aebkkdb3bbfd.xn--p1ai/x", "xn--80aebkkdb3bbfd.xn--p1ai"),
    ("Book a call: https://c\u0430lendly.com/jane/meeting", ""),
]


# disguised writing of every kind obfuscated_text looks for, and look-alikes of it
DISGUISED = [
    "Add me on Whats\u200bApp", "clone\u200b our repo", "W\u00adh\u00ada\u00adt\u00ads",
    "Tele\ufe0fgram", "Sig\U000e0041nal", "Add me on Telegr\u0430m", "Ελληνικά only",
    "\u1d21\u029c\u1d00\u1d1bs\u1d00\u1d18\u1d18", "\U0001d416\U0001d421\U0001d41a",
    "\u24b6\u24b7\u24b8", "\uff37\uff48\uff41\uff54\uff53", "W h a t s A p p", "a b c",
    "t.e.l.e.g.r.a.m", "\u202eppastahw", "clone\u3164our\u3164repo", "\u3164 alone",
    "Wh4tsApp me", "my gmail (at) x (dot) com", "ppastahw", "\u00b2 \u00b2 \u00b2 \u00b2 \u00b2",
    "\u2160 \u2161 \u2162 \u2163 \u2164", "a\x00b", "x\u2800y", "\u1d00 \u1d00",
]


# brands beside their own and look-alike domains (links, addresses, the profile's URL);
# assessments with known, unknown and the sender's own links, and portals
DOMAINS = [
    ({"message": "Thales is hiring: apply at thales-careers.com/jobs"}),
    ({"message": "Thales is hiring: apply at www.thalesgroup.com/careers"}),
    ({"message": "Write to hr@thales-recrutement.fr", "sender_company": "Thales"}),
    ({"message": "Hello", "sender_headline": "Recruiter at Airbus",
      "sender_company_url": "https://airbus-jobs.net"}),
    ({"message": "Hello", "sender_company": "Airbus", "sender_company_url": "airbus.com"}),
    ({"message": "Recruiting for L\u043eckheed Martin via lockheed-martin-jobs.co"}),
    ({"message": "Complete the coding test at https://hackerrank.com/t/1"}),
    ({"message": "Complete the coding test at https://skills-check.sh/t/1"}),
    ({"message": "Complete the coding test at https://acme.io/t/1",
      "sender_company_url": "https://www.acme.io"}),
    ({"message": "Complete the coding test: register on our portal to start"}),
    ({"message": "Complete the coding test on hackerrank.com, or register on our portal"}),
    ({"message": "Passez le test technique sur https://evaltech.fr/x, merci"}),
    # the company's own address, plainly written or with an invisible or look-alike character
    # in it (R31-L), in a text in ASCII or beyond
    ({"message": "Write to hr@acme.com", "sender_company_url": "https://acme.com"}),
    ({"message": "Write to hr@acme\u200b.com", "sender_company_url": "https://acme.com"}),
    ({"message": "Write\u200bto\u200bhr@ac\u200bme.com", "sender_company_url": "acme.com"}),
    ({"message": "Écrivez à rh@acme.com", "sender_company_url": "https://acme.com"}),
    ({"message": "Écrivez à rh@ac\u00adme.com", "sender_company_url": "https://acme.com"}),
    ({"message": "Écrivez à rh@\u2060acme.com ou rh@acme.com", "sender_company_url": "acme.com"}),
    ({"message": "Write to hr@\u0430cme.com", "sender_company_url": "https://acme.com"}),
    # look-alike domains (rule R30-D): a digit the matching form reads as a letter, a host
    # beyond ASCII, an address's user part
    ({"message": "Reply to jobs@micr0soft.com", "sender_company_url": "microsoft.com"}),
    ({"message": "See g00gle.com, then google.com and G00GLE.COM"}),
    ({"message": "Write to hr@\u0430cmetech.io", "sender_company_url": "https://acmetech.io"}),
    ({"message": "Mail marie.dupont@acme.fr or maria.dupont@acme.fr"}),
    # (rule R31-D2) a capital I read twice, file names, numbered hosts, a path before a host
    ({"message": "Visit BigIdeas.io", "sender_company_url": "https://www.TechImpact.org"}),
    ({"message": "Send your CV to jobs@GoodIdea.fr", "sender_company_url": "goodidea.fr"}),
    ({"message": "Reply to jobs@paypaI.com", "sender_company_url": "https://www.paypal.com"}),
    ({"message": "Ci-joint annexe.pdf et annexe1.pdf, écrivez à rh@univ-rennes1.fr",
      "sender_company_url": "https://www.univ-rennes.fr"}),
    ({"message": 'Site <a href="https://orvalis-consei1.fr/offres">orvalis-conseil.fr</a>'}),
    # hosts beyond ASCII or in punycode beside the company's own domain, and the company's own
    # written beyond ASCII or in punycode (rule R31-H)
    ({"message": "Envoyez votre CV à rh@acmet\u0435ch.io", "sender_company_url": "acmetech.io"}),
    ({"message": "Apply at https://xn--cmetech-1fg.io/jobs", "sender_company_url": "acmetech.io"}),
    ({"message": "Write to hr@acmetech.io", "sender_company_url": "https://\u0430cmetech.io"}),
    ({"message": "Write to hr@acmetech.io", "sender_company_url": "xn--cmetech-1fg.io"}),
    ({"message": "Site acmetech.io, CV à rh@acmetech.\u0456\u043e"}),
    ({"message": "Écrivez à rh@société-x.fr", "sender_company_url": "https://société-x.fr"}),
    ({"message": "Mon CV : l\u2019équipe.fr et acme.fr, rené@acme.fr",
      "sender_company_url": "acme.fr"}),
    ({"message": "Write to hr@\u0430cme dot com", "sender_company_url": "acme.com"}),
    # a brand's name under another suffix (rules R31-B, R31-B3), a free-mail address that
    # claims it
    ({"message": "Envoyez votre CV à rh@capgemini.com ; voir aussi capgemini.fr"}),
    # a brand's listed domain followed by more of a host (review40 M4, R31-M4)
    ({"message": "Capgemini: https://capgemini.com.evil.io/x, hr@capgemini.com-jobs.io"}),
    ({"message": "Je recrute pour Capgemini.", "sender_company_url": "capgemini.com.evil.io"}),
    ({"message": "Je recrute pour Capgemini.", "sender_company_url": "https://capgemini.fr"}),
    ({"message": "Je recrute pour Capgemini.", "sender_company_url": "capgemini.careers"}),
    ({"message": "Capgemini recruiter here: capgemini.hr@gmail.com"}),
    ({"message": "Capgemini : capgemini.fr (at) gmail.com, capgemini.co.uk"}),
    ({"message": "Accenture: accenture.jobs, accenture.fr, hr@capgemini.co (Capgemini)"}),
]


def _rows() -> list[dict[str, str]]:
    rows = [{"message": m, "sender_company_url": u} for m, u in MEETING]
    rows += [{"message": m, "sender_company_url": ""} for m in DISGUISED]
    rows += DOMAINS
    for s in REGISTRY:
        for ex in (*s.examples, *s.counterexamples):
            rows.append({"message": ex.message, **{f: str(v) for f, v in ex.fields.items()
                                                  if f in TEXT_FIELDS}})
    return rows


@pytest.mark.parametrize("signal", TWINS, ids=[s.name for s in TWINS])
def test_fast_twin_equals_its_detector(signal: CallableSignal) -> None:
    assert signal.fast is not None
    for row in _rows():
        approach = Approach.from_mapping(row)
        if any(not fast_normalize(getattr(approach, f)) for f in signal.requires):
            continue  # (the column path checks ``requires`` before the twin)
        assert_twin_equals_detector(signal, approach)


def test_unknown_meeting_link_on_disguised_links() -> None:
    """A link whose matching form names a meeting page while its original text does not: the
    twin defers to the detector, which reads the original."""
    rows = [{"message": m, "sender_company_url": u} for m, u in MEETING]
    fired = [bool(d.unknown_meeting_link(Approach.from_mapping(r), {
        f: normalize(r[f]) for f in ("message", "sender_company_url")})) for r in rows]
    assert fired[0] and not fired[4] and fired[5]  # "c\u0430l" is no "cal" in the original
    frame = extract_signals_frame(pd.DataFrame(rows * 3))  # (the column path: > 32 rows)
    single = [any(h.name == "unknown_meeting_link" for h in extract_signals(r)) for r in rows]
    assert frame["unknown_meeting_link"].tolist() == [int(x) for x in single * 3]
    assert single == fired


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["a", "b", "x1", "-", ".", "..", "/", " ", "https://", "http://",
                                 "www.", "com", "co.uk", "io", "@", "é", "\n", "calendar",
                                 "a" * 30, "-" * 3, "?id=4", "0"]), max_size=40).map("".join))
@example("see www.acme.co.uk/x and jobs.a-b.io/" + "y" * 250 + " ok")
@example("a." * 8 + "com")
def test_url_pattern_in_re2_finds_what_re_finds(text: str) -> None:
    """The links of a text (_URL_RE2, RE2) are those of its definition (_URL_RE, Python's re)."""
    found = [(m.start(), m.end(), m.group(1)) for m in d._URL_RE2.finditer(text)]
    assert found == [(m.start(), m.end(), m.group(1)) for m in d._URL_RE.finditer(text)]


GUARDED = [(d._INVISIBLE_CHAR, d._INVISIBLE_IN_WORD), (d._SELECTOR_CHAR, d._SELECTOR_IN_WORD),
           (d._MIXED_CHAR, d._MIXED_SCRIPT), (d._STYLED_CHAR, d._STYLED),
           (d._BLANK_CHAR, d._BLANK_AS_SPACE)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["a", "Z", "é", " ", "\n", "\u200b", "\x00", "\u00ad", "\ufe0f",
                                 "\U000e0041", "\u0430", "\u03bf", "\u1d00", "\U0001d416",
                                 "\u24b6", "\uff37", "\u3164", "\u2800", "\u00a0", "1"]),
                max_size=20).map("".join))
def test_obfuscation_guards_are_necessary(text: str) -> None:
    """Each pattern the boolean twin of obfuscated_text runs only behind its guard class
    matches no text that lacks a character of that class."""
    for guard, pattern in GUARDED:
        if pattern.search(text) is not None:
            assert guard.search(text) is not None, (pattern.pattern[:30], text)
