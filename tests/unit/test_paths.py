"""Where the data goes: inside the folder asked for whatever its name, and private to its owner."""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import URL, make_url

from promise_tracker.paths import (
    DATABASE_FILENAME,
    create_private_file,
    make_private,
    resolve_paths,
    sqlite_url,
)
from promise_tracker.storage.light import sqlite_file_of_url

# Names that an unescaped SQLAlchemy URL misreads: a query, a fragment, a %-escape, a user.
AWKWARD_NAMES = ["q?x", "h#x", "p%41x", "a@b:c", "with space+plus", "å ö", "%", "semi;colon=1"]

posix_only = pytest.mark.skipif(os.name != "posix", reason="Windows ignores mode bits")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def lax_umask() -> Iterator[None]:
    """The most permissive umask: what the app creates must be private all the same."""
    previous = os.umask(0)
    try:
        yield
    finally:
        os.umask(previous)


@pytest.mark.parametrize("name", AWKWARD_NAMES)
def test_the_database_url_names_the_file_inside_the_data_folder(tmp_path: Path, name: str) -> None:
    paths = resolve_paths(tmp_path / name)
    expected = tmp_path / name / DATABASE_FILENAME
    # As SQLAlchemy reads it, and as the sqlite3 path reads it: the very same file.
    assert make_url(paths.database_url).database == str(expected)
    assert sqlite_file_of_url(paths.database_url) == expected


@pytest.mark.parametrize("name", AWKWARD_NAMES)
def test_sqlite_url_is_the_text_sqlalchemy_renders(tmp_path: Path, name: str) -> None:
    path = tmp_path / name / "x.sqlite"
    rendered = URL.create("sqlite", database=str(path)).render_as_string(hide_password=False)
    assert sqlite_url(path) == rendered


def test_a_database_url_given_by_the_user_is_kept(tmp_path: Path) -> None:
    paths = resolve_paths(tmp_path, db_url="sqlite:////elsewhere/x.sqlite?timeout=3")
    assert paths.database_url == "sqlite:////elsewhere/x.sqlite?timeout=3"


@posix_only
@pytest.mark.usefixtures("lax_umask")
def test_the_folders_the_app_creates_are_private(tmp_path: Path) -> None:
    paths = resolve_paths(tmp_path / "new" / "data").ensure()
    folders = [
        paths.data_dir,
        paths.config_dir,
        paths.user_packs_dir,
        paths.log_dir,
        paths.backups_dir,
        tmp_path / "new",  # a parent it had to create holds nothing but the data
    ]
    assert {str(folder): mode(folder) for folder in folders} == {
        str(folder): 0o700 for folder in folders
    }


@posix_only
@pytest.mark.usefixtures("lax_umask")
def test_the_demo_folder_and_the_data_folder_it_needs_are_private(tmp_path: Path) -> None:
    demo = resolve_paths(tmp_path / "data").demo().ensure()
    assert mode(demo.data_dir) == 0o700
    assert mode(tmp_path / "data") == 0o700


@posix_only
def test_an_older_data_folder_is_closed_and_the_log_says_so(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    paths = resolve_paths(tmp_path / "data")
    for folder in (paths.data_dir, paths.log_dir, paths.config_dir):
        folder.mkdir(parents=True)
        folder.chmod(0o755)
    paths.database.write_bytes(b"")
    with caplog.at_level(logging.WARNING, logger="promise_tracker"):
        paths.ensure()
    assert mode(paths.data_dir) == 0o700
    assert mode(paths.log_dir) == 0o700
    assert mode(paths.config_dir) == 0o700
    assert f"{paths.data_dir} could be read by other users (mode 755)" in caplog.text


@posix_only
def test_an_existing_folder_without_the_app_s_data_keeps_its_permissions(tmp_path: Path) -> None:
    # A folder the user named for new data may be one they share (their documents, a team
    # folder); only what the app creates inside it is private.
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o775)
    paths = resolve_paths(shared).ensure()
    assert mode(shared) == 0o775
    assert mode(paths.log_dir) == 0o700


@posix_only
def test_a_sticky_shared_folder_is_never_closed(tmp_path: Path) -> None:
    shared = tmp_path / "like-tmp"
    shared.mkdir()
    shared.chmod(0o1777)
    (shared / DATABASE_FILENAME).write_bytes(b"")
    resolve_paths(shared).ensure()
    assert mode(shared) == 0o1777


@posix_only
@pytest.mark.usefixtures("lax_umask")
def test_create_private_file_makes_a_new_file_readable_by_its_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    assert create_private_file(path) is True
    assert mode(path) == 0o600
    assert create_private_file(path) is False  # an existing file is kept, content and all


@posix_only
def test_make_private_keeps_the_owner_s_permissions(tmp_path: Path) -> None:
    path = tmp_path / "read-only-for-me.txt"
    path.write_text("x")
    path.chmod(0o444)
    assert make_private(path) is True
    assert mode(path) == 0o400
    assert make_private(path) is False  # already private: nothing to do
