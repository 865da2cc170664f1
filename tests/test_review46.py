"""Review46 of rules R35-A/B/C (commit 236c520): ordinary legitimate recruiter, HR,
conference, academic and platform messages that the first form of those patterns gave a red
flag, and hostile forms that a « messagerie vidéo » elsewhere in the sentence cancelled. The
reviewer wrote them as strict xfails; rule R35-F took the loose patterns out or narrowed them
(and anchored the chat interview's firm clause on its written channel), so they now pass."""

from __future__ import annotations

import pytest

from .assertions import assert_table_row_both_paths

# (finding, signal, a legitimate message that must not fire it)
FALSE_FLAGS = [
    ("H1", "paid_travel", "Pour les intervenants, déplacements et hébergement : tout est pris "
     "en charge par l'organisation."),
    ("H1", "paid_travel", "Pour l'entretien final à Paris, vos billets de train et l'hôtel : "
     "tout sera pris en charge par nos soins."),
    ("H1", "paid_travel", "Poste itinérant, déplacements fréquents : tout est remboursé sur "
     "note de frais."),
    ("H1", "paid_travel", "We offer fully reimbursed travel to the on-site final interview in "
     "Berlin."),
    ("H1", "paid_travel", "Pour le colloque, voyage et séjour défrayés pour les intervenants "
     "invités."),
    ("H1", "paid_travel", "Poste de technicien itinérant : voyages défrayés, véhicule de "
     "service."),
    ("H1", "paid_travel", "Poste saisonnier : hébergement fourni dans notre hôtel de luxe à "
     "Megève."),
    ("H1", "paid_travel", "Agent de sécurité : prévention des vols dans un hôtel de luxe "
     "parisien."),
    ("H1", "paid_travel", "You'll travel to client sites twice a month; flights and hotels are "
     "on the client."),
    ("H1", "paid_travel", "Your hotel is on the client's campus, five minutes from the office."),
    ("H2", "outsized_pay", "Salaire : 38 000 € par an, astreinte 2 soirées par mois."),
    ("H2", "outsized_pay", "Temps partiel : 12 h par semaine, 1 100 € brut par mois, poste "
     "basé à Nantes."),
    ("H2", "outsized_pay", "Salaire 55 000 € brut annuel, télétravail possible seulement une "
     "demi-journée par semaine."),
    ("H2", "outsized_pay", "£48,000 per year; remote working is allowed for only half a day a "
     "week."),
    ("H3", "vague_employer", "Deux dates sont possibles pour l'entretien, mardi ou jeudi ; je "
     "ne peux pas encore vous dire laquelle, je reviens vers vous demain."),
    ("H3", "vague_employer", "One of our engineers will run the technical interview; I can't "
     "say who yet."),
    ("H3", "vague_employer", "Our mystery keynote speaker opens the conference on 12 May, and "
     "we can't reveal who yet!"),
    ("H4", "account_rental", "On your first day you'll get access to a GitHub account, Slack "
     "and Jira."),
    ("H4", "account_rental", "Once published, clients will have access to your freelancer "
     "profile and reviews."),
    ("H4", "account_rental", "Vous passez des tests en ligne à la place de l'entretien "
     "téléphonique."),
    ("H5", "money_mule", "Les paiements de vos clients arrivent sur votre compte Malt, vous "
     "pouvez ensuite les transférer vers votre banque."),
    ("H5", "money_mule", "Si un virement arrive sur votre compte par erreur, merci de le "
     "renvoyer au service paie."),
    ("H5", "money_mule", "En cas de trop-perçu, les sommes versées sur votre compte devront "
     "être reversées à l'entreprise."),
    ("H6", "urgency", "Startup en forte croissance : il faut aller vite, être autonome et aimer "
     "le terrain."),
    ("H6", "urgency", "Je vous confirme l'entretien, merci de me renvoyer le formulaire signé "
     "demain au plus tard."),
    ("H7", "elicitation", "My client would like you to lead projects that haven't been "
     "announced yet."),
    ("H7", "elicitation", "Our client would like your view on the EV battery market; please do "
     "not discuss anything that hasn't been made public."),
    ("H7", "elicitation", "Pouvez-vous confirmer que vous ne partagerez rien de ce qui n'est "
     "pas encore public ?"),
    ("M1", "chat_only_interview", "L'entretien se fera sur WhatsApp en chat vidéo avec le "
     "manager."),
    ("M1", "chat_only_interview", "L'entretien se fera sur Signal, en messagerie vidéo, le lundi "
     "14 à 10 h."),
    ("M2", "pay_to_work", "Registration costs €350 and includes lunch and the conference "
     "dinner."),
    ("M2", "pay_to_work", "Le téléphone coûte 200 € chez notre prestataire, il vous sera "
     "intégralement remboursé par l'entreprise."),
    ("M3", "secrecy", "Cette collaboration n'est pas confidentielle vis-à-vis de votre "
     "administration."),
    ("L1", "flattery", "Le colloque accueillera une sommité du domaine, la professeure Durand."),
    ("L1", "flattery", "Vous faites partie des meilleurs vendeurs de votre région ? Rejoignez "
     "notre équipe."),
]

# (finding, signal, a hostile message that must keep the flag)
EVASIONS = [
    ("M5", "chat_only_interview", "L'entretien se fera uniquement par tchat Telegram, pas de "
     "messagerie vidéo."),
    ("M5", "chat_only_interview", "L'entrevue se fera par clavardage sur Signal, pas de chat "
     "vidéo."),
    ("M5", "chat_only_interview", "L'entretien se fera par chat Telegram, la messagerie vidéo "
     "ne marche pas chez nous."),
]


@pytest.mark.parametrize(("finding", "name", "message"), FALSE_FLAGS)
def test_review46_no_false_flag(finding: str, name: str, message: str) -> None:
    assert_table_row_both_paths(name, message, {}, None)


@pytest.mark.parametrize(("finding", "name", "message"), EVASIONS)
def test_review46_evasion_keeps_flag(finding: str, name: str, message: str) -> None:
    import recruitscore as rs

    assert name in [h.name for h in rs.score(message).hits]
