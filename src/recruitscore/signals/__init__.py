"""Named red-flag signals with evidence: the rule-based half of recruitscore.

Examples
--------
>>> import recruitscore as rs
>>> hits = rs.extract_signals("Let's move to WhatsApp, my client prefers to remain anonymous.",
...                           target_headline="Quantum engineer")
>>> [h.name for h in hits]
['off_platform_request', 'vague_employer', 'target_sensitive_sector']
>>> hits[0].evidence[0].snippet
'WhatsApp'
"""

from __future__ import annotations

import sys
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

from ..errors import InputError
from ..normalize import (
    NormText,
    may_hide_text,
    normalize,
    surrogate_note,
    surrogate_rows,
    to_text,
    without_surrogates,
)
from ..padding import MIN_INVISIBLE, compact
from ..schema import (
    BOOL_FIELDS,
    FIELDS,
    INT_FIELDS,
    TEXT_FIELDS,
    Approach,
    coerce_bool,
    coerce_int,
    implausible,
    join_notes,
    may_hold_surrogates,
    profile_limits,
)
from .base import (
    PROFILE_TEXT,
    SMALL_BATCH,
    Batch,
    CallableSignal,
    Evidence,
    Example,
    PatternSignal,
    ProfileSignal,
    Signal,
    SignalHit,
    batch_match,
)
from .catalog import REGISTRY
from .catalog_fraud import GATE_GROUPS

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = [
    "GATE_GROUPS",
    "PROFILE_READERS",
    "PROFILE_TEXT",
    "REGISTRY",
    "SIGNAL_NAMES",
    "VOIDED_BY",
    "Batch",
    "CallableSignal",
    "Evidence",
    "Example",
    "PatternSignal",
    "ProfileSignal",
    "Signal",
    "SignalHit",
    "as_approach",
    "extract_signals",
    "extract_signals_frame",
    "get_signal",
    "list_signals",
    "make_batch",
]

#: The signal names in registry order: the feature order persisted in model files.
SIGNAL_NAMES: tuple[str, ...] = tuple(s.name for s in REGISTRY)
_BY_NAME = {s.name: s for s in REGISTRY}
assert len(_BY_NAME) == len(REGISTRY), "signal names must be unique"

#: The red flags of recruitment fraud (RED-FLAGS F1-F13) and developer lures (L1-L9): a
#: source that names an F or L item first, or the lure category (file_lure is "M12 ... L7");
#: less the ones the guidance calls ambiguous alone, which the model weighs 0 on their own
#: (running the sender's code is what take-home briefs ask too, L1/L2; code hosting counts
#: "only with L1/L2", L3; a free-mail address fires on the candidate's own, F9; rule R20-K).
_AMBIGUOUS_ALONE = frozenset({"run_our_code", "adhoc_code_hosting", "freemail_company_contact"})
_FRAUD_OR_LURE = frozenset(
    s.name for s in REGISTRY if s.polarity == "risk"
    and ((s.source[:1] in ("F", "L") and s.source[1:2].isdigit()) or s.category == "lure")
) - _AMBIGUOUS_ALONE
#: The disguise that voids (section 4): invisible padding, and disguised writing (homoglyphs,
#: zero-width characters, reversed text); the corporate address alone stays counted beside
#: disguised writing, as recruiters spell theirs out against scrapers ("jane [at] acme [dot]
#: fr"; rules R20-K, R20-L).
_DISGUISE = frozenset({"padded_text", "obfuscated_text"})
#: Which red flags void each benign counter-signal (rule R20-H). A counter-signal disambiguates
#: the families RED-FLAGS names for it: the covert-approach ones (a corporate address, a
#: specific role, compliance terms, a public programme, a clearance stated as eligibility) say
#: nothing about a fee to pay, a file to open or a disguised word, so they are not counted
#: beside one (an attacker writes them for free: « service conformité » took an interview-tool
#: lure from 0.60 to 0.27); the fraud and lure ones are not counted beside a disguise.
#: The red flags a counter-signal of the fraud and lure families disambiguates (the guidance
#: names the benign form beside them: a take-home on a known platform beside "clone the repo"
#: (not beside a file, an archive or ad-hoc code hosting, which void it: review44 H2), a video
#: interview beside an interview app or scheduling over WhatsApp (F8: "no voice or video
#: offered" is the red form of M9; an interview held by text contradicts it and voids it:
#: review44 M3, rule R33-N), the company paying a trip, documents asked after
#: an offer through HR); every other red flag of a message voids it, as one sentence naming a
#: test platform or saying "we never ask candidates for money" lowered a pay-to-work demand or
#: a paid report from flagged to low (rule R33-J, red-team round 12). Profile signals and the
#: weak, common ones (:data:`_WEAK`) never void.
_DISAMBIGUATES: dict[str, frozenset[str]] = {
    "standard_assessment_platform": frozenset({"run_our_code", "run_before_call"}),
    "video_interview_offered": frozenset({"interview_software_download",
                                          "off_platform_request"}),
    "company_pays_costs": frozenset({"paid_travel"}),
    "post_offer_onboarding": frozenset({"early_identity_request", "personal_data_request"}),
}
_WEAK = frozenset({"urgency", "flattery", "templated_greeting", "generic_company"})
_MESSAGE_RED_FLAGS = frozenset(s.name for s in REGISTRY if s.polarity == "risk"
                               and "message" in getattr(s, "fields", ()))
VOIDED_BY: dict[str, frozenset[str]] = {
    s.name: ((_MESSAGE_RED_FLAGS - _DISAMBIGUATES[s.name] - _WEAK) | _DISGUISE
             if s.name in _DISAMBIGUATES else _FRAUD_OR_LURE | _DISGUISE)
    - ({"obfuscated_text"} if s.name == "corporate_contact" else set())
    for s in REGISTRY if s.polarity == "benign"
}
assert {s.name for s in REGISTRY if s.polarity == "benign" and s.source[:1] in ("F", "L")} \
    == set(_DISAMBIGUATES), "every fraud or lure counter-signal lists what it disambiguates"


def voided(fired: set[str] | frozenset[str]) -> set[str]:
    """The counter-signals among ``fired`` (signal names) that a red flag among them voids.

    Examples
    --------
    >>> sorted(voided({"compliance_terms", "pay_to_work", "urgency"}))
    ['compliance_terms']
    """
    return {n for n in fired if VOIDED_BY.get(n, frozenset()) & fired}


def counted(matrix: np.ndarray, names: Sequence[str] = SIGNAL_NAMES) -> np.ndarray:
    """``matrix`` (rows x ``names``, 0/1) with each benign counter-signal set to 0 in the rows
    where a red flag of :data:`VOIDED_BY` fires (a copy; the columns named are the ones that
    count: a red flag not in ``names`` is not seen).

    Examples
    --------
    >>> import numpy as np
    >>> names = ("compliance_terms", "interview_software_download", "urgency")
    >>> counted(np.array([[1, 1, 0], [1, 0, 1]]), names).tolist()
    [[0, 1, 0], [1, 0, 1]]
    """
    out = np.array(matrix, copy=True)
    col = {n: j for j, n in enumerate(names)}
    for name, voids in VOIDED_BY.items():
        if name not in col:
            continue
        cols = [col[v] for v in voids if v in col]
        if cols:
            out[out[:, cols].any(axis=1), col[name]] = 0
    return out


#: The pattern signals that read the message and a profile text of the sender
#: (:data:`~recruitscore.signals.base.PROFILE_TEXT`): a score's reasons say which profile texts
#: their evidence is in ("secrecy (in sender_headline)"), as a red flag there is not in the
#: message the reader sees (rule R26-C).
PROFILE_READERS: tuple[str, ...] = tuple(
    s.name for s in REGISTRY if isinstance(s, PatternSignal) and "message" in s.patterns
    and set(PROFILE_TEXT) & set(s.patterns))


def places_of(hits: Sequence[SignalHit]) -> dict[str, tuple[str, ...]]:
    """The profile texts that hold evidence of each of :data:`PROFILE_READERS` among ``hits``.

    Examples
    --------
    >>> places_of(extract_signals("Hello", sender_headline="Telegram: @aurora_hr"))
    {'off_platform_request': ('sender_headline',)}
    """
    out = {}
    for h in hits:
        if h.name in PROFILE_READERS:
            where = tuple(f for f in PROFILE_TEXT if any(e.field == f for e in h.evidence))
            if where:
                out[h.name] = where
    return out


def profile_places(batch: Batch) -> dict[int, dict[str, tuple[str, ...]]]:
    """:func:`places_of` for every row of ``batch`` (only the rows with such evidence): one
    pass of each of :data:`PROFILE_READERS` over each profile text column."""
    out: dict[int, dict[str, tuple[str, ...]]] = {}
    filled = {f: np.fromiter((bool(t) for t in batch.raw(f)), bool, batch.n)
              for f in PROFILE_TEXT if f in batch._raw}
    for name in PROFILE_READERS:
        signal = _BY_NAME[name]
        assert isinstance(signal, PatternSignal)
        for f in PROFILE_TEXT:
            if f not in signal.patterns or f not in filled or not filled[f].any():
                continue
            for i in np.flatnonzero(signal.detect_frame_in(batch, (f,))).tolist():
                row = out.setdefault(i, {})
                row[name] = (*row.get(name, ()), f)
    return out


#: Longest text (in characters) read from one field; the rest is ignored (and reported).
MAX_FIELD_CHARS = 100_000


def list_signals() -> list[Signal]:
    """Every registered signal, in registry order.

    Examples
    --------
    >>> names = [s.name for s in list_signals()]
    >>> "off_platform_request" in names and "corporate_contact" in names
    True
    """
    return list(REGISTRY)


def get_signal(name: str) -> Signal:
    """The signal called ``name``.

    Raises
    ------
    KeyError
        If no signal has that name.
    """
    return _BY_NAME[name]


def as_approach(text_or_approach: Any = None, **fields: Any) -> Approach:
    """Build an :class:`Approach` from a message, a mapping, an ``Approach``, or keywords.

    Raises
    ------
    InputError
        If the input is not usable as an approach (e.g. a list), a keyword is not a field, or
        the message is given both as text and as ``message=``.
    """
    unknown = set(fields) - set(FIELDS)
    if unknown:
        raise InputError(
            f"unknown field(s) {sorted(unknown)}; the schema fields are {', '.join(FIELDS)}"
        )
    if isinstance(text_or_approach, Approach) and not fields:
        return text_or_approach
    if isinstance(text_or_approach, Approach):
        base = text_or_approach.as_dict()
    elif isinstance(text_or_approach, Mapping):
        base = dict(text_or_approach)
    elif text_or_approach is None or isinstance(
        text_or_approach, (str, bytes, bytearray, int, float)
    ):
        if text_or_approach is not None and "message" in fields:  # which one? (review25)
            raise InputError("the message is given twice: as text and as message=")
        base = {"message": text_or_approach}
    elif _is_series(text_or_approach):
        base = text_or_approach.to_dict()
    else:
        raise InputError(
            "expected a message string, a mapping of fields or an Approach, got "
            f"{type(text_or_approach).__name__}"
        )
    base.update(fields)
    approach = Approach.from_mapping(base)
    if approach.origins:
        return approach  # already compacted
    values: dict[str, Any] = {}
    notes: list[str] = []
    origins = []
    padded = []
    for f in TEXT_FIELDS:
        text = getattr(approach, f)
        c = compact(text, MAX_FIELD_CHARS, f)
        if c.index is not None:
            values[f] = c.text
            notes.append(c.note)
            origins.append((f, text, c.index))
            if c.padded:
                padded.append(f)
    if values:
        all_values = approach.as_dict()
        all_values.update(values)
        approach = Approach(**all_values, problems=(*approach.problems, *notes),
                            origins=tuple(origins), padded=tuple(padded))
    return approach


def _to_original(hit_evidence: tuple[Evidence, ...], origins: Mapping[str, tuple[str, Any]]
                 ) -> tuple[Evidence, ...]:
    """Evidence found in compacted text fields, with spans into the original texts."""
    out = []
    for e in hit_evidence:
        if e.field in origins and e.start is not None and e.end is not None:
            original, index = origins[e.field]
            if e.end > e.start:
                start, end = int(index[e.start]), int(index[e.end - 1]) + 1
            else:
                start = end = int(index[e.start]) if e.start < len(index) else len(original)
            e = Evidence(e.field, start, end, original[start:end])
        out.append(e)
    return tuple(out)


def extract_signals(text_or_approach: Any = None, **fields: Any) -> list[SignalHit]:
    """Run every signal on one approach and return those that fired, with evidence.

    Parameters
    ----------
    text_or_approach : str, mapping or Approach
        The message, or a mapping/``Approach`` holding the message and profile fields.
    **fields
        Schema fields (``sender_company_url=...``, ``target_headline=...``); they override
        values in ``text_or_approach``.

    Returns
    -------
    list of SignalHit
        In registry order. For text fields, every evidence span satisfies
        ``text[start:end] == snippet`` on the original text.

    Raises
    ------
    InputError
        If the input cannot be read as an approach.

    Examples
    --------
    >>> [h.name for h in extract_signals("Add me on Télégr\\u0430m", target_headline="AI lead")]
    ['off_platform_request', 'target_sensitive_sector', 'obfuscated_text']
    >>> extract_signals(None)
    []
    """
    return hits_and_norms(as_approach(text_or_approach, **fields), {})


def hits_and_norms(approach: Approach, norms: dict[str, NormText]) -> list[SignalHit]:
    """Run every signal on ``approach``, leaving each text field's matching form in ``norms``
    (the scorer reuses the message's for its n-grams)."""
    origins = {f: (text, index) for f, text, index in approach.origins}
    displayed = _displayed_norms(approach)
    hits = []
    for signal in REGISTRY:
        # (one piece of evidence per place: a text read twice, step 0 of the matching form,
        # finds the same span in both readings)
        evidence = list(dict.fromkeys(signal.detect(
            approach, displayed if displayed is not None and _reads_displayed(signal) else norms)))
        if evidence and origins:
            evidence = _to_original(tuple(evidence), origins)
        if evidence:
            hits.append(
                SignalHit(
                    name=signal.name,
                    description=signal.description,
                    category=signal.category,
                    polarity=signal.polarity,
                    evidence=tuple(evidence),
                )
            )
    gone = voided({h.name for h in hits})
    return [h for h in hits if h.name not in gone]


def _reads_displayed(signal: Signal) -> bool:
    """Whether a signal counts only from what a reader sees of HTML: a benign counter-signal
    on the message (round 7, F14: a salary band in a hidden element or a <title> fired
    ``specific_role`` and unflagged an off-platform request). Red flags read the matching
    form, which reads hidden HTML twice, as displayed and as stored."""
    return signal.polarity == "benign" and "message" in signal.fields


def _displayed_norms(approach: Approach) -> dict[str, NormText] | None:
    """The matching forms that benign signals read on ``approach`` when its message holds
    HTML (the message as displayed, :func:`~recruitscore.normalize.normalize` with
    ``displayed=True``); ``None`` when the message holds no tag (they read the usual ones)."""
    if not may_hide_text(approach.message):
        return None
    return {"message": normalize(approach.message, displayed=True)}


def _displayed_rows(batch: Batch, names: Sequence[str], data: dict[str, np.ndarray]) -> None:
    """Set, in ``data``, the benign counter-signals among ``names`` on the rows whose message
    holds HTML to what :func:`hits_and_norms` finds on them (from the displayed reading)."""
    benign = [n for n in names if _reads_displayed(_BY_NAME[n])]
    if not benign or "message" not in batch._raw:
        return
    texts = batch.raw("message")
    for i in (k for k, t in enumerate(texts) if t and may_hide_text(t)):
        row: dict[str, Any] = {f: v[i] for f, v in batch._raw.items()}
        for f, arr in batch.numbers.items():
            row[f] = None if np.isnan(arr[i]) else arr[i]
        approach = Approach.from_mapping(row)
        norms = _displayed_norms(approach) or {}
        for name in benign:
            data[name][i] = bool(_BY_NAME[name].detect(approach, norms))


def _is_series(value: object) -> bool:
    """A pandas Series (without importing pandas: a Series exists only once it is imported)."""
    pd = sys.modules.get("pandas")
    return pd is not None and isinstance(value, pd.Series)


def _text_column(df: pd.DataFrame, name: str, scan: bool = True
                 ) -> tuple[list[str], dict[int, str], frozenset[int], frozenset[int]]:
    """The texts of a column, compacted (padding cut, at most ``MAX_FIELD_CHARS``) and with
    lone surrogates read as U+FFFD (unless ``scan`` is false), a note per such row, the rows
    that were compacted or hold padding, and the rows that hold padding."""
    import pandas as pd

    if name not in df.columns:
        return [""] * len(df), {}, frozenset(), frozenset()
    col = df[name]
    if isinstance(col, pd.DataFrame):
        raise InputError(f"duplicate column {name!r}: rename or drop one of them")
    texts = [to_text(v) for v in col.tolist()]
    notes: dict[int, str] = {}
    # a lone surrogate is read as U+FFFD (review36, R30-R): one search of the column's texts
    # that are not ASCII, in a column of Python objects (score_frame has read them already:
    # scan=False; extract_signals_frame and training have not)
    for i in surrogate_rows(texts) if scan and may_hold_surrogates(col.dtype) else ():
        texts[i], n = without_surrogates(texts[i])
        notes[i] = surrogate_note(n)
    suspects = []
    padded = []
    for i, text in enumerate(texts):
        if len(text) >= MIN_INVISIBLE:
            c = compact(text, MAX_FIELD_CHARS, name)
            if c.index is not None:
                texts[i] = c.text
                notes[i] = join_notes(notes.get(i, ""), c.note)
            if c.index is not None or c.padded:
                suspects.append(i)
            if c.padded:
                padded.append(i)
    return texts, notes, frozenset(suspects), frozenset(padded)


def _number_column(df: pd.DataFrame, name: str, kind: str) -> tuple[np.ndarray, list[bool]]:
    import pandas as pd

    n = len(df)
    if name not in df.columns:
        return np.full(n, np.nan), [True] * n
    col = df[name]
    if isinstance(col, pd.DataFrame):
        raise InputError(f"duplicate column {name!r}: rename or drop one of them")
    coerce = coerce_int if kind == "int" else coerce_bool
    # fast path: an all-numeric column needs no per-value parsing
    if pd.api.types.is_numeric_dtype(col.dtype) and not pd.api.types.is_bool_dtype(col.dtype):
        values = col.to_numpy(dtype=float, na_value=np.nan)
        if kind == "int":
            bad = (np.signbit(values) & ~np.isnan(values)) | (np.isfinite(values)
                                                              & (values != np.floor(values)))
            bad |= np.isinf(values)
        else:
            bad = ~np.isnan(values) & ~np.isin(values, (0.0, 1.0))
        values = np.where(bad, np.nan, values)
        return values, list(~bad)
    if pd.api.types.is_string_dtype(col.dtype) and not pd.api.types.is_object_dtype(col.dtype):
        # a text column (as read from CSV): coerce each distinct value once
        codes, uniques = pd.factorize(col, use_na_sentinel=True)
        parsed = [coerce(v) for v in uniques.tolist()]
        table = np.array([np.nan if v is None else float(v) for v, _ in parsed] + [np.nan])
        good = np.array([g for _, g in parsed] + [True])
        return table[codes], good[codes].tolist()
    out = np.full(n, np.nan)
    ok = [True] * n
    for i, v in enumerate(col.tolist()):
        value, good = coerce(v)
        if value is not None:
            out[i] = float(value)
        ok[i] = good
    return out, ok


def make_batch(df: pd.DataFrame, *, surrogates_read: bool = False) -> tuple[Batch, list[str]]:
    """Prepare a DataFrame for vectorised extraction.

    Parameters
    ----------
    df : pandas.DataFrame
        The rows, with the schema's columns (any missing one is unknown).
    surrogates_read : bool, default False
        The text cells hold no lone surrogate (the caller read them as U+FFFD with
        :func:`recruitscore.schema.replace_surrogates`): the text columns are not scanned for
        one again. Otherwise a lone surrogate in a text field is read as U+FFFD here, and
        said in the row's problem.

    Returns
    -------
    batch : Batch
        The prepared texts and numbers.
    problems : list of str
        One per row: ``""`` when the row's profile values were all usable; garbage values
        are treated as unknown and described here.
    """
    columns = {}
    problems = [""] * len(df)
    compacted = {}
    padded = {}
    compacted_notes = {}
    for name in TEXT_FIELDS:
        columns[name], notes, compacted[name], padded[name] = _text_column(
            df, name, scan=not surrogates_read)
        compacted_notes[name] = notes
        for i, note in notes.items():
            problems[i] = join_notes(problems[i], note)
    numbers = {}
    limits = profile_limits()
    for name in INT_FIELDS + BOOL_FIELDS:
        values, ok = _number_column(df, name, "int" if name in INT_FIELDS else "bool")
        if name in limits:
            for i in np.flatnonzero(values > limits[name]).tolist():
                note = implausible(name, float(values[i]))
                problems[i] = join_notes(problems[i], note)
            values = np.where(values > limits[name], np.nan, values)
        numbers[name] = values
        if not all(ok):
            what = "a count" if name in INT_FIELDS else "0/1"
            for i, good in enumerate(ok):
                if not good:
                    note = f"{name} is not {what}; treated as unknown"
                    problems[i] = join_notes(problems[i], note)
    batch = Batch(columns, numbers)
    batch.compacted = compacted  # rows compacted or padded: the others have no padding
    batch.padded = padded
    for name in TEXT_FIELDS:
        if name in df.columns and not compacted_notes[name]:
            arr = _arrow_of_column(df[name])
            if arr is not None:
                batch._arrow[(name, True)] = arr
    return batch, problems


def _arrow_of_column(col: pd.Series) -> Any:
    """The texts of a column as an Arrow array without a conversion, when pandas holds them
    in Arrow (its "str" dtype): the array of :func:`_text_column`'s texts when no row was
    compacted (missing values as ""); ``None`` for any other column."""
    import pandas as pd
    import pyarrow as pa
    import pyarrow.compute as pc

    if isinstance(col, pd.DataFrame) or not isinstance(
            col.array, (pd.arrays.ArrowStringArray, pd.arrays.ArrowExtensionArray)):
        return None
    try:
        arr = pa.array(col.array)
    except (pa.ArrowException, UnicodeEncodeError):  # pragma: no cover - defensive
        return None
    if isinstance(arr, pa.ChunkedArray):
        arr = arr.combine_chunks()
    if pa.types.is_string(arr.type):
        arr = arr.cast(pa.large_string())
    if not pa.types.is_large_string(arr.type):
        return None
    return pc.fill_null(arr, "") if arr.null_count else arr


def extract_signals_frame(
    df: pd.DataFrame, *, signals: Sequence[str] | None = None
) -> pd.DataFrame:
    """Vectorised signal extraction: one 0/1 column per signal, one row per input row.

    The text of each field is normalised once; each signal then runs one RE2 regular expression
    over the whole column (``pyarrow.compute``), or a numpy comparison for profile fields.
    The result equals running :func:`extract_signals` row by row.

    Parameters
    ----------
    df : pandas.DataFrame
        Columns named as the schema fields; missing columns mean unknown. Other columns are
        ignored (never used as features).
    signals : sequence of str, optional
        A subset of signal names (default: all, in registry order).

    Returns
    -------
    pandas.DataFrame
        ``uint8`` columns named after the signals, with the index of ``df``.

    Examples
    --------
    >>> import pandas as pd
    >>> df = pd.DataFrame({"message": ["Add me on WhatsApp", "Ref QX-1234, salary 60-70k base"],
    ...                    "sender_connections": [12, None]})
    >>> out = extract_signals_frame(df)
    >>> out.loc[:, ["off_platform_request", "few_connections", "specific_role"]].to_numpy().tolist()
    [[1, 1, 0], [0, 0, 1]]
    """
    import pandas as pd

    if not isinstance(df, pd.DataFrame):
        raise InputError(f"expected a pandas DataFrame, got {type(df).__name__}")
    names = list(SIGNAL_NAMES if signals is None else signals)
    unknown = [n for n in names if n not in _BY_NAME]
    if unknown:
        raise InputError(f"unknown signal(s): {unknown}")
    batch, _ = make_batch(df)
    return frame_from_batch(batch, names, index=df.index)


def _gate_pattern(signal: Signal) -> str:
    """A pattern that matches wherever a message-only :class:`PatternSignal` can fire (its long
    gaps unbounded, as in its own column plan)."""
    superset, simple, _ = signal._re2_plan["message"]  # type: ignore[attr-defined]
    gate = superset if superset is not None else simple
    own = signal._own_plan.get("message")  # type: ignore[attr-defined]
    # (and the patterns the signal reads in a pass of their own: PatternSignal.own_pass)
    return gate if own is None else "|".join(f"(?:{p})" for p in (gate, own[0]) if p)


def _subset(batch: Batch, rows: np.ndarray) -> Batch:
    """The rows ``rows`` of ``batch``, sharing its matching form of the message."""
    pick = rows.tolist()
    sub = Batch({f: [v[i] for i in pick] for f, v in batch._raw.items()},
                {f: v[rows] for f, v in batch.numbers.items()})
    norm = batch.norm("message")
    sub._norm["message"] = [norm[i] for i in pick]
    sub._arrow[("message", False)] = batch.arrow("message").take(rows)
    return sub


def frame_from_batch(
    batch: Batch, names: Sequence[str] = SIGNAL_NAMES, index: Any = None
) -> pd.DataFrame:
    """Run the named signals over a prepared :class:`Batch`.

    The signals of each group in :data:`~recruitscore.signals.catalog_fraud.GATE_GROUPS` share
    one RE2 pass over the message column with the union of their patterns; each then runs only
    on the rows that pass (a few percent). The union is a superset of each signal's pattern, so
    the result is the same as running every signal over every row.
    """
    import pandas as pd

    asked = list(dict.fromkeys(names))
    # a benign counter-signal needs the red flags that void it (rule R20-H)
    names = asked + sorted({v for n in asked for v in VOIDED_BY.get(n, ())} - set(asked))
    results: dict[str, np.ndarray] = {}
    if batch.n > SMALL_BATCH:
        wanted = set(names)
        for group in GATE_GROUPS:
            group = tuple(n for n in group if n in wanted)
            if not group:
                continue
            union = "|".join(f"(?:{_gate_pattern(_BY_NAME[n])})" for n in group)
            rows = np.flatnonzero(batch_match(batch, "message", union))
            sub = _subset(batch, rows) if rows.size else None
            for name in group:
                out = np.zeros(batch.n, dtype=bool)
                if sub is not None:
                    out[rows] = _BY_NAME[name].detect_frame(sub)
                results[name] = out
    data = {
        name: (results[name] if name in results else _BY_NAME[name].detect_frame(batch))
        .astype(np.uint8)
        for name in names
    }
    _displayed_rows(batch, names, data)
    if not data:
        return pd.DataFrame(index=index)
    matrix = counted(np.column_stack([data[n] for n in names]), names)[:, :len(asked)]
    return pd.DataFrame(matrix, columns=asked, index=index)
