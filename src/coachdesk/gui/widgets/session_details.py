"""A session's own details: date and time, duration, kind, status, format and topic. Changes are
saved about a second after the last one, like note text; no Save button."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QDate, QDateTime, QTime, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from coachdesk.domain import Session, SessionFormat, SessionKind, SessionStatus
from coachdesk.gui import labels

SAVE_PAUSE_MS = 800


def _qdatetime(moment: dt.datetime) -> QDateTime:
    return QDateTime(
        QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute)
    )


class SessionDetails(QWidget):
    changed = Signal(object)  # Session (without items)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session: Session | None = None
        self.start = QDateTimeEdit()
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat(labels.date_format() + " HH:mm")
        self.start.setAccessibleName(self.tr("Date and time"))
        self.duration = QSpinBox()
        self.duration.setRange(5, 600)
        self.duration.setSingleStep(15)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setAccessibleName(self.tr("Duration in minutes"))
        self.kind = QComboBox()
        for kind in SessionKind:
            self.kind.addItem(labels.session_kind(kind), kind.value)
        self.kind.setAccessibleName(self.tr("Kind of session"))
        self.status = QComboBox()
        for status in SessionStatus:
            self.status.addItem(labels.session_status(status), status.value)
        self.status.setAccessibleName(self.tr("Status"))
        self.format = QComboBox()
        self.format.addItem(self.tr("Individual"), SessionFormat.INDIVIDUAL.value)
        self.format.addItem(self.tr("Group"), SessionFormat.GROUP.value)
        self.format.setAccessibleName(self.tr("Format"))
        self.topic = QLineEdit()
        self.topic.setPlaceholderText(self.tr("Topic (training sessions)"))
        self.topic.setAccessibleName(self.tr("Topic"))
        self._pending = False  # an edit not saved yet
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_PAUSE_MS)
        self._timer.timeout.connect(self.flush)
        row = QHBoxLayout()
        row.addWidget(self.start)
        row.addWidget(self.duration)
        row.addWidget(self.kind)
        row.addWidget(self.status)
        row.addWidget(self.format)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(row)
        form.addRow(self.topic)
        self.start.dateTimeChanged.connect(lambda _: self._edited())
        self.duration.valueChanged.connect(lambda _: self._edited())
        self.kind.currentIndexChanged.connect(lambda _: self._edited())
        self.status.currentIndexChanged.connect(lambda _: self._edited())
        self.format.currentIndexChanged.connect(lambda _: self._edited())
        self.topic.textEdited.connect(lambda _: self._edited())
        self.show_session(None)

    def show_session(self, session: Session | None) -> None:
        self.flush()
        self._session = session
        widgets = (self.start, self.duration, self.kind, self.status, self.format, self.topic)
        for w in widgets:
            w.blockSignals(True)
            w.setEnabled(session is not None)
        if session is not None:
            self.start.setDateTime(_qdatetime(session.start))
            self.duration.setValue(session.duration_min)
            self.kind.setCurrentIndex(self.kind.findData(session.kind.value))
            self.status.setCurrentIndex(self.status.findData(session.status.value))
            self.format.setCurrentIndex(self.format.findData(session.format.value))
            self.topic.setText(session.topic)
        for w in widgets:
            w.blockSignals(False)

    def current(self) -> Session | None:
        if self._session is None:
            return None
        start = self.start.dateTime().toPython()
        assert isinstance(start, dt.datetime)
        return replace(
            self._session,
            start=start.replace(second=0, microsecond=0),
            duration_min=self.duration.value(),
            kind=SessionKind(self.kind.currentData()),
            status=SessionStatus(self.status.currentData()),
            format=SessionFormat(self.format.currentData()),
            topic=self.topic.text().strip(),
            items=(),
        )

    def _edited(self) -> None:
        self._pending = True
        self._timer.start()

    def flush(self) -> None:
        if not self._pending:
            return
        self._pending = False
        self._timer.stop()
        session = self.current()
        if session is not None:
            self._session = session
            self.changed.emit(session)
