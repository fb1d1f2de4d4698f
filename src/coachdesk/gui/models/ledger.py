"""The disclosure ledger's list (spec §3, §5) as an id-backed model: every report sent, for
one engagement or the whole practice, newest first, held by ledger id. The entries are read
through the database worker (``load``); the view is handed them ``PAGE`` rows at a time as it
scrolls (``canFetchMore``/``fetchMore``), so a practice's years of reports cost the window
only the rows it shows."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    Qt,
    Signal,
)

from coachdesk.domain import LedgerEntry, Role
from coachdesk.gui import labels
from coachdesk.gui.alive import while_alive
from coachdesk.gui.models.table import Index, ReadOnlyTable
from coachdesk.gui.tasks import Context, Tasks
from coachdesk.services import practice, reports

PAGE = 200
ROW_ROLE = Qt.ItemDataRole.UserRole  # the row's place in the list
ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the entry's ledger id


def role_label(entry: LedgerEntry) -> str:
    """The recipient's role in the window's language (a role no longer known, as stored)."""
    try:
        return labels.role(Role(entry.role))
    except ValueError:
        return entry.role


class LedgerModel(ReadOnlyTable):
    """Ledger entries by id, newest first; ``loaded`` once a ledger is read."""

    loaded = Signal()
    failed = Signal(object)  # Exception

    def __init__(self, tasks: Tasks, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._ids: list[int] = []  # every entry, newest first
        self._entries: dict[int, LedgerEntry] = {}
        self._names: dict[str, str] = {}
        self._shown = 0  # the rows handed to the view so far
        self.kept: set[int] = set()  # the entries whose sent file the vault keeps
        self._headers = [
            self.tr("Sent"),
            self.tr("Recipient"),
            self.tr("Role"),
            self.tr("Period"),
            self.tr("Agreement"),
            self.tr("Password"),
            self.tr("Copy kept"),
            self.tr("File SHA-256"),
        ]

    # -- reading -----------------------------------------------------------------------

    def load(self, engagement_id: str | None) -> None:
        """Read the ledger (of one engagement, or ``None``: the practice) on the worker."""

        def work(ctx: Context) -> tuple[list[LedgerEntry], dict[str, str], set[int]]:
            return (
                reports.ledger(ctx.db, engagement_id),
                practice.names(ctx.db),
                reports.copies_kept(ctx.db),
            )

        def done(data: tuple[list[LedgerEntry], dict[str, str], set[int]]) -> None:
            self.show(*data)

        self._tasks.run(work, while_alive(self, done), while_alive(self, self.failed.emit))

    def show(self, entries: list[LedgerEntry], names: dict[str, str], kept: set[int]) -> None:
        """Show ``entries`` newest first, the first page of them at once."""
        ordered = sorted(entries, key=lambda e: (e.created_at, e.id), reverse=True)
        self.beginResetModel()
        self._ids = [e.id for e in ordered]
        self._entries = {e.id: e for e in ordered}
        self._names, self.kept = names, kept
        self._shown = min(PAGE, len(self._ids))
        self.endResetModel()
        self.loaded.emit()

    @property
    def entries(self) -> list[LedgerEntry]:
        """Every entry read, newest first (the rows not yet handed to the view included)."""
        return [self._entries[i] for i in self._ids]

    def total(self) -> int:
        return len(self._ids)

    def entry(self, row: int) -> LedgerEntry | None:
        return self._entries[self._ids[row]] if 0 <= row < self._shown else None

    # -- the model contract ------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._shown

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._shown < len(self._ids)

    def fetchMore(self, parent: Index) -> None:
        if not self.canFetchMore(parent):
            return
        more = min(PAGE, len(self._ids) - self._shown)
        self.beginInsertRows(QModelIndex(), self._shown, self._shown + more - 1)
        self._shown += more
        self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry = self.entry(index.row()) if index.isValid() else None
        if entry is None or not 0 <= index.column() < len(self._headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == len(self._headers) - 1:
            return entry.file_sha256
        if role == ROW_ROLE:
            return index.row()
        if role == ID_ROLE:
            return entry.id
        return None

    def _text(self, e: LedgerEntry, column: int) -> str:
        if column == 0:
            return e.created_at.isoformat(" ", timespec="minutes")
        if column == 1:
            return self._names.get(e.recipient_id, self.tr("(erased)"))
        if column == 2:
            return role_label(e)
        if column == 3:
            return f"{labels.date(e.period_from)} – {labels.date(e.period_to)}"
        if column == 4:
            return str(e.agreement_version) if e.agreement_version else "—"
        if column == 5:
            return self.tr("yes") if e.password_protected else self.tr("no")
        if column == 6:
            return self.tr("yes") if e.id in self.kept else self.tr("no")
        return e.file_sha256[:12] + "…"
