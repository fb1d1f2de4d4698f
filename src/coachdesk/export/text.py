"""Text in any script, laid out and drawn the same way everywhere in a report.

The steps are the standard ones, each done by a maintained library where there is one:

1. every character finds a bundled face (:mod:`coachdesk.export.fonts`); a character no face
   has is refused (:class:`Unprintable`) rather than drawn as an empty box;
2. the Unicode bidirectional algorithm (UAX #9, through ``python-bidi``) gives each character
   its embedding level; lines are broken in logical order;
3. each line's runs of one face and one level are put in visual order by rule L2 of UAX #9
   applied to those levels, and each run is shaped by HarfBuzz (``uharfbuzz``) in its
   direction: Arabic letters join, Devanagari clusters form, brackets mirror;
4. ReportLab draws the shaped glyphs with their HarfBuzz positions and embeds each face
   subset.

Nothing here touches the canvas at import time; :func:`fonts` registers faces on first use.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import uharfbuzz as hb
from bidi import get_base_level, get_display
from reportlab.lib.colors import Color
from reportlab.pdfbase.ttfonts import ShapeData, ShapedStr
from reportlab.platypus import Flowable

from coachdesk.export.fonts import (
    EMOJI_FROM,
    PRIVATE_BASE,
    Face,
    fonts,
    is_blank,
    is_ignorable,
    is_neutral,
    note_private,
)

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")
_RTL_CLASSES = frozenset({"R", "AL", "RLE", "RLO", "RLI", "FSI", "LRE", "LRO", "LRI", "AN"})
# No line starts with these, and none ends with the openers (CJK line-breaking basics).
_NO_START = frozenset(
    "、。，．・：；？！）」』】〕〉》〙〗］｝ー々ゝゞぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ!),.:;?]}%"
)
_NO_END = frozenset("（「『【〔〈《〘〖［｛([{")
# Kerning and optional ligatures off: a plain Latin word then needs no positioning at all
# (smaller files, cleaner copying); the features a script requires (Arabic joining, Indic
# conjuncts, mark placement) are applied by HarfBuzz whatever this says.
_FEATURES = {"kern": False, "liga": False}


class Unprintable(ValueError):
    """A character none of the bundled faces has; ``codepoint`` names it."""

    def __init__(self, codepoint: int) -> None:
        super().__init__(f"U+{codepoint:04X}")
        self.codepoint = codepoint


def clean(text: str) -> str:
    """NFC, CR LF as LF, tabs as spaces, other control characters as spaces."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\t", "    ")
    return _CONTROL.sub(" ", text)


def first_unprintable(text: str) -> int | None:
    """The first character of ``text`` no bundled face can print, or None."""
    faces = fonts().regular
    for ch in set(clean(text)):
        if ch == "\n" or is_blank(ch) or is_ignorable(ch):
            continue
        if not any(f.has(ch) for f in faces):
            return min(ord(c) for c in clean(text) if c == ch)
    return None


@lru_cache(maxsize=8192)
def _kind(ch: str) -> tuple[bool, bool, bool, bool, bool]:
    """(neutral, ignorable, mark, blank, wide) of a character, looked up once."""
    return (
        is_neutral(ch),
        is_ignorable(ch),
        unicodedata.category(ch).startswith("M"),
        is_blank(ch),
        unicodedata.east_asian_width(ch) in ("W", "F"),
    )


@lru_cache(maxsize=8192)
def _first_face(ch: str, bold: bool) -> Face | None:
    chain = fonts().chain(bold)
    if ord(ch) >= EMOJI_FROM:
        chain = tuple(sorted(chain, key=lambda f: f.text))  # the emoji face first
    return next((f for f in chain if f.has(ch)), None)


def _faces_of(text: str, bold: bool) -> list[Face | None]:
    """The face of each character (None: an invisible character no nearby face has)."""
    primary = fonts().primary(bold)
    out: list[Face | None] = []
    current: Face | None = None
    for ch in text:
        neutral, ignorable, mark, blank, _ = _kind(ch)
        if neutral:
            if current is not None and current.text and current.has(ch):
                out.append(current)
                continue
            if ignorable:
                out.append(None)
                continue
            if not mark and primary.has(ch):
                out.append(primary)
                continue
        face = _first_face(ch, bold)
        if face is None:
            if blank:
                out.append(primary)
                continue
            raise Unprintable(ord(ch))
        out.append(face)
        current = face
    return out


def _levels(text: str) -> tuple[int, list[int]]:
    """The paragraph level and each character's embedding level (UAX #9, python-bidi)."""
    if not any(unicodedata.bidirectional(c) in _RTL_CLASSES for c in text):
        return 0, [0] * len(text)
    base = get_base_level(text)
    info = get_display(text, base_dir="R" if base else "L", debug=True)
    assert isinstance(info, str)
    start = info.index("\n    levels: [")
    end = info.index("\n    paragraphs: [", start)
    per_byte = [int(v) for v in re.findall(r"Level\(\s*(\d+)", info[start:end])]
    levels: list[int] = []
    offset = 0
    for ch in text:  # python-bidi reports a level per UTF-8 byte
        levels.append(per_byte[offset])
        offset += len(ch.encode("utf-8"))
    return base, levels


@lru_cache(maxsize=65536)
def _shape(face: Face, text: str, rtl: bool) -> tuple[str, float]:
    """``text`` shaped by HarfBuzz in one face: glyphs as ReportLab character codes with
    their positions, in visual order, and the advance in thousandths of an em."""
    buf = hb.Buffer()
    buf.add_str(text)
    buf.guess_segment_properties()
    buf.direction = "rtl" if rtl else "ltr"
    buf.cluster_level = hb.BufferClusterLevel.MONOTONE_CHARACTERS
    hb.shape(face.hb_font, buf, _FEATURES)
    codes: list[str] = []
    data: list[Any] = []
    total = 0.0
    widths = face.ttf.face.charWidths
    for info, pos in zip(buf.glyph_infos, buf.glyph_positions, strict=True):
        code = face.code_for(info.codepoint, pos.x_advance)
        x_advance = face.scale(pos.x_advance)
        total += x_advance
        codes.append(chr(code))
        data.append(
            ShapeData(
                info.cluster,
                x_advance,
                face.scale(pos.y_advance),
                face.scale(pos.x_offset),
                face.scale(pos.y_offset),
                widths.get(code, x_advance),
            )
        )
    glyphs = "".join(codes)
    simple = all(
        d.x_offset == 0
        and d.y_offset == 0
        and d.y_advance == 0
        and abs(d.x_advance - d.width) < 1e-6
        and ord(c) < PRIVATE_BASE
        for c, d in zip(glyphs, data, strict=True)
    )
    if simple:  # drawn as plain text with the font's own widths: the same positions
        return glyphs, total
    return ShapedStr(glyphs, shapeData=data), total


@dataclass(frozen=True)
class Piece:
    face: Face
    text: str  # the run in logical order
    glyphs: str  # a ShapedStr when the glyphs need HarfBuzz's positions
    width: float  # points


@dataclass(frozen=True)
class Line:
    pieces: tuple[Piece, ...]
    width: float
    rtl: bool


@dataclass(frozen=True)
class Style:
    size: float
    leading: float
    bold: bool = False
    color: Color | None = None
    align: str = "start"  # "start" (left, or right in a right-to-left paragraph), "right"
    space_before: float = 0.0
    space_after: float = 0.0


def _runs(
    text: str, faces: Sequence[Face | None], levels: Sequence[int], start: int, end: int
) -> Iterator[tuple[Face, int, str]]:
    """Maximal runs of one face and one level in [start, end), logical order."""
    run: list[str] = []
    key: tuple[Face, int] | None = None
    for i in range(start, end):
        face = faces[i]
        if face is None:
            continue
        k = (face, levels[i])
        if key is not None and k != key:
            yield key[0], key[1], "".join(run)
            run = []
        key = k
        run.append(text[i])
    if key is not None and run:
        yield key[0], key[1], "".join(run)


def _visual(runs: list[tuple[Face, int, str]]) -> list[tuple[Face, int, str]]:
    """Rule L2 of UAX #9 over the runs' resolved levels: from the highest level down to the
    lowest odd one, reverse every sequence of runs at that level or higher."""
    if not runs:
        return runs
    top = max(r[1] for r in runs)
    lowest_odd = min((r[1] for r in runs if r[1] % 2), default=top + 1)
    out = list(runs)
    for level in range(top, lowest_odd - 1, -1):
        i = 0
        while i < len(out):
            if out[i][1] >= level:
                j = i
                while j < len(out) and out[j][1] >= level:
                    j += 1
                out[i:j] = out[i:j][::-1]
                i = j
            else:
                i += 1
    return out


def _width(text: str, faces: Sequence[Face | None], levels: Sequence[int], a: int, b: int,
           size: float) -> float:  # fmt: skip
    return sum(_shape(f, t, lvl % 2 == 1)[1] for f, lvl, t in _runs(text, faces, levels, a, b)) * (
        size / 1000.0
    )


def _breaks(text: str) -> list[int]:
    """Indices before which a line may break (after spaces; around CJK characters)."""
    out = []
    kinds = [_kind(c) for c in text]
    for i in range(1, len(text)):
        _, ignorable, mark, blank, wide = kinds[i]
        if blank or mark or ignorable or text[i - 1] == "\u200d":
            continue
        prev_blank, prev_wide = kinds[i - 1][3], kinds[i - 1][4]
        if prev_blank or (
            (wide or prev_wide) and text[i] not in _NO_START and text[i - 1] not in _NO_END
        ):
            out.append(i)
    return out


def _clusters(text: str, a: int, b: int) -> list[int]:
    """Indices in (a, b) where a too-long word may be cut: not inside a cluster."""
    return [
        i
        for i in range(a + 1, b)
        if not (
            unicodedata.category(text[i]).startswith("M")
            or is_ignorable(text[i])
            or text[i - 1] == "\u200d"
            or 0xDC00 <= ord(text[i]) <= 0xDFFF
        )
    ]


def _trim(text: str, a: int, b: int) -> int:
    while b > a and is_blank(text[b - 1]):
        b -= 1
    return b


def layout(text: str, style: Style, width: float) -> list[Line]:
    """``text`` broken into lines no wider than ``width`` (a line per paragraph at least)."""
    lines: list[Line] = []
    all_faces = fonts().regular
    # A space no face has (a rare width of space) prints as a plain space, never a box.
    text = "".join(
        " " if is_blank(c) and c != "\n" and not any(f.has(c) for f in all_faces) else c
        for c in clean(text)
    )
    for para in text.split("\n"):
        faces = _faces_of(para, style.bold)
        base, levels = _levels(para)
        lines += _para_lines(para, faces, base, levels, style, width)
    return lines


def _para_lines(
    para: str,
    faces: list[Face | None],
    base: int,
    levels: list[int],
    style: Style,
    width: float,
) -> list[Line]:
    bounds = [0, *_breaks(para), len(para)]
    spans: list[tuple[int, int]] = []
    start = 0
    end = 0
    for a, b in itertools.pairwise(bounds):
        if a == b:
            continue
        candidate = _width(para, faces, levels, start, _trim(para, start, b), style.size)
        if candidate <= width or end == start:
            if candidate > width:  # one word longer than the line: cut it by clusters
                start, end = _cut(para, faces, levels, start, b, style.size, width, spans)
            else:
                end = b
            continue
        spans.append((start, end))
        start = a
        if _width(para, faces, levels, a, _trim(para, a, b), style.size) > width:
            start, end = _cut(para, faces, levels, a, b, style.size, width, spans)
        else:
            end = b
    spans.append((start, max(end, start)))
    return [_line(para, faces, levels, base, a, _trim(para, a, b), style.size) for a, b in spans]


def _cut(
    text: str,
    faces: Sequence[Face | None],
    levels: Sequence[int],
    a: int,
    b: int,
    size: float,
    width: float,
    spans: list[tuple[int, int]],
) -> tuple[int, int]:
    """Cut [a, b) into full lines appended to ``spans``; returns the open last piece."""
    cuts = [*_clusters(text, a, b), b]
    start = a
    prev = a
    for c in cuts:
        if _width(text, faces, levels, start, c, size) > width and prev > start:
            spans.append((start, prev))
            start = prev
        prev = c
    return start, b


def _line(
    text: str,
    faces: Sequence[Face | None],
    levels: Sequence[int],
    base: int,
    a: int,
    b: int,
    size: float,
) -> Line:
    pieces = []
    for face, level, run in _visual(list(_runs(text, faces, levels, a, b))):
        glyphs, advance = _shape(face, run, level % 2 == 1)
        pieces.append(Piece(face, run, glyphs, advance * size / 1000.0))
    return Line(tuple(pieces), sum(p.width for p in pieces), base % 2 == 1)


def _note_private(piece: Piece) -> None:
    """Tell the ToUnicode map what text each glyph without a character of its own draws: its
    cluster's characters less those drawn by the cluster's other glyphs."""
    data = getattr(piece.glyphs, "__shapeData__", None)
    codes = [ord(c) for c in piece.glyphs]
    if data is None or all(c < PRIVATE_BASE for c in codes):
        return
    starts = sorted({d.cluster for d in data})
    ends = dict(zip(starts, [*starts[1:], len(piece.text)], strict=True))
    for i, code in enumerate(codes):
        if code < PRIVATE_BASE:
            continue
        cluster = data[i].cluster
        text = piece.text[cluster : ends[cluster]]
        for j, other in enumerate(codes):
            if j == i or data[j].cluster != cluster:
                continue
            if other < PRIVATE_BASE:
                text = text.replace(chr(other), "", 1)
            elif j < i:  # the cluster's first private glyph carries its text
                text = ""
        note_private(piece.face, code, text)


def draw_line(canv: Any, line: Line, x: float, y: float, size: float) -> None:
    """Draw one laid-out line with its left end at ``x`` and its baseline at ``y``: one text
    object whose runs follow each other (each advances by its glyphs' widths), ended by a
    line break so text extraction keeps lines apart."""
    t = canv.beginText(x, y)
    for piece in line.pieces:
        _note_private(piece)
        t.setFont(piece.face.name, size)
        t.textOut(piece.glyphs)
    t.textLine("")
    canv.drawText(t)


def draw_text(
    canv: Any, text: str, x: float, y: float, size: float, *, bold: bool = False,
    anchor: str = "start",
) -> float:  # fmt: skip
    """One line of text (a footer, a chart label); ``anchor`` "start", "middle" or "end".
    Returns the width drawn."""
    line = layout(text.replace("\n", " "), Style(size, size * 1.2, bold), 1e9)[0]
    if anchor == "middle":
        x -= line.width / 2
    elif anchor == "end":
        x -= line.width
    draw_line(canv, line, x, y, size)
    return line.width


class TextBlock(Flowable):
    """A paragraph of plain text in any script: wraps, splits across pages by lines (never
    fewer than two lines on either side when it has four or more), aligns right-to-left
    paragraphs to the right."""

    def __init__(self, text: str, style: Style, *, keep_with_next: bool = False) -> None:
        super().__init__()
        self.text = text
        self.style = style
        self.keepWithNext = keep_with_next
        self._lines: list[Line] | None = None
        self._laid_width = -1.0
        self.spaceBefore = style.space_before
        self.spaceAfter = style.space_after

    @classmethod
    def _of_lines(cls, lines: list[Line], style: Style, width: float) -> TextBlock:
        block = cls("", style)
        block._lines = lines
        block._laid_width = width
        return block

    def lines(self, width: float) -> list[Line]:
        if self._lines is None or self._laid_width != width:
            self._lines = layout(self.text, self.style, width)
            self._laid_width = width
        return self._lines

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = len(self.lines(availWidth)) * self.style.leading
        return availWidth, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        lines = self.lines(availWidth)
        fit = int(availHeight // self.style.leading)
        if len(lines) >= 4:
            fit = min(fit, len(lines) - 2)
            if fit < 2:
                return []
        if fit < 1 or fit >= len(lines):
            return []
        first = TextBlock._of_lines(lines[:fit], self.style, availWidth)
        first.spaceBefore = self.spaceBefore
        first.spaceAfter = 0
        rest = TextBlock._of_lines(lines[fit:], self.style, availWidth)
        rest.spaceBefore = 0
        rest.spaceAfter = self.spaceAfter
        return [first, rest]

    def draw(self) -> None:
        canv = self.canv
        style = self.style
        lines = self.lines(self.width)
        if style.color is not None:
            canv.setFillColor(style.color)
        descent = style.size * 0.25
        y = self.height - style.leading + (style.leading - style.size) / 2 + descent
        for line in lines:
            right = style.align == "right" or (style.align == "start" and line.rtl)
            x = self.width - line.width if right else 0.0
            draw_line(canv, line, x, y, style.size)
            y -= style.leading
