"""The team view's table (spec §1.2) as an id-backed model: one row per agent, held by its
engagement id, read through the database worker (``load``); columns are the agent, the last
coaching and training sessions and how many were held, overdue / open actions (or, for the
agents who left, the day they left), then one column per KPI. Cells are worked out when the
view asks for them; each column sorts by a number kept beside its text (a date's ordinal,
a KPI's latest value), as the table did when it held items."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, NamedTuple

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from coachdesk.gui import labels
from coachdesk.gui.alive import while_alive
from coachdesk.gui.models.table import Index, ReadOnlyTable
from coachdesk.gui.tasks import Context, Tasks
from coachdesk.gui.widgets.trend_chart import format_value
from coachdesk.services import cadence, teams

GOOD = QColor("#1e7d32")
AMBER = QColor("#9a6700")
BAD = QColor("#b3261e")
STANDING_COLOURS = {"target": GOOD, "better": AMBER, "worse": BAD}
ID_ROLE = Qt.ItemDataRole.UserRole
FIXED_COLUMNS = 6  # agent, last coaching, held, last training, held, actions (or left)


def signed(change: float, unit: str) -> str:
    """A change with its sign: +3 %, -20 s."""
    text = format_value(abs(change), unit)
    return ("+" if change > 0 else "−" if change < 0 else "") + text


class Cell(NamedTuple):
    text: str
    key: Any  # what the column sorts by
    tip: str | None = None
    colour: QColor | None = None


class TeamModel(ReadOnlyTable):
    """The agents of one team, by engagement id; ``loaded`` once a team is shown."""

    loaded = Signal(object)  # teams.TeamOverview
    failed = Signal(object)  # Exception

    def __init__(self, tasks: Tasks, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self.overview: teams.TeamOverview | None = None
        self.overdue: dict[str, cadence.Due] = {}  # engagements overdue for coaching
        self.former = False
        self._ids: list[str] = []
        self._agents: dict[str, teams.AgentRow] = {}
        self._headers: list[str] = []

    # -- reading -----------------------------------------------------------------------

    def load(self, leader_id: str, today: dt.date, *, former: bool) -> None:
        """Read the team of ``leader_id`` on the database worker, then show it."""

        def work(ctx: Context) -> tuple[teams.TeamOverview, dict[str, cadence.Due]]:
            return (
                teams.overview(ctx.db, leader_id, today, former=former),
                cadence.overdue(ctx.db, today),
            )

        def done(result: tuple[teams.TeamOverview, dict[str, cadence.Due]]) -> None:
            self.show(result[0], result[1], former=former)

        self._tasks.run(work, while_alive(self, done), while_alive(self, self.failed.emit))

    def show(
        self,
        overview: teams.TeamOverview,
        overdue: dict[str, cadence.Due],
        *,
        former: bool,
    ) -> None:
        """Show ``overview``. Columns come and go at the end, as a table's did, so that the
        header's sort indicator stays where the coach put it."""
        headers = [
            self.tr("Agent"),
            self.tr("Last coaching"),
            self.tr("Coaching held"),
            self.tr("Last training"),
            self.tr("Training held"),
            self.tr("Left the team") if former else self.tr("Overdue / open actions"),
        ] + [f"{name}\n({unit})" if unit else name for name, unit in overview.kpi_names]
        old, new = len(self._headers), len(headers)
        if new > old:
            self.beginInsertColumns(QModelIndex(), old, new - 1)
            self._headers = self._headers + headers[old:]
            self.endInsertColumns()
        elif new < old:
            self.beginRemoveColumns(QModelIndex(), new, old - 1)
            self._headers = self._headers[:new]
            self.endRemoveColumns()
        self.beginResetModel()
        self.overview, self.overdue, self.former = overview, overdue, former
        self._headers = headers
        self._ids = [row.engagement_id for row in overview.rows]
        self._agents = {row.engagement_id: row for row in overview.rows}
        self.endResetModel()
        self.loaded.emit(overview)

    def agent(self, row: int) -> teams.AgentRow | None:
        """The agent shown in ``row``."""
        return self._agents.get(self._ids[row]) if 0 <= row < len(self._ids) else None

    # -- the model contract ------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        agent = self.agent(index.row()) if index.isValid() else None
        if agent is None or not 0 <= index.column() < len(self._headers):
            return None
        if role == ID_ROLE:
            return agent.engagement_id
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.ForegroundRole,
        ):
            return None
        cell = self.cell(agent, index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return cell.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return cell.tip
        return QBrush(cell.colour) if cell.colour is not None else None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows by ``column``'s key, stably (equal keys keep their order); a column
        that is not shown (the header's indicator before any click) leaves them as they are."""
        if not 0 <= column < len(self._headers) or not self._ids:
            return
        self.layoutAboutToBeChanged.emit()
        before = list(self._ids)
        key: Callable[[str], Any] = lambda ident: self.cell(self._agents[ident], column).key  # noqa: E731
        self._ids.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        where = {ident: row for row, ident in enumerate(self._ids)}
        for old in self.persistentIndexList():
            moved = where[before[old.row()]]
            self.changePersistentIndex(old, self.index(moved, old.column()))
        self.layoutChanged.emit()

    # -- the cells ---------------------------------------------------------------------

    def cell(self, row: teams.AgentRow, column: int) -> Cell:
        """What ``row`` shows in ``column``, its sort key, tooltip and colour."""
        if column == 0:
            # The table compared names as Qt strings: UTF-16 code units.
            return Cell(row.agent_name, row.agent_name.encode("utf-16-be"), row.agent_name)
        if column == 1:
            return self._last_coaching(row)
        if column == 3:
            day = row.last_training
            return Cell(labels.date(day) if day else "—", day.toordinal() if day else 0)
        if column == 2:
            return Cell(str(row.coaching_held), row.coaching_held)
        if column == 4:
            return Cell(str(row.training_held), row.training_held)
        if column == 5:
            return self._fifth(row)
        assert self.overview is not None
        kpi_name, _ = self.overview.kpi_names[column - FIXED_COLUMNS]
        return self._kpi(row.kpis.get(kpi_name))

    def _last_coaching(self, row: teams.AgentRow) -> Cell:
        day = row.last_coaching
        text, key = labels.date(day) if day else "—", day.toordinal() if day else 0
        late = self.overdue.get(row.engagement_id)
        if late is None or self.former:
            return Cell(text, key)
        return Cell(
            self.tr("{date} · overdue").format(date=text),
            key,
            self.tr("A coaching session was due on {date}.").format(date=labels.date(late.due)),
            BAD,
        )

    def _fifth(self, row: teams.AgentRow) -> Cell:
        if self.former:
            left = row.left
            return Cell(labels.date(left) if left else "—", left.toordinal() if left else 0)
        # Overdue first (what needs attention), then every open action.
        return Cell(
            f"{row.overdue_actions} / {row.open_actions}",
            row.overdue_actions,
            self.tr("{open} open actions, {overdue} of them overdue").format(
                open=row.open_actions, overdue=row.overdue_actions
            ),
            BAD if row.overdue_actions else None,
        )

    def _kpi(self, cell: teams.KpiCell | None) -> Cell:
        if cell is None or cell.latest is None:
            return Cell("—", float("-inf"))
        text = format_value(cell.latest, cell.unit)
        moved = cell.moved()
        if moved:
            text += " ▲" if moved > 0 else " ▼"
            change = cell.change()
            if change is not None:
                text += " " + signed(change, cell.unit)
        standing = cell.standing()
        tips = []
        if cell.previous is not None:
            tips.append(self.tr("previous {v}").format(v=format_value(cell.previous, cell.unit)))
        if cell.baseline is not None:
            tips.append(self.tr("baseline {v}").format(v=format_value(cell.baseline, cell.unit)))
        if cell.target is not None:
            tips.append(self.tr("target {v}").format(v=format_value(cell.target, cell.unit)))
        colour = STANDING_COLOURS[standing] if standing is not None else None
        return Cell(text, cell.latest, ", ".join(tips), colour)
