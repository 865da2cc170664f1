"""Property tests over arbitrary text (hypothesis)."""

from __future__ import annotations

import re

import pandas as pd
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from recruitscore import normalize as normalize_module
from recruitscore.normalize import (
    _INVISIBLE_JOIN,
    LONE_SURROGATE,
    NormText,
    fast_normalize,
    normalize,
)
from recruitscore.schema import Approach
from recruitscore.signals import base, extract_signals, extract_signals_frame
from recruitscore.stopwords import FUNCTION_WORDS
from recruitscore.text import TOKEN_PATTERN, Vocabulary, is_filler, tfidf

from .assertions import assert_spans_valid

WORDS = [
    "whatsapp", "W h a t s A p p", "wh@tsapp", "telegr\u0430m", "sig\u200bnal", "via signal",
    "gmail.com", "(at)", "(dot)", "@", "+44 7700 900123", "06 39 98 12 34", "client",
    "prefers to remain anonymous", "report", "paid", "USD 2,000", "between us", "employer",
    "clearance level", "eligible for SC", "password", "cash", "crypto", "Télégram", "entre nous",
    "votre employeur", "€", "k€", "per month", "48 hours", "ÃƒÂ©", "\x00", "\r\n", "\ufeff",
    "\u202e", "  ", "...", "-", "'", "Dear Sir", "Madame, Monsieur", "ref AB-1234", "£70-80k",
]
#: Lone surrogates (category Cs), which st.text() never draws: a Python string (a JSON
#: "\\ud800" escape) can hold one (review36, R30-R)
SURROGATES = st.characters(categories=["Cs"])
texts = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(WORDS) | st.text(max_size=8) | SURROGATES, max_size=30).map(" ".join),
    st.text(st.characters(exclude_categories=()) | SURROGATES, max_size=60),
)
SETTINGS = settings(max_examples=150, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(texts | st.text(alphabet="ab1 04e\u00e9", max_size=30))
def test_normalize_paths_agree_and_index_is_consistent(text: str) -> None:
    n = normalize(text)
    assert n.text == fast_normalize(text)
    plain = normalize(text, digits_as_letters=False)
    assert plain.text == fast_normalize(text, digits_as_letters=False)
    # step 4 is one character for one: same length, same index, only digits changed
    assert plain.index == n.index and len(plain.text) == len(n.text)
    assert all(a == b or (a in "013457@" and b in "oieasta") for a, b in zip(
        plain.text, n.text, strict=True))
    assert len(n.index) == len(n.text)
    assert all(0 <= i < max(len(text), 1) for i in n.index)
    if ("\u202e" not in text and "](" not in text and "<" not in text
            and _INVISIBLE_JOIN.search(text) is None  # overrides, markdown links, hidden
            and not normalize_module.i_for_l_spans(text)):  # HTML, invisible joins and a
        assert list(n.index) == sorted(n.index)  # capital I for an l (R29-N) read twice


def _step4_plain(text: str) -> str:
    """Step 4 as written in the rules (R16-C; R26-B: not after a currency code that starts a
    word, "usd3k"), word by word, for the test below."""
    signs = str.maketrans("013457@", "oieasta")
    code = r"(?:^|[^a-z0-9])(?:usd|eur|gbp|chf|jpy|cad|aud|usdt|usdc)$"
    inner = re.sub(r"(?<=[a-z])[013457]{1,2}(?=[a-z])",
                   lambda m: m.group() if re.search(code, text[:m.start()])
                   else m.group().translate(signs), text)
    link = r"://|www\.|@\S*\.[a-z]|\.[a-z]{2,6}/"  # ("c@ll." ends a sentence: no address)

    def counts(word: str) -> bool:  # a sign between two letters ('@' not in a link)
        found = ((i, re.match(r"[a-z][013457@]{1,2}[a-z]", word[i:])) for i in range(len(word)))
        return any(m and not ("@" in m.group() and re.search(link, word))
                   and not re.search(code, word[:i + 1])
                   for i, m in found)

    if sum(counts(w) for w in text.split(" ")) < 2:
        return inner
    keep = (r"web3|\.7z|[$\u20ac\u00a3]|(?:^|[^a-z0-9])[013457]+(?:[.,][013457]+)?"
            r"(?:k|m|h|d|x|g|am|pm|st|nd|rd|th|min|hrs?|yrs?)(?:$|[^a-z0-9])"
            r"|(?:^|[^a-z0-9])(?:usd|eur|gbp|chf|jpy|cad|aud|usdt|usdc)[0-9]")
    out = []
    for w in inner.split(" "):
        if (not re.search("[a-z]", w) or re.search("[2689]", w) or re.search(link, w)
                or re.search(keep, w)):
            out.append(w)
            continue
        near = [(i > 0 and w[i - 1].isalpha()) or (i + 1 < len(w) and w[i + 1].isalpha())
                for i in range(len(w))]
        out.append("".join(c.translate(signs) if c in "013457@" and near[i] else c
                           for i, c in enumerate(w)))
    return " ".join(out)


@given(st.text(alphabet="ab z0123457.9@:/wk", max_size=40))
@example("pl3as3 cl0n3 0ur r3p0 d0 it (web3, 10am, 5k, j@x.io)")
@example("a@b1c x@y.b1c")
@example("b@b. a0b")  # found by hypothesis: the dot of "b@b." ends a sentence
@example("usd3k a0b c0d")  # an amount glued to its currency code stays (R26-B)
@example("ausd3k eur5k usd3@b")
def test_digits_as_letters_equals_its_plain_definition(text: str) -> None:
    assert normalize_module._digits_as_letters(text) == _step4_plain(text)


@SETTINGS
@given(texts | st.text(alphabet="ab C \t\n\r\x00\x01\x1c\x1f\x7f.-\u00e9\u200b\ufb01\ufdfa",
                       max_size=30))
def test_fast_normalisation_equals_the_per_character_definition(text: str) -> None:
    """Steps 1-3 after step 0 (step 4 is checked above)."""
    unmarked = normalize_module._step0_indexed(text)
    if unmarked is None:
        expected = normalize_module._normalize_per_character(text)
    else:
        inner = normalize_module._normalize_per_character(unmarked[0])
        expected = NormText(original=text, text=inner.text,
                            index=tuple(unmarked[1][i] for i in inner.index))
    assert normalize(text, digits_as_letters=False) == expected


MARKUP_PARTS = ["**", "*", "~~", "__", "_", "<b>", "</b>", "<span class='x'>", "</span>", "<a>",
                "<wbr>", "<!--", "-->", "<span style='display:none'>", "<del>", "-\n",
                "&#109;", "&#x41;", "&amp;", "&nbsp;", "&bogus;", "&", "&#;", "<", "clone",
                "our repo", " ", "é", "\u200b",
                # round 7: references without ';', block tags, tags inside words, BBCode,
                # spoilers, overrides written as tags
                "&#99", "&#x6e", "&copy", "<br>", "</p><p>", "</td><td>", "</a>",
                "<img src=x>", "<a href='u'>", "[b]", "[/b]", "[i]", "||", "<bdo dir=rtl>",
                "</bdo>", "<p style='direction:rtl;unicode-bidi:bidi-override'>", "</p>"]


@SETTINGS
@given(st.lists(st.sampled_from(MARKUP_PARTS), max_size=30).map("".join) | texts)
@example("_**_")  # step 0 runs once: dropping '**' leaves '__' in both paths
@example("&amp;amp;")
def test_markup_step_maps_every_character_back(text: str) -> None:
    unmarked = normalize_module._unmarkup_indexed(text)
    plain = normalize_module._unmarkup(text)
    if unmarked is None:
        assert plain == text
        return
    out, index = unmarked
    assert out == plain and len(index) == len(out)
    assert all(0 <= i < len(text) for i in index) and index == sorted(index)
    # a character left alone maps to itself; a decoded one to the '&' of its reference; an
    # emphasis mark between two letters reads as a space; a block tag as white space and an
    # override written as a tag as U+202E ... U+202C, from its '<'
    for ch, i in zip(out, index, strict=True):
        assert (text[i] == ch or text[i] == "&" or (ch == " " and text[i] in "*~_")
                or (ch in " \n\u202e\u202c" and text[i] == "<"))
    n = normalize(text)
    assert n.text == fast_normalize(text)
    for start in range(len(n.text)):
        o_start, o_end = n.span(start, start + 1)
        assert 0 <= o_start < o_end <= len(text)


SPACING_PARTS = ["c", "l", "o", "é", "7", " ", " ", " ", "  ", "   ", "\t", "\n", "\u00a0",
                 "\u202e", "\u202c", "**", "&#109;", "ab", ".", "_", "\u200b", "\x00", "clone",
                 "_our_", "-", "@", "://", "-\n", "\u3164", "\u20dd", "\U0001f150", " 👉 ", " | ",
                 "'", "'x' 'y'", " / ", "… ", " 🇫🇷 ", "€ ", "! ", "[a](u) ", "[b](https://x.y)",
                 "](", '<span style="display:none">', "</span>", "<style></style>", "<b hidden>",
                 '<i style="visibility:hidden">', '<u style="font-size:2px">', "</i>",
                 "... ", "..", "\u2014", "\u2015", " > ", ">", "A", "ooo", "aAa", "xxx",
                 # round 7
                 "&#x202E;", "&#8238", "<bdo dir=rtl>", "</bdo>", "<br>", "</td><td>", "<a>",
                 "</a>", "[b]", "[/b]", "||", "\u2010\n", "\u00ad\n", "=\n", "<title>",
                 "</title>", "<head>", "<body>", '<span style="color:#fff;background:#fff">',
                 "<img alt='x'>",
                 "~~", "__", "\ufe0f", "\U000e0041", "\u034f", "&amp;", "&bogus;",
                 # R25-A: words joined by slashes, middle dots, bullets or emoji
                 "/", "\u00b7", "\u2022", "\U0001f642", "\u2764\ufe0f", "add/me/",
                 "on\u00b7ab\u00b7",
                 # R29-N: a capital I for an l, a mark on every word
                 "I", "\u2160", "cIi", "PIea", "Mc", "I'e", "ab, ", "#ab ", "@ab ",
                 "\u00abab\u00bb ", "[ab] ", "`ab` ", "(ab) ", "ab! ",
                 # R34-D2: French inclusive writing, an elision's backtick, comments
                 "\u00b7e", "\u00b7e\u00b7s", ".e", ".e.s", "-e", "/e", "\u00e9.es", " n`", "qu`",
                 "<!-- ab -->", "<!--", "-->"]


@SETTINGS
@given(st.lists(st.sampled_from(SPACING_PARTS), max_size=40).map("".join) | texts)
@example("c l o n e  o u r  r e p o")
@example("\u202eoper ruo enolc\u202c ok")
@example("\u202ec l o n e  o u r\u202c")
@example("Please_clone_our_repo_and_run_it, a 👉 b, 'x' 'y', p | q | r, men-\ntion")
@example("0*0")
@example("Please / clone / our / repo, call. / Do… not… tell 🇫🇷 him")
@example("Hi [clone](https://x.y) [our](u) [repo](v), thanks")
@example('<style></style>clo<span style="display:none">zq</span>ne <b hidden>x')
@example("Please\ufe0fclone\u200bour\U000e0020repo, Whats\u034fApp \u2764\ufe0f!")
@example("&#x202E;oper<br>ruo&#8238 <bdo dir=rtl>enolc</bdo> rete[b]nu[/b] fr||ais|| "
         "<title>x</title></b> rete\u2010\nnu cl=\none")
@example("Ԁ")
@example("PIease, keep, this, between, us, cIient wiII, I'entretien #a #b #c #d")
@example("\u0279 \u0287 \u0287")
@example("c\u3164c")
@example("Contact me on _Telegram_, \u00ab_entre nous_\u00bb, my_var, x_")
@example("Vous \u00eates s\u00e9lectionn\u00e9\u00b7e, retenu.e.s, n`a, Hi <!-- keep it -->, "
         "o<!-- x -->ur")
@example("Add\uff3fme\uff3fon\uff3fWhatsApp\uff3fkeep\uff3fit\uff3fquiet, "
         "clone\u30fcour\u30fcrepo\u30fcand\u30fcrun\u30fcit, \u30b3\u30fc\u30d2\u30fc")
def test_step0_maps_every_character_back(text: str) -> None:
    """Overrides read both ways, markup dropped, spaced, dotted and joined writing read as
    words, symbols, quotes and pipes between words dropped: each character of the result
    comes from a character of the text, the paths agree, and spans stay in range."""
    done = normalize_module._step0_indexed(text)
    if done is None:
        assert normalize_module._step0(text) == text
    else:
        out, index = done
        assert out == normalize_module._step0(text) and len(index) == len(out)
        assert all(0 <= i < len(text) for i in index)
        for ch, i in zip(out, index, strict=True):
            # kept, a decoded reference (its '&'), a wider gap read as one space or a line
            # break, a joining or emphasis character between letters read as a space, or the
            # ". " that parts the two readings of a right-to-left override (or of invisible
            # characters or a blank-looking filler between letters, which also read as a
            # space: "c\u3164c" reads "cc. c c", rule R28-B1)
            hidden = (re.fullmatch(f"[{normalize_module._JOINING_INVISIBLE}]", text[i])
                      or text[i] in normalize_module.IN_WORD_GAPS)
            assert (text[i] == ch or text[i] == "&" or (ch in " \n" and text[i].isspace())
                    or (ch in ". \n\u202e\u202c" and text[i] in "<&")
                    or (ch == " " and text[i] in "_.-+~*")
                    # an elision's backtick read as an apostrophe, and the space a comment's
                    # marks read as in plain text (R34-D2, R34-D)
                    or (ch == "'" and text[i] == "`") or (ch == " " and text[i] in "<-")
                    # a low line in another form, or a dash-like letter between two ASCII
                    # letters, joining words (rule R32-E)
                    or (ch == " " and re.fullmatch(
                        f"[{normalize_module._LOW_LINES}{normalize_module._DASHLIKE}]", text[i]))
                    or (ch == " " and re.fullmatch(normalize_module._SEPARATOR, text[i]))
                    or (ch in ". " and (text[i] in "\u202e[<" or hidden))
                    # a capital I read as the l it is written for, and the ". " that parts
                    # that reading from the text as stored (R29-N)
                    or (ch in "l. " and text[i] in normalize_module._CAPITAL_I)
                    # a turned letter read upright ("Ԁ" for "p": upside-down writing, R27-K)
                    or normalize_module._TURNED.get(text[i]) == ch
                    or normalize_module._TURNED_ASCII.get(text[i]) == ch
                    # and the ". " that parts an upside-down stretch's two readings, from its
                    # start (found by the wider texts of review36: "ɹ ʇ ʇ")
                    or (ch in ". " and i == (normalize_module.upside_down_span(text)
                                             or (-1,))[0])), (ch, text[i])
    for displayed in (False, True):  # (the displayed reading: round 7, F14)
        n = normalize(text, displayed=displayed)
        assert n.text == fast_normalize(text, displayed=displayed)
        for start in range(len(n.text)):
            o_start, o_end = n.span(start, start + 1)
            assert 0 <= o_start < o_end <= len(text)
        for start in range(0, len(n.text), 3):
            o_start, o_end = n.span(start, min(start + 5, len(n.text)))
            assert 0 <= o_start < o_end <= len(text)


@SETTINGS
@given(st.lists(st.lists(st.sampled_from(SPACING_PARTS), max_size=40).map("".join) | texts,
                max_size=40))
@example(["c l o n e  o u r  r e p o", "c.l.o.n.e o.u.r r.e.p.o", "Hi &#46;l&#46;", "plain"])
@example(["x / l'entretien / y", "a\u2026 2,000\u2026 b", "pays / U.S. / dollars"])
@example(["a... b... C", "x\u2014y", "p > q > r", "U.S... of... A"])
@example(["add·me·on·our·repo·now", "Please🙂add👉me✅on❤️WhatsApp🙂now", "a/bc/de/fg/hi/jk/l"])
@example(["Please, keep, this, between, us", "#a #b #c #d", "«a» «b» «c» «d»", "cIient", "PIease"])
@example(["keep\xa0\"between\xa0us\"", "a_1 USD_2000_per", "\"'x'\"", "interview\u3002Regards"])
@example(["s\u00e9lectionn\u00e9\u00b7e", "retenu.e.s", "n`a", "Hi <!-- keep it -->", "x-e.com"])
def test_column_wise_step0_suspects_change_nothing(column: list[str]) -> None:
    """The batch path's RE2 pass (STEP0_SUSPECT) finds every text that step 0's hints find, so
    skipping the rest gives the same matching forms."""
    import re2

    from recruitscore.signals.base import _re2_match

    rx = re2.compile(normalize_module.STEP0_SUSPECT)
    safe = [t.encode("utf-8", "surrogatepass").decode("utf-8", "replace") for t in column]
    for t in safe:
        if (normalize_module._SPACED_HINT.search(t) or normalize_module._DOTTED_HINT.search(t)
                or normalize_module._JOINED_HINT.search(t)
                or normalize_module._SLASH_HINT.search(t)
                or normalize_module._SYMBOL_JOIN_HINT.search(t)
                or normalize_module._HYPHEN_BREAK.search(t)
                or normalize_module._SYMBOL_GAP.search(t)
                or normalize_module._QUOTED_PAIR.search(t)
                or normalize_module._PIPED_PAIR.search(t)
                or normalize_module._SEPARATED.search(t)
                or normalize_module._ELLIPSIS_GAP.search(t)
                or normalize_module._DASH_GAP.search(t)
                or normalize_module._ARROW_PAIR.search(t)
                # marked writing (R29-N)
                or normalize_module._marked_cuts(t)

                # stretched letters: ASCII letters but 'w' (R17-H)
                or re.search(r"([a-vx-z])\1\1", t, re.IGNORECASE)):
            assert rx.search(t) is not None, t
    if column:
        import pyarrow as pa

        try:
            suspects = _re2_match(pa.array(column, type=pa.large_string()),
                                  normalize_module.STEP0_SUSPECT)
        except UnicodeEncodeError:
            return
        assert normalize_module.fast_normalize_all(column, suspects) == [
            fast_normalize(t) if t else "" for t in column]
        # a text that STEP0_ANY misses goes through step 0 unchanged
        touched = _re2_match(pa.array(column, type=pa.large_string()),
                             normalize_module.STEP0_ANY)
        assert all(touched[suspects])
        for t, z in zip(column, touched, strict=True):
            if not z:
                assert normalize_module._step0(t) == t
                assert not normalize_module.i_for_l_spans(t)  # (R29-N)
        # step 4 column-wise (STEP4_SUSPECT over the forms through step 3), as Batch.norm does
        forms = normalize_module.fast_normalize_all(column, suspects, digits_as_letters=False,
                                                    touched=touched)
        leet = _re2_match(pa.array(forms, type=pa.large_string()),
                          normalize_module.STEP4_SUSPECT)
        assert normalize_module.digits_as_letters_all(forms, leet) == [
            fast_normalize(t) if t else "" for t in column]


@given(st.lists(st.sampled_from(["a", "é", "2,000", "l'x", " ", "  ", "\u00a0", "\n", "/", ".",
                                  "..", "-", "!", ",", "•", "🇫🇷", "…", "€", "|", "_", "'", "*",
                                  "(", "x"]), max_size=30).map("".join))
@example("x / l'entretien / y")
@example("a.. b.. c")
@example("x. a / b")
@example("x- a - b")
def test_separator_hint_equals_its_plain_form(text: str) -> None:
    """_SEP_HINT, written to start with one character class, finds what its plain form finds."""
    plain = re.compile(normalize_module._SEP_HINT_PLAIN)
    found, expected = normalize_module._SEP_HINT.search(text), plain.search(text)
    assert (found and found.span()) == (expected and expected.span())


@given(st.text(alphabet="ab z0123457.9@:/wk", max_size=40))
@example("a0b")
@example("a@@b 0ur")
@example("p@rlez c@ll")
def test_step4_suspects_hold_every_text_step4_changes(text: str) -> None:
    """A text that STEP4_SUSPECT does not match goes through step 4 unchanged."""
    import re2

    if re2.compile(normalize_module.STEP4_SUSPECT).search(text) is None:
        assert normalize_module._digits_as_letters(text) == text


@SETTINGS
@given(texts, st.sampled_from(["", "helix-quantum.io", "https://gmail.com", "x"]),
       st.sampled_from(["", "Lockheed Martin", "Global Consulting Partners"]))
def test_extract_never_raises_and_spans_are_valid(text: str, url: str, company: str) -> None:
    approach = Approach.from_mapping({"message": text, "sender_company_url": url,
                                      "sender_company": company, "target_headline": text[:40]})
    hits = extract_signals(approach)
    assert_spans_valid(approach, hits)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(texts, min_size=1, max_size=12), st.booleans())
def test_frame_equals_row_by_row(messages: list[str], use_arrow: bool) -> None:
    # (pandas' Arrow strings refuse a lone surrogate: an object column holds one)
    df = pd.DataFrame({"message": messages, "target_headline": messages[::-1],
                       "sender_company_url": ["helix-quantum.io"] * len(messages)},
                      dtype=object if any(map(LONE_SURROGATE.search, messages)) else None)
    saved = base.SMALL_BATCH
    # force the pyarrow path or the google-re2 row-by-row path
    base.SMALL_BATCH = -1 if use_arrow else 10_000
    try:
        frame = extract_signals_frame(df)
    finally:
        base.SMALL_BATCH = saved
    for i, row in enumerate(df.to_dict("records")):
        single = {h.name for h in extract_signals(row)}
        assert single == {c for c in frame.columns if frame.iloc[i][c]}, row


# letters, digits and separators that Python's \w and the Arrow tokeniser could see differently
TOKEN_CHARS = ("ab cd_x1 9.-'\u00e9\u00b2\u216b\u20ac\U0001f44d\ufb01\u00df\u01c5\u4e00"
               "\u0663\u091e\u093f\u0301\x00\t")
token_texts = st.one_of(st.text(max_size=60), st.text(alphabet=TOKEN_CHARS, max_size=60),
                        st.lists(st.sampled_from(WORDS), max_size=12).map(" ".join))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(token_texts, min_size=2, max_size=80), st.sampled_from([(1, 1), (1, 2), (1, 3)]),
       st.booleans(), st.sampled_from([0, 3, 6]))
def test_tfidf_equals_scikit_learn(texts: list[str], ngram_range: tuple[int, int],
                                   use_arrow: bool, prefix: int) -> None:
    """Our TF-IDF (Arrow path and row-by-row path) equals scikit-learn's vectorizer (its own word
    analyzer; with word prefixes, ours handed to it), and the content-token counts equal a
    plain Python count."""
    from functools import partial

    import numpy as np
    import scipy.sparse as sp
    from sklearn.feature_extraction.text import TfidfVectorizer

    from recruitscore.text import analyze

    if prefix:
        vec = TfidfVectorizer(analyzer=partial(analyze, ngram_range=ngram_range, prefix=prefix),
                              sublinear_tf=True)
    else:
        words = TfidfVectorizer(token_pattern=TOKEN_PATTERN).build_tokenizer()
        vec = TfidfVectorizer(lowercase=False, token_pattern=None, ngram_range=ngram_range,
                              tokenizer=lambda t: [w for w in words(t) if not is_filler(w)],
                              sublinear_tf=True, stop_words=sorted(FUNCTION_WORDS))
    try:
        vec.fit(texts)
    except ValueError:  # empty vocabulary
        return
    vocab = Vocabulary(tuple(vec.get_feature_names_out()), vec.idf_, ngram_range, prefix)
    saved = base.SMALL_BATCH
    base.SMALL_BATCH = -1 if use_arrow else 10_000  # force the Arrow or the few-rows path
    try:
        rows = tfidf(vocab, texts)
    finally:
        base.SMALL_BATCH = saved
    ours = sp.csr_matrix((rows.data, rows.indices, rows.indptr), shape=(len(texts), len(vocab)))
    theirs = vec.transform(texts)
    assert abs(ours - theirs).max() < 1e-12
    tokenize = TfidfVectorizer(token_pattern=TOKEN_PATTERN).build_tokenizer()
    content = [[t for t in tokenize(x) if t not in FUNCTION_WORDS and not is_filler(t)]
               for x in texts]
    assert rows.n_tokens.tolist() == [len(c) for c in content]
    assert rows.n_known.tolist() == [sum(t in vec.vocabulary_ for t in c) for c in content]
    assert np.all(np.diff(rows.indptr) >= 0)


# sentences, end marks and unusual white space (all of which str.split() splits on)
SENTENCE_PARTS = ["we are hiring", "earn 300 a day", "hi", "a b c d e", "b c d e", ".", "!", "?",
                  "\n", " ", "\u00a0", "\x0b", "\x0c", "\u2003", "\u3000", "\x1c", "\x85",
                  "\u2028", "\u00e9t\u00e9", "add me", "\t", "[NAME]", "[EMAIL]", "email me at",
                  "[Role]", "[", "best regards", "Bien à vous",
                  "looking forward to hearing from you"]
sentence_texts = st.lists(st.sampled_from(SENTENCE_PARTS), max_size=40).map("".join)


@SETTINGS
@given(sentence_texts | texts)
def test_drop_repeats_is_idempotent_and_keeps_first_copies(text: str) -> None:
    from recruitscore.text import _SENTENCE_RE, GLUE_WORDS, _sentence_key, drop_repeats

    def sentences(t: str) -> list[str]:
        return [k for k in map(_sentence_key, _SENTENCE_RE.findall(t)) if k]

    def repeats(key: str, earlier: list[str]) -> bool:
        return key in earlier or any(
            k.endswith(" " + key) and 4 <= key.count(" ") + 1 <= k.count(" ") + 1 - 1
            and k.count(" ") - key.count(" ") <= GLUE_WORDS for k in earlier)

    once = drop_repeats(text)
    assert drop_repeats(once) == once
    kept = sentences(once)
    assert not any(repeats(k, kept[:i]) for i, k in enumerate(kept))
    # every sentence of the text is kept, or repeats one kept before it
    pos = 0
    for key in sentences(text):
        if pos < len(kept) and key == kept[pos]:
            pos += 1
        else:
            assert repeats(key, kept[:pos]), key
    assert pos == len(kept)
    assert sentences(drop_repeats(once + "\n" + once)) == kept


def _drop_repeats_loop(text: str) -> str:
    """drop_repeats without its shortcut (the loop alone, as before the shortcut)."""
    from recruitscore.text import _SENTENCE_RE, GLUE_WORDS, _sentence_key

    parts = [p for p in _SENTENCE_RE.findall(text) if p]
    seen: set[str] = set()
    tails: set[str] = set()
    kept = []
    for part in parts:
        key = _sentence_key(part)
        if key and (key in seen or key in tails):
            continue
        seen.add(key)
        words = key.split(" ")
        for j in range(1, min(GLUE_WORDS, len(words) - 4) + 1):
            tails.add(" ".join(words[j:]))
        kept.append(part)
    return "".join(kept) if len(kept) < len(parts) else text


@SETTINGS
@given(sentence_texts | texts)
@example("a b c d e. b c d e. x.")
@example("one two three four five six. zero two three four five six. b c d e f")
def test_drop_repeats_shortcut_gives_what_the_loop_gives(text: str) -> None:
    # the shortcut returns early when no two sentences end with the same four words: it must
    # never change the result
    from recruitscore.text import drop_repeats

    assert drop_repeats(text) == _drop_repeats_loop(text)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(sentence_texts | texts, min_size=1, max_size=12), st.booleans())
@example(["Subject: role at acme.io. Write to jo@gmail.com or see https://x.y/z, [TITLE]",
          "Objet : votre candidature sur careers.acme.fr/jobs", "RE: hi www.acme.com"], True)
@example(["Hi. On Mon, 3 Mar 2025 at 10:12, Sam <sam@acme.com> wrote: see you",
          "Join Zoom Meeting https://x.zoom.us/j/1 Meeting ID: 812 3456 7890 Passcode: 48 ok",
          "We are an equal opportunity employer. Write to jo@gmail.com", "plain text",
          "Le mar. 4 mars 2025 à 09:41, Sam <sam@acme.fr> a écrit : merci"], True)
def test_ngram_text_batch_equals_ngram_form(messages: list[str], use_arrow: bool) -> None:
    from recruitscore.signals import make_batch
    from recruitscore.text import ngram_form, ngram_text

    saved = base.SMALL_BATCH
    base.SMALL_BATCH = -1 if use_arrow else 10_000
    try:
        batch, _ = make_batch(pd.DataFrame(
            {"message": messages},
            dtype=object if any(map(LONE_SURROGATE.search, messages)) else None))
        got = ngram_text(batch)
    finally:
        base.SMALL_BATCH = saved
    assert got == [ngram_form(t) for t in batch.norm("message")]


NAME_WORDS = ["Hi", "Hello", "Dear", "Bonjour", "Cordialement,", "Thanks,", "Best,", "Mr", "Dr.",
              "Madame", "Anjali", "Okafor", "CV", "Candidate", "candidate", "there", "L'équipe",
              "Jean-Baptiste", ",", "\n", "Félicitations", "mr", "HELLO"]


@SETTINGS
@given(st.lists(st.lists(st.sampled_from(NAME_WORDS) | st.text(max_size=8), max_size=20)
                .map(" ".join), max_size=4))
def test_addressed_names_are_capitalised_words_never_written_in_lower_case(
        messages: list[str]) -> None:
    """Whatever the text, a name found is one capitalised word (not an acronym, title or
    greeting) that no message writes in lower case, so it never removes an ordinary word."""
    import re

    from recruitscore.protected import addressed_names

    names = addressed_names(messages)
    lower = {w for m in messages for w in re.findall(r"\w+", m) if w.islower()}
    for name in names:
        assert re.fullmatch(r"\w+", name) and name[0].isupper() and not name.isupper()
        assert name.lower() not in lower
        assert any(name in m for m in messages)


# -- one definition of invisible characters (red-team round 7, F1/F3) -------------------------
#: The general category of each range of Other_Default_Ignorable_Code_Point, as PropList.txt
#: (Unicode 14.0.0) comments it; unicodedata must agree (the property itself it does not know).
_ODI_CATEGORIES = {(0x034F, 0x034F): "Mn", (0x115F, 0x1160): "Lo", (0x17B4, 0x17B5): "Mn",
                   (0x2065, 0x2065): "Cn", (0x3164, 0x3164): "Lo", (0xFFA0, 0xFFA0): "Lo",
                   (0xFFF0, 0xFFF8): "Cn", (0xE0000, 0xE0000): "Cn", (0xE0002, 0xE001F): "Cn",
                   (0xE0080, 0xE00FF): "Cn", (0xE01F0, 0xE0FFF): "Cn"}


def test_invisible_ranges_agree_with_unicodedata() -> None:
    import unicodedata

    from recruitscore import padding
    from recruitscore.signals import detectors

    inside = {c for lo, hi in padding.invisible_ranges() for c in range(lo, hi + 1)}
    assert tuple(_ODI_CATEGORIES) == padding.OTHER_DEFAULT_IGNORABLE
    for (lo, hi), cat in _ODI_CATEGORIES.items():
        assert {unicodedata.category(chr(c)) for c in range(lo, hi + 1)} == {cat}, hex(lo)
    # every format character, in every plane (the scan looks at the planes that have some)
    every_cf = {c for c in range(0x110000) if unicodedata.category(chr(c)) == "Cf"}
    assert every_cf <= inside
    assert {c >> 16 for c in every_cf} <= {p >> 16 for p in padding._CF_PLANES}
    # every variation selector (by name) and nothing else that is a mark
    named = {c for plane in (0, 0xE0000) for c in range(plane, plane + 0x10000)
             if "VARIATION SELECTOR" in unicodedata.name(chr(c), "")}
    selectors = {c for lo, hi in padding.VARIATION_SELECTORS for c in range(lo, hi + 1)}
    assert named == selectors
    # nothing that shows: no white space, no letter but the blank-looking Hangul fillers, no
    # mark but the selectors, CGJ and the Khmer inherent vowels; unassigned code points only
    # where Unicode reserves them as default-ignorable
    cats = {c: unicodedata.category(chr(c)) for c in inside}
    assert not any(chr(c).isspace() for c in inside)
    assert {chr(c) for c, k in cats.items() if k.startswith("L")} <= set(padding.BLANK_LOOKING)
    assert {c for c, k in cats.items() if k == "Mn"} == selectors | {0x34F, 0x17B4, 0x17B5}
    reserved = {c for (lo, hi), k in _ODI_CATEGORIES.items() if k == "Cn"
                for c in range(lo, hi + 1)}
    assert {c for c, k in cats.items() if k == "Cn"} == reserved
    assert set(cats.values()) == {"Cf", "Cn", "Mn", "Lo"}
    # an unassigned code point that is not default-ignorable shows as a box: not invisible
    for code in (0x0378, 0x2FFFF, 0xE1000, 0x1FAE8 if unicodedata.category("\U0001fae8") == "Cn"
                 else 0x0379):
        assert not padding.is_invisible(chr(code))
    # the same definition everywhere: the joiner reading (less the override, read as displayed,
    # and the blank-looking fillers, read as spaces), padding and obfuscated_text
    joining = {c for lo, hi in normalize_module.JOINING_RANGES for c in range(lo, hi + 1)}
    assert joining == inside - {0x202E} - {ord(c) for c in padding.BLANK_LOOKING}
    assert re.fullmatch(f"[{padding.invisible_class()}]+", "".join(map(chr, sorted(inside))))
    assert {chr(c) for c in joining} <= detectors._HIDDEN_CHARS


# -- repeated pieces cut before the length limit (red-team round 7, F2) ------------------------
_PIECE_ALPHABET = st.sampled_from([*"ab c.!?\n\u200b\u00e9\u3002", "\U0001f600", "Hi. "])


@SETTINGS
@given(units=st.lists(st.lists(_PIECE_ALPHABET, min_size=1, max_size=60).map("".join),
                      min_size=1, max_size=4),
       copies=st.integers(min_value=1, max_value=400), seed=st.integers(0, 10**6),
       in_order=st.booleans())
@example(units=["Hello, I have a senior data engineer role in Lyon. Interested? " * 2],
         copies=300, seed=0, in_order=True)
@example(units=["\U0001f600\U0001f601" * 40], copies=100, seed=1, in_order=True)
def test_compact_cuts_repeats_and_maps_back(units: list[str], copies: int, seed: int,
                                            in_order: bool) -> None:
    """Copies cut, a unique message between them kept whole, and every kept character mapped
    to the character it came from (evidence spans map back into the text as given)."""
    import random

    from recruitscore.padding import compact

    rng = random.Random(seed)
    seq = [units[i % len(units)] if in_order else rng.choice(units)
           for i in range(copies * len(units))]
    lure = " Add me on WhatsApp, keep it between us. "
    half = len(seq) // 2
    text = "".join(seq[:half]) + lure + "".join(seq[half:])
    c = compact(text, limit=10**6)
    if c.index is None:
        assert c.text == text
        return
    assert lure.strip() in c.text and len(c.text) <= len(text)
    assert len(c.index) == len(c.text) and bool((c.index[1:] > c.index[:-1]).all())
    assert all(text[i] == ch for ch, i in zip(c.text, c.index.tolist(), strict=True))


_HANDLE = st.from_regex(r"[a-z][a-z0-9_]{3,15}", fullmatch=True)
_HIDING = st.sampled_from(["\u200a", "\u2009", "\u202f", "\u2006", "\u1160", "\u3164",
                           "\u200b", "\u2060"])


@SETTINGS
@given(handle=_HANDLE, where=st.integers(1, 15), gap=_HIDING,
       template=st.sampled_from(["Ping me on t.me/{} today", "Telegram: @{} please",
                                 "Écrivez-moi sur Telegram : @{}", "mail: {}@gmail.com"]))
@example(handle="aurora_hr", where=6, gap="\u200a", template="Ping me on t.me/{} today")
@example(handle="ab12cd", where=3, gap="\u200a", template="Ping me on t.me/{} today")
def test_indicators_are_stable_under_a_narrow_space_inside_a_handle(
        handle: str, where: int, gap: str, template: str) -> None:
    """Red-team round 10, F11 (rule R29-C): a hair space, a thin space or a filler inside a
    handle leaves its indicator as it is, and its span covers the whole handle."""
    from recruitscore.indicators import extract_indicators

    where = min(where, len(handle) - 1)
    plain = template.format(handle)
    hidden = template.format(handle[:where] + gap + handle[where:])
    expected = [(i.kind, i.value) for i in extract_indicators(plain)]
    found = extract_indicators(hidden)
    assert [(i.kind, i.value) for i in found] == expected
    for ind in found:
        assert hidden[ind.start:ind.end] == ind.snippet


# -- lone surrogates (review36, R30-R) ----------------------------------------------------------
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(texts, min_size=1, max_size=8))
@example(["hello \ud800 world", "Send me your passport \udc00 copy", "ok"])
@example(["Add me on whats\ud800app", "\ud83d", "\ud83d\ude00 ok"])
def test_a_lone_surrogate_is_read_as_the_replacement_character(messages: list[str]) -> None:
    """Every row comes out, in order, with its id; a lone surrogate is read (and returned) as
    U+FFFD, as in a text that holds U+FFFD itself, and the row's error says so; score() reads
    the text the same way."""
    import recruitscore as rs

    fixed = [LONE_SURROGATE.sub("\ufffd", m) for m in messages]
    ids = [f"r{i}" for i in range(len(messages))]
    out = rs.score_frame(pd.DataFrame({"id": ids, "message": messages}, dtype=object))
    plain = rs.score_frame(pd.DataFrame({"id": ids, "message": fixed}))
    assert out["id"].tolist() == ids and out["message"].tolist() == fixed
    for col in ("risk", "band", "flagged", "signals", "reasons"):
        assert out[col].tolist() == plain[col].tolist(), col
    for i, m in enumerate(messages):
        n = len(LONE_SURROGATE.findall(m))
        note = f"{n} lone surrogate(s) replaced with U+FFFD"
        assert (note in out.loc[i, "error"]) == bool(n)
        assert out.loc[i, "error"].replace(note, "").strip("; ") == plain.loc[i, "error"]
        single = rs.score(m)
        assert abs(single.risk - out.loc[i, "risk"]) < 1e-6
        assert (note in single.problems) == bool(n)
