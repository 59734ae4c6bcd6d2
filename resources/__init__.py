"""Icons and translations shipped with the app; installed as promise_tracker.resources."""
