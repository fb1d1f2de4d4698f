"""The bundled fonts and how a character finds one (spec §5: every script prints right).

Each face is a TrueType file in ``resources/fonts/`` (licences beside them). They are
registered with ReportLab only when a report is rendered, never at import time, and ReportLab
embeds each one subset to the glyphs used. A character takes the first face of the chain that
has it; neutral characters (spaces, punctuation, digits, joiners, marks) stay in the face of
the text around them so a word is not cut into pieces.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import Any

import uharfbuzz as hb
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from coachdesk import resources

# (name, regular file, bold file or None, index inside a collection), in chain order: the
# script faces first so that Hebrew and Arabic take Noto rather than DejaVu's forms, then the
# Latin/Greek/Cyrillic face (also the face of neutral characters), CJK, and emoji last.
_FILES: tuple[tuple[str, str, str | None, int], ...] = (
    ("Hebrew", "NotoSansHebrew-Regular.ttf", "NotoSansHebrew-Bold.ttf", 0),
    ("Arabic", "NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf", 0),
    ("Devanagari", "NotoSansDevanagari-Regular.ttf", "NotoSansDevanagari-Bold.ttf", 0),
    ("Sans", "DejaVuSans.ttf", "DejaVuSans-Bold.ttf", 0),
    ("CJK", "wqy-microhei.ttc", None, 0),
    ("Emoji", "NotoEmoji.ttf", None, 0),
)
PRIMARY = "Sans"
EMOJI = "CoachDesk-Emoji"
# Pictographs from U+1F000 on take the emoji face even where DejaVu has a drawing of its own,
# so that all emoji of a line look alike.
EMOJI_FROM = 0x1F000
# Private-use plane 15: where a glyph with no character of its own (a ligature, a conjunct,
# a contextual form) gets a code, the same code for the same glyph in every run.
PRIVATE_BASE = 0xF0000


@dataclass(eq=False)
class Face:
    """One registered TrueType face with its HarfBuzz twin."""

    name: str  # the ReportLab font name, e.g. "CoachDesk-Arabic-Bold"
    ttf: Any  # reportlab TTFont
    hb_font: Any  # uharfbuzz.Font at the face's own units
    upem: int
    chars: frozenset[int]
    # A text face lends its spaces and punctuation to the text around them; the emoji face
    # does not (its space is an emoji's width).
    text: bool = True

    def has(self, ch: str) -> bool:
        return ord(ch) in self.chars

    def code_for(self, gid: int, advance: int) -> int:
        """A character code that draws glyph ``gid`` (a private one if it has none)."""
        face = self.ttf.face
        chars = face.glyphToChar.get(gid)
        if chars:
            return int(chars[0])
        code = PRIVATE_BASE + gid
        if code not in face.charToGlyph:
            face.charToGlyph[code] = gid
            face.glyphToChar.setdefault(gid, []).append(code)
            face.charWidths[code] = self.scale(advance)
        return code

    def scale(self, units: float) -> float:
        """Font units to thousandths of an em (ReportLab's text space)."""
        return units * 1000.0 / self.upem


@dataclass(frozen=True)
class FontSet:
    regular: tuple[Face, ...]
    bold: tuple[Face, ...]

    def chain(self, bold: bool) -> tuple[Face, ...]:
        return self.bold if bold else self.regular

    def primary(self, bold: bool) -> Face:
        return next(
            f for f in self.chain(bold) if f.name.endswith(PRIMARY + ("-Bold" if bold else ""))
        )


def _face(name: str, filename: str, index: int) -> Face:
    path = str(resources.path("fonts", filename))
    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(name, path, subfontIndex=index, shapable=True))
    ttf = pdfmetrics.getFont(name)
    blob = hb.Blob.from_file_path(path)
    hb_face = hb.Face(blob, index)
    font = hb.Font(hb_face)
    chars = frozenset(c for c in ttf.face.charToGlyph if c < PRIVATE_BASE)
    return Face(name, ttf, font, hb_face.upem, chars, text=not name.startswith(EMOJI))


@cache
def fonts() -> FontSet:
    """The bundled faces, registered once per process on first use."""
    regular: list[Face] = []
    bold: list[Face] = []
    for key, normal, strong, index in _FILES:
        face = _face(f"CoachDesk-{key}", normal, index)
        regular.append(face)
        bold.append(_face(f"CoachDesk-{key}-Bold", strong, index) if strong else face)
    return FontSet(tuple(regular), tuple(bold))


def is_ignorable(ch: str) -> bool:
    """Invisible format characters (joiners, variation selectors, direction marks): they
    steer shaping and the bidi algorithm, and need no glyph of their own."""
    cp = ord(ch)
    return (
        unicodedata.category(ch) == "Cf"
        or 0xFE00 <= cp <= 0xFE0F
        or 0xE0100 <= cp <= 0xE01EF
        or cp == 0x034F
        or 0x180B <= cp <= 0x180F
    )


def is_neutral(ch: str) -> bool:
    """Characters that belong to no script: they take the face of their neighbours."""
    cat = unicodedata.category(ch)
    return cat[0] in "ZPNM" or cat in ("Sm", "Sc", "Sk") or is_ignorable(ch)


def is_blank(ch: str) -> bool:
    return ch.isspace() or unicodedata.category(ch) == "Zs"


# The text each private code stands for in the document being rendered (for copying and
# searching the PDF): set while drawing, cleared before each document so the same document
# always gets the same map.
_private_text: dict[tuple[bytes, int], str] = {}


def begin_document() -> None:
    """Forget the previous document's private-glyph texts (determinism)."""
    _private_text.clear()
    _install_to_unicode()


def note_private(face: Face, code: int, text: str) -> None:
    if code >= PRIVATE_BASE:
        ps_name = bytes(face.ttf.face.name) + bytes(face.ttf.face.subfontNameX)
        _private_text.setdefault((ps_name, code), text)


def _utf16_hex(text: str) -> str:
    return text.encode("utf-16-be").hex().upper()


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """ReportLab's ToUnicode CMap, but with characters beyond U+FFFF written as UTF-16
    surrogate pairs (ReportLab writes them as five hex digits, which readers misread: an
    emoji copied as a Greek letter), and private glyph codes mapped to the text they draw."""
    face_name = fontname.split("+", 1)[-1].encode("latin-1", "replace")
    entries = []
    for i, code in enumerate(subset):
        if code >= PRIVATE_BASE:
            text = next(
                (t for (n, c), t in _private_text.items() if c == code and n == face_name),
                "\ufffd",
            )
        else:
            text = chr(code)
        entries.append(f"<{i:02X}> <{_utf16_hex(text or chr(0x200B))}>")
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo",
            f"<< /Registry ({fontname})",
            f"/Ordering ({fontname})",
            "/Supplement 0",
            ">> def",
            f"/CMapName /{fontname} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            f"{len(subset)} beginbfchar",
            *entries,
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


def _install_to_unicode() -> None:
    from reportlab.pdfbase import ttfonts

    ttfonts.makeToUnicodeCMap = _to_unicode_cmap
