"""Review 16 (December 2026): outputs that would overwrite an input, outputs that overwrite each
other, partial output sets, a model whose arrays do not fit the code, control characters on the
analyst's terminal, memory with long messages. Each test reproduces one finding."""

from __future__ import annotations

import hashlib
import io
import json
import shutil
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from click.testing import Result
from typer.testing import CliRunner

from recruitscore.cli import app
from recruitscore.model import default_model_path, load_model, manifest_seal

ROOT = Path(__file__).resolve().parents[1]
EXPORT = ROOT / "examples" / "linkedin-export"
runner = CliRunner()


def run(*args: object) -> Result:
    return runner.invoke(app, [str(a) for a in args])


def refused(result: Result, *words: str) -> str:
    """Exit code 2, one line on stderr naming ``words``, no traceback."""
    assert result.exit_code == 2, (result.exit_code, result.stderr, result.exception)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    for word in words:
        assert word in lines[0], lines[0]
    return lines[0]


def test_conversation_scoring_refuses_to_write_over_its_input(tmp_path: Path) -> None:
    data = tmp_path / "conv.csv"
    data.write_text("conv,message\nc1,Add me on WhatsApp\nc1,my client pays per report\n")
    before = data.read_bytes()
    refused(run("score", data, "--conversation-col", "conv", "-o", data, "-q", "-j1"),
            "is the input file")
    assert data.read_bytes() == before


def test_inbox_refuses_to_write_over_the_export_it_reads(tmp_path: Path) -> None:
    export = tmp_path / "export"
    shutil.copytree(EXPORT, export)
    before = (export / "messages.csv").read_bytes()
    refused(run("inbox", export / "messages.csv", "-o", export), "is the input file")
    assert (export / "messages.csv").read_bytes() == before
    assert not (export / "report.html").exists()


def test_train_refuses_to_write_its_manifest_over_the_training_data(tmp_path: Path) -> None:
    data = tmp_path / "model.json"
    rows = [{"message": f"Add me on WhatsApp {i}", "label": 1} for i in range(5)]
    rows += [{"message": f"Senior engineer role, salary band {i}", "label": 0} for i in range(5)]
    data.write_text("".join(json.dumps(r) + "\n" for r in rows))
    before = data.read_bytes()
    refused(run("train", data, "-o", tmp_path / "model.npz"), "training data")
    assert data.read_bytes() == before


def _forged(tmp_path: Path, change) -> Path:  # type: ignore[no-untyped-def]
    """The shipped model's arrays changed by ``change``, with a manifest that matches them (a
    hash and a seal, as a writer that knows the format would make)."""
    src = default_model_path()
    with np.load(src, allow_pickle=False) as z:
        arrays = {k: z[k] for k in z.files}
    change(arrays)
    path = tmp_path / "forged.npz"
    with path.open("wb") as fh:
        np.savez_compressed(fh, **arrays)
    manifest = json.loads(src.with_suffix(".json").read_text())
    manifest["sha256"] = hashlib.sha256(path.read_bytes()).hexdigest()
    manifest["file"] = path.name
    manifest["seal"] = manifest_seal(manifest)
    path.with_suffix(".json").write_text(json.dumps(manifest))
    return path


def test_a_model_with_two_dimensional_vectors_is_refused_at_load(tmp_path: Path) -> None:
    def two_d(a: dict[str, np.ndarray]) -> None:
        n = len(a["terms"]) // 2 * 2
        for key in ("terms", "idf", "text_coef"):
            a[key] = a[key][:n].reshape(-1, 2)

    path = _forged(tmp_path, two_d)
    from recruitscore.errors import ModelError

    with pytest.raises(ModelError, match="terms has shape"):
        load_model(path)
    refused(run("explain", "Add me on WhatsApp", "--model", path), "refusing to load")


def test_a_fault_of_the_library_is_one_line_not_a_traceback(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import recruitscore.scoring

    def broken(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise ValueError("operands could not be broadcast together")

    monkeypatch.setattr(recruitscore.scoring, "score", broken)
    result = run("explain", "hello")
    assert result.exit_code == 70, (result.exit_code, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "internal error: ValueError" in lines[0], result.stderr


def test_inbox_writes_all_three_files_or_none(tmp_path: Path) -> None:
    out = tmp_path / "out"
    (out / "report.html").mkdir(parents=True)
    for name in ("conversations.csv", "messages.csv"):
        (out / name).write_text("OLD\n")
    line = refused(run("inbox", EXPORT / "messages.csv", "-o", out), "report.html")
    assert ".report.html." not in line  # the target is named, not a temporary file
    for name in ("conversations.csv", "messages.csv"):
        assert (out / name).read_text() == "OLD\n"
    assert sorted(p.name for p in out.iterdir()) == ["conversations.csv", "messages.csv",
                                                      "report.html"]


def test_inbox_puts_earlier_files_back_when_a_later_move_fails(tmp_path: Path,
                                                               monkeypatch) -> None:  # type: ignore[no-untyped-def]

    from recruitscore import inbox

    out = tmp_path / "out"
    out.mkdir()
    (out / "conversations.csv").write_text("OLD\n")
    refuse_replace(monkeypatch, inbox, lambda dst: dst.endswith("report.html"))
    with pytest.raises(PermissionError) as info:
        inbox._write_atomic(out, {"conversations.csv": "NEW\n", "messages.csv": "NEW\n",
                                  "report.html": "NEW"})
    assert info.value.filename == str(out / "report.html")
    assert (out / "conversations.csv").read_text() == "OLD\n"
    assert sorted(p.name for p in out.iterdir()) == ["conversations.csv"]


@pytest.mark.parametrize("options", [("-o", "c.csv", "--summary", "c.csv"),
                                     ("-o", "c.csv", "--stix", "c.csv"),
                                     ("-o", "c.csv", "--summary", "s.json", "--stix", "s.json")])
def test_campaigns_refuses_two_outputs_in_one_file(tmp_path: Path, options) -> None:  # type: ignore[no-untyped-def]
    args = [str(tmp_path / o) if not o.startswith("-") else o for o in options]
    refused(run("campaigns", ROOT / "examples" / "approaches.csv", *args, "-q"),
            "name the same file")
    assert not list(tmp_path.iterdir())


def test_explain_shows_control_characters_as_escapes() -> None:
    result = run("explain", "hello \x1b]0;PWNED\x07\x1b[2J\x1b[31m add me on WhatsApp [bold]x")
    assert result.exit_code == 0, result.stderr
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout
    assert "\\x1b[2J" in result.stdout and "[bold]x" in result.stdout


@pytest.mark.parametrize("encode, word", [(lambda b: b.decode().encode("utf-16"), "UTF-16"),
                                          (lambda b: __import__("gzip").compress(b), "gzip")])
def test_inbox_names_utf16_and_gzip(tmp_path: Path, encode, word) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "messages.csv"
    path.write_bytes(encode((EXPORT / "messages.csv").read_bytes()))
    refused(run("inbox", path, "-o", tmp_path / "out"), word)


def test_chunks_end_at_a_byte_budget(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from recruitscore import io as rio

    # short rows first, then long ones (review17: a budget estimated from the rows before
    # made one 143 MB chunk)
    rows = [f"{i},hi\n" for i in range(1000)] + [f"{i},{'word ' * 400}\n"
                                                  for i in range(1000, 4000)]
    text = "id,message\n" + "".join(rows)
    monkeypatch.setattr(rio, "MAX_CHUNK_BYTES", 50_000)
    monkeypatch.setattr(rio, "_PIECE_ROWS", 10)
    chunks = list(rio.iter_csv_chunks(rio.DecodedStream(io.BytesIO(text.encode())),
                                      chunk_size=10_000))
    # a chunk ends at the piece that reaches the budget: at most 50,000 + 10 rows of 2 kB
    sizes = [sum(len(m) for m in c.frame["message"]) for c in chunks]  # (counted apart)
    assert len(chunks) > 40 and max(sizes) <= 50_000 + 10 * 2_100, sizes
    assert all(rio._cell_chars(c.frame) >= s for c, s in zip(chunks, sizes, strict=True))
    assert [int(i) for c in chunks for i in c.frame["id"]] == list(range(4000))
    assert [c.start for c in chunks] == [0, *np.cumsum([len(c.frame) for c in chunks])[:-1]]
    # a chunk keeps its size in rows (--chunk-size 1500 gave 2,000 with pieces of 1,000), and
    # long rows after a chunk of them do not make the next one large (review18)
    short = "id,message\n" + "".join(f"{i},hi\n" for i in range(4000))
    sized = [len(c.frame) for c in rio.iter_csv_chunks(
        rio.DecodedStream(io.BytesIO(short.encode())), chunk_size=1500)]
    assert sized == [1500, 1500, 1000], sized
    monkeypatch.setattr(rio, "_PIECE_ROWS", 250)
    long_rows = "id,message\n" + "".join(f"{i},{'w' * 6000}\n" for i in range(2000))
    sizes = [sum(len(m) for m in c.frame["message"]) for c in rio.iter_csv_chunks(
        rio.DecodedStream(io.BytesIO(long_rows.encode())), chunk_size=10_000)]
    assert max(sizes[1:]) <= 50_000 + 6_000, sizes
    lines = "".join(json.dumps({"id": i, "message": "word " * 400}) + "\n" for i in range(300))
    sizes = [len(c.frame) for c in rio.iter_jsonl_chunks(
        rio.DecodedStream(io.BytesIO(lines.encode())), chunk_size=10_000)]
    assert sum(sizes) == 300 and max(sizes) <= 26, sizes


def test_a_jsonl_line_that_is_not_json_keeps_its_id(tmp_path: Path) -> None:
    data = tmp_path / "in.jsonl"
    data.write_text('{"id": "a1", "message": "hi"}\n'
                    '{"id": "b2", "message": "Add me on WhatsApp", "n": ' + "9" * 5000 + "}\n"
                    '{"id": 7, "message": oops}\n'
                    '{"id": 1.5, "message": oops}\n'
                    '{"meta": {"id": 9}, "id": 10, "message": oops}\n'
                    '{"message": "cut off", "id": 11\n'
                    '{"id": 1e999, "message": oops}\n')
    out = tmp_path / "out.jsonl"
    result = run("score", data, "-o", out, "-q", "-j1")
    assert result.exit_code == 0, result.stderr
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    # (1.5 is not 1; a line with two "id" keys is ambiguous: no id rather than the wrong one)
    # (the id may end a cut-off line; a number that is not finite is no id: review18)
    assert [r.get("id") for r in rows] == ["a1", "b2", 7, 1.5, None, 11, None]
    assert rows[1]["error"] and rows[2]["error"] and rows[1]["risk"] is None


def test_evaluate_refuses_a_group_column_that_is_not_there(tmp_path: Path) -> None:
    data = tmp_path / "lab.csv"
    pd.DataFrame({"message": ["Add me on WhatsApp", "Senior role, salary band 90-110k"],
                  "label": [1, 0], "\x1b]0;PWNED\x07": ["x", "y"]}).to_csv(data, index=False)
    line = refused(run("evaluate", data, "--by", "nope"), "--by 'nope'")
    assert "\x1b" not in line and "\\x1b]0;PWNED\\x07" in line  # shown, not obeyed


def test_inbox_files_follow_the_umask_and_dash_is_refused(tmp_path: Path) -> None:
    import os
    import stat

    out = tmp_path / "out"
    result = run("inbox", EXPORT / "messages.csv", "-o", out)
    assert result.exit_code == 0, result.stderr
    umask = os.umask(0)
    os.umask(umask)
    for name in ("conversations.csv", "messages.csv", "report.html"):
        assert stat.S_IMODE((out / name).stat().st_mode) == 0o666 & ~umask
    refused(run("inbox", EXPORT / "messages.csv", "-o", "-"), "needs a folder")


def test_inbox_leaves_no_old_file_when_the_earlier_file_cannot_be_moved(
        tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """review21 (R22-I): moving the earlier conversations.csv aside failed and left an empty
    .conversations.csv.old.* file. Since review30 the earlier file is kept by a hard link (or
    a copy where the file system has none) and never moved: here both fail, the copy half-way
    on a full disk."""
    import errno

    from recruitscore import inbox
    from recruitscore import io as rio

    out = tmp_path / "out"
    out.mkdir()
    (out / "conversations.csv").write_text("OLD\n")

    def no_link(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise OSError(errno.EXDEV, "Invalid cross-device link")

    def half_a_copy(src, dst, **kwargs):  # type: ignore[no-untyped-def]
        with open(dst, "w") as fh:
            fh.write("OL")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(rio.os, "link", no_link)
    monkeypatch.setattr(rio.shutil, "copy2", half_a_copy)
    with pytest.raises(OSError, match="No space left"):
        inbox._write_atomic(out, {"conversations.csv": "NEW\n", "messages.csv": "NEW\n",
                                  "report.html": "NEW"})
    assert sorted(p.name for p in out.iterdir()) == ["conversations.csv"]
    assert (out / "conversations.csv").read_text() == "OLD\n"


def test_a_model_that_cannot_be_replaced_keeps_its_manifest(tmp_path: Path,
                                                            monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """review21 (R22-I): the manifest was replaced and the model file not, so the earlier
    model no longer loaded."""

    from recruitscore import model as model_module
    from recruitscore.model import load_model

    target = tmp_path / "m.npz"
    shipped = load_model()
    shipped.save(target)
    before = target.with_suffix(".json").read_text()
    refuse_replace(monkeypatch, model_module, lambda dst: dst.endswith(".npz"))
    with pytest.raises(PermissionError) as info:
        shipped.save(target)
    assert info.value.filename == str(target)
    monkeypatch.undo()
    assert target.with_suffix(".json").read_text() == before
    load_model(target)  # the earlier model still loads
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.json", "m.npz"]


def test_a_model_whose_manifest_cannot_be_read_is_still_saved(tmp_path: Path) -> None:
    """review22 (R22-J): copying an unreadable manifest aside failed the save and left an
    empty .json.old file."""
    import os

    from recruitscore.model import load_model

    target = tmp_path / "m.npz"
    shipped = load_model()
    shipped.save(target)
    target.with_suffix(".json").chmod(0)
    try:
        if os.access(target.with_suffix(".json"), os.R_OK):
            target.with_suffix(".json").chmod(0o644)  # root reads anything: replace it so
            target.with_suffix(".json").unlink()     # the copy has nothing to back up
            target.with_suffix(".json").mkdir()      # ... or a folder, which cannot be
            with pytest.raises(OSError):             # replaced: the save fails cleanly
                shipped.save(target)
            target.with_suffix(".json").rmdir()
        shipped.save(target)
    finally:
        if target.with_suffix(".json").is_file():
            target.with_suffix(".json").chmod(0o644)
    load_model(target)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.json", "m.npz"]


@pytest.mark.parametrize("refused", [(".npz",), (".json.old", "m.json")],
                         ids=["model file refused", "manifest neither moved nor replaced"])
def test_an_unreadable_manifest_and_a_refused_move_change_nothing(
        tmp_path: Path, monkeypatch, refused) -> None:  # type: ignore[no-untyped-def]
    """review23/review24 (R22-K, R22-L): with an earlier manifest that cannot be read (another
    user's, in a shared folder), a model file or manifest that cannot be moved leaves the
    earlier pair as it was, and no temporary file behind."""
    import shutil as shutil_module

    from recruitscore import model as model_module

    target = tmp_path / "m.npz"
    shipped = load_model()
    shipped.save(target)
    before = (target.read_bytes(), target.with_suffix(".json").read_text())

    def unreadable(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(shutil_module, "copy2", unreadable)
    refuse_replace(monkeypatch, model_module, lambda dst: dst.endswith(refused))
    with pytest.raises(PermissionError):
        shipped.save(target)
    monkeypatch.undo()
    assert (target.read_bytes(), target.with_suffix(".json").read_text()) == before
    load_model(target)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.json", "m.npz"]


def refuse_replace(monkeypatch, module, refused) -> None:  # type: ignore[no-untyped-def]
    """Make ``module.os.replace`` fail with a permission error when ``refused(dst)`` is true."""
    import os

    real = os.replace

    def failing(src, dst):  # type: ignore[no-untyped-def]
        if refused(str(dst)):
            raise PermissionError(13, "Permission denied")
        return real(src, dst)

    monkeypatch.setattr(module.os, "replace", failing)


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full on this system")
def test_a_full_disk_names_the_output() -> None:
    """'-o /dev/full' said "No space left on device" and named nothing (review25, R23-E)."""
    refused(run("score", ROOT / "examples" / "approaches.csv", "-o", "/dev/full", "-j", "1"),
            "No space left on device", "/dev/full")
