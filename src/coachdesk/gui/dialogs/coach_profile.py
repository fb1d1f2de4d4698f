"""The coach profile (spec §3): name (required), credentials, letterhead lines and an optional
logo, with a live preview of the letterhead reports print.

Settings → Coach profile… opens :class:`CoachProfileDialog`; the first run asks the same
fields (:class:`ProfileFields`, without the logo); :class:`CoachNameGate` makes a report
dialog ask for the name first when the vault has none yet, rather than print an empty
letterhead. Files are read and images decoded on the task worker, never on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from coachdesk.domain import CoachProfile
from coachdesk.gui.alive import while_alive
from coachdesk.gui.messages import error_text
from coachdesk.gui.tasks import Context, Tasks
from coachdesk.gui.widgets.letterhead import LoadedLogo, load_logo
from coachdesk.gui.widgets.profile_fields import ProfileFields, grow_to_fit
from coachdesk.services import profile as profile_service

_ERROR_STYLE = "color: #a23b2a;"


class CoachProfileDialog(QDialog):
    """Settings → Coach profile…: loads the profile, edits it, saves it in one step."""

    saved = Signal(object)  # CoachProfile, as stored

    def __init__(self, tasks: Tasks, parent: QWidget | None = None, *, reason: str = "") -> None:
        super().__init__(parent)
        self._tasks = tasks
        self.setWindowTitle(self.tr("Coach profile"))
        self.setMinimumWidth(540)
        self.intro = QLabel(
            reason
            or self.tr(
                "Your name, credentials and letterhead head every report and agreement "
                "document you give."
            )
        )
        self.intro.setWordWrap(True)
        self.fields = ProfileFields(tasks, self)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(_ERROR_STYLE)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setEnabled(False)  # until the profile is loaded
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addSpacing(4)
        layout.addWidget(self.fields)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.fields.problem.connect(self.message.setText)
        self.fields.changed.connect(lambda: self.message.clear())
        self.fields.changed.connect(lambda: grow_to_fit(self))
        self.loaded = False
        self._load()

    def _load(self) -> None:
        def work(ctx: Context) -> tuple[CoachProfile, LoadedLogo | None]:
            profile = profile_service.get_profile(ctx.db)
            return profile, load_logo(profile.logo) if profile.logo is not None else None

        self._tasks.run(work, while_alive(self, self._loaded), while_alive(self, self._failed))

    def _loaded(self, result: tuple[CoachProfile, LoadedLogo | None]) -> None:
        profile, logo = result
        self.fields.set_profile(profile, logo)
        self.loaded = True
        self.save_button.setEnabled(True)
        self.fields.name.setFocus()

    def _failed(self, exc: Exception) -> None:
        self.message.setText(error_text(exc))

    def save(self) -> None:
        profile = self.fields.profile()
        if not profile.name.strip():
            self.message.setText(self.tr("Enter your name: it heads every report."))
            self.fields.name.setFocus()
            return
        self.save_button.setEnabled(False)

        def work(ctx: Context) -> CoachProfile:
            return profile_service.save_profile(ctx.db, profile)

        def done(stored: CoachProfile) -> None:
            self.saved.emit(stored)
            self.accept()

        def failed(exc: Exception) -> None:
            self.save_button.setEnabled(True)
            self._failed(exc)

        self._tasks.run(work, while_alive(self, done), while_alive(self, failed))


class CoachNameGate(QObject):
    """A report needs the coach's name for its letterhead. ``ready()`` is true once the vault
    has one; until then the first call checks, and when there is none opens the profile
    dialog over ``owner``; ``then`` runs when the name is there. A dialog closed without a
    name leaves ``refused`` saying why nothing is shown; the next ``ready()`` asks again."""

    def __init__(
        self,
        owner: QWidget,
        tasks: Tasks,
        then: Callable[[], None],
        refused: Callable[[str], None],
    ) -> None:
        super().__init__(owner)
        self._owner = owner
        self._tasks = tasks
        self._then = then
        self._refused = refused
        self._named = False
        self._asking = False
        self.dialog: CoachProfileDialog | None = None

    def ready(self) -> bool:
        if self._named:
            return True
        if not self._asking:
            self._asking = True
            self._tasks.run(
                lambda ctx: profile_service.has_name(ctx.db),
                while_alive(self, self._checked),
                while_alive(self, self._failed),
            )
        return False

    def _checked(self, named: bool) -> None:
        if named:
            self._named_now()
            return
        dialog = CoachProfileDialog(
            self._tasks,
            self._owner,
            reason=self.tr(
                "Reports carry your name in their letterhead, and this vault has none yet. "
                "Enter it first; you can change it later in Settings → Coach profile…"
            ),
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _profile: self._named_now())
        dialog.rejected.connect(self._declined)
        self.dialog = dialog
        dialog.open()

    def _named_now(self) -> None:
        self._named = True
        self._asking = False
        self.dialog = None
        self._then()

    def _declined(self) -> None:
        self._asking = False
        self.dialog = None
        self._refused(
            self.tr("No preview: a report needs your name for its letterhead. Change "
                    "anything to be asked again, or use Settings → Coach profile…")
        )  # fmt: skip

    def _failed(self, exc: Exception) -> None:
        self._asking = False
        self._refused(error_text(exc))
