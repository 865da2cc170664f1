"""Red flags in the sender's headline or company (rule R26-C): LinkedIn shows both beside every
message, so a red flag an attacker moves there from the message is read there too, with
evidence naming the field; what a headline or a company name says of the sender (working at
WhatsApp, discreet executive search, writing reports) is not one."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest
from typer.testing import CliRunner

import recruitscore as rs
from recruitscore.cli import app
from recruitscore.schema import Approach
from recruitscore.signals import (
    PROFILE_READERS,
    PROFILE_TEXT,
    extract_signals,
    extract_signals_frame,
    get_signal,
    make_batch,
)
from recruitscore.text import ngram_text

from .assertions import assert_spans_valid

MESSAGE = "Hello, I came across your profile and would like to discuss an opportunity."
#: The case of red-team round 8: the message's red flags moved into the headline
HOSTILE_HEADLINE = ("WhatsApp +44 7700 900123 | keep this between us | my client pays $3,000 for "
                    "a short report")
MESSAGE_FR = "Bonjour, j'ai vu votre profil et j'aimerais vous parler d'une opportunité."

# (signal, language, profile fields, the evidence expected in them: (field, snippet) pairs)
PROFILE_TABLE = [
    ("off_platform_request", "en", {"sender_headline": "Talent Partner | WhatsApp +44 7700 900123"},
     [("sender_headline", "WhatsApp +44 7700 900123")]),
    ("off_platform_request", "en",
     {"sender_headline": "Talent Partner | DM me on Telegram @aurora_hr"},
     [("sender_headline", "DM me on Telegram @aurora_hr")]),
    ("off_platform_request", "en", {"sender_headline": "Headhunter | WeChat ID: aurora88"},
     [("sender_headline", "WeChat ID: aurora88")]),
    ("off_platform_request", "en", {"sender_headline": "Recruiter | Signal: +44 7700 900123"},
     [("sender_headline", "Signal: +44 7700 900123")]),
    ("off_platform_request", "en", {"sender_headline": "Advisor | reach me on Signal"},
     [("sender_headline", "reach me on Signal")]),
    ("off_platform_request", "en", {"sender_headline": "Wh@tsApp +44 7700 900123 | Advisory"},
     [("sender_headline", "Wh@tsApp +44 7700 900123")]),
    ("off_platform_request", "en", {"sender_company": "Aurora Talent (t.me/aurora_hr)"},
     [("sender_company", "t.me/aurora_hr")]),
    ("off_platform_request", "en", {"sender_company": "Aurora Talent - Telegram only"},
     [("sender_company", "Telegram only")]),
    # a statement mark alone between spaces separates as "|" does, and keeps its channel
    # (R27-D1)
    ("off_platform_request", "en",
     {"sender_headline": "Talent Partner \u2022 WhatsApp +44 7700 900123"},
     [("sender_headline", "WhatsApp +44 7700 900123")]),
    ("off_platform_request", "fr",
     {"sender_headline": "Chasseuse de têtes \u00b7 WhatsApp : 06 39 98 12 34"},
     [("sender_headline", "WhatsApp : 06 39 98 12 34")]),
    ("off_platform_request", "fr",
     {"sender_headline": "Recrutement | Contactez-moi sur WhatsApp"},
     [("sender_headline", "Contactez-moi sur WhatsApp")]),
    ("off_platform_request", "fr", {"sender_company": "Cabinet Aurora | WhatsApp : 06 39 98 12 34"},
     [("sender_company", "WhatsApp : 06 39 98 12 34")]),
    ("off_platform_request", "fr",
     {"sender_headline": "Chasseuse de têtes | Joignable sur Télégram"},
     [("sender_headline", "Joignable sur Télégram")]),
    ("secrecy", "en", {"sender_headline": "Advisory | Keep this between us"},
     [("sender_headline", "Keep this between us")]),
    ("secrecy", "en", {"sender_headline": "Headhunter | No need to tell your employer"},
     [("sender_headline", "No need to tell your employer")]),
    ("secrecy", "en", {"sender_company": "Quiet Partners (your discretion is appreciated)"},
     [("sender_company", "your discretion is appreciated")]),
    ("secrecy", "fr", {"sender_headline": "Conseil | Inutile d'en parler à votre employeur"},
     [("sender_headline", "Inutile d'en parler à votre employeur")]),
    ("secrecy", "fr", {"sender_company": "Cabinet Lumen | gardons cela entre nous"},
     [("sender_company", "gardons cela entre nous")]),
    ("paid_report", "en",
     {"sender_headline": "Advisor | my client pays $3,000 for a short report"},
     [("sender_headline", "$3,000 for a short report")]),
    ("paid_report", "en", {"sender_headline": "Research network | $1,500 per report"},
     [("sender_headline", "$1,500 per report")]),
    ("paid_report", "en", {"sender_company": "Insight Partners | paid per report"},
     [("sender_company", "paid per report")]),
    ("paid_report", "fr", {"sender_headline": "Conseil | 1 800 € pour une courte note"},
     [("sender_headline", "1 800 € pour une courte note")]),
    ("paid_report", "fr", {"sender_company": "Cabinet Lumen | 800 € par note"},
     [("sender_company", "800 € par note")]),
    ("run_before_call", "en",
     {"sender_headline": "CTO | Clone our repo and run it before our call"},
     [("sender_headline", "Clone our repo and run it before our call")]),
    ("run_before_call", "en",
     {"sender_company": "DexLabs | please run npm install before the interview"},
     [("sender_company", "run npm install before the interview")]),
    ("run_before_call", "fr",
     {"sender_headline": "CTO | Clonez le dépôt et installez les dépendances avant l'entretien"},
     [("sender_headline", "Clonez le dépôt et installez les dépendances avant l'entretien")]),
]

# What a headline or a company name says of the sender: none of the signals of rule R26-C
# fires, nor any other signal (with a neutral message)
PROFILE_COUNTEREXAMPLES = [
    # working at a messaging company, or with its products
    ("en", {"sender_headline": "Recruiter at WhatsApp"}),
    ("en", {"sender_headline": "Talent Acquisition | Telegram Messenger"}),
    ("en", {"sender_company": "Signal Messenger LLC"}),
    ("en", {"sender_headline": "Signal Processing Engineer"}),
    # a consultant on WhatsApp's business API sells a product, asks nobody to move there
    ("en", {"sender_headline": "WhatsApp Business API consultant"}),
    ("en", {"sender_headline": "Talent Acquisition at Meta (WhatsApp, Instagram)",
            "sender_company": "Meta"}),
    ("en", {"sender_headline": "Speaker | Talk on Signal Integrity at DesignCon"}),
    ("en", {"sender_headline": "Engineer at WhatsApp - 2019"}),
    ("fr", {"sender_headline": "Recruteuse chez Telegram"}),
    ("fr", {"sender_headline": "Ingénieur traitement du signal"}),
    # ordinary recruiter headlines, and a number alone (the sender's own)
    ("en", {"sender_headline": "Open to work"}),
    ("en", {"sender_headline": "Hiring!"}),
    ("en", {"sender_headline": "Senior Technical Recruiter at Acme | Hiring in London"}),
    ("en", {"sender_headline": "Recruiter | +44 7700 900123"}),
    ("en", {"sender_headline": "Recruiter at WhatsApp | +44 7700 900123"}),
    # a bullet, a middle dot or a box-drawing bar separates statements as "|" does (R27-D1)
    ("en", {"sender_headline": "Recruiter at WhatsApp \u2022 +44 7700 900123"}),
    ("en", {"sender_headline": "Engineer at Telegram \u00b7 @aurora_hr on GitHub"}),
    ("en", {"sender_company": "Signal Messenger LLC \u2502 +1 415 555 0100"}),
    ("fr", {"sender_headline": "Recruteuse chez WhatsApp \u2022 06 39 98 12 34"}),
    ("fr", {"sender_headline": "Chargée de recrutement | 06 39 98 12 34"}),
    # discretion or confidentiality a headhunter promises (RED-FLAGS M8: neutral)
    ("en", {"sender_headline": "Discreet executive search"}),
    ("en", {"sender_headline": "Absolute discretion is key | Executive search"}),
    ("en", {"sender_headline": "Partner | Confidential search | We keep it confidential"}),
    ("fr", {"sender_headline": "Chasse de têtes discrète | Discrétion assurée"}),
    ("fr", {"sender_headline": "Recherche confidentielle pour groupes cotés"}),
    # advice and product pitches, not requests to the reader
    ("en", {"sender_headline": "Never tell anyone your password | Security awareness"}),
    ("en", {"sender_headline": "Never let your team down | Leadership coach"}),
    ("en", {"sender_headline": "HR software | Onboarding without paperwork"}),
    # the sender's own writing, pay or products
    ("en", {"sender_headline": "Writing reports on energy markets"}),
    ("en", {"sender_headline": "Compensation analyst | HR reports"}),
    ("en", {"sender_headline": "Expert network | Paid consulting opportunities for experts"}),
    ("en", {"sender_headline": "Equity research | $2bn AUM | research notes"}),
    ("fr", {"sender_headline": "Analyste | Rédaction de notes d'analyse"}),
    ("fr", {"sender_headline": "Responsable rémunération | rapports RH"}),
    # a developer's headline, interview coaching
    ("en", {"sender_headline": "CTO at Acme | git clone enthusiast"}),
    ("en", {"sender_headline": "Interview coach | Prepare before the interview"}),
    ("en", {"sender_headline": "Clone Wars fan | before the interview, relax"}),
    ("fr", {"sender_headline": "Coach | préparez-vous avant l'entretien"}),
]


def _approach(lang: str, fields: dict[str, str]) -> Approach:
    return Approach.from_mapping({"message": MESSAGE_FR if lang == "fr" else MESSAGE, **fields})


def test_the_signals_of_the_rule_read_both_profile_texts() -> None:
    assert {"off_platform_request", "secrecy", "paid_report", "run_before_call"} <= set(
        PROFILE_READERS)
    for name in PROFILE_READERS:
        assert set(PROFILE_TEXT) <= set(get_signal(name).fields), name
    assert {lang for name in PROFILE_READERS for (n, lang, _, _) in PROFILE_TABLE
            if n == name} >= {"en", "fr"}


@pytest.mark.parametrize(("name", "lang", "fields", "expected"), PROFILE_TABLE)
def test_profile_red_flags_with_their_field(name: str, lang: str, fields: dict[str, str],
                                            expected: list[tuple[str, str]]) -> None:
    approach = _approach(lang, fields)
    hits = {h.name: h for h in extract_signals(approach)}
    assert name in hits, (fields, sorted(hits))
    found = [(e.field, e.snippet) for e in hits[name].evidence]
    assert found == expected
    for e in hits[name].evidence:  # the span is the snippet's place in that field
        text = getattr(approach, e.field)
        assert (e.start, e.end) == (text.index(e.snippet), text.index(e.snippet) + len(e.snippet))
    assert_spans_valid(approach, hits.values())


@pytest.mark.parametrize(("lang", "fields"), PROFILE_COUNTEREXAMPLES)
def test_what_a_profile_says_of_the_sender_is_no_red_flag(lang: str,
                                                          fields: dict[str, str]) -> None:
    assert extract_signals(_approach(lang, fields)) == [], fields


def test_the_message_and_the_headline_each_give_their_evidence() -> None:
    hits = {h.name: h for h in extract_signals(
        "Add me on WhatsApp please.", sender_headline="Advisory | Telegram: @aurora_hr")}
    assert [(e.field, e.snippet) for e in hits["off_platform_request"].evidence] == [
        ("message", "WhatsApp"), ("sender_headline", "Telegram: @aurora_hr")]


def _rows() -> list[dict[str, str]]:
    rows = [{"message": MESSAGE_FR if lang == "fr" else MESSAGE, **f}
            for _, lang, f, _ in PROFILE_TABLE]
    rows += [{"message": MESSAGE_FR if lang == "fr" else MESSAGE, **f}
             for lang, f in PROFILE_COUNTEREXAMPLES]
    # a red flag in the message and a neutral headline; both places at once
    rows += [{"message": "Keep this between us, add me on WhatsApp.",
              "sender_headline": "Recruiter at WhatsApp"},
             {"message": "Clone our repo and run it before our call.",
              "sender_headline": "CTO | Clone our repo and run it before our call",
              "sender_company": "Signal Messenger LLC"}]
    return rows


@pytest.mark.parametrize("size", [1, 7, 40, 300])
def test_profile_red_flags_read_alike_in_both_paths(size: int) -> None:
    """The column path (RE2 over the profile columns, above 32 rows through pyarrow) fires
    what the per-approach path fires."""
    rows = _rows()
    rows = (rows * (size // len(rows) + 1))[:size]
    frame = extract_signals_frame(pd.DataFrame(rows))
    for i, row in enumerate(rows):
        fired = {h.name for h in extract_signals(row)}
        assert {n for n in frame.columns if frame.iloc[i][n]} == fired, row


@pytest.mark.parametrize("size", [1, 40])
def test_reasons_name_the_field_alike_in_the_api_and_the_csv(size: int) -> None:
    rows = _rows()
    rows = (rows * (size // len(rows) + 1))[:size]
    out = rs.score_frame(pd.DataFrame(rows))
    api = ["; ".join(rs.score(row).reasons) for row in rows]
    assert out["reasons"].tolist() == api


def test_reasons_and_explanations_show_the_field() -> None:
    headline = HOSTILE_HEADLINE
    r = rs.score(MESSAGE, sender_headline=headline)
    assert {"secrecy (in sender_headline)", "off_platform_request (in sender_headline)",
            "paid_report (in sender_headline)"} <= set(r.reasons)
    text = r.explain()
    assert "sender_headline: 'WhatsApp +44 7700 900123'" in text
    assert "sender_headline: 'keep this between us'" in text
    assert "sender_headline: '$3,000 for a short report'" in text
    both = rs.score("Keep this between us.", sender_company="Keep it between us Ltd")
    assert "secrecy (in sender_company)" in both.reasons
    alone = rs.score("Keep this between us.")
    assert "secrecy" in alone.reasons and not any("(in " in x for x in alone.reasons)
    assert "  secrecy (" in alone.explain() and "sender_" not in alone.explain()
    shown = {h["name"]: h["evidence"] for h in r.to_dict()["signals"]}
    assert shown["secrecy"] == [{"field": "sender_headline", "start": 27, "end": 47,
                                 "snippet": "keep this between us"}]


def test_the_cli_csv_and_explain_name_the_field(tmp_path) -> None:
    runner = CliRunner()
    headline = "Advisory | DM me on Telegram @aurora_hr | keep this between us"
    src = tmp_path / "in.csv"
    pd.DataFrame({"id": [1], "message": [MESSAGE], "sender_headline": [headline]}).to_csv(
        src, index=False)
    out = tmp_path / "out.csv"
    result = runner.invoke(app, ["score", str(src), "-o", str(out), "--jobs", "1", "-q"])
    assert result.exit_code == 0, result.stderr
    from_csv = pd.read_csv(out, dtype=str, keep_default_na=False)["reasons"].tolist()
    api = rs.score(MESSAGE, sender_headline=headline).reasons
    assert from_csv == ["; ".join(api)] and "secrecy (in sender_headline)" in api
    shown = runner.invoke(app, ["explain", MESSAGE, "--sender-headline", headline, "--json"])
    assert shown.exit_code == 0, shown.stderr
    assert json.loads(shown.stdout)["reasons"] == api
    table = runner.invoke(app, ["explain", MESSAGE, "--sender-headline", headline])
    assert "sender_headline: 'DM me on Telegram @aurora_hr'" in " ".join(table.stdout.split())


def test_profile_texts_never_enter_the_ngram_text() -> None:
    from recruitscore.scoring import get_default_model

    heads = [f for _, _, f, _ in PROFILE_TABLE] + [f for _, f in PROFILE_COUNTEREXAMPLES]
    plain = pd.DataFrame({"message": [MESSAGE] * len(heads)})
    with_heads = pd.DataFrame([{"message": MESSAGE, **f} for f in heads])
    lin = get_default_model().linear
    assert ngram_text(make_batch(with_heads)[0], lin) == ngram_text(make_batch(plain)[0], lin)
    r = rs.score(MESSAGE, sender_headline="Senior analyst | energy reports | advisory")
    words = [c for c in r.contributions if c.kind in ("ngram", "text")]
    assert words == [c for c in rs.score(MESSAGE).contributions if c.kind in ("ngram", "text")]


NAMES = [("Wei Zhang", "John Smith"), ("Olga Petrova", "Marie Dubois"),
         ("Ahmed Al-Farsi", "Tom Brown")]
ORIGINS = [("Chinese", "British"), ("Russian", "French"), ("Iranian", "Canadian")]


def test_names_and_origins_beside_a_profile_red_flag_do_not_change_the_score() -> None:
    """Swapping the sender's name (and a name or a nationality written in the headline itself)
    leaves the signals and the risk as they were."""
    risks = set()
    signals = set()
    for (n1, n2), (o1, o2) in zip(NAMES, ORIGINS, strict=True):
        for name, origin in ((n1, o1), (n2, o2)):
            r = rs.score({"message": f"Hello, {name} here. My client is interested in your "
                                     "research and would pay for a short consultancy on your "
                                     "current projects. Could we talk?",
                          "sender_name": name,
                          "sender_headline": f"{name}, {origin} headhunter | WhatsApp +44 7700 "
                                             "900123 | keep this between us"})
            signals.add(tuple(h.name for h in r.hits))
            assert r.familiarity > 0.5  # the wording counts (review33: it did not)
            risks.add(round(r.risk, 9))
    assert len(signals) == 1 and len(risks) == 1, (signals, risks)


def test_a_profile_red_flag_never_lowers_the_risk() -> None:
    headline = HOSTILE_HEADLINE
    messages = [MESSAGE, MESSAGE_FR, "Hi, quick question about your work.",
                "Senior RF engineer, Bristol, £70,000-£85,000, ref RF-2231, hybrid.",
                "Add me on WhatsApp, my client pays $500 for a short report."]
    for m in messages:
        before = rs.score(m).risk
        for field in PROFILE_TEXT:
            assert rs.score(m, **{field: headline}).risk >= before, (m, field)
    assert rs.score(MESSAGE, sender_headline=headline).risk > 0.9
    assert np.isclose(rs.score(MESSAGE, sender_headline="Recruiter at WhatsApp").risk,
                      rs.score(MESSAGE).risk)


def test_the_inbox_report_words_a_profile_reason() -> None:
    from recruitscore.inbox_report import _describe, _reason_text

    describe = _describe()
    assert _reason_text("secrecy (in sender_headline)", describe) == (
        describe["secrecy"] + " (in sender_headline)")
    assert _reason_text("paid_report (in sender_headline, sender_company)", describe).endswith(
        "(in sender_headline, sender_company)")
    assert _reason_text("secrecy", describe) == describe["secrecy"]


def test_a_window_names_the_profile_texts_of_its_messages() -> None:
    from recruitscore.scoring import score_windows

    df = pd.DataFrame({"message": ["Great profile, we should talk.", MESSAGE],
                       "sender_headline": ["Recruiter at WhatsApp", HOSTILE_HEADLINE]})
    msgs, win = score_windows(df, np.array([0, 0, 1]), np.array([0, 1, 0]), 2)
    assert "secrecy (in sender_headline)" in msgs.loc[1, "reasons"]
    assert "secrecy (in sender_headline)" in win.loc[0, "reasons"]
    assert "(in " not in win.loc[1, "reasons"]
