"""Bad input through the command line (red-team round 4): every command refuses what it cannot
read with one line and exit code 2, and never shifts, loses or leaks what it reads."""

from __future__ import annotations

from pathlib import Path

from click.testing import Result
from typer.testing import CliRunner

from recruitscore.cli import app

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
