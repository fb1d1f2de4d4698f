"""Global search (Ctrl+F): results appear while typing, newest first, 50 at a time with more
on scroll, without freezing the window.

The results are a lazy list model (:mod:`coachdesk.gui.models.search`): the view asks for
more (``fetchMore``) when it is scrolled to the end, the page is read on the database worker,
and rows are appended when it arrives. Every row has the same height and is painted by a
delegate, so thousands of results cost the window no more than the few it shows.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRectF, QSize, QTimer, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from coachdesk.gui.models.search import HTML_ROLE, IDS_ROLE, PAGE, Index, SearchModel
from coachdesk.gui.tasks import Context, Tasks
from coachdesk.services import practice
from coachdesk.services.search import Order, SearchHit

TYPING_PAUSE_MS = 150
LINES_PER_RESULT = 4  # the date and engagement, then up to three lines of snippet


class ResultDelegate(QStyledItemDelegate):
    """Paints a result's two parts (where, then the snippet with its matches in bold)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc = QTextDocument(self)
        self._doc.setDocumentMargin(4)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(100, option.fontMetrics.lineSpacing() * LINES_PER_RESULT + 10)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        # Only the panel (selection, hover) comes from the style. initStyleOption is not
        # called: PySide6 6.12 drops a reference to None for every empty role it reads from
        # Python, which would end in a crash after some thousands of paints.
        widget = option.widget
        if widget is not None:
            widget.style().drawPrimitive(
                QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, widget
            )
        self._doc.setDefaultFont(option.font)
        self._doc.setHtml(index.data(HTML_ROLE) or "")
        self._doc.setTextWidth(option.rect.width())
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(group))
        painter.save()
        painter.translate(option.rect.topLeft())
        clip = QRectF(0, 0, option.rect.width(), option.rect.height())
        painter.setClipRect(clip)
        context.clip = clip
        self._doc.documentLayout().draw(painter, context)
        painter.restore()


class SearchPanel(QWidget):
    open_item = Signal(str, str, str)  # engagement id, session id, item id

    def __init__(self, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._generation = 0
        self._text = ""
        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr("Search every note…"))
        self.query.setAccessibleName(self.tr("Search notes"))
        self.query.setClearButtonEnabled(True)
        self.order = QComboBox()
        self.order.addItem(self.tr("Newest first"), Order.NEWEST.value)
        self.order.addItem(self.tr("Best match first"), Order.BEST.value)
        self.order.setAccessibleName(self.tr("Order of the results"))
        self.order.currentIndexChanged.connect(lambda _: self._search())
        self.model = SearchModel(self)
        self.model.more_wanted.connect(self._more)
        self.results = QListView()
        self.results.setModel(self.model)
        self.results.setItemDelegate(ResultDelegate(self.results))
        self.results.setUniformItemSizes(True)
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.count = QLabel()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self._search)
        self.query.textChanged.connect(lambda _: self._timer.start())
        self.query.returnPressed.connect(self._activate_first)
        self.results.activated.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.query)
        row = QHBoxLayout()
        row.addWidget(self.count, 1)
        row.addWidget(self.order)
        layout.addLayout(row)
        layout.addWidget(self.results, 1)

    def focus(self) -> None:
        self.query.setFocus()
        self.query.selectAll()

    def clear(self) -> None:
        self._generation += 1
        self.query.clear()
        self._timer.stop()  # clearing the text started it: no search after a lock
        self.model.clear()
        self.count.clear()

    def _search(self) -> None:
        self._generation += 1
        generation = self._generation
        self._text = text = self.query.text()
        if not text.strip():
            self.model.clear()
            self.count.clear()
            return
        self.model.fetching = True
        self.model.order = order = Order(self.order.currentData())

        def work(ctx: Context) -> list[SearchHit]:
            return practice.search(ctx.db, text, limit=PAGE, order=order)

        self._tasks.run(work, lambda hits: self._show(generation, hits, replace=True))

    def _more(self) -> None:
        generation, text, after = self._generation, self._text, self.model.cursor
        order = self.model.order

        def work(ctx: Context) -> list[SearchHit]:
            if order is Order.BEST:
                return practice.search(ctx.db, text, limit=PAGE, offset=after or 0, order=order)
            return practice.search(ctx.db, text, limit=PAGE, before=after)

        self._tasks.run(work, lambda hits: self._show(generation, hits, replace=False))

    def _show(self, generation: int, hits: list[SearchHit], *, replace: bool) -> None:
        if generation != self._generation:
            return  # an older query answered late
        if replace:
            self.model.replace(hits)
        else:
            self.model.append(hits)
        shown = self.model.rowCount()
        if not self.query.text().strip():
            self.count.clear()
        elif not shown:
            self.count.setText(self.tr("No matches"))
        elif self.model.cursor is None:
            self.count.setText(self.tr("Matches: %n", "", shown))
        else:
            self.count.setText(self.tr("Matches: %n so far; scroll for more", "", shown))

    def _activate_first(self) -> None:
        if self.model.rowCount():
            self._activated(self.model.index(0))

    def _activated(self, index: QModelIndex) -> None:
        ids = index.data(IDS_ROLE)
        if ids:
            self.open_item.emit(*ids)
