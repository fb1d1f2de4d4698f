"""The disclosure rule (spec §4). Pure Python: no I/O, no Qt, no clock."""

from coachdesk.policy.disclosure import (
    REASON_TEXT,
    Disclosure,
    DisclosureSet,
    Exclusion,
    Header,
    Period,
    Reason,
    category_block,
    disclose,
    set_digest,
)
from coachdesk.policy.team import TeamDisclosure, TeamHeader, disclose_team, team_engagements

__all__ = [
    "REASON_TEXT",
    "Disclosure",
    "DisclosureSet",
    "Exclusion",
    "Header",
    "Period",
    "Reason",
    "TeamDisclosure",
    "TeamHeader",
    "category_block",
    "disclose",
    "disclose_team",
    "set_digest",
    "team_engagements",
]
