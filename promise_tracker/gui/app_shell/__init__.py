"""The application's frame: the main window that composes the features, the welcome page,
preferences, About, and the crash and startup-error dialogs."""
