"""Creating, changing and deleting organisations, people and engagements."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from coachdesk.domain import Engagement, Organisation, Person
from coachdesk.gui.controllers.base import Controller
from coachdesk.gui.dialogs.entities import (
    EngagementDialog,
    OrganisationDialog,
    PersonDialog,
    confirm_delete,
)
from coachdesk.gui.tasks import Context, Tasks
from coachdesk.services import editing, practice

if TYPE_CHECKING:
    from coachdesk.gui.mainwindow import MainWindow

translate = QCoreApplication.translate

Directory = tuple[list[Person], list[Organisation]]


def _directory(ctx: Context) -> Directory:
    people, orgs = practice.directory(ctx.db)
    return list(people), list(orgs)


class PracticeController(Controller):
    def __init__(self, window: MainWindow, tasks: Tasks) -> None:
        super().__init__(window, tasks)
        # Everyone and every organisation, for the dialogs' choices; read after each change
        # of the practice, after the navigation's first screen.
        self.people: list[Person] = []
        self.organisations: list[Organisation] = []
        self.loaded = False

    def load_directory(self) -> None:
        self.tasks.run(_directory, self._directory_read)

    def _directory_read(self, directory: Directory) -> None:
        self.people, self.organisations = directory
        self.loaded = True

    def clear(self) -> None:
        self.people, self.organisations, self.loaded = [], [], False

    def _changed(self, _: object = None) -> None:
        self.window.navigator.refresh()

    def _after_change(self, _: object) -> None:
        self.window.navigator.refresh()
        self.window.engagement.reload(redraw=True)

    # -- organisations -------------------------------------------------------------------

    def ask_organisation(self, org_id: str | None) -> None:
        name = ""
        if org_id:
            name = next((o.name for o in self.organisations if o.id == org_id), "")
        # An empty name keeps the dialog open and says what is missing.
        dialog = OrganisationDialog(name, new=not org_id, parent=self.window)

        def chosen(name: str) -> None:
            if org_id:
                self.run(
                    lambda ctx: editing.rename_organisation(ctx.db, org_id, name), self._changed
                )
            else:
                self.run(lambda ctx: editing.add_organisation(ctx.db, name), self._changed)

        dialog.chosen.connect(chosen)
        self.window.show_dialog(dialog)

    def ask_delete_organisation(self, org_id: str, name: str) -> None:
        confirm_delete(
            self.window,
            translate("MainWindow", "Delete organisation"),
            translate(
                "MainWindow",
                "Delete the organisation “{name}”? Its people and engagements stay, without "
                "an organisation.",
            ).format(name=name),
            lambda: self.run(
                lambda ctx: editing.delete_organisation(ctx.db, org_id), self._changed
            ),
        )

    # -- people --------------------------------------------------------------------------

    def ask_person(self, person_id: str | None) -> None:
        person = next((p for p in self.people if p.id == person_id), None)
        organisation = self.window.navigator.selected_organisation()
        dialog = PersonDialog(self.organisations, person, self.window, organisation_id=organisation)

        def save() -> None:
            value = dialog.value()
            if person is None:
                self.run(
                    lambda ctx: editing.add_person(
                        ctx.db, value.name, value.organisation_id, value.title
                    ),
                    self._changed,
                )
            else:
                self.run(lambda ctx: editing.update_person(ctx.db, value), self._after_change)

        dialog.accepted.connect(save)
        self.window.show_dialog(dialog)

    def ask_delete_person(self, person_id: str) -> None:
        name = next((p.name for p in self.people if p.id == person_id), "")

        def counted(uses: object) -> None:
            assert isinstance(uses, tuple)
            coachee_of, stakeholder_in = uses
            if coachee_of:
                self.status(
                    translate(
                        "MainWindow",
                        "{name} is a coachee: use Engagement → Erase the coachee's data.",
                    ).format(name=name),
                    10000,
                )
                return
            confirm_delete(
                self.window,
                translate("MainWindow", "Delete person"),
                translate(
                    "MainWindow",
                    "Delete {name}? They stop being a stakeholder in their engagements ({n}), "
                    "and their sharing states go with them.",
                ).format(name=name, n=stakeholder_in),
                lambda: self.run(
                    lambda ctx: editing.delete_person(ctx.db, person_id), self._after_change
                ),
            )

        self.run(lambda ctx: editing.person_uses(ctx.db, person_id), counted)

    # -- engagements ---------------------------------------------------------------------

    def ask_engagement(self, engagement: Engagement | None) -> None:
        if not self.people:
            self.status(translate("MainWindow", "Add the coachee first: File → New person…"), 8000)
            return
        dialog = EngagementDialog(self.people, self.organisations, engagement, self.window)

        def save() -> None:
            e = dialog.value()
            if engagement is None:
                self.run(
                    lambda ctx: editing.add_engagement(
                        ctx.db,
                        title=e.title,
                        coachee_id=e.coachee_id,
                        start=e.start,
                        end=e.end,
                        organisation_id=e.organisation_id,
                        language=e.language,
                        stakeholders=e.stakeholders,
                        retention_months=e.retention_months,
                    ),
                    self._created,
                )
            else:
                self.run(lambda ctx: editing.update_engagement(ctx.db, e), self._after_change)

        dialog.accepted.connect(save)
        self.window.show_dialog(dialog)

    def edit_current(self) -> None:
        page = self.window.engagement.page
        if page is not None:
            self.ask_engagement(page.engagement)

    def delete_current(self) -> None:
        page = self.window.engagement.page
        if page is not None:
            self.ask_delete_engagement(page.engagement)

    def _created(self, engagement: object) -> None:
        assert isinstance(engagement, Engagement)
        self.window.navigator.refresh()
        self.window.engagement.open(engagement.id)

    def ask_delete_engagement(self, engagement: Engagement) -> None:
        # A team's engagements share one title: the confirmation says whose it is.
        page = self.window.engagement.page
        names = page.names if page is not None else {}
        coachee = names.get(engagement.coachee_id, "") or engagement.title

        def counted(counts: object) -> None:
            assert isinstance(counts, dict)
            confirm_delete(
                self.window,
                translate("MainWindow", "Delete {name}'s engagement").format(name=coachee),
                translate(
                    "MainWindow",
                    "Delete {name}'s engagement “{title}” with its sessions ({s}), note items "
                    "({i}), goals ({g}), actions ({a}) and agreement versions ({v})? This "
                    "cannot be undone. The disclosure ledger keeps its entries (ids and hashes).",
                ).format(
                    name=coachee,
                    title=engagement.title,
                    s=counts["sessions"],
                    i=counts["items"],
                    g=counts["goals"],
                    a=counts["actions"],
                    v=counts["agreements"],
                ),
                lambda: self.run(
                    lambda ctx: editing.delete_engagement(ctx.db, engagement.id), self._deleted
                ),
            )

        self.run(lambda ctx: editing.engagement_counts(ctx.db, engagement.id), counted)

    def _deleted(self, _: object) -> None:
        self.window.engagement.forget()
        self.status(translate("MainWindow", "Engagement deleted"), 6000)
        self.window.navigator.refresh()
