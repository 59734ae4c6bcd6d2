"""SQLite storage: SQLAlchemy models, engine, Alembic migrations, repositories."""
