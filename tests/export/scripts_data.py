"""Reports holding every script the spec names (§5), built once per test module.

Shared by the script, layout and screenshot tests: one engagement whose agreed notes, goal
titles, KPI names and people's names are written in Latin with diacritics, Greek, Cyrillic,
Hebrew, Arabic, Chinese, Japanese, Korean, Devanagari and emoji.
"""

from __future__ import annotations

import datetime as dt
import io
import struct
import subprocess
import zlib

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
from coachdesk.policy import Period, disclose

DAY = dt.date(2026, 11, 25)

# script -> an agreed note in it. Each is checked word by word in the text pdftotext reads.
SCRIPTS: dict[str, str] = {
    "polish": "Łukasz Wiśniewski zgodził się przekazać podsumowanie",
    "romanian": "Ştefan şi Ţiţeica au acceptat rezumatul",
    "greek": "Η Ελένη συμφώνησε να μοιραστεί τη σύνοψη",
    "russian": "Дмитрий согласился поделиться итогами",
    "hebrew": "המתאמן הסכים לשתף את הסיכום הזה",
    "arabic": "وافق المتدرب على مشاركة هذا الملخص",
    "chinese": "教练同意分享这份总结",
    "japanese": "コーチは要約の共有に同意しました",
    "korean": "코치가 요약 공유에 동의했습니다",
    "devanagari": "नमस्ते भारत सारांश",
    "emoji": "Great week 😀 👍 🎉 ✅ 🥰 🫶",
}

NAMES = {
    "c": "Łukasz Wiśniewski",
    "s": "Ελένη Παπαδοπούλου",
    "h": "דנה כהן",
    "a": "ليلى حداد",
}


def agreed(text: str) -> SharingState:
    return SharingState(
        SharingStateKind.AGREED, dt.date(2026, 3, 1), "in session", "", text_sha256(text)
    )


def engagement(
    notes: dict[str, str] | None = None,
    *,
    language: Language = Language.EN,
    goal_title: str = "Delegate more · להאציל יותר · 更多授权",
    kpi_name: str = "Weekly hours · ساعات أسبوعية · 週間時間",
    first_session_items: tuple[NoteItem, ...] = (),
) -> Engagement:
    notes = SCRIPTS if notes is None else notes
    items = tuple(
        NoteItem(f"i-{key}", ItemKind.SUMMARY, text, {"s": agreed(text)})
        for key, text in notes.items()
    )
    return Engagement(
        id="e",
        coachee_id="c",
        title="Leadership · מנהיגות · القيادة · 领导力",
        start=dt.date(2026, 1, 1),
        language=language,
        stakeholders=(Stakeholder("s", Role.SPONSOR), Stakeholder("h", Role.HR)),
        agreements=(
            Agreement(
                1,
                dt.date(2026, 1, 1),
                {Role.SPONSOR: frozenset(Category), Role.COACHEE: frozenset(Category)},
            ),
        ),
        goals=(
            Goal(
                "g",
                goal_title,
                share_with=frozenset({"s"}),
                ratings=(Rating(dt.date(2026, 3, 1), 4), Rating(dt.date(2026, 6, 1), 7)),
                kpis=(
                    Kpi(
                        "k",
                        kpi_name,
                        "h",
                        baseline=22,
                        target=12,
                        measurements=(
                            Measurement(dt.date(2026, 3, 1), 15),
                            Measurement(dt.date(2026, 6, 1), 14),
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
                items=first_session_items + items,
            ),
        ),
    )


def coach(logo: bytes | None = None) -> CoachProfile:
    return CoachProfile(
        "Laura Bianchi",
        "PCC",
        "Bianchi Coaching · Via Roma 1, Milano\nלאורה · لورا · 劳拉",
        logo,
    )


def disclosure(e: Engagement, *, logo: bytes | None = None, language: Language | None = None):
    return disclose(
        e,
        "s",
        Period(e.start, DAY),
        DAY,
        coach=coach(logo),
        names=NAMES,
        language=language,
    ).included


def png(width: int, height: int) -> bytes:
    """A small solid PNG (a logo), made here so no image file is needed."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    row = b"\x00" + b"\x2f\x6f\x8f" * width
    raw = zlib.compress(row * height)
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")


def pdftotext(pdf: bytes, *, first: int | None = None, last: int | None = None) -> str:
    args = ["pdftotext", "-enc", "UTF-8"]
    if first is not None:
        args += ["-f", str(first)]
    if last is not None:
        args += ["-l", str(last)]
    out = subprocess.run([*args, "-", "-"], input=pdf, capture_output=True, check=True)
    return out.stdout.decode("utf-8")


def _cmap6(font_file: bytes) -> list[int]:
    """The glyph of each code of a ReportLab subset font (its one format-6 cmap)."""
    num_tables = struct.unpack(">H", font_file[4:6])[0]
    for i in range(num_tables):
        tag, _, offset, _ = struct.unpack(">4sIII", font_file[12 + 16 * i : 28 + 16 * i])
        if tag == b"cmap":
            sub = offset + struct.unpack(">I", font_file[offset + 8 : offset + 12])[0]
            fmt, _, _, first, count = struct.unpack(">HHHHH", font_file[sub : sub + 10])
            assert fmt == 6 and first == 0
            return list(struct.unpack(f">{count}H", font_file[sub + 10 : sub + 10 + 2 * count]))
    raise AssertionError("no cmap")


def drawn_glyphs(pdf: bytes) -> list[tuple[str, int, int]]:
    """(font, code, glyph) of every character code drawn by a text operator, read from the
    content streams and each embedded subset's own cmap. Glyph 0 is ``.notdef``: the empty
    box a font draws for a character it does not have."""
    from pypdf import PdfReader
    from pypdf.generic import ContentStream

    reader = PdfReader(io.BytesIO(pdf))
    out: list[tuple[str, int, int]] = []
    for page in reader.pages:
        fonts = page["/Resources"]["/Font"]
        glyphs: dict[str, list[int]] = {}
        current = ""
        for operands, op in ContentStream(page.get_contents(), reader).operations:
            if op == b"Tf":
                current = str(operands[0])
                if current not in glyphs:
                    font = fonts[current].get_object()
                    data = font["/FontDescriptor"].get_object()["/FontFile2"].get_object()
                    glyphs[current] = _cmap6(data.get_data())
                continue
            if op in (b"Tj", b"'", b'"'):
                strings = [operands[-1]]
            elif op == b"TJ":
                strings = [s for s in operands[0] if not isinstance(s, (int, float))]
                strings = [s for s in strings if hasattr(s, "original_bytes")]
            else:
                continue
            base = str(fonts[current].get_object()["/BaseFont"])
            for s in strings:
                for code in s.original_bytes:
                    table = glyphs[current]
                    out.append((base, code, table[code] if code < len(table) else 0))
    return out


def page_texts(pdf: bytes) -> list[str]:
    from pypdf import PdfReader

    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]
