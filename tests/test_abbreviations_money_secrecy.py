"""Rule R26-B (red-team round 8, left open): a known abbreviation ends no clause for the
proximity patterns (``lexicon.GAP``), money the patterns did not know (CHF, yen, crypto-currency,
"bucks", "3 grand", "USD3k"), and "entre nous", "between you and me", "off the record" as
secrecy requests in English (and « entre vous et moi », "off the record" in French).

Each table holds (signal, text, evidence): the exact evidence snippets of that signal, in
English then French, or ``None`` for a counterexample on which the signal must not fire.
"""

from __future__ import annotations

import pandas as pd
import pytest

from recruitscore.normalize import normalize
from recruitscore.schema import Approach
from recruitscore.signals import extract_signals, extract_signals_frame, get_signal

from .assertions import assert_spans_valid, assert_table_row

Row = tuple[str, str, tuple[str, ...] | None]

# an abbreviation's dot inside the stretch between the two halves of a proximity pattern
ABBREVIATIONS: list[Row] = [
    ("paid_report", "We pay well (cf. the attached terms) for a short report on your work.",
     ("pay well (cf. the attached terms) for a short report",)),
    ("paid_report", "We pay $2,000, e.g. for a short report on the tender.",
     ("pay $2,000, e.g. for a short report",)),
    ("paid_report", "The fee is $1,500 (incl. expenses) for a short report on the tender.",
     ("fee is $1,500 (incl. expenses) for a short report",)),
    ("paid_report", "We pay ca. 2,000 USD for a short report on the tender.",
     ("pay ca. 2,000 USD for a short report",)),
    ("paid_report", "We pay $2,000 to experts like Mr. Smith for a short report.",
     ("pay $2,000 to experts like Mr. Smith for a short report",)),
    ("run_before_call",
     "Before the interview (Tue. 3 pm), please clone our repo and run npm install.",
     ("Before the interview (Tue. 3 pm), please clone our repo and run npm install",)),
    ("run_before_call", "Before our call at 10 a.m., please clone the repo and run it.",
     ("Before our call at 10 a.m., please clone the repo and run it",)),
    ("run_before_call", "Before our call at 10 a.m. CET please clone the repo and run it.",
     ("Before our call at 10 a.m. CET please clone the repo and run it",)),
    ("run_before_call", "Please set up the project, i.e. clone and run it, before the interview.",
     ("set up the project, i.e. clone and run it, before the interview",)),
    ("run_before_call", "Run the script in folder No. 5 before our interview.",
     ("Run the script in folder No. 5 before our interview",)),
    # the red-team's cases
    ("paid_report",
     "Mon client paie 3 000 € (hors TVA, cf. contrat) pour un court rapport sur vos travaux.",
     ("3 000 € (hors TVA, cf. contrat) pour un court rapport",)),
    ("run_before_call", "Avant l'entretien (mar. 10 h), clonez le dépôt et lancez npm install.",
     ("Avant l'entretien (mar. 10 h), clonez le dépôt et lancez npm install",)),
    ("paid_report", "Mon client verse 2 000 € (env. 3 pages) pour une note sur le dossier.",
     ("2 000 € (env. 3 pages) pour une note",)),
    ("run_before_call", "Avant notre appel du jeu. 12 mars, merci de lancer le projet en local.",
     ("Avant notre appel du jeu. 12 mars, merci de lancer le projet",)),
    ("run_before_call",
     "Avant l'entretien du 3 févr. 2025, clonez le dépôt et installez les dépendances.",
     ("Avant l'entretien du 3 févr. 2025, clonez le dépôt et installez les dépendances",)),
    ("run_before_call", "Avant l'entretien avec M. Dupont, clonez le dépôt et lancez-le.",
     ("Avant l'entretien avec M. Dupont, clonez",)),
    ("run_before_call", "Avant l'entretien avec Mme. Durand, clonez le dépôt et lancez-le.",
     ("Avant l'entretien avec Mme. Durand, clonez",)),
    # "etc." and an abbreviation that may end a sentence (a weekday or a month, "a.m.", before
    # a word) still separate the two halves
    ("paid_report", "We pay well, etc. Reports are on our website.", None),
    ("run_before_call",
     "We can talk before our call at 10 a.m. Please clone the repo and run it afterwards.", None),
    ("run_before_call",
     "We chat before the interview in Jan. Then clone the repo and run it at home if you like.",
     None),
    ("paid_report", "Nous payons bien, etc. Les rapports sont publiés sur notre site.", None),
    ("paid_report", "Nous payons bien, etc. 3 rapports par an sont publiés sur notre site.", None),
    ("run_before_call", "Avant l'entretien de mar. Clonez le dépôt plus tard, si vous voulez.",
     None),
]

# amounts in currencies, codes and words the money patterns did not know
MONEY: list[Row] = [
    ("paid_report", "My client pays CHF 3000 for a short report on your lab's work.",
     ("CHF 3000 for a short report",)),
    ("paid_report", "My client pays 3000 CHF for a short report on your lab's work.",
     ("3000 CHF for a short report",)),
    ("paid_report", "My client pays ¥20000 for a short report on your lab's work.",
     ("¥20000 for a short report",)),
    ("paid_report", "My client pays JPY 20,000 for a short report on your lab's work.",
     ("JPY 20,000 for a short report",)),
    ("paid_report", "My client pays 20,000 yen for a short report on your lab's work.",
     ("20,000 yen for a short report",)),
    ("paid_report", "My client pays 0.1 BTC for a short report on your lab's work.",
     ("0.1 BTC for a short report",)),
    ("paid_report", "My client pays 2 ETH for a short report on your lab's work.",
     ("2 ETH for a short report",)),
    # a crypto code before its figure (R27-D3)
    ("paid_report", "My client pays BTC 0.1 for a short report on your lab's work.",
     ("BTC 0.1 for a short report",)),
    ("paid_report", "My client pays ETH 2 for a short report on your lab's work.",
     ("ETH 2 for a short report",)),
    ("paid_report", "Mon client verse BTC 0,5 pour un rapport sur vos travaux.",
     ("BTC 0,5 pour un rapport",)),
    ("paid_report", "My client pays 500 USDT for a short report on your lab's work.",
     ("500 USDT for a short report",)),
    ("paid_report", "My client pays 3000 bucks for a short report on your lab's work.",
     ("3000 bucks for a short report",)),
    ("paid_report", "My client pays 3 grand for a short report on your lab's work.",
     ("3 grand for a short report",)),
    ("paid_report", "My client pays USD3k for a short report on your lab's work.",
     ("USD3k for a short report",)),
    ("paid_report", "My client pays EUR3000 for a short report on your lab's work.",
     ("EUR3000 for a short report",)),
    ("paid_report", "A short report on the tender earns you 3 grand.",
     ("report on the tender earns you 3 grand.",)),
    ("outsized_pay", "You will earn approx. $300 a day from home by completing simple app "
     "review tasks.", ("earn approx. $300",)),
    ("easy_money", "You will earn approx. $300 a day from home by completing simple app "
     "review tasks.", ("earn approx. $300 a day",)),
    ("easy_money", "Earn 3 grand a week from home, no experience needed.",
     ("Earn 3 grand a week", "no experience needed")),
    ("easy_money", "Earn 2 ETH per task, paid the same day.",
     ("2 ETH per task", "paid the same day")),
    ("outsized_pay", "Earn 2 ETH per task, paid the same day.", ("Earn 2 ETH",)),
    ("paid_report", "Mon client verse 3 000 CHF pour une courte note sur vos travaux.",
     ("3 000 CHF pour une courte note",)),
    ("paid_report", "Mon client verse 0,5 BTC pour un rapport sur vos travaux.",
     ("0,5 BTC pour un rapport",)),
    ("paid_report", "Mon client verse 1 500 $ pour une courte note sur vos travaux.",
     ("1 500 $ pour une courte note",)),
    ("paid_report", "Mon client verse 3 000 francs pour une courte note sur vos travaux.",
     ("3 000 francs pour une courte note",)),
    ("paid_report", "Une courte note sur vos travaux vous rapporte 2 000 USDT.",
     ("note sur vos travaux vous rapporte 2 000 USDT",)),
    ("easy_money", "Gagnez env. 300 € par jour depuis chez vous.",
     ("Gagnez env. 300 €",)),
    ("outsized_pay", "Gagnez env. 300 € par jour depuis chez vous.",
     ("Gagnez env. 300 €",)),
    # a code, "grand" or "ETH" alone is no money
    ("paid_report",
     "The grand opening of our lab is next week; a short report on it would be welcome.", None),
    ("paid_report", "We cover the 3 Grand Prix races with a short report each.", None),
    ("paid_report", "He won 2 grand slams; our report covers them.", None),
    ("paid_report", "Could you send me your report on CHF patients?", None),
    ("paid_report", "A short report on your ETH lab's work would interest us.", None),
    ("paid_report", "Le grand rapport annuel 2024 est en ligne.", None),
    ("paid_report", "Nos 3 grands rapports de 2024 sont en ligne.", None),
    ("paid_report", "Votre rapport sur l'ETH de Zurich nous intéresse.", None),
    # a year after the code is no figure of money (R27-D3)
    ("paid_report", "I did my PhD at ETH 2015-2019 and wrote a short report on it.", None),
    ("paid_report", "Our report on BTC 2024, the conference, is online.", None),
    ("paid_report", "Votre thèse à l'ETH 2018 et votre rapport nous intéressent.", None),
]

# "entre nous" in English, the exchange said to stay between two people or off the record
SECRECY: list[Row] = [
    ("secrecy", "Please keep this entre nous.", ("keep this entre nous",)),
    ("secrecy", "This stays entre nous, of course.", ("stays entre nous",)),
    ("secrecy", "This is between you and me.", ("This is between you and me.",)),
    ("secrecy", "Our chat is off the record.", ("Our chat is off the record",)),
    ("secrecy", "Let's talk off the record about the role.", ("Let's talk off the record",)),
    ("secrecy", "Everything we discuss is off the record.",
     ("Everything we discuss is off the record",)),
    ("secrecy", "Can we speak off the record?", ("Can we speak off the record",)),
    ("secrecy", "Que cela reste entre vous et moi.", ("reste entre vous et moi",)),
    ("secrecy", "Gardons ça off the record, d'accord ?", ("Gardons ça off the record",)),
    ("secrecy", "Cette discussion restera entre toi et moi.", ("restera entre toi et moi",)),
    # an opinion, a third party, a podcast, a title: no request
    ("secrecy", "Between you and me, I think the role suits you; the client is named in the JD.",
     None),
    ("secrecy", "It's between you and me and one other candidate now, so the panel decides on "
     "Friday.", None),
    ("secrecy", "This is between us and the hiring manager, who joins the call.", None),
    ("secrecy", "In this episode our guests speak off the record about their careers.", None),
    ("secrecy", "The journalist asked to go off the record, and the podcast cut that part.",
     None),
    ("secrecy", "Our podcast Off the Record is looking for guests.", None),
    ("secrecy", "Off the record, the client is a state lab.", None),
    ("secrecy", "C'est entre vous et moi et l'équipe de recrutement qu'il faut trancher.", None),
]

# Indian digit grouping, rupees, lakh and crore read whole (rule R28-C; review34 L3: "₹25,00,000"
# read "₹25", "INR 2.5 lakh" read "inr 2")
MONEY_INDIAN: list[Row] = [
    ("paid_report", "My client pays ₹25,00,000 for a short report on your lab's work.",
     ("₹25,00,000 for a short report",)),
    ("paid_report", "We pay Rs. 2,50,000 per month for a short report each week.",
     ("pay Rs. 2,50,000 per month for a short report",)),
    ("paid_report", "My client pays INR 2.5 lakh for a short report on your lab's work.",
     ("INR 2.5 lakh for a short report",)),
    ("paid_report", "A short report on the tender earns you 1.2 crore.",
     ("report on the tender earns you 1.2 crore",)),
    ("paid_report", "Mon client verse INR 2,5 lakhs pour une courte note sur vos travaux.",
     ("INR 2,5 lakhs pour une courte note",)),
    ("paid_report", "Mon client verse Rs. 1,20,000 pour une courte note sur vos travaux.",
     ("Rs. 1,20,000 pour une courte note",)),
    # "RS 485" is a bus, not rupees; an Indian amount is no outsized pay (review34 M4)
    ("paid_report", "Our RS 485 report is due on Friday.", None),
    ("paid_report", "Notre rapport sur le bus RS 485 est en ligne.", None),
    ("outsized_pay", "Freshers can earn ₹25,00,000 per year.", None),
]

# an amount without cents, ".-", ",-" or ",--", in Swiss grouping too: money whose dot ends no
# sentence (rule R28-C; round 9 F8: "USD 3,000.- for a short report" fired nothing)
MONEY_NO_CENTS: list[Row] = [
    ("paid_report", "We pay USD 3,000.- for a short report on your lab's work.",
     ("pay USD 3,000.- for a short report",)),
    ("paid_report", "We pay CHF 3'000.- for a short report on your lab's work.",
     ("pay CHF 3'000.- for a short report",)),
    ("paid_report", "My client pays EUR 500,-- for a short report on your lab's work.",
     ("EUR 500,-- for a short report",)),
    ("paid_report", "Mon client verse 3.000,- € pour une courte note sur vos travaux.",
     ("3.000,- € pour une courte note",)),
    ("paid_report", "Nous payons CHF 3’000.- pour une courte note sur vos travaux.",
     ("payons CHF 3’000.- pour une courte note",)),
    ("paid_report", "Mon client verse EUR 500,-- pour une courte note sur vos travaux.",
     ("EUR 500,-- pour une courte note",)),
    # a figure in Swiss grouping without a currency is no money; a dot before a space still
    # ends the sentence
    ("paid_report", "Our 3'000-page report is online.", None),
    ("paid_report", "Notre rapport de 3'000 pages est en ligne.", None),
    ("paid_report", "We pay well. - A short report is not needed.", None),
]

TABLE = ABBREVIATIONS + MONEY + MONEY_INDIAN + MONEY_NO_CENTS + SECRECY

# the same secrecy requests in the sender's headline (read there since rule R26-C), not a
# promise (review33) nor a title
SECRECY_IN_THE_HEADLINE: list[tuple[str, tuple[str, ...] | None]] = [
    ("Advisory | Keep this entre nous", ("Keep this entre nous",)),
    ("Advisory | Please keep it entre nous", ("Please keep it entre nous",)),
    ("Conseil | Gardons ça entre vous et moi", ("Gardons ça entre vous et moi",)),
    ("Chasse de têtes | Votre démarche reste entre vous et moi", None),
    ("Executive search | Your application stays entre nous", None),
    ("Podcast host | Off the record", None),
    ("Entre nous, a podcast on careers", None),
]


@pytest.mark.parametrize(("name", "text", "expected"), TABLE)
def test_the_readings_of_rule_r26b(name: str, text: str, expected: tuple[str, ...] | None) -> None:
    assert_table_row(name, text, {}, expected, exact=True)


@pytest.mark.parametrize(("headline", "expected"), SECRECY_IN_THE_HEADLINE)
def test_secrecy_phrases_in_the_headline(headline: str, expected: tuple[str, ...] | None
                                         ) -> None:
    approach = Approach(message="Hello", sender_headline=headline)
    evidence = get_signal("secrecy").detect(approach)
    if expected is None:
        assert evidence == (), [e.snippet for e in evidence]
        return
    assert tuple(e.snippet for e in evidence) == expected
    assert_spans_valid(approach, extract_signals(approach))


@pytest.mark.parametrize("size", [1, 7, 40, 300])
def test_both_paths_read_the_tables_alike(size: int) -> None:
    """The column path (a superset pass that reads an abbreviation as a bare dot, then the
    exact patterns, above 32 rows) fires what the per-message path fires."""
    rows = [{"message": t} for _, t, _ in TABLE]
    rows += [{"message": "Hello", "sender_headline": h} for h, _ in SECRECY_IN_THE_HEADLINE]
    rows = (rows * (size // len(rows) + 1))[:size]
    frame = extract_signals_frame(pd.DataFrame(rows))
    for i, row in enumerate(rows):
        fired = {h.name for h in extract_signals(row)}
        assert {n for n in frame.columns if frame.iloc[i][n]} == fired, row


@pytest.mark.parametrize(("text", "form"), [
    ("My client pays USD3k per report", "my client pays usd3k per report"),
    ("EUR5k, GBP1k, CHF7k", "eur5k, gbp1k, chf7k"),
    ("Pl3ase cl0ne th3 r3po, USD3k", "please clone the repo, usd3k"),  # leet writing around
    ("The focus3d team", "the focused team"),  # digits inside other words still read
])
def test_an_amount_glued_to_its_currency_code_stays_in_the_matching_form(text: str,
                                                                          form: str) -> None:
    assert normalize(text).text == form
