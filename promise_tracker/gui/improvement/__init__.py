"""The unit's improvement work: the action plan view, and the review of open actions when a
new round starts."""
