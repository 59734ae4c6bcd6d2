"""Answering a round: the criteria navigator and its model, the criterion page, the summary
header, and the unit and round dialogs with the menu actions that open them."""
