"""Add the v1 model's risks for the rows that ``benchmarks/v1_scores.csv`` lacks.

    python tools/v1_scores.py [--check]

``training/build.py`` compares the new model with the v1 model as it was shipped (commit
``e2d46ad``, ``models/recruitscore-default.skops``), on the real corpus, the development set and
the hand-written held-out split. The v1 code cannot run inside the current package, so its
risks are stored by message hash. This command finds the rows of those three sets that have no
stored risk, checks out the v1 commit into a temporary git worktree, scores the rows there with
the v1 code (``score_frame``, in a separate Python process whose import path is the worktree's
``src``) and appends ``key,risk`` lines. The v1 model file is a skops file, so ``skops`` must be
installed, and the model is the project's own file from its own history.

``--check`` only says how many rows lack a risk (exit status 1 if any do).
"""

from __future__ import annotations

import argparse
import math
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from training.build import (  # noqa: E402  (the repository root is put on the path above)
    load_dev,
    load_handwritten,
    load_real,
    message_key,
    splits,
)

V1_COMMIT = "e2d46ad7bfa951cbc0ab883735b67a39b86a3e0d"
V1_MODEL = "models/recruitscore-default.skops"
SCORES = ROOT / "benchmarks" / "v1_scores.csv"
COLUMNS = ["message", "sender_headline", "sender_company", "sender_company_url",
           "target_headline"]
#: Run in the worktree's interpreter path; reads rows.csv and writes risks.csv.
_SCORE = """
import sys
import pandas as pd
import recruitscore
from recruitscore import load_model, score_frame
folder = sys.argv[1]
if not recruitscore.__file__.startswith(folder + "/wt/"):
    sys.exit("the v1 code was not the one imported: " + recruitscore.__file__)
df = pd.read_csv(folder + "/rows.csv", dtype=str, keep_default_na=False, na_values=[""])
model = load_model(folder + "/wt/" + sys.argv[2])
out = score_frame(df[[c for c in df.columns if c != "key"]], model=model)
pd.DataFrame({"key": df["key"], "risk": out["risk"].to_numpy()}).to_csv(
    folder + "/risks.csv", index=False)
"""


def rows_to_score() -> pd.DataFrame:
    """Rows of the real corpus, the dev set and the hand-written held-out split with no v1 risk."""
    frames = [load_real(), load_dev(), splits(load_handwritten())[1]]
    df = pd.concat([f.reindex(columns=COLUMNS) for f in frames], ignore_index=True)
    df["key"] = df["message"].astype(str).map(message_key)
    df = df.drop_duplicates("key")
    known = set(pd.read_csv(SCORES, comment="#", dtype={"key": str})["key"])
    return df[~df["key"].isin(known)].reset_index(drop=True)


def _git(*args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", "-C", str(ROOT), *args], check=check, capture_output=True,
                          text=True)


def score_with_v1(todo: pd.DataFrame) -> pd.DataFrame:
    """Risks of the v1 model for ``todo`` (columns ``key`` and :data:`COLUMNS`), computed by the
    v1 code in a temporary worktree; checked to be one finite risk in [0, 1] per key sent."""
    if _git("cat-file", "-e", f"{V1_COMMIT}^{{commit}}", check=False).returncode:
        raise SystemExit(f"commit {V1_COMMIT} (the v1 code) is not in this clone; fetch the "
                         "full history")
    with tempfile.TemporaryDirectory() as tmp:
        wt = Path(tmp) / "wt"
        try:
            _git("worktree", "add", "--detach", "--quiet", str(wt), V1_COMMIT)
            todo[["key", *COLUMNS]].to_csv(Path(tmp) / "rows.csv", index=False)
            # cwd=tmp: "python -c" puts the working directory first on the import path, which
            # must not be this checkout's src/
            subprocess.run([sys.executable, "-c", _SCORE, tmp, V1_MODEL], check=True, cwd=tmp,
                           env={**os.environ, "PYTHONPATH": str(wt / "src")})
            risks = pd.read_csv(Path(tmp) / "risks.csv", dtype={"key": str})
        finally:
            _git("worktree", "remove", "--force", str(wt), check=False)
            _git("worktree", "prune", check=False)
    if list(risks["key"]) != list(todo["key"]) or not all(
            math.isfinite(r) and 0.0 <= r <= 1.0 for r in risks["risk"]):
        raise SystemExit("the v1 code returned risks that do not match the rows sent; "
                         "nothing written")
    return risks


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="only count the rows without a risk")
    args = ap.parse_args(argv)
    todo = rows_to_score()
    if args.check or todo.empty:
        print(f"{len(todo)} row(s) without a v1 risk")
        return 1 if (args.check and len(todo)) else 0
    risks = score_with_v1(todo)
    text = SCORES.read_text(encoding="utf-8")
    lines = "".join(f"{key},{round(float(risk), 6)}\n"
                    for key, risk in zip(risks["key"], risks["risk"], strict=True))
    SCORES.write_text(text + ("" if text.endswith("\n") else "\n") + lines, encoding="utf-8")
    print(f"{len(risks)} v1 risk(s) added to {SCORES.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
