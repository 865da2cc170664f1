"""A self-contained HTML evaluation report for a recruitscore model.

:func:`write_report` turns labels, predicted risks, already computed metrics and (optionally) the
model's feature weights into ONE HTML file: every plot is an embedded base64 PNG, the CSS is
inline, and nothing is loaded from the network, so the file can be mailed or archived as is.

matplotlib is an optional dependency (``pip install 'recruitscore[report]'``); it is imported when
:func:`write_report` is called, never when this module is imported.
"""

from __future__ import annotations

import base64
import html
import io
import math
import numbers
import os
import pathlib
import secrets
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd
from numpy.typing import ArrayLike, NDArray
from sklearn.calibration import calibration_curve
from sklearn.metrics import (
    average_precision_score,
    confusion_matrix,
    precision_recall_curve,
    roc_auc_score,
    roc_curve,
)

from .errors import InputError, naming

if TYPE_CHECKING:  # pragma: no cover - typing only
    from matplotlib.figure import Figure

__all__ = ["write_report"]

_MISSING_MATPLOTLIB = "the HTML report needs matplotlib: pip install 'recruitscore[report]'"
_TOP_N = 20  # rows per weight table, bars in the signal plot
_MAX_GROUP_CURVES = 8  # per-group ROC curves drawn; the rest is in the per-group table
_MAX_PLOT_LABEL = 40  # characters of a feature or group name drawn in a plot
_DPI = 100
_MISSING_GROUP = "(missing)"
_KIND_SECTIONS = (
    ("signal", "Signals"),
    ("ngram", "N-grams"),
    ("other", "Profile, interaction and other features"),
)

_CSS = """
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif;
       margin: 0 auto; max-width: 1100px; padding: 1rem 2rem 3rem; color: #1d2330;
       line-height: 1.45; }
h1 { font-size: 1.6rem; border-bottom: 2px solid #2b5797; padding-bottom: .3rem; }
h2 { font-size: 1.25rem; margin-top: 2.2rem; border-bottom: 1px solid #ccd; }
h3 { font-size: 1.05rem; margin-top: 1.4rem; }
nav ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .4rem 1.2rem; }
table { border-collapse: collapse; margin: .5rem 0 1rem; font-size: .9rem; }
th, td { border: 1px solid #ccd; padding: .25rem .6rem; text-align: left; vertical-align: top; }
th { background: #eef1f7; }
tbody tr:nth-child(even) { background: #f7f8fb; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.feature { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
             word-break: break-all; }
.na { color: #999; }
.note { background: #fff7e0; border-left: 4px solid #e0a800; padding: .4rem .8rem; }
.weights { display: flex; flex-wrap: wrap; gap: 0 2rem; }
figure { margin: 1rem 0; }
figure img { max-width: 100%; height: auto; border: 1px solid #e3e6ee; }
figcaption { font-size: .85rem; color: #555; max-width: 700px; }
footer { margin-top: 3rem; font-size: .8rem; color: #777; }
"""


# --------------------------------------------------------------------------------------------
# validation
# --------------------------------------------------------------------------------------------


def _as_numeric_1d(values: ArrayLike, name: str) -> NDArray[np.float64]:
    """Return ``values`` as a 1-D float array or raise :class:`InputError`."""
    try:
        arr = np.asarray(values)
    except Exception as exc:  # ragged lists and other oddities
        raise InputError(f"{name} must be a 1-D array of numbers: {exc}") from exc
    if arr.ndim != 1:
        raise InputError(f"{name} must be 1-D, got an array of shape {arr.shape}")
    if arr.dtype.kind == "O":
        bad = [v for v in arr.tolist() if not isinstance(v, numbers.Real)]
        if bad:
            raise InputError(f"{name} must hold numbers only, found {bad[0]!r}")
    elif arr.dtype.kind not in "biuf":
        raise InputError(f"{name} must hold numbers, got dtype {arr.dtype}")
    return arr.astype(np.float64)


def _validate_labels(y_true: ArrayLike) -> NDArray[np.int64]:
    y = _as_numeric_1d(y_true, "y_true")
    bad = ~np.isin(y, (0.0, 1.0))  # NaN is never in (0, 1)
    if bad.any():
        first = int(np.flatnonzero(bad)[0])
        raise InputError(
            f"y_true must hold 0/1 labels: {int(bad.sum())} value(s) are not, "
            f"the first at row {first} is {y[first]!r}"
        )
    return y.astype(np.int64)


def _validate_risk(risk: ArrayLike) -> NDArray[np.float64]:
    r = _as_numeric_1d(risk, "risk")
    with np.errstate(invalid="ignore"):
        bad = ~((r >= 0.0) & (r <= 1.0))  # also catches NaN
    if bad.any():
        first = int(np.flatnonzero(bad)[0])
        raise InputError(
            f"risk must be a probability in [0, 1] with no NaN: {int(bad.sum())} value(s) are "
            f"not, the first at row {first} is {r[first]!r}"
        )
    return r


def _validate_threshold(threshold: float) -> float:
    if isinstance(threshold, bool) or not isinstance(threshold, numbers.Real):
        raise InputError(f"threshold must be a number in [0, 1], got {threshold!r}")
    t = float(threshold)
    if not 0.0 <= t <= 1.0:  # also rejects NaN
        raise InputError(f"threshold must be a number in [0, 1], got {threshold!r}")
    return t


def _group_label(value: Any) -> str:
    if value is None or value is pd.NA or value is pd.NaT:
        return _MISSING_GROUP
    if isinstance(value, float) and math.isnan(value):
        return _MISSING_GROUP
    text = str(value)
    return text if text.strip() else _MISSING_GROUP


def _validate_groups(groups: ArrayLike | None, n: int) -> NDArray[np.str_] | None:
    if groups is None:
        return None
    arr = np.asarray(groups, dtype=object)
    if arr.ndim != 1:
        raise InputError(f"groups must be 1-D, got an array of shape {arr.shape}")
    if arr.size == 0:
        return None  # nothing to group by; the page says so
    if arr.size != n:
        raise InputError(f"groups has {arr.size} rows but y_true and risk have {n}")
    return np.array([_group_label(v) for v in arr.tolist()], dtype=str)


def _validate_weights(weights: pd.DataFrame | None) -> tuple[pd.DataFrame | None, int]:
    """Return the usable weight rows and how many rows had no finite weight."""
    if weights is None:
        return None, 0
    if not isinstance(weights, pd.DataFrame):
        raise InputError(f"weights must be a pandas DataFrame, got {type(weights).__name__}")
    missing = [c for c in ("feature", "kind", "weight") if c not in weights.columns]
    if missing:
        raise InputError(
            f"weights needs the columns feature, kind, weight; missing: {', '.join(missing)}"
        )
    try:
        weight = pd.to_numeric(weights["weight"], errors="raise").astype(np.float64)
    except (TypeError, ValueError) as exc:
        raise InputError(f"weights['weight'] must be numeric: {exc}") from exc
    frame = pd.DataFrame(
        {
            "feature": weights["feature"].map(lambda v: "" if v is None else str(v)),
            "kind": weights["kind"].map(lambda v: "" if v is None else str(v).strip().lower()),
            "weight": weight,
        }
    )
    finite = np.isfinite(frame["weight"].to_numpy())
    return frame.loc[finite].reset_index(drop=True), int((~finite).sum())


# --------------------------------------------------------------------------------------------
# formatting
# --------------------------------------------------------------------------------------------


def _esc(value: Any) -> str:
    return html.escape(str(value), quote=True)


def _fmt(value: Any) -> tuple[str, bool]:
    """Format one table value as escaped HTML; the flag tells whether it is numeric."""
    if value is None:
        return '<span class="na">—</span>', True
    if isinstance(value, (bool, np.bool_)):
        return _esc(bool(value)), False
    if isinstance(value, numbers.Integral):
        return _esc(int(value)), True
    if isinstance(value, numbers.Real):
        v = float(value)
        if math.isnan(v):
            return '<span class="na">NaN</span>', True
        if math.isinf(v):
            return ("inf" if v > 0 else "−inf"), True
        return _esc(f"{v:.4g}"), True
    # text (a group value, a feature name) may come from the data: isolated, so that a
    # direction override in it cannot turn the page's text around (rule R32-H, L1)
    return f"<bdi>{_esc(value)}</bdi>", False


def _cell(value: Any, css: str = "") -> str:
    text, numeric = _fmt(value)
    classes = " ".join(c for c in (css, "num" if numeric else "") if c)
    return f'<td class="{classes}">{text}</td>' if classes else f"<td>{text}</td>"


def _table(header: Sequence[str], rows: Iterable[Sequence[Any]], css: Sequence[str] = ()) -> str:
    head = "".join(f'<th scope="col">{_esc(h)}</th>' for h in header)
    body = []
    for row in rows:
        cells = [_cell(v, css[i] if i < len(css) else "") for i, v in enumerate(row)]
        body.append("<tr>" + "".join(cells) + "</tr>")
    if not body:
        body.append(f'<tr><td colspan="{len(header)}" class="na">(none)</td></tr>')
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def _kv_table(items: Mapping[Any, Any], header: tuple[str, str] = ("name", "value")) -> str:
    return _table(header, [(str(k), _scalar(v)) for k, v in items.items()])


def _scalar(value: Any) -> Any:
    """Numbers stay numbers (for formatting); numpy scalars become Python ones."""
    if isinstance(value, np.generic):
        return value.item()
    if value is None or isinstance(value, (numbers.Number, str)):
        return value
    return str(value)


def _note(text: str) -> str:
    return f'<p class="note">{_esc(text)}</p>'


def _humanize(key: Any) -> str:
    return str(key).replace("_", " ")


def _metrics_html(metrics: Mapping[str, Any]) -> str:
    """Overall scalar metrics as one table, then one table per nested mapping."""
    overall = {k: v for k, v in metrics.items() if not isinstance(v, Mapping)}
    parts = ["<h3>Overall</h3>"]
    parts.append(_kv_table(overall, ("metric", "value")) if overall else _note(
        "No overall metrics were given."))
    for key, value in metrics.items():
        if not isinstance(value, Mapping):
            continue
        parts.append(f"<h3>{_esc(_humanize(key))}</h3>")
        if not value:
            parts.append(_note(f"metrics[{key!r}] is empty."))
        elif all(isinstance(v, Mapping) for v in value.values()):
            columns: list[Any] = []
            for inner in value.values():
                columns.extend(c for c in inner if c not in columns)
            rows = [
                [str(name), *(_scalar(inner.get(c)) for c in columns)]
                for name, inner in value.items()
            ]
            parts.append(_table(["", *map(str, columns)], rows))
        else:
            parts.append(_kv_table(value, ("metric", "value")))
    return "\n".join(parts)


# --------------------------------------------------------------------------------------------
# numbers computed from the data
# --------------------------------------------------------------------------------------------


def _ratio(num: float, den: float) -> float | None:
    return num / den if den else None


def _summary_rows(
    y: NDArray[np.int64], risk: NDArray[np.float64], threshold: float
) -> list[tuple[str, Any]]:
    flagged = risk >= threshold
    tn, fp, fn, tp = confusion_matrix(y, flagged.astype(np.int64), labels=[0, 1]).ravel()
    pos = int(y.sum())
    both = 0 < pos < y.size
    return [
        ("rows", int(y.size)),
        ("positives (label 1)", pos),
        ("negatives (label 0)", int(y.size - pos)),
        ("prevalence", pos / y.size),
        ("threshold (flagged = risk ≥ threshold)", threshold),
        ("flagged", int(flagged.sum())),
        ("true positives", int(tp)),
        ("false positives", int(fp)),
        ("false negatives", int(fn)),
        ("true negatives", int(tn)),
        ("precision at threshold", _ratio(tp, tp + fp)),
        ("recall at threshold", _ratio(tp, tp + fn)),
        ("false positive rate at threshold", _ratio(fp, fp + tn)),
        ("ROC AUC", float(roc_auc_score(y, risk)) if both else None),
        ("average precision", float(average_precision_score(y, risk)) if both else None),
        ("Brier score", float(np.mean((risk - y) ** 2))),
    ]


def _ordered_groups(groups: NDArray[np.str_]) -> list[str]:
    names, counts = np.unique(groups, return_counts=True)
    return [str(n) for n, _ in sorted(zip(names, counts, strict=True), key=lambda p: (-p[1], p[0]))]


def _group_table(
    y: NDArray[np.int64], risk: NDArray[np.float64], groups: NDArray[np.str_], threshold: float
) -> str:
    header = ["group", "rows", "positives", "prevalence", "flagged", "precision", "recall",
              "false positive rate", "ROC AUC", "average precision", "Brier score"]
    rows = []
    for name in _ordered_groups(groups):
        mask = groups == name
        gy, gr = y[mask], risk[mask]
        flagged = gr >= threshold
        tp = int(np.sum(flagged & (gy == 1)))
        fp = int(np.sum(flagged & (gy == 0)))
        pos = int(gy.sum())
        both = 0 < pos < gy.size
        rows.append([
            name, int(gy.size), pos, pos / gy.size, int(flagged.sum()),
            _ratio(tp, tp + fp), _ratio(tp, pos), _ratio(fp, gy.size - pos),
            float(roc_auc_score(gy, gr)) if both else None,
            float(average_precision_score(gy, gr)) if both else None,
            float(np.mean((gr - gy) ** 2)),
        ])
    return _table(header, rows, css=("feature",))


def _weight_tables(frame: pd.DataFrame) -> str:
    kinds = frame["kind"].where(frame["kind"].isin(["signal", "ngram"]), "other")
    parts = []
    for kind, heading in _KIND_SECTIONS:
        part = frame.loc[kinds == kind]
        if part.empty and kind == "other":
            continue
        parts.append(f"<h3>{_esc(heading)} ({len(part)} features)</h3>")
        if part.empty:
            parts.append(_note(f"No features of kind {kind!r} in the weights."))
            continue
        pos = part.loc[part["weight"] > 0].sort_values("weight", ascending=False, kind="stable")
        neg = part.loc[part["weight"] < 0].sort_values("weight", ascending=True, kind="stable")
        header = ["#", "feature", "kind", "weight"]
        css = ("", "feature", "", "")
        blocks = []
        for label, sub in ((f"top {_TOP_N} positive (raise risk)", pos),
                           (f"top {_TOP_N} negative (lower risk)", neg)):
            rows = [
                (i, r.feature, r.kind, r.weight)
                for i, r in enumerate(sub.head(_TOP_N).itertuples(index=False), 1)
            ]
            blocks.append(f"<div><h4>{_esc(label)}</h4>{_table(header, rows, css)}</div>")
        parts.append('<div class="weights">' + "".join(blocks) + "</div>")
    return "\n".join(parts)


# --------------------------------------------------------------------------------------------
# plots (matplotlib Figure objects only: no pyplot, no global backend state)
# --------------------------------------------------------------------------------------------


@lru_cache(maxsize=8)
def _charmap(font_path: str) -> frozenset[int]:
    from matplotlib import font_manager

    return frozenset(font_manager.get_font(font_path).get_charmap())


def _supported_chars() -> frozenset[int] | None:
    try:
        from matplotlib import font_manager

        path = font_manager.findfont(font_manager.FontProperties(), fallback_to_default=True)
        return _charmap(str(path))
    except Exception:  # pragma: no cover - exotic font setups: fall back to ASCII
        return None


def _plot_text(value: str, chars: frozenset[int] | None) -> str:
    """Make data text safe to draw: no mathtext, no missing glyphs, no control characters."""
    out = []
    for ch in value:
        if unicodedata.category(ch).startswith("C"):
            out.append(" ")
        elif (ord(ch) < 128) if chars is None else (ord(ch) in chars):
            out.append(ch)
        else:
            out.append("?")
    text = "".join(out).strip() or "?"
    if len(text) > _MAX_PLOT_LABEL:
        text = text[: _MAX_PLOT_LABEL - 1] + "…"
    return text.replace("$", r"\$")


def _png(fig: Figure) -> str:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=_DPI)
    fig.clear()
    return base64.b64encode(buf.getvalue()).decode("ascii")


def _roc_figure(
    new_figure: Any,
    y: NDArray[np.int64],
    risk: NDArray[np.float64],
    threshold: float,
    groups: NDArray[np.str_] | None,
    chars: frozenset[int] | None,
) -> tuple[Figure, list[str]]:
    fig = new_figure(figsize=(6.4, 5.2))
    ax = fig.add_subplot()
    skipped: list[str] = []
    if groups is not None:
        drawn = 0
        for name in _ordered_groups(groups):
            mask = groups == name
            gy = y[mask]
            if not 0 < gy.sum() < gy.size:
                skipped.append(name)
                continue
            if drawn == _MAX_GROUP_CURVES:
                continue
            fpr, tpr, _ = roc_curve(gy, risk[mask])
            auc = roc_auc_score(gy, risk[mask])
            label = f"{_plot_text(name, chars)} (AUC = {auc:.3f}, n = {gy.size})"
            ax.plot(fpr, tpr, linewidth=1.2, alpha=0.85, label=label)
            drawn += 1
    fpr, tpr, _ = roc_curve(y, risk)
    auc = roc_auc_score(y, risk)
    ax.plot(fpr, tpr, color="black", linewidth=2.2, label=f"all (AUC = {auc:.3f}, n = {y.size})")
    flagged = risk >= threshold
    ax.plot(
        [flagged[y == 0].mean()], [flagged[y == 1].mean()], "o", color="crimson", markersize=8,
        label=f"threshold {threshold:.3g}",
    )
    ax.plot([0, 1], [0, 1], linestyle="--", color="grey", linewidth=1, label="chance")
    ax.set(xlim=(-0.01, 1.01), ylim=(-0.01, 1.01), xlabel="false positive rate",
           ylabel="true positive rate (recall)", title="ROC curve")
    ax.grid(alpha=0.3)
    ax.legend(loc="lower right", fontsize="small")
    fig.subplots_adjust(left=0.11, right=0.97, bottom=0.1, top=0.93)
    return fig, skipped


def _pr_figure(
    new_figure: Any, y: NDArray[np.int64], risk: NDArray[np.float64], threshold: float
) -> Figure:
    fig = new_figure(figsize=(6.4, 5.2))
    ax = fig.add_subplot()
    precision, recall, _ = precision_recall_curve(y, risk)
    ap = average_precision_score(y, risk)
    ax.plot(recall, precision, color="#2b5797", linewidth=2, drawstyle="steps-post",
            label=f"all (AP = {ap:.3f})")
    prevalence = y.mean()
    ax.axhline(prevalence, linestyle="--", color="grey", linewidth=1,
               label=f"prevalence = {prevalence:.3f}")
    flagged = risk >= threshold
    if flagged.any():
        ax.plot([flagged[y == 1].mean()], [y[flagged].mean()], "o", color="crimson",
                markersize=8, label=f"threshold {threshold:.3g}")
    ax.set(xlim=(-0.01, 1.01), ylim=(-0.01, 1.05), xlabel="recall", ylabel="precision",
           title="Precision-recall curve")
    ax.grid(alpha=0.3)
    ax.legend(loc="lower left", fontsize="small")
    fig.subplots_adjust(left=0.11, right=0.97, bottom=0.1, top=0.93)
    return fig


def _reliability_figure(
    new_figure: Any, y: NDArray[np.int64], risk: NDArray[np.float64], threshold: float
) -> Figure:
    fig = new_figure(figsize=(6.4, 6.4))
    top, bottom = fig.subplots(2, 1, sharex=True, gridspec_kw={"height_ratios": [3, 1]})
    prob_true, prob_pred = calibration_curve(y, risk, n_bins=10, strategy="uniform")
    top.plot([0, 1], [0, 1], linestyle="--", color="grey", linewidth=1,
             label="perfectly calibrated")
    brier = float(np.mean((risk - y) ** 2))
    top.plot(prob_pred, prob_true, "o-", color="#2b5797", linewidth=2,
             label=f"model (Brier = {brier:.3f})")
    top.set(ylim=(-0.02, 1.02), ylabel="observed fraction of positives",
            title="Reliability diagram (10 equal-width bins)")
    top.grid(alpha=0.3)
    top.legend(loc="upper left", fontsize="small")
    bottom.hist(risk, bins=np.linspace(0.0, 1.0, 11), color="#8aa6d6", edgecolor="white")
    bottom.axvline(threshold, color="crimson", linewidth=1.2)
    bottom.set(xlim=(0, 1), xlabel="predicted risk", ylabel="rows")
    bottom.grid(alpha=0.3)
    fig.subplots_adjust(left=0.12, right=0.97, bottom=0.08, top=0.94, hspace=0.08)
    return fig


def _score_hist_figure(
    new_figure: Any, y: NDArray[np.int64], risk: NDArray[np.float64], threshold: float
) -> Figure:
    fig = new_figure(figsize=(6.4, 4.4))
    ax = fig.add_subplot()
    bins = np.linspace(0.0, 1.0, 21)
    classes = ((0, "label 0 (benign)", "#2b5797"), (1, "label 1 (risky)", "#d1495b"))
    for label, name, color in classes:
        part = risk[y == label]
        if part.size:
            ax.hist(part, bins=bins, density=True, alpha=0.55, color=color,
                    label=f"{name}, n = {part.size}")
    ax.axvline(threshold, color="black", linestyle="--", linewidth=1.5,
               label=f"threshold = {threshold:.3g}")
    ax.set(xlim=(0, 1), xlabel="predicted risk", ylabel="density within each class",
           title="Predicted risk by true class")
    ax.grid(alpha=0.3)
    ax.legend(loc="best", fontsize="small")
    fig.subplots_adjust(left=0.1, right=0.97, bottom=0.12, top=0.91)
    return fig


def _confusion_figure(
    new_figure: Any, y: NDArray[np.int64], risk: NDArray[np.float64], threshold: float
) -> Figure:
    cm = confusion_matrix(y, (risk >= threshold).astype(np.int64), labels=[0, 1])
    fig = new_figure(figsize=(5.2, 4.4))
    ax = fig.add_subplot()
    image = ax.imshow(cm, cmap="Blues", vmin=0, vmax=max(int(cm.max()), 1))
    fig.colorbar(image, ax=ax, label="rows")
    total = max(int(cm.sum()), 1)
    for (i, j), count in np.ndenumerate(cm):
        ax.text(j, i, f"{count}\n({count / total:.1%})", ha="center", va="center",
                fontsize=12, color="white" if count > cm.max() / 2 else "black")
    ax.set_xticks([0, 1], ["not flagged", "flagged"])
    ax.set_yticks([0, 1], ["0 (benign)", "1 (risky)"])
    ax.set(xlabel=f"prediction (risk ≥ {threshold:.3g})", ylabel="true label",
           title="Confusion matrix at the threshold")
    fig.subplots_adjust(left=0.2, right=0.95, bottom=0.13, top=0.92)
    return fig


def _signal_figure(
    new_figure: Any, signals: pd.DataFrame, chars: frozenset[int] | None
) -> Figure:
    order = signals["weight"].abs().sort_values(ascending=False, kind="stable").index
    top = signals.loc[order[:_TOP_N]].iloc[::-1]  # largest bar on top
    labels = [_plot_text(f, chars) for f in top["feature"]]
    width, height = 8.0, 1.3 + 0.3 * len(top)
    fig = new_figure(figsize=(width, height))
    ax = fig.add_subplot()
    weights = top["weight"].to_numpy()
    colors = np.where(weights > 0, "#d1495b", "#2b5797")
    positions = np.arange(len(top))
    ax.barh(positions, weights, color=colors)
    ax.set_yticks(positions, labels, fontsize="small")
    # room for the labels: about 0.065 inch per character at the small font size
    longest = max(len(label.replace("\\$", "$")) for label in labels)
    fig.subplots_adjust(left=min(0.55, (0.25 + 0.065 * longest) / width), right=0.97,
                        bottom=0.7 / height, top=1 - 0.45 / height)
    ax.axvline(0, color="black", linewidth=0.8)
    ax.set(xlabel="weight (red raises risk, blue lowers it)",
           title=f"Top {len(top)} signals by absolute weight")
    ax.grid(axis="x", alpha=0.3)
    return fig


def _figure_html(png: str, alt: str, caption: str) -> str:
    return (
        f'<figure><img src="data:image/png;base64,{png}" alt="{_esc(alt)}">'
        f"<figcaption>{_esc(caption)}</figcaption></figure>"
    )


def _import_matplotlib() -> tuple[Any, Any]:
    try:
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure
    except ImportError as exc:
        raise InputError(_MISSING_MATPLOTLIB) from exc
    return Figure, FigureCanvasAgg


# --------------------------------------------------------------------------------------------
# output
# --------------------------------------------------------------------------------------------


def _write_atomic(path: pathlib.Path, text: str) -> None:
    """Write ``text`` to a temporary file next to ``path``, then rename it over ``path``."""
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(8)}.tmp")
    # 0o666 lets the process umask decide the final permissions, as for a normal open().
    with naming(path):  # the report the user asked for, not the temporary file
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        with naming(path):
            os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_report(
    path: str | os.PathLike[str],
    y_true: ArrayLike,
    risk: ArrayLike,
    *,
    threshold: float,
    metrics: Mapping[str, Any],
    weights: pd.DataFrame | None = None,
    groups: ArrayLike | None = None,
    title: str = "recruitscore evaluation report",
    model_info: Mapping[str, Any] | None = None,
) -> pathlib.Path:
    """Write a self-contained HTML evaluation report and return its path.

    The page holds a summary at the threshold, the given metrics as tables, per-group numbers,
    the plots (ROC, precision-recall, reliability diagram with a histogram of predicted risk,
    predicted risk per class, confusion matrix, top signals by weight) as embedded base64 PNG
    images, and the feature-weight tables. CSS is inline; the page loads nothing (a
    Content-Security-Policy forbids it), so it opens offline in any browser.

    Parameters
    ----------
    path : str or os.PathLike
        Where to write the HTML file. Missing parent directories are created. The file is
        written atomically: a temporary file in the same directory replaces ``path`` at the end.
    y_true : array-like of shape (n,)
        True labels, 0 or 1 (bools and 0.0/1.0 floats are accepted).
    risk : array-like of shape (n,)
        Predicted probabilities of label 1, in [0, 1], no NaN.
    threshold : float
        The decision threshold in [0, 1]; a row is flagged when ``risk >= threshold``.
    metrics : mapping
        Metrics computed by the caller. Scalar entries make the "overall" table; each nested
        mapping gets a table of its own: a mapping of mappings such as
        ``metrics["per_language"] = {"en": {"roc_auc": 0.9, ...}, ...}`` becomes one row per
        key. NaN is shown as NaN, ``None`` as a dash.
    weights : pandas.DataFrame, optional
        Feature weights with the columns ``feature``, ``kind`` (``"signal"``, ``"ngram"``,
        ``"profile"`` or ``"interaction"``) and ``weight``. Shown as the top 20 positive and top
        20 negative weights per kind (signals, n-grams, other kinds together) and as a bar plot
        of the 20 signals with the largest absolute weight. Rows with a NaN or infinite weight
        are left out (the page says how many).
    groups : array-like of shape (n,), optional
        A group per row, e.g. the message language. Adds one ROC curve per group (the 8 largest
        groups with both classes) and a table of metrics per group. Missing values (None, NaN,
        empty strings) form the group ``"(missing)"``; an empty ``groups`` is ignored.
    title : str, default "recruitscore evaluation report"
        The page title and heading.
    model_info : mapping, optional
        Shown as a key/value table (model path, versions, training data hash, ...).

    Returns
    -------
    pathlib.Path
        The path of the written file (``path`` as a :class:`pathlib.Path`).

    Raises
    ------
    InputError
        When the inputs cannot be used: no rows, ``y_true`` and ``risk`` (or ``groups``) differ
        in length, a label is not 0/1, a risk is outside [0, 1] or NaN, the threshold is not in
        [0, 1], ``metrics`` is not a mapping, ``weights`` lacks a column, ``path`` is a
        directory, or matplotlib is not installed.

    Notes
    -----
    Curves that need both classes (ROC, precision-recall) are skipped, with a note on the page,
    when only one class is present; so are per-group ROC curves of one-class groups. Plots are
    drawn on :class:`matplotlib.figure.Figure` objects with the Agg canvas and never through
    :mod:`matplotlib.pyplot`, so the function leaves no open figures, does not change the
    global matplotlib backend, and can run in several threads at once. Names drawn inside plots
    are shortened to 40 characters and characters the plot font lacks are drawn as ``?``;
    the HTML tables always show the full, escaped text.

    Examples
    --------
    >>> import pathlib, shutil, tempfile
    >>> import numpy as np
    >>> from recruitscore.report import write_report
    >>> rng = np.random.default_rng(0)
    >>> y = np.arange(40) % 2
    >>> risk = np.clip(0.3 + 0.4 * y + rng.normal(0.0, 0.15, 40), 0.0, 1.0)
    >>> out = write_report(pathlib.Path(tempfile.mkdtemp()) / "report.html", y, risk,
    ...                    threshold=0.5, metrics={"roc_auc": 0.93, "brier": 0.05})
    >>> out.exists()
    True
    >>> "data:image/png;base64," in out.read_text(encoding="utf-8")
    True
    >>> shutil.rmtree(out.parent)
    """
    # ---- validate everything before touching the disk or drawing anything
    y = _validate_labels(y_true)
    r = _validate_risk(risk)
    if y.size != r.size:
        raise InputError(f"y_true has {y.size} rows but risk has {r.size}")
    if y.size == 0:
        raise InputError("y_true and risk are empty: there is nothing to report")
    t = _validate_threshold(threshold)
    if not isinstance(metrics, Mapping):
        raise InputError(f"metrics must be a mapping, got {type(metrics).__name__}")
    if model_info is not None and not isinstance(model_info, Mapping):
        raise InputError(f"model_info must be a mapping, got {type(model_info).__name__}")
    empty_groups = groups is not None and np.asarray(groups, dtype=object).size == 0
    g = _validate_groups(groups, y.size)
    w, dropped_weights = _validate_weights(weights)
    out = pathlib.Path(path)
    if out.is_dir():
        raise InputError(f"{out} is a directory; give the path of the HTML file to write")

    figure_cls, canvas_cls = _import_matplotlib()

    def new_figure(figsize: tuple[float, float]) -> Figure:
        fig = figure_cls(figsize=figsize, dpi=_DPI)
        canvas_cls(fig)  # attach the Agg canvas to this figure only
        return fig

    chars = _supported_chars()
    n_pos = int(y.sum())
    both_classes = 0 < n_pos < y.size

    # ---- plots
    plots: list[str] = []
    if both_classes:
        fig, skipped = _roc_figure(new_figure, y, r, t, g, chars)
        caption = "ROC curve; the red dot is the operating point at the threshold."
        if g is not None:
            caption += f" Per-group curves for up to {_MAX_GROUP_CURVES} of the largest groups."
        plots.append(_figure_html(_png(fig), "ROC curve", caption))
        if skipped:
            plots.append(_note(
                f"{len(skipped)} group(s) have a single class and have no ROC curve: "
                + ", ".join(skipped[:20]) + (" …" if len(skipped) > 20 else "")
            ))
        plots.append(_figure_html(
            _png(_pr_figure(new_figure, y, r, t)), "Precision-recall curve",
            "Precision-recall curve with average precision (AP); the dashed line is the "
            "precision of a random ranking.",
        ))
    else:
        only = "1 (risky)" if n_pos else "0 (benign)"
        plots.append(_note(
            f"Only one class is present in y_true (label {only}): the ROC and precision-recall "
            "curves need both classes and were skipped."
        ))
    plots.append(_figure_html(
        _png(_reliability_figure(new_figure, y, r, t)), "Reliability diagram",
        "Reliability diagram: observed fraction of positives against mean predicted risk in 10 "
        "equal-width bins (empty bins are not drawn), with the histogram of predicted risk "
        "below; the red line is the threshold.",
    ))
    plots.append(_figure_html(
        _png(_score_hist_figure(new_figure, y, r, t)), "Predicted risk by true class",
        "Distribution of predicted risk for each true class, normalised within the class.",
    ))
    plots.append(_figure_html(
        _png(_confusion_figure(new_figure, y, r, t)), "Confusion matrix",
        "Confusion matrix at the threshold: counts and share of all rows.",
    ))

    # ---- page
    sections: list[tuple[str, str, str]] = []
    summary = _table(["", "value"], _summary_rows(y, r, t))
    if model_info:
        summary += "<h3>Model</h3>" + _kv_table(model_info, ("key", "value"))
    sections.append(("summary", "Summary", summary))
    sections.append(("metrics", "Metrics", _metrics_html(metrics)))
    if g is not None:
        sections.append(("groups", "Metrics per group (computed from the data)",
                         _group_table(y, r, g, t)))
    elif empty_groups:
        sections.append(("groups", "Metrics per group",
                         _note("groups was given but is empty: no per-group breakdown.")))
    sections.append(("plots", "Plots", "\n".join(plots)))
    if w is not None:
        body = ""
        if dropped_weights:
            body += _note(f"{dropped_weights} weight row(s) with a NaN or infinite weight "
                          "were left out.")
        signals = w.loc[w["kind"] == "signal"]
        if signals.empty:
            body += _note("No signal weights: the top-signals plot was skipped.")
        else:
            body += _figure_html(
                _png(_signal_figure(new_figure, signals, chars)), "Top signals by weight",
                "Signals with the largest absolute weight (model coefficients).",
            )
        body += _weight_tables(w)
        sections.append(("weights", "Feature weights", body))

    nav = "".join(f'<li><a href="#{key}">{_esc(name)}</a></li>' for key, name, _ in sections)
    content = "\n".join(
        f'<section id="{key}"><h2>{_esc(name)}</h2>\n{body}\n</section>'
        for key, name, body in sections
    )
    page = (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta http-equiv="Content-Security-Policy" '
        "content=\"default-src 'none'; img-src data:; style-src 'unsafe-inline'\">\n"
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_esc(title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n"
        f"<header><h1>{_esc(title)}</h1><nav><ul>{nav}</ul></nav></header>\n"
        f"<main>\n{content}\n</main>\n"
        "<footer>Written by recruitscore.report.write_report; self-contained, "
        "no external resources.</footer>\n</body>\n</html>\n"
    )

    out.parent.mkdir(parents=True, exist_ok=True)
    _write_atomic(out, page)
    return out
