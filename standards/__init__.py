"""Standards packs shipped with the app, installed as package data (promise_tracker.shipped_packs)."""
