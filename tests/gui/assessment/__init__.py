"""Tests of promise_tracker.gui.assessment."""
