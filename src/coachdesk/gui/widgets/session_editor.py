"""The session editor: note items that save themselves about a second after typing stops."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain import Engagement, ItemKind, NoteItem, Session, SharingState
from coachdesk.gui.tasks import Context, Tasks
from coachdesk.gui.widgets.item_editor import ItemEditor, kind_label
from coachdesk.gui.widgets.session_details import SessionDetails
from coachdesk.gui.widgets.sharing import Change
from coachdesk.services import editing, practice
from coachdesk.services.sharing import edit_item_text, set_sharing_state

AUTOSAVE_MS = 1000


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
