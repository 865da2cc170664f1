"""Words joined by a low line in another form, or by a letter that looks like a dash (red-team
round 11, H1; rule R32-E): read as words, like "Please_clone_our_repo", in both paths; and a
few low lines gluing a function word or a chat app's name to another word (rule R33-C)."""
import pandas as pd
import pytest

import recruitscore as rs
from recruitscore.normalize import fast_normalize, normalize

EN = "Add me on WhatsApp, keep it between us, my client pays USD 2000 per report"
FR = ("Bonjour, mon client rémunère 3 000 € par rapport, passons sur WhatsApp, gardez cela "
      "entre nous")
LURE = "Please clone our repo and run npm install before the call"
JOINERS = ["_", "\uff3f", "\ufe4f", "\ufe4d", "\ufe4e", "\ufe33", "\ufe34", "\u203f", "\u2040",
           "\u2054", "\u30fc", "\uff70", "\u0640", "\u02cd", "\u02c9"]
# (text, the red flags it must keep)
ROWS = [(EN, {"off_platform_request", "paid_report", "secrecy"}),
        (FR, {"off_platform_request", "paid_report", "secrecy"}),
        (LURE, {"run_our_code", "run_before_call"})]


@pytest.mark.parametrize("joiner", JOINERS)
@pytest.mark.parametrize(("text", "flags"), ROWS)
def test_joined_words_keep_their_red_flags(text: str, flags: set[str], joiner: str) -> None:
    joined = text.replace(" ", joiner)
    single = {h.name for h in rs.score(joined).hits}
    assert flags <= single, (joiner, single)
    frame = rs.score_frame(pd.DataFrame({"message": [joined] * 3}))
    assert all(flags <= set(s.split(";")) for s in frame["signals"]), frame["signals"].tolist()


@pytest.mark.parametrize("text", [
    "\u30b3\u30fc\u30d2\u30fc\u3068\u30b1\u30fc\u30ad\u3068\u30b9\u30fc\u30d7\u3068\u30bb\u30fc"
    "\u30bf\u30fc\u3068\u30c7\u30fc\u30bf\u30fc",  # katakana with prolonged sound marks
    # Arabic words stretched with the tatweel (kashida)
    "\u0627\u0644\u0640\u0640\u0639\u0640\u0640\u0631\u0628\u064a\u0629 \u0643\u0640\u0640\u062a"
    "\u0640\u0640\u0627\u0628 \u062c\u0640\u0640\u0645\u0640\u0640\u064a\u0640\u0640\u0644",
    "Our team uses snake\uff3fcase names such as load\uff3fdata in the test",
])
def test_dash_like_letters_and_few_low_lines_stay(text: str) -> None:
    """Inside Japanese or Arabic words the prolonged sound mark and the tatweel are letters;
    a few full-width low lines in identifiers are no joined writing (fewer than five)."""
    assert normalize(text).text == fast_normalize(text)
    for ch in "\u30fc\u0640\uff3f":
        if ch in text:
            assert ch in normalize(text).text or ch == "\uff3f"
    if "\uff3f" in text:
        assert "snake_case" in normalize(text).text  # NFKC, not a space


# A single "_" as Markdown emphasis (rule R32-I): (text, the red flag it must show)
EMPHASIS = [
    ("Contact me on _Telegram_ please", "off_platform_request"),
    ("Please keep it _between us_, my client insists", "secrecy"),
    ("Add me on WhatsApp_ when you can", "off_platform_request"),
    ("Écrivez-moi sur _Telegram_ s'il vous plaît", "off_platform_request"),
    ("Gardez cela _entre nous_, mon client insiste", "secrecy"),
    # a closing mark before a dash, an ellipsis or a slash, an opening one after a dash
    # (review42 H3)
    ("Add me on _Signal_\u2014 it is safer", "off_platform_request"),
    ("Contact me on _Telegram_\u2026 please", "off_platform_request"),
    ("Écrivez-moi sur\u2014_Telegram_ s'il vous plaît", "off_platform_request"),
    ("Gardez cela _entre nous_\u2014merci", "secrecy"),
]


@pytest.mark.parametrize(("text", "flag"), EMPHASIS)
def test_underscore_emphasis_is_markup(text: str, flag: str) -> None:
    assert "_" not in normalize(text).text
    assert flag in {h.name for h in rs.score(text).hits}
    frame = rs.score_frame(pd.DataFrame({"message": [text] * 3}))
    assert all(flag in s.split(";") for s in frame["signals"])


@pytest.mark.parametrize(("text", "kept"), [
    ("Run run_tests.sh and set max_len first", "run_tests.sh and set max_len"),
    ("Write to first_last@acme.com", "first_last@acme.com"),
    ("Le fichier mon_projet_final.zip", "mon_projet_final.zip"),
    ("x_é and é_x", "x_e and e_x"),
])
def test_underscore_between_letters_stays(text: str, kept: str) -> None:
    """An underscore between two letters or digits is part of a name, not emphasis."""
    assert kept in normalize(text).text
    assert normalize(text).text == fast_normalize(text)


# Words glued by a low line, fewer than five times (rule R33-C): (text, the red flag it keeps)
GLUED = [
    ("Please keep_it_between_us, I will pay you well for the report.", "secrecy"),
    ("Add me on WhatsApp_asap", "off_platform_request"),
    ("Add_me_on_Telegram, my client pays well", "off_platform_request"),
    ("We pay_you_in_cash_only.", "irregular_payment"),
    ("Keep＿it＿between＿us please, my client insists", "secrecy"),
    ("Gardez cela entre_nous, mon client insiste", "secrecy"),
    ("Merci de me_contacter_sur_Telegram", "off_platform_request"),
    ("Écrivez-moi sur WhatsApp_rapidement", "off_platform_request"),
    # red-team round 12 (red43, rule R33-C2): a code mark, a sentence's dot or a digit beside
    # the glued words, a whole text glued after a handle or before a link
    ("Please keep_it_between_us<3", "secrecy"),
    ("Please keep_it_between_us=)", "secrecy"),
    ("Please keep_it_between_us.Thanks", "secrecy"),
    ("Merci de garder_cela_entre_nous.Merci", "secrecy"),
    ("My client pays USD_2000_per_report.", "paid_report"),
    ("You need_to_pay_a_$90_equipment_deposit first", "pay_to_work"),
    ("@Sarah_Add_me_on_WhatsApp,_keep_it_between_us,_my_client_pays_USD_2000_per_report",
     "secrecy"),
    ("@Sarah_Add_me_on_WhatsApp_keep_it_between_us_my_client_pays_USD_2000_per_report",
     "off_platform_request"),
    ("Ajoutez_moi_sur_WhatsApp,_gardez_cela_entre_nous,_mon_client_paie_3000_euros_@claire_rh",
     "secrecy"),
    ("Please clone our repo and run npm install before the call_github.com/acme-dev/app/",
     "run_before_call"),
    ("jane@acme.com_keep_it_between_us", "secrecy"),
    # review43 M4, M5 (rule R33-O): a sentence's dot in lower case, lower-case prose in marks
    ("Please keep_it_between_us.thanks, I will pay you well for the report.", "secrecy"),
    ("Merci de garder_cela_entre_nous.merci", "secrecy"),
    ("Please [keep_it_between_us]", "secrecy"),
    ("Please `keep_it_between_us`", "secrecy"),
]


@pytest.mark.parametrize(("text", "flag"), GLUED)
def test_words_glued_by_a_few_low_lines_keep_their_red_flags(text: str, flag: str) -> None:
    spaced = text.replace("_", " ").replace("\uff3f", " ")
    assert flag in {h.name for h in rs.score(spaced).hits}
    assert flag in {h.name for h in rs.score(text).hits}
    frame = rs.score_frame(pd.DataFrame({"message": [text] * 40}))  # (the Arrow path: > 32)
    assert all(flag in s.split(";") for s in frame["signals"]), frame["signals"].tolist()
    assert normalize(text).text == fast_normalize(text)


@pytest.mark.parametrize("kept", [
    "zara_recruits",  # a handle: no function word, no app name
    "board_member", "max_len",
    "first_of_all@acme.com", "https://acme.com/keep_it_between_us",  # a link or an address
    "Offre_de_poste.zip", "run_the_tests.sh,",  # file names
    "[NAME_OF_THE_CONTACT]", "${FIRST_NAME_OF_THE_USER}", "is_on=true",  # code
    # (lower-case words in backquotes or brackets are read, as prose: review43 M5, R33-O)
    "sender.name_of_the_user", ":face_with_tears_of_joy:",
    # (R33-C2: a handle in ordinary text, template variables, a placeholder before a tag)
    "@pharma_conseil_eu", "$first_name_of_the_user,", "%{name_of_the_user}",
    "(#%%ID_OF_THE_ARTICLE%%", '{name_of_the_event}',
    "first_last@acme.com", "acme.com/how_to_apply",
])
def test_identifiers_handles_files_and_placeholders_stay_glued(kept: str) -> None:
    for text in (f"Add me on Telegram: {kept} today", f"Le fichier {kept} est prêt"):
        assert kept.lower() in normalize(text).text
        assert normalize(text).text == fast_normalize(text)


def test_a_placeholder_inside_double_braces_stays() -> None:
    text = "Dear {{ name_of_the_chair }}, welcome"
    assert "name_of_the_chair" in normalize(text).text
    assert normalize(text).text == fast_normalize(text)


def test_a_placeholder_before_closing_tags_stays() -> None:
    text = '<a href="%%URL%%"><i>%%TITLE_OF_THE_ARTICLE%%</i>".</a> merci'
    assert "%%title_of_the_article%%" in normalize(text).text
    assert normalize(text).text == fast_normalize(text)


def test_low_line_fast_paths_equal_the_class_patterns():
    """The low-line runs found with "__*" where a text holds no other low line, and the low
    lines counted with ``str.count``, equal those of the class :data:`_LOW_LINES`."""
    import random
    import re

    from recruitscore.normalize import (
        _JOIN_RUNS,
        _LOW_LINE_RUN,
        _LOW_LINES,
        _OTHER_LOW_LINES,
        _low_line_count,
        _low_line_run,
    )

    members = "".join(chr(c) for c in range(0x10000) if re.fullmatch(f"[{_LOW_LINES}]", chr(c)))
    assert members == "_" + _OTHER_LOW_LINES
    rng = random.Random(34)
    chars = [*("_" + _OTHER_LOW_LINES + "ab1 -.\u00e9\u2019"), "\U0001f600"]
    for _ in range(20000):
        text = "".join(rng.choice(chars) for _ in range(rng.randint(0, 12)))
        assert ([m.span() for m in _low_line_run(text).finditer(text)]
                == [m.span() for m in _LOW_LINE_RUN.finditer(text)]), text
        assert _low_line_count(text) == len(_JOIN_RUNS["_"].findall(text)), text


def test_unglue_hint_needs_one_of_its_characters():
    """A text that matches :data:`UNGLUE_HINT` holds one of ``_HINT_CHARS`` or of
    ``_HINT_PAIRS``, so ``_unglue_cuts`` skips the RE2 search for a text with none (the same
    result)."""
    import random

    from recruitscore.normalize import _HINT_CHARS, _HINT_PAIRS, _unglue_cuts, _unglue_re2

    rng = random.Random(34)
    chars = [*_HINT_CHARS, *"ab1 (.,)%2eEs-/\n\u00e9\u2019\u202f", "\U0001f600"]
    for _ in range(20000):
        text = "".join(rng.choice(chars) for _ in range(rng.randint(0, 10)))
        if _unglue_re2().search(text) is not None:
            assert (any(p in text for p in _HINT_PAIRS)
                    or any(c in text for c in _HINT_CHARS)), text
        assert _unglue_cuts(text) == _unglue_cuts(text, _unglue_re2().search(text) is not None)
