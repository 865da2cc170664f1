"""The HTML evaluation report: one self-contained file, escaped, robust to odd inputs."""

from __future__ import annotations

import base64
import math
import re
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from recruitscore.errors import InputError

pytest.importorskip("matplotlib")

from recruitscore import report
from recruitscore.report import write_report

PNG_RE = re.compile(r'<img src="data:image/png;base64,([A-Za-z0-9+/=]+)"')
EXTERNAL_RE = re.compile(r"""(?:src|href|action)\s*=\s*["']?\s*(?:https?:)?//""", re.IGNORECASE)
N_BASE_PLOTS = 5  # ROC, precision-recall, reliability, risk per class, confusion matrix


@pytest.fixture(scope="module", autouse=True)
def _warm_matplotlib() -> None:
    """Import matplotlib and load the font once, so each test measures only its own work."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg  # noqa: F401
    from matplotlib.figure import Figure  # noqa: F401

    report._supported_chars()


def _data(n: int = 40, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    y = np.arange(n) % 2
    risk = np.clip(0.3 + 0.4 * y + rng.normal(0.0, 0.15, n), 0.0, 1.0)
    return y, risk


def _images(text: str) -> list[bytes]:
    return [base64.b64decode(m) for m in PNG_RE.findall(text)]


def _weights() -> pd.DataFrame:
    rows = [(f"sig_pos_{i:02d}", "signal", 3.0 - 0.1 * i) for i in range(25)]
    rows += [(f"sig_neg_{i:02d}", "signal", -3.0 + 0.1 * i) for i in range(25)]
    rows += [("<script>alert(1)</script>", "signal", 5.0)]
    rows += [("add me on whatsapp", "ngram", 1.25), ("kind regards", "ngram", -0.75)]
    rows += [("profile_age_days", "profile", -0.5), ("sig_a*sig_b", "interaction", 0.25)]
    return pd.DataFrame(rows, columns=["feature", "kind", "weight"])


def _write(tmp_path: Path, y=None, risk=None, **kwargs) -> str:
    if y is None:
        y, risk = _data()
    kwargs.setdefault("threshold", 0.5)
    kwargs.setdefault("metrics", {"roc_auc": 0.9})
    out = write_report(tmp_path / "report.html", y, risk, **kwargs)
    assert out == tmp_path / "report.html"
    return out.read_text(encoding="utf-8")


def test_writes_one_self_contained_html_file(tmp_path: Path) -> None:
    y, risk = _data()
    out = write_report(tmp_path / "sub" / "dir" / "r.html", y, risk, threshold=0.5, metrics={})
    assert isinstance(out, Path) and out.is_file()
    assert sorted(p.name for p in out.parent.iterdir()) == ["r.html"]  # no temporary file left
    text = out.read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>") and text.rstrip().endswith("</html>")
    assert not EXTERNAL_RE.search(text)
    assert "<script" not in text.lower() and "<link" not in text.lower()
    assert "@import" not in text and "url(" not in text
    images = _images(text)
    assert len(images) == text.count("data:image/png;base64,") == N_BASE_PLOTS
    assert all(img.startswith(b"\x89PNG\r\n\x1a\n") for img in images)


def test_overwrites_an_existing_report(tmp_path: Path) -> None:
    (tmp_path / "report.html").write_text("old", encoding="utf-8")
    text = _write(tmp_path, title="second run")
    assert "second run" in text
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.html"]


def test_metric_values_and_nested_tables(tmp_path: Path) -> None:
    metrics = {
        "roc_auc": 0.8123,
        "f1": math.nan,
        "n_rows": 40,
        "per_language": {"en": {"roc_auc": 0.9012, "n": 30}, "fr": {"roc_auc": 0.7345}},
        "empty_section": {},
    }
    text = _write(tmp_path, metrics=metrics)
    for value in ("0.8123", "0.9012", "0.7345", ">40<", ">30<"):
        assert value in text
    assert ">roc_auc<" in text and ">f1<" in text
    assert "per language" in text and ">NaN<" in text
    assert "is empty" in text  # the empty nested mapping is reported, not a crash


def test_weight_tables_and_signal_plot(tmp_path: Path) -> None:
    text = _write(tmp_path, weights=_weights())
    assert len(_images(text)) == N_BASE_PLOTS + 1
    assert "Signals (51 features)" in text and "N-grams (2 features)" in text
    assert "Profile, interaction and other features (2 features)" in text
    # top 20 positive: the <script> row and sig_pos_00..18; sig_pos_19 is the 21st
    assert ">sig_pos_18<" in text and ">sig_pos_19<" not in text
    assert ">sig_neg_19<" in text and ">sig_neg_20<" not in text
    assert ">add me on whatsapp<" in text and ">kind regards<" in text
    assert ">-0.75<" in text and ">1.25<" in text


def test_escapes_html_from_data(tmp_path: Path) -> None:
    y, risk = _data()
    groups = np.where(np.arange(40) < 20, "<i>en</i>", "fr")
    text = _write(
        tmp_path, y, risk,
        weights=_weights(),
        groups=groups,
        metrics={"<b>auc</b>": 0.5, "per_<u>lang": {"<em>x": {"<q>k": "<v>"}}},
        title="<title>T&C",
        model_info={"<path>": "<models/a&b.skops>", "sklearn": "1.9"},
    )
    assert "<script>" not in text and "&lt;script&gt;alert(1)&lt;/script&gt;" in text
    for raw in ("<i>", "<b>auc", "<u>", "<em>", "<q>", "<v>", "<path>", "<models", "<title>T"):
        assert raw not in text
    for escaped in ("&lt;i&gt;en&lt;/i&gt;", "&lt;b&gt;auc&lt;/b&gt;", "&lt;title&gt;T&amp;C",
                    "&lt;models/a&amp;b.skops&gt;", "&lt;v&gt;"):
        assert escaped in text


def test_groups_add_curves_and_a_table(tmp_path: Path) -> None:
    y, risk = _data(60)
    groups = np.array(["en"] * 30 + ["fr"] * 20 + ["de"] * 6 + [None, "", math.nan, "de"],
                      dtype=object)
    y[[50, 51, 52, 53, 54, 55, 59]] = 0  # "de" has one class: no ROC curve, and the page says so
    text = _write(tmp_path, y, risk, groups=groups)
    assert len(_images(text)) == N_BASE_PLOTS
    assert "Metrics per group" in text and "Per-group curves" in text
    for name in (">en<", ">fr<", ">de<", ">(missing)<"):
        assert name in text
    assert "single class" in text and "de" in text.split("single class")[1][:200]


def test_empty_groups_are_ignored(tmp_path: Path) -> None:
    text = _write(tmp_path, groups=[])
    assert "groups was given but is empty" in text
    assert len(_images(text)) == N_BASE_PLOTS


@pytest.mark.parametrize("label", [0, 1])
def test_single_class_is_reported_not_fatal(tmp_path: Path, label: int) -> None:
    _, risk = _data()
    y = np.full(40, label)
    text = _write(tmp_path, y, risk, groups=["en", "fr"] * 20, weights=_weights())
    assert "Only one class is present" in text
    # reliability, risk per class, confusion matrix and the signal plot remain
    assert len(_images(text)) == 4


def test_fewer_than_ten_rows(tmp_path: Path) -> None:
    text = _write(tmp_path, [0, 1, 1], [0.1, 0.8, 0.4], metrics={"roc_auc": math.nan})
    assert len(_images(text)) == N_BASE_PLOTS
    assert ">3<" in text  # row count in the summary


def test_accepts_pandas_and_bool_inputs(tmp_path: Path) -> None:
    y, risk = _data()
    text = _write(tmp_path, pd.Series(y.astype(bool)), list(risk), threshold=1,
                  groups=pd.Series(["en"] * 40))
    assert len(_images(text)) == N_BASE_PLOTS


def test_weights_without_signals_or_with_nan(tmp_path: Path) -> None:
    weights = pd.DataFrame({"feature": ["a b", "c d", "e"], "kind": ["ngram", "ngram", "signal"],
                            "weight": [0.5, -0.5, math.nan]})
    text = _write(tmp_path, weights=weights)
    assert len(_images(text)) == N_BASE_PLOTS
    assert "No signal weights" in text and "1 weight row(s) with a NaN" in text


def test_leaves_no_open_figures(tmp_path: Path) -> None:
    import matplotlib.pyplot as plt

    before = plt.get_fignums()
    _write(tmp_path, weights=_weights())
    assert plt.get_fignums() == before == []


def test_no_temporary_file_left_when_the_write_fails(tmp_path: Path, monkeypatch) -> None:
    def fail(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(report.os, "replace", fail)
    with pytest.raises(OSError, match="disk full"):
        _write(tmp_path)
    assert list(tmp_path.iterdir()) == []


Y, RISK = [0, 1, 0, 1], [0.1, 0.9, 0.2, 0.7]


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"y_true": [0, 1, 0]}, "3 rows but risk has 4"),
        ({"y_true": [], "risk": []}, "empty"),
        ({"y_true": [0, 2, 0, 1]}, "0/1 labels"),
        ({"y_true": [0, 1, math.nan, 1]}, "0/1 labels"),
        ({"y_true": ["0", "1", "0", "1"]}, "must hold numbers"),
        ({"y_true": [[0, 1], [0, 1]]}, "1-D"),
        ({"risk": [0.1, 1.2, 0.2, 0.7]}, r"\[0, 1\]"),
        ({"risk": [0.1, -0.1, 0.2, 0.7]}, r"\[0, 1\]"),
        ({"risk": [0.1, math.nan, 0.2, 0.7]}, "no NaN"),
        ({"risk": [0.1, "x", 0.2, 0.7]}, "must hold numbers"),
        ({"threshold": 1.5}, "threshold"),
        ({"threshold": math.nan}, "threshold"),
        ({"threshold": "0.5"}, "threshold"),
        ({"groups": ["en", "fr"]}, "groups has 2 rows"),
        ({"metrics": [("auc", 0.5)]}, "metrics must be a mapping"),
        ({"model_info": "v1"}, "model_info must be a mapping"),
        ({"weights": pd.DataFrame({"feature": ["a"], "weight": [1.0]})}, "missing: kind"),
        ({"weights": pd.DataFrame({"feature": ["a"], "kind": ["signal"], "weight": ["x"]})},
         "numeric"),
        ({"weights": {"feature": ["a"]}}, "DataFrame"),
    ],
)
def test_rejects_bad_input(tmp_path: Path, kwargs: dict, match: str) -> None:
    args = {"y_true": Y, "risk": RISK, "threshold": 0.5, "metrics": {}} | kwargs
    with pytest.raises(InputError, match=match) as info:
        write_report(tmp_path / "r.html", **args)
    assert "\n" not in str(info.value)
    assert list(tmp_path.iterdir()) == []


def test_rejects_a_directory_as_path(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="is a directory"):
        write_report(tmp_path, Y, RISK, threshold=0.5, metrics={})


def test_missing_matplotlib_is_an_input_error(tmp_path: Path, monkeypatch) -> None:
    for name in ("matplotlib", "matplotlib.figure", "matplotlib.backends.backend_agg"):
        monkeypatch.setitem(sys.modules, name, None)
    with pytest.raises(InputError, match=r"pip install 'recruitscore\[report\]'"):
        write_report(tmp_path / "r.html", Y, RISK, threshold=0.5, metrics={})
    assert list(tmp_path.iterdir()) == []


def test_plot_text_is_safe_to_draw() -> None:
    ascii_only = frozenset(range(128))
    assert report._plot_text("$x$ 中\nend", ascii_only) == r"\$x\$ ? end"
    assert report._plot_text("", ascii_only) == "?"
    assert len(report._plot_text("x" * 100, None)) == 40
