"""recruitscore.dask on a local two-worker cluster (loopback only); skipped without the extra."""

from __future__ import annotations

import csv
import logging
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest

dd = pytest.importorskip(
    "dask.dataframe", reason="dask is not installed (pip install 'recruitscore[dask]')"
)
distributed = pytest.importorskip(
    "distributed", reason="distributed is not installed (pip install 'recruitscore[dask]')"
)

from recruitscore.dask import model_loads, output_meta, score_dask  # noqa: E402
from recruitscore.errors import InputError, ModelError  # noqa: E402
from recruitscore.model import load_model  # noqa: E402
from recruitscore.scoring import score_frame  # noqa: E402

from .test_io import shared_model_file, sprinkled_rows  # noqa: E402


@pytest.fixture(scope="module")
def model_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return shared_model_file(tmp_path_factory)


@pytest.fixture(scope="module")
def client() -> Iterator[distributed.Client]:
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
        dashboard_address=None, silence_logs=logging.ERROR,
    ) as cluster, distributed.Client(cluster) as c:
        yield c


def frame(n: int) -> pd.DataFrame:
    rows = sprinkled_rows(n)
    return pd.DataFrame(rows[1:], columns=rows[0]).replace({"": None})


def test_score_dask_matches_score_frame(client: distributed.Client, model_path: Path) -> None:
    df = frame(90)
    ddf = dd.from_pandas(df, npartitions=9)
    scored = score_dask(ddf, model_path)
    assert list(scored.columns) == list(output_meta(df).columns)
    out = scored.compute()
    expected = score_frame(df, model=load_model(model_path))
    assert out["id"].tolist() == df["id"].tolist()
    pd.testing.assert_series_equal(out["risk"], expected["risk"], check_exact=False)
    assert out["signals"].tolist() == expected["signals"].tolist()
    assert out["error"].tolist() == expected["error"].tolist()
    # the model was loaded once per worker, not once per partition
    loads = client.run(model_loads)
    assert len(loads) == 2 and all(n <= 1 for n in loads.values()) and sum(loads.values()) >= 1
    flagged = score_dask(ddf, model_path, threshold=0.0)["flagged"].compute()
    assert flagged.all()
    assert client.run(model_loads) == loads  # still cached


def test_read_csv_with_newlines_needs_blocksize_none(
    client: distributed.Client, model_path: Path, tmp_path: Path
) -> None:
    rows = sprinkled_rows(40)
    with (tmp_path / "in.csv").open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh, lineterminator="\n").writerows(rows)
    ddf = dd.read_csv(tmp_path / "in.csv", blocksize=None, dtype=str, keep_default_na=False,
                      na_values=[""])
    out = score_dask(ddf, model_path).compute()
    assert out["id"].tolist() == [r[0] for r in rows[1:]]
    assert out["message"].str.contains("\n").sum() == sum("\n" in r[1] for r in rows[1:])
    assert out["message"].fillna("").tolist() == [r[1] for r in rows[1:]]  # "null" stays text


def test_score_dask_validates_before_computing(model_path: Path, tmp_path: Path) -> None:
    ddf = dd.from_pandas(pd.DataFrame({"text": ["hi"]}), npartitions=1)
    with pytest.raises(InputError, match=r"no 'message' column \(found: text\)"):
        score_dask(ddf, model_path)
    with pytest.raises(InputError, match="expected a dask DataFrame"):
        score_dask(pd.DataFrame({"message": ["hi"]}), model_path)  # type: ignore[arg-type]
    good = dd.from_pandas(pd.DataFrame({"message": ["hi"]}), npartitions=1)
    with pytest.raises(ModelError, match="model file not found"):
        score_dask(good, tmp_path / "missing.npz")
    with pytest.raises(InputError, match="between 0 and 1"):
        score_dask(good, model_path, threshold=2.0)
