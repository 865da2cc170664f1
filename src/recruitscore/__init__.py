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

import sys as _sys
import types as _types
from typing import TYPE_CHECKING, Any

from .errors import InputError, ModelError, RecruitscoreError

# Everything else is imported on first use (PEP 562), so that ``import recruitscore`` and the
# command line start fast and import scikit-learn, pandas and the regex engines only when needed.
_LAZY = {
    "FIELDS": "schema", "Approach": "schema",
    "evaluate": "evaluate",
    "Model": "model", "load_model": "model", "train": "model",
    "ScoreResult": "scoring", "score": "scoring", "score_frame": "scoring",
    "ConversationResult": "conversations", "score_conversation": "conversations",
    "Evidence": "signals", "SignalHit": "signals", "extract_signals": "signals",
    "extract_signals_frame": "signals", "list_signals": "signals",
    "find_campaigns": "campaigns", "extract_indicators": "indicators",
}
_SUBMODULES = {
    "campaigns", "cli", "cli_campaigns", "cli_score", "conversations", "dask", "errors",
    "evaluate", "inbox", "inbox_report", "indicators", "io", "labels", "linear", "model",
    "normalize", "protected", "report", "schema", "scoring", "signals", "stopwords", "tables",
    "text",
}

if TYPE_CHECKING:  # pragma: no cover
    from .campaigns import find_campaigns
    from .conversations import ConversationResult, score_conversation
    from .evaluate import evaluate
    from .indicators import extract_indicators
    from .model import Model, load_model, train
    from .schema import FIELDS, Approach
    from .scoring import ScoreResult, score, score_frame
    from .signals import Evidence, SignalHit, extract_signals, extract_signals_frame, list_signals


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("recruitscore")
    except PackageNotFoundError:  # pragma: no cover - running from a source tree
        return "0.0.0"


def __getattr__(name: str) -> Any:
    import importlib

    if name == "__version__":  # read from the installed metadata on first use only
        globals()[name] = value = _version()
        return value
    if name in _LAZY:
        value = getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
        globals()[name] = value
        return value
    if name in _SUBMODULES:
        return importlib.import_module(f".{name}", __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*globals(), *_LAZY, *_SUBMODULES])


class _Package(_types.ModuleType):
    """This package's module type: ``recruitscore.evaluate`` stays the function once the
    submodule of the same name is imported (the import system binds a submodule on its package,
    which made ``rs.evaluate(...)`` fail with "'module' object is not callable" after any
    ``import recruitscore.evaluate``; review25). ``from recruitscore.evaluate import ...`` still
    reads the module (``import recruitscore.evaluate as ev`` gives the function)."""

    @property
    def evaluate(self) -> Any:
        # a value set by a user (a mock, a monkeypatch) is kept under its own name, where
        # mock.patch looks to restore it (nested patches; review28)
        if "evaluate" in self.__dict__:
            return self.__dict__["evaluate"]
        from .evaluate import evaluate

        return evaluate

    @evaluate.setter
    def evaluate(self, value: Any) -> None:
        if isinstance(value, _types.ModuleType) and value.__name__ == f"{__name__}.evaluate":
            return  # the submodule being bound: the function stays
        self.__dict__["evaluate"] = value

    @evaluate.deleter
    def evaluate(self) -> None:
        self.__dict__.pop("evaluate", None)


_sys.modules[__name__].__class__ = _Package


__all__ = [
    "FIELDS",
    "Approach",
    "ConversationResult",
    "Evidence",
    "InputError",
    "Model",
    "ModelError",
    "RecruitscoreError",
    "ScoreResult",
    "SignalHit",
    "__version__",
    "evaluate",
    "extract_indicators",
    "extract_signals",
    "extract_signals_frame",
    "find_campaigns",
    "list_signals",
    "load_model",
    "score",
    "score_conversation",
    "score_frame",
    "train",
]
