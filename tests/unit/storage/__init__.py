"""Tests of the storage layer: engine, schema, migrations, backups, repositories."""
