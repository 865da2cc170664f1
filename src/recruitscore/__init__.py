"""recruitscore: score recruiter approaches for covert-intelligence and fraud risk.

Signals detect, the model weighs: :func:`extract_signals` returns named red flags with evidence
spans and needs no model; :func:`score` and :func:`score_frame` add a calibrated risk from the
shipped model (or one from :func:`train` / :func:`load_model`).

Examples
--------
>>> import recruitscore as rs
>>> [h.name for h in rs.extract_signals("Keep it between us, no need to tell your employer.")]
['secrecy']
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("recruitscore")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0.0.0"

from .errors import InputError, ModelError, RecruitscoreError
from .evaluate import evaluate
from .model import Model, load_model, train
from .schema import FIELDS, Approach
from .scoring import ScoreResult, score, score_frame
from .signals import (
    Evidence,
    SignalHit,
    extract_signals,
    extract_signals_frame,
    list_signals,
)

__all__ = [
    "FIELDS",
    "Approach",
    "Evidence",
    "InputError",
    "Model",
    "ModelError",
    "RecruitscoreError",
    "ScoreResult",
    "SignalHit",
    "__version__",
    "evaluate",
    "extract_signals",
    "extract_signals_frame",
    "list_signals",
    "load_model",
    "score",
    "score_frame",
    "train",
]
