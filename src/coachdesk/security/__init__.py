"""Key file, recovery codes and process hardening (spec §7)."""
