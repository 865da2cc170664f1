"""Seeded, deterministic composition of synthetic recruiter approaches.

A message is a sequence of *moves* (greeting, opener, intro, flattery, offer, inducement,
request, confidentiality, urgency, channel, closing). Each move has hostile-leaning and
legitimate-leaning *variants*, each with many phrasings per language
(:mod:`~training.corpus.phrases_en`, :mod:`~training.corpus.phrases_fr`). The
label and family set the probability of each variant, but the distributions overlap on
purpose: legitimate senders sometimes offer WhatsApp, keep the client confidential or
mention high pay; hostile senders sometimes describe a specific role or write from a
corporate-looking address, and about 30% of hostile rows are *subtle* (no platform name,
no money amount, no obvious keyword).

All randomness comes from :class:`random.Random` instances seeded from ``seed``; no
global state is touched, so the same seed gives byte-identical output.
"""

from __future__ import annotations

import math
import random
import re
from typing import Any

import pandas as pd

from training.corpus import profiles as pf
from training.corpus.phrases_en import (
    GREEN_APP_EN,
    MONTHS_EN,
    PHRASES_EN,
    REGIONS_EN,
    STAGES_EN,
    TEAMS_EN,
    TEAMSIZES_EN,
    WORKMODES_EN,
)
from training.corpus.phrases_fr import (
    GREEN_APP_FR,
    MONTHS_FR,
    PHRASES_FR,
    REGIONS_FR,
    STAGES_FR,
    TEAMS_FR,
    TEAMSIZES_FR,
    WORKMODES_FR,
)

__all__ = [
    "COLUMNS",
    "FAMILIES_HOSTILE",
    "KINDS_LEGIT",
    "MONEY_RE",
    "OBVIOUS_KEYWORD_RE",
    "PLATFORM_RE",
    "generate_corpus",
]

#: Red-flag families (label 1), as in ``data/handwritten/FORMAT.md``.
FAMILIES_HOSTILE: tuple[str, ...] = (
    "off_platform", "paid_report", "paid_travel", "elicitation", "secrecy", "vague_client",
    "brand_impersonation", "file_lure", "investment_pretext", "think_tank_cover",
    "grievance_hook", "outsized_pay", "mixed",
)
#: Kinds of legitimate approach (label 0).
KINDS_LEGIT: tuple[str, ...] = (
    "in_house_recruiter", "agency_recruiter", "executive_search", "expert_network",
    "conference_invite", "academic_collab", "journalist", "investor", "vendor_sales", "alumni",
    "other",
)
#: Output columns, in order.
COLUMNS: tuple[str, ...] = (
    "case_id", "label", "language", "family", "subtle", "message", "sender_name",
    "sender_headline", "sender_company", "sender_company_url", "sender_connections",
    "sender_account_age_days", "sender_has_photo", "target_headline", "source",
)

_FAMILY_WEIGHTS: dict[str, float] = {
    "off_platform": 1.3, "paid_report": 1.0, "paid_travel": 0.8, "elicitation": 1.0,
    "secrecy": 0.7, "vague_client": 1.0, "brand_impersonation": 0.7, "file_lure": 0.7,
    "investment_pretext": 0.6, "think_tank_cover": 0.7, "grievance_hook": 0.6,
    "outsized_pay": 0.8, "mixed": 1.2,
}
_KIND_WEIGHTS: dict[str, float] = {
    "in_house_recruiter": 1.3, "agency_recruiter": 1.5, "executive_search": 0.9,
    "expert_network": 0.8, "conference_invite": 0.8, "academic_collab": 0.8, "journalist": 0.6,
    "investor": 0.6, "vendor_sales": 0.6, "alumni": 0.6, "other": 0.6,
}
_SUBTLE_SHARE = 0.30
_FIELD_EMPTY_P = 0.08
_MIN_LEN, _MAX_LEN = 80, 900

# ---------------------------------------------------------------------------
# Keyword patterns (also used by the tests and usable by downstream checks).
# ---------------------------------------------------------------------------

#: Off-platform services and freemail providers (plain spelling).
PLATFORM_RE = re.compile(
    r"whats\s?app|telegram|\bsignal\b|wechat|skype|viber|gmail|proton|outlook|hotmail|yahoo|"
    r"t\.me/|qq\.com|163\.com",
    re.IGNORECASE,
)
#: Money amounts and currency words.
MONEY_RE = re.compile(
    r"[$€£¥]|\b(?:USD|EUR|GBP|CHF|USDT|dollars?|euros?)\b|k€|\b\d+\s?k\b",
    re.IGNORECASE,
)
#: The "obvious keywords" of FORMAT.md (English and French), plus a few payment words.
OBVIOUS_KEYWORD_RE = re.compile(
    r"confiden|secret|discr[eèé]|urgen|clearance|unpublished|internal|password|travel|"
    r"\bfees?\b|classified|non-public|\bcrypto\b|\bcash\b|\bpaid\b|payment|salary|"
    r"habilitation|non publi|inédit|\binterne|mot de passe|voyage|déplacement|honoraires|"
    r"rémunér|salaire|\bpayée?s?\b|\bpayer\b|paiement|espèces|cachet|facture|invoice|"
    r"\bpays?\b|\bpaying\b|compte personnel|personal account",
    re.IGNORECASE,
)
_UNSAFE_SLOTS = (
    "{platform}", "{contact}", "{pemail}", "{report_fee}", "{monthly}", "{day_fee}",
    "{call_fee}", "{salary}", "{high_salary}",
)
_SLOT_RE = re.compile(r"\{[a-z_]+\}")


def _is_subtle_safe(template: str) -> bool:
    """True when a template can appear in a subtle row (no unsafe slot or keyword)."""
    if any(s in template for s in _UNSAFE_SLOTS):
        return False
    bare = _SLOT_RE.sub(" ", template)
    return not (
        PLATFORM_RE.search(bare) or MONEY_RE.search(bare) or OBVIOUS_KEYWORD_RE.search(bare)
    )


# ---------------------------------------------------------------------------
# Phrase-bank index: BANK[lang][subtle][register][move][variant] -> templates.
# ---------------------------------------------------------------------------

_Bank = dict[str, dict[str, list[str]]]


def _index_bank(raw: dict[str, dict[str, list[str]]], lang: str) -> dict[tuple[bool, str], _Bank]:
    registers = ("vous", "tu") if lang == "fr" else ("any",)
    out: dict[tuple[bool, str], _Bank] = {}
    for subtle in (False, True):
        for reg in registers:
            bank: _Bank = {}
            for move, variants in raw.items():
                bank[move] = {}
                for variant, templates in variants.items():
                    pool = []
                    for t in templates:
                        if t.startswith("V:"):
                            if reg != "vous":
                                continue
                            t = t[2:]
                        elif t.startswith("T:"):
                            if reg != "tu":
                                continue
                            t = t[2:]
                        if subtle and not _is_subtle_safe(t):
                            continue
                        pool.append(t)
                    bank[move][variant] = pool
            out[(subtle, reg)] = bank
    return out


_BANKS: dict[str, dict[tuple[bool, str], _Bank]] = {
    "en": _index_bank(PHRASES_EN, "en"),
    "fr": _index_bank(PHRASES_FR, "fr"),
}
_MOVE_ORDER: tuple[str, ...] = (
    "greeting", "opener", "intro", "flattery", "offer", "inducement", "request",
    "confidentiality", "urgency", "channel", "closing",
)
#: Moves dropped first when a message is too long (required moves are never dropped).
_DROP_ORDER: tuple[str, ...] = (
    "opener", "urgency", "flattery", "confidentiality", "inducement", "intro", "request",
)

# ---------------------------------------------------------------------------
# Label/family-conditional move plans.
# ---------------------------------------------------------------------------

_Options = tuple[tuple[str, float], ...]

#: family -> [(move, ((variant, weight), ...), probability)], the moves that define it.
_DEFINING: dict[str, list[tuple[str, _Options, float]]] = {
    "off_platform": [
        ("channel", (("app", 0.55), ("personal_email", 0.15), ("private", 0.18),
                     ("glitch", 0.12)), 1.0),
    ],
    "paid_report": [
        ("offer", (("paid_report", 1.0),), 1.0),
        ("inducement", (("report_fee", 1.0),), 0.85),
        ("request", (("report_topic", 1.0),), 0.6),
    ],
    "paid_travel": [
        ("offer", (("paid_travel", 1.0),), 0.9),
        ("inducement", (("premium_travel", 1.0),), 1.0),
    ],
    "elicitation": [("request", (("elicitation", 0.8), ("cv_projects", 0.2)), 1.0)],
    "secrecy": [("confidentiality", (("employer_secrecy", 1.0),), 1.0)],
    "vague_client": [
        ("intro", (("vague", 1.0),), 1.0),
        ("offer", (("role_vague", 1.0),), 0.85),
    ],
    "brand_impersonation": [
        ("intro", (("brand", 1.0),), 1.0),
        ("offer", (("role_specific", 0.55), ("role_vague", 0.45)), 1.0),
    ],
    "file_lure": [("request", (("file_lure", 1.0),), 1.0)],
    "investment_pretext": [
        ("intro", (("fund_anon", 1.0),), 0.9),
        ("offer", (("investment", 1.0),), 1.0),
        ("request", (("roadmap", 1.0),), 0.8),
    ],
    "think_tank_cover": [
        ("intro", (("think_tank", 1.0),), 1.0),
        ("offer", (("roundtable", 1.0),), 1.0),
    ],
    "grievance_hook": [
        ("opener", (("grievance", 1.0),), 1.0),
        ("offer", (("role_vague", 0.4), ("outsized", 0.25), ("paid_report", 0.2),
                   ("role_specific", 0.15)), 1.0),
    ],
    "outsized_pay": [
        ("offer", (("outsized", 0.7), ("role_vague", 0.3)), 1.0),
        ("inducement", (("outsized", 1.0),), 1.0),
    ],
}
_MIXABLE: tuple[str, ...] = tuple(
    f for f in FAMILIES_HOSTILE if f not in ("mixed", "brand_impersonation")
)

#: kind -> {move: options}; options with total weight < 1 leave the move out otherwise.
_KIND_PLAN: dict[str, dict[str, _Options]] = {
    "in_house_recruiter": {
        "intro": (("inhouse", 0.95),), "offer": (("role_specific", 0.92), ("role_vague", 0.08)),
        "inducement": (("salary", 0.55), ("high_pay", 0.15)),
        "request": (("cv", 0.5), ("call", 0.38), ("jd_attached", 0.1), ("cv_projects", 0.02)),
    },
    "agency_recruiter": {
        "intro": (("agency", 0.95),),
        "offer": (("role_specific", 0.72), ("role_confidential", 0.18), ("role_vague", 0.1)),
        "inducement": (("salary", 0.55), ("high_pay", 0.15)),
        "request": (("cv", 0.55), ("call", 0.35), ("jd_attached", 0.07), ("cv_projects", 0.03)),
    },
    "executive_search": {
        "intro": (("search", 0.95),),
        "offer": (("role_confidential", 0.8), ("role_specific", 0.15), ("role_vague", 0.05)),
        "inducement": (("salary", 0.35), ("high_pay", 0.2)),
        "request": (("call", 0.7), ("cv", 0.3)),
    },
    "expert_network": {
        "intro": (("expert_network", 0.95),), "offer": (("expert_call", 1.0),),
        "inducement": (("market_fee", 0.8),), "request": (("call", 1.0),),
    },
    "conference_invite": {
        "intro": (("conference", 0.9),), "offer": (("talk", 1.0),),
        "inducement": (("economy_travel", 0.55),), "request": (("abstract", 0.6), ("call", 0.4)),
    },
    "academic_collab": {
        "intro": (("academic", 0.95),), "offer": (("collab", 1.0),),
        "inducement": (("economy_travel", 0.08),), "request": (("call", 0.9),),
    },
    "journalist": {
        "intro": (("journalist", 0.95),), "offer": (("interview", 1.0),),
        "request": (("quote", 0.85), ("call", 0.15)),
    },
    "investor": {
        "intro": (("investor", 0.95),), "offer": (("invest", 1.0),),
        "request": (("deck", 0.85), ("call", 0.15)),
    },
    "vendor_sales": {
        "intro": (("vendor", 0.95),), "offer": (("demo", 1.0),), "request": (("call", 0.9),),
    },
    "alumni": {
        "intro": (("alumni", 0.95),), "offer": (("catchup", 1.0),), "request": (("call", 0.8),),
    },
    "other": {
        "intro": (("other", 0.95),), "offer": (("other", 1.0),), "request": (("call", 0.85),),
    },
}
_RECRUITER_KINDS = ("in_house_recruiter", "agency_recruiter", "executive_search")


def _pick(rng: random.Random, options: _Options) -> str | None:
    """Pick a variant; if the weights sum to less than 1 the remainder means "none"."""
    r = rng.random()
    acc = 0.0
    for variant, weight in options:
        acc += weight
        if r < acc:
            return variant
    total = sum(w for _, w in options)
    if total >= 1.0:
        return options[-1][0]
    return None


def _plan_hostile(
    rng: random.Random, family: str
) -> tuple[dict[str, str], set[str], list[str]]:
    """Return (move -> variant, required moves, component families) for a hostile row."""
    plan: dict[str, str] = {}
    plan["greeting"] = _pick(rng, (("generic", 0.45), ("personal", 0.42), ("formal", 0.13)))
    if rng.random() < 0.08:
        plan["opener"] = "context"
    intro = _pick(rng, (("vague", 0.3), ("headhunter", 0.22), ("inhouse", 0.12),
                        ("agency", 0.1), ("think_tank", 0.06)))
    if intro:
        plan["intro"] = intro
    flat = _pick(rng, (("superlative", 0.5), ("specific", 0.25)))
    if flat:
        plan["flattery"] = flat
    offer = _pick(rng, (("role_vague", 0.42), ("role_specific", 0.15), ("outsized", 0.08),
                        ("paid_report", 0.06), ("role_confidential", 0.05)))
    if offer:
        plan["offer"] = offer
    ind = _pick(rng, (("outsized", 0.12), ("report_fee", 0.04), ("cash", 0.05),
                      ("salary", 0.05), ("premium_travel", 0.04)))
    if ind:
        plan["inducement"] = ind
    req = _pick(rng, (("call", 0.32), ("cv", 0.18), ("cv_projects", 0.16), ("elicitation", 0.12),
                      ("file_lure", 0.04)))
    if req:
        plan["request"] = req
    conf = _pick(rng, (("client_confidential", 0.22), ("employer_secrecy", 0.15)))
    if conf:
        plan["confidentiality"] = conf
    if rng.random() < 0.25:
        plan["urgency"] = "pressure"
    plan["channel"] = _pick(rng, (("app", 0.3), ("personal_email", 0.08), ("private", 0.07),
                                  ("glitch", 0.05), ("corporate_email", 0.14), ("phone", 0.06),
                                  ("video_link", 0.04), ("linkedin", 0.26)))
    if rng.random() < 0.85:
        plan["closing"] = _pick(rng, (("hostile", 0.5), ("neutral", 0.3), ("warm", 0.2)))

    components = [family]
    if family == "mixed":
        components = rng.sample(_MIXABLE, rng.choice((2, 2, 3)))
    required: set[str] = set()
    for comp in components:
        for move, options, prob in _DEFINING[comp]:
            if prob >= 1.0 or rng.random() < prob:
                variant = _pick(rng, options)
                if variant:
                    plan[move] = variant
                    required.add(move)
    # keep plans coherent: an impersonated brand has no "client", a fund needs no role
    if "brand_impersonation" in components and plan.get("confidentiality") == "client_confidential":
        plan.pop("confidentiality")
    if plan.get("intro") == "fund_anon" and plan.get("offer") in ("role_specific", "role_vague"):
        plan["offer"] = "investment"
    return plan, required, components


def _plan_legit(rng: random.Random, kind: str, transition_target: bool) -> dict[str, str]:
    """Return move -> variant for a legitimate row of ``kind``."""
    plan: dict[str, str] = {}
    plan["greeting"] = _pick(rng, (("personal", 0.6), ("formal", 0.2), ("generic", 0.2)))
    p_context = 0.55 if kind in ("conference_invite", "academic_collab", "journalist",
                                 "alumni") else 0.22
    if transition_target and kind in _RECRUITER_KINDS and rng.random() < 0.6:
        plan["opener"] = "open_to_work"
    elif rng.random() < p_context:
        plan["opener"] = "context"
    for move, options in _KIND_PLAN[kind].items():
        variant = _pick(rng, options)
        if variant:
            plan[move] = variant
    flat = _pick(rng, (("specific", 0.45), ("superlative", 0.12)))
    if flat:
        plan["flattery"] = flat
    if "confidentiality" not in plan:
        if kind == "executive_search":
            conf = _pick(rng, (("client_confidential", 0.6), ("employer_secrecy", 0.03)))
        elif kind == "expert_network":
            conf = _pick(rng, (("compliance", 0.8), ("client_confidential", 0.1)))
        elif kind in _RECRUITER_KINDS:
            conf = _pick(rng, (("client_confidential", 0.2), ("employer_secrecy", 0.03),
                               ("compliance", 0.02)))
        else:
            conf = _pick(rng, (("compliance", 0.04), ("client_confidential", 0.02)))
        if conf:
            plan["confidentiality"] = conf
    p_deadline = 0.45 if kind in ("conference_invite", "academic_collab") else 0.12
    if rng.random() < p_deadline:
        if kind in ("conference_invite", "academic_collab"):
            plan["urgency"] = "deadline_event"
        elif kind in _RECRUITER_KINDS:
            plan["urgency"] = "deadline"
    elif rng.random() < 0.03:
        plan["urgency"] = "pressure"
    if kind in _RECRUITER_KINDS and "inducement" not in plan and rng.random() < 0.04:
        plan["inducement"] = "outsized"
    channel_opts: _Options = (
        ("corporate_email", 0.34), ("phone", 0.14), ("video_link", 0.12), ("linkedin", 0.25),
        ("whatsapp_legit", 0.12), ("personal_email", 0.03),
    )
    if kind in ("alumni", "other"):
        channel_opts = (("linkedin", 0.4), ("corporate_email", 0.2), ("personal_email", 0.12),
                        ("whatsapp_legit", 0.12), ("phone", 0.08), ("video_link", 0.08))
    plan["channel"] = _pick(rng, channel_opts)
    if rng.random() < 0.9:
        plan["closing"] = _pick(rng, (("warm", 0.48), ("neutral", 0.48), ("hostile", 0.04)))
    return plan


# ---------------------------------------------------------------------------
# Slot values.
# ---------------------------------------------------------------------------

_PROVIDERS: _Options = (
    ("gmail.com", 0.45), ("outlook.com", 0.14), ("proton.me", 0.15), ("hotmail.com", 0.08),
    ("yahoo.com", 0.07), ("qq.com", 0.06), ("163.com", 0.05),
)
_PLATFORMS: _Options = (
    ("WhatsApp", 0.4), ("Telegram", 0.25), ("Signal", 0.15), ("WeChat", 0.1), ("Skype", 0.06),
    ("Viber", 0.04),
)
_UK_CITIES = {"London", "Cambridge", "Bristol", "Manchester", "Edinburgh", "Oxford"}
_US_CITIES = {"Boston", "Austin", "Toronto", "San Francisco"}


def _fmt_en(amount: int) -> str:
    return f"{amount:,}"


def _fmt_fr(amount: int) -> str:
    return f"{amount:,}".replace(",", " ")


def _phone(rng: random.Random, lang: str) -> str:
    """A phone number from the fiction ranges only (UK 07700 900xxx, FR 06 39 98, US 555-01xx)."""
    r = rng.random()
    country = ("fr" if r < 0.85 else "uk") if lang == "fr" else ("uk" if r < 0.6 else "us")
    if country == "uk":
        n = rng.randint(0, 999)
        return f"07700 900{n:03d}" if rng.random() < 0.6 else f"+44 7700 900{n:03d}"
    if country == "fr":
        a, b = rng.randint(0, 99), rng.randint(0, 99)
        return f"06 39 98 {a:02d} {b:02d}" if rng.random() < 0.6 else f"+33 6 39 98 {a:02d} {b:02d}"
    area = rng.choice(("202", "212", "312", "415", "617", "512"))
    n = rng.randint(0, 99)
    style = rng.random()
    if style < 0.4:
        return f"({area}) 555-01{n:02d}"
    if style < 0.8:
        return f"+1 {area}-555-01{n:02d}"
    return f"555-01{n:02d}"


def _money_slots(rng: random.Random, lang: str, city: str) -> dict[str, str]:
    report = rng.choice((500, 800, 1000, 1200, 1500, 2000, 2500, 3000, 5000))
    monthly = rng.choice((8000, 10000, 12000, 15000, 20000, 25000, 30000, 45000, 60000))
    day = rng.choice((1500, 2000, 2500, 3000, 4000))
    call = rng.choice((150, 200, 250, 300, 400, 500))
    hi_k = rng.choice((220, 250, 300, 350, 400, 500))
    if lang == "en":
        cur = "£" if city in _UK_CITIES else ("$" if city in _US_CITIES else "€")
        lo = rng.randrange(45, 160, 5)
        if cur == "$":
            lo = int(lo * 1.4) // 5 * 5
        hi = lo + rng.choice((10, 15, 20, 25, 30))
        salary = rng.choice((
            f"{cur}{lo}k–{cur}{hi}k", f"{cur}{lo},000 to {cur}{hi},000",
            f"{cur}{lo}k-{hi}k base", f"{cur}{lo}k to {cur}{hi}k",
        ))
        sym = rng.choice(("$", "USD ", "£", "€"))
        return {
            "salary": salary,
            "high_salary": rng.choice((f"{cur}{hi_k}k base plus equity",
                                       f"{cur}{hi_k}k–{cur}{hi_k + 150}k total comp",
                                       f"over {cur}{hi_k}k a year")),
            "report_fee": f"{sym}{_fmt_en(report)}",
            "monthly": rng.choice((f"{sym}{_fmt_en(monthly)} a month",
                                   f"{sym}{_fmt_en(monthly)} per month",
                                   f"{sym}{monthly // 1000}k monthly")),
            "day_fee": f"{sym}{_fmt_en(day)}",
            "call_fee": rng.choice((f"USD {call} per hour", f"£{call} for the hour",
                                    f"${call}/hour", f"€{call} per hour")),
        }
    lo = rng.randrange(40, 115, 5)
    hi = lo + rng.choice((5, 10, 15, 20))
    unit = rng.choice((" €", " €", " dollars", " USD"))
    return {
        "salary": rng.choice((f"{lo} à {hi} k€ brut annuel", f"{lo}-{hi} k€ + variable",
                              f"entre {lo} 000 et {hi} 000 € bruts annuels")),
        "high_salary": rng.choice((f"{hi_k} à {hi_k + 100} k€ par an",
                                   f"plus de {hi_k} k€ par an")),
        "report_fee": f"{_fmt_fr(report)}{unit}",
        "monthly": rng.choice((f"{_fmt_fr(monthly)}{unit} par mois",
                               f"{_fmt_fr(monthly)}{unit} mensuels")),
        "day_fee": f"{_fmt_fr(day)}{unit}",
        "call_fee": rng.choice((f"{call} € de l'heure", f"{call} € pour l'heure d'appel",
                                f"{call} dollars de l'heure")),
    }


def _weighted(rng: random.Random, options: _Options) -> str:
    r = rng.random() * sum(w for _, w in options)
    for option, weight in options:
        r -= weight
        if r < 0:
            return option
    return options[-1][0]


def _sector(rng: random.Random) -> str:
    return _weighted(rng, pf.SECTOR_WEIGHTS)


def _university_slot(name: str, lang: str) -> str:
    if lang == "fr" and name in pf.UNIVERSITIES_FR:
        return "l'" + name if name[0] in "UIÉE" else name
    if name.startswith("University") or name.startswith("Université"):
        return ("the " if lang == "en" else "l'") + name
    return name


def _event_slot(name: str, lang: str) -> str:
    """Event name as used inside a sentence (French gets its article: 'le Salon ...')."""
    if lang == "en":
        return name if name.startswith("BioDesign") else f"the {name}"
    article = pf.EVENT_ARTICLES_FR.get(name, "le")
    if article == "le" and name[0] in "AEIOUÉ":
        return "l'" + name
    return f"{article} {name}"


def _derive_title(headline: str, lang: str) -> str:
    """Short job title from a filled headline (e.g. 'Talent Partner at X' -> 'Talent Partner')."""
    title = re.split(r" at | chez | \| | – | - |, ", headline)[0].strip()
    if not title or len(title) > 60:
        return "Recruiter" if lang == "en" else "Recrutement"
    return title


def _sender_org(
    rng: random.Random, label: int, kind_or_family: str, plan: dict[str, str], lang: str
) -> dict[str, str]:
    """Choose the sender's company, its domain, the profile URL and the headline group."""
    org: dict[str, str] = {"company": "", "domain": "", "url": "", "group": "", "brand_slug": ""}
    if label == 0:
        kind = kind_or_family
        table = {
            "in_house_recruiter": pf.EMPLOYERS, "agency_recruiter": pf.AGENCIES,
            "executive_search": pf.SEARCH_FIRMS, "expert_network": pf.EXPERT_NETWORKS,
            "conference_invite": pf.EVENT_ORGANISERS + pf.POLICY_INSTITUTES,
            "journalist": pf.OUTLETS, "investor": pf.FUNDS, "vendor_sales": pf.VENDORS,
            "alumni": pf.EMPLOYERS, "other": pf.OTHER_ORGS,
        }
        if kind == "academic_collab":
            french = lang == "fr" and rng.random() < 0.8
            name = rng.choice(pf.UNIVERSITIES_FR if french else pf.UNIVERSITIES_EN)
            org["company"], org["domain"] = name, pf.ACADEMIC_DOMAINS[name]
        elif kind == "other" and rng.random() < 0.3:
            org["domain"] = ""  # freelancer / individual: no company, no corporate domain
        else:
            org["company"], org["domain"] = rng.choice(table[kind])
        org["group"] = kind
        if org["company"]:
            r = rng.random()
            if r < 0.86:
                org["url"] = org["domain"]
            elif r < 0.93:  # recruitment-process outsourcing / parent-company domain
                org["url"] = rng.choice(pf.AGENCIES)[1]
        return org

    intro = plan.get("intro", "")
    if intro == "brand":
        brand, slug = rng.choice(pf.BRANDS)
        org["company"], org["brand_slug"] = brand, slug
        org["domain"] = pf.lookalike_domain(rng, slug)
        org["url"] = org["domain"] if rng.random() < 0.85 else ""
        org["group"] = "brand"
        return org
    if intro == "think_tank":
        org["company"], org["domain"] = rng.choice(pf.THINK_TANKS)
        r = rng.random()
        if r < 0.55:
            org["url"] = org["domain"]
        elif r >= 0.85:
            org["url"] = rng.choice(pf.GENERIC_URLS)
        org["group"] = "think_tank"
        return org
    if intro in ("inhouse", "agency"):
        org["company"], org["domain"] = rng.choice(pf.FRONT_COMPANIES)
        org["group"] = "in_house_recruiter" if intro == "inhouse" else "agency_recruiter"
    elif intro == "fund_anon":
        if rng.random() < 0.55:
            org["company"], org["domain"] = rng.choice(pf.HOSTILE_ORGS)
        org["group"] = "investment"
    else:
        r = rng.random()
        if r < 0.5:
            org["company"], org["domain"] = rng.choice(pf.HOSTILE_ORGS)
        elif r < 0.68:
            org["company"], org["domain"] = rng.choice(pf.FRONT_COMPANIES)
        org["group"] = "hostile_generic" if rng.random() < 0.7 else rng.choice(
            ("agency_recruiter", "executive_search", "in_house_recruiter"))
    if org["company"]:
        r = rng.random()
        if r < 0.4:
            org["url"] = org["domain"]
        elif r < 0.65:
            org["url"] = rng.choice(pf.GENERIC_URLS)
        elif r < 0.75:
            stem = org["domain"].split(".")[0]
            org["url"] = f"{stem}-group.net"
    else:
        org["domain"] = rng.choice(pf.GENERIC_URLS)
        if rng.random() < 0.25:
            org["url"] = org["domain"]
    return org


def _headline(rng: random.Random, group: str, lang: str, slots: dict[str, str]) -> str:
    use_fr = lang == "fr" and rng.random() < 0.6
    table = pf.SENDER_HEADLINES_FR if use_fr else pf.SENDER_HEADLINES_EN
    templates = table.get(group) or pf.SENDER_HEADLINES_EN[group]
    if not slots["company"]:
        templates = tuple(t for t in templates if "{company}" not in t) or ("Consultant",)
    return rng.choice(templates).format_map(slots)


def _profile_numbers(rng: random.Random, label: int) -> tuple[int, int, int]:
    """Account age (days), connections and photo flag from overlapping distributions."""
    buckets = (0.40, 0.30, 0.30) if label == 1 else (0.15, 0.30, 0.55)
    r = rng.random()
    if r < buckets[0]:
        age, median = rng.randint(3, 179), 60.0
    elif r < buckets[0] + buckets[1]:
        age, median = rng.randint(180, 1100), 280.0
    else:
        age, median = rng.randint(1101, 6500), 700.0
    if label == 1:
        median *= 0.85
    conns = int(min(30000, rng.lognormvariate(math.log(median), 0.85)))
    photo = int(rng.random() < (0.75 if label == 1 else 0.86))
    return age, conns, photo


# ---------------------------------------------------------------------------
# Rendering and noise.
# ---------------------------------------------------------------------------

_AN_RE = re.compile(r"\b(a) (?!one\b|one-|once|Euro|euro|Uni|uni|use|US\b)(?=[AEIOaeio])")
_FR_CONTRACTION_RE = re.compile(r"\b(?:([dD]e|à) (les|le)\b|([dD])e (?=[AEIOUÉÈ][a-zé]))")
_FR_CONTRACTED = {
    ("de", "les"): "des", ("De", "les"): "Des", ("à", "les"): "aux",
    ("de", "le"): "du", ("De", "le"): "Du", ("à", "le"): "au",
}


def _fr_contract(match: re.Match[str]) -> str:
    """French article contraction and elision: 'de les' -> 'des', 'de Isarde' -> "d'Isarde"."""
    if match.group(1):
        return _FR_CONTRACTED[(match.group(1), match.group(2))]
    return match.group(3) + "'"


def _render(
    rng: random.Random, plan: dict[str, str], bank: _Bank, slots: dict[str, str], lang: str
) -> str:
    parts = []
    for move in _MOVE_ORDER:
        variant = plan.get(move)
        if not variant:
            continue
        pool = bank[move].get(variant) or []
        if not pool:
            continue
        parts.append(rng.choice(pool).format_map(slots))
    text = " ".join(parts)
    if lang == "en":
        return _AN_RE.sub(r"\1n ", text)
    return _FR_CONTRACTION_RE.sub(_fr_contract, text)


_PLATFORM_WORD_RE = re.compile(r"\b(WhatsApp|Telegram|Signal|WeChat|Skype|Viber)\b")
_EMAIL_RE = re.compile(r"\b([\w.+-]+)@([\w-]+(?:\.[\w-]+)+)\b")
_HOMOGLYPHS = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "A": "А", "E": "Е",
               "O": "О", "P": "Р", "C": "С", "T": "Т", "H": "Н", "K": "К", "M": "М", "B": "В"}
_LEET = {"a": "@", "A": "@", "i": "1", "I": "1", "o": "0", "O": "0", "e": "3", "s": "5", "S": "5"}
_ACCENT = {"e": "é", "a": "á", "i": "í", "o": "ó", "E": "É", "A": "Á"}
_EMOJI = ("🙂", "😊", "👋", "🚀", "🙏", "✨", "👍", "💼", "🌍", "🤝", "📩", "🔥")


def _replace_some(rng: random.Random, word: str, table: dict[str, str], k: int) -> str:
    idx = [i for i, c in enumerate(word) if c in table]
    if not idx:
        return word
    chars = list(word)
    for i in rng.sample(idx, min(k, len(idx))):
        chars[i] = table[chars[i]]
    return "".join(chars)


def _obfuscate_word(rng: random.Random, word: str, lang: str) -> str:
    styles = ["spaced", "dotted", "hyphen", "leet", "accent", "homoglyph", "zwsp", "split"]
    if word == "WhatsApp":
        styles.append("green")
    style = rng.choice(styles)
    if style == "spaced":
        return " ".join(word)
    if style == "dotted":
        return ".".join(word)
    if style == "hyphen":
        return "-".join(word.lower())
    if style == "leet":
        return _replace_some(rng, word, _LEET, rng.choice((1, 2)))
    if style == "accent":
        if word == "Telegram":
            return "Télégram" if rng.random() < 0.5 else "t é l é g r a m"
        return _replace_some(rng, word, _ACCENT, 1)
    if style == "homoglyph":
        return _replace_some(rng, word, _HOMOGLYPHS, rng.choice((1, 2)))
    if style == "zwsp":
        i = rng.randint(1, len(word) - 1)
        return word[:i] + "\u200b" + word[i:]
    if style == "split":
        i = max(1, len(word) // 2)
        return (word[:i] + " " + word[i:]).lower()
    return GREEN_APP_FR if lang == "fr" else GREEN_APP_EN


def _obfuscate_email(rng: random.Random, match: re.Match[str]) -> str:
    local, domain = match.group(1), match.group(2)
    style = rng.randrange(5)
    if style == 0:
        return f"{local} (at) {domain.replace('.', ' (dot) ')}"
    if style == 1:
        return f"{local} [at] {domain.replace('.', ' [dot] ')}"
    if style == 2:
        return f"{local} at {domain.replace('.', ' dot ')}"
    if style == 3:
        return f"{local}＠{domain}"
    return f"{local} (at) {domain}"


def _typos(rng: random.Random, text: str, k: int) -> str:
    tokens = text.split(" ")
    cand = [i for i, t in enumerate(tokens) if len(t) >= 5 and t.isalpha()]
    for i in rng.sample(cand, min(k, len(cand))):
        w = tokens[i]
        j = rng.randint(1, len(w) - 2)
        op = rng.randrange(3)
        if op == 0:
            w = w[:j] + w[j + 1] + w[j] + w[j + 2:]
        elif op == 1:
            w = w[:j] + w[j + 1:]
        else:
            w = w[:j] + w[j] + w[j:]
        tokens[i] = w
    return " ".join(tokens)


def _whitespace(rng: random.Random, text: str) -> str:
    spaces = [m.start() for m in re.finditer(r"(?<=[^\W\d]) (?=[^\W\d])", text)]
    if not spaces:
        return text + " "
    for pos in sorted(rng.sample(spaces, min(len(spaces), rng.randint(1, 3))), reverse=True):
        text = text[:pos] + "  " + text[pos + 1:]
    if rng.random() < 0.3:
        text = " " + text
    return text


def _noise(rng: random.Random, text: str, label: int, kind: str, lang: str) -> str:
    hostile = label == 1
    m = _PLATFORM_WORD_RE.search(text)
    if m and rng.random() < (0.42 if hostile else 0.04):
        text = text[: m.start()] + _obfuscate_word(rng, m.group(0), lang) + text[m.end():]
    p_email = 0.22 if hostile else (0.3 if kind == "academic_collab" else 0.05)
    if "@" in text and _EMAIL_RE.search(text) and rng.random() < p_email:
        text = _EMAIL_RE.sub(lambda mm: _obfuscate_email(rng, mm), text, count=1)
    if rng.random() < 0.10:
        text = _typos(rng, text, rng.randint(1, 3))
    if rng.random() < 0.04:
        if rng.random() < 0.5:
            text = text.lower()
        else:
            words = [w for w in text.split(" ") if w.isalpha() and len(w) >= 5]
            if words:
                w = rng.choice(words)
                text = text.replace(w, w.upper(), 1)
    if rng.random() < 0.07:
        emoji = rng.choice(_EMOJI)
        if rng.random() < 0.5:
            text = f"{text} {emoji}"
        else:
            cut = text.find(",")
            text = text if cut < 0 else f"{text[: cut + 1]} {emoji}{text[cut + 1:]}"
    if rng.random() < 0.06:
        text = _whitespace(rng, text)
    return text


def _subtle_plan(
    rng: random.Random,
    plan: dict[str, str],
    required: set[str],
    components: list[str],
    bank: _Bank,
) -> dict[str, str]:
    """Adapt a hostile plan to a subtle row: only variants with keyword-free phrasings."""
    out: dict[str, str] = {}
    for move, variant in plan.items():
        if bank[move].get(variant):
            out[move] = variant
            continue
        if move not in required:
            continue
        # swap to another defining variant of the same move that has subtle phrasings
        options = [
            v for comp in components for m, opts, _ in _DEFINING.get(comp, []) if m == move
            for v, _w in opts if bank[move].get(v)
        ]
        if options:
            out[move] = rng.choice(options)
    if "channel" not in out:
        if "off_platform" in components:
            out["channel"] = rng.choice(("private", "glitch"))
        else:
            channel = rng.choice(("linkedin", "private", "phone", ""))
            if channel:
                out["channel"] = channel
    return out


def _render_sized(
    rng: random.Random,
    plan: dict[str, str],
    required: set[str],
    bank: _Bank,
    slots: dict[str, str],
    lang: str,
) -> str:
    """Render a plan, then pad short messages or drop optional moves from long ones."""
    message = _render(rng, plan, bank, slots, lang)
    if len(message) < _MIN_LEN:
        for move, variant in (("flattery", "specific"), ("request", "call"), ("closing", "warm")):
            if bank[move].get(variant):
                plan.setdefault(move, variant)
        message = _render(rng, plan, bank, slots, lang)
    for move in _DROP_ORDER:
        if len(message) <= _MAX_LEN:
            break
        if move in plan and move not in required:
            plan.pop(move)
            message = _render(rng, plan, bank, slots, lang)
    return message


#: Lower-case union of the three patterns above (faster than three case-insensitive scans).
_FORBIDDEN_LOWER = re.compile(
    "|".join(f"(?:{p.pattern.lower()})" for p in (PLATFORM_RE, MONEY_RE, OBVIOUS_KEYWORD_RE))
)


def _subtle_ok(text: str) -> bool:
    return _FORBIDDEN_LOWER.search(text.lower()) is None


# ---------------------------------------------------------------------------
# Row assembly.
# ---------------------------------------------------------------------------


def _quota(rng: random.Random, weights: dict[str, float], k: int) -> list[str]:
    """Exactly ``k`` labels split by largest remainder, then shuffled."""
    total = sum(weights.values())
    raw = {name: k * w / total for name, w in weights.items()}
    counts = {name: int(v) for name, v in raw.items()}
    rest = k - sum(counts.values())
    for name in sorted(raw, key=lambda n: (counts[n] - raw[n], n))[:rest]:
        counts[name] += 1
    out = [name for name in weights for _ in range(counts[name])]
    rng.shuffle(out)
    return out


def _base_slots(
    rng: random.Random, lang: str, sender: tuple[str, str, str], sector: str
) -> dict[str, str]:
    sfirst, slast, sgender = sender
    tfirst, tlast, tgender = pf.draw_person(rng)
    rfirst, rlast, _ = pf.draw_person(rng)
    en = lang == "en"
    field, topics = (pf.SECTOR_TOPICS_EN if en else pf.SECTOR_TOPICS_FR)[sector]
    city = rng.choice(pf.CITIES_EN if en else pf.CITIES_FR)
    month = rng.randrange(12)
    day = rng.randint(1, 28)
    date = f"{day} {MONTHS_EN[month]}" if en else f"{'1er' if day == 1 else day} {MONTHS_FR[month]}"
    event_name = rng.choice(pf.EVENTS_EN if en or rng.random() < 0.3 else pf.EVENTS_FR)
    uni_pool = pf.UNIVERSITIES_EN if en or rng.random() < 0.2 else pf.UNIVERSITIES_FR
    fem_s, fem_t = sgender == "f", tgender == "f"
    slots = {
        "tname": tfirst, "tlast": tlast, "ttitle": "Ms" if fem_t else "Mr",
        "tciv": "Madame" if fem_t else "Monsieur", "tcher": "Chère" if fem_t else "Cher",
        "e_t": "e" if fem_t else "", "e_s": "e" if fem_s else "",
        "chercheur_s": "chercheuse" if fem_s else "chercheur",
        "directeur_s": "directrice" if fem_s else "directeur",
        "recruteur_s": "recruteuse" if fem_s else "recruteur",
        "redacteur_s": "rédactrice" if fem_s else "rédacteur",
        "chef_s": "cheffe" if fem_s else "chef",
        "ancien_s": "ancienne" if fem_s else "ancien",
        "ancien_s_cap": "Ancienne" if fem_s else "Ancien", "un_s": "une" if fem_s else "un",
        "sname": f"{sfirst} {slast}", "sfirst": sfirst, "refname": f"{rfirst} {rlast}",
        "field": field, "topic": rng.choice(topics),
        "sector_label": pf.SECTOR_LABELS_EN[sector],
        "title": rng.choice((pf.ROLE_TITLES_EN if en else pf.ROLE_TITLES_FR)[sector]),
        "team": rng.choice(TEAMS_EN if en else TEAMS_FR),
        "workmode": rng.choice(WORKMODES_EN if en else WORKMODES_FR),
        "region": rng.choice(REGIONS_EN if en else REGIONS_FR),
        "stage": rng.choice(STAGES_EN if en else STAGES_FR),
        "teamsize": rng.choice(TEAMSIZES_EN if en else TEAMSIZES_FR),
        "years": str(rng.randint(3, 15)), "city": city,
        "abroad_city": rng.choice(pf.ABROAD_CITIES_EN if en else pf.ABROAD_CITIES_FR),
        "date": date, "event_name": event_name, "event": _event_slot(event_name, lang),
        "event_url": f"{pf.ascii_slug(event_name)}.org/programme",
        "university": _university_slot(rng.choice(uni_pool), lang),
        "outlet": rng.choice(pf.OUTLETS)[0], "fund": rng.choice(pf.FUNDS)[0],
        "hours": str(rng.randint(4, 12)), "hours_deadline": str(rng.choice((24, 48, 72))),
        "phone": _phone(rng, lang),
    }
    slots.update(_money_slots(rng, lang, city))
    return slots


def _contact_slots(
    rng: random.Random, slots: dict[str, str], sender: tuple[str, str, str], domain: str, lang: str
) -> None:
    sfirst, slast, _ = sender
    f, last = pf.ascii_slug(sfirst), pf.ascii_slug(slast)
    local = rng.choice((f"{f}.{last}", f"{f[0]}.{last}", f, f"{f}{last[0]}"))
    slots["email"] = f"{local}@{domain}"
    ref_num = rng.randint(100, 99999)
    ref = f"{rng.choice(('REQ', 'JR', 'QH', 'AX', 'ENG', 'TA', 'R'))}-{ref_num}"
    slots["ref"] = ref
    slots["jd_url"] = rng.choice((f"{domain}/careers/{ref.lower()}",
                                  f"careers.{domain}/jobs/{ref_num}"))
    slots["cal_url"] = rng.choice((f"cal.{domain}/{f}", f"{domain}/book/{f}-{last}"))
    provider = _weighted(rng, _PROVIDERS)
    slots["pemail"] = rng.choice((f"{f}.{last}{rng.randint(1, 99)}@{provider}",
                                  f"{f}{last[:1]}.consult@{provider}", f"{last}.{f}@{provider}"))
    platform = _weighted(rng, _PLATFORMS)
    handle = rng.choice((f"{f}_{last[:4]}", f"{f}{last}{rng.randint(1, 99)}", f"{f}_consult"))
    if platform in ("WhatsApp", "Signal", "Viber"):
        contact = slots["phone"]
    elif platform == "Telegram":
        contact = rng.choice((f"@{handle}", f"t.me/{handle}"))
    elif platform == "WeChat":
        contact = f"{handle}_{rng.randint(10, 99)}"
    else:
        contact = f"live:{handle}"
    slots["platform"], slots["contact"] = platform, contact


def _make_row(
    rng: random.Random,
    sender: tuple[str, str, str],
    label: int,
    lang: str,
    family: str,
    want_subtle: bool,
) -> dict[str, Any]:
    sector = _sector(rng)
    slots = _base_slots(rng, lang, sender, sector)
    # target headline: same sector mix for both labels; grievance rows lean on transitions
    p_transition = 0.6 if family == "grievance_hook" else (0.06 if family in _RECRUITER_KINDS
                                                           else 0.03)
    transition = rng.random() < p_transition
    fr_head = lang == "fr" and rng.random() < 0.65
    if transition:
        target = rng.choice(pf.TRANSITION_HEADLINES_FR if fr_head else pf.TRANSITION_HEADLINES_EN)
    else:
        target = rng.choice((pf.TARGET_HEADLINES_FR if fr_head else pf.TARGET_HEADLINES_EN)[sector])

    if label == 1:
        plan, required, components = _plan_hostile(rng, family)
    else:
        plan, required, components = _plan_legit(rng, family, transition), set(), [family]

    if rng.random() < 0.15:  # short, to-the-point messages
        keep = {"greeting", "offer", "channel"} | required
        if rng.random() < 0.5:
            keep.add("request")
        if rng.random() < 0.5:
            keep.add("closing")
        plan = {m: v for m, v in plan.items() if m in keep}

    org = _sender_org(rng, label, family, plan, lang)
    slots["company"] = org["company"]
    if label == 0 and family == "investor":
        slots["fund"] = org["company"]
    if label == 0 and family == "journalist":
        slots["outlet"] = org["company"]
    policy_institutes = dict(pf.POLICY_INSTITUTES)
    if label == 0 and family == "conference_invite" and org["company"] in policy_institutes:
        slots["event_name"] = f"{org['company']} seminar"
        slots["event"] = (slots["event_name"] if lang == "en"
                          else f"le séminaire organisé par {org['company']}")
    if label == 0 and family == "academic_collab":
        slots["university"] = _university_slot(org["company"], lang)
    _contact_slots(rng, slots, sender, org["domain"], lang)
    headline = _headline(rng, org["group"], lang, slots)
    slots["stitle"] = _derive_title(headline, lang)
    if not org["company"]:
        if plan.get("closing") == "neutral":
            plan["closing"] = "warm"
        if plan.get("intro") in ("inhouse", "agency", "search", "vendor", "other", "conference"):
            plan.pop("intro")
        if label == 0 and plan.get("channel") in ("corporate_email", "video_link"):
            plan["channel"] = rng.choice(("personal_email", "linkedin"))

    # register (French only): tutoiement is more common in start-up, alumni and casual rows
    p_tu = 0.35 if family in ("alumni", "other", "investor", "vendor_sales") else 0.12
    register = "any" if lang == "en" else ("tu" if rng.random() < p_tu else "vous")
    if register == "tu":
        tu_bank = _BANKS["fr"][(False, "tu")]
        if any(not tu_bank[m].get(v) for m, v in plan.items()):
            register = "vous"

    subtle = want_subtle
    message = ""
    for _attempt in range(8):
        render_plan = dict(plan)
        bank = _BANKS[lang][(subtle, register)]
        if subtle:
            render_plan = _subtle_plan(rng, render_plan, required, components, bank)
        message = _render_sized(rng, render_plan, required, bank, slots, lang)
        if not subtle or _subtle_ok(message):
            break
    else:
        subtle = False
        bank = _BANKS[lang][(False, register)]
        message = _render_sized(rng, dict(plan), required, bank, slots, lang)

    message = _noise(rng, message, label, family, lang)
    age, conns, photo = _profile_numbers(rng, label)

    def maybe(value: Any, empty: Any) -> Any:
        return empty if rng.random() < _FIELD_EMPTY_P else value

    url = org["url"]
    if url and rng.random() < 0.25:
        url = rng.choice(("www.", "https://", "https://www.")) + url
    return {
        "label": label,
        "language": lang,
        "family": family,
        "subtle": bool(subtle and label == 1),
        "message": message,
        "sender_name": f"{sender[0]} {sender[1]}",
        "sender_headline": maybe(headline, ""),
        "sender_company": maybe(org["company"], ""),
        "sender_company_url": maybe(url, ""),
        "sender_connections": maybe(conns, None),
        "sender_account_age_days": maybe(age, None),
        "sender_has_photo": maybe(photo, None),
        "target_headline": target if rng.random() >= 0.05 else "",
        "source": "generated",
    }


def generate_corpus(n: int = 6000, *, seed: int = 0, fr_share: float = 0.35) -> pd.DataFrame:
    """Generate a labelled corpus of synthetic recruiter approaches.

    Parameters
    ----------
    n : int, default 6000
        Number of rows. Labels are split 50/50 (``n // 2`` hostile rows).
    seed : int, default 0
        Seed for the private random generators. The same seed always gives the same
        frame (and a byte-identical CSV); different seeds give different rows.
    fr_share : float, default 0.35
        Share of French messages, applied within each label.

    Returns
    -------
    pandas.DataFrame
        One row per message with the columns of :data:`COLUMNS`: ``case_id``
        (``GEN-000001``...), ``label`` (int, 1 = hostile), ``language`` (``en``/``fr``),
        ``family`` (a red-flag family for label 1, a legitimate kind for label 0),
        ``subtle`` (bool), ``message``, the sender profile fields (nullable ``Int64`` for
        the numeric ones), ``target_headline`` and ``source`` (``"generated"``).

    Raises
    ------
    ValueError
        If ``n`` is negative or ``fr_share`` is outside ``[0, 1]``.

    Examples
    --------
    >>> df = generate_corpus(20, seed=1)
    >>> df.shape
    (20, 15)
    >>> int(df["label"].sum())
    10
    >>> df.equals(generate_corpus(20, seed=1))
    True
    >>> df["case_id"].iloc[0]
    'GEN-000001'
    """
    if n < 0:
        raise ValueError(f"n must be >= 0, got {n}")
    if not 0.0 <= fr_share <= 1.0:
        raise ValueError(f"fr_share must be in [0, 1], got {fr_share}")
    rng = random.Random(f"recruitscore.corpus:{seed}:rows")
    # names come from their own stream, which never sees labels: name_i depends only on (seed, i)
    name_rng = random.Random(f"recruitscore.corpus:{seed}:names")

    n_hostile = n // 2
    n_legit = n - n_hostile
    specs: list[tuple[int, str, str, bool]] = []
    for label, count, weights in ((1, n_hostile, _FAMILY_WEIGHTS), (0, n_legit, _KIND_WEIGHTS)):
        fams = _quota(rng, weights, count)
        n_fr = round(count * fr_share)
        langs = ["fr"] * n_fr + ["en"] * (count - n_fr)
        rng.shuffle(langs)
        subtle_idx = set(rng.sample(range(count), round(count * _SUBTLE_SHARE))) if label else set()
        specs.extend((label, fams[i], langs[i], i in subtle_idx) for i in range(count))
    rng.shuffle(specs)

    rows = []
    for i, (label, family, lang, want_subtle) in enumerate(specs, start=1):
        sender = pf.draw_person(name_rng)
        row = _make_row(rng, sender, label, lang, family, want_subtle)
        row["case_id"] = f"GEN-{i:06d}"
        rows.append(row)

    frame = pd.DataFrame(rows, columns=list(COLUMNS))
    frame["label"] = frame["label"].astype("int64")
    frame["subtle"] = frame["subtle"].astype(bool)
    for col in ("sender_connections", "sender_account_age_days", "sender_has_photo"):
        frame[col] = pd.array(frame[col].tolist(), dtype="Int64")
    for col in COLUMNS:
        if col not in ("label", "subtle", "sender_connections", "sender_account_age_days",
                       "sender_has_photo"):
            frame[col] = frame[col].astype(object)
    return frame


def to_csv_rows(frame: pd.DataFrame) -> list[list[str]]:
    """Turn a corpus frame into string rows (header first) for :mod:`csv` writing.

    Missing values become empty strings; booleans are written ``True``/``False``.

    Examples
    --------
    >>> rows = to_csv_rows(generate_corpus(2, seed=0))
    >>> rows[0][:3]
    ['case_id', 'label', 'language']
    """
    out = [list(COLUMNS)]
    for record in frame.itertuples(index=False, name=None):
        out.append(["" if pd.isna(v) else str(v) for v in record])
    return out


def family_counts(frame: pd.DataFrame) -> dict[str, int]:
    """Count rows per family/kind (for summaries)."""
    return {str(k): int(v) for k, v in frame["family"].value_counts().sort_index().items()}


