"""A KPI of a goal: its name, unit, which direction is better, baseline and target."""

from __future__ import annotations

from PySide6.QtGui import QDoubleValidator
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from coachdesk.domain import Better, Kpi
from coachdesk.gui import labels
from coachdesk.gui.dialogs.form import FormDialog


class KpiDialog(FormDialog):
    def __init__(self, parent: QWidget | None = None, kpi: Kpi | None = None) -> None:
        super().__init__(parent)
        self.kpi = kpi
        self.setWindowTitle(self.tr("KPI") if kpi else self.tr("New KPI"))
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("KPI name"))
        self.unit = QLineEdit()
        self.unit.setPlaceholderText(self.tr("e.g. s, %, points"))
        self.unit.setAccessibleName(self.tr("Unit"))
        self.better = QComboBox()
        self.better.addItem(self.tr("Higher is better"), Better.HIGHER.value)
        self.better.addItem(self.tr("Lower is better"), Better.LOWER.value)
        self.better.setAccessibleName(self.tr("Which direction is better"))
        self.baseline = QLineEdit()
        self.baseline.setAccessibleName(self.tr("Baseline"))
        self.target = QLineEdit()
        self.target.setAccessibleName(self.tr("Target"))
        for edit in (self.baseline, self.target):
            edit.setValidator(QDoubleValidator(edit))
        if kpi is not None:
            self.name.setText(kpi.name)
            self.unit.setText(kpi.unit)
            self.better.setCurrentIndex(self.better.findData(kpi.better.value))
            for edit, number in ((self.baseline, kpi.baseline), (self.target, kpi.target)):
                edit.setText("" if number is None else labels.number(number))
        self.form.addRow(self.tr("&Name:"), self.name)
        self.form.addRow(self.tr("&Unit:"), self.unit)
        self.form.addRow(self.tr("&Better:"), self.better)
        self.form.addRow(self.tr("Bas&eline:"), self.baseline)
        self.form.addRow(self.tr("&Target:"), self.target)
        self.lay_out(message=False)  # nothing to refuse: every field may stay empty

    def value(self) -> Kpi:
        def number(edit: QLineEdit) -> float | None:
            return labels.parse_number(edit.text())

        return Kpi(
            self.kpi.id if self.kpi else "",
            self.name.text().strip(),
            self.unit.text().strip(),
            Better(self.better.currentData()),
            number(self.baseline),
            number(self.target),
        )
