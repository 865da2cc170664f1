"""The counter-signals of the fraud and lure families are voided by every message red flag
but the ones they disambiguate (rule R33-J, red-team round 12 #6): one sentence naming a test
platform, a video interview or the company paying no longer lowers an unrelated red flag."""

from __future__ import annotations

import pandas as pd
import pytest

import recruitscore as rs
from recruitscore.signals import VOIDED_BY, extract_signals_frame

# (a hostile message, the sentence an attacker appends, the counter-signal it would add)
ROWS = [
    ("Bonjour, pour valider votre embauche vous devez payer 90 € de frais de formation avant "
     "de commencer.", " Le processus comprend un test HackerRank standard.",
     "standard_assessment_platform"),
    ("We will mail you a check; deposit it and send the balance to our vendor for your "
     "equipment.", " The process includes a standard HackerRank assessment.",
     "standard_assessment_platform"),
    ("My client would pay USD 3,000 for a short report on your programme.",
     " We can also do a video call if you prefer.", "video_interview_offered"),
    ("Mon client vous verserait 3 000 € pour un court rapport sur vos travaux.",
     " Nous pouvons aussi faire un entretien en visio.", "video_interview_offered"),
    ("Select a time slot for your interview at https://meet-hr-portal.xyz/book",
     " The process includes a standard HackerRank assessment.",
     "standard_assessment_platform"),
    ("Vous devez payer 90 € de frais de dossier pour recevoir votre contrat.",
     " Nous ne demandons jamais d'argent aux candidats, l'entreprise prend en charge le "
     "matériel.", "company_pays_costs"),
]


@pytest.mark.parametrize(("message", "added", "counter"), ROWS)
def test_a_counter_signal_beside_an_unrelated_red_flag_is_not_counted(message: str, added: str,
                                                                      counter: str) -> None:
    text = message + added
    names = {h.name for h in rs.score(text).hits}
    assert counter not in names
    assert not any(c.kind == "signal" and c.value < 0 for c in rs.score(text).contributions)
    frame = extract_signals_frame(pd.DataFrame({"message": [text] * 3}))
    assert (frame[counter] == 0).all()


@pytest.mark.parametrize(("text", "counter"), [
    ("Please run our project locally before the call; the coding test itself runs on "
     "HackerRank after our first call.", "standard_assessment_platform"),
    ("Test technique : lancez notre projet en local avant notre appel ; le test se fait sur "
     "Codility après notre premier échange.", "standard_assessment_platform"),
    ("The interview is a video call on Teams; if you prefer, answer by text on WhatsApp first.",
     "video_interview_offered"),
    ("Une fois votre contrat signé, merci de déposer votre RIB sur le portail de paie.",
     "post_offer_onboarding"),
])
def test_a_counter_signal_stays_beside_the_red_flags_it_disambiguates(text: str,
                                                                       counter: str) -> None:
    assert counter in {h.name for h in rs.score(text).hits}


@pytest.mark.parametrize(("message", "added", "counter"), [
    # a file or an archive to run voids the platform's name (review44 H2, rule R33-N)
    ("Please open the attached job description (JD_Senior_Dev.zip, password 1234) and run the "
     "setup before the interview.", " The process includes a standard HackerRank assessment.",
     "standard_assessment_platform"),
    # an interview held by text contradicts a video link (review44 M3, rule R33-N)
    ("The interview will be held by text on Telegram with our HR manager.",
     " Here is the link for Thursday: https://meet.google.com/abc-defg-hij",
     "video_interview_offered"),
    ("L'entretien se fera par écrit sur Telegram avec notre responsable RH.",
     " Voici le lien pour jeudi : https://meet.google.com/abc-defg-hij",
     "video_interview_offered"),
])
def test_a_contradicting_counter_signal_is_not_counted(message: str, added: str,
                                                       counter: str) -> None:
    assert counter not in {h.name for h in rs.score(message + added).hits}


def test_every_fraud_or_lure_counter_signal_is_voided_by_a_paid_report() -> None:
    for counter in ("standard_assessment_platform", "video_interview_offered",
                    "company_pays_costs", "post_offer_onboarding"):
        assert "paid_report" in VOIDED_BY[counter]
        assert "urgency" not in VOIDED_BY[counter]
        assert "new_account" not in VOIDED_BY[counter]
