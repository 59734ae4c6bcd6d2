"""`python -m promise_tracker` runs the same command as `promise-tracker`."""

import sys

from promise_tracker.cli import main

sys.exit(main())
