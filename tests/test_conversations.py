"""Conversations: the LinkedIn export reader (every column quirk), owner detection, errors,
score_conversation and score_threads (structure, not the shipped model's exact values), the
inbox command and ``score --conversation-col``."""

from __future__ import annotations

import io
import json
import shutil
import zipfile
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from typer.testing import CliRunner

import recruitscore as rs
from recruitscore.cli import app
from recruitscore.conversations import (
    CONVERSATION_COLUMNS,
    HTML_COLUMN,
    MESSAGE_COLUMNS,
    clean_content,
    export_frame,
    find_owner,
    read_export,
    score_threads,
)
from recruitscore.errors import InputError
from recruitscore.inbox import score_inbox
from recruitscore.inbox_report import highlight
from recruitscore.scoring import score_windows

from .test_hostile_input import APP_EN, APP_FR, BENIGN_EN, BENIGN_FR, HIDING, ROLE_EN, ROLE_FR

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "linkedin-export"
runner = CliRunner()

HEADER = ["CONVERSATION ID", "CONVERSATION TITLE", "FROM", "SENDER PROFILE URL", "TO",
          "RECIPIENT PROFILE URLS", "DATE", "SUBJECT", "CONTENT", "FOLDER"]


def _csv(frame: pd.DataFrame) -> bytes:
    return frame.to_csv(index=False).encode("utf-8")


def _zip(path: Path, files: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    return path


def _example_zip(tmp_path: Path, prefix: str = "") -> Path:
    return _zip(tmp_path / "export.zip", {f"{prefix}{p.name}": p.read_bytes()
                                          for p in EXAMPLE.glob("*.csv")})


def _messages() -> pd.DataFrame:
    return pd.read_csv(EXAMPLE / "messages.csv", dtype=str, keep_default_na=False)


def _one_error_line(result) -> str:  # type: ignore[no-untyped-def]
    assert result.exit_code == 2, (result.exit_code, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    return lines[0]


# -- reading ------------------------------------------------------------------------------------
def test_zip_export_is_read_with_profile_and_connections(tmp_path: Path) -> None:
    export = read_export(_example_zip(tmp_path, prefix="Basic_LinkedInDataExport/"))
    assert len(export.messages) == len(_messages())
    assert export.profile is not None and export.connections is not None
    # Connections.csv starts with notes before its header: they are skipped
    assert "Company" in export.connections.columns
    assert find_owner(export) == "claire dubois"


def test_connections_say_who_the_sender_is(tmp_path: Path) -> None:
    df, owner = export_frame(read_export(_example_zip(tmp_path)))
    assert owner == "Claire Dubois"
    victor = df[df["from"] == "Victor Hale"].iloc[0]
    assert victor["sender_company"] == "Meridian Advisory Group"
    assert victor["sender_headline"] == "Senior Talent Partner"
    assert victor["connected_on"] == "11 Mar 2024"
    # mojibake in Connections.csv and messages.csv names: still the same person
    renee = df[df["from"] == "Renée Martin"].iloc[0]
    assert renee["sender_company"] == "Orbitale Systèmes"
    assert set(df["target_headline"]) == {
        "Senior engineer, satellite communications payloads | Toulouse"}


def test_html_content_is_reduced_to_text_and_subject_kept() -> None:
    export = read_export(EXAMPLE / "messages.csv")
    inmail = export.messages[export.messages["conversation_id"] == "3-inmail"].iloc[0]
    text = inmail["content"]
    assert "<" not in text and "&" not in text.replace(" & ", "")
    assert "I'm hiring a payload architect" in text and "£80–95k" in text
    assert text.startswith("Payload architect – Bristol")


@pytest.mark.parametrize("html_text, expected", [
    ("<p>Hi</p><p>there</p>", "Hi\nthere"),
    ("a<br>b<br/>c", "a\nb\nc"),
    ("<script>alert(1)</script>Hello", "Hello"),
    ("&lt;script&gt;x&lt;/script&gt;", "<script>x</script>"),  # text, escaped again on output
    ("Fish &amp; chips", "Fish & chips"),
    ("1 < 2 and 3 > 2", "1 < 2 and 3 > 2"),
    ("", ""),
])
def test_clean_content(html_text: str, expected: str) -> None:
    assert clean_content(html_text) == expected


def test_mojibake_in_text_and_names_is_repaired() -> None:
    df = _messages()
    export = read_export(EXAMPLE / "messages.csv")
    assert "RenÃ©e Martin" in set(df["FROM"])
    assert "Renée Martin" in set(export.messages["from"])
    assert not export.messages["content"].str.contains("Ã©|â‚¬").any()
    assert export.messages["content"].str.contains("65-75 k€", regex=False).any()


def _variant(tmp_path: Path, frame: pd.DataFrame, name: str = "messages.csv") -> Path:
    d = tmp_path / "variant"
    d.mkdir(exist_ok=True)
    (d / name).write_bytes(_csv(frame))
    return d / name


@pytest.mark.parametrize("quirk", ["lowercase", "shuffled", "minimal", "no_date",
                                   "extra_columns", "bom", "titlecase_spaces"])
def test_column_variants_give_the_same_scores(tmp_path: Path, quirk: str) -> None:
    base = _messages()
    frame = base.copy()
    if quirk == "lowercase":
        frame.columns = [c.lower() for c in frame.columns]
    elif quirk == "shuffled":
        frame = frame[list(reversed(frame.columns))]
    elif quirk == "minimal":
        frame = frame[["CONVERSATION ID", "FROM", "TO", "DATE", "CONTENT", "SUBJECT",
                       "IS MESSAGE DRAFT"]]
    elif quirk == "no_date":
        # no DATE column: file order is used; make the file chronological first
        frame = frame.iloc[::-1].drop(columns=["DATE"])
    elif quirk == "extra_columns":
        frame["ATTACHMENTS"] = "https://example.invalid/a.pdf"
        frame["SOME NEW COLUMN"] = "x"
    elif quirk == "titlecase_spaces":
        frame.columns = [f" {c.title()} " for c in frame.columns]
    path = _variant(tmp_path, frame)
    if quirk == "bom":
        path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    ref = tmp_path / "ref"
    ref.mkdir()
    (ref / "messages.csv").write_bytes(_csv(base))  # alone too: no Profile/Connections beside
    ref_conv, ref_msgs, _ = rs.inbox.inbox_tables(ref / "messages.csv", me="Claire Dubois")
    conv, msgs, owner = rs.inbox.inbox_tables(path, me="Claire Dubois")
    assert owner == "Claire Dubois"
    assert len(msgs) == len(ref_msgs)
    key = ["conversation_id", "risk", "escalation_turn", "n_inbound"]
    if quirk == "no_date":
        # same conversations and messages; the risk does not depend on the dates
        pd.testing.assert_series_equal(conv.set_index("conversation_id")["risk"].sort_index(),
                                       ref_conv.set_index("conversation_id")["risk"].sort_index())
    else:
        pd.testing.assert_frame_equal(conv[key], ref_conv[key])


def test_newest_first_file_is_put_in_date_order() -> None:
    _, msgs, _ = rs.inbox.inbox_tables(EXAMPLE / "messages.csv")
    victor = msgs[msgs["conversation_id"] == "2-victor"]
    assert victor["turn"].tolist() == [1, 2, 3, 4, 5]
    assert victor["date"].tolist() == sorted(victor["date"].tolist())
    assert victor["direction"].tolist() == ["inbound", "outbound", "inbound", "outbound",
                                            "inbound"]


def test_empty_system_and_draft_messages_are_kept_but_not_scored() -> None:
    _, msgs, _ = rs.inbox.inbox_tables(EXAMPLE / "messages.csv")
    j = msgs[msgs["conversation_id"] == "4-julien"].set_index("turn")
    assert j.loc[3, "error"] == "empty message; not scored" and np.isnan(j.loc[3, "risk"])
    assert j.loc[4, "direction"] == "system" and np.isnan(j.loc[4, "risk"])
    assert j.loc[5, "direction"] == "draft" and np.isnan(j.loc[5, "risk"])
    assert j.loc[2, "error"] == "sent by the inbox owner; not scored"


def test_owner_from_the_participant_in_every_conversation(tmp_path: Path) -> None:
    path = _variant(tmp_path, _messages())  # no Profile.csv beside it
    export = read_export(path)
    assert export.profile is None
    assert find_owner(export) == "claire dubois"


def test_no_owner_found_names_me(tmp_path: Path) -> None:
    frame = _messages()
    frame = frame[frame["CONVERSATION ID"] == "2-victor"]  # two people, one conversation
    path = _variant(tmp_path, frame)
    with pytest.raises(InputError, match="--me"):
        find_owner(read_export(path))
    line = _one_error_line(runner.invoke(app, ["inbox", str(path), "-o",
                                               str(tmp_path / "out")]))
    assert "--me" in line
    assert not (tmp_path / "out").exists()
    ok = runner.invoke(app, ["inbox", str(path), "-o", str(tmp_path / "out"), "--me",
                             "Claire Dubois"])
    assert ok.exit_code == 0, ok.stderr
    out = pd.read_csv(tmp_path / "out" / "conversations.csv")
    assert out["counterpart"].tolist() == ["Victor Hale"]
    # by profile URL too
    ok = runner.invoke(app, ["inbox", str(path), "-o", str(tmp_path / "out2"), "--me",
                             "https://www.linkedin.com/in/claire-dubois-satcom/"])
    assert ok.exit_code == 0, ok.stderr


def test_unknown_me_is_an_error(tmp_path: Path) -> None:
    line = _one_error_line(runner.invoke(app, ["inbox", str(EXAMPLE / "messages.csv"), "-o",
                                               str(tmp_path / "o"), "--me", "Nobody Here"]))
    assert "Nobody Here" in line


@pytest.mark.parametrize("damage", ["truncated", "garbage", "no_messages", "empty_csv",
                                    "no_content_column"])
def test_bad_exports_give_one_line_and_no_output(tmp_path: Path, damage: str) -> None:
    good = _example_zip(tmp_path).read_bytes()
    path = tmp_path / "bad.zip"
    if damage == "truncated":
        path.write_bytes(good[: len(good) // 2])
    elif damage == "garbage":
        path.write_bytes(b"PK\x03\x04" + b"\x00garbage" * 50)
    elif damage == "no_messages":
        _zip(path, {"Profile.csv": (EXAMPLE / "Profile.csv").read_bytes()})
    elif damage == "empty_csv":
        _zip(path, {"messages.csv": b""})
    else:
        _zip(path, {"messages.csv": b"FROM,TO,DATE\na,b,2024-01-01 00:00:00 UTC\n"})
    with pytest.raises(InputError):
        read_export(path)
    line = _one_error_line(runner.invoke(app, ["inbox", str(path), "-o",
                                               str(tmp_path / "out")]))
    assert line.startswith("recruitscore: error:")
    assert not (tmp_path / "out").exists()


def test_missing_file_is_one_line(tmp_path: Path) -> None:
    _one_error_line(runner.invoke(app, ["inbox", str(tmp_path / "nope.zip"), "-o",
                                        str(tmp_path / "o")]))


# -- scoring ------------------------------------------------------------------------------------
THREAD = [
    {"sender": "Ana Silva", "date": "2024-03-01 09:00:00 UTC",
     "message": "Hello, I enjoyed your talk on satellite links. Happy to connect."},
    {"sender": "Me Myself", "date": "2024-03-01 12:00:00 UTC", "message": "Thanks Ana!"},
    {"sender": "Ana Silva", "date": "2024-03-02 09:00:00 UTC",
     "message": "My client, who prefers to remain anonymous, pays USD 3,000 per short report."},
    {"sender": "Me Myself", "date": "2024-03-02 12:00:00 UTC", "message": "Which client?"},
    {"sender": "Ana Silva", "date": "2024-03-03 09:00:00 UTC",
     "message": "Let's continue on WhatsApp, and keep it between us, no need to tell your "
                "employer."},
]


def _check_structure(r: rs.ConversationResult) -> None:
    m = r.messages
    inbound = m["inbound"].to_numpy(dtype=bool)
    eff = np.fmax(m["risk"].to_numpy(float), m["cumulative_risk"].to_numpy(float))
    assert np.isnan(m["risk"].to_numpy(float)[~inbound]).all()
    assert r.risk == pytest.approx(np.nanmax(eff), abs=1e-6)
    assert r.flagged == (r.risk >= r.threshold)
    reached = np.flatnonzero(inbound & (np.nan_to_num(eff, nan=-1) >= r.threshold))
    if r.escalation_turn is None:
        assert reached.size == 0 and not r.flagged
    else:
        assert r.escalation_turn == int(m["turn"].iloc[reached[0]])
    for res, risk in zip(r.message_results, m["risk"], strict=True):
        if res is not None:
            assert res.risk == pytest.approx(risk, abs=1e-5)


def test_score_conversation_structure() -> None:
    r = rs.score_conversation(THREAD, me="Me Myself")
    assert r.n_messages == 5 and r.n_inbound == 3
    assert r.messages["turn"].tolist() == [1, 2, 3, 4, 5]
    _check_structure(r)
    assert set(r.signals) >= {"vague_employer", "off_platform_request"}
    assert "conversation risk" in r.explain()
    json.dumps(r.to_dict())


def test_score_conversation_list_and_frame_agree_and_order_by_date() -> None:
    a = rs.score_conversation(THREAD, me="Me Myself")
    b = rs.score_conversation(pd.DataFrame(THREAD[::-1]), me="me myself")
    assert a.risk == b.risk and a.escalation_turn == b.escalation_turn
    assert b.messages["message"].tolist() == [t["message"] for t in THREAD]


def test_owner_replies_never_count() -> None:
    hostile_reply = [dict(t) for t in THREAD]
    hostile_reply[1]["message"] = ("Add me on WhatsApp, my client pays USD 5,000 per report, "
                                   "keep it secret from your employer.")
    a = rs.score_conversation(THREAD, me="Me Myself")
    b = rs.score_conversation(hostile_reply, me="Me Myself")
    assert a.risk == b.risk and a.escalation_turn == b.escalation_turn


def test_names_are_not_features() -> None:
    renamed = [{**t, "sender": {"Ana Silva": "Wei Zhang", "Me Myself": "Olu Bello"}[t["sender"]]}
               for t in THREAD]
    a = rs.score_conversation(THREAD, me="Me Myself")
    b = rs.score_conversation(renamed, me="Olu Bello")
    assert a.risk == b.risk


def test_profile_keywords_apply_to_every_message() -> None:
    a = rs.score_conversation(THREAD, me="Me Myself", target_headline="Quantum engineer")
    rows = [{**t, "target_headline": "Quantum engineer"} for t in THREAD]
    b = rs.score_conversation(rows, me="Me Myself")
    assert a.risk == b.risk
    assert "target_sensitive_sector" in a.signals
    with pytest.raises(InputError, match="unknown field"):
        rs.score_conversation(THREAD, sender_name="x")


def test_without_me_every_sender_is_scored_and_noted() -> None:
    # the owner is not guessed (red-team round 11 M4, rule R32-H): every sender is scored,
    # and the note says so and how to name the owner
    r = rs.score_conversation(THREAD)
    assert r.messages["inbound"].tolist() == [True] * 5 and r.n_inbound == 5
    assert r.notes == ["the inbox owner is not known (no me= and no inbound column): the "
                       "messages of every sender (Ana Silva, Me Myself) are scored, the "
                       "owner's too; pass me=<your name or profile URL> to leave yours out"]


def test_cumulative_evidence_is_scored_after_every_inbound_message() -> None:
    r = rs.score_conversation(THREAD, me="Me Myself")
    m = r.messages[r.messages["inbound"]]
    # the first inbound message has no history: its cumulative risk is its own
    assert m["cumulative_risk"].iloc[0] == m["risk"].iloc[0]
    # the inbound messages together: the same model on their evidence taken together, which
    # differs from scoring the joined text only by the n-grams across a join
    texts = [t["message"] for t in THREAD[::2]]
    _, win = score_windows(pd.DataFrame({"message": texts}), np.zeros(3, dtype=int),
                           np.arange(3), 1)
    assert m["cumulative_risk"].iloc[-1] == pytest.approx(win.loc[0, "risk"], abs=1e-6)
    assert m["cumulative_risk"].iloc[-1] == pytest.approx(
        rs.score("\n\n".join(texts)).risk, abs=0.02)


def test_a_window_is_its_messages_evidence_together() -> None:
    texts = ["Impressive profile, we should talk about a role in Paris.",
             "Let's continue on WhatsApp, it is easier.",
             "My client pays USD 2,000 per short report, keep it between us.",
             "Bonjour, votre profil m'a beaucoup impressionné."]
    df = pd.DataFrame({"message": texts})
    owner = np.array([0, 1, 1, 1, 2])
    member = np.array([3, 0, 1, 2, 3])
    msgs, win = score_windows(df, owner, member, 3)
    pd.testing.assert_frame_equal(msgs, rs.score_frame(df))
    # a window of one message is that message
    one = msgs.loc[3, ["risk", "band", "flagged", "signals", "reasons"]].tolist()
    assert win.loc[0].tolist() == one == win.loc[2].tolist()
    # a signal fires in a window when it fires in one of its messages
    union = {s for k in range(3) for s in msgs.loc[k, "signals"].split(";") if s}
    assert set(win.loc[1, "signals"].split(";")) == union
    assert {"off_platform_request", "paid_report", "secrecy"} <= union
    with pytest.raises(InputError, match="out of range"):
        score_windows(df, np.array([0]), np.array([4]), 1)


def test_threshold_override_moves_the_escalation_turn() -> None:
    low = rs.score_conversation(THREAD, me="Me Myself", threshold=0.0)
    assert low.escalation_turn == 1 and low.flagged
    high = rs.score_conversation(THREAD, me="Me Myself", threshold=1.0)
    assert high.escalation_turn is None and not high.flagged


@pytest.mark.parametrize("bad", [float("nan"), 1.0 + 1e-9, 2.0, -1.0, 10**400, np.True_,
                                 bytearray(b"0.5"), "0.5", 0.5j, np.complex64(0.5 + 2j)])
def test_a_threshold_outside_0_1_is_refused(bad: float) -> None:
    """NaN or 2.0 silenced every alert of a thread without a word (review25, R23-E)."""
    with pytest.raises(InputError, match="threshold must be between 0 and 1"):
        rs.score_conversation(THREAD, me="Me Myself", threshold=bad)
    with pytest.raises(InputError, match="threshold must be between 0 and 1"):
        score_threads(pd.DataFrame({"c": ["t"], "message": ["hi"]}), conversation_col="c",
                      threshold=bad)


def test_a_threshold_may_be_any_real_number() -> None:
    """numpy's and Decimal thresholds were refused for an hour (review27)."""
    from decimal import Decimal
    from fractions import Fraction

    for thr in (np.float32(0.5), np.int64(1), Decimal("0.3"), Fraction(1, 3)):
        score_threads(pd.DataFrame({"c": ["t"], "message": ["hi"]}), conversation_col="c",
                      threshold=thr)


def test_a_flagged_conversation_is_never_uncertain() -> None:
    """A threshold= below the model's flags a greeting: its band is then the model's band of
    its risk (`medium`), not `uncertain` (review27)."""
    r = rs.score_conversation([{"message": "hello"}], threshold=0.0)
    assert r.flagged and r.band == "medium" and r.messages["band"].tolist() == ["medium"]


def test_conversation_bands_are_the_message_model_s() -> None:
    """A greeting is `uncertain` in a thread as alone, not `medium` (review25, R23-E)."""
    alone = rs.score("hello")
    r = rs.score_conversation([{"message": "hello"}])
    assert alone.band == r.band == "uncertain" and r.messages["band"].tolist() == ["uncertain"]
    msgs, conv = score_threads(pd.DataFrame({"c": ["t", "t"], "message": [
        "hello", "Add me on WhatsApp, my client pays USD 2,000 per report."]}),
        conversation_col="c")
    assert msgs["band"].iloc[0] == "uncertain" and msgs["band"].iloc[1] == "high"
    assert conv.loc[0, "band"] == "high"


def test_an_empty_conversation_is_an_input_error() -> None:
    with pytest.raises(InputError, match="no messages"):
        rs.score_conversation([])


@pytest.mark.parametrize("bad", ["a string", {"message": "x"}, [1, 2], 42])
def test_score_conversation_rejects_bad_input(bad: object) -> None:
    with pytest.raises(InputError):
        rs.score_conversation(bad)


def test_conversation_without_inbound_message() -> None:
    r = rs.score_conversation([{"message": "hi", "inbound": False}])
    assert np.isnan(r.risk) and not r.flagged and r.escalation_turn is None


def test_score_threads_orders_by_date_then_file_order() -> None:
    df = pd.DataFrame({"c": ["t1", "t2", "t1", "t1", "t1"],
                       "d": ["2024-01-03", "2024-01-01", "2024-01-01", "", "2024-01-01"],
                       "message": ["third", "other", "first", "undated", "second"]})
    msgs, _ = score_threads(df, conversation_col="c", date_col="d")
    assert msgs["message"].tolist() == ["first", "second", "third", "undated", "other"]
    assert msgs["turn"].tolist() == [1, 2, 3, 4, 1]


def test_score_threads_many_conversations_sorted_by_risk() -> None:
    df = pd.DataFrame({"cid": ["a", "b", "a", "c"],
                       "message": ["Hello", "Add me on WhatsApp, my client pays USD 2,000 per "
                                   "report, keep it between us.", "How are you?", ""]})
    msgs, conv = score_threads(df, conversation_col="cid", date_col=None)
    assert len(msgs) == 4 and msgs["cid"].tolist() == ["a", "a", "b", "c"]
    risks = conv["risk"].to_numpy(float)
    assert (np.diff(np.nan_to_num(risks, nan=-1)) <= 0).all()
    assert conv.set_index("conversation_id").loc["c", "n_inbound"] == 0


# -- the inbox command --------------------------------------------------------------------------
def test_inbox_writes_three_files(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = runner.invoke(app, ["inbox", str(_example_zip(tmp_path)), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    assert "Claire Dubois" in result.stderr
    conv = pd.read_csv(out / "conversations.csv", dtype=str, keep_default_na=False)
    msgs = pd.read_csv(out / "messages.csv", dtype=str, keep_default_na=False)
    assert tuple(conv.columns) == CONVERSATION_COLUMNS
    assert tuple(msgs.columns) == MESSAGE_COLUMNS
    assert len(msgs) == len(_messages())
    # every input row, identified by its position in the export's messages.csv
    assert sorted(pd.to_numeric(msgs["input_row"])) == list(range(1, len(_messages()) + 1))
    risk = pd.to_numeric(conv["risk"]).to_numpy()
    assert (np.diff(risk) <= 0).all()
    assert set(conv["conversation_id"]) == set(_messages()["CONVERSATION ID"])
    victor = conv.set_index("conversation_id").loc["2-victor"]
    assert victor["counterpart"] == "Victor Hale" and victor["n_messages"] == "5"
    assert victor["first_date"] == "2024-03-18 09:41:07 UTC"
    page = (out / "report.html").read_text(encoding="utf-8")
    assert "<script" not in page.lower() and "onerror=" not in page
    assert not list(out.glob(".*"))  # no temporary file left


def test_inbox_fail_on_threshold(tmp_path: Path) -> None:
    result = runner.invoke(app, ["inbox", str(EXAMPLE / "messages.csv"), "-o",
                                 str(tmp_path / "o"), "--threshold", "0", "-q",
                                 "--fail-on-threshold"])
    assert result.exit_code == 1 and result.stderr == ""


def test_highlight_escapes_everything() -> None:
    text = '<img src=x onerror="alert(1)"> add me on WhatsApp'
    out = highlight(text, [(text.index("WhatsApp"), len(text), '<b>"label"</b>')])
    assert "<img" not in out and "&lt;img" in out
    assert '<mark title="&lt;b&gt;&quot;label&quot;&lt;/b&gt;">WhatsApp</mark>' in out


def test_report_never_injects_markup_from_content(tmp_path: Path) -> None:
    frame = _messages()
    evil = frame.iloc[[0]].copy()
    evil["CONTENT"] = ("&lt;script&gt;alert(1)&lt;/script&gt; <a href='javascript:x'>click</a> "
                       "</li></ol></section><h1>fake</h1> add me on WhatsApp")
    evil["DATE"] = "2024-03-25 10:00:00 UTC"
    path = _variant(tmp_path, pd.concat([frame, evil]))
    summary = score_inbox(path, tmp_path / "out", me="Claire Dubois")
    page = (summary.outdir / "report.html").read_text(encoding="utf-8")
    assert "<script" not in page and "<h1>fake" not in page and "javascript:" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


# -- score --conversation-col -------------------------------------------------------------------
def test_score_conversation_col(tmp_path: Path) -> None:
    rows = pd.DataFrame({
        "thread": ["t1", "t2", "t1", "t1"],
        "sent": ["2024-01-03", "2024-01-01", "2024-01-01", "2024-01-02"],
        "text": ["Continue on WhatsApp and keep it between us, my client pays USD 2,000.",
                 "See you at lunch tomorrow", "Hello, nice to connect", "How is the project?"],
    })
    src = tmp_path / "in.csv"
    src.write_bytes(_csv(rows))
    out = tmp_path / "out.csv"
    result = runner.invoke(app, ["score", str(src), "--map", "text=message",
                                 "--conversation-col", "thread", "--date-col", "sent",
                                 "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    conv = pd.read_csv(out, keep_default_na=False)
    assert len(conv) == 2 and set(conv["conversation_id"]) == {"t1", "t2"}
    t1 = conv.set_index("conversation_id").loc["t1"]
    assert t1["n_messages"] == 3 and t1["first_date"].startswith("2024-01-01")
    assert t1["last_date"].startswith("2024-01-03")
    line = _one_error_line(runner.invoke(app, ["score", str(src), "--conversation-col", "nope"]))
    assert "nope" in line
    _one_error_line(runner.invoke(app, ["score", str(src), "--date-col", "sent"]))


# -- data ---------------------------------------------------------------------------------------
def test_conversation_data_set_is_well_formed() -> None:
    lines = (ROOT / "data" / "conversations" / "threads.jsonl").read_text(encoding="utf-8")
    threads = [json.loads(line) for line in io.StringIO(lines) if line.strip()]
    assert len(threads) >= 60
    assert len({t["thread_id"] for t in threads}) == len(threads)
    for t in threads:
        assert t["label"] in (0, 1) and t["language"] in ("en", "fr")
        assert t["split"] in ("dev", "test")
        assert t["messages"] and t["messages"][0]["from"] == "them"
        assert all(m["from"] in ("them", "me") and m["text"] for m in t["messages"])
    combos = {(t["label"], t["language"], t["split"]) for t in threads}
    assert len(combos) == 8


def test_example_export_exercises_every_quirk() -> None:
    raw = (EXAMPLE / "messages.csv").read_text(encoding="utf-8")
    assert "Ã©" in raw and "<p>" in raw and "&amp;" in raw and "ATTACHMENTS" in raw
    assert "IS MESSAGE DRAFT" in raw and "<script>" in raw
    assert (EXAMPLE / "Connections.csv").read_text(encoding="utf-8").startswith("Notes:")


def test_copy_of_example_dir_reads_siblings(tmp_path: Path) -> None:
    d = tmp_path / "exp"
    shutil.copytree(EXAMPLE, d)
    export = read_export(d / "messages.csv")
    assert export.profile is not None and export.connections is not None


def test_me_by_profile_url_of_an_owner_who_never_wrote(tmp_path: Path) -> None:
    frame = _messages()
    frame = frame[frame["FROM"] == "Victor Hale"]  # only received messages
    path = _variant(tmp_path, frame)
    export = read_export(path)
    assert find_owner(export, "https://www.linkedin.com/in/claire-dubois-satcom") == \
        "claire dubois"
    _, msgs, _ = rs.inbox.inbox_tables(path, me="linkedin.com/in/claire-dubois-satcom/")
    assert msgs["direction"].tolist() == ["inbound"] * 3


def test_without_conversation_ids_threads_are_the_pairs_of_participants(tmp_path: Path) -> None:
    frame = _messages()
    frame = frame[frame["FROM"] != ""].drop(columns=["CONVERSATION ID"])
    path = _variant(tmp_path, frame)
    conv, msgs, owner = rs.inbox.inbox_tables(path)
    assert owner == "Claire Dubois" and len(msgs) == len(frame)
    assert sorted(conv["counterpart"]) == ["Julien Roux", "Lina Moreau", "Renée Martin",
                                           "Sam Okafor", "Victor Hale"]


def test_a_worker_scores_part_of_the_threads_the_same(monkeypatch) -> None:
    """Large exports hand the later threads to a worker process (beside this one): the
    results equal scoring everything here."""
    from recruitscore import _workers
    from recruitscore import conversations as conv_module

    if _workers.usable_cpus() < 2:
        pytest.skip("one CPU: no worker is used")
    texts = ["Hello, impressive profile!", "Let's continue on WhatsApp.",
             "My client pays USD 2,000 per report.", "Keep it between us."]
    df = pd.DataFrame({"cid": [f"c{i // 4}" for i in range(40)],
                       "message": [f"{texts[i % 4]} ({i})" for i in range(40)]})
    here_msgs, here_conv = score_threads(df, conversation_col="cid", date_col=None)
    monkeypatch.setattr(conv_module, "ASIDE_MIN_ROWS", 1)
    aside_msgs, aside_conv = score_threads(df, conversation_col="cid", date_col=None)
    pd.testing.assert_frame_equal(here_msgs, aside_msgs)
    pd.testing.assert_frame_equal(here_conv, aside_conv)


def test_worker_and_this_process_write_the_same_files(tmp_path: Path, monkeypatch) -> None:
    """With a worker, the texts are shared with it and it formats messages.csv while this
    process renders the report (from the messages it shows only): the files equal those
    written by this process alone."""
    from recruitscore import _workers
    from recruitscore import conversations as conv_module
    from recruitscore import inbox as inbox_module

    if _workers.usable_cpus() < 2:
        pytest.skip("one CPU: no worker is used")
    alone = score_inbox(EXAMPLE / "messages.csv", tmp_path / "alone", top=1)
    monkeypatch.setattr(conv_module, "ASIDE_MIN_ROWS", 1)
    monkeypatch.setattr(inbox_module, "ASIDE_MIN_ROWS", 1)
    sent: list[str] = []
    real = _workers.executor

    class Spy:
        def __init__(self, n: int) -> None:
            self.pool = real(n)

        def submit(self, fn: object, *args: object) -> object:
            sent.append(getattr(fn, "__name__", ""))
            return self.pool.submit(fn, *args)

    monkeypatch.setattr(_workers, "executor", Spy)
    aside = score_inbox(EXAMPLE / "messages.csv", tmp_path / "aside", top=1)
    assert "_score_in_worker" in sent and "_csv_in_worker" in sent
    for name in ("conversations.csv", "messages.csv", "report.html"):
        assert (aside.outdir / name).read_bytes() == (alone.outdir / name).read_bytes(), name
    page = (aside.outdir / "report.html").read_text(encoding="utf-8")
    assert f"{aside.n_messages:,} messages" in page


def test_score_threads_notes_dates_it_cannot_read() -> None:
    df = pd.DataFrame({"c": ["t1", "t1", "t1"], "d": ["2024-01-02", "someday", None],
                       "message": ["second", "undated", "missing"]})
    msgs, conv = score_threads(df, conversation_col="c", date_col="d")
    assert msgs["message"].tolist() == ["second", "undated", "missing"]
    assert msgs["error"].tolist() == ["", "date 'someday' could not be read (or is not between "
                                      "1970 and 2100); placed after the dated messages", ""]
    assert conv.loc[0, "notes"] == "1 date could not be read; placed after the dated messages"


def test_score_conversation_notes_dates_it_cannot_read() -> None:
    """The note of the conversations frame reaches the API, its text and its dict (R23-A)."""
    note = "1 date could not be read; placed after the dated messages"
    r = rs.score_conversation([{"message": "Hello", "date": "2024-01-02"},
                               {"message": "Add me on WhatsApp", "date": "someday"}])
    assert r.notes == [note]
    assert f"note: {note}" in r.explain().splitlines()
    assert r.to_dict()["notes"] == [note]
    fine = rs.score_conversation([{"message": "Hello", "date": "2024-01-02"}])
    assert fine.notes == [] and fine.to_dict()["notes"] == [] and "note:" not in fine.explain()


def test_inbox_takes_any_real_threshold(tmp_path: Path) -> None:
    """A Fraction reached the report unconverted and failed after all the scoring (review29)."""
    from fractions import Fraction

    summary = score_inbox(EXAMPLE / "messages.csv", tmp_path / "out", threshold=Fraction(1, 3))
    assert (summary.outdir / "report.html").exists()


def test_inbox_report_shows_dates_it_cannot_read(tmp_path: Path) -> None:
    frame = _messages()
    frame.loc[frame.index[0], "DATE"] = "someday"
    summary = score_inbox(_variant(tmp_path, frame), tmp_path / "out", me="Claire Dubois")
    page = (summary.outdir / "report.html").read_text(encoding="utf-8")
    # (the note is text from the export's rules, isolated like the rest: rule R32-H)
    assert page.count("Note: <bdi>1 date could not be read; placed after the dated "
                      "messages</bdi>.") == 1


@pytest.mark.parametrize("when", ["2024-03-05T10:00:00.1234567Z",
                                  "2024-03-05T10:00:00.123456789Z"])
def test_long_fractions_of_a_second_are_read(when: str) -> None:
    """.NET's round-trip format has seven digits; pandas 3 gave them another unit (review19)."""
    df = pd.DataFrame({"c": ["t", "t"], "d": [when, "2024-03-05 09:00:00 UTC"],
                       "message": ["later", "earlier"]})
    msgs, conv = score_threads(df, conversation_col="c", date_col="d")
    assert msgs["message"].tolist() == ["earlier", "later"] and msgs["error"].eq("").all()
    assert str(conv.loc[0, "last_date"]).startswith("2024-03-05 10:00:00.123456")


@pytest.mark.parametrize("when", ["1500-01-01", "9999-12-31", "0001-01-01"])
def test_dates_out_of_range_are_noted_not_wrapped(when: str) -> None:
    df = pd.DataFrame({"c": ["t", "t"], "d": ["2024-01-01", when], "message": ["a", "b"]})
    msgs, conv = score_threads(df, conversation_col="c", date_col="d")
    assert str(conv.loc[0, "last_date"]).startswith("2024-01-01")  # it showed 2084-07-20
    assert "could not be read" in msgs.loc[1, "error"] and conv.loc[0, "notes"]


@pytest.mark.parametrize("missing", ["NA", "null", "None", "nan", "NaT", "n/a", "-", None])
def test_missing_date_spellings_are_silent(missing: object) -> None:
    df = pd.DataFrame({"c": ["t", "t"], "d": ["2024-01-01", missing], "message": ["a", "b"]},
                      dtype=object)
    msgs, conv = score_threads(df, conversation_col="c", date_col="d")
    assert msgs["error"].eq("").all() and conv.loc[0, "notes"] == ""


@pytest.mark.parametrize("when", ["2024-03-05 10:00:00 UTC+01:00", "2024-03-05 10:00 GMT+1",
                                  "2024-03-05T10:00:00+01:00", "2024-03-05 10:00 UTC+0100",
                                  "2024-03-05 10:00 UTC+1:00", "2024-03-05 10:00 GMT+0100 (CET)",
                                  "2024-03-05 10:00 UTC+1.", "2024-03-05 10:00 utc+1",
                                  "2024-03-05 10:00 GMT+1 (CET)."])
def test_a_written_offset_keeps_its_sign(when: str) -> None:
    """"UTC+01:00" is an hour ahead of UTC, as "+01:00" is (a POSIX zone name would flip it;
    review21, rule R22-I)."""
    df = pd.DataFrame({"c": ["t", "t"], "d": [when, "2024-03-05 09:30:00 UTC"],
                       "message": ["at nine", "at half past nine"]})
    msgs, conv = score_threads(df, conversation_col="c", date_col="d")
    assert msgs["message"].tolist() == ["at nine", "at half past nine"]
    assert str(conv.loc[0, "first_date"]).startswith("2024-03-05 09:00:00")


@pytest.mark.parametrize("when", ["2024-03-05 10:00 UTC+15", "2024-03-05 10:00 UTC+123",
                                  "2024-03-05 10:00 UTC+0575", "2024-03-05 10:00 UTC+14:30",
                                  "2024-03-05 10:00 UTC+9:5", "2024-03-05 10:00 (CET)"])
def test_no_such_offset_is_an_unreadable_date(when: str) -> None:
    """review22 (R22-J): "UTC+123" was read as +01:23 and "UTC+15" with its sign flipped."""
    df = pd.DataFrame({"c": ["t", "t"], "d": [when, "2024-03-05 09:30:00 UTC"],
                       "message": ["a", "b"]})
    msgs, conv = score_threads(df, conversation_col="c", date_col="d")
    assert msgs["message"].tolist() == ["b", "a"]  # the unreadable one after the dated one
    assert conv.loc[0, "notes"] == "1 date could not be read; placed after the dated messages"


def test_duplicate_date_columns_are_an_input_error() -> None:
    df = pd.DataFrame([["t", "2024-01-01", "2024-01-02", "hi"]],
                      columns=["c", "date", "date", "message"])
    with pytest.raises(InputError, match="duplicate column 'date'"):
        score_threads(df, conversation_col="c", date_col="date")


# -- HTML read as score reads it (rule R25-B) ---------------------------------------------------
# A conversation scored a message's HTML reduced to plain text (clean_content keeps the text of
# hidden elements), so a counter-signal or benign wording hidden in it lowered the risk (EN
# 0.853 -> 0.454, FR 0.797 -> 0.672 with a salary band in a display:none span). A message
# holding a tag is now scored as written, and shown as plain text.
HIDDEN_CASES = {"en": (APP_EN, ROLE_EN, BENIGN_EN), "fr": (APP_FR, ROLE_FR, BENIGN_FR)}


def _thread(last: str) -> list[dict[str, str]]:
    return [{"sender": "Ana", "message": "Hello, I enjoyed your talk on satellite links."},
            {"sender": "me", "message": "Thanks!"},
            {"sender": "Ana", "message": last}]


@pytest.mark.parametrize("lang", list(HIDDEN_CASES))
@pytest.mark.parametrize("part", ["counter-signal", "benign wording"])
@pytest.mark.parametrize("how", list(HIDING))
def test_hidden_benign_html_lowers_no_conversation(lang: str, part: str, how: str) -> None:
    app, role, benign = HIDDEN_CASES[lang]
    hidden = role if part == "counter-signal" else benign
    plain = rs.score_conversation(_thread(app), me="me")
    text = HIDING[how](app, hidden)
    r = rs.score_conversation(_thread(text), me="me")
    assert r.risk >= plain.risk - 1e-9, (how, r.risk, plain.risk)
    assert "specific_role" not in r.signals and "off_platform_request" in r.signals
    _check_structure(r)  # each message's result is its row's risk
    # the message is shown as plain text, and what was scored is kept beside it
    last = r.messages.iloc[2]
    assert last["message"] == clean_content(text) and last[HTML_COLUMN] == text
    assert r.messages[HTML_COLUMN].tolist()[:2] == ["", ""]
    # evidence points into what was scored, the message as written
    for hit in r.message_results[2].hits:
        for ev in hit.evidence:
            if ev.field == "message":
                assert text[ev.start:ev.end] == ev.snippet


@pytest.mark.parametrize("lang", list(HIDDEN_CASES))
def test_a_displayed_counter_signal_still_lowers_a_conversation(lang: str) -> None:
    app, role, _ = HIDDEN_CASES[lang]
    plain = rs.score_conversation(_thread(app), me="me")
    for text in (f"{app} {role}", f"<p>{app}</p><p><b>{role}</b></p>"):
        r = rs.score_conversation(_thread(text), me="me")
        # a visible drop, not a size: the size is the model's weight for the counter-signal
        # (-0.47 since rule R38-A, -0.61 before; 0.83 -> 0.79 on the French case)
        assert "specific_role" in r.signals and r.risk < plain.risk - 0.02, text
        (hit,) = [h for h in r.message_results[2].hits if h.name == "specific_role"]
        scored = r.messages.iloc[2][HTML_COLUMN] or r.messages.iloc[2]["message"]
        assert all(scored[e.start:e.end] == e.snippet for e in hit.evidence)


def test_html_is_scored_as_written_with_mojibake_repaired() -> None:
    text = '<p>Bonjour, le caf\u00c3\u00a9 est offert.</p><p hidden>x</p> Add me on WhatsApp'
    r = rs.score_conversation([{"message": text}, {"message": "Plain text, no tag < here."}])
    assert r.messages[HTML_COLUMN].tolist() == [
        '<p>Bonjour, le caf\u00e9 est offert.</p><p hidden>x</p> Add me on WhatsApp', ""]
    shown = "Bonjour, le caf\u00e9 est offert.\nx\nAdd me on WhatsApp"
    assert r.messages["message"].iloc[0] == shown
    assert r.message_results[0].risk == pytest.approx(
        rs.score(r.messages[HTML_COLUMN].iloc[0]).risk, abs=1e-5)
    _check_structure(r)


def test_inbox_reads_html_content_as_displayed(tmp_path: Path) -> None:
    """messages.csv CONTENT holding HTML (with an InMail SUBJECT joined in): a counter-signal
    hidden in it does not lower the conversation, which is shown as plain text, and the report
    neither lists nor marks it."""
    frame = _messages()
    first = frame.iloc[[0]].copy()
    first["CONVERSATION ID"] = first["CONVERSATION TITLE"] = "9-hidden"
    first["DATE"] = "2024-06-01 10:00:00 UTC"
    first["SUBJECT"] = "A question"
    rows = {}
    for name, content in (("plain", f"<p>{APP_EN}</p>"),
                          ("hidden", f'<p>{APP_EN}</p><p style="display:none">{ROLE_EN}</p>'),
                          ("shown", f"<p>{APP_EN}</p><p>{ROLE_EN}</p>")):
        row = first.copy()
        row["CONTENT"] = content
        out = tmp_path / name
        score_inbox(_variant(tmp_path, pd.concat([frame, row])), out, me="Claire Dubois")
        conv = pd.read_csv(out / "conversations.csv", dtype=str, keep_default_na=False)
        msgs = pd.read_csv(out / "messages.csv", dtype=str, keep_default_na=False)
        rows[name] = (conv.set_index("conversation_id").loc["9-hidden"],
                      msgs.set_index("conversation_id").loc["9-hidden"],
                      (out / "report.html").read_text(encoding="utf-8"))
    (c_plain, _, _), (c_hidden, m_hidden, page), (c_shown, _, shown_page) = rows.values()
    assert float(c_hidden["risk"]) >= float(c_plain["risk"]) > float(c_shown["risk"])
    assert "specific_role" not in c_hidden["signals"] and "specific_role" in c_shown["signals"]
    # shown as plain text: the subject, then the paragraphs (hidden text too: it is in the
    # export, and the user may want to see it)
    assert m_hidden["message"] == f"A question\n{APP_EN}\n{ROLE_EN}"

    def card(html_page: str) -> str:
        part = html_page[html_page.index('data-conversation="9-hidden"'):]
        return part[:part.index("</section>")]

    assert "specific role" not in card(page) and '<mark class="ok"' not in card(page)
    assert "off platform request" in card(page) and "<mark" in card(page)
    # the same words displayed are listed and marked as reassuring
    assert "specific role" in card(shown_page) and '<mark class="ok"' in card(shown_page)


def test_a_message_whose_shown_text_is_empty_is_scored_as_score_scores_it() -> None:
    """A message holding only a ``<style>`` with a red flag in it shows nothing, but ``score``
    reads the red flag; the conversation scores it the same instead of skipping it
    (review32)."""
    import recruitscore as rs

    hidden = "<style>/* keep this between us, add me on WhatsApp */</style>"
    alone = rs.score(hidden).risk
    result = rs.score_conversation([{"message": hidden, "sender": "X"}])
    assert result.messages["risk"].iloc[0] == pytest.approx(alone, abs=1e-6)  # rounded
    assert result.risk >= alone - 1e-6


# -- the owner by profile URL (red-team round 9 F1, rule R27-G) ---------------------------------
VICTOR_URL = "https://www.linkedin.com/in/victor-hale-meridian"
CLAIRE_URL = "https://www.linkedin.com/in/claire-dubois-satcom"
EN_LURE = ("Can we move this to WhatsApp? My client, who prefers to stay anonymous, pays $3,000 "
           "for a short report on your lab's work. Please keep this between us.")
FR_LURE = ("Pouvons-nous passer sur WhatsApp ? Mon client, qui souhaite rester anonyme, paie "
           "3 000 € pour un court rapport sur les travaux de votre laboratoire. Merci de garder "
           "cela entre nous.")


def _spoofed(frame: pd.DataFrame, who: str, name: str) -> pd.DataFrame:
    """The export with the sender ``who`` renamed ``name`` (profile URL unchanged), in the
    names of the messages it wrote and received."""
    frame = frame.copy()
    frame.loc[frame["FROM"] == who, "FROM"] = name
    frame.loc[frame["TO"] == who, "TO"] = name
    return frame


def _example_files(frame: pd.DataFrame) -> dict[str, bytes]:
    return {"messages.csv": _csv(frame),
            **{p.name: p.read_bytes() for p in EXAMPLE.glob("*.csv") if p.name != "messages.csv"}}


@pytest.mark.parametrize("me", [None, CLAIRE_URL, "linkedin.com/in/Claire-Dubois-Satcom/?trk=x",
                                "Claire Dubois"])
def test_a_counterpart_with_the_owner_s_name_is_scored_and_noted(tmp_path: Path,
                                                                  me: str | None) -> None:
    """Victor renames himself "Claire Dubois", the owner's name (F1's exp_spoof.zip): his
    thread is scored as with his own name, by his profile URL, and noted."""
    orig = _zip(tmp_path / "orig.zip", _example_files(_messages()))
    spoof = _zip(tmp_path / "spoof.zip",
                 _example_files(_spoofed(_messages(), "Victor Hale", "Claire Dubois")))
    ref, _, _ = rs.inbox.inbox_tables(orig)
    conv, msgs, owner = rs.inbox.inbox_tables(spoof, me=me)
    assert owner == "Claire Dubois"
    key = ["conversation_id", "n_inbound", "risk", "flagged", "escalation_turn", "signals"]
    pd.testing.assert_frame_equal(conv[key], ref[key])
    victor = conv.set_index("conversation_id").loc["2-victor"]
    assert victor["flagged"] and victor["n_inbound"] == 3 and victor["escalation_turn"] == 3
    assert victor["notes"] == ("sender uses the inbox owner's name (Claire Dubois) with "
                               f"another profile ({VICTOR_URL})")
    assert (conv["notes"] != "").sum() == 1
    v = msgs[msgs["conversation_id"] == "2-victor"]
    assert v["direction"].tolist() == ["inbound", "outbound", "inbound", "outbound", "inbound"]
    # the counterpart's company still comes from Connections.csv, by URL
    assert victor["counterpart_company"] == "Meridian Advisory Group"
    out = tmp_path / "out"
    args = ["inbox", str(spoof), "-o", str(out)] + (["--me", me] if me else [])
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.stderr
    assert "2 flagged" in result.stderr
    assert "inbox owner&#x27;s name (Claire Dubois)" in (out / "report.html").read_text("utf-8")


def _fr_export(tmp_path: Path, spoof_name: str, *, urls: bool = True,
               profile_url: str | None = None) -> Path:
    """A small French export: Élodie Lefèvre's inbox, a recruiter's benign thread and a lure
    from someone who writes as ``spoof_name``; the owner's URL written in several ways."""
    me = ["https://www.linkedin.com/in/elodie-lefevre", "http://linkedin.com/in/Elodie-Lefevre/",
          "https://fr.linkedin.com/in/elodie-lefevre?trk=public_profile"]
    rec, att = "https://www.linkedin.com/in/hugo-bernard-rh", "https://www.linkedin.com/in/x-9"
    rows = [
        ["1-hugo", "Hugo Bernard", rec, "Élodie Lefèvre", me[0], "2024-05-01 09:00:00 UTC",
         "Bonjour Élodie, je recrute un ingénieur systèmes en CDI à Toulouse, 55-65 k€."],
        ["1-hugo", "Élodie Lefèvre", me[1], "Hugo Bernard", rec, "2024-05-01 10:00:00 UTC",
         "Merci Hugo, je regarde l'annonce."],
        ["2-lure", spoof_name, att, "Élodie Lefèvre", me[2], "2024-05-02 09:00:00 UTC",
         "Bonjour Élodie, j'ai beaucoup aimé votre présentation."],
        ["2-lure", "Élodie Lefèvre", me[0], spoof_name, att, "2024-05-02 10:00:00 UTC",
         "Merci beaucoup !"],
        ["2-lure", spoof_name, att, "Élodie Lefèvre", me[1], "2024-05-03 09:00:00 UTC",
         FR_LURE],
    ]
    frame = pd.DataFrame([[r[0], "", r[1], r[2], r[3], r[4], r[5], "", r[6], "INBOX"]
                          for r in rows], columns=HEADER)
    if not urls:
        frame = frame.drop(columns=["SENDER PROFILE URL", "RECIPIENT PROFILE URLS"])
    profile = pd.DataFrame({"First Name": ["Élodie"], "Last Name": ["Lefèvre"],
                            "Headline": ["Ingénieure systèmes satellites"]})
    if profile_url is not None:
        profile["Profile URL"] = profile_url
    return _zip(tmp_path / f"fr-{len(list(tmp_path.glob('fr-*')))}.zip",
                {"messages.csv": _csv(frame), "Profile.csv": _csv(profile)})


@pytest.mark.parametrize("spoof_name", ["Élodie Lefèvre", "ÉLODIE  LEFÈVRE", "élodie lefèvre"])
def test_fr_owner_s_name_taken_is_scored_by_url(tmp_path: Path, spoof_name: str) -> None:
    conv, msgs, owner = rs.inbox.inbox_tables(_fr_export(tmp_path, spoof_name))
    assert owner == "Élodie Lefèvre"
    lure = conv.set_index("conversation_id").loc["2-lure"]
    assert lure["flagged"] and lure["n_inbound"] == 2 and lure["escalation_turn"] == 3
    assert "sender uses the inbox owner's name" in lure["notes"]
    assert "linkedin.com/in/x-9" in lure["notes"]
    # the owner's URL written with and without scheme, www., a country prefix, a trailing
    # slash, capitals or a query string is the same profile: her replies are never scored
    mine = msgs[msgs["sender_url"].str.contains("elodie-lefevre", case=False)]
    assert len(mine) == 2
    assert set(mine["direction"]) == {"outbound"} and mine["risk"].isna().all()
    assert conv.set_index("conversation_id").loc["1-hugo", "notes"] == ""
    same = rs.inbox.inbox_tables(_fr_export(tmp_path, "Mallory Smith"))[0]
    assert same.set_index("conversation_id").loc["2-lure", "risk"] == lure["risk"]


def test_a_name_only_export_keeps_deciding_by_name(tmp_path: Path) -> None:
    """No profile URL column: the owner is told by name, as before rule R27-G (a counterpart
    who takes the owner's name cannot be told apart there)."""
    conv, msgs, owner = rs.inbox.inbox_tables(_fr_export(tmp_path, "Mallory Smith",
                                                         urls=False))
    assert owner == "Élodie Lefèvre"
    assert msgs["direction"].tolist().count("outbound") == 2
    assert conv.set_index("conversation_id").loc["2-lure", "flagged"]
    assert (conv["notes"] == "").all()
    conv, msgs, _ = rs.inbox.inbox_tables(_fr_export(tmp_path, "Élodie Lefèvre", urls=False))
    assert conv.set_index("conversation_id").loc["2-lure", "n_inbound"] == 0
    # and the example export without its URL columns reads as with them (its profile beside
    # it: the owner's headline is evidence of the target's sector, whose conjunctions count)
    frame = _messages().drop(columns=["SENDER PROFILE URL", "RECIPIENT PROFILE URLS"])
    variant = _variant(tmp_path, frame)
    shutil.copy(EXAMPLE / "Profile.csv", variant.parent / "Profile.csv")
    bare, _, _ = rs.inbox.inbox_tables(variant, me="Claire Dubois")
    ref, _, _ = rs.inbox.inbox_tables(EXAMPLE / "messages.csv")
    key = ["conversation_id", "n_inbound", "risk", "escalation_turn"]
    pd.testing.assert_frame_equal(bare[key], ref[key])


def test_profile_url_decides_and_a_contested_name_is_scored(tmp_path: Path) -> None:
    # a URL in Profile.csv names the owner's profile
    path = _fr_export(tmp_path, "Élodie Lefèvre",
                      profile_url="https://www.linkedin.com/in/elodie-lefevre/")
    lure = rs.inbox.inbox_tables(path)[0].set_index("conversation_id").loc["2-lure"]
    assert lure["n_inbound"] == 2 and lure["flagged"]
    # one conversation, two profiles with the owner's name: which is hers cannot be told,
    # so both are scored and the note says how to name hers
    frame = _spoofed(_messages(), "Victor Hale", "Claire Dubois")
    frame = frame[frame["CONVERSATION ID"] == "2-victor"]
    files = _example_files(frame)
    # his URL among the owner's connections says he is not the owner
    conv, _, _ = rs.inbox.inbox_tables(_zip(tmp_path / "conn.zip", files))
    assert conv["n_inbound"].tolist() == [3] and "another profile" in conv["notes"].iloc[0]
    del files["Connections.csv"]
    one = _zip(tmp_path / "one.zip", files)
    conv, _, _ = rs.inbox.inbox_tables(one)
    assert conv["n_inbound"].tolist() == [5] and conv["flagged"].tolist() == [True]
    assert "cannot be told" in conv["notes"].iloc[0] and "--me" in conv["notes"].iloc[0]
    conv, _, _ = rs.inbox.inbox_tables(one, me=CLAIRE_URL)
    assert conv["n_inbound"].tolist() == [3] and "another profile" in conv["notes"].iloc[0]
    with pytest.raises(InputError, match="profile URL"):
        find_owner(read_export(one), "https://www.linkedin.com/in/nobody-here")


@pytest.mark.parametrize(("lure", "me_name"), [(EN_LURE, "Alex Martin"),
                                               (FR_LURE, "Élodie Lefèvre")])
def test_score_conversation_tells_the_owner_by_url(lure: str, me_name: str) -> None:
    mine, theirs = "https://www.linkedin.com/in/owner-1", "https://linkedin.com/in/x-2/"

    def thread(att: str, url: str) -> list[dict[str, str]]:
        return [{"sender": att, "sender_url": url, "message": "Hello, I enjoyed your talk."},
                {"sender": me_name, "sender_url": mine, "message": "Thanks!"},
                {"sender": att, "sender_url": url, "message": lure}]

    ref = rs.score_conversation(thread("Mallory Smith", theirs), me=me_name)
    assert ref.flagged and ref.n_inbound == 2 and ref.notes == []
    for att in (me_name, me_name.upper(), f" {me_name} "):
        r = rs.score_conversation(thread(att, theirs), me="linkedin.com/in/OWNER-1/")
        assert r.n_inbound == 2 and r.risk == ref.risk and r.flagged
        assert r.notes == [f"sender uses the inbox owner's name ({att.strip()}) with another "
                           "profile (https://linkedin.com/in/x-2/)"]
        # by name, the two profiles cannot be told apart: both are scored, and noted
        r = rs.score_conversation(thread(att, theirs), me=me_name)
        assert r.n_inbound == 3 and r.flagged and "me=<profile URL>" in r.notes[0]
    # without URLs, today's reading: by name
    bare = [{k: v for k, v in m.items() if k != "sender_url"} for m in thread(me_name, "")]
    assert rs.score_conversation(bare, me=me_name).n_inbound == 0
    # without me=, every sender is scored, and noted (rule R32-H)
    guessed = rs.score_conversation(thread("Mallory Smith", theirs))
    assert guessed.n_inbound == 3 and "owner is not known" in guessed.notes[0]
    # a missing URL in a frame (None, NaN) is no URL: that message is told by name
    frame = pd.DataFrame(thread("Mallory Smith", theirs))
    frame.loc[1, "sender_url"] = None
    assert rs.score_conversation(frame, me=me_name).n_inbound == 2
    frame["sender_url"] = [theirs, np.nan, theirs]
    assert rs.score_conversation(frame, me=me_name).n_inbound == 2


# -- an InMail's subject alone is the message (red-team round 10 F2, rule R28-B2) --------------
def _victor_in_subject(content: str) -> pd.DataFrame:
    """The example export with Victor Hale's three messages moved into SUBJECT and CONTENT
    replaced by ``content`` (round 10's inbox_tricks.py)."""
    frame = _messages()
    victor = frame["FROM"] == "Victor Hale"
    frame.loc[victor, "SUBJECT"] = frame.loc[victor, "CONTENT"].str.replace("\n", " ")
    frame.loc[victor, "CONTENT"] = content
    return frame


EMPTY_LOOKING = ["", " ", "&nbsp;", "<p></p>", "<br>", '<img src="cid:qr.png">']


@pytest.mark.parametrize("content", EMPTY_LOOKING)
def test_an_inmail_subject_alone_is_scored_and_shown(tmp_path: Path, content: str) -> None:
    """Victor's messages in SUBJECT, CONTENT empty or empty once cleaned: his thread is scored
    as the export as given (it was NaN or 0.293, not flagged), and the text is shown."""
    ref, ref_msgs, _ = rs.inbox.inbox_tables(_example_zip(tmp_path))
    path = _zip(tmp_path / "subject.zip", _example_files(_victor_in_subject(content)))
    conv, msgs, _ = rs.inbox.inbox_tables(path)
    key = ["conversation_id", "n_inbound", "risk", "flagged", "escalation_turn", "signals"]
    pd.testing.assert_frame_equal(conv[key], ref[key])
    victor = conv.set_index("conversation_id").loc["2-victor"]
    assert victor["flagged"] and victor["n_inbound"] == 3 and victor["risk"] > 0.99
    shown = msgs[(msgs["conversation_id"] == "2-victor") & (msgs["direction"] == "inbound")]
    want = ref_msgs[(ref_msgs["conversation_id"] == "2-victor")
                    & (ref_msgs["direction"] == "inbound")]
    assert shown["message"].tolist() == want["message"].tolist()
    assert shown["risk"].tolist() == want["risk"].tolist() and (shown["error"] == "").all()
    # the reader: the subject is the message's text
    export = read_export(path)
    rows = export.messages[export.messages["from"] == "Victor Hale"]
    assert rows["content"].str.contains("WhatsApp").sum() == 1
    assert not rows["content"].str.endswith("\n").any()


@pytest.mark.parametrize("content", ["", "<p></p>"])
def test_inbox_command_shows_and_flags_an_inmail_subject_alone(tmp_path: Path,
                                                               content: str) -> None:
    path = _zip(tmp_path / "subject.zip", _example_files(_victor_in_subject(content)))
    out = tmp_path / "out"
    result = runner.invoke(app, ["inbox", str(path), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    assert "2 flagged" in result.stderr
    msgs = pd.read_csv(out / "messages.csv", dtype=str, keep_default_na=False)
    victor = msgs[(msgs["conversation_id"] == "2-victor") & (msgs["direction"] == "inbound")]
    assert "empty message; not scored" not in set(victor["error"])
    assert victor["message"].str.contains("continue on WhatsApp").sum() == 1
    page = (out / "report.html").read_text(encoding="utf-8")
    card = page[page.index('data-conversation="2-victor"'):]
    card = card[:card.index("</section>")]
    assert "One practical thing: LinkedIn messaging is not ideal for this" in card
    assert "off platform request" in card and "<mark" in card


def test_a_subject_is_joined_once_and_a_blank_subject_adds_nothing(tmp_path: Path) -> None:
    """Counterexamples: a subject the content already holds is not repeated, and a subject
    with no text (``&nbsp;``, ``<p></p>``) adds no empty line."""
    frame = pd.DataFrame({"FROM": ["A B", "A B", "A B", "A B"],
                          "SUBJECT": ["Payload architect", "&nbsp;", "<p></p>", "Hi &amp; bye"],
                          "CONTENT": ["Payload architect role in Bristol", "Hello there",
                                      "Hello there", "Hi & bye, see you"]})
    export = read_export(_variant(tmp_path, frame))
    assert export.messages["content"].tolist() == [
        "Payload architect role in Bristol", "Hello there", "Hello there", "Hi & bye, see you"]
    # as written where a part holds a tag (unchanged: the subject's tag, then the content)
    assert export.messages["content_html"].tolist() == ["", "", "<p></p>\nHello there", ""]



# -- a sender without a name (red-team round 10 F3, rule R28-B2) -------------------------------
UNNAMED_NOTE = f"a sender without a name ({VICTOR_URL}) is scored as the counterpart"


@pytest.mark.parametrize("name", ["", " ", "\u3000", "\u00a0", "\u2003\u202f\u205f"])
def test_a_sender_without_a_name_is_scored_and_noted(tmp_path: Path, name: str) -> None:
    """Victor's display name empty or only white space (his profile URL kept): his thread is
    scored as with his name, not taken for system messages, and noted."""
    ref, _, _ = rs.inbox.inbox_tables(_example_zip(tmp_path))
    path = _zip(tmp_path / "unnamed.zip",
                _example_files(_spoofed(_messages(), "Victor Hale", name)))
    conv, msgs, owner = rs.inbox.inbox_tables(path)
    assert owner == "Claire Dubois"
    key = ["conversation_id", "n_inbound", "risk", "flagged", "escalation_turn", "signals"]
    pd.testing.assert_frame_equal(conv[key], ref[key])
    victor = conv.set_index("conversation_id").loc["2-victor"]
    assert victor["flagged"] and victor["n_inbound"] == 3 and victor["escalation_turn"] == 3
    assert victor["notes"] == UNNAMED_NOTE and (conv["notes"] != "").sum() == 1
    # shown by profile URL; his company still comes from Connections.csv, by URL
    assert victor["counterpart"] == VICTOR_URL
    assert victor["counterpart_company"] == "Meridian Advisory Group"
    v = msgs[msgs["conversation_id"] == "2-victor"]
    assert v["direction"].tolist() == ["inbound", "outbound", "inbound", "outbound", "inbound"]
    assert "system message; not scored" not in set(v["error"])
    # LinkedIn's own row (no name, no URL) is still a system message
    j = msgs[msgs["conversation_id"] == "4-julien"].set_index("turn")
    assert j.loc[4, "direction"] == "system" and j.loc[4, "error"] == "system message; not scored"


def test_inbox_command_scores_a_sender_without_a_name(tmp_path: Path) -> None:
    path = _zip(tmp_path / "unnamed.zip",
                _example_files(_spoofed(_messages(), "Victor Hale", "\u3000")))
    out = tmp_path / "out"
    result = runner.invoke(app, ["inbox", str(path), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    assert "of Claire Dubois; 2 flagged" in result.stderr
    conv = pd.read_csv(out / "conversations.csv", dtype=str, keep_default_na=False)
    victor = conv.set_index("conversation_id").loc["2-victor"]
    assert victor["flagged"] == "True" and victor["n_inbound"] == "3"
    assert victor["notes"] == UNNAMED_NOTE
    page = (out / "report.html").read_text(encoding="utf-8")
    card = page[page.index('data-conversation="2-victor"'):]
    card = card[:card.index("</section>")]
    assert "a sender without a name" in card and f"· <bdi>{VICTOR_URL}</bdi> ·" in card


@pytest.mark.parametrize("name", ["", "\u3000"])
def test_a_system_message_stays_unscored_unless_it_has_a_url(tmp_path: Path, name: str) -> None:
    """Counterexample: a row with neither a sender name nor a sender URL (LinkedIn's
    "This message has been deleted.") stays a system message; the same row from a profile
    URL that is not the owner's is a person's message, and scored."""
    frame = _messages()
    deleted = (frame["FROM"] == "") & (frame["SENDER PROFILE URL"] == "")
    assert deleted.sum() == 1
    frame.loc[deleted, "FROM"] = name
    _, msgs, _ = rs.inbox.inbox_tables(_variant(tmp_path, frame))
    row = msgs[msgs["message"] == "This message has been deleted."].iloc[0]
    assert row["direction"] == "system" and np.isnan(row["risk"])
    frame.loc[deleted, "SENDER PROFILE URL"] = "https://www.linkedin.com/in/julien-roux-42"
    conv, msgs, _ = rs.inbox.inbox_tables(_variant(tmp_path, frame))
    row = msgs[msgs["message"] == "This message has been deleted."].iloc[0]
    assert row["direction"] == "inbound" and not np.isnan(row["risk"]) and row["error"] == ""
    assert "a sender without a name" in conv.set_index("conversation_id").loc["4-julien",
                                                                               "notes"]


@pytest.mark.parametrize("me", [None, CLAIRE_URL, "Claire Dubois"])
def test_the_owner_without_a_name_is_still_the_owner(tmp_path: Path, me: str | None) -> None:
    """Counterexample: the owner's messages with no name but the owner's profile URL stay
    the owner's (rule R27-G), unscored and not noted; the owner's name is still found."""
    ref, _, _ = rs.inbox.inbox_tables(_example_zip(tmp_path))
    frame = _messages()
    frame.loc[frame["FROM"] == "Claire Dubois", "FROM"] = "\u3000"
    conv, msgs, owner = rs.inbox.inbox_tables(_zip(tmp_path / "me.zip", _example_files(frame)),
                                              me=me)
    assert owner == "Claire Dubois"
    key = ["conversation_id", "n_inbound", "risk", "flagged", "escalation_turn", "signals",
           "notes"]
    pd.testing.assert_frame_equal(conv[key], ref[key])
    mine = msgs[msgs["sender_url"] == CLAIRE_URL]
    assert set(mine["direction"]) == {"outbound", "draft"} and mine["risk"].isna().all()


@pytest.mark.parametrize("name", ["", "\u3000", None, np.nan])
def test_score_conversation_scores_and_notes_a_sender_without_a_name(name: object) -> None:
    """The API scored such senders already; it now notes them as the export does, and the
    owner's unnamed messages (by URL) stay the owner's."""
    mine, theirs = "https://www.linkedin.com/in/owner-1", "https://linkedin.com/in/x-2/"
    thread = pd.DataFrame([
        {"sender": name, "sender_url": theirs, "message": "Hello, I enjoyed your talk."},
        {"sender": name, "sender_url": mine, "message": "Thanks! Which client is it?"},
        {"sender": name, "sender_url": theirs, "message": EN_LURE}])
    ref = rs.score_conversation([{"message": m} for m in thread["message"][[0, 2]]])
    r = rs.score_conversation(thread, me=mine)
    assert r.n_inbound == 2 and r.flagged and r.risk == ref.risk
    assert r.notes == ["a sender without a name (https://linkedin.com/in/x-2/) is scored as "
                       "the counterpart"]
    assert r.messages["inbound"].tolist() == [True, False, True]


def test_inbox_says_when_it_reads_a_file_that_is_not_utf8(tmp_path: Path) -> None:
    """Rule R34-H (robustness hunt, helper-225): a messages.csv saved as Windows-1252 is read
    (old exports), and the command says so in one note line, even with -q; a UTF-8 file gets
    none."""
    src = tmp_path / "messages.csv"
    text = (EXAMPLE / "messages.csv").read_text(encoding="utf-8")
    src.write_bytes(text.replace("\u2019", "'").encode("cp1252", errors="replace"))
    result = runner.invoke(app, ["inbox", str(src), "-o", str(tmp_path / "o"), "-q",
                                 "--me", "Claire Dubois"])
    assert result.exit_code == 0, result.stderr
    assert result.stderr.splitlines() == [
        "recruitscore: note: messages.csv is not UTF-8: read as Windows-1252, as an old "
        "spreadsheet saves it (check its accents)"]
    plain = runner.invoke(app, ["inbox", str(EXAMPLE / "messages.csv"), "-o",
                                str(tmp_path / "p"), "-q"])
    assert plain.exit_code == 0 and plain.stderr == ""
