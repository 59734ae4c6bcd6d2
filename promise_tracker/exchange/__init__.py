"""Excel and report exchange (filled by a later issue)."""
