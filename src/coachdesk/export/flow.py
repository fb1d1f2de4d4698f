"""How a report's blocks share pages: headings stay with what follows, rows split.

ReportLab's ``KeepTogether`` moves a block that does not fit to the next page whole, and
when the block is taller than a page it first inserts a page break, leaving a mostly blank
page before a long note. :class:`KeepWithStart` keeps only the *start* of what follows with
its heading; the rest flows. :class:`Columns` is a table row whose cells are text blocks and
which, unlike a ReportLab table row, can split across pages (a 5 000-character goal title).
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.colors import Color
from reportlab.platypus import Flowable


class KeepWithStart(Flowable):
    """``head`` (headings, labels) never ends a page: it goes where the start of ``body``
    goes. If even a fresh page cannot hold them with that start, they flow as they are."""

    def __init__(self, head: Sequence[Flowable], body: Flowable) -> None:
        super().__init__()
        self.head = list(head)
        self.body = body
        self._heights: list[float] = []

    def _parts(self) -> list[Flowable]:
        return [*self.head, self.body]

    def getSpaceBefore(self) -> float:
        return float(self.head[0].getSpaceBefore()) if self.head else 0.0

    def getSpaceAfter(self) -> float:
        return float(self.body.getSpaceAfter())

    def _gap(self, i: int, parts: list[Flowable]) -> float:
        """Space between part i-1 and part i."""
        return float(parts[i - 1].getSpaceAfter()) + float(parts[i].getSpaceBefore())

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        parts = self._parts()
        self._heights = []
        total = 0.0
        for i, f in enumerate(parts):
            _, h = f.wrap(availWidth, availHeight)
            self._heights.append(h)
            total += h + (self._gap(i, parts) if i else 0.0)
        self.width, self.height = availWidth, total
        return availWidth, total

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        frame = getattr(self, "_frame", None)
        at_top = frame is not None and bool(getattr(frame, "_atTop", False))
        return self._split(availWidth, availHeight, at_top)

    def _split(self, width: float, height: float, at_top: bool) -> list[Flowable]:
        """``at_top``: the page is fresh, so moving on would not help: the parts flow."""
        parts = self._parts()
        used = 0.0
        for i, f in enumerate(self.head):
            _, h = f.wrap(width, height)
            used += h + (self._gap(i, parts) if i else 0.0)
        used += self._gap(len(self.head), parts) if self.head else 0.0
        if used < height:
            self.body.wrap(width, height - used)
            if isinstance(self.body, KeepWithStart):  # a heading under a heading
                pieces = self.body._split(width, height - used, at_top)
            else:
                pieces = self.body.split(width, height - used)
            if pieces:
                return [*self.head, *pieces]
        if at_top:
            # Taller than a page even on its own: let each part flow, the first one split
            # here if it is itself too tall (what comes back must start with a fitting part).
            first = parts[0]
            if first.wrap(width, height)[1] <= height:
                return parts
            return [*first.split(width, height), *parts[1:]]
        return []

    def draw(self) -> None:
        parts = self._parts()
        y = self.height
        for i, f in enumerate(parts):
            if i:
                y -= self._gap(i, parts)
            y -= self._heights[i]
            f.drawOn(self.canv, 0, y)


class Columns(Flowable):
    """One row of cells side by side, with a rule under it; splits by splitting its cells."""

    def __init__(
        self,
        cells: Sequence[Flowable | None],
        widths: Sequence[float],
        *,
        rule: Color | None = None,
        rule_width: float = 0.3,
        padding: float = 3.0,
    ) -> None:
        super().__init__()
        self.cells = list(cells)
        self.widths = list(widths)
        self.rule = rule
        self.rule_width = rule_width
        self.padding = padding
        self._heights: list[float] = []

    def _inner(self, i: int) -> float:
        return max(self.widths[i] - 2 * self.padding, 1.0)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._heights = [
            c.wrap(self._inner(i), availHeight)[1] if c is not None else 0.0
            for i, c in enumerate(self.cells)
        ]
        self.width = sum(self.widths)
        self.height = max(self._heights, default=0.0) + 2 * self.padding
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        room = availHeight - 2 * self.padding
        if room <= 0:
            return []
        self.wrap(availWidth, availHeight)
        first: list[Flowable | None] = []
        rest: list[Flowable | None] = []
        for i, cell in enumerate(self.cells):
            if cell is None or self._heights[i] <= room:
                first.append(cell)
                rest.append(None)
                continue
            pieces = cell.split(self._inner(i), room)
            if len(pieces) != 2:
                return []
            first.append(pieces[0])
            rest.append(pieces[1])
        common = {"padding": self.padding}
        return [
            Columns(first, self.widths, rule=None, **common),
            Columns(rest, self.widths, rule=self.rule, rule_width=self.rule_width, **common),
        ]

    def draw(self) -> None:
        x = 0.0
        for i, cell in enumerate(self.cells):
            if cell is not None:
                cell.drawOn(
                    self.canv, x + self.padding, self.height - self.padding - self._heights[i]
                )
            x += self.widths[i]
        if self.rule is not None:
            self.canv.setStrokeColor(self.rule)
            self.canv.setLineWidth(self.rule_width)
            self.canv.line(0, 0, self.width, 0)
