"""``recruitscore score`` through typer's CliRunner: exit codes, one-line errors, stdin/stdout."""

from __future__ import annotations

import csv
import json
import pickle
from pathlib import Path

import pandas as pd
import pytest
from click.testing import Result
from typer.testing import CliRunner

from recruitscore.cli import app
from recruitscore.cli_score import _progress_bar, score_cmd
from recruitscore.model import load_model
from recruitscore.scoring import OUTPUT_COLUMNS

from .test_io import HOSTILE, LEGIT, shared_model_file, sprinkled_rows, write_rows

if "score" not in [c.name for c in app.registered_commands]:
    app.command("score")(score_cmd)

runner = CliRunner()


@pytest.fixture(scope="module")
def model_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return shared_model_file(tmp_path_factory)


def score(*args: object, input: str | bytes | None = None) -> Result:
    return runner.invoke(app, ["score", *map(str, args)], input=input)


def one_error_line(result: Result) -> str:
    """The run failed with exit code 2 and exactly one line on stderr, no traceback."""
    assert result.exit_code == 2, (result.exit_code, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    assert lines[0].startswith("recruitscore: error: ")
    return lines[0]


def test_score_file_to_file(
    tmp_path: Path, model_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("recruitscore.io._MIN_PARALLEL_ROWS", 0)  # workers for a small file
    rows = sprinkled_rows(40)
    src = write_rows(tmp_path / "in.csv", rows)
    result = score(src, "-o", tmp_path / "out.csv", "--model", model_path, "--chunk-size", 15,
                   "--jobs", 2, "--id-col", "id")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    out = pd.read_csv(tmp_path / "out.csv", dtype=str, keep_default_na=False)
    assert out["id"].tolist() == [r[0] for r in rows[1:]]
    assert list(out.columns) == rows[0] + list(OUTPUT_COLUMNS)
    summary = result.stderr.strip().splitlines()[-1]
    assert summary.startswith("recruitscore: read 40 rows, wrote 40, flagged ")
    assert summary.endswith("rows/s)")


def test_stdin_to_stdout_and_formats(tmp_path: Path, model_path: Path) -> None:
    text = f'id,message\n1,"{HOSTILE}"\n2,"{LEGIT}"\n'
    result = score("-", "--model", model_path, "--quiet", input=text)
    assert result.exit_code == 0 and result.stderr == ""
    out = list(csv.reader(result.stdout.splitlines()))
    assert out[0] == ["id", "message", *OUTPUT_COLUMNS] and [r[0] for r in out[1:]] == ["1", "2"]
    as_jsonl = score("-", "--model", model_path, "--format", "jsonl", "-q",
                     input='{"id": 7, "message": "Écrivez-moi sur WhatsApp"}\n')
    assert as_jsonl.exit_code == 0, as_jsonl.stderr
    row = json.loads(as_jsonl.stdout)
    assert row["id"] == 7 and row["message"] == "Écrivez-moi sur WhatsApp"
    # output format from the extension
    src = write_rows(tmp_path / "in.csv", [["message"], [HOSTILE]])
    assert score(src, "-o", tmp_path / "o.jsonl", "--model", model_path).exit_code == 0
    assert json.loads((tmp_path / "o.jsonl").read_text())["message"] == HOSTILE


def test_fail_on_threshold(tmp_path: Path, model_path: Path) -> None:
    src = write_rows(tmp_path / "in.csv", [["message"], [HOSTILE], [LEGIT]])
    out = tmp_path / "out.csv"
    flagged = score(src, "-o", out, "--model", model_path, "--threshold", 0, "--fail-on-threshold")
    assert flagged.exit_code == 1
    assert out.exists()  # the output is written all the same
    clean = score(src, "-o", out, "--model", model_path, "--threshold", 1, "--fail-on-threshold")
    assert clean.exit_code == 0
    assert "flagged 0" in clean.stderr


@pytest.mark.parametrize(
    ("setup", "extra", "expected"),
    [
        (None, [], "input file not found"),
        (b"", [], "input file is empty"),
        (b"id,text\n1,hi\n", [],
         "no 'message' column in in.csv (found: 'id', 'text'); map one with --map SRC=message"),
        (b"id;message\n1;hi\n", [], "pass --sep ';'"),
        (b"id,message\n1,caf\xe9\n", [], "--encoding-errors replace"),
        (b"message,message\nhi,ho\n", [], "duplicate column name(s) in in.csv: ['message']"),
        (b"message\nhi\n", ["--map", "nope"], "--map expects SRC=DST, got 'nope'"),
        (b"message\nhi\n", ["--model", "/nonexistent/model.npz"], "model file not found"),
        (b"message\nhi\n", ["--model", "__PICKLE__"], "no longer read"),
        (b"message\nhi\n", ["--jobs", "0"], "--jobs must be a positive number"),
        (b"message\nhi\n", ["-o", "/nonexistent/dir/out.csv"], "output directory does not exist"),
    ],
)
def test_input_and_model_errors_exit_2_with_one_line(
    tmp_path: Path, model_path: Path, setup: bytes | None, extra: list[str], expected: str
) -> None:
    src = tmp_path / "in.csv"
    if setup is not None:
        src.write_bytes(setup)
    if "__PICKLE__" in extra:
        (tmp_path / "m.pkl").write_bytes(pickle.dumps(load_model(model_path).linear))
        extra = ["--model", str(tmp_path / "m.pkl")]
    if "--model" not in extra:
        extra = [*extra, "--model", str(model_path)]
    result = score(src, "-o", tmp_path / "out.csv", *extra)
    assert expected in one_error_line(result)
    assert not (tmp_path / "out.csv").exists()


def test_unsafe_option_is_gone(tmp_path: Path, model_path: Path) -> None:
    src = write_rows(tmp_path / "in.csv", [["message"], [HOSTILE]])
    result = score(src, "--model", model_path, "--unsafe", "-q")
    assert result.exit_code == 2 and "--unsafe" in result.stderr


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert score("x.csv", "--format", "xml").exit_code == 2
    assert score("x.csv", "--threshold", "2").exit_code == 2
    assert score("x.csv", "--encoding-errors", "ignore").exit_code == 2
    assert score().exit_code == 2


def test_failing_run_leaves_no_output_file(tmp_path: Path, model_path: Path) -> None:
    rows = sprinkled_rows(30)
    rows[25] = [*rows[25], "extra"]
    src = write_rows(tmp_path / "in.csv", rows)
    result = score(src, "-o", tmp_path / "out.csv", "--model", model_path, "--chunk-size", 5,
                   "--jobs", 1)
    assert "cannot parse in.csv" in one_error_line(result)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.csv"]


@pytest.mark.parametrize(("name", "text"), [
    ("in.csv", "id,message\na1,hi,extra,more\na2,add me on whatsapp\n"),
    ("in.tsv", "id\tmessage\na1\thi\textra\textra2\na2\tadd me on whatsapp\n"),
])
def test_a_first_row_longer_than_the_header_is_refused(tmp_path: Path, model_path: Path,
                                                        name: str, text: str) -> None:
    # found by a review: pandas read the surplus fields as index columns, the ids and the
    # messages shifted and the run succeeded
    src = tmp_path / name
    src.write_text(text, encoding="utf-8")
    result = score(src, "-o", tmp_path / "out.csv", "--model", model_path, "--jobs", 1)
    assert "more fields than the header" in one_error_line(result)
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]


def test_options_map_sep_replace_and_warnings(tmp_path: Path, model_path: Path) -> None:
    (tmp_path / "in.csv").write_bytes(b"\xef\xbb\xbfref;text\r\n1;caf\xe9\r\n1;NA\r\n")
    result = score(tmp_path / "in.csv", "-o", tmp_path / "out.jsonl", "--model", model_path,
                   "--sep", ";", "--map", "text=message", "--id-col", "ref",
                   "--encoding-errors", "replace")
    assert result.exit_code == 0, result.stderr
    rows = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert [(r["ref"], r["message"]) for r in rows] == [("1", "caf\ufffd"), ("1", "NA")]
    assert "recruitscore: warning: replaced 1 undecodable byte(s)" in result.stderr
    assert "recruitscore: warning: 1 row(s) repeat an id already seen in 'ref'" in result.stderr
    assert "replaced bytes 1, duplicate ids 1" in result.stderr


def test_progress_bar_only_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    with _progress_bar(True) as update:
        assert update is None  # CliRunner/pytest stderr is not a terminal
    monkeypatch.setattr("sys.stderr.isatty", lambda: True)
    with _progress_bar(False) as update:
        assert update is None  # --quiet
    with _progress_bar(True) as update:
        assert callable(update)
        update(10, 100, 5)


@pytest.mark.parametrize(("jobs", "stdin", "expected"), [("2", False, [1]), ("1", False, []),
                                                        ("2", True, [])])
def test_large_inputs_start_workers_first(
    tmp_path: Path, model_path: Path, monkeypatch: pytest.MonkeyPatch, jobs: str, stdin: bool,
    expected: list[int],
) -> None:
    import recruitscore._workers as workers

    started: list[int] = []
    monkeypatch.setattr(workers, "EARLY_START_BYTES", 0)  # every input counts as large
    monkeypatch.setattr(workers, "start", lambda n: started.append(n))
    src = write_rows(tmp_path / "in.csv", sprinkled_rows(5))
    args = ["-", "--quiet"] if stdin else [src, "-o", tmp_path / "out.csv", "--quiet"]
    result = score(*args, "--model", model_path, "--jobs", jobs,
                   input=src.read_text() if stdin else None)
    assert result.exit_code == 0, result.stderr
    assert started == expected
