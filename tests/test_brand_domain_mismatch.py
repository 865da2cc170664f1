"""brand_domain_mismatch (rules R31-B, R31-B3): only the domains ``BRANDS`` lists are a brand's
own. Its name under another suffix is not (capgemini.fr beside capgemini.com fires, as
capgemini.tk and capgemini.careers do: a fraudster registers those as cheaply as a brand keeps a
country site; R31-B3 took back R31-B2's country suffixes after review40). The brand's name in
another registrable name, a look-alike written beyond ASCII and a free-mail address that claims
the brand fire; an address's user part is no domain of the brand's."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from recruitscore.schema import Approach
from recruitscore.signals import get_signal

from .assertions import assert_table_row_both_paths, assert_twin_equals_detector

URL = "sender_company_url"

# (message, company URL, the evidence in order, or None when it must not fire)
TABLE = [
    # the brand's name in another registrable name
    ("Capgemini recrute : postulez sur capgemini-careers.com", "",
     ["Capgemini", "capgemini-careers.com"]),
    ("We're hiring for Accenture, apply at https://accenture-jobs.fr/apply", "",
     ["Accenture", "https://accenture-jobs.fr/apply"]),
    ("Bonjour, je recrute pour Capgemini.", "https://www.capgemini-recrutement.fr",
     ["Capgemini", "https://www.capgemini-recrutement.fr"]),
    ("Thales is hiring: send your CV to rh@thales-group.co.uk", "",
     ["Thales", "thales-group.co.uk", "rh@thales-group.co.uk"]),
    ("Capgemini : https://capgemini.fr@capgemini-rh.fr/offres", "",
     ["Capgemini", "https://capgemini.fr", "capgemini-rh.fr/offres",
      "capgemini.fr@capgemini-rh.fr"]),
    # a free-mail address that claims the brand (its user part is no domain of the brand's)
    ("Capgemini recruiter here, write to capgemini.hr@gmail.com", "",
     ["Capgemini", "capgemini.hr"]),
    ("Recruteuse Capgemini : capgemini.fr@gmail.com", "", ["Capgemini", "capgemini.fr"]),
    ("Accenture talent team: accenture.com (at) outlook.fr", "",
     ["Accenture", "accenture.com"]),
    # the brand's own domain as an address's user part or a link's user name: the mail goes,
    # the browser goes, to the host after the "@"
    ("Thales recruiter here: jobs.thalesgroup.com@gmail.com", "",
     ["Thales", "jobs.thalesgroup.com"]),
    ("Thales : postulez sur https://thalesgroup.com@offres-emploi.fr/x", "",
     ["Thales", "https://thalesgroup.com"]),
    # a host beyond ASCII that reads as the brand's own
    ("Capgemini : écrivez à rh@capg\u0435mini.fr", "",
     ["Capgemini", "capg\u0435mini.fr", "rh@capg\u0435mini.fr"]),
    # the brand's name under another suffix, however cheap or official it looks (rule R31-B3):
    # only the domains BRANDS lists are its own
    ("Capgemini recrute : postulez sur https://capgemini.careers/offres", "",
     ["Capgemini", "https://capgemini.careers/offres"]),
    ("Apply for Accenture at accenture.jobs", "", ["Accenture", "accenture.jobs"]),
    ("Capgemini hiring, send your CV to hr@capgemini.co", "",
     ["Capgemini", "capgemini.co", "hr@capgemini.co"]),
    ("Je recrute pour Capgemini.", "https://www.capgemini.careers",
     ["Capgemini", "https://www.capgemini.careers"]),
    ("LinkedIn recruiter: apply at linkedin.ml", "", ["LinkedIn", "linkedin.ml"]),
    ("Lockheed Martin hiring: lockheedmartin.tk and hr@lockheedmartin.ru", "",
     ["Lockheed Martin", "lockheedmartin.tk", "lockheedmartin.ru", "hr@lockheedmartin.ru"]),
    ("Capgemini : écrivez à rh@capgemini.com.ru", "",
     ["Capgemini", "capgemini.com.ru", "rh@capgemini.com.ru"]),
    ("Google careers: google.cc/jobs", "", ["Google", "google.cc/jobs"]),
    # a brand's listed domain followed by more of a host: read whole (review40 M4, R31-M4)
    ("Capgemini recrute : postulez sur https://capgemini.com.evil.io/offres", "",
     ["Capgemini", "https://capgemini.com.evil.io/offres"]),
    ("Capgemini hiring: apply at https://capgemini.com-jobs.io/x", "",
     ["Capgemini", "https://capgemini.com-jobs.io/x"]),
    ("Thales : écrivez à hr@thalesgroup.com.recrutement.fr", "",
     ["Thales", "thalesgroup.com.recrutement.fr", "hr@thalesgroup.com.recrutement.fr"]),
    ("Je recrute pour Capgemini.", "https://capgemini.com.evil.io",
     ["Capgemini", "https://capgemini.com.evil.io"]),
    # a known limit of the same rule: a brand's real country site that BRANDS does not list
    ("Bonjour, envoyez votre CV à rh@capgemini.com ; voir aussi capgemini.fr", "",
     ["capgemini", "capgemini.fr"]),
    ("We work with accenture.com and accenture.fr", "", ["accenture", "accenture.fr"]),
    # the domains BRANDS lists, and their subdomains: the brand's own
    ("Je recrute pour Thales à Élancourt.", "https://www.thalesgroup.com", None),
    ("Capgemini : postulez sur https://www.capgemini.com/fr-fr/carrieres/", "", None),
    ("Accenture careers: https://www.accenture.com/us-en/careers, hr@accenture.com", "", None),
    # the group and careers domains BRANDS lists (rule R33-H (3)), and their subdomains
    ("I'm a recruiter at Meta, see www.metacareers.com/jobs", "", None),
    ("Je recrute pour Siemens Energy à Erlangen.", "https://www.siemens-energy.com/global/en",
     None),
    ("Siemens Healthineers is hiring: jobs@siemens-healthineers.com", "", None),
    ("Thales Alenia Space recrute à Cannes.", "https://www.thalesaleniaspace.com", None),
    ("Leonardo DRS is hiring in Arlington.", "https://www.leonardodrs.com", None),
    ("Capgemini Engineering recrute : marie.dupont@capgemini-engineering.com", "", None),
    ("Lockheed Martin: apply at https://www.lockheedmartinjobs.com/job/x", "", None),
    ("Amazon Science is hiring researchers: amazon.science/careers", "", None),
    # ... but the brand's name beside them still fires
    ("Capgemini Engineering recrute : rh@capgemini-engineering-rh.com", "",
     ["Capgemini", "capgemini-engineering-rh.com", "rh@capgemini-engineering-rh.com"]),
    ("I'm a recruiter at Meta, see www.metacareers-jobs.com", "",
     ["Meta", "www.metacareers-jobs.com"]),
    # the brand's name as a word of a domain's label (rule R33-H (2)): the whole label, at its
    # start or end or between "-", or glued to a recruiting or corporate word
    ("Thales is hiring radar engineers: apply at https://thales-careers.com/apply", "",
     ["Thales", "https://thales-careers.com/apply"]),
    ("Amazon recrute des ingénieurs cloud.", "amazon-jobs.net", ["Amazon", "amazon-jobs.net"]),
    ("Thales is hiring: write to talent@thalesgroup-hr.com", "",
     ["Thales", "thalesgroup-hr.com", "talent@thalesgroup-hr.com"]),
    ("Thales recrute : postulez sur https://careers-thales-group.com/offres", "",
     ["Thales", "https://careers-thales-group.com/offres"]),
    ("Amazon hiring: amazonjobs.com and hr@careersamazon.net", "",
     ["Amazon", "amazonjobs.com", "careersamazon.net", "hr@careersamazon.net"]),
    ("Lockheed Martin recrute : lockheed-martin-emploi.fr", "",
     ["Lockheed Martin", "lockheed-martin-emploi.fr"]),
    # ... never inside another word: a former employer beside the company's own domain
    ("Hi, you previously worked at Arm - we're hiring embedded engineers.",
     "https://www.pharmaron.com", None),
    ("Hi Paul, you worked at Intel for six years - we're hiring at Intellias.",
     "https://intellias.com", None),
    ("Hi, I saw you were at Apple. We're hiring lawyers: jobs@applebyglobal.com", "", None),
    ("Hi, you worked at Meta - we're hiring, book a call on https://metaview.ai/demo", "",
     None),
    ("Bonjour, vous avez travaillé chez Arm ; Pharmaron recrute : rh@pharmaron.com", "", None),
    ("Bonjour, vous étiez chez Intel ? Intellias recrute : https://career.intellias.com/fr",
     "https://intellias.com", None),
    # the brand's name as a subdomain of an applicant tracking system, and a sentence's dot
    ("Capgemini : postulez sur https://capgemini.wd3.myworkdayjobs.com/fr-FR/x", "", None),
    ("Capgemini: see capgemini.com. Then apply on careers.capgemini.com", "", None),
]


@pytest.mark.parametrize(("message", "url", "expected"), TABLE)
def test_table(message: str, url: str, expected: list[str] | None) -> None:
    assert_table_row_both_paths("brand_domain_mismatch", message, {URL: url}, expected)


SIGNAL = get_signal("brand_domain_mismatch")
# brands, their names in other words, suffixes national and vanity, user parts, a look-alike
_PIECES = ["Thales", "Amazon", "Arm", "Capgemini", "Meta", "Siemens", " ", ", ", "hr@", "rh@",
           "https://", "www.", "thales", "thalesgroup", "amazon", "arm", "capgemini", "meta",
           "siemens", "pharmaron", "intellias", "careers", "group", "view", "jobs", "-", ".",
           "com", "co.uk", "com.au", "de", "fr", "tk", "io", "ru", "@gmail.com", "/x", "@",
           "th\u0430les", "capg\u0435mini", "xn--", "0"]
_URLS = ["", "https://www.amazon.co.uk", "siemens.de", "https://www.pharmaron.com",
         "thales-careers.com", "https://th\u0430lesgroup.com", "capgemini.tk",
         "https://www.thalesgroup.com", "https://capgemini.com.evil.io"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=24).map("".join),
       st.one_of(st.sampled_from(_URLS),
                 st.lists(st.sampled_from(_PIECES), max_size=6).map("".join)))
@example("Arm hiring: see pharmaron.com", "")
@example("Amazon: hr@amazon.co.uk, amazon.tk", "https://www.amazon.co.uk")
@example("Thales: rh@th\u0430lesgroup.fr", "thalesgroup.fr")
@example("Siemens: siemens.de@gmail.com", "siemens.de")
def test_twin_on_drawn_texts(message: str, url: str) -> None:
    """The boolean twin equals the detector on texts made of brands, their names inside other
    words, national and vanity suffixes, user parts and look-alike letters."""
    assert_twin_equals_detector(SIGNAL, Approach(message=message, sender_company_url=url))
