"""An action can name the KPI it serves (spec §3 action; the plan section names it where the
report shows that KPI), chosen in the action dialog and kept by the vault."""

from __future__ import annotations

import datetime as dt

from coachdesk.domain import Action, Better, Engagement, Goal, Kpi, Person
from coachdesk.gui.widgets.actions import ActionDialog
from coachdesk.services import editing
from coachdesk.services import vault as vault_service
from coachdesk.storage import engagement_repo, people_repo

KPI = Kpi("k-aht", "Average handling time", "s", Better.LOWER, 420.0, 360.0)
ENGAGEMENT = Engagement(
    "e", "a", "T", dt.date(2026, 1, 1), goals=(Goal("g", "Faster answers", kpis=(KPI,)),)
)


def test_the_action_dialog_offers_the_engagement_s_kpis_and_keeps_the_choice(qtbot):
    dialog = ActionDialog(ENGAGEMENT, {"a": "Ada"})
    qtbot.addWidget(dialog)
    assert dialog.kpi.itemData(0) == ""  # none by default
    assert dialog.kpi.itemText(1) == "Average handling time · Faster answers"
    dialog.text.setText("Shadow a senior agent")
    dialog.kpi.setCurrentIndex(1)
    assert dialog.value().kpi_id == "k-aht"
    again = ActionDialog(ENGAGEMENT, {"a": "Ada"}, dialog.value())
    qtbot.addWidget(again)
    assert again.kpi.currentData() == "k-aht"


def test_the_kpi_an_action_serves_is_kept_by_the_vault(vault_info):
    with vault_service.open_vault(vault_info.folder, vault_info.passphrase) as vault:
        with vault.db.transaction():
            people_repo.insert_person(vault.db, Person("a", "Ada"))
            engagement_repo.insert_engagement(vault.db, ENGAGEMENT)
        added = editing.add_action(vault.db, "e", Action("", "Shadow", kpi_id="k-aht"))
        stored = engagement_repo.load_engagement(vault.db, "e")
        assert stored is not None
        assert [a.kpi_id for a in stored.actions if a.id == added.id] == ["k-aht"]
