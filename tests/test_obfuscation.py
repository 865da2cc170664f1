"""Obfuscated spellings are seen through, and evidence still points into the original text."""

from __future__ import annotations

import pytest

from recruitscore.normalize import fast_normalize, normalize
from recruitscore.signals import extract_signals, get_signal

from .assertions import assert_spans_valid

ZW = "\u200b"
CYR_A = "\u0430"  # Cyrillic small a
CYR_O = "\u043e"  # Cyrillic small o


def spellings(word: str) -> dict[str, str]:
    """Every obfuscation the issue lists, applied to one word."""
    w = word
    cap = w[0].upper() + w[1:]
    leet = w.replace("a", "@", 1) if "a" in w else w.replace("i", "1", 1).replace("o", "0", 1)
    if leet == w:
        leet = w.replace("e", "3", 1).replace("s", "5", 1)
    mid = len(w) // 2
    homo = w.replace("a", CYR_A, 1) if "a" in w else w.replace("o", CYR_O, 1)
    if homo == w:
        homo = w.replace("e", "\u0435", 1)  # Cyrillic ie
    accent = w.replace("e", "é", 1) if "e" in w else w.replace("a", "à", 1).replace("o", "ô", 1)
    return {
        "plain": cap,
        "spaced": " ".join(cap),
        "dotted": ".".join(cap),
        "hyphenated": "-".join(cap),
        "inner_hyphen": w[:mid] + "-" + w[mid:],
        "inner_dot": w[:mid] + "." + w[mid:],
        "leet": leet,
        "homoglyph": homo,
        "zero_width": w[:mid] + ZW + w[mid:],
        "accent": accent,
        "upper": w.upper(),
    }


PLATFORMS = ["whatsapp", "telegram", "wechat", "skype", "viber"]
CASES = [
    pytest.param(p, kind, text, id=f"{p}-{kind}")
    for p in PLATFORMS for kind, text in spellings(p).items()
]


@pytest.mark.parametrize(("platform", "kind", "spelled"), CASES)
@pytest.mark.parametrize("template", ["Add me on {} please", "Écris-moi sur {} stp"])
def test_platforms_caught_in_every_spelling(platform, kind, spelled, template) -> None:
    text = template.format(spelled)
    hits = {h.name: h for h in extract_signals(text)}
    assert "off_platform_request" in hits, text
    snippets = [e.snippet for e in hits["off_platform_request"].evidence]
    assert spelled in snippets or any(spelled in s for s in snippets), (text, snippets)
    if kind not in {"plain", "upper", "accent"}:
        assert "obfuscated_text" in hits, text


@pytest.mark.parametrize("kind", ["spaced", "dotted", "hyphenated", "leet", "homoglyph",
                                  "zero_width", "accent", "plain"])
def test_signal_app_caught_with_context(kind) -> None:
    spelled = spellings("signal")[kind]
    text = f"Let's talk via {spelled}, safer."
    assert "off_platform_request" in {h.name for h in extract_signals(text)}, text


@pytest.mark.parametrize(
    "address",
    ["anna.k@gmail.com", "anna.k (at) gmail (dot) com", "anna.k [at] gmail [dot] com",
     "anna.k arobase gmail point com", "anna.k at gmail dot com", "anna.k@gm4il.com",
     "anna.k@pr0ton.me", f"anna.k@gm{ZW}ail.com", f"anna.k@gm{CYR_A}il.com"],
)
def test_personal_email_spellings(address) -> None:
    hits = {h.name: h for h in extract_signals(f"Write to {address} instead")}
    assert "off_platform_request" in hits, address


# At least three other signals see through every obfuscation of their key word.
OTHER = [
    ("file_lure", "The {} is in the next message.", "password"),
    ("irregular_payment", "Payment in {} only.", "cash"),
    ("irregular_payment", "We pay in {} to your wallet.", "bitcoin"),
    ("secrecy", "Keep it between us, no {}.", "contract"),
]


@pytest.mark.parametrize(("name", "template", "word"), OTHER)
@pytest.mark.parametrize("kind", ["plain", "spaced", "dotted", "hyphenated", "inner_hyphen",
                                  "leet", "homoglyph", "zero_width", "upper"])
def test_other_signals_see_through(name, template, word, kind) -> None:
    text = template.format(spellings(word)[kind])
    if name == "secrecy":
        # secrecy fires on "keep it between us" already; check the obfuscated "no contract" alone
        text = f"No {spellings(word)[kind]} needed."
    fired = {h.name for h in extract_signals(text)}
    assert name in fired, text


def test_evidence_points_into_original_after_normalisation() -> None:
    text = f"Bonjour ! Ajoute-moi sur Télégr{CYR_A}m{ZW} ou W h a t s A p p, merci"
    hits = extract_signals(text)
    from recruitscore.schema import Approach

    assert_spans_valid(Approach(message=text), hits)
    off = next(h for h in hits if h.name == "off_platform_request")
    snippets = [e.snippet for e in off.evidence]
    assert f"Télégr{CYR_A}m" in snippets and "W h a t s A p p" in snippets


def test_normalize_agrees_with_fast_path() -> None:
    samples = ["CafÃ© rÃ©sumÃ© WhatsApp", "x\x00y", "ﬁne Ｆｕｌｌｗｉｄｔｈ", "  a\t\nb  ", "ß",
               "İstanbul"]
    for s in samples:
        assert normalize(s).text == fast_normalize(s)


def test_mojibake_repaired_and_spans_mapped() -> None:
    text = "Ã‰crivez-moi sur TÃ©lÃ©gram"
    hits = {h.name: h for h in extract_signals(text)}
    evidence = hits["off_platform_request"].evidence
    assert all(text[ev.start:ev.end] == ev.snippet for ev in evidence)
    assert any("gram" in ev.snippet for ev in evidence)


def test_spaced_letters_alone_are_not_platforms() -> None:
    assert get_signal("off_platform_request").detect(
        __import__("recruitscore").Approach(message="grade A B C D E students")) == ()
