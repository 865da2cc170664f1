"""The notebooks run top to bottom in a fresh kernel, and are committed without outputs.

Each notebook is executed in memory with nbclient (the file on disk is never rewritten), in the
``python3`` kernel that ipykernel installs into the virtual environment, with ``notebooks/`` as
the working directory. The real-data sections of ``02_retrain_on_your_data.ipynb`` skip
themselves when ``../shared/datasets`` is absent, so the notebook runs either way.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat", reason="nbformat is needed to read the notebooks")
nbclient = pytest.importorskip("nbclient", reason="nbclient is needed to run the notebooks")

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK_DIR = ROOT / "notebooks"
NOTEBOOKS = ["01_quickstart.ipynb", "02_retrain_on_your_data.ipynb"]
KERNEL = "python3"
TIME_LIMIT = 120.0  # seconds per notebook, as the README promises CI


def _read(name: str) -> nbformat.NotebookNode:
    return nbformat.read(NOTEBOOK_DIR / name, as_version=4)


def _need_kernel() -> None:
    from jupyter_client.kernelspec import find_kernel_specs

    if KERNEL not in find_kernel_specs():
        pytest.skip(f"no {KERNEL!r} Jupyter kernel spec: install ipykernel in this environment "
                    "(pip install ipykernel, or python -m ipykernel install --sys-prefix)")


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_notebook_is_committed_without_outputs(name: str) -> None:
    nb = _read(name)
    nbformat.validate(nb)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code, f"{name} has no code cell"
    for cell in code:
        assert cell.outputs == [], f"{name}: clear the outputs before committing"
        assert cell.execution_count is None, f"{name}: clear the execution counts"
    assert nb.metadata.get("kernelspec", {}).get("name") == KERNEL


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_notebook_runs_top_to_bottom(name: str, tmp_path: Path,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    _need_kernel()
    nb = _read(name)
    monkeypatch.setenv("RECRUITSCORE_REPORT_DIR", str(tmp_path))  # 02 writes its reports here
    client = nbclient.NotebookClient(
        nb, kernel_name=KERNEL, timeout=600,
        resources={"metadata": {"path": str(NOTEBOOK_DIR)}},
    )
    start = time.perf_counter()
    client.execute()  # raises CellExecutionError, with the cell and its traceback, on failure
    seconds = time.perf_counter() - start
    assert seconds < TIME_LIMIT, f"{name} took {seconds:.0f} s"
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    errors = [o for o in outputs if o.output_type == "error"]
    assert not errors
    warnings = [o.text for o in outputs if o.output_type == "stream" and o.name == "stderr"]
    assert not warnings, f"{name} printed to stderr: {warnings}"
    if name.startswith("02"):
        text = "".join(o.get("text", "") for o in outputs if o.output_type == "stream")
        images = [o for o in outputs if "image/png" in o.get("data", {})]
        if "skipped" in text:  # no data sets here: the notebook said so and went on
            assert "not found" in text
        else:
            assert len(images) >= 4  # curves and weights, for each data set
            assert sorted(p.name for p in tmp_path.glob("*.html")) == ["emscad.html",
                                                                        "sms_spam.html"]
