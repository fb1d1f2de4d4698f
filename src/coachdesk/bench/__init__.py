"""``coachdesk bench``: the performance benchmark of spec §10."""
