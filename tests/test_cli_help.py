"""Help pages read well: no placeholder types beside flags, every command documented."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from recruitscore.cli import app

COMMANDS = ["score", "explain", "signals", "train", "evaluate", "info", "inbox", "campaigns"]


@pytest.mark.parametrize("command", COMMANDS)
def test_help_has_no_bool_placeholder(command: str) -> None:
    result = CliRunner().invoke(app, [command, "--help"], env={"COLUMNS": "120"})
    assert result.exit_code == 0, result.output
    assert "<bool>" not in result.output
    assert "--help" in result.output


@pytest.mark.parametrize("argv", [["score", "in.csv", "--threshold", "2"], ["score"],
                                  ["nosuch"], ["explain", "hi", "--bogus"]])
def test_usage_errors_are_one_line(argv: list[str], monkeypatch: pytest.MonkeyPatch,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    """The console script's usage errors: one line and exit 2, as every other error (typer
    drew a box of five lines; review25, R23-E)."""
    from recruitscore.cli import main

    monkeypatch.setattr("sys.argv", ["recruitscore", *argv])
    with pytest.raises(SystemExit) as exc:
        main()
    err = capsys.readouterr().err
    assert exc.value.code == 2
    assert len(err.splitlines()) == 1 and err.startswith("recruitscore: usage error: ")
    assert "--help" in err


def test_the_console_script_keeps_exit_codes(monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    from recruitscore.cli import main

    for argv, code in ((["--version"], 0), (["explain", "hello"], 0), (["info"], 0)):
        monkeypatch.setattr("sys.argv", ["recruitscore", *argv])
        with pytest.raises(SystemExit) as exc:
            main()
        assert exc.value.code == code, argv
    capsys.readouterr()


@pytest.mark.parametrize("argv", [["explain", "hello"], ["signals"]])
def test_rich_output_into_a_closed_pipe_exits_141(argv: list[str]) -> None:
    """rich's own broken-pipe handler exited 1, the code of a flagged row (review25, R23-E);
    `signals`, outside guard(), then printed a traceback (review27)."""
    import os
    import subprocess
    import sys

    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is gone before anything is written
    try:
        proc = subprocess.run([sys.executable, "-m", "recruitscore", *argv],
                              stdout=write_end, stderr=subprocess.PIPE, timeout=120, check=False)
    finally:
        os.close(write_end)
    assert proc.returncode == 141 and proc.stderr == b""


HELP_PIPES = [(["--help"], "1"), (["--help"], "0"), (["score", "--help"], "0"), ([], "1"),
              *(([command, "--help"], "1") for command in COMMANDS)]


@pytest.mark.parametrize(("argv", "rich"), HELP_PIPES, ids=[
    f"{' '.join(argv) or 'no arguments'}{'' if rich == '1' else ' (no rich)'}"
    for argv, rich in HELP_PIPES])
def test_help_into_a_closed_pipe_exits_141(argv: list[str], rich: str) -> None:
    """`recruitscore --help | true` exited 1 (rich's broken-pipe handler, and click's without
    rich, exit 1 while the help is printed). The reader is gone before anything is written, so
    the write always fails: no timing."""
    import os
    import subprocess
    import sys

    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        proc = subprocess.run([sys.executable, "-m", "recruitscore", *argv], stdout=write_end,
                              stderr=subprocess.PIPE, timeout=120, check=False,
                              env={**os.environ, "TYPER_USE_RICH": rich})
    finally:
        os.close(write_end)
    assert (proc.returncode, proc.stderr) == (141, b"")


def test_no_arguments_print_the_help_once(monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    """It was printed twice for an hour (review28)."""
    from recruitscore.cli import main

    monkeypatch.setattr("sys.argv", ["recruitscore"])
    with pytest.raises(SystemExit) as exc:
        main()
    out = capsys.readouterr()
    assert exc.value.code == 2
    assert (out.out + out.err).count("Usage: recruitscore") == 1


def test_a_closed_standard_output_is_one_line() -> None:
    """`score in.csv >&-` was an internal error (exit 70; review28)."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    src = Path(__file__).resolve().parents[1] / "examples" / "approaches.csv"
    proc = subprocess.run([sys.executable, "-m", "recruitscore", "score", str(src), "-j", "1"],
                          stderr=subprocess.PIPE, timeout=120, check=False,
                          preexec_fn=lambda: os.close(1))
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr.decode().strip() == ("recruitscore: error: standard output is closed: "
                                            "give an output file (-o)")



@pytest.mark.skipif(not __import__("os").path.exists("/dev/full"), reason="no /dev/full")
@pytest.mark.parametrize("argv", [["--help"], ["--version"], [], ["score", "--help"]],
                         ids=["help", "version", "no arguments", "score help"])
def test_help_into_a_full_standard_output_is_one_line(argv: list[str]) -> None:
    """`recruitscore --help >/dev/full` printed a traceback of some 50 lines and exited 1
    (review30, 4): one line and exit 2, as a command's output that cannot be written."""
    import subprocess
    import sys

    with open("/dev/full", "wb") as full:
        proc = subprocess.run([sys.executable, "-m", "recruitscore", *argv], stdout=full,
                              stderr=subprocess.PIPE, timeout=120, check=False)
    assert (proc.returncode, proc.stderr.decode()) == (
        2, "recruitscore: error: No space left on device\n")


@pytest.mark.parametrize(("argv", "code"), [(["score", "no-such-file.csv"], 2),
                                            (["score", "{src}", "-o", "{out}", "-j", "1"], 0)],
                         ids=["missing input", "success"])
def test_a_closed_standard_error_keeps_the_exit_code(tmp_path, argv: list[str],  # type: ignore[no-untyped-def]
                                                     code: int) -> None:
    """`cmd 2>&1 >/dev/null | true`: a missing input and a successful run both exited 141, the
    code of a closed standard output (review30, note 9). The reader is gone before anything
    is written: no timing."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    src = Path(__file__).resolve().parents[1] / "examples" / "approaches.csv"
    argv = [a.format(src=src, out=tmp_path / "out.csv") for a in argv]
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        proc = subprocess.run([sys.executable, "-m", "recruitscore", *argv],
                              stdout=subprocess.DEVNULL, stderr=write_end, timeout=120,
                              check=False, cwd=tmp_path)
    finally:
        os.close(write_end)
    assert proc.returncode == code
