"""Storage: the only code in CoachDesk that speaks SQL."""
