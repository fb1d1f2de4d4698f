"""A recipient's sharing of one goal or one action, drawn as a chip in a row of chips: green
when shared, grey when not, grey and disabled when the agreement blocks it, with the reason.

The look and the three states are the same for goals and actions; the words are not (Italian
agrees them with «obiettivo» or «azione», and a goal may share only its progress), so each
kind of chip gives its own :class:`ChipWords`."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QToolButton, QWidget

from coachdesk.gui import labels
from coachdesk.gui.widgets.sharing import Recipient
from coachdesk.policy import Reason

SHARED_COLOUR = "#1e7d32"
MUTED_COLOUR = "#6b6b6b"


def chip_style(colour: str) -> str:
    """A rounded outline in ``colour``, the text in the same colour."""
    return (
        f"QToolButton {{ color: {colour}; border: 1px solid {colour}; border-radius: 9px;"
        " padding: 1px 8px; }"
    )


@dataclass(frozen=True)
class ChipWords:
    """What a chip says in each state, already translated."""

    blocked: str
    shared: str
    not_shared: str
    blocked_detail: str  # with {reason}
    shared_detail: str
    not_shared_detail: str
    accessible_name: str  # with {who}, {role} and {state}


class ShareChip(QToolButton):
    """Checked when the item is shared with ``recipient``; a click asks for the change
    (``toggled_share``) and the owner shows the vault's answer with ``setChecked`` and
    ``refresh``. ``blocked`` is the agreement's reason the item may not go to the recipient."""

    toggled_share = Signal(str, str, bool)  # goal or action id, person id, shared

    def __init__(
        self,
        item_id: str,
        shared: bool,
        recipient: Recipient,
        blocked: Reason | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.recipient = recipient
        self.blocked = blocked
        self.setCheckable(True)
        self.setChecked(shared)
        self.clicked.connect(
            lambda checked: self.toggled_share.emit(item_id, recipient.person_id, checked)
        )

    def words(self) -> ChipWords:
        raise NotImplementedError

    def update_enabled(self) -> None:
        """A blocked chip that is not shared cannot be clicked."""
        raise NotImplementedError

    def refresh(self) -> None:
        words = self.words()
        who = self.recipient.name or labels.role(self.recipient.role)
        role = labels.role(self.recipient.role)
        self.update_enabled()
        if self.blocked is not None and not self.isChecked():
            word, colour = words.blocked, MUTED_COLOUR
            detail = words.blocked_detail.format(reason=labels.reason(self.blocked))
        elif self.isChecked():
            word, colour, detail = words.shared, SHARED_COLOUR, words.shared_detail
        else:
            word, colour, detail = words.not_shared, MUTED_COLOUR, words.not_shared_detail
        self.setText(f"{who}: {word}")
        self.setStyleSheet(chip_style(colour))
        self.setToolTip(f"{who} ({role}). {detail}")
        self.setAccessibleName(words.accessible_name.format(who=who, role=role, state=word))
        self.setAccessibleDescription(detail)
