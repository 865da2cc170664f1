"""Shared assertion helpers for the tests (presidio-style)."""

from __future__ import annotations

from collections.abc import Iterable

from recruitscore.schema import TEXT_FIELDS, Approach
from recruitscore.signals import SignalHit


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


def assert_snippets_found(snippets: Iterable[str], expected: Iterable[str], name: str) -> None:
    """Each expected snippet is among the evidence (or covered by a longer evidence snippet)."""
    found = list(snippets)
    for want in expected:
        assert any(want in got for got in found), f"{name}: expected {want!r} in {found!r}"


def assert_table_row(name: str, text: str, fields: dict, expected: Iterable[str] | None) -> None:
    """One row of a signal table: ``expected`` snippets fire (with valid spans), or, for
    ``None``, the signal does not fire at all."""
    from recruitscore.signals import extract_signals, get_signal

    approach = Approach.from_mapping({"message": text, **fields})
    evidence = get_signal(name).detect(approach)
    if expected is None:
        assert evidence == (), [e.snippet for e in evidence]
        return
    assert evidence, f"{name} did not fire on {text!r}"
    assert_spans_valid(approach, extract_signals(approach))
    assert_snippets_found([e.snippet for e in evidence], expected, name)
