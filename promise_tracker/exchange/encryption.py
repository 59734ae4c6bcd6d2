"""Password-protected workbooks: the encryption Excel and LibreOffice open natively.

An .xlsx saved with a password is not a zip but an OLE compound file holding an
`EncryptionInfo` stream (how the key is derived from the password) and an
`EncryptedPackage` stream (the zip, AES-encrypted): ECMA-376 "agile" encryption, which
Excel 2010 and later and LibreOffice write and read. msoffcrypto-tool does the work; it is
imported here only, and only when a protected file is written or read, so the startup of
the app never pays for it.

Writing: `encrypt_file` turns a finished .xlsx into its protected form. Reading:
`decrypt_workbook` tries the passwords given (a coordinator may hold one per unit) and
returns the plain .xlsx bytes, which then go through every check an unprotected file goes
through. A file is never decrypted to disk.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO

# The environment variable the command line reads a password from (never an argument:
# arguments show in the process list and the shell's history).
PASSWORD_ENV = "PROMISE_TRACKER_PASSWORD"
# A protected file bigger than this is refused before anything is decrypted; an export of a
# whole unit is well under a megabyte.
MAX_ENCRYPTED_BYTES = 50 * 1024 * 1024
MIN_PASSWORD_LENGTH = 1

_OLE_SIGNATURE = bytes.fromhex("D0CF11E0A1B11AE1")


class NotEncryptedWorkbookError(Exception):
    """An OLE file that is not a password-protected .xlsx (an old .xls, say)."""


class WrongPasswordError(Exception):
    """None of the passwords given opens the file (or none was given)."""

    def __init__(self, tried: int) -> None:
        super().__init__(f"{tried} password(s) tried")
        self.tried = tried


class DamagedEncryptedFileError(Exception):
    """The file claims to be protected but its streams cannot be read or decrypted."""


def has_ole_signature(head: bytes) -> bool:
    return head[:8] == _OLE_SIGNATURE


def is_encrypted_workbook(path: Path) -> bool:
    """Whether `path` is an OLE file with the two streams of a protected workbook."""
    import olefile  # type: ignore[import-untyped]

    try:
        if not olefile.isOleFile(str(path)):
            return False
        with olefile.OleFileIO(str(path)) as ole:
            return bool(ole.exists("EncryptionInfo") and ole.exists("EncryptedPackage"))
    except (OSError, ValueError, TypeError, IndexError, KeyError, RecursionError):
        return False


def decrypt_workbook(path: Path, passwords: Sequence[str]) -> bytes:
    """The plain .xlsx bytes of a protected workbook, opened with the first password that
    fits. Raises WrongPasswordError (also when `passwords` is empty),
    NotEncryptedWorkbookError or DamagedEncryptedFileError. The caller bounds the size
    (`MAX_ENCRYPTED_BYTES`): the whole file is read into memory."""
    if not is_encrypted_workbook(path):
        raise NotEncryptedWorkbookError(str(path))
    data = path.read_bytes()
    candidates = list(dict.fromkeys(p for p in passwords if p))
    if not candidates:
        raise WrongPasswordError(0)
    from msoffcrypto import exceptions  # type: ignore[import-untyped]
    from msoffcrypto.format.ooxml import OOXMLFile  # type: ignore[import-untyped]

    for password in candidates:
        try:
            office = OOXMLFile(io.BytesIO(data))
            office.load_key(password=password, verify_password=True)
        except exceptions.InvalidKeyError:
            continue
        except Exception as error:  # a hostile file may break the parser in any way
            raise DamagedEncryptedFileError(type(error).__name__) from error
        plain = io.BytesIO()
        try:
            office.decrypt(plain, verify_integrity=True)
        except Exception as error:
            raise DamagedEncryptedFileError(type(error).__name__) from error
        return plain.getvalue()
    raise WrongPasswordError(len(candidates))


def encrypt_file(plain: BinaryIO, target: Path, password: str) -> None:
    """Write the protected form of the .xlsx read from `plain` to `target`."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValueError("empty password")
    from msoffcrypto.format.ooxml import OOXMLFile

    plain.seek(0)
    with target.open("wb") as protected:
        OOXMLFile(plain).encrypt(password, protected)


__all__ = [
    "MAX_ENCRYPTED_BYTES",
    "PASSWORD_ENV",
    "DamagedEncryptedFileError",
    "NotEncryptedWorkbookError",
    "WrongPasswordError",
    "decrypt_workbook",
    "encrypt_file",
    "has_ole_signature",
    "is_encrypted_workbook",
]
