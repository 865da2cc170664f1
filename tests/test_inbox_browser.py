"""The inbox report in a real headless browser (Chromium): the DOM the browser builds, and a
screenshot.

Skipped only when Chromium is missing and the ``CI`` environment variable is not set; in CI a
missing Chromium is a failure (``.ci/run`` installs it).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pandas as pd
import pytest

from recruitscore.inbox import score_inbox

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "linkedin-export"


def _chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    if os.environ.get("CI"):
        pytest.fail("Chromium is required in CI (apt-get install chromium)")
    pytest.skip("Chromium is not installed (and CI is not set)")


def _run(browser: str, tmp: Path, *args: str) -> subprocess.CompletedProcess[str]:
    profile = tmp / "chromium-profile"
    profile.mkdir(exist_ok=True)
    return subprocess.run(
        [browser, "--headless", "--no-sandbox", "--disable-gpu",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--no-first-run", "--disable-dev-shm-usage", f"--user-data-dir={profile}", *args],
        capture_output=True, text=True, timeout=120, check=False,
    )


class _Dom(HTMLParser):
    """The elements of the DOM as the browser serialised it."""

    def __init__(self) -> None:
        super().__init__()
        self.sections: list[dict[str, str]] = []
        self.tags: list[str] = []
        self.marks = 0
        self.attrs: list[tuple[str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs.extend(attrs)
        a = dict(attrs)
        if tag == "section" and "conv" in (a.get("class") or ""):
            self.sections.append({k: v or "" for k, v in a.items()})
        if tag == "mark":
            self.marks += 1


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("browser")
    frame = pd.read_csv(EXAMPLE / "messages.csv", dtype=str, keep_default_na=False)
    evil = frame.iloc[[0]].copy()
    evil["CONTENT"] = ("<script>document.title='pwned'</script>&lt;script&gt;document.body."
                       "innerHTML='pwned'&lt;/script&gt;<img src=x onerror=\"document.title="
                       "'pwned'\"> add me on WhatsApp")
    evil["DATE"] = "2024-03-25 10:00:00 UTC"
    d = tmp / "export"
    shutil.copytree(EXAMPLE, d)
    pd.concat([frame, evil]).to_csv(d / "messages.csv", index=False)
    score_inbox(d / "messages.csv", tmp / "out")
    return tmp / "out" / "report.html"


def test_report_dom_in_headless_chromium(report: Path) -> None:
    browser = _chromium()
    result = _run(browser, report.parent, "--dump-dom", report.as_uri())
    assert result.returncode == 0, result.stderr[-2000:]
    dom = result.stdout
    parser = _Dom()
    parser.feed(dom)
    # nothing from the messages became markup, and no script ran
    assert "script" not in parser.tags and "img" not in parser.tags
    assert not any(name.startswith("on") for name, _ in parser.attrs)
    assert "<title>recruitscore" in dom  # no script changed the title
    # the riskiest conversation first
    risks = [float(s["data-risk"]) for s in parser.sections]
    assert risks == sorted(risks, reverse=True) and risks[0] > 0
    assert parser.sections[0]["data-conversation"] in {"2-victor", "5-script"}
    # evidence highlighted, escalation turn shown, guidance present
    assert parser.marks >= 3
    assert re.search(r"The risk crossed the threshold at message \d+ of \d+", dom)
    assert "risk crossed the threshold here" in dom
    assert "What to do next" in dom and "security officer" in dom
    assert "Do not move the conversation off LinkedIn" in dom


def test_report_screenshot(report: Path) -> None:
    browser = _chromium()
    shot = report.parent / "report.png"
    result = _run(browser, report.parent, "--window-size=1100,1800", f"--screenshot={shot}",
                  "--hide-scrollbars", report.as_uri())
    assert result.returncode == 0, result.stderr[-2000:]
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000
