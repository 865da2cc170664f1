"""Red-team round 11 (rule R32-H): a red flag sent in pieces (M3), the owner guessed silently
(M4), yes/no columns read as text (L6), a direction override in report.html (L1) and control
characters in ``evaluate --by`` (L2)."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

import recruitscore as rs
from recruitscore.cli import app
from recruitscore.conversations import score_threads
from recruitscore.inbox import score_inbox
from recruitscore.scoring import SEAM, _seams, score_windows

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "linkedin-export"
RLO = "\u202e"


def _alone(parts: list[str]) -> set[str]:
    return set().union(*({h.name for h in rs.extract_signals(p)} for p in parts))


def _thread(parts: list[str]) -> rs.ConversationResult:
    return rs.score_conversation([{"sender": "Ana", "message": p} for p in parts], me="me")


# -- M3: a red flag written over two or three messages is found in their window ----------------
@pytest.mark.parametrize("parts,flag", [
    (["My client would pay USD 3,000", "for a short report on your work."], "paid_report"),
    (["Please keep this", "between us."], "secrecy"),
    (["My client would", "pay USD 3,000 for a", "short report on your work."], "paid_report"),
    (["Please keep", "this between", "us."], "secrecy"),
    (["Mon client vous verserait 3 000 €", "pour un court rapport sur vos travaux."],
     "paid_report"),
    (["Mon client vous verserait", "3 000 € pour un court", "rapport sur vos travaux."],
     "paid_report"),
    (["Merci de garder cela", "entre nous."], "secrecy"),
    (["Merci de garder", "cela entre", "nous."], "secrecy"),
    # a word disguised letter by letter, cut over three messages
    (["je vous propose de poursuivre sur t", "é l é g r a", "m (@hasina_conseil)"],
     "off_platform_request"),
    # meeting or assessment words ending one message, the link opening the next (rule R33-G,
    # review41 M5)
    (["Great, let's do the interview tomorrow. Please select a time slot for your interview "
      "here:", "https://meet-hr-portal.xyz/book"], "unknown_meeting_link"),
    (["Parfait, choisissez un créneau pour votre entretien ici :", "https://rdv-rh.xyz/book"],
     "unknown_meeting_link"),
    (["Please complete the skills assessment before our call:",
      "https://skills-check.xyz/test/91"], "assessment_portal"),
    (["Merci de passer le test technique avant notre appel :", "https://test-rh.xyz/t/4"],
     "assessment_portal"),
])
def test_a_red_flag_split_over_messages_is_found_in_the_window(parts: list[str],
                                                                flag: str) -> None:
    assert flag not in _alone(parts)  # no message has it alone
    r = _thread(parts)
    assert flag in r.signals
    # in the window that holds its last piece, not only at the end of the thread
    last = r.messages.iloc[-1]
    assert flag in r.reasons or last["cumulative_risk"] > last["risk"]
    # as the joined text scores it, within the n-grams across the joins
    assert flag in {h.name for h in rs.extract_signals(" ".join(parts))}


def test_split_flags_raise_the_risk_and_the_escalation_is_named() -> None:
    parts = ["Hi, my client would pay", "USD 3,000 for a short", "report on your work. Could "
             "we continue on", "WhatsApp? Please keep it between", "us."]
    r = _thread(parts)
    assert {"paid_report", "secrecy", "off_platform_request"} <= set(r.signals)
    assert r.flagged and r.risk > 0.95
    assert r.peak is not None and "secrecy" in {h.name for h in r.peak.hits}
    assert any("secrecy" in x for x in r.reasons)


@pytest.mark.parametrize("parts", [
    ["We pay a competitive salary of EUR 70k.", "You would report to the CTO."],
    ["The salary is EUR 70k and the role pays a yearly bonus.",
     "The first task is a short report on our test benches, done in-house."],
    ["I'll keep it short.", "Between us and the hiring team, there are two interview rounds."],
    ["Happy to continue the conversation here on LinkedIn.",
     "Our team also uses Slack and Teams internally."],
    ["We cover travel", "for the on-site interview in Bristol."],
    ["Le salaire est de 55 000 € par an.", "Vous rendrez compte au directeur technique."],
    ["Le poste est payé 60 000 € par an.", "Vous rédigerez des rapports d'essais pour l'équipe."],
    ["Je serai bref.", "Entre nous et l'équipe, le poste est public."],
    ["Nous prenons en charge le déplacement", "pour l'entretien sur site à Toulouse."],
    # (rule R33-G: a known platform's link, or a link that names no meeting page)
    ["Please select a time slot for your interview here:", "https://calendly.com/jane-acme/30"],
    ["Choisissez un créneau pour votre entretien :", "https://calendly.com/rh-acme/30min"],
    ["Happy to schedule a call next week.", "Our blog: https://acme-engineering.io/blog"],
    ["Réservons un créneau la semaine prochaine.", "Notre site : https://acme-ingenierie.fr"],
    ["Please complete the coding test after our call:", "https://www.hackerrank.com/test/91"],
    # (review44 M1, rule R33-N: an offer thread after interviews, each message naming the
    # interview outside the part read at the join)
    ["Dear Jane, thank you again for your time at the final interview last Tuesday with Marc and "
     "the whole controls team; everyone enjoyed the discussion of your thesis work. After "
     "reviewing all candidates, we are pleased to inform you that you have been selected for "
     "the position.",
     "You have been selected for the role of Senior Controls Engineer at our Lyon site, starting "
     "on 3 March. Your formal offer letter, with the salary we discussed following your "
     "interview on Tuesday, will follow by email from our HR department this week."],
])
def test_benign_messages_create_no_red_flag_when_joined(parts: list[str]) -> None:
    r = _thread(parts)
    risky = {s.name for s in rs.list_signals() if s.polarity == "risk"}
    assert not (set(r.signals) - _alone(parts)) & risky, r.signals


def test_a_red_flag_never_lowers_a_window() -> None:
    texts = ["Impressive profile, we should talk about a role in Paris.",
             "My client would pay USD 3,000", "for a short report on your work."]
    df = pd.DataFrame({"message": texts})
    msgs, win = score_windows(df, np.zeros(3, dtype=int), np.arange(3), 1)
    union = {s for t in msgs["signals"] for s in t.split(";") if s}
    assert "paid_report" in set(win.loc[0, "signals"].split(";")) - union
    assert win.loc[0, "risk"] >= msgs["risk"].max()


def test_seams_read_long_messages_near_their_joins_only() -> None:
    long = "alpha " * 80 + "omega"
    pieces = _seams(["short one", long, "short two"])
    assert len(pieces) == 2
    assert pieces[0].startswith("short one ") and len(pieces[0]) <= SEAM + 12
    assert pieces[1].endswith(" short two") and "omega" in pieces[1]
    assert _seams(["only one message"]) == []


# -- M4: a note when the owner is not known, and every sender scored -------------------------
def test_without_me_every_sender_is_scored_and_the_note_says_so() -> None:
    r = rs.score_conversation([
        {"sender": "Claire", "message": "Hi Victor, thanks for connecting!"},
        {"sender": "Victor", "message": "My client pays USD 3,000 per report. Let's continue "
         "on WhatsApp and keep it between us."}])
    assert r.flagged and r.n_inbound == 2
    assert len(r.notes) == 1 and "owner is not known" in r.notes[0]
    assert "Claire, Victor" in r.notes[0] and "me=" in r.notes[0]
    # with the owner named, or a single sender, nothing is guessed: no note
    named = rs.score_conversation([
        {"sender": "Claire", "message": "Hi Victor, thanks for connecting!"},
        {"sender": "Victor", "message": "My client pays USD 3,000 per report."}], me="Claire")
    assert named.notes == [] and named.n_inbound == 1
    one = rs.score_conversation([{"sender": "Jo", "message": "Hi"},
                                 {"sender": "Jo", "message": "Add me on WhatsApp."}])
    assert one.notes == []


# -- L6: yes/no columns given as text ----------------------------------------------------------
LURE = "Add me on WhatsApp, my client pays USD 3,000 per short report."


@pytest.mark.parametrize("value,scored", [
    ("False", True), ("false", True), ("0", True), ("no", True), ("NO", True), ("", True),
    (None, True), (float("nan"), True), (False, True),
    ("True", False), ("true", False), ("1", False), ("yes", False), (True, False),
])
def test_system_column_read_as_yes_no(value: object, scored: bool) -> None:
    df = pd.DataFrame({"c": ["1", "1"], "message": [LURE, LURE],
                       "system": pd.Series([value, False], dtype=object)})
    msgs, _ = score_threads(df, conversation_col="c", date_col=None)
    assert pd.notna(msgs["risk"].iloc[0]) is scored
    assert msgs["error"].iloc[0] in ("", "system message; not scored")


@pytest.mark.parametrize("value,scored", [
    ("", True), (None, True), ("True", True), ("yes", True), ("1", True),
    ("False", False), ("no", False), ("0", False), ("Non", False),
])
def test_inbound_column_read_as_yes_no(value: object, scored: bool) -> None:
    msgs = rs.score_conversation(pd.DataFrame({"message": [LURE, "hello"],
                                               "inbound": pd.Series([value, True],
                                                                    dtype=object)}))
    assert (msgs.message_results[0] is not None) is scored


def test_a_nullable_boolean_column_is_read_as_booleans() -> None:
    df = pd.DataFrame({"c": ["1"] * 3, "message": [LURE] * 3,
                       "system": pd.array([True, False, None], dtype="boolean")})
    msgs, _ = score_threads(df, conversation_col="c", date_col=None)
    assert msgs["risk"].notna().tolist() == [False, True, True]
    assert msgs["error"].tolist()[1:] == ["", ""]


def test_a_value_that_is_no_yes_no_is_said_never_silent() -> None:
    df = pd.DataFrame({"c": ["1", "1"], "message": [LURE, LURE],
                       "system": ["maybe", "no"], "inbound": ["yes", "sometimes"]})
    msgs, _ = score_threads(df, conversation_col="c", date_col=None)
    assert msgs["risk"].notna().all()  # read as the default: scored
    assert msgs["error"].iloc[0] == ("system 'maybe' is not a yes/no value; read as no: not a "
                                     "system message")
    assert msgs["error"].iloc[1] == "inbound 'sometimes' is not a yes/no value; read as yes: scored"


# -- L1: attacker text cannot turn report.html's own text around -----------------------------
class _Isolation(HTMLParser):
    """Text runs holding a direction control, each with whether a ``<bdi>`` (or an element
    with ``dir="auto"``) holds it; and the page title."""

    VOID = frozenset({"meta", "br", "img", "hr", "link", "input"})

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[bool] = []
        self.runs: list[tuple[str, bool]] = []
        self.title = ""
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._in_title = tag == "title"
        if tag not in self.VOID:
            self.stack.append(tag == "bdi" or dict(attrs).get("dir") == "auto")

    def handle_endtag(self, tag: str) -> None:
        self._in_title = False
        if tag not in self.VOID and self.stack:
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        if RLO in data:
            self.runs.append((data, any(self.stack)))


def _bidi_report(tmp_path: Path) -> Path:
    frame = pd.read_csv(EXAMPLE / "messages.csv", dtype=str, keep_default_na=False)
    frame = frame.replace({"Victor Hale": f"Anna Smith (verified by LinkedIn): risk 0.02, "
                                          f"safe {RLO}"})
    frame.loc[frame["CONVERSATION ID"] == "2-victor", "CONVERSATION TITLE"] = f"title {RLO}"
    d = tmp_path / "export"
    d.mkdir()
    for p in EXAMPLE.glob("*.csv"):
        (d / p.name).write_bytes(p.read_bytes())
    frame.to_csv(d / "messages.csv", index=False)
    score_inbox(d / "messages.csv", tmp_path / "out")
    return tmp_path / "out" / "report.html"


def _check_isolated(page: str) -> None:
    parser = _Isolation()
    parser.feed(page)
    assert parser.runs, "the override is shown"
    assert all(isolated for _, isolated in parser.runs), parser.runs
    assert RLO not in parser.title


def test_direction_overrides_are_isolated_in_the_report_html(tmp_path: Path) -> None:
    page = _bidi_report(tmp_path).read_text(encoding="utf-8")
    _check_isolated(page)
    # the tool's own verdict after the name is outside the isolate
    assert re.search(f"<bdi>Anna Smith [^<]*{RLO}</bdi></a>: risk \\d\\.\\d\\d", page)
    assert re.search(f"<h2><bdi>Anna Smith [^<]*{RLO}</bdi><span", page)


def test_direction_overrides_are_isolated_in_the_browsers_dom(tmp_path: Path) -> None:
    from tests.test_inbox_browser import _chromium, _run

    browser = _chromium()
    report = _bidi_report(tmp_path)
    result = _run(browser, report.parent, "--dump-dom", report.as_uri())
    assert result.returncode == 0, result.stderr[-2000:]
    assert "<bdi>" in result.stdout
    _check_isolated(result.stdout)


def test_evaluate_report_isolates_group_values(tmp_path: Path) -> None:
    from recruitscore.evaluate import evaluate_scores
    from recruitscore.report import write_report

    y, risk = np.array([0, 1, 0, 1]), np.array([0.1, 0.9, 0.2, 0.8])
    groups = np.array([f"a{RLO}", f"a{RLO}", "b", "b"])
    metrics = evaluate_scores(y, risk, threshold=0.5, groups=groups, by="grp")
    path = write_report(tmp_path / "report.html", y, risk, threshold=0.5, metrics=metrics,
                        groups=groups)
    _check_isolated(Path(path).read_text(encoding="utf-8"))


# -- L2: evaluate --by shows a group's control characters as escapes ---------------------------
def test_evaluate_by_escapes_control_characters(tmp_path: Path) -> None:
    lab = tmp_path / "grp.csv"
    rows = ["message,label,grp"]
    for g in ("\x1b[2J", "[bold red]fake[/bold red]"):
        rows += [f'"{LURE}",1,"{g}"', f'"Senior engineer role, salary 60k",0,"{g}"']
    lab.write_text("\n".join(rows) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["evaluate", str(lab), "--by", "grp"])
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.stdout
    assert "grp=\\x1b[2J" in result.stdout
    assert "grp=[bold red]fake[/bold red]" in result.stdout


# -- review41 (rule R32-J): a later message never changes an earlier window (M1); a flag the --
# -- seam's cut alone creates is none (L2) -----------------------------------------------------
LATER_FLAG = [
    (["Hi Claire, thanks for connecting. Please keep", "this between us for now."],
     "And again, keep this between us."),
    (["Bonjour Claire, merci pour la connexion. Gardons cela", "entre nous pour le moment."],
     "Et encore une fois, gardons cela entre nous."),
]
NEUTRAL = ["We are a small team.", "Our projects are varied.", "Let me know what you think."]


def _cumulative(parts: list[str]) -> list[float]:
    r = rs.score_conversation([{"sender": "V", "message": p} for p in parts])
    return r.messages["cumulative_risk"].tolist()


@pytest.mark.parametrize("split,later", LATER_FLAG)
def test_a_later_message_with_the_same_flag_keeps_the_early_windows(split: list[str],
                                                                    later: str) -> None:
    parts = split + NEUTRAL
    before = rs.score_conversation([{"sender": "V", "message": p} for p in parts])
    after = rs.score_conversation([{"sender": "V", "message": p} for p in [*parts, later]])
    assert "secrecy" in before.signals and before.escalation_turn == 2
    # the split flag still counts at message 2 (it fell from 0.883 to 0.305, and the
    # escalation moved to the later message, when the longest window was read for it)
    assert after.escalation_turn == 2 and after.risk >= before.risk
    old, new = (x.messages["cumulative_risk"].tolist() for x in (before, after))
    assert new[:len(old)] == pytest.approx(old)
    assert new[1] > before.messages["risk"].iloc[1]


# a drawn thread is a list of units: a red flag split over two messages, or one message (a
# neutral one, the same red flag whole, a long message whose tail opens a flag)
_SPLIT = [
    ("Hi Claire, thanks for connecting. Please keep", "this between us for now."),
    ("My client would pay USD 3,000", "for a short report on your work."),
    ("Bonjour Claire, merci pour la connexion. Gardons cela", "entre nous pour le moment."),
    ("Mon client vous verserait 3 000 €", "pour un court rapport sur vos travaux."),
    ("Thanks, we will get back to you", "as soon as possible."),
]
_PIECES = [
    "And again, keep this between us.", "Et encore une fois, gardons cela entre nous.",
    "My client pays USD 3,000 for a short report.", "Add me on WhatsApp.",
    "Ajoutez-moi sur Telegram.", "We are a small team.", "Our projects are varied.",
    "Let me know what you think.", "Nous sommes une petite équipe.",
    "unless you would rather not.", "sauf si vous préférez.", "au plus vite.",
    "Our team builds test benches for electric drives and we are hiring two engineers in "
    "Lyon. The role is permanent, the salary is public and the interviews are on site; "
    "between us, the team is great. Please keep",
    "Notre équipe conçoit des bancs d'essai pour moteurs électriques et recrute deux "
    "ingénieurs à Lyon. Le poste est en CDI, le salaire est affiché et les entretiens ont "
    "lieu sur site ; merci de garder cela",
]
_UNITS = st.one_of(st.sampled_from(_SPLIT).map(list), st.sampled_from(_PIECES).map(lambda p: [p]))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(thread=st.lists(_UNITS, min_size=1, max_size=6).map(lambda u: [m for x in u for m in x]),
       later=st.sampled_from(_PIECES))
@example(thread=[*LATER_FLAG[0][0], *NEUTRAL], later=LATER_FLAG[0][1])
@example(thread=[*LATER_FLAG[1][0], *NEUTRAL], later=LATER_FLAG[1][1])
def test_appending_a_message_never_lowers_an_earlier_risk(thread: list[str],
                                                           later: str) -> None:
    # both threads in one call: the windows ending before the new message, and the
    # cumulative risk at every earlier turn, are what they were (review41 M1, rule R32-J)
    df = pd.DataFrame({"conversation_id": ["a"] * len(thread) + ["b"] * (len(thread) + 1),
                       "message": [*thread, *thread, later]})
    msgs, _ = score_threads(df)
    old = msgs[msgs["conversation_id"] == "a"]["cumulative_risk"].to_numpy(dtype=float)
    new = msgs[msgs["conversation_id"] == "b"]["cumulative_risk"].to_numpy(dtype=float)
    assert (np.nan_to_num(new[:len(old)], nan=0.0) >= np.nan_to_num(old, nan=0.0) - 1e-9).all()
    n = len(thread)
    owner = np.repeat(np.arange(n), np.arange(1, n + 1))
    member = np.concatenate([np.arange(k + 1) for k in range(n)])
    _, short = score_windows(pd.DataFrame({"message": thread}), owner, member, n)
    owner2 = np.repeat(np.arange(n + 1), np.arange(1, n + 2))
    member2 = np.concatenate([np.arange(k + 1) for k in range(n + 1)])
    _, long = score_windows(pd.DataFrame({"message": [*thread, later]}), owner2, member2,
                            n + 1)
    assert (long["risk"].to_numpy()[:n] >= short["risk"].to_numpy() - 1e-9).all()


# the tail of a long message cut after the sender's promise ("we will get back to you", « nous
# allons étudier ») that tells "as soon as possible" apart from a demand on the reader
SEAM_CUT = [
    ("Dear candidate, thank you for the interest you have shown in our company and in the open "
     "position of data engineer in our Lyon office. We have received your application and we "
     "will get back to you as soon as possible with our answer. Kind regards, The Talent Team, "
     "Acme Robotics Ltd.",
     "Re: your application. We regret to inform you that the position has now been filled."),
    ("Bonjour, merci pour l'intérêt que vous portez à notre entreprise et au poste d'ingénieur "
     "données de notre bureau de Lyon. Nous vous confirmons que nous avons bien reçu votre "
     "dossier, que nous allons étudier au plus vite. Cordialement, l'équipe recrutement d'Acme "
     "Robotique, service RH de Lyon.",
     "Objet : votre candidature. Nous sommes désolés de vous informer que le poste a été "
     "pourvu."),
]


@pytest.mark.parametrize("first,second", SEAM_CUT)
def test_a_flag_the_seam_cut_alone_creates_is_none(first: str, second: str) -> None:
    def urgent(text: str) -> bool:
        return "urgency" in {h.name for h in rs.extract_signals(text)}
    # the seam's piece reads "as soon as possible" without the promise before it ...
    assert urgent(_seams([first, second])[0])
    # ... while neither message, nor the two joined whole, has the flag
    assert not urgent(first) and not urgent(second) and not urgent(f"{first} {second}")
    _, conv = score_threads(pd.DataFrame({"conversation_id": ["x", "x"],
                                          "message": [first, second]}))
    assert "urgency" not in conv.loc[0, "signals"].split(";")
    assert "urgency" not in _thread([first, second]).signals


def test_a_flag_written_across_the_seam_of_a_long_message_is_kept() -> None:
    # the evidence starts in the long message's tail and ends in the next message
    for long, rest, flag in [(_PIECES[-2], "this between us.", "secrecy"),
                             (_PIECES[-1], "entre nous.", "secrecy")]:
        assert flag not in _alone([long, rest])
        assert flag in _thread([long, rest]).signals
