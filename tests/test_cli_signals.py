"""CLI tests for the model-free commands (typer's CliRunner, no subprocess)."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from recruitscore import __version__
from recruitscore.cli import app

runner = CliRunner()


def test_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert __version__ in result.stdout


def test_signals_lists_every_signal() -> None:
    result = runner.invoke(app, ["signals", "--json"])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    names = [d["name"] for d in data]
    assert "off_platform_request" in names and len(names) >= 20
    assert all(d["description"] and d["source"] for d in data)
    table = runner.invoke(app, ["signals"])
    assert table.exit_code == 0 and "corporate_contact" in table.stdout


def test_explain_json_has_evidence() -> None:
    result = runner.invoke(
        app,
        ["explain", "Add me on Telegram, keep it between us", "--target-headline", "AI lead",
         "--json"],
    )
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    names = [s["name"] for s in data["signals"]]
    assert names == ["off_platform_request", "secrecy", "target_sensitive_sector"]
    assert data["signals"][0]["evidence"][0]["snippet"] == "Telegram"


def test_explain_text_output_and_stdin() -> None:
    result = runner.invoke(app, ["explain", "-"], input="Écrivez-moi sur WhatsApp")
    assert result.exit_code == 0
    assert "off_platform_request" in result.stdout
    quiet = runner.invoke(app, ["explain", "Hello there"])
    assert "No signal fired" in quiet.stdout


def test_explain_reports_garbage_profile_values() -> None:
    result = runner.invoke(app, ["explain", "hi", "--sender-connections", "lots", "--json"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["problems"]
    assert "not a count" in result.stderr
