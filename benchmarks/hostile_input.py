"""Hostile-input benchmark (issue 12): padded messages, huge headers, and what the padding
checks cost on ordinary messages.

Prints one line per measure:

* ``padding``: risk and seconds of :func:`recruitscore.score` for a hostile message alone and
  behind 100,000 zero-width spaces, 1 MB of spaces or dots, 1 MB of a repeated phrase, and
  1 MB of distinct short sentences (the worst case for dropping repeated sentences), 2 MB of
  default-ignorable characters, of copies of a 129-character sentence or of a cycle of 70 emoji
  around the message (red-team round 7); ``linear compact``: seconds of
  :func:`recruitscore.padding.compact` on 0.5, 1 and 2 MB of these forms; then
  ``mojibake``: seconds of :func:`recruitscore.score` on 2,000, 9,000 and 90,000 characters of
  text that looks mis-encoded (repaired, then mapped back to the original), and ``step 0``:
  seconds on 90 kB of each shape that step 0 reads as displayed (spaced, dotted, joined
  writing...); ``domains``: seconds of :func:`recruitscore.extract_signals` on 1 MB of
  distinct domains, and of the ``lookalike_domain`` detector on 25, 50 and 100 kB of them,
  letters only and with a digit beside a letter ("abcd5efgh.com", which the matching form
  reads otherwise);
* ``header``: seconds to reject a CSV header of 200,000 columns and to read a JSON Lines row of
  30,000 keys (as a row error);
* ``signals``: :func:`recruitscore.extract_signals_frame` messages/s on generated messages, and
  the share of that time spent in :func:`recruitscore.padding.find_padding` and
  :func:`recruitscore.padding.compact`;
* ``benign``: the share of the development set's hostile messages (never trained on) that are
  flagged alone, with one legitimate-looking recruiter paragraph appended (English or French,
  as the message), and with three copies of it; copies are dropped as repeats
  (:func:`recruitscore.text.drop_repeats`), one different paragraph is not.

Usage::

    python benchmarks/hostile_input.py [--rows 20000]
"""

from __future__ import annotations

import argparse
import io
import json
import sys
import time
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # training/
sys.path.insert(0, str(ROOT / "src"))

from training.corpus import generate_corpus  # noqa: E402

import recruitscore as rs  # noqa: E402
from recruitscore.errors import InputError  # noqa: E402
from recruitscore.io import DecodedStream, iter_csv_chunks, iter_jsonl_chunks  # noqa: E402
from recruitscore.padding import compact, find_padding  # noqa: E402
from recruitscore.signals import MAX_FIELD_CHARS  # noqa: E402

HOSTILE = "Add me on WhatsApp, keep it between us, my client pays USD 2000 per report"


def _timed(fn):  # type: ignore[no-untyped-def]
    t0 = time.perf_counter()
    out = fn()
    return out, time.perf_counter() - t0


_JOB = ("Hello, I have a senior data engineer role at Acme in Lyon, 60-70k, CDI, hybrid, two "
        "days remote. Interested in a call next week? ")
_EMOJI = "".join(chr(0x1F600 + i) for i in range(70))
_LURE = "\x00LURE\x00"


def _both(pad: str) -> str:
    """Half of ``pad`` on each side of the hostile message (a marker stands for it)."""
    half = len(pad) // 2
    return pad[:half] + " " + _LURE + " " + pad[half:]


def _drawn_invisible(size: int) -> str:
    import random

    rng = random.Random(7)
    pool = [chr(c) for c in (0x2065, *range(0xFFF0, 0xFFF9), *range(0x1BCA0, 0x1BCA4))]
    return "".join(rng.choices(pool, k=size))


def linear() -> None:
    """Seconds of :func:`recruitscore.padding.compact` on 0.5, 1 and 2 MB of the padding forms
    of red-team round 7 (F1, F2): the cost must double with the size."""
    forms = {"default-ignorable mix": _drawn_invisible, "129-char sentence": lambda n: (
        _JOB * (n // len(_JOB) + 1))[:n], "70 emoji cycle": lambda n: (
        _EMOJI * (n // len(_EMOJI) + 1))[:n], "distinct short sentences": lambda n: " ".join(
        f"w{i} x y z." for i in range(n // 11))}
    for name, make in forms.items():
        times = []
        for size in (500_000, 1_000_000, 2_000_000):
            text = make(size)
            _, seconds = _timed(lambda text=text: compact(text, MAX_FIELD_CHARS))
            times.append(seconds)
        print(f"linear compact {name:26s} 0.5/1/2 MB: "
              + " ".join(f"{t:.3f}" for t in times) + f" s (x{times[2] / times[0]:.1f} for x4)")


def domains() -> None:
    """Seconds of :func:`recruitscore.extract_signals` on 1 MB of distinct domains beside a
    company URL (a field is read up to MAX_FIELD_CHARS), and of the ``lookalike_domain``
    detector alone on 25, 50 and 100 kB of them: the cost must double with the size (rule
    R30-D: pairs are compared by dictionary past the first 200 domains), with letters only and
    with a digit beside a letter in every name (rule R31-D2: its runs are found in one pass)."""
    import random

    from recruitscore.normalize import normalize
    from recruitscore.schema import Approach
    from recruitscore.signals import detectors

    rng = random.Random(7)
    names = [f"{''.join(rng.choices('abcdefghijklmnopqrstuvwxyz', k=10))}.com"
             for _ in range(70_000)]
    text = " ".join(names)
    row = {"message": text[:1_000_000], "sender_company_url": "https://www.orvalis-conseil.fr"}
    hits, seconds = _timed(lambda: rs.extract_signals(row))
    print(f"domains extract_signals 1 MB of {text[:1_000_000].count('.com'):,} domains: "
          f"{seconds:.2f} s ({len(hits)} signals)")
    digits = " ".join(f"{n[:4]}{i % 10}{n[5:]}.com" for i, n in enumerate(names))
    for shape, hosts in (("letters", text), ("digit beside a letter", digits)):
        times = []
        for size in (25_000, 50_000, 100_000):
            a = Approach(message=hosts[:size] + " rh@orvalis-consei1.fr",
                         sender_company_url=row["sender_company_url"])
            norms = {f: normalize(getattr(a, f)) for f in ("message", "sender_company_url")}
            found, sec = _timed(lambda a=a, norms=norms: detectors.lookalike_domain(a, norms))
            times.append(sec)
        print(f"domains lookalike_domain ({shape}) 25/50/100 kB: "
              + " ".join(f"{t:.3f}" for t in times)
              + f" s (x{times[2] / times[0]:.1f} for x4; fires: {bool(found)})")


def padding() -> None:
    rs.score("warm up")
    cases = {
        "none": "",
        "100k zero-width spaces": "\u200b" * 100_000,
        "1 MB spaces": " " * 1_000_000,
        "1 MB dots": "." * 1_000_000,
        "1 MB 'Thank you for your time. '": ("Thank you for your time. " * 40_000)[:1_000_000],
        "1 MB distinct short sentences": " ".join(f"w{i} x y z." for i in range(90_000)),
        # red-team round 7: invisible characters that a hand list missed (F1), copies of a
        # sentence longer than 64 characters and a cycle of 70 emoji (F2), on both sides
        "2 MB default-ignorable, 2 sides": _both(_drawn_invisible(1_000_000)),
        "2 MB 129-char sentence, 2 sides": _both(_JOB * (1_000_000 // len(_JOB))),
        "2 MB 70-emoji cycle, 2 sides": _both(_EMOJI * (1_000_000 // len(_EMOJI))),
    }
    for name, pad in cases.items():
        text = pad.replace(_LURE, HOSTILE) if _LURE in pad else pad + " " + HOSTILE
        result, seconds = _timed(lambda text=text: rs.score(text))
        flags = ",".join(sorted(h.name for h in result.hits))
        print(f"padding {name:34s} risk {result.risk:.4f} {seconds:6.2f} s  {flags}")
    # mojibake is repaired, then mapped back to the original for the evidence: that map once
    # took 94 s on 9 kB of it (a review, December 2026)
    for size in (2_000, 9_000, 90_000):
        text = ("Ã©tÃ© " * (size // 6 + 1))[:size]
        _, seconds = _timed(lambda text=text: rs.score(text + " " + HOSTILE))
        print(f"mojibake {size:>6,} characters, rs.score: {seconds:6.2f} s")
    # step 0's readings of text as displayed, on about 90 kB each (linear by design)
    shapes = {
        "dotted words beside addresses": "c.l.o.n.e x@y.com ",
        "spaced writing": "c l o n e  o u r  ",
        "joined writing": "Please_clone_our_repo ",
        "emoji between words": "Hi 👉 there ",
        "hyphenated line breaks": "men-\ntion ",
        "unclosed comments": "<!--",
        "separators between words": "clone / our / ",
        "leet words": "cl0n3 0ur r3p0 ",
        "markdown links in a row": "[clone](https://x.y) ",
        "hidden elements": 'a<span style="display:none">zq</span> ',
        "unclosed tags, hiding word": "display <a ",
        "nested hidden tags": "<b style='display:none'>",
        "ellipses between words": "clone... our... ",
        "em dashes between words": "clone\u2014our\u2014",
        # style sheets (round 9 F2 read them; review34 found quadratic parsing)
        "unclosed style tags": "<style>",
        "upside-down words": "ddɐsʇɐɥʍ uo ǝɯ ppɐ ",
    }
    for name, piece in shapes.items():
        text = piece * (90_000 // len(piece))
        _, seconds = _timed(lambda text=text: rs.score(text + " " + HOSTILE))
        print(f"step 0 {name:30s} 90 kB, rs.score: {seconds:6.2f} s")
    for name, body in {"style sheet without braces": "a", "style sheet of at-signs": "@",
                       "style sheet of open braces": "a{", "style sheet of comments": "/* a "
                       }.items():
        text = "<style>" + body * (90_000 // len(body)) + "</style>x"
        _, seconds = _timed(lambda text=text: rs.score(text + " " + HOSTILE))
        print(f"step 0 {name:30s} 90 kB, rs.score: {seconds:6.2f} s")
    # stretched letters in one token with no repeated piece (padding would cut a repeated one):
    # every run of the token once, whatever its length
    letters = "abcdefghijklmnopqrstuvxyz"
    token = "".join(letters[i % 25] * 3 + letters[(i * 7) % 25] + letters[(i // 25) % 25]
                    for i in range(18_000))
    _, seconds = _timed(lambda: rs.score(token + " " + HOSTILE))
    print(f"step 0 {'stretched letters, one token':30s} 90 kB, rs.score: {seconds:6.2f} s")
    # one dotted token after a fee: every dot is a candidate sentence end, and the host around
    # it is looked for in a bounded slice (a review of rule R19-B found 105 s before the bound)
    text = "The registration fee is $90 " + "x-y." * 24_000
    _, seconds = _timed(lambda: rs.score(text))
    print(f"sentence ends, one dotted token        96 kB, rs.score: {seconds:6.2f} s")
    # many fees among dots (a second review found 4.7 s before the hosts were found once per
    # text, rule R19-I)
    text = "no fee q." * 11_000 + "q.com training fee"
    _, seconds = _timed(lambda: rs.score(text))
    print(f"sentence ends, fees among dots         99 kB, rs.score: {seconds:6.2f} s")
    # thousands of negated benign phrases, each cancelled (a review of rule R20-B found 4.5 s
    # for one text and 34 s for 33 rows before the cap on cancelled matches, rule R20-F)
    text = "n'irb " * 16_666
    _, seconds = _timed(lambda: rs.score(text))
    print(f"cancelled matches, n'irb               99 kB, rs.score: {seconds:6.2f} s")
    # one 95 kB token of '@' signs (a review found 5.2 s: the address test of leet writing
    # scanned the rest of the token from every '@', rule R20-K)
    text = "a@" * 47_500
    _, seconds = _timed(lambda: rs.score(text))
    print(f"leet writing, one token of '@' signs    95 kB, rs.score: {seconds:6.2f} s")
    frame = pd.DataFrame({"message": ["not recorded " * 7_692] * 33}, dtype=object)
    _, seconds = _timed(lambda: rs.score_frame(frame))
    print(f"cancelled matches, 33 rows            100 kB each, score_frame: {seconds:6.2f} s")


def header() -> None:
    wide = ",".join(f"c{i}" for i in range(200_000)) + ",message\nx\n"
    t0 = time.perf_counter()
    try:
        next(iter_csv_chunks(DecodedStream(io.BytesIO(wide.encode()), name="wide.csv")))
        outcome = "accepted"
    except InputError as exc:
        outcome = str(exc)
    print(f"header 200,000 columns: {time.perf_counter() - t0:.3f} s ({outcome})")
    row = json.dumps({"message": "hi", **{f"k{i}": i for i in range(30_000)}}) + "\n"
    row += json.dumps({"message": "hello"}) + "\n"
    chunk, seconds = _timed(lambda: next(iter_jsonl_chunks(DecodedStream(io.BytesIO(
        row.encode())))))
    print(f"header JSON Lines row of 30,001 keys: {seconds:.3f} s ({chunk.row_errors[0]})")


def signals(rows: int) -> None:
    messages = generate_corpus(min(rows, 6000), seed=0)["message"].tolist()
    messages = (messages * (rows // len(messages) + 1))[:rows]
    df = pd.DataFrame({"message": messages})
    rs.extract_signals_frame(df.head(100))
    _, seconds = _timed(lambda: rs.extract_signals_frame(df))
    _, pad_seconds = _timed(lambda: [find_padding(m) for m in messages])
    _, compact_seconds = _timed(lambda: [compact(m, MAX_FIELD_CHARS) for m in messages])
    print(f"signals {rows:,} messages: {rows / seconds:,.0f} messages/s; find_padding "
          f"{pad_seconds / seconds:.1%} of it ({pad_seconds:.3f} s), compact (with the test) "
          f"{compact_seconds:.3f} s")


PARAGRAPH = {
    "en": "I'm a technical recruiter at a software company. We're hiring engineers for our "
          "platform team, hybrid, with a competitive package. The role involves designing "
          "services, mentoring colleagues and working closely with product. Would you be open "
          "to a quick call next week to discuss?",
    "fr": "Je suis chargée de recrutement dans une entreprise de logiciels. Nous recrutons des "
          "ingénieurs pour notre équipe plateforme, en hybride, avec un package attractif. Le "
          "poste consiste à concevoir des services et à accompagner l'équipe. Seriez-vous "
          "disponible pour un échange la semaine prochaine ?",
}


def with_paragraph(messages: pd.Series, languages: pd.Series, copies: int = 1) -> list[str]:
    """Each message with ``copies`` of the recruiter :data:`PARAGRAPH` of its language appended
    (English when there is none for it)."""
    pads = [PARAGRAPH.get(lang, PARAGRAPH["en"]) for lang in languages]
    return [f"{m}\n\n" + "\n".join([p] * copies) for m, p in zip(messages, pads, strict=True)]


def benign() -> None:
    from training.build import DEFAULT_DEV, load_dev

    if not DEFAULT_DEV.exists():
        print(f"benign: development set not found at {DEFAULT_DEV}")
        return
    dev = load_dev(DEFAULT_DEV)
    hostile = dev[dev["label"] == 1].reset_index(drop=True)
    cases = {
        "alone": hostile["message"].tolist(),
        "one paragraph appended": with_paragraph(hostile["message"], hostile["language"]),
        "three copies appended": with_paragraph(hostile["message"], hostile["language"], 3),
    }
    for name, messages in cases.items():
        out = rs.score_frame(hostile.assign(message=messages))
        print(f"benign {name:<28} {out['flagged'].mean():.2f} of {len(out)} hostile dev "
              f"messages flagged, mean risk {out['risk'].mean():.3f}")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--rows", type=int, default=20_000)
    args = p.parse_args()
    padding()
    linear()
    domains()
    header()
    signals(args.rows)
    benign()


if __name__ == "__main__":
    main()
