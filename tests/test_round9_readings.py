"""Readings of red-team round 9 (rules R27-J1 to R27-J3): money in every currency and in the
digits of other scripts, Latin letters drawn as two letters, and company URLs whose host is
not what the matching form shows (a user part before "@", letters beyond ASCII)."""

from __future__ import annotations

import pandas as pd
import pytest

import recruitscore as rs
from recruitscore.schema import Approach
from recruitscore.signals import extract_signals, extract_signals_frame

from .assertions import assert_spans_valid, assert_table_row

Row = tuple[str, str, tuple[str, ...] | None]

# (signal, message, the evidence expected, or None: must not fire)
TABLE: list[Row] = [
    # J1: every currency alike, and digits of other scripts
    ("paid_report", "My client pays ₹250,000 for a short report on your lab's work.",
     ("₹250,000 for a short report",)),
    ("paid_report", "My client pays INR 2.5 lakh for a short report on your lab's work.",
     ("INR 2.5 lakh for a short report",)),
    ("paid_report", "My client pays ₩3,000,000 for a short report on your lab's work.",
     ("₩3,000,000 for a short report",)),
    ("paid_report", "My client pays 3000 ₽ for a short report on your lab's work.",
     ("3000 ₽ for a short report",)),
    ("paid_report", "My client pays 3000 roubles for a short report on your lab's work.",
     ("3000 roubles for a short report",)),
    ("paid_report", "My client pays 3000 DAI for a short report on your lab's work.",
     ("3000 DAI for a short report",)),
    ("paid_report", "My client pays three grand for a short report on your lab's work.",
     ("three grand for a short report",)),
    ("paid_report", "My client pays a couple of grand for a short report on your work.",
     ("a couple of grand for a short report",)),
    ("paid_report", "My client pays $٣٠٠٠ for a short report on your lab's work.",
     ("$٣٠٠٠ for a short report",)),
    ("paid_report", "My client pays $३००० for a short report on your lab's work.",
     ("$३००० for a short report",)),
    ("paid_report", "Mon client verse 3 000 balles pour une courte note sur vos travaux.",
     ("3 000 balles pour une courte note",)),
    ("paid_report", "Mon client verse ₹250 000 pour un rapport sur vos travaux.",
     ("₹250 000 pour un rapport",)),
    # outsized pay judges an amount's size: only in the currencies whose size it knows
    # (review34 M4)
    ("outsized_pay", "You can earn up to $5000 daily from home.", ("earn up to $5000",)),
    ("outsized_pay", "You can earn up to 5000 rupees daily from home.", None),
    ("outsized_pay", "Freshers can earn ₹30,000 per month.", None),
    ("paid_report", "My client pays ETH 2 for a short report on your lab's work.",
     ("ETH 2 for a short report",)),
    ("paid_report", "Please send ETH 2 papers and a short report on them.", None),
    ("paid_report", "We host a grand in-person event; a short report follows.", None),
    ("paid_report", "My client pays a grand for a short report.", ("a grand for a short report",)),
    # not money
    ("paid_report", "The grand opening of our lab is next week; a short report would help.",
     None),
    ("paid_report", "Our team of 3 won the prize for the best short report.", None),
    ("paid_report", "A grand total of 12 reports were published this year.", None),
    ("paid_report", "Nous avons acheté 3 balles de tennis pour le rapport du club.", None),
    ("paid_report", "Mon client verse 50 balles pour une courte note.",
     ("50 balles pour une courte note",)),
    ("paid_report", "Votre rapport sur la ville de Dai nous intéresse.", None),
    ("obfuscated_text", "Flighʦ and hotel are on us.", ("Flighʦ",)),
    ("obfuscated_text", "Lancez le script d'instaỻation.", ("instaỻation",)),
    ("obfuscated_text", "Nous aimons l'œuvre de Bjørn et Æsa, sœur de Groß.", None),
]


# J2: a message with letters drawn as two letters fires what the plain one fires, and
# obfuscated_text
DIGRAPHS = [
    ("We cover your flights and hotel to meet my clients in Geneva.",
     "We cover your flighʦ and hotel to meet my clients in Geneva."),
    ("Could you write a short report for my client? He pays $3,000 for it.",
     "Cȣld you write a short report for my client? He pays $3,000 for it."),
    ("Clonez le dépôt et lancez le script d'installation avant l'entretien.",
     "Clonez le dépôt et lancez le script d'instaỻation avant l'entretien."),
    ("Nous prendrions en charge votre voyage pour rencontrer mon client.",
     "Nȣs prendrions en charge votre voyage pour rencontrer mon client."),
]


@pytest.mark.parametrize(("plain", "disguised"), DIGRAPHS)
def test_letters_drawn_as_two_letters_read_as_them(plain: str, disguised: str) -> None:
    fired = {h.name for h in extract_signals(plain)}
    assert fired - {"obfuscated_text"}, plain  # a red flag to keep
    assert {h.name for h in extract_signals(disguised)} == fired | {"obfuscated_text"}
    assert rs.score(disguised).risk >= rs.score(plain).risk - 1e-9


@pytest.mark.parametrize(("name", "text", "expected"), TABLE)
def test_the_readings_of_round_9(name: str, text: str, expected: tuple[str, ...] | None) -> None:
    assert_table_row(name, text, {}, expected, exact=True)


THALES = "Bonjour, Thales recrute des ingénieurs radar. Postulez sur notre portail."
# J3: (company URL, does brand_domain_mismatch fire with the brand named in the message?)
URLS = [
    ("https://thalesgroup.com@thales-recrutement-groupe.fr/offres", True),
    ("https://th\u0430lesgroup.com", True),  # a Cyrillic а
    ("thalesgroup.com@thales-careers.net", True),
    ("https://thalesgroup.com", False),
    ("https://careers.thalesgroup.com/fr?ref=a@b.com", False),
    ("https://www.thalesgroup.com/fr", False),
    ("https://\uff54\uff48\uff41\uff4c\uff45\uff53group.com", False),  # full width: a browser's
]


@pytest.mark.parametrize(("url", "fires"), URLS)
def test_a_company_url_is_read_as_a_browser_goes(url: str, fires: bool) -> None:
    approach = Approach(message=THALES, sender_company="Thales", sender_company_url=url)
    hits = {h.name: h for h in extract_signals(approach)}
    assert ("brand_domain_mismatch" in hits) is fires
    if fires:
        assert ("sender_company_url", url) in [
            (e.field, e.snippet) for e in hits["brand_domain_mismatch"].evidence]


# the message's own URLs and e-mail hosts, written beyond ASCII, read as the company URL is
# (rule R28-C, review34 L4): (message with sender_company "Thales", the evidence expected, or
# None); a host that a browser reads as ASCII (full-width letters), letters beyond ASCII in a
# path or a user name, and an IDN host of another name fire nothing
MESSAGE_HOSTS: list[tuple[str, tuple[str, ...] | None]] = [
    ("Thales is hiring radar engineers. Apply at https://th\u0430lesgroup.com/jobs today.",
     ("Thales", "https://th\u0430lesgroup.com/jobs")),
    ("Thales recrute des ingénieurs radar. Postulez sur https://th\u0430lesgroup.com/offres ici.",
     ("Thales", "https://th\u0430lesgroup.com/offres")),
    ("Thales is hiring radar engineers. Send your CV to jobs@th\u0430lesgroup.com today.",
     ("Thales", "th\u0430lesgroup.com", "jobs@th\u0430lesgroup.com")),
    ("Thales recrute des ingénieurs radar. Envoyez votre CV à rh@thal\u00e9sgroup.com.",
     ("Thales", "thal\u00e9sgroup.com", "rh@thal\u00e9sgroup.com")),
    ("Thales is hiring radar engineers. Apply at https://www.thalesgroup.com/fr/carrières.",
     None),
    ("Thales recrute. Postulez sur https://www.thalesgroup.com/fr/offres/ingénieur-radar.",
     None),
    ("Thales is hiring radar engineers. Send your CV to rené@thalesgroup.com today.", None),
    ("Thales recrute des ingénieurs radar. Écrivez à hélène@thalesgroup.com.", None),
    ("Thales is hiring radar engineers. Apply at https://\uff54\uff48\uff41\uff4c\uff45\uff53"
     "group.com/jobs.", None),
    ("Thales recrute. Le livre est sur https://bücher.de, postulez sur https://thalesgroup.com.",
     None),
]


@pytest.mark.parametrize(("message", "expected"), MESSAGE_HOSTS)
def test_a_message_host_beyond_ascii_is_a_look_alike(message: str,
                                                     expected: tuple[str, ...] | None) -> None:
    assert_table_row("brand_domain_mismatch", message, {"sender_company": "Thales"}, expected,
                     exact=True)


@pytest.mark.parametrize("size", [1, 7, 40, 300])
def test_both_paths_read_round_9_alike(size: int) -> None:
    rows = [{"message": t} for _, t, _ in TABLE]
    rows += [{"message": t} for pair in DIGRAPHS for t in pair]
    rows += [{"message": THALES, "sender_company": "Thales", "sender_company_url": u}
             for u, _ in URLS]
    rows += [{"message": t, "sender_company": "Thales"} for t, _ in MESSAGE_HOSTS]
    rows = (rows * (size // len(rows) + 1))[:size]
    frame = extract_signals_frame(pd.DataFrame(rows))
    for i, row in enumerate(rows):
        fired = {h.name for h in extract_signals(row)}
        assert {n for n in frame.columns if frame.iloc[i][n]} == fired, row


def test_money_in_other_digits_scores_as_in_ascii_digits() -> None:
    plain = rs.score("My client pays $3000 for a short report on your lab's work.").risk
    for digits in ("٣٠٠٠", "३०००", "۳۰۰۰"):
        text = f"My client pays ${digits} for a short report on your lab's work."
        assert rs.score(text).risk >= plain - 1e-9, digits


# K: upside-down writing (red-team round 9, F4): each letter turned, usually the text reversed
UPSIDE = dict(zip("abcdefghijklmnopqrstuvwxyz", "ɐqɔpǝɟƃɥᴉɾʞlɯuodbɹsʇnʌʍxʎz", strict=True))
UPSIDE_MESSAGES = [
    "Hi, my client pays $3000 for a short report on your lab's work. Add me on WhatsApp and "
    "keep this between us.",
    "Before our call, clone the repo and run npm install, then send me the output.",
    "Bonjour, mon client verse 3 000 € pour une courte note sur vos travaux. Ajoutez-moi sur "
    "WhatsApp et gardons cela entre nous.",
]


def _upside_down(text: str) -> str:
    return "".join(UPSIDE.get(c.lower(), c) if c.isascii() and c.isalpha() else c for c in text)


@pytest.mark.parametrize("plain", UPSIDE_MESSAGES)
@pytest.mark.parametrize("reverse", [False, True])
def test_upside_down_writing_reads_as_the_plain_text(plain: str, reverse: bool) -> None:
    turned = _upside_down(plain)
    turned = turned[::-1] if reverse else turned
    fired = {h.name for h in extract_signals(plain)}
    hits = extract_signals(turned)
    assert {h.name for h in hits} >= fired | {"obfuscated_text"}, turned
    assert_spans_valid(Approach(message=turned), hits)
    assert rs.score(turned).risk >= rs.score(plain).risk - 1e-9
    frame = extract_signals_frame(pd.DataFrame({"message": [turned] * 40}))
    assert {n for n in frame.columns if frame.iloc[0][n]} == {h.name for h in hits}


@pytest.mark.parametrize("text", [
    "Kɔfi sent the report on Monday.",  # a Twi name: one turned letter
    "The word is pronounced /ɹ/ in most accents.",
    "Nous avons reçu le dossier de Kɔfi.",
    "Ɔkɔmfo Anokye and Kɔfi will join the call.",  # two Twi words (review34 M2)
    "ΕΛΛΑΔΑ: our Athens office is hiring engineers.",  # Greek capitals
    "The IPA for it is /ɹʌn/, as in the word run.",
])
def test_turned_letters_of_other_writings_are_no_disguise(text: str) -> None:
    assert "obfuscated_text" not in {h.name for h in extract_signals(text)}


@pytest.mark.parametrize("plain", [
    "Before our call, clone the repo and run npm install, then send me the output.",
    "Please pay the $90 deposit via Zelle before you start, no interview needed.",
    "Merci de régler 90 € de frais de dossier par Western Union avant votre entretien.",
])
def test_an_upside_down_sign_off_leaves_the_plain_words_plain(plain: str) -> None:
    """review34 H1: an upside-down stretch as long as the message turned every word of it."""
    sign_off = _upside_down("Best regards from the whole team, we look forward to working "
                            "with you soon and wish you a pleasant week ahead.")[::-1]
    fired = {h.name for h in extract_signals(plain)}
    text = plain + " " + sign_off
    assert {h.name for h in extract_signals(text)} >= fired | {"obfuscated_text"}
    assert rs.score(text).risk >= rs.score(plain).risk - 1e-9


@pytest.mark.parametrize(("plain", "disguised"), [
    ("Please pay the deposit of $90 via Zelle.", "Please pay the dǝposit of $90 via Zelle."),
    ("Add me on Signal, my number is below.", "Add me on Sᴉgnal, my number is below."),
])
def test_one_turned_letter_in_a_word_reads_as_its_letter(plain: str, disguised: str) -> None:
    """review34 M3: a lone turned letter is that letter; the word's other letters stay."""
    assert {h.name for h in extract_signals(disguised)} == {h.name for h in extract_signals(plain)}


def test_the_style_sheet_readers_find_what_the_patterns_found() -> None:
    """The one-pass readers of a <style> sheet (review34: the patterns took quadratic time)
    return what the regular expressions they replace return, on random short sheets."""
    import random
    import re

    from recruitscore.normalize import _at_rules, _css_rules, _sheets

    at_rule = re.compile(r"@[^{};]*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}|@[^{};]*;")
    rule = re.compile(r"([^{}]*)\{([^{}]*)\}")
    sheet = re.compile(r"<style(?=[\s>])[^<>]{0,2000}>(.{0,100000}?)</style\s*>",
                       re.IGNORECASE | re.DOTALL)
    rng = random.Random(7)
    for _ in range(5000):
        css = "".join(rng.choice("{};@ab .") for _ in range(rng.randint(0, 14)))
        assert _at_rules(css) == [m.span() for m in at_rule.finditer(css)], css
        assert list(_css_rules(css)) == [m.groups() for m in rule.finditer(css)], css
    for _ in range(2000):
        text = "".join(rng.choice(["<style>", "</style>", "</STYLE >", "x", "<style a>", "<"])
                       for _ in range(rng.randint(0, 8)))
        assert list(_sheets(text)) == [m.group(1) for m in sheet.finditer(text)], text
