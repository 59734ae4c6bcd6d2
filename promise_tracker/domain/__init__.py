"""Entities and pure scoring functions (no Qt, no SQL, no I/O)."""
