"""recruitscore: score recruiter approaches for covert-intelligence and fraud risk.

Signals detect, the model weighs: :func:`extract_signals` returns named red flags with evidence
spans and needs no model.

Examples
--------
>>> import recruitscore as rs
>>> [h.name for h in rs.extract_signals("Keep it between us, no need to tell your employer.")]
['secrecy']
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from .errors import InputError, ModelError, RecruitscoreError
from .schema import FIELDS, Approach
from .signals import (
    Evidence,
    SignalHit,
    extract_signals,
    extract_signals_frame,
    list_signals,
)

try:
    __version__ = version("recruitscore")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0.0.0"

__all__ = [
    "FIELDS",
    "Approach",
    "Evidence",
    "InputError",
    "ModelError",
    "RecruitscoreError",
    "SignalHit",
    "__version__",
    "extract_signals",
    "extract_signals_frame",
    "list_signals",
]
