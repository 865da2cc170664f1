"""lookalike_domain (rule R30-D, RED-FLAGS F9 "a single letter changed in the domain"): two
different domains of one approach whose names read alike, with both spans as evidence."""

from __future__ import annotations

import random

import pandas as pd
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from recruitscore.normalize import normalize
from recruitscore.schema import Approach
from recruitscore.signals import detectors as d
from recruitscore.signals import extract_signals, extract_signals_frame, get_signal

from .assertions import assert_table_row_both_paths, assert_twin_equals_detector

SIGNAL = get_signal("lookalike_domain")
URL = "sender_company_url"

# (message, company URL, the evidence in order, or None when it must not fire)
TABLE = [
    # one letter substituted, inserted, dropped or two swapped, under the same suffix
    ("Send your CV to careers@northwind-robotlcs.com", "https://northwind-robotics.com",
     ["https://northwind-robotics.com", "careers@northwind-robotlcs.com"]),
    ("Register at https://www.helixquantumm.com/apply", "helixquantum.com",
     ["helixquantum.com", "https://www.helixquantumm.com/apply"]),
    ("Write to hr@helixquantm.com", "https://helixquantum.com",
     ["https://helixquantum.com", "hr@helixquantm.com"]),
    ("Postulez sur https://recrutement.atelier-lmuen.fr/offres", "https://www.atelier-lumen.fr",
     ["https://www.atelier-lumen.fr", "https://recrutement.atelier-lmuen.fr/offres"]),
    # look-alike characters, any suffix
    ("Merci d'écrire à rh@orvalis-consei1.fr", "https://www.orvalis-conseil.fr",
     ["https://www.orvalis-conseil.fr", "rh@orvalis-consei1.fr"]),
    ("Our HR: hr@acrnetech.com", "https://www.acmetech.io",
     ["https://www.acmetech.io", "hr@acrnetech.com"]),
    ("Onboarding portal: https://portal.g00gle-careers.net", "https://google-careers.com",
     ["https://google-careers.com", "https://portal.g00gle-careers.net"]),
    ("Contact: talent@brightvvave.io", "https://www.brightwave.io",
     ["https://www.brightwave.io", "talent@brightvvave.io"]),
    ("HR: HR@MICR0SOFT-JOBS.COM, site MICROSOFT-JOBS.COM", "",
     ["HR@MICR0SOFT-JOBS.COM", "MICROSOFT-JOBS.COM"]),
    # two domains of the message alone
    ("Visit northwind-robotics.com, then confirm at https://northwind-robotisc.com/confirm", "",
     ["northwind-robotics.com", "https://northwind-robotisc.com/confirm"]),
    ("Site : https://www.atelier-lumen.fr — CV à rh@atelier-lurnen.com", "",
     ["https://www.atelier-lumen.fr", "rh@atelier-lurnen.com"]),
    # (rule R31-D2) a link's path stops before the next host; no punctuation in the evidence
    ('Site <a href="https://orvalis-consei1.fr/offres">orvalis-conseil.fr</a>', "",
     ["https://orvalis-consei1.fr/offres", "orvalis-conseil.fr"]),
    ("Voir https://northwind-robotics.com/about,https://northwind-robotlcs.com/portal", "",
     ["https://northwind-robotics.com/about", "https://northwind-robotlcs.com/portal"]),
    ("Site: northwind-robotics.com/about|northwind-robotlcs.com/portal", "",
     ["northwind-robotics.com/about", "northwind-robotlcs.com/portal"]),
    ("Reply to https://micr0soft-careers.com/jobs, see microsoft-careers.com", "",
     ["https://micr0soft-careers.com/jobs", "microsoft-careers.com"]),
    ("[orvalis-conseil.fr](https://orvalis-consei1.fr/offres)", "",
     ["orvalis-conseil.fr", "https://orvalis-consei1.fr/offres"]),
    # (rule R31-D2) a capital I for an l, a digit for a letter, beside the company's site
    ("Reply to jobs@paypaI.com", "https://www.paypal.com",
     ["https://www.paypal.com", "jobs@paypaI.com"]),
    ("Envoyez votre CV à rh@orvaIis-conseil.fr", "https://www.orvalis-conseil.fr",
     ["https://www.orvalis-conseil.fr", "rh@orvaIis-conseil.fr"]),
    ("Postdoc : écrivez à jean.martin@univ-renne5.fr", "https://www.univ-rennes.fr",
     ["https://www.univ-rennes.fr", "jean.martin@univ-renne5.fr"]),
    ("Profils ENSAE bienvenus : écrivez à rh@ensai.fr", "https://www.ensae.fr",
     ["https://www.ensae.fr", "rh@ensai.fr"]),
    # what must not fire
    ("Our site is helixquantum.com, and helixquantum.fr in France.", "", None),
    ("See https://careers.helixquantum.com or write to jobs@helixquantum.com",
     "https://www.helixquantum.com", None),
    ("Apply on helixquantum-careers.com", "https://helixquantum.com", None),
    ("Apply on helixquantumjobs.com", "https://helixquantum.com", None),
    ("Recruiting for Helix Quantum (helixquantum.com) on behalf of our client",
     "https://talentbridge.co.uk", None),
    ("Reach me at jo.martin@gmail.com, our site is https://www.northwind-robotics.com", "", None),
    ("Écrivez à jean.martin@helixquantum.com ou à jean.marton@helixquantum.com", "", None),
    ("Mon e-mail : jean.martin at helixquantum dot com, ou jean.marton (at) helixquantum.com",
     "", None),
    ("Send it to dariush.tehran91@gmail.com or dariush.tehrani91@gmail.com", "", None),
    ("Nos clients : nexa.io et nexo.io", "", None),
    ("Slides: https://devsummit2024.org and https://devsummit2025.org", "", None),
    ("Write it in Next.js and Nuxt.js", "", None),
    ("Both outlook.com and outlook.fr work, or gmail.com", "", None),
    ("See https://www.acme.com", "https://www.acme.com", None),
    # (rule R31-D2, H1) a host never reads like itself: a capital I between lower-case letters
    # is read twice by the matching form ("bigldeas", "bigideas")
    ("Visit BigIdeas.io for the role", "", None),
    ("Learn more at www.TechImpact.org", "", None),
    ("Notre fondation : SocialImpact.fr - nous recrutons un data analyst", "", None),
    ("We're JobIsland (JobIsland.com), recruiting for a client", "", None),
    ("Send your CV to jobs@GoodIdea.fr", "https://www.goodidea.fr", None),
    ("Apply at techimpact.org/jobs", "https://www.TechImpact.org", None),
    ("Merci d'écrire à rh@socialimpact.fr", "https://SocialImpact.fr", None),
    ("Apply on www.DataIku.com/careers", "https://www.dataiku.com", None),
    # (H2) file names are no domains
    ("Attached: contract.pdf and contract2.pdf, please sign both.", "", None),
    ("Ci-joint annexe.pdf et annexe1.pdf à signer.", "", None),
    ("Please find offer.pdf and offers.pdf attached", "", None),
    ("Voici fiche-poste.docx et fiche-postes.docx", "", None),
    ("Send resume.docx and resume2.docx", "https://acme.com", None),
    ("Photos: photo.jpg and photo2.jpg; logo.png, logos.png", "", None),
    ("Budget in budget.xlsx and budgets.xlsx", "", None),
    ("Run setup.exe then setup2.exe", "", None),
    # (H3) a digit inserted or dropped is a numbering
    ("Postdoc à l'Université de Rennes (univ-rennes.fr). Contact : prenom.nom@univ-rennes1.fr",
     "", None),
    ("Postdoc à l'IRISA. Contact : jean.martin@univ-rennes1.fr", "https://www.univ-rennes.fr",
     None),
    ("Poste MCF, envoyez votre dossier à recrutement@univ-lille.fr (ancien univ-lille1.fr)", "",
     None),
    ("Thèse en cotutelle univ-paris1.fr / univ-paris13.fr", "", None),
    ("Our 2024 site is acmeconf.com, this year's acmeconf2.com", "", None),
    # (M4) first.last names and loose addresses
    ("Écrivez à marie.dupont @acme.fr ou maria.dupont @acme.fr", "", None),
    ("Contacts: Marie.Dupont, Maria.Dupont (both @acme.fr)", "", None),
    ("Écrivez à « marie.dupont » chez acme.fr, ou « maria.dupont »", "", None),
    ("Our partners: daniel.martin and daniele.martin will contact you", "", None),
    # (M5) a hyphen dropped; short sister names side by side, neither the company's
    ("Plus d'infos sur em-lyon.com et emlyon.com", "", None),
    ("bnp-paribas.com and bnpparibas.com are both ours", "", None),
    ("We're at station-f.co (STATION F)", "https://stationf.co", None),
    ("Site : https://www.atelier-lumen.fr — CV à rh@atelierlumen.com", "", None),
    ("Profils ENSAE ou ENSAI bienvenus (ensae.fr, ensai.fr)", "", None),
    ("Contact: jane@gmail.com or john@ymail.com", "", None),
    ("Apply on acme.recruitee.com; I found you on recruiter.com", "", None),
    ("Postulez via talent.com ou talents.com", "", None),
    ("Déclarez sur impots.gouv.fr (et non impot.gouv.fr)", "", None),
    # (rule R31-D3) a look-alike edit (a letter doubled or a doubled one dropped, l for i, m
    # for n) between two names of 5 characters or more, neither the company's
    ("Careers at amazon.com — apply at amazom.com", "", ["amazon.com", "amazom.com"]),
    ("Postulez sur amazon.com puis envoyez votre CV à rh@amazom.com", "",
     ["amazon.com", "rh@amazom.com"]),
    ("See careers.google.com, then sign in at gooogle.com/login", "",
     ["careers.google.com", "gooogle.com/login"]),
    ("Connectez-vous sur google.com puis sur gooogle.com", "", ["google.com", "gooogle.com"]),
    ("linkedin.com/in/jdoe — please log in at linkedln.com/verify", "",
     ["linkedin.com/in/jdoe", "linkedln.com/verify"]),
    ("Validez votre profil linkedin.com sur linkedln.com", "", ["linkedin.com", "linkedln.com"]),
    ("We are Deloitte (deloitte.com); send your CV to hr@deloite.com", "",
     ["deloitte.com", "hr@deloite.com"]),
    ("Envoyez votre CV à rh@deloite.com (site : deloitte.com)", "",
     ["rh@deloite.com", "deloitte.com"]),
    ("Payment by paypal.com - log in at www.paypaI.com", "", ["paypal.com", "www.paypaI.com"]),
    ("Paiement via paypal.com : connectez-vous sur www.paypaI.com", "",
     ["paypal.com", "www.paypaI.com"]),
    ("[amazon.com](https://amazom.com/jobs)", "", ["amazon.com", "https://amazom.com/jobs"]),
    ("Apply at amazom.com/jobs", "https://www.amazon.com",
     ["https://www.amazon.com", "amazom.com/jobs"]),
    ("Envoyez votre CV à rh@gooogle.com", "https://google.com",
     ["https://google.com", "rh@gooogle.com"]),
    # (rule R31-D3) a bare host's last label of two letters is a country's code
    ("Envoyez votre CV via atIas-recrutement.ma", "https://www.atlas-recrutement.ma",
     ["https://www.atlas-recrutement.ma", "atIas-recrutement.ma"]),
    ("Send your CV via atIas-recrutement.ma", "https://www.atlas-recrutement.ma",
     ["https://www.atlas-recrutement.ma", "atIas-recrutement.ma"]),
    ("Voir acme.lu et acrne.lu", "", ["acme.lu", "acrne.lu"]),
    # (rule R31-D3) other short edits between two names neither the company's: an added s is
    # no doubled letter
    ("Find us on talent.io and talents.io", "", None),
    ("Diplômés de l'ensae.fr ou de l'ensai.fr bienvenus", "", None),
    ("We use recruitee.com, not recruiter.com", "", None),
    ("Écrivez-nous sur gmail.com ou ymail.com", "", None),
    # (rule R31-D3) a host written beyond ASCII pairs by its skeleton only, never by one edit:
    # the ASCII transliteration of a name with an umlaut is the same name
    ("Bewerbung bitte an karriere@mueller.de", "https://www.müller.de", None),
    ("Envoyez votre CV à karriere@mueller.de", "https://www.müller.de", None),
    ("Write to hr@bjoerk.se", "https://www.björk.se", None),
    ("Écrivez à hr@bjoerk.se", "https://www.björk.se", None),
    ("Site www.müller.de — mail: karriere@mueller.de", "", None),
]


@pytest.mark.parametrize(("message", "url", "expected"), TABLE)
def test_table(message: str, url: str, expected: list[str] | None) -> None:
    assert_table_row_both_paths("lookalike_domain", message, {URL: url}, expected)


# hosts written beyond ASCII (a Cyrillic or Greek letter, an accent, an invisible character) or
# in punycode whose matching form reads as another domain of the approach written in ASCII: a
# look-alike, not one organisation (rule R31-H); (message, company URL, the evidence in order,
# or None)
BEYOND_ASCII = [
    ("Send your CV to hr@\u0430cmetech.io", "https://acmetech.io",
     ["https://acmetech.io", "hr@\u0430cmetech.io"]),
    ("Envoyez votre CV à rh@\u0430cmetech.io avant vendredi.", "https://www.acmetech.io",
     ["https://www.acmetech.io", "rh@\u0430cmetech.io"]),
    ("Apply at https://careers.acmet\u0435ch.io/jobs today", "acmetech.io",
     ["acmetech.io", "https://careers.acmet\u0435ch.io/jobs"]),
    ("Postulez sur https://\u03bfrvalis-conseil.fr/offres", "https://www.orvalis-conseil.fr",
     ["https://www.orvalis-conseil.fr", "https://\u03bfrvalis-conseil.fr/offres"]),
    ("Write to hr@acmetech.io", "https://\u0430cmetech.io",
     ["https://\u0430cmetech.io", "hr@acmetech.io"]),
    ("Site : acmetech.io — CV à rh@acmetech.\u0456\u043e", "",
     ["acmetech.io", "rh@acmetech.\u0456\u043e"]),
    ("Écrivez à rh@atelier-lum\u00e9n.fr", "https://www.atelier-lumen.fr",
     ["https://www.atelier-lumen.fr", "rh@atelier-lum\u00e9n.fr"]),
    ("Apply at https://xn--cmetech-1fg.io/jobs", "https://acmetech.io",
     ["https://acmetech.io", "https://xn--cmetech-1fg.io/jobs"]),
    ("Écrivez à rh@xn--cmetech-1fg.io", "https://www.acmetech.io",
     ["https://www.acmetech.io", "rh@xn--cmetech-1fg.io"]),
    ("Write to hr@acmetech.io", "xn--cmetech-1fg.io", ["xn--cmetech-1fg.io", "hr@acmetech.io"]),
    ("Write to hr@\u0430cmetech dot io", "https://acmetech.io",
     ["https://acmetech.io", "hr@\u0430cmetech dot io"]),
    ("Write to hr@acme\u200btech.io", "https://acmetech.io",
     ["https://acmetech.io", "hr@acme\u200btech.io"]),
    # what must not fire: the company's own domain written in ASCII, or as a browser reads it
    # (full-width letters, a full-width dot), a host beyond ASCII beside no ASCII spelling of
    # it, letters beyond ASCII in a path or a user part, punycode of another name
    ("Send your CV to hr@acmetech.io", "https://acmetech.io", None),
    ("Send your CV to hr@\uff41\uff43\uff4d\uff45tech.io", "https://acmetech.io", None),
    ("Write to hr@acmetech\uff0eio", "https://acmetech.io", None),
    ("Écrivez à rh@société-exemple.fr", "https://www.société-exemple.fr", None),
    ("Write to hr@\u0430cmetech.io", "", None),
    ("Postulez sur https://acmetech.io/carrières, ou écrivez à rené@acmetech.io",
     "https://acmetech.io", None),
    ("Le livre est sur https://xn--bcher-kva.de, postulez sur https://acmetech.io",
     "https://acmetech.io", None),
    ("Apply at https://xn--zz.io/jobs", "https://acmetech.io", None),
    ("Write to hr@xn--cmetech-1fg.io", "xn--cmetech-1fg.io", None),
]


@pytest.mark.parametrize(("message", "url", "expected"), BEYOND_ASCII)
def test_hosts_beyond_ascii(message: str, url: str, expected: list[str] | None) -> None:
    assert_table_row_both_paths("lookalike_domain", message, {URL: url}, expected)


# corporate_contact, which lowers the risk, counts the company's own address only written in
# ASCII (R31-L) and beside a company URL written in ASCII, not in punycode (rule R31-H):
# (message, company URL, the evidence, or None)
CORPORATE = [
    ("Reach me at hr@acmetech.io", "https://acmetech.io", ["hr@acmetech.io"]),
    ("Écrivez-moi : rh@recrutement.acmetech.io", "acmetech.io",
     ["rh@recrutement.acmetech.io"]),
    ("Écrivez-moi à rh@acmetech.io", "https://\uff41\uff43\uff4d\uff45tech.io",
     ["rh@acmetech.io"]),
    ("Send your CV to hr@\u0430cmetech.io", "https://acmetech.io", None),
    ("Envoyez votre CV à rh@acmet\u0435ch.io", "https://www.acmetech.io", None),
    ("Write to hr@acmetech.\u0456\u043e", "https://acmetech.io", None),
    ("Write to hr@acmetech.io", "https://\u0430cmetech.io", None),
    ("Écrivez à rh@acmetech.io", "https://www.acm\u00e9tech.io", None),
    ("Write to hr@xn--cmetech-1fg.io", "https://xn--cmetech-1fg.io", None),
    ("Write to hr@acmetech.io", "xn--cmetech-1fg.io", None),
    ("Écrivez à rh@société-exemple.fr", "https://www.société-exemple.fr", None),
    ("Write to hr@acme\u200btech.io", "https://acmetech.io", None),
    # a dot that IDNA reads as one, then a label: the address is on another domain (review40 H2)
    ("Write to hr@acmetech.io\u3002evil.io", "https://acmetech.io", None),
    ("Écrivez à rh@acmetech.io\uff61evil.io", "https://acmetech.io", None),
    ("連絡先は hr@acmetech.io。", "https://acmetech.io", ["hr@acmetech.io"]),
    # a company URL with a capital I is read as written, not with "l" for it (review40 H3)
    ("Write to jobs@dataiku.com", "https://www.DataIku.com", ["jobs@dataiku.com"]),
    ("Écrivez à rh@bigideas.io", "https://BigIdeas.io", ["rh@bigideas.io"]),
    # an address only shown for another target is none of the company's (rule R32-C): a display
    # name's address, a markdown link's or an HTML anchor's target decides where mail goes
    ('Send your CV to "hr@acmetech.io" <recruit@evil-mail.io>', "https://acmetech.io", None),
    ("Envoyez votre CV à rh@acmetech.io <recrutement.acme@gmail.com>", "https://acmetech.io",
     None),
    ("Write to [hr@acmetech.io](mailto:recruit@evil-mail.io)", "https://acmetech.io", None),
    ("Écrivez à [notre RH, rh@acmetech.io](https://acme-formulaire.io/cv)",
     "https://acmetech.io", None),
    ('Write to <A HREF="mailto:x@evil-mail.io"><b>hr@acmetech.io</b></A> today',
     "https://acmetech.io", None),
    ("Write to hr@acmetech.io@evil-mail.io today", "https://acmetech.io", None),
    # review41 M2 (rule R32-C3): any address on another domain in the message, quoted display
    # names with more text, other angle brackets, Markdown labels with a line break or by
    # reference, anchors without </a>, padded link texts, targets a browser reads otherwise
    ("Send your CV to hr@acmetech.io or to recruit.acme@gmail.com", "https://acmetech.io", None),
    ("Écrivez à rh@acmetech.io ou à recrutement.acme@gmail.com", "https://acmetech.io", None),
    ('Write to "hr@acmetech.io (Acme HR)" <x@gmail.com>', "https://acmetech.io", None),
    ('Écrivez à "rh@acmetech.io (RH Acme)" <x@gmail.com>', "https://acmetech.io", None),
    ("Write to hr@acmetech.io\n\u2039x@evil-mail.io>", "https://acmetech.io", None),
    ("Write to [hr@acmetech.io\nAcme HR](https://evil-mail.io/cv)", "https://acmetech.io",
     None),
    ("Écrivez à [rh@acmetech.io][1]\n\n[1]: https://evil-mail.io/cv\n", "https://acmetech.io",
     None),
    ('Write to <a href="https://evil-mail.io/cv">hr@acmetech.io and the team',
     "https://acmetech.io", None),
    ("Write to [hr@acmetech.io" + " " * 300 + "](https://evil-mail.io/form)",
     "https://acmetech.io", None),
    ('Write to <a href="https://evil-mail.io/cv">' + "<span></span>" * 100
     + "hr@acmetech.io</a>", "https://acmetech.io", None),
    ('Write to <a href="https://evil-mail.io\\@acmetech.io/cv">hr@acmetech.io</a>',
     "https://acmetech.io", None),
    ('Écrivez à <a href="https://acmetech.io&#64;evil-mail.io/cv">rh@acmetech.io</a>',
     "https://acmetech.io", None),
    # review42 M1-M3 (rule R32-K): encoded recipients of a mailto:, data-href, reference
    # shortcuts and definitions whose label is the address
    ("Write to [hr@acmetech.io](mailto:hr@acmetech.io?bcc=x.acme%40gmail.com)",
     "https://acmetech.io", None),
    ('Écrivez à rh@acmetech.io ou <a href="mailto:x.acme&#64;gmail.com">ici</a>',
     "https://acmetech.io", None),
    ("Write to mailto:hr@acmetech.io?cc=x.acme%40gmail.com today", "https://acmetech.io",
     None),
    ('Write to <a data-href="https://acmetech.io" href="https://evil-mail.io/cv">'
     "hr@acmetech.io</a>", "https://acmetech.io", None),
    ("Écrivez à [rh@acmetech.io]\n\n[rh@acmetech.io]: https://evil-mail.io/cv\n",
     "https://acmetech.io", None),
    ("Write to [hr@acmetech.io][]\n\n[hr@acmetech.io]:\nhttps://evil-mail.io/cv\n",
     "https://acmetech.io", None),
    # ...and counts where that target is the company's, or where the link is another one's
    ('Write to "HR team" <hr@acmetech.io>', "https://acmetech.io", ["hr@acmetech.io"]),
    ("Écrivez à [rh@acmetech.io](mailto:rh@acmetech.io)", "https://acmetech.io",
     ["rh@acmetech.io", "rh@acmetech.io"]),
    ('Write to <a href="mailto:jobs@acmetech.io">hr@acmetech.io</a>', "https://acmetech.io",
     ["jobs@acmetech.io", "hr@acmetech.io"]),
    ("Écrivez à rh@acmetech.io <https://careers.acmetech.io/offres>", "https://acmetech.io",
     ["rh@acmetech.io"]),
    ('See <a href="https://evil-mail.io">this</a> or write to hr@acmetech.io',
     "https://acmetech.io", ["hr@acmetech.io"]),
    ("Voir [le site](https://evil-mail.io) ou écrire à rh@acmetech.io", "https://acmetech.io",
     ["rh@acmetech.io"]),
    ("Write to [hr@acmetech.io](https://careers.acmetech.io/apply)", "https://acmetech.io",
     ["hr@acmetech.io"]),
]


@pytest.mark.parametrize(("message", "url", "expected"), CORPORATE)
def test_corporate_contact_reads_hosts_as_written(message: str, url: str,
                                                  expected: list[str] | None) -> None:
    assert_table_row_both_paths("corporate_contact", message, {URL: url}, expected)


def test_an_address_shown_for_another_buys_no_lower_risk() -> None:
    """Showing the company's address in front of another target (rule R32-C) scores as the
    other target alone: the disguise lowers nothing."""
    import recruitscore as rs

    text = "We are hiring at Acme. Send your CV to {} and we will call you."
    plain = rs.score({"message": text.format("recruit.acme@gmail.com"), URL: "https://acme.com"})
    for shown in ('"hr@acme.com" <recruit.acme@gmail.com>',
                  "[hr@acme.com](mailto:recruit.acme@gmail.com)"):
        disguised = rs.score({"message": text.format(shown), URL: "https://acme.com"})
        assert "corporate_contact" not in {h.name for h in disguised.hits}
        assert disguised.risk >= plain.risk - 0.02, (shown, disguised.risk, plain.risk)


def test_hosts_are_read_as_written() -> None:
    """The matching form reads a digit inside a word as a letter ("micr0soft" as "microsoft");
    a host keeps the digits it is written with, so the look-alike is not the company's own."""
    assert normalize("micr0soft.com").text == "microsoft.com"
    a = Approach(message="Reply to jobs@micr0soft.com", sender_company_url="microsoft.com")
    assert [e.snippet for e in SIGNAL.detect(a)] == ["microsoft.com", "jobs@micr0soft.com"]
    assert d._as_written("google.com", "G00GLE.com") == "g00gle.com"
    assert d._as_written("google.com", "g\u043e\u043egle.com") == "google.com"  # not ASCII
    assert d._as_written("abc.io", "a-c.io") == "abc.io"  # not a digit for a letter
    assert d._as_written("bigldeas.io", "BigIdeas.io") == "bigideas.io"  # a capital I


def test_digit_runs_are_linear() -> None:
    """The hosts written with a digit beside a letter are found in one pass (rule R31-D2: a
    search from each run's end cost the whole text each time, 7 s at 100 kB)."""
    rng = random.Random(11)
    text = " ".join(f"{''.join(rng.choices('abcdefgh', k=4))}{rng.randint(0, 9)}xyz.com"
                    for _ in range(8000))
    runs = d._digit_runs(text)
    assert len(runs) == 8000 and runs[0].endswith(".com")
    assert d._digit_runs("g00gle.com j.smith2@acme.com 1a.2b.c3") == ["g00gle.com", "1a.2b.c3"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["a", "B", "1", "z0", ".", "-", "@", " ", "x9", "\u00e9", ".com",
                                 "c3.", "Q"]), max_size=30).map("".join))
def test_digit_runs_are_those_of_the_pattern(text: str) -> None:
    """The one-pass runs (Python's re and string searches) are the runs of _HOST_DIGIT."""
    runs = [m.group(1) for m in d._HOST_DIGIT.finditer(text)
            if text[m.end():m.end() + 1] != "@"]
    assert d._digit_runs(text) == runs


def test_pairs_past_the_cap() -> None:
    """Past LOOKALIKE_MAX_DOMAINS, a domain is still compared with the first one (the company's
    site) and by its folded name, not for one edit with the message's other domains."""
    rng = random.Random(3)
    filler = [f"{''.join(rng.choices('abcdefghijklmnopqrstuvwxyz', k=12))}.com"
              for _ in range(d.LOOKALIKE_MAX_DOMAINS + 50)]
    n = len(filler)
    early = ["northwind-robotics.com", "northwind-robotlcs.com", *filler]
    assert list(d._lookalike_pairs(early))[:1] == [(0, 1)]
    late = [*filler, "northwind-robotics.com", "northwind-robotlcs.com"]
    assert list(d._lookalike_pairs(late)) == []
    folded = [*filler, "acmetech.io", "acrnetech.io"]
    assert list(d._lookalike_pairs(folded)) == [(n, n + 1)]
    first = ["northwind-robotics.com", *filler, "northwind-robotlcs.com"]
    assert list(d._lookalike_pairs(first)) == [(0, n + 1)]
    # (rule R31-D3) short names by a look-alike edit: compared among the capped set only
    assert list(d._lookalike_pairs(["amazon.com", "amazom.com", *filler]))[:1] == [(0, 1)]
    assert list(d._lookalike_pairs([*filler, "amazon.com", "amazom.com"])) == []


def test_comparisons_are_not_quadratic(monkeypatch: pytest.MonkeyPatch) -> None:
    """One-edit comparisons stay within the first domain's and the capped set's."""
    calls = 0
    edit = d._edit

    def counted(a: str, b: str) -> bool | None:
        nonlocal calls
        calls += 1
        return edit(a, b)

    monkeypatch.setattr(d, "_edit", counted)
    rng = random.Random(5)
    for size in (5, 10):  # (rule R31-D3: names of 5 by a look-alike edit)
        calls = 0
        domains = list(dict.fromkeys(
            f"{''.join(rng.choices('abcdefghijklmnopqrstuvwxyz', k=size))}.com"
            for _ in range(20_000)))
        list(d._lookalike_pairs(domains))
        assert 0 < calls <= len(domains) + d.LOOKALIKE_MAX_DOMAINS ** 2  # (not 2 * 10^8)


def test_a_megabyte_of_domains() -> None:
    """1 MB of distinct domains (thousands reach the detector: a field is read up to
    MAX_FIELD_CHARS) returns, finds the company's look-alike among them, and both paths agree."""
    rng = random.Random(7)
    names = ["".join(rng.choices("abcdefghijklmnopqrstuvwxyz", k=10)) for _ in range(70_000)]
    message = " ".join(f"{n}.com" for n in names)
    message = message[:20_000] + " hr@orvalis-consei1.fr " + message[20_000:1_000_000]
    row = {"message": message, URL: "https://www.orvalis-conseil.fr"}
    hits = {h.name: h for h in extract_signals(row)}
    assert [e.snippet for e in hits["lookalike_domain"].evidence] == [
        "https://www.orvalis-conseil.fr", "hr@orvalis-consei1.fr"]
    frame = extract_signals_frame(pd.DataFrame([row, {**row, URL: "https://acme.com"}]),
                                  signals=["lookalike_domain"])
    assert frame["lookalike_domain"].tolist() == [1, 0]


_PIECES = ["acme.com", "acrne.com", "acmee.com", "g00gle.com", "google.com", "goog1e.com",
           "hr@", "HR@", "www.", "https://", " ", " (dot) ", " dot ", "0", "1", "l", "rn", "m",
           "-", ".", "fr", "io", "é", "\u200b", "\u0430", "orvalis", "orva1is", "consei1",
           "conseil", "@", "/jobs", " [at] ", "Micr0soft", "microsoft", ".co.uk", "2", "vv", "w",
           "xacme.com", "acme.com.fr", "jobs.acme.com", "jo.smith@", " at ", " arobase ",
           "co.uk", "acme.com@", "\n",
           # (rule R31-D2) capital I, file names, numbered hosts, names, paths and their stops
           "BigIdeas.io", "GoodIdea.fr", "paypaI", "I", "contract.pdf", "annexe1.pdf", ".docx",
           "univ-rennes1.fr", "univ-rennes.fr", "marie.dupont", "maria.dupont", " @", "em-lyon",
           "emlyon", '<a href="', '">', "</a>", "|", ",", ";", ")", "ensae.fr", "ensai.fr",
           "northwind-robotics.com", "northwind-robotlcs.com",
           # (rule R31-H) punycode, letters and dots beyond ASCII
           "xn--cme-5cd.com", "xn--", "\u0456\u043e", "\u00e9.io", "\uff41cme.com", "\uff0e",
           "\u0441om", "\u4e2d\u6587",
           # (rule R31-D3) look-alike edits, transliterations, bare hosts of a country's code
           "amazon.com", "amazom.com", "gooogle.com", "linkedln", "deloite", "talents.io",
           "talent.io", "m\u00fcller.de", "mueller.de", "bj\u00f6rk.se", "bjoerk.se", ".ma",
           "atIas-recrutement", "atlas-recrutement", ".lu",
           # (rule R32-C) addresses shown for another target
           "<", ">", '"', "[", "](", "](mailto:", "mailto:", '<a href="mailto:', "<A HREF='",
           "'>",
           # (rule R32-K) encoded recipients, references, data-href
           "%40", "?bcc=", "&#64;", "]: ", "]:\n", "[]", "data-", "?cc=x%40gmail.com"]
# company URLs, with their own domain among the pieces (the boolean twin's shortcut)
_URLS = ["", "https://acme.com", "acme.com", "HTTPS://ACME.COM/jobs", "https://www.acmetech.io",
         "https://orvalis.fr", "https://www.co.uk", "acme.co.uk", "https://g00gle.com",
         "https://brand.com@acrne.com", "https://acm\u00e9.com", "https://www.TechImpact.org",
         "BigIdeas.io", "https://www.goodidea.fr", "https://ensae.fr", "univ-rennes.fr",
         "https://\u0430cme.com", "xn--cme-5cd.com", "https://www.m\u00fcller.de",
         "https://www.atlas-recrutement.ma", "https://www.amazon.com"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=24).map("".join),
       st.one_of(st.sampled_from(_URLS),
                 st.lists(st.sampled_from(_PIECES), max_size=6).map("".join)))
@example("Write to hr@orva1is.fr, see orvalis.fr", "")
@example("see g00gle.com", "https://www.google.com")
@example("hr@acme\u200btech.io", "acmetech.io")
@example("jobs.acme.com, jo.smith@acme.com and jo@acrne.com", "https://acme.com")
@example("jo@acme.com dot fr", "https://acme.com")
@example("Visit BigIdeas.io, GoodIdea.fr", "https://www.goodidea.fr")
@example('<a href="https://acrne.com/x">acme.com</a>|acrne.com,acme.com', "")
@example("rh@ensai.fr, contract.pdf, contract2.pdf", "https://ensae.fr")
@example("hr@\u0430cme.com", "https://acme.com")
@example("see acme.com, hr@xn--cme-5cd.com", "")
@example("hr@\u0430cme dot com", "https://acme.com")
@example("karriere@mueller.de", "https://www.m\u00fcller.de")
@example("www.m\u00fcller.de mueller.de", "")
@example("amazon.com amazom.com atIas-recrutement.ma", "https://www.atlas-recrutement.ma")
def test_fast_twin_on_drawn_hosts(message: str, url: str) -> None:
    """The boolean twin (matching forms; string searches for a message that names the company's
    own domain alone; the detector for a digit in a host) equals the detector on texts made of
    hosts, digits, look-alike letters and disguises."""
    assert_twin_equals_detector(SIGNAL, Approach(message=message, sender_company_url=url))


CORPORATE_SIGNAL = get_signal("corporate_contact")


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=24).map("".join),
       st.one_of(st.sampled_from(_URLS),
                 st.lists(st.sampled_from(_PIECES), max_size=6).map("".join)))
@example("hr@\u0430cme.com", "https://acme.com")
@example("hr@acme dot \u0441om", "https://acme.com")
@example("ren\u00e9.x@acme.com", "https://acme.com")
@example("hr@acme.com0acme.com", "acme.com0acme.com")
@example("hr@xn--cme-5cd.com", "xn--cme-5cd.com")
def test_corporate_contact_twin_on_drawn_hosts(message: str, url: str) -> None:
    """The boolean twin of corporate_contact (the matching forms, and the detector where an
    address on the company's domain is in a text beyond ASCII) equals the detector; both read
    the company URL's matching form ("acme.com0acme.com") and none written beyond ASCII or in
    punycode (rule R31-H)."""
    assert_twin_equals_detector(CORPORATE_SIGNAL,
                                Approach(message=message, sender_company_url=url))
