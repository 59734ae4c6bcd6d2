"""Files shared with other installations: Excel export and import, and the coordinators'
comparison of many units' exports."""
