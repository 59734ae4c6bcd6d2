"""Tests of promise_tracker.gui.app_shell."""
