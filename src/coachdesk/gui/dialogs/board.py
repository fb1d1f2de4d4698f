"""The disclosure board (spec §4): for each recipient of an engagement, over a period,
exactly what a report would give them now, and what awaits the coachee's agreement, with one
action to mark several items agreed after going through them together; and the exceptions an
edit voided, which the coach must record again.

Every line comes from ``services.board``, that is from the disclosure rule itself. The board
is non-modal: it reloads whenever the engagement changes (``engagement_changed``), and what it
records binds to the text it showed (each item's SHA-256 goes with "Mark checked as agreed";
the service refuses, and the board says so and reloads, when a text changed meanwhile).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain import NoteItem, text_sha256
from coachdesk.gui import labels
from coachdesk.gui.alive import while_alive
from coachdesk.gui.messages import error_text
from coachdesk.gui.tasks import Context, Tasks
from coachdesk.gui.widgets.disclosure_view import DisclosureView
from coachdesk.gui.widgets.sharing import AgreeDialog, Recipient, recipients_of
from coachdesk.policy import Disclosure, Period
from coachdesk.services import board as board_service
from coachdesk.services import sharing

ID_ROLE = Qt.ItemDataRole.UserRole
HASH_ROLE = Qt.ItemDataRole.UserRole + 1


def buddy_label(text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


class RecipientPage(QWidget):
    agree_requested = Signal(object, dict)  # Recipient, {item id: SHA-256 of the text shown}

    def __init__(self, recipient: Recipient, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.recipient = recipient
        self.view = DisclosureView()
        self.awaiting = QListWidget()
        self.awaiting.setAccessibleName(self.tr("Awaiting the coachee's agreement"))
        self.awaiting.setWordWrap(True)
        self.agree = QPushButton(self.tr("Mark checked as &agreed…"))
        self.agree.clicked.connect(self._agree)
        self.awaiting.itemChanged.connect(lambda _: self._update_button())
        check_all = QPushButton(self.tr("Check a&ll"))
        check_all.clicked.connect(self._check_all)
        buttons = QHBoxLayout()
        buttons.addWidget(check_all)
        buttons.addStretch(1)
        buttons.addWidget(self.agree)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<b>Would receive now</b>")))
        layout.addWidget(self.view, 3)
        layout.addWidget(QLabel(self.tr("<b>Awaiting the coachee's agreement</b>")))
        layout.addWidget(self.awaiting, 2)
        layout.addLayout(buttons)
        self.void_heading = QLabel(
            self.tr(
                "<b>Exceptions voided by an edit</b>: not disclosed until you record them "
                "again on the note"
            )
        )
        self.void_heading.setWordWrap(True)
        self.void_heading.setStyleSheet("color: #a15c00;")
        self.void = QListWidget()
        self.void.setAccessibleName(self.tr("Exceptions voided by an edit"))
        self.void.setWordWrap(True)
        self.void.setMaximumHeight(110)
        self.void_heading.hide()
        self.void.hide()
        layout.addWidget(self.void_heading)
        layout.addWidget(self.void, 1)

    def show_disclosure(
        self,
        disclosure: Disclosure,
        items: dict[str, tuple[dt.date, NoteItem]],
        void_exceptions: tuple[str, ...] = (),
    ) -> None:
        # What the coach had checked stays checked across a reload, as long as its text is
        # the same: a changed text must be looked at again.
        kept = set(self.checked().items())
        self.view.show_set(disclosure.included)
        self.awaiting.blockSignals(True)
        self.awaiting.clear()
        for item_id in disclosure.awaiting:
            day, item = items[item_id]
            row = QListWidgetItem(_line(day, item))
            digest = text_sha256(item.text)
            row.setData(ID_ROLE, item_id)
            row.setData(HASH_ROLE, digest)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(
                Qt.CheckState.Checked if (item_id, digest) in kept else Qt.CheckState.Unchecked
            )
            self.awaiting.addItem(row)
        if not disclosure.awaiting:
            empty = QListWidgetItem(self.tr("Nothing awaits agreement."))
            empty.setData(ID_ROLE, "")
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.awaiting.addItem(empty)
        self.awaiting.blockSignals(False)
        self.void.clear()
        for item_id in void_exceptions:
            day, item = items[item_id]
            self.void.addItem(QListWidgetItem(_line(day, item)))
        self.void_heading.setVisible(bool(void_exceptions))
        self.void.setVisible(bool(void_exceptions))
        self._update_button()

    def checked(self) -> dict[str, str]:
        """The checked items, each with the SHA-256 of the text this page shows for it."""
        out = {}
        for i in range(self.awaiting.count()):
            row = self.awaiting.item(i)
            if row.checkState() == Qt.CheckState.Checked:
                out[str(row.data(ID_ROLE))] = str(row.data(HASH_ROLE))
        return out

    def _check_all(self) -> None:
        for i in range(self.awaiting.count()):
            row = self.awaiting.item(i)
            if row.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                row.setCheckState(Qt.CheckState.Checked)

    def _update_button(self) -> None:
        self.agree.setEnabled(bool(self.checked()))

    def _agree(self) -> None:
        chosen = self.checked()
        if chosen:
            self.agree_requested.emit(self.recipient, chosen)


class BoardDialog(QDialog):
    changed = Signal()  # sharing states were stored

    def __init__(
        self,
        tasks: Tasks,
        engagement_id: str,
        parent: QWidget | None = None,
        flush: Callable[[], None] | None = None,
    ) -> None:
        """``flush`` saves the window's pending edits: it runs before anything is recorded,
        so a text typed but not yet saved cannot slip past the hash check."""
        super().__init__(parent)
        self._tasks = tasks
        self._flush = flush
        self.engagement_id = engagement_id
        self.setWindowTitle(self.tr("Disclosure board"))
        self.resize(820, 640)
        today = QDate.currentDate()
        self.start = QDateEdit(today.addYears(-1))
        self.end = QDateEdit(today)
        for edit, name in ((self.start, self.tr("From")), (self.end, self.tr("To"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(labels.date_format())
            edit.setAccessibleName(name)
            edit.setMaximumDate(today)  # what a report would give now: never a later day
            edit.dateChanged.connect(lambda _: self.reload())
        self.status = QLabel()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b3261e;")
        self.message.setAccessibleName(self.tr("Board message"))
        self.message.hide()
        self.tabs = QTabWidget()
        self.pages: dict[str, RecipientPage] = {}
        top = QHBoxLayout()
        top.addWidget(buddy_label(self.tr("&From:"), self.start))
        top.addWidget(self.start)
        top.addWidget(buddy_label(self.tr("&To:"), self.end))
        top.addWidget(self.end)
        top.addStretch(1)
        top.addWidget(self.status)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "For each recipient: exactly what a report would contain now, and what the "
                "coachee has not agreed to yet. Go through it together at the end of a session."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.reload)
        self._first = True
        self._dialog: QDialog | None = None
        self.reload()

    def engagement_changed(self, engagement_id: str) -> None:
        """Something of an engagement was stored (``""``: of anything in the practice)."""
        if engagement_id in ("", self.engagement_id):
            self.reload()

    def reload(self) -> None:
        start = self.start.date().toPython()
        end = self.end.date().toPython()
        assert isinstance(start, dt.date) and isinstance(end, dt.date)
        today = dt.date.today()
        first = self._first
        engagement_id = self.engagement_id
        self.status.setText(self.tr("Loading…"))

        refusals: list[str] = []  # filled by the worker before it hands the board over

        def work(ctx: Context) -> board_service.Board:
            period = None if first else Period(start, max(start, end))
            b = board_service.board(ctx.db, engagement_id, today, period)
            from coachdesk.export.report_pdf import unprintable_reason  # the fonts load on demand

            reasons = (unprintable_reason(d.included) for d in b.recipients.values())
            refusals.extend(r for r in reasons if r)
            return b

        def show(b: board_service.Board) -> None:
            self._show(b)
            # A report that would be refused for a character no font prints: say so here.
            shown = getattr(self, "_refusal_shown", "")
            if refusals:
                text = self.tr("A report would be refused: {reason}").format(reason=refusals[0])
                self.message.setText(text)
                self.message.show()
                self._refusal_shown = text
            elif shown and self.message.text() == shown:
                self.message.hide()
                self._refusal_shown = ""

        self._tasks.run(work, while_alive(self, show), while_alive(self, self._failed))

    def _show(self, b: board_service.Board) -> None:
        if self._first:
            # The whole engagement until today, the first time.
            self._first = False
            for edit, day in ((self.start, b.period.start), (self.end, b.period.end)):
                edit.blockSignals(True)
                edit.setDate(QDate(day.year, day.month, day.day))
                edit.blockSignals(False)
        items = {item.id: (s.start.date(), item) for s in b.engagement.sessions for item in s.items}
        current = self.tabs.currentIndex()
        for r in recipients_of(b.engagement, b.names):
            page = self.pages.get(r.person_id)
            if page is None:
                page = RecipientPage(r)
                page.agree_requested.connect(self._ask_agree)
                self.pages[r.person_id] = page
                self.tabs.addTab(page, f"{r.name} ({labels.role(r.role)})")
            page.show_disclosure(
                b.recipients[r.person_id], items, b.void_exceptions.get(r.person_id, ())
            )
        if current >= 0:
            self.tabs.setCurrentIndex(current)
        self.status.setText(
            self.tr("{title}: {start} – {end}").format(
                title=b.engagement.title,
                start=labels.date(b.period.start),
                end=labels.date(b.period.end),
            )
        )

    def _failed(self, exc: Exception) -> None:
        self.status.setText(error_text(exc))

    def _ask_agree(self, recipient: Recipient, shown: dict[str, str]) -> None:
        dialog = AgreeDialog(recipient, self)

        def done() -> None:
            day, how = dialog.values()
            self.agree_items(recipient.person_id, shown, day, how)

        dialog.accepted.connect(done)
        dialog.finished.connect(dialog.deleteLater)
        self._dialog = dialog
        dialog.open()

    def agree_items(self, person_id: str, shown: dict[str, str], day: dt.date, how: str) -> None:
        """Record agreement to the texts the board showed (``shown``: item id -> SHA-256)."""
        if self._flush is not None:
            self._flush()  # queued before this write: a text typed meanwhile is compared too

        def work(ctx: Context) -> None:
            sharing.agree_items(ctx.db, shown, person_id, on=day, how=how)

        def done(_: None) -> None:
            self.message.hide()
            self.changed.emit()
            self.reload()

        def refused(exc: Exception) -> None:
            # Nothing was recorded; show what the coachee would now be agreeing to.
            self.message.setText(
                self.tr("Nothing was recorded: {reason}").format(reason=error_text(exc))
            )
            self.message.show()
            self.reload()

        self._tasks.run(work, while_alive(self, done), while_alive(self, refused))


def _line(day: dt.date, item: NoteItem) -> str:
    return f"{labels.date(day)} · {labels.item_kind(item.kind)}: {' '.join(item.text.split())}"
