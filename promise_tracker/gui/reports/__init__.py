"""The round report for a steering group: File > Report… (PDF or Word)."""
