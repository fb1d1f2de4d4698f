"""One note item in the session editor: its text (as tall as it needs), its place in the
session, and its sharing controls, with a warning when an edit voids a consent or an
exception and a way to put the agreed text back."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain import Engagement, ItemKind, NoteItem, SharingState, SharingStateKind
from coachdesk.gui import labels
from coachdesk.gui.widgets.sharing import Change, SharingBar

MIN_TEXT_HEIGHT = 48  # two lines
MAX_TEXT_HEIGHT = 420


def kind_label(kind: ItemKind) -> str:
    return labels.item_kind(kind)


class ItemEditor(QFrame):
    """One note item. Text changes are saved by the editor after a quiet second."""

    changed = Signal(str, str)  # item id, text
    delete_requested = Signal(str)
    sharing_requested = Signal(object)  # sharing.Change
    move_requested = Signal(str, int)  # item id, -1 up / +1 down
    agreed = Signal(str, str)  # item id, the text a consent or exception is now bound to

    def __init__(
        self,
        item: NoteItem,
        context: tuple[Engagement, dict[str, str]] | None = None,
        parent: QWidget | None = None,
        agreed_text: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.item_id = item.id
        self.kind = item.kind
        # The text the consents and exceptions shown are bound to: the stored text, or the
        # one the session editor remembers from before an edit voided them.
        self.agreed_text = item.text
        self.setFrameShape(QFrame.Shape.StyledPanel)
        reflection = item.kind is ItemKind.REFLECTION
        self.setObjectName("reflection" if reflection else "item")
        if reflection:
            self.setStyleSheet(
                "QFrame#reflection { background: #f4f1fa; border: 1px dashed #8a7bb8; }"
            )
        label = QLabel(kind_label(item.kind))
        label.setStyleSheet(
            "font-weight: 600; color: %s;" % ("#5b4a94" if reflection else "#2f6f8f")
        )
        remove = QPushButton(self.tr("Delete"))
        remove.setFlat(True)
        remove.setAccessibleName(self.tr("Delete this note item"))
        remove.clicked.connect(lambda: self.delete_requested.emit(self.item_id))
        top = QHBoxLayout()
        top.addWidget(label)
        top.addStretch(1)
        top.addWidget(remove)
        self.text = QPlainTextEdit(item.text)
        self.text.setAccessibleName(kind_label(item.kind))
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(MIN_TEXT_HEIGHT)
        self.text.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.text.textChanged.connect(self._text_changed)
        # Lines wrap anew when the box is resized: its height follows.
        self.text.installEventFilter(self)
        self._fit_height()
        for keys, step in (("Alt+Up", -1), ("Alt+Down", 1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(
                lambda step=step: self.move_requested.emit(self.item_id, step)
            )
        up = QToolButton()
        up.setArrowType(Qt.ArrowType.UpArrow)
        up.setAutoRaise(True)
        up.setToolTip(self.tr("Move up (Alt+Up)"))
        up.setAccessibleName(self.tr("Move this note item up"))
        up.clicked.connect(lambda: self.move_requested.emit(self.item_id, -1))
        down = QToolButton()
        down.setArrowType(Qt.ArrowType.DownArrow)
        down.setAutoRaise(True)
        down.setToolTip(self.tr("Move down (Alt+Down)"))
        down.setAccessibleName(self.tr("Move this note item down"))
        down.clicked.connect(lambda: self.move_requested.emit(self.item_id, 1))
        top.insertWidget(top.count() - 1, up)
        top.insertWidget(top.count() - 1, down)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #a15c00;")
        self.restore = QPushButton(self.tr("Restore the agreed text"))
        self.restore.setToolTip(
            self.tr("Put back exactly the text the consent was given for: it holds again.")
        )
        self.restore.clicked.connect(self.restore_agreed_text)
        notice = QHBoxLayout()
        notice.addWidget(self.warning, 1)
        notice.addWidget(self.restore, 0, Qt.AlignmentFlag.AlignTop)
        self.warning.hide()
        self.restore.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(notice)
        layout.addWidget(self.text)
        self._layout = layout
        self.sharing: SharingBar | None = None
        if context is not None and not reflection:
            self._add_sharing(item, context)
            if agreed_text is not None and agreed_text != item.text and self._binds(agreed_text):
                self.agreed_text = agreed_text
            self._warn(item.text)
        if reflection:
            hint = QLabel(self.tr("Only you see reflections: they are never shared or reported."))
            hint.setStyleSheet("color: #5b4a94; font-size: 11px;")
            layout.addWidget(hint)

    def _add_sharing(self, item: NoteItem, context: tuple[Engagement, dict[str, str]]) -> None:
        engagement, names = context
        self.sharing = SharingBar(item, engagement, names, dt.date.today())
        self.sharing.change_requested.connect(self.sharing_requested)
        self._layout.addWidget(self.sharing)

    def _binds(self, text: str) -> bool:
        """Whether some consent or exception on record is bound to ``text``."""
        return self.sharing is not None and bool(
            self.sharing.valid_agreements(text)
            or self.sharing.valid_agreements(text, SharingStateKind.EXCEPTION)
        )

    def refresh(self, item: NoteItem, context: tuple[Engagement, dict[str, str]] | None) -> None:
        """New sharing states from elsewhere (the board): the text, its cursor and its undo
        history stay as they are unless the stored text itself differs from the screen."""
        if self.sharing is not None:
            self._layout.removeWidget(self.sharing)
            self.sharing.hide()
            self.sharing.deleteLater()
            self.sharing = None
        if item.text != self.text.toPlainText():
            self.text.setPlainText(item.text)  # changed elsewhere (an import): shown as stored
        if context is not None and self.kind is not ItemKind.REFLECTION:
            self._add_sharing(item, context)
            assert self.sharing is not None
            self.sharing.text_changed(self.text.toPlainText())
            if self._binds(item.text):
                self.agreed_text = item.text
            self._warn(self.text.toPlainText())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.text and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            QTimer.singleShot(0, self, self._fit_height)  # once the wrapped lines are laid out
        return super().eventFilter(watched, event)

    def _fit_height(self) -> None:
        """As tall as the text (a line or two for a short note), up to a screenful."""
        document = self.text.document()
        lines = max(2, int(document.documentLayout().documentSize().height()))
        line = self.text.fontMetrics().lineSpacing()
        margins = self.text.contentsMargins()
        frame = int(document.documentMargin() * 2) + margins.top() + margins.bottom()
        height = min(MAX_TEXT_HEIGHT, max(MIN_TEXT_HEIGHT, lines * line + frame + 4))
        if self.text.height() != height:
            self.text.setFixedHeight(height)

    def _text_changed(self) -> None:
        self._fit_height()
        text = self.text.toPlainText()
        if self.sharing is not None:
            self.sharing.text_changed(text)
            self._warn(text)
        self.changed.emit(self.item_id, text)

    def _warn(self, text: str) -> None:
        """Say whose consent or exception an edit of the agreed text voids, and offer to put
        the agreed text back."""
        assert self.sharing is not None
        if text == self.agreed_text:
            consents, exceptions = [], []
        else:
            consents = self.sharing.valid_agreements(self.agreed_text)
            exceptions = self.sharing.valid_agreements(
                self.agreed_text, SharingStateKind.EXCEPTION
            )
        lines = []
        if consents:
            lines.append(
                self.tr(
                    "Changing this text voids the consent of {who}: ask again after "
                    "editing, or restore the agreed text."
                ).format(who=", ".join(r.name for r in consents))
            )
        if exceptions:
            lines.append(
                self.tr(
                    "Changing this text voids the exception for {who}: record it again after "
                    "editing, or restore the text it was recorded for."
                ).format(who=", ".join(r.name for r in exceptions))
            )
        self.warning.setText("\n".join(lines))
        self.warning.setVisible(bool(lines))
        self.restore.setVisible(bool(lines))

    def restore_agreed_text(self) -> None:
        """Put back the text the consent was bound to, as one editing step (Ctrl+Z takes it
        away again); the autosave then stores it and the consent holds again."""
        cursor = QTextCursor(self.text.document())
        cursor.beginEditBlock()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(self.agreed_text)
        cursor.endEditBlock()
        self.text.setTextCursor(cursor)
        self.text.setFocus(Qt.FocusReason.OtherFocusReason)

    def saved(self) -> None:
        """The text on screen is stored: the next typing starts a new undo step (Qt would
        otherwise merge it with everything typed since the note was opened, and one Ctrl+Z
        would take it all away)."""
        self.text.document().setModified(False)

    def stored(self, change: Change, state: SharingState) -> None:
        if self.sharing is not None:
            control = self.sharing.controls[change.person_id]
            control.show_state(state, self.text.toPlainText())
            if change.state in (SharingStateKind.AGREED, SharingStateKind.EXCEPTION):
                # The text on screen is now the one recorded: nothing left to warn about.
                self.agreed_text = self.text.toPlainText()
                self.agreed.emit(self.item_id, self.agreed_text)
                self.saved()
                self._warn(self.agreed_text)
