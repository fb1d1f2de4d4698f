"""CoachDesk: confidential coaching notes and consent-based reports."""

__version__ = "0.1.0"
