"""Streaming batch scoring: read a table in chunks, score each chunk, write as it goes.

:func:`score_file` is the engine behind ``recruitscore score``. Memory stays flat whatever the
size of the input: the input is read in chunks of ``chunk_size`` rows (CSV with the pandas C
parser, which handles quoted newlines inside messages; JSON Lines line by line), at most a few
chunks are held at any time, and every scored chunk is written out before the next ones are read.

Guarantees
----------
* Every input row is written, in input order, with all its columns, followed by ``risk``,
  ``band``, ``flagged``, ``signals``, ``reasons`` and ``error``. A row that cannot be (fully)
  scored is still written, with the reason in ``error``.
* Text is read as text: ``NA``, ``null`` or ``None`` stay strings; only empty cells are missing.
* Output files are written to a temporary file beside the target and moved into place only when
  everything succeeded (:func:`os.replace`): a failed run never leaves a half-written file.
  (Standard output cannot be made atomic; validation errors are still raised before anything is
  written.)
* Library code never prints: warnings (duplicate ids, replaced bytes, ...) go to the ``warn``
  callback and into :attr:`ScoreSummary.warnings`.

With ``jobs > 1`` this process and ``jobs - 1`` worker processes (joblib's loky executor) score
chunks side by side; results are written in input order and at most ``4 * jobs`` chunks are in
flight. A worker receives chunks only once it has started and loaded the model, so a slow start
never holds up the output, and it gets the next chunk as soon as it is free. The model is
verified and loaded once in this process, then handed to the workers as a private temporary
``.npz`` copy that each worker loads once (with the same allow-list and hash checks) and
caches.

Examples
--------
>>> import pandas as pd
>>> from pathlib import Path
>>> from tempfile import TemporaryDirectory
>>> from recruitscore.model import train
>>> model = train(pd.DataFrame({"message": ["add me on telegram, keep it between us",
...                                         "engineer role, salary 60-70k, ref AB-1234"] * 10,
...                             "label": [1, 0] * 10}))
>>> with TemporaryDirectory() as tmp:
...     src, dst = Path(tmp, "in.csv"), Path(tmp, "out.csv")
...     _ = src.write_text('id,message\\n1,"Add me on Telegram,\\nkeep it between us"\\n2,NA\\n')
...     summary = score_file(src, dst, model=model)
...     out = pd.read_csv(dst, dtype=str, keep_default_na=False)
>>> summary.rows_read, summary.rows_written, list(out["message"])
(2, 2, ['Add me on Telegram,\\nkeep it between us', 'NA'])
>>> list(out.columns)
['id', 'message', 'risk', 'band', 'flagged', 'signals', 'reasons', 'error']
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import errno
import hashlib
import io
import json
import math
import os
import re
import secrets
import shutil
import sys
import tempfile
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import Future, wait
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import IO, Any, BinaryIO, TextIO

import numpy as np
import pandas as pd

from . import _workers
from .errors import InputError, RecruitscoreError, check_threshold_arg, naming
from .model import Model, _sha256, load_model
from .normalize import surrogate_note, to_text, without_surrogates
from .schema import join_notes
from .scoring import (
    OUTPUT_COLUMNS,
    apply_threshold,
    get_default_model,
    input_renames,
    score_frame,
    use_model,
)
from .tables import (
    FORMAT_SUFFIXES,
    LONE_CR_HINT,
    MAX_COLUMNS,
    apply_map,
    check_width,
    delimiter_hint,
    detect_format,
    duplicates,
    first_record,
    not_text,
    tsv_unescape,
)

__all__ = [
    "MAX_CHUNK_BYTES",
    "MAX_CHUNK_CELLS",
    "Chunk",
    "DecodedStream",
    "ProgressCallback",
    "ScoreSummary",
    "WarnCallback",
    "atomic_output",
    "atomic_outputs",
    "defuse_formulas",
    "defuse_frame",
    "format_chunk",
    "iter_csv_chunks",
    "iter_jsonl_chunks",
    "open_input",
    "open_mode",
    "refuse_overwrite",
    "remove_temporary",
    "score_file",
    "tsv_escape",
]

#: ``progress(bytes_done, bytes_total_or_None, rows_done)``, called after each written chunk.
ProgressCallback = Callable[[int, "int | None", int], None]
#: ``warn(message)``: one line, no prefix.
WarnCallback = Callable[[str], None]

_BLOCK = 1 << 20  # bytes read from the input at a time
#: Most cells (rows times columns) in a chunk of JSON Lines rows: a chunk of rows with many
#: different keys holds fewer rows.
MAX_CHUNK_CELLS = 250_000
#: Most characters of text in a chunk (CSV: its cells; JSON Lines: its lines): a chunk of long
#: messages holds fewer rows. Scoring holds some 25 times a chunk's text, so 10,000 messages of
#: 23 kB took 5.9 GB in one process (review16). A CSV chunk is read in pieces of at most
#: :data:`_PIECE_ROWS` rows, each sized from the rows before it, so that no run of rows (short
#: ones first, then long ones: review17) makes one much larger.
MAX_CHUNK_BYTES = 16 << 20
_PIECE_ROWS = 250
_MAX_HEADER_CHARS = 1 << 24
_ESCAPED = re.compile("[\udc80-\udcff]")  # bytes kept by errors="surrogateescape"
#: Inputs with fewer rows are scored in this process: starting worker processes (imports)
#: costs more than they save.
_MIN_PARALLEL_ROWS = 20_000


# -- summary ------------------------------------------------------------------------------------
@dataclass
class ScoreSummary:
    """What :func:`score_file` did.

    Attributes
    ----------
    rows_read, rows_written : int
        Data rows read and written (always equal after a successful run).
    flagged : int
        Rows whose risk reached the threshold.
    errors : int
        Rows that could not be scored (no risk; ``error`` says why).
    notes : int
        Rows scored with a note in ``error`` (an empty message, a garbage profile value treated
        as unknown, padding cut, ...).
    replaced_bytes : int
        Undecodable input bytes replaced by U+FFFD (``encoding_errors="replace"``).
    duplicate_ids : int
        Rows whose ``id_col`` value had already been seen (they are kept).
    seconds : float
        Wall time of the run (the command line counts its own start-up too).
    warnings : list of str
        Every warning also sent to the ``warn`` callback.

    Examples
    --------
    >>> ScoreSummary(rows_read=3, rows_written=3, flagged=1, errors=0, notes=1,
    ...              seconds=0.25).line()
    'read 3 rows, wrote 3, flagged 1, not scored 0, with notes 1 in 0.2 s (12 rows/s)'
    """

    rows_read: int = 0
    rows_written: int = 0
    flagged: int = 0
    errors: int = 0
    notes: int = 0
    replaced_bytes: int = 0
    duplicate_ids: int = 0
    seconds: float = 0.0
    warnings: list[str] = field(default_factory=list)

    def line(self) -> str:
        """The one-line summary that ``recruitscore score`` prints on stderr."""
        parts = [
            f"read {self.rows_read:,} rows, wrote {self.rows_written:,}, "
            f"flagged {self.flagged:,}, not scored {self.errors:,}, with notes {self.notes:,}"
        ]
        if self.replaced_bytes:
            parts.append(f", replaced bytes {self.replaced_bytes:,}")
        if self.duplicate_ids:
            parts.append(f", duplicate ids {self.duplicate_ids:,}")
        rate = self.rows_written / self.seconds if self.seconds > 0 else 0.0
        parts.append(f" in {self.seconds:.1f} s ({rate:,.0f} rows/s)")
        return "".join(parts)


# -- decoding -----------------------------------------------------------------------------------
class DecodedStream(io.TextIOBase):
    """Decode a binary stream incrementally, for the pandas C parser and for line reading.

    A leading byte-order mark is dropped. With ``errors="strict"`` an undecodable byte raises
    :class:`InputError` naming its offset; with ``errors="replace"`` every undecodable byte
    becomes U+FFFD and is counted in :attr:`replaced_bytes`.

    Parameters
    ----------
    raw : binary file object
        The input (a file opened ``"rb"``, ``sys.stdin.buffer``, ``io.BytesIO``...).
    encoding : str
        A Python codec name.
    errors : {"strict", "replace"}
        What to do with undecodable bytes.
    name : str
        Shown in error messages.

    Examples
    --------
    >>> s = DecodedStream(io.BytesIO(b"\\xef\\xbb\\xbfcaf\\xe9\\n"), errors="replace")
    >>> s.read() == "caf\\ufffd\\n", s.replaced_bytes
    (True, 1)
    >>> DecodedStream(io.BytesIO(b"ok\\xff"), name="x.csv").read()
    Traceback (most recent call last):
    ...
    recruitscore.errors.InputError: x.csv is not valid utf-8 (undecodable byte at offset 2); \
re-encode it as UTF-8 or pass --encoding-errors replace
    """

    def __init__(
        self, raw: BinaryIO | IO[bytes], *, encoding: str = "utf-8", errors: str = "strict",
        name: str = "input", block_size: int = _BLOCK,
    ) -> None:
        super().__init__()
        if errors not in ("strict", "replace"):
            raise InputError(f"encoding errors must be 'strict' or 'replace', got {errors!r}")
        try:
            info = codecs.lookup(encoding)
        except LookupError:
            raise InputError(f"unknown encoding {encoding!r}") from None
        self._raw = raw
        self._encoding = info.name
        self._errors = errors
        handler = "strict" if errors == "strict" else "surrogateescape"
        self._decoder = info.incrementaldecoder(handler)
        self._block = block_size
        self._buf = ""
        self._off = 0
        self._eof = False
        self._started = False
        self.name = name
        #: Raw bytes consumed from the input so far.
        self.bytes_read = 0
        #: Undecodable bytes replaced by U+FFFD so far.
        self.replaced_bytes = 0

    def readable(self) -> bool:
        """Always true: this is an input stream."""
        return True

    def _decode_block(self) -> str:
        data = self._raw.read(self._block)
        final = not data
        if not self.bytes_read and data:
            problem = not_text(data, self._encoding)
            if problem:
                raise InputError(f"{self.name} {problem}")
        state = self._decoder.getstate()
        pending = len(state[0]) if isinstance(state[0], bytes) else 0
        try:
            text = self._decoder.decode(data, final)
        except UnicodeDecodeError as exc:
            offset = self.bytes_read - pending + exc.start
            raise InputError(
                f"{self.name} is not valid {self._encoding} (undecodable byte at offset "
                f"{offset}); re-encode it as UTF-8 or pass --encoding-errors replace"
            ) from None
        self.bytes_read += len(data)
        if final:
            self._eof = True
        if self._errors == "replace" and _ESCAPED.search(text):
            text, n = _ESCAPED.subn("\ufffd", text)
            self.replaced_bytes += n
        if not self._started and text:
            self._started = True
            text = text.removeprefix("\ufeff")
        return text

    def _fill(self) -> bool:
        """Append a decoded block to the buffer; False at the end of the input."""
        if self._eof:
            return False
        text = self._decode_block()
        if self._off:
            self._buf = self._buf[self._off:]
            self._off = 0
        self._buf += text
        return True

    def peek(self, size: int) -> str:
        """Up to ``size`` characters ahead, without consuming them (fewer only at the end)."""
        while len(self._buf) - self._off < size and self._fill():
            pass
        return self._buf[self._off:self._off + size]

    def read(self, size: int | None = -1) -> str:
        """Read ``size`` characters (all that is left when ``size`` is negative or None)."""
        if size is None or size < 0:
            while self._fill():
                pass
            out = self._buf[self._off:]
            self._buf, self._off = "", 0
            return out
        parts = []
        while size > 0:
            if self._off >= len(self._buf):
                if not self._fill():
                    break
                continue
            piece = self._buf[self._off:self._off + size]
            self._off += len(piece)
            size -= len(piece)
            parts.append(piece)
        return "".join(parts)

    def iter_lines(self) -> Iterator[str]:
        """Lines split on ``\\n`` only (a JSON string may hold U+2028), without the newline."""
        rest = self._buf[self._off:]  # what peek() read ahead: whole lines too
        self._buf, self._off = "", 0
        while not self._eof:
            block = self._decode_block()
            if not block:
                continue
            lines = (rest + block).split("\n")
            rest = lines.pop()
            yield from lines
        *lines, rest = rest.split("\n")
        yield from lines
        if rest:
            yield rest


@contextlib.contextmanager
def open_input(
    source: str | os.PathLike[str] | BinaryIO, *, encoding: str = "utf-8",
    encoding_errors: str = "strict",
) -> Iterator[DecodedStream]:
    """Open ``source`` (a path, ``-`` for stdin, or a binary file object) as a decoded stream.

    Raises
    ------
    InputError
        Missing file, a directory, an empty file, an unknown encoding.
    """
    if hasattr(source, "read"):
        yield DecodedStream(source, encoding=encoding, errors=encoding_errors,  # type: ignore[arg-type]
                            name=str(getattr(source, "name", "input")))
        return
    if str(source) == "-":
        raw = getattr(sys.stdin, "buffer", None)
        if raw is None:  # pragma: no cover - a text-only stdin
            raw = io.BytesIO(sys.stdin.read().encode("utf-8"))
        yield DecodedStream(raw, encoding=encoding, errors=encoding_errors, name="<stdin>")
        return
    path = Path(source)  # type: ignore[arg-type]
    if not path.exists():
        raise InputError(f"input file not found: {path}")
    if path.is_dir():
        raise InputError(f"input is a directory, not a file: {path}")
    if path.is_file() and path.stat().st_size == 0:  # (a pipe such as <(...) has size 0)
        raise InputError(f"input file is empty: {path}")
    with path.open("rb") as fh:
        yield DecodedStream(fh, encoding=encoding, errors=encoding_errors, name=path.name)


# -- reading ------------------------------------------------------------------------------------
@dataclass
class Chunk:
    """A block of input rows.

    Attributes
    ----------
    frame : DataFrame
        The rows (columns already renamed with the column map).
    start : int
        Index of the first row in the input (0-based, data rows only).
    row_errors : list of str or None
        Per-row reasons why a row could not be read (JSON Lines); such rows are written
        unscored. ``None`` when every row was read.
    notes : list of str or None
        Per-row notes added to ``error`` while the row is still scored (e.g. duplicate keys).
    bytes_read : int
        Input bytes consumed when the chunk was complete (for progress).
    """

    frame: pd.DataFrame
    start: int
    row_errors: list[str] | None = None
    notes: list[str] | None = None
    bytes_read: int = 0


def _found(columns: Sequence[object]) -> str:
    names = [str(c) for c in columns]
    shown = ", ".join(repr(c) for c in names[:20])
    if len(names) > 20:
        shown += f", ... ({len(names)} columns)"
    return shown or "none"


def _check_columns(columns: Sequence[object], name: str, delimiter: str | None) -> None:
    """Raise :class:`InputError` unless the (mapped) columns are unique and hold ``message``."""
    check_width(len(columns), name)
    dupes = duplicates(columns)
    if dupes:
        raise InputError(f"duplicate column name(s) in {name}: {dupes}; rename them")
    if "message" not in columns:
        hint = delimiter_hint(columns, delimiter) if delimiter is not None else ""
        raise InputError(
            f"no 'message' column in {name} (found: {_found(columns)}){hint}; "
            "map one with --map SRC=message"
        )


def _csv_header(stream: DecodedStream, delimiter: str, quoting: int) -> list[str] | None:
    """The first record parsed by :mod:`csv` (exact names, before pandas renames duplicates)."""
    size = 1 << 16
    while True:
        text = stream.peek(size)
        at_end = len(text) < size
        record = first_record(text, delimiter, quoting)
        if record is None and at_end:
            return None  # let pandas report (or accept) it
        if record is not None and (at_end or record[1] < len(text)):
            return record[0]
        if size >= _MAX_HEADER_CHARS:
            raise InputError(f"the header of {stream.name} is longer than {size:,} characters")
        size *= 4


def _delimiter(fmt: str, sep: str | None) -> str:
    if sep is None:
        return "\t" if fmt == "tsv" else ","
    if sep in ("\\t", "tab", "TAB"):
        return "\t"
    if len(sep) != 1:
        raise InputError(f"--sep must be a single character, got {sep!r}")
    return sep


def iter_csv_chunks(
    stream: DecodedStream, *, sep: str | None = None, fmt: str = "csv", chunk_size: int = 10_000,
    column_map: Mapping[str, str] | None = None,
) -> Iterator[Chunk]:
    """Read CSV/TSV in chunks of text columns (quoted newlines work; ``NA`` stays text).

    The header is validated before the first chunk is returned: duplicate names and a missing
    ``message`` column (after ``column_map``) raise :class:`InputError`. A header without rows
    yields one empty chunk.

    Examples
    --------
    >>> s = DecodedStream(io.BytesIO(b'id;message\\r\\n1;"a\\r\\nb"\\r\\n2;null\\r\\n'))
    >>> [c.frame.to_dict("records") for c in iter_csv_chunks(s, sep=";", chunk_size=1)]
    [[{'id': '1', 'message': 'a\\r\\nb'}], [{'id': '2', 'message': 'null'}]]
    """
    delimiter = _delimiter(fmt, sep)
    quoting = csv.QUOTE_NONE if delimiter == "\t" else csv.QUOTE_MINIMAL
    header = _csv_header(stream, delimiter, quoting)
    if header is not None:
        check_width(len(header), f"the header of {stream.name}")
        dupes = duplicates(header)
        if dupes:
            raise InputError(f"duplicate column name(s) in {stream.name}: {dupes}; rename them")
    try:
        reader = pd.read_csv(  # (in pieces of a chunk: see MAX_CHUNK_BYTES)
            stream, sep=delimiter, chunksize=min(chunk_size, _PIECE_ROWS), dtype=str,
            keep_default_na=False, na_values=[""], quoting=quoting, engine="c",
        )
    except pd.errors.EmptyDataError:
        raise InputError(f"{stream.name} is empty (no header row)") from None
    except (pd.errors.ParserError, ValueError) as exc:
        if isinstance(exc, RecruitscoreError):
            raise
        raise InputError(f"cannot parse {stream.name}: {str(exc).splitlines()[0]}"
                         f"{delimiter_hint(header, delimiter)}") from None
    start = 0
    checked = False
    pending: list[pd.DataFrame] = []  # pieces of the next chunk
    rows = chars = 0
    row_chars = 0.0  # characters of a row, as the last piece and the chunk so far show them

    def chunk() -> Chunk:
        frame = pending[0] if len(pending) == 1 else pd.concat(pending, ignore_index=True)
        frame.index = pd.RangeIndex(start, start + len(frame))
        return Chunk(frame, start, bytes_read=stream.bytes_read)

    with reader:
        while True:
            # the next piece: at most _PIECE_ROWS rows, never past chunk_size, and as many as
            # keep the chunk near MAX_CHUNK_BYTES at the longer of the mean rows of the chunk
            # so far and of the last piece (review18)
            room = chunk_size - rows
            if row_chars:
                room = min(room, max(1, int((MAX_CHUNK_BYTES - chars) / row_chars)))
            try:
                frame = reader.get_chunk(max(1, min(_PIECE_ROWS, room)))
            except StopIteration:
                break
            except (pd.errors.ParserError, ValueError) as exc:
                if isinstance(exc, RecruitscoreError):
                    raise
                msg = str(exc).splitlines()[0].replace("Error tokenizing data. C error: ", "")
                # a header that looks written with another delimiter says so (rule R35-D)
                raise InputError(f"cannot parse {stream.name}: {msg}"
                                 f"{delimiter_hint(header, delimiter)}") from None
            if not isinstance(frame.index, pd.RangeIndex):
                # pandas reads the surplus fields of a first data row longer than the header
                # as index columns: the ids and messages would shift silently
                hint = delimiter_hint(header, delimiter)
                raise InputError(
                    f"cannot parse {stream.name}: the first data row has more fields than the "
                    f"header ({len(frame.columns)} columns)" + (hint or "; quote fields holding "
                    f"{'tabs' if delimiter == chr(9) else repr(delimiter)}"))
            frame.columns = [str(c) for c in frame.columns]
            if delimiter == "\t":
                frame = tsv_unescape(frame)
            frame = apply_map(frame, column_map or {})
            if not checked:
                _check_columns(list(frame.columns), stream.name, delimiter)
                checked = True
            pending.append(frame)
            piece_chars = _cell_chars(frame)
            rows += len(frame)
            chars += piece_chars
            if len(frame):
                row_chars = max(piece_chars / len(frame), chars / rows)
            if rows >= chunk_size or chars >= MAX_CHUNK_BYTES:
                done = chunk()
                yield done
                start += len(done.frame)
                pending, rows, chars = [], 0, 0
        if pending:
            yield chunk()


def _cell_chars(frame: pd.DataFrame) -> int:
    """The characters in a frame's text cells (what a chunk's scoring holds in memory)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    total = 0
    for _, col in frame.items():
        values = col.array
        if isinstance(values, pd.arrays.ArrowStringArray):
            # as read from CSV: Arrow's character count, without building a Series per
            # column (the pandas way cost 1 ms per piece of 250 rows, 0.4 s of 100,000 rows)
            total += pc.sum(pc.utf8_length(pa.array(values))).as_py() or 0
        elif col.dtype == object or pd.api.types.is_string_dtype(col):
            total += int(col.str.len().sum())
    return int(total)


class _KeyCheck(dict):  # type: ignore[type-arg]
    """A JSON object that remembers whether a key was repeated."""

    duplicates: tuple[str, ...] = ()
    joined: tuple[str, ...] = ()  # the repeated keys whose texts were joined


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object from its key-value pairs. A key given twice or more whose values are all
    text gets them all, joined by a blank line: a viewer may show any of them (most show the
    first, Python's reader keeps the last), so a hostile message hidden in one copy of
    ``message`` is scored with the others (red-team round 7). Any other repeated key keeps its
    last value. Both are noted.

    Examples
    --------
    >>> obj = _pairs([("message", "Add me on WhatsApp"), ("id", 1), ("message", "hello"),
    ...               ("id", 2)])
    >>> obj["message"], obj["id"], obj.duplicates, obj.joined
    ('Add me on WhatsApp\\n\\nhello', 2, ('message', 'id'), ('message',))
    """
    obj = _KeyCheck(pairs)
    if len(obj) < len(pairs):
        seen: set[str] = set()
        dupes = tuple(dict.fromkeys(k for k, _ in pairs if k in seen or seen.add(k)))  # type: ignore[func-returns-value]
        obj.duplicates = dupes
        joined = []
        for key in dupes:
            values = [v for k, v in pairs if k == key]
            if all(isinstance(v, str) for v in values):
                obj[key] = "\n\n".join(dict.fromkeys(values))
                joined.append(key)
        obj.joined = tuple(joined)
    return obj


#: An "id" a line that is not valid JSON still shows plainly (a string or a short number that
#: ends there).
_PLAIN_ID = re.compile(r'"id"\s*:\s*(?:("(?:[^"\\]|\\.){0,200}")|(-?[0-9]{1,30}(?:\.[0-9]{1,30})?'
                       r'(?:[eE][+-]?[0-9]{1,3})?)(?=\s*(?:[,}]|$)))')


def _id_only(line: str) -> dict[str, Any]:
    """The id of a line Python's JSON reader refused, when the line shows it plainly and has
    one "id" key (an "id" inside a nested object could be taken for it), so the row's error
    still comes out with its id; else nothing."""
    if line.count('"id"') != 1:
        return {}
    m = _PLAIN_ID.search(line)
    if m is None:
        return {}
    try:
        value = json.loads(m.group(1) or m.group(2))
    except ValueError:
        return {}
    return {} if isinstance(value, float) and not math.isfinite(value) else {"id": value}


_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def _clean(value: Any, fixes: list[str]) -> Any:
    """``value`` with every lone surrogate (a ``\\udc80`` escape, not UTF-8) replaced by
    U+FFFD, one for one; a note per replaced run goes into ``fixes``."""
    if isinstance(value, str):
        value, n = without_surrogates(value)
        if n:
            fixes.append(surrogate_note(n))
        return value
    if isinstance(value, dict):
        out = _KeyCheck((_clean(k, fixes), _clean(v, fixes)) for k, v in value.items())
        out.duplicates = getattr(value, "duplicates", ())
        return out
    if isinstance(value, list):
        return [_clean(v, fixes) for v in value]
    return value


#: Characters of a JSON Lines input read ahead to decide whether it has messages at all.
JSONL_LOOKAHEAD = 1 << 20


def _jsonl_has_messages(stream: DecodedStream, column_map: Mapping[str, str]) -> bool:
    """Whether a line read ahead (the first :data:`JSONL_LOOKAHEAD` characters) has a
    ``message`` key, or the key mapped to it. ``False`` decides nothing: the first chunk must
    then have one, as before (a file whose first MiB has none but whose first chunk has one
    was read before this look-ahead, and still is; review27)."""
    keys = {k for k, v in column_map.items() if v == "message"}
    if "message" not in column_map:
        keys.add("message")
    text = stream.peek(JSONL_LOOKAHEAD)
    lines = text.split("\n")
    if len(text) == JSONL_LOOKAHEAD:
        lines.pop()  # cut short
    for line in lines:
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except (ValueError, RecursionError):
            continue
        if isinstance(obj, dict) and keys & obj.keys():
            return True
    return False


def iter_jsonl_chunks(
    stream: DecodedStream, *, chunk_size: int = 10_000,
    column_map: Mapping[str, str] | None = None,
) -> Iterator[Chunk]:
    """Read JSON Lines in chunks (one object per line; blank lines are skipped).

    A line that is not a JSON object becomes a row with empty columns and the reason in
    ``row_errors``: it is written, unscored, so that the output keeps one row per input line.
    Columns are the keys in order of first appearance; values keep their JSON types; a key a
    row does not have is NaN (an explicit ``null`` is None).

    A chunk's columns are the keys of its own rows (not every key seen before), and a chunk
    ends early once rows times columns reach :data:`MAX_CHUNK_CELLS`: memory stays flat when
    rows carry many different keys.

    Examples
    --------
    >>> data = b'{"message": "hi", "n": 1}\\n\\n{oops\\n{"message": "NA"}\\n'
    >>> s = DecodedStream(io.BytesIO(data))
    >>> chunk = next(iter_jsonl_chunks(s))
    >>> chunk.frame.to_dict("records")[::2]
    [{'message': 'hi', 'n': 1}, {'message': 'NA', 'n': nan}]
    >>> chunk.row_errors[1]
    "line 3: invalid JSON (Expecting property name enclosed in double quotes, column 2): '{oops'"
    """
    columns: dict[str, None] = {}  # the keys of this chunk's rows, in order of appearance
    seen: set[str] = set()  # every key of the input
    records: list[dict[str, Any]] = []
    errors: list[str] = []
    notes: list[str] = []
    start = 0
    checked = False
    # whether the file has messages is decided once, on what is read ahead, whatever the chunk
    # size; then a line (or a whole chunk) without one is an empty message (review25)
    has_messages = _jsonl_has_messages(stream, column_map or {})

    def flush() -> Chunk:
        nonlocal checked
        names = list(columns)
        if checked:  # a mapped key that no row of this chunk has is still a column
            names += [k for k in (column_map or {}) if k not in columns]
        frame = pd.DataFrame(records, columns=names, dtype=object)
        if not checked and all(errors) and not any(k in columns for k in ("message",
                                                                        *(column_map or {}))):
            # not a single JSON object in the first chunk: say why, not "no message column"
            hint = LONE_CR_HINT if lone_cr else ""
            raise InputError(f"{stream.name}: no line is a JSON object{hint}; is it JSON Lines? "
                             f"(first problem: {errors[0]})")
        frame = apply_map(frame, column_map or {})
        if "message" not in frame.columns and (has_messages or checked):
            frame["message"] = pd.Series([None] * len(frame), dtype=object, index=frame.index)
        if not checked:
            _check_columns(list(frame.columns), stream.name, None)
            checked = True
        frame.index = pd.RangeIndex(start, start + len(frame))
        return Chunk(frame, start, errors if any(errors) else None,
                     notes if any(notes) else None, stream.bytes_read)

    fixes: list[str] = []

    def number(text: str) -> float | str:
        value = float(text)
        if math.isfinite(value):
            return value
        fixes.append(f"number {text[:40]} is out of range; kept as text")
        return text

    def constant(text: str) -> str:
        fixes.append(f"{text} is not a JSON number; kept as text")
        return text

    lone_cr = False
    chars = 0  # of the lines of this chunk (MAX_CHUNK_BYTES)
    for lineno, line in enumerate(stream.iter_lines(), start=1):
        if not line.strip():
            continue
        if not start and "\r" in line.rstrip("\r"):
            lone_cr = True
        err = note = ""
        fixes.clear()
        try:
            obj = json.loads(line, object_pairs_hook=_pairs, parse_float=number,
                             parse_constant=constant)
        except ValueError as exc:
            detail = f"{exc.msg}, column {exc.colno}" if isinstance(exc, json.JSONDecodeError) \
                else str(exc)
            obj, err = _id_only(line), (f"line {lineno}: invalid JSON ({detail}): "
                                        f"{line.strip()[:60]!r}")
        except RecursionError:
            obj, err = _id_only(line), f"line {lineno}: JSON nested too deeply"
        if not isinstance(obj, dict):
            obj, err = {}, f"line {lineno}: expected a JSON object, got {type(obj).__name__}"
        elif len(obj) > MAX_COLUMNS:
            obj, err = {}, (f"line {lineno}: an object with {len(obj):,} keys (at most "
                            f"{MAX_COLUMNS:,} are supported)")
        else:
            if _SURROGATE_ESCAPE.search(line):
                obj = _clean(obj, fixes)
            dupes = getattr(obj, "duplicates", ())
            joined = getattr(obj, "joined", ())
            last = [k for k in dupes if k not in joined]
            parts = [f"duplicate key(s) {list(joined)}; their texts were joined"] if joined \
                else []
            if last:
                parts.append(f"duplicate key(s) {last}; the last value was used")
            if fixes:
                parts.append(f"line {lineno}: " + "; ".join(dict.fromkeys(fixes)))
            note = "; ".join(parts)
        for key in obj:
            if key not in columns:
                columns[key] = None
                seen.add(key)
        if len(seen) > MAX_COLUMNS:
            raise InputError(f"{stream.name} has more than {MAX_COLUMNS:,} distinct keys (line "
                             f"{lineno}); at most {MAX_COLUMNS:,} columns are supported")
        records.append(obj)
        errors.append(err)
        notes.append(note)
        chars += len(line)
        if len(records) >= chunk_size or len(records) * len(columns) >= MAX_CHUNK_CELLS \
                or chars >= MAX_CHUNK_BYTES:
            yield flush()
            start += len(records)
            records, errors, notes = [], [], []
            columns = {}
            chars = 0
    if records:
        yield flush()
    elif not start:
        raise InputError(f"{stream.name} has no rows (no JSON object found)")


# -- scoring one chunk --------------------------------------------------------------------------
@dataclass
class _Spec:
    """What a worker needs to score and format a chunk (picklable)."""

    fmt_out: str
    columns: list[str] | None  # fixed CSV header (input part), None for JSON Lines output
    threshold: float | None
    model: Model | None = None  # in-process only
    model_file: str | None = None  # a model copy written by score_file, for worker processes
    sanitize_formulas: bool = True
    missing_keys: bool = True  # False: JSON Lines rows leave out keys their input did not have


@dataclass
class _Result:
    text: str
    rows: int
    flagged: int
    errors: int
    notes: int = 0
    pid: int = field(default_factory=os.getpid)  # the process that scored it


_WORKER_MODEL: dict[str, Model] = {}


def _worker_model(path: str) -> Model:
    """The model handed over by the parent process, loaded once per worker process."""
    _workers.watch_parent()
    model = _WORKER_MODEL.get(path)
    if model is None:
        model = load_model(path)  # a copy written by score_file, verified on load
        _WORKER_MODEL.clear()  # a long-lived worker keeps only the current run's model
        _WORKER_MODEL[path] = model
    return model


def _unscored(frame: pd.DataFrame, reason: str | list[str]) -> pd.DataFrame:
    out = frame.rename(columns=input_renames(frame.columns))
    out["risk"] = np.nan
    out["band"] = ""
    out["flagged"] = False
    out["signals"] = ""
    out["reasons"] = ""
    out["error"] = reason
    return out


def _score_rows(frame: pd.DataFrame, model: Model) -> pd.DataFrame:
    """``score_frame``, falling back to row by row so that one bad row cannot sink a chunk."""
    try:
        return score_frame(frame, model=model)
    except RecruitscoreError:
        raise
    except Exception:
        parts = []
        for i in range(len(frame)):
            row = frame.iloc[i:i + 1]
            try:
                parts.append(score_frame(row, model=model))
            except Exception as exc:
                msg = f"could not be scored: {type(exc).__name__}: {str(exc)[:200]}"
                parts.append(_unscored(row, msg))
        return pd.concat(parts)


def _text_cell(value: Any) -> str:
    if isinstance(value, str):
        return value
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return to_text(value)


def _json_cell(value: Any) -> Any:
    if isinstance(value, np.generic):
        value = value.item()
    if value is pd.NA or (isinstance(value, float) and not math.isfinite(value)):
        return None  # strict JSON has no NaN or Infinity (the reader keeps 1e400 as text)
    return value


#: First characters that make a spreadsheet read a cell as a formula (OWASP CSV injection).
FORMULA_STARTS = frozenset("=+-@\t\r")
_PLAIN_NUMBER = re.compile(r"[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")
_TSV_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})


def defuse_formulas(values: list[str]) -> list[str]:
    """Prefix a single quote to every value that a spreadsheet would run as a formula (it starts
    with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return), as OWASP recommends.

    A plain number such as ``-5`` or ``+1.5e3`` is left as it is: it cannot run anything.

    Examples
    --------
    >>> print(*defuse_formulas(["=HYPERLINK(A1)", "-2+3", "@SUM(A1)", "hello", "a-b", "-5"]))
    '=HYPERLINK(A1) '-2+3 '@SUM(A1) hello a-b -5
    """
    return ["'" + v if v[:1] in FORMULA_STARTS and not _PLAIN_NUMBER.fullmatch(v) else v
            for v in values]


def defuse_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``frame`` whose text cells (and column names) go through
    :func:`defuse_formulas`, for tables written as CSV with :meth:`DataFrame.to_csv`.

    Numbers, booleans and missing values are left as they are.

    Examples
    --------
    >>> df = pd.DataFrame({"title": ["=1+1", "ok"], "risk": [-0.5, 0.25], "from": ["@x", ""]})
    >>> defuse_frame(df).to_dict("list")
    {'title': ["'=1+1", 'ok'], 'risk': [-0.5, 0.25], 'from': ["'@x", '']}
    """
    out = frame.copy()
    out.columns = defuse_formulas([str(c) for c in out.columns])
    for j in range(out.shape[1]):
        col = out.iloc[:, j]
        if col.dtype != object and not pd.api.types.is_string_dtype(col.dtype):
            continue
        values = col.tolist()
        if any(isinstance(v, str) and v[:1] in FORMULA_STARTS for v in values):
            out.isetitem(j, pd.Series(
                [defuse_formulas([v])[0] if isinstance(v, str) else v for v in values],
                index=out.index, dtype=col.dtype))
    return out


def tsv_escape(values: list[str]) -> list[str]:
    r"""Escape backslash, tab, newline and carriage return as ``\\``, ``\t``, ``\n`` and
    ``\r``: TSV has no quoting, so this is how a field holds them (the convention of PostgreSQL
    ``COPY``, MySQL and ClickHouse). :func:`recruitscore.tables.tsv_unescape` reverses it.

    Examples
    --------
    >>> print(*tsv_escape(["a\tb", "line 1\nline 2", "C:\\temp"]))
    a\tb line 1\nline 2 C:\\temp
    """
    return [v.translate(_TSV_ESCAPES) for v in values]


def _rows_text(cols: list[list[str]], fmt: str) -> str:
    """Rows (given as columns of text) as CSV (quoted where needed) or TSV (escaped)."""
    if fmt == "tsv":
        return "".join("\t".join(row) + "\n"
                       for row in zip(*(tsv_escape(c) for c in cols), strict=True))
    text = _csv_text(cols) if len(cols) > 1 else None
    if text is not None:
        return text
    rows = list(zip(*cols, strict=True))
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    text = buf.getvalue()
    if "\r" in text:
        # csv quotes fields holding the line terminator ("\n") but not a lone "\r": quote
        # every field of such rows so that readers do not see a line break
        buf = io.StringIO()
        minimal = csv.writer(buf, lineterminator="\n")
        quoted = csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_ALL)
        for row in rows:
            (quoted if any("\r" in f for f in row) else minimal).writerow(row)
        text = buf.getvalue()
    return text


def _csv_text(cols: list[list[str]]) -> str | None:
    """What ``csv.writer(lineterminator="\\n")`` (minimal quoting) writes for rows of two fields
    or more, all text: a field is quoted when it holds a comma, a quote or a line break, and its
    quotes are doubled. ``None`` when a field holds a carriage return or is not text (the
    callers' ``csv`` path handles those).

    The writer walks every character in Python's C loop: three times as slow as these ``in``
    tests and joins (10,000 scored benchmark rows: 245 -> 80 ms). Tested against ``csv``.
    """
    try:
        quoted = [[f'"{v.replace(chr(34), chr(34) * 2)}"' if ("," in v or '"' in v or "\n" in v)
                   else v for v in col] for col in cols]
        text = "".join([",".join(row) + "\n" for row in zip(*quoted, strict=True)])
    except TypeError:  # a value that is not text
        return None
    return None if "\r" in text else text


def format_chunk(out: pd.DataFrame, fmt: str, columns: Sequence[str] | None = None, *,
                 sanitize_formulas: bool = True, missing_keys: bool = True) -> str:
    """Serialise a scored chunk (no header): CSV via :mod:`csv`, TSV, or JSON Lines.

    ``columns`` fixes the CSV columns (missing ones are written empty, extra ones dropped).
    CSV and TSV cells that a spreadsheet would run as formulas get a leading single quote
    unless ``sanitize_formulas`` is false (see :func:`defuse_formulas`); TSV fields are escaped
    (see :func:`tsv_escape`). JSON Lines output is strict JSON (no ``NaN`` or ``Infinity``);
    with ``missing_keys`` false, a JSON Lines row leaves out the input columns it has no value
    for (NaN: a key its input line did not have), so sparse keys are not written as ``null``
    on every row (the score columns are always written).

    Examples
    --------
    >>> out = pd.DataFrame({"message": ["a,b", 'a "b" c', "=1+1"], "risk": [0.5, float("nan"),
    ...                     0.25], "flagged": [True, False, False]})
    >>> print(format_chunk(out, "csv"), end="")
    "a,b",0.500000,True
    "a ""b"" c",,False
    '=1+1,0.250000,False
    >>> print(format_chunk(out, "jsonl"), end="")
    {"message": "a,b", "risk": 0.5, "flagged": true}
    {"message": "a \\"b\\" c", "risk": null, "flagged": false}
    {"message": "=1+1", "risk": 0.25, "flagged": false}
    """
    if fmt == "jsonl":
        names = [str(c) for c in out.columns]
        if missing_keys:
            cols = [[_json_cell(v) for v in out.iloc[:, j].tolist()]
                    for j in range(out.shape[1])]
            return "".join(json.dumps(dict(zip(names, row, strict=True)), ensure_ascii=False,
                                      allow_nan=False) + "\n"
                           for row in zip(*cols, strict=True))
        # sparse rows: only the cells a row has are visited (NaN is a key its line did not
        # have; an explicit null is None and is kept)
        objs: list[dict[str, Any]] = [{} for _ in range(len(out))]
        for j, name in enumerate(names):
            series = out.iloc[:, j]
            values = series.to_numpy(dtype=object)
            if name in OUTPUT_COLUMNS or name == "message":
                rows = range(len(values))
            else:
                present = ~series.isna().to_numpy() | np.equal(values, None)
                rows = np.flatnonzero(present).tolist()
            for i in rows:
                objs[i][name] = _json_cell(values[i])
        return "".join(json.dumps(obj, ensure_ascii=False, allow_nan=False) + "\n"
                       for obj in objs)
    if columns is not None:
        out = out.reindex(columns=list(columns))
    cols = []
    for j, name in enumerate(out.columns):
        series = out.iloc[:, j]
        if name == "risk":
            cols.append(["" if v is None or v != v else f"{v:.6f}"
                         for v in series.tolist()])
            continue
        if name == "flagged":
            cols.append(["True" if v is True or v == 1 else "False" for v in series.tolist()])
            continue
        if isinstance(series.dtype, pd.StringDtype):  # text read from CSV: str or missing
            values = series.fillna("").tolist()
        else:
            values = [_text_cell(v) for v in series.tolist()]
        cols.append(defuse_formulas(values) if sanitize_formulas else values)
    return _rows_text(cols, fmt)


def _score_chunk(chunk: Chunk, spec: _Spec) -> _Result:
    """Score and serialise one chunk (runs in a worker process when ``jobs > 1``)."""
    if spec.model is not None:
        model = spec.model
    elif spec.model_file is not None:
        model = _worker_model(spec.model_file)
    else:  # pragma: no cover - score_file always sets one
        model = get_default_model()
    frame = chunk.frame
    if chunk.row_errors is not None:
        bad = np.array([bool(e) for e in chunk.row_errors])
        good_part = _score_rows(frame[~bad], model) if (~bad).any() else None
        bad_part = _unscored(frame[bad], [e for e in chunk.row_errors if e])
        parts = [p for p in (good_part, bad_part) if p is not None and len(p)]
        out = pd.concat(parts).loc[frame.index] if len(parts) > 1 else parts[0]
    else:
        out = _score_rows(frame, model)
    if chunk.notes:
        out["error"] = [join_notes(e, n) for e, n in zip(out["error"].tolist(), chunk.notes,
                                                    strict=True)]
    if spec.threshold is not None:
        apply_threshold(out, model, spec.threshold)
    flagged = int(np.asarray(out["flagged"], dtype=bool).sum())
    noted = np.array([isinstance(e, str) and bool(e) for e in out["error"].tolist()], dtype=bool)
    unscored = np.isnan(pd.to_numeric(out["risk"], errors="coerce").to_numpy(dtype=float))
    text = format_chunk(out, spec.fmt_out, spec.columns,
                        sanitize_formulas=spec.sanitize_formulas, missing_keys=spec.missing_keys)
    return _Result(text, len(out), flagged, int(unscored.sum()), int((noted & ~unscored).sum()))


# -- parallel -----------------------------------------------------------------------------------
def _run(chunks: Iterator[Chunk], spec: _Spec, n_jobs: int) -> Iterator[_Result]:
    """Score chunks and yield their results in input order.

    With ``n_jobs > 1`` this process is one of ``n_jobs`` scorers, beside ``n_jobs - 1`` worker
    processes (see :class:`_SideBySide`).
    """
    if n_jobs <= 1 or spec.model_file is None:
        for chunk in chunks:
            yield _score_chunk(chunk, spec)
        return
    yield from _SideBySide(chunks, spec, n_jobs - 1).run()


def _outcome(item: Future[_Result] | _Result) -> _Result:
    if isinstance(item, _Result):
        return item
    from joblib.externals.loky.process_executor import TerminatedWorkerError

    try:
        return item.result()
    except TerminatedWorkerError as exc:
        raise RecruitscoreError(
            f"a scoring worker process died ({str(exc).splitlines()[0][:120]}); try --jobs 1 or "
            "a smaller --chunk-size"
        ) from None


class _SideBySide:
    """This process and ``n_workers`` worker processes score chunks side by side.

    Chunks are numbered as they are read and results are yielded in that order. A feeder thread
    per worker hands it the next chunk as soon as it is free (reading ahead, while the worker
    runs, one chunk per scorer); this process scores every other chunk, taking a read-ahead
    chunk itself when it gets there first, so nobody idles while there is work. A worker gets
    chunks only once it has started and loaded the model. At most ``4 * (n_workers + 1)``
    chunks are read and not yet written, so memory stays flat. A read error stops the reading;
    the chunks before it are still written in order, then the error is raised.
    """

    #: Wait until every worker is ready before scoring anything here (for the tests, whose
    #: small inputs would otherwise be done before a worker has started).
    wait_for_workers = False

    def __init__(self, chunks: Iterator[Chunk], spec: _Spec, n_workers: int) -> None:
        assert spec.model is not None and spec.model_file is not None
        self._chunks = chunks
        self._cond = threading.Condition()
        self._buffer: deque[tuple[int, Chunk]] = deque()
        self._results: dict[int, Future[_Result] | _Result] = {}
        self._read_count = 0  # chunks read (the next chunk's number)
        self._emitted = 0  # results yielded
        self._exhausted = False
        self._stop = False
        self._error: BaseException | None = None
        self._limit = 4 * (n_workers + 1)
        self._depth = n_workers + 1  # chunks read ahead (see _read_ahead)
        self._local = spec  # scored here with the loaded model
        self._remote = replace(spec, model=None)  # workers load the weights-only copy
        self._executor = _workers.executor(n_workers)
        self._ready = [_workers.submit(self._executor, _workers.ready, spec.model_file)
                       for _ in range(n_workers)]

    # -- reading (always under the lock) --------------------------------------------------------
    def _read(self) -> tuple[int, Chunk] | None:
        if self._exhausted:
            return None
        try:
            chunk = next(self._chunks)
        except StopIteration:
            self._exhausted = True
            return None
        except BaseException as exc:  # surfaced by run() after the chunks before it
            self._error = exc
            self._exhausted = True
            return None
        self._read_count += 1
        return self._read_count - 1, chunk

    def _take(self, block: bool) -> tuple[int, Chunk] | bool | None:
        """The next chunk; ``None`` at the end; ``False`` when too many are in flight."""
        with self._cond:
            while True:
                if self._stop:
                    return None
                if self._buffer:
                    return self._buffer.popleft()
                if self._exhausted:
                    return None
                if self._read_count - self._emitted < self._limit:
                    return self._read()
                if not block:
                    return False
                self._cond.wait()

    def _read_ahead(self) -> None:
        # one chunk ready per scorer: with one only, this process took it as often as not and
        # the worker waited while its feeder read the next (0.2-0.6 s a chunk on 2 cores)
        with self._cond:
            while (len(self._buffer) < self._depth and not self._stop
                   and self._read_count - self._emitted < self._limit):
                item = self._read()
                if item is None:
                    break
                self._buffer.append(item)

    def _put(self, seq: int, item: Future[_Result] | _Result) -> None:
        with self._cond:
            self._results[seq] = item
            self._cond.notify_all()

    # -- a worker's feeder thread ---------------------------------------------------------------
    def _feed(self, ready: Future[int]) -> None:
        # wait until the worker has started and loaded the model (or the run is over)
        while not ready.done():
            wait([ready], timeout=0.2)
            if self._stop:
                return
        if ready.cancelled() or ready.exception() is not None:
            return  # an unusable worker: this process does its share
        while True:
            item = self._take(block=True)
            if not item:
                return
            seq, chunk = item
            try:
                future = _workers.submit(self._executor, _score_chunk, chunk, self._remote)
            except BaseException as exc:  # a broken pool: run() raises it in order
                future = Future()
                future.set_exception(exc)
            self._put(seq, future)
            self._read_ahead()
            try:
                future.result()  # the worker is busy until then
            except BaseException:  # run() raises it in order; feed no more
                return

    # -- this process ---------------------------------------------------------------------------
    def _emit(self) -> _Result:
        """The next result in order (waits for it)."""
        with self._cond:
            self._cond.wait_for(lambda: self._emitted in self._results)
            item = self._results.pop(self._emitted)
        result = _outcome(item)
        with self._cond:
            self._emitted += 1
            self._cond.notify_all()
        return result

    def _emit_ready(self) -> Iterator[_Result]:
        while True:
            with self._cond:
                item = self._results.get(self._emitted)
            if item is None or (isinstance(item, Future) and not item.done()):
                return
            yield self._emit()

    def run(self) -> Iterator[_Result]:
        """Score everything; yield the results in input order."""
        feeders = [threading.Thread(target=self._feed, args=(r,), daemon=True,
                                    name="recruitscore-feeder") for r in self._ready]
        for t in feeders:
            t.start()
        if self.wait_for_workers:
            for r in self._ready:
                with contextlib.suppress(Exception):
                    r.result()
        try:
            while True:
                yield from self._emit_ready()
                item = self._take(block=False)
                if item is False:
                    yield self._emit()  # too many in flight: wait for the oldest
                    continue
                if item is None:
                    break
                seq, chunk = item  # type: ignore[misc]
                self._put(seq, _score_chunk(chunk, self._local))
            while True:
                with self._cond:
                    if self._emitted >= self._read_count:
                        break
                yield self._emit()
            if self._error is not None:
                raise self._error
        finally:
            with self._cond:
                self._stop = True
                self._cond.notify_all()
            for t in feeders:
                t.join()  # a feeder returns once its worker's current chunk is done


# -- duplicate ids ------------------------------------------------------------------------------
class _IdTracker:
    """Count repeated ids with 8 bytes per distinct id (sorted runs of 64-bit hashes)."""

    def __init__(self, column: str) -> None:
        self.column = column
        self.runs: list[np.ndarray] = []
        self.duplicates = 0
        self.examples: list[str] = []

    def add(self, frame: pd.DataFrame) -> None:
        values = [_text_cell(v) for v in frame[self.column].tolist()]
        present = [v for v in values if v]
        if not present:
            return
        hashes = pd.util.hash_array(np.array(present, dtype=object))
        uniq, first = np.unique(hashes, return_index=True)
        dup_mask = np.ones(len(hashes), dtype=bool)
        dup_mask[first] = False  # repeats inside the chunk
        seen = np.zeros(len(uniq), dtype=bool)
        for run in self.runs:
            idx = np.minimum(np.searchsorted(run, uniq), len(run) - 1)
            seen |= run[idx] == uniq
        dup_mask[first[seen]] = True  # first occurrence in this chunk, but seen before
        n = int(dup_mask.sum())
        if n:
            self.duplicates += n
            for i in np.flatnonzero(dup_mask)[: max(0, 5 - len(self.examples))]:
                self.examples.append(present[i])
        new = uniq[~seen]
        if new.size:
            self.runs.append(new)
            while len(self.runs) > 1 and self.runs[-2].size <= 2 * self.runs[-1].size:
                merged = np.concatenate([self.runs.pop(), self.runs.pop()])
                merged.sort(kind="stable")
                self.runs.append(merged)


# -- writing ------------------------------------------------------------------------------------
#: Temporary files and folders of runs in progress in this process (see remove_temporary).
_TEMPORARY: set[str] = set()


def remove_temporary() -> None:
    """Remove the temporary output files and model copies of every run in progress in this
    process (``recruitscore score`` and ``campaigns`` call it when SIGTERM or Ctrl-C stops
    them, just before the process ends).

    A set of outputs being moved into place is left whole: put back as it was when this is
    called by a signal handler that interrupted the move in this thread, or waited for (a
    few renames) when called from another thread. If that wait gives up (10 s: a hung file
    system), the files of the set are left alone: each output then holds its earlier or its
    new content, and the next run removes what is left beside them.
    """
    publication = _publication
    if publication is not None and publication.thread == threading.get_ident():
        publication.settle()
        _remove_listed()
        return
    locked = _PUBLISH_LOCK.acquire(timeout=10)  # (re-entrant: no wait in its own thread)
    try:
        publication = _publication
        _remove_listed(set() if locked or publication is None
                       else {out.tmp for out in publication.files})
    finally:
        if locked:
            _PUBLISH_LOCK.release()


def _remove_listed(keep: set[str | None] | None = None) -> None:
    for path in list(_TEMPORARY):
        if keep and path in keep:
            continue
        with contextlib.suppress(OSError):
            if os.path.isdir(path):
                shutil.rmtree(path, ignore_errors=True)
            else:
                os.unlink(path)
        _TEMPORARY.discard(path)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # another user's process
        return True
    return True


# what atomic_outputs and _model_file create: .<name>.<pid>.<random>.part (new content) and
# .<name>.<pid>.<random>.old (earlier content kept while a set is moved into place) files
# beside an output, recruitscore-model-<pid>-<random> folders in the temporary directory
# (8 random characters)
_STALE_PART = re.compile(r"\..+\.([0-9]+)\.[a-z0-9_]{8}\.(?:part|old)")
_STALE_MODEL = re.compile(r"recruitscore-model-([0-9]+)-[a-z0-9_]{8}")


def _remove_stale(folder: Path, pattern: re.Pattern[str]) -> None:
    """Remove what killed runs left in ``folder``: entries whose name matches ``pattern`` and
    whose process (the id in the name) no longer exists."""
    with contextlib.suppress(OSError):
        for entry in os.scandir(folder):
            m = pattern.fullmatch(entry.name)
            if m is None or _alive(int(m.group(1))):
                continue
            with contextlib.suppress(OSError):
                if entry.is_dir(follow_symlinks=False):
                    shutil.rmtree(entry.path, ignore_errors=True)
                else:
                    os.unlink(entry.path)


#: Standard output by another name: written as ``-`` (replacing it would replace the file a
#: shell redirected it to).
_STDOUT_PATHS = frozenset({"/dev/stdout", "/dev/fd/1", "/proc/self/fd/1"})
#: A path naming an open file descriptor (written through, never replaced).
_DESCRIPTOR_PATH = re.compile(r"^/(?:dev/(?:fd/\d+|stderr)|proc/(?:self|\d+)/fd/\d+)$")
#: Errors only a write can raise: they name the output (a write's error names no file).
_WRITE_ERRNOS = frozenset({errno.ENOSPC, errno.EFBIG, errno.EDQUOT})


class _OutputText(io.TextIOWrapper):
    """The text stream of an output: its own writes and flushes name ``path`` on a full disk
    (a write's error names no file; an error of another output in the same block keeps its
    own; review28). A subclass, not a wrapper object, so that it stays a text file to its
    callers (``isinstance``, ``with``, closing it, speed of small writes; review29)."""

    path: Path

    def write(self, text: str) -> int:
        try:
            return super().write(text)
        except OSError as exc:
            raise _named(exc, self.path) from None

    def flush(self) -> None:
        try:
            super().flush()
        except OSError as exc:
            raise _named(exc, self.path) from None


def _named(exc: OSError, path: Path) -> OSError:
    """``exc`` naming ``path`` when it is a full-disk or too-large error that names no file."""
    if exc.errno in _WRITE_ERRNOS and exc.filename is None:
        return OSError(exc.errno, exc.strerror, os.fspath(path))
    return exc


def _output_text(binary: BinaryIO, path: Path) -> TextIO:
    fh = _OutputText(binary, encoding="utf-8", newline="")
    fh.path = path
    return fh


@dataclass
class _Output:
    """One output of a set (see :func:`atomic_outputs`).

    Each name a file of this run may have is recorded here before the file is created
    (review30), so that whatever stops the run can remove it.
    """

    path: Path  # the file written (a followed link's target), named by errors
    kind: str  # "stdout", "through" (a device, a pipe, a descriptor) or "file"
    stream: TextIO | None = None
    tmp: str | None = None  # a file's new content until it is moved into place
    new: tuple[int, int] | None = None  # (device, inode) of that new file
    old: str | None = None  # a second name of the earlier file while the set is moved
    state: str = "written"  # "written", "moving" (os.replace called), "moved", "settled"


def _check_output(target: str | os.PathLike[str] | None,
                  follow_links: bool = True) -> tuple[str, Path, str]:
    """``(kind, path, what to open)`` for an output, checked before any output is opened."""
    if _to_stdout(target):
        # -o /dev/stdout: a redirected file is written through, not replaced (review29)
        if sys.stdout is None:  # started with standard output closed (review28)
            raise InputError("standard output is closed: give an output file (-o)")
        return "stdout", Path("-"), "-"
    assert target is not None
    given = os.path.abspath(target)
    if follow_links:
        path = Path(os.path.realpath(target))  # replace a symlink's target, not the link
    else:  # a link in the target's place is replaced itself, never written through
        path = Path(os.path.realpath(os.path.dirname(given)), os.path.basename(given))
        if path.is_symlink():
            return "file", path, given
    if path.is_dir():
        raise InputError(f"output is a directory: {path}")
    if (path.exists() and not path.is_file()) or _DESCRIPTOR_PATH.match(given):
        # a device, a pipe or a descriptor (-o /dev/null, a FIFO, /dev/fd/3): written
        # directly, nothing to replace (/dev/fd/3 resolves to the file it is open on; a
        # regular file under /dev/shm is replaced atomically as any other)
        return "through", path, given
    if not path.parent.is_dir():
        raise InputError(f"output directory does not exist: {path.parent}")
    return "file", path, given


def _to_stdout(target: str | os.PathLike[str] | None) -> bool:
    """Does ``target`` name standard output (``None``, ``-``, ``/dev/stdout``...)?"""
    return target is None or str(target) == "-" or str(target) in _STDOUT_PATHS


def _side_name(path: Path, suffix: str) -> str:
    """A new name beside ``path`` for a file of this process: ``.NAME.PID.RANDOM.SUFFIX``, or
    with a hash of NAME when that would be longer than the folder allows (a valid 240-byte
    output name was refused; review30)."""
    name = f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.{suffix}"
    try:
        longest = os.pathconf(path.parent, "PC_NAME_MAX")
    except (OSError, ValueError):
        longest = 255
    if len(os.fsencode(name)) > longest:
        digest = hashlib.sha256(os.fsencode(path.name)).hexdigest()[:16]
        name = f".{digest}.{os.getpid()}.{secrets.token_hex(4)}.{suffix}"
    return str(path.parent / name)


def _open_output(out: _Output, given: str) -> None:
    """Open the stream of ``out``; a file's temporary file is named in ``out`` (and listed
    for :func:`remove_temporary`) before it is created."""
    if out.kind == "stdout":
        sys.stdout.flush()
        raw = getattr(sys.stdout, "buffer", None)
        if raw is None:  # pragma: no cover - a text-only stdout
            out.stream = sys.stdout
            return
        out.stream = io.TextIOWrapper(raw, encoding="utf-8", newline="", write_through=True)
        return
    if out.kind == "through":
        binary = open(given, "wb")  # noqa: SIM115 - closed by _finish or _abandon
        out.stream = _output_text(binary, out.path)
        return
    _remove_stale(out.path.parent, _STALE_PART)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
    fd = None
    while fd is None:
        out.tmp = _side_name(out.path, "part")
        _TEMPORARY.add(out.tmp)
        try:
            with naming(out.path):  # name the output the user gave, not the temporary file
                fd = os.open(out.tmp, flags, 0o600)
        except FileExistsError:  # another file's name (never ours): try another
            _TEMPORARY.discard(out.tmp)
            out.tmp = None
    try:
        info = os.fstat(fd)
        out.new = (info.st_dev, info.st_ino)
        binary = os.fdopen(fd, "wb", buffering=_BLOCK)
    except BaseException:
        os.close(fd)
        raise
    out.stream = _output_text(binary, out.path)


def _drop(tmp: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(tmp)
    _TEMPORARY.discard(tmp)


def _finish(out: _Output) -> None:
    """Flush and close an output's stream (standard output is flushed and left open); a full
    disk names the output."""
    assert out.stream is not None
    try:
        if not out.stream.closed:  # the caller may have closed it (review29)
            out.stream.flush()
        if out.kind != "stdout":
            out.stream.close()
        elif out.stream is not sys.stdout:
            out.stream.detach()
    except OSError as exc:
        raise (exc if out.kind == "stdout" else _named(exc, out.path)) from None


def _abandon(out: _Output) -> None:
    """After an error: close an output's stream without raising another error in place of the
    first (a full disk failed again on close, naming nothing; review28) and remove its
    temporary file."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        if out.kind != "stdout":
            out.stream.close()  # type: ignore[union-attr]
        elif out.stream is not sys.stdout:
            out.stream.detach()  # type: ignore[union-attr]
    if out.tmp is not None:
        _drop(out.tmp)


#: ``os.link`` errors of a file system (or a protected file) that takes no hard link: the
#: earlier file is copied instead.
_NO_LINK = frozenset({errno.EPERM, errno.EACCES, errno.EXDEV, errno.EMLINK, errno.ENOSYS,
                      errno.ENOTSUP, errno.EOPNOTSUPP})


def _keep(path: Path, second: str) -> None:
    """Give the earlier file ``path`` a second name: a hard link (``path`` itself stays in
    place, so that it never goes missing), or a copy where no link can be made."""
    try:
        os.link(path, second, follow_symlinks=False)
    except OSError as exc:
        if exc.errno not in _NO_LINK:
            raise
        shutil.copy2(path, second, follow_symlinks=False)


class _Publication:
    """The files of a set moved into place, one atomic rename each. Every output path holds
    its earlier file or its new one at every moment: each earlier file gets a second name
    first (:func:`_keep`), so that it can be put back until all are in place. The last move
    completes the set, so its target needs none (nor does the single output of ``score``).

    What was done to each target is recorded in its ``state``, and a target is put back only
    if it holds this run's new file (its inode), so that a failure at any step, or a signal
    handler that interrupts one (see :func:`remove_temporary`), changes no output that this
    run did not replace (review30)."""

    def __init__(self, files: list[_Output]) -> None:
        self.files = files
        self.thread = threading.get_ident()
        self.complete = False  # every new file is in place

    def run(self) -> None:
        for out in self.files:
            assert out.tmp is not None
            with naming(out.path):
                if out is not self.files[-1] and os.path.lexists(out.path):
                    out.old = _side_name(out.path, "old")
                    _keep(out.path, out.old)
                out.state = "moving"
                os.replace(out.tmp, out.path)
                out.state = "moved"
        self.settle()

    def _holds_new(self, out: _Output) -> bool:
        """Is this run's new file at ``out.path``?"""
        try:
            info = os.lstat(out.path)
        except OSError:
            return False
        return out.state in ("moving", "moved") and (info.st_dev, info.st_ino) == out.new

    def settle(self) -> str | None:
        """Remove the second names of the earlier files once every new file is in place;
        before, put back every target that holds its new file. Returns what could not be put
        back (``None`` when all was)."""
        # (kept: a handler that interrupts the removals below must not put back the rest)
        self.complete = complete = self.complete or self._holds_new(self.files[-1])
        problem = None
        for out in reversed(self.files):
            if out.state == "settled":
                continue
            try:
                if not complete and self._holds_new(out):
                    if out.old is not None:
                        os.replace(out.old, out.path)
                    else:  # it did not exist before this run
                        os.unlink(out.path)
                if out.old is not None:
                    with contextlib.suppress(FileNotFoundError):
                        os.unlink(out.old)
                out.state = "settled"
            except OSError as exc:
                if complete or problem is not None:
                    continue  # (an earlier file left beside its target)
                if out.old is not None:  # a name that no later run removes as stale
                    with contextlib.suppress(OSError):
                        kept = _side_name(out.path, "kept")
                        os.replace(out.old, kept)
                        out.old = kept
                problem = (f"{out.path} could not be put back as it was ({exc.strerror}): "
                           + (f"its earlier content is in {out.old}" if out.old is not None
                              else "it did not exist before this run"))
        return problem


#: Held while a set of outputs is moved into place or put back: :func:`remove_temporary`,
#: called from a signal watcher thread, waits for the set to be whole (all new or all old).
#: Re-entrant: a signal handler in the thread that holds it does not wait for itself.
_PUBLISH_LOCK = threading.RLock()
_publication: _Publication | None = None


def _publish(files: list[_Output]) -> None:
    """Move the temporary files of a set into place: all, or none (each target as it was)."""
    global _publication
    if not files:
        return
    for out in files:  # the modes first: nothing is moved if one cannot be set
        assert out.tmp is not None
        with naming(out.path):
            if out.path.is_file() and not out.path.is_symlink():
                shutil.copymode(out.path, out.tmp)
            else:
                open_mode(out.tmp)
    with _PUBLISH_LOCK:
        _publication = publication = _Publication(files)
        try:
            publication.run()
        except BaseException as exc:
            while True:
                try:  # (a second Ctrl-C does not stop the put-back half-way)
                    problem = publication.settle()
                    break
                except KeyboardInterrupt:
                    continue
            if problem is not None:
                raise RecruitscoreError(problem) from exc
            raise
        finally:
            _publication = None


@contextlib.contextmanager
def atomic_outputs(
    targets: Sequence[str | os.PathLike[str] | None], *, follow_links: bool = True,
) -> Iterator[list[TextIO]]:
    """Text streams for several outputs that are published together or not at all.

    Each file is written to a temporary file beside it (``.NAME.PID.RANDOM.part``). When the
    ``with`` block succeeds, every stream is closed, then the files are moved into place, each
    with one atomic rename (:func:`os.replace`): an output path holds its earlier file or its
    new one at every moment, never nothing. While a set of several is moved, each earlier file
    also has a second name (``.NAME.PID.RANDOM.old``: a hard link, or a copy where the file
    system has none), removed once all are in place. If anything fails (the block, an
    exception or Ctrl-C in it, a full disk, a close, a move), every target is left as it was
    (its earlier content, or no file) and no file of the run is left. After a hard kill
    (SIGKILL) in the middle of the moves, each output holds its earlier or its new content,
    and the next run in the folder removes the files of dead runs (the process id is in
    their names).

    ``None``, ``-`` and ``/dev/stdout`` write UTF-8 to standard output, and a device, a pipe
    or a descriptor path (``/dev/null``, a FIFO, ``/dev/fd/3``) is written directly: those are
    written as the block goes and cannot be taken back.

    Parameters
    ----------
    targets : sequence of path-like, ``"-"`` or None
        The outputs, in the order of the streams.
    follow_links : bool
        A target that is a symbolic link: replace the file it points to (default: the user
        named it, as a shell redirection writes through it), or, if false, replace the link
        itself (``inbox``, whose file names are its own: a link planted in its folder is
        never written through).

    Yields
    ------
    list of text streams
        One per target: UTF-8, newlines written as given.

    Raises
    ------
    InputError
        A target that is a directory or whose directory does not exist (every target is
        checked before any is opened); standard output closed.
    OSError
        An output that cannot be created, written or moved into place; it names the output,
        not its temporary file.
    RecruitscoreError
        A target that could not be put back after another error; the message says where its
        earlier content is.

    Examples
    --------
    >>> from tempfile import TemporaryDirectory
    >>> with TemporaryDirectory() as tmp:
    ...     a, b = Path(tmp, "a.csv"), Path(tmp, "b.csv")
    ...     _ = a.write_text("old")
    ...     try:
    ...         with atomic_outputs([a, b]) as (fa, fb):
    ...             _ = fa.write("new"), fb.write("new")
    ...             raise RuntimeError("stopped half-way")
    ...     except RuntimeError:
    ...         pass
    ...     a.read_text(), sorted(p.name for p in Path(tmp).iterdir())
    ('old', ['a.csv'])
    """
    plans = [_check_output(target, follow_links) for target in targets]
    outs: list[_Output] = []
    try:
        for kind, path, given in plans:
            outs.append(_Output(path, kind))
            _open_output(outs[-1], given)
        yield [out.stream for out in outs]  # type: ignore[misc]
        for out in outs:  # every output written out before any is moved into place (review28)
            _finish(out)
        _publish([out for out in outs if out.kind == "file"])
    except BaseException:
        for out in outs:
            _abandon(out)
        raise
    finally:
        for out in outs:
            if out.tmp is not None:
                _TEMPORARY.discard(out.tmp)


@contextlib.contextmanager
def atomic_output(target: str | os.PathLike[str] | None) -> Iterator[TextIO]:
    """A text stream for the output: a temporary file beside ``target``, moved into place
    (:func:`os.replace`) only when the ``with`` block succeeds; removed on any error (the one
    output case of :func:`atomic_outputs`).

    ``None`` or ``-`` writes UTF-8 to standard output instead (not atomic).

    Raises
    ------
    InputError
        If the target is a directory or its directory does not exist.
    """
    with atomic_outputs([target]) as (stream,):
        yield stream


def check_output_folder(folder: str | os.PathLike[str], what: str) -> None:
    """Refuse, before any work, a folder to write into that cannot be one: a file, a link to
    nothing, or a path below a file or a link to nothing (``what`` names it in the message).

    Examples
    --------
    >>> check_output_folder("/proc/version/sub", "--report")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    recruitscore.errors.InputError: --report /proc/version/sub: /proc/version is a file, ...
    """
    path = Path(folder)
    if path.exists() and not path.is_dir():
        raise InputError(f"{what} names a folder to write into; {path} is a file")
    for step in (path, *path.absolute().parents):
        if step.is_symlink() and not step.exists():
            raise InputError(f"{what} {path}: {step} is a link to nothing")
        if step.exists():
            if not step.is_dir():
                raise InputError(f"{what} {path}: {step} is a file, not a folder")
            break


def open_mode(path: str | os.PathLike[str]) -> None:
    """Give a file that :func:`tempfile.mkstemp` made (mode 0600) the mode a plain ``open()``
    would have given it: 0666 less the process umask."""
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(path, 0o666 & ~umask)


def refuse_overwrite(source: str | os.PathLike[str], output: str | os.PathLike[str] | None,
                     option: str = "-o") -> None:
    """Refuse an output file that names the input file ``source`` (standard input or output,
    ``-`` or ``None``, never does): ``score``, ``campaigns`` and ``score --conversation-col``
    check it before reading anything.

    Raises
    ------
    InputError
        If ``output`` is ``source`` (directly, through a link or ``..``).

    Examples
    --------
    >>> refuse_overwrite("approaches.csv", "scored.csv"), refuse_overwrite("-", "-")
    (None, None)
    >>> try:
    ...     refuse_overwrite("approaches.csv", "./approaches.csv", "--summary")
    ... except InputError as exc:
    ...     print(exc)  # doctest: +NORMALIZE_WHITESPACE
    the output ./approaches.csv is the input file;
    write to another file (--summary)
    """
    if output is not None and str(output) != "-" and str(source) != "-" \
            and _same_file(source, output):
        raise InputError(f"the output {output} is the input file; write to another file "
                         f"({option})")


def _same_file(a: str | os.PathLike[str], b: str | os.PathLike[str]) -> bool:
    """Do two paths name the same file (through links, ``..`` or hard links)?"""
    if os.path.realpath(a) == os.path.realpath(b):
        return True
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


#: Suffixes of the formats recruitscore does not write (spreadsheets, columnar and binary
#: tables, compressed files, documents): refused before any work (rule R35-D). Any other
#: suffix, a date or a version ("scores.2026-12-07", "scores.v2"), is part of a name, and the
#: input's format is written as before (review47 M1, rule R35-G).
OTHER_FORMATS = frozenset(
    ".xlsx .xlsm .xls .ods .numbers .parquet .pq .feather .arrow .orc .avro .pkl .pickle .h5"
    " .hdf5 .sqlite .db .gz .bz2 .xz .zst .zip .7z .tar .xml .html .htm .pdf .docx .doc .odt"
    .split())


def _output_format(output: str | os.PathLike[str] | None, fmt_out: str | None,
                   fmt_in: str) -> str:
    """The format to write: ``fmt_out`` if given, else the output name's suffix, else (no
    suffix, or standard output) the input's.

    A name with the suffix of a format it does not write (``out.xlsx``, ``out.parquet``,
    ``out.csv.gz``) is refused before any work: it was written as CSV under that name (rule
    R35-D); ``--format`` writes one of the formats under any name. Another suffix is part of
    the name (``scores.v2``): the input's format.

    Examples
    --------
    >>> _output_format("out.JSON", None, "csv"), _output_format("out", None, "tsv")
    ('jsonl', 'tsv')
    >>> _output_format("scores.2026-12-07", None, "csv"), _output_format("out.txt", None, "tsv")
    ('csv', 'tsv')
    >>> _output_format("out.xlsx", "csv", "jsonl")
    'csv'
    >>> _output_format("out.xlsx", None, "csv")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    recruitscore.errors.InputError: cannot write out.xlsx: ... JSON Lines, not .xlsx; ...
    """
    if fmt_out:
        return detect_format("-", fmt_out)
    if output is None or str(output) == "-":
        return fmt_in
    suffix = Path(str(output)).suffix.lower()
    if suffix in FORMAT_SUFFIXES:
        return FORMAT_SUFFIXES[suffix]
    if suffix in OTHER_FORMATS:
        raise InputError(f"cannot write {Path(str(output)).name}: recruitscore writes CSV, TSV "
                         f"or JSON Lines, not {suffix}; name the output .csv, .tsv or .jsonl "
                         "(--format, which also sets the input's format, writes one of those "
                         "under any name)")
    return fmt_in


@contextlib.contextmanager
def _model_file(model: Model) -> Iterator[str]:
    """A private copy of a verified, loaded model, for worker processes; removed after.

    Workers load it with :func:`~recruitscore.model.load_model` (weights only, hash and value
    checks), so no process ever unpickles a model file.
    """
    _remove_stale(Path(tempfile.gettempdir()), _STALE_MODEL)
    folder = tempfile.mkdtemp(prefix=f"recruitscore-model-{os.getpid()}-")
    _TEMPORARY.add(folder)
    path = os.path.join(folder, "model.npz")
    try:
        source = model.path
        sha = model.manifest.get("sha256")
        if source is not None and source.suffix == ".npz" and sha:
            # the verified file itself (copying is much faster than saving again), checked
            # once more after the copy against the hash verified when it was loaded
            shutil.copyfile(source, path)
            Path(path).with_suffix(".json").write_text(json.dumps(model.manifest),
                                                       encoding="utf-8")
            if _sha256(Path(path)) != sha:
                raise RecruitscoreError(f"{source} changed while it was in use; run again")
        else:
            Model(model.linear, dict(model.manifest)).save(path)
        yield path
    finally:
        shutil.rmtree(folder, ignore_errors=True)
        _TEMPORARY.discard(folder)


# -- the engine ---------------------------------------------------------------------------------
def score_file(
    input: str | os.PathLike[str] | BinaryIO,
    output: str | os.PathLike[str] | None,
    *,
    model: Model | None = None,
    model_path: str | os.PathLike[str] | None = None,
    fmt_in: str | None = None,
    fmt_out: str | None = None,
    sep: str | None = None,
    column_map: Mapping[str, str] | None = None,
    id_col: str | None = None,
    chunk_size: int = 10_000,
    jobs: int | None = None,
    encoding: str = "utf-8",
    encoding_errors: str = "strict",
    threshold: float | None = None,
    progress: ProgressCallback | None = None,
    warn: WarnCallback | None = None,
    sanitize_formulas: bool = True,
) -> ScoreSummary:
    """Score a CSV/TSV/JSON Lines file in chunks and write every row with its score.

    Parameters
    ----------
    input : path-like, ``"-"`` or binary file object
        The input; ``-`` reads standard input.
    output : path-like, ``"-"`` or None
        The output file (written atomically); ``None`` or ``-`` writes standard output.
    model : Model, optional
        A loaded model. Default: ``model_path``, else the shipped model.
    model_path : path-like, optional
        A model file to load (see :func:`~recruitscore.model.load_model`).
    fmt_in, fmt_out : {"csv", "tsv", "jsonl"}, optional
        Formats; default from the extensions (``-`` input: CSV; output: as the input).
    sep : str, optional
        Field delimiter of a CSV input (one character; ``\\t`` for tab). CSV output is always
        comma-separated.
    column_map : mapping, optional
        ``SRC -> DST`` column renames (``--map``), applied before validation.
    id_col : str, optional
        A column whose values should be unique: repeats are counted and warned about, never
        dropped.
    chunk_size : int
        Rows per chunk.
    jobs : int, optional
        Scoring processes (default: all cores; ``1`` only this process): this process and
        ``jobs - 1`` workers. A negative number counts back from all cores, as joblib does
        (``-1`` all, ``-2`` all but one; at least one). An input of fewer than 20,000 rows (or
        of a single chunk) is always scored in this process, where it is faster than
        starting workers.
    encoding, encoding_errors : str
        Input decoding; ``encoding_errors="replace"`` replaces undecodable bytes with U+FFFD
        and counts them (default ``"strict"``: an error naming the byte offset).
    threshold : float, optional
        Overrides the model's threshold for ``flagged`` (the ``band`` is the model's).
    progress : callable, optional
        ``progress(bytes_done, bytes_total_or_None, rows_done)`` after each written chunk.
    warn : callable, optional
        Receives each warning (one line).
    sanitize_formulas : bool
        CSV/TSV output only: prefix a single quote to cells (and column names) that start with
        ``=``, ``+``, ``-``, ``@``, a tab or a carriage return, so that a spreadsheet shows them
        as text instead of running them (default true; ``--no-sanitize-formulas``).

    Returns
    -------
    ScoreSummary

    Raises
    ------
    InputError
        Missing, empty or undecodable input; a header without ``message`` (after the map) or
        with duplicate names; a malformed CSV row; an unknown ``id_col``; bad arguments.
    ModelError
        The model cannot be loaded.
    """
    t0 = time.perf_counter()
    if not isinstance(chunk_size, int) or chunk_size < 1:
        raise InputError(f"chunk size must be a positive number of rows, got {chunk_size!r}")
    threshold = check_threshold_arg(threshold)
    if encoding_errors not in ("strict", "replace"):
        raise InputError(f"encoding errors must be 'strict' or 'replace', got {encoding_errors!r}")
    n_jobs = _workers.n_jobs(jobs)
    summary = ScoreSummary()

    def _warn(message: str) -> None:
        summary.warnings.append(message)
        if warn is not None:
            warn(message)

    if jobs is not None and jobs > n_jobs:
        _warn(f"--jobs {jobs} is more than the {n_jobs} usable CPU(s); using {n_jobs}")
    elif jobs is not None and jobs < 0 and _workers.usable_cpus() + 1 + jobs < 1:
        _warn(f"--jobs {jobs} counts back past all {_workers.usable_cpus()} usable CPU(s); "
              "using 1")
    is_stream = hasattr(input, "read")
    name = str(getattr(input, "name", "-")) if is_stream else str(input)
    if not is_stream:
        refuse_overwrite(name, output)
    fmt_in = detect_format(name, fmt_in)
    fmt_out = _output_format(output, fmt_out, fmt_in)
    total = None
    if not is_stream and name != "-" and Path(name).is_file():
        total = Path(name).stat().st_size
    with open_input(input, encoding=encoding, encoding_errors=encoding_errors) as stream:
        if fmt_in == "jsonl":
            chunks = iter_jsonl_chunks(stream, chunk_size=chunk_size, column_map=column_map)
        else:
            chunks = iter_csv_chunks(stream, sep=sep, fmt=fmt_in, chunk_size=chunk_size,
                                     column_map=column_map)
        first = next(chunks)  # validates the header (raises before anything is written)
        columns = [str(c) for c in first.frame.columns]
        if id_col is not None and id_col not in columns:
            raise InputError(f"--id-col {id_col!r} is not a column (found: {_found(columns)})")
        # read a little ahead: worker processes pay off only for inputs of some size
        head, rows = [first], len(first.frame)
        while len(head) < 2 or rows < _MIN_PARALLEL_ROWS:
            nxt = next(chunks, None)
            if nxt is None:
                break
            head.append(nxt)
            rows += len(nxt.frame)
        parallel = n_jobs > 1 and len(head) > 1 and rows >= _MIN_PARALLEL_ROWS
        if parallel:
            # start the worker processes now: their imports overlap the rest of the set-up
            _workers.start(n_jobs - 1)
        model = (load_model(model_path) if model is None and model_path is not None
                 else use_model(model))
        if not rows:
            _warn(f"{stream.name} has a header but no rows")
        renames = input_renames(columns)
        header = [renames.get(c, c) for c in columns]
        header += list(OUTPUT_COLUMNS)
        spec = _Spec(fmt_out=fmt_out, columns=header if fmt_out != "jsonl" else None,
                     threshold=threshold, model=model, sanitize_formulas=sanitize_formulas,
                     missing_keys=fmt_in != "jsonl")
        ids = _IdTracker(id_col) if id_col is not None else None
        warned_keys: set[str] = set()
        late_warnings: list[int] = []  # keys left out, per warning
        known = set(columns)

        def source() -> Iterator[Chunk]:
            yield from head
            head.clear()
            yield from chunks

        def tracked() -> Iterator[Chunk]:
            for chunk in source():
                summary.rows_read += len(chunk.frame)
                if ids is not None:
                    ids.add(chunk.frame)
                if fmt_out != "jsonl" and fmt_in == "jsonl":
                    new = [str(c) for c in chunk.frame.columns
                           if str(c) not in known and str(c) not in warned_keys]
                    if new:
                        warned_keys.update(new)
                        late_warnings.append(len(new))
                        if len(late_warnings) <= 3:
                            more = f" and {len(new) - 10:,} more" if len(new) > 10 else ""
                            _warn(f"key(s) {new[:10]}{more} first seen after row "
                                  f"{chunk.start + 1:,} are not in the CSV header and are left "
                                  "out of the output")
                yield chunk

        with contextlib.ExitStack() as stack:
            if parallel:
                spec = replace(spec, model_file=stack.enter_context(_model_file(model)))
            sink = stack.enter_context(atomic_output(output))
            if fmt_out != "jsonl":
                names = [[c] for c in header]
                if sanitize_formulas:
                    names = [defuse_formulas(c) for c in names]
                sink.write(_rows_text(names, fmt_out))
            last_bytes = 0
            for chunk_bytes, result in _with_bytes(tracked(), spec, n_jobs if parallel else 1):
                sink.write(result.text)
                summary.rows_written += result.rows
                summary.flagged += result.flagged
                summary.errors += result.errors
                summary.notes += result.notes
                last_bytes = max(last_bytes, chunk_bytes)
                if progress is not None:
                    progress(last_bytes, total, summary.rows_written)
        summary.replaced_bytes = stream.replaced_bytes
    if len(late_warnings) > 3:
        _warn(f"{sum(late_warnings):,} key(s) in all first seen after the first rows are left "
              "out of the CSV output (write JSON Lines to keep every key)")
    if summary.replaced_bytes:
        _warn(f"replaced {summary.replaced_bytes:,} undecodable byte(s) with U+FFFD")
    if ids is not None and ids.duplicates:
        summary.duplicate_ids = ids.duplicates
        shown = ", ".join(repr(v[:40]) for v in ids.examples)
        _warn(f"{ids.duplicates:,} row(s) repeat an id already seen in {id_col!r} (e.g. {shown}); "
              "all rows were kept")
    summary.seconds = time.perf_counter() - t0
    return summary


def _with_bytes(
    chunks: Iterator[Chunk], spec: _Spec, n_jobs: int
) -> Iterator[tuple[int, _Result]]:
    """Pair each result with the input position of its chunk (for progress)."""
    marks: list[int] = []

    def remember() -> Iterator[Chunk]:
        for chunk in chunks:
            marks.append(chunk.bytes_read)
            yield chunk

    for i, result in enumerate(_run(remember(), spec, n_jobs)):
        yield marks[i], result
