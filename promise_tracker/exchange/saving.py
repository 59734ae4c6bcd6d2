"""Putting a finished workbook in place atomically: a reader never sees a half-written file."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

from promise_tracker.errors import PromiseTrackerError
from promise_tracker.i18n import translate


class ExportError(PromiseTrackerError):
    """A workbook could not be written."""


def save_atomically(workbook: Any, path: Path, *, password: str | None = None) -> Path:
    """Save an openpyxl workbook next to `path`, then move it into place in one step.

    With a `password` the file is written protected (`encryption.encrypt_file`): Excel and
    LibreOffice ask for the password before they open it. The plain workbook is built in
    memory and never touches the disk.

    On any failure the temporary files are removed and an existing file at `path` is left
    as it was. The file gets the usual permissions (as if created plainly), not the private
    ones a temporary file starts with, since exports are made to be shared.
    """
    folder = path.parent if str(path.parent) else Path(".")
    try:
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as error:
        raise ExportError(
            translate("Export", "Cannot write to {folder}: {error}").format(
                folder=folder, error=error.strerror or error
            )
        ) from error
    os.close(handle)
    try:
        if password:
            import io

            from promise_tracker.exchange.encryption import encrypt_file

            plain = io.BytesIO()
            workbook.save(plain)
            encrypt_file(plain, Path(temporary), password)
        else:
            workbook.save(temporary)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)
        os.replace(temporary, path)
    except OSError as error:
        raise ExportError(
            translate("Export", "Cannot write {path}: {error}").format(
                path=path, error=error.strerror or error
            )
        ) from error
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)
    return path
