"""Domain model of CoachDesk (spec §3): plain data, no Qt, no SQL."""

from coachdesk.domain.model import *  # noqa: F403
