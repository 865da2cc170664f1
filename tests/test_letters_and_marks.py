"""Rule R29-N (red-team round 10, F5 and F7): a capital I written for a lower-case l, and a mark
on every word, read as the reader reads them; ordinary writing reads as before."""

from __future__ import annotations

import re

import pytest

from recruitscore.normalize import fast_normalize, i_as_l, i_for_l_spans, normalize
from recruitscore.schema import Approach
from recruitscore.signals import extract_signals

from .assertions import assert_spans_valid
from .test_obfuscation import (
    REVIEW_MESSAGES,
    assert_hides_nothing,
    assert_read_alike_in_both_paths,
)

# F5: (text, matching form, signal, its evidence), English then French. The text is read twice,
# with the capital I as an l, then as stored; a capital I for an l is no disguise of its own
# (obfuscated_text does not fire: legitimate messages so written must score as written plainly)
I_FOR_L = [
    ("PIease keep this between us, no need to teII your empIoyer.",
     "please keep this between us, no need to tell your employer.. piease keep this between us, "
     "no need to teii your empioyer.", "secrecy",
     ("keep this between us", "no need to teII your empIoyer")),
    ("My cIient pays USD 2,000 per short report.",
     "my client pays usd 2,000 per short report.. my ciient pays usd 2,000 per short report.",
     "paid_report", ("USD 2,000 per short report",)),
    ("CIone our repo and run the instaII script before the caII.",
     "clone our repo and run the install script before the call.. cione our repo and run the "
     "instaii script before the caii.", "run_our_code", ("CIone our repo",)),
    ("We wiII pay for your fIight and hoteI in business cIass.",
     "we will pay for your flight and hotel in business class.. we wi pay for your fiight and "
     "hotei in business ciass.", "paid_travel", ("pay for your fIight and hoteI",
                                                 "in business cIass")),
    # the Roman numeral one (NFKC reads it "I"), at a word's start before a vowel too
    ("\u2160et's ta\u2160k, the fi\u2160e password is in my emai\u2160.",
     "let's talk, the file password is in my email.. iet's taik, the fiie password is in my "
     "emaii.", "file_lure", ("password is",)),
    ("Merci de ne pas en parIer à votre empIoyeur, ceIa reste entre nous.",
     "merci de ne pas en parler a votre employeur, cela reste entre nous.. merci de ne pas en "
     "parier a votre empioyeur, ceia reste entre nous.", "secrecy",
     ("ne pas en parIer à votre empIoyeur", "reste entre nous")),
    ("Mon cIient paie 2 000 € par rapport.",
     "mon client paie 2 000 € par rapport.. mon ciient paie 2 000 € par rapport.", "paid_report",
     ("2 000 € par rapport",)),
    ("CIonez notre dépôt et Iancez Ie script d'instaIIation avant I'entretien.",
     "clonez notre depot et lancez le script d'installation avant l'entretien.. cionez notre depot "
     "et iancez ie script d'instaiiation avant i'entretien.", "file_lure",
     ("CIonez notre dépôt", "Iancez Ie script")),
    # "LinkedIn" stays LinkedIn in the l reading
    ("PIus discret que LinkedIn : ajoutez-moi sur TeIegram.",
     "plus discret que linkedin : ajoutez-moi sur telegram.. pius discret que linkedin : "
     "ajoutez-moi sur teiegram.", "off_platform_request",
     ("PIus discret que LinkedIn", "ajoutez-moi sur", "TeIegram")),
]
#: ordinary words with a capital I: read once, as written, no disguise
I_AS_WRITTEN = [
    "I saw the iPhone launch; I think AI and IT teams at IBM will like it.",
    "Dr McIntosh and Ms MacIntyre met Rory McIlroy at OpenAI, then Henry II, Louis XIII, III.",
    "Call getId() or useId(), then check isInvalid and getItem in the React code.",
    "Let's connect on LinkedIn, our SharePoint and TEDxIndianaUniversity pages have the details.",
    "It is an AIs and AIaaS market; AIOps, UIs, CIs and KPIs. If In Is It.",
    "Il travaille sur l'IA générative ; Ils recrutent en Île-de-France. Inutile de rappeler.",
]


@pytest.mark.parametrize(("text", "form", "name", "evidence"), I_FOR_L)
def test_capital_i_for_l_reads_l(text: str, form: str, name: str,
                                 evidence: tuple[str, ...]) -> None:
    assert fast_normalize(text) == normalize(text).text == form
    hits = {h.name: h for h in extract_signals(text)}
    assert tuple(e.snippet for e in hits[name].evidence) == evidence
    assert "obfuscated_text" not in hits
    assert_spans_valid(Approach(message=text), list(hits.values()))


@pytest.mark.parametrize("text", I_AS_WRITTEN)
def test_ordinary_capital_i_reads_as_written(text: str) -> None:
    assert i_for_l_spans(text) == []
    assert i_as_l(text) == text
    form = fast_normalize(text)
    assert form == normalize(text).text and ". " + form[:10] not in form  # read once
    assert "obfuscated_text" not in {h.name for h in extract_signals(text)}


def test_i_for_l_spans_and_reading() -> None:
    text = "PIease caII me. AIso: my cIient, the emaiI, Iet's taIk, I'm free, LinkedIn."
    assert [text[a:b] for a, b in i_for_l_spans(text)] == ["I", "II", "I", "I", "I", "I"]
    assert i_as_l(text) == ("Please call me. Also: my client, the email, let's talk, I'm free, "
                            "LinkedIn.")


@pytest.mark.parametrize("message", REVIEW_MESSAGES)
@pytest.mark.parametrize("capital", ["I", "\u2160"])
def test_every_l_written_capital_i_hides_nothing(message: str, capital: str) -> None:
    """Round 10's shape: every l written I (or U+2160): the plain message's red flags, a risk
    no lower, both paths, and no disguise signal."""
    hidden = message.replace("l", capital)
    assert normalize(hidden).text == fast_normalize(hidden)
    names = assert_hides_nothing(message, hidden, capital)
    assert "obfuscated_text" not in names


# F7: (text, matching form, signal, its evidence) for each mark, English then French
MARKED = [
    ("Please, keep, this, between, us, no, need, to, tell, your, employer.",
     "please keep this between us no need to tell your employer.", "secrecy",
     ("keep, this, between, us", "no, need, to, tell, your, employer")),
    ("#Add #me #on #WhatsApp, #it #is #more #private.", "add me on whatsapp, it is more private.",
     "off_platform_request", ("WhatsApp",)),
    ("@Please @keep this @between us, no need to @tell your @employer.",
     "please keep this between us, no need to tell your employer.", "secrecy",
     ("keep this @between us", "no need to @tell your @employer")),
    ("[My] [client] [pays] [USD] 2,000 [per] [short] [report].",
     "my client pays usd 2,000 per short report.", "paid_report",
     ("USD] 2,000 [per] [short] [report",)),
    ("\u00abMerci\u00bb \u00abde\u00bb \u00abne\u00bb \u00abpas\u00bb \u00aben\u00bb "
     "\u00abparler\u00bb \u00ab\u00e0\u00bb \u00abvotre\u00bb \u00abemployeur\u00bb.",
     "merci de ne pas en parler a votre employeur.", "secrecy",
     ("ne\u00bb \u00abpas\u00bb \u00aben\u00bb \u00abparler\u00bb \u00ab\u00e0\u00bb "
      "\u00abvotre\u00bb \u00abemployeur",)),
    ("`Clonez` `notre` `dépôt` `et` `lancez` `le` `projet` `avant` `l'entretien`.",
     "clonez notre depot et lancez le projet avant l'entretien.", "run_our_code",
     ("Clonez` `notre` `dépôt", "lancez` `le` `projet")),
    ("(Mon) (client) (paie) 2 000 € (par) (rapport).", "mon client paie 2 000 € par rapport.",
     "paid_report", ("2 000 € (par) (rapport",)),
    # French guillemets set with a space inside each
    ("\u00ab\u00a0Ne\u00a0\u00bb \u00ab\u00a0dites\u00a0\u00bb \u00ab\u00a0rien\u00a0\u00bb "
     "\u00ab\u00a0\u00e0\u00a0\u00bb \u00ab\u00a0votre\u00a0\u00bb \u00ab\u00a0employeur\u00a0"
     "\u00bb.", "ne dites rien a votre employeur.", "secrecy",
     ("Ne\u00a0\u00bb \u00ab\u00a0dites\u00a0\u00bb \u00ab\u00a0rien\u00a0\u00bb \u00ab\u00a0"
      "\u00e0\u00a0\u00bb \u00ab\u00a0votre\u00a0\u00bb \u00ab\u00a0employeur",)),
]
#: ordinary marks (lists, handles, addresses, hashtags after a post, a phrase in guillemets,
#: placeholders, label and colon), English then French: read as written (matching form)
MARKS_AS_WRITTEN = [
    ("Skills: Python, Go, Rust, C++, SQL and AWS.", "skills: python, go, rust, c++, sql and aws."),
    ("My Telegram is @aurora_hr, write to anna.k@gmail.com.",
     "my telegram is @aurora_hr, write to anna.k@gmail.com."),
    ("cc @anna @bob: the role is in Lyon (CDI).", "cc @anna @bob: the role is in lyon (cdi)."),
    ("We are hiring a backend engineer in Lyon, fully remote possible, great team and a fair "
     "salary band. Apply on our site. #hiring #python #remote",
     "we are hiring a backend engineer in lyon, fully remote possible, great team and a fair "
     "salary band. apply on our site. #hiring #python #remote"),
    ("Warm regards, [NAME] [ROLE] | [COMPANY]", "warm regards, [name] [role] | [company]"),
    # (guillemets around a phrase read as nothing, with their inner space: rule R33-L)
    ("Il nous a dit « un poste passionnant » et « une équipe soudée ».",
     "il nous a dit un poste passionnant et une equipe soudee."),
    ("Salaire : 55 000 € ; lieu : Lyon ; contrat : CDI ; début : mars.",
     "salaire : 55 000 € ; lieu : lyon ; contrat : cdi ; debut : mars."),
    ("Compétences : Python, Go, Rust, C++ (niveau avancé), SQL.",
     "competences : python, go, rust, c++ (niveau avance), sql."),
]


@pytest.mark.parametrize(("text", "form", "name", "evidence"), MARKED)
def test_a_mark_on_every_word_reads_as_nothing(text: str, form: str, name: str,
                                               evidence: tuple[str, ...]) -> None:
    assert fast_normalize(text) == normalize(text).text == form
    hits = {h.name: h for h in extract_signals(text)}
    assert tuple(e.snippet for e in hits[name].evidence) == evidence
    assert_spans_valid(Approach(message=text), list(hits.values()))


@pytest.mark.parametrize(("text", "form"), MARKS_AS_WRITTEN)
def test_ordinary_marks_read_as_written(text: str, form: str) -> None:
    from recruitscore.normalize import _marked_cuts

    assert _marked_cuts(text) == []
    assert fast_normalize(text) == normalize(text).text == form


def test_a_handle_is_still_a_handle() -> None:
    """An @handle beside marked words keeps its '@' (a digit, '_' or '.' in it)."""
    text = ("@Let's @continue @elsewhere, @please: my @Telegram is @aurora_hr, @thanks @again "
            "@Ana")
    assert fast_normalize(text) == ("let's continue elsewhere, please: my telegram is @aurora_hr, "
                                    "thanks again ana")
    assert "off_platform_request" in {h.name for h in extract_signals(text)}


MARKS = {
    "comma": lambda w: w + ",", "guillemets": lambda w: "\u00ab" + w + "\u00bb",
    "backticks": lambda w: "`" + w + "`", "brackets": lambda w: "[" + w + "]",
    "parentheses": lambda w: "(" + w + ")", "hashtag": lambda w: "#" + w,
    "mention": lambda w: "@" + w,
}


@pytest.mark.parametrize("message", REVIEW_MESSAGES)
@pytest.mark.parametrize("mark", sorted(MARKS))
def test_a_mark_around_every_word_hides_nothing(message: str, mark: str) -> None:
    """Round 10's shape: every word of letters carries the mark: the plain message's red flags,
    a risk no lower, both paths. (A short message with fewer than four marked words keeps its
    marks: with '@' on the words of four letters or more only, these messages have three.)"""
    hidden = " ".join(MARKS[mark](w) if w.isalpha() else w for w in message.split(" "))
    assert normalize(hidden).text == fast_normalize(hidden)
    assert_hides_nothing(message, hidden, mark)


@pytest.mark.parametrize("size", [1, 7, 40, 300])
def test_letters_and_marks_read_alike_in_both_paths(size: int) -> None:
    """The column path (RE2 prefilters over batches above 32 rows) reads and fires what the
    per-message path does."""
    assert_read_alike_in_both_paths(
        [row[0] for row in I_FOR_L] + I_AS_WRITTEN + [row[0] for row in MARKED]
        + [t for t, _ in MARKS_AS_WRITTEN], size)


def test_i_for_l_hint_holds_every_text_read_with_l() -> None:
    """I_FOR_L_RE2 (the column prefilter) matches every text with a capital I for an l."""
    import re2

    from recruitscore.normalize import I_FOR_L_RE2

    rx = re2.compile(I_FOR_L_RE2)
    for text in [row[0] for row in I_FOR_L] + I_AS_WRITTEN:
        if i_for_l_spans(text):
            assert rx.search(text) is not None, text
    assert re.search("n", "LinkedIn") and rx.search("LinkedIn") is None


@pytest.mark.parametrize(("text", "kept"), [
    ("Quick! note! we! never! ask! for! your! ID! Send me your passport copy and bank details "
     "today.", "early_identity_request"),
    ("Hey! there! we! never! charge! any! fee! You need to pay the $90 onboarding fee by Zelle "
     "today.", "pay_to_work"),
    ("Hi? all? good? we? do? not? share? secrets? Tell me which classified programmes you work "
     "on.", "elicitation"),
])
def test_a_marked_disclaimer_does_not_cancel_a_plain_request(text: str, kept: str) -> None:
    """'!', '?', ';' and ':' end sentences and clauses: on every word they are not cut, so a
    disclaimer so written stays a sentence of its own and cancels nothing after it (review36,
    H2: the cut had joined them and cancelled the request's red flags)."""
    assert kept in {h.name for h in extract_signals(text)}


def test_after_mc_is_read_where_the_word_starts() -> None:
    """"McIlroy", "MacIntyre" keep their capital I; the check looks two or three letters back
    only (review36, H1: a walk back to the word's start per candidate I made a long token of
    them quadratic)."""
    from recruitscore.normalize import _after_mc

    assert _after_mc("Rory McIlroy", 7) and _after_mc("MacIlwain", 3)
    assert not _after_mc("TomcIient", 5) and not _after_mc("xMcIient", 3)
    assert i_for_l_spans("Rory McIlroy and a cIient") == [(20, 21)]
