"""The nineteenth session's signal fixes and what review48 showed about their first forms (rules
R36-C to R36-I of the notes of issue 9): the wrong fires on legitimate look-alikes stay fixed,
and the hostile messages that the first forms let through keep their red flags."""

from __future__ import annotations

import pandas as pd
import pytest

import recruitscore as rs
from recruitscore.signals import extract_signals, extract_signals_frame
from recruitscore.text import ngram_form

# (text, the red flag it must keep): review48's holes, each found in a first form of R36-D/E
KEEPS = [
    # a warning about one channel, or a threat, is no warning about the channel it names
    ("If you don't send me a message on Telegram by tonight we will give the role to another "
     "candidate.", "off_platform_request"),
    ("Si vous ne partagez pas vos documents sur Telegram aujourd'hui, le dossier sera clôturé.",
     "off_platform_request"),
    ("For your security never share your documents with anyone other than over WhatsApp with me "
     "directly.", "off_platform_request"),
    # a secrecy request in the sentence does not cancel an identity request
    ("Please send your passport copy and bank details by email - do not share them with anyone "
     "else at the company.", "early_identity_request"),
    ("Congratulations on being selected. Please don't share this offer on LinkedIn and send me a "
     "scan of your passport and your SSN today.", "early_identity_request"),
    # the company's order does not cancel the candidate's fee
    ("We'll order your laptop from our supplier once the $450 equipment fee is received via "
     "Zelle.", "pay_to_work"),
    ("Our IT team will order the equipment once the $350 equipment fee has been received.",
     "pay_to_work"),
    ("Le matériel sera acheté par vos soins chez notre fournisseur agréé.", "pay_to_work"),
    ("We buy the equipment from our vendor, you just cover the $280 shipping deposit through "
     "Cash App.", "pay_to_work"),
    ("Aucun paiement n'est demandé à l'embauche, seuls les frais de formation de 250 € sont à "
     "régler avant lundi.", "pay_to_work"),
    # the sum and the few hours written as a list
    ("$300k a year, 5 hours a week, fully remote, no interview.", "outsized_pay"),
    ("Package: $240,000 per year - commitment roughly 3 hours per week.", "outsized_pay"),
    ("Compensation is $300k a year with a commitment of around 4 hours a week.", "outsized_pay"),
    ("On vous offre 200 000 € par an pour deux heures de travail par semaine.", "outsized_pay"),
    # "don't list ..." without a CV is no disclaimer
    ("No need to be formal, don't list your credentials and just tell me what clearance level "
     "you hold and which projects you are read into.", "elicitation"),
]

# (text, the red flag it must not fire): set P's wrong fires and review48's legitimate probes
CLEAN = [
    ("Votre ordinateur est commandé chez notre fournisseur ; les frais de livraison sont à notre "
     "charge.", "pay_to_work"),
    ("We'll order your laptop from our supplier and it will arrive before your start date.",
     "pay_to_work"),
    ("Please don't include details of any classified programmes in your CV; we'll talk about "
     "project specifics after vetting.", "elicitation"),
    ("We will never ask you to run anything on your machine before talking to us or to connect "
     "a wallet.", "run_our_code"),
    ("IT here! We've dispatched your MacBook Pro to the home address on your HR record.",
     "personal_data_request"),
    ("Salary $120,000 per year; team meeting 2 hours per week.", "outsized_pay"),
    ("Astreinte rémunérée : prime de 1 500 € pour 4 soirées par mois.", "outsized_pay"),
    ("Vacation d'enseignement : 1 800 € pour 2 heures par semaine sur l'année.", "outsized_pay"),
]


@pytest.mark.parametrize(("text", "flag"), KEEPS)
def test_a_hole_of_a_first_form_stays_closed(text: str, flag: str) -> None:
    assert flag in {h.name for h in extract_signals(text)}
    assert extract_signals_frame(pd.DataFrame({"message": [text]}))[flag].iloc[0]


@pytest.mark.parametrize(("text", "flag"), CLEAN)
def test_a_wrong_fire_stays_fixed(text: str, flag: str) -> None:
    assert flag not in {h.name for h in extract_signals(text)}
    assert not extract_signals_frame(pd.DataFrame({"message": [text]}))[flag].iloc[0]


def test_post_offer_onboarding_reads_the_new_stages_with_an_hr_channel() -> None:
    text = ("Bonjour Inès, votre contrat étant désormais signé, merci de compléter votre dossier "
            "sur le portail RH (Workday) : RIB et numéro de sécurité sociale.")
    names = {h.name for h in extract_signals(text)}
    assert {"personal_data_request", "post_offer_onboarding"} <= names


@pytest.mark.parametrize("text", ["Salut Claire ! Tu viens au pot de départ de Marc vendredi ?",
                                  "Oui bien sûr, à vendredi !", "Are you open to a new job?"])
def test_three_known_words_are_not_evidence(text: str) -> None:
    """At most three known content words: the wording is not counted (rule R36-I), so a
    message with no red flag gets exactly the base rate and is not flagged."""
    r = rs.score(text)
    assert r.uncertain and not r.flagged
    assert r.risk == pytest.approx(rs.score("hello there").risk)


def test_aujourd_hui_is_one_token() -> None:
    """« aujourd'hui » gave the token "hui", also a person's name (rule R36-H)."""
    assert "aujourdhui" in ngram_form("commencez des aujourd'hui").split()
    assert "hui" not in ngram_form("commencez des aujourd\u2019hui").split()
