"""Recovery codes: 128 random bits in Crockford base32, with a two-symbol check.

The code shown to the coach is 28 symbols in seven groups of four: 26 symbols carry the
128 random bits, the last two are a check (the first 10 bits of SHA-256 of the 26), so a
mistyped code is caught at once instead of after a slow key derivation.
"""

from __future__ import annotations

import hashlib
import secrets

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_DECODE = {c: i for i, c in enumerate(ALPHABET)}
_ALIASES = {"O": "0", "I": "1", "L": "1"}
DATA_SYMBOLS = 26
CHECK_SYMBOLS = 2
LENGTH = DATA_SYMBOLS + CHECK_SYMBOLS


def _check(data: str) -> str:
    digest = int.from_bytes(hashlib.sha256(data.encode("ascii")).digest()[:2], "big") >> 6
    return ALPHABET[digest >> 5] + ALPHABET[digest & 31]


def generate() -> str:
    """A fresh recovery code, grouped for display (``XXXX-XXXX-…``)."""
    value = secrets.randbits(128)
    data = "".join(ALPHABET[(value >> (5 * i)) & 31] for i in reversed(range(DATA_SYMBOLS)))
    code = data + _check(data)
    return "-".join(code[i : i + 4] for i in range(0, LENGTH, 4))


def normalise(code: str) -> str:
    """Upper case, no dashes or blanks, Crockford's look-alikes (O, I, L) folded.

    This is the string the key derivation receives.
    """
    out = []
    for ch in code.upper():
        if ch in "- \t\r\n":
            continue
        out.append(_ALIASES.get(ch, ch))
    return "".join(out)


def is_well_formed(code: str) -> bool:
    """True when the code has the right length, alphabet and check symbols."""
    norm = normalise(code)
    if len(norm) != LENGTH or any(c not in _DECODE for c in norm):
        return False
    return _check(norm[:DATA_SYMBOLS]) == norm[DATA_SYMBOLS:]
