"""Rule R26-B (red-team round 8, left open): a known abbreviation ends no clause for the
proximity patterns (``lexicon.GAP``).

Each table holds (signal, text, evidence): the exact evidence snippets of that signal, in
English then French, or ``None`` for a counterexample on which the signal must not fire.
"""

from __future__ import annotations

import pandas as pd
import pytest

from recruitscore.schema import Approach
from recruitscore.signals import extract_signals, extract_signals_frame, get_signal

from .assertions import assert_spans_valid

Row = tuple[str, str, tuple[str, ...] | None]

# an abbreviation's dot inside the stretch between the two halves of a proximity pattern
ABBREVIATIONS: list[Row] = [
    ("paid_report", "We pay well (cf. the attached terms) for a short report on your work.",
     ("pay well (cf. the attached terms) for a short report",)),
    ("paid_report", "We pay $2,000, e.g. for a short report on the tender.",
     ("pay $2,000, e.g. for a short report",)),
    ("paid_report", "The fee is $1,500 (incl. expenses) for a short report on the tender.",
     ("fee is $1,500 (incl. expenses) for a short report",)),
    ("paid_report", "We pay ca. 2,000 USD for a short report on the tender.",
     ("pay ca. 2,000 USD for a short report",)),
    ("paid_report", "We pay $2,000 to experts like Mr. Smith for a short report.",
     ("pay $2,000 to experts like Mr. Smith for a short report",)),
    ("run_before_call",
     "Before the interview (Tue. 3 pm), please clone our repo and run npm install.",
     ("Before the interview (Tue. 3 pm), please clone our repo and run npm install",)),
    ("run_before_call", "Before our call at 10 a.m., please clone the repo and run it.",
     ("Before our call at 10 a.m., please clone the repo and run it",)),
    ("run_before_call", "Before our call at 10 a.m. CET please clone the repo and run it.",
     ("Before our call at 10 a.m. CET please clone the repo and run it",)),
    ("run_before_call", "Please set up the project, i.e. clone and run it, before the interview.",
     ("set up the project, i.e. clone and run it, before the interview",)),
    ("run_before_call", "Run the script in folder No. 5 before our interview.",
     ("Run the script in folder No. 5 before our interview",)),
    # the red-team's cases
    ("paid_report",
     "Mon client paie 3 000 € (hors TVA, cf. contrat) pour un court rapport sur vos travaux.",
     ("3 000 € (hors TVA, cf. contrat) pour un court rapport",)),
    ("run_before_call", "Avant l'entretien (mar. 10 h), clonez le dépôt et lancez npm install.",
     ("Avant l'entretien (mar. 10 h), clonez le dépôt et lancez npm install",)),
    ("paid_report", "Mon client verse 2 000 € (env. 3 pages) pour une note sur le dossier.",
     ("2 000 € (env. 3 pages) pour une note",)),
    ("run_before_call", "Avant notre appel du jeu. 12 mars, merci de lancer le projet en local.",
     ("Avant notre appel du jeu. 12 mars, merci de lancer le projet",)),
    ("run_before_call",
     "Avant l'entretien du 3 févr. 2025, clonez le dépôt et installez les dépendances.",
     ("Avant l'entretien du 3 févr. 2025, clonez le dépôt et installez les dépendances",)),
    ("run_before_call", "Avant l'entretien avec M. Dupont, clonez le dépôt et lancez-le.",
     ("Avant l'entretien avec M. Dupont, clonez",)),
    ("run_before_call", "Avant l'entretien avec Mme. Durand, clonez le dépôt et lancez-le.",
     ("Avant l'entretien avec Mme. Durand, clonez",)),
    # "etc." and an abbreviation that may end a sentence (a weekday or a month, "a.m.", before
    # a word) still separate the two halves
    ("paid_report", "We pay well, etc. Reports are on our website.", None),
    ("run_before_call",
     "We can talk before our call at 10 a.m. Please clone the repo and run it afterwards.", None),
    ("run_before_call",
     "We chat before the interview in Jan. Then clone the repo and run it at home if you like.",
     None),
    ("paid_report", "Nous payons bien, etc. Les rapports sont publiés sur notre site.", None),
    ("paid_report", "Nous payons bien, etc. 3 rapports par an sont publiés sur notre site.", None),
    ("run_before_call", "Avant l'entretien de mar. Clonez le dépôt plus tard, si vous voulez.",
     None),
]

TABLE = ABBREVIATIONS


@pytest.mark.parametrize(("name", "text", "expected"), TABLE)
def test_the_readings_of_rule_r26b(name: str, text: str, expected: tuple[str, ...] | None
                                   ) -> None:
    approach = Approach(message=text)
    evidence = get_signal(name).detect(approach)
    if expected is None:
        assert evidence == (), [e.snippet for e in evidence]
        return
    assert tuple(e.snippet for e in evidence) == expected
    assert_spans_valid(approach, extract_signals(approach))


@pytest.mark.parametrize("size", [1, 7, 40, 300])
def test_both_paths_read_the_tables_alike(size: int) -> None:
    """The column path (a superset pass that reads an abbreviation as a bare dot, then the
    exact patterns, above 32 rows) fires what the per-message path fires."""
    texts = [t for _, t, _ in TABLE]
    rows = (texts * (size // len(texts) + 1))[:size]
    frame = extract_signals_frame(pd.DataFrame({"message": rows}))
    for i, text in enumerate(rows):
        fired = {h.name for h in extract_signals(text)}
        assert {n for n in frame.columns if frame.iloc[i][n]} == fired, text

