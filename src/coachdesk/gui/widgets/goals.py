"""The engagement's goals, each with one sharing control per recipient (spec §3, §4).

Sharing a goal gives the recipient its title and status (category ``goals``) and its ratings
and KPIs (category ``progress``), each as far as the agreement permits their role. A
recipient whose role may receive neither shows as blocked, with the reason, from the rule
itself (``policy.category_block``)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QToolButton, QVBoxLayout, QWidget

from coachdesk.domain import Category, Engagement, Goal
from coachdesk.gui import labels
from coachdesk.gui.widgets.flow import flow_widget
from coachdesk.gui.widgets.sharing import Recipient, recipients_of
from coachdesk.policy import Reason, category_block


class GoalShareControl(QToolButton):
    toggled_share = Signal(str, str, bool)  # goal id, person id, shared

    def __init__(
        self,
        goal: Goal,
        recipient: Recipient,
        goals_block: Reason | None,
        progress_block: Reason | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.goal_id = goal.id
        self.recipient = recipient
        self.blocked = goals_block if goals_block and progress_block else None
        self.progress_only = goals_block is not None and progress_block is None
        self.setCheckable(True)
        self.setChecked(recipient.person_id in goal.share_with)
        self.clicked.connect(
            lambda checked: self.toggled_share.emit(self.goal_id, recipient.person_id, checked)
        )
        self.refresh()

    def refresh(self) -> None:
        who = self.recipient.name or labels.role(self.recipient.role)
        role = labels.role(self.recipient.role)
        if self.blocked is not None and not self.isChecked():
            self.setEnabled(False)
            word, colour = self.tr("blocked"), "#6b6b6b"
            detail = self.tr("Blocked by the agreement: {reason}").format(
                reason=labels.reason(self.blocked)
            )
        elif self.isChecked():
            word, colour = self.tr("shared"), "#1e7d32"
            detail = (
                self.tr("Shared: only its progress, numbered, as goal titles are not permitted.")
                if self.progress_only
                else self.tr("Shared: title, status, ratings and KPIs, as the agreement permits.")
            )
        else:
            word, colour = self.tr("not shared"), "#6b6b6b"
            detail = self.tr("Not shared with this recipient.")
        self.setText(f"{who}: {word}")
        self.setStyleSheet(
            f"QToolButton {{ color: {colour}; border: 1px solid {colour}; border-radius: 9px;"
            " padding: 1px 8px; }"
        )
        self.setToolTip(f"{who} ({role}). {detail}")
        self.setAccessibleName(
            self.tr("Goal shared with {who} ({role}): {state}").format(
                who=who, role=role, state=word
            )
        )
        self.setAccessibleDescription(detail)


class GoalsPanel(QWidget):
    share_requested = Signal(str, str, bool)  # goal id, person id, shared

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.controls: dict[tuple[str, str], GoalShareControl] = {}

    def clear(self) -> None:
        self.controls.clear()
        while self._layout.count():
            entry = self._layout.takeAt(0)
            widget = entry.widget() if entry is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()

    def show_goals(self, engagement: Engagement, names: dict[str, str], today: dt.date) -> None:
        self.clear()
        heading = QLabel(self.tr("<b>Goals</b>"))
        self._layout.addWidget(heading)
        if not engagement.goals:
            self._layout.addWidget(QLabel(self.tr("No goals yet.")))
        for goal in engagement.goals:
            row = QWidget()
            box = QVBoxLayout(row)
            box.setContentsMargins(0, 2, 0, 2)
            title = QLabel(f"{goal.title} ({labels.goal_status(goal.status)})")
            title.setWordWrap(True)
            box.addWidget(title)
            chips_widget, chips = flow_widget()
            for r in recipients_of(engagement, names):
                control = GoalShareControl(
                    goal,
                    r,
                    category_block(engagement, r.person_id, Category.GOALS, today),
                    category_block(engagement, r.person_id, Category.PROGRESS, today),
                )
                control.toggled_share.connect(self.share_requested)
                self.controls[(goal.id, r.person_id)] = control
                chips.addWidget(control)
            box.addWidget(chips_widget)
            self._layout.addWidget(row)

    def stored(self, goal_id: str, person_id: str, shared: bool) -> None:
        control = self.controls.get((goal_id, person_id))
        if control is not None:
            control.setChecked(shared)
            control.refresh()
