"""The real-message corpus: provenance, reserved sources, duplicates, placeholders."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
RESERVED = ROOT.parent / "shared" / "datasets" / "RESERVED-SOURCES.md"


def _tool():
    spec = importlib.util.spec_from_file_location("real_corpus", ROOT / "tools" / "real_corpus.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


tool = _tool()
ROWS = tool.load()


def test_corpus_is_there_and_labelled() -> None:
    assert len(ROWS) >= 250
    assert {r["label"] for r in ROWS} == {0, 1}
    assert {r["language"] for r in ROWS} == {"en", "fr"}


def test_every_row_is_valid_unique_and_has_a_source() -> None:
    assert tool.problems(ROWS, reserved=None) == []
    assert all(r["source_url"].startswith(("http://", "https://")) for r in ROWS)


@pytest.mark.skipif(not RESERVED.exists(), reason="reserved-source list not present")
def test_no_source_is_reserved() -> None:
    reserved = tool.reserved_urls(RESERVED)
    assert len(reserved) >= 50
    hits = [r["source_url"] for r in ROWS if tool.is_reserved(r["source_url"], reserved)]
    assert hits == []


def test_reserved_check_catches_variants() -> None:
    reserved = [tool.norm_url("https://example.org/post/1"),
                tool.norm_url("https://github.com/xndbogdan/malicious-repositories")]
    for url in ("http://www.example.org/post/1/", "https://example.org/post/1#comments",
                "https://github.com/xndbogdan/malicious-repositories/tree/main/Golden%20City",
                "https://somewhere.net/alexpruteanu-copy"):
        assert tool.is_reserved(url, reserved), url
    for url in ("https://example.org/post/12", "https://github.com/xndbogdan/"
                "malicious-repositories/issues/8"):
        assert not tool.is_reserved(url, reserved), url


def test_problems_are_reported() -> None:
    good = dict(ROWS[0])
    rows = [good, dict(good, _where="x:2"), dict(good, id="other", label=7, _where="x:3"),
            dict(good, id="p", message=good["message"] + " Write to jane.doe@mail.example",
                 _where="x:4")]
    found = tool.problems(rows, reserved=[tool.norm_url(good["source_url"])])
    text = "\n".join(found)
    assert "duplicate id" in text and "do not agree" in text and "reserved" in text
    assert "e-mail address left" in text and "near-copy" in text


DEV = ROOT.parent / "shared" / "datasets" / "approaches-dev" / "approaches-dev.csv"


def _v1_tool():
    spec = importlib.util.spec_from_file_location("v1_scores", ROOT / "tools" / "v1_scores.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(not DEV.exists(), reason="development set not present")
def test_every_evaluated_row_has_a_stored_v1_risk() -> None:
    # the build compares with the v1 model on the real corpus, the dev set and the hand-written
    # held-out split; `python tools/v1_scores.py` adds the risks a new row lacks
    tool = _v1_tool()
    missing = tool.rows_to_score()
    assert missing.empty, f"{len(missing)} row(s) without a v1 risk: run tools/v1_scores.py"
    assert tool.main(["--check"]) == 0


def test_v1_tool_refuses_risks_that_do_not_match_the_rows(monkeypatch) -> None:
    import subprocess

    import pandas as pd

    tool = _v1_tool()
    ok = subprocess.CompletedProcess([], 0, "", "")
    monkeypatch.setattr(tool, "_git", lambda *a, **k: ok)

    def fake_run(cmd, check, cwd, env):  # the v1 code answers for another row
        pd.DataFrame({"key": ["ffff"], "risk": [0.5]}).to_csv(Path(cwd) / "risks.csv",
                                                              index=False)
        return ok

    monkeypatch.setattr(tool.subprocess, "run", fake_run)
    todo = pd.DataFrame({"key": ["abcd"], **{c: ["x"] for c in tool.COLUMNS}})
    with pytest.raises(SystemExit, match="do not match"):
        tool.score_with_v1(todo)
    missing = subprocess.CompletedProcess([], 1, "", "")
    monkeypatch.setattr(tool, "_git", lambda *a, **k: missing)
    with pytest.raises(SystemExit, match="not in this clone"):
        tool.score_with_v1(todo)
