"""Campaign-grouping benchmark: quality on planted campaigns, time and peak memory at scale.

**Quality** (``--quality-rows``, default 20,000): unrelated approaches from
:func:`training.corpus.generate_corpus` (their contact details made unique per row, company
URL removed: the generator draws them from small pools, which would link strangers) with planted
campaigns hidden among them:

* hostile templates (English and French; campaigns that reuse a template are one campaign) sent
  to 5-60 targets each by 1-8 fake personas, with the
  target's name, company, city and amounts changed and 1-3 words swapped for synonyms; the
  campaign's handle (Telegram, e-mail or phone) is the same in some, different per member in
  others (those are linked by the template only);
* handle-only campaigns: unrelated generated messages that end with the same Telegram handle,
  e-mail address or WhatsApp number, written differently (``t . me / x``, ``(at)``);
* legitimate mass InMails from one company (its template, its careers site).

It reports pairwise precision and recall of the grouping (pairs of rows put in one campaign vs
pairs planted together; targets >= 0.95 each) and the risk of the legitimate campaigns (they
form campaigns but keep a low risk).

**Scale** (``--rows``, e.g. ``100000 1000000``): the real CLI, ``recruitscore campaigns IN.csv -o
OUT.csv --summary S.csv --stix B.json``, as a subprocess: wall time and peak RSS (psutil
polling of the process tree, as in ``score_throughput.py``). Rows are the quality data's
campaigns repeated with fresh names and handles, among background messages spliced from
sentences of a generated pool. Targets: peak memory at the largest size <= 1.5x the smallest;
time per row not growing.

Usage::

    python benchmarks/campaigns.py --quality-rows 20000 --rows 100000 1000000 --json c.json
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pandas as pd

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # training/ (corpus generator)
from score_throughput import cli_command, run_measured

FIRST = ("Anna Peter Maria Jonas Li Wei Fatima Omar Sophie Lucas Aisha Kenji Elena Tomasz Priya "
         "Carlos Ingrid Mehdi Chloe Dmitri Sara Youssef Hannah Raj Lea Marco Nadia Erik Mina "
         "Julien Camille Olga Ravi Zoe Hugo Amara Felix Ines Kofi Yara").split()
LAST = ("Smith Novak Garcia Dubois Chen Kowalski Haddad Martin Tanaka Rossi Ivanova Okafor Lopez "
        "Bernard Singh Muller Petit Silva Moreau Nguyen Fischer Costa Laurent Sato Ahmed").split()
COMPANIES = ("Thales Airbus BAE Systems Rolls-Royce Leonardo Safran Dassault QinetiQ Naval "
             "Group MBDA Arqiva Babcock Ultra Electronics Cobham Oxford Instruments Siemens "
             "Nokia").split()
CITIES = ("Geneva Zurich Vienna Dubai Singapore Istanbul Lisbon Prague Warsaw Madrid Brussels "
          "Helsinki Tallinn Oslo Milan").split()
SYNONYMS = {
    "client": ["customer", "partner"], "opportunity": ["role", "position", "offer"],
    "discreet": ["confidential", "private"], "quick": ["short", "brief"],
    "paid": ["compensated", "rewarded"], "expertise": ["experience", "knowledge"],
    "interested": ["keen", "open"], "organisation": ["institution", "firm"],
    "profile": ["background", "CV"], "happy": ["glad", "pleased"],
    "client,": ["partner,"], "report": ["paper", "note"], "urgent": ["pressing", "time-sensitive"],
}
HOSTILE = [
    "Hi {name}, I came across your profile and your work at {company} really impressed me. "
    "My client, a government-linked think tank in {city}, is looking for experts to write a "
    "quick report on industry trends. It is paid {amount} USD and fully remote. The matter is "
    "discreet, so let's continue on Telegram {handle} rather than here.",
    "Dear {name}, I represent an organisation that values your expertise in {field}. We offer "
    "{amount} EUR per consultation for your insight on {company}'s programmes. Nothing "
    "classified of course. Please add me on WhatsApp {handle}, LinkedIn is not secure.",
    "Hello {name}! Amazing profile. We have an urgent opportunity for a senior {field} lead, "
    "salary {amount} USD. To apply, download our assessment tool from {handle} and run it on "
    "your work laptop, then send me the results. Interviews close on Friday.",
    "Hi {name}, I'm a headhunter for a client in {city} who prefers to remain anonymous. They "
    "are interested in people who know {company} from the inside. A first chat is paid "
    "{amount} GBP. Keep it between us for now and write to me at {handle}.",
    "Good morning {name}, our fund in {city} pays experts {amount} USD per hour for short calls "
    "about supply chains in {field}. Most of our advisers work at firms like {company}. "
    "Reply on Telegram {handle} and I will send you the details.",
    "Bonjour {name}, votre parcours chez {company} est remarquable. Un client basé à {city} "
    "cherche un expert en {field} pour une mission discrète, rémunérée {amount} euros. "
    "Écrivez-moi sur Telegram {handle}, c'est plus discret que LinkedIn.",
    "Hi {name}, congratulations on your role at {company}. I recruit for a research centre in "
    "{city} with generous grants ({amount} USD) for engineers in {field}. It would be a quick "
    "process. My personal email is {handle}, please send your CV there.",
    "Hello {name}, your experience in {field} is exactly what our partner needs. They will "
    "cover travel to {city} and pay {amount} USD for a workshop. Happy to share more on "
    "WhatsApp {handle}; no need to tell your employer at {company}.",
]
LEGIT = [  # one per brand: a company's mass InMails are one campaign
    "Hi {name}, I'm part of the talent team at {brand}. We're hiring a {role} in {city_uk} "
    "(hybrid, salary {amount} GBP). Your background looks like a great fit. You can read the "
    "full description and apply at {url}. Happy to answer questions here.",
    "Hello {name}, {brand} is growing its {role} team in {city_uk}. The package is {amount} GBP "
    "plus bonus and pension. If you're interested, the job ad is at {url} and I'm glad to set "
    "up a call through LinkedIn.",
    "Good afternoon {name}. Our engineering group at {brand} has two openings for a {role} "
    "based in {city_uk}, paying up to {amount} GBP. The interview process is two video calls; "
    "details and the application form are on {url}.",
]
ROLES = ["data engineer", "RF engineer", "product manager", "security analyst", "SRE"]
FIELDS = ["radar systems", "quantum sensing", "satellite communications", "semiconductors",
          "hypersonics", "cryptography", "drone navigation"]
CITIES_UK = ["Leeds", "Bristol", "Manchester", "Cambridge", "Edinburgh"]
BRANDS = [("Lumenwave Systems", "lumenwave-systems.co.uk"), ("Northwind Robotics",
          "northwind-robotics.com"), ("Helix Quantum", "helix-quantum.io")]


def _handle(rng: random.Random, kind: str) -> str:
    tag = f"{rng.choice(['nova', 'aurora', 'atlas', 'zenith', 'orbit'])}_{rng.randrange(10**6)}"
    if kind == "telegram":
        return "@" + tag
    if kind == "email":
        return f"{tag}@{rng.choice(['gmail.com', 'proton.me', 'outlook.com'])}"
    if kind == "phone":
        return f"+44 7700 {rng.randrange(10**6):06d}"
    return f"https://{tag.replace('_', '-')}.xyz/setup"


def _written(rng: random.Random, handle: str) -> str:
    """The same handle written differently (obfuscation)."""
    if handle.startswith("@"):
        return rng.choice([handle, f"t.me/{handle[1:]}", f"t . me / {handle[1:]}"])
    if "@" in handle:
        local, domain = handle.split("@")
        return rng.choice([handle, f"{local} (at) {domain.replace('.', ' (dot) ')}",
                           f"{local}[at]{domain}"])
    if handle.startswith("+"):
        digits = re.sub(r"\D", "", handle)
        return rng.choice([handle, f"wa.me/{digits}", f"+{digits}"])
    return handle


def _swap_words(rng: random.Random, text: str, k: int) -> str:
    words = text.split(" ")
    spots = [i for i, w in enumerate(words) if w in SYNONYMS]
    for i in rng.sample(spots, min(k, len(spots))):
        words[i] = rng.choice(SYNONYMS[words[i]])
    return " ".join(words)


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def background(n: int, seed: int) -> pd.DataFrame:
    """Unrelated generated approaches: contact details unique per row, no company URL."""
    from training.corpus import generate_corpus

    from recruitscore import extract_indicators

    df = generate_corpus(n, seed=seed)
    rng = random.Random(seed)
    msgs = []
    for i, m in enumerate(df["message"].tolist()):
        # the generator draws contact details from small pools: make them unique per row
        limit = len(m) + 1
        for start, end in sorted({(x.start, x.end) for x in extract_indicators(m)},
                                 reverse=True):
            if end <= limit:  # (an e-mail and its domain share a span)
                m = m[:start] + f"bg{i}x{rng.randrange(10**6)}@example.org" + m[end:]
                limit = start
        msgs.append(m)
    out = pd.DataFrame({
        "message": msgs, "sender_name": df["sender_name"], "sender_headline":
        df["sender_headline"], "sender_company": df["sender_company"], "sender_company_url": "",
        "sender_connections": df["sender_connections"], "sender_account_age_days":
        df["sender_account_age_days"], "sender_has_photo": df["sender_has_photo"],
        "target_name": [_person(rng) for _ in range(n)], "truth": [f"bg-{i}" for i in range(n)],
        "kind": "background"})
    return out


def planted(rng: random.Random, start: int, n_rows: int) -> pd.DataFrame:
    """Hostile template campaigns, handle-only campaigns and legit mass InMails."""
    rows: list[dict[str, Any]] = []
    c = start
    pool = background(max(200, n_rows // 3), seed=rng.randrange(10**6))["message"].tolist()
    rng.shuffle(pool)
    while len(rows) < n_rows:
        c += 1
        kind = rng.choices(["template", "handle", "legit"], [0.6, 0.25, 0.15])[0]
        size = rng.randint(5, 60)
        personas = [_person(rng) for _ in range(rng.randint(1, 8))]
        if kind == "template":
            t = rng.randrange(len(HOSTILE))
            tpl = HOSTILE[t]
            hkind = ("telegram" if "Telegram" in tpl else "phone" if "WhatsApp" in tpl
                     else "email" if "email" in tpl or "write to me" in tpl else "url")
            shared = rng.random() < 0.6
            handle = _handle(rng, hkind)
            for _ in range(size):
                h = handle if shared else _handle(rng, hkind)
                msg = tpl.format(name=rng.choice(FIRST), company=rng.choice(COMPANIES),
                                 city=rng.choice(CITIES), amount=rng.randrange(500, 20000),
                                 field=rng.choice(FIELDS), handle=_written(rng, h))
                rows.append({"message": _swap_words(rng, msg, rng.randint(1, 3)),
                             "sender_name": rng.choice(personas), "truth": f"tpl-{t}",
                             "kind": "hostile-template"})
        elif kind == "handle":
            handle = _handle(rng, rng.choice(["telegram", "email", "phone"]))
            for _ in range(size):
                lead = rng.choice(["Contact me on Telegram:", "Write to me:", "My WhatsApp:",
                                   "Let's talk off LinkedIn,"])
                text = pool.pop() if pool else " ".join(rng.sample(FIRST, 12))
                rows.append({"message": f"{text} {lead} {_written(rng, handle)}",
                             "sender_name": rng.choice(personas), "truth": f"camp-{c}",
                             "kind": "hostile-handle"})
        else:
            b = rng.randrange(len(BRANDS))
            tpl, (brand, domain) = LEGIT[b], BRANDS[b]
            url = f"https://careers.{domain}/jobs/{rng.randrange(10**5)}"
            for _ in range(size):
                msg = tpl.format(name=rng.choice(FIRST), brand=brand, role=rng.choice(ROLES),
                                 city_uk=rng.choice(CITIES_UK), amount=rng.randrange(40, 120) *
                                 1000, url=url)
                rows.append({"message": msg, "sender_name": rng.choice(personas),
                             "sender_company": brand, "sender_company_url": f"https://{domain}",
                             "sender_connections": rng.randint(300, 3000),
                             "sender_account_age_days": rng.randint(900, 5000),
                             "sender_has_photo": 1, "truth": f"legit-{b}", "kind": "legit"})
    df = pd.DataFrame(rows)
    df["target_name"] = [_person(rng) for _ in range(len(df))]
    return df


def quality_data(n: int, seed: int = 11, planted_share: float = 0.1) -> pd.DataFrame:
    rng = random.Random(seed)
    camp = planted(rng, 0, int(n * planted_share))
    bg = background(n - len(camp), seed)
    df = pd.concat([bg, camp], ignore_index=True)
    df = df.sample(frac=1.0, random_state=seed).reset_index(drop=True)
    df.insert(0, "id", [f"r{i:07d}" for i in range(len(df))])
    return df


def pair_scores(truth: Sequence[str], pred: Sequence[str]) -> dict[str, float]:
    """Pairwise precision and recall (a lone row is its own group)."""
    pred = [p if p else f"__alone{i}" for i, p in enumerate(pred)]

    def pairs(counter: Counter[Any]) -> int:
        return sum(v * (v - 1) // 2 for v in counter.values())

    tp = pairs(Counter(zip(truth, pred, strict=True)))
    pp, tt = pairs(Counter(pred)), pairs(Counter(truth))
    return {"precision": tp / pp if pp else 1.0, "recall": tp / tt if tt else 1.0,
            "true_pairs": tt, "predicted_pairs": pp}


def quality(n: int, seed: int) -> dict[str, Any]:
    import recruitscore as rs

    df = quality_data(n, seed)
    t0 = time.perf_counter()
    rows, summary = rs.find_campaigns(df.drop(columns=["truth", "kind"]))
    seconds = time.perf_counter() - t0
    res = pair_scores(df["truth"].tolist(), rows["campaign_id"].tolist())
    legit = rows[df["kind"] == "legit"]
    hostile = rows[df["kind"].str.startswith("hostile")]
    res.update({
        "rows": len(df), "seconds": seconds, "campaigns_found": len(summary),
        "campaigns_planted": int(df.loc[df["kind"] != "background", "truth"].nunique()),
        "legit_rows": len(legit), "legit_in_campaigns": float((legit["campaign_id"] != "").mean()),
        "legit_mean_risk": float(legit["risk"].mean()),
        "legit_flagged_share": float(legit["flagged"].mean()),
        "hostile_mean_risk": float(hostile["risk"].mean()),
        "hostile_flagged_share": float(hostile["flagged"].mean()),
    })
    for kind in ("hostile-template", "hostile-handle", "legit"):
        sub = df["kind"].isin([kind, "background"])
        part = pair_scores(df.loc[sub, "truth"].tolist(),
                           rows.loc[sub, "campaign_id"].tolist())
        res[f"recall_{kind}"] = part["recall"]
    return res


def scale_input(path: Path, n: int, seed: int) -> None:
    """Planted campaigns (10%) among background messages spliced from a generated pool."""
    rng = random.Random(seed)
    pool = background(5000, seed + 1)
    # (sentences with a contact detail are left out: reused, they would link strangers)
    sentences = [s for m in pool["message"].tolist()
                 for s in re.split(r"(?<=[.!?])\s+", m) if len(s) > 20 and "@" not in s]
    cols = ["id", "message", "sender_name", "sender_company", "sender_company_url",
            "target_name", "date"]
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(cols)
        made = 0
        block = 0
        while made < n:
            k = min(10_000, n - made)
            camp = planted(rng, block * 1000, k // 10)
            for rec in camp.to_dict("records"):
                w.writerow([f"r{made:08d}", rec["message"], rec["sender_name"],
                            rec.get("sender_company") or "", rec.get("sender_company_url") or "",
                            rec["target_name"], f"2026-{rng.randint(1, 12):02d}-"
                            f"{rng.randint(1, 28):02d}"])
                made += 1
            for _ in range(k - len(camp)):
                msg = " ".join(rng.sample(sentences, rng.randint(3, 6)))
                w.writerow([f"r{made:08d}", msg, _person(rng), "", "", _person(rng),
                            f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"])
                made += 1
            block += 1


def scale(sizes: Sequence[int], seed: int, workdir: Path) -> list[dict[str, Any]]:
    cmd, how = cli_command()
    out = []
    for n in sizes:
        src = workdir / f"campaigns-{n}.csv"
        if not src.exists():
            scale_input(src, n, seed)
        r = run_measured([*cmd, "campaigns", str(src), "-o", str(workdir / "out.csv"),
                          "--summary", str(workdir / "summary.csv"), "--stix",
                          str(workdir / "bundle.json")])
        r.pop("stdout")
        r.update({"rows": n, "rows_per_s": n / r["seconds"], "cli": how,
                  "input_mb": src.stat().st_size / 2**20})
        print(json.dumps(r), flush=True)
        out.append(r)
    return out


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--quality-rows", type=int, default=20_000)
    p.add_argument("--rows", type=int, nargs="*", default=[])
    p.add_argument("--seed", type=int, default=11)
    p.add_argument("--workdir", type=Path, default=None)
    p.add_argument("--json", type=Path, default=None)
    a = p.parse_args(argv)
    result: dict[str, Any] = {}
    if a.quality_rows:
        result["quality"] = quality(a.quality_rows, a.seed)
        print(json.dumps(result["quality"], indent=1), flush=True)
    if a.rows:
        workdir = a.workdir or Path(tempfile.mkdtemp(prefix="rs-campaigns-bench-"))
        workdir.mkdir(parents=True, exist_ok=True)
        result["scale"] = scale(sorted(a.rows), a.seed, workdir)
        s = result["scale"]
        result["memory_ratio"] = s[-1]["peak_rss_mb"] / s[0]["peak_rss_mb"]
        result["time_per_row_ratio"] = ((s[-1]["seconds"] / s[-1]["rows"])
                                        / (s[0]["seconds"] / s[0]["rows"]))
        print(json.dumps({k: result[k] for k in ("memory_ratio", "time_per_row_ratio")}))
    if a.json:
        a.json.write_text(json.dumps(result, indent=1, default=float), encoding="utf-8")
    q = result.get("quality")
    ok = q is None or (q["precision"] >= 0.95 and q["recall"] >= 0.95)

    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
