"""Red-team round 11 (rule R32-G): indicator values read as written (H3: a look-alike host is
its own IDNA form, never the brand's domain; L3: IDNA top-level domains, accents, apostrophes,
ports, user information, case), brands' own domains link nothing and are no STIX indicator
(M2), campaign masking reads a message once (M1), STIX free text carries no live markup (L4)."""

from __future__ import annotations

import json
import random

import pandas as pd
import pytest

import recruitscore as rs
from recruitscore import campaigns as cmp
from recruitscore.indicators import extract_indicators, field_indicators, indicator_values

from .assertions import stix_patterns

LOOKALIKE = "th\u0430lesgroup.com"  # with a Cyrillic a (U+0430)
LOOKALIKE_IDNA = "xn--thlesgroup-0qi.com"


def _found(text: str) -> list[tuple[str, str]]:
    return [(i.kind, i.value) for i in extract_indicators(text)]




# -- H3: a look-alike host is exported as written, never as the genuine domain -----------------
LURE_EN = ("Hi, I am with Thales HR. Before the interview please install our assessment tool "
           f"from https://{LOOKALIKE}/assessment/setup.exe and keep this between us.")
LURE_FR = ("Bonjour, je suis chez Thales RH. Avant l'entretien, installez notre outil "
           f"d'évaluation depuis https://{LOOKALIKE}/evaluation/setup.exe, c'est entre nous.")
GENUINE_EN = ("Hi, I am a recruiter at Thales, please apply on "
              "https://www.thalesgroup.com/en/careers, video interview next week.")
GENUINE_FR = ("Bonjour, je recrute pour Thales à Toulouse, écrivez-moi à "
              "recrutement@thalesgroup.com.")


@pytest.mark.parametrize(("text", "expected"), [
    (LURE_EN, [("url", f"{LOOKALIKE_IDNA}/assessment/setup.exe"), ("domain", LOOKALIKE_IDNA)]),
    (LURE_FR, [("url", f"{LOOKALIKE_IDNA}/evaluation/setup.exe"), ("domain", LOOKALIKE_IDNA)]),
    (f"mail hr@{LOOKALIKE}", [("email", f"hr@{LOOKALIKE_IDNA}"), ("domain", LOOKALIKE_IDNA)]),
    (f"Écrivez à rh@{LOOKALIKE}, merci.",
     [("email", f"rh@{LOOKALIKE_IDNA}"), ("domain", LOOKALIKE_IDNA)]),
    # a look-alike of a mail provider is an attacker's domain, not the provider
    ("write to anna.k@gm\u0430il.com",
     [("email", "anna.k@xn--gmil-63d.com"), ("domain", "xn--gmil-63d.com")]),
])
def test_a_lookalike_host_is_its_idna_form(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected
    assert indicator_values({"message": text}) == expected  # the column path agrees
    for ind in extract_indicators(text):
        assert text[ind.start:ind.end] == ind.snippet and "\u0430" in ind.snippet
        assert "thalesgroup.com" not in ind.value and "gmail.com" not in ind.value


def test_genuine_brand_messages_do_not_join_a_lookalike_lure() -> None:
    rows, summary = rs.find_campaigns(pd.DataFrame({
        "message": [LURE_EN, LURE_EN.replace("Hi,", "Hello,"), GENUINE_EN, GENUINE_FR,
                    LURE_FR],
        "sender_company": ["Thales"] * 5}))
    ids = rows["campaign_id"].tolist()
    assert ids[0] == ids[1] != ""  # the two copies of the lure: one campaign
    assert ids[2] == "" and ids[3] == ""  # genuine messages link to nothing
    assert rows.loc[0, "indicators"] == (f"url:{LOOKALIKE_IDNA}/assessment/setup.exe; "
                                         f"domain:{LOOKALIKE_IDNA}")
    assert "brand-url:thalesgroup.com/en/careers" in rows.loc[2, "indicators"]
    patterns = stix_patterns(summary)
    assert f"[domain-name:value = '{LOOKALIKE_IDNA}']" in patterns
    assert f"[url:value = 'https://{LOOKALIKE_IDNA}/assessment/setup.exe']" in patterns
    assert not any("'thalesgroup.com'" in p or "//thalesgroup.com" in p for p in patterns)


# -- M2: a brand's own domain links no stranger and is no STIX indicator ------------------------
def test_a_brand_careers_link_in_a_lure_links_no_genuine_recruiter() -> None:
    lure = ("Hello {n}, my client, an advisory firm, pays USD 3,000 per short report on your "
            "satellite work. Let's continue on WhatsApp, and please keep this between us. See "
            "https://www.thalesgroup.com/en/careers for who we work with.")
    rows, summary = rs.find_campaigns(pd.DataFrame({"message": [
        lure.format(n="Anna"), lure.format(n="Marc"),
        "Hi Bob, I am a recruiter at Thales. We have an opening for a payload engineer in "
        "Toulouse, apply at https://www.thalesgroup.com/en/careers, interviews by video.",
        "Bonjour Bob, nous recrutons un ingénieur système chez Thales à Cannes. Postulez sur "
        "https://www.thalesgroup.com/en/careers ; entretien en visio.",
        "Hi Bob, quick note from Thales recruiting, jobs@thalesgroup.com, we have roles in Paris.",
        "Bonjour, écrivez à recrutement@thalesgroup.com ou voyez thalesgroup.com."]}),
        threshold=0.0)
    ids = rows["campaign_id"].tolist()
    assert ids[0] == ids[1] != "" and ids[2:] == ["", "", "", ""]
    assert rows.loc[4, "indicators"] == ("brand-email:jobs@thalesgroup.com; "
                                         "brand-domain:thalesgroup.com")
    assert "thalesgroup" not in summary.loc[0, "shared_indicators"]
    assert "thalesgroup" not in summary.loc[0, "flagged_indicators"]
    assert not any("thalesgroup" in p for p in stix_patterns(summary))


def test_stix_leaves_out_brand_domains_of_a_summary_written_before() -> None:
    summary = pd.DataFrame([{
        "campaign_id": "C000001", "size": 3, "flagged_rows": 2, "first_date": None,
        "last_date": None, "max_risk": 0.9, "mean_risk": 0.8, "representative": "x",
        "flagged_indicators": "url:thalesgroup.com/en/careers; domain:thalesgroup.com; "
                              "email:jobs@thales.com; domain:evil-hr.xyz"}])
    assert stix_patterns(summary) == ["[domain-name:value = 'evil-hr.xyz']"]


# -- L3: values as written --------------------------------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("see https://xn--e1afmkfd.xn--p1ai/test",
     [("url", "xn--e1afmkfd.xn--p1ai/test"), ("domain", "xn--e1afmkfd.xn--p1ai")]),
    ("voir https://пример.рф/test",  # a host in Cyrillic letters: not found (see docs)
     []),
    ("apply on bücher-jobs.de today", [("domain", "xn--bcher-jobs-9db.de")]),
    ("postulez sur bücher-jobs.de", [("domain", "xn--bcher-jobs-9db.de")]),
    ("mail jürgen@evil-hr.xyz", [("email", "jürgen@evil-hr.xyz"), ("domain", "evil-hr.xyz")]),
    ("écrivez à jürgen@evil-hr.xyz", [("email", "jürgen@evil-hr.xyz"),
                                      ("domain", "evil-hr.xyz")]),
    ("mail o'brien@evil-hr.xyz", [("email", "o'brien@evil-hr.xyz"), ("domain", "evil-hr.xyz")]),
    ("écrivez à o'brien@evil-hr.xyz", [("email", "o'brien@evil-hr.xyz"),
                                       ("domain", "evil-hr.xyz")]),
    ("get https://evil-hr.xyz:8443/setup",
     [("url", "evil-hr.xyz:8443/setup"), ("domain", "evil-hr.xyz")]),
    ("téléchargez https://evil-hr.xyz:8443/installer",
     [("url", "evil-hr.xyz:8443/installer"), ("domain", "evil-hr.xyz")]),
    ("get https://user:pw@evil-hr.xyz/setup.exe",
     [("url", "evil-hr.xyz/setup.exe"), ("domain", "evil-hr.xyz")]),
    ("voir https://thalesgroup.com@evil-hr.xyz/offre",  # the host is after the @
     [("url", "evil-hr.xyz/offre"), ("domain", "evil-hr.xyz")]),
    ("short link bit.ly/3xYzAb", [("url", "bit.ly/3xYzAb")]),
    ("lien court : bit.ly/3xYzAb", [("url", "bit.ly/3xYzAb")]),
    ("Write to Anna.K (at) Gmail (dot) com", [("email", "Anna.K@gmail.com")]),
    ("see https://www.Acme-Defence.net/Roles/77.",
     [("url", "acme-defence.net/Roles/77"), ("domain", "acme-defence.net")]),
])
def test_values_are_as_written(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected
    assert indicator_values({"message": text}) == expected
    assert [(k, v) for k, v, _, _ in field_indicators(text)] == expected


def test_case_only_differences_still_link_and_stix_keeps_the_case() -> None:
    rows, summary = rs.find_campaigns(pd.DataFrame({"message": [
        "Install the tool from bit.ly/3xYzAb before our call, it is confidential.",
        "Weather is lovely in Lisbon this week, see BIT.LY/3XYZAB"]}), threshold=0.0)
    assert rows["campaign_id"].tolist() == ["C000001", "C000001"]  # keys are case-folded
    assert "[url:value = 'https://bit.ly/3xYzAb']" in stix_patterns(summary)


# -- M1: campaign masking reads one form ---------------------------------------------------------
TEMPLATE_EN = (
    "Dear {n}, I came across your profile and was impressed by your work on {t}. My client, an "
    "advisory firm based in {c}, is looking for experts to write short reports on industry "
    "trends. They pay USD {a} per report, a few hours of work. It would be better to continue "
    "this on WhatsApp, and to keep it between us for now. Looking forward to your reply.")
TEMPLATE_FR = (
    "Bonjour {n}, votre profil et vos travaux sur {t} ont retenu mon attention. Mon client, un "
    "cabinet de conseil basé à {c}, cherche des experts pour rédiger de courtes notes sur les "
    "tendances du secteur. Il paie {a} euros par note, quelques heures de travail. Il vaudrait "
    "mieux poursuivre sur WhatsApp, et garder cela entre nous pour le moment. Au plaisir.")


def _disguised(template: str, char: str, rng: random.Random, n: int = 40) -> list[str]:
    out = []
    for i in range(n):
        text = template.format(n=["Anna", "Marc", "Julie", "Tom", "Sara"][i % 5],
                               t=rng.choice(["radar systems", "satellite payloads"]),
                               c=rng.choice(["Singapore", "Dubai"]),
                               a=rng.choice([2000, 3000, 5000]))
        words = []
        for w in text.split():
            if len(w) > 3:
                k = rng.randint(1, len(w) - 1)
                w = w[:k] + char + w[k:]
            words.append(w)
        out.append(" ".join(words))
    return out


@pytest.mark.parametrize("template", [TEMPLATE_EN, TEMPLATE_FR], ids=["en", "fr"])
@pytest.mark.parametrize("char", ["\u200b", "\u00ad", "\u2060", "\u200c", "\ufeff"],
                         ids=["zwsp", "soft-hyphen", "word-joiner", "zwnj", "bom"])
def test_invisible_characters_in_every_word_do_not_split_a_campaign(template: str,
                                                                     char: str) -> None:
    messages = _disguised(template, char, random.Random(7))
    rows, _ = rs.find_campaigns(pd.DataFrame({"message": messages}))
    assert rows["campaign_size"].tolist() == [40] * 40  # was 1 each (ZWSP in every word)


def test_disguised_copies_of_two_templates_stay_apart() -> None:
    rng = random.Random(3)
    a = _disguised(TEMPLATE_EN, "\u200b", rng, 10)
    b = _disguised(TEMPLATE_FR, "\u200b", rng, 10)
    rows, _ = rs.find_campaigns(pd.DataFrame({"message": a + b}))
    ids = rows["campaign_id"].tolist()
    assert len(set(ids[:10])) == 1 and len(set(ids[10:])) == 1 and ids[0] != ids[10]


@pytest.mark.parametrize(("disguised", "plain"), [
    ("My client pays \u202eDSU\u202c 3,000 per short \u202etroper\u202c on your work.",
     "My client pays USD 3,000 per short report on your work."),
    ("Mon client paie \u202eoruE\u202c 3 000 par \u202eeton\u202c courte sur vos travaux.",
     "Mon client paie Euro 3 000 par note courte sur vos travaux."),
    ("My [client](https://a.example/1) [pays](https://a.example/2) USD 3,000 per short report.",
     "My client pays USD 3,000 per short report."),
    ("Mon [client](https://a.example/1) [paie](https://a.example/2) 3 000 euros par note.",
     "Mon client paie 3 000 euros par note."),
    ("My cli\u200aent pays USD 3,000 per sh\u2009ort report.",
     "My client pays USD 3,000 per short report."),
])
def test_overrides_links_and_narrow_gaps_are_read_once(disguised: str, plain: str) -> None:
    assert cmp.mask_message(disguised) == cmp.mask_message(plain)


def test_a_text_spaced_with_invisible_characters_keeps_its_words() -> None:
    assert cmp.mask_message("pay\u200bme\u200bon\u200bWhatsApp\u200bnow") == \
        cmp.mask_message("pay me on WhatsApp now")


# -- L4: STIX free text carries no live markup ---------------------------------------------------
@pytest.mark.parametrize("lure", [
    "Hello {n}, install the assessment from https://evil-hr.xyz/setup.exe today. "
    "![logo](https://tracker.evil-hr.xyz/pixel.png) <img src=x onerror=\"alert(1)\"> "
    "[our site](https://evil-hr.xyz/about) <!-- hidden --> \u202eevil\u202c",
    "Bonjour {n}, installez l'outil depuis https://evil-hr.xyz/setup.exe aujourd'hui. "
    "![logo](https://tracker.evil-hr.xyz/pixel.png) <img src=x onerror=\"alert(1)\"> "
    "[notre site](https://evil-hr.xyz/about) <script>alert(2)</script>",
], ids=["en", "fr"])
def test_stix_description_has_no_live_markup(lure: str) -> None:
    import stix2

    _, summary = rs.find_campaigns(pd.DataFrame({"message": [lure.format(n="Anna"),
                                                              lure.format(n="Marc")]}),
                                   threshold=0.0)
    text = cmp.stix_bundle(summary, created="2026-12-01T00:00:00Z").serialize()
    parsed = stix2.parse(text, allow_custom=False)
    desc = next(o for o in parsed.objects if o.type == "campaign").description
    for live in ("![", "](", "<img", "<!--", "<script", "\u202e", "pixel.png"):
        assert live not in desc, live
    assert "logo" in desc and "https://evil-hr.xyz/setup.exe" in desc
    json.loads(text)  # valid JSON


# -- the two ways of reading values as written agree ---------------------------------------------
@pytest.mark.parametrize("text", [
    # the genuine domain and its look-alike in one message: both, each as written
    f"Visit https://www.thalesgroup.com/en/careers, then get https://{LOOKALIKE}/x.exe",
    f"Voir https://{LOOKALIKE}/x.exe puis https://www.thalesgroup.com/fr/carrieres",
    "mail Jobs@Evil-HR.xyz or jobs@evil-hr.xyz, see HTTPS://EVIL-HR.XYZ/Setup, evil-hr.xyz/setup",
    "écrivez à Jürgen.Müller@Bücher-Jobs.de ou voyez https://bücher-jobs.de/Offre/12",
])
def test_verbatim_and_indexed_readings_agree(text: str) -> None:
    plain = [(k, v) for k, v, _, _ in field_indicators(text)]
    assert plain == [(k, v) for k, v, _, _ in field_indicators(text, spans=True)]
    assert not any(v.startswith("thalesgroup.com/x") for _, v in plain)
    if LOOKALIKE in text:
        assert ("domain", LOOKALIKE_IDNA) in plain


def test_a_genuine_copy_in_a_comment_lends_no_letters_to_the_look_alike() -> None:
    """A comment is read as hidden HTML text is (rule R34-G): its address is an indicator of
    its own, as written, and the look-alike keeps its own letters."""
    text = f"get https://{LOOKALIKE}/x.exe <!--https://thalesgroup.com/x.exe-->"
    plain = [(k, v) for k, v, _, _ in field_indicators(text)]
    assert plain == [(k, v) for k, v, _, _ in field_indicators(text, spans=True)]
    assert ("domain", LOOKALIKE_IDNA) in plain
