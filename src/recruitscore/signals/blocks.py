"""Machine-inserted blocks that say nothing of what a message asks: the join instructions of a
video meeting (Teams, Zoom, Google Meet, Webex) and the notices of calendar invitations.

They are read twice. :mod:`recruitscore.text` cuts them from the n-gram text (rule R26-A).
The signals read only two things from them as the tool's, not the sender's (rules R28-A,
R28-G): a bare dial-in number is no request to move off the platform, and the block's "Join
Zoom Meeting" or platform link is no interview the sender offers. Everything else a block
holds stays evidence: an app, an e-mail address, a link elsewhere, a request in the sender's
words ("my personal number", "text me"), which also makes the numbers beside it the sender's
(:attr:`~recruitscore.signals.base.PatternSignal.template_void`). The other kinds of block
(equal-opportunity statements, disclaimers, footers) are built in :mod:`recruitscore.text` with
:func:`family`.

A block is cut from a phrase of its template (the trigger) through the words that follow it
while they are words of such blocks (a closed list per kind): wording that is not of the kind
ends the cut, so a hostile sentence written after a block stays the sender's own words.
"""

from __future__ import annotations

__all__ = ["INVITE_NOTICE", "MEETING_BLOCK", "MEETING_OFFER_TEMPLATE", "MEETING_TEMPLATE",
           "SENDER_WORDS", "TRIGGERS", "family"]

#: The triggers of every kind built by :func:`family`: what finds the rows that may hold a
#: block (a match of a kind starts with its trigger).
TRIGGERS: list[str] = []


def family(triggers: str, words: str, sep: str = r"[\s,;:.()/#*+|'\"\-]", items: str = "",
           register: bool = True) -> str:
    """A kind of block: one of its ``triggers``, then any run of its ``words`` (each after
    white space or punctuation, ``sep``, French elisions allowed) and ``items`` (patterns that
    need not end a word), in matching form. With ``register``, its triggers join
    :data:`TRIGGERS`.

    Examples
    --------
    >>> import re
    >>> re.sub(family("meeting id", "passcode|[0-9]+"), "", "x meeting id 123 passcode 9 y")
    'x  y'
    """
    if register:
        TRIGGERS.append(triggers)
    return (r"\b(?:" + triggers + r")\b(?:(?:" + sep + r")+(?:" + (items + "|" if items else "")
            + r"(?:[dlns]'|qu')?(?:" + words + r")\b))*")


#: Separators of the join instructions' lines: also the brackets left by a masked link, the
#: bullets of dial-in lists, underscores of rules and the "?" of "Need help?".
_BLOCK_SEP = r"[\s,;:.()/#*+|'\"\-<>\[\]_=~•·–—?]"
#: The countries and toll words that follow a number in a dial-in list (a closed list: the
#: countries of the meeting tools' usual dial-in lists, in English and French).
_DIAL_AFTER = (r"(?:,? (?:us|uk|ca|fr|de|be|ch|nl|ie|es|it|in|au|united states|united kingdom"
               r"|france|belgique|belgium|suisse|switzerland|canada|germany|deutschland"
               r"|allemagne|netherlands|pays-bas|ireland|irlande|spain|espagne|italy|italie"
               r"|luxembourg|austria|autriche|sweden|suede|denmark|danemark|norway|norvege"
               r"|finland|finlande|poland|pologne|portugal|india|inde|australia|australie"
               r"|japan|japon|singapore|singapour|hong kong|brazil|bresil|mexico|mexique"
               r"|south africa|afrique du sud|new zealand|nouvelle-zelande|israel|toll|toll-free"
               r"|toll free|numero payant|numero gratuit|\((?:us|uk|ca|fr|be|ch|toll|toll-free"
               r"|toll free|numero payant|numero gratuit)\))\b)*")
#: A phone number or a dial string of a meeting block, as a ``tel:`` link too, with the place
#: that follows it ("+1 469-555-0173,,482913657# United States, Dallas", "+1 646 555 8931 US
#: (New York)"; a place only right after a number, review33: the meeting kind is cut from the
#: n-grams before numbers are masked, so the place is not left as wording), or a conference
#: system's address on the platforms' own domains ("1234@zoomcrc.com"). What a sender writes
#: in the place ("+44 7700 900123 (text me)") is kept by the signals
#: (:attr:`~recruitscore.signals.base.PatternSignal.template_cancels`, :data:`SENDER_WORDS`).
_DIAL = (r"[a-z0-9._-]*@(?:[a-z0-9-]+\.)*(?:webex\.com|zoomcrc\.com|lync\.com|plcm\.vc)"
         r"|<?(?:tel:)?\+?[0-9][0-9 ().-]*,,+[0-9#,*]*>?" + _DIAL_AFTER
         + r"(?: [a-z]+(?: [a-z]+)?)?(?:, [a-z]+(?: [a-z]+)?)?(?: \([a-z][a-z .'-]{0,25}\))?"
         r"|<?(?:tel:)?\+?[0-9][0-9 ().-]{4,}[0-9]#?>?" + _DIAL_AFTER
         + r"(?:,? [a-z]+(?: [a-z]+)? \([a-z][a-z .'-]{0,25}\)|,? \([a-z][a-z .'-]{0,25}\))?")
#: A code (a passcode, a conference or host key): a word with a digit ("xy7abc", "sunrise42").
_CODE = r"[a-z]*[0-9][a-z0-9]*"
#: Any link: what the n-gram cut holds (the links are masked there anyway).
_ANY_LINK = r"<?(?:https?://|www\.)[^\s>]*>?|meet\.google\.com/[a-z0-9-]+"
#: The meeting platforms' own links: what the signals' template holds (a link elsewhere in a
#: block, "https://wa.me/...", is no part of it; a messaging link inside a platform link's
#: query is still read, as the template cancels only bare numbers: rules R28-A, R28-G).
_PLATFORM_LINK = (r"<?(?:https?://)?(?:[a-z0-9-]+\.)*(?:zoom\.us|zoomgov\.com|teams\.microsoft"
                  r"\.com|teams\.live\.com|microsoft\.com|aka\.ms|webex\.com|meet\.google\.com"
                  r"|calendar\.google\.com|support\.google\.com|tel\.meet|g\.co|lync\.com"
                  r"|cisco\.com|plcm\.vc)(?:[/?#][^\s>]*)?>?")
#: What starts a meeting block: a phrase of a join template, for the signals too.
_JOIN_TRIGGERS = (
    r"microsoft teams (?:meeting[\s,:.\-]*(?:join|click|rejoindre)|need help)"
    r"|join (?:on|from) your computer|click here to join(?: the meeting)?"
    r"|join (?:the )?meeting now|join (?:the |this )?(?:zoom|teams|webex|microsoft teams"
    r"|google meet) meeting|join with google meet|join by (?:phone|meeting number|sip|h\.?323)"
    r"|join (?:by|with|on|from) (?:a )?video (?:conferencing|system)|(?:meeting|conference"
    r"|phone conference|webinar|video) id ?: ?[0-9][0-9 ]*[0-9]|passcode ?: ?[a-z0-9]{1,24}"
    r"|meeting (?:password|number)|when it's time, join"
    r"|one tap mobile|dial by your location|find (?:a|your) local number|or call in \(?audio"
    r" only|dial in by phone|global call-in numbers|is inviting you to a scheduled (?:zoom"
    r" |webex |teams )?meeting|tenant key|(?:for organi[sz]ers ?: )?meeting options"
    r"|reset (?:dial-in )?pin|reunion (?:microsoft )?teams"
    r"|rejoindre (?:sur|depuis|a partir de) votre ordinateur|cliquez ici pour rejoindre"
    r"(?: la reunion)?|participer (?:a la reunion|avec google meet|par telephone)|rejoindre"
    r" (?:la reunion|avec google meet|par telephone)|id de (?:la )?reunion ?: ?[0-9][0-9 ]*[0-9]"
    r"|vous invite a une reunion (?:zoom |teams |webex )?planifiee|(?:trouver|trouvez) (?:un"
    r"|votre) numero local|(?:une )?seule touche sur l'appareil mobile|composez selon votre"
    r" emplacement|options de (?:la )?reunion|composer le numero"
    r"|more ways to join|join from the meeting link|tap to join from a mobile device"
    r"|join from a video system(?: or application)?|join using microsoft (?:lync|skype)"
    r"|do not delete or change any of the following text|google meet joining info"
    r"|join my (?:webex )?personal room(?: meeting)?|[a-z]+'s (?:zoom|webex) meeting"
    r"|(?:facons|moyens) de (?:rejoindre|participer)|(?:rejoindre|participer) a partir (?:du lien"
    r" de la reunion|d'un systeme)|(?:rejoindre|participer) (?:par|avec) (?:le )?numero de"
    r" (?:la )?reunion|(?:appuyer|appuyez) pour (?:rejoindre|participer)"
    r"|numeros d'appel internationaux|ne supprimez pas et ne modifiez pas"
    r"|informations de connexion google meet"
    r"|composez un numero en fonction de votre emplacement"
)
#: Phrases of join templates that a sender also writes in a sentence ("You can also dial ...",
#: "Or dial ...", "the meeting link"): they start a block for the n-gram cut only (review35).
_SENTENCE_TRIGGERS = (
    r"you can also dial|or dial|more phone numbers|video call link|meeting link|lien de (?:la )?"
    r"reunion|numero de (?:la )?reunion|mot de passe de (?:la )?reunion|ou appelez le"
    r"|autres numeros de telephone"
)
#: The words of meeting blocks (a closed list), and the items of a fixed form.
_MEETING_WORDS = (
    r"(?:key|id)[\s:#]+[a-z0-9._-]*@(?:[a-z0-9-]+\.)*(?:webex\.com|zoomcrc\.com|lync\.com"
    r"|plcm\.vc)|click|"
    r"(?:code secret|mot de passe|passcode|password|pin|code|id|key)[\s:#]+[a-z0-9]{1,24}"
    r"|on your computer|download teams|need help|video (?:conferencing|system|id|call link)"
    r"|skype for business|enter your meeting number|click here to join|view host information"
    r"|join|joining|meeting|meetings|microsoft|teams|zoom|webex|google|meet|call|calls"
    r"|calling|audio|only|phone|phones|by|on|or|in|your|a|an|the|to|with|from|for"
    r"|mobile|app|application|room|device|devices|here|web|browser|desktop"
    r"|conference|conferencing|number|numbers|local|find|dial|dial-in|tap|one|location|more"
    r"|learn|about|info|options|help|reset|system|sip|h323|h\.323|host|key|tenant|link"
    r"|invitation|scheduled|id|passcode|password|pin|access|code|toll|toll-free|free"
    r"|restrictions|global|call-in|united states|united kingdom|us|uk|france|[0-9]+"
    r"|also|can|can't|now|organizers|organisers|attendees|instructions|ways|using|lync"
    r"|skype|is|are|if|go|at|this|t|when|it's"
    r"|rejoindre|reunion|sur|votre|vos|ordinateur|appareil|de|salle|cliquez|ici"
    r"|pour|la|le|les|numero|numeros|telephone|telephonique|par|ou|appel|appelez|uniquement"
    r"|trouver|trouvez|locaux|en|savoir|plus|aide|besoin d'aide|participer"
    r"|composer|composez|reinitialiser|telecharger teams|avec|vous|invite|une|planifiee|depuis"
    r"|partir"
    r"|maintenant|seule|touche|selon|emplacement|d'id|autres|secret"
    r"|un|fr|be|ch|ca|belgique|belgium|suisse|switzerland|canada|payant|gratuit"
    r"|videoconference|visioconference|cle|du|locataire|informations|information|confidentiel"
    r"|fonction|dialing|enter|and|you|systems|video|applications|following|text|delete"
    r"|change|any|not|do|personal|my|view|business|facons|moyens|lien|d'un|d'une"
    r"|systeme|systemes|peripherique|participants|numerotation|cas|telephones|appuyer|appuyez"
    r"|internationaux|ne|pas|supprimez|modifiez|suivant|texte|connexion|d'options"
    r"|d'informations|mot|passe|d'acces|acces|d'appel|entrez|saisissez|organisateurs|organisateur"
    r"|pouvez|egalement|et|saisir|entreprise|allez|si|etes|afficher|rendez-vous"
)
#: A sender's own request written into a block ("+44 7700 900123 (text me)", « (numéro
#: perso) », "my personal phone"): a template match that holds one is the sender's, and its
#: numbers count (rule R28-G; "my" and "personal" alone are Webex's "my personal room").
SENDER_WORDS = (
    r"\b(?:me|moi|m'|text me|sms|perso|personnel|personnelle|private|prive|privee|directly"
    r"|directement|cell|cellphone|portable|gsm|personal (?:number|phone|mobile|cell|line|e-?mail"
    r"|address)|mobile number|whats ?app|telegram|signal|viber|wechat|threema|wickr)\b"
    # Skype, but not Webex's "Skype for Business" / « Skype Entreprise » line (RE2 has no
    # look-ahead: what may follow the name, spelled out)
    r"|\bskype(?:$|[^ a-z]| [^fe]| f[^o]| fo[^r]| e[^n]| en[^t])"
)


def _meeting(triggers: str, links: str, register: bool = True) -> str:
    """The meeting kind: one of ``triggers``, then its words, dial strings, codes and
    ``links``."""
    return family(triggers, _MEETING_WORDS, _BLOCK_SEP, _DIAL + "|" + _CODE + "|" + links,
                  register)


#: A bare Google Meet link starts the blocks that the n-gram text and the red flags leave out,
#: as Google Calendar writes one on its own line; it does not start the block the meeting offer
#: is not read from (:data:`MEETING_OFFER_TEMPLATE`): alone it is an offer of a call, as a
#: Zoom or Teams link is (rule R33-B). It still continues a block that a join phrase started.
_MEET_LINK = r"(?:https://)?meet\.google\.com(?:/[a-z0-9-]+)?"
_MEETING_TRIGGERS = _JOIN_TRIGGERS + "|" + _MEET_LINK
_MEETING = _meeting(_MEETING_TRIGGERS + "|" + _SENTENCE_TRIGGERS, _ANY_LINK)
#: The fixed notices of calendar and meeting invitations (Google Calendar, Webex).
INVITE_NOTICE = (
    r"\binvitation from google calendar\b|\byou are receiving this (?:e-?mail|email) because you"
    r" are (?:an attendee|subscribed)(?: (?:of|on|to) (?:the|this) event)?\.?|\bto stop receiving"
    r" (?:future )?updates for this event, decline this event\.?|\bforwarding this invitation"
    r" could allow any recipient to send a response to the organi[sz]er,? (?:and )?be added to"
    r" the guest list,? (?:or )?invite others regardless of their own invitation status,? or"
    r" (?:to )?modify your rsvp\.?|\b(?:important notice: )?(?:please note that )?this webex"
    r" service allows audio and other information sent during the session to be recorded,"
    r" which may be discoverable in a legal matter\.?(?: by joining this session, you"
    r" automatically consent to such recordings\.?)?(?: if you do not consent to being"
    r" recorded, discuss your concerns with the host or do not join the session\.?)?"
    r"|\binvitation de google agenda\b|\bvous recevez cet e-?mail,? car vous etes invite a cet"
    r" evenement\.?|\bpour ne plus recevoir les mises a jour de cet evenement, refusez"
    r" l'invitation\.?|\bsi vous transferez cette invitation, tout destinataire pourra envoyer"
    r" une reponse a l'organisateur,? etre ajoute a la liste des invites,? inviter d'autres"
    r" personnes (?:quel que soit son statut d'invitation )?ou modifier votre reponse\.?"
)

#: Meeting blocks and calendar notices, in matching form: what the n-gram text leaves out.
MEETING_BLOCK = _MEETING + "|" + INVITE_NOTICE
#: The same from the template phrases that no sentence has, holding only the platforms' own
#: links: where the signals read a bare number and the meeting offer as the tool's (rules
#: R28-A, R28-G; its triggers are among :data:`TRIGGERS` already).
MEETING_TEMPLATE = (_meeting(_MEETING_TRIGGERS, _PLATFORM_LINK, register=False) + "|"
                    + INVITE_NOTICE)
#: What the meeting offer (``video_interview_offered``, a counter-signal) is not read from:
#: every phrase of a join template starts it, the sentence-like ones too, since a template that
#: cancels only a counter-signal can only raise a risk (rule R28-G; the template of the red
#: flags must not start at "You can also dial", review35).
MEETING_OFFER_TEMPLATE = (_meeting(_JOIN_TRIGGERS + "|" + _SENTENCE_TRIGGERS, _PLATFORM_LINK,
                                   register=False) + "|" + INVITE_NOTICE)
