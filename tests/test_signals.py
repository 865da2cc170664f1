"""Per-signal tables: what must fire (with spans) and what must not, in English and French."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pytest

import recruitscore as rs
from recruitscore.schema import Approach
from recruitscore.signals import (
    REGISTRY,
    SIGNAL_NAMES,
    extract_signals,
    extract_signals_frame,
)

from .assertions import assert_snippets_found, assert_spans_valid, assert_table_row

CONTRACT = {
    "off_platform_request", "vague_employer", "paid_report", "paid_travel", "elicitation",
    "secrecy", "urgency", "flattery", "target_sensitive_sector", "new_account",
    "few_connections", "no_photo", "corporate_contact",
}

EXAMPLES = [
    pytest.param(s, ex, id=f"{s.name}-{ex.lang}-{i}")
    for s in REGISTRY for i, ex in enumerate(s.examples)
]
COUNTEREXAMPLES = [
    pytest.param(s, ex, id=f"{s.name}-{ex.lang}-{i}")
    for s in REGISTRY for i, ex in enumerate(s.counterexamples)
]


def test_registry_contract() -> None:
    assert len(REGISTRY) >= 20
    assert set(SIGNAL_NAMES) >= CONTRACT
    assert len(set(SIGNAL_NAMES)) == len(SIGNAL_NAMES)
    for s in REGISTRY:
        assert re.fullmatch(r"[a-z][a-z0-9_]*", s.name)
        assert s.description.endswith(".") and len(s.description) < 260
        assert s.category and s.source and s.polarity in {"risk", "benign", "context"}
        langs = {e.lang for e in s.examples}
        assert {"en", "fr"} <= langs, f"{s.name} needs English and French examples"
        assert {"en", "fr"} <= {e.lang for e in s.counterexamples} or s.name in {
            "few_connections", "no_photo"}, f"{s.name} needs counterexamples in both languages"
        assert s.counterexamples, f"{s.name} needs counterexamples"


def test_no_signal_reads_names() -> None:
    for s in REGISTRY:
        assert "sender_name" not in s.fields
        assert all(f in Approach.__dataclass_fields__ for f in s.fields)


@pytest.mark.parametrize(("signal", "example"), EXAMPLES)
def test_example_fires_with_spans(signal, example) -> None:
    approach = example.approach()
    evidence = signal.detect(approach)
    assert evidence, f"{signal.name} did not fire on {example.message!r}"
    hit = rs.SignalHit(signal.name, signal.description, signal.category, signal.polarity,
                       evidence)
    assert_spans_valid(approach, [hit])
    assert_snippets_found([e.snippet for e in evidence], example.spans, signal.name)


@pytest.mark.parametrize(("signal", "example"), COUNTEREXAMPLES)
def test_counterexample_does_not_fire(signal, example) -> None:
    assert signal.detect(example.approach()) == (), example.note or example.message


# Hard cases from the issue and RED-FLAGS.md: (signal, text, fields, expected snippets or None)
TABLE = [
    # off-platform, both languages, and what must not fire
    ("off_platform_request", "Happy to continue on Signal if you prefer.", {}, ["on Signal"]),
    ("off_platform_request", "Mail me: jo.smith@outlook.com", {}, ["jo.smith@outlook.com"]),
    ("off_platform_request", "WeChat ID: aurora_hr88", {}, ["WeChat"]),
    ("off_platform_request", "Skype me at live:anna_k", {}, ["Skype"]),
    ("off_platform_request", "Call 0044 7700 900 321", {}, ["0044 7700 900 321"]),
    ("off_platform_request", "Appelez le 06.39.98.11.22", {}, ["06.39.98.11.22"]),
    ("off_platform_request", "on se retrouve sur l'appli verte ?", {}, ["l'appli verte"]),
    ("off_platform_request", "Mon WhatsApp : +33 6 39 98 11 22", {}, ["WhatsApp"]),
    ("off_platform_request", "Reply to a.k@helix-quantum.io",
     {"sender_company_url": "helix-quantum.io"}, None),
    ("off_platform_request", "Contact: recrutement@atelier-lumen.fr",
     {"sender_company_url": "https://atelier-lumen.fr"}, None),
    ("off_platform_request", "The signal chain is fully digital.", {}, None),
    # corporate contact
    ("corporate_contact", "Email me at r.ng@careers.orbital-labs.co.uk",
     {"sender_company_url": "https://orbital-labs.co.uk/jobs"},
     ["r.ng@careers.orbital-labs.co.uk"]),
    # elicitation vs eligibility
    ("elicitation", "Which programmes are you working on at the moment?", {}, ["programmes are"]),
    ("elicitation", "What is your current clearance level?", {}, ["clearance level"]),
    ("elicitation", "Applicants must be eligible for DV clearance.", {}, None),
    ("elicitation", "Les candidats doivent être habilitables secret défense.", {}, None),
    ("eligibility_requirement", "Applicants must be eligible for DV clearance.", {},
     ["eligible for DV"]),
    # secrecy vs confidential executive search
    ("secrecy", "Please don't tell your manager about this, it's just between us.", {},
     ["don't tell your manager", "just between us"]),
    ("secrecy", "We run a confidential executive search; the client is a FTSE 100 group.", {},
     None),
    ("secrecy", "Recherche confidentielle menée par notre cabinet pour un groupe du CAC 40.", {},
     None),
    # paid travel vs relocation and speaker travel
    ("paid_travel", "Relocation package: flights, temporary housing and visa support.", {}, None),
    ("paid_travel", "We cover economy travel and hotel for invited speakers; agenda online.", {},
     None),
    ("paid_travel", "Forfait de relocalisation : billets d'avion et logement temporaire.", {},
     None),
    ("paid_travel", "Un séjour tous frais payés à Pékin pour rencontrer nos partenaires.", {},
     ["tous frais payés"]),
    # vague employer
    ("vague_employer", "I work with a few friends in Asia who value your insight.", {},
     ["I work with a few friends"]),
    # urgency / flattery, FR
    # urgency: a demand for a quick answer fires, a wish or a promise does not (EN and FR)
    ("urgency", "Merci de nous répondre rapidement.", {}, ["Merci de nous répondre rapidement"]),
    ("urgency", "Réponds-moi rapidement stp", {}, ["Réponds-moi rapidement"]),
    ("urgency", "Merci de me faire un retour rapidement.", {},
     ["Merci de me faire un retour rapidement"]),
    ("urgency", "Il faut me répondre rapidement.", {}, ["Il faut me répondre rapidement"]),
    ("urgency", "Agissez rapidement, les places partent vite.", {}, ["Agissez rapidement"]),
    ("urgency", "Envoyez-moi votre CV rapidement.", {}, ["Envoyez-moi votre CV rapidement"]),
    ("urgency", "Get back to us quickly with your availability.", {},
     ["Get back to us quickly"]),
    ("urgency", "Please reply and we will quickly arrange a call.", {}, None),
    ("urgency", "Merci de me répondre et nous reviendrons rapidement vers vous.", {}, None),
    ("urgency", "We act quickly on every application.", {}, None),
    # specific_role: a salary with a colon in both typographies; a user base is no salary
    ("specific_role", "Salary: £60,000 plus bonus.", {}, ["Salary:"]),
    ("specific_role", "Salaire : 50 k€ brut.", {}, ["Salaire :"]),
    ("specific_role", "Our app has a user base of 2 million.", {}, None),
    ("urgency", "Réponse avant vendredi, c'est une offre exceptionnelle.", {},
     ["Réponse avant vendredi", "offre exceptionnelle"]),
    ("flattery", "Un profil de votre calibre est rare.", {}, ["profil de votre calibre"]),
    # profile
    ("new_account", "Hi", {"sender_account_age_days": 179}, ["179"]),
    ("new_account", "Hi", {"sender_account_age_days": 180}, None),
    ("few_connections", "Hi", {"sender_connections": "1,500"}, None),
    ("target_sensitive_sector", "Hi", {"target_headline": "Ingénieure en informatique quantique"},
     ["quantique"]),
    ("target_sensitive_sector", "Hi", {"target_headline": "Head chef, seafood restaurant"}, None),
]


@pytest.mark.parametrize(("name", "text", "fields", "expected"), TABLE)
def test_table(name, text, fields, expected) -> None:
    assert_table_row(name, text, fields, expected)


def test_unknown_profile_never_fires() -> None:
    hits = extract_signals("Hello", sender_connections=None, sender_account_age_days="",
                           sender_has_photo="", sender_company="", sender_company_url="")
    assert hits == []


def test_frame_matches_single_on_all_examples() -> None:
    rows = [
        {"message": ex.message, **ex.fields}
        for s in REGISTRY for ex in (*s.examples, *s.counterexamples)
    ] + [{"message": text, **fields} for _, text, fields, _ in TABLE]
    df = pd.DataFrame(rows)
    frame = extract_signals_frame(df)
    assert list(frame.columns) == list(SIGNAL_NAMES)
    for i, row in enumerate(rows):
        single = {h.name for h in extract_signals(row)}
        assert single == {c for c in frame.columns if frame.iloc[i][c]}, row["message"]


def test_frame_matches_single_on_the_handwritten_data() -> None:
    """1,050 realistic approaches through both paths (the column path runs its superset pass,
    then the exact patterns on the rows it lets through)."""
    from training.build import load_handwritten

    df = load_handwritten()
    frame = extract_signals_frame(df)
    single = [{h.name for h in extract_signals(row)} for row in df.to_dict("records")]
    cols = list(frame.columns)
    batch = [{cols[j] for j in np.flatnonzero(r)} for r in frame.to_numpy()]
    mismatched = [i for i, (a, b) in enumerate(zip(single, batch, strict=True)) if a != b]
    assert not mismatched, df.iloc[mismatched[:3]]["message"].tolist()


def test_frame_keeps_index_and_ignores_other_columns() -> None:
    df = pd.DataFrame({"message": ["hi", "add me on telegram"], "sender_name": ["Signal", "X"],
                       "id": [7, 9]}, index=[10, 3])
    out = extract_signals_frame(df)
    assert list(out.index) == [10, 3]
    assert out.loc[3, "off_platform_request"] == 1
    assert out.loc[10].sum() == 0


def test_frame_subset_and_errors() -> None:
    df = pd.DataFrame({"message": ["add me on telegram"]})
    assert list(extract_signals_frame(df, signals=["urgency"]).columns) == ["urgency"]
    with pytest.raises(rs.InputError):
        extract_signals_frame(df, signals=["nope"])
    with pytest.raises(rs.InputError):
        extract_signals_frame(["not", "a", "frame"])  # type: ignore[arg-type]


def test_hit_to_dict_is_json_ready() -> None:
    import json

    hits = extract_signals("Add me on WhatsApp", sender_account_age_days=3)
    data = json.loads(json.dumps([h.to_dict() for h in hits]))
    assert data[0]["evidence"][0]["snippet"] == "WhatsApp"
    assert data[1]["evidence"][0] == {"field": "sender_account_age_days", "start": None,
                                      "end": None, "snippet": "sender_account_age_days = 3 days"}


def test_batch_takes_the_columns_own_arrow_strings() -> None:
    """make_batch keeps pandas' own Arrow strings as a text field's original Arrow array (no
    conversion): the same texts as converting the field's list, missing values as ""; not for
    a column with a compacted row, nor one that holds no strings."""
    import pyarrow as pa

    from recruitscore.signals import make_batch
    from recruitscore.signals.base import _to_arrow

    df = pd.DataFrame({
        "message": ["Add me on WhatsApp", None, "é \u200b x", ""] * 10,
        "sender_company": pd.Series(["Acme", None] * 20, dtype=pd.ArrowDtype(pa.string())),
        "sender_headline": pd.Series(["CTO", None] * 20, dtype=object),
        "target_headline": pd.Series([1, 2] * 20, dtype=pd.ArrowDtype(pa.int64())),
    })
    batch, _ = make_batch(df)
    assert {f for f, original in batch._arrow if original} == {"message", "sender_company"}
    for (name, _original), arr in batch._arrow.items():
        assert arr.equals(_to_arrow(batch.raw(name))), name
    padded = pd.DataFrame({"message": ["Hi " + "a" * 600 + " there", "x"] * 20})
    batch, problems = make_batch(padded)
    assert problems[0] and not batch._arrow
    assert (extract_signals_frame(df).to_numpy()
            == extract_signals_frame(df.astype(object)).to_numpy()).all()
