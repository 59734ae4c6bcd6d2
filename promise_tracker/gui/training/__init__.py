"""Trainers' tools: the standards browser, presenter mode, printable handouts and resetting
the demo data."""
