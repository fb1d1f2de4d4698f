"""A disclosure set shown as a tree, section by section, exactly as the rule produced it:
the board and the report dialog show the same thing the PDF will contain."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from coachdesk.gui import labels
from coachdesk.policy import DisclosureSet, Exclusion

ID_ROLE = Qt.ItemDataRole.UserRole


def _short(text: str, limit: int = 160) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


class DisclosureView(QTreeWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.setAccessibleName(
            QCoreApplication.translate("DisclosureView", "What the recipient receives")
        )

    def show_set(self, ds: DisclosureSet) -> None:
        self.clear()

        def section(
            title: str, rows: Sequence[tuple[str, str]] | None, empty: str | None = None
        ) -> None:
            node = QTreeWidgetItem([title])
            font = node.font(0)
            font.setBold(True)
            node.setFont(0, font)
            if rows is None:
                node.addChild(
                    QTreeWidgetItem(
                        [
                            QCoreApplication.translate(
                                "DisclosureView", "not permitted by the agreement"
                            )
                        ]
                    )
                )
            elif not rows:
                node.addChild(
                    QTreeWidgetItem(
                        [
                            empty
                            or QCoreApplication.translate(
                                "DisclosureView", "nothing in this period"
                            )
                        ]
                    )
                )
            for ident, text in rows or ():
                child = QTreeWidgetItem([text])
                child.setData(0, ID_ROLE, ident)
                child.setToolTip(0, text)
                node.addChild(child)
            self.addTopLevelItem(node)
            node.setExpanded(True)

        section(
            QCoreApplication.translate("DisclosureView", "Attendance"),
            None
            if ds.attendance is None
            else [
                (
                    s.id,
                    f"{labels.date_time(s.start)} · {labels.session_kind(s.kind)} · "
                    f"{labels.session_status(s.status)}",
                )
                for s in ds.attendance
            ],
        )
        section(
            QCoreApplication.translate("DisclosureView", "Goals"),
            None
            if ds.goals is None
            else [(g.id, f"{g.title} ({labels.goal_status(g.status)})") for g in ds.goals],
            QCoreApplication.translate("DisclosureView", "no goal is shared with this recipient"),
        )
        section(
            QCoreApplication.translate("DisclosureView", "Progress"),
            None
            if ds.progress is None
            else [
                (
                    p.goal_id,
                    QCoreApplication.translate(
                        "DisclosureView", "{goal}: ratings {ratings}, KPIs {kpis}"
                    ).format(
                        goal=p.title
                        or QCoreApplication.translate("DisclosureView", "Goal {n}").format(
                            n=p.number
                        ),
                        ratings=len(p.ratings),
                        kpis=len(p.kpis),
                    ),
                )
                for p in ds.progress
            ],
            QCoreApplication.translate("DisclosureView", "no goal is shared with this recipient"),
        )
        section(
            QCoreApplication.translate("DisclosureView", "Action plan"),
            None
            if ds.plan is None
            else [
                (
                    a.id,
                    " · ".join(
                        part
                        for part in (
                            _short(a.text),
                            a.owner_name,
                            labels.action_status(a.status),
                            QCoreApplication.translate("DisclosureView", "due {day}").format(
                                day=a.due.isoformat()
                            )
                            if a.due
                            else "",
                        )
                        if part
                    ),
                )
                for a in ds.plan
            ],
            QCoreApplication.translate("DisclosureView", "no action is shared with this recipient"),
        )
        for title, items in (
            (QCoreApplication.translate("DisclosureView", "Summaries"), ds.summaries),
            (QCoreApplication.translate("DisclosureView", "Notes"), ds.notes),
        ):
            section(
                title,
                None
                if items is None
                else [
                    (i.id, f"{labels.date(i.day)} · {labels.item_kind(i.kind)}: {_short(i.text)}")
                    for i in items
                ],
            )
        if ds.exceptions:
            section(
                QCoreApplication.translate("DisclosureView", "Disclosed without consent"),
                [
                    (
                        x.id,
                        f"{labels.date(x.day)} · {_short(x.text)} — "
                        + QCoreApplication.translate(
                            "DisclosureView", "justification: {why}"
                        ).format(why=_short(x.justification, 80)),
                    )
                    for x in ds.exceptions
                ],
            )

    def included_ids(self) -> list[str]:
        out = []
        for i in range(self.topLevelItemCount()):
            node = self.topLevelItem(i)
            for j in range(node.childCount() if node else 0):
                child = node.child(j) if node else None
                ident = child.data(0, ID_ROLE) if child else None
                if isinstance(ident, str) and ident:
                    out.append(ident)
        return out


def exclusion_text(e: Exclusion) -> str:
    what = {
        "session": QCoreApplication.translate("DisclosureView", "session"),
        "goal": QCoreApplication.translate("DisclosureView", "goal"),
        "progress": QCoreApplication.translate("DisclosureView", "progress of a goal"),
        "action": QCoreApplication.translate("DisclosureView", "action"),
        "item": labels.item_kind(e.item_kind)
        if e.item_kind
        else QCoreApplication.translate("DisclosureView", "note"),
    }.get(e.kind, e.kind)
    day = f"{labels.date(e.day)} · " if e.day else ""
    return f"{day}{what}: {labels.reason(e.reason)}"
