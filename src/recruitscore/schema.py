"""The input schema: one approach = a message plus sender and target profile fields.

Every profile field may be missing or empty, which means *unknown*. Unknown never counts as a red
flag by itself: profile signals only fire on a known value. Columns outside the schema (ids,
``sender_name``, anything else) are carried along by the scoring functions and never read by a
signal or a feature.

Examples
--------
>>> a = Approach.from_mapping({"message": "Hi", "sender_connections": "12", "sender_name": "X"})
>>> a.sender_connections, a.sender_has_photo
(12, None)
>>> a.problems
()
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from datetime import date
from typing import Any

from .errors import InputError
from .normalize import surrogate_note, surrogate_rows, to_text, without_surrogates

#: The note of a message with no text (the API's ``problems``, the CSV ``error`` column).
EMPTY_MESSAGE = "empty message; scored on profile fields only"

__all__ = [
    "BOOL_FIELDS",
    "EMPTY_MESSAGE",
    "FIELDS",
    "INT_FIELDS",
    "TEXT_FIELDS",
    "Approach",
    "coerce_bool",
    "coerce_int",
    "implausible",
    "join_notes",
    "may_hold_surrogates",
    "profile_limits",
    "replace_surrogates",
]

#: Text fields of the schema, in order (``message`` is required).
TEXT_FIELDS: tuple[str, ...] = (
    "message",
    "sender_headline",
    "sender_company",
    "sender_company_url",
    "target_headline",
)
#: Integer profile fields.
INT_FIELDS: tuple[str, ...] = ("sender_connections", "sender_account_age_days")
#: Boolean profile fields.
BOOL_FIELDS: tuple[str, ...] = ("sender_has_photo",)
#: Every schema field, in CSV column order.
FIELDS: tuple[str, ...] = (
    "message",
    "sender_headline",
    "sender_company",
    "sender_company_url",
    "sender_connections",
    "sender_account_age_days",
    "sender_has_photo",
    "target_headline",
)

_TRUE = {"1", "true", "t", "yes", "y", "oui", "vrai"}
_FALSE = {"0", "false", "f", "no", "n", "non", "faux"}
_UNKNOWN = {"", "na", "n/a", "nan", "none", "null", "unknown", "?", "-"}
# thousands separators in a count: a comma, an underscore or a (no-break) space, and only
# between groups of three digits
_SEPARATOR = re.compile(r"[,_ \u00a0\u2009\u202f]")
_GROUPED = re.compile(r"[0-9]{1,3}(?:([,_ \u00a0\u2009\u202f])[0-9]{3})(?:\1[0-9]{3})*(?:\.0+)?")
# full-width digits and signs (East Asian input) as ASCII; not circled or superscript digits
_FULL_WIDTH = {0xFF10 + i: 0x30 + i for i in range(10)} | {0xFF0C: 0x2C, 0xFF0B: 0x2B,
                                                            0xFF0E: 0x2E, 0x3000: 0x20}
# "1.000", "12.500": a European thousands separator or a decimal point; neither is assumed
_DOT_THOUSANDS = re.compile(r"[0-9]{1,3}(?:\.[0-9]{3})+")


#: The most connections LinkedIn allows (it shows "500+" but caps connections at 30,000).
MAX_CONNECTIONS = 30_000
#: LinkedIn opened on 5 May 2003: no account is older.
PLATFORM_START = date(2003, 5, 5)


def profile_limits(today: date | None = None) -> dict[str, int]:
    """The largest plausible value of each count field (as of ``today``, default: today).

    Examples
    --------
    >>> profile_limits(date(2026, 1, 1))
    {'sender_connections': 30000, 'sender_account_age_days': 8278}
    """
    today = today or date.today()
    return {"sender_connections": MAX_CONNECTIONS,
            "sender_account_age_days": (today - PLATFORM_START).days + 1}


def implausible(name: str, value: float | None) -> str:
    """Why a parsed count cannot be real (``""`` when it can): above what the platform allows.

    Examples
    --------
    >>> print(implausible("sender_connections", 1e9))
    sender_connections=1000000000 is above 30,000, the most the platform allows; treated as unknown
    >>> implausible("sender_connections", 500), implausible("sender_connections", None)
    ('', '')
    """
    if value is None or value != value:
        return ""
    limit = profile_limits().get(name)
    if limit is None or value <= limit:
        return ""
    if isinstance(value, int) and value.bit_length() > 1000:  # too large for a float
        shown = f"about 10^{int(value.bit_length() * 0.30103)}"
    else:
        shown = f"{value:.0f}" if value < 1e21 else f"{value:.3g}"
    what = ("the most the platform allows" if name == "sender_connections"
            else "the age of the platform (since May 2003)")
    return f"{name}={shown} is above {limit:,}, {what}; treated as unknown"


def coerce_int(value: Any) -> tuple[int | None, bool]:
    """Coerce a profile count to a non-negative ``int``.

    Returns ``(value, ok)``: ``(None, True)`` for unknown (missing/empty), ``(None, False)`` for
    garbage (which is also treated as unknown, but reported).

    Examples
    --------
    >>> coerce_int("1,200"), coerce_int(""), coerce_int("lots"), coerce_int(-3), coerce_int(True)
    ((1200, True), (None, True), (None, False), (None, False), (None, False))

    Separators must group digits by three:

    >>> coerce_int("1_000"), coerce_int("1_0"), coerce_int("500+")
    ((1000, True), (None, False), (500, True))
    """
    if value is None or isinstance(value, bool):
        return (None, value is None)
    if isinstance(value, (int,)) and not isinstance(value, bool):
        return (int(value), True) if value >= 0 else (None, False)
    if isinstance(value, float):
        if math.isnan(value):
            return (None, True)
        if math.isinf(value) or math.copysign(1.0, value) < 0 or value != int(value):
            return (None, False)
        return (int(value), True)
    text = to_text(value).translate(_FULL_WIDTH).strip().lower()  # "１,２３４"
    if text in _UNKNOWN:
        return (None, True)
    text = text.removeprefix("+").removesuffix("+").strip()  # "+1,000", "500 +"
    if text.startswith(("-", "+")) or _DOT_THOUSANDS.fullmatch(text):
        return (None, False)  # a minus sign ("-0" too); "1.000": a thousand or one?
    if _SEPARATOR.search(text):  # "1,200", "1 200", "1_000"; not "1_0" or "12,00"
        if not _GROUPED.fullmatch(text):
            return (None, False)
        text = _SEPARATOR.sub("", text)
    try:
        number = float(text)
    except ValueError:
        return (None, False)
    if math.isnan(number) or math.isinf(number) or number < 0 or number != int(number):
        return (None, False)
    return (int(number), True)


def coerce_bool(value: Any) -> tuple[bool | None, bool]:
    """Coerce a flag such as ``sender_has_photo``; same contract as :func:`coerce_int`.

    Examples
    --------
    >>> coerce_bool("1"), coerce_bool("no"), coerce_bool(None), coerce_bool("maybe")
    ((True, True), (False, True), (None, True), (None, False))
    """
    if value is None:
        return (None, True)
    if isinstance(value, bool):
        return (value, True)
    if isinstance(value, (int, float)):
        if isinstance(value, float) and math.isnan(value):
            return (None, True)
        if value in (0, 1):
            return (bool(value), True)
        return (None, False)
    text = to_text(value).strip().lower()
    if text in _UNKNOWN:
        return (None, True)
    if text in _TRUE or text == "1.0":
        return (True, True)
    if text in _FALSE or text == "0.0":
        return (False, True)
    return (None, False)


@dataclass(frozen=True)
class Approach:
    """One approach: the message and the profile fields, coerced and validated.

    Use :meth:`from_mapping` to build one from a row or keyword arguments. Unknown values are
    ``None`` (profile numbers) or ``""`` (text).

    Attributes
    ----------
    problems : tuple of str
        One entry per profile value that was garbage or impossible and treated as unknown, and
        per text field whose padding was cut or that was too long (see
        :func:`recruitscore.padding.compact`).
    origins : tuple
        For each text field that was compacted: ``(field, original text, index)``, where
        ``index[i]`` is the position in the original text of character ``i`` of the field
        (used to map evidence back to the original text).
    padded : tuple of str
        The compacted text fields whose text as given holds heavy padding (see
        :func:`recruitscore.padding.find_padding`), which compaction may have cut below the
        thresholds (a sentence repeated 800 times keeps three copies).

    Examples
    --------
    >>> a = Approach.from_mapping({"message": "Add me on WhatsApp", "sender_connections": "lots"})
    >>> a.message, a.sender_connections
    ('Add me on WhatsApp', None)
    >>> a.problems
    ("sender_connections='lots' is not a count; treated as unknown",)
    """

    message: str = ""
    sender_headline: str = ""
    sender_company: str = ""
    sender_company_url: str = ""
    sender_connections: int | None = None
    sender_account_age_days: int | None = None
    sender_has_photo: bool | None = None
    target_headline: str = ""
    problems: tuple[str, ...] = field(default=(), compare=False)
    origins: tuple[tuple[str, str, Any], ...] = field(default=(), compare=False, repr=False)
    padded: tuple[str, ...] = field(default=(), compare=False, repr=False)

    @property
    def notes(self) -> tuple[str, ...]:
        """What the scoring says of this approach: :data:`EMPTY_MESSAGE` for a message with no
        text, then :attr:`problems` (the CSV ``error`` column says the same)."""
        return ((EMPTY_MESSAGE,) if not self.message.strip() else ()) + self.problems

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> Approach:
        """Build an approach from a mapping; keys outside the schema are ignored.

        Raises
        ------
        InputError
            If ``data`` is not a mapping.
        """
        if not isinstance(data, Mapping):
            raise InputError(f"an approach must be a mapping of fields, got {type(data).__name__}")
        values: dict[str, Any] = {}
        problems: list[str] = []
        replaced = 0
        for name in TEXT_FIELDS:
            # a lone surrogate is read as U+FFFD, as score_frame and the command line read it
            values[name], n = without_surrogates(to_text(data.get(name)))
            replaced += n
        for name in INT_FIELDS:
            raw = data.get(name)
            values[name], ok = coerce_int(raw)
            if not ok:
                problems.append(f"{name}={to_text(raw)[:40]!r} is not a count; treated as unknown")
            elif implausible(name, values[name]):
                problems.append(implausible(name, values[name]))
                values[name] = None
        for name in BOOL_FIELDS:
            raw = data.get(name)
            values[name], ok = coerce_bool(raw)
            if not ok:
                problems.append(f"{name}={to_text(raw)[:40]!r} is not 0/1; treated as unknown")
        if replaced:
            problems.append(surrogate_note(replaced))
        return cls(**values, problems=tuple(problems))

    def as_dict(self) -> dict[str, Any]:
        """The schema fields as a plain dict (without ``problems``)."""
        return {f.name: getattr(self, f.name) for f in fields(self)
                if f.name not in ("problems", "origins", "padded")}


def join_notes(a: str, b: str) -> str:
    """Two notes of one row (a problem, an ``error``) as one: ``"a; b"``, or the one that is
    not empty.

    Examples
    --------
    >>> join_notes("bad date", "1 lone surrogate(s) replaced with U+FFFD")
    'bad date; 1 lone surrogate(s) replaced with U+FFFD'
    >>> join_notes("", "empty message"), join_notes("x", "")
    ('empty message', 'x')
    """
    return f"{a}; {b}" if a and b else (a or b)


def may_hold_surrogates(dtype: Any) -> bool:
    """Whether a column of this dtype may hold a lone surrogate.

    Parameters
    ----------
    dtype : numpy or pandas dtype
        A column's dtype.

    Returns
    -------
    bool
        True for Python objects (``object``, pandas' ``string[python]``, categories of
        those); False for Arrow strings (UTF-8, which cannot hold one) and everything else.

    Examples
    --------
    >>> import pandas as pd
    >>> may_hold_surrogates(pd.Series(["a"], dtype=object).dtype)
    True
    >>> may_hold_surrogates(pd.Series(["a"]).dtype), may_hold_surrogates(pd.Series([1]).dtype)
    (False, False)
    """
    import pandas as pd

    if isinstance(dtype, pd.CategoricalDtype):
        return may_hold_surrogates(dtype.categories.dtype)
    if isinstance(dtype, pd.StringDtype):
        return dtype.storage == "python"
    return pd.api.types.is_object_dtype(dtype)


def replace_surrogates(df: Any) -> tuple[Any, dict[int, str]]:
    """``df`` with every lone surrogate of its text cells read as U+FFFD, and a note per row
    that had one (by row position): what the command line does to a ``"\\ud800"`` escape in
    JSON Lines (review36, R30-R). A lone surrogate cannot be written as UTF-8: kept, it made
    pandas and Arrow raise further on (``find_campaigns``, ``score_conversation``).

    Only columns of Python objects are looked at (pandas' Arrow strings cannot hold a
    surrogate), each with one search of its texts that are not ASCII
    (``normalize.surrogate_rows``);
    ``df`` itself is returned when nothing is replaced, else a copy (the
    caller's frame is never modified). A categorical column with a surrogate comes back as
    ``object``.

    Parameters
    ----------
    df : pandas.DataFrame
        The input rows.

    Returns
    -------
    frame : pandas.DataFrame
        ``df``, or a copy with the replacements.
    notes : dict of int to str
        :func:`~recruitscore.normalize.surrogate_note` for each row position with a
        replacement (its surrogates counted over all its columns).

    Examples
    --------
    >>> import pandas as pd
    >>> df = pd.DataFrame({"id": ["a", "b"], "message": ["ok", "hi \\ud800"]}, dtype=object)
    >>> out, notes = replace_surrogates(df)
    >>> out["message"].tolist(), notes
    (['ok', 'hi \ufffd'], {1: '1 lone surrogate(s) replaced with U+FFFD'})
    >>> replace_surrogates(out)[0] is out
    True
    """
    import numpy as np
    import pandas as pd

    out = df
    counts: dict[int, int] = {}
    for j, dtype in enumerate(df.dtypes):
        if not may_hold_surrogates(dtype):
            continue
        col = df.iloc[:, j]
        values = col.to_numpy(dtype=object)
        kind = pd.api.types.infer_dtype(values, skipna=True)
        if kind == "string":  # texts and missing values: the texts, without a loop
            at = np.flatnonzero(pd.notna(values))
        elif kind.startswith("mixed"):  # texts among numbers, lists...: a rare column
            at = np.flatnonzero([isinstance(v, str) for v in values])
        else:
            continue
        hits = at[surrogate_rows(values[at].tolist())] if len(at) else at
        if not len(hits):
            continue
        values = values.copy()
        for i in hits.tolist():
            values[i], n = without_surrogates(values[i])
            counts[i] = counts.get(i, 0) + n
        if out is df:
            out = df.copy(deep=False)
        keep = col.dtype if isinstance(col.dtype, pd.StringDtype) else object
        out.isetitem(j, pd.Series(values, index=df.index, dtype=keep))
    return out, {i: surrogate_note(n) for i, n in sorted(counts.items())}
