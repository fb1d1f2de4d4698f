"""The fixed search mix of spec §10: common, middling and rare words of the synthetic
vocabulary, two-word queries, prefixes, Italian words typed without accents, and queries
that match nothing. 60 queries in all, the same in every run."""

from __future__ import annotations

import unicodedata

from coachdesk.bench.vocabulary import vocabulary


def _strip_accents(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if unicodedata.category(c) != "Mn")


def query_mix() -> list[str]:
    it, en = vocabulary("it"), vocabulary("en")
    content_it = [w for w in it if len(w) >= 5]
    content_en = [w for w in en if len(w) >= 5]
    queries: list[str] = []
    # Common words (top of the Zipf ranking, past the short function words).
    queries += content_it[:6] + content_en[:6]
    # Middling words.
    queries += content_it[300:306] + content_en[300:306]
    # Rare words (the tail).
    queries += content_it[-6:] + content_en[-6:]
    # Two-word queries.
    queries += [f"{a} {b}" for a, b in zip(content_it[10:14], content_it[40:44], strict=True)]
    queries += [f"{a} {b}" for a, b in zip(content_en[10:14], content_en[40:44], strict=True)]
    # Prefixes, as typed while the results appear.
    queries += [w[:4] for w in content_it[20:24]] + [w[:4] for w in content_en[20:24]]
    # Italian words without their accents: "perche" must find "perché".
    accented = [w for w in it if _strip_accents(w) != w and len(w) >= 3]
    queries += [_strip_accents(w) for w in accented[:6]]
    # Words that match nothing.
    queries += ["zyzzogeton", "qwertyuiop", "xylofonata", "nonesistente"]
    return list(dict.fromkeys(queries))
