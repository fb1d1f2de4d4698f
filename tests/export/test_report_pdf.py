"""The report file itself (spec §5): fonts, languages, determinism, metadata, encryption."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import io
import re
import time
import zlib

import pytest
from pypdf import PdfReader

from coachdesk.domain import (
    Agreement,
    Category,
    CoachProfile,
    Engagement,
    Goal,
    ItemKind,
    Kpi,
    Language,
    Measurement,
    NoteItem,
    Rating,
    Role,
    Session,
    SessionKind,
    SessionStatus,
    SharingState,
    SharingStateKind,
    Stakeholder,
    text_sha256,
)
from coachdesk.export import encrypt_pdf, render_report
from coachdesk.policy import Period, disclose

NAMES = {
    "c": "Łukasz Wiśniewski",
    "s": "Ελένη Παπαδοπούλου",
    "h": "Дмитрий Иванов",
    "m": "Ştefan Popescu",
    "o": "Zoë O'Brien",
}
DAY = dt.date(2026, 11, 25)


def _agreed(text: str) -> SharingState:
    return SharingState(
        SharingStateKind.AGREED, dt.date(2026, 3, 1), "in session", "", text_sha256(text)
    )


def _engagement(permits: frozenset[Category] = frozenset(Category)) -> Engagement:
    summary = "Discussed delegation & the <weekly> rota; 1 234,5 hours"
    secret = "PRIVATESECRET about the family"
    return Engagement(
        id="e",
        coachee_id="c",
        title="Leadership 2026",
        start=dt.date(2026, 1, 1),
        language=Language.IT,
        stakeholders=(
            Stakeholder("s", Role.SPONSOR),
            Stakeholder("h", Role.HR),
            Stakeholder("m", Role.LINE_MANAGER),
            Stakeholder("o", Role.OTHER),
        ),
        agreements=(
            Agreement(
                1, dt.date(2026, 1, 1), {Role.SPONSOR: permits, Role.COACHEE: frozenset(Category)}
            ),
        ),
        goals=(
            Goal(
                "g",
                "Delegate more",
                share_with=frozenset({"s"}),
                ratings=(Rating(dt.date(2026, 3, 1), 4), Rating(dt.date(2026, 6, 1), 7)),
                kpis=(
                    Kpi(
                        "k",
                        "Weekly hours on operations",
                        "h",
                        baseline=22,
                        target=12,
                        measurements=(
                            Measurement(dt.date(2026, 3, 1), 15),
                            Measurement(dt.date(2026, 6, 1), 1234.5),
                        ),
                    ),
                ),
            ),
        ),
        sessions=(
            Session(
                "s1",
                dt.datetime(2026, 3, 1, 10),
                SessionKind.COACHING,
                SessionStatus.HELD,
                items=(
                    NoteItem("i1", ItemKind.SUMMARY, summary, {"s": _agreed(summary)}),
                    NoteItem("i2", ItemKind.CONCERN, secret, {}),
                ),
            ),
            Session("s2", dt.datetime(2026, 4, 1, 10), SessionKind.TRAINING, SessionStatus.HELD),
        ),
    )


def _set(recipient: str = "s", language: Language | None = None, **kw):
    e = _engagement(**kw)
    return disclose(
        e,
        recipient,
        Period(e.start, DAY),
        DAY,
        coach=CoachProfile("Laura Bianchi", "PCC", "Bianchi Coaching, Milano"),
        names=NAMES,
        language=language,
    ).included


def _text(pdf: bytes, password: str | None = None) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    if password is not None:
        reader.decrypt(password)
    return "\n".join(page.extract_text() for page in reader.pages)


@pytest.mark.parametrize("recipient", list(NAMES))
def test_latin_greek_and_cyrillic_names_print_correctly(recipient):
    text = _text(render_report(_set(recipient)))
    assert NAMES[recipient] in text
    assert NAMES["c"] in text  # the coachee, on every report


def test_the_bundled_font_is_embedded_and_no_other_font_is_referenced():
    pdf = render_report(_set())
    reader = PdfReader(io.BytesIO(pdf))
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts.add(font["/BaseFont"])
            descriptor = font["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor  # TrueType, embedded
    assert all(re.fullmatch(r"/[A-Z]{6}\+DejaVuSans(-Bold)?", f) for f in fonts), fonts


def test_the_same_disclosure_set_gives_byte_identical_files_on_any_day(monkeypatch):
    ds = _set()
    first = render_report(ds)
    monkeypatch.setattr(time, "time", lambda: 2_000_000_000.0)
    monkeypatch.setattr(time, "localtime", lambda *a: time.gmtime(2_000_000_000))
    assert render_report(ds) == first
    later = dataclasses.replace(
        ds, header=dataclasses.replace(ds.header, report_date=DAY.replace(day=26))
    )
    assert render_report(later) != first  # the report date is in the file, on purpose


def test_metadata_is_set_on_purpose_and_carries_nothing_private():
    pdf = render_report(_set())
    reader = PdfReader(io.BytesIO(pdf))
    meta = reader.metadata
    assert meta.title == "Report di coaching"
    assert meta.author == "Laura Bianchi"
    assert meta.producer == "CoachDesk" and meta.creator == "CoachDesk"
    assert meta["/CreationDate"].startswith("D:20261125000000")
    root = reader.trailer["/Root"]
    assert "/Metadata" not in root  # no XMP
    assert "/Outlines" not in root  # no bookmarks
    assert b"PRIVATESECRET" not in _inflate_all(pdf)


def _inflate_all(pdf: bytes) -> bytes:
    """The file with every Flate stream decompressed, to search it as a whole."""
    out = [pdf]
    for m in re.finditer(rb"stream\r?\n(.*?)endstream", pdf, re.S):
        with contextlib.suppress(zlib.error):
            out.append(zlib.decompress(m.group(1)))
    return b"".join(out)


def test_a_section_the_recipient_may_not_receive_is_absent_not_empty():
    text = _text(
        render_report(_set(permits=frozenset({Category.ATTENDANCE}), language=Language.EN))
    )
    assert "Attendance" in text
    for heading in ("Goals", "Progress", "Session summaries", "Notes", "Disclosed without consent"):
        assert heading not in text
    assert "Delegate more" not in text and "Discussed delegation" not in text


def test_coaching_and_training_sessions_are_listed_apart():
    text = _text(render_report(_set(language=Language.EN)))
    assert "Coaching sessions" in text and "Training sessions" in text
    assert text.index("Coaching sessions") < text.index("Training sessions")


def test_english_and_italian_reports_localise_headings_dates_and_numbers():
    en = _text(render_report(_set(language=Language.EN)))
    it = _text(render_report(_set()))  # the engagement's language: Italian
    assert "Attendance" in en and "1 March 2026" in en and "1,234.5" in en
    assert "Presenze" in it and "1º marzo 2026" in it and "1.234,5" in it
    assert "Discussed delegation & the <weekly> rota" in en  # markup characters print as text


def test_a_password_protected_report_does_not_open_without_its_password():
    pdf = render_report(_set())
    locked = encrypt_pdf(pdf, "s3cret pass")
    reader = PdfReader(io.BytesIO(locked))
    assert reader.is_encrypted
    assert reader.decrypt("wrong") == 0
    assert "/AESV3" in str(reader.trailer["/Encrypt"].get_object()["/CF"])  # AES-256
    assert NAMES["s"] in _text(locked, "s3cret pass")
    assert b"Delegate" not in _inflate_all(locked)
