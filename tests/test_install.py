"""Installation-level guarantees: what scoring imports, and a model that needs no scikit-learn."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

HEAVY = ("sklearn", "scipy", "pandas", "skops")


def _run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True,
                          text=True, timeout=120, check=False)


def test_scoring_imports_no_heavy_library() -> None:
    result = _run(f"""
        import json, sys
        import recruitscore as rs
        r = rs.score("hi")
        rs.score("Add me on WhatsApp, my client pays USD 2,000 per report").explain()
        print(json.dumps([m for m in {HEAVY!r} if m in sys.modules]))
    """)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == []


def test_model_loads_and_scores_without_scikit_learn_or_scipy() -> None:
    """The weights-only file is read by numpy alone: block scikit-learn and scipy entirely (as
    in an environment with another or no scikit-learn version) and score."""
    result = _run("""
        import sys
        for name in ("sklearn", "scipy", "skops"):
            sys.modules[name] = None  # any import of them now fails
        import recruitscore as rs
        from recruitscore.model import load_model
        m = load_model()
        print(rs.score("Keep it between us, my client pays per report", model=m).risk > 0.5)
    """)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "True"


def test_every_public_name_has_a_type_hinted_doctested_docstring() -> None:
    """The top-level API: each class and function has a docstring with a doctested example
    (run by ``pytest --doctest-modules``), and each function hints its return type."""
    import inspect

    import recruitscore as rs

    for name in rs.__all__:
        obj = getattr(rs, name)
        if not (inspect.isfunction(obj) or inspect.isclass(obj)):
            continue
        assert ">>> " in (inspect.getdoc(obj) or ""), f"{name} has no example"
        if inspect.isfunction(obj):
            assert inspect.signature(obj).return_annotation is not inspect.Signature.empty, name
