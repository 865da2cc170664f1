"""Words that name an origin or a place, excluded from text features.

The score is about behaviour, not origin: no n-gram may carry a country, a nationality, a people,
a city (:mod:`recruitscore._places`, generated from GeoNames) or a national currency, all of
which say where a message or its sender comes from. Without them the text model learnt city
names of the real corpus as evidence: "paris" and "london" lowered the risk, "dubai" and
"shenzhen" raised it. The lists are in the matching form (lower case, no accents). Person
names are excluded separately, from the names seen in the training data (see
:func:`recruitscore.model.train`), and so are the particles that many family names carry
(:data:`NAME_PARTICLES`: "Dela Cruz", "bin Salleh", "von Trapp"), which would otherwise
enter the vocabulary through ordinary words ("au-delà" gives "dela").

Examples
--------
>>> {"paris", "nairobi", "naira", "rupees", "kenyan"} <= ORIGIN_WORDS
True
>>> {"nice", "reading", "euros", "dollars"} & ORIGIN_WORDS
set()
>>> "dela" in NAME_PARTICLES
True
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ._places import PLACE_WORDS

__all__ = ["NAME_PARTICLES", "ORIGIN_WORDS", "addressed_names"]

_EN = """
afghan afghanistan albania albanian algeria algerian america american americans argentina
argentine argentinian armenia armenian australia australian austria austrian azerbaijan
azerbaijani bangladesh bangladeshi belarus belarusian belgian belgium bolivia bolivian bosnia
bosnian brazil brazilian britain british briton bulgaria bulgarian burmese cambodia cambodian
cameroon cameroonian canada canadian chile chilean china chinese colombia colombian congo
congolese croatia croatian cuba cuban cyprus cypriot czech czechia dane danish denmark dutch
ecuador egypt egyptian emirati england english eritrea eritrean estonia estonian ethiopia
ethiopian european filipino finland finnish france french georgia georgian german germany ghana
ghanaian greece greek hungarian hungary iceland icelandic india indian indonesia indonesian
iran iranian iraq iraqi ireland irish israel israeli italian italy ivorian jamaica jamaican
japan japanese jordan jordanian kazakh kazakhstan kenya kenyan korea korean koreans kosovo
kuwait kuwaiti kyrgyz laos latvia latvian lebanese lebanon libya libyan lithuania lithuanian
luxembourg malaysia malaysian mali malian mexican mexico moldova moldovan mongolia mongolian
moroccan morocco mozambique myanmar nepal nepalese netherlands nigeria nigerian norway norwegian
pakistan pakistani palestine palestinian peru peruvian philippines poland polish portugal
portuguese qatar qatari romania romanian russia russian russians rwanda rwandan saudi scotland
scottish senegal senegalese serbia serbian singapore singaporean slovak slovakia slovenia
slovenian somali somalia spain spanish sri lanka lankan sudan sudanese sweden swedish swiss
switzerland syria syrian taiwan taiwanese tajik thai thailand tunisia tunisian turkey turkish
turkmen uganda ugandan uk ukraine ukrainian uruguay usa uzbek uzbekistan venezuela
venezuelan vietnam vietnamese wales welsh yemen yemeni zambia zimbabwe asian african arab
arabic hispanic latino latina caucasian slavic persian kurdish kurd han uyghur tibetan
""".split()

_FR = """
afghane algerie algerienne allemagne allemand allemande allemands amerique americain
americaine americains anglais anglaise angleterre arabie argentin argentine armenie armenien
australie australien autriche autrichien belge belgique bresil bresilien britannique bulgare
bulgarie cameroun camerounais canada canadien canadienne chili chilien chine chinois chinoise
chinois colombie colombien coree coreen coreenne croate croatie danemark danois ecossais egypte
egyptien emirats espagne espagnol espagnole estonie etats-unis etats unis ethiopie europeen
europeenne finlande finlandais francais francaise georgie grec grece hongrie hongrois inde
indien indienne indonesie irak irakien iran iranien iranienne irlandais irlande islandais
israel israelien italie italien italienne ivoirien ivoirienne japon japonais japonaise
jordanie kazakhstan kenya koweit letton lettonie libanais liban libye lituanie luxembourg
malaisie malien maroc marocain marocaine mexicain mexique moldavie mongolie neerlandais
nigeria nigerian norvege norvegien pakistan pakistanais pays-bas perou philippines pologne
polonais polonaise portugais portugaise portugal qatar qatari roumain roumanie royaume-uni
russe russes russie saoudien senegal senegalais serbe serbie singapour singapourien slovaque
slovaquie slovene slovenie sri lankais suede suedois suisse syrie syrien taiwan taiwanais
tchequie tcheque thailande thailandais tunisie tunisien tunisienne turc turque turquie
ukraine ukrainien ukrainienne venezuela vietnam vietnamien vietnamienne yemen africain
africaine asiatique arabe maghrebin ouighour tibetain
""".split()

# Currencies of one country, and number words of one region (lakh, crore), by name and code.
# The currencies of many countries (dollars, euros, pounds, francs) stay: they say little about
# where a message comes from. Codes that are also words (won, real, rand, mad, try, all, php)
# stay too.
_CURRENCY = """
aed baht birr cedi cedis cfa cny crore crores dinar dinars dirham dirhams egp fcfa forint
ghs hryvnia inr kes ksh kshs kwacha lakh lakhs leu lira naira ngn pesos peso pkr qar renminbi
riyal riyals rial rials ringgit rmb rouble roubles ruble rubles rupee rupees rupiah rs sar shilling
shillings taka tk tzs ugx xaf xof yen yuan zar zloty
""".split()

#: Country, nationality, people, city and national-currency words (English and French,
#: matching form).
ORIGIN_WORDS: frozenset[str] = (frozenset(_EN) | frozenset(_FR) | PLACE_WORDS
                                | frozenset(_CURRENCY))

#: Particles of family names that are not ordinary English or French words (matching form).
#: Left out: those that are ("van", "de", "le", "da", "al", "el", "mac").
NAME_PARTICLES: frozenset[str] = frozenset(
    "abu bin binti bint dela della delos delas ibn ould von".split())

_CAP = r"([A-ZÀ-ÖØ-Þ][\w'’-]*)"
_TITLE_WORDS = frozenset(
    "mr mrs ms miss mx dr prof professor professeur professeure docteur docteure madame monsieur"
    " mme mlle sir dame me capt captain col colonel lieutenant lt sgt sergeant commander"
    " commandant major general général maître madam messieurs mesdames pr m".split())
#: Greeting and sign-off words, which open many messages ("Cordialement, ...").
_SALUTATIONS = frozenset(
    "hi hello hey hiya dear greetings good morning afternoon evening bonjour bonsoir salut coucou"
    " cher chère chers chères best regards kind warm many thanks thank cheers sincerely"
    " cordialement bien merci amitiés congratulations félicitations welcome bienvenue".split())
#: Titles and salutations are never names.
_NOT_NAMES = _TITLE_WORDS | _SALUTATIONS
_TITLES = (r"(?:(?i:" + "|".join(sorted(_TITLE_WORDS, key=len, reverse=True)) + r")\.?[ \t]+)*")
#: A greeting, titles, then one or two capitalised words: "Hi Anjali", "Chère Professeure
#: Mbaye", "Hello Captain Idowu", "Bonjour Jean-Baptiste".
_GREETING = re.compile(
    r"\b(?i:hi|hello|hey|hiya|dear|greetings|good (?:morning|afternoon|evening|day)|morning"
    r"|bonjour|bonsoir|salut|coucou|cher|chère|chers|chères|hello again|hi again)[ \t,]+"
    + _TITLES + _CAP + r"(?:[ \t]+" + _CAP + r")?")
#: A sign-off then a name: "Cordialement, Mathieu Tremblay", "Thanks, Grace".
_SIGN_OFF = re.compile(
    r"\b(?i:best|regards|best regards|kind regards|warm regards|many thanks|thanks|thank you"
    r"|cheers|sincerely|cordialement|bien cordialement|bien à vous|merci|à bientôt|amitiés)"
    r"[ \t]*[,\n–—-][ \t\n]*" + _TITLES + _CAP + r"(?:[ \t]+" + _CAP + r")?")
#: A name that opens the message: "Tobias, are you open to..."
_OPENING = re.compile(r"^[ \t\n]*" + _TITLES + _CAP + r"[ \t]*,")
_WORD = re.compile(r"\w+")


def addressed_names(messages: Iterable[object]) -> set[str]:
    """Person names that the messages themselves show: the words after a greeting (and any
    title), after a sign-off, or before the comma that opens a message.

    The senders' names are known from their field; the people written to, and the names in
    signatures, are not, and would otherwise become n-grams ("Bonjour Mathieu"). A captured
    word counts as a name only if it is capitalised (not an acronym such as "CV"), is not a
    title, and never appears in lower case in ``messages``, so that "Dear Candidate" or
    "Thanks, Looking forward" leave ordinary words alone when the corpus uses them as words.

    Parameters
    ----------
    messages : iterable
        Message texts (non-strings are skipped).

    Returns
    -------
    set of str
        The names, as written (one word each).

    Examples
    --------
    >>> sorted(addressed_names([
    ...     "Hi Anjali, are you open to a chat? Best, Sam Okafor",
    ...     "Tobias, are you open to new opportunities? Congratulations on the award.",
    ...     "Chère Professeure Mbaye, merci. Cordialement, Mathieu Tremblay",
    ...     "Dear Sir, send your CV. Thanks, CV attached. Dear Candidate, a candidate like you.",
    ...     "Cordialement, L'équipe recrutement. Notre équipe vous attend.",
    ... ]))
    ['Anjali', 'Mathieu', 'Mbaye', 'Okafor', 'Sam', 'Tobias', 'Tremblay']
    """
    candidates: set[str] = set()
    lower: set[str] = set()
    for text in messages:
        if not isinstance(text, str):
            continue
        for pattern in (_GREETING, _SIGN_OFF, _OPENING):
            for m in pattern.finditer(text):
                for group in m.groups():
                    candidates.update(_WORD.findall(group or ""))
        lower.update(w for w in _WORD.findall(text) if w.islower())
    return {c for c in candidates
            if len(c) > 1 and c[0].isupper() and not c.isupper()
            and c.lower() not in _NOT_NAMES and c.lower() not in lower}
