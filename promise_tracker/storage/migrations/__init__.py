"""Alembic migrations of the PROMISE tracker database."""
