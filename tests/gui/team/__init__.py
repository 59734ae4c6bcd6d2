"""Tests of promise_tracker.gui.team."""
