"""The engagement's actions: commitments with an owner, a due date and a status, linked to a
goal; overdue open actions are highlighted. Added and changed in a small dialog. The selected
action shows one sharing control per recipient (category ``plan``): blocked, with the reason,
when the agreement does not permit the plan to that recipient's role."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain import Action, ActionStatus, Category, Engagement
from coachdesk.gui import labels
from coachdesk.gui.dialogs.form import FormDialog
from coachdesk.gui.widgets.dates import date_edit, pydate
from coachdesk.gui.widgets.flow import flow_widget
from coachdesk.gui.widgets.share_chip import ChipWords, ShareChip
from coachdesk.gui.widgets.sharing import Recipient, recipients_of
from coachdesk.policy import Reason, category_block
from coachdesk.services.action_sharing import default_action_shares

OVERDUE = QColor("#b3261e")


def is_overdue(action: Action, today: dt.date) -> bool:
    return action.status is ActionStatus.OPEN and action.due is not None and action.due < today


class ActionShareControl(ShareChip):
    """Whether one action is shared with one recipient; blocked with the reason when the
    agreement does not permit the plan to the recipient's role."""

    def __init__(
        self,
        action: Action,
        recipient: Recipient,
        blocked: Reason | None,
        parent: QWidget | None = None,
    ) -> None:
        shared = recipient.person_id in action.share_with
        super().__init__(action.id, shared, recipient, blocked, parent)
        self.action_id = action.id
        self.refresh()

    def update_enabled(self) -> None:
        # Shared but no longer permitted: it can still be withdrawn, so it stays enabled.
        self.setEnabled(self.blocked is None or self.isChecked())

    def words(self) -> ChipWords:
        return ChipWords(
            blocked=self.tr("blocked"),
            shared=self.tr("shared"),
            not_shared=self.tr("not shared"),
            blocked_detail=self.tr("Blocked by the agreement: {reason}"),
            shared_detail=self.tr(
                "Shared: text, owner, due date and status, in the action plan."
            ),
            not_shared_detail=self.tr("Not shared with this recipient."),
            accessible_name=self.tr("Action shared with {who} ({role}): {state}"),
        )


class ActionDialog(FormDialog):
    def __init__(
        self,
        engagement: Engagement,
        names: dict[str, str],
        action: Action | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.action = action
        self.default_shares = default_action_shares(engagement, dt.date.today())
        self.setWindowTitle(self.tr("Action") if action else self.tr("New action"))
        self.text = QLineEdit(action.text if action else "")
        self.text.setAccessibleName(self.tr("What will be done"))
        self.owner = QComboBox()
        self.owner.addItem(self.tr("(nobody)"), "")
        for pid in engagement.recipients:
            self.owner.addItem(names.get(pid, pid), pid)
        owner = (action.owner_id or "") if action else engagement.coachee_id
        self.owner.setCurrentIndex(max(0, self.owner.findData(owner)))
        self.owner.setAccessibleName(self.tr("Owner"))
        today = dt.date.today()
        due = action.due if action and action.due else today + dt.timedelta(days=14)
        self.has_due = QCheckBox(self.tr("Due on"))
        self.has_due.setChecked(action is None or action.due is not None)
        self.due = date_edit(due, self.tr("Due date"))
        self.due.setEnabled(self.has_due.isChecked())
        self.has_due.toggled.connect(self.due.setEnabled)
        self.status = QComboBox()
        for status in ActionStatus:
            self.status.addItem(labels.action_status(status), status.value)
        if action:
            self.status.setCurrentIndex(self.status.findData(action.status.value))
        self.status.setAccessibleName(self.tr("Status"))
        self.goal = QComboBox()
        self.goal.addItem(self.tr("(no goal)"), "")
        for g in engagement.goals:
            self.goal.addItem(g.title, g.id)
        if action and action.goal_id:
            self.goal.setCurrentIndex(max(0, self.goal.findData(action.goal_id)))
        self.goal.setAccessibleName(self.tr("Goal"))
        # The KPI the action serves (the plan names it where the report shows that KPI).
        self.kpi = QComboBox()
        self.kpi.addItem(self.tr("(no KPI)"), "")
        for g in engagement.goals:
            for k in g.kpis:
                self.kpi.addItem(f"{k.name} · {g.title}", k.id)
        if action and action.kpi_id:
            self.kpi.setCurrentIndex(max(0, self.kpi.findData(action.kpi_id)))
        self.kpi.setAccessibleName(self.tr("KPI"))
        due_row = QHBoxLayout()
        due_row.addWidget(self.has_due)
        due_row.addWidget(self.due, 1)
        self.form.addRow(self.tr("&Action:"), self.text)
        self.form.addRow(self.tr("&Owner:"), self.owner)
        due_label = QLabel(self.tr("D&ue:"))
        due_label.setBuddy(self.has_due)
        self.form.addRow(due_label, due_row)
        self.form.addRow(self.tr("&Status:"), self.status)
        self.form.addRow(self.tr("&Goal:"), self.goal)
        self.form.addRow(self.tr("&KPI:"), self.kpi)
        self.text.textEdited.connect(lambda _: self.message.clear())
        self.lay_out()
        self.resize(460, 0)

    def check(self) -> None:
        if self.filled(self.text, self.tr("Say what will be done.")):
            self.accept()

    def value(self) -> Action:
        due = pydate(self.due) if self.has_due.isChecked() else None
        # A new action starts shared with the coachee (and a cs_manager permitted the plan).
        base = self.action or Action("", "", share_with=self.default_shares)
        return replace(
            base,
            text=self.text.text().strip(),
            owner_id=str(self.owner.currentData()) or None,
            due=due,
            status=ActionStatus(self.status.currentData()),
            goal_id=str(self.goal.currentData()) or None,
            kpi_id=str(self.kpi.currentData()) or None,
        )


class ActionsPanel(QWidget):
    add_requested = Signal()
    edit_requested = Signal(object)  # Action
    delete_requested = Signal(object)  # Action
    share_requested = Signal(str, str, bool)  # action id, person id, shared

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actions_shown: list[Action] = []
        self.engagement: Engagement | None = None
        self.names: dict[str, str] = {}
        self.today = dt.date.today()
        self.controls: dict[str, ActionShareControl] = {}
        headers = [self.tr("Action"), self.tr("Owner"), self.tr("Due"), self.tr("Status")]
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setAccessibleName(self.tr("Actions"))
        self.table.cellActivated.connect(lambda row, _c: self._edit_row(row))
        self.add = QPushButton(self.tr("New &action…"))
        self.add.clicked.connect(self.add_requested)
        self.edit = QPushButton(self.tr("Edi&t…"))
        self.edit.clicked.connect(lambda: self._edit_row(self.table.currentRow()))
        self.remove = QPushButton(self.tr("&Delete…"))
        self.remove.clicked.connect(self._delete_row)
        buttons = QHBoxLayout()
        for b in (self.add, self.edit, self.remove):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.share_label = QLabel(self.tr("Shared with:"))
        self.chips_widget, self.chips = flow_widget()
        self.chips_widget.setAccessibleName(self.tr("Sharing of the selected action"))
        share_row = QHBoxLayout()
        share_row.addWidget(self.share_label)
        share_row.addWidget(self.chips_widget, 1)
        self.table.currentCellChanged.connect(lambda row, _c, _r, _pc: self._show_sharing(row))
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(share_row)
        layout.addLayout(buttons)
        self.show_engagement(None, {}, dt.date.today())

    def show_engagement(
        self, engagement: Engagement | None, names: dict[str, str], today: dt.date
    ) -> None:
        selected = self.current_action()
        self.engagement, self.names, self.today = engagement, names, today
        self.actions_shown = list(engagement.actions) if engagement else []
        self.table.setRowCount(len(self.actions_shown))
        for row, a in enumerate(self.actions_shown):
            overdue = is_overdue(a, today)
            due = labels.date(a.due) if a.due else "—"
            if overdue:
                due = self.tr("{due} (overdue)").format(due=due)
            cells = [
                a.text,
                names.get(a.owner_id, "") if a.owner_id else "—",
                due,
                labels.action_status(a.status),
            ]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if overdue:
                    cell.setForeground(QBrush(OVERDUE))
                    cell.setToolTip(self.tr("Overdue"))
                self.table.setItem(row, column, cell)
        for button in (self.add,):
            button.setEnabled(engagement is not None)
        for button in (self.edit, self.remove):
            button.setEnabled(bool(self.actions_shown))
        ids = [a.id for a in self.actions_shown]
        row = ids.index(selected.id) if selected and selected.id in ids else (0 if ids else -1)
        if row >= 0:
            self.table.setCurrentCell(row, 0)
        self._show_sharing(row)

    def current_action(self) -> Action | None:
        row = self.table.currentRow()
        return self.actions_shown[row] if 0 <= row < len(self.actions_shown) else None

    def _show_sharing(self, row: int) -> None:
        """One control per recipient for the action on ``row`` (none without one)."""
        while self.chips.count():
            taken = self.chips.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.deleteLater()
        self.controls = {}
        engagement = self.engagement
        has_action = engagement is not None and 0 <= row < len(self.actions_shown)
        self.share_label.setVisible(has_action)
        if engagement is None or not has_action:
            return
        action = self.actions_shown[row]
        for r in recipients_of(engagement, self.names):
            control = ActionShareControl(
                action,
                r,
                category_block(engagement, r.person_id, Category.PLAN, self.today),
            )
            control.toggled_share.connect(self.share_requested)
            self.controls[r.person_id] = control
            self.chips.addWidget(control)

    @Slot(str, str, bool)
    def stored(self, action_id: str, person_id: str, shared: bool) -> None:
        """The vault's answer to a share request: keep the control as stored."""
        for i, a in enumerate(self.actions_shown):
            if a.id == action_id:
                others = a.share_with - {person_id}
                self.actions_shown[i] = replace(
                    a, share_with=others | {person_id} if shared else others
                )
        control = self.controls.get(person_id)
        if control is not None and control.action_id == action_id:
            control.setChecked(shared)
            control.refresh()

    def _edit_row(self, row: int) -> None:
        if 0 <= row < len(self.actions_shown):
            self.edit_requested.emit(self.actions_shown[row])

    def _delete_row(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.actions_shown):
            self.delete_requested.emit(self.actions_shown[row])
