"""Global search (Ctrl+F): results appear while typing, newest first, without freezing."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from coachdesk.gui.tasks import Context, Tasks
from coachdesk.services import practice
from coachdesk.storage.search_repo import MARK_END, MARK_START, SearchHit

TYPING_PAUSE_MS = 150
PAGE = 50


def snippet_html(snippet: str) -> str:
    """The FTS snippet with its matches in bold; everything else escaped."""
    out = escape(snippet.replace("\n", " "))
    return out.replace(MARK_START, "<b>").replace(MARK_END, "</b>")


class SearchPanel(QWidget):
    open_item = Signal(str, str, str)  # engagement id, session id, item id

    def __init__(self, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._generation = 0
        self._text = ""
        self._cursor: int | None = None  # where the next page starts; None: no more
        self._fetching = False
        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr("Search every note…"))
        self.query.setAccessibleName(self.tr("Search notes"))
        self.query.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setWordWrap(True)
        self.count = QLabel()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self._search)
        self.query.textChanged.connect(lambda _: self._timer.start())
        self.query.returnPressed.connect(self._activate_first)
        self.results.itemActivated.connect(self._activated)
        # More results when the list is scrolled to its end (spec §10: 50 at a time).
        self.results.verticalScrollBar().valueChanged.connect(self._scrolled)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.query)
        layout.addWidget(self.count)
        layout.addWidget(self.results, 1)

    def focus(self) -> None:
        self.query.setFocus()
        self.query.selectAll()

    def clear(self) -> None:
        self._generation += 1
        self._cursor = None
        self._fetching = False
        self.query.clear()
        self.results.clear()
        self.count.clear()

    def _search(self) -> None:
        self._generation += 1
        generation = self._generation
        self._text = text = self.query.text()
        self._fetching = True

        def work(ctx: Context) -> list[SearchHit]:
            return practice.search(ctx.db, text, limit=PAGE)

        self._tasks.run(work, lambda hits: self._show(generation, hits, replace=True))

    def _scrolled(self, value: int) -> None:
        bar = self.results.verticalScrollBar()
        if value < bar.maximum() or self._cursor is None or self._fetching:
            return
        self._fetching = True
        generation, text, before = self._generation, self._text, self._cursor

        def work(ctx: Context) -> list[SearchHit]:
            return practice.search(ctx.db, text, limit=PAGE, before=before)

        self._tasks.run(work, lambda hits: self._show(generation, hits, replace=False))

    def _show(self, generation: int, hits: list[SearchHit], *, replace: bool) -> None:
        if generation != self._generation:
            return  # an older query answered late
        self._fetching = False
        if replace:
            self.results.clear()
        self._cursor = hits[-1].cursor if len(hits) == PAGE else None
        for hit in hits:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, (hit.engagement_id, hit.session_id, hit.item_id))
            label = QLabel(
                f"<span style='color:#5f6b7a'>{hit.start:%Y-%m-%d} · "
                f"{escape(hit.engagement_title)}</span><br>{snippet_html(hit.snippet)}"
            )
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            item.setSizeHint(label.sizeHint())
            self.results.addItem(item)
            self.results.setItemWidget(item, label)
        shown = self.results.count()
        if self.query.text().strip():
            if not shown:
                self.count.setText(self.tr("No matches"))
            elif self._cursor is None:
                self.count.setText(self.tr("Matches: %n, newest first", "", shown))
            else:
                self.count.setText(
                    self.tr("Matches: %n so far, newest first; scroll for more", "", shown)
                )
        else:
            self.count.clear()

    def _activate_first(self) -> None:
        if self.results.count():
            self._activated(self.results.item(0))

    def _activated(self, item: QListWidgetItem) -> None:
        engagement_id, session_id, item_id = item.data(Qt.ItemDataRole.UserRole)
        self.open_item.emit(engagement_id, session_id, item_id)
