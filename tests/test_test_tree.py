"""The test tree itself: pytest imports every test module under its bare name (the folders
are not packages), so two modules of one name stop the whole suite at collection."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

TESTS = Path(__file__).parent


def test_no_two_test_modules_share_a_name():
    names = Counter(p.name for p in TESTS.rglob("test_*.py"))
    assert [name for name, n in names.items() if n > 1] == []


def test_no_two_helper_modules_share_a_name():
    helpers = Counter(
        p.name
        for p in TESTS.rglob("*.py")
        if not p.name.startswith("test_") and p.name != "conftest.py"
    )
    assert [name for name, n in helpers.items() if n > 1 and name != "__init__.py"] == []
