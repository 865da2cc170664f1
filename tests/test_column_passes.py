"""The shortcuts of a column pass (``signals.base._re2_match``, rule R29-S) against the plain
pass, ``pyarrow.compute.match_substring_regex``: google-re2 row by row with the pattern compiled
once (few rows, or a large pattern), and one search for a column of empty texts."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pytest

from recruitscore.normalize import STEP0_ANY, STEP0_SUSPECT, STEP4_SUSPECT, fast_normalize
from recruitscore.signals import (
    GATE_GROUPS,
    REGISTRY,
    PatternSignal,
    _gate_pattern,
    extract_signals_frame,
)
from recruitscore.signals import base as b

# hostile and ordinary texts, as written and in matching form below
TEXTS = [
    "",
    " ",
    "Add me on WhatsApp: +44 7700 900123",
    "Add me on What\u200asApp, my Session ID is 05ab12",
    "Add\u2009me\u2009on\u2009What\u200asApp",
    "clone\u200bour\u200brepo and run npm install before the call",
    "We/pay\u2022you/in\u2022cash/only\u2022for/the\u2022report",
    "T\u0435l\u0435gr\u0430m: @aurora_hr \u2014 \u202eppastahW\u202c",
    "\u00c9crivez-moi sur ma bo\u00eete Gmail, 3\u202f000 \u20ac par mois",
    "Scan the QR code in the attached image to continue our chat on my messaging app.",
    "Join Zoom Meeting https://zoom.us/j/123 Meeting ID: 123 456 7890 +1 646 558 8656 (text me)",
    "We pay USD 3,000.- for a short report; \u20b925,00,000 upfront via Zelle",
    "\u4f60\u597d\u2009WhatsApp\u2009\u8054\u7cfb\u6211 \U0001f642\U0001f449 telegram",
    "c l o n e  o u r  r e p o, urgent!!! reply within 24h",
    "a\ud800b lone surrogate, \ufffc object, \u3164 filler, \u2800 blank",
    "Ԁlease download our interview tool and run the setup.exe",
    "x" * 3000 + " whatsapp",
]


def _patterns() -> list[str]:
    out = [STEP0_ANY, STEP0_SUSPECT, STEP4_SUSPECT, "x*", "^$"]
    for s in REGISTRY:
        if not isinstance(s, PatternSignal):
            continue
        for superset, simple, gapped in s._re2_plan.values():  # type: ignore[attr-defined]
            out += [p for p in (superset, simple, *gapped) if p]
        for superset, own in s._own_plan.values():  # type: ignore[attr-defined]
            out += [superset, *own]
        if s._unless_any:  # type: ignore[attr-defined]
            out.append(s._unless_any)  # type: ignore[attr-defined]
    names = {s.name for s in REGISTRY}
    for group in GATE_GROUPS:
        group = tuple(n for n in group if n in names)
        if group:
            out.append("|".join(f"(?:{_gate_pattern(next(s for s in REGISTRY if s.name == n))})"
                                for n in group))
    return list(dict.fromkeys(out))


@pytest.fixture(scope="module")
def columns() -> list[pa.Array]:
    texts = [b.re2_safe(t) for t in TEXTS]
    forms = [fast_normalize(t) for t in texts]
    return [pa.array(texts, type=pa.large_string()), pa.array(forms, type=pa.large_string()),
            pa.array([*forms, None], type=pa.large_string()),
            pa.array([None, *texts], type=pa.string())]  # (read as binary: both kinds)


def test_rows_equal_pyarrow(columns: list[pa.Array]) -> None:
    for pattern in _patterns():
        for arr in columns:
            plain = np.asarray(pc.match_substring_regex(arr, pattern).fill_null(False)
                               .to_numpy(zero_copy_only=False), dtype=bool)
            assert b._re2_rows(arr, pattern).tolist() == plain.tolist(), pattern[:80]


def test_rows_without_private_engine_equal_pyarrow(columns: list[pa.Array],
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """Without google-re2's private ``_Anchor`` (a release that renames it), the row loop falls
    back to the public ``search`` and answers the same (review47 M2)."""
    import types

    real = b.re2

    class WithoutAnchor(types.ModuleType):
        def __getattr__(self, name: str) -> object:
            if name == "_Anchor":
                raise AttributeError(name)
            return getattr(real, name)

    monkeypatch.setattr(b, "re2", WithoutAnchor("re2"))
    used: list[int] = []
    public = b._re2_rows_public
    monkeypatch.setattr(b, "_re2_rows_public", lambda arr, rx: used.append(1) or public(arr, rx))
    for pattern in _patterns()[:60]:
        for arr in columns:
            plain = np.asarray(pc.match_substring_regex(arr, pattern).fill_null(False)
                               .to_numpy(zero_copy_only=False), dtype=bool)
            assert b._re2_rows(arr, pattern).tolist() == plain.tolist(), pattern[:80]
    assert used


def test_empty_column_equals_pyarrow() -> None:
    empty = pa.array([""] * (b.SUB_BATCH + 5), type=pa.large_string())
    for pattern in ["x*", "^$", "a|", *_patterns()[:40]]:
        plain = np.asarray(pc.match_substring_regex(empty, pattern).to_numpy(
            zero_copy_only=False), dtype=bool)
        assert b._re2_match(empty, pattern).tolist() == plain.tolist(), pattern[:80]


def test_frame_same_with_and_without_shortcuts(monkeypatch: pytest.MonkeyPatch) -> None:
    # more rows than SMALL_BATCH, so that the column path runs; profile texts given or not
    rows = (TEXTS * 4)[: max(b.SMALL_BATCH + 8, 60)]
    heads = ["Recruiter | Telegram: @aurora_hr", ""] * (len(rows) // 2)
    df = pd.DataFrame({"message": pd.Series(rows, dtype=object), "sender_headline": heads})
    fast = [extract_signals_frame(df), extract_signals_frame(df[["message"]])]
    monkeypatch.setattr(b, "SUB_BATCH", 0)
    monkeypatch.setattr(b, "BIG_PATTERN", 10**9)
    monkeypatch.setattr(b, "WIDE_ROWS", 0)

    def rows_unused(arr: pa.Array, pattern: str) -> np.ndarray:
        assert not len(arr), "a shortcut ran"
        return np.zeros(0, dtype=bool)

    monkeypatch.setattr(b, "_re2_rows", rows_unused)
    plain = [extract_signals_frame(df), extract_signals_frame(df[["message"]])]
    for x, y in zip(fast, plain, strict=True):
        pd.testing.assert_frame_equal(x, y)
