"""Rule R35-D: the command line's lows left by the robustness hunt R34-C (helper-225): ``--jobs``
with a negative number, ``--map`` onto a column the input has, a file written with another
delimiter, and an output named for a format recruitscore does not write."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import Result
from typer.testing import CliRunner

from recruitscore import _workers
from recruitscore.cli import app
from recruitscore.errors import InputError
from recruitscore.tables import delimiter_hint, parse_map

from .test_io import HOSTILE, LEGIT, shared_model_file

runner = CliRunner()
FRENCH = "Bonjour, ajoutez-moi sur WhatsApp, mon client souhaite rester anonyme. Entre nous."


@pytest.fixture(scope="module")
def model_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return shared_model_file(tmp_path_factory)


def run(*args: object) -> Result:
    return runner.invoke(app, [str(a) for a in args])


def one_error_line(result: Result) -> str:
    assert result.exit_code == 2, (result.exit_code, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    assert lines[0].startswith("recruitscore: error: "), lines
    return lines[0]


def comma_file(path: Path) -> Path:
    path.write_text(f'id,message\n1,"{HOSTILE}"\n2,"{LEGIT}"\n3,"{FRENCH}"\n', encoding="utf-8")
    return path


# -- 1. --jobs -----------------------------------------------------------------------------------
def test_jobs_counts_back_from_all_cores_as_joblib(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_workers, "usable_cpus", lambda: 8)
    assert [_workers.n_jobs(j) for j in (None, -1, -2, -3, -8, -100, 1, 3, 100)] == [
        8, 8, 7, 6, 1, 1, 1, 3, 8]
    for bad in (0, True, 1.5):
        with pytest.raises(InputError, match=r"-1: all, -2: all but one"):
            _workers.n_jobs(bad)  # type: ignore[arg-type]


def test_jobs_zero_is_one_line_naming_the_rule(tmp_path: Path, model_path: Path) -> None:
    src = comma_file(tmp_path / "in.csv")
    line = one_error_line(run("score", src, "--model", model_path, "-j", "0",
                              "-o", tmp_path / "o.csv"))
    assert "a negative one counting back from all cores (-1: all, -2: all but one" in line
    assert line.endswith("got 0")
    assert not (tmp_path / "o.csv").exists()


def test_jobs_past_all_cores_warns_and_scores_every_row(tmp_path: Path, model_path: Path) -> None:
    src = comma_file(tmp_path / "in.csv")
    result = run("score", src, "--model", model_path, "-j", "-10000", "-o", tmp_path / "o.csv")
    assert result.exit_code == 0, result.stderr
    assert (f"warning: --jobs -10000 counts back past all {_workers.usable_cpus()} usable "
            "CPU(s); using 1") in result.stderr
    assert (tmp_path / "o.csv").read_text().count("\n") == 4
    quiet = run("score", src, "--model", model_path, "-j", "-1", "-o", tmp_path / "p.csv")
    assert quiet.exit_code == 0 and "warning" not in quiet.stderr


@pytest.mark.parametrize("command", ["score", "campaigns"])
def test_jobs_help_says_what_a_negative_number_means(command: str) -> None:
    import typer.main

    cmd = typer.main.get_command(app).commands[command]  # type: ignore[attr-defined]
    (jobs,) = [p for p in cmd.params if p.name == "jobs"]
    assert "-1 = all, -2 = all but one" in jobs.help


# -- 2. --map --------------------------------------------------------------------------------------
@pytest.mark.parametrize("suffix", ["csv", "jsonl"])
def test_map_onto_a_column_the_input_has_is_refused(
    tmp_path: Path, model_path: Path, suffix: str
) -> None:
    """``--map id=message`` replaced the messages with the ids, and the ids were gone, without
    a word (the old messages came out as ``original_message``)."""
    src = tmp_path / f"in.{suffix}"
    if suffix == "csv":
        comma_file(src)
    else:
        src.write_text("".join(json.dumps({"id": i, "message": m}, ensure_ascii=False) + "\n"
                               for i, m in enumerate((HOSTILE, FRENCH))), encoding="utf-8")
    out = tmp_path / f"out.{suffix}"
    line = one_error_line(run("score", src, "--model", model_path, "--map", "id=message",
                              "-o", out))
    assert line == ("recruitscore: error: --map id=message: the input already has a column "
                    "'message', which the map would replace; map that one away too (--map "
                    "message=NEW) or leave out the map")
    assert not out.exists()
    # said explicitly, it is done: both columns kept, under the names asked for
    ok = run("score", src, "--model", model_path, "--map", "id=message", "--map",
             "message=text", "-o", out, "-q")
    assert ok.exit_code == 0, ok.stderr
    text = out.read_text(encoding="utf-8")
    assert "original_message" not in text and "text" in text.splitlines()[0]
    assert "WhatsApp" in text  # the messages, under "text"


def test_map_onto_another_used_column_is_refused_in_every_reader(
    tmp_path: Path, model_path: Path
) -> None:
    src = tmp_path / "in.csv"
    src.write_text(f'id,sender_company,message,label\n1,Acme,"{HOSTILE}",1\n'
                   f'2,Globex,"{FRENCH}",1\n3,Initech,"{LEGIT}",0\n', encoding="utf-8")
    expected = "--map id=sender_company: the input already has a column 'sender_company'"
    assert expected in one_error_line(run("score", src, "--model", model_path, "--map",
                                          "id=sender_company"))
    assert expected in one_error_line(run("evaluate", src, "--model", model_path, "--map",
                                          "id=sender_company"))
    assert expected in one_error_line(run("score", src, "--model", model_path, "--map",
                                          "id=sender_company", "--conversation-col", "id"))


def test_ambiguous_maps_are_refused() -> None:
    with pytest.raises(InputError, match=r"^--map id=x and --map id=y map 'id' twice; keep one$"):
        parse_map(["id=x", "id=y"])
    with pytest.raises(InputError, match=r"--map text=message and --map body=message both name "
                                         r"'message'; map one column onto it"):
        parse_map(["text=message", "body=message"])
    assert parse_map(["text=message", " text = message", "a=b", "b=a"]) == {
        "text": "message", "a": "b", "b": "a"}


def test_two_maps_onto_message_are_one_line(tmp_path: Path, model_path: Path) -> None:
    src = tmp_path / "in.csv"
    src.write_text(f'text,body\n"{HOSTILE}","{FRENCH}"\n', encoding="utf-8")
    line = one_error_line(run("score", src, "--model", model_path, "--map", "text=message",
                              "--map", "body=message"))
    assert "both name 'message'" in line


# -- 3. another delimiter ------------------------------------------------------------------------
SEMICOLON = ("id;sender_company;message;label\n"
             f"1;Acme;{HOSTILE};1\n2;Globex;{FRENCH};1\n3;Initech;{LEGIT};0\n")


@pytest.mark.parametrize("args", [
    ["score"], ["campaigns"], ["evaluate"], ["score", "--conversation-col", "id"]])
def test_a_semicolon_file_gets_the_sep_hint_not_the_quoting_one(
    tmp_path: Path, model_path: Path, args: list[str]
) -> None:
    """Its messages hold commas, so the comma reader saw more fields than the header's one and
    the line said to quote fields holding ','."""
    src = tmp_path / "in.csv"
    src.write_text(SEMICOLON, encoding="utf-8")
    out = [] if args[0] == "evaluate" else ["-o", tmp_path / "o.csv"]
    line = one_error_line(run(args[0], src, *args[1:], "--model", model_path, *out))
    assert line.endswith("(is the delimiter ';'? pass --sep ';')"), line
    assert "quote fields" not in line
    good = run(args[0], src, *args[1:], "--model", model_path, "--sep", ";", *out)
    assert good.exit_code == 0, good.stderr


def test_a_semicolon_file_without_commas_gets_the_hint_in_every_reader(
    tmp_path: Path, model_path: Path
) -> None:
    src = tmp_path / "in.csv"
    src.write_text("id;message;label\n1;Bonjour et merci;0\n2;Hello there;0\n", encoding="utf-8")
    for args in (["score"], ["evaluate"], ["train", "-o", tmp_path / "m.npz"],
                 ["score", "--conversation-col", "id"]):
        line = one_error_line(run(args[0], src, *args[1:], "--model", model_path)
                              if args[0] != "train" else run(*args[:1], src, *args[1:]))
        assert "(found: 'id;message;label') (is the delimiter ';'? pass --sep ';')" in line


def test_a_well_formed_comma_file_is_read_as_before(tmp_path: Path, model_path: Path) -> None:
    """Semicolons, tabs and bars in a comma file's messages (and one in a header name) change
    nothing; a row too long there keeps the quoting hint."""
    src = tmp_path / "in.csv"
    src.write_text('id,note;x,message\n1,a;b,"Hello; call me | now"\n'
                   '2,c,Merci; à bientôt\n', encoding="utf-8")
    result = run("score", src, "--model", model_path, "-o", tmp_path / "o.csv", "-q")
    assert result.exit_code == 0, result.stderr
    lines = (tmp_path / "o.csv").read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("id,note;x,message,risk") and len(lines) == 3
    assert "Merci; à bientôt" in lines[2]
    bad = tmp_path / "bad.csv"
    bad.write_text("id,message\n1,hello,there,again\n", encoding="utf-8")
    line = one_error_line(run("score", bad, "--model", model_path))
    assert "quote fields holding ','" in line and "--sep" not in line
    assert delimiter_hint(["id", "note;x", "message"], ",") == ""


# -- 4. outputs ------------------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["out.xlsx", "out.parquet", "out.csv.gz", "out.XLS"])
@pytest.mark.parametrize("args", [["score"], ["campaigns"], ["score", "--conversation-col", "id"]])
def test_an_output_named_for_another_format_is_refused_before_any_work(
    tmp_path: Path, model_path: Path, name: str, args: list[str]
) -> None:
    src = comma_file(tmp_path / "in.csv")
    out = tmp_path / name
    line = one_error_line(run(args[0], src, *args[1:], "--model", model_path, "-o", out))
    suffix = Path(name).suffix.lower()
    assert line == (f"recruitscore: error: cannot write {name}: recruitscore writes CSV, TSV or "
                    f"JSON Lines, not {suffix}; name the output .csv, .tsv or .jsonl (--format, "
                    "which also sets the input's format, writes one of those under any name)")
    assert not out.exists()
    out.write_text("mine")  # an existing file is left as it was
    one_error_line(run(args[0], src, *args[1:], "--model", model_path, "-o", out))
    assert out.read_text() == "mine"
    forced = run(args[0], src, *args[1:], "--model", model_path, "-o", out, "--format", "csv",
                 "-q")
    assert forced.exit_code == 0, forced.stderr
    assert out.read_text().startswith(("id,message,risk", "conversation_id,", "id,message,"))


def test_output_names_with_a_known_suffix_or_none_write_as_before(
    tmp_path: Path, model_path: Path
) -> None:
    src = comma_file(tmp_path / "in.csv")
    for name, first in (("o.json", "{"), ("o.tsv", "id\tmessage\t"), ("plain", "id,message,")):
        assert run("score", src, "--model", model_path, "-o", tmp_path / name, "-q").exit_code == 0
        assert (tmp_path / name).read_text(encoding="utf-8").startswith(first), name


def test_conversations_write_the_format_the_name_says(tmp_path: Path, model_path: Path) -> None:
    """``--conversation-col`` wrote CSV into out.tsv and out.json (rule R35-D)."""
    src = tmp_path / "in.csv"
    src.write_text(f'c,message\nt1,"{HOSTILE}"\nt1,"=1+1\tsecond"\nt2,"{FRENCH}"\n',
                   encoding="utf-8")
    base = ["score", src, "--model", model_path, "--conversation-col", "c", "-q", "-o"]
    assert run(*base, tmp_path / "o.tsv").exit_code == 0
    rows = (tmp_path / "o.tsv").read_text(encoding="utf-8").splitlines()
    assert rows[0].split("\t")[:3] == ["conversation_id", "n_messages", "n_inbound"]
    assert len(rows) == 3 and all(len(r.split("\t")) == len(rows[0].split("\t")) for r in rows)
    assert run(*base, tmp_path / "o.json").exit_code == 0
    records = [json.loads(line) for line in (tmp_path / "o.json").read_text().splitlines()]
    assert sorted(r["conversation_id"] for r in records) == ["t1", "t2"]
    assert run(*base, tmp_path / "o.csv").exit_code == 0
    assert (tmp_path / "o.csv").read_text().startswith("conversation_id,n_messages,")


# -- 5. the seal -------------------------------------------------------------------------------
def test_a_resealed_forgery_loads_and_only_a_pinned_hash_tells(
    tmp_path: Path, model_path: Path
) -> None:
    """What README says of the seal: an integrity check, not a signature. A model whose arrays
    and sidecar are both rewritten and sealed again loads; the sha256 that ``info --json``
    prints (that of the ``.npz`` file) differs from the one recorded, which is how to pin one."""
    import hashlib

    import numpy as np

    from recruitscore.model import load_model, manifest_seal

    pinned = json.loads(run("info", "--json", "--model", model_path).stdout)["sha256"]
    assert pinned == hashlib.sha256(model_path.read_bytes()).hexdigest()
    forged = tmp_path / "forged.npz"
    with np.load(model_path, allow_pickle=False) as npz:
        arrays = {k: npz[k] for k in npz.files}
    arrays["text_coef"] = np.zeros_like(arrays["text_coef"])  # the wording silenced
    with forged.open("wb") as fh:
        np.savez(fh, **arrays)
    manifest = json.loads(model_path.with_suffix(".json").read_text())
    manifest["threshold"] = 0.999  # every alert silenced
    manifest["sha256"] = hashlib.sha256(forged.read_bytes()).hexdigest()
    manifest["seal"] = manifest_seal(manifest)
    forged.with_suffix(".json").write_text(json.dumps(manifest))
    assert load_model(forged).threshold == pytest.approx(0.999)  # it loads: no signature
    shown = json.loads(run("info", "--json", "--model", forged).stdout)["sha256"]
    assert shown != pinned  # the pinned hash tells
