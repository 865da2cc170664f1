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
]


@pytest.mark.parametrize(("name", "message", "fields", "expected"), TABLE)
def test_table_r33i(name: str, message: str, fields: dict, expected: list[str] | None) -> None:
    assert_table_row_both_paths(name, message, fields, expected)
