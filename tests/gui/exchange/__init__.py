"""Tests of promise_tracker.gui.exchange."""
