"""The session editor: note items that save themselves about a second after typing stops."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain import (
    Engagement,
    ItemKind,
    NoteItem,
    Session,
    SharingState,
    SharingStateKind,
)
from coachdesk.gui import labels
from coachdesk.gui.tasks import Context, Tasks
from coachdesk.gui.widgets.session_details import SessionDetails
from coachdesk.gui.widgets.sharing import Change, SharingBar
from coachdesk.services import editing, practice
from coachdesk.services.sharing import edit_item_text, set_sharing_state

AUTOSAVE_MS = 1000
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


class SessionEditor(QWidget):
    """Items of one session, with a kind picker to add more; no Save button."""

    status = Signal(str)  # "Saving…", "Saved", problems
    data_changed = Signal()  # something was stored: the engagement page is out of date
    session_saved = Signal(object)  # Session: its details changed (the list shows them)
    delete_session_requested = Signal(object)  # Session
    undo_available = Signal(bool)
    session_shown = Signal(bool)  # a session is open for writing

    def __init__(self, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._session: Session | None = None
        self._context: tuple[Engagement, dict[str, str]] | None = None
        self._deleted: practice.DeletedItem | None = None
        # Per note item, the text its consents or exceptions were bound to, kept while the
        # vault is unlocked so "Restore the agreed text" survives the editor being rebuilt.
        # Memory only (private by default): the vault keeps the hash, never a second copy.
        self._agreed: dict[str, str] = {}
        self.details = SessionDetails()
        self.details.changed.connect(self._save_details)
        self.delete_session = QPushButton(self.tr("Delete session…"))
        self.delete_session.setAccessibleName(self.tr("Delete this session"))
        self.delete_session.clicked.connect(
            lambda: self._session and self.delete_session_requested.emit(self._session)
        )
        self._dirty: dict[str, str] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.flush)

        self.title = QLabel(self.tr("Choose a session"))
        self.title.setStyleSheet("font-size: 15px; font-weight: 600;")
        self.kind = QComboBox()
        for kind in ItemKind:
            self.kind.addItem(kind_label(kind), kind)
        self.kind.setAccessibleName(self.tr("Kind of the new note item"))
        self.add = QPushButton(self.tr("&Add note item"))
        self.add.setToolTip(self.tr("Add a note item (Ctrl+Return)"))
        self.add.clicked.connect(self.add_item)
        bar = QHBoxLayout()
        bar.addWidget(self.title, 1)
        bar.addWidget(self.kind)
        bar.addWidget(self.add)

        self._items = QWidget()
        self._items_layout = QVBoxLayout(self._items)
        self._items_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self._items)
        self.items_area = scroll
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        details_row = QHBoxLayout()
        details_row.addWidget(self.details, 1)
        details_row.addWidget(self.delete_session)
        layout.addLayout(details_row)
        layout.addWidget(scroll, 1)
        self._set_enabled(False)

    def _set_enabled(self, on: bool) -> None:
        self.kind.setEnabled(on)
        self.add.setEnabled(on)
        self.delete_session.setEnabled(on)
        # No half-empty form of made-up values when no session is open.
        self.details.setVisible(on)
        self.delete_session.setVisible(on)
        self.session_shown.emit(on)

    def editors(self) -> list[ItemEditor]:
        found = []
        for i in range(self._items_layout.count()):
            entry = self._items_layout.itemAt(i)
            widget = entry.widget() if entry is not None else None
            if isinstance(widget, ItemEditor):
                found.append(widget)
        return found

    def show_session(
        self,
        session: Session | None,
        heading: str = "",
        context: tuple[Engagement, dict[str, str]] | None = None,
    ) -> None:
        """Show a session's items; ``context`` (the engagement and everyone's names) gives
        each item its sharing controls.

        The session already shown, with the same items, is refreshed in place: each note
        keeps its text, cursor and undo history (rebuilding them lost Ctrl+Z).
        """
        self.flush()
        shown = self.editors()
        if (
            session is not None
            and self._session is not None
            and session.id == self._session.id
            and [e.item_id for e in shown] == [i.id for i in session.items]
        ):
            self._session = session
            self._context = context
            self.details.show_session(session)
            self.title.setText(heading)
            for editor, item in zip(shown, session.items, strict=True):
                editor.refresh(item, context)
                self._remember(editor)
            return
        for editor in shown:
            self._remove(editor)
        self.details.show_session(session)
        self._session = session
        self._context = context
        self._set_enabled(session is not None)
        self.title.setText(heading if session else self.tr("Choose a session"))
        for item in session.items if session else ():
            self._append(item)

    def _remove(self, editor: ItemEditor) -> None:
        # Out of the layout at once, deleted by Qt later: the editor may be inside its own
        # signal (its Delete button) right now.
        self._items_layout.removeWidget(editor)
        editor.hide()
        editor.deleteLater()

    def forget_agreed_texts(self) -> None:
        """Drop the remembered agreed texts (on lock: private data leaves memory)."""
        self._agreed.clear()

    def _remember(self, editor: ItemEditor) -> None:
        if editor.sharing is not None and editor._binds(editor.agreed_text):
            self._agreed[editor.item_id] = editor.agreed_text

    def _append(self, item: NoteItem) -> ItemEditor:
        editor = ItemEditor(item, self._context, agreed_text=self._agreed.get(item.id))
        self._remember(editor)
        editor.agreed.connect(self._agreed.__setitem__)
        editor.changed.connect(self._on_changed)
        editor.delete_requested.connect(self._delete)
        editor.sharing_requested.connect(self._change_sharing)
        editor.move_requested.connect(self._move)
        self._items_layout.insertWidget(self._items_layout.count() - 1, editor)
        return editor

    def _on_changed(self, item_id: str, text: str) -> None:
        self._dirty[item_id] = text
        self._timer.start()

    def flush(self) -> None:
        """Save every pending edit now (also on lock, close and session change)."""
        self.details.flush()
        self._timer.stop()
        if not self._dirty:
            return
        pending, self._dirty = self._dirty, {}
        for editor in self.editors():
            if editor.item_id in pending:
                editor.saved()
        self.status.emit(self.tr("Saving…"))

        def work(ctx: Context) -> list[str]:
            voided: list[str] = []
            for item_id, text in pending.items():
                voided += edit_item_text(ctx.db, item_id, text)
            return voided

        self._tasks.run(work, self._saved, self._save_failed)

    def _change_sharing(self, change: Change) -> None:
        self.flush()  # the text the coachee agrees to is the text on screen

        def work(ctx: Context) -> SharingState:
            return set_sharing_state(
                ctx.db,
                change.item_id,
                change.person_id,
                change.state,
                shown_sha256=change.shown_sha256,
                on=change.on,
                how=change.how,
                justification=change.justification,
            )

        def stored(state: SharingState) -> None:
            for editor in self.editors():
                if editor.item_id == change.item_id:
                    editor.stored(change, state)
            self.status.emit(self.tr("Sharing saved"))
            self.data_changed.emit()

        def refused(exc: Exception) -> None:
            from coachdesk.gui.messages import error_text

            self.status.emit(self.tr("Not recorded: {reason}").format(reason=error_text(exc)))

        self._tasks.run(work, stored, refused)

    def _saved(self, voided: list[str]) -> None:
        self.data_changed.emit()
        if voided:
            self.status.emit(
                # Worded to read right for any count in English, which has no plural
                # catalogue; Italian gets its singular and plural from the translation.
                self.tr(
                    "Saved. Consents or exceptions voided by this edit: %n. Record them again.",
                    "",
                    len(voided),
                )
            )
        else:
            self.status.emit(self.tr("Saved"))

    def _save_failed(self, exc: Exception) -> None:
        from coachdesk.gui.messages import error_text

        self.status.emit(self.tr("Not saved: {reason}").format(reason=error_text(exc)))

    def add_item(self) -> None:
        if self._session is None:
            return
        session_id = self._session.id
        kind = ItemKind(self.kind.currentData())

        def work(ctx: Context) -> NoteItem:
            return practice.add_item(ctx.db, session_id, kind)

        def added(item: NoteItem) -> None:
            editor = self._append(item)
            editor.text.setFocus(Qt.FocusReason.OtherFocusReason)
            self._into_view(editor)

        self._tasks.run(work, added, self._save_failed)

    def _into_view(self, editor: ItemEditor) -> None:
        """Scroll to a new note once the layout has made room for it (the scroll range
        grows a moment later), and again as it settles to its height."""
        bar = self.items_area.verticalScrollBar()

        def show(*_: object) -> None:
            if not editor.isHidden():
                self.items_area.ensureWidgetVisible(editor, 0, 0)

        bar.rangeChanged.connect(show)
        QTimer.singleShot(0, editor, show)
        # Stop following once the coach has had a moment: later growth is theirs to scroll.
        QTimer.singleShot(300, self, lambda: bar.rangeChanged.disconnect(show))

    def _delete(self, item_id: str) -> None:
        self.flush()
        self._dirty.pop(item_id, None)
        for editor in self.editors():
            if editor.item_id == item_id:
                self._remove(editor)

        def work(ctx: Context) -> practice.DeletedItem | None:
            return practice.delete_item(ctx.db, item_id)

        def done(deleted: practice.DeletedItem | None) -> None:
            self._deleted = deleted
            self.undo_available.emit(deleted is not None)
            self.status.emit(self.tr("Note item deleted. Edit → Undo delete puts it back."))
            self.data_changed.emit()

        self._tasks.run(work, done, self._save_failed)

    def undo_delete(self) -> None:
        """Put the last deleted note item back, with its consents, where it was."""
        deleted, self._deleted = self._deleted, None
        self.undo_available.emit(False)
        if deleted is None:
            return

        def work(ctx: Context) -> None:
            editing.restore_item(ctx.db, deleted.session_id, deleted.item, deleted.position)

        def done(_: None) -> None:
            if self._session is not None and self._session.id == deleted.session_id:
                editor = self._append(deleted.item)
                self._items_layout.removeWidget(editor)
                index = min(deleted.position, len(self.editors()))
                self._items_layout.insertWidget(index, editor)
                editor.text.setFocus()
            self.status.emit(self.tr("Note item restored"))
            self.data_changed.emit()

        self._tasks.run(work, done, self._save_failed)

    def _move(self, item_id: str, step: int) -> None:
        self.flush()

        def work(ctx: Context) -> list[str]:
            return editing.move_item(ctx.db, item_id, step)

        def done(order: list[str]) -> None:
            by_id = {e.item_id: e for e in self.editors()}
            for index, ident in enumerate(order):
                editor = by_id.get(ident)
                if editor is not None:
                    self._items_layout.removeWidget(editor)
                    self._items_layout.insertWidget(index, editor)
            moved = by_id.get(item_id)
            if moved is not None:
                moved.text.setFocus()
            self.data_changed.emit()

        self._tasks.run(work, done, self._save_failed)

    def _save_details(self, session: Session) -> None:
        def work(ctx: Context) -> None:
            practice.update_session(ctx.db, session)

        def done(_: None) -> None:
            self.status.emit(self.tr("Saved"))
            self.session_saved.emit(session)
            self.data_changed.emit()

        self._tasks.run(work, done, self._save_failed)
