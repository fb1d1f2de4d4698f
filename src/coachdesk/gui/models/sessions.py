"""The session list of the open engagement: newest first, one line each, backed by ids.

The engagement page already holds its sessions (one read through the worker when the
engagement opens), so the model is filled from it rather than fetching on its own.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from coachdesk.domain import Session
from coachdesk.gui import labels

ROLE_ID = Qt.ItemDataRole.UserRole

Index = QModelIndex | QPersistentModelIndex


def session_label(s: Session) -> str:
    """When, what kind, what became of it, and its topic if it has one."""
    label = (
        f"{labels.date_time(s.start)} · {labels.session_kind(s.kind)} · "
        f"{labels.session_status(s.status)}"
    )
    return f"{label} · {s.topic}" if s.topic else label


class SessionListModel(QAbstractListModel):
    def __init__(self) -> None:
        super().__init__()
        self._sessions: list[Session] = []

    def set_sessions(self, sessions: Iterable[Session]) -> None:
        """Show ``sessions`` newest first (the view's current row goes with the reset)."""
        self.beginResetModel()
        self._sessions = sorted(sessions, key=lambda s: s.start, reverse=True)
        self.endResetModel()

    def clear(self) -> None:
        self.set_sessions(())

    def update(self, session: Session) -> None:
        """A session stored elsewhere (the editor): its line says what it now is."""
        for row, s in enumerate(self._sessions):
            if s.id == session.id:
                self._sessions[row] = session
                index = self.index(row)
                self.dataChanged.emit(index, index)
                return

    def session(self, index: Index) -> Session | None:
        if not index.isValid() or index.row() >= len(self._sessions):
            return None
        return self._sessions[index.row()]

    def row_of(self, session_id: str) -> int:
        """The row of ``session_id``, or -1."""
        return next((r for r, s in enumerate(self._sessions) if s.id == session_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._sessions)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        session = self.session(index)
        if session is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return session_label(session)
        if role == ROLE_ID:
            return session.id
        return None
