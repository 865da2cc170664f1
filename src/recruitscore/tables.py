"""Reading tabular input (CSV, TSV, JSON Lines) and mapping columns onto the schema.

Text is read as text: values such as ``NA``, ``null`` or ``None`` stay strings (only empty
cells are missing), so no message is silently turned into a missing value.

Examples
--------
>>> parse_map(["text=message", "title=sender_headline"])
{'text': 'message', 'title': 'sender_headline'}
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import os
import re
from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence
from pathlib import Path

import pandas as pd

from .errors import InputError
from .schema import FIELDS

__all__ = ["FORMAT_SUFFIXES", "MAX_COLUMNS", "MAX_SPARSE_CELLS", "apply_map", "check_width",
           "delimiter_hint", "detect_format", "duplicates", "first_record", "not_text",
           "parse_map", "read_table", "tsv_unescape"]

#: Most columns (CSV/TSV header) or keys (one JSON Lines object) accepted in an input.
MAX_COLUMNS = 10_000
#: Most cells (rows times distinct keys) of a JSON Lines file read whole (``train``,
#: ``evaluate``, ``score --conversation-col``) when most of them would be empty (rows with
#: different keys): such a table would take far more memory than the file.
MAX_SPARSE_CELLS = 10_000_000


#: What an error about JSON Lines adds when its lines end in a lone CR (both readers).
LONE_CR_HINT = " (its lines end in a lone CR: JSON Lines needs LF or CRLF line ends)"


def duplicates(names: Iterable[object]) -> list[str]:
    """The names that occur more than once, sorted (linear time).

    Examples
    --------
    >>> duplicates(["a", "b", "a", "c", "b"]), duplicates([])
    (['a', 'b'], [])
    """
    counts = Counter(str(n) for n in names)
    return sorted(n for n, k in counts.items() if k > 1)


#: Delimiters that a header read with another one may show it was written with.
DELIMITERS = (",", ";", "\t", "|")


def delimiter_hint(header: Sequence[object] | None, delimiter: str) -> str:
    r"""What an error about a CSV input adds when its header looks written with another
    delimiter: ``" (is the delimiter ';'? pass --sep ';')"``, else ``""``.

    A delimiter is likely when it would cut the header into more fields than ``delimiter``
    did (a semicolon file's header read with commas is one field, ``'id;message'``, or a few
    when a name holds a comma); the most frequent such one wins. Only an error's text uses
    it: a file is always read with the delimiter given (rule R35-D).

    Examples
    --------
    >>> print(delimiter_hint(["id;message"], ","), delimiter_hint(["a,b"], ";"), sep="\n")
     (is the delimiter ';'? pass --sep ';')
     (is the delimiter ','? pass --sep ',')
    >>> print(delimiter_hint(["id;name", " first;message"], ","), delimiter_hint(["x\ty"], ","))
     (is the delimiter ';'? pass --sep ';')  (is the delimiter '\t'? pass --sep '\t')
    >>> delimiter_hint(["id", "message;note"], ","), delimiter_hint(["message"], ",")
    ('', '')
    """
    if not header:
        return ""
    names = [str(n) for n in header]
    counts = {d: sum(n.count(d) for n in names) for d in DELIMITERS if d != delimiter}
    best = max(counts, key=lambda d: counts[d], default=None)
    if best is None or counts[best] + 1 <= len(names):
        return ""
    shown = "\\t" if best == "\t" else best
    return f" (is the delimiter '{shown}'? pass --sep '{shown}')"


_TSV_ESCAPE = re.compile(r"\\[tnr\\]")
_TSV_CHARS = {"\\t": "\t", "\\n": "\n", "\\r": "\r", "\\\\": "\\"}


def _unescape(match: re.Match[str]) -> str:
    return _TSV_CHARS[match.group()]


def tsv_unescape(df: pd.DataFrame) -> pd.DataFrame:
    r"""Turn ``\t``, ``\n``, ``\r`` and ``\\`` back into tab, newline, carriage return and
    backslash, in the text cells and the column names of a TSV file (the way recruitscore writes
    TSV; other backslashes are left alone).

    Examples
    --------
    >>> df = pd.DataFrame({"message": [r"line 1\nline 2", r"C:\\temp", "plain", r"a\qb"]})
    >>> tsv_unescape(df)["message"].tolist()
    ['line 1\nline 2', 'C:\\temp', 'plain', 'a\\qb']
    """
    renames = {c: _TSV_ESCAPE.sub(_unescape, c) for c in df.columns
               if isinstance(c, str) and "\\" in c}
    if renames:
        df = df.rename(columns=renames)
    for j in range(df.shape[1]):
        col = df.iloc[:, j]
        if col.dtype != object and not pd.api.types.is_string_dtype(col.dtype):
            continue
        values = col.tolist()
        if any(isinstance(v, str) and "\\" in v for v in values):
            df.isetitem(j, pd.Series([_TSV_ESCAPE.sub(_unescape, v) if isinstance(v, str) else v
                                      for v in values], index=df.index, dtype=col.dtype))
    return df


def first_record(text: str, delimiter: str, quoting: int) -> tuple[list[str], int] | None:
    """The first non-empty record of CSV ``text`` as :mod:`csv` parses it (the exact names,
    before pandas renames duplicates), and how many characters it took.

    Lines may end in LF, CRLF or a lone CR; a field may be as long as the text. ``None`` when
    there is no record or :mod:`csv` cannot parse it (pandas then reports or accepts it).

    Examples
    --------
    >>> first_record("id,message,message\\r1,a,b\\r", ",", csv.QUOTE_MINIMAL)
    (['id', 'message', 'message'], 19)
    >>> first_record("", ",", csv.QUOTE_MINIMAL) is None
    True
    """
    buf = io.StringIO(text, newline="")
    limit = csv.field_size_limit()
    csv.field_size_limit(max(limit, len(text) + 1))
    try:
        reader = csv.reader(buf, delimiter=delimiter, quoting=quoting)
        row: list[str] = []
        while not row:
            row = next(reader)
    except (StopIteration, csv.Error):
        return None
    finally:
        csv.field_size_limit(limit)
    return row, buf.tell()


def not_text(head: bytes, encoding: str = "utf-8") -> str | None:
    r"""Why a file that starts with ``head`` cannot be read as text in ``encoding``: it is
    gzip-compressed, or UTF-16 (with or without a byte-order mark) read as UTF-8; else None.

    Examples
    --------
    >>> not_text("id,message\n".encode("utf-16"))
    'is UTF-16 (it starts with a UTF-16 byte-order mark); re-encode it as UTF-8'
    >>> not_text("id,message\n".encode("utf-16-le"))
    'looks like UTF-16 (every other byte is NUL); re-encode it as UTF-8'
    >>> not_text(b"\x1f\x8b\x08\x00"), not_text(b"id,message\n")
    ('is gzip-compressed; decompress it first (gunzip)', None)
    """
    if head[:2] == b"\x1f\x8b":
        return "is gzip-compressed; decompress it first (gunzip)"
    try:
        utf8 = codecs.lookup(encoding).name in ("utf-8", "utf-8-sig")
    except LookupError:
        return None
    if not utf8:
        return None
    if head[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return "is UTF-16 (it starts with a UTF-16 byte-order mark); re-encode it as UTF-8"
    sample = head[:4096]
    if len(sample) >= 4:
        even, odd = sample[0::2], sample[1::2]
        for zeros, other in ((odd, even), (even, odd)):
            if zeros.count(0) >= 0.4 * len(zeros) and other.count(0) <= 0.1 * len(other):
                return "looks like UTF-16 (every other byte is NUL); re-encode it as UTF-8"
    return None


def decode_text(data: bytes, name: str, encoding: str = "utf-8",
                errors: str = "strict") -> str:
    r"""Decode the bytes of a file (or standard input) called ``name``, without a leading
    byte-order mark; gzip, UTF-16 and undecodable bytes raise one clear line.

    Raises
    ------
    InputError
        If the bytes are gzip-compressed or UTF-16 read as UTF-8 (see :func:`not_text`), not
        valid ``encoding`` (with ``errors="strict"``), or the encoding is unknown.

    Examples
    --------
    >>> decode_text("\ufeffcafé".encode(), "stdin")
    'café'
    >>> decode_text(b"caf\xe9", "stdin")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    recruitscore.errors.InputError: stdin is not valid utf-8 (undecodable byte at offset 3); ...
    """
    problem = not_text(data[:4096], encoding)
    if problem:
        raise InputError(f"{name} {problem}")
    if errors not in ("strict", "replace"):
        raise InputError(f"encoding errors must be 'strict' or 'replace', not {errors!r}")
    try:
        raw = data.decode(encoding, errors=errors)
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name} is not valid {encoding} (undecodable byte at offset {exc.start}); "
            "re-encode it as UTF-8 or pass --encoding-errors replace"
        ) from None
    except LookupError:
        raise InputError(f"unknown encoding {encoding!r}") from None
    return raw.removeprefix("\ufeff")


def check_width(n: int, what: str) -> None:
    """Raise :class:`InputError` when a header (or object) has more than :data:`MAX_COLUMNS`
    columns.

    Examples
    --------
    >>> check_width(12, "x.csv")
    >>> check_width(MAX_COLUMNS + 1, "x.csv")
    Traceback (most recent call last):
    ...
    recruitscore.errors.InputError: x.csv has 10,001 columns; at most 10,000 are supported
    """
    if n > MAX_COLUMNS:
        raise InputError(f"{what} has {n:,} columns; at most {MAX_COLUMNS:,} are supported")


def parse_map(items: Iterable[str] | None) -> dict[str, str]:
    """Parse ``SRC=DST`` pairs (``--map``) into a dict.

    Raises
    ------
    InputError
        A pair without ``=`` or with an empty side; a column mapped twice to different names,
        or two columns mapped onto one name (ambiguous: rule R35-D).

    Examples
    --------
    >>> parse_map(["text=message", "text = message"])
    {'text': 'message'}
    >>> parse_map(["text=message", "body=message"])  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    recruitscore.errors.InputError: --map text=message and --map body=message both name 'message'...
    """
    out: dict[str, str] = {}
    for item in items or ():
        src, sep, dst = item.partition("=")
        if not sep or not src.strip() or not dst.strip():
            raise InputError(f"--map expects SRC=DST, got {item!r}")
        src, dst = src.strip(), dst.strip()
        if out.get(src, dst) != dst:
            raise InputError(f"--map {src}={out[src]} and --map {src}={dst} map {src!r} twice; "
                             "keep one")
        other = next((s for s, d in out.items() if d == dst and s != src), None)
        if other is not None:
            raise InputError(f"--map {other}={dst} and --map {src}={dst} both name {dst!r}; "
                             "map one column onto it")
        out[src] = dst
    return out


def apply_map(df: pd.DataFrame, mapping: Mapping[str, str]) -> pd.DataFrame:
    """Rename columns ``SRC -> DST``; a missing source column is an error naming what exists.

    A map onto a column the input already has is refused, unless that column is itself mapped
    away (``--map text=message --map message=old_message``): ``--map id=message`` replaced
    the messages with the ids, and the ids were gone (rule R35-D; it used to keep the old
    column as ``original_message`` without a word).

    Raises
    ------
    InputError
        A source column that is not in the input, or a destination that is (and stays).

    Examples
    --------
    >>> df = pd.DataFrame({"id": ["1"], "message": ["hi"]})
    >>> list(apply_map(df, {"id": "message", "message": "old"}).columns)
    ['message', 'old']
    >>> apply_map(df, {"id": "message"})  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    recruitscore.errors.InputError: --map id=message: the input already has a column 'message'...
    """
    if not mapping:
        return df
    missing = [s for s in mapping if s not in df.columns]
    if missing:
        raise InputError(
            f"--map names column(s) {missing} that are not in the input (found: "
            f"{', '.join(map(str, df.columns))})"
        )
    for src, dst in mapping.items():
        if dst != src and dst in df.columns and dst not in mapping:
            raise InputError(
                f"--map {src}={dst}: the input already has a column {dst!r}, which the map "
                f"would replace; map that one away too (--map {dst}=NEW) or leave out the map")
    return df.rename(columns=dict(mapping))


#: The file name suffixes that name a format (``.json`` is read and written as JSON Lines).
FORMAT_SUFFIXES = {".csv": "csv", ".tsv": "tsv", ".tab": "tsv", ".jsonl": "jsonl",
                   ".ndjson": "jsonl", ".json": "jsonl"}


def detect_format(path: str | os.PathLike[str], fmt: str | None = None) -> str:
    """``csv``, ``tsv`` or ``jsonl``, from ``fmt`` or the file extension (default ``csv``)."""
    if fmt:
        fmt = fmt.lower()
        if fmt not in ("csv", "tsv", "jsonl"):
            raise InputError(f"unknown format {fmt!r}: use csv, tsv or jsonl")
        return fmt
    return FORMAT_SUFFIXES.get(Path(str(path)).suffix.lower(), "csv")


def _read_jsonl(text: str, name: str, keep: Collection[str] | None = None) -> pd.DataFrame:
    """JSON Lines text as a DataFrame: one JSON object per line (blank lines skipped), columns
    in order of first appearance (only ``keep``, when given); any other line is an
    :class:`InputError` naming it."""
    records: list[dict[str, object]] = []
    for lineno, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            hint = LONE_CR_HINT if "\r" in line.rstrip("\r") else ""
            raise InputError(f"{name} is not valid JSON Lines{hint}: line {lineno}: {exc.msg} "
                             f"(column {exc.colno}): {line.strip()[:60]!r}") from None
        except RecursionError:
            raise InputError(f"{name} is not valid JSON Lines: line {lineno}: JSON nested too "
                             "deeply") from None
        if not isinstance(obj, dict):
            raise InputError(f"{name} is not valid JSON Lines: line {lineno}: expected a JSON "
                             f"object, got {type(obj).__name__}")
        check_width(len(obj), f"{name} line {lineno}")
        if keep is not None:
            obj = {k: v for k, v in obj.items() if k in keep}
        records.append(obj)
    if not records:
        raise InputError(f"{name} has no rows (no JSON object found)")
    keys = len(dict.fromkeys(k for r in records for k in r))
    values = sum(len(r) for r in records)
    cells = len(records) * keys
    if cells > MAX_SPARSE_CELLS and cells > 20 * values:
        raise InputError(
            f"{name}: {len(records):,} rows with {keys:,} different keys make a table of "
            f"{cells:,} cells, mostly empty (at most {MAX_SPARSE_CELLS:,} when rows carry "
            "different keys); keep only the keys needed (message, label, ...)")
    return pd.DataFrame.from_records(records)


def read_table(
    path: str | os.PathLike[str],
    *,
    fmt: str | None = None,
    sep: str | None = None,
    header: bool = True,
    columns: Sequence[str] | None = None,
    encoding: str = "utf-8",
    encoding_errors: str = "strict",
    column_map: Mapping[str, str] | None = None,
    keep: Collection[str] | None = None,
) -> pd.DataFrame:
    """Read a whole CSV/TSV/JSON Lines file into a DataFrame of text columns.

    Parameters
    ----------
    path : path-like
        The file (``-`` is not accepted here; see :mod:`recruitscore.io` for streaming).
    fmt : {"csv", "tsv", "jsonl"}, optional
        Default: from the extension.
    sep : str, optional
        Field delimiter for CSV/TSV (default ``,`` or tab).
    header : bool
        Whether the first row names the columns; without it, ``columns`` names them.
    columns : sequence of str, optional
        Column names when ``header`` is false.
    encoding, encoding_errors : str
        Text decoding; ``encoding_errors="replace"`` turns undecodable bytes into U+FFFD.
    column_map : mapping, optional
        ``SRC -> DST`` renames applied after reading.
    keep : collection of str, optional
        JSON Lines only: the columns the caller uses (after ``column_map``); other keys are
        not read. A JSON Lines table that would be mostly empty cells (rows with different
        keys) is refused beyond :data:`MAX_SPARSE_CELLS` cells.

    Raises
    ------
    InputError
        Missing or empty file, undecodable bytes (with ``strict``), malformed rows (in JSON
        Lines, a line that is not a JSON object; :func:`recruitscore.io.score_file` keeps such
        rows instead, unscored), duplicate column names; a header with no ``message``
        column (after ``column_map``) that another delimiter would cut into more fields (the
        line names it: :func:`delimiter_hint`).
    """
    p = Path(path)
    if not p.exists():
        raise InputError(f"input file not found: {p}")
    if p.is_dir():
        raise InputError(f"input is a directory, not a file: {p}")
    if p.stat().st_size == 0:
        raise InputError(f"input file is empty: {p}")
    fmt = detect_format(p, fmt)
    data = p.read_bytes()
    raw = decode_text(data, p.name, encoding, encoding_errors)
    if fmt == "jsonl":
        wanted = None if keep is None else {*keep, *(column_map or {})}
        df = _read_jsonl(raw, p.name, wanted)
    else:
        delimiter = sep or ("\t" if fmt == "tsv" else ",")
        delimiter = "\t" if delimiter in ("\\t", "tab", "TAB") else delimiter
        quoting = csv.QUOTE_MINIMAL if delimiter != "\t" else csv.QUOTE_NONE
        if header:
            check_width(re.split("\r\n|\r|\n", raw, maxsplit=1)[0].count(delimiter) + 1, p.name)
            record = first_record(raw, delimiter, quoting)
            names = record[0] if record is not None else []
        elif not columns:
            raise InputError("without a header row, name the columns with --columns")
        else:
            names = list(columns)
        dupes = duplicates(names)
        if dupes:
            raise InputError(f"duplicate column name(s) in {p.name}: {dupes}; rename them")
        try:
            df = pd.read_csv(
                io.StringIO(raw), sep=delimiter, header=0 if header else None,
                names=list(columns) if columns else None, dtype=str, keep_default_na=False,
                na_values=[""], quoting=quoting, engine="c",
            )
        except pd.errors.EmptyDataError:
            raise InputError(f"input file has no rows: {p}") from None
        except (pd.errors.ParserError, ValueError) as exc:
            msg = str(exc).splitlines()[0].replace("Error tokenizing data. C error: ", "")
            raise InputError(f"cannot parse {p.name}: {msg}"
                             f"{delimiter_hint(names if header else None, delimiter)}"
                             ) from None
        hint = delimiter_hint(names if header else None, delimiter)
        if not isinstance(df.index, pd.RangeIndex):
            # pandas reads the surplus fields of a first data row longer than the header (a
            # trailing delimiter, say) as index columns: every column would shift silently
            raise InputError(
                f"cannot parse {p.name}: the first data row has more fields than the header "
                f"({len(df.columns)} columns)" + (hint or "; quote fields holding "
                f"{'tabs' if delimiter == chr(9) else repr(delimiter)}"))
        if hint and "message" not in df.columns and "message" not in (column_map or {}).values():
            # a header read as one field (or a few) that another delimiter would cut into
            # more, and no message column: every command would fail on a missing column;
            # say what is likely wrong instead (rule R35-D)
            raise InputError(f"no 'message' column in {p.name} (found: "
                             f"{', '.join(repr(str(c)) for c in df.columns[:20])}){hint}")
    check_width(len(df.columns), p.name)
    dupes = duplicates(df.columns)
    mangled = [c for c in df.columns if isinstance(c, str) and c.rsplit(".", 1)[0] in FIELDS
               and c.rsplit(".", 1)[-1].isdigit() and c not in FIELDS]
    if dupes or mangled:
        raise InputError(f"duplicate column name(s) in the input: {dupes or mangled}")
    df.columns = [str(c) for c in df.columns]
    if fmt != "jsonl" and (sep or ("\t" if fmt == "tsv" else ",")) in ("\t", "\\t"):
        df = tsv_unescape(df)
    return apply_map(df, column_map or {})
