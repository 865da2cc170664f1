"""Word n-grams of messages: tokens, vocabulary and TF-IDF, with numpy, Arrow and RE2 only.

The model's text part is a TF-IDF of word 1-2 grams of the message in matching form (lower case,
no accents, confusables mapped, invisible characters removed) after obfuscated key words are
rewritten plainly (``W h a t s A p p`` -> ``whatsapp``), so that evasion does not hide them.

Scoring must not need scikit-learn (model files are weights-only, see :mod:`recruitscore.linear`),
so the few steps of :class:`sklearn.feature_extraction.text.TfidfVectorizer` that scoring uses
are written here: its default word tokens (``token_pattern`` below), n-grams joined by a space,
sublinear term frequency, idf and the l2 norm. The tests compare every step with scikit-learn's
vectorizer on random text. Training still fits the vocabulary with scikit-learn.

Besides the TF-IDF rows, every function here reports how many content tokens (word tokens that
are not function words, see :mod:`recruitscore.stopwords`) a message has and how many of them the
vocabulary knows: the model uses that to give unfamiliar or content-free text little weight.

Examples
--------
>>> vocab = Vocabulary(("add", "add me", "me", "whatsapp"), np.array([1.0, 2.0, 1.0, 1.5]))
>>> rows = tfidf(vocab, ["add me on whatsapp", "hello there"])
>>> rows.indptr.tolist(), rows.n_tokens.tolist(), rows.n_known.tolist()
([0, 2, 2], [2, 0], [2, 0])
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, cached_property
from typing import Any, NamedTuple

import numpy as np

from .normalize import fast_normalize, to_text
from .signals import base as _base
from .signals.base import Batch, batch_match, compile_re2
from .signals.blocks import INVITE_NOTICE as _INVITE_NOTICE
from .signals.blocks import MEETING_BLOCK
from .signals.blocks import TRIGGERS as _TRIGGERS
from .signals.blocks import family as _family
from .signals.detectors import KEY_TERMS, OBFUSCATION_PREFILTER_NORM
from .signals.lexicon import TLDS_MASKED, term
from .stopwords import FUNCTION_WORDS

__all__ = [
    "BARE_HOST",
    "BLOCK_PREFILTER",
    "BOILERPLATE",
    "GLUE_WORDS",
    "HEADER_LABEL",
    "MEETING_BLOCK",
    "PLACEHOLDER",
    "TOKEN_PATTERN",
    "WEB_ADDRESS",
    "Counts",
    "Rows",
    "Vocabulary",
    "analyze",
    "drop_repeats",
    "is_filler",
    "name_tokens",
    "ngram_form",
    "ngram_text",
    "rows_from_counts",
    "sentences",
    "term_counts",
    "tfidf",
    "tokens",
    "window_counts",
]

#: Word tokens: scikit-learn's default ``token_pattern`` without one-letter tokens and digits
#: first (two characters or more, starting with a letter, no underscore).
TOKEN_PATTERN = r"(?u)\b[^\W\d_][^\W_]+\b"
_TOKEN_RE = re.compile(TOKEN_PATTERN)
_DEOBFUSCATE = compile_re2("|".join(f"(?P<t{i}>{term(t)})" for i, t in enumerate(KEY_TERMS)))
_SPACED = re.compile(r"\b(?:[a-z][ .\-_*/]){3,}[a-z]\b", re.ASCII)
_OBFUSCATION_SUSPECT = compile_re2(OBFUSCATION_PREFILTER_NORM)


def _plain(match: Any) -> str:
    return KEY_TERMS[int(match.lastgroup[1:])]  # type: ignore[index]


def _unspace(match: Any) -> str:
    return re.sub(r"[ .\-_*/]", "", match.group(0))


def _rewrite(text: str) -> str:
    return _SPACED.sub(_unspace, _DEOBFUSCATE.sub(_plain, text))  # type: ignore[attr-defined]


# Contact channels speak through their signals only: an off-platform app, an e-mail address, a
# handle or a phone number, with the request words around it ("write to me at", "my ... is",
# "ecrivez-moi sur"), is left out of the wording the text model reads. So a request such as
# "Can we continue on WhatsApp?" can never lower a risk through its words (adding one to a
# message leaves the text part as it was and adds its signals' non-negative weights), and the
# text model judges the rest of the message.
_CONTACT = (
    r"whatsapp|telegram|wechat|weixin|skype|viber|threema|wickr|kakaotalk"
    r"|\b(?:on|via|sur|par|use|using|over) signal\b|\bsignal (?:app|messenger|number)\b"
    r"|[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+"
    r"|(?:^|[\s(:])@[a-z0-9_]{2,}(?:\.[a-z0-9_]+)*|\bt\.me/|\bwa\.me/"
    r"|(?:\+|\b)[0-9](?:[ .()/-]{0,2}[0-9]){6,}"
    # the real corpus's stand-ins for a private address, number or handle (data/DATASHEET.md):
    # read as the contact they replace, so that they never weigh as wording
    r"|\[(?:e-?mail|phone|handle)\]"
)
#: Stand-ins the real corpus writes for names, companies, roles, dates, links, titles,
#: technologies, cities and redactions (matching form; the last four since rule R16-H). They
#: are left out of the wording: more legitimate than hostile rows carry them, so as
#: n-grams they would teach the model a collection artefact (the n-gram 'email' weighed -4.3
#: with ``[EMAIL]`` read as a word, -2.8 without: real legitimate messages do write "send an
#: email to ..."). Production text never holds them; where a template does, they are not
#: evidence.
PLACEHOLDER = r"\[(?:name|company|role|date|link|url|title|technology|city|redacted)\]"
#: Addresses of web pages are left out of the wording too, for the same reasons as the
#: ``[link]`` stand-in and e-mail addresses (rule R16-E of the notes, December 2026): an address
#: is not wording (signals read it), its parts ('https', hosts) weighed as legitimate wording
#: because public templates carry links, and appending links lowered a risk (0.86 -> 0.66 with
#: seventeen).
WEB_ADDRESS = r"\b(?:https?|ftp)://[^\s]+|\bwww\.[^\s]+"
#: A bare host ("careers.acme.fr", "example.com/jobs"; rule R16-H): 'fr' and 'example' had
#: weighed as legitimate wording from hand-written legitimate rows. Taken out after the contact
#: clauses, so that an e-mail address ("jo@gmail.com") is still read as a contact, with the
#: request words around it.
BARE_HOST = r"\b[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:" + TLDS_MASKED + r")\b(?:/[^\s]*)?"
_BARE_HOST_RE = compile_re2(BARE_HOST)
#: E-mail header labels (rule R16-F, December 2026): "Objet :" weighed -2.58 and "Subject:"
#: -1.53 as legitimate wording because the corpus's legitimate templates carry them far more
#: often than its hostile rows: the format of the collection, not the sender's words (the
#: subject's own words stay). Labels that running text also writes with a colon ("to:",
#: "date:", "de :") are left as they are.
HEADER_LABEL = r"\b(?:subject|objet|from|sent|envoye|cc|re|fwd?) ?:"
#: Greeting and closing formulas (rule R24-D of the notes, December 2026): "best regards",
#: "have a great day", "I look forward to hearing from you", « bien à vous », « dans l'attente
#: de votre retour », « je vous prie d'agréer ... salutations distinguées ». Anyone can append
#: them, they say nothing of what a message asks, and the corpus's legitimate templates carry
#: them more often than its hostile rows, which are often quoted without their ends: as
#: n-grams they taught the model a collection artefact ('best', of "best regards", weighed
#: -2.66, and appending "Best regards, The HR Team" unflagged 20 of 196 hostile messages).
#: A closed list in matching form (lower case, no accents); the rest of the sentence stays.
#: A lone "sincerely" or "faithfully" also says something else ("we sincerely invite you"):
#: it counts only where punctuation or the end of the text follows it (the matching form has
#: no line breaks, so "Sincerely\nJo" stays wording), and that punctuation, group 1 of the
#: pattern, is put back (:data:`COURTESY_KEEP`), and so do "cheers", "take care" and an offer
#: to stay available ("we remain available on weekends" is wording; rule R29-F); a lone
#: "truly" is wording. "All the best"
#: and "hope you are doing great" are cut wherever they stand: cut only before punctuation
#: (rule R25-C), "All the best\nThe HR Team" appended unflagged 4 of 69 hostile development
#: messages (review32), which weighs more than "all the best engineers" read as a formula.
COURTESY = (
    r"\b(?:sincerely|faithfully|cheers|take care|(?:i|we) remain available(?: to discuss"
    r"| for any (?:other |further )?(?:questions|information))?|(?:je|nous) (?:reste|restons)"
    r" disponibles?(?: pour (?:en discuter|en parler|echanger|toute question|toutes questions"
    r"|tout complement d'information))?)([^\S\n]*(?:[.!?,;:\r\n]|$))"
    r"|\b(?:(?:(?:i|we) )?(?:wish|wishing) you )?all the (?:very )?best\b"
    r"|\b(?:(?:i|we) )?hope (?:you are|you're|you have been|all is) (?:doing )?(?:well|good"
    r"|great)(?: with you)?\b"
    r"|\b(?:(?:with|my|our) )?(?:very )?(?:best|kind|kindest|warm|warmest|many|sincere|fond"
    r"|cordial|respectful|warm personal) (?:regards|wishes)\b"
    r"|\byours (?:sincerely|faithfully|truly)\b|\b(?:sincerely|faithfully|truly) yours\b"
    r"|\b(?:have|enjoy|wishing you|wish you|i wish you|we wish you) an? (?:(?:very|really) )?"
    r"(?:great|nice|good|wonderful|lovely|fantastic|pleasant|blessed) "
    r"(?:day|week|weekend|evening|afternoon|morning|one)\b"
    r"|\b(?:(?:i|we)(?: am| are|'m|'re)? )?(?:really )?look(?:ing)? forward to (?:hearing"
    r"(?: back)? from you|your (?:reply|response|answer|feedback)|connecting)\b"
    r"|\b(?:i |we )?hope (?:this|my|our) (?:message|email|e-mail|note|letter|mail) finds you"
    r" well\b"
    r"|\bbien a (?:vous|toi)\b|\b(?:tres |bien )?cordialement\b"
    r"|\b(?:mes |nos )?(?:sinceres|meilleures|cordiales|respectueuses) salutations"
    r"(?: distinguees)?\b|\bsalutations distinguees\b"
    r"|\b(?:je vous prie|nous vous prions|veuillez) (?:d'|de )?(?:agreer|recevoir)"
    r"[^.!?]{0,100}?(?:salutations|sentiments)(?: (?:les )?(?:plus )?(?:distingues|distinguees"
    r"|respectueuses|respectueux|meilleurs|meilleures|cordiales|cordiaux|devoues))*"
    r"|\b(?:(?:je vous souhaite|nous vous souhaitons|passez) )?(?:une )?(?:tres )?"
    r"(?:bonne|belle|excellente) (?:fin de )?(?:journee|soiree|semaine|week-end|weekend"
    r"|apres-midi)\b"
    r"|\bau plaisir de (?:vous )?(?:lire|echanger|vous lire|vous rencontrer|vous parler"
    r"|en discuter|vous entendre)\b"
    r"|\bdans l'attente de (?:votre (?:retour|reponse)|vous lire)\b"
    r"|\bj'espere que (?:vous allez|tu vas|vous vous portez) bien\b"
    # sign-offs, thanks and offers to answer (rule R29-F): "A bientôt." appended to the
    # development set's hostile messages unflagged 16 of 93 ('bientot' -1.47 as wording),
    # "I remain available to discuss." 12
    r"|\b(?:(?:i|we)(?:'ll| will)? )?(?:see|talk|speak|chat)(?: to| with)? you soon\b"
    r"|\b(?:talk|speak|chat) soon\b"
    r"|\b(?:(?:many )?thanks|thank you)(?: (?:so|very) much)? (?:in advance|again"
    r"|for (?:your|taking the) time(?: and (?:consideration|attention))?|for reading"
    r"|for your (?:consideration|attention))\b"
    r"|\b(?:i|we) remain at your (?:full |entire )?disposal(?: for any (?:other |further )?"
    r"(?:questions|information)| to discuss| to answer any questions)?\b"
    r"|\b(?:please )?(?:do not|don't|dont) hesitate to (?:contact|reach out to|get in touch"
    r" with|write to|call) (?:me|us)\b"
    r"|\bfeel free to (?:contact|reach out to|get in touch with|write to|reach) (?:me|us)\b"
    r"|\bfeel free to reach out\b"
    r"|\b(?:please )?let (?:me|us) know if you have any (?:other |further |more )?questions\b"
    r"|\b(?:(?:i|we) )?(?:hope|hoping) to hear from you(?: soon)?\b"
    r"|\b(?:(?:i|we)(?: am| are|'m|'re)? )?(?:really )?look(?:ing)? forward to (?:speaking"
    r"|talking|chatting) (?:with|to) you\b"
    r"|\ba (?:tres |tout )?bientot\b|\ba la prochaine\b"
    r"|\b(?:merci|je vous remercie|nous vous remercions)(?: (?:d'avance|par avance|beaucoup"
    r"|encore))? (?:de|pour) votre (?:retour|reponse|attention|temps|lecture)\b"
    r"|\b(?:merci|je vous remercie|nous vous remercions) (?:d'avance|par avance)\b"
    r"|\b(?:je|nous) (?:reste|restons) a votre (?:entiere |pleine )?disposition"
    r"(?: pour (?:tout|toute|toutes|tous) (?:autres? |eventuel(?:le)?s? )?"
    r"(?:questions?|complements? d'information|informations? complementaires?"
    r"|renseignements?|echanges?)| pour en (?:discuter|parler)| pour echanger)?\b"
    r"|\bn'hesitez pas a (?:me|nous) (?:contacter|recontacter|ecrire|solliciter|joindre"
    r"|appeler)\b|\bn'hesitez pas a revenir vers (?:moi|nous)\b"
    r"|\bbonne continuation\b|\bbon (?:week-end|weekend|apres-midi|dimanche)\b"
)
_COURTESY_RE = compile_re2(COURTESY)
#: What replaces a formula: a space, and the punctuation after an ambiguous formula.
COURTESY_KEEP = r" \1"
#: Machine-inserted blocks (rule R26-A of the notes, December 2026): the join instructions of a
#: video meeting (Teams, Zoom, Meet, Webex), equal-opportunity and accommodation statements,
#: confidentiality and misdelivery disclaimers, mail footers (print-the-environment, "Sent from
#: my iPhone", LinkedIn's notification footer) and reply attributions ("On ... wrote:",
#: « Le ... a écrit : »). Like the formulas above they say nothing of what a message asks, and
#: their words read as wording: red-team round 8 found that a Teams block appended flagged 46
#: of 100 legitimate development messages ('meeting', 'join', 'computer' weighed as hostile),
#: an equal-opportunity statement 37, a disclaimer 24, and a footer line diluted hostile ones.
#: A block is cut from a phrase of its template (the trigger) through the words that follow it
#: while they are words of such blocks (a closed list per kind): wording that is not of the
#: kind ends the cut, so a hostile sentence written after a block's words stays wording. No
#: slot takes free text (review33 found that one did), except the place a dial-in list names
#: after a number ("US (New York)"): at most two words and 25 letters in parentheses. The
#: lists were written from the templates, checked on two sets of blocks written by helpers who
#: had not seen them (rules R26-A and R26-E: ``data/probes/blocks_set{1,2}.json``, ``python
#: benchmarks/boilerplate_blocks.py``, docs/hostile-input.md, round 8), and the meeting kind
#: (:mod:`recruitscore.signals.blocks`) widened from those and a third set (rule R28-A).
#: Separators of statements and disclaimers: a run of their words never crosses the end of a
#: sentence (review33: "... delete it. Reply immediately." lost its demand).
_SENTENCE_SEP = r"[^\S\n]*[,;:()/'\"\-][^\S\n]*|[^\S\n]+"
_EEO = _family(
    r"(?:(?:we are|we're|is|are) )?(?:an |a )?(?:proud )?equal (?:employment )?opportunit"
    r"(?:y|ies)(?: and affirmative action)? employer|(?:all )?qualified (?:applicants"
    r"|candidates) (?:will )?receive consideration|without regard to (?:race|age|sex|gender"
    r"|religion|colou?r|disability|national origin|sexual orientation)|(?:if you (?:need"
    r"|require) |to request )?(?:an? )?reasonable (?:accommodation|adjustment)s?|(?:is|are)"
    r" committed to (?:equal opportunit(?:y|ies)|diversity|equality|inclusion|equity)|we"
    r" (?:welcome|encourage) applications from|disability confident|(?:tous nos postes|nos"
    r" postes|ce poste|nos offres|cette offre) (?:est|sont) ouverte?s? (?:a tous|aux personnes"
    r" en situation de handicap|aux travailleurs handicapes)|s'engage (?:en faveur de|pour)"
    r" (?:la diversite|l'egalite|l'inclusion|l'emploi des personnes)|a competences egales"
    r"|sans distinction (?:d'age|de sexe|d'origine)",
    r"gender identity|qualified (?:applicants|candidates)|receive consideration|state or local"
    r"|inclusive (?:environment|workplace)|people with disabilities|(?:individuals|people|persons)"
    r" with disabilities|race|colou?r|religion|religious|creed|sex|sexual|orientation|gender"
    r"|expression|national|origin|ancestry|age|disability|disabilities|veteran|veterans"
    r"|protected|status|marital|pregnancy|genetic|information|citizenship|or|and|any|other"
    r"|characteristics?|by|law|laws|applicable|federal|local|all|applicants|candidates|will"
    r"|consideration|for|employment|without|regard|to|we|are|is|an|a|proud|equal|opportunity"
    r"|opportunities|employer|affirmative|action|committed|diversity|inclusion|equity|equality"
    r"|belonging|welcome|encourage|applications|from|backgrounds|everyone|of|with|if|you"
    r"|reasonable|accommodations?|adjustments?|during|the|application|interview|recruitment"
    r"|hiring|selection|process|please|let|us|know|our|diverse|inclusive|workforce|celebrate"
    r"|confident|tous|toutes|nos|sont|est|ouverts?|ouvertes?|aux|en|situation|de|handicap"
    r"|handicapes|la|le|les|diversite|egalite|des|chances|inclusion|et|l'inclusion|l'egalite"
    r"|s'engage|faveur|pour|competences|egales|sans|distinction|d'age|sexe|d'origine|origine"
    r"|candidatures|candidats|etudiees|examinees|handicapees|politique|notre|sa|une|un",
    _SENTENCE_SEP)

_DISCLAIMER = _family(
    r"if you (?:are|were) not the (?:intended |named )?(?:recipient|addressee)|if you have"
    r" received this (?:e-?mail|email|message|communication|transmission)(?: in error| by"
    r" mistake)|(?:has|was) been sent to you (?:in error|by mistake)|(?:this|the) (?:e-?mail"
    r"|message|communication|transmission)(?: and any (?:files |documents )?(?:attachments?"
    r"|files?|documents?)(?: (?:transmitted )?with it)?)? (?:is|are|may be|contains?) (?:strictly"
    r" )?(?:private and )?(?:confidential|privileged)(?: information)?,? (?:and )?(?:(?:may be"
    r" )?(?:legally )?privileged|(?:is |are )?intended (?:solely|only|exclusively))"
    r"|(?:ce|le present) (?:message|courriel|e-?mail)(?: et (?:toutes )?(?:les |ses )?pieces"
    r" jointes)? (?:sont|est) (?:strictement )?confidentiel(?:le)?s? et (?:etabli|destine"
    r"|reserve)e?s?|intended (?:solely|only"
    r"|exclusively) for the (?:use of the )?(?:addressee|named|individual|person|intended"
    r"|recipient)|(?:confidentiality|legal|e-?mail|email) (?:notice|disclaimer|warning)"
    r"|any (?:unauthori[sz]ed )?(?:use|review|dissemination|distribution|disclosure|copying"
    r"|retransmission|forwarding)(?:,? (?:or |and )?(?:use|review|dissemination|distribution"
    r"|disclosure|copying|retransmission|forwarding|printing|reproduction))* (?:of this"
    r"|is (?:strictly )?prohibited)|(?:may|might) contain (?:confidential|privileged"
    r"|proprietary|legally privileged)|(?:are|is) (?:strictly )?confidential and (?:may be"
    r" )?(?:legally )?privileged|si vous n'etes pas (?:le |la )?(?:destinataire|personne)"
    r"|si vous avez recu (?:ce|cet) (?:message|courriel|e-?mail|mail) par erreur"
    r"|(?:a l'intention|a l'usage) exclusi(?:f|ve) de|(?:sont|est) (?:strictement )?"
    r"confidentiel(?:le)?s? et (?:etabli|destine|reserve)e?s?|toute (?:utilisation|diffusion"
    r"|publication|copie|divulgation|reproduction)(?: (?:non (?:conforme|autorisee)|totale"
    r"|ou partielle|de ce message|de ce courriel|de cet e-?mail|sans autorisation(?: expresse)?"
    r"|prealable))* (?:est|sont) (?:strictement )?interdite?s?"
    r"|l'internet ne permettant pas",
    r"this|the|that|these|e-?mail|email|message|messages|communication|transmission|and|or"
    r"|any|all|attachments?|files?|documents?|transmitted|with|it|its|is|are|may|might|be|been"
    r"|individuals? or entit(?:y|ies)|persons? or entit(?:y|ies)|from your (?:computer|system)"
    r"|views or opinions|represent those of the company|e-?mail security|internet communications"
    r"|contain|contains|contained|confidential|privileged|proprietary|legally"
    r"|protected|information|intended|solely|only|exclusively|for|use|of|named|addressee|s"
    r"|addressees|recipient|recipients|to|whom|entity|entities|otherwise|exempt"
    r"|which|they|addressed|if|you|are|not|have|received|in|error|by|mistake|please|kindly"
    r"|notify|inform|advise|alert|contact|us|sender|immediately|at|once|return|reply|then"
    r"|delete|destroy|permanently|remove|copies|copy|from|your|system|systems"
    r"|unauthori[sz]ed|review|retransmission|dissemination|distribution|disclosure|copying"
    r"|printing|forwarding|reproduction|taking|action|reliance|upon|on|contents|content"
    r"|strictly|prohibited|forbidden|unlawful|illegal|herein|hereby|notified|should|do|does"
    r"|disclose|distribute|we|accept|no|liability|responsibility|damage|loss|caused|viruses"
    r"|virus|views|opinions|expressed|those|author|necessarily"
    r"|guaranteed|cannot|error-free|free|warning|notice|legal|disclaimer"
    r"|confidentiality|ce|cet|ces|message|courriel|et|toutes|tous|les|la|le|pieces|jointes"
    r"|sont|est|confidentiels?|confidentielles?|etablis|etabli|destines?|reserves?|a|l'intention"
    r"|exclusive|exclusif|exclusivement|de|ses|leurs?|destinataires?|toute|utilisation|diffusion|publication"
    r"|copie|divulgation|non|conforme|autorisee|totale|ou|partielle|interdite|interdit|sauf"
    r"|autorisation|expresse|si|vous|avez|recu|par|erreur|merci|d'en|en|avertir|informer"
    r"|prevenir|immediatement|l'expediteur|expediteur|l'emetteur|emetteur|le|detruire"
    r"|supprimer|d'en|n'etes|pas|internet|ne|permettant|d'assurer|l'integrite|integrite"
    r"|decline|toute|responsabilite|au|titre|qu'il|aurait|pu|etre|modifie|falsifie",
    _SENTENCE_SEP)

_FOOTER = (
    r"\bsent from my (?:iphone|ipad|android|mobile|samsung|galaxy|blackberry|phone|smartphone"
    r"|mobile device)\b|\benvoye (?:de|depuis) mon (?:iphone|ipad|mobile|smartphone|android"
    r"|telephone|samsung)\b|\b(?:get|obtenir|telecharger) outlook (?:for|pour) (?:ios|android)\b"
    r"|\b(?:please )?consider the environment before printing(?: (?:this|the) (?:e-?mail|email"
    r"|message))?|\b(?:merci de |pensez a |pensons a )?(?:respecter |preserver )?"
    r"l'environnement(?: ?:)? (?:n'imprimez (?:ce|cet) (?:e-?mail|mail|message|courriel) que si"
    r" (?:necessaire|vous en avez besoin)|avant d'imprimer(?: (?:ce|cet) (?:e-?mail|mail"
    r"|message|courriel))?)|\b(?:avant d'imprimer, )?pensez a l'environnement\b"
    r"|-{2,} ?(?:original message|forwarded message|message d'origine|message original"
    r"|message transfere) ?-{2,}"
    # a reply attribution: its date and time and "wrote:"; the name between them is kept (group
    # 1 in English, 2 in French, put back: a free slot there let any text be cut, review33),
    # names are kept out of the vocabulary; a date in running text ("on 3 June") is none
    r"|\bon (?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed"
    r"|thu|thur|thurs|fri|sat|sun)\b\.?,? ?)?(?:(?:[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?|[0-9]{1,4}"
    r"|(?:jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep"
    r"|sept|september|oct|october|nov|november|dec|december)\b\.?|at|am|pm)[ ,]*){2,12}"
    r"((?:[a-z][a-z'-]* ?){0,4})[<>\[\] ]*wrote ?:"
    r"|\ble (?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lun|mar|mer|jeu|ven"
    r"|sam|dim)\b\.? ?)?(?:(?:[0-9]{1,2}(?::|h)[0-9]{2}|[0-9]{1,4}|(?:janv|janvier|fevr"
    r"|fevrier|mars|avr|avril|mai|juin|juil|juillet|aout|sept|septembre|oct|octobre|nov"
    r"|novembre|dec|decembre)\b\.?|a)[ ,]*){2,12}((?:[a-z][a-z'-]* ?){0,4})[<>\[\] ]*"
    r"(?:a )?ecrit ?:"
    r"|\bwrote ?:|\ba ecrit ?:"
    r"|\bthis is an inmail from\b|\bsent from (?:outlook|mail) for (?:ios|android|iphone|windows)"
    r"\b|\bthink (?:green )?before (?:you )?print(?:ing)?\b"
    + r"|" + _family(
        r"you are receiving (?:inmail |linkedin )?notification e-?mails|learn why we included"
        r" this|linkedin (?:corporation|ireland unlimited company)",
        r"you|are|receiving|inmail|notification|notifications|e-?mails?|unsubscribe|help"
        r"|linkedin|corporation|ireland|unlimited|company|wilton|place|dublin|west|maude"
        r"|avenue|sunnyvale|ca|[0-9]+|and|the|logo|registered|trademarks?|of|its|is|a"
        r"|learn|why|we|included|this|intended|for|was|c"))

#: The union of the kinds above, in matching form.
BOILERPLATE = _EEO + "|" + _DISCLAIMER + "|" + _FOOTER
#: What replaces a block: a space, and the name of a reply attribution (groups 1 and 2).
BOILERPLATE_KEEP = r" \1\2 "
_BOILERPLATE_RE = compile_re2(BOILERPLATE)
#: Meeting blocks (:data:`~recruitscore.signals.blocks.MEETING_BLOCK`), cut first: before links
#: and numbers are masked.
_MEETING_RE = compile_re2(MEETING_BLOCK)
#: A tag that the matching form keeps (a link's opening tag, whose address is evidence for the
#: red flags, an image, an unknown element): markup, never wording. Its attribute names and
#: values reached the n-grams, so '<a href="..." title="x">' appended to a lure lowered its risk
#: (review66; rule R41-G). First in :data:`_MASKED`, so that it is cut whole.
TAG = r"<[a-z!/][^<>]{0,500}>"
_MASKED = TAG + "|" + PLACEHOLDER + "|" + WEB_ADDRESS + "|" + HEADER_LABEL
_PLACEHOLDER_RE = compile_re2(_MASKED)
#: The rows whose wording loses a contact, a placeholder or a formula: one RE2 pass finds all.
_CONTACT_OR_PLACEHOLDER = _CONTACT + "|" + _MASKED + "|" + BARE_HOST + "|" + COURTESY
#: The rows that may hold a block, in one more pass: every kind's match starts with one of
#: these (its trigger, the first words of a notice or footer, the "wrote:" of a reply
#: attribution, which may match only once its e-mail address is masked). Not the union of
#: the kinds: RE2 ran the union of contacts, formulas and both kinds out of its DFA memory
#: (1.9 s against 0.07 s for 20,000 real messages), and the triggers alone take 0.03 s against
#: 0.05 s for the two kinds (CPU time, December 2026). Tested to find every row a kind matches.
BLOCK_PREFILTER = (
    r"\b(?:" + "|".join(_TRIGGERS) + r")\b|" + _INVITE_NOTICE
    + r"|\bwrote ?:|\ba ecrit ?:|\bsent from\b|\benvoye (?:de|depuis) mon\b|\boutlook (?:for"
    r"|pour)\b|\benvironment before printing\b|\bl'environnement\b|-{2,} ?(?:original"
    r"|forwarded|message)\b|\bthis is an inmail from\b|\bthink (?:green )?before\b"
)
_BLOCK_PREFILTER_RE = compile_re2(BLOCK_PREFILTER)
_REQUEST_WORDS = (
    "add|contact|reach|message|text|call|ring|write|ping|find|join|continue|move|chat|talk"
    "|speak|email|e-mail|mail|dm|me|us|on|at|via|over|through|my|our|is|to|can|we|you|let's"
    "|lets|please|or|and|here|the|a|an|number|handle|id|account|app|address|directly|instead"
    "|sur|par|moi|mon|ma|notre|nous|est|c'est|ecrivez-moi|contactez-moi|ajoutez-moi"
    "|joignez-moi|appelez-moi|ecrivez|contactez|ajoutez|joignez|appelez|retrouvez|discutons"
    "|continuons|peut|pouvons|vous|numero|adresse|au|en|de|du|le|la|l'|directement|plutot"
)
_SEP = r"[^\S\n]*[,:\-]?[^\S\n]+"
CONTACT_CLAUSE = (r"(?:\b(?:" + _REQUEST_WORDS + r")" + _SEP + r")*(?:" + _CONTACT
                  + r")[^\s.!?;,]*(?:" + _SEP + r"(?:(?:" + _REQUEST_WORDS + r")\b|(?:"
                  + _CONTACT + r")[^\s.!?;,]*))*")
_CONTACT_RE = compile_re2(CONTACT_CLAUSE)


# A sentence: what runs up to and including its end marks (. ! ?; line breaks too, although the
# matching form has turned them into spaces already). Two sentences are the same when they have
# the same word tokens (:data:`TOKEN_PATTERN`, all the n-grams see), so a copy that differs only
# in punctuation, brackets or left-out addresses adds nothing either (rule R16-I of the notes,
# December 2026: the second reading of markdown links counted the French wording twice).
_SENTENCE_RE = re.compile(r"[^.!?\n]*(?:[.!?\n]+|$)")


#: A repeated sentence may be glued to at most this many words of the line before it.
GLUE_WORDS = 12


def _sentence_key(sentence: str) -> str:
    return " ".join(_TOKEN_RE.findall(sentence))


def drop_repeats(text: str) -> str:
    """``text`` without the sentences that repeat an earlier one.

    Repeating a sentence or a paragraph adds no evidence, so it must not change what the
    wording weighs: an attacker who pads a hostile message with copies of a legitimate-looking
    paragraph gets the score of one copy. In matching form a line break is a space, so a copy
    that follows a line without an end mark (a signature, say) is glued to it: a sentence is
    also dropped when it is an earlier one without its first 1 to :data:`GLUE_WORDS` words
    (and four words or more). The limit: a copy glued at its own end to the next copy keeps
    that one sentence. The cost is linear in the text.

    Examples
    --------
    >>> drop_repeats("we are hiring. earn 300 a day. we are hiring!  earn 300 a day")
    'we are hiring. earn 300 a day.'
    >>> drop_repeats("no repeat here. none.")
    'no repeat here. none.'
    >>> drop_repeats("best, jo smith hr we are hiring in london. we are hiring in london.")
    'best, jo smith hr we are hiring in london.'
    """
    parts = [p for p in _SENTENCE_RE.findall(text) if p]
    if len(parts) < 2:
        return text
    keys = [_sentence_key(p) for p in parts]
    # A sentence is dropped only when it equals an earlier one or the tail (four words or
    # more) of an earlier one, so both end with the same four words (the same words, when
    # fewer). When no two sentences do, nothing is dropped: return before building the tails
    # (most messages; about 34 -> 24 us on the benchmark's rows). Tested against the loop
    # alone (tests/test_properties.py).
    ends = [_last_words(k) for k in keys if k]
    if len(set(ends)) == len(ends):
        return text
    seen: set[str] = set()
    tails: set[str] = set()  # earlier sentences without their first few words
    kept = []
    for part, key in zip(parts, keys, strict=True):
        if key and (key in seen or key in tails):
            continue
        seen.add(key)
        # the key without its first j words, j = 1 .. GLUE_WORDS while four words or more
        # remain: slices after its first spaces (a key has single spaces), a third faster than
        # joining word lists
        pos = 0
        for _ in range(min(GLUE_WORDS, key.count(" ") - 3)):
            pos = key.index(" ", pos) + 1
            tails.add(key[pos:])
        kept.append(part)
    return "".join(kept) if len(kept) < len(parts) else text


def _last_words(key: str, n: int = 4) -> str:
    """The last ``n`` words of a sentence key (all of them when it has fewer).

    Examples
    --------
    >>> _last_words("we are hiring in london now"), _last_words("hi there")
    ('hiring in london now', 'hi there')
    """
    pieces = key.rsplit(" ", n)
    return key if len(pieces) <= n else key[len(pieces[0]) + 1:]


_SENTENCE_SPLIT_RE = re.compile(r"(?<=[.!?])\s+|\s*\n\s*")


def sentences(text: str) -> list[str]:
    """The sentences and lines of a raw message (split after ``.``, ``!`` or ``?`` followed by
    white space, and at line breaks), without empty ones.

    Examples
    --------
    >>> sentences("Hi Ana. We hire in Lyon!\\n\\nCall me? Best")
    ['Hi Ana.', 'We hire in Lyon!', 'Call me?', 'Best']
    """
    return [p for p in _SENTENCE_SPLIT_RE.split(str(text).strip()) if p.strip()]


#: « aujourd'hui » is one word, not an elision: split at its apostrophe it gave the token
#: "hui", which is also a person's name, so a name written into a message took the weight of
#: « dès aujourd'hui » (rule R36-H: swapping a sender's name moved a risk by 0.02)
_ONE_WORD_RE = re.compile(r"\baujourd['`\u2019 ]?hui\b")


def _one_words(text: str) -> str:
    """``text`` with the words :data:`_ONE_WORD_RE` knows written as one token.

    Examples
    --------
    >>> _one_words("commencez des aujourd'hui")
    'commencez des aujourdhui'
    """
    return _ONE_WORD_RE.sub("aujourdhui", text) if "aujourd" in text else text


def _ngram_tail(contacts_out: str) -> str:
    """The last steps of the n-gram text, once the contact clauses are out
    (:func:`_contact_form`): repeated sentences dropped, then :func:`_one_words`. One place
    for :func:`ngram_form` and :func:`ngram_readings`, which must read alike.

    Examples
    --------
    >>> _ngram_tail("start today. start today. des aujourd'hui")
    'start today. des aujourdhui'
    """
    return _one_words(drop_repeats(contacts_out))


def ngram_form(norm_text: str) -> str:
    """The n-gram text of one message already in matching form: obfuscated key words written
    plainly, clauses naming a contact channel, tags, placeholders, web addresses, e-mail header
    labels, greeting and closing formulas (:data:`COURTESY`) and machine-inserted blocks
    (:data:`MEETING_BLOCK`, :data:`BOILERPLATE`) left out, repeated sentences dropped
    (:func:`drop_repeats`).

    Examples
    --------
    >>> ngram_form("add me on w h a t s a p p, thanks")
    ' , thanks'
    >>> ngram_form("great role in lyon. write to me at jo@mail.example. thanks")
    'great role in lyon.  . thanks'
    >>> ngram_form("best, greg, halden & rowe hr my telegram is @talent_jm.")
    'best, greg, halden & rowe hr   .'
    >>> ngram_form("our repo: https://github.com/acme/app, see www.acme.io/jobs or acme.io")
    'our repo:   see   or  '
    >>> ngram_form("write to jo@gmail.com or see careers.acme.fr/jobs, talk: [title]")
    '  see   talk:  '
    >>> ngram_form("subject: your application. objet : votre candidature")
    '  your application.   votre candidature'
    >>> ngram_form("see you monday. best regards, jo. bien a vous")
    'see you monday.  , jo.  '
    >>> ngram_form("see you monday. join zoom meeting meeting id: 812 3456 passcode: 4829")
    'see you monday.  '
    >>> ngram_form("we hire in lyon. we are an equal opportunity employer. sent from my iphone")
    'we hire in lyon.   .   '
    >>> ngram_form('apply <a href="https://x.io/j" title="great team">here</a> today')
    'apply  here  today'
    """
    return _ngram_tail(_contact_form(norm_text))


def _contact_form(norm_text: str) -> str:
    """Obfuscated key words written plainly; meeting blocks, placeholders, web addresses,
    header labels, greeting and closing formulas, contact clauses, the other blocks and then
    bare hosts left out."""
    text = _rewrite(norm_text) if _OBFUSCATION_SUSPECT.search(norm_text) else norm_text
    if _MEETING_RE.search(text):
        text = _MEETING_RE.sub(" ", text)  # type: ignore
    if "[" in text or "." in text or ":" in text or "<" in text:
        text = _PLACEHOLDER_RE.sub(" ", text)  # type: ignore
    if _COURTESY_RE.search(text):
        text = _COURTESY_RE.sub(COURTESY_KEEP, text)  # type: ignore
    if _CONTACT_RE.search(text):
        text = _CONTACT_RE.sub(" ", text)  # type: ignore
    if _BOILERPLATE_RE.search(text):
        text = _BOILERPLATE_RE.sub(BOILERPLATE_KEEP, text)  # type: ignore
    return _BARE_HOST_RE.sub(" ", text) if "." in text else text  # type: ignore


def ngram_text(batch: Batch, model: Any = None) -> list[str]:
    """The message text the n-grams see, for every row of a prepared batch; with ``model``
    (a :class:`~recruitscore.linear.LinearModel`), of a message holding HTML, the reading
    :func:`higher_reading` picks.

    Examples
    --------
    >>> import pandas as pd
    >>> from recruitscore.signals import make_batch
    >>> b, _ = make_batch(pd.DataFrame({"message": ["Good role. Add me on W h a t s A p p"]}))
    >>> ngram_text(b)
    ['good role.  ']
    """
    return ngram_readings(batch, model)[0]


def ngram_readings(batch: Batch, model: Any = None) -> tuple[list[str], dict[int, str]]:
    """:func:`ngram_text`, and for each row whose message holds HTML and whose n-gram text is
    not its displayed reading (:func:`higher_reading` kept the reading with the hidden
    text), that displayed reading, by row: what a window of messages reads in place of the
    kept one when that weighs more (:func:`~recruitscore.scoring.score_windows`).

    Examples
    --------
    >>> import pandas as pd
    >>> from recruitscore.signals import make_batch
    >>> b, _ = make_batch(pd.DataFrame({"message": ["Good role."]}))
    >>> ngram_readings(b)
    (['good role.'], {})
    """
    # drop_repeats row by row: about 40 us for 550 characters. An Arrow pass that splits,
    # normalises and groups the sentences to find the rows with a repeat was twice as slow.
    texts = [_ngram_tail(t) for t in _contacts_out(batch)]
    shown: dict[int, str] = {}
    if model is not None and model.vocab is not None:
        raw = batch.raw("message")
        for i in np.flatnonzero(batch_match(batch, "message", "<", original=True)).tolist():
            texts[i], displayed = _readings(model, raw[i], texts[i])
            if displayed != texts[i]:
                shown[i] = displayed
    return texts, shown


def higher_reading(model: Any, message: str, stored: str) -> str:
    """Of the n-gram text of a message read with its hidden HTML (``stored``: the matching
    form reads hidden elements too) and that of its displayed reading alone, the one whose text
    part weighs more for ``model`` (a :class:`~recruitscore.linear.LinearModel`).

    Text that a reader never sees must not buy a lower score (red-team round 7, F14): a
    legitimate-looking paragraph in a ``display:none`` span or a ``<title>`` lowered a lure's
    wording. Hostile wording hidden in a preheader still counts. Only messages that hold a
    tag are read twice.

    Examples
    --------
    >>> from recruitscore.text import Vocabulary
    >>> class M:  # a text part where "role" lowers the risk
    ...     vocab = Vocabulary(("role", "whatsapp"), np.ones(2), (1, 1), 0)
    ...     def text_parts(self, rows, n):
    ...         s = np.array([-1.0 if 0 in rows.indices else 0.5])
    ...         return s, np.ones(1), np.ones(1)
    >>> higher_reading(M(), 'hi <span style="display:none">role</span>', "hi role")
    'hi'
    """
    return _readings(model, message, stored)[0]


def _readings(model: Any, message: str, stored: str) -> tuple[str, str]:
    """``(the reading higher_reading keeps, the displayed reading)`` of a message's n-gram
    text (both ``stored`` when the message holds no tag)."""
    from .normalize import may_hide_text

    if not may_hide_text(message):
        return stored, stored
    shown = ngram_form(fast_normalize(message, displayed=True))
    if shown == stored:
        return stored, stored
    return (shown if _text_weight(model, shown) > _text_weight(model, stored) else stored,
            shown)


def _text_weight(model: Any, text: str) -> float:
    """What the text part of ``model`` adds to the log-odds for one n-gram text."""
    s, _, factor = model.text_parts(_one_row(model.vocab, text), 1)
    return float(s[0] * factor[0])


def _contacts_out(batch: Batch) -> list[str]:
    """:func:`ngram_form` before :func:`drop_repeats`, for every row of a batch."""
    texts = list(batch.norm("message"))
    if not texts:
        return texts
    # vectorised RE2 passes find the rows that may hold a disguised key word, a contact or a
    # block; only those go through ngram_form (the one definition of the n-gram text), or,
    # when they are many, through its steps done column-wise: the rewrite on the rows that
    # need it, then RE2 replaces over all of them (Arrow's RE2: the same matches as re2.sub)
    disguised = batch_match(batch, "message", OBFUSCATION_PREFILTER_NORM)
    blocks = batch_match(batch, "message", BLOCK_PREFILTER)
    found = disguised | blocks | batch_match(batch, "message", _CONTACT_OR_PLACEHOLDER)
    if np.count_nonzero(found) <= _base.SMALL_BATCH:
        for i in np.flatnonzero(found).tolist():
            texts[i] = _contact_form(texts[i])
        return texts
    import pyarrow as pa
    import pyarrow.compute as pc

    # a block is rare: the rows that hold one are read row by row, the column passes skip
    # the two patterns of blocks. A disguised row may show a block only once rewritten
    # ("intended r e c i p i e n t"; review33): it is checked after its rewrite.
    by_row = np.flatnonzero(blocks).tolist()
    suspects: list[int] = []
    picked: list[str] = []
    for i in np.flatnonzero(found & ~blocks).tolist():
        text = _rewrite(texts[i]) if disguised[i] else texts[i]
        if disguised[i] and _BLOCK_PREFILTER_RE.search(text):
            by_row.append(i)
        else:
            suspects.append(i)
            picked.append(text)
    for i in by_row:
        texts[i] = _contact_form(texts[i])
    try:
        column = pa.array(picked, type=pa.large_string())
    except UnicodeEncodeError:  # a lone surrogate cannot be UTF-8: row by row instead
        for i in suspects:
            texts[i] = _contact_form(texts[i])
        return texts
    column = pc.replace_substring_regex(column, _MASKED, " ")
    column = pc.replace_substring_regex(column, COURTESY, COURTESY_KEEP)
    column = pc.replace_substring_regex(column, CONTACT_CLAUSE, " ")
    masked = pc.replace_substring_regex(column, BARE_HOST, " ").to_pylist()
    for i, text in zip(suspects, masked, strict=True):
        texts[i] = text
    return texts


def tokens(text: str) -> list[str]:
    """Word tokens of a text (see :data:`TOKEN_PATTERN`).

    Examples
    --------
    >>> tokens("a b2 c3d é_t 2x")
    ['b2', 'c3d']
    """
    return _TOKEN_RE.findall(text)


def is_filler(token: str) -> bool:
    """A token that is one character repeated (``xxx``, ``aaaa``): filler, never a word.

    Padding cut down to three repeats must not turn into a known token.

    Examples
    --------
    >>> is_filler("xxxx"), is_filler("xx"), is_filler("xyz")
    (True, False, False)
    """
    return len(token) >= 3 and token.count(token[0]) == len(token)


# is_filler for ASCII tokens, as one RE2 pattern (RE2 has no back-references)
_FILLER_ASCII = "^(?:" + "|".join(f"{c}{{3,}}" for c in string.ascii_letters + string.digits) + ")$"


def analyze(text: str, ngram_range: tuple[int, int] = (1, 2), prefix: int = 0) -> list[str]:
    """Word n-grams of a text, as scikit-learn's word analyzer makes them with the function
    words (:mod:`recruitscore.stopwords`) as stop words, and, when ``prefix`` is set, ``~`` and
    the first ``prefix`` letters of every longer word.

    Function words and filler tokens (:func:`is_filler`) are left out because they carry no
    content: appending "Thanks! Thanks!", "best regards" or "xxxx" to a message must not move
    its text part.

    The prefixes make the text part robust to inflection and rewording ("recrutement",
    "recruteur", "recruter" share ``~recrut``; "remuneration", "remunere" share ``~remune``),
    which matters most in French; they are cheap to compute over a whole column, unlike
    character n-grams.

    Examples
    --------
    >>> analyze("add me on whatsapp")
    ['add', 'whatsapp', 'add whatsapp']
    >>> analyze("recruteur remunere", prefix=6)
    ['recruteur', 'remunere', 'recruteur remunere', '~recrut', '~remune']
    """
    return _grams(content_tokens(text), ngram_range, prefix)


def content_tokens(text: str) -> list[str]:
    """The tokens n-grams are made of: no function word, no filler.

    Examples
    --------
    >>> content_tokens("add me on whatsapp xxxx")
    ['add', 'whatsapp']
    """
    return [t for t in tokens(text) if t not in FUNCTION_WORDS and not is_filler(t)]


def _grams(toks: list[str], ngram_range: tuple[int, int], prefix: int) -> list[str]:
    lo, hi = ngram_range
    grams = list(toks) if lo == 1 else []
    for n in range(max(lo, 2), hi + 1):
        grams.extend(" ".join(toks[i:i + n]) for i in range(len(toks) - n + 1))
    if prefix:
        grams.extend("~" + t[:prefix] for t in toks if len(t) > prefix)
    return grams


def name_tokens(names: Iterable[object]) -> set[str]:
    """Tokens of person names, in matching form (to keep them out of the vocabulary).

    Examples
    --------
    >>> sorted(name_tokens(["Zoë O'Brien", None, "Wei  Zhang"]))
    ['brien', 'wei', 'zhang', 'zoe']
    """
    out: set[str] = set()
    for name in names:
        out.update(tokens(fast_normalize(to_text(name))))
    return out


@dataclass(frozen=True, eq=False)
class Vocabulary:
    """The n-gram vocabulary of a fitted model: terms in column order and their idf.

    Parameters
    ----------
    terms : sequence of str
        The n-grams, in feature-column order.
    idf : numpy.ndarray
        Inverse document frequency of each term (scikit-learn's smoothed idf).
    ngram_range : tuple of int
        Smallest and largest n-gram size.
    prefix : int
        Length of the word prefixes (0: none; see :func:`analyze`).
    """

    terms: Sequence[str]
    idf: np.ndarray
    ngram_range: tuple[int, int] = (1, 2)
    prefix: int = 0

    @cached_property
    def index(self) -> dict[str, int]:
        """Term -> column."""
        return {str(t): i for i, t in enumerate(self.terms)}

    def __len__(self) -> int:
        return len(self.terms)


class Rows(NamedTuple):
    """TF-IDF rows in CSR layout (no scipy), with token counts.

    ``indptr``, ``indices`` and ``data`` are the CSR arrays (indices sorted within each row);
    ``n_tokens`` is the number of content tokens (not function words) of each message and
    ``n_known`` how many of those are terms of the vocabulary.
    """

    indptr: np.ndarray
    indices: np.ndarray
    data: np.ndarray
    n_tokens: np.ndarray
    n_known: np.ndarray


def _weights(vocab: Vocabulary, cols: np.ndarray, counts: np.ndarray) -> np.ndarray:
    """Sublinear tf times idf for the given columns and counts."""
    return (np.log(counts.astype(np.float64)) + 1.0) * vocab.idf[cols]


class Counts(NamedTuple):
    """Term counts in CSR layout, before TF-IDF weighting (what :func:`window_counts` adds up).

    ``indptr`` and ``indices`` as in :class:`Rows`; ``counts`` how often each term occurs in
    its row; ``n_tokens`` and ``n_known`` as in :class:`Rows`.
    """

    indptr: np.ndarray
    indices: np.ndarray
    counts: np.ndarray
    n_tokens: np.ndarray
    n_known: np.ndarray


def _row_counts(vocab: Vocabulary, text: str) -> tuple[np.ndarray, np.ndarray, int, int]:
    """One message: (sorted columns, their counts, tokens, known tokens)."""
    index = vocab.index
    content = content_tokens(text)  # tokenised once, for the n-grams and the counts
    grams = _grams(content, vocab.ngram_range, vocab.prefix)
    ids = np.fromiter((index.get(g, -1) for g in grams), dtype=np.int64, count=len(grams))
    cols, counts = np.unique(ids[ids >= 0], return_counts=True)
    return cols, counts, len(content), sum(1 for t in content if t in index)


def _row(vocab: Vocabulary, text: str) -> tuple[np.ndarray, np.ndarray, int, int]:
    """One message: (sorted columns, l2-normalised TF-IDF values, tokens, known tokens)."""
    cols, counts, n_tokens, n_known = _row_counts(vocab, text)
    values = _weights(vocab, cols, counts)
    norm = float(np.sqrt(np.dot(values, values)))
    if norm > 0:
        values /= norm
    return cols, values, n_tokens, n_known


def _one_row(vocab: Vocabulary, text: str) -> Rows:
    """The TF-IDF rows of one message (:func:`_row` in CSR layout)."""
    cols, values, n_tokens, n_known = _row(vocab, text)
    return Rows(np.array([0, cols.size]), cols, values, np.array([n_tokens]),
                np.array([n_known]))


# Tokens in ASCII text: maximal runs of [A-Za-z0-9_] that start with a letter, hold no underscore
# and have two characters or more, i.e. what ``TOKEN_PATTERN`` finds.
_TOKEN_BYTES = np.array([b if b < 128 and (chr(b).isalnum() or chr(b) == "_") else 32
                         for b in range(256)], dtype=np.uint8)
_ASCII_TOKEN = r"^[A-Za-z][A-Za-z0-9]+$"
# A non-ASCII character that may be part of a token (not a symbol, punctuation, space or control
# character): rows holding one go through the per-row analyzer instead.
_WORDY_NON_ASCII = r"[^\x00-\x7F\p{S}\p{P}\p{Z}\p{C}]"


def _arrow_grams(vocab: Vocabulary, texts: list[str], fast: np.ndarray, terms: Any,
                 n: int) -> tuple[list[np.ndarray], list[np.ndarray], np.ndarray, np.ndarray]:
    """(row, column) of every known n-gram of the ``fast`` rows, with Arrow kernels, and the
    token and known-token counts of every row."""
    import pyarrow as pa
    import pyarrow.compute as pc

    arr = pa.array(texts, type=pa.large_string())
    # every byte that cannot be part of a token becomes a space (UTF-8 bytes of non-ASCII
    # characters too: on these rows they are all separators), then split on spaces
    _, offsets, data = arr.buffers()
    spaced = _TOKEN_BYTES[np.frombuffer(data, dtype=np.uint8)] if data is not None else b""
    clean = pa.Array.from_buffers(pa.large_string(), n, [None, offsets, pa.py_buffer(spaced)])
    lists = pc.split_pattern(clean, " ")
    flat = pc.list_flatten(lists)
    parent = np.asarray(pc.list_parent_indices(lists).to_numpy())
    keep = np.asarray(pc.match_substring_regex(flat, _ASCII_TOKEN).to_numpy(
        zero_copy_only=False), dtype=bool) & fast[parent]
    toks = flat.filter(pa.array(keep))
    rows = parent[keep]
    content = ~np.asarray(pc.is_in(toks, value_set=_function_words()).to_numpy(
        zero_copy_only=False), dtype=bool)
    content &= ~np.asarray(pc.match_substring_regex(toks, _FILLER_ASCII).to_numpy(
        zero_copy_only=False), dtype=bool)
    toks = toks.filter(pa.array(content))  # function words and filler are never n-grams
    rows = rows[content]
    n_tokens = np.bincount(rows, minlength=n)
    n_known = np.zeros(n, dtype=np.int64)
    row_parts: list[np.ndarray] = []
    col_parts: list[np.ndarray] = []
    lo, hi = vocab.ngram_range
    for size in range(1, hi + 1):
        if len(toks) < size:
            break
        if size == 1:
            grams, grows = toks, rows
        else:
            m = len(toks) - size + 1
            same = rows[:m] == rows[size - 1:]
            pieces = [toks.slice(k, m) for k in range(size)]
            grams = pc.binary_join_element_wise(*pieces, pa.scalar(" ", pa.large_string()))
            grams = grams.filter(pa.array(same))
            grows = rows[:m][same]
        ids = pc.index_in(grams, value_set=terms)
        found = np.asarray(pc.is_valid(ids).to_numpy(zero_copy_only=False), dtype=bool)
        if size == 1:
            n_known = np.bincount(grows[found], minlength=n)
        if size >= lo:
            row_parts.append(grows[found])
            col_parts.append(np.asarray(ids.filter(pa.array(found)).to_numpy(), dtype=np.int64))
    if vocab.prefix and len(toks):
        longer = np.asarray(pc.greater(pc.utf8_length(toks), vocab.prefix).to_numpy(
            zero_copy_only=False), dtype=bool)
        heads = pc.utf8_slice_codeunits(toks.filter(pa.array(longer)), 0, vocab.prefix)
        tilde = pa.array(["~"] * len(heads), type=pa.large_string())
        grams = pc.binary_join_element_wise(tilde, heads, pa.scalar("", pa.large_string()))
        ids = pc.index_in(grams, value_set=terms)
        found = np.asarray(pc.is_valid(ids).to_numpy(zero_copy_only=False), dtype=bool)
        row_parts.append(rows[longer][found])
        col_parts.append(np.asarray(ids.filter(pa.array(found)).to_numpy(), dtype=np.int64))
    return row_parts, col_parts, n_tokens, n_known


@cache
def _function_words() -> Any:
    import pyarrow as pa

    return pa.array(sorted(FUNCTION_WORDS), type=pa.large_string())


def tfidf(vocab: Vocabulary, texts: list[str], cache: dict[str, Any] | None = None) -> Rows:
    """TF-IDF rows of many messages (already in n-gram form), vectorised over the column.

    Rows whose letters and digits are all ASCII (the usual case once text is in matching form;
    emoji, currency signs and other symbols are separators on both sides) are split, filtered,
    joined into n-grams and looked up in the vocabulary by Arrow compute kernels; other rows,
    and small batches, go through :func:`analyze` one by one. Both give the same rows.

    Parameters
    ----------
    vocab : Vocabulary
        The fitted vocabulary.
    texts : list of str
        Messages in n-gram form (:func:`ngram_text`).
    cache : dict, optional
        Where to keep the Arrow copy of the vocabulary between calls.

    Returns
    -------
    Rows
    """
    n = len(texts)
    if n <= _base.SMALL_BATCH:
        parts = [_row(vocab, t) for t in texts]
        return Rows(*_stack(parts))
    return rows_from_counts(vocab, term_counts(vocab, texts, cache))


def _stack(parts: list[tuple[np.ndarray, np.ndarray, int, int]]) -> tuple[np.ndarray, ...]:
    """CSR arrays from per-row (columns, values, tokens, known tokens)."""
    indptr = np.cumsum([0] + [p[0].size for p in parts]).astype(np.int64)
    indices = np.concatenate([p[0] for p in parts]) if parts else np.zeros(0, dtype=np.int64)
    data = np.concatenate([p[1] for p in parts]) if parts else np.zeros(0)
    return (indptr, indices.astype(np.int64), data,
            np.array([p[2] for p in parts], dtype=np.int64),
            np.array([p[3] for p in parts], dtype=np.int64))


def term_counts(vocab: Vocabulary, texts: list[str], cache: dict[str, Any] | None = None
                ) -> Counts:
    """Term counts of many messages (already in n-gram form), vectorised over the column as
    in :func:`tfidf`, which weighs them with :func:`rows_from_counts`."""
    n = len(texts)
    if n <= _base.SMALL_BATCH:
        indptr, indices, counts, n_tokens, n_known = _stack(
            [_row_counts(vocab, t) for t in texts])
        return Counts(indptr, indices, counts.astype(np.int64), n_tokens, n_known)
    import pyarrow as pa
    import pyarrow.compute as pc

    cache = {} if cache is None else cache
    if "terms" not in cache:
        cache["terms"] = pa.array([str(t) for t in vocab.terms], type=pa.large_string())
    arr = pa.array(texts, type=pa.large_string())
    wordy = pc.match_substring_regex(arr, _WORDY_NON_ASCII)
    fast = ~np.asarray(wordy.to_numpy(zero_copy_only=False), dtype=bool)
    row_parts, col_parts, n_tokens, n_known = _arrow_grams(vocab, texts, fast, cache["terms"], n)
    index = vocab.index
    for i in np.flatnonzero(~fast).tolist():
        content = content_tokens(texts[i])
        grams = _grams(content, vocab.ngram_range, vocab.prefix)
        ids = np.fromiter((index.get(g, -1) for g in grams), dtype=np.int64, count=len(grams))
        ids = ids[ids >= 0]
        row_parts.append(np.full(ids.size, i, dtype=np.int64))
        col_parts.append(ids)
        n_tokens[i], n_known[i] = len(content), sum(1 for t in content if t in index)
    rows = np.concatenate(row_parts) if row_parts else np.zeros(0, dtype=np.int64)
    cols = np.concatenate(col_parts) if col_parts else np.zeros(0, dtype=np.int64)
    return _count_pairs(rows, cols, n_tokens, n_known, n, len(vocab))


def _count_pairs(rows: np.ndarray, cols: np.ndarray, n_tokens: np.ndarray,
                 n_known: np.ndarray, n: int, n_terms: int,
                 weights: np.ndarray | None = None) -> Counts:
    """Counts of (row, column) pairs (each pair once, or ``weights`` added up), in CSR."""
    width = np.int64(max(n_terms, 1))
    # unique keys come out sorted by row, then column
    if weights is None:
        keys, counts = np.unique(rows * width + cols, return_counts=True)
    else:
        keys, inverse = np.unique(rows * width + cols, return_inverse=True)
        counts = np.bincount(inverse.ravel(), weights=weights, minlength=keys.size)
    rows_u = keys // width
    indptr = np.concatenate([[0], np.cumsum(np.bincount(rows_u, minlength=n))]).astype(np.int64)
    return Counts(indptr, (keys % width).astype(np.int64), counts.astype(np.int64),
                  np.asarray(n_tokens).astype(np.int64), np.asarray(n_known).astype(np.int64))


def rows_from_counts(vocab: Vocabulary, counts: Counts) -> Rows:
    """TF-IDF rows (sublinear tf, idf, l2 norm per row) of term counts."""
    n = counts.n_tokens.size
    rows_u = np.repeat(np.arange(n, dtype=np.int64), np.diff(counts.indptr))
    values = _weights(vocab, counts.indices, counts.counts)
    sq = np.bincount(rows_u, weights=values * values, minlength=n)
    norms = np.sqrt(sq)
    values = values / np.where(norms[rows_u] > 0, norms[rows_u], 1.0)
    return Rows(counts.indptr, counts.indices, values, counts.n_tokens, counts.n_known)


def stack_counts(first: Counts, second: Counts) -> Counts:
    """The rows of ``first``, then those of ``second``, as one :class:`Counts`.

    Examples
    --------
    >>> a = Counts(np.array([0, 1]), np.array([2]), np.array([1]), np.array([1]), np.array([1]))
    >>> stack_counts(a, a).indptr.tolist(), stack_counts(a, a).indices.tolist()
    ([0, 1, 2], [2, 2])
    """
    return Counts(np.concatenate([first.indptr, second.indptr[1:] + first.indptr[-1]]),
                  np.concatenate([first.indices, second.indices]),
                  np.concatenate([first.counts, second.counts]),
                  np.concatenate([first.n_tokens, second.n_tokens]),
                  np.concatenate([first.n_known, second.n_known]))


def window_counts(counts: Counts, owner: np.ndarray, member: np.ndarray, n: int,
                  n_terms: int) -> Counts:
    """Term counts of ``n`` windows, each the sum of its member rows' counts.

    Window ``owner[k]`` holds row ``member[k]`` of ``counts``: the counts of a window are those
    of its messages added up, as if they were one text, without the n-grams that would join the
    last word of one message to the first of the next.

    Examples
    --------
    >>> c = Counts(np.array([0, 2, 3]), np.array([0, 4, 4]), np.array([1, 2, 1]),
    ...            np.array([3, 1]), np.array([3, 1]))
    >>> w = window_counts(c, np.array([0, 0, 1]), np.array([0, 1, 1]), 2, 5)
    >>> w.indptr.tolist(), w.indices.tolist(), w.counts.tolist(), w.n_tokens.tolist()
    ([0, 2, 3], [0, 4, 4], [1, 3, 1], [4, 1])
    """
    owner = np.asarray(owner, dtype=np.int64)
    member = np.asarray(member, dtype=np.int64)
    lengths = np.diff(counts.indptr)[member]
    # the positions of every member row's entries, one run per (window, member) pair
    first = np.repeat(counts.indptr[member] - np.cumsum(lengths) + lengths, lengths)
    pos = first + np.arange(int(lengths.sum()), dtype=np.int64)
    return _count_pairs(np.repeat(owner, lengths), counts.indices[pos],
                        np.bincount(owner, weights=counts.n_tokens[member], minlength=n),
                        np.bincount(owner, weights=counts.n_known[member], minlength=n),
                        n, n_terms, weights=counts.counts[pos].astype(np.float64))
