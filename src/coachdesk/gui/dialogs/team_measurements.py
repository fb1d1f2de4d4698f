"""The team's measurements for one period (spec §1.2): one grid, rows the agents (in a stable
alphabetical order, numbered), columns the KPIs, typed or pasted from a spreadsheet; each
value checked against its KPI's unit before anything is recorded."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coachdesk.gui import labels
from coachdesk.gui.dialogs.board import buddy_label
from coachdesk.gui.dialogs.team_paste import (
    PastePreview,
    header_key,
    is_text,
    parse_grid,
    parse_number,
)
from coachdesk.gui.messages import service_text
from coachdesk.services import kpi_units, teams


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
            kpis = {header_key(name): c for c, (name, _) in enumerate(self.overview.kpi_names)}
            kpis.update(
                {
                    header_key(f"{name} ({unit})"): c
                    for c, (name, unit) in enumerate(self.overview.kpi_names)
                }
            )
            columns: list[int | None] = []
            for cell in rows[0][first:]:
                column = kpis.get(header_key(cell)) if cell.strip() else None
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
