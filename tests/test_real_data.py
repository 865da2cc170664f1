"""The CLI on real labelled data: column mapping, label spellings, bad labels, headerless TSV,
the HTML report.

The data sets are read in place from ``../shared/datasets`` (relative to the repo root) and never
copied into the repository; every test that needs one skips with a reason when it is absent. To
stay fast, the tests write small seeded subsamples to ``tmp_path`` and train on them with the
command line's defaults.
"""

from __future__ import annotations

import base64
import json
import re
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from click.testing import Result
from typer.testing import CliRunner

from recruitscore.cli import app
from recruitscore.labels import normalize_labels
from recruitscore.tables import read_table

ROOT = Path(__file__).resolve().parents[1]
DATASETS = ROOT.parent / "shared" / "datasets"
SMS = DATASETS / "sms-spam-collection" / "SMSSpamCollection"
EMSCAD_SAMPLE = DATASETS / "emscad-sample" / "fj_small.csv"
MISHRA = DATASETS / "sms-phishing-mishra-soni" / "Dataset_5971.csv"
SMS_COLS = ["--sep", "\t", "--no-header", "--columns", "label,text", "--map", "text=message"]
PNG_RE = re.compile(r'<img src="data:image/png;base64,([A-Za-z0-9+/=]+)"')

runner = CliRunner()


def need(path: Path) -> Path:
    """``path``, or skip the test when the data set is not there."""
    if not path.exists():
        pytest.skip(f"real data set not available: {path} (expected in ../shared/datasets)")
    return path


def invoke(*args: object) -> Result:
    return runner.invoke(app, [str(a) for a in args])


def ok(result: Result) -> Result:
    assert result.exit_code == 0, (result.exit_code, result.stderr, result.exception)
    return result


def one_line_error(result: Result, *needles: str) -> str:
    """Exit code 2, exactly one ``recruitscore: error:`` line on stderr, never a traceback."""
    assert result.exit_code == 2, (result.exit_code, result.output, result.exception)
    assert isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("recruitscore: error: "), lines[0]
    for needle in needles:
        assert needle in lines[0], (needle, lines[0])
    return lines[0]


# ----------------------------------------------------------------------------------------------
# fixtures: seeded subsamples written to temporary folders, tiny models trained on them
# ----------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def sms_rows() -> pd.DataFrame:
    """The SMS Spam Collection parsed by hand (split at the first tab), duplicates dropped."""
    lines = need(SMS).read_text(encoding="utf-8").splitlines()
    rows = [line.split("\t", 1) for line in lines]
    return pd.DataFrame(rows, columns=["label", "text"]).drop_duplicates("text")


def _write_tsv(path: Path, rows: pd.DataFrame) -> Path:
    """Rows in the original layout: ``label<TAB>text``, no header, no quoting."""
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        fh.writelines(f"{lab}\t{txt}\n" for lab, txt in zip(rows["label"], rows["text"],
                                                             strict=True))
    return path


@pytest.fixture(scope="module")
def sms_files(sms_rows: pd.DataFrame, tmp_path_factory: pytest.TempPathFactory
              ) -> dict[str, Path]:
    """Disjoint train (160 ham + 40 spam) and test (120 ham + 30 spam) subsamples as TSV.

    Both hold messages with double quotes, which only parse with QUOTE_NONE.
    """
    tmp = tmp_path_factory.mktemp("sms")
    rng = np.random.default_rng(0)
    parts: dict[str, list[pd.DataFrame]] = {"train": [], "test": []}
    for label, n_train, n_test in (("ham", 160, 120), ("spam", 40, 30)):
        rows = sms_rows[sms_rows["label"] == label]
        idx = rng.permutation(len(rows))
        parts["train"].append(rows.iloc[idx[:n_train]])
        parts["test"].append(rows.iloc[idx[n_train:n_train + n_test]])
    files = {}
    for name, chunks in parts.items():
        frame = pd.concat(chunks).sample(frac=1.0, random_state=0)
        assert frame["text"].str.contains('"').any()
        files[name] = _write_tsv(tmp / f"sms_{name}.tsv", frame)
    return files


@pytest.fixture(scope="module")
def sms_model(sms_files: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("sms_model") / "sms.npz"
    ok(invoke("train", sms_files["train"], *SMS_COLS, "--positive", "spam",
              "-o", out))
    return out


@pytest.fixture(scope="module")
def sms_labelled(sms_files: dict[str, Path]) -> pd.DataFrame:
    """The SMS test subsample as a frame with a ``message`` column (for relabelling)."""
    df = read_table(sms_files["test"], sep="\t", header=False, columns=["label", "message"])
    return df.head(80)


@pytest.fixture(scope="module")
def sms_01_metrics(sms_labelled: pd.DataFrame, sms_model: Path,
                   tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """Metrics of the SMS model on ``sms_labelled`` with plain 0/1 labels."""
    data = tmp_path_factory.mktemp("labels01") / "labels01.csv"
    pd.DataFrame({"label": (sms_labelled["label"] == "spam").astype(int),
                  "message": sms_labelled["message"]}).to_csv(data, index=False)
    return json.loads(ok(invoke("evaluate", data, "--model", sms_model, "--json")).stdout)


# ----------------------------------------------------------------------------------------------
# reading the SMS file: tab-separated, no header, quotes inside messages
# ----------------------------------------------------------------------------------------------


def test_read_table_reads_the_sms_file_verbatim() -> None:
    df = read_table(need(SMS), sep="\t", header=False, columns=["label", "text"])
    assert len(df) == 5574
    assert df["label"].value_counts().to_dict() == {"ham": 4827, "spam": 747}
    assert int(df["text"].duplicated().sum()) == 403
    # QUOTE_NONE: every message (145 contain a double quote) is read exactly as written
    by_hand = [line.split("\t", 1)[1] for line in SMS.read_text(encoding="utf-8").splitlines()]
    assert df["text"].tolist() == by_hand
    assert sum('"' in t for t in by_hand) == 145


def test_cli_reads_headerless_tsv(sms_files: dict[str, Path], sms_model: Path,
                                  tmp_path: Path) -> None:
    test = sms_files["test"]
    result = ok(invoke("evaluate", test, *SMS_COLS, "--positive", "spam", "--model", sms_model,
                       "--json"))
    metrics = json.loads(result.stdout)
    assert (metrics["n"], metrics["n_positive"]) == (150, 30)
    assert metrics["roc_auc"] > 0.8  # 200 training rows are enough to separate SMS spam
    # a .tsv file needs no --sep
    as_tsv = tmp_path / "test.tsv"
    as_tsv.write_bytes(test.read_bytes())
    again = ok(invoke("evaluate", as_tsv, *SMS_COLS[2:], "--positive", "spam", "--model",
                      sms_model, "--json"))
    assert json.loads(again.stdout) == metrics
    # forgetting --no-header turns the first message into column names: one clear line
    one_line_error(invoke("evaluate", test, "--sep", "\t", "--map", "text=message",
                          "--positive", "spam", "--model", sms_model), "--map", "'text'")


# ----------------------------------------------------------------------------------------------
# column mapping on a realistic layout (EMSCAD sample, Kaggle columns)
# ----------------------------------------------------------------------------------------------


def test_emscad_sample_column_mapping(tmp_path: Path) -> None:
    raw = read_table(need(EMSCAD_SAMPLE))
    assert len(raw) == 358 and {"description", "fraudulent", "title"} <= set(raw.columns)
    counts = raw["fraudulent"].value_counts().to_dict()
    assert counts == {"0": 347, "1": 11}
    # 11 positives are too few to train on alone: all of them plus 33 seeded negatives
    mix = pd.concat([raw[raw["fraudulent"] == "1"],
                     raw[raw["fraudulent"] == "0"].sample(33, random_state=0)])
    train_file = tmp_path / "emscad_mix.csv"
    mix.to_csv(train_file, index=False)
    model = tmp_path / "emscad.npz"
    mapping = ["--map", "description=message", "--label-col", "fraudulent"]
    trained = ok(invoke("train", train_file, *mapping, "-o", model))
    assert "44 rows" in trained.stderr
    manifest = json.loads(model.with_suffix(".json").read_text(encoding="utf-8"))
    assert manifest["training"]["n_positive"] == 11
    assert manifest["training"]["label"] == "fraudulent"
    assert manifest["trained_from"] == "emscad_mix.csv"
    # evaluate the whole raw file through the same mapping; other columns are carried along
    # (a smoke test of the mapping: 44 of these rows were seen in training)
    result = ok(invoke("evaluate", EMSCAD_SAMPLE, *mapping, "--model", model,
                       "--by", "telecommuting", "--json"))
    metrics = json.loads(result.stdout)
    assert (metrics["n"], metrics["n_positive"]) == (358, 11)
    assert set(metrics["per_telecommuting"]) == set(raw["telecommuting"])
    assert 0.0 <= metrics["roc_auc"] <= 1.0
    # a mapping from a column that is not there names the columns that are
    one_line_error(invoke("evaluate", EMSCAD_SAMPLE, "--map", "descr=message", "--label-col",
                          "fraudulent", "--model", model), "descr", "company_profile")
    # without a mapping there is no message column
    one_line_error(invoke("evaluate", EMSCAD_SAMPLE, "--label-col", "fraudulent", "--model",
                          model), "no 'message' column")


# ----------------------------------------------------------------------------------------------
# label spellings
# ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("values", "positive", "expected"),
    [
        (["0", "1", "1", "0"], None, [0, 1, 1, 0]),
        ([0, 1, 1.0, 0.0], None, [0, 1, 1, 0]),
        (["true", "False", "TRUE", "f"], None, [1, 0, 1, 0]),
        (["spam", "ham", "Spam", "HAM"], "spam", [1, 0, 1, 0]),
        (["spam", "ham", "Spam", "HAM"], "SPAM", [1, 0, 1, 0]),
        (["Smishing", "spam", "smishing", "Spam", "ham"], None, [1, 1, 1, 1, 0]),
        (["Smishing", "spam", "smishing", "Spam", "ham"], "smishing", [1, 0, 1, 0, 0]),
    ],
)
def test_normalize_label_spellings(values: list[object], positive: str | None,
                                   expected: list[int]) -> None:
    assert normalize_labels(values, positive=positive).tolist() == expected


def test_mishra_soni_labels_are_read_case_insensitively() -> None:
    labels = pd.read_csv(need(MISHRA), usecols=["label"])["label"]
    assert set(labels) == {"ham", "spam", "Spam", "smishing", "Smishing"}
    assert int(normalize_labels(labels).sum()) == 638 + 489
    assert int(normalize_labels(labels, positive="SMISHING").sum()) == 638


def test_mishra_soni_trains_through_the_cli(tmp_path: Path) -> None:
    """Mixed-case Smishing/spam labels, quoted texts, a mapped ``TEXT`` column.

    Trained on Mishra-Soni only: never evaluated against the SMS Spam Collection it overlaps.
    """
    df = pd.read_csv(need(MISHRA), dtype=str, keep_default_na=False)
    quoted = df[df["TEXT"].str.contains('"') & (df["label"] == "ham")].head(5)
    rest = df.drop(quoted.index)
    sample = pd.concat([quoted, *[rest[rest["label"] == lab].head(n) for lab, n in
                                  (("ham", 35), ("spam", 6), ("Spam", 6), ("smishing", 6),
                                   ("Smishing", 6))]])
    data = tmp_path / "mishra.csv"
    sample.to_csv(data, index=False)
    model = tmp_path / "mishra.npz"
    ok(invoke("train", data, "--map", "TEXT=message", "-o", model))
    manifest = json.loads(model.with_suffix(".json").read_text(encoding="utf-8"))
    assert (manifest["training"]["n"], manifest["training"]["n_positive"]) == (64, 24)


@pytest.mark.parametrize(
    ("pos", "neg", "extra"),
    [
        ("1", "0", []),
        ("true", "false", []),
        ("True", "FALSE", []),
        ("spam", "ham", []),
        ("SPAM", "ham", ["--positive", "spam"]),
        ("spam", "ham", ["--positive", "Spam"]),
        ("Smishing", "ham", []),
        ("fraud", "legit", ["--label-col", "y"]),
    ],
)
def test_cli_label_spellings_give_the_same_metrics(
    sms_labelled: pd.DataFrame, sms_model: Path, sms_01_metrics: dict[str, object],
    tmp_path: Path, pos: str, neg: str, extra: list[str],
) -> None:
    label_col = extra[extra.index("--label-col") + 1] if "--label-col" in extra else "label"
    df = pd.DataFrame({label_col: np.where(sms_labelled["label"] == "spam", pos, neg),
                       "message": sms_labelled["message"]})
    data = tmp_path / "relabelled.csv"
    df.to_csv(data, index=False)
    result = ok(invoke("evaluate", data, *extra, "--model", sms_model, "--json"))
    metrics = json.loads(result.stdout)
    assert metrics == sms_01_metrics  # same rows, same risks: only the spelling differs
    assert metrics["n_positive"] == int((sms_labelled["label"] == "spam").sum()) > 0


# ----------------------------------------------------------------------------------------------
# bad label columns: exit code 2 and one clear line, for train and evaluate alike
# ----------------------------------------------------------------------------------------------


def _synthetic(n: int = 40) -> pd.DataFrame:
    """Labelled messages for when the real data is absent (the label tests still run)."""
    hostile = ["Add me on WhatsApp, my client prefers to remain anonymous ({}).",
               "We pay USD 2,000 per short report, keep it between us ({})."]
    benign = ["Senior engineer role in Leeds, salary 60-70k, ref AB-{}.",
              "Permanent analyst post, apply on our careers page, ref CD-{}."]
    rows = [(1, hostile[i % 2].format(i)) if i % 2 else (0, benign[i % 4 // 2].format(i))
            for i in range(n)]
    return pd.DataFrame(rows, columns=["label", "message"])


@pytest.fixture(scope="module")
def labelled(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
             ) -> tuple[pd.DataFrame, Path]:
    """Labelled messages and a model for them: real SMS rows when present, else synthetic."""
    if SMS.exists():
        return request.getfixturevalue("sms_labelled"), request.getfixturevalue("sms_model")
    tmp = tmp_path_factory.mktemp("synthetic")
    df = _synthetic()
    df.to_csv(tmp / "train.csv", index=False)
    ok(invoke("train", tmp / "train.csv", "-o", tmp / "synthetic.npz"))
    return df.assign(label=np.where(df["label"] == 1, "spam", "ham")), tmp / "synthetic.npz"


@pytest.fixture(scope="module")
def bad_label_files(labelled: tuple[pd.DataFrame, Path],
                    tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    tmp = tmp_path_factory.mktemp("bad_labels")
    base = labelled[0].copy()
    files = {}

    def write(name: str, df: pd.DataFrame) -> None:
        files[name] = tmp / f"{name}.csv"
        df.to_csv(files[name], index=False)

    write("good", base)
    write("single_class", base[base["label"] == "ham"])
    blank = base.copy()
    blank.loc[blank.index[[3, 7]], "label"] = np.nan  # written as empty cells
    write("nan", blank)
    na = base.copy()
    na.loc[na.index[5], "label"] = "NA"
    write("na_string", na)
    text = base.copy()
    text["label"] = text["message"]  # a text column used as the label
    write("not_binary", text)
    return files


BAD_LABELS = [
    ("good", ["--label-col", "nope"], ["no label column 'nope'", "message"]),
    ("single_class", [], ["single class"]),
    ("nan", [], ["2 missing value(s)"]),
    ("na_string", [], ["1 missing value(s)"]),
    ("not_binary", [], ["not a binary label", "--positive"]),
    ("good", ["--positive", "smishing"], ["single class"]),
]


@pytest.mark.parametrize("command", ["train", "evaluate"])
@pytest.mark.parametrize(("case", "args", "needles"), BAD_LABELS,
                         ids=[f"{c}{'-' + a[0] if a else ''}" for c, a, _ in BAD_LABELS])
def test_bad_label_column_is_one_clear_line(
    command: str, case: str, args: list[str], needles: list[str],
    bad_label_files: dict[str, Path], labelled: tuple[pd.DataFrame, Path], tmp_path: Path,
) -> None:
    target = (["-o", str(tmp_path / "m.npz")] if command == "train"
              else ["--model", str(labelled[1])])
    line = one_line_error(invoke(command, bad_label_files[case], *args, *target), *needles)
    assert len(line) < 400
    assert not (tmp_path / "m.npz").exists()


def test_bad_label_in_a_report_run_writes_nothing(
    bad_label_files: dict[str, Path], labelled: tuple[pd.DataFrame, Path], tmp_path: Path,
) -> None:
    out = tmp_path / "report"
    one_line_error(invoke("evaluate", bad_label_files["nan"], "--model", labelled[1],
                          "--report", out), "missing value")
    assert not (out / "report.html").exists()


# ----------------------------------------------------------------------------------------------
# the HTML report
# ----------------------------------------------------------------------------------------------


def test_evaluate_writes_a_report_with_embedded_plots(sms_files: dict[str, Path],
                                                      sms_model: Path, tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    out = tmp_path / "report"
    result = ok(invoke("evaluate", sms_files["test"], *SMS_COLS, "--positive", "spam",
                       "--model", sms_model, "--report", out, "--json"))
    assert json.loads(result.stdout)["n"] == 150
    page = (out / "report.html").read_text(encoding="utf-8")
    assert f"wrote {out / 'report.html'}" in result.stderr
    images = [base64.b64decode(m) for m in PNG_RE.findall(page)]
    assert len(images) >= 5  # ROC, PR, reliability, risk per class, confusion (+ signals)
    assert all(img.startswith(b"\x89PNG\r\n\x1a\n") for img in images)
    assert "sms_test.tsv" in page and "Reliability diagram" in page
