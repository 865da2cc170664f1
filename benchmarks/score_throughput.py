"""Batch-scoring benchmark: throughput, peak memory, latency, cold start, signal extraction.

One run measures:

* **throughput** of the real CLI, ``recruitscore score IN.csv -o OUT.csv`` (a subprocess, wall
  time end to end: start-up, model load, read, score, write), next to a **reference** on the
  same file: pandas + ``TfidfVectorizer`` + ``LogisticRegression`` fitted once on a small
  labelled sample; the reference's timed part is transform + ``predict_proba`` + write CSV
  (its read and fit are reported apart). Target: recruitscore >= 0.7x the reference's rows/s.
* **peak memory** of the CLI for each ``--rows`` size (psutil polling of the CLI process and its
  worker processes: the peak of the summed RSS, and the largest single process). Target: the
  largest size needs at most 1.5x the peak of the smallest.
* **latency** of one message through the API with the model loaded (``recruitscore.score``,
  p50/p95 over ``--latency-calls`` calls). Target: p50 < 2 ms.
* **cold start**: wall time of ``recruitscore explain "hi"`` (mean of ``--cold-runs``), next to
  that of ``python -c "import pandas"`` (the target: no slower), both after one untimed run and
  with bytecode caches allowed, as in an installed package.
* **signals**: :func:`recruitscore.extract_signals_frame` on ``--signals-rows`` messages, pinned
  to one core. Target: >= 10,000 messages/s.

Rows are realistic: messages from :func:`training.corpus.generate_corpus` (300-600
characters: short ones are extended with a sentence of another message, long ones cut at a word
boundary), replicated and varied (sentence order, profile fields re-paired) up to N.

Usage::

    python benchmarks/score_throughput.py --rows 100000 1000000 --json bench.json
    python benchmarks/score_throughput.py --rows 20000 --signals-rows 20000   # a quick look
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import psutil

# training/ (the corpus generator that makes the benchmark rows) lives beside src/
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

COLUMNS = ["case_id", "message", "sender_name", "sender_headline", "sender_company",
           "sender_company_url", "sender_connections", "sender_account_age_days",
           "sender_has_photo", "target_headline", "label"]
POOL_SIZE = 4000
_SENTENCE = re.compile(r"(?<=[.!?])\s+")


# -- data -----------------------------------------------------------------------------------------
def _fit_length(message: str, filler: str, lo: int = 300, hi: int = 600) -> str:
    """Bring a message to lo..hi characters: extend with sentences of ``filler``, cut at a word."""
    text = message.strip()
    extra = _SENTENCE.split(filler.strip())
    k = 0
    while len(text) < lo and k < len(extra):
        text = f"{text} {extra[k]}"
        k += 1
    while len(text) < lo:
        text = f"{text} {text}"
    if len(text) > hi:
        cut = text.rfind(" ", 0, hi)
        text = text[: cut if cut > lo else hi].rstrip()
    return text


def message_pool(size: int = POOL_SIZE, seed: int = 0) -> list[dict[str, str]]:
    """Rows from the generated corpus with 300-600 character messages."""
    from training.corpus import generate_corpus

    df = generate_corpus(size, seed=seed)
    rows = []
    for i, rec in enumerate(df.to_dict("records")):
        filler = df["message"].iat[(i * 7 + 3) % len(df)]
        row = {c: "" if rec.get(c) is None or rec.get(c) != rec.get(c) else str(rec[c])
               for c in COLUMNS}
        row["message"] = _fit_length(str(rec["message"]), str(filler))
        rows.append(row)
    return rows


def _vary(message: str, copy: int) -> str:
    """A deterministic variant of a message: its sentences rotated by ``copy``."""
    if copy == 0:
        return message
    parts = _SENTENCE.split(message)
    if len(parts) < 2:
        return message
    k = copy % len(parts)
    return " ".join(parts[k:] + parts[:k])


def write_input(path: Path, n: int, pool: Sequence[dict[str, str]]) -> None:
    """Write n rows (CSV, quoted as needed), replicating and varying the pool."""
    b = len(pool)
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(COLUMNS)
        for i in range(n):
            copy, j = divmod(i, b)
            base = pool[j]
            profile = pool[(j * 7919 + copy * 104729) % b]  # re-pair profile fields
            row = [f"BENCH-{i:08d}", _vary(base["message"], copy), profile["sender_name"],
                   profile["sender_headline"], profile["sender_company"],
                   profile["sender_company_url"], profile["sender_connections"],
                   profile["sender_account_age_days"], profile["sender_has_photo"],
                   base["target_headline"], base["label"]]
            w.writerow(row)


# -- measuring a child process -----------------------------------------------------------------
class TreeMemory:
    """Poll the RSS of a process and its descendants (sum and largest single process)."""

    def __init__(self, pid: int, interval: float = 0.05) -> None:
        self.proc = psutil.Process(pid)
        self.interval = interval
        self.peak_sum = 0
        self.peak_single = 0
        self.peak_processes = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                procs = [self.proc, *self.proc.children(recursive=True)]
            except psutil.Error:
                break
            rss = []
            for p in procs:
                try:
                    rss.append(p.memory_info().rss)
                except psutil.Error:
                    continue
            if rss:
                self.peak_sum = max(self.peak_sum, sum(rss))
                self.peak_single = max(self.peak_single, max(rss))
                self.peak_processes = max(self.peak_processes, len(rss))
            self._stop.wait(self.interval)

    def __enter__(self) -> TreeMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def run_measured(cmd: Sequence[str], **kwargs: Any) -> dict[str, Any]:
    """Run a command; wall time, exit code, stderr tail and peak memory (MB)."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            **kwargs)
    with TreeMemory(proc.pid) as mem:
        out, err = proc.communicate()
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        raise SystemExit(f"command failed ({proc.returncode}): {' '.join(cmd)}\n{err[-2000:]}")
    return {"seconds": wall, "peak_rss_mb": mem.peak_sum / 2**20,
            "peak_single_process_mb": mem.peak_single / 2**20,
            "processes": mem.peak_processes, "stdout": out, "stderr": err.strip()}


def cli_command() -> tuple[list[str], str]:
    """The real CLI: the ``recruitscore`` entry point (``score`` registered in cli.py), or the
    same typer app with ``score`` registered the way cli.py does when it is not yet."""
    from recruitscore.cli import app

    if "score" in [c.name for c in app.registered_commands]:
        script = Path(sys.executable).with_name("recruitscore")
        if script.exists():
            return [str(script)], "recruitscore entry point"
        return [sys.executable, "-m", "recruitscore"], "python -m recruitscore"
    launcher = ("import sys; from recruitscore.cli import app; "
                "from recruitscore.cli_score import score_cmd; "
                "app.command('score')(score_cmd); sys.argv[0] = 'recruitscore'; app()")
    return [sys.executable, "-c", launcher], "typer app + cli_score.score_cmd (not yet in cli.py)"


# -- reference ----------------------------------------------------------------------------------
def reference(src: str, dst: str, sample: int = 2000) -> dict[str, float]:
    """pandas + TfidfVectorizer + LogisticRegression on the same file (run in a subprocess)."""
    import numpy as np
    import pandas as pd
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    t0 = time.perf_counter()
    df = pd.read_csv(src, dtype=str, keep_default_na=False, na_values=[""])
    t1 = time.perf_counter()
    train = df.iloc[:sample]
    vec = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True, max_features=50_000)
    clf = LogisticRegression(C=1.0, solver="liblinear", max_iter=1000)
    clf.fit(vec.fit_transform(train["message"].fillna("")), train["label"].astype(int).to_numpy())
    t2 = time.perf_counter()
    risk = clf.predict_proba(vec.transform(df["message"].fillna("")))[:, 1]
    df["risk"] = np.round(risk, 6)
    df["flagged"] = risk >= 0.5
    df.to_csv(dst, index=False)
    t3 = time.perf_counter()
    return {"read_s": t1 - t0, "fit_s": t2 - t1, "score_write_s": t3 - t2, "rows": len(df)}


# -- in-process measurements ------------------------------------------------------------------
def latency(calls: int, pool: Sequence[dict[str, str]], model_path: str | None) -> dict[str, Any]:
    import recruitscore
    from recruitscore import scoring
    from recruitscore.model import load_model

    score = getattr(recruitscore, "score", scoring.score)
    model = load_model(model_path) if model_path else scoring.get_default_model()
    messages = [r["message"] for r in pool[: max(calls, 1)]]
    for m in messages[:20]:  # warm up caches
        score(m, model=model)
    times = []
    for i in range(calls):
        t = time.perf_counter()
        score(messages[i % len(messages)], model=model)
        times.append((time.perf_counter() - t) * 1000)
    q = statistics.quantiles(times, n=100)
    return {"calls": calls, "p50_ms": statistics.median(times), "p95_ms": q[94],
            "mean_ms": statistics.fmean(times),
            "api": "recruitscore.score" if hasattr(recruitscore, "score")
            else "recruitscore.scoring.score"}


def signals_throughput(n: int, pool: Sequence[dict[str, str]]) -> dict[str, Any]:
    """Run in a child process pinned to one core."""
    import pandas as pd

    from recruitscore import extract_signals_frame

    pinned = False
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
        pinned = True
    messages = [_vary(pool[i % len(pool)]["message"], i // len(pool)) for i in range(n)]
    df = pd.DataFrame({"message": messages})
    extract_signals_frame(df.iloc[:500])  # warm up (normalisation tables, regex compilation)
    t = time.perf_counter()
    out = extract_signals_frame(df)
    dt = time.perf_counter() - t
    lengths = df["message"].str.len()
    return {"rows": n, "seconds": dt, "msg_per_s": n / dt, "pinned_to_one_core": pinned,
            "mean_chars": float(lengths.mean()), "min_chars": int(lengths.min()),
            "max_chars": int(lengths.max()), "rows_with_a_signal": int(out.any(axis=1).sum())}


def _child(kind: str, args: argparse.Namespace) -> None:
    """Hidden entry points run in subprocesses (fresh memory, own CPU affinity)."""
    if kind == "reference":
        print(json.dumps(reference(args.child_args[0], args.child_args[1])))
    elif kind == "signals":
        pool = message_pool()
        print(json.dumps(signals_throughput(int(args.child_args[0]), pool)))


# -- main ---------------------------------------------------------------------------------------
def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, nargs="+", default=[100_000, 1_000_000],
                        help="input sizes for throughput and peak memory")
    parser.add_argument("--jobs", type=int, default=None, help="--jobs for recruitscore score")
    parser.add_argument("--chunk-size", type=int, default=10_000)
    parser.add_argument("--model", default=None, help="model file (default: shipped model)")
    parser.add_argument("--latency-calls", type=int, default=500)
    parser.add_argument("--cold-runs", type=int, default=3)
    parser.add_argument("--signals-rows", type=int, default=100_000)
    parser.add_argument("--workdir", default=None, help="where to write inputs and outputs "
                        "(default: a temporary directory, removed afterwards)")
    parser.add_argument("--json", dest="json_path", default=None, help="write results here")
    parser.add_argument("--_child", dest="child", default=None, help=argparse.SUPPRESS)
    parser.add_argument("child_args", nargs="*", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        _child(args.child, args)
        return 0

    here = Path(__file__).resolve()
    workdir = Path(args.workdir) if args.workdir else Path(tempfile.mkdtemp(prefix="rs-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    results: dict[str, Any] = {
        "machine": {"cpus": os.cpu_count(), "affinity": len(os.sched_getaffinity(0))
                    if hasattr(os, "sched_getaffinity") else None,
                    "python": platform.python_version(), "platform": platform.platform(),
                    "load_average_at_start": os.getloadavg()},
        "command": " ".join([Path(sys.executable).name, *sys.argv]),
    }
    try:
        t = time.perf_counter()
        pool = message_pool()
        lengths = [len(r["message"]) for r in pool]
        print(f"pool: {len(pool)} messages, {min(lengths)}-{max(lengths)} chars "
              f"(mean {statistics.fmean(lengths):.0f}), {time.perf_counter() - t:.1f} s",
              file=sys.stderr)
        cmd, how = cli_command()
        results["cli"] = how
        runs = []
        for n in args.rows:
            src = workdir / f"in-{n}.csv"
            t = time.perf_counter()
            write_input(src, n, pool)
            print(f"wrote {src.name} ({src.stat().st_size / 2**20:.0f} MB) in "
                  f"{time.perf_counter() - t:.1f} s", file=sys.stderr)
            score_args = [*cmd, "score", str(src), "-o", str(workdir / f"out-{n}.csv"), "--quiet",
                          "--chunk-size", str(args.chunk_size)]
            if args.jobs is not None:
                score_args += ["--jobs", str(args.jobs)]
            if args.model:
                score_args += ["--model", args.model]
            print(f"recruitscore score on {n:,} rows...", file=sys.stderr)
            rs = run_measured(score_args)
            print(f"reference on {n:,} rows...", file=sys.stderr)
            ref = run_measured([sys.executable, str(here), "--_child", "reference", str(src),
                                str(workdir / f"ref-{n}.csv")])
            ref_t = json.loads(ref["stdout"])
            with (workdir / f"out-{n}.csv").open(encoding="utf-8") as fh:
                written = sum(1 for _ in csv.reader(fh)) - 1
            run = {
                "rows": n, "input_mb": src.stat().st_size / 2**20, "rows_written": written,
                "recruitscore": {"seconds": rs["seconds"], "rows_per_s": n / rs["seconds"],
                                 "peak_rss_mb": rs["peak_rss_mb"],
                                 "peak_single_process_mb": rs["peak_single_process_mb"],
                                 "processes": rs["processes"]},
                "reference": {**ref_t, "rows_per_s": n / ref_t["score_write_s"],
                              "rows_per_s_with_read": n / (ref_t["read_s"]
                                                           + ref_t["score_write_s"]),
                              "process_seconds": ref["seconds"], "peak_rss_mb": ref["peak_rss_mb"]},
            }
            run["ratio"] = run["recruitscore"]["rows_per_s"] / run["reference"]["rows_per_s"]
            run["ratio_vs_reference_with_read"] = (run["recruitscore"]["rows_per_s"]
                                                   / run["reference"]["rows_per_s_with_read"])
            runs.append(run)
            for name in (f"in-{n}.csv", f"out-{n}.csv", f"ref-{n}.csv"):
                (workdir / name).unlink(missing_ok=True)
        results["runs"] = runs
        if len(runs) > 1:
            results["memory_growth"] = runs[-1]["recruitscore"]["peak_rss_mb"] / \
                runs[0]["recruitscore"]["peak_rss_mb"]

        print("latency...", file=sys.stderr)
        results["latency"] = latency(args.latency_calls, pool, args.model)
        print("cold start...", file=sys.stderr)
        explain = [*cmd, "explain", "hi"]
        pandas_cmd = [sys.executable, "-c", "import pandas"]
        # both with bytecode caches, as an installed package has them (pandas' were written at
        # install): PYTHONDONTWRITEBYTECODE would make an editable checkout compile its
        # modules at every start; one untimed run of each writes the caches
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        run_measured(explain, env=env)
        run_measured(pandas_cmd, env=env)
        colds = [run_measured(explain, env=env)["seconds"] for _ in range(args.cold_runs)]
        pandas_import = [run_measured(pandas_cmd, env=env)["seconds"]
                         for _ in range(args.cold_runs)]
        results["cold_start"] = {"command": "recruitscore explain hi", "runs": colds,
                                 "mean_s": statistics.fmean(colds),
                                 "import_pandas_runs": pandas_import,
                                 "import_pandas_mean_s": statistics.fmean(pandas_import)}
        print("signals...", file=sys.stderr)
        sig = run_measured([sys.executable, str(here), "--_child", "signals",
                            str(args.signals_rows)])
        results["signals"] = json.loads(sig["stdout"])
        results["machine"]["load_average_at_end"] = os.getloadavg()
    finally:
        if not args.workdir:
            shutil.rmtree(workdir, ignore_errors=True)

    results["targets"] = targets(results)
    print(table(results))
    if args.json_path:
        Path(args.json_path).write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


def targets(r: dict[str, Any]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for run in r["runs"]:
        out[f"throughput_ratio_{run['rows']}"] = {"value": run["ratio"], "target": ">= 0.7",
                                                  "ok": run["ratio"] >= 0.7}
    if "memory_growth" in r:
        out["memory_growth"] = {"value": r["memory_growth"], "target": "<= 1.5",
                                "ok": r["memory_growth"] <= 1.5}
    out["latency_p50_ms"] = {"value": r["latency"]["p50_ms"], "target": "< 2",
                             "ok": r["latency"]["p50_ms"] < 2}
    out["signals_msg_per_s"] = {"value": r["signals"]["msg_per_s"], "target": ">= 10000",
                                "ok": r["signals"]["msg_per_s"] >= 10_000}
    return out


def table(r: dict[str, Any]) -> str:
    lines = [f"{'measure':<46} {'value':>14}  target"]
    lines.append("-" * 72)

    def add(name: str, value: str, target: str = "") -> None:
        lines.append(f"{name:<46} {value:>14}  {target}")

    for run in r["runs"]:
        n = f"{run['rows']:,}"
        rs, ref = run["recruitscore"], run["reference"]
        add(f"recruitscore score, {n} rows (end to end)", f"{rs['rows_per_s']:,.0f} rows/s")
        add(f"reference transform+predict+write, {n} rows", f"{ref['rows_per_s']:,.0f} rows/s")
        add(f"reference incl. pandas read, {n} rows", f"{ref['rows_per_s_with_read']:,.0f} rows/s")
        ok = r["targets"][f"throughput_ratio_{run['rows']}"]["ok"]
        add(f"ratio recruitscore / reference, {n} rows", f"{run['ratio']:.2f}x",
            f">= 0.7x  {'ok' if ok else 'MISSED'}")
        add(f"peak RSS (CLI + workers), {n} rows", f"{rs['peak_rss_mb']:,.0f} MB",
            f"largest process {rs['peak_single_process_mb']:,.0f} MB")
    if "memory_growth" in r:
        ok = r["targets"]["memory_growth"]["ok"]
        add("peak RSS, largest / smallest size", f"{r['memory_growth']:.2f}x",
            f"<= 1.5x  {'ok' if ok else 'MISSED'}")
    lat = r["latency"]
    ok = r["targets"]["latency_p50_ms"]["ok"]
    add(f"latency {lat['api']} p50", f"{lat['p50_ms']:.2f} ms",
        f"< 2 ms  {'ok' if ok else 'MISSED'}")
    add(f"latency {lat['api']} p95", f"{lat['p95_ms']:.2f} ms")
    cold = r["cold_start"]
    add("cold start `recruitscore explain hi` (mean)", f"{cold['mean_s']:.2f} s",
        f"<= `python -c 'import pandas'` {cold['import_pandas_mean_s']:.2f} s  "
        f"{'ok' if cold['mean_s'] <= cold['import_pandas_mean_s'] else 'MISSED'}")
    sig = r["signals"]
    ok = r["targets"]["signals_msg_per_s"]["ok"]
    add(f"extract_signals_frame, {sig['rows']:,} msgs, 1 core", f"{sig['msg_per_s']:,.0f} msg/s",
        f">= 10,000  {'ok' if ok else 'MISSED'}")
    lines.append(f"(load average at start {r['machine']['load_average_at_start'][0]:.1f}, at end "
                 f"{r['machine']['load_average_at_end'][0]:.1f}; {r['machine']['cpus']} CPUs; "
                 f"CLI: {r['cli']})")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
