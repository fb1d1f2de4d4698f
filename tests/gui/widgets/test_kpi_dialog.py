"""The KPI dialog (gui/widgets/kpi_dialog.py): it shows a KPI and gives it back as edited;
empty numbers stay empty."""

from __future__ import annotations

from coachdesk.domain import Better, Kpi
from coachdesk.gui.widgets.kpi_dialog import KpiDialog


def test_an_edited_kpi_keeps_its_id_and_gives_back_what_the_fields_show(qtbot):
    kpi = Kpi("k1", "Average handling time", "s", Better.LOWER, 420.0, 360.0)
    dialog = KpiDialog(None, kpi)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "KPI"
    assert dialog.value() == kpi
    dialog.name.setText("  AHT  ")
    dialog.target.setText("")
    assert dialog.value() == Kpi("k1", "AHT", "s", Better.LOWER, 420.0, None)


def test_a_new_kpi_has_no_id_and_higher_is_better_by_default(qtbot):
    dialog = KpiDialog()
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "New KPI"
    dialog.name.setText("CSAT")
    dialog.unit.setText("%")
    dialog.baseline.setText("80")
    assert dialog.value() == Kpi("", "CSAT", "%", Better.HIGHER, 80.0, None)
