"""What a KPI's unit allows (issue 22): a percentage lies from 0 to 100, a duration or a count
is never negative, and a unit written as a range ("1-5", "0–10") bounds the values to that
range. The bounds come from the unit alone, so no schema change is needed; any other unit
(points, euros, a score that may go below zero) takes any finite number."""

from __future__ import annotations

import math
import re

from coachdesk.errors import InvalidInput

PERCENT = frozenset({"%", "percent", "per cent", "pct"})
DURATIONS = frozenset(
    {"s", "sec", "secs", "second", "seconds", "sec.", "ms", "min", "mins", "minute", "minutes",
     "h", "hr", "hrs", "hour", "hours", "d", "day", "days", "secondi", "minuti", "ore", "giorni"}
)  # fmt: skip
COUNTS = frozenset(
    {"#", "n", "n.", "no.", "count", "calls", "tickets", "contacts", "chats", "emails",
     "chiamate", "ticket", "contatti", "numero"}
)  # fmt: skip
_RANGE = re.compile(r"^\s*(-?\d+(?:[.,]\d+)?)\s*(?:-|–|—|\.\.|to|a)\s*(-?\d+(?:[.,]\d+)?)\s*$")


def bounds(unit: str) -> tuple[float | None, float | None]:
    """The smallest and largest value the unit allows (``None``: no bound)."""
    key = " ".join(unit.split()).casefold()
    if key in PERCENT:
        return 0.0, 100.0
    if key in DURATIONS or key in COUNTS:
        return 0.0, None
    match = _RANGE.match(key)
    if match:
        low, high = (float(g.replace(",", ".")) for g in match.groups())
        if low <= high:
            return low, high
    return None, None


def problem(unit: str, value: float) -> str | None:
    """Why ``value`` is refused for a KPI measured in ``unit``, or ``None`` when it fits.
    The sentence is a fixed one (listed for translation in the window)."""
    if not math.isfinite(value):
        return "a measurement must be a number"
    low, high = bounds(unit)
    key = " ".join(unit.split()).casefold()
    if key in PERCENT and not 0 <= value <= 100:
        return "a percentage is from 0 to 100"
    if low == 0.0 and high is None and value < 0:
        return "a duration or a count cannot be negative"
    if (low is not None and value < low) or (high is not None and value > high):
        return "the value is outside the range its unit allows"
    return None


def check(unit: str, value: float) -> None:
    """``InvalidInput`` when the unit does not allow ``value``."""
    reason = problem(unit, value)
    if reason is not None:
        raise InvalidInput(reason)
