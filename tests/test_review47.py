"""Review 47 (a helper who had not written the changes): findings on the three merged changes
since c7d3df0 (rules R35-E, R35-D and the column-pass speed-ups), written as strict xfails and
now passing (rule R35-G): a warning that names a lure's address no longer keeps it out of STIX,
and a dotted output name that is no format is written as before. M2 (google-re2's private
names) is tested in ``tests/test_column_passes.py``."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from click.testing import Result
from typer.testing import CliRunner

import recruitscore as rs
from recruitscore import campaigns as cmp
from recruitscore.cli import app

from .test_io import shared_model_file

# -- H1 (R35-E): one unflagged message naming the lure's address keeps it out of STIX -----------
# Three different lures of one attacker, each giving its address and a Telegram handle (EN/FR).
LURES = [
    "Hi {n}, my client pays 3,000 USD for a short report on your current projects. Keep this "
    "between us and write to talent.desk@evil-hr.xyz. Or Telegram @desk_talent.",
    "Bonjour {n}, mon client paierait 3 000 euros pour une courte note sur vos projets actuels. "
    "Gardez cela entre nous et écrivez à talent.desk@evil-hr.xyz. Ou Telegram @desk_talent.",
    "Dear {n}, urgent: install our assessment tool from the link we send and keep it "
    "confidential from your employer. Send the logs to talent.desk@evil-hr.xyz. Or Telegram "
    "@desk_talent.",
]
# Not written by the attacker: a colleague's warning, a security team's notice, a refusal.
WARNINGS = [
    "Heads-up from IT security: please do not answer talent.desk@evil-hr.xyz, it is a fake "
    "recruiter.",
    "Attention : ne répondez pas à talent.desk@evil-hr.xyz, c'est un faux recruteur. Le service "
    "sécurité.",
]


@pytest.mark.parametrize("warning", WARNINGS, ids=["en", "fr"])
def test_a_warning_naming_the_lures_address_does_not_keep_it_out_of_stix(warning: str) -> None:
    lures = [t.format(n=n) for t in LURES for n in ("Anna", "Tom")]
    rows, summary = rs.find_campaigns(pd.DataFrame({"message": [*lures, warning]}))
    assert rows["flagged"].tolist() == [True] * 6 + [False]
    bundle = cmp.stix_bundle(summary, created="2026-01-01T00:00:00Z")
    patterns = [o.pattern for o in bundle.objects if o.type == "indicator"]
    assert "[url:value = 'https://t.me/desk_talent']" in patterns
    # c7d3df0 exported both; since R35-E neither is (only named in the description)
    assert "[email-addr:value = 'talent.desk@evil-hr.xyz']" in patterns
    assert "[domain-name:value = 'evil-hr.xyz']" in patterns


# -- M1 (R35-D): an output name with a dot in it is refused ------------------------------------
@pytest.fixture(scope="module")
def model_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return shared_model_file(tmp_path_factory)


def _run(*args: object) -> Result:
    return CliRunner().invoke(app, [str(a) for a in args])


@pytest.mark.parametrize("name", ["scores.2026-12-07", "scores.v2", "résultats.lot-3"])
def test_an_output_name_with_a_dot_but_no_format_suffix_is_written_as_before(
        tmp_path: Path, model_path: Path, name: str) -> None:
    src = tmp_path / "in.csv"
    src.write_text('id,message\n1,"Add me on WhatsApp, my client stays anonymous"\n'
                   '2,"Bonjour, ajoutez-moi sur WhatsApp, mon client reste anonyme."\n',
                   encoding="utf-8")
    out = tmp_path / name
    result = _run("score", src, "--model", model_path, "-o", out, "-q", "-j", "1")
    assert result.exit_code == 0, result.stderr  # c7d3df0: 0, written as CSV
    assert out.read_text(encoding="utf-8").startswith("id,message,risk")


# -- M2 (speed): google-re2's private API beyond the guarded attribute -------------------------
