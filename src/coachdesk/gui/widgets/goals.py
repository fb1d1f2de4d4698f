"""The engagement's goals, each with one sharing control per recipient (spec §3, §4).

Sharing a goal gives the recipient its title and status (category ``goals``) and its ratings
and KPIs (category ``progress``), each as far as the agreement permits their role. A
recipient whose role may receive neither shows as blocked, with the reason, from the rule
itself (``policy.category_block``)."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import replace

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QDoubleValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain import Better, Category, Engagement, Goal, GoalStatus, Grow, Kpi
from coachdesk.gui import labels
from coachdesk.gui.widgets.dates import date_edit, pydate
from coachdesk.gui.widgets.flow import flow_widget
from coachdesk.gui.widgets.kpi_dialog import KpiDialog as KpiDialog  # the tabs import it here
from coachdesk.gui.widgets.share_chip import ChipWords, ShareChip
from coachdesk.gui.widgets.sharing import Recipient, recipients_of
from coachdesk.gui.widgets.trend_chart import Series, TrendChart
from coachdesk.policy import Reason, category_block


class GoalShareControl(ShareChip):
    """Whether one goal is shared with one recipient: blocked when the agreement permits
    them neither the goal nor its progress; only the progress when not the goal itself."""

    def __init__(
        self,
        goal: Goal,
        recipient: Recipient,
        goals_block: Reason | None,
        progress_block: Reason | None,
        parent: QWidget | None = None,
    ) -> None:
        blocked = goals_block if goals_block and progress_block else None
        shared = recipient.person_id in goal.share_with
        super().__init__(goal.id, shared, recipient, blocked, parent)
        self.goal_id = goal.id
        self.progress_only = goals_block is not None and progress_block is None
        self.refresh()

    def update_enabled(self) -> None:
        if self.blocked is not None and not self.isChecked():
            self.setEnabled(False)

    def words(self) -> ChipWords:
        return ChipWords(
            blocked=self.tr("blocked"),
            shared=self.tr("shared"),
            not_shared=self.tr("not shared"),
            blocked_detail=self.tr("Blocked by the agreement: {reason}"),
            shared_detail=(
                self.tr("Shared: only its progress, numbered, as goal titles are not permitted.")
                if self.progress_only
                else self.tr("Shared: title, status, ratings and KPIs, as the agreement permits.")
            ),
            not_shared_detail=self.tr("Not shared with this recipient."),
            accessible_name=self.tr("Goal shared with {who} ({role}): {state}"),
        )


class GoalEditor(QFrame):
    """One goal: title, status, GROW, sharing, ratings and KPIs with their trend charts.
    Text changes save themselves after a quiet moment."""

    changed = Signal(object)  # Goal (its own fields)
    share_requested = Signal(str, str, bool)
    rating_requested = Signal(str, object, int)  # goal id, date, value
    kpi_requested = Signal(str)  # goal id: ask for a new KPI
    measurement_requested = Signal(str, object, float)  # kpi id, date, value
    delete_requested = Signal(object)  # Goal
    delete_kpi_requested = Signal(object)  # Kpi
    edit_kpi_requested = Signal(object)  # Kpi

    def __init__(
        self,
        goal: Goal,
        engagement: Engagement,
        names: dict[str, str],
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.goal = goal
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLineEdit(goal.title)
        self.title.setAccessibleName(self.tr("Goal title"))
        self.status = QComboBox()
        for status in GoalStatus:
            self.status.addItem(labels.goal_status(status), status.value)
        self.status.setCurrentIndex(self.status.findData(goal.status.value))
        self.status.setAccessibleName(self.tr("Goal status"))
        delete = QPushButton(self.tr("Delete goal…"))
        delete.clicked.connect(lambda: self.delete_requested.emit(self.goal))
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.status)
        top.addWidget(delete)

        self.grow: dict[str, QPlainTextEdit] = {}
        grow_form = QFormLayout()
        for key, label, text in (
            ("goal", self.tr("G&oal:"), goal.grow.goal),
            ("reality", self.tr("&Reality:"), goal.grow.reality),
            ("options", self.tr("O&ptions:"), goal.grow.options),
            ("will", self.tr("&Will:"), goal.grow.will),
        ):
            edit = QPlainTextEdit(text)
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(48)
            edit.setAccessibleName(label.replace("&", "").rstrip(":"))
            edit.textChanged.connect(self._edited)
            self.grow[key] = edit
            grow_form.addRow(label, edit)
        self._pending = False  # an edit not saved yet
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(900)
        self._timer.timeout.connect(self.flush)
        self.title.textEdited.connect(lambda _: self._edited())
        self.status.currentIndexChanged.connect(lambda _: self._edited())

        self.controls: dict[str, GoalShareControl] = {}
        chips_widget, chips = flow_widget()
        for r in recipients_of(engagement, names):
            control = GoalShareControl(
                goal,
                r,
                category_block(engagement, r.person_id, Category.GOALS, today),
                category_block(engagement, r.person_id, Category.PROGRESS, today),
            )
            control.toggled_share.connect(self.share_requested)
            self.controls[r.person_id] = control
            chips.addWidget(control)

        self.ratings_chart = TrendChart()
        self.ratings_chart.set_series(
            Series(tuple((r.date, float(r.value)) for r in goal.ratings), minimum=1, maximum=10),
            self.tr("Progress ratings (1–10)"),
        )
        self.rating_day = date_edit(today, self.tr("Date of the rating"))
        self.rating_value = QSpinBox()
        self.rating_value.setRange(1, 10)
        self.rating_value.setValue(goal.ratings[-1].value if goal.ratings else 5)
        self.rating_value.setAccessibleName(self.tr("Rating from 1 to 10"))
        add_rating = QPushButton(self.tr("&Add rating"))
        add_rating.clicked.connect(
            lambda: self.rating_requested.emit(
                self.goal.id, pydate(self.rating_day), self.rating_value.value()
            )
        )
        rating_row = QHBoxLayout()
        rating_row.addWidget(self.rating_day)
        rating_row.addWidget(self.rating_value)
        rating_row.addWidget(add_rating)
        rating_row.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(chips_widget)
        layout.addLayout(grow_form)
        layout.addWidget(self.ratings_chart)
        layout.addLayout(rating_row)
        self.kpi_charts: dict[str, TrendChart] = {}
        for kpi in goal.kpis:
            chart = TrendChart()
            chart.set_series(
                Series(
                    tuple((m.date, m.value) for m in kpi.measurements),
                    baseline=kpi.baseline,
                    target=kpi.target,
                    unit=kpi.unit,
                    higher_is_better=kpi.better is Better.HIGHER,
                ),
                kpi.name,
            )
            self.kpi_charts[kpi.id] = chart
            day = date_edit(today, self.tr("Date of the measurement"))
            value = QLineEdit()
            value.setValidator(QDoubleValidator(value))
            value.setPlaceholderText(kpi.unit or self.tr("value"))
            value.setAccessibleName(self.tr("Value of {kpi}").format(kpi=kpi.name))
            value.setMaximumWidth(110)
            add = QPushButton(self.tr("Add measurement"))
            add.clicked.connect(lambda _=False, k=kpi, d=day, v=value: self._measure(k, d, v))
            edit_kpi = QPushButton(self.tr("Edit KPI…"))
            edit_kpi.clicked.connect(lambda _=False, k=kpi: self.edit_kpi_requested.emit(k))
            remove = QPushButton(self.tr("Delete KPI…"))
            remove.clicked.connect(lambda _=False, k=kpi: self.delete_kpi_requested.emit(k))
            row = QHBoxLayout()
            row.addWidget(day)
            row.addWidget(value)
            row.addWidget(add)
            row.addStretch(1)
            row.addWidget(edit_kpi)
            row.addWidget(remove)
            layout.addWidget(chart)
            layout.addLayout(row)
        new_kpi = QPushButton(self.tr("New &KPI…"))
        new_kpi.clicked.connect(lambda: self.kpi_requested.emit(self.goal.id))
        layout.addWidget(new_kpi, 0, Qt.AlignmentFlag.AlignLeft)

    def _measure(self, kpi: Kpi, day: QDateEdit, value: QLineEdit) -> None:
        text = value.text().strip().replace(",", ".")
        try:
            number = float(text)
            if not math.isfinite(number):
                raise ValueError(text)
        except ValueError:
            value.setFocus()
            value.selectAll()
            return
        self.measurement_requested.emit(kpi.id, pydate(day), number)
        value.clear()

    def _edited(self) -> None:
        self._pending = True
        self._timer.start()

    def flush(self) -> None:
        if not self._pending:
            return
        self._pending = False
        self._timer.stop()
        self.goal = replace(
            self.goal,
            title=self.title.text().strip() or self.goal.title,
            status=GoalStatus(self.status.currentData()),
            grow=Grow(
                self.grow["goal"].toPlainText(),
                self.grow["reality"].toPlainText(),
                self.grow["options"].toPlainText(),
                self.grow["will"].toPlainText(),
            ),
        )
        self.changed.emit(self.goal)


class GoalsPanel(QWidget):
    """Every goal of the engagement, each in its own editor, and "New goal"."""

    share_requested = Signal(str, str, bool)  # goal id, person id, shared
    goal_changed = Signal(object)  # Goal
    new_goal_requested = Signal()
    rating_requested = Signal(str, object, int)
    kpi_requested = Signal(str)
    measurement_requested = Signal(str, object, float)
    delete_requested = Signal(object)  # Goal
    delete_kpi_requested = Signal(object)  # Kpi
    edit_kpi_requested = Signal(object)  # Kpi

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controls: dict[tuple[str, str], GoalShareControl] = {}
        self.editors: list[GoalEditor] = []
        self.new_goal = QPushButton(self.tr("New goa&l…"))
        self.new_goal.clicked.connect(self.new_goal_requested)
        self.empty = QLabel(self.tr("No goals yet. Agree one with the coachee, then add it here."))
        self.empty.setWordWrap(True)
        self._list = QWidget()
        self._layout = QVBoxLayout(self._list)
        self._layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self._list)
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.empty, 1)
        top.addWidget(self.new_goal)
        outer.addLayout(top)
        outer.addWidget(scroll, 1)
        self.clear()

    def clear(self) -> None:
        self.flush()
        self.controls.clear()
        for editor in self.editors:
            self._layout.removeWidget(editor)
            editor.hide()
            editor.deleteLater()
        self.editors = []
        self.new_goal.setEnabled(False)
        self.empty.setText("")

    def flush(self) -> None:
        for editor in getattr(self, "editors", []):
            editor.flush()

    def show_goals(self, engagement: Engagement, names: dict[str, str], today: dt.date) -> None:
        self.clear()
        self.new_goal.setEnabled(True)
        self.empty.setText(
            ""
            if engagement.goals
            else self.tr("No goals yet. Agree one with the coachee, then add it here.")
        )
        for goal in engagement.goals:
            editor = GoalEditor(goal, engagement, names, today)
            editor.share_requested.connect(self.share_requested)
            editor.changed.connect(self.goal_changed)
            editor.rating_requested.connect(self.rating_requested)
            editor.kpi_requested.connect(self.kpi_requested)
            editor.measurement_requested.connect(self.measurement_requested)
            editor.delete_requested.connect(self.delete_requested)
            editor.delete_kpi_requested.connect(self.delete_kpi_requested)
            editor.edit_kpi_requested.connect(self.edit_kpi_requested)
            for person_id, control in editor.controls.items():
                self.controls[(goal.id, person_id)] = control
            self.editors.append(editor)
            self._layout.insertWidget(self._layout.count() - 1, editor)

    def stored(self, goal_id: str, person_id: str, shared: bool) -> None:
        control = self.controls.get((goal_id, person_id))
        if control is not None:
            control.setChecked(shared)
            control.refresh()
