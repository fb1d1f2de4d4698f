"""Qt item models over services: id-backed, filled through the database worker."""
