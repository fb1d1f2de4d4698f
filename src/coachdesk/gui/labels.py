"""Translated names for the stored enum values shown in the window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from coachdesk.domain import Role, SessionKind, SessionStatus

_SESSION_KINDS = {
    SessionKind.COACHING: "coaching",
    SessionKind.TRAINING: "training",
    SessionKind.CHECK_IN: "check-in",
    SessionKind.THREE_WAY: "three-way meeting",
}
_STATUSES = {
    SessionStatus.PLANNED: "planned",
    SessionStatus.HELD: "held",
    SessionStatus.CANCELLED: "cancelled",
    SessionStatus.NO_SHOW: "did not attend",
}
_ROLES = {
    Role.SPONSOR: "sponsor",
    Role.LINE_MANAGER: "line manager",
    Role.HR: "HR",
    Role.TEAM_LEADER: "team leader",
    Role.CS_MANAGER: "customer-service manager",
    Role.OTHER: "other",
    Role.COACHEE: "coachee",
}


def session_kind(kind: SessionKind) -> str:
    return QCoreApplication.translate("labels", _SESSION_KINDS[kind])


def session_status(status: SessionStatus) -> str:
    return QCoreApplication.translate("labels", _STATUSES[status])


def role(value: Role) -> str:
    return QCoreApplication.translate("labels", _ROLES[value])
