"""Tests of promise_tracker.gui.backups."""
