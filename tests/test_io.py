"""Streaming batch scoring (recruitscore.io): every row out, in order, atomically, with bad input
handled row by row or refused with one clear error."""

from __future__ import annotations

import csv
import functools
import io
import json
import os
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from training.corpus import generate_corpus

import recruitscore.io as rio
from recruitscore.errors import InputError, ModelError, RecruitscoreError
from recruitscore.io import DecodedStream, ScoreSummary, _IdTracker, score_file
from recruitscore.model import Model, load_model, train
from recruitscore.schema import Approach
from recruitscore.scoring import OUTPUT_COLUMNS, score_frame

HOSTILE = "Add me on WhatsApp, my client prefers to remain anonymous. Keep it between us."
LEGIT = "Senior engineer role at Acme, salary 60-70k base, ref AB-1234. Apply on our careers page."


def shared_model_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small model trained on the generated corpus and saved as .npz, once per session
    (shared by the io, CLI and Dask tests)."""
    path = tmp_path_factory.getbasetemp() / "tiny-model" / "tiny.npz"
    if not path.exists():
        df = generate_corpus(200, seed=0)
        cols = ["message", "sender_connections", "sender_account_age_days", "sender_has_photo",
                "label"]
        train(df[cols]).save(path)
    return path


@pytest.fixture(scope="module")
def model_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return shared_model_file(tmp_path_factory)


@pytest.fixture(scope="module")
def model(model_path: Path) -> Model:
    return load_model(model_path)


def read_out(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, dtype=str, keep_default_na=False)


def write_rows(path: Path, rows: list[list[str]], *, newline: str = "\n") -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, lineterminator=newline).writerows(rows)
    return path


def sprinkled_rows(n: int = 60) -> list[list[str]]:
    """Rows with problems every few lines: empty and NA-like messages, garbage profile values,
    quoted newlines, commas and quotes."""
    rows = [["id", "message", "sender_connections", "sender_has_photo", "note"]]
    for i in range(n):
        message = HOSTILE if i % 2 else LEGIT
        conn, photo = str(10 * i), "1"
        if i % 7 == 3:
            message = ""
        if i % 11 == 5:
            message = ["NA", "null", "None", "nan"][i % 4]
        if i % 5 == 1:
            conn = "lots"
        if i % 9 == 2:
            photo = "maybe"
        if i % 6 == 4:
            message = f'Line one,\nline "two" {i}\r\nline three'
        rows.append([f"r{i:03d}", message, conn, photo, "NA" if i % 4 == 0 else f"n{i}"])
    return rows


# -- order, columns, errors -------------------------------------------------------------------
def test_every_row_out_in_order_with_errors_sprinkled(tmp_path: Path, model: Model) -> None:
    rows = sprinkled_rows(60)
    src = write_rows(tmp_path / "in.csv", rows)
    summary = score_file(src, tmp_path / "out.csv", model=model, chunk_size=7, jobs=1)
    out = read_out(tmp_path / "out.csv")
    original = pd.DataFrame(rows[1:], columns=rows[0])
    assert summary.rows_read == summary.rows_written == len(out) == 60
    assert list(out.columns) == rows[0] + list(OUTPUT_COLUMNS)
    pd.testing.assert_frame_equal(out[rows[0]], original)  # every input value, in order
    # errors are noted, never dropped; rows with garbage profile values are still scored
    errors = out["error"]
    assert errors.str.contains("empty message").sum() == sum(1 for r in rows[1:] if not r[1])
    assert errors.str.contains("sender_connections is not a count").sum() == 12
    assert errors.str.contains("sender_has_photo is not 0/1").sum() == 7
    assert (out["risk"] != "").all()
    assert summary.errors == 0  # every row scored
    assert summary.notes == int((errors != "").sum())
    assert summary.flagged == int((out["flagged"] == "True").sum())
    # the same scores as scoring the whole frame at once
    expected = score_frame(pd.read_csv(src, dtype=str, keep_default_na=False, na_values=[""]),
                           model=model)
    assert out["risk"].tolist() == [f"{r:.6f}" for r in expected["risk"]]
    assert out["signals"].tolist() == expected["signals"].tolist()


def test_na_like_values_stay_text(tmp_path: Path, model: Model) -> None:
    src = write_rows(tmp_path / "in.csv", [["message", "sender_company"], ["NA", "null"],
                                           ["None", "NaN"], ["n/a", ""]])
    score_file(src, tmp_path / "out.jsonl", model=model)
    rows = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert [(r["message"], r["sender_company"]) for r in rows] == [
        ("NA", "null"), ("None", "NaN"), ("n/a", None)]
    assert all(r["error"] == "" for r in rows)  # "NA" is a (short) message, not a missing one


@pytest.fixture
def workers_for_small_inputs(monkeypatch: pytest.MonkeyPatch) -> None:
    """Use worker processes even for the small inputs of the tests, and have this process wait
    for them before scoring, so that they do get chunks."""
    monkeypatch.setattr("recruitscore.io._MIN_PARALLEL_ROWS", 0)
    monkeypatch.setattr(rio._SideBySide, "wait_for_workers", True)


def _scored_by(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Record which process scored each chunk, in output order."""
    pids: list[int] = []
    real = rio._run

    def run(*args: object) -> Iterator[object]:
        for result in real(*args):  # type: ignore[arg-type]
            pids.append(result.pid)
            yield result

    monkeypatch.setattr(rio, "_run", run)
    return pids


@pytest.mark.usefixtures("workers_for_small_inputs")
def test_parallel_output_equals_sequential(
    tmp_path: Path, model_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    handed_over: list[Model] = []
    real = rio._model_file
    monkeypatch.setattr(rio, "_model_file", lambda m: (handed_over.append(m), real(m))[1])
    src = write_rows(tmp_path / "in.csv", sprinkled_rows(120))
    one = score_file(src, tmp_path / "one.csv", model_path=model_path, chunk_size=15, jobs=1)
    assert not handed_over
    pids = _scored_by(monkeypatch)
    two = score_file(src, tmp_path / "two.csv", model_path=model_path, chunk_size=15, jobs=2)
    assert len(handed_over) == 1 and len(pids) == 8
    assert os.getpid() in pids and len(set(pids)) == 2  # this process and a worker shared it
    assert (tmp_path / "one.csv").read_bytes() == (tmp_path / "two.csv").read_bytes()
    assert (one.rows_written, one.flagged, one.errors) == (two.rows_written, two.flagged,
                                                           two.errors)
    assert not list(tmp_path.glob(".*.part"))


def test_small_inputs_do_not_start_workers(
    tmp_path: Path, model_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_workers(*args: object) -> None:
        raise AssertionError("worker processes started for a small input")

    monkeypatch.setattr("recruitscore._workers.start", no_workers)
    monkeypatch.setattr("recruitscore.io._model_file", no_workers)
    src = write_rows(tmp_path / "in.csv", sprinkled_rows(50))
    summary = score_file(src, tmp_path / "out.csv", model_path=model_path, chunk_size=10, jobs=2)
    assert summary.rows_written == 50


def test_progress_and_summary(tmp_path: Path, model: Model) -> None:
    src = write_rows(tmp_path / "in.csv", sprinkled_rows(30))
    calls: list[tuple[int, int | None, int]] = []
    summary = score_file(src, tmp_path / "out.csv", model=model, chunk_size=10, jobs=1,
                         progress=lambda done, total, rows: calls.append((done, total, rows)))
    assert [c[2] for c in calls] == [10, 20, 30]
    assert calls[-1][0] == calls[-1][1] == src.stat().st_size
    assert "read 30 rows, wrote 30" in summary.line() and summary.seconds > 0


@pytest.mark.usefixtures("workers_for_small_inputs")
def test_a_worker_that_dies_gives_one_clear_error(
    tmp_path: Path, model_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(rio, "_score_chunk", functools.partial(_die_in_worker, os.getpid()))
    src = write_rows(tmp_path / "in.csv", sprinkled_rows(60))
    with pytest.raises(RecruitscoreError, match=r"a scoring worker process died .*--jobs 1"):
        score_file(src, tmp_path / "out.csv", model_path=model_path, chunk_size=10, jobs=2)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.csv"]


def test_a_worker_that_is_slow_to_start_holds_nothing_up(
    tmp_path: Path, model_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("recruitscore.io._MIN_PARALLEL_ROWS", 0)
    monkeypatch.setattr(rio._workers, "ready", functools.partial(_slow_ready, 4.0))
    pids = _scored_by(monkeypatch)
    src = write_rows(tmp_path / "in.csv", sprinkled_rows(40))
    summary = score_file(src, tmp_path / "out.csv", model_path=model_path, chunk_size=10, jobs=2)
    assert summary.rows_written == 40 and pids == [os.getpid()] * 4  # all done here


# -- atomic output ----------------------------------------------------------------------------
@pytest.mark.usefixtures("workers_for_small_inputs")
def test_failing_run_leaves_no_output(tmp_path: Path, model: Model) -> None:
    rows = sprinkled_rows(40)
    rows[35] = [*rows[35], "an extra field"]  # a malformed row well after the first chunk
    src = write_rows(tmp_path / "in.csv", rows)
    with pytest.raises(InputError, match=r"cannot parse in\.csv: Expected 5 fields"):
        score_file(src, tmp_path / "out.csv", model=model, chunk_size=5, jobs=2)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.csv"]
    # an existing output is left untouched
    (tmp_path / "out.csv").write_text("previous results\n")
    with pytest.raises(InputError):
        score_file(src, tmp_path / "out.csv", model=model, chunk_size=5, jobs=1)
    assert (tmp_path / "out.csv").read_text() == "previous results\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.csv", "out.csv"]


def test_output_directory_must_exist(tmp_path: Path, model: Model) -> None:
    src = write_rows(tmp_path / "in.csv", [["message"], ["hi"]])
    with pytest.raises(InputError, match="output directory does not exist"):
        score_file(src, tmp_path / "missing" / "out.csv", model=model)


def test_output_to_a_device_or_through_a_symlink(tmp_path: Path, model: Model) -> None:
    src = write_rows(tmp_path / "in.csv", [["message"], ["hi"]])
    assert score_file(src, "/dev/null", model=model).rows_written == 1
    assert Path("/dev/null").is_char_device()
    (tmp_path / "real.csv").write_text("old\n")
    (tmp_path / "link.csv").symlink_to(tmp_path / "real.csv")
    score_file(src, tmp_path / "link.csv", model=model)
    assert (tmp_path / "link.csv").is_symlink()
    assert (tmp_path / "real.csv").read_text().startswith("message,risk,")


def test_model_errors_are_model_errors(tmp_path: Path) -> None:
    src = write_rows(tmp_path / "in.csv", [["message"], ["hi"]])
    with pytest.raises(ModelError, match="not found"):
        score_file(src, tmp_path / "out.csv", model_path=tmp_path / "nope.npz")
    assert not (tmp_path / "out.csv").exists()


# -- bad input --------------------------------------------------------------------------------
def test_missing_and_empty_files(tmp_path: Path, model: Model) -> None:
    with pytest.raises(InputError, match="input file not found"):
        score_file(tmp_path / "nope.csv", tmp_path / "out.csv", model=model)
    (tmp_path / "empty.csv").write_bytes(b"")
    with pytest.raises(InputError, match="input file is empty"):
        score_file(tmp_path / "empty.csv", tmp_path / "out.csv", model=model)
    (tmp_path / "blank.csv").write_bytes(b"\xef\xbb\xbf\n\n")
    with pytest.raises(InputError, match="empty"):
        score_file(tmp_path / "blank.csv", tmp_path / "out.csv", model=model)
    (tmp_path / "blank.jsonl").write_bytes(b"\n  \n")
    with pytest.raises(InputError, match="no rows"):
        score_file(tmp_path / "blank.jsonl", tmp_path / "out.csv", model=model)
    assert not (tmp_path / "out.csv").exists()


def test_header_only(tmp_path: Path, model: Model) -> None:
    (tmp_path / "in.csv").write_text("id,message\n")
    warnings: list[str] = []
    summary = score_file(tmp_path / "in.csv", tmp_path / "out.csv", model=model,
                         warn=warnings.append)
    assert (tmp_path / "out.csv").read_text() == ",".join(["id", "message", *OUTPUT_COLUMNS]) + "\n"
    assert summary.rows_written == 0 and warnings == ["in.csv has a header but no rows"]


def test_no_message_column_names_found_columns(tmp_path: Path, model: Model) -> None:
    write_rows(tmp_path / "in.csv", [["id", "text"], ["1", "hi"]])
    with pytest.raises(InputError, match=r"no 'message' column in in.csv \(found: 'id', 'text'\);"
                                         r" map one with --map SRC=message"):
        score_file(tmp_path / "in.csv", tmp_path / "out.csv", model=model)
    summary = score_file(tmp_path / "in.csv", tmp_path / "out.csv", model=model,
                         column_map={"text": "message"})
    assert summary.rows_written == 1
    assert read_out(tmp_path / "out.csv").columns[:2].tolist() == ["id", "message"]


def test_other_delimiter(tmp_path: Path, model: Model) -> None:
    (tmp_path / "in.csv").write_text('id;message\n1;"Hello; add me on Telegram"\n2;Hi\n')
    with pytest.raises(InputError, match=r"is the delimiter ';'\? pass --sep ';'"):
        score_file(tmp_path / "in.csv", tmp_path / "out.csv", model=model)
    score_file(tmp_path / "in.csv", tmp_path / "out.csv", model=model, sep=";")
    out = read_out(tmp_path / "out.csv")
    assert out["message"].tolist() == ["Hello; add me on Telegram", "Hi"]
    (tmp_path / "in.tsv").write_text("id\tmessage\n1\tHi there\n")
    score_file(tmp_path / "in.tsv", tmp_path / "out2.csv", model=model)
    assert read_out(tmp_path / "out2.csv")["message"].tolist() == ["Hi there"]
    with pytest.raises(InputError, match="single character"):
        score_file(tmp_path / "in.csv", tmp_path / "out.csv", model=model, sep=";;")


def test_bom_and_crlf(tmp_path: Path, model: Model) -> None:
    data = '\ufeffid,message\r\n1,"two\r\nlines"\r\n2,plain\r\n'.encode()
    (tmp_path / "in.csv").write_bytes(data)
    score_file(tmp_path / "in.csv", tmp_path / "out.csv", model=model)
    out = read_out(tmp_path / "out.csv")
    assert out.columns[0] == "id"
    assert out["message"].tolist() == ["two\r\nlines", "plain"]


def test_lone_carriage_return_is_quoted(tmp_path: Path, model: Model) -> None:
    (tmp_path / "in.jsonl").write_text(json.dumps({"id": 1, "message": "a\rb"}) + "\n"
                                       + json.dumps({"id": 2, "message": "c"}) + "\n")
    score_file(tmp_path / "in.jsonl", tmp_path / "out.csv", model=model)
    out = read_out(tmp_path / "out.csv")
    assert out["message"].tolist() == ["a\rb", "c"] and out["id"].tolist() == ["1", "2"]


def test_non_utf8_bytes(tmp_path: Path, model: Model) -> None:
    (tmp_path / "in.csv").write_bytes(b"id,message\n1,caf\xe9 au lait\n2,ok\xff\xfe\n")
    with pytest.raises(InputError, match=r"not valid utf-8 \(undecodable byte at offset 16\); "
                                         r".*--encoding-errors replace"):
        score_file(tmp_path / "in.csv", tmp_path / "out.csv", model=model)
    assert not (tmp_path / "out.csv").exists()
    warnings: list[str] = []
    summary = score_file(tmp_path / "in.csv", tmp_path / "out.csv", model=model,
                         encoding_errors="replace", warn=warnings.append)
    assert summary.replaced_bytes == 3 and summary.rows_written == 2
    assert warnings == ["replaced 3 undecodable byte(s) with U+FFFD"]
    assert read_out(tmp_path / "out.csv")["message"].tolist() == ["caf\ufffd au lait",
                                                                  "ok\ufffd\ufffd"]


def test_undecodable_byte_offset_across_blocks() -> None:
    data = b"a" * 10 + "é".encode() + b"b" * 5 + b"\x80"
    stream = DecodedStream(io.BytesIO(data), block_size=11)  # the "é" straddles two blocks
    with pytest.raises(InputError, match="offset 17"):
        stream.read()


def test_nul_bytes(tmp_path: Path, model: Model) -> None:
    (tmp_path / "in.csv").write_bytes(b'id,message\n1,"Add me on Whats\x00App"\n2,"x\x00"\n')
    summary = score_file(tmp_path / "in.csv", tmp_path / "out.csv", model=model)
    out = read_out(tmp_path / "out.csv")
    assert summary.rows_written == 2
    assert out["message"].tolist() == ["Add me on Whats\x00App", "x\x00"]  # kept as they were
    assert "off_platform_request" in out.loc[0, "signals"]  # NUL is ignored for matching


def test_five_megabyte_message(tmp_path: Path, model: Model) -> None:
    big = ("Add me on Telegram. " * 262_144)[: 5 * 1024 * 1024]
    write_rows(tmp_path / "in.csv", [["id", "message"], ["1", "hello"], ["2", big], ["3", "bye"]])
    summary = score_file(tmp_path / "in.csv", tmp_path / "out.jsonl", model=model)
    rows = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert summary.rows_written == 3 and [r["id"] for r in rows] == ["1", "2", "3"]
    assert rows[1]["message"] == big  # written in full
    # a piece repeated 262,144 times is cut to three repeats before the length limit applies
    assert "invisible or repeated characters removed before scoring" in rows[1]["error"]
    assert "off_platform_request" in rows[1]["signals"]


def test_garbage_profile_values_are_unknown_and_noted(tmp_path: Path, model: Model) -> None:
    write_rows(tmp_path / "in.csv", [
        ["message", "sender_connections", "sender_account_age_days", "sender_has_photo"],
        [HOSTILE, "12", "30", "0"], [HOSTILE, "-5", "1e400", "TRUE"], [HOSTILE, "", "", ""],
    ])
    score_file(tmp_path / "in.csv", tmp_path / "out.csv", model=model)
    out = read_out(tmp_path / "out.csv")
    assert out.loc[0, "error"] == "" and out.loc[2, "error"] == ""
    assert "sender_connections is not a count" in out.loc[1, "error"]
    assert "sender_account_age_days is not a count" in out.loc[1, "error"]
    assert (out["risk"] != "").all()  # still scored
    assert out["sender_connections"].tolist() == ["12", "-5", ""]  # input kept as written


@pytest.mark.parametrize("value,count", [
    ("1,234", 1234), ("1 200", 1200), ("1\u202f200", 1200), ("1_000", 1000), ("500+", 500),
    ("1,200", 1200), ("1_0", None), ("12,00", None), ("1,2000", None),
    ("1,200_300", None),
    # review19: a "." before three digits is a thousand or a one (unknown); any minus sign
    # is noted; a plus on either side, full-width digits and the thin space read
    ("1.000", None), ("2.000", None), ("-0", None), ("-0.0", None), ("+1,000", 1000),
    ("500 +", 500), ("\uff11,\uff12\uff13\uff14", 1234), ("1\u2009200", 1200),
    # review21: circled and superscript digits are no count, nor two plus signs (R22-I)
    ("\u246b", None), ("\u00b9\u00b2", None), ("++50", None),
])
def test_count_separators_must_group_by_three(value: str, count: int | None) -> None:
    """'1_0' is not ten (rule R22-A): separators are read only between groups of three."""
    approach = Approach.from_mapping({"message": "hi", "sender_account_age_days": value})
    assert approach.sender_account_age_days == count
    assert bool(approach.problems) == (count is None)


def test_duplicate_column_names(tmp_path: Path, model: Model) -> None:
    (tmp_path / "in.csv").write_text("id,message,note,note\n1,hi,a,b\n")
    with pytest.raises(InputError, match=r"duplicate column name\(s\) in in.csv: \['note'\]"):
        score_file(tmp_path / "in.csv", tmp_path / "out.csv", model=model)
    (tmp_path / "two.csv").write_text("id,text,body\n1,hi,there\n")
    with pytest.raises(InputError, match=r"duplicate column name\(s\).*\['message'\]"):
        score_file(tmp_path / "two.csv", tmp_path / "out.csv", model=model,
                   column_map={"text": "message", "body": "message"})


def test_output_column_names_in_input_are_kept(tmp_path: Path, model: Model) -> None:
    write_rows(tmp_path / "in.csv", [["risk", "message"], ["mine", "hi"]])
    score_file(tmp_path / "in.csv", tmp_path / "out.csv", model=model)
    out = read_out(tmp_path / "out.csv")
    assert list(out.columns) == ["input_risk", "message", *OUTPUT_COLUMNS]
    assert out.loc[0, "input_risk"] == "mine"


# -- JSON Lines -------------------------------------------------------------------------------
def test_jsonl_keeps_types_and_writes_unreadable_lines(tmp_path: Path, model: Model) -> None:
    lines = [
        json.dumps({"id": 1, "message": HOSTILE, "sender_connections": 12, "tags": ["a"]}),
        "",
        "{not json",
        json.dumps([1, 2]),
        json.dumps({"id": 4, "message": "NA", "sender_has_photo": True}),
        '{"id": 5, "message": "first", "message": "second"}',
    ]
    (tmp_path / "in.jsonl").write_text("\r\n".join(lines) + "\r\n")
    summary = score_file(tmp_path / "in.jsonl", tmp_path / "out.jsonl", model=model)
    rows = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert summary.rows_written == len(rows) == 5
    assert rows[0]["id"] == 1 and rows[0]["sender_connections"] == 12 and rows[0]["tags"] == ["a"]
    assert rows[1]["error"].startswith("line 3: invalid JSON") and rows[1]["risk"] is None
    assert rows[2]["error"] == "line 4: expected a JSON object, got list"
    assert rows[3]["message"] == "NA" and rows[3]["sender_has_photo"] is True
    # a repeated text key keeps every copy: a viewer may show any of them (red-team round 7)
    assert rows[4]["message"] == "first\n\nsecond"
    assert "duplicate key(s) ['message']; their texts were joined" in rows[4]["error"]
    assert isinstance(rows[0]["risk"], float) and isinstance(rows[0]["flagged"], bool)
    assert summary.errors == sum(1 for r in rows if r["risk"] is None)
    assert summary.notes == sum(1 for r in rows if r["risk"] is not None and r["error"])


def test_jsonl_a_lure_in_one_copy_of_a_repeated_message_key_is_scored(tmp_path: Path,
                                                                    model: Model) -> None:
    lure = json.dumps(HOSTILE)
    lines = [f'{{"id": 1, "message": {lure}, "message": "hello"}}',
             f'{{"id": 2, "message": "hello", "message": {lure}}}',
             f'{{"id": 3, "id": 4, "message": {lure}}}']
    (tmp_path / "in.jsonl").write_text("\n".join(lines) + "\n")
    score_file(tmp_path / "in.jsonl", tmp_path / "out.jsonl", model=model)
    rows = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text().splitlines()]
    alone = score_frame(pd.DataFrame({"message": [HOSTILE]}), model=model)
    assert [r["flagged"] for r in rows] == [True] * 3
    assert set(rows[0]["signals"].split(";")) == set(alone["signals"][0].split(";"))
    assert rows[2]["id"] == 4 and "['id']; the last value was used" in rows[2]["error"]


def test_jsonl_to_csv_and_late_keys(tmp_path: Path, model: Model) -> None:
    lines = [{"id": i, "message": HOSTILE} for i in range(4)]
    lines[3]["extra"] = "late"
    (tmp_path / "in.jsonl").write_text("".join(json.dumps(r) + "\n" for r in lines))
    warnings: list[str] = []
    score_file(tmp_path / "in.jsonl", tmp_path / "out.csv", model=model, chunk_size=2, jobs=1,
               warn=warnings.append)
    out = read_out(tmp_path / "out.csv")
    assert out["id"].tolist() == ["0", "1", "2", "3"] and "extra" not in out.columns
    assert warnings == ["key(s) ['extra'] first seen after row 3 are not in the CSV header and "
                        "are left out of the output"]


def test_jsonl_without_message_key(tmp_path: Path, model: Model) -> None:
    (tmp_path / "in.jsonl").write_text('{"id": 1, "text": "hi"}\n')
    with pytest.raises(InputError, match=r"found: 'id', 'text'.*--map SRC=message"):
        score_file(tmp_path / "in.jsonl", tmp_path / "out.csv", model=model)


# -- ids, thresholds --------------------------------------------------------------------------
def test_duplicate_ids_are_warned_never_dropped(tmp_path: Path, model: Model) -> None:
    ids = ["a", "b", "a", "c", "", "", "b", "d", "a"]
    write_rows(tmp_path / "in.csv", [["id", "message"], *[[i, "hello"] for i in ids]])
    warnings: list[str] = []
    summary = score_file(tmp_path / "in.csv", tmp_path / "out.csv", model=model, id_col="id",
                         chunk_size=2, jobs=1, warn=warnings.append)
    assert read_out(tmp_path / "out.csv")["id"].tolist() == ids
    assert summary.duplicate_ids == 3
    assert warnings == ["3 row(s) repeat an id already seen in 'id' (e.g. 'a', 'b', 'a'); all "
                        "rows were kept"]
    with pytest.raises(InputError, match=r"--id-col 'nope' is not a column \(found: 'id'"):
        score_file(tmp_path / "in.csv", tmp_path / "out.csv", model=model, id_col="nope")


def test_id_tracker_across_many_chunks() -> None:
    tracker = _IdTracker("id")
    values = [str(i % 500) for i in range(2000)]
    for start in range(0, 2000, 37):
        tracker.add(pd.DataFrame({"id": values[start:start + 37]}))
    assert tracker.duplicates == 1500
    assert sum(run.size for run in tracker.runs) == 500


def test_threshold_override(tmp_path: Path, model: Model) -> None:
    write_rows(tmp_path / "in.csv", [["message"], [HOSTILE], [LEGIT]])
    assert score_file(tmp_path / "in.csv", tmp_path / "o.csv", model=model,
                      threshold=0.0).flagged == 2
    assert score_file(tmp_path / "in.csv", tmp_path / "o.csv", model=model,
                      threshold=1.0).flagged == 0
    with pytest.raises(InputError, match="between 0 and 1"):
        score_file(tmp_path / "in.csv", tmp_path / "o.csv", model=model, threshold=1.5)


def test_binary_file_object_input(tmp_path: Path, model: Model) -> None:
    src = io.BytesIO(b"message\nhello\n")
    summary = score_file(src, tmp_path / "out.jsonl", model=model)
    assert summary.rows_written == 1
    assert json.loads((tmp_path / "out.jsonl").read_text())["message"] == "hello"


def test_summary_line_mentions_replacements_and_duplicates() -> None:
    line = ScoreSummary(2, 2, 0, 1, replaced_bytes=3, duplicate_ids=1, seconds=1.0).line()
    assert line == ("read 2 rows, wrote 2, flagged 0, not scored 1, with notes 0, replaced bytes 3,"
                    " duplicate ids 1 in 1.0 s (2 rows/s)")


def _die_in_worker(parent: int, chunk: object, spec: object) -> object:
    """Score normally in the test process; end a worker process abruptly."""
    if os.getpid() != parent:
        os._exit(3)
    return _REAL_SCORE_CHUNK(chunk, spec)  # type: ignore[arg-type]


_REAL_SCORE_CHUNK = rio._score_chunk


def _slow_ready(seconds: float, model_file: str | None = None) -> int:
    """A worker that takes a while to start."""
    import time

    time.sleep(seconds)
    return os.getpid()


@pytest.mark.parametrize("chunk_size", [1, 2, 10_000])
@pytest.mark.parametrize("lines", [['{"id": 1}', '{"id": 2, "message": "hi"}'],
                                   ['{"id": 1, "message": "hi"}', '{"id": 2}', '{"id": 3}']])
def test_jsonl_without_message_on_some_lines_does_not_depend_on_the_chunk_size(
        tmp_path: Path, lines: list[str], chunk_size: int) -> None:
    """A line without ``message`` is an empty message; the first chunk (so --chunk-size)
    decided whether the whole file was refused, and a later chunk without one stopped the run
    (review25, R23-E)."""
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    score_file(src, out, chunk_size=chunk_size, jobs=1)
    rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == list(range(1, len(lines) + 1))
    assert [r["error"] for r in rows if r.get("message") is None] == \
        ["empty message; scored on profile fields only"] * (len(lines) - 1)


def test_jsonl_with_no_message_anywhere_is_refused(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": 1, "text": "a"}\n{"id": 2}\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"no 'message' column .*found: 'id', 'text'"):
        score_file(src, tmp_path / "out.jsonl", chunk_size=1, jobs=1)
    assert not (tmp_path / "out.jsonl").exists()


def test_lines_read_ahead_are_still_split() -> None:
    s = DecodedStream(io.BytesIO(b'{"a": 1}\n{"a": 2}\nlast'))
    assert s.peek(1 << 20).startswith('{"a": 1}')
    assert list(s.iter_lines()) == ['{"a": 1}', '{"a": 2}', "last"]


def test_jsonl_whose_first_mib_has_no_message_is_still_read_by_its_first_chunk(
        tmp_path: Path) -> None:
    """The look-ahead decides only when it finds a message; a first chunk with one was read
    before it and still is (review27)."""
    src = tmp_path / "in.jsonl"
    note = "x" * 400
    lines = [json.dumps({"id": i, "note": note}) for i in range(3000)]
    lines += [json.dumps({"id": 3000 + i, "message": "hi"}) for i in range(100)]
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert src.stat().st_size > rio.JSONL_LOOKAHEAD
    summary = score_file(src, tmp_path / "out.jsonl", jobs=1)
    assert summary.rows_written == 3100



def test_a_row_flagged_at_a_lower_threshold_is_not_uncertain(tmp_path: Path) -> None:
    """`uncertain` beside flagged=True (review27): a flagged row's band is the model's band."""
    src = tmp_path / "in.csv"
    src.write_text("id,message\n1,hello\n", encoding="utf-8")
    out = tmp_path / "out.csv"
    score_file(src, out, threshold=0.0, jobs=1)
    row = pd.read_csv(out).iloc[0]
    assert bool(row["flagged"]) and row["band"] == "medium"


def test_the_output_stream_is_a_text_file(tmp_path: Path) -> None:
    """A wrapper object broke `isinstance`, `with` and closing it in the block (review29)."""
    with rio.atomic_output(tmp_path / "a.txt") as fh:
        assert isinstance(fh, io.TextIOBase)
        with fh:
            fh.write("abc")
    assert (tmp_path / "a.txt").read_text(encoding="utf-8") == "abc"
    with rio.atomic_output(tmp_path / "b.txt") as fh:
        fh.write("x")
        fh.close()
    assert (tmp_path / "b.txt").read_text(encoding="utf-8") == "x"


def test_dev_stdout_writes_through_a_redirection(tmp_path: Path) -> None:
    """`-o /dev/stdout >> log` replaced the log by the output (review29)."""
    import subprocess
    import sys

    log = tmp_path / "log.txt"
    log.write_text("earlier line\n", encoding="utf-8")
    src = Path(__file__).resolve().parents[1] / "examples" / "approaches.csv"
    with log.open("a", encoding="utf-8") as out:
        proc = subprocess.run([sys.executable, "-m", "recruitscore", "score", str(src), "-o",
                               "/dev/stdout", "-q", "-j", "1"], stdout=out,
                              stderr=subprocess.PIPE, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr
    lines = log.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "earlier line" and lines[1].startswith("id,message,")


def test_a_closed_standard_error_does_not_stop_score(tmp_path: Path) -> None:
    """The progress bar asked a closed stderr whether it was a terminal (exit 70; review29)."""
    import subprocess
    import sys

    src = Path(__file__).resolve().parents[1] / "examples" / "approaches.csv"
    out = tmp_path / "out.csv"
    proc = subprocess.run([sys.executable, "-m", "recruitscore", "score", str(src), "-o",
                           str(out), "-j", "1"], timeout=120, check=False,
                          preexec_fn=lambda: os.close(2))
    assert proc.returncode == 0 and len(pd.read_csv(out)) == 8



@pytest.mark.parametrize(("path", "through"), [("/dev/fd/3", True), ("/proc/self/fd/4", True),
                                               ("/dev/stderr", True), ("/dev/shm/out.csv", False),
                                               ("/proc/out.csv", False)])
def test_only_descriptor_paths_are_written_through(path: str, through: bool) -> None:
    """A regular file under /dev/shm is replaced atomically, as any other (review29)."""
    assert bool(rio._DESCRIPTOR_PATH.match(path)) is through


def test_cell_chars_arrow_count_equals_the_pandas_count() -> None:
    # the Arrow fast path of _cell_chars against Series.str.len() (missing values, non-ASCII,
    # astral characters, an object column and a number column)
    frame = pd.read_csv(io.StringIO('id,message,n\n1,"héllo 😀",3\n2,,4\n3,"a\nb",\n'),
                        dtype=str, keep_default_na=False, na_values=[""])
    frame["obj"] = pd.Series(["xyz", None, "é"], dtype=object)
    frame["num"] = [1.5, 2.0, 3.0]
    plain = int(sum(col.str.len().sum() for _, col in frame.items()
                    if col.dtype == object or pd.api.types.is_string_dtype(col)))
    assert rio._cell_chars(frame) == plain == 3 + (7 + 3) + 2 + 4  # id, message, n, obj


@given(st.lists(st.lists(st.text(alphabet='ab ,"\n\r\t\'=é😀\x00', max_size=6)
                         | st.sampled_from(["", '""', "a,b", 'x"', "\n", "\r\n", " lead"]),
                         min_size=2, max_size=5), min_size=0, max_size=6))
@settings(max_examples=300, deadline=None)
def test_csv_fast_path_writes_what_the_csv_module_writes(rows: list[list[str]]) -> None:
    width = min((len(r) for r in rows), default=2)
    rows = [r[:width] for r in rows]
    cols = [[r[j] for r in rows] for j in range(width)]
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    fast = rio._csv_text(cols)
    if any("\r" in v for r in rows for v in r):
        assert fast is None  # left to the csv path, which quotes whole rows
    else:
        assert fast == buf.getvalue() == rio._rows_text(cols, "csv")
    assert rio._csv_text([["a", 1.5], ["b", "c"]]) is None  # not text: the csv path
