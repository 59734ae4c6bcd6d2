"""Standards packs shipped with the app; installed as promise_tracker.shipped_packs."""
