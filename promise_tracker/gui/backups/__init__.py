"""Backups of the user's data: File > Backups… (list, restore, back up now, open the folder)
and File > Save a copy… (a consistent copy of the database anywhere, e.g. on a USB stick)."""
