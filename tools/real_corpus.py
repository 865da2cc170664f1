"""Check the real-message corpus (``data/real/*.jsonl``) and print its datasheet figures.

    python tools/real_corpus.py [--reserved ../shared/datasets/RESERVED-SOURCES.md]

Every row must be a message actually sent or published, with its source. The checks:

* every required field is present and valid (label 0/1, language en/fr, a known kind that
  agrees with the label, an http(s) source URL, a retrieval date);
* ids and messages are unique, and no message is a near-copy of another (word 3-shingles, one
  containing 80% of the other), so that leave-source-out folds cannot leak a copied text;
* no ``source_url`` is on the reserved list (``RESERVED-SOURCES.md``, held back for an
  independent evaluation), compared after removing the scheme, a leading ``www.`` and a
  trailing ``/``; a page below a reserved URL is reserved too, except where the list says so;
* no e-mail address of a private person is left (organisational addresses are listed in
  ``ALLOWED_ADDRESSES``).

Exit status 0 when every check passes, 1 otherwise (one line per problem).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path
from statistics import median

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT / "data" / "real"
RESERVED = ROOT.parent / "shared" / "datasets" / "RESERVED-SOURCES.md"
REQUIRED = ("id", "message", "label", "kind", "language", "evidence", "source_url",
            "source_title", "source_type", "retrieved")
KINDS = {1: {"espionage", "malware_lure", "job_scam", "task_scam", "phishing"},
         0: {"recruiter", "headhunter", "expert_network", "invitation", "academic",
             "business_outreach"}}
EVIDENCE = {"received", "published_example", "court_quote", "report_quote"}
#: Pages under a reserved URL that the list itself says may be used.
RESERVED_EXCEPTIONS = ("github.com/xndbogdan/malicious-repositories/issues/8",
                       "github.com/xndbogdan/malicious-repositories/issues/17",
                       "github.com/xndbogdan/malicious-repositories/pull/5")
#: Words that name a reserved article without a URL ("any copy of ...").
RESERVED_NAMES = ("alexpruteanu",)
#: Organisational (not personal) addresses that sources print and rows keep.
ALLOWED_ADDRESSES = {"software-reuse-study@cs.umd.edu", "nlposs.workshop@gmail.com",
                     "orga@ournetworks.ca", "podcast@bevry.me", "info@open-neuroscience.com",
                     "managing@livecomsjournal.org", "private@couchdb.apache.org",
                     "dev@couchdb.apache.org", "contact@conference-agile.fr",
                     "recrutement-tech@workelo.eu", "sponsors@afup.org",
                     "editors@changelog.com", "info@devoxx.fr", "jobs@aircall.io",
                     "git@github.com", "talks@wafflejs.com", "support@addworking.com",
                     "contact@addworking.com", "hr@tokamak.network", "admin@cetextra.fr",
                     "jobs@peppnation.org"}
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")


def norm_url(url: str) -> str:
    """A URL without scheme, leading ``www.`` and trailing ``/``, lower case.

    Examples
    --------
    >>> norm_url("https://www.Example.com/a/")
    'example.com/a'
    """
    url = re.sub(r"^[a-z]+://", "", url.strip(), flags=re.I)
    url = re.sub(r"^www\.", "", url, flags=re.I)
    return url.rstrip("/").lower()


def reserved_urls(path: Path = RESERVED) -> list[str]:
    """The reserved URLs (normalised), read from the list's ``- URL`` lines."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^- +(\S+)", line)
        if m and "." in m.group(1):
            out.append(norm_url(m.group(1)))
    return out


def is_reserved(url: str, reserved: list[str]) -> bool:
    """Whether a source URL is on the reserved list (or below a reserved URL)."""
    u = norm_url(url)
    if any(u == e or u.startswith(e + "/") for e in RESERVED_EXCEPTIONS):
        return False
    if any(name in u for name in RESERVED_NAMES):
        return True
    return any(u == r or u.startswith(r + "/") or u.startswith(r + "#") or
               u.startswith(r + "?") for r in reserved)


def load(folder: Path = REAL) -> list[dict]:
    """Every row of every ``*.jsonl`` file, in file order, with its file name."""
    rows = []
    for f in sorted(folder.glob("*.jsonl")):
        for n, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                row = json.loads(line)
                row["_where"] = f"{f.name}:{n}"
                rows.append(row)
    return rows


def _shingles(text: str) -> set[str]:
    w = re.findall(r"\w+", text.lower())
    return {" ".join(w[i:i + 3]) for i in range(max(len(w) - 2, 1))}


def problems(rows: list[dict], reserved: list[str] | None) -> list[str]:
    """Every problem found, one line each."""
    out = []
    seen_ids: set[str] = set()
    seen_msgs: dict[str, str] = {}
    shingles: list[tuple[str, set[str]]] = []
    for r in rows:
        where = r["_where"]
        missing = [k for k in REQUIRED if r.get(k) in (None, "")]
        if missing:
            out.append(f"{where}: missing {missing}")
            continue
        if r["label"] not in (0, 1) or r["kind"] not in KINDS[r["label"]]:
            out.append(f"{where}: label {r['label']!r} and kind {r['kind']!r} do not agree")
        if r["language"] not in ("en", "fr") or r["evidence"] not in EVIDENCE:
            out.append(f"{where}: language or evidence not valid")
        if not re.match(r"^https?://", r["source_url"]):
            out.append(f"{where}: source_url is not an http(s) URL")
        if r["id"] in seen_ids:
            out.append(f"{where}: duplicate id {r['id']}")
        seen_ids.add(r["id"])
        msg = r["message"].strip()
        if msg in seen_msgs:
            out.append(f"{where}: same message as {seen_msgs[msg]}")
        seen_msgs[msg] = r["id"]
        sh = _shingles(msg)
        for other, osh in shingles:
            if sh and osh and len(sh & osh) / min(len(sh), len(osh)) > 0.8:
                out.append(f"{where}: near-copy of {other}")
                break
        shingles.append((r["id"], sh))
        if reserved is not None and is_reserved(r["source_url"], reserved):
            out.append(f"{where}: source_url is on the reserved list: {r['source_url']}")
        for address in _EMAIL.findall(msg):
            if address.lower() not in ALLOWED_ADDRESSES:
                out.append(f"{where}: e-mail address left in the message ({address})")
    return out


def figures(rows: list[dict]) -> dict:
    """Counts for the datasheet."""
    from urllib.parse import urlsplit

    sys.path.insert(0, str(ROOT))
    from training.build import source_group  # the build's leave-source-out sources

    from recruitscore.schema import TEXT_FIELDS

    # the profile fields a row has only where its source states them: the schema's text fields
    profile = [f for f in TEXT_FIELDS if f != "message"]

    def site(u: str) -> str:
        return urlsplit(u).netloc.lower().removeprefix("www.")

    return {
        "rows": len(rows),
        "by_label": dict(Counter(r["label"] for r in rows)),
        "by_language_label": dict(Counter(f"{r['language']}/{r['label']}" for r in rows)),
        "by_kind": dict(Counter(r["kind"] for r in rows).most_common()),
        "by_evidence": dict(Counter(r["evidence"] for r in rows).most_common()),
        "by_source_type": dict(Counter(r["source_type"] for r in rows).most_common()),
        "distinct_source_urls": len({r["source_url"] for r in rows}),
        "distinct_sites": len({site(r["source_url"]) for r in rows}),
        # the datasheet's other figures: kind by language, GitHub rows, leave-source-out
        # sources, channels (GitHub: issues and repositories), median length, profile rows
        "by_kind_language": dict(sorted(Counter(f"{r['kind']}/{r['language']}"
                                                for r in rows).items())),
        "github_rows": sum(site(r["source_url"]).endswith("github.com") for r in rows),
        "sources": len({source_group(r["source_url"]) for r in rows}),
        "by_channel": dict(Counter(_channel(r.get("channel")) for r in rows).most_common()),
        "median_chars": float(median(len(r["message"]) for r in rows)) if rows else 0.0,
        "rows_with_profile": sum(any(r.get(f) for f in profile) for r in rows),
    }


#: The channels the datasheet names; the others, and a missing one, count as "other".
CHANNELS = ("email", "github", "linkedin", "sms", "whatsapp", "facebook", "telegram")


def _channel(value: object) -> str:
    """A row's channel as the datasheet counts it (GitHub's issues and repositories as one).

    Examples
    --------
    >>> [_channel(v) for v in ("email", "github_issue", "Usenet", None)]
    ['email', 'github', 'other', 'other']
    """
    text = str(value or "").lower()
    text = "github" if text.startswith("github") else text
    return text if text in CHANNELS else "other"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--reserved", type=Path, default=RESERVED)
    p.add_argument("--folder", type=Path, default=REAL)
    args = p.parse_args(argv)
    rows = load(args.folder)
    reserved = reserved_urls(args.reserved) if args.reserved.exists() else None
    found = problems(rows, reserved)
    print(json.dumps(figures(rows), indent=2, ensure_ascii=False))
    if reserved is None:
        print(f"note: {args.reserved} not found: the reserved-source check did not run",
              file=sys.stderr)
    for line in found:
        print(line, file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    raise SystemExit(main())
