"""The signal catalogue: every named detector, with its source in the public guidance.

Reference codes (M1..M19, P1..P9) are the rows of ``RED-FLAGS.md``; the recruitment-fraud and
developer-lure signals (F1..F13, L1..L9) live in :mod:`recruitscore.signals.catalog_fraud`. Patterns are over the matching
form (lower case, no accents, single spaces); see :mod:`recruitscore.signals.lexicon`.
Names are a public contract, persisted in model files: never rename one.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..normalize import CHAT_APPS, NormText
from ..padding import find_padding
from ..schema import Approach
from . import detectors as d
from .base import (
    PROFILE_GAP,
    PROFILE_TEXT,
    Batch,
    CallableSignal,
    Evidence,
    Example,
    PatternSignal,
    ProfileSignal,
    Signal,
)
from .blocks import MEETING_TEMPLATE, SENDER_WORDS
from .catalog_fraud import ADDED_SIGNALS, FRAUD_AND_LURE_SIGNALS
from .lexicon import (
    FIGURE,
    FREEMAIL,
    GAP,
    MAJOR_MONEY_AMOUNT,
    MONEY_AMOUNT,
    NEGATED_ACTION,
    ROUGHLY,
    TLDS_NOT_WORDS,
    any_of,
    app_name,
    near,
    term,
)

E = Example

# --------------------------------------------------------------------------------------------
# contact
# --------------------------------------------------------------------------------------------
_APPS = [app_name(w, split=w not in ("wechat", "weixin")) for w in CHAT_APPS]
#: spellings :func:`app_name` does not make: "what's app", and a Telegram handle given as "tg"
_APP_SHORT = r"\bwhat'?s app\b|\btg ?(?::|-)? ?@[a-z0-9_]{3,32}\b"
_SIGNAL_APP = (
    r"\b(?:on|via|over|through|use|using|download|install|add me on|contact me on|message me on"
    r"|reach me on|sur|par|via l'appli|l'appli|l'application|application|app) " + term("signal")
    + r"|" + term("signal") + r" (?:app|messenger|number|handle|account|me|or|ou|/)\b"
    + r"|\b(?:whatsapp|telegram|wechat) (?:or|ou|/|and|et) signal\b"
    # "can we move to Signal?": the app at the end of the clause ("move to signal processing"
    # is a career move); also what "move to S1gnal" reads as once digits are read as letters
    + r"|\b(?:move|moving|switch|switching|continue|chat|talk|go|carry on|take (?:this|it)"
    r"|passer|passons|continuer|continuons) (?:this |it |the conversation |this (?:chat"
    r"|conversation|discussion) |our (?:chat|conversation)"
    r" |la conversation |notre echange )?(?:to|on|over to|onto|sur) signal(?: ?[?.!,;)]| ?$)"
    + r"|\bs(?:[ .\-_*]{1,3}i[ .\-_*]{1,3}g[ .\-_*]{1,3}n[ .\-_*]{1,3}a[ .\-_*]{1,3}l|[1!|]gn[a@4i]l|ign[@4]l)\b"
    + r"|\bsig[ .\-_*]nal\b"
)
#: Messaging apps whose names are ordinary words ("a session with the team", "wire transfer",
#: "the periodic table element", "based on simplex", « une session de formation »; rule R28-F,
#: red-team round 10 F9): Session, Element (Matrix), SimpleX, Wire, Briar, Olvid read only in
#: an app's context, as Signal is: a request to write or move there, where the clause ends or an
#: ID or handle follows ("Let's continue on Session, my ID is 05ab12", "add me on Wire"), the
#: sender's own ID or handle in the app ("my Session ID", « mon identifiant Olvid »), the app or
#: messenger ("the Wire app"), or a Matrix ID ("@anna:matrix.org"). "Matrix" alone is none.
_WORD_APP = (r"(?:session|element|element ?/ ?matrix|element \(matrix\)|simplex|simple x|wire"
             r"|briar|olvid)")
_WORD_APPS = (
    r"\b(?:continue|chat|talk|move|switch|carry on|go|message|write|reach|contact|add|ping|text"
    r"|find|dm|available|reachable|i'm|i am|continuons|passons|discutons|echangeons"
    r"|ajoutez-moi|contactez-moi|ecrivez-moi|joignable|dispo|disponible)(?: (?:me|us|this|it"
    r"|the conversation|this conversation|our chat|our conversation|la conversation"
    r"|notre echange))? (?:on|via|over|to|sur|par) " + _WORD_APP
    + r"(?: ?[?.!,;:]| ?$| (?:id|handle|username|user name|address|account|app|messenger|link"
    r"|identifiant|pseudo|compte|adresse|lien)\b| ?@| (?:instead|rather|plutot|please|svp)\b)"
    r"|\b(?:my|mon|ma|our|notre) " + _WORD_APP + r" (?:id|handle|username|user name|address"
    r"|account|identifiant|pseudo|compte|adresse|lien|link|contact)\b"
    r"|\b(?:my|mon|ma|notre|our) (?:id|handle|username|identifiant|pseudo|compte|adresse)"
    r" (?:on |sur |de |d')?" + _WORD_APP + r"\b"
    r"|\b" + _WORD_APP + r" (?:app|messenger|messaging app)\b"
    r"|@[a-z0-9._=\-]{1,40}:matrix\.org\b"
)
_PHONE = [
    r"\+ ?[1-9][0-9]?[0-9]?(?:[ .\-/()]{0,3}[0-9]){6,12}\b",  # international
    # the same after 00, without "/" between digits: a DOI or a path in a link
    # ("joss.00671/10.21105") is not a phone number
    r"\b00 ?[1-9][0-9]?[0-9]?(?:[ .\-()]{0,3}[0-9]){6,12}\b",
    r"\b0[1-9][0-9]{2,4}[ .\-/]{0,3}[0-9]{3}[ .\-/]{0,3}[0-9]{3,4}\b",  # UK style
    r"\b0[1-9](?:[ .\-/]{0,3}[0-9]{2}){4}\b",  # French style
    r"\(?\b[2-9][0-9]{2}\)?[ .\-/]{1,3}[0-9]{3}[ .\-/]{1,3}[0-9]{4}\b",  # North American
    r"\b555[ .\-]?01[0-9]{2}\b",
    # spelled out in words (seven or more number words in a row)
    r"(?:\b(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|double|triple|un|deux|trois"
    r"|quatre|cinq|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente"
    r"|quarante|cinquante|soixante|septante|huitante|nonante)\b[ ,\-]*){7,}",
]
_OFF_PLATFORM_PHRASES = [
    r"\b(?:text|whatsapp|message|ping|call|ring|buzz) me (?:on|at|via)\b",
    r"\bmy (?:personal|private|own|home) (?:e-?mail|email|address|inbox|number|mobile|phone|line"
    r"|account)\b",
    r"\b(?:personal|private|non-work|home) (?:e-?mail|email) (?:address|account)?\b",
    near(r"\b(?:continue|move|take|carry on|follow up|pursue|chat|talk|discuss)",
         r"\b(?:elsewhere|outside (?:of )?linkedin|off linkedin|off-platform|off platform"
         r"|away from linkedin|another (?:channel|app|platform)|a (?:more )?(?:private|secure"
         r"|discreet|direct) (?:channel|line|app|platform)|somewhere (?:more )?(?:private|quieter"
         r"|safer))"),
    r"\blinkedin(?:'s)? (?:chat|messaging|messages|inbox|mail) (?:is|keeps|isn't|is not|has been)"
    r" (?:glitch|buggy|unreliable|not secure|insecure|monitored|slow|playing up)",
    r"\bsomewhere (?:only you|you alone|that only you|just you) (?:read|see|check|look)",
    r"\b(?:a|an) (?:channel|inbox|line|address) (?:that )?only you (?:read|see|check|use)",
    r"\b(?:a|your) (?:personal |private |direct |mobile )?(?:number|mobile|phone) (?:where|on which"
    r"|so) (?:i|we) (?:can|could) (?:reach|call|text|contact) you\b",
    r"\bnot (?:on|from|via) (?:a|your) (?:work|office|company) (?:phone|e-?mail|address|laptop)\b",
    r"\b(?:un|votre|ton) numero (?:personnel |perso |direct )?(?:ou|sur lequel) (?:je|on) (?:peux|peut"
    r"|pourrais|pourrait) (?:vous |te )?(?:joindre|appeler)\b",
    r"\b(?:the|a) green (?:app|bubble|icon)\b",
    r"\b(?:audio|voice)[- ](?:call|calls) only\b",
    r"\bwa\.me/|\bt ?\. ?me ?/ ?[a-z0-9_]{1,40}",
    # French
    near(r"\b(?:continuer|poursuivre|deplacer|echanger|discuter|parler)",
         r"\b(?:ailleurs|en dehors de linkedin|hors (?:de )?linkedin|sur une autre (?:appli|app"
         r"|plateforme|messagerie)|un canal plus (?:sur|discret|prive|direct))"),
    r"\bplus discret(?:e)? que linkedin\b",
    r"\b(?:mon|ma|mes) (?:adresse|mail|e-?mail|courriel|numero|portable|telephone|boite)"
    r"(?: e-?mail| mail)? (?:personnel(?:le)?|perso|prive(?:e)?)s?\b",
    # a bare « adresse personnelle » may be a home address ("we'll send the laptop to your
    # personal address"); an e-mail address or a number is a channel (probe9, R19-G)
    r"\b(?:mail|email|courriel|numero|adresse (?:e-?mail|mail|electronique|courriel)) (?:perso"
    r"|personnel(?:le)?|prive(?:e)?)\b|\badresse perso\b",
    # « écrivez-moi sur / au » names a channel or a number; « écrivez-moi à » an address, which
    # counts only when it is personal (FREEMAIL, « mon adresse perso »), as "drop me an email
    # at" in English (probe8, rule R19-F)
    r"\b(?:ajoutez|ajoute|contactez|contacte|appelez|appelle)-?(?:moi| moi) (?:sur|au|a|via)\b"
    r"|\b(?:ecrivez|ecris|envoyez|envoie)-?(?:moi| moi) (?:sur|au|via)\b",
    r"\bl'(?:appli|app|application) verte\b",
    r"\b(?:appels?|echange) (?:audio|vocal|vocaux) (?:uniquement|seulement)\b",
    # a free-mail box named without an address: "my personal gmail", « mon adresse gmail »
    # (M9/F9; rules R18-F, R18-H): personal, an address or a box, not "my Gmail spam folder";
    # not Outlook or iCloud, which are calendars too
    r"\b(?:my|mon|ma) (?:(?:personal|private|perso|personnelle) |adresse (?:perso |personnelle )?"
    r"|(?:boite|messagerie|compte) )(?:gmail|g-mail|hotmail|yahoo|protonmail|proton)\b"
    r"|\b(?:my|mon|ma) (?:gmail|g-mail|hotmail|yahoo|protonmail|proton) (?:address|account"
    r"|adresse|e-?mail|mail)\b",
]

# a QR code to scan to continue the chat or join the call elsewhere (rule R28-F, red-team round
# 10 F9): "Scan the QR code in the attached image to continue our chat on my messaging app",
# « Scannez le QR code ... pour poursuivre notre échange »; not a badge's or a ticket's ("scan
# the QR code on your badge to check in")
_QR = r"(?:qr ?codes?|qr|code qr|codes qr)"
_QR_WHAT = (r"(?:continue|carry on|pursue|follow up|move) (?:(?:our|the|this) (?:chat|conversation"
            r"|discussion|exchange|talk)|(?:on|over|via|in|there|elsewhere))"
            r"|(?:add|message|contact|reach|text|ping|chat with|talk to|connect with|find|follow)"
            r" me\b|join (?:(?:the|our|my|this|your) )?(?:(?:video|online|technical|first|next)"
            r" )?(?:interview|call|meeting|chat|conversation|group|channel|room)\b"
            r"|(?:my|our) (?:messaging|chat) app")
_QR_WHAT_FR = (r"(?:poursuivre|continuer|prolonger) (?:(?:notre|la|cette) (?:echange|conversation"
               r"|discussion)|(?:sur|ailleurs|la-bas))|(?:m'ajouter|me contacter|m'ecrire"
               r"|me joindre|discuter)\b|rejoindre (?:l'|la |le |notre |votre )?(?:entretien"
               r"|appel|reunion|visio|conversation|groupe|canal)\b")
_QR_CHANNEL = [
    near(r"\bscan(?:ning)? (?:(?:the|this|that|our|my|a|an|attached|following|below) )*"
         + _QR + r"\b", r"\b(?:" + _QR_WHAT + r")", r"[^.!?;]{0,60}"),
    near(r"\b(?:to|in order to) (?:" + _QR_WHAT + r")", r"\bscan(?:ning)? (?:(?:the|this"
         r"|that|our|my|a|an|attached|following|below) )*" + _QR + r"\b", r"[^.!?;]{0,40}"),
    near(r"\bscann(?:ez|e|er) (?:(?:le|ce|mon|notre|un|l'|les) ?)?" + _QR + r"\b",
         r"\b(?:" + _QR_WHAT_FR + r")", r"[^.!?;]{0,60}"),
]

_HL_APP = "(?:" + "|".join(_APPS) + "|" + term("signal") + ")"
#: What makes an app name a channel in a profile text: a number or a handle right after it
#: ("WhatsApp +44 7700 900123", "Telegram: @aurora_hr", "WeChat ID: aurora88", "Signal
#: 06 39 98 12 34"; a bare handle after a colon only with a digit, "_" or "." in it, so that
#: "WhatsApp: Business API" is none), a request to write there before it ("DM me on
#: Telegram", « contactez-moi sur WhatsApp »), or the app as a verb or the only channel
#: ("WhatsApp me", "Telegram only"); and a t.me / wa.me link or a "tg @handle". An app name
#: alone is the sender's employer or product ("Recruiter at WhatsApp", "Signal Messenger LLC",
#: "WhatsApp Business API consultant"); a number alone is the sender's own (rule R26-C).
_HL_NUMBER = "(?:" + "|".join(_PHONE[:5]) + ")"
_HL_HANDLE = (r"@[a-z0-9_][a-z0-9_.]{2,31}\b"
              r"|(?:live:)?(?:[a-z0-9_.\-]{0,31}[a-z][a-z0-9_.\-]{0,31}[0-9_.]"
              r"|[a-z0-9_.\-]{0,31}[0-9_.][a-z0-9_.\-]{0,31}[a-z])[a-z0-9_.\-]{0,31}\b")
_HL_ID = r"(?:id|handle|username|user name|number|no|num|nr|numero|pseudo)"
_HL_CHANNEL = (
    _HL_APP + r"(?: ?(?:/|or|ou|&|and|et) ?(?:whatsapp|telegram|signal|wechat|viber|skype))?"
    r"(?: me)?"
    r"(?: ?(?:[:=#]|\b" + _HL_ID + r"\b\.?:?) ?\(?(?:" + _HL_NUMBER + r"|" + _HL_HANDLE + r")"
    r"| \(?" + _HL_NUMBER + r"| @[a-z0-9_][a-z0-9_.]{2,31}\b)"
)
_HL_ASK = (r"\b(?:dm|dms|message|text|ping|add|contact|reach|call|find|follow|write|chat with"
           r"|talk to|connect with|hit) me (?:up )?(?:on|via|over|at|through|in) (?:my )?"
           r"|\b(?:available|reachable|contactable|contact|reach out|dm|dms|chat|talk|connect"
           r"|let's (?:talk|chat|connect)) (?:on|via|over|through) "
           r"|\b(?:contactez|contacte|ecrivez|ecris|ajoutez|ajoute|joignez|appelez|appelle)"
           r"(?:-moi|-nous| moi| nous)? (?:sur|via|par) "
           r"|\b(?:joignable|disponible|dispo|contact) (?:sur|via|par) ")
_HL_NOT_SIGNAL = "(?:" + "|".join(_APPS) + ")"
_OFF_PLATFORM_PROFILE = (
    "(?:" + _HL_ASK + ")?" + _HL_CHANNEL,
    # a request before the app; "Signal" only where the name ends ("Talk on Signal
    # Integrity" is a conference talk)
    "(?:" + _HL_ASK + ")(?:" + _HL_NOT_SIGNAL + "|" + term("signal")
    + r"(?: ?[|,;.!?:(@+]| ?$| (?:or|ou|and|et|only)\b))",
    _HL_NOT_SIGNAL + r" (?:me|only|uniquement|seulement)\b",
    r"\bwa\.me/|\bt ?\. ?me ?/ ?[a-z0-9_]{1,40}|\btg ?(?::|-)? ?@[a-z0-9_]{3,32}\b",
)

OFF_PLATFORM_REQUEST = PatternSignal(
    name="off_platform_request",
    description="Asks to move the conversation off the platform: a messaging app, a personal "
    "e-mail address, a phone number, or 'let's continue elsewhere'.",
    category="contact",
    polarity="risk",
    source="M9: NPSA/CPNI Think Before You Link; FBI/NCSC; AIVD; DGSI 2018; ClearSky Dream Job; "
    "Mandiant UNC2970; LinkedIn 2022",
    patterns={"message": (*_APPS, _APP_SHORT, _SIGNAL_APP, _WORD_APPS, FREEMAIL, *_PHONE,
                          *_OFF_PLATFORM_PHRASES, *_QR_CHANNEL),
              **dict.fromkeys(PROFILE_TEXT, _OFF_PLATFORM_PROFILE)},
    # the bare dial-in numbers of a meeting tool's join instructions, and the "Skype" of
    # Webex's "Skype for Business" line (rules R28-A, R28-G); not where the block holds the
    # sender's own request ("+44 7700 900123 (text me)")
    unless_template=MEETING_TEMPLATE,
    template_cancels=r"[+(<]?(?:tel:)?[0-9][0-9 ().,#*/-]*[0-9#]>?|skype",
    template_void=SENDER_WORDS,
    # (the column path reads these in a pass of their own: in the field's superset they took
    # RE2's automaton past its memory, eight times slower; rule R28-F)
    own_pass=(_WORD_APPS, *_QR_CHANNEL),
    examples=(
        E("Écrivez-moi plutôt sur ma boîte Gmail.", lang="fr", spans=("ma boîte Gmail",)),
        E("Great profile! Easier to chat on WhatsApp, can you add me?", spans=("WhatsApp",)),
        E("Let's continue this conversation somewhere more private, LinkedIn is monitored.",
          spans=("continue this conversation somewhere more private",)),
        E("Ping me on T e l e g r a m: @aurora_hr", spans=("T e l e g r a m",)),
        E("Send it to my personal address anna.k(at)gmail(dot)com", spans=("my personal address",
          "anna.k(at)gmail(dot)com")),
        E("Call me on +44 7700 900123 tonight.", spans=("+44 7700 900123",)),
        E("Call me on +44 7700 900123 instead.\n\nMicrosoft Teams meeting\nJoin on your "
          "computer or mobile app\nOr call in (audio only)\n+1 323-555-0148,,881234567#",
          spans=("+44 7700 900123",), note="a number of the sender's own, beside a block (R28-A)"),
        E("Discutons plutôt sur Télégram, c'est plus discret que LinkedIn.", lang="fr",
          spans=("Télégram", "plus discret que LinkedIn")),
        E("Écrivez-moi sur mon adresse perso : l.marchand@proton.me", lang="fr",
          spans=("l.marchand@proton.me",)),
        E("Envoyez-moi plutôt un mail sur mon adresse gmail.", lang="fr",
          spans=("mon adresse gmail",)),
        E("Better to send it to my personal gmail.", spans=("my personal gmail",)),
        E("Mon numéro : 06 39 98 12 34, on continue ailleurs.", lang="fr",
          spans=("06 39 98 12 34",)),
        E("Easier to talk on what's app, add me please.", spans=("what's app",)),
        E("Écrivez-moi sur Telegram plutôt, tg : @aurora_hr", lang="fr",
          spans=("Telegram", "tg : @aurora_hr")),
        E("Can we move to S1gnal? Send me your number.", spans=("move to S1gnal?",)),
        E("Continuons la conversation sur Signal.", lang="fr",
          spans=("Continuons la conversation sur Signal.",)),
        E("Hello", fields={"sender_headline": "Talent Partner | WhatsApp +44 7700 900123"},
          spans=("WhatsApp +44 7700 900123",), note="in the sender's headline (R26-C)"),
        E("Bonjour", lang="fr", fields={"sender_company": "Cabinet Aurora | Contactez-moi sur "
                                                          "Telegram"},
          spans=("Contactez-moi sur Telegram",), note="in the sender's company (R26-C)"),
        # apps whose names are words, in an app's context (rule R28-F, red-team round 10 F9)
        E("Let's continue on Session, my ID is 05ab12.", spans=("continue on Session,",)),
        E("Send me a message, my Session ID is 05ab12f9.", spans=("my Session ID",)),
        E("Let's continue on Element, I am @anna:matrix.org.",
          spans=("continue on Element,", "@anna:matrix.org")),
        E("My Element/Matrix handle is below, ping me there.",
          spans=("My Element/Matrix handle",)),
        E("Let's continue on SimpleX, here is my link.", spans=("continue on SimpleX,",)),
        E("Add me on Wire, my handle is @anna_p.", spans=("Add me on Wire,",)),
        E("I only use Briar these days: install the Briar app and add me.",
          spans=("Briar app",)),
        E("Continuons sur Olvid, c'est plus sûr.", lang="fr", spans=("Continuons sur Olvid,",)),
        E("Ajoutez-moi sur Wire : @anna_p", lang="fr", spans=("Ajoutez-moi sur Wire :",)),
        E("Mon identifiant Session est 05ab12f9, écrivez-moi là-bas.", lang="fr",
          spans=("Mon identifiant Session",)),
        # a QR code to continue or join elsewhere (rule R28-F, red-team round 10 F9)
        E("Scan the QR code in the attached image to continue our chat on my messaging app.",
          spans=("Scan the QR code in the attached image to continue our chat",)),
        E("Scan the QR code in the PDF to join the interview.",
          spans=("Scan the QR code in the PDF to join the interview",)),
        E("To carry on over there, just scan this QR code.",
          spans=("To carry on over there, just scan this QR code",)),
        E("Scannez le QR code de l'image jointe pour poursuivre notre échange sur mon "
          "application.", lang="fr",
          spans=("Scannez le QR code de l'image jointe pour poursuivre notre échange",)),
        E("Scanne ce code QR pour m'ajouter, c'est plus simple.", lang="fr",
          spans=("Scanne ce code QR pour m'ajouter",)),
    ),
    counterexamples=(
        E("Nous enverrons ton ordinateur à ton adresse personnelle.",
          lang="fr",
          note="a home address (R19-G)"),
        E("Sorry for the delay, your message landed in my Gmail spam folder."),
        E("Si c'est plus simple, écrivez-moi à jane.doe@acme-robotics.com.", lang="fr",
          note="a company address (R19-F)"),
        E("I've sent the invite from my Outlook calendar; the call is on Teams.",
          note="Outlook is a calendar too (R18-F)"),
        E("Please reply to j.moreau@northwind-robotics.com with your CV.",
          fields={"sender_company_url": "https://www.northwind-robotics.com"},
          note="corporate e-mail on the sender's own domain"),
        E("Our signal processing team in Bristol is hiring a senior DSP engineer.",
          note="'signal' as a word, not the app"),
        E("Would you consider a move to signal processing or to embedded work?"),
        E("Envoyez votre candidature à recrutement@atelier-lumen.fr avant le 30 juin.", lang="fr",
          fields={"sender_company_url": "atelier-lumen.fr"}),
        E("Salary £85,000 - £95,000, start in 2025 at our Leeds site.",
          note="salary and year are not phone numbers"),
        E("What's up? What's appealing about this role is the team."),
        E("Review the paper: https://github.com/openjournals/joss-papers/blob/joss.00671/joss.00671/"
          "10.21105.joss.00671.pdf", note="a DOI in a link is not a phone number"),
        E("Voir l'article : https://doi.org/10.21105/joss.00671 avant lundi.", lang="fr",
          note="un DOI n'est pas un numéro de téléphone"),
        E("Le TG de l'équipe (tg) se réunit lundi.", lang="fr"),
        E("Hello", fields={"sender_headline": "Recruiter at WhatsApp | +44 7700 900123",
                           "sender_company": "Signal Messenger LLC"},
          note="the sender's employer and own number (R26-C)"),
        E("Hello", fields={"sender_headline": "Recruiter at WhatsApp - +44 7700 900123"},
          note="a dash separates the employer from the number (review33)"),
        E("Bonjour", lang="fr", fields={"sender_headline": "Ingénieure traitement du signal"}),
        E("See you Tuesday.\n\nMicrosoft Teams meeting\nJoin on your computer or mobile app\n"
          "Click here to join the meeting\nOr call in (audio only)\n+1 323-555-0148,,881234567#"
          " United States, Los Angeles\nPhone Conference ID: 881 234 567#",
          note="a meeting tool's dial-in number (R28-A)"),
        E("À mardi.\n\nRéunion Microsoft Teams\nRejoindre sur votre ordinateur ou votre "
          "application mobile\nCliquez ici pour rejoindre la réunion\nOu composer le numéro "
          "(audio uniquement)\n+33 1 70 55 01 23,,881234567# France, Paris", lang="fr",
          note="R28-A"),
        # the apps' names as words (rule R28-F)
        E("I'd love to set up a session with the team next week."),
        E("We'll cover session management and the session ID cookie in the interview."),
        E("The signing bonus is paid by wire transfer on your first day."),
        E("Connect via wire, the Wi-Fi in the interview room is slow.",
          note="a cable, not the app (R28-F review)"),
        E("Think of hydrogen, the first element of the periodic table."),
        E("Our work on Element and Matrix protocol bridges is open source."),
        E("He wrote the simplex solver; we rely on wire protocols."),
        E("Strong skills in linear algebra (work on matrix, tensor and simplex methods)."),
        E("I'm on session duty this week, so let's talk on Monday."),
        E("Une session de formation est prévue sur place à Lyon.", lang="fr"),
        E("Le tarif est de 50 € par session, virement à réception.", lang="fr"),
        # a badge's or a ticket's QR code (rule R28-F)
        E("Scan the QR code on your badge to check in at the conference entrance."),
        E("At the career fair, scan the QR code on our stand to see the open roles."),
        E("Scannez le QR code de votre badge à l'entrée du salon.", lang="fr"),
        E("Le QR code de la convocation vous permettra d'accéder au bâtiment.", lang="fr"),
    ),
)

CORPORATE_CONTACT = CallableSignal(
    name="corporate_contact",
    description="Gives a contact e-mail address on the sender's own company domain, which can "
    "be checked against the company website.",
    category="benign",
    polarity="benign",
    source="M9 (disambiguation) and P9: corporate e-mail matching sender_company_url",
    detector=d.corporate_contact,
    prefilter=(("message", r"@|\(at\)|\[at\]|\{at\}| arobase | at [a-z0-9\-]{1,63} ?(?:\(dot\)"
                r"|\[dot\]|\{dot\}|dot |point )", False),),
    requires=("sender_company_url",),
    fast=d.corporate_contact_fast,
    reads=("message", "sender_company_url"),
    examples=(
        E("Reach me at priya.nair@helix-quantum.io to book a call.",
          fields={"sender_company_url": "https://helix-quantum.io"},
          spans=("priya.nair@helix-quantum.io",)),
        E("Mon adresse : c.dupont@recrutement.atelier-lumen.fr", lang="fr",
          fields={"sender_company_url": "www.atelier-lumen.fr"},
          spans=("c.dupont@recrutement.atelier-lumen.fr",)),
    ),
    counterexamples=(
        E("Reach me at priya.nair@gmail.com", fields={"sender_company_url": "helix-quantum.io"}),
        E("Écrivez à c.dupont@autre-societe.fr", lang="fr",
          fields={"sender_company_url": "atelier-lumen.fr"}),
        E("Reach me at priya.nair@helix-quantum.io", note="company URL unknown: cannot verify"),
    ),
)

# --------------------------------------------------------------------------------------------
# employer
# --------------------------------------------------------------------------------------------
_ORG = (r"(?:client|clients|principal|principals|partner|partners|employer|organisation"
        r"|organization|institution|institutions|fund|group|sponsor|sponsors|company|firm)")
#: The employer or client in French, as ``_ORG`` in English
_ORG_FR = (r"\b(?:clients?|clientes?|commanditaires?|employeurs?|entreprises?|societes?"
           r"|groupes?|mandants?|partenaires?|fonds|cabinets?)\b")
VAGUE_EMPLOYER = PatternSignal(
    name="vague_employer",
    description="Keeps the employer or client vague or unnamed: 'my client prefers to remain "
    "anonymous', 'overseas institutions', a group of 'friends'.",
    category="employer",
    polarity="risk",
    source="M3/P4: CPNI TBYL (unspecified clients); FBI (no verifiable company information); "
    "DGSI 2018; Dickson Yeo ('clients in Asia')",
    patterns={
        "message": (
            near(_ORG, r"\b(?:prefer|prefers|wish|wishes|would like|want|wants|likes|like|needs"
                 r"|need) to (?:remain|stay|be kept|keep) (?:anonymous|unnamed|discreet"
                 r"|in the background|out of the spotlight|nameless|private)", r"[^.!?]{0,30}"),
            r"\b(?:cannot|can't|can not|not able to|unable to|not at liberty to|not allowed to"
            r"|won't|will not) (?:yet |currently |at this stage |at the moment |for now )?"
            r"(?:name|disclose|reveal|share|say|tell you) (?:yet )?(?:the |my |our |who"
            r" )?(?:name of (?:the |my |our )?)?(?:client|clients|employer|principal|partner"
            r"|company|organisation|organization|fund|group|sponsor|firm|they are|it is)\b",
            # as « je ne peux pas vous communiquer son nom » (probe10, R20-B), the organisation
            # named before (not a journalist's "we will not reveal their identity"; R20-F)
            near(_ORG, r"\b(?:cannot|can't|can not|not able to|unable to|not at liberty to"
                 r"|not allowed to|won't|will not) (?:yet |currently |at this stage |at the moment"
                 r" |for now )?(?:name|disclose|reveal|share|say|tell you|give you|give) (?:their"
                 r"|its) (?:name|identity)\b", r"[^.!?]{0,60}"),
            r"\b" + _ORG + r",? whose (?:name|identity) (?:i|we)(?:'ll| will| can| could)"
            r" (?:only )?(?:share|disclose|reveal|give you|tell you) (?:later|at a later stage"
            r"|further along|once|after|in (?:a|the) (?:later|next|second))\b",
            # "my client, whose name I cannot share yet"
            r"\b" + _ORG + r",? whose (?:name|identity) (?:i|we) (?:cannot|can't|can not|am not"
            r" able to|are not able to|am unable to|are unable to|won't|will not|am not allowed to"
            r"|am not at liberty to) (?:yet |currently |at this stage |for now )?(?:share|disclose"
            r"|reveal|give|tell you|name|mention)\b",
            r"\b(?:i|we) (?:represent|work for|act for|act on behalf of|advise|am advising"
            r"|are advising|work with|am working with) (?:a|an|some|several|certain|a few)"
            r" (?:group|network|circle|consortium|clients|client|friends|partners|institutions"
            r"|people|parties|investors|organisations|organizations)\b",
            r"\b(?:overseas|foreign|international|asian|institutional|government-linked"
            r"|state-linked|state-backed|well-connected|influential) (?:clients|client"
            r"|institutions|partners|principals|sponsors|friends)\b",
            # the passive: "a client in aerospace, they can't be named at this stage"
            # (the client before the verb: "your name will not be disclosed to the client" is a
            # privacy promise; "they" or "it" only with "named")
            near(r"\b(?:client|clients|employer|company|principal|organi[sz]ation)(?:'s (?:name"
                 r"|identity))?", r"\b(?:can't|cannot|can not|won't|will not|couldn't) be"
                 r" (?:named|disclosed|revealed|identified)\b", r"[^.!?]{0,30}"),
            r"\b(?:they|it) (?:can't|cannot|can not|won't|will not) be named\b",
            r"\b(?:unnamed|undisclosed|anonymous|unidentified|discreet) (?:client|clients"
            r"|principal|partner|partners|investor|investors|fund|sponsor|employer)\b",
            r"\b(?:clients|partners|friends) (?:in|from) (?:asia|the region|abroad|overseas)\b",
            r"\b(?:my|our|some) friends (?:in|at|abroad|overseas|who)\b",
            # French
            near(r"\b(?:client|clients|commanditaire|mandant|partenaire|fonds|groupe|employeur)",
                 r"\b(?:souhaite|souhaitent|prefere|preferent|tient|tiennent|desire) (?:a )?"
                 r"(?:rester|garder l'|demeurer) ?(?:anonyme|discret|discrete|dans l'ombre"
                 r"|confidentiel|anonymat)", r"[^.!?]{0,30}"),
            r"\b(?:je|nous) (?:represente|representons|travaille pour|travaillons pour|conseille"
            r"|conseillons|agis pour|agissons pour) (?:un|une|des|plusieurs|certains|quelques)"
            r" (?:groupe|cercle|reseau|clients|client|partenaires|institutions|amis|personnes"
            r"|investisseurs)\b",
            r"\b(?:clients|client|institutions|partenaires|commanditaires|amis)"
            r" (?:etrangers|etrangeres|etranger|internationaux|institutionnels|a l'etranger)\b",
            # as "clients in Asia" (probe9, R19-G)
            r"\b(?:clients|partenaires|amis) (?:bases |situes )?en (?:asie|la region)\b",
            # whose name: the client's (« le nom du client », « un client dont je ne peux pas
            # donner le nom »), not a manager's to come
            r"\b(?:ne peux|ne pouvons|ne puis|pas en mesure de|pas autorise a) (?:pas )?"
            r"(?:encore |pour l'instant |pour le moment |a ce stade )?(?:vous )?(?:reveler"
            r"|divulguer|devoiler|citer|donner|communiquer|nommer|dire) (?:son nom|leur nom|le client"
            r"|(?:le nom|l'identite) (?:a ce stade|pour l'instant|pour le moment|maintenant)"
            r"|(?:le nom|l'identite) ?[.!?;]|(?:le nom|l'identite) d[eu] (?:mon |ma |notre |leur"
            r" |votre |ce |cet |cette |l'|la )?(?:client|cliente|commanditaire|employeur"
            r"|entreprise|societe|groupe|mandant|partenaire|fonds|cabinet))",
            near(_ORG_FR,
                 r"\bdont (?:je|nous) (?:ne peux|ne pouvons|ne puis) (?:malheureusement |helas |evidemment |vraiment )?(?:pas )?(?:encore "
                 r"|pour l'instant |pour le moment |a ce stade )?(?:vous )?(?:reveler|divulguer"
                 r"|devoiler|citer|donner|communiquer|dire) (?:le nom|l'identite)\b",
                 r"[^.!?]{0,40}"),
            # as "a client whose name I can share later" (R20-F)
            near(_ORG_FR,
                 r"\bdont (?:je|nous) (?:vous )?(?:communiquerai|communiquerons|donnerai"
                 r"|donnerons|pourrai vous (?:communiquer|donner|dire)|pourrons vous (?:communiquer"
                 r"|donner|dire)) le nom (?:plus tard|ulterieurement|a un stade ulterieur|lors"
                 r" d'un)\b", r"[^.!?]{0,40}"),
            # « un grand groupe que je ne peux pas nommer »
            near(_ORG_FR,
                 r"\bque (?:je|nous) (?:ne peux|ne pouvons|ne puis) (?:malheureusement |helas |evidemment |vraiment )?(?:pas )?(?:encore "
                 r"|pour l'instant |pour le moment |a ce stade )?(?:vous )?(?:nommer|citer"
                 r"|reveler|divulguer|devoiler)\b", r"[^.!?]{0,40}"),
            r"\b(?:client|commanditaire|partenaire) (?:non nomme|anonyme|non identifie)\b",
            near(r"\b(?:client|clients|commanditaire|employeur|mandant|entreprise|societe)",
                 r"\b(?:ne peut|ne peuvent|ne pourra|ne pourront) (?:pas )?(?:encore )?etre"
                 r" (?:nomme|revele|divulgue|communique|cite)e?s?\b", r"[^.!?]{0,30}"),
            # an application claimed for an unnamed job at an unnamed company (M3: no title, no
            # employer; F1: approaches to people who never applied)
            r"\b(?:you|u) (?:have |'ve )?(?:recently |just )?(?:applied|submitted an application"
            r"|sent an application) (?:for|to) (?:a|an|one of our|some) (?:job|position|role"
            r"|vacancy|opening|post|employment)s? (?:in|at|with|within) (?:our|this|the) (?:company"
            r"|firm|organi[sz]ation|business|agency|group)\b",
            r"\b(?:vous avez|tu as) (?:recemment )?(?:postule|candidate|envoye une candidature)"
            r" (?:pour|a) (?:un|une) (?:emploi|poste|offre|job|offre d'emploi) (?:dans|chez|au sein"
            r" de|a|de) (?:notre|cette|la) (?:societe|entreprise|compagnie|structure|agence)\b",
            r"\bidentite (?:reste|restera|demeure) (?:floue|confidentielle|anonyme)\b",
            # the employer's identity withheld in other words: "would rather not disclose its
            # name", "prefers not to be named", "can't say the company name yet"
            near(_ORG, r"\b(?:would rather not|'d rather not|prefers? not to|does not want to"
                 r"|doesn't want to|do not want to|don't want to|asked me not to|asked us not to)"
                 r" (?:be (?:named|identified)|(?:disclose|reveal|share|give|publish) (?:its|their"
                 r"|his|her) (?:name|identity))\b", r"[^.!?]{0,40}"),
            r"\b(?:cant|cannot|can't|can not|not able to|unable to|not allowed to|not at liberty"
            r" to|not authori[sz]ed to) (?:yet |currently |at this stage |for now )?(?:say|share"
            r"|disclose|reveal|give|tell you|give you|mention) (?:the |my |our )?(?:client|clients"
            r"|company|employer|firm|organi[sz]ation|fund|group|principal)(?:'s)? (?:name|identity)\b",
            r"\b(?:can't|cannot|can not|cant) (?:say|tell you|share|reveal|disclose) (?:much |more"
            r" |a lot |too much )?about who (?:they|the client|my client|the company|it) (?:is|are)\b",
            r"\b(?:undisclosed|unnamed|anonymous|discreet|confidential) (?:[a-z\-]+ )?(?:consultancy"
            r"|organi[sz]ation|entity|investor group|consortium)\b",
            r"\b(?:foreign|overseas) customers\b",
            # a role without a title or description said as such (M3: "no job title ... no JD")
            r"\b(?:role|position|job|engagement|assignment|mission) (?:has|comes with|carries)"
            r" no (?:fixed |formal |set |real |specific |official )?(?:title|job title|job"
            r" description|description|job spec)\b",
            r"\bthere (?:is|'s) no (?:fixed |formal |real |specific |official )?(?:job title|job"
            r" description|jd|job spec)(?: as such| to speak of| for (?:it|this|the role))?\b",
            r"\b(?:il n'y a|il n'existe|sans|pas de|aucune?) (?:pas )?(?:de |d')?(?:fiche de poste"
            r"|intitule de poste|description de poste)(?: (?:precise|formelle|a proprement parler))?\b",
            r"\bpas (?:d'un|un) (?:poste|emploi|job) au sens (?:classique|strict|traditionnel"
            r"|habituel)\b",
            # French: the organisation that may not be named, in a pronoun
            near(r"\b(?:clients?|clientes?|commanditaires?|employeurs?|entreprises?|societes?"
                 r"|groupes?|mandants?|partenaires?|fonds|cabinets?|structures?|organismes?"
                 r"|organisations?)\b",
                 r"\b(?:ne (?:suis|sommes) (?:pas )?autorisee?s? (?:ni )?a|ne peux pas|ne pouvons"
                 r" pas|peux pas|sans pouvoir|interdit de) (?:vous |te )?(?:le|la|les) (?:nommer"
                 r"|citer|devoiler|reveler)\b", r"[^.!?]{0,40}"),
            r"\b(?:dire|reveler|preciser|devoiler|en dire) (?:plus |trop |grand-chose |beaucoup )?"
            r"sur (?:qui (?:ils|elles|il|elle) (?:sont|est)|l'identite d[eu] (?:mon |notre |ce )?"
            r"(?:client|commanditaire|mandant|groupe|partenaire))\b",
            r"\b(?:partenaires|clients|commanditaires) (?:bases|situes|installes) (?:a l'etranger"
            r"|hors d'europe|hors de l'union europeenne|hors ue)\b",
        )
    },
    examples=(
        E("Un groupe étranger de premier plan, dont je ne peux malheureusement pas citer le "
          "nom, m'a chargé d'identifier quelques experts.", lang="fr",
          spans=("groupe étranger de premier plan, dont je ne peux malheureusement pas citer le "
                 "nom",), note="an adverb before « pas » (set C, R23-B)"),
        E("Je recrute pour un client dont je vous communiquerai le nom plus tard.",
          lang="fr",
          spans=("client dont je vous communiquerai le nom plus tard",),
          note="as 'whose name I can share later' (R20-F)"),
        E("A client whose name I can share later in the process.",
          spans=("client whose name I can share later",)),
        E("I recruit for a defence group; I can't disclose their name.",
          spans=("can't disclose their name",),
          note="as « je ne peux pas vous communiquer son nom » (R20-B)"),
        E("Je représente des clients en Asie.", lang="fr", spans=("Je représente des clients",)),
        E("My client prefers to remain anonymous at this stage, but the work is well paid.",
          spans=("client prefers to remain anonymous",)),
        E("I represent a group of overseas institutions interested in your field.",
          spans=("I represent a group", "overseas institutions")),
        E("Je représente des partenaires étrangers qui apprécient votre expertise.", lang="fr",
          spans=("Je représente des partenaires",)),
        E("Notre commanditaire souhaite rester anonyme pour le moment.", lang="fr",
          spans=("commanditaire souhaite rester anonyme",)),
        E("I'm recruiting for a client in aerospace; they can't be named at this stage.",
          spans=("they can't be named",)),
        E("Le nom de notre client ne peut pas être communiqué à ce stade.", lang="fr",
          spans=("client ne peut pas être communiqué",)),
        E("I'm hiring for a firm in aerospace, but I can't yet name the client.",
          spans=("can't yet name the client",)),
        E("Je recrute pour un client de l'aérospatial dont je ne peux pas encore vous donner "
          "le nom.", lang="fr",
          spans=("client de l'aérospatial dont je ne peux pas encore vous donner le nom",)),
        E("Je ne peux pas révéler le nom pour l'instant.", lang="fr",
          spans=("ne peux pas révéler le nom pour l'instant",)),
        E("My client, whose name I cannot share yet, is interested in your expertise.",
          spans=("client, whose name I cannot share",)),
        E("The company I represent wishes to remain anonymous for now.",
          spans=("company I represent wishes to remain anonymous",)),
        E("Il s'agit d'un grand groupe international que je ne peux pas nommer.", lang="fr",
          spans=("groupe international que je ne peux pas nommer",)),
        E("Je travaille pour une société dont je ne peux pas dévoiler le nom.", lang="fr",
          spans=("société dont je ne peux pas dévoiler le nom",)),
        E("The fund I advise would rather not be named until the second call.",
          spans=("fund I advise would rather not be named",)),
        E("I'm not able to share the company's name, it's a consulting thing.",
          spans=("not able to share the company",)),
        E("This engagement has no fixed title; we'd shape it around you.",
          spans=("engagement has no fixed title",)),
        E("Le groupe que j'accompagne, je ne suis pas autorisé à le nommer.", lang="fr",
          spans=("groupe que j'accompagne, je ne suis pas autorisé à le nommer",)),
        E("Je ne peux pas en dire plus sur qui ils sont, désolé.", lang="fr",
          spans=("en dire plus sur qui ils sont",)),
        E("Ce n'est pas un poste au sens classique, il n'y a pas de fiche de poste.", lang="fr",
          spans=("pas un poste au sens classique", "il n'y a pas de fiche de poste")),
    ),
    counterexamples=(
        E("Our sources asked to remain anonymous; we will not reveal their identity.",
          note="a journalist's promise (review12, R20-F)"),
        E("I'm hiring for Helix Quantum's control-systems team in Delft (ref HQ-2291)."),
        E("Je recrute pour Atelier Lumen, PME lyonnaise de 80 personnes.", lang="fr"),
        # privacy promises and undisclosed figures, not an unnamed employer
        E("Your name will not be disclosed to the client without your consent."),
        E("The salary cannot be disclosed before the first interview."),
        E("Vos coordonnées ne pourront pas être communiquées à des tiers.", lang="fr"),
        E("We can't yet share the salary band; the client is Helix Quantum in Delft."),
        E("Je ne peux pas encore vous donner le nom du manager, l'entreprise est Atelier Lumen.",
          lang="fr", note="a manager's name to come, the employer is named"),
        E("La manager, dont je ne peux pas encore vous donner le nom, vous appellera.",
          lang="fr"),
        E("We can't share the salary yet; the client is Helix Quantum, Delft.",
          note="a figure withheld, the client named"),
        E("The company doesn't want to be late on the release, so we hire now."),
        E("There's no job description yet for the intern role at Helix; I'll send it Monday."),
        E("Le poste est décrit dans la fiche de poste jointe (réf. AL-22).", lang="fr"),
        E("Notre manager ? Je ne peux pas le nommer avant son arrivée, mais l'entreprise est "
          "Atelier Lumen.", lang="fr"),
    ),
)

_GENERIC_WORDS = (
    r"global|international|intl|worldwide|elite|premier|prime|strategic|strategy|executive"
    r"|consulting|consultancy|consultants|consultant|partners|partnership|group|talent|talents"
    r"|solutions|advisory|advisors|advisers|associates|holdings|search|services|resources|human"
    r"|capital|management|recruitment|recruiting|staffing|network|networks|ventures|insight"
    r"|insights|research|development|the|and|&|of|ltd|llc|inc|limited|co|sarl|sas|sa|gmbh|plc"
    r"|conseil|conseils|groupe|strategie|strategique|cabinet|recrutement|hr|rh|headhunting"
    r"|headhunters|agency|bureau|office|hub|alliance|link|links|connect|connections|career"
    r"|careers|opportunities|opportunity|projects|exchange|future|innovation|innovations|tech"
)
GENERIC_COMPANY = PatternSignal(
    name="generic_company",
    description="The sender's company name is made only of generic words ('Global Consulting "
    "Partners', 'Elite Talent Group'), so it cannot be checked.",
    category="employer",
    polarity="risk",
    source="P4/P5: CPNI TBYL ('generic, non-descript consultancy or recruitment company'); BfV "
    "2017 ('RiseHR')",
    patterns={"sender_company": (r"^(?:(?:" + _GENERIC_WORDS + r")[ ,.&\-]*){2,}$",)},
    examples=(
        E("Hello", fields={"sender_company": "Global Strategic Partners"},
          spans=("Global Strategic Partners",)),
        E("Bonjour", lang="fr", fields={"sender_company": "Cabinet Conseil International"},
          spans=("Cabinet Conseil International",)),
    ),
    counterexamples=(
        E("Hello", fields={"sender_company": "Helix Quantum Ltd"}),
        E("Bonjour", lang="fr", fields={"sender_company": "Atelier Lumen"}),
        E("Hello", fields={"sender_company": ""}, note="unknown company is not a red flag"),
    ),
)

BRAND_DOMAIN_MISMATCH = CallableSignal(
    name="brand_domain_mismatch",
    description="Claims a well-known employer but uses a look-alike web or e-mail domain that is "
    "not the brand's own.",
    category="employer",
    polarity="risk",
    source="M13/P6: ESET In(ter)ception; ClearSky Dream Job; Qualys (Lockheed Martin lures)",
    detector=d.brand_domain_mismatch,
    fast=d.brand_domain_mismatch_fast,
    prefilter=(("sender_company_url", d.BRAND_PREFILTER_URL, False),
               ("message", d.BRAND_PREFILTER_MESSAGE, False)),
    reads=("message", "sender_company", "sender_headline", "sender_company_url"),
    examples=(
        E("Notification Indeed - connectez-vous à votre espace candidat : "
          "http://indeed-candidat-espace.net/confirm",
          lang="fr", spans=("Indeed", "http://indeed-candidat-espace.net/confirm",), note="(R21-I)"),
        E("Indeed notification - your application has been shortlisted! Log in to confirm: "
          "http://indeed-candidat-espace.net/confirm",
          spans=("Indeed", "http://indeed-candidat-espace.net/confirm",),
          note="a job board's look-alike (R21-I)"),
        E("I'm in talent acquisition for Lockheed Martin, apply via our portal.",
          fields={"sender_company_url": "https://lockheedmartin-careers.net"},
          spans=("Lockheed Martin", "https://lockheedmartin-careers.net")),
        E("Recrutement Thales : déposez votre CV sur thales-recrutement-groupe.fr", lang="fr",
          spans=("Thales", "thales-recrutement-groupe.fr")),
    ),
    counterexamples=(
        E("Indeed, we liked your profile; see https://www.acme.com/careers",
          note="the adverb, another company's site (R21-I)"),
        E("Offre publiée sur France Travail : https://candidat.francetravail.fr/offres/123",
          lang="fr", note="(R21-I)"),
        E("Apply on Indeed: https://fr.indeed.com/viewjob?jk=123 or on "
          "https://www.linkedin.com/jobs/view/1",
          note="the boards' own sites (R21-I)"),
        E("I'm in talent acquisition for Lockheed Martin.",
          fields={"sender_company_url": "https://www.lockheedmartin.com/careers"}),
        E("Je recrute pour Thales à Élancourt.", lang="fr",
          fields={"sender_company_url": "https://www.thalesgroup.com"}),
    ),
)

LOOKALIKE_DOMAIN = CallableSignal(
    name="lookalike_domain",
    description="Two ASCII domains of one approach read alike: one edit (from 5 characters "
    "against the company's, else 10, or 5 for a doubled letter, l/i, m/n), or 1 for l, 0 for "
    "o, rn for m, vv for w (acmetech.io, acrnetech.io).",
    category="employer",
    polarity="risk",
    source="F9: RED-FLAGS F9 ('a single letter changed in the domain'); LinkedIn Help "
    "(mismatched email or website domains); Action Fraud (copying genuine company websites); "
    "rule R30-D",
    detector=d.lookalike_domain,
    fast=d.lookalike_domain_fast,
    prefilter=(("message", d.LOOKALIKE_PREFILTER_MESSAGE, False),
               ("sender_company_url", d.LOOKALIKE_PREFILTER_URL, False)),
    reads=("message", "sender_company_url"),
    examples=(
        E("Envoyez votre CV à rh@orvalis-consei1.fr avant vendredi.", lang="fr",
          fields={"sender_company_url": "https://www.orvalis-conseil.fr"},
          spans=("https://www.orvalis-conseil.fr", "rh@orvalis-consei1.fr"),
          note="a letter for a digit, against the company's site"),
        E("Please write to hr@acrnetech.io with your CV and availability.",
          fields={"sender_company_url": "https://www.acmetech.io"},
          spans=("https://www.acmetech.io", "hr@acrnetech.io"), note="rn for m"),
        E("We are Northwind Robotics (northwind-robotics.com). Complete your onboarding on "
          "https://northwind-robotlcs.com/portal",
          spans=("northwind-robotics.com", "https://northwind-robotlcs.com/portal"),
          note="two domains of the message, one letter substituted"),
        E("Retrouvez l'offre sur https://careers.helixquantum.eu et répondez à "
          "recrutement@helixqunatum.eu", lang="fr",
          spans=("https://careers.helixquantum.eu", "recrutement@helixqunatum.eu"),
          note="two adjacent letters swapped"),
        E("Your account manager at Micr0soft: jobs@micr0soft.com. Teams invite to follow.",
          fields={"sender_company_url": "https://www.microsoft.com"},
          spans=("https://www.microsoft.com", "jobs@micr0soft.com"),
          note="a digit inside the name, which the matching form reads as a letter: hosts are "
          "read as written"),
        E("Merci d'envoyer vos documents à paie@atelier-lurnen.fr (copie à "
          "rh@atelier-lumen.com).", lang="fr",
          spans=("paie@atelier-lurnen.fr", "rh@atelier-lumen.com"),
          note="rn for m, another suffix"),
    ),
    counterexamples=(
        E("Our site is acme.com and our French office is at acme.fr.",
          note="the same name under another suffix: one organisation"),
        E("Les offres sont sur https://careers.orvalis-conseil.fr, écrivez à "
          "rh@orvalis-conseil.fr", lang="fr",
          fields={"sender_company_url": "https://www.orvalis-conseil.fr"},
          note="subdomains of the company's own domain"),
        E("I'm with Talentbridge Search (talentbridge.co.uk), recruiting for our client "
          "Helix Quantum (helixquantum.com).",
          fields={"sender_company_url": "https://www.talentbridge.co.uk"},
          note="an agency's domain and its client's"),
        E("Apply on acme-careers.com or see acme.com/about.",
          note="a name that only adds a word"),
        E("Cabinet Orvalis (orvalis.fr) recrute pour un client : voir https://www.nexity.fr",
          lang="fr", note="two unrelated domains"),
        E("You can reach me at jane.doe@gmail.com or on our site https://www.helixquantum.com",
          note="a free-mail address next to a company domain"),
        E("Écrivez à marie.dupont@acme.fr ou à maria.dupont@acme.fr", lang="fr",
          note="the user parts of addresses are no domains (and are people's names)"),
        E("Voir les sites nexa.io et nexo.io, deux clients.", lang="fr",
          note="names shorter than five letters one edit apart: two companies, not a "
          "look-alike"),
        E("Past editions: https://devsummit2024.org and https://devsummit2025.org",
          note="a digit for a digit"),
        E("Merci d'envoyer vos documents à paie@atelierlumen.fr (copie à "
          "rh@atelier-lumen.com).", lang="fr",
          note="a hyphen dropped: the same name (em-lyon.com, emlyon.com; rule R31-D2)"),
        E("Postdoc à l'IRISA. Contact : jean.martin@univ-rennes1.fr", lang="fr",
          fields={"sender_company_url": "https://www.univ-rennes.fr"},
          note="a digit added: a numbering (rule R31-D2)"),
        E("Attached: contract.pdf and contract2.pdf, please sign both.",
          note="file names are no domains (rule R31-D2)"),
        E("Profiles from ENSAE or ENSAI welcome (ensae.fr, ensai.fr).",
          note="two short names one letter apart, neither the company's: two schools "
          "(rule R31-D2)"),
        E("Visit BigIdeas.io for the role",
          note="a capital I, read twice by the matching form, is one host (rule R31-D2)"),
    ),
)

THINK_TANK_COVER = PatternSignal(
    name="think_tank_cover",
    description="Uses a think-tank, academy or 'exchange of views' cover: closed-door "
    "roundtables, a forum or centre that wants non-public views.",
    category="employer",
    polarity="risk",
    source="M16/P7: BfV 2017 (fake think-tankers and scholars); Mallory (SASS cover); DGSI 2018; "
    "NCSC 2025",
    patterns={
        f: (
            r"\b(?:closed-door|closed door|private|invitation-only|invitation only|informal"
            r"|off-the-record|off the record|restricted|select|small) (?:expert )?(?:roundtable"
            r"|round table|round-table|seminar|workshop|forum|dialogue|salon|briefing|circle"
            r"|gathering|symposium)s?\b",
            r"\bexchange (?:of )?views\b|\bexchange views\b",
            r"\b(?:academy|academie) (?:of|des|de) (?:social )?sciences\b",
            r"\b(?:development|strategic|eurasian|sino-\w{1,20}|cross-strait|belt and road) studies\b",
            r"\b(?:sino|euro|eurasia|asia)[- ](?:european|china|asia|pacific)? ?(?:dialogue"
            r"|exchange|cooperation|friendship) (?:centre|center|forum|institute|association"
            r"|council|society)\b",
            r"\b(?:cercle|club|forum|groupe) (?:de reflexion|prive|ferme|restreint|informel)\b",
            r"\bechanges? de vues\b",
            # as "strategic / development / Sino-X studies" (probe9, R19-G)
            r"\betudes (?:strategiques|eurasiennes|du developpement|pour le developpement)\b"
            r"|\betudes (?:strategiques )?sino-\w{1,20}\b|\b(?:centre|institut|forum|association"
            r"|conseil|societe) (?:de |d'|pour la |pour le )?(?:cooperation|dialogue|amitie"
            r"|echanges?) sino-\w{1,20}\b",
            r"\b(?:table ronde|seminaire|atelier|reunion) (?:fermee?|privee?|a huis clos"
            r"|restreinte?|informelle?)\b",
            # as "a small expert workshop" (probe10, R20-B; review12, R20-F): not « un petit
            # séminaire interne »
            r"\b(?:petite? |petits |petites )(?:table ronde|seminaire|atelier|cercle)s? d'experts\b",
            r"\b(?:pas de|aucun|sans) (?:programme|ordre du jour) (?:publie|public)\b",
            r"\ba huis clos\b",
            # the same closed format in other words: an invite-only dialogue or a private working
            # group, with no press and no published agenda
            r"\b(?:closed-door|closed door|private|invitation-only|invite-only|invite only"
            r"|off-the-record|confidential|closed) (?:expert |policy |research )?(?:working group"
            r"|study group|expert group|dialogues?|discussions|exchanges|dinners?)\b",
            r"\b(?:no|without(?: a| any)?) (?:published|public|fixed|written) agenda\b"
            r"|\b(?:no|without(?: a| any)?) (?:published|public) (?:programme|program)\b"
            r"|\bno press\b|\bno (?:minutes|recordings?|attribution) (?:are |is |will be )?"
            r"(?:taken|kept|published|made)\b",
            r"\b(?:unpublished|unrecorded|off-the-record|non-public) (?:setting|format|sessions?"
            r"|exchanges?|discussions?|meetings?)\b",
            r"\bgroupe de travail (?:prive|ferme|restreint|confidentiel)\b",
            # plural discussions or exchanges, as in English: "une discussion confidentielle"
            # is what executive search offers, not a closed format (rule R18-C)
            r"\b(?:discussions|echanges|dialogues?|diners?) (?:prives?|privees?|confidentiel"
            r"(?:le)?s?|officieu(?:x|se)s?)\b",
            # the singular dialogue by invitation or behind closed doors, as "invitation-only
            # dialogue" (probe8, rule R19-F)
            r"\bdialogues? (?:sur invitation|fermes?|a huis clos)\b",
            # off the record is a closed format in the singular too, as in English (R18-H)
            r"\b(?:discussion|echange) officieu(?:x|se)\b",
            r"\b(?:pas|sans|aucun) (?:d')?(?:ordre du jour|programme) (?:publie|public)\b"
            r"|\bsans (?:presse|journalistes|compte[- ]rendu)\b",
        )
        for f in ("message", "sender_company", "sender_headline")
    },
    examples=(
        E("Il n'y a pas de programme publié, afin que chacun parle librement.",
          lang="fr", spans=("pas de programme publié",), note="as 'no published programme' (R20-F)"),
        E("There is no published programme, so that participants can speak openly.",
          spans=("no published programme",), note="as « aucun programme public »"),
        E("Nous organisons un petit atelier d'experts à Genève.",
          lang="fr", spans=("petit atelier",), note="as 'a small expert workshop' (R20-B)"),
        E("Le centre d'études stratégiques sino-européennes vous invite.",
          lang="fr",
          spans=("études stratégiques",)),
        E("Nous organisons un dialogue sur invitation entre spécialistes.",
          lang="fr",
          spans=("dialogue sur invitation",)),
        E("Une discussion officieuse avec quelques experts, sans compte-rendu.", lang="fr",
          spans=("discussion officieuse", "sans compte-rendu")),
        E("Our centre hosts a closed-door roundtable for a small circle of experts.",
          spans=("closed-door roundtable",)),
        E("I'm with the Institute for Sino-European Development Studies.",
          spans=("Development Studies",)),
        E("Notre cercle de réflexion organise une table ronde à huis clos.", lang="fr",
          spans=("cercle de réflexion", "table ronde à huis clos")),
        E("Join our invite-only dialogue on chip export policy: no press, no published agenda.",
          spans=("invite-only dialogue", "no press", "no published agenda")),
        E("Le groupe de travail privé se réunit sans compte rendu.", lang="fr",
          spans=("groupe de travail privé", "sans compte rendu")),
    ),
    counterexamples=(
        E("It is an unconference, so there is no fixed programme and participants propose the "
          "sessions.",
          note="an open format"),
        E("Le labo organise un petit séminaire interne mardi à 14h en salle B204 ; venez "
          "présenter vos travaux.",
          lang="fr", note="a lab's own seminar (review12, R20-F)"),
        E("On fait une petite réunion d'équipe lundi.", lang="fr", note="an everyday meeting"),
        E("Nous développons une coopération sino-africaine dans le textile.",
          lang="fr",
          note="no institution (R19-I)"),
        E("Our public panel on AI policy will be livestreamed; the programme is online."),
        E("Notre conférence annuelle est ouverte au public, programme en ligne.", lang="fr"),
        E("The working group publishes its minutes and agenda on our website."),
        E("Le groupe de travail publie son ordre du jour et ses comptes rendus en ligne.",
          lang="fr"),
        E("Chasseur de têtes chez Robert Walters : êtes-vous ouvert à une discussion "
          "confidentielle ?", lang="fr", note="executive search is confidential (R18-C)"),
        E("Je vous propose un échange privé de 20 minutes sur ce poste de DAF.", lang="fr"),
        E("Would you be open to a confidential conversation about a CFO role?"),
    ),
)

# --------------------------------------------------------------------------------------------
# inducement
# --------------------------------------------------------------------------------------------
# a currency sign is money only beside a figure: "{$name}" in a mail template is not; the
# figure is read whole, so that the evidence shows "1 800 €" or "$300", not "0 €" or "$3"
# (R18-J); a currency code too, and crypto-currencies, "bucks" and "grand" (R26-B)
_FIGURE = FIGURE
_SIGN = MONEY_AMOUNT
# the French patterns' euro amount ("800 €", "2 k€", "€ 800")
_EURO = _FIGURE + r" ?k?€|€ ?" + _FIGURE
# whole words only: "fee" is not "feel" or "coffee", "eur" not "Europe" or "entrepreneur"
_MONEY = (r"(?:\b(?:paid|pay|payment|fee|fees|remunerated|remuneration|compensated|compensation"
          r"|honorarium|honoraria|usd|eur|gbp|dollars|euros|pounds)\b|" + _SIGN
          + r"|\b[0-9]{1,4} ?k\b)")
#: « étude » as a commissioned piece: with an article or a size (rule R18-H)
_ETUDE_FR = r"(?:une|cette|courtes?|petites?|breves?) etudes?"
_WRITING = (r"(?:reports?|white ?papers?|papers?|analys[ie]s|notes?|memos?|briefings?|briefs"
            r"|articles?|essays?|write-?ups?|research pieces?|assessments?|overviews?"
            r"|summar(?:y|ies)|insights? pieces?|position papers?)\b")
#: A paid piece may be "a short study" too, next to money only ("I'm preparing a study" is a
#: researcher's own work; rule R18-H)
_WRITING_PAID = (r"(?:(?:a|one|two|short|brief|quick) (?:short |brief |quick )?stud(?:y|ies)\b|"
                 + _WRITING + r")")
#: An amount of money as a profile text must give it to offer pay for a piece: a figure with its
#: currency, not followed by a letter ("$3,000", "3k €", "USD 1,500"; not "$2bn markets").
_AMOUNT = (r"(?:[$€£] ?" + _FIGURE + r"(?: ?k)?\b|\b" + _FIGURE + r"(?: ?k)? ?[$€£]|\b"
           + _FIGURE + r"(?: ?k)? ?(?:usd|eur|gbp|dollars?|euros?|pounds?)\b|\b(?:usd|eur|gbp) ?"
           + _FIGURE + r"(?: ?k)?\b)")
_PIECE_FR = (r"(?:notes?|rapports?|analyses?|syntheses?|memos?|articles?|" + _ETUDE_FR
             + r")\b")
_PIECE_WORDS = (r"(?:(?:a|an|one|each|every|the|per|for|short|brief|quick|concise|single|une|un"
                r"|chaque|la|le|par|pour|courte|breve|petite|de) ){0,4}")
#: Paid reports in a profile text (rule R26-C): an amount offered for a piece ("my client pays
#: $3,000 for a short report", « 1 800 € pour une courte note ») or pay per piece; not the
#: sender's own work ("Writing reports on energy markets", "Compensation analyst | HR
#: reports", « Rédaction de notes d'analyse ») nor "paid consulting opportunities", which an
#: expert network's staff write in their headlines.
_PAID_REPORT_PROFILE = (
    _AMOUNT + " " + _PIECE_WORDS + r"(?:" + _WRITING_PAID + "|" + _PIECE_FR + ")",
    near(r"\b(?:" + _WRITING_PAID + "|" + _PIECE_FR + ")", _AMOUNT
         + r" ?(?:each|apiece|a piece|per piece|chacun|chacune|l'unite|la piece)\b", PROFILE_GAP),
    r"\b(?:paid|pays?|paying|remunerated|compensated|remuneree?s?|payee?s?) (?:per|for each"
    r"|for every|par|pour chaque|a la|au) (?:report|note|paper|memo|brief|briefing|analysis"
    r"|rapport|synthese|analyse)\b",
)
PAID_REPORT = PatternSignal(
    name="paid_report",
    description="Offers payment for reports, analysis notes, papers or consultancy, often for "
    "unnamed clients.",
    category="inducement",
    polarity="risk",
    source="M4: NCSC/FBI Nevernight ($1,500 report); Dickson Yeo; DGSI 2018 (notes d'analyse); "
    "CPNI; MI5 2025 (paid consultancy)",
    patterns={
        "message": (
            near(_MONEY, r"\b" + _WRITING_PAID),
            near(r"\b" + _WRITING_PAID, _MONEY),
            r"\b(?:write|writing|prepare|preparing|draft|drafting|produce|producing|author)"
            r" (?:a |an |some |the |one |two |three |occasional |regular )?(?:short |brief"
            r" |quick |concise )?(?:" + _WRITING + r")",
            r"\bper (?:report|note|paper|memo|brief|briefing|article|page|piece|analysis)\b",
            # "we'd compensate you handsomely for a short paper", not "we cannot compensate you
            # for the review" or "compensate for thermal drift" (rules R18-G, R18-H)
            near(r"\b(?:compensate|remunerate|reward) you (?:very |most |quite )?(?:handsomely"
                 r"|generously|well|richly)\b", r"\b" + _WRITING_PAID),
            r"\bmake it (?:very |well )?worth (?:your|their) (?:while|time)\b"
            r"|\b(?:properly|generously|well) (?:thanked|compensated|rewarded)\b",
            r"\b(?:sauront|saura|saurons) (?:vous |te )?(?:remercier|recompenser)\b",
            r"\b(?:consultancy|consulting|advisory) (?:work|project|assignment|engagement"
            r"|arrangement|role|mission)s? (?:for|on behalf of) (?:my|our|a|an|the|some)"
            r" (?:client|clients|partners|principal|group)\b",
            # French
            r"\bnotes? d'analyse\b",
            # « étude » only as a commissioned piece (« une courte étude »), as "a short
            # study" in English: alone it is the review of applications (« sur étude de
            # dossier ») or education; money words are whole words, « euro » is not
            # « européen » (rules R18-D, R18-H)
            near(r"\b(?:remuner\w{0,20}|paye|payee|payes|payees|payons|payer|honoraires?|euros?"
                 r"|eur|usd|dollars?)\b|" + _EURO + "|" + MONEY_AMOUNT,
                 r"\b(?:notes?|rapports?|analyses?|syntheses?|memos?|articles?"
                 r"|contributions? ecrites?|" + _ETUDE_FR + r")\b"),
            near(r"\b(?:notes?|rapports?|analyses?|syntheses?|memos?|articles?|" + _ETUDE_FR
                 + r")\b",
                 r"\b(?:remunere|remuneree|remuneres|remunerees|remuneration|paye|payee|payes"
                 r"|payees|honoraires?|euros?|eur|usd|dollars?)\b|" + _EURO + "|" + MONEY_AMOUNT),
            r"\b(?:rediger|redaction d[e']|ecrire|preparer) ?(?:un |une |des |quelques |de courtes"
            r" |de breves )?(?:courte |breve |petite )?(?:notes?|rapports?|analyses?|syntheses?"
            r"|etudes?|memos?|articles?|livres? blancs?)\b",
            # « par rapport à » is "regarding" (rule R20-D)
            r"\bpar (?:note|article|page|analyse|synthese)\b"
            r"|\bpar rapport(?: (?:de|d'|sur|pour|rendu|remis|livre|ecrit|redige|et|ou)\b|[.,;:!?)]"
            r"|$)",
            # paid by the piece in other words: "for each document", « mille balles le texte »,
            # « des petits papiers de fond »
            r"\b(?:for|per) (?:each|every) (?:document|report|note|paper|memo|brief|article|piece"
            r"|text|analysis|page|assessment|write-?up)\b",
            # (the sign is not a word character: no \b before it; rule R19-H)
            r"(?:\b(?:balles|euros?|dollars?)|€) (?:le|la|par|pour chaque) (?:texte|papier|article"
            r"|note|rapport|document|page|analyse)\b|\bpour chaque (?:texte|papier|note|rapport"
            r"|document|article|analyse)\b",
            # paid consultancy as such (M4); not a paid call, which expert networks offer
            # under compliance terms
            r"\bpaid (?:consulting|consultancy|advisory) (?:opportunity|opportunities|projects?"
            r"|engagements?|work|assignments?)\b",
            r"\bmissions? de conseil (?:remuneree|remunerees|payee|payees)\b",
            r"\b(?:rediger|ecrire|preparer|pondre) ?(?:un |une |des |quelques |de )?(?:petits |petites"
            r" |courts |courtes )?(?:papiers?|textes?|billets?) (?:de fond|d'analyse|de synthese"
            r"|de reflexion|pour (?:un|une|mon|ma|mes|nos|notre|des) (?:de mes |de nos )?(?:clients?"
            r"|partenaires?|commanditaires?))\b",
        ),
        **dict.fromkeys(PROFILE_TEXT, _PAID_REPORT_PROFILE),
    },
    examples=(
        E("Ils offrent 1 200 $ par rapport de 3-4 pages.",
          lang="fr", spans=("1 200 $ par rapport",),
          note="money beside a report: a currency sign in French too (R26-B)"),
        E("Ils règlent à la pièce, par rapport de 3-4 pages.",
          lang="fr", spans=("par rapport de",), note="per report (R20-D)"),
        E("Nous vous verserions 1 800 € par texte.", lang="fr", spans=("€ par texte",)),
        E("Nos clients versent 1 800 € pour une courte note.", lang="fr",
          spans=("1 800 € pour une courte note",), note="the whole amount (R18-J)"),
        E("Mon client rémunère 2 000 € une courte étude sur la filière nucléaire.", lang="fr",
          spans=("rémunère 2 000 € une courte étude",)),
        E("My client would pay $2,000 for a short study on the battery supply chain.",
          spans=("pay $2,000 for a short study",)),
        E("We'd compensate you handsomely for a short paper on the sector.",
          spans=("compensate you handsomely for a short paper",)),
        E("My client pays USD 1,500 for a short report on the regulatory outlook.",
          spans=("USD 1,500 for a short report",)),
        E("My client pays CHF 3000 for a short report on your lab's work.",
          spans=("CHF 3000 for a short report",), note="any currency code by a figure (R26-B)"),
        E("Mon client verse 3 000 CHF pour une courte note sur vos travaux.", lang="fr",
          spans=("3 000 CHF pour une courte note",), note="as « 3 000 € » (R26-B)"),
        E("Would you write occasional analysis notes? Paid per note, of course.",
          spans=("write occasional analysis",)),
        E("Nous rémunérons des notes d'analyse de deux pages, 800 € par note.", lang="fr",
          spans=("rémunérons des notes",)),
        E("They pay well for each document, usually within the week.",
          spans=("for each document",)),
        E("Tu pourrais écrire des petits papiers de fond ? C'est 500 euros le texte.", lang="fr",
          spans=("écrire des petits papiers de fond", "euros le texte")),
        E("Paid consulting opportunity: a client of mine would value your view.",
          spans=("Paid consulting opportunity",)),
        E("Une mission de conseil rémunérée pour un de mes clients ?", lang="fr",
          spans=("mission de conseil rémunérée",)),
        E("Hello", fields={"sender_headline": "Advisor | my client pays $3,000 for a short "
                                              "report"},
          spans=("$3,000 for a short report",), note="in the sender's headline (R26-C)"),
        E("Bonjour", lang="fr", fields={"sender_company": "Cabinet Lumen | 800 € par note"},
          spans=("800 € par note",), note="R26-C"),
    ),
    counterexamples=(
        E("Il est d'usage que vous rédigiez un rapport d'étonnement après votre premier mois.",
          lang="fr", note="onboarding practice"),
        E("Could you send me your report on CHF patients?",
          note="a currency code alone is no money: CHF is also heart failure (R26-B)"),
        E("The government will commission a report into the causes of the outage.", note="news"),
        E("Livre blanc : le marché de l'IA pèsera 50 milliards d'euros en 2030, selon le "
          "cabinet.",
          lang="fr", note="a market size, not a paid piece (review12, R20-F)"),
        E("Nous venons de prendre connaissance de votre mail par rapport à la recherche de "
          "candidature.",
          lang="fr", note="« par rapport à » is 'regarding' (R20-D)"),
        E("The commissioning note for the special issue is on the journal's website.",
          note="the noun, no piece commissioned"),
        E("Les contributions sont limitées à 5 000 signes par texte.",
          lang="fr",
          note="a length limit (R19-H)"),
        E("Reviewers are volunteers; we cannot compensate you for the review of the paper."),
        E("I'm preparing a study on battery recycling and would love your input.",
          note="the researcher's own study (R18-H)"),
        E("We are hiring a data engineer; salary £70-80k; hybrid in Leeds."),
        E("Our expert network pays £300 for a one-hour call; compliance rules apply."),
        E("Poste de data scientist en CDI, 55-65 k€, à Nantes.", lang="fr"),
        # a mail template's placeholder is not money
        E("Dear {$recipientName}, please review the article {$submissionTitle}."),
        # words that hold a money word ("feel", "Europe", "entrepreneurs", "coffee")
        E("If you feel you are unable to review this article, please suggest a colleague."),
        E("Entrepreneurs across Europe read our reports; grab a coffee and read the notes."),
        E("Bonjour {$recipientName}, nous vous proposons d'évaluer l'article.", lang="fr"),
        E("Recrutement sur étude de dossier, stage rémunéré.", lang="fr",
          note="the review of applications, not a study (R18-D)"),
        E("Stage rémunéré pendant vos études.", lang="fr"),
        E("Hello", fields={"sender_headline": "Compensation analyst | Writing HR reports"},
          note="the sender's own work (R26-C)"),
        E("Bonjour", lang="fr", fields={"sender_headline": "Analyste | Rédaction de notes "
                                                           "d'analyse"}),
    ),
)

#: What makes "at our expense" / « à nos frais » paid travel (rule R19-F): a trip named beside it.
_TRIP = (r"(?:flights?|air ?fares?|tickets?|travel|trip|journey|visit|stay|hotels?|accommodation"
         r"|lodging)")
_TRIP_FR = r"(?:voyages?|vols?|billets?|sejours?|hebergement|deplacements?|hotels?|visites?)"
_AT_OUR_EXPENSE = r"\bat (?:our|their|the client's|my client's) (?:expense|cost)\b"
_A_NOS_FRAIS = r"\b(?:a nos|a leurs|a ses) frais\b"
#: Meeting "the client" or the sender's principals, the end of a paid trip (M5).
_MEET_CLIENT = (r"\b(?:meet|visit|see) (?:with )?(?:the|our|my|his|her|their) (?:client|clients"
                r"|partners|principals|sponsors|hosts|friends|directors|leadership|boss|chairman"
                r"|investors)\b")
_MEET_CLIENT_FR = (r"\brencontrer (?:le|la|les|notre|nos|mon|mes|leur|leurs|ses) (?:client"
                   r"|clients|partenaires|commanditaires|amis|dirigeants|investisseurs)\b")
#: A trip said to be paid, in the passive ("flights and hotel will be covered"; not "travel
#: expenses are reimbursed", an expense policy: review17, R21-J).
_TRIP_PAID = (r"\b(?:flights?|air ?fares?|tickets?|travel|trip|hotels?|accommodation)\b"
              r"[^.!?;]{0,40}\b(?:are|is|will be|would be|'ll be|'d be) (?:fully |all |entirely )?"
              r"(?:covered|paid(?: for)?|on us)\b")
#: A trip said to be paid, in French (« vos frais de voyage sont pris en charge », « nous
#: prendrions en charge votre vol »).
_TRIP_PAID_FR = (r"\b" + _TRIP_FR + r"\b[^.!?;]{0,40}\b(?:pris en charge|prise en charge|payes?"
                 r"|offerts?|finances?|couverts?|a (?:notre|nos|leur|leurs) (?:charge|frais))\b"
                 r"|\b(?:prendr\w{0,6}|prenons|payons|payerons|offrons|offrirons|remboursons"
                 r"|financons|couvrons) (?:en charge )?[^.!?;]{0,30}\b" + _TRIP_FR + r"\b")
PAID_TRAVEL = PatternSignal(
    name="paid_travel",
    description="Offers premium or all-expenses-paid trips, or a trip to meet 'the client' "
    "abroad.",
    category="inducement",
    polarity="risk",
    source="M5: NCSC/ODNI Nevernight (all-expense-paid trips); BfV 2017; DGSI 2018; CPNI TBYL "
    "video; Mallory; MI5 2025",
    patterns={
        "message": (
            r"\ball[- ]expenses?[- ]paid\b|\bexpenses-paid\b",
            r"\ball (?:your )?(?:expenses|costs|travel costs) (?:are |will be )?(?:covered|paid"
            r"|taken care of|met|on us|reimbursed in full)\b",
            r"\b(?:business|first)[- ]class (?:flights?|tickets?|travel|seats?|air ?fare)\b",
            r"\bfly (?:you )?(?:in )?(?:business|first)(?:[- ]class)?\b",
            # business class in a trip, as « classe affaires » in French; not a business-class
            # laptop or a school's business class (rules R18-G, R18-H)
            r"\b(?:fly|flying|flown|travel|travelling|traveling|upgrade|upgraded|seat|seats|in)"
            r" (?:you )?(?:(?:out |over )?to [a-z]{1,20}(?: [a-z]{1,20})? )?(?:in )?"
            r"business[- ]class\b"
            r"|\bbusiness[- ]class (?:to|from|flights?|travel|seats?|tickets?|return)\b",
            r"\b(?:5|five)[- ]star (?:hotels?|resorts?|accommodation|stay)\b",
            r"\bluxury (?:hotels?|resorts?|trips?|travel|stay)\b",
            r"\bfully[- ](?:funded|paid|sponsored|covered) (?:trips?|visits?|study tours?|study trips?|tours?"
            r"|stays?|travel|journey)\b",
            r"\b(?:fly|flying|bring|invite|host) you (?:out |over )?to (?:[a-z]{1,20} )?(?:to )?"
            r"(?:meet|visit|see) (?:the|our|my|his|her|their) (?:client|clients|partners"
            r"|principals|sponsors|hosts|friends|directors|leadership)\b",
            r"\b(?:trip|visit|journey) (?:to|abroad to|overseas to) (?:meet|visit|see)"
            r" (?:the|our|my) (?:client|clients|partners|principals|sponsors|hosts|friends)\b",
            r"\b(?:paid|sponsored|funded|free|complimentary) (?:trips?|visits?|study tours?"
            r"|holidays?|getaways?) (?:to|abroad|overseas)\b",
            r"\bstudy tours?\b",
            r"\b(?:host|bring|invite|fly) you (?:over |out )?(?:to [a-z]{1,20} )?(?:entirely |fully )?(?:at"
            r" (?:our|their|his|her|the client's) (?:expense|cost)|all (?:arrangements|costs)"
            r" (?:handled|covered))",
            # at our expense, said of a trip (not of a background check, a medical or the
            # equipment: probe8, rule R19-F)
            r"\b(?:" + _TRIP + r"|fly|flying|host you|invite you|bring you|have you in|come"
            r"|coming|meet|meets|meetings?|abroad|overseas|(?:a|one|two|three|[0-9]{1,2}) (?:few )?"
            r"(?:days?|weeks?|nights?))\b[^.!?;]{0,60}" + _AT_OUR_EXPENSE
            + r"|" + _AT_OUR_EXPENSE + r"[^.!?;]{0,40}\b" + _TRIP + r"\b",
            # the trip "on us", "covered by us" ("Flights and hotel are on us"; R19-F; not "taken
            # care of", which real speaker invitations write)
            r"\b(?:flights?|tickets?|air ?fares?|travel|hotels?|accommodation|lodging|stay|trip)\b"
            r"[^.!?;]{0,60}\b(?:(?:are|is|be|'re) (?:all )?on us|covered by us|paid (?:for )?by us"
            r"|covered on our side)\b",
            r"\b(?:cover|pay for|book|take care of|fund|sponsor|arrange|handle|reimburse) (?:all )?"
            r"(?:of )?(?:your|the) (?:return )?(?:flights?|air ?fares?|plane tickets?|travel)"
            r" (?:and|&|\+|plus) (?:your |the |a )?(?:hotels?|accommodation|lodging|stay)\b",
            # the passive twin: "your travel and hotel costs are covered to meet our clients"
            near(_TRIP_PAID, _MEET_CLIENT, r"[^.!?]{0,80}"),
            near(r"\b(?:cover|pay for|pay|book|arrange|fund|sponsor|reimburse|take care of"
                 r"|handle)\b[^.!?]{0,30}\b(?:flights?|air ?fares?|tickets?|travel|trip|hotels?"
                 r"|accommodation)",
                 _MEET_CLIENT),
            # French
            # « à nos frais » said of a trip, as "at our expense" (R19-F)
            r"\b(?:" + _TRIP_FR + r"|venir|venue|venez|invitons|inviter|accueillir|(?:une|deux"
            r"|trois|[0-9]{1,2}) (?:semaines?|jours|nuits))\b[^.!?;]{0,60}" + _A_NOS_FRAIS
            + r"|" + _A_NOS_FRAIS + r"[^.!?;]{0,40}\b" + _TRIP_FR + r"\b",
            r"\btous frais (?:payes|pris en charge|compris|rembourses)\b",
            r"\b(?:voyages?|sejours?|deplacements?) (?:entierement |integralement )?(?:pris en"
            r" charge|payes?|offerts?|finances?)\b",
            r"\b(?:en )?classe affaires\b|\bpremiere classe\b",
            r"\b(?:hotel|palace|hotels) (?:5|cinq) etoiles\b",
            r"\bvoyages? d'(?:etude|etudes)\b",
            r"\binvitee? gracieusement\b",
            r"\bprendr\w{0,6} en charge (?:votre|vos|ton|tes|le|les) (?:voyage|billets? d'avion|vols?"
            r"|sejour|hotel)s?\b",
            # « le déplacement et le séjour sont entièrement à notre charge »
            r"\b(?:voyages?|vols?|billets?(?: d'avion)?|sejours?|hebergement|deplacements?"
            r"|hotels?)(?: (?:et|,) (?:le |la |les |l'|votre |vos )?(?:voyages?|vols?|billets?"
            r"|sejours?|hebergement|deplacements?|hotels?))? (?:seraient|serait|sera|seront|est"
            r"|sont) (?:entierement |integralement |bien )?a (?:notre|leur|sa|nos) (?:charge"
            r"|frais)\b",
            # a trip said to be paid, in the passive (« vos frais de transport et d'hébergement
            # seront pris en charge »), only to meet "the client", as the English "your travel
            # and accommodation costs will be covered" (a conference's speaker; rule R33-I)
            # (a consulting job's « rencontrer nos clients à Lyon » is no trip; rule R21-B)
            near(_TRIP_PAID_FR, _MEET_CLIENT_FR, r"[^.!?]{0,80}"),
            # premium travel and every cost met, in other words
            r"\b(?:premium[- ]cabin|premium class|business-class|first-class) (?:flights?|travel"
            r"|seats?|tickets?)\b|\b(?:flights?|tickets?|seats?) \(?(?:in )?(?:business|first)"
            r"(?: class)?\b",
            r"\b(?:5|five)[- ]star (?:lodging|accommodations|suites?|hotel rooms?)\b",
            # every cost met, said of the trip (not "everything is covered in the docs", not a
            # recruiter's "you have nothing to pay", which is about fees)
            r"\b(?:every|all) (?:your )?incidentals?\b",
            near(r"\b(?:flights?|travel|trip|hotels?|lodging|accommodation|visit|tickets?"
                 r"|host(?:ing)? you|stay)\b",
                 r"\beverything (?:is )?(?:paid for|covered|on (?:us|them|the house))\b",
                 r"[^.!?]{0,80}"),
            near(r"\b(?:billets?|vols?|voyages?|hotels?|hebergement|sejour|deplacements?)\b",
                 r"\b(?:rien a|sans rien|sans) (?:debourser|avancer de (?:votre|ta) poche)\b"
                 r"|\bpas un (?:centime|sou) (?:a (?:votre|ta) charge|de (?:votre|ta) poche)\b",
                 r"[^.!?]{0,80}"),
            r"\b(?:offre|offrent|offrons|offrira|paie|paye|payons|payera|rembourse|remboursons"
            r"|prenons en charge)"
            r" (?:le|les|ton|votre|vos|tes) (?:billets? d'avion|vols?|voyages?) et (?:l'|ton |votre"
            r" |le |les )?(?:hotel|hebergement|logement|sejour)\b",
        )
    },
    examples=(
        E("Your travel and hotel costs are covered to meet our clients in Shanghai.",
          spans=("travel and hotel costs are covered to meet our clients",),
          note="the passive of 'we cover your travel' (R21-B)"),
        E("Tous vos frais de voyage et d'hôtel sont pris en charge pour rencontrer nos clients "
          "à Shanghai.",
          lang="fr",
          spans=("voyage et d'hôtel sont pris en charge pour rencontrer nos clients",),
          note="the passive, as in English (R21-B)"),
        E("Nous prenons en charge votre vol et votre hôtel.",
          lang="fr",
          spans=("prenons en charge votre vol et votre hôtel",),
          note="as 'we cover your flights and hotel'"),
        E("Venez à Pékin une semaine, à nos frais.",
          lang="fr",
          spans=("Venez à Pékin une semaine, à nos frais",)),
        E("Come to Beijing for a week at our expense.",
          spans=("Come to Beijing for a week at our expense",)),
        E("Nous vous ferions venir à Shenzhen, à nos frais.",
          lang="fr",
          spans=("venir à Shenzhen, à nos frais",)),
        E("We'd fly you to Shenzhen at our expense.",
          spans=("fly you to Shenzhen at our expense",)),
        E("Flights and hotel are on us.", spans=("Flights and hotel are on us",)),
        E("My clients would be happy to fly you to Beijing business class.",
          spans=("fly you to Beijing business class",)),
        E("Le déplacement et le séjour sont entièrement à notre charge.", lang="fr",
          spans=("déplacement et le séjour sont entièrement à notre charge",)),
        E("We'd fly you business class to Singapore to meet the partners, all expenses paid.",
          spans=("fly you business class", "all expenses paid")),
        E("A fully funded study tour for two, five-star hotel included.",
          spans=("fully funded study tour", "five-star hotel")),
        E("Voyage entièrement pris en charge, classe affaires, pour rencontrer notre client à "
          "Shanghai.", lang="fr", spans=("Voyage entièrement pris en charge", "classe affaires")),
        E("We would cover your flights and hotel to meet my clients in Dubai.",
          spans=("cover your flights and hotel",)),
        E("Nous prendrions en charge votre voyage pour rencontrer nos partenaires.", lang="fr",
          spans=("prendrions en charge votre voyage",)),
        E("Premium-cabin flights and every incidental are on us; they'll book your flights "
          "(business, of course).",
          spans=("Premium-cabin flights", "every incidental", "flights (business")),
        E("Il t'offre les billets d'avion et l'hôtel.", lang="fr",
          spans=("offre les billets d'avion et l'hôtel",)),
        E("Pour le voyage, tu n'as rien à débourser.", lang="fr",
          spans=("voyage, tu n'as rien à débourser",)),
        E("Vos frais de transport et d'hébergement seront pris en charge pour rencontrer notre "
          "client à Pékin.", lang="fr",
          spans=("hébergement seront pris en charge pour rencontrer notre client",),
          note="the passive to meet the client, as in English (R33-I)"),
        E("Séminaire à l'étranger, voyage pris en charge.", lang="fr",
          spans=("voyage pris en charge",), note="RED-FLAGS M5's example (R33-I)"),
    ),
    counterexamples=(
        E("Poste de consultant : déplacements fréquents, frais de déplacement remboursés, pour "
          "rencontrer nos clients en région.",
          lang="fr", note="(R21-J)"),
        E("Senior consultant role: frequent travel, travel expenses are reimbursed, to meet "
          "our clients across Europe.",
          note="an expense policy (review17, R21-J)"),
        E("Frequent travel to meet our clients across the region.",
          note="a sales job's travel (R21-B)"),
        E("Déplacements fréquents pour rencontrer nos clients en région.",
          lang="fr", note="a sales job's travel, as 'frequent travel to meet our clients' (R21-B)"),
        E("Vous serez amené à rencontrer nos clients à Lyon.",
          lang="fr", note="a consulting job, no trip paid (R21-B)"),
        E("Le voyage et l'hébergement des intervenants sont pris en charge par le comité "
          "d'organisation.",
          lang="fr", note="a speakers' trip, as in English (R19-F)"),
        E("L'entreprise prend en charge les billets d'avion et le logement temporaire pendant "
          "la relocalisation.",
          lang="fr", note="relocation paid by the employer, as in English"),
        E("The role involves about 40% travel; travel to client sites is paid by the client "
          "under our expense policy.",
          note="consulting travel (review12, R20-F)"),
        E("Nous prenons en charge votre billet d'avion en classe économique et quatre nuits "
          "d'hôtel.",
          lang="fr", note="a speaker's economy ticket, as in English"),
        E("Your flight can almost certainly be covered by the department.", note="no promise"),
        E("Le déménagement est à nos frais.", lang="fr"),
        E("The medical check-up is at our expense."),
        E("The background check is at our cost.", note="not a trip (R19-F)"),
        E("Before your first day we'll ship you a business-class laptop."),
        E("I'm looking for guest speakers for my business class at HEC Paris."),
        E("Economy class travel is reimbursed for interviews."),
        E("She graduated with a first-class degree from Leeds."),
        E("The relocation package includes flights for your family and three months' housing.",
          note="relocation package"),
        E("Speakers' economy travel and two hotel nights are covered; the programme is public.",
          note="conference speaker travel with a public programme"),
        E("Les frais de déplacement des intervenants sont remboursés ; programme en ligne.",
          lang="fr"),
        E("Our business flights to Lyon leave on Monday; the team offsite is in the office.",
          note="the employer's own travel, not an offer to the target"),
        E("Nous remboursons vos billets de train pour l'entretien sur site.", lang="fr"),
        E("We never charge candidates: you will not pay a penny, and everything is covered in "
          "the onboarding guide.", note="a fee disclaimer and a guide, not a trip"),
        E("Postuler est gratuit : vous n'avez rien à débourser.", lang="fr"),
        # a speaker's travel paid, in the passive, with no client to meet (R33-I)
        E("As a keynote speaker, your travel and accommodation costs will be covered."),
        E("En tant qu'intervenant, vos frais de transport et d'hébergement seront pris en "
          "charge.", lang="fr", note="as the English (R33-I)"),
    ),
)

#: a sum in the thousands with its currency ("$600k", "250 000 dollars", "€25,000")
#: A big sum beside a few hours (rule R36-G, review48 H4): from 5,000, or "k", or four digits a
#: week or a day. « 1 500 € pour 4 soirées par mois » is an on-call allowance, « 1 800 € pour 2
#: heures par semaine sur l'année » a teaching fee; "USD 9,000/month for 10 hours a week" is not
#: a wage.
_CUR_H = r"(?:[$€£]|(?:usd|eur|gbp|chf|euros|dollars|pounds|francs|balles)\b)"
_BIG_FIG_H = (r"(?:[0-9]{2,3}[ ,.]?[0-9]{3}(?:[ ,.]?[0-9]{3})?|[0-9]{1,3}[ ,.]?[0-9]{3}[ ,.]?[0-9]{3}"
              r"|[5-9][ ,.]?[0-9]{3}|[0-9]{1,3} ?k)")
_CUR_BEFORE_H = r"(?:[$€£] ?|\b(?:usd|eur|gbp|chf) ?)"


def _money_h(figure: str) -> str:
    """A figure with its currency before or after it, as alternatives (the caller groups
    them): ``_money_h("[0-9]+")`` reads "$300", "usd 300" and "300 €"."""
    return _CUR_BEFORE_H + figure + r"\b|\b" + figure + r" ?" + _CUR_H


_BIG_SUM_H = (r"(?:" + _money_h(_BIG_FIG_H)
              + r"|" + _CUR_BEFORE_H + r"[1-9][ ,.]?[0-9]{3}\b"
              r" ?(?:[a-z]{1,12} )?(?:per|a|/|each|every|par) ?(?:week|day|semaine|jour)\b"
              r"|\b[1-9][ ,.]?[0-9]{3} ?" + _CUR_H + r" ?(?:per|a|/|each|every|par) ?(?:week|day"
              r"|semaine|jour)\b)")
#: A few hours (or evenings...) a week or a month, a range too ("2-3 hours")
_FEW_N_EN = (r"(?:[1-9]|1[0-2]|one|two|three|four|five|six|eight|ten|a few|a couple of)(?: ?(?:-|to"
             r"|–) ?(?:[1-9]|1[0-2]))?")
_FEW_H_EN = (r"\b" + _FEW_N_EN + r" (?:hours?|hrs|h|afternoons?|mornings?|evenings?)(?: of (?:work"
             r"|your time|effort))? (?:a|per|each|every|/) ?(?:week|month)\b")
_FEW_H_FR = (r"\b(?:[1-9]|1[0-2]|quelques|deux|trois|quatre|cinq|six|huit|dix)(?: ?(?:-|a|–)"
             r" ?(?:[1-9]|1[0-2]))? ?(?:heures?|h|apres-midis?|matinees?|soirees?)(?: de (?:travail"
             r"|boulot|votre temps|ton temps))? (?:par|chaque|/|la) ?(?:semaine|mois)\b")
_ROUGHLY_H = r"(?:only|just|around|about|roughly|approximately|maybe|barely|a mere|up to)"
#: A sum's period when it is a month's or a week's (a yearly sum for a few hours is an
#: allowance or a board fee: review52 M2, rule R37-E)
_MONTH_OR_WEEK_FR = r"(?:mensuels?|par mois|/ ?mois|hebdomadaires?|par semaine)"
#: A big sum a month, a week or a year, after the few hours it is for ("5 hours a week, fully
#: remote, £9k per month", "2-3 hours per week, paying 15 000 usd monthly", "a monthly
#: retainer of $10,000", "and we pay $250,000 a year"): from 5,000 a month, 1,000 a week or
#: 100,000 a year, cents allowed (rule R38-C, review53, review55)
_CENTS = r"(?:[.,][0-9]{2})?"
#: A big figure with its currency, before or after it ("$20k", "7 500 usd", "£5,000.00")
_BIG_MONEY_EN = r"(?:" + _money_h(_BIG_FIG_H + _CENTS) + r")"
#: A week as the period of a sum written before it ("$2,500 every week", "$700 weekly")
_PER_WEEK_EN = r" ?(?:[a-z]{1,12} )?(?:(?:per|a|/|each|every) ?(?:week|wk)\b|weekly\b)"
_BIG_PERIOD_SUM_EN = (r"(?:" + _BIG_MONEY_EN + r" ?(?:[a-z]{1,12} )?(?:(?:per|a|/|each|every)"
                      r" ?(?:(?:calendar )?month|week|mo|wk)\b|monthly\b|weekly\b)"
                      r"|(?:" + _money_h(r"[1-9][ ,.]?[0-9]{3}" + _CENTS) + r")" + _PER_WEEK_EN
                      + r"|\b(?:monthly|weekly) (?:[a-z]{1,12} ){0,2}(?:of )?" + _BIG_MONEY_EN
                      + r"|(?:" + _money_h(r"[1-9][0-9]{2}(?:[ ,.]?[0-9]{3}| ?k)")
                      + r") ?(?:(?:a|per|/) ?(?:year|annum|yr)\b|annually\b))")
#: What may stand between the few hours and that sum: joining and pay words only, so that a
#: salary, a budget or a payroll named after hours of meetings or of work is not read as
#: their pay ("team meetings take about 2 hours a week, and the salary is $6,500 a month";
#: review55 H2)
_HOURS_TO_PAY_EN = (r"(?:[ ,:=–—-]|\b(?:and|a|an|only|just|you|you'll|will|we|we'll|be|get"
                    r"|gets|earn|earns|make|paid|pay|pays|paying|pocket|take|takes|home|receive"
                    r"|compensation|retainer|fee|of|fully|remote|still|for|your|time|the|is|at"
                    r"|it|up|to)\b){0,24}")
OUTSIZED_PAY = PatternSignal(
    name="outsized_pay",
    description="Promises pay far out of proportion to the effort: large sums for a few hours, "
    "'well above market', 'easy money'.",
    category="inducement",
    polarity="risk",
    source="M6: CPNI TBYL (disproportionately high salary); FBI; NCSC 2025; AIVD; ASIO "
    "('too good to be true')",
    patterns={
        "message": (
            r"(?:[$€£] ?|\b(?:usd|eur|gbp) ?)[0-9]{2,3}(?:[ ,.]?[0-9]{3}| ?k)\b ?(?:[a-z]{1,12} )?"
            r"(?:per|a|/|each|every) ?(?:month|week|mo|wk)\b",
            r"\b[0-9]{2,3}(?:[ ,.]?[0-9]{3}| ?k) ?(?:[$€£]|usd|eur|gbp|euros|dollars|pounds)"
            r" ?(?:per|a|/|each|every|par) ?(?:month|week|mois|semaine)\b",
            r"(?:[$€£] ?|\b(?:usd|eur|gbp) ?)(?:[3-9][0-9]{2}|[1-9][0-9]{3,})(?:[ ,.][0-9]{3})?"
            r" ?(?:per|an|a|/|each) ?(?:hour|hr|h)\b",
            # one to five hours of effort, then a big monthly, weekly or yearly sum, only pay
            # and joining words between. Any figure or a bare pay word within 80 characters
            # after the hours was one once ("3 hours a week, expenses paid", "6 hours a week, 2
            # semesters": rule R38-C), as in French until R37-E; and days and half-days were
            # ("one day a week in the office, salary $7,000 a month" is a hybrid schedule, "two
            # mornings a week, £1,200 per week" a locum's sessions: review53, review55)
            near(r"\b(?:only|just|a few|a couple of|couple of|[1-5]|one|two|three|four|five)"
                 r" (?:hours?|hrs)(?: (?:a|per|each|every) ?| ?/ ?)(?:week|month)\b"
                 r"|\b(?:[1-5]|one|two|three|four|five) (?:hours?|hrs) (?:weekly|monthly)\b",
                 _BIG_PERIOD_SUM_EN, _HOURS_TO_PAY_EN),
            # at most three hours a week, then 500 or more a week: over 150 an hour, the
            # reshipping and "personal assistant" scams' small weekly pay (review53)
            near(r"\b(?:a few|a couple of|couple of|[1-3]|one|two|three) (?:hours?|hrs)"
                 r" (?:a|per|each|every|/) ?week",
                 r"(?:" + _money_h(r"[5-9][0-9]{2}" + _CENTS) + r")" + _PER_WEEK_EN,
                 _HOURS_TO_PAY_EN),
            # the pay, then the few hours it is for: "$600k per year for around 8 hours per
            # week", « 200 000 € par an pour deux heures par semaine »; the hours said to be what
            # the sum pays for ("for", « pour »), in the same clause, or written right after it
            # with only a separator and commitment words ("$300k a year, 5 hours a week",
            # "- commitment roughly 3 hours per week"): a salary line that also states a weekly
            # meeting, duty evenings or learning time is no proportion (rules R36-E, R36-G;
            # review46 H2: the sum and the hours alone fired on French wage lines once _BIG_SUM
            # read "38 000 €", and on English ones already). The sum is a big one (_BIG_SUM_H:
            # review48 H4, « 1 500 € pour 4 soirées par mois » is an on-call allowance).
            near(_BIG_SUM_H, r"\b(?:for|in exchange for|in return for)(?: [a-z\-]+){0,5}? (?:of "
                 r"|at |with )?(?:" + _ROUGHLY_H + r" )?" + _FEW_H_EN, r"[^.!?;]{0,60}"),
            near(_BIG_SUM_H, r"\b(?:pour|contre|en echange de) (?:(?:seulement|juste|environ"
                 r"|a peine|uniquement|a peu pres) )?" + _FEW_H_FR, r"[^.!?;]{0,60}"),
            # a monthly or weekly big sum « pour une disponibilité de quelques heures par mois »
            # (a yearly sum so is an on-call allowance or a board fee: review52 M2; R37-E)
            _BIG_SUM_H + r" " + _MONTH_OR_WEEK_FR + r" pour (?:une|un) (?:disponibilite"
            r"|engagement|presence) (?:de |d')(?:(?:seulement|juste|environ|a peine|uniquement)"
            r" )?" + _FEW_H_FR,
            _BIG_SUM_H + r"(?: (?:a|per|/|par) ?(?:year|annum|an|month|mois|week|semaine)"
            r"|(?: (?:annually|monthly|annuels?|mensuels?|brut|bruts|net|gross|\+ equity))+)?"
            r" ?[,;:/(–—-]? ?(?:(?:with|for|and|a|an|the|time|total|weekly|expected|required"
            r"|estimated|commitment|engagement|is|of|about|around|roughly|approximately|only|just"
            r"|max|maximum)\b ?){0,5}" + _FEW_H_EN,
            _BIG_SUM_H + r"(?: (?:a|per|/|par) ?(?:year|annum|an|month|mois|week|semaine)"
            r"|(?: (?:annually|monthly|annuels?|mensuels?|brut|bruts|net|gross))+)?"
            r" ?[,;:/(–—-]? ?(?:(?:pour|un|une|engagement|temps|estime|prevu|requis|environ"
            r"|seulement|juste|d'environ|de|max|maximum|soit|avec)\b ?){0,5}" + _FEW_H_FR,
            # the few hours, then the big monthly or weekly sum they are for: « quelques heures
            # par mois, depuis chez toi, pour 20k€ mensuels » (rule R37-E; a yearly sum so is an
            # allowance, review52 M2)
            near(_FEW_H_FR, r"\bpour " + _BIG_SUM_H + r" ?" + _MONTH_OR_WEEK_FR + r"\b",
                 r"[^.!?;]{0,40}"),
            # the few hours, then what they earn: « pour 3 heures par semaine, vous toucherez
            # 150 000 € par an », « 5 h par semaine, payé 250 000 dollars par an »
            near(_FEW_H_FR, r"\b(?:gagn|touch|recev|percev|empoch|pay|remuner|retribu)[a-z]{0,6}\b"
                 r"[^.!?;]{0,30}" + _BIG_SUM_H, r"[^.!?;]{0,60}"),
            # a monthly sum written "monthly"; an hourly rate in the thousands with the currency
            # after the figure (expert networks pay a few hundred an hour)
            r"(?:[$€£] ?|\b(?:usd|eur|gbp|chf) ?)[0-9]{2,3}(?:[ ,.]?[0-9]{3}| ?k)\b (?:a )?"
            r"(?:monthly|weekly)\b",
            r"\b[1-9][0-9]{0,2}[ ,.]?[0-9]{3} ?(?:[$€£]|usd|eur|gbp|chf|euros"
            r"|dollars|pounds|francs) (?:per|an|a|/|each|par|de l'|l') ?(?:hour|hr|h|heure)\b",
            r"\b(?:well|far|way|significantly|much) above (?:the )?(?:market|usual|normal"
            r"|typical|standard)(?: (?:rates?|pay|salary|levels?))?\b",
            r"\b(?:several|a few|many|tens of) (?:thousand|thousands of) (?:us |u\.s\. )?(?:dollars"
            r"|euros|pounds|usd|eur|gbp)\b (?:a|per|/|each|every) ?(?:month|week)\b",
            r"\b(?:double|triple|twice|three times|2x|3x) (?:your|the) (?:current )?(?:salary"
            r"|pay|income|rate|package)\b",
            r"\btoo good to (?:be true|miss|pass up)\b|\beasy money\b",
            r"\bno experience (?:needed|required|necessary)\b",
            # an amount whose size can be judged (MAJOR_MONEY_AMOUNT: "earn ₹30,000 a month" is
            # a fresher's pay; review34 M4)
            r"\b(?:earn|make) (?:" + ROUGHLY + r" )?(?:" + MAJOR_MONEY_AMOUNT + ")",
            # French
            # « balles » (slang for euros), as « € par mois » (set C, R23-B)
            r"\b[0-9]{2,3}(?:[ .]?[0-9]{3}| ?k) ?(?:€|euros|eur|balles) ?(?:par|/|le) ?(?:mois"
            r"|semaine)\b",
            # (« quelques heures par semaine » alone is a student job's schedule, no pay: the
            # hours count only linked to a big sum, above; rule R37-E)
            # pay said to be out of proportion with the reader's own, the guidance's word (CPNI:
            # "disproportionately high salary"): « une rémunération sans commune mesure avec ce
            # que vous touchez » (only that comparison: a budget or a fee "out of proportion"
            # is no offer, review52 H2; rule R37-E)
            r"\b(?:remuneration|salaire|paie|retribution)s? (?:(?:est|serait|sera) )?sans commune"
            r" mesure avec ce que (?:vous touchez|vous gagnez|tu touches|tu gagnes)\b",
            r"\b(?:plusieurs|quelques|des) milliers d'(?:euros|dollars) (?:par|chaque|/) ?(?:mois"
            r"|semaine)\b",
            r"\b(?:bien|tres|largement|nettement) au-dessus (?:du|des) (?:marche|prix du marche"
            r"|tarifs?|salaires?)\b",
            r"\bargent facile\b|\btrop beau pour etre vrai\b",
            r"\bsans experience (?:requise|necessaire|exigee)\b",
            r"\b(?:gagnez|gagner) (?:jusqu'a |environ |env\. |pres de |plus de )?" + _FIGURE
            + r"(?: ?k?€| ?euros?)?",
            r"\b(?:doubler|tripler) (?:votre|ton) (?:salaire|revenu|remuneration)\b",
        )
    },
    examples=(
        E("Quelques heures par mois, depuis chez toi, pour 20k€ mensuels.", lang="fr",
          spans=("Quelques heures par mois, depuis chez toi, pour 20k€ mensuels",)),
        E("La rémunération est de 18 000 € mensuels pour une disponibilité de quelques heures "
          "par mois.", lang="fr",
          spans=("18 000 € mensuels pour une disponibilité de quelques heures par mois",)),
        E("Quelques heures par mois, et une rémunération sans commune mesure avec ce que vous "
          "touchez aujourd'hui.", lang="fr",
          spans=("rémunération sans commune mesure avec ce que vous touchez",)),
        E("$300k a year, 5 hours a week, fully remote, no interview.",
          spans=("$300k a year, 5 hours a week",),
          note="the hours right after the sum (R36-G)"),
        E("USD 45k per month for about ten hours a week of advisory calls.",
          spans=("USD 45k per month",)),
        E("The retainer is well above market rates for very little time.",
          spans=("well above market rates",)),
        E("15 000 € par mois pour quelques heures par semaine.", lang="fr",
          spans=("15 000 € par mois",)),
        E("A $400k retainer for about six hours a week, or 2,000 USD per hour of calls.",
          spans=("$400k retainer for about six hours a week", "2,000 USD per hour")),
        E("Payé 200 000 dollars par an pour 5 h par semaine, soit 3 000 CHF de l'heure.",
          lang="fr", spans=("200 000 dollars par an pour 5 h par semaine", "000 CHF de l'heure")),
        E("C'est 15 000 balles par mois pour 5h par semaine max.", lang="fr",
          spans=("15 000 balles par mois",)),
        # the sum, then the hours it is for, with the currency after the figure (rule R36-E)
        E("On vous offre 200 000 € par an pour deux heures de travail par semaine.", lang="fr",
          spans=("200 000 € par an pour deux heures de travail par semaine",)),
        E("Pour 3 heures par semaine, vous toucherez 150 000 € par an.", lang="fr",
          spans=("3 heures par semaine, vous toucherez 150 000 €",)),
        E("We pay $250,000 a year for just 3 hours a week of your time.",
          spans=("$250,000 a year for just 3 hours a week",)),
        E("Only 2-3 hours per week, paying 7 500 usd monthly.",
          spans=("3 hours per week, paying 7 500 usd monthly",), note="rule R38-C"),
        E("A couple of hours a week, and you take home $2,500 every week.",
          spans=("A couple of hours a week, and you take home $2,500 every week",),
          note="rule R38-C"),
        E("Only 3 hours a week, you will be paid $5,000.00 per month.",
          spans=("3 hours a week, you will be paid $5,000.00 per month",), note="review53"),
        E("Just a few hours a week, and a monthly retainer of $10,000 for your insights.",
          spans=("a few hours a week, and a monthly retainer of $10,000",), note="review53"),
        E("Work as little as two hours a week and still get $800.00 every week.",
          spans=("two hours a week and still get $800.00 every week",), note="review53"),
        E("Just 3 hours a week, and we pay $250,000 a year.",
          spans=("3 hours a week, and we pay $250,000 a year",), note="review55 H1"),
        E("Only 3 hrs/week = $7k/month.", spans=("3 hrs/week = $7k/month",), note="review55"),
    ),
    counterexamples=(
        E("Tutorat : trois heures par semaine pour 6 000 € par an, versés en fin de semestre.",
          lang="fr", note="a yearly allowance (review52 M2)"),
        E("Le salaire est nettement au-dessus de ce que tu gagnes aujourd'hui chez ton ESN.",
          lang="fr", note="a better offer, not out of proportion (review52 H1)"),
        E("Vos honoraires demandés sont sans commune mesure avec le budget prévu.", lang="fr",
          note="review52 H2"),
        E("Your salary expectations seem out of proportion with the budget for this role.",
          note="review52 H2"),
        E("Deux heures par mois pour 50 000 € de chiffre d'affaires : c'est le rôle du comité.",
          lang="fr", note="review52 M1"),
        E("Astreinte : 6 000 € par an pour une disponibilité de quelques soirées par mois.",
          lang="fr", note="an on-call allowance (review52 M2)"),
        E("Nos salaires sont alignés sur le marché ; les deux postes sont sans commune mesure "
          "en responsabilités.", lang="fr", note="no pay said out of proportion (rule R37-E)"),
        E("Venez travailler quelques heures par semaine à l'accueil de la bibliothèque : job "
          "étudiant payé au SMIC horaire.", lang="fr", note="rule R37-E"),
        E("Astreinte rémunérée : prime de 1 500 € pour 4 soirées par mois.",
          lang="fr",
          note="an on-call allowance (review48 H4, R36-G)"),
        E("Stage : gratification de 1 200 € par mois pour 3 matinées par semaine.", lang="fr"),
        E("Base salary £120,000-£140,000 plus equity for this staff research scientist role."),
        # a salary line that also states hours the sum is not for (rule R36-E, review46 H2)
        E("Salary $120,000 per year; team meeting 2 hours per week."),
        E("Base salary €85,000 per year, plus 4 hours per week of dedicated learning time."),
        E("The role pays £65,000, and you'll mentor juniors 2 hours a week."),
        E("Salaire : 38 000 € par an, astreinte 2 soirées par mois.", lang="fr"),
        E("Poste à 45 000 € par an ; réunion d'équipe 2 heures par semaine.", lang="fr"),
        E("On site three days a week; base £150-180k plus equity.",
          note="a hybrid schedule, not a few hours of effort"),
        E("Temps plein, 35 heures par semaine, 52 000 € brut par an.", lang="fr"),
        E("Salaire 70-80 k€ selon expérience, CDI à Toulouse.", lang="fr"),
        E("Vous piloterez un budget média de 80 000 € mensuels sur Google et Meta.", lang="fr",
          note="a budget written 'monthly' (review26, R23-D)"),
        E("Volunteer mentor role, 3 hours a week, expenses paid.", note="rule R38-C"),
        E("The mentoring takes a few hours per week and is paid.", note="rule R38-C"),
        E("Teaching assistant: 6 hours a week, 2 semesters, pay per university scale.",
          note="rule R38-C"),
        E("Board seat: a few hours a month, fee £2,000 per meeting.", note="rule R38-C"),
        E("Hybrid: just one day a week in the office, salary $7,000 a month.",
          note="a hybrid schedule (review53)"),
        E("Nurse bank shifts: a couple of days a week, average earnings £1,100 per week.",
          note="review53"),
        E("Tutoring: 8 hours a week at $600 per week, term time only.",
          note="$75 an hour (review53)"),
        E("Team meetings take about 2 hours a week, and the salary is $6,500 a month.",
          note="review55 H2"),
        E("Locum GP, two mornings a week, £1,200 per week.", note="review55 M2"),
        E("Fractional CMO: 8 hours a week, $6,000 per month retainer.", note="review55 M1"),
        E("You'll spend 4 hours a week on the learning programme; the stipend is $9,000 a month.",
          note="another clause (review53)"),
    ),
)

#: Person-to-person payment apps meant for friends and family (rule R21-C).
_P2P_APP = (r"\b(?:zelle|cash[- ]?app|venmo|paylib|apple cash)\b|\bpaypal (?:friends (?:and|&)"
            r" family|f&f|ff)\b")
_P2P_APP_FR = _P2P_APP + r"|\bpaypal (?:entre (?:amis|proches)|amis (?:et|&) famille)\b"
IRREGULAR_PAYMENT = PatternSignal(
    name="irregular_payment",
    description="Proposes irregular payment: cash, cryptocurrency, gift cards or a personal "
    "account.",
    category="inducement",
    polarity="risk",
    source="M15: MI5 2025 (cash or cryptocurrency); Mallory; DGSI 2018",
    patterns={
        "message": (
            r"\b(?:in|by|with) " + term("cash") + r"\b|\bcash in hand\b|\bcash payments?\b"
            r"|\bpaid (?:in )?" + term("cash") + r"\b",
            near(r"\b(?:pay|paid|payment|payments|settle|settled|remunerat\w{0,20}|transfer\w{0,20}"
                 r"|compensat\w{0,20}|wire|send)",
                 r"\b(?:crypto|cryptocurrency|cryptocurrencies|" + term("bitcoin") + r"|btc|usdt"
                 r"|tether|monero|stablecoins?|gift[- ]?cards?|western union|moneygram)\b"),
            near(r"\b(?:crypto|cryptocurrency|bitcoin|btc|usdt|tether|monero|stablecoins?)\b",
                 r"\b(?:pay|paid|payment|payments|settle|settled|wallet|transfer|portefeuille)"),
            r"\b(?:to|into|on) (?:a|your|my) (?:personal|private|offshore) (?:bank )?"
            r"(?:account|wallet)\b",
            # person-to-person apps meant for friends, a personal account by another name (F4
            # names Cash App and Zelle); not PayPal, Wise or Payoneer alone, which employers and
            # agencies use to pay contractors, nor Lydia, also a first name (rule R21-C)
            near(r"\b(?:pay|paid|pays|payment|payments|salary|wages?|remunerat\w{0,20}|transfer"
                 r"\w{0,20}|send|sent|deposit\w{0,5}|compensat\w{0,20}|stipend|allowance)",
                 _P2P_APP),
            near(_P2P_APP, r"\b(?:pay|paid|payment|payments|salary|wages?|transfer\w{0,5}"
                 r"|deposit\w{0,5}|send|sent)\b"),
            # French
            near(r"\b(?:pai\w{0,5}|pay\w{0,5}|verse\w{0,3}|remunere\w{0,3}|vire\w{0,4}|salaire"
                 r"|envo\w{0,5}|regl\w{0,5}|transf\w{0,6}|indemnite)",
                 _P2P_APP_FR),
            r"\b(?:en especes|en liquide|en cash|en cryptomonnaies?|en crypto|en bitcoins?)\b",
            # « régler / payer / paiement en USDT » (probe8, rule R19-F), as "settle in USDT"
            r"\b(?:regle\w{0,3}|pai\w{0,5}|pay\w{0,5}|verse\w{0,3}|remunere\w{0,3}|vire\w{0,3}"
            r"|envoye\w{0,2}|retribue\w{0,2})"
            r"(?: \w+){0,3} (?:en|par|via) (?:usdt|tether|btc|bitcoins?|stablecoins?|monero)\b",
            r"\b(?:sur|vers) (?:un|votre|ton|mon) compte (?:personnel|perso|prive|a l'etranger)\b",
            # a gift card as pay, as "paid in gift cards" (not a panel's thank-you: probe12, R21-F)
            near(r"\b(?:pai\w{0,5}|pay\w{0,5}|regl\w{0,5}|remunere\w{0,3}|verse\w{0,3}|vire\w{0,3}"
                 r"|envoy\w{0,5}|salaire|retribue\w{0,2})", r"\bcartes?[- ]cadeaux?\b"),
            # other untraceable routes: banknotes, prepaid cards, somebody else's account or an
            # account abroad
            r"\b(?:in|with|by|using) (?:bank ?notes|banknotes|an envelope|envelopes)\b"
            r"|\bprepaid (?:cards?|debit cards?|visa|mastercard|vouchers?)\b",
            r"\b(?:to|into|on) (?:a|an|any|your) (?:relative's|family member's|friend's|partner's"
            r"|third-party|third party|nominee|foreign|overseas|offshore) (?:bank )?account\b"
            r"|\b(?:any|an|a) (?:bank )?account (?:abroad|overseas|offshore)\b",
            r"\b(?:en billets|dans une enveloppe|par enveloppe)\b|\bcartes? prepayees?\b",
            r"\bcompte (?:d'un proche|d'un tiers|d'un ami|d'un membre de (?:votre|ta) famille"
            r"|(?:bancaire )?a l'etranger|offshore)\b",
        )
    },
    examples=(
        E("Votre salaire sera envoyé via bitcoin.",
          lang="fr", spans=("envoyé via bitcoin",), note="(R21-J)"),
        E("Salary sent weekly via Cash-App.",
          spans=("Salary sent weekly via Cash-App",), note="(R21-J)"),
        E("Vous serez rétribué en cartes-cadeaux.",
          lang="fr", spans=("rétribué en cartes-cadeaux",), note="(R21-J)"),
        E("You will be paid in gift-cards.", spans=("paid in gift-cards",), note="(R21-J)"),
        E("Vous serez payé en cartes cadeaux Amazon.",
          lang="fr", spans=("payé en cartes cadeaux",), note="as 'paid in gift cards' (R21-F)"),
        E("Votre salaire de 300 € par semaine sera envoyé par bitcoin.",
          lang="fr", spans=("envoyé par bitcoin",), note="as 'sent by bitcoin' (R21-F)"),
        E("Le salaire est de 1 200 USDT par mois, versé sur votre portefeuille TRC20.",
          lang="fr",
          spans=("USDT par mois, versé sur votre portefeuille",),
          note="as 'paid to your wallet' (R21-F)"),
        E("Salaire 600 $ par semaine versé sur votre compte perso.",
          lang="fr",
          spans=("sur votre compte perso",),
          note="as 'to your personal account' (R21-F)"),
        E("Zelle payments are sent every Friday.",
          spans=("Zelle payments are sent",), note="the app first (R21-C)"),
        E("Nous réglons par Paylib ou PayPal entre amis.",
          lang="fr", spans=("réglons par Paylib ou PayPal entre amis",), note="(R21-C)"),
        E("Votre salaire sera versé chaque semaine par Zelle.",
          lang="fr",
          spans=("salaire sera versé chaque semaine par Zelle",),
          note="as in English (R21-C)"),
        E("Your salary will be paid weekly via Zelle or Cash App.",
          spans=("salary will be paid weekly via Zelle or Cash App",),
          note="a person-to-person app (R21-C)"),
        E("Nous pouvons régler en USDT si vous préférez.", lang="fr", spans=("régler en USDT",)),
        E("Payment can be in cash or in crypto if you prefer, no bank involved.",
          spans=("in cash",)),
        E("We settle in USDT to your personal wallet.", spans=("settle in USDT",)),
        E("Le paiement se fait en espèces ou en cryptomonnaie.", lang="fr",
          spans=("en espèces", "en cryptomonnaie")),
        E("We can pay with prepaid cards, or to a relative's account if easier.",
          spans=("prepaid cards", "to a relative's account")),
        E("On vous règle en billets, ou sur le compte d'un proche.", lang="fr",
          spans=("en billets", "compte d'un proche")),
    ),
    counterexamples=(
        E("As a thank you, you'll receive a $60 Amazon gift card by email after the session.",
          note="(R21-F)"),
        E("En remerciement, vous recevrez une carte cadeau Amazon de 60 € par email après la "
          "session.",
          lang="fr", note="a panel's thank-you, as in English (R21-F)"),
        E("Lydia will pay you a visit next week.", note="a first name, not the app (R21-C)"),
        E("Les missions sont réglées par virement ou PayPal sur facture.",
          lang="fr", note="an agency's invoice (R21-C)"),
        E("We pay via PayPal or Wise at the end of each month.",
          note="contractors' payment services (R21-C)"),
        E("Votre bourse sera versée par ETH Zurich.",
          lang="fr",
          note="the university, not ether (R19-H)"),
        E("The package includes a cash bonus and equity, paid through payroll."),
        E("Salary is paid monthly to your bank account; relocation to Lyon is covered."),
        E("Le salaire est versé sur votre compte bancaire ; carte de transport prise en charge.",
          lang="fr"),
        E("We are a crypto exchange hiring a backend engineer, salary €90-110k.",
          note="a crypto employer is not crypto payment"),
        E("Rémunération versée par virement sur facture, contrat de prestation.", lang="fr"),
    ),
)

#: investment words, what is asked and the technical material an investment pretext asks for
#: before any formal step (M17: "send your technical roadmap and characterisation data")
_INVEST_EN = (r"\b(?:invest|invests|investing|investment|investors?|fund|funds|funding|family"
              r" office|lps?|limited partners?|stake|valuation|term ?sheet|due diligence|private"
              r" equity|venture capital)\b")
_WANT_EN = (r"\b(?:share|send|provide|transmit|forward|hand over|pass over|(?:need|needs|want"
            r"|wants|would like|'d like|require|requires|ask for|asks for)(?: to (?:see|review|get"
            r"|access|look at|audit|assess|inspect|receive))?)")
_TECH_EN = (r"(?:roadmap|road map|process documentation|process data|process flow|test data"
            r"|test results|design files|yield data|source code|codebase|code base|tech stack"
            r"|architecture|schematics|measurements|characteri[sz]ation (?:data|results)|lab"
            r" notebooks?|formulations?|recipes|specs|specifications|patent-pending work"
            r"|unpatented work|prototype data|technical documentation|technical files"
            r"|blueprints|manufacturing process(?:es)?|fabrication process(?:es)?)\b")
_INVEST_FR = (r"\b(?:investir|investissement|investisseurs?|fonds|family office|capital|financer"
              r"|financement|valorisation|levee de fonds|audit)\b")
_WANT_FR = (r"\b(?:transmettre|transmettez|envoyer|envoyez|partager|partagez|communiquer"
            r"|communiquez|fournir|fournissez|besoin|obtenir|(?:veut|veulent|voudrait|voudraient"
            r"|souhaite|souhaitent|aimerait|aimeraient|demande|demandent|doit|doivent|devra"
            r"|devront|devraient) (?:a )?(?:voir|consulter"
            r"|recevoir|auditer|acceder a))")
_TECH_FR = (r"(?:feuille de route|donnees d'essais?|donnees de tests?|donnees de caracterisation"
            r"|donnees de procede|donnees de mesures?|resultats d'essais|resultats de tests?"
            r"|procede de fabrication|procedes de fabrication|plans techniques|code source|specs"
            r"|specifications techniques|travaux non brevetes|schemas techniques|architecture"
            r" (?:detaillee|technique)|cahiers? de laboratoire|formulations?|recettes"
            r"|documentation technique|mesures)\b")
INVESTMENT_PRETEXT = PatternSignal(
    name="investment_pretext",
    description="An anonymous fund or intermediary wants technical data, roadmaps or "
    "know-how before any formal investment step.",
    category="inducement",
    polarity="risk",
    source="M17: DGSI Flash ingérence (fake audits, fund intermediaries); McCallum 2023 "
    "(obfuscated investment); NPSA Secure Innovation",
    patterns={
        "message": (
            r"\b(?:fund|investor|investors|family office|lps?|limited partners|investment"
            r" (?:firm|group|vehicle|fund|office)) (?:that |which |who )?(?:prefers|prefer"
            r"|wishes|wish|wants|want|would like) to (?:remain|stay) (?:anonymous|unnamed"
            r"|discreet|in the background)\b",
            r"\b(?:act|acting|we act|i act) (?:as )?(?:an |the )?(?:intermediary|intermediaries"
            r"|go-between|conduit) (?:for|on behalf of)\b",
            r"\bon behalf of (?:a|an) (?:foreign|overseas|asian|sovereign|anonymous|private"
            r"|strategic|state|state-backed|large) (?:fund|investor|investors|family office"
            r"|group|lp|backer)\b",
            near(r"\b(?:roadmap|road map|data|datasets?|characteri[sz]ation|recipes?|process"
                 r"|source code|code|designs?|schematics|yields?|results|ip|formulations?"
                 r"|protocols?|strain|cell line|know-how|architecture)\b",
                 r"\bbefore (?:a|any|the|we (?:issue|sign|send)) (?:term ?sheet|nda|formal"
                 r"|investment committee|loi|letter of intent|commitment|contract)"),
            near(r"\bbefore (?:a|any|the|we (?:issue|sign|send)) (?:term ?sheet|nda|formal"
                 r"|investment committee|loi|letter of intent|commitment|contract)",
                 r"\b(?:roadmap|road map|data|datasets?|characteri[sz]ation|recipes?|process"
                 r"|source code|designs?|schematics|yields?|results|ip|formulations?"
                 r"|protocols?|know-how|architecture)\b"),
            # an investment offer, then a demand for technical material (M17: "send your technical
            # roadmap and characterisation data")
            near(r"\b(?:invest|investing|investment|fund|investors?)\b",
                 r"\b(?:share|send|provide|transmit|forward) (?:us |me )?(?:with )?(?:your |the "
                 r"|all )?(?:(?:technical|detailed|full|internal|complete|raw) )?(?:technical roadmap"
                 r"|test data|characteri[sz]ation (?:data|results)|process data|source code"
                 r"|schematics|formulations?|recipes|yield data|design files)\b", r"[^.!?]{0,80}"),
            r"\b(?:technical|full|detailed|deep) (?:due diligence|dd) (?:pack|package|materials?"
            r"|questionnaire|data room)\b",
            # French
            r"\bfonds (?:etranger|souverain etranger|qui souhaite rester anonyme|anonyme"
            r"|discret)\b",
            r"\b(?:en tant qu'|comme |agissant en )?intermediaires? (?:pour|d'un|d'une|de)"
            r" (?:un |une )?(?:fonds|investisseurs?|groupe|family office)\b",
            r"\bavant (?:tout|toute|la signature d'un|un|une|le|la) (?:term ?sheet|nda|accord"
            r"|engagement|lettre d'intention|comite d'investissement|investissement formel)\b",
            r"\baudits? (?:technique|externe|prealable)s?\b",
            near(r"\b(?:investir|investissement|fonds|investisseurs?)\b",
                 r"\b(?:transmettre|transmettez|envoyer|envoyez|partager|partagez|communiquer"
                 r"|communiquez|fournir|fournissez)(?:-nous|-moi| nous| moi)? (?:vos |votre |les "
                 r"|la |le |l')?(?:feuille de route technique|resultats de caracterisation|donnees"
                 r" de test|donnees de caracterisation|donnees de procede|code source|schemas"
                 r"|formulations?|recettes|plans techniques)\b", r"[^.!?]{0,80}"),
            # the investment (or its audit) and the technical material asked for, within two
            # sentences and in other words: "before any talk of valuation, we'd need your process
            # documentation", « il veut voir le code source et les specs »
            near(_INVEST_EN, _WANT_EN + r" (?:us |me |over |to see |to review |access to )?"
                 r"(?:all |your |the |all your |all the |a |an |of your )?(?:[a-z\-]+ ){0,2}"
                 + _TECH_EN, r"[^!?]{0,150}"),
            near(_INVEST_EN, r"\bno nda(?: (?:is )?(?:needed|required|necessary))?\b|\bwithout"
                 r" (?:an |any |signing an |a )?(?:nda|non-disclosure agreement)\b", r"[^!?]{0,150}"),
            r"\b(?:investor|investors|fund|lp|family office|backer)(?: [a-z]+){0,3},? whose"
            r" (?:identity|name) (?:i|we) (?:can't|cannot|can not|am not able to|won't)\b",
            r"\bon behalf of (?:a|an) (?:offshore|undisclosed|unnamed|discreet) (?:fund|investor"
            r"|investors|family office|group|lp|backer)\b",
            near(_INVEST_FR, _WANT_FR + r" (?:de |d')?(?:vos |votre |tes |ton |ta |les |la |le |l'"
                 r"|des |de vos |de votre )?(?:[a-z\-]+ ){0,1}" + _TECH_FR, r"[^!?]{0,150}"),
            near(_INVEST_FR, r"\b(?:pas besoin (?:de|d'un|d'une) (?:nda|accord de confidentialite)"
                 r"|sans (?:nda|accord de confidentialite))\b", r"[^!?]{0,150}"),
            r"\b(?:investisseur|fonds|family office)s? (?:qui )?(?:ne (?:souhaite|souhaitent|veut"
            r"|veulent) pas etre (?:nomme|cite|identifie)s?|(?:souhaite|souhaitent|prefere) (?:rester"
            r" )?(?:anonyme|discret)s?)\b",
        )
    },
    examples=(
        E("Our fund wants to invest. Our partners need to see your manufacturing process.",
          spans=("fund wants to invest. Our partners need to see your manufacturing process",),
          note="as « doivent voir votre procédé de fabrication » (R20-F)"),
        E("Notre fonds souhaite investir. Nos associés doivent voir votre procédé de "
          "fabrication.",
          lang="fr",
          spans=("fonds souhaite investir. Nos associés doivent voir votre procédé de "
                 "fabrication",),
          note="as 'need to see' (R20-B)"),
        E("We act as intermediary for a fund that prefers to remain anonymous.",
          spans=("act as intermediary for", "fund that prefers to remain anonymous")),
        E("Could you share your process data and roadmap before a term sheet?",
          spans=("data and roadmap before a term sheet",)),
        E("Nous sommes intermédiaire pour un fonds étranger et souhaitons vos données avant toute "
          "lettre d'intention.", lang="fr",
          spans=("intermédiaire pour un fonds", "avant toute lettre d'intention")),
        E("A fund I advise would like to invest; could you share your technical roadmap and "
          "test data first?", spans=("fund I advise would like to invest; could you share your "
                                     "technical roadmap",)),
        E("Un fonds aimerait investir, pourriez-vous nous transmettre vos résultats de "
          "caractérisation ?", lang="fr",
          spans=("fonds aimerait investir, pourriez-vous nous transmettre vos résultats de "
                 "caractérisation",)),
        E("Our LP is keen on a stake. First we'd need to see the codebase and your test data; "
          "no NDA needed.",
          spans=("LP is keen on a stake. First we'd need to see the codebase",)),
        E("Le family office que je conseille veut investir, mais il a besoin de vos plans "
          "techniques d'abord, sans NDA.", lang="fr",
          spans=("family office que je conseille veut investir, mais il a besoin de vos plans "
                 "techniques",)),
    ),
    counterexamples=(
        E("Avant d'évoquer un engagement, j'aimerais mieux comprendre vos attentes salariales.",
          lang="fr", note="a recruiter (review12, R20-F)"),
        E("Please review our code of conduct before committing to the role."),
        E("We led Northwind's seed round; happy to share our term sheet template and portfolio."),
        E("Our fund-backed start-up is hiring: you would own the architecture of our platform.",
          note="a role that owns an architecture, nothing asked for"),
        E("Notre fonds investit en amorçage ; l'audit se fait sous accord de confidentialité, "
          "sur vos données financières.", lang="fr"),
        E("Notre fonds, Lumen Capital, investit en amorçage ; prise de contact informelle.",
          lang="fr"),
        E("We'd love to invest: could you send us your deck and last year's revenue?"),
        E("Notre fonds aimerait investir ; pourriez-vous nous envoyer votre présentation ?",
          lang="fr"),
    ),
)

FLATTERY = PatternSignal(
    name="flattery",
    description="Heavy flattery or 'high-end' framing: a 'renowned expert', a profile that "
    "'really stood out', someone 'of your calibre'.",
    category="inducement",
    polarity="risk",
    source="M2: FBI ('overly praise', 'high-end candidate'); CPNI TBYL; AIVD; DGSI 2018",
    patterns={
        "message": (
            r"\b(?:your|the) (?:profile|background|work|research|experience|expertise|career"
            r"|track record|publications?|achievements?|cv|papers?|contributions?) (?:really"
            r" |truly |particularly |immediately |genuinely )?(?:stood out|stands out|is"
            r" (?:truly |really |most )?(?:impressive|remarkable|outstanding|exceptional"
            r"|unique|rare|extraordinary|brilliant))",
            r"\b(?:renowned|eminent|distinguished|world-class|world class|high-end|high end"
            r"|high-calibre|high-caliber|top-tier|exceptional|outstanding|rare|brilliant"
            r"|highly respected) (?:expert|experts|specialist|candidate|talent|profile"
            r"|researcher|scientist|engineer|mind|professional|individual)s?\b",
            r"\b(?:very |deeply |truly |really |most )?impressed (?:by|with) (?:your|the)\b",
            r"\b(?:someone|people|experts?|professionals?|a person|a candidate) (?:of|with)"
            r" your (?:calibre|caliber|stature|standing|level|seniority|reputation)\b",
            r"\b(?:people|experts|profiles) like you are (?:rare|hard to find|few)\b",
            r"\bone of the (?:best|top|leading|brightest|few|most respected)\b",
            r"\b(?:an? |your |such an? |quite an? |really |very |truly |most |so |highly )"
            r"(?:impressive|remarkable|outstanding|exceptional|stellar|amazing|incredible|brilliant"
            r"|extraordinary|stunning|unique|unparalleled) (?:profile|background|track record|cv"
            r"|resume|career|credentials|experience|expertise|achievements?|portfolio|skill ?set)\b",
            # French
            r"\b(?:votre|ton) (?:profil|parcours|expertise|experience|travail|cv|carriere"
            r"|expertise) (?:est |m'a |a )?(?:vraiment |tout a fait |particulierement )?"
            r"(?:remarquable|exceptionnel|impressionnant|rare|brillant|marque|impressionne)",
            r"\bprofil (?:haut de gamme|d'exception|rare|exceptionnel|remarquable)\b",
            # as "your profile really stood out" (probe7, rule R19-D)
            r"\b(?:votre|ton) (?:profil|parcours|expertise|experience|travail|cv|carriere)"
            r" (?:a )?(?:vraiment |clairement |nettement |particulierement )?(?:sort|sortait"
            r"|est sorti|se demarque|s'est demarque|se distingue|s'est distingue)e? (?:vraiment "
            r"|clairement |nettement )?(?:du lot|des autres)\b",
            r"\bexperte? (?:reconnue?|renommee?|de premier plan|de haut niveau)\b",
            r"\bimpressionnee? par (?:votre|ton|vos|tes)\b",
            r"\b(?:m'a|m'ont|nous a|nous ont|a|ont) (?:beaucoup |vraiment |particulierement |tout"
            r" de suite |fortement |enormement |tres )?(?:impressionne|seduit|bluffe|epate)e?s?\b",
            r"\b(?:profil|parcours|cv) (?:tres |vraiment |particulierement )?(?:impressionnant"
            r"|remarquable|exceptionnel|brillant|hors (?:du )?commun)\b"
            r"|\b(?:impressionnant|remarquable|exceptionnel|brillant|superbe) (?:profil|parcours"
            r"|cv)\b",
            r"\b(?:quelqu'un|une personne|un profil|des profils|des gens|des personnes|des experts"
            r"|des specialistes) de (?:votre|ton|ta) (?:calibre|envergure|niveau|stature|trempe)\b",
            # praise as status, in other words: "truly world-class", "top 1%", "almost
            # impossible to find", « hors du commun », « parmi les tout meilleurs »
            r"\b(?:your|ur) (?:[a-z\-]+ )?(?:profile|background|work|research|experience|expertise"
            r"|record|publications|skills|skill ?set|level|portfolio|stuff)(?:[^.!?]{0,30})? (?:is"
            r"|are) (?:truly |simply |really |just |absolutely |honestly )?(?:world-class"
            r"|world class|top-notch|top notch|second to none|unmatched|unrivalled|unrivaled"
            r"|exceptional|outstanding|extraordinary|phenomenal|remarkable)\b",
            r"\b(?:people|profiles|experts|candidates|specialists|someone|engineers|researchers)"
            r" (?:like you|with your [a-z\- ]{1,60}?) (?:are|is) (?:almost |nearly |virtually"
            r" |practically |incredibly |extremely |very )?(?:impossible to find|rare|hard to find"
            r"|so hard to find|few and far between|one in a million)\b",
            near(r"\b(?:you|your|ur|you're|vous|votre|vos|ton|tes|tu|t'es)\b",
                 r"\btop (?:0[.,]1|1|2|5|one|two|five) ?(?:%|percent|per cent|pour ?cent)",
                 r"[^.!?]{0,40}"),
            r"\bamong the (?:very |absolute )?(?:best|brightest|top|finest|leading) (?:[a-z\-]+ )?"
            r"(?:experts?|specialists?|minds|researchers|engineers|people|talents?|in (?:the|your)"
            r" (?:field|world|industry|country))\b",
            r"\b(?:votre|ton|ta) (?:profil|parcours|expertise|experience|travail|niveau|carriere"
            r"|cv) (?:est )?(?:tout simplement |absolument |franchement |vraiment |reellement )?"
            r"(?:exceptionnel|hors (?:du )?commun|hors norme|unique|rarissime|de tout premier"
            r" plan)",
            r"\b(?:vous etes|t'es|tu es) (?:une |un )?(?:vraie? |veritable |reelle? )?reference"
            r" (?:dans|en|sur|du|de la|des)\b",
            r"\bparmi les (?:tout |tous )?(?:meilleure?s|plus grands|plus brillante?s|plus"
            r" reconnue?s) (?:[a-z\-]+ )?(?:specialistes|experts|expertes|chercheurs|chercheuses"
            r"|ingenieurs|profils|talents|de (?:votre|ton|leur|son) (?:domaine|secteur|generation))\b",
            r"\b(?:vos|tes|votre|ton) (?:travaux|publications|articles|travail|recherches)"
            r" (?:font|fait) (?:autorite|reference)\b",
            r"\b(?:experte?|specialiste|chercheur|chercheuse|ingenieure?|scientifique)"
            r" (?:aussi|si) (?:brillante?|reconnue?|renommee?|eminente?|talentueuse?)\b",
        )
    },
    examples=(
        E("Your profile really stood out: you are a renowned expert in photonics.",
          spans=("Your profile really stood out", "renowned expert")),
        E("Someone of your calibre is exactly what my client needs.",
          spans=("Someone of your calibre",)),
        E("Votre parcours est remarquable, un profil haut de gamme.", lang="fr",
          spans=("Votre parcours est remarquable", "profil haut de gamme")),
        E("Votre profil sort vraiment du lot.", lang="fr",
          spans=("Votre profil sort vraiment du lot",)),
        E("You have an impressive profile and exactly the expertise we need.",
          spans=("an impressive profile",)),
        E("Votre profil m'a beaucoup impressionné.", lang="fr",
          spans=("m'a beaucoup impressionné",)),
        E("Honestly, your research record is simply world-class.",
          spans=("your research record is simply world-class",)),
        E("Engineers with your mix of radar and ML skills are nearly impossible to find.",
          spans=("Engineers with your mix of radar and ML skills are nearly impossible to find",)),
        E("Tes travaux font autorité, tu es une vraie référence dans le domaine.", lang="fr",
          spans=("Tes travaux font autorité", "tu es une vraie référence dans")),
        E("On croise rarement des profils de votre envergure : vous êtes parmi les meilleurs "
          "spécialistes européens.", lang="fr",
          spans=("des profils de votre envergure",
                 "parmi les meilleurs spécialistes")),
    ),
    counterexamples=(
        E("Votre parcours a retenu mon attention pour un poste de chef de projet.", lang="fr",
          note="the stock opener, as 'your profile caught my attention' (R18-M)"),
        E("I saw your talk on error correction and thought of a role in our team."),
        E("J'ai lu votre article sur la photonique intégrée.", lang="fr"),
        E("Our firm is among the best employers in Lyon; the JD is attached.",
          note="praise of the employer, not of the target"),
        E("Your experience is relevant to the role; the band is €70–80k.",
          note="a plain statement of fit"),
        E("Notre cabinet est une référence du recrutement tech depuis 2004.", lang="fr"),
        E("Votre niveau d'anglais est suffisant pour le poste.", lang="fr"),
    ),
)

#: The stretch between a delivery ("you'll receive") and its delay: any words, and a dot only
#: inside a host ("hackerrank.com", "docs.acme.com"), never one that glues a sentence ("the
#: contract.Sign it"; rule R19-J), the same hosts as the sentence bounds' (``TLDS_NOT_WORDS``,
#: rule R20-A: "costs.Net" glues no sentence here either).
_DELAY_GAP = r"(?:[^.!?;,]|(?:\.[a-z0-9-]+)*\.(?:" + TLDS_NOT_WORDS + r")\b){0,60}"
#: An obligation on the reader inside a delivery ("you'll receive the contract and must sign it
#: within 24 hours"): constructions, not words that are also nouns ("a reply", "a return
#: label"; rules R19-I, R19-J).
_DOING = (r"(?:sign|pay|send|reply|respond|return|confirm|accept|submit|complete|settle|wire"
          r"|transfer|deposit)")
_OBLIGATION = (
    r"\b(?:must|need to|needs to|have to|has to|had better|required to|expected to|please|kindly"
    r"|otherwise)\b|\bto be (?:signed|paid|returned|completed|submitted|sent|settled|wired"
    r"|transferred|confirmed|accepted)\b|\b(?:and|then|to) " + _DOING + r"\b|\bor (?:the offer"
    r"|your (?:place|spot|offer)|we|it (?:lapses|expires))\b"
    r"|\b(?:devez|devrez|dois|devras|merci de|veuillez|sinon)\b"
    r"|\ba (?:signer|regler|payer|renvoyer|retourner|completer|confirmer|virer)\b|\bet (?:signez|signer|payez|payer|reglez"
    r"|regler|renvoyez|retournez|confirmez|acceptez|virez)\b|\b(?:tu|vous) (?:paies|payes|payez"
    r"|regles|reglez|signes|signez|vires|virez)\b"
)
#: A misdelivery disclaimer asks the reader to tell the sender "immediately" (rule R26-A,
#: red-team round 8 F7): "If you have received this e-mail in error, please notify the sender
#: immediately", "Please notify the sender immediately by e-mail if you have received this
#: e-mail by mistake", « si vous avez reçu ce message par erreur, merci d'en avertir
#: immédiatement l'expéditeur ». A closed formula (rule R27-D2, ``unless_template``): the
#: condition of misdelivery, then only the formula's own words (please, then, delete it, by
#: return e-mail...) up to the request to tell the sender, its adverb, and the formula's end
#: (a sentence end, after a deletion in the words of such requests: ", delete this e-mail and
#: destroy any copies", "then delete all copies of the message and any attachments
#: immediately"), or the request first and the condition after it. The
#: adverb it holds is no urgency; a demand in other words is ("If you got this in error, still
#: contact us immediately", "..., please contact us immediately to claim your bonus"), as is
#: "If you are interested, please notify us immediately" (no misdelivery).
_MD_CONDITION = (
    r"(?:(?:received|receive|got|get)(?: (?:this|it|the|these)(?: e-?mail| email| message"
    r"| messages| communication| transmission| document| documents)?)? (?:in error|by mistake"
    r"|by error|erroneously)|(?:are|were) not the (?:intended |named )?(?:recipient|addressee)s?"
    r"(?: (?:of|named in) (?:this|the) (?:e-?mail|email|message|communication))?)")
_MD_ADVERB = r"(?:immediately|promptly|at once|as soon as possible|without delay)"
_MD_BY = (r"by (?:return |reply )?(?:e-?mail|email|mail|reply|telephone|phone)(?: (?:at|on)"
          r" \(?\+?[0-9][0-9() .-]{5,22}[0-9])?")
#: the deletion a disclaimer asks for, in the words of such requests only
_MD_DELETE = (
    r"(?:delete|destroy|erase|remove|discard|permanently delete)(?: (?:it|them|this|these|the"
    r"|all|any|copies|copy|of|original|message|messages|e-?mail|email|communication"
    r"|attachments?|and|destroy|delete|erase|from|your|system|computer|mailbox|including|thereof"
    r"|permanently|immediately|promptly|at once|without delay)\b){0,12}")
_MD_WORDS = (
    r"(?:please|kindly|then|" + _MD_ADVERB + r"|you (?:should|must|are (?:requested"
    r"|asked|required) to)|we (?:would )?ask (?:that )?you(?: to)?|" + _MD_DELETE + r"|" + _MD_BY
    + r")")
_MD_NOTIFY = (
    r"(?:(?:notify|inform|advise|alert|contact|tell|warn) (?:the sender|us|the author"
    r"|the originator|me|the system manager|the postmaster)|let (?:the sender|us|me) know"
    r"|reply to (?:the sender|us|me)(?: to let (?:us|me|them|the sender) know)?)")
_MD_AFTER = r"(?: " + _MD_ADVERB + r")?(?: " + _MD_BY + r")?(?: " + _MD_ADVERB + r")?"
_MD_END = r"(?:,? (?:and |then |and then )?" + _MD_DELETE + r")?(?: ?[.;!?]| ?$)"
_MD_FR_CONDITION = (
    r"(?:(?:recu|recevez|reception de) (?:(?:ce|cet|le) (?:message|courriel|mail|e-?mail) )?"
    r"par erreur"
    r"|n'etes pas (?:le |la )?(?:destinataire|personne)(?: (?:vise|visee|designee?|de ce"
    r" (?:message|courriel|mail)))?)")
_MD_FR_WORDS = (
    r"(?:merci|veuillez|nous vous (?:remercions|prions)|je vous (?:remercie|prie)|de|d'|d'en|en"
    r"|le|la|les|l'|nous|nous en|immediatement|sans delai|aussitot|detruire|supprimer|effacer"
    r"|et)")
_MD_FR_NOTIFY = r"(?:avertir|prevenir|informer|aviser|signaler)"
_MD_FR_AFTER = (
    r"(?: (?:immediatement|sans delai|aussitot))?(?: (?:l'expediteur|l'emetteur|l'auteur"
    r"|le signataire))?(?: (?:immediatement|sans delai|aussitot))?(?: par (?:retour de )?"
    r"(?:courriel|mail|e-?mail|telephone))?")
_MD_FR_END = (r"(?: et (?:de |d')?(?:le |la |les |l')?(?:detruire|supprimer|effacer)\b"
              r"| ?[.;!?]| ?$)")
_MISDELIVERY = (
    r"\b" + _MD_CONDITION + r"[,;:]?(?: " + _MD_WORDS + r",?){0,6} " + _MD_NOTIFY + _MD_AFTER
    + _MD_END
    + r"|\b(?:(?:please|kindly) )?(?:" + _MD_ADVERB + r" )?" + _MD_NOTIFY + _MD_AFTER
    + r"(?:,? (?:and |then |and then )?" + _MD_DELETE + r")?,? (?:if|should|in case) you (?:have )?"
    + _MD_CONDITION + _MD_END
    + r"|\b" + _MD_FR_CONDITION + r"[,;:]?(?: ?" + _MD_FR_WORDS + r",?){0,8} ?" + _MD_FR_NOTIFY
    + _MD_FR_AFTER + _MD_FR_END
    + r"|\b(?:merci|veuillez)(?: de| d')? ?(?:en |nous en |nous )?" + _MD_FR_NOTIFY
    + _MD_FR_AFTER + r",? si vous (?:l'avez |avez |les avez )?" + _MD_FR_CONDITION + _MD_FR_END
)
#: The sender's promise to act fast on its own side (rule R26-F): "we'll be in touch with you
#: as soon as possible", "we will review your application immediately", « nous allons étudier
#: votre dossier au plus vite », « je reviendrai vers vous dès que possible ». A closed list of
#: the sender's own actions, right before the adverb (an object of the sender's, at most):
#: "we'll be closing the position within 48 hours", "we will be waiting for your answer
#: immediately" or « je vais vous envoyer le contrat : il faut le signer sous 24 heures » are
#: deadlines on the reader and stay (review33).
_SENDER_PROMISE = (
    r"\b(?:we'll|we will|we shall|i'll|i will) (?:be in touch(?: with you)?|get in touch(?: with"
    r" you)?|get back to you|come back to you|contact you|reply to you|respond to you|let you"
    r" know|update you|review (?:your|the) (?:application|cv|resume|profile|file|documents?"
    r"|answers?)|process (?:your|the) (?:application|request|file)|be announcing (?:the"
    r" (?:list|results|programme|program|line-?up|schedule)(?: of (?:the )?(?:accepted |selected"
    r" )?(?:talks|speakers|papers|candidates|sessions))?|it))"
    r"|\b(?:nous|je) (?:allons|vais) (?:l'|les |la |le |votre dossier |votre candidature )?"
    r"(?:etudier|examiner|analyser|traiter)(?: (?:votre|ton) (?:dossier|candidature|demande"
    r"|profil))?|\b(?:nous|je) (?:allons |vais )?(?:reviendrons|reviendrai|revenir) vers (?:vous"
    r"|toi)|\b(?:nous|je) (?:allons |vais )?(?:vous |te )(?:recontacterons|recontacterai"
    r"|repondrons|repondrai|contacterons|contacterai|recontacter|repondre|contacter)"
)
#: The sender's own quick thought, not a demand on the reader (rule R33-I): "I immediately
#: thought of you", "you came to mind right away", « j'ai immédiatement pensé à vous », « vous
#: m'êtes tout de suite venu à l'esprit ». A closed formula (:attr:`unless_template`): "I
#: immediately thought of you, reply immediately" keeps its second "immediately".
_THOUGHT_OF_YOU = (
    r"\b(?:immediately|instantly|right away|straight away|at once) (?:thought|think|thinking)"
    r" (?:of|about) (?:you|u|your (?:profile|name|background))\b"
    r"|\b(?:thought|think|thinking) (?:of|about) (?:you|u|your (?:profile|name|background))"
    r" (?:immediately|instantly|right away|straight away|at once)\b"
    r"|\b(?:you|u|your (?:profile|name|background)) (?:immediately|instantly|right away)"
    r" (?:came|sprang|sprung|comes|springs) to mind\b"
    r"|\b(?:you|u|your (?:profile|name|background)) (?:came|sprang|sprung|comes|springs) to mind"
    r" (?:immediately|instantly|right away|straight away|at once)\b"
    r"|\b(?:immediatement|tout de suite|aussitot|directement) pense a (?:vous|toi|votre profil"
    r"|ton profil)\b|\bpense (?:immediatement|tout de suite|aussitot|directement) a (?:vous|toi"
    r"|votre profil|ton profil)\b"
    r"|\b(?:vous|tu|votre (?:profil|nom)|ton (?:profil|nom)) m'(?:etes|es|est|a) (?:immediatement"
    r"|tout de suite|aussitot) (?:venue?s?|revenue?s?) (?:a l'esprit|en tete)\b"
)
URGENCY = PatternSignal(
    name="urgency",
    description="Pushes for a quick answer or stresses scarcity: 'within 48 hours', "
    "'one-off', 'limited places'.",
    category="inducement",
    polarity="risk",
    source="M7: CPNI TBYL (urgency or scarcity); FBI ('Scarcity', 'Urgency')",
    # a delivery delay, not a deadline on the reader: "you'll receive the Zoom invite within
    # 24 hours", « vous recevrez l'invitation sous 24 heures » (rule R18-J), "... an invite
    # from hackerrank.com within 24h" (a host's dots: rule R19-B). The reader receives, the
    # sender sends ("you will send your answer within 24 hours" is a deadline), and a
    # disclaimer that puts an obligation on the reader is none: "you'll receive the contract
    # and must sign it within 24 hours" (rule R19-I); the sender's promise to act fast on its
    # own side is none either: "we'll be in touch as soon as possible", « nous allons étudier
    # votre dossier au plus vite » (rule R26-F)
    unless=r"\b(?:(?:you'll|you will) (?:receive|get|hear)|you should (?:receive|hear)|(?:we'll"
    r"|we will|i'll|i will) (?:send|email|e-mail|get back))\b" + _DELAY_GAP + r"|\b(?:vous |tu )?"
    r"(?:recevrez|recevras|recevoir|aurez|auras|serez contacte|enverrons|enverrai)\b"
    + _DELAY_GAP + "|" + _SENDER_PROMISE,
    unless_void=_OBLIGATION,
    # (a misdelivery disclaimer's formula; the sender's quick thought, rule R33-I)
    unless_template=_MISDELIVERY + "|" + _THOUGHT_OF_YOU,
    unless_scope="near",
    patterns={
        "message": (
            r"\b(?:within|in the next|in under|inside) (?:24|48|72|12|twenty-four|forty-eight"
            r"|seventy-two|a few|the next few) ?(?:h|hours|hrs)\b",
            r"\b(?:reply|respond|answer|decide|confirm|revert|get back to me|let me know)"
            r" (?:by|before|no later than) (?:tomorrow|tonight|friday|monday|end of (?:the )?"
            r"day|eod|today|midnight|this evening)\b",
            r"\b(?:urgent|urgently|asap|time-sensitive|time sensitive)\b",
            r"\b(?:as soon as possible|immediately|right away|without delay)\b",
            r"\b(?:limited|few|(?:only|just) [0-9a-z]{1,10}) (?:places|seats|spots|slots|openings)\b"
            r"|\b(?:places|seats|spots|slots) are (?:very |extremely |strictly )?limited\b",
            r"\b(?:one-off|one off|one-time|once-in-a-lifetime|exclusive|rare) (?:opportunity"
            r"|offer|chance|window)\b",
            r"\b(?:won't|will not) (?:last|wait|stay open)\b|\b(?:can't|cannot) (?:last|stay"
            r" open)\b",
            # "the client can't wait", not "we cannot wait to welcome you" (eagerness)
            r"\b(?:can't|cannot) wait(?: (?:long|much longer|any longer|forever|indefinitely)\b"
            r"| ?[.!;,)]| ?$)",
            r"\b(?:closes|expires|ends|lapses) (?:tomorrow|tmrw|tmr|tonight|today|soon|in [0-9]{1,3}"
            r" (?:hours|days))\b"
            # the same in French (probe8, rule R19-F), said of the offer, the place or the
            # window, not of a conference or a trial period (rule R19-H)
            r"|\b(?:offre|opportunite|proposition|place|poste|fenetre|delai)s? (?:expire|expirera"
            r"|se (?:referme|refermera|ferme|fermera|termine|terminera)|prend fin|prendra fin)"
            r" (?:des )?(?:demain|ce soir|aujourd'hui|bientot|dans [0-9]{1,3} (?:heures|jours))\b",
            r"\btoday only\b|\bdon't miss (?:out|this)\b",
            # French
            r"\b(?:urgent|urgente|en urgence|au plus vite|des que possible|immediatement"
            r"|sans tarder)\b",
            # "rapidement" / "quickly" only in a demand on the reader (an imperative, "merci
            # de", "please", "I need your answer"), with at most an object between the verb
            # and the adverb ("me confirmer votre interet rapidement"): a recruiter's wish that
            # the candidate "trouverez rapidement une opportunite" or promise to "repondre
            # rapidement" is not urgency
            r"\b(?:(?:repondez|reponds|confirmez|confirme|decidez|decide|agissez|agis|envoyez"
            r"|envoie)(?:-moi|-nous)?|(?:contactez|contacte|recontactez|ecrivez|ecris)-(?:moi"
            r"|nous)|revenez vers (?:moi|nous)|faites-(?:moi|nous) (?:un )?retour|(?:merci de"
            r"|merci d'|pouvez-vous|pourriez-vous|veuillez|vous devez|il faut|je vous demande de"
            r"|je te demande de) ?(?:me |nous )?(?:repondre|confirmer|decider|contacter"
            r"|recontacter|ecrire|revenir vers (?:moi|nous)|faire (?:un )?retour|envoyer|agir)"
            r"|(?:j'ai besoin de|j'attends|il me faut) (?:votre|ta) (?:reponse|retour|accord"
            r"|confirmation|decision))(?: (?:votre|vos|ton|ta|tes|le|la|les|l'\w+|un|une|de|du"
            r"|des|d'\w+|interet|disponibilites?|reponse|accord|choix|decision|cv|candidature"
            r"|dossier|numero|coordonnees|retour|avis|confirmation|informations?)){0,3}"
            r" (?:tres |au plus |le plus )?rapidement\b",
            r"\b(?:(?:please|pls|kindly|need you to|you must|you need to|i need you to)"
            r" (?:reply|respond|answer|confirm|decide|revert|act)|get back to (?:me|us)|let (?:me"
            r"|us) know|revert|reply to (?:me|us)|respond to (?:me|us)|answer me)(?: (?:to me|to us"
            r"|me|us|your|the|my|our|a|an|interest|availability|answer|decision|details|cv"
            r"|resume|back)){0,3} (?:very |really |as )?(?:quickly|fast|promptly)\b"
            r"|\bact (?:fast|now)\b",
            r"\b(?:sous|dans les|d'ici) (?:24|48|72|12) ?(?:h|heures)\b",
            # a yes demanded now (probe7, rule R19-C)
            r"\bneed (?:a yes|an answer|your answer|a decision|your decision|a reply) (?:today"
            r"|tonight|now|right now|by tonight)\b|\bbesoin d'(?:un oui|une reponse) (?:aujourd'hui"
            r"|ce soir|maintenant|tout de suite)\b",
            r"\b(?:repondre|reponse|confirmer|decider|confirmation) (?:avant|d'ici|au plus tard)"
            r" (?:demain|ce soir|vendredi|lundi|la fin de (?:la )?journee)\b",
            r"\bplaces? (?:sont |restent )?(?:limitees?|tres limitees?|comptees?)\b",
            r"\b(?:offre|opportunite|occasion) (?:unique|exceptionnelle|exclusive|rare)\b",
            # a deadline or a loss in other words: "if I don't hear back by tomorrow morning",
            # "the offer will be withdrawn", "only one place left", « dans la journée »
            r"\b(?:hear back(?: from (?:you|u))?|hear from (?:you|u)|your (?:answer|reply|response"
            r"|decision|go-ahead)|a (?:reply|response|decision)|an answer) (?:by|before|no later"
            r" than) (?:tomorrow|tmrw|tmr|tonight|today|friday|monday|end of (?:the )?day|eod"
            r"|midnight|this evening|noon)\b",
            r"\b(?:offer|opportunity|position|place|spot|slot) (?:will be|gets|is|would be)"
            r" (?:withdrawn|rescinded|pulled|given to someone else|offered to someone else)\b"
            r"|\b(?:go|goes|move on|moves on|pass|passes) to the next (?:candidate|person|profile)\b",
            r"\bonly (?:one|1|a single|two|2) (?:place|spot|seat|slot|opening)s? (?:left|remain"
            r"|remaining)\b|\blast (?:remaining )?(?:spot|place|seat|slot)\b",
            r"\b(?:accord|reponse|retour|confirmation|decision) (?:dans la journee|d'ici ce soir"
            r"|avant ce soir|aujourd'hui meme|d'ici demain|avant demain)\b",
            r"\b(?:trancher|se decider|se prononcer|decider|repondre) (?:avant|d'ici|au plus tard)"
            r" (?:demain|ce soir|ce midi|vendredi|lundi)\b",
            r"\b(?:ne reste (?:plus )?qu'une|reste une seule|plus qu'une) (?:seule )?place\b"
            r"|\bderniere place\b",
            r"\b(?:passe|passera|passer|passons|passe direct) au (?:candidat |profil )?suivant\b"
            r"|\b(?:l'offre|le poste|la place) (?:sera|est) (?:retiree?|proposee? a quelqu'un"
            r" d'autre|attribuee? a un autre)\b",
            r"\b(?:reponds|repondez|reponds-moi|repondez-moi|confirme|confirmez|decide|decidez)"
            r" (?:vite|au plus vite|tres vite)\b",
        )
    },
    examples=(
        E("You'll receive the contract and must sign it within 24 hours.",
          spans=("within 24 hours",),
          note="a deadline after a delivery (R19-H)"),
        E("You'll receive the contract; please sign it within 24 hours.",
          spans=("within 24 hours",),
          note="'please' voids a delivery (the misdelivery formula no longer needs it not to)"),
        E("L'offre expire demain.", lang="fr", spans=("expire demain",)),
        E("I'd need to hear back from you by tonight, the window closes tmrw.",
          spans=("hear back from you by tonight", "closes tmrw")),
        E("I need your answer within 48 hours, the client won't wait.",
          spans=("within 48 hours", "won't wait")),
        E("This is a one-off opportunity with limited places.",
          spans=("one-off opportunity", "limited places")),
        E("Merci de me répondre sous 48h, places limitées.", lang="fr",
          spans=("sous 48h", "places limitées")),
        E("Répondez-moi rapidement, le client attend.", lang="fr",
          spans=("Répondez-moi rapidement",)),
        E("Please reply quickly, my client is waiting.", spans=("Please reply quickly",)),
        E("If you are interested, please notify us immediately.", spans=("immediately",),
          note="no misdelivery before it: a demand (R26-A)"),
        E("If you got this in error, still contact us immediately.", spans=("immediately",),
          note="not the disclaimer's formula: a demand (R27-D2)"),
        E("If you received this by mistake, please contact us immediately to claim your "
          "starting bonus.", spans=("immediately",),
          note="the formula does not end there: a demand (R27-D2)"),
        E("Contact me immediately if you received this message by mistake or if you want the "
          "$9,000/month role.", spans=("immediately",),
          note="the request first: the formula ends at the condition (review34)"),
        E("Merci de me contacter immédiatement si vous avez reçu ce message par erreur ou si le "
          "poste vous intéresse.", lang="fr", spans=("immédiatement",),
          note="the request first: the formula ends at the condition (review34)"),
        E("If you received this in error, delete it immediately and pay the deposit within 24 "
          "hours.", spans=("immediately", "within 24 hours"),
          note="the formula does not end at a payment (R27-D2b)"),
        E("Si vous avez reçu ce message par erreur, contactez-nous quand même immédiatement "
          "pour votre prime.", lang="fr", spans=("immédiatement",),
          note="not the disclaimer's formula (R27-D2)"),
        E("If you received this in error, please notify the sender. Then pay the fee "
          "immediately.", spans=("immediately",),
          note="a disclaimer does not reach the next sentence"),
        E("Si vous êtes intéressé, merci de nous répondre immédiatement.", lang="fr",
          spans=("immédiatement",)),
        E("We'll be closing the position within 48 hours.", spans=("within 48 hours",),
          note="a deadline, not the sender's promise (review33)"),
        E("We will be waiting for your answer immediately.", spans=("immediately",)),
        E("Je vais vous envoyer le contrat : il faut le signer sous 24 heures.", lang="fr",
          spans=("sous 24 heures",)),
        E("Nous allons avoir besoin de votre réponse immédiatement.", lang="fr",
          spans=("immédiatement",)),
        E("We will be reviewing offers today so please contact me immediately.",
          spans=("immediately",)),
        E("Let me know quickly, and act fast: the client decides tomorrow.",
          spans=("Let me know quickly", "act fast")),
        E("Merci de nous répondre rapidement. Réponds-moi rapidement. J'ai besoin de votre "
          "réponse rapidement.", lang="fr",
          spans=("Merci de nous répondre rapidement", "Réponds-moi rapidement",
                 "J'ai besoin de votre réponse rapidement")),
        E("Pourriez-vous me confirmer votre intérêt rapidement ?", lang="fr",
          spans=("Pourriez-vous me confirmer votre intérêt rapidement",)),
        E("Just two seats left, I need a yes today.",
          spans=("Just two seats", "need a yes today")),
        E("Il ne reste que deux places, j'ai besoin d'un oui aujourd'hui.", lang="fr",
          spans=("besoin d'un oui aujourd'hui",)),
        E("Decide today, my client cannot wait any longer.",
          spans=("cannot wait any longer",)),
        E("Only two spots left; without your answer by tonight the offer will be withdrawn.",
          spans=("Only two spots", "your answer by tonight",
                 "offer will be withdrawn")),
        E("Réponds vite : il ne reste qu'une place, sinon on passe au suivant.", lang="fr",
          spans=("Réponds vite", "ne reste qu'une place", "passe au suivant")),
        E("I immediately thought of you, so please reply immediately.", spans=("immediately",),
          note="the demand after the sender's quick thought (R33-I)"),
        E("J'ai immédiatement pensé à vous : répondez immédiatement.", lang="fr",
          spans=("immédiatement",), note="(R33-I)"),
    ),
    counterexamples=(
        E("L'appel à communications se termine dans 10 jours.",
          lang="fr",
          note="a conference's deadline (R19-H)"),
        E("You'll receive the Zoom invite from hackerrank.com within 24 hours.",
          note="a delivery delay (R19-H)"),
        E("You'll receive the Zoom invite within 24 hours.", note="a delay, not a deadline"),
        E("You'll receive an invite from hackerrank.com within 24h.",
          note="a delay; the dot of a web address does not end the sentence (R19-B)"),
        E("Vous recevrez l'invitation Zoom sous 24 heures.", lang="fr"),
        E("Applications close on 30 June; interviews in the week of 14 July."),
        E("Les candidatures sont ouvertes jusqu'au 15 septembre.", lang="fr"),
        # a recruiter's wish or promise (a real rejection of the corpus), not a demand
        E("Nous espérons que vous trouverez rapidement une opportunité qui vous correspond.",
          lang="fr"),
        E("Nous reviendrons rapidement vers vous après l'entretien.", lang="fr"),
        E("We hope you quickly find a role that suits you."),
        E("We always respond quickly to every application."),
        E("Please reply and we will quickly arrange a call. We act quickly on applications."),
        E("Merci de me répondre et nous reviendrons rapidement vers vous.", lang="fr"),
        E("Nous nous engageons à répondre rapidement à chaque candidature.", lang="fr"),
        # eagerness, not pressure (a real speaker invitation of the corpus)
        E("We cannot wait to welcome you to Bloomington."),
        # the sender's quick thought, not a demand (R33-I)
        E("My team is hiring a controls engineer and I immediately thought of you."),
        E("J'ai immédiatement pensé à vous en lisant la fiche de poste.", lang="fr"),
        # the sender's promise to act fast on its own side (R26-F)
        E("Thanks for applying! We'll be in touch with you as soon as possible."),
        E("We'll be announcing the list of accepted talks immediately."),
        E("We will review your application as soon as possible."),
        E("Nous vous confirmons la réception de votre dossier, que nous allons étudier au plus "
          "vite.", lang="fr"),
        E("Je reviendrai vers vous dès que possible avec une proposition.", lang="fr"),
        # a misdelivery disclaimer (R26-A, red-team round 8 F7)
        E("This e-mail may be confidential. If you are not the intended recipient, please "
          "notify the sender immediately and delete it.", note="a legal disclaimer"),
        E("If you have received this email in error, please notify us immediately by return "
          "email.", note="a legal disclaimer"),
        E("Si vous avez reçu ce message par erreur, merci de le détruire et d'en avertir "
          "immédiatement l'expéditeur.", lang="fr", note="a legal disclaimer"),
        E("Si vous n'êtes pas le destinataire de ce message, merci de nous en informer "
          "immédiatement.", lang="fr", note="a legal disclaimer"),
        E("If you are not the addressee, please alert the sender at once by reply, delete "
          "this message and destroy any copies.", note="a legal disclaimer (R27-D2b)"),
        E("If received by mistake, please let us know without delay by telephone at (555) "
          "010-0199 and delete it.", note="a legal disclaimer (R27-D2b)"),
        E("If you think you got this e-mail in error, reply to the sender to let them know, then "
          "permanently delete it and any attachments immediately.",
          note="a legal disclaimer (R27-D2b)"),
        E("If you received this message in error, please contact us immediately? Thanks.",
          note="a question mark ends the formula too, in both paths (review34)"),
        # the request first, the condition after it (R27-D2)
        E("Please notify the sender immediately by e-mail if you have received this e-mail by "
          "mistake and delete this e-mail from your system.", note="a legal disclaimer"),
        E("If you are not the intended recipient, please contact the sender immediately by "
          "reply e-mail and destroy all copies.", note="a legal disclaimer"),
        E("Ce message est confidentiel. Merci d'avertir immédiatement l'expéditeur si vous "
          "l'avez reçu par erreur.", lang="fr", note="a legal disclaimer"),
        E("Si vous n'êtes pas le destinataire, veuillez en informer immédiatement "
          "l'expéditeur.", lang="fr", note="a legal disclaimer"),
    ),
)

# --------------------------------------------------------------------------------------------
# elicitation
# --------------------------------------------------------------------------------------------
#: A disclaimer that the sender is *not* asking for something: "do not share any confidential
#: information", "we will never ask for your bank details", « ne partagez aucune information ».
NOT_ASKING = (
    r"\b(?:do not|don't|dont|never|must not|mustn't|should not|shouldn't|will not|won't|not"
    r"|no need to|without|please avoid|avoid|refrain from) (?:(?:any|ask|asking|you|to|for|us"
    r"|me|with|anything|ever|be|need|expected|required|requested|want|wish)\s)"
    r"{0,3}(?:share|sharing|disclose|disclosing|reveal|revealing|discuss|discussing|provide"
    r"|providing|send|sending|pass on|ask|asking|need|request|requesting|want|expect|require"
    # the passive: "you would not be asked about any non-public information" (rule R33-I)
    r"|asked|requested)\b"
    r"|\b(?:ne|n') ?(?:(?:pas|jamais|vous|nous|devez|doit|devriez|avez|aucune?|rien|plus|a|le|les"
    r"|la)\s){0,3}(?:partag|divulgu|communiqu|transmet|revel|demand|envoy|fourni)\w{0,6}"
    # a promise not to ask, as "I won't ask" (« je ne vous poserai pas de questions »; R20-B)
    r"|\b(?:ne|n') ?(?:vous |te )?(?:poserai|poserons|pose|posons) (?:pas|jamais|aucune) (?:de )?"
    r"questions?\b"
    r"|\bsans (?:partager|divulguer|communiquer|reveler|transmettre|demander)\b"
    r"|\b(?:pas|aucun) besoin de (?:partager|divulguer|communiquer|transmettre|envoyer)\b"
)
#: A disclaimer whose negation comes before what is not asked and its verb after it (rule
#: R33-I): "no confidential or non-public information will be requested", « aucune information
#: confidentielle ne vous sera demandée ». :data:`NOT_ASKING` must end before the match it
#: cancels, so these are a closed formula that holds it (:attr:`unless_template`).
_NONE_ASKED = (
    r"(?:\bno (?:[a-z\-]+ ){0,4}(?:information|data|details|results|figures|documents?|material"
    r"|questions?)(?: (?:of any kind|whatsoever))? (?:will|shall|would|is|are|should) (?:ever )?"
    r"(?:be )?(?:asked(?: for| about)?|requested|required|sought|expected)(?: (?:from|of) you)?"
    r"|\baucune? (?:[a-z\-']+ ){0,5}?(?:ne |n')(?:vous |te )?(?:sera|seront|serait|seraient|est"
    r"|sont|doit etre|doivent etre|devra etre|devront etre) (?:jamais |pas )?(?:demandee?s?"
    r"|requise?s?|exigee?s?|sollicitee?s?|posee?s?|attendue?s?)(?: de (?:votre|ta) part)?)"
    # (the formula ends its sentence: "... will be requested in writing; walk me through them
    # on our call" or "until our call" says when, not that none is: review44 M6, rule R33-N)
    r" ?(?:[.!?;,]|$)"
)
#: What not to put in a CV, a closed formula (rule R36-G, after review48 M4: as verbs of
#: :data:`NOT_ASKING` they cancelled "don't list your credentials and just tell me ..."):
#: "please don't include details of any classified programmes in your CV", « ne mentionnez
#: pas vos programmes classifiés dans votre CV »
_NOT_IN_CV = (
    r"\b(?:do not|don't|dont|never|please do not|please don't) (?:include|mention|list|put"
    r"|add|name)\b[^.!?;]{0,80}\bin (?:your|the) (?:cv|resume|application|cover letter)\b"
    r"|\b(?:ne|n') ?(?:mentionnez|indiquez|incluez|citez|mettez|precisez|listez)"
    r" (?:pas|jamais|aucune?)\b[^.!?;]{0,80}\b(?:dans|sur) (?:votre|ton|le) (?:cv|candidature"
    r"|lettre de motivation)\b"
)
#: French asking forms (a question or a request, not a statement: « vous pouvez être amené à »
#: is not one), each a whole word (« dire » is not « direction »; rule R18-H)
_ASK_FR = (r"\b(?:pourriez[- ]vous|pouvez[- ]vous|dites[- ]moi|dites[- ]nous|quels|quelles"
           r"|lesquels|lesquelles|preciser|indiquer|confirmer|decrire|detailler|lister"
           r"|expliquer)\b")
_ASK = (r"(?:confirm|tell me|tell us|share|let me know|let us know|what is|what's|which|describe"
        r"|detail|list|walk me through|walk us through|outline|give me|send me|mention|indicate"
        r"|specify|explain|curious|understand|know|how far|could you|can you|would you|details"
        r" of|info on|information on)")
#: A direct question for the target's clearance or programmes: no disclaimer in its sentence
#: cancels it ("I don't need any classified details, of course: just which programmes you are
#: cleared for"), unless it is itself negated in its clause (rule R18-K)
_DIRECT_QUESTION = (
    r"\b(?:which|what) (?:(?:classified|current|other) )?(?:programmes?|programs?|projects?"
    r"|contracts?|platforms?|systems?|missions?|clearance|level of clearance|vetting)\b"
    r"|\b(?:sur )?(?:quels|quelles|lesquels|lesquelles) (?:programmes?|projets?|contrats?"
    r"|systemes?|dossiers?|missions?)\b|\bvotre niveau d'habilitation\b"
)
_NEGATED_QUESTION = (r"\b(?:not|never|no need|without|won't|don't|ne|jamais|sans|pas)\b|n't\b"
                     r"|\bn'")
ELICITATION = PatternSignal(
    name="elicitation",
    description="Asks the target to disclose clearance level, programmes, roadmaps, "
    "unpublished results or internal deliberations.",
    category="elicitation",
    polarity="risk",
    source="M10: ODNI 'Don't Be This Guy'; ASIO TBYL; AIVD (fake job interviews); FBI; MI5 2025 "
    "('non-public and insider insights'); Dickson Yeo; DGSI 2018",
    unless=NOT_ASKING,
    unless_template=_NONE_ASKED + "|" + _NOT_IN_CV,
    firm=_DIRECT_QUESTION,
    firm_except=_NEGATED_QUESTION,
    patterns={
        "message": (
            near(r"\b" + _ASK + r"\b",
                 r"\b(?:your |the )?(?:current )?(?:clearance level|level of clearance|clearance"
                 r" status|what clearance|which clearance|security level|level of access|access"
                 r" level|nv1|nv2|ts/sci|vetting level)\b"),
            near(r"\b" + _ASK + r"\b",
                 r"\b(?:programmes?|programs?|projects?|contracts?|platforms?|systems?|missions?)"
                 r" (?:are |do |have |did |were )?(?:you|you've|you have|you are|you're|your team is|your team's|your lab is)"
                 r" (?:currently )?(?:work|working|worked|involved|supporting|running|on|cleared"
                 r"|vetted|read in|read into|briefed)\b"),
            r"\b(?:internal|unpublished|non-public|nonpublic|not-yet-public|classified"
            r"|proprietary|upcoming|next|current|confidential) (?:roadmap|road map|results"
            r"|data|benchmarks?|priorities|deliberations|discussions|findings|figures|numbers"
            r"|tape-?outs?|plans|budgets?|funding plans|strategy|pipeline|yields?|titres?|titers?"
            r"|recipes?|architecture|training (?:setup|set-up|recipe|tricks)|positions?"
            r"|thinking|debates?|timelines?|milestones?|specs?|specifications)\b",
            r"\bnot (?:yet )?(?:in|on) (?:the |any )?(?:papers?|public record|press|website"
            r"|preprints?|publications?)\b",
            r"\b(?:would not|wouldn't|won't|will not|do not|don't|does not|doesn't|never)"
            r" (?:easily )?(?:find (?:their|its) way|make it|get) into (?:print|the papers?"
            r"|the press|public)\b",
            r"\binsider (?:insights?|information|view|views|perspective|knowledge|details)\b",
            r"\bnon-public\b|\bnot (?:publicly )?available (?:elsewhere|publicly)\b",
            r"\bhow far (?:up )?(?:the chain )?(?:your|you) (?:access|clearance|reach)\b",
            # an adverb between ("who actually sits on"; probe7, rule R19-D)
            r"\bwho (?:actually |really |exactly )?(?:reports to whom|is shaping|is driving|decides"
            r"|sits on|is behind)\b|\bqui siegen?t? (?:vraiment|reellement) (?:au"
            r"|dans le|dans les) (?:comite|conseil|board|directoire)\b",
            r"\b(?:org|organisation|organization)(?:al)? chart\b",
            r"\bwhat (?:is|was) (?:really )?(?:said|discussed|decided) (?:in|at|behind)\b",
            r"\bbehind closed doors\b|\bbefore (?:it's|it is|they are|they're|it gets|it's been)"
            r" (?:announced|published|public|made public)\b",
            r"\b(?:hasn't|has not|haven't|have not|isn't|is not|wasn't) (?:yet )?(?:been )?"
            r"(?:explained|said|made|announced|discussed|shared) (?:in public|publicly)\b",
            # the target's own work not yet public, asked about ("what your team is working on
            # that hasn't been published yet"; not "thank you ... your results have not been
            # released yet"; rules R18-G, R18-H)
            near(r"\b" + _ASK + r"\b[^.!?]{0,40}\byour (?:team|lab|group|company|unit"
                 r"|department)(?:'s)?(?: (?:work|research|results|findings))?\b",
                 r"\b(?:hasn't|has not|haven't|have not|isn't|is not|not yet|not) (?:yet )?"
                 r"(?:been )?(?:published|released|made public)\b", r"[^.!?]{0,60}"),
            r"\bhow (?:the )?(?:decisions?|choices|arbitrations?) (?:are|is|get|gets) (?:really |actually"
            r" )?(?:made|taken)\b",
            r"\bcomment (?:les|la) (?:decisions?|arbitrages?|choix) (?:se )?(?:prennent|decident|sont"
            r" pris|est prise)\b|\bqui pese (?:vraiment|reellement)\b",
            # French
            r"\bniveau d'habilitation\b|\bvotre habilitation\b",
            near(r"\b(?:confirmer|preciser|indiquer|dites|dire|partager|detailler|lister|decrire"
                 r"|expliquer|savoir|connaitre|comprendre|pourriez|pouvez)\b",
                 # « vos projets en cours / actuels » is what the English "your current
                 # projects" is, which asks nothing secret: the projects the target works on
                 # (a verb form, as in English) count, the programmes in progress too (R29-E)
                 r"\b(?:programmes?|contrats?|systemes?) (?:en cours|sur lesquels|actuels"
                 r"|que vous (?:menez|suivez|pilotez))\b|\bprojets? (?:sur lesquels"
                 r"|que vous (?:menez|suivez|pilotez))\b"),
            r"\b(?:resultats|donnees|feuille de route|roadmap|priorites|projets|travaux"
            r"|deliberations|chiffres|arbitrages|debats|discussions|plans)"
            r" (?:internes?|non publies?|non publiees?|confidentiel(?:le)?s?|non publics?"
            r"|pas encore publies?)\b",
            r"\binformations? (?:non publiques?|internes?|privilegiees?|confidentielles?)\b",
            # classified work asked about, as "classified" needs an asking verb in English (a
            # defence job ad says « vous interviendrez sur des programmes classifiés », « vous
            # gérez des dossiers confidentiels »; rules R18-F, R18-H): the asking forms only
            near(_ASK_FR,
                 r"\b(?:programmes?|projets?|contrats?|systemes?|dossiers?|travaux|missions?)"
                 r" (?:classifies?|classifiees?|secrets?|secretes?|confidentiel(?:le)?s?"
                 r"|(?:etes-vous|etes vous|vous etes) habilitee?s?)\b"),
            near(_ASK_FR + r"|\bconnaitre\b", r"\borientations internes\b"),
            r"\b(?:pas|jamais) (?:encore )?(?:publie(?:e|s|es)?|dans les publications|dans la"
            r" presse)\b",
            r"\bce qui se dit (?:en interne|dans les couloirs|au sein)\b",
            # the clearance held asked as a question, as "what level of clearance do you hold"
            # (set M, rule R35-A)
            r"\b(?:a )?quel (?:niveau|degre)(?: d'habilitation)? (?:vous etes|tu es|etes-vous"
            r"|es-tu|etes vous) habilitee?s?\b",
            # clearance held, classified work, what stayed out of the paper, who decides
            near(r"\b" + _ASK + r"\b",
                 r"\b(?:clearance|vetting|habilitation)\b[^.!?]{0,30}\b(?:you|u) (?:currently |now"
                 r" |still )?(?:hold|have|had)\b"),
            r"\b(?:level of|what) (?:security )?vetting (?:do )?(?:you|u)\b",
            near(r"\b" + _ASK + r"\b",
                 r"\bclassified (?:projects?|programmes?|programs?|work|contracts?|systems?"
                 r"|missions?|platforms?|files?|material)\b"),
            near(r"\b" + _ASK + r"\b",
                 r"\b(?:programmes?|programs?|projects?|contracts?|platforms?|systems?|missions?)"
                 r" (?:that )?your (?:team|lab|group|unit|department|division|service)"
                 r" (?:supports|works on|is working on|runs|handles|delivers|is on)\b"),
            r"\b(?:didn't|did not|never) (?:make it|made it|get|got|go|went|end up|ended up)"
            r" (?:in|into) (?:the |your )?(?:published|public|final) (?:version|paper|article"
            r"|release)\b",
            r"\bnot (?:yet )?(?:been )?made public\b",
            # as "unpublished results", asked for (probe10, review12; R20-B, R20-F): not a call
            # for "results that have not been published elsewhere"
            near(r"\b" + _ASK + r"\b", r"\b(?:results|findings|data|figures|numbers|benchmarks"
                 r"|measurements) (?:that|which) (?:have|has)(?: not|n't) (?:yet )?been"
                 r" (?:published|released|made public)\b"),
            r"\bwho (?:really )?(?:pulls the strings|calls the shots|holds the purse strings)\b",
            r"\b(?:pas|jamais) (?:encore )?(?:ete )?rendue?s? publi(?:que|ques|ee|ees|e|es|cs?)\b",
            r"\bcomment se (?:passent|font|prennent|decident|negocient) (?:les|vos|tes) (?:arbitrages"
            r"|decisions|choix)\b",
            r"\bqui (?:tire|tirent) les ficelles\b",
        )
    },
    examples=(
        E("No need to be formal, don't list your credentials and just tell me what clearance level"
          " you hold.",
          spans=("tell me what clearance level",),
          note="no CV warning (review48 M4, R36-G)"),
        E("Could you tell me about the results that have not been published yet?",
          spans=("results that have not been published",)),
        E("Sur quels programmes êtes-vous habilité ?", lang="fr",
          spans=("quels programmes êtes-vous habilité",)),
        E("And who actually sits on the steering committee deciding the roadmap?",
          spans=("who actually sits on",)),
        E("Et qui siège vraiment au comité de pilotage ?", lang="fr",
          spans=("qui siège vraiment au comité",)),
        E("Which programmes are you currently cleared for?",
          spans=("Which programmes are you currently cleared",)),
        E("It would help to understand what your team is working on that hasn't been published "
          "yet.", spans=("your team is working on that hasn't been published",)),
        E("Could you confirm your clearance level and which programmes you are working on?",
          spans=("confirm your clearance level",)),
        E("I'd love to hear about your unpublished results and the training tricks not in the "
          "papers.", spans=("unpublished results", "not in the papers")),
        E("Pourriez-vous me préciser votre niveau d'habilitation et vos projets en cours ?",
          lang="fr", spans=("niveau d'habilitation",)),
        E("Which classified programmes does your unit support, and who calls the shots?",
          spans=("Which classified programmes", "who calls the shots")),
        E("What vetting do you hold at the moment?", spans=("What vetting do you",)),
        E("Dis-moi comment se font les arbitrages, et qui tire les ficelles ?", lang="fr",
          spans=("comment se font les arbitrages", "qui tire les ficelles")),
        E("Parle-moi des jalons qui n'ont pas été rendus publics.", lang="fr",
          spans=("pas été rendus publics",)),
        E("Pourriez-vous me dire sur quels programmes classifiés vous travaillez ?", lang="fr",
          spans=("Pourriez-vous me dire sur quels programmes classifiés",)),
        E("J'aimerais connaître les orientations internes de votre laboratoire.", lang="fr",
          spans=("orientations internes",)),
        E("Pourriez-vous me décrire les projets sur lesquels vous travaillez ?", lang="fr",
          spans=("Pourriez-vous me décrire les projets sur lesquels",)),
        E("Aucune information confidentielle ne vous sera demandée. Pourriez-vous me "
          "transmettre les résultats non publiés ?", lang="fr",
          spans=("résultats non publiés",),
          note="the request after the disclaimer's sentence (R33-I)"),
        E("You will not be asked about anything secret, but could you share the unpublished "
          "results of your programme?", spans=("unpublished results",),
          note="a request after 'but' (R33-I)"),
        E("Dites-moi à quel niveau vous êtes habilité, c'est pour mon client.", lang="fr",
          spans=("à quel niveau vous êtes habilité",),
          note="as 'what level of clearance do you hold' (R35-A)"),
    ),
    counterexamples=(
        E("Ne mentionnez pas vos programmes classifiés dans votre CV.", lang="fr", note="(R36-G)"),
        E("Please don't include details of any classified programmes in your CV.", note="(R36-D)"),
        E("Le poste exige une habilitation Secret ; quel que soit votre niveau actuel, nous "
          "lançons la procédure.", lang="fr", note="a requirement, no question (R35-A)"),
        # a recruiter's ordinary question, as the English "your current projects" (red-team
        # round 10, F10: the languages disagreed; rule R29-E)
        E("Pourriez-vous me parler un peu de vos projets actuels et de la taille de votre "
          "équipe ?", lang="fr", note="current projects asked: ordinary (R29-E)"),
        E("Could you tell me a bit about your current projects and the size of your team?",
          note="the English form (R29-E)"),
        E("Pouvez-vous me dire quelques mots de vos projets en cours ?", lang="fr"),
        E("Les résultats de l'enquête n'ont pas encore été publiés ; nous vous tiendrons "
          "informés.",
          lang="fr", note="a statement"),
        E("We invite original papers presenting results that have not been published elsewhere.",
          note="a call for papers (review12, R20-F)"),
        E("Je ne vous poserai pas de questions sur ce que votre employeur n'a pas rendu public.",
          lang="fr", note="a promise not to ask, as 'I won't ask' (R20-B)"),
        E("Marie Dupont, qui siège au conseil scientifique, présidera la session.",
          lang="fr",
          note="a bio (R19-H)"),
        E("Knowledge of classified programmes is a plus for this role.",
          note="'know' is not 'knowledge' (R18-L)"),
        E("Shared services team: you will support classified projects for our defence clients."),
        E("Assistante de direction : vous gérez des dossiers confidentiels et l'agenda du "
          "comité.", lang="fr", note="« dire » is not « direction » (R18-H)"),
        E("Au sein de la Direction technique, vous travaillerez sur des programmes classifiés.",
          lang="fr"),
        E("Vous pouvez être amené à intervenir sur des projets sensibles pour le ministère.",
          lang="fr", note="a statement, not a question"),
        E("Vous contribuerez à décliner les orientations internes du groupe.", lang="fr"),
        E("Thank you for completing the assessment; your results have not been released yet."),
        E("Our paper has been published in Nature; the preprint is on arXiv."),
        E("Vous interviendrez sur des programmes classifiés ; une habilitation sera demandée.",
          lang="fr", note="a defence job ad states the work, asks nothing (R18-F)"),
        E("Le programme est public et les résultats seront publiés.", lang="fr"),
        E("The role involves classified work; you must be eligible for DV clearance.",
          note="a requirement stated, not a question about the target's work"),
        E("The slides are now public on our website.", note="published, not withheld"),
        E("Candidates must hold or be eligible for SC clearance; programme details are shared "
          "after vetting.", note="clearance requirement stated as eligibility"),
        E("Habilitation secret défense requise pour ce poste.", lang="fr",
          note="eligibility, not a question"),
        E("Please do not share any confidential information or internal roadmap with us.",
          note="compliance disclaimer, not elicitation"),
        E("We never ask for non-public information.", note="disclaimer"),
        E("Ne partagez aucune information confidentielle ni donnée interne.", lang="fr",
          note="disclaimer"),
        # disclaimers in the passive and the future (R33-I)
        E("During the interview you would not be asked about any confidential or non-public "
          "information.", note="the passive (R33-I)"),
        E("We will never ask you to share confidential information.", note="(R33-I)"),
        E("No confidential or non-public information will be requested.", note="(R33-I)"),
        E("Aucune information confidentielle ou non publique ne vous sera demandée.", lang="fr",
          note="the negation before, its verb after (R33-I)"),
        E("Nous ne vous demanderons aucune information confidentielle.", lang="fr",
          note="(R33-I)"),
    ),
)

PERSONAL_DATA_REQUEST = PatternSignal(
    name="personal_data_request",
    description="Asks early for personal or identity data, or for a CV listing current projects, "
    "clients or clearance.",
    category="elicitation",
    polarity="risk",
    source="M11: DGSI 2018 ('CV actualisé'); Dickson Yeo (résumés); DSS ($1,000 per cleared "
    "résumé); Get Safe Online",
    unless=NOT_ASKING,
    # where something is sent, not what is asked: "we've shipped your laptop to the home
    # address on your HR record", « livré à votre adresse personnelle » (rule R36-D)
    unless_template=r"\bto (?:the|your) (?:home|residential) address\b"
    r"|\b(?:a|chez) (?:votre|ton|l') ?(?:adresse (?:personnelle|perso)|domicile)\b",
    patterns={
        "message": (
            near(r"\b(?:cv|resume|curriculum|bio)\b",
                 r"\b(?:with|including|listing|along with|that lists|detailing|plus) (?:the |a )?"
                 r"(?:detailed |full |complete )?(?:list of )?(?:your )?(?:current |recent"
                 r" |past )?(?:projects|programmes|programs|clients|clearance|references|colleagues"
                 r"|contacts|contracts|systems|platforms)\b", r"[^.!?]{0,40}"),
            r"\b(?:home|private|residential|personal) (?:address|phone number|number|details"
            r"|postcode)\b",
            r"\b(?:date of birth|passport|id card|national insurance|social security|ssn"
            r"|bank details|iban|sort code|copy of your (?:passport|id|driving licence))\b",
            # French
            r"\b(?:cv|curriculum) (?:a jour |actualise |detaille )?(?:avec|incluant|listant"
            r"|precisant|mentionnant) (?:la liste de |le detail de )?(?:vos|tes) (?:projets"
            r"|programmes|clients|contacts|references)\b",
            r"\b(?:copie|scan|photo) (?:de votre|de ta|du) (?:passeport|piece d'identite|carte"
            r" d'identite|permis)\b",
            r"\b(?:adresse|numero) (?:du domicile|personnelle?|perso)\b",
            r"\bdate de naissance\b|\bcoordonnees bancaires\b|\b(?:rib|iban)\b",
            # as "passport", "ID card", "SSN" (probe12, R21-F)
            r"\b(?:passeport|carte d'identite|carte nationale d'identite|numero de securite"
            r" sociale|carte vitale)\b",
            # the CV asked for together with the work it would reveal, in other words: "every
            # programme you've been assigned to", "the colleagues you work with", "who you
            # report to", « chacun des programmes », « le nom de vos responsables »
            near(r"\b(?:cv|resume|curriculum|bio|biography|biographie)\b",
                 r"\b(?:every |each |all (?:the |of )?(?:your )?)(?:programmes?|programs?|projects?"
                 r"|clients?|contracts?|systems?|platforms?) (?:you|u)\b"
                 r"|\b(?:with|including|listing|plus|and) (?:a |the )?(?:full |complete )?list of"
                 r" (?:the |your )?(?:colleagues|team members|people|contacts|managers|projects"
                 r"|programmes|programs|clients)\b"
                 r"|\byour (?:current projects|team structure|reporting lines?|managers' names"
                 r"|colleagues' names)\b|\bwho (?:you|u) report to\b",
                 r"[^.!?]{0,60}"),
            r"\b(?:home|private|residential|personal) (?:postal |mobile |cell |cellphone |phone )?"
            r"(?:address|phone|phone number|number|mobile)\b",
            near(r"\b(?:cv|curriculum|biographie|parcours)\b",
                 r"\b(?:avec|incluant|listant|precisant|mentionnant|detaillant|indiquant) (?:la liste"
                 r" (?:de|des) |le detail (?:de|des) |chacun des |chacune des |l'ensemble des |tous"
                 r" les |toutes les |le nom (?:de|des) )?(?:vos |tes |des )?(?:projets|programmes"
                 r"|clients|contacts|references|responsables|collegues|chefs|missions en cours)\b",
                 r"[^.!?]{0,60}"),
            r"\badresse (?:de (?:votre |ton )?domicile|postale personnelle|postale privee"
            r"|(?:electronique|mail|e-mail|courriel) (?:privee|personnelle|perso))\b",
            r"\b(?:numero de (?:portable|telephone|mobile|tel)|portable|telephone|mobile)"
            r" (?:prive|perso|personnel)\b",
        )
    },
    examples=(
        E("Please confirm your home address so we can ship the laptop.", spans=("home address",)),
        E("Apportez votre carte d'identité et votre carte vitale.",
          lang="fr",
          spans=("carte d'identité", "carte vitale",),
          note="as 'ID card', 'social security' (R21-F)"),
        E("Remplissez le formulaire : nom complet, adresse, numéro de sécurité sociale.",
          lang="fr", spans=("numéro de sécurité sociale",), note="as 'SSN' (R21-F)"),
        E("Please send your CV with a detailed list of current projects and clearance.",
          spans=("CV with a detailed list of current projects",)),
        E("To start, I need a copy of your passport and your date of birth.",
          spans=("passport", "date of birth")),
        E("Envoyez-moi un CV à jour avec vos projets actuels.", lang="fr",
          spans=("CV à jour avec vos projets",)),
        E("Send your résumé with a list of the people you manage, and a home postal address.",
          spans=("résumé with a list of the people", "home postal address")),
        E("Pour le dossier : votre biographie en indiquant le nom de vos responsables, et "
          "votre portable perso.", lang="fr",
          spans=("biographie en indiquant le nom de vos responsables", "portable perso")),
    ),
    counterexamples=(
        E("We've dispatched your laptop to the home address on your HR record.",
          note="where it is sent (R36-D)"),
        E("L'attestation vous sera envoyée à votre adresse personnelle.",
          lang="fr",
          note="(R36-D)"),
        E("If interested, send your CV and I'll call you this week."),
        E("Si le poste vous intéresse, envoyez-moi votre CV.", lang="fr"),
        E("We will never ask for your bank details or passport by message.", note="disclaimer"),
        E("Please send your CV; the hiring manager is Dr Lee and the team structure is on our "
          "site.", note="the team described, not asked about"),
        E("Envoyez votre CV ; le nom de votre futur responsable vous sera donné en entretien.",
          lang="fr"),
    ),
)

# --------------------------------------------------------------------------------------------
# secrecy
# --------------------------------------------------------------------------------------------
#: The target's own organisation, as a profile text must name it to ask for concealment from it
#: ("don't tell your manager"): addressed to the reader.
_YOUR_ORG = (r"(?:your|ur|yr) (?:current |line |direct )?(?:employer|manager|boss|colleagues"
             r"|coworkers|co-workers|team|company|firm|hr|security officer|security team"
             r"|superiors?|supervisor|lab|agency|department|ministry|unit|organi[sz]ation|office"
             r"|hierarchy)\b")
_YOUR_ORG_FR = (r"(?:votre|vos|ton|ta|tes) (?:employeur|hierarchie|manager|collegues|entreprise"
                r"|direction|chef|service|superieurs?|labo|laboratoire|ministere|officier de"
                r" securite|responsable)\b")
#: Secrecy in a profile text (rule R26-C): a request to keep the contact from the target's
#: organisation or between the two; not the discretion or confidentiality a headhunter
#: promises ("Discreet executive search", "Absolute discretion is key", "We keep it
#: confidential": RED-FLAGS M8, client confidentiality is neutral), not "never tell anyone
#: your password" (security advice) or "never let your team down", and not the "no contract,
#: no paperwork" family, which in a sender's own headline is a product pitch ("Onboarding
#: without paperwork").
_SECRECY_PROFILE = (
    near(r"\b(?:don't|do not|dont|no need to|needn't|need not|better not|please don't"
         r"|best not to|rather not) (?:tell|mention|inform|loop in|share this with|discuss this"
         r" with|say anything to|bring (?:this|it) up with|run (?:this|it) (?:by|past))",
         _YOUR_ORG, r"[^.!?;|]{0,30}"),
    # (« entre nous » too, as in a message; R26-B)
    r"\bkeep (?:this|it|our (?:conversation|chat|exchange|discussion|contact)s?|things"
    r"|everything|the (?:matter|conversation)) (?:strictly )?(?:between (?:us|the two of"
    r" us|ourselves|(?:you|u) and me)|entre nous|to yourself|quiet|off the record|under wraps)\b",
    # a request, not a promise: "Your application stays between us" is a headhunter's
    # discretion (review33)
    r"\b(?:let's keep|let us keep|please keep) (?:it|this|things)? ?(?:strictly )?(?:between"
    r" (?:the two of )?(?:us|ourselves|(?:you|u) and me)|entre nous)\b",
    r"\b(?:nobody|no one|no-one) (?:needs to|has to|must|should) (?:ever )?(?:know|find out"
    r"|hear)\b",
    r"\byour discretion (?:is |would be |will be )?(?:appreciated|essential|required|expected"
    r"|important|key)\b",
    near(r"\b(?:not to|never to|rather you didn't|prefer you didn't|ask you not to)"
         r" (?:report|reporting|disclose|declare|mention|raise|flag|tell)\b",
         r"\b(?:to|with) " + _YOUR_ORG, r"[^.!?;|]{0,40}"),
    # French
    near(r"\b(?:inutile|pas besoin|pas la peine|evitez|evite|n'en parlez|n'en parle|ne dites"
         r"|ne dis)", _YOUR_ORG_FR, r"[^.!?;|]{0,40}"),
    r"\b(?:restons|(?:gardons|gardez|garde) (?:ca|cela|ceci|le|la|les|tout ca))"
    r" (?:(?:strictement|bien|vraiment|totalement|uniquement|seulement) )?(?:entre nous"
    r"|entre (?:vous|toi) et moi|off the record)\b",
    r"\b(?:soyez|restez|sois) (?:discret|discrete|discrets|discretes)\b",
    r"\bpersonne n'a besoin de (?:le )?savoir\b",
    near(r"\b(?:ne pas|n'en|sans en) (?:evoquer|mentionner|signaler|declarer|parler|rapporter"
         r"|informer|faire etat)\b", r"\b(?:aupres d[eu]|a) " + _YOUR_ORG_FR, r"[^.!?;|]{0,60}"),
)
#: What the sender says is to stay between the two of them (secrecy, rule R26-B)
_THIS_EXCHANGE = (r"\b(?:this|it|that|everything|all (?:of )?this|our (?:conversation|chat"
                  r"|exchange|discussion|contact|talk|call)s?|(?:everything|anything|what) we"
                  r" (?:say|discuss|share))")
SECRECY = PatternSignal(
    name="secrecy",
    description="Asks the target to keep the contact from their employer or colleagues, or "
    "offers work with no contract or paperwork.",
    category="secrecy",
    polarity="risk",
    source="M8: DGSI 2018 (discretion); Dickson Yeo; MI5 2025; CPNI",
    patterns={
        "message": (
            near(r"\b(?:don't|do not|dont|no need to|needn't|need not|better not|shouldn't"
                 r"|should not|please don't|without|never|would not|wouldn't|best not to"
                 r"|rather not)"
                 r" (?:tell|telling|mention|mentioning|inform|informing|involve|involving|loop"
                 r" in|looping in|share this with|discuss this with|let|bother|say anything to"
                 r"|bring (?:this|it) up with|run (?:this|it) (?:by|past))",
                 r"\b(?:employer|manager|boss|colleagues|team|company|hr|line manager|security"
                 r" officer|security team|work|office|lab|agency|department|ministry|anyone"
                 r"|anybody|superiors?|supervisor|firm|unit)\b", r"[^.!?]{0,30}"),
            # (« entre nous » in an English sentence too: "keep this entre nous"; R26-B)
            r"\bkeep (?:this|it|our (?:conversation|chat|exchange|discussion|contact)s?|things"
            r"|everything|the (?:matter|conversation)) (?:strictly )?(?:between (?:us|the two of"
            r" us|ourselves|(?:you|u) and me)|entre nous|to yourself|quiet|private|low[- ]key"
            r"|off the record|under wraps|discreet|confidential)\b",
            r"\b(?:keep|kept|stay|stays|stayed|remain|remains|remained|just|strictly|only)"
            r" (?:between (?:the two of )?(?:us|ourselves|(?:you|u) and me)|entre nous)\b",
            # the exchange said to be between the two of them or off the record ("this is between
            # you and me.", "our chat is off the record", "let's talk off the record"; R26-B);
            # not "Between you and me, I think...", an opinion, nor "it's between you and me and
            # one other candidate", nor a podcast's guests who "speak off the record"
            _THIS_EXCHANGE + r" (?:is|'s|will be|would be|should be|must be|has to be|needs to be)"
            r" (?:just |strictly |only |purely |entirely )?(?:between (?:us|ourselves|(?:you|u)"
            r" and me|the two of us)|entre nous)(?: for now| for the moment| please)?"
            r"(?:[.,;:!?)]| ?$)",
            _THIS_EXCHANGE + r" (?:is|'s|will be|would be|should be|must be|has to be|needs to be"
            r"|stays|remains) (?:strictly |completely |entirely |totally )?off the record\b",
            r"\b(?:let's|let us|can we|could we|shall we|we can|we could|i'd like to|i would like"
            r" to|i'd prefer to|i would prefer to|i'd rather|happy to|glad to|prefer to) (?:talk"
            r"|speak|chat|meet|discuss (?:this|it|things)) (?:strictly |completely |entirely |purely"
            r" )?off the record\b",
            r"\boff the books\b|\bnothing (?:in writing|written down|on paper)\b",
            r"\b(?:rien|pas) (?:d')?(?:ecrit|par ecrit)\b",
            r"\bno (?:" + term("contract") + r"|contracts|paperwork|formalities|written agreement"
            r"|invoices?)(?: (?:needed|required|necessary|involved))?\b",
            r"\bno need for (?:a |any )?(?:contract|paperwork|formalities|invoice)\b",
            # as « il n'y aura aucun contrat » (probe10, R20-B)
            r"\b(?:won't|will not|wouldn't|would not) be any (?:contract|paperwork|formalities"
            r"|written agreement)\b",
            # the sender would rather the target's colleagues did not know (« il vaut mieux que
            # vos collègues n'en voient rien »; probe10, R20-B); not a promise that an employer
            # will not be told of an application
            near(r"\b(?:better|best|wiser|safer|prefer|rather)\b",
                 r"\b(?:your )?(?:colleagues|coworkers|co-workers|employer|manager|boss|team"
                 r"|company|superiors?|hierarchy|security officer|hr|lab|agency|department"
                 r"|ministry) (?:don't|do not|doesn't|does not|won't|will not|needn't|need not"
                 r"|never)(?: need to| have to| ever)? (?:see|know|hear|find out|learn) (?:about "
                 r"|of )?(?:any of )?(?:this|our (?:contact|exchange|conversation|chat|talks?"
                 r"|discussions?))\b", r"[^.!?]{0,30}"),
            r"\bwithout (?:a |any )?(?:contract|paperwork|formalities|invoice|written"
            r" agreement)\b",
            r"\b(?:nobody|no one|no-one) (?:needs to|has to|will|would|must|should) (?:ever )?"
            r"(?:know|find out|hear)\b",
            r"\b(?:your|total|complete|absolute|utmost) discretion (?:is |would be |will be )?"
            r"(?:appreciated|essential|required|expected|important|key)\b",
            r"\b(?:be|remain|stay|keep) (?:discreet|quiet|silent)\b",
            # (rule R34-E, red-team round 13 H4)
            r"\bnot a (?:single )?word (?:to|with) " + _YOUR_ORG,
            # (a demand: "doesn't need to know"; not "if you'd rather your employer doesn't find
            # out", a headhunter's promise)
            r"\b" + _YOUR_ORG + r" (?:(?:doesn't|does not|don't|do not) (?:need|have) to"
            r"|needn't|need not) (?:ever )?(?:know|find out|hear)\b",
            # French
            near(r"\b(?:inutile|pas besoin|pas la peine|evitez|evite|sans|ne pas|n'en parlez"
                 r"|n'en parle|ne dites|ne dis)",
                 r"\b(?:employeur|hierarchie|manager|collegues|entreprise|direction|chef|service"
                 r"|superieurs?|labo|laboratoire|ministere|personne)\b", r"[^.!?]{0,40}"),
            # (« entre vous et moi », and "off the record" in a French sentence; R26-B)
            r"\b(?:reste|restera|rester|restent|resteront|resterait|resteraient|restons|restez"
            r"|resterons|(?:garder|gardons|gardez|garde) (?:ca|cela|ceci|le|la|les|tout ca))"
            r" (?:(?:strictement|evidemment|bien sur|juste|bien|vraiment|totalement|uniquement"
            r"|seulement) )?(?:entre nous|entre (?:vous|toi) et moi|off the record)\b",
            r"\b(?:sans|pas de|aucun|aucune|ni) (?:contrat|paperasse|formalites?|facture)\b",
            r"\b(?:soyez|restez|sois|reste) (?:discret|discrete|discrets)\b",
            r"\bpersonne n'a besoin de (?:le )?savoir\b",
            # more French ways of asking it (rule R34-E, red-team round 13 H4): not a word to
            # the target's organisation, not letting it know, keeping it to oneself (the bare
            # « c'est entre nous », « restez discret », « discrétion exigée » went after review45
            # H1, R34-G: headhunters and HR write them of a confidential search, a salary or a
            # test)
            r"\bpas un mot (?:de tout ca |de ceci |de cela )?a " + _YOUR_ORG_FR,
            r"\b(?:ne (?:mets|mettez|mettons) pas|sans mettre) " + _YOUR_ORG_FR
            + r"(?: [a-z]+){0,2} au courant\b",
            r"\b(?:gardez|garde|gardons) (?:ca|cela|ceci|tout ca|le|la|les) pour (?:vous|toi)"
            r"(?:[.,;:!?)]| ?$| (?:stp|svp|s'il))",
            r"\bbouche cousue\b",
            _YOUR_ORG_FR + r" n'(?:a|ont) pas (?:besoin )?(?:a|de) (?:le |en )?savoir\b",
            near(r"\bn'en (?:dis|dites) rien\b", _YOUR_ORG_FR, r"[^.!?]{0,40}"),
            r"\bn'en (?:parle|parlez|dis|dites) (?:pas|rien) (?:au|a ton|a votre) (?:boulot"
            r"|travail|bureau)\b",
            r"\bconfidentiel(?:le)?s? (?:vis-a-vis|a l'egard|aupres) d[eu] " + _YOUR_ORG_FR,
            near(r"\b(?:mieux|preferable|prefere|preferons)\b",
                 r"\b(?:vos|tes) (?:collegues|superieurs|chefs)|\b(?:votre|ton) (?:employeur"
                 r"|manager|chef|equipe|entreprise|hierarchie|labo|laboratoire|service|ministere"
                 r"|officier de securite)\b", r"[^.!?]{0,30}")
            + r"[^.!?]{0,20}\b(?:n'en|ne) (?:voient|voie|sachent|sache|sauront|saura|entendent"
            r"|entende) rien\b",
            # the contact kept from the target's organisation in other words: "not to report
            # them to your organisation", « ne pas évoquer cette prise de contact auprès de
            # votre officier de sécurité »
            near(r"\b(?:not to|never to|rather you didn't|prefer you didn't|ask you not to)"
                 r" (?:report|reporting|disclose|declare|mention|raise|flag|tell)\b",
                 r"\b(?:to|with) (?:your|anyone (?:at|in) your|any of your) (?:[a-z]+ )?"
                 r"(?:employer|organi[sz]ation|institution|agency|department|ministry|company"
                 r"|security (?:officer|office|team|department)|colleagues|manager|superiors?"
                 r"|hr)\b", r"[^.!?;]{0,40}"),
            near(r"\b(?:ne pas|n'en|sans en|sans) (?:evoquer|mentionner|signaler|declarer|parler"
                 r"|rapporter|informer|faire etat)\b",
                 r"\b(?:aupres d[eu]|a) (?:votre|ton|vos|tes|l'|la|le) ?(?:officier|responsable"
                 r"|employeur|hierarchie|collegues|service|direction|securite|administration"
                 r"|organisation|institution|ministere|entreprise|superieurs?|manager|chef)",
                 r"[^.!?]{0,60}"),
        ),
        **dict.fromkeys(PROFILE_TEXT, _SECRECY_PROFILE),
    },
    examples=(
        # (rule R34-E, red-team round 13 H4)
        E("Pas un mot à ton employeur.", lang="fr", spans=("Pas un mot à ton employeur",)),
        E("Ne mets pas ton employeur au courant.", lang="fr",
          spans=("Ne mets pas ton employeur au courant",)),
        E("Gardez ça pour vous.", lang="fr", spans=("Gardez ça pour vous.",)),
        E("Motus et bouche cousue.", lang="fr", spans=("bouche cousue",)),
        E("N'en dis rien à ton employeur.", lang="fr", spans=("N'en dis rien à ton employeur",)),
        E("N'en parle pas au boulot.", lang="fr", spans=("N'en parle pas au boulot",)),
        E("Confidentiel vis-à-vis de votre employeur.", lang="fr",
          spans=("Confidentiel vis-à-vis de votre employeur",)),
        E("Ton employeur n'a pas à le savoir.", lang="fr",
          spans=("Ton employeur n'a pas à le savoir",)),
        E("Your employer doesn't need to know.", spans=("Your employer doesn't need to know",)),
        E("Not a word to your employer.", spans=("Not a word to your employer",)),
        E("Il vaut mieux que vos collègues ne voient rien.",
          lang="fr",
          spans=("mieux que vos collègues ne voient rien",),
          note="without « en » (R20-F)"),
        E("There won't be any contract, just a transfer.",
          spans=("won't be any contract",), note="as « il n'y aura aucun contrat »"),
        E("Il vaut mieux que vos collègues n'en voient rien.",
          lang="fr", spans=("mieux que vos collègues n'en voient rien",), note="probe10, R20-B"),
        E("It's better if your colleagues don't see any of this.",
          spans=("better if your colleagues don't see",), note="probe10, R20-B"),
        E("Cela restera strictement entre nous.", lang="fr",
          spans=("restera strictement entre nous",)),
        E("just keep this between u and me, dont tell ur boss", lang="en",
          spans=("keep this between u and me", "dont tell ur boss")),
        E("No need to mention this to your employer, it's just between us.",
          spans=("No need to mention this to your employer", "just between us")),
        E("It would be paid directly, no contract needed.", spans=("no contract needed",)),
        E("Inutile d'en parler à votre employeur, cela restera entre nous.", lang="fr",
          spans=("Inutile d'en parler à votre employeur", "restera entre nous")),
        E("Nos échanges resteraient entre nous, bien entendu.", lang="fr",
          spans=("resteraient entre nous",)),
        E("Gardons cela entre nous pour le moment.", lang="fr",
          spans=("Gardons cela entre nous",)),
        E("We would ask you not to report our chats to your security officer.",
          spans=("not to report our chats to your security officer",)),
        E("Merci de ne pas signaler cet échange auprès de votre hiérarchie.", lang="fr",
          spans=("ne pas signaler cet échange auprès de votre hiérarchie",)),
        E("Hello", fields={"sender_headline": "Advisory | Keep this between us"},
          spans=("Keep this between us",), note="in the sender's headline (R26-C)"),
        E("Bonjour", lang="fr", fields={"sender_headline": "Conseil | Inutile d'en parler à "
                                                           "votre employeur"},
          spans=("Inutile d'en parler à votre employeur",), note="R26-C"),
        E("Please keep this entre nous.", spans=("keep this entre nous",),
          note="the French idiom in English (R26-B)"),
        E("Que cela reste entre vous et moi.", lang="fr", spans=("reste entre vous et moi",),
          note="as 'between you and me' (R26-B)"),
    ),
    counterexamples=(
        # (review45 H1, rule R34-G)
        E("Bonjour, n'hésitez pas à rester discret sur votre recherche d'emploi, nous ne "
          "contacterons jamais votre employeur actuel sans votre accord.", lang="fr"),
        E("Je mène une recherche confidentielle pour un groupe du CAC 40. Discrétion absolue "
          "exigée de notre part comme de celle du client.", lang="fr"),
        E("Merci de rester discrète sur les informations salariales que je vous ai "
          "transmises.", lang="fr"),
        E("Bien entendu, c'est entre nous pour le moment, votre employeur ne sera jamais "
          "contacté.", lang="fr"),
        # (rule R34-E)
        E("Discrétion assurée, votre candidature reste confidentielle.", lang="fr",
          note="a headhunter's promise"),
        E("Entre nous soit dit, le marché est difficile en ce moment.", lang="fr",
          note="an opinion"),
        E("C'est entre nous et le client final que se joue la décision.", lang="fr"),
        E("Gardez ce lien pour vous connecter à l'entretien.", lang="fr"),
        E("Le poste est confidentiel.", lang="fr"),
        E("This won't be a contract position; it's a permanent role with full benefits.",
          note="an employment type"),
        E("If you'd rather your current employer doesn't find out, we keep every application "
          "confidential.",
          note="the candidate's preference"),
        E("Career tip: it's better that your manager doesn't hear it from someone else, so "
          "tell them yourself.",
          note="advice to tell (review12, R20-F)"),
        E("Your application is confidential: your employer won't know unless you tell them.",
          note="a privacy promise, not concealment wanted by the sender"),
        E("Between you and me, I think the role suits you; the client is named in the JD."),
        E("It's between you and me and one other candidate now, so the panel decides on Friday.",
          note="a third party (R26-B)"),
        E("This is a confidential search on behalf of a listed client; your application will be "
          "treated in strict confidence.", note="normal confidential executive search"),
        E("Recherche confidentielle pour le compte d'un groupe coté ; contrat CDI.", lang="fr"),
        E("Un appel entre nous et le manager la semaine prochaine ?", lang="fr"),
        E("Let's set up a quick call between us and the hiring manager next week."),
        E("Please remember not to disclose confidential data; your manager will approve the "
          "talk.", note="a compliance reminder, the manager informed"),
        E("Pensez à ne pas oublier de signaler votre candidature à votre responsable RH.",
          lang="fr"),
        E("Hello", fields={"sender_headline": "Executive search | Your application stays "
                                               "between us"},
          note="a headhunter's promise of discretion, not a request (review33)"),
        E("Bonjour", lang="fr", fields={"sender_headline": "Chasse de têtes | Votre démarche "
                                                           "reste entre nous"},
          note="a headhunter's promise of discretion, not a request (review33)"),
        E("Hello", fields={"sender_headline": "Discreet executive search | Absolute discretion "
                                              "is key"},
          note="a headhunter's promise, not concealment asked of the target (M8, R26-C)"),
        E("Bonjour", lang="fr", fields={"sender_headline": "Chasse de têtes discrète | "
                                                           "Recherche confidentielle"}),
    ),
)

# --------------------------------------------------------------------------------------------
# lure
# --------------------------------------------------------------------------------------------
#: Where a macro is in a document sent to the target (file_lure, rules R20-D, R20-L): not
#: "VBA macros in our workbooks" (a job description) or "the macro team"
_MACRO_DOC = (r"\b(?:attached|attachment|enclosed|the (?:[a-z]+ )?(?:file|document|spreadsheet"
              r"|workbook) (?:i|we) (?:sent|shared|attached)|ci-joint\w?|piece jointe)\b")
#: A macro as a thing: plural or with an article ("Our macro team", "global macro trends" are
#: macroeconomics; rule R20-K)
_MACRO_NOUN = r"\b(?:macros|(?:the|a|this|these|les|la|une|des) macros?)\b"
FILE_LURE = PatternSignal(
    name="file_lure",
    description="Pushes a file, link or program: a password-protected archive, enabling "
    "macros, installing an interview tool, running code on a work machine.",
    category="lure",
    polarity="risk",
    source="M12: ESET In(ter)ception; Mandiant UNC2970; Mia Ash (macro Excel); eSentire "
    "more_eggs; Lazarus Dream Job fake coding tests. L7: Moonstone Sleet (zip with url.txt, IP "
    "and password); Lazarus Coinbase lure ('PDF' that was an executable); ESET/The Record "
    "(coding challenges as files)",
    # the safe advice negates the very action (« ne le lancez pas sur votre ordinateur
    # professionnel », "never open it on a work laptop"); a negation elsewhere in the sentence
    # ("never use a VPN, and run it on your work laptop") cancels nothing
    unless=NEGATED_ACTION + r"|\b(?:no|without|pas de|sans|aucune?)\b",
    unless_scope="near",
    patterns={
        "message": (
            term("password") + r"[- ]?(?:protected|locked)\b",
            r"\b(?:the )?" + term("password") + r" (?:is|will be|to open|for the)\b",
            near(term("password"), r"\b(?:pdf|zip|rar|7z|archive|file|document|attachment"
                 r"|docx?|xlsx?)\b"),
            # a macro in a document (not "global macro volatility", "Rust macros"; rule R20-D)
            r"\benable (?:editing|content|macros?)\b|\bmacro-enabled\b"
            r"|\bmacros? (?:has|have|must|need|needs|should) (?:to )?(?:be )?(?:enabl|activat"
            r"|allow|turn)\w*\b|\bmacros? (?:warning|prompt|banner|security warning)\b",
            near(_MACRO_DOC, _MACRO_NOUN, r"[^.!?]{0,40}"),
            near(_MACRO_NOUN, _MACRO_DOC, r"[^.!?]{0,40}"),
            r"\.(?:zip|rar|7z|exe|iso|dmg|scr|lnk|docm|xlsm|msi|apk|bat|ps1|hta|jar)\b",
            r"\.(?:pdf|docx?|xlsx?|txt|jpg|png) ?\.(?:exe|scr|lnk|js|vbs|bat|cmd|com|msi|app)\b",
            r"\burl\.txt\b|\b(?:ip|ip address|host) and (?:the )?" + term("password") + r"\b",
            r"\b(?:coding|technical|programming|skills?) (?:challenge|test|task|assignment|exercise)s?"
            r" (?:is |are )?(?:attached|in the attachment|in the (?:attached )?(?:zip|archive|file"
            r"|folder|rar))\b",
            r"\b(?:archive|zip|rar) (?:file )?(?:is )?(?:attached|protected|encrypted)\b",
            r"\b(?:download|install|execute) (?:the|this|our|a|my) (?:app|application"
            r"|tool|software|client|plugin|plug-in|extension|script|assessment tool|test|setup"
            r"|installer|file|program|package|meeting app|video tool|sdk|repo|repository)\b",
            # "run the app, the test" is also how a take-home brief asks the candidate to
            # document their own code ("how to run the app and the tests"): with those verbs,
            # the app, test or repo must be the sender's ("our app", "the app we sent")
            r"\b(?:run|launch) (?:the|this|our|a|my) (?:tool|software|client|plugin|plug-in"
            r"|extension|script|assessment tool|setup|installer|file|program|package|meeting app"
            r"|video tool|sdk)\b",
            r"\b(?:run|launch) (?:our|my|this) (?:app|application|test|repo|repository)\b"
            r"|\b(?:run|launch) the (?:app|application|test|repo|repository) (?:we|i)(?:'ve|"
            r" have)? (?:sent|shared|attached|gave)\b"
            r"|\b(?:run|launch) the test on your (?:machine|computer|laptop|pc)\b",
            r"\b(?:setup|install)\.sh\b|\bnpm (?:install|i|run)\b|\bpip install\b|\bgit clone\b",
            r"\bclone (?:the|this|our|my) (?:repo|repository|project)\b"
            r"|\bclone our [a-z\-.]+(?: [a-z\-.]+)? (?:repo|repository|project)\b",
            # "clone" and a code host's address (probe11, rule R20-E)
            r"\bclone[rz]? (?:(?:it |them |this |ceci )?(?:from|via|here|depuis|a partir de|ici)"
            r" ?:? )?(?:https?://)?(?:www\.)?"
            r"(?:github\.com|gitlab\.com|bitbucket\.org|codeberg\.org|gitea\.com)/",
            # as "clone our repo" (probe10, R20-B)
            # the sender's (« clonez ce dépôt » is how a take-home's own README begins; the
            # older English form also takes "the" and "this", which READMEs write too: a known
            # asymmetry, rule R20-F)
            r"\bclone[rz]? (?:notre|mon) (?:depot|repo|referentiel|projet)\b",
            r"\b(?:on|from|using) your (?:work|office|company|corporate|lab|employer's)"
            r" (?:laptop|computer|machine|pc|device|workstation|account|network)\b",
            r"\b(?:log in|login|sign in|signing in) (?:with|using) your (?:work|corporate|company"
            r"|microsoft|office|office 365|google|institutional) (?:credentials|account|e-?mail"
            r"|login|password)\b",
            r"\bverify your (?:account|identity|credentials|login)\b",
            r"\b(?:the |your )?(?:usual |normal |everyday )?password (?:that )?you (?:normally"
            r" |usually |always )?use\b|\byour (?:usual|normal|everyday|work|corporate|company)"
            r" password\b",
            r"\b(?:bit\.ly|tinyurl\.com|shorturl|goo\.gl|is\.gd|rb\.gy|cutt\.ly)\b",
            # French
            # as in English, a password to open a file, not the password of an account
            r"\b(?:protege|verrouille|chiffre)e?s? (?:par|avec) (?:un |le )?mot de passe\b",
            r"\b(?:le )?mot de passe (?:est|sera|pour (?:ouvrir|l'ouvrir|decompresser))\b",
            near(r"\bmot de passe\b", r"\b(?:pdf|zip|rar|7z|archive|fichier|document"
                 r"|piece jointe|docx?|xlsx?)\b"),
            r"\b(?:fichier|archive|document|pdf|zip) (?:protege|verrouille|chiffre)e?\b",
            r"\bmot de passe (?:vous |te )?(?:sera|seront|est|arrivera) (?:envoye|transmis"
            r"|communique|donne)\b",
            r"\bactiver (?:les macros|la modification|le contenu|les contenus)\b",
            r"\b(?:telecharger|telechargez|installer|installez|executer|executez)"
            r" (?:l'application|le logiciel|l'outil|le script|le fichier|ce fichier|notre outil"
            r"|notre application|le programme|le test)\b",
            r"\b(?:lancer|lancez) (?:le logiciel|l'outil|le script|le fichier|ce fichier"
            r"|notre outil|le programme|notre application|le test)\b",
            r"\blancez l'application\b|\blance[rz]? l'application (?:que|qu') ?(?:nous|je)"
            r" (?:vous |t')?(?:avons|ai) (?:envoyee|partagee|transmise)\b",
            r"\b(?:sur|depuis|avec) (?:votre|ton) (?:ordinateur|poste|pc|portable)"
            r" (?:professionnel|de travail|pro|du bureau|du boulot|du taf|du travail)\b",
            r"\bidentifiants? (?:professionnels?|pro|de travail|microsoft|office)\b",
            # a locked archive or an active document in other words: "a protected archive; use
            # the code 7731 to unlock it", "pwd ...", "activate the embedded scripts"
            r"\b(?:protected|locked|encrypted) (?:archive|zip|file|pdf|document|folder)\b",
            r"\b(?:code|pin|passcode|passphrase) (?:[a-z0-9!@#$%&*]{2,20} )?(?:to|for|that will)"
            r" (?:unlock|open|decrypt|extract|unzip)\b|\bunlock (?:it|the file|the archive|the pdf"
            r"|the document)\b",
            near(r"\b(?:pwd|passcode|passphrase)\b", r"\b(?:pdf|zip|rar|7z|archive|file|document"
                 r"|attachment|docx?|xlsx?)\b")
            + r"|" + near(r"\b(?:pdf|zip|rar|7z|archive|file|document|attachment|docx?|xlsx?)\b",
                          r"\b(?:pwd|passcode|passphrase)\b"),
            r"\b(?:in|inside|open|unzip|extract) the (?:attached |enclosed )?(?:zip|rar|7z"
            r"|archive)\b",
            r"\b(?:activate|enable|allow|turn on) (?:the )?(?:embedded |active |interactive )?"
            r"(?:scripts?|active content|macros)\b",
            r"\b(?:protege|verrouille|chiffre)e?s? (?:par|avec) (?:un |le )?(?:code|pin|mot de"
            r" passe)\b|\b(?:dans l'|l')archive (?:jointe|ci-jointe|zip)\b",
            r"\b(?:activer|activez|autoriser|autorisez) (?:les )?(?:scripts?|macros|contenus? actifs?)"
            r"(?: integres?)?\b",
            r"\bmot de passe (?:que (?:vous|tu) (?:utilise[sz]?|avez|as) (?:habituellement|d'habitude"
            r"|toujours|au travail)|habituel|professionnel|de (?:votre|ton) (?:compte|messagerie"
            r"|adresse) (?:professionnel|pro|de travail))",
        )
    },
    examples=(
        E("Tu ouvres le fichier joint depuis ton PC du boulot, ce sera plus rapide.", lang="fr",
          spans=("depuis ton PC du boulot",), note="as « PC professionnel » (set C, R23-B)"),
        E("Les macros de la grille salariale ci-jointe doivent être activées.",
          lang="fr", spans=("Les macros de la grille salariale ci-jointe",)),
        E("The attached Word file has macros for the salary calculator, please enable them.",
          spans=("attached Word file has macros",), note="a macro in a document sent (R20-L)"),
        E("Please clone our Node.js repo before the call.", spans=("clone our Node.js repo",)),
        E("Please clone from: https://gitlab.com/nexachain-dev/exchange-core before the "
          "interview.",
          spans=("clone from: https://gitlab.com/",)),
        E("The salary grid is attached. Macros need enabling to view the compensation details.",
          spans=("Macros need enabling",)),
        E("The salary grid is attached. Click Enable on the macro warning to see your salary.",
          spans=("macro warning",), note="review13, R20-K"),
        E("Please clone our backend repo before the call.",
          spans=("clone our backend repo",), note="one word between 'our' and 'repo'"),
        E("Clonez gitlab.com/nexachain-dev/exchange-core avant l'entretien.",
          lang="fr", spans=("Clonez gitlab.com/",)),
        E("Please clone https://gitlab.com/nexachain-dev/exchange-core before the interview.",
          spans=("clone https://gitlab.com/",), note="clone and a code host (probe11, R20-E)"),
        E("Merci de cloner notre dépôt et de le lancer en local avant l'appel.",
          lang="fr", spans=("cloner notre dépôt",), note="probe10, R20-B"),
        E("The salary table is in the attached PDF, password is Lock2024.",
          spans=("password is",)),
        E("Please run setup.sh from our repo on your work laptop before the interview.",
          spans=("setup.sh", "on your work laptop")),
        E("Ouvrez l'archive jointe, le mot de passe est dans le message suivant.", lang="fr",
          spans=("le mot de passe est",)),
        E("Le test technique est dans l'archive ZIP, protégée par un mot de passe.", lang="fr",
          spans=("protégée par un mot de passe",)),
        E("Le mot de passe du fichier ZIP vous sera envoyé par SMS.", lang="fr",
          spans=("mot de passe du fichier",)),
        E("Connectez-vous avec votre adresse professionnelle et le mot de passe que vous "
          "utilisez habituellement.", lang="fr",
          spans=("mot de passe que vous utilisez habituellement",)),
        E("Sign in with your work e-mail and the password you normally use.",
          spans=("password you normally use",)),
        E("The coding challenge is attached; url.txt has the IP and password.",
          spans=("coding challenge is attached", "url.txt")),
        E("Open the job description: JD_Senior_Dev.pdf.exe", spans=(".pdf.exe",)),
        E("The brief is a locked archive, pin 0451 to unlock it; activate the embedded scripts.",
          spans=("locked archive", "pin 0451 to unlock",
                 "activate the embedded scripts")),
        E("La description est dans l'archive jointe, protégée par le code 1234.", lang="fr",
          spans=("l'archive jointe", "protégée par le code")),
        E("L'épreuve est dans le fichier chiffré ; le mot de passe vous sera envoyé à part.",
          lang="fr", spans=("fichier chiffré", "mot de passe vous sera envoyé")),
    ),
    counterexamples=(
        E("The macro team publishes a research document."),
        E("We use VBA macros in our workbooks.", note="a job description (review14, R20-L)"),
        E("Our macro team publishes a weekly research document on global macro trends.",
          note="macroeconomics (R20-K)"),
        E("Clone the starter repo and build the feature in your own fork.",
          note="a take-home brief"),
        E("Le questionnaire est sur notre site : pas de pièce jointe, pas de macro.",
          lang="fr", note="negated"),
        E("We use Rust macros heavily in our codebase.", note="a language's macros"),
        E("Industry macro view and global macro volatility.", note="macroeconomics (R20-D)"),
        E("Clonez ce dépôt, puis ouvrez une pull request avec vos corrections.",
          lang="fr", note="a take-home README's own first line"),
        E("The job description is on our careers page: northwind-robotics.com/careers/4412."),
        E("La fiche de poste est sur notre site carrières.", lang="fr"),
        # the password of an account on a journal's or a conference's site
        E("Nom d'utilisateur : [NAME]. Mot de passe : {$password}", lang="fr"),
        E("Veuillez suivre ce lien pour configurer votre mot de passe.", lang="fr"),
        E("Cliquez sur le lien ci-dessous pour réinitialiser votre mot de passe.", lang="fr"),
        # a take-home brief: the candidate documents how to run the code they wrote
        E("Deliverables: your repository, with a README explaining how to run the app and "
          "the tests."),
        E("Run the tests before you submit your solution."),
        E("Livrables : un README avec les instructions pour lancer l'application et les "
          "tests.", lang="fr"),
        E("L'exercice n'utilise que des données fictives ; ne le lancez pas sur votre "
          "ordinateur professionnel.", lang="fr", note="the safe advice, negated"),
        E("Please never run the take-home on your work laptop; a personal machine is fine."),
    ),
)

# --------------------------------------------------------------------------------------------
# vulnerability
# --------------------------------------------------------------------------------------------
GRIEVANCE_HOOK = PatternSignal(
    name="grievance_hook",
    description="Plays on a grievance or hardship: layoffs, an unrenewed contract, feeling "
    "undervalued, a start-up short of cash.",
    category="vulnerability",
    polarity="risk",
    source="M14: Dickson Yeo (targets dissatisfied or in financial difficulty); Reuters/FDD 2025 "
    "(laid-off officials); NCSC 2025; DGSI Flash",
    patterns={
        "message": (
            r"\b(?:layoffs?|laid off|redundanc(?:y|ies)|made redundant|restructuring|job cuts"
            r"|cuts at|let go|job losses|furlough\w{0,20}|hiring freeze|funding (?:cuts|freeze)"
            r"|downsizing|reorg\w{0,20}|reduction in force|rif)\b",
            # only a non-renewal ("your grant was renewed" is good news; R20-F)
            r"\b(?:contract|post|position|grant|fellowship) (?:(?:at|with|in) (?:the |your )?"
            r"[a-z\-]+(?: [a-z\-]+)? )?(?:wasn't|was not|has not been|hasn't been|will not be"
            r"|won't be|is not being|not) renewed\b",
            r"\b(?:undervalued|underappreciated|under-appreciated|overlooked|passed over"
            r"|underpaid|unrecognised|unrecognized|not (?:valued|recognised|recognized"
            r"|appreciated))\b",
            r"\bdeserve (?:better|more|much more)\b|\bburn-?out\b|\bburned out\b",
            r"\b(?:treated|handled) (?:badly|unfairly|poorly)\b",
            r"\b(?:struggling|difficult times|tough times|hard times|short of cash|cash[- ]flow"
            r" (?:problems|issues|difficulties)|runway is|running out of (?:runway|money|cash)"
            r"|financial (?:difficult\w{0,20}|trouble|pressure|strain)|bridge (?:loan|financing"
            r"|round))\b",
            # French
            r"\b(?:licenciements?|licencie|plan social|plans sociaux|restructuration|suppressions?"
            r" de postes?|reorganisation|gel des embauches)\b",
            r"\b(?:contrat|poste|financement) (?:(?:au|a la|a l'|chez|dans) ?[a-z\-]+(?: [a-z\-]+)?"
            r" )?(?:n'a pas ete |non |pas )renouvele\b",
            r"\b(?:sous-estime|sous-estimee|pas reconnu|pas reconnue|mal paye|mal payee"
            r"|pas valorise|pas valorisee|meritez mieux|merites mieux)\b",
            r"\b(?:difficultes? financieres?|tresorerie (?:tendue|difficile)|en difficulte"
            r"|burn-?out|epuisement)\b",
            # the target's hardship (« votre start-up traverse une période difficile »), not the
            # market's
            near(r"\b(?:vous|tu|votre|ta|ton)\b", r"\b(?:traverse[rz]?|traverses|passe[rz]? par"
                 r"|passes par|vivez|vis) (?:une |un )?(?:periode|passage|moment|phase) (?:difficile"
                 r"|complique|compliquee|delicate?|tendue?)\b", r"[^.!?]{0,30}"),
            near(r"\b(?:vous|tu|votre|ta|ton)\b", r"\b(?:traverse[rz]?|traverses|connait|connaissez"
                 r"|vivez|vis) (?:une |un )?(?:mauvaise |sale )?passe(?: difficile| compliquee"
                 r"| delicate)?\b", r"[^.!?]{0,30}"),
            # hardship in other words: funding difficulties, a promotion missed, "they don't
            # deserve you"
            r"\b(?:funding|financial|financing|cash|money) (?:difficulties|problems|troubles"
            r"|struggles|woes|squeeze|crunch)\b",
            r"\b(?:missed (?:out on )?|denied|lost out on|didn't get|did not get|passed over for)"
            r" (?:the |a |your |that )?promotion\b",
            r"\b(?:they|he|she|your (?:employer|boss|company|manager)) (?:don't|do not|doesn't"
            r"|does not) deserve (?:you|u)\b",
            r"\b(?:rate|manque|loupe|pas eu|refuse) (?:la|ta|votre|une|cette) promotion\b"
            r"|\bpromotion (?:que (?:tu|vous) (?:meritais|meritiez)|qui (?:t'|vous )?(?:est|a ete)"
            r" refusee)\b",
            r"\b(?:ne )?(?:te|vous) meritent? pas\b",
        )
    },
    examples=(
        E("Votre contrat au laboratoire n'a pas été renouvelé.",
          lang="fr", spans=("contrat au laboratoire n'a pas été renouvelé",)),
        E("Your contract at the laboratory was not renewed, I heard.",
          spans=("contract at the laboratory was not renewed",), note="probe10, R20-B"),
        E("Sorry to hear about the layoffs at your agency; you deserve better.",
          spans=("layoffs", "deserve better")),
        E("I heard your contract was not renewed. My offer could help bridge the gap.",
          spans=("contract was not renewed",)),
        E("Je sais que votre start-up traverse une période difficile, mon client peut aider.",
          lang="fr", spans=("votre start-up traverse une période difficile",)),
        E("Avec le plan social chez vous, vous méritez mieux.", lang="fr",
          spans=("plan social", "méritez mieux")),
        E("Passed over for the promotion again? They don't deserve you.",
          spans=("Passed over", "They don't deserve you")),
        E("Ta boîte connaît une mauvaise passe et tu as raté ta promotion, je crois.", lang="fr",
          spans=("Ta boîte connaît une mauvaise passe", "raté ta promotion")),
    ),
    counterexamples=(
        E("Congratulations, I saw your grant with the Wellcome Trust was renewed for five "
          "years!",
          note="good news (review12, R20-F)"),
        E("Congratulations on the new role! We're hiring too, if you know anyone."),
        E("Félicitations pour votre nomination.", lang="fr"),
        E("Le marché traverse une période difficile, mais notre client recrute toujours.",
          lang="fr", note="the market's hardship, not the target's"),
    ),
)

TARGET_IN_TRANSITION = PatternSignal(
    name="target_in_transition",
    description="The target's headline shows a career transition (open to work, former, "
    "laid off): a context that hostile approaches exploit.",
    category="context",
    polarity="context",
    source="M14: Reuters/FDD 2025 (laid-off federal staff); NCSC 2025; Yeo",
    patterns={
        "target_headline": (
            r"\b(?:open to work|opentowork|seeking|looking for (?:new )?(?:opportunities|roles"
            r"|a role|work)|between roles|laid off|career break|available (?:for|immediately))\b",
            r"\b(?:former|formerly|ex|retired|previously)\b",
            r"\b(?:en recherche|a l'ecoute|ancien|ancienne|disponible|retraite|ex-)\b",
        )
    },
    examples=(
        E("Hi", fields={"target_headline": "Former policy adviser | Open to work"},
          spans=("Former", "Open to work")),
        E("Bonjour", lang="fr", fields={"target_headline": "Ancienne ingénieure radar, en "
          "recherche"}, spans=("Ancienne", "en recherche")),
    ),
    counterexamples=(
        E("Hi", fields={"target_headline": "Senior quantum engineer at Helix"}),
        E("Bonjour", lang="fr", fields={"target_headline": "Ingénieure radar chez Atelier"}),
    ),
)

# --------------------------------------------------------------------------------------------
# evasion
# --------------------------------------------------------------------------------------------
OBFUSCATED_TEXT = CallableSignal(
    name="obfuscated_text",
    description="Disguised writing: invisible characters or letters from another script inside "
    "a word, spaced or dotted letters, symbol swaps, '(at)' e-mail spelling, text reversed by a "
    "right-to-left override, blank-looking letters used as spaces.",
    category="evasion",
    polarity="risk",
    source="RED-FLAGS section 4 (normalise obfuscation); M9 obfuscated variants",
    detector=d.obfuscated_text,
    fast=d.obfuscated_text_fast,
    prefilter=(("message", d.OBFUSCATION_PREFILTER_ORIGINAL, True),
               ("message", d.OBFUSCATION_PREFILTER_NORM, False)),
    reads=("message",),
    examples=(
        E("Add me on W h a t s A p p", spans=("W h a t s A p p",)),
        E("Contact on wh@tsapp please", spans=("wh@tsapp",)),
        E("Write to me on Telegr\u0430m", spans=("Telegr\u0430m",)),
        E("sig\u200bnal me", spans=("sig\u200bnal",)),
        E("Écris à jean (at) gmail (dot) com", lang="fr", spans=("(at)",)),
        E("Ajoute-moi sur T.e.l.e.g.r.a.m", lang="fr", spans=("T.e.l.e.g.r.a.m",)),
        E("Hi, \u202eoper ruo enolc", spans=("\u202eoper ruo enolc",)),
        E("M e r c i  d e  c l o n e r  l e  d é p ô t", lang="fr",
          spans=("M e r c i", "c l o n e r", "d é p ô t")),
    ),
    counterexamples=(
        E("We work on B2B software and 3D printing in the U.K."),
        E("Envoyez votre CV à recrutement@atelier-lumen.fr", lang="fr"),
        E("They are building a Linked-In type platform for engineers.",
          note="an ordinary spelling of the platform's name"),
        E("Retrouvez-nous sur Linked In.", lang="fr"),
    ),
)

TEMPLATED_GREETING = PatternSignal(
    name="templated_greeting",
    description="Opens with a mass-mailing salutation ('Dear Sir/Madam', 'Dear colleague', "
    "'Hello friend') instead of the target's name.",
    category="contact",
    polarity="risk",
    source="M18 (weak): DGSI 2018 ('messages standardisés'); MI5 2025 (outreach at scale); "
    "Sublime job-scam rule",
    patterns={
        "message": (
            r"^(?:dear|hello|hi|hey|greetings|respected|good (?:morning|day|afternoon))[ ,]+(?:sir/madam"
            r"|sir or madam|madam/sir|sir|madam|colleague|friend|candidate|professional|expert"
            r"|researcher|beloved|esteemed|valued)\b|^(?:dear|hello|hi|hey|greetings) (?:dr|doctor"
            r"|professor|prof)\.?(?: ?[,!:;-]| *$)",
            r"^(?:(?:cher|chere|cher\(e\)) )?(?:madame,? monsieur|monsieur,? madame|madame/monsieur"
            r"|monsieur/madame"
            r"|cher collegue|chere collegue|cher ami|chere amie|chers collegues|bonjour"
            r" (?:madame|monsieur)(?:/| ou | et |,)(?:madame|monsieur))\b",
            # the inclusive and plural forms: « Cher(e) candidat(e) », « Chers candidats »
            r"^(?:bonjour |bonsoir )?(?:cher|chere|chers|cheres|cher\(e\)|cher\(e\)s|cher\.e"
            r"|cher-e) (?:candidat\(e\)s|candidat\(e\)|candidat\.e|candidates|candidate|candidats"
            r"|candidat|postulant\(e\)|postulante|postulant|demandeur d'emploi|ami\(e\)"
            r"|collegue\(s\)|collegues|collegue|ami|amie|professionnel|professionnelle|expert"
            r"|experte)(?:\b|$|[ ,!:;])",
            r"^(?:dear|hello|hi) (?:applicant|applicants|job seeker|jobseeker|candidates|job"
            r" applicant|user|beneficiary)\b",
            # other mass salutations: "Hello Dear", "To whom it may concern", "Hi there, valued
            # member", « Bonjour à vous, cher utilisateur », « À qui de droit »
            r"^(?:hello|hi|hey|good (?:morning|day|afternoon)) dear\b|^to whom it may concern\b"
            r"|^greetings of the day\b",
            r"^(?:dear|hello|hi|hey|greetings)(?:[ ,]+there)?[ ,]+(?:valued|dear|esteemed)"
            r" (?:member|user|customer|client|candidate|professional|subscriber|recipient)\b",
            r"^(?:bonjour|bonsoir|salut)(?: a (?:vous|tous|toi|toutes et a tous))?[ ,]+(?:cher"
            r"|chere|chers|cheres) (?:utilisateur|utilisatrice|membre|client|cliente|abonne|abonnee"
            r"|internaute|candidat|candidate|professionnel|professionnelle)s?\b|^a qui de droit\b",
        )
    },
    examples=(
        E("Cher(e) Monsieur/Madame, nous avons un poste pour vous.",
          lang="fr",
          spans=("Cher(e) Monsieur/Madame",)),
        E("Respected Sir/Madam, we have an opening that matches your background.",
          spans=("Respected Sir/Madam",)),
        E("Dear Sir/Madam, we have an opportunity for you.", spans=("Dear Sir/Madam",)),
        E("Madame, Monsieur, nous vous contactons au sujet d'une mission.", lang="fr",
          spans=("Madame, Monsieur",)),
        E("Cher(e) candidat(e), nous avons une offre pour vous.", lang="fr",
          spans=("Cher(e) candidat(e)",)),
        E("Cher(e) collègue, nous recherchons des spécialistes de votre secteur.", lang="fr",
          spans=("Cher(e) collègue",)),
        E("Bonjour cher ami, nous avons un poste pour vous.", lang="fr",
          spans=("Bonjour cher ami",)),
        E("Dear applicant, your profile matches our vacancy.", spans=("Dear applicant",)),
        E("Hi there, valued member! We are hiring.", spans=("Hi there, valued member",)),
        E("Bonjour à vous, chère abonnée, nous recrutons.", lang="fr",
          spans=("Bonjour à vous, chère abonnée",)),
    ),
    counterexamples=(
        E("Dear Amira, I enjoyed your talk at the optics workshop."),
        E("Bonjour Claire, je me permets de vous contacter.", lang="fr"),
        E("Chère Claire, merci pour votre candidature.", lang="fr"),
        E("Hi there Claire, thanks for the chat yesterday."),
        E("Bonjour à vous deux, Claire et Amira.", lang="fr"),
    ),
)

# --------------------------------------------------------------------------------------------
# benign
# --------------------------------------------------------------------------------------------
_NUM = r"[0-9]{2,3}(?:[ ,.]?[0-9]{3}| ?k)?"
#: A yearly amount: thousands (written out or with k)
_YEARLY = r"[0-9]{2,3}(?:[ ,.]?[0-9]{3}| ?k\b)"
#: A yearly amount, an amount in thousands or a range after a salary word, maybe after "up to",
#: "from", « jusqu'à »... ("salary: £70k", « rémunération : CHF 230-270k », « salaire : 3 200 €
#: brut mensuel »), which a weekly "salary of $600" is not (rules R21-F, R21-J)
_BAND = (r"(?:(?:up to|from|between|circa|c\.|around|about|approx\.?|approximately|~|jusqu'a"
         r"|a partir de|environ|entre|de) ?)?(?:(?:[$€£]|usd|eur|gbp|chf|cad|aud|sgd) ?)?(?:"
         + _YEARLY + r"|[0-9]{1,3}[ ,.]?[0-9]{3}\b|" + _NUM + r" ?(?:-|to|a|/|and|et) ?(?:[$€£] ?)?"
         + _NUM + r")")
SPECIFIC_ROLE = PatternSignal(
    name="specific_role",
    description="Describes a specific, checkable role: a salary band, a job reference, the "
    "contract type.",
    category="benign",
    polarity="benign",
    source="M3 (disambiguation): specificity of title, salary band, location, JD reference",
    patterns={
        "message": (
            r"(?:[$€£] ?|\b(?:usd|eur|gbp|chf) ?)?\b" + _NUM + r" ?(?:[$€£]|k€|keur|eur|gbp)?"
            r" ?(?:-|to|a|and) ?(?:[$€£] ?)?" + _NUM + r" ?(?:k€|keur|[$€£]|eur|euros|gbp|usd"
            # "pa" as a word: the "pa" of « par jour » is per-day pay, not per annum (R19-F)
            r"|k)?(?: ?(?:base|salary|per annum|pa\b|p\.a\.|a year|per year|brut|bruts|annuel"
            r"|annuels|\+ ?equity|plus equity))",
            # a bare currency range is a salary band when it is a yearly scale ("$120,000-
            # 150,000", "£55k-68k"), not "$150 to $500" a day of a task scam (probe9, R19-G)
            r"(?:[$€£]|\b(?:usd|eur|gbp))\s?" + _YEARLY + r" ?(?:-|to) ?(?:[$€£] ?)?" + _NUM
            + r"|(?:[$€£]|\b(?:usd|eur|gbp))\s?" + _NUM + r" ?(?:-|to) ?(?:[$€£] ?)?" + _YEARLY,
            r"\b" + _NUM + r" ?(?:-|a) ?" + _NUM + r" ?(?:k€|keur|k ?eur)",
            # (no bare job reference: "Ref: JR-2025-00417" is nothing the target can check, and
            # appended to a lure it took 10 of 97 flagged development messages below the
            # threshold: red-team round 8, rule R25-D)
            r"\b(?:permanent|full-time|full time|part-time|fixed-term|fixed term|12-month|6-month"
            r"|cdi|cdd|hybrid|on-site|onsite) (?:role|position|contract|post|poste|opportunity"
            r"|job)\b",
            # a salary word names a band, or a yearly amount; "salary:" or « salaire de » before
            # "$600 weekly" is no checkable band (a scam's wording took the discount: probe12,
            # R21-F)
            r"\b(?:salary|package|compensation|remuneration) (?:band|range|between)\b"
            r"|\b(?:salary|package|compensation|remuneration)(?: of| ?:) ?" + _BAND
            + r"|\bbase(?: salary| pay)?(?: ?:| of (?:[$€£]|[0-9]{2,3} ?k\b))"
            r"|\b(?:salaire|remuneration|package) entre\b|\bfourchette\b"
            r"|\b(?:salaire|remuneration|package)(?: de| brut(?: de)?| de base| ?:) ?" + _BAND,
            near(r"\b(?:salary|package|compensation|remuneration|salaire)\b",
                 r"(?:\bper year|\ba year|/ ?(?:year|yr|an)\b|\bper annum|\bp\.a\.|\bpar an\b"
                 r"|\bannuel)", r"[^!?;\n]{0,30}"),
            r"\bjob (?:description|spec|specification) (?:attached|is|here|at|on|:)\b"
            r"|\bfiche de poste\b",
        )
    },
    examples=(
        E("Salary: 60/70k, hybrid.", spans=("Salary: 60/70k",), note="(R21-J)"),
        E("Salaire : jusqu'à 55 k€ brut, CDI à Nantes.",
          lang="fr", spans=("Salaire : jusqu'à 55 k",), note="(R21-J)"),
        E("Salary: up to 90k + equity.", spans=("Salary: up to 90k",), note="(R21-J)"),
        E("Salaire : 3 200 € brut mensuel, CDD 12 mois.",
          lang="fr", spans=("Salaire : 3 200",), note="a monthly amount (review17, R21-J)"),
        E("Salaire brut de 42 000 € par an.",
          lang="fr", spans=("Salaire brut de 42 000",), note="(R21-F)"),
        E("Package: TWD 2.8-3.6M/year + bonus.",
          spans=("Package: TWD 2.8-3.6M/year",), note="a yearly amount (R21-F)"),
        E("Rémunération : CHF 230–270k, poste basé à Genève.",
          lang="fr",
          spans=("Rémunération : CHF 230–270k",),
          note="a range after the salary word (R21-F)"),
        E("Senior RF engineer, permanent role in Bristol, £70,000-£85,000 base.",
          spans=("permanent role", "£70,000-£85,000 base")),
        E("Ref HQ-2291: quantum control engineer, salary band 90-110k.",
          spans=("salary band",)),
        E("Poste en CDI à Toulouse, 55-65 k€ brut annuel, référence du poste RAD-4410.",
          lang="fr", spans=("55-65 k€",)),
    ),
    counterexamples=(
        E("Votre salaire de 300 € par semaine sera versé chaque vendredi.",
          lang="fr", note="a weekly pay, as in English (R21-F)"),
        E("Salary $600 weekly paid to your account, salary: negotiable.",
          note="no band, a weekly pay (R21-F)"),
        E("Earn $150 to $500 per day, no experience required.",
          note="a day's pay, not a salary band (R19-G)"),
        E("Gagnez 300 à 500 € par jour depuis chez vous.",
          lang="fr",
          note="per-day pay, not a salary band (R19-F)"),
        E("An exciting opportunity with a prestigious client, very well paid."),
        E("Une belle opportunité, très bien rémunérée.", lang="fr"),
        # "base de" is a database or a pool of applications, not a base salary
        E("Nous avons conservé votre CV dans notre base de candidatures.", lang="fr"),
        E("Our app has a user base of 2 million."),
        E("Ref: JR-2025-00417. Keep this between us, we cover your flights.",
          note="a bare job reference is nothing to check (red-team round 8, R25-D)"),
        E("Référence du poste : RAD-4410. Merci de rester discret.", lang="fr",
          note="a bare job reference (R25-D)"),
    ),
)

COMPLIANCE_TERMS = PatternSignal(
    name="compliance_terms",
    description="States compliance terms: do not share confidential information, check with "
    "your employer, conflicts of interest.",
    category="benign",
    polarity="benign",
    source="M4/M10 (disambiguation): expert-network compliance terms; 'clear it with your "
    "employer'",
    # a term negated or dismissed right before it states no rule: "there are no conflicts of
    # interest", "you don't need your employer's approval" (review20, review22; rules R22-H,
    # R22-J). A legitimate "confirm you have no conflicts of interest" loses the counter-signal
    # too: an attacker must not buy a discount with a reassurance (longest first: RE2 takes
    # the first alternative that matches)
    unless=r"\b(?:(?:no need for|no need to|don't need|do not need|needn't|need not|no reason"
    r" to|won't need to|will not need to|don't worry about|do not worry about|don't have to"
    r"|do not have to|pas besoin de|inutile de|without|never|not|no|sans|aucune|aucun|pas de)\b"
    r" ?|pas besoin d'|inutile d'|pas d')(?:(?:your|the|any|votre|ton|le|la)\b ?|l')?",
    unless_scope="near",
    patterns={
        "message": (
            r"\b(?:do not|don't|please don't|please do not|never|must not|should not|will not"
            r" ask you to|won't ask you to|will never ask you to|not asking you to|we never ask"
            r" you to|not to|may not|ask that you not)(?: to)? (?:share|disclose"
            r"|discuss|reveal|provide|pass on)(?: any)?"
            r" (?:confidential|proprietary|non-public|classified|internal|sensitive|material"
            r" non-public|employer)",
            # a rule or a procedure, not a department only named: "our compliance department
            # thanks you" costs an attacker nothing (rule R22-G)
            r"\bcompliance (?:check|terms|screening|training|rules|policy|process|review"
            r"|requirements|acknowledge?ment|tutorial|quiz|questionnaire|checklist"
            r"|attestation|charter|documentation|conditions)\b",
            # a compliance mailbox or page (rule R20-D)
            r"\b(?:compliance|conformite)@|/(?:compliance|conformite)\b",
            # the rule in other words: "terms which prohibit sharing confidential or material
            # non-public information", "confirm you're not sharing", "No MNPI may be discussed"
            # (a bare mention of material non-public information is no rule; R22-H)
            r"\b(?:prohibit|prohibits|forbid|forbids|bar|bars|not)"
            r" (?:you from )?(?:sharing|disclosing|discussing|revealing|passing on)(?: any)?"
            r" (?:confidential|proprietary|non-public|classified|internal|sensitive|material"
            r" non-public|mnpi)\b",
            r"\bno (?:mnpi|material non-public information|confidential information)"
            r" (?:may|can|will|should|must) be (?:shared|discussed|disclosed)\b",
            r"\bconflicts? of interest\b",
            r"\b(?:check|clear (?:it|this)?|confirm|get approval|discuss (?:it|this)|consult)"
            r" with your (?:employer|manager|compliance|security officer|line manager|hr"
            r"|institution)\b",
            r"\b(?:employer'?s?|manager'?s?) (?:approval|consent|permission|sign-off)\b",
            # French
            r"\b(?:ne pas|ne|n'|sans) (?:partager|divulguer|communiquer|reveler|transmettre"
            r"|partagez|divulguez|communiquez|revelez|transmettez)"
            r" (?:aucune?|d')? ?(?:information|informations|donnee|donnees|element|elements)s?"
            r" (?:confidentielle?s?|non publique?s?|internes?|sensibles?)",
            # the terms' own nouns, as in English; not « la conformité des produits » or a job
            # title (rule R20-D)
            r"\b(?:charte|conditions|questionnaire|procedure|documentation|regles?|politique"
            r"|attestation|exigences|formation) (?:de |de la )?conformite\b",
            r"\bconflits? d'interets?\b",
            r"\b(?:accord|autorisation|validation|aval) (?:prealable )?de (?:votre|ton)"
            r" (?:employeur|hierarchie|manager|direction|etablissement)\b",
        )
    },
    examples=(
        E("Vous signerez notre charte de conformité avant l'appel.",
          lang="fr", spans=("charte de conformité",)),
        E("Details: tessellate-experts.com/compliance.",
          spans=("/compliance",), note="a compliance page (R20-D)"),
        E("Please do not share any confidential information; our compliance team screens "
          "every call.", spans=("Please do not share any confidential",)),
        E("You'll complete a short compliance questionnaire before the call.",
          spans=("compliance questionnaire",)),
        E("Our compliance team reminds you not to share confidential information.",
          spans=("not to share confidential",), note="the rule, not the team (R22-G)"),
        E("Merci de ne pas partager d'informations confidentielles.", lang="fr",
          spans=("ne pas partager d'informations confidentielles",)),
        E("You'll accept our terms, which prohibit sharing confidential or material non-public "
          "information.", spans=("prohibit sharing confidential",), note="(R22-H)"),
        E("No MNPI may be discussed on the call.", spans=("No MNPI may be discussed",),
          note="(R22-H)"),
        E("Per our compliance team, you may not discuss confidential projects.",
          spans=("may not discuss confidential",), note="(R22-H)"),
        E("Ne partagez aucune information confidentielle.", lang="fr",
          spans=("Ne partagez aucune information confidentielle",), note="(R22-H)"),

        E("Vous ne devez partager aucune information confidentielle ; accord de votre employeur "
          "requis.", lang="fr", spans=("accord de votre employeur",)),
    ),
    counterexamples=(
        E("Nous recrutons une Responsable conformité réglementaire (CDI, Rennes).",
          lang="fr", note="a job title"),
        E("Experts familiar with blockchain compliance platforms like Chainalysis.",
          note="a market, not terms"),
        E("Contrôle de la conformité des produits à livrer.",
          lang="fr", note="quality control, not compliance terms (R20-D)"),
        E("Let's keep this between us, no need to tell your employer."),
        E("Our compliance department thanks you.", note="a department named (R22-G)"),
        E("Of course we avoid discussing confidential material.",
          note="a reassurance, not a rule (R22-I)"),
        E("I know you can't share confidential details, but any colour helps.",
          note="a spy's classic (R22-I)"),
        E("No need to check with your employer, this is a personal engagement.",
          note="negated (R22-H)"),
        E("We are especially interested in material non-public insights.",
          note="material non-public information named, not ruled out (R22-H)"),
        E("You don't need your employer's approval for this.", note="negated (R22-H)"),
        E("Pas besoin de l'accord de votre employeur.", lang="fr", note="negated (R22-H)"),
        E("There's no reason to check with your employer.", note="dismissed (R22-I)"),
        E("There are no conflicts of interest.", note="negated (R22-H, R22-J)"),
        E("Aucun conflit d'intérêts ici.", lang="fr", note="negated (R22-J)"),
        E("Notre service de conformité vous remercie.", lang="fr",
          note="a department named (R22-G)"),
        E("Inutile d'en parler à votre hiérarchie.", lang="fr"),
    ),
)

#: A negation before a public-programme phrase in its clause makes it the opposite ("there is
#: no published programme", "the discussion is not recorded", "Nothing we discuss will be
#: published", "not be livestreamed or recorded", « Rien ne sera publié »): a covert invitation
#: writes these, and a benign signal must not be bought with them (probe10, review12; rules
#: R20-B, R20-F).
_NEGATED_PUBLIC = (
    r"(?:\b(?:no|not|never|nothing|none|nor|neither|without)\b|n't)"
    r"|\b(?:pas|aucune?|sans|ni|rien|ne|jamais)\b|\bn'"
)
#: « ne ... qu' » is "only" (« les actes ne seront publiés qu'en juin »), not a negation
_ONLY_LATER = (r"(?: [\w'-]+){0,3} (?:publie\w{0,2}|diffuse\w{0,2}|en ligne|disponibles?"
               r"|public\w{0,2}) qu'")
PUBLIC_PROGRAMME = PatternSignal(
    name="public_programme",
    description="Points to a public, checkable programme: a published agenda, an open event, "
    "on-the-record publication, ethics approval.",
    category="benign",
    polarity="benign",
    source="M5/M16 (disambiguation): public programme, Chatham House rule, publication",
    unless=_NEGATED_PUBLIC,
    unless_scope="clause",
    unless_except=_ONLY_LATER,
    patterns={
        "message": (
            r"\b(?:programme|program|agenda|schedule|speaker list|line-up|lineup|call for papers"
            r"|cfp|proceedings|registration page|event page) (?:is |are |will be )?(?:now )?"
            r"(?:available |published |online |public |live )?(?:at|on|here|online|public"
            r"|published)\b",
            r"\b(?:public|published|open|publicly listed) (?:programme|program|agenda|event"
            r"|session|lecture|conference|call|panel|consultation|hearing)\b",
            r"\bchatham house rule\b",
            r"\b(?:recorded|livestreamed|live-streamed|streamed|open to the public|publicly"
            r" available|will be published|on the record|peer-reviewed|open access)\b",
            r"\b(?:ethics (?:approval|committee|board|review)|irb|informed consent"
            r"|participant information sheet)\b",
            # French
            r"\bprogramme (?:public|disponible|en ligne|complet|publie)\b",
            r"\bouverte? au public\b|\bregle de chatham house\b",
            r"\b(?:sera|seront) (?:publie|publiee|publies|publiees|diffuse|diffusee|en ligne)\b",
            r"\bcomite d'ethique\b|\bconsentement eclaire\b",
        )
    },
    examples=(
        E("There is no registration fee and the programme is online at colloque.org.",
          spans=("programme is online at",), note="the negation is the fee's (R20-K)"),
        E("Les actes ne seront publiés qu'en juin, après relecture par les pairs.",
          lang="fr", spans=("seront publiés",), note="« ne ... qu' » is 'only' (R20-F)"),
        E("The full programme is online at quantumweek.example.org.",
          spans=("programme is online",)),
        E("The panel is open to the public and will be recorded.",
          spans=("open to the public", "recorded")),
        E("Le programme complet est en ligne ; la conférence est ouverte au public.", lang="fr",
          spans=("programme complet", "ouverte au public")),
    ),
    counterexamples=(
        E("The recordings will not be made publicly available."),
        E("The session will not be livestreamed or recorded."),
        E("Nothing we discuss will be published.", note="negated in its clause (review12, R20-F)"),
        E("A private dinner with the partners; details when you arrive."),
        E("Un dîner privé avec nos partenaires.", lang="fr"),
        E("There is no published programme and the discussion is not recorded.",
          note="negated (probe10, R20-B)"),
        E("Nothing will be published.", note="negated"),
        E("Il n'y a pas de programme publié ; rien ne sera publié.", lang="fr",
          note="negated"),
    ),
)

ELIGIBILITY_REQUIREMENT = PatternSignal(
    name="eligibility_requirement",
    description="States a security-clearance requirement as eligibility for the role, rather "
    "than asking what clearance the target holds.",
    category="benign",
    polarity="benign",
    source="M10 (disambiguation): defence recruiters state SC/DV eligibility and defer programme "
    "detail until after vetting",
    patterns={
        "message": (
            r"\b(?:must|should|need to|needs to|required to|will need to|you'll need to|able to)"
            r" (?:hold|have|be|obtain|gain|achieve|already hold)\b[^.!?]{0,40}\b(?:clearance"
            r"|sc|dv|vetting|nv1|nv2|baseline|eligible)\b",
            r"\beligib(?:le|ility) (?:for|to obtain|to hold|to gain) (?:uk |us |an? )?(?:sc|dv"
            r"|security clearance|clearance|vetting|nv1|nv2|baseline)\b",
            r"\b(?:sc|dv|security|ts/sci|secret|baseline|nv1|nv2|active) clearance (?:is )?"
            r"(?:required|essential|mandatory|a must|needed|a requirement)\b",
            r"\b(?:subject to|pending|after|following) (?:security )?(?:vetting|clearance)\b",
            # French
            r"\bhabilitation (?:secret|confidentiel|defense|secret defense|tres secret)?"
            r"[^.!?]{0,20}(?:requise|obligatoire|necessaire|exigee|indispensable)\b",
            r"\b(?:etre|etes|soyez|etre en mesure d'etre) habilitable\b|\bhabilitable\b",
            r"\beligible a (?:une|l') habilitation\b",
            r"\bsous reserve (?:d'habilitation|de l'obtention)\b",
        )
    },
    examples=(
        E("You must hold or be eligible for SC clearance; details are shared after vetting.",
          spans=("must hold or be eligible for SC",)),
        E("Habilitation secret défense requise (ou être habilitable).", lang="fr",
          spans=("Habilitation secret défense requise",)),
    ),
    counterexamples=(
        E("What clearance level do you currently hold?"),
        E("Quel est votre niveau d'habilitation ?", lang="fr"),
    ),
)

# --------------------------------------------------------------------------------------------
# profile and context
# --------------------------------------------------------------------------------------------
TARGET_SENSITIVE_SECTOR = PatternSignal(
    name="target_sensitive_sector",
    description="The target works in a sector that hostile services pursue: AI, quantum, "
    "synthetic biology, semiconductors, aerospace and defence, nuclear, telecoms, cryptography, "
    "government, think tanks, deep-tech start-ups.",
    category="context",
    polarity="context",
    source="M1: McCallum 2023; NPSA/NCSC Secure Innovation; BfV 2017; DGSI 2018; AIVD 2022; "
    "ASIO; FBI/NCSC; MI5 2025",
    patterns={
        "target_headline": (
            r"\b(?:ai|a\.i\.|artificial intelligence|machine learning|ml|deep learning|llms?"
            r"|nlp|computer vision|foundation models?|frontier (?:ai|models?)|ia|intelligence"
            r" artificielle|apprentissage (?:automatique|profond)|neural networks?|mlops"
            r"|reinforcement learning)\b",
            r"\b(?:quantum|quantique|qubits?)\b",
            r"\b(?:synthetic biology|synbio|biotech\w{0,20}|bioengineer\w{0,20}|genomics|gene editing"
            r"|crispr|biologie de synthese|biologie synthetique|fermentation|strain"
            r" engineering|bioprocess\w{0,20}|virolog\w{0,20}|vaccines?)\b",
            r"\b(?:semiconductors?|semi-conducteurs?|chip design|asic|fpga|lithography"
            r"|lithographie|euv|foundry|tape-?outs?|microelectronique|microelectronics|photonics"
            r"|photonique|silicon|wafer)\b",
            r"\b(?:aerospace|aeronautique|aeronautics|aerospatiale|defence|defense|missiles?"
            r"|uavs?|drones?|radar|avionics|satellites?|space|spatial|military|militaire"
            r"|armement|munitions|hypersonics?|submarines?|sous-marins?|naval|navy|army|air"
            r" force|armee|armees|dga|dstl|mod)\b",
            r"\b(?:nuclear|nucleaire|fusion|reactors?|reacteurs?)\b",
            r"\b(?:telecoms?|telecommunications?|5g|6g|rf engineer|network security|reseaux"
            r" telecoms?)\b",
            r"\b(?:cryptograph\w{0,20}|cryptolog\w{0,20}|encryption|chiffrement|pki|post-quantum)\b",
            r"\b(?:government|civil servant|civil service|ministry|ministere|parliament"
            r"|parlement|parliamentary|parlementaire|senate|senat|mp|diplomat\w{0,20}|embassy"
            r"|ambassade|foreign office|treasury|policy|politique publique|cabinet|fonctionnaire"
            r"|public servant|home office|intelligence|renseignement|official|officer)\b",
            r"\b(?:think[- ]tank|policy institute|research fellow|senior fellow)\b",
            r"\b(?:founder|co-founder|cofounder|cofondat\w{0,20}|co-fondat\w{0,20}|fondat\w{0,20}|cto|chief"
            r" technology officer|start-?up|spin-?out|spin-?off|deep ?tech)\b",
        )
    },
    examples=(
        E("Hi", fields={"target_headline": "Quantum control engineer | PhD"},
          spans=("Quantum",)),
        E("Bonjour", lang="fr", fields={"target_headline": "Ingénieure radar, Direction "
          "générale de l'armement (DGA)"}, spans=("radar", "armement")),
        E("Hi", fields={"target_headline": "Senior policy adviser, HM Treasury"},
          spans=("policy",)),
    ),
    counterexamples=(
        E("Hi", fields={"target_headline": "Store manager at a garden centre"}),
        E("Bonjour", lang="fr", fields={"target_headline": "Responsable logistique, grande "
          "distribution"}),
    ),
)

NEW_ACCOUNT = ProfileSignal(
    name="new_account",
    description="The sender's account is less than 180 days old.",
    category="profile",
    polarity="risk",
    source="P1: LinkedIn 'About this profile' (2022); practitioner advice; Xiao et al. 2015",
    field_name="sender_account_age_days",
    below=180,
    unit=" days",
    examples=(
        E("Hello", fields={"sender_account_age_days": 21}, spans=()),
        E("Bonjour", lang="fr", fields={"sender_account_age_days": "45"}, spans=()),
    ),
    counterexamples=(
        E("Hello", fields={"sender_account_age_days": 2400}),
        E("Hello", fields={"sender_account_age_days": None}, note="unknown never fires"),
        E("Bonjour", lang="fr", fields={"sender_account_age_days": "pas connu"}),
    ),
)

FEW_CONNECTIONS = ProfileSignal(
    name="few_connections",
    description="The sender has fewer than 100 connections.",
    category="profile",
    polarity="risk",
    source="P2: CPNI TBYL; practitioner guides (0-10 connections); ClearanceJobs 2021 (weak "
    "alone)",
    field_name="sender_connections",
    below=100,
    examples=(
        E("Hello", fields={"sender_connections": 12}),
        E("Bonjour", lang="fr", fields={"sender_connections": "3"}),
    ),
    counterexamples=(
        E("Hello", fields={"sender_connections": 500}),
        E("Hello", fields={"sender_connections": ""}, note="unknown never fires"),
    ),
)

NO_PHOTO = ProfileSignal(
    name="no_photo",
    description="The sender's profile has no photo (weak: most fake profiles do have one).",
    category="profile",
    polarity="risk",
    source="P3: CPNI TBYL; BfV 2017; Mia Ash (weak on presence alone)",
    field_name="sender_has_photo",
    equals=0,
    examples=(
        E("Hello", fields={"sender_has_photo": 0}),
        E("Bonjour", lang="fr", fields={"sender_has_photo": "non"}),
    ),
    counterexamples=(
        E("Hello", fields={"sender_has_photo": 1}),
        E("Hello", fields={"sender_has_photo": None}, note="unknown never fires"),
    ),
)



@dataclass(frozen=True)
class _PaddingSignal(CallableSignal):
    """``padded_text``: one Python test per message (:func:`recruitscore.padding.find_padding`,
    which stops at a cheap look at every 8th character for nearly every message)."""

    def detect_frame(self, batch: Batch) -> np.ndarray:
        texts = batch.raw("message")
        rows = batch.compacted.get("message")  # the only rows that can hold padding
        padded = batch.padded.get("message", frozenset())  # padding in the text as given
        out = np.zeros(batch.n, dtype=bool)
        for i in (range(batch.n) if rows is None else rows):
            out[i] = i in padded or find_padding(texts[i]) is not None
        return out


def _padding(approach: Approach, norms: dict[str, NormText]) -> list[Evidence]:
    text = approach.message
    span = find_padding(text)
    if span is None:
        # the padding of the text as given, where compaction cut it below the thresholds
        # (a sentence repeated 800 times keeps three copies): its first copy is kept
        origin = [(original, index) for f, original, index in approach.origins if f == "message"]
        found = find_padding(origin[0][0]) if origin and "message" in approach.padded else None
        if found is None:
            return []
        index = origin[0][1]
        start, end = (int(x) for x in np.searchsorted(index, found))
        span = (start, max(start, end))
    return [Evidence("message", span[0], span[1], text[span[0]:span[1]])]


_ZW = "\u200b"
PADDED_TEXT = _PaddingSignal(
    name="padded_text",
    description="Padding that hides the message from filters and readers: dozens of invisible "
    "characters, a long blank stretch, or one character, sentence or piece repeated hundreds of "
    "times.",
    category="evasion",
    polarity="risk",
    source="RED-FLAGS section 4 (normalise obfuscation); issue 12 (evasion by padding)",
    detector=_padding,
    reads=("message",),
    examples=(
        E(_ZW * 40 + "Add me on WhatsApp, keep it between us.", spans=(_ZW * 40,)),
        E("Hello" + " " * 300 + "my client pays USD 2000 per report", spans=(" " * 64,)),
        E("." * 400 + " Send me your CV on Telegram", spans=("." * 64,)),
        E("Bonjour" + "\u2060 " * 40 + "écrivez-moi sur WhatsApp", lang="fr",
          spans=("\u2060 " * 32,)),
    ),
    counterexamples=(
        E("Best regards,\n\n\n-- \nAnna Smith\nTalent team"),
        E("Our family 👨\u200d👩\u200d👧 says hi! ===================="),
        E("Cordialement,\n\n" + "-" * 60 + "\nRecrutement", lang="fr"),
        E("Bonjour\u00a0! Le poste est à Paris\u202f: 60\u202f000 € brut.", lang="fr"),
    ),
)

#: Every signal, in a fixed order (the order of model features). Append only.
REGISTRY: tuple[Signal, ...] = (
    OFF_PLATFORM_REQUEST,
    VAGUE_EMPLOYER,
    PAID_REPORT,
    PAID_TRAVEL,
    ELICITATION,
    SECRECY,
    URGENCY,
    FLATTERY,
    TARGET_SENSITIVE_SECTOR,
    NEW_ACCOUNT,
    FEW_CONNECTIONS,
    NO_PHOTO,
    CORPORATE_CONTACT,
    OUTSIZED_PAY,
    FILE_LURE,
    BRAND_DOMAIN_MISMATCH,
    IRREGULAR_PAYMENT,
    THINK_TANK_COVER,
    INVESTMENT_PRETEXT,
    PERSONAL_DATA_REQUEST,
    GRIEVANCE_HOOK,
    TARGET_IN_TRANSITION,
    GENERIC_COMPANY,
    OBFUSCATED_TEXT,
    TEMPLATED_GREETING,
    SPECIFIC_ROLE,
    COMPLIANCE_TERMS,
    PUBLIC_PROGRAMME,
    ELIGIBILITY_REQUIREMENT,
    *FRAUD_AND_LURE_SIGNALS,
    PADDED_TEXT,
    *ADDED_SIGNALS,
    LOOKALIKE_DOMAIN,
)

__all__ = ["GAP", "REGISTRY", "any_of"]
