"""Benchmark: ``recruitscore inbox`` on a LinkedIn export vs ``recruitscore score`` on the same
messages as a flat CSV.

    python benchmarks/inbox_throughput.py [--messages 20000] [--repeats 2] [--json out.json]

Builds a seeded synthetic export (``messages.csv`` + ``Profile.csv`` in a ZIP) of ``--messages``
messages, and a flat CSV with the same messages (one ``message`` column plus the id), then times
both commands end to end as subprocesses (start-up, model load, read, score, write; ``inbox``
also writes the HTML report), taking turns (score, inbox, score, inbox, ...) so that the load
of a shared machine weighs on both alike. Target: inbox time < 1.5 x score time.

Shape of the inbox (an assumption, stated so that it can be changed): conversations of 1 to 14
messages (40% a single unanswered message, 25% two, 15% three or four, 15% five to eight, 5%
nine to fourteen); the counterpart opens with a full approach from
:func:`training.corpus.generate_corpus`, later counterpart messages are one or two sentences
of another approach, and the owner's replies are short.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))  # training/ (the corpus generator)

REPLIES = [
    "Thanks, happy to hear more.", "Could you tell me more about the role?", "Not right now, "
    "thanks.", "Which company is it?", "Sounds interesting, what is the salary range?",
    "Merci, pouvez-vous m'en dire plus ?", "Je ne suis pas en recherche pour le moment.",
    "Sure, let's talk next week.", "I'll have a look and get back to you.", "OK", "Thank you!",
]
_SENTENCE = re.compile(r"(?<=[.!?])\s+")
HEADER = ["CONVERSATION ID", "CONVERSATION TITLE", "FROM", "SENDER PROFILE URL", "TO",
          "RECIPIENT PROFILE URLS", "DATE", "SUBJECT", "CONTENT", "FOLDER", "ATTACHMENTS"]


def _length(rng: random.Random) -> int:
    u = rng.random()
    if u < 0.40:
        return 1
    if u < 0.65:
        return 2
    if u < 0.80:
        return rng.randint(3, 4)
    if u < 0.95:
        return rng.randint(5, 8)
    return rng.randint(9, 14)


def build(n_messages: int, seed: int = 7) -> tuple[list[list[str]], list[str]]:
    """Rows of messages.csv (newest first per conversation, as LinkedIn writes them)."""
    from training.corpus import generate_corpus

    pool = generate_corpus(4000, seed=seed)["message"].tolist()
    rng = random.Random(seed)
    rows: list[list[str]] = []
    owner, owner_url = "Alex Morgan", "https://www.linkedin.com/in/alex-morgan-0001"
    c = 0
    while len(rows) < n_messages:
        c += 1
        k = min(_length(rng), n_messages - len(rows))
        them = f"Sender {c:05d}"
        them_url = f"https://www.linkedin.com/in/sender-{c:05d}"
        t = 1_700_000_000 + c * 3600 * 7
        conv = []
        for j in range(k):
            inbound = j == 0 or rng.random() < 0.55
            if inbound:
                if j == 0:
                    text = rng.choice(pool)
                else:
                    sents = _SENTENCE.split(rng.choice(pool))
                    i = rng.randrange(len(sents))
                    text = " ".join(sents[i:i + rng.randint(1, 2)])
                frm, url, to, to_url = them, them_url, owner, owner_url
            else:
                text = rng.choice(REPLIES)
                frm, url, to, to_url = owner, owner_url, them, them_url
            t += rng.randint(600, 86400 * 2)
            date = time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime(t))
            conv.append([f"2-conv{c:05d}", "", frm, url, to, to_url, date, "", text, "INBOX",
                         ""])
        rows.extend(reversed(conv))
    return rows, [owner]


def _csv(header: list[str], rows: list[list[str]]) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    w.writerows(rows)
    return buf.getvalue().encode("utf-8")


def _time(cmds: list[list[str]], repeats: int) -> list[list[float]]:
    """Wall times of each command, ``repeats`` times; the commands take turns, so that a
    change in the load of a shared machine weighs on all of them alike."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    out: list[list[float]] = [[] for _ in cmds]
    for _ in range(repeats):
        for cmd, times in zip(cmds, out, strict=True):
            t0 = time.perf_counter()
            subprocess.run(cmd, check=True, env=env, stdout=subprocess.DEVNULL)
            times.append(time.perf_counter() - t0)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--messages", type=int, default=20_000)
    ap.add_argument("--repeats", type=int, default=2)
    ap.add_argument("--json", default=None)
    args = ap.parse_args()
    rows, _ = build(args.messages)
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        export = d / "export.zip"
        with zipfile.ZipFile(export, "w", zipfile.ZIP_DEFLATED) as zf:
            zf.writestr("messages.csv", _csv(HEADER, rows))
            zf.writestr("Profile.csv", _csv(["First Name", "Last Name", "Headline"],
                                            [["Alex", "Morgan", "Engineer"]]))
        flat = d / "flat.csv"
        flat.write_bytes(_csv(["id", "message"], [[str(i), r[8]] for i, r in enumerate(rows)]))
        exe = [sys.executable, "-m", "recruitscore"]
        _time([[*exe, "info"]], 1)  # warm the file cache
        t_score, t_inbox = _time([[*exe, "score", str(flat), "-o", str(d / "scored.csv"), "-q"],
                                  [*exe, "inbox", str(export), "-o", str(d / "out"), "-q"]],
                                 args.repeats)
        n_conv = (d / "out" / "conversations.csv").read_text(encoding="utf-8").count("\n") - 1
    s, i = statistics.mean(t_score), statistics.mean(t_inbox)
    res = {"messages": len(rows), "conversations": n_conv, "cores": os.cpu_count(),
           "score_s": [round(x, 2) for x in t_score], "inbox_s": [round(x, 2) for x in t_inbox],
           "ratio": round(i / s, 3), "target": "< 1.5"}
    print(f"{len(rows):,} messages in {n_conv:,} conversations: recruitscore score "
          f"{s:.2f} s, recruitscore inbox {i:.2f} s (mean of {args.repeats}); ratio "
          f"{i / s:.2f} (target < 1.5)")
    if args.json:
        Path(args.json).write_text(json.dumps(res, indent=2))


if __name__ == "__main__":
    main()
