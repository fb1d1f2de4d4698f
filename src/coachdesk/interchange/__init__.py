"""The interchange format ``coachdesk-data/1`` (spec §6): reading and writing, no I/O."""

from coachdesk.interchange.reader import parse_json, read_document
from coachdesk.interchange.writer import FORMAT, to_document

__all__ = ["FORMAT", "parse_json", "read_document", "to_document"]
