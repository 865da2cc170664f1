"""Review 42 (rule R32-K) of the domains where anybody publishes (review41, rule R32-J): a job
board is one by its listed domains, never by its first label (H1: ``indeed.xyz`` is an
attacker's, and an indicator); employers' own domains are brand-owned again, only their hosts
of user content are not (H2: a genuine Google careers link or a staff address links nobody; a
Drive file, a Form, a Colab notebook, a LinkedIn profile still link)."""

from __future__ import annotations

import pandas as pd
import pytest

import recruitscore as rs
from recruitscore.indicators import (
    BRAND_DOMAINS,
    HOSTING_DOMAINS,
    HOSTING_HOSTS,
    JOB_BOARD_DOMAINS,
    brand_owned,
)
from recruitscore.signals.detectors import BRANDS

from .assertions import indicator_values_both_paths, stix_patterns


def _campaigns(messages: list[str]) -> tuple[list[str], pd.DataFrame]:
    rows, summary = rs.find_campaigns(pd.DataFrame({"message": messages}), threshold=0.0)
    return rows["campaign_id"].tolist(), summary


# -- H1: a job board by its listed domains, never by its first label ----------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("Apply at https://indeed.xyz/jobs today",
     [("url", "indeed.xyz/jobs"), ("domain", "indeed.xyz")]),
    ("Postulez sur https://indeed.xyz/jobs aujourd'hui",
     [("url", "indeed.xyz/jobs"), ("domain", "indeed.xyz")]),
    ("Apply at https://glassdoor.work and mail hr@hellowork.top",
     [("email", "hr@hellowork.top"), ("domain", "glassdoor.work"), ("domain", "hellowork.top")]),
    ("Postulez sur https://glassdoor.work et écrivez à rh@hellowork.top",
     [("email", "rh@hellowork.top"), ("domain", "glassdoor.work"), ("domain", "hellowork.top")]),
    ("Interview at https://apec.live/jobs", [("url", "apec.live/jobs"), ("domain", "apec.live")]),
    ("Entretien sur https://apec.live/offres",
     [("url", "apec.live/offres"), ("domain", "apec.live")]),
    ("Inscrivez-vous sur https://francetravail.click/inscription",
     [("url", "francetravail.click/inscription"), ("domain", "francetravail.click")]),
    ("Register at https://indeed.com.evil-hr.xyz/jobs",
     [("url", "indeed.com.evil-hr.xyz/jobs"), ("domain", "evil-hr.xyz")]),
])
def test_job_board_look_alikes_are_indicators(text: str, expected: list[tuple[str, str]]) -> None:
    assert indicator_values_both_paths(text) == expected
    for kind, value in expected:
        assert not brand_owned(kind, value)


@pytest.mark.parametrize("text", [
    "Apply on indeed.de, glassdoor.ca or https://fr.indeed.com/jobs, interviews next week.",
    "Postulez sur indeed.fr, glassdoor.fr, francetravail.fr ou https://www.apec.fr/, merci.",
])
def test_the_job_boards_themselves_stay_platforms(text: str) -> None:
    assert indicator_values_both_paths(text) == []


def test_job_boards_are_written_out() -> None:
    assert {d for name in ("indeed", "glassdoor", "welcome to the jungle", "france travail",
                           "hellowork", "apec") for d in BRANDS[name]} <= JOB_BOARD_DOMAINS
    assert {"indeed.com", "indeed.fr", "indeed.co.uk", "indeed.de"} <= JOB_BOARD_DOMAINS
    assert JOB_BOARD_DOMAINS <= HOSTING_DOMAINS
    assert not any(d.split(".")[-1] in {"xyz", "work", "top", "live", "click"}
                   for d in HOSTING_DOMAINS)


INDEED_LURES = [
    "Hi Anna, Indeed Premium recruiter here. Your profile was selected: register at "
    "https://indeed.xyz/jobs and pay the 49 USD verification fee in USDT to unlock interviews.",
    "Hello Marc, Indeed hiring team: confirm your application at https://indeed.xyz/jobs today, "
    "a small USDT deposit is needed for the background check.",
    "Bonjour Lea, équipe Indeed : finalisez votre candidature sur https://indeed.xyz/jobs, frais "
    "de dossier de 49 USDT.",
]


def test_indeed_fee_lures_form_their_campaign_again() -> None:
    ids, summary = _campaigns(INDEED_LURES)
    assert len(summary) == 1 and ids[0] and len(set(ids)) == 1  # was no campaign
    patterns = stix_patterns(summary)
    assert "[url:value = 'https://indeed.xyz/jobs']" in patterns
    assert "[domain-name:value = 'indeed.xyz']" in patterns


@pytest.mark.parametrize("board", ["glassdoor.work", "hellowork.top", "apec.live"])
def test_job_board_look_alike_mailboxes_link(board: str) -> None:
    lures = [f"Hello Sam, send your passport scan and the 30 USD fee to rh@{board}, confidential.",
             f"Bonjour Kim, envoyez le scan de votre passeport et 30 USD à rh@{board}, discret."]
    ids, summary = _campaigns(lures)
    assert len(summary) == 1 and ids[0] == ids[1] != ""
    assert f"[domain-name:value = '{board}']" in stix_patterns(summary)


# -- H2: employers' own domains are brand-owned; only their hosts of user content are not -------
@pytest.mark.parametrize("value", [
    ("email", "jane.recruiter@google.com"), ("email", "talent@microsoft.com"),
    ("email", "jobs@apple.com"), ("email", "hr@amazon.com"), ("email", "rh@meta.com"),
    ("email", "recrutement@deepmind.google"),
    ("url", "careers.google.com/jobs/results/123456-swe"),
    ("url", "jobs.apple.com/en-us/details/200512345"),
    ("url", "careers.microsoft.com/us/en/job/1234567"), ("url", "deepmind.google/about/careers/1"),
    ("url", "google.com/about/careers/applications/jobs/results/1"),
    ("url", "jobs.apple.com/fr-fr/details/200512345"), ("domain", "google.com"),
    ("domain", "meta.com"),
])
def test_employers_careers_and_staff_are_brand_owned(value: tuple[str, str]) -> None:
    assert brand_owned(*value)


@pytest.mark.parametrize("value", [
    "drive.google.com/file/d/1XyZ/view", "docs.google.com/forms/d/e/1FA/viewform",
    "docs.google.com/document/d/1Ab/edit", "sites.google.com/view/acme-careers",
    "groups.google.com/g/acme-hr", "colab.research.google.com/drive/1QwErTy",
    "answers.microsoft.com/fr-fr/x/1", "techcommunity.microsoft.com/t5/x/1",
    "discussions.apple.com/thread/1", "community.intel.com/t5/x/1",
    "forums.developer.nvidia.com/t/x/1", "community.openai.com/t/x/1",
    "linkedin.com/in/fake-hr-7781", "lnkd.in/eXyZ12Q", "facebook.com/groups/1",
])
def test_user_content_hosts_are_no_brand_own(value: str) -> None:
    assert not brand_owned("url", value)


def test_hosting_hosts_are_under_brand_domains() -> None:
    for host in HOSTING_HOSTS:
        labels = host.split(".")
        assert any(".".join(labels[i:]) in BRAND_DOMAINS for i in range(1, len(labels) - 1))
    assert {"google.com", "microsoft.com", "apple.com", "amazon.com", "meta.com",
            "deepmind.google", "aws.amazon.com"} <= BRAND_DOMAINS


CAREERS = "https://careers.google.com/jobs/results/123456-swe"


@pytest.mark.parametrize("messages", [
    [f"Hi Anna, I'm Jane, a recruiter at Google. The role: {CAREERS} - happy to chat.",
     f"Hello Marc, Jane from Google here: the role is {CAREERS}, interested?",
     f"Hi Lea, Google SWE role {CAREERS}. Before the interview, install our assessment tool from "
     f"https://g00gle-hire.xyz/setup.exe and keep it between us; contact me on Telegram "
     f"@jane_g_hr. We pay in USDT.",
     f"Hi Tom, {CAREERS}: download the test from https://g00gle-hire.xyz/setup.exe, "
     f"confidential, Telegram @jane_g_hr."],
    [f"Bonjour Anna, je suis Jane, recruteuse chez Google. Le poste : {CAREERS} - parlons-en.",
     f"Bonjour Marc, Jane de Google : le poste est {CAREERS}, intéressé ?",
     f"Bonjour Lea, poste SWE chez Google {CAREERS}. Avant l'entretien, installez notre outil "
     f"d'évaluation depuis https://g00gle-hire.xyz/setup.exe et gardez cela pour vous ; "
     f"écrivez-moi sur Telegram @jane_g_hr. Paiement en USDT.",
     f"Bonjour Tom, {CAREERS} : téléchargez le test sur https://g00gle-hire.xyz/setup.exe, "
     f"confidentiel, Telegram @jane_g_hr."],
])
def test_a_genuine_careers_link_joins_no_recruiter_to_lures(messages: list[str]) -> None:
    ids, summary = _campaigns(messages)
    assert ids[0] == "" and ids[1] == ""  # the genuine recruiters: no campaign (was one of 4)
    assert ids[2] == ids[3] != "" and len(summary) == 1
    assert int(summary["size"].iloc[0]) == 2
    assert "careers.google.com" not in " ".join(summary["shared_indicators"])
    patterns = stix_patterns(summary)
    assert not any("careers.google.com" in p for p in patterns)
    assert "[url:value = 'https://g00gle-hire.xyz/setup.exe']" in patterns


@pytest.mark.parametrize("messages", [
    ["Hi Anna, I'm Jane, a recruiter at Google. Please send your CV to "
     "jane.recruiter@google.com.",
     "Hello Marc, Jane from Google here, reply to jane.recruiter@google.com if interested.",
     "Hi Lea, our Apple team would like to talk: jobs@apple.com, or see "
     "https://jobs.apple.com/en-us/details/200512345."],
    ["Bonjour Anna, je suis Jane, recruteuse chez Google. Envoyez votre CV à "
     "jane.recruiter@google.com.",
     "Bonjour Marc, Jane de Google : répondez à jane.recruiter@google.com si le poste vous "
     "intéresse.",
     "Bonjour Lea, l'équipe Apple aimerait vous parler : jobs@apple.com, ou voyez "
     "https://jobs.apple.com/fr-fr/details/200512345."],
])
def test_staff_addresses_link_nobody(messages: list[str]) -> None:
    rows, summary = rs.find_campaigns(pd.DataFrame({"message": messages}), threshold=0.0)
    assert rows["campaign_id"].tolist() == ["", "", ""] and summary.empty
    assert "brand-email:jane.recruiter@google.com" in rows["indicators"].iloc[0]
    assert "brand-url:jobs.apple.com/" in rows["indicators"].iloc[2]


DRIVE = "https://drive.google.com/file/d/1XyZAbCdEf9876/view"
FORM = "https://docs.google.com/forms/d/e/1FAIpQLSfEvIl123/viewform"
COLAB = "https://colab.research.google.com/drive/1QwErTy123456"
PROFILE = "https://www.linkedin.com/in/sarah-talent-hr-7781"


@pytest.mark.parametrize(("link", "exported"), [
    (DRIVE, DRIVE), (FORM, FORM), (COLAB, COLAB), (PROFILE, PROFILE.replace("www.", "")),
])
def test_hosted_content_beside_a_careers_link_still_links(link: str, exported: str) -> None:
    lures = [f"Hi Anna, Google role {CAREERS}: the paid pre-test is at {link}, keep it "
             f"confidential.",
             f"Bonjour Marc, poste Google {CAREERS} : le pré-test payé est sur {link}, restez "
             f"discret."]
    ids, summary = _campaigns(lures)
    assert ids[0] == ids[1] != "" and len(summary) == 1
    patterns = stix_patterns(summary)
    assert f"[url:value = '{exported}']" in patterns
    assert not any("careers.google.com" in p for p in patterns)
