"""The coach's ``logo`` in ``coachdesk-data/1`` (spec §6): base64 PNG or JPEG, at most 1 MB,
round-tripped; a document without it imports as before."""

from __future__ import annotations

import base64
import copy
import io
import json
from typing import Any

import pytest

from coachdesk.domain import CoachProfile, Practice
from coachdesk.domain.logo import MAX_LOGO_BYTES
from coachdesk.errors import InvalidInput
from coachdesk.interchange import read_document, to_document
from coachdesk.services import interchange
from coachdesk.storage import people_repo

DOC: dict[str, Any] = {
    "format": "coachdesk-data/1",
    "coach": {"name": "Laura Bianchi", "credentials": "PCC", "letterhead": "Bianchi Coaching"},
    "people": [{"id": "p", "name": "P"}],
    "engagements": [
        {"id": "e", "coachee": "p", "title": "T", "start": "2026-01-01", "language": "en"}
    ],
}


def image(fmt: str, size: tuple[int, int] = (3, 2)) -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", size, (200, 30, 30)).save(buffer, fmt)
    return buffer.getvalue()


def noise_png(side: int) -> bytes:
    """A valid PNG of about ``3 * side * side`` bytes (noise does not compress)."""
    import random

    from PIL import Image

    pixels = random.Random(7).randbytes(side * side * 3)
    buffer = io.BytesIO()
    Image.frombytes("RGB", (side, side), pixels).save(buffer, "PNG", compress_level=0)
    return buffer.getvalue()


def with_logo(value: Any) -> dict[str, Any]:
    doc = copy.deepcopy(DOC)
    doc["coach"]["logo"] = value
    return doc


def problems(doc: Any) -> list[str]:
    with pytest.raises(InvalidInput) as info:
        read_document(doc)
    return [str(p) for p in info.value.problems]


@pytest.mark.parametrize("fmt", ["PNG", "JPEG"])
def test_a_png_or_jpeg_logo_is_read_as_its_bytes(fmt):
    data = image(fmt)
    coach = read_document(with_logo(base64.b64encode(data).decode())).coach
    assert coach.logo == data


def test_base64_wrapped_over_lines_is_read():
    data = image("PNG")
    text = base64.encodebytes(data).decode()  # lines of 76 characters
    assert "\n" in text
    assert read_document(with_logo(text)).coach.logo == data


def test_a_document_without_a_logo_imports_unchanged(vault):
    assert read_document(DOC).coach == CoachProfile("Laura Bianchi", "PCC", "Bianchi Coaching")
    interchange.import_document(vault, DOC)
    assert people_repo.coach(vault.db).logo is None
    exported = interchange.export_document(vault)
    assert "logo" not in exported["coach"]
    assert exported["coach"] == DOC["coach"]


def test_a_logo_round_trips_through_a_vault(vault):
    data = image("JPEG", (64, 20))
    practice = Practice(CoachProfile("Laura Bianchi", "PCC", "Milano\nVia Roma 1", data))
    text = json.dumps(to_document(practice))
    interchange.import_bytes(vault, text.encode())
    assert people_repo.coach(vault.db).logo == data
    exported = interchange.export_document(vault)
    assert base64.b64decode(exported["coach"]["logo"]) == data
    assert exported["coach"] == json.loads(text)["coach"]


BAD = [
    (42, "coach.logo: expected base64 text, found a number"),
    ("not base64!", "coach.logo: is not valid base64"),
    (base64.b64encode(b"GIF89a" + bytes(9)).decode(), "coach.logo: the logo must be a PNG or JPEG"),
    (base64.b64encode(b"%PDF-1.7").decode(), "coach.logo: the logo must be a PNG or JPEG"),
    (
        base64.b64encode(image("PNG")[:-20]).decode(),
        "coach.logo: the logo cannot be read: the image file is damaged",
    ),
    (
        base64.b64encode(image("JPEG")[:300]).decode(),
        "coach.logo: the logo cannot be read: the image file is damaged",
    ),
    (
        base64.b64encode(image("PNG", (4097, 1))).decode(),
        "coach.logo: the logo is more than 4096 pixels wide or high",
    ),
]


@pytest.mark.parametrize(("value", "expected"), BAD, ids=[b[1][12:50] for b in BAD])
def test_a_bad_logo_is_refused_by_its_json_path(value, expected):
    assert any(expected in p for p in problems(with_logo(value))), problems(with_logo(value))


def test_a_logo_over_one_megabyte_is_refused_even_when_it_is_a_real_png():
    data = noise_png(600)
    assert len(data) > MAX_LOGO_BYTES
    assert problems(with_logo(base64.b64encode(data).decode())) == [
        "coach.logo: the logo is larger than 1 MB"
    ]


def test_a_logo_of_exactly_one_megabyte_is_accepted():
    data = noise_png(512)
    # Bytes after the end chunk leave the image readable and make the size exact.
    exact = data + bytes(MAX_LOGO_BYTES - len(data))
    assert read_document(with_logo(base64.b64encode(exact).decode())).coach.logo == exact
    over = exact + b"\0"
    assert problems(with_logo(base64.b64encode(over).decode())) == [
        "coach.logo: the logo is larger than 1 MB"
    ]


def test_a_refused_logo_imports_nothing(vault):
    doc = with_logo(base64.b64encode(b"GIF89a").decode())
    with pytest.raises(InvalidInput):
        interchange.import_document(vault, doc)
    assert people_repo.coach(vault.db) == CoachProfile()
    assert people_repo.people(vault.db) == []
