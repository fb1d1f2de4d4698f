"""The session list's model (gui/models/sessions.py): Qt's model contract, newest first,
one line per session (when · kind · status · topic), ids behind the rows, a line that
follows a session stored elsewhere."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QModelIndex
from PySide6.QtTest import QAbstractItemModelTester

from coachdesk.domain import Session, SessionKind, SessionStatus
from coachdesk.gui.models.sessions import ROLE_ID, SessionListModel, session_label


def _session(sid: str, day: int, topic: str = "", **kw: object) -> Session:
    start = dt.datetime(2026, 3, day, 9, 30)
    return Session(sid, start, SessionKind.COACHING, SessionStatus.HELD, topic=topic, **kw)  # type: ignore[arg-type]


def _model() -> SessionListModel:
    model = SessionListModel()
    model.tester = QAbstractItemModelTester(  # type: ignore[attr-defined]
        model, QAbstractItemModelTester.FailureReportingMode.Fatal
    )
    return model


def _lines(model: SessionListModel) -> list[str]:
    return [model.index(r).data() for r in range(model.rowCount())]


def test_sessions_are_listed_newest_first_with_their_ids(qtbot):
    model = _model()
    model.set_sessions([_session("a", 2), _session("c", 20, "Feedback"), _session("b", 9)])
    assert [model.index(r).data(ROLE_ID) for r in range(3)] == ["c", "b", "a"]
    assert _lines(model) == [
        "2026-03-20 09:30 · coaching · held · Feedback",
        "2026-03-09 09:30 · coaching · held",
        "2026-03-02 09:30 · coaching · held",
    ]
    assert model.row_of("b") == 1 and model.row_of("gone") == -1
    assert model.session(model.index(2)).id == "a"
    assert model.session(QModelIndex()) is None
    assert model.rowCount(model.index(0)) == 0  # a list: no children


def test_a_session_stored_elsewhere_changes_its_line_only(qtbot):
    model = _model()
    model.set_sessions([_session("a", 2), _session("b", 9)])
    renamed = dataclasses.replace(_session("a", 2, "Difficult calls"), kind=SessionKind.TRAINING)
    with qtbot.waitSignal(model.dataChanged) as changed:
        model.update(renamed)
    assert changed.args[0].row() == 1 == changed.args[1].row()
    assert _lines(model)[1] == session_label(renamed)
    assert "training" in _lines(model)[1] and "Difficult calls" in _lines(model)[1]
    model.update(_session("gone", 5, "Nowhere"))  # not listed: nothing changes
    assert len(_lines(model)) == 2


def test_clearing_empties_the_list(qtbot):
    model = _model()
    model.set_sessions([_session("a", 2)])
    model.clear()
    assert model.rowCount() == 0
