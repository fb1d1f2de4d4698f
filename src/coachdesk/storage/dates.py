"""How the vault stores days and moments: ISO 8601 text (a minute is the finest a session's
start is kept to)."""

from __future__ import annotations

import datetime as dt


def d2s(day: dt.date | None) -> str | None:
    return None if day is None else day.isoformat()


def s2d(text: str | None) -> dt.date | None:
    return None if text is None else dt.date.fromisoformat(text)


def s2d_req(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def t2s(moment: dt.datetime) -> str:
    return moment.isoformat(timespec="minutes")


def s2t(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)
