"""Building blocks for signal patterns (common subset of Python ``re`` and RE2).

Patterns run over the matching form (lower case, no accents, confusables mapped, single spaces).

Examples
--------
>>> import re
>>> p = re.compile(term("whatsapp"), re.ASCII)
>>> [bool(p.search(s)) for s in ["whatsapp", "w h a t s a p p", "wh@tsapp", "whats-app", "what"]]
[True, True, True, True, False]
>>> [bool(p.search(s)) for s in ["vvhatsapp", "what's\U0001f642app", "whats/app", "w/hatsapp"]]
[True, True, True, False]

A known abbreviation ends no sentence for :func:`near` (rule R26-B); "etc." still does, and a
weekday or month abbreviation does before a word:

>>> p = re.compile(near("report", "paid"), re.ASCII)
>>> [bool(p.search(s)) for s in ["report (cf. terms) paid", "report (approx. 3 pages), paid",
...                              "report on mar. 10, paid", "report etc. paid",
...                              "report in mar. paid"]]
[True, True, True, False, False]

Money is a figure with its currency, a code too (rule R26-B), but not a code alone:

>>> m = re.compile(MONEY_AMOUNT)
>>> [m.search(s).group() for s in ["chf 3000", "usd3k", "0.1 btc", "3000 bucks", "3 grand.",
...                                 "btc 0.1 for", "eth 2."]]
['chf 3000', 'usd3', '0.1 btc', '3000 bucks', '3 grand.', 'btc 0.1 for', 'eth 2.']
>>> [m.search(s) for s in ["phd at eth 2019", "btc 2024 conference", "your eth lab",
...                        "eth 2 papers", "a grand in-person event"]]
[None, None, None, None, None]
>>> [m.search(s).group() for s in ["\u20b9250,000", "inr 2.5 lakh", "three grand.",
...                                 "3 000 balles"]]
['\u20b9250,000', 'inr 2.5 lakh', 'three grand.', '3 000 balles']

Indian and Swiss grouping are read whole (rule R28-C), "Rs" before a figure with its dot or
grouping, and an amount without cents:

>>> [m.search(s).group() for s in ["chf 3'000.-", "3.000,- \u20ac", "eur 500,--"]]
["chf 3'000.-", '3.000,- \u20ac', 'eur 500,--']

>>> [m.search(s).group() for s in ["\u20b925,00,000", "rs. 2,50,000", "1.2 crore"]]
['\u20b925,00,000', 'rs. 2,50,000', '1.2 crore']
>>> [m.search(s) for s in ["the rs 485 bus", "rs232"]]
[None, None]
>>> [m.search(s) for s in ["a grand total of 12", "3 balles de tennis"]]
[None, None]
>>> [m.search(s) for s in ["a report on chf patients", "the grand opening", "your eth lab"]]
[None, None, None]
"""

from __future__ import annotations

import re

from ..normalize import CURRENCY_CODES

__all__ = ["ABBREVIATIONS", "ABBREVIATIONS_BEFORE_FIGURE", "ABBREVIATION_ANY",
           "ABBREVIATION_STEP", "CURRENCY_CODES", "EMAIL", "FIGURE", "FREEMAIL_CORPORATE",
           "FREEMAIL_DOMAINS", "GAP", "MAJOR_MONEY_AMOUNT", "MONEY_AMOUNT", "ROUGHLY", "TLDS",
           "TLDS_MASKED", "TLDS_NOT_WORDS", "any_of", "app_name", "near", "obfuscated_term",
           "term"]

#: Top-level domains, as alternations for patterns over the matching form (rule R20-A of the
#: notes: named once here, each list for one use).
#:
#: ``TLDS``: every top-level domain an address is recognised by when it has no scheme, "www." or
#: path (``recruitscore.indicators``).
TLDS = ("com|net|org|io|co|uk|fr|de|ru|cn|info|biz|me|us|ai|app|dev|xyz|top|online|site|tech"
        "|jobs|careers|eu|ch|nl|be|it|es|ca|au|in|jp|kr|ir|kp|sg|hk|tw|gov|edu|mil|int|pro|cc"
        "|ly|gl|gd|to|tk|ml|ga|cf|gq|ws|su|by|ua|pl|se|no|fi|dk|at|pt|ie|il|ae|sa|cloud|work")
#: ``TLDS_NOT_WORDS``: the ones that are not also an ordinary English or French word, so a dot
#: before them is read as a host's and not as the end of a sentence glued to the next one
#: ("costs.Be", "costs.Net", "fees.UK applicants" stay two sentences; rules R19-H to R19-J):
#: sentence bounds (``signals.base``) and urgency's delivery-delay gap (``signals.catalog``).
TLDS_NOT_WORDS = "com|org|io|fr|gouv|biz|xyz|edu"
#: ``TLDS_MASKED``: the hosts taken out of the wording (``recruitscore.text.BARE_HOST``, rule
#: R16-H); narrower than ``TLDS``, so that a sentence glued by "it", "in", "no", "to" or "at"
#: ("costs.it", "fees.in") keeps its words, though one glued by "be", "us", "me", "co" or "de"
#: ("costs.be aware") loses its first word with the host. ("gouv" reaches "x.gouv" without its
#: ".fr".)
TLDS_MASKED = "com|net|org|io|fr|me|co|dev|app|ai|gouv|eu|uk|de|ch|be|ca|us|info|biz|xyz|edu|gov"

# Characters that writers substitute for letters to dodge keyword filters.
_LEET: dict[str, str] = {
    "a": "a@4",
    "e": "e3",
    "i": "i1!|",
    "o": "o0",
    "s": "s5$",
    "t": "t7+",
    # "i" too: the matching form reads a 1 inside a word as "i" (recruitscore.normalize, step
    # 4), so "te1egram" arrives as "teiegram"
    "l": "l1|i",
    "g": "g9",
    "b": "b8",
}
# Pairs of letters that look like one letter (rule R25-A): "VVhatsApp", "Telegrarn",
# "passworcl". Read only inside key words: ordinary words hold them ("modern", "savvy", "clear").
_PAIRS: dict[str, tuple[str, ...]] = {"w": ("vv",), "m": ("rn", "nn"), "d": ("cl",)}
# Separators inserted between letters: spaced, dotted, hyphenated, starred, underscored.
_SEP = r"[ .\-_*/+~]"
# A separator inside a key word, at any inner place and at several (rule R25-A: "whats/app",
# "tele·gram", "what's🙂app", "pass|word"): ASCII signs, and any character beyond ASCII, which in
# the matching form is a symbol (middle dots, bullets, arrows, shapes, dingbats, emoji; their
# invisible joiners and selectors are gone) or a letter of another script: a sign of disguise
# too. (A run is "+" or "*", and the class one range: listing the symbol blocks, or a counted
# run of them, made RE2's automaton up to 50 times slower on the long alternations.)
_INNER_SEP = "[.\\-_*'/+~|:=#\\\\\x80-\U0010ffff]"


def _chars(chars: str) -> str:
    return "[" + "".join("\\" + c if c in "\\]^-[" else c for c in chars) + "]"


def _cls(ch: str) -> str:
    alts = _LEET.get(ch)
    one = re.escape(ch) if alts is None else _chars(alts)
    if ch in _PAIRS:
        return "(?:" + "|".join([one, *_PAIRS[ch]]) + ")"
    return one


def term(word: str) -> str:
    """A pattern for ``word`` that also matches its obfuscated spellings.

    Matches the plain word, symbol or digit swaps (``wh@tsapp``, ``s1gnal``, ``pr0ton``),
    look-alike pairs (``vvhatsapp``, ``telegrarn``), a separator between every letter
    (``W h a t s A p p``, ``T.e.l.e.g.r.a.m``, ``s-i-g-n-a-l``) and separators or apostrophes
    inside the word, neither after its first letter nor before its last (``whats-app``,
    ``tele.gram``, ``what'sapp``, ``whats/app``, ``what's🙂app``). Accents, homoglyphs and
    zero-width characters are already removed by normalisation.
    """
    letters, inner = _letters(word)
    alts = ["".join(f"{_INNER_SEP}*{c}" if k in inner else c for k, c in enumerate(letters))]
    if len(word) >= 3:
        alts.append(f"{_SEP}{{1,3}}".join(letters))
    return r"\b(?:" + "|".join(alts) + r")\b"


def _letters(word: str) -> tuple[list[str], range]:
    """The letter patterns of ``word`` and the places a separator may stand before (neither
    the second letter nor the last; the third only in a word of four letters)."""
    return [_cls(c) for c in word], range(2, 3 if len(word) == 4 else len(word) - 1)


def app_name(word: str, split: bool = True) -> str:
    """A pattern for an app name as strangers write it: every spelling of :func:`term`, plus
    (for names of six letters or more) one dropped or doubled letter (``whatsap``, ``telegrm``,
    ``telegramm``), the name written backwards (``ppastahw``) and, with ``split``, a space inside
    the name (``whats app``, ``tele gram``).

    Examples
    --------
    >>> import re
    >>> p = re.compile(app_name("whatsapp"), re.ASCII)
    >>> [bool(p.search(s)) for s in ["whats app", "whatsap", "watsapp", "ppastahw", "what's up"]]
    [True, True, True, True, False]
    """
    alts = [term(word)[len(r"\b(?:"):-len(r")\b")]]
    if len(word) >= 6:
        typos = {word[:k] + word[k + 1:] for k in range(1, len(word))}
        typos |= {word[:k] + word[k] + word[k:] for k in range(1, len(word))}
        alts.append("|".join(sorted(typos - {word})))
    alts.append(word[::-1])
    if split:
        alts.extend(word[:k] + " " + word[k:] for k in range(2, len(word) - 1))
    return r"\b(?:" + "|".join(alts) + r")\b"


def obfuscated_term(word: str) -> str:
    """Like :func:`term`, but only the *disguised* spellings (at least one swap or separator).

    Examples
    --------
    >>> import re
    >>> p = re.compile(obfuscated_term("signal"), re.ASCII)
    >>> [bool(p.search(s)) for s in ["signal", "s1gnal", "s i g n a l", "sig-nal"]]
    [False, True, True, True]
    """
    letters, inner = _letters(word)
    alts = []
    for k, ch in enumerate(word):
        swaps = [_chars(_LEET[ch].replace(ch, ""))] if ch in _LEET else []
        swaps += _PAIRS.get(ch, ())
        if swaps:
            alts.append("".join(letters[:k]) + "(?:" + "|".join(swaps) + ")"
                        + "".join(letters[k + 1:]))
    for j in inner:  # the first separator before letter j
        alts.append("".join(letters[:j]) + _INNER_SEP + "+" + letters[j] + "".join(
            f"{_INNER_SEP}*{c}" if k in inner else c
            for k, c in enumerate(letters[j + 1:], j + 1)))
    if len(word) >= 3:
        alts.append(f"{_SEP}{{1,3}}".join(letters))
    return r"\b(?:" + "|".join(alts) + r")\b"


def any_of(*alternatives: str) -> str:
    r"""``\b(?:a|b|...)\b``: whole-word alternatives, each already a regex fragment."""
    return r"\b(?:" + "|".join(alternatives) + r")\b"


#: Abbreviations whose dot ends no sentence, whatever follows (rule R26-B): "approx. $300",
#: « cf. contrat », « env. 3 000 € », "e.g. a short report", "incl. VAT", "Dr. Smith",
#: « M. Dupont ». A closed list of words that do not end a sentence (regex fragments over the
#: matching form); "etc." does, and so do "U.S.", "St." and "ms." (milliseconds), which often
#: stand last. (The price: "300 m." before a sentence joins the two.)
ABBREVIATIONS = ("approx", "cf", "env", "e\\.g", "i\\.e", "incl", "excl", "vs", "resp", "viz",
                 "dr", "mr", "mrs", "m", "mme", "mlle", "mmes")
#: Abbreviations whose dot ends no sentence before a figure only (rule R26-B): "No. 5",
#: "ca. 300", "Rs. 500" (R28-C), weekdays and months (« mar. 10 h », "Tue. 3 pm", « févr. 2025 »,
#: "Jan. 5"). Before a word they may end one: « C'est ça. », "starting in Jan. The fee...",
#: "at 10 a.m. Please". "a.m." and "p.m." end none before a comma, a bracket or a time zone
#: ("10 a.m. CET").
ABBREVIATIONS_BEFORE_FIGURE = (
    "no", "nr", "ca", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "lun",
    "mer", "jeu", "ven", "sam", "dim", "janv", "fevr", "avr", "juil", "rs")
_TIME_ZONES = "cet|cest|gmt|utc|bst|est|edt|cst|cdt|pst|pdt|et|pt|ist|sgt|jst"
#: One step of :data:`GAP` that reads an abbreviation with its dot, after a space or a bracket
#: (not after a dot: the "m." of "a.m.", the "ca." of "acme.ca." are none). (A column's first
#: RE2 pass, which only lets through the rows where a pattern may match, reads
#: :data:`ABBREVIATION_ANY` instead: ``signals.base``.)
ABBREVIATION_STEP = (r"[ (](?:(?:" + "|".join(ABBREVIATIONS) + r")\.|(?:"
                     + "|".join(ABBREVIATIONS_BEFORE_FIGURE) + r")\.,? ?[0-9]|[ap]\.m\.(?:[,)]"
                     + r"| \(| (?:" + _TIME_ZONES + r")\b))")
#: A superset of :data:`ABBREVIATION_STEP` for that first pass: any of the abbreviations with
#: its dot (what must follow some of them is read by the gap's next steps anyway), shorter than
#: the step, so that the gate unions stay small. (A bare dot there let every sentence end
#: through, and made the slowest gate union half as slow again.)
ABBREVIATION_ANY = (r"[ (](?:" + "|".join(ABBREVIATIONS + ABBREVIATIONS_BEFORE_FIGURE)
                    + r"|[ap]\.m)\.")

#: A short gap inside one sentence (no sentence-ending punctuation). A dot before a digit or
#: before a file or host ending of one to four letters ends no sentence ("$3,000.00",
#: "README.md", "Node.js", "acme-hr.com"), nor one before a dash ("USD 3,000.- for a report",
#: Swiss and German for no cents; rule R28-C): a dot of that kind took the red flag of a paid
#: report or a run-before-the-call lure away (red-team round 8); "billing.Prepare", a
#: sentence whose space was forgotten, still ends (review32). Nor does the dot of one known
#: abbreviation (:data:`ABBREVIATIONS`, :data:`ABBREVIATIONS_BEFORE_FIGURE`; rule R26-B), with
#: up to 60 characters on either side of it. (One, after the first stretch: an abbreviation
#: allowed at every step of the count made RE2's automaton track both, and the patterns with
#: this gap twice as slow.)
_GAP_STEP = r"(?:[^.!?;]|\.(?:[0-9]|[a-z]{1,4}\b|-))"
GAP = _GAP_STEP + "{0,60}(?:" + ABBREVIATION_STEP + _GAP_STEP + "{0,60})?"


def near(left: str, right: str, gap: str = GAP) -> str:
    """``left`` then ``right`` within one short stretch of the same sentence."""
    return f"(?:{left}){gap}(?:{right})"


#: A figure, read whole so that evidence shows "1 800 €" or "$3,000", not "0 €" or "$3" (R18-J);
#: in Indian grouping too, "25,00,000", and in Swiss, "3'000" (rule R28-C; review34 L3: they read
#: "25" and "3").
_GROUPED = r"[0-9]{1,3}(?:[ ,.'][0-9]{3})+|[0-9]{1,2}(?:,[0-9]{2})+,[0-9]{3}"
FIGURE = r"(?:" + _GROUPED + r"|[0-9]+)"
#: Currency codes written before a figure, glued or not, or after it ("CHF 3000", "USD3k",
#: "EUR3000", "3000 CHF", "JPY 20,000", "500 USDT"; rule R26-B). (The matching form keeps the
#: digits of a code glued to its figure: ``recruitscore.normalize``.)
#: Money: a currency sign or code beside a figure; crypto-currencies, "yen", "bucks" and the
#: currency words after it ("0.1 BTC", "2 ETH", "20,000 yen", "3000 bucks", "300 dollars"); "3
#: grand" before a preposition or punctuation. A code alone is no money ("a report on CHF",
#: heart failure; "your ETH lab"), nor is "grand" ("the grand opening", "3 Grand Prix reports").
#: BTC and ETH before a figure of at most three digits or a decimal, then punctuation or a
#: word of pay ("BTC 0.1", "ETH 2 for"; rule R27-D3), not before a year ("ETH 2019", the
#: Zurich school; "BTC 2024", a conference) or a count ("ETH 2 papers"; review34); "three
#: grand" and "a couple of grand" as "3 grand" (R27-J1), not "a grand in-person event".
#: ``MAJOR_MONEY_AMOUNT`` is the money of these currencies, whose size a pattern may judge
#: ("earn $30,000 a month" is outsized, "earn ₹30,000 a month" is not: review34 M4).
_GRAND_AFTER = (r"(?: (?:a|an|per|for|each|every|to|in|cash|upfront|up front|plus)\b"
                r"|[.,;:!?)]|$)")
_GRAND_WORD_AFTER = r"(?: (?:a|an|per|for|each|every|cash|upfront|up front|plus)\b|[.,;:!?)]|$)"
_PAY_AFTER = r"(?: (?:a|an|per|for|each|every|to|as|in|paid|upfront|up front|plus)\b|[.,;:!?)]|$)"
#: An amount "without cents" ends in ".-", ",-" or ",--" ("CHF 3'000.-", "3.000,- €", "EUR
#: 500,--"; rule R28-C), read with its figure.
_NO_CENTS = r"(?:[.,]--?)?"
MAJOR_MONEY_AMOUNT = (
    r"(?:[$€£¥]|\b(?:" + CURRENCY_CODES + r")) ?" + FIGURE + _NO_CENTS
    + r"|\b(?:btc|eth) ?(?:[0-9]{1,3}(?:[.,][0-9]{1,8})?|[.,][0-9]{1,8})" + _PAY_AFTER
    + r"|" + FIGURE + r"(?:[.,][0-9]{1,8}|[.,]--?)? ?(?:[$€£¥]|(?:" + CURRENCY_CODES
    + r"|yen|btc|eth|bitcoins?|bucks|dollars?|euros?|pounds?|francs?)\b)"
    + r"|\b[0-9]{1,3} ?grand" + _GRAND_AFTER
    + r"|\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|a couple of"
    r"|a few|several) grand" + _GRAND_WORD_AFTER)
#: Every currency alike for what an amount pays for (rule R27-J1, red-team round 9 F8):
#: "₹250,000", "₩3,000,000", "3000 ₽", "INR 2.5 lakh", "3000 roubles", "3000 DAI",
#: "Rs. 2,50,000" ("Rs" with its dot or before a grouped figure: not "RS 485"), a rupee amount
#: read whole with its decimals and lakh or crore ("INR 2.5 lakh", not "INR 2"; rule R28-C),
#: « 3 000 balles » after two digits at least (not "3 balles de tennis"; not "won" after a
#: figure: "3 won the prize"). (Signals only: the n-gram text keeps one-country currencies
#: out, as places.)
MONEY_AMOUNT = (MAJOR_MONEY_AMOUNT
                + r"|(?:(?:[₹₩₽]|\b(?:inr|krw|rub)) ?" + FIGURE + r"|\brs\. ?" + FIGURE
                + r"|\brs ?(?:" + _GROUPED + r"))(?:[.,][0-9]{1,2})?(?: ?(?:lakhs?|crores?)\b)?"
                + r"|" + FIGURE + r"(?:[.,][0-9]{1,8})? ?(?:[₹₩₽]|(?:inr|krw|rub|rupees?|roubles?"
                + r"|rubles?|lakhs?|crores?|dai)\b)"
                + r"|(?:[0-9]{1,3}(?:[ ,.][0-9]{3})+|[0-9]{2,}) balles\b")
#: Words that hedge an amount ("earn approx. $300 a day", "about", "up to"): the amount is the
#: same red flag with them (rule R26-B).
ROUGHLY = (r"(?:up to|about|around|roughly|approximately|approx\.?|nearly|almost|ca\.|circa|over"
           r"|more than|at least)")


#: Consumer and privacy-focused mail providers: an address on them is a personal channel.
FREEMAIL_DOMAINS: tuple[str, ...] = (
    "gmail", "googlemail", "yahoo", "ymail", "hotmail", "outlook", "live", "msn", "aol",
    "icloud", "me", "mac", "proton", "protonmail", "pm", "tutanota", "tuta", "gmx", "web",
    "mail", "yandex", "qq", "163", "126", "sina", "foxmail", "laposte", "orange", "free", "sfr",
    "wanadoo", "hushmail", "zoho", "rediffmail", "seznam", "libero", "wp", "inbox", "rambler",
)
_AT = r"(?:@| ?\(at\) ?| ?\[at\] ?| ?\{at\} ?| arobase )"
_DOT = r"(?:\.| ?\(dot\) ?| ?\[dot\] ?| ?\{dot\} ?| dot | point )"
_AT_WORD = r" at "
_DOT_WORD = r"(?: ?\(dot\) ?| ?\[dot\] ?| ?\{dot\} ?| dot | point )"
_LOCAL = r"[a-z0-9][a-z0-9._%+\-]{0,63}"
_LABEL = r"[a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?"
#: An e-mail address, also written with ``(at)``/``[at]``/``arobase`` and ``(dot)``/``point``
#: (a plain `` at `` only together with a spelled-out dot: ``jo at gmail dot com``).
EMAIL = (
    _LOCAL + _AT + "(" + _LABEL + "(?:" + _DOT + _LABEL + "){0,6}" + _DOT + "[a-z]{2,})"
    + "|" + _LOCAL + _AT_WORD + "(" + _LABEL + "(?:" + _DOT_WORD + _LABEL + "){0,6}" + _DOT_WORD
    + "[a-z]{2,})"
)
#: A provider's own corporate domain under a consumer provider's name (rule R33-I): its staff
#: write from it, its customers from another (Orange: orange.fr and wanadoo.fr for customers,
#: orange.com for the group's staff; SFR: sfr.fr, sfr.com; La Poste: laposte.net, laposte.fr).
#: An address there is no free-mail box, nor is the domain a consumer provider's.
FREEMAIL_CORPORATE: tuple[str, ...] = ("orange.com", "sfr.com", "laposte.fr")


def _other_than(word: str) -> str:
    """A pattern for a top-level domain (two letters or more) other than ``word``: RE2 has no
    lookahead.

    Examples
    --------
    >>> p = re.compile(f"^(?:{_other_than('com')})$")
    >>> [bool(p.match(t)) for t in ("com", "fr", "co", "coma", "cm", "net", "c")]
    [False, True, True, True, True, True, False]
    """
    alts = []
    for k, c in enumerate(word):
        others = "".join(x for x in "abcdefghijklmnopqrstuvwxyz" if x != c)
        alts.append(word[:k] + f"[{others}]" + ("[a-z]+" if k == 0 else "[a-z]*"))
        if k >= 2:
            alts.append(word[:k])  # (a shorter top-level domain, "co" for "com")
    alts.append(word + "[a-z]+")
    return "(?:" + "|".join(alts) + ")"


def _free_domain(dot: str) -> str:
    """A consumer provider's domain, its dots written as ``dot``: any top-level domain after
    the provider's name, but a corporate one of :data:`FREEMAIL_CORPORATE` (which is that
    domain alone: ``orange.com.ua`` is the provider's name under a country's ``com.ua``, as
    ``gmail.com.ua`` is, not the group's ``orange.com``; review44 L4, rule R35-D)."""
    plain = [d for d in FREEMAIL_DOMAINS
             if not any(c.split(".")[0] == d for c in FREEMAIL_CORPORATE)]
    alts = ["(?:" + "|".join(term(d) if len(d) > 3 else d for d in plain) + ")" + dot
            + r"[a-z]{2,}"]
    for corporate in FREEMAIL_CORPORATE:
        name, tld = corporate.split(".")
        named = term(name) if len(name) > 3 else name
        alts.append(named + dot + _other_than(tld))
        alts.append(named + dot + tld + dot + r"[a-z]{2,}")
    return "(?:" + "|".join(alts) + ")"


#: An e-mail address on a consumer mail provider.
FREEMAIL = (
    _LOCAL + _AT + _free_domain(_DOT) + r"(?:" + _DOT + r"[a-z]{2,})?\b"
    + "|" + _LOCAL + _AT_WORD + _free_domain(_DOT_WORD) + r"(?:" + _DOT_WORD
    + r"[a-z]{2,})?\b"
)


#: A negated action with its object ("never paste real keys", "do not run the take-home", « ne
#: le lancez pas », « n'y saisissez jamais de vraies clés »): the safe advice, not the request.
#: Used with ``unless_scope="near"``, so that it cancels only the action it negates, right
#: after it, and not a request later in the sentence ("never use a VPN, run it on your work
#: laptop").
_ACTION = (r"(?:put|paste|add|enter|use|using|run|running|connect|connecting|share|type|insert"
           r"|provide|commit|expose|store|do|open|install|launch|execute)")
NEGATED_ACTION = (
    r"\b(?:never|don't|do not|dont|must not|should not|shouldn't|avoid|won't|will not)(?: ever)?"
    # a promise not to ask it: "we will never ask you to connect a wallet", "... to run or
    # install code" (rule R36-D)
    r"(?: (?:ask|require|expect|need|want|tell|instruct)(?: you| anyone| candidates| applicants)?"
    r" to)?"
    r" " + _ACTION + r"(?: (?:or|and|nor) (?:to )?" + _ACTION + r")?"
    r"(?: (?:it|this|that|them|anything"
    r"|(?:the|this|that|any|your|a|an|real|actual) [a-z\-]+(?: [a-z\-]+)?))?\b"
    r"|\bn(?:e |')(?:(?:y|le|la|les|l'|en)\s?){0,2}(?:saisi|mett|coll|entr|renseign|ajout|fourni"
    r"|indiqu|lanc|execut|utilis|connect|partag|install|ouvr)\w{0,6} (?:jamais|pas|surtout pas)"
    r"(?: (?:de|d'|vos|votre|le|la|les|ce|cet|cette|l')(?: ?[a-z\-]+){0,2})?\b"
)
