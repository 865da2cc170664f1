"""Red-team round 10, F8 and F11 (rule R29-C): campaigns under random capitalisation, and
indicators under disguises (narrow spaces and fillers inside a token, defanged dots and
at-signs, ``hxxp``, other scripts' digits, ``O`` for zero, a trunk ``(0)``)."""

from __future__ import annotations

import random
import re

import pandas as pd
import pytest

import recruitscore as rs
from recruitscore import campaigns as cmp
from recruitscore.indicators import extract_indicators, indicator_form, indicator_values


def _found(text: str) -> list[tuple[str, str]]:
    return [(i.kind, i.value) for i in extract_indicators(text)]


# -- F11: every disguise gives the control's indicators ------------------------------------------
@pytest.mark.parametrize(("text", "control"), [
    ("Ping me on t.me/aurora\u200a_hr", "Ping me on t.me/aurora_hr"),
    ("Ping me on t.me/auro\u200bra_hr", "Ping me on t.me/aurora_hr"),  # no "auro" beside it
    ("Ping me on t.me/au\u2009rora_hr", "Ping me on t.me/aurora_hr"),
    ("Telegram: @aurora\u1160_hr", "Telegram: @aurora_hr"),
    ("Telegram: @aurora\u3164_hr", "Telegram: @aurora_hr"),
    ("mail: anna\u200a.k@gmail.com", "mail: anna.k@gmail.com"),
    ("Ping me on t\u3002me/aurora_hr", "Ping me on t.me/aurora_hr"),
    ("Ping me on t\uff61me/aurora_hr", "Ping me on t.me/aurora_hr"),
    ("Ping me on t[.]me/aurora_hr", "Ping me on t.me/aurora_hr"),
    ("Ping me on t(.)me/aurora_hr", "Ping me on t.me/aurora_hr"),
    ("see hxxps://evil-hr[.]xyz/jobs/7", "see https://evil-hr.xyz/jobs/7"),
    ("see hXXp[:]//evil-hr{.}xyz/jobs/7", "see http://evil-hr.xyz/jobs/7"),
    ("see https://evil-hr.xyz\u200a/jobs/7", "see https://evil-hr.xyz/jobs/7"),
    ("mail: anna.k @ gmail . com", "mail: anna.k@gmail.com"),
    ("mail: anna.k(@)gmail(.)com", "mail: anna.k@gmail.com"),
    ("mail: anna.k [@] gmail [.] com", "mail: anna.k@gmail.com"),
    ("WhatsApp +44 77OO 9OO123", "WhatsApp +44 7700 900123"),
    ("WhatsApp \u0664\u0664 \u0667\u0667\u0660\u0660 \u0669\u0660\u0660\u0661\u0662\u0663+",
     "WhatsApp +44 7700 900123"),
    ("WhatsApp +\u06f4\u06f4 \u06f7\u06f7\u06f0\u06f0 \u06f9\u06f0\u06f0\u06f1\u06f2\u06f3",
     "WhatsApp +44 7700 900123"),  # Persian digits, plus sign first
    ("WhatsApp +44 (0) 7700 900123", "WhatsApp +44 7700 900123"),
    ("WhatsApp +44\u200a7700\u200a900123", "WhatsApp +44 7700 900123"),
    # French
    ("Écrivez-moi sur t\u3002me/aurora_hr, c'est plus simple.", "Écrivez-moi sur t.me/aurora_hr"),
    ("Contactez-moi sur Telegram : @aurora\u200a_hr", "Contactez-moi sur Telegram : @aurora_hr"),
    ("Mon adresse : anna.k (@) gmail (.) com", "Mon adresse : anna.k@gmail.com"),
    ("Mon adresse perso : anna.k @ gmail . com", "Mon adresse perso : anna.k@gmail.com"),
    ("Mon numéro WhatsApp : +33 (0)6 12 34 56 78", "Mon numéro WhatsApp : +33 6 12 34 56 78"),
    ("Mon numéro : +33\u202f6\u202f12\u202f34\u202f56\u202f78", "Mon numéro : +33 6 12 34 56 78"),
    ("Le lien : hxxp://recrutement-rapide[.]fr/offre/12", "Le lien : http://recrutement-rapide.fr/offre/12"),
])
def test_a_disguised_indicator_is_the_controls(text: str, control: str) -> None:
    expected = _found(control)
    assert expected, control
    assert _found(text) == expected
    for ind in extract_indicators(text):
        assert text[ind.start:ind.end] == ind.snippet and ind.snippet.strip()
    assert indicator_values({"message": text}) == expected  # the column path agrees


def test_the_control_forms_named_by_the_rule() -> None:
    assert _found("t.me/aurora\u200a_hr") == [("telegram", "aurora_hr")]
    assert _found("mail: anna\u200a.k@gmail.com") == [("email", "anna.k@gmail.com")]
    assert _found("WhatsApp +44 (0) 7700 900123") == [("phone", "+447700900123")]
    assert _found("see hxxps://evil-hr[.]xyz/jobs/7") == [("url", "evil-hr.xyz/jobs/7"),
                                                          ("domain", "evil-hr.xyz")]


# -- F11: ordinary text gives no indicator ---------------------------------------------------------
@pytest.mark.parametrize("text", [
    "I am at the office today.",
    "We use Python (3.11) and pandas (2.2).",
    "Python 3.11 ships in Ubuntu 24.04 (LTS).",
    "Contact me.Thanks a lot",
    "Write to me. Me, I prefer e-mail.",
    "Released on 12.03.2026, version 2.0.1 (build 7).",
    "Meet me @ home. Com is short for communication.",
    "Write to us @ acme . com",
    "See you @ 10am (room 2O3).",
    "Salary 80 000+ and 10+ years of experience.",
    "Windows 1O and Office 2O19 on every laptop.",
    "the team (.) done [.] ok",
    "Je suis au bureau . Com",
    "Rendez-vous le 12/03 à 10h (salle 2o3).",
    "En 2O25 nous avons 1OO salariés.",
    "Il gagne 3\u202f000 € par mois et a 4\u202f500\u202f000 abonnés.",
    "Version \u0662.\u0660 et \u0661\u0660+ ans d'expérience.",
    "Rendez-vous à 14 h 30 (salle B) @ l'accueil.",
])
def test_ordinary_text_gives_no_indicator(text: str) -> None:
    assert extract_indicators(text) == []
    assert indicator_values({"message": text}) == []


# -- review36 (rule R30-R): invisible characters inside a token go, whether or not the text
# has ordinary spaces ------------------------------------------------------------------------------
@pytest.mark.parametrize(("field", "stripped"), [
    ("t.me/aurora\u200b_hr", "t.me/aurora_hr"),
    ("anna\u200b.k@gmail.com", "anna.k@gmail.com"),
    ("mail:anna.k@gm\u200bail.com", "mail:anna.k@gmail.com"),
    ("Telegram:@aurora\u2060_hr", "Telegram:@aurora_hr"),
    ("t.me/aurora\u200b\u200c\u200d_hr", "t.me/aurora_hr"),
    ("evil-hr\ufeff.xyz/jobs/7", "evil-hr.xyz/jobs/7"),
    ("x\u2060y", "xy"),
])
def test_invisible_characters_go_with_or_without_spaces(field: str, stripped: str) -> None:
    assert indicator_form(field)[0] == stripped
    assert indicator_form(f"Write to {field} today")[0] == f"Write to {stripped} today"
    assert _found(field) == _found(stripped)
    assert indicator_values({"message": field}) == indicator_values({"message": stripped})


def test_a_text_spaced_with_invisible_characters_keeps_them_as_its_gaps() -> None:
    """With no other gap, several runs of invisible characters are the text's word gaps (as
    several narrow spaces are): kept for the normaliser, which reads them both ways."""
    text = "ping\u200bme\u200bon\u200bt.me/aurora_hr"
    assert indicator_form(text) == (text, None)
    assert ("telegram", "aurora_hr") in _found(text)


# -- R31-L: an invisible character inside the host of an address or a URL never cuts it, even
# in a text with no other gap and several runs of them ----------------------------------------
@pytest.mark.parametrize(("field", "stripped"), [
    ("anna\u200b.k@gm\u200bail.com", "anna.k@gmail.com"),
    ("hr\u200b.x@acme\u200b.com", "hr.x@acme.com"),
    ("hr\u200b.x@\u2060gmail.com", "hr.x@gmail.com"),
    ("an\u00adna.k@gm\u00adail.com", "anna.k@gmail.com"),
    ("https://gi\u200bt\u200bhub.com/x", "https://github.com/x"),
    ("https://www.ev\u200bil\u200b-hr.xyz/jobs", "https://www.evil-hr.xyz/jobs"),
])
def test_invisible_characters_inside_a_host_never_cut_it(field: str, stripped: str) -> None:
    form, index = indicator_form(field)
    assert form == stripped and index is not None
    assert "".join(field[i] for i in index) == form  # every character from where it was
    assert _found(field) == _found(stripped)
    assert indicator_values({"message": field}) == indicator_values({"message": stripped})
    spans = [(i.start, i.end) for i in extract_indicators(field)]
    assert spans == [(0, len(field))] * len(spans)  # the snippet is the address as written


def test_a_text_spaced_with_invisible_characters_keeps_its_gaps_but_not_in_a_host() -> None:
    text = "ping\u200bme\u200bat\u200banna@gm\u200bail.com"
    assert indicator_form(text)[0] == "ping\u200bme\u200bat\u200banna@gmail.com"
    found = _found(text)
    assert ("email", "anna@gmail.com") in found
    assert not any(v.endswith("ail.com") and not v.endswith("gmail.com") for _, v in found)


def test_the_form_leaves_ordinary_text_as_written() -> None:
    for text in ("Python (3.11), at the office.", "Hello, nice profile!",
                 "prix\u202f: 3\u202f000\u202f€", "+44\u200a7700\u200a900123"):
        form, index = indicator_form(text)
        assert form == text and index is None
    form, index = indicator_form("t.me/aurora\u200a_hr")
    assert form == "t.me/aurora_hr" and index is not None and len(index) == len(form)


def test_a_text_spaced_with_thin_spaces_keeps_its_word_gaps() -> None:
    text = "Ping\u2009me\u2009on\u2009t.me/aurora_hr\u2009today"
    assert _found(text) == [("telegram", "aurora_hr")]


# -- F8: campaigns under random capitalisation -----------------------------------------------------
TEMPLATE_A = (
    "Hello {name}, I came across your profile and your work on {topic} impressed me. My client, "
    "an advisory firm that prefers to stay anonymous, would like a short paper on the next "
    "generation of {topic}. They pay USD {amount} per report, a few hours of work for someone "
    "of your level. LinkedIn is not ideal for this, could we continue on another app? It would "
    "be better not to mention this to your employer for now.")
TEMPLATE_B = (
    "Bonjour {name}, nous recrutons un ingénieur {topic} pour notre bureau, en CDI. Le poste "
    "comprend la conception de systèmes embarqués et le suivi des essais avec les équipes "
    "internes. La rémunération est de {amount} euros par an selon expérience. Merci de "
    "postuler sur notre site carrières avant la fin du mois, nous répondons à chaque candidat.")
NAMES = ["Anna", "Marc", "Julie", "Tom", "Sara", "Ivan", "Lea", "Omar", "Nina", "Paul"]
TOPICS = ["Ka-band payloads", "phased arrays", "radar signal processing", "satellite buses"]


def _copies(template: str, n: int, rate: float, rng: random.Random) -> list[str]:
    def caps(m: re.Match[str]) -> str:
        return (m.group(1).upper() if rng.random() < rate else m.group(1)) + m.group(2)
    out = []
    for i in range(n):
        text = template.format(name=NAMES[i % 10], topic=TOPICS[i % 4],
                               amount=rng.choice([2000, 2500, 3000, 45000, 52000]))
        out.append(re.sub(r"\b([a-zà-ÿ])([\w]{3,})", caps, text))
    return out


def _sizes(messages: list[str]) -> tuple[list[str], pd.Series]:
    rows, _ = rs.find_campaigns(pd.DataFrame({"message": messages}))
    ids = rows["campaign_id"].tolist()
    sizes = pd.Series([i for i in ids if i]).value_counts()
    return ids, sizes


@pytest.mark.parametrize("rate", [0.15, 0.3, 0.5])
def test_random_capitals_do_not_split_a_campaign(rate: float) -> None:
    messages = _copies(TEMPLATE_A, 40, rate, random.Random(7))
    assert sum(m != TEMPLATE_A for m in messages) == 40
    _, sizes = _sizes(messages)
    assert int(sizes.iloc[0]) >= 36  # rule R29-C (was 26, 3 and 6 of 40)


def test_capitalised_templates_stay_apart() -> None:
    rng = random.Random(11)
    a = _copies(TEMPLATE_A, 20, 0.3, rng)
    b = _copies(TEMPLATE_B, 20, 0.3, rng)
    ids, sizes = _sizes(a + b)
    assert set(ids[:20]).isdisjoint(ids[20:])
    assert len(sizes) == 2 and sizes.tolist() == [20, 20]
    title = [t.title() for t in (a[0], b[0])]  # Every Word Capitalised: still two templates
    assert _sizes(title)[0] == ["", ""]


def test_names_stay_masked_and_a_capital_on_a_word_does_not() -> None:
    assert cmp.mask_message("Hi Jo, My Client, an advisory Firm, pays") == \
        cmp.mask_message("Hi Jo, my client, an advisory firm, pays") == [
            "my", "client", "an", "advisory", "firm", "pays"]
    assert " ".join(cmp.mask_message("Dear Maria, our client Helix Labs pays 120,000 EUR.")) == \
        "our client <name> pays <num> <name>"
    for company in ("BAE Systems", "Naval Group", "Thales", "Oxford Instruments"):
        assert " ".join(cmp.mask_message(f"Hi, your work at {company} impressed me.")) == \
            "your work at <name> impressed me", company
    # a city or a person's name is never an everyday word
    assert cmp.mask_message("a think tank in Geneva") == cmp.mask_message("a think tank in Lisbon")


def test_common_words_module_is_current() -> None:
    """The generated everyday-word list is what ``tools/common_words.py`` makes from ``data/``
    now (one command reproduces it): a data change that alters it fails here until the module
    is regenerated."""
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    proc = subprocess.run([sys.executable, str(root / "tools" / "common_words.py"), "--check"],
                          capture_output=True, text=True, timeout=300, check=False)
    assert proc.returncode == 0, proc.stdout + proc.stderr
