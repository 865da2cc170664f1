"""The model: weights-only persistence (safe, verified), training, constraints, fairness,
evasion, missing data, scoring API."""

from __future__ import annotations

import json
import os
import pickle
import shutil
import zipfile
from functools import partial
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import recruitscore as rs
from recruitscore.model import TrainParams, default_model_path, load_model, train
from recruitscore.scoring import reasons_from, score, score_frame
from recruitscore.stopwords import FRENCH

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "datasets" / "approaches-dev" / "approaches-dev.csv"


@pytest.fixture(scope="module")
def shipped() -> rs.model.Model:
    return load_model()


@pytest.fixture(scope="module")
def handwritten() -> pd.DataFrame:
    from training.build import load_handwritten

    return load_handwritten()


@pytest.fixture(scope="module")
def small_model(tmp_path_factory) -> tuple[rs.model.Model, Path, pd.DataFrame]:
    from training.build import load_handwritten

    df = load_handwritten().sample(300, random_state=1).reset_index(drop=True)
    model = train(df, params=TrainParams(folds=3))
    path = model.save(tmp_path_factory.mktemp("m") / "small.npz")
    return model, path, df


def _copy(path: Path, to: Path) -> Path:
    shutil.copy(path, to)
    shutil.copy(path.with_suffix(".json"), to.with_suffix(".json"))
    return to


def _rewrite_manifest(path: Path, **changes: object) -> None:
    """Change manifest fields and write a new seal, as a writer that knows the format would
    (the checks behind the seal are what these tests are about)."""
    from recruitscore.model import manifest_seal

    manifest = json.loads(path.with_suffix(".json").read_text())
    manifest.update(changes)
    manifest["seal"] = manifest_seal(manifest)
    path.with_suffix(".json").write_text(json.dumps(manifest))


@pytest.mark.parametrize("changes", [
    {"threshold": 1.0}, {"medium_threshold": 0.0}, {"uncertain_familiarity": 0.9},
    {"calibration": {"a": 1.0, "b": -5.0}}, {"seal": "0" * 64}, {"seal": None}])
def test_a_manifest_edited_by_hand_is_refused(small_model, tmp_path, changes) -> None:
    """A threshold of 1.0 in the JSON would silence every alert: the seal over the fields that
    decide a score refuses the edit (round-4 review, finding 7)."""
    _, path, _ = small_model
    other = _copy(path, tmp_path / "edited.npz")
    manifest = json.loads(path.with_suffix(".json").read_text())
    manifest.update(changes)
    other.with_suffix(".json").write_text(json.dumps(manifest))
    with pytest.raises(rs.ModelError, match="seal differs"):
        load_model(other)
    # unsealed, descriptive fields may be edited
    manifest = json.loads(path.with_suffix(".json").read_text())
    manifest["trained_from"] = "a note"
    other.with_suffix(".json").write_text(json.dumps(manifest))
    assert load_model(other).threshold == load_model(path).threshold


# ---- persistence ------------------------------------------------------------------------------


def test_round_trip_gives_identical_risks(small_model) -> None:
    model, path, df = small_model
    again = load_model(path)
    assert np.array_equal(model.predict_risk(df), again.predict_risk(df))
    assert again.threshold == model.threshold
    manifest = json.loads(path.with_suffix(".json").read_text())
    assert manifest["signal_names"] == list(rs.signals.SIGNAL_NAMES)
    assert len(manifest["sha256"]) == 64 and manifest["format"] == 4


def test_model_file_holds_arrays_only(small_model) -> None:
    _, path, _ = small_model
    with zipfile.ZipFile(path) as zf:
        assert all(n.endswith(".npy") for n in zf.namelist())
    with np.load(path, allow_pickle=False) as npz:  # no object arrays anywhere
        assert all(npz[k].dtype != object for k in npz.files)


def test_tampered_model_is_refused(small_model, tmp_path) -> None:
    _, path, _ = small_model
    bad = _copy(path, tmp_path / "bad.npz")
    data = bytearray(bad.read_bytes())
    data[len(data) // 2] ^= 0xFF
    bad.write_bytes(bytes(data))
    with pytest.raises(rs.ModelError, match=r"sha256 differs"):
        load_model(bad)


def test_other_signal_list_is_refused(small_model, tmp_path) -> None:
    _, path, _ = small_model
    other = _copy(path, tmp_path / "other.npz")
    manifest = json.loads(path.with_suffix(".json").read_text())
    _rewrite_manifest(other, signal_names=[*manifest["signal_names"][:-1], "some_future_signal"])
    with pytest.raises(rs.ModelError, match="signals do not match"):
        load_model(other)


def test_other_format_is_refused(small_model, tmp_path) -> None:
    _, path, _ = small_model
    other = _copy(path, tmp_path / "old.npz")
    _rewrite_manifest(other, format=1)
    with pytest.raises(rs.ModelError, match="format 1 is not supported"):
        load_model(other)


def test_manifest_floor_must_match_the_model(small_model, tmp_path) -> None:
    _, path, _ = small_model
    other = _copy(path, tmp_path / "floor.npz")
    _rewrite_manifest(other, uncertain_familiarity=0.5)
    with pytest.raises(rs.ModelError, match="uncertain_familiarity"):
        load_model(other)


@pytest.mark.parametrize(("bad", "word"), [
    ({"text_floor": 1.0}, "text_floor"), ({"text_floor": -0.1}, "text_floor"),
    ({"text_prior": 0.0}, "text_floor"), ({"text_bound": 0.0}, "text_bound"),
    ({"text_cap": -1.0}, "text_bound")])
def test_train_refuses_text_settings_out_of_range(bad, word) -> None:
    df = pd.DataFrame({"message": ["add me on telegram, keep it between us",
                                   "senior engineer role, salary 60-70k base"] * 10,
                       "label": [1, 0] * 10})
    with pytest.raises(rs.InputError, match=word):
        train(df, params=TrainParams(folds=3, **bad))


def test_train_defaults_are_the_shipped_hyper_parameters() -> None:
    """``TrainParams()`` and ``recruitscore train`` without options train what the build
    ships (the build chooses C_text and the cap on the development set; it then uses five
    repeats of the folds, which the CLI exposes as ``--repeats``)."""
    shipped = json.loads(default_model_path().with_suffix(".json").read_text())["params"]
    defaults = TrainParams()
    for key in ("C_text", "C", "text_bound", "text_cap", "text_prior", "text_floor", "prefix",
                "min_df", "max_features", "folds", "inner_folds", "fragments", "mixes"):
        assert getattr(defaults, key) == shipped[key], key


def test_build_selection_skips_unscored_candidates() -> None:
    from training.build import select

    nan = float("nan")
    r = [{"C_text": 3.0, "text_cap": 4.0, "mean": nan},
         {"C_text": 10.0, "text_cap": 4.0, "mean": 0.9}]
    assert select(r)["C_text"] == 10.0
    assert select([{**x, "mean": nan} for x in r])["C_text"] == 3.0


@pytest.mark.parametrize("value", ["abc", 1.5, -1, None, float("nan"), True, [0.5]])
def test_bad_threshold_in_manifest_is_refused(small_model, tmp_path, value) -> None:
    _, path, _ = small_model
    other = _copy(path, tmp_path / "thr.npz")
    manifest = json.loads(path.with_suffix(".json").read_text())
    manifest["threshold"] = value
    other.with_suffix(".json").write_text(json.dumps(manifest))
    with pytest.raises(rs.ModelError, match="threshold"):
        load_model(other)


def test_model_loads_whatever_scikit_learn_recorded(small_model, tmp_path) -> None:
    """The file does not depend on scikit-learn: any recorded version loads."""
    _, path, df = small_model
    other = _copy(path, tmp_path / "any.npz")
    manifest = json.loads(path.with_suffix(".json").read_text())
    manifest["versions"]["scikit-learn"] = "0.24.2"
    other.with_suffix(".json").write_text(json.dumps(manifest))
    assert np.array_equal(load_model(other).predict_risk(df.head(5)),
                          load_model(path).predict_risk(df.head(5)))


def _reseal(path: Path, to: Path) -> Path:
    """Give the model file ``to`` the manifest of ``path`` with ``to``'s own hash and seal, as an
    attacker who rewrote the arrays would."""
    import hashlib

    shutil.copy(path.with_suffix(".json"), to.with_suffix(".json"))
    _rewrite_manifest(to, sha256=hashlib.sha256(to.read_bytes()).hexdigest())
    return to


def _resealed(path: Path, arrays: dict[str, np.ndarray], to: Path) -> Path:
    """A model file with other arrays but a matching manifest hash (as an attacker would)."""
    with to.open("wb") as fh:
        np.savez(fh, **arrays)
    return _reseal(path, to)


def _arrays(path: Path) -> dict[str, np.ndarray]:
    with np.load(path, allow_pickle=False) as npz:
        return {k: npz[k] for k in npz.files}


@pytest.mark.parametrize("case", ["wrong_sign", "nan_weight", "bad_shape", "extra_member",
                                  "object_array", "negative_slope", "floor_out_of_range",
                                  "context_weight", "absurd_weight"])
def test_inconsistent_arrays_are_refused(small_model, tmp_path, case) -> None:
    _, path, _ = small_model
    arrays = _arrays(path)
    if case == "wrong_sign":
        pol = arrays["polarity"]
        w = arrays["w_signal"].copy()
        w[np.flatnonzero(pol == "risk")[0]] = -1.0
        arrays["w_signal"] = w
    elif case == "nan_weight":
        arrays["text_coef"] = arrays["text_coef"].copy()
        arrays["text_coef"][0] = np.nan
    elif case == "bad_shape":
        arrays["w_signal"] = arrays["w_signal"][:-1]
    elif case == "absurd_weight":  # finite, but scoring would overflow (found by a review)
        arrays["text_coef"] = np.full_like(arrays["text_coef"], 1e308)
    elif case == "extra_member":
        arrays["payload"] = np.zeros(3)
    elif case == "object_array":
        arrays["terms"] = np.array([{"a": 1}], dtype=object)
    elif case == "context_weight":
        pol = arrays["polarity"]
        w = arrays["w_signal"].copy()
        w[np.flatnonzero(pol == "context")[0]] = 0.5
        arrays["w_signal"] = w
    elif case in ("negative_slope", "floor_out_of_range"):
        from recruitscore.linear import SCALARS

        arrays["scalars"] = arrays["scalars"].copy()
        if case == "negative_slope":
            arrays["scalars"][SCALARS.index("cal_a")] = -1.0
        else:
            arrays["scalars"][SCALARS.index("text_floor")] = 1.5
    bad = _resealed(path, arrays, tmp_path / f"{case}.npz") if case != "object_array" else None
    if bad is None:  # np.savez would pickle the object array: write it as an attacker would
        bad = tmp_path / "object.npz"
        with bad.open("wb") as fh:
            np.savez(fh, **arrays)
        _reseal(path, bad)
    with pytest.raises(rs.ModelError, match=r"refus|cannot read"):
        load_model(bad)


def test_a_header_declaring_a_huge_array_is_refused_before_allocating(small_model,
                                                                      tmp_path) -> None:
    # found by a review: a shape of 10**13 in an .npy header made numpy allocate 73 TiB
    _, path, _ = small_model
    arrays = _arrays(path)
    bad = tmp_path / "huge.npz"
    with zipfile.ZipFile(bad, "w") as zf:
        for k, v in arrays.items():
            with zf.open(f"{k}.npy", "w") as fh:
                if k == "idf":
                    np.lib.format.write_array_header_1_0(
                        fh, {"descr": "<f8", "fortran_order": False, "shape": (10**13,)})
                    fh.write(b"\0" * 64)
                else:
                    np.lib.format.write_array(fh, v)
    with pytest.raises(rs.ModelError, match="declares"):
        load_model(_reseal(path, bad))


def test_a_manifest_nested_too_deeply_is_refused(small_model, tmp_path) -> None:
    _, path, _ = small_model
    bad = tmp_path / "deep.npz"
    shutil.copy(path, bad)
    bad.with_suffix(".json").write_text("[" * 200_000 + "]" * 200_000)
    with pytest.raises(rs.ModelError, match="nested too deeply"):
        load_model(bad)


def test_zip_bomb_is_refused_before_decompressing(small_model, tmp_path) -> None:
    _, path, _ = small_model
    arrays = _arrays(path)
    bomb = tmp_path / "bomb.npz"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for k, v in arrays.items():
            if k == "text_coef":
                continue
            with zf.open(f"{k}.npy", "w") as fh:
                np.lib.format.write_array(fh, v)
        with zf.open("text_coef.npy", "w") as fh:  # 1 GiB of zeros, a few MB compressed
            header = np.zeros(0)
            np.lib.format.write_array(fh, header)
            chunk = b"\0" * (1 << 20)
            for _ in range(1024):
                fh.write(chunk)
    with pytest.raises(rs.ModelError, match="decompresses to more"):
        load_model(_reseal(path, bomb))


def test_fifo_and_device_are_refused(small_model, tmp_path) -> None:
    _, path, _ = small_model
    fifo = tmp_path / "fifo.npz"
    os.mkfifo(fifo)
    shutil.copy(path.with_suffix(".json"), fifo.with_suffix(".json"))
    with pytest.raises(rs.ModelError, match="not a regular file"):
        load_model(fifo)
    link = tmp_path / "zero.npz"
    link.symlink_to("/dev/zero")
    shutil.copy(path.with_suffix(".json"), link.with_suffix(".json"))
    with pytest.raises(rs.ModelError, match="not a regular file"):
        load_model(link)


def test_missing_manifest_and_missing_file(small_model, tmp_path) -> None:
    _, path, _ = small_model
    lone = tmp_path / "lone.npz"
    shutil.copy(path, lone)
    with pytest.raises(rs.ModelError, match="no manifest"):
        load_model(lone)
    with pytest.raises(rs.ModelError, match="not found"):
        load_model(tmp_path / "nope.npz")


def test_missing_shipped_model_names_the_way_out(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("RECRUITSCORE_MODEL", str(tmp_path / "gone.npz"))
    with pytest.raises(rs.ModelError, match="check the path"):
        load_model(rs.model.default_model_path())
    monkeypatch.delenv("RECRUITSCORE_MODEL")
    monkeypatch.setattr(rs.model, "_DEFAULT_NAME", "not-there.npz")
    with pytest.raises(rs.ModelError, match=r"--model or the RECRUITSCORE_MODEL"):
        load_model()


@pytest.mark.parametrize("where", [".", "/", "models"])
def test_a_directory_is_not_a_model(where) -> None:
    with pytest.raises(rs.ModelError, match="is a directory"):
        load_model(where)


@pytest.mark.parametrize("given", ["model.npz", Path("model.npz"), 3])
def test_model_argument_must_be_a_model(given) -> None:
    # a path given where a loaded model is expected: a clear TypeError, not an AttributeError
    with pytest.raises(TypeError, match=r"recruitscore\.load_model"):
        score("hello", model=given)
    with pytest.raises(TypeError, match=r"recruitscore\.load_model"):
        score_frame(pd.DataFrame({"message": ["hello"]}), model=given)
    with pytest.raises(TypeError, match=r"recruitscore\.load_model"):
        rs.score_conversation([{"sender": "a", "message": "hi"}], model=given)
    with pytest.raises(TypeError, match=r"recruitscore\.load_model"):  # review25 (R23-E)
        rs.evaluate(given, pd.DataFrame({"message": ["a", "b"], "label": [0, 1]}))


@pytest.mark.parametrize("suffix", [".pkl", ".joblib", ".skops"])
def test_pickle_and_skops_are_refused_with_a_way_out(small_model, tmp_path, suffix) -> None:
    model, _, _ = small_model
    evil = tmp_path / f"model{suffix}"
    evil.write_bytes(pickle.dumps(model.linear))
    with pytest.raises(rs.ModelError, match="recruitscore train"):
        load_model(evil)


def test_save_requires_npz_suffix(small_model, tmp_path) -> None:
    model, _, _ = small_model
    with pytest.raises(rs.ModelError):
        model.save(tmp_path / "m.joblib")


@pytest.mark.parametrize("rows", ["training rows", "development set", "shipped on dev"])
def test_weights_only_path_equals_scikit_learn(small_model, shipped, rows) -> None:
    """The numpy scoring equals scikit-learn's vectorizer and a plain product (to 1e-9), on the
    training rows and on the development set, for a small model and the shipped one."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    from recruitscore.signals import frame_from_batch, make_batch
    from recruitscore.text import TOKEN_PATTERN, analyze, ngram_text

    model, _, df = small_model
    if rows != "training rows":
        if not DEV.exists():
            pytest.skip("development set not present")
        from training.build import load_dev

        df = load_dev(DEV)
    if rows == "shipped on dev":
        model = shipped
    lin = model.linear
    batch, _ = make_batch(df)
    texts = ngram_text(batch)
    vec = TfidfVectorizer(analyzer=partial(analyze, ngram_range=(1, 2), prefix=lin.vocab.prefix),
                          sublinear_tf=True, vocabulary=list(lin.vocab.terms))
    vec.fit(texts)
    vec.idf_ = lin.vocab.idf
    X = vec.transform(texts)
    s = lin.text_intercept + X @ lin.text_coef
    tokenize = TfidfVectorizer(token_pattern=TOKEN_PATTERN).build_tokenizer()
    from recruitscore.stopwords import FUNCTION_WORDS
    from recruitscore.text import is_filler

    content = [[w for w in tokenize(t) if w not in FUNCTION_WORDS and not is_filler(w)]
               for t in texts]
    n_tok = np.array([len(c) for c in content])
    n_known = np.array([sum(w in vec.vocabulary_ for w in c) for c in content])
    assert n_tok.sum() >= n_known.sum()
    conf = n_known / (n_known + lin.text_prior)
    conf = np.where(conf >= lin.text_floor, conf, 0.0)  # below the floor, wording is not counted
    sig = frame_from_batch(batch).to_numpy(dtype=float)
    left, right = lin.pairs
    logit = (lin.intercept + sig @ lin.w_signal
             + (sig[:, left] * sig[:, right]) @ lin.w_interaction
             + lin.w_text * conf * np.clip(s, lin.text_lo, lin.text_hi))
    expected = 1 / (1 + np.exp(-(lin.cal_a * logit + lin.cal_b)))
    assert np.max(np.abs(expected - model.predict_risk(df))) < 1e-9


# ---- training ---------------------------------------------------------------------------------


def test_training_is_deterministic_to_the_byte(small_model, tmp_path) -> None:
    model, path, df = small_model
    again = train(df, params=TrainParams(folds=3))
    again.manifest["created_at"] = model.manifest["created_at"]
    again.manifest["versions"] = model.manifest["versions"]
    p2 = again.save(tmp_path / "again.npz")
    assert p2.read_bytes() == path.read_bytes()


def test_repeats_pool_the_out_of_fold_predictions(small_model) -> None:
    """Calibration and threshold are fitted on every repeat of the folds, pooled; repeat 0
    is the single-repeat run, so the weights and ``oof`` do not change, only the fit on top."""
    from recruitscore.model import _platt, fpr_threshold

    model, _, df = small_model
    pooled = train(df, params=TrainParams(folds=3, repeats=3))
    assert pooled.oof_repeats.shape == (3, len(df))
    assert np.all(np.isfinite(pooled.oof_repeats))
    np.testing.assert_array_equal(pooled.linear.w_signal, model.linear.w_signal)
    assert not np.allclose(pooled.oof_repeats[0], pooled.oof_repeats[1])  # other folds
    # undo the pooled calibration: repeat 0's log-odds are the single-repeat model's
    logit0 = np.log(pooled.oof / (1 - pooled.oof))
    decisions = (np.log(pooled.oof_repeats / (1 - pooled.oof_repeats)) - pooled.linear.cal_b
                 ) / pooled.linear.cal_a
    single = np.log(model.oof / (1 - model.oof))
    np.testing.assert_allclose((logit0 - pooled.linear.cal_b) / pooled.linear.cal_a,
                               (single - model.linear.cal_b) / model.linear.cal_a, atol=1e-6)
    y = df["label"].to_numpy()
    a, b = _platt(decisions.ravel(), np.tile(y, 3))
    assert (a, b) == pytest.approx((pooled.linear.cal_a, pooled.linear.cal_b), rel=1e-6)
    assert "each of 3 repeats of the folds, pooled" in pooled.manifest["params"]["calibrated_on"]
    # with a false-positive mask, the threshold comes from the negatives of all repeats
    mask = (y == 0) & (np.arange(len(y)) % 2 == 0)
    fp = train(df, params=TrainParams(folds=3, repeats=2), fpr_mask=mask)
    expected = fpr_threshold(fp.oof_repeats[:, mask].ravel(), 0.05)
    assert fp.threshold == pytest.approx(float(np.clip(expected, 0.01, 0.99)))
    with pytest.raises(rs.InputError, match="repeats"):
        train(df, params=TrainParams(folds=3, repeats=0))


def test_augment_fragments_and_mixes() -> None:
    """Fragments are shorter runs of a legitimate row's sentences (label 0, half weight);
    mixes hold a hostile row verbatim and a run of a legitimate row (label 1, half weight);
    both say which rows they come from, and the same seed gives the same rows."""
    from recruitscore.model import augment

    messages = ["Hi Ana. We hire in Lyon. Salary 50k. Call Tuesday?",
                "Earn 300 a day from home.",
                "One sentence only",
                "Bonjour. Poste en CDI à Paris.\nÀ bientôt"]
    y = np.array([0, 1, 0, 0])
    w = np.array([3.0, 2.0, 1.0, 1.0])
    texts, ey, ew, origin = augment(messages, y, w, fragments=3, mixes=2, seed=4)
    assert augment(messages, y, w, fragments=3, mixes=2, seed=4)[0] == texts
    frag = ey == 0
    assert frag.sum() == 6 and (~frag).sum() == 2  # row 2 has one sentence: no fragment
    for text, (i, j), weight in zip(np.array(texts)[frag], origin[frag], ew[frag], strict=True):
        assert j == -1 and y[i] == 0 and weight == w[i] / 2
        assert text in messages[i].replace("\n", " ") and len(text) < len(messages[i])
    for text, (i, j), weight in zip(np.array(texts)[~frag], origin[~frag], ew[~frag],
                                    strict=True):
        assert i == 1 and y[j] == 0 and j != 2 and weight == 1.0
        assert messages[1] in text and text != messages[1]
    assert augment(messages, y, w, fragments=0, mixes=0, seed=4)[0] == []


def test_extra_rows_stay_inside_their_fold() -> None:
    """An extra row is used only when every row it comes from is in the training part."""
    from recruitscore.model import _Prepared

    P = _Prepared(np.zeros((7, 1)), ["t"] * 7, None, np.zeros(0), np.zeros(0, dtype=bool),
                  np.zeros(0), extra_y=np.array([0, 1, 1]), extra_w=np.ones(3),
                  extra_from=np.array([[0, -1], [1, 0], [1, 3]]))
    assert P.with_extra(np.array([0, 1, 2, 3])).tolist() == [4, 5, 6]
    assert P.with_extra(np.array([0, 1])).tolist() == [4, 5]
    assert P.with_extra(np.array([1, 3])).tolist() == [6]
    assert P.with_extra(np.array([2])).tolist() == []


def test_training_with_fragments(small_model) -> None:
    """With fragments of the legitimate rows, the text part learns that a piece of a
    legitimate message is legitimate; the decision stage, calibration rows and threshold
    rule are unchanged in kind, and the manifest records the setting."""
    model, _, df = small_model
    aug = train(df, params=TrainParams(folds=3, fragments=2, mixes=1))
    assert aug.manifest["params"]["fragments"] == 2 and aug.manifest["params"]["mixes"] == 1
    assert aug.oof.shape == model.oof.shape and np.all(np.isfinite(aug.oof))
    assert aug.linear.vocab.terms == model.linear.vocab.terms  # vocabulary: original rows
    assert not np.allclose(aug.linear.text_coef, model.linear.text_coef)
    assert train(df, params=TrainParams(folds=3, fragments=2, mixes=1)).linear.text_coef == (
        pytest.approx(aug.linear.text_coef))


@pytest.mark.parametrize("rows", [
    pd.DataFrame({"message": ["a", "b", "c"], "label": [1, 0, 1]}),
    pd.DataFrame({"message": ["add me on telegram", "salary 60k, ref A-1"], "label": [1, 0]}),
    pd.DataFrame({"message": ["ordinary job offer text"] * 9999 + ["add me on telegram"],
                  "label": [0] * 9999 + [1]}),
    pd.DataFrame({"message": ["ordinary text"] * 9998 + ["telegram"] * 2,
                  "label": [0] * 9998 + [1] * 2}),
], ids=["three_rows", "one_per_class", "one_positive_in_10k", "two_positives_in_10k"])
def test_train_refuses_degenerate_data(rows) -> None:
    with pytest.raises(rs.InputError, match="too few labelled rows"):
        train(rows)


def test_train_refuses_empty_messages() -> None:
    df = pd.DataFrame({"message": [""] * 20, "label": [0, 1] * 10})
    with pytest.raises(rs.InputError, match="every message is empty"):
        train(df)


def test_training_label_errors() -> None:
    df = pd.DataFrame({"message": ["a", "b", "c"], "label": [1, 1, 1]})
    with pytest.raises(rs.InputError, match="single class"):
        train(df)
    with pytest.raises(rs.InputError, match="missing"):
        train(pd.DataFrame({"message": ["a", "b"], "label": [1, None]}))
    with pytest.raises(rs.InputError, match="no label column"):
        train(pd.DataFrame({"message": ["a"]}))


# ---- red flags decide -------------------------------------------------------------------------


def test_sign_constraints_hold_in_the_shipped_model(shipped) -> None:
    lin = shipped.linear
    pol = np.array(lin.polarity)
    assert np.all(lin.w_signal[pol != "benign"] >= 0)
    assert np.all(lin.w_signal[pol == "benign"] <= 0)
    assert np.all(lin.w_interaction >= 0) and lin.w_text >= 0 and lin.cal_a > 0
    assert lin.w_text * max(-lin.text_lo, lin.text_hi) <= shipped.manifest["params"][
        "text_cap"] + 1e-9
    # a context signal is a prior, never a trigger on its own: it acts in conjunctions only
    assert (pol == "context").any() and np.all(lin.w_signal[pol == "context"] == 0)


def test_signal_only_words_are_not_terms_of_the_shipped_model(shipped) -> None:
    """Contact-channel key words and CV words speak through their signals only."""
    from recruitscore.model import SIGNAL_ONLY_WORDS
    from recruitscore.signals.detectors import KEY_TERMS

    vocab = shipped.linear.vocab
    words = {w for t in vocab.terms for w in t.lstrip("~").split()}
    assert not words & {*KEY_TERMS, *SIGNAL_ONLY_WORDS}
    heads = {"~" + w[:vocab.prefix] for w in (*KEY_TERMS, *SIGNAL_ONLY_WORDS)
             if len(w) > vocab.prefix}
    assert not heads & set(vocab.terms)


def test_markup_words_are_not_terms_and_move_no_risk(shipped) -> None:
    """HTML tag and attribute names are markup, not wording (rules R41-F, R41-G): none is a
    term, and a tag after a message, whatever its attributes, leaves its risk as it was (its
    stored reading keeps the tag for the red flags; the n-grams never read it)."""
    from recruitscore.model import MARKUP_WORDS

    vocab = shipped.linear.vocab
    words = {w for t in vocab.terms for w in t.lstrip("~").split()}
    assert not words & set(MARKUP_WORDS)
    assert not {"~" + w[:vocab.prefix] for w in MARKUP_WORDS if len(w) > vocab.prefix} & set(
        vocab.terms)
    for msg in ("Hello, I'd love to move this to WhatsApp, my client pays well for reports.",
                "Bonjour, notre client cherche un développeur Python à Lyon, CDI."):
        plain = rs.score(msg, model=shipped).risk
        for tag in ('<img src="cid:qr.png">', '<a href="mailto:x">&nbsp;</a><br>',
                    '<div><img src="logo.png"></div>',
                    # a tag's attributes are no wording either (review66, rule R41-G)
                    '<a href="https://x.com/apply" title="x">here</a>',
                    '<a href="https://x.com/apply" style="color:#1a73e8" target="_blank" '
                    'class="btn">here</a>',
                    '<img src="logo.png" alt="logo" width="600" border="0" align="center">'):
            assert rs.score(f"{msg}\n{tag}", model=shipped).risk == pytest.approx(plain), tag


@pytest.mark.parametrize("msg", ["Could you send me your updated CV?", "Please share your resume.",
                                 "Pourriez-vous m'envoyer votre CV ?"])
def test_a_cv_request_weighs_nothing_through_its_cv_word(shipped, msg) -> None:
    """RED-FLAGS M11: recruiters ask for CVs, so the CV word adds nothing to the wording (its
    risky forms are ``personal_data_request``): swapping it for another noun of the same
    length changes nothing the model knows."""
    a = score(msg, model=shipped)
    b = score(msg.replace("CV", "xq").replace("resume", "xqzwvy"), model=shipped)
    assert a.risk == pytest.approx(b.risk, abs=1e-12)


@pytest.mark.parametrize("headline", ["Solidity / Web3 engineer, DeFi protocols",
                                      "Quantum computing researcher, defence and aerospace",
                                      "Ingénieure IA, semi-conducteurs et défense"])
def test_a_context_signal_alone_never_moves_the_risk(shipped, handwritten, headline) -> None:
    """The target's sector or a Web3 headline (context signals, read from ``target_headline``,
    which the wording never reads) changes a risk only where a conjunction partner fires."""
    from recruitscore import extract_signals_frame

    lin = shipped.linear
    df = handwritten.sample(150, random_state=11).reset_index(drop=True)
    plus = df.assign(target_headline=headline)
    fired = extract_signals_frame(plus)
    context = [n for n, p in zip(lin.signal_names, lin.polarity, strict=True) if p == "context"]
    assert fired[context].to_numpy().any(axis=1).all()
    partners = {a if b in context else b for a, b in lin.interactions
                if a in context or b in context} - set(context)
    alone = ~fired[sorted(partners)].to_numpy().any(axis=1)
    assert alone.sum() > 50
    before = shipped.predict_risk(df.assign(target_headline=""))
    after = shipped.predict_risk(plus)
    assert np.allclose(after[alone], before[alone], atol=1e-12)
    assert np.all(after >= before - 1e-12)


CHANNELS = ["Write to me at jordan.m.hiring@gmail.com.", "My Telegram is @talent_jm.",
            "Can we continue on WhatsApp?", "Mon Telegram : @recrut_jm.",
            "Écrivez-moi sur WhatsApp."]


@pytest.mark.parametrize("extra", CHANNELS)
def test_a_channel_request_never_lowers_the_risk(shipped, handwritten, extra) -> None:
    df = handwritten.sample(120, random_state=7).reset_index(drop=True)
    plus = df.assign(message=df["message"].fillna("") + " " + extra)
    before = shipped.predict_risk(df)
    after = shipped.predict_risk(plus)
    assert np.all(after >= before - 1e-9), float(np.min(after - before))


@pytest.mark.parametrize("msg", ["hello there", "Hi", "Bonjour", "hello there, how are you?"])
def test_greetings_are_not_flagged(shipped, msg) -> None:
    r = score(msg, model=shipped)
    assert not r.flagged
    assert r.band == "uncertain" and r.reasons[0].startswith("no red flag")


def test_unfamiliar_text_stays_near_the_base_rate(shipped) -> None:
    base = float(1 / (1 + np.exp(-shipped.linear.baseline)))
    r = score("Zorblat quixotic flimflam vexillology brouhaha gobbledygook kerfuffle "
              "lollygag snollygoster bumfuzzle", model=shipped)
    assert r.band == "uncertain" and abs(r.risk - base) < 0.05


@pytest.mark.parametrize("msg", ["job", "remote", "Salary?", "quantum", "Job offer!", "poste",
                                 "Emploi ?", "recrutement", "Hello, nice to connect with you.",
                                 "Bonjour, ravi de faire votre connaissance.",
                                 "Do you need a job?"])
def test_one_or_two_known_words_are_not_evidence(shipped, msg) -> None:
    """Below the familiarity floor (1/3: one or two known content words with the shipped
    prior of 5) the wording counts for nothing: such a message with no signal gets exactly the
    base rate, and says so."""
    base = float(1 / (1 + np.exp(-shipped.linear.baseline)))
    r = score(msg, model=shipped)
    assert 0 < r.familiarity < shipped.uncertain_familiarity
    assert not r.flagged and r.band == "uncertain" and r.reasons[0].startswith("no red flag")
    assert r.risk == pytest.approx(base, abs=1e-9)
    assert not [c for c in r.contributions if c.kind in ("ngram", "text")]


def test_below_the_floor_a_red_flag_is_weighed_alone(shipped) -> None:
    """A red flag in a message of one known word: the risk is the signal's, not the word's."""
    from recruitscore.linear import sigmoid

    lin = shipped.linear
    r = score("job? WhatsApp me", model=shipped)
    names = {h.name for h in r.hits}
    assert "off_platform_request" in names and r.familiarity < shipped.uncertain_familiarity
    fired = np.array([[float(n in names) for n in lin.signal_names]])
    alone = sigmoid(lin.cal_a * lin.logit(fired, None) + lin.cal_b)
    assert r.risk == pytest.approx(float(alone[0]))
    assert r.band != "uncertain"


def test_no_reason_is_a_function_word(shipped, handwritten) -> None:
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    stop = set(ENGLISH_STOP_WORDS) | set(FRENCH)
    out = score_frame(handwritten.sample(300, random_state=2), model=shipped)
    for reasons in out["reasons"]:
        for reason in reasons.split("; "):
            if "wording like" in reason:
                words = [w.strip("'").rstrip("…") for w in reason.split(": ", 1)[1].split(", ")]
                for w in words:
                    assert not set(w.split()) & stop, reason
            assert reason.strip() not in stop


def test_function_word_copy_matches_scikit_learn() -> None:
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    from recruitscore.stopwords import ENGLISH

    assert set(ENGLISH) == set(ENGLISH_STOP_WORDS)


def test_low_risk_explains_what_lowered_it(shipped) -> None:
    r = score("Hi Maya, I'm hiring a senior RF engineer for our Bristol site: permanent role, "
              "£70,000-£85,000 base, ref RF-2231. Applicants must be eligible for SC clearance. "
              "Reply to j.ortega@lumenwave-systems.co.uk.",
              sender_company_url="https://lumenwave-systems.co.uk", model=shipped)
    assert not r.flagged
    assert r.reasons and r.reasons[0].startswith(("lowered by", "wording like legitimate"))
    assert "lowered by" in r.explain() or "like legitimate" in r.explain()


def test_reasons_wording_example() -> None:
    cs = [rs.scoring.Contribution("secrecy", "signal", 1.0),
          rs.scoring.Contribution("de la", "ngram", 0.5)]
    assert reasons_from(cs, low=False, uncertain=False) == ["secrecy"]


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
    from training.build import load_dev

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


def test_unknown_profile_never_raises_the_risk(shipped, handwritten) -> None:
    df = handwritten.sample(200, random_state=5).reset_index(drop=True)
    blank = df.copy()
    for col in ("sender_connections", "sender_account_age_days", "sender_has_photo"):
        blank[col] = None
    assert np.all(shipped.predict_risk(blank) <= shipped.predict_risk(df) + 1e-12)


def test_profile_numbers_we_wrote_are_not_learnt_from(shipped, handwritten) -> None:
    """Rule R38-A: the build blanks the profile numbers and photo of the hand-written training
    rows (written knowing each row's label), and no real row has them, so the shipped model
    weighs the three profile red flags 0: they are shown, under "also seen (no weight)", and
    move no score."""
    from training.build import HW_PROFILE_BLANKED, hw_training_rows

    rows = hw_training_rows(handwritten.head(20))
    assert rows[list(HW_PROFILE_BLANKED)].isna().all(axis=None)
    assert handwritten.head(20)[list(HW_PROFILE_BLANKED)].notna().any(axis=None)
    weights = shipped.feature_weights().set_index("feature")["weight"]
    assert weights[["new_account", "few_connections", "no_photo"]].tolist() == [0.0, 0.0, 0.0]
    r = score("Hi, I came across your profile and would like to discuss a role with you.",
              sender_account_age_days=10, sender_connections=5, sender_has_photo=False,
              model=shipped)
    assert {"new_account", "few_connections", "no_photo"} <= {h.name for h in r.hits}
    same = score("Hi, I came across your profile and would like to discuss a role with you.",
                 model=shipped)
    assert r.risk == pytest.approx(same.risk, abs=1e-12)
    assert "also seen (no weight)" in r.explain()


def test_a_photo_never_raises_the_risk(shipped, handwritten) -> None:
    df = handwritten.sample(100, random_state=6).reset_index(drop=True)
    with_photo = shipped.predict_risk(df.assign(sender_has_photo=1))
    without = shipped.predict_risk(df.assign(sender_has_photo=0))
    assert np.all(with_photo <= without + 1e-12)


def test_message_only_scores(shipped) -> None:
    r = score("Add me on WhatsApp, my client prefers to remain anonymous.", model=shipped)
    assert 0 <= r.risk <= 1 and r.band in {"low", "medium", "high", "uncertain"}


def test_score_result_api(shipped) -> None:
    r = score("Hello! My client pays USD 2,000 per report. Keep it between us, add me on "
              "Telegram.", target_headline="Quantum engineer", model=shipped)
    assert r.flagged and r.band == "high"
    names = [h.name for h in r.hits]
    assert {"paid_report", "secrecy", "off_platform_request"} <= set(names)
    assert r.reasons[0] in names or "together with" in r.reasons[0]
    text = r.explain()
    assert "risk" in text and "paid_report" in text and "raised by" in text
    d = r.to_dict()
    json.dumps(d)
    assert d["signals"][0]["evidence"]
    # contributions add up to the calibrated logit
    logit = np.log(r.risk / (1 - r.risk))
    assert logit == pytest.approx(r.baseline + sum(c.value for c in r.contributions), abs=1e-6)


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
    """score() and score_frame() give the same risk, band, signals and reasons, garbage
    included (the API, the CLI and the CSV share one wording)."""
    df = handwritten.sample(150, random_state=3).reset_index(drop=True)
    extra = pd.DataFrame({
        "message": ["", "W h a t s A p p me", "\ud800 t\u00e9l\u00e9gram \U0001f44d", "x" * 5000,
                    "Cliente confidentiel, rapport r\u00e9mun\u00e9r\u00e9 \u20ac2,000",
                    "hello there", "job", "job? WhatsApp me", "Emploi ?",
                    "They are building a Linked-In type platform.",
                    "We will send you a check. Use it to buy your equipment from our vendor.",
                    "Un client dont je ne peux pas encore vous donner le nom."],
        "sender_connections": ["lots", None, -3, 12, 400, None, None, 3, None, None, None, None],
        "sender_has_photo": ["maybe", 1, 0, None, True, None, None, None, 0, None, None, None],
    }, dtype=object)  # object: pandas' Arrow-backed strings refuse a lone surrogate
    df = pd.concat([df.astype(object), extra], ignore_index=True)
    batch = score_frame(df, model=shipped)
    singles = [score({k: v for k, v in row.items() if k in rs.schema.FIELDS}, model=shipped)
               for row in df.to_dict("records")]
    # score_frame rounds risks to 6 decimals
    assert np.allclose([r.risk for r in singles], batch["risk"].to_numpy(), atol=6e-7, rtol=0)
    assert [r.flagged for r in singles] == batch["flagged"].tolist()
    assert [r.band for r in singles] == batch["band"].tolist()
    assert [";".join(h.name for h in r.hits) for r in singles] == batch["signals"].tolist()
    assert ["; ".join(r.reasons) for r in singles] == batch["reasons"].tolist()


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


def test_feature_weights(shipped) -> None:
    w = shipped.feature_weights()
    assert set(w.kind) == {"signal", "interaction", "text", "ngram"}


def test_oversized_model_file_is_refused_before_it_is_read(small_model, tmp_path,
                                                            monkeypatch) -> None:
    from recruitscore import linear
    from recruitscore import model as model_module

    _, path, _ = small_model
    big = _copy(path, tmp_path / "big.npz")
    monkeypatch.setattr(linear, "MAX_FILE_BYTES", 1000)
    read = []
    monkeypatch.setattr(model_module, "_sha256", lambda p: read.append(p) or "x")
    with pytest.raises(rs.ModelError, match="more than a model file can be"):
        load_model(big)
    assert read == []  # refused on its size alone, never hashed


def test_the_guidance_prior_pulls_red_flags_only() -> None:
    """With ``signal_prior`` (rule R17-E), a red flag that no training row fires weighs the
    prior, one that only legitimate rows fire is pulled under it, and the benign signals and
    the intercept are pulled to 0 as before; without it, all weigh 0."""
    from recruitscore.linear import polarity_bounds
    from recruitscore.model import _fit_constrained

    y = np.r_[np.zeros(200), np.ones(200)]
    # column 0: a red flag no row fires; 1: a red flag only legitimate rows fire; 2: a benign
    # signal no row fires; 3: a red flag that half the hostile rows fire
    D = np.zeros((400, 4))
    D[:40, 1] = 1
    D[200:300, 3] = 1
    bounds = polarity_bounds(["risk", "risk", "benign", "risk"])
    center = np.array([1.0, 1.0, 0.0, 1.0])
    w, _ = _fit_constrained(D, y, np.ones(400), bounds, 1.0, center)
    assert w[0] == pytest.approx(1.0, abs=1e-4)
    assert 0.0 <= w[1] < 1.0
    assert w[2] == pytest.approx(0.0, abs=1e-6)
    assert w[3] > 1.0
    w0, _ = _fit_constrained(D, y, np.ones(400), bounds, 1.0)
    assert w0[0] == pytest.approx(0.0, abs=1e-6) and w0[1] == pytest.approx(0.0, abs=1e-6)
    # the default is the shipped model's (the build chose it; see training.build.PRIORS)
    assert TrainParams().signal_prior == 1.0


def test_red_flags_the_guidance_calls_weak_get_no_prior(small_model) -> None:
    """Rule R37-B: a red flag the guidance calls weak on its own (a new account, a templated
    greeting, ...) that no training row fires weighs 0, not the guidance prior; any other red
    flag that no training row fires weighs the prior."""
    from recruitscore.model import GUIDANCE_WEAK
    from recruitscore.signals import REGISTRY, extract_signals_frame

    _, _, df = small_model
    # without profile fields, the profile red flags fire on no row
    blank = df.assign(sender_account_age_days=None, sender_connections=None,
                      sender_has_photo=None)
    fired = extract_signals_frame(blank).sum() > 0
    lin = train(blank, params=TrainParams(folds=3)).linear
    weights = dict(zip(lin.signal_names, lin.w_signal, strict=True))
    risk = {s.name for s in REGISTRY if s.polarity == "risk"}
    assert risk >= GUIDANCE_WEAK
    silent = {n for n in risk if not fired[n]}
    assert {"new_account", "few_connections", "no_photo"} <= silent
    assert silent - GUIDANCE_WEAK, "the frame fires every other red flag"
    for n in silent:
        expected = 0.0 if n in GUIDANCE_WEAK else TrainParams().signal_prior
        assert weights[n] == pytest.approx(expected, abs=1e-3), n


LURE_FR = ("Pour des raisons de confidentialité nous utilisons notre propre outil vidéo sécurisé, "
           "merci de télécharger et d'installer notre logiciel d'entretien avant de vous "
           "connecter. Zoom n'est pas autorisé.")


def test_counter_signals_count_only_within_their_families(shipped) -> None:
    """A covert-approach counter-signal (compliance terms, a salary band, a public programme)
    says nothing about a lure, a fee or invisible padding: beside one of those it is not
    counted (rule R20-H; probe11: « service de conformité » took this lure from 0.60 to 0.27)."""
    from recruitscore.signals import VOIDED_BY, counted

    benign = {s.name for s in rs.list_signals() if s.polarity == "benign"}
    assert set(VOIDED_BY) == benign
    risk = {s.name for s in rs.list_signals() if s.polarity == "risk"}
    assert all(v and v <= risk for v in VOIDED_BY.values())
    padded = LURE_FR + " Notre service de conformité vous remercie."
    assert "compliance_terms" not in {h.name for h in rs.extract_signals(padded)}
    assert score(padded, model=shipped).flagged
    assert score(padded, model=shipped).risk >= score(LURE_FR, model=shipped).risk - 0.1
    # beside a covert red flag it still counts (expert networks keep clients unnamed)
    covert = ("My client prefers to remain anonymous. Our compliance team screens every call "
              "and you must not share confidential information.")
    assert "compliance_terms" in {h.name for h in rs.extract_signals(covert)}
    # the batch path agrees, and so does a subset of signal columns
    frame = pd.DataFrame({"message": [padded, covert] * 17}, dtype=object)
    out = score_frame(frame, model=shipped)
    assert np.allclose(out["risk"].to_numpy()[:2],
                       [score(padded, model=shipped).risk, score(covert, model=shipped).risk])
    sub = rs.extract_signals_frame(frame, signals=["compliance_terms"])
    assert sub["compliance_terms"].tolist()[:2] == [0, 1]
    # (the company paying costs no longer counts beside a fee the candidate pays: rule R33-J)
    names = ("specific_role", "pay_to_work", "padded_text", "company_pays_costs")
    assert counted(np.array([[1, 1, 0, 1], [1, 0, 1, 1]]), names).tolist() == [
        [0, 1, 0, 0], [0, 0, 1, 0]]


def test_counter_signal_voiding_follows_review13(shipped) -> None:
    """A document lure voids counter-signals (file_lure is a lure); a recruiter's own address
    spelt out against scrapers does not void that address, nor does a red flag the guidance
    calls ambiguous alone (running the sender's code: a take-home brief that also says "clone
    the repo" loses its counter-signals to file_lure, and stays unflagged); duplicate column
    names and a conversation's signal list agree with the single path (rule R20-K)."""
    lure = ("Hi, the job description is attached as a password-protected PDF (the password is "
            "2024). Please enable editing to see the salary table. Our compliance team reminds "
            "you not to share confidential information.")
    assert "compliance_terms" not in {h.name for h in rs.extract_signals(lure)}
    # (whether the lure is over the threshold is the model's, which moves with every rebuild:
    # 0.526 against 0.529 after the sixteenth session's rebuilds. Its wording still dilutes:
    # without the compliance sentence it scores 0.82, a known limit, docs/hostile-input.md)
    assert score(lure, model=shipped).band in ("medium", "high")
    spelt = ("Bonjour, nous recrutons un ingénieur DevOps en CDI à Lyon, salaire 50-60 k€, "
             "fiche de poste : careers.acme.fr/4412. Écrivez-moi : claire.martin [at] acme "
             "[dot] fr")
    names = {h.name for h in rs.extract_signals(spelt, sender_company_url="acme.fr")}
    assert "corporate_contact" in names  # (specific_role is voided by the disguise: R20-L)
    takehome = ("Hi Sam, Senior Backend Engineer at Monzo, London, GBP 90-110k. Our process: a "
                "30-minute call, then a take-home; clone the repo from our GitHub and run the "
                "tests locally. JD: monzo.com/careers/4412. Reach me at sam.r@monzo.com.")
    assert not score(takehome, model=shipped, sender_company_url="monzo.com").flagged
    run_only = takehome.replace("clone the repo from our GitHub and run the tests locally",
                                "run the project locally")
    names = {h.name for h in rs.extract_signals(run_only, sender_company_url="monzo.com")}
    assert {"run_our_code", "specific_role", "corporate_contact"} <= names
    frame = pd.DataFrame({"message": [lure] * 40}, dtype=object)
    twice = rs.extract_signals_frame(frame, signals=["compliance_terms", "compliance_terms"])
    assert list(twice.columns) == ["compliance_terms"] and not twice.to_numpy().any()
    convo = rs.score_conversation([
        {"sender": "Ana", "message": "Hi, I run a search for a Senior Data Engineer at Acme, "
         "London, GBP 80-95k. Our compliance team requires that you do not share "
         "confidential information."},
        {"sender": "me", "message": "Sounds interesting."},
        {"sender": "Ana", "message": "Great. Next step: please download and install our "
         "interview software from the link before the call."}], me="me", model=shipped)
    assert "interview_software_download" in convo.signals
    assert not {"specific_role", "compliance_terms"} & set(convo.signals)


def test_counter_signal_voiding_follows_review14() -> None:
    """Disguised writing voids every counter-signal but a corporate address (recruiters spell
    theirs out against scrapers); the flags ambiguous alone void nothing, together or not (a
    take-home on the company's Bitbucket); the single path, a frame and a column subset agree
    (rules R20-L, R20-M)."""
    from recruitscore.signals import counted, voided

    homoglyph = ("Let's continue on Telegr\u0430m. Our compliance team reminds you not to share "
                 "confidential information.")
    assert "compliance_terms" not in {h.name for h in rs.extract_signals(homoglyph)}
    spelt = ("Bonjour, nous recrutons un ingénieur DevOps en CDI à Lyon, salaire 50-60 k€. "
             "Écrivez-moi : claire.martin [at] acme [dot] fr")
    names = {h.name for h in rs.extract_signals(spelt, sender_company_url="acme.fr")}
    assert "corporate_contact" in names and "specific_role" not in names
    hosted = ("Please review our codebase at bitbucket.org/acme-dev/platform before the call. "
              "Our compliance team reminds you not to share confidential information.")
    names = {h.name for h in rs.extract_signals(hosted)}
    assert {"run_our_code", "adhoc_code_hosting", "compliance_terms"} <= names
    frame = pd.DataFrame({"message": [hosted, homoglyph] * 17}, dtype=object)
    full = rs.extract_signals_frame(frame)
    for i, text in enumerate([hosted, homoglyph]):
        single = {h.name for h in rs.extract_signals(text)}
        assert single == {c for c in full.columns if full.iloc[i][c]}
    assert rs.extract_signals_frame(frame, signals=["compliance_terms"])[
        "compliance_terms"].tolist()[:2] == [1, 0]
    cols = ("compliance_terms", "run_our_code", "adhoc_code_hosting", "obfuscated_text",
            "corporate_contact")
    assert counted(np.array([[1, 1, 1, 0, 1], [1, 0, 0, 1, 1]]), cols).tolist() == [
        [1, 1, 1, 0, 1], [0, 0, 0, 1, 1]]
    assert voided({"corporate_contact", "obfuscated_text", "specific_role"}) == {"specific_role"}


def test_rs_evaluate_stays_the_function_after_its_module_is_imported() -> None:
    """The import system bound the submodule ``recruitscore.evaluate`` on the package, so
    ``rs.evaluate(...)`` failed after any ``import recruitscore.evaluate`` (review25)."""
    import importlib

    importlib.import_module("recruitscore.evaluate")
    assert callable(rs.evaluate) and rs.evaluate.__name__ == "evaluate"
    from recruitscore.evaluate import evaluate_scores

    assert callable(evaluate_scores)


def test_rs_evaluate_can_be_patched_and_restored() -> None:
    """The property that keeps the function ignored a mock and had no deleter (review27)."""
    from unittest import mock

    with mock.patch("recruitscore.evaluate", lambda *a: "mocked"):
        assert rs.evaluate() == "mocked"
    assert rs.evaluate.__name__ == "evaluate"
    rs.evaluate = print
    del rs.evaluate
    assert rs.evaluate.__name__ == "evaluate"


def test_nested_patches_of_rs_evaluate_restore_the_outer_value() -> None:
    """The outer value was lost: the inner patch restored the real function (review28)."""
    from unittest import mock

    with mock.patch("recruitscore.evaluate", "outer"):
        with mock.patch("recruitscore.evaluate", "inner"):
            assert rs.evaluate == "inner"
        assert rs.evaluate == "outer"
    assert rs.evaluate.__name__ == "evaluate"

