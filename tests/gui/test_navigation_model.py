"""The navigation tree's model (gui/models/navigation.py): Qt's model contract
(QAbstractItemModelTester) while rows arrive a page at a time through the real database
worker; every label, tooltip and colour; the order by name with accents and case forgiven;
a reload that keeps what was loaded and reaches the engagement to select."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QTreeView

from coachdesk.domain import (
    Engagement,
    Organisation,
    Person,
    Practice,
    Session,
    SessionKind,
    SessionStatus,
)
from coachdesk.gui.models.navigation import (
    ENGAGEMENT,
    ORG,
    PEOPLE,
    PERSON,
    ROLE_ID,
    ROLE_KIND,
    NavigationModel,
    Snapshot,
    read,
)
from coachdesk.gui.tasks import Tasks
from coachdesk.interchange import to_document
from coachdesk.services import cadence, interchange
from coachdesk.services import vault as vault_service

TIMEOUT = 15_000
TODAY = dt.date.today()
START = TODAY - dt.timedelta(days=300)
# ACME's people by name, accents and case forgiven, then id (p0 before p1).
ACME_ORDER = ["anna bianchi", "Ánna Bianchi", "Bruno Neri", "Carla Bo", "Élodie Martin",
              "Franco Ferri", "giulia Conti"]  # fmt: skip
# Their engagements' ids run against the names (e9 for p0 ... e3 for p6), so the two Annas,
# whose names compare equal, come by engagement id: e8 (Ánna) before e9 (anna).
ENGAGEMENT_ORDER = ["Ánna Bianchi", "anna bianchi", *ACME_ORDER[2:]]


def _practice() -> Practice:
    people = [Person(f"p{n}", name, "acme") for n, name in enumerate(ACME_ORDER)]
    people += [
        Person("zed", "Zed Zeta", "zeta", title="Head of Sales"),
        Person("free", "Freelancer Uno"),
    ]
    # Ids against the name order, so a sort by id alone would come out wrong.
    engagements = [
        Engagement(f"e{9 - n}", p.id, "Leadership", START, organisation_id="acme")
        for n, p in enumerate(people[:7])
    ]
    engagements[2] = Engagement(  # Bruno's ended
        "e7", "p2", "Leadership", START, end=TODAY - dt.timedelta(days=1), organisation_id="acme"
    )
    coached = dt.datetime.combine(TODAY - dt.timedelta(days=40), dt.time(10))
    engagements[3] = Engagement(  # Carla is overdue for coaching
        "e6", "p3", "Leadership", START, organisation_id="acme", cadence_days=28,
        sessions=(Session("s1", coached, SessionKind.COACHING, SessionStatus.HELD),),
    )  # fmt: skip
    engagements += [
        Engagement("z1", "zed", "Sales coaching", START, organisation_id="zeta"),
        Engagement("f1", "free", "Career", START, end=TODAY + dt.timedelta(days=30)),
    ]
    return Practice(
        organisations=(
            Organisation("zeta", "Zeta Srl"),
            Organisation("acme", "ACME"),
            Organisation("empty", "Empty Org"),
        ),
        people=tuple(people),
        engagements=tuple(engagements),
    )


@pytest.fixture
def tasks(qtbot, vault_info):
    with vault_service.open_vault(vault_info.folder, vault_info.passphrase) as vault:
        interchange.import_bytes(vault, json.dumps(to_document(_practice())).encode())
    tasks = Tasks()
    opened: list[object] = []
    tasks.run(lambda ctx: ctx.open(vault_info.folder, vault_info.passphrase), opened.append)
    qtbot.waitUntil(lambda: bool(opened), timeout=TIMEOUT)
    yield tasks
    tasks.shutdown()


def _model(tasks: Tasks, page: int, tester: bool = True) -> NavigationModel:
    """A model, checked by Qt's model tester unless ``tester`` is off: the tester asks for
    more rows itself whenever the model changes, which a test of paging cannot have. Only
    branches that start within the first page of rows are read with the tree."""
    model = NavigationModel(tasks, page, first_rows=page)
    if tester:
        model.tester = QAbstractItemModelTester(  # type: ignore[attr-defined]
            model, QAbstractItemModelTester.FailureReportingMode.Fatal
        )
    return model


def _load_everything(qtbot, model: NavigationModel) -> None:
    while True:
        qtbot.waitUntil(lambda: model._tasks.pending == 0, timeout=TIMEOUT)
        branches = [model.index(r, 0) for r in range(model.rowCount())]
        more = [b for b in branches if model.has_more(b)]
        if not more:
            return
        _fetch(qtbot, model, more[0])


def _reload(qtbot, model: NavigationModel, current: str | None = None) -> None:
    keep, page, first = model.keep(), model.page, model.first_rows
    with qtbot.waitSignal(model.modelReset, timeout=TIMEOUT):
        model._tasks.run(
            lambda ctx: Snapshot(
                read(ctx.db, keep, current, page, first), cadence.all_due(ctx.db, TODAY), TODAY
            ),
            model.apply,
        )


def _top(model: NavigationModel) -> list[str]:
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def _labels(model: NavigationModel, parent: QModelIndex) -> list[str]:
    return [model.index(r, 0, parent).data() for r in range(model.rowCount(parent))]


def _fetch(qtbot, model: NavigationModel, parent: QModelIndex) -> None:
    with qtbot.waitSignal(model.rowsInserted, timeout=TIMEOUT):
        model.fetchMore(parent)


def test_a_small_practice_is_read_whole_with_every_label_colour_and_tooltip(qtbot, tasks):
    model = _model(tasks, page=200)
    _reload(qtbot, model)
    # Organisations by name, the engagements without one last, then everyone.
    assert _top(model) == ["ACME", "Empty Org", "Zeta Srl", "No organisation", "People"]
    kinds = [model.index(r, 0).data(ROLE_KIND) for r in range(5)]
    assert kinds == [ORG, ORG, ORG, ORG, PEOPLE]
    assert [model.index(r, 0).data(ROLE_ID) for r in range(5)] == ["acme", "empty", "zeta", "", ""]
    acme = model.index(0, 0)
    assert not model.hasChildren(model.index(1, 0))  # an organisation without engagements
    labels = _labels(model, acme)
    assert [label.split(" — ")[0] for label in labels] == ENGAGEMENT_ORDER
    assert labels[2] == "Bruno Neri — Leadership (ended)"
    assert labels[3] == "Carla Bo — Leadership · coaching overdue"
    assert labels[1] == "anna bianchi — Leadership"
    bruno, carla, anna = (model.index(r, 0, acme) for r in (2, 3, 1))
    assert bruno.data(Qt.ItemDataRole.ForegroundRole).color().name() == "#6b6b6b"
    assert carla.data(Qt.ItemDataRole.ForegroundRole).color().name() == "#a23b2a"
    assert anna.data(Qt.ItemDataRole.ForegroundRole) is None
    assert (anna.data(ROLE_KIND), anna.data(ROLE_ID)) == (ENGAGEMENT, "e9")
    assert bruno.data(Qt.ItemDataRole.ToolTipRole) == (
        f"Bruno Neri — Leadership\n{START.isoformat()} – {(TODAY - dt.timedelta(days=1))}"
    )
    due = TODAY - dt.timedelta(days=12)
    assert carla.data(Qt.ItemDataRole.ToolTipRole) == (
        f"Carla Bo — Leadership\n{START.isoformat()} – …\n"
        f"A coaching session was due on {due.isoformat()}."
    )
    assert _labels(model, model.index(3, 0)) == ["Freelancer Uno — Career"]
    people = model.index(4, 0)
    assert _labels(model, people) == [*ACME_ORDER[:6], "Freelancer Uno", ACME_ORDER[6], "Zed Zeta"]
    zed = model.index(8, 0, people)
    assert (zed.data(ROLE_KIND), zed.data(ROLE_ID)) == (PERSON, "zed")
    assert zed.data(Qt.ItemDataRole.ToolTipRole) == "Head of Sales\nid: zed"
    assert model.index(0, 0, people).data(Qt.ItemDataRole.ToolTipRole) == "id: p0"
    assert not any(model.has_more(model.index(r, 0)) for r in range(5))
    assert model.engagements_total == 9 and set(model.due) == {"e6"}


def test_rows_arrive_a_page_at_a_time_with_the_same_labels(qtbot, tasks):
    whole = _model(tasks, page=200)
    _reload(qtbot, whole)
    model = _model(tasks, page=3, tester=False)
    _reload(qtbot, model)
    acme = model.index(0, 0)
    # The first screenful: three rows of ACME; what lies below waits until it is needed.
    assert model.rowCount(acme) == 3 and model.has_more(acme)
    people = model.index(4, 0)
    assert model.hasChildren(people) and model.rowCount(people) == 0
    assert model.canFetchMore(people)  # Qt may ask for a branch's first page
    assert not model.canFetchMore(acme)  # and no more: the tree view would read it all
    _fetch(qtbot, model, acme)
    assert model.rowCount(acme) == 6
    _fetch(qtbot, model, acme)
    assert not model.has_more(acme)
    _load_everything(qtbot, model)
    for r in range(5):
        branch, full = model.index(r, 0), whole.index(r, 0)
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, ROLE_ID):
            assert [
                model.index(i, 0, branch).data(role) for i in range(model.rowCount(branch))
            ] == [whole.index(i, 0, full).data(role) for i in range(whole.rowCount(full))]
    # A reload keeps what was loaded: the view does not shrink under the coach.
    _reload(qtbot, model)
    assert model.rowCount(model.index(0, 0)) == 7
    assert model.rowCount(model.index(4, 0)) == 9


def test_pages_keep_qt_s_model_contract(qtbot, tasks):
    whole = _model(tasks, page=200)
    _reload(qtbot, whole)
    model = _model(tasks, page=2)
    _reload(qtbot, model)
    _load_everything(qtbot, model)
    _reload(qtbot, model, current="e3")
    _load_everything(qtbot, model)
    assert _top(model) == _top(whole)
    for r in range(5):
        assert _labels(model, model.index(r, 0)) == _labels(whole, whole.index(r, 0))


def test_a_view_asking_for_more_while_a_page_goes_in_gets_each_page_once(qtbot, tasks):
    model = _model(tasks, page=2, tester=False)
    _reload(qtbot, model)

    def eager(parent: QModelIndex, _first: int, _last: int) -> None:
        if model.has_more(parent):
            model.fetchMore(parent)

    model.rowsAboutToBeInserted.connect(eager)
    _load_everything(qtbot, model)
    labels = _labels(model, model.index(0, 0))
    assert [label.split(" — ")[0] for label in labels] == ENGAGEMENT_ORDER


def test_expanding_a_branch_not_loaded_fetches_its_first_page(qtbot, tasks):
    model = _model(tasks, page=3, tester=False)
    _reload(qtbot, model)
    view = QTreeView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.show()
    people = model.index(4, 0)
    with qtbot.waitSignal(model.rowsInserted, timeout=TIMEOUT):
        view.expand(people)
    assert _labels(model, people) == ACME_ORDER[:3]  # one page, however tall the view


def test_a_reload_reads_as_far_as_the_engagement_to_select(qtbot, tasks):
    model = _model(tasks, page=2, tester=False)
    _reload(qtbot, model, current="e3")  # giulia, the last of ACME's seven
    acme = model.index(0, 0)
    assert model.rowCount(acme) == 7
    assert model.engagement_index("e3").parent() == acme
    assert model.organisation_of(model.engagement_index("e3")) == "acme"
    assert model.organisation_of(model.index(4, 0)) is None  # "People"
    assert model.engagement_index("nope") == QModelIndex()


def test_a_page_asked_for_before_a_reload_and_answered_after_it_is_dropped(qtbot, tasks):
    model = _model(tasks, page=3, tester=False)
    _reload(qtbot, model)
    keep, page = model.keep(), model.page
    with qtbot.waitSignal(model.modelReset, timeout=TIMEOUT):
        tasks.run(lambda ctx: Snapshot(read(ctx.db, keep, None, page, 3), {}, TODAY), model.apply)
        model.fetchMore(model.index(0, 0))  # answered after the reload's reset
    qtbot.waitUntil(lambda: tasks.pending == 0, timeout=TIMEOUT)
    assert model.rowCount(model.index(0, 0)) == 3
    assert model.has_more(model.index(0, 0))
