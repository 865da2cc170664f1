"""brand_domain_mismatch (rules R31-B, R31-B2): a brand's own domain name under another public
suffix of a country, com, net or org (capgemini.com and capgemini.fr, thalesgroup.co.uk) is the
brand's own; under any other suffix (capgemini.careers, accenture.jobs, capgemini.co) it is
not; the brand's name in another registrable name, a look-alike written beyond ASCII and a
free-mail address that claims the brand still fire."""

from __future__ import annotations

import pandas as pd
import pytest

from recruitscore.signals import extract_signals_frame

from .assertions import assert_table_row

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
    # the brand's name under a suffix that is no country's, nor com, net or org, or under co,
    # cm or om (typos of com): not the brand's own (rule R31-B2)
    ("Capgemini recrute : postulez sur https://capgemini.careers/offres", "",
     ["Capgemini", "https://capgemini.careers/offres"]),
    ("Apply for Accenture at accenture.jobs", "", ["Accenture", "accenture.jobs"]),
    ("Capgemini: apply at capgemini.xyz", "", ["Capgemini", "capgemini.xyz"]),
    ("Capgemini : candidatez sur capgemini.online", "", ["Capgemini", "capgemini.online"]),
    ("Capgemini hiring, send your CV to hr@capgemini.co", "",
     ["Capgemini", "capgemini.co", "hr@capgemini.co"]),
    ("Capgemini : écrivez à rh@capgemini.cm", "",
     ["Capgemini", "capgemini.cm", "rh@capgemini.cm"]),
    ("Je recrute pour Capgemini.", "https://www.capgemini.careers",
     ["Capgemini", "https://www.capgemini.careers"]),
    # the brand's own domains under another public suffix: not a look-alike
    ("Bonjour, envoyez votre CV à rh@capgemini.com ; voir aussi capgemini.fr", "", None),
    ("We work with accenture.com and accenture.fr", "", None),
    ("Je recrute pour Capgemini.", "https://www.capgemini.fr", None),
    ("Thales UK is hiring: apply at https://www.thalesgroup.co.uk/careers", "", None),
    ("Recruiting for Lockheed Martin: https://www.lockheedmartin.co.uk/jobs", "", None),
    ("Deloitte recrute : https://www2.deloitte.fr et jobs.deloitte.de", "", None),
    ("Offre Indeed : https://de.indeed.de/job/1", "", None),
    ("Google Paris : careers.google.fr", "", None),
    ("Capgemini: Lisez https://www.capgemini.com.fr/offres", "", None),
    ("Écrivez à marie.durand@thalesgroup.fr (Thales)", "", None),
    ("Capgemini Australia: www.capgemini.com.au", "", None),
    ("Accenture: accenture.net or accenture.org", "", None),
]


@pytest.mark.parametrize(("message", "url", "expected"), TABLE)
def test_table(message: str, url: str, expected: list[str] | None) -> None:
    assert_table_row("brand_domain_mismatch", message, {URL: url}, expected, exact=True)
    row = {"message": message, URL: url}
    frame = extract_signals_frame(pd.DataFrame([row] * 40), signals=["brand_domain_mismatch"])
    assert frame["brand_domain_mismatch"].tolist() == [int(expected is not None)] * 40
