"""Rule R35-E (red-team round 13, H6 and H7): campaigns read words as a reader sees them, and
an address, link or domain that a lure names does not pull low-risk messages into its campaign
nor go to STIX as malicious when low-risk messages outside the campaign name it too. Library
and CLI paths, English and French."""

from __future__ import annotations

import json
import random
import unicodedata

import pandas as pd
import pytest
from typer.testing import CliRunner

import recruitscore as rs
from recruitscore import campaigns as cmp
from recruitscore.cli import app

TEMPLATE_EN = (
    "Hi {n}, my client, a government-linked think tank in {c}, is looking for experts to write "
    "a quick report on industry trends. It is paid {a} USD and fully remote. The matter is "
    "discreet, so let's continue on Telegram rather than here. Thank you for your time.")
TEMPLATE_FR = (
    "Bonjour {n}, mon client, un cercle de réflexion proche du gouvernement à {c}, cherche des "
    "experts pour rédiger une courte note sur les tendances du secteur. C'est payé {a} euros, "
    "entièrement à distance. L'affaire est discrète, alors continuons sur Telegram plutôt "
    "qu'ici. Merci pour votre temps.")
NAMES = ["Anna", "Marc", "Julie", "Tom", "Sara"]

# what a reader sees as a word gap or nothing at all, written for a fifth of the spaces
GAPS = ["\u2009", "\u200a", "\u202f", "\u2005", "\u2006", "\u2008", "\u205f", "\u00a0", "\u2000",
        "\u2002", "\u2003", "\u2007", "\u3000", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff",
        "\t", "  ", "\n"]


def _copies(template: str, rng: random.Random, n: int = 20) -> list[str]:
    return [template.format(n=NAMES[i % 5], c=rng.choice(["Geneva", "Dubai", "Vienna"]),
                            a=rng.choice([2000, 3000, 5000])) for i in range(n)]


def _gapped(text: str, gap: str, rng: random.Random, share: float = 0.2) -> str:
    return "".join(gap if ch == " " and rng.random() < share else ch for ch in text)


def _sizes(messages: list[str]) -> list[int]:
    rows, _ = rs.find_campaigns(pd.DataFrame({"message": messages}))
    return rows["campaign_size"].tolist()


# -- H6: word gaps written with other characters ----------------------------------------------
@pytest.mark.parametrize("template", [TEMPLATE_EN, TEMPLATE_FR], ids=["en", "fr"])
@pytest.mark.parametrize("gap", GAPS, ids=[f"U+{ord(g[0]):04X}x{len(g)}" for g in GAPS])
def test_a_fifth_of_the_spaces_disguised_does_not_split_a_campaign(template: str,
                                                                   gap: str) -> None:
    rng = random.Random(13)
    messages = [_gapped(m, gap, rng) for m in _copies(template, rng)]
    assert _sizes(messages) == [20] * 20  # thin, hair, narrow no-break: 1 each before R35-E


@pytest.mark.parametrize("template", [TEMPLATE_EN, TEMPLATE_FR], ids=["en", "fr"])
@pytest.mark.parametrize("share", [0.5, 1.0])
@pytest.mark.parametrize("gap", ["\u2009", "\u200a", "\u202f"])
def test_more_spaces_disguised_do_not_split_it_either(template: str, share: float,
                                                      gap: str) -> None:
    rng = random.Random(5)
    messages = [_gapped(m, gap, rng, share) for m in _copies(template, rng)]
    assert _sizes(messages) == [20] * 20


def _disguise(text: str, i: int) -> str:
    """One of the disguises the scoring's normalisation undoes, by copy."""
    rng = random.Random(i)
    k = i % 8
    if k == 0:
        return _gapped(text, rng.choice("\u2009\u200a\u202f\u200b\u2060"), rng, 0.3)
    if k == 1:
        return text.replace("l", "I")  # a capital I for an l
    if k == 2:
        return text.replace("a", "\u0430").replace("e", "\u0435").replace("o", "\u043e")
    if k == 3:
        return unicodedata.normalize("NFD", text)
    if k == 4:
        return text.replace("client", "cl1ent").replace("report", "rep0rt").replace(
            "experts", "exp3rts")
    if k == 5:
        return text.replace(", ", ",\t").replace(". ", ".\n\n  ")
    if k == 6:
        return "".join(chr(ord(c) + 0xFEE0) if "a" <= c <= "z" and rng.random() < 0.2 else c
                       for c in text)  # full-width letters
    return text


@pytest.mark.parametrize("template", [TEMPLATE_EN, TEMPLATE_FR], ids=["en", "fr"])
def test_copies_each_disguised_differently_are_one_campaign(template: str) -> None:
    rng = random.Random(2)
    messages = [_disguise(m, i) for i, m in enumerate(_copies(template, rng, 24))]
    assert _sizes(messages) == [24] * 24


def test_disguised_copies_of_two_templates_stay_apart() -> None:
    rng = random.Random(4)
    en = [_gapped(m, "\u2009", rng, 0.3) for m in _copies(TEMPLATE_EN, rng, 10)]
    fr = [_gapped(m, "\u200a", rng, 0.3) for m in _copies(TEMPLATE_FR, rng, 10)]
    rows, _ = rs.find_campaigns(pd.DataFrame({"message": en + fr}))
    ids = rows["campaign_id"].tolist()
    assert len(set(ids[:10])) == 1 and len(set(ids[10:])) == 1 and ids[0] != ids[10]


@pytest.mark.parametrize(("disguised", "plain"), [
    ("My client\u2009is looking\u200afor experts on\u202fTelegram today.",
     "My client is looking for experts on Telegram today."),
    ("Mon client\u2009cherche\u200ades experts sur\u202fTelegram aujourd'hui.",
     "Mon client cherche des experts sur Telegram aujourd'hui."),
    ("It is paid well,\u200bso let's continue.\u200bThanks.",
     "It is paid well, so let's continue. Thanks."),
    ("My cli\u200bent pays for a sh\u00adort re\u2060port.", "My client pays for a short report."),
    ("Mon cIient paie bien pour une courte note.", "Mon client paie bien pour une courte note."),
    ("write to cl1ent@evil-hr.xyz, my cl1ent pays", "write to cl1ent@evil-hr.xyz, my client pays"),
])
def test_the_masked_words_are_those_a_reader_sees(disguised: str, plain: str) -> None:
    assert cmp.mask_message(disguised) == cmp.mask_message(plain)


def test_a_handle_stays_an_indicator_in_a_text_with_digits_for_letters() -> None:
    """The indicators are found before digits are read as letters ("@nova_talent" was read
    "anova talent" in a text that writes "cl1ent")."""
    assert "<ind>" in cmp.mask_message("My cl1ent pays. Telegram @nova_talent please.")


def test_a_text_spaced_only_with_thin_spaces_keeps_its_words() -> None:
    text = "My client is looking for experts on quantum sensing"
    assert cmp.one_reading(text.replace(" ", "\u2009")).split("\u2009") == text.split()


def test_cli_groups_disguised_copies(tmp_path) -> None:  # type: ignore[no-untyped-def]
    rng = random.Random(8)
    messages = [_gapped(m, rng.choice("\u2009\u200a\u202f"), rng)
                for m in _copies(TEMPLATE_EN, rng, 10) + _copies(TEMPLATE_FR, rng, 10)]
    src = tmp_path / "in.csv"
    pd.DataFrame({"id": [f"r{i}" for i in range(20)], "message": messages}).to_csv(
        src, index=False)
    out = tmp_path / "out.csv"
    result = CliRunner().invoke(app, ["campaigns", str(src), "-o", str(out), "-j", "1"])
    assert result.exit_code == 0, result.output
    rows = pd.read_csv(out, dtype=str, keep_default_na=False)
    assert rows["id"].tolist() == [f"r{i}" for i in range(20)]
    assert rows["campaign_size"].tolist() == ["10"] * 20
    assert rows["campaign_id"].iloc[0] != rows["campaign_id"].iloc[10]


# -- H7: addresses and domains a lure names --------------------------------------------------
LURE_EN = ("Hi {n}, my client, a government-linked think tank in Geneva, pays {a} USD for a short "
           "report on your programme. We work with jane.doe@hays.com and michaelpage.fr. Keep "
           "it discreet and message me on Telegram @nova_talent.")
LURE_FR = ("Bonjour {n}, mon client, un cercle de réflexion proche du gouvernement, paie {a} euros "
           "pour une courte note sur votre programme. Nous travaillons avec jane.doe@hays.com et "
           "michaelpage.fr. Restons discrets et écrivez-moi sur Telegram @nova_talent.")
GENUINE = [
    "Hello Sam, I'm Jane, a recruiter at Hays. We have a permanent data engineer role in Leeds. "
    "Send your CV to jane.doe@hays.com and I'll call you this week.",
    "Bonjour Léa, je suis consultante chez Michael Page. Un poste de chef de projet à Lyon "
    "pourrait vous intéresser : toutes nos offres sur michaelpage.fr. Bonne journée.",
    "Bonjour Paul, suite à notre appel, Jane Doe (jane.doe@hays.com) vous enverra les créneaux "
    "d'entretien pour le poste d'analyste chez notre client à Lille.",
]
THIRD_PARTY = {"email:jane.doe@hays.com", "domain:hays.com", "domain:michaelpage.fr"}


def _lures(template: str) -> list[str]:
    return [template.format(n=n, a=a) for n, a in (("Anna", 3000), ("Peter", 2500),
                                                     ("Maria", 4000))]


def _stix_patterns(summary: pd.DataFrame) -> list[str]:
    bundle = cmp.stix_bundle(summary, created="2026-01-01T00:00:00Z")
    return [o.pattern for o in bundle.objects if o.type == "indicator"]


@pytest.mark.parametrize("template", [LURE_EN, LURE_FR], ids=["en", "fr"])
def test_a_lure_naming_third_parties_pulls_no_genuine_message(template: str) -> None:
    rows, summary = rs.find_campaigns(pd.DataFrame({"message": _lures(template) + GENUINE}))
    assert rows["flagged"].tolist() == [True] * 3 + [False] * 3
    ids = rows["campaign_id"].tolist()
    assert len(set(ids[:3])) == 1 and ids[0] not in ids[3:]  # was one campaign of 5
    lure = summary[summary["campaign_id"] == ids[0]].iloc[0]
    # the third parties are exported (a warning naming a lure's address must not take it out
    # of STIX: review47 H1, rule R35-G) but listed apart, and said to be checked
    assert set(lure["flagged_indicators"].split("; ")) == THIRD_PARTY | {"telegram:nova_talent"}
    assert set(lure["low_risk_indicators"].split("; ")) == THIRD_PARTY
    assert "[url:value = 'https://t.me/nova_talent']" in _stix_patterns(summary)
    bundle = cmp.stix_bundle(summary, created="2026-01-01T00:00:00Z")
    (campaign,) = [o for o in bundle.objects if o.type == "campaign"]
    assert "check that they are the sender's before blocking): email:jane.doe@hays.com" in (
        campaign.description)
    (hays,) = [o for o in bundle.objects
               if o.type == "indicator" and o.pattern == "[domain-name:value = 'hays.com']"]
    assert "check that it is the sender's" in hays.description


@pytest.mark.parametrize("template", [LURE_EN, LURE_FR], ids=["en", "fr"])
def test_without_low_risk_messages_naming_them_the_lure_s_indicators_are_exported(
        template: str) -> None:
    _, summary = rs.find_campaigns(pd.DataFrame({"message": _lures(template)}))
    assert set(summary.loc[0, "flagged_indicators"].split("; ")) == THIRD_PARTY | {
        "telegram:nova_talent"}
    assert summary.loc[0, "low_risk_indicators"] == ""
    assert "[domain-name:value = 'hays.com']" in _stix_patterns(summary)


HOSTILE = [  # three different lures sharing only the attacker's address
    "Hi {n}, my client pays 3,000 USD for a short report on your current projects. Keep this "
    "between us and write to talent.desk@evil-hr.xyz.",
    "Bonjour {n}, mon client paierait 3 000 euros pour une courte note sur vos projets actuels. "
    "Gardez cela entre nous et écrivez à talent.desk@evil-hr.xyz.",
    "Dear {n}, urgent: install our assessment tool from the link we send and keep it "
    "confidential from your employer. Send the logs to talent.desk@evil-hr.xyz.",
]
SOFT = ("Hello {n}, I hope you are well. We have a permanent role in our Leeds office. Send your "
        "CV to talent.desk@evil-hr.xyz when you have a moment.")


def test_an_address_that_is_the_lures_only_channel_links_low_risk_copies() -> None:
    """Three different lures and three soft copies sharing only the attacker's address: it is
    the lures' channel, so all six are one campaign and the address is exported (the
    benchmark's handle-only campaigns; not split by R35-E)."""
    hostile = [h.format(n=n) for h in HOSTILE for n in ("Anna", "Tom")]
    soft = [SOFT.format(n=n) for n in ("Anna", "Tom", "Sara")]
    rows, summary = rs.find_campaigns(pd.DataFrame({"message": hostile + soft}))
    assert rows["flagged"].tolist() == [True] * 6 + [False] * 3
    assert rows["campaign_size"].tolist() == [9] * 9
    assert "email:talent.desk@evil-hr.xyz" in summary.loc[0, "flagged_indicators"]
    assert summary.loc[0, "low_risk_indicators"] == ""
    assert "[email-addr:value = 'talent.desk@evil-hr.xyz']" in _stix_patterns(summary)


def test_naming_an_address_beside_a_handle_cannot_split_the_flagged_rows() -> None:
    """An attacker who gives a Telegram handle beside its address in the lures, and the address
    alone in soft messages: the flagged rows stay one campaign (they link through anything they
    share) and the handle is exported; the soft messages stand apart and the address is named
    in the description instead of exported (the trade documented in docs/campaigns.md)."""
    hostile = [(h + " Or Telegram @desk_talent.").format(n=n) for h in HOSTILE
               for n in ("Anna", "Tom")]
    soft = [SOFT.format(n=n) for n in ("Anna", "Tom", "Sara")]
    rows, summary = rs.find_campaigns(pd.DataFrame({"message": hostile + soft}))
    assert rows["flagged"].tolist() == [True] * 6 + [False] * 3
    ids = rows["campaign_id"].tolist()
    assert len(set(ids[:6])) == 1 and ids[0] != "" and ids[0] not in ids[6:]
    lure = summary[summary["campaign_id"] == ids[0]].iloc[0]
    assert lure["flagged_rows"] == 6 and lure["size"] == 6
    assert "telegram:desk_talent" in lure["flagged_indicators"]
    assert "email:talent.desk@evil-hr.xyz" in lure["low_risk_indicators"]
    assert "[url:value = 'https://t.me/desk_talent']" in _stix_patterns(summary)


def test_a_chat_handle_still_links_low_risk_rows_to_flagged_ones() -> None:
    """A Telegram handle or a phone number is a channel the lure moves its target to: it links
    across risk as before (a soft first message and the lures)."""
    hostile = [h.replace("write to talent.desk@evil-hr.xyz", "ping me on Telegram @desk_talent")
               .replace("écrivez à talent.desk@evil-hr.xyz", "écrivez-moi sur Telegram "
                        "@desk_talent")
               .replace("Send the logs to talent.desk@evil-hr.xyz", "Telegram @desk_talent")
               .format(n="Anna") for h in HOSTILE]
    soft = SOFT.replace("Send your CV to talent.desk@evil-hr.xyz", "Telegram @desk_talent"
                        ).format(n="Tom")
    rows, summary = rs.find_campaigns(pd.DataFrame({"message": [*hostile, soft]}))
    assert rows["campaign_size"].tolist() == [4] * 4
    assert "telegram:desk_talent" in summary.loc[0, "flagged_indicators"]


def test_cli_summary_and_stix_mark_third_parties(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import stix2

    src = tmp_path / "in.csv"
    pd.DataFrame({"id": list("abcdefghi"),
                  "message": _lures(LURE_EN) + _lures(LURE_FR) + GENUINE}).to_csv(src,
                                                                                  index=False)
    out, summ, bundle = tmp_path / "out.csv", tmp_path / "s.csv", tmp_path / "b.json"
    result = CliRunner().invoke(app, ["campaigns", str(src), "-o", str(out), "--summary",
                                      str(summ), "--stix", str(bundle), "--stix-created",
                                      "2026-01-01T00:00:00Z", "-j", "1"])
    assert result.exit_code == 0, result.output
    rows = pd.read_csv(out, dtype=str, keep_default_na=False)
    assert rows["id"].tolist() == list("abcdefghi")
    assert len(set(rows["campaign_id"][:6])) == 1
    assert rows["campaign_id"][0] not in set(rows["campaign_id"][6:])
    table = pd.read_csv(summ, dtype=str, keep_default_na=False)
    assert "low_risk_indicators" in table.columns
    text = bundle.read_text(encoding="utf-8")
    parsed = stix2.parse(text)
    marked = {o.pattern for o in parsed.objects if o.type == "indicator"
              and "check that it is the sender's" in o.description}
    assert "[domain-name:value = 'hays.com']" in marked
    assert "[url:value = 'https://t.me/nova_talent']" not in marked
    assert json.loads(text)["type"] == "bundle"
