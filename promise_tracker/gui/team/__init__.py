"""Team rounds: respondents, their questionnaires, the disagreement window and the consensus
meeting, with the Team menu that opens them."""
