"""Tests for the synthetic corpus generator (``training.corpus``)."""

from __future__ import annotations

import csv
import io
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

import pandas as pd
import pytest

try:  # src layout: make the package importable when it is not installed
    import training.corpus  # noqa: F401
except ModuleNotFoundError:  # pragma: no cover - depends on the environment
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from training.corpus import FAMILIES_HOSTILE, KINDS_LEGIT, generate_corpus, profiles
from training.corpus import generator as gen
from training.corpus.__main__ import main
from training.corpus.phrases_en import PHRASES_EN
from training.corpus.phrases_fr import PHRASES_FR

EXPECTED_COLUMNS = [
    "case_id", "label", "language", "family", "subtle", "message", "sender_name",
    "sender_headline", "sender_company", "sender_company_url", "sender_connections",
    "sender_account_age_days", "sender_has_photo", "target_headline", "source",
]

FICTION_PHONES = re.compile(
    r"\+44 7700 900\d{3}|07700 900\d{3}|\+33 6 39 98 \d{2} \d{2}|06 39 98 \d{2} \d{2}"
    r"|\+1 \d{3}-555-01\d{2}|\(\d{3}\) 555-01\d{2}|555-01\d{2}"
)
PHONE_LIKE = re.compile(r"\+?\(?\d[\d ().-]{6,}\d")
SEVEN_DIGIT = re.compile(r"\b\d{3}-\d{4}\b")

CYRILLIC_TO_LATIN = str.maketrans("аеорсхАЕОРСТНКМВ", "aeopcxAEOPCTHKMB")
OBFUSCATION = re.compile(
    r"\u200b|[\u0400-\u04ff]|\((?:at|dot)\)|\[(?:at|dot)\]|＠| at [\w-]+ dot |green app|"
    r"appli verte|(?:\b[A-Za-z][ .-]){4,}[A-Za-z]\b|whats app|t[ée]l[ée]gr[aá]m",
    re.IGNORECASE,
)
LOOSE_PLATFORM = re.compile(
    r"wh[a@á]ts[a@á]pp|t[e3é]l[e3é]gr[a@á]m|[s5][i1í]gn[a@á]l|w[e3é]ch[a@á]t|[s5]kyp[e3é]"
    r"|v[i1í]b[e3é]r",
    re.IGNORECASE,
)
PLAIN_PLATFORM = re.compile(r"^(?:whatsapp|telegram|signal|wechat|skype|viber)$", re.IGNORECASE)


def _is_obfuscated(message: str) -> bool:
    if OBFUSCATION.search(message):
        return True
    return any(not PLAIN_PLATFORM.match(m) for m in LOOSE_PLATFORM.findall(message))


@pytest.fixture(scope="module")
def corpus() -> pd.DataFrame:
    return generate_corpus(3000, seed=0)


@pytest.fixture(scope="module")
def big_corpus() -> pd.DataFrame:
    return generate_corpus(6000, seed=0)


def _normalise(text: str) -> str:
    """Undo the obfuscations the generator knows about (for keyword checks)."""
    text = text.replace("\u200b", "").translate(CYRILLIC_TO_LATIN)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.replace("@", "a").replace("1", "i").replace("0", "o")


def _csv_bytes(frame: pd.DataFrame) -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(gen.to_csv_rows(frame))
    return buffer.getvalue().encode("utf-8")


# --------------------------------------------------------------------------- determinism


def test_same_seed_is_identical() -> None:
    a = generate_corpus(400, seed=11)
    b = generate_corpus(400, seed=11)
    pd.testing.assert_frame_equal(a, b)
    assert _csv_bytes(a) == _csv_bytes(b)


def test_different_seed_differs() -> None:
    a = generate_corpus(400, seed=1)
    b = generate_corpus(400, seed=2)
    assert (a["message"] != b["message"]).mean() > 0.95
    assert _csv_bytes(a) != _csv_bytes(b)


def test_no_global_random_state_used() -> None:
    import random

    import numpy as np

    random.seed(123)
    np.random.seed(123)
    before = (random.random(), np.random.random())
    random.seed(123)
    np.random.seed(123)
    generate_corpus(50, seed=0)
    after = (random.random(), np.random.random())
    assert before == after


# --------------------------------------------------------------------------- schema


def test_columns_and_dtypes(corpus: pd.DataFrame) -> None:
    assert list(corpus.columns) == EXPECTED_COLUMNS
    assert corpus["label"].dtype == "int64"
    assert corpus["subtle"].dtype == bool
    for col in ("sender_connections", "sender_account_age_days", "sender_has_photo"):
        assert str(corpus[col].dtype) == "Int64"
    for col in ("case_id", "language", "family", "message", "sender_name", "sender_headline",
                "sender_company", "sender_company_url", "target_headline", "source"):
        assert corpus[col].map(lambda v: isinstance(v, str)).all(), col
    assert set(corpus["sender_has_photo"].dropna().unique()) <= {0, 1}
    assert (corpus["source"] == "generated").all()


def test_case_ids(corpus: pd.DataFrame) -> None:
    assert corpus["case_id"].iloc[0] == "GEN-000001"
    assert corpus["case_id"].iloc[-1] == "GEN-003000"
    assert corpus["case_id"].is_unique
    assert corpus["case_id"].str.fullmatch(r"GEN-\d{6}").all()


def test_invalid_arguments() -> None:
    with pytest.raises(ValueError):
        generate_corpus(-1)
    with pytest.raises(ValueError):
        generate_corpus(10, fr_share=1.5)
    assert len(generate_corpus(0)) == 0


# --------------------------------------------------------------------------- composition


def test_label_balance(corpus: pd.DataFrame) -> None:
    assert int(corpus["label"].sum()) == 1500
    odd = generate_corpus(301, seed=4)
    assert abs(odd["label"].mean() - 0.5) < 0.01


def test_language_share(corpus: pd.DataFrame) -> None:
    assert set(corpus["language"]) == {"en", "fr"}
    assert abs((corpus["language"] == "fr").mean() - 0.35) < 0.02
    for label in (0, 1):
        sub = corpus[corpus["label"] == label]
        assert abs((sub["language"] == "fr").mean() - 0.35) < 0.03
    assert set(generate_corpus(40, seed=1, fr_share=0.0)["language"]) == {"en"}
    assert set(generate_corpus(40, seed=1, fr_share=1.0)["language"]) == {"fr"}


def test_french_rows_are_french(corpus: pd.DataFrame) -> None:
    fr = corpus.loc[corpus["language"] == "fr", "message"].str.lower()
    french = fr.str.contains(r"\b(?:vous|votre|je|nous|tu|ton|le|la|les|des|est)\b")
    assert french.mean() > 0.98
    assert fr.str.contains("[éèàçê]").mean() > 0.8
    en = corpus.loc[corpus["language"] == "en", "message"].str.lower()
    assert en.str.contains(r"\b(?:vous|votre|nous)\b").mean() < 0.01


def test_every_family_and_kind_appears(corpus: pd.DataFrame) -> None:
    hostile = set(corpus.loc[corpus["label"] == 1, "family"])
    legit = set(corpus.loc[corpus["label"] == 0, "family"])
    assert hostile == set(FAMILIES_HOSTILE)
    assert legit == set(KINDS_LEGIT)
    assert len(FAMILIES_HOSTILE) == 13 and len(KINDS_LEGIT) == 11


def test_messages_single_line_and_lengths(big_corpus: pd.DataFrame) -> None:
    messages = big_corpus["message"]
    assert not messages.str.contains(r"[\n\r]").any()
    lengths = messages.str.len()
    assert lengths.min() >= 80
    assert lengths.max() <= 950
    assert lengths.quantile(0.05) < 250 and lengths.quantile(0.95) > 550
    assert messages.nunique() > 0.99 * len(messages)


def test_subtle_rows(big_corpus: pd.DataFrame) -> None:
    assert not big_corpus.loc[big_corpus["label"] == 0, "subtle"].any()
    hostile = big_corpus[big_corpus["label"] == 1]
    assert 0.25 <= hostile["subtle"].mean() <= 0.32
    platform_words = ("whatsapp", "telegram", "wechat")
    for message in hostile.loc[hostile["subtle"], "message"]:
        norm = _normalise(message)
        assert not gen.PLATFORM_RE.search(norm), message
        letters = re.sub(r"[^a-z]", "", norm.lower())
        assert not any(w in letters for w in platform_words), message
        assert not gen.MONEY_RE.search(message), message
        assert not gen.OBVIOUS_KEYWORD_RE.search(norm), message


def test_non_subtle_hostile_rows_often_use_platforms(big_corpus: pd.DataFrame) -> None:
    hostile = big_corpus[(big_corpus["label"] == 1) & ~big_corpus["subtle"]]
    legit = big_corpus[big_corpus["label"] == 0]
    has_platform = lambda s: s.map(lambda m: bool(gen.PLATFORM_RE.search(_normalise(m))))  # noqa: E731
    rate_hostile = has_platform(hostile["message"]).mean()
    rate_legit = has_platform(legit["message"]).mean()
    assert rate_hostile > 0.3
    assert 0.05 < rate_legit < rate_hostile  # overlap: legitimate rows sometimes offer WhatsApp


def test_obfuscation_appears(big_corpus: pd.DataFrame) -> None:
    obfuscated = big_corpus["message"].map(_is_obfuscated)
    by_label = obfuscated.groupby(big_corpus["label"]).mean()
    assert by_label[1] > 0.05
    assert 0 < by_label[0] < by_label[1]
    messages = " ".join(big_corpus["message"])
    assert "\u200b" in messages
    assert re.search("[\u0400-\u04ff]", messages)
    assert "(at)" in messages


def test_phone_numbers_only_fiction_ranges(big_corpus: pd.DataFrame) -> None:
    seen = 0
    for message in big_corpus["message"]:
        seen += len(FICTION_PHONES.findall(message))
        rest = FICTION_PHONES.sub(" ", message)
        for candidate in PHONE_LIKE.findall(rest):
            assert sum(c.isdigit() for c in candidate) < 8, (candidate, message)
        assert not SEVEN_DIGIT.search(rest), message
    assert seen > 300


def test_overlapping_label_conditional_features(big_corpus: pd.DataFrame) -> None:
    legit = big_corpus[big_corpus["label"] == 0]["message"]
    hostile = big_corpus[big_corpus["label"] == 1]["message"]
    whatsapp = legit.str.contains("WhatsApp").mean()
    assert 0.04 < whatsapp < 0.2
    assert legit.str.contains(r"confidential|confidentiel", case=False).mean() > 0.05
    corporate = r"@(?!gmail|outlook|proton|hotmail|yahoo|qq|163)[\w-]+\."
    assert hostile.str.contains(corporate).mean() > 0.05


# --------------------------------------------------------------------------- profiles


def test_profile_distributions(big_corpus: pd.DataFrame) -> None:
    young = big_corpus["sender_account_age_days"] < 180
    by_label = young.groupby(big_corpus["label"]).mean()
    assert 0.30 < by_label[1] < 0.45
    assert 0.10 < by_label[0] < 0.20
    photo = big_corpus.groupby("label")["sender_has_photo"].mean()
    assert 0.70 < photo[1] < 0.80 and 0.82 < photo[0] < 0.90
    for col in ("sender_connections", "sender_account_age_days", "sender_has_photo"):
        assert 0.05 < big_corpus[col].isna().mean() < 0.11
    assert 0.05 < (big_corpus["sender_headline"] == "").mean() < 0.15


def test_company_urls(big_corpus: pd.DataFrame) -> None:
    legit = big_corpus[big_corpus["label"] == 0]
    hostile = big_corpus[big_corpus["label"] == 1]
    assert (legit["sender_company_url"] == "").mean() < (hostile["sender_company_url"] == "").mean()
    brands = {name for name, _ in profiles.BRANDS}
    brand_rows = big_corpus["sender_company"].isin(brands)
    assert (big_corpus.loc[brand_rows, "family"] == "brand_impersonation").all()
    impersonation = big_corpus[big_corpus["family"] == "brand_impersonation"]
    slugs = tuple(slug for _, slug in profiles.BRANDS)
    urls = impersonation["sender_company_url"][impersonation["sender_company_url"] != ""]
    assert urls.map(lambda u: any(s in u for s in slugs)).all()
    assert not urls.str.fullmatch(r"(?:https?://)?(?:www\.)?[a-z]+\.com").any()


def test_target_headlines_same_sector_mix(big_corpus: pd.DataFrame) -> None:
    sensitive = r"quantum|AI|ML|learning|semiconductor|lithograph|defence|radar|nuclear|reactor"
    rate = big_corpus["target_headline"].str.contains(sensitive, case=False)
    by_label = rate.groupby(big_corpus["label"]).mean()
    assert abs(by_label[0] - by_label[1]) < 0.08


def _first_name(full: str, known: list[str]) -> str:
    for name in known:
        if full.startswith(name + " "):
            return name
    raise AssertionError(full)


def test_name_pool_is_label_independent(big_corpus: pd.DataFrame) -> None:
    known = sorted(profiles.FIRST_NAME_CULTURE, key=len, reverse=True)
    first = big_corpus["sender_name"].map(lambda n: _first_name(n, known))
    labels = big_corpus["label"]
    names0, names1 = set(first[labels == 0]), set(first[labels == 1])
    assert len(names0 & names1) / len(names0 | names1) > 0.85
    # each culture is close to 50/50
    culture = first.map(profiles.FIRST_NAME_CULTURE)
    rate = labels.groupby(culture).mean()
    assert len(rate) >= 20
    assert rate.between(0.38, 0.62).all(), rate.to_dict()
    # name frequency does not predict the label
    freq = first.map(Counter(first))
    assert abs(freq.corr(labels.astype(float))) < 0.05
    # a "majority label per first name" rule learnt on one half is at chance on the other
    half = len(big_corpus) // 2
    train = pd.DataFrame({"name": first[:half], "label": labels[:half]})
    majority = train.groupby("name")["label"].mean().round()
    predicted = first[half:].map(majority).fillna(1.0)
    accuracy = (predicted == labels[half:]).mean()
    assert 0.45 < accuracy < 0.55


def test_sender_name_can_appear_in_signature(big_corpus: pd.DataFrame) -> None:
    contains = [
        n.split(" ")[0] in m for n, m in zip(big_corpus["sender_name"], big_corpus["message"],
                                              strict=True)
    ]
    assert 0.4 < sum(contains) / len(contains) < 0.98


# --------------------------------------------------------------------------- phrase banks


def _all_slots() -> dict[str, str]:
    import random

    slots = gen._base_slots(random.Random(0), "fr", ("Anna", "Kowalska", "f"), "ai")
    gen._contact_slots(random.Random(0), slots, ("Anna", "Kowalska", "f"), "x.example", "fr")
    slots.update(company="Example Co", stitle="Recruiter")
    return slots


@pytest.mark.parametrize("bank", [PHRASES_EN, PHRASES_FR], ids=["en", "fr"])
def test_every_template_renders(bank: dict[str, dict[str, list[str]]]) -> None:
    slots = _all_slots()
    for move, variants in bank.items():
        for variant, templates in variants.items():
            assert len(templates) >= 5, (move, variant)
            for template in templates:
                text = template[2:] if template[:2] in ("V:", "T:") else template
                rendered = text.format_map(slots)
                assert "\n" not in rendered and "{" not in rendered, (move, variant, template)


def test_banks_have_the_same_moves_and_variants() -> None:
    assert PHRASES_EN.keys() == PHRASES_FR.keys()
    for move in PHRASES_EN:
        assert PHRASES_EN[move].keys() == PHRASES_FR[move].keys(), move


def test_subtle_phrasings_exist_for_defining_moves() -> None:
    for lang in ("en", "fr"):
        bank = gen._BANKS[lang][(True, "vous" if lang == "fr" else "any")]
        for family, moves in gen._DEFINING.items():
            for move, options, _ in moves:
                assert any(bank[move].get(v) for v, _ in options), (lang, family, move)


# --------------------------------------------------------------------------- CLI


def test_cli_writes_identical_csv(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out1, out2 = tmp_path / "a.csv", tmp_path / "sub" / "b.csv"
    assert main(["--n", "120", "--seed", "3", "-o", str(out1)]) == 0
    assert main(["--n", "120", "--seed", "3", "-o", str(out2)]) == 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert len(captured.err.strip().splitlines()) == 2  # one summary line per run
    assert out1.read_bytes() == out2.read_bytes()
    back = pd.read_csv(out1, keep_default_na=False, dtype=str)
    assert list(back.columns) == EXPECTED_COLUMNS
    assert len(back) == 120
    assert back["message"].tolist() == generate_corpus(120, seed=3)["message"].tolist()
