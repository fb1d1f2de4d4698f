"""Sharing controls on a note item (spec §3, §4): one compact control per recipient.

A control shows private, proposed, agreed, "consent needed again" (agreed, but the text has
changed since), exception, or "exception void" (the text has changed since the exception was
recorded: it counts as private until recorded again). What a control records binds to the
text it shows: the change it asks for carries that text's SHA-256, and the service refuses
when the stored text differs. Whether the agreement blocks a recipient comes from the rule
itself (``policy.category_block``); a blocked control offers only an exception, which needs
a written justification and a confirmation that it is disclosure without consent.
Reflections get no controls at all.

The coachee's own copy of a session summary (``services.sharing.is_own_copy``) is shared, not
consented to: its control says "Share with …" and records the sharing at once, and while the
coach types it follows the text, as the service does when the edit is saved.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain import (
    Engagement,
    NoteItem,
    Role,
    SharingState,
    SharingStateKind,
    text_sha256,
)
from coachdesk.gui import labels
from coachdesk.gui.widgets.flow import FlowLayout
from coachdesk.policy import Reason, category_block
from coachdesk.services.sharing import OWN_COPY_HOW, follow_edit, is_own_copy

HOW_SUGGESTIONS = (
    QT_TRANSLATE_NOOP("sharing", "in session, verbally"),
    QT_TRANSLATE_NOOP("sharing", "in session, in writing"),
    QT_TRANSLATE_NOOP("sharing", "by email"),
)


@dataclass(frozen=True)
class Recipient:
    person_id: str
    name: str
    role: Role


def recipients_of(engagement: Engagement, names: dict[str, str]) -> list[Recipient]:
    """The coachee, then every stakeholder, with their roles."""
    out = [Recipient(engagement.coachee_id, names.get(engagement.coachee_id, ""), Role.COACHEE)]
    for s in engagement.stakeholders:
        out.append(Recipient(s.person_id, names.get(s.person_id, ""), s.role))
    return out


@dataclass(frozen=True)
class Change:
    """What the coach asked for on one control."""

    item_id: str
    person_id: str
    state: SharingStateKind
    on: dt.date | None = None
    how: str = ""
    justification: str = ""
    shown_sha256: str | None = None  # the hash of the text on screen when it was asked


class AgreeDialog(QDialog):
    """When and how the coachee agreed."""

    def __init__(self, recipient: Recipient, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Coachee's agreement"))
        intro = QLabel(
            self.tr("The coachee agrees that {name} ({role}) may receive this note.").format(
                name=recipient.name, role=labels.role(recipient.role)
            )
        )
        intro.setWordWrap(True)
        self.day = QDateEdit(QDate.currentDate())
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat(labels.date_format())
        self.day.setMaximumDate(QDate.currentDate())
        self.day.setAccessibleName(self.tr("Date of the agreement"))
        self.how = QComboBox()
        self.how.setEditable(True)
        for text in HOW_SUGGESTIONS:
            self.how.addItem(QCoreApplication.translate("sharing", str(text)))
        self.how.setAccessibleName(self.tr("How the coachee agreed"))
        form = QFormLayout()
        form.addRow(self.tr("&Date:"), self.day)
        form.addRow(self.tr("&How:"), self.how)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Mark &agreed"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def values(self) -> tuple[dt.date, str]:
        day = self.day.date().toPython()
        assert isinstance(day, dt.date)
        return day, self.how.currentText().strip()


class ExceptionDialog(QDialog):
    """Disclosure without consent: a written justification and an explicit confirmation."""

    def __init__(self, recipient: Recipient, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Disclosure without consent"))
        warning = QLabel(
            self.tr(
                "<b>This discloses the note to {name} ({role}) without the coachee's consent.</b>"
                "<br>Only for a legal duty or a risk of serious harm, as your agreement's "
                "confidentiality exceptions say. The report shows it in a section of its own, "
                "with your justification."
            ).format(name=recipient.name, role=labels.role(recipient.role))
        )
        warning.setWordWrap(True)
        self.justification = QPlainTextEdit()
        self.justification.setPlaceholderText(self.tr("Why this must be disclosed…"))
        self.justification.setAccessibleName(self.tr("Justification"))
        self.justification.setTabChangesFocus(True)
        self.confirm = QCheckBox(
            self.tr("I &confirm this is disclosure without the coachee's consent")
        )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Disclose without consent"))
        self.ok.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.justification.textChanged.connect(self._check)
        self.confirm.toggled.connect(self._check)
        layout = QVBoxLayout(self)
        layout.addWidget(warning)
        label = QLabel(self.tr("&Justification:"))
        label.setBuddy(self.justification)
        layout.addWidget(label)
        layout.addWidget(self.justification)
        layout.addWidget(self.confirm)
        layout.addWidget(self.buttons)

    def _check(self) -> None:
        self.ok.setEnabled(
            bool(self.justification.toPlainText().strip()) and self.confirm.isChecked()
        )

    def text(self) -> str:
        return self.justification.toPlainText().strip()


class SharingControl(QToolButton):
    """One recipient's state for one item; its menu changes it."""

    change_requested = Signal(object)  # Change

    def __init__(
        self,
        item_id: str,
        recipient: Recipient,
        blocked: Reason | None,
        parent: QWidget | None = None,
        *,
        own_copy: bool = False,
    ) -> None:
        super().__init__(parent)
        self.item_id = item_id
        self.recipient = recipient
        self.blocked = blocked
        self.own_copy = own_copy
        self.state = SharingState()
        self.void = False
        self.exception_void = False
        self.shown_sha256 = text_sha256("")
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setAutoRaise(False)
        menu = QMenu(self)
        self.private_action = menu.addAction(self.tr("Private"))
        self.proposed_action = menu.addAction(self.tr("Proposed: to ask the coachee"))
        self.agreed_action = menu.addAction(self.tr("Agreed by the coachee…"))
        menu.addSeparator()
        self.exception_action = menu.addAction(self.tr("Exception: disclose without consent…"))
        self.private_action.triggered.connect(lambda: self._request(SharingStateKind.PRIVATE))
        self.proposed_action.triggered.connect(lambda: self._request(SharingStateKind.PROPOSED))
        self.agreed_action.triggered.connect(self._ask_agreement)
        self.exception_action.triggered.connect(self._ask_exception)
        for action in (self.proposed_action, self.agreed_action):
            action.setEnabled(blocked is None)
            if blocked is not None:
                action.setToolTip(labels.reason(blocked))
        if own_copy:
            # The coachee's own summary: shared with them, not their consent asked.
            name = recipient.name or labels.role(recipient.role)
            self.agreed_action.setText(self.tr("Share with {name}").format(name=name))
            self.private_action.setText(self.tr("Do not share with {name}").format(name=name))
            self.proposed_action.setVisible(False)
            self.exception_action.setVisible(False)
        menu.setToolTipsVisible(True)
        self.setMenu(menu)
        self._dialog: QDialog | None = None

    def _share_own_copy(self) -> None:
        """Share the coachee's own summary with them: no dialog, no consent to record."""
        self._request(SharingStateKind.AGREED, how=OWN_COPY_HOW)

    def show_state(self, state: SharingState, current_text: str) -> None:
        self.state = state
        self.shown_sha256 = text_sha256(current_text)
        changed = state.text_sha256 != self.shown_sha256
        self.void = state.state is SharingStateKind.AGREED and changed
        self.exception_void = state.state is SharingStateKind.EXCEPTION and changed
        self._render()

    def _render(self) -> None:
        who = self.recipient.name or labels.role(self.recipient.role)
        st = self.state
        if self.exception_void:
            word, colour = self.tr("exception void"), "#a15c00"
            detail = self.tr(
                "The text changed after the exception was recorded: record it again. Until "
                "then it is not disclosed."
            )
        elif st.state is SharingStateKind.EXCEPTION:
            word, colour = self.tr("exception"), "#b3261e"
            detail = self.tr("Disclosed without consent: {why}").format(why=st.justification)
        elif self.void:
            word, colour = self.tr("consent needed again"), "#a15c00"
            detail = self.tr(
                "The text changed after the coachee agreed: ask again before it can be shared."
            )
        elif self.blocked is not None:
            word, colour = self.tr("blocked"), "#6b6b6b"
            detail = self.tr("Blocked by the agreement: {reason}").format(
                reason=labels.reason(self.blocked)
            )
        elif st.state is SharingStateKind.AGREED:
            word, colour = self.tr("agreed"), "#1e7d32"
            detail = self.tr("Agreed on {day}, {how}").format(
                day=labels.date(st.on) if st.on else "?", how=st.how or "—"
            )
        elif st.state is SharingStateKind.PROPOSED:
            word, colour = self.tr("proposed"), "#1f5fa8"
            detail = self.tr("Proposed: the coachee has not agreed yet.")
        else:
            word, colour = self.tr("private"), "#6b6b6b"
            detail = self.tr("Private: not shared.")
        text = f"{who}: {word}"
        if self.own_copy and st.state is not SharingStateKind.EXCEPTION and self.blocked is None:
            if self.void:
                text = self.tr("Share with {name} again").format(name=who)
                detail = self.tr("The text changed since it was shared: share it again.")
            elif st.state is SharingStateKind.AGREED:
                word, colour = self.tr("shared"), "#1e7d32"
                text = self.tr("Shared with {name}").format(name=who)
                detail = self.tr(
                    "Shared with {name} since {day}: their own summary, kept up to date with "
                    "each edit."
                ).format(name=who, day=labels.date(st.on) if st.on else "?")
            else:
                word, colour = self.tr("not shared"), "#6b6b6b"
                text = self.tr("Share with {name}").format(name=who)
                detail = self.tr(
                    "Not shared with {name}. Their own summary needs no consent: share it "
                    "from this menu."
                ).format(name=who)
        self.setText(text)
        self.setStyleSheet(
            f"QToolButton {{ color: {colour}; border: 1px solid {colour}; border-radius: 9px;"
            " padding: 1px 8px; }"
        )
        role = labels.role(self.recipient.role)
        self.setToolTip(f"{who} ({role}). {detail}")
        self.setAccessibleName(
            self.tr("Sharing with {who} ({role}): {state}").format(who=who, role=role, state=word)
        )
        self.setAccessibleDescription(detail)

    def _request(self, state: SharingStateKind, **details: object) -> None:
        self.change_requested.emit(
            Change(
                self.item_id,
                self.recipient.person_id,
                state,
                shown_sha256=self.shown_sha256,
                **details,  # type: ignore[arg-type]
            )
        )

    def _ask_agreement(self) -> None:
        if self.blocked is not None:
            return
        if self.own_copy:
            self._share_own_copy()
            return
        dialog = AgreeDialog(self.recipient, self.window())

        def done() -> None:
            day, how = dialog.values()
            self._request(SharingStateKind.AGREED, on=day, how=how)

        dialog.accepted.connect(done)
        dialog.finished.connect(dialog.deleteLater)
        self._dialog = dialog
        dialog.open()

    def _ask_exception(self) -> None:
        dialog = ExceptionDialog(self.recipient, self.window())
        dialog.accepted.connect(
            lambda: self._request(SharingStateKind.EXCEPTION, justification=dialog.text())
        )
        dialog.finished.connect(dialog.deleteLater)
        self._dialog = dialog
        dialog.open()


class SharingBar(QWidget):
    """The controls of one item, one per recipient, in a wrapping row."""

    change_requested = Signal(object)  # Change

    def __init__(
        self,
        item: NoteItem,
        engagement: Engagement,
        names: dict[str, str],
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        category = item.kind.category
        assert category is not None, "reflections have no sharing controls"
        self.controls: dict[str, SharingControl] = {}
        self._today = today
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        row = FlowLayout(self)
        for r in recipients_of(engagement, names):
            control = SharingControl(
                item.id,
                r,
                category_block(engagement, r.person_id, category, today),
                own_copy=is_own_copy(item.kind, r.person_id, engagement.coachee_id),
            )
            control.change_requested.connect(self.change_requested)
            control.show_state(item.state_for(r.person_id), item.text)
            self.controls[r.person_id] = control
            row.addWidget(control)

    def text_changed(self, text: str) -> None:
        for control in self.controls.values():
            state = control.state
            if control.own_copy:  # it follows the text, as the service stores it on saving
                state = follow_edit(state, control.shown_sha256, text, self._today)
            control.show_state(state, text)

    def valid_agreements(
        self, text: str, state: SharingStateKind = SharingStateKind.AGREED
    ) -> list[Recipient]:
        """Recipients whose consent (or exception, with ``state``) still matches ``text``."""
        digest = text_sha256(text)
        return [
            c.recipient
            for c in self.controls.values()
            if c.state.state is state and c.state.text_sha256 == digest
        ]
