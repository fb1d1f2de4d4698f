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

__all__ = [
    "REASON_TEXT",
    "Disclosure",
    "DisclosureSet",
    "Exclusion",
    "Header",
    "Period",
    "Reason",
    "category_block",
    "disclose",
    "set_digest",
]
