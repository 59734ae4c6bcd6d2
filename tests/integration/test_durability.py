"""Killing the app right after an answer loses nothing: each change is committed at once."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from promise_tracker.paths import resolve_paths
from promise_tracker.services.demo import demo_id
from promise_tracker.services.round_session import RoundSession
from promise_tracker.services.workspace import open_workspace

CHILD = textwrap.dedent(
    """
    import os, signal, sys
    from promise_tracker.domain.entities import Answer
    from promise_tracker.paths import resolve_paths
    from promise_tracker.services.round_session import RoundSession
    from promise_tracker.services.workspace import open_workspace

    workspace = open_workspace(resolve_paths(sys.argv[1]))
    session = RoundSession(workspace.assessment, sys.argv[2])
    for index, criterion in enumerate(session.criteria()[:20]):
        session.set_answer(Answer(sys.argv[2], criterion.id, value="no", note=f"kill {index}"))
    print("saved", flush=True)
    os.kill(os.getpid(), signal.SIGKILL)  # no close, no checkpoint, no cleanup
    """
)


def test_answers_survive_the_process_being_killed(tmp_path: Path) -> None:
    paths = resolve_paths(tmp_path)
    from promise_tracker.cli import main

    assert main(["demo", "--data-dir", str(tmp_path)]) == 0
    draft = demo_id("norrvik", "round", 3)
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(tmp_path), draft],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )
    assert result.returncode == -signal.SIGKILL, result.stderr
    assert result.stdout.strip() == "saved"
    with open_workspace(paths) as workspace:
        session = RoundSession(workspace.assessment, draft)
        for index, criterion in enumerate(session.criteria()[:20]):
            answer = session.answer(criterion.id)
            assert (answer.value, answer.note) == ("no", f"kill {index}")
