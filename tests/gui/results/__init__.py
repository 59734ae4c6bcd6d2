"""Tests of promise_tracker.gui.results."""
