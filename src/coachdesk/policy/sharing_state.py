"""The rule of a sharing state (spec §3), once for the app and for import. Pure: no clock.

- a ``reflection`` is the coach's own thinking: only ``private`` is accepted;
- ``exception`` needs a written justification (text that is not blank);
- ``agreed`` and ``exception`` bind to the SHA-256 of the item's text;
- ``private`` is the absence of a state.

The services record a state the coach sets (:mod:`coachdesk.services.sharing`, which dates it
today and trims what was typed); import reads one from a document
(:mod:`coachdesk.interchange.reader`, which keeps the text as written and may bind to a hash
the document gives). Both build it with :func:`make_state`.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from coachdesk.domain import ItemKind, SharingState, SharingStateKind, text_sha256
from coachdesk.errors import InvalidInput

# The states bound to the text they were given for: an edit voids them.
BINDING = (SharingStateKind.AGREED, SharingStateKind.EXCEPTION)


class Refusal(StrEnum):
    """Why a sharing state cannot be made; the value is the message the app shows."""

    REFLECTION = "a reflection is the coach's own thinking and is never shared"
    NO_JUSTIFICATION = "disclosure without consent needs a written justification"


class SharingRefused(InvalidInput):
    """A state the rule refuses; ``refusal`` says which rule, for callers that word it
    their own way (import names the JSON path)."""

    def __init__(self, refusal: Refusal) -> None:
        self.refusal = refusal
        super().__init__(refusal.value)


def make_state(
    kind: ItemKind,
    text: str,
    state: SharingStateKind,
    *,
    on: dt.date | None = None,
    how: str = "",
    justification: str = "",
    bound_sha256: str | None = None,
) -> SharingState:
    """A checked sharing state for an item of ``kind`` whose text is ``text``.

    ``agreed`` and ``exception`` bind to ``bound_sha256`` when given (a hash recorded
    earlier, which may belong to an older text), else to the SHA-256 of ``text``. ``on``,
    ``how`` and ``justification`` are kept as given (the justification only for an
    exception). Raises :class:`SharingRefused` for a shared reflection or an exception
    without a justification.
    """
    if kind is ItemKind.REFLECTION and state is not SharingStateKind.PRIVATE:
        raise SharingRefused(Refusal.REFLECTION)
    if state is SharingStateKind.PRIVATE:
        return SharingState()
    if state is SharingStateKind.EXCEPTION and not justification.strip():
        raise SharingRefused(Refusal.NO_JUSTIFICATION)
    digest = None
    if state in BINDING:
        digest = bound_sha256 if bound_sha256 is not None else text_sha256(text)
    return SharingState(
        state=state,
        on=on,
        how=how,
        justification=justification if state is SharingStateKind.EXCEPTION else "",
        text_sha256=digest,
    )
