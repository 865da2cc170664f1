"""Test configuration: Hypothesis draws the same examples on every run by default, so the
README's test command (what CI runs) passes or fails for the code, not for the draw. Drawing
new examples, to look for failures no run has met yet: ``HYPOTHESIS_PROFILE=explore pytest
tests/test_properties.py`` (any test file with property tests), as often as you like; add what
it finds as an ``@example``."""
import os

from hypothesis import settings

settings.register_profile("ci", derandomize=True, database=None)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
