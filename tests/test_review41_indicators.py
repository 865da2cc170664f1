"""Review 41 (rule R32-J) of the indicators read as written (rule R32-G): domains where anybody
publishes are never a brand's own (H1), a URL's user part ends at / ? # \\ (H2), ``mailto://``
holds no user information (M8), the verbatim reading is linear (M3), STIX free text keeps the
text of autolinks (L6)."""

from __future__ import annotations

import pandas as pd
import pytest

import recruitscore as rs
from recruitscore import campaigns as cmp
from recruitscore.indicators import (
    BRAND_DOMAINS,
    HOSTING_DOMAINS,
    brand_owned,
    field_indicators,
)

from .assertions import indicator_values_both_paths, stix_patterns


# -- H1: where anybody publishes, nothing is a brand's own ---------------------------------------
@pytest.mark.parametrize("url", [
    "drive.google.com/file/d/1XyZAbCdEf9876/view", "docs.google.com/forms/d/e/1FAIpQL/viewform",
    "sites.google.com/view/acme-careers", "colab.research.google.com/drive/1QwErTy123456",
    "lnkd.in/eXyZ12Q", "linkedin.com/in/fake-hr-7781", "media.licdn.com/dms/image/x",
    "indeed.com/viewjob?jk=abc123", "fr.indeed.com/voir-emploi?jk=abc123", "indeed.de/job/1",
    "glassdoor.fr/emploi/x", "welcometothejungle.com/fr/companies/x/jobs/y", "wttj.co/x1",
    "candidat.francetravail.fr/offres/recherche/detail/123", "pole-emploi.fr/x/1",
    "hellowork.com/fr-fr/emplois/1.html", "apec.fr/candidat/offre/1", "facebook.com/groups/1",
    "fb.com/x1", "glassdoor.ca/job-listing/x", "indeed.com.au/viewjob?jk=1",
    # (under employers' domains, only the hosts of user content; review42 H2)
    "groups.google.com/g/x", "answers.microsoft.com/x/1", "discussions.apple.com/thread/1",
    "community.intel.com/t5/x", "forums.developer.nvidia.com/t/x", "community.openai.com/t/x",
])
def test_hosting_domains_are_no_brand_own(url: str) -> None:
    assert not brand_owned("url", url)
    assert not brand_owned("domain", url.split("/", 1)[0])


@pytest.mark.parametrize("value", ["www.thalesgroup.com/en/careers", "baesystems.com/careers",
                                   "deepmind.com/careers", "amazon.jobs/en/jobs/1",
                                   "careers.airbus.com/x",
                                   # (employers' own again, review42 H2)
                                   "aws.amazon.com/x/1", "amazon.com/dp/1", "apple.com/x/1",
                                   "meta.com/x/1", "microsoft.com/x/1", "deepmind.google/x/1"])
def test_employers_own_sites_stay_brand_owned(value: str) -> None:
    assert brand_owned("url", value)


def test_brand_domains_hold_no_hosting_domain() -> None:
    assert "linkedin.com" in HOSTING_DOMAINS and "thalesgroup.com" in BRAND_DOMAINS
    assert "google.com" in BRAND_DOMAINS  # (review42 H2: its user-content hosts are not)
    assert not BRAND_DOMAINS & HOSTING_DOMAINS
    assert not {"indeed.fr", "glassdoor.co.uk", "francetravail.org", "lnkd.in"} & BRAND_DOMAINS


# nine lures linked by a shared Drive file, Colab notebook, form, fake profile and shortlink
# (review41's camp.py, written anew; English and French)
DRIVE = "https://drive.google.com/file/d/1XyZAbCdEf9876/view"
COLAB = "https://colab.research.google.com/drive/1QwErTy123456"
FORM = "https://docs.google.com/forms/d/e/1FAIpQLSfEvIl123/viewform"
PROFILE = "https://www.linkedin.com/in/sarah-talent-hr-7781"
SHORT = "https://lnkd.in/eXyZ12Q"
LURES = [
    f"Hello Anna, our client in Geneva pays USD 3,000 for a short advisory report on your radar "
    f"work. Download the brief from {DRIVE} and reply on WhatsApp, keep it between us.",
    f"Bonjour Marc, je dirige un petit cabinet ; nous cherchons des experts satellites, bien "
    f"payés. Le projet est sur {DRIVE} — écrivez-moi sur Telegram @aurora_partners_hr.",
    f"Dear Sam, quick freelance gig for a defence analyst: the NDA and questionnaire are on "
    f"{DRIVE}. Generous fee, confidential.",
    f"Hi Lea, we need your help with a coding challenge for a crypto startup. Clone {COLAB} "
    f"and run all cells before the call.",
    f"Salut Tom, super profil ! Notre équipe Web3 vous veut : lancez le notebook {COLAB} "
    f"comme première étape, essai payé.",
    f"Hi Jo, fill in our candidate form {FORM} to get the 5k signing bonus.",
    f"Hi Ali, I am Sarah from the talent team, see my profile {PROFILE} and the brief at "
    f"{SHORT}, confidential paid consulting.",
    f"Bonjour Nina, Sarah ici {PROFILE} - les détails de la mission payée : {SHORT} restez "
    f"discrète.",
    f"Bonjour Kim, présélection : remplissez {FORM} et envoyez le scan de votre passeport, "
    f"nous payons en USDT.",
]


def test_lures_sharing_hosted_content_form_their_campaigns_again() -> None:
    rows, summary = rs.find_campaigns(pd.DataFrame({"message": LURES}), threshold=0.0)
    ids = rows["campaign_id"].tolist()
    groups = [{0, 1, 2}, {3, 4}, {5, 8}, {6, 7}]  # was no campaign (all brand-owned)
    assert len(summary) == 4 and "" not in ids
    for group in groups:
        assert len({ids[i] for i in group}) == 1
    assert len({ids[min(g)] for g in groups}) == 4
    assert "brand-" not in " ".join(rows["indicators"])
    patterns = stix_patterns(summary)
    for url in (DRIVE, COLAB, FORM, SHORT, PROFILE.replace("www.", "")):
        assert f"[url:value = '{url}']" in patterns


@pytest.mark.parametrize("text", [
    "Apply on indeed.fr or https://www.linkedin.com/jobs, interviews next week.",
    "Postulez sur indeed.fr ou https://www.linkedin.com/jobs, entretiens la semaine prochaine.",
])
def test_a_job_board_named_bare_links_nobody(text: str) -> None:
    assert indicator_values_both_paths(text) == []  # a platform: no domain, no generic path


# -- H2: the user part of a URL ends where a browser ends the authority --------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("apply at https://evil-hr.xyz?@thalesgroup.com/careers",
     [("url", "evil-hr.xyz?@thalesgroup.com/careers"), ("domain", "evil-hr.xyz")]),
    ("apply at https://evil-hr.xyz#@thalesgroup.com/careers",
     [("url", "evil-hr.xyz#@thalesgroup.com/careers"), ("domain", "evil-hr.xyz")]),
    ("apply at https://evil-hr.xyz\\@thalesgroup.com/careers",
     [("url", "evil-hr.xyz\\@thalesgroup.com/careers"), ("domain", "evil-hr.xyz")]),
    ("apply at https://evil-hr.xyz?@careers.innocent-shop.com/apply",
     [("url", "evil-hr.xyz?@careers.innocent-shop.com/apply"), ("domain", "evil-hr.xyz")]),
    ("postulez sur https://evil-rh.fr?@thalesgroup.com/carrieres",
     [("url", "evil-rh.fr?@thalesgroup.com/carrieres"), ("domain", "evil-rh.fr")]),
    ("postulez sur https://evil-rh.fr#@boutique-innocente.fr/offre",
     [("url", "evil-rh.fr#@boutique-innocente.fr/offre"), ("domain", "evil-rh.fr")]),
    # user information still read as such
    ("get https://user:pw@evil-hr.xyz/setup.exe",
     [("url", "evil-hr.xyz/setup.exe"), ("domain", "evil-hr.xyz")]),
    ("voir https://thalesgroup.com@evil-rh.fr/offre",
     [("url", "evil-rh.fr/offre"), ("domain", "evil-rh.fr")]),
    # a question mark after a domain ends a sentence
    ("Is it at acme-defence.net? Yes.", [("domain", "acme-defence.net")]),
    ("C'est sur acme-defense.fr ? Oui.", [("domain", "acme-defense.fr")]),
])
def test_user_part_ends_at_the_authority(text: str, expected: list[tuple[str, str]]) -> None:
    assert indicator_values_both_paths(text) == expected


def test_a_query_after_an_at_sign_is_exported_with_the_attacker_host() -> None:
    lure = ("Hello {n}, our client pays USD 3,000 for a short report. Apply at "
            "https://evil-hr.xyz?@careers.innocent-shop.com/apply and keep this between us.")
    _, summary = rs.find_campaigns(pd.DataFrame({"message": [lure.format(n="Anna"),
                                                             lure.format(n="Marc")]}),
                                   threshold=0.0)
    patterns = stix_patterns(summary)
    assert "[domain-name:value = 'evil-hr.xyz']" in patterns
    assert not any("'innocent-shop.com'" in p for p in patterns)


# -- M8: mailto:// holds an address, not a URL's user information ------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("Send your CV to mailto://anna.k.hr@gmail.com today", [("email", "anna.k.hr@gmail.com")]),
    ("Envoyez votre CV à mailto://anna.k.rh@gmail.com aujourd'hui",
     [("email", "anna.k.rh@gmail.com")]),
    ("Send your CV to mailto:anna.k.hr@evil-hr.xyz",
     [("email", "anna.k.hr@evil-hr.xyz"), ("domain", "evil-hr.xyz")]),
    ("see ftp://user@evil-hr.xyz/setup.exe",
     [("url", "evil-hr.xyz/setup.exe"), ("domain", "evil-hr.xyz")]),
])
def test_mailto_is_an_address(text: str, expected: list[tuple[str, str]]) -> None:
    assert indicator_values_both_paths(text) == expected


# -- M3: the verbatim reading on long fields (timings: see the review report) --------------------
def test_a_repeated_link_in_200_kb() -> None:
    text = "see Evil-HR.xyz/A " * 11_112  # 200 kB
    assert len(text) > 200_000
    assert indicator_values_both_paths(text) == [("url", "evil-hr.xyz/A"),
                                                 ("domain", "evil-hr.xyz")]


def test_many_different_links_in_200_kb() -> None:
    text = "".join(f"see evil{i}.xyz/a " for i in range(11_112))
    found = field_indicators(text)
    assert len(found) == 2 * 11_112
    assert found[0] == ("url", "evil0.xyz/a", 0, 0)
    assert found[-1] == ("domain", "evil11111.xyz", 0, 0)


def test_repeated_links_beside_a_lookalike_are_read_as_written() -> None:
    text = "see https://thalesgroup.com/x.exe " * 500 + "get https://th\u0430lesgroup.com/x.exe"
    assert indicator_values_both_paths(text) == [("url", "thalesgroup.com/x.exe"),
                             ("url", "xn--thlesgroup-0qi.com/x.exe"),
                             ("domain", "thalesgroup.com"),
                             ("domain", "xn--thlesgroup-0qi.com")]


# -- L6: autolinks keep their text in the STIX description ---------------------------------------
@pytest.mark.parametrize(("text", "plain"), [
    ("Apply at <https://evil-hr.xyz/apply> or write <x@evil.io> <b>now</b>",
     "Apply at https://evil-hr.xyz/apply or write x@evil.io now"),
    ("Postulez sur <https://evil-rh.fr/offre> ou écrivez à <rh@evil-rh.fr>, <i>vite</i>",
     "Postulez sur https://evil-rh.fr/offre ou écrivez à rh@evil-rh.fr , vite"),
])
def test_autolinks_keep_their_text(text: str, plain: str) -> None:
    assert cmp.plain_text(text) == plain
