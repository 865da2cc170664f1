"""Red-team round 13 (helper-226, /work/exp/red44): what was fixed (rules R34-D, R34-E), on both
paths (one message and a 40-row frame, which takes the column-wise path)."""

from __future__ import annotations

import pandas as pd
import pytest

import recruitscore as rs

LURE_EN = ("My client would pay USD 3,000 for a short report on your current projects. Please "
           "keep this between us.")
LURE_FR = ("Mon client paierait 3 000 € pour une courte note sur vos projets actuels. Gardez "
           "cela entre nous.")


def _both(text: str) -> tuple[float, set[str]]:
    """Risk and fired signals of ``text`` alone and in a 40-row frame (asserted equal)."""
    one = rs.score(text)
    frame = rs.score_frame(pd.DataFrame({"message": [text] + ["Hello there."] * 39}))
    assert frame.loc[0, "risk"] == pytest.approx(one.risk, abs=1e-6)
    assert set(filter(None, str(frame.loc[0, "signals"]).split(";"))) == {
        h.name for h in one.hits}
    return one.risk, {h.name for h in one.hits}


@pytest.mark.parametrize("lure", [LURE_EN, LURE_FR])
@pytest.mark.parametrize("wrap", ["Hello Anna, <!-- {} -->", "<!--{}-->", "{} <!-- -->",
                                  "Bonjour, <!-- {} --!> Cordialement"])
def test_a_comment_in_a_plain_text_message_is_read(lure: str, wrap: str) -> None:
    """R34-D (H1): a plain-text message shows "<!-- ... -->" as written."""
    risk, fired = _both(wrap.format(lure))
    assert {"paid_report", "secrecy"} <= fired
    assert risk > 0.9


@pytest.mark.parametrize("lure", [LURE_EN, LURE_FR])
@pytest.mark.parametrize("wrap", ["<p>Hello Anna,</p><!-- {} --><p>See you soon.</p>",
                                  "Hello Anna,<br> <!-- {} -->", "Hi <Firstname>, <!-- {} -->",
                                  "Hello Anna<!-- {} -->Regards"])
def test_a_comment_is_read_as_hidden_text_is(lure: str, wrap: str) -> None:
    """R34-G (review45 H3): behind a fake tag, in HTML or glued to words, a comment's red
    flags count, as hidden HTML text's do."""
    _, fired = _both(wrap.format(lure))
    assert {"paid_report", "secrecy"} <= fired


def test_a_counter_signal_in_a_comment_does_not_count() -> None:
    """The displayed reading, where counter-signals come from, drops comments."""
    hidden, fired = _both("Great role! <!-- The technical assessment runs on HackerRank. -->")
    assert "standard_assessment_platform" not in fired
    shown, fired = _both("Great role! The technical assessment runs on HackerRank.")
    assert "standard_assessment_platform" in fired
    assert hidden >= shown


@pytest.mark.parametrize("text", ["x<!-->y add me on whatsapp", "x<!--->y add me on whatsapp"])
def test_empty_comments_still_go(text: str) -> None:
    _, fired = _both(text)
    assert "off_platform_request" in fired


@pytest.mark.parametrize("text", [
    "Bonjour, l'entretien se tiendra sur Telegram avec notre responsable.",
    "Bonjour, l'entretien se déroule sur Telegram.",
    "Bonjour, votre entretien d'embauche se fera sur Telegram.",
    "Bonjour, l'entrevue se fera sur Telegram.",
    "Bonjour, l'entretien se fera via l'appli Telegram.",
    "Bonjour, l'entretien se fera en ligne sur Telegram.",
    "Bonjour, l'entretien se fera sur la messagerie Telegram.",
    "Bonjour, l'entretien se fera par tchat sur WhatsApp.",
    "Bonjour, entretien par texto demain matin.",
])
def test_french_interviews_by_chat(text: str) -> None:
    """R34-E (H3)."""
    _, fired = _both(text)
    assert "chat_only_interview" in fired


@pytest.mark.parametrize("text", [
    "L'entretien se fera sur Teams, puis un échange par mail.",
    "L'entrevue se tiendra en ligne via Zoom ; le lien suit par message.",
])
def test_french_video_interviews_are_no_chat_interviews(text: str) -> None:
    _, fired = _both(text)
    assert "chat_only_interview" not in fired


_PAID_FR = "Mon client paierait 3 000 € pour une courte note sur vos projets. "


@pytest.mark.parametrize("ask", [
    "Pas un mot à ton employeur.", "Ne mets pas ton employeur au courant.",
    "Gardez ça pour vous.", "N'en parle pas au boulot.",
    "Confidentiel vis-à-vis de votre employeur.", "Motus et bouche cousue.",
    "N'en dis rien à ton employeur.", "Ton employeur n'a pas à le savoir.",
    "C'est entre nous. Ton employeur n'a pas à le savoir.",
])
def test_french_secrecy(ask: str) -> None:
    """R34-E (H4): each missed before, after a paid report."""
    risk, fired = _both(_PAID_FR + ask)
    assert "secrecy" in fired
    assert risk >= rs.score(_PAID_FR).risk


@pytest.mark.parametrize("ask", ["Your employer doesn't need to know.",
                                 "Not a word to your employer."])
def test_english_secrecy(ask: str) -> None:
    _, fired = _both("My client would pay $3,000 for a short note on your projects. " + ask)
    assert "secrecy" in fired


@pytest.mark.parametrize("text", [
    "Discrétion assurée, votre candidature reste confidentielle.",
    # review45 H1 (rule R34-G): headhunters' and HR's discretion
    "Bonjour, n'hésitez pas à rester discret sur votre recherche d'emploi, nous ne contacterons "
    "jamais votre employeur actuel sans votre accord.",
    "Je mène une recherche confidentielle pour un groupe du CAC 40. Discrétion absolue exigée "
    "de notre part comme de celle du client.",
    "Merci de rester discrète sur les informations salariales que je vous ai transmises.",
    "Nous vous remercions de rester discret sur le contenu de l'entretien technique.",
    "Discrétion exigée : merci de ne pas partager l'exercice technique sur internet.",
    "Bien entendu, c'est entre nous pour le moment, votre employeur ne sera jamais contacté.",
    "Entre nous soit dit, le marché est difficile en ce moment.",
    "C'est entre nous et le client final que se joue la décision.",
    "Gardez ce lien pour vous connecter à l'entretien.",
    "Le poste est confidentiel.",
    "If you'd rather your current employer doesn't find out, we keep every application "
    "confidential.",
    "Between you and me and the hiring manager, the role is senior.",
])
def test_discretion_promised_or_talked_about_is_no_secrecy(text: str) -> None:
    _, fired = _both(text)
    assert "secrecy" not in fired


@pytest.mark.parametrize("mark", ["\u00b7", ".", "-", "/", "\u2022"])
def test_french_inclusive_writing_reads_as_the_word(mark: str) -> None:
    """R34-D2 (H2): « sélectionné·e » took offer_without_interview away (0.756 -> 0.365); it
    reads as « sélectionné »."""
    text = f"Félicitations, vous avez été sélectionné{mark}e pour le poste. Vous commencez lundi."
    risk, fired = _both(text)
    assert "offer_without_interview" in fired
    plain = "Félicitations, vous avez été sélectionné pour le poste. Vous commencez lundi."
    assert risk == pytest.approx(rs.score(plain).risk, abs=1e-6)


@pytest.mark.parametrize(("text", "read"), [
    ("Les candidat·e·s retenu·e·s", "les candidat retenu"),
    ("retenu.e.s au poste", "retenu au poste"),
    ("embauché-e-s", "embauche"),
    ("SÉLECTIONNÉ·E", "selectionne"),
    ("Personne n`a besoin de le savoir.", "personne n'a besoin de le savoir."),
    ("votre pièce d`identité", "votre piece d'identite"),
    # hosts, addresses, English words and code stay as written
    ("john.e@x.com, my-e.com, ejemplo.es", "john.e@x.com, my-e.com, ejemplo.es"),
    ("i.e. re-enter your e-mail", "i.e. re-enter your e-mail"),
    ("run `npm i` then `npm start`", "run `npm i` then `npm start`"),
])
def test_inclusive_writing_and_backticks_are_read_as_written_elsewhere(text: str, read: str
                                                                        ) -> None:
    from recruitscore.normalize import normalize

    assert normalize(text).text == read


def test_a_backtick_elision_keeps_secrecy() -> None:
    """R34-D2 (M1): « Personne n`a besoin de le savoir. » lost secrecy (0.952 -> 0.615)."""
    _, fired = _both("Mon client paie bien. Personne n`a besoin de le savoir.")
    assert "secrecy" in fired


def test_the_inclusive_patterns_find_what_one_pattern_would() -> None:
    """R34-D2's reading is split in two patterns that start with their mark (speed: a pattern
    that starts with a lookbehind is tried at every position); they find the same matches as
    the single pattern it was first written as."""
    import random
    import re

    from recruitscore.normalize import _INCLUSIVE, _INCLUSIVE_DOT

    single = re.compile(
        "(?<=[^\\W\\d_]{2})(?:([\u00b7\u2022\u2027\u22c5\u2219])(e|es|s)(?:([\u00b7\u2022\u2027"
        "\u22c5\u2219])(s))?|(\\.)(e)(?:(\\.)(s))?|(?<=\u00e9)(\\.)(es)|([-/])(e|es)"
        "(?:([-/])(s))?)(?=[\\s,;:!?)\u00bb\"'\u2026\u2019\\]\u2014]|\\.(?:\\s|$)|$)",
        re.IGNORECASE)
    rng = random.Random(34)
    chars = list("ab \u00e9\u00c9eEsS.-/\u00b7\u2022, \n'\u2019)")
    for _ in range(20000):
        text = "".join(rng.choice(chars) for _ in range(rng.randint(0, 12)))
        assert [m.span() for m in single.finditer(text)] == sorted(
            [m.span() for m in _INCLUSIVE.finditer(text)]
            + [m.span() for m in _INCLUSIVE_DOT.finditer(text)]), text
