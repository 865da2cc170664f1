"""Obfuscated spellings are seen through, and evidence still points into the original text."""

from __future__ import annotations

import re
from typing import Any

import pytest

from recruitscore.normalize import fast_normalize, normalize
from recruitscore.schema import Approach
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


# R31-L: an invisible character inside an address or a link cuts nothing: a personal address
# still reads as one, and the company's own address counts as its own only written plainly.
ADDRESSES = [  # (address, sender_company_url, signals that fire, signals that do not)
    (f"anna{ZW}.k@gm{ZW}ail.com", "", {"off_platform_request"}, {"corporate_contact"}),
    ("hr@\u2060gmail.com", "https://acme.com", {"off_platform_request"}, {"corporate_contact"}),
    ("hr@gm\u00adail.com", "https://acme.com", {"off_platform_request"}, {"corporate_contact"}),
    ("hr@acme.com", "https://acme.com", {"corporate_contact"}, {"off_platform_request"}),
    ("HR@Acme.com", "https://www.acme.com", {"corporate_contact"}, set()),
    (f"hr@acme{ZW}.com", "https://acme.com", set(), {"corporate_contact"}),
    (f"hr@ac{ZW}me.com", "https://acme.com", set(), {"corporate_contact"}),
    ("hr@\u2060acme.com", "https://acme.com", set(), {"corporate_contact"}),
    ("hr@ac\u00adme.com", "https://acme.com", set(), {"corporate_contact"}),
    (f"hr@{CYR_A}cme.com", "https://acme.com", set(), {"corporate_contact"}),
]


@pytest.mark.parametrize(("address", "company", "fire", "silent"), ADDRESSES)
@pytest.mark.parametrize("template", ["Our HR team: write to {} for the details.",
                                      "Écrivez-moi à {} pour les détails.", "{}"])
def test_invisible_characters_inside_an_address_cut_nothing(address, company, fire, silent,
                                                            template) -> None:
    message = template.format(address)
    hits = {h.name: h for h in extract_signals({"message": message,
                                                "sender_company_url": company})}
    assert fire <= hits.keys() and not silent & hits.keys(), (message, sorted(hits))
    if not address.isascii():
        assert "obfuscated_text" in hits
    assert_spans_valid(Approach(message=message, sender_company_url=company), hits.values())


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


# Digits for letters inside ordinary words (normalisation step 4): a disguise that must not
# hide a red flag or the wording, while digits at a word's edge keep their meaning, except in
# leet writing (two words or more with a sign between letters: "crypt0" below; R16-C).
@pytest.mark.parametrize(("text", "form"), [
    ("Keep it betw33n us, my cl1ent pays per rep0rt",
     "keep it between us, my client pays per report"),
    ("Cl0nez le d3p0t et lancez le pr0jet", "clonez le depot et lancez le projet"),
    ("Ta r3mun3ration sera vers3e en crypt0", "ta remuneration sera versee en crypto"),
    ("We build web3 and B2B tools, 3D printing, covid19 tests, 10k users, mp4, x86, i18n",
     "we build web3 and b2b tools, 3d printing, covid19 tests, 10k users, mp4, x86, i18n"),
    ("Salaire 45k€, réf. HQ-2291, tél. 06 39 98 12 34",
     "salaire 45k€, ref. hq-2291, tel. 06 39 98 12 34"),
])
def test_digits_inside_words_read_as_letters(text, form) -> None:
    assert fast_normalize(text) == form
    n = normalize(text)
    assert n.text == form and len(n.index) == len(form)


@pytest.mark.parametrize(("text", "name", "snippet"), [
    ("Keep it betw33n us, don't tell your employer.", "secrecy", "betw33n us"),
    ("Please cl0ne the rep0sitory and run it before our call.", "run_our_code",
     "cl0ne the rep0sitory"),
    ("Mon cl1ent préfère rester anonyme.", "vague_employer", "cl1ent préfère rester anonyme"),
    ("Merci de verser un ac0mpte pour le kit.", "pay_to_work", "verser un ac0mpte"),
])
def test_signals_see_through_digits_inside_words(text, name, snippet) -> None:
    from recruitscore.schema import Approach

    hits = {h.name: h for h in extract_signals(text)}
    assert name in hits, text
    assert any(snippet in e.snippet for e in hits[name].evidence)
    assert_spans_valid(Approach(message=text), list(hits.values()))


@pytest.mark.parametrize("text", ["Add me on Wh4tsApp please", "Écris-moi sur T3l3gram",
                                  "Can we move to S1gnal?", "Add me on te1egram",
                                  "Mon adresse : jo.lee@gma1l.com", "Écris-moi sur T3légram",
                                  "sur Télégr4m stp"])
def test_key_words_with_digits_are_still_disguise(text) -> None:
    import pandas as pd

    from recruitscore.signals import extract_signals_frame

    fired = {h.name for h in extract_signals(text)}
    assert {"obfuscated_text", "off_platform_request"} <= fired
    frame = extract_signals_frame(pd.DataFrame({"message": [text, "Add me on WhatsApp please"]}))
    assert frame["obfuscated_text"].tolist() == [1, 0]
    assert frame["off_platform_request"].tolist() == [1, 1]


def test_digits_for_letters_do_not_lower_the_risk() -> None:
    """A hostile message scores no lower with digits written for letters in its words."""
    import recruitscore as rs

    plain = ["Keep it between us, my client pays USD 2000 per report, add me on WhatsApp.",
             "Please clone the repository and run it on your machine before our call.",
             "Mon client préfère rester anonyme, la rémunération se fait en espèces."]
    leet = ["Keep it betw33n us, my cl1ent pays USD 2000 per rep0rt, add me on Wh4tsApp.",
            "Please cl0ne the rep0sit0ry and run it on y0ur machine bef0re our call.",
            "Mon cl1ent préfère r3ster an0nyme, la rémun3ration se fait en esp3ces."]
    for a, b in zip(plain, leet, strict=True):
        assert rs.score(b).risk >= rs.score(a).risk - 1e-12, b


def _references(text: str) -> str:
    return "".join(f"&#{ord(c)};" for c in text)


MARKUP_DISGUISES = [
    ("bold words", lambda t: " ".join(f"**{w}**" for w in t.split())),
    ("starred words", lambda t: " ".join(f"*{w}*" for w in t.split())),
    ("html tags", lambda t: " ".join(f"<b>{w}</b>" for w in t.split())),
    ("span tags", lambda t: " ".join(f"<span style='x'>{w}</span>" for w in t.split())),
    ("struck", lambda t: t.replace(" ", "~~ ~~")),
    ("references", _references),
    ("nbsp", lambda t: t.replace(" ", "&nbsp;")),
]
MARKUP_MESSAGES = [
    "Please clone our repo and run it before our call. Do not mention this to your employer.",
    "My client pays USD 2,000 for short reports, add me on WhatsApp.",
    "Merci de cloner notre dépôt et de lancer le projet avant l'entretien, n'en parlez pas à "
    "votre employeur.",
]


@pytest.mark.parametrize("message", MARKUP_MESSAGES)
@pytest.mark.parametrize(("name", "disguise"), MARKUP_DISGUISES)
def test_markup_a_reader_never_sees_changes_nothing(message, name, disguise) -> None:
    """Entities, emphasis and inline tags (found by a review to take every red flag away):
    the same signals and the same risk as the plain message, in both paths."""
    import pandas as pd

    import recruitscore as rs

    hidden = disguise(message)
    plain = {h.name for h in extract_signals(message)}
    hits = extract_signals(hidden)
    assert {h.name for h in hits} >= plain - {"obfuscated_text"}, name
    assert_spans_valid(rs.Approach(message=hidden), hits)
    risk = rs.score(hidden).risk
    assert risk >= rs.score(message).risk - 0.05, name
    frame = rs.score_frame(pd.DataFrame({"message": [hidden]}))
    assert abs(float(frame["risk"].iloc[0]) - risk) < 1e-6  # the frame rounds to 6 places


def test_a_decoded_reference_is_evidence_in_full() -> None:
    text = "add me on " + _references("WhatsApp") + " please"
    (hit,) = [h for h in extract_signals(text) if h.name == "off_platform_request"]
    (ev,) = hit.evidence
    assert ev.snippet == _references("WhatsApp") and text[ev.start:ev.end] == ev.snippet
    assert normalize("Fish &amp; chips &bogus; &#x41;").text == "fish & chips &bogus; a"
    assert (fast_normalize("**hi** <b>there</b> <a href='x'>link</a>")
            == "hi there <a href='x'>link</a>")


@pytest.mark.parametrize("spelled", ["ꓪꓧꓮꓔꓢꓮꓑꓑ", "whɑtsɑpp", "⒲⒣⒜⒯⒮⒜⒫⒫",
                                     "ᏔᎻᎪᎢᏚᎪᏢᏢ", "ꮃꮒꭺꭲꮪꭺꮲꮲ", "wհatsapp"])
def test_rarer_look_alike_letters_read_as_latin(spelled) -> None:
    # Lisu capitals, the IPA alpha and parenthesised letters (found by a review: each took the
    # off-platform request away); Cherokee capitals and small letters and Armenian 'հ' come
    # from Unicode's confusables data
    text = f"add me on {spelled}"
    assert normalize(text).text == fast_normalize(text) == "add me on whatsapp"
    (hit,) = [h for h in extract_signals(text) if h.name == "off_platform_request"]
    assert hit.evidence[0].snippet == spelled


@pytest.mark.parametrize("control", ["\x00", "\x01", "\x1b", "\x7f", "\x02"])
def test_control_characters_between_words_hide_nothing(control) -> None:
    # found by a review: NUL or DEL in place of the spaces joined every word and took every red
    # flag away (0.997 -> 0.37); they now separate words, and are a disguise themselves
    import recruitscore as rs

    plain = "My client pays USD 2,000 per report. Add me on WhatsApp. Keep it between us."
    hidden = plain.replace(" ", control)
    names = {h.name for h in extract_signals(hidden)}
    assert {"paid_report", "off_platform_request", "secrecy", "obfuscated_text"} <= names
    assert rs.score(hidden).risk >= rs.score(plain).risk - 1e-9


@pytest.mark.parametrize("lang, plain, expected", [
    ("en", "Please clone our repo and run npm install before the interview, then message me "
     "on WhatsApp.", {"run_our_code", "run_before_call", "off_platform_request"}),
    ("fr", "Clonez notre dépôt et lancez npm install avant l'entretien, puis écrivez-moi sur "
     "WhatsApp.", {"run_our_code", "run_before_call", "off_platform_request"}),
    ("en", "My client pays USD 2,000 per report. Keep it between us.",
     {"paid_report", "secrecy"}),
])
@pytest.mark.parametrize("joiner", ["\u200b", "\u2060", "\u180e", "\ufeff", "\u200d",
                                    "\ufe0f", "\u034f", "\U000e0020", "\U000e0100",
                                    # review17: a bidi mark beside a zero-width space, and the
                                    # other invisibles (R21-J)
                                    "\u200b\u200e", "\u00ad", "\u200f", "\u2066", "\u061c",
                                    "\u202a", "\u180b", "\u17b4", "\U0001d173",
                                    # red-team round 7, F3: default-ignorable and format
                                    # characters the hand list missed (one definition now,
                                    # padding.invisible_ranges)
                                    "\u2065", "\u206a", "\u206f", "\ufff0", "\ufff9",
                                    "\ufffb", "\U0001bca0", "\U0001bca3", "\U000e0080",
                                    "\U000e01f0", "\U000e0fff", "\U00013430", "\u0600"])
def test_invisible_characters_between_words_hide_nothing(lang, plain, expected, joiner) -> None:
    # a variation selector, the combining grapheme joiner or a tag character in place of every
    # space took every red flag away (0.98 -> 0.34); zero-width spaces left only the disguise
    # (0.67). The text is read twice, as stored and with them as spaces (rule R21-E)
    import recruitscore as rs

    hidden = plain.replace(" ", joiner)
    hits = extract_signals(hidden)
    assert expected | {"obfuscated_text"} <= {h.name for h in hits}
    assert_spans_valid(rs.Approach(message=hidden), hits)
    assert rs.score(hidden).risk >= rs.score(plain).risk - 1e-9
    assert normalize(hidden).text == fast_normalize(hidden)


# Text that holds invisible or format characters for what they are (emoji sequences, Arabic
# number signs before Arabic digits, bidi marks in right-to-left text, accents, CJK): the one
# definition of invisible characters (red-team round 7, F1/F3) must not read them as spaces
# between words nor call them a disguise. (matching form expected)
ORDINARY_INVISIBLES = [
    # (an emoji alone between spaces is dropped by step 0, as before)
    ("I \u2764\ufe0f\u2764\ufe0f\u2764\ufe0f this role!", "i this role!"),
    ("Merci\u2764\ufe0f\u2764\ufe0f\u2764\ufe0f à bientôt", "merci\u2764\u2764\u2764 a bientot"),
    ("Salaire\u00a0: 55\u202f000\u00a0€, télétravail partiel.",
     "salaire : 55 000 €, teletravail partiel."),
    ("De\u0301veloppeur expe\u0301rimente\u0301 à Paris", "developpeur experimente a paris"),
    ("السعر \u0600١٢٣ درهم", "السعر 123 درهم"),  # digits read as ASCII (R27-J1)
    # (an ideographic full stop beside Han characters stays as written: rules R33-E, R33-O)
    ("我们正在招聘数据工程师。请回复。", "我们正在招聘数据工程师。请回复。"),
    ("שלום\u200f משרה בתל אביב", "שלום משרה בתל אביב"),
]


@pytest.mark.parametrize("text, expected", ORDINARY_INVISIBLES)
def test_ordinary_invisible_characters_are_no_disguise(text: str, expected: str) -> None:
    assert normalize(text).text == fast_normalize(text) == expected
    assert not {h.name for h in extract_signals(text)} & {"obfuscated_text", "padded_text"}


def test_invisible_characters_inside_a_word_still_read_and_emoji_are_no_disguise() -> None:
    # a zero-width character cutting a key word: the first reading joins it
    assert {"run_our_code", "obfuscated_text"} <= {
        h.name for h in extract_signals("Please cl\u200bone our repo")}
    (hit,) = [h for h in extract_signals("Call me on Whats\u034fApp")
              if h.name == "off_platform_request"]
    assert hit.evidence == tuple(dict.fromkeys(hit.evidence))  # one piece per place
    # a variation selector after an emoji is how the emoji is drawn; NFD accents are letters
    for text in ("I \u2764\ufe0f this role!", "De\u0301veloppeur expe\u0301rimente\u0301"):
        assert "obfuscated_text" not in {h.name for h in extract_signals(text)}
        assert normalize(text).text == fast_normalize(text)


def test_a_control_character_inside_a_word_is_a_disguise() -> None:
    names = {h.name for h in extract_signals("add me on what\x00sapp")}
    assert names == {"off_platform_request", "obfuscated_text"}
    # inside another key word it splits the word: the disguise still counts
    assert "obfuscated_text" in {h.name for h in extract_signals("keep it betw\x00een us")}


def _spaced(text: str, gap: str = "  ") -> str:
    """Letters and digits spaced one by one ("c a l l."), words parted by ``gap``."""
    import re

    return gap.join(re.sub(r"(?<=[^\W_])(?=[^\W_])", " ", word) for word in text.split())


def _joined(text: str, joiner: str) -> str:
    """Letters joined one by one by ``joiner`` ("c.a.l.l."), words by a space (digits joined
    so read as a range or a date, and stay as written)."""
    import re

    return " ".join(re.sub(r"(?<=[^\W\d_])(?=[^\W\d_])", joiner, word) for word in text.split())


def _overridden(text: str) -> str:
    return "\u202e" + text[::-1] + "\u202c"


def assert_hides_nothing(message: str, hidden: str, name: str) -> set[str]:
    """``hidden`` keeps every signal of ``message``, valid spans and a risk no lower than 0.05
    below it, the same in both paths; returns the names of its signals."""
    import pandas as pd

    import recruitscore as rs

    hits = extract_signals(hidden)
    names = {h.name for h in hits}
    assert names >= {h.name for h in extract_signals(message)}, name
    assert_spans_valid(rs.Approach(message=hidden), hits)
    risk = rs.score(hidden).risk
    assert risk >= rs.score(message).risk - 0.05, name
    frame = rs.score_frame(pd.DataFrame({"message": [hidden]}))
    assert abs(float(frame["risk"].iloc[0]) - risk) < 1e-6
    return names


DISPLAY_DISGUISES = [
    ("spaced letters", _spaced),
    ("spaced letters, tab between words", lambda t: _spaced(t, "\t")),
    ("spaced letters, three spaces", lambda t: _spaced(t, "   ")),
    ("dotted letters", lambda t: _joined(t, ".")),
    ("hyphenated letters", lambda t: _joined(t, "-")),
    ("letters joined by middle dots", lambda t: _joined(t, "\u00b7")),
    ("words joined by underscores", lambda t: t.replace(" ", "_")),
    ("words joined by dots", lambda t: t.replace(" ", ".")),
    ("words joined by hyphens", lambda t: t.replace(" ", "-")),
    ("right-to-left override", _overridden),
]


@pytest.mark.parametrize("message", MARKUP_MESSAGES)
@pytest.mark.parametrize(("name", "disguise"), DISPLAY_DISGUISES)
def test_text_that_displays_plainly_reads_plainly(message, name, disguise) -> None:
    """A whole message in letters spaced or dotted one by one (words parted by a space or a
    wider gap), in words joined by one character, or written backwards inside a right-to-left
    override (it displays the right way round), keeps the signals and the risk of the plain
    message in both paths (a review measured 0.99 -> 0.60 and 0.37; my own probes 0.37-0.60);
    spaced, dotted and reversed letters are a disguise themselves."""
    hidden = disguise(message)
    assert normalize(hidden).text == fast_normalize(hidden)
    if "override" not in name and not name.startswith("words"):
        # (an override is also read as stored, after the display; joined words keep the
        # punctuation they were glued to)
        assert fast_normalize(hidden) == fast_normalize(message)
    names = assert_hides_nothing(message, hidden, name)
    if not name.startswith("words"):  # spaced, dotted or reversed letters are a disguise
        assert "obfuscated_text" in names


@pytest.mark.parametrize(("text", "form"), [
    ("c l o n e  o u r  r e p o", "clone our repo"),
    ("M e r c i  d e  c l o n e r  l e  d é p ô t", "merci de cloner le depot"),
    # an override: the text with its runs as displayed, then as stored (a platform may strip
    # the override)
    ("Hello,\u202eoper ruo enolc\u202c, thanks",
     "hello,clone our repo, thanks. hello,oper ruo enolc, thanks"),
    ("\u202edne eht ot\nnext", "to the end next. dne eht ot next"),  # ends at the line
    # left alone: no wider gap (word boundaries unknown), too short, or not lone letters
    ("c l o n e o u r r e p o", "c l o n e o u r r e p o"),
    # no four lone characters in a row between single spaces: words of 1 to 3 letters only
    ("call 0 6  1 2  3 4  5 6  7 8 now", "call 0 6 1 2 3 4 5 6 7 8 now"),
    ("a b c  d e", "a b c d e"),
    ("grade A  B  C  D  E  F  G  H", "grade a b c d e f g h"),
    ("it is a  b c d e f g h test", "it is a bcdefgh test"),
    # dotted writing: joined letters read as the word, e.g. too; ranges and addresses do not
    ("c.l.o.n.e o-u-r r_e_p_o, 3-4 pages, e.g. now", "clone our repo, 3-4 pages, eg. now"),
    ("t.e.l.e.g.r.a.m: j.d.s.m.i.t.h@gmail.com", "telegram: j.d.s.m.i.t.h@gmail.com"),
    ("e.g. U.S. and H/F, 1/2", "e.g. u.s. and h/f, 1/2"),  # no dotted word of 5: left alone
    # joined writing: a character between two letters 5 times or more, and more often than
    # the text has spaces, reads as a space; identifiers, compounds and addresses in ordinary
    # text stay as written
    ("Please_clone_our_repo_and_run_it._Keep_it_quiet", "please clone our repo and run it. keep "
     "it quiet"),
    ("Merci-de-cloner-notre-depot-avant-l'entretien",
     "merci de cloner notre depot avant l'entretien"),
    ("a state-of-the-art tool, see run_our_code.py",
     "a state-of-the-art tool, see run_our_code.py"),
    ("mail first.second.third.fourth.fifth.sixth@corp.com",
     "mail first.second.third.fourth.fifth.sixth@corp.com"),
    ("https://docs.example.com/one-two-three-four-five-six-seven",
     "https://docs.example.com/one-two-three-four-five-six-seven"),
])
def test_spaced_regions_and_overrides_in_the_matching_form(text, form) -> None:
    n = normalize(text)
    assert n.text == fast_normalize(text) == form
    for start in range(len(n.text)):
        o_start, o_end = n.span(start, start + 1)
        assert 0 <= o_start < o_end <= len(text)


def test_spaced_app_names_and_reversed_evidence() -> None:
    # a spaced app name alone is still read by the patterns and is still a disguise
    names = {h.name for h in extract_signals("Contact me on W h a t s A p p please")}
    assert {"off_platform_request", "obfuscated_text"} <= names
    spaced = "A d d  m e  o n  W h a t s A p p"
    hits = {h.name: h for h in extract_signals(spaced)}
    assert {"off_platform_request", "obfuscated_text"} <= set(hits)
    ev = hits["off_platform_request"].evidence[0]
    assert spaced[ev.start:ev.end] == ev.snippet == "W h a t s A p p"
    # inside an override the evidence is the stored (reversed) text that displays the words
    text = "Hi \u202e" + "add me on WhatsApp"[::-1] + "\u202c"
    (hit,) = [h for h in extract_signals(text) if h.name == "off_platform_request"]
    assert "ppAstahW" in {ev.snippet for ev in hit.evidence}
    assert all(text[ev.start:ev.end] == ev.snippet for ev in hit.evidence)
    # an override before text written plainly (it displays backwards, or as written where the
    # platform strips it) hides nothing
    plain = "Add me on WhatsApp, keep it between us, my client pays USD 2000 per report"
    assert ({h.name for h in extract_signals(plain)}
            <= {h.name for h in extract_signals("\u202e" + plain)})


def test_confusables_data_is_loaded_only_for_unusual_letters() -> None:
    """Plain Latin and French text never loads Unicode's confusables data (cold start)."""
    import subprocess
    import sys

    code = ("import sys, recruitscore as rs; rs.score('Bonjour, offre à Genève, 55 k€ « top »');"
            "a = 'confusable_homoglyphs' in sys.modules; rs.score('add me on \\u13d4\\u13bb');"
            "print(a, 'confusable_homoglyphs' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "True"]


REVIEW_DISGUISES = [  # a red-team review of December 2026 (each took red flags away)
    ("Hangul filler for spaces", lambda t: t.replace(" ", "\u3164")),
    ("Braille blank for spaces", lambda t: t.replace(" ", "\u2800")),
    ("<wbr> inside words", lambda t: t.replace("clon", "clo<wbr>n")
     .replace("mention", "men<wbr>tion").replace("parlez", "par<wbr>lez")
     .replace("WhatsApp", "Whats<wbr/>App")),
    ("HTML comment inside words", lambda t: t.replace("our", "o<!-- x -->ur")
     .replace("rapport", "rap<!---->port").replace("reports", "re<!-- -->ports")),
    ("hyphenated across lines", lambda t: t.replace("mention", "men-\ntion")
     .replace("reports", "re-\nports").replace("WhatsApp", "What-\nsApp")
     .replace("parlez", "par-\nlez").replace("rapport", "rap-\nport")),
    ("modifier apostrophe", lambda t: t.replace("'", "\u02bc")),
    ("Armenian apostrophe", lambda t: t.replace("'", "\u055a")),
    ("enclosing circles", lambda t: "".join(c + "\u20dd" if c.isalpha() else c for c in t)),
    ("keycaps", lambda t: "".join(c + "\u20e3" if c.isalpha() else c for c in t)),
    ("emoji between words", lambda t: " 👉 ".join(t.split(" "))),
    ("pipes between words", lambda t: " | ".join(t.split(" "))),
    ("quoted words", lambda t: " ".join(f"'{w}'" for w in t.split(" "))),
    ("bullets and arrows between words", lambda t: " • ".join(t.split(" ")).replace("•", "→", 3)),
    ("negative circled letters", lambda t: "".join(
        chr(0x1F150 + ord(c.lower()) - 97) if "a" <= c.lower() <= "z" else c for c in t)),
    # separators between single words (December 2026, the rule R16-B of the notes)
    ("slashes between words", lambda t: " / ".join(t.split(" "))),
    ("dashes between words", lambda t: " - ".join(t.split(" "))),
    ("ellipses after words", lambda t: "… ".join(t.split(" "))),
    ("flags between words", lambda t: " 🇫🇷 ".join(t.split(" "))),
    # leet writing, at word edges too (the rule R16-C of the notes)
    ("digits for letters", lambda t: t.replace("e", "3").replace("o", "0")),
    ("@ and digits for letters", lambda t: t.replace("a", "@").replace("e", "3")),
    # a markdown link on every word (R16-D)
    ("markdown link on every word", lambda t: " ".join(f"[{w}](https://x.y)"
                                                       for w in t.split(" "))),
    # text hidden by inline CSS between the words ("salting"; R16-G)
    ("hidden junk between words", lambda t: " ".join(
        f'{w}<span style="display:none">zq{i}</span>' for i, w in enumerate(t.split(" ")))),
    ("zero-size junk inside words", lambda t: t.replace("clone", 'cl<font style="font-size:0">'
                                                         'x</font>one').replace(
        "WhatsApp", 'Whats<b hidden>q</b>App').replace("rapport", 'rap<i style="opacity:0">'
                                                       'z</i>port')),
    # ellipses, dashes and arrows between words (the rule R17-A of the notes)
    ("ASCII ellipses after words", lambda t: "... ".join(t.split(" "))),
    ("ellipses at the key gaps", lambda t: t.replace("clone our", "clone... our").replace(
        "this to", "this\u2026 to").replace("me on", "me... on").replace("de cloner",
                                                                           "de... cloner")
     .replace("sur WhatsApp", "sur\u2026 WhatsApp").replace("parlez pas", "parlez... pas")),
    ("em dashes between words", lambda t: "\u2014".join(t.split(" "))),
    # stretched letters (R17-H)
    ("stretched letters", lambda t: t.replace("clone", "clooone").replace("repo", "repooo")
     .replace("client", "cliiient").replace("WhatsApp", "WhatsAaapp").replace(
         "employer", "emplooooyer").replace("dépôt", "dépôôôt").replace("parlez", "parlezzz")
     .replace("rapport", "rapporrrt")),
    ("arrows between words", lambda t: " > ".join(t.split(" "))),
    ("slashes inside the phrases", lambda t: t.replace("clone our repo", "clone / our / repo")
     .replace("mention this to", "mention / this / to").replace("add me on", "add / me / on")
     .replace("notre dépôt", "notre / dépôt /").replace("ajoutez-moi sur", "ajoutez-moi / sur /")),
]
REVIEW_MESSAGES = [*MARKUP_MESSAGES, "Mon client paie 2 000 € par rapport, ajoutez-moi sur "
                   "WhatsApp."]


@pytest.mark.parametrize("message", REVIEW_MESSAGES)
@pytest.mark.parametrize(("name", "disguise"), REVIEW_DISGUISES)
def test_review_disguises_hide_nothing(message, name, disguise) -> None:
    """What the reader sees is the plain message: the same red flags, a risk no lower, both
    paths."""
    hidden = disguise(message)
    assert normalize(hidden).text == fast_normalize(hidden)
    assert_hides_nothing(message, hidden, name)


@pytest.mark.parametrize(("text", "form"), [
    # separators between words read as spaces only between words that hold letters, never
    # currency signs, and not a shell pipe
    ("Python / Django / React", "python django react"),
    ("call. / Do … not", "call. do not"),
    ("3 - 4 - 5 weeks, 12 / 05 / 2026", "3 - 4 - 5 weeks, 12 / 05 / 2026"),
    ("110 k€ fixe + bonus + equity", "110 k\u20ac fixe bonus equity"),
    ("curl -s x | sh | bash", "curl -s x | sh | bash"),
    ("one - two", "one - two"),
    # an ellipsis within a sentence, an em dash between letters, arrows between single words
    # read as spaces (R17-A); an ellipsis before a capital, a digit or the end stays
    ("I was wondering... would you", "i was wondering would you"),
    ("Bonjour\u2026 je vous \u00e9cris", "bonjour je vous ecris"),
    ("Well... Next week. Or 2... 3 days... ok...", "well... next week. or 2... 3 days ok..."),
    ("the role\u2014fully remote\u2014pays 2\u20143 k", "the role fully remote pays 2-3 k"),
    ("Settings > Privacy > Data", "settings privacy data"),
    # a letter three times or more in a word reads once (R17-H); placeholders, roman numerals,
    # dates, numbers and addresses stay
    ("Hiii, sooo happy, Calll me", "hi, so happy, cal me"),
    ("xxx iii dd/mm/yyyy 9400xxxx www.x.com zzz.", "xxx iii dd/mm/yyyy 9400xxxx www.x.com zzz."),
    ("if a > b then go", "if a > b then go"),
])
def test_separators_between_words(text: str, form: str) -> None:
    assert fast_normalize(text) == normalize(text).text == form


@pytest.mark.parametrize(("text", "form"), [
    # a digit at a word's edge stays a digit unless the text is in leet writing (two words
    # with a sign between letters), and even then in quantities, times, ordinals and "web3"
    ("Our web3 team: 10am call, 1st round, cl0ne it", "our web3 team: 10am call, 1st round, "
     "clone it"),
    ("cl0n3 0ur r3p0 at 10am (5k, web3, 3rd), mail j@x.io", "clone our repo at 10am (5k, web3, "
     "3rd), mail j@x.io"),
    ("p@rlez-en p@s, write to a@b.fr or x@y.com", "parlez-en pas, write to a@b.fr or x@y.com"),
    ("write to a@b.fr or x@y.com", "write to a@b.fr or x@y.com"),
    ("my cl1ent p4ys $1k/report, 1k/r3port", "my client pays $1k/report, 1k/report"),
    # '@' before a sentence's last dot is a letter, not an address
    ("cl0n3 0ur r3p0 b3f0r3 0ur c@ll. Or mail j@x.io.", "clone our repo before our call. or mail "
     "j@x.io."),
])
def test_leet_writing(text: str, form: str) -> None:
    assert fast_normalize(text) == normalize(text).text == form


@pytest.mark.parametrize(("text", "form", "name"), [
    # red-team round 7 (R24-E). F5: Latin letters with a stroke, bar, hook or curl read as their
    # base letter (their Unicode name says which)
    ("We will send you a ȼħɇqʉɇ, đɇᵽøsɨŧ it", "we will send you a cheque, deposit it",
     "cheque_forwarding"),
    ("vous avez été ɍɇŧɇnʉ sans ɇnŧɍɇŧɨɇn", "vous avez ete retenu sans entretien",
     "offer_without_interview"),
    ("pouvons-nous continuer sur Ŧelegram ?", "pouvons-nous continuer sur telegram ?",
     "off_platform_request"),
    # F6: a word in parenthesised letters is that word, not a gap between words
    ("Please ⒞⒧⒪⒩⒠ our ⒭⒠⒫⒪ and ⒭⒰⒩ it before the interview",
     "please clone our repo and run it before the interview", "run_before_call"),
    ("Merci de régler les ⒡⒭⒜⒤⒮ de formation de 150 €",
     "merci de regler les frais de formation de 150 \u20ac", "pay_to_work"),
    # F10: a trademark sign or a footnote number glued to a key word
    ("Let's continue on WhatsApp™, it's more private.",
     "let's continue on whatsapp , it's more private.", "off_platform_request"),
    ("continuons sur Signal¹ ou WhatsApp℠", "continuons sur signal ou whatsapp",
     "off_platform_request"),
])
def test_marked_letters_and_signs_read_as_shown(text: str, form: str, name: str) -> None:
    assert fast_normalize(text) == normalize(text).text == form
    hits = [h for h in extract_signals(text) if h.name == name]
    assert hits, name
    assert_spans_valid(Approach(message=text), hits)


@pytest.mark.parametrize(("text", "form"), [
    # what these readings must leave as it was
    ("Łódź, Ærøskøbing, Straße, naïve café", "lodz, aeroskobing, strasse, naive cafe"),
    ("CO₂ emissions, 10 m² office", "co2 emissions, 10 m office"),
    ("① Clone the repo ② run the tests", "1 clone the repo 2 run the tests"),
    # the schwa stays; a turned a reads as a (upside-down writing, R27-K)
    ("ə and ɐ stay, ® too", "ə and a stay, ® too"),
    ("see you 👋 tomorrow → ok", "see you tomorrow ok"),
])
def test_marked_letters_counterexamples(text: str, form: str) -> None:
    assert fast_normalize(text) == normalize(text).text == form


def test_markdown_links_in_a_row_are_read_as_shown_and_as_stored() -> None:
    text = "Do [clone](https://x.y/r) [our](https://x.y/r) [repo](https://x.y/r)."
    n = normalize(text)
    assert n.text == fast_normalize(text) == ("do clone our repo.. do [clone](https://x.y/r) "
                                              "[our](https://x.y/r) [repo](https://x.y/r).")
    assert text[slice(*n.span(3, 8))] == "clone"
    # one link, or links apart, are read as stored only
    for plain in ("See [our repo](https://x.y/r).", "[a](u) and [b](v)"):
        assert fast_normalize(plain) == plain.lower()


def test_blank_letters_between_words_are_a_disguise() -> None:
    hits = {h.name: h for h in extract_signals("add\u3164me\u3164on\u3164whatsapp")}
    assert {"off_platform_request", "obfuscated_text"} <= set(hits)
    assert "obfuscated_text" not in {h.name for h in extract_signals("Bonjour \u2800")}


def test_long_mojibake_is_aligned_piece_by_piece() -> None:
    """After a mojibake repair the index map is built word by word (one matcher over a whole
    long text took 94 s on 9 kB, a review found); it stays in range and in order."""
    text = "Le poste est Ã  pourvoir Ã  Paris, dÃ©veloppeur confirmÃ©. " * 60 + "Ã©tÃ©" * 300
    n = normalize(text)
    assert n.text == fast_normalize(text)
    assert n.text.startswith("le poste est a pourvoir a paris, developpeur confirme.")
    assert list(n.index) == sorted(n.index) and all(0 <= i < len(text) for i in n.index)
    start = n.text.index("developpeur")
    o_start, o_end = n.span(start, start + len("developpeur"))
    assert text[o_start:o_end] == "dÃ©veloppeur"


ROUND2_DISGUISES = [  # a second review of December 2026, against step 0 itself
    ("empty HTML5 comments around the message", lambda t: "<!-->" + t + "<!-->"),
    ("a comment closed by --!>", lambda t: "<!-- x --!>" + t + "<!-- y -->"),
    ("empty comments inside words", lambda t: t.replace("clon", "clo<!-->n")
     .replace("mention", "men<!--->tion")),
    ("words joined by stars", lambda t: "*".join(t.split(" "))),
    ("words joined by double underscores", lambda t: "__".join(t.split(" "))),
    ("words joined by double tildes", lambda t: "~~".join(t.split(" "))),
    ("an empty override between words", lambda t: " \u202e\u202c".join(t.split(" "))),
    ("Outlook and code tags inside words", lambda t: t.replace("clon", "clo<o:p></o:p>n")
     .replace("parlez", "par<code></code>lez").replace("mention", "men<code></code>tion")),
    ("symbols between narrow no-break spaces", lambda t: "\u202f👉\u202f".join(t.split(" "))),
]


@pytest.mark.parametrize("message", REVIEW_MESSAGES)
@pytest.mark.parametrize(("name", "disguise"), ROUND2_DISGUISES)
def test_step0_itself_cannot_be_used_to_hide(message, name, disguise) -> None:
    """Step 0's readings must not delete, glue or split what the reader sees."""
    test_review_disguises_hide_nothing(message, name, disguise)


@pytest.mark.parametrize("text", [
    # a regex rule that dropped elements "hidden by display:none" was removed (R15-L): it could
    # not tell a style that hides from a title or a later declaration that shows. The parser
    # that replaced it (R16-G) must not drop these either
    '<span title="display:none" style="display:none;display:inline">Add me on WhatsApp</span>',
    '<span style="visibility:hidden">x <b style="visibility:visible">Add me on WhatsApp</b></span>',
    '<span style="font-size:0">x <b style="font-size:14px">Add me on WhatsApp</b></span>',
    # a style sheet could show an element again: the text is also read as stored
    '<style>span{display:inline!important}</style><span style="display:none">Add me on '
    'WhatsApp</span>',
])
def test_visible_text_in_a_span_is_never_dropped(text: str) -> None:
    assert "off_platform_request" in {h.name for h in extract_signals(text)}
    assert normalize(text).text == fast_normalize(text)


def test_hidden_elements_read_as_the_reader_sees_them() -> None:
    text = 'Add me <span style="display: none !important">zq</span>on What<b hidden>x</b>sApp'
    n = normalize(text)
    assert n.text == fast_normalize(text) == "add me on whatsapp. add me zq on what x sapp"
    assert text[slice(*n.span(7, 9))] == "on"


@pytest.mark.parametrize("text", [
    # a review (December 2026) deleted whole messages a browser shows through a reading that
    # dropped hidden elements once; the text is now read both ways, so each keeps its flags
    '<p style="display:none">Preview<p>Add me on WhatsApp',
    '<ul><li hidden>x<li>Add me on WhatsApp</ul>',
    '<span style="opacity:">Add me on WhatsApp</span>',
    '<span style="opacity:0px">Add me on WhatsApp</span>',
    '<span style="color:red" style="display:none">Add me on WhatsApp</span>',
    '<span hidden style="display:inline">Add me on WhatsApp</span>',
    '<span style="font-size:0"><b style="font:14px Arial">Add me on WhatsApp</b></span>',
    '<span style="font-size:0"><font size="3">Add me on WhatsApp</font></span>',
])
def test_a_misjudged_hidden_element_takes_nothing_away(text: str) -> None:
    assert "off_platform_request" in {h.name for h in extract_signals(text)}
    assert normalize(text).text == fast_normalize(text)


@pytest.mark.parametrize("style", ["display:/**/none", "display:none!important;display:inline",
                                   "opacity:-1", "DISPLAY: NONE"])
def test_hiding_styles_are_read(style: str) -> None:
    from recruitscore.normalize import _hidden_ranges

    text = f'a <span style="{style}">zq</span> b'
    assert _hidden_ranges(text) == [(2, text.index("</span>") + 7)]


def test_tag_tokenizer_agrees_with_html_parser_on_well_formed_markup() -> None:
    """The hidden-element step finds tags with a small tokenizer (html.parser is quadratic on
    unclosed tags); on well-formed markup it finds the same start and end tags."""
    from html.parser import HTMLParser

    from recruitscore.normalize import _TAG, _attributes

    text = ('<div class="x" hidden><p style="display:none; color: red">a <b>b</b></p>'
            "<!-- c --><img src='y.png' alt=\"q\"/><span title=\"t\" style='opacity:0'>d"
            "</span><br></div><FONT SIZE=3>e</FONT>")
    events: list[tuple[str, str, dict[str, str]]] = []

    class Events(HTMLParser):
        def handle_starttag(self, tag, attrs):
            events.append(("start", tag, {k: v or "" for k, v in attrs}))

        def handle_startendtag(self, tag, attrs):  # "<img .../>": a start tag only
            self.handle_starttag(tag, attrs)

        def handle_endtag(self, tag):
            events.append(("end", tag, {}))

    Events(convert_charrefs=False).feed(text)
    ours = [("end" if m.group(1) else "start", m.group(2).lower(),
             {} if m.group(1) else _attributes(m.group(3).rstrip("/")))
            for m in _TAG.finditer(text) if m.group(2)]
    assert ours == events


def test_batch_and_single_paths_agree_with_unicode_spaces_and_a_surrogate() -> None:
    import pandas as pd

    import recruitscore as rs

    hidden = "\udc80 " + "\u00a0".join("'" + w + "'" for w in REVIEW_MESSAGES[0].split(" "))
    column = [hidden] + ["Hello, are you open to a new role?"] * 40
    frame = rs.score_frame(pd.DataFrame({"message": column}, dtype=object))
    assert abs(float(frame["risk"].iloc[0]) - rs.score(hidden).risk) < 1e-6


def test_joined_writing_keeps_short_links() -> None:
    text = "My.client.pays.USD.2,000.for.short.reports,.write.to.me.at t.me/jdoe_recruit"
    assert "t.me/jdoe_recruit" in fast_normalize(text)
    assert "off_platform_request" in {h.name for h in extract_signals(text)}


def _numeric_refs(word: str, hexa: bool = False) -> str:
    """A word as numeric character references without the closing ';' (round 7, F15)."""
    return "".join(f"&#x{ord(c):x}" if hexa else f"&#{ord(c)}" for c in word)


def _bbcode(word: str) -> str:
    return word[:len(word) // 2] + "[b]" + word[len(word) // 2:] + "[/b]"


ROUND7_DISGUISES = [  # round 7 of the red team (/work/redteam/round7/REPORT.md)
    # F15: numeric references without ';', decimal and hexadecimal
    ("numeric references without ';'", lambda t: " ".join(
        _numeric_refs(w) if len(w) > 3 else w for w in t.split(" "))),
    ("hex references without ';'", lambda t: " ".join(
        _numeric_refs(w, hexa=True) if len(w) > 3 else w for w in t.split(" "))),
    # F4: a right-to-left override written as a reference, as <bdo> or as CSS
    ("override as a hex reference", lambda t: "&#x202E;" + t[::-1] + "&#x202C;"),
    ("override as a decimal reference", lambda t: "&#8238;" + t[::-1]),
    ("<bdo dir=rtl>", lambda t: '<bdo dir="rtl">' + t[::-1] + "</bdo>"),
    ("CSS bidi-override on a paragraph", lambda t: '<p style="direction:rtl;unicode-bidi:'
                                                   'bidi-override">' + t[::-1] + "</p>"),
    ("CSS bidi-override on a span", lambda t: "Hi, <span style='unicode-bidi: bidi-override; "
                                              "direction: rtl'>" + t[::-1] + "</span> thanks"),
    # F8: HTML line breaks, paragraphs and cells between words
    ("<br> between words", lambda t: "<br>".join(t.split(" "))),
    ("<BR/> between words", lambda t: "<BR/>".join(t.split(" "))),
    ("paragraphs between words", lambda t: "<p>" + "</p><p>".join(t.split(" ")) + "</p>"),
    ("table cells between words", lambda t: "<table><tr><td>" + "</td><td>".join(t.split(" "))
     + "</td></tr></table>"),
    # F11: markup inside words
    ("<a> without an address inside words", lambda t: " ".join(
        w[:3] + "<a>" + w[3:] + "</a>" if len(w) > 4 else w for w in t.split(" "))),
    ("<img> and <samp> inside words", lambda t: t.replace("WhatsApp", "Whats<img src=x>App")
     .replace("clone", "cl<samp>o</samp>ne").replace("reports", "rep<img src='y.png'>orts")
     .replace("cloner", "clo<img alt=''>ner").replace("rapport", "rap<samp></samp>port")),
    ("BBCode inside words", lambda t: " ".join(
        _bbcode(w) if len(w) > 4 else w for w in t.split(" "))),
    ("empty BBCode inside words", lambda t: t.replace("repo", "re[b][/b]po").replace(
        "WhatsApp", "Whats[i][/i]App").replace("dépôt", "dé[u][/u]pôt").replace(
        "mention", "men[b][/b]tion")),
    ("spoilers inside words", lambda t: " ".join(
        w[:3] + "||" + w[3:] + "||" if len(w) > 4 else w for w in t.split(" "))),
    # F12: typographic hyphenation and quoted-printable soft breaks
    ("U+2010 hyphen across lines", lambda t: " ".join(
        w[:3] + "\u2010\n" + w[3:] if len(w) > 5 and w.isalpha() else w for w in t.split(" "))),
    ("soft hyphen across lines", lambda t: " ".join(
        w[:3] + "\u00ad\n" + w[3:] if len(w) > 5 and w.isalpha() else w for w in t.split(" "))),
    ("quoted-printable soft breaks", lambda t: " ".join(
        w[:2] + "=\n" + w[2:] if len(w) > 3 and w.isalpha() else w for w in t.split(" "))),
]


@pytest.mark.parametrize("message", REVIEW_MESSAGES)
@pytest.mark.parametrize(("name", "disguise"), ROUND7_DISGUISES)
def test_round7_markup_disguises_hide_nothing(message, name, disguise) -> None:
    """Markup a browser reads (references without ';', overrides written as references, tags
    or CSS, line breaks, tags and BBCode inside words, hyphenation): the plain message's red
    flags, a risk no lower, valid spans, both paths (EN and FR)."""
    hidden = disguise(message)
    assert normalize(hidden).text == fast_normalize(hidden)
    assert_hides_nothing(message, hidden, name)


@pytest.mark.parametrize(("text", "form"), [
    # F15: numeric references need no ';' (as in the HTML5 parser); named ones do
    ("&#99&#104&#101&#113&#117&#101", "cheque"),
    ("&#x72&#x65&#x74&#x65&#x6e&#x75 sans entretien", "retenu sans entretien"),
    ("&#87&#104&#97&#116&#115&#65&#112&#112 ?", "whatsapp ?"),
    ("&#x57;&#104&#x61 mixed", "wha mixed"),
    # the counterexamples: no change
    ("AT&T and R&D, Q&A", "at&t and r&d, q&a"),
    ("&copy 2024 Acme &amp; Co", "&copy 2024 acme & co"),
    ("Fish &amp; chips &bogus; &#x41;", "fish & chips &bogus; a"),
    ("Only &#36;5 a month", "only $5 a month"),
    ("Ing&eacute;nieur d&eacute;veloppement &agrave; Lyon, 55&nbsp;k&euro;",
     "ingenieur developpement a lyon, 55 k€"),
    ("D&#233;veloppeur, r&#xe9;mun&#233ration", "developpeur, remuneration"),
    # F8: HTML line breaks, paragraphs and cells are white space
    ("Please<br>clone<br/>our<BR />repo", "please clone our repo"),
    ("<p>Bonjour,</p><p>Merci de cloner</p>", "bonjour, merci de cloner"),
    ("<table><tr><td>clone</td><td>our</td></tr><tr><td>repo</td></tr></table>",
     "clone our repo"),
    ("Hello,<br><br>We have a role.<div>Best, Jo</div>", "hello, we have a role. best, jo"),
    # F11: markup inside words reads as the word; a link keeps its address
    ("rete<a>nu</a> sans entre<a name='x'>tien</a>", "retenu sans entretien"),
    ("Whats<img src=x>App, rep<samp>o</samp>rt", "whatsapp, report"),
    ("rete[b]nu[/b] sans entre[i]tien[/i]", "retenu sans entretien"),
    ("rete||nu|| sans entre||tien||", "retenu sans entretien"),
    ("see <a href='https://acme.com/jobs'>our jobs</a>",
     "see <a href='https://acme.com/jobs'>our jobs</a>"),
    ("Ac<a href='https://x.y'>me</a>", "ac<a href='https://x.y'>me</a>"),
    ("Hello <name>, your talk <title> at <time>", "hello <name>, your talk <title> at <time>"),
    ("see<https://x.y/a>now, mail<mailto:jo@acme.fr>",
     "see<https://x.y/a>now, mail<mailto:jo@acme.fr>"),
    ("x[i] = y[i] || z; a || b", "x[i] = y[i] || z; a || b"),
    ("[b]bold[/b] [url]https://x.y[/url]", "bold [url]https://x.y[/url]"),
    # F12: typographic hyphenation and quoted-printable soft breaks inside words
    ("rete\u2010\nnu sans entre\u00ad\ntien", "retenu sans entretien"),
    ("cl=\none our re=\r\npo", "clone our repo"),
    ("=== Title ===\n=== more ===\n", "=== title === === more ==="),
    ("a = \nb, x=\n5", "a = b, x= 5"),
])
def test_round7_html_reading_in_the_matching_form(text: str, form: str) -> None:
    n = normalize(text)
    assert n.text == fast_normalize(text) == form
    for start in range(len(n.text)):
        o_start, o_end = n.span(start, start + 1)
        assert 0 <= o_start < o_end <= len(text)


@pytest.mark.parametrize(("text", "name", "snippet"), [
    # evidence points into the original text: a run of references is evidence in full
    ("Bonjour, pouvons-nous continuer sur " + _numeric_refs("WhatsApp") + " ?",
     "off_platform_request", _numeric_refs("WhatsApp")),
    ("Add me on Whats<img src=x>App please", "off_platform_request", "Whats<img src=x>App"),
    ("Add me on Tele[b]gram[/b] please", "off_platform_request", "Tele[b]gram"),
    ("Add me on<br>WhatsApp<br>please", "off_platform_request", "WhatsApp"),
    ("Add me on What\u2010\nsApp please", "off_platform_request", "What\u2010\nsApp"),
    ("Ajoutez-moi sur Tele=\ngram svp", "off_platform_request", "Tele=\ngram"),
    # an override written as a tag or a reference: the evidence is the stored (reversed) run
    ('<bdo dir="rtl">' + "add me on WhatsApp"[::-1] + "</bdo>", "off_platform_request",
     "ppAstahW"),
    ("&#x202E;" + "add me on Telegram"[::-1] + "&#x202C;", "off_platform_request",
     "margeleT"),
])
def test_round7_evidence_maps_into_the_original(text: str, name: str, snippet: str) -> None:
    import recruitscore as rs

    hits = extract_signals(text)
    assert_spans_valid(rs.Approach(message=text), hits)
    (hit,) = [h for h in hits if h.name == name]
    assert snippet in {e.snippet for e in hit.evidence}, hit.evidence


@pytest.mark.parametrize("text", [
    # ordinary HTML e-mails: block tags read as white space change no signal
    "<p>Hello Jo,</p><p>We are hiring a senior Python engineer (CDI, 60-70k) in Lyon. Are you "
    "open to a call next week?</p><p>Best,<br>Ann, Acme HR</p>",
    "<p>Bonjour,</p><p>Nous recrutons un ingénieur Python senior (CDI, 55-65 k€) à Lyon. "
    "Seriez-vous disponible pour un échange ?</p><p>Cordialement,<br>Anne</p>",
    "Hello,<br><br>Our client R&amp;D team at AT&amp;T is hiring. Salary band 80-95k.<br>Jo",
    "<table><tr><td>Role</td><td>Data engineer</td></tr><tr><td>Salary</td><td>&#36;120k"
    "</td></tr></table>",
])
def test_ordinary_html_mail_reads_as_its_text(text: str) -> None:
    """An HTML e-mail scores as the text a reader sees: the same signals and risk as its
    plain-text version (tags read as the breaks they show)."""
    import html as html_module
    import re

    import recruitscore as rs

    plain = html_module.unescape(re.sub(r"<br>|</p>|</td>", " ", text).replace("<", " <"))
    plain = re.sub(r"<[^>]*>", "", plain)
    assert ({h.name for h in extract_signals(text)} == {h.name for h in extract_signals(plain)})
    assert abs(rs.score(text).risk - rs.score(plain).risk) < 0.05


# Rule R25-A: look-alike letter pairs and separators inside a key word (KEY_TERMS), read only
# there: (text, signal, evidence), English then French.
KEY_WORD_DISGUISES = [
    ("Please add me on VVhatsApp", "off_platform_request", "VVhatsApp"),
    ("Let's continue on Telegrarn, it's safer.", "off_platform_request", "Telegrarn"),
    ("Let's continue on Telegrann, it's safer.", "off_platform_request", "Telegrann"),
    ("The passvvord is in the next message.", "file_lure", "The passvvord is"),
    ("The passworcl is in the next message.", "file_lure", "The passworcl is"),
    ("Please add me on Whats/App", "off_platform_request", "Whats/App"),
    ("Add me on Tele·gram please", "off_platform_request", "Tele·gram"),
    ("Add me on What's🙂App please", "off_platform_request", "What's🙂App"),
    ("Add me on Whats|App, Whats+App or Whats•App", "off_platform_request", "Whats|App"),
    ("The interview will be conducted on Tele→gram with our manager.", "chat_only_interview",
     "interview will be conducted on Tele→gram"),
    ("Download Te1e~gram and add me", "chat_only_interview", "Download Te1e~gram and add me"),
    ("The pass/word is in the next message.", "file_lure", "The pass/word is"),
    ("Payment in ca·sh only.", "irregular_payment", "in ca·sh"),
    ("Ajoute-moi sur VVhatsApp stp", "off_platform_request", "VVhatsApp"),
    ("Écris-moi sur Télégrarn", "off_platform_request", "Télégrarn"),
    ("Continuons sur Sig|nal, c'est plus sûr.", "off_platform_request", "sur Sig|nal"),
    ("L'entretien se fera uniquement sur Tele·gram.", "chat_only_interview",
     "entretien se fera uniquement sur Tele·gram"),
    ("Téléchargez Whats🙂App et ajoutez-moi", "chat_only_interview", "Téléchargez Whats🙂App"),
    ("Écris-moi sur Whats👍🏽App stp", "off_platform_request", "Whats👍🏽App"),
    ("Add me on Whats|App please", "off_platform_request", "Whats|App"),
    ("Add me on Whats:App please", "off_platform_request", "Whats:App"),
    ("Add me on Whats=App please", "off_platform_request", "Whats=App"),
    ("Contact me on Sig/nal", "off_platform_request", "Contact me on Sig/nal"),
    ("Message me on Wha+sApp", "off_platform_request", "Wha+sApp"),
    ("Add me on Telegrarn please", "off_platform_request", "Telegrarn"),
    ("We pay in ca/sh, no contract", "irregular_payment", "in ca/sh"),
    ("Écris-moi sur Whats/App stp", "off_platform_request", "Whats/App"),
    ("Écrivez-moi sur Telegrarn", "off_platform_request", "Telegrarn"),
    ("Ajoutez-moi sur Wha+sApp", "off_platform_request", "Wha+sApp"),
    ("Écrivez-moi sur Tele|gram", "off_platform_request", "Tele|gram"),
    ("Écris-moi sur Tele#gram stp", "off_platform_request", "Tele#gram"),
]


@pytest.mark.parametrize(("text", "name", "snippet"), KEY_WORD_DISGUISES)
def test_look_alike_pairs_and_separators_inside_key_words(text: str, name: str,
                                                          snippet: str) -> None:
    hits = {h.name: h for h in extract_signals(text)}
    assert name in hits and "obfuscated_text" in hits, (text, sorted(hits))
    assert snippet in {e.snippet for e in hits[name].evidence}, hits[name].evidence
    assert_spans_valid(Approach(message=text), hits.values())


# what must not read as a key word: ordinary words with the pairs, slashes, bullets, emoji and
# French inclusive writing
KEY_WORD_COUNTEREXAMPLES = [
    "We use modern tools: learn fast, be savvy and clear, turn a concern into a plan.",
    "Stack: TCP/IP, and/or CI/CD, Node.js/TypeScript, C++/Rust, UI/UX.",
    "Skills: • Python • Go • Rust",
    "Great team 🚀 great culture 🙂 fully remote",
    "Nous recherchons un·e développeur·se ; candidat·e·s bienvenu·e·s, tous·tes motivé·e·s.",
    "Find me on Linked/In or Linked·In, and see my Git/Hub.",
    "Les clés du modèle sont claires, le travail est discret et moderne.",
    "We use TCP/IP, CI/CD and/or Node.js/TypeScript.",
    "A modern team: learn, turn concerns into savvy, clear code.",
    "Great role \U0001f642 in Lyon \u27a1\ufe0f apply today",
    "C++/Rust engineer, pass/fail code review, what's new?",
    "Our signal/noise ratio is great; the outlook is good.",
]


@pytest.mark.parametrize("text", KEY_WORD_COUNTEREXAMPLES)
def test_key_word_readings_leave_ordinary_text_alone(text: str) -> None:
    fired = {h.name for h in extract_signals(text)}
    assert not fired & {"off_platform_request", "obfuscated_text", "file_lure",
                        "irregular_payment", "chat_only_interview"}, (text, fired)
    assert not fired, (text, fired)  # nor any other signal


@pytest.mark.parametrize("size", [1, 7, 40, 300])
def test_key_word_disguises_read_alike_in_both_paths(size: int) -> None:
    """The column path (RE2 prefilters over batches above 32 rows) fires what the
    per-message path fires, on every disguise and counterexample."""
    import pandas as pd

    from recruitscore.signals import extract_signals_frame

    texts = [t for t, _, _ in KEY_WORD_DISGUISES] + KEY_WORD_COUNTEREXAMPLES
    rows = (texts * (size // len(texts) + 1))[:size]
    frame = extract_signals_frame(pd.DataFrame({"message": rows}))
    for i, text in enumerate(rows):
        fired = {h.name for h in extract_signals(text)}
        assert {n for n in frame.columns if frame.iloc[i][n]} == fired, text


# Red-team round 9, F2 and F3: junk glued to every word of four letters or more, hidden in
# ways the hidden-element reading did not know (97 -> 55 of the development set's hostile
# messages flagged), and "&nbsp" without ";" for every space (97 -> 58)
def _salted(junk: str, prefix: str = "") -> Any:
    return lambda t: prefix + re.sub(r"(\w{4,})", lambda m: m.group(1) + junk, t)


ROUND9_DISGUISES = [
    ("&nbsp without ';' for spaces", lambda t: t.replace(" ", "&nbsp")),
    ("opacity 0%", _salted('<span style="opacity:0%">zq</span>')),
    ("opacity 0.01", _salted('<span style="opacity:.01">zq</span>')),
    ("reference in the style", _salted('<span style="display:n&#111;ne">zq</span>')),
    ("named reference in the style", _salted('<span style="display&colon;none">zq</span>')),
    ("CSS escape in the style", _salted('<span style="display:\\6e one">zq</span>')),
    ("CSS escape in the property", _salted('<span style="\\64isplay:none">zq</span>')),
    ("font-size 1px", _salted('<span style="font-size:1px">zq</span>')),
    ("font-size 0.1px", _salted('<span style="font-size:0.1px">zq</span>')),
    ("font-size 0.05em", _salted('<span style="font-size:0.05em">zq</span>')),
    ("font shorthand 0/0", _salted('<span style="font:0/0 a">zq</span>')),
    ("tiny size undone by a tiny size", _salted(
        '<span style="font-size:1px">z<b style="font-size:50%">q</b></span>')),
    ("mso-hide", _salted('<span style="mso-hide:all">zq</span>')),
    ("width 0, overflow hidden", _salted(
        '<span style="display:inline-block;width:0;overflow:hidden">zq</span>')),
    ("clip rect 0", _salted('<span style="position:absolute;clip:rect(0,0,0,0)">zq</span>')),
    ("clip-path inset 50%", _salted('<span style="clip-path:inset(50%)">zq</span>')),
    ("text-indent far left", _salted(
        '<span style="display:inline-block;text-indent:-9999px">zq</span>')),
    ("content-visibility", _salted(
        '<span style="display:inline-block;content-visibility:hidden">zq</span>')),
    ("transparent colour", _salted('<span style="color:transparent">zq</span>')),
    ("white on the default white", _salted('<span style="color:white">zq</span>')),
    ("near-white on the default white", _salted('<span style="color:#fdfdfd">zq</span>')),
    ("<font color> white", _salted('<font color="#ffffff">zq</font>')),
    ("black on a black ancestor", lambda t: '<div style="background:#000;color:#fff">' + re.sub(
        r"(\w{4,})", lambda m: m.group(1) + '<span style="color:#000">zq</span>', t) + "</div>"),
    ("class hidden by a style sheet", _salted('<span class="z">zq</span>',
                                              "<style>.z{display:none}</style>")),
    ("class and tag hidden by a style sheet", _salted(
        '<i class="a z">zq</i>', "<style>\n/* x */ i.z, .y { font-size: 0 }</style>")),
    ("<rp>", _salted("<rp>zq</rp>")),
    ("<rp> closed by <rt>", _salted("<ruby><rp>zq<rt></ruby>")),
    ("<noembed>", _salted("<noembed>zq</noembed>")),
    ("<noframes>", _salted("<noframes>zq</noframes>")),
    ("<iframe>", _salted("<iframe>zq</iframe>")),
    ("<canvas>", _salted("<canvas>zq</canvas>")),
    ("<video>", _salted("<video>zq</video>")),
    ("<datalist>", _salted("<datalist>zq</datalist>")),
    ("<object> with data", _salted('<object data="x.svg">zq</object>')),
    ("<dialog> not open", _salted("<dialog>zq</dialog>")),
    ("<details> not open", _salted("<details>zq</details>")),
    ("<math><annotation>", _salted("<math><annotation>zq</annotation></math>")),
    ("<svg><desc>", _salted('<svg width="0" height="0"><desc>zq</desc></svg>')),
]


@pytest.mark.parametrize("message", REVIEW_MESSAGES)
@pytest.mark.parametrize(("name", "disguise"), ROUND9_DISGUISES)
def test_round9_hidden_junk_hides_nothing(message: str, name: str, disguise: Any) -> None:
    """Each disguise displays as the plain message and scores as it: the displayed reading is
    the plain one, the red flags are the plain message's, the risk no lower (EN and FR)."""
    import recruitscore as rs

    hidden = disguise(message)
    assert fast_normalize(hidden, displayed=True) == fast_normalize(message), name
    assert normalize(hidden, displayed=True).text == fast_normalize(message), name
    assert normalize(hidden).text == fast_normalize(hidden)
    names = assert_hides_nothing(message, hidden, name)
    assert names - {"obfuscated_text"} <= {h.name for h in extract_signals(message)} | {
        "obfuscated_text"}, name
    assert rs.score(hidden).risk >= rs.score(message).risk - 1e-9, name


@pytest.mark.parametrize("size", [1, 7, 40, 300])
def test_round9_disguises_score_alike_in_both_paths(size: int) -> None:
    import pandas as pd

    import recruitscore as rs

    texts = [d(m) for _, d in ROUND9_DISGUISES for m in REVIEW_MESSAGES] + REVIEW_MESSAGES
    rows = (texts * (size // len(texts) + 1))[:size]
    frame = rs.score_frame(pd.DataFrame({"message": rows}))
    for i, text in enumerate(rows[:60]):
        single = rs.score(text)
        assert abs(float(frame["risk"].iloc[i]) - single.risk) < 1e-6, text
        assert set(str(frame["signals"].iloc[i]).split(";")) == {h.name for h in single.hits}


@pytest.mark.parametrize(("text", "shown"), [
    # white text on a coloured button (its own background or an ancestor's) is shown
    ('<a style="background-color:#0a66c2;color:#ffffff;padding:8px">Apply now</a>',
     "apply now"),
    ('<td bgcolor="#0a66c2"><a href="https://x.y/j" style="color:#fff">Apply now</a></td>',
     "apply now"),
    ('<table style="background:url(hero.png) #333"><tr><td><font color="white">Hi Ana'
     "</font></td></tr></table>", "hi ana"),
    ('<div style="background-image:url(x.png)"><span style="color:#fff">Hi Ana</span></div>',
     "hi ana"),
    ('<div style="background:var(--brand)"><span style="color:#fff">Hi Ana</span></div>',
     "hi ana"),
    ("<style>.btn{background:#0a66c2}</style><p>Hi Ana</p>"
     '<span class="btn" style="color:#fff">Apply now</span>', "hi ana apply now"),
    ("<style>body{background:#111}</style><p style=\"color:#fff\">Hi Ana</p>", "hi ana"),
    ('<span style="color:white;text-shadow:0 0 2px #000">Hi Ana</span>', "hi ana"),
    ('<p style="color:#fff;background:#222">Hi <b style="color:#ffd">Ana</b></p>', "hi ana"),
    # a size set again inside a tiny one, a visible element inside a hidden one
    ('<span style="font-size:1px">x <b style="font-size:14px">Hi Ana</b></span>', "hi ana"),
    ('<span style="visibility:hidden">x <b style="visibility:visible">Hi Ana</b></span>',
     "hi ana"),
    ('<span style="font-size:0"><font size="3">Hi Ana</font></span>', "hi ana"),
    # a small print footer, an open <details>, its summary, an object without data, a dialog
    # that is open, a class shown again by a media query, a paragraph a block ends
    ('<p style="font-size:9px">Unsubscribe</p>', "unsubscribe"),
    ("<details open><summary>Role</summary>Senior role</details>", "role senior role"),
    ("<details><summary>Role</summary>70-85k</details>", "role"),
    ("<object>Hi Ana</object>", "hi ana"),
    ("<dialog open>Hi Ana</dialog>", "hi ana"),
    ("<style>.m{display:none} @media (max-width:600px){.m{display:block!important}}</style>"
     '<div class="m">Hi Ana</div>', "hi ana"),
    ('<p style="color:#fff">x<div>Hi Ana</div>', "hi ana"),
    # named references keep their ";" but "&nbsp" (lower case)
    ("AT&T, R&D, Q&A, &copy 2024, &NBSP x, &nbsp;k&euro;", "at&t, r&d, q&a, &copy 2024, "
     "&nbsp x, k€"),
])
def test_round9_ordinary_html_is_shown(text: str, shown: str) -> None:
    """What legitimate e-mails show stays in the displayed reading."""
    assert fast_normalize(text, displayed=True).strip().endswith(shown), text


def test_round9_hidden_counter_signal_does_not_count() -> None:
    """A salary band hidden by the new hidings fires no counter-signal; shown, it does."""
    import recruitscore as rs

    app = "Let's continue this conversation on WhatsApp, it's more private."
    band = "Senior Python engineer, CDI, salary band 70-85k."
    assert "specific_role" in {h.name for h in extract_signals(f"{app} {band}")}
    for hide in ('<span style="opacity:0%">{}</span>', '<font color="#fff">{}</font>',
                 "<style>.h{{display:none}}</style><span class=h>{}</span>",
                 "<details><summary>More</summary>{}</details>", "<noembed>{}</noembed>"):
        text = app + hide.format(band)
        names = {h.name for h in extract_signals(text)}
        assert "off_platform_request" in names and "specific_role" not in names, hide
        assert rs.score(text).risk >= rs.score(app).risk - 1e-9
    shown = app + '<span style="color:#fff;background:#0a66c2">' + band + "</span>"
    assert "specific_role" in {h.name for h in extract_signals(shown)}


@pytest.mark.parametrize("style", ["opacity:0%", "display:n&#111;ne", "display:\\6e one",
                                   "mso-hide:all", "content-visibility:hidden",
                                   "width:0;overflow:hidden", "max-width:0;overflow-x:hidden",
                                   "position:fixed;clip:rect(1px 1px 1px 1px)",
                                   "text-indent:-9999px", "font-size:1px", "color:white",
                                   "color:rgba(0,0,0,0)"])
def test_round9_hiding_styles_are_read(style: str) -> None:
    from recruitscore.normalize import _hidden_ranges

    text = f'a <span style="{style}">zq</span> b'
    ((start, end),) = _hidden_ranges(text)
    assert "zq" in text[start:end] and end <= text.index("</span>") + 7


# Rule R27-A: words joined by slashes, middle dots, bullets, arrows or emoji instead of spaces
# (five joins or more, more than the gaps of white space), as by _ . - + ~ before: (text,
# matching form, signal, evidence), English then French. Each signal here fires only on the
# words, not on a key word alone.
JOINED_BY_SYMBOLS = [
    ("The·interview·will·be·conducted·on·Telegram·with·our·manager",
     "the interview will be conducted on telegram with our manager", "chat_only_interview",
     "interview·will·be·conducted·on·Telegram"),
    ("The/password/is/in/the/next/message", "the password is in the next message", "file_lure",
     "The/password/is"),
    ("We🙂pay👉you✅in🙂cash🙂only", "we pay you in cash only", "irregular_payment", "in🙂cash"),
    ("Payment•in•cash•only•please•thanks", "payment in cash only please thanks",
     "irregular_payment", "in•cash"),
    ("Download/the/test/file/and/run/it/on/your/machine",
     "download the test file and run it on your machine", "run_our_code",
     "run/it/on/your/machine"),
    ("L'entretien/se/fera/uniquement/sur/Telegram", "l'entretien se fera uniquement sur telegram",
     "chat_only_interview", "entretien/se/fera/uniquement/sur/Telegram"),
    ("Merci·de·régler·les·frais·de·formation·de·150·€",
     "merci de regler les frais de formation de 150 \u20ac", "pay_to_work",
     "Merci·de·régler·les·frais"),
    ("Ajoutez🙂moi🙂sur🙂WhatsApp🙂pour🙂la🙂suite", "ajoutez moi sur whatsapp pour la suite",
     "off_platform_request", "Ajoutez🙂moi🙂sur"),
    ("Le•mot•de•passe•est•dans•le•prochain•message",
     "le mot de passe est dans le prochain message", "file_lure", "Le•mot•de•passe•est"),
    ("Nous→payons→en→espèces→uniquement→merci", "nous payons en especes uniquement merci",
     "irregular_payment", "en→espèces"),
    # two kinds in turn, slashes and symbols, count as one (rule R28-C)
    ("We/pay•you/in•cash/only•for/the•report", "we pay you in cash only for the report",
     "irregular_payment", "in•cash"),
    ("Please/contact·me/on·Signal/now", "please contact me on signal now",
     "off_platform_request", "contact·me/on·Signal"),
    ("L'entretien/aura·lieu/sur•Telegram/uniquement",
     "l'entretien aura lieu sur telegram uniquement", "chat_only_interview",
     "entretien/aura·lieu/sur•Telegram"),
    ("Merci/de·me/contacter·sur/WhatsApp/rapidement",
     "merci de me contacter sur whatsapp rapidement", "off_platform_request", "WhatsApp"),
]


@pytest.mark.parametrize(("text", "form", "name", "snippet"), JOINED_BY_SYMBOLS)
def test_words_joined_by_symbols(text: str, form: str, name: str, snippet: str) -> None:
    assert fast_normalize(text) == normalize(text).text == form
    hits = [h for h in extract_signals(text) if h.name == name]
    assert hits and snippet in {e.snippet for e in hits[0].evidence}, hits
    assert_spans_valid(Approach(message=text), hits)


#: the same symbols in ordinary writing, English then French: fewer joins than gaps, joins
#: between single letters, links and paths; each fires nothing and keeps its words as written
SYMBOLS_AS_WRITTEN = [
    "Stack: TCP/IP, and/or CI/CD, Node.js/TypeScript, C++/Rust, UI/UX.",
    "We use CI/CD and TCP/IP; and/or a UI/UX review.",
    "see https://github.com/acme/app/tree/main/src/x/y",
    "Apply at https://www.example.com/careers/jobs/apply/now/form today",
    "cd src/main/java/com/acme/app and run the tests",
    "Logs are in /var/log/nginx/access/error/old on the box.",
    "Find me on Linked/In or Linked·In, and see my Git/Hub.",
    "Great🚀team, great🙂culture",
    "•Python\n•Go\n•Rust\n•Java\n•Kotlin\n•Swift",
    "développeur·se·s, candidat·e·s, motivé·e·s",
    "Nous recherchons un·e développeur·se ; candidat·e·s bienvenu·e·s, tous·tes motivé·e·s.",
    "Candidat·e·s motivé·e·s, développeur·se·s, étudiant·e·s, ingénieur·e·s",
    "Horaires : lundi/mardi/mercredi/jeudi/vendredi",
    # slashes and symbols in turn in ordinary writing (rule R28-C): fewer joins than gaps,
    # dates, times, links; and fewer than five joins, as with one kind ("contact·me·on·Signal")
    "Skills: C/C++·Java·Go, CI/CD, HH:MM/SS·ms",
    "Please contact·me/on/Signal",
    "Réunion le 12/05·2026 à 10h",
    "Compétences : C/C++·Java, CI/CD·DevOps, TCP/IP·UDP",
    "Contactez·moi/sur/Signal",
]
#: ordinary lists and tags with more joins than gaps: read as words, and fire nothing either
SYMBOLS_READ_AS_WORDS = [
    "Python•Go•Rust•Java•Kotlin•Swift",
    "Great🚀team🙂great🙂culture🙂fully🙂remote",
    "Find/me/on/Linked/In/please/thanks",
    "Notre équipe (Paris/Lyon/Lille/Nantes/Rennes/Bordeaux) recrute.",
    "Super🚀équipe🙂belle🙂culture🙂télétravail🙂complet",
    "Python/Go•Rust/Java•Kotlin/Swift",
    "Paris/Lyon•Lille/Nantes•Rennes/Bordeaux",
]
JOINED_COUNTEREXAMPLES = SYMBOLS_AS_WRITTEN + SYMBOLS_READ_AS_WORDS


@pytest.mark.parametrize("text", JOINED_COUNTEREXAMPLES)
def test_symbols_in_ordinary_text_fire_nothing(text: str) -> None:
    assert extract_signals(text) == [], text
    form = normalize(text).text
    assert fast_normalize(text) == form
    words = len(form.split())
    assert words == len(text.split()) if text in SYMBOLS_AS_WRITTEN else words > 5, form


@pytest.mark.parametrize("size", [1, 7, 40, 300])
def test_words_joined_by_symbols_read_alike_in_both_paths(size: int) -> None:
    """The column path (RE2 prefilters over batches above 32 rows) fires what the
    per-message path fires, on every joined text and counterexample."""
    import pandas as pd

    from recruitscore.signals import extract_signals_frame

    names = {t: n for t, _, n, _ in JOINED_BY_SYMBOLS}
    texts = [*names, *JOINED_COUNTEREXAMPLES]
    rows = (texts * (size // len(texts) + 1))[:size]
    frame = extract_signals_frame(pd.DataFrame({"message": rows}))
    for i, text in enumerate(rows):
        fired = {h.name for h in extract_signals(text)}
        assert {n for n in frame.columns if frame.iloc[i][n]} == fired, text
        assert (names[text] in fired) if text in names else not fired, (text, fired)


# Rule R28-B1 (red-team round 10, F1 and F6): a narrow space (hair, thin, six-per-em,
# punctuation, four-per-em, medium mathematical, narrow no-break) inside every word took 97
# hostile messages of the development set flagged to 51; a Hangul filler, the braille blank or
# U+FFFC inside every word to 79 and 65. Between two letters they are read as the invisible
# characters are: (text, matching form, signal, its evidence, obfuscated_text's evidence), as
# extract_signals gives them (one piece per place), English then French.
CUT_BY_GAPS = [
    ("Add me on What\u200asApp, it is more private.",
     "add me on whatsapp, it is more private.. add me on what sapp, it is more private.",
     "off_platform_request", ("What\u200asApp",), ("What\u200asApp",)),
    ("My cl\u2009ient pays $3,000 per re\u2009port.",
     "my client pays $3,000 per report.. my cl ient pays $3,000 per re port.",
     "paid_report", ("$3,000 per re\u2009port",), ("cl\u2009ient", "re\u2009port")),
    ("Ke\u202fep it be\u202ftween us, no need to tell your em\u202fployer.",
     "keep it between us, no need to tell your employer.. ke ep it be tween us, no need to tell "
     "your em ployer.", "secrecy",
     ("Ke\u202fep it be\u202ftween us", "no need to tell your em\u202fployer"),
     ("Ke\u202fep", "be\u202ftween", "em\u202fployer")),
    ("Please cl\u2006one our re\u2006po and run it before the call.",
     "please clone our repo and run it before the call.. please cl one our re po and run it "
     "before the call.", "run_our_code", ("cl\u2006one our re\u2006po", "run it before the call"),
     ("cl\u2006one", "re\u2006po")),
    ("The pass\u2008word is in the next message.",
     "the password is in the next message.. the pass word is in the next message.", "file_lure",
     ("The pass\u2008word is",), ("pass\u2008word",)),
    ("Payment in ca\u205fsh only.", "payment in cash only.. payment in ca sh only.",
     "irregular_payment", ("in ca\u205fsh",), ("ca\u205fsh",)),
    ("Add me on Tele\u2005gram.", "add me on telegram.. add me on tele gram.",
     "off_platform_request", ("Tele\u2005gram",), ("Tele\u2005gram",)),
    ("Add me on Whats\u1160App please.", "add me on whatsapp please.. add me on whats app please.",
     "off_platform_request", ("Whats\u1160App",), ("Whats\u1160App",)),
    ("Add me on Whats\u115fApp please.", "add me on whatsapp please.. add me on whats app please.",
     "off_platform_request", ("Whats\u115fApp",), ("Whats\u115fApp",)),
    ("Add me on Whats\uffa0App please.", "add me on whatsapp please.. add me on whats app please.",
     "off_platform_request", ("Whats\uffa0App",), ("Whats\uffa0App",)),
    ("Keep it bet\u3164ween us.", "keep it between us.. keep it bet ween us.", "secrecy",
     ("Keep it bet\u3164ween us",), ("bet\u3164ween",)),
    ("Keep it bet\u2800ween us.", "keep it between us.. keep it bet ween us.", "secrecy",
     ("Keep it bet\u2800ween us",), ("bet\u2800ween",)),
    ("Add me on Whats\ufffcApp please.", "add me on whatsapp please.. add me on whats app please.",
     "off_platform_request", ("Whats\ufffcApp",), ("Whats\ufffcApp",)),
    # a Cyrillic letter beside the gap; tabs between the words, a thin space inside one
    ("Add me on Whаt\u2009sApp.", "add me on whatsapp.. add me on what sapp.",
     "off_platform_request", ("Whаt\u2009sApp",), ("Whаt\u2009sApp",)),
    ("Add\tme\ton\tWhat\u2009sApp", "add me on whatsapp. add me on what sapp",
     "off_platform_request", ("What\u2009sApp",), ("What\u2009sApp",)),
    # thin spaces for word gaps, a hair space inside the word: the hair space still joins
    ("Add\u2009me\u2009on\u2009What\u200asApp\u2009please.",
     "add me on whatsapp please.. add me on what sapp please.", "off_platform_request",
     ("What\u200asApp",), ("What\u200asApp",)),
    ("Ajoutez-moi sur What\u200asApp, c'est plus discret.",
     "ajoutez-moi sur whatsapp, c'est plus discret.. ajoutez-moi sur what sapp, c'est plus "
     "discret.", "off_platform_request", ("Ajoutez-moi sur", "What\u200asApp"),
     ("What\u200asApp",)),
    ("Mon cl\u2009ient paie 3\u202f000\u202f€ par ra\u2009pport.",
     "mon client paie 3 000 € par rapport.. mon cl ient paie 3 000 € par ra pport.",
     "paid_report", ("3\u202f000\u202f€ par ra\u2009pport",), ("cl\u2009ient", "ra\u2009pport")),
    ("N'en par\u202flez pas à votre em\u202fployeur\u202f!",
     "n'en parlez pas a votre employeur !. n'en par lez pas a votre em ployeur !", "secrecy",
     ("N'en par\u202flez pas à votre em\u202fployeur",), ("par\u202flez", "em\u202fployeur")),
    ("Clo\u200anez notre dé\u200apôt et lan\u200acez le pro\u200ajet avant l'entretien.",
     "clonez notre depot et lancez le projet avant l'entretien.. clo nez notre de pot et lan cez "
     "le pro jet avant l'entretien.", "run_our_code",
     ("Clo\u200anez notre dé\u200apôt", "lan\u200acez le pro\u200ajet"),
     ("Clo\u200anez", "dé\u200apôt", "lan\u200acez", "pro\u200ajet")),
    ("Le mot de pa\u1160sse est dans le prochain message.",
     "le mot de passe est dans le prochain message.. le mot de pa sse est dans le prochain "
     "message.", "file_lure", ("Le mot de pa\u1160sse est",), ("pa\u1160sse",)),
    ("Paie\u2009ment en es\u2009pèces uni\u2009quement.",
     "paiement en especes uniquement.. paie ment en es peces uni quement.", "irregular_payment",
     ("en es\u2009pèces",), ("Paie\u2009ment", "es\u2009pèces", "uni\u2009quement")),
]
#: the same characters where they are typography, English then French: read as today (a
#: space), no disguise, no signal (matching form expected)
GAPS_AS_WRITTEN = [
    ("We are a team of 1\u2009200 engineers \u2009\u2014\u2009 fully remote.",
     "we are a team of 1 200 engineers - fully remote."),
    ("Dr.\u2009Smith and Mr.\u202fJones will join the call at 10\u2009a.m.",
     "dr. smith and mr. jones will join the call at 10 a.m."),
    ("Bonjour\u202f! Le poste est-il toujours ouvert\u202f? Salaire\u202f: 55\u202f000\u00a0€.",
     "bonjour ! le poste est-il toujours ouvert ? salaire : 55 000 €."),
    # (guillemets around a phrase read as nothing, with their inner space: rule R33-L)
    ("«\u202fUn poste passionnant\u202f», dit-elle\u202f; à 14\u202fh, M.\u202fDupont vous "
     "appelle.", "un poste passionnant, dit-elle ; a 14 h, m. dupont vous appelle."),
    ("Rémunération\u00a0: 3\u202f000\u202f€ à 4\u2009500\u2009€ brut par mois\u202f!",
     "remuneration : 3 000 € a 4 500 € brut par mois !"),
    # Chinese typesetting: a thin space between a Latin word and Han characters
    ("我们使用\u2009Python\u2009和\u2009Go\u2009开发后端服务。",
     "我们使用 python 和 go 开发后端服务。"),
    # a text whose only white space is narrow spaces: its commonest one is its word gap
    ("We\u2009are\u2009hiring\u2009a\u2009senior\u2009data\u2009engineer\u2009in\u2009Lyon.",
     "we are hiring a senior data engineer in lyon."),
    ("Nous\u202frecrutons\u202fun\u202fingénieur\u202fdata\u202fà\u202fLyon\u202f!",
     "nous recrutons un ingenieur data a lyon !"),
    ("Hi Ana, I came across your profile and would love to tell you about a senior data role "
     "at Acme (55\u2009000\u2009€, CDI, Lyon). Are you open to a call next week\u202f?",
     "hi ana, i came across your profile and would love to tell you about a senior data role "
     "at acme (55 000 €, cdi, lyon). are you open to a call next week ?"),
]


@pytest.mark.parametrize(("text", "form", "name", "evidence", "disguise"), CUT_BY_GAPS)
def test_words_cut_by_narrow_spaces_and_fillers(text: str, form: str, name: str,
                                                evidence: tuple[str, ...],
                                                disguise: tuple[str, ...]) -> None:
    assert fast_normalize(text) == normalize(text).text == form
    hits = {h.name: h for h in extract_signals(text)}
    assert tuple(e.snippet for e in hits[name].evidence) == evidence
    assert tuple(e.snippet for e in hits["obfuscated_text"].evidence) == disguise
    assert_spans_valid(Approach(message=text), list(hits.values()))


@pytest.mark.parametrize(("text", "form"), GAPS_AS_WRITTEN)
def test_narrow_spaces_as_typography_read_as_today(text: str, form: str) -> None:
    from recruitscore.normalize import NARROW_SPACES

    assert fast_normalize(text) == normalize(text).text == form
    fired = {h.name for h in extract_signals(text)}
    assert not fired & {"obfuscated_text", "padded_text"}
    # as before the rule: what the text with ordinary spaces fires
    assert fired == {h.name for h in extract_signals(re.sub(f"[{NARROW_SPACES}]", " ", text))}


@pytest.mark.parametrize("message", REVIEW_MESSAGES)
@pytest.mark.parametrize("gap", ["\u200a", "\u2009", "\u202f", "\u2006", "\u2008", "\u2005",
                                 "\u205f", "\u115f", "\u1160", "\u3164", "\uffa0", "\u2800",
                                 "\ufffc"])
def test_a_gap_inside_every_word_hides_nothing(message: str, gap: str) -> None:
    """Round 10's shape: the gap after the second letter of every word of four letters or
    more; the red flags of the plain message, obfuscated_text, a risk no lower."""
    import recruitscore as rs

    hidden = re.sub(r"[^\W\d_]{4,}", lambda m: m.group()[:2] + gap + m.group()[2:], message)
    names = assert_hides_nothing(message, hidden, repr(gap))
    assert "obfuscated_text" in names
    assert rs.score(hidden).risk >= rs.score(message).risk - 1e-9


def assert_read_alike_in_both_paths(texts: list[str], size: int) -> None:
    """The column path (RE2 prefilters over batches above 32 rows) reads and fires what the
    per-message path does on ``size`` rows cycling through ``texts``."""
    import numpy as np
    import pandas as pd
    import re2

    from recruitscore.normalize import STEP0_ANY, STEP0_SUSPECT, fast_normalize_all
    from recruitscore.signals import extract_signals_frame

    rows = (texts * (size // len(texts) + 1))[:size]
    frame = extract_signals_frame(pd.DataFrame({"message": rows}))
    # the column prefilters, as the batch path finds them
    suspects = np.array([re2.search(STEP0_SUSPECT, t) is not None for t in rows])
    touched = np.array([re2.search(STEP0_ANY, t) is not None for t in rows])
    forms = fast_normalize_all(rows, suspects, touched=touched)
    for i, text in enumerate(rows):
        assert forms[i] == normalize(text).text, text
        fired = {h.name for h in extract_signals(text)}
        assert {n for n in frame.columns if frame.iloc[i][n]} == fired, text


@pytest.mark.parametrize("size", [1, 7, 40, 300])
def test_words_cut_by_gaps_read_alike_in_both_paths(size: int) -> None:
    """The column path reads and fires what the per-message path does, on every cut text and
    counterexample."""
    assert_read_alike_in_both_paths(
        [row[0] for row in CUT_BY_GAPS] + [t for t, _ in GAPS_AS_WRITTEN], size)
