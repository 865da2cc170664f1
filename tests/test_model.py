"""The model: persistence (safe, verified), fairness, evasion, missing data, scoring API."""

from __future__ import annotations

import json
import pickle
import shutil
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import recruitscore as rs
from recruitscore.model import RiskModel, load_model, train
from recruitscore.scoring import _readable, score, score_frame

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "datasets" / "approaches-dev" / "approaches-dev.csv"


@pytest.fixture(scope="module")
def shipped() -> rs.model.Model:
    return load_model()


@pytest.fixture(scope="module")
def handwritten() -> pd.DataFrame:
    from recruitscore.build import load_handwritten

    return load_handwritten()


@pytest.fixture(scope="module")
def small_model(tmp_path_factory) -> tuple[rs.model.Model, Path, pd.DataFrame]:
    from recruitscore.build import load_handwritten

    df = load_handwritten().sample(300, random_state=1)
    model = train(df, C=1.0)
    path = model.save(tmp_path_factory.mktemp("m") / "small.skops")
    return model, path, df


def test_round_trip_gives_identical_risks(small_model) -> None:
    model, path, df = small_model
    again = load_model(path)
    assert np.array_equal(model.predict_risk(df), again.predict_risk(df))
    assert again.threshold == model.threshold
    manifest = json.loads(path.with_suffix(".json").read_text())
    assert manifest["signal_names"] == list(rs.signals.SIGNAL_NAMES)
    assert len(manifest["sha256"]) == 64


def test_tampered_model_is_refused(small_model, tmp_path) -> None:
    _, path, _ = small_model
    bad = tmp_path / "bad.skops"
    shutil.copy(path, bad)
    shutil.copy(path.with_suffix(".json"), bad.with_suffix(".json"))
    data = bytearray(bad.read_bytes())
    data[len(data) // 2] ^= 0xFF
    bad.write_bytes(bytes(data))
    with pytest.raises(rs.ModelError, match=r"sha256 differs"):
        load_model(bad)


def test_other_signal_list_is_refused(small_model, tmp_path) -> None:
    _, path, _ = small_model
    other = tmp_path / "other.skops"
    shutil.copy(path, other)
    manifest = json.loads(path.with_suffix(".json").read_text())
    manifest["signal_names"] = [*manifest["signal_names"][:-1], "some_future_signal"]
    other.with_suffix(".json").write_text(json.dumps(manifest))
    with pytest.raises(rs.ModelError, match="signals do not match"):
        load_model(other)


def test_other_sklearn_version_is_refused(small_model, tmp_path) -> None:
    _, path, _ = small_model
    other = tmp_path / "old.skops"
    shutil.copy(path, other)
    manifest = json.loads(path.with_suffix(".json").read_text())
    manifest["versions"]["scikit-learn"] = "0.24.2"
    other.with_suffix(".json").write_text(json.dumps(manifest))
    with pytest.raises(rs.ModelError, match=r"scikit-learn 0\.24\.2"):
        load_model(other)


def test_missing_manifest_and_missing_file(small_model, tmp_path) -> None:
    _, path, _ = small_model
    lone = tmp_path / "lone.skops"
    shutil.copy(path, lone)
    with pytest.raises(rs.ModelError, match="no manifest"):
        load_model(lone)
    with pytest.raises(rs.ModelError, match="not found"):
        load_model(tmp_path / "nope.skops")


def test_pickle_is_refused_unless_unsafe(small_model, tmp_path) -> None:
    model, _, df = small_model
    evil = tmp_path / "model.pkl"
    evil.write_bytes(pickle.dumps(model.estimator))
    with pytest.raises(rs.ModelError, match="pickle"):
        load_model(evil)
    loaded = load_model(evil, unsafe=True)
    assert np.allclose(loaded.predict_risk(df.head(5)), model.predict_risk(df.head(5)))


def test_untrusted_types_are_refused(tmp_path) -> None:
    import hashlib

    import skops.io as sio

    from recruitscore.model import MODEL_FORMAT, versions

    path = tmp_path / "odd.skops"
    sio.dump({"payload": pd.Timestamp("2020-01-01")}, path)
    manifest = {"format": MODEL_FORMAT, "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
                "signal_names": list(rs.signals.SIGNAL_NAMES), "versions": versions()}
    path.with_suffix(".json").write_text(json.dumps(manifest))
    with pytest.raises(rs.ModelError, match=r"allow-list|does not hold"):
        load_model(path)


def test_save_requires_skops_suffix(small_model, tmp_path) -> None:
    model, _, _ = small_model
    with pytest.raises(rs.ModelError):
        model.save(tmp_path / "m.joblib")


def test_training_is_deterministic(small_model) -> None:
    model, _, df = small_model
    again = train(df, C=1.0)
    assert np.array_equal(model.predict_risk(df.head(20)), again.predict_risk(df.head(20)))


def test_training_label_errors() -> None:
    df = pd.DataFrame({"message": ["a", "b", "c"], "label": [1, 1, 1]})
    with pytest.raises(rs.InputError, match="single class"):
        train(df, C=1.0)
    with pytest.raises(rs.InputError, match="missing"):
        train(pd.DataFrame({"message": ["a", "b"], "label": [1, None]}), C=1.0)
    with pytest.raises(rs.InputError, match="no label column"):
        train(pd.DataFrame({"message": ["a"]}), C=1.0)


# ---- fairness, evasion, missing data: on the shipped model ------------------------------------


def _names_swapped(df: pd.DataFrame) -> pd.DataFrame:
    """Swap sender names across rows (rotate), in the field and inside the message."""
    names = df["sender_name"].fillna("").tolist()
    rotated = names[1:] + names[:1]
    out = df.copy()
    msgs = []
    for msg, old, new in zip(df["message"].fillna(""), names, rotated, strict=True):
        for part_old, part_new in zip(old.split(), new.split(), strict=False):
            msg = msg.replace(part_old, part_new)
        msgs.append(msg)
    out["message"] = msgs
    out["sender_name"] = rotated
    return out


def test_name_swap_invariance(shipped, handwritten) -> None:
    df = handwritten.sample(300, random_state=3).reset_index(drop=True)
    before = shipped.predict_risk(df)
    after = shipped.predict_risk(_names_swapped(df))
    assert np.max(np.abs(before - after)) <= 0.01


@pytest.mark.skipif(not DEV.exists(), reason="development set not present")
def test_name_swap_invariance_on_dev_set(shipped) -> None:
    from recruitscore.build import load_dev

    df = load_dev(DEV)
    before = shipped.predict_risk(df)
    after = shipped.predict_risk(_names_swapped(df))
    assert np.max(np.abs(before - after)) <= 0.01


OBFUSCATIONS = {
    "spaced": lambda w: " ".join(w),
    "dotted": lambda w: ".".join(w),
    "leet": lambda w: w.replace("a", "@").replace("o", "0").replace("i", "1"),
    "homoglyph": lambda w: w.replace("a", "\u0430").replace("o", "\u043e").replace("e", "\u0435"),
    "zero_width": lambda w: w[: len(w) // 2] + "\u200b" + w[len(w) // 2:],
    "accent": lambda w: w.replace("e", "é").replace("a", "à"),
}
KEYWORDS = ["WhatsApp", "Telegram", "Signal", "WeChat", "gmail", "password", "confidential",
            "secret", "cash", "crypto", "clearance", "habilitation"]


@pytest.mark.parametrize("kind", sorted(OBFUSCATIONS))
def test_evasion_does_not_lower_risk(shipped, handwritten, kind) -> None:
    hostile = handwritten[handwritten.label == 1]
    mask = hostile["message"].str.contains("|".join(KEYWORDS), case=False)
    df = hostile[mask].reset_index(drop=True)
    assert len(df) >= 30
    obf = df.copy()
    f = OBFUSCATIONS[kind]

    def disguise(msg: str) -> str:
        for k in KEYWORDS:
            for variant in {k, k.lower(), k.capitalize()}:
                msg = msg.replace(variant, f(variant))
        return msg

    obf["message"] = obf["message"].map(disguise)
    drop = shipped.predict_risk(df).mean() - shipped.predict_risk(obf).mean()
    assert drop <= 0.05, f"{kind}: mean risk fell by {drop:.3f}"


def test_unknown_profile_does_not_push_risk_up(shipped, handwritten) -> None:
    df = handwritten.sample(200, random_state=5).reset_index(drop=True)
    blank = df.copy()
    for col in ("sender_headline", "sender_company", "sender_company_url", "sender_connections",
                "sender_account_age_days", "sender_has_photo", "target_headline"):
        blank[col] = None
    risk_blank = shipped.predict_risk(blank)
    assert np.all((risk_blank >= 0) & (risk_blank <= 1))
    # structural: unknown profile numbers contribute exactly zero
    z = shipped.estimator.featurizer_.transform(blank[["message"]]).toarray()
    names = list(shipped.estimator.featurizer_.get_feature_names_out())
    prof = [names.index(n) for n in names if n.startswith("prof__")]
    assert np.all(z[:, prof] == 0)
    # and on average an unknown profile scores no higher than the known ones
    profiles = df.drop(columns=["message"])
    for msg in df["message"].head(20):
        known = shipped.predict_risk(profiles.assign(message=msg))
        unknown = shipped.predict_risk(pd.DataFrame({"message": [msg]}))[0]
        assert unknown <= np.median(known) + 0.05


def test_message_only_scores(shipped) -> None:
    r = score("Add me on WhatsApp, my client prefers to remain anonymous.", model=shipped)
    assert 0 <= r.risk <= 1 and r.band in {"low", "medium", "high"}


def test_score_result_api(shipped) -> None:
    r = score("Hello! My client pays USD 2,000 per report. Keep it between us, add me on "
              "Telegram.", target_headline="Quantum engineer", model=shipped)
    assert r.flagged and r.band == "high"
    names = [h.name for h in r.hits]
    assert {"paid_report", "secrecy", "off_platform_request"} <= set(names)
    assert len(r.reasons) == 3
    assert r.signal_contribution("off_platform_request") != 0
    text = r.explain()
    assert "risk" in text and "paid_report" in text
    d = r.to_dict()
    json.dumps(d)
    assert d["signals"][0]["evidence"]
    # contributions add up to the calibrated logit
    logit = np.log(r.risk / (1 - r.risk))
    assert logit == pytest.approx(r.baseline + sum(c.value for c in r.contributions), abs=1e-6)


def test_benign_recruiter_is_low(shipped) -> None:
    r = score("Hi Maya, I'm hiring a senior RF engineer for our Bristol site: permanent role, "
              "£70,000-£85,000 base, ref RF-2231. Applicants must be eligible for SC clearance. "
              "Reply to j.ortega@lumenwave-systems.co.uk.",
              sender_company_url="https://lumenwave-systems.co.uk", model=shipped)
    assert not r.flagged


def test_score_frame_contract(shipped) -> None:
    df = pd.DataFrame({
        "id": ["a", "b", "c", "d"],
        "message": ["Add me on telegram", None, "NA", "Keep it between us"],
        "sender_connections": [12, "lots", None, 3],
        "risk": [9, 9, 9, 9],
    })
    original = df.copy()
    out = score_frame(df, model=shipped)
    pd.testing.assert_frame_equal(df, original)
    assert list(out.columns) == ["id", "message", "sender_connections", "input_risk", "risk",
                                 "band", "flagged", "signals", "reasons", "error"]
    assert out["id"].tolist() == ["a", "b", "c", "d"]
    assert out["risk"].between(0, 1).all()
    assert "empty message" in out.loc[1, "error"] and "not a count" in out.loc[1, "error"]
    assert out.loc[2, "message"] == "NA" and out.loc[2, "error"] == ""
    assert "off_platform_request" in out.loc[0, "signals"].split(";")
    assert out["flagged"].dtype == bool


def test_single_message_path_equals_batch_path(shipped, handwritten) -> None:
    """score() builds features from the span path's hits; score_frame() runs the vectorised
    path (Arrow, RE2 over columns): same risk for every row, garbage included."""
    df = handwritten.sample(150, random_state=3).reset_index(drop=True)
    extra = pd.DataFrame({
        "message": ["", "W h a t s A p p me", "\ud800 t\u00e9l\u00e9gram \U0001f44d", "x" * 5000,
                    "Cliente confidentiel, rapport r\u00e9mun\u00e9r\u00e9 \u20ac2,000"],
        "sender_connections": ["lots", None, -3, 12, 400],
        "sender_has_photo": ["maybe", 1, 0, None, True],
    }, dtype=object)  # object: pandas' Arrow-backed strings refuse a lone surrogate
    df = pd.concat([df.astype(object), extra], ignore_index=True)
    batch = score_frame(df, model=shipped)
    singles = [score({k: v for k, v in row.items() if k in rs.schema.FIELDS}, model=shipped)
               for row in df.to_dict("records")]
    # score_frame rounds risks to 6 decimals
    assert np.allclose([r.risk for r in singles], batch["risk"].to_numpy(), atol=6e-7, rtol=0)
    assert [r.flagged for r in singles] == batch["flagged"].tolist()
    assert [";".join(h.name for h in r.hits) for r in singles] == batch["signals"].tolist()
    reasons = ["; ".join([c.feature for c in r.contributions
                          if c.value > 0 and (c.kind != "ngram" or _readable(c.feature))][:3])
               for r in singles]
    assert reasons == batch["reasons"].tolist()


def test_score_frame_empty_and_errors(shipped) -> None:
    out = score_frame(pd.DataFrame({"message": []}), model=shipped)
    assert len(out) == 0 and "risk" in out.columns
    with pytest.raises(rs.InputError, match="no 'message' column"):
        score_frame(pd.DataFrame({"text": ["hi"]}), model=shipped)


def test_garbage_rows_never_crash(shipped) -> None:
    df = pd.DataFrame({
        "message": ["", None, 3.14, "\x00\x00", "x" * 300_000, "\ud800", b"bytes".decode()],
        "sender_has_photo": ["maybe", 2, True, None, "", "1", "0"],
        "sender_account_age_days": [-5, "1e3", float("inf"), "abc", "", 10, "12"],
    })
    out = score_frame(df, model=shipped)
    assert len(out) == len(df) and out["risk"].notna().all()


def test_weights_and_riskmodel_api(shipped) -> None:
    w = shipped.feature_weights()
    assert set(w.kind) == {"signal", "interaction", "profile", "ngram"}
    assert isinstance(shipped.estimator, RiskModel)
    proba = shipped.estimator.predict_proba(pd.DataFrame({"message": ["hi"]}))
    assert proba.shape == (1, 2) and proba.sum() == pytest.approx(1.0)
