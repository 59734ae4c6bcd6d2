"""Tests of promise_tracker.gui.shared."""
