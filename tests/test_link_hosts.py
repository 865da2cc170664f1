"""Link hosts read as a browser reads them (rule R32-F; red-team round 11, H2 and M5): the
host after a user part ("https://calendly.com@evil.xyz"), an IP literal, a host beyond ASCII
(IDN) or in punycode are hosts, unknown ones; a platform's name counts as a counter-signal
only on a link to the platform's own domain, never in another host's user part, path, query
or labels."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import recruitscore as rs
from recruitscore.schema import Approach
from recruitscore.signals import extract_signals_frame, get_signal
from recruitscore.signals.detectors import ipv4_of

from .assertions import assert_table_row_both_paths, assert_twin_equals_detector

URL = "sender_company_url"
ACME = {"sender_company": "Acme", URL: "https://acme.com"}

# (signal, message, other fields, the evidence in order, or None when it must not fire)
TABLE = [
    # --- unknown_meeting_link: an IP literal, IDN, punycode, a user part (EN) ---
    ("unknown_meeting_link", "Select a time slot for your interview at https://203.0.113.7/book",
     {}, ["Select a time slot", "https://203.0.113.7/book"]),
    ("unknown_meeting_link", "Join the interview here: https://203.0.113.7/room/4411", {},
     ["Join the interview", "https://203.0.113.7/room/4411"]),
    ("unknown_meeting_link", "Join the interview here: https://[2001:db8::7]/room/4411", {},
     ["Join the interview", "https://[2001:db8::7]/room/4411"]),
    ("unknown_meeting_link",
     "Select a time slot for your interview at https://собеседование.рф/book", {},
     ["Select a time slot", "https://собеседование.рф/book"]),
    ("unknown_meeting_link",
     "Join the interview here: https://xn--80aebkkdb3bbfd.xn--p1ai/room/4411", {},
     ["Join the interview", "https://xn--80aebkkdb3bbfd.xn--p1ai/room/4411"]),
    ("unknown_meeting_link", "Join the interview here: https://meet-hr-portal.рф/room/4411", {},
     ["Join the interview", "https://meet-hr-portal.рф/room/4411"]),
    ("unknown_meeting_link",
     "Select a time slot for your interview at https://calendly.com@meet-hr-portal.xyz/book", {},
     ["Select a time slot", "https://calendly.com@meet-hr-portal.xyz/book"]),
    ("unknown_meeting_link", "Join the interview here: https://zoom.us@meet-hr-portal.xyz/j/4411",
     {}, ["Join the interview", "https://zoom.us@meet-hr-portal.xyz/j/4411"]),
    ("unknown_meeting_link", "Join the interview here: https://zoom.us:pass@203.0.113.7/j/4411",
     {}, ["Join the interview", "https://zoom.us:pass@203.0.113.7/j/4411"]),
    ("unknown_meeting_link", "Book a call here: calendly.com@meet-hr-portal.xyz/book", {},
     ["Book a call", "calendly.com@meet-hr-portal.xyz/book"]),
    ("unknown_meeting_link", "Book a call: https://c\u0430lendly.com/jane/meeting", {},
     ["Book a call", "https://c\u0430lendly.com/jane/meeting"]),
    # (FR)
    ("unknown_meeting_link", "Choisissez un créneau pour l'entretien : https://203.0.113.7/rdv",
     {}, ["Choisissez un créneau", "https://203.0.113.7/rdv"]),
    ("unknown_meeting_link",
     "Choisissez un créneau pour l'entretien : https://собеседование.рф/rdv", {},
     ["Choisissez un créneau", "https://собеседование.рф/rdv"]),
    ("unknown_meeting_link",
     "Choisissez un créneau pour l'entretien : https://xn--80aebkkdb3bbfd.xn--p1ai/rdv", {},
     ["Choisissez un créneau", "https://xn--80aebkkdb3bbfd.xn--p1ai/rdv"]),
    ("unknown_meeting_link", "Voici le lien de l'entretien : https://calendly.com@rdv-rh.xyz/jean",
     {}, ["lien de l'entretien", "https://calendly.com@rdv-rh.xyz/jean"]),
    ("unknown_meeting_link",
     "Rejoindre l'entretien : https://teams.microsoft.com@visio-rh.xyz/salle/7", {},
     ["Rejoindre l'entretien", "https://teams.microsoft.com@visio-rh.xyz/salle/7"]),
    ("unknown_meeting_link", "Rejoindre l'entretien : https://rdv-rh.рф/salle/7", {},
     ["Rejoindre l'entretien", "https://rdv-rh.рф/salle/7"]),
    # (must not fire: the platforms themselves, a user part before a known host, the company's
    # own careers page, an e-mail address, a version number)
    ("unknown_meeting_link", "Join the interview here: https://zoom.us/j/123", {}, None),
    ("unknown_meeting_link",
     "Join the meeting: https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc/0", {}, None),
    ("unknown_meeting_link", "Join the call: https://meet.google.com/abc-defg-hij", {}, None),
    ("unknown_meeting_link", "Select a time slot: https://jane.doe@calendly.com/jane/30", {},
     None),
    ("unknown_meeting_link", "Book an interview slot on https://careers.acme.com/interview",
     ACME, None),
    ("unknown_meeting_link", "Book a call, or write to jane.doe@meet-hr-portal.xyz", {}, None),
    ("unknown_meeting_link", "Join the interview: version 1.2.3.4 of the app is out", {}, None),
    ("unknown_meeting_link", "Voici le lien visio : https://meet.google.com/abc-defg-hij", {},
     None),
    ("unknown_meeting_link", "Choisissez un créneau : https://calendly.com/jean-dupont/30min", {},
     None),
    ("unknown_meeting_link",
     "Choisissez un créneau d'entretien sur https://www.acme.fr/carrieres/rdv",
     {URL: "https://acme.fr"}, None),
    # --- assessment_portal (EN) ---
    ("assessment_portal",
     "Please complete the skills assessment at https://203.0.113.7/test before our call", {},
     ["skills assessment", "https://203.0.113.7/test"]),
    ("assessment_portal",
     "Please complete the skills assessment at https://[2001:db8::7]/test before our call", {},
     ["skills assessment", "https://[2001:db8::7]/test"]),
    ("assessment_portal",
     "Please complete the skills assessment at https://собеседование.рф/test before our call",
     {}, ["skills assessment", "https://собеседование.рф/test"]),
    ("assessment_portal", "Please complete the skills assessment at "
     "https://xn--80aebkkdb3bbfd.xn--p1ai/test before our call", {},
     ["skills assessment", "https://xn--80aebkkdb3bbfd.xn--p1ai/test"]),
    ("assessment_portal", "Please complete the skills assessment at "
     "https://hackerrank.com@skills-check.xyz/test before our call", {},
     ["skills assessment", "https://hackerrank.com@skills-check.xyz/test"]),
    ("assessment_portal",
     "Please complete the skills assessment at https://h\u0430ckerrank.com/test before our call",
     {}, ["skills assessment", "https://h\u0430ckerrank.com/test"]),
    # (FR)
    ("assessment_portal",
     "Merci de passer le test technique sur https://203.0.113.7/test avant notre appel.", {},
     ["test technique", "https://203.0.113.7/test"]),
    ("assessment_portal",
     "Merci de passer le test technique sur https://собеседование.рф/test avant notre appel.",
     {}, ["test technique", "https://собеседование.рф/test"]),
    ("assessment_portal", "Merci de passer le test technique sur "
     "https://codility.com@test-rh.xyz/t avant notre appel.", {},
     ["test technique", "https://codility.com@test-rh.xyz/t"]),
    ("assessment_portal", "Merci de passer le test technique sur "
     "https://xn--80aebkkdb3bbfd.xn--p1ai/t avant notre appel.", {},
     ["test technique", "https://xn--80aebkkdb3bbfd.xn--p1ai/t"]),
    # (must not fire)
    ("assessment_portal", "Please complete the skills assessment at "
     "https://www.hackerrank.com/test/abc before our call", {}, None),
    ("assessment_portal", "Complete the technical test on https://careers.acme.com/assessment",
     ACME, None),
    ("assessment_portal",
     "Please complete the skills assessment at https://jane@hackerrank.com/test/abc", {}, None),
    ("assessment_portal", "Merci de passer le test technique sur "
     "https://www.codility.com/test/abc avant notre appel.", {}, None),
    ("assessment_portal",
     "Passez le test technique sur notre site https://www.acme.fr/carrieres/test",
     {URL: "https://acme.fr"}, None),
    # --- standard_assessment_platform: only on the platform's own domain (EN, FR) ---
    ("standard_assessment_platform",
     "Hi, next step is a coding test at https://www.hackerrank.com/test/abc, then a call.", {},
     ["hackerrank"]),
    ("standard_assessment_platform", "The next step is a HackerRank test, then a call.", {},
     ["HackerRank"]),
    ("standard_assessment_platform", "Your invite will come from recruiting@hackerrank.com.", {},
     ["hackerrank"]),
    ("standard_assessment_platform",
     "La prochaine étape est un test sur https://app.codility.com/test/abc, puis un appel.", {},
     ["codility"]),
    ("standard_assessment_platform", "La prochaine étape : un test Codility (codility.com).", {},
     ["Codility", "codility"]),
    *[("standard_assessment_platform",
       f"Hi, next step is a coding test at {u}, then a call.", {}, None) for u in (
        "https://hackerrank.com.skills-check.xyz/test",
        "https://skills-check.xyz/hackerrank.com/test",
        "https://skills-check.xyz/test?ref=hackerrank.com",
        "https://hackerrank.com-skills.xyz/test",
        "https://hackerrank.com@skills-check.xyz/test")],
    *[("standard_assessment_platform",
       f"Prochaine étape : un test sur {u}, puis un appel.", {}, None) for u in (
        "https://codility.com.test-rh.xyz/t", "https://test-rh.xyz/codility.com/t",
        "https://test-rh.xyz/t?source=codility", "https://codility.com-rh.xyz/t",
        "https://codility.com@test-rh.xyz/t")],
    # --- video_interview_offered: a meeting platform's host only as the link's own ---
    ("video_interview_offered", "Here is the link: https://us02web.zoom.us/j/845", {},
     ["zoom.us/"]),
    ("video_interview_offered",
     "Here is the link: https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc/0", {},
     ["teams.microsoft.com"]),
    ("video_interview_offered", "Here is the link: https://evil.xyz/zoom.us/j/845", {}, None),
    ("video_interview_offered", "Here is the link: https://meet.google.com.evil.xyz/abc", {},
     None),
    ("video_interview_offered", "Voici le lien : https://rdv-rh.xyz/teams.microsoft.com/l/x", {},
     None),
    ("video_interview_offered", "Voici le lien : https://webex.com-rh.xyz/salle/7", {}, None),
    # --- adhoc_code_hosting: the company's own organisation only on the code host itself ---
    ("adhoc_code_hosting",
     "Clone https://evil.xyz/github.com/acme/dex and run npm install before our call.", ACME,
     ["github.com/acme/dex"]),
    ("adhoc_code_hosting",
     "Clone https://github.com/acme/dex and run npm install before our call.", ACME, None),
    ("adhoc_code_hosting", "Clonez https://depot-rh.xyz/gitlab.com/acme/dex et lancez npm "
     "install avant l'entretien.", ACME, ["gitlab.com/acme/dex"]),
    ("adhoc_code_hosting",
     "Clonez https://gitlab.com/acme/dex et lancez npm install avant l'entretien.", ACME, None),
]

# review41 (rule R32-J): H3, a user part with any character but white space and / ? # \ (a
# browser's host is after its last "@"); M6, a link read from its start whatever its length,
# its authority ending at "\" too; L1, an IP literal a host only after a scheme.
LONG = "k3v9q2x7" * 42  # (336 characters of path before the platform's name)
TABLE_R32J = [
    # --- H3: unknown_meeting_link (EN, FR) ---
    *[("unknown_meeting_link", f"Select a time slot for your interview at https://{u}/book", {},
       ["Select a time slot", f"https://{u}/book"]) for u in (
        "calendly.com^@meet-hr-portal.xyz", "calendly.com{x}@meet-hr-portal.xyz",
        "calendly.com[x]@meet-hr-portal.xyz", 'calendly.com"@meet-hr-portal.xyz',
        "calendly.com<x>@meet-hr-portal.xyz", "calendly.com`|@meet-hr-portal.xyz",
        "calendly.com@x@meet-hr-portal.xyz", "calendly.com" + "^" * 300 + "@meet-hr-portal.xyz")],
    ("unknown_meeting_link",
     "Sélectionnez un créneau pour votre entretien : https://calendly.com^@rdv-rh.xyz/book", {},
     ["Sélectionnez un créneau", "https://calendly.com^@rdv-rh.xyz/book"]),
    ("unknown_meeting_link",
     "Rejoindre l'entretien : https://teams.microsoft.com{rh}@visio-rh.xyz/salle/7", {},
     ["Rejoindre l'entretien", "https://teams.microsoft.com{rh}@visio-rh.xyz/salle/7"]),
    # (an href's quote ends the link there: the link up to it is read too)
    ("unknown_meeting_link", 'Book a call: <a href="https://meet-acme.xyz">jane@acme.com</a>',
     ACME, ["Book a call", "https://meet-acme.xyz"]),
    ("unknown_meeting_link",
     'Réservez un créneau : <a href="https://rdv-acme.xyz">jean@acme.com</a>', ACME,
     ["Réservez un créneau", "https://rdv-acme.xyz"]),
    # (must not fire: the platform after the user part, the company's own page)
    ("unknown_meeting_link", "Select a time slot: https://jane^doe@calendly.com/jane/30", {},
     None),
    ("unknown_meeting_link",
     'Choisissez un créneau : https://jean"rh@calendly.com/jean-dupont/30min', {}, None),
    ("unknown_meeting_link", "Book an interview slot on https://x{y}@careers.acme.com/interview",
     ACME, None),
    # --- H3: assessment_portal (EN, FR) ---
    ("assessment_portal", "Please complete the skills assessment at "
     "https://hackerrank.com^@skills-check.xyz/test before our call", {},
     ["skills assessment", "https://hackerrank.com^@skills-check.xyz/test"]),
    ("assessment_portal", "Merci de passer le test technique sur "
     'https://codility.com"@test-rh.xyz/t avant notre appel.', {},
     ["test technique", 'https://codility.com"@test-rh.xyz/t']),
    ("assessment_portal", "Please complete the skills assessment at "
     "https://x^y@hackerrank.com/test/abc before our call", {}, None),
    ("assessment_portal", "Merci de passer le test technique sur "
     "https://x{y}@www.codility.com/test/abc avant notre appel.", {}, None),
    # --- M6: the authority ends at "\"; a long path hides no host (EN, FR) ---
    ("assessment_portal", "Please complete the skills assessment at "
     "https://skills-check.xyz\\@hackerrank.com/test before our call", {},
     ["skills assessment", "https://skills-check.xyz"]),
    ("standard_assessment_platform", "Please complete the skills assessment at "
     "https://skills-check.xyz\\@hackerrank.com/test before our call", {}, None),
    ("standard_assessment_platform",
     "Prochaine étape : un test sur https://test-rh.xyz\\@codility.com/t, puis un appel.", {},
     None),
    ("standard_assessment_platform", "Please complete the skills assessment at "
     f"https://skills-check.xyz/{LONG}/hackerrank/test before our call", {}, None),
    ("standard_assessment_platform",
     f"Prochaine étape : un test sur https://test-rh.xyz/{LONG}/codility/t, puis un appel.", {},
     None),
    ("standard_assessment_platform",
     f"Hi, next step is a coding test at https://www.hackerrank.com/test/{LONG}/hackerrank, "
     "then a call.", {}, ["hackerrank", "hackerrank"]),
    ("standard_assessment_platform",
     "[Take the test](https://skills-check.xyz/hackerrank/test), then a call.", {}, None),
    ("standard_assessment_platform",
     "[HackerRank](https://www.hackerrank.com/test/abc), then a call.", {},
     ["HackerRank", "hackerrank"]),
    ("standard_assessment_platform", "[Le test](https://www.codility.com/test/abc), puis un appel.",
     {}, ["codility"]),
    ("video_interview_offered", f"Join the interview here: https://meet-hr-portal.xyz/{LONG}/zoom.us/j/1",
     {}, None),
    ("video_interview_offered", f"Voici le lien : https://rdv-rh.xyz/{LONG}/teams.microsoft.com/l/x",
     {}, None),
    ("video_interview_offered", f"Join the interview here: https://us02web.zoom.us/j/1?pwd={LONG}",
     {}, ["zoom.us/"]),
    # --- L1: an IP literal is a host only after a scheme (EN, FR) ---
    ("unknown_meeting_link", "Schedule a call with our network team: the lab is on "
     "172.16.0.0/12 and 192.168.10.0/24.", {}, None),
    ("unknown_meeting_link",
     "Book a call: our office router is 192.168.1.1/24 behind the VPN, ask IT for access later.",
     {}, None),
    ("unknown_meeting_link", "Join the interview here: 203.0.113.7/room/4411", {}, None),
    ("unknown_meeting_link",
     "Réservez un créneau avec l'équipe réseau : le labo est sur 10.20.0.0/16.", {}, None),
    ("assessment_portal", "Merci de compléter l'évaluation technique : écrire un parseur "
     "d'adresses comme 192.168.0.1:8080.", {}, None),
    ("assessment_portal", "Please complete the coding assessment: implement a parser for "
     "192.168.0.1:8080 style addresses.", {}, None),
    ("unknown_meeting_link", "Join the interview here: http://203.0.113.7/room/4411", {},
     ["Join the interview", "http://203.0.113.7/room/4411"]),
    ("unknown_meeting_link", "Choisissez un créneau : http://192.168.4.20/rdv/7", {},
     ["Choisissez un créneau", "http://192.168.4.20/rdv/7"]),
    ("assessment_portal",
     "Merci de passer le test technique sur https://203.0.113.7:8080/t avant notre appel.", {},
     ["test technique", "https://203.0.113.7:8080/t"]),
]


@pytest.mark.parametrize(("name", "message", "fields", "expected"), TABLE_R32J)
def test_table_r32j(name: str, message: str, fields: dict, expected: list[str] | None) -> None:
    assert_table_row_both_paths(name, message, fields, expected)


@pytest.mark.parametrize("link", [
    "https://calendly.com^@meet-hr-portal.xyz/book", "https://calendly.com{x}@meet-hr-portal.xyz/book",
    "https://calendly.com[x]@meet-hr-portal.xyz/book", 'https://calendly.com"@meet-hr-portal.xyz/book'])
def test_a_user_part_of_any_character_scores_as_one_of_letters(link: str) -> None:
    """The reproductions of H3: each user part scores as "calendly.com@" does, in running text
    and in a Markdown link."""
    text = "Select a time slot for your interview at {u}"
    assert rs.score(text.format(u=link)).risk == pytest.approx(
        rs.score(text.format(u="https://calendly.com@meet-hr-portal.xyz/book")).risk)
    markdown = rs.score(f"[Book a slot]({link})")
    assert "unknown_meeting_link" in {h.name for h in markdown.hits}


def test_a_long_path_or_a_backslash_buys_no_lower_risk() -> None:
    """The reproductions of M6: a platform's name 330 characters into another host's path, or
    after "\\@", scores as the unknown link alone."""
    text = "Please complete the skills assessment at {u} before our call"
    plain = rs.score(text.format(u="https://skills-check.xyz/test")).risk
    for u in (f"https://skills-check.xyz/{LONG}/hackerrank/test",
              "https://skills-check.xyz\\@hackerrank.com/test"):
        assert rs.score(text.format(u=u)).risk == pytest.approx(plain), u


# review42 M4 (rule R32-K): a user part that holds a Markdown boundary ("](", ")[", ")|[", a ")"
# with a "[" or "(" after it) also reads the link up to it; where the rest after the last "("
# is another link (an e-mail address's local part, "mailto:jane"), the rest is read on its own
# (as a renderer reads adjacent links), else the host after the "@" counts too.
TABLE_R32K = [
    # --- fires: the host after "@" where the rest is no link, the rest's own link, the link
    # before the boundary (EN, FR) ---
    ("unknown_meeting_link",
     "Select a time slot for your interview at https://calendly.com)[x]@meet-hr-portal.xyz/book",
     {}, ["Select a time slot", "https://calendly.com)[x]@meet-hr-portal.xyz/book"]),
    ("unknown_meeting_link",
     "Select a time slot for your interview at https://calendly.com)|[x](@meet-hr-portal.xyz/book",
     {}, ["Select a time slot", "https://calendly.com)|[x](@meet-hr-portal.xyz/book"]),
    ("unknown_meeting_link", "Select a time slot for your interview at "
     "[x](https://calendly.com)[y](jane@meet-hr-portal.xyz/book)", {},
     ["Select a time slot", "jane@meet-hr-portal.xyz/book)"]),
    ("unknown_meeting_link", "Select a time slot for your interview: "
     "[Book](https://meet-hr-portal.xyz)|[mail](mailto:jane@calendly.com)", {},
     ["Select a time slot", "https://meet-hr-portal.xyz"]),
    ("unknown_meeting_link",
     "Sélectionnez un créneau pour votre entretien : https://calendly.com)[x]@rdv-rh.xyz/book", {},
     ["Sélectionnez un créneau", "https://calendly.com)[x]@rdv-rh.xyz/book"]),
    ("unknown_meeting_link", "Sélectionnez un créneau pour votre entretien : "
     "[x](https://calendly.com)|[y](jean@rdv-rh.xyz/book)", {},
     ["Sélectionnez un créneau", "jean@rdv-rh.xyz/book)"]),
    ("unknown_meeting_link", "Choisissez un créneau pour l'entretien : "
     "[Réserver](https://rdv-rh.xyz)[écrire](mailto:jean@calendly.com)", {},
     ["Choisissez un créneau", "https://rdv-rh.xyz"]),
    ("assessment_portal", "Please complete the skills assessment at "
     "https://hackerrank.com](x)[y]@skills-check.xyz/test before our call", {},
     ["skills assessment", "https://hackerrank.com](x)[y]@skills-check.xyz/test"]),
    ("assessment_portal", "Merci de passer le test technique sur "
     "[x](https://codility.com)[y](rh@test-rh.xyz/t) avant notre appel.", {},
     ["test technique", "rh@test-rh.xyz/t)"]),
    # (must not fire: a known platform's link and an e-mail address side by side)
    ("unknown_meeting_link", "Pick a slot on [Calendly](https://calendly.com)|"
     "[mail](mailto:jane@acme-careers.com) for the interview.", {}, None),
    ("unknown_meeting_link", "Select a time slot for your interview: "
     "[Calendly](https://calendly.com)[mail](mailto:jane@acme-careers.com)", {}, None),
    ("unknown_meeting_link", "Choisissez un créneau pour l'entretien sur "
     "[Calendly](https://calendly.com)|[écrire](mailto:jean@rh-acme.fr).", {}, None),
    ("unknown_meeting_link", "Rejoindre l'entretien : "
     "[Teams](https://teams.microsoft.com)[écrire](jean.dupont@rh-acme.fr)", {}, None),
    ("assessment_portal", "Please complete the skills assessment at [HackerRank]"
     "(https://hackerrank.com)|[mail](mailto:jane@acme-careers.com) before our call", {}, None),
    ("assessment_portal", "Merci de passer le test technique sur [Codility]"
     "(https://codility.com)[écrire](mailto:jean@rh-acme.fr) avant notre appel.", {}, None),
]


@pytest.mark.parametrize(("name", "message", "fields", "expected"), TABLE_R32K)
def test_table_r32k(name: str, message: str, fields: dict, expected: list[str] | None) -> None:
    assert_table_row_both_paths(name, message, fields, expected)


def test_adjacent_markdown_links_score_as_the_platform_link_alone() -> None:
    """The reproduction of review42 M4: a Calendly link and an e-mail address side by side in
    Markdown score as the Calendly link alone; review41's user parts still score as
    "calendly.com@" does."""
    text = "Pick a slot on [Calendly](https://calendly.com){u} for the interview."
    alone = rs.score(text.format(u="")).risk
    both = rs.score(text.format(u="|[mail](mailto:jane@acme-careers.com)"))
    assert "unknown_meeting_link" not in {h.name for h in both.hits}
    assert both.risk == pytest.approx(alone, abs=0.05)
    plain = "Select a time slot for your interview at https://calendly.com@meet-hr-portal.xyz/book"
    # (flagged on its red flag; the exact risk moves with each rebuild: 0.90 before the
    # eighteenth session's data, 0.85 after)
    result = rs.score(plain)
    assert "unknown_meeting_link" in {h.name for h in result.hits}
    assert result.flagged
    for user in ("^", "{x}", "[x]", '"', ")[x]", ")|[x](", ")[x](jane"):
        link = f"https://calendly.com{user}@meet-hr-portal.xyz/book"
        assert rs.score(plain.replace("https://calendly.com@meet-hr-portal.xyz/book", link)
                        ).risk == pytest.approx(rs.score(plain).risk), user


@pytest.mark.parametrize(("name", "message", "fields", "expected"), TABLE)
def test_table(name: str, message: str, fields: dict, expected: list[str] | None) -> None:
    assert_table_row_both_paths(name, message, fields, expected)


MEETING = ["Select a time slot for your interview at https://{h}/book",
           "Join the interview here: https://{h}/room/4411",
           "Please complete the skills assessment at https://{h}/test before our call"]
HOSTS = ["203.0.113.7", "[2001:db8::7]", "собеседование.рф", "xn--80aebkkdb3bbfd.xn--p1ai",
         "meet-hr-portal.рф", "calendly.com@meet-hr-portal.xyz", "zoom.us@meet-hr-portal.xyz"]


@pytest.mark.parametrize("template", MEETING)
def test_a_link_on_an_odd_host_scores_as_on_an_unknown_one(template: str) -> None:
    """The reproductions of H2: each host scores as the plain unknown host does."""
    plain = rs.score(template.format(h="meet-hr-portal.xyz")).risk
    for host in HOSTS:
        assert rs.score(template.format(h=host)).risk == pytest.approx(plain), host


def test_a_platform_named_in_another_link_buys_no_lower_risk() -> None:
    """The reproductions of M5: a platform's name in another host's labels, path, query or
    user part scores as the unknown link alone; the platform's own link still counts."""
    text = "Hi, next step is a coding test at {u}, then a call. Reply when you can."
    plain = rs.score(text.format(u="https://skills-check.xyz/test")).risk
    for u in ("https://hackerrank.com.skills-check.xyz/test",
              "https://skills-check.xyz/hackerrank.com/test",
              "https://skills-check.xyz/test?ref=hackerrank.com",
              "https://hackerrank.com-skills.xyz/test",
              "https://hackerrank.com@skills-check.xyz/test"):
        assert rs.score(text.format(u=u)).risk == pytest.approx(plain), u
    genuine = text.format(u="https://www.hackerrank.com/test/abc")
    assert "standard_assessment_platform" in {s.name for s in rs.extract_signals(genuine)}
    assert rs.score(genuine).risk < plain


@pytest.mark.parametrize(("text", "genuine"), [
    ("Next step: a coding test on [HackerRank](https://{h}/t/91). Reply when you can.",
     "www.hackerrank.com"),
    ("Prochaine étape : un test sur [Codility](https://{h}/t/4). Répondez quand vous pouvez.",
     "app.codility.com"),
    ("Join via this [Zoom link](https://{h}/j/1). Reply when you can.", "us02web.zoom.us"),
    ("Rejoignez-nous via ce [lien Teams](https://{h}/j/1). Répondez quand vous pouvez.",
     "teams.microsoft.com"),
])
def test_a_platform_name_as_a_markdown_link_text_buys_no_lower_risk(text: str,
                                                                      genuine: str) -> None:
    """review42 M5 (rule R33-D): a platform's name as the text of a link to another host is
    no counter-signal (it lowered the risk before); on the platform's own host it still is.
    (No red flag beside it: one would void the counter-signal, rule R33-J.)"""
    other = text.format(h="skills-check.xyz")
    assert not set(_COUNTER) & {h.name for h in rs.score(other).hits}
    assert set(_COUNTER) & {h.name for h in rs.score(text.format(h=genuine)).hits}
    assert rs.score(text.format(h=genuine)).risk < rs.score(other).risk


# Rule R33-E: an ideographic full stop as a host's dot, an IPv4 address as one number or with
# hex or octal parts after a scheme, a bare public address with a path that starts with a letter
TABLE_R33E = [
    ("unknown_meeting_link", "Select a time slot for your interview at http://3405803783/book",
     {}, ["Select a time slot", "http://3405803783/book"]),
    ("unknown_meeting_link", "Sélectionnez un créneau pour votre entretien : "
     "http://0xCB.0x00.0x71.0x07/rdv", {},
     ["Sélectionnez un créneau", "http://0xCB.0x00.0x71.0x07/rdv"]),
    ("assessment_portal", "Please complete the skills assessment at "
     "https://skills-check\u3002xyz/test before our call", {},
     ["skills assessment", "https://skills-check\u3002xyz/test"]),
    ("assessment_portal", "Merci de passer le test technique sur https://test-rh\uff61xyz/t "
     "avant notre appel.", {}, ["test technique", "https://test-rh\uff61xyz/t"]),
    ("unknown_meeting_link", "Select a time slot for your interview at 185.23.44.10/book", {},
     ["Select a time slot", "185.23.44.10/book"]),
    ("unknown_meeting_link", "Sélectionnez un créneau pour votre entretien : 185.23.44.10/rdv",
     {}, ["Sélectionnez un créneau", "185.23.44.10/rdv"]),
    # a Markdown link whose text is a platform's URL goes to its destination (rule R33-K)
    ("unknown_meeting_link", "Select a time slot for your interview at "
     "[https://calendly.com/acme-hr](https://meet-hr-portal.xyz/book)", {},
     ["Select a time slot", "https://meet-hr-portal.xyz/book)"]),
    ("unknown_meeting_link", "Sélectionnez un créneau pour votre entretien : "
     "[calendly.com/rh](https://rdv-rh.xyz/b)", {},
     ["Sélectionnez un créneau", "https://rdv-rh.xyz/b)"]),
    ("assessment_portal", "Please complete the skills assessment at "
     "[https://www.hackerrank.com/t/1](https://skills-check.xyz/t) before our call", {},
     ["skills assessment", "https://skills-check.xyz/t)"]),
    ("unknown_meeting_link", "Select a time slot for your interview at "
     "[https://calendly.com/acme-hr](https://calendly.com/acme-hr)", {}, None),
    ("unknown_meeting_link", "Choisissez un créneau pour votre entretien : "
     "[calendly.com/rh](https://calendly.com/rh)", {}, None),
    # a percent-encoded dot in a host is a dot (rule R33-M, red43 #4)
    ("unknown_meeting_link", "Select a time slot for your interview at "
     "https://meet-hr-portal%2exyz/book", {},
     ["Select a time slot", "https://meet-hr-portal%2exyz/book"]),
    ("unknown_meeting_link", "Sélectionnez un créneau pour votre entretien : "
     "https://rdv-rh%2Exyz/b", {}, ["Sélectionnez un créneau", "https://rdv-rh%2Exyz/b"]),
    ("unknown_meeting_link", "Join the interview here: https://zoom.us%2emeet-hr-portal.xyz/j/4",
     {}, ["Join the interview", "https://zoom.us%2emeet-hr-portal.xyz/j/4"]),
    ("unknown_meeting_link", "Select a time slot for your interview at "
     "https://calendly.com/acme%2ehr/30", {}, None),
    # review43 (rule R33-O): a destination in angle brackets, a bare public address with any
    # path but a prefix length; an ideographic full stop ending a sentence is no host's dot
    ("unknown_meeting_link", "Book your interview slot: "
     "[https://calendly.com/acme-hr](<https://meet-hr-portal.xyz/book>)", {},
     ["Book your interview", "https://meet-hr-portal.xyz/book>)"]),
    ("unknown_meeting_link", "Join the interview here: 185.23.44.10/2024/meet", {},
     ["Join the interview", "185.23.44.10/2024/meet"]),
    ("unknown_meeting_link", "Join the interview here: 185.23.44.10/24", {}, None),
    ("unknown_meeting_link", "Please select a time for the interview\u3002Regards, Li Na", {},
     None),
    ("unknown_meeting_link", "Merci de rejoindre l'entretien sur Teams\u3002Cordialement", {},
     None),
    ("unknown_meeting_link", "We upgraded from version 1.2.3.4/beta; book a call with me at "
     "calendly.com/acme", {}, None),
    # the imperative of « rejoindre » is a meeting context too (rule R33-F)
    ("unknown_meeting_link", "Rejoignez l'entretien ici : http://203.0.113.7/visio", {},
     ["Rejoignez l'entretien", "http://203.0.113.7/visio"]),
    ("unknown_meeting_link", "Rejoins la visio : https://visio-rh.xyz/r/4", {},
     ["Rejoins la visio", "https://visio-rh.xyz/r/4"]),
    ("unknown_meeting_link", "Rejoignez l'entretien ici : "
     "https://teams.microsoft.com/l/meetup-join/1", {}, None),
    # (must not fire: private and documentation addresses, prefix lengths, a bare number)
    ("unknown_meeting_link", "Book a call: the VPN is 192.168.1.1/24 and 172.16.0.0/12", {},
     None),
    ("unknown_meeting_link", "Select a time slot for your interview at 203.0.113.7/book", {},
     None),
    ("unknown_meeting_link", "Réservez un créneau, le serveur 10.0.0.12/rdv est interne", {},
     None),
    ("unknown_meeting_link", "Select a time slot for your interview, we use release 1.2.3.4",
     {}, None),
    ("unknown_meeting_link", "Select a time slot for your interview: room 3405803783/4", {},
     None),
]


@pytest.mark.parametrize(("name", "message", "fields", "expected"), TABLE_R33E)
def test_table_r33e(name: str, message: str, fields: dict, expected: list[str] | None) -> None:
    assert_table_row_both_paths(name, message, fields, expected)


@pytest.mark.parametrize("host", [
    "3405803783", "0xcb.0x00.0x71.0x07", "0313.0.0161.07", "1.2", "1.2.3", "203.0.113.7",
    "0x7f.1", "017700000001", "0", "255.255.255.255", "4294967295", "0xffffffff", "0x100.1.1.1",
    "256.1.1.1", "1.2.3.4.5", "1.2.3.256", "4294967296", "08.1.1.1", "0x1g.1.1.1", "acme.com",
])
def test_ipv4_of_equals_inet_aton(host: str) -> None:
    """The small WHATWG IPv4 reader (rule R33-E) against the C library's ``inet_aton`` on the
    forms both define (``inet_aton`` also takes a trailing space and more, WHATWG does not)."""
    socket = pytest.importorskip("socket")
    try:
        expected = socket.inet_ntoa(socket.inet_aton(host))
    except OSError:
        expected = None
    assert ipv4_of(host) == expected


TWINS = [get_signal("assessment_portal"), get_signal("unknown_meeting_link")]
_PIECES = ["Select a time slot ", "complete the skills assessment ", "register on our portal ",
           "Join the interview ", "https://", "http://", "www.", "203.0.113.7", "10.0.0",
           "[2001:db8::7]", "[", "]", "собеседование", ".рф", "рф", "xn--80a", ".xn--p1ai",
           "xn--", "calendly.com", "hackerrank.com", "h\u0430ckerrank.com", "zoom.us", "@",
           ":pw@", "meet-hr", "skills-check", ".xyz", "/book", "/test", "/room", ":8080", " ",
           ".", "-", "/", "?ref=", "\u200b", "jane.doe", "acme.com", "careers.acme.com", "é",
           "\uff0e", "\u3002", "1.2.3.4", "\n",
           # (review41: user parts of any character, "\\", long paths, CIDR and private hosts)
           "^", "{", "}", '"', "<", ">", "\\", "|", "/24", "/12", "192.168.1.1", "172.16.0.0",
           "/" + "q7" * 170, "Book a call ", "assessment: ",
           # (review42 M4: Markdown boundaries in a user part, adjacent links)
           ")|[", "](", ")[", ")", "(", "mailto:", "jane", "[Calendly](", "|",
           # (R33-E: hosts of numbers, ideographic full stops, bare public addresses)
           "3405803783", "0x", "0313.0.0161.07", "\u3002", "\uff61", "185.23.44.10", "/b",
           "%2e", "%2E"]
_URLS = ["", "https://acme.com", "https://xn--80a.xn--p1ai", "https://203.0.113.7",
         "https://calendly.com@acme.com", "https://\u0430cme.com"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=20).map("".join),
       st.sampled_from(_URLS), st.sampled_from(TWINS))
@example("Select a time slot https://h\u0430ckerrank.com/book", "", TWINS[1])
@example("complete the skills assessment h\u0430ckerrank.com/test", "", TWINS[0])
@example("Join the interview https://acme.com@203.0.113.7:8080/room", "https://acme.com",
         TWINS[1])
@example("complete the skills assessment https://xn--80a.xn--p1ai/test",
         "https://xn--80a.xn--p1ai", TWINS[0])
@example("Select a time slot https://calendly.com^@meet-hr.xyz/book", "", TWINS[1])
@example('Book a call <a href="https://meet-hr.xyz">j@acme.com', "https://acme.com", TWINS[1])
@example("Book a call 192.168.1.1/24 and 172.16.0.0/12", "", TWINS[1])
@example("assessment: 192.168.1.1:8080 https://skills-check.xyz\\@hackerrank.com/test", "",
         TWINS[0])
@example("Select a time slot [c](https://calendly.com)|[m](mailto:jane@acme.com)", "",
         TWINS[1])
@example("Select a time slot https://calendly.com)[x](jane@meet-hr.xyz/book)", "", TWINS[1])
@example("complete the skills assessment https://hackerrank.com](x)[y]@skills-check.xyz/test",
         "", TWINS[0])
def test_link_twins_on_drawn_hosts(message: str, url: str, signal) -> None:  # type: ignore[no-untyped-def]
    """The boolean twins of assessment_portal and unknown_meeting_link (matching forms; the
    detector where a host may be written beyond ASCII) equal their detectors on texts made of
    IP literals, IDN and punycode hosts, user parts and look-alike letters."""
    assert_twin_equals_detector(signal, Approach(message=message, sender_company_url=url))


_COUNTER = ["standard_assessment_platform", "video_interview_offered"]
_COUNTER_PIECES = ["a coding test on ", "HackerRank", "hackerrank", "codility", "Codility ",
                   "https://", "www.", ".com", "hackerrank.com", "zoom.us/", "us02web.",
                   "teams.microsoft.com", "meet.google.com", "webex.com", "skills-check.xyz",
                   "\u200b", "\u0430",
                   "@", "/", "?ref=", "-", ".", " ", "(", ")", ", then a call", "\n", "j/845",
                   "Join Zoom Meeting\n",
                   # (review41: "\\", long paths, user parts of any character, Markdown)
                   "\\", "^", '"', "{", "[x](", "/" + "q7" * 170, "see:",
                   # (R33-D: a platform's name as a Markdown link's text)
                   "[", "](", "]", "Zoom link", "lien Teams", "<", "> "]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_COUNTER_PIECES), max_size=16).map("".join))
@example("https://skills-check.xyz/hackerrank and hackerrank")
@example("hackerrank.com@zoom.us/x")
@example("https://skills-check.xyz\\@hackerrank.com/x")
@example("https://skills-check.xyz/" + "q7" * 170 + "/hackerrank and zoom.us/j/845")
@example("[x](https://skills-check.xyz/hackerrank) hackerrank")
@example("[HackerRank](https://skills-check.xyz) and [Zoom link](https://zoom.us/j/845)")
@example("[a coding test on hackerrank](<https://www.hackerrank.com/t>)")
def test_counter_signals_both_paths_on_drawn_links(message: str) -> None:
    """The column path (the rows its RE2 pass selects, checked again match by match) equals the
    one-text path for the platform counter-signals on texts made of platform names in links."""
    frame = extract_signals_frame(pd.DataFrame([{"message": message}] * 40), signals=_COUNTER)
    fired = {h.name for h in rs.extract_signals(message)}
    for name in _COUNTER:
        assert frame[name].tolist() == [int(name in fired)] * 40, name
