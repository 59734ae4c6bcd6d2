"""Standards packs: YAML files read into frozen typed objects and validated (no Qt, no SQL)."""
