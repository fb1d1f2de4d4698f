"""Decrypt every page of a SQLCipher 4 file with its raw key, free pages included.

Used by tests that must prove text is gone from the file itself (erasure), not merely from
the tables: SQL can only see live rows, this sees every byte SQLCipher ever wrote there.
SQLCipher 4 defaults: 4096-byte pages, AES-256-CBC, a 16-byte IV and a 64-byte HMAC at the
end of each page; page 1 starts with the 16-byte salt instead of the SQLite header.
"""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE = 4096
RESERVE = 16 + 64
WAL_HEADER = 32
WAL_FRAME_HEADER = 24


def _decrypt_page(page: bytes, key: bytes, first: bool) -> bytes:
    start = 16 if first else 0
    iv = page[PAGE - RESERVE : PAGE - RESERVE + 16]
    body = page[start : PAGE - RESERVE]
    dec = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return dec.update(body) + dec.finalize()


def database_plaintext(path: Path, key: bytes) -> bytes:
    """The decrypted content of every page of a database file."""
    data = path.read_bytes()
    out = []
    for n in range(len(data) // PAGE):
        out.append(_decrypt_page(data[n * PAGE : (n + 1) * PAGE], key, n == 0))
    return b"".join(out)


def wal_plaintext(path: Path, key: bytes) -> bytes:
    """The decrypted content of every frame of a WAL file (page 1 frames included)."""
    if not path.exists():
        return b""
    data = path.read_bytes()
    out = []
    pos = WAL_HEADER
    while pos + WAL_FRAME_HEADER + PAGE <= len(data):
        page_no = int.from_bytes(data[pos : pos + 4], "big")
        page = data[pos + WAL_FRAME_HEADER : pos + WAL_FRAME_HEADER + PAGE]
        out.append(_decrypt_page(page, key, page_no == 1))
        pos += WAL_FRAME_HEADER + PAGE
    return b"".join(out)


def contains(haystack: bytes, marker: str) -> bool:
    return any(marker.encode(enc) in haystack for enc in ("utf-8", "utf-16-le", "utf-16-be"))
