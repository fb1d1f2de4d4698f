"""How people's names are matched and sorted."""

from __future__ import annotations

import unicodedata


def name_key(name: str) -> str:
    """A name as matched and sorted: accents, case and extra spaces forgiven
    ("Élena  Rossi" and "elena rossi" are one name)."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(plain.casefold().split())
