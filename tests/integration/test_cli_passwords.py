"""Password-protected files on the command line: `export --encrypt`, `questionnaire export
--encrypt`, and `import`, `compare` and `questionnaire import` reading them with the password
from the environment or typed in the terminal."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from promise_tracker.cli import main
from promise_tracker.services.demo import demo_id

ROUND = demo_id("norrvik", "round", 3)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("demo")
    assert main(["demo", "--data-dir", str(folder)]) == 0
    return folder


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


class Terminal:
    """stdin as a terminal whose user types the given answers to getpass, one per prompt."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.answers: list[str] = []
        self.prompts: list[str] = []
        monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
        monkeypatch.setattr("getpass.getpass", self._getpass)

    def _getpass(self, prompt: str = "") -> str:
        self.prompts.append(prompt)
        return self.answers.pop(0)


@pytest.fixture
def terminal(monkeypatch: pytest.MonkeyPatch) -> Terminal:
    monkeypatch.delenv("PROMISE_TRACKER_PASSWORD", raising=False)
    return Terminal(monkeypatch)


@pytest.fixture
def no_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PROMISE_TRACKER_PASSWORD", raising=False)
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False, raising=False)


def export(capsys: pytest.CaptureFixture[str], demo: Path, out: Path) -> tuple[int, str, str]:
    return run(
        capsys, "export", "--data-dir", str(demo), "--round", ROUND, "--out", str(out), "--encrypt"
    )


def test_export_encrypt_takes_the_password_from_the_environment(
    capsys: pytest.CaptureFixture[str],
    demo: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    no_terminal: None,
) -> None:
    out = tmp_path / "round.xlsx"
    monkeypatch.setenv("PROMISE_TRACKER_PASSWORD", "from-env")
    code, stdout, _ = export(capsys, demo, out)
    assert code == 0
    assert stdout.strip() == f"Exported to {out} (password-protected)"
    assert out.read_bytes()[:8] == bytes.fromhex("D0CF11E0A1B11AE1")
    # the import reads it with the same variable
    code, stdout, _ = run(capsys, "import", "--data-dir", str(tmp_path / "data"), str(out))
    assert code == 0
    assert "round.xlsx: accepted" in stdout


def test_export_encrypt_asks_twice_and_refuses_a_mismatch(
    capsys: pytest.CaptureFixture[str], demo: Path, tmp_path: Path, terminal: Terminal
) -> None:
    out = tmp_path / "round.xlsx"
    terminal.answers = ["one", "two"]
    code, _, err = export(capsys, demo, out)
    assert code == 1
    assert "The two passwords differ. Nothing was written." in err
    assert not out.exists()
    terminal.answers = [""]
    code, _, err = export(capsys, demo, out)
    assert (code, out.exists()) == (1, False)
    assert "An empty password protects nothing" in err
    terminal.answers = ["typed", "typed"]
    code, _, _ = export(capsys, demo, out)
    assert code == 0
    assert out.exists()
    assert terminal.prompts == [
        "Password to protect the file with: ",
        "The same password again: ",
        "Password to protect the file with: ",
        "Password to protect the file with: ",
        "The same password again: ",
    ]


def test_export_encrypt_without_terminal_or_variable_says_how(
    capsys: pytest.CaptureFixture[str], demo: Path, tmp_path: Path, no_terminal: None
) -> None:
    out = tmp_path / "round.xlsx"
    code, _, err = export(capsys, demo, out)
    assert code == 1
    assert (
        "--encrypt needs a password: set the environment variable PROMISE_TRACKER_PASSWORD" in err
    )
    assert not out.exists()


def test_import_asks_for_the_password_of_a_protected_file(
    capsys: pytest.CaptureFixture[str],
    demo: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    no_terminal: None,
) -> None:
    out = tmp_path / "round.xlsx"
    monkeypatch.setenv("PROMISE_TRACKER_PASSWORD", "right")
    assert export(capsys, demo, out)[0] == 0
    monkeypatch.delenv("PROMISE_TRACKER_PASSWORD")
    data = tmp_path / "data"
    # Not a terminal: refused, saying what is wrong.
    code, _, err = run(capsys, "import", "--data-dir", str(data), str(out))
    assert code == 1
    assert "is protected with a password; give its password to open it" in err
    # A terminal: a wrong password, then the right one.
    typed = Terminal(monkeypatch)
    typed.answers = ["wrong", "right"]
    code, stdout, _ = run(capsys, "import", "--data-dir", str(data), str(out))
    assert code == 0
    assert "round.xlsx: accepted" in stdout
    assert "Imported: 1 new units, 1 new rounds" in stdout
    assert typed.prompts == [
        "round.xlsx is protected with a password. Password (Enter to skip): ",
        "round.xlsx is protected with a password (the last one did not open it). "
        "Password (Enter to skip): ",
    ]


def test_import_stops_asking_after_three_tries_or_an_empty_answer(
    capsys: pytest.CaptureFixture[str],
    demo: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    terminal: Terminal,
) -> None:
    out = tmp_path / "round.xlsx"
    terminal.answers = ["pw", "pw"]
    assert export(capsys, demo, out)[0] == 0
    terminal.prompts.clear()
    terminal.answers = ["a", "b", "c"]
    code, _, err = run(capsys, "import", "--data-dir", str(tmp_path / "d1"), str(out))
    assert code == 1
    assert len(terminal.prompts) == 3
    assert "the password given does not open it" in err
    terminal.prompts.clear()
    terminal.answers = [""]
    code, _, err = run(capsys, "import", "--data-dir", str(tmp_path / "d2"), str(out))
    assert code == 1
    assert len(terminal.prompts) == 1
    assert "give its password to open it" in err


def test_compare_reads_protected_files_with_one_password_each(
    capsys: pytest.CaptureFixture[str],
    demo: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    terminal: Terminal,
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for key, password in (("norrvik", "n-pw"), ("fjordby", "f-pw")):
        terminal.answers = [password, password]
        argv = ["export", "--data-dir", str(demo), "--unit", demo_id(key)]
        assert run(capsys, *argv, "--out", str(folder / f"{key}.xlsx"), "--encrypt")[0] == 0
    terminal.prompts.clear()
    terminal.answers = ["f-pw", "n-pw"]  # sorted: fjordby.xlsx first
    code, stdout, _ = run(capsys, "compare", str(folder), "--out", str(tmp_path / "c.xlsx"))
    assert code == 0
    assert "fjordby.xlsx: accepted" in stdout
    assert "norrvik.xlsx: accepted" in stdout
    assert [p.split(" ")[0] for p in terminal.prompts] == ["fjordby.xlsx", "norrvik.xlsx"]


def test_questionnaires_protected_then_imported(
    capsys: pytest.CaptureFixture[str],
    demo: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    no_terminal: None,
) -> None:
    monkeypatch.setenv("PROMISE_TRACKER_PASSWORD", "q-pw")
    folder = tmp_path / "sent"
    argv = ["questionnaire", "export", "--data-dir", str(demo), "--round", ROUND]
    code, stdout, _ = run(capsys, *argv, "--out", str(folder), "--encrypt")
    assert code == 0
    assert stdout.rstrip().endswith("(password-protected)")
    files = sorted(folder.glob("*.xlsx"))
    assert files
    assert all(f.read_bytes()[:8] == bytes.fromhex("D0CF11E0A1B11AE1") for f in files)
    argv = ["questionnaire", "import", "--data-dir", str(demo)]
    code, stdout, err = run(capsys, *argv, *map(str, files))
    assert (code, err) == (0, "")
    monkeypatch.delenv("PROMISE_TRACKER_PASSWORD")
    code, _, err = run(capsys, *argv, *map(str, files))
    assert code == 1
    assert err.count("is protected with a password; give its password to open it") == len(files)
