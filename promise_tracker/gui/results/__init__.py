"""The Results view: charts of a unit's scores and progress, the canvas that hosts them, and
the unit's events that the progress chart shows."""
