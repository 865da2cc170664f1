"""Shared assertion helpers for the tests (presidio-style)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from recruitscore.schema import TEXT_FIELDS, Approach
from recruitscore.signals import SignalHit
from recruitscore.signals.base import CallableSignal


def assert_spans_valid(approach: Approach, hits: Iterable[SignalHit]) -> None:
    """Every text evidence span points into the original field: text[start:end] == snippet."""
    for hit in hits:
        assert hit.evidence, f"{hit.name} fired without evidence"
        for ev in hit.evidence:
            if ev.field in TEXT_FIELDS:
                text = getattr(approach, ev.field)
                assert ev.start is not None and ev.end is not None
                assert 0 <= ev.start < ev.end <= len(text), (hit.name, ev)
                assert text[ev.start : ev.end] == ev.snippet, (hit.name, ev)
            else:
                assert ev.start is None and ev.end is None


def assert_twin_equals_detector(signal: CallableSignal, approach: Approach) -> None:
    """The column path's reading of one row (the signal's required fields, its RE2 prefilter,
    then its boolean twin on the matching forms) equals its detector's."""
    from recruitscore.normalize import fast_normalize
    from recruitscore.signals.base import compile_re2, re2_safe

    assert signal.fast is not None
    raws = {f: getattr(approach, f) for f in signal.reads}
    norms = {f: fast_normalize(t) if t else "" for f, t in raws.items()}
    got = all(norms[f] for f in signal.requires) and any(
        compile_re2(pat).search(re2_safe(raws[f]) if original else norms[f])
        for f, pat, original in signal.prefilter) and signal.fast(norms, raws)
    assert bool(got) == bool(signal.detect(approach)), (signal.name, approach)


def indicator_values_both_paths(text: str) -> list[tuple[str, str]]:
    """The (kind, value) indicators of ``text``, after checking that the verbatim and the
    indexed readings of values as written agree, and the column path too."""
    from recruitscore.indicators import field_indicators, indicator_values

    plain = [(k, v) for k, v, _, _ in field_indicators(text)]
    assert plain == [(k, v) for k, v, _, _ in field_indicators(text, spans=True)]
    assert indicator_values({"message": text}) == plain
    return plain


def stix_patterns(summary: Any) -> list[str]:
    """The indicator patterns of the STIX bundle a campaign summary gives (parsed strictly)."""
    import stix2

    from recruitscore import campaigns

    bundle = stix2.parse(campaigns.stix_bundle(summary, created="2026-12-07T00:00:00Z")
                         .serialize(), allow_custom=False)
    return [o.pattern for o in bundle.objects if o.type == "indicator"]


def assert_snippets_found(snippets: Iterable[str], expected: Iterable[str], name: str) -> None:
    """Each expected snippet is among the evidence (or covered by a longer evidence snippet)."""
    found = list(snippets)
    for want in expected:
        assert any(want in got for got in found), f"{name}: expected {want!r} in {found!r}"


def assert_table_row(name: str, text: str, fields: dict, expected: Iterable[str] | None,
                     exact: bool = False) -> None:
    """One row of a signal table: ``expected`` snippets fire (with valid spans; with
    ``exact``, the evidence is exactly those snippets, in order), or, for ``None``, the signal
    does not fire at all."""
    from recruitscore.signals import extract_signals, get_signal

    approach = Approach.from_mapping({"message": text, **fields})
    evidence = get_signal(name).detect(approach)
    if expected is None:
        assert evidence == (), [e.snippet for e in evidence]
        return
    assert evidence, f"{name} did not fire on {text!r}"
    assert_spans_valid(approach, extract_signals(approach))
    if exact:
        assert tuple(e.snippet for e in evidence) == tuple(expected)
    else:
        assert_snippets_found([e.snippet for e in evidence], expected, name)


def assert_table_row_both_paths(name: str, text: str, fields: dict,
                                expected: Iterable[str] | None) -> None:
    """:func:`assert_table_row` (exact evidence), and the column path (the boolean twin behind
    the signal's prefilter) agreeing on 40 copies of the row."""
    import pandas as pd

    from recruitscore.signals import extract_signals_frame

    assert_table_row(name, text, fields, expected, exact=True)
    frame = extract_signals_frame(pd.DataFrame([{"message": text, **fields}] * 40),
                                  signals=[name])
    assert frame[name].tolist() == [int(expected is not None)] * 40


def wait_for(condition: Callable[[], bool], limit: float = 60.0) -> bool:
    """Poll ``condition`` until it holds (True) or ``limit`` seconds have passed (its last
    value)."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return condition()


def sigterm_midway(args: Sequence[str], ready: Callable[[], bool],
                   env: Mapping[str, str] | None = None) -> tuple[int, str]:
    """Run ``python -m recruitscore ARGS`` on 60,000 CSV rows fed on standard input (more than
    one read; the input then stays open, so the run waits for more), send SIGTERM once
    ``ready()`` holds, and return the exit status and standard error."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "recruitscore", *args],
        stdin=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path), **(env or {})})
    assert proc.stdin is not None and proc.stderr is not None
    try:
        proc.stdin.write("id,message\n" + "".join(f"{i},Add me on WhatsApp please\n"
                                                  for i in range(60_000)))
        proc.stdin.flush()
        assert wait_for(ready), "the run never reached the point to stop it at"
        proc.send_signal(signal.SIGTERM)
        status = proc.wait(timeout=60)
        err = proc.stderr.read()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stdin.close()
        proc.stderr.close()
    return status, err
