"""The team view (spec §1.2): agents × KPIs with the latest value and its trend, the last
coaching and training sessions (counted apart) and overdue actions; sortable; activating a
row opens that agent's engagement. "Enter measurements…" takes a whole period for the team
in one grid, pasted from a spreadsheet if you like."""

from __future__ import annotations

import datetime as dt
import math

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain import Engagement, Kpi, Language, Person, Role
from coachdesk.gui import labels
from coachdesk.gui.dialogs.board import buddy_label
from coachdesk.gui.messages import error_text, service_text
from coachdesk.gui.tasks import Context, Tasks
from coachdesk.gui.widgets.trend_chart import format_value
from coachdesk.services import cadence, kpi_units, teams

GOOD = QColor("#1e7d32")
AMBER = QColor("#9a6700")
BAD = QColor("#b3261e")
ID_ROLE = Qt.ItemDataRole.UserRole


def _signed(change: float, unit: str) -> str:
    """A change with its sign: +3 %, -20 s."""
    text = format_value(abs(change), unit)
    return ("+" if change > 0 else "−" if change < 0 else "") + text


class _SortItem(QTableWidgetItem):
    """Sorts by the number kept beside the text (a date's ordinal, a KPI value)."""

    def __init__(self, text: str, key: float) -> None:
        super().__init__(text)
        self.key = key

    def __lt__(self, other: QTableWidgetItem) -> bool:
        if isinstance(other, _SortItem):
            return self.key < other.key
        return super().__lt__(other)


def parse_grid(text: str) -> list[list[str]]:
    """Rows of cells from a spreadsheet's clipboard (tab-separated lines)."""
    return [line.split("\t") for line in text.replace("\r\n", "\n").rstrip("\n").split("\n")]


def parse_number(text: str) -> float | None:
    """A typed or pasted number: decimal comma or point, an optional % sign; ``None`` for an
    empty cell; ``ValueError`` for anything else, "nan" and "inf" included."""
    cleaned = text.strip().replace("\u00a0", "").replace(" ", "")
    if not cleaned:
        return None
    if "," in cleaned and "." in cleaned:
        cleaned = cleaned.replace(".", "").replace(",", ".")  # 1.234,5 (Italian)
    else:
        cleaned = cleaned.replace(",", ".")
    number = float(cleaned.rstrip("%"))
    if not math.isfinite(number):
        raise ValueError("not a finite number")
    return number


def is_text(cell: str) -> bool:
    """A pasted cell that holds words (a name, a header), not a number and not empty."""
    try:
        parse_number(cell)
    except ValueError:
        return True
    return False


def _header_key(text: str) -> str:
    """A pasted KPI header as matched: "CSAT (%)", "csat" and "CSAT\n(%)" are one."""
    key = teams.name_key(text)
    if key.endswith(")") and "(" in key:
        key = key[: key.rindex("(")].strip()
    return key


class PastePreview(QDialog):
    """A block of numbers without names: which agent each row goes to, before it goes."""

    def __init__(
        self,
        agents: list[str],
        headers: list[str],
        block: list[list[str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Check where the values go"))
        intro = QLabel(
            self.tr(
                "The block has no names, so its rows go to the agents in the grid's order "
                "(alphabetical). Check each agent's values: if your spreadsheet lists the "
                "agents in another order, cancel and copy the names column too, so that each "
                "row is matched by name."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(len(agents), len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setVerticalHeaderLabels(agents)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAccessibleName(self.tr("These values go to these agents"))
        for r, cells in enumerate(block):
            for c, value in enumerate(cells[: len(headers)]):
                self.table.setItem(r, c, QTableWidgetItem(value.strip()))
        self.table.resizeColumnsToContents()
        # Wide enough for every column, within the screen.
        needed = self.table.verticalHeader().sizeHint().width() + 60
        needed += sum(self.table.columnWidth(c) for c in range(self.table.columnCount()))
        screen = self.screen().availableGeometry() if self.screen() else None
        width = min(needed, screen.width() - 40) if screen is not None else needed
        self.resize(max(640, width), 420 + min(10, len(agents)) * 30)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Put them in the grid"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)


class MeasurementsDialog(QDialog):
    """One period's values for the whole team: rows are agents (in a stable alphabetical
    order, numbered), columns KPIs. A pasted block with the agents' names (and KPI headers)
    is matched by name; a block of numbers only is shown first in a preview to confirm."""

    def __init__(self, overview: teams.TeamOverview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.overview = overview
        self.setWindowTitle(self.tr("Enter the team's measurements"))
        self.resize(820, max(420, min(900, 200 + 30 * len(overview.rows))))
        today = dt.date.today()
        self.day = QDateEdit(QDate(today.year, today.month, today.day))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat(labels.date_format())
        self.day.setAccessibleName(self.tr("Date of the measurements"))
        self.grid = QTableWidget(len(overview.rows), len(overview.kpi_names))
        self.grid.setHorizontalHeaderLabels(
            [f"{name} ({unit})" if unit else name for name, unit in overview.kpi_names]
        )
        self.grid.setVerticalHeaderLabels(
            [f"{n}. {r.agent_name}" for n, r in enumerate(overview.rows, start=1)]
        )
        header = self.grid.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(
            Qt.AlignmentFlag.AlignCenter | Qt.AlignmentFlag(Qt.TextFlag.TextWordWrap.value)
        )
        header.setMinimumHeight(2 * header.fontMetrics().lineSpacing() + 10)
        self.grid.verticalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        self.grid.setAccessibleName(self.tr("Measurements: agents by KPI"))
        for r, row in enumerate(overview.rows):
            for c, (name, _) in enumerate(overview.kpi_names):
                cell = QTableWidgetItem("")
                if name not in row.kpis:
                    cell.setFlags(Qt.ItemFlag.NoItemFlags)
                    cell.setToolTip(self.tr("This agent has no such KPI"))
                self.grid.setItem(r, c, cell)
        QShortcut(QKeySequence.StandardKey.Paste, self.grid, self.paste)
        order = QLabel(
            self.tr(
                "Agents in alphabetical order, numbered at the left. Paste a block copied "
                "with the agents' names (and the KPI headers) to have it matched by name; a "
                "block of numbers only is shown first, for you to confirm which agent each "
                "row goes to."
            )
        )
        order.setWordWrap(True)
        self.message = QLabel(
            self.tr(
                "Type the values, or copy a block of cells from a spreadsheet and paste it "
                "(Ctrl+V) at the first cell. Empty cells are left out. A decimal comma or "
                "point both work (82,5 or 82.5); type no thousands separator: 1.234 is "
                "read as one point two three four."
            )
        )
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Record"))
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(buddy_label(self.tr("&Date:"), self.day))
        top.addWidget(self.day)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(order)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.result_values: dict[tuple[str, str], float] = {}
        self.preview: PastePreview | None = None

    # -- pasting -------------------------------------------------------------------------

    def _say(self, text: str, *, problem: bool = False) -> None:
        self.message.setStyleSheet("color: #b3261e;" if problem else "")
        self.message.setText(text)

    def _put(self, r: int, c: int, value: str) -> bool:
        item = self.grid.item(r, c)
        if item is not None and item.flags() & Qt.ItemFlag.ItemIsEditable:
            item.setText(value.strip())
            return True
        return False

    def paste(self, text: str | None = None) -> None:
        """Put a spreadsheet's block in the grid. With the agents' names in its first column
        the rows are matched by name (accents and case forgiven), and with a header row the
        columns by KPI name; a name or header that matches nothing is said, never guessed.
        A block of numbers only opens a preview of which agent gets which values."""
        text = QGuiApplication.clipboard().text() if text is None else text
        rows = [r for r in parse_grid(text) if any(c.strip() for c in r)]
        if not rows:
            return
        has_header = any(is_text(c) for c in rows[0][1:]) or (
            len(rows) > 1 and is_text(rows[0][0]) and not any(c.strip() for c in rows[0][1:])
        )
        data = rows[1:] if has_header else rows
        has_names = bool(data) and all(is_text(r[0]) for r in data)
        first = 1 if has_names else 0
        start_row = max(0, self.grid.currentRow())
        start_col = max(0, self.grid.currentColumn())
        unknown_columns: list[str] = []
        if has_header:
            kpis = {_header_key(name): c for c, (name, _) in enumerate(self.overview.kpi_names)}
            kpis.update(
                {
                    _header_key(f"{name} ({unit})"): c
                    for c, (name, unit) in enumerate(self.overview.kpi_names)
                }
            )
            columns: list[int | None] = []
            for cell in rows[0][first:]:
                column = kpis.get(_header_key(cell)) if cell.strip() else None
                if column is None and cell.strip():
                    unknown_columns.append(cell.strip())
                columns.append(column)
        else:
            columns = [start_col + dc for dc in range(max(len(r) for r in data) - first)]
        if not has_names:
            self._preview(data, columns, start_row, unknown_columns)
            return
        by_name: dict[str, list[int]] = {}
        for r, row in enumerate(self.overview.rows):
            by_name.setdefault(teams.name_key(row.agent_name), []).append(r)
        unknown: list[str] = []
        matched = 0
        for cells in data:
            found = by_name.get(teams.name_key(cells[0]), [])
            if len(found) != 1:
                unknown.append(cells[0].strip())
                continue
            matched += 1
            for column, value in zip(columns, cells[1:], strict=False):
                if column is not None:
                    self._put(found[0], column, value)
        self._report(matched, unknown, unknown_columns)

    def _report(self, matched: int, unknown: list[str], unknown_columns: list[str]) -> None:
        parts = [self.tr("Agents pasted by name: %n.", "", matched)]
        if unknown:
            parts.append(
                self.tr("Not in this team, left out: {names}.").format(
                    names=", ".join(f"«{n}»" for n in unknown)
                )
            )
        if unknown_columns:
            parts.append(
                self.tr("No KPI of that name, left out: {names}.").format(
                    names=", ".join(f"«{n}»" for n in unknown_columns)
                )
            )
        self._say(" ".join(parts), problem=bool(unknown or unknown_columns))

    def _preview(
        self,
        data: list[list[str]],
        columns: list[int | None],
        start_row: int,
        unknown_columns: list[str],
    ) -> None:
        rows = self.overview.rows
        fitting = data[: max(0, len(rows) - start_row)]
        kept = [
            (i, c)
            for i, c in enumerate(columns)
            if c is not None and c < len(self.overview.kpi_names)
        ]
        names = self.overview.kpi_names
        headers = [
            f"{names[c][0]} ({names[c][1]})" if names[c][1] else names[c][0] for _, c in kept
        ]
        agents = [rows[start_row + n].agent_name for n in range(len(fitting))]
        block = [[cells[i] if i < len(cells) else "" for i, _ in kept] for cells in fitting]
        preview = PastePreview(agents, headers, block, self)
        extra = len(data) - len(fitting)

        def confirmed() -> None:
            for n, cells in enumerate(block):
                for (_, column), value in zip(kept, cells, strict=True):
                    self._put(start_row + n, column, value)
            parts = [self.tr("Agents given values in the grid: %n.", "", len(block))]
            if extra:
                parts.append(self.tr("Rows beyond the last agent, left out: %n.", "", extra))
            if unknown_columns:
                parts.append(
                    self.tr("No KPI of that name, left out: {names}.").format(
                        names=", ".join(f"«{n}»" for n in unknown_columns)
                    )
                )
            self._say(" ".join(parts), problem=bool(extra or unknown_columns))

        preview.accepted.connect(confirmed)
        preview.rejected.connect(lambda: self._say(self.tr("Nothing was pasted.")))
        preview.finished.connect(preview.deleteLater)
        self.preview = preview
        preview.open()

    # -- recording -----------------------------------------------------------------------

    def values(self) -> dict[tuple[str, str], float]:
        """Every filled cell; ``ValueError`` (with that cell made current) for one that is
        not a number or that its KPI's unit does not allow (the reason as its text)."""
        out: dict[tuple[str, str], float] = {}
        for r, row in enumerate(self.overview.rows):
            for c, (name, unit) in enumerate(self.overview.kpi_names):
                item = self.grid.item(r, c)
                try:
                    number = parse_number(item.text()) if item is not None else None
                except ValueError:
                    self.grid.setCurrentCell(r, c)
                    raise ValueError("") from None
                if number is None:
                    continue
                reason = kpi_units.problem(
                    row.kpis[name].unit if name in row.kpis else unit, number
                )
                if reason is not None:
                    self.grid.setCurrentCell(r, c)
                    raise ValueError(reason)
                out[(row.engagement_id, name)] = number
        return out

    def day_value(self) -> dt.date:
        day = self.day.date().toPython()
        assert isinstance(day, dt.date)
        return day

    def _check(self) -> None:
        try:
            self.result_values = self.values()
        except ValueError as exc:
            r, c = self.grid.currentRow(), self.grid.currentColumn()
            where = self.tr("{agent}, {kpi}").format(
                agent=self.overview.rows[r].agent_name, kpi=self.overview.kpi_names[c][0]
            )
            if str(exc):
                text = self.tr("The selected cell ({where}) is refused: {reason}.").format(
                    where=where, reason=service_text(str(exc))
                )
            else:
                text = self.tr(
                    "The selected cell ({where}) is not a number: correct it and record again."
                ).format(where=where)
            self._say(text, problem=True)
            self.grid.setFocus()
            return
        if not self.result_values:
            self._say(self.tr("Nothing to record yet."))
            return
        self.accept()


class LeaveDialog(QDialog):
    """ "Remove from team…": names the agent, asks the day they leave, says what stays."""

    def __init__(self, agent_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Remove {name} from the team").format(name=agent_name))
        text = QLabel(
            self.tr(
                "{name} leaves the team: their engagement ends on the day below. Every "
                "session, note, measurement, report and ledger entry is kept. From that day "
                "{name} is no longer in the team view, the measurements grid or the team "
                "reports of later periods. You can undo it (Show agents who left, then Bring "
                "back into the team)."
            ).format(name=agent_name)
        )
        text.setWordWrap(True)
        today = dt.date.today()
        self.day = QDateEdit(QDate(today.year, today.month, today.day))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat(labels.date_format())
        self.day.setAccessibleName(self.tr("Last day in the team"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("&Remove {name} from the team").format(name=agent_name)
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(buddy_label(self.tr("&Leaves on:"), self.day))
        row.addWidget(self.day)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(row)
        layout.addWidget(buttons)

    def day_value(self) -> dt.date:
        day = self.day.date().toPython()
        assert isinstance(day, dt.date)
        return day


STANDING_COLOURS = {"target": GOOD, "better": AMBER, "worse": BAD}


class TeamViewDialog(QDialog):
    open_engagement = Signal(str)
    team_changed = Signal()  # people or engagements were added: the navigation is stale

    def __init__(
        self, tasks: Tasks, leaders: list[tuple[str, str]], parent: QWidget | None = None
    ) -> None:
        # A window of its own, not kept above the main window: an agent opened from here
        # comes to the front (the main window closes it on lock, with the other dialogs).
        super().__init__(None)
        self._owner = parent
        self._tasks = tasks
        self.overview: teams.TeamOverview | None = None
        self._overdue: dict[str, cadence.Due] = {}  # engagements overdue for coaching
        self._sized = False
        self.setWindowTitle(self.tr("Team"))
        self.resize(640, 440)  # until the team is shown: then sized to its columns and rows
        self.leader = QComboBox()
        for person_id, name in leaders:
            self.leader.addItem(name, person_id)
        self.leader.setAccessibleName(self.tr("Team of"))
        self.leader.currentIndexChanged.connect(lambda _: self.reload())
        self.table = QTableWidget()
        self.table.setSortingEnabled(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("Agents and their KPIs"))
        self.table.cellActivated.connect(self._activated)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.averages = QTableWidget()
        self.averages.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.averages.setAccessibleName(self.tr("The team's average per period"))
        self.measure = QPushButton(self.tr("Enter &measurements…"))
        self.measure.clicked.connect(self._ask_measurements)
        self.new_team = QPushButton(self.tr("&New team…"))
        self.new_team.clicked.connect(self._ask_new_team)
        self.add_agent = QPushButton(self.tr("Add a&gent…"))
        self.add_agent.clicked.connect(self._ask_add_agent)
        self.kpis_button = QPushButton(self.tr("&KPI set…"))
        self.kpis_button.clicked.connect(self._ask_kpi_set)
        self.remove = QPushButton(self.tr("&Remove from team…"))
        self.remove.clicked.connect(self._ask_remove)
        self.remove.setEnabled(False)
        self.former = QCheckBox(self.tr("Show agents who &left"))
        self.former.toggled.connect(self._former_toggled)
        self.undo = QPushButton(self.tr("&Undo"))
        self.undo.hide()
        self._undo_id, self._undo_name = "", ""
        self.undo.clicked.connect(lambda: self._rejoin(self._undo_id, self._undo_name))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setStyleSheet("color: #5f6b7a;")
        top = QHBoxLayout()
        top.addWidget(buddy_label(self.tr("Team &of:"), self.leader))
        top.addWidget(self.leader, 1)
        top.addWidget(self.measure)
        top.addWidget(self.add_agent)
        top.addWidget(self.remove)
        top.addWidget(self.kpis_button)
        top.addWidget(self.new_team)
        below = QHBoxLayout()
        below.addWidget(self.former)
        below.addStretch(1)
        self.averages_label = QLabel(self.tr("<b>The team's average per period</b>"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.undo)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(below)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.averages_label)
        layout.addWidget(self.averages)
        layout.addWidget(self.legend)
        layout.addLayout(bottom)
        self._dialog: QDialog | None = None
        self._team_draft: dict[str, object] = {}
        if leaders:
            self.reload()
        else:
            for button in (self.measure, self.add_agent, self.kpis_button, self.former):
                button.setEnabled(False)
            self.message.setText(
                self.tr(
                    "No team yet: create one with New team…, or add the customer-service "
                    "manager or team leader as a stakeholder of each agent's engagement."
                )
            )

    def engagement_changed(self, engagement_id: str) -> None:
        """The one change notification of the window: an engagement changed (``""``: any of
        them). The view reloads when it shows that agent, or for any change."""
        if self.overview is None or self.leader.currentData() is None:
            return
        if not engagement_id or any(r.engagement_id == engagement_id for r in self.overview.rows):
            self.reload()

    def reload(self) -> None:
        if self.leader.currentData() is None:
            return
        leader_id = str(self.leader.currentData())
        today = dt.date.today()
        former = self.former.isChecked()

        def work(ctx: Context) -> tuple[teams.TeamOverview, dict[str, cadence.Due]]:
            return (
                teams.overview(ctx.db, leader_id, today, former=former),
                cadence.overdue(ctx.db, today),
            )

        def done(result: tuple[teams.TeamOverview, dict[str, cadence.Due]]) -> None:
            self._overdue = result[1]
            self._show(result[0])

        self._tasks.run(work, done, lambda exc: self.message.setText(error_text(exc)))

    def _former_toggled(self, on: bool) -> None:
        self.remove.setText(
            self.tr("&Bring back into the team") if on else self.tr("&Remove from team…")
        )
        for button in (self.measure, self.add_agent, self.kpis_button):
            button.setEnabled(not on)
        self.reload()

    def _selection_changed(self) -> None:
        self.remove.setEnabled(self._selected() is not None)

    def _selected(self) -> teams.AgentRow | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or self.overview is None:
            return None
        item = self.table.item(rows[0].row(), 0)
        ident = str(item.data(ID_ROLE)) if item is not None else ""
        return next((r for r in self.overview.rows if r.engagement_id == ident), None)

    def _show(self, overview: teams.TeamOverview) -> None:
        self.overview = overview
        former = self.former.isChecked()
        headers = [
            self.tr("Agent"),
            self.tr("Last coaching"),
            self.tr("Coaching held"),
            self.tr("Last training"),
            self.tr("Training held"),
            self.tr("Left the team") if former else self.tr("Overdue / open actions"),
        ] + [f"{name}\n({unit})" if unit else name for name, unit in overview.kpi_names]
        self.table.setSortingEnabled(False)
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(overview.rows))
        for r, row in enumerate(overview.rows):
            name = QTableWidgetItem(row.agent_name)
            name.setData(ID_ROLE, row.engagement_id)
            name.setToolTip(row.agent_name)
            self.table.setItem(r, 0, name)
            for c, day in ((1, row.last_coaching), (3, row.last_training)):
                self.table.setItem(
                    r, c, _SortItem(labels.date(day) if day else "—", day.toordinal() if day else 0)
                )
            late = self._overdue.get(row.engagement_id)
            last = self.table.item(r, 1)
            if late is not None and not former and last is not None:
                last.setText(self.tr("{date} · overdue").format(date=last.text()))
                last.setForeground(QBrush(BAD))
                last.setToolTip(
                    self.tr("A coaching session was due on {date}.").format(
                        date=labels.date(late.due)
                    )
                )
            self.table.setItem(r, 2, _SortItem(str(row.coaching_held), row.coaching_held))
            self.table.setItem(r, 4, _SortItem(str(row.training_held), row.training_held))
            if former:
                left = row.left
                fifth = _SortItem(
                    labels.date(left) if left else "—", left.toordinal() if left else 0
                )
            else:
                # Overdue first (what needs attention), then every open action.
                fifth = _SortItem(
                    f"{row.overdue_actions} / {row.open_actions}", row.overdue_actions
                )
                fifth.setToolTip(
                    self.tr("{open} open actions, {overdue} of them overdue").format(
                        open=row.open_actions, overdue=row.overdue_actions
                    )
                )
                if row.overdue_actions:
                    fifth.setForeground(QBrush(BAD))
            self.table.setItem(r, 5, fifth)
            for c, (kpi_name, _) in enumerate(overview.kpi_names, start=6):
                self.table.setItem(r, c, self._kpi_item(row.kpis.get(kpi_name)))
        self.table.setSortingEnabled(True)
        self.table.resizeColumnsToContents()
        # Long headers wrap onto two lines instead of widening their columns.
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(
            Qt.AlignmentFlag.AlignCenter | Qt.AlignmentFlag(Qt.TextFlag.TextWordWrap.value)
        )
        header.setMinimumHeight(3 * header.fontMetrics().lineSpacing() + 10)
        for column in range(1, self.table.columnCount()):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 118))
        self.table.setColumnWidth(0, min(self.table.columnWidth(0), 220))
        header.setStretchLastSection(True)
        self._show_averages(overview)
        self._selection_changed()
        self.legend.setText(self._legend())
        if not self._sized:
            self._sized = True
            self._fit()

    def _legend(self) -> str:
        swatch = '<span style="color:{c}">■</span> {t}'
        colours = " · ".join(
            swatch.format(c=colour.name(), t=text)
            for colour, text in (
                (GOOD, self.tr("target met")),
                (AMBER, self.tr("better than the baseline, target not yet met")),
                (BAD, self.tr("worse than the baseline (or short of the target without one)")),
            )
        )
        return (
            self.tr("<b>Colour</b> (against the target and baseline, by each KPI's direction): ")
            + colours
            + "<br>"
            + self.tr(
                "<b>Arrow</b>: ▲ the value went up, ▼ it went down since the previous "
                "measurement (for a first one, since the baseline), then by how much; up is "
                "good or bad by the KPI (a lower handling time is better). Double-click an "
                "agent to open the engagement."
            )
            + "<br>"
            + self.tr(
                "<b>Last coaching</b> in red, «overdue»: a coaching session was due by the "
                "engagement's cadence and none was held."
            )
        )

    def _fit(self) -> None:
        """Open large enough for every column (and up to twenty rows), within the screen."""
        width = sum(self.table.columnWidth(c) for c in range(self.table.columnCount()))
        width += self.table.verticalScrollBar().sizeHint().width() + 60
        rows = min(20, self.table.rowCount())
        height = (
            self.table.horizontalHeader().minimumHeight()
            + rows * self.table.verticalHeader().defaultSectionSize()
            + 380
        )
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None:
            width = min(width, screen.width() - 40)
            height = min(height, screen.height() - 60)
        self.resize(max(self.width(), width), max(self.height(), height))

    def _show_averages(self, overview: teams.TeamOverview) -> None:
        periods = sorted(
            {d for series in overview.averages.values() for d, _, _ in series}, reverse=True
        )
        self.averages.clear()
        self.averages.setColumnCount(len(overview.kpi_names))
        self.averages.setRowCount(len(periods))
        self.averages.setHorizontalHeaderLabels(
            [f"{name} ({unit})" if unit else name for name, unit in overview.kpi_names]
        )
        self.averages.setVerticalHeaderLabels([labels.date(d) for d in periods])
        for c, (name, unit) in enumerate(overview.kpi_names):
            series = overview.averages.get(name, ())
            for n, (day, average, count) in enumerate(series):
                previous = series[n - 1][1] if n else None
                text = format_value(average, unit)
                if previous is not None and average != previous:
                    text += (" ▲ " if average > previous else " ▼ ") + _signed(
                        average - previous, unit
                    )
                item = QTableWidgetItem(text)
                item.setToolTip(self.tr("Average over agents: %n", "", count))
                self.averages.setItem(periods.index(day), c, item)
        self.averages.resizeColumnsToContents()
        rows_height = sum(self.averages.rowHeight(r) for r in range(min(4, len(periods))))
        self.averages.setFixedHeight(
            self.averages.horizontalHeader().sizeHint().height() + rows_height + 4
        )
        visible = bool(periods)
        self.averages.setVisible(visible)
        self.averages_label.setVisible(visible)

    def _kpi_item(self, cell: teams.KpiCell | None) -> QTableWidgetItem:
        if cell is None or cell.latest is None:
            return _SortItem("—", float("-inf"))
        text = format_value(cell.latest, cell.unit)
        moved = cell.moved()
        if moved:
            text += " ▲" if moved > 0 else " ▼"
            change = cell.change()
            if change is not None:
                text += " " + _signed(change, cell.unit)
        item = _SortItem(text, cell.latest)
        standing = cell.standing()
        if standing is not None:
            item.setForeground(QBrush(STANDING_COLOURS[standing]))
        tips = []
        if cell.previous is not None:
            tips.append(self.tr("previous {v}").format(v=format_value(cell.previous, cell.unit)))
        if cell.baseline is not None:
            tips.append(self.tr("baseline {v}").format(v=format_value(cell.baseline, cell.unit)))
        if cell.target is not None:
            tips.append(self.tr("target {v}").format(v=format_value(cell.target, cell.unit)))
        item.setToolTip(", ".join(tips))
        return item

    def _activated(self, row: int, _column: int) -> None:
        item = self.table.item(row, 0)
        if item is not None:
            self.open_engagement.emit(str(item.data(ID_ROLE)))
            # The engagement comes to the front, above the team view.
            owner = self._owner.window() if self._owner is not None else None
            if owner is not None:
                if QGuiApplication.platformName() != "offscreen":  # it cannot stack windows
                    owner.raise_()
                owner.activateWindow()

    # -- an agent leaves, or comes back ----------------------------------------------------

    def _ask_remove(self) -> None:
        row = self._selected()
        if row is None:
            return
        if self.former.isChecked():
            self._rejoin(row.engagement_id, row.agent_name)
            return
        leader_id = str(self.leader.currentData())
        dialog = LeaveDialog(row.agent_name, self)

        chosen: list[dt.date] = []

        def removed(_: object) -> None:
            day = chosen[0]
            self.message.setText(
                self.tr("{name} left the team on {day}.").format(
                    name=row.agent_name, day=labels.date(day)
                )
            )
            self._undo_id, self._undo_name = row.engagement_id, row.agent_name
            self.undo.show()
            self.team_changed.emit()
            self.reload()

        def remove() -> None:
            day = dialog.day_value()
            chosen[:] = [day]
            engagement_id = row.engagement_id
            self._tasks.run(
                lambda ctx: teams.remove_agent(ctx.db, leader_id, engagement_id, day),
                removed,
                self._fail,
            )

        dialog.accepted.connect(remove)
        dialog.finished.connect(dialog.deleteLater)
        self._dialog = dialog
        dialog.open()

    def _rejoin(self, engagement_id: str, name: str) -> None:
        if not engagement_id:
            return
        leader_id = str(self.leader.currentData())

        def back(_: object) -> None:
            self.undo.hide()
            self._undo_id, self._undo_name = "", ""
            self.message.setText(self.tr("{name} is back in the team.").format(name=name))
            self.team_changed.emit()
            self.reload()

        self._tasks.run(
            lambda ctx: teams.rejoin(ctx.db, leader_id, engagement_id), back, self._fail
        )

    def _ask_measurements(self) -> None:
        overview = self.overview
        if overview is None or not overview.rows:
            return
        dialog = MeasurementsDialog(overview, self)

        def recorded(n: int) -> None:
            self.message.setText(self.tr("Measurements recorded: {n}").format(n=n))
            self.reload()

        def record() -> None:
            values, day = dialog.result_values, dialog.day_value()
            self._tasks.run(
                lambda ctx: teams.record_measurements(ctx.db, overview.leader_id, day, values),
                recorded,
                lambda exc: self.message.setText(error_text(exc)),
            )

        dialog.accepted.connect(record)
        dialog.finished.connect(dialog.deleteLater)
        self._dialog = dialog
        dialog.open()

    # -- creating and growing the team ---------------------------------------------------

    def _fail(self, exc: Exception) -> None:
        self.message.setText(error_text(exc))

    def _ask_new_team(self) -> None:
        from coachdesk.gui.dialogs.new_team import NewTeamDialog
        from coachdesk.services import practice

        def people_loaded(people: list[Person]) -> None:
            dialog = NewTeamDialog(people, self)
            if self._team_draft:
                dialog.restore(self._team_draft)

            def keep_draft(_: int) -> None:
                self._team_draft = dialog.draft()  # never lose what was typed

            def create() -> None:
                manager_id, new_manager = dialog.manager_choice()
                manager_name = new_manager or dialog.manager.currentText()
                leader = str(dialog.leader.currentData()) or None
                title, agents = dialog.title.text(), dialog.agent_names()
                kpis, day = dialog.result_kpis, dialog.day()
                language = Language(dialog.language.currentData())

                def created(made: list[Engagement]) -> None:
                    self._team_draft = {}
                    manager = next(
                        s.person_id for s in made[0].stakeholders if s.role is Role.CS_MANAGER
                    )
                    self.message.setText(self.tr("Team created. Agents: %n.", "", len(made)))
                    self.team_changed.emit()
                    if self.leader.findData(manager) < 0:
                        self.leader.addItem(manager_name, manager)
                    for button in (self.measure, self.add_agent, self.kpis_button, self.former):
                        button.setEnabled(True)
                    self.leader.setCurrentIndex(self.leader.findData(manager))
                    self.reload()

                self._tasks.run(
                    lambda ctx: teams.create_team(
                        ctx.db,
                        title=title,
                        manager_id=manager_id,
                        manager_name=new_manager,
                        leader_id=leader,
                        agent_names=agents,
                        kpis=kpis,
                        start=day,
                        language=language,
                    ),
                    created,
                    self._fail,
                )

            dialog.finished.connect(keep_draft)
            dialog.accepted.connect(create)
            dialog.finished.connect(dialog.deleteLater)
            self._dialog = dialog
            dialog.open()

        self._tasks.run(lambda ctx: list(practice.overview(ctx.db).people), people_loaded)

    def _ask_add_agent(self) -> None:
        leader_id = str(self.leader.currentData())
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Add an agent"))
        dialog.setLabelText(self.tr("The new agent's name:"))

        def add(name: str) -> None:
            if not name.strip():
                self.message.setText(self.tr("An agent needs a name: nobody was added."))
                return
            taken = (
                {r.agent_name.casefold() for r in self.overview.rows} if self.overview else set()
            )
            if " ".join(name.split()).casefold() in taken:
                self.message.setText(
                    self.tr("{name} is already in this team: nobody was added.").format(
                        name=name.strip()
                    )
                )
                return
            today = dt.date.today()

            def added(_: object) -> None:
                self.message.setText(self.tr("Agent added."))
                self.team_changed.emit()
                self.reload()

            self._tasks.run(
                lambda ctx: teams.add_agent(ctx.db, leader_id, name, today), added, self._fail
            )

        dialog.textValueSelected.connect(add)
        dialog.finished.connect(dialog.deleteLater)
        self._dialog = dialog
        dialog.open()

    def _ask_kpi_set(self) -> None:
        from coachdesk.gui.dialogs.new_team import KpiSetDialog

        leader_id = str(self.leader.currentData())

        def loaded(kpis: tuple[Kpi, ...]) -> None:
            dialog = KpiSetDialog(kpis, self)

            def apply() -> None:
                chosen = dialog.result_kpis

                def applied(n: int) -> None:
                    self.message.setText(self.tr("KPI set applied to the team."))
                    self.team_changed.emit()
                    self.reload()

                self._tasks.run(
                    lambda ctx: teams.apply_kpi_set(ctx.db, leader_id, chosen),
                    applied,
                    self._fail,
                )

            dialog.accepted.connect(apply)
            dialog.finished.connect(dialog.deleteLater)
            self._dialog = dialog
            dialog.open()

        self._tasks.run(lambda ctx: teams.kpi_set(ctx.db, leader_id), loaded, self._fail)
