"""The Italian glossary (resources/i18n/glossary-it.md, issue 21) holds the window's catalogue
and the reports' tables to one word per concept: a translation that uses a term the glossary
rules out fails here, naming the text and the rule."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from coachdesk.domain import Language
from coachdesk.export import coaching_log, i18n

ROOT = Path(__file__).resolve().parents[2]
GLOSSARY = ROOT / "resources" / "i18n" / "glossary-it.md"
TS = ROOT / "resources" / "i18n" / "coachdesk_it.ts"


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip().strip("|").split("|")]


def _code(cell: str) -> list[str]:
    return re.findall(r"`([^`]+)`", cell)


def rules() -> list[tuple[str, list[re.Pattern[str]], re.Pattern[str] | None]]:
    """(concept, forbidden patterns, English scope or None) for each row with a Not cell."""
    out = []
    for line in GLOSSARY.read_text(encoding="utf-8").splitlines():
        if not line.startswith("| ") or line.startswith("| Concept") or "---" in line:
            continue
        concept, _italian, forbidden, scope = _cells(line)
        if _code(forbidden):
            only = _code(scope)
            out.append(
                (
                    concept,
                    [re.compile(p) for p in _code(forbidden)],
                    re.compile(only[0]) if only else None,
                )
            )
    return out


def catalogue() -> list[tuple[str, str, str]]:
    """(where, English, Italian) for every finished translation of the window."""
    out = []
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None or translation.get("type") == "unfinished":
                continue
            forms = [n.text or "" for n in translation.iter("numerusform")]
            for text in forms or [translation.text or ""]:
                out.append((f"ts {name}", source, text))
    return out


def report_tables() -> list[tuple[str, str, str]]:
    """(where, English, Italian) for every text of the reports' tables."""
    out = []
    log = coaching_log._LOG_TEXTS
    tables = [
        ("export/i18n.py", i18n._EN, i18n._IT),
        ("export/i18n.py enums", i18n._ENUMS[Language.EN], i18n._ENUMS[Language.IT]),
        ("export/coaching_log.py", log[Language.EN], log[Language.IT]),
    ]
    for where, en, it in tables:
        for key, text in it.items():
            out.append((f"{where} {key}", en.get(key, ""), text))
    return out


def violations(texts: list[tuple[str, str, str]]) -> list[str]:
    found = []
    for concept, forbidden, only in rules():
        for where, english, italian in texts:
            if only is not None and not only.search(english.replace("&", "")):
                continue
            plain = italian.replace("&", "")
            for pattern in forbidden:
                if pattern.search(plain):
                    found.append(f"{concept}: /{pattern.pattern}/ in {where}: {italian!r}")
    return found


def test_the_glossary_has_rules_for_the_concepts_issue_21_names():
    concepts = " ".join(c for c, _, _ in rules())
    for concept in ("disclosure", "consent", "note", "HR", "job title", "stakeholder",
                    "owner", "target", "baseline", "KPI", "insight", "welcome"):  # fmt: skip
        assert concept in concepts, concept


def test_the_window_s_catalogue_keeps_to_the_glossary():
    texts = catalogue()
    assert len(texts) > 500
    assert violations(texts) == []


def test_the_reports_keep_to_the_glossary():
    texts = report_tables()
    assert any(w.startswith("export/coaching_log.py") for w, _, _ in texts)
    assert violations(texts) == []


@pytest.mark.parametrize(
    ("english", "italian", "broken"),
    [
        ("Disclosure ledger", "Registro delle divulgazioni", True),
        ("Disclosure ledger", "Registro delle comunicazioni", False),
        ("&Target:", "O&biettivo:", True),
        ("&Goal:", "&Obiettivo:", False),
        ("Baseline", "Partenza", True),
        ("Baseline", "Valore di partenza", False),
        ("Welcome to CoachDesk", "Benvenuto in CoachDesk", True),
    ],
)
def test_the_rules_catch_what_they_are_meant_to(english, italian, broken):
    assert bool(violations([("example", english, italian)])) is broken
