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
