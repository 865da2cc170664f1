"""False red flags and a missing counter-signal (rule R33-I): each row a phrase that read
otherwise than its English or French twin, or a hostile form that must keep its red flag (or
not gain the counter-signal), read on both paths (the detector's spans, and the column path)."""

from __future__ import annotations

import pytest

from .assertions import assert_table_row_both_paths

# (signal, message, other fields, the evidence in order, or None when it must not fire)
TABLE = [
    # --- (a) post_offer_onboarding: « suite à la signature », « via le portail RH » ---
    ("post_offer_onboarding", "Bonjour Hélène, suite à la signature de votre contrat, merci de "
     "nous transmettre via le portail RH une copie de votre pièce d'identité, votre RIB et votre "
     "carte Vitale.", {}, ["suite à la signature de votre contrat", "portail RH"]),
    ("post_offer_onboarding", "À la suite de la signature de votre contrat, vos justificatifs "
     "sont à déposer sur le portail RH.", {},
     ["À la suite de la signature de votre contrat", "portail RH"]),
    ("post_offer_onboarding", "Après signature du contrat, le service de la paie vous demandera "
     "votre RIB.", {}, ["Après signature du contrat", "service de la paie"]),
    ("post_offer_onboarding", "Upon signing of your contract, payroll will collect your bank "
     "details.", {}, ["Upon signing of your contract", "payroll"]),
    # (hostile: a first contact's request on a chat app gets no counter-signal, and keeps its
    # red flags)
    ("post_offer_onboarding", "Envoyez-moi votre RIB et une copie de votre pièce d'identité sur "
     "WhatsApp pour valider votre candidature.", {}, None),
    ("early_identity_request", "Envoyez-moi votre RIB et une copie de votre pièce d'identité sur "
     "WhatsApp pour valider votre candidature.", {}, ["Envoyez-moi votre RIB"]),
    ("personal_data_request", "Envoyez-moi votre RIB et une copie de votre pièce d'identité sur "
     "WhatsApp pour valider votre candidature.", {},
     ["RIB", "copie de votre pièce d'identité"]),
    ("post_offer_onboarding", "Send me your bank details and a copy of your passport on "
     "WhatsApp to validate your application.", {}, None),
    ("post_offer_onboarding", "Suite à la signature de votre contrat, envoyez-moi votre RIB sur "
     "WhatsApp.", {}, None),
    # --- (b) offer_without_interview: a past interview named anywhere in the message ---
    ("offer_without_interview", "Thanks for your time at the final interview. We'd like to "
     "offer you the role.", {}, None),
    ("offer_without_interview", "Following your interview on Monday, we are pleased to offer "
     "you the position of data analyst.", {}, None),
    ("offer_without_interview", "Thank you for your interest and your effort of taking the "
     "interview process. As a result, we are pleased to offer you the position.", {}, None),
    ("offer_without_interview", "Suite à notre entretien de mardi, nous avons le plaisir de "
     "vous proposer le poste. Vous pouvez commencer dès aujourd'hui.", {}, None),
    ("offer_without_interview", "Après vos entretiens, vous avez été retenue pour le poste. "
     "Vous pouvez commencer dès aujourd'hui.", {}, None),
    # (hostile: "no interview" and « sans entretien » name none, nor an interview to come)
    ("offer_without_interview", "You have been selected for the position, no interview needed",
     {}, ["You have been selected for the position", "no interview needed"]),
    ("offer_without_interview", "Vous avez été sélectionné, sans entretien.", {},
     ["sans entretien"]),
    ("offer_without_interview", "Thank you for applying and no need for the interview: you "
     "have been selected for the position.", {}, ["you have been selected for the position"]),
    ("offer_without_interview", "You have been selected for the position. The interview will "
     "be held on Telegram.", {}, ["You have been selected for the position"]),
    ("offer_without_interview", "Vous avez été sélectionné pour le poste. Pas besoin "
     "d'entretien, vous pouvez commencer demain.", {},
     ["Vous avez été sélectionné pour le poste", "Pas besoin d'entretien", "commencer demain"]),
    # --- (c) urgency: the sender's quick thought is no demand ---
    ("urgency", "When I saw your profile I immediately thought of you.", {}, None),
    ("urgency", "Your name came to mind right away when the client called.", {}, None),
    ("urgency", "J'ai tout de suite pensé à vous pour ce poste.", {}, None),
    ("urgency", "J'ai immédiatement pensé à vous pour ce poste.", {}, None),
    # (hostile: a demand keeps its red flag, beside the quick thought too)
    ("urgency", "Please reply immediately.", {}, ["immediately"]),
    ("urgency", "You can start immediately, the client is waiting.", {}, ["immediately"]),
    ("urgency", "Répondez immédiatement.", {}, ["immédiatement"]),
    ("urgency", "I immediately thought of you: reply immediately, only two spots left.", {},
     ["immediately", "only two spots"]),
    # --- (d) free-mail: the providers' corporate domains are none ---
    ("freemail_company_contact", "Je suis chargée de recrutement chez Orange : écrivez-moi à "
     "claire.martin@orange.com.", {}, None),
    ("off_platform_request", "Je suis chargée de recrutement chez Orange : écrivez-moi à "
     "claire.martin@orange.com.", {}, None),
    ("freemail_company_contact", "I'm a recruiter at La Poste Groupe; please send your CV to "
     "j.durand@laposte.fr.", {}, None),
    ("off_platform_request", "I'm recruiting for SFR Business, write to me at "
     "paul.roux@sfr.com.", {}, None),
    # (hostile: the consumer mailboxes of the same providers stay free-mail)
    ("freemail_company_contact", "Service RH de la société Elektra : envoyez votre CV à "
     "recrutement.elektra@orange.fr", {}, ["recrutement.elektra@orange.fr", "RH"]),
    ("freemail_company_contact", "Our HR team is reachable at hr.elektra@laposte.net", {},
     ["hr.elektra@laposte.net", "HR"]),
    ("off_platform_request", "Écris-moi plutôt sur mon adresse perso : paul.roux@sfr.fr", {},
     ["mon adresse perso", "paul.roux@sfr.fr"]),
    ("off_platform_request", "Write to me at jo arobase wanadoo point fr", {},
     ["jo arobase wanadoo point fr"]),
    # --- (e) elicitation: negated compliance disclaimers ---
    ("elicitation", "During the interview you would not be asked about any confidential or "
     "non-public information.", {}, None),
    ("elicitation", "We will never ask you to share confidential information.", {}, None),
    ("elicitation", "No confidential or non-public information will be requested.", {}, None),
    ("elicitation", "Aucune information confidentielle ne vous sera demandée.", {}, None),
    ("elicitation", "Nous ne vous demanderons aucune information confidentielle.", {}, None),
    # (hostile: the request itself, also after a disclaimer's sentence, keeps its red flag)
    ("elicitation", "Could you share the unpublished results of your programme?", {},
     ["unpublished results"]),
    ("elicitation", "Pourriez-vous me transmettre les résultats non publiés ?", {},
     ["résultats non publiés"]),
    ("elicitation", "No confidential information will be requested. Could you share the "
     "unpublished results of your programme?", {}, ["unpublished results"]),
    ("elicitation", "Aucun problème, pourriez-vous me transmettre les résultats non publiés ?",
     {}, ["résultats non publiés"]),
    # --- (f) paid_travel: a speaker's trip paid, in the passive, as in English ---
    ("paid_travel", "As a keynote speaker, your travel and accommodation costs will be "
     "covered.", {}, None),
    ("paid_travel", "En tant qu'intervenant, vos frais de transport et d'hébergement seront "
     "pris en charge.", {}, None),
    ("paid_travel", "Le voyage et l'hébergement des intervenants seront couverts par "
     "l'organisation.", {}, None),
    # (hostile: RED-FLAGS M5's forms keep their red flag)
    ("paid_travel", "We would cover your flights and hotel to meet my clients in Dubai.", {},
     ["cover your flights and hotel"]),
    ("paid_travel", "Nous prendrions en charge votre voyage pour rencontrer notre client à "
     "Pékin.", {}, ["prendrions en charge votre voyage"]),
    ("paid_travel", "Vos frais de transport et d'hébergement seront pris en charge pour "
     "rencontrer notre client à Pékin.", {},
     ["hébergement seront pris en charge pour rencontrer notre client"]),
    ("paid_travel", "Your travel and accommodation costs will be covered to meet our client in "
     "Beijing.", {}, ["travel and accommodation costs will be covered to meet our client"]),
    ("paid_travel", "Votre voyage en première classe et un hôtel cinq étoiles seront pris en "
     "charge.", {}, ["première classe", "hôtel cinq étoiles"]),
    ("paid_travel", "First-class flights and a five-star hotel will be covered.", {},
     ["First-class flights", "five-star hotel"]),
    ("paid_travel", "Séminaire à l'étranger, voyage pris en charge.", {},
     ["voyage pris en charge"]),
]


@pytest.mark.parametrize(("name", "message", "fields", "expected"), TABLE)
def test_table_r33i(name: str, message: str, fields: dict, expected: list[str] | None) -> None:
    assert_table_row_both_paths(name, message, fields, expected)


def test_corporate_domains_of_mail_providers_are_indicators() -> None:
    """orange.com, sfr.com and laposte.fr are companies' domains, so domain indicators;
    orange.fr, sfr.fr and laposte.net are consumer mailboxes, so none (rule R33-I)."""
    from recruitscore.indicators import extract_indicators

    for address, domain in (("claire.martin@orange.com", "orange.com"),
                            ("paul.roux@sfr.com", "sfr.com"),
                            ("j.durand@laposte.fr", "laposte.fr")):
        found = {(i.kind, i.value) for i in extract_indicators({"message": f"Mail: {address}"})}
        assert ("domain", domain) in found, found
    for address in ("claire.martin@orange.fr", "paul.roux@sfr.fr", "j.durand@laposte.net"):
        found = {(i.kind, i.value) for i in extract_indicators({"message": f"Mail: {address}"})}
        assert not any(kind == "domain" for kind, _ in found), found


# review44 (rule R33-N): a past interview cancels the offer flag only where the message does
# not also say none is needed or name one to come; a disclaimer cancels only when it ends its
# sentence
@pytest.mark.parametrize(("text", "flag"), [
    ("No interview is required. Congratulations, you have been selected for the position of "
     "Project Coordinator. Thanks again for your time and your interest in the interview.",
     "offer_without_interview"),
    ("Congratulations, you have been selected for the position of Project Coordinator. After "
     "your interview with the manager you will receive your contract.",
     "offer_without_interview"),
    ("Félicitations, vous avez été sélectionné pour le poste de coordinateur. Après votre "
     "entretien avec le directeur, vous recevrez votre contrat.", "offer_without_interview"),
    ("No non-public test results will be requested in writing; walk me through them on our call.",
     "elicitation"),
    ("Aucune information confidentielle ne sera demandée par e-mail, nous en parlerons de vive "
     "voix.", "elicitation"),
])
def test_review44_forms_keep_their_red_flag(text: str, flag: str) -> None:
    import pandas as pd

    import recruitscore as rs
    from recruitscore.signals import extract_signals_frame

    assert flag in {h.name for h in rs.extract_signals(text)}
    frame = extract_signals_frame(pd.DataFrame([{"message": text}] * 40), signals=[flag])
    assert frame[flag].tolist() == [1] * 40
