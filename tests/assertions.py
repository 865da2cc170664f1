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
