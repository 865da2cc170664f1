"""CLI tests for train, evaluate, info and explain with a model (typer's CliRunner)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from training.build import load_handwritten
from typer.testing import CliRunner

from recruitscore.cli import app

runner = CliRunner()
METRIC_KEYS = {"roc_auc", "pr_auc", "f1", "precision", "recall", "fpr", "ece", "brier", "n"}


@pytest.fixture(scope="module")
def labelled(tmp_path_factory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("data")
    df = load_handwritten().sample(240, random_state=2)
    train = folder / "train.csv"
    test = folder / "test.csv"
    df.iloc[:160].rename(columns={"message": "text", "label": "y"}).to_csv(train, index=False)
    df.iloc[160:].rename(columns={"message": "text", "label": "y"}).to_csv(test, index=False)
    return train, test


@pytest.fixture(scope="module")
def trained(labelled, tmp_path_factory) -> Path:
    train, _ = labelled
    out = tmp_path_factory.mktemp("model") / "mine.npz"
    result = runner.invoke(app, ["train", str(train), "-o", str(out), "--label-col", "y",
                                 "--map", "text=message"])
    assert result.exit_code == 0, result.stderr
    assert out.exists() and out.with_suffix(".json").exists()
    assert "wrote" in result.stderr
    return out


def test_evaluate_json_has_the_metrics(labelled, trained) -> None:
    _, test = labelled
    result = runner.invoke(app, ["evaluate", str(test), "--model", str(trained), "--label-col",
                                 "y", "--map", "text=message", "--json"])
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) >= METRIC_KEYS
    assert set(data["per_language"]) <= {"en", "fr"}
    table = runner.invoke(app, ["evaluate", str(test), "--model", str(trained), "--label-col",
                                "y", "--map", "text=message"])
    assert table.exit_code == 0 and "roc_auc" in table.stdout


def test_info_and_explain_with_model(trained) -> None:
    info = runner.invoke(app, ["info", "--model", str(trained)])
    assert info.exit_code == 0 and "threshold" in info.stdout
    raw = runner.invoke(app, ["info", "--model", str(trained), "--json"])
    assert json.loads(raw.stdout)["signal_names"]
    explained = runner.invoke(app, ["explain", "Add me on WhatsApp, keep it between us",
                                    "--model", str(trained), "--json"])
    assert explained.exit_code == 0
    data = json.loads(explained.stdout)
    assert 0 <= data["risk"] <= 1 and data["signals"]
    text = runner.invoke(app, ["explain", "Add me on WhatsApp", "--model", str(trained)])
    assert text.exit_code == 0 and "risk" in text.stdout


def test_shipped_model_info() -> None:
    result = runner.invoke(app, ["info"])
    assert result.exit_code == 0, result.stderr
    assert "recruitscore-default" in result.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["evaluate", "nope.csv"], "not found"),
        (["info", "--model", "nope.npz"], "not found"),
        (["train", "nope.csv", "-o", "x.npz"], "not found"),
        # a directory as the model, even one with no name ('.', '/'), found by a review
        (["info", "--model", "."], "is a directory"),
        (["info", "--model", "/"], "is a directory"),
        (["explain", "hi", "--model", "."], "is a directory"),
    ],
)
def test_errors_are_one_line_exit_2(args, message) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_bad_label_column_is_exit_2(labelled, tmp_path) -> None:
    train, _ = labelled
    result = runner.invoke(app, ["train", str(train), "-o", str(tmp_path / "m.npz"),
                                 "--label-col", "nope", "--map", "text=message"])
    assert result.exit_code == 2 and "no label column" in result.stderr


def test_score_with_a_directory_as_model_is_one_line_and_no_output(tmp_path) -> None:
    src = tmp_path / "in.csv"
    src.write_text("id,message\n1,hello\n", encoding="utf-8")
    out = tmp_path / "out.csv"
    result = runner.invoke(app, ["score", str(src), "-o", str(out), "--model", ".", "-q"])
    assert result.exit_code == 2 and "is a directory" in result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert not out.exists()


def test_pickle_model_refused_by_cli(tmp_path) -> None:
    bad = tmp_path / "m.pkl"
    bad.write_bytes(b"\x80\x04K\x01.")
    result = runner.invoke(app, ["info", "--model", str(bad)])
    assert result.exit_code == 2 and "no longer read" in result.stderr
    assert "recruitscore train" in result.stderr


REASON_CASES = [
    "Hello! My client pays USD 2,000 per report. Keep it between us, add me on Telegram.",
    "Hi Maya, senior RF engineer role in Bristol, £70,000-£85,000 base, ref RF-2231. Reply to "
    "j.ortega@lumenwave-systems.co.uk.",
    "hello there",
    "Bonjour, nous recrutons des personnes pour travailler à domicile, 200 euros par jour.",
]


def test_api_cli_and_csv_reasons_are_worded_the_same(tmp_path) -> None:
    import recruitscore as rs

    src = tmp_path / "in.csv"
    import pandas as pd

    pd.DataFrame({"id": range(len(REASON_CASES)), "message": REASON_CASES}).to_csv(src,
                                                                                  index=False)
    out = tmp_path / "out.csv"
    result = runner.invoke(app, ["score", str(src), "-o", str(out), "--jobs", "1", "-q"])
    assert result.exit_code == 0, result.stderr
    csv_reasons = pd.read_csv(out, dtype=str, keep_default_na=False)["reasons"].tolist()
    for message, from_csv in zip(REASON_CASES, csv_reasons, strict=True):
        api = rs.score(message).reasons
        shown = runner.invoke(app, ["explain", message, "--json"])
        assert shown.exit_code == 0, shown.stderr
        assert json.loads(shown.stdout)["reasons"] == api
        assert from_csv == "; ".join(api)


def test_train_repeats_option(labelled, tmp_path) -> None:
    train, _ = labelled
    out = tmp_path / "r.npz"
    result = runner.invoke(app, ["train", str(train), "-o", str(out), "--label-col", "y",
                                 "--map", "text=message", "--repeats", "2"])
    assert result.exit_code == 0, result.stderr
    manifest = json.loads(out.with_suffix(".json").read_text())
    assert manifest["params"]["repeats"] == 2
    assert "each of 2 repeats of the folds, pooled" in manifest["params"]["calibrated_on"]
    bad = runner.invoke(app, ["train", str(train), "-o", str(out), "--label-col", "y",
                              "--map", "text=message", "--repeats", "0"])
    assert bad.exit_code == 2 and "Traceback" not in bad.stderr


def test_train_fragments_and_mixes_options(labelled, tmp_path) -> None:
    train, _ = labelled
    out = tmp_path / "a.npz"
    result = runner.invoke(app, ["train", str(train), "-o", str(out), "--label-col", "y",
                                 "--map", "text=message", "--fragments", "2", "--mixes", "1"])
    assert result.exit_code == 0, result.stderr
    params = json.loads(out.with_suffix(".json").read_text())["params"]
    assert (params["fragments"], params["mixes"]) == (2, 1)
    bad = runner.invoke(app, ["train", str(train), "-o", str(out), "--label-col", "y",
                              "--map", "text=message", "--mixes", "-1"])
    assert bad.exit_code == 2 and "Traceback" not in bad.stderr
