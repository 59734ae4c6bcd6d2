"""Tests of promise_tracker.gui.training."""
