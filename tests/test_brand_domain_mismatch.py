"""brand_domain_mismatch (rules R31-B, R31-B3, R33-H): a brand's own domains are those ``BRANDS``
lists (with the careers and group domains of R33-H (3)), their subdomains, and the registrable
label of one of them under a national country code (amazon.co.uk, siemens.de, capgemini.fr;
R33-H (1)). Its name under another suffix is not its own (capgemini.tk, thales.io,
capgemini.careers: a fraudster registers those as cheaply as a generic name; R31-B3). The
brand's name as a word of another registrable name (thales-careers.com, thalesgroup-hr.fr; never
inside another word: pharmaron.com is no Arm, R33-H (2)), a look-alike written beyond ASCII and
a free-mail address that claims the brand fire; an address's user part is no domain of the
brand's."""

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
    # the brand's name under another suffix than a national country code (rules R31-B3,
    # R33-H (1)): a generic or vanity one, or a free country code
    ("Capgemini recrute : postulez sur https://capgemini.careers/offres", "",
     ["Capgemini", "https://capgemini.careers/offres"]),
    ("Apply for Accenture at accenture.jobs", "", ["Accenture", "accenture.jobs"]),
    ("Capgemini hiring, send your CV to hr@capgemini.co", "",
     ["Capgemini", "capgemini.co", "hr@capgemini.co"]),
    ("Je recrute pour Capgemini.", "https://www.capgemini.careers",
     ["Capgemini", "https://www.capgemini.careers"]),
    ("LinkedIn recruiter: apply at linkedin.ml", "", ["LinkedIn", "linkedin.ml"]),
    ("Lockheed Martin hiring: lockheedmartin.tk", "", ["Lockheed Martin", "lockheedmartin.tk"]),
    ("Google careers: google.cc/jobs", "", ["Google", "google.cc/jobs"]),
    ("Amazon is hiring warehouse leads, apply at amazon.tk", "", ["Amazon", "amazon.tk"]),
    ("Thales recrute des ingénieurs.", "https://thales.io", ["Thales", "https://thales.io"]),
    ("Meta recruiter here: talent@meta.ai", "", ["Meta", "meta.ai", "talent@meta.ai"]),
    # ... and another label under a national country code (only the exact label is the brand's)
    ("Thales recrute : écrivez à rh@thalesgroup-hr.fr", "",
     ["Thales", "thalesgroup-hr.fr", "rh@thalesgroup-hr.fr"]),
    ("Capgemini is hiring in London: capgemini-uk.co.uk", "",
     ["Capgemini", "capgemini-uk.co.uk"]),
    ("Amazon recrute.", "https://www.amazon-emploi.fr", ["Amazon", "https://www.amazon-emploi.fr"]),
    # ... and a domain written beyond ASCII that reads as the brand's own (rule R28-C)
    ("Thales is hiring radar engineers.", "https://th\u0430lesgroup.com",
     ["Thales", "https://th\u0430lesgroup.com"]),
    ("Thales recrute à Vélizy.", "https://th\u0430lesgroup.fr",
     ["Thales", "https://th\u0430lesgroup.fr"]),
    ("Amazon hiring: write to hr@am\u0430zon.co.uk", "",
     ["Amazon", "am\u0430zon.co.uk", "hr@am\u0430zon.co.uk"]),
    # a brand's listed domain followed by more of a host: read whole (review40 M4, R31-M4)
    ("Capgemini recrute : postulez sur https://capgemini.com.evil.io/offres", "",
     ["Capgemini", "https://capgemini.com.evil.io/offres"]),
    ("Capgemini hiring: apply at https://capgemini.com-jobs.io/x", "",
     ["Capgemini", "https://capgemini.com-jobs.io/x"]),
    ("Thales : écrivez à hr@thalesgroup.com.recrutement.fr", "",
     ["Thales", "thalesgroup.com.recrutement.fr", "hr@thalesgroup.com.recrutement.fr"]),
    ("Je recrute pour Capgemini.", "https://capgemini.com.evil.io",
     ["Capgemini", "https://capgemini.com.evil.io"]),
    # a brand's label under a national country code: its own (rule R33-H (1)), in EN and FR
    ("Bonjour, envoyez votre CV à rh@capgemini.com ; voir aussi capgemini.fr", "", None),
    ("We work with accenture.com and accenture.fr", "", None),
    ("Hi, I'm a recruiter at Amazon UK, we're hiring for a programme manager role.",
     "https://www.amazon.co.uk", None),
    ("Hi, I recruit for Siemens in Munich, are you open to a new role?",
     "https://www.siemens.de", None),
    ("Bonjour, je recrute pour Siemens à Munich.", "siemens.de", None),
    ("Bonjour, je suis recruteuse chez Capgemini. Écrivez-moi à marie.dupont@capgemini.fr", "",
     None),
    ("Hi, Google is hiring in London.", "https://careers.google.co.uk", None),
    ("IBM is hiring consultants: apply at https://www.ibm.co.uk/careers", "", None),
    ("Accenture recrute des consultants.", "https://www.accenture.fr", None),
    ("Deloitte recrute : écrivez à jdupont@deloitte.de", "https://www2.deloitte.de", None),
    ("Amazon Australia is hiring: www.amazon.com.au/jobs", "", None),
    ("Thales recrute à Vélizy.", "https://www.thalesgroup.fr", None),
    # ... however unlikely the country: a cost of R33-H (1), which review40 had fire (R31-B3)
    ("Lockheed Martin hiring: hr@lockheedmartin.ru", "", None),
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
    # an open second level that a company sells is no country's, a typo of com and the other
    # vanity codes are none, and a distinctive name counts glued to any word (rule R33-N)
    ("Capgemini : écrivez à rh@capgemini.com.ru", "",
     ["Capgemini", "capgemini.com.ru", "rh@capgemini.com.ru"]),
    ("Amazon is hiring: hr@amazon.com.de", "", ["Amazon", "amazon.com.de", "hr@amazon.com.de"]),
    ("Amazon is hiring: hr@amazon.cm", "", ["Amazon", "amazon.cm", "hr@amazon.cm"]),
    ("Hello, I'm a recruiter at Amazon, send your CV to hr@careersatamazon.com", "",
     ["Amazon", "careersatamazon.com", "hr@careersatamazon.com"]),
    ("Thales recrute : écrivez à rh@thalesdefense.fr", "",
     ["Thales", "thalesdefense.fr", "rh@thalesdefense.fr"]),
    ("Lockheed Martin recrute : lockheed-martin-emploi.fr", "",
     ["Lockheed Martin", "lockheed-martin-emploi.fr"]),
    # (recruiter and recruteur glue a brand too: R33-H's list, completed after the helper's note)
    ("Amazon hiring: write to hr@amazonrecruiter.com", "",
     ["Amazon", "amazonrecruiter.com", "hr@amazonrecruiter.com"]),
    ("Thales recrute : écrivez à rh@thalesrecruteurs.fr", "",
     ["Thales", "thalesrecruteurs.fr", "rh@thalesrecruteurs.fr"]),
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
