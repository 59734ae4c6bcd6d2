"""matplotlib Figure builders (filled by a later issue; never pyplot, never a Qt backend)."""
