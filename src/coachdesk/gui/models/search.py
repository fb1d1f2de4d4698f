"""The search results as a lazy list model: newest first (or best match first), a page
of ``PAGE`` hits at a time. The view asks for more (``fetchMore``) when it is scrolled to the
end; the model then asks its panel (``more_wanted``), which reads the next page on the
database worker and appends it when it arrives."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from coachdesk.gui import labels
from coachdesk.services.search import MARK_END, MARK_START, Order, SearchHit

PAGE = 50
IDS_ROLE = Qt.ItemDataRole.UserRole
HTML_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


def snippet_html(snippet: str) -> str:
    """The FTS snippet with its matches in bold; everything else escaped."""
    out = escape(snippet.replace("\n", " "))
    return out.replace(MARK_START, "<b>").replace(MARK_END, "</b>")


def _plain(snippet: str) -> str:
    return snippet.replace("\n", " ").replace(MARK_START, "").replace(MARK_END, "")


class SearchModel(QAbstractListModel):
    """Search hits, a page at a time; ``more_wanted`` asks the panel for the next page."""

    more_wanted = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []
        self.cursor: int | None = None  # where the next page starts; None: no more
        self.fetching = False
        self.order = Order.NEWEST

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            day = labels.date(hit.start.date())
            return f"{day} · {hit.engagement_title}: {_plain(hit.snippet)}"
        if role == HTML_ROLE:
            return (
                f"<span style='color:#5f6b7a'>{labels.date(hit.start.date())} · "
                f"{escape(hit.engagement_title)}</span><br>{snippet_html(hit.snippet)}"
            )
        if role == IDS_ROLE:
            return (hit.engagement_id, hit.session_id, hit.item_id)
        return None

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self.cursor is not None and not self.fetching

    def fetchMore(self, parent: Index) -> None:
        if self.canFetchMore(parent):
            self.fetching = True
            self.more_wanted.emit()

    def _next(self, hits: list[SearchHit]) -> int | None:
        """Newest first continues from the last hit's cursor; best match by position."""
        if len(hits) < PAGE:
            return None
        return hits[-1].cursor if self.order is Order.NEWEST else len(self._hits)

    def replace(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.cursor = self._next(hits)
        self.fetching = False
        self.endResetModel()

    def append(self, hits: list[SearchHit]) -> None:
        self.fetching = False
        if hits:
            first = len(self._hits)
            self.beginInsertRows(QModelIndex(), first, first + len(hits) - 1)
            self._hits.extend(hits)
            self.endInsertRows()
        self.cursor = self._next(hits)

    def clear(self) -> None:
        self.replace([])
