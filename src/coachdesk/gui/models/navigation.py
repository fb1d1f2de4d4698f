"""The navigation tree: organisations with their engagements, then "People" with everyone.

The model holds ids and the few words each row shows, never a whole engagement. Top-level
rows (organisations and "People") come with their number of children; the children arrive
a page at a time through the database worker when a branch is expanded (``canFetchMore``)
or its end is scrolled into view (``has_more``/``fetchMore``), so a practice of 20 000
engagements costs one screenful when the vault unlocks. A reload (:func:`read` on the
worker, :meth:`apply` on the GUI thread) keeps as many rows of each branch as were loaded
before, and loads branches as far as the engagement that must be selected.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from coachdesk.gui import labels
from coachdesk.gui.tasks import Context, Tasks
from coachdesk.services import navigation
from coachdesk.services.cadence import Due
from coachdesk.services.navigation import EngagementRow, PersonRow
from coachdesk.services.vault import Database

ROLE_ID = Qt.ItemDataRole.UserRole
ROLE_KIND = Qt.ItemDataRole.UserRole + 1
ORG, ENGAGEMENT, PEOPLE, PERSON = "org", "engagement", "people", "person"
PAGE = navigation.PAGE
# Branches that start within this many rows get their first page with the tree (and are
# shown expanded, as a practice of ordinary size always was); those below wait, folded,
# until the coach opens them.
FIRST_ROWS = 1000

Index = QModelIndex | QPersistentModelIndex
Row = EngagementRow | PersonRow
BranchKey = tuple[str, str]  # (ORG or PEOPLE, the organisation's id or "")

translate = QCoreApplication.translate


@dataclass(eq=False)  # a branch is itself: pages find theirs by identity
class Branch:
    """A top-level row and the children loaded so far."""

    kind: str  # ORG or PEOPLE
    org_id: str | None  # the organisation (None: engagements without one; and "People")
    name: str
    total: int  # children in the vault when the branch was read
    rows: list[Row] = field(default_factory=list)
    loading: bool = False

    @property
    def key(self) -> BranchKey:
        return (self.kind, self.org_id or "")

    @property
    def complete(self) -> bool:
        return len(self.rows) >= self.total


@dataclass(frozen=True)
class Snapshot:
    branches: list[Branch]
    due: dict[str, Due]  # engagements with a cadence, by id
    today: dt.date


def _rows(db: Database, branch: Branch, after: navigation.Cursor | None, limit: int) -> list[Row]:
    if branch.kind == PEOPLE:
        return list(navigation.people(db, after=after, limit=limit))
    return list(navigation.engagements(db, branch.org_id, after=after, limit=limit))


def read(
    db: Database,
    keep: dict[BranchKey, int],
    current: str | None,
    page: int = PAGE,
    first_rows: int = FIRST_ROWS,
) -> list[Branch]:
    """The branches of the tree (on the worker). Each keeps the rows it had (``keep``); a
    branch that starts within ``first_rows`` rows gets its first page; the branch of
    ``current`` is loaded as far as it."""
    found = navigation.engagement_row(db, current) if current else None
    branches = [Branch(ORG, o.id, o.name, o.engagements) for o in navigation.organisations(db)]
    branches.append(Branch(PEOPLE, None, "", navigation.people_count(db)))
    shown = 0  # rows above the branch
    for branch in branches:
        shown += 1
        want = keep.get(branch.key, 0)
        if not want and shown <= first_rows:
            want = page
        target = found[1].id if found and branch.kind == ORG and found[0] == branch.org_id else None
        if branch.total and (want or target):
            want = -(-max(want, 1) // page) * page  # whole pages
            rows = _rows(db, branch, None, want)
            while target is not None and len(rows) == want and all(r.id != target for r in rows):
                more = _rows(db, branch, rows[-1].cursor, page)
                rows += more
                want += page
                if len(more) < page:
                    break
            branch.rows = rows
            if len(rows) < want:
                branch.total = len(rows)  # the vault changed since it was counted
        shown += len(branch.rows)
    return branches


class NavigationModel(QAbstractItemModel):
    """Two levels: top rows have internal id 0, a child has its top row's number + 1."""

    def __init__(self, tasks: Tasks, page: int = PAGE, first_rows: int = FIRST_ROWS) -> None:
        super().__init__()
        self._tasks = tasks
        self.page = page
        self.first_rows = first_rows
        self._branches: list[Branch] = []
        self._due: dict[str, Due] = {}
        self._today = dt.date.today()
        self._generation = 0  # a page read before a reset is dropped when it arrives
        self._texts: dict[str, str] = {}
        self._grey = QBrush(QColor("#6b6b6b"))
        self._red = QBrush(QColor("#a23b2a"))

    # -- filling -----------------------------------------------------------------------

    def keep(self) -> dict[BranchKey, int]:
        """How many rows each branch has now: a reload keeps them."""
        return {b.key: len(b.rows) for b in self._branches if b.rows}

    def apply(self, snapshot: Snapshot) -> None:
        self.beginResetModel()
        self._generation += 1
        self._branches = snapshot.branches
        self._due = snapshot.due
        self._today = snapshot.today
        # Translated once per reload, not per row (spec §10: no stall over 50 ms).
        self._texts = {
            "ended": translate("MainWindow", "{label} (ended)"),
            "id": translate("MainWindow", "id: {id}"),
            "overdue": translate("MainWindow", "{label} · coaching overdue"),
            "overdue_tip": translate("MainWindow", "A coaching session was due on {date}."),
            "no_org": translate("MainWindow", "No organisation"),
            "people": translate("MainWindow", "People"),
        }
        self.endResetModel()

    def clear(self) -> None:
        self.apply(Snapshot([], {}, dt.date.today()))

    @property
    def due(self) -> dict[str, Due]:
        return self._due

    @property
    def engagements_total(self) -> int:
        return sum(b.total for b in self._branches if b.kind == ORG)

    def has_more(self, parent: Index) -> bool:
        """The branch has rows not loaded yet, and none are on their way."""
        branch = self._branch(parent)
        return branch is not None and not branch.loading and not branch.complete

    def canFetchMore(self, parent: Index) -> bool:
        # Qt's tree view asks every expanded branch for more each time it lays itself out,
        # which would read a 20 000-engagement organisation page after page in the
        # background. So Qt is offered a branch's first page only (expanding fetches it);
        # the next pages come when the branch's end scrolls into view (has_more, and the
        # navigation controller's fetch_visible).
        return self.has_more(parent) and not self.rowCount(parent)

    def fetchMore(self, parent: Index) -> None:
        branch = self._branch(parent)
        if branch is None or branch.loading or branch.complete:
            return
        branch.loading = True
        generation = self._generation
        after = branch.rows[-1].cursor if branch.rows else None
        page = self.page

        def work(ctx: Context) -> list[Row]:
            return _rows(ctx.db, branch, after, page)

        def arrived(rows: list[Row]) -> None:
            if generation == self._generation:
                top = next(i for i, b in enumerate(self._branches) if b is branch)
                if len(rows) < page:
                    branch.total = len(branch.rows) + len(rows)
                if rows:
                    first = len(branch.rows)
                    self.beginInsertRows(self.index(top, 0), first, first + len(rows) - 1)
                    branch.rows.extend(rows)
                    self.endInsertRows()
            # Only now: a view may ask for more while the rows go in, and must not ask
            # for the same page twice.
            branch.loading = False

        def failed(exc: Exception) -> None:
            branch.loading = False
            self._tasks.error.emit(exc)

        self._tasks.run(work, arrived, failed)

    # -- finding -----------------------------------------------------------------------

    def branch_index(self, kind: str, org_id: str | None = None) -> QModelIndex:
        for row, b in enumerate(self._branches):
            if b.kind == kind and (kind == PEOPLE or b.org_id == org_id):
                return self.index(row, 0)
        return QModelIndex()

    def engagement_index(self, engagement_id: str) -> QModelIndex:
        """The row of a loaded engagement, or an invalid index."""
        for top, b in enumerate(self._branches):
            if b.kind != ORG:
                continue
            for row, r in enumerate(b.rows):
                if r.id == engagement_id:
                    return self.createIndex(row, 0, top + 1)
        return QModelIndex()

    def organisation_of(self, index: Index) -> str | None:
        """The organisation of a row: its own, or the one above an engagement."""
        if not index.isValid():
            return None
        top = index.row() if index.internalId() == 0 else index.internalId() - 1
        branch = self._branches[top]
        return branch.org_id if branch.kind == ORG else None

    def _branch(self, index: Index) -> Branch | None:
        if not index.isValid() or index.internalId() != 0:
            return None
        return self._branches[index.row()] if index.row() < len(self._branches) else None

    # -- the model ---------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, 0) if row < len(self._branches) else QModelIndex()
        branch = self._branch(parent)
        if branch is None or row >= len(branch.rows):
            return QModelIndex()
        return self.createIndex(row, 0, parent.row() + 1)

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid() or child.internalId() == 0:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._branches)
        branch = self._branch(parent)
        return len(branch.rows) if branch is not None and parent.column() == 0 else 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 1

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        if not parent.isValid():
            return bool(self._branches)
        branch = self._branch(parent)
        return (
            branch is not None and parent.column() == 0 and (branch.total > 0 or bool(branch.rows))
        )

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return self._branch_data(self._branches[index.row()], role)
        row = self._branches[index.internalId() - 1].rows[index.row()]
        if isinstance(row, PersonRow):
            return self._person_data(row, role)
        return self._engagement_data(row, role)

    def _branch_data(self, branch: Branch, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if branch.kind == PEOPLE:
                return self._texts["people"]
            return branch.name or self._texts["no_org"]
        if role == ROLE_ID:
            return branch.org_id or ""  # never None (see search.py on empty QVariants)
        if role == ROLE_KIND:
            return branch.kind
        return None

    def _person_data(self, p: PersonRow, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return p.name
        if role == Qt.ItemDataRole.ToolTipRole:
            # The id is what the command line takes (coachdesk team-report --recipient ID).
            return (f"{p.title}\n" if p.title else "") + self._texts["id"].format(id=p.id)
        if role == ROLE_ID:
            return p.id
        if role == ROLE_KIND:
            return PERSON
        return None

    def _engagement_data(self, e: EngagementRow, role: int) -> Any:
        if role == ROLE_ID:
            return e.id
        if role == ROLE_KIND:
            return ENGAGEMENT
        ended = e.end is not None and e.end < self._today
        due = self._due.get(e.id)
        overdue = due is not None and due.overdue
        if role == Qt.ItemDataRole.DisplayRole:
            label = f"{e.coachee_name} — {e.title}"
            if ended:
                label = self._texts["ended"].format(label=label)
            if overdue:
                label = self._texts["overdue"].format(label=label)
            return label
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._red if overdue else self._grey if ended else None
        if role == Qt.ItemDataRole.ToolTipRole:
            end = labels.date(e.end) if e.end else "…"
            tip = f"{e.coachee_name} — {e.title}\n{labels.date(e.start)} – {end}"
            if due is not None and overdue:
                tip += "\n" + self._texts["overdue_tip"].format(date=labels.date(due.due))
            return tip
        return None
