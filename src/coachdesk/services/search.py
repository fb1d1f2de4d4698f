"""What the GUI needs to show full-text search results, named in services so that the GUI
reaches storage only through this layer (the search itself is
:func:`coachdesk.services.practice.search`)."""

from __future__ import annotations

from coachdesk.storage.search_repo import MARK_END, MARK_START, Order, SearchHit

__all__ = ["MARK_END", "MARK_START", "Order", "SearchHit"]
