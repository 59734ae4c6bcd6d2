"""What every feature may use: the main window's interface for features, the open round's
controller, settings, languages, and small widgets and form helpers."""
