"""Campaigns: masking, indicators, MinHash/LSH against datasketch, STIX, the CLI, bad input."""

from __future__ import annotations

import inspect
import json

import numpy as np
import pandas as pd
import pytest
from typer.testing import CliRunner

import recruitscore as rs
from recruitscore import campaigns as cmp
from recruitscore.cli import app
from recruitscore.indicators import extract_indicators

TEMPLATE = ("{greet} {name}, I came across your profile and your work at {company} impressed me. "
            "My client, a government-linked think tank in {city}, is looking for experts to "
            "write a quick report on industry trends. It is paid {amount} USD and fully remote. "
            "The matter is discreet, so let's continue on Telegram {handle} rather than here.")


def _msg(**kw: str) -> str:
    base = {"greet": "Hi", "name": "Anna", "company": "Thales", "city": "Geneva",
            "amount": "5000", "handle": "@nova_1"}
    return TEMPLATE.format(**{**base, **kw})


def _group(messages: list[str], **kw: object) -> list[str]:
    rows, _ = rs.find_campaigns(pd.DataFrame({"message": messages}), **kw)
    return rows["campaign_id"].tolist()


def _pairs(ids: list[str]) -> set[tuple[int, int]]:
    return {(i, j) for i in range(len(ids)) for j in range(i + 1, len(ids))
            if ids[i] and ids[i] == ids[j]}


# -- masking --------------------------------------------------------------------------------------
def test_same_template_to_two_people_with_different_names_groups() -> None:
    a = _msg(name="Anna", company="Thales", city="Geneva", amount="5000", handle="@nova_1")
    b = _msg(greet="Dear", name="Piotr", company="Airbus", city="Vienna", amount="12,500",
             handle="@orbit_77")
    assert cmp.mask_message(a) == cmp.mask_message(b)
    assert _pairs(_group([a, b])) == {(0, 1)}


def test_messages_sharing_only_a_greeting_do_not_group() -> None:
    a = "Hi Anna, hope you are well! We are hiring data analysts in Leeds, apply on our site."
    b = "Hi Anna, hope you are well! Could you review the quarterly budget before Friday?"
    c = "Hi Anna, hope you are well! My cat knocked the plant over again this morning."
    assert _group([a, b, c]) == ["", "", ""]


def test_names_from_name_columns_are_masked_but_never_scored() -> None:
    df = pd.DataFrame({"message": [_msg(), _msg()], "sender_name": ["Anna Smith", "Li Wei"],
                       "target_name": ["Omar Haddad", "Sara Costa"], "sender_id": ["s1", "s2"]})
    rows, summary = rs.find_campaigns(df)
    scored = rs.score_frame(df)
    assert rows["risk"].tolist() == scored["risk"].tolist()  # grouping never changes a score
    assert summary.loc[0, "senders"] == 2 and summary.loc[0, "targets"] == 2
    other = df.assign(sender_name=["X Y", "Z W"])
    assert rs.find_campaigns(other)[0]["risk"].tolist() == rows["risk"].tolist()


def test_mask_drops_greeting_and_masks_numbers_names_indicators() -> None:
    assert cmp.mask_message("Bonjour Mme Dupont, salaire 85 000 €, écrivez à a.b@proton.me") == [
        "salaire", "<num>", "ecrivez", "a", "<ind>"]
    assert cmp.mask_message("") == [] and cmp.mask_message("   ") == []


# -- indicators -----------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("Add me: t . me / aurora_hr", ("telegram", "aurora_hr")),
    ("Telegram t.me/Aurora_HR please", ("telegram", "aurora_hr")),
    ("ping me on Tеlеgrаm: @aurora_hr", ("telegram", "aurora_hr")),  # Cyrillic е and а
    ("@aurora_hr on T e l e g r a m", ("telegram", "aurora_hr")),
    ("write to anna.k(at)gmail(dot)com", ("email", "anna.k@gmail.com")),
    ("write to anna.k [at] proton [dot] me", ("email", "anna.k@proton.me")),
    ("mon mail : l.marchand arobase proton point me", ("email", "l.marchand@proton.me")),
    ("WhatsApp wa.me/447700900123", ("phone", "+447700900123")),
    ("call +44 7700 900123 tonight", ("phone", "+447700900123")),
    ("call 0044 7700 900123 tonight", ("phone", "+447700900123")),
    ("mon numéro : 06 39 98 12 34", ("phone", "0639981234")),
    ("see https://www.Acme-Defence.net/roles/77.", ("url", "acme-defence.net/roles/77")),
    ("see acme-defence.net", ("domain", "acme-defence.net")),
    ("reply here or @nova_talent", ("handle", "nova_talent")),
    # identifiers keep their digits (the matching form reads "jobs4you" as "jobsayou")
    ("Telegram: t.me/jobs4you", ("telegram", "jobs4you")),
    ("write to j0hn.d0e@proton.me", ("email", "j0hn.d0e@proton.me")),
    ("see rec4u-jobs.com", ("domain", "rec4u-jobs.com")),
])
def test_indicators_through_obfuscation(text: str, expected: tuple[str, str]) -> None:
    assert expected in [(i.kind, i.value) for i in extract_indicators(text)]


def test_indicator_spans_point_into_the_original_text() -> None:
    text = "Reach me: j\u200bane.doe (at) proton (dot) me or t . me / jd_1"
    for ind in extract_indicators(text):
        assert text[ind.start:ind.end] == ind.snippet
        assert ind.field == "message"


def test_common_platforms_and_mail_providers_are_not_domain_indicators() -> None:
    found = [(i.kind, i.value) for i in extract_indicators(
        "Join https://zoom.us or linkedin.com, mail me at a.b@gmail.com")]
    assert ("email", "a.b@gmail.com") in found  # a specific address is an indicator
    assert all(v not in ("gmail.com", "zoom.us", "linkedin.com") for _, v in found)
    assert [i.kind for i in extract_indicators("Salary £85,000 - £95,000, start in 2025")] == []
    assert extract_indicators("e.g. node.js and i.e. this") == []


def test_profile_fields_are_read_and_bad_input_rejected() -> None:
    found = extract_indicators("hello", sender_company_url="https://careers.acme-x.io/")
    assert [(i.kind, i.value, i.field) for i in found] == [
        ("domain", "acme-x.io", "sender_company_url")]
    with pytest.raises(rs.InputError):
        extract_indicators(["a list"])
    with pytest.raises(rs.InputError):
        extract_indicators("hi", sender_email="x@y.z")


def test_unrelated_people_are_not_linked_by_platform_domains() -> None:
    ids = _group(["Our meeting: https://zoom.us and https://www.linkedin.com/feed",
                  "Totally different note; see https://zoom.us or www.linkedin.com/feed",
                  "Please send the lab report to first.person@gmail.com by noon",
                  "Gardening tips for spring: ask second.person@gmail.com, she knows roses"])
    assert ids == ["", "", "", ""]


def test_shared_handle_links_otherwise_different_messages() -> None:
    ids = _group(["Quick question about your thesis. Telegram: @nova_talent",
                  "Weather is lovely in Lisbon this week t.me/nova_talent",
                  "Unrelated note about a conference in Oslo."])
    assert ids[0] == ids[1] != "" and ids[2] == ""


# -- MinHash / LSH against datasketch -----------------------------------------------------------
def _datasketch_minhash(shingles: list[str], num_perm: int, seed: int):  # type: ignore[no-untyped-def]
    from datasketch import MinHash

    kw = {"scheme": "legacy"} if "scheme" in inspect.signature(MinHash).parameters else {}
    m = MinHash(num_perm=num_perm, seed=seed, hashfunc=lambda s: int(cmp.hash32([s])[0]), **kw)
    m.update_batch(shingles)
    return m


def _texts() -> list[list[str]]:
    msgs = [_msg(name=n, amount=str(a)) for n, a in (("Anna", 1), ("Piotr", 2))]
    msgs += [_msg(city="Oslo") + " Extra words here.", "Short one.", "Completely other text "
             "about gardening and the weather in spring", _msg().replace("discreet", "private")]
    return [cmp.shingles(cmp.mask_message(m), 3) for m in msgs]


def test_signatures_equal_datasketch_minhash() -> None:
    lists = _texts()
    sig = cmp.signatures(lists, num_perm=64, seed=3)
    for row, shingles in zip(sig, lists, strict=True):
        assert np.array_equal(row, _datasketch_minhash(shingles, 64, 3).hashvalues)


def test_lsh_candidates_equal_datasketch_minhashlsh() -> None:
    from datasketch import MinHashLSH

    lists = _texts() * 2  # exact repeats collide in every band
    b, r = cmp.lsh_params(0.5, 128)
    lsh = MinHashLSH(num_perm=128, params=(b, r))
    minhashes = [_datasketch_minhash(s, 128, 1) for s in lists]
    for i, m in enumerate(minhashes):
        lsh.insert(i, m)
    expected = {(i, j) for i, m in enumerate(minhashes) for j in lsh.query(m) if i < j}
    bands = cmp.band_hashes(cmp.signatures(lists, 128, 1), b, r)
    ours = {(i, j) for i in range(len(lists)) for j in range(i + 1, len(lists))
            if (bands[i] == bands[j]).any()}
    assert ours == expected and ours


def test_grouping_is_connected_components_across_both_links() -> None:
    labels = np.arange(5)
    labels = cmp._merge(labels, np.array([7, 7, 9], dtype=np.uint64), np.array([0, 1, 3]))
    labels = cmp._merge(labels, np.array([5, 5], dtype=np.uint64), np.array([1, 2]))
    assert labels[0] == labels[1] == labels[2] and len({labels[3], labels[4], labels[0]}) == 3


# -- summary and STIX -----------------------------------------------------------------------------
def _frame() -> pd.DataFrame:
    return pd.DataFrame({
        "id": ["a", "b", "c", "d"],
        "message": [_msg(handle="@nova_1 or mail nova.hr@gmail.com"),
                    _msg(name="Lee", handle="@nova_1 or call +44 7700 900123"),
                    "We are hiring analysts in Leeds, apply at careers.acme.co.uk/jobs/1",
                    None],
        "date": ["2026-03-01", "2026-03-09T10:00:00Z", "garbage", ""],
        "sender_name": ["A B", "C D", "E F", ""],
    })


def test_rows_keep_order_ids_and_summary_columns() -> None:
    rows, summary = rs.find_campaigns(_frame())
    assert rows["id"].tolist() == ["a", "b", "c", "d"]
    assert list(rows.columns[-6:]) == list(cmp.CAMPAIGN_COLUMNS)
    assert rows["campaign_size"].tolist() == [2, 2, 1, 1]
    assert "empty message" in rows.loc[3, "error"]
    assert list(summary.columns) == list(cmp.SUMMARY_COLUMNS)
    s = summary.iloc[0]
    assert (s["size"], s["first_date"], s["last_date"]) == (2, "2026-03-01", "2026-03-09")
    assert s["shared_indicators"] == "telegram:nova_1"
    assert s["max_risk"] >= s["mean_risk"]


def test_stix_bundle_parses_and_is_reproducible() -> None:
    import stix2

    _, summary = rs.find_campaigns(_frame(), threshold=0.0)
    bundle = cmp.stix_bundle(summary, created="2026-05-01T00:00:00Z")
    text = bundle.serialize()
    parsed = stix2.parse(text, allow_custom=False)
    types = sorted({o.type for o in parsed.objects})
    assert types == ["campaign", "identity", "indicator", "relationship"]
    ident = next(o for o in parsed.objects if o.type == "identity")
    assert ident.identity_class == "organization"
    patterns = sorted(o.pattern for o in parsed.objects if o.type == "indicator")
    assert "[email-addr:value = 'nova.hr@gmail.com']" in patterns
    assert "[url:value = 'https://t.me/nova_1']" in patterns
    for o in parsed.objects:
        if o.type == "indicator":
            assert o.pattern_type == "stix" and o.indicator_types == ["malicious-activity"]
        if o.type == "relationship":
            assert o.relationship_type == "indicates"
            assert o.source_ref.startswith("indicator--") and o.target_ref.startswith("campaign--")
    campaign = next(o for o in parsed.objects if o.type == "campaign")
    assert "+447700900123" in campaign.description  # phones: in the description
    assert cmp.stix_bundle(summary, created="2026-05-01T00:00:00Z").serialize() == text


def test_stix_bundle_leaves_out_campaigns_without_flagged_members() -> None:
    _, summary = rs.find_campaigns(_frame(), threshold=1.0)
    objects = cmp.stix_bundle(summary).objects
    assert [o.type for o in objects] == ["identity"]


# -- bad input ------------------------------------------------------------------------------------
def test_bad_input_raises_input_error() -> None:
    with pytest.raises(rs.InputError, match="DataFrame"):
        rs.find_campaigns("not a frame")  # type: ignore[arg-type]
    with pytest.raises(rs.InputError, match="message"):
        rs.find_campaigns(pd.DataFrame({"text": ["hi"]}))
    with pytest.raises(rs.InputError, match="similarity"):
        rs.find_campaigns(pd.DataFrame({"message": ["hi"]}), similarity=1.5)
    with pytest.raises(rs.InputError, match="date"):
        rs.find_campaigns(pd.DataFrame({"message": ["hi"]}), date_col="when")


def test_odd_values_pass_through() -> None:
    df = pd.DataFrame({"message": [None, float("nan"), 12, "", "\x00\u200b", "a" * 5000]})
    rows, summary = rs.find_campaigns(df)
    assert len(rows) == 6 and summary.empty
    empty, _ = rs.find_campaigns(pd.DataFrame({"message": pd.Series([], dtype=object)}))
    assert empty.empty and list(empty.columns[-6:]) == list(cmp.CAMPAIGN_COLUMNS)


# -- the command line -----------------------------------------------------------------------------
def test_cli_writes_rows_summary_and_stix(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import stix2

    src = tmp_path / "in.csv"
    _frame().to_csv(src, index=False)
    out, summ, bundle = tmp_path / "out.csv", tmp_path / "s.csv", tmp_path / "b.json"
    result = CliRunner().invoke(app, ["campaigns", str(src), "-o", str(out), "--summary",
                                      str(summ), "--stix", str(bundle), "--threshold", "0",
                                      "--stix-created", "2026-01-01T00:00:00Z", "-j", "1"])
    assert result.exit_code == 0, result.output
    rows = pd.read_csv(out, dtype=str, keep_default_na=False)
    assert rows["id"].tolist() == ["a", "b", "c", "d"]
    assert rows["campaign_id"].tolist() == ["C000001", "C000001", "", ""]
    table = pd.read_csv(summ)
    assert table["size"].tolist() == [2] and table["flagged_rows"].tolist() == [2]
    parsed = stix2.parse(bundle.read_text(encoding="utf-8"))
    assert any(o.type == "campaign" for o in parsed.objects)


@pytest.mark.parametrize("created", ["notadate", "", "-1", "2026-13-45"])
def test_a_bad_stix_time_is_refused_before_any_work(tmp_path, created: str,  # type: ignore[no-untyped-def]
                                                    monkeypatch) -> None:
    """It was an internal error (exit 70) once the whole file was scored (review25, R23-E)."""
    src = tmp_path / "in.csv"
    _frame().to_csv(src, index=False)
    monkeypatch.setattr("recruitscore.io.score_file", lambda *a, **k: pytest.fail("scored"))
    result = CliRunner().invoke(app, ["campaigns", str(src), "-o", str(tmp_path / "o.csv"),
                                      "--stix", str(tmp_path / "b.json"), "--stix-created",
                                      created, "-j", "1"])
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith("recruitscore: error: the STIX creation time must be")
    assert len(result.stderr.splitlines()) == 1 and not list(tmp_path.glob("[ob]*"))
    with pytest.raises(rs.InputError, match="STIX creation time"):
        cmp.stix_bundle(cmp.find_campaigns(_frame()), created=created)


@pytest.mark.skipif(not __import__("os").path.exists("/dev/full"), reason="no /dev/full")
def test_a_full_disk_on_the_rows_leaves_no_other_output(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """All or none: the STIX bundle was moved into place before the rows failed at close
    (review28)."""
    src = tmp_path / "in.csv"
    _frame().to_csv(src, index=False)
    bundle, summ = tmp_path / "b.json", tmp_path / "s.csv"
    result = CliRunner().invoke(app, ["campaigns", str(src), "-o", "/dev/full", "--summary",
                                      str(summ), "--stix", str(bundle), "-j", "1"])
    assert result.exit_code == 2, result.output
    assert result.stderr.strip() == "recruitscore: error: No space left on device: /dev/full"
    assert not bundle.exists() and not summ.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.csv"]


def test_cli_jsonl_keeps_a_bad_line(tmp_path) -> None:  # type: ignore[no-untyped-def]
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"message": _msg()}) + "\n{oops\n"
                   + json.dumps({"message": _msg(name="Lee")}) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["campaigns", str(src), "-o", str(out), "-j", "1"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [r["campaign_id"] for r in lines] == ["C000001", "", "C000001"]
    assert "invalid JSON" in lines[1]["error"]


@pytest.mark.parametrize("args", [
    ["missing.csv"],
    ["in.csv", "--date-col", "nope"],
    ["in.csv", "--summary", "no/such/dir/s.csv"],
    ["in.csv", "--map", "nope=message"],
])
def test_cli_errors_are_one_line_and_leave_no_output(tmp_path, monkeypatch, args) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    _frame().to_csv(tmp_path / "in.csv", index=False)
    result = CliRunner().invoke(app, ["campaigns", *args, "-o", "out.csv", "-j", "1"])
    assert result.exit_code == 2
    assert result.output.count("\n") == 1 and "Traceback" not in result.output
    assert not (tmp_path / "out.csv").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["in.csv"]
