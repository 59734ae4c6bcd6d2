"""PROMISE tracker: offline self-assessment against the Barnahus Quality Standards."""

__version__ = "0.1.0"
APP_NAME = "PROMISE tracker"
APP_ID = "promise-tracker"
