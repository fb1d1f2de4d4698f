"""Optional password protection of a report: AES-256 (pypdf with cryptography)."""

from __future__ import annotations

import io

from pypdf import PdfReader, PdfWriter

from coachdesk.errors import InvalidInput


def encrypt_pdf(pdf: bytes, password: str) -> bytes:
    """The same document, AES-256 encrypted: it does not open without ``password``."""
    if not password:
        raise InvalidInput("a PDF password must not be empty")
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.encrypt(user_password=password, owner_password=None, algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
