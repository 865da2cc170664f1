"""Rule R34-C (robustness hunt of 7 December 2026, helper-225): a signal while ``score`` starts,
Ctrl-C reaching the worker processes, one huge text field, and ``explain`` on a huge message."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

import recruitscore as rs
from recruitscore import _workers, padding
from recruitscore.cli import SHOW_WHOLE_CHARS, _excerpts, app
from recruitscore.padding import compact

_HALF_IMPORTED = """
import os, signal, sys, time, types
from recruitscore.cli_score import _stop_cleanly_on_signals

with _stop_cleanly_on_signals():
    # the module the handler looks in, as a signal in the first second found it: half imported
    sys.modules["recruitscore.io"] = types.ModuleType("recruitscore.io")
    os.kill(os.getpid(), signal.SIGTERM)
    time.sleep(30)
print("the run went on")
"""


def test_a_signal_while_the_io_module_is_half_imported_still_stops_with_one_line() -> None:
    """(a) The watcher thread died on an AttributeError with the stop lock held, so the run went
    on, exited 0 and replaced its output."""
    proc = subprocess.run([sys.executable, "-c", _HALF_IMPORTED], capture_output=True, text=True,
                          timeout=60, env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
    assert proc.returncode == 128 + signal.SIGTERM, (proc.returncode, proc.stderr)
    assert proc.stderr.strip() == "recruitscore: interrupted", proc.stderr
    assert "went on" not in proc.stdout


def _sigint_handler() -> str:
    return str(signal.getsignal(signal.SIGINT))


def test_workers_start_with_ctrl_c_ignored_and_this_process_gets_it_back() -> None:
    """(b) Ctrl-C goes to the whole process group; workers printed tracebacks while importing.
    A worker started by :func:`_workers.executor` and :func:`_workers.submit` ignores SIGINT;
    this process's handler is as before."""
    _workers.shutdown()
    before = signal.getsignal(signal.SIGINT)
    pool = _workers.executor(1)
    try:
        in_worker = _workers.submit(pool, _sigint_handler).result(timeout=120)
    finally:
        _workers.shutdown()
    assert in_worker == str(signal.SIG_IGN)
    assert signal.getsignal(signal.SIGINT) is before


def test_a_text_over_the_read_limit_is_read_as_its_two_halves(monkeypatch: pytest.MonkeyPatch
                                                              ) -> None:
    """(c) compact reads the first and last MAX_READ_CHARS // 2 characters of a long text that
    is not padding, with positions into the whole text and the unread middle in the note."""
    monkeypatch.setattr(padding, "MAX_READ_CHARS", 4_000)
    head = "".join(f"Sentence {i} about the weather. " for i in range(200))
    text = head + "Add me on WhatsApp."
    c = compact(text, 100_000)
    assert c.index is not None and c.truncated == len(text) - 4_000
    assert "characters in the middle not read (only the first and last 2,000 of" in c.note
    assert c.text == "".join(text[int(i)] for i in c.index)
    assert c.text == compact(head[:2_000] + text[-2_000:], 100_000).text
    assert "Add me on WhatsApp." in c.text


def test_a_text_under_the_read_limit_is_compacted_as_before() -> None:
    text = "Thanks! " * 50_000 + "Add me on Telegram."
    assert len(text) < padding.MAX_READ_CHARS
    assert compact(text, 100_000).text == "Thanks! Thanks! Thanks! Add me on Telegram."


@pytest.mark.parametrize("pad", ["\u200b", " ", "x"])
def test_a_lure_between_padding_runs_beyond_the_read_limit_is_read(
        monkeypatch: pytest.MonkeyPatch, pad: str) -> None:
    """review45 H4 (rule R34-G): a benign head, then a lure between two padding runs longer
    than the limit: the runs are cut first, so the lure is read (it fell in the unread middle)."""
    monkeypatch.setattr(padding, "MAX_READ_CHARS", 20_000)
    head = ("Hi Anna, thanks for applying. We'd like to set up a video call on Zoom next week "
            "with the hiring manager. ")
    lure = (" My client would pay USD 3,000 for a short report on your projects. Keep it between"
            " us. ")
    text = head + pad * 15_000 + lure + pad * 15_000
    result = rs.score(text)
    fired = {h.name for h in result.hits}
    assert {"paid_report", "secrecy", "padded_text"} <= fired
    assert result.flagged
    for h in result.hits:
        for e in h.evidence:
            assert text[e.start:e.end] == e.snippet


def test_evidence_beyond_the_middle_maps_into_the_whole_text(monkeypatch: pytest.MonkeyPatch
                                                             ) -> None:
    monkeypatch.setattr(padding, "MAX_READ_CHARS", 20_000)
    text = " ".join(f"Sentence {i} about the weather." for i in range(2_000)) + \
        " Add me on WhatsApp."
    hits = {h.name: h for h in rs.extract_signals(text)}
    ev = hits["off_platform_request"].evidence[0]
    assert text[ev.start:ev.end] == ev.snippet == "WhatsApp"
    assert ev.start > 20_000


@pytest.mark.parametrize(("n", "spans", "expected"), [
    (SHOW_WHOLE_CHARS, [(5, 9)], [(0, SHOW_WHOLE_CHARS)]),
    (50_000, [(30_000, 30_008), (30_100, 30_110)], [(29_700, 30_410)]),
    (50_000, [(100, 110), (40_000, 40_010)], [(0, 410), (39_700, 40_310)]),
    (50_000, [], [(0, 300), (49_700, 50_000)]),
    (50_000, [(49_990, 50_000)], [(49_690, 50_000)]),
])
def test_explain_shows_a_long_message_as_excerpts(n: int, spans: list[tuple[int, int]],
                                                  expected: list[tuple[int, int]]) -> None:
    assert _excerpts(n, spans) == expected


def test_explain_on_a_long_message_shows_the_evidence_and_what_it_left_out(tmp_path: Path
                                                                           ) -> None:
    """(d) rich rendered the whole message (20 MB on one line: 169 s)."""
    filler = "".join(f"Sentence {i} about the weather. " for i in range(500))
    text = filler + "Add me on WhatsApp." + filler
    result = CliRunner().invoke(app, ["explain", "-"], input=text)
    assert result.exit_code == 0, result.output
    out = " ".join(result.stdout.split())  # (the terminal's line breaks)
    assert "Add me on WhatsApp." in out
    assert out.count("characters not shown") == 2
    start = text.index("WhatsApp")  # the evidence, with 300 characters on each side
    assert f"[... {start - 300:,} characters not shown ...]" in out, out
    assert f"[... {len(text) - start - 8 - 300:,} characters not shown ...]" in out, out
    assert len(out) < 10_000


def test_explain_on_a_short_message_shows_it_whole() -> None:
    text = "Hello! " * 100 + "Add me on WhatsApp."
    result = CliRunner().invoke(app, ["explain", text])
    assert result.exit_code == 0, result.output
    assert "not shown" not in result.stdout
    assert result.stdout.count("Hello!") == 100
