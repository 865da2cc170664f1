"""Hostile input (issue 12): padding, huge headers, lone surrogates, leftovers after a kill,
impossible profile values, formula injection and output that must read back."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

import recruitscore as rs
from recruitscore import _workers
from recruitscore.cli import app
from recruitscore.errors import InputError
from recruitscore.io import DecodedStream, iter_csv_chunks, iter_jsonl_chunks, score_file
from recruitscore.schema import Approach
from recruitscore.scoring import get_default_model, score_windows
from recruitscore.signals import MAX_FIELD_CHARS, extract_signals, get_signal, make_batch
from recruitscore.tables import MAX_COLUMNS, read_table

from .assertions import assert_table_row, sigterm_midway, wait_for

HOSTILE = "Add me on WhatsApp, keep it between us, my client pays USD 2000 per report"
#: Tolerance on the risk of a padded hostile message (the unpadded risk minus this).
TOLERANCE = 0.02
runner = CliRunner()


@pytest.fixture(scope="module")
def base() -> rs.ScoreResult:
    return rs.score(HOSTILE)


def red_flags(result: rs.ScoreResult) -> set[str]:
    return {h.name for h in result.hits if h.polarity == "risk"}


def assert_keeps_flag(result: rs.ScoreResult, base: rs.ScoreResult) -> None:
    assert red_flags(base) <= red_flags(result), (red_flags(base), red_flags(result))
    assert result.risk >= base.risk - TOLERANCE, (result.risk, base.risk)


def assert_spans_in(text: str, result: rs.ScoreResult) -> None:
    for hit in result.hits:
        for ev in hit.evidence:
            if ev.field == "message":
                assert text[ev.start:ev.end] == ev.snippet, (hit.name, ev)


# -- 1. padding -------------------------------------------------------------------------------
PADDINGS = {
    "zero-width": "\u200b" * 100_000,
    "spaces": " " * 300_000,
    "dots": "." * 150_000,
    "mixed": "\u200b \u2060\n\ufeff\t" * 40_000,
}


@pytest.mark.parametrize("message", [
    HOSTILE, "Merci de cloner notre dépôt et de l'exécuter avant notre appel. N'en parlez pas à "
    "votre employeur."])
@pytest.mark.parametrize("links", ["https://x.y", "www.example.org/jobs", "https://github.com/a/b"])
def test_appended_links_do_not_lower_a_risk(message: str, links: str) -> None:
    """Web addresses are not wording (rule R16-E): appending many of them, a path or a repo,
    leaves the risk as it was, in both paths."""
    base = rs.score(message)
    padded = message + " " + " ".join([links] * 20)
    result = rs.score(padded)
    assert_keeps_flag(result, base)
    frame = rs.score_frame(pd.DataFrame({"message": [padded]}))
    assert abs(float(frame["risk"].iloc[0]) - result.risk) < 1e-6


@pytest.mark.parametrize("label", ["Subject: ", "Objet : ", "Re: ", "Fwd: ", "From: x\nSubject: "])
def test_header_labels_are_not_wording(label: str) -> None:
    """E-mail header labels are the format, not the sender's words (rule R16-F): a message
    scores the same with them (its subject's own words are wording as usual)."""
    for message in (HOSTILE, "Bonjour, votre candidature a retenu notre attention."):
        assert abs(rs.score(label + message).risk - rs.score(message).risk) < 1e-9, label


# greeting and closing formulas (rule R24-D): (formula, what the n-grams still see of it)
COURTESY_CASES = [
    ("Best regards,", ","), ("Kind Regards", ""), ("With warmest regards,", ","),
    ("All the best!", "!"), ("Yours sincerely", ""), ("Sincerely yours,", ","),
    ("Have a great day.", "."), ("Wishing you a wonderful weekend!", "!"),
    ("We look forward to hearing from you.", "."), ("I'm looking forward to your reply", ""),
    ("I hope this email finds you well.", "."), ("Hope you are doing well!", "!"),
    ("Bien à vous,", ","), ("Bien cordialement", ""), ("Sincères salutations.", "."),
    ("Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.",
     "."),
    ("Veuillez recevoir nos meilleures salutations", ""), ("Excellente fin de journée !", "!"),
    ("Je vous souhaite une très belle semaine.", "."), ("Au plaisir de vous lire.", "."),
    ("Dans l'attente de votre retour,", ","), ("J'espère que vous allez bien.", "."),
    ("Sincerely,", ","), ("Truly yours,", ","), ("I hope you are well.", "."),
    ("All the very best", ""), ("Hope all is well with you", ""),
    ("We wish you all the very best.", "."),
    # rule R29-F: sign-offs, thanks, offers to answer
    ("À bientôt.", "."), ("À très bientôt !", "!"), ("Talk soon,", ","),
    ("Speak to you soon.", "."), ("Cheers!", "!"), ("Take care,", ","),
    ("Thanks in advance.", "."), ("Thank you so much for your time and consideration.", "."),
    ("I remain at your disposal for any further questions.", "."),
    ("We remain available to discuss.", "."),
    ("Please don't hesitate to contact me.", "."), ("Feel free to reach out.", "."),
    ("Let me know if you have any questions.", "."), ("Hope to hear from you soon!", "!"),
    ("Looking forward to speaking with you.", "."), ("Merci d'avance !", "!"),
    ("Je vous remercie par avance pour votre retour.", "."),
    ("Je reste à votre entière disposition pour toute information complémentaire.", "."),
    ("N’hésitez pas à revenir vers moi.", "."), ("Au plaisir de vous rencontrer.", "."),
    ("Bonne continuation,", ","), ("Bon week-end !", "!"),
]
#: the same words doing something else stay wording
NOT_COURTESY = [
    "With regards to your application, the role is in Lyon.",
    "We hire the best engineers and we look forward to building it with them.",
    "The best day rate in the market.", "Nous vous souhaitons la bienvenue dans l'équipe.",
    "Nos salutations à votre directeur.", "Je vous attends demain.",
    "Looking forward to the interview on Monday.",
    # review31: words of a formula that end no clause say something else
    "We truly value your research.", "We sincerely think you would like the team.",
    # rule R29-F: the same words saying something else
    "Take care of the deployment before the launch.", "Cheers to the whole team for the release.",
    "The role is available soon, and we remain available on weekends for support.",
    "Je reste disponible le mardi et le jeudi.", "Merci de cloner notre dépôt.",
    "Nous serons à Lyon bientôt.", "Thank you for your patch to the parser.",
]


@pytest.mark.parametrize(("formula", "left"), COURTESY_CASES)
def test_courtesy_formulas_are_not_wording(formula: str, left: str) -> None:
    """Greeting and closing formulas say nothing of what a message asks and anyone can append
    them (rule R24-D): they are cut from the n-gram text, so appending one to a message leaves
    its text part, and its risk, as they were, in both paths."""
    from recruitscore.normalize import fast_normalize
    from recruitscore.text import ngram_form

    assert ngram_form(fast_normalize(formula)).strip() == left
    for message in (HOSTILE, "Merci de cloner notre dépôt avant notre appel.",
                    "We are hiring a data engineer in Lyon, salary 55-60k EUR."):
        padded = message + "\n\n" + formula
        result = rs.score(padded)
        assert result.risk == pytest.approx(rs.score(message).risk, abs=1e-9), formula
        frame = rs.score_frame(pd.DataFrame({"message": [padded] * 40}))
        assert np.allclose(frame["risk"], result.risk, atol=1e-9)


@pytest.mark.parametrize(("signed", "left"), [("All the best\nThe HR Team", "the hr team"),
                                              ("Hope you are doing great\nJo", "jo"),
                                              ("Bien à vous\nL'équipe RH", "l'equipe rh")])
def test_a_formula_before_a_line_break_is_cut(signed: str, left: str) -> None:
    """A sign-off on its own line, a name under it, is cut too (review32: the matching form
    has no line breaks, and "All the best" read before a name as wording unflagged 4 of 69
    hostile development messages)."""
    from recruitscore.normalize import fast_normalize
    from recruitscore.text import ngram_form

    assert ngram_form(fast_normalize(signed)).strip() == left


@pytest.mark.parametrize("text", NOT_COURTESY)
def test_words_of_formulas_elsewhere_stay_wording(text: str) -> None:
    from recruitscore.normalize import fast_normalize
    from recruitscore.text import analyze, ngram_form

    norm = fast_normalize(text)
    assert analyze(ngram_form(norm)) == analyze(norm)


# machine-inserted blocks (rules R26-A and R26-E): (block, the words the n-grams still see)
BOILERPLATE_CASES = [
    ("Microsoft Teams meeting\nJoin on your computer or mobile app\nClick here to join the "
     "meeting<https://teams.microsoft.com/l/meetup-join/19%3a>\nMeeting ID: 312 456 789 012\n"
     "Passcode: Xy7abc\nDownload Teams | Join on the web\nLearn more | Meeting options", ""),
    ("Join Zoom Meeting\nhttps://us02web.zoom.us/j/81234567890?pwd=abc\nMeeting ID: 812 3456 "
     "7890\nPasscode: 482913\nOne tap mobile\n+16465558931,,81234567890# US (New York)\n"
     "Dial by your location\n+1 646 555 8931 US (New York)\nFind your local number: "
     "https://us02web.zoom.us/u/kbx", ""),
    ("Réunion Microsoft Teams\nRejoindre sur votre ordinateur ou application mobile\n"
     "Cliquez ici pour rejoindre la réunion\nID de la réunion : 312 456 789 012\n"
     "Code secret : Xy7abc", ""),
    ("Join with Google Meet\nmeet.google.com/abc-defg-hij\nJoin by phone\n(US) +1 904-555-0126"
     " PIN: 219884530#", ""),
    ("Acme is an equal opportunity employer. All qualified applicants will receive "
     "consideration for employment without regard to race, color, religion, sex, sexual "
     "orientation, gender identity, national origin, disability or veteran status.", "acme"),
    ("If you need a reasonable accommodation during the interview process, please let us "
     "know.", ""),
    ("Tous nos postes sont ouverts aux personnes en situation de handicap.", ""),
    ("This e-mail and any attachments are confidential and may be legally privileged. If you "
     "are not the intended recipient, please notify the sender immediately and delete it. Any "
     "unauthorised use, disclosure or copying is prohibited.", ""),
    ("Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs "
     "destinataires. Si vous avez reçu ce message par erreur, merci d'en avertir immédiatement "
     "l'expéditeur et de le détruire.", ""),
    ("Please consider the environment before printing this email.", ""),
    ("Pensez à l'environnement avant d'imprimer ce mail.", ""),
    ("Sent from my iPhone", ""), ("Envoyé de mon iPhone", ""),
    # a reply attribution's date and "wrote:"; the name stays (not in the vocabulary)
    ("On Tue, 4 Mar 2025 at 09:41, Sam Lee <sam.lee@example.com> wrote:", "sam lee"),
    ("Le mar. 4 mars 2025 à 09:41, Sam Lee <sam.lee@example.com> a écrit :", "sam lee"),
]
#: the same words doing something else stay wording
NOT_BOILERPLATE = [
    "Please join the meeting with my client in Geneva, he pays well.",
    "This message is confidential, do not tell your employer.",
    "The archive is password protected (password: kc-test-0425), open it on your work laptop.",
    "Our Microsoft Teams setup requires the plugin for external candidates.",
    "We value diversity of thought in our research team.",
    "On 3 occasions my client paid researchers like you for a report.",
    "Merci de garder ce message confidentiel et de ne pas en parler à votre employeur.",
    "Le code secret de l'archive vous sera envoyé demain.",
]


@pytest.mark.parametrize(("block", "left"), BOILERPLATE_CASES)
def test_machine_inserted_blocks_are_not_wording(block: str, left: str) -> None:
    """Meeting join instructions, equal-opportunity statements, disclaimers, footers and reply
    attributions say nothing of what a message asks (rules R26-A, R26-E): they are cut from the
    n-gram text, so appending one leaves a message's wording as it was, in both paths (a
    block's signals, such as a video interview offered, still count)."""
    from recruitscore.normalize import fast_normalize
    from recruitscore.signals import make_batch
    from recruitscore.text import ngram_form, ngram_text, tokens

    assert " ".join(tokens(ngram_form(fast_normalize(block)))) == left
    for message in (HOSTILE, "Merci de cloner notre dépôt avant notre appel.",
                    "We are hiring a data engineer in Lyon, salary 55-60k EUR."):
        alone = tokens(ngram_form(fast_normalize(message)))
        padded = message + "\n\n" + block
        assert tokens(ngram_form(fast_normalize(padded))) == alone + tokens(left)
        batch, _ = make_batch(pd.DataFrame({"message": [padded] * 40}))
        assert {tuple(tokens(t)) for t in ngram_text(batch)} == {tuple(alone + tokens(left))}


#: hostile wording written after or inside a block's first words stays wording (review33):
#: (text, words the n-grams must still see)
INSIDE_BLOCKS = [
    ("Join Zoom Meeting (my client pays well for a short report on your lab)",
     ["client", "pays", "report", "lab"]),
    ("On Mon, 3 Mar 2025 at 10:12 my client paid researchers like you. He wrote: great",
     ["client", "paid", "researchers"]),
    ("Bonjour Claire, le mardi 3 mars, j'ai lu votre article. Un de mes clients m'a écrit : il "
     "paie bien pour une note.", ["article", "clients", "paie", "note"]),
    ("If you are not the intended recipient, please do not disclose this message to your "
     "company security. Reply immediately.", ["company", "security", "reply", "immediately"]),
    ("We are an equal opportunity employer. Our client pays in cash for your notes.",
     ["client", "pays", "cash", "notes"]),
    ("Meeting ID: 812 3456 7890 (keep this between us, my client pays for the report)",
     ["keep", "client", "pays", "report"]),
]


@pytest.mark.parametrize(("text", "words"), INSIDE_BLOCKS)
def test_hostile_wording_beside_a_block_stays_wording(text: str, words: list[str]) -> None:
    from recruitscore.normalize import fast_normalize
    from recruitscore.signals import make_batch
    from recruitscore.text import ngram_form, ngram_text, tokens

    kept = tokens(ngram_form(fast_normalize(text)))
    assert set(words) <= set(kept), kept
    # in a batch that mixes it with rows holding no block (the column path reads those)
    rows = [text, "We are hiring in Lyon. Write to jo@gmail.com", "plain words"] * 14
    batch, _ = make_batch(pd.DataFrame({"message": rows}))
    assert ngram_text(batch) == [ngram_form(t) for t in batch.norm("message")]


def test_the_block_prefilter_finds_every_block() -> None:
    """The batch path reads a row row by row when :data:`~recruitscore.text.BLOCK_PREFILTER`
    matches it: it must match wherever a kind of block does (every block of both sets, every
    sentence of them, every case above, and their tails from each word on)."""
    import json
    from pathlib import Path

    from recruitscore.normalize import fast_normalize
    from recruitscore.signals.base import compile_re2
    from recruitscore.signals.blocks import MEETING_TEMPLATE
    from recruitscore.text import BLOCK_PREFILTER, BOILERPLATE, MEETING_BLOCK

    prefilter = compile_re2(BLOCK_PREFILTER)
    kinds = [compile_re2(BOILERPLATE), compile_re2(MEETING_BLOCK), compile_re2(MEETING_TEMPLATE)]
    texts = [b for b, _ in BOILERPLATE_CASES] + [t for t, _ in INSIDE_BLOCKS]
    for name in ("blocks_set1.json", "blocks_set2.json"):
        path = Path(__file__).resolve().parents[1] / "data" / "probes" / name
        texts += [b for items in json.loads(path.read_text("utf-8")).values() for b in items]
    checked = 0
    for text in texts:
        norm = fast_normalize(text)
        starts = [0] + [i + 1 for i, c in enumerate(norm) if c == " "]
        for start in starts:
            tail = norm[start:]
            if any(k.search(tail) for k in kinds):
                checked += 1
                assert prefilter.search(tail), tail[:80]
    assert checked > 1000


def _meeting_blocks() -> list[str]:
    """The video-meeting blocks of both sets of blocks (development material)."""
    from pathlib import Path

    out = []
    for name in ("blocks_set1.json", "blocks_set2.json"):
        path = Path(__file__).resolve().parents[1] / "data" / "probes" / name
        sets = json.loads(path.read_text("utf-8"))
        out += [b for kind in ("teams", "zoom", "meet_webex") for b in sets[kind]]
    return out


def test_meeting_blocks_are_no_evidence() -> None:
    """A meeting tool's join instructions are written by the tool (rule R28-A): no dial-in
    number of theirs is a request to move off the platform, in either path, and the
    counter-signal of an offered video interview fires on at most the two blocks whose "Webex
    meeting" heading reads like a sender's own words (both paths alike)."""
    from recruitscore.signals import extract_signals_frame

    blocks = _meeting_blocks()
    rows = ["Thanks, see you then.\n\n" + b for b in blocks]
    frame = extract_signals_frame(pd.DataFrame({"message": rows * 2}))  # > 32 rows: columns
    single = [{h.name for h in extract_signals(Approach(message=r))} for r in rows]
    assert not frame["off_platform_request"].any()
    assert not any("off_platform_request" in names for names in single)
    offered = [i for i, names in enumerate(single) if "video_interview_offered" in names]
    assert len(offered) <= 2, [blocks[i][:60] for i in offered]
    assert frame["video_interview_offered"].to_numpy()[:len(rows)].nonzero()[0].tolist() == offered


_TEAMS_HEAD = ("Microsoft Teams meeting\nJoin on your computer or mobile app\nClick here to join "
               "the meeting\nMeeting ID: 245 118 963 452\nPasscode: a7XkQ2\n")
#: what a sender writes into or beside a block stays evidence: (text, expected snippets)
SENDER_IN_BLOCKS = [
    (_TEAMS_HEAD + "Or call in (audio only)\n+44 7700 900123 (WhatsApp)",
     ["+44 7700 900123", "WhatsApp"]),
    (_TEAMS_HEAD + "Dial by your location\n+44 7700 900123 US (Signal)", ["+44 7700 900123"]),
    (_TEAMS_HEAD + "Or call in (audio only)\n+44 7700 900123 skype", ["+44 7700 900123", "skype"]),
    ("Join Zoom Meeting\nhttps://wa.me/447700900123\nMeeting ID: 833 1726 4508", ["wa.me/"]),
    ("Join Zoom Meeting https://t.me/aurora_hr Meeting ID: 833 1726 4508", ["t.me/aurora_hr"]),
    (_TEAMS_HEAD + "\nPlease add me on WhatsApp +44 7700 900123 instead.",
     ["WhatsApp", "+44 7700 900123"]),
    ("Réunion Microsoft Teams\nCliquez ici pour rejoindre la réunion\nID de réunion : 245 118 963"
     " 452\nOu composer le numéro (audio uniquement)\n+33 6 12 34 56 78 (Télégram)",
     ["+33 6 12 34 56 78", "Télégram"]),
    ("Réunion Microsoft Teams\nCliquez ici pour rejoindre la réunion\n\nÉcrivez-moi plutôt sur "
     "WhatsApp au +33 6 12 34 56 78.", ["WhatsApp", "+33 6 12 34 56 78"]),
    # review35: a sender's request in block words, in a dial-in place, in a platform link
    ("Thanks for your time. You can also dial my personal number +44 7700 900123 anytime.",
     ["my personal number", "+44 7700 900123"]),
    ("Thanks.\n\nJoin Zoom Meeting\nOr call on my personal phone +44 7700 900123",
     ["my personal phone", "+44 7700 900123"]),
    (_TEAMS_HEAD + "Or call in (audio only)\n+44 7700 900123 (text me on this)",
     ["+44 7700 900123", "text me on"]),
    (_TEAMS_HEAD + "Or call in (audio only)\n+44 7700 900123 (anna at gmail dot com)",
     ["anna at gmail dot com"]),
    ("Join Zoom Meeting\nOne tap mobile\n+16465588656,,84512345678# call me on +44 7700 900123",
     ["call me on", "+44 7700 900123"]),
    ("Join Zoom Meeting\nhttps://zoom.us/j/1?r=t.me/aurora99", ["t.me/aurora99"]),
    ("Join Microsoft Teams Meeting\nhttps://teams.microsoft.com/l/meetup-join/x?u=https://wa.me/"
     "447700900123", ["wa.me/"]),
    ("Bonjour.\n\nRéunion Microsoft Teams\nOu appelez le 06 12 34 56 78 (mon numéro perso)",
     ["06 12 34 56 78", "mon numéro perso"]),
]
#: dial-in lists as the tools print them: no number is the sender's (review35 M1)
DIAL_IN_LISTS = [
    "See you.\n\nJoin Zoom Meeting\nMeeting ID: 845 1234 5678\nDial by your location\n"
    "        +49 69 3807 9883 Germany\n        +49 695 050 2596 Germany\n"
    "        +31 20 794 0854 Netherlands\n        +61 2 8015 6011 Australia",
    "See you.\n\nJoin Zoom Meeting\nMeeting ID: 845 1234 5678\nDial by your location\n"
    + "".join(f"        +1 312 626 67{i:02d} US (Chicago)\n" for i in range(40)),
]


@pytest.mark.parametrize("text", DIAL_IN_LISTS)
def test_a_dial_in_list_is_no_request(text: str) -> None:
    from recruitscore.signals import extract_signals_frame

    assert_table_row("off_platform_request", text, {}, None)
    frame = extract_signals_frame(pd.DataFrame({"message": [text, "plain words"] * 20}))
    assert not frame["off_platform_request"].any()


@pytest.mark.parametrize(("text", "expected"), SENDER_IN_BLOCKS)
def test_a_senders_channel_in_a_meeting_block_still_fires(text: str, expected: list[str]) -> None:
    from recruitscore.signals import extract_signals_frame

    assert_table_row("off_platform_request", text, {}, expected)
    frame = extract_signals_frame(pd.DataFrame({"message": [text, "plain words"] * 20}))
    assert frame["off_platform_request"].to_numpy()[::2].all()


@pytest.mark.parametrize("text", NOT_BOILERPLATE)
def test_words_of_blocks_elsewhere_stay_wording(text: str) -> None:
    from recruitscore.normalize import fast_normalize
    from recruitscore.text import analyze, ngram_form

    norm = fast_normalize(text)
    assert analyze(ngram_form(norm)) == analyze(norm)


@pytest.mark.parametrize("kind", list(PADDINGS))
def test_padding_evasion_api_score(kind: str, base: rs.ScoreResult) -> None:
    text = PADDINGS[kind] + HOSTILE
    result = rs.score(text)
    assert_keeps_flag(result, base)
    assert "padded_text" in red_flags(result)
    assert any("removed before scoring" in p for p in result.problems), result.problems
    assert "note: message:" in result.explain()
    assert_spans_in(text, result)


def test_padding_evasion_api_score_frame(base: rs.ScoreResult) -> None:
    df = pd.DataFrame({"id": list(PADDINGS),
                       "message": [p + HOSTILE for p in PADDINGS.values()]})
    out = rs.score_frame(df)
    for _, row in out.iterrows():
        assert red_flags(base) | {"padded_text"} <= set(row["signals"].split(";")), row["id"]
        assert row["risk"] >= base.risk - TOLERANCE
        assert "removed before scoring" in row["error"]
        assert "empty message" not in row["error"]


def test_padding_evasion_cli_score(tmp_path: Path, base: rs.ScoreResult) -> None:
    src = tmp_path / "in.csv"
    with src.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "message"])
        w.writerow(["1", " " * 200_000 + HOSTILE])
        w.writerow(["2", "\u200b" * 100_000 + HOSTILE])
    result = runner.invoke(app, ["score", str(src), "-o", str(tmp_path / "out.csv"), "-q"])
    assert result.exit_code == 0, result.stderr
    out = pd.read_csv(tmp_path / "out.csv", dtype=str, keep_default_na=False)
    for _, row in out.iterrows():
        assert "padded_text" in row["signals"] and "off_platform_request" in row["signals"]
        assert "removed before scoring" in row["error"] and "empty" not in row["error"]
        assert float(row["risk"]) >= base.risk - TOLERANCE


def test_padding_evasion_cli_explain() -> None:
    result = runner.invoke(app, ["explain", "-", "--json"], input="\u200b" * 100_000 + HOSTILE)
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert "padded_text" in [s["name"] for s in data["signals"]]
    assert any("removed before scoring" in p for p in data["problems"])
    assert "note: message:" in result.stderr


def test_padding_evasion_long_text_is_truncated_visibly(base: rs.ScoreResult) -> None:
    # distinct (not repeated) filler beyond the limit: head and tail are scored, and it says so
    filler = " ".join(f"word{i}" for i in range(40_000))
    result = rs.score(filler + " " + HOSTILE)
    assert red_flags(base) <= red_flags(result)
    assert any("in the middle not scored" in p for p in result.problems), result.problems


HOSTILE_FR = ("Ajoutez-moi sur WhatsApp, mon client paie 2 000 USD par rapport, gardez cela "
              "entre nous.")


def _drawn(codes: list[int], size: int, seed: int) -> str:
    """``size`` characters drawn at random from ``codes`` (no period to find)."""
    import random

    rng = random.Random(seed)
    return "".join(chr(rng.choice(codes)) for _ in range(size))


#: Invisible padding that a hand list of invisible characters missed (red-team round 7, F1):
#: default-ignorable code points (some unassigned) and format characters, 60,000 on each side
#: of the message, pushed it out of the first and last 50,000 characters that are scored.
INVISIBLE_PADDINGS = {
    "default-ignorable mix": _drawn([0x2065, *range(0xFFF0, 0xFFF9), *range(0x1BCA0, 0x1BCA4)],
                                    60_000, 7),
    "unassigned tags, period 128": "".join(chr(0xE0080 + i % 128) for i in range(60_000)),
    "deprecated format characters": _drawn(list(range(0x206A, 0x2070)), 60_000, 8),
    "annotation and hieroglyph format": _drawn([*range(0xFFF9, 0xFFFC),
                                                *range(0x13430, 0x13439)], 60_000, 9),
    "variation selectors 17-256 and tags": _drawn([*range(0xE0100, 0xE01F0),
                                                   *range(0xE01F0, 0xE0300)], 60_000, 10),
}


@pytest.mark.parametrize("kind", list(INVISIBLE_PADDINGS))
@pytest.mark.parametrize("lure", [HOSTILE, HOSTILE_FR], ids=["en", "fr"])
def test_invisible_padding_on_both_sides_is_cut(kind: str, lure: str) -> None:
    pad = INVISIBLE_PADDINGS[kind]
    text = pad + lure + pad
    base, result = rs.score(lure), rs.score(text)
    assert_keeps_flag(result, base)
    assert "padded_text" in red_flags(result)
    assert not any("not scored" in p for p in result.problems), result.problems
    assert_spans_in(text, result)
    (padded,) = [h for h in result.hits if h.name == "padded_text"]
    assert all(ev.end <= len(pad) for ev in padded.evidence)  # in the padding, as written
    frame = rs.score_frame(pd.DataFrame({"message": ["Hello", text, "Hi"]}))
    assert set(frame.loc[1, "signals"].split(";")) == {h.name for h in result.hits}
    assert frame.loc[1, "risk"] == pytest.approx(result.risk, abs=1e-6)


_JOB = ("Hello, I have a senior data engineer role at Acme in Lyon, 60-70k, CDI, hybrid, two "
        "days remote. Interested in a call next week? ")
_JOB_FR = ("Bonjour, nous recrutons un ingénieur données confirmé à Lyon, 55-65 k€, CDI, "
           "hybride. Seriez-vous disponible pour un échange la semaine prochaine ? ")


def _fill(unit: str, size: int = 55_000) -> str:
    return unit * (size // len(unit) + 1)


#: Filler made of copies (red-team round 7, F2): a sentence longer than the 64 characters the
#: short-period cut knew, on each side of the message, pushed it out of the scored head and
#: tail (0.996 -> 0.025, no signal). First copy of the filler as padded_text's evidence.
REPEATED_PADDINGS = {
    "129-character sentence": (_fill(_JOB), _JOB.rstrip()),
    "French sentence": (_fill(_JOB_FR), _JOB_FR.rstrip()),
    "65-character sentence": (_fill("We are a friendly team in Lyon and we hire all year "
                                    "round. Hi! "),
                              "We are a friendly team in Lyon and we hire all year round."),
    "line repeated, no end mark": (_fill("Acme Corp - data engineering - Lyon - hybrid - CDI - "
                                         "60-70k - apply by e-mail today\n"),
                                   "Acme Corp - data engineering - Lyon - hybrid - CDI - 60-70k"),
    "sentences in random order": ("".join(__import__("random").Random(3).choice(
        [f"Our office number {i} in Lyon is open to visitors on weekdays. " for i in range(30)])
        for _ in range(1_800)), None),
    "70 emoji in a cycle": (_fill("".join(chr(0x1F600 + i) for i in range(70))),
                            "".join(chr(0x1F600 + i) for i in range(32))),
    "129 characters, no sentence end": (_fill(_JOB.replace(".", ",").replace("?", ",")),
                                        _JOB[:64]),
}


@pytest.mark.parametrize("kind", list(REPEATED_PADDINGS))
@pytest.mark.parametrize("lure", [HOSTILE, HOSTILE_FR], ids=["en", "fr"])
def test_repeated_padding_on_both_sides_is_cut(kind: str, lure: str) -> None:
    pad, first = REPEATED_PADDINGS[kind]
    text = pad + lure + " " + pad
    result = rs.score(text)
    # (benign wording that the reader sees lowers the risk a little, as it does in a shorter
    # text: compared with 6 kB of the same filler on each side, where copies weigh as one)
    unit = pad[:3 * 2048]
    assert_keeps_flag(result, rs.score(unit + lure + " " + unit))
    assert result.flagged and red_flags(rs.score(lure)) <= red_flags(result)
    assert "padded_text" in red_flags(result)
    assert any("repeated characters removed" in p for p in result.problems), result.problems
    assert not any("not scored" in p for p in result.problems), result.problems
    assert_spans_in(text, result)
    (padded,) = [h for h in result.hits if h.name == "padded_text"]
    (ev,) = padded.evidence
    assert ev.end <= len(pad) and (first is None or ev.snippet.startswith(first[:64]))
    frame = rs.score_frame(pd.DataFrame({"message": ["Hello", text, "Hi"]}))
    assert set(frame.loc[1, "signals"].split(";")) == {h.name for h in result.hits}
    assert frame.loc[1, "risk"] == pytest.approx(result.risk, abs=1e-6)


#: Ordinary messages that repeat something a few times (a signature, list lines, emoji) or
#: that are long: no padding, nothing cut, the same reading (counterexamples of F2, F1/F3).
ORDINARY_REPEATS = [
    "Thanks for your time.\n\nBest regards,\nAnna Smith\nTalent team\n\n"
    "Best regards,\nAnna Smith\nTalent team",
    "Cordialement,\nMarie Dupont\nRecrutement\n" * 2 + "Cordialement,\nMarie Dupont",
    "Requirements:\n- Python\n- SQL\n- Python\n- SQL\n- Python\n- SQL\n- English\n- TBD\n"
    "- TBD\n- TBD\n- TBD",
    "Compétences :\n• Python\n• à définir\n• à définir\n• à définir\n• anglais courant",
    "Great profile! \U0001f44d\U0001f44d\U0001f44d Let's talk next week.",
    "Félicitations ! Votre candidature a été retenue pour un entretien à Paris. " * 3,
    "我们正在招聘数据工程师。工作地点在上海。我们正在招聘数据工程师。欢迎回复。",
    ("We are hiring. " + " ".join(f"Line {i} of our long job description." for i in range(600))),
]


@pytest.mark.parametrize("text", ORDINARY_REPEATS)
def test_ordinary_repetition_is_not_padding(text: str) -> None:
    from recruitscore.padding import compact, find_padding

    assert find_padding(text) is None
    assert compact(text, MAX_FIELD_CHARS).index is None
    result = rs.score(text)
    assert "padded_text" not in {h.name for h in result.hits}
    assert not any("removed before scoring" in p for p in result.problems)


def test_repetition_threshold_is_min_repeat() -> None:
    from recruitscore.padding import MIN_REPEAT, find_padding

    line = "Please see the attached job description for details.\n"
    assert find_padding("Hello\n" + line * (MIN_REPEAT - 1)) is None
    assert find_padding("Hello\n" + line * MIN_REPEAT) == (6, 6 + len(line) - 1)
    # in any order: sentences counted, not only a stretch repeated in a row
    mixed = "".join(f"{line}Item {i % 7}.\n" for i in range(MIN_REPEAT))
    assert find_padding(mixed) == (0, len(line) - 1)


def test_padding_evasion_signal_in_catalogue() -> None:
    sig = get_signal("padded_text")
    assert sig.polarity == "risk" and sig.category == "evasion"
    assert {e.lang for e in sig.examples} >= {"en", "fr"}
    assert {e.lang for e in sig.counterexamples} >= {"en", "fr"}
    assert not extract_signals("Best regards,\n\n-- \nAnna\n" + "=" * 80)


_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e\u3164\u115f\u2800\u034f\u202e\u2066"
_SPACES = " \t\n\r\u00a0\u2002\u2003\u3000\u2028\u205f"
_FILLERS = [".", "-", "_", "x", "=", "ab", "Thanks! ", "Lorem ipsum dolor sit amet. ",
            "Best regards, HR team. ", "".join(chr(0x1F600 + i) for i in range(70))]


@st.composite
def paddings(draw: st.DrawFn) -> str:
    kind = draw(st.sampled_from(["invisible", "spaces", "filler", "mixed"]))
    if kind == "filler":
        unit = draw(st.sampled_from(_FILLERS))
    else:
        pool = {"invisible": _INVISIBLE, "spaces": _SPACES, "mixed": _INVISIBLE + _SPACES}[kind]
        unit = "".join(draw(st.lists(st.sampled_from(pool), min_size=1, max_size=12)))
    size = draw(st.integers(min_value=1, max_value=1_000_000))
    return (unit * (size // len(unit) + 1))[:size]


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(before=paddings(), after=paddings(), where=st.sampled_from(["before", "after", "both"]))
@example(before="\u200b" * 1_000_000, after="", where="before")
@example(before="", after=("Lorem ipsum dolor sit amet. " * 40_000)[:1_000_000], where="after")
@example(before="\u2060 \n" * 200_000, after="." * 500_000, where="both")
def test_padding_evasion_property_hostile_keeps_flag(before: str, after: str, where: str) -> None:
    # (a space between: filler glued to a word makes another word, "report_" is not "report")
    base = rs.score(HOSTILE)
    if where == "before":
        text = before + " " + HOSTILE
    elif where == "after":
        text = HOSTILE + " " + after
    else:  # up to 1 MB in all
        text = before[:500_000] + " " + HOSTILE + " " + after[:500_000]
    result = rs.score(text)
    assert_keeps_flag(result, base)
    assert_spans_in(text, result)
    frame = rs.score_frame(pd.DataFrame({"message": [text]}))
    assert set(frame.loc[0, "signals"].split(";")) == {h.name for h in result.hits}
    assert frame.loc[0, "risk"] == pytest.approx(result.risk, abs=1e-6)


# -- 2. quadratic header checks ---------------------------------------------------------------
def test_header_quadratic_csv_columns_limit() -> None:
    wide = ",".join(f"c{i}" for i in range(200_000)) + ",message\n"
    stream = DecodedStream(io.BytesIO((wide + "x" * 3 + "\n").encode()), name="wide.csv")
    with pytest.raises(InputError, match="200,001 columns; at most 10,000"):
        next(iter_csv_chunks(stream))


def test_header_quadratic_duplicates_found_in_linear_time() -> None:
    names = [f"c{i}" for i in range(MAX_COLUMNS - 2)] + ["message", "c7"]
    stream = DecodedStream(io.BytesIO((",".join(names) + "\n").encode()), name="d.csv")
    with pytest.raises(InputError, match=r"duplicate column name\(s\) in d.csv: \['c7'\]"):
        next(iter_csv_chunks(stream))


def test_header_quadratic_jsonl_keys(tmp_path: Path) -> None:
    wide = json.dumps({"message": "hi", **{f"k{i}": i for i in range(30_000)}})
    data = (wide + "\n" + json.dumps({"message": "Add me on WhatsApp"}) + "\n").encode()
    chunk = next(iter_jsonl_chunks(DecodedStream(io.BytesIO(data))))
    assert chunk.row_errors is not None
    assert chunk.row_errors[0] == ("line 1: an object with 30,001 keys (at most 10,000 are "
                                   "supported)")
    assert chunk.frame["message"].tolist()[1] == "Add me on WhatsApp"


def test_header_quadratic_read_table(tmp_path: Path) -> None:
    p = tmp_path / "wide.csv"
    p.write_text(",".join(f"c{i}" for i in range(MAX_COLUMNS + 5)) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match="at most 10,000"):
        read_table(p)


# -- 4. lone surrogates -----------------------------------------------------------------------
def test_lone_surrogate_costs_only_its_row(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    rows = [json.dumps({"id": i, "message": "Senior engineer role, ref AB-1"}) for i in range(50)]
    rows[20] = '{"id": 20, "message": "Add me on WhatsApp \\udc80 now", "\\ud800k": 1}'
    src.write_text("\n".join(rows) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["score", str(src), "-o", str(tmp_path / "out.jsonl"), "-q"])
    assert result.exit_code == 0, result.stderr
    out = [json.loads(line) for line in
           (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in out] == list(range(50))
    assert out[20]["message"] == "Add me on WhatsApp \ufffd now"
    assert out[20]["\ufffdk"] == 1
    assert out[20]["error"].startswith("line 21: ")
    assert "lone surrogate(s) replaced with U+FFFD" in out[20]["error"]
    assert "off_platform_request" in out[20]["signals"]
    assert all(not r["error"] for i, r in enumerate(out) if i != 20)


def test_lone_surrogate_in_dataframe_is_scored() -> None:
    # (pandas' default string dtype refuses lone surrogates; an object column holds them)
    df = pd.DataFrame({"message": ["Add me on WhatsApp \udc80", "ok"]}, dtype=object)
    out = rs.score_frame(df)
    assert "off_platform_request" in out.loc[0, "signals"]


SURROGATE_NOTE = "lone surrogate(s) replaced with U+FFFD"


@pytest.mark.parametrize("dtype", [object, "string[python]", "category"])
def test_lone_surrogate_reads_as_fffd_in_the_api_as_in_the_cli(dtype: object) -> None:
    """Review36 (R30-R): every row out, in order, with its id; a lone surrogate read and
    returned as U+FFFD (as the command line reads a "\\ud800" escape of JSON Lines), the
    row's error says so, and score() and explain() read it the same way. The caller's frame
    is left as it was."""
    messages = ["hello \ud800 world", "Send me your passport \udc00 copy on whats\ud800app",
                "Keep it between us", "\ud83d"]
    df = pd.DataFrame({"id": ["a", "b\udc80", "c", "d"], "message": messages}, dtype=object)
    if dtype == "category":  # (categories of Python strings: pandas would make Arrow ones)
        df = df.apply(lambda c: pd.Series(pd.Categorical.from_codes(
            pd.factorize(c)[0], pd.Index(pd.factorize(c)[1], dtype=object))))
    else:
        df = df.astype(dtype)
    before = df.copy()
    out = rs.score_frame(df)
    pd.testing.assert_frame_equal(df, before)
    assert out["id"].tolist() == ["a", "b\ufffd", "c", "d"]
    assert out["message"].tolist() == [m.replace("\ud800", "\ufffd").replace("\udc00", "\ufffd")
                                       .replace("\ud83d", "\ufffd") for m in messages]
    assert out["error"].tolist() == [f"1 {SURROGATE_NOTE}", f"3 {SURROGATE_NOTE}", "",
                                     f"1 {SURROGATE_NOTE}"]
    assert out["risk"].notna().all()
    assert {"off_platform_request", "personal_data_request"} <= set(out.loc[1, "signals"]
                                                                    .split(";"))
    # written out as UTF-8 without a fuss (a surrogate cannot be)
    out.to_csv(io.StringIO())
    out.astype({"id": "str", "message": "str"})  # (pandas' Arrow strings)
    for i, m in enumerate(messages):
        single = rs.score(m)
        assert single.risk == pytest.approx(out.loc[i, "risk"], abs=1e-6)
        n = sum("\ud800" <= c <= "\udfff" for c in m)  # (the frame counts the id's too)
        assert [p for p in single.problems if SURROGATE_NOTE in p] == (
            [f"{n} {SURROGATE_NOTE}"] if n else [])
        assert "\ud800" not in single.explain()
    hits = extract_signals(messages[1])
    assert hits and all(out.loc[1, "message"][e.start:e.end] == e.snippet  # one for one
                        for h in hits for e in h.evidence)


def test_lone_surrogate_in_the_column_passes_reads_as_fffd() -> None:
    """extract_signals_frame and make_batch (training) read a lone surrogate as score()
    does, and say so in the row's problems."""
    messages = ["Add me on whats\ud800app", "Add me on whats\ufffdapp", "ok"]
    frame = rs.extract_signals_frame(pd.DataFrame({"message": messages}, dtype=object))
    assert frame.iloc[0].equals(frame.iloc[1])
    batch, problems = make_batch(pd.DataFrame({"message": messages}, dtype=object))
    assert batch.raw("message")[0] == messages[1]
    assert problems == [f"1 {SURROGATE_NOTE}", "", ""]


def test_lone_surrogate_does_not_break_campaigns_or_conversations() -> None:
    """find_campaigns and score_conversation built text columns of their own and raised
    inside pandas on a lone surrogate (review36)."""
    from recruitscore.conversations import score_threads

    msgs = ["Hi \ud800, my client pays USD 500 for a short report. Telegram @talent_jm",
            "Hi \udc01, my client pays USD 500 for a short report. Telegram @talent_jm", "ok"]
    rows, summary = rs.find_campaigns(pd.DataFrame({"message": msgs}, dtype=object))
    assert rows["campaign_id"].tolist()[:2] == ["C000001", "C000001"]
    assert "\ufffd" in summary.loc[0, "representative"]
    conv = rs.score_conversation([{"sender": "Jo", "message": "Hi \ud800 there"},
                                  {"sender": "Jo", "message": msgs[0], "\udc80k": 1}])
    assert conv.messages["message"].tolist() == ["Hi \ufffd there", msgs[0].replace(
        "\ud800", "\ufffd")]
    assert conv.messages["error"].tolist() == [f"1 {SURROGATE_NOTE}", f"2 {SURROGATE_NOTE}"]
    assert "\ufffdk" in conv.messages.columns and conv.flagged
    out, _ = score_threads(pd.DataFrame({"conversation_id": ["1", "1"],
                                         "message": ["Hi \ud800", msgs[0]]}, dtype=object))
    assert out["error"].tolist() == [f"1 {SURROGATE_NOTE}", f"1 {SURROGATE_NOTE}"]


@pytest.mark.parametrize(("rows", "want"), [
    # (the messages of one conversation; the surrogate note of each message, in order)
    ([{"message": "hi \ud800 there"}], [f"1 {SURROGATE_NOTE}"]),
    ([{"sender": "Jo", "message": "Add me on WhatsApp \ud800\udfff x \udc00"},
      {"sender": "me", "message": "no \ud800"},
      {"sender": "Jo", "message": "my client pays USD 500", "date": "not a date \udc80"}],
     [f"3 {SURROGATE_NOTE}", f"1 {SURROGATE_NOTE}", f"1 {SURROGATE_NOTE}"]),
    ([{"sender": "Jo\ud800", "message": "ok", "sender_headline": "CTO \udc00"},
      {"sender": "Jo\ud800", "message": "fine"}], [f"2 {SURROGATE_NOTE}", f"1 {SURROGATE_NOTE}"]),
    ([{"message": "no surrogate here"}, {"message": "\ud83d"}], ["", f"1 {SURROGATE_NOTE}"]),
])
@pytest.mark.parametrize("as_frame", [False, True])
def test_conversation_message_results_say_what_the_messages_frame_says(
        rows: list[dict[str, str]], want: list[str], as_frame: bool) -> None:
    """A message read with U+FFFD says so in ``message_results[i].problems`` as in the
    ``error`` of its row of ``messages`` (R31-L): the same note, last, as score() puts it."""
    messages = pd.DataFrame(rows, dtype=object) if as_frame else rows
    conv = rs.score_conversation(messages, me="me")
    errors = conv.messages["error"].tolist()
    assert [next((p for p in e.split("; ") if SURROGATE_NOTE in p), "") for e in errors] == want
    for error, note, result in zip(errors, want, conv.message_results, strict=True):
        if result is None:  # (not scored: the owner's)
            assert error.startswith("sent by the inbox owner")
            continue
        assert [p for p in result.problems if SURROGATE_NOTE in p] == ([note] if note else [])
        if note:
            assert result.problems[-1] == note and error.endswith(note)
        assert "\ud800" not in result.explain()


def test_explain_reads_undecodable_argument_bytes_as_standard_input() -> None:
    """An argument that is not UTF-8 reaches Python as \\udc80...\\udcff: it is read as the
    same bytes on standard input are, refused by default and U+FFFD with replace, never
    taken for lone surrogates (review36)."""
    arg = b"Send me your passport \xed\xa0\x80 copy".decode("utf-8", "surrogateescape")
    refused = runner.invoke(app, ["explain", arg])
    assert refused.exit_code == 2
    assert "the message argument is not valid utf-8" in refused.stderr
    replaced = runner.invoke(app, ["explain", "--json", "--encoding-errors", "replace", arg])
    assert replaced.exit_code == 0, replaced.stderr
    assert "replaced 3 undecodable byte sequence(s) in the message argument" in replaced.stderr
    assert json.loads(replaced.stdout)["problems"] == []
    head = runner.invoke(app, ["explain", "--encoding-errors", "replace", "--target-headline",
                               b"CTO \xff".decode("utf-8", "surrogateescape"), "hi"])
    assert head.exit_code == 0 and "in --target-headline" in head.stderr


# -- 5. leftovers ------------------------------------------------------------------------------
def _gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    # a zombie is gone for our purpose: read its state
    try:
        return Path(f"/proc/{pid}/stat").read_text().split()[2] == "Z"
    except OSError:
        return True


def test_leftovers_workers_die_with_their_parent() -> None:
    code = ("import sys, time\nfrom recruitscore import _workers\n"
            "pids = {f.result() for f in _workers.start(1)}\n"
            "print(*pids, flush=True)\ntime.sleep(600)\n")
    parent = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True,
                              env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
    assert parent.stdout is not None
    pids = [int(p) for p in parent.stdout.readline().split()]
    assert pids and all(not _gone(p) for p in pids)
    parent.send_signal(signal.SIGKILL)
    parent.wait()
    parent.stdout.close()
    assert wait_for(lambda: all(_gone(p) for p in pids)), "a worker outlived its parent"


def _dead_pid() -> int:
    p = subprocess.Popen([sys.executable, "-c", "pass"])
    p.wait()
    return p.pid


def test_leftovers_of_a_killed_run_are_removed(tmp_path: Path) -> None:
    dead = _dead_pid()
    part = tmp_path / f".out.csv.{dead}.abc123_z.part"
    part.write_text("half a file")
    other = tmp_path / f".old.tsv.{dead}.q1w2e3r4.part"  # a killed run to another output
    other.write_text("half a file")
    alive = tmp_path / f".out.csv.{os.getpid()}.def456gh.part"
    alive.write_text("another run's file")
    mine = tmp_path / ".notes.part"
    mine.write_text("not ours")
    model_dir = Path(tempfile.gettempdir()) / f"recruitscore-model-{dead}-xyz12345"
    model_dir.mkdir(exist_ok=True)
    (model_dir / "model.npz").write_text("copy")
    src = tmp_path / "in.csv"
    src.write_text("message\n" + "Add me on WhatsApp\n" * 30, encoding="utf-8")
    score_file(src, tmp_path / "out.csv", jobs=1)
    assert not part.exists() and not other.exists()
    assert alive.exists() and mine.exists()
    from recruitscore.io import _model_file

    with _model_file(get_default_model()) as path:
        assert Path(path).exists() and f"recruitscore-model-{os.getpid()}-" in path
    assert not model_dir.exists()


def test_leftovers_sigterm_cleans_up_like_ctrl_c(tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    status, err = sigterm_midway(
        ["score", "-", "-o", str(out), "--chunk-size", "2000", "-q", "--jobs", "1"],
        lambda: any(tmp_path.glob(".out.csv.*.part")))
    assert status == 128 + signal.SIGTERM
    assert err.strip() == "recruitscore: interrupted", err
    assert not list(tmp_path.iterdir()), list(tmp_path.iterdir())


# -- 6. impossible profile values -------------------------------------------------------------
@pytest.mark.parametrize(("field", "value"), [
    ("sender_connections", 1e9), ("sender_connections", "1e308"), ("sender_connections", 30_001),
    ("sender_account_age_days", 1e9), ("sender_account_age_days", "40000"),
    ("sender_connections", float("inf")), ("sender_connections", -5),
])
def test_impossible_profile_values_are_unknown(field: str, value: object) -> None:
    approach = Approach.from_mapping({"message": HOSTILE, field: value})
    assert getattr(approach, field) is None
    assert approach.problems and field in approach.problems[0]
    unknown = rs.score(HOSTILE)
    result = rs.score(HOSTILE, **{field: value})
    assert result.risk == pytest.approx(unknown.risk)
    out = rs.score_frame(pd.DataFrame({"message": [HOSTILE], field: [value]}))
    assert out.loc[0, "risk"] == pytest.approx(unknown.risk, abs=1e-6)
    assert field in out.loc[0, "error"] and "treated as unknown" in out.loc[0, "error"]


def test_impossible_profile_values_plausible_ones_kept() -> None:
    batch, problems = make_batch(pd.DataFrame({"message": ["a", "b"],
                                               "sender_connections": ["500+", "30000"],
                                               "sender_account_age_days": [7000, 0]}))
    assert batch.numbers["sender_connections"].tolist() == [500.0, 30000.0]
    assert batch.numbers["sender_account_age_days"].tolist() == [7000.0, 0.0]
    assert problems == ["", ""]


# -- 7. formula injection ---------------------------------------------------------------------
FORMULAS = ["=HYPERLINK(\"http://evil\",\"x\")", "+1+2", "-2+3", "@SUM(A1)", "\t=1", "\r=1"]


@pytest.mark.parametrize("fmt", ["csv", "tsv"])
def test_formula_injection_neutralised(tmp_path: Path, fmt: str) -> None:
    df = pd.DataFrame({"id": [f"=id{i}" for i in range(len(FORMULAS))], "message": FORMULAS})
    src = tmp_path / "in.jsonl"
    df.to_json(src, orient="records", lines=True)
    out = tmp_path / f"out.{fmt}"
    result = runner.invoke(app, ["score", str(src), "-o", str(out), "-q"])
    assert result.exit_code == 0, result.stderr
    back = read_table(out)
    assert back["message"].tolist() == ["'" + f for f in FORMULAS]
    assert back["id"].tolist() == ["'" + i for i in df["id"]]
    for col in back.columns:
        assert not back[col].astype(str).str.match(r"[=+\-@\t\r]").any(), col


def test_formula_injection_plain_numbers_kept(tmp_path: Path) -> None:
    src = tmp_path / "in.csv"
    src.write_text("n,message\n-5,hi\n+1.5e3,x\n-1+1,y\n", encoding="utf-8")
    assert runner.invoke(app, ["score", str(src), "-o", str(tmp_path / "o.csv")]).exit_code == 0
    assert read_table(tmp_path / "o.csv")["n"].tolist() == ["-5", "+1.5e3", "'-1+1"]


def test_formula_injection_option_off(tmp_path: Path) -> None:
    src = tmp_path / "in.csv"
    src.write_text('message\n"=1+1"\n', encoding="utf-8")
    out = tmp_path / "out.csv"
    result = runner.invoke(app, ["score", str(src), "-o", str(out), "-q",
                                 "--no-sanitize-formulas"])
    assert result.exit_code == 0, result.stderr
    assert read_table(out)["message"].tolist() == ["=1+1"]


def test_formula_injection_not_in_json(tmp_path: Path) -> None:
    src = tmp_path / "in.csv"
    src.write_text('message\n"=1+1"\n', encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert runner.invoke(app, ["score", str(src), "-o", str(out), "-q"]).exit_code == 0
    assert json.loads(out.read_text(encoding="utf-8"))["message"] == "=1+1"


# -- 10. output that reads back ---------------------------------------------------------------
def test_output_readback_refuses_to_overwrite_input(tmp_path: Path) -> None:
    src = tmp_path / "in.csv"
    src.write_text("message\nhello\n", encoding="utf-8")
    (tmp_path / "link.csv").symlink_to(src)
    for target in (src, tmp_path / "." / "in.csv", tmp_path / "link.csv"):
        result = runner.invoke(app, ["score", str(src), "-o", str(target)])
        assert result.exit_code == 2
        assert "is the input file" in result.stderr
    assert src.read_text(encoding="utf-8") == "message\nhello\n"


def test_output_readback_tsv_round_trip(tmp_path: Path) -> None:
    messages = ["tab\there", "two\nlines", 'a "quoted" word', "back\\slash \\n", "cr\rhere",
                "plain"]
    src = tmp_path / "in.jsonl"
    pd.DataFrame({"id": range(len(messages)), "message": messages}).to_json(
        src, orient="records", lines=True)
    out = tmp_path / "out.tsv"
    assert runner.invoke(app, ["score", str(src), "-o", str(out), "-q"]).exit_code == 0
    assert len(out.read_text(encoding="utf-8").splitlines()) == len(messages) + 1
    back = read_table(out)
    assert back["message"].tolist() == messages
    again = tmp_path / "again.tsv"
    result = runner.invoke(app, ["score", str(out), "-o", str(again), "-q"])
    assert result.exit_code == 0, result.stderr
    assert read_table(again)["message"].tolist() == messages


def test_output_readback_json_is_strict(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text('{"message": "hi", "x": 1e400, "y": NaN, "z": -Infinity}\n', encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert runner.invoke(app, ["score", str(src), "-o", str(out), "-q"]).exit_code == 0
    text = out.read_text(encoding="utf-8")
    row = json.loads(text, parse_constant=lambda c: pytest.fail(f"non-JSON constant {c}"))
    assert (row["x"], row["y"], row["z"]) == ("1e400", "NaN", "-Infinity")
    assert "out of range" in row["error"]


def test_output_readback_reserved_columns_unique(tmp_path: Path) -> None:
    src = tmp_path / "in.csv"
    src.write_text("risk,input_risk,error,message\n1,2,3,hello\n", encoding="utf-8")
    out = tmp_path / "out.csv"
    result = runner.invoke(app, ["score", str(src), "-o", str(out), "-q"])
    assert result.exit_code == 0, result.stderr
    back = pd.read_csv(out, dtype=str, keep_default_na=False)
    assert list(back.columns) == ["input_input_risk", "input_risk", "input_error", "message",
                                  "risk", "band", "flagged", "signals", "reasons", "error"]
    assert back.loc[0, ["input_input_risk", "input_risk", "input_error"]].tolist() == ["1", "2",
                                                                                    "3"]
    frame = rs.score_frame(pd.DataFrame({"risk": [1], "input_risk": [2], "message": ["hi"]}))
    assert frame.columns.is_unique


def test_output_readback_jobs_capped_at_usable_cpus(tmp_path: Path) -> None:
    cpus = _workers.usable_cpus()
    assert cpus <= len(os.sched_getaffinity(0))
    assert _workers.n_jobs(16 * cpus) == cpus
    src = tmp_path / "in.csv"
    src.write_text("message\nhello\n", encoding="utf-8")
    summary = score_file(src, tmp_path / "out.csv", jobs=16 * cpus)
    assert any(f"more than the {cpus} usable CPU" in w for w in summary.warnings)


def test_padding_limit_constant_is_documented() -> None:
    assert MAX_FIELD_CHARS == 100_000


def test_large_alternations_stay_within_re2_memory() -> None:
    """A French request to write to a free-mail address runs ``off_platform_request``'s whole
    alternation (about 21,000 characters) through RE2's automaton; with RE2's default budget it
    logged "DFA out of memory" on standard error (rule R19-F). Run in a fresh process so that
    the compiled patterns and their automata are new."""
    code = ("import recruitscore as rs\n"
            "r = rs.score(rs.Approach(message=\"Écrivez-moi à jane.doe@gmail.com, \""
            " \"ou au 06 39 98 12 34.\"))\n"
            "print(sorted(h.name for h in r.hits))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=120, check=True)
    assert "off_platform_request" in out.stdout
    assert "DFA out of memory" not in out.stderr


def test_sentence_ends_next_to_addresses() -> None:
    """A dot inside a host does not end a sentence; a dot in a path, after a word that only
    looks like a top-level domain ("costs.Be", « cachés.De »), or between two words does, so a
    disclaimer cannot reach a fee in the next sentence (rules R19-B, R19-H)."""
    kept = ["There are no hidden costs, see acme-careers.com/faq.The registration fee is $90.",
            "No upfront costs.Be aware that the starter kit deposit is $120.",
            "Aucun frais cachés.De plus le kit de démarrage coûte 120 €."]
    for text in kept:
        assert "pay_to_work" in {h.name for h in extract_signals(text)}, text
    delay = "You'll receive an invite from hackerrank.com within 24h to complete the test."
    assert "urgency" not in {h.name for h in extract_signals(delay)}
    deadline = "You'll receive the contract at docs.acme.com and must sign it within 24 hours."
    assert "urgency" in {h.name for h in extract_signals(deadline)}


def test_cancelled_matches_are_capped(monkeypatch: pytest.MonkeyPatch) -> None:
    """Past MAX_CANCELLED cancelled matches in a text the rest go unchecked (rule R20-F: a
    text of thousands of negated benign phrases took seconds): a risk signal then fires, as
    padding must not buy a lower score, and a benign signal does not."""
    from recruitscore.signals import base

    calls = []
    original = base.PatternSignal._cancelled
    monkeypatch.setattr(base.PatternSignal, "_cancelled",
                        lambda self, *a: calls.append(1) or original(self, *a))
    benign = get_signal("public_programme")
    assert not benign.detect(Approach(message="not recorded. " * 5000))
    assert len(calls) <= base.MAX_CANCELLED + 1
    risk = get_signal("interview_software_download")
    padded = "Please don't install it from the link. " * 40 + "Install it from the link."
    assert risk.detect(Approach(message=padded))
    assert not risk.detect(Approach(message="Please don't install it from the link. " * 3))


def test_sentence_ends_on_long_dotted_text() -> None:
    """The hosts of a text are found in one pass and shared by every match (rule R19-I): on a
    long dotted text with many fees the red flag still fires and every dot outside a host ends
    a sentence. Its time is measured by ``benchmarks/hostile_input.py`` (one review found 105 s,
    a second 4.7 s, before this)."""
    from recruitscore.signals.base import _ends_sentence, _host_dots

    text = "no fee q." * 3000 + "q.com training fee"
    last = len(text) - len("com training fee") - 1
    assert _host_dots(text) == frozenset({last - 2, last})  # the host "q.q.com" only
    assert all(_ends_sentence(text, k) for k in range(0, 27000, 9) if text[k] == ".")
    long_text = "The registration fee is $90 " + "x-y." * 24_000
    assert "pay_to_work" in {h.name for h in extract_signals(long_text)}


@pytest.mark.parametrize("text", [
    "No hidden costs.Info: the registration fee is $90.",
    "No hidden costs.Net of tax, the registration fee is $90.",
    "We never charge candidates fees.UK applicants pay a $90 registration deposit via Zelle.",
])
def test_word_like_domains_do_not_join_sentences(text: str) -> None:
    """Top-level domains that are also words ("info", "net", "jobs") are not read as hosts
    (rule R19-I)."""
    assert "pay_to_work" in {h.name for h in extract_signals(text)}


def test_top_level_domain_lists_agree() -> None:
    """The top-level domains are named once (rule R20-A): the ones a sentence bound or a
    delivery's gap may cross are a subset of the recognised ones and none is an English or
    French word; the ones masked out of the wording are recognised ones too."""
    from recruitscore.signals.lexicon import TLDS, TLDS_MASKED, TLDS_NOT_WORDS

    known = set(TLDS.split("|")) | {"gouv"}
    assert set(TLDS_NOT_WORDS.split("|")) <= known
    assert set(TLDS_MASKED.split("|")) <= known
    words = {"be", "de", "me", "us", "co", "net", "info", "jobs", "uk", "gov", "dev", "it", "in",
             "no", "to", "at", "es", "se", "pro", "work", "site", "top", "tech", "ai", "app"}
    assert not words & set(TLDS_NOT_WORDS.split("|"))
    # the delivery's gap crosses a host's dots, not a word-like domain's (the sentence bounds'
    # rule): "codility.com" is a host, "details.net" two sentences
    from recruitscore.signals.catalog import _DELAY_GAP

    gap = re.compile(_DELAY_GAP)
    assert gap.fullmatch("an invite from codility.com")
    assert not gap.fullmatch("the details.net pay goes out")


@pytest.mark.parametrize("text,fires", [
    ("You will send your answer to us via acme-hr.com within 24 hours or the offer lapses.",
     True),
    ("You'll receive the contract.Sign it within 24 hours.", True),
    ("Vous recevrez le contrat et devez le signer sous 24h.", True),
    ("You'll receive the offer letter within 24 hours.", False),
    ("Vous recevrez votre contrat de travail sous 48 heures.", False),
    ("Vous aurez une réponse définitive sous 48 heures.", False),
    # a third review (rule R19-J): nouns are not obligations, constructions are
    ("Thanks for applying! You'll receive a reply within 24 hours.", False),
    ("You'll receive the contract, to be signed within 24 hours.", True),
    ("You'll receive the invoice and are expected to wire the fee within 24 hours.", True),
    ("You should get your deposit to us within 24 hours.", True),
    ("Vous recevrez le contrat à signer sous 24h.", True),
])
def test_delivery_delays_and_deadlines(text: str, fires: bool) -> None:
    """A delivery delay is not urgency; a delay the reader must meet is, even after a delivery
    (rule R19-I)."""
    assert ("urgency" in {h.name for h in extract_signals(text)}) is fires


def test_email_address_dots_join_nothing() -> None:
    """The dots of an e-mail address are not sentence ends (rule R19-J)."""
    from recruitscore.signals.base import _ends_sentence

    text = "write to jane.doe@acme.com today"
    assert not any(_ends_sentence(text, k) for k, c in enumerate(text) if c == ".")


# A benign counter-signal from text the reader never sees (round 7, F14): a salary band hidden
# after an off-platform request took it from 0.748 to 0.213 (0.062 in a <title>) through
# `specific_role`. Counter-signals now count only from the displayed reading; red flags from
# hidden text still count (the matching form reads hidden HTML as displayed and as stored).
ROLE_EN = "Senior Python engineer, CDI, salary band 70-85k."
ROLE_FR = "Poste : ingénieur Python senior, CDI, 55-65 k€, salaire selon profil."
APP_EN = "Let's continue this conversation on WhatsApp, it's more private."
APP_FR = "Bonjour, pouvons-nous continuer sur WhatsApp ? C'est plus simple pour parler du projet."
HIDING = {
    "display:none": lambda m, r: f'{m} <span style="display:none">{r}</span>',
    "hidden attribute": lambda m, r: f"{m} <div hidden>{r}</div>",
    "title in the head": lambda m, r: f"<head><title>{r}</title></head>{m}",
    "title alone": lambda m, r: f"<title>{r}</title>{m}",
    "style sheet": lambda m, r: f"<style>/* {r} */ p {{color: red}}</style>{m}",
    "script": lambda m, r: f"{m}<script>var role = '{r}';</script>",
    "template": lambda m, r: f"{m}<template><p>{r}</p></template>",
    "meta content": lambda m, r: f'<meta name="description" content="{r}">{m}',
    "image alt": lambda m, r: f'{m} <img src="x.png" alt="{r}">',
    "white on white": lambda m, r: f'{m} <span style="color:#fff;background:#FFFFFF">{r}</span>',
    "zero height": lambda m, r: f'<div style="max-height:0;overflow:hidden">{r}</div>{m}',
    "off screen": lambda m, r: f'{m}<p style="position:absolute; left:-9999px">{r}</p>',
    "scaled to zero": lambda m, r: f'{m}<p style="transform: scale(0)">{r}</p>',
}


@pytest.mark.parametrize(("message", "role"), [(APP_EN, ROLE_EN), (APP_FR, ROLE_FR)])
@pytest.mark.parametrize("how", list(HIDING))
def test_hidden_counter_signals_do_not_count(message: str, role: str, how: str) -> None:
    text = HIDING[how](message, role)
    visible = {h.name for h in extract_signals(message + " " + role)}
    assert "specific_role" in visible  # the same words shown would count
    names = {h.name for h in extract_signals(text)}
    assert "off_platform_request" in names and "specific_role" not in names, (how, names)
    result = rs.score(text)
    # the n-grams read the displayed text when it weighs more (text.higher_reading): hidden
    # words never lower the risk below the message's alone (red-team round 7, F14)
    assert result.risk >= rs.score(message).risk - 1e-9, how
    assert result.flagged
    for n in (1, 40):
        frame = rs.score_frame(pd.DataFrame({"message": [text] * n}))
        assert abs(float(frame["risk"].iloc[0]) - result.risk) < 1e-6
        assert set(str(frame["signals"].iloc[0]).split(";")) == {h.name for h in result.hits}


# Benign wording (no counter-signal) that lowers a lure's risk when displayed
BENIGN_EN = ("We are an established engineering consultancy with offices in Bristol and "
             "Toulouse. Our recruitment team will send you the full job description, the salary "
             "range and the interview steps by e-mail.")
BENIGN_FR = ("Nous sommes un cabinet de conseil en ingénierie implanté à Toulouse et à Bristol. "
             "Notre équipe de recrutement vous enverra la fiche de poste, la fourchette de "
             "salaire et les étapes d'entretien par e-mail.")


@pytest.mark.parametrize(("app", "role", "benign"), [(APP_EN, ROLE_EN, BENIGN_EN),
                                                   (APP_FR, ROLE_FR, BENIGN_FR)])
def test_hidden_words_lower_no_window(app: str, role: str, benign: str) -> None:
    """The window of a message whose n-grams kept its hidden words (they raise its risk alone)
    is read with them and as displayed, and keeps the higher: in French, a salary band hidden
    in a style sheet lowered the window of a plain opener and the lure (0.797 -> 0.785)."""
    opener = "Hello, I enjoyed your talk on satellite links."
    owner, member = np.array([0, 0]), np.array([0, 1])
    _, plain = score_windows(pd.DataFrame({"message": [opener, app]}), owner, member, 1)
    lasts, alone = [], []
    for how, hide in HIDING.items():
        for hidden in (role, benign):
            frame = pd.DataFrame({"message": [opener, hide(app, hidden)]})
            _, win = score_windows(frame, owner, member, 1)
            assert win["risk"].iloc[0] >= plain["risk"].iloc[0] - 1e-9, (how, hidden)
            lasts.append(hide(app, hidden))
            alone.append(win["risk"].iloc[0])
    # all at once, beside plain windows (the column-wise path): each window as alone
    texts = [t for last in lasts for t in (opener, last, opener, app)]
    k = len(texts) // 2
    _, wins = score_windows(pd.DataFrame({"message": texts}), np.repeat(np.arange(k), 2),
                            np.arange(2 * k), k)
    np.testing.assert_allclose(wins["risk"].to_numpy()[0::2], alone, atol=1e-6)
    np.testing.assert_allclose(wins["risk"].to_numpy()[1::2], plain["risk"].iloc[0], atol=1e-6)
    # plain text is read as before: one reading
    frame = pd.DataFrame({"message": [opener, f"{app} {role}"]})
    assert score_windows(frame, owner, member, 1)[1]["risk"].iloc[0] < plain["risk"].iloc[0]


def test_hidden_wording_still_counts_when_it_weighs_more() -> None:
    """The higher reading is kept: hostile wording in a hidden preheader still raises the risk
    (a mail client shows the preheader in the inbox list)."""
    lure = "Work from home, earn 300 dollars a day, no experience needed, just like videos."
    shown = "Hello, are you still looking for a job?"
    text = f'<div style="display:none">{lure}</div>{shown}'
    assert rs.score(text).risk > rs.score(shown).risk
    frame = rs.score_frame(pd.DataFrame({"message": [text] * 40}))
    assert abs(float(frame["risk"].iloc[0]) - rs.score(text).risk) < 1e-6


def test_counter_signals_count_from_the_displayed_text() -> None:
    # an e-mail with a hidden preheader: the role shown counts, its evidence is the shown text
    text = ('<span style="display:none">Your weekly digest</span><p>Hello, ' + ROLE_EN
            + " Interested in a call?</p>")
    (hit,) = [h for h in extract_signals(text) if h.name == "specific_role"]
    for ev in hit.evidence:
        assert text[ev.start:ev.end] == ev.snippet and ev.start > text.index("</span>")
    # hidden junk inside the words shown ("salting") does not hide the counter-signal either
    salted = "Hello, Senior<span style='display:none'>zq</span> Python engineer, CDI, salary " \
             "band 70<b hidden>x</b>-85k."
    assert "specific_role" in {h.name for h in extract_signals(salted)}
    # red flags from hidden text still count, as before
    names = {h.name for h in extract_signals("Hello! <div hidden>Add me on WhatsApp</div>")}
    assert "off_platform_request" in names


def test_displayed_counter_signals_agree_in_both_paths() -> None:
    """Rows with hidden HTML among ordinary rows, in a frame large enough for the column-wise
    path: each row's signals equal the single-message ones."""
    from recruitscore.signals import extract_signals_frame

    rows = [HIDING[how](m, r) for how in HIDING for m, r in [(APP_EN, ROLE_EN), (APP_FR, ROLE_FR)]]
    rows += [APP_EN + " " + ROLE_EN, "<p>" + ROLE_FR + "</p>", ROLE_EN] * 5
    frame = extract_signals_frame(pd.DataFrame({"message": rows}))
    for i, text in enumerate(rows):
        single = {h.name for h in extract_signals(text)}
        assert {n for n in frame.columns if frame[n].iloc[i]} == single, text


# review31 (of round 7's readings on legitimate text)
def test_a_link_address_is_evidence_for_counter_signals_too() -> None:
    """The displayed reading keeps a link's address: an ATS e-mail whose coding test and call
    are links keeps its counter-signals (it lost them and was flagged, review31)."""
    text = ('<p>Hi Nora, next step is a 60-minute coding test, <a href="https://app.codility.com/'
            'test/ABC-123">here</a>. Then a <a href="https://zoom.us/j/123456789">video call</a>'
            " with the team.</p>")
    result = rs.score(text)
    assert "standard_assessment_platform" in {h.name for h in result.hits}
    assert not result.flagged
    frame = rs.score_frame(pd.DataFrame({"message": [text] * 40}))
    assert abs(float(frame["risk"].iloc[0]) - result.risk) < 1e-6


@pytest.mark.parametrize("line", ["Easy Apply", "Postuler en un clic", "----------"])
def test_a_long_digest_with_a_repeated_line_is_not_padding(line: str) -> None:
    """Heavy repetition is padding only when its copies make up half the text or more."""
    text = "\n".join(f"Role {i}: data engineer, team {i}, {40 + i % 30}k\n{line}"
                     for i in range(300))
    assert "padded_text" not in {h.name for h in extract_signals(text)}


def test_a_quoted_printable_soft_break_keeps_the_space_after_it() -> None:
    from recruitscore.normalize import fast_normalize, normalize

    text = "Merci pour votre=\n candidature et cl=\nonez rien."
    assert fast_normalize(text) == normalize(text).text
    assert "votrecandidature" not in fast_normalize(text)
    assert "clonez" in fast_normalize(text)


# red-team round 8: a dot inside a clause is no sentence end (text, signal that must fire)
DOTS_INSIDE = [
    ("We pay $3,000.00 for a short report on your lab's work.", "paid_report"),
    ("Please clone the repo (see README.md) and run it before our call.", "run_before_call"),
    ("Please clone the repo and run it (Node.js 18) before our call.", "run_before_call"),
    ("Nous payons 3 000,00 € pour une note sur vos travaux.", "paid_report"),
    ("Merci de cloner le dépôt (voir README.md) et de le lancer avant notre appel.",
     "run_before_call"),
]


@pytest.mark.parametrize(("text", "name"), DOTS_INSIDE)
def test_a_dot_inside_a_clause_keeps_the_red_flag(text: str, name: str) -> None:
    """A decimal point or a file name's dot is not the end of a sentence: the red flags that
    look for two things in one sentence still see both (they lost them before)."""
    assert name in {h.name for h in rs.extract_signals(text)}, text


def test_a_real_sentence_end_still_separates() -> None:
    """The same words in two sentences are two statements, as before."""
    names = {h.name for h in rs.extract_signals("We pay well. Reports are on our website.")}
    assert "paid_report" not in names


def test_indicator_form_linear_on_one_long_host() -> None:
    """One host of 100 kB with an invisible character every few letters: the runs inside it are
    dropped in linear time (review40 H4: slicing the host at every run was quadratic, 1.2 s).
    Checked by the work done, not by a clock: the form is the host without its runs."""
    from recruitscore.indicators import indicator_form

    host = "ab\u200b" * 33_000
    form, _ = indicator_form("x hr@" + host + ".com y")
    assert form == "x hr@" + "ab" * 33_000 + ".com y"

